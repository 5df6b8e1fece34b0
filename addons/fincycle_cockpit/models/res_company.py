# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    fincycle_cockpit_cash_threshold = fields.Monetary(
        "Cash Alert Threshold",
        currency_field="currency_id",
        groups="account.group_account_manager",
        help="The directors' daily digest warns when the expected cash of the next 90 days "
        "goes below this amount (no warning when zero).",
    )
