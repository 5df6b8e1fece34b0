# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The connector kit's OAuth 2.0: one token store and one consent flow for every provider.

A connector gives the kit an OAuth client (``_fincycle_oauth_client``: ``authorize_url``,
``exchange_code``, ``refresh``; ``fincycle.http.oauth.OAuthClient`` with a client secret or a
JWT assertion, or the provider's own) and, if it must, a few settings (PKCE, lifetime of the
refresh token, its own consent errors). The kit stores the tokens admin-only in a row of their
own, refreshes them under a row lock in a transaction committed at once (providers that rotate
refresh tokens kill the old one within a minute), and turns a lost consent into an error and an
activity for the administrators."""

import logging
import time
from datetime import timedelta

from psycopg2 import errors as pg_errors

from odoo import api, fields, models
from odoo.exceptions import UserError

from fincycle.http import AuthError, FincycleHttpError, install_failed_query_filter
from fincycle.http.oauth import ConsentLostError

_logger = logging.getLogger(__name__)

# A failed write of this table is logged with its values: tokens (see fincycle.http).
install_failed_query_filter(["fincycle_oauth_token"], "odoo.sql_db")

CALLBACK_PATH = "/fincycle/{provider}/oauth/callback"
# Refresh this long before an access token expires, so a long pull never starts with a token
# about to die.
REFRESH_MARGIN = timedelta(minutes=5)
LOCK_ATTEMPTS = 6
TOKEN_FIELDS = ("access_token", "refresh_token", "token_expires_at")
# Access tokens refreshed in this process, by (database, connection id, bound hosts): a pull
# keeps using the token it refreshed although its own transaction (repeatable read) still sees
# the old row.
_ACCESS_CACHE = {}


class FincycleOAuthToken(models.Model):
    """The OAuth tokens of one connection, in a row of their own (system administrators only).

    A refresh is committed at once, in a transaction of its own, even when the pull that needed
    it fails and is rolled back; on the connection's row that commit would make every later
    write of the pull to the connection (health, errors) a serialization failure."""

    _name = "fincycle.oauth.token"
    _description = "Fincycle OAuth Tokens"
    _rec_name = "integration_id"

    integration_id = fields.Many2one(
        "fincycle.integration", required=True, ondelete="cascade", index=True, readonly=True
    )
    company_id = fields.Many2one(related="integration_id.company_id", store=True)
    access_token = fields.Char(copy=False)
    refresh_token = fields.Char(copy=False)
    expires_at = fields.Datetime("Access Token Expiry", copy=False)
    refresh_expires_at = fields.Datetime(
        "Consent Renewal Due",
        copy=False,
        help="When the refresh token dies unless a refresh replaces it first.",
    )
    scope = fields.Char(copy=False)
    state = fields.Selection(
        [("active", "Active"), ("revoked", "Consent Lost")], default="active", required=True
    )
    refreshed_at = fields.Datetime(copy=False)
    revoked_reason = fields.Text(copy=False)

    _integration_uniq = models.Constraint(
        "UNIQUE(integration_id)", "A connection has one token record."
    )


class FincycleIntegration(models.Model):
    _inherit = "fincycle.integration"  # pylint: disable=consider-merging-classes-inherited

    oauth_token_ids = fields.One2many(
        "fincycle.oauth.token", "integration_id", groups="base.group_system"
    )
    # The tokens as fields of the connection (the generic Credentials tab, connectors entering
    # a token by hand): stored in fincycle.oauth.token.
    access_token = fields.Char(
        compute="_compute_tokens", inverse="_inverse_access_token", groups="base.group_system"
    )
    refresh_token = fields.Char(
        compute="_compute_tokens", inverse="_inverse_refresh_token", groups="base.group_system"
    )
    token_expires_at = fields.Datetime(
        "Access Token Expiry",
        compute="_compute_tokens",
        inverse="_inverse_token_expires_at",
        groups="base.group_system",
    )
    # What anyone who reads the connection may know about its consent.
    oauth_state = fields.Selection(
        [("none", "Not Connected"), ("active", "Connected"), ("revoked", "Consent Lost")],
        compute="_compute_oauth_state",
        string="OAuth Consent",
    )
    oauth_expires_at = fields.Datetime("Token Expiry", compute="_compute_oauth_state")
    oauth_consent_due = fields.Datetime("Consent Renewal Due", compute="_compute_oauth_state")
    oauth_redirect_uri = fields.Char("OAuth Redirect URI", compute="_compute_oauth_redirect_uri")

    @api.depends(
        "oauth_token_ids.access_token",
        "oauth_token_ids.refresh_token",
        "oauth_token_ids.expires_at",
    )
    def _compute_tokens(self):
        for account in self:
            token = account.sudo().oauth_token_ids[:1]
            account.access_token = token.access_token
            account.refresh_token = token.refresh_token
            account.token_expires_at = token.expires_at

    def _inverse_access_token(self):
        self._fincycle_oauth_set("access_token", "access_token")

    def _inverse_refresh_token(self):
        self._fincycle_oauth_set("refresh_token", "refresh_token")

    def _inverse_token_expires_at(self):
        self._fincycle_oauth_set("token_expires_at", "expires_at")

    def _fincycle_oauth_set(self, name, column):
        """A token entered on the connection (by hand, or a test) goes to the token store."""
        for account in self:
            value = account[name]
            vals = {column: value}
            if name == "refresh_token" and value:
                vals.update(state="active", revoked_reason=False)
            token = account._fincycle_oauth_token()
            if token:
                token.write(vals)
            elif value:
                token.create({"integration_id": account.id, **vals})
            _ACCESS_CACHE.pop(account._fincycle_oauth_cache_key(), None)

    def _compute_oauth_state(self):
        tokens = {
            t.integration_id.id: t
            for t in self.env["fincycle.oauth.token"]
            .sudo()
            .search([("integration_id", "in", self.ids)])
        }
        for account in self:
            token = tokens.get(account.id)
            live = token and (token.refresh_token or token.access_token)
            account.oauth_state = token.state if live else "none"
            account.oauth_expires_at = token.expires_at if token else False
            account.oauth_consent_due = token.refresh_expires_at if token else False

    @api.depends("provider")
    def _compute_oauth_redirect_uri(self):
        root = self._fincycle_public_root()
        for account in self:
            path = CALLBACK_PATH.format(provider=account.provider)
            account.oauth_redirect_uri = root + path if root and account.provider else False

    # -- what a connector provides ---------------------------------------------------------
    def _fincycle_oauth_client(self, session=None):
        """The provider's OAuth client on ``session`` (this connection's ``fincycle.http``
        session when None): ``authorize_url(redirect_uri, state, code_challenge=None)``,
        ``exchange_code(code, redirect_uri, code_verifier=None)`` and ``refresh(token)``,
        the last two answering an object with ``access_token``, ``refresh_token`` (None:
        not rotated), ``expires_in`` and optionally ``scope``. Raise a UserError saying what
        is missing (client id, secret, key)."""
        raise UserError(
            self.env._("%(provider)s offers no OAuth consent.", provider=self._fincycle_label())
        )

    def _fincycle_oauth_pkce(self):
        """Whether the provider takes a PKCE challenge (RFC 7636) with the consent."""
        return True

    def _fincycle_oauth_refresh_lifetime(self):
        """How long a refresh token lives (a timedelta), if the provider says so."""
        return None

    def _fincycle_oauth_consent_errors(self):
        """Exceptions meaning the grant is gone: the token is marked revoked, calls stop and an
        administrator is asked to connect again."""
        return (ConsentLostError,)

    def _fincycle_oauth_check_rights(self):
        """Who may connect and disconnect (the tokens themselves are never shown)."""
        self.check_access("write")

    # -- the token store -------------------------------------------------------------------
    def _fincycle_label(self):
        return dict(self._fields["provider"]._description_selection(self.env)).get(
            self.provider, self.provider or ""
        )

    def _fincycle_oauth_token(self):
        return self.env["fincycle.oauth.token"].sudo().search([("integration_id", "=", self.id)])

    def _fincycle_oauth_cache_key(self):
        # The hosts the tokens are bound to belong to the key: once another worker binds the
        # credentials to a new host, an access token cached here is never sent there.
        return (self.env.cr.dbname, self.id, self.sudo().credential_origins)

    def _fincycle_forget_credentials_elsewhere(self):
        for account in self:
            _ACCESS_CACHE.pop(account._fincycle_oauth_cache_key(), None)
        return super()._fincycle_forget_credentials_elsewhere()

    def _fincycle_oauth_store(self, token, tokens):
        """Write what a token endpoint answered into ``token`` (a fincycle.oauth.token)."""
        now = fields.Datetime.now()
        lifetime = self._fincycle_oauth_refresh_lifetime()
        token.write(
            {
                "access_token": tokens.access_token,
                "refresh_token": tokens.refresh_token or token.refresh_token,
                "expires_at": now + timedelta(seconds=tokens.expires_in or 0),
                # A rotated refresh token is a new one: its lifetime starts now.
                "refresh_expires_at": now + lifetime
                if lifetime and tokens.refresh_token
                else token.refresh_expires_at,
                "scope": getattr(tokens, "scope", None) or token.scope,
                "refreshed_at": now,
                "state": "active",
                "revoked_reason": False,
            }
        )
        key = self._fincycle_oauth_cache_key()
        _ACCESS_CACHE[key] = (tokens.access_token, token.expires_at)

    def _fincycle_oauth_access_token(self, session=None):
        """A live access token: this process's last refresh, the stored one, or a new one."""
        self.ensure_one()
        now = fields.Datetime.now()
        cached = _ACCESS_CACHE.get(self._fincycle_oauth_cache_key())
        if cached and cached[1] - REFRESH_MARGIN > now:
            return cached[0]
        token = self._fincycle_oauth_token()
        if token.state == "revoked":
            raise ConsentLostError(self._fincycle_oauth_lost_message(token))
        if token.access_token and token.expires_at and token.expires_at - REFRESH_MARGIN > now:
            _ACCESS_CACHE[self._fincycle_oauth_cache_key()] = (token.access_token, token.expires_at)
            if session is not None:
                session.add_secret(token.access_token)
            return token.access_token
        return self._fincycle_oauth_refresh(session)

    def _fincycle_oauth_invalidate(self):
        """Forget what this transaction cached of the tokens another transaction changed."""
        self.env["fincycle.oauth.token"].invalidate_model()
        self.env["fincycle.integration"].invalidate_model(TOKEN_FIELDS)

    def _fincycle_oauth_lost_message(self, token):
        return self.env._(
            "The consent of %(connection)s was lost (%(reason)s): open the connection and "
            "connect again.",
            connection=self.name,
            reason=token.revoked_reason or self.env._("expired or revoked"),
        )

    def _fincycle_oauth_refresh(self, session=None, rejected=None):
        """Refresh under a row lock, store the (rotated) tokens at once and return the new
        access token. ``rejected`` is a token the API just refused: refresh even if it has not
        expired. A refresh another worker made meanwhile is reused."""
        self.ensure_one()
        self.env["fincycle.oauth.token"].flush_model()
        for attempt in range(LOCK_ATTEMPTS):
            try:
                access, error = self._fincycle_oauth_refresh_locked(session, rejected)
            except (pg_errors.LockNotAvailable, pg_errors.SerializationFailure):
                # Another worker is refreshing this very token: wait, then read what it stored.
                time.sleep(0.3 * (attempt + 1))
                continue
            self._fincycle_oauth_invalidate()
            if error is not None:
                _ACCESS_CACHE.pop(self._fincycle_oauth_cache_key(), None)
                raise error
            if session is not None:
                session.add_secret(access)
            return access
        raise UserError(
            self.env._("The token is being refreshed by another job; try again shortly.")
        )

    def _fincycle_oauth_refresh_locked(self, session, rejected):
        """(access token, None) or (None, the consent error); the revoked mark is committed."""
        with self._fincycle_own_transaction() as env:
            account = self.with_env(env)
            token = account._fincycle_oauth_token()
            if not token.refresh_token:
                return None, ConsentLostError(
                    self.env._(
                        "%(connection)s is not connected yet: open it and connect.",
                        connection=self.name,
                    )
                )
            env.cr.execute(
                "SELECT id FROM fincycle_oauth_token WHERE id = %s FOR UPDATE NOWAIT",
                [token.id],
                log_exceptions=False,  # a busy row is expected: we wait and read it again
            )
            token.invalidate_recordset()
            if token.state == "revoked":
                return None, ConsentLostError(self._fincycle_oauth_lost_message(token))
            now = fields.Datetime.now()
            expires = token.expires_at
            if (
                token.access_token
                and token.access_token != rejected
                and expires
                and expires - REFRESH_MARGIN > now
            ):
                _ACCESS_CACHE[self._fincycle_oauth_cache_key()] = (token.access_token, expires)
                return token.access_token, None
            try:
                tokens = account._fincycle_oauth_client(session).refresh(token.refresh_token)
            except self._fincycle_oauth_consent_errors() as exc:
                token.write({"state": "revoked", "revoked_reason": exc.message})
                return None, exc
            account._fincycle_oauth_store(token, tokens)
            return tokens.access_token, None

    def _fincycle_oauth_consent_lost(self, message):
        """The grant is gone: stop calling (providers throttle clients that collect 401s), put
        the connection in error and ask an administrator to connect again, once."""
        for account in self.sudo():
            token = account._fincycle_oauth_token()
            if token and token.state != "revoked":
                token.write({"state": "revoked", "revoked_reason": message})
            _ACCESS_CACHE.pop(account._fincycle_oauth_cache_key(), None)
            if account.state != "error" or account.last_error_message != message:
                account._fincycle_record_error(message)
            account._fincycle_ask_admin(
                account._fincycle_oauth_reconnect_summary(),
                self.env._(
                    "%(provider)s no longer accepts the connection %(connection)s: %(message)s "
                    "Open it and connect again; feeds and webhooks resume by themselves "
                    "afterwards.",
                    provider=account._fincycle_label(),
                    connection=account.name,
                    message=message,
                ),
            )

    def _fincycle_oauth_reconnect_summary(self):
        return self.env._("Reconnect %(provider)s", provider=self._fincycle_label())

    def _fincycle_handle_failure(self, exception, message):
        result = super()._fincycle_handle_failure(exception, message)
        if isinstance(exception, self._fincycle_oauth_consent_errors()):
            self._fincycle_oauth_consent_lost(message)
        return result

    # -- the consent (authorization code) --------------------------------------------------
    def action_fincycle_oauth_connect(self):
        """Open the provider's consent page; the callback (/fincycle/<provider>/oauth/callback)
        finishes. State and PKCE verifier are bound to this connection, user and session."""
        self.ensure_one()
        self._fincycle_oauth_check_rights()
        try:  # fail now, not after the user consented
            client = self._fincycle_oauth_client()
        except AuthError as exc:  # a client id or secret missing
            raise UserError(exc.message) from None
        if not self.oauth_redirect_uri:
            raise UserError(self.env._("Set the system parameter web.base.url first."))
        state, _verifier, challenge = self._fincycle_consent_begin()
        url = client.authorize_url(
            self.oauth_redirect_uri,
            state,
            code_challenge=challenge if self._fincycle_oauth_pkce() else None,
        )
        return {"type": "ir.actions.act_url", "url": url, "target": "self"}

    def _fincycle_oauth_finish(self, code, verifier):
        """Exchange the code server-side, store the tokens, test the connection: True when
        connected. A failure is recorded on the connection (its form shows it).

        Everything after the exchange is committed at once, in a transaction of its own: the
        code is spent, so the tokens must survive whatever happens to this request."""
        self.ensure_one()
        self._fincycle_oauth_check_rights()
        try:
            tokens = self._fincycle_oauth_client().exchange_code(
                code, self.oauth_redirect_uri, verifier if self._fincycle_oauth_pkce() else None
            )
        except (FincycleHttpError, UserError) as exc:
            message = getattr(exc, "message", None) or str(exc.args[0] if exc.args else exc)
            self._fincycle_commit_apart(lambda account: account._fincycle_record_error(message))
            return False

        def connect(account):
            Token = account.env["fincycle.oauth.token"]
            token = account._fincycle_oauth_token() or Token.create({"integration_id": account.id})
            account._fincycle_oauth_store(token, tokens)
            summary = account._fincycle_oauth_reconnect_summary()
            account.activity_ids.filtered(lambda a: a.summary == summary).action_done()
            try:
                message = account._fincycle_check_connection()
            except (FincycleHttpError, UserError) as exc:
                account._fincycle_record_error(getattr(exc, "message", None) or str(exc))
                return False
            account._fincycle_record_success(
                self.env._(
                    "Connected to %(provider)s. %(details)s",
                    provider=account._fincycle_label(),
                    details=message or "",
                )
            )
            return True

        return self._fincycle_commit_apart(connect)

    def action_fincycle_oauth_disconnect(self):
        self._fincycle_oauth_check_rights()
        for account in self:
            account._fincycle_oauth_token().unlink()
            _ACCESS_CACHE.pop(account._fincycle_oauth_cache_key(), None)
            account.write({"state": "draft"})
            account.message_post(
                body=self.env._(
                    "Disconnected from %(provider)s: the tokens are forgotten, pulls stop until "
                    "the next connection.",
                    provider=account._fincycle_label(),
                )
            )
