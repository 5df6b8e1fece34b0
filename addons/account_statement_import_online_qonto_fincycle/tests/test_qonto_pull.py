# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import json
from datetime import date, datetime, timedelta

from odoo import fields
from odoo.exceptions import UserError
from odoo.tests import TransactionCase, tagged

from .common import (
    ACCOUNT_A,
    ACCOUNT_EXT,
    IBAN_A,
    IBAN_EXT,
    SINCE,
    UNTIL,
    QontoTestCommon,
)


@tagged("post_install", "-at_install")
class TestQontoPull(QontoTestCommon, TransactionCase):
    # -- connection ------------------------------------------------------------------------
    def test_first_connection_with_api_key(self):
        self.fake.add_bank_account(
            account_id=ACCOUNT_EXT, iban=IBAN_EXT, external=True, name="Other bank"
        )
        action = self.integration_a.action_test_connection()
        self.assertEqual(action["params"]["type"], "success", action["params"]["message"])
        self.assertEqual(self.integration_a.state, "connected")
        self.assertEqual(self.integration_a.qonto_organization_slug, self.fake.login)
        message = action["params"]["message"]
        self.assertIn("3 bank account(s)", message)
        self.assertIn(IBAN_EXT, message)
        self.assertIn("external", message)
        call = self.fake.calls("GET", "/v2/organization")[-1]
        self.assertEqual(call.headers["Authorization"], f"{self.fake.login}:{self.fake.secret_key}")
        self.assertEqual(call.query["include_external_accounts"], ["true"])
        self.assertNotIn(self.fake.secret_key, message)

    def test_wrong_api_key_is_a_clear_error_on_the_connection(self):
        self.integration_a.sudo().api_secret = "not-the-key"
        action = self.integration_a.action_test_connection()
        self.assertEqual(action["params"]["type"], "danger")
        self.assertIn("HTTP 401", action["params"]["message"])
        self.assertIn("Invalid login or secret key", action["params"]["message"])
        self.assertEqual(self.integration_a.state, "error")
        self.assertNotIn("not-the-key", self.integration_a.last_error_message)

    # -- mapping and booking ---------------------------------------------------------------
    def test_pull_books_completed_with_counterparty_and_keeps_pending_apart(self):
        self.env.ref("base.CHF").active = True
        income = self._tx(
            amount="120.00",
            label="BROWN CONSULTING",
            reference="FAC-2025-00022",
            counterparty_iban="GB96REVO36014416880583",
            at="2025-05-02T10:00:00.123Z",
        )
        debit = self._tx(
            amount="30.50",
            side="debit",
            label="EDF Entreprises",
            reference=None,
            subject_type="DirectDebit",
            counterparty_iban="FR7630006000011234567890189",
            at="2025-05-02T11:00:00Z",
            fraction=False,
        )
        self._tx(
            amount="12.00",
            side="debit",
            status="pending",
            label="Card shop",
            at="2025-05-03T09:00:00Z",
        )
        self._tx(amount="99.00", side="debit", status="declined", at="2025-05-03T09:30:00Z")
        card = self._tx(
            amount="11.90",
            side="debit",
            label="Zurich Café",
            reference=None,
            subject_type="Card",
            counterparty_iban=None,
            local_currency="CHF",
            local_amount="11.50",
            card_last_digits="4242",
            at="2025-05-04T12:00:00.5Z",
        )
        self.provider_a._pull(SINCE, UNTIL)
        lines = self._lines(self.journal_a)
        self.assertEqual(len(lines), 3)
        first = lines.filtered(lambda li: income["transaction_id"] in li.unique_import_id)
        # OCA-compatible id: <IBAN>-<journal>-<transaction_id>
        self.assertEqual(
            first.unique_import_id, f"{IBAN_A}-{self.journal_a.id}-{income['transaction_id']}"
        )
        self.assertEqual(first.amount, 120.0)
        self.assertEqual(first.payment_ref, "BROWN CONSULTING - FAC-2025-00022")
        self.assertEqual(first.ref, "FAC-2025-00022")
        self.assertEqual(first.partner_name, "BROWN CONSULTING")
        self.assertEqual(first.account_number, "GB96REVO36014416880583")
        self.assertEqual(first.date, date(2025, 5, 2))
        self.assertEqual(json.loads(first.raw_data)["id"], income["id"])
        second = lines.filtered(lambda li: debit["transaction_id"] in li.unique_import_id)
        self.assertEqual(second.amount, -30.5)
        self.assertEqual(second.account_number, "FR7630006000011234567890189")
        self.assertEqual(second.transaction_type, "direct_debit")
        third = lines.filtered(lambda li: card["transaction_id"] in li.unique_import_id)
        self.assertEqual(third.amount, -11.9)
        self.assertEqual(third.foreign_currency_id, self.env.ref("base.CHF"))
        self.assertEqual(third.amount_currency, -11.5)
        self.assertIn("Card ending 4242", third.narration)
        self.assertEqual(third.partner_name, "Zurich Café")
        # pending: not booked, shown on the provider; declined: nothing
        self.assertEqual(self.provider_a.fincycle_pending_amount, -12.0)
        self.assertTrue(self.provider_a.fincycle_oldest_pending_at)
        # the Qonto balance (1000 + 120 - 30.50 - 11.90) matches the journal
        self.assertEqual(self.provider_a.fincycle_provider_balance, 1077.6)
        self.assertEqual(self.provider_a.fincycle_balance_state, "ok")
        query = self.fake.calls("GET", "/v2/transactions")[0].query
        self.assertEqual(query["bank_account_id"], [ACCOUNT_A])
        self.assertEqual(query["sort_by"], ["updated_at:asc"])
        self.assertEqual(query["status[]"], ["pending", "completed", "declined"])
        self.assertIn("updated_at_from", query)
        # read again: nothing new
        self.provider_a._pull(SINCE, UNTIL)
        self.assertEqual(len(self._lines(self.journal_a)), 3)

    def test_pending_then_completed_is_booked_once_completed(self):
        tx = self._tx(amount="12.00", side="debit", status="pending", at="2025-05-03T09:00:00Z")
        self.provider_a._pull(SINCE, UNTIL)
        self.assertFalse(self._lines(self.journal_a))
        self.assertEqual(self.provider_a.fincycle_pending_amount, -12.0)
        self.fake.set_status(tx["id"], "completed", at="2025-05-04T08:00:00Z")
        self.provider_a._pull(SINCE, UNTIL)
        line = self._lines(self.journal_a)
        self.assertEqual(line.amount, -12.0)
        self.assertEqual(line.date, date(2025, 5, 4))
        self.assertEqual(self.provider_a.fincycle_pending_amount, 0.0)
        self.assertFalse(self.provider_a.fincycle_oldest_pending_at)

    def _paging(self, mode):
        self.fake.paging = mode
        for index in range(230):
            self._tx(amount=index + 1, at=f"2025-05-{2 + index // 60:02d}T08:{index % 60:02d}:00Z")
        self.provider_a._pull(SINCE, UNTIL)
        lines = self._lines(self.journal_a)
        self.assertEqual(len(lines), 230)
        self.assertEqual(len(set(lines.mapped("unique_import_id"))), 230)
        self.assertEqual(sum(lines.mapped("amount")), sum(range(1, 231)))
        self.assertEqual(self.provider_a.fincycle_balance_state, "ok")
        return self.fake.calls("GET", "/v2/transactions")

    def test_paging_with_page(self):
        calls = self._paging("page")
        self.assertEqual([c.query.get("page") for c in calls], [["1"], ["2"], ["3"]])

    def test_paging_falls_back_to_current_page(self):
        calls = self._paging("current_page")
        # page 2 asked as "page" came back as page 1: asked again as "current_page"
        self.assertEqual(len(calls), 4)
        self.assertEqual(calls[-1].query["current_page"], ["3"])

    def test_unknown_currency_is_reported_and_nothing_else_is_lost(self):
        self._tx(amount="5.00", currency="ZZZ", local_currency="ZZZ", at="2025-05-02T08:00:00Z")
        good = self._tx(amount="7.00", at="2025-05-02T09:00:00Z")
        self.provider_a._pull(SINCE, UNTIL)
        line = self._lines(self.journal_a)
        self.assertEqual(len(line), 1)
        self.assertIn(good["transaction_id"], line.unique_import_id)
        messages = self._messages(self.provider_a)
        self.assertIn("unknown currency ZZZ", messages)
        self.assertIn("could not be booked", messages)

    def test_declined_after_booking_is_reported(self):
        tx = self._tx(amount="40.00", at="2025-05-02T08:00:00Z")
        self.provider_a._pull(SINCE, UNTIL)
        self.assertEqual(len(self._lines(self.journal_a)), 1)
        self.fake.set_status(tx["id"], "declined", at="2025-05-05T08:00:00Z")
        self.provider_a._pull(SINCE, UNTIL)
        messages = self._messages(self.provider_a)
        self.assertIn(tx["transaction_id"], messages)
        self.assertIn("now reports it declined", messages)
        self.assertEqual(len(self._lines(self.journal_a)), 1)

    def test_external_account_is_read_by_iban(self):
        """OCA #921: an account Qonto lists as external is found and fetched by its IBAN."""
        self.fake.add_bank_account(account_id=ACCOUNT_EXT, iban=IBAN_EXT, external=True)
        journal = self._bank_journal(self.company_a, IBAN_EXT, "QTE")
        provider = self._provider(journal, self.integration_a, False)
        self._tx(account=ACCOUNT_EXT, amount="64.00", at="2025-05-02T08:00:00Z")
        provider._pull(SINCE, UNTIL)
        self.assertEqual(self._lines(journal).amount, 64.0)
        self.assertEqual(provider.fincycle_remote_account_id, ACCOUNT_EXT)
        query = self.fake.calls("GET", "/v2/transactions")[0].query
        self.assertEqual(query["iban"], [IBAN_EXT])

    def test_pull_now_button_reads_the_last_days(self):
        self._tx(amount="3.00", at=fields.Datetime.now() - timedelta(hours=2))
        self._tx(amount="4.00", at=fields.Datetime.now() - timedelta(days=10))
        self.provider_a.last_successful_run = SINCE
        action = self.provider_a.action_fincycle_pull_now()
        self.assertIn("1 new line(s) booked", action["params"]["message"])
        self.assertEqual(self._lines(self.journal_a).amount, 3.0)
        self.assertEqual(self.provider_a.last_successful_run, SINCE, "the schedule is untouched")

    # -- failures, retries, resuming -------------------------------------------------------
    def test_401_in_a_scheduled_pull_is_recorded_and_nothing_moves(self):
        self._tx(at="2025-05-02T08:00:00Z")
        self.integration_a.sudo().api_secret = "revoked-key"
        self._scheduled(self.provider_a, last_run=SINCE)
        self.assertFalse(self._lines(self.journal_a))
        self.assertEqual(self.provider_a.last_successful_run, SINCE)
        self.assertIn("HTTP 401", self.provider_a.fincycle_last_failure_message)
        self.assertEqual(self.integration_a.state, "error")
        self.assertIn("Invalid login or secret key", self.integration_a.last_error_message)
        self.assertIn("nothing was booked", self._messages(self.provider_a))

    def test_429_with_a_short_retry_after_is_waited_for(self):
        self._tx(at="2025-05-02T08:00:00Z")
        self.fake.rate_limit_next(calls=1, retry_after="1", path="/v2/transactions")
        self._scheduled(self.provider_a, last_run=SINCE)
        self.assertEqual(len(self._lines(self.journal_a)), 1)
        self.assertGreater(self.provider_a.last_successful_run, SINCE)
        self.assertEqual(len(self.fake.calls("GET", "/v2/transactions")), 2)

    def test_429_with_a_long_retry_after_fails_the_pull_cleanly(self):
        self._tx(at="2025-05-02T08:00:00Z")
        self.fake.rate_limit_next(calls=1, retry_after="3600", path="/v2/transactions")
        self._scheduled(self.provider_a, last_run=SINCE)
        self.assertFalse(self._lines(self.journal_a))
        self.assertEqual(self.provider_a.last_successful_run, SINCE)
        self.assertIn("HTTP 429", self.provider_a.fincycle_last_failure_message)
        self.assertIn("Rate limit exceeded", self.provider_a.fincycle_last_failure_message)

    def test_pull_failing_mid_way_resumes_with_no_gap_and_no_duplicate(self):
        for index in range(150):
            self._tx(amount=index + 1, at=f"2025-05-{2 + index // 50:02d}T09:{index % 50:02d}:00Z")
        # page 1 answers, page 2 fails on both attempts of the policy
        self.fake.fail_next(calls=2, status=500, after=1, path="/v2/transactions")
        self._scheduled(self.provider_a, last_run=SINCE)
        self.assertFalse(self._lines(self.journal_a), "all or nothing: page 1 is not booked")
        self.assertEqual(self.provider_a.last_successful_run, SINCE)
        self.assertIn("HTTP 500", self.provider_a.fincycle_last_failure_message)
        due = self._scheduled(self.provider_a)
        lines = self._lines(self.journal_a)
        self.assertEqual(len(lines), 150)
        self.assertEqual(len(set(lines.mapped("unique_import_id"))), 150)
        self.assertEqual(self.provider_a.last_successful_run, due)
        self.assertFalse(self.provider_a.fincycle_last_failure_message)
        # a third run finds everything booked
        self._scheduled(self.provider_a, last_run=SINCE)
        self.assertEqual(len(self._lines(self.journal_a)), 150)

    # -- OAuth -----------------------------------------------------------------------------
    def _token(self, integration):
        self.env.invalidate_all()
        return (
            self.env["fincycle.oauth.token"]
            .sudo()
            .search([("integration_id", "=", integration.id)])
        )

    def test_token_refresh_stores_the_rotated_refresh_token(self):
        tokens = self._connect_oauth(self.integration_a)
        token = self._token(self.integration_a)
        token.expires_at = fields.Datetime.now() - timedelta(minutes=1)
        self._tx(at="2025-05-02T08:00:00Z")
        self.provider_a._pull(SINCE, UNTIL)
        self.assertEqual(len(self._lines(self.journal_a)), 1)
        [refresh_call] = self.fake.calls("POST", "/oauth2/token")
        form = dict(
            pair.split("=", 1) for pair in refresh_call.body.decode().split("&") if "=" in pair
        )
        self.assertEqual(form["grant_type"], "refresh_token")
        self.assertEqual(form["refresh_token"], tokens["refresh_token"])
        token = self._token(self.integration_a)
        self.assertNotEqual(token.refresh_token, tokens["refresh_token"])
        self.assertNotEqual(token.access_token, tokens["access_token"])
        self.assertGreater(token.expires_at, fields.Datetime.now() + timedelta(minutes=50))
        self.assertGreater(token.refresh_expires_at, fields.Datetime.now() + timedelta(days=89))
        api_call = self.fake.calls("GET", "/v2/transactions")[-1]
        self.assertEqual(api_call.headers["Authorization"], f"Bearer {token.access_token}")
        # Qonto's side of the rotation: the old refresh token works 60 s more, then not
        oauth = self.integration_a._fincycle_oauth_client()
        self.assertTrue(oauth.refresh(tokens["refresh_token"]).access_token)
        self.fake.advance(61)
        with self.assertRaises(Exception) as caught:
            oauth.refresh(tokens["refresh_token"])
        self.assertIn("Connect with Qonto", str(caught.exception))
        # the stored one is live: the next pull needs no refresh
        self.provider_a._pull(SINCE, UNTIL)
        self.assertEqual(len(self.fake.calls("POST", "/oauth2/token")), 3)

    def test_a_401_with_a_token_that_looks_valid_refreshes_once(self):
        self._connect_oauth(self.integration_a)
        self._tx(at="2025-05-02T08:00:00Z")
        self.fake.expire_access_tokens()  # Qonto says expired, our clock says not
        self.provider_a._pull(SINCE, UNTIL)
        self.assertEqual(len(self._lines(self.journal_a)), 1)
        self.assertEqual(len(self.fake.calls("POST", "/oauth2/token")), 1)

    def test_revoked_consent_is_explained_to_an_admin_and_stops_the_calls(self):
        self._connect_oauth(self.integration_a)
        self._tx(at="2025-05-02T08:00:00Z")
        self.fake.revoke_consent()
        self._scheduled(self.provider_a, last_run=SINCE)
        self.assertFalse(self._lines(self.journal_a))
        self.assertEqual(self.provider_a.last_successful_run, SINCE)
        integration = self.integration_a
        self.assertEqual(integration.state, "error")
        self.assertIn("Connect with Qonto", integration.last_error_message)
        self.assertIn("revoked", integration.last_error_message)
        activity = integration.activity_ids.filtered(lambda a: a.summary == "Reconnect Qonto")
        self.assertEqual(len(activity), 1)
        self.assertEqual(activity.user_id, self.env.ref("base.user_admin"))
        self.assertEqual(self._token(integration).state, "revoked")
        self.assertEqual(integration.oauth_state, "revoked")
        calls = len(self.fake.requests)
        self._scheduled(self.provider_a)
        self.assertEqual(len(self.fake.requests), calls, "no call with a lost consent")
        self.assertIn("Connect with Qonto", self.provider_a.fincycle_last_failure_message)
        activity = integration.activity_ids.filtered(lambda a: a.summary == "Reconnect Qonto")
        self.assertEqual(len(activity), 1, "one activity, not one per failed pull")

    def test_register_webhook_needs_oauth_and_stores_the_secret(self):
        with self.assertRaisesRegex(UserError, "OAuth"):
            self.integration_b.action_fincycle_webhook_register()
        self._connect_oauth(self.integration_a)
        old_secret = self.integration_a.sudo().webhook_secret
        self.integration_a.action_fincycle_webhook_register()
        [subscription] = self.fake.subscriptions.values()
        account = self.integration_a.sudo()
        self.assertEqual(subscription["callback_url"], account.webhook_url)
        self.assertEqual(subscription["types"], ["v1/transactions"])
        self.assertEqual(account.webhook_secret, subscription["secret"])
        self.assertEqual(account.webhook_secret_previous, old_secret)
        self.assertEqual(account.webhook_remote_id, subscription["id"])
        # registering again replaces ours instead of piling up subscriptions
        self.integration_a.action_fincycle_webhook_register()
        [again] = self.fake.subscriptions.values()
        self.assertNotEqual(again["id"], subscription["id"])
        self.assertEqual(self.integration_a.sudo().webhook_secret, again["secret"])
        self.integration_a.action_fincycle_webhook_unregister()
        self.assertFalse(self.fake.subscriptions)

    # -- mapping ---------------------------------------------------------------------------
    def test_map_accounts_lists_external_ones_and_creates_journals(self):
        self.fake.add_bank_account(
            account_id=ACCOUNT_EXT, iban=IBAN_EXT, external=True, name="Other bank"
        )
        self.fake.add_bank_account(iban="FR7616958000030000000000789", currency="USD", name="USD")
        action = self.integration_a.action_qonto_map_accounts()
        wizard = self.env["qonto.account.map"].browse(action["res_id"])
        by_remote = {line.remote_account_id: line for line in wizard.line_ids}
        self.assertEqual(len(by_remote), 4)
        self.assertEqual(by_remote[ACCOUNT_A].journal_id, self.journal_a)
        self.assertTrue(by_remote[ACCOUNT_EXT].is_external)
        by_remote[ACCOUNT_EXT].create_journal = True
        wizard.action_apply()
        provider = self.env["online.bank.statement.provider"].search(
            [("fincycle_remote_account_id", "=", ACCOUNT_EXT)]
        )
        self.assertEqual(provider.fincycle_integration_id, self.integration_a)
        self.assertEqual(provider.journal_id.company_id, self.company_a)
        self.assertEqual(provider.account_number, IBAN_EXT)
        self.assertEqual(provider.service, "qonto")
        self.assertIn("Qonto accounts mapped", self._messages(self.integration_a))
        # a USD account cannot go to the EUR journal
        usd = next(line for line in wizard.line_ids if line.currency_code == "USD")
        usd.journal_id = self.journal_a
        with self.assertRaisesRegex(UserError, "USD"):
            wizard.action_apply()

    # -- the OCA way (no Fincycle connection) ----------------------------------------------
    def test_oca_provider_without_connection_uses_the_same_http_and_mapping(self):
        self.fake.add_bank_account(account_id=ACCOUNT_EXT, iban=IBAN_EXT, external=True)
        journal = self._bank_journal(self.company_a, IBAN_EXT, "QTO")
        provider = self._provider(journal, False, False)
        provider.sudo().write(
            {
                "api_base": self.fake.url + "/v2",
                "username": self.fake.login,
                "password": self.fake.secret_key,
            }
        )
        self.assertFalse(provider._fincycle_window_fetch_enabled())
        first = self._tx(
            account=ACCOUNT_EXT,
            amount="15.00",
            label="RHÔNE CONSEIL SAS",
            counterparty_iban="FR7616958214342044721420487",
            at="2025-05-02T08:00:00Z",
            fraction=False,
        )
        self._tx(account=ACCOUNT_EXT, amount="16.00", at="2025-05-02T09:00:00.250Z")
        provider._pull(datetime(2025, 5, 2), datetime(2025, 5, 3))
        lines = self._lines(journal)
        self.assertEqual(len(lines), 2)
        line = lines.filtered(lambda li: li.amount == 15.0)
        self.assertEqual(line.partner_name, "RHÔNE CONSEIL SAS")
        self.assertEqual(line.account_number, "FR7616958214342044721420487")
        self.assertEqual(
            line.unique_import_id, f"{IBAN_EXT}-{journal.id}-{first['transaction_id']}"
        )
        organization = self.fake.calls("GET", "/v2/organization")[0]
        self.assertEqual(organization.query["include_external_accounts"], ["true"])
        # switching the journal to a Fincycle connection books nothing twice
        provider.write(
            {"fincycle_integration_id": self.integration_a.id, "fincycle_remote_account_id": False}
        )
        self.assertTrue(provider._fincycle_window_fetch_enabled())
        provider._pull(SINCE, UNTIL)
        self.assertEqual(len(self._lines(journal)), 2)

    def test_oca_provider_http_errors_are_readable(self):
        journal = self._bank_journal(self.company_a, IBAN_EXT, "QTX")
        provider = self._provider(journal, False, False)
        provider.sudo().write(
            {"api_base": self.fake.url, "username": self.fake.login, "password": "wrong"}
        )
        with self.assertRaisesRegex(UserError, "HTTP 401.*Invalid login or secret key"):
            provider._pull(datetime(2025, 5, 2), datetime(2025, 5, 3))
