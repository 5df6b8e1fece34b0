"""Vendor name and VAT id on layouts of other writers, stop 31 (fincycle.extraction): an icon
font's glyph, a brand over its legal name, a "Bill To :" label beside the customer's name with
the customer's VAT id under the label, a "Remit to" office below the letterhead. Each rule has
a case that must not trigger it."""

from datetime import date

import pytest

from fincycle.extraction.company_names import clean_company_name
from fincycle.extraction.dates import find_dates, guess_order
from fincycle.extraction.layout import Doc
from fincycle.extraction.parties import find_customer_block
from fincycle.extraction.text import _trim_tall_boxes, char_text
from fincycle.testing.text_layer import row_fields, text_lines

layout, fields = text_lines, row_fields


def test_an_icon_glyph_is_no_letter():
    assert char_text(0xF1AD) == ""  # Font Awesome's building icon
    assert char_text(0xE000) == ""
    assert char_text(0xD800) == ""
    assert char_text(0) == ""
    assert char_text(ord("G")) == "G"
    assert char_text(0xFB01) == "\ufb01"  # a ligature is text


_TOTALS = [
    ("Subtotal", 400, 470),
    ("541.10", 520, 470),
    ("Tax 15%", 400, 482),
    ("81.17", 520, 482),
    ("Total", 400, 500),
    ("622.27", 520, 500),
]


@pytest.mark.parametrize(
    ("brand", "legal", "expected"),
    [
        ("GEMINI FURNITURE", "Gemini Furniture Limited", "Gemini Furniture Limited"),
        ("MÜLLER HOLZBAU", "Müller Holzbau GmbH", "Müller Holzbau GmbH"),
        ("ATELIER ROSSI", "Atelier Rossi S.r.l.", "Atelier Rossi S.r.l."),
        # a brand over the rest of its name: both make the name
        ("MEDIA MARKT", "TV-Hifi-Elektro GmbH", "MEDIA MARKT TV-Hifi-Elektro GmbH"),
    ],
)
def test_a_brand_over_its_legal_name(brand, legal, expected):
    rows = [
        ("INVOICE", 455, 30, 24),
        (brand, 31, 36, 27),
        (legal, 31, 85),
        ("317 Fairchild Drive", 37, 105),
        ("Fairchild, California, United States", 53, 125),
        ("info@example.com", 53, 140),
        ("Invoice no. INV/2018/0057", 316, 205),
        ("Date 09/17/2018", 316, 219),
        *_TOTALS,
    ]
    assert fields(rows)["vendor_name"] == expected


def _bill_to(vat_x0):
    return [
        ("GEMINI FURNITURE", 31, 36, 20),
        ("Gemini Furniture Limited", 31, 84),
        ("317 Fairchild Drive", 37, 104),
        ("info@geminifurniture.com", 53, 143),
        ("invoice no.", 316, 205),
        ("DATE", 460, 205),
        ("INV/2018/0057", 316, 219),
        ("09/17/2018", 460, 219),
        ("Odoo SA", 134, 249),
        ("Bill To :", 58, 251),
        ("Chaussée de Namur 40", 134, 262),
        ("Grand-Rosière", 134, 275),
        ("1367", 134, 288),
        ("Belgium", 134, 300),
        ("VAT No.: BE0477.472.701", vat_x0, 322),
        *_TOTALS,
    ]


def test_the_customer_vat_under_the_bill_to_label_is_not_the_vendors():
    got = fields(_bill_to(vat_x0=58))
    assert got.get("vendor_vat") is None
    assert got["customer_vat"] == "BE0477472701"
    assert got["vendor_name"] == "Gemini Furniture Limited"


def test_a_vat_id_far_from_the_customer_block_stays_the_vendors():
    # under the middle of the page, neither under the label nor under the address
    assert fields(_bill_to(vat_x0=300))["vendor_vat"] == "BE0477472701"


@pytest.mark.parametrize(
    ("letterhead", "expected"),
    [("CONTOSO LTD.", "CONTOSO LTD."), (None, "Contoso Billing")],
)
def test_a_remit_to_office_gives_way_to_the_letterhead(letterhead, expected):
    rows = [
        *([(letterhead, 40, 40, 14)] if letterhead else []),
        ("Contoso Headquarters", 40, 60),
        ("123 456th St", 40, 72),
        ("New York, NY, 10001", 40, 84),
        ("INVOICE", 400, 40, 18),
        ("INVOICE: INV-100", 400, 120),
        ("INVOICE DATE: 11/15/2019", 400, 132),
        ("BILL TO:", 40, 160),
        ("Microsoft Finance", 40, 172),
        ("123 Bill St,", 40, 184),
        ("Redmond WA, 98052", 40, 196),
        ("SUBTOTAL", 400, 400),
        ("$100.00", 500, 400),
        ("SALES TAX", 400, 412),
        ("$10.00", 500, 412),
        ("TOTAL", 400, 424),
        ("$110.00", 500, 424),
        ("REMIT TO:", 40, 600),
        ("Contoso Billing", 40, 612),
        ("123 Remit St", 40, 624),
        ("New York, NY, 10001", 40, 636),
    ]
    assert fields(rows)["vendor_name"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mystikoe Web Services Pvt Ltd(2023-24)", "Mystikoe Web Services Pvt Ltd"),
        ("Acme Trading SA (FY 2023/24)", "Acme Trading SA"),
        ("Müller Bau GmbH (2024)", "Müller Bau GmbH"),
        ("Acme (Schweiz) AG", "Acme (Schweiz) AG"),  # no year: part of the name
        ("Bar Ltd (123)", "Bar Ltd (123)"),
    ],
)
def test_a_year_tag_after_the_name_is_no_part_of_it(text, expected):
    assert clean_company_name(text) == expected


def _field_grid_over_the_sender(grid):
    return [
        ("Tax Invoice", 250, 20, 12),
        *grid,
        ("Invoice No.", 300, 150),
        ("MYS-91021146", 300, 162),
        ("Mystikoe Web Services Pvt Ltd(2023-24)", 40, 150),
        ("#273, 4th Floor, 15th Cross", 40, 162),
        ("Bangalore 560078", 40, 174),
        ("E-Mail : accounts@mystikoe.ai", 40, 186),
        ("Total", 300, 500),
        ("81,576.68", 450, 500),
        ("This is a Computer Generated Invoice", 200, 800),
    ]


@pytest.mark.parametrize(
    "grid",
    [
        # labels whose values stand right of them after a colon
        [("IRN", 40, 70), (": b00e982e3c22028617780ac6674e", 110, 70), ("Ack No.", 40, 82)],
        # a label over its date
        [("Dated", 300, 70), ("2-Aug-23", 300, 82), ("Mode/Terms of Payment", 300, 94)],
    ],
)
def test_a_field_grid_above_the_sender_names_no_one(grid):
    assert fields(_field_grid_over_the_sender(grid))["vendor_name"] == (
        "Mystikoe Web Services Pvt Ltd"
    )


def test_a_name_over_its_address_above_the_sender_block_is_still_the_letterhead():
    # the negative case: a name block at the top is the letterhead, the rule skips fields only
    rows = _field_grid_over_the_sender([("Rossi Impianti", 300, 70), ("Via Roma 12", 300, 82)])
    assert fields(rows)["vendor_name"] == "Rossi Impianti"


def _window_letter(return_size):
    """A German letter: the sender's letterhead top right, its return address printed small
    over the addressee in the window, then the invoice's fields."""
    return [
        ("Obelix GmbH & Co. KG", 374, 46, 15),
        ("Obelix GmbH & Co. KG", 57, 159 - 2.2 * return_size - 4, return_size),
        ("Am Steinbruch 1 · 12345 Dorf", 57, 159 - 1.1 * return_size - 2, return_size),
        ("Hinkelsteininvest SE", 57, 159, 11),
        ("- Abteilung Ankauf -", 55, 177, 11),
        ("Lager 3", 57, 195, 11),
        ("1234 Laudanum", 57, 213, 11),
        ("Rechnungsdatum:", 364, 217, 11),
        ("21.04.2025", 483, 217, 11),
        ("Rechnungsnummer:", 364, 231, 11),
        ("2025-001", 491, 231, 11),
        ("Summe Netto", 300, 600, 11),
        ("3 585,00 €", 480, 600, 11),
        ("Umsatzsteuer 19%", 300, 614, 11),
        ("681,15 €", 480, 614, 11),
        ("Summe Brutto", 300, 628, 11),
        ("4 266,15 €", 480, 628, 11),
        ("Obelix GmbH & Co. KG · Am Steinbruch 1 · Geschäftsführer: Obelix", 57, 800, 7),
    ]


def test_the_return_address_in_the_window_is_the_senders():
    got = fields(_window_letter(return_size=7))
    assert got["vendor_name"] == "Obelix GmbH & Co. KG"
    assert got["customer_name"] == "Hinkelsteininvest SE"


def _customer_block_lines(rows):
    doc = Doc(layout(rows), (), ())
    find_customer_block(doc)
    return [doc.lines[i].text for i in doc.blocks[doc.customer_block].indexes]


def test_only_a_smaller_first_line_leaves_the_customer_block():
    assert _customer_block_lines(_window_letter(return_size=7))[0] == "Hinkelsteininvest SE"
    # the negative case: no return address, the name a little smaller than the address (10 pt
    # over 11 pt): the block keeps its first line
    rows = _window_letter(return_size=7)
    rows = [r for r in rows if r[2] > 150 or r[2] < 100]  # without the return address
    rows.append(("Kunde:", 57, 145, 11))
    rows = [(t, x, y, 10) if t == "Hinkelsteininvest SE" else (t, x, y, z) for t, x, y, z in rows]
    assert _customer_block_lines(rows)[0] == "Hinkelsteininvest SE"


def test_polish_seller_and_buyer_sections_and_a_labelled_value_are_no_letterhead():
    rows = [
        ("Faktura nr FV 7/2021", 214, 71, 14),
        ("Data wystawienia:", 39, 93),
        ("2021-07-30", 196, 93),
        ("Termin płatności:", 39, 110),
        ("2021-08-13", 196, 110),
        ("Metoda płatności:", 300, 110),
        ("przelew", 457, 110),
        ("Sprzedawca", 39, 165, 12),
        ("Nabywca", 300, 165, 12),
        ("Simple App", 39, 183),
        ("Kowalski Sp. z o.o.", 300, 183),
        ("ul. Nieznana 1", 39, 193),
        ("al. Nieznana 2", 300, 193),
        ("11-111 Olsztyn", 39, 203),
        ("22-222 Gdynia", 300, 203),
        ("Razem", 300, 400),
        ("27 333,06 zł", 450, 400),
        ("Strona: 1 / 1", 250, 800),
    ]
    assert fields(rows)["vendor_name"] == "Simple App"


def _glyph(size, top, bottom, ink):
    return {"text": "P", "size": size, "x0": 0, "x1": 6, "top": top, "bottom": bottom, "ink": ink}


def test_a_font_with_a_towering_ascent_gets_boxes_of_its_size():
    tall = [_glyph(10.0, 127.5, 150.4, 7.2), _glyph(10.0, 127.5, 150.4, 5.1)]
    _trim_tall_boxes(tall)
    assert [round(g["top"], 1) for g in tall] == [137.4, 137.4]
    assert [g["bottom"] for g in tall] == [150.4, 150.4]


def test_boxes_that_tell_the_size_are_kept():
    # a text matrix scaling 1-unit fonts up: the letters' ink is taller than the size says
    scaled = [_glyph(2.0, 100.0, 112.0, 7.0), _glyph(2.0, 100.0, 112.0, 7.2)]
    # an ordinary font: the loose box is 1.2 sizes high
    plain = [_glyph(10.0, 100.0, 112.0, 7.0)]
    _trim_tall_boxes(scaled)
    _trim_tall_boxes(plain)
    assert [g["top"] for g in scaled + plain] == [100.0, 100.0, 100.0]


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("01-28-2025", "dmy", date(2025, 1, 28)),  # month first: no other reading
        ("28-01-2025", "mdy", date(2025, 1, 28)),  # day first: no other reading
        ("05-01-2025", "mdy", date(2025, 5, 1)),  # the page's order decides
        ("05-01-2025", "dmy", date(2025, 1, 5)),
        ("05.01.2025", "mdy", date(2025, 1, 5)),  # a dotted date is day first
        ("13/13/2025", "dmy", None),
    ],
)
def test_a_numeric_date_read_month_first_only_when_it_must_or_the_page_does(text, order, expected):
    found = find_dates(text, order)
    assert (found[0].value if found else None) == expected


def test_a_dash_date_that_reads_only_month_first_sets_the_pages_order():
    assert guess_order(["Invoice date 01-28-2025", "Due 02-05-2025"]) == "mdy"
    assert guess_order(["Factuurdatum 28-01-2025", "Vervaldatum 02-05-2025"]) == "dmy"


def _client_and_buyer(second_block_vat):
    return [
        ("Invoice No. 15293", 40, 40, 14),
        ("Client", 40, 90),
        ("Fliis Trade, UAB", 40, 102),
        ("Saltoniškių g. 9-101", 40, 114),
        ("08105 Vilnius", 40, 126),
        ("Tax/VAT No.: LT100007828811", 40, 138),
        ("Buyer", 300, 90),
        ("Fliis Trade, UAB", 300, 102),
        ("Saltoniškių g. 9-101", 300, 114),
        ("08105 Vilnius", 300, 126),
        (f"Tax/VAT No.: {second_block_vat}", 300, 138),
        ("Subtotal: 36,00", 400, 400),
        ("Tax: 0,00", 400, 412),
        ("Total (EUR): 36,00", 400, 424),
        ("Invoice issued by:", 40, 600),
        ("Sound and Vision OÜ", 40, 612),
        ("Laki põik 6", 40, 624),
        ("12919 Tallinn", 40, 636),
        ("Tax/VAT No.: EE101103673", 40, 648),
        ("Page 1", 40, 800),
    ]


def test_the_customers_id_printed_in_a_second_block_stays_the_customers():
    assert fields(_client_and_buyer("LT100007828811"))["vendor_vat"] == "EE101103673"


def test_the_vendors_id_printed_twice_is_not_taken_for_the_customers():
    # the negative case: the vendor's id in its header and footer, the customer's once
    rows = [r for r in _client_and_buyer("x") if r[1] != 300]
    rows.append(("VAT EE101103673", 400, 40))
    got = fields(rows)
    assert got["vendor_vat"] == "EE101103673"
    assert got.get("customer_vat") == "LT100007828811"
