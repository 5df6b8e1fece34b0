# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models


class AccountMove(models.Model):
    _inherit = "account.move"

    def _invoice_paid_hook(self):
        result = super()._invoice_paid_hook()
        Event = self.env["fincycle.mautic.event"]
        for invoice in self.filtered(lambda m: m.move_type == "out_invoice"):
            commercial = invoice.commercial_partner_id
            earlier = (
                self.env["account.move"]
                .sudo()
                .search_count(
                    [
                        ("id", "!=", invoice.id),
                        ("move_type", "=", "out_invoice"),
                        ("company_id", "=", invoice.company_id.id),
                        ("commercial_partner_id", "=", commercial.id),
                        ("state", "=", "posted"),
                        ("payment_state", "in", ("paid", "in_payment", "reversed")),
                    ],
                    limit=1,
                )
            )
            if not earlier:  # the first invoice paid: welcome (once per customer)
                Event._mautic_record(
                    invoice.company_id,
                    invoice.partner_id,
                    "welcome",
                    f"res.partner,{commercial.id}",
                    {"invoice": invoice.name},
                )
        return result
