# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Mautic's webhooks through the kit's inbox over HTTP (base64 HMAC of the raw body): an
unsubscribe sets Odoo's blacklist, points crossing the threshold give the salesperson an
activity, a replay is one inbox entry, a bad signature or another connection's contact changes
nothing; and Odoo's blacklist goes to Mautic as do-not-contact with the next push."""

import json
from datetime import timedelta
from urllib.parse import urlsplit

from odoo.exceptions import AccessError
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

    def test_a_salesperson_of_another_company_is_not_called(self):
        """Jane's salesperson works for B only: A's hot lead goes to A's administrator."""
        self.jane.sudo().user_id = self.manager_b
        above = self.payload(self.link.mautic_id, points={"old_points": 10, "new_points": 90})
        self.post(self.account_a, mt.EVENT_POINTS, above)
        [activity] = self.jane.sudo().activity_ids
        self.assertNotEqual(activity.user_id, self.manager_b)
        self.assertIn(self.company_a, activity.user_id.company_ids)

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

    # -- contact updated ------------------------------------------------------------------
    def updated(self, contact_id, reason=None, points=None):
        """A contact-updated payload with the contact's do-not-contact set to ``reason``
        (None: the e-mail channel open) and, if given, its score."""
        contact = self.fake.contacts[contact_id]
        contact["dnc"].pop("email", None)
        if reason is not None:
            contact["dnc"]["email"] = {"reason": reason, "comments": ""}
        if points is not None:
            contact["points"] = points
        return self.payload(contact_id)

    def blacklisted(self, partner):
        partner.invalidate_recordset(["is_blacklisted"])
        return partner.is_blacklisted

    def test_a_bounce_in_a_contact_update_blacklists_and_its_removal_lifts_it(self):
        mautic_id = self.link.mautic_id
        self.post(self.account_a, mt.EVENT_CONTACT_UPDATE, self.updated(mautic_id, 2))
        self.assertTrue(self.blacklisted(self.jane))
        self.assertEqual((self.link.dnc, self.link.dnc_source), (True, "mautic"))
        self.fake.advance(1)
        again = self.updated(mautic_id, 2)  # the same news again: nothing more
        self.post(self.account_a, mt.EVENT_CONTACT_UPDATE, again)
        self.assertEqual((self.link.dnc, self.link.dnc_source), (True, "mautic"))
        self.fake.advance(1)
        self.post(self.account_a, mt.EVENT_CONTACT_UPDATE, self.updated(mautic_id, None))
        self.assertFalse(self.blacklisted(self.jane))
        self.assertEqual((self.link.dnc, self.link.dnc_source), (False, False))
        # an older update (it still had the bounce) arriving late changes nothing
        self.post(self.account_a, mt.EVENT_CONTACT_UPDATE, again)
        self.assertFalse(self.blacklisted(self.jane))
        # Mautic has nothing to hear back from the next push
        self.account_a._mautic_sync_contacts()
        self.assertFalse(self.fake.calls("POST", f"/api/contacts/{mautic_id}/dnc/email/add"))
        self.assertFalse(self.fake.calls("POST", f"/api/contacts/{mautic_id}/dnc/email/remove"))

    def test_mautic_does_not_lift_a_blacklist_an_odoo_user_set(self):
        mautic_id = self.link.mautic_id
        self.env["mail.blacklist"].sudo()._add(self.jane.email)
        self.account_a._mautic_sync_contacts()
        self.assertEqual((self.link.dnc, self.link.dnc_source), (True, "odoo"))
        # the contact also unsubscribes in Mautic: still Odoo's blacklist
        self.post(self.account_a, mt.EVENT_CONTACT_UPDATE, self.updated(mautic_id, 1))
        self.assertEqual(self.link.dnc_source, "odoo")
        # the marketer opens the channel in Mautic: Odoo's blacklist stays ...
        self.fake.advance(1)
        self.post(self.account_a, mt.EVENT_CONTACT_UPDATE, self.updated(mautic_id, None))
        self.assertTrue(self.blacklisted(self.jane))
        self.assertFalse(self.link.dnc)
        # ... and the next push closes it again (the partner did not change)
        self.account_a._mautic_sync_contacts()
        self.assertIn("email", self.fake.contacts[mautic_id]["dnc"])
        self.assertEqual((self.link.dnc, self.link.dnc_source), (True, "odoo"))
        # so does a resubscription event
        self.fake.advance(1)
        resubscribed = self.payload(
            mautic_id, channel="email", old_status="unsubscribed", new_status="contactable"
        )
        self.post(self.account_a, mt.EVENT_SUBSCRIPTION, resubscribed)
        self.assertTrue(self.blacklisted(self.jane))

    def test_a_manual_do_not_contact_in_mautic_is_not_odoos_blacklist(self):
        self.post(self.account_a, mt.EVENT_CONTACT_UPDATE, self.updated(self.link.mautic_id, 3))
        self.assertFalse(self.blacklisted(self.jane))
        self.assertFalse(self.link.dnc)
        # and the next push leaves the marketer's do-not-contact alone
        self.account_a._mautic_sync_contacts()
        self.assertIn("email", self.fake.contacts[self.link.mautic_id]["dnc"])

    def test_a_contact_update_carries_the_score(self):
        self.jane.user_id = self.manager_a
        mautic_id = self.link.mautic_id
        self.post(self.account_a, mt.EVENT_CONTACT_UPDATE, self.updated(mautic_id, points=30))
        self.assertEqual(self.link.points, 30)
        self.assertFalse(self.jane.activity_ids)
        old = self.updated(mautic_id, points=10)
        self.fake.advance(1)
        self.post(self.account_a, mt.EVENT_CONTACT_UPDATE, self.updated(mautic_id, points=60))
        self.assertEqual(self.link.points, 60)
        [activity] = self.jane.activity_ids
        self.assertEqual(
            activity.activity_type_id,
            self.env.ref("marketing_mautic_fincycle.mail_activity_type_mautic_hot_lead"),
        )
        # the points event of the same change: no second call
        self.post(
            self.account_a,
            mt.EVENT_POINTS,
            self.payload(mautic_id, points={"old_points": 30, "new_points": 60}),
        )
        self.assertEqual(len(self.jane.activity_ids), 1)
        # an older update arriving late does not lower the score
        self.post(self.account_a, mt.EVENT_CONTACT_UPDATE, old)
        self.assertEqual(self.link.points, 60)

    def test_the_salesperson_is_called_once_in_their_language(self):
        """The webhook is processed in no reader's language (here the job's English): the
        call is written in the salesperson's, French then German."""
        for lang in ("fr_FR", "de_DE"):
            self.env["res.lang"]._activate_lang(lang)
        self.env["ir.module.module"]._load_module_terms(
            ["marketing_mautic_fincycle"], ["fr_FR", "de_DE"]
        )
        self.user_a.lang = "fr_FR"
        self.jane.user_id = self.user_a
        account = self.account_a.with_context(lang="en_US")
        link = self.link.with_context(lang="en_US")

        def points(old, new):
            item = mt.WebhookEvent(mt.EVENT_POINTS, link.mautic_id, None, None, None, old, new)
            account._mautic_apply_points(link, item)

        points(10, 55)
        [activity] = self.jane.activity_ids
        self.assertEqual(activity.user_id, self.user_a)
        self.assertEqual(activity.summary, "Piste chaude : score Mautic 55")
        self.assertIn("a atteint 55 points dans Mautic (seuil 50)", activity.note)
        points(55, 10)
        points(10, 70)  # crossed again while the call is open: still one
        self.assertEqual(len(self.jane.activity_ids), 1)
        activity.action_done()
        self.user_a.lang = "de_DE"
        points(70, 10)
        points(10, 80)  # a new crossing after the call: a new one
        self.assertEqual(len(self.jane.activity_ids), 1)
        self.assertEqual(self.jane.activity_ids.summary, "Heißer Lead: Mautic-Punktzahl 80")

    # -- contact deleted --------------------------------------------------------------------
    def deleted(self, contact_id):
        data = self.payload(contact_id)
        data["contact"]["id"] = None
        return {"id": contact_id, **data}

    def test_a_contact_deleted_in_mautic_is_not_made_again(self):
        mautic_id = self.link.mautic_id
        payload = self.deleted(mautic_id)
        # B's connection hears of A's contact: not one of B's
        self.post(self.account_b, mt.EVENT_CONTACT_DELETE, payload)
        self.assertEqual(self.link.state, "synced")
        del self.fake.contacts[mautic_id]
        self.post(self.account_a, mt.EVENT_CONTACT_DELETE, payload)
        self.assertEqual((self.link.state, self.link.mautic_id), ("deleted", 0))
        self.assertTrue(self.link.deleted_at)
        # the partner changes: the hourly push does not bring the contact back
        self.jane.name = "Jane Renamed"
        run = self.account_a._mautic_sync_contacts()
        self.assertEqual((run.state, run.created_count, run.updated_count), ("done", 0, 0))
        self.assertNotIn(self.jane.id, self.contacts_by_partner())
        self.assertEqual(self.link.state, "deleted")
        # a replay (another delivery of the same deletion) changes nothing
        self.fake.advance(1)
        self.post(self.account_a, mt.EVENT_CONTACT_DELETE, self.deleted(mautic_id))
        self.assertEqual(self.link.state, "deleted")
        # only a Fincycle manager of A pushes it again
        Link = self.env["fincycle.mautic.contact"]
        for user in (self.user_a, self.manager_b):
            with self.assertRaises(AccessError):
                Link.browse(self.link.id).with_user(user).action_mautic_push_again()
        self.assertEqual(self.link.state, "deleted")
        action = Link.browse(self.link.id).with_user(self.manager_a).action_mautic_push_again()
        self.assertEqual(action["params"]["type"], "success")
        self.assertEqual(self.link.state, "synced")
        self.assertNotEqual(self.link.mautic_id, mautic_id)
        self.assertEqual(self.contacts_by_partner()[self.jane.id]["id"], self.link.mautic_id)

    def test_a_contact_deleted_before_its_webhook_is_not_made_again_by_the_push(self):
        mautic_id = self.link.mautic_id
        del self.fake.contacts[mautic_id]  # the webhook is not set up, or comes later
        self.jane.name = "Jane Renamed"
        self.account_a.mautic_last_sync_at -= timedelta(minutes=1)
        run = self.account_a._mautic_sync_contacts()
        self.assertEqual((run.state, run.created_count), ("done", 0))
        self.assertEqual((self.link.state, self.link.mautic_id), ("deleted", 0))
        self.assertEqual(len(self.fake.contacts), 4)
        # pushed again while Mautic is down: the next sync sends it
        self.fake.fail_next(2, 503)  # the first call and its retry
        action = self.link.with_user(self.manager_a).action_mautic_push_again()
        self.assertEqual(action["params"]["type"], "warning")
        self.assertEqual(self.link.state, "pending")
        self.account_a._mautic_sync_contacts()
        self.assertEqual(self.link.state, "synced")
        self.assertEqual(len(self.fake.contacts), 5)

    def test_bad_payloads_change_nothing(self):
        mautic_id = self.link.mautic_id
        when = self.fake._at().isoformat()

        class Delivery:
            def __init__(self, payload):
                self.payload = payload

            def _fincycle_payload(self):
                return self.payload

        for payload in (
            {mt.EVENT_CONTACT_DELETE: [{"id": "abc", "timestamp": when}]},
            {mt.EVENT_CONTACT_DELETE: [{"id": -mautic_id, "timestamp": when}]},
            {mt.EVENT_CONTACT_DELETE: [{"contact": {"id": None}, "timestamp": when}]},
            {mt.EVENT_CONTACT_UPDATE: [{"contact": "x", "timestamp": when}]},
            {mt.EVENT_CONTACT_UPDATE: [{"contact": {"id": mautic_id, "doNotContact": "x"}}]},
            {
                mt.EVENT_CONTACT_UPDATE: [
                    {"contact": {"id": mautic_id, "points": "many", "doNotContact": [7]}}
                ]
            },
            {mt.EVENT_CONTACT_UPDATE: "x"},
        ):
            message = self.account_a._fincycle_process_webhook_event(Delivery(payload))
            self.assertTrue(message.startswith(("0 Mautic", "Unreadable")), message)
        self.assertEqual((self.link.state, self.link.mautic_id), ("synced", mautic_id))
        self.assertEqual((self.link.dnc, self.link.points), (False, 0))
        self.assertFalse(self.blacklisted(self.jane))
