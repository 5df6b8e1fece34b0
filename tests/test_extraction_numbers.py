"""Amounts and percentages in every printed style; things that only look like amounts."""

from decimal import Decimal

import pytest

from fincycle.extraction.numbers import (
    currency_code,
    find_amounts,
    find_percents,
    parse_amount,
    parse_percent,
)

D = Decimal


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1'234.50", "1234.50"),
        ("1\u2019234.50", "1234.50"),  # typographic apostrophe
        ("1 234,50", "1234.50"),
        ("1\u00a0234,50", "1234.50"),  # no-break space
        ("1\u202f234,50", "1234.50"),  # narrow no-break space
        ("1.234,50", "1234.50"),
        ("1,234.50", "1234.50"),
        ("12'345'678.90", "12345678.90"),
        ("1234.5", "1234.5"),
        ("-18,84", "-18.84"),
        ("(18.84)", "-18.84"),
        ("18.84-", "-18.84"),
        ("CHF 12.\u2013", "12"),
        ("12.-", "12"),
        ("Total CHF 1'789.20", "1789.20"),
        ("EUR534,36", "534.36"),  # OCR glued the currency
        ("1O9.20", "109.20"),  # OCR letter O for a zero
        ("Rundungsdifferenz CHF -0.01", "-0.01"),
        ("Total 12.", "12"),
    ],
)
def test_parse_amount_styles(text, expected):
    assert parse_amount(text) == D(expected)


def test_amount_attributes():
    (a,) = find_amounts("Total TTC 1 713,38 €")
    assert (a.value, a.decimals, a.grouped, a.currency) == (D("1713.38"), 2, True, "EUR")
    assert a.money_like
    (b,) = find_amounts("Fr. 12.-")
    assert b.decimals == 2 and b.currency == "CHF"
    (c,) = find_amounts("Menge 15")
    assert not c.money_like


def test_several_amounts_on_one_line():
    values = [a.value for a in find_amounts("TVA 8,1 % sur 4 897,29 396,68 EUR")]
    assert values == [D("4897.29"), D("396.68")]
    values = [a.value for a in find_amounts("CHF 1 789.20 CHF 1 789.20")]
    assert values == [D("1789.20"), D("1789.20")]
    values = [a.value for a in find_amounts("Kopierpapier 49 5.68 8.1% 278.32")]
    assert values == [D(49), D("5.68"), D("278.32")]


def test_space_groups_can_be_switched_off():
    assert [a.value for a in find_amounts("Service 2 113,78")] == [D("2113.78")]
    assert [a.value for a in find_amounts("Service 2 113,78", space_groups=False)] == [
        D(2),
        D("113.78"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "21.09.2022",
        "Date: 2024-03-10",
        "du 02/10 au 01/11",
        "Montant prélevé le 16 novembre 2019",
        "Datum: 11. März 2014",
        "Tel. +41 52 113 11 34",
        "Tél. +33 1 85 15 93 41",
        "IBAN CH69 0839 0993 7977 4614 6",
        "IBAN FR76 1820 6424 8439 3412 3121 897",
        "UID CHE-645.809.099 MWST",
        "Mo.-Fr. 08.30 - 12.30 Uhr",
        "Nr. 00.123.456.7",
        "Rechnung 2024.84293",
        "N° de compte client : 1.40660897",
        "Avoir n° AV-2024.49391",
        "TVA 20 %",
        "MWST 8.1%",
        "N° de facture : 11608848301659",
        "Fax 0123/45678",
    ],
)
def test_not_amounts(text):
    assert [a for a in find_amounts(text) if a.money_like] == []


def test_dash_inside_a_word_is_no_minus():
    assert all(a.value > 0 for a in find_amounts("FA2507-90754 INV-12.50"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8.1 %", "8.1"),
        ("8,1%", "8.1"),
        ("5,5 %", "5.5"),
        ("20,00 %", "20"),
        ("TVA20%", "20"),
        ("2..6%", "2.6"),
        ("0 %", "0"),
        ("Aliq.8.1%", "8.1"),
    ],
)
def test_percentages(text, expected):
    assert parse_percent(text) == D(expected)


def test_percentages_are_not_amounts():
    text = "Brot 15 kg 10.20 2.6% 153.00"
    assert [p.value for p in find_percents(text)] == [D("2.6")]
    assert D("2.6") not in [a.value for a in find_amounts(text)]
    assert parse_percent("150 %") is None
    assert parse_percent("12.5%") == D("12.5")  # no percentage starts inside a number


def test_currency_codes():
    assert currency_code("€") == "EUR"
    assert currency_code("SFr.") == "CHF"
    assert currency_code("Fr.") == "CHF"
    assert currency_code("£") == "GBP"
    assert currency_code("usd") == "USD"
