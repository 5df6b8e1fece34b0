"""Vendor name and VAT id on layouts of other writers, stop 31 (fincycle.extraction): an icon
font's glyph, a brand over its legal name, a "Bill To :" label beside the customer's name with
the customer's VAT id under the label, a "Remit to" office below the letterhead. Each rule has
a case that must not trigger it."""

import pytest

from fincycle.extraction.company_names import clean_company_name
from fincycle.extraction.model import TextLine
from fincycle.extraction.rules import extract_from_lines
from fincycle.extraction.text import char_text


def layout(rows, size=10.0):
    """Text-layer lines (points) from (text, x0, top[, size]) rows."""
    out = []
    for row in rows:
        text, x0, top = row[:3]
        s = row[3] if len(row) > 3 else size
        out.append(TextLine(text, 0, x0, top, x0 + 0.5 * s * len(text), top + s, 1.0))
    return out


def fields(rows):
    ext = extract_from_lines(layout(rows), source="pdf")
    return {name: f.value for name, f in ext.fields.items()}


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
