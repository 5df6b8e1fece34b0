import json
import time
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest
import requests

from fincycle.banking import qonto
from fincycle.http import (
    AuthError,
    BadResponseError,
    ProviderError,
    RateLimitedError,
)
from fincycle.testing.fake_server import FakeResponse
from fincycle.webhooks import QontoScheme

SAMPLE = "matching/bank/qonto_transactions.json"  # in the samples folder
IBAN = "FR7616958000010000000000123"


@pytest.fixture
def session(make_fast_session):
    return make_fast_session("qonto", breaker_key="qonto:test")


def key_client(fake_qonto, session, **kwargs):
    header = qonto.api_key_authorization(fake_qonto.login, fake_qonto.secret_key)
    return qonto.QontoClient(session, fake_qonto.url, lambda: header, **kwargs)


def bearer_client(fake_qonto, session, token, **kwargs):
    return qonto.QontoClient(session, fake_qonto.url, lambda: f"Bearer {token['value']}", **kwargs)


# -- pure helpers --------------------------------------------------------------------------


def test_api_key_header_is_login_colon_secret():
    assert qonto.api_key_authorization(" acme-1234 ", "sk ") == "acme-1234:sk"
    with pytest.raises(AuthError, match="organization login"):
        qonto.api_key_authorization("acme-1234", "")
    with pytest.raises(AuthError, match="colon"):
        qonto.api_key_authorization("acme-1234:sk", "sk")
    with pytest.raises(AuthError, match="Basic"):
        qonto.api_key_authorization("Basic YWNtZQ==", "sk")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-03-03T16:06:38.000Z", datetime(2025, 3, 3, 16, 6, 38, tzinfo=timezone.utc)),
        ("2025-03-03T16:06:38Z", datetime(2025, 3, 3, 16, 6, 38, tzinfo=timezone.utc)),
        ("2025-03-03T16:06:38.5Z", datetime(2025, 3, 3, 16, 6, 38, 500000, timezone.utc)),
        (
            "2025-03-03T16:06:38.123456789Z",
            datetime(2025, 3, 3, 16, 6, 38, 123456, timezone.utc),
        ),
        ("2025-03-03T18:06:38+02:00", datetime(2025, 3, 3, 16, 6, 38, tzinfo=timezone.utc)),
        ("2025-03-03T16:06:38", datetime(2025, 3, 3, 16, 6, 38, tzinfo=timezone.utc)),
    ],
)
def test_timestamps_with_and_without_fraction(text, expected):
    assert qonto.parse_timestamp(text) == expected


@pytest.mark.parametrize("text", ["2025-02-30T10:00:00Z", "yesterday", "2025-03-03"])
def test_bad_timestamps_raise_a_data_error(text):
    with pytest.raises(qonto.QontoDataError):
        qonto.parse_timestamp(text)


def test_format_timestamp_is_utc_millis_z():
    aware = datetime(2025, 1, 1, 1, 0, 0, 123456, timezone(timedelta(hours=1)))
    assert qonto.format_timestamp(aware) == "2025-01-01T00:00:00.123Z"
    assert qonto.format_timestamp(datetime(2025, 1, 1)) == "2025-01-01T00:00:00.000Z"


def test_sample_file_maps_every_completed_transaction(samples):
    data = json.loads((samples / SAMPLE).read_text())
    batch = qonto.split_transactions(data["transactions"])
    assert not batch.problems and not batch.pending and not batch.skipped
    assert len(batch.lines) == len(data["transactions"]) == 43
    by_id = {line["unique_import_id"]: line for line in batch.lines}
    # same unique ids as the OCA module: journals it fed do not book twice
    assert set(by_id) == {t["transaction_id"] for t in data["transactions"]}
    first = by_id["maison-colibri-1-transaction-999607"]
    assert first["amount"] == 6637.78
    assert first["payment_ref"] == "BROWN CONSULTING - Factures FAC-2025-00022 FAC-2025-00043"
    assert first["ref"] == "Factures FAC-2025-00022 FAC-2025-00043"
    assert first["partner_name"] == "BROWN CONSULTING"
    assert first["account_number"] == "GB96REVO36014416880583"
    assert first["date"] == datetime(2025, 5, 1, 13, 34, 25, 149000, timezone.utc)
    assert first["_fincycle_currency"] == "EUR"
    assert first["_fincycle_balance_after"] == 25503.07
    assert "_fincycle_foreign_currency" not in first
    assert json.loads(first["raw_data"])["id"] == "25ddf3de-30fc-aec0-a09a-e9fef2011239"
    assert first["transaction_type"] == "income"
    # empty reference: label alone, no ref
    empty_ref = by_id["maison-colibri-1-transaction-920341"]
    assert empty_ref["payment_ref"] == "RHÔNE CONSEIL SAS"
    assert "ref" not in empty_ref
    # DirectDebit → nested object "direct_debit"? absent in the sample: no IBAN, no crash
    debit = by_id["maison-colibri-1-transaction-289656"]
    assert debit["amount"] == -182.8
    assert "account_number" not in debit
    fee = by_id["maison-colibri-1-transaction-516138"]
    assert fee["partner_name"] == "Abonnement Qonto"
    assert "Category: fees" in fee["narration"]
    # a recall is a debit booked under the Income subject with the payer's IBAN
    recall = by_id["maison-colibri-1-transaction-924315"]
    assert recall["amount"] == -3964.58
    assert recall["account_number"] == "GB09BARC83645790828151"
    # the sample's balances follow the file order: signed amounts chain them exactly
    opening = Decimal(str(batch.lines[0]["_fincycle_balance_after"])) - Decimal(
        str(batch.lines[0]["amount"])
    )
    for line in batch.lines:
        opening += Decimal(str(line["amount"]))
        assert opening == Decimal(str(line["_fincycle_balance_after"]))


def _tx(**over):
    base = {
        "id": "u-1",
        "transaction_id": "org-transaction-1",
        "amount": 12.5,
        "currency": "EUR",
        "local_amount": 12.5,
        "local_currency": "EUR",
        "side": "debit",
        "operation_type": "card",
        "status": "completed",
        "label": "Café du Port",
        "clean_counterparty_name": None,
        "reference": None,
        "note": "team lunch",
        "settled_at": "2025-05-02T12:00:01Z",
        "created_at": "2025-05-02T11:59:00Z",
        "card_last_digits": "4242",
        "category": "restaurant_and_bar",
        "subject_type": "Card",
        "settled_balance": 100,
    }
    base.update(over)
    return base


def test_card_payment_abroad_keeps_the_original_amount_and_card_digits():
    line = qonto.transaction_line(
        _tx(local_currency="CHF", local_amount=11.9, amount=12.5, side="debit")
    )
    assert line["amount"] == -12.5
    assert line["_fincycle_foreign_currency"] == "CHF"
    assert line["amount_currency"] == -11.9
    assert line["partner_name"] == "Café du Port"  # no clean name → label
    assert line["payment_ref"] == "Café du Port"
    assert "team lunch" in line["narration"]
    assert "Card ending 4242" in line["narration"]
    assert "Operation: card" in line["narration"]


def test_counterparty_iban_from_the_object_named_after_subject_type():
    tx = _tx(
        subject_type="DirectDebit",
        direct_debit={"counterparty_account_number": "fr76 3000 6000 0112 3456 7890 189"},
    )
    assert qonto.transaction_line(tx)["account_number"] == "FR7630006000011234567890189"
    tx = _tx(subject_type="Transfer", transfer={"counterparty_account_number": "NL93RABO0123"})
    assert qonto.transaction_line(tx)["account_number"] == "NL93RABO0123"


def test_status_rules_pending_declined_unknown_and_broken():
    batch = qonto.split_transactions(
        [
            _tx(transaction_id="t-ok"),
            _tx(transaction_id="t-pending", status="pending", settled_at=None, amount=30),
            _tx(transaction_id="t-declined", status="declined", settled_at=None),
            _tx(transaction_id="t-reversed", status="reversed"),
            _tx(transaction_id="t-odd", status="frozen"),
            _tx(transaction_id="t-noside", side=None),
            _tx(transaction_id="t-nodate", settled_at=None),
            _tx(transaction_id="t-baddate", settled_at="soon"),
            _tx(transaction_id="t-noamount", amount=None),
        ]
    )
    assert [line["unique_import_id"] for line in batch.lines] == ["t-ok"]
    assert batch.pending == [
        {
            "id": "u-1",
            "transaction_id": "t-pending",
            "amount": -30.0,
            "created_at": datetime(2025, 5, 2, 11, 59, tzinfo=timezone.utc),
            "label": "Café du Port",
        }
    ]
    assert [(ref, status) for ref, status, _reason in batch.skipped] == [
        ("t-declined", "declined"),
        ("t-reversed", "reversed"),
    ]
    assert len(batch.problems) == 5
    assert any("t-odd: unknown status 'frozen'" in p for p in batch.problems)
    assert any("t-noside" in p and "side" in p for p in batch.problems)
    assert any("t-nodate" in p and "settled_at" in p for p in batch.problems)
    assert any("t-baddate" in p and "timestamp" in p for p in batch.problems)
    assert any("t-noamount" in p and "amount" in p for p in batch.problems)


def test_pending_uses_emitted_at_when_created_at_is_missing():
    batch = qonto.split_transactions(
        [_tx(status="pending", created_at=None, emitted_at="2025-05-01T10:00:00.000Z")]
    )
    assert batch.pending[0]["created_at"] == datetime(2025, 5, 1, 10, tzinfo=timezone.utc)


# -- client against the fake ---------------------------------------------------------------


def test_api_key_header_exactly_and_external_accounts(fake_qonto, session):
    fake_qonto.add_bank_account(iban=IBAN, balance="100.00")
    fake_qonto.add_bank_account(iban="DE89370400440532013000", external=True, name="Other bank")
    client = key_client(fake_qonto, session)
    organization = client.organization()
    assert organization["slug"] == fake_qonto.login
    assert [a["iban"] for a in organization["bank_accounts"]] == [IBAN, "DE89370400440532013000"]
    call = fake_qonto.calls("GET", "/v2/organization")[-1]
    assert call.headers["Authorization"] == f"{fake_qonto.login}:{fake_qonto.secret_key}"
    assert call.query["include_external_accounts"] == ["true"]
    assert len(client.bank_accounts(include_external_accounts=False)) == 1
    external = client.find_bank_account(iban="de89 3704 0044 0532 0130 00")
    assert external["is_external_account"] is True


@pytest.mark.parametrize(
    "header",
    ["Basic YWNtZS0xMjM0OmZha2Utc2VjcmV0LWtleS0wMTIzNDU2Nzg5", "acme-1234:wrong", ""],
)
def test_wrong_api_key_headers_are_401(fake_qonto, session, header):
    fake_qonto.add_bank_account()
    client = qonto.QontoClient(session, fake_qonto.url, lambda: header)
    with pytest.raises(AuthError) as caught:
        client.organization()
    assert caught.value.status == 401


@pytest.mark.parametrize("paging", ["page", "current_page"])
def test_paging_over_several_pages_with_page_or_current_page(fake_qonto, session, paging):
    fake_qonto.paging = paging
    account = fake_qonto.add_bank_account()
    for index in range(250):
        fake_qonto.add_transaction(amount=index + 1, reference=f"R{index}")
    client = key_client(fake_qonto, session)
    found = list(client.iter_transactions(bank_account_id=account["id"]))
    assert len(found) == 250
    assert len({t["id"] for t in found}) == 250
    updated = [t["updated_at"] for t in found]
    assert updated == sorted(updated)
    calls = fake_qonto.calls("GET", "/v2/transactions")
    first = calls[0].query
    assert first["sort_by"] == ["updated_at:asc"]
    assert first["status[]"] == ["pending", "completed", "declined"]
    assert first["per_page"] == ["100"]
    if paging == "page":
        assert len(calls) == 3
        assert client.page_param == "page"
    else:
        # page 2 asked with "page" came back as page 1: asked again with "current_page"
        assert len(calls) == 4
        assert client.page_param == "current_page"
        assert calls[-1].query["current_page"] == ["3"]


def test_a_server_that_ignores_both_page_params_stops_with_a_clear_error(fake_qonto, session):
    fake_qonto.paging = "pagenum"  # honours neither
    fake_qonto.add_bank_account()
    for _ in range(120):
        fake_qonto.add_transaction()
    client = key_client(fake_qonto, session)
    with pytest.raises(BadResponseError, match="page"):
        list(client.iter_transactions(iban=IBAN))


def test_filters_by_iban_even_for_external_accounts_and_updated_from(fake_qonto, session):
    fake_qonto.add_bank_account(iban=IBAN)
    external = fake_qonto.add_bank_account(iban="DE89370400440532013000", external=True)
    fake_qonto.add_transaction(bank_account_id=external["id"], at="2025-06-01T10:00:00Z")
    fake_qonto.add_transaction(bank_account_id=external["id"], at="2025-06-02T10:00:00Z")
    client = key_client(fake_qonto, session)
    found = list(
        client.iter_transactions(
            iban="DE89 3704 0044 0532 0130 00",
            updated_from=datetime(2025, 6, 2, tzinfo=timezone.utc),
        )
    )
    assert [t["updated_at"] for t in found] == ["2025-06-02T10:00:00.000Z"]
    assert found[0]["is_external_transaction"] is True
    query = fake_qonto.calls("GET", "/v2/transactions")[-1].query
    assert query["iban"] == ["DE89370400440532013000"]
    assert query["updated_at_from"] == ["2025-06-02T00:00:00.000Z"]


def test_contract_limits_enforced_by_the_fake(fake_qonto, session):
    fake_qonto.add_bank_account()
    client = key_client(fake_qonto, session)
    with pytest.raises(ValueError, match="per_page"):
        list(client.iter_transactions(iban=IBAN, per_page=101))
    with pytest.raises(ValueError, match="bank_account_id or iban"):
        list(client.iter_transactions())
    headers = {"Authorization": f"{fake_qonto.login}:{fake_qonto.secret_key}"}
    too_many = requests.get(
        fake_qonto.url + "/v2/transactions", params={"iban": IBAN, "per_page": 101}, headers=headers
    )
    assert too_many.status_code == 422
    assert too_many.json()["errors"][0]["code"] == "invalid_parameter"
    no_account = requests.get(fake_qonto.url + "/v2/transactions", headers=headers)
    assert no_account.status_code == 422
    default = requests.get(
        fake_qonto.url + "/v2/transactions", params={"iban": IBAN}, headers=headers
    )
    assert default.json()["meta"]["per_page"] == 100


def test_default_status_is_completed_only(fake_qonto, session):
    fake_qonto.add_bank_account()
    fake_qonto.add_transaction(status="pending")
    fake_qonto.add_transaction()
    headers = {"Authorization": f"{fake_qonto.login}:{fake_qonto.secret_key}"}
    answer = requests.get(
        fake_qonto.url + "/v2/transactions", params={"iban": IBAN}, headers=headers
    )
    assert [t["status"] for t in answer.json()["transactions"]] == ["completed"]
    client = key_client(fake_qonto, session)
    assert sorted(t["status"] for t in client.iter_transactions(iban=IBAN)) == [
        "completed",
        "pending",
    ]


def test_timestamps_without_fraction_from_the_api_are_booked(fake_qonto, session):
    fake_qonto.add_bank_account()
    fake_qonto.add_transaction(fraction=False, at="2025-06-03T09:15:00Z")
    client = key_client(fake_qonto, session)
    [tx] = client.iter_transactions(iban=IBAN)
    assert tx["settled_at"] == "2025-06-03T09:15:00Z"
    line = qonto.transaction_line(tx)
    assert line["date"] == datetime(2025, 6, 3, 9, 15, tzinfo=timezone.utc)


def test_single_transaction_by_uuid(fake_qonto, session):
    fake_qonto.add_bank_account()
    tx = fake_qonto.add_transaction(amount="42.00")
    client = key_client(fake_qonto, session)
    assert client.transaction(tx["id"])["transaction_id"] == tx["transaction_id"]
    with pytest.raises(ProviderError) as caught:
        client.transaction("nope")
    assert caught.value.status == 404
    assert "Transaction not found" in caught.value.message


def test_429_with_retry_after_is_waited_then_retried(fake_qonto, session, sleeps):
    fake_qonto.add_bank_account()
    fake_qonto.rate_limit_next(calls=1, retry_after="2")
    client = key_client(fake_qonto, session)
    assert client.bank_accounts()
    assert sleeps == [2.0]


def test_429_with_a_long_retry_after_raises_rate_limited(fake_qonto, session, sleeps):
    fake_qonto.add_bank_account()
    fake_qonto.rate_limit_next(calls=1, retry_after="3600")
    with pytest.raises(RateLimitedError) as caught:
        key_client(fake_qonto, session).bank_accounts()
    assert caught.value.retry_after == 3600
    assert sleeps == []
    assert "Rate limit exceeded" in caught.value.message


def test_5xx_is_retried(fake_qonto, session, sleeps):
    fake_qonto.add_bank_account()
    fake_qonto.fail_next(calls=2, status=503)
    assert key_client(fake_qonto, session).bank_accounts()
    assert len(sleeps) == 2


def test_5xx_on_a_subscription_creation_is_not_sent_twice(fake_qonto, session, sleeps):
    token = {"value": fake_qonto.issue_tokens()["access_token"]}
    fake_qonto.fail_next(calls=1, status=500, path="/v2/webhook_subscriptions")
    with pytest.raises(ProviderError) as caught:
        bearer_client(fake_qonto, session, token).create_webhook_subscription("https://erp.test/h")
    assert caught.value.status == 500 and caught.value.retriable  # for a later try, not now
    assert len(fake_qonto.calls("POST", "/v2/webhook_subscriptions")) == 1
    assert sleeps == []
    assert not fake_qonto.subscriptions


def test_failure_mid_way_through_the_pages(fake_qonto, session):
    fake_qonto.add_bank_account()
    for _ in range(150):
        fake_qonto.add_transaction()
    fake_qonto.fail_next(calls=10, status=500, after=1, path="/v2/transactions")
    client = key_client(fake_qonto, session)
    seen = []
    with pytest.raises(ProviderError) as caught:
        seen.extend(client.iter_transactions(iban=IBAN))
    assert caught.value.status == 500
    assert len(seen) == 100  # the generator gave page 1, then failed: callers book nothing


def test_401_refreshes_once_then_gives_up(fake_qonto, session):
    fake_qonto.add_bank_account()
    tokens = fake_qonto.issue_tokens()
    token = {"value": "stale-token"}
    refreshed = []

    def on_unauthorized():
        refreshed.append(1)
        token["value"] = tokens["access_token"]
        return True

    client = bearer_client(fake_qonto, session, token, on_unauthorized=on_unauthorized)
    assert client.bank_accounts()
    assert refreshed == [1]
    # still refused after the refresh: one retry only
    token["value"] = "bad"
    refreshed.clear()
    client = bearer_client(
        fake_qonto, session, token, on_unauthorized=lambda: refreshed.append(1) or 1
    )
    with pytest.raises(AuthError):
        client.bank_accounts()
    assert refreshed == [1]
    assert len(fake_qonto.calls("GET", "/v2/organization")) == 4


def test_too_many_401_in_an_hour_throttles(fake_qonto, session):
    fake_qonto.max_401_per_hour = 3
    fake_qonto.add_bank_account()
    client = qonto.QontoClient(session, fake_qonto.url, lambda: "acme-1234:wrong")
    for _ in range(4):
        with pytest.raises(AuthError):
            client.organization()
    with pytest.raises(RateLimitedError):
        key_client(fake_qonto, session).organization()


def test_staging_token_header_in_sandbox(fake_qonto, session):
    fake_qonto.staging_token = "stg-123"
    try:
        fake_qonto.add_bank_account()
        with pytest.raises(AuthError) as caught:
            key_client(fake_qonto, session).organization()
        assert caught.value.status == 403
        client = key_client(fake_qonto, session, staging_token="stg-123")
        assert client.organization()
        assert fake_qonto.calls()[-1].headers[qonto.STAGING_HEADER] == "stg-123"
    finally:
        fake_qonto.staging_token = None


# -- OAuth ---------------------------------------------------------------------------------


def oauth(fake_qonto, session):
    return qonto.QontoOAuth(
        session,
        fake_qonto.url,
        fake_qonto.client_id,
        fake_qonto.client_secret,
    )


def test_authorize_url_and_code_exchange_with_pkce(fake_qonto, session):
    helper = oauth(fake_qonto, session)
    verifier, challenge = qonto.pkce_pair()
    url = helper.authorize_url("https://erp.test/cb", "st4te", code_challenge=challenge)
    assert url.startswith(fake_qonto.url + "/oauth2/auth?")
    assert "scope=organization.read+offline_access+webhook" in url
    answer = requests.get(url, allow_redirects=False)
    assert answer.status_code == 302
    location = answer.headers["Location"]
    assert location.startswith("https://erp.test/cb?state=st4te&code=")
    code = location.split("code=")[1]
    with pytest.raises(qonto.AuthorizationCodeError):
        helper.exchange_code(code, "https://erp.test/cb", code_verifier="wrong-verifier")
    code = fake_qonto.issue_code("https://erp.test/cb", code_challenge=challenge)
    tokens = helper.exchange_code(code, "https://erp.test/cb", code_verifier=verifier)
    assert tokens.access_token.startswith("qoa_")
    assert tokens.refresh_token.startswith("qor_")
    assert tokens.expires_in == 3600
    token_call = fake_qonto.calls("POST", "/oauth2/token")[-1]
    assert token_call.headers["Content-Type"] == "application/x-www-form-urlencoded"
    # single use
    with pytest.raises(qonto.AuthorizationCodeError, match="start the connection again"):
        helper.exchange_code(code, "https://erp.test/cb", code_verifier=verifier)


def test_token_requests_carry_the_staging_header_in_sandbox(fake_qonto, session):
    fake_qonto.staging_token = "stg-123"
    try:
        tokens = fake_qonto.issue_tokens()
        helper = qonto.QontoOAuth(
            session,
            fake_qonto.url,
            fake_qonto.client_id,
            fake_qonto.client_secret,
            staging_token="stg-123",
        )
        assert helper.refresh(tokens["refresh_token"]).access_token
        call = fake_qonto.calls("POST", "/oauth2/token")[-1]
        assert call.headers[qonto.STAGING_HEADER] == "stg-123"
        assert "stg-123" not in call.body.decode()
    finally:
        fake_qonto.staging_token = None


def test_code_expires_after_ten_minutes(fake_qonto, session):
    code = fake_qonto.issue_code("https://erp.test/cb")
    fake_qonto.advance(601)
    with pytest.raises(qonto.AuthorizationCodeError):
        oauth(fake_qonto, session).exchange_code(code, "https://erp.test/cb")


def test_wrong_client_secret_is_an_auth_error(fake_qonto, session):
    helper = qonto.QontoOAuth(session, fake_qonto.url, fake_qonto.client_id, "nope")
    with pytest.raises(AuthError) as caught:
        helper.refresh("qor_x")
    assert caught.value.status == 401
    assert not isinstance(caught.value, qonto.ConsentError)


def test_refresh_rotates_and_the_old_token_has_a_60_s_grace(fake_qonto, session):
    fake_qonto.add_bank_account()
    first = fake_qonto.issue_tokens()
    helper = oauth(fake_qonto, session)
    rotated = helper.refresh(first["refresh_token"])
    assert rotated.refresh_token and rotated.refresh_token != first["refresh_token"]
    token = {"value": rotated.access_token}
    assert bearer_client(fake_qonto, session, token).bank_accounts()
    fake_qonto.advance(30)
    again = helper.refresh(first["refresh_token"])  # within the grace: accepted
    assert again.access_token
    fake_qonto.advance(31)
    with pytest.raises(qonto.ConsentError, match="Connect with Qonto"):
        helper.refresh(first["refresh_token"])
    assert helper.refresh(rotated.refresh_token).refresh_token  # the new one works


def test_access_token_expires_after_an_hour(fake_qonto, session):
    fake_qonto.add_bank_account()
    tokens = fake_qonto.issue_tokens()
    client = bearer_client(fake_qonto, session, {"value": tokens["access_token"]})
    assert client.organization()
    fake_qonto.advance(3601)
    with pytest.raises(AuthError) as caught:
        client.organization()
    assert "expired" in caught.value.message


def test_revoked_consent_is_a_consent_error(fake_qonto, session):
    tokens = fake_qonto.issue_tokens()
    fake_qonto.revoke_consent()
    with pytest.raises(qonto.ConsentError) as caught:
        oauth(fake_qonto, session).refresh(tokens["refresh_token"])
    assert isinstance(caught.value, AuthError)


def test_scope_is_checked(fake_qonto, session):
    fake_qonto.add_bank_account()
    tokens = fake_qonto.issue_tokens(scopes=["organization.read"])
    client = bearer_client(fake_qonto, session, {"value": tokens["access_token"]})
    assert client.organization()
    with pytest.raises(AuthError) as caught:
        client.create_webhook_subscription("https://erp.test/hook")
    assert caught.value.status == 403
    assert "webhook" in caught.value.message


# -- webhooks ------------------------------------------------------------------------------


def test_webhook_subscription_lifecycle_and_signed_delivery(fake_qonto, session):
    fake_qonto.add_bank_account()
    tokens = fake_qonto.issue_tokens()
    client = bearer_client(fake_qonto, session, {"value": tokens["access_token"]})
    created = client.create_webhook_subscription("https://erp.test/hook", description="Odoo")
    assert created["types"] == ["v1/transactions"]
    assert 32 <= len(created["secret"]) <= 128
    body = fake_qonto.calls("POST", "/v2/webhook_subscriptions")[-1].json()
    assert body == {
        "callback_url": "https://erp.test/hook",
        "types": ["v1/transactions"],
        "description": "Odoo",
    }
    assert [s["id"] for s in client.webhook_subscriptions()] == [created["id"]]
    tx = fake_qonto.add_transaction()
    url, raw, headers = fake_qonto.webhook_delivery(tx["id"], event="created", event_id="evt-1")
    assert url == "https://erp.test/hook"
    verdict = QontoScheme().verify(headers, raw, created["secret"])
    assert verdict.ok, verdict.reason
    payload = json.loads(raw)
    assert payload["id"] == "evt-1"
    assert payload["data"]["event"] == "created"
    assert payload["data"]["id"] == tx["id"]
    client.delete_webhook_subscription(created["id"])
    assert client.webhook_subscriptions() == []
    with pytest.raises(ProviderError):
        client.delete_webhook_subscription(created["id"])


def test_webhook_subscriptions_refused_with_an_api_key(fake_qonto, session):
    with pytest.raises(AuthError) as caught:
        key_client(fake_qonto, session).create_webhook_subscription("https://erp.test/hook")
    assert caught.value.status == 403
    assert "OAuth" in caught.value.message


def test_webhook_subscription_secret_length_is_checked(fake_qonto, session):
    tokens = fake_qonto.issue_tokens()
    client = bearer_client(fake_qonto, session, {"value": tokens["access_token"]})
    with pytest.raises(ProviderError) as caught:
        client.create_webhook_subscription("https://erp.test/hook", secret="short")
    assert caught.value.status == 422


SUBSCRIPTIONS = "/v2/webhook_subscriptions"


def oauth_client(fake_qonto, session):
    tokens = fake_qonto.issue_tokens()
    return bearer_client(fake_qonto, session, {"value": tokens["access_token"]})


@pytest.mark.parametrize("paging", ["page", "current_page"])
def test_more_than_a_hundred_subscriptions_are_read_over_several_pages(fake_qonto, session, paging):
    fake_qonto.paging = paging
    made = [fake_qonto.subscribe(f"https://erp.test/hook/{n}")["id"] for n in range(250)]
    client = oauth_client(fake_qonto, session)
    found = client.webhook_subscriptions()
    assert [s["id"] for s in found] == made
    assert not any("secret" in s for s in found)
    calls = fake_qonto.calls("GET", SUBSCRIPTIONS)
    assert {c.query["per_page"][0] for c in calls} == {"100"}
    if paging == "page":
        assert [c.query["page"] for c in calls] == [["1"], ["2"], ["3"]]
    else:  # page 2 asked with "page" came back as page 1: asked again with "current_page"
        assert len(calls) == 4
        assert calls[-1].query["current_page"] == ["3"]


def test_the_fake_lists_subscriptions_as_documented(fake_qonto, session):
    for n in range(3):
        fake_qonto.subscribe(f"https://erp.test/hook/{n}")
    token = fake_qonto.issue_tokens()["access_token"]
    answer = requests.get(
        fake_qonto.url + SUBSCRIPTIONS,
        params={"page": 2, "per_page": 2},
        headers={"Authorization": f"Bearer {token}"},
        timeout=5,
    ).json()
    assert set(answer) == {"subscriptions", "meta"}
    assert len(answer["subscriptions"]) == 1
    assert answer["meta"] == {
        "current_page": 2,
        "next_page": None,
        "prev_page": 1,
        "total_pages": 2,
        "total_count": 3,
        "per_page": 2,
    }


@pytest.mark.parametrize(
    "body",
    [
        [{"id": "s1", "callback_url": "https://erp.test/hook"}],
        {"webhook_subscriptions": [{"id": "s1", "callback_url": "https://erp.test/hook"}]},
    ],
    ids=["bare-list", "webhook_subscriptions-key"],
)
def test_older_subscription_list_shapes_are_still_read(fake_qonto, session, body):
    client = oauth_client(fake_qonto, session)
    fake_qonto.once("GET", SUBSCRIPTIONS, FakeResponse(200, body))
    assert [s["id"] for s in client.webhook_subscriptions()] == ["s1"]
    assert len(fake_qonto.calls("GET", SUBSCRIPTIONS)) == 1


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({}, qonto.MISSING_KEY),
        ({"data": []}, qonto.MISSING_KEY),
        ({"subscriptions": {"id": "s1"}}, qonto.NOT_A_LIST),
        ({"subscriptions": None}, qonto.NOT_A_LIST),
        ({"subscriptions": ["s1"]}, qonto.NOT_AN_OBJECT),
        ({"subscriptions": [{"callback_url": "https://erp.test/hook"}]}, qonto.NOT_AN_OBJECT),
        ({"subscriptions": [], "meta": "page 1"}, qonto.BAD_META),
        ({"subscriptions": [{"id": "s1"}], "meta": {"next_page": "two"}}, qonto.BAD_META),
        ({"subscriptions": [{"id": "s1"}], "meta": {"next_page": 1}}, qonto.PAGING_STALLED),
        ("subscriptions", qonto.MISSING_KEY),
    ],
)
def test_malformed_subscription_lists_are_typed_bad_responses(fake_qonto, session, body, code):
    client = oauth_client(fake_qonto, session)
    fake_qonto.once("GET", SUBSCRIPTIONS, FakeResponse(200, json.dumps(body).encode()))
    with pytest.raises(qonto.QontoResponseError) as caught:
        client.webhook_subscriptions()
    assert isinstance(caught.value, BadResponseError)
    assert caught.value.code == code
    assert SUBSCRIPTIONS in caught.value.message


def _same_next_page(path, key):
    """A server whose every page names itself as the next one."""

    def answer(request):
        page = int(request.query.get("page", ["1"])[0])
        meta = {"current_page": page, "next_page": page, "total_pages": 9}
        return FakeResponse(200, {key: [{"id": f"{key}-{page}"}], "meta": meta})

    return answer


@pytest.mark.parametrize(
    ("path", "key"), [(SUBSCRIPTIONS, "subscriptions"), ("/v2/transactions", "transactions")]
)
def test_a_page_that_does_not_advance_stops_with_paging_stalled(fake_qonto, session, path, key):
    fake_qonto.add_bank_account()
    fake_qonto.add("GET", path, _same_next_page(path, key))
    client = oauth_client(fake_qonto, session)
    with pytest.raises(qonto.QontoResponseError) as caught:
        if key == "subscriptions":
            client.webhook_subscriptions()
        else:
            list(client.iter_transactions(iban=IBAN))
    assert caught.value.code == qonto.PAGING_STALLED
    assert "does not advance" in caught.value.message
    assert len(fake_qonto.calls("GET", path)) == 1


def test_created_subscription_is_read_wrapped_or_not(fake_qonto, session):
    client = oauth_client(fake_qonto, session)
    bare = {"id": "s9", "callback_url": "https://erp.test/hook", "secret": "x" * 40}
    fake_qonto.once("POST", SUBSCRIPTIONS, FakeResponse(201, bare))
    assert client.create_webhook_subscription("https://erp.test/hook")["id"] == "s9"
    fake_qonto.once("POST", SUBSCRIPTIONS, FakeResponse(201, {"webhook_subscription": {}}))
    with pytest.raises(BadResponseError, match="no id"):
        client.create_webhook_subscription("https://erp.test/hook")


def test_token_endpoint_is_the_documented_path_without_v2(fake_qonto, session):
    code = fake_qonto.issue_code("https://erp.test/cb")
    oauth(fake_qonto, session).exchange_code(code, "https://erp.test/cb")
    assert [c.path for c in fake_qonto.requests] == ["/oauth2/token"] == [qonto.TOKEN_PATH]
    # the fake follows the contract: the /v2 form is not a token endpoint
    answer = requests.post(fake_qonto.url + "/v2/oauth2/token", data={"grant_type": "x"}, timeout=5)
    assert answer.status_code == 404


def test_ten_thousand_transactions_are_paged_fast(fake_qonto, session):
    fake_qonto.add_bank_account()
    fake_qonto.generate(10_000)
    client = key_client(fake_qonto, session)
    started = time.perf_counter()
    batch = qonto.split_transactions(client.iter_transactions(iban=IBAN))
    elapsed = time.perf_counter() - started
    assert len(batch.lines) == 10_000
    assert not batch.problems
    assert len(fake_qonto.calls("GET", "/v2/transactions")) == 100
    assert elapsed < 20, elapsed


def test_the_sample_file_served_by_the_fake(fake_qonto, session, samples):
    data = json.loads((samples / SAMPLE).read_text())
    account_id = data["transactions"][0]["bank_account_id"]
    fake_qonto.add_bank_account(account_id=account_id, iban=IBAN)
    assert fake_qonto.load_transactions(data["transactions"]) == 43
    client = key_client(fake_qonto, session)
    found = list(client.iter_transactions(bank_account_id=account_id, per_page=10))
    assert len(found) == 43
    assert len(fake_qonto.calls("GET", "/v2/transactions")) == 5
    assert len(qonto.split_transactions(found).lines) == 43


def test_malformed_token_answers_are_bad_responses_not_crashes(session):
    from fincycle.http import BadResponseError, oauth  # noqa: PLC0415
    from fincycle.testing import FakeResponse, FakeServer  # noqa: PLC0415

    with FakeServer() as server:
        helper = qonto.QontoOAuth(session, server.url, "client", "secret")
        server.add(
            "POST",
            "/oauth2/token",
            FakeResponse(
                200, {"access_token": "qoa\x00", "refresh_token": "qor", "expires_in": 3600}
            ),
        )
        with pytest.raises(BadResponseError):
            helper.exchange_code("code", "https://erp.test/cb")
        server.add(
            "POST",
            "/oauth2/token",
            FakeResponse(
                200, {"access_token": "qoa", "refresh_token": "qor", "expires_in": 10**12}
            ),
        )
        tokens = helper.exchange_code("code", "https://erp.test/cb")
        assert tokens.expires_in == oauth.MAX_EXPIRES_IN
