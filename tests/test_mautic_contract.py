"""scripts/contract/mautic.py run as a user runs it against the fake that follows Mautic's
document, in both auth modes: every call the connector makes is driven through the real client
and gets the documented answer, nothing made by the check is left behind, the credentials are
never printed, and a fake that leaves the document is noticed."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from fincycle.marketing import mautic as mt
from fincycle.testing.fake_mautic import FakeMautic
from fincycle.testing.fake_server import FakeResponse

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "contract" / "mautic.py"
LINE = re.compile(r"^(GET|POST|PUT|PATCH|DELETE) /\S* (\d{3}|-) (OK|ERROR( \(optional\))?: .+)$")
CALLS = {
    ("GET", "/api/contacts/list/fields"),
    ("POST", "/api/fields/contact/new"),
    ("GET", "/api/fields/company"),
    ("POST", "/api/fields/company/new"),
    ("GET", "/api/contacts"),
    ("POST", "/api/contacts/batch/new"),
    ("PATCH", "/api/contacts/batch/edit"),
    ("GET", "/api/contacts/{id}"),
    ("PATCH", "/api/contacts/{id}/edit"),
    ("POST", "/api/contacts/{id}/dnc/email/add"),
    ("POST", "/api/contacts/{id}/dnc/email/remove"),
    ("DELETE", "/api/contacts/batch/delete"),
    ("GET", "/api/companies"),
    ("POST", "/api/companies/batch/new"),
    ("PATCH", "/api/companies/batch/edit"),
    ("POST", "/api/companies/{id}/contact/{id}/add"),
    ("DELETE", "/api/companies/{id}/delete"),
    ("GET", "/api/segments"),
    ("POST", "/api/segments/new"),
    ("POST", "/api/segments/{id}/contacts/add"),
    ("POST", "/api/segments/{id}/contact/{id}/remove"),
    ("DELETE", "/api/segments/{id}/delete"),
    ("GET", "/api/campaigns"),
    ("GET", "/api/campaigns/{id}/contacts"),
    ("POST", "/api/campaigns/{id}/contact/{id}/add"),
    ("POST", "/api/campaigns/{id}/contact/{id}/remove"),
    ("GET", "/api/emails"),
    ("GET", "/api/stats/channel_url_trackables"),
}
NO_HTTP = {"merge_plan"}  # decides, sends nothing


@pytest.fixture(scope="module")
def server():
    with FakeMautic() as fake:
        yield fake


@pytest.fixture
def fake(server):
    server.reset()
    for index in range(12):
        server.add_contact(email=f"lead{index}@example.com", firstname=f"Lead {index}")
    server.add_campaign("Quote sent")
    email = server.add_email("Your quote", sent=40, read=22)
    server.add_trackable(email["id"], hits=9, unique_hits=6)
    return server


def token_of(fake, auth):
    if auth == mt.AUTH_BASIC:
        return f"{fake.username}:{fake.password}"
    return f"{fake.client_id}:{fake.client_secret}"


def run(fake, auth=mt.AUTH_CLIENT_CREDENTIALS, *options, token=None):
    token = token or token_of(fake, auth)
    done = subprocess.run(
        [
            sys.executable,
            SCRIPT,
            "--base-url",
            fake.url,
            "--token",
            token,
            "--auth",
            auth,
            *options,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    secret = token.partition(":")[2]
    assert not secret or secret not in done.stdout + done.stderr, "the secret was printed"
    return done.returncode, done.stdout.splitlines(), done.stderr


def routes(lines):
    return {(line.split()[0], re.sub(r"/\d+(?=/|$)", "/{id}", line.split()[1])) for line in lines}


@pytest.mark.parametrize("auth", mt.AUTH_MODES)
def test_the_contract_is_green_and_drives_every_call_of_the_connector(fake, auth):
    campaign = next(iter(fake.campaigns))
    status, lines, summary = run(fake, auth, "--campaign", str(campaign))
    failed = [line for line in lines if " ERROR" in line]
    assert not failed, "\n".join(failed)
    assert status == 0
    assert all(LINE.match(line) for line in lines), [x for x in lines if not LINE.match(x)]
    assert f"contract mautic: {len(lines)} calls, 0 failed" in summary
    assert routes(lines) >= CALLS
    if auth == mt.AUTH_CLIENT_CREDENTIALS:
        assert "POST /oauth/v2/token 200 OK" in lines
        assert "POST /oauth/v2/token 400 OK" in lines  # the refused secret
    else:
        assert not [line for line in lines if "/oauth/" in line]
        assert "GET /api/contacts/list/fields 401 OK" in lines
    assert sum(line.startswith("GET /api/contacts ") for line in lines) >= 3 + 1  # paged by 5
    # nothing the check made is left behind (the partner field stays: the connector needs it)
    assert len(fake.contacts) == 12
    assert not fake.companies and not fake.segments
    assert mt.PARTNER_FIELD in fake.fields
    assert not any(c["campaigns"] for c in fake.contacts.values())


def test_every_public_call_of_the_client_is_driven():
    source = SCRIPT.read_text()
    public = {
        name
        for name, member in vars(mt.MauticClient).items()
        if not name.startswith("_") and callable(member)
    }
    missing = [name for name in public - NO_HTTP if not re.search(rf"\.{name}\b", source)]
    assert not missing, f"public calls the contract script does not drive: {missing}"


def test_without_a_campaign_the_campaign_is_read_only(fake):
    status, lines, _summary = run(fake)
    assert status == 0
    skipped = [line for line in lines if "/contact/{id}/add" in line and "campaigns" in line]
    assert skipped == [
        "POST /api/campaigns/{id}/contact/{id}/add - ERROR (optional): not sent: no --campaign "
        "given (a campaign may send e-mails)"
    ]
    assert not any(c["campaigns"] for c in fake.contacts.values())


def test_a_field_already_there_is_not_created(fake):
    fake.add_field(mt.PARTNER_FIELD, "Odoo partner ID")
    fake.add_field(mt.LEAD_FIELD, "Odoo lead ID")
    fake.add_field(mt.COMPANY_FIELD, "Odoo company ID", obj="company")
    status, lines, _summary = run(fake)
    assert status == 0
    assert not [line for line in lines if "/fields/contact/new" in line]
    assert not [line for line in lines if "/fields/company/new" in line]


def test_the_check_notices_lists_sent_as_arrays(monkeypatch, fake):
    def as_array(self, request, rows, key, to_json):
        return FakeResponse(200, {"total": len(rows), key: [to_json(r) for r in rows]})

    monkeypatch.setattr(FakeMautic, "_listing", as_array)
    status, lines, _summary = run(fake)
    assert status == 1
    failed = [line for line in lines if " ERROR: " in line]  # the optional ones follow from them
    assert failed and all("is not an object keyed by id" in line for line in failed)
    assert failed[0].startswith("GET /api/contacts 200 ERROR: ")


def test_wrong_credentials_fail_the_run(fake):
    status, lines, _summary = run(fake, mt.AUTH_BASIC, token=f"{fake.username}:wrong-password-1")
    assert status == 1
    assert lines[0].startswith("GET /api/contacts/list/fields 401 ERROR: ")


def test_the_base_url_and_the_token_are_checked(fake):
    status, lines, summary = run(fake, token="no-colon-here")
    assert status == 2 and not lines
    assert "client_id:client_secret" in summary
    done = subprocess.run(
        [sys.executable, SCRIPT, "--base-url", "http://mautic.example.ch", "--token", "a:b"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2 and "https" in done.stderr


def test_against_the_fake_without_arguments_prints_its_summary():
    done = subprocess.run(
        [sys.executable, SCRIPT], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stdout
    assert re.search(r"contract mautic: \d+ calls, 0 failed", done.stderr)
