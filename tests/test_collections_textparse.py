"""fincycle.collections.textparse: what it takes from the bill reader (fincycle.extraction) and
where a reply is read differently from a printed bill."""

from datetime import date
from decimal import Decimal

from fincycle.collections.textparse import MONTHS, find_dates, find_money, fold
from fincycle.extraction.dates import MONTHS as BILL_MONTHS
from fincycle.extraction.numbers import currency_code, find_amounts


def test_currency_named_in_words_in_any_case():
    text = "150 Francs, 20 Euro, SFr. 30, fr. 12.-, 5 USD, $ 7, 8 Franken, 9 euros, CHF 4"
    assert [(m.value, m.currency) for m in find_money(text)] == [
        (Decimal(150), "CHF"),
        (Decimal(20), "EUR"),
        (Decimal(30), "CHF"),
        (Decimal(12), "CHF"),
        (Decimal(5), "USD"),
        (Decimal(7), "USD"),
        (Decimal(8), "CHF"),
        (Decimal(9), "EUR"),
        (Decimal(4), "CHF"),
    ]
    # the bill reader's default is unchanged: printed codes and symbols only
    assert currency_code("francs") == "FRANCS"
    assert currency_code("sfr.") == "SFR"
    assert currency_code("francs", words=True) == currency_code("SFr.") == "CHF"
    assert currency_code("Euro", words=True) == currency_code("€") == "EUR"


def test_spaced_thousands_next_to_a_currency_are_one_amount():
    # a bill's "1 234" without decimals is a quantity and a price; in a reply it is one amount
    assert [a.value for a in find_amounts("1 234")] == [Decimal(1), Decimal(234)]
    assert [m.value for m in find_money("1 234 francs, CHF 12 500.-")] == [
        Decimal(1234),
        Decimal(12500),
    ]


def test_fold_keeps_positions_and_reads_typed_quotes():
    text = "D\u2018ici fin Août, l\u2019avoir; Grüße"
    assert fold(text) == "d'ici fin aout, l'avoir; gruse"
    assert len(fold(text)) == len(text)


def test_month_names_are_the_bill_readers_without_words_of_a_sentence():
    assert all(BILL_MONTHS[word] == month for word, month in MONTHS.items())
    ref = date(2026, 3, 2)
    assert [d.value for d in find_dates(fold("am 3. März"), ref)] == [date(2026, 3, 3)]
    assert find_dates("we set 3 reminders, i am out 3 days", ref) == []
    assert [d.value for d in find_dates("le 15.11.85", ref)] == [date(2085, 11, 15)]
