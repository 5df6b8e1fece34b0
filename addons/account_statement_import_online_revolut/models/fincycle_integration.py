# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import logging
from datetime import timedelta
from urllib.parse import urlencode, urlsplit

from odoo import api, fields, models
from odoo.exceptions import UserError

from fincycle.banking import revolut
from fincycle.http import FincycleHttpError, HttpPolicy, ProviderError, origin
from fincycle.webhooks import RevolutScheme

_logger = logging.getLogger(__name__)

PROVIDER = "revolut"
CALLBACK_PATH = "/fincycle/revolut/oauth/callback"
CONSENT_PATH = "/app-confirm"  # on Revolut's own consent hosts as on a self-hosted one
# Refresh this long before the 40-minute access token expires, so a long pull never starts
# with a token about to die.
REFRESH_MARGIN = timedelta(minutes=5)


class FincycleIntegration(models.Model):
    _inherit = "fincycle.integration"

    provider = fields.Selection(
        selection_add=[(PROVIDER, "Revolut Business")], ondelete={PROVIDER: "cascade"}
    )
    revolut_client_id = fields.Char(
        "Revolut Client ID",
        copy=False,
        help="Shown by Revolut (Settings → APIs → Business API) once the certificate is added.",
    )
    revolut_certificate = fields.Text(
        "Certificate (PEM)",
        copy=False,
        readonly=True,
        help="Paste this public certificate into Revolut. The private key stays in Odoo.",
    )
    revolut_has_key = fields.Boolean("Key Pair Generated", compute="_compute_revolut_has_key")
    # Derived from web.base.url whenever they are read (one source of truth): what Revolut
    # was given when the certificate was added must be what this server sends now.
    revolut_redirect_uri = fields.Char("Revolut Redirect URI", compute="_compute_revolut_redirect")
    revolut_issuer = fields.Char(
        "JWT Issuer",
        compute="_compute_revolut_redirect",
        help="The domain of the redirect URI, as Revolut expects in the client assertion.",
    )
    revolut_consent_url = fields.Char(compute="_compute_revolut_redirect")
    revolut_webhook_id = fields.Char("Revolut Webhook ID", copy=False, readonly=True)
    revolut_provider_ids = fields.One2many(
        "online.bank.statement.provider",
        "fincycle_integration_id",
        string="Mapped Accounts",
        # Paused feeds too (a connection not pulling yet); not a journal's former account.
        context={"active_test": False},
        domain=["|", ("active", "=", True), ("fincycle_remote_account_id", "!=", False)],
        groups="account.group_account_user,base.group_system",  # who may read providers
    )

    @api.depends("private_key")
    def _compute_revolut_has_key(self):
        for account in self:
            account.revolut_has_key = bool(account.sudo().private_key)

    @api.depends("provider", "environment", "revolut_client_id", "base_url")
    def _compute_revolut_redirect(self):
        root = self._fincycle_public_root()
        for account in self:
            if account.provider != PROVIDER or not root:
                account.revolut_redirect_uri = account.revolut_consent_url = False
                account.revolut_issuer = False
                continue
            uri = root + CALLBACK_PATH
            account.revolut_redirect_uri = uri
            account.revolut_issuer = revolut.issuer_from_redirect_uri(uri)
            account.revolut_consent_url = (
                revolut.consent_url(account._revolut_consent_base(), account.revolut_client_id, uri)
                if account.revolut_client_id
                else False
            )

    # -- fincycle_base hooks ---------------------------------------------------------------
    def _fincycle_default_base_url(self):
        if self.provider != PROVIDER:
            return super()._fincycle_default_base_url()
        return revolut.SANDBOX_API if self.environment == "sandbox" else revolut.PRODUCTION_API

    def _revolut_consent_base(self):
        official = self._fincycle_default_base_url()
        host = origin(self.sudo().base_url or official)
        if host != origin(official):
            # A self-hosted service or a test server, which only a system administrator can
            # set, serves its own consent page.
            return host + CONSENT_PATH
        return (
            revolut.SANDBOX_CONSENT if self.environment == "sandbox" else revolut.PRODUCTION_CONSENT
        )

    def _fincycle_uses_generic_credentials(self):
        if self.provider != PROVIDER:
            return super()._fincycle_uses_generic_credentials()
        return False  # the key pair is generated, the tokens come from the consent

    def _fincycle_webhook_scheme(self):
        if self.provider != PROVIDER:
            return super()._fincycle_webhook_scheme()
        return RevolutScheme()

    def _fincycle_webhook_event_info(self, payload, body, headers):
        if self.provider != PROVIDER or not isinstance(payload, dict):
            return super()._fincycle_webhook_event_info(payload, body, headers)
        # Revolut events carry no id of their own. A redelivery repeats event + transaction +
        # new state, which is exactly what must be recognised as the same event.
        data = payload.get("data") if isinstance(payload.get("data"), dict) else {}
        event = str(payload.get("event") or "")
        if not data.get("id"):
            return super()._fincycle_webhook_event_info(payload, body, headers)
        event_id = ":".join(
            filter(None, [event, str(data["id"]), str(data.get("new_state") or "")])
        )
        return event_id[:255], event[:128] or False

    def _fincycle_check_connection(self):
        if self.provider != PROVIDER:
            return super()._fincycle_check_connection()
        accounts = self._revolut_client().accounts()
        active = [a for a in accounts if a.get("state", "active") == "active"]
        return self.env._(
            "Revolut answered: %(count)s active account(s) (%(currencies)s).",
            count=len(active),
            currencies=", ".join(sorted({a.get("currency", "?") for a in active})) or "-",
        )

    def _fincycle_process_webhook_event(self, event):
        if self.provider != PROVIDER:
            return super()._fincycle_process_webhook_event(event)
        payload = event._fincycle_payload()
        data = payload.get("data") if isinstance(payload, dict) else None
        if not isinstance(data, dict) or not data.get("id"):
            raise UserError(self.env._("The event carries no transaction id."))
        if payload.get("event") not in ("TransactionCreated", "TransactionStateChanged"):
            return self.env._("Event %(event)s ignored.", event=payload.get("event"))
        # The payload says a transaction changed; what to book is read from Revolut itself,
        # so replayed or out-of-order events cannot book a stale state.
        client = self._revolut_client()
        transaction = client.transaction(data["id"])
        booked = 0
        accounts = set()
        for leg in transaction.get("legs") or []:
            accounts.add(leg.get("account_id"))
        providers = self.revolut_provider_ids.filtered(
            lambda p: p.active and p.fincycle_remote_account_id in accounts
        )
        if not providers:
            return self.env._(
                "Transaction %(id)s concerns no account mapped to a journal of this connection.",
                id=data["id"],
            )
        for record in providers:
            provider = record.with_company(record.company_id)
            result = revolut.leg_lines(
                transaction, provider.fincycle_remote_account_id, client.counterparty
            )
            created = provider._fincycle_book(
                {
                    "lines": [
                        vals
                        for line in result.lines
                        for vals in provider._revolut_line_values(line)
                    ],
                    "problems": [f"{tid}: {reason}" for tid, reason in result.skipped],
                }
            )
            booked += len(created)
        return self.env._("%(count)s line(s) booked.", count=booked)

    # -- tokens ----------------------------------------------------------------------------
    def _revolut_session(self):
        return self._fincycle_http_session(HttpPolicy())

    def _revolut_assertion(self):
        self.ensure_one()
        account = self.sudo()
        if not account.private_key:
            raise UserError(self.env._("Generate the key pair first (button Generate Key Pair)."))
        if not account.revolut_client_id:
            raise UserError(self.env._("Enter the Client ID Revolut shows for the certificate."))
        if not account.revolut_issuer:
            raise UserError(
                self.env._("Set the system parameter web.base.url: the JWT issuer is its domain.")
            )
        try:
            return revolut.client_assertion(
                account.revolut_client_id, account.revolut_issuer, account.private_key
            )
        except revolut.RevolutKeyError as exc:
            raise UserError(str(exc)) from exc

    def _revolut_store_tokens(self, tokens):
        vals = {
            "access_token": tokens.access_token,
            "token_expires_at": fields.Datetime.now() + timedelta(seconds=tokens.expires_in or 0),
        }
        if tokens.refresh_token:
            vals["refresh_token"] = tokens.refresh_token
        self.sudo().write(vals)

    def _revolut_api(self, **kwargs):
        """The Revolut client on this connection's session (its hosts only)."""
        try:
            return revolut.RevolutClient(self._revolut_session(), self.sudo().base_url, **kwargs)
        except ValueError:  # an address a system administrator typed by hand
            raise UserError(
                self.env._(
                    "The Revolut API address %(url)s is not valid: it must end with /api/1.0 "
                    "(choose the environment to get Revolut's own address).",
                    url=self.sudo().base_url,
                )
            ) from None

    def _revolut_refresh_access_token(self):
        """A new access token from the refresh token; consent gone → error + activity."""
        self.ensure_one()
        account = self.sudo()
        if not account.refresh_token:
            raise UserError(self.env._("Not connected to Revolut yet: click Connect."))
        client = self._revolut_api()
        tokens = client.refresh(account.refresh_token, self._revolut_assertion())
        self._revolut_store_tokens(tokens)
        return tokens.access_token

    def _fincycle_handle_failure(self, exception, message):
        if self.provider == PROVIDER and isinstance(
            exception, revolut.ConsentRevokedError | revolut.ClientAssertionError
        ):
            # A person must act: authorise again, or fix the certificate / Client ID.
            return self._revolut_consent_lost(message)
        return super()._fincycle_handle_failure(exception, message)

    def _revolut_consent_lost(self, message):
        self.sudo().write({"access_token": False, "token_expires_at": False})
        self._fincycle_record_error(message)
        self._fincycle_ask_admin(
            self.env._("Reconnect Revolut Business"),
            self.env._(
                "Revolut no longer accepts this connection: %(message)s Open the connection and "
                "click Connect to authorise again.",
                message=message,
            ),
        )

    def _revolut_access_token(self):
        self.ensure_one()
        account = self.sudo()
        if (
            account.access_token
            and account.token_expires_at
            and account.token_expires_at - REFRESH_MARGIN > fields.Datetime.now()
        ):
            return account.access_token
        return self._revolut_refresh_access_token()

    def _revolut_client(self):
        self.ensure_one()
        self._revolut_check_provider()
        return self._revolut_api(
            token_getter=self._revolut_access_token,
            token_refresher=self._revolut_refresh_access_token,
        )

    # -- actions ---------------------------------------------------------------------------
    def _revolut_check_provider(self):
        if any(account.provider != PROVIDER for account in self):
            raise UserError(self.env._("This connection is not a Revolut Business one."))

    def action_revolut_generate_keys(self):
        self.ensure_one()
        self._revolut_check_provider()
        self.check_access("write")
        if self.sudo().refresh_token:
            raise UserError(
                self.env._(
                    "This connection is authorised with the current key. Disconnect it first: "
                    "a new key needs a new certificate in Revolut and a new consent."
                )
            )
        common_name = self.revolut_issuer or self.company_id.name
        private_pem, certificate_pem = revolut.generate_key_pair(common_name)
        self.sudo().write({"private_key": private_pem, "revolut_certificate": certificate_pem})
        self.message_post(
            body=self.env._(
                "New key pair generated. Paste the certificate into Revolut Business "
                "(Settings → APIs → Business API → Add API certificate) with the redirect URI "
                "shown here, then copy the Client ID back."
            )
        )

    def action_revolut_connect(self):
        """Open Revolut's consent page; the callback finishes the connection."""
        self.ensure_one()
        self._revolut_check_provider()
        self._revolut_assertion()  # fail now, not after the user consented
        state, _verifier, _challenge = self._fincycle_consent_begin()  # no PKCE at Revolut
        url = revolut.consent_url(
            self._revolut_consent_base(), self.revolut_client_id, self.revolut_redirect_uri
        )
        return {
            "type": "ir.actions.act_url",
            "url": f"{url}&{urlencode({'state': state})}",
            "target": "self",
        }

    def _revolut_finish_consent(self, code):
        """Exchange the 2-minute code for tokens (JWT client assertion). Any failure, the
        API unreachable included, is recorded on the connection and raised as a UserError.

        The tokens are stored in a transaction of their own, committed at once: the code is
        spent, so they must survive whatever happens to this request (someone saving the
        connection meanwhile makes Odoo retry the request, which finds the state used up)."""
        self.ensure_one()
        try:
            tokens = self._revolut_api().exchange_code(code, self._revolut_assertion())
        except (FincycleHttpError, UserError) as exc:
            message = getattr(exc, "message", None) or str(exc.args[0] if exc.args else exc)
            self._fincycle_commit_apart(lambda account: account._fincycle_record_error(message))
            raise UserError(message) from None

        def connect(account):
            account._revolut_store_tokens(tokens)
            account.write({"state": "connected"})
            account.activity_ids.filtered(
                lambda a: a.summary == self.env._("Reconnect Revolut Business")
            ).action_done()
            account._fincycle_record_success(self.env._("Connected to Revolut Business."))

        self._fincycle_commit_apart(connect)

    def action_revolut_disconnect(self):
        self._revolut_check_provider()
        self.check_access("write")
        self.sudo().write(
            {"access_token": False, "refresh_token": False, "token_expires_at": False}
        )
        self.write({"state": "draft"})
        for account in self:
            account.message_post(
                body=self.env._("Disconnected from Revolut: pulls stop until the next Connect.")
            )

    def action_revolut_map_accounts(self):
        self.ensure_one()
        self._revolut_check_provider()
        self.check_access("write")
        wizard = self.env["revolut.account.map"].create({"integration_id": self.id})
        wizard._load_accounts()
        return {
            "type": "ir.actions.act_window",
            "res_model": "revolut.account.map",
            "res_id": wizard.id,
            "view_mode": "form",
            "target": "new",
            "name": self.env._("Map Revolut Accounts"),
        }

    def action_revolut_register_webhook(self):
        """Point Revolut's webhook at our inbox and keep its signing secret."""
        self.ensure_one()
        self.check_access("write")
        account = self.sudo()
        url = account.webhook_url
        if not url:
            raise UserError(self.env._("Set the system parameter web.base.url first."))
        if urlsplit(url).scheme != "https" and self.environment == "production":
            raise UserError(
                self.env._(
                    "Revolut only calls HTTPS addresses; this server's address is %(url)s. "
                    "Set web.base.url to the public https address.",
                    url=url.split("/fincycle/")[0],
                )
            )
        client = self._revolut_client()
        try:
            if account.revolut_webhook_id:
                try:
                    client.delete_webhook(account.revolut_webhook_id)
                except ProviderError as exc:
                    if exc.status != 404:  # gone already is fine: a new one is what counts
                        raise
            created = client.create_webhook(url)
        except FincycleHttpError as exc:
            raise UserError(exc.message) from None
        account.write(
            {
                "revolut_webhook_id": created.get("id"),
                "webhook_secret_previous": account.webhook_secret,
                "webhook_secret_previous_until": fields.Datetime.now() + timedelta(hours=1),
                "webhook_secret": created.get("signing_secret"),
            }
        )
        self.message_post(
            body=self.env._(
                "Revolut webhook registered (%(events)s): payments now show up within a minute.",
                events=", ".join(created.get("events") or ()),
            )
        )
