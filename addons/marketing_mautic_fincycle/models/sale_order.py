# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models


class SaleOrder(models.Model):
    _inherit = "sale.order"

    def write(self, vals):
        newly_sent = self.browse()
        if vals.get("state") == "sent":
            newly_sent = self.filtered(lambda o: o.state != "sent")
        result = super().write(vals)
        Event = self.env["fincycle.mautic.event"]
        for order in newly_sent:
            # by e-mail (mark_so_as_sent) or marked as sent: the quote-sent campaign
            Event._mautic_record(
                order.company_id,
                order.partner_id,
                "quote_sent",
                f"sale.order,{order.id}",
                {"order": order.name},
            )
        return result
