"""Layouts of other writers, stop 34 (fincycle.extraction): a 16-bit grey scan, a rate in the
small print of a bill without VAT, a utility's statement date, opening hours beside the
letterhead. Each rule has a case that must not trigger it."""

import io
from datetime import date
from decimal import Decimal

import numpy as np
import pypdfium2
import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from test_extraction_pipeline import TODAY, invoice_pdf

from fincycle.extraction import document, ocr, pipeline
from fincycle.extraction.labels import name_ok
from fincycle.testing.text_layer import row_fields

# --- a 16-bit grey scan ---------------------------------------------------------------------


def _grey(values, mode):
    return Image.fromarray(np.array(values, dtype=np.int32 if mode == "I" else np.float32), mode)


def test_a_16_bit_grey_scan_keeps_its_grey_levels():
    # black ink, a mid-grey stroke and white paper in 16 bits: Pillow's own conversion would
    # make the grey stroke white
    page = document._to_rgb_or_l(_grey([[0, 20000, 65535]], "I"))
    assert page.mode == "L"
    assert list(page.getdata()) == [0, 78, 255]


def test_a_float_grey_scan_in_0_to_1_is_scaled():
    page = document._to_rgb_or_l(_grey([[0.0, 0.5, 1.0]], "F"))
    assert list(page.getdata()) == [0, 128, 255]


def test_an_integer_image_within_8_bits_is_not_rescaled():
    page = document._to_rgb_or_l(_grey([[0, 100, 255]], "I"))
    assert list(page.getdata()) == [0, 100, 255]


def test_a_16_bit_png_invoice_is_read_by_ocr():
    if not ocr.engine_available():
        pytest.skip("OCR engine not installed")
    grey = pypdfium2.PdfDocument(invoice_pdf())[0].render(scale=200 / 72).to_pil().convert("L")
    deep = Image.fromarray(np.asarray(grey, dtype=np.int32) * 257, "I")  # 0..65535
    buffer = io.BytesIO()
    deep.save(buffer, "PNG")
    ext = pipeline.extract(buffer.getvalue(), "scan.png", pipeline.CaptureOptions(today=TODAY))
    assert ext.value("invoice_number") == "2026-118"
    assert ext.value("amount_total") == Decimal("1081.00")


# --- a bill without VAT: its net is its total -------------------------------------------------


def _gas_bill(small_print):
    return row_fields(
        [
            ("Northern Gas Company", 50, 40),
            ("Date bill issued", 50, 80),
            ("Jul 22, 2024", 300, 80),
            ("Current charges", 50, 120),
            ("19.25", 300, 120),
            ("Amount due", 50, 140),
            ("$ 19.25", 300, 140),
            (small_print, 50, 200),
        ]
    )


def test_a_rate_in_the_small_print_is_no_vat_rate():
    fields = _gas_bill("Interest will accrue at 14% annually if not paid in full by the due date.")
    assert fields["amount_total"] == Decimal("19.25")
    assert fields["amount_untaxed"] == Decimal("19.25")


def test_a_short_line_with_a_rate_may_be_the_vat():
    # "incl. 8.1 %": a rate the bill may hide its VAT in; the net is not the total
    fields = _gas_bill("Prices incl. 8.1 %")
    assert fields["amount_total"] == Decimal("19.25")
    assert "amount_untaxed" not in fields


def test_a_sentence_naming_vat_is_no_bill_without_vat():
    fields = _gas_bill("All our prices include the VAT of 8.1% required by the federal law.")
    assert "amount_untaxed" not in fields


# --- a utility's bill date --------------------------------------------------------------------


@pytest.mark.parametrize(
    "label", ["Statement Date:", "DATE BILL ISSUED", "Bill Date", "Invoice date"]
)
def test_a_statement_date_is_the_bill_date(label):
    # the negative case: "Invoice date" and "Bill Date", the labels read before
    fields = row_fields(
        [
            ("Florida Light Company", 50, 40),
            (f"{label} Feb 25, 2021", 50, 80),
            ("New charges due by Mar 18, 2021", 50, 100),
            ("Total amount you owe", 50, 140),
            ("$148.57", 300, 140),
        ]
    )
    assert fields["invoice_date"] == date(2021, 2, 25)


# --- opening hours are no letterhead ----------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Friday, Closed", "Monday, 8:00AM - 7:30PM", "Montag - Freitag 8-17 Uhr", "Lundi : fermé"],
)
def test_opening_hours_are_no_name(line):
    assert not name_ok(line)


@pytest.mark.parametrize("line", ["Friday Media Group Ltd", "Sonntag GmbH", "Mittwochs Bäckerei"])
def test_a_company_named_after_a_day_is_a_name(line):
    assert name_ok(line)


# --- a long PDF: its last page is read as the last one ------------------------------------------


def _long_bill(pages):
    """A bill whose totals are on its last page, after an annex of hour sheets."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    top = A4[1]
    for y, line in ((60, "Alpen Software AG"), (90, "Rechnungsnummer: 2026-118")):
        pdf.drawString(50, top - y, line)
    pdf.showPage()
    for page in range(2, pages):
        pdf.drawString(50, top - 60, f"Leistungsnachweis Seite {page}: Stunden 1.00 CHF 149.00")
        pdf.drawString(50, top - 80, f"Zwischensumme Seite {page} CHF 149.00")
        pdf.showPage()
    for y, line in ((60, "Total exkl. MWST CHF 1'000.00"), (80, "MWST 8.1 % CHF 81.00")):
        pdf.drawString(50, top - y, line)
    pdf.drawString(50, top - 100, "Total CHF 1'081.00")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_the_last_page_of_a_long_pdf_gives_the_total():
    ext = pipeline.extract(_long_bill(60), "long.pdf", pipeline.CaptureOptions(ocr=False))
    assert any(w.code == "pages_limited" for w in ext.warnings)
    assert ext.value("amount_total") == Decimal("1081.00")
    assert ext.value("amount_tax") == Decimal("81.00")


def test_a_short_pdf_keeps_every_page_in_order():
    # the negative case: under the page limit nothing is dropped nor renumbered
    ext = pipeline.extract(_long_bill(5), "short.pdf", pipeline.CaptureOptions(ocr=False))
    assert not any(w.code == "pages_limited" for w in ext.warnings)
    assert ext.value("amount_total") == Decimal("1081.00")
