# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ResPartner(models.Model):
    _inherit = "res.partner"

    mautic_contact_ids = fields.One2many(
        "fincycle.mautic.contact",
        "partner_id",
        "Mautic Contacts",
        groups="fincycle_base.group_fincycle_user",
    )
    mautic_event_count = fields.Integer(
        "Mautic Triggers",
        compute="_compute_mautic_event_count",
        groups="fincycle_base.group_fincycle_user",
    )

    def _compute_mautic_event_count(self):
        counts = dict(
            self.env["fincycle.mautic.event"]._read_group(
                [("partner_id", "in", self.ids)], ["partner_id"], ["__count"]
            )
        )
        for partner in self:
            partner.mautic_event_count = counts.get(partner, 0)

    def action_mautic_open_events(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Mautic Campaign Triggers"),
            "res_model": "fincycle.mautic.event",
            "view_mode": "list,form",
            "domain": [("partner_id", "=", self.id)],
        }
