"""VAT rates by country and date.

One table, :data:`PERIODS`: per country (ISO code), the rates in force from a date until the
next period starts, each with its kind. Switzerland and Liechtenstein (one VAT area): 7.7 %
normal, 2.5 % reduced and 3.7 % accommodation from 2018, 8.1 / 2.6 / 3.8 % from 1 January 2024.
France: 20 % normal, 10 % intermediate, 5.5 % reduced, 2.1 % special, and the overseas (8.5 %,
1.05 %) and Corsican (0.9 %) rates.

Two readings of the table:

- :func:`rates_for` / :func:`is_known_rate`: the statutory rates on a day (the day of supply
  decides the rate, not the invoice or payment date). This is what a VAT return needs.
- :func:`rates_on_document`: the rates a supplier's document dated on a day may print. Zero is
  always allowed (exempt lines); after a change the previous rates stay accepted for a while
  (``previous_until``: Swiss services of 2023 billed in the first half of 2024); a date before
  the table gets its earliest rates. This is what the bill capture checks.

A country missing from the table, or with no periods (the US sales tax: any rate), is unknown:
the functions return None rather than guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

__all__ = [
    "CH_NET_TAX_RATES",
    "CH_NET_TAX_RATE_LIMITS",
    "PERIODS",
    "RatePeriod",
    "VatRate",
    "ch_net_tax_rate_limits",
    "ch_net_tax_rate_on",
    "ch_net_tax_rates",
    "is_known_rate",
    "known_countries",
    "period_on",
    "rates_for",
    "rates_on_document",
    "supply_rate_status",
]


@dataclass(frozen=True)
class VatRate:
    """One statutory rate: the percentage and its kind (``normal``, ``reduced``...)."""

    rate: Decimal
    kind: str


@dataclass(frozen=True)
class RatePeriod:
    """The rates in force from ``valid_from`` until the next period of the country starts.

    ``previous_until``: until this day (inclusive) a document may still print the previous
    period's rates (supplies made before the change, billed after it)."""

    valid_from: date
    rates: tuple[VatRate, ...]
    previous_until: date | None = None


def _rates(*pairs: tuple[str, str]) -> tuple[VatRate, ...]:
    return tuple(VatRate(Decimal(rate), kind) for rate, kind in pairs)


_CH_2018 = _rates(("7.7", "normal"), ("2.5", "reduced"), ("3.7", "accommodation"))
_CH_2024 = _rates(("8.1", "normal"), ("2.6", "reduced"), ("3.8", "accommodation"))
_CH = (
    RatePeriod(date(2018, 1, 1), _CH_2018),
    RatePeriod(date(2024, 1, 1), _CH_2024, previous_until=date(2024, 6, 30)),
)


def _plain(start: date, *rates: str) -> tuple[RatePeriod, ...]:
    """One period; the first rate is the normal one, the others reduced."""
    kinds = ["normal"] + ["reduced"] * (len(rates) - 1)
    return (RatePeriod(start, _rates(*zip(rates, kinds, strict=True))),)


# Periods sorted by valid_from.
PERIODS: dict[str, tuple[RatePeriod, ...]] = {
    "CH": _CH,
    "LI": _CH,
    "FR": (
        RatePeriod(
            date(2014, 1, 1),
            _rates(
                ("20", "normal"),
                ("10", "intermediate"),
                ("5.5", "reduced"),
                ("2.1", "special"),
                ("8.5", "overseas_normal"),
                ("1.05", "overseas_special"),
                ("0.9", "corsica_special"),
            ),
        ),
    ),
    "DE": _plain(date(2021, 1, 1), "19", "7"),
    "AT": _plain(date(2016, 1, 1), "20", "13", "10"),
    "IT": _plain(date(2013, 10, 1), "22", "10", "5", "4"),
    "BE": _plain(date(2000, 1, 1), "21", "12", "6"),
    "NL": _plain(date(2019, 1, 1), "21", "9"),
    "LU": _plain(date(2024, 1, 1), "17", "14", "8", "3"),
    "ES": _plain(date(2012, 9, 1), "21", "10", "4"),
    "GB": _plain(date(2011, 1, 4), "20", "5"),
    "US": (),  # sales tax, any rate
}


def known_countries() -> list[str]:
    """Countries whose rates the table knows."""
    return sorted(code for code, periods in PERIODS.items() if periods)


def _periods(country: str | None) -> tuple[RatePeriod, ...]:
    return PERIODS.get((country or "").upper(), ())


def period_on(country: str | None, day: date) -> RatePeriod | None:
    """The period in force on ``day``; None for an unknown country or a day before the table."""
    current = [p for p in _periods(country) if p.valid_from <= day]
    return current[-1] if current else None


def rates_for(country: str | None, day: date) -> tuple[VatRate, ...] | None:
    """The statutory rates of ``country`` on ``day`` (normal rate first).

    None when the country's rates are unknown or ``day`` is before the table starts."""
    period = period_on(country, day)
    return period.rates if period else None


def is_known_rate(country: str | None, rate: Decimal | str | int, day: date) -> bool | None:
    """Whether ``rate`` (a percentage; 0 = exempt) is a rate of ``country`` on ``day``.

    None when :func:`rates_for` does not know."""
    rates = rates_for(country, day)
    if rates is None:
        return None
    rate = Decimal(str(rate))
    return rate == 0 or any(r.rate == rate for r in rates)


def rates_on_document(country: str | None, day: date) -> set[Decimal] | None:
    """The percentages a document of ``country`` dated ``day`` may print; None when unknown.

    Zero (exempt lines), the rates in force, and during ``previous_until`` the previous
    period's rates; a day before the table gets the earliest rates known."""
    periods = _periods(country)
    if not periods:
        return None
    accepted: set[Decimal] = {Decimal(0)}
    current = [k for k, p in enumerate(periods) if p.valid_from <= day]
    index = current[-1] if current else 0
    accepted.update(r.rate for r in periods[index].rates)
    until = periods[index].previous_until
    if index > 0 and until is not None and day <= until:
        accepted.update(r.rate for r in periods[index - 1].rates)
    return accepted


def supply_rate_status(
    country: str | None, rate: Decimal | str | int, supply_day: date
) -> str | None:
    """Whether ``rate`` is right for a supply made on ``supply_day`` (a code, not a sentence).

    The day of supply decides, not the invoice or payment date: a 2024 invoice for work done in
    2023 keeps 7.7 %; 8.1 % on that 2023 work is wrong, and so is 7.7 % on 2024 work.

    ``exempt`` (0), ``valid`` (a rate in force on the day), ``previous_period`` (a rate of an
    earlier period of the country only), ``later_period`` (a rate that only starts after the day),
    ``unknown_rate`` (never a rate of the country); None when the country or day is unknown."""
    period = period_on(country, supply_day)
    if period is None:
        return None
    rate = Decimal(str(rate))
    if rate == 0:
        return "exempt"
    if any(r.rate == rate for r in period.rates):
        return "valid"
    periods = _periods(country)
    index = periods.index(period)
    if any(r.rate == rate for p in periods[:index] for r in p.rates):
        return "previous_period"
    if any(r.rate == rate for p in periods[index + 1 :] for r in p.rates):
        return "later_period"
    return "unknown_rate"


# Swiss net tax rates (Saldosteuersätze, SR 641.202.62), by the day of supply; the same ladder
# serves the flat tax rates (Pauschalsteuersätze). ESTV approves one or two of them per taxpayer.
CH_NET_TAX_RATES: tuple[tuple[date, tuple[Decimal, ...]], ...] = (
    (
        date(2018, 1, 1),
        tuple(
            Decimal(r)
            for r in ("0.1", "0.6", "1.2", "2.0", "2.8", "3.5", "4.3", "5.1", "5.9", "6.5")
        ),
    ),
    (
        date(2024, 1, 1),
        tuple(
            Decimal(r)
            for r in ("0.1", "0.6", "1.3", "2.1", "3.0", "3.7", "4.5", "5.3", "6.2", "6.8")
        ),
    ),
)

# Eligibility for the net tax rate method (MWSTG Art. 37): taxable turnover and tax at the net
# tax rate per year, at most (CHF).
CH_NET_TAX_RATE_LIMITS: tuple[tuple[date, Decimal, Decimal], ...] = (
    (date(2018, 1, 1), Decimal("5005000"), Decimal("103000")),
    (date(2024, 1, 1), Decimal("5024000"), Decimal("108000")),
)


def ch_net_tax_rates(supply_day: date) -> tuple[Decimal, ...] | None:
    """The Swiss net tax rate ladder for supplies of ``supply_day``; None before 2018."""
    current = [rates for start, rates in CH_NET_TAX_RATES if start <= supply_day]
    return current[-1] if current else None


def ch_net_tax_rate_on(rate: Decimal | str | int, supply_day: date) -> Decimal | None:
    """The approved net tax rate ``rate`` (of either ladder) for supplies of ``supply_day``.

    The ESTV approves a rung of the ladder; when the ladder changed (1 January 2024) each rung
    moved to its new value (6.2 % from 2024 is 5.9 % for supplies of 2023 and the other way).
    A rate on the day's ladder is returned as is, a rung of another ladder as the day's rung
    at the same place; a rate on no ladder is returned unchanged (the caller's ladder check
    flags it). None before 2018."""
    ladder = ch_net_tax_rates(supply_day)
    if ladder is None:
        return None
    rate = Decimal(str(rate))
    if rate in ladder:
        return rate
    for _start, other in CH_NET_TAX_RATES:
        if rate in other:
            return ladder[other.index(rate)]
    return rate


def ch_net_tax_rate_limits(day: date) -> tuple[Decimal, Decimal] | None:
    """(turnover limit, tax limit) for the net tax rate method on ``day``; None before 2018."""
    current = [(turnover, tax) for start, turnover, tax in CH_NET_TAX_RATE_LIMITS if start <= day]
    return current[-1] if current else None
