# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Every scheduled pull of a bank feed is a sync run, whatever the provider: counts,
progress, checkpoint, resume."""

from datetime import datetime, timedelta
from unittest.mock import patch

from odoo import fields
from odoo.tests import TransactionCase, tagged

from .common import make_dummy_feed


@tagged("post_install", "-at_install")
class TestBankPullSyncRuns(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company, cls.journal, cls.provider = make_dummy_feed(
            cls.env, "Runs Co", "Runs Feed", "RUNF"
        )
        cls.Provider = type(cls.env["online.bank.statement.provider"])
        cls.Run = cls.env["fincycle.sync.run"]

    def _runs(self):
        return self.Run.search([("bank_provider_id", "=", self.provider.id)], order="id")

    def _scheduled(self, since, until, now=None):
        self.provider.write({"last_successful_run": since, "next_run": until})
        with patch("odoo.fields.Datetime.now", return_value=now or until):
            self.provider.with_context(scheduled=True)._pull(since, until)
        return self._runs()[-1:]

    @staticmethod
    def _day_lines(date_since, date_until):
        return [
            {
                "date": date_since + timedelta(hours=n),
                "amount": 10.0 + n,
                "payment_ref": f"line {n}",
                "unique_import_id": f"runs-{date_since:%Y%m%d}-{n}",
            }
            for n in range(2)
        ], {}

    def test_scheduled_pull_is_a_sync_run_with_counts_progress_and_checkpoint(self):
        since, until = datetime(2026, 4, 1), datetime(2026, 4, 4)
        fetched = []

        def feed(provider, date_since, date_until):
            fetched.append(date_since)
            return self._day_lines(date_since, date_until)

        with patch.object(self.Provider, "_obtain_statement_data", feed):
            run = self._scheduled(since, until)
            again = self._scheduled(since, until)  # the same days: nothing new
        self.assertEqual(len(fetched), 6)
        self.assertEqual(run.state, "done")
        self.assertEqual(run.kind, "bank_statements")
        self.assertEqual(run.kind_name, "Bank statements")
        self.assertEqual(run.source, self.journal.display_name)
        self.assertEqual(run.company_id, self.company)
        self.assertEqual((run.created_count, run.skipped_count, run.failed_count), (6, 0, 0))
        self.assertEqual((run.progress_done, run.progress_total, run.progress), (3, 3, 100.0))
        self.assertEqual(run.cursor, fields.Datetime.to_string(until))
        self.assertEqual((again.created_count, again.skipped_count), (0, 6))
        self.assertEqual(again.state, "done")
        # One list for every feed: the menu's action shows them.
        action = self.env["ir.actions.actions"]._for_xml_id(
            "fincycle_base.action_fincycle_sync_run"
        )
        self.assertEqual(action["res_model"], "fincycle.sync.run")
        self.assertIn(run, self.Run.search([]))

    def test_failed_pull_is_a_failed_run_and_the_next_one_resumes_after_the_booked_days(self):
        since, until = datetime(2026, 4, 1), datetime(2026, 4, 4)
        fetched = []

        def outage_on_day_two(provider, date_since, date_until):
            fetched.append(date_since)
            if date_since.day == 2:
                raise ConnectionError("bank API unreachable")
            return self._day_lines(date_since, date_until)

        with patch.object(self.Provider, "_obtain_statement_data", outage_on_day_two):
            failed = self._scheduled(since, until)
        self.assertEqual(failed.state, "failed")
        self.assertIn("unreachable", failed.error)
        self.assertEqual((failed.created_count, failed.progress_done), (2, 1))
        self.assertEqual(failed.cursor, fields.Datetime.to_string(datetime(2026, 4, 2)))
        self.assertEqual(self.provider.last_successful_run, since)  # the whole window again

        fetched.clear()
        with patch.object(self.Provider, "_obtain_statement_data", self._feed(fetched)):
            resumed = self._scheduled(since, until, now=until + timedelta(hours=1))
        self.assertEqual(resumed.resumed_from_id, failed)
        self.assertEqual(fetched, [datetime(2026, 4, 2), datetime(2026, 4, 3)])
        self.assertEqual((resumed.state, resumed.created_count), ("done", 4))
        self.assertEqual(self.provider.last_successful_run, until)

    def _feed(self, fetched):
        def feed(provider, date_since, date_until):
            fetched.append(date_since)
            return self._day_lines(date_since, date_until)

        return feed

    def test_a_run_cut_short_is_interrupted_and_resumed_from_its_checkpoint(self):
        since, until = datetime(2026, 4, 1), datetime(2026, 4, 4)
        cut = self.Run._open(
            "bank_statements",
            [("bank_provider_id", "=", self.provider.id)],
            {"bank_provider_id": self.provider.id, "source": "Runs Feed"},
        )
        cut._checkpoint(cursor=fields.Datetime.to_string(datetime(2026, 4, 3)), done=2, created=4)
        # the worker dies here: the run stays "running"
        fetched = []
        with patch.object(self.Provider, "_obtain_statement_data", self._feed(fetched)):
            resumed = self._scheduled(since, until)
        self.assertEqual(cut.state, "interrupted")
        self.assertEqual(resumed.resumed_from_id, cut)
        self.assertEqual(fetched, [datetime(2026, 4, 3)])

    def test_window_provider_run_counts_booked_known_and_refused_lines(self):
        since, until = datetime(2026, 4, 1), datetime(2026, 4, 2)

        def window(provider, date_since, date_until):
            lines, _values = self._day_lines(date_since, date_until)
            return {
                "lines": [*lines, dict(lines[0], unique_import_id="eur", _fincycle_currency="EUR")],
                "problems": ["tx-9: declined"],
            }

        with (
            patch.object(self.Provider, "_fincycle_window_fetch_enabled", lambda p: True),
            patch.object(self.Provider, "_fincycle_fetch_window", window),
        ):
            run = self._scheduled(since, until)
            again = self._scheduled(since, until)
        self.assertEqual(run.state, "done")
        self.assertEqual((run.created_count, run.skipped_count, run.failed_count), (2, 0, 2))
        self.assertEqual((run.progress_done, run.progress_total), (1, 1))
        self.assertEqual((again.created_count, again.skipped_count), (0, 2))

    def test_old_runs_are_cleaned_but_the_last_one_kept(self):
        old = fields.Datetime.now() - timedelta(days=200)
        first, last = (
            self.Run.create(
                {
                    "bank_provider_id": self.provider.id,
                    "kind": "bank_statements",
                    "state": "done",
                    "started_at": old,
                }
            )
            for _ in range(2)
        )
        self.Run._gc_old_runs()
        self.assertFalse(first.exists())
        self.assertTrue(last.exists())
