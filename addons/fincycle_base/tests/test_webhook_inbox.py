# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import time
from datetime import timedelta

from odoo import fields
from odoo.exceptions import UserError
from odoo.tests import HttpCase, tagged

from .common import TEST_PROVIDER, FincycleTestProviderMixin


@tagged("post_install", "-at_install")
class TestWebhookInbox(FincycleTestProviderMixin, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._register_test_provider()
        cls._setup_companies_and_users()
        cls.Event = cls.env["fincycle.webhook.event"]

    def setUp(self):
        super().setUp()
        type(self).processed = []
        type(self).fail_with = None

    def _url(self, account=None, provider=TEST_PROVIDER, token=None):
        account = account or self.account_a
        return f"/fincycle/webhook/{provider}/{token or account.sudo().webhook_token}"

    def _post(self, body, headers, url=None):
        return self.url_open(url or self._url(), data=body, headers=headers, timeout=10)

    def _events(self, account=None):
        return self.Event.search([("integration_id", "=", (account or self.account_a).id)])

    def test_good_signature_is_stored_then_processed_once(self):
        body = self._body("evt-good", amount=12.5)
        response = self._post(body, self._signed(self.account_a, body))
        self.assertEqual(response.status_code, 200, response.text)
        event = self._events()
        self.assertEqual(len(event), 1)
        # stored first, processed later by the cron
        self.assertEqual(event.state, "received")
        self.assertEqual(event._fincycle_raw_body(), body)
        self.assertEqual(event._fincycle_payload()["data"]["amount"], 12.5)
        self.assertEqual(event.external_id, "evt-good")
        self.assertEqual(event.event_type, "v1/transactions")
        self.assertTrue(event.signature_valid)
        self.assertIn("X-Qonto-Signature", event.headers)
        self.assertEqual(response.json(), {"status": "received", "event": event.id})
        trigger = self.env["ir.cron.trigger"].search(
            [("cron_id", "=", self.env.ref("fincycle_base.ir_cron_process_webhook_events").id)]
        )
        self.assertTrue(trigger, "the cron is woken up at once")
        self.Event._cron_process_pending()
        self.assertEqual(event.state, "processed")
        self.assertEqual(self.processed, [event.id])
        self.Event._cron_process_pending()
        self.assertEqual(self.processed, [event.id], "never processed twice")

    def test_replay_answers_2xx_and_is_not_processed_again(self):
        body = self._body("evt-replay")
        self._post(body, self._signed(self.account_a, body))
        self.Event._cron_process_pending()
        response = self._post(body, self._signed(self.account_a, body))
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json()["status"], "duplicate")
        events = self._events()
        self.assertEqual(sorted(events.mapped("state")), ["duplicate", "processed"])
        duplicate = events.filtered(lambda e: e.state == "duplicate")
        self.assertEqual(duplicate.duplicate_of_id, events - duplicate)
        self.Event._cron_process_pending()
        self.assertEqual(len(self.processed), 1)

    def test_replay_before_processing_is_also_a_duplicate(self):
        body = self._body("evt-twice")
        self._post(body, self._signed(self.account_a, body))
        self._post(body, self._signed(self.account_a, body))
        self.Event._cron_process_pending()
        self.assertEqual(len(self.processed), 1)

    def test_bad_signature_is_401_and_stored_as_rejected(self):
        body = self._body("evt-forged")
        headers = self._signed(self.account_a, body, secret="not-the-secret")
        with self.assertLogs("odoo.addons.fincycle_base.controllers.webhook", "WARNING") as logs:
            response = self._post(body, headers)
        self.assertEqual(response.status_code, 401)
        event = self._events()
        self.assertEqual(event.state, "rejected")
        self.assertFalse(event.signature_valid)
        self.assertEqual(event.signature_verdict, "signature does not match")
        self.assertEqual(event.body.encode(), body, "a rejected delivery is kept for inspection")
        secret = self.account_a.sudo().webhook_secret
        token = self.account_a.sudo().webhook_token
        self.assertNotIn(secret, "\n".join(logs.output))
        self.assertNotIn(token, "\n".join(logs.output))
        self.Event._cron_process_pending()
        self.assertEqual(self.processed, [])

    def test_tampered_body_is_rejected(self):
        body = self._body("evt-tamper", amount=10)
        headers = self._signed(self.account_a, body)
        response = self._post(self._body("evt-tamper", amount=10000), headers)
        self.assertEqual(response.status_code, 401)

    def test_stale_timestamp_is_rejected(self):
        body = self._body("evt-old")
        response = self._post(body, self._signed(self.account_a, body, timestamp=time.time() - 600))
        self.assertEqual(response.status_code, 401)
        self.assertIn("replay window", self._events().signature_verdict)

    def test_missing_signature_header(self):
        body = self._body("evt-nosig")
        response = self._post(body, {"Content-Type": "application/json"})
        self.assertEqual(response.status_code, 401)
        self.assertIn("missing", self._events().signature_verdict)

    def test_unknown_token_is_404_and_stores_nothing(self):
        body = self._body("evt-x")
        before = self.Event.search_count([])
        response = self._post(
            body, self._signed(self.account_a, body), url=self._url(token="nope" * 8)
        )
        self.assertEqual(response.status_code, 404)
        # the right token under another provider's path is unknown too
        response = self._post(
            body, self._signed(self.account_a, body), url=self._url(provider="qonto")
        )
        self.assertEqual(response.status_code, 404)
        self.assertEqual(self.Event.search_count([]), before)

    def test_disabled_account_is_404(self):
        self.account_b.state = "disabled"
        body = self._body("evt-dis")
        response = self._post(
            body, self._signed(self.account_b, body), url=self._url(self.account_b)
        )
        self.assertEqual(response.status_code, 404)

    def test_get_is_not_allowed(self):
        response = self.url_open(self._url(), timeout=10)
        self.assertEqual(response.status_code, 405)

    def test_signed_but_not_json_is_400_and_kept(self):
        body = b"\x00\xffnot json"
        response = self._post(body, self._signed(self.account_a, body))
        self.assertEqual(response.status_code, 400)
        event = self._events()
        self.assertEqual(event.state, "rejected")
        self.assertTrue(event.signature_valid)
        self.assertEqual(event.body_encoding, "base64")
        self.assertEqual(event._fincycle_raw_body(), body, "kept byte for byte")

    def test_huge_body_is_413(self):
        body = b'{"id": "big", "pad": "' + b"x" * (5 * 1024 * 1024 + 10) + b'"}'
        response = self._post(body, self._signed(self.account_a, body))
        self.assertEqual(response.status_code, 413)
        self.assertFalse(self._events())

    def test_processor_failure_retries_with_backoff_then_dead_then_manual_retry(self):
        self.account_a.webhook_max_attempts = 3
        body = self._body("evt-fail")
        self._post(body, self._signed(self.account_a, body))
        event = self._events()
        type(self).fail_with = UserError("ledger locked")
        delays = []
        for attempt in (1, 2):
            self.Event._cron_process_pending()
            self.assertEqual(event.state, "failed")
            self.assertEqual(event.attempts, attempt)
            self.assertEqual(event.last_error, "ledger locked")
            delays.append((event.next_attempt_at - fields.Datetime.now()).total_seconds())
            # not due yet: the cron leaves it alone
            self.Event._cron_process_pending()
            self.assertEqual(event.attempts, attempt)
            event.sudo().next_attempt_at = fields.Datetime.now() - timedelta(seconds=1)
        self.assertGreater(delays[1], delays[0], "exponential backoff")
        with self.assertLogs("odoo.addons.fincycle_base.models.fincycle_webhook_event", "ERROR"):
            self.Event._cron_process_pending()
        self.assertEqual(event.state, "dead")
        self.assertEqual(event.attempts, 3)
        self.assertFalse(event.next_attempt_at)
        self.assertEqual(self.account_a.webhook_problem_count, 1)
        self.assertEqual(self.account_a.health, "warning")
        # the processor is fixed; a manager retries the dead event
        type(self).fail_with = None
        event.with_user(self.manager_a).action_retry()
        self.assertEqual(event.state, "processed")
        self.assertEqual(self.processed, [event.id])

    def test_unexpected_exception_is_recorded_not_raised(self):
        body = self._body("evt-crash")
        self._post(body, self._signed(self.account_a, body))
        type(self).fail_with = ZeroDivisionError("division by zero")
        with self.assertLogs("odoo.addons.fincycle_base.models.fincycle_webhook_event", "ERROR"):
            self.Event._cron_process_pending()
        event = self._events()
        self.assertEqual(event.state, "failed")
        self.assertIn("ZeroDivisionError", event.last_error)

    def test_rotated_secret_is_accepted_during_grace_only(self):
        old_secret = self.account_a.sudo().webhook_secret
        self.account_a.action_rotate_webhook_secret()
        self.assertNotEqual(self.account_a.sudo().webhook_secret, old_secret)
        body = self._body("evt-rot1")
        self.assertEqual(
            self._post(body, self._signed(self.account_a, body, secret=old_secret)).status_code, 200
        )
        self.account_a.sudo().webhook_secret_previous_until = fields.Datetime.now() - timedelta(
            seconds=1
        )
        body = self._body("evt-rot2")
        self.assertEqual(
            self._post(body, self._signed(self.account_a, body, secret=old_secret)).status_code, 401
        )
        body = self._body("evt-rot3")
        self.assertEqual(self._post(body, self._signed(self.account_a, body)).status_code, 200)

    def test_new_webhook_url_invalidates_the_old_one(self):
        old_url = self._url()
        self.account_a.action_regenerate_webhook_token()
        body = self._body("evt-url")
        self.assertEqual(
            self._post(body, self._signed(self.account_a, body), url=old_url).status_code, 404
        )
        self.assertEqual(self._post(body, self._signed(self.account_a, body)).status_code, 200)
        self.assertTrue(self.account_a.sudo().webhook_url.endswith(self._url()))

    def test_same_event_id_on_two_accounts_is_not_a_duplicate(self):
        body = self._body("evt-shared")
        self._post(body, self._signed(self.account_a, body))
        self._post(body, self._signed(self.account_b, body), url=self._url(self.account_b))
        self.assertEqual(self._events(self.account_a).state, "received")
        self.assertEqual(self._events(self.account_b).state, "received")

    def test_old_settled_events_are_garbage_collected(self):
        body = self._body("evt-gc")
        self._post(body, self._signed(self.account_a, body))
        event = self._events()
        self.Event._cron_process_pending()
        self.env.flush_all()
        self.env.cr.execute(
            "UPDATE fincycle_webhook_event SET received_at = now() - interval '100 days' WHERE id = %s",
            [event.id],
        )
        self.Event._gc_old_events()
        self.assertFalse(event.exists())
