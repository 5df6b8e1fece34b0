# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The customer's payment risk on quotes, as on customer invoices (account_credit_control_fincycle):
the score of the order's commercial partner for the order's company, a warning from the
company's threshold and, when the company blocks, a confirmation kept for managers."""

from odoo import api, fields, models
from odoo.exceptions import UserError


class SaleOrder(models.Model):
    _inherit = "sale.order"

    # the company's judgement of its customer: not for the customer's own portal eyes
    partner_risk_score = fields.Integer(
        string="Customer risk",
        compute="_compute_partner_risk_score",
        groups="sales_team.group_sale_salesman,account.group_account_invoice",
    )
    partner_risk_warning = fields.Boolean(
        compute="_compute_partner_risk_score",
        groups="sales_team.group_sale_salesman,account.group_account_invoice",
    )

    @api.depends("partner_id.commercial_partner_id", "company_id")
    def _compute_partner_risk_score(self):
        scores = self.env["fincycle.partner.risk"]._fincycle_document_risk(
            [(order.partner_id.commercial_partner_id, order.company_id) for order in self]
        )
        for order, (score, above) in zip(self, scores, strict=True):
            order.partner_risk_score = score
            order.partner_risk_warning = above

    def _fincycle_may_confirm_risky(self):
        user = self.env.user
        return (
            self.env.su
            or user.has_group("sales_team.group_sale_manager")
            or user.has_group("account.group_account_manager")
        )

    def action_confirm(self):
        blocked = self.filtered(
            lambda order: (
                order.state in ("draft", "sent")
                and order.sudo().partner_risk_warning
                and order.company_id.risk_block
            )
        )
        if blocked and not self._fincycle_may_confirm_risky():
            order = blocked[0]
            raise UserError(
                self.env._(
                    "%(customer)s has a payment risk of %(score)s (threshold %(threshold)s): "
                    "a sales or accounting manager must confirm this quote.",
                    customer=order.partner_id.commercial_partner_id.display_name,
                    score=order.sudo().partner_risk_score,
                    threshold=order.company_id.risk_threshold,
                )
            )
        return super().action_confirm()
