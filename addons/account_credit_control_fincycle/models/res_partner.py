# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models

from .account_dispute import OPEN_STATES


class ResPartner(models.Model):
    _inherit = "res.partner"

    # internal: a portal customer must not read why he is spared ("in bankruptcy talks")
    no_dunning = fields.Boolean(
        string="No reminders",
        tracking=True,
        groups="base.group_user",
        help="The daily run sends this customer no payment reminder.",
    )
    no_dunning_reason = fields.Char(
        string="Why no reminders", tracking=True, groups="base.group_user"
    )
    dispute_ids = fields.One2many("account.dispute", "commercial_partner_id", string="Disputes")
    open_dispute_count = fields.Integer(compute="_compute_open_dispute_count")

    def _compute_open_dispute_count(self):
        groups = self.env["account.dispute"]._read_group(
            [
                ("commercial_partner_id", "in", self.commercial_partner_id.ids),
                ("state", "in", OPEN_STATES),
            ],
            ["commercial_partner_id"],
            ["__count"],
        )
        counts = {partner.id: count for partner, count in groups}
        for partner in self:
            partner.open_dispute_count = counts.get(partner.commercial_partner_id.id, 0)

    def action_open_dispute(self):
        self.ensure_one()
        return self.env["account.dispute"]._fincycle_action_new(partner=self)

    def action_view_disputes(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "account_credit_control_fincycle.action_account_dispute"
        )
        action["domain"] = [("commercial_partner_id", "=", self.commercial_partner_id.id)]
        action["context"] = {"default_partner_id": self.commercial_partner_id.id}
        return action
