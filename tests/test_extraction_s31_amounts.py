"""Amounts and VAT rows on layouts of other writers, stop 31 (fincycle.extraction): totals
labelled "without VAT" / "with VAT", a VAT rate alone on the row above its VAT, India's CGST and
SGST halves of one rate, no VAT rate implied on a US sales tax. Each rule has a case that must
not trigger it."""

from decimal import Decimal

import pytest

from fincycle.extraction.amount_rows import Row, row_groups
from fincycle.extraction.model import TextLine
from fincycle.extraction.rules import extract_from_lines


def layout(rows, size=10.0):
    """Text-layer lines (points) from (text, x0, top[, size]) rows."""
    out = []
    for row in rows:
        text, x0, top = row[:3]
        s = row[3] if len(row) > 3 else size
        out.append(TextLine(text, 0, x0, top, x0 + 0.5 * s * len(text), top + s, 1.0))
    return out


def read(rows):
    return extract_from_lines(layout(rows), source="pdf")


def fields(rows):
    return {name: f.value for name, f in read(rows).fields.items()}


def taxes(ext):
    return sorted((t.rate, t.base, t.amount) for t in ext.taxes)


D = Decimal


def _header(title="Invoice", number=("Invoice Number:", "INV-77")):
    return [
        (title, 330, 26, 20),
        (number[0], 330, 49),
        (number[1], 330, 65),
        ("Date:", 330, 112),
        ("22/10/21", 330, 128),
        ("Big Corp", 330, 190),
        ("2 Flowers Street, London", 330, 205),
        ("Nike Air Max", 30, 423),
        ("1", 330, 423),
        ("53 EUR", 490, 423),
    ]


# --- "without VAT" / "with VAT", and the rate on the row above its VAT ------------------------------


@pytest.mark.parametrize(
    ("untaxed", "rate", "tax", "total"),
    [
        ("Total without VAT", "VAT Rate", "VAT Paid", "Total paid with VAT"),
        ("Total sans TVA", "Taux de TVA", "Montant TVA", "Total avec TVA"),
        ("Summe ohne MwSt.", "MwSt.-Satz", "MwSt. Betrag", "Summe mit MwSt."),
        ("Totale senza IVA", "Aliquota IVA", "Importo IVA", "Totale con IVA"),
        ("Totaal zonder btw", "Btw-tarief", "Btw-bedrag", "Totaal met btw"),
    ],
)
def test_totals_without_and_with_vat_and_a_rate_over_its_vat(untaxed, rate, tax, total):
    rows = [
        *_header(),
        (untaxed, 330, 525),
        ("43 EUR", 490, 525),
        (rate, 330, 548),
        ("20%", 490, 548),
        (tax, 330, 572),
        ("8.6 EUR", 490, 572),
        (total, 330, 595),
        ("51.6 EUR", 490, 595),
    ]
    ext = read(rows)
    assert ext.value("amount_untaxed") == D("43.00")
    assert ext.value("amount_tax") == D("8.60")
    assert ext.value("amount_total") == D("51.60")
    assert taxes(ext) == [(D("20"), D("43.00"), D("8.60"))]


def test_a_rate_over_a_vat_row_with_its_own_rate_keeps_that_rate():
    rows = [
        *_header(),
        ("Subtotal", 330, 525),
        ("43.00 EUR", 490, 525),
        ("VAT rate 20%", 330, 548),
        ("VAT 10%", 330, 572),
        ("4.30 EUR", 490, 572),
        ("Total", 330, 595),
        ("47.30 EUR", 490, 595),
    ]
    ext = read(rows)
    assert [t.rate for t in ext.taxes] == [D("10")]
    assert ext.value("amount_tax") == D("4.30")


def test_a_total_with_vat_is_no_vat_amount():
    rows = [*_header(), ("Total with VAT", 330, 595), ("51.60 EUR", 490, 595)]
    ext = read(rows)
    assert ext.value("amount_total") == D("51.60")
    assert ext.value("amount_tax") is None


# --- CGST and SGST: two halves of one rate ------------------------------------------------------


def _gst(rows):
    return [
        ("Prerna Tax Financial Services", 48, 55, 14),
        ("GSTIN 24ABHPT7057L1Z3", 48, 92),
        ("TAX INVOICE", 430, 94, 16),
        ("Invoice No : INV-000007", 44, 124),
        ("Invoice Date : 11/12/2023", 44, 135),
        *rows,
    ]


def test_cgst_and_sgst_at_one_rate_are_two_rows():
    ext = read(
        _gst(
            [
                ("Sub Total (Tax Inclusive)", 420, 320),
                ("135.01", 536, 320),
                ("CGST2.5 (2.5%)", 413, 339),
                ("3.21", 545, 339),
                ("SGST2.5 (2.5%)", 413, 351),
                ("3.21", 545, 351),
                ("Total", 447, 363),
                ("₹135.01", 531, 363),
            ]
        )
    )
    assert taxes(ext) == [(D("2.5"), None, D("3.21")), (D("2.5"), None, D("3.21"))]
    assert ext.value("amount_tax") == D("6.42")
    assert ext.value("amount_total") == D("135.01")


def test_igst_is_one_tax_row():
    ext = read(
        _gst(
            [
                ("Sub Total", 420, 320),
                ("1,000.00", 536, 320),
                ("IGST18 (18%)", 413, 339),
                ("180.00", 545, 339),
                ("Total", 447, 363),
                ("₹1,180.00", 531, 363),
            ]
        )
    )
    assert taxes(ext) == [(D("18"), D("1000.00"), D("180.00"))]


def test_one_rate_read_twice_is_still_one_row():
    ext = read(
        _gst(
            [
                ("VAT 19% on 100.00", 380, 320),
                ("19.00", 545, 320),
                ("VAT 19%", 413, 339),
                ("19.00", 545, 339),
                ("Total", 447, 363),
                ("119.00 EUR", 531, 363),
            ]
        )
    )
    assert taxes(ext) == [(D("19"), D("100.00"), D("19.00"))]


def _groups(text):
    return [(g.kind, [a.value for a in g.amounts]) for g in row_groups(Row(text, 0, 0, 10, 0, 300))]


def test_a_number_glued_to_a_tax_name_is_part_of_its_label():
    assert _groups("CGST2.5 (2.5%)  3.21") == [("tax", [D("3.21")])]
    assert _groups("UTGST9 (9%)  9.00") == [("tax", [D("9.00")])]


def test_money_glued_to_a_label_stays_money():
    # OCR glues a receipt's sum to its label: the amount is no part of the label
    assert _groups("SUMME19,99") == [("total", [D("19.99")])]
    # a code before an amount of another label's group is left alone
    assert _groups("Art. A4  Total  12.00")[-1] == ("total", [D("12.00")])


# --- a VAT rate implied from the amounts: not on a US sales tax ---------------------------------


def _no_rate(currency_before, currency_after):
    def money(value):
        return f"{currency_before}{value}{currency_after}"

    return [
        ("CONTOSO LTD.", 40, 40, 14),
        ("INVOICE", 400, 40, 18),
        ("INVOICE: INV-100", 400, 120),
        ("INVOICE DATE: 11/15/2019", 400, 132),
        ("SUBTOTAL", 400, 400),
        (money("100.00"), 500, 400),
        ("SALES TAX" if currency_before == "$" else "VAT", 400, 412),
        (money("10.00"), 500, 412),
        ("TOTAL", 400, 424),
        (money("110.00"), 500, 424),
    ]


def test_a_us_sales_tax_without_rate_gives_no_tax_row():
    ext = read(_no_rate("$", ""))
    assert ext.value("currency") == "USD"
    assert ext.value("amount_tax") == D("10.00")
    assert ext.taxes == []


@pytest.mark.parametrize(("before", "after"), [("", " EUR"), ("CHF ", ""), ("£", "")])
def test_a_vat_without_rate_in_a_vat_currency_still_implies_the_usual_rate(before, after):
    ext = read(_no_rate(before, after))
    assert taxes(ext) == [(D("10"), D("100.00"), D("10.00"))]
