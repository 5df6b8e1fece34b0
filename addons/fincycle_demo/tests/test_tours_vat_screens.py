# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Issue 17's VAT returns and FEC export on the demo, in French and German: the Swiss and the
French draft returns (boxes, then the checks), the FEC export of the French company with the
checker's findings. Like test_tours.py, on the demo database only."""

from datetime import date

from odoo.addons.fincycle_base.tests.tours import FincycleTourCase

RETURNS = "/odoo/action-account_vat_return_fincycle.action_account_vat_return"
FEC = "/odoo/action-account_vat_return_fincycle.action_account_fec_export"
BOXES_READY = (
    "document.querySelector('.o_field_widget[name=line_ids] .o_data_row')"
    " && !document.querySelector('.o_loading_indicator')"
)
# the Checks tab, opened once the form is drawn
CHECKS_READY = (
    "(document.querySelector('.o_notebook a[name=checks]:not(.active)')?.click(),"
    " document.querySelector('.o_field_widget[name=check_ids] .o_data_row'))"
)
FINDINGS_READY = (
    "document.querySelector('.o_field_widget[name=finding_ids] .o_data_row')"
    " && !document.querySelector('.o_loading_indicator')"
)


class TestVatScreens(FincycleTourCase):
    def test_vat_returns_and_fec_in_french_and_german(self):
        swiss = self.env.ref("fincycle_demo.seeblick_vat_return")
        french = self.env.ref("fincycle_demo.lumiere_vat_return")
        self.assertEqual((swiss.state, french.state), ("draft", "draft"))
        self.assertTrue(swiss.line_ids and french.line_ids and swiss.adjustment_ids)
        admin = self.env.ref("base.user_admin")
        home = admin.company_id
        year = date.today().year
        # the French company's FEC of the year so far: its drafts and their numbers show
        export = (
            self.env["account.fec.export"]
            .with_user(admin)
            .with_company(french.company_id)
            .create(
                {
                    "company_id": french.company_id.id,
                    "date_from": date(year, 1, 1),
                    "date_to": date(year, 12, 31),
                }
            )
        )
        export.action_export()
        self.assertTrue(export.finding_ids, "the demo FEC shows the checker's findings")
        for lang, suffix in (("fr_FR", "fr"), ("de_CH", "de")):
            admin.lang = lang
            admin.company_id = swiss.company_id
            self.screenshot(
                f"vat_return_ch_{suffix}", f"{RETURNS}/{swiss.id}", "admin", BOXES_READY
            )
            self.screenshot(
                f"vat_return_ch_checks_{suffix}", f"{RETURNS}/{swiss.id}", "admin", CHECKS_READY
            )
            admin.company_id = french.company_id
            self.screenshot(
                f"vat_return_fr_{suffix}", f"{RETURNS}/{french.id}", "admin", BOXES_READY
            )
            self.screenshot(f"fec_export_{suffix}", f"{FEC}/{export.id}", "admin", FINDINGS_READY)
        admin.company_id = home
