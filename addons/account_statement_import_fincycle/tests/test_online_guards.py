# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The framework guards on the OCA online import, through its own (non-Fincycle) path."""

from datetime import datetime, timedelta
from unittest.mock import patch

from odoo import fields
from odoo.exceptions import AccessError
from odoo.tests import TransactionCase, new_test_user, tagged

from .common import make_dummy_feed


@tagged("post_install", "-at_install")
class TestOnlineGuards(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company, cls.journal, cls.provider = make_dummy_feed(
            cls.env, "Guards Co", "Feed", "FEED"
        )
        cls.Provider = type(cls.env["online.bank.statement.provider"])

    def _lines_for(self, start):
        return [
            {
                "date": start + timedelta(hours=2 * n),
                "amount": 10.0 + n,
                "payment_ref": f"line {n}",
                "unique_import_id": f"dummy-{start:%Y%m%d}-{n}",
            }
            for n in range(3)
        ]

    def _scheduled(self, since, until):
        self.provider.write({"last_successful_run": since, "next_run": until})
        with patch("odoo.fields.Datetime.now", return_value=until):
            self.provider.with_context(scheduled=True)._pull(since, until)

    def test_failed_scheduled_pull_keeps_last_successful_run(self):
        since = datetime(2026, 3, 1, 22, 0)
        until = datetime(2026, 3, 2, 1, 0)

        def outage(provider, date_since, date_until):
            raise ConnectionError("bank API unreachable")

        with patch.object(self.Provider, "_obtain_statement_data", outage):
            self._scheduled(since, until)
        self.assertEqual(self.provider.last_successful_run, since)  # the framework moves it
        self.assertGreater(self.provider.next_run, until)
        self.assertIn("unreachable", self.provider.fincycle_last_failure_message)

        def works(provider, date_since, date_until):
            return self._lines_for(date_since), {}

        with patch.object(self.Provider, "_obtain_statement_data", works):
            self._scheduled(self.provider.last_successful_run, until + timedelta(hours=1))
        self.assertGreater(self.provider.last_successful_run, since)
        self.assertFalse(self.provider.fincycle_last_failure_message)
        lines = self.env["account.bank.statement.line"].search(
            [("journal_id", "=", self.journal.id)]
        )
        self.assertTrue(lines)
        self.assertEqual(len(lines), len(set(lines.mapped("unique_import_id"))))

    def test_known_lines_dropped_in_one_batch(self):
        day = datetime(2026, 3, 5)

        def feed(provider, date_since, date_until):
            return self._lines_for(day), {"balance_start": 100.0, "balance_end_real": 133.0}

        with patch.object(self.Provider, "_obtain_statement_data", feed):
            self.provider._pull(day, day + timedelta(days=1))
            self.provider._pull(day, day + timedelta(days=1))  # the same again
        lines = self.env["account.bank.statement.line"].search(
            [("journal_id", "=", self.journal.id)]
        )
        self.assertEqual(len(lines), 3)
        self.assertEqual(lines.statement_id.balance_end_real, 133.0)

    def test_balance_difference_is_flagged_once(self):
        self.provider._fincycle_check_balance(100)
        self.assertEqual(self.provider.fincycle_balance_state, "mismatch")
        self.assertEqual(self.provider.fincycle_balance_difference, 100)
        messages = len(self.provider.message_ids)
        self.provider._fincycle_check_balance(100)
        self.assertEqual(len(self.provider.message_ids), messages)  # not one per pull
        self.provider._fincycle_check_balance(0.004)
        self.assertEqual(self.provider.fincycle_balance_state, "ok")

    def test_credentials_for_system_administrators_only(self):
        self.provider.sudo().write({"username": "login", "password": "s3cret"})
        accountant = new_test_user(
            self.env,
            login="guards_accountant",
            groups="account.group_account_manager,account.group_account_user",
            company_id=self.company.id,
            company_ids=[self.company.id],
        )
        provider = self.provider.with_user(accountant)
        self.assertEqual(provider.journal_id, self.journal)  # the record itself is readable
        for name in ("username", "password", "key", "certificate_private_key", "passphrase"):
            with self.assertRaises(AccessError):
                _ = provider[name]
        self.assertNotIn("password", provider.fields_get())
        admin = self.env.ref("base.user_admin")
        admin.company_ids |= self.company
        self.assertEqual(self.provider.with_user(admin).password, "s3cret")

    def test_failure_now_is_recorded(self):
        # a scheduled pull of a provider with nothing to do is a success: no failure shown
        self._scheduled(fields.Datetime.now() - timedelta(hours=1), fields.Datetime.now())
        self.assertFalse(self.provider.fincycle_last_failure_message)
