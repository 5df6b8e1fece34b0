"""Layouts of other writers, stop 35 (fincycle.extraction): a date printed over its caption on
a utility bill's summary and payment slip. Each rule has a case that must not trigger it."""

import io
from datetime import date
from decimal import Decimal

from reportlab.pdfgen import canvas
from test_extraction_document import make_pdf

from fincycle.extraction import document, rules
from fincycle.extraction.labels import CUSTOMER_LABEL, VENDOR_LABEL, fold
from fincycle.extraction.model import TextLine


def _bill(date_line: TextLine, caption: TextLine) -> list[TextLine]:
    return [
        TextLine("Bright Power Co.", 0, 40, 30, 200, 42),
        TextLine("Statement Date: Feb 25, 2021", 0, 40, 60, 220, 69),
        TextLine("TOTAL AMOUNT YOU OWE", 0, 112, 180, 220, 189),
        TextLine("$148.57", 0, 112, 195, 180, 213),
        date_line,
        caption,
        TextLine("Total amount you owe $148.57", 0, 40, 400, 300, 409),
    ]


def test_a_due_date_printed_large_over_its_caption_is_read():
    lines = _bill(
        TextLine("Mar 18, 2021", 0, 106, 218, 209, 238),  # 20 pt
        TextLine("NEW CHARGES DUE BY", 0, 112, 239, 203, 248),  # 9 pt under it
    )
    ext = rules.extract_from_lines(lines)
    assert ext.value("due_date") == date(2021, 3, 18)


def test_a_date_in_the_captions_type_over_a_label_is_no_due_date():
    # a row of label and value over another label whose value is missing: the same type size
    lines = _bill(
        TextLine("Mar 18, 2021", 0, 112, 228, 180, 237),
        TextLine("NEW CHARGES DUE BY", 0, 112, 239, 203, 248),
    )
    assert rules.extract_from_lines(lines).value("due_date") is None


def test_a_large_line_of_more_than_a_date_over_the_caption_is_not_read():
    lines = _bill(
        TextLine("Mar 18, 2021 or on receipt", 0, 106, 218, 260, 238),
        TextLine("NEW CHARGES DUE BY", 0, 112, 239, 203, 248),
    )
    assert rules.extract_from_lines(lines).value("due_date") is None


# --- a Serbian bill: "Valuta:" is the date to pay by, a currency code in brackets ----------


def _serbian(valuta: str, total_label: str = "ZA UPLATU (rsd)") -> list[TextLine]:
    rows = [
        ("Agencija MANESTO", 30),
        ("PIB: 110190099", 45),
        ("Račun br.: MN0052/23", 80),
        ("Datum izdavanja računa: 28.02.2023", 95),
        (valuta, 110),
        ("Opis | Cena | Ukupno", 150),
        ("Tehničko održavanje 138.62 138.62", 165),
        (f"{total_label} 138.62", 200),
    ]
    return [TextLine(text, 0, 40, top, 400, top + 9) for text, top in rows]


def test_valuta_followed_by_a_date_is_the_due_date_and_rsd_in_brackets_the_currency():
    ext = rules.extract_from_lines(_serbian("Valuta: 15.03.2023."))
    assert ext.value("due_date") == date(2023, 3, 15)
    assert ext.value("currency") == "RSD"


def test_valuta_naming_a_currency_is_no_due_date():
    ext = rules.extract_from_lines(_serbian("Valuta: EUR  Zahlung 15.03.2023"))
    assert ext.value("due_date") is None


def test_a_word_in_brackets_is_no_currency():
    ext = rules.extract_from_lines(_serbian("Valuta: 15.03.2023.", "ZA UPLATU (all)"))
    assert ext.value("currency") != "ALL"


# --- a platform's invoice: "Rechnung #:", "Rechnung an:", a VAT line naming its base -------


def _rows(texts: list[str]) -> list[TextLine]:
    return [TextLine(t, 0, 40, 20 + 15 * i, 400, 29 + 15 * i) for i, t in enumerate(texts)]


def test_rechnung_hash_is_the_invoice_number_label():
    ext = rules.extract_from_lines(
        _rows(["Indeed Ireland Operations Ltd", "Rechnung #: 67389368", "Gesamtbetrag: 80,65 EUR"])
    )
    assert ext.value("invoice_number") == "67389368"


def test_rechnung_an_labels_the_customer_and_a_sentence_does_not():
    assert CUSTOMER_LABEL.match(fold("Rechnung an:"))
    assert CUSTOMER_LABEL.match(fold("RECHNUNG AN"))
    assert not CUSTOMER_LABEL.match(fold("Rechnung an die Buchhaltung senden"))


def _stripe(vat_line: str) -> list[TextLine]:
    return [
        TextLine("Midjourney Inc", 0, 40, 20, 200, 30),
        TextLine("Invoice number DBD682ED-0005", 0, 40, 40, 300, 50),
        TextLine("Subtotal $10.00", 0, 300, 200, 500, 210),
        TextLine("$1.90", 0, 460, 214, 500, 222),  # its VAT, printed a little above the label
        TextLine(vat_line, 0, 300, 220, 450, 230),
        TextLine("Total $11.90", 0, 300, 240, 500, 250),
    ]


def test_the_amount_after_a_rate_and_on_is_the_base():
    ext = rules.extract_from_lines(_stripe("VAT - Germany (19% on $10.00)"))
    assert [(t.rate, t.base) for t in ext.taxes] == [(19, Decimal("10.00"))]
    assert ext.value("amount_tax") == Decimal("1.90")


def test_a_lone_amount_after_a_rate_without_on_is_the_vat():
    ext = rules.extract_from_lines(_stripe("VAT 19% $1.90"))
    assert [(t.rate, t.amount) for t in ext.taxes] == [(19, Decimal("1.90"))]


# --- "BILLED TO:" and "PRODUCT(S) PROVIDED BY:" heading two blocks side by side ------------


def _two_blocks(left_label: str) -> list[TextLine]:
    rows = [
        (left_label, 21, 22, 60, 30),
        ("PRODUCT(S) PROVIDED BY:", 309, 22, 405, 30),
        ("Jana Novak", 21, 44, 55, 52),
        ("Analytik Beispiel GmbH", 21, 55, 110, 63),
        ("Seo Tools Inc.", 309, 55, 360, 63),
        ("Hafenstraße 4", 21, 66, 80, 74),
        ("www.seotools.example", 309, 66, 380, 74),
        ("Halle 06108", 21, 77, 70, 85),
        ("800 Boylston Street, Suite 2475", 309, 77, 430, 85),
        ("GERMANY", 21, 88, 60, 96),
        ("Boston, MA 02199, USA", 309, 88, 400, 96),
        ("E-mail: jana@beispiel.example", 21, 99, 120, 107),
        ("VAT number: EU203000373", 309, 110, 400, 118),
        ("INVOICE: #XZZ5672", 21, 150, 120, 158),
        ("TOTAL AT CHECKOUT 119.95", 21, 300, 200, 308),
    ]
    return [TextLine(t, 0, x0, top, x1, bottom) for t, x0, top, x1, bottom in rows]


def test_the_block_under_a_billed_to_label_is_not_the_letterhead():
    ext = rules.extract_from_lines(_two_blocks("BILLED TO:"))
    assert ext.value("vendor_name") == "Seo Tools Inc."


def test_without_a_customer_label_the_first_block_stays_the_letterhead():
    ext = rules.extract_from_lines(_two_blocks("SENT BY:"))
    assert ext.value("vendor_name") != "Seo Tools Inc."


def test_provided_by_and_sold_by_label_the_seller_only_as_labels():
    assert VENDOR_LABEL.match(fold("PRODUCT(S) PROVIDED BY:"))
    assert VENDOR_LABEL.match(fold("Sold by: Acme Ltd"))
    assert not VENDOR_LABEL.match(fold("Provided by the customer"))
    assert not VENDOR_LABEL.match(fold("Billed by the hour"))


# --- which PDFs are read while the user waits -------------------------------------------------


def test_pdf_text_pages_wants_text_on_every_page_and_few_pages():
    assert document.pdf_text_pages(make_pdf(), max_pages=10) is True
    assert document.pdf_text_pages(make_pdf(text=""), max_pages=10) is False
    assert document.pdf_text_pages(make_pdf(), max_pages=0) is False
    assert document.pdf_text_pages(b"%PDF-1.7 broken", max_pages=10) is None


def test_a_page_painting_too_many_shapes_is_no_quick_read():
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.drawString(72, 770, "Rechnung 2026-1 Zahlteil, a page of many shapes")
    for i in range(300):
        pdf.rect(72 + i % 30, 100 + i // 30, 0.5, 0.5)
    pdf.showPage()
    pdf.save()
    assert document.pdf_text_pages(buffer.getvalue(), max_pages=10, max_objects=200) is False
    assert document.pdf_text_pages(buffer.getvalue(), max_pages=10, max_objects=1000) is True
