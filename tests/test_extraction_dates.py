"""Date parsing in French, German, Italian and English (fincycle.extraction.dates)."""

from datetime import date

import pytest

from fincycle.extraction import dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("21.09.2022", date(2022, 9, 21)),
        ("21/09/2022", date(2022, 9, 21)),
        ("2022-09-21", date(2022, 9, 21)),
        ("21.09.22", date(2022, 9, 21)),
        ("Lausanne, le 13 décembre 2024", date(2024, 12, 13)),
        ("1er mars 2024", date(2024, 3, 1)),
        ("21. September 2022", date(2022, 9, 21)),
        ("Bern, 11. März 2014", date(2014, 3, 11)),
        ("21 settembre 2022", date(2022, 9, 21)),
        ("5 maggio 2024", date(2024, 5, 5)),
        ("September 21, 2022", date(2022, 9, 21)),
        ("Sep 21 2022", date(2022, 9, 21)),
        ("September 21 , 2022", date(2022, 9, 21)),  # a space before the comma
        ("September 21,2022", date(2022, 9, 21)),  # none after it (OCR)
        ("21-Sep-2022", date(2022, 9, 21)),
        ("Invoice Date: 6. Januar 2026", date(2026, 1, 6)),
    ],
)
def test_parse_date_formats(text, expected):
    assert dates.parse_date(text) == expected


def test_invalid_and_implausible_dates_are_ignored():
    assert dates.parse_date("31.02.2024") is None
    assert dates.parse_date("12.05.1850") is None
    assert dates.parse_date("Total 1'234.50 CHF") is None
    # a period is two dates, both found in order
    found = dates.find_dates("Rechnungszeitraum: 01.04.2014 - 30.06.2014")
    assert [d.value for d in found] == [date(2014, 4, 1), date(2014, 6, 30)]


def test_month_first_order_is_guessed_from_the_document():
    texts = ["Invoice Date: 03/20/2023", "Due Date: 04/04/2023"]
    order = dates.guess_order(texts)
    assert order == "mdy"
    assert dates.parse_date("04/04/2023", order) == date(2023, 4, 4)
    assert dates.parse_date("03/05/2023", order) == date(2023, 3, 5)
    assert dates.guess_order(["15/06/2024", "01/07/2024"]) == "dmy"
    assert dates.parse_date("03/05/2023") == date(2023, 5, 3)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Zahlungskonditionen: 10 Tage netto", 10),
        ("Payable à 30 jours net.", 30),
        ("Payment terms: Net 30", 30),
        ("Pagamento 60 giorni data fattura", 60),
        ("Vielen Dank für Ihren Auftrag.", None),
        ("Lieferung in 3 Tagen", None),
    ],
)
def test_payment_terms_days(text, days):
    assert dates.payment_terms_days(text) == days


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2nd Feburary 2023", date(2023, 2, 2)),
        ("14 Setpember 2024", date(2024, 9, 14)),
        ("Novmeber 3, 2022", date(2022, 11, 3)),
        ("7 janvir 2021", date(2021, 1, 7)),
        ("9 de dicimbre de 2025", date(2025, 12, 9)),
    ],
)
def test_a_month_misspelt_by_one_letter_between_day_and_year(text, expected):
    assert dates.parse_date(text) == expected


@pytest.mark.parametrize(
    "text", ["10 junior 2020", "3 marche 2021", "12 Monday 2020", "5 juny 2020"]
)
def test_words_near_a_short_month_name_are_no_date(text):
    assert dates.parse_date(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-Mar-05", date(2024, 3, 5)),
        ("2024 March 5", date(2024, 3, 5)),
        ("Mar-05-2024", date(2024, 3, 5)),
        ("2025-dez-01", date(2025, 12, 1)),
    ],
)
def test_written_month_with_the_year_first_or_dashes(text, expected):
    assert dates.parse_date(text) == expected


def test_a_year_then_a_month_then_an_amount_is_no_date():
    assert dates.parse_date("Invoice 2024 May 12.50 EUR") is None
