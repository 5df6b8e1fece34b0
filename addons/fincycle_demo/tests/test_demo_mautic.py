# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields
from odoo.tests import TransactionCase, tagged


@tagged("post_install", "-at_install")
class TestDemoMautic(TransactionCase):
    """The holding's Mautic: a connection without credentials whose scheduled jobs say what is
    missing instead of calling anyone, and what its earlier work left for the user to see."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.loader = cls.env["fincycle.demo.loader"]
        cls.loader._load_demo()
        cls.company = cls.env.ref("fincycle_demo.company_seeblick")
        cls.connection = cls.env.ref("fincycle_demo.seeblick_mautic_connection")
        cls.Event = cls.env["fincycle.mautic.event"]

    def events(self):
        return self.Event.search([("integration_id", "=", self.connection.id)])

    def test_connection_waits_for_its_credentials(self):
        connection = self.connection
        self.assertEqual(
            (connection.provider, connection.company_id, connection.environment),
            ("mautic", self.company, "sandbox"),
        )
        self.assertTrue(connection.base_url.startswith("https://"))
        self.assertFalse(connection.mautic_has_credentials)
        self.assertFalse(connection.sudo().api_key or connection.sudo().api_secret)
        self.assertTrue(connection.mautic_segment_clients and connection.mautic_campaign_welcome)

    def test_what_earlier_pushes_webhooks_and_reads_left(self):
        links = self.connection.mautic_contact_ids
        self.assertEqual(len(links), 3)
        self.assertTrue(all(links.mapped("mautic_id")))
        self.assertEqual(set(links.mapped("state")), {"synced"})
        self.assertTrue(links.filtered("in_clients"))
        hot = links.filtered(lambda x: x.points >= self.connection.mautic_points_threshold)
        self.assertEqual(hot.partner_id, self.env.ref("fincycle_demo.seeblick_customer_1"))
        activity = self.env.ref("fincycle_demo.seeblick_mautic_hot_lead")
        self.assertEqual(activity.res_id, hot.partner_id.id)
        self.assertEqual(activity.activity_type_id, self.connection._mautic_hot_lead_type())
        events = self.events()
        self.assertEqual(
            sorted(events.mapped("kind")), ["payment_reminder", "quote_sent", "welcome"]
        )
        failed = events.filtered(lambda e: e.state == "failed")
        self.assertEqual(len(failed), 1)
        self.assertTrue(failed.error)
        self.assertEqual(set((events - failed).mapped("state")), {"done"})
        self.assertEqual(hot.partner_id.mautic_event_count, 2)
        stats = self.connection.mautic_stat_ids
        self.assertEqual(len(set(stats.mapped("date"))), 7)
        self.assertEqual(
            set(stats.filtered("last").mapped("kind")), {"campaign", "segment", "email"}
        )
        self.assertEqual(set(stats.filtered("last").mapped("date")), {max(stats.mapped("date"))})

    def test_scheduled_jobs_say_the_credentials_are_missing(self):
        Integration = self.env["fincycle.integration"]
        Integration._cron_mautic_sync_contacts()
        Integration._cron_mautic_push_segments()
        Integration._cron_mautic_read_stats()
        self.Event._cron_mautic_send_events()
        self.assertEqual(self.connection.state, "error")
        self.assertIn("credentials", self.connection.last_error_message)
        self.assertFalse(self.events().filtered(lambda e: e.state == "pending"))

    def test_loading_again_adds_nothing_and_a_fresh_load_rebuilds_it(self):
        counts = [
            self.env[m].search_count([])
            for m in ("fincycle.mautic.contact", "fincycle.mautic.event", "fincycle.mautic.stat")
        ]
        today = fields.Date.context_today(self.loader)
        self.loader._load_mautic(today)
        again = [
            self.env[m].search_count([])
            for m in ("fincycle.mautic.contact", "fincycle.mautic.event", "fincycle.mautic.stat")
        ]
        self.assertEqual(again, counts)
        # as on a fresh install: the connection and what it left made anew
        self.connection.unlink()
        self.loader._load_mautic(today)
        connection = self.env.ref("fincycle_demo.seeblick_mautic_connection")
        self.assertEqual(len(connection.mautic_contact_ids), 3)
        self.assertEqual(len(self.Event.search([("integration_id", "=", connection.id)])), 3)
        self.assertTrue(connection.mautic_stat_ids)

    def test_other_companies_see_none_of_it(self):
        comptable = self.env.ref("fincycle_demo.user_comptable")
        self.assertNotIn(self.company, comptable.company_ids)
        for model in ("fincycle.integration", "fincycle.mautic.contact", "fincycle.mautic.event"):
            records = self.env[model].with_user(comptable).search([])
            self.assertFalse(records.filtered(lambda r: r.company_id == self.company), model)
        stats = self.env["fincycle.mautic.stat"].with_user(comptable).search([])
        self.assertFalse(stats.filtered(lambda s: s.integration_id.id == self.connection.id))
