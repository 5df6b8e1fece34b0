# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models


class ResPartner(models.Model):
    _inherit = "res.partner"

    @api.model_create_multi
    def create(self, vals_list):
        partners = super().create(vals_list)
        bill_id = self.env.context.get("capture_bill_id")
        if bill_id:
            # Saved from a captured bill's "Create Vendor" form: that bill gets the vendor.
            company = partners.filtered(lambda p: not p.parent_id)[:1]
            bill = self.env["account.move"].browse(bill_id).exists()
            if company and bill:
                bill._capture_use_new_vendor(company)
        return partners
