# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Session 36: rules of the reader and of the quick-read check."""

import io
from datetime import date
from decimal import Decimal

from reportlab.pdfgen import canvas

from fincycle.extraction import document, rules
from fincycle.extraction.company_names import clean_company_name, is_city_line, looks_like_address
from fincycle.extraction.dates import find_dates, order_unsettled
from fincycle.extraction.labels import sender_line_parts
from fincycle.extraction.model import TextLine
from fincycle.extraction.numbers import find_amounts
from fincycle.extraction.text import split_words_into_lines


def line(text: str, top: float, x0: float = 40.0) -> TextLine:
    """A text-layer line of ``text`` at ``top``, 6 points a character wide."""
    return TextLine(text, 0, x0, top, x0 + 6 * len(text), top + 10)


# --- which PDFs are read while the user waits -------------------------------------------------


def _page_drawing_a_form(times: int, shapes: int) -> bytes:
    """A text page that draws ``times`` times a form XObject of ``shapes`` rectangles: few
    objects on the page itself, many once the forms are opened."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.beginForm("dots")
    for i in range(shapes):
        pdf.rect(i % 30, i // 30, 0.5, 0.5)
    pdf.endForm()
    pdf.drawString(72, 770, "Rechnung 2026-1, a page drawing one form many times")
    for _ in range(times):
        pdf.doForm("dots")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_shapes_inside_forms_count_towards_the_quick_read_limit():
    pdf = _page_drawing_a_form(times=20, shapes=50)  # 21 objects on the page, 1021 in all
    assert document.pdf_text_pages(pdf, max_pages=10, max_objects=500) is False
    assert document.pdf_text_pages(pdf, max_pages=10, max_objects=2000) is True


def test_forms_nested_in_forms_are_opened_too():
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.beginForm("dots")
    for i in range(40):
        pdf.rect(i, 0, 0.5, 0.5)
    pdf.endForm()
    pdf.beginForm("rows")
    for _ in range(10):
        pdf.doForm("dots")
    pdf.endForm()
    pdf.drawString(72, 770, "Facture 2026-1, forms within forms")
    for _ in range(5):
        pdf.doForm("rows")
    pdf.showPage()
    pdf.save()
    data = buffer.getvalue()  # 6 on the page, 5 x 10 forms, 5 x 10 x 40 shapes
    assert document.pdf_text_pages(data, max_pages=10, max_objects=1000) is False
    assert document.pdf_text_pages(data, max_pages=10, max_objects=5000) is True


# --- a written date with an apostrophe year ---------------------------------------------------


def test_month_day_and_an_apostrophe_year():
    assert [d.value for d in find_dates("Bill Date Apr 19 '24")] == [date(2024, 4, 19)]
    assert [d.value for d in find_dates("May 16 \u201924")] == [date(2024, 5, 16)]
    assert [d.value for d in find_dates("19 Apr \u201924")] == [date(2024, 4, 19)]
    # without the apostrophe, "Apr 19 24" may be a day and a quantity: no date
    assert find_dates("Apr 19 24") == []


# --- cents spaced off their decimal point -----------------------------------------------------


def test_cents_spaced_off_the_point_by_the_text_layer():
    def values(text):
        return [a.value for a in find_amounts(text)]

    assert values("Total Current Charges $112. 07") == [Decimal("112.07")]
    assert values("12. 07 EUR") == [Decimal("12.07")]
    assert values("12. 07   3. 00") == [Decimal("12.07"), Decimal("3.00")]
    # a date and a numbered list stay what they are
    assert Decimal("12.07") not in values("am 12. 07. 2024")
    assert Decimal("12.07") not in values("am 12. 07 2024")
    assert values("1. 20 items") == [Decimal("1"), Decimal("20")]
    # the line keeps its length: positions are still the line's
    amount = find_amounts("Total $112. 07")[0]
    assert (amount.start, amount.currency) == (len("Total $"), "USD")


# --- underscores drawn as text ----------------------------------------------------------------


def test_a_run_of_underscores_is_no_word_of_a_line():
    def word(text, x0, x1, top=100.0):
        return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + 10}

    lines = split_words_into_lines(
        [
            word("_" * 40, 200, 400),
            word("May", 405, 420),
            word("16", 422, 430),
            word("'24", 432, 445),
        ]
    )
    assert [(line.text, line.x0) for line in lines] == [("May 16 '24", 405)]
    lines = split_words_into_lines([word("Name", 10, 40), word("_x_", 45, 60)])
    assert [line.text for line in lines] == ["Name _x_"]


# --- a sender line over the envelope window, spaces alone between its parts ------------------


def test_a_sender_line_printed_with_spaces_alone():
    assert sender_line_parts("MADISON Hotel GmbH Schaarsteinweg 4 20459 Hamburg") == [
        "MADISON Hotel GmbH",
        "Schaarsteinweg 4",
        "20459 Hamburg",
    ]
    assert sender_line_parts("Au bon moulin SARL 12 rue de la Paix 75002 Paris") == [
        "Au bon moulin SARL",
        "12 rue de la Paix",
        "75002 Paris",
    ]
    # without a legal form, a person's or a customer's address line is no sender line
    assert sender_line_parts("Max Muster Hauptstr. 4 20459 Hamburg") is None
    assert sender_line_parts("Rechnung Nr 12 vom 20459 Hamburg") is None


def test_the_addressee_under_a_spaced_sender_line_is_no_vendor():
    lines = [
        line("MADISON", 40, 420),
        line("MADISON Hotel GmbH Schaarsteinweg 4 20459 Hamburg", 110),
        line("Apimeister Consulting GmbH", 140),
        line("Friedrichstr. 123", 154),
        line("10117 Berlin", 168),
        line("RECHNUNG", 240),
        line("Rechnungs.-Nr. 502875", 256),
        line("Datum: 14.06.19", 270),
        line("Übernachtung 110.00", 300),
        line("Total inkl. MwSt. EUR 440.00", 330),
    ]
    ext = rules.extract_from_lines(lines)
    assert ext.value("vendor_name") == "MADISON Hotel GmbH"


def test_a_legal_form_glued_to_the_name_by_the_ocr_is_set_apart():
    assert clean_company_name("MUSTERLIEFERANTGMBH") == "MUSTERLIEFERANT GMBH"
    assert clean_company_name("Dirk Rossmann GmbH") == "Dirk Rossmann GmbH"
    assert clean_company_name("GmbH") == "GmbH"


# --- a whole address on one line -------------------------------------------------------------


def test_a_street_and_its_zip_and_city_on_one_line_is_an_address():
    for text in (
        "Nydalsveien 12B, 0484 Oslo",
        "Hauptstr. 5, 10117 Berlin",
        "Bahnhofstrasse 1, 8001 Zürich",
    ):
        assert is_city_line(text) and looks_like_address(text), text
    for text in ("Acme GmbH, 8001 Zürich", "Tel 044 123 45 67, 8001 Zürich"):
        assert not is_city_line(text), text


def test_the_company_over_a_one_line_address_and_its_vat_id_is_the_vendor():
    lines = [
        line("Kvittering", 74, 312),
        line("Helge Sverre Liseth", 81, 43),
        line("Kanonhaugen 4", 91, 43),
        line("5097 Bergen", 101, 43),
        line("Fakturanummer 9174178796", 109, 312),
        line("Dato 30.11.2023", 124, 312),
        line("Totalt inkl. mva NOK 899,00", 293, 31),
        line("Elkjøp Norge AS", 576, 333),
        line("Nydalsveien 12B, 0484 Oslo", 591, 333),
        line("Org. nr.: 947054600", 605, 333),
        line("Moms nr.: NO947054600MVA Foretaksregistrert", 620, 333),
    ]
    ext = rules.extract_from_lines(lines)
    assert ext.value("vendor_name") == "Elkjøp Norge AS"


# --- no VAT charged, and the page says why: the amounts are net -----------------------------


def test_a_small_business_bill_without_vat_is_net():
    lines = [
        line("Kerstin Humm · Hauptstr. 1 · 54321 Potsdam", 100),
        line("Erika Mustermann", 130),
        line("Musterallee 3", 142),
        line("12345 Musterstadt", 154),
        line("Rechnung #2023-001", 220),
        line("Potsdam, 03.09.2024", 220, 700),
        line("1. Beratung", 260),
        line("200,00", 260, 900),
        line("2. Umsetzung", 275),
        line("150,20", 275, 900),
        line("Gesamt: 350,20", 300, 800),
        line("Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.", 340),
        line("Steuernummer: 12345/67890", 360),
    ]
    ext = rules.extract_from_lines(lines)
    assert ext.value("amount_total") == Decimal("350.20")
    assert ext.value("amount_untaxed") == Decimal("350.20")
    assert [(t.rate, t.category) for t in ext.taxes] == [(Decimal(0), "E")]


# --- a date whose day and month could be swapped ----------------------------------------------


def test_a_date_that_could_be_either_order_is_unsettled_unless_the_page_settles_it():
    day = date(2025, 8, 1)
    assert order_unsettled(["Invoice date 01-08-2025"], day)
    assert not order_unsettled(["Invoice date 01-08-2025", "Delivery 01-28-2025"], day)
    assert not order_unsettled(["Rechnungsdatum 01.08.2025"], day)  # dots: day first
    assert not order_unsettled(["Invoice date 13-08-2025"], date(2025, 8, 13))


def test_an_unsettled_invoice_date_is_kept_below_the_posting_bar():
    lines = [
        line("Pop Trading Company B.V.", 40),
        line("Invoice V01250009", 120),
        line("Invoice date 01-08-2025", 134),
        line("Total EUR 1,210.00", 300),
    ]
    ext = rules.extract_from_lines(lines)
    assert ext.value("invoice_date") == date(2025, 8, 1)  # read day first, as in Europe
    assert ext.fields["invoice_date"].confidence <= 0.8
    lines[2] = line("Invoice date 13-08-2025", 134)
    assert rules.extract_from_lines(lines).fields["invoice_date"].confidence > 0.8


def test_a_suite_number_after_the_street_is_no_city():
    assert not is_city_line("800 Boylston Street, Suite 2475")
    assert is_city_line("12 High Street, London SW1A 1AA")


# --- each amount printed twice, in two currencies ---------------------------------------------


def _two_currency_columns(label: str) -> list[TextLine]:
    rows = [
        ("Semrush Inc.", 309, 61),
        (label, 21, 150),
        ("INVOICE: #XZZ5672", 208, 201),
        ("USD", 382, 280),
        ("EUR", 468, 280),
        ("PRO 1 month Recurring", 126, 296),
        ("119.95", 373, 296),
        ("109.15", 458, 296),
        ("TOTAL AT CHECKOUT", 229, 342),
        ("119.95", 373, 342),
        ("109.15", 458, 342),
    ]
    return [line(text, top, x0) for text, x0, top in rows]


def test_the_column_of_the_labelled_currency_holds_the_bills_amounts():
    ext = rules.extract_from_lines(_two_currency_columns("PAYMENT CURRENCY: USD"))
    assert (ext.value("currency"), ext.value("amount_total")) == ("USD", Decimal("119.95"))
    ext = rules.extract_from_lines(_two_currency_columns("PAYMENT CURRENCY: EUR"))
    assert (ext.value("currency"), ext.value("amount_total")) == ("EUR", Decimal("109.15"))
