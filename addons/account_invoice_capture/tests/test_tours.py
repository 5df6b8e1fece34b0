# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The accountant's bill capture flows in a browser, on the demo database (German)."""

import base64
import json

from odoo.addons.fincycle_base.tests.tours import FincycleTourCase

from fincycle.testing.invoices import invoice_pdf

from ..models.capture_messages import note

# Clicks the Capture tab (the URL cannot name a tab), brings its tab bar to the top of the
# view and waits for the document preview, if any, to draw its page.
CAPTURE_TAB_READY = """(() => {
    const tab = document.querySelector(".o_notebook a.nav-link[name='capture']");
    if (!tab) {
        return false;
    }
    if (!tab.classList.contains("active")) {
        tab.click();
        return false;
    }
    if (!document.querySelector(".o_capture_overall")
        || document.querySelector(".o_loading_indicator")) {
        return false;
    }
    // The preview reloads while the form settles: its page must stay drawn for 2 s.
    const preview = document.querySelector(".o-mail-Attachment iframe");
    const viewer = preview && preview.contentDocument;
    const drawn = !preview || Boolean(viewer && viewer.querySelector(".page[data-loaded] canvas"));
    window.fincycleCaptureDrawn = drawn ? (window.fincycleCaptureDrawn || 0) + 1 : 0;
    if (window.fincycleCaptureDrawn < 20) {
        return false;
    }
    // The tab names just below the form's sticky buttons.
    tab.closest(".o_notebook").scrollIntoView({block: "start"});
    let scroller = tab.parentElement;
    while (scroller && !["auto", "scroll"].includes(getComputedStyle(scroller).overflowY)) {
        scroller = scroller.parentElement;
    }
    const sticky = document.querySelector(".o_form_view .o_form_statusbar");
    if (scroller && sticky) {
        scroller.scrollTop -= sticky.offsetHeight + 8;
    }
    return true;
})()"""
LIST_READY = "document.querySelector('.o_list_view .o_data_row')"
NOT_READ_READY = "document.querySelector('.o_form_view .alert-warning strong')"
# A settings field brought into view.
SETTING_READY = """(() => {
    const field = document.querySelector(".o_setting_box [name='%(field)s']");
    if (!field) {
        return false;
    }
    field.scrollIntoView({block: "center"});
    return true;
})()"""
# Applies a search filter by its label (the bills list cannot carry a filter in its URL).
FILTERED_LIST_READY = """(() => {
    const name = %(label)s;
    const applied = [...document.querySelectorAll(".o_searchview_facet")].some(
        (facet) => facet.textContent.includes(name)
    );
    const menu = document.querySelector(".o_filter_menu");
    if (!applied) {
        const item = menu && [...menu.querySelectorAll(".o-dropdown-item, .dropdown-item")].find(
            (entry) => entry.textContent.includes(name)
        );
        if (item) {
            item.click();
        } else if (!menu) {
            document.querySelector(".o_searchview_dropdown_toggler")?.click();
        }
        return false;
    }
    if (menu) {
        document.querySelector(".o_searchview_dropdown_toggler")?.click();
        return false;
    }
    return Boolean(document.querySelector(".o_list_view .o_data_row"));
})()"""


class TestCaptureTours(FincycleTourCase):
    browser_size = "1440x1300"  # the whole Capture tab of a one-page bill

    def bill_url(self, xmlid):
        bill = self.env.ref(xmlid)
        return f"/odoo/action-account.action_move_in_invoice_type/{bill.id}"

    def test_accountant_uploads_a_pdf_and_reads_its_capture_tab(self):
        data, _printed = invoice_pdf(
            number="RE-TOUR-1",
            customer=("Seeblick Treuhand AG", "Seestrasse 1", "6003 Luzern"),
        )
        tour = "account_invoice_capture_upload"
        url = "/odoo/action-account_invoice_capture.action_account_invoice_capture"
        options = json.dumps({"stepDelay": 0, "startUrl": url})
        # The tour picks this PDF in the upload input, as a user picks a file.
        code = (
            f"window.fincycleCaptureTourPdf = {json.dumps(base64.b64encode(data).decode())};"
            f" odoo.startTour({tour!r}, {options})"
        )
        self.start_tour(
            url,
            tour,
            login="accountant",
            code=code,
            timeout=120,
        )
        bill = self.env["account.move"].search([("ref", "=", "RE-TOUR-1")])
        self.assertEqual(len(bill), 1)
        self.assertEqual(bill.capture_id.create_uid, self.demo_user("accountant"))

    def grant_contact_creation(self):
        """Create Vendor needs the right to create contacts, which the demo accountant may
        lack (the demo's business): given here, inside the rolled-back test."""
        accountant = self.demo_user("accountant")
        contact_creation = self.env.ref("base.group_partner_manager")
        if contact_creation not in accountant.all_group_ids:
            accountant.group_ids |= contact_creation

    def test_accountant_reviews_an_unknown_vendor_and_creates_it(self):
        self.grant_contact_creation()
        self.start_tour(
            self.bill_url("fincycle_demo.seeblick_captured_bill_2"),
            "account_invoice_capture_create_vendor",
            login="accountant",
            timeout=120,
        )
        bill = self.env.ref("fincycle_demo.seeblick_captured_bill_2")
        self.assertEqual(bill.partner_id.name, "Druckerei Gutenberg AG")
        self.assertTrue(bill.partner_id.bank_ids)

    def test_screens(self):
        self.grant_contact_creation()
        self.screenshot(
            "capture_tab_review_de",
            self.bill_url("fincycle_demo.seeblick_captured_bill_2"),
            "accountant",
            ready=CAPTURE_TAB_READY,
        )
        self.screenshot(
            "capture_queue",
            "/odoo/action-account_invoice_capture.action_account_invoice_capture",
            "accountant",
            ready=LIST_READY,
        )
        # the company's capture settings, in the accountant's language
        admin = self.demo_user("admin")
        admin.lang = self.demo_user("accountant").lang
        self.screenshot(
            "capture_settings_de",
            "/odoo/settings#account",
            "admin",
            ready=SETTING_READY % {"field": "capture_alias_hourly_limit"},
        )
        # a bill whose e-mailed document waits beyond the hourly limit
        bill = self.env.ref("fincycle_demo.seeblick_captured_bill_2")
        bill.capture_id.sudo().write(
            {
                "state": "failed",
                "outcome": "not_read",
                "error_reason": note("alias_hourly_limit", limit=100),
            }
        )
        self.screenshot(
            "capture_not_read_de",
            self.bill_url("fincycle_demo.seeblick_captured_bill_2"),
            "accountant",
            ready=NOT_READ_READY,
        )
        # the same screens for a French-speaking accountant of the Romandie company
        accountant = self.demo_user("accountant")
        accountant.lang = "fr_FR"
        admin.lang = "fr_FR"
        alpenrose = self.env.ref("fincycle_demo.alpenrose_captured_bill_2").company_id
        accountant.company_id = alpenrose
        self.screenshot(
            "capture_tab_review_fr",
            self.bill_url("fincycle_demo.alpenrose_captured_bill_2"),
            "accountant",
            ready=CAPTURE_TAB_READY,
        )
        self.screenshot(
            "capture_queue_fr",
            "/odoo/action-account_invoice_capture.action_account_invoice_capture",
            "accountant",
            ready=LIST_READY,
        )
        self.screenshot(
            "capture_settings_fr",
            "/odoo/settings#account",
            "admin",
            ready=SETTING_READY % {"field": "capture_alias_hourly_limit"},
        )
        accountant.write({"lang": "de_CH", "company_id": bill.company_id.id})
        self.screenshot(
            "bill_to_review_list",
            "/odoo/action-account.action_move_in_invoice_type",
            "accountant",
            ready=FILTERED_LIST_READY % {"label": json.dumps("Erfasst, zu prüfen")},
        )
