# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""A toy provider on the connector kit: OAuth consent (client secret + PKCE), tokens refreshed
and rotated by the kit, webhooks registered through its API and processed from the inbox."""

from urllib.parse import quote

from odoo import fields, models

from odoo.addons.fincycle_base.models.fincycle_webhook_registration import WebhookApi

from fincycle.http.oauth import ClientSecret, OAuthClient
from fincycle.webhooks import QontoScheme

PROVIDER = "example"
HOSTS = {"production": "https://api.example.com", "sandbox": "https://sandbox.example.com"}


class FincycleIntegration(models.Model):
    _inherit = "fincycle.integration"

    provider = fields.Selection(
        selection_add=[(PROVIDER, "Example")], ondelete={PROVIDER: "cascade"}
    )
    example_client_id = fields.Char("Client ID", copy=False)
    example_client_secret = fields.Char("Client Secret", groups="base.group_system", copy=False)

    def _fincycle_default_base_url(self):
        if self.provider != PROVIDER:
            return super()._fincycle_default_base_url()
        return HOSTS[self.environment]

    def _fincycle_outbound_secret_fields(self):
        return [*super()._fincycle_outbound_secret_fields(), "example_client_secret"]

    def _fincycle_uses_generic_credentials(self):
        return self.provider != PROVIDER and super()._fincycle_uses_generic_credentials()

    def _fincycle_oauth_client(self, session=None):
        if self.provider != PROVIDER:
            return super()._fincycle_oauth_client(session)
        return OAuthClient(
            session or self._fincycle_http_session(),
            f"{self.base_url}/oauth/authorize",
            f"{self.base_url}/oauth/token",
            ClientSecret(self.example_client_id, self.sudo().example_client_secret),
            scopes=("read", "webhooks"),
            provider="Example",
        )

    def _example_call(self, method, path, **kwargs):
        session = self._fincycle_http_session()
        token = self._fincycle_oauth_access_token(session)
        headers = {"Authorization": f"Bearer {token}"}
        return session.json(method, f"{self.base_url}{path}", headers=headers, **kwargs)

    def _fincycle_check_connection(self):
        if self.provider != PROVIDER:
            return super()._fincycle_check_connection()
        me = self._example_call("GET", "/v1/me")
        return self.env._("Example answered for %(name)s.", name=me.get("name"))

    def _fincycle_webhook_scheme(self):
        if self.provider != PROVIDER:
            return super()._fincycle_webhook_scheme()
        return QontoScheme()  # any fincycle.webhooks scheme: the provider's signature

    def _fincycle_webhook_api(self):
        if self.provider != PROVIDER:
            return super()._fincycle_webhook_api()

        def create(url):
            hook = self._example_call("POST", "/v1/webhooks", json={"url": url})
            return hook["id"], hook["secret"]

        return WebhookApi(
            create=create,
            delete=lambda hook_id: self._example_call(
                "DELETE", f"/v1/webhooks/{quote(hook_id, safe='')}"
            ),
            list=lambda: [(h["id"], h["url"]) for h in self._example_call("GET", "/v1/webhooks")],
        )

    def _fincycle_process_webhook_event(self, event):
        if self.provider != PROVIDER:
            return super()._fincycle_process_webhook_event(event)
        # Book what the provider says now, not what the event said (it may be stale).
        # An id from outside is one path segment, never a path ("../me" would walk the API).
        note_id = quote(str(event._fincycle_payload()["data"]["id"]), safe="")
        note = self._example_call("GET", f"/v1/notes/{note_id}")
        self.message_post(body=note["text"])
        return self.env._("Note %(id)s posted.", id=note["id"])
