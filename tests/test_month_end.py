"""Month-end time invoicing: the month a run invoices and the working day it runs on."""

from datetime import date

import pytest

from fincycle.timesheets import month_end as me


def test_month_bounds_and_previous_month():
    assert me.month_bounds(date(2026, 2, 14)) == (date(2026, 2, 1), date(2026, 2, 28))
    assert me.month_bounds(date(2028, 2, 29)) == (date(2028, 2, 1), date(2028, 2, 29))
    assert me.previous_month(date(2026, 1, 1)) == (date(2025, 12, 1), date(2025, 12, 31))
    assert me.previous_month(date(2026, 3, 31)) == (date(2026, 2, 1), date(2026, 2, 28))


def test_first_working_day_skips_the_weekend():
    # 31 October 2026 is a Saturday: November starts on a Sunday, the 2nd is a Monday
    assert me.due_date(date(2026, 10, 31), 1) == date(2026, 11, 2)
    assert me.due_date(date(2026, 10, 31), 3) == date(2026, 11, 4)
    # 30 September 2026 is a Wednesday: 1 October is a Thursday
    assert me.due_date(date(2026, 9, 30), 1) == date(2026, 10, 1)
    assert me.due_date(date(2026, 9, 30), 2) == date(2026, 10, 2)
    assert me.due_date(date(2026, 9, 30), 3) == date(2026, 10, 5)


def test_holidays_come_from_the_calendar():
    new_year = {date(2027, 1, 1)}
    working = lambda d: me.weekday_is_working(d) and d not in new_year  # noqa: E731
    # 1 January 2027 is a Friday and a holiday: the first working day is Monday the 4th
    assert me.due_date(date(2026, 12, 31), 1, working) == date(2027, 1, 4)
    # a calendar with no working day at all: the n-th calendar day
    assert me.due_date(date(2026, 12, 31), 2, lambda d: False) == date(2027, 1, 2)


def test_period_is_invoiced_from_its_day_on():
    assert me.period_to_invoice(date(2026, 11, 1), 1) is None  # Sunday
    assert me.period_to_invoice(date(2026, 11, 2), 1) == (date(2026, 10, 1), date(2026, 10, 31))
    assert me.period_to_invoice(date(2026, 11, 30), 1) == (date(2026, 10, 1), date(2026, 10, 31))
    assert me.period_to_invoice(date(2026, 11, 3), 3) is None
    assert me.period_to_invoice(date(2026, 11, 4), 3) == (date(2026, 10, 1), date(2026, 10, 31))


@pytest.mark.parametrize("n", [0, -1, me.MAX_WORKDAY + 1])
def test_working_day_out_of_range_is_refused(n):
    with pytest.raises(ValueError, match="not between"):
        me.due_date(date(2026, 10, 31), n)
