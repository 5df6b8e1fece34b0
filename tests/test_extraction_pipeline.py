"""The whole pipeline on generated documents, the merge of stages, and the cross-checks."""

import io
import time
from datetime import date, timedelta
from decimal import Decimal

import pypdfium2
import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from fincycle.extraction import crosscheck, ocr, pipeline
from fincycle.extraction import text as text_module
from fincycle.extraction.messages import msg
from fincycle.extraction.model import (
    Check,
    Extraction,
    ExtractionError,
    Field,
    InvoiceLine,
    TaxLine,
)

TODAY = date(2026, 11, 21)


def invoice_pdf(pages=1, total="1081.00", encrypt=None, extra_pages_text="Allgemeine Bedingungen"):
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, encrypt=encrypt)
    height = A4[1]
    rows = [
        (50, 60, "Alpen Software AG"),
        (50, 76, "Industriestrasse 5, 6300 Zug"),
        (50, 90, "UID: CHE-116.281.710 MWST"),
        (330, 150, "Seeblick Consulting GmbH"),
        (330, 164, "6003 Luzern"),
        (50, 230, "Rechnung"),
        (50, 255, "Rechnungsnummer: 2026-118"),
        (50, 269, "Rechnungsdatum: 12.11.2026"),
        (50, 320, "Softwarelizenz 1 1'000.00 8.1 % 1'000.00"),
        (330, 360, "Total exkl. MWST CHF 1'000.00"),
        (330, 374, "MWST 8.1 % CHF 81.00"),
        (330, 390, f"Total CHF {total}"),
        (50, 700, "IBAN CH93 0076 2011 6238 5295 7"),
    ]
    for x, y, text in rows:
        pdf.drawString(x, height - y, text)
    pdf.showPage()
    for index in range(pages - 1):
        pdf.drawString(50, height - 60, f"{extra_pages_text} - Seite {index + 2}")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


OPTIONS = pipeline.CaptureOptions(today=TODAY, ocr=False)


def test_text_invoice_end_to_end():
    ext = pipeline.extract(invoice_pdf(), "r.pdf", OPTIONS)
    assert ext.kind == "pdf_text"
    assert ext.value("vendor_vat") == "CHE116281710"
    assert ext.value("invoice_number") == "2026-118"
    assert ext.value("invoice_date") == date(2026, 11, 12)
    assert ext.value("amount_total") == Decimal("1081.00")
    assert ext.value("vendor_iban") == "CH9300762011623852957"
    assert [c.name for c in ext.failed_checks] == []
    assert ext.confidence >= 0.9
    assert ext.timings["total"] > 0


def test_inconsistent_total_fails_the_totals_check_and_caps_confidence():
    ext = pipeline.extract(invoice_pdf(total="1091.00"), "r.pdf", OPTIONS)
    # Whichever figure the rules keep, something no longer adds up.
    assert ext.failed_checks or ext.confidence < 0.9
    assert ext.confidence <= 0.9


def test_two_hundred_pages_are_read_partly():
    data = invoice_pdf(pages=200)
    ext = pipeline.extract(data, "big.pdf", OPTIONS)
    assert ext.pages == 200
    # the limit, not a timing, keeps a huge upload cheap (speed is the bench's figure)
    assert any(w.code == "pages_limited" and w.params["count"] == 200 for w in ext.warnings)
    assert ext.value("amount_total") == Decimal("1081.00")


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty"),
        (b"hello, this is no invoice", "unsupported"),
        (invoice_pdf()[:900], "corrupt"),
        (invoice_pdf(encrypt="secret"), "encrypted"),
    ],
)
def test_unreadable_documents_raise_a_sentence(data, code):
    with pytest.raises(ExtractionError) as info:
        pipeline.extract(data, "x.pdf", OPTIONS)
    assert info.value.code == code
    assert info.value.message.endswith(".")


def test_huge_image_is_refused_without_decoding():
    buffer = io.BytesIO()
    Image.new("L", (12000, 12000), 255).save(buffer, format="PNG")
    started = time.perf_counter()
    with pytest.raises(ExtractionError) as info:
        pipeline.extract(buffer.getvalue(), "huge.png", OPTIONS)
    assert info.value.code == "image_too_large"
    assert time.perf_counter() - started < 5


def test_scan_without_ocr_says_so():
    buffer = io.BytesIO()
    Image.new("L", (1200, 1700), 255).save(buffer, format="PNG")
    ext = pipeline.extract(buffer.getvalue(), "scan.png", OPTIONS)
    assert ext.kind == "image"
    assert msg("ocr_off") in ext.warnings
    assert ext.confidence == 0


def test_terms_and_conditions_are_not_an_invoice():
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    for i, line in enumerate(
        [
            "Conditions générales de vente",
            "Article 1 - Objet. Les présentes conditions régissent les ventes.",
            "Article 2 - Juridiction. Tribunal de commerce de Lyon.",
        ]
    ):
        pdf.drawString(50, 780 - 20 * i, line)
    pdf.showPage()
    pdf.save()
    ext = pipeline.extract(buffer.getvalue(), "cgv.pdf", OPTIONS)
    assert ext.value("document_type") == "not_an_invoice"
    assert ext.confidence == 0


# --- merge --------------------------------------------------------------------------------------


def stage(source, **values):
    ext = Extraction()
    for name, (value, confidence) in values.items():
        ext.fields[name] = Field(value, confidence, source)
    return ext


def test_agreement_raises_and_disagreement_lowers_confidence():
    qr = stage("qr", amount_total=(Decimal("100.00"), 0.99), vendor_iban=("CH93", 0.99))
    text = stage("text", amount_total=(Decimal("100.00"), 0.9), vendor_iban=("CH56", 0.9))
    merged = pipeline.merge([qr, text])
    assert merged.fields["amount_total"].confidence > 0.99
    assert merged.fields["vendor_iban"].value == "CH93"
    assert merged.fields["vendor_iban"].confidence <= 0.85
    assert (
        msg(
            "sources_disagree",
            field="vendor_iban",
            source="qr",
            value="CH93",
            other_source="text",
            other_value="CH56",
        )
        in merged.warnings
    )


def test_llm_never_overrides_a_sure_rule():
    text = stage("text", invoice_number=("2026-118", 0.95))
    llm = stage("llm", invoice_number=("2026-119", 0.8))
    merged = pipeline.merge([text, llm])
    assert merged.value("invoice_number") == "2026-118"


def test_taxes_come_from_the_surest_stage():
    a = Extraction(
        taxes=[TaxLine(Decimal("8.1"), Decimal("100"), Decimal("8.10"))], taxes_confidence=0.9
    )
    a.fields["x"] = Field(1, 1, "text")
    b = Extraction(taxes=[TaxLine(Decimal("8.1"), None, Decimal("8.10"))], taxes_confidence=0.95)
    b.fields["x"] = Field(1, 1, "qr")
    merged = pipeline.merge([a, b])
    assert merged.taxes[0].rate == Decimal("8.1")
    assert merged.taxes_confidence > 0.95


# --- cross-checks -------------------------------------------------------------------------------


def run_checks(today=TODAY, currencies=(), **values):
    ext = Extraction()
    for name, value in values.items():
        if name in ("taxes", "lines"):
            setattr(ext, name, value)
        else:
            ext.fields[name] = Field(value, 0.95, "text")
    return crosscheck.run_checks(ext, today=today, currencies=currencies)


def checked(today=TODAY, currencies=(), **values):
    return {c.name: c for c in run_checks(today, currencies, **values)}


def test_totals_and_breakdown():
    ok = checked(
        amount_untaxed=Decimal("100"),
        amount_tax=Decimal("8.10"),
        amount_total=Decimal("108.10"),
        taxes=[TaxLine(Decimal("8.1"), Decimal("100"), Decimal("8.10"))],
    )
    assert ok["totals"].ok and ok["tax_breakdown"].ok
    bad = checked(
        amount_untaxed=Decimal("100"), amount_tax=Decimal("8.10"), amount_total=Decimal("108.20")
    )
    assert not bad["totals"].ok and "108.20" in bad["totals"].message
    rounded = checked(
        amount_untaxed=Decimal("100"),
        amount_tax=Decimal("8.12"),
        amount_total=Decimal("108.10"),
        amount_rounding=Decimal("-0.02"),
    )
    assert rounded["totals"].ok


def test_lines_against_net_or_gross():
    lines = [InvoiceLine("a", subtotal=Decimal("60")), InvoiceLine("b", subtotal=Decimal("40"))]
    assert checked(amount_untaxed=Decimal("100"), amount_total=Decimal("108.10"), lines=lines)[
        "lines"
    ].ok
    off = checked(amount_untaxed=Decimal("96.30"), amount_total=Decimal("104.10"), lines=lines)
    assert not off["lines"].ok
    discounted = checked(amount_untaxed=Decimal("90"), amount_total=Decimal("97.29"), lines=lines)
    assert discounted["lines"].ok
    assert "10 %" in discounted["lines"].message


@pytest.mark.parametrize(
    ("vat", "on", "rate", "ok"),
    [
        ("CHE116281710", date(2024, 8, 1), "8.1", True),
        ("CHE116281710", date(2024, 8, 1), "7.7", False),
        ("CHE116281710", date(2023, 6, 1), "7.7", True),
        ("CHE116281710", date(2023, 6, 1), "8.1", False),
        ("CHE116281710", date(2024, 2, 1), "7.7", True),  # supplies of 2023 billed late
        ("FR40303265045", date(2025, 1, 1), "5.5", True),
        ("FR40303265045", date(2025, 1, 1), "19", False),
        ("DE136695976", date(2025, 1, 1), "19", True),
    ],
)
def test_vat_rates_by_country_and_date(vat, on, rate, ok):
    checks = checked(today=on, vendor_vat=vat, invoice_date=on, taxes=[TaxLine(Decimal(rate))])
    assert checks["vat_rates"].ok is ok


def test_checksums_dates_and_currencies():
    checks_list = run_checks(
        vendor_iban="CH9300762011623852958",
        vendor_vat="CHE116281711",
        payment_reference="210000000003139471430009017",
        payment_reference_type="QRR",
        invoice_date=TODAY + timedelta(days=60),
        due_date=TODAY,
        currencies=("CHF", "EUR"),
    )
    checks = {c.name: c for c in checks_list}
    assert not checks["iban"].ok
    assert not checks["vat_id"].ok
    assert checks["reference"].ok
    dates = [c.reason.code for c in checks_list if c.name == "dates" and not c.ok]
    assert dates == ["invoice_date_future", "due_date_before_invoice"]
    assert not checks["currency"].ok


def test_overall_confidence_is_the_weakest_key_field_and_capped_by_a_failed_check():
    ext = Extraction()
    for name in (
        "vendor_vat",
        "invoice_number",
        "invoice_date",
        "currency",
        "amount_total",
        "amount_untaxed",
    ):
        ext.fields[name] = Field("x", 0.97, "text")
    ext.fields["invoice_date"] = Field(TODAY, 0.91, "text")
    assert crosscheck.overall_confidence(ext) == pytest.approx(0.91)
    ext.checks = [
        Check("totals", False, msg("totals_mismatch", net_amount=1, tax_amount=1, total_amount=3))
    ]
    assert crosscheck.overall_confidence(ext) == pytest.approx(0.6)
    del ext.fields["invoice_number"]
    assert crosscheck.overall_confidence(ext) == 0


def test_scanned_pdf_is_read_by_ocr():
    if not ocr.engine_available():
        pytest.skip("OCR engine not installed")
    page_image = pypdfium2.PdfDocument(invoice_pdf())[0].render(scale=200 / 72).to_pil()
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.drawImage(ImageReader(page_image.convert("L")), 0, 0, *A4)
    pdf.showPage()
    pdf.save()
    ext = pipeline.extract(buffer.getvalue(), "scan.pdf", pipeline.CaptureOptions(today=TODAY))
    assert ext.kind == "pdf_image"
    assert "ocr" in ext.sources
    assert ext.value("invoice_number") == "2026-118"
    assert ext.value("amount_total") == Decimal("1081.00")
    assert ext.value("vendor_vat") == "CHE116281710"


# A poor OCR's text layer under a scan: letters of other scripts and marks inside words.
GARBLED_LAYER = [
    "Apimeister Consu!t!ng GmbH",
    "Fr!edr!chstrasse 123",
    "1\u0665117 Be\u0662!\u061b n",
    "\u0417\u0435\u0433\u0442\u0430\u043fy",
    "Rechnungsnummer: 2\u0665\u0662\u0665-118",
    "Total CH\u0444 1\u0665 81.\u0665\u0665",
] * 8


# What pdfium reads from a page set in a font whose glyph codes are not its letters.
CIPHER_LAYER = [
    '=E>824=D<14A *  012"%*/( 0.1"/9',
    "=E>82430C4  '8=C==4=3F0ABBCA00C 0",
    "41C>A=D<14A  58=0=24?>?CA038=62><?0=H2><",
    "$#$+ /  70;5I8??>;0A5;4424BF40C 18B>=",
    "A0=3?>?CA038=62><?0=H  =8CF>E4= =8C",
] * 6


def scan_with_layer(layer_lines):
    """The scan of :func:`invoice_pdf` with an invisible text layer of ``layer_lines``."""
    page_image = pypdfium2.PdfDocument(invoice_pdf())[0].render(scale=200 / 72).to_pil()
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.drawImage(ImageReader(page_image.convert("L")), 0, 0, *A4)
    text = pdf.beginText(50, A4[1] - 60)
    text.setTextRenderMode(3)  # invisible, as OCR tools lay their text over the scan
    for line in layer_lines:
        text.textLine(line)
    pdf.drawText(text)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


# a poor OCR's layer under a scan; a font that maps no letters (stop 33)
@pytest.mark.parametrize("layer", [GARBLED_LAYER, CIPHER_LAYER], ids=["garbled", "cipher"])
def test_an_unreadable_text_layer_is_read_again_as_a_scan(layer):
    if not ocr.engine_available():
        pytest.skip("OCR engine not installed")
    ext = pipeline.extract(
        scan_with_layer(layer), "folio.pdf", pipeline.CaptureOptions(today=TODAY)
    )
    assert "ocr" in ext.sources
    assert ext.value("invoice_number") == "2026-118"
    assert ext.value("amount_total") == Decimal("1081.00")


@pytest.mark.parametrize("layer", [GARBLED_LAYER, CIPHER_LAYER], ids=["garbled", "cipher"])
def test_an_unreadable_text_layer_is_not_trusted_without_ocr(layer):
    ext = pipeline.extract(scan_with_layer(layer), "folio.pdf", OPTIONS)
    assert msg("ocr_off") in ext.warnings  # the page went to OCR, which is switched off
    assert ext.value("vendor_name") is None
    assert ext.value("invoice_number") is None


def test_a_clean_text_layer_is_read_as_text():
    # the negative case: a typeset page, even with a few foreign words, keeps its text layer
    clean = ["Rechnung 2026-118 für Ihre Bestellung", "Zürich Straße Genève Łódź São Paulo"] * 20
    assert not text_module.garbled_ocr("\n".join(clean))
    ext = pipeline.extract(invoice_pdf(), "invoice.pdf", OPTIONS)
    assert msg("ocr_off") not in ext.warnings
    assert ext.value("invoice_number") == "2026-118"


@pytest.mark.parametrize(
    ("words", "garbled"),
    [
        (["Consu!t!ng", "Fr!edr!chstrasse"] * 3 + ["Hotel"] * 40, True),
        (
            ["\u041c\u043e\u0441\u043a\u0432\u0430", "\u0411\u0435\u0440\u043b\u0438\u043d"] * 3
            + ["Hotel"] * 40,
            False,
        ),
        (["Be\u0662lin", "Ge\u0433many"] * 3 + ["Hotel"] * 40, True),
        (["Hello!", "Achtung!", "e-mail:", "N\u00ba"] * 5 + ["Hotel"] * 40, False),
        (["Consu!t!ng"] * 3, False),  # too few words to judge
        (["Fr!edr!chstrasse", "Nordkana\u0627st\u0662asse"] + ["Hotel"] * 130, True),
        (["Fr!edr!chstrasse"] + ["Hotel"] * 130, False),  # one odd word is no OCR layer
    ],
)
def test_garbled_ocr_counts_words_that_mix_scripts(words, garbled):
    assert text_module.garbled_ocr(" ".join(words)) is garbled
