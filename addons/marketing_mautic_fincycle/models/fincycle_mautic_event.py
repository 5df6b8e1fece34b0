# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Finance events that put a contact into a Mautic campaign: recorded in Odoo first (so nothing
is lost while Mautic is down), sent by a scheduled job, retried with a growing wait."""

import logging
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import AccessError

from fincycle.http import FincycleHttpError
from fincycle.marketing import mautic as mt

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
# why a trigger waits or failed, besides the connection's and Mautic's codes (words at display)
NOT_PUSHED = "contact_not_pushed"
CONTACT_DELETED = "contact_deleted"
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
    error_code = fields.Char(readonly=True, copy=False)
    error_detail = fields.Char(
        readonly=True, copy=False, help="Mautic's own words, when it said why (not translated)."
    )
    error = fields.Char(
        compute="_compute_error", help="Why the last try failed, in the reader's language."
    )

    _source_uniq = models.UniqueIndex(
        "(integration_id, kind, ref)", "A document triggers a campaign once per connection."
    )

    @api.depends("error_code", "error_detail")
    @api.depends_context("lang")
    def _compute_error(self):
        """The reason stored as a code (a job runs in no reader's language), worded here."""
        Integration = self.env["fincycle.integration"]
        texts = self._mautic_reason_texts()
        for event in self:
            code, detail = event.error_code, event.error_detail
            if code in texts:
                event.error = texts[code]
            elif code:
                event.error = Integration._mautic_problem_text(code, detail)
            else:
                event.error = detail or False

    @api.model
    def _mautic_reason_texts(self):
        """{code: words} of this model's reasons, in this environment's language."""
        return {
            NOT_PUSHED: self.env._("The contact is not in Mautic yet: it goes with the next push."),
            CONTACT_DELETED: self.env._(
                "The contact was deleted in Mautic: a Fincycle manager pushes it again from the "
                "Mautic contacts (Push Again) if it should get this campaign."
            ),
        }

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
            {
                "state": "pending",
                "attempts": 0,
                "next_try": fields.Datetime.now(),
                "error_code": False,
                "error_detail": False,
            }
        )
        return True

    # -- sending ---------------------------------------------------------------------------
    @api.model
    def _cron_mautic_send_events(self, now=None):
        """Scan the follow-ups and reminders due, then send the pending triggers whose time
        came, each connection on its own (Mautic down: the connection waits, others go on).
        A connection waiting for its credentials is left alone: its triggers wait."""
        now = now or fields.Datetime.now()
        Integration = self.env["fincycle.integration"].sudo()
        for found in Integration._mautic_cron_accounts():
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
        problem = account._mautic_setup_problem()
        if problem:
            self._mautic_failed(problem, now)
            return
        client = account._mautic_client()
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
                event._mautic_failed(CONTACT_DELETED if deleted else NOT_PUSHED, now)
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
                event._mautic_failed(exc, now)
                continue
            event.write(
                {
                    "state": "done",
                    "done_at": now,
                    "error_code": False,
                    "error_detail": False,
                    "attempts": event.attempts + 1,
                }
            )

    @api.model
    def _mautic_error_parts(self, problem):
        """(code, detail) stored for ``problem``: a code (this model's or the connection's),
        a Mautic error (its code; Mautic's own words only where they are the reason: a
        refused value, a code Odoo has no words for), or a text kept as it is."""
        if isinstance(problem, str):
            known = (NOT_PUSHED, CONTACT_DELETED, mt.NO_CREDENTIALS, mt.BAD_URL)
            return (problem, False) if problem in known else (False, problem)
        code = getattr(problem, "code", None) or False
        worded = self.env["fincycle.integration"]._mautic_problem_texts()
        if code in worded and code != mt.INVALID:
            return code, False
        detail = getattr(problem, "mautic_detail", None) or getattr(problem, "message", None)
        return code, detail or str(problem)

    def _mautic_failed(self, problem, now):
        """One more failed try (``problem``: see _mautic_error_parts); the trigger waits
        longer, and fails after MAX_ATTEMPTS."""
        code, detail = self._mautic_error_parts(problem)
        for event in self:
            attempts = event.attempts + 1
            event.write(
                {
                    "attempts": attempts,
                    "error_code": code,
                    "error_detail": (detail or "")[:250] or False,
                    "state": "failed" if attempts >= MAX_ATTEMPTS else "pending",
                    "next_try": now + backoff(attempts),
                }
            )
