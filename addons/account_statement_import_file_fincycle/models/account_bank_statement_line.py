# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class AccountBankStatementLine(models.Model):
    _inherit = "account.bank.statement.line"

    fincycle_batch_ref = fields.Char(
        string="Batch Booking Import ID",
        index="btree_not_null",
        copy=False,
        help="Import ID of the bank booking this line is one payment of (a batch credit whose "
        "details came in the camt file, for example a camt.054 notification). The booking "
        "itself is then not imported again from a camt.053, MT940 or CSV statement.",
    )
