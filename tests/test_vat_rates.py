"""VAT rates by country and date (fincycle.vat.rates)."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from fincycle.extraction import crosscheck
from fincycle.vat import rates


def percentages(country, day):
    found = rates.rates_for(country, day)
    return None if found is None else [str(r.rate) for r in found]


@pytest.mark.parametrize("country", ["CH", "LI", "ch"])
def test_swiss_rates_change_on_1_january_2024(country):
    assert percentages(country, date(2023, 12, 31)) == ["7.7", "2.5", "3.7"]
    assert percentages(country, date(2024, 1, 1)) == ["8.1", "2.6", "3.8"]
    assert [r.kind for r in rates.rates_for(country, date(2024, 1, 1))] == [
        "normal",
        "reduced",
        "accommodation",
    ]


def test_french_rates():
    assert percentages("FR", date(2025, 3, 1))[:4] == ["20", "10", "5.5", "2.1"]
    assert rates.rates_for("FR", date(2025, 3, 1))[0].kind == "normal"


def test_unknown_country_or_day_before_the_table():
    assert rates.rates_for("US", date(2025, 1, 1)) is None  # sales tax: any rate
    assert rates.rates_for("JP", date(2025, 1, 1)) is None
    assert rates.rates_for(None, date(2025, 1, 1)) is None
    assert rates.rates_for("CH", date(2017, 12, 31)) is None
    assert rates.is_known_rate("JP", "10", date(2025, 1, 1)) is None
    assert "CH" in rates.known_countries() and "US" not in rates.known_countries()


@pytest.mark.parametrize(
    ("country", "rate", "day", "known"),
    [
        ("CH", "8.1", date(2024, 1, 1), True),
        ("CH", Decimal("8.10"), date(2024, 1, 1), True),
        ("CH", "7.7", date(2024, 1, 1), False),  # the supply date decides: 2024 is 8.1 %
        ("CH", "7.7", date(2023, 12, 31), True),
        ("CH", 0, date(2023, 12, 31), True),  # exempt
        ("FR", "5.5", date(2025, 1, 1), True),
        ("FR", "19", date(2025, 1, 1), False),
        ("DE", 19, date(2025, 1, 1), True),
    ],
)
def test_is_known_rate(country, rate, day, known):
    assert rates.is_known_rate(country, rate, day) is known


def test_a_bill_may_print_last_years_swiss_rates_until_june_2024():
    on_document = rates.rates_on_document("CH", date(2024, 6, 30))
    assert {Decimal("7.7"), Decimal("8.1"), Decimal(0)} <= on_document
    assert Decimal("7.7") not in rates.rates_on_document("CH", date(2024, 7, 1))
    assert Decimal("8.1") not in rates.rates_on_document("CH", date(2023, 12, 31))
    # before the table: the earliest rates known
    assert Decimal("7.7") in rates.rates_on_document("CH", date(2016, 5, 1))
    assert rates.rates_on_document("US", date(2025, 1, 1)) is None


# The table crosscheck.py held before fincycle.vat existed, and its reading: the bill check
# must accept exactly the same rates.
_OLD_TABLE = {
    "CH": [(date(2018, 1, 1), ("7.7", "2.5", "3.7")), (date(2024, 1, 1), ("8.1", "2.6", "3.8"))],
    "LI": [(date(2018, 1, 1), ("7.7", "2.5", "3.7")), (date(2024, 1, 1), ("8.1", "2.6", "3.8"))],
    "FR": [(date(2014, 1, 1), ("20", "10", "5.5", "2.1", "8.5", "1.05", "0.9"))],
    "DE": [(date(2021, 1, 1), ("19", "7"))],
    "AT": [(date(2016, 1, 1), ("20", "13", "10"))],
    "IT": [(date(2013, 10, 1), ("22", "10", "5", "4"))],
    "BE": [(date(2000, 1, 1), ("21", "12", "6"))],
    "NL": [(date(2019, 1, 1), ("21", "9"))],
    "LU": [(date(2024, 1, 1), ("17", "14", "8", "3"))],
    "ES": [(date(2012, 9, 1), ("21", "10", "4"))],
    "GB": [(date(2011, 1, 4), ("20", "5"))],
    "US": [],
}


def _old_valid_vat_rates(country, on):
    periods = _OLD_TABLE.get((country or "").upper())
    if not periods:
        return None
    found = {Decimal(0)}
    current = [r for start, r in periods if start <= on]
    found.update(Decimal(r) for r in (current[-1] if current else periods[0][1]))
    if country in ("CH", "LI") and date(2024, 1, 1) <= on <= date(2024, 6, 30):
        found.update(Decimal(r) for r in periods[0][1])
    return found


def test_bill_check_accepts_the_same_rates_as_before():
    days = [date(1999, 1, 1) + timedelta(days=n) for n in range(0, 10_000, 17)]
    days += [date(2024, 1, 1), date(2024, 6, 30), date(2024, 7, 1), date(2023, 12, 31)]
    for country in [*_OLD_TABLE, "JP", None]:
        for day in days:
            assert crosscheck.valid_vat_rates(country, day) == _old_valid_vat_rates(country, day)


@pytest.mark.parametrize(
    ("rate", "supply_day", "status"),
    [
        ("7.7", date(2023, 12, 15), "valid"),  # 2023 work, even if invoiced in 2024
        ("8.1", date(2023, 12, 15), "later_period"),  # the new rate on 2023 work: wrong
        ("8.1", date(2024, 1, 1), "valid"),
        ("7.7", date(2024, 1, 1), "previous_period"),  # the old rate on 2024 work: wrong
        ("3.7", date(2024, 2, 1), "previous_period"),
        ("2.6", date(2024, 2, 1), "valid"),
        ("0", date(2024, 2, 1), "exempt"),
        ("7.6", date(2024, 2, 1), "unknown_rate"),
    ],
)
def test_the_supply_date_decides_the_rate(rate, supply_day, status):
    assert rates.supply_rate_status("CH", rate, supply_day) == status


def test_supply_rate_status_unknown():
    assert rates.supply_rate_status("US", "7", date(2024, 1, 1)) is None
    assert rates.supply_rate_status("CH", "7.7", date(2017, 1, 1)) is None
    assert rates.supply_rate_status("FR", "20", date(2025, 1, 1)) == "valid"


def test_swiss_net_tax_rates_and_limits():
    assert [str(r) for r in rates.ch_net_tax_rates(date(2023, 12, 31))][2:4] == ["1.2", "2.0"]
    assert [str(r) for r in rates.ch_net_tax_rates(date(2024, 1, 1))][2:4] == ["1.3", "2.1"]
    assert len(rates.ch_net_tax_rates(date(2024, 1, 1))) == 10
    assert rates.ch_net_tax_rates(date(2017, 1, 1)) is None
    assert rates.ch_net_tax_rate_limits(date(2024, 6, 1)) == (Decimal("5024000"), Decimal("108000"))
    assert rates.ch_net_tax_rate_limits(date(2023, 6, 1)) == (Decimal("5005000"), Decimal("103000"))
