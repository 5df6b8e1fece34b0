# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import time
from datetime import timedelta

from odoo import fields
from odoo.exceptions import UserError
from odoo.tests import TransactionCase, tagged

from fincycle.http import BREAKERS

from .common import FincycleTestProviderMixin


@tagged("post_install", "-at_install")
class TestWebhookProcessingOrder(FincycleTestProviderMixin, TransactionCase):
    """One failing connection must not hold up the others."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._register_test_provider()
        cls._setup_companies_and_users()
        cls.Event = cls.env["fincycle.webhook.event"]
        cls.cron = cls.env.ref("fincycle_base.ir_cron_process_webhook_events")

    def setUp(self):
        super().setUp()
        type(self).processed = []
        type(self).fail_with = None
        for account in (self.account_a, self.account_b):
            self.addCleanup(BREAKERS.reset, account._fincycle_breaker_key())

    def _events(self, account, count, prefix, **vals):
        now = fields.Datetime.now()
        return self.Event.create(
            [
                {
                    "integration_id": account.id,
                    "external_id": f"{prefix}-{n}",
                    "body": self._body(f"{prefix}-{n}").decode(),
                    "signature_valid": True,
                    "next_attempt_at": now - timedelta(minutes=1),
                    **vals,
                }
                for n in range(count)
            ]
        )

    def _failing_retries(self, count=120):
        """``count`` due retries of account A (attempts already made)."""
        return self._events(
            self.account_a, count, "old", state="failed", attempts=2, last_error="ledger locked"
        )

    def _open_circuit(self, account):
        breaker = BREAKERS.get(account._fincycle_breaker_key())
        for _n in range(breaker.failure_threshold):
            breaker.record_failure()
        return breaker

    def test_new_events_of_a_healthy_connection_come_first(self):
        retries = self._failing_retries()
        fresh = self._events(self.account_b, 3, "new")
        type(self).fail_with = UserError("ledger locked")  # every event fails in this test

        self.Event._cron_process_pending(batch_size=10)

        self.assertEqual(set(fresh.mapped("attempts")), {1}, "the new ones were in the batch")
        self.assertEqual(sum(retries.mapped("attempts")) - 2 * len(retries), 7)

    def test_connections_take_turns_among_retries(self):
        self._failing_retries(30)
        others = self._events(self.account_b, 3, "b-retry", state="failed", attempts=1)
        type(self).fail_with = UserError("still failing")

        self.Event._cron_process_pending(batch_size=6)

        self.assertEqual(set(others.mapped("attempts")), {2}, "B's retries were not starved")

    def test_an_open_circuit_skips_the_whole_connection_without_counting_attempts(self):
        retries = self._failing_retries(20)
        fresh_a = self._events(self.account_a, 2, "new-a")
        fresh_b = self._events(self.account_b, 2, "new-b")
        self._open_circuit(self.account_a)
        triggers_before = self.env["ir.cron.trigger"].search([("cron_id", "=", self.cron.id)])

        self.Event._cron_process_pending(batch_size=50)

        self.assertEqual(fresh_b.mapped("state"), ["processed", "processed"])
        self.assertEqual(set((retries | fresh_a).mapped("state")), {"failed", "received"})
        self.assertEqual(set(retries.mapped("attempts")), {2}, "no attempt counted")
        self.assertEqual(set(fresh_a.mapped("attempts")), {0})
        self.assertEqual(self.processed, fresh_b.ids)
        # the cron comes back when the breaker lets a trial call through (60 s)
        triggers = (
            self.env["ir.cron.trigger"].search([("cron_id", "=", self.cron.id)]) - triggers_before
        )
        self.assertEqual(len(triggers), 1)
        delay = (triggers.call_at - fields.Datetime.now()).total_seconds()
        self.assertTrue(55 <= delay <= 65, delay)

    def test_the_circuit_half_open_lets_a_trial_through_and_a_failed_trial_stops_the_rest(self):
        retries = self._failing_retries(5)
        breaker = self._open_circuit(self.account_a)
        breaker.opened_at = time.monotonic() - breaker.reset_timeout - 1  # cool-down over
        type(self).fail_with = UserError("still down")
        original_process = type(self.env["fincycle.integration"])._fincycle_process_webhook_event

        def trial_fails_and_reopens(account, event):
            breaker.record_failure()  # what fincycle.http does when the trial call fails
            return original_process(account, event)

        self.patch(
            type(self.env["fincycle.integration"]),
            "_fincycle_process_webhook_event",
            trial_fails_and_reopens,
        )
        self.Event._cron_process_pending(batch_size=50)

        self.assertEqual(sorted(retries.mapped("attempts")), [2, 2, 2, 2, 3], "one trial only")

    def test_remaining_count_leaves_out_blocked_connections(self):
        self._failing_retries(8)
        fresh_b = self._events(self.account_b, 2, "new-b")
        self._open_circuit(self.account_a)
        now = fields.Datetime.now()
        blocked = [self.account_a.id]
        ids, remaining = self.Event._fincycle_next_due(now, 50, exclude=blocked)
        self.assertEqual(ids, fresh_b.ids)
        self.assertEqual(remaining, 2, "the cron is not rescheduled for events it must skip")

    def test_events_received_during_a_slow_failing_retry_go_next(self):
        retries = self._failing_retries(5)
        type(self).fail_with = UserError("timed out")
        arrived = self.Event
        test = self
        Integration = type(self.env["fincycle.integration"])
        original_failure = Integration._fincycle_handle_failure

        def failure_while_a_delivery_arrives(account, exception, message):
            nonlocal arrived
            if not arrived:
                arrived = test._events(test.account_b, 1, "meanwhile")
            return original_failure(account, exception, message)

        self.patch(Integration, "_fincycle_handle_failure", failure_while_a_delivery_arrives)
        self.Event._cron_process_pending(batch_size=50)
        self.assertEqual(sorted(retries.mapped("attempts")), [2, 2, 2, 2, 3], "stopped after one")
        type(self).fail_with = None
        self.Event._cron_process_pending(batch_size=1)
        self.assertEqual(arrived.state, "processed", "the newcomer first")
