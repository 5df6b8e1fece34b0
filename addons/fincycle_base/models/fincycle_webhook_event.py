# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64
import hashlib
import json
import logging
import random
import time
from dataclasses import dataclass
from datetime import timedelta

import psycopg2

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import SQL

from fincycle.http import FincycleHttpError, redact
from fincycle.webhooks import parse_json, rejected_prefix

_logger = logging.getLogger(__name__)

BACKOFF_BASE_SECONDS = 60
BACKOFF_MAX_SECONDS = 6 * 3600
DEFAULT_RETENTION_DAYS = 90
# Refused deliveries (bad signature, not JSON) are evidence for a week, not a quarter: anyone
# holding a webhook URL can send them (10 a minute are kept per connection).
DEFAULT_REJECTED_RETENTION_DAYS = 7
# Deliveries refused per connection and minute that are still kept (for diagnosis); more are
# answered the same way and not stored (ir.config_parameter fincycle.webhook_rejected_per_minute).
DEFAULT_REJECTED_PER_MINUTE = 10
PENDING_STATES = ("received", "failed")
LIVE_STATE_SQL = "state NOT IN ('duplicate', 'rejected')"
LIVE_STATE = SQL(LIVE_STATE_SQL)
# The last second in which this process woke the processing cron, per database.
_WOKEN = {}


@dataclass(frozen=True)
class Receipt:
    """What the intake did with a delivery, for the controller's answer."""

    status: int  # HTTP status
    state: str  # received, duplicate or rejected
    event_id: int | None = None
    reason: str | None = None  # why it was rejected (safe to show the sender)
    stored: bool = True


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
    body_size = fields.Integer("Body Size (bytes)", readonly=True)
    body_truncated = fields.Boolean(
        readonly=True,
        help="Only the start of the body is kept: its signature failed, so it is not worth "
        "storing in full (size and SHA-256 are of the whole body).",
    )
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

    # The inbox is idempotent: one live event per (account, provider event id). The intake's
    # INSERT ... ON CONFLICT names this index's columns and predicate: change them together.
    _integration_external_uniq = models.UniqueIndex(
        f"(integration_id, external_id) WHERE external_id IS NOT NULL AND {LIVE_STATE_SQL}",
        "This event was already received.",
    )
    # Counting a connection's recent refusals (the per-minute limit) reads this index only.
    _rejected_recent_idx = models.Index("(integration_id, received_at) WHERE state = 'rejected'")

    # -- intake (called by the controller, as superuser) ----------------------------------
    @api.model
    def _fincycle_receive(self, endpoint, body, headers, remote_addr=None):
        """Verify, store, and tell the controller what to answer (a ``Receipt``).

        ``endpoint`` is the connection's ``WebhookEndpoint``. Nothing is stored beyond a
        refused delivery's metadata until its signature is verified; a signed delivery is
        stored as received before any work, once per (connection, provider event id)."""
        scheme = endpoint.scheme
        kept = {}
        for name in (*scheme.headers_to_keep, "Content-Type", "User-Agent"):
            value = headers.get(name)
            if value:
                kept[name] = value[:500]
        vals = {
            "integration_id": endpoint.integration_id,
            "company_id": endpoint.company_id,
            "provider": endpoint.provider,
            "remote_addr": remote_addr,
            "headers": json.dumps(kept, indent=1),
            "body_sha256": hashlib.sha256(body).hexdigest(),
            "body_size": len(body),
        }
        verdict = scheme.verify(headers, body, endpoint.secrets)
        vals.update(signature_valid=verdict.ok, signature_verdict=verdict.reason)
        if not verdict.ok:
            # Anyone who knows the URL can send this: keep what identifies it, not the body.
            prefix = rejected_prefix(body)
            vals.update(self._fincycle_body_vals(prefix), body_truncated=len(prefix) < len(body))
            return self._fincycle_reject(endpoint, vals, verdict.reason, 401)
        parsed = parse_json(body)
        if not parsed.ok:
            reason = (
                self.env._("The body is JSON nested too deeply to be read.")
                if parsed.error == "too_deep"
                else self.env._("The body is not valid JSON.")
            )
            vals.update(self._fincycle_body_vals(body))  # signed: kept byte for byte
            return self._fincycle_reject(endpoint, vals, reason, 400)
        # The connectors' hooks read the connection's provider: known from the endpoint, it is
        # put in the record cache (no query); any other field they read is fetched alone.
        account = (
            self.env["fincycle.integration"]
            .sudo()
            .with_context(prefetch_fields=False)
            .browse(endpoint.integration_id)
        )
        account._update_cache({"provider": endpoint.provider}, validate=False)
        try:
            external_id, event_type = account._fincycle_webhook_event_info(
                parsed.payload, body, headers
            )
        except Exception as exc:  # a connector's bug must not lose a signed delivery
            if isinstance(exc, psycopg2.Error):
                raise  # the transaction is unusable: the request fails (or is retried)
            _logger.exception("Fincycle webhook of account %s: no event id", account.id)
            external_id, event_type = "sha256:" + vals["body_sha256"], False
        vals.update(
            self._fincycle_body_vals(body),
            external_id=external_id,
            event_type=event_type,
            state="received",
            attempts=0,
            next_attempt_at=fields.Datetime.now(),
        )
        for _attempt in range(2):
            event_id = self._fincycle_insert(vals, skip_live_duplicate=True)
            if event_id:
                self._fincycle_wake_processor()
                return Receipt(200, "received", event_id)
            duplicate_id = self._fincycle_insert(vals, duplicate=True)
            if duplicate_id:  # else the original was deleted meanwhile: store this one instead
                return Receipt(200, "duplicate", duplicate_id)
        raise RuntimeError("webhook event neither inserted nor found")  # unreachable in practice

    @api.model
    def _fincycle_reject(self, endpoint, vals, reason, status):
        if self._fincycle_rejections_exceeded(endpoint.integration_id):
            return Receipt(status, "rejected", reason=reason, stored=False)
        vals.update(state="rejected", last_error=reason)
        return Receipt(status, "rejected", self._fincycle_insert(vals), reason)

    @api.model
    def _fincycle_rejections_exceeded(self, integration_id):
        """Whether this minute's quota of stored refusals of the connection is used up."""
        limit = int(
            self.env["ir.config_parameter"]
            .sudo()
            .get_param("fincycle.webhook_rejected_per_minute", DEFAULT_REJECTED_PER_MINUTE)
        )
        self.env.cr.execute(
            SQL(
                """SELECT count(*) FROM fincycle_webhook_event
                    WHERE integration_id = %s AND state = 'rejected' AND received_at > %s""",
                integration_id,
                fields.Datetime.now() - timedelta(minutes=1),
            )
        )
        return self.env.cr.fetchone()[0] >= limit

    @api.model
    def _fincycle_insert(self, vals, skip_live_duplicate=False, duplicate=False):
        """Insert one event in one statement and return its id.

        ``skip_live_duplicate``: nothing is inserted (None) when the connection already holds
        a live event with this external id. ``duplicate``: the event is stored as a duplicate
        of that live event (None if there is none).

        Plain SQL instead of ``create``: the intake's hot path. INSERT ... ON CONFLICT DO
        NOTHING settles a race between two deliveries of one event without an exception (a
        savepoint, a rolled-back INSERT and an ERROR line with the whole payload in the log).
        The columns are every stored field the intake knows (related company and provider
        included); a module adding a required stored field must extend ``vals``."""
        now = fields.Datetime.now()
        # No create_uid/write_uid: no user sends webhooks (and each user column's foreign key
        # check would lock that user's row on every delivery).
        row = {**vals, "received_at": now, "create_date": now, "write_date": now}
        if duplicate:
            row.update(state="duplicate", next_attempt_at=None)
        columns = SQL(", ").join(SQL.identifier(name) for name in row)
        values = SQL(", ").join(row.values())
        if duplicate:
            query = SQL(
                """INSERT INTO fincycle_webhook_event (%s, duplicate_of_id)
                   SELECT %s, live.id FROM fincycle_webhook_event live
                    WHERE live.integration_id = %s AND live.external_id = %s AND %s
                    LIMIT 1
                   RETURNING id""",
                columns,
                values,
                row["integration_id"],
                row["external_id"],
                LIVE_STATE,
            )
        else:
            conflict = SQL()
            if skip_live_duplicate:
                conflict = SQL(
                    "ON CONFLICT (integration_id, external_id) "
                    "WHERE external_id IS NOT NULL AND %s DO NOTHING",
                    LIVE_STATE,
                )
            query = SQL(
                "INSERT INTO fincycle_webhook_event (%s) VALUES (%s) %s RETURNING id",
                columns,
                values,
                conflict,
            )
        # Under Odoo's REPEATABLE READ, a conflicting row committed after this transaction's
        # snapshot raises a serialization failure instead: the request is then retried (by
        # the fast path, or Odoo's retrying), so the error is not logged with the payload.
        self.env.cr.execute(query, log_exceptions=False)
        found = self.env.cr.fetchone()
        return found[0] if found else None

    @api.model
    def _fincycle_wake_processor(self):
        """Have the processing cron run now: one trigger per second and process at most.

        A trigger is due at the second it was created, and a cron run removes the triggers
        due when it started; so a second trigger in the same second adds nothing to the
        first. The second is remembered once the trigger is committed."""
        dbname, second = self.env.cr.dbname, int(time.time())
        if _WOKEN.get(dbname) == second:
            return
        self.env.ref("fincycle_base.ir_cron_process_webhook_events").sudo()._trigger()
        self.env.cr.postcommit.add(lambda: _WOKEN.__setitem__(dbname, second))

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
        """The body exactly as received (only its start when ``body_truncated``)."""
        self.ensure_one()
        if self.body_encoding == "base64":
            return base64.b64decode(self.body or "")
        return (self.body or "").encode("utf-8")

    def _fincycle_payload(self):
        """The decoded JSON payload, for processors."""
        return json.loads(self._fincycle_raw_body())

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
        """Process due events in batches, committing after each event.

        New events come before retries, and connections take turns (the first event of each,
        then the second of each...), so a connection with a long queue of failing retries
        does not hold up the others. A connection whose circuit breaker is open is skipped
        as a whole, without counting an attempt, and the cron is called back when the breaker
        lets a trial call through."""
        now = fields.Datetime.now()
        domain = [("state", "in", PENDING_STATES), ("next_attempt_at", "<=", now)]
        blocked = self._fincycle_due_integrations(now)._fincycle_circuit_open()
        event_ids, remaining = self._fincycle_next_due(now, batch_size, exclude=list(blocked))
        in_cron = bool(self.env.context.get("cron_id"))
        if blocked:
            self._fincycle_call_back_in(min(blocked.values()))
        if in_cron:
            self.env["ir.cron"]._commit_progress(remaining=remaining)
        for candidate in self.browse(event_ids):
            if candidate.integration_id._fincycle_circuit_open():
                continue  # opened by an earlier event of this batch
            # Another worker (or a manual retry) may hold it: skip rather than wait.
            event = candidate.try_lock_for_update().filtered_domain(domain)
            if not event:
                continue
            retry = bool(event.attempts)
            succeeded = event._fincycle_process_one()
            out_of_time = in_cron and not self.env["ir.cron"]._commit_progress(1)
            # A failing retry can take seconds (timeouts, backoff): events received meanwhile
            # go first, in a new batch.
            newcomers = retry and not succeeded and self._fincycle_new_due(event_ids)
            if out_of_time or newcomers:
                if in_cron:
                    # Odoo runs the job again at once, but only when a cron worker wakes up,
                    # which without a notification takes up to a minute (a backlog would
                    # drain 10 s a minute). Wake them when this run is committed.
                    self.env.cr.postcommit.add(self.env["ir.cron"]._notifydb)
                break

    @api.model
    def _fincycle_new_due(self, known_ids):
        """Whether a new event (never attempted) is due besides ``known_ids``."""
        self.env.cr.execute(
            SQL(
                """SELECT 1 FROM fincycle_webhook_event
                    WHERE state = 'received' AND COALESCE(attempts, 0) = 0
                      AND next_attempt_at <= %s AND id != ALL(%s)
                    LIMIT 1""",
                fields.Datetime.now(),
                list(known_ids),
            )
        )
        return bool(self.env.cr.fetchone())

    @api.model
    def _fincycle_due_integrations(self, now):
        self.flush_model(["integration_id", "state", "next_attempt_at", "attempts"])
        self.env.cr.execute(
            SQL(
                """SELECT DISTINCT integration_id FROM fincycle_webhook_event
                    WHERE state IN %s AND next_attempt_at <= %s""",
                PENDING_STATES,
                now,
            )
        )
        return self.env["fincycle.integration"].browse(r[0] for r in self.env.cr.fetchall())

    @api.model
    def _fincycle_next_due(self, now, limit, exclude=()):
        """(ids of the next ``limit`` due events in processing order, how many are due),
        leaving out the connections in ``exclude``."""
        self.flush_model(["integration_id", "state", "next_attempt_at", "attempts"])
        self.env.cr.execute(
            SQL(
                """SELECT id, count(*) OVER () FROM (
                       SELECT id, next_attempt_at, COALESCE(attempts, 0) > 0 AS retry,
                              row_number() OVER (
                                  PARTITION BY integration_id, COALESCE(attempts, 0) > 0
                                  ORDER BY next_attempt_at, id
                              ) AS turn
                         FROM fincycle_webhook_event
                        WHERE state IN %s AND next_attempt_at <= %s
                          AND integration_id != ALL(%s)
                   ) due
                   ORDER BY retry, turn, next_attempt_at, id
                   LIMIT %s""",
                PENDING_STATES,
                now,
                list(exclude),
                limit,
            )
        )
        rows = self.env.cr.fetchall()
        return [r[0] for r in rows], (rows[0][1] if rows else 0)

    @api.model
    def _fincycle_call_back_in(self, seconds):
        """Run the processing cron again in ``seconds`` (when a skipped connection's breaker
        lets a trial call through)."""
        cron = self.env.ref("fincycle_base.ir_cron_process_webhook_events").sudo()
        cron._trigger(fields.Datetime.now() + timedelta(seconds=max(1, round(seconds) + 1)))

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
        """Delete settled events after the retention period (fincycle.webhook_retention_days),
        refused deliveries sooner (fincycle.webhook_rejected_retention_days)."""
        params = self.env["ir.config_parameter"].sudo()
        now = fields.Datetime.now()
        for states, key, default in (
            (("processed", "duplicate"), "fincycle.webhook_retention_days", DEFAULT_RETENTION_DAYS),
            (
                ("rejected",),
                "fincycle.webhook_rejected_retention_days",
                DEFAULT_REJECTED_RETENTION_DAYS,
            ),
        ):
            days = int(params.get_param(key, default))
            self.sudo().search(
                [("state", "in", states), ("received_at", "<", now - timedelta(days=days))]
            ).unlink()
