# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    autopilot_enabled = fields.Boolean("Reconciliation Autopilot", default=True)
    autopilot_auto_threshold = fields.Float(
        "Auto-Reconcile From",
        default=0.95,
        help="A bank line whose best match scores at least this much is reconciled "
        "automatically (with a chatter line and an undo).",
    )
    autopilot_suggest_threshold = fields.Float(
        "Suggest From",
        default=0.60,
        help="Matches scoring between this and the auto threshold are proposed for review.",
    )
    autopilot_writeoff_account_id = fields.Many2one(
        "account.account",
        "Write-off Account (fees, rounding)",
        check_company=True,
        help="Small differences accepted by the matcher (bank fees deducted by the payer, "
        "rounding, cash discount) are booked here. Without it, they stay open on the partner.",
    )
    autopilot_rounding_tolerance = fields.Float(
        "Rounding Tolerance",
        default=0.05,
        help="Difference always accepted as rounding (Swiss 5-cent rounding by default).",
    )
    autopilot_fee_band_abs = fields.Float(
        "Fee Band (amount)",
        default=30.0,
        help="Largest difference accepted as bank fees or discount when the reference is sure.",
    )
    autopilot_fee_band_pct = fields.Float(
        "Fee Band (%)",
        default=2.0,
        help="Largest difference, in percent of the invoice, accepted as fees or discount.",
    )
