"""scripts/contract/clockify.py run as a user runs it against the fake that follows Clockify's
document: every call the connector makes is driven through the real client and gets the
documented answer; a fake that leaves the document is noticed."""

import re
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from fincycle.testing.fake_clockify import FakeClockify
from fincycle.testing.fake_server import FakeResponse
from fincycle.timesheets import clockify as ck

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "contract" / "clockify.py"
LINE = re.compile(r"^(GET|POST|PUT|PATCH|DELETE) /\S* (\d{3}|-) (OK|ERROR( \(optional\))?: .+)$")
CALLS = {
    ("GET", "/api/v1/user"),
    ("GET", "/api/v1/workspaces"),
    ("GET", "/api/v1/workspaces/{id}/users"),
    ("GET", "/api/v1/workspaces/{id}/clients"),
    ("GET", "/api/v1/workspaces/{id}/projects"),
    ("GET", "/api/v1/workspaces/{id}/tags"),
    ("GET", "/api/v1/workspaces/{id}/user/{id}/time-entries"),
    ("GET", "/api/v1/workspaces/{id}/time-entries/{id}"),
    ("POST", "/report/v1/workspaces/{id}/reports/detailed"),
    ("GET", "/api/v1/workspaces/{id}/webhooks"),
    ("POST", "/api/v1/workspaces/{id}/webhooks"),
    ("DELETE", "/api/v1/workspaces/{id}/webhooks/{id}"),
}


@pytest.fixture(scope="module")
def server():
    with FakeClockify() as fake:
        yield fake


@pytest.fixture
def fake(server):
    server.reset()
    now = datetime.now(timezone.utc)
    acme = server.add_project("ACME", server.add_client("ACME SA")["id"])
    server.add_tag("FORFAIT")
    for index in range(14):
        start = now - timedelta(days=index, hours=3)
        server.add_entry(server.me["id"], start, start + timedelta(hours=1), project_id=acme["id"])
    server.add_entry(server.me["id"], now - timedelta(minutes=5), None)  # running
    return server


def run(fake, token=None):
    done = subprocess.run(
        [sys.executable, SCRIPT, "--base-url", fake.api_url, "--token", token or fake.api_key],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert fake.api_key not in done.stdout + done.stderr, "the key was printed"
    return done.returncode, done.stdout.splitlines(), done.stderr


def routes(lines):
    return {(line.split()[0], re.sub(r"/[0-9a-f]{24}", "/{id}", line.split()[1])) for line in lines}


def test_the_contract_is_green_and_drives_every_call_of_the_connector(fake):
    status, lines, summary = run(fake)
    failed = [line for line in lines if " ERROR" in line]
    assert not failed, "\n".join(failed)
    assert status == 0
    assert all(LINE.match(line) for line in lines), lines
    assert f"contract clockify: {len(lines)} calls, 0 failed" in summary
    assert routes(lines) >= CALLS
    assert sum("/time-entries " in line for line in lines) == 3  # paged by 5, at most 3 pages
    assert sum("/reports/detailed " in line for line in lines) == 3 + 1  # and one page by number
    assert not fake.webhooks, "the webhook made by the check was left behind"
    source = SCRIPT.read_text()
    public = {
        name
        for name, member in vars(ck.ClockifyClient).items()
        if not name.startswith("_") and callable(member)
    }
    # the listers are called by name (getattr(client, what) over "users", "clients"...)
    missing = [m for m in public if not re.search(rf'\.{m}\b|"{m}"', source)]
    assert not missing, f"public calls the contract script does not drive: {missing}"


def test_the_contract_notices_a_report_without_its_rows(monkeypatch, fake):
    monkeypatch.setattr(FakeClockify, "_detailed", lambda self, request: FakeResponse(200, {}))
    status, lines, summary = run(fake)
    assert status == 1
    failed = [line for line in lines if " ERROR" in line]
    assert len(failed) == 2  # the report read in pages, and one page by number
    assert all(line.startswith("POST /report/v1/workspaces/") for line in failed)
    assert all("timeentries missing" in line for line in failed)
    assert ", 2 failed" in summary


def test_a_refused_key_fails_the_run(fake):
    status, lines, _summary = run(fake, token="not-the-key")
    assert status == 1
    assert lines[0].startswith("GET /api/v1/user 401 ERROR: ")
