# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""What the toy connector puts into the URLs it calls with the connection's token: ids from a
webhook or from the provider are path segments, never paths (``..`` is resolved by the HTTP
client before the request leaves)."""

import contextlib
import json
from datetime import timedelta
from urllib.parse import urlsplit

from odoo import fields
from odoo.tests import HttpCase, tagged

from odoo.addons.fincycle_base.tests.common import FincycleTestProviderMixin

from fincycle.http import FincycleHttpError
from fincycle.testing.fake_server import FakeResponse, FakeServer
from fincycle.webhooks import QontoScheme


@tagged("post_install", "-at_install")
class TestExampleConnectorSecurity(FincycleTestProviderMixin, HttpCase):
    def setUp(self):
        super().setUp()
        self.fake = FakeServer().start()
        self.addCleanup(self.fake.stop)
        self.fake.sticky[("GET", "/v1/me")] = FakeResponse(200, {"id": "me", "text": "PRIVATE"})
        self.fake.sticky[("DELETE", "/v1/me")] = FakeResponse(204)
        self.env["ir.config_parameter"].sudo().set_param("web.base.url", "https://erp.example")
        self.account = self.env["fincycle.integration"].create(
            {"name": "Toy", "provider": "example", "environment": "sandbox"}
        )
        self.account.base_url = self.fake.url  # a system administrator's test server
        self.account.sudo().write(
            {
                "access_token": "at-1",
                "refresh_token": "rt-1",
                "token_expires_at": fields.Datetime.now() + timedelta(hours=1),
            }
        )
        self.env.flush_all()

    def test_a_webhook_id_cannot_walk_to_another_api_path(self):
        body = json.dumps({"id": "evt-1", "type": "note", "data": {"id": "../me"}}).encode()
        secret = self.account.sudo().webhook_secret
        headers = {"Content-Type": "application/json", **QontoScheme().sign(body, secret)}
        path = urlsplit(self.account.sudo().webhook_url).path
        self.assertEqual(self.url_open(path, data=body, headers=headers).status_code, 200)
        self.env["fincycle.webhook.event"]._cron_process_pending()
        self.assertEqual(self.fake.calls("GET", "/v1/me"), [])
        self.assertNotIn("PRIVATE", " ".join(self.account.message_ids.mapped("body")))

    def test_a_subscription_id_cannot_walk_to_another_api_path(self):
        api = self.account._fincycle_webhook_api()
        with contextlib.suppress(FincycleHttpError):  # a 404 for the odd id is fine
            api.delete("../me")
        self.assertEqual(self.fake.calls("DELETE", "/v1/me"), [])
