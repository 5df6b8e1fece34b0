# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests import TransactionCase, tagged

from fincycle.http import ProviderError

from .common import FincycleTestProviderMixin


@tagged("post_install", "-at_install")
class TestSyncRun(FincycleTestProviderMixin, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._register_test_provider()
        cls._setup_companies_and_users()

    def _pager(self, pages, fail_at=None, error=None):
        """A step function over ``pages`` (lists of items); cursor = index of the next page."""
        seen = []

        def step(run, cursor):
            index = int(cursor or 0)
            if fail_at is not None and index == fail_at:
                raise error or ProviderError("provider answered HTTP 503: maintenance", status=503)
            seen.append(index)
            return {
                "cursor": str(index + 1),
                "created": len(pages[index]),
                "done": index + 1,
                "total": len(pages),
                "finished": index + 1 == len(pages),
            }

        return step, seen

    def test_full_run_counts_and_finishes(self):
        step, seen = self._pager([[1, 2], [3], [4, 5, 6]])
        run = self.account_a._fincycle_sync("transactions", step)
        self.assertEqual(seen, [0, 1, 2])
        self.assertEqual(run.state, "done")
        self.assertEqual(run.created_count, 6)
        self.assertEqual(run.progress, 100.0)
        self.assertEqual(run.cursor, "3")
        self.assertEqual(self.account_a.state, "connected")
        self.assertTrue(self.account_a.last_success_at)

    def test_failure_keeps_last_checkpoint_and_next_run_resumes(self):
        pages = [[1], [2], [3], [4]]
        step, seen = self._pager(pages, fail_at=2)
        run = self.account_a._fincycle_sync("transactions", step)
        self.assertEqual(run.state, "failed")
        self.assertEqual(run.cursor, "2")
        self.assertEqual(run.created_count, 2)
        self.assertIn("maintenance", run.error)
        self.assertEqual(self.account_a.state, "error")
        self.assertIn("maintenance", self.account_a.last_error_message)
        step, seen = self._pager(pages)
        second = self.account_a._fincycle_sync("transactions", step)
        self.assertEqual(seen, [2, 3], "resumed from the checkpoint, not from the start")
        self.assertEqual(second.resumed_from_id, run)
        self.assertEqual(second.state, "done")
        self.assertEqual(self.account_a.health, "ok")

    def test_crashed_run_is_marked_interrupted_and_resumed(self):
        run = self.account_a._fincycle_sync_start("transactions")
        run._checkpoint(cursor="7", created=70)
        # the worker dies here: the run stays "running"
        step, seen = self._pager([[0]] * 9)
        second = self.account_a._fincycle_sync("transactions", step)
        self.assertEqual(run.state, "interrupted")
        self.assertEqual(seen, [7, 8])
        self.assertEqual(second.resumed_from_id, run)

    def test_failed_page_is_rolled_back(self):
        partner_model = self.env["res.partner"]

        def step(run, cursor):
            partner_model.create({"name": "half-written page"})
            raise ValueError("parser broke on page 1")

        with self.assertLogs("odoo.addons.fincycle_base.models.fincycle_integration", "ERROR"):
            run = self.account_a._fincycle_sync("contacts", step)
        self.assertEqual(run.state, "failed")
        self.assertFalse(partner_model.search([("name", "=", "half-written page")]))

    def test_kinds_are_independent(self):
        step, _seen = self._pager([[1]])
        self.account_a._fincycle_sync("transactions", step)
        step, seen = self._pager([[1], [2]])
        self.account_a._fincycle_sync("balances", step)
        self.assertEqual(seen, [0, 1])

    def test_error_messages_are_redacted(self):
        step, _seen = self._pager(
            [[1]], fail_at=0, error=ProviderError("bad key key-A-123456 in call", status=400)
        )
        run = self.account_a._fincycle_sync("transactions", step)
        self.assertNotIn("key-A-123456", run.error)
        self.assertNotIn("key-A-123456", self.account_a.last_error_message)
        self.assertIn("***", run.error)

    def test_a_source_without_connection_has_runs_too(self):
        Run = self.env["fincycle.sync.run"]
        domain = [("source", "=", "Bank CHF"), ("integration_id", "=", False)]
        run = Run._open("statements", domain, {"source": "Bank CHF"})
        run._checkpoint(cursor="2026-04-02", done=1, created=3)
        run._finish(error="bank API unreachable")
        self.assertEqual((run.state, run.created_count), ("failed", 3))
        self.assertFalse(run.integration_id)
        self.assertEqual(run.kind_name, "statements")  # a kind nobody named reads as is
        self.assertIn("Bank CHF", run.display_name)
        second = Run._open("statements", domain, {"source": "Bank CHF"})
        self.assertEqual((second.resumed_from_id, second.cursor), (run, "2026-04-02"))

    def test_connection_runs_are_named_after_the_connection(self):
        run = self.account_a._fincycle_sync_start("transactions")
        self.assertEqual(run.source, self.account_a.name)
        self.assertEqual(run.company_id, self.account_a.company_id)
        self.assertEqual(run.kind_name, "Transactions")
