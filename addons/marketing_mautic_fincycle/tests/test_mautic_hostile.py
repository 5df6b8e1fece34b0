# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Hostile data and moved records: a signed delivery whose numbers no Integer column holds
leaves the connection healthy; a partner that moved to another company is neither called,
blacklisted nor pushed again by its old company's Mautic; figures Mautic gives out of range
(negative, huge) are stored within range, never failing the read."""

from datetime import timedelta
from urllib.parse import urlsplit

from odoo import fields
from odoo.exceptions import AccessError
from odoo.tests import HttpCase, new_test_user, tagged
from odoo.tests.common import TransactionCase

from fincycle.marketing import mautic as mt
from fincycle.testing.fake_server import FakeResponse

from .test_mautic_sync import MauticCase

INT_MAX = 2**31 - 1


class Delivery:
    """What the kit hands the connector: a stored delivery's payload."""

    def __init__(self, payload):
        self.payload = payload

    def _fincycle_payload(self):
        return self.payload


@tagged("post_install", "-at_install")
class TestMauticHostile(MauticCase, TransactionCase):
    def setUp(self):
        super().setUp()
        self.account_a._mautic_sync_contacts()
        self.jane = self.customers_a[0]
        self.link = self.links(self.account_a).filtered(lambda x: x.partner_id == self.jane)
        self.when = self.fake._at().isoformat()

    def deliver(self, account, event_type, item):
        with self.env.cr.savepoint():
            return account._fincycle_process_webhook_event(Delivery({event_type: [item]}))

    def blacklisted(self, partner):
        partner.invalidate_recordset(["is_blacklisted"])
        return partner.is_blacklisted

    # -- numbers no column holds -------------------------------------------------------------
    def test_out_of_range_numbers_in_a_delivery_change_nothing(self):
        mautic_id = self.link.mautic_id
        for item in (
            {
                "contact": {"id": mautic_id},
                "points": {"old_points": 0, "new_points": 10**12},
                "timestamp": self.when,
            },
            {"contact": {"id": mautic_id, "points": 10**15}, "timestamp": self.when},
            {"contact": {"id": mautic_id, "points": -(10**15)}, "timestamp": self.when},
            {"contact": {"id": 10**20, "points": 70}, "timestamp": self.when},
        ):
            event_type = mt.EVENT_POINTS if "points" in item else mt.EVENT_CONTACT_UPDATE
            message = self.deliver(self.account_a, event_type, item)
            self.assertTrue(message.startswith("0 Mautic"), message)
        self.assertEqual(self.link.points, 0)
        self.assertFalse(self.jane.activity_ids)

    # -- a blacklist Odoo set -----------------------------------------------------------------
    def subscription(self, status):
        self.fake.advance(1)
        return {
            "contact": {"id": self.link.mautic_id},
            "channel": "email",
            "old_status": "contactable" if status != "contactable" else "unsubscribed",
            "new_status": status,
            "timestamp": self.fake._at().isoformat(),
        }

    def test_a_resubscription_lifts_only_the_email_mautic_blacklisted(self):
        """Mautic closed jane's old e-mail; she now has an address an Odoo user blacklisted:
        Mautic opening the channel again lifts the old address, never the user's."""
        Blacklist = self.env["mail.blacklist"].sudo()
        self.deliver(self.account_a, mt.EVENT_SUBSCRIPTION, self.subscription("unsubscribed"))
        self.assertEqual((self.link.dnc, self.link.dnc_source), (True, "mautic"))
        Blacklist._add("boss@example.com")
        self.jane.email = "boss@example.com"
        self.account_a.mautic_last_sync_at -= timedelta(minutes=20)
        self.account_a._mautic_sync_contacts()
        self.deliver(self.account_a, mt.EVENT_SUBSCRIPTION, self.subscription("contactable"))
        self.assertTrue(self.blacklisted(self.jane), "an Odoo user's blacklist lifted by Mautic")
        self.assertFalse(Blacklist.search([("email", "=", "jane0@example.com")]))

    def test_a_time_ahead_of_odoos_clock_does_not_hide_the_news_after_it(self):
        """Mautic's clock ran 3 hours ahead, then was set right: the news sent after the fix
        (earlier by its time, later in fact) is applied, not taken for old news."""
        mautic_id = self.link.mautic_id
        ahead = fields.Datetime.now() + timedelta(hours=3)
        unsubscribed = self.subscription("unsubscribed")
        unsubscribed["timestamp"] = ahead.isoformat() + "+00:00"
        self.deliver(self.account_a, mt.EVENT_SUBSCRIPTION, unsubscribed)
        self.assertTrue(self.blacklisted(self.jane))
        points = {
            "contact": {"id": mautic_id},
            "points": {"old_points": 0, "new_points": 20},
            "timestamp": ahead.isoformat() + "+00:00",
        }
        self.deliver(self.account_a, mt.EVENT_POINTS, points)
        self.assertLessEqual(self.link.dnc_at, fields.Datetime.now())
        self.assertLessEqual(self.link.points_at, fields.Datetime.now())
        later = fields.Datetime.now() + timedelta(seconds=1)
        resubscribed = self.subscription("contactable")
        resubscribed["timestamp"] = later.isoformat() + "+00:00"
        self.deliver(self.account_a, mt.EVENT_SUBSCRIPTION, resubscribed)
        self.assertFalse(self.blacklisted(self.jane))
        points.update(
            points={"old_points": 20, "new_points": 30}, timestamp=resubscribed["timestamp"]
        )
        self.deliver(self.account_a, mt.EVENT_POINTS, points)
        self.assertEqual(self.link.points, 30)

    # -- a partner that moved to another company --------------------------------------------
    def move_to_b(self, partner):
        partner.company_id = self.company_b

    def test_a_moved_partner_is_not_called_nor_blacklisted_by_its_old_mautic(self):
        self.jane.user_id = self.manager_a
        self.move_to_b(self.jane)
        mautic_id = self.link.mautic_id
        self.deliver(
            self.account_a,
            mt.EVENT_POINTS,
            {
                "contact": {"id": mautic_id},
                "points": {"old_points": 0, "new_points": 90},
                "timestamp": self.when,
            },
        )
        self.assertFalse(self.jane.activity_ids)
        self.deliver(
            self.account_a,
            mt.EVENT_SUBSCRIPTION,
            {
                "contact": {"id": mautic_id},
                "channel": "email",
                "old_status": "contactable",
                "new_status": "unsubscribed",
                "timestamp": self.when,
            },
        )
        self.assertFalse(self.blacklisted(self.jane))
        # its deletion in that Mautic is still heard: the link is that Mautic's
        self.deliver(
            self.account_a, mt.EVENT_CONTACT_DELETE, {"id": mautic_id, "timestamp": self.when}
        )
        self.assertEqual(self.link.state, "deleted")

    def test_a_moved_partner_is_in_no_segment_of_its_old_mautic(self):
        segment = self.fake.add_segment("leads")["id"]
        self.account_a.mautic_segment_leads = segment
        self.account_a._mautic_push_segments()
        partner = self.customers_a[1]  # a customer not sold to yet: a lead
        link = self.links(self.account_a).filtered(lambda x: x.partner_id == partner)
        self.assertIn(segment, self.fake.contacts[link.mautic_id]["segments"])
        self.move_to_b(partner)
        self.account_a._mautic_push_segments()
        self.assertNotIn(segment, self.fake.contacts[link.mautic_id]["segments"])

    def test_push_again_sends_no_partner_of_another_company(self):
        """A manager of A only sees A's links; a partner that moved to B since is B's data:
        Push Again does not copy it into A's Mautic."""
        mautic_id = self.link.mautic_id
        self.deliver(
            self.account_a, mt.EVENT_CONTACT_DELETE, {"id": mautic_id, "timestamp": self.when}
        )
        del self.fake.contacts[mautic_id]
        self.assertEqual(self.link.state, "deleted")
        self.move_to_b(self.jane)
        self.jane.write({"name": "Jane Now At B", "phone": "+41 44 000 00 00"})
        self.fake.requests.clear()
        self.link.with_user(self.manager_a).action_mautic_push_again()
        self.assertNotIn(self.jane.id, self.contacts_by_partner())
        self.assertFalse(
            [r for r in self.fake.requests if b"Jane Now At B" in (r.body or b"")],
            "B's partner sent to A's Mautic",
        )

    def test_push_again_and_the_buttons_refuse_portal_and_plain_users_by_rpc(self):
        portal = new_test_user(self.env, login="mautic_hostile_portal", groups="base.group_portal")
        plain = new_test_user(
            self.env,
            login="mautic_hostile_plain",
            groups="base.group_user",
            company_id=self.company_a.id,
            company_ids=[self.company_a.id],
        )
        self.account_a._mautic_mark_deleted(self.link)
        for user in (portal, plain):
            with self.assertRaises(AccessError):
                self.link.with_user(user).action_mautic_push_again()
            for method in (
                "action_mautic_sync_contacts",
                "action_mautic_read_stats",
                "action_mautic_push_segments",
            ):
                with self.assertRaises(AccessError):
                    getattr(self.account_a.with_user(user), method)()
        self.assertEqual(self.link.state, "deleted")

    def test_mautics_refusal_echoing_a_secret_is_masked_in_the_chatter(self):
        """A proxy or a Mautic plugin that echoes the credentials in its 403: the connection's
        chatter (the Clicks Refused note) never shows them."""
        account = self.account_a.sudo()
        echo = f"Denied to {account.api_key}:{account.api_secret} <script>x</script>"
        self.fake.add_email("Welcome", sent=3, read=1)
        self.fake.once(
            "GET",
            "/api/stats/channel_url_trackables",
            FakeResponse(403, {"errors": [{"code": 403, "message": echo, "details": []}]}),
        )
        self.account_a._mautic_read_stats()
        self.assertTrue(self.account_a.mautic_clicks_refused)
        bodies = " ".join(self.account_a.message_ids.mapped(lambda m: str(m.body)))
        self.assertIn("Denied to", bodies)
        self.assertNotIn(account.api_secret, bodies)
        self.assertNotIn(account.api_key, bodies)
        self.assertNotIn("<script>", bodies)

    # -- figures out of range ----------------------------------------------------------------
    def test_figures_out_of_range_are_stored_within_range(self):
        huge = self.fake.add_email("Huge <b>mail</b>", sent=10**12, read=-5)
        self.fake.add_trackable(huge["id"], hits=2 * 10**9, unique_hits=-3)
        self.fake.add_trackable(huge["id"], hits=2 * 10**9, unique_hits=10**13)
        self.fake.stats_allowed = True
        self.addCleanup(setattr, self.fake, "stats_allowed", True)
        with self.env.cr.savepoint():
            self.account_a._mautic_read_stats()
        stat = self.env["fincycle.mautic.stat"].search(
            [("integration_id", "=", self.account_a.id), ("mautic_id", "=", huge["id"])]
        )
        self.assertEqual(stat.name, "Huge <b>mail</b>")  # a plain text, shown escaped
        for name in ("sent", "opened", "clicks", "unique_clicks"):
            self.assertTrue(0 <= stat[name] <= INT_MAX, (name, stat[name]))
        self.assertEqual(stat.opened, 0)
        self.assertTrue(0 <= stat.read_rate <= 100.0)
        self.assertTrue(0 <= stat.click_rate)

    def test_a_huge_name_from_mautic_is_stored_cut(self):
        huge = self.fake.add_email("x" * 100_000, sent=3, read=1)
        with self.env.cr.savepoint():
            self.account_a._mautic_read_stats()
        stat = self.env["fincycle.mautic.stat"].search(
            [("integration_id", "=", self.account_a.id), ("mautic_id", "=", huge["id"])]
        )
        self.assertEqual(len(stat.name), 256)
        self.assertEqual((stat.sent, stat.opened), (3, 1))


@tagged("post_install", "-at_install")
class TestMauticHostileDeliveries(MauticCase, HttpCase):
    """Over HTTP, through the kit's inbox: what an attacker who knows the URL can post, and
    what a signed delivery that is stale or unreadable does."""

    def setUp(self):
        super().setUp()
        self.env["ir.config_parameter"].sudo().set_param("web.base.url", self.base_url())
        self.account_a._mautic_sync_contacts()
        self.jane = self.customers_a[0]
        self.link = self.links(self.account_a).filtered(lambda x: x.partner_id == self.jane)
        self.Event = self.env["fincycle.webhook.event"].sudo()

    def post_raw(self, account, headers, body):
        path = urlsplit(account.sudo().webhook_url).path
        status = self.url_open(path, data=body, headers=headers, timeout=20).status_code
        self.Event._cron_process_pending()
        return status

    def unsubscribe(self, when):
        return {
            mt.EVENT_SUBSCRIPTION: [
                {
                    "contact": {"id": self.link.mautic_id},
                    "channel": "email",
                    "old_status": "contactable",
                    "new_status": "unsubscribed",
                    "timestamp": when,
                }
            ]
        }

    def assert_untouched(self):
        self.jane.invalidate_recordset(["is_blacklisted"])
        self.assertFalse(self.jane.is_blacklisted)
        self.assertEqual((self.link.dnc, self.link.state), (False, "synced"))

    def test_forged_stale_and_unreadable_deliveries_change_nothing(self):
        now = self.fake._at()
        secret = self.account_a.sudo().webhook_secret
        cases = [
            # signed with another connection's secret (B's): forged for A
            self.fake.delivery(self.unsubscribe(now.isoformat()), self.account_b.webhook_secret),
            # signed, but two days old: a replay once the sender's window has passed
            self.fake.delivery(self.unsubscribe((now - timedelta(days=2)).isoformat()), secret),
            # signed, a day ahead
            self.fake.delivery(self.unsubscribe((now + timedelta(days=2)).isoformat()), secret),
            # signed, no time at all
            self.fake.delivery(self.unsubscribe(None), secret),
        ]
        for headers, body in cases:
            self.assertNotEqual(self.post_raw(self.account_a, headers, body), 200, body[:80])
        # an unsigned copy of a good body, and an empty signature header
        headers, body = self.fake.delivery(self.unsubscribe(now.isoformat()), secret)
        for forged in ({"Content-Type": "application/json"}, {**headers, mt.SIGNATURE_HEADER: ""}):
            self.assertNotEqual(self.post_raw(self.account_a, forged, body), 200)
        refused = self.Event.search([("integration_id", "=", self.account_a.id)])
        self.assertEqual(set(refused.mapped("state")), {"rejected"})
        # a signed body that is no JSON, or JSON nested past the parser: read as nothing
        for raw in (b"\xff\xfe not json", b"[" * 100_000 + b"]" * 100_000):
            signed = {"Content-Type": "application/json"}
            signed[mt.SIGNATURE_HEADER] = self.fake.sign(raw, secret)
            self.assertLess(self.post_raw(self.account_a, signed, raw), 500)
        self.assert_untouched()
        events = self.Event.search([("integration_id", "=", self.account_a.id)])
        self.assertNotIn("failed", events.mapped("state"))
        self.assertNotIn("dead", events.mapped("state"))
        self.assertNotEqual(self.account_a.state, "error")
