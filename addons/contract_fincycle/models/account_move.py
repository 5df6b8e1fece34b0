# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import fields, models


class AccountMove(models.Model):
    _inherit = "account.move"

    contract_invoice_run_ids = fields.Many2many(
        "contract.invoice.run",
        "contract_invoice_run_move_rel",
        "move_id",
        "run_id",
        string="Contract Invoicing Runs",
        readonly=True,
        copy=False,
        groups="account.group_account_invoice",
        help="The scheduled contract invoicing run that created this invoice.",
    )
