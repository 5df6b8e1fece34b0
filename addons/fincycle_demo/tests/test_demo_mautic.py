# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields
from odoo.exceptions import UserError
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

    def test_scheduled_jobs_leave_it_alone_until_its_credentials_are_entered(self):
        """Hour after hour, the jobs call no one, put no error on the connection and post
        nothing in its chatter; its health says what is missing, and so do the buttons."""
        Integration = self.env["fincycle.integration"]
        state, messages = self.connection.state, len(self.connection.message_ids)
        for _hour in range(2):
            Integration._cron_mautic_sync_contacts()
            Integration._cron_mautic_push_segments()
            Integration._cron_mautic_push_segments(changed_only=True)
            Integration._cron_mautic_read_stats()
            self.Event._cron_mautic_send_events()
        self.assertNotEqual(state, "error")
        self.assertEqual(self.connection.state, state)
        self.assertEqual(len(self.connection.message_ids), messages)
        self.assertEqual(self.connection.health, "warning")
        self.assertIn("credentials", self.connection.health_reason)
        self.assertFalse(self.events().filtered(lambda e: e.state == "pending"))
        with self.assertRaisesRegex(UserError, "credentials"):
            self.connection.action_mautic_sync_contacts()

    def test_the_given_up_trigger_and_the_call_read_in_the_readers_language(self):
        """Written by jobs and webhooks (no reader's language): the reminder given up says
        why in French to a French reader; the Hot Lead call is in its salesperson's."""
        self.env["res.lang"]._activate_lang("fr_FR")
        failed = self.events().filtered(lambda e: e.state == "failed")
        self.assertEqual(failed.error_code, "transport")
        self.assertEqual(
            failed.with_context(lang="fr_FR").error,
            self.env["fincycle.integration"]
            .with_context(lang="fr_FR")
            ._mautic_problem_text("transport"),
        )
        self.assertNotEqual(
            failed.with_context(lang="fr_FR").error, failed.with_context(lang="en_US").error
        )
        activity = self.env.ref("fincycle_demo.seeblick_mautic_hot_lead")
        salesperson_lang = activity.user_id.lang or "en_US"
        summary = self.connection.with_context(lang=salesperson_lang)._mautic_hot_lead_summary(62)
        self.assertEqual(activity.summary, summary)

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
