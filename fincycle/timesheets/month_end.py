"""Month-end invoicing of time: which month a run invoices and on which day it is due.

Pure Python: the add-on says which days are working days (the company's calendar, public
holidays taken out) and asks ``period_to_invoice`` / ``is_due``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

# The Nth working day after the month end a company may choose.
MAX_WORKDAY = 10
# Days looked at to find it: two weeks of holidays in a row still leave ten working days.
SEARCH_DAYS = 31


def month_bounds(day: date) -> tuple[date, date]:
    """First and last day of ``day``'s calendar month."""
    first = day.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following - timedelta(days=1)


def previous_month(today: date) -> tuple[date, date]:
    """First and last day of the calendar month before ``today``'s."""
    return month_bounds(today.replace(day=1) - timedelta(days=1))


def weekday_is_working(day: date) -> bool:
    """Monday to Friday: the calendar when a company has none."""
    return day.weekday() < 5


def nth_working_day(
    first: date, n: int, is_working: Callable[[date], bool] = weekday_is_working
) -> date:
    """The ``n``-th working day (1 = the first) on or after ``first``. When none is found
    in ``SEARCH_DAYS`` days (a calendar without working days), the ``n``-th calendar day."""
    if not 1 <= n <= MAX_WORKDAY:
        raise ValueError(f"working day {n} is not between 1 and {MAX_WORKDAY}")
    seen = 0
    for offset in range(SEARCH_DAYS):
        day = first + timedelta(days=offset)
        if is_working(day):
            seen += 1
            if seen == n:
                return day
    return first + timedelta(days=n - 1)


def due_date(
    period_end: date, n: int, is_working: Callable[[date], bool] = weekday_is_working
) -> date:
    """The day the month ending ``period_end`` is invoiced: the ``n``-th working day after."""
    return nth_working_day(period_end + timedelta(days=1), n, is_working)


def period_to_invoice(
    today: date, n: int, is_working: Callable[[date], bool] = weekday_is_working
) -> tuple[date, date] | None:
    """The (first, last) day of the month a run on ``today`` invoices, or None when that
    month's day has not come yet (the previous month is then the one before it, invoiced
    by an earlier run)."""
    start, end = previous_month(today)
    if today < due_date(end, n, is_working):
        return None
    return start, end
