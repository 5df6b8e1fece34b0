"""Clockify: hosts, time entries read from every shape, the mapping to timesheet values (the
user's time zone, midnight, DST, running timers, categories), webhook tokens and events."""

from datetime import date, datetime, timezone

import pytest

from fincycle.timesheets import clockify as ck
from fincycle.webhooks import Verdict


def utc(*args):
    return datetime(*args, tzinfo=timezone.utc)


def raw_entry(start, end, **extra):
    return {
        "id": extra.pop("id", "e1"),
        "userId": "u1",
        "projectId": "p1",
        "billable": True,
        "description": "Odoo upgrade",
        "tagIds": [],
        "type": "REGULAR",
        "timeInterval": {"start": start, "end": end, "duration": None},
        **extra,
    }


def values(start, end, tz="Europe/Zurich", rules=None, **extra):
    return ck.timesheet_values(ck.read_entry(raw_entry(start, end, **extra)), tz, rules)


# -- hosts -------------------------------------------------------------------------------------


def test_hosts_are_global_or_the_workspace_region_for_both_apis():
    assert ck.hosts("global") == (
        "https://api.clockify.me/api/v1",
        "https://reports.api.clockify.me/v1",
    )
    assert ck.hosts(None) == ck.hosts("global")
    assert ck.hosts("EUC1") == (
        "https://euc1.clockify.me/api/v1",
        "https://euc1.clockify.me/report/v1",
    )
    with pytest.raises(ValueError, match="bad_region"):
        ck.hosts("evil.example.com")


# -- reading entries ---------------------------------------------------------------------------


def test_core_report_and_hydrated_shapes_read_the_same():
    core = ck.read_entry(raw_entry("2025-03-03T08:00:00Z", "2025-03-03T09:30:00Z", tagIds=["t1"]))
    report = ck.read_entry(
        {
            "_id": "e1",
            "userId": "u1",
            "projectId": "p1",
            "clientId": "c1",
            "billable": True,
            "description": "Odoo upgrade",
            "tags": [{"id": "t1", "name": "FORFAIT"}],
            "timeInterval": {
                "start": "2025-03-03T09:00:00+01:00",
                "end": "2025-03-03T10:30:00+01:00",
                "duration": 5400,
            },
        }
    )
    hydrated = ck.read_entry(
        {
            "id": "e1",
            "user": {"id": "u1"},
            "project": {"id": "p1", "clientId": "c1"},
            "tags": [{"id": "t1", "name": "FORFAIT"}],
            "billable": True,
            "timeInterval": {
                "start": "2025-03-03T08:00:00.123456789Z",
                "end": "2025-03-03T09:30:00Z",
            },
        }
    )
    for entry in (core, report, hydrated):
        assert (entry.id, entry.user_id, entry.project_id, entry.tag_ids) == (
            "e1",
            "u1",
            "p1",
            ("t1",),
        )
        assert entry.start.replace(microsecond=0) == utc(2025, 3, 3, 8)
        assert entry.end == utc(2025, 3, 3, 9, 30)
    assert report.client_id == hydrated.client_id == "c1"
    assert report.tag_names == ("FORFAIT",)


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ([], "not_an_object"),
        ({"timeInterval": {"start": "2025-03-03T08:00:00Z"}}, "no_id"),
        ({"id": "x"}, "no_time_interval"),
        ({"id": "x", "timeInterval": {"end": "2025-03-03T08:00:00Z"}}, "no_start"),
        ({"id": "x", "timeInterval": {"start": "yesterday"}}, "bad_time"),
    ],
)
def test_unreadable_entries_say_what_is_missing(raw, code):
    with pytest.raises(ck.ClockifyDataError) as caught:
        ck.read_entry(raw)
    assert caught.value.code == code


# -- the mapping: days, hours, time zones ------------------------------------------------------


def test_an_entry_crossing_midnight_belongs_to_its_start_date_in_the_users_zone():
    found = values("2025-03-03T21:00:00Z", "2025-03-04T00:30:00Z")  # 22:00 → 01:30 in Zurich
    assert found.date == date(2025, 3, 3)
    assert found.hours == 3.5


def test_the_day_is_the_users_not_utcs():
    # 23:30 UTC on the 2nd is 00:30 on the 3rd in Zurich, still the 2nd in New York
    assert values("2025-03-02T23:30:00Z", "2025-03-03T00:30:00Z").date == date(2025, 3, 3)
    ny = values("2025-03-02T23:30:00Z", "2025-03-03T00:30:00Z", tz="America/New_York")
    assert ny.date == date(2025, 3, 2)


def test_dst_nights_count_the_hours_actually_worked():
    # 30 March 2025, Zurich: 01:30 CET → 03:30 CEST is one hour (02:00 never happened)
    spring = values("2025-03-30T00:30:00Z", "2025-03-30T01:30:00Z")
    assert (spring.date, spring.hours) == (date(2025, 3, 30), 1.0)
    # 26 October 2025: 01:30 CEST → 02:30 CET is two hours (02:00-03:00 happened twice)
    autumn = values("2025-10-25T23:30:00Z", "2025-10-26T01:30:00Z")
    assert (autumn.date, autumn.hours) == (date(2025, 10, 26), 2.0)
    # an offset in the entry itself changes nothing
    same = values("2025-10-26T01:30:00+02:00", "2025-10-26T02:30:00+01:00")
    assert same.hours == 2.0 and same.fingerprint == autumn.fingerprint


def test_running_timers_breaks_and_unknown_zones_are_skipped_with_a_code():
    assert values("2025-03-03T08:00:00Z", None) == ck.Skipped("e1", ck.SKIP_RUNNING)
    assert values("2025-03-03T08:00:00Z", "2025-03-03T09:00:00Z", type="BREAK").code == "not_work"
    assert values("2025-03-03T08:00:00Z", "2025-03-03T09:00:00Z", tz="Mars/Olympus").code == (
        ck.SKIP_BAD_TIME_ZONE
    )
    assert values("2025-03-03T09:00:00Z", "2025-03-03T08:00:00Z").code == ck.SKIP_NEGATIVE


def test_the_fingerprint_follows_what_the_timesheet_shows():
    base = values("2025-03-03T08:00:00Z", "2025-03-03T09:00:00Z")
    assert values("2025-03-03T08:00:00Z", "2025-03-03T09:00:00Z").fingerprint == base.fingerprint
    for changed in (
        values("2025-03-03T08:00:00Z", "2025-03-03T09:01:00Z"),
        values("2025-03-03T08:00:00Z", "2025-03-03T09:00:00Z", description="Other"),
        values("2025-03-03T08:00:00Z", "2025-03-03T09:00:00Z", projectId="p2"),
        values("2025-03-03T08:00:00Z", "2025-03-03T09:00:00Z", billable=False),
    ):
        assert changed.fingerprint != base.fingerprint


# -- categories --------------------------------------------------------------------------------


def cat(rules, **extra):
    found = values("2025-03-03T08:00:00Z", "2025-03-03T09:00:00Z", rules=rules, **extra)
    return found.category, found.category_source


def test_category_from_the_billable_flag_and_forfait_projects():
    rules = ck.CategoryRules(project_categories={"pf": ck.CAT_FORFAIT})
    assert cat(rules) == ("FACTURABLE", "billable")
    assert cat(rules, billable=False) == ("INTERNE", "billable")
    assert cat(rules, projectId="pf") == ("FORFAIT", "project")
    assert cat(rules, projectId="pf", billable=False) == ("INTERNE", "billable")


def test_category_from_tags_by_name_or_configured_id():
    rules = ck.CategoryRules(source=ck.SOURCE_TAGS, tag_categories={"t-int": ck.CAT_INTERNE})
    assert cat(rules, tags=[{"id": "t9", "name": "forfait"}]) == ("FORFAIT", "tags")
    assert cat(rules, tagIds=["t-int"]) == ("INTERNE", "tags")
    assert cat(rules, tagIds=["t-other"]) == ("FACTURABLE", "billable")
    conflict = cat(rules, tagIds=["t-int"], tags=[{"id": "t9", "name": "FACTURABLE"}])
    assert conflict == ("FACTURABLE", ck.DECIDED_BY_CONFLICT)


def test_category_from_the_project():
    rules = ck.CategoryRules(
        source=ck.SOURCE_PROJECT, project_categories={"p1": ck.CAT_INTERNE, "pf": ck.CAT_FORFAIT}
    )
    assert cat(rules) == ("INTERNE", "project")  # billable in Clockify, internal by project
    assert cat(rules, projectId="p2", billable=False) == ("INTERNE", "billable")


# -- webhooks ----------------------------------------------------------------------------------


def test_the_webhook_token_is_compared_with_every_registered_one():
    scheme = ck.ClockifyScheme()
    tokens = ["tok-new", "tok-upd", "tok-del"]
    good = scheme.sign(b"{}", "tok-upd", event=ck.TIME_ENTRY_UPDATED)
    assert scheme.verify(good, b"{}", tokens).ok
    refused = [
        scheme.verify({**good, ck.SIGNATURE_HEADER: "tok-upd2"}, b"{}", tokens),
        scheme.verify({ck.EVENT_TYPE_HEADER: "NEW_TIME_ENTRY"}, b"{}", tokens),
        scheme.verify({ck.SIGNATURE_HEADER: "tok-new"}, b"{}", tokens),
        scheme.verify({**good, ck.EVENT_TYPE_HEADER: "NEW_PROJECT"}, b"{}", tokens),
        scheme.verify(good, b"{}", []),
    ]
    assert [v.ok for v in refused] == [False] * 5
    assert all(isinstance(v, Verdict) and v.reason for v in refused)
    assert ck.SIGNATURE_HEADER not in scheme.headers_to_keep


def test_events_say_what_to_do_and_have_a_stable_key():
    payload = raw_entry("2025-03-03T08:00:00Z", "2025-03-03T09:00:00Z")
    new = ck.parse_event("NEW_TIME_ENTRY", payload)
    assert (new.action, new.entry_id, new.entry.project_id) == (ck.UPSERT, "e1", "p1")
    assert ck.parse_event("TIME_ENTRY_DELETED", payload).action == ck.DELETE
    assert ck.parse_event("TIMER_STOPPED", payload).action == ck.UPSERT
    assert ck.parse_event("NEW_PROJECT", payload).action == ck.IGNORE
    assert ck.parse_event("NEW_TIME_ENTRY", {"name": "x"}).action == ck.IGNORE
    assert ck.parse_event("NEW_TIME_ENTRY", {"id": "e2"}).entry is None  # fetched later
    key = ck.event_key("NEW_TIME_ENTRY", payload, b"body")
    assert key == ck.event_key("NEW_TIME_ENTRY", payload, b"body")
    assert key != ck.event_key("TIME_ENTRY_UPDATED", payload, b"body")
    assert key != ck.event_key("NEW_TIME_ENTRY", payload, b"body2")


def test_the_pull_window_covers_every_zone():
    start, end = ck.request_range(date(2025, 3, 1), date(2025, 4, 1))
    assert start == utc(2025, 2, 28)
    assert end.date() == date(2025, 4, 1) and end.hour == 23
    assert ck.pull_window(date(2025, 3, 31), 30) == (date(2025, 3, 1), date(2025, 4, 1))
    assert ck.format_report_time(utc(2025, 3, 1)) == "2025-03-01T00:00:00.000Z"
    assert ck.format_time(utc(2025, 3, 1, 8)) == "2025-03-01T08:00:00Z"
