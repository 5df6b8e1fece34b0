# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Receivables figures on a day: ageing, DSO (with and without disputed amounts), recovery rate.

Same inputs as the forecast (:class:`fincycle.forecast.Invoice`, cents of one currency); only
what is known on ``as_of`` counts (invoices issued, payments dated, disputes opened by then).
Figures that cannot be computed are ``None`` with a code, never an exception.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from .model import clean_invoices, disputed_on_day, open_cents

BUCKETS = ("not_due", "1_30", "31_60", "61_90", "over_90")
NO_SALES = "no_sales"
NO_INVOICE_DUE = "no_invoice_due"


@dataclass(frozen=True)
class AgeingBucket:
    code: str
    open_cents: int
    count: int
    disputed_cents: int


@dataclass(frozen=True)
class Ageing:
    as_of: date
    buckets: tuple[AgeingBucket, ...]
    issues: tuple = ()

    @property
    def total_cents(self) -> int:
        return sum(b.open_cents for b in self.buckets)

    def bucket(self, code: str) -> AgeingBucket:
        return next(b for b in self.buckets if b.code == code)


@dataclass(frozen=True)
class Dso:
    """Days sales outstanding, simple method: receivables / sales of the last ``period_days``
    x ``period_days``. ``without_disputed`` leaves the disputed open amounts out of the
    receivables (the sales stay: the disputed invoices were sold)."""

    as_of: date
    period_days: int
    receivable_cents: int
    disputed_cents: int
    sales_cents: int
    with_disputed: float | None
    without_disputed: float | None
    code: str | None = None


@dataclass(frozen=True)
class Recovery:
    """Share of the amount of the invoices due in the window collected within ``within_days``
    of their due date. The window ends ``within_days`` before ``as_of`` so that every invoice
    in it has had its full chance."""

    as_of: date
    window_start: date
    window_end: date
    due_cents: int
    collected_cents: int
    invoices: int
    rate: float | None
    code: str | None = None


def _bucket(days_late: int) -> str:
    if days_late <= 0:
        return "not_due"
    if days_late <= 30:
        return "1_30"
    if days_late <= 60:
        return "31_60"
    if days_late <= 90:
        return "61_90"
    return "over_90"


def ageing(invoices, as_of: date) -> Ageing:
    cleaned, issues = clean_invoices(invoices, as_of)
    totals = {code: [0, 0, 0] for code in BUCKETS}
    for clean in cleaned:
        remaining = open_cents(clean, as_of)
        if remaining <= 0:
            continue
        slot = totals[_bucket((as_of - clean.invoice.due_date).days)]
        slot[0] += remaining
        slot[1] += 1
        if disputed_on_day(clean.invoice, as_of):
            slot[2] += remaining
    buckets = tuple(AgeingBucket(code, *totals[code]) for code in BUCKETS)
    return Ageing(as_of, buckets, issues)


def dso(invoices, as_of: date, *, period_days: int = 90) -> Dso:
    cleaned, _issues = clean_invoices(invoices, as_of)
    start = as_of - timedelta(days=period_days - 1)
    receivable = disputed = sales = 0
    for clean in cleaned:
        inv = clean.invoice
        if start <= inv.issue_date <= as_of:
            sales += inv.amount_cents
        remaining = open_cents(clean, as_of)
        if remaining > 0:
            receivable += remaining
            if disputed_on_day(inv, as_of):
                disputed += remaining
    if sales <= 0:
        return Dso(as_of, period_days, receivable, disputed, 0, None, None, NO_SALES)
    return Dso(
        as_of,
        period_days,
        receivable,
        disputed,
        sales,
        receivable / sales * period_days,
        (receivable - disputed) / sales * period_days,
    )


def recovery_rate(
    invoices, as_of: date, *, within_days: int = 60, window_days: int = 365
) -> Recovery:
    cleaned, _issues = clean_invoices(invoices, as_of)
    end = as_of - timedelta(days=within_days)
    start = end - timedelta(days=window_days - 1)
    due = collected = count = 0
    for clean in cleaned:
        inv = clean.invoice
        if not start <= inv.due_date <= end:
            continue
        limit = inv.due_date + timedelta(days=within_days)
        due += inv.amount_cents
        collected += sum(p.amount_cents for p in clean.payments if p.day <= limit)
        count += 1
    if not count:
        return Recovery(as_of, start, end, 0, 0, 0, None, NO_INVOICE_DUE)
    return Recovery(as_of, start, end, due, collected, count, collected / due)
