# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Finance events that put a contact into a Mautic campaign: recorded in Odoo first (so nothing
is lost while Mautic is down), sent by a scheduled job, retried with a growing wait."""

import logging
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError

from fincycle.http import FincycleHttpError

_logger = logging.getLogger(__name__)

KINDS = [
    ("quote_sent", "Quote Sent"),
    ("quote_followup", "Quote Follow-up"),
    ("payment_reminder", "Payment Reminder"),
    ("welcome", "Welcome"),
]
# kind → the field of the connection holding the Mautic campaign id
CAMPAIGN_FIELDS = {
    "quote_sent": "mautic_campaign_quote_sent",
    "quote_followup": "mautic_campaign_quote_followup",
    "payment_reminder": "mautic_campaign_payment_reminder",
    "welcome": "mautic_campaign_welcome",
}
REMINDER_FIELD = "odoo_reminder_level"  # contact field: the last reminder level sent
REMINDER_FIELD_LABEL = "Odoo reminder level"
MAX_ATTEMPTS = 8
BACKOFF_FIRST = timedelta(minutes=5)
BACKOFF_MAX = timedelta(hours=12)
BATCH = 200


def backoff(attempts):
    """The wait after ``attempts`` failed tries: 5 min, 10, 20, … at most 12 hours."""
    return min(BACKOFF_FIRST * (2 ** max(attempts - 1, 0)), BACKOFF_MAX)


class FincycleMauticEvent(models.Model):
    _name = "fincycle.mautic.event"
    _description = "Mautic Campaign Trigger"
    _order = "id desc"
    _rec_name = "kind"

    integration_id = fields.Many2one(
        "fincycle.integration", required=True, ondelete="cascade", index=True, readonly=True
    )
    company_id = fields.Many2one(
        related="integration_id.company_id", store=True, index=True, readonly=True
    )
    partner_id = fields.Many2one(
        "res.partner", required=True, ondelete="cascade", index=True, readonly=True
    )
    kind = fields.Selection(KINDS, required=True, readonly=True)
    ref = fields.Char(
        "Source", required=True, readonly=True, help="The document that triggered it."
    )
    payload = fields.Json(readonly=True)
    state = fields.Selection(
        [("pending", "Pending"), ("done", "Delivered"), ("failed", "Failed")],
        default="pending",
        required=True,
        readonly=True,
        index=True,
    )
    attempts = fields.Integer(readonly=True)
    next_try = fields.Datetime(readonly=True, index=True)
    done_at = fields.Datetime("Delivered At", readonly=True)
    error = fields.Char(readonly=True)

    _source_uniq = models.UniqueIndex(
        "(integration_id, kind, ref)", "A document triggers a campaign once per connection."
    )

    # -- recording -------------------------------------------------------------------------
    @api.model
    def _mautic_record(self, company, partner, kind, ref, payload=None):
        """An event for each Mautic connection of ``company`` that maps a campaign to
        ``kind`` (a document already recorded is not recorded again)."""
        Integration = self.env["fincycle.integration"].sudo()
        accounts = Integration.search(
            [
                ("provider", "=", "mautic"),
                ("company_id", "=", company.id),
                ("state", "!=", "disabled"),
                (CAMPAIGN_FIELDS[kind], ">", 0),
            ]
        )
        if not accounts or not partner:
            return self.browse()
        known = (
            self.sudo()
            .search(
                [("integration_id", "in", accounts.ids), ("kind", "=", kind), ("ref", "=", ref)]
            )
            .integration_id
        )
        return self.sudo().create(
            [
                {
                    "integration_id": account.id,
                    "partner_id": partner.id,
                    "kind": kind,
                    "ref": ref,
                    "payload": payload or {},
                    "next_try": fields.Datetime.now(),
                }
                for account in accounts - known
            ]
        )

    # -- the user's retry ------------------------------------------------------------------
    def action_retry(self):
        """A failed trigger is tried again by the next run (Fincycle managers). Nobody
        writes a trigger by RPC: its connection, partner and payload are the event's."""
        self.check_access("read")
        if not self.env.user.has_group("fincycle_base.group_fincycle_manager"):
            raise AccessError(self.env._("Only Fincycle managers can retry a trigger."))
        self.sudo().filtered(lambda e: e.state == "failed").write(
            {"state": "pending", "attempts": 0, "next_try": fields.Datetime.now(), "error": False}
        )
        return True

    # -- sending ---------------------------------------------------------------------------
    @api.model
    def _cron_mautic_send_events(self, now=None):
        """Scan the follow-ups and reminders due, then send the pending triggers whose time
        came, each connection on its own (Mautic down: the connection waits, others go on)."""
        now = now or fields.Datetime.now()
        Integration = self.env["fincycle.integration"].sudo()
        for found in Integration.search([("provider", "=", "mautic"), ("state", "!=", "disabled")]):
            account = found.with_company(found.company_id)
            account._mautic_scan_followups(now)
            account._mautic_scan_reminders()
            events = self.sudo().search(
                [
                    ("integration_id", "=", account.id),
                    ("state", "=", "pending"),
                    ("next_try", "<=", now),
                ],
                order="id",
                limit=BATCH,
            )
            if events:
                events._mautic_send(account, now)

    def _mautic_send(self, account, now):
        try:
            client = account._mautic_client()
        except UserError as exc:
            self._mautic_failed(exc.args[0] if exc.args else str(exc), now)
            return
        Link = self.env["fincycle.mautic.contact"].sudo()
        field_ready = False
        for event in self:
            partner = event.partner_id
            link = Link.search(
                [
                    ("integration_id", "=", account.id),
                    ("partner_id", "in", (partner | partner.commercial_partner_id).ids),
                    ("mautic_id", "!=", 0),
                ],
                order="partner_id desc",
                limit=1,
            )
            if link and link.partner_id != partner:
                exact = Link.search(
                    [
                        ("integration_id", "=", account.id),
                        ("partner_id", "=", partner.id),
                        ("mautic_id", "!=", 0),
                    ],
                    limit=1,
                )
                link = exact or link
            if not link:
                deleted = Link.search_count(
                    [
                        ("integration_id", "=", account.id),
                        ("partner_id", "in", (partner | partner.commercial_partner_id).ids),
                        ("state", "=", "deleted"),
                    ],
                    limit=1,
                )
                event._mautic_failed(
                    self.env._(
                        "The contact was deleted in Mautic: a Fincycle manager pushes it again "
                        "from the Mautic contacts (Push Again) if it should get this campaign."
                    )
                    if deleted
                    else self.env._(
                        "The contact is not in Mautic yet: it goes with the next push."
                    ),
                    now,
                )
                continue
            campaign = account[CAMPAIGN_FIELDS[event.kind]]
            try:
                if event.kind == "payment_reminder":
                    if not field_ready:
                        if REMINDER_FIELD not in account._mautic_call(client.contact_fields):
                            account._mautic_call(
                                client.create_field,
                                "contact",
                                REMINDER_FIELD,
                                REMINDER_FIELD_LABEL,
                                "number",
                            )
                        field_ready = True
                    account._mautic_call(
                        client.edit_contact,
                        link.mautic_id,
                        {REMINDER_FIELD: (event.payload or {}).get("level") or 0},
                    )
                account._mautic_call(client.add_campaign_contact, campaign, link.mautic_id)
            except FincycleHttpError as exc:
                event._mautic_failed(getattr(exc, "message", None) or str(exc), now)
                continue
            event.write(
                {"state": "done", "done_at": now, "error": False, "attempts": event.attempts + 1}
            )

    def _mautic_failed(self, message, now):
        for event in self:
            attempts = event.attempts + 1
            event.write(
                {
                    "attempts": attempts,
                    "error": (message or "")[:250],
                    "state": "failed" if attempts >= MAX_ATTEMPTS else "pending",
                    "next_try": now + backoff(attempts),
                }
            )
