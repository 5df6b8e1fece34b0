"""The "no time yesterday" reminder: working day, no time, once a day."""

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from fincycle.timesheets import reminders as rm


def test_the_day_checked_is_yesterday_in_the_persons_zone():
    # 04:30 in Zurich on Tuesday is still Monday evening in New York
    now = datetime(2026, 3, 3, 3, 30, tzinfo=timezone.utc)
    assert rm.day_to_check(now.astimezone(ZoneInfo("Europe/Zurich"))) == date(2026, 3, 2)
    assert rm.day_to_check(now.astimezone(ZoneInfo("America/New_York"))) == date(2026, 3, 1)


def test_only_a_working_day_without_time_and_not_reminded_yet_is_due():
    people = [
        rm.Person(1, working=True, hours=0, reminded=False),
        rm.Person(2, working=False, hours=0, reminded=False),
        rm.Person(3, working=True, hours=0.25, reminded=False),
        rm.Person(4, working=True, hours=0, reminded=True),
        rm.Person(5, working=True, hours=0, reminded=False, reachable=False),
        rm.Person(1, working=True, hours=0, reminded=False),  # listed twice: once
    ]
    assert rm.due(people) == [1]
    assert [rm.why_not(p) for p in people[1:5]] == [
        rm.NOT_WORKING,
        rm.HAS_TIME,
        rm.ALREADY_REMINDED,
        rm.NO_CHANNEL,
    ]
    assert rm.day_to_check(datetime(2026, 3, 1)) == date(2026, 3, 1) - timedelta(days=1)
