# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Customers who pay at the end of the month (a monthly payment run, "fin de mois").

Their delays after the due date are spread over a month by the calendar, not by their habit: an
invoice due on the 3rd and one due on the 27th are both paid on the last business day. Read as a
delay distribution this smears their payments over the month, and a 30-day window starting on
the 1st sees either one or two of their runs. So for a customer whose payments (at least
``MIN_PAYMENTS``) fall in the last ``LAST_DAYS`` calendar days of a month at least ``SHARE`` of
the time, the forecast learns instead in which month-end after the due month it pays (0: the
due month's, 1: the next one, ...; Kaplan-Meier over months, open invoices censored) and puts
that share of the invoice on the last business day (Monday-Friday; no public holidays: a bench
approximation) of the month.

A customer with fewer payments (``FEW_PAYMENTS`` to ``MIN_PAYMENTS`` - 1) is recognised by Bayes'
rule instead of waiting for the fourth: prior ``prior`` (the share of month-end payers among the
company's customers with enough payments, Laplace-smoothed), likelihood of its ``k`` of ``n``
payments at month end ``AT_END_HIT ** k * (1 - AT_END_HIT) ** (n - k)`` for a month-end payer and
``AT_END_CHANCE`` instead for anybody else (the last five calendar days hold about a sixth of the
business days). Recognised when the posterior is at least one half, and the month-end reading
then weighs only ``posterior * k / n`` (a credibility weight): two month-end payments out of two
are a strong hint, not a certainty.
"""

from dataclasses import dataclass
from datetime import date, timedelta

LAST_DAYS = 5
SHARE = 0.7
MIN_PAYMENTS = 4
FEW_PAYMENTS = 2
AT_END_HIT = 0.95
AT_END_CHANCE = 0.2
MAX_MONTHS = 12
UNSEEN_HAZARD = 0.5  # months beyond the customer's history: one chance in two each month-end


def month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def _first_of(index: int) -> date:
    return date(index // 12, index % 12 + 1, 1)


def last_business_day(index: int) -> date:
    day = _first_of(index + 1) - timedelta(days=1)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def at_month_end(day: date) -> bool:
    return (_first_of(month_index(day) + 1) - day).days <= LAST_DAYS


@dataclass(frozen=True)
class MonthEndHabit:
    """``share`` of the customer's payments at month end; ``unpaid[m + 1]`` the share still
    unpaid after the month-end ``m`` months after the due month (m from -1)."""

    share: float
    payments: int
    unpaid: tuple[float, ...]

    def unpaid_after(self, months: int) -> float:
        if months < -1:
            return 1.0
        return self.unpaid[min(months, MAX_MONTHS) + 1]


class MonthEndLearner:
    def __init__(self):
        self.count = 0
        self.at_end = 0
        self.events = [0.0] * (MAX_MONTHS + 2)
        self.risk = [0.0] * (MAX_MONTHS + 2)

    def add(self, weight: float, due: date, payments, *, amount: int, as_of: date, closed: bool):
        """One invoice: ``payments`` (day, cents) known on ``as_of``; ``closed``: the rest will
        never be paid."""
        due_month = month_index(due)
        seen = month_index(as_of) - due_month - (0 if at_month_end(as_of) else 1)
        if closed:
            seen = MAX_MONTHS
        paid = {}
        for day, cents in payments:
            self.count += 1
            self.at_end += at_month_end(day)
            m = min(max(month_index(day) - due_month, -1), MAX_MONTHS)
            paid[m] = paid.get(m, 0.0) + cents / amount
        remaining = 1.0
        for m in range(-1, min(seen, MAX_MONTHS) + 1):
            if remaining <= 1e-9:
                break
            self.risk[m + 1] += weight * remaining
            self.events[m + 1] += weight * paid.get(m, 0.0)
            remaining -= paid.get(m, 0.0)

    def judged(self) -> bool:
        """Enough payments for the frequency rule."""
        return self.count >= MIN_PAYMENTS

    def posterior(self, prior: float) -> float:
        """Chance of being a month-end payer given its payments, from ``prior``."""
        k, n = self.at_end, self.count
        yes = prior * AT_END_HIT**k * (1 - AT_END_HIT) ** (n - k)
        no = (1 - prior) * AT_END_CHANCE**k * (1 - AT_END_CHANCE) ** (n - k)
        return yes / (yes + no) if yes + no > 0 else 0.0

    def habit(self, prior: float | None = None) -> MonthEndHabit | None:
        """The habit by the frequency rule; with ``prior`` and fewer payments, by Bayes."""
        if self.count >= MIN_PAYMENTS:
            if self.at_end < SHARE * self.count:
                return None
            return self._habit(self.at_end / self.count)
        if prior is None or self.count < FEW_PAYMENTS:
            return None
        posterior = self.posterior(prior)
        if posterior < 0.5:
            return None
        return self._habit(posterior * self.at_end / self.count)

    def _habit(self, share: float) -> MonthEndHabit:
        unpaid, s = [], 1.0
        for i in range(MAX_MONTHS + 2):
            if self.risk[i] > 1e-9:
                hazard = min(1.0, self.events[i] / self.risk[i])
            else:
                hazard = UNSEEN_HAZARD if i > 0 else 0.0
            s *= 1 - hazard
            unpaid.append(s)
        return MonthEndHabit(share, self.count, tuple(unpaid))


def month_end_probabilities(habit: MonthEndHabit, due: date, as_of: date, horizon: int):
    """Chance of payment on each of the ``horizon`` days after ``as_of`` under the habit, given
    the invoice is still open, and the chance it comes later or never."""
    due_month = month_index(due)
    first = month_index(as_of) if last_business_day(month_index(as_of)) > as_of else None
    if first is None:
        first = month_index(as_of) + 1
    first_m = max(first - due_month, -1)
    base = habit.unpaid_after(first_m - 1)
    probs = [0.0] * horizon
    if base <= 1e-12:
        return probs, 1.0
    m = first_m
    while m <= MAX_MONTHS:
        p = (habit.unpaid_after(m - 1) - habit.unpaid_after(m)) / base
        j = (last_business_day(due_month + m) - as_of).days - 1
        if j >= horizon:
            break
        if j >= 0:
            probs[j] += p
        m += 1
    return probs, max(0.0, 1.0 - sum(probs))
