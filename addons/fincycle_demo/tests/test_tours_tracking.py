# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Issue 15's invoice tracking on the demo, in French and German: an invoice's badges and
its Tracking section, the Invoice Tracking list (as it opens, and grouped by stage), the
Invoice Issuance Delay pivot. Like test_tours.py, on the demo database only."""

from functools import partial

from odoo import Command

from odoo.addons.fincycle_base.tests.tours import FincycleTourCase

TRACKING = "/odoo/invoice-tracking"
ISSUANCE = "/odoo/invoice-issuance-delay"
# a list with rows, or its empty-list help
LIST_READY = (
    "document.querySelector('.o_list_renderer, .o_view_nocontent')"
    " && !document.querySelector('.o_loading_indicator')"
)
GROUPS_READY = (
    "document.querySelectorAll('.o_group_header').length >= 8"
    " && !document.querySelector('.o_loading_indicator')"
)
PIVOT_READY = (
    "document.querySelector('.o_pivot table tbody tr')"
    " && !document.querySelector('.o_loading_indicator')"
)
# the PDF of the invoice e-mail, in the preview beside the form
PDF_READY = "document.querySelector('iframe')?.contentDocument?.querySelector('.page[data-loaded]')"
# the invoice's Other Info tab, opened once the form is drawn, its Tracking section in view
TRACKING_TAB_READY = (
    "(document.querySelector('.o_notebook a[name=other_info]:not(.active)')?.click(),"
    " document.querySelector('.o_field_widget[name=issuance_delay_days]')"
    "?.scrollIntoView({block: 'center'}),"
    f" document.querySelector('.o_field_widget[name=tracking_replied_date]') && {PDF_READY})"
)
BADGES_READY = f"document.querySelector('div[name=tracking_badges] .badge') && {PDF_READY}"
# The favourite that opens the list grouped by stage, in the reader's language.
GROUPED_BY_STAGE = {"fr": "Par étape du suivi", "de": "Nach Stand der Verfolgung"}


class TestInvoiceTrackingScreens(FincycleTourCase):
    def test_invoice_tracking_screens_in_french_and_german(self):
        invoice = self.env.ref("fincycle_demo.seeblick_tracked_invoice_8")
        self.assertEqual(invoice.tracking_stage, "replied")
        admin = self.demo_user("admin")
        companies = (
            self.env.ref("fincycle_demo.company_seeblick")
            | self.env.ref("fincycle_demo.company_alpenrose")
            | self.env.ref("fincycle_demo.company_lumiere")
        )
        self.assertLessEqual(companies, admin.company_ids)
        # the whole group, as a manager who ticked the three companies sees it
        cids = "-".join(str(c.id) for c in companies)
        self.browser_js = partial(type(self).browser_js, self, cookies={"cids": cids})
        action = self.env.ref("account_move_tracking_fincycle.action_invoice_tracking")
        for lang, suffix in (("fr_FR", "fr"), ("de_CH", "de")):
            admin.lang = lang
            self.screenshot(
                f"tracking_invoice_badges_{suffix}",
                f"{TRACKING}/{invoice.id}",
                "admin",
                ready=BADGES_READY,
            )
            self.screenshot(
                f"tracking_invoice_section_{suffix}",
                f"{TRACKING}/{invoice.id}",
                "admin",
                ready=TRACKING_TAB_READY,
            )
            self.screenshot(f"tracking_list_{suffix}", TRACKING, "admin", LIST_READY)
            favourite = self.env["ir.filters"].create(
                {
                    "name": GROUPED_BY_STAGE[suffix],
                    "model_id": "account.move",
                    "action_id": action.id,
                    "user_ids": [Command.set(admin.ids)],
                    "is_default": True,
                    "domain": "[]",
                    "context": "{'group_by': ['tracking_stage']}",
                }
            )
            self.screenshot(f"tracking_list_by_stage_{suffix}", TRACKING, "admin", GROUPS_READY)
            favourite.unlink()
            self.screenshot(f"issuance_delay_pivot_{suffix}", ISSUANCE, "admin", PIVOT_READY)
