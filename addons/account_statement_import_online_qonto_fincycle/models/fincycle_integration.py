# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import logging

from odoo import api, fields, models
from odoo.exceptions import UserError

from odoo.addons.base.models.res_bank import sanitize_account_number
from odoo.addons.fincycle_base.models.fincycle_webhook_registration import WebhookApi

from fincycle.banking import qonto
from fincycle.http import AuthError, HttpPolicy
from fincycle.webhooks import QontoScheme

_logger = logging.getLogger(__name__)

PROVIDER = "qonto"
SERVICE = "qonto"


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
    # What a manager may know about the secrets an administrator entered: whether they are there.
    qonto_has_api_key = fields.Boolean("API Key Entered", compute="_compute_qonto_has_secrets")
    qonto_has_client_secret = fields.Boolean(
        "Client Secret Entered", compute="_compute_qonto_has_secrets"
    )
    qonto_organization_slug = fields.Char("Qonto Organization", readonly=True, copy=False)
    qonto_organization_name = fields.Char("Qonto Legal Name", readonly=True, copy=False)
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

    @api.depends("api_key", "api_secret", "qonto_client_secret")
    def _compute_qonto_has_secrets(self):
        for account in self:
            stored = account.sudo()
            account.qonto_has_api_key = bool(stored.api_key and stored.api_secret)
            account.qonto_has_client_secret = bool(stored.qonto_client_secret)

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

    def _fincycle_check_connection(self):
        if self.provider != PROVIDER:
            return super()._fincycle_check_connection()
        organization = self._qonto_client().organization(include_external_accounts=True)
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

    # -- HTTP, OAuth (the kit's token store and consent) and webhooks ------------------------
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
                used["token"] = self._fincycle_oauth_access_token(session)
                return f"Bearer {used['token']}"

            def on_unauthorized():
                return bool(self._fincycle_oauth_refresh(session, rejected=used.get("token")))

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

    def _fincycle_oauth_client(self, session=None):
        """Qonto's OAuth server, the client authenticated by its secret (PKCE on top)."""
        if self.provider != PROVIDER:
            return super()._fincycle_oauth_client(session)
        self.ensure_one()
        if self.qonto_auth_mode != "oauth":
            raise UserError(self.env._("Choose the OAuth 2.0 authentication first."))
        if not self.qonto_client_id or not self.qonto_has_client_secret:
            raise UserError(
                self.env._(
                    "Enter the Client ID of the Qonto application; its Client Secret is entered "
                    "by a system administrator (Qonto tab). Then connect."
                )
            )
        return qonto.QontoOAuth(
            session or self._fincycle_http_session(self._qonto_http_policy()),
            self.qonto_oauth_base_url or qonto.oauth_base_url(self.environment),
            self.qonto_client_id,
            self.sudo().qonto_client_secret,
            staging_token=self._qonto_staging_token(),
        )

    def _fincycle_oauth_refresh_lifetime(self):
        if self.provider != PROVIDER:
            return super()._fincycle_oauth_refresh_lifetime()
        return qonto.REFRESH_TOKEN_LIFETIME

    def _fincycle_webhook_api(self):
        if self.provider != PROVIDER:
            return super()._fincycle_webhook_api()
        client = self._qonto_client()

        def create(url):
            created = client.create_webhook_subscription(
                url, description=f"Odoo {self.company_id.name}"[:255]
            )
            return created.get("id"), created.get("secret")

        return WebhookApi(
            create=create,
            delete=client.delete_webhook_subscription,
            list=lambda: [
                (s.get("id"), s.get("callback_url")) for s in client.webhook_subscriptions()
            ],
        )

    def _fincycle_webhook_refused(self, exc):
        if self.provider != PROVIDER:
            return super()._fincycle_webhook_refused(exc)
        return self.env._(
            "Qonto refused the webhook subscription (%(error)s). Webhook subscriptions need the "
            "OAuth 2.0 authentication with the 'webhook' scope: switch the connection to OAuth "
            "and connect again.",
            error=exc.message,
        )

    def action_qonto_map_accounts(self):
        self.ensure_one()
        self._fincycle_oauth_check_rights()
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
