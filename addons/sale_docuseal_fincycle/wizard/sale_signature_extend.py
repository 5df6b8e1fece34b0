# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo import api, fields, models

from ..models.sale_signature_request import MAX_EXPIRY_DAYS


class SaleSignatureExtend(models.TransientModel):
    _name = "sale.signature.extend"
    _description = "Extend the Expiry of a Signature Request"

    request_id = fields.Many2one("sale.signature.request", required=True, readonly=True)
    # as the user: a request she cannot read tells her nothing (the form's onchange included)
    current_expire_at = fields.Datetime(
        related="request_id.expire_at", string="Expires Now", compute_sudo=False
    )
    expire_date = fields.Date(
        "New Expiry Date",
        required=True,
        compute="_compute_expire_date",
        compute_sudo=False,
        store=True,
        readonly=False,
    )

    @api.depends("request_id")
    def _compute_expire_date(self):
        for wizard in self:
            today = fields.Date.context_today(self)
            current = wizard.request_id.expire_at
            start = max(today, fields.Date.context_today(self, current)) if current else today
            wizard.expire_date = min(
                start + timedelta(days=14), today + timedelta(days=MAX_EXPIRY_DAYS)
            )

    def action_extend(self):
        self.ensure_one()
        self.request_id._docuseal_extend(self.expire_date)
        return {"type": "ir.actions.act_window_close"}
