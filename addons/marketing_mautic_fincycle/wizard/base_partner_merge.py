# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models


class BasePartnerMergeAutomaticWizard(models.TransientModel):
    _inherit = "base.partner.merge.automatic.wizard"

    def _merge(self, partner_ids, dst_partner=None, extra_checks=True):
        """Merged partners keep one Mautic contact each connection: the merge moves a merged
        partner's contact link to the kept partner (its contact is re-keyed by the next push),
        unless the kept partner has its own; then the merged one's contact is left without a
        partner, and the next push deletes it in Mautic."""
        partners = self.env["res.partner"].browse(partner_ids).exists()
        if len(partners) >= 2:
            if not (dst_partner and dst_partner in partners):
                dst_partner = self._get_ordered_partner(partners.ids)[-1]
            Link = self.env["fincycle.mautic.contact"].sudo()
            kept = Link.search([("partner_id", "=", dst_partner.id)])
            doomed = Link.search(
                [
                    ("partner_id", "in", (partners - dst_partner).ids),
                    ("integration_id", "in", kept.integration_id.ids),
                ]
            )
            doomed.write({"partner_id": False})
            # the same for the Mautic companies of merged company partners
            CompanyLink = self.env["fincycle.mautic.company"].sudo()
            kept = CompanyLink.search([("partner_id", "=", dst_partner.id)])
            CompanyLink.search(
                [
                    ("partner_id", "in", (partners - dst_partner).ids),
                    ("integration_id", "in", kept.integration_id.ids),
                ]
            ).write({"partner_id": False})
        return super()._merge(partner_ids, dst_partner=dst_partner, extra_checks=extra_checks)
