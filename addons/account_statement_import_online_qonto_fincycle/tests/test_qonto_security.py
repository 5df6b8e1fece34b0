# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import Command
from odoo.exceptions import AccessError, UserError
from odoo.tests import TransactionCase, new_test_user, tagged

from odoo.addons.fincycle_base.models import fincycle_oauth

from fincycle.testing import FakeServer

from .common import ACCOUNT_B, SINCE, UNTIL, QontoTestCommon


@tagged("post_install", "-at_install")
class TestQontoSecurity(QontoTestCommon, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.accountant_a = new_test_user(
            cls.env,
            login="qonto_accountant_a",
            groups="account.group_account_user,fincycle_base.group_fincycle_manager",
            company_id=cls.company_a.id,
            company_ids=[Command.set(cls.company_a.ids)],
        )

    def test_company_a_user_cannot_read_company_b_provider_or_lines(self):
        self._tx(account=ACCOUNT_B, amount="77.00", at="2025-05-02T10:00:00Z")
        self.provider_b._pull(SINCE, UNTIL)
        line_b = self._lines(self.journal_b)
        self.assertEqual(len(line_b), 1)
        Provider = self.env["online.bank.statement.provider"].with_user(self.accountant_a)
        visible = Provider.search([("service", "=", "qonto")])
        self.assertIn(self.provider_a, visible)
        self.assertNotIn(self.provider_b, visible)
        with self.assertRaises(AccessError):
            self.provider_b.with_user(self.accountant_a).read(["name"])
        Line = self.env["account.bank.statement.line"].with_user(self.accountant_a)
        self.assertFalse(Line.search([("journal_id", "=", self.journal_b.id)]))
        with self.assertRaises(AccessError):
            line_b.with_user(self.accountant_a).read(["amount"])
        with self.assertRaises(AccessError):
            self.integration_b.with_user(self.accountant_a).read(["name"])

    def test_credentials_and_tokens_are_for_administrators_only(self):
        self._connect_oauth(self.integration_a)
        integration = self.integration_a.with_user(self.accountant_a)
        self.assertEqual(integration.read(["name"])[0]["name"], "Qonto A")
        for field in ("api_key", "api_secret", "qonto_client_secret", "qonto_staging_token"):
            with self.assertRaises(AccessError, msg=field):
                integration.read([field])
        with self.assertRaises(AccessError):
            self.env["fincycle.oauth.token"].with_user(self.accountant_a).search([])
        # what the form shows them needs no access to the tokens
        self.assertEqual(integration.oauth_state, "active")
        with self.assertRaises(AccessError):
            self.provider_a.with_user(self.accountant_a).read(["password"])

    def test_plain_accounting_user_cannot_connect_map_or_register(self):
        """Reading connections is not setting them up: no Fincycle manager, no button."""
        user = new_test_user(
            self.env,
            login="qonto_bookkeeper_a",
            groups="account.group_account_user",
            company_id=self.company_a.id,
            company_ids=[Command.set(self.company_a.ids)],
        )
        self.assertFalse(user.has_group("fincycle_base.group_fincycle_manager"))
        self.integration_a.qonto_auth_mode = "oauth"
        integration = self.integration_a.with_user(user)
        self.assertEqual(integration.name, "Qonto A")  # reads it
        for action in (
            integration.action_fincycle_oauth_connect,
            integration.action_qonto_map_accounts,
            integration.action_fincycle_webhook_register,
            integration.action_fincycle_webhook_unregister,
            integration.action_fincycle_oauth_disconnect,
        ):
            with self.assertRaises(AccessError, msg=action.__name__):
                action()
        with self.assertRaises(AccessError):
            integration.write({"qonto_client_id": "mine"})
        self.assertFalse(self.integration_a.sudo().consent_state_hash)

    def test_manager_enters_the_client_id_but_no_secret(self):
        integration = self.integration_a.with_user(self.accountant_a)
        integration.write({"qonto_auth_mode": "oauth", "qonto_client_id": "app-of-the-firm"})
        self.assertEqual(integration.qonto_client_id, "app-of-the-firm")
        self.assertTrue(integration.qonto_has_client_secret)  # entered by the administrator
        self.assertTrue(integration.qonto_has_api_key)
        for field in ("api_key", "api_secret", "qonto_client_secret", "qonto_staging_token"):
            with self.assertRaises(AccessError, msg=field):
                integration.write({field: "typed by a manager"})
        self.assertEqual(self.integration_a.sudo().qonto_client_secret, self.fake.client_secret)

    def test_connect_without_a_client_secret_says_who_enters_it(self):
        self.integration_a.sudo().qonto_client_secret = False
        integration = self.integration_a.with_user(self.accountant_a)
        integration.qonto_auth_mode = "oauth"
        self.assertFalse(integration.qonto_has_client_secret)
        with self.assertRaisesRegex(UserError, "system administrator"):
            integration.action_fincycle_oauth_connect()

    def test_manager_form_has_the_setup_but_no_secret_field(self):
        arch = (
            self.env["fincycle.integration"]
            .with_user(self.accountant_a)
            .get_view(view_type="form")["arch"]
        )
        for name in (
            'name="qonto"',
            'name="action_fincycle_oauth_connect"',
            'name="action_qonto_map_accounts"',
            'name="action_fincycle_webhook_register"',
            'name="action_fincycle_oauth_disconnect"',
            'name="qonto_client_id"',
            'name="qonto_provider_ids"',
        ):
            self.assertIn(name, arch)
        for name in ("api_key", "api_secret", "qonto_client_secret", "qonto_staging_token"):
            self.assertNotIn(f'name="{name}"', arch)
        admin_arch = self.env["fincycle.integration"].get_view(view_type="form")["arch"]
        self.assertIn('name="qonto_client_secret"', admin_arch)
        self.assertIn('name="api_key"', admin_arch)

    def test_mapped_accounts_include_paused_feeds(self):
        """The demo's feeds are paused (not connected): the table must still list them."""
        self.provider_a.active = False
        integration = self.integration_a.with_user(self.accountant_a)
        self.assertEqual(integration.qonto_provider_ids, self.provider_a)
        self.assertEqual(integration.feed_names, self.journal_a.name)

    def test_token_record_rule_is_per_company(self):
        self._connect_oauth(self.integration_a)
        self._connect_oauth(self.integration_b)
        admin_a = new_test_user(
            self.env,
            login="qonto_admin_a",
            groups="base.group_system",
            company_id=self.company_a.id,
            company_ids=[Command.set(self.company_a.ids)],
        )
        tokens = self.env["fincycle.oauth.token"].with_user(admin_a).search([])
        self.assertEqual(tokens.integration_id, self.integration_a)

    # -- the stored credentials never reach another host --------------------------------------
    def test_manager_cannot_point_a_connection_elsewhere(self):
        """Tried by the probe as a manager: base_url or the OAuth server set to a listener, then
        Test Connection / a refresh sent the API login and secret, or the refresh token."""
        integration = self.integration_a.with_user(self.accountant_a)
        with FakeServer() as listener:
            for field in ("base_url", "qonto_oauth_base_url"):
                with self.assertRaises(AccessError, msg=field):
                    integration.write({field: listener.url})
            with self.assertRaises(AccessError):
                self.provider_a.with_user(self.accountant_a).write({"api_base": listener.url})
            self.assertEqual(listener.calls(), [])

    def test_changed_hosts_never_receive_a_secret(self):
        self._connect_oauth(self.integration_a)
        self.assertIn("Qonto answered", self.integration_a._fincycle_check_connection())
        with FakeServer() as listener:
            for field in ("base_url", "qonto_oauth_base_url"):
                original = self.integration_a[field]
                self.integration_a.write({field: listener.url})  # an administrator, or SQL
                fincycle_oauth._ACCESS_CACHE.clear()
                action = self.integration_a.action_test_connection()
                self.assertEqual(action["params"]["type"], "danger")
                self.assertIn("enter the credentials again", action["params"]["message"])
                self.integration_a.write({field: original})
            self.assertEqual(listener.calls(), [])

    def test_switching_environment_does_not_carry_production_keys(self):
        integration = self.integration_a.with_user(self.accountant_a)
        integration.write({"environment": "sandbox"})
        self.assertEqual(integration.base_url, "https://thirdparty-sandbox.staging.qonto.co")
        action = self.integration_a.action_test_connection()
        self.assertEqual(action["params"]["type"], "danger")
        self.assertIn("enter the credentials again", action["params"]["message"])
