# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Who sets a Revolut feed up: a Fincycle manager does every step through the web client's
routes (key pair, Client ID, consent, mapping, webhook, disconnect) without ever reading a
secret; a plain accounting user does none; only a system administrator picks a custom host.
Also what the connection shows of its feeds (the demo's mapped journals included)."""

from urllib.parse import parse_qs, urlsplit

from odoo import fields
from odoo.exceptions import AccessError
from odoo.tests import HttpCase, JsonRpcException, new_test_user, tagged

from odoo.addons.fincycle_base.tests.common import (
    FincycleTestProviderMixin,
    click,
    make_accounting_company,
)

from fincycle.banking import revolut as revolut_lib
from fincycle.testing.fake_revolut import FakeRevolut

CALLBACK_PATH = "/fincycle/revolut/oauth/callback"  # the kit's, for provider revolut

SECRETS = (
    "private_key",
    "access_token",
    "refresh_token",
    "token_expires_at",
    "webhook_secret",
    "webhook_token",
    "webhook_url",
    "credential_origins",
)


@tagged("post_install", "-at_install")
class TestRevolutSetupRights(FincycleTestProviderMixin, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = make_accounting_company(cls.env, "Revolut Rights", currency="CHF")
        cls.env.ref("base.CHF").active = True
        cls.env.ref("base.user_admin").company_ids |= cls.company
        common = {"company_id": cls.company.id, "company_ids": [cls.company.id]}
        # what the demo's accountant and comptable are: accounting and Fincycle managers
        cls.manager = new_test_user(
            cls.env,
            login="rev_manager",
            password="rev_manager_pw",
            groups="account.group_account_manager,account.group_account_user",
            **common,
        )
        cls.bookkeeper = new_test_user(
            cls.env,
            login="rev_bookkeeper",
            password="rev_bookkeeper_pw",
            groups="account.group_account_user",
            **common,
        )
        # sees the connections (Fincycle user), has no rights on the OCA providers
        cls.invoicing = new_test_user(
            cls.env, login="rev_invoicing", groups="account.group_account_invoice", **common
        )

    def setUp(self):
        super().setUp()
        # web.base.url is this test server (HttpCase): the consent comes back here.
        self.redirect_uri = self.base_url() + CALLBACK_PATH
        self.fake = FakeRevolut(
            client_id="client-M",
            issuer=revolut_lib.issuer_from_redirect_uri(self.redirect_uri),
            require_https_webhooks=False,  # this test server speaks http
        )
        self.fake.start()
        self.addCleanup(self.fake.stop)
        self.chf = self.fake.add_account("CHF", balance=2500, iban="CH9300762011623852957")
        # Only an administrator may point a connection at another host (here the fake).
        self.integration = self.env["fincycle.integration"].create(
            {
                "name": "Revolut Rights",
                "provider": "revolut",
                "company_id": self.company.id,
                "environment": "sandbox",
                "base_url": self.fake.api_url,
            }
        )

    def _as(self, user):
        self.authenticate(user.login, f"{user.login}_pw")

    def _write(self, vals):
        return self.make_jsonrpc_request(
            "/web/dataset/call_kw/fincycle.integration/write",
            {
                "model": "fincycle.integration",
                "method": "write",
                "args": [self.integration.ids, vals],
                "kwargs": {"context": {"allowed_company_ids": self.company.ids}},
            },
        )

    def test_manager_sets_up_the_feed_without_reading_a_secret(self):
        self._as(self.manager)
        integration = self.integration.with_user(self.manager)
        # 1. key pair: the certificate is shown, the private key stays with the server
        click(self, self.integration, "action_revolut_generate_keys")
        self.env.invalidate_all()
        self.assertTrue(integration.revolut_has_key)
        self.assertIn("BEGIN CERTIFICATE", integration.revolut_certificate)
        self.fake.certificate_pem = integration.revolut_certificate  # pasted into Revolut
        # 2. Client ID, then Connect: Revolut's consent page of this (custom) host
        self._write({"revolut_client_id": "client-M"})
        action = click(self, self.integration, "action_fincycle_oauth_connect")
        consent = urlsplit(action["url"])
        self.assertEqual(
            f"{consent.scheme}://{consent.netloc}{consent.path}", self.fake.consent_base
        )
        query = parse_qs(consent.query)
        self.assertEqual(query["redirect_uri"], [self.redirect_uri])
        response = self.url_open(
            f"{CALLBACK_PATH}?code={self.fake.issue_code()}&state={query['state'][0]}",
            allow_redirects=False,
        )
        self.assertEqual(response.status_code, 303, response.text[:300])
        self.env.invalidate_all()
        self.assertEqual(integration.state, "connected", integration.last_error_message)
        self.assertTrue(self.integration.sudo().refresh_token)
        # 3. Map Accounts: a journal created for the CHF account
        action = click(self, self.integration, "action_revolut_map_accounts")
        wizard = self.env["revolut.account.map"].with_user(self.manager).browse(action["res_id"])
        wizard.line_ids.create_journal = True
        wizard.action_apply()
        provider = integration.revolut_provider_ids
        self.assertEqual(provider.fincycle_remote_account_id, self.chf["id"])
        self.assertEqual(provider.journal_id.company_id, self.company)
        # 4. Register Webhook: Revolut holds our URL, we hold its signing secret
        click(self, self.integration, "action_fincycle_webhook_register")
        self.env.invalidate_all()
        [hook] = self.fake.webhooks.values()
        self.assertEqual(hook["url"], self.integration.sudo().webhook_url)
        self.assertEqual(self.integration.sudo().webhook_secret, hook["signing_secret"])
        self.assertEqual(integration.webhook_remote_id, hook["id"])
        # never a secret for the manager, through the ORM or over RPC
        for field in SECRETS:
            with self.assertRaises(AccessError, msg=field):
                integration.read([field])
        answer = self.make_jsonrpc_request(
            "/web/dataset/call_kw/fincycle.integration/web_read",
            {
                "model": "fincycle.integration",
                "method": "web_read",
                "args": [self.integration.ids],
                "kwargs": {
                    "specification": {"revolut_certificate": {}, "revolut_client_id": {}},
                    "context": {"allowed_company_ids": self.company.ids},
                },
            },
        )
        dumped = str(answer)
        stored = self.integration.sudo()
        for value in (stored.private_key, stored.refresh_token, stored.access_token):
            self.assertNotIn(value, dumped)
        # 5. Disconnect
        click(self, self.integration, "action_fincycle_oauth_disconnect")
        self.env.invalidate_all()
        self.assertEqual(integration.state, "draft")
        self.assertFalse(self.integration.sudo().refresh_token)

    def test_manager_cannot_enter_a_secret_or_change_an_address(self):
        self._as(self.manager)
        for vals in (
            {"private_key": "-----BEGIN PRIVATE KEY-----"},
            {"access_token": "oa_sand_mine"},
            {"refresh_token": "oa_sand_mine"},
            {"webhook_secret": "wsk_mine"},
            {"base_url": "http://127.0.0.1:1/api/1.0"},
        ):
            with self.assertRaises(JsonRpcException, msg=str(vals)):
                self._write(vals)
        self.integration.invalidate_recordset()
        self.assertEqual(self.integration.base_url, self.fake.api_url)
        self.assertFalse(self.integration.sudo().private_key)

    def test_plain_accounting_user_does_none_of_the_steps(self):
        self.integration.revolut_client_id = "client-M"
        self.integration.action_revolut_generate_keys()
        self._as(self.bookkeeper)
        self.assertEqual(self.integration.with_user(self.bookkeeper).name, "Revolut Rights")
        for method in (
            "action_revolut_generate_keys",
            "action_fincycle_oauth_connect",
            "action_revolut_map_accounts",
            "action_fincycle_webhook_register",
            "action_fincycle_oauth_disconnect",
        ):
            with self.assertRaises(JsonRpcException, msg=method):
                click(self, self.integration, method)
        with self.assertRaises(JsonRpcException):
            self._write({"revolut_client_id": "someone-else"})
        self.assertFalse(self.integration.sudo().consent_state_hash)
        self.assertFalse(self.fake.calls())

    def test_manager_form_has_the_provider_tab_without_secrets(self):
        arch = (
            self.env["fincycle.integration"].with_user(self.manager).get_view(view_type="form")
        )["arch"]
        for name in (
            'name="revolut"',
            'name="action_revolut_generate_keys"',
            'name="action_fincycle_oauth_connect"',
            'name="action_revolut_map_accounts"',
            'name="action_fincycle_webhook_register"',
            'name="action_fincycle_oauth_disconnect"',
            'name="revolut_provider_ids"',
            'name="revolut_certificate"',
        ):
            self.assertIn(name, arch)
        for name in SECRETS:
            self.assertNotIn(f'name="{name}"', arch)
        self.assertNotIn('name="credentials"', arch)
        self.assertNotIn("CopyClipboardText", arch)  # no such widget in Odoo 19

    def test_revolut_shows_no_generic_credentials_tab(self):
        self.assertFalse(self.integration.show_generic_credentials)

    def test_issuer_and_redirect_follow_web_base_url(self):
        """One source of truth: the JWT issuer is the redirect URI's domain, read now."""
        icp = self.env["ir.config_parameter"].sudo()
        icp.set_param("web.base.url", "https://erp.example.ch")
        self.integration.invalidate_recordset()
        self.assertEqual(
            self.integration.revolut_redirect_uri, "https://erp.example.ch" + CALLBACK_PATH
        )
        self.assertEqual(self.integration.revolut_issuer, "erp.example.ch")
        self.assertFalse(self.integration.public_url_warning)
        icp.set_param("web.base.url", "http://127.0.0.1:8169")
        self.integration.invalidate_recordset()
        self.assertEqual(self.integration.revolut_issuer, "127.0.0.1:8169")
        self.assertTrue(self.integration.revolut_redirect_uri.startswith("http://127.0.0.1:8169/"))
        self.assertIn("127.0.0.1:8169", self.integration.public_url_warning)

    def test_official_host_uses_revolut_consent_page(self):
        self.integration.base_url = revolut_lib.SANDBOX_API
        self.assertEqual(self.integration._revolut_consent_base(), revolut_lib.SANDBOX_CONSENT)
        self.integration.environment = "production"
        self.assertEqual(self.integration._revolut_consent_base(), revolut_lib.PRODUCTION_CONSENT)

    # -- what the connection shows of its feeds ---------------------------------------------
    def _paused_feed(self, balance_state="ok"):
        """What the demo holds: a journal mapped to the connection whose scheduled pull is
        off (not connected), with a balance checked against the provider."""
        journal = self.env["account.journal"].create(
            {"name": "Revolut CHF", "code": "REVT", "type": "bank", "company_id": self.company.id}
        )
        return self.env["online.bank.statement.provider"].create(
            {
                "journal_id": journal.id,
                "service": "revolut",
                "fincycle_integration_id": self.integration.id,
                "fincycle_remote_account_id": "demo-chf",
                "active": False,
                "last_successful_run": fields.Datetime.now(),
                "fincycle_provider_balance": 2500.0,
                "fincycle_journal_balance": 2500.0 if balance_state == "ok" else 2400.0,
                "fincycle_balance_state": balance_state,
            }
        )

    def test_mapped_accounts_list_paused_feeds(self):
        provider = self._paused_feed()
        for user in (self.manager, self.env.ref("base.user_admin")):
            integration = self.integration.with_user(user).with_context(
                allowed_company_ids=self.company.ids
            )
            self.assertEqual(integration.revolut_provider_ids, provider, user.login)

    def test_card_shows_journal_last_pull_and_balance(self):
        provider = self._paused_feed()
        integration = self.integration.with_user(self.invoicing)
        with self.assertRaises(AccessError):
            provider.with_user(self.invoicing).read(["journal_id"])
        self.assertEqual(integration.feed_names, "Revolut CHF")
        self.assertEqual(integration.last_pull_at, provider.last_successful_run)
        self.assertIn("2,500.00", integration.feed_balance)
        self.assertEqual(integration.feed_balance_state, "ok")
        self.assertEqual(integration.health, "never")  # not connected yet

    def test_card_turns_red_with_the_reason_of_a_failed_pull(self):
        provider = self._paused_feed()
        self.integration.state = "connected"
        provider.write(
            {
                "fincycle_last_failure_at": fields.Datetime.now(),
                "fincycle_last_failure_message": "Revolut answered HTTP 503",
            }
        )
        integration = self.integration.with_user(self.invoicing)
        self.assertEqual(integration.health, "error")
        self.assertEqual(integration.health_color, 1)
        self.assertIn("Revolut CHF", integration.health_reason)
        self.assertIn("Revolut answered HTTP 503", integration.health_reason)

    def test_card_warns_about_a_balance_difference(self):
        self._paused_feed(balance_state="mismatch")
        self.integration.state = "connected"
        integration = self.integration.with_user(self.invoicing)
        self.assertEqual(integration.feed_balance_state, "mismatch")
        self.assertEqual(integration.health, "warning")
        self.assertIn("2,400.00", integration.health_reason)
