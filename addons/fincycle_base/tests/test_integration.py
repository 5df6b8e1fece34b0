# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import psycopg2

from odoo.tests import TransactionCase, tagged
from odoo.tools import mute_logger

from fincycle.http import AuthError
from fincycle.testing import FakeResponse, FakeServer

from .common import TEST_PROVIDER, FincycleTestProviderMixin


@tagged("post_install", "-at_install")
class TestIntegrationAccount(FincycleTestProviderMixin, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._register_test_provider()
        cls._setup_companies_and_users()

    def test_new_account_has_distinct_random_webhook_credentials(self):
        other = self.account_b.sudo()
        mine = self.account_a.sudo()
        self.assertGreaterEqual(len(mine.webhook_token), 40)
        self.assertNotEqual(mine.webhook_token, other.webhook_token)
        self.assertNotEqual(mine.webhook_secret, other.webhook_secret)
        self.assertEqual(self.account_a.health, "never")

    def test_one_active_account_per_provider_company_environment(self):
        with mute_logger("odoo.sql_db"), self.assertRaises(psycopg2.IntegrityError):
            with self.env.cr.savepoint():
                self.env["fincycle.integration"].create(
                    {"name": "dup", "provider": TEST_PROVIDER, "company_id": self.company_a.id}
                )
        sandbox = self.env["fincycle.integration"].create(
            {
                "name": "sandbox",
                "provider": TEST_PROVIDER,
                "company_id": self.company_a.id,
                "environment": "sandbox",
            }
        )
        self.assertTrue(sandbox)

    def test_copy_does_not_copy_secrets(self):
        copy = self.account_a.copy({"environment": "sandbox"})
        self.assertFalse(copy.sudo().api_key)
        self.assertNotEqual(copy.sudo().webhook_token, self.account_a.sudo().webhook_token)

    def test_test_connection_success_and_failure(self):
        result = self.account_a.with_user(self.manager_a).action_test_connection()
        self.assertEqual(result["params"]["type"], "success")
        self.assertEqual(self.account_a.state, "connected")
        self.assertEqual(self.account_a.health, "ok")
        type(self).fail_with = AuthError("HTTP 401: token key-A-123456 rejected", status=401)
        try:
            result = self.account_a.with_user(self.manager_a).action_test_connection()
        finally:
            type(self).fail_with = None
        self.assertEqual(result["params"]["type"], "danger")
        self.assertNotIn("key-A-123456", result["params"]["message"])
        self.assertEqual(self.account_a.state, "error")
        self.assertEqual(self.account_a.health, "error")
        self.assertNotIn("key-A-123456", self.account_a.last_error_message)
        last_message = self.account_a.message_ids[0].body
        self.assertIn("rejected", last_message)
        self.assertNotIn("key-A-123456", last_message)

    def test_http_session_uses_policy_breaker_and_redaction(self):
        with FakeServer() as server:
            server.add("GET", "/me", FakeResponse(401, {"message": "bad key key-A-123456"}))
            self.account_a.base_url = server.url
            # credentials entered for that host (they only ever go where they were entered for)
            self.account_a.sudo().write({"api_key": "key-A-123456"})
            session = self.account_a._fincycle_http_session()
            with (
                self.assertRaises(AuthError) as err,
                self.assertLogs("fincycle.http", "WARNING") as logs,
            ):
                session.get(server.url + "/me")
            self.assertNotIn("key-A-123456", err.exception.message)
            self.assertNotIn("key-A-123456", "\n".join(logs.output))
            other = self.account_b._fincycle_http_session()
            self.assertIsNot(session.breaker, other.breaker)
