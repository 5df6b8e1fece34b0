# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""What the connections kanban and form tell: health and why, feeds, waiting events, and
whether this server's address can be called back by a provider."""

from datetime import datetime
from unittest.mock import patch

from odoo import fields
from odoo.tests import TransactionCase, tagged

from odoo.addons.fincycle_base.models.fincycle_integration import public_url_problem

from .common import TEST_PROVIDER, FincycleTestProviderMixin


@tagged("post_install", "-at_install")
class TestConnectionOverview(FincycleTestProviderMixin, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._register_test_provider()
        cls._setup_companies_and_users()
        cls.Event = cls.env["fincycle.webhook.event"]

    def _set_base_url(self, url):
        self.env["ir.config_parameter"].sudo().set_param("web.base.url", url)
        self.account_a.invalidate_recordset()

    def _feeds(self, feeds):
        """Patch the feed hook (the bank connectors implement it) for the test provider."""
        Integration = type(self.env["fincycle.integration"])
        original = Integration._fincycle_feeds

        def hook(records):
            result = original(records)
            for record in records.filtered(lambda r: r.provider == TEST_PROVIDER):
                result[record.id] = feeds
            return result

        return patch.object(Integration, "_fincycle_feeds", hook)

    # -- this server's address ---------------------------------------------------------------
    def test_public_url_problem(self):
        for url, expected in (
            ("https://erp.example.com", None),
            ("https://erp.example.com:8443/", None),
            ("https://203.0.113.10", "local"),  # documentation range: not a public address
            ("https://8.8.8.8", None),
            ("http://erp.example.com", "http"),
            ("http://localhost:8069", "local"),
            ("https://localhost", "local"),
            ("http://127.0.0.1:8169", "local"),
            ("https://192.168.1.20", "local"),
            ("https://10.0.0.5", "local"),
            ("https://[::1]:8069", "local"),
            ("https://odoo", "local"),
            ("https://erp.local", "local"),
            ("", "missing"),
            (None, "missing"),
            ("not a url", "missing"),
        ):
            self.assertEqual(public_url_problem(url), expected, url)

    def test_warning_when_this_server_cannot_be_called_back(self):
        self._set_base_url("http://localhost:8069")
        account = self.account_a.with_user(self.manager_a)
        self.assertIn("http://localhost:8069", account.public_url_warning)
        self.assertIn("web.base.url", account.public_url_warning)
        self._set_base_url("http://erp.example.com")
        self.assertIn("not https", account.public_url_warning)
        self._set_base_url("https://erp.example.com/")
        self.assertFalse(account.public_url_warning)
        self.assertEqual(
            self.account_a.sudo().webhook_url,
            f"https://erp.example.com/fincycle/webhook/{TEST_PROVIDER}/"
            f"{self.account_a.sudo().webhook_token}",
        )

    def test_webhook_url_follows_the_system_parameter(self):
        """Computed when read, never stored stale."""
        self._set_base_url("https://one.example.com")
        self.assertTrue(self.account_a.sudo().webhook_url.startswith("https://one.example.com/"))
        self._set_base_url("https://two.example.com")
        self.assertTrue(self.account_a.sudo().webhook_url.startswith("https://two.example.com/"))

    # -- health and why ----------------------------------------------------------------------
    def test_health_says_why_in_red(self):
        account = self.account_a
        self.assertEqual((account.health, account.health_reason), ("never", False))
        self.assertEqual(account.health_color, 0)
        account._fincycle_record_success()
        self.assertEqual((account.health, account.health_color), ("ok", 10))
        account._fincycle_record_error("Revolut refused the key (HTTP 401).")
        account.invalidate_recordset()
        self.assertEqual(account.health, "error")
        self.assertEqual(account.health_reason, "Revolut refused the key (HTTP 401).")
        self.assertEqual(account.health_color, 1)
        # what a user without rights on the providers or the events reads on the card
        card = account.with_user(self.user_a).read(
            ["health", "health_reason", "health_color", "webhook_pending_count", "last_pull_at"]
        )[0]
        self.assertEqual(card["health_reason"], "Revolut refused the key (HTTP 401).")

    def test_failed_webhook_events_need_attention(self):
        account = self.account_a
        account._fincycle_record_success()
        self.Event.create({"integration_id": account.id, "external_id": "e1", "state": "dead"})
        account.invalidate_recordset()
        self.assertEqual((account.health, account.health_color), ("warning", 2))
        self.assertIn("1 webhook event(s) failed", account.health_reason)

    def test_pending_webhook_events_are_counted(self):
        account = self.account_a
        for number, state in enumerate(("received", "failed", "processed", "dead", "duplicate")):
            self.Event.create(
                {"integration_id": account.id, "external_id": f"p{number}", "state": state}
            )
        self.Event.create({"integration_id": self.account_b.id, "external_id": "other"})
        account.invalidate_recordset()
        self.assertEqual(account.webhook_pending_count, 2)  # received + failed (to retry)
        self.assertEqual(account.with_user(self.user_a).webhook_pending_count, 2)

    def test_a_failed_pull_of_a_feed_is_an_error_with_its_message(self):
        eur = self.env.ref("base.EUR")
        failed = {
            "name": "Bank EUR",
            "balance": 10.0,
            "currency": eur,
            "balance_state": "ok",
            "failure": "HTTP 503 from the provider",
            "failure_at": fields.Datetime.now(),
        }
        self.account_a._fincycle_record_success()
        with self._feeds([failed]):
            self.account_a.invalidate_recordset()
            self.assertEqual(self.account_a.health, "error")
            self.assertEqual(
                self.account_a.health_reason,
                "The last pull into Bank EUR failed: HTTP 503 from the provider",
            )

    def test_feeds_on_the_card(self):
        eur, usd = self.env.ref("base.EUR"), self.env.ref("base.USD")
        pulled = datetime(2026, 3, 1, 9, 30)
        feeds = [
            {
                "name": "Bank EUR",
                "last_success": pulled,
                "balance": 1234.5,
                "currency": eur,
                "balance_state": "ok",
            },
            {
                "name": "Bank USD",
                "last_success": False,
                "balance": 10.0,
                "journal_balance": 12.0,
                "currency": usd,
                "balance_state": "mismatch",
            },
        ]
        account = self.account_a.with_user(self.user_a)
        account.sudo().write({"state": "connected"})
        with self._feeds(feeds):
            account.invalidate_recordset()
            self.assertEqual(account.feed_names, "Bank EUR, Bank USD")
            self.assertEqual(account.last_pull_at, pulled)
            self.assertIn("1,234.50", account.feed_balance)
            self.assertIn("10.00", account.feed_balance)
            self.assertEqual(account.feed_balance_state, "mismatch")
            self.assertEqual(account.health, "warning")
            self.assertIn("Bank USD", account.health_reason)
            self.assertIn("12.00", account.health_reason)
        with self._feeds(feeds[:1]):
            account.invalidate_recordset()
            self.assertEqual(account.feed_balance_state, "ok")
            self.assertEqual(account.health, "ok")
        with self._feeds([dict(feeds[0], balance_state="unknown", balance=None)]):
            account.invalidate_recordset()
            self.assertEqual(account.feed_balance_state, "unknown")
            self.assertFalse(account.feed_balance)
        with self._feeds([]):
            account.invalidate_recordset()
            self.assertFalse(account.feed_names)
            self.assertFalse(account.last_pull_at)

    def test_last_pull_falls_back_to_the_last_success(self):
        self.account_a._fincycle_record_success()
        self.assertEqual(self.account_a.last_pull_at, self.account_a.last_success_at)

    # -- the form shows only what the provider uses -------------------------------------------
    def test_generic_credentials_tab_for_providers_without_their_own(self):
        self.assertTrue(self.account_a.show_generic_credentials)
        Integration = type(self.env["fincycle.integration"])
        with patch.object(Integration, "_fincycle_uses_generic_credentials", lambda self: False):
            self.account_a.invalidate_recordset()
            self.assertFalse(self.account_a.show_generic_credentials)

    def test_kanban_shows_the_card_facts(self):
        arch = self.env["fincycle.integration"].get_view(view_type="kanban")["arch"]
        for name in (
            "health_reason",
            "feed_names",
            "last_pull_at",
            "feed_balance",
            "feed_balance_state",
            "webhook_pending_count",
        ):
            self.assertIn(f'name="{name}"', arch)
        self.assertIn('highlight_color="health_color"', arch)
