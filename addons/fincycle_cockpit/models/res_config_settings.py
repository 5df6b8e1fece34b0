# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models

from .cockpit_snapshot import GROUP_CURRENCY_PARAM


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    fincycle_cockpit_currency_id = fields.Many2one(
        "res.currency",
        string="Group Currency",
        compute="_compute_fincycle_cockpit_currency_id",
        inverse="_inverse_fincycle_cockpit_currency_id",
        readonly=False,
        help="The currency the cockpit adds the companies up in, at the rates of the day "
        "(CHF when not set).",
    )

    fincycle_cockpit_cash_threshold = fields.Monetary(
        related="company_id.fincycle_cockpit_cash_threshold",
        currency_field="currency_id",
        readonly=False,
        groups="account.group_account_manager",
    )

    @api.depends("company_id")
    def _compute_fincycle_cockpit_currency_id(self):
        currency = self.env["fincycle.cockpit.snapshot"]._group_currency()
        for settings in self:
            settings.fincycle_cockpit_currency_id = currency

    def _inverse_fincycle_cockpit_currency_id(self):
        for settings in self:
            if settings.fincycle_cockpit_currency_id:
                self.env["ir.config_parameter"].sudo().set_param(
                    GROUP_CURRENCY_PARAM, settings.fincycle_cockpit_currency_id.id
                )
