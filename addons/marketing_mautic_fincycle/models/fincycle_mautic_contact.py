# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models

from fincycle.http import FincycleHttpError


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
    # deleted: the marketer deleted the contact in Mautic (its webhook, or a push that found
    # it gone): no longer pushed until a manager pushes it again (pending until it is sent).
    state = fields.Selection(
        [
            ("synced", "Synced"),
            ("failed", "Failed"),
            ("deleted", "Deleted in Mautic"),
            ("pending", "To Push"),
        ],
        default="synced",
        readonly=True,
    )
    deleted_at = fields.Datetime(
        "Deleted in Mautic On",
        readonly=True,
        help="When the contact was deleted in Mautic: Odoo does not make it again by itself.",
    )
    error = fields.Char(readonly=True, help="What Mautic refused, when the last push failed.")
    dnc = fields.Boolean(
        "Do Not Contact",
        readonly=True,
        help="The contact's e-mail channel is closed in Mautic (as Odoo last set or heard it).",
    )
    dnc_source = fields.Selection(
        [("odoo", "Odoo"), ("mautic", "Mautic")],
        "Do Not Contact Set By",
        readonly=True,
        help="Mautic: the contact unsubscribed or bounced in Mautic and Odoo blacklisted the "
        "e-mail (lifted when Mautic opens the channel again). Odoo: the e-mail was blacklisted "
        "in Odoo (only an Odoo user lifts it).",
    )
    dnc_email = fields.Char(
        "Do Not Contact E-mail",
        readonly=True,
        help="The e-mail Odoo blacklisted when the contact unsubscribed or bounced in Mautic: "
        "the only one Mautic opening the channel again lifts.",
    )
    dnc_at = fields.Datetime(
        "Do Not Contact Heard At",
        readonly=True,
        help="Time of the last do-not-contact news applied.",
    )
    points_at = fields.Datetime(
        "Score Heard At", readonly=True, help="Time of the last score news applied."
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

    def action_mautic_push_again(self):
        """A contact deleted in Mautic is pushed again (Fincycle managers of its company): the
        link forgets the deleted contact and its partner (or lead) is sent now, or by the next
        sync when Mautic cannot be reached."""
        self.check_access("read")
        self.integration_id.check_access("write")
        links = self.sudo().filtered(lambda x: x.state == "deleted")
        if not links:
            return self._mautic_notify(self.env._("None of these contacts is deleted in Mautic."))
        # a record that moved to another company is that company's: not sent to this Mautic
        links = links.filtered(lambda x: x.integration_id._mautic_link_is_ours(x))
        if not links:
            return self._mautic_notify(
                self.env._(
                    "These contacts' records belong to another company now: they are not "
                    "pushed to this Mautic."
                ),
                "warning",
            )
        links.write(
            {
                "state": "pending",
                "mautic_id": 0,
                "digest": False,
                "error": False,
                "deleted_at": False,
            }
        )
        pushed = True
        for integration in links.integration_id:
            mine = links.filtered(lambda x, i=integration: x.integration_id == i)
            try:
                with self.env.cr.savepoint():
                    integration.sudo()._mautic_push_links(mine)
            except FincycleHttpError as exc:
                pushed = False
                mine.write({"error": (getattr(exc, "message", None) or str(exc))[:200]})
        if pushed:
            return self._mautic_notify(
                self.env._("%(count)s contact(s) pushed to Mautic again.", count=len(links)),
                "success",
            )
        return self._mautic_notify(
            self.env._("Mautic could not be reached: the next sync pushes them."), "warning"
        )

    def _mautic_notify(self, message, kind="info"):
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "message": message,
                "type": kind,
                "next": {"type": "ir.actions.client", "tag": "soft_reload"},
            },
        }
