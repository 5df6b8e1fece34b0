# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    autopilot_enabled = fields.Boolean(related="company_id.autopilot_enabled", readonly=False)
    autopilot_auto_threshold = fields.Float(
        related="company_id.autopilot_auto_threshold", readonly=False
    )
    autopilot_suggest_threshold = fields.Float(
        related="company_id.autopilot_suggest_threshold", readonly=False
    )
    autopilot_writeoff_account_id = fields.Many2one(
        related="company_id.autopilot_writeoff_account_id", readonly=False
    )
    autopilot_rounding_tolerance = fields.Float(
        related="company_id.autopilot_rounding_tolerance", readonly=False
    )
    autopilot_fee_band_abs = fields.Float(
        related="company_id.autopilot_fee_band_abs", readonly=False
    )
    autopilot_fee_band_pct = fields.Float(
        related="company_id.autopilot_fee_band_pct", readonly=False
    )
