"""Totals on layouts of other writers, stop 31 (fincycle.extraction.amounts): a total above a
discount that a lower amount due prints deducted, and a label of another column on the
amount's row. Each rule has a case that must not trigger it."""

from decimal import Decimal

import pytest

from fincycle.extraction.labels import fold
from fincycle.testing.text_layer import row_fields

fields = row_fields


_HEAD = [
    ("Pop Trading Company", 450, 40),
    ("Sint Annendwarsstraat 3 a", 450, 52),
    ("1012 HC AMSTERDAM", 450, 64),
    ("Invoice number V01250057", 30, 100),
    ("Invoice date 28.01.2025", 30, 112),
]


@pytest.mark.parametrize(
    ("words", "discount", "net"),
    [
        (("Total", "discount on", "Total excl. VAT:", "To pay:"), "736,64", "8.471,36"),
        (("Gesamt", "Rabatt auf", "Summe netto:", "Zahlbetrag:"), "736,64", "8.471,36"),
        (("Total", "remise sur", "Total HT :", "Net à payer :"), "736,64", "8.471,36"),
    ],
)
def test_a_total_above_a_deducted_discount_is_the_goods_before_it(words, discount, net):
    total, disc, untaxed, due = words
    rows = [
        *_HEAD,
        (total, 30, 300),
        ("9.208,00", 528, 300),
        (f"8,00% {disc} 9.208,00:", 392, 500),
        (discount, 537, 500),
        (untaxed, 392, 512),
        (net, 530, 512),
        ("IBAN: NL05INGB0006111027", 30, 536),
        (due, 392, 536),
        (f"EUR {net}", 509, 536),
        ("Page 1", 30, 800),
    ]
    got = fields(rows)
    assert got["amount_total"] == Decimal("8471.36")
    assert got["amount_untaxed"] == Decimal("8471.36")


def test_a_discount_that_no_lower_amount_deducts_leaves_the_total():
    # the negative case: the amount due is the total itself (a discount on a later order)
    rows = [
        *_HEAD,
        ("Subtotal", 392, 480),
        ("7.738,66", 528, 480),
        ("VAT 19%", 392, 490),
        ("1.470,34", 528, 490),
        ("Total", 392, 500),
        ("9.209,00", 528, 500),
        ("8,00% discount on your next order:", 392, 512),
        ("736,64", 537, 512),
        ("To pay:", 392, 536),
        ("EUR 9.209,00", 509, 536),
        ("Page 1", 30, 800),
    ]
    assert fields(rows)["amount_total"] == Decimal("9209.00")


def test_the_label_nearest_the_amount_names_it_when_the_row_holds_two_columns():
    rows = [
        *_HEAD,
        ("Net amount", 392, 480),
        ("100,00", 528, 480),
        ("VAT 21%", 392, 492),
        ("21,00", 528, 492),
        ("IBAN: NL05INGB0006111027", 30, 520),
        ("Amount due:", 392, 520),
        ("EUR 121,00", 509, 520),
        ("Page 1", 30, 800),
    ]
    got = fields(rows)
    assert got["amount_total"] == Decimal("121.00")
    assert got["vendor_iban"] == "NL05INGB0006111027"


def _faktura(currency_word):
    return [
        ("Faktura nr FV 7/2021", 214, 71),
        ("Data wystawienia:", 39, 93),
        ("2021-07-30", 196, 93),
        ("Termin płatności:", 39, 110),
        ("2021-08-13", 196, 110),
        ("Sprzedawca", 39, 165),
        ("Simple App", 39, 183),
        ("ul. Nieznana 1", 39, 193),
        ("11-111 Olsztyn", 39, 203),
        ("Stawka VAT Wartość netto Kwota VAT Wartość brutto", 39, 300),
        ("23% 22 222,00 5 111,06 27 333,06", 39, 312),
        (f"Do zapłaty 27 333,06 {currency_word}", 300, 330),
        ("Strona: 1 / 1", 250, 800),
    ]


def test_polish_dates_and_the_zloty():
    got = fields(_faktura("zł"))
    assert got["invoice_date"].isoformat() == "2021-07-30"
    assert got["due_date"].isoformat() == "2021-08-13"
    assert got["currency"] == "PLN"


def test_a_word_ending_in_zl_is_no_currency():
    # the negative case: "zł" glued to a word ("Kozłowski") and no sign after the amount
    rows = [r for r in _faktura("") if not r[0].startswith("Simple")]
    rows.append(("Kozłowski zł-Handel", 39, 183))
    assert fields(rows).get("currency") != "PLN"


def test_a_stroked_letter_folds_to_its_base():
    assert fold("Termin płatności Ørsted Đurić") == "termin platnosci orsted duric"
    assert len(fold("łŁøØđĐ")) == 6


def _freelancer(tax_line):
    return [
        ("Joe Shmoe Consulting LLC", 40, 40),
        ("5555 Front St.", 40, 52),
        ("Toledo, OH 43602", 40, 64),
        ("Invoice To:", 40, 100),
        ("ACME Corporation", 40, 112),
        ("Date: October 15, 2011", 400, 100),
        ("Invoice No. 2011-10", 400, 112),
        ("Consulting Services", 40, 200),
        ("January 3, 2011 8.00 hours $12.51 $100.08", 40, 212),
        ("Subtotal 33.50 hours $419.08", 40, 300),
        ("Hosting Expenses", 40, 320),
        ("Ajax Hosting $60.00", 40, 332),
        *([tax_line] if tax_line else []),
        ("Balance Due $479.08", 300, 400),
        ("Page 1", 40, 800),
    ]


def test_hours_before_the_amount_are_no_amount_and_a_page_without_vat_is_untaxed():
    got = fields(_freelancer(None))
    assert got["amount_total"] == Decimal("479.08")
    assert got["amount_untaxed"] == Decimal("479.08")  # no phantom 60.00 of tax
    assert not got.get("amount_tax")


def test_a_page_naming_a_tax_keeps_the_difference_as_tax():
    # the negative case: a sales tax line printed without its amount on the row
    got = fields(_freelancer(("Sales tax included below", 300, 380)))
    assert got["amount_untaxed"] == Decimal("419.08")
    assert got["amount_tax"] == Decimal("60.00")
