"""The contract scripts (scripts/contract/<provider>.py --base-url URL --token TOKEN), run as a
user runs them against the fakes that follow the providers' documents: every call the connector
makes is driven through the real client and gets the documented answer, each printed as
``<METHOD> <path> <status> OK``; a fake that leaves the document is noticed, and the exit status
says whether a call the connector depends on failed."""

import re
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from fincycle.banking import qonto, revolut
from fincycle.testing.fake_qonto import FakeQonto
from fincycle.testing.fake_revolut import FakeRevolut
from fincycle.testing.fake_server import FakeResponse

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts" / "contract"
LINE = re.compile(r"^(GET|POST|PUT|PATCH|DELETE) /\S* (\d{3}|-) (OK|ERROR( \(optional\))?: .+)$")
# What the connector calls (the add-ons' use of the clients), as the script prints it.
REVOLUT_CALLS = {
    ("GET", "/api/1.0/accounts"),
    ("GET", "/api/1.0/accounts/{id}"),
    ("GET", "/api/1.0/accounts/{id}/bank-details"),
    ("GET", "/api/1.0/transactions"),
    ("GET", "/api/1.0/transaction/{id}"),
    ("GET", "/api/1.0/counterparty/{id}"),
    ("POST", "/api/1.0/auth/token"),
    ("POST", "/api/2.0/webhooks"),
    ("DELETE", "/api/2.0/webhooks/{id}"),
}
QONTO_CALLS = {
    ("GET", "/v2/organization"),
    ("GET", "/v2/transactions"),
    ("GET", "/v2/transactions/{id}"),
    ("POST", "/oauth2/token"),
    ("GET", "/v2/webhook_subscriptions"),
    ("POST", "/v2/webhook_subscriptions"),
    ("DELETE", "/v2/webhook_subscriptions/{id}"),
}
# Client methods that send nothing (a URL for the user's browser).
NO_HTTP = {"authorize_url"}


def run_script(name, base_url, token, *options):
    done = subprocess.run(
        [
            sys.executable,
            SCRIPTS / f"{name}.py",
            "--base-url",
            base_url,
            "--token",
            token,
            *options,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert token not in done.stdout + done.stderr, "the token was printed"
    return done.returncode, done.stdout.splitlines(), done.stderr


def routes(lines):
    """(method, path with ids as {id}) of every line."""
    found = set()
    for line in lines:
        method, path = line.split()[:2]
        path = re.sub(r"/[0-9a-f]{8}-[0-9a-f-]{27,}", "/{id}", path)
        found.add((method, path))
    return found


def _public_methods(*classes):
    return {
        name
        for cls in classes
        for name, member in vars(cls).items()
        if not name.startswith("_") and callable(member)
    }


@pytest.fixture
def revolut_fake(fake_revolut):
    """The fake Revolut with two accounts' worth of data: transactions of every state, some
    with a counterparty."""
    account = fake_revolut.add_account("EUR", balance=500, iban="LT603250000000000001")
    counterparty = fake_revolut.add_counterparty("Acme SARL", iban="FR7630006000011234567890189")
    for index in range(12):
        fake_revolut.add_transaction(
            account["id"],
            (index + 1) * (1 if index % 2 else -1),
            state=("completed", "pending", "declined")[index % 3],
            reason_code="insufficient_balance" if index % 3 == 2 else None,
            counterparty=counterparty if index % 4 == 0 else None,
            reference=f"INV-{index}",
        )
    return fake_revolut


@pytest.fixture
def qonto_fake(fake_qonto):
    """The fake Qonto with an own and an external account and a day of transactions."""
    now = datetime.now(timezone.utc)
    account = fake_qonto.add_bank_account(balance="1000.00")
    fake_qonto.add_bank_account(iban="DE89370400440532013000", name="Other bank", external=True)
    for index in range(12):
        fake_qonto.add_transaction(
            f"{index + 1}.50",
            "debit" if index % 3 else "credit",
            status=("completed", "pending", "declined")[index % 3],
            at=now - timedelta(hours=12 - index),
            fraction=index % 5 != 0,
            bank_account_id=account["id"],
        )
    return fake_qonto


def test_revolut_contract_is_green_and_drives_every_call_of_the_connector(revolut_fake):
    status, lines, summary = run_script(
        "revolut", revolut_fake.api_url, revolut_fake.issue_tokens()["access_token"]
    )
    failed = [line for line in lines if " ERROR" in line]
    assert not failed, "\n".join(failed)
    assert status == 0
    assert all(LINE.match(line) for line in lines), [x for x in lines if not LINE.match(x)]
    assert f"contract revolut: {len(lines)} calls, 0 failed" in summary
    assert REVOLUT_CALLS <= routes(lines)
    assert sum(line.startswith("GET /api/1.0/transactions ") for line in lines) == 3  # paged
    assert not revolut_fake.webhooks, "the webhook made by the check was left behind"
    source = (SCRIPTS / "revolut.py").read_text()
    missing = [
        m
        for m in _public_methods(revolut.RevolutClient, revolut.RevolutOAuth) - NO_HTTP
        if not re.search(rf"\.{m}\b", source)
    ]
    assert not missing, f"public calls the contract script does not drive: {missing}"


@pytest.mark.parametrize("auth", ["oauth", "api_key"])
def test_qonto_contract_is_green_and_drives_every_call_of_the_connector(qonto_fake, auth):
    token = (
        qonto_fake.issue_tokens()["access_token"]
        if auth == "oauth"
        else f"{qonto_fake.login}:{qonto_fake.secret_key}"
    )
    status, lines, summary = run_script("qonto", qonto_fake.url, token)
    assert status == 0, "\n".join(lines)
    assert all(LINE.match(line) for line in lines), [x for x in lines if not LINE.match(x)]
    failed = [line for line in lines if " ERROR" in line]
    if auth == "oauth":
        assert not failed, "\n".join(failed)
        assert f"contract qonto: {len(lines)} calls, 0 failed" in summary
        assert QONTO_CALLS <= routes(lines)
    else:  # subscriptions need OAuth: reported, not counted against the connector
        assert failed and all("ERROR (optional)" in line for line in failed)
        assert all("/v2/webhook_subscriptions" in line for line in failed)
        assert "GET /v2/webhook_subscriptions 403 ERROR (optional)" in failed[0]
    assert sum(line.startswith("GET /v2/transactions ") for line in lines) == 3  # paged
    assert not qonto_fake.subscriptions, "the subscription made by the check was left behind"
    source = (SCRIPTS / "qonto.py").read_text()
    missing = [
        m
        for m in _public_methods(qonto.QontoClient, qonto.QontoOAuth) - NO_HTTP
        if not re.search(rf"\.{m}\b", source)
    ]
    assert not missing, f"public calls the contract script does not drive: {missing}"


def test_qonto_contract_notices_the_old_subscription_list_shape(monkeypatch, qonto_fake):
    def old_shape(self, request):
        return FakeResponse(200, {"webhook_subscriptions": list(self.subscriptions.values())})

    monkeypatch.setattr(FakeQonto, "_list_subscriptions", old_shape)
    status, lines, summary = run_script(
        "qonto", qonto_fake.url, qonto_fake.issue_tokens()["access_token"]
    )
    assert status == 1
    [failure] = [line for line in lines if " ERROR" in line]
    assert failure.startswith("GET /v2/webhook_subscriptions 200 ERROR: ")
    assert "$.subscriptions missing" in failure
    assert "$.meta missing" in failure
    assert ", 1 failed" in summary


def test_revolut_contract_notices_an_account_without_its_currency(monkeypatch, revolut_fake):
    def without_currency(self, request):
        return FakeResponse(
            200, [{k: v for k, v in a.items() if k != "currency"} for a in self.accounts.values()]
        )

    monkeypatch.setattr(FakeRevolut, "_get_accounts", without_currency)
    status, lines, _summary = run_script(
        "revolut", revolut_fake.api_url, revolut_fake.issue_tokens()["access_token"]
    )
    assert status == 1
    [failure] = [line for line in lines if " ERROR" in line]
    assert failure.startswith("GET /api/1.0/accounts 200 ERROR: $[0].currency missing")


def test_revolut_contract_notices_a_secret_in_the_webhook_list(monkeypatch, revolut_fake):
    def with_secrets(self, request):
        return FakeResponse(200, [self._public(h, True) for h in self.webhooks.values()])

    monkeypatch.setattr(FakeRevolut, "_list_webhooks", with_secrets)
    status, lines, summary = run_script(
        "revolut", revolut_fake.api_url, revolut_fake.issue_tokens()["access_token"]
    )
    [failure] = [line for line in lines if " ERROR" in line]
    assert failure.startswith("GET /api/2.0/webhooks 200 ERROR (optional): ")
    assert "signing_secret must not be there" in failure
    assert status == 0  # the connector does not list webhooks
    assert "1 optional failed" in summary


def test_a_refused_token_fails_the_run_on_every_call_it_needs(revolut_fake):
    status, lines, _summary = run_script("revolut", revolut_fake.api_url, "oa_sand_not_a_token")
    assert status == 1
    assert lines[0].startswith("GET /api/1.0/accounts 401 ERROR: ")


def test_the_base_url_must_be_the_documented_api_base(revolut_fake):
    status, lines, summary = run_script("revolut", revolut_fake.url, "oa_sand_x")
    assert status == 2
    assert not lines
    assert "/api/1.0" in summary
