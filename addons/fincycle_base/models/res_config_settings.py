# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    fincycle_llm_base_url = fields.Char(
        related="company_id.fincycle_llm_base_url", readonly=False, groups="base.group_system"
    )
    fincycle_llm_model = fields.Char(related="company_id.fincycle_llm_model", readonly=False)
    fincycle_llm_api_key = fields.Char(
        related="company_id.fincycle_llm_api_key", readonly=False, groups="base.group_system"
    )
