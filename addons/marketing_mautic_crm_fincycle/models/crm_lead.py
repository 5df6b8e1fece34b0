# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class CrmLead(models.Model):
    _inherit = "crm.lead"

    mautic_contact_ids = fields.One2many(
        "fincycle.mautic.contact",
        "lead_id",
        "Mautic Contacts",
        groups="fincycle_base.group_fincycle_user",
    )

    def _merge_opportunity(self, user_id=False, team_id=False, auto_unlink=True, max_length=5):
        """Merged leads keep one Mautic contact per connection: the kept lead takes over a
        merged one's contact when it has none (and is of the connection's company); the other
        contacts lose their lead and the next push deletes them in Mautic."""
        Link = self.env["fincycle.mautic.contact"].sudo()
        links = Link.search([("lead_id", "in", self.ids)])
        head = super()._merge_opportunity(
            user_id=user_id, team_id=team_id, auto_unlink=auto_unlink, max_length=max_length
        )
        links = links.exists()
        links.invalidate_recordset(["lead_id"])
        for integration in links.integration_id:
            mine = links.filtered(lambda x, i=integration: x.integration_id == i)
            if head in mine.lead_id:
                continue
            if head.company_id and head.company_id != integration.company_id:
                continue  # merged into another company's lead: not this connection's
            # a contact whose lead was merged away (deleted)
            taken = mine.filtered(lambda x: x.mautic_id and not x.lead_id)[:1]
            if taken:
                taken.write({"lead_id": head.id, "digest": False})
        return head
