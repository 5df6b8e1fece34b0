# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Marketing figures read back from the fake Mautic: the members of the configured campaigns
and segments and the sent, opened and clicked counts of the e-mails (clicks left empty, and said
once, when Mautic refuses its statistics); a second read the same day updates
the rows, a read on another day adds a row per item; each company reads and sees only its own
figures, and only Fincycle managers read them by the button."""

from odoo import fields
from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged
from odoo.tests.common import TransactionCase

from fincycle.testing.fake_server import FakeResponse

from .test_mautic_sync import MauticCase


@tagged("post_install", "-at_install")
class TestMauticStats(MauticCase, TransactionCase):
    def setUp(self):
        super().setUp()
        self.welcome = self.fake.add_campaign("Welcome")
        self.quote_sent = self.fake.add_campaign("Quote sent")
        self.fake.add_campaign("Not ours")
        self.clients = self.fake.add_segment("Clients", "clients")
        self.mail = self.fake.add_email("Welcome mail", sent=120, read=30)
        self.fake.add_trackable(self.mail["id"], hits=9, unique_hits=6)
        self.fake.add_trackable(self.mail["id"], hits=3, unique_hits=2)
        self.fake.stats_allowed = True
        self.addCleanup(setattr, self.fake, "stats_allowed", True)
        for index in range(3):
            contact = self.fake.add_contact(email=f"c{index}@example.com")
            contact["campaigns"].add(self.welcome["id"])
            if index:
                contact["segments"].add(self.clients["id"])
        self.account_a.write(
            {
                "mautic_campaign_welcome": self.welcome["id"],
                "mautic_campaign_quote_sent": self.quote_sent["id"],
                "mautic_segment_clients": self.clients["id"],
            }
        )

    def stats(self, account):
        return self.env["fincycle.mautic.stat"].search([("integration_id", "=", account.id)])

    def figures(self, stats):
        return {(s.kind, s.name): (s.members, s.sent, s.opened) for s in stats}

    def test_the_figures_are_read(self):
        self.account_a._mautic_read_stats()
        stats = self.stats(self.account_a)
        self.assertEqual(
            self.figures(stats),
            {
                ("campaign", "Welcome"): (3, 0, 0),
                ("campaign", "Quote sent"): (0, 0, 0),
                ("segment", "Clients"): (2, 0, 0),
                ("email", "Welcome mail"): (0, 120, 30),
            },
        )
        self.assertEqual(set(stats.mapped("date")), {fields.Date.context_today(stats)})
        self.assertTrue(all(stats.mapped("last")))
        mail = stats.filtered(lambda s: s.kind == "email")
        self.assertEqual((mail.mautic_id, mail.read_rate), (self.mail["id"], 25.0))
        self.assertTrue(self.account_a.mautic_stats_read_at)

    def test_a_second_read_updates_the_rows(self):
        self.account_a._mautic_read_stats()
        first = self.stats(self.account_a)
        self.fake.emails[self.mail["id"]].update(sentCount=150, readCount=60)
        self.account_a._mautic_read_stats()
        self.assertEqual(self.stats(self.account_a), first)
        self.assertEqual(
            self.figures(first.filtered(lambda s: s.kind == "email")),
            {("email", "Welcome mail"): (0, 150, 60)},
        )

    def test_a_read_on_another_day_keeps_the_history(self):
        self.account_a._mautic_read_stats()
        first = self.stats(self.account_a)
        first.write({"date": fields.Date.subtract(first[0].date, days=1)})
        self.account_a._mautic_read_stats()
        stats = self.stats(self.account_a)
        self.assertEqual(len(stats), 8)
        self.assertFalse(any(first.mapped("last")))
        self.assertTrue(all((stats - first).mapped("last")))

    def test_an_id_unknown_to_mautic_is_left_out(self):
        self.account_a.mautic_campaign_quote_followup = 999
        self.account_a._mautic_read_stats()
        self.assertEqual(len(self.stats(self.account_a)), 4)

    def test_each_company_reads_and_sees_its_own_figures(self):
        self.account_a._mautic_read_stats()
        self.account_b._mautic_read_stats()  # no campaign nor segment configured: e-mails only
        self.assertEqual(
            self.figures(self.stats(self.account_b)), {("email", "Welcome mail"): (0, 120, 30)}
        )
        Stat = self.env["fincycle.mautic.stat"]
        self.assertEqual(Stat.with_user(self.manager_b).search([]), self.stats(self.account_b))
        self.assertEqual(Stat.with_user(self.manager_a).search([]), self.stats(self.account_a))
        with self.assertRaises(AccessError):
            self.stats(self.account_a).with_user(self.manager_b).read(["members"])
        with self.assertRaises(AccessError):
            self.account_a.with_user(self.manager_b).action_mautic_read_stats()

    def test_a_manager_reads_by_the_button_a_user_may_not(self):
        action = self.account_a.with_user(self.manager_a).action_mautic_read_stats()
        self.assertEqual(action["res_model"], "fincycle.mautic.stat")
        self.assertEqual(len(self.stats(self.account_a)), 4)
        with self.assertRaises(AccessError):
            self.account_a.with_user(self.user_a).action_mautic_read_stats()
        stat = self.stats(self.account_a)[:1]
        self.assertTrue(stat.with_user(self.user_a).read(["members"]))
        with self.assertRaises(AccessError):
            stat.with_user(self.manager_a).write({"members": 1})
        with self.assertRaises(AccessError):
            self.env["fincycle.mautic.stat"].with_user(self.manager_a).create(
                {
                    "integration_id": self.account_a.id,
                    "kind": "email",
                    "mautic_id": 1,
                    "date": "2026-01-01",
                }
            )

    def test_the_nightly_job_goes_on_when_one_connection_fails(self):
        self.account_b.write({"base_url": "http://mautic.example.com"})  # no TLS
        self.env["fincycle.integration"]._cron_mautic_read_stats()
        self.assertEqual(self.account_b.state, "error")
        self.assertEqual(len(self.stats(self.account_a)), 4)
        self.assertFalse(self.stats(self.account_b))
        with self.assertRaises(UserError):
            self.account_b._mautic_read_stats()

    def test_the_nightly_job_leaves_a_connection_without_credentials_alone(self):
        self.account_b.write({"api_secret": False})
        self.env["fincycle.integration"]._cron_mautic_read_stats()
        self.assertEqual(
            (self.account_b.state, self.account_b.last_error_message), ("connected", False)
        )
        self.assertEqual(len(self.stats(self.account_a)), 4)
        self.assertFalse(self.stats(self.account_b))
        with self.assertRaisesRegex(UserError, "credentials"):
            self.account_b.with_user(self.manager_b).action_mautic_read_stats()

    def test_mautic_down_keeps_the_last_figures(self):
        self.account_a._mautic_read_stats()
        before = self.figures(self.stats(self.account_a))
        self.fake.emails[self.mail["id"]].update(sentCount=999)
        self.fake.fail_next(3, 503, path="/api/emails")
        self.env["fincycle.integration"]._cron_mautic_read_stats()
        self.assertEqual(self.account_a.state, "error")
        self.assertEqual(self.figures(self.stats(self.account_a)), before)

    def clicks(self, account):
        mail = self.stats(account).filtered(lambda s: s.kind == "email")
        return mail.clicks_read, mail.clicks, mail.unique_clicks, mail.click_rate

    def test_the_emails_clicks_are_read(self):
        self.fake.add_email("Without link", sent=10, read=2)
        self.account_a._mautic_read_stats()
        stats = self.stats(self.account_a)
        mail = stats.filtered(lambda s: s.name == "Welcome mail")
        self.assertEqual((mail.clicks_read, mail.clicks, mail.unique_clicks), (True, 12, 8))
        self.assertEqual(mail.click_rate, 6.7)  # 8 unique clicks of 120 sent
        bare = stats.filtered(lambda s: s.name == "Without link")
        self.assertEqual((bare.clicks_read, bare.clicks, bare.click_rate), (True, 0, 0.0))
        others = stats.filtered(lambda s: s.kind != "email")
        self.assertEqual(set(others.mapped("clicks_read")), {False})
        self.assertFalse(self.account_a.mautic_clicks_refused)
        calls = self.fake.calls("GET", "/api/stats/channel_url_trackables")
        self.assertEqual(len(calls), 1)  # every e-mail's clicks in one paged read

    def test_statistics_refused_leave_the_clicks_empty_and_say_it_once(self):
        self.account_a._mautic_read_stats()
        self.fake.stats_allowed = False  # the API user's role lost the permission
        messages = self.account_a.message_ids
        Integration = self.env["fincycle.integration"]
        Integration._cron_mautic_read_stats()
        Integration._cron_mautic_read_stats()
        self.assertEqual(self.account_a.state, "connected")
        self.assertFalse(self.account_a.last_error_message)
        self.assertTrue(self.account_a.mautic_clicks_refused)
        said = self.account_a.message_ids - messages
        self.assertEqual(len(said), 1)
        self.assertIn("clicks are not read", said.body)
        self.assertEqual(self.clicks(self.account_a), (False, 0, 0, 0.0))
        # the other figures were read all the same
        self.assertEqual(
            self.figures(self.stats(self.account_a).filtered(lambda s: s.kind == "email")),
            {("email", "Welcome mail"): (0, 120, 30)},
        )
        self.assertEqual(len(self.stats(self.account_a)), 4)
        # given back: read again, and a later refusal is said again
        self.fake.stats_allowed = True
        self.account_a._mautic_read_stats()
        self.assertFalse(self.account_a.mautic_clicks_refused)
        self.assertEqual(self.clicks(self.account_a)[:3], (True, 12, 8))

    def test_a_mautic_without_the_stats_api_is_read_without_clicks(self):
        self.fake.once(
            "GET",
            "/api/stats/channel_url_trackables",
            FakeResponse(
                404,
                {"errors": [{"code": 404, "message": "Requested URL not found.", "details": []}]},
            ),
        )
        self.account_a.with_user(self.manager_a).action_mautic_read_stats()
        self.assertEqual(self.clicks(self.account_a), (False, 0, 0, 0.0))
        self.assertTrue(self.account_a.mautic_clicks_refused)
        self.assertEqual(self.account_a.state, "connected")

    def test_mautic_down_on_the_statistics_keeps_the_last_figures(self):
        self.account_a._mautic_read_stats()
        before = self.clicks(self.account_a)
        self.fake.fail_next(5, 503, path="/api/stats/channel_url_trackables")
        self.env["fincycle.integration"]._cron_mautic_read_stats()
        self.assertEqual(self.account_a.state, "error")
        self.assertFalse(self.account_a.mautic_clicks_refused)
        self.assertEqual(self.clicks(self.account_a), before)
