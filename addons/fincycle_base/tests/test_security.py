# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import json

from odoo.exceptions import AccessError
from odoo.tests import HttpCase, tagged

from .common import FincycleTestProviderMixin


@tagged("post_install", "-at_install")
class TestFincycleSecurity(FincycleTestProviderMixin, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._register_test_provider()
        cls._setup_companies_and_users()
        Event = cls.env["fincycle.webhook.event"]
        cls.event_a = Event.create({"integration_id": cls.account_a.id, "external_id": "a1"})
        cls.event_b = Event.create({"integration_id": cls.account_b.id, "external_id": "b1"})
        cls.run_a = cls.account_a._fincycle_sync_start("transactions")
        cls.run_b = cls.account_b._fincycle_sync_start("transactions")

    def test_company_a_user_sees_nothing_of_company_b(self):
        for user in (self.user_a, self.manager_a):
            for model, mine, theirs in (
                ("fincycle.integration", self.account_a, self.account_b),
                ("fincycle.webhook.event", self.event_a, self.event_b),
                ("fincycle.sync.run", self.run_a, self.run_b),
            ):
                Model = self.env[model].with_user(user)
                found = Model.search([])
                self.assertIn(mine, found, f"{user.login} should see {model} of its company")
                self.assertNotIn(theirs, found, f"{user.login} must not see {model} of company B")
                with self.assertRaises(AccessError):
                    theirs.with_user(user).read(["company_id"])

    def test_user_reads_but_cannot_configure(self):
        account = self.account_a.with_user(self.user_a)
        self.assertEqual(account.name, "Test A")
        with self.assertRaises(AccessError):
            account.write({"name": "renamed"})
        with self.assertRaises(AccessError):
            self.event_a.with_user(self.user_a).action_retry()

    def test_manager_cannot_read_or_write_secrets_with_the_orm(self):
        account = self.account_a.with_user(self.manager_a)
        account.write({"name": "renamed by manager"})  # configuration is allowed
        for field in (
            "api_key",
            "api_secret",
            "access_token",
            "refresh_token",
            "private_key",
            "webhook_secret",
            "webhook_token",
            "webhook_url",
        ):
            with self.assertRaises(AccessError, msg=field):
                account.read([field])
            with self.assertRaises(AccessError, msg=field):
                account.write({field: "x"})
        values = account.read()[0]
        self.assertNotIn("api_key", values)
        self.assertNotIn("webhook_secret", values)

    def _rpc(self, login, password, model, method, args, kwargs=None):
        self.authenticate(login, password)
        payload = {
            "jsonrpc": "2.0",
            "method": "call",
            "params": {"model": model, "method": method, "args": args, "kwargs": kwargs or {}},
        }
        response = self.url_open(
            "/web/dataset/call_kw",
            data=json.dumps(payload),
            headers={"Content-Type": "application/json"},
            timeout=20,
        )
        return response.json()

    def test_manager_cannot_read_secrets_over_rpc(self):
        result = self._rpc(
            "fc_manager_a",
            "fc_manager_a_pw",
            "fincycle.integration",
            "read",
            [[self.account_a.id], ["name", "api_key"]],
        )
        self.assertIn("error", result)
        self.assertNotIn("key-A-123456", json.dumps(result))
        result = self._rpc(
            "fc_manager_a", "fc_manager_a_pw", "fincycle.integration", "search_read", [[]]
        )
        self.assertNotIn("error", result)
        self.assertEqual([r["id"] for r in result["result"]], [self.account_a.id])
        dumped = json.dumps(result)
        for secret in ("key-A-123456", "sec-A-abcdef", self.account_a.sudo().webhook_secret):
            self.assertNotIn(secret, dumped)
        # the form view a manager gets has no credential field at all
        result = self._rpc(
            "fc_manager_a",
            "fc_manager_a_pw",
            "fincycle.integration",
            "get_views",
            [[[False, "form"]]],
        )
        arch = result["result"]["views"]["form"]["arch"]
        self.assertNotIn('name="api_key"', arch)
        self.assertNotIn('name="webhook_secret"', arch)

    def test_admin_reads_secrets(self):
        self.env.ref("base.user_admin").company_ids |= self.company_a
        result = self._rpc(
            "admin",
            "admin",
            "fincycle.integration",
            "read",
            [[self.account_a.id], ["api_key"]],
            {"context": {"allowed_company_ids": [self.company_a.id]}},
        )
        self.assertEqual(result["result"][0]["api_key"], "key-A-123456")
