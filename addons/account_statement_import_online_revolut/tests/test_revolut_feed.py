# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Revolut Business end to end against a local fake that enforces the contract: the token
endpoint checks our JWT against the certificate we generated, paging, 401/429, webhooks."""

import json
from datetime import datetime, timedelta, timezone
from unittest.mock import patch
from urllib.parse import parse_qs, urlsplit

from odoo import fields
from odoo.exceptions import AccessError, UserError
from odoo.tests import HttpCase, new_test_user, tagged

from odoo.addons.fincycle_base.tests.common import (
    FincycleTestProviderMixin,
    click,
    make_accounting_company,
)

from fincycle.banking import revolut as revolut_lib
from fincycle.testing.fake_revolut import FakeRevolut, sign_webhook
from fincycle.testing.fake_server import FakeResponse

ISSUER = "erp.example.com"


@tagged("post_install", "-at_install")
class TestRevolutFeed(FincycleTestProviderMixin, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["ir.config_parameter"].sudo().set_param("web.base.url", f"https://{ISSUER}")
        cls.company_a = make_accounting_company(cls.env, "Revolut A")
        cls.company_b = make_accounting_company(cls.env, "Revolut B")
        cls.env.ref("base.USD").active = True
        cls.env.ref("base.CHF").active = True

    def setUp(self):
        super().setUp()
        # A fresh Revolut per test: the database rolls back after each test, the fake must too.
        self.fake = FakeRevolut(client_id="client-A", issuer=ISSUER)
        self.fake.start()
        self.addCleanup(self.fake.stop)
        self.eur = self.fake.add_account("EUR", balance=1000, iban="LT123250000000000001")
        self.usd = self.fake.add_account("USD", balance=0)
        self.chf = self.fake.add_account("CHF", balance=0)
        self.acme = self.fake.add_counterparty("Acme SARL", iban="FR7630006000011234567890189")
        Provider = type(self.env["online.bank.statement.provider"])
        # small pages, so paging is exercised with a few hundred lines
        self.startPatcher(patch.object(Provider, "_revolut_page_size", lambda self: 50))
        self._integration_a = None

    @property
    def integration(self):
        if not self._integration_a:
            self._integration_a = self._connected_integration(self.company_a)
        return self._integration_a

    # -- helpers ---------------------------------------------------------------------------
    def _integration(self, company):
        integration = self.env["fincycle.integration"].create(
            {
                "name": f"Revolut {company.name}",
                "provider": "revolut",
                "company_id": company.id,
                "environment": "sandbox",
                "revolut_client_id": "client-A",
            }
        )
        integration.base_url = self.fake.api_url
        integration.action_revolut_generate_keys()
        self.fake.certificate_pem = integration.revolut_certificate
        return integration

    def _connected_integration(self, company):
        integration = self._integration(company)
        tokens = self.fake.issue_tokens()
        integration.sudo().write(
            {
                "access_token": tokens["access_token"],
                "refresh_token": tokens["refresh_token"],
                "token_expires_at": fields.Datetime.now() + timedelta(minutes=40),
                "state": "connected",
            }
        )
        return integration

    def _map(self, integration, remote, journal=None):
        wizard = self.env["revolut.account.map"].create({"integration_id": integration.id})
        wizard._load_accounts()
        line = wizard.line_ids.filtered(lambda x: x.remote_account_id == remote["id"])
        line.write({"journal_id": journal.id} if journal else {"create_journal": True})
        wizard.action_apply()
        return self.env["online.bank.statement.provider"].search(
            [
                ("fincycle_integration_id", "=", integration.id),
                ("fincycle_remote_account_id", "=", remote["id"]),
            ]
        )

    def _lines(self, provider):
        return self.env["account.bank.statement.line"].search(
            [("journal_id", "=", provider.journal_id.id)]
        )

    def _scheduled_pull(self, provider, since):
        provider.write({"next_run": fields.Datetime.now(), "last_successful_run": since})
        provider.with_context(scheduled=True, tracking_disable=True)._pull(
            since, fields.Datetime.now() + timedelta(seconds=1)
        )

    def _post_event(self, integration, event, data):
        url, body, headers = self.fake.webhook_delivery(event, data)
        path = urlsplit(url).path
        return self.url_open(path, data=body, headers=headers)

    # -- connection ------------------------------------------------------------------------
    def test_first_connection_through_consent_page(self):
        integration = self._integration(self.company_a)
        self.assertTrue(integration.sudo().private_key.startswith("-----BEGIN PRIVATE KEY"))
        self.assertIn("BEGIN CERTIFICATE", integration.revolut_certificate)
        self.assertEqual(integration.revolut_issuer, ISSUER)
        self.assertEqual(
            integration.revolut_redirect_uri, f"https://{ISSUER}/fincycle/revolut/oauth/callback"
        )
        query, state = self._connect(integration)
        self.assertEqual(query["client_id"], ["client-A"])
        self.assertEqual(query["response_type"], ["code"])
        self.assertEqual(query["redirect_uri"], [integration.revolut_redirect_uri])
        code = self.fake.issue_code()
        response = self._callback(code, state)
        self.assertIn(response.status_code, (302, 303))
        integration.invalidate_recordset()
        self.assertEqual(integration.state, "connected")
        self.assertTrue(integration.sudo().refresh_token)
        claims = self.fake.assertions[-1]
        self.assertEqual((claims["iss"], claims["sub"]), (ISSUER, "client-A"))
        self.assertIn("active account", integration._fincycle_check_connection())

    def test_expired_code_leaves_a_clear_error(self):
        integration = self._integration(self.company_a)
        code = self.fake.issue_code()
        self.fake.advance(121)
        try:
            self.assertFalse(integration._fincycle_oauth_finish(code, None))
        finally:
            self.fake.advance(-121)
        integration.invalidate_recordset()
        self.assertEqual(integration.state, "error")
        self.assertIn("code", integration.last_error_message.lower())

    def test_callback_without_pending_consent_is_refused(self):
        self.authenticate("admin", "admin")
        response = self.url_open("/fincycle/revolut/oauth/callback?code=oa_sand_x&state=nope")
        self.assertEqual(response.status_code, 400)

    def _connect(self, integration):
        """Click Connect as admin in company A: (consent page query, state)."""
        admin = self.env.ref("base.user_admin")
        admin.company_ids |= self.company_a
        self.authenticate("admin", "admin")
        action = click(self, integration, "action_fincycle_oauth_connect")
        query = parse_qs(urlsplit(action["url"]).query)
        return query, query["state"][0]

    def _callback(self, code, state=None):
        query = f"code={code}" + (f"&state={state}" if state is not None else "")
        return self.url_open(f"/fincycle/revolut/oauth/callback?{query}", allow_redirects=False)

    def test_callback_needs_the_state_of_this_session(self):
        integration = self._integration(self.company_a)
        _query, state = self._connect(integration)
        attacker_code = self.fake.issue_code()
        # No state: an attacker's code must not be exchanged against the pending consent.
        self.assertEqual(self._callback(attacker_code).status_code, 400)
        self.assertEqual(self._callback(attacker_code, "").status_code, 400)
        # The right state from another browser session of the same user: refused too.
        self.authenticate("admin", "admin")
        self.assertEqual(self._callback(attacker_code, state).status_code, 400)
        self.assertFalse(self.fake.assertions)  # nothing was exchanged
        integration.invalidate_recordset()
        self.assertFalse(integration.sudo().refresh_token)

    def test_state_is_used_once_even_when_the_exchange_fails(self):
        integration = self._integration(self.company_a)
        _query, state = self._connect(integration)
        first = self._callback("oa_sand_never_issued", state)
        self.assertIn(first.status_code, (302, 303))  # back to the form, error shown there
        integration.invalidate_recordset()
        self.assertEqual(integration.state, "error")
        second = self._callback(self.fake.issue_code(), state)
        self.assertEqual(second.status_code, 400)
        integration.invalidate_recordset()
        self.assertFalse(integration.sudo().refresh_token)

    def test_unreachable_api_during_consent_is_an_error_not_a_crash(self):
        integration = self._integration(self.company_a)
        _query, state = self._connect(integration)
        code = self.fake.issue_code()
        self.fake.stop()
        response = self._callback(code, state)
        self.assertIn(response.status_code, (302, 303))
        integration.invalidate_recordset()
        self.assertEqual(integration.state, "error")
        self.assertIn("revolut", integration.last_error_message.lower())

    def test_bad_api_address_during_consent_is_recorded_on_the_connection(self):
        integration = self._integration(self.company_a)
        _query, state = self._connect(integration)
        integration.base_url = self.fake.url + "/api/9.9"  # same host, wrong version
        response = self._callback(self.fake.issue_code(), state)
        self.assertIn(response.status_code, (302, 303))
        integration.invalidate_recordset()
        self.assertEqual(integration.state, "error")
        self.assertIn("/api/1.0", integration.last_error_message)

    def test_bad_api_address_is_a_sentence(self):
        integration = self._integration(self.company_a)
        integration.base_url = self.fake.url + "/api/9.9"  # same host, wrong version
        with self.assertRaisesRegex(UserError, "must end with /api/1.0"):
            integration._revolut_client()

    def test_access_token_refreshed_on_401_and_before_expiry(self):
        provider = self._map(self.integration, self.eur)
        self.fake.add_transaction(self.eur["id"], 10, reference="R-1")
        self.fake.expire_all_tokens()  # we still believe the token is valid: 401, refresh, retry
        provider._fincycle_pull_now()
        self.assertEqual(len(self._lines(provider)), 1)
        old_refresh = self.integration.sudo().refresh_token
        self.integration.sudo().token_expires_at = fields.Datetime.now() + timedelta(minutes=2)
        before = self.integration.sudo().access_token
        self.integration._revolut_client().accounts()
        self.assertNotEqual(self.integration.sudo().access_token, before)  # refreshed early
        self.assertEqual(self.integration.sudo().refresh_token, old_refresh)  # kept

    def test_revoked_consent_puts_connection_in_error_with_activity(self):
        provider = self._map(self.integration, self.eur)
        since = fields.Datetime.now() - timedelta(hours=1)
        self.fake.revoke_consent()
        self._scheduled_pull(provider, since)
        self.assertEqual(provider.last_successful_run, since)  # no gap
        self.assertIn("consent", provider.fincycle_last_failure_message.lower())
        self.assertEqual(self.integration.state, "error")
        self.assertTrue(self.integration.activity_ids)
        self.assertNotIn(
            self.integration.sudo().refresh_token, provider.fincycle_last_failure_message
        )

    def test_wrong_key_is_explained_with_activity(self):
        provider = self._map(self.integration, self.eur)
        since = fields.Datetime.now() - timedelta(hours=1)
        # Revolut holds another certificate than the one our key signs for
        _key, foreign_certificate = revolut_lib.generate_key_pair(ISSUER)
        self.fake.certificate_pem = foreign_certificate
        self.fake.expire_all_tokens()
        self._scheduled_pull(provider, since)
        self.assertEqual(provider.last_successful_run, since)
        self.assertEqual(self.integration.state, "error")
        self.assertIn("certificate", self.integration.last_error_message.lower())
        self.assertTrue(self.integration.activity_ids)

    # -- mapping ---------------------------------------------------------------------------
    def test_map_accounts_creates_journals_per_currency(self):
        usd_provider = self._map(self.integration, self.usd)
        self.assertEqual(usd_provider.journal_id.currency_id.name, "USD")
        self.assertEqual(usd_provider.journal_id.company_id, self.company_a)
        eur_provider = self._map(self.integration, self.eur)
        self.assertFalse(eur_provider.journal_id.currency_id)  # the company currency
        self.assertEqual(
            eur_provider.journal_id.bank_account_id.sanitized_acc_number, "LT123250000000000001"
        )
        wrong = self.env["account.journal"].search(
            [
                ("company_id", "=", self.company_a.id),
                ("type", "=", "bank"),
                ("currency_id", "=", False),
            ],
            limit=1,
        )
        with self.assertRaises(UserError):
            self._map(self.integration, self.chf, journal=wrong)

    # -- pulling ---------------------------------------------------------------------------
    def test_paging_over_several_pages_books_each_once_with_balances(self):
        provider = self._map(self.integration, self.eur)
        start = datetime.now(timezone.utc) - timedelta(days=2)
        for n in range(230):
            self.fake.add_transaction(
                self.eur["id"],
                (n % 7) - 3 or 1,
                created_at=start + timedelta(seconds=60 * n),
                reference=f"P-{n}",
                counterparty=self.acme,
            )
        self._scheduled_pull(provider, fields.Datetime.now() - timedelta(days=3))
        lines = self._lines(provider)
        self.assertEqual(len(lines), 230)
        self.assertEqual(len(set(lines.mapped("unique_import_id"))), 230)
        pages = [c for c in self.fake.calls() if c.path.endswith("/transactions")]
        self.assertGreaterEqual(len(pages), 3)
        self.assertEqual(
            provider.fincycle_balance_state, "ok", provider.fincycle_balance_difference
        )
        sample = lines.filtered(lambda x: x.payment_ref == "P-5")
        self.assertEqual(sample.partner_name, "Acme SARL")
        self.assertEqual(sample.account_number, "FR7630006000011234567890189")
        self.assertTrue(json.loads(sample.raw_data)["legs"])
        for statement in lines.statement_id:
            self.assertAlmostEqual(
                statement.balance_start + sum(statement.line_ids.mapped("amount")),
                statement.balance_end_real,
                places=2,
            )
        # second pull: nothing new, no per-line work
        self._scheduled_pull(provider, fields.Datetime.now() - timedelta(days=3))
        self.assertEqual(len(self._lines(provider)), 230)

    def test_pending_booked_when_completed_and_reversal_books_opposite(self):
        provider = self._map(self.integration, self.eur)
        pending = self.fake.add_transaction(
            self.eur["id"], -40, state="pending", reference="CARD-1"
        )
        provider._fincycle_pull_now()
        self.assertFalse(self._lines(provider))
        self.assertEqual(provider.fincycle_pending_amount, -40)
        self.fake.set_state(pending["id"], "completed")
        # The next pull starts after the creation time; the pending marker reads back to it.
        self._scheduled_pull(provider, fields.Datetime.now())
        line = self._lines(provider)
        self.assertEqual(line.mapped("amount"), [-40])
        self.fake.set_state(pending["id"], "reverted")
        data = {"id": pending["id"], "old_state": "completed", "new_state": "reverted"}
        self.integration.action_fincycle_webhook_register()
        self.assertEqual(
            self._post_event(self.integration, "TransactionStateChanged", data).status_code, 200
        )
        self.env["fincycle.webhook.event"]._cron_process_pending()
        self.assertEqual(sorted(self._lines(provider).mapped("amount")), [-40, 40])

    def test_declined_and_unknown_currency_reported_rest_booked(self):
        provider = self._map(self.integration, self.eur)
        self.fake.add_transaction(
            self.eur["id"], -5, state="declined", reason_code="insufficient_balance"
        )
        self.fake.add_raw_transaction(
            [{"leg_id": "leg-x", "account_id": self.eur["id"], "amount": 12, "currency": "XYZ"}],
            type="transfer",
            state="completed",
        )
        self.fake.add_transaction(self.eur["id"], 7, reference="GOOD")
        provider._fincycle_pull_now()
        self.assertEqual(self._lines(provider).mapped("payment_ref"), ["GOOD"])
        self.assertIn("XYZ", provider.message_ids[0].body)

    def test_failure_midway_then_resume_without_gap_or_duplicate(self):
        provider = self._map(self.integration, self.eur)
        start = datetime.now(timezone.utc) - timedelta(hours=30)
        for n in range(150):
            self.fake.add_transaction(
                self.eur["id"], 1, created_at=start + timedelta(seconds=60 * n)
            )
        since = fields.Datetime.now() - timedelta(days=2)
        calls_before = len(self.fake.calls())
        # first page answered, then the server fails for longer than the retries last
        original = self.fake._get_transactions
        served = []

        def flaky(request):
            served.append(1)
            if len(served) > 1:
                return FakeResponse(500, {"code": 9000, "message": "Internal error"})
            return original(request)

        self.fake._get_transactions = flaky
        try:
            self._scheduled_pull(provider, since)
        finally:
            self.fake._get_transactions = original
        self.assertGreater(len(self.fake.calls()), calls_before)
        self.assertFalse(self._lines(provider))  # all or nothing
        self.assertEqual(provider.last_successful_run, since)
        self.assertTrue(provider.fincycle_last_failure_message)
        self._scheduled_pull(provider, provider.last_successful_run)
        self.assertEqual(len(self._lines(provider)), 150)
        self.assertFalse(provider.fincycle_last_failure_message)
        self.assertGreater(provider.last_successful_run, since)

    def test_rate_limited_call_is_retried(self):
        provider = self._map(self.integration, self.eur)
        self.fake.add_transaction(self.eur["id"], 3)
        self.fake.rate_limit_next(1, retry_after="1")
        provider._fincycle_pull_now()
        self.assertEqual(len(self._lines(provider)), 1)

    # -- webhooks --------------------------------------------------------------------------
    def test_webhook_books_line_and_replays_are_ignored(self):
        provider = self._map(self.integration, self.eur)
        self.integration.action_fincycle_webhook_register()
        self.assertTrue(self.integration.sudo().webhook_secret.startswith("wsk_"))
        tx = self.fake.add_transaction(self.eur["id"], 250, reference="INV/2026/0001")
        response = self._post_event(self.integration, "TransactionCreated", tx)
        self.assertEqual(response.status_code, 200)
        self.env["fincycle.webhook.event"]._cron_process_pending()
        self.assertEqual(self._lines(provider).mapped("amount"), [250])
        replay = self._post_event(self.integration, "TransactionCreated", tx)
        self.assertEqual(replay.status_code, 200)
        self.env["fincycle.webhook.event"]._cron_process_pending()
        self.assertEqual(len(self._lines(provider)), 1)

    def test_webhook_secret_rotated_at_revolut_keeps_the_former_one_24_hours(self):
        self.integration.action_fincycle_webhook_register()
        stored = self.integration.sudo()
        first, hook_id = stored.webhook_secret, stored.webhook_remote_id
        self.assertEqual(self.integration._fincycle_webhook_list()[0][0], hook_id)
        self.integration.action_rotate_webhook_secret()
        self.assertTrue(
            self.fake.calls("POST", f"/api/2.0/webhooks/{hook_id}/rotate-signing-secret")
        )
        self.assertNotEqual(stored.webhook_secret, first)
        self.assertTrue(stored.webhook_secret.startswith("wsk_"))
        self.assertEqual(stored.webhook_secret_previous, first)
        grace = stored.webhook_secret_previous_until - fields.Datetime.now()
        self.assertGreater(grace, timedelta(hours=23))
        self.assertEqual(stored.webhook_remote_id, hook_id)  # the same webhook, a new secret
        # registering again replaces ours (one webhook at Revolut), unregistering deletes it
        self.integration.action_fincycle_webhook_register()
        self.assertEqual(len(self.integration._fincycle_webhook_list()), 1)
        self.integration.action_fincycle_webhook_unregister()
        self.assertFalse(self.integration._fincycle_webhook_list())
        self.assertFalse(self.integration.webhook_remote_id)

    def test_out_of_order_events(self):
        provider = self._map(self.integration, self.eur)
        self.integration.action_fincycle_webhook_register()
        tx = self.fake.add_transaction(self.eur["id"], -60, state="pending")
        changed = self.fake.set_state(tx["id"], "completed")
        # the state change arrives before the creation
        self._post_event(self.integration, "TransactionStateChanged", changed)
        self._post_event(self.integration, "TransactionCreated", dict(tx, state="pending"))
        self.env["fincycle.webhook.event"]._cron_process_pending()
        self.assertEqual(self._lines(provider).mapped("amount"), [-60])

    def test_webhook_for_another_companys_account_books_nothing_there(self):
        self._map(self.integration, self.eur)
        other = self._connected_integration(self.company_b)
        b_account = self.fake.add_account("EUR", balance=0)
        b_provider = self._map(other, b_account)
        self.integration.action_fincycle_webhook_register()
        tx = self.fake.add_transaction(b_account["id"], 99)
        self._post_event(self.integration, "TransactionCreated", tx)  # A's URL and secret
        self.env["fincycle.webhook.event"]._cron_process_pending()
        self.assertFalse(self._lines(b_provider))
        event = self.env["fincycle.webhook.event"].search(
            [("integration_id", "=", self.integration.id)]
        )
        self.assertEqual(event.state, "processed")

    def test_bad_signature_and_malformed_json_are_refused(self):
        self._map(self.integration, self.eur)
        self.integration.action_fincycle_webhook_register()
        tx = self.fake.add_transaction(self.eur["id"], 1)
        url, body, headers = self.fake.webhook_delivery("TransactionCreated", tx)
        path = urlsplit(url).path
        self.assertEqual(self.url_open(path, data=body + b" ", headers=headers).status_code, 401)
        url, body, headers = self.fake.webhook_delivery("TransactionCreated", tx)
        bad = b"{not json"
        ts = headers["Revolut-Request-Timestamp"]
        headers.update(sign_webhook(bad, self.integration.sudo().webhook_secret, int(ts)))
        self.assertEqual(self.url_open(path, data=bad, headers=headers).status_code, 400)

    # -- security --------------------------------------------------------------------------
    def test_company_isolation_and_secret_fields(self):
        provider_a = self._map(self.integration, self.eur)
        self.fake.add_transaction(self.eur["id"], 5)
        provider_a._fincycle_pull_now()
        accountant_b = new_test_user(
            self.env,
            login="rev_acc_b",
            groups="account.group_account_manager,account.group_account_user,fincycle_base.group_fincycle_manager",
            company_id=self.company_b.id,
            company_ids=[self.company_b.id],
        )
        Provider = self.env["online.bank.statement.provider"].with_user(accountant_b)
        self.assertFalse(Provider.search([("id", "=", provider_a.id)]))
        Line = self.env["account.bank.statement.line"].with_user(accountant_b)
        self.assertFalse(Line.search([("journal_id", "=", provider_a.journal_id.id)]))
        accountant_a = new_test_user(
            self.env,
            login="rev_acc_a",
            groups="account.group_account_manager,account.group_account_user,fincycle_base.group_fincycle_manager",
            company_id=self.company_a.id,
            company_ids=[self.company_a.id],
        )
        with self.assertRaises(AccessError):
            _ = self.integration.with_user(accountant_a).private_key
        with self.assertRaises(AccessError):
            _ = provider_a.with_user(accountant_a).password
