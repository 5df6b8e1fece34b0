# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64
import io
from datetime import date, timedelta
from pathlib import Path
from unittest.mock import patch

import pypdfium2
from psycopg2.errors import SerializationFailure

from odoo import Command
from odoo.exceptions import AccessError, UserError
from odoo.tests import Form, HttpCase, TransactionCase, new_test_user, tagged
from odoo.tools import mute_logger

from odoo.addons.account.models import account_document_import_mixin
from odoo.addons.fincycle_base.tests.common import (
    FincycleTestProviderMixin,
    make_accounting_company,
)

from fincycle.extraction import sandbox
from fincycle.extraction.messages import msg
from fincycle.extraction.model import ExtractionError
from fincycle.testing.fake_openai import FakeOpenAI
from fincycle.testing.hostile_pdfs import attached_file_pdf, nested_forms
from fincycle.testing.invoices import CH_IBAN, CH_VAT, DE_IBAN, DE_VAT, invoice_pdf, qr_payload

from ..models import account_document_import_mixin as capture_mixin
from ..models import account_move as capture_move
from ..models.account_invoice_capture import MAX_READ_ATTEMPTS
from .common import CaptureCase

SAMPLES = Path("/work/shared/samples/ocr/files")


@tagged("post_install", "-at_install")
def _logo_png():
    from PIL import Image  # noqa: PLC0415

    out = io.BytesIO()
    Image.new("RGB", (40, 20), (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


LOGO_PNG = _logo_png()  # a signature's logo: far below a scan's size


class TestCapture(CaptureCase, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_capture()

    # --- the happy path -----------------------------------------------------------------------
    def test_upload_known_vendor_is_posted_with_taxes_by_rate(self):
        data, printed = invoice_pdf(
            lines=(("Druckerpapier A4", 10, "25.00", "8.1"), ("Fachbuch", 2, "40.00", "2.6"))
        )
        bill = self.upload(data)
        self.assertEqual(len(bill), 1)
        capture = bill.capture_id
        self.assertEqual(capture.state, "done", capture.error_message)
        self.assertEqual(bill.partner_id, self.vendor)
        self.assertEqual(bill.ref, "RE-2026-0815")
        self.assertEqual(bill.invoice_date, date.today() - timedelta(days=3))
        self.assertEqual(bill.invoice_date_due, date.today() + timedelta(days=27))
        self.assertAlmostEqual(bill.amount_total, float(printed["total"]), places=2)
        self.assertAlmostEqual(bill.amount_tax, float(printed["tax"]), places=2)
        self.assertEqual(
            set(bill.invoice_line_ids.tax_ids.ids), {self.taxes["8.1"].id, self.taxes["2.6"].id}
        )
        self.assertEqual(bill.partner_bank_id.sanitized_acc_number, CH_IBAN)
        self.assertIn(capture.attachment_id, bill.attachment_ids)
        self.assertGreaterEqual(capture.confidence, 0.9)
        self.assertEqual(bill.state, "posted", capture.review_reasons)
        self.assertEqual(capture.outcome, "posted")
        self.assertIn("Posted automatically", self.chatter(bill))
        self.assertIn("found by VAT number", self.chatter(bill))
        self.assertFalse(self.review_activity(bill))
        self.assertIn("Confidence", bill.capture_summary)

    def test_bill_from_attachment_commits_nothing(self):
        """Demo data is loaded inside the module install, in a savepoint: Odoo's upload route
        commits there (outside tests), the in-transaction entry point must not."""
        data, printed = invoice_pdf(lines=(("Druckerpapier A4", 10, "25.00", "8.1"),))
        env = self.env(context={**self.env.context, "allowed_company_ids": [self.company.id]})
        commits = []
        with (
            patch.object(account_document_import_mixin, "_can_commit", return_value=True),
            patch.object(self.env.cr, "commit", lambda: commits.append("commit")),
            patch.object(self.env.cr, "rollback", lambda: commits.append("rollback")),
        ):
            bill = (
                env["account.move"]
                .with_context(
                    default_move_type="in_invoice",
                    default_journal_id=self.journal.id,
                    capture_inline=True,
                )
                ._capture_bill_from_attachment(
                    env["ir.attachment"].create(
                        {"name": "bill.pdf", "raw": data, "mimetype": "application/pdf"}
                    )
                )
            )
            self.assertEqual(commits, [])
            # The upload route, under the same conditions, does commit: why the demo avoids it.
            self.upload(data, name="again.pdf", capture_inline=True)
            self.assertIn("commit", commits)
        self.assertEqual(bill.capture_id.state, "done", bill.capture_id.error_message)
        self.assertEqual(bill.partner_id, self.vendor)
        self.assertIn(bill.capture_id.attachment_id, bill.attachment_ids)
        self.assertAlmostEqual(bill.amount_total, float(printed["total"]), places=2)

    def test_discount_under_the_lines_keeps_items_and_total(self):
        data, printed = invoice_pdf(
            number="RE-RABATT-1",
            lines=(("Druckerpapier A4", 10, "25.00", "8.1"), ("Toner", 2, "60.00", "8.1")),
            discount="10",
        )
        bill = self.upload(data)
        self.assertAlmostEqual(bill.amount_untaxed, float(printed["untaxed"]), places=2)
        self.assertAlmostEqual(bill.amount_total, float(printed["total"]), places=2)
        names = bill.invoice_line_ids.mapped("name")
        self.assertIn("Toner", " ".join(names))
        self.assertIn("Discount", names)
        self.assertEqual(bill.state, "posted", bill.capture_id.review_reasons)

    def test_qr_bill_gives_exact_payment_data(self):
        data, printed = invoice_pdf(
            qr=qr_payload(
                CH_IBAN,
                "Muster Bürobedarf AG",
                ("Bahnhofstrasse", "12", "8001", "Zürich"),
                "529.69",
            )
        )
        self.assertEqual(str(printed["total"]), "529.69")
        bill = self.upload(data)
        ext = bill.capture_id.extraction()
        self.assertIn("qr", ext.sources)
        self.assertEqual(ext.fields["amount_total"].source, "qr")
        self.assertEqual(ext.value("vendor_iban"), CH_IBAN)
        self.assertEqual(bill.state, "posted", bill.capture_id.review_reasons)

    # --- review instead of posting --------------------------------------------------------------
    def test_unknown_vendor_goes_to_review_then_create_vendor(self):
        data, _printed = invoice_pdf(
            vendor="Alpenblick Druck GmbH", vat="CHE-109.322.551 MWST", iban="CH5604835012345678009"
        )
        bill = self.upload(data)
        self.assertEqual(bill.state, "draft")
        self.assertFalse(bill.partner_id)
        self.assertEqual(bill.capture_id.outcome, "review")
        self.assertIn("not a contact yet", bill.capture_id.review_reasons)
        self.assertEqual(bill.capture_vendor_proposal, "Alpenblick Druck GmbH")
        activity = self.review_activity(bill)
        self.assertEqual(activity.user_id, self.clerk, "the uploader reviews by default")
        self.assertIn("not a contact yet", activity.note)
        action = bill.with_user(self.clerk).action_capture_create_vendor()
        self.assertFalse(bill.partner_id, "nothing is created before the form is saved")
        # the prefilled form, saved as the web client does (defaults from the action's context;
        # odoo.tests.Form would also read every bank field of hr's bank form, which a clerk
        # without HR rights may not when hr is installed)
        Partner = self.env["res.partner"].with_user(self.clerk).with_context(**action["context"])
        defaults = Partner.default_get(["name", "city"])
        self.assertEqual(defaults["name"], "Alpenblick Druck GmbH")
        self.assertEqual(defaults["city"], "Zürich")
        saved = Partner.create({"phone": "+41 44 000 00 00"})  # the user completes the form
        partner = bill.partner_id
        self.assertEqual(partner, saved)
        self.assertEqual(partner.name, "Alpenblick Druck GmbH")
        self.assertEqual(partner.vat, "CHE-109.322.551 MWST")
        self.assertEqual(partner.bank_ids.sanitized_acc_number, "CH5604835012345678009")
        self.assertEqual(bill.partner_bank_id, partner.bank_ids)
        # The invoice's own company is never proposed as the vendor.
        self.assertNotEqual(partner.name, self.company.name)

    def test_a_vat_number_with_wrong_check_digits_is_shown_never_stored(self):
        data, _printed = invoice_pdf(
            vendor="Alpenblick Druck GmbH", vat="CHE-109.322.552 MWST", iban="CH5604835012345678009"
        )
        bill = self.upload(data)
        self.assertEqual(bill.state, "draft")
        self.assertEqual(bill.capture_id.extraction().value("vendor_vat"), "CHE109322552")
        self.assertIn("wrong checksum", bill.capture_id.review_reasons)
        action = bill.with_user(self.clerk).action_capture_create_vendor()
        form = Form(self.env["res.partner"].with_user(self.clerk).with_context(**action["context"]))
        self.assertEqual(form.name, "Alpenblick Druck GmbH")
        self.assertFalse(form.vat, "a VAT number that fails its check is not proposed")

    def test_same_file_twice_is_a_duplicate(self):
        data, _printed = invoice_pdf(number="RE-DUP-1")
        first = self.upload(data)
        self.assertEqual(first.state, "posted", first.capture_id.review_reasons)
        second = self.upload(data)
        self.assertEqual(second.state, "draft")
        self.assertIn("already read", second.capture_id.review_reasons)
        self.assertIn("duplicate", second.capture_id.review_reasons)
        self.assertTrue(self.review_activity(second))

    def test_approval_limit_blocks_posting(self):
        data, printed = invoice_pdf(lines=(("Server", 3, "2000.00", "8.1"),))
        bill = self.upload(data)
        self.assertAlmostEqual(bill.amount_total, float(printed["total"]), places=2)
        self.assertEqual(bill.state, "draft")
        self.assertIn("approval limit", bill.capture_id.review_reasons)

    def test_changed_iban_of_known_vendor_is_flagged(self):
        data, _printed = invoice_pdf(iban="CH5604835012345678009")
        bill = self.upload(data)
        self.assertEqual(bill.state, "draft")
        self.assertIn("not one of", bill.capture_id.review_reasons)
        self.assertEqual(
            bill.partner_bank_id.sanitized_acc_number, CH_IBAN, "payment stays on the known account"
        )

    def test_threshold_and_autopost_switch(self):
        self.company.capture_autopost = False
        data, _printed = invoice_pdf(number="RE-OFF-1")
        bill = self.upload(data)
        self.assertEqual(bill.state, "draft")
        self.assertIn("switched off", bill.capture_id.review_reasons)
        self.company.capture_autopost = True
        self.company.capture_threshold = 1.0
        data, _printed = invoice_pdf(number="RE-OFF-2")
        bill = self.upload(data)
        self.assertEqual(bill.state, "draft")
        self.assertIn("below the 100\N{NO-BREAK SPACE}%", bill.capture_id.review_reasons)
        self.assertIn("confidence_low", [m["code"] for m in bill.capture_id.review_messages])

    def test_vat_rounded_per_rate_groups_the_lines(self):
        self.company.tax_calculation_rounding_method = "round_per_line"
        data, printed = invoice_pdf(
            number="RE-RUND-1",
            lines=(
                ("Schraube", 1, "0.30", "8.1"),
                ("Mutter", 1, "0.30", "8.1"),
                ("Scheibe", 1, "0.30", "8.1"),
            ),
        )
        self.assertEqual(str(printed["tax"]), "0.07")  # per line it would be 3 x 0.02
        bill = self.upload(data)
        self.assertAlmostEqual(bill.amount_tax, 0.07, places=2)
        self.assertAlmostEqual(bill.amount_total, float(printed["total"]), places=2)
        self.assertEqual(len(bill.invoice_line_ids), 1)
        self.assertIn("Schraube", bill.invoice_line_ids.name)
        self.assertIn("per VAT rate", self.chatter(bill))

    def test_previous_swiss_rate_uses_the_archived_tax(self):
        old_rate = self.env["account.tax"].create(
            {
                "name": "Input VAT 7.7 % (until 2023)",
                "amount": 7.7,
                "amount_type": "percent",
                "type_tax_use": "purchase",
                "company_id": self.company.id,
                "country_id": self.env.ref("base.ch").id,
                "tax_group_id": self.taxes["8.1"].tax_group_id.id,
                "active": False,
            }
        )
        data, printed = invoice_pdf(
            number="RE-2023-77",
            invoice_date=date(2023, 12, 15),
            lines=(("Wartung 2023", 1, "1000.00", "7.7"),),
        )
        bill = self.upload(data)
        self.assertEqual(bill.invoice_line_ids.tax_ids, old_rate)
        self.assertAlmostEqual(bill.amount_total, float(printed["total"]), places=2)
        self.assertFalse(bill.capture_foreign_vat)

    # --- foreign VAT ----------------------------------------------------------------------------
    def test_foreign_vat_becomes_cost_and_total_stays_printed(self):
        data, printed = invoice_pdf(
            vendor="Berliner Papier GmbH",
            street="Friedrichstrasse 10",
            city="10117 Berlin",
            vat=DE_VAT,
            iban=DE_IBAN,
            currency="EUR",
            lines=(("Kopierpapier", 20, "10.00", "19"),),
        )
        german = self.env["res.partner"].create(
            {"name": "Berliner Papier GmbH", "vat": DE_VAT, "is_company": True}
        )
        bill = self.upload(data)
        self.assertEqual(bill.partner_id, german, bill.capture_id.review_reasons)
        self.assertEqual(bill.currency_id.name, "EUR")
        self.assertAlmostEqual(bill.amount_total, float(printed["total"]), places=2)
        self.assertFalse(bill.invoice_line_ids.tax_ids, "German VAT is not reclaimable in CH")
        self.assertTrue(bill.capture_foreign_vat)
        vat_line = bill.invoice_line_ids.filtered(lambda line: "Non-reclaimable" in line.name)
        self.assertAlmostEqual(vat_line.price_subtotal, 38.0, places=2)
        self.assertIn("cannot be reclaimed", self.chatter(bill))

    def test_factur_x_wins_and_keeps_the_printed_total(self):
        """A French Factur-X (20 % and 5.5 %) in a Swiss company: Odoo's XML decoder reads
        it (ours has a lower priority), and the VAT it cannot map is kept as cost."""
        path = Path(__file__).parent / "data" / "facture_fr_en16931.pdf"
        bill = self.upload(path.read_bytes(), name="facture.pdf")
        self.assertFalse(bill.capture_ids, "the structured XML decoder must win")
        self.assertAlmostEqual(bill.amount_total, 671.15, places=2)
        self.assertTrue(bill.capture_foreign_vat)

    # --- bad input ------------------------------------------------------------------------------
    def test_bad_files_keep_the_draft_and_say_why(self):
        good, _printed = invoice_pdf(number="RE-BATCH-1")
        encrypted, _printed = invoice_pdf(encrypt="secret")
        cases = {
            "empty.pdf": (b"", "neither a pdf"),
            "broken.pdf": (good[: len(good) // 2], "damaged"),
            "locked.pdf": (encrypted, "password"),
            "garbage.pdf": (b"%PDF-1.4\n" + b"\x00garbage" * 200, ""),
        }
        for name, (raw, expected) in cases.items():
            with self.subTest(name=name), mute_logger("odoo.addons.account_invoice_capture"):
                bill = self.upload(raw or b" ", name=name)
                self.assertEqual(len(bill), 1)
                self.assertEqual(bill.state, "draft")
                if not bill.capture_ids:
                    continue  # an empty upload is refused by Odoo's own checks
                capture = bill.capture_id
                self.assertEqual(capture.state, "failed")
                self.assertEqual(capture.outcome, "unreadable")
                self.assertIn(expected, capture.error_message.lower())
                self.assertIn("Could not read", self.chatter(bill))
                self.assertTrue(capture.attachment_id.exists(), "the file is kept")
                self.assertTrue(self.review_activity(bill))

    def test_a_page_of_nested_forms_is_refused_unopened(self):
        """2 kB that pdfium would expand to a hundred million objects, aborting the worker
        (or a threaded server): counted from the file, never opened, in the request or the
        queue; the file is kept and the bill says why."""
        bill = self.upload(nested_forms(8), name="nested.pdf")
        capture = bill.capture_id
        self.assertEqual(capture.state, "queued", "not read while the user waits")
        self.env["account.invoice.capture"]._cron_process_queue()
        self.assertEqual(capture.state, "failed")
        self.assertEqual(capture.error_reason["code"], "pdf_too_complex")
        self.assertIn("too complex to open safely", capture.error_message)
        self.assertIn("too complex to open safely", self.chatter(bill))
        self.assertTrue(capture.attachment_id.raw, "the file is kept")

    def test_a_bomb_no_count_sees_costs_a_child_process_not_the_worker(self):
        """The same forms drawn through an escaped name (/X#30): the raw count misses it and
        pdfium aborts, in the child process that reads the file; the worker goes on."""
        bill = self.upload(nested_forms(8, draw=b"/X#30 Do"), name="escaped.pdf")
        capture = bill.capture_id
        self.assertEqual(capture.state, "queued", "the quick check's child died: queued")
        self.env["account.invoice.capture"]._cron_process_queue()
        self.assertEqual(capture.state, "failed")
        self.assertEqual(capture.error_reason["code"], "reading_aborted")
        self.assertIn("needed more memory than the server allows", self.chatter(bill))
        self.assertTrue(capture.attachment_id.raw, "the file is kept")

    def test_not_an_invoice(self):
        from reportlab.pdfgen import canvas  # noqa: PLC0415

        buffer = io.BytesIO()
        pdf = canvas.Canvas(buffer)
        text = pdf.beginText(50, 780)
        for line in [
            "Allgemeine Geschäftsbedingungen",
            "1. Geltungsbereich. Diese Bedingungen gelten für alle Lieferungen.",
            "2. Gerichtsstand ist Zürich. Es gilt schweizerisches Recht.",
            "3. Änderungen bedürfen der Schriftform.",
        ]:
            text.textLine(line)
        pdf.drawText(text)
        pdf.showPage()
        pdf.save()
        bill = self.upload(buffer.getvalue(), name="agb.pdf")
        self.assertEqual(bill.state, "draft")
        self.assertEqual(bill.capture_id.outcome, "not_invoice")
        self.assertFalse(bill.invoice_line_ids)
        self.assertTrue(self.review_activity(bill))

    def test_inactive_currency_is_said_not_guessed(self):
        self.assertFalse(self.env.ref("base.SEK").active)
        data, _printed = invoice_pdf(currency="SEK", number="RE-SEK-1")
        bill = self.upload(data)
        self.assertEqual(bill.state, "draft")
        self.assertIn("SEK", bill.capture_id.review_reasons)
        self.assertIn("not active", bill.capture_id.review_reasons)
        self.assertFalse(bill.invoice_line_ids, "amounts in an unknown currency are not booked")
        self.assertEqual(bill.ref, "RE-SEK-1")

    # --- background batches, scans, e-mail -----------------------------------------------------
    def test_batch_upload_is_queued_and_processed_in_background(self):
        first, _p = invoice_pdf(number="RE-Q-1")
        second, _p = invoice_pdf(number="RE-Q-2", lines=(("Toner", 1, "80.00", "8.1"),))
        broken = b"%PDF-1.7 truncated"
        env = self.env(user=self.clerk)
        attachments = env["ir.attachment"].create(
            [
                {"name": "a.pdf", "raw": first, "mimetype": "application/pdf"},
                {"name": "b.pdf", "raw": second, "mimetype": "application/pdf"},
                {"name": "c.pdf", "raw": broken, "mimetype": "application/pdf"},
            ]
        )
        bills = (
            self.journal.with_user(self.clerk)
            .with_context(default_move_type="in_invoice")
            ._create_document_from_attachment(attachments.ids)
        )
        self.assertEqual(len(bills), 3)
        self.assertEqual(set(bills.capture_id.mapped("state")), {"queued"})
        self.assertIn("queued", self.chatter(bills[0]))
        with mute_logger("odoo.addons.account_invoice_capture"):
            self.env["account.invoice.capture"]._cron_process_queue()
        states = dict(
            zip(bills.mapped("capture_id.name"), bills.mapped("capture_id.state"), strict=True)
        )
        self.assertEqual(states, {"a.pdf": "done", "b.pdf": "done", "c.pdf": "failed"})
        self.assertEqual(
            sorted(bills.filtered(lambda b: b.state == "posted").mapped("ref")),
            ["RE-Q-1", "RE-Q-2"],
        )

    def test_bill_edited_meanwhile_is_filled_later_without_a_failure(self):
        """The background read met a user saving the same bill: retried quietly, read once."""
        data, printed = invoice_pdf(number="RE-EDIT-1")
        attachment = self.env(user=self.clerk)["ir.attachment"].create(
            {"name": "edited.pdf", "raw": data, "mimetype": "application/pdf"}
        )
        bill = (
            self.journal.with_user(self.clerk)
            .with_context(default_move_type="in_invoice", capture_inline=False)
            ._create_document_from_attachment(attachment.ids)
        )
        capture = bill.capture_id
        self.assertEqual(capture.state, "queued")
        Decoder = type(self.env["account.invoice.capture.decoder"])
        original_apply = Decoder._apply
        conflict = SerializationFailure("could not serialize access due to concurrent update")
        with (
            patch.object(Decoder, "_apply", side_effect=conflict),
            patch("fincycle.extraction.sandbox.extract", wraps=sandbox.extract) as reads,
            self.assertNoLogs("odoo.addons.account_invoice_capture", "WARNING"),
        ):
            self.env["account.invoice.capture"]._cron_process_queue()
        self.assertEqual(reads.call_count, 1)
        self.assertEqual(capture.state, "queued")
        self.assertFalse(capture.error_message)
        self.assertNotIn("failed", self.chatter(bill))
        with (
            patch.object(Decoder, "_apply", autospec=True, side_effect=original_apply),
            patch("fincycle.extraction.sandbox.extract", wraps=sandbox.extract) as reads,
        ):
            self.env["account.invoice.capture"]._cron_process_queue()
        self.assertEqual(reads.call_count, 0)  # what was read is applied, not read again
        self.assertEqual(capture.state, "done")
        self.assertEqual(bill.ref, "RE-EDIT-1")
        self.assertAlmostEqual(bill.amount_total, float(printed["total"]), places=2)

    def _queued(self, number):
        data, printed = invoice_pdf(number=number)
        attachment = self.env(user=self.clerk)["ir.attachment"].create(
            {"name": f"{number}.pdf", "raw": data, "mimetype": "application/pdf"}
        )
        bill = (
            self.journal.with_user(self.clerk)
            .with_context(default_move_type="in_invoice", capture_inline=False)
            ._create_document_from_attachment(attachment.ids)
        )
        return bill, printed

    def test_a_document_whose_readings_keep_being_cut_short_is_left_to_a_person(self):
        """Three workers killed while reading it (memory or time limit, nothing recorded but
        the attempts the queue committed first): not read a fourth time, not first forever."""
        bill, _printed = self._queued("RE-KILLED-1")
        capture = bill.capture_id
        capture.sudo().attempts = MAX_READ_ATTEMPTS  # what three killed workers leave
        with patch("fincycle.extraction.sandbox.extract", wraps=sandbox.extract) as reads:
            self.env["account.invoice.capture"]._cron_process_queue()
        self.assertEqual(reads.call_count, 0)
        self.assertEqual(capture.state, "failed")
        self.assertIn("3 times", capture.error_message)
        self.assertIn("enter the bill by hand", self.chatter(bill))

    def test_a_reading_past_the_inline_deadline_goes_to_the_queue(self):
        """A busy server makes a short text PDF overrun the 20 s a user waits: the bill says it
        is queued (not "failed"), and the queue, with its longer deadline, reads it."""
        data, printed = invoice_pdf(number="RE-SLOW-1")
        overrun = ExtractionError("overrun", msg("reading_too_long", seconds=20))
        with patch("fincycle.extraction.sandbox.extract", side_effect=overrun) as reads:
            bill = self.upload(data, name="slow.pdf")
        capture = bill.capture_id
        self.assertEqual(reads.call_args.args[3], sandbox.INLINE_SECONDS, "read while waiting")
        self.assertEqual(capture.state, "queued")
        self.assertFalse(capture.error_reason)
        self.assertIn("is queued", self.chatter(bill))
        self.assertNotIn("took longer", self.chatter(bill))
        with patch("fincycle.extraction.sandbox.extract", wraps=sandbox.extract) as reads:
            self.env["account.invoice.capture"]._cron_process_queue()
        self.assertEqual(reads.call_args.args[3], sandbox.QUEUE_SECONDS)
        self.assertEqual(capture.state, "done")
        self.assertEqual(capture.attempts, 1, "the cut-short reading did not count")
        self.assertEqual(bill.ref, "RE-SLOW-1")
        self.assertAlmostEqual(bill.amount_total, float(printed["total"]), places=2)

    def test_a_reading_past_the_queue_deadline_fails_and_says_so(self):
        # the negative case: the queue's overrun is not queued again for ever
        bill, _printed = self._queued("RE-SLOW-2")
        overrun = ExtractionError("overrun", msg("reading_too_long", seconds=60))
        with patch("fincycle.extraction.sandbox.extract", side_effect=overrun):
            self.env["account.invoice.capture"]._cron_process_queue()
        self.assertEqual(bill.capture_id.state, "failed")
        self.assertEqual(bill.capture_id.error_reason["code"], "reading_too_long")
        self.assertIn("took longer than 60 seconds", self.chatter(bill))

    def test_a_queued_reading_that_finds_every_slot_taken_waits_uncounted(self):
        """Every reading slot of the host stayed taken through the queue's deadline: the
        document was never read, so it neither fails nor spends one of its attempts."""
        bill, _printed = self._queued("RE-BUSY-1")
        capture = bill.capture_id
        busy = ExtractionError("busy", msg("reading_busy", seconds=60))
        with patch("fincycle.extraction.sandbox.extract", side_effect=busy):
            self.env["account.invoice.capture"]._cron_process_queue()
        self.assertEqual(capture.state, "queued")
        self.assertEqual(capture.attempts, 0)
        self.assertFalse(capture.error_reason)
        self.assertNotIn("other documents", self.chatter(bill))
        self.env["account.invoice.capture"]._cron_process_queue()
        self.assertEqual(capture.state, "done")
        self.assertEqual(bill.ref, "RE-BUSY-1")

    def test_files_attached_to_a_pdf_are_not_inflated_in_the_worker(self):
        """Odoo's import inflated each file attached to a PDF whole in the worker (0.5 MB of
        PDF, 512 MB of zeros): they are read in a child process, capped; the bill goes on."""
        bomb = attached_file_pdf(b"\0" * (512 * 1024 * 1024), name=b"big.xml")
        core = "odoo.addons.account.models.account_document_import_mixin"
        with (
            patch(f"{core}.extract_pdf_embedded_files") as inflated,
            patch(
                "fincycle.extraction.sandbox.embedded_files", wraps=sandbox.embedded_files
            ) as read,
        ):
            bill = self.upload(bomb, name="bomb.pdf")
        inflated.assert_not_called()
        self.assertTrue(read.called)
        self.assertTrue(bill.capture_id, "the bill and its capture exist")
        self.assertTrue(bill.capture_id.attachment_id.raw, "the file is kept")

    def test_attached_files_of_one_e_mail_share_one_budget(self):
        """Fifty small PDFs each carrying megabytes of XML made gigabytes of trees in the
        worker: past the budget of the whole upload or e-mail, PDFs are not unwrapped (the
        capture still reads each in its child)."""
        xml = b"<?xml version='1.0'?><Invoice>" + b"<a/>" * 1000 + b"</Invoice>"
        attachments = self.env["ir.attachment"].create(
            [
                {"name": f"{i}.pdf", "raw": attached_file_pdf(xml), "mimetype": "application/pdf"}
                for i in range(3)
            ]
        )
        Move = self.env["account.move"]
        files_data = Move._to_files_data(attachments)
        with patch.object(capture_mixin, "UNWRAP_BUDGET_BYTES", 2 * len(xml)):
            embedded = Move._unwrap_attachments(files_data)
        self.assertEqual([f["raw"] for f in embedded], [xml, xml], "the third PDF is past it")
        self.assertEqual(len(Move._unwrap_attachments(files_data)), 3)  # the negative case

    def test_a_reading_of_the_queue_counts_once(self):
        # the negative case: a document read at its first attempt counts one attempt
        bill, printed = self._queued("RE-ONCE-1")
        self.env["account.invoice.capture"]._cron_process_queue()
        self.assertEqual(bill.capture_id.state, "done")
        self.assertEqual(bill.capture_id.attempts, 1)
        self.assertEqual(bill.ref, "RE-ONCE-1")
        self.assertAlmostEqual(bill.amount_total, float(printed["total"]), places=2)

    def test_scan_is_read_by_ocr(self):
        from fincycle.extraction import ocr  # noqa: PLC0415

        if not ocr.engine_available():
            self.skipTest("OCR engine not installed")
        data, printed = invoice_pdf(number="RE-SCAN-7")
        page = pypdfium2.PdfDocument(data)[0]
        image = page.render(scale=200 / 72).to_pil().convert("L")
        buffer = io.BytesIO()
        image.save(buffer, format="JPEG", quality=85)
        bill = self.upload(buffer.getvalue(), name="scan.jpg", mimetype="image/jpeg")
        self.assertEqual(bill.capture_id.state, "queued", "scans are read in the background")
        self.env["account.invoice.capture"]._cron_process_queue()
        capture = bill.capture_id
        self.assertEqual(capture.state, "done", capture.error_message)
        self.assertEqual(capture.kind, "image")
        self.assertIn("ocr", capture.sources)
        self.assertEqual(bill.ref, "RE-SCAN-7")
        self.assertEqual(bill.partner_id, self.vendor)
        self.assertAlmostEqual(bill.amount_total, float(printed["total"]), places=2)

    def _mail_to_alias(self, files, message_id="capture-test-1", sender="billing@muster.example"):
        """An e-mail to the purchase journal's alias with one PDF attachment per ``files``
        entry (name, bytes), through Odoo's mail gateway: the bills it opened, in order."""
        domain = self.env["mail.alias.domain"].create({"name": "capture.example.com"})
        self.company.alias_domain_id = domain
        self.journal.alias_name = "bills-capture"
        parts = "".join(
            "--BOUND\r\nContent-Type: "
            + ("image/png" if name.endswith(".png") else "application/pdf")
            + "\r\n"
            f'Content-Disposition: attachment; filename="{name}"\r\n'
            "Content-Transfer-Encoding: base64\r\n\r\n" + base64.encodebytes(data).decode() + "\r\n"
            for name, data in files
        )
        raw = (
            f"From: Muster Buerobedarf <{sender}>\r\n"
            "To: bills-capture@capture.example.com\r\n"
            "Subject: Rechnungen\r\n"
            f"Message-ID: <{message_id}@muster.example>\r\n"
            "MIME-Version: 1.0\r\n"
            'Content-Type: multipart/mixed; boundary="BOUND"\r\n\r\n'
            "--BOUND\r\nContent-Type: text/plain\r\n\r\nIm Anhang unsere Rechnung.\r\n"
            + parts
            + "--BOUND--\r\n"
        )
        first = self.env["mail.thread"].message_process("account.move", raw)
        return self.env["account.move"].search(
            [("id", ">=", first), ("invoice_source_email", "ilike", sender)],
            order="id",
        )

    def test_mail_alias_creates_and_reads_bills(self):
        # the vendor's own domain: its bills may post by themselves
        self.vendor.email = "buchhaltung@muster.example"
        data, printed = invoice_pdf(number="RE-MAIL-1")
        bill = self._mail_to_alias([("RE-MAIL-1.pdf", data)])
        self.assertEqual(len(bill), 1)
        self.assertEqual(bill.move_type, "in_invoice")
        self.assertEqual(bill.capture_id.state, "queued", "mail gateway never waits for reading")
        self.assertTrue(bill.capture_id.from_alias)
        self.assertIn("billing@muster.example", bill.invoice_partner_display_name)
        self.env["account.invoice.capture"]._cron_process_queue()
        self.assertEqual(bill.ref, "RE-MAIL-1")
        self.assertAlmostEqual(bill.amount_total, float(printed["total"]), places=2)
        self.assertEqual(bill.state, "posted", bill.capture_id.review_reasons)

    def test_a_bill_mailed_by_a_stranger_is_not_posted_by_itself(self):
        """A real vendor's VAT number and trusted IBAN on a PDF from anyone's address: read
        and filled, but a person posts it."""
        self.vendor.email = "buchhaltung@muster.example"
        data, _printed = invoice_pdf(number="RE-FORGED-1")
        bill = self._mail_to_alias(
            [("RE-FORGED-1.pdf", data)], message_id="forged-1", sender="billing@evil.example"
        )
        self.env["account.invoice.capture"]._cron_process_queue()
        self.assertEqual(bill.partner_id, self.vendor)
        self.assertEqual(bill.ref, "RE-FORGED-1")
        self.assertEqual(bill.state, "draft")
        self.assertIn(
            "came by e-mail from billing@evil.example, an address not on record for "
            "Muster Bürobedarf AG",
            bill.capture_id.review_reasons,
        )
        self.assertTrue(self.review_activity(bill))

    def test_mail_alias_hourly_limit(self):
        """One message with more attachments than the hourly limit: Odoo opens a bill for
        each, the ones beyond the limit keep their file unread until a person asks."""
        self.company.capture_alias_hourly_limit = 2
        files = [(f"RE-FLOOD-{i}.pdf", invoice_pdf(number=f"RE-FLOOD-{i}")[0]) for i in range(3)]
        bills = self._mail_to_alias(files)
        self.assertEqual(len(bills), 3)
        self.assertEqual([b.capture_id.state for b in bills], ["queued", "queued", "failed"])
        kept = bills[2]
        self.assertEqual(kept.capture_id.outcome, "not_read")
        self.assertTrue(kept.capture_id.attachment_id.raw, "the file is kept")
        self.assertIn("More than 2 documents arrived by e-mail", kept.capture_id.error_message)
        self.assertIn("More than 2 documents", kept.message_ids[0].body)
        self.env["account.invoice.capture"]._cron_process_queue()
        self.assertEqual(kept.capture_id.state, "failed", "the queue does not read it")
        self.assertFalse(kept.ref)
        kept.action_capture_reread()
        self.assertEqual(kept.capture_id.state, "done", kept.capture_id.error_message)
        self.assertEqual(kept.ref, "RE-FLOOD-2")
        self.assertEqual(bills[:2].mapped("ref"), ["RE-FLOOD-0", "RE-FLOOD-1"])

    def test_mail_alias_without_limit(self):
        self.company.capture_alias_hourly_limit = 0
        files = [(f"RE-MANY-{i}.pdf", invoice_pdf(number=f"RE-MANY-{i}")[0]) for i in range(3)]
        bills = self._mail_to_alias(files, message_id="capture-test-many")
        self.assertEqual([b.capture_id.state for b in bills], ["queued"] * 3)

    def test_mail_alias_with_too_many_files_is_one_unread_bill(self):
        """850 attachments overran the mail gateway's worker creating 850 bills: past the cap
        the e-mail is one draft bill holding every file, read by no one, sent for review."""
        files = [(f"RE-PILE-{i}.pdf", invoice_pdf(number=f"RE-PILE-{i}")[0]) for i in range(3)]
        with (
            patch.object(capture_move, "MAX_ALIAS_ATTACHMENTS", 2),
            patch("fincycle.extraction.sandbox.extract", wraps=sandbox.extract) as reads,
        ):
            bills = self._mail_to_alias(files, message_id="capture-test-pile")
            self.env["account.invoice.capture"]._cron_process_queue()
        self.assertEqual(len(bills), 1)
        self.assertEqual(reads.call_count, 0)
        self.assertFalse(bills.capture_ids)
        self.assertEqual(bills.state, "draft")
        self.assertEqual(
            sorted(bills.message_ids.attachment_ids.mapped("name")),
            ["RE-PILE-0.pdf", "RE-PILE-1.pdf", "RE-PILE-2.pdf"],
            "every file is kept",
        )
        self.assertIn("This e-mail carried 3 files, more than the 2", self.chatter(bills))
        self.assertTrue(self.review_activity(bills))

    def test_mail_alias_at_the_cap_opens_a_bill_per_file(self):
        # the negative case: as many documents as the cap are split and read as usual, and
        # logos (small images) do not count
        files = [(f"RE-PAIR-{i}.pdf", invoice_pdf(number=f"RE-PAIR-{i}")[0]) for i in range(2)]
        files += [(f"logo-{i}.png", LOGO_PNG) for i in range(3)]
        with patch.object(capture_move, "MAX_ALIAS_ATTACHMENTS", 2):
            bills = self._mail_to_alias(files, message_id="capture-test-pair")
        self.assertEqual([b.capture_id.state for b in bills], ["queued", "queued"])
        self.assertNotIn("more than the", self.chatter(bills[0]))

    def test_reread_replaces_the_lines(self):
        data, printed = invoice_pdf(
            vendor="Neu Lieferant AG", vat="CHE-109.322.551 MWST", iban=False
        )
        bill = self.upload(data)
        self.assertEqual(bill.state, "draft")
        count = len(bill.invoice_line_ids)
        bill.action_capture_reread()
        self.assertEqual(len(bill.invoice_line_ids), count)
        self.assertEqual(bill.capture_id.attempts, 1, "a person asking starts the count again")
        self.assertAlmostEqual(bill.amount_total, float(printed["total"]), places=2)


@tagged("post_install", "-at_install")
class TestCaptureSecurity(CaptureCase, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_capture()
        cls.other = make_accounting_company(cls.env, "Other Company AG", "CHF")
        cls.other_user = new_test_user(
            cls.env,
            login="capture_other",
            groups="account.group_account_invoice",
            company_id=cls.other.id,
            company_ids=[Command.set(cls.other.ids)],
        )

    def test_company_isolation(self):
        data, _printed = invoice_pdf(number="RE-ISO-1")
        bill = self.upload(data)
        capture = bill.capture_id
        Capture = self.env["account.invoice.capture"].with_user(self.other_user)
        self.assertFalse(Capture.search([("id", "=", capture.id)]))
        with self.assertRaises(AccessError):
            capture.with_user(self.other_user).read(["name", "result"])
        self.assertEqual(
            self.env["account.invoice.capture"]
            .with_user(self.clerk)
            .search([("id", "=", capture.id)]),
            capture,
        )

    def test_llm_key_and_endpoint_are_admin_only(self):
        """The key goes where the endpoint says: only system administrators set either."""
        self.company.sudo().fincycle_llm_api_key = "sk-secret"
        erp_manager = new_test_user(
            self.env,
            login="capture_erp_manager",
            groups="base.group_erp_manager,account.group_account_manager",
            company_id=self.company.id,
            company_ids=[Command.set(self.company.ids)],
        )
        for user in (self.clerk, erp_manager):
            for field in ("fincycle_llm_api_key", "fincycle_llm_base_url"):
                with self.assertRaises(AccessError, msg=f"{user.login} {field}"):
                    self.company.with_user(user).read([field])
            with self.assertRaises(AccessError, msg=user.login):
                self.company.with_user(user).write({"fincycle_llm_base_url": "http://x.test/v1"})

    def test_vendor_of_other_company_is_not_used(self):
        self.vendor.company_id = self.other
        data, _printed = invoice_pdf(number="RE-ISO-2")
        bill = self.upload(data)
        self.assertFalse(bill.partner_id)
        self.assertEqual(bill.state, "draft")

    def test_vendor_is_found_by_its_vat_key_whatever_the_register_suffix(self):
        """One normalised VAT key, stored on the contact: separators and the Swiss register
        suffix (MWST, TVA, IVA, HR...) do not matter, here or in Odoo's e-invoice import."""
        for n, stored in enumerate(("CHE-116.281.710 TVA", "CHE-116.281.710 IVA")):
            self.vendor.vat = stored
            self.assertEqual(self.vendor.vat_key, "CHE116281710")
            data, _printed = invoice_pdf(
                number=f"RE-KEY-{n}", lines=(("Beratung", n + 1, "120.00", "8.1"),)
            )
            bill = self.upload(data)
            self.assertEqual(bill.partner_id, self.vendor, stored)
            self.assertIn("found by VAT number", self.chatter(bill), stored)
        found = self.env["res.partner"]._retrieve_partner(
            vat="CHE116281710 MWST", company=self.company
        )
        self.assertEqual(found, self.vendor)

    def test_vat_key_of_existing_contacts_is_computed_on_install(self):
        # What an upgrade does for the contacts it finds: the new column is computed for all.
        self.env.cr.execute("UPDATE res_partner SET vat_key = NULL WHERE id = %s", [self.vendor.id])
        self.vendor.invalidate_recordset(["vat_key"])
        self.assertFalse(self.vendor.vat_key)
        field = self.env["res.partner"]._fields["vat_key"]
        self.env.add_to_compute(field, self.env["res.partner"].search([]))
        self.env["res.partner"].flush_model(["vat_key"])
        self.assertEqual(self.vendor.vat_key, "CHE116281710")

    def test_users_only_read_captures_their_buttons_change_them(self):
        """A capture written over RPC could point at another company's bill or file, or hand
        the queue a reading of its own (helper 166's a1, a2, a7)."""
        data, _printed = invoice_pdf(
            number="RE-RPC-1", vendor="Neu Lieferant AG", vat="CHE-109.322.551 MWST", iban=False
        )
        bill = self.upload(data)
        self.assertEqual(bill.state, "draft")
        other_bill = self.env["account.move"].create(
            {"move_type": "in_invoice", "company_id": self.other.id}
        )
        capture = bill.capture_id.with_user(self.clerk)
        for vals in (
            {"move_id": other_bill.id},
            {"attachment_id": self.env["ir.attachment"].search([], limit=1).id},
            {"state": "queued", "attempts": 0},
            {"result": {"fields": {"amount_total": {"value": "1.00", "confidence": 1}}}},
            {"outcome": "posted"},
        ):
            with self.assertRaises(AccessError, msg=str(vals)):
                capture.write(vals)
        with self.assertRaises(AccessError):
            capture.copy()
        # the negative case: the clerk's own buttons still work
        bill.with_user(self.clerk).action_capture_reread()
        self.assertEqual(bill.capture_id.state, "done")
        self.assertEqual(bill.ref, "RE-RPC-1")

    def test_reread_of_another_companys_capture_is_refused(self):
        data, _printed = invoice_pdf(number="RE-RPC-2")
        bill = self.upload(data)
        with self.assertRaises(AccessError):
            bill.capture_id.with_user(self.other_user).action_retry()

    def test_a_bills_capture_stays_in_the_bills_company(self):
        data, _printed = invoice_pdf(number="RE-RPC-3")
        bill = self.upload(data)
        other_bill = self.env["account.move"].create(
            {"move_type": "in_invoice", "company_id": self.other.id}
        )
        with self.assertRaises(UserError):
            other_bill.capture_id = bill.capture_id
        # nor another bill's of the same company, by a user
        same_company_bill = self.upload(invoice_pdf(number="RE-RPC-4")[0])
        with self.assertRaises(AccessError):
            same_company_bill.with_user(self.clerk).write({"capture_id": bill.capture_id.id})

    def test_reread_of_a_scan_goes_to_the_queue(self):
        """A web worker is not held by the OCR of a scan; the queue counts its attempts."""
        data, _printed = invoice_pdf(number="RE-SCAN-RR")
        scan = pypdfium2.PdfDocument(data)[0].render(scale=150 / 72).to_pil().convert("L")
        buffer = io.BytesIO()
        scan.save(buffer, "PDF", resolution=150)
        bill = self.upload(buffer.getvalue(), name="scan.pdf", capture_inline=False)
        self.env["account.invoice.capture"]._cron_process_queue()
        capture = bill.capture_id
        self.assertEqual(capture.state, "done")
        with patch("fincycle.extraction.sandbox.extract", wraps=sandbox.extract) as reads:
            bill.with_user(self.clerk).action_capture_reread()
        self.assertEqual(reads.call_count, 0, "not read in the request")
        self.assertEqual(capture.state, "queued")
        self.assertEqual(capture.attempts, 0)
        self.env["account.invoice.capture"]._cron_process_queue()
        self.assertEqual(capture.state, "done")
        self.assertEqual(capture.attempts, 1)

    def test_reread_of_a_document_still_queued_keeps_its_attempts(self):
        """Clicking Re-read again and again does not give a file that kills the worker new
        attempts for ever: only a document no longer waiting starts its count again."""
        bill = self.upload(invoice_pdf(number="RE-AGAIN-1")[0], capture_inline=False)
        capture = bill.capture_id
        capture.sudo().attempts = MAX_READ_ATTEMPTS - 1  # two workers killed so far
        with patch.object(
            type(self.env["account.invoice.capture.decoder"]), "_quick_to_read", return_value=False
        ):
            bill.with_user(self.clerk).action_capture_reread()
        self.assertEqual(capture.state, "queued")
        self.assertEqual(capture.attempts, MAX_READ_ATTEMPTS - 1)
        capture.sudo().attempts = MAX_READ_ATTEMPTS
        self.env["account.invoice.capture"]._cron_process_queue()
        self.assertEqual(capture.state, "failed")
        # once left to a person, a person's Re-read starts the count again
        bill.with_user(self.clerk).action_capture_reread()
        self.assertEqual(capture.state, "done")
        self.assertEqual(capture.attempts, 1, "counted again from zero: the reading just made")

    def test_an_iban_read_off_a_bill_is_trusted_by_a_person_before_bills_post_to_it(self):
        """Helper 166's a3: a forged bill adds its IBAN to a real vendor without one; the next
        forged bill then matched it and was posted."""
        self.vendor.bank_ids.unlink()

        def bill_paid_to_de_iban(n):  # each its own amount: no duplicate of the one before
            lines = (("Beratung", n, "120.00", "8.1"),)
            return self.upload(invoice_pdf(number=f"RE-IBAN-{n}", iban=DE_IBAN, lines=lines)[0])

        first = bill_paid_to_de_iban(1)
        self.assertEqual(first.state, "draft")
        self.assertIn("was added to", first.capture_id.review_reasons)
        bank = self.vendor.bank_ids
        self.assertFalse(bank.allow_out_payment)
        second = bill_paid_to_de_iban(2)
        self.assertEqual(second.state, "draft")
        self.assertIn("nobody has marked as trusted", second.capture_id.review_reasons)
        # helper 167's b1: a bill printing no IBAN is paid to the vendor's only account
        no_iban = self.upload(
            invoice_pdf(number="RE-IBAN-0", iban=False, lines=(("Beratung", 9, "120.00", "8.1"),))[
                0
            ]
        )
        self.assertEqual(no_iban.partner_bank_id, bank)
        self.assertEqual(no_iban.state, "draft")
        self.assertIn("nobody has marked as trusted", no_iban.capture_id.review_reasons)
        # the negative case: once a person trusts the account, its bills post again
        bank.sudo().allow_out_payment = True
        third = bill_paid_to_de_iban(3)
        self.assertEqual(third.state, "posted", third.capture_id.review_reasons)

    def test_a_vendor_set_before_reading_that_the_document_contradicts_is_reviewed(self):
        """Helper 166's a6: the e-mail's sender set the vendor, the document is another's."""
        stranger = self.env["res.partner"].create({"name": "Stranger GmbH", "is_company": True})
        bill = self.upload(invoice_pdf(number="RE-FROM-1")[0], default_partner_id=stranger.id)
        self.assertEqual(bill.partner_id, stranger)
        self.assertEqual(bill.state, "draft")
        self.assertIn("was set before reading", bill.capture_id.review_reasons)
        self.assertFalse(stranger.bank_ids, "the document's IBAN is not put on the sender")
        # helper 167's b3b: a sender without a VAT number, a document of another name whose
        # VAT number is nobody's
        other = self.upload(
            invoice_pdf(
                number="RE-FROM-3", vendor="Irgendwas Anderes AG", vat="CHE-109.322.551 MWST"
            )[0],
            default_partner_id=stranger.id,
        )
        self.assertEqual(other.state, "draft")
        self.assertIn("was set before reading", other.capture_id.review_reasons)
        # the negative case: the vendor set before is the one the document names
        same = self.upload(invoice_pdf(number="RE-FROM-2")[0], default_partner_id=self.vendor.id)
        self.assertEqual(same.state, "posted", same.capture_id.review_reasons)

    def test_an_iban_of_two_contacts_does_not_break_the_reading(self):
        """Helper 166's 9: the IBAN on two contacts beside the vendor found by VAT."""
        for name in ("Twin One AG", "Twin Two AG"):
            self.env["res.partner"].create(
                {
                    "name": name,
                    "is_company": True,
                    "bank_ids": [Command.create({"acc_number": DE_IBAN})],
                }
            )
        bill = self.upload(invoice_pdf(number="RE-TWIN-1", iban=DE_IBAN)[0])
        self.assertEqual(bill.partner_id, self.vendor)
        self.assertIn("Twin One AG, Twin Two AG", bill.capture_id.review_reasons)

    def test_own_vat_number_is_never_the_vendor(self):
        self.company.vat = CH_VAT
        data, _printed = invoice_pdf(number="RE-OWN-1")
        bill = self.upload(data)
        self.assertNotEqual(bill.partner_id, self.company.partner_id)


@tagged("post_install", "-at_install")
class TestCaptureLlm(FincycleTestProviderMixin, CaptureCase, TransactionCase):
    """The optional LLM, against a local fake OpenAI-compatible endpoint."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_capture()
        cls.fake = FakeOpenAI()
        cls.fake.start()
        cls.addClassCleanup(cls.fake.stop)
        cls.company.sudo().write(
            {
                "capture_llm_enabled": True,
                "fincycle_llm_base_url": cls.fake.base_url,
                "fincycle_llm_model": cls.fake.model,
                "fincycle_llm_api_key": cls.fake.api_key,
            }
        )

    def setUp(self):
        super().setUp()
        self.fake.reset()

    def weak_document(self):
        """A note with a vendor and a total, but no invoice number the rules can trust."""
        from reportlab.pdfgen import canvas  # noqa: PLC0415

        buffer = io.BytesIO()
        pdf = canvas.Canvas(buffer)
        for y, line in (
            (780, "Muster Bürobedarf AG, Bahnhofstrasse 12, 8001 Zürich"),
            (760, "MWST-Nr.: CHE-116.281.710 MWST"),
            (700, "Beleg 4711-B vom " + (date.today() - timedelta(days=2)).strftime("%d.%m.%Y")),
            (680, "Toner schwarz, 2 Stück"),
            (660, "Zu bezahlen: CHF 108.10 (inkl. 8.1 % MWST 8.10)"),
        ):
            pdf.drawString(50, y, line)
        pdf.showPage()
        pdf.save()
        return buffer.getvalue()

    def llm_answer(self):
        return {
            "document_type": "invoice",
            "vendor_name": "Muster Bürobedarf AG",
            "vendor_vat": "CHE-116.281.710",
            "vendor_iban": None,
            "vendor_street": "Bahnhofstrasse 12",
            "vendor_zip": "8001",
            "vendor_city": "Zürich",
            "vendor_country": "CH",
            "invoice_number": "4711-B",
            "invoice_date": (date.today() - timedelta(days=2)).isoformat(),
            "due_date": None,
            "currency": "CHF",
            "amount_untaxed": 100.0,
            "amount_tax": 8.1,
            "amount_total": 108.1,
            "payment_reference": None,
            "po_number": None,
            "customer_name": None,
            "taxes": [{"rate": 8.1, "base": 100.0, "amount": 8.1}],
            "lines": [],
        }

    def test_llm_fills_what_the_rules_missed_and_says_so(self):
        self.fake.answer(self.llm_answer())
        bill = self.upload(self.weak_document(), name="beleg.pdf")
        requests = self.fake.chat_requests()
        self.assertEqual(len(requests), 1, "asked once, because the rules were unsure")
        self.assertEqual(requests[0]["model"], self.fake.model)
        self.assertIn(
            "Seeblick Consulting GmbH", str(requests[0]["messages"]), "customer hint sent"
        )
        ext = bill.capture_id.extraction()
        self.assertIn("llm", ext.sources)
        self.assertEqual(bill.ref, "4711-B")
        self.assertAlmostEqual(bill.amount_total, 108.10, places=2)
        self.assertIn("llm_used", [w.code for w in ext.warnings])
        self.assertEqual(bill.state, "draft", "an LLM answer alone never reaches the auto-post bar")

    def test_llm_refusing_the_key_is_a_warning_not_a_failure(self):
        self.company.sudo().fincycle_llm_api_key = "sk-wrong-key-000"
        bill = self.upload(self.weak_document(), name="beleg.pdf")
        capture = bill.capture_id
        self.assertEqual(capture.state, "done")
        ext = capture.extraction()
        failed = [w for w in ext.warnings if w.code == "llm_failed"]
        self.assertEqual([w.params["error"] for w in failed], ["auth"], ext.warnings)
        self.assertIn("refused the API key", bill.capture_summary)
        self.assertNotIn("sk-wrong-key-000", str(capture.result))
        self.assertNotIn("sk-wrong-key-000", self.chatter(bill))

    def test_sure_documents_never_leave_the_server(self):
        data, _printed = invoice_pdf(number="RE-LOCAL-1")
        bill = self.upload(data)
        self.assertEqual(bill.state, "posted", bill.capture_id.review_reasons)
        self.assertFalse(self.fake.chat_requests())


@tagged("post_install", "-at_install")
class TestCaptureUploadHttp(CaptureCase, HttpCase):
    """The bills list upload as the web client does it: JSON-RPC over real HTTP."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_capture()
        cls.clerk.password = "capture-clerk-pw"

    def call_kw(self, model, method, args, kwargs=None):
        return self.make_jsonrpc_request(
            f"/web/dataset/call_kw/{model}/{method}",
            {"model": model, "method": method, "args": args, "kwargs": kwargs or {}},
        )

    def test_upload_through_the_web_client_routes(self):
        data, printed = invoice_pdf(number="RE-HTTP-1")
        self.authenticate("capture_clerk", "capture-clerk-pw")
        context = {"allowed_company_ids": [self.company.id]}
        attachment_id = self.call_kw(
            "ir.attachment",
            "create",
            [
                [
                    {
                        "name": "RE-HTTP-1.pdf",
                        "mimetype": "application/pdf",
                        "datas": base64.b64encode(data).decode(),
                    }
                ]
            ],
            {"context": context},
        )[0]
        action = self.call_kw(
            "account.journal",
            "create_document_from_attachment",
            ["", [attachment_id]],
            {
                "context": {
                    **context,
                    "default_move_type": "in_invoice",
                    "default_journal_id": self.journal.id,
                }
            },
        )
        bill = self.env["account.move"].browse(action["res_id"])
        self.assertEqual(bill.ref, "RE-HTTP-1")
        self.assertAlmostEqual(bill.amount_total, float(printed["total"]), places=2)
        self.assertEqual(bill.state, "posted", bill.capture_id.review_reasons)
