# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The toy connector end to end against a local fake: consent, refresh and rotation, lost
consent, webhook registration with the base's grace period, a signed delivery processed."""

import json
from datetime import timedelta
from unittest.mock import patch
from urllib.parse import parse_qs, urlsplit

from psycopg2 import errors as pg_errors

from odoo import fields
from odoo.tests import HttpCase, tagged

from odoo.addons.fincycle_base.tests.common import FincycleTestProviderMixin, click

from fincycle.testing.fake_server import FakeResponse, FakeServer, oauth_error
from fincycle.webhooks import QontoScheme


def LATER():
    return fields.Datetime.now() + timedelta(hours=1)


def _form(request):
    return {k: v[-1] for k, v in parse_qs(request.body.decode()).items()}


def _tokens(n):
    return FakeResponse(
        200, {"access_token": f"at-{n}", "refresh_token": f"rt-{n}", "expires_in": 3600}
    )


@tagged("post_install", "-at_install")
class TestExampleConnector(FincycleTestProviderMixin, HttpCase):
    def setUp(self):
        super().setUp()
        self.fake = FakeServer().start()
        self.addCleanup(self.fake.stop)
        self.fake.sticky[("GET", "/v1/me")] = FakeResponse(200, {"name": "Toy Org"})
        self.env["ir.config_parameter"].sudo().set_param("web.base.url", "https://erp.example")
        self.account = self.env["fincycle.integration"].create(
            {"name": "Toy", "provider": "example", "environment": "sandbox"}
        )
        self.account.base_url = self.fake.url  # a system administrator's test server
        self.account.example_client_id = "app-1"
        self.account.sudo().example_client_secret = "s3cret"

    def _connect(self):
        self.authenticate("admin", "admin")
        action = click(self, self.account, "action_fincycle_oauth_connect")
        query = {k: v[-1] for k, v in parse_qs(urlsplit(action["url"]).query).items()}
        self.fake.add("POST", "/oauth/token", _tokens(1))
        path = f"/fincycle/example/oauth/callback?code=c-1&state={query['state']}"
        response = self.url_open(path, allow_redirects=False)
        self.account.invalidate_recordset()
        return query, response

    def test_consent_with_client_secret_and_pkce(self):
        query, response = self._connect()
        self.assertEqual(response.status_code, 303)
        self.assertEqual(
            query["redirect_uri"], "https://erp.example/fincycle/example/oauth/callback"
        )
        self.assertEqual(query["code_challenge_method"], "S256")
        form = _form(self.fake.calls("POST", "/oauth/token")[0])
        self.assertEqual((form["client_secret"], form["code"]), ("s3cret", "c-1"))
        self.assertTrue(form["code_verifier"])
        self.assertEqual((self.account.state, self.account.oauth_state), ("connected", "active"))
        self.assertEqual(self.account.sudo().refresh_token, "rt-1")
        # used once: the same state again is refused
        again = self.url_open(f"/fincycle/example/oauth/callback?code=c-2&state={query['state']}")
        self.assertEqual(again.status_code, 400)

    def test_expired_token_is_refreshed_rotated_and_used(self):
        self._connect()
        self.account.sudo().token_expires_at = fields.Datetime.now() - timedelta(minutes=1)
        self.fake.add("POST", "/oauth/token", _tokens(2))
        self.assertIn("Toy Org", self.account._fincycle_check_connection())
        refresh = _form(self.fake.calls("POST", "/oauth/token")[-1])
        self.assertEqual(
            (refresh["grant_type"], refresh["refresh_token"]), ("refresh_token", "rt-1")
        )
        self.assertEqual(self.account.sudo().refresh_token, "rt-2")
        me = self.fake.calls("GET", "/v1/me")[-1]
        self.assertEqual(me.headers["Authorization"], "Bearer at-2")

    def test_a_refresh_waits_for_the_lock_and_reuses_what_another_worker_stored(self):
        self._connect()
        Integration = type(self.account)
        locked = Integration._fincycle_oauth_refresh_locked
        calls = []

        def busy_once(record, session, rejected):
            calls.append(rejected)
            if len(calls) == 1:  # another worker holds the row: it refreshes meanwhile
                record.sudo().write({"access_token": "at-other", "token_expires_at": LATER()})
                record.env.flush_all()  # what it commits
                raise pg_errors.LockNotAvailable("could not obtain lock on row")
            return locked(record, session, rejected)

        with patch.object(Integration, "_fincycle_oauth_refresh_locked", busy_once):
            # at-1 was just refused by the API: a refresh is due, unless another worker did it
            self.assertEqual(self.account._fincycle_oauth_refresh(rejected="at-1"), "at-other")
        self.assertEqual(len(calls), 2)
        self.assertEqual(len(self.fake.calls("POST", "/oauth/token")), 1, "no second refresh")

    def test_lost_consent_puts_the_connection_in_error_with_one_activity(self):
        self._connect()
        self.account.sudo().token_expires_at = fields.Datetime.now() - timedelta(minutes=1)
        self.fake.sticky[("POST", "/oauth/token")] = oauth_error(400, "invalid_grant", "revoked")
        for _attempt in range(2):
            self.account.action_test_connection()
        self.assertEqual(self.account.state, "error")
        self.assertEqual(self.account.oauth_state, "revoked")
        self.assertIn("connect again", self.account.last_error_message)
        activity = self.account.activity_ids.filtered(lambda a: a.summary == "Reconnect Example")
        self.assertEqual(len(activity), 1)
        self.assertEqual(len(self.fake.calls("POST", "/oauth/token")), 2, "no call once lost")

    def test_webhook_registered_then_a_signed_delivery_is_processed(self):
        self._connect()
        old_secret = self.account.sudo().webhook_secret
        self.fake.add(
            "GET",
            "/v1/webhooks",
            FakeResponse(200, [{"id": "wh-0", "url": self.account.sudo().webhook_url}]),
        )
        self.fake.add("DELETE", "/v1/webhooks/wh-0", FakeResponse(204))
        self.fake.add("POST", "/v1/webhooks", FakeResponse(201, {"id": "wh-1", "secret": "whsec"}))
        self.account.action_fincycle_webhook_register()
        stored = self.account.sudo()
        self.assertEqual((stored.webhook_remote_id, stored.webhook_secret), ("wh-1", "whsec"))
        self.assertEqual(stored.webhook_secret_previous, old_secret)
        grace = stored.webhook_secret_previous_until - fields.Datetime.now()
        self.assertGreater(grace, timedelta(hours=23))
        self.assertTrue(self.fake.calls("DELETE", "/v1/webhooks/wh-0"), "ours replaced")
        body = json.dumps({"id": "evt-1", "type": "note", "data": {"id": "n-1"}}).encode()
        headers = {"Content-Type": "application/json", **QontoScheme().sign(body, "whsec")}
        path = urlsplit(stored.webhook_url).path
        self.assertEqual(self.url_open(path, data=body, headers=headers).status_code, 200)
        self.fake.add("GET", "/v1/notes/n-1", FakeResponse(200, {"id": "n-1", "text": "Hello"}))
        self.env["fincycle.webhook.event"]._cron_process_pending()
        self.assertIn("Hello", self.account.message_ids[0].body)
