# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""What the accountant sees: the queue, the Capture tab, the reasons to review, in her
language and formats; bills addressed to another company; a printed cash rounding."""

import html
import re
from pathlib import Path

from lxml import etree

from odoo import Command
from odoo.tests import TransactionCase, tagged

from fincycle.extraction import crosscheck, posting
from fincycle.extraction.messages import TEXTS
from fincycle.extraction.model import Extraction, Field
from fincycle.testing.invoices import CH_IBAN, invoice_pdf, qr_payload

from ..models.capture_messages import PASSTHROUGH, TEMPLATES, group_iban, group_reference
from .common import CaptureCase

I18N = Path(__file__).parents[1] / "i18n"
LANGS = {"fr": "fr_FR", "de": "de_DE", "it": "it_IT"}
QRR = "210000000003139471430009017"
OTHER_VAT = "CHE-109.322.551 MWST"  # a valid UID that is not the test company's


def po_entries(lang):
    import polib  # noqa: PLC0415 - a test dependency

    return polib.pofile(str(I18N / f"{lang}.po"))


def placeholders(text):
    return sorted(re.findall(r"%\((\w+)\)s", text))


def visible_text(markup):
    """The text a reader sees (no tags, entities decoded; no-break spaces kept)."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", str(markup or "")))
    return re.sub(r"[ \t\r\n]+", " ", text)


@tagged("post_install", "-at_install")
class TestCaptureDisplay(CaptureCase, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_capture()

    # --- one table of codes, translated -----------------------------------------------------
    def test_every_core_code_has_a_template_with_the_same_placeholders(self):
        core = {**TEXTS, **posting.TEXTS}  # the posting rule's reasons are codes too
        self.assertEqual(set(core) - set(TEMPLATES) - set(PASSTHROUGH), set())
        for code, template in TEMPLATES.items():
            if code in core:
                self.assertLessEqual(
                    set(placeholders(template._source)), set(placeholders(core[code])), code
                )

    def test_translations_are_complete_and_keep_their_placeholders(self):
        for lang in LANGS:
            with self.subTest(lang=lang):
                entries = po_entries(lang)
                self.assertGreater(len(entries), 300)
                for entry in entries:
                    if entry.obsolete:
                        continue
                    self.assertTrue(entry.msgstr.strip(), f"{lang}: {entry.msgid!r}")
                    self.assertNotIn("fuzzy", entry.flags, f"{lang}: {entry.msgid!r}")
                    self.assertEqual(
                        placeholders(entry.msgid),
                        placeholders(entry.msgstr),
                        f"{lang}: {entry.msgid!r}",
                    )
                    if len(entry.msgid.split()) >= 3 and "://" not in entry.msgid:
                        self.assertNotEqual(entry.msgstr, entry.msgid, f"{lang}: English copy")

    def test_a_french_uploader_reads_no_english(self):
        """Everything the capture writes for a French user, from the reasons it stores as
        codes to the chatter and the review activity, is French."""
        self.env["res.lang"]._activate_lang("fr_FR")
        # as installing French does: the Capture tab's template words too
        self.env["ir.module.module"]._load_module_terms(["account_invoice_capture"], ["fr_FR"])
        self.clerk.lang = "fr_FR"
        self.company.capture_approval_limit = 100
        data, _printed = invoice_pdf(
            vendor="Alpenblick Druck GmbH",
            vat=OTHER_VAT,
            iban="CH5604835012345678008",  # wrong check digits: a warning and a failed check
            customer=("Bergblick Immobilien AG", "Hauptgasse 4", "3000 Bern"),
        )
        bill = self.upload(data, lang="fr_FR").with_context(lang="fr_FR")
        self.assertEqual(bill.capture_id.outcome, "review")
        ext = bill.capture_id.extraction()
        self.assertTrue(ext.warnings and ext.failed_checks, "the tab shows both kinds")
        seen = " ".join(
            [
                visible_text(bill.capture_summary),
                bill.capture_id.review_reasons,
                visible_text(self.chatter(bill)),
                visible_text(self.review_activity(bill).note),
                self.review_activity(bill).summary,
            ]
        )
        self.assertIn("Bergblick Immobilien AG", seen)
        leaks = []
        for entry in po_entries("fr"):  # every English source sentence, with its French
            for piece in re.split(r"%\(\w+\)s|%%|%s", entry.msgid):
                fragment = piece.strip(" .,:;()")
                if len(fragment.split()) < 3 or fragment not in seen:
                    continue
                if entry.msgstr != entry.msgid and fragment in entry.msgstr:
                    continue  # the French keeps these words (names, codes)
                leaks.append(fragment)
        self.assertEqual(leaks, [], seen)

    def test_a_reason_stored_by_one_reader_is_read_in_another_language(self):
        self.env["res.lang"]._activate_lang("de_DE")
        data, _printed = invoice_pdf(vendor="Alpenblick Druck GmbH", vat=OTHER_VAT, iban=False)
        bill = self.upload(data)  # the clerk reads English
        capture = bill.capture_id
        self.assertIn("not a contact yet", capture.review_reasons)
        german = capture.with_context(lang="de_DE")
        self.assertIn("Alpenblick Druck GmbH", german.review_reasons)
        self.assertNotIn("not a contact yet", german.review_reasons)
        self.assertEqual(capture.review_messages[0]["code"], "vendor_unknown")

    # --- the queue ------------------------------------------------------------------------
    def test_queue_has_vendor_total_upload_and_no_summed_confidence(self):
        Capture = self.env["account.invoice.capture"]
        self.assertIsNone(Capture.fields_get(["confidence"])["confidence"].get("aggregator"))
        arch = etree.fromstring(Capture.get_views([(False, "list")])["views"]["list"]["arch"])
        self.assertEqual(arch.get("js_class"), "file_upload_list")  # Odoo's Upload button
        columns = [f.get("name") for f in arch.iter("field")]
        self.assertIn("vendor_display_name", columns)
        self.assertIn("amount_total", columns)
        for number in ("RE-GRP-1", "RE-GRP-2"):
            self.upload(invoice_pdf(number=number)[0], name=f"{number}.pdf")
        groups = Capture.formatted_read_group(
            [("company_id", "=", self.company.id)], ["state"], ["__count"]
        )
        self.assertNotIn("confidence:sum", groups[0])
        # The button calls the list's model: bills in the company's purchase journal.
        data, printed = invoice_pdf(number="RE-UPLOAD-1")
        attachment = (
            self.env["ir.attachment"]
            .with_user(self.clerk)
            .create({"name": "upload.pdf", "raw": data, "mimetype": "application/pdf"})
        )
        action = (
            Capture.with_user(self.clerk)
            .with_context(allowed_company_ids=self.company.ids, search_default_group_state=1)
            .create_document_from_attachment(attachment.ids)
        )
        bill = self.env["account.move"].browse(action["res_id"])
        self.assertEqual(bill.journal_id, self.journal)
        self.assertEqual(bill.ref, "RE-UPLOAD-1")
        self.assertAlmostEqual(bill.capture_id.amount_total, float(printed["total"]), places=2)
        self.assertEqual(bill.capture_id.vendor_display_name, self.vendor.name)
        self.assertNotIn("search_default_group_state", action["context"])

    def test_bills_search_offers_the_captured_to_review_filter(self):
        action = self.env.ref("account.action_move_in_invoice_type")
        views = self.env["account.move"].get_views(
            [(False, "list"), (action.search_view_id.id, "search")]
        )
        arch = etree.fromstring(views["views"]["search"]["arch"])
        self.assertTrue(arch.xpath("//filter[@name='capture_to_review']"))

    def test_bill_list_shows_no_created_by_placeholder_as_vendor(self):
        data, _printed = invoice_pdf(vendor="Alpenblick Druck GmbH", vat=OTHER_VAT, iban=False)
        queued = self.upload(data, capture_inline=False)
        self.assertEqual(queued.capture_id.state, "queued")
        self.assertFalse(queued.invoice_partner_display_name)  # Odoo: "#Created by: ..."
        self.env["account.invoice.capture"]._cron_process_queue()
        self.assertFalse(queued.partner_id)
        self.assertEqual(queued.invoice_partner_display_name, "Alpenblick Druck GmbH")
        self.assertEqual(queued.capture_id.vendor_display_name, "Alpenblick Druck GmbH")
        known = self.upload(invoice_pdf(number="RE-KNOWN-9")[0])
        self.assertEqual(known.invoice_partner_display_name, self.vendor.display_name)

    # --- the Capture tab ----------------------------------------------------------------------
    def test_capture_tab_in_the_users_formats_and_words(self):
        self.env["res.lang"]._activate_lang("de_CH")
        lines = (("Druckerpapier A4", 10, "25.00", "8.1"), ("Beratung", 1, "1200.00", "8.1"))
        _draft, printed = invoice_pdf(lines=lines)
        qr = qr_payload(
            "CH4431999123000889012",
            "Muster Bürobedarf AG",
            ("Bahnhofstrasse", "12", "8001", "Zürich"),
            printed["total"],
            reference_type="QRR",
            reference=QRR,
        )
        bill = self.upload(invoice_pdf(lines=lines, qr=qr, iban=False)[0])
        summary = visible_text(bill.with_context(lang="de_CH").capture_summary)
        invoice_date = bill.invoice_date.strftime("%d.%m.%Y")
        self.assertIn(invoice_date, summary)
        self.assertNotIn(bill.invoice_date.isoformat(), summary)
        self.assertIn("1'567.45", summary.replace("\N{RIGHT SINGLE QUOTATION MARK}", "'"))
        self.assertIn(group_iban("CH4431999123000889012"), summary)
        self.assertIn("21 00000 00003 13947 14300 09017", summary)
        self.assertIn("QR-Rechnung", summary)
        self.assertNotIn(" qr ", f" {summary} ")
        self.assertIn("✔", summary)
        self.assertNotIn("tax_breakdown", summary)
        self.assertNotIn("vat_id", summary)
        self.assertIn("CHE-116.281.710", summary)

    def test_overall_confidence_names_the_weakest_field_and_what_holds_the_bill_back(self):
        bill = self.upload(invoice_pdf(number="RE-WEAK-1")[0])
        capture = bill.capture_id
        ext = capture.extraction()
        ext.fields["vendor_name"] = Field("Muster Bürobedarf AG", 0.62, "text")
        ext.fields["vendor_vat"] = Field("CHE116281710", 0.96, "text")
        ext.fields["vendor_iban"] = Field(CH_IBAN, 0.9, "text")
        ext.confidence = crosscheck.overall_confidence(ext)
        self.assertGreaterEqual(ext.confidence, 0.9)
        capture.sudo().result = ext.to_dict()  # what a reading stores
        summary = visible_text(bill.capture_summary)
        overall = f"{round(ext.confidence * 100)}\N{NO-BREAK SPACE}%"
        self.assertIn(f"Overall confidence: {overall}", summary)
        self.assertIn("Weakest field: Vendor 62\N{NO-BREAK SPACE}%", summary)
        self.assertIn("VAT number (96\N{NO-BREAK SPACE}%)", summary)
        self.assertNotIn("Holds the bill back", summary)
        # A key field below the threshold is named as what holds the bill back.
        ext.fields["invoice_date"] = Field(bill.invoice_date, 0.71, "ocr")
        ext.confidence = crosscheck.overall_confidence(ext)
        capture.sudo().result = ext.to_dict()  # what a reading stores
        summary = visible_text(bill.capture_summary)
        self.assertIn(
            "Holds the bill back: Bill date 71\N{NO-BREAK SPACE}% (90\N{NO-BREAK SPACE}% "
            "needed to post)",
            summary,
        )

    def test_confidence_reason_names_the_key_fields_below_the_threshold(self):
        self.company.capture_threshold = 0.99
        bill = self.upload(invoice_pdf(number="RE-WEAK-2")[0])
        reason = next(m for m in bill.capture_id.review_messages if m["code"] == "confidence_low")
        ext = bill.capture_id.extraction()
        below = [k for k, (_f, c) in crosscheck.key_scores(ext).items() if c < 0.99]
        self.assertEqual(sorted(k for k, _c in reason["params"]["weak"]), sorted(below))
        self.assertIn("held back by", bill.capture_id.review_reasons)

    # --- addressed to another company -------------------------------------------------------
    def test_bill_addressed_to_another_company_is_held_naming_what_was_printed(self):
        data, _printed = invoice_pdf(
            number="RE-OTHER-1",
            customer=("Bergblick Immobilien AG", "Hauptgasse 4", "3000 Bern"),
        )
        bill = self.upload(data)
        self.assertEqual(bill.partner_id, self.vendor, "everything else is fine")
        self.assertEqual(bill.state, "draft")
        messages = bill.capture_id.review_messages
        self.assertIn(
            {
                "code": "addressed_other_name",
                "params": {"name": "Bergblick Immobilien AG", "company": self.company.name},
            },
            messages,
        )
        self.assertIn("addressed to Bergblick Immobilien AG", bill.capture_id.review_reasons)
        self.assertIn("Bergblick Immobilien AG", self.review_activity(bill).note)

    def test_bill_with_another_customer_vat_number_is_held(self):
        self.company.vat = "CHE-645.809.099 MWST"
        data, _printed = invoice_pdf(
            number="RE-OTHER-2",
            customer=(self.company.name, "Ihre MWST-Nr.: CHE-109.322.551", "6003 Luzern"),
        )
        bill = self.upload(data)
        self.assertEqual(bill.state, "draft")
        self.assertIn("CHE-109.322.551", bill.capture_id.review_reasons)
        self.assertIn("CHE-645.809.099", bill.capture_id.review_reasons)
        # Its own VAT number settles it, whatever name the bill prints.
        data, _printed = invoice_pdf(
            number="RE-OWN-2",
            lines=(("Toner", 1, "80.00", "8.1"),),
            customer=("Seeblick Beratung", "Ihre MWST-Nr.: CHE-645.809.099", "6003 Luzern"),
        )
        bill = self.upload(data)
        self.assertEqual(bill.state, "posted", bill.capture_id.review_reasons)

    def test_bill_addressed_to_a_sister_company_says_where_it_belongs(self):
        sister = self.env["res.company"].create(
            {"name": "Bergblick Immobilien AG", "vat": "CHE-109.322.551"}
        )
        self.clerk.company_ids = [Command.link(sister.id)]
        data, _printed = invoice_pdf(
            number="RE-SISTER-1",
            customer=("Bergblick Immobilien AG", "Hauptgasse 4", "3000 Bern"),
        )
        bill = self.upload(data)
        self.assertEqual(bill.state, "draft")
        self.assertEqual(bill.capture_id.review_messages[0]["code"], "addressed_other_company")
        self.assertIn(sister.name, bill.capture_id.review_reasons)
        self.assertIn("upload it there", bill.capture_id.review_reasons)

    def test_a_company_the_user_cannot_see_is_not_named(self):
        """Its VAT number printed as the customer's must not tell its name."""
        hidden = self.env["res.company"].create(
            {"name": "Verborgen Holding AG", "vat": "CHE-109.322.551"}
        )
        data, _printed = invoice_pdf(
            number="RE-HIDDEN-1",
            customer=("Muster Kunde", "Ihre MWST-Nr.: CHE-109.322.551", "3000 Bern"),
        )
        bill = self.upload(data)
        self.assertEqual(bill.state, "draft")
        self.assertNotIn(hidden.name, bill.capture_id.review_reasons)
        self.assertNotIn(hidden.name, self.chatter(bill))
        self.assertIn("addressed to Muster Kunde", bill.capture_id.review_reasons)

    def test_bill_to_the_company_or_one_of_its_people_is_not_held(self):
        self.env["res.partner"].create(
            {"name": "Hanna Seiler", "parent_id": self.company.partner_id.id}
        )
        data, _printed = invoice_pdf(
            number="RE-PERSON-1", customer=("Hanna Seiler", "Seestrasse 1", "6003 Luzern")
        )
        bill = self.upload(data)
        self.assertEqual(bill.state, "posted", bill.capture_id.review_reasons)

    # --- a printed cash rounding ----------------------------------------------------------
    def test_printed_rounding_keeps_untaxed_and_vat_as_printed(self):
        lines = (("Druckerpapier A4", 10, "25.00", "8.1"), ("Beratung", 1, "677.03", "8.1"))
        _draft, printed = invoice_pdf(lines=lines, rounding="0.05")
        self.assertEqual(str(printed["rounding"]), "-0.02")
        qr = qr_payload(
            CH_IBAN,
            "Muster Bürobedarf AG",
            ("Bahnhofstrasse", "12", "8001", "Zürich"),
            printed["total"],
        )
        bill = self.upload(invoice_pdf(lines=lines, rounding="0.05", qr=qr)[0])
        self.assertEqual(bill.capture_id.extraction().value("amount_rounding"), printed["rounding"])
        self.assertAlmostEqual(bill.amount_total, float(printed["total"]), places=2)
        self.assertAlmostEqual(bill.amount_tax, float(printed["tax"]), places=2)
        totals = bill.tax_totals
        self.assertAlmostEqual(totals["base_amount_currency"], float(printed["untaxed"]), places=2)
        self.assertAlmostEqual(totals["tax_amount_currency"], float(printed["tax"]), places=2)
        self.assertAlmostEqual(totals["cash_rounding_base_amount_currency"], -0.02, places=2)
        self.assertAlmostEqual(
            sum(bill.invoice_line_ids.mapped("price_subtotal")), float(printed["untaxed"]), 2
        )
        self.assertNotIn("Rounding", bill.invoice_line_ids.mapped("name"))
        self.assertEqual(bill.invoice_cash_rounding_id.rounding, 0.05)
        self.assertEqual(bill.state, "posted", bill.capture_id.review_reasons)

    # --- words ------------------------------------------------------------------------------
    def test_french_capture_tab_is_not_odoo_auto_complete(self):
        """Odoo names its bill auto-complete field "Saisie automatique" in French."""
        self.env["res.lang"]._activate_lang("fr_FR")
        self.env["ir.module.module"]._load_module_terms(
            ["account", "account_invoice_capture"], ["fr_FR"], overwrite=True
        )
        views = self.env["account.move"].with_context(lang="fr_FR").get_views([(False, "form")])
        arch = etree.fromstring(views["views"]["form"]["arch"])
        tab = arch.xpath("//page[@name='capture']")[0].get("string")
        auto_complete = arch.xpath("//label[@for='invoice_vendor_bill_id']")
        odoo_label = (
            auto_complete[0].get("string")
            if auto_complete
            else views["models"]["account.move"]["fields"]["invoice_vendor_bill_id"]["string"]
        )
        self.assertEqual(odoo_label, "Saisie automatique")
        self.assertNotEqual(tab, odoo_label)
        self.assertNotIn("automatique", tab.lower())

    def test_grouping_helpers(self):
        self.assertEqual(group_iban("CH9300762011623852957"), "CH93 0076 2011 6238 5295 7")
        self.assertEqual(group_reference(QRR), "21 00000 00003 13947 14300 09017")
        self.assertEqual(group_reference("RF18539007547034"), "RF18 5390 0754 7034")
        self.assertEqual(group_reference("Rechnung 42"), "Rechnung 42")

    def test_old_results_with_sentences_still_show(self):
        bill = self.upload(invoice_pdf(number="RE-OLD-1")[0])
        capture = bill.capture_id
        result = dict(capture.result)
        result["warnings"] = ["QR-bill: Currency 'USD' is not CHF or EUR."]
        capture.sudo().result = result  # what an older version stored
        self.assertIn("Currency 'USD' is not CHF or EUR", visible_text(bill.capture_summary))
        self.assertIsInstance(Extraction.from_dict(result).warnings[0].text, str)
