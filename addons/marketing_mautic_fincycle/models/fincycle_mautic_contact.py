# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class FincycleMauticContact(models.Model):
    """Which Mautic contact an Odoo partner is, per Mautic connection, and the fingerprint of
    what was last sent (an unchanged partner is not sent again). Written by the sync only."""

    _name = "fincycle.mautic.contact"
    _description = "Mautic Contact of a Partner"
    _order = "integration_id, partner_id"
    _rec_name = "partner_id"

    integration_id = fields.Many2one(
        "fincycle.integration", required=True, ondelete="cascade", index=True, readonly=True
    )
    company_id = fields.Many2one(
        related="integration_id.company_id", store=True, index=True, readonly=True
    )
    # Empty once the partner was deleted or merged away: the next push deletes its contact.
    partner_id = fields.Many2one("res.partner", ondelete="set null", index=True, readonly=True)
    mautic_id = fields.Integer("Mautic Contact ID", readonly=True, index=True)
    digest = fields.Char(readonly=True, help="Fingerprint of the values last sent.")
    synced_at = fields.Datetime("Last Sent", readonly=True)
    state = fields.Selection(
        [("synced", "Synced"), ("failed", "Failed")], default="synced", readonly=True
    )
    error = fields.Char(readonly=True, help="What Mautic refused, when the last push failed.")
    dnc = fields.Boolean(
        "Do Not Contact",
        readonly=True,
        help="The contact's e-mail channel is closed in Mautic (as Odoo last set or heard it).",
    )
    mautic_company_id = fields.Integer(
        "Attached to Mautic Company",
        readonly=True,
        help="The Mautic company this contact was last attached to (its company in Odoo).",
    )
    points = fields.Integer("Lead Points", readonly=True, help="Mautic's score, from its webhooks.")
    # Segment membership as last pushed to Mautic (the next push sends only the difference).
    in_leads = fields.Boolean(readonly=True, index=True)
    in_prospects = fields.Boolean(readonly=True, index=True)
    in_clients = fields.Boolean(readonly=True, index=True)
    in_pending_quotes = fields.Boolean(readonly=True, index=True)
    in_overdue = fields.Boolean("In Overdue Payments", readonly=True, index=True)

    _integration_partner_uniq = models.UniqueIndex(
        "(integration_id, partner_id)", "A partner is one Mautic contact per connection."
    )
