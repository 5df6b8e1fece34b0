# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Credentials only go to the hosts they were issued for; only administrators pick hosts."""

import logging
from unittest.mock import patch

from psycopg2.errors import SerializationFailure

from odoo.exceptions import AccessError
from odoo.tests import HttpCase, JsonRpcException, tagged

from fincycle.http import HostNotAllowedError
from fincycle.http.redact import FailedQueryFilter
from fincycle.testing import FakeResponse, FakeServer

from .common import TEST_PROVIDER, FincycleTestProviderMixin

OFFICIAL = {
    "production": "https://api.provider.example/v1",
    "sandbox": "https://sandbox.example/v1",
}


@tagged("post_install", "-at_install")
class TestEndpoints(FincycleTestProviderMixin, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._register_test_provider()
        Integration = type(cls.env["fincycle.integration"])
        original = Integration._fincycle_default_base_url

        def official(self):
            if self.provider != TEST_PROVIDER:
                return original(self)
            return OFFICIAL[self.environment]

        cls.startClassPatcher(patch.object(Integration, "_fincycle_default_base_url", official))
        cls._setup_companies_and_users()

    def setUp(self):
        super().setUp()
        self.provider_api = FakeServer()
        self.provider_api.start()
        self.addCleanup(self.provider_api.stop)
        self.listener = FakeServer()  # a server of the attacker's, on the same machine
        self.listener.start()
        self.addCleanup(self.listener.stop)
        self.provider_api.add("GET", "/v1/me", FakeResponse(200, {"ok": True}))

    def _bound_account(self):
        """An account an administrator pointed at the provider's server, then gave keys."""
        account = self.account_a
        account.base_url = self.provider_api.url + "/v1"
        account.sudo().write({"api_key": "key-A-123456", "api_secret": "sec-A-abcdef"})
        return account

    def _call(self, account, path="/me"):
        session = account._fincycle_http_session()
        return session.get_json(account.sudo().base_url + path, headers={"X-Key": "key-A-123456"})

    # -- who may change an address -----------------------------------------------------------
    def test_manager_cannot_change_any_endpoint_with_the_orm(self):
        account = self.account_a.with_user(self.manager_a)
        for url in (self.listener.url, "http://127.0.0.1:1/v1", OFFICIAL["sandbox"], ""):
            with self.assertRaises(AccessError, msg=url):
                account.write({"base_url": url})
        with self.assertRaises(AccessError):
            self.env["fincycle.integration"].with_user(self.manager_a).create(
                {
                    "name": "sneaky",
                    "provider": TEST_PROVIDER,
                    "company_id": self.company_a.id,
                    "base_url": self.listener.url,
                }
            )
        # The environment is theirs to choose: the official address follows.
        account.write({"environment": "sandbox"})
        self.assertEqual(account.base_url, OFFICIAL["sandbox"])
        account.write({"environment": "production", "base_url": OFFICIAL["production"]})
        self.assertEqual(account.base_url, OFFICIAL["production"])

    def test_manager_cannot_change_an_endpoint_over_rpc(self):
        self.authenticate("fc_manager_a", "fc_manager_a_pw")
        with self.assertRaises(JsonRpcException) as raised:
            self.make_jsonrpc_request(
                "/web/dataset/call_kw/fincycle.integration/write",
                {
                    "model": "fincycle.integration",
                    "method": "write",
                    "args": [[self.account_a.id], {"base_url": self.listener.url}],
                    "kwargs": {},
                },
            )
        self.assertIn("AccessError", str(raised.exception))
        self.account_a.invalidate_recordset()
        self.assertEqual(self.account_a.base_url, OFFICIAL["production"])

    def test_administrator_may_set_a_custom_host(self):
        account = self._bound_account()
        self.assertEqual(self._call(account), {"ok": True})
        self.assertEqual(
            account.sudo().credential_origins, self.provider_api.url.lower().rstrip("/")
        )

    # -- a changed host never receives a secret ---------------------------------------------
    def test_changed_host_never_receives_the_credentials(self):
        account = self._bound_account()
        self.assertEqual(self._call(account), {"ok": True})
        for changed in (self.listener.url + "/v1", OFFICIAL["sandbox"]):
            account.write({"base_url": changed})  # as administrator, or by any other way
            with self.assertRaises(HostNotAllowedError) as raised:
                self._call(account)
            self.assertIn("enter the credentials again", raised.exception.message)
        self.assertEqual(self.listener.calls(), [])
        # Credentials entered after the change are bound to the new address.
        account.write({"base_url": self.listener.url + "/v1"})
        account.sudo().write({"api_key": "key-for-this-host", "api_secret": "sec-for-this-host"})
        self.listener.add("GET", "/v1/me", FakeResponse(200, {"ok": "new"}))
        self.assertEqual(self._call(account), {"ok": "new"})

    def test_manager_switching_environment_does_not_carry_keys(self):
        account = self._bound_account()
        account.with_user(self.manager_a).write({"environment": "sandbox"})
        with self.assertRaises(HostNotAllowedError):
            self._call(account)

    def test_session_refuses_other_hosts_than_the_endpoints(self):
        account = self._bound_account()
        session = account._fincycle_http_session()
        with self.assertRaises(HostNotAllowedError):
            session.get(self.listener.url + "/v1/me")
        self.assertEqual(self.listener.calls(), [])

    def test_connection_error_does_not_echo_a_foreign_body(self):
        account = self._bound_account()
        self.provider_api.add("GET", "/v1/boom", FakeResponse(400, "<html>secret page</html>"))
        with self.assertRaises(Exception) as raised:
            self._call(account, "/boom")
        self.assertNotIn("secret page", str(raised.exception))

    def test_manager_cannot_smuggle_an_endpoint_through_defaults(self):
        """Found by the second probe: default_base_url in the context filled the address."""
        Integration = self.env["fincycle.integration"].with_user(self.manager_a)
        smuggling = Integration.with_context(default_base_url=self.listener.url + "/x?/api/1.0")
        with self.assertRaises(AccessError):
            smuggling.create(
                {
                    "name": "ssrf",
                    "provider": TEST_PROVIDER,
                    "company_id": self.company_a.id,
                    "environment": "sandbox",
                }
            )
        with self.assertRaises(AccessError):
            self.account_a.with_user(self.manager_a).copy(
                {"base_url": self.listener.url, "environment": "sandbox"}
            )

    def test_a_new_credential_does_not_rebind_the_old_ones(self):
        """Found by the second probe: after switching the environment, a manager generating a
        key re-bound the administrator's API key to the new hosts."""
        account = self._bound_account()
        account.with_user(self.manager_a).write({"environment": "sandbox"})
        # what a key generation does on behalf of a manager
        account.with_user(self.manager_a).sudo().write({"private_key": "-----BEGIN KEY"})
        stored = account.sudo()
        self.assertFalse(stored.api_key)
        self.assertFalse(stored.api_secret)
        self.assertEqual(stored.private_key, "-----BEGIN KEY")
        self.assertEqual(stored.credential_origins, "https://sandbox.example")
        self.assertIn("forgotten", account.message_ids[:1].body)

    def test_token_expiry_is_for_administrators(self):
        with self.assertRaises(AccessError):
            self.account_a.with_user(self.manager_a).write({"token_expires_at": "2000-01-01"})

    def test_failed_queries_on_connections_are_logged_without_values(self):
        filters = logging.getLogger("odoo.sql_db").filters
        self.assertTrue(
            any(
                isinstance(f, FailedQueryFilter) and "fincycle_integration" in f.tables
                for f in filters
            )
        )

    def test_work_apart_is_tried_again_after_a_concurrent_update(self):
        calls = []

        def work(account):
            calls.append(account.env.su)
            if len(calls) == 1:
                raise SerializationFailure("could not serialize access due to concurrent update")
            account.write({"name": "renamed apart"})
            return "done"

        self.assertEqual(self.account_a._fincycle_commit_apart(work), "done")
        self.assertEqual(calls, [True, True])
        self.assertEqual(self.account_a.name, "renamed apart")
