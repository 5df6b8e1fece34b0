# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    dunning_auto = fields.Boolean(related="company_id.dunning_auto", readonly=False)
    dunning_hour = fields.Integer(related="company_id.dunning_hour", readonly=False)
    dunning_grace_days = fields.Integer(related="company_id.dunning_grace_days", readonly=False)
    credit_controller_id = fields.Many2one(
        related="company_id.credit_controller_id", readonly=False
    )
    credit_control_llm_enabled = fields.Boolean(
        related="company_id.credit_control_llm_enabled", readonly=False
    )
    dispute_sla_days_1 = fields.Integer(related="company_id.dispute_sla_days_1", readonly=False)
    dispute_sla_days_2 = fields.Integer(related="company_id.dispute_sla_days_2", readonly=False)
    dispute_sla_days_3 = fields.Integer(related="company_id.dispute_sla_days_3", readonly=False)
    dispute_sla_days_4 = fields.Integer(related="company_id.dispute_sla_days_4", readonly=False)
    dispute_sla_days_5 = fields.Integer(related="company_id.dispute_sla_days_5", readonly=False)
