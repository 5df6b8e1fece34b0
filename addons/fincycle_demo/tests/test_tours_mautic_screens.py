# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Issue 18's Mautic connector on the demo, in French and German: the holding's connection and
its Mautic tab (no credentials yet: it says so), the contacts pushed with their lead points,
the campaign triggers (delivered, and the one given up while Mautic was down), the marketing
figures as a list and a graph, and the customer over the threshold with its Hot Lead call.
Like test_tours.py, on the demo database only."""

from odoo.addons.fincycle_base.tests.tours import FincycleTourCase

CONNECTIONS = "/odoo/action-fincycle_base.action_fincycle_integration"
TRIGGERS = "/odoo/action-marketing_mautic_fincycle.fincycle_mautic_event_action"
CUSTOMERS = "/odoo/action-account.res_partner_action_customer"
IDLE = "!document.querySelector('.o_loading_indicator, .o_blockUI')"
# the Mautic tab, opened once the form is drawn
MAUTIC_TAB_READY = (
    "(document.querySelector('.o_notebook a[name=mautic]:not(.active)')?.click(),"
    " document.querySelector('.o_notebook a[name=mautic].active')"
    " && document.querySelector('.o_field_widget[name=mautic_segment_leads]')"
    "?.scrollIntoView({block: 'center'}),"
    " document.querySelector('.o_notebook a[name=mautic].active')"
    " && document.querySelector('.o_field_widget[name=mautic_segment_leads]') && " + IDLE + ")"
)


def through_button(button, ready):
    """Click the form's stat button ``button`` once it is drawn, then wait for ``ready``."""
    selector = f"button[name={button}]"
    return (
        f"(window.__fincycleClicked || !document.querySelector('{selector}')"
        f" || (window.__fincycleClicked = document.querySelector('{selector}').click() || 1),"
        f" !!window.__fincycleClicked && !document.querySelector('{selector}')"
        f" && ({ready}) && {IDLE})"
    )


ROWS_READY = "document.querySelector('.o_list_renderer .o_data_row')"
# the figures' list switched to its graph, once the list is drawn
GRAPH_READY = (
    "(document.querySelector('.o_list_renderer .o_data_row')"
    " && document.querySelector('.o_switch_view.o_graph:not(.active)')?.click(),"
    " document.querySelector('.o_graph_renderer canvas'))"
)
# the customer's form with its Mautic button, its Mautic tab (the lead points) and the Hot
# Lead call in the chatter
PARTNER_READY = (
    "(document.querySelector('.o_notebook a[name=mautic]:not(.active)')?.click(),"
    " document.querySelector('button[name=action_mautic_open_events]')"
    " && document.querySelector('.o-mail-Activity')"
    " && document.querySelector('.o_field_widget[name=mautic_contact_ids] .o_data_row')"
    " && " + IDLE + ")"
)


class TestMauticScreens(FincycleTourCase):
    def test_mautic_connection_contacts_triggers_and_figures_in_french_and_german(self):
        connection = self.env.ref("fincycle_demo.seeblick_mautic_connection")
        self.assertEqual((connection.provider, connection.environment), ("mautic", "sandbox"))
        self.assertFalse(connection.mautic_has_credentials)  # nothing reaches any Mautic
        links = connection.mautic_contact_ids
        self.assertEqual(len(links), 3)
        self.assertEqual(set(links.mapped("state")), {"synced"})
        hot = self.env.ref("fincycle_demo.seeblick_customer_1")
        self.assertGreaterEqual(
            links.filtered(lambda x: x.partner_id == hot).points,
            connection.mautic_points_threshold,
        )
        self.assertTrue(self.env.ref("fincycle_demo.seeblick_mautic_hot_lead").exists())
        events = self.env["fincycle.mautic.event"].search([("integration_id", "=", connection.id)])
        # (a demo database that ran its jobs for days may hold later triggers too)
        self.assertLessEqual({"done", "failed"}, set(events.mapped("state")))
        self.assertTrue(all(events.filtered(lambda e: e.state == "failed").mapped("error")))
        self.assertTrue(connection.mautic_stat_ids.filtered("last"))
        admin = self.env.ref("base.user_admin")
        home = admin.company_id
        admin.company_id = connection.company_id
        form = f"{CONNECTIONS}/{connection.id}"
        for lang, suffix in (("fr_FR", "fr"), ("de_CH", "de")):
            admin.lang = lang
            self.screenshot(f"mautic_connection_{suffix}", form, "admin", MAUTIC_TAB_READY)
            self.screenshot(
                f"mautic_contacts_{suffix}",
                form,
                "admin",
                through_button("action_mautic_open_contacts", ROWS_READY),
            )
            self.screenshot(f"mautic_triggers_{suffix}", TRIGGERS, "admin", ROWS_READY)
            self.screenshot(
                f"mautic_triggers_waiting_{suffix}",
                form,
                "admin",
                through_button("action_mautic_open_events", ROWS_READY),
            )
            self.screenshot(
                f"mautic_figures_{suffix}",
                form,
                "admin",
                through_button("action_mautic_open_stats", ROWS_READY),
            )
            self.screenshot(
                f"mautic_figures_graph_{suffix}",
                form,
                "admin",
                through_button("action_mautic_open_stats", GRAPH_READY),
            )
            self.screenshot(
                f"mautic_customer_{suffix}", f"{CUSTOMERS}/{hot.id}", "admin", PARTNER_READY
            )
        admin.company_id = home
