# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    time_invoice_enabled = fields.Boolean(related="company_id.time_invoice_enabled", readonly=False)
    time_invoice_workday = fields.Integer(related="company_id.time_invoice_workday", readonly=False)
    time_invoice_timesheet_detail = fields.Boolean(
        related="company_id.time_invoice_timesheet_detail", readonly=False
    )
