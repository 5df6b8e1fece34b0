# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Webhooks registered in the fake Clockify and delivered over HTTP to the kit's inbox:
new, updated and deleted entries booked from what Clockify says now; a wrong token refused."""

from odoo.tests import HttpCase, tagged

from fincycle.timesheets import clockify as ck

from .common import ClockifyCommon


@tagged("post_install", "-at_install")
class TestClockifyWebhook(ClockifyCommon, HttpCase):
    def setUp(self):
        super().setUp()
        self.env["ir.config_parameter"].sudo().set_param("web.base.url", self.base_url())
        self.account_a.action_fincycle_webhook_register()

    def deliver(self, event, entry):
        """What the fake Clockify sends for ``event`` (signed with that webhook's token), posted
        through the test server's opener; the HTTP statuses."""
        headers, body = self.fake.delivery(event, entry)
        url = self.account_a.sudo().webhook_url.replace(self.base_url(), "")
        return [self.url_open(url, data=body, headers=headers, timeout=10).status_code]

    def process(self):
        events = self.env["fincycle.webhook.event"].search(
            [("integration_id", "=", self.account_a.id), ("state", "=", "received")]
        )
        for event in events:
            self.assertTrue(event._fincycle_process_one(), event.error if "error" in event else "")
        return events

    def test_registration_makes_one_webhook_per_entry_event(self):
        hooks = list(self.fake.webhooks.values())
        self.assertEqual({h["webhookEvent"] for h in hooks}, set(ck.ENTRY_EVENTS))
        self.assertEqual({h["url"] for h in hooks}, {self.account_a.sudo().webhook_url})
        secrets = self.account_a._fincycle_webhook_secrets()
        self.assertTrue({h["authToken"] for h in hooks} <= set(secrets))
        # registering again replaces ours instead of piling them up
        self.account_a.action_fincycle_webhook_register()
        self.assertEqual(len(self.fake.webhooks), 3)

    def test_new_updated_and_deleted_entries_arrive_by_webhook(self):
        entry = self.entry(self.at(1, 8), self.at(1, 9))
        self.assertEqual(self.deliver(ck.NEW_TIME_ENTRY, entry["id"]), [200])
        self.assertEqual(len(self.process()), 1)
        self.assertEqual(self.line(entry).unit_amount, 1.0)
        # the same delivery again is a duplicate: nothing more
        self.assertEqual(self.deliver(ck.NEW_TIME_ENTRY, entry["id"]), [200])
        self.assertFalse(self.process())
        self.fake.update_entry(entry["id"], end=self.at(1, 10))
        self.deliver(ck.TIME_ENTRY_UPDATED, entry["id"])
        self.process()
        self.assertEqual(self.line(entry).unit_amount, 2.0)
        self.fake.delete_entry(entry["id"])
        self.deliver(ck.TIME_ENTRY_DELETED, entry)
        self.process()
        self.assertFalse(self.line(entry))

    def test_a_running_timer_by_webhook_is_not_booked(self):
        timer = self.entry(self.at(0, 8), None)
        self.deliver(ck.NEW_TIME_ENTRY, timer["id"])
        self.process()
        self.assertFalse(self.line(timer))

    def test_a_wrong_token_is_refused(self):
        entry = self.entry(self.at(1, 8), self.at(1, 9))
        headers, body = self.fake.delivery(ck.NEW_TIME_ENTRY, entry, token="not-our-token")
        answer = self.url_open(
            self.account_a.sudo().webhook_url.replace(self.base_url(), ""),
            data=body,
            headers=headers,
        )
        self.assertEqual(answer.status_code, 401)
        events = self.env["fincycle.webhook.event"].search(
            [("integration_id", "=", self.account_a.id)]
        )
        self.assertEqual(events.mapped("state"), ["rejected"])
        self.assertFalse(self.line(entry))
        # the token itself is never stored with the event
        self.assertNotIn("not-our-token", events.headers or "")
