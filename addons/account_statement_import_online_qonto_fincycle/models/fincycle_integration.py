# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import logging
import time
from datetime import datetime, timedelta, timezone

from psycopg2 import errors as pg_errors

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError

from odoo.addons.base.models.res_bank import sanitize_account_number

from fincycle.banking import qonto
from fincycle.http import AuthError, FincycleHttpError, HttpPolicy, ProviderError
from fincycle.webhooks import QontoScheme

_logger = logging.getLogger(__name__)

PROVIDER = "qonto"
SERVICE = "qonto"
CALLBACK_PATH = "/fincycle/qonto/oauth/callback"
# Refresh this long before the 1-hour access token expires, so a long pull never starts with
# a token about to die.
REFRESH_MARGIN = timedelta(minutes=5)
LOCK_ATTEMPTS = 6
TOKEN_MODEL = "fincycle.qonto.token"  # noqa: S105 - a model name
# Access tokens refreshed in this process, by (database, connection id): a pull keeps using
# the token it refreshed even though its own transaction still sees the old row.
_ACCESS_CACHE = {}


def _utcnow():
    return datetime.now(timezone.utc)


def _aware(value):
    return value.replace(tzinfo=timezone.utc) if value and value.tzinfo is None else value


class FincycleIntegration(models.Model):
    _inherit = "fincycle.integration"

    provider = fields.Selection(selection_add=[(PROVIDER, "Qonto")], ondelete={PROVIDER: "cascade"})
    qonto_auth_mode = fields.Selection(
        [("api_key", "API Key (own organization)"), ("oauth", "OAuth 2.0 (Qonto app)")],
        string="Qonto Authentication",
        default="api_key",
        help="API key: the login and secret key of your own Qonto organization (read only; "
        "no webhooks). OAuth: an application registered in Qonto's developer portal; needed "
        "for webhooks.",
    )
    qonto_client_id = fields.Char(
        "Qonto Client ID",
        copy=False,
        help="Of the application registered in Qonto's developer portal; its secret is "
        "entered by a system administrator.",
    )
    qonto_client_secret = fields.Char(groups="base.group_system", copy=False)
    qonto_staging_token = fields.Char(
        "Sandbox Staging Token",
        groups="base.group_system",
        copy=False,
        help="From Qonto's developer portal; sent as X-Qonto-Staging-Token in the sandbox.",
    )
    qonto_oauth_base_url = fields.Char(
        "Qonto OAuth Server",
        compute="_compute_qonto_oauth_base_url",
        store=True,
        readonly=False,
        help="Qonto's official OAuth server for the environment; only a system administrator "
        "can set another one.",
    )
    qonto_redirect_uri = fields.Char("OAuth Redirect URI", compute="_compute_qonto_redirect_uri")
    # What a manager may know about the secrets an administrator entered: whether they are there.
    qonto_has_api_key = fields.Boolean("API Key Entered", compute="_compute_qonto_has_secrets")
    qonto_has_client_secret = fields.Boolean(
        "Client Secret Entered", compute="_compute_qonto_has_secrets"
    )
    qonto_organization_slug = fields.Char("Qonto Organization", readonly=True, copy=False)
    qonto_organization_name = fields.Char("Qonto Legal Name", readonly=True, copy=False)
    qonto_subscription_id = fields.Char("Webhook Subscription", readonly=True, copy=False)
    qonto_token_state = fields.Selection(
        [("none", "Not Connected"), ("active", "Connected"), ("revoked", "Consent Lost")],
        compute="_compute_qonto_token",
        string="OAuth Consent",
    )
    qonto_token_expires_at = fields.Datetime("Qonto Token Expiry", compute="_compute_qonto_token")
    qonto_consent_due = fields.Datetime("Consent Renewal Due", compute="_compute_qonto_token")
    qonto_provider_ids = fields.One2many(
        "online.bank.statement.provider",
        "fincycle_integration_id",
        string="Mapped Qonto Accounts",
        # Paused feeds too (a connection not pulling yet); not a journal's former account.
        context={"active_test": False},
        domain=[
            ("service", "=", SERVICE),
            "|",
            ("active", "=", True),
            ("fincycle_remote_account_id", "!=", False),
        ],
        # Providers are readable by accountants and administrators only; a Fincycle manager
        # may be neither.
        groups="account.group_account_user,base.group_system",
    )

    @api.depends("provider", "environment")
    def _compute_qonto_oauth_base_url(self):
        for account in self:
            if account.provider == PROVIDER:
                account.qonto_oauth_base_url = qonto.oauth_base_url(account.environment)
            elif not account.qonto_oauth_base_url:
                account.qonto_oauth_base_url = False

    @api.depends("provider")
    def _compute_qonto_redirect_uri(self):
        root = self._fincycle_public_root()
        for account in self:
            account.qonto_redirect_uri = (
                root + CALLBACK_PATH if account.provider == PROVIDER and root else False
            )

    @api.depends("api_key", "api_secret", "qonto_client_secret")
    def _compute_qonto_has_secrets(self):
        for account in self:
            stored = account.sudo()
            account.qonto_has_api_key = bool(stored.api_key and stored.api_secret)
            account.qonto_has_client_secret = bool(stored.qonto_client_secret)

    def _compute_qonto_token(self):
        tokens = {
            t.integration_id.id: t
            for t in self.env[TOKEN_MODEL].sudo().search([("integration_id", "in", self.ids)])
        }
        for account in self:
            token = tokens.get(account.id)
            account.qonto_token_state = token.state if token and token.refresh_token else "none"
            account.qonto_token_expires_at = token.expires_at if token else False
            account.qonto_consent_due = token.refresh_expires_at if token else False

    # -- fincycle_base hooks ---------------------------------------------------------------
    def _fincycle_default_base_url(self):
        if self.provider != PROVIDER:
            return super()._fincycle_default_base_url()
        return qonto.api_base_url(self.environment)

    def _fincycle_endpoint_fields(self):
        return [*super()._fincycle_endpoint_fields(), "qonto_oauth_base_url"]

    def _fincycle_official_endpoint(self, field_name):
        if field_name == "qonto_oauth_base_url":
            return qonto.oauth_base_url(self.environment) if self.provider == PROVIDER else False
        return super()._fincycle_official_endpoint(field_name)

    def _fincycle_outbound_secret_fields(self):
        return [
            *super()._fincycle_outbound_secret_fields(),
            "qonto_client_secret",
            "qonto_staging_token",
        ]

    def _fincycle_webhook_scheme(self):
        if self.provider != PROVIDER:
            return super()._fincycle_webhook_scheme()
        return QontoScheme()

    def _fincycle_webhook_event_info(self, payload, body, headers):
        if self.provider != PROVIDER or not isinstance(payload, dict) or not payload.get("id"):
            return super()._fincycle_webhook_event_info(payload, body, headers)
        data = payload.get("data") if isinstance(payload.get("data"), dict) else {}
        event_type = ":".join(
            str(part) for part in (payload.get("type"), data.get("event")) if part
        )
        return str(payload["id"])[:255], event_type[:128] or False

    def _fincycle_uses_generic_credentials(self):
        if self.provider != PROVIDER:
            return super()._fincycle_uses_generic_credentials()
        return False  # the Qonto tab holds what the chosen authentication needs

    def _fincycle_has_outbound_secrets(self):
        if super()._fincycle_has_outbound_secrets():
            return True
        if self.provider != PROVIDER:
            return False
        token = self.sudo()._qonto_token_record()
        return bool(token.access_token or token.refresh_token)

    def _fincycle_forget_credentials_elsewhere(self):
        result = super()._fincycle_forget_credentials_elsewhere()
        if self.provider == PROVIDER:
            self.sudo()._qonto_token_record().unlink()
            _ACCESS_CACHE.pop(self._qonto_cache_key(), None)
        return result

    def _fincycle_secret_values(self):
        values = super()._fincycle_secret_values()
        if self.provider != PROVIDER:
            return values
        account = self.sudo()
        token = account._qonto_token_record()
        extra = [
            account.qonto_client_secret,
            account.qonto_staging_token,
            token.access_token,
            token.refresh_token,
        ]
        return values + [v for v in extra if v]

    def _fincycle_check_connection(self):
        if self.provider != PROVIDER:
            return super()._fincycle_check_connection()
        try:
            organization = self._qonto_client().organization(include_external_accounts=True)
        except qonto.ConsentError as exc:
            self._qonto_after_consent_loss(exc.message)
            raise
        self.write(
            {
                "qonto_organization_slug": organization.get("slug"),
                "qonto_organization_name": organization.get("legal_name"),
            }
        )
        accounts = organization.get("bank_accounts") or []
        external = self.env._("external")
        described = [
            f"{a.get('name') or a.get('slug') or a.get('id')} ({a.get('iban') or '-'}, "
            f"{a.get('currency') or '?'}{', ' + external if a.get('is_external_account') else ''})"
            for a in accounts
        ]
        return self.env._(
            "Qonto answered for %(organization)s: %(count)s bank account(s): %(accounts)s.",
            organization=organization.get("legal_name") or organization.get("slug") or "?",
            count=len(accounts),
            accounts="; ".join(described) or "-",
        )

    def _fincycle_process_webhook_event(self, event):
        if self.provider != PROVIDER:
            return super()._fincycle_process_webhook_event(event)
        payload = event._fincycle_payload()
        if not isinstance(payload, dict):
            raise UserError(self.env._("The Qonto event is not a JSON object."))
        if payload.get("type") != qonto.TRANSACTIONS_EVENT_TYPE:
            return self.env._("Event type %(type)s ignored.", type=payload.get("type"))
        data = payload.get("data")
        if not isinstance(data, dict) or not data.get("id"):
            raise UserError(self.env._("The Qonto event carries no transaction id."))
        providers = self._qonto_providers_for(data.get("bank_account_id"))
        if data.get("bank_account_id") and not providers and not self._qonto_iban_only_providers():
            # Not an account of this connection's journals: nothing to ask Qonto either.
            return self.env._(
                "Transaction %(id)s is on a Qonto account mapped to no journal of this connection.",
                id=data.get("transaction_id") or data["id"],
            )
        # What the event says may be stale (retries, out-of-order delivery): what is booked
        # is what Qonto answers now.
        client = self._qonto_client()
        transaction = client.transaction(data["id"])
        providers = self._qonto_providers_for(transaction.get("bank_account_id"), client)
        if not providers:
            return self.env._(
                "Transaction %(id)s is on a Qonto account mapped to no journal of this connection.",
                id=transaction.get("transaction_id") or data["id"],
            )
        created = 0
        for provider in providers:
            created += len(
                provider.with_company(provider.company_id)._qonto_book_transactions([transaction])
            )
        return self.env._("%(count)s line(s) booked.", count=created)

    def _fincycle_handle_failure(self, exception, message):
        result = super()._fincycle_handle_failure(exception, message)
        if self.provider == PROVIDER and isinstance(exception, qonto.ConsentError):
            self._qonto_after_consent_loss(message)
        return result

    # -- accounts ----------------------------------------------------------------------------
    def _qonto_providers(self):
        return (
            self.env["online.bank.statement.provider"]
            .sudo()
            .search([("fincycle_integration_id", "=", self.id), ("service", "=", SERVICE)])
        )

    def _qonto_iban_only_providers(self):
        """Journals of this connection known by IBAN only (no Qonto account id yet)."""
        return self._qonto_providers().filtered(lambda p: not p.fincycle_remote_account_id)

    def _qonto_providers_for(self, bank_account_id, client=None):
        """The active Qonto journals of this connection fed by ``bank_account_id``.

        Journals mapped by IBAN only (set up the OCA way) are matched through the
        organization's account list when a client is given, and remember the account id."""
        self.ensure_one()
        if not bank_account_id:
            return self.env["online.bank.statement.provider"]
        providers = self._qonto_providers()
        found = providers.filtered(lambda p: p.fincycle_remote_account_id == bank_account_id)
        unmapped = providers - providers.filtered("fincycle_remote_account_id")
        if found or not unmapped or client is None:
            return found
        account = client.find_bank_account(bank_account_id=bank_account_id)
        iban = sanitize_account_number(account.get("iban") or "") if account else ""
        found = unmapped.filtered(lambda p: iban and p.account_number == iban)[:1]
        if found:
            found.fincycle_remote_account_id = bank_account_id
        return found

    # -- HTTP and tokens ---------------------------------------------------------------------
    def _qonto_http_policy(self):
        return HttpPolicy()

    def _qonto_staging_token(self):
        return self.sudo().qonto_staging_token if self.environment == "sandbox" else None

    def _qonto_client(self):
        """The API client with this connection's credentials (fincycle.http session)."""
        self.ensure_one()
        if self.provider != PROVIDER:
            raise UserError(self.env._("This connection is not a Qonto one."))
        session = self._fincycle_http_session(self._qonto_http_policy())
        if self.qonto_auth_mode == "oauth":
            used = {}

            def header():
                used["token"] = self._qonto_access_token(session)
                return f"Bearer {used['token']}"

            def on_unauthorized():
                return bool(self._qonto_refresh(session, rejected=used.get("token")))

            return qonto.QontoClient(
                session,
                self.base_url,
                header,
                on_unauthorized=on_unauthorized,
                staging_token=self._qonto_staging_token(),
            )
        account = self.sudo()
        try:
            header_value = qonto.api_key_authorization(account.api_key, account.api_secret)
        except AuthError as exc:
            raise UserError(exc.message) from None
        return qonto.QontoClient(
            session,
            self.base_url,
            lambda: header_value,
            staging_token=self._qonto_staging_token(),
        )

    def _qonto_oauth(self, session=None):
        self.ensure_one()
        account = self.sudo()
        try:
            return qonto.QontoOAuth(
                session or self._fincycle_http_session(self._qonto_http_policy()),
                self.qonto_oauth_base_url or qonto.oauth_base_url(self.environment),
                account.qonto_client_id,
                account.qonto_client_secret,
                staging_token=self._qonto_staging_token(),
            )
        except AuthError as exc:
            raise UserError(exc.message) from None

    def _qonto_token_record(self):
        return self.env[TOKEN_MODEL].sudo().search([("integration_id", "=", self.id)], limit=1)

    def _qonto_cache_key(self):
        return (self.env.cr.dbname, self.id)

    def _qonto_access_token(self, session=None):
        """A live access token: this process's last refresh, the stored one, or a new one."""
        self.ensure_one()
        now = _utcnow()
        cached = _ACCESS_CACHE.get(self._qonto_cache_key())
        if cached and cached[1] - REFRESH_MARGIN > now:
            return cached[0]
        token = self._qonto_token_record()
        if token.state == "revoked":
            raise qonto.ConsentError(self._qonto_revoked_message(token))
        expires = _aware(token.expires_at)
        if token.access_token and expires and expires - REFRESH_MARGIN > now:
            _ACCESS_CACHE[self._qonto_cache_key()] = (token.access_token, expires)
            if session is not None:
                session.add_secret(token.access_token)
            return token.access_token
        return self._qonto_refresh(session)

    def _qonto_revoked_message(self, token):
        return self.env._(
            "The Qonto consent of %(connection)s was lost (%(reason)s): open the connection and "
            "click 'Connect with Qonto' to grant access again.",
            connection=self.name,
            reason=token.revoked_reason or self.env._("expired or revoked"),
        )

    def _qonto_refresh(self, session=None, rejected=None):
        """Refresh the tokens under a row lock, store the rotated refresh token at once, and
        return the new access token. ``rejected`` is a token the API just refused: refresh even
        if it has not expired. Another worker that refreshed meanwhile is reused."""
        self.ensure_one()
        for attempt in range(LOCK_ATTEMPTS):
            try:
                result, consent_error = self._qonto_refresh_locked(session, rejected)
            except (pg_errors.LockNotAvailable, pg_errors.SerializationFailure):
                # Another worker is refreshing this very token: wait, then read what it stored.
                time.sleep(0.3 * (attempt + 1))
                continue
            if consent_error is not None:
                _ACCESS_CACHE.pop(self._qonto_cache_key(), None)
                raise consent_error
            return result
        raise UserError(
            self.env._("The Qonto token is being refreshed by another job; try again shortly.")
        )

    def _qonto_refresh_locked(self, session, rejected):
        """(access token, None) or (None, ConsentError); the revoked mark is committed."""
        with self._fincycle_own_transaction() as env:
            token = env[TOKEN_MODEL].search([("integration_id", "=", self.id)], limit=1)
            if not token or not token.refresh_token:
                return None, qonto.ConsentError(
                    self.env._(
                        "%(connection)s is not connected to Qonto yet: click 'Connect with Qonto'.",
                        connection=self.name,
                    )
                )
            env.cr.execute(
                "SELECT id FROM fincycle_qonto_token WHERE id = %s FOR UPDATE NOWAIT",
                [token.id],
                log_exceptions=False,  # a busy row is expected: we wait and read it again
            )
            token.invalidate_recordset()
            if token.state == "revoked":
                return None, qonto.ConsentError(self._qonto_revoked_message(token))
            expires = _aware(token.expires_at)
            if (
                token.access_token
                and token.access_token != rejected
                and expires
                and expires - REFRESH_MARGIN > _utcnow()
            ):
                tokens_access, tokens_expiry = token.access_token, expires
            else:
                try:
                    tokens = self._qonto_oauth(session).refresh(token.refresh_token)
                except qonto.ConsentError as exc:
                    token.write({"state": "revoked", "revoked_reason": exc.message})
                    return None, exc
                self._qonto_write_tokens(token, tokens)
                tokens_access, tokens_expiry = tokens.access_token, tokens.expires_at
        _ACCESS_CACHE[self._qonto_cache_key()] = (tokens_access, tokens_expiry)
        if session is not None:
            session.add_secret(tokens_access)
        return tokens_access, None

    def _qonto_write_tokens(self, token, tokens):
        now = fields.Datetime.now()
        token.write(
            {
                "access_token": tokens.access_token,
                "refresh_token": tokens.refresh_token or token.refresh_token,
                "expires_at": tokens.expires_at.astimezone(timezone.utc).replace(tzinfo=None),
                # A rotated refresh token is a new one: 90 days from now.
                "refresh_expires_at": now + qonto.REFRESH_TOKEN_LIFETIME
                if tokens.refresh_token
                else token.refresh_expires_at,
                "scope": tokens.scope or token.scope,
                "refreshed_at": now,
                "state": "active",
                "revoked_reason": False,
            }
        )

    def _qonto_after_consent_loss(self, message):
        """Stop calling Qonto with a dead consent (it throttles clients that collect 401s) and
        ask an administrator to reconnect."""
        for account in self.sudo():
            token = account._qonto_token_record()
            if token and token.state != "revoked":
                token.write({"state": "revoked", "revoked_reason": message})
            _ACCESS_CACHE.pop(account._qonto_cache_key(), None)
            account._fincycle_ask_admin(
                self.env._("Reconnect Qonto"),
                self.env._(
                    "Qonto no longer accepts the connection %(connection)s: %(message)s "
                    "Open it and click 'Connect with Qonto'; bank feeds and webhooks resume "
                    "by themselves afterwards.",
                    connection=account.name,
                    message=message,
                ),
            )

    # -- OAuth consent -------------------------------------------------------------------------
    def _qonto_check_manager(self):
        """Connecting, mapping and webhooks are for Fincycle managers (the tokens are stored by
        the server, never shown); only the client secret and API key are for administrators."""
        if not self.env.user.has_group("fincycle_base.group_fincycle_manager"):
            raise AccessError(
                self.env._("Only a Fincycle manager or a system administrator can connect Qonto.")
            )
        self.check_access("write")

    def action_qonto_connect(self):
        """Open Qonto's consent page; the callback finishes the connection. The state and the
        PKCE verifier are bound to this connection, user and browser session (fincycle_base)."""
        self.ensure_one()
        self._qonto_check_manager()
        if self.provider != PROVIDER or self.qonto_auth_mode != "oauth":
            raise UserError(self.env._("Choose the OAuth 2.0 authentication first."))
        if not self.qonto_client_id or not self.qonto_has_client_secret:
            raise UserError(
                self.env._(
                    "Enter the Client ID of the Qonto application; its Client Secret is entered "
                    "by a system administrator (Qonto tab). Then connect."
                )
            )
        oauth = self._qonto_oauth()  # client id and secret present: fail now, not after consenting
        state, _verifier, challenge = self._fincycle_consent_begin()
        url = oauth.authorize_url(self.qonto_redirect_uri, state, code_challenge=challenge)
        return {"type": "ir.actions.act_url", "url": url, "target": "self"}

    def _qonto_oauth_finish(self, code, verifier):
        """Exchange the code server-side, store the tokens, then test the connection.

        Everything after the exchange happens in a transaction of its own, committed at once:
        the code is spent, so the tokens must survive whatever happens to this request."""
        self.ensure_one()
        self._qonto_check_manager()
        try:
            tokens = self._qonto_oauth().exchange_code(code, self.qonto_redirect_uri, verifier)
        except (FincycleHttpError, UserError) as exc:
            message = getattr(exc, "message", None) or str(exc.args[0] if exc.args else exc)
            self._fincycle_commit_apart(lambda account: account._fincycle_record_error(message))
            return False

        def connect(account):
            Token = account.env[TOKEN_MODEL]
            token = account._qonto_token_record() or Token.create({"integration_id": account.id})
            account._qonto_write_tokens(token, tokens)
            _ACCESS_CACHE[account._qonto_cache_key()] = (tokens.access_token, tokens.expires_at)
            summary = self.env._("Reconnect Qonto")
            account.activity_ids.filtered(lambda a: a.summary == summary).action_done()
            try:
                message = account._fincycle_check_connection()
            except (FincycleHttpError, UserError) as exc:
                account._fincycle_record_error(getattr(exc, "message", None) or str(exc))
                return False
            account._fincycle_record_success(
                self.env._("Connected to Qonto (OAuth). %(details)s", details=message)
            )
            return True

        return self._fincycle_commit_apart(connect)

    def action_qonto_disconnect(self):
        self._qonto_check_manager()
        for account in self:
            account._qonto_token_record().unlink()
            _ACCESS_CACHE.pop(account._qonto_cache_key(), None)
            account.write({"state": "draft"})
            account.message_post(body=self.env._("Qonto tokens forgotten; pulls stop."))

    # -- accounts and webhooks -----------------------------------------------------------------
    def action_qonto_map_accounts(self):
        self.ensure_one()
        self._qonto_check_manager()
        wizard = self.env["qonto.account.map"].create({"integration_id": self.id})
        wizard._load_accounts()
        return {
            "type": "ir.actions.act_window",
            "res_model": "qonto.account.map",
            "res_id": wizard.id,
            "view_mode": "form",
            "target": "new",
            "name": self.env._("Map Qonto Accounts"),
        }

    def _qonto_webhook_auth_help(self, exc):
        return self.env._(
            "Qonto refused the webhook subscription (%(error)s). Webhook subscriptions need the "
            "OAuth 2.0 authentication with the 'webhook' scope: switch the connection to OAuth "
            "and connect again.",
            error=exc.message,
        )

    def action_qonto_register_webhook(self):
        """Subscribe Qonto's v1/transactions events to this connection's inbox URL and keep
        the subscription's signing secret. Subscriptions of ours for the same URL are replaced."""
        self.ensure_one()
        self._qonto_check_manager()
        account = self.sudo()
        url = account.webhook_url
        if not url:
            raise UserError(self.env._("Set the system parameter web.base.url first."))
        client = self._qonto_client()
        try:
            for subscription in client.webhook_subscriptions():
                if subscription.get("id") == account.qonto_subscription_id or (
                    subscription.get("callback_url") == url
                ):
                    try:
                        client.delete_webhook_subscription(subscription["id"])
                    except ProviderError as exc:
                        if exc.status != 404:
                            raise
            created = client.create_webhook_subscription(
                url, description=f"Odoo {self.company_id.name}"[:255]
            )
        except AuthError as exc:
            raise UserError(self._qonto_webhook_auth_help(exc)) from None
        except FincycleHttpError as exc:
            raise UserError(exc.message) from None
        if not created.get("secret"):
            raise UserError(
                self.env._("Qonto created the subscription but sent no signing secret.")
            )
        account.write(
            {
                "qonto_subscription_id": created["id"],
                "webhook_secret_previous": account.webhook_secret,
                "webhook_secret_previous_until": fields.Datetime.now() + timedelta(hours=1),
                "webhook_secret": created["secret"],
            }
        )
        self.message_post(
            body=self.env._(
                "Qonto webhook subscription %(id)s registered for v1/transactions: movements "
                "now arrive within a minute.",
                id=created["id"],
            )
        )

    def action_qonto_unregister_webhook(self):
        self.ensure_one()
        self._qonto_check_manager()
        account = self.sudo()
        if account.qonto_subscription_id:
            try:
                self._qonto_client().delete_webhook_subscription(account.qonto_subscription_id)
            except ProviderError as exc:
                if exc.status != 404:
                    raise UserError(exc.message) from None
            except AuthError as exc:
                raise UserError(self._qonto_webhook_auth_help(exc)) from None
        account.qonto_subscription_id = False
        self.message_post(body=self.env._("Qonto webhook subscription removed."))
