"""The Clockify client against the fake that follows the contract: the key in X-Api-Key (never
logged), paging to the short page, the detailed report, 429 with Retry-After, the workspace's
hosts only, webhooks made and signed as documented."""

import logging
from datetime import timedelta

import pytest
import requests

from fincycle.http import AuthError, HostNotAllowedError, ProviderError, origin
from fincycle.testing import FakeResponse
from fincycle.testing.fake_clockify import FakeClockify, iso_duration, utc
from fincycle.timesheets import clockify as ck


@pytest.fixture(scope="module")
def clockify_server():
    with FakeClockify() as server:
        yield server


@pytest.fixture
def fake(clockify_server):
    clockify_server.reset()
    return clockify_server


@pytest.fixture
def client(fake, make_fast_session):
    session = make_fast_session(
        "clockify", allowed_origins=[origin(fake.url)], secrets=[fake.api_key]
    )
    return ck.ClockifyClient(session, fake.api_key, fake.api_url, fake.reports_url)


def pages_of(fake, path):
    return [int(r.query["page"][0]) for r in fake.calls("GET", path)]


def test_lists_page_until_a_short_page(fake, client):
    for index in range(4):
        fake.add_user(f"User {index}", f"u{index}@example.com")
    client_row = fake.add_client("ACME SA")
    fake.add_project("ACME website", client_row["id"])
    fake.add_tag("FORFAIT")
    users = client.users(fake.workspace_id, page_size=2)
    assert len(users) == 5  # the owner and four
    path = f"/api/v1/workspaces/{fake.workspace_id}/users"
    assert pages_of(fake, path) == [1, 2, 3]
    assert all(r.query["page-size"] == ["2"] for r in fake.calls("GET", path))
    assert [c["name"] for c in client.clients(fake.workspace_id)] == ["ACME SA"]
    assert client.projects(fake.workspace_id)[0]["clientId"] == client_row["id"]
    assert client.tags(fake.workspace_id)[0]["name"] == "FORFAIT"
    assert client.current_user()["settings"]["timeZone"] == "Europe/Zurich"
    assert client.workspaces()[0]["id"] == fake.workspace_id


def test_time_entries_of_a_user_in_a_range_page_by_page(fake, client):
    user = fake.add_user("Jane", "jane@example.com")
    for day in range(1, 8):
        fake.add_entry(user["id"], utc(2025, 3, day, 8), utc(2025, 3, day, 9))
    fake.add_entry(user["id"], utc(2025, 4, 1, 8), utc(2025, 4, 1, 9))  # outside
    found = list(
        client.time_entries(
            fake.workspace_id, user["id"], utc(2025, 3, 1), utc(2025, 3, 31, 23, 59), page_size=3
        )
    )
    assert len(found) == 7
    assert found[0]["timeInterval"]["duration"] == "PT1H"
    sent = fake.calls(
        "GET", f"/api/v1/workspaces/{fake.workspace_id}/user/{user['id']}/time-entries"
    )
    assert [r.query["page"] for r in sent] == [["1"], ["2"], ["3"]]
    assert sent[0].query["start"] == ["2025-03-01T00:00:00Z"]


def test_the_detailed_report_reads_every_users_entries(fake, client):
    jane = fake.add_user("Jane", "jane@example.com", "America/New_York")
    acme = fake.add_project("ACME", fake.add_client("ACME SA")["id"])
    for hour in range(7):
        fake.add_entry(
            jane["id"], utc(2025, 3, 3, 8 + hour), utc(2025, 3, 3, 9 + hour), project_id=acme["id"]
        )
    running = fake.add_entry(fake.me["id"], utc(2025, 3, 3, 8), None)
    rows = list(
        client.detailed_report(
            fake.workspace_id,
            utc(2025, 3, 1),
            utc(2025, 3, 31),
            page_size=3,
            time_zone="Europe/Paris",
        )
    )
    assert len(rows) == 8
    path = f"/report/v1/workspaces/{fake.workspace_id}/reports/detailed"
    bodies = [r.json() for r in fake.calls("POST", path)]
    assert [b["detailedFilter"]["page"] for b in bodies] == [1, 2, 3]
    assert bodies[0]["dateRangeStart"] == "2025-03-01T00:00:00.000Z"
    first = ck.read_entry(rows[0])
    assert first.client_id and first.start == utc(2025, 3, 3, 8)
    assert rows[0]["timeInterval"]["start"].endswith("+01:00")
    mapped = [ck.timesheet_values(ck.read_entry(r), "Europe/Zurich") for r in rows]
    assert [m for m in mapped if isinstance(m, ck.Skipped)] == [
        ck.Skipped(running["id"], ck.SKIP_RUNNING)
    ]
    with pytest.raises(ValueError):
        client.detailed_report_page(fake.workspace_id, utc(2024, 1, 1), utc(2025, 3, 1))


def test_a_429_waits_for_retry_after_and_goes_on(fake, client, sleeps):
    fake.add_entry(fake.me["id"], utc(2025, 3, 3, 8), utc(2025, 3, 3, 9))
    fake.rate_limit_next(1, retry_after="2")
    rows = list(client.detailed_report(fake.workspace_id, utc(2025, 3, 1), utc(2025, 3, 31)))
    assert len(rows) == 1
    assert sleeps == [2.0]
    assert len(fake.calls("POST")) == 2


def test_the_key_goes_in_its_header_and_never_into_logs(fake, client, caplog):
    fake.add_entry(fake.me["id"], utc(2025, 3, 3, 8), utc(2025, 3, 3, 9))
    client.users(fake.workspace_id)
    assert fake.requests[-1].headers["X-Api-Key"] == fake.api_key
    bad = ck.ClockifyClient(client.session, "wrong-key", fake.api_url, fake.reports_url)
    caplog.set_level(logging.DEBUG)
    with pytest.raises(AuthError) as caught:
        bad.users(fake.workspace_id)
    assert caught.value.status == 401
    fake.fail_next(5, 503)
    with pytest.raises(ProviderError):
        client.users(fake.workspace_id)
    assert fake.api_key not in caplog.text + str(caught.value)
    with pytest.raises(AuthError):
        ck.ClockifyClient(client.session, " ", fake.api_url)


def test_only_the_workspaces_hosts_are_called(fake, make_fast_session):
    session = make_fast_session(
        "clockify", allowed_origins=[origin(fake.url)], secrets=[fake.api_key]
    )
    # the global reports host is not this workspace's: nothing is sent there
    client = ck.ClockifyClient(session, fake.api_key, fake.api_url, ck.GLOBAL_REPORTS)
    with pytest.raises(HostNotAllowedError):
        client.detailed_report_page(fake.workspace_id, utc(2025, 3, 1), utc(2025, 3, 2))
    assert not fake.calls("POST")


def test_an_entry_by_id_and_a_deleted_one(fake, client):
    entry = fake.add_entry(fake.me["id"], utc(2025, 3, 3, 8), utc(2025, 3, 3, 9))
    assert client.time_entry(fake.workspace_id, entry["id"])["id"] == entry["id"]
    fake.delete_entry(entry["id"])
    with pytest.raises(ProviderError) as caught:
        client.time_entry(fake.workspace_id, entry["id"])
    assert caught.value.status == 404
    with pytest.raises(ValueError):
        client.time_entry(fake.workspace_id, "")
    with pytest.raises(ProviderError):  # an id from outside is one path segment
        client.time_entry(fake.workspace_id, "../user")
    assert fake.requests[-1].path.endswith("/time-entries/..%2Fuser")


def test_webhooks_made_listed_deleted_and_their_deliveries_verify(fake, client, fake_server):
    made = [
        client.create_webhook(fake.workspace_id, fake_server.url + "/hook", event)
        for event in ck.ENTRY_EVENTS
    ]
    assert {h["webhookEvent"] for h in client.webhooks(fake.workspace_id)} == set(ck.ENTRY_EVENTS)
    sent = fake.calls("POST", f"/api/v1/workspaces/{fake.workspace_id}/webhooks")[0].json()
    assert sent["triggerSourceType"] == "WORKSPACE_ID" and sent["triggerSource"] == []
    entry = fake.add_entry(fake.me["id"], utc(2025, 3, 3, 8), utc(2025, 3, 3, 9))
    fake_server.add("POST", "/hook", FakeResponse(200, {}))
    assert fake.deliver(ck.TIME_ENTRY_UPDATED, entry["id"]) == [200]
    [delivered] = fake_server.calls("POST", "/hook")
    tokens = [h["authToken"] for h in made]
    scheme = ck.ClockifyScheme()
    assert scheme.verify(delivered.headers, delivered.body, tokens).ok
    event = ck.parse_event(delivered.headers[ck.EVENT_TYPE_HEADER], delivered.json())
    assert (event.action, event.entry_id, event.entry.user_id) == (
        ck.UPSERT,
        entry["id"],
        fake.me["id"],
    )
    assert not scheme.verify(delivered.headers, delivered.body, ["another-token"]).ok
    for hook in made:
        client.delete_webhook(fake.workspace_id, hook["id"])
    assert not fake.webhooks
    with pytest.raises(ProviderError) as caught:
        client.delete_webhook(fake.workspace_id, made[0]["id"])
    assert caught.value.status == 404


def test_the_fake_follows_the_document_not_the_client(fake):
    headers = {"X-Api-Key": fake.api_key}
    base = fake.api_url + f"/workspaces/{fake.workspace_id}"
    assert requests.get(base + "/users", timeout=5).status_code == 401
    assert (
        requests.get(
            base.replace(fake.workspace_id, "other") + "/users", headers=headers, timeout=5
        ).status_code
        == 403
    )
    too_big = requests.get(base + "/users", params={"page-size": 9999}, headers=headers, timeout=5)
    assert too_big.status_code == 400 and "message" in too_big.json()
    report = requests.post(
        fake.reports_url + f"/workspaces/{fake.workspace_id}/reports/detailed",
        json={"dateRangeStart": "2024-01-01T00:00:00Z", "dateRangeEnd": "2025-03-01T00:00:00Z"},
        headers=headers,
        timeout=5,
    )
    assert report.status_code == 400
    assert iso_duration(5400) == "PT1H30M" and iso_duration(0) == "PT0S"
    assert iso_duration(timedelta(hours=2, seconds=5).total_seconds()) == "PT2H5S"
