# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class FincycleMauticContact(models.Model):
    _inherit = "fincycle.mautic.contact"

    # A CRM lead without a partner is a Mautic contact of its own (key odoo_lead_id); once the
    # lead has a partner, the link is the partner's (re-keyed) and lead_id is emptied.
    lead_id = fields.Many2one(
        "crm.lead", "CRM Lead", ondelete="set null", index=True, readonly=True
    )

    _integration_lead_uniq = models.UniqueIndex(
        "(integration_id, lead_id)", "A lead is one Mautic contact per connection."
    )
