# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64
import hashlib
import json
import logging
import random
from datetime import timedelta

from psycopg2 import errors as pg_errors

from odoo import api, fields, models
from odoo.exceptions import UserError

from fincycle.http import FincycleHttpError, redact

_logger = logging.getLogger(__name__)

BACKOFF_BASE_SECONDS = 60
BACKOFF_MAX_SECONDS = 6 * 3600
DEFAULT_RETENTION_DAYS = 90
PENDING_STATES = ("received", "failed")


def backoff_seconds(attempts):
    """Delay before attempt ``attempts + 1``: 1, 2, 4 … minutes, at most 6 h, ±10 % jitter."""
    delay = min(BACKOFF_BASE_SECONDS * 2 ** max(attempts - 1, 0), BACKOFF_MAX_SECONDS)
    return delay * random.uniform(0.9, 1.1)


class FincycleWebhookEvent(models.Model):
    """A delivery received on /fincycle/webhook/…, stored before anything else happens."""

    _name = "fincycle.webhook.event"
    _description = "Fincycle Webhook Event"
    _order = "received_at desc, id desc"
    _rec_name = "external_id"

    integration_id = fields.Many2one(
        "fincycle.integration", required=True, ondelete="cascade", index=True, readonly=True
    )
    company_id = fields.Many2one(related="integration_id.company_id", store=True, index=True)
    provider = fields.Selection(related="integration_id.provider", store=True)
    external_id = fields.Char("Event ID", readonly=True, index=True)
    event_type = fields.Char(readonly=True)
    received_at = fields.Datetime(default=fields.Datetime.now, required=True, readonly=True)
    remote_addr = fields.Char("Sender Address", readonly=True)
    headers = fields.Text(
        readonly=True, help="The signature headers and content type, as received."
    )
    body = fields.Text("Raw Body", readonly=True)
    body_encoding = fields.Selection(
        [("utf-8", "UTF-8 text"), ("base64", "Base64 (binary body)")],
        default="utf-8",
        readonly=True,
        help="Bodies that are not clean UTF-8 text are kept byte for byte, base64-encoded.",
    )
    body_sha256 = fields.Char("Body SHA-256", readonly=True)
    signature_valid = fields.Boolean(readonly=True)
    signature_verdict = fields.Char(readonly=True)
    state = fields.Selection(
        [
            ("received", "Received"),
            ("processed", "Processed"),
            ("duplicate", "Duplicate"),
            ("rejected", "Rejected"),
            ("failed", "Failed (will retry)"),
            ("dead", "Dead Letter"),
        ],
        required=True,
        default="received",
        readonly=True,
        index=True,
    )
    attempts = fields.Integer(readonly=True)
    next_attempt_at = fields.Datetime(readonly=True, index=True)
    processed_at = fields.Datetime(readonly=True)
    last_error = fields.Text(readonly=True)
    duplicate_of_id = fields.Many2one(
        "fincycle.webhook.event", readonly=True, index="btree_not_null"
    )

    # The inbox is idempotent: one live event per (account, provider event id).
    _integration_external_uniq = models.UniqueIndex(
        "(integration_id, external_id) WHERE external_id IS NOT NULL "
        "AND state NOT IN ('duplicate', 'rejected')",
        "This event was already received.",
    )

    # -- intake (called by the controller, as superuser) ----------------------------------
    @api.model
    def _fincycle_receive(self, account, body, headers, remote_addr=None):
        """Verify, store, and tell the controller what to answer: (event, http status)."""
        scheme = account._fincycle_webhook_scheme()
        kept = {}
        for name in (*(scheme.headers_to_keep if scheme else ()), "Content-Type", "User-Agent"):
            value = headers.get(name)
            if value:
                kept[name] = value[:500]
        vals = {
            "integration_id": account.id,
            "remote_addr": remote_addr,
            "headers": json.dumps(kept, indent=1),
            **self._fincycle_body_vals(body),
            "body_sha256": hashlib.sha256(body).hexdigest(),
        }
        verdict = scheme.verify(headers, body, account._fincycle_webhook_secrets())
        vals.update(signature_valid=verdict.ok, signature_verdict=verdict.reason)
        if not verdict.ok:
            vals.update(state="rejected", last_error=verdict.reason)
            return self.create(vals), 401
        try:
            payload = json.loads(body)
        except ValueError:
            vals.update(state="rejected", last_error=self.env._("The body is not valid JSON."))
            return self.create(vals), 400
        external_id, event_type = account._fincycle_webhook_event_info(payload, body, headers)
        vals.update(external_id=external_id, event_type=event_type)
        original = self._fincycle_live_event(account, external_id)
        if not original:
            try:
                with self.env.cr.savepoint():
                    return self.create({**vals, "next_attempt_at": fields.Datetime.now()}), 200
            except pg_errors.UniqueViolation:
                original = self._fincycle_live_event(account, external_id)  # lost a race
        return self.create({**vals, "state": "duplicate", "duplicate_of_id": original.id}), 200

    @api.model
    def _fincycle_body_vals(self, body):
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            text = None
        if text is None or "\x00" in text:  # PostgreSQL text holds no NUL
            return {"body": base64.b64encode(body).decode(), "body_encoding": "base64"}
        return {"body": text, "body_encoding": "utf-8"}

    def _fincycle_raw_body(self):
        """The body exactly as received."""
        self.ensure_one()
        if self.body_encoding == "base64":
            return base64.b64decode(self.body or "")
        return (self.body or "").encode("utf-8")

    def _fincycle_payload(self):
        """The decoded JSON payload, for processors."""
        return json.loads(self._fincycle_raw_body())

    def _fincycle_live_event(self, account, external_id):
        return self.search(
            [
                ("integration_id", "=", account.id),
                ("external_id", "=", external_id),
                ("state", "not in", ("duplicate", "rejected")),
            ],
            limit=1,
        )

    # -- processing --------------------------------------------------------------------------
    def _fincycle_process_one(self):
        """Process one pending event in a savepoint; record the outcome. Returns True on success."""
        self.ensure_one()
        account = self.integration_id.with_company(self.company_id)
        try:
            with self.env.cr.savepoint():
                account._fincycle_process_webhook_event(self)
        except Exception as exc:
            if isinstance(exc, (FincycleHttpError, UserError)):
                message = getattr(exc, "message", None) or str(exc.args[0] if exc.args else exc)
            else:
                _logger.exception("Fincycle webhook event %s failed", self.id)
                message = f"{type(exc).__name__}: {exc}"
            message = redact(message, account._fincycle_secret_values())
            account._fincycle_handle_failure(exc, message)
            attempts = self.attempts + 1
            dead = attempts >= max(1, account.webhook_max_attempts)
            self.write(
                {
                    "attempts": attempts,
                    "last_error": message,
                    "state": "dead" if dead else "failed",
                    "next_attempt_at": False
                    if dead
                    else fields.Datetime.now() + timedelta(seconds=backoff_seconds(attempts)),
                }
            )
            if dead:
                _logger.error(
                    "Fincycle webhook event %s (%s) is dead after %s attempts: %s",
                    self.id,
                    account.provider,
                    attempts,
                    message,
                )
            return False
        self.write(
            {
                "attempts": self.attempts + 1,
                "state": "processed",
                "processed_at": fields.Datetime.now(),
                "next_attempt_at": False,
                "last_error": False,
            }
        )
        return True

    @api.model
    def _cron_process_pending(self, batch_size=50):
        """Process due events, oldest first, in batches, committing after each event."""
        domain = [("state", "in", PENDING_STATES), ("next_attempt_at", "<=", fields.Datetime.now())]
        events = self.search(domain, order="next_attempt_at, id", limit=batch_size)
        remaining = self.search_count(domain)
        in_cron = bool(self.env.context.get("cron_id"))
        if in_cron:
            self.env["ir.cron"]._commit_progress(remaining=remaining)
        for candidate in events:
            # Another worker (or a manual retry) may hold it: skip rather than wait.
            event = candidate.try_lock_for_update().filtered_domain(domain)
            if not event:
                continue
            event._fincycle_process_one()
            if in_cron and not self.env["ir.cron"]._commit_progress(1):
                break  # time budget used; the scheduler calls again for the rest

    # -- user actions ------------------------------------------------------------------------
    def action_retry(self):
        """Process the selected failed or dead events now and show the outcome."""
        self.check_access("write")
        todo = self.filtered(lambda e: e.state in ("failed", "dead", "received"))
        if not todo:
            raise UserError(self.env._("Only received, failed or dead events can be retried."))
        ok = sum(1 for event in todo.sudo() if event._fincycle_process_one())
        failed = len(todo) - ok
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "type": "success" if not failed else "warning",
                "title": self.env._("Retry"),
                "message": self.env._(
                    "%(ok)s processed, %(failed)s failed again.", ok=ok, failed=failed
                ),
                "next": {"type": "ir.actions.client", "tag": "soft_reload"},
            },
        }

    @api.autovacuum
    def _gc_old_events(self):
        """Delete settled events after the retention period (fincycle.webhook_retention_days)."""
        days = int(
            self.env["ir.config_parameter"]
            .sudo()
            .get_param("fincycle.webhook_retention_days", DEFAULT_RETENTION_DAYS)
        )
        limit_date = fields.Datetime.now() - timedelta(days=days)
        old = self.sudo().search(
            [
                ("state", "in", ("processed", "duplicate", "rejected")),
                ("received_at", "<", limit_date),
            ]
        )
        old.unlink()
