"""Layouts of other writers, stop 34 (fincycle.extraction): a 16-bit grey scan, a rate in the
small print of a bill without VAT, a utility's statement date, opening hours beside the
letterhead. Each rule has a case that must not trigger it."""

import io
import zlib
from datetime import date
from decimal import Decimal

import numpy as np
import pypdfium2
import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from test_extraction_pipeline import TODAY, invoice_pdf, scan_with_layer

from fincycle.extraction import document, identifiers, ocr, pipeline, qrdecode, rules
from fincycle.extraction.labels import name_ok
from fincycle.extraction.model import TextLine
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


# --- an attached file that inflates past the limit ----------------------------------------------


def _pdf_with_attachment(payload: bytes, where: str) -> bytes:
    """A one-page PDF ("Total CHF 10.00") with ``payload`` attached as factur-x.xml, Flate
    compressed, listed in the catalog's name tree (``names``) or its /AF array (``af``)."""
    packed = zlib.compress(payload, 9)
    content = (
        b"BT /F1 11 Tf 50 750 Td (Rechnung 7 - Total CHF 10.00 - see the attached XML file) Tj ET"
    )
    catalog = b"/Names << /EmbeddedFiles << /Names [(factur-x.xml) 6 0 R] >> >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R "
        + (catalog if where == "names" else b"/AF [6 0 R]")
        + b">>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources"
        b" << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /EmbeddedFile /Filter /FlateDecode /Length %d >>\nstream\n" % len(packed)
        + packed
        + b"\nendstream",
        b"<< /Type /Filespec /F (factur-x.xml) /UF (factur-x.xml) /EF << /F 5 0 R >> >>",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


@pytest.mark.parametrize("where", ["names", "af"])
def test_an_attachment_that_inflates_past_the_limit_is_skipped(where, monkeypatch):
    # 30 MB of one letter packs into 30 KB; past the 20 MB limit it is never inflated whole:
    # neither pdfium (which inflates to tell a size) nor pdfminer's get_data may see it
    from pdfminer.pdftypes import PDFStream  # noqa: PLC0415

    def inflated_whole(*args):
        raise AssertionError("an attachment was inflated whole")

    monkeypatch.setattr(document.pdfium_c, "FPDFAttachment_GetFile", inflated_whole)
    monkeypatch.setattr(PDFStream, "get_data", inflated_whole)
    data = _pdf_with_attachment(b"<" + b"a" * (30 * 1024 * 1024), where)
    assert len(data) < 100_000
    ext = pipeline.extract(data, "bomb.pdf", pipeline.CaptureOptions(ocr=False))
    assert ext.value("amount_total") == Decimal("10.00")  # the page is read instead
    if where == "names":
        assert any(w.code == "attachment_too_large" for w in ext.warnings)


def test_an_attachment_under_the_limit_is_read():
    # the negative case: a 1 MB attachment is inflated and handed on (here: no XML invoice)
    payload = b"<?xml version='1.0'?><note>" + b"x" * (1024 * 1024) + b"</note>"
    with document.load(_pdf_with_attachment(payload, "names"), "a.pdf") as doc:
        assert doc.embedded_files() == [("factur-x.xml", payload)]


def test_only_flate_is_inflated_each_step_bounded():
    from pdfminer.pdftypes import LIT, PDFStream  # noqa: PLC0415

    flate = LIT("FlateDecode")
    once = PDFStream({"Filter": flate}, zlib.compress(b"<xml/>"))
    assert document.bounded_stream_data(once, 100) == b"<xml/>"
    # a chain of two Flates: 2 KB that would be 1 GB inflated whole
    bomb = zlib.compress(zlib.compress(b"a" * 50_000_000, 9), 9)
    twice = PDFStream({"Filter": [flate, flate]}, bomb)
    assert document.bounded_stream_data(twice, 1_000_000) is None
    small_twice = PDFStream({"Filter": [flate, flate]}, zlib.compress(zlib.compress(b"<x/>")))
    assert document.bounded_stream_data(small_twice, 100) == b"<x/>"
    # another filter (LZW, ASCIIHex...) is no attachment's: not decoded at all
    hexed = PDFStream({"Filter": LIT("ASCIIHexDecode")}, b"48656c6c6f>")
    assert document.bounded_stream_data(hexed, 100_000) is None


# --- hostile sizes: bounded work (found by helper 161) -------------------------------------------


def _blank_pages(count):
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for _ in range(count):
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_the_qr_search_looks_at_five_pages_without_text_and_keeps_no_render():
    with document.load(_blank_pages(20), "blank.pdf") as doc:
        pages = qrdecode.candidate_pages(doc)
        assert [p.index for p in pages] == [0, 1, 2, 3, 19]
        assert qrdecode.find_qr_bills(doc) == []
        assert not any(page._renders for page in doc.pages)


def test_a_short_scan_has_every_page_searched():
    # the negative case: a scan of up to five pages is searched whole
    with document.load(_blank_pages(5), "blank.pdf") as doc:
        assert [p.index for p in qrdecode.candidate_pages(doc)] == [0, 1, 2, 3, 4]


def test_a_row_of_hundreds_of_numbers_is_no_vat_row():
    fields = row_fields([("Zug", 50, 40), (" ".join(["1"] * 400), 50, 80)])
    assert "amount_tax" not in fields


def test_a_vat_row_among_a_few_numbers_is_still_read():
    fields = row_fields(
        [
            ("Alpen Software AG", 50, 40),
            ("MWST 8.1 % 1'000.00 81.00 1'081.00", 50, 80),
            ("Total CHF 1'081.00", 50, 100),
        ]
    )
    assert fields["amount_tax"] == Decimal("81.00")


def test_a_line_is_read_up_to_its_bound():
    long_word = "A" * 60_000 + " info@example.ch"
    lines = [
        TextLine("Alpen Software AG", 0, 50, 40, 200, 50),
        TextLine(long_word, 0, 50, 80, 900, 90),
    ]
    assert rules._bounded(lines[1]).text == "A" * rules.MAX_LINE_CHARS
    assert rules._bounded(lines[0]) is lines[0]
    rules.extract_from_lines(lines)  # returns at once (no time asserted: the bench's job)


def test_a_mailbox_is_found_at_the_start_of_its_word_only():
    assert [m.value for m in identifiers.find_emails("Mail: info@alpen.ch, ")] == ["info@alpen.ch"]
    assert identifiers.find_emails("x" * 70 + "@alpen.ch") == []  # a local part is 64 at most


def test_a_page_of_more_lines_than_a_bill_prints_is_read_from_its_top():
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(600, 14_000))
    pdf.drawString(50, 13_950, "Alpen Software AG - Rechnungsnummer: 2026-118")
    for row in range(1300):
        pdf.drawString(50, 13_900 - 10 * row, f"Zeile {row} Stunden 1.00")
    pdf.showPage()
    pdf.save()
    ext = pipeline.extract(buffer.getvalue(), "crowded.pdf", pipeline.CaptureOptions(ocr=False))
    limited = [w for w in ext.warnings if w.code == "lines_limited"]
    assert [w.params for w in limited] == [{"page": 1, "count": 1301, "limit": 800}]
    assert ext.value("invoice_number") == "2026-118"


# --- a text layer the reviewer cannot see --------------------------------------------------------

# the invoice of invoice_pdf() as an OCR tool (or a forger) lays it, invisible, over a scan
HIDDEN_LAYER = [
    "Alpen Software AG",
    "UID: CHE-116.281.710 MWST",
    "Rechnungsnummer: 2026-118",
    "Rechnungsdatum: 12.11.2026",
    "Total exkl. MWST CHF 1'000.00",
    "MWST 8.1 % CHF 81.00",
    "Total CHF 1'081.00",
    "IBAN CH56 0483 5012 3456 7800 9",
]


def test_figures_read_from_an_invisible_text_layer_are_never_posted_by_themselves():
    ext = pipeline.extract(
        scan_with_layer(HIDDEN_LAYER), "s.pdf", pipeline.CaptureOptions(ocr=False)
    )
    assert ext.value("amount_total") == Decimal("1081.00")  # read, shown to the reviewer
    failed = [c for c in ext.failed_checks if c.name == "text_layer"]
    assert [c.reason.params for c in failed] == [{"pages": [1]}]
    assert ext.confidence < 0.9


def test_a_visible_text_layer_passes():
    # the negative case: the same figures printed visibly
    ext = pipeline.extract(invoice_pdf(), "r.pdf", pipeline.CaptureOptions(ocr=False))
    assert not [c for c in ext.failed_checks if c.name == "text_layer"]
    assert ext.confidence >= 0.9


# --- an e-invoice's text values are bounded ---------------------------------------------------


def test_a_huge_name_in_an_e_invoice_is_cut_to_a_name_s_length():
    from test_extraction_xmlinvoice import cii  # noqa: PLC0415

    from fincycle.extraction import xmlinvoice  # noqa: PLC0415

    xml = cii().replace(b"Muster\n          Beratung AG", b"Muster " * 2_000_000)
    name = xmlinvoice.parse_invoice_xml(xml).value("vendor_name")
    assert len(name) == xmlinvoice.MAX_TEXT_CHARS
    assert name.startswith("Muster Muster")
    # the negative case: a real name is read whole
    assert xmlinvoice.parse_invoice_xml(cii()).value("vendor_name") == "Muster Beratung AG"


def test_a_page_of_long_lines_is_read_up_to_its_characters_bound():
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(6000, 2000))
    pdf.drawString(50, 1950, "Alpen Software AG - Rechnungsnummer: 2026-118")
    for row in range(150):
        pdf.drawString(50, 1900 - 12 * row, f"Zeile {row} " + "Beratung " * 62)
    pdf.showPage()
    pdf.save()
    ext = pipeline.extract(buffer.getvalue(), "wide.pdf", pipeline.CaptureOptions(ocr=False))
    (limited,) = [w for w in ext.warnings if w.code == "lines_limited"]
    assert limited.params["count"] > 100  # read up to 60 000 characters, cut at 30 000
    assert limited.params["limit"] < 60  # 30 000 characters of 580-character lines
    assert ext.value("invoice_number") == "2026-118"


def _invoice_drawn(how):
    """invoice_pdf()'s figures drawn in white, or covered by a white box drawn over them."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    if how == "white":
        pdf.setFillColorRGB(1, 1, 1)
    for k, line in enumerate(HIDDEN_LAYER):
        pdf.drawString(60, A4[1] - 80 - 16 * k, line)
    if how == "covered":
        pdf.setFillColorRGB(1, 1, 1)
        pdf.rect(0, 0, A4[0], A4[1], stroke=0, fill=1)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


@pytest.mark.parametrize("how", ["white", "covered"])
def test_text_drawn_white_or_covered_counts_as_invisible(how):
    ext = pipeline.extract(_invoice_drawn(how), "w.pdf", pipeline.CaptureOptions(ocr=False))
    assert [c.name for c in ext.failed_checks if c.name == "text_layer"] == ["text_layer"]


def test_the_same_text_drawn_in_ink_is_visible():
    # the negative case: the same lines in black
    ext = pipeline.extract(_invoice_drawn("black"), "b.pdf", pipeline.CaptureOptions(ocr=False))
    assert not [c for c in ext.failed_checks if c.name == "text_layer"]
