# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""A Revolut feed set up in a browser, on the demo database, against a local Revolut test
server: the administrator does the whole setup (key pair, consent, mapping, webhook), the
German-speaking accountant (a Fincycle manager) maps accounts and registers the webhook. The
screens of the connections are saved under $FINCYCLE_SCREENSHOTS."""

from odoo.addons.fincycle_base.tests.common import FincycleTestProviderMixin
from odoo.addons.fincycle_base.tests.tours import FincycleTourCase

from fincycle.banking.revolut import issuer_from_redirect_uri
from fincycle.testing.fake_revolut import FakeRevolut

CALLBACK_PATH = "/fincycle/revolut/oauth/callback"  # the kit's, for provider revolut

CONNECTIONS = "/odoo/action-fincycle_base.action_fincycle_integration"
# The form with its provider tab open and at least one mapped journal listed.
MAPPED_READY = (
    "document.querySelector('.o_notebook .nav-link[name=revolut].active')"
    " && document.querySelector('.o_field_widget[name=revolut_provider_ids] .o_data_row')"
    " && !document.querySelector('.o_loading_indicator')"
)
# Every card of the user's companies drawn, with what the connection feeds.
KANBAN_READY = (
    "document.querySelectorAll('.o_kanban_record:not(.o_kanban_ghost)').length >= %(cards)d"
    " && document.querySelector('.o_kanban_record .o_fincycle_integration_facts')"
    " && !document.querySelector('.o_loading_indicator')"
)


class TestRevolutSetupTours(FincycleTestProviderMixin, FincycleTourCase):
    browser_size = "1440x1800"  # the whole form with its provider tab
    cookies = None  # for the browser: the active companies (cids) of a screenshot

    def browser_js(self, url_path, code, *args, **kwargs):
        if self.cookies and not kwargs.get("cookies"):
            kwargs["cookies"] = self.cookies
        return super().browser_js(url_path, code, *args, **kwargs)

    def setUp(self):
        super().setUp()
        # web.base.url is this test server (HttpCase), so is the consent's way back.
        redirect_uri = self.base_url() + CALLBACK_PATH
        self.fake = FakeRevolut(
            client_id="tour-client",
            issuer=issuer_from_redirect_uri(redirect_uri),
            redirect_uri=redirect_uri,
            require_https_webhooks=False,  # this test server speaks http
        )
        self.fake.start()
        self.addCleanup(self.fake.stop)
        self.main = self.fake.add_account(
            "CHF", name="Main", balance=48250, iban="CH9300762011623852957"
        )
        self.fake.add_account("EUR", name="Euro", balance=1200)

    def _connection_to_the_test_server(self, company):
        """What only an administrator may do: a connection calling another host than
        Revolut's. The demo's sample connection of the company steps aside (one active
        connection per provider, company and environment)."""
        Integration = self.env["fincycle.integration"]
        sample = Integration.search(
            [
                ("provider", "=", "revolut"),
                ("company_id", "=", company.id),
                ("environment", "=", "sandbox"),
            ]
        )
        sample.active = False
        sample.flush_recordset()  # before the new one meets the unique index
        return Integration.create(
            {
                "name": "Revolut Business (test server)",
                "provider": "revolut",
                "company_id": company.id,
                "environment": "sandbox",
                "base_url": self.fake.api_url,
            }
        )

    @staticmethod
    def _form(integration):
        return f"{CONNECTIONS}/{integration.id}"

    def _check_set_up(self, integration):
        integration.invalidate_recordset()
        self.assertEqual(integration.state, "connected", integration.last_error_message)
        provider = integration.revolut_provider_ids
        self.assertEqual(provider.fincycle_remote_account_id, self.main["id"])
        self.assertEqual(provider.journal_id.bank_account_id.sanitized_acc_number, self.main_iban)
        [hook] = self.fake.webhooks.values()
        self.assertEqual(hook["url"], integration.sudo().webhook_url)
        self.assertEqual(integration.sudo().webhook_secret, hook["signing_secret"])

    main_iban = "CH9300762011623852957"

    def test_administrator_sets_up_revolut(self):
        integration = self._connection_to_the_test_server(
            self.env.ref("base.user_admin").company_id
        )
        url = self._form(integration)
        self.start_tour(url, "fincycle_revolut_generate_key", login="admin")
        # In Revolut: Add API certificate (the one just shown), which gives the Client ID.
        integration.invalidate_recordset()
        self.fake.certificate_pem = integration.revolut_certificate
        self.start_tour(url, "fincycle_revolut_connect_map_register", login="admin")
        self._check_set_up(integration)
        self.assertEqual(self.fake.assertions[-1]["sub"], "tour-client")
        self.screenshot("connection_form_admin", url, "admin", ready=MAPPED_READY)

    def test_accountant_maps_accounts_and_registers_the_webhook(self):
        accountant = self.demo_user("accountant")
        integration = self._connection_to_the_test_server(accountant.company_id)
        integration.revolut_client_id = "tour-client"
        integration.action_revolut_generate_keys()
        self.fake.certificate_pem = integration.revolut_certificate
        tokens = self.fake.issue_tokens()
        integration.sudo().write(
            {
                "access_token": tokens["access_token"],
                "refresh_token": tokens["refresh_token"],
                "state": "connected",
            }
        )
        self.start_tour(
            self._form(integration), "fincycle_revolut_manager_maps", login="accountant"
        )
        self._check_set_up(integration)

    # -- the screens of the demo as it is --------------------------------------------------
    def test_screens_of_the_connections(self):
        accountant = self.demo_user("accountant")
        self.browser_size = "1440x900"  # a kanban needs no tall screen
        self.cookies = {"cids": "-".join(str(cid) for cid in accountant.company_ids.ids)}
        self.screenshot(
            "connections_kanban",
            CONNECTIONS,
            "accountant",
            ready=KANBAN_READY % {"cards": len(accountant.company_ids)},
        )
        self.cookies = None
        self.browser_size = type(self).browser_size
        lumiere = self.env.ref("fincycle_demo.integration_revolut_lumiere")
        self.screenshot("connection_form_manager", self._form(lumiere), "comptable", MAPPED_READY)
        qonto = self.env.ref("fincycle_demo.integration_qonto_lumiere", raise_if_not_found=False)
        if qonto:
            self.screenshot(
                "connection_form_qonto_manager",
                self._form(qonto),
                "comptable",
                ready="document.querySelector('.o_notebook .nav-link[name=qonto].active')",
            )
