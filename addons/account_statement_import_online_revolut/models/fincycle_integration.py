# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

from odoo.addons.fincycle_base.models.fincycle_webhook_registration import WebhookApi

from fincycle.banking import revolut
from fincycle.http import HttpPolicy, origin
from fincycle.webhooks import RevolutScheme

PROVIDER = "revolut"
CONSENT_PATH = "/app-confirm"  # on Revolut's own consent hosts as on a self-hosted one


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
        for account in self:
            uri = account.oauth_redirect_uri
            if account.provider != PROVIDER or not uri:
                account.revolut_redirect_uri = account.revolut_consent_url = False
                account.revolut_issuer = False
                continue
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

    def _fincycle_kit_fields(self):
        # The certificate pairs with the private key Odoo keeps (action_revolut_generate_keys).
        return [*super()._fincycle_kit_fields(), "revolut_certificate"]

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

    # -- tokens (the kit's store and consent; the client authenticates with a JWT) ---------
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

    def _revolut_api(self, session=None, **kwargs):
        """The Revolut client on this connection's session (its hosts only)."""
        try:
            return revolut.RevolutClient(
                session or self._fincycle_http_session(HttpPolicy()),
                self.sudo().base_url,
                **kwargs,
            )
        except ValueError:  # an address a system administrator typed by hand
            raise UserError(
                self.env._(
                    "The Revolut API address %(url)s is not valid: it must end with /api/1.0 "
                    "(choose the environment to get Revolut's own address).",
                    url=self.sudo().base_url,
                )
            ) from None

    def _fincycle_oauth_client(self, session=None):
        if self.provider != PROVIDER:
            return super()._fincycle_oauth_client(session)
        self._revolut_assertion()  # fail now, not after the user consented
        client = self._revolut_api(session)  # its session, and the address checked
        return revolut.RevolutOAuth(
            client.session,
            client.base_url,
            self.revolut_client_id,
            self._revolut_assertion,
            consent_base=self._revolut_consent_base(),
        )

    def _fincycle_oauth_pkce(self):
        return self.provider != PROVIDER and super()._fincycle_oauth_pkce()

    def _fincycle_handle_failure(self, exception, message):
        result = super()._fincycle_handle_failure(exception, message)
        if self.provider == PROVIDER and isinstance(exception, revolut.ClientAssertionError):
            # The consent stands; a person must fix the certificate or the Client ID.
            self._fincycle_ask_admin(
                self._fincycle_oauth_reconnect_summary(),
                self.env._(
                    "Revolut no longer accepts this connection: %(message)s", message=message
                ),
            )
        return result

    def _revolut_client(self):
        self.ensure_one()
        self._revolut_check_provider()
        session = self._fincycle_http_session(HttpPolicy())
        used = {}

        def token():
            used["token"] = self._fincycle_oauth_access_token(session)
            return used["token"]

        return self._revolut_api(
            session,
            token_getter=token,
            token_refresher=lambda: self._fincycle_oauth_refresh(session, used.get("token")),
        )

    def _fincycle_webhook_api(self):
        if self.provider != PROVIDER:
            return super()._fincycle_webhook_api()
        client = self._revolut_client()

        def create(url):
            created = client.create_webhook(url)
            return created.get("id"), created.get("signing_secret")

        return WebhookApi(
            create=create,
            delete=client.delete_webhook,
            list=lambda: [(w.get("id"), w.get("url")) for w in client.list_webhooks()],
            rotate=lambda remote_id: client.rotate_webhook_secret(remote_id)["signing_secret"],
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
