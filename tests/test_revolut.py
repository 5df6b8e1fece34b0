import json
import time
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import jwt
import pytest
import requests
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from fincycle.banking import revolut
from fincycle.banking.revolut import (
    AuthorizationCodeError,
    ClientAssertionError,
    ConsentRevokedError,
    RevolutClient,
    RevolutKeyError,
    TokenSet,
    leg_lines,
    parse_timestamp,
)
from fincycle.http import (
    AuthError,
    BadResponseError,
    ProviderError,
    RateLimitedError,
)
from fincycle.testing.fake_revolut import sign_webhook
from fincycle.testing.fake_server import FakeResponse
from fincycle.webhooks import RevolutScheme

CLIENT_ID = "cid-7f3a"  # what conftest's fake_revolut knows
REDIRECT = "https://erp.example.com/fincycle/revolut/callback"
ISSUER = "erp.example.com"
SAMPLE = "matching/bank/revolut_transactions.json"  # in the samples folder


@pytest.fixture
def session(make_fast_session):
    return make_fast_session("revolut")


def token_endpoint(session, api_url, assertion):
    """Revolut's token endpoint, the client authenticated by ``assertion`` (signed ahead)."""
    return revolut.RevolutOAuth(session, api_url, CLIENT_ID, lambda: assertion)


class Connection:
    """What the Odoo side keeps: the tokens, a getter and a refresher."""

    def __init__(self, fake_revolut, session, private_pem):
        self.private_pem = private_pem
        self.refreshes = 0
        self.client = RevolutClient(
            session,
            fake_revolut.api_url,
            token_getter=lambda: self.access,
            token_refresher=self.refresh,
        )
        self.oauth = revolut.RevolutOAuth(session, fake_revolut.api_url, CLIENT_ID, self.assertion)
        tokens = self.oauth.exchange_code(fake_revolut.issue_code())
        self.access, self.refresh_token = tokens.access_token, tokens.refresh_token

    def assertion(self):
        return revolut.client_assertion(CLIENT_ID, ISSUER, self.private_pem)

    def refresh(self):
        self.refreshes += 1
        self.access = self.oauth.refresh(self.refresh_token).access_token
        return self.access


@pytest.fixture
def conn(fake_revolut, session, revolut_keys):
    return Connection(fake_revolut, session, revolut_keys[0])


# -- keys and assertion ------------------------------------------------------------------------


def test_key_pair_and_assertion_are_accepted_by_the_token_endpoint(
    fake_revolut, session, revolut_keys
):
    private_pem, cert_pem = revolut_keys
    assert private_pem.startswith("-----BEGIN PRIVATE KEY-----")
    assert cert_pem.startswith("-----BEGIN CERTIFICATE-----")
    assert revolut.certificate_matches_key(cert_pem, private_pem)
    assert revolut.certificate_expiry(cert_pem) > datetime.now(timezone.utc) + timedelta(days=1800)

    assertion = revolut.client_assertion(CLIENT_ID, ISSUER, private_pem, now=1_700_000_000)
    assert jwt.get_unverified_header(assertion)["alg"] == "RS256"
    claims = jwt.decode(assertion, options={"verify_signature": False})
    assert claims == {
        "iss": ISSUER,
        "sub": CLIENT_ID,
        "aud": "https://revolut.com",
        "iat": 1_700_000_000,
        "exp": 1_700_000_300,
    }

    client = token_endpoint(
        session, fake_revolut.api_url, revolut.client_assertion(CLIENT_ID, ISSUER, private_pem)
    )
    tokens = client.exchange_code(fake_revolut.issue_code())
    assert tokens.access_token.startswith("oa_sand_")
    assert tokens.refresh_token.startswith("oa_sand_")
    assert tokens.expires_in == 2399
    assert tokens.expires_at(now=1000.0) == 3399.0
    assert fake_revolut.assertions[-1]["sub"] == CLIENT_ID
    form = dict(
        pair.split("=", 1)
        for pair in fake_revolut.calls("POST", "/api/1.0/auth/token")[-1].body.decode().split("&")
    )
    assert form["grant_type"] == "authorization_code"
    assert (
        form["client_assertion_type"]
        == "urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer"
    )


def test_reissued_certificate_for_the_same_key_is_accepted(fake_revolut, session, revolut_keys):
    cert = revolut.certificate_from_private_key(revolut_keys[0], "Seeblick renewed", days=30)
    assert cert != revolut_keys[1]
    assert revolut.certificate_matches_key(cert, revolut_keys[0])
    fake_revolut.certificate_pem = cert
    assertion = revolut.client_assertion(CLIENT_ID, ISSUER, revolut_keys[0])
    client = token_endpoint(session, fake_revolut.api_url, assertion)
    assert client.exchange_code(fake_revolut.issue_code()).access_token


def _pem(key, encryption=None):
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        encryption or serialization.NoEncryption(),
    ).decode()


@pytest.mark.parametrize(
    ("pem_factory", "words"),
    [
        (lambda revolut_keys: "", "No private key"),
        (lambda revolut_keys: "not a key at all", "not a PEM private key"),
        (
            lambda revolut_keys: revolut_keys[1],
            "not a PEM private key",
        ),  # the certificate pasted instead
        (lambda revolut_keys: revolut_keys[0][:200], "not a PEM private key"),  # truncated
        (lambda revolut_keys: _pem(ec.generate_private_key(ec.SECP256R1())), "needs an RSA key"),
        (
            lambda revolut_keys: _pem(
                rsa.generate_private_key(public_exponent=65537, key_size=2048),
                serialization.BestAvailableEncryption(b"pw"),
            ),
            "password",
        ),
        (
            lambda revolut_keys: _pem(
                rsa.generate_private_key(public_exponent=65537, key_size=1024)
            ),
            "at least 2048",
        ),
    ],
)
def test_unusable_private_key_raises_a_clear_error(revolut_keys, pem_factory, words):
    with pytest.raises(RevolutKeyError, match=words):
        revolut.client_assertion(CLIENT_ID, ISSUER, pem_factory(revolut_keys))


def test_key_error_is_a_value_error_and_other_inputs_are_checked(revolut_keys):
    assert issubclass(RevolutKeyError, ValueError)
    with pytest.raises(ValueError, match="Client ID"):
        revolut.client_assertion(" ", ISSUER, revolut_keys[0])
    with pytest.raises(RevolutKeyError, match="name"):
        revolut.generate_key_pair("")
    with pytest.raises(RevolutKeyError, match="certificate"):
        revolut.certificate_matches_key("garbage", revolut_keys[0])


def test_wrong_key_is_refused_with_a_certificate_message(fake_revolut, session, revolut_other_keys):
    assertion = revolut.client_assertion(CLIENT_ID, ISSUER, revolut_other_keys[0])
    client = token_endpoint(session, fake_revolut.api_url, assertion)
    code = fake_revolut.issue_code()
    with pytest.raises(ClientAssertionError, match="certificate uploaded in Revolut") as info:
        client.exchange_code(code)
    assert info.value.provider_code == "invalid_client"
    assert "signature" in info.value.message  # Revolut's own words are kept
    assert not isinstance(info.value, ConsentRevokedError)
    assert code in fake_revolut.codes  # a refused client does not burn the code


@pytest.mark.parametrize(
    ("client_id", "issuer"),
    [(CLIENT_ID, "https://erp.example.com"), ("another-client", ISSUER)],
)
def test_wrong_issuer_or_client_id_is_refused(
    fake_revolut, session, revolut_keys, client_id, issuer
):
    assertion = revolut.client_assertion(client_id, issuer, revolut_keys[0])
    client = token_endpoint(session, fake_revolut.api_url, assertion)
    with pytest.raises(ClientAssertionError, match="Client ID or the redirect URI domain"):
        client.exchange_code(fake_revolut.issue_code())


def test_expired_assertion_points_at_the_clock(fake_revolut, session, revolut_keys):
    stale = revolut.client_assertion(CLIENT_ID, ISSUER, revolut_keys[0], now=time.time() - 3600)
    client = token_endpoint(session, fake_revolut.api_url, stale)
    with pytest.raises(ClientAssertionError, match="clock"):
        client.exchange_code(fake_revolut.issue_code())


def test_fake_rejects_non_integer_exp_and_wrong_audience(fake_revolut, revolut_keys):
    key = serialization.load_pem_private_key(revolut_keys[0].encode(), None)
    url = fake_revolut.api_url + "/auth/token"
    base = {"iss": ISSUER, "sub": CLIENT_ID, "aud": "https://revolut.com"}
    for claims, error in (
        ({**base, "exp": str(int(time.time()) + 60)}, "invalid_request"),
        ({**base, "aud": "https://example.com", "exp": int(time.time()) + 60}, "invalid_client"),
    ):
        form = {
            "grant_type": "authorization_code",
            "code": fake_revolut.issue_code(),
            "client_assertion_type": revolut.ASSERTION_TYPE,
            "client_assertion": jwt.encode(claims, key, algorithm="RS256"),
        }
        answer = requests.post(url, data=form, timeout=5)
        assert answer.status_code in (400, 401)
        assert answer.json()["error"] == error


# -- consent, code, refresh --------------------------------------------------------------------


def test_issuer_from_redirect_uri():
    assert revolut.issuer_from_redirect_uri(REDIRECT) == "erp.example.com"
    assert (
        revolut.issuer_from_redirect_uri("https://ERP.Example.com:443/cb?x=1") == "erp.example.com"
    )
    assert revolut.issuer_from_redirect_uri("http://localhost:8069/cb") == "localhost:8069"
    assert revolut.issuer_from_redirect_uri("erp.example.com/cb") == "erp.example.com"
    with pytest.raises(ValueError, match="no domain"):
        revolut.issuer_from_redirect_uri("https:///cb")


def test_consent_url_and_fake_consent_page_give_a_code(fake_revolut, session, revolut_keys):
    url = revolut.consent_url(fake_revolut.consent_base, CLIENT_ID, REDIRECT)
    assert url.startswith(
        fake_revolut.consent_base + "?client_id=cid-7f3a&redirect_uri=https%3A%2F%2F"
    )
    assert url.endswith("&response_type=code&scope=READ,WRITE")
    assert "scope" not in revolut.consent_url(revolut.SANDBOX_CONSENT, CLIENT_ID, REDIRECT, None)
    answer = requests.get(url, allow_redirects=False, timeout=5)
    assert answer.status_code == 302
    location = answer.headers["Location"]
    assert location.startswith(REDIRECT + "?code=oa_sand_")
    code = requests.utils.unquote(location.split("code=", 1)[1])
    assertion = revolut.client_assertion(CLIENT_ID, ISSUER, revolut_keys[0])
    assert token_endpoint(session, fake_revolut.api_url, assertion).exchange_code(code)


def test_oauth_client_opens_revolut_consent_page_with_the_state(fake_revolut, session):
    oauth = revolut.RevolutOAuth(
        session, revolut.SANDBOX_API, CLIENT_ID, lambda: "jwt", consent_base=None
    )
    url = oauth.authorize_url(REDIRECT, "st-1", code_challenge="ignored")
    assert url == revolut.consent_url(revolut.SANDBOX_CONSENT, CLIENT_ID, REDIRECT) + "&state=st-1"
    production = revolut.RevolutOAuth(session, revolut.PRODUCTION_API, CLIENT_ID, lambda: "jwt")
    assert production.authorize_url(REDIRECT, "s").startswith(revolut.PRODUCTION_CONSENT + "?")


def test_code_is_single_use(fake_revolut, session, revolut_keys):
    code = fake_revolut.issue_code()
    assertion = revolut.client_assertion(CLIENT_ID, ISSUER, revolut_keys[0])
    client = token_endpoint(session, fake_revolut.api_url, assertion)
    client.exchange_code(code)
    with pytest.raises(AuthorizationCodeError, match="valid for 2 minutes"):
        client.exchange_code(code)


def test_expired_code_is_refused(fake_revolut, session, revolut_keys):
    code = fake_revolut.issue_code()
    fake_revolut.advance(121)
    assertion = revolut.client_assertion(CLIENT_ID, ISSUER, revolut_keys[0], now=fake_revolut.now())
    client = token_endpoint(session, fake_revolut.api_url, assertion)
    with pytest.raises(AuthorizationCodeError, match="Click Connect") as info:
        client.exchange_code(code)
    assert isinstance(info.value, AuthError)
    assert info.value.provider_code == "invalid_grant"


def test_refresh_keeps_the_refresh_token_and_invalidates_the_old_access_token(fake_revolut, conn):
    old_access = conn.access
    assert conn.client.accounts() == []
    tokens = conn.oauth.refresh(conn.refresh_token)
    assert isinstance(tokens, TokenSet)
    assert tokens.refresh_token is None  # keep the original one
    assert tokens.access_token != old_access
    form = fake_revolut.calls("POST", "/api/1.0/auth/token")[-1].body.decode()
    assert "grant_type=refresh_token" in form and "client_assertion=" in form
    stale = requests.get(
        fake_revolut.api_url + "/accounts",
        headers={"Authorization": f"Bearer {old_access}"},
        timeout=5,
    )
    assert stale.status_code == 401
    assert stale.json() == {"message": "The request should be authorized."}
    conn.access = tokens.access_token
    assert conn.client.accounts() == []
    # the original refresh token still works
    assert conn.oauth.refresh(conn.refresh_token).access_token


def test_401_refreshes_once_and_retries(fake_revolut, conn):
    fake_revolut.add_account("EUR", name="Main")
    fake_revolut.expire_all_tokens()
    accounts = conn.client.accounts()
    assert [a["name"] for a in accounts] == ["Main"]
    assert conn.refreshes == 1
    gets = fake_revolut.calls("GET", "/api/1.0/accounts")
    assert len(gets) == 2
    assert gets[0].headers["Authorization"] != gets[1].headers["Authorization"]


def test_second_401_raises_auth_error(fake_revolut, conn):
    conn.client.token_refresher = lambda: "oa_sand_not-a-token"
    conn.access = "oa_sand_expired"
    with pytest.raises(AuthError) as info:
        conn.client.accounts()
    assert info.value.status == 401
    assert "The request should be authorized" in info.value.message
    assert len(fake_revolut.calls("GET", "/api/1.0/accounts")) == 2


def test_revoked_consent_raises_consent_revoked(fake_revolut, conn):
    fake_revolut.revoke_consent()
    with pytest.raises(ConsentRevokedError) as info:
        conn.client.accounts()  # 401 → refresh → refused
    message = info.value.message
    assert message.startswith("Revolut refused the refresh token: the consent was revoked")
    assert "90 days on the Freelancer plan" in message and "Click Connect" in message
    assert conn.refresh_token not in message
    assert info.value.provider_code == "invalid_grant"


# -- transactions ------------------------------------------------------------------------------

T0 = datetime(2025, 3, 1, 10, 0, tzinfo=timezone.utc)


def test_paging_returns_every_transaction_once_across_shared_timestamps(fake_revolut, conn):
    account = fake_revolut.add_account("EUR")["id"]
    for i in range(2350):  # groups of 7 share one created_at: page ends fall inside a group
        fake_revolut.add_transaction(account, i + 1, created_at=T0 + timedelta(seconds=i // 7))
    ids = [tx["id"] for tx in conn.client.iter_transactions(T0, T0 + timedelta(days=1))]
    assert len(ids) == 2350 == len(set(ids))
    assert set(ids) == {tx["id"] for tx in fake_revolut.transactions()}
    pages = fake_revolut.calls("GET", "/api/1.0/transactions")
    assert len(pages) == 3
    first = pages[0].query
    assert first["from"] == ["2025-03-01T10:00:00.000000Z"]
    assert first["to"] == ["2025-03-02T10:00:00.000000Z"]
    assert first["count"] == ["1000"]
    # the first page ended inside a group: the second page starts 1 µs after its last instant
    served = fake_revolut.transactions()
    boundary = parse_timestamp(served[999]["created_at"])
    assert parse_timestamp(served[1000]["created_at"]) == boundary
    assert pages[1].query["to"] == [revolut.format_timestamp(boundary + timedelta(microseconds=1))]


class BoundedSession:
    """A session that fails the test after ``limit`` calls: a paging loop fails, not hangs."""

    def __init__(self, session, limit=20):
        self.session, self.limit, self.calls = session, limit, 0

    def json(self, *args, **kwargs):
        self.calls += 1
        if self.calls > self.limit:
            raise AssertionError(f"more than {self.limit} calls: the client loops")
        return self.session.json(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.session, name)


def bounded_client(fake_revolut, conn, session):
    return RevolutClient(
        BoundedSession(session), fake_revolut.api_url, token_getter=lambda: conn.access
    )


def test_a_server_that_ignores_to_stops_with_paging_stalled(fake_revolut, conn, session):
    account = fake_revolut.add_account("EUR")["id"]
    for i in range(5):
        fake_revolut.add_transaction(account, i + 1, created_at=T0 + timedelta(minutes=i))
    fake_revolut.paging = "ignore_to"  # answers the newest page whatever `to` says
    client = bounded_client(fake_revolut, conn, session)
    read = []
    with pytest.raises(revolut.RevolutResponseError) as caught:
        read.extend(client.iter_transactions(T0, T0 + timedelta(days=1), count=3))
    assert isinstance(caught.value, BadResponseError)
    assert caught.value.code == revolut.PAGING_STALLED
    assert "paging does not advance" in caught.value.message
    assert len(read) == 3 == len({tx["id"] for tx in read})
    # page 2 (to = oldest + 1 µs) repeats page 1; page 3 (to = oldest) still ends at oldest
    assert len(fake_revolut.calls("GET", "/api/1.0/transactions")) == 3


def test_the_same_transactions_on_pages_that_move_back_stop_with_paging_stalled(
    fake_revolut, conn, session
):
    def same_ids_each_time(request):
        stamp = revolut.format_timestamp(parse_timestamp(request.query["to"][0]) - timedelta(1))
        page = [
            {"id": f"tx-{n}", "type": "fee", "state": "completed", "legs": []} for n in range(3)
        ]
        return FakeResponse(200, [{**tx, "created_at": stamp, "updated_at": stamp} for tx in page])

    fake_revolut.add("GET", "/api/1.0/transactions", same_ids_each_time)
    client = bounded_client(fake_revolut, conn, session)
    with pytest.raises(revolut.RevolutResponseError) as caught:
        list(client.iter_transactions(T0, T0 + timedelta(days=365), count=3))
    assert caught.value.code == revolut.PAGING_STALLED
    assert "no new transaction" in caught.value.message
    assert len(fake_revolut.calls("GET", "/api/1.0/transactions")) == 3


def test_more_than_a_page_at_one_instant_is_not_taken_for_a_stall(fake_revolut, conn, session):
    account = fake_revolut.add_account("EUR")["id"]
    older = [fake_revolut.add_transaction(account, 1, created_at=T0)["id"] for _ in range(2)]
    crowded = [
        fake_revolut.add_transaction(account, 2, created_at=T0 + timedelta(hours=1))
        for _ in range(5)
    ]
    client = bounded_client(fake_revolut, conn, session)
    ids = [tx["id"] for tx in client.iter_transactions(T0, T0 + timedelta(days=1), count=3)]
    # page 2 repeats page 1 (all at one instant); page 3 steps past that instant
    assert len(fake_revolut.calls("GET", "/api/1.0/transactions")) == 3
    assert ids[3:] == older[::-1]
    assert set(ids[:3]) <= {tx["id"] for tx in crowded}


def test_from_is_inclusive_and_to_is_exclusive(fake_revolut, conn):
    account = fake_revolut.add_account("EUR")["id"]
    other = fake_revolut.add_account("USD")["id"]
    stamps = [T0 + timedelta(hours=h) for h in range(5)]
    txs = [
        fake_revolut.add_transaction(account, 10 + h, created_at=s) for h, s in enumerate(stamps)
    ]
    fake_revolut.add_transaction(other, 99, created_at=stamps[2])
    fake_revolut.add_transaction(account, -5, created_at=stamps[3], state="pending")
    got = list(conn.client.iter_transactions(stamps[1], stamps[3], account_id=account))
    assert [tx["id"] for tx in got] == [txs[2]["id"], txs[1]["id"]]  # newest first
    got = list(conn.client.iter_transactions(stamps[0], states=["pending"], count=2))
    assert [tx["state"] for tx in got] == ["pending"]
    assert fake_revolut.calls("GET", "/api/1.0/transactions")[-1].query["state"] == ["pending"]
    # naive datetimes are UTC
    naive = list(conn.client.iter_transactions(stamps[4].replace(tzinfo=None)))
    assert [tx["id"] for tx in naive] == [txs[4]["id"]]
    with pytest.raises(ValueError, match="count"):
        next(conn.client.iter_transactions(T0, count=1001))


def test_fake_enforces_count_and_bearer(fake_revolut, conn):
    url = fake_revolut.api_url + "/transactions"
    auth = {"Authorization": f"Bearer {conn.access}"}
    answer = requests.get(url, params={"count": 1001}, headers=auth, timeout=5)
    assert answer.status_code == 400
    assert answer.json()["code"] == 2101
    assert requests.get(url, timeout=5).status_code == 401


def test_429_retry_after_is_honoured(fake_revolut, conn, sleeps):
    fake_revolut.rate_limit_next(2, retry_after="3")
    assert conn.client.accounts() == []
    assert sleeps == [3.0, 3.0]
    fake_revolut.rate_limit_next(1, retry_after="120")  # longer than we may wait inside a call
    with pytest.raises(RateLimitedError) as info:
        conn.client.accounts()
    assert info.value.retry_after == 120.0
    assert info.value.provider_code == "3162"


def test_5xx_is_retried_for_reads(fake_revolut, conn, sleeps):
    fake_revolut.fail_next(1, status=503)
    assert conn.client.accounts() == []
    assert len(sleeps) == 1


def test_5xx_on_a_webhook_creation_is_not_sent_twice(fake_revolut, conn, sleeps):
    fake_revolut.fail_next(1, status=500)
    with pytest.raises(ProviderError) as info:
        conn.client.create_webhook("https://erp.example.com/hook")
    assert info.value.status == 500 and info.value.retriable  # for a later try, not now
    assert len(fake_revolut.calls("POST", "/api/2.0/webhooks")) == 1
    assert sleeps == []
    assert not fake_revolut.webhooks


def test_malformed_json_and_wrong_shapes_are_bad_responses(fake_revolut, conn):
    fake_revolut.once("GET", "/api/1.0/accounts", FakeResponse(200, "<html>maintenance</html>"))
    with pytest.raises(BadResponseError, match="not JSON"):
        conn.client.accounts()
    fake_revolut.once("GET", "/api/1.0/accounts", FakeResponse(200, {"accounts": []}))
    with pytest.raises(BadResponseError, match="instead of a list"):
        conn.client.accounts()
    fake_revolut.once("GET", "/api/1.0/transactions", FakeResponse(200, [1, 2]))
    with pytest.raises(BadResponseError, match="transaction object"):
        list(conn.client.iter_transactions(T0))
    assert conn.client.accounts() == []  # back to the contract model


def test_accounts_bank_details_transaction_and_not_found(fake_revolut, conn):
    account = fake_revolut.add_account(
        "CHF", name="CHF", balance="100.50", iban="LT123250012345678901"
    )
    tx = fake_revolut.add_transaction(account["id"], "-20.25")
    assert conn.client.account(account["id"])["balance"] == 80.25  # booked
    assert conn.client.bank_details(account["id"])[0]["iban"] == "LT123250012345678901"
    assert conn.client.transaction(tx["id"])["legs"][0]["balance"] == 80.25
    with_fee = fake_revolut.add_transaction(account["id"], "-10", fee="0.5")
    assert with_fee["legs"][0]["balance"] == 69.75  # the fee is charged on top
    pending = fake_revolut.add_transaction(account["id"], "-1", state="pending")
    assert "balance" not in pending["legs"][0]
    fake_revolut.set_state(pending["id"], "completed")
    assert conn.client.account(account["id"])["balance"] == 68.75
    fake_revolut.set_state(with_fee["id"], "reverted")
    assert conn.client.account(account["id"])["balance"] == 78.75
    with pytest.raises(ProviderError) as info:
        conn.client.transaction("nope")
    assert info.value.status == 404


def test_an_id_never_walks_to_another_api_path(fake_revolut, conn):
    fake_revolut.add_account("CHF")
    # "../accounts" resolved by the HTTP client would list the accounts with the token
    with pytest.raises(ProviderError) as info:
        conn.client.transaction("../accounts")
    assert info.value.status == 404
    assert not fake_revolut.calls("GET", "/api/1.0/accounts")


def test_counterparty_is_cached_and_gives_name_and_iban(fake_revolut, conn):
    account = fake_revolut.add_account("EUR")["id"]
    cp = fake_revolut.add_counterparty("Gerber Handels AG", iban="CH9300762011623852957")
    tx = fake_revolut.add_transaction(account, "209.08", counterparty=cp, reference="RF06250000004")
    tx = conn.client.transaction(tx["id"])
    line = leg_lines(tx, account, conn.client.counterparty).lines[0]
    assert line["partner_name"] == "Gerber Handels AG"
    assert line["account_number"] == "CH9300762011623852957"
    leg_lines(tx, account, conn.client.counterparty)
    assert len(fake_revolut.calls("GET", f"/api/1.0/counterparty/{cp['id']}")) == 1
    # a deleted counterparty does not stop the line; the 404 is not asked twice
    gone = fake_revolut.add_counterparty("Gone SA")
    tx2 = fake_revolut.add_transaction(account, "5", counterparty=gone)
    fake_revolut.counterparties.pop(gone["id"])
    for _ in range(2):
        line = leg_lines(tx2, account, conn.client.counterparty).lines[0]
        assert line["partner_name"] == "Gone SA"  # from "Payment from Gone SA"
        assert line["account_number"] is None
    assert len(fake_revolut.calls("GET", f"/api/1.0/counterparty/{gone['id']}")) == 1


def test_sample_file_pages_and_maps(fake_revolut, conn, samples):
    sample = json.loads((samples / SAMPLE).read_text())
    fake_revolut.load_transactions(sample)
    got = list(conn.client.iter_transactions(datetime(2025, 5, 1, tzinfo=timezone.utc)))
    # the sample lists one transaction twice (ground truth: import once): de-duplicated by id
    assert len(sample) == 16 and len(got) == 15
    assert [tx["created_at"] for tx in got] == sorted(
        (tx["created_at"] for tx in got), reverse=True
    )
    lines = [
        line
        for tx in got
        for account in {leg["account_id"] for leg in tx["legs"]}
        for line in leg_lines(tx, account).lines
    ]
    assert len(lines) == 15
    by_tx = {line["unique_import_id"].split("-")[0]: line for line in lines}
    topup = by_tx["96e906f2"]
    assert topup["amount"] == Decimal("1039.2")
    assert topup["partner_name"] == "Andrea Wyss"
    assert topup["ref"] == topup["payment_ref"] == "RF11250000011"
    card = by_tx["5fbab6ad"]
    assert card["partner_name"] == "SNCF" and card["ref"] is None
    assert card["payment_ref"] == "SNCF"
    assert "Merchant: SNCF (Dublin, IE)" in card["narration"]


def test_ten_thousand_transactions_are_served_quickly(fake_revolut, conn):
    account = fake_revolut.add_account("EUR")["id"]
    txs = [
        {
            "id": f"tx-{i}",
            "type": "topup",
            "state": "completed",
            "created_at": revolut.format_timestamp(T0 + timedelta(seconds=i)),
            "updated_at": revolut.format_timestamp(T0 + timedelta(seconds=i)),
            "legs": [{"leg_id": f"l{i}", "account_id": account, "amount": 1.5, "currency": "EUR"}],
        }
        for i in range(10_000)
    ]
    fake_revolut.load_transactions(txs)
    started = time.monotonic()
    assert sum(1 for _ in conn.client.iter_transactions(T0, account_id=account)) == 10_000
    assert time.monotonic() - started < 15


# -- webhooks ----------------------------------------------------------------------------------


def test_webhook_lifecycle_and_signed_deliveries(fake_revolut, conn):
    hook = conn.client.create_webhook("https://erp.example.com/fincycle/webhook/revolut/tok")
    assert hook["signing_secret"].startswith("wsk_")
    assert hook["events"] == ["TransactionCreated", "TransactionStateChanged"]
    sent = fake_revolut.calls("POST", "/api/2.0/webhooks")[-1].json()
    assert sent == {"url": hook["url"], "events": ["TransactionCreated", "TransactionStateChanged"]}
    listed = conn.client.list_webhooks()
    assert [h["id"] for h in listed] == [hook["id"]] and "signing_secret" not in listed[0]
    assert conn.client.get_webhook(hook["id"])["signing_secret"] == hook["signing_secret"]

    rotated = conn.client.rotate_webhook_secret(hook["id"])
    assert fake_revolut.calls("POST", f"/api/2.0/webhooks/{hook['id']}/rotate-signing-secret")[
        -1
    ].json() == {"expiration_period": "PT24H"}
    assert rotated["signing_secret"] != hook["signing_secret"]
    account = fake_revolut.add_account("EUR")["id"]
    tx = fake_revolut.add_transaction(account, 12, state="pending")
    url, body, headers = fake_revolut.webhook_delivery(
        "TransactionStateChanged", fake_revolut.set_state(tx["id"], "completed")
    )
    assert url == hook["url"]
    assert len(headers["Revolut-Signature"].split(",")) == 2  # both secrets live
    scheme = RevolutScheme()
    assert scheme.verify(headers, body, hook["signing_secret"])  # the old one, still live
    assert scheme.verify(headers, body, rotated["signing_secret"])
    assert not scheme.verify(headers, body, "wsk_other")
    assert json.loads(body)["data"] == {
        "id": tx["id"],
        "old_state": "pending",
        "new_state": "completed",
    }

    conn.client.delete_webhook(hook["id"])
    assert conn.client.list_webhooks() == []
    with pytest.raises(ProviderError) as info:
        conn.client.delete_webhook(hook["id"])
    assert info.value.provider_code == "3040"


def test_webhook_contract_limits(fake_revolut, conn):
    with pytest.raises(ProviderError, match="HTTPS") as info:
        conn.client.create_webhook("http://erp.example.com/hook")
    assert info.value.status == 400
    for n in range(10):
        conn.client.create_webhook(f"https://erp.example.com/hook/{n}")
    with pytest.raises(ProviderError) as info:
        conn.client.create_webhook("https://erp.example.com/hook/11")
    assert (info.value.status, info.value.provider_code) == (422, "3352")


def test_sign_webhook_matches_the_verifier():
    body = b'{"event":"TransactionCreated"}'
    headers = sign_webhook(body, "wsk_abc", 1683650202360)
    assert headers["Revolut-Request-Timestamp"] == "1683650202360"
    assert RevolutScheme().verify(headers, body, "wsk_abc", now=1683650202.360)
    assert not RevolutScheme().verify(headers, body + b" ", "wsk_abc", now=1683650202.360)


# -- leg_lines ---------------------------------------------------------------------------------

ACC = "acc-eur"
GBP = "acc-gbp"


def _tx(**over):
    tx = {
        "id": "tx1",
        "type": "card_payment",
        "state": "completed",
        "created_at": "2025-03-01T10:00:00.123456Z",
        "updated_at": "2025-03-01T10:00:02Z",
        "completed_at": "2025-03-01T10:00:02Z",
        "reference": "INV/2025/0042",
        "merchant": {"name": "Acme", "city": "Paris", "country": "FRA"},
        "card": {"card_number": "516760******1234"},
        "legs": [
            {
                "leg_id": "leg1",
                "account_id": ACC,
                "amount": -120.50,
                "fee": 0.2,
                "currency": "EUR",
                "bill_amount": -130.10,
                "bill_currency": "USD",
                "counterparty": {"account_type": "external", "id": "cp1", "account_id": "cpa1"},
                "description": "To Acme SARL",
                "balance": 4879.30,
            }
        ],
    }
    tx.update(over)
    return tx


def test_completed_transaction_gives_one_line():
    result = leg_lines(_tx(), ACC)
    assert result.pending == [] and result.skipped == []
    (line,) = result.lines
    assert line["unique_import_id"] == "tx1-leg1"
    assert line["date"] == datetime(2025, 3, 1, 10, 0, 2, tzinfo=timezone.utc)
    assert line["amount"] == Decimal("-120.5") and line["currency"] == "EUR"
    assert line["payment_ref"] == line["ref"] == "INV/2025/0042"
    assert line["partner_name"] == "Acme"  # merchant (no lookup given)
    assert line["account_number"] is None
    assert line["foreign_currency"] == "USD" and line["amount_currency"] == Decimal("-130.1")
    assert line["fee"] == Decimal("0.2") and line["balance_after"] == Decimal("4879.3")
    assert line["transaction_type"] == "card_payment" and line["state"] == "completed"
    assert json.loads(line["raw_data"])["id"] == "tx1"
    for text in (
        "To Acme SARL",
        "Merchant: Acme (Paris, FRA)",
        "Card: •••• 1234",
        "Fee: 0.2 EUR",
        "Original amount: -130.1 USD",
        "Type: card_payment",
    ):
        assert text in line["narration"]


def test_counterparty_lookup_gives_name_and_iban():
    asked = []

    def lookup(cp_id):
        asked.append(cp_id)
        return {
            "id": cp_id,
            "name": "Acme SARL",
            "accounts": [
                {"id": "other", "iban": "FR7600000000000000000000000"},
                {"id": "cpa1", "iban": "FR1420041010050500013M02606"},
            ],
        }

    line = leg_lines(_tx(), ACC, lookup).lines[0]
    assert asked == ["cp1"]
    assert line["partner_name"] == "Acme SARL"
    assert line["account_number"] == "FR1420041010050500013M02606"


def test_lookup_errors_fall_back_but_auth_errors_propagate():
    def missing(cp_id):
        raise ProviderError("revolut: 404", status=404)

    assert leg_lines(_tx(), ACC, missing).lines[0]["partner_name"] == "Acme"

    def unauthorised(cp_id):
        raise AuthError("revolut: 401", status=401)

    with pytest.raises(AuthError):
        leg_lines(_tx(), ACC, unauthorised)


@pytest.mark.parametrize("state", ["pending", "created"])
def test_pending_transaction_gives_no_line(state):
    result = leg_lines(_tx(state=state, completed_at=None), ACC)
    assert result.lines == [] and result.skipped == []
    assert result.pending[0]["id"] == "tx1"
    assert result.pending[0]["amount"] == Decimal("-120.5")
    assert result.pending[0]["currency"] == "EUR"


@pytest.mark.parametrize("state", ["declined", "failed"])
def test_declined_and_failed_are_skipped_with_the_reason(state):
    result = leg_lines(_tx(state=state, reason_code="insufficient_balance", completed_at=None), ACC)
    assert result.lines == [] and result.pending == []
    assert result.skipped == [("tx1", f"{state} (insufficient_balance)")]


def test_reverted_after_booking_gives_the_line_and_its_reversal():
    tx = _tx(state="reverted", updated_at="2025-03-03T08:00:00Z")
    original, reversal = leg_lines(tx, ACC).lines
    assert original["unique_import_id"] == "tx1-leg1"
    assert original["amount"] == Decimal("-120.5")
    assert reversal["unique_import_id"] == "tx1-leg1-reversal"
    assert reversal["amount"] == Decimal("120.5")
    assert reversal["amount_currency"] == Decimal("130.1")
    assert reversal["date"] == datetime(2025, 3, 3, 8, 0, tzinfo=timezone.utc)
    assert reversal["payment_ref"] == "Reversal: INV/2025/0042"
    assert reversal["balance_after"] is None


def test_reverted_before_booking_is_skipped():
    result = leg_lines(_tx(state="reverted", completed_at=None), ACC)
    assert result.lines == []
    assert result.skipped == [("tx1", "reverted before it was booked (no completed_at)")]


def test_two_leg_exchange_picks_the_leg_of_the_account():
    tx = _tx(
        type="exchange",
        reference=None,
        merchant=None,
        card=None,
        legs=[
            {
                "leg_id": "out",
                "account_id": ACC,
                "amount": -100,
                "currency": "EUR",
                "description": "Exchanged to GBP",
                "counterparty": {"account_type": "self"},
            },
            {
                "leg_id": "in",
                "account_id": GBP,
                "amount": 85.31,
                "currency": "GBP",
                "description": "Exchanged from EUR",
                "counterparty": {"account_type": "self"},
            },
        ],
    )
    (eur,) = leg_lines(tx, ACC).lines
    (gbp,) = leg_lines(tx, GBP).lines
    assert (eur["unique_import_id"], eur["amount"], eur["currency"]) == (
        "tx1-out",
        Decimal("-100"),
        "EUR",
    )
    assert (gbp["unique_import_id"], gbp["amount"], gbp["currency"]) == (
        "tx1-in",
        Decimal("85.31"),
        "GBP",
    )
    assert eur["payment_ref"] == "Exchanged to GBP" and eur["ref"] is None
    assert leg_lines(tx, "acc-usd").lines == []  # not this account's transaction


def test_missing_fields_are_skipped_not_raised():
    leg = _tx()["legs"][0]
    for field_name in ("leg_id", "amount", "currency"):
        broken = {k: v for k, v in leg.items() if k != field_name}
        result = leg_lines(_tx(legs=[broken]), ACC)
        assert result.lines == []
        assert result.skipped == [("tx1", f"leg {broken.get('leg_id', '?')} lacks {field_name}")]
    assert leg_lines(_tx(legs=[{**leg, "amount": "abc"}]), ACC).skipped[0][1].endswith("amount")
    no_account = {k: v for k, v in leg.items() if k != "account_id"}
    assert leg_lines(_tx(legs=[no_account]), ACC).skipped == [("tx1", "leg #1 has no account_id")]
    assert leg_lines(_tx(legs=None), ACC).skipped == [("tx1", "transaction without legs")]
    assert leg_lines(_tx(id=None), ACC).skipped == [("?", "transaction without an id")]
    assert leg_lines(_tx(created_at="yesterday"), ACC).skipped[0][1].startswith("bad date")
    assert leg_lines(_tx(state="weird"), ACC).skipped == [("tx1", "unknown state 'weird'")]
    assert leg_lines("nope", ACC).skipped[0][0] == "?"


def test_zero_amount_leg_is_a_line_and_payment_ref_falls_back():
    leg = {"leg_id": "z", "account_id": ACC, "amount": 0, "currency": "eur"}
    line = leg_lines(_tx(reference="", merchant=None, type="fee", legs=[leg]), ACC).lines[0]
    assert line["amount"] == Decimal("0") and line["currency"] == "EUR"
    assert line["payment_ref"] == "fee"
    assert line["foreign_currency"] is None and line["amount_currency"] is None


@pytest.mark.parametrize(
    ("description", "name"),
    [
        ("Payment from Müller Handels GmbH & Co. KG", "Müller Handels GmbH & Co. KG"),
        ("To Moser Consulting", "Moser Consulting"),
        ("From Jane Doe", "Jane Doe"),
        ("Transfer to Lüthi Garage GmbH", "Lüthi Garage GmbH"),
        ("Grow plan fee", None),
    ],
)
def test_partner_name_from_the_description(description, name):
    leg = {
        "leg_id": "l",
        "account_id": ACC,
        "amount": 1,
        "currency": "EUR",
        "description": description,
    }
    assert leg_lines(_tx(merchant=None, legs=[leg]), ACC).lines[0]["partner_name"] == name


@pytest.mark.parametrize(
    "text",
    [
        "2025-03-01T10:00:00Z",
        "2025-03-01T10:00:00.000Z",
        "2025-03-01T10:00:00.000000+00:00",
        "2025-03-01T10:00:00+00:00",
        "2025-03-01T11:00:00+01:00",
        "2025-03-01T10:00:00.0000000Z",
        "2025-03-01 10:00:00",
    ],
)
def test_parse_timestamp_variants(text):
    assert parse_timestamp(text) == datetime(2025, 3, 1, 10, 0, tzinfo=timezone.utc)


def test_parse_timestamp_fractions_and_errors():
    assert parse_timestamp("2025-03-01T10:00:00.123Z").microsecond == 123000
    assert parse_timestamp("2025-03-01T10:00:00.1234567Z").microsecond == 123456
    assert parse_timestamp("2025-03-01") == datetime(2025, 3, 1, tzinfo=timezone.utc)
    for bad in ("", None, "2025-13-01T00:00:00Z", "01/03/2025"):
        with pytest.raises(ValueError, match="unreadable timestamp"):
            parse_timestamp(bad)
    assert revolut.format_timestamp(
        datetime(2025, 3, 1, 11, tzinfo=timezone(timedelta(hours=1)))
    ) == ("2025-03-01T10:00:00.000000Z")


def test_lines_of_completed_tx_without_fraction_or_completed_at():
    tx = _tx(created_at="2025-03-01T10:00:00Z", completed_at=None)
    assert leg_lines(tx, ACC).lines[0]["date"] == datetime(2025, 3, 1, 10, tzinfo=timezone.utc)


def test_malformed_token_answers_are_bad_responses_not_crashes(session, revolut_keys):
    """A token with NUL or an expires_in of 10**12 once crashed the consent callback (500)."""
    from fincycle.http import BadResponseError, oauth  # noqa: PLC0415
    from fincycle.testing import FakeResponse, FakeServer  # noqa: PLC0415

    assertion = revolut.client_assertion(CLIENT_ID, ISSUER, revolut_keys[0])
    with FakeServer() as server:
        client = token_endpoint(session, server.url + "/api/1.0", assertion)
        for body in (
            {"access_token": "oa_sand_x\x00", "refresh_token": "oa_sand_r", "expires_in": 2399},
            {"access_token": "oa_sand_x", "refresh_token": "bad token", "expires_in": 2399},
        ):
            server.add("POST", "/api/1.0/auth/token", FakeResponse(200, body))
            with pytest.raises(BadResponseError):
                client.exchange_code("oa_sand_code")
        for absurd, expected in ((10**12, oauth.MAX_EXPIRES_IN), (-(10**12), 2399), ("x", 2399)):
            server.add(
                "POST",
                "/api/1.0/auth/token",
                FakeResponse(
                    200, {"access_token": "oa_a", "refresh_token": "oa_r", "expires_in": absurd}
                ),
            )
            assert client.exchange_code("oa_sand_code").expires_in == expected


def test_statement_lines_split_the_fee_and_keep_the_balance_after_both():
    (line,) = leg_lines(_tx(), ACC).lines
    movement, fee = revolut.statement_lines(line, fee_label=lambda label: f"Fee of {label}")
    assert movement["unique_import_id"] == "tx1-leg1" and movement["amount"] == Decimal("-120.5")
    assert movement["_fincycle_currency"] == "EUR"
    assert movement["_fincycle_foreign_currency"] == "USD"
    assert movement["amount_currency"] == -130.1
    assert "_fincycle_balance_after" not in movement  # the balance is after the fee
    assert "fee" not in movement and "state" not in movement
    assert fee == {
        "unique_import_id": "tx1-leg1-fee",
        "date": movement["date"],
        "amount": Decimal("-0.2"),
        "payment_ref": "Fee of INV/2025/0042",
        "transaction_type": "fee",
        "_fincycle_currency": "EUR",
        "_fincycle_balance_after": Decimal("4879.3"),
    }


def test_statement_lines_without_fee_carry_the_balance():
    leg = dict(_tx()["legs"][0], fee=None, bill_currency="EUR", bill_amount=None)
    (line,) = leg_lines(_tx(legs=[leg], reference=None), ACC).lines
    (only,) = revolut.statement_lines(line)
    assert only["_fincycle_balance_after"] == Decimal("4879.3")
    assert "ref" not in only and "amount_currency" not in only
    assert "_fincycle_foreign_currency" not in only
