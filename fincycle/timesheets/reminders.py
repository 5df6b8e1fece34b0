"""Who gets the "no time yesterday" reminder: a person whose previous day was a working day
(their calendar, leaves taken out) with no time booked, reminded at most once for that day.

Pure Python: the add-on gathers the facts per person and sends what ``due`` names."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

# Why a person gets no reminder (codes; the add-on may show them).
NOT_WORKING = "not_working"  # a weekend, a holiday, a leave
HAS_TIME = "has_time"
ALREADY_REMINDED = "already_reminded"
NO_CHANNEL = "no_channel"  # neither a user (activity) nor an e-mail address


@dataclass(frozen=True)
class Person:
    key: int  # the employee id
    working: bool  # the day was a working day for them
    hours: float  # time booked that day
    reminded: bool  # a reminder for that day went out already
    reachable: bool = True


def day_to_check(local_now: datetime) -> date:
    """The day a morning run looks at: the day before, in the person's time zone."""
    return local_now.date() - timedelta(days=1)


def why_not(person: Person) -> str | None:
    """The code that spares ``person`` a reminder, or None when one is due."""
    if not person.working:
        return NOT_WORKING
    if person.hours > 0:
        return HAS_TIME
    if person.reminded:
        return ALREADY_REMINDED
    if not person.reachable:
        return NO_CHANNEL
    return None


def due(people: Iterable[Person]) -> list[int]:
    """The keys of the people who get a reminder, each once."""
    seen, result = set(), []
    for person in people:
        if why_not(person) is None and person.key not in seen:
            seen.add(person.key)
            result.append(person.key)
    return result
