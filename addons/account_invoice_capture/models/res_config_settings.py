# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    capture_enabled = fields.Boolean(related="company_id.capture_enabled", readonly=False)
    capture_ocr = fields.Boolean(related="company_id.capture_ocr", readonly=False)
    capture_autopost = fields.Boolean(related="company_id.capture_autopost", readonly=False)
    capture_threshold = fields.Float(related="company_id.capture_threshold", readonly=False)
    capture_approval_limit = fields.Monetary(
        related="company_id.capture_approval_limit", readonly=False
    )
    capture_alias_hourly_limit = fields.Integer(
        related="company_id.capture_alias_hourly_limit", readonly=False
    )
    capture_reviewer_id = fields.Many2one(related="company_id.capture_reviewer_id", readonly=False)
    capture_llm_enabled = fields.Boolean(related="company_id.capture_llm_enabled", readonly=False)
    capture_llm_send_images = fields.Boolean(
        related="company_id.capture_llm_send_images", readonly=False
    )
