# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Issue 19's group cockpit on the demo, in French and German: the whole group (the three
companies ticked in the switcher, added up in CHF) and one company alone. Like test_tours.py,
on the demo database only."""

from functools import partial

from odoo.addons.fincycle_base.tests.tours import FincycleTourCase

COCKPIT = "/odoo/action-fincycle_cockpit.action_open_fincycle_cockpit"
COCKPIT_READY = (
    "document.querySelector('.o_form_view div[name=week_line_ids] .o_data_row')"
    " && !document.querySelector('.o_loading_indicator')"
)


class TestCockpitScreens(FincycleTourCase):
    def test_cockpit_of_the_group_and_of_one_company_in_french_and_german(self):
        admin = self.demo_user("admin")
        companies = (
            self.env.ref("fincycle_demo.company_seeblick")
            | self.env.ref("fincycle_demo.company_alpenrose")
            | self.env.ref("fincycle_demo.company_lumiere")
        )
        self.assertLessEqual(companies, admin.company_ids)
        snapshots = self.env["fincycle.cockpit.snapshot"].with_user(admin)
        snapshots.with_context(allowed_company_ids=companies.ids)._refresh_allowed(companies)
        home = admin.company_id
        for lang, suffix in (("fr_FR", "fr"), ("de_CH", "de")):
            admin.lang = lang
            for scope, scope_companies in (("group", companies), ("seeblick", companies[0])):
                admin.company_id = scope_companies[0]
                cids = "-".join(str(c.id) for c in scope_companies)
                self.browser_js = partial(type(self).browser_js, self, cookies={"cids": cids})
                self.screenshot(f"cockpit_{scope}_{suffix}", COCKPIT, "admin", COCKPIT_READY)
        admin.company_id = home
