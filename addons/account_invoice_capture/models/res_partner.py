# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models

from fincycle.extraction.identifiers import normalize_vat


class ResPartner(models.Model):
    _inherit = "res.partner"

    # Computed for every existing contact when the module is installed or upgraded (a new
    # stored computed column), then whenever the VAT number changes.
    vat_key = fields.Char(
        "VAT Key",
        compute="_compute_vat_key",
        store=True,
        index=True,
        help="The VAT number as bills print it once separators and the Swiss register suffix "
        "(MWST, TVA, IVA...) are removed: how a captured bill finds its vendor.",
    )

    @api.depends("vat")
    def _compute_vat_key(self):
        for partner in self:
            partner.vat_key = normalize_vat(partner.vat) or False

    @api.model
    def _retrieve_partner_with_vat(self, vat, extra_domain):
        # Odoo's e-invoice import compares the VAT number nearly as stored: a Swiss vendor
        # saved as "CHE-116.281.710 MWST" is found by its key first.
        key = normalize_vat(vat)
        if key:
            partner = self.env["res.partner"].search(
                [*extra_domain, ("vat_key", "=", key)], limit=2
            )
            if partner:
                return partner
        return super()._retrieve_partner_with_vat(vat, extra_domain)

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
