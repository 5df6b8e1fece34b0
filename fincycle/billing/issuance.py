"""Issuance delay: how long after the work (or the billed period) ended an invoice was sent.

An invoice's work is done at the end of its "work done by" day, in its company's time zone
(the following midnight); the delay runs from that moment to the (first) sending. The goal
of the group: every invoice sent within 48 hours of the month end.

Pure Python (no Odoo): the add-on gives dates and UTC date-times, this module gives the
delay of one invoice and the figures of each month (the month of the work end: November's
figure is how November's work was invoiced)."""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo

TARGET_HOURS = 48
DAY_SECONDS = 86400


def _localize(moment: datetime, tz: tzinfo) -> datetime:
    """``moment`` (naive, local time of ``tz``) made aware; pytz zones need ``localize``."""
    localize = getattr(tz, "localize", None)
    if localize is not None:
        return localize(moment)
    return moment.replace(tzinfo=tz)


def _utc(moment: datetime) -> datetime:
    """An aware UTC date-time; a naive one is taken as UTC (as Odoo stores them)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def work_done_at(work_end: date, tz: tzinfo = timezone.utc) -> datetime:
    """The moment the work of the day ``work_end`` is done: the following midnight in
    ``tz``, as an aware UTC date-time."""
    if isinstance(work_end, datetime):
        raise TypeError("work_end is a date (the last day of the work), not a date-time")
    following = datetime.combine(work_end + timedelta(days=1), time.min)
    return _localize(following, tz).astimezone(timezone.utc)


def delay_seconds(work_end: date, sent: datetime, tz: tzinfo = timezone.utc) -> float:
    """Seconds from the end of ``work_end`` (in ``tz``) to ``sent`` (negative when the
    invoice was sent before the work was done, e.g. a fee billed in advance)."""
    return (_utc(sent) - work_done_at(work_end, tz)).total_seconds()


def delay_days(work_end: date, sent: datetime, tz: tzinfo = timezone.utc) -> float:
    """The issuance delay in days, with one decimal."""
    return round(delay_seconds(work_end, sent, tz) / DAY_SECONDS, 1)


def within_target(
    work_end: date, sent: datetime, tz: tzinfo = timezone.utc, hours: float = TARGET_HOURS
) -> bool:
    """Whether the invoice was sent within ``hours`` of the end of its work."""
    return delay_seconds(work_end, sent, tz) <= hours * 3600


@dataclass(frozen=True)
class MonthFigures:
    """The issuance of the invoices whose work ended in one month."""

    month: str  # YYYY-MM of the work end
    sent: int  # invoices sent
    not_sent: int  # invoices of the month not sent (yet)
    median_days: float
    mean_days: float
    max_days: float
    within: int  # sent within the target
    later: int  # sent later
    hours: float = TARGET_HOURS

    @property
    def within_pct(self) -> float:
        return 100.0 * self.within / self.sent if self.sent else 0.0

    def line(self) -> str:
        """``issuance <YYYY-MM>: <N> invoices sent, median <X> d, max <Y> d, within 48 h <P>%``"""
        return (
            f"issuance {self.month}: {self.sent} invoices sent, "
            f"median {self.median_days:.1f} d, max {self.max_days:.1f} d, "
            f"within {self.hours:g} h {self.within_pct:.0f}%"
        )


def monthly_figures(
    pairs: Iterable[tuple],
    tz: tzinfo = timezone.utc,
    hours: float = TARGET_HOURS,
) -> list[MonthFigures]:
    """The figures of each month, oldest first, from ``(work_end, sent)`` pairs.

    ``work_end`` is a date (an invoice without one is left out), ``sent`` a date-time (UTC
    when naive) or None for an invoice not sent yet. A pair may carry a third item, the time
    zone of its company, instead of ``tz``. A month whose invoices were all left unsent has
    zeros for its delays."""
    delays: dict[str, list[float]] = {}
    unsent: dict[str, int] = {}
    for pair in pairs:
        work_end, sent = pair[0], pair[1]
        zone = pair[2] if len(pair) > 2 and pair[2] is not None else tz
        if not work_end:
            continue
        month = f"{work_end.year:04d}-{work_end.month:02d}"
        delays.setdefault(month, [])
        if sent is None:
            unsent[month] = unsent.get(month, 0) + 1
            continue
        delays[month].append(delay_seconds(work_end, sent, zone))
    limit = hours * 3600
    figures = []
    for month in sorted(delays):
        seconds = delays[month]
        days = [s / DAY_SECONDS for s in seconds]
        within = sum(1 for s in seconds if s <= limit)
        figures.append(
            MonthFigures(
                month=month,
                sent=len(seconds),
                not_sent=unsent.get(month, 0),
                median_days=round(statistics.median(days), 1) if days else 0.0,
                mean_days=round(statistics.fmean(days), 1) if days else 0.0,
                max_days=round(max(days), 1) if days else 0.0,
                within=within,
                later=len(seconds) - within,
                hours=hours,
            )
        )
    return figures
