# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64
import hashlib
import hmac
import ipaddress
import json
import logging
import secrets
import time
from contextlib import contextmanager
from datetime import timedelta
from urllib.parse import urlsplit

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError
from odoo.http import request
from odoo.service.model import PG_CONCURRENCY_EXCEPTIONS_TO_RETRY
from odoo.tools.misc import format_amount

from fincycle.http import (
    AuthError,
    FincycleHttpError,
    HostNotAllowedError,
    HttpPolicy,
    install_failed_query_filter,
    make_session,
    origin,
    redact,
)

from .fincycle_webhook_event import PENDING_STATES

_logger = logging.getLogger(__name__)

SECRET_FIELDS = ("api_key", "api_secret", "access_token", "refresh_token", "private_key")
# Credentials that are sent to (or signed for) the provider's hosts: storing one binds the
# account's credentials to the hosts configured at that moment (``credential_origins``).
OUTBOUND_SECRET_FIELDS = ("api_key", "api_secret", "access_token", "refresh_token", "private_key")
# A rotated webhook secret stays valid this long, so deliveries signed before the switch pass.
PREVIOUS_SECRET_GRACE = timedelta(hours=24)
# An OAuth consent must come back within this window (Qonto's codes live 10 minutes).
CONSENT_WINDOW = timedelta(minutes=10)
CONSENT_SESSION_KEY = "fincycle_consent"
# Kanban colour index of each health (1 red, 2 orange, 10 green; 0 none).
HEALTH_COLORS = {"error": 1, "warning": 2, "ok": 10}


# A write of a connection that fails (a concurrent update) is logged with its values: tokens.
install_failed_query_filter(["fincycle_integration"], "odoo.sql_db")


def _sha256(value):
    return hashlib.sha256((value or "").encode()).hexdigest()


def _new_token(_model=None):
    return secrets.token_urlsafe(32)


def public_url_problem(url):
    """Why a provider cannot call ``url`` back: ``"missing"``, ``"local"`` (a loopback,
    private or single-label host), ``"http"`` (no TLS), or None for a public https address."""
    parts = urlsplit(url or "")
    host = (parts.hostname or "").lower()
    if not host:
        return "missing"
    try:
        local = not ipaddress.ip_address(host).is_global
    except ValueError:
        local = "." not in host or host.endswith((".localhost", ".local", ".internal", ".lan"))
    if local:
        return "local"
    if parts.scheme != "https":
        return "http"
    return None


class FincycleIntegration(models.Model):
    """One account per provider, company and environment.

    Connector modules extend ``provider`` with ``selection_add`` and override the
    ``_fincycle_*`` hooks below, each starting with ``if self.provider != "mine": return super()``.
    """

    _name = "fincycle.integration"
    _description = "Fincycle Integration Account"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "company_id, provider, name"
    _check_company_auto = True

    name = fields.Char(required=True, tracking=True)
    active = fields.Boolean(default=True, tracking=True)
    provider = fields.Selection(selection=[], required=True, tracking=True)
    company_id = fields.Many2one(
        "res.company", required=True, index=True, default=lambda self: self.env.company
    )
    environment = fields.Selection(
        [("production", "Production"), ("sandbox", "Sandbox")],
        required=True,
        default="production",
        tracking=True,
    )
    base_url = fields.Char(
        "API Base URL",
        compute="_compute_base_url",
        store=True,
        readonly=False,
        help="The provider's official address for the environment. Only a system "
        "administrator can set another one (a self-hosted service or a test server); "
        "credentials stored before such a change are not sent to the new address.",
    )
    credential_origins = fields.Char(
        groups="base.group_system",
        copy=False,
        readonly=True,
        help="The hosts the stored credentials were issued for, set when they are stored: "
        "no credential is sent anywhere else.",
    )
    state = fields.Selection(
        [
            ("draft", "Not Connected"),
            ("connected", "Connected"),
            ("error", "Error"),
            ("disabled", "Disabled"),
        ],
        default="draft",
        required=True,
        tracking=True,
        copy=False,
    )
    # Credentials: system administrators only, never tracked, never copied.
    api_key = fields.Char("API Key / Login", groups="base.group_system", copy=False)
    api_secret = fields.Char("API Secret", groups="base.group_system", copy=False)
    # access_token, refresh_token, token_expires_at: the token store (fincycle_oauth.py).
    private_key = fields.Text("Private Key (PEM)", groups="base.group_system", copy=False)
    webhook_token = fields.Char(
        groups="base.group_system", copy=False, default=_new_token, index="btree_not_null"
    )
    webhook_secret = fields.Char(
        "Webhook Signing Secret", groups="base.group_system", copy=False, default=_new_token
    )
    webhook_secret_previous = fields.Char(groups="base.group_system", copy=False)
    webhook_secret_previous_until = fields.Datetime(groups="base.group_system", copy=False)
    webhook_url = fields.Char(compute="_compute_webhook_url", groups="base.group_system")
    webhook_max_attempts = fields.Integer(
        "Webhook Attempts Before Dead Letter",
        default=6,
        help="A webhook event whose processing fails is retried with exponential backoff; "
        "after this many attempts it is marked dead and waits for a manual retry.",
    )
    last_success_at = fields.Datetime("Last Success", readonly=True, copy=False)
    last_error_at = fields.Datetime("Last Error", readonly=True, copy=False)
    last_error_message = fields.Text(readonly=True, copy=False)
    health = fields.Selection(
        [
            ("ok", "Healthy"),
            ("warning", "Needs Attention"),
            ("error", "Failing"),
            ("never", "Not Connected"),
            ("disabled", "Disabled"),
        ],
        compute="_compute_health",
    )
    health_reason = fields.Char(
        "What Is Wrong", compute="_compute_health", help="Why the connection needs attention."
    )
    # Odoo's kanban colour index of the card's side bar: red, orange, green, none.
    health_color = fields.Integer(compute="_compute_health")
    # What the connection feeds (bank journals for the bank connectors): _fincycle_feeds.
    feed_names = fields.Char("Journals", compute="_compute_feeds")
    last_pull_at = fields.Datetime(
        "Last Successful Pull",
        compute="_compute_feeds",
        help="When data last arrived from the provider (a scheduled pull, a webhook, a test).",
    )
    feed_balance = fields.Char("Balance", compute="_compute_feeds")
    feed_balance_state = fields.Selection(
        [("ok", "Matches"), ("mismatch", "Difference"), ("unknown", "Not Checked")],
        "Balance Check",
        compute="_compute_feeds",
    )
    public_url_warning = fields.Char(
        compute="_compute_public_url_warning",
        help="Set when web.base.url is no public https address: providers cannot reach it.",
    )
    show_generic_credentials = fields.Boolean(compute="_compute_show_generic_credentials")
    # The OAuth consent in progress (authorization code flow): see _fincycle_consent_begin.
    consent_state_hash = fields.Char(groups="base.group_system", copy=False)
    consent_started_at = fields.Datetime(copy=False, readonly=True)
    consent_user_id = fields.Many2one("res.users", copy=False, readonly=True)
    webhook_event_ids = fields.One2many("fincycle.webhook.event", "integration_id")
    sync_run_ids = fields.One2many("fincycle.sync.run", "integration_id")
    webhook_event_count = fields.Integer(compute="_compute_counts")
    webhook_problem_count = fields.Integer(compute="_compute_counts")
    webhook_pending_count = fields.Integer(
        "Webhook Events Waiting",
        compute="_compute_counts",
        help="Received but not processed yet, or failed and waiting for their retry.",
    )
    sync_run_count = fields.Integer(compute="_compute_counts")

    _provider_company_env_uniq = models.UniqueIndex(
        "(provider, company_id, environment) WHERE active IS TRUE",
        "A company has one active account per provider and environment.",
    )

    # -- computes --------------------------------------------------------------------------
    @api.depends("provider", "environment")
    def _compute_base_url(self):
        for account in self:
            default = account._fincycle_default_base_url()
            if default or not account.base_url:
                account.base_url = default

    @api.depends("webhook_token", "provider")
    def _compute_webhook_url(self):
        root = self._fincycle_public_root()
        for account in self:
            account.webhook_url = (
                f"{root}/fincycle/webhook/{account.provider}/{account.webhook_token}"
                if root and account.provider and account.webhook_token
                else False
            )

    def _compute_public_url_warning(self):
        root = self._fincycle_public_root()
        problem = public_url_problem(root)
        messages = {
            "missing": self.env._(
                "The system parameter web.base.url is empty: set it to the public https "
                "address of this server, where the provider sends the consent back and the "
                "webhooks."
            ),
            "local": self.env._(
                "This server's address (system parameter web.base.url) is %(url)s, which the "
                "provider cannot reach: the consent redirect and the webhooks would go "
                "nowhere. Set it to the public https address of this server, and "
                "web.base.url.freeze to True so that a login from elsewhere does not change "
                "it.",
                url=root,
            ),
            "http": self.env._(
                "This server's address (system parameter web.base.url) is %(url)s, not https: "
                "providers only call https addresses. Set it to the public https address of "
                "this server, and web.base.url.freeze to True so that a login from elsewhere "
                "does not change it.",
                url=root,
            ),
        }
        for account in self:
            account.public_url_warning = messages.get(problem, False)

    def _compute_show_generic_credentials(self):
        for account in self:
            account.show_generic_credentials = account._fincycle_uses_generic_credentials()

    def _compute_feeds(self):
        feeds_by_account = self._fincycle_feeds()
        for account in self:
            feeds = feeds_by_account.get(account.id) or []
            last = [feed["last_success"] for feed in feeds if feed.get("last_success")]
            if account.last_success_at:
                last.append(account.last_success_at)
            account.last_pull_at = max(last, default=False)
            account.feed_names = ", ".join(feed["name"] for feed in feeds) or False
            balances = [
                format_amount(self.env, feed["balance"], feed["currency"])
                for feed in feeds
                if feed.get("balance") is not None and feed.get("currency")
            ]
            account.feed_balance = " · ".join(balances) or False
            checked = {feed.get("balance_state") or "unknown" for feed in feeds}
            if "mismatch" in checked:
                account.feed_balance_state = "mismatch"
            else:  # "matches" only when every feed does
                account.feed_balance_state = "ok" if checked == {"ok"} else "unknown"

    @api.depends("state", "active", "last_success_at", "last_error_at", "webhook_event_ids.state")
    def _compute_health(self):
        feeds_by_account = self._fincycle_feeds()
        for account in self:
            health, reason = account._fincycle_health(feeds_by_account.get(account.id) or [])
            account.health = health
            account.health_reason = reason or False
            account.health_color = HEALTH_COLORS.get(health, 0)

    def _fincycle_health(self, feeds):
        """(health, reason): the worst of what is wrong, in words the user acts on."""
        self.ensure_one()
        if not self.active or self.state == "disabled":
            return "disabled", None
        if self.state == "error" or (
            self.last_error_at
            and (not self.last_success_at or self.last_error_at > self.last_success_at)
        ):
            return "error", self.last_error_message or self.env._("The last call failed.")
        for feed in feeds:
            if feed.get("failure_at"):  # cleared by the next successful pull
                return "error", self.env._(
                    "The last pull into %(feed)s failed: %(message)s",
                    feed=feed["name"],
                    message=feed.get("failure") or "-",
                )
        if self.webhook_problem_count:
            return "warning", self.env._(
                "%(count)s webhook event(s) failed: open Webhook Events to see why.",
                count=self.webhook_problem_count,
            )
        for feed in feeds:
            if feed.get("balance_state") == "mismatch" and feed.get("currency"):
                return "warning", self.env._(
                    "%(feed)s: the provider reports %(provider)s, the journal holds %(journal)s.",
                    feed=feed["name"],
                    provider=format_amount(self.env, feed.get("balance") or 0.0, feed["currency"]),
                    journal=format_amount(
                        self.env, feed.get("journal_balance") or 0.0, feed["currency"]
                    ),
                )
        if self.last_success_at or self.state == "connected":
            return "ok", None
        return "never", None

    def _compute_counts(self):
        event_model = self.env["fincycle.webhook.event"]
        run_model = self.env["fincycle.sync.run"]
        events = dict(
            event_model._read_group(
                [("integration_id", "in", self.ids)], ["integration_id"], ["__count"]
            )
        )
        problems = dict(
            event_model._read_group(
                [("integration_id", "in", self.ids), ("state", "in", ("failed", "dead"))],
                ["integration_id"],
                ["__count"],
            )
        )
        pending = dict(
            event_model._read_group(
                [("integration_id", "in", self.ids), ("state", "in", PENDING_STATES)],
                ["integration_id"],
                ["__count"],
            )
        )
        runs = dict(
            run_model._read_group(
                [("integration_id", "in", self.ids)], ["integration_id"], ["__count"]
            )
        )
        for account in self:
            account.webhook_event_count = events.get(account, 0)
            account.webhook_problem_count = problems.get(account, 0)
            account.webhook_pending_count = pending.get(account, 0)
            account.sync_run_count = runs.get(account, 0)

    # -- provider hooks (override in connectors) -------------------------------------------
    def _fincycle_uses_generic_credentials(self):
        """False when the connector shows the credentials it uses on its own tab: the generic
        Credentials tab is then hidden."""
        return True

    def _fincycle_feeds(self):
        """What the connections of ``self`` feed into Odoo, for the kanban card and the form:
        ``{connection id: [feed, ...]}``, a feed being a dict with ``name`` (a journal's name),
        and optional ``last_success`` (datetime of its last successful pull), ``balance`` and
        ``journal_balance`` (floats) in ``currency`` (a res.currency), ``balance_state`` (ok,
        mismatch or unknown), ``failure`` and ``failure_at`` (the last failed pull)."""
        return {}

    def _fincycle_default_base_url(self):
        """The API base URL of ``self.provider`` in ``self.environment``."""
        return ""

    def _fincycle_endpoint_fields(self):
        """Fields holding addresses the connection calls with its credentials. Connectors
        with more than the API (an OAuth server) add theirs."""
        return ["base_url"]

    def _fincycle_official_endpoint(self, field_name):
        """The provider's official value of endpoint ``field_name`` for ``self.environment``."""
        if field_name == "base_url":
            return self._fincycle_default_base_url()
        return False

    def _fincycle_outbound_secret_fields(self):
        """Credential fields sent to the provider's hosts (connectors add theirs)."""
        return list(OUTBOUND_SECRET_FIELDS)

    def _fincycle_webhook_scheme(self):
        """A ``fincycle.webhooks`` scheme instance, or None if the provider sends no webhooks."""
        return None

    def _fincycle_webhook_event_info(self, payload, body, headers):
        """(external event id, event type) of a delivery. The id must be stable across
        redeliveries of the same event: it is what makes the inbox idempotent."""
        event_id = event_type = None
        if isinstance(payload, dict):
            event_id = payload.get("id") or payload.get("event_id")
            event_type = payload.get("event") or payload.get("type") or payload.get("event_type")
        if not event_id:
            event_id = "sha256:" + hashlib.sha256(body).hexdigest()
        return str(event_id)[:255], (str(event_type)[:128] if event_type else False)

    def _fincycle_process_webhook_event(self, event):
        """Do the work an event asks for. Raise to fail it (it will be retried)."""
        raise UserError(
            self.env._(
                "The provider %(provider)s has no webhook processor installed.",
                provider=self.provider,
            )
        )

    def _fincycle_check_connection(self):
        """Call the provider with the stored credentials; return a short success message
        or raise (FincycleHttpError / UserError) with what is wrong."""
        raise UserError(
            self.env._(
                "No connection test is available for provider %(provider)s.", provider=self.provider
            )
        )

    # -- helpers for connectors ------------------------------------------------------------
    @api.model
    def _fincycle_public_root(self):
        """This server's address as providers see it (``web.base.url``, no trailing slash):
        the one source of the webhook URL, redirect URIs and anything derived from them."""
        return (self.env["ir.config_parameter"].sudo().get_param("web.base.url") or "").rstrip("/")

    def _fincycle_secret_values(self):
        """Every secret of the account, to be masked in logs and messages."""
        self.ensure_one()
        account = self.sudo()
        names = dict.fromkeys([*SECRET_FIELDS, *self._fincycle_outbound_secret_fields()])
        values = [account[name] for name in names]
        values += [account.webhook_secret, account.webhook_secret_previous, account.webhook_token]
        return [v for v in values if v]

    def _fincycle_http_session(self, policy=None, **kwargs):
        """The one way connectors talk to their provider (fincycle.http policy, a circuit
        breaker per account, this account's secrets redacted from every log line), limited to
        the hosts the stored credentials were issued for."""
        self.ensure_one()
        return make_session(
            policy or HttpPolicy(),
            provider=self.provider,
            breaker_key=self._fincycle_breaker_key(),
            secrets=self._fincycle_secret_values(),
            allowed_origins=self._fincycle_allowed_origins(),
            **kwargs,
        )

    # -- where credentials may go --------------------------------------------------------
    def _fincycle_current_origins(self):
        account = self.sudo()
        return {origin(account[name]) for name in self._fincycle_endpoint_fields()} - {""}

    def _fincycle_official_origins(self):
        values = (
            self._fincycle_official_endpoint(name) for name in self._fincycle_endpoint_fields()
        )
        return {origin(value) for value in values if value} - {""}

    def _fincycle_allowed_origins(self):
        """The configured hosts, provided the stored credentials were issued for them.

        Credentials are bound to the hosts configured when they were stored (accounts from
        before the binding: the provider's official hosts). If an address changed since, a
        call would carry them to a host they were not issued for: refused, with what to do."""
        self.ensure_one()
        current = self._fincycle_current_origins()
        stored = self.sudo().credential_origins
        bound = set(stored.split()) if stored else self._fincycle_official_origins()
        strangers = current - bound
        if strangers and self._fincycle_has_outbound_secrets():
            raise HostNotAllowedError(
                self.env._(
                    "The address of %(connection)s changed after its credentials were stored "
                    "(now %(hosts)s). So that they never reach a host they were not issued "
                    "for, a system administrator must enter the credentials again, or "
                    "generate a new key and connect again.",
                    connection=self.name,
                    hosts=", ".join(sorted(strangers)),
                ),
                host=", ".join(sorted(strangers)),
            )
        return current

    def _fincycle_has_outbound_secrets(self):
        account = self.sudo()
        return any(account[name] for name in self._fincycle_outbound_secret_fields())

    def _fincycle_bind_credentials(self, written=()):
        """Bind the credentials to the hosts configured now; called when one is stored.

        Credentials stored earlier for other hosts are forgotten, not carried over: storing a
        new key (or generating one) must not make an old secret valid for a new address."""
        for account in self.sudo():
            current = account._fincycle_current_origins()
            stored = account.credential_origins
            bound = set(stored.split()) if stored else account._fincycle_official_origins()
            if bound != current:
                stale = [
                    name
                    for name in account._fincycle_outbound_secret_fields()
                    if name not in written and account[name]
                ]
                if stale:
                    account.with_context(fincycle_binding=True).write(dict.fromkeys(stale, False))
                account._fincycle_forget_credentials_elsewhere()
                if stale or stored:
                    account.message_post(
                        body=self.env._(
                            "The connection's address changed since its credentials were "
                            "stored: the credentials stored for the former address were "
                            "forgotten."
                        )
                    )
            account.with_context(fincycle_binding=True).credential_origins = " ".join(
                sorted(current)
            )

    def _fincycle_forget_credentials_elsewhere(self):
        """Hook: forget credentials kept outside this record (a token store) when the
        connection's credentials are bound to new hosts."""
        return None

    def _fincycle_check_endpoint_change(self, vals, records=None):
        """Only a system administrator may point a connection at a host other than the
        provider's official one for its environment (a manager could otherwise send the
        stored credentials to a server of his own)."""
        if self._fincycle_may_set_endpoints():
            return
        changed = [name for name in self._fincycle_endpoint_fields() if name in vals]
        if not changed:
            return
        for account in records if records is not None else [self.browse()]:
            probe = self.new(
                {
                    "provider": vals.get("provider") or account.provider,
                    "environment": vals.get("environment") or account.environment or "production",
                }
            )
            for name in changed:
                if (vals[name] or False) != (probe._fincycle_official_endpoint(name) or False):
                    raise self._fincycle_endpoint_access_error(name)

    def _fincycle_may_set_endpoints(self):
        return self.env.su or self.env.user.has_group("base.group_system")

    def _fincycle_endpoint_access_error(self, field_name):
        return AccessError(
            self.env._(
                "Only a system administrator can change the address a connection calls "
                "(%(field)s). Choose the environment instead: the provider's official address "
                "is filled in.",
                field=self._fields[field_name].get_description(self.env)["string"],
            )
        )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._fincycle_check_endpoint_change(vals)
        accounts = super().create(vals_list)
        if not self._fincycle_may_set_endpoints():
            # What was stored, not only what was sent: defaults from the context
            # (default_base_url) and onchanges fill endpoints too.
            for account in accounts:
                for name in account._fincycle_endpoint_fields():
                    official = account._fincycle_official_endpoint(name) or False
                    if (account.sudo()[name] or False) != official:
                        raise self._fincycle_endpoint_access_error(name)
        for account, vals in zip(accounts, vals_list, strict=True):
            written = [n for n in account._fincycle_outbound_secret_fields() if vals.get(n)]
            if written:
                account._fincycle_bind_credentials(written)
        return accounts

    def write(self, vals):
        self._fincycle_check_endpoint_change(vals, records=self)
        result = super().write(vals)
        if not self.env.context.get("fincycle_binding"):
            written = [n for n in self._fincycle_outbound_secret_fields() if vals.get(n)]
            if written:
                self._fincycle_bind_credentials(written)
        return result

    @contextmanager
    def _fincycle_own_transaction(self):
        """A superuser environment whose work is committed at once, whatever happens to the
        caller's transaction: what a provider issues once (tokens) must survive a request
        that is rolled back or retried."""
        with self.env.registry.cursor() as cr:
            yield self.env(cr=cr, su=True)

    def _fincycle_commit_apart(self, work, attempts=5):
        """Run ``work(account)`` on this connection in its own transaction, committed at once
        and tried again when another transaction updated the same rows meanwhile (a user
        saving the form, a pull). Returns what ``work`` returns."""
        self.ensure_one()
        for attempt in range(attempts):
            try:
                with self._fincycle_own_transaction() as env:
                    result = work(self.with_env(env))
                self.invalidate_recordset()
                self.env["fincycle.oauth.token"].invalidate_model()
                return result
            except PG_CONCURRENCY_EXCEPTIONS_TO_RETRY:
                if attempt == attempts - 1:
                    raise
                time.sleep(0.2 * (attempt + 1))
        return None

    def _fincycle_webhook_secrets(self):
        self.ensure_one()
        account = self.sudo()
        secrets_ = [account.webhook_secret]
        if account.webhook_secret_previous and (
            not account.webhook_secret_previous_until
            or account.webhook_secret_previous_until > fields.Datetime.now()
        ):
            secrets_.append(account.webhook_secret_previous)
        return [s for s in secrets_ if s]

    def _fincycle_record_success(self, message=None):
        vals = {"last_success_at": fields.Datetime.now()}
        for account in self.sudo():
            if account.state in ("draft", "error"):
                vals["state"] = "connected"
            account.write(vals)
            if message:
                account.message_post(body=message)

    def _fincycle_handle_failure(self, exception, message):
        """Called after a failed call was rolled back (webhook processing, pulls): what must
        survive the rollback is recorded here. Credentials refused → the account is in error."""
        if isinstance(exception, AuthError):
            self._fincycle_record_error(message)

    def _fincycle_ask_admin(self, summary, note):
        """An activity for the administrators when a person must act (consent to renew, key
        to replace); one open activity per account, not one per failed call."""
        activity_type = self.env.ref("mail.mail_activity_data_todo", raise_if_not_found=False)
        admin = self.env.ref("base.user_admin", raise_if_not_found=False)
        for account in self.sudo():
            if account.activity_ids.filtered(lambda a: a.summary == summary):
                continue
            account.activity_schedule(
                act_type_xmlid="mail.mail_activity_data_todo" if activity_type else None,
                summary=summary,
                note=note,
                user_id=(admin or self.env.user).id,
            )

    def _fincycle_record_error(self, message):
        """Store a failure where the user looks (form, kanban card, chatter), secrets masked."""
        for account in self.sudo():
            clean = redact(message, account._fincycle_secret_values())
            account.write(
                {
                    "last_error_at": fields.Datetime.now(),
                    "last_error_message": clean,
                    "state": "error",
                }
            )
            account.message_post(body=self.env._("Error: %(message)s", message=clean))
            _logger.warning("Fincycle %s account %s: %s", account.provider, account.id, clean)

    # -- OAuth consent (authorization code) ------------------------------------------------
    def _fincycle_consent_begin(self):
        """Start a consent for this connection: ``(state, code_verifier, code_challenge)``.

        Called by a button (a POST protected by the session, never a GET). The state is bound
        to this connection, this user and this browser session, lives 10 minutes and is used
        once (``_fincycle_consent_take``); the PKCE verifier stays in the session."""
        self.ensure_one()
        self.check_access("write")
        if request is None:
            raise UserError(self.env._("Connect from the web client: the consent needs a browser."))
        state = secrets.token_urlsafe(32)
        verifier = secrets.token_urlsafe(64)
        digest = hashlib.sha256(verifier.encode("ascii")).digest()
        challenge = base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")  # RFC 7636 S256
        self.sudo().write(
            {
                "consent_state_hash": _sha256(state),
                "consent_started_at": fields.Datetime.now(),
                "consent_user_id": self.env.uid,
            }
        )
        now = time.time()
        pending = {
            key: entry
            for key, entry in (request.session.get(CONSENT_SESSION_KEY) or {}).items()
            if entry.get("expires", 0) > now
        }
        pending[_sha256(state)] = {
            "integration_id": self.id,
            "uid": self.env.uid,
            "verifier": verifier,
            "expires": now + CONSENT_WINDOW.total_seconds(),
        }
        request.session[CONSENT_SESSION_KEY] = pending
        return state, verifier, challenge

    @api.model
    def _fincycle_consent_take(self, state):
        """``(connection, code_verifier)`` of the consent ``state`` belongs to, or an empty
        recordset when the state is missing, unknown to this browser session, of another user,
        expired or already used. The state is used up here, whatever happens next: cleared in
        the session and on the connection, and committed before any call to the provider."""
        empty = self.browse(), None
        if not state or request is None:
            return empty
        key = _sha256(state)
        pending = dict(request.session.get(CONSENT_SESSION_KEY) or {})
        entry = pending.pop(key, None)
        request.session[CONSENT_SESSION_KEY] = pending
        if not entry or entry.get("uid") != self.env.uid or entry.get("expires", 0) < time.time():
            return empty
        account = self.browse(entry.get("integration_id")).exists()
        if not account:
            return empty
        stored = account.sudo()
        valid = bool(
            stored.consent_state_hash
            and hmac.compare_digest(stored.consent_state_hash, key)
            and stored.consent_user_id.id == self.env.uid
            and stored.consent_started_at
            and stored.consent_started_at + CONSENT_WINDOW > fields.Datetime.now()
        )
        # Only this state's consent is used up: a superseded state (another manager clicked
        # Connect since) must not cancel the consent now in progress.
        if stored.consent_state_hash and hmac.compare_digest(stored.consent_state_hash, key):
            stored.write(
                {"consent_state_hash": False, "consent_started_at": False, "consent_user_id": False}
            )
            # A failed exchange must not leave the state usable for a second try.
            self.env.cr.commit()  # pylint: disable=invalid-commit
        return (account, entry.get("verifier")) if valid else empty

    # -- actions ---------------------------------------------------------------------------
    def action_test_connection(self):
        self.ensure_one()
        try:
            message = self._fincycle_check_connection() or self.env._("Connection works.")
        except (FincycleHttpError, UserError) as exc:
            text = getattr(exc, "message", None) or str(exc.args[0] if exc.args else exc)
            if isinstance(exc, AuthError):  # refused credentials, a lost consent
                self._fincycle_handle_failure(exc, text)
            else:
                self._fincycle_record_error(text)
            notification = {
                "type": "danger",
                "title": self.env._("Connection failed"),
                "message": text,
            }
        else:
            self._fincycle_record_success(message)
            notification = {
                "type": "success",
                "title": self.env._("Connection works"),
                "message": message,
            }
        notification["message"] = redact(notification["message"], self._fincycle_secret_values())
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                **notification,
                "sticky": notification["type"] == "danger",
                "next": {"type": "ir.actions.client", "tag": "soft_reload"},
            },
        }

    def action_disable(self):
        self.write({"state": "disabled"})

    def action_enable(self):
        self.write({"state": "draft"})

    def action_rotate_webhook_secret(self):
        """New signing secret; the old one stays valid for 24 h so in-flight deliveries pass."""
        self.check_access("write")
        for account in self.sudo():
            account.write(
                {
                    "webhook_secret_previous": account.webhook_secret,
                    "webhook_secret_previous_until": fields.Datetime.now() + PREVIOUS_SECRET_GRACE,
                    "webhook_secret": _new_token(),
                }
            )
            account.message_post(
                body=self.env._(
                    "Webhook signing secret rotated; the previous one is accepted for 24 hours."
                )
            )

    def action_regenerate_webhook_token(self):
        self.check_access("write")
        for account in self.sudo():
            account.webhook_token = _new_token()
            account.message_post(
                body=self.env._(
                    "Webhook URL changed: update it at the provider, the old URL now answers 404."
                )
            )

    def action_open_webhook_events(self):
        self.ensure_one()
        action = self.env["ir.actions.actions"]._for_xml_id(
            "fincycle_base.action_fincycle_webhook_event"
        )
        action["domain"] = [("integration_id", "=", self.id)]
        action["context"] = json.dumps({"default_integration_id": self.id})
        return action

    def action_open_sync_runs(self):
        self.ensure_one()
        action = self.env["ir.actions.actions"]._for_xml_id(
            "fincycle_base.action_fincycle_sync_run"
        )
        action["domain"] = [("integration_id", "=", self.id)]
        return action

    # -- sync runs -------------------------------------------------------------------------
    def _fincycle_sync_start(self, kind):
        """Open a sync run of this connection that resumes from the last checkpoint of
        ``kind`` (``fincycle.sync.run._open``)."""
        self.ensure_one()
        return self.env["fincycle.sync.run"]._open(
            kind, [("integration_id", "=", self.id)], {"integration_id": self.id}
        )

    def _fincycle_sync(self, kind, step, min_seconds_left=30):
        """Run a resumable sync page by page and return its ``fincycle.sync.run``.

        ``step(run, cursor)`` fetches and applies one page starting at ``cursor`` and returns a
        dict: ``cursor`` (where the next page starts), optional counters ``created``,
        ``updated``, ``skipped``, ``failed``, optional ``done``/``total`` for progress, and
        ``finished`` (True on the last page). A page that raises is rolled back, the run is
        failed with the message and keeps the cursor of the last good page, so the next run
        picks up there. When a cron's time budget runs low the run is paused (interrupted)
        and the cron's remaining count makes the scheduler run it again soon."""
        self.ensure_one()
        run = self._fincycle_sync_start(kind)
        while True:
            try:
                with self.env.cr.savepoint():
                    page = step(run, run.cursor) or {}
            except Exception as exc:
                if isinstance(exc, FincycleHttpError):
                    message = exc.message
                else:
                    _logger.exception("Fincycle %s sync of account %s failed", kind, self.id)
                    message = str(exc) or type(exc).__name__
                run._finish(error=message)
                return run
            counts = {k: page.get(k, 0) for k in ("created", "updated", "skipped", "failed")}
            seconds_left = run._checkpoint(
                cursor=page.get("cursor"), done=page.get("done"), total=page.get("total"), **counts
            )
            if page.get("finished"):
                run._finish()
                return run
            if seconds_left < min_seconds_left:
                run.write(
                    {
                        "state": "interrupted",
                        "finished_at": fields.Datetime.now(),
                        "error": self.env._("Paused: the scheduled job's time budget ran out."),
                    }
                )
                return run
