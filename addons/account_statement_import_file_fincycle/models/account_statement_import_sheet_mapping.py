# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class AccountStatementImportSheetMapping(models.Model):
    _inherit = "account.statement.import.sheet.mapping"

    fincycle_transaction_id_is_bank_ref = fields.Boolean(
        string="Transaction ID is the bank reference",
        help="The transaction id column holds the bank's booking reference (the camt "
        "AcctSvcrRef, the MT940 reference after //). It is then the import id as it is, so a "
        "movement already imported from a camt or MT940 statement is not imported again "
        "from the sheet, and the other way round.",
    )
