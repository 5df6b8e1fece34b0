# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Mautic's webhooks through the kit's inbox over HTTP (base64 HMAC of the raw body): an
unsubscribe sets Odoo's blacklist, points crossing the threshold give the salesperson an
activity, a replay is one inbox entry, a bad signature or another connection's contact changes
nothing; and Odoo's blacklist goes to Mautic as do-not-contact with the next push."""

import json
from datetime import timedelta
from urllib.parse import urlsplit

from odoo.tests import HttpCase, tagged

from fincycle.marketing import mautic as mt

from .test_mautic_sync import MauticCase


@tagged("post_install", "-at_install")
class TestMauticWebhooks(MauticCase, HttpCase):
    def setUp(self):
        super().setUp()
        self.env["ir.config_parameter"].sudo().set_param("web.base.url", self.base_url())
        self.account_a._mautic_sync_contacts()
        self.jane = self.customers_a[0]
        self.link = self.links(self.account_a).filtered(lambda x: x.partner_id == self.jane)
        self.Event = self.env["fincycle.webhook.event"].sudo()

    def post(self, account, event_type, payload, secret=None):
        headers, body = self.fake.delivery(
            {event_type: [payload]}, secret or account.sudo().webhook_secret
        )
        path = urlsplit(account.sudo().webhook_url).path
        status = self.url_open(path, data=body, headers=headers, timeout=20).status_code
        self.Event._cron_process_pending()
        return status

    def payload(self, contact_id, **extra):
        contact = self.fake.contacts.get(contact_id)
        data = self.fake._contact_payload(contact) if contact else {"id": contact_id}
        when = self.fake._at().isoformat()
        return {"contact": data, "timestamp": when, **extra}

    def unsubscribed(self, contact_id):
        return self.payload(
            contact_id, channel="email", old_status="contactable", new_status="unsubscribed"
        )

    def test_an_unsubscribe_in_mautic_blacklists_the_partner(self):
        self.assertFalse(self.jane.is_blacklisted)
        status = self.post(
            self.account_a, mt.EVENT_SUBSCRIPTION, self.unsubscribed(self.link.mautic_id)
        )
        self.assertEqual(status, 200)
        self.jane.invalidate_recordset()
        self.assertTrue(self.jane.is_blacklisted)
        self.assertTrue(self.link.dnc)
        event = self.Event.search([("integration_id", "=", self.account_a.id)])
        self.assertEqual(event.state, "processed")
        self.assertEqual(event.event_type, mt.EVENT_SUBSCRIPTION)
        # the same delivery again is the same inbox entry
        self.post(
            self.account_a,
            mt.EVENT_SUBSCRIPTION,
            json.loads(event._fincycle_raw_body())[mt.EVENT_SUBSCRIPTION][0],
        )
        events = self.Event.search([("integration_id", "=", self.account_a.id)], order="id")
        self.assertEqual(events.mapped("state"), ["processed", "duplicate"])
        self.assertEqual(events[1].duplicate_of_id, events[0])
        # no do-not-contact is pushed back: Mautic already has it
        self.account_a._mautic_sync_contacts()
        self.assertFalse(
            self.fake.calls("POST", f"/api/contacts/{self.link.mautic_id}/dnc/email/add")
        )

    def test_a_bad_signature_or_a_foreign_contact_changes_nothing(self):
        status = self.post(
            self.account_a,
            mt.EVENT_SUBSCRIPTION,
            self.unsubscribed(self.link.mautic_id),
            secret="wrong",
        )
        self.assertNotEqual(status, 200)
        # B's connection hears of A's contact: not one of B's, ignored
        self.post(self.account_b, mt.EVENT_SUBSCRIPTION, self.unsubscribed(self.link.mautic_id))
        self.jane.invalidate_recordset()
        self.assertFalse(self.jane.is_blacklisted)
        self.assertFalse(self.link.dnc)

    def test_points_crossing_the_threshold_give_the_salesperson_an_activity(self):
        self.jane.user_id = self.manager_a
        below = self.payload(self.link.mautic_id, points={"old_points": 10, "new_points": 40})
        self.post(self.account_a, mt.EVENT_POINTS, below)
        self.assertEqual(self.link.points, 40)
        self.assertFalse(self.jane.activity_ids)
        self.fake.advance(1)  # another delivery: another body
        above = self.payload(self.link.mautic_id, points={"old_points": 40, "new_points": 55})
        self.post(self.account_a, mt.EVENT_POINTS, above)
        self.assertEqual(self.link.points, 55)
        [activity] = self.jane.activity_ids
        self.assertEqual(activity.user_id, self.manager_a)
        self.assertIn("55", activity.summary)
        self.fake.advance(1)
        again = self.payload(self.link.mautic_id, points={"old_points": 55, "new_points": 70})
        self.post(self.account_a, mt.EVENT_POINTS, again)
        self.assertEqual(len(self.jane.activity_ids), 1)

    def test_odoo_blacklist_goes_to_mautic_and_back(self):
        self.env["mail.blacklist"].sudo()._add(self.jane.email)
        run = self.account_a._mautic_sync_contacts()
        self.assertEqual((run.updated_count, run.created_count), (1, 0))
        contact = self.fake.contacts[self.link.mautic_id]
        self.assertIn("email", contact["dnc"])
        self.assertTrue(self.link.dnc)
        self.env["mail.blacklist"].sudo()._remove(self.jane.email)
        self.account_a.mautic_last_sync_at -= timedelta(minutes=1)
        self.account_a._mautic_sync_contacts()
        self.assertNotIn("email", contact["dnc"])
        self.assertFalse(self.link.dnc)
