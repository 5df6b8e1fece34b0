import logging

import pytest

from fincycle.http import (
    AuthError,
    BadResponseError,
    BreakerRegistry,
    CircuitBreaker,
    CircuitOpenError,
    HostNotAllowedError,
    HttpPolicy,
    ProviderError,
    RateLimitedError,
    TransportError,
    make_session,
    origin,
    parse_retry_after,
    redact,
)
from fincycle.testing import FakeResponse, FakeServer

FAST = HttpPolicy(
    max_attempts=3,
    backoff_initial=0.01,
    backoff_max=0.05,
    backoff_jitter=0.0,
    connect_timeout=1,
    read_timeout=0.5,
    breaker_threshold=3,
    breaker_reset=60,
)


@pytest.fixture
def session(sleeps):
    return make_session(
        FAST,
        provider="fake",
        breaker_key="fake:1",
        breakers=BreakerRegistry(),
        secrets=["sk_live_SECRET123"],
        sleep=sleeps.append,
    )


def test_retry_on_429_honours_retry_after(fake_server, session, sleeps):
    fake_server.add(
        "GET",
        "/tx",
        FakeResponse(429, {"code": 3162, "message": "rate limited"}, {"Retry-After": "2"}),
        FakeResponse(200, {"ok": True}),
    )
    assert session.get_json(fake_server.url + "/tx") == {"ok": True}
    assert sleeps == [2.0]
    assert len(fake_server.calls("GET", "/tx")) == 2


def test_retry_on_5xx_uses_backoff_then_succeeds(fake_server, session, sleeps):
    fake_server.add(
        "GET", "/tx", FakeResponse(503), FakeResponse(502), FakeResponse(200, {"ok": 1})
    )
    assert session.get_json(fake_server.url + "/tx") == {"ok": 1}
    assert len(sleeps) == 2 and all(0 < s <= 0.05 for s in sleeps)
    assert sleeps[1] >= sleeps[0]  # exponential


def test_gives_up_after_max_attempts_with_typed_error(fake_server, session):
    fake_server.add("GET", "/tx", FakeResponse(429, {"code": 3162, "message": "slow down"}))
    with pytest.raises(RateLimitedError) as err:
        session.get(fake_server.url + "/tx")
    assert len(fake_server.calls()) == 3
    assert err.value.status == 429 and err.value.retriable
    assert "slow down" in err.value.message and err.value.provider_code == "3162"


def test_long_retry_after_is_not_slept_through(fake_server, session, sleeps):
    fake_server.add("GET", "/tx", FakeResponse(429, {"message": "later"}, {"Retry-After": "3600"}))
    with pytest.raises(RateLimitedError) as err:
        session.get(fake_server.url + "/tx")
    assert err.value.retry_after == 3600 and sleeps == [] and len(fake_server.calls()) == 1


def test_post_is_not_retried_on_5xx_but_is_on_429(fake_server, session):
    fake_server.add("POST", "/pay", FakeResponse(500, {"message": "boom"}))
    with pytest.raises(ProviderError) as err:
        session.post(fake_server.url + "/pay", json={"a": 1})
    assert err.value.status == 500 and err.value.retriable
    assert len(fake_server.calls("POST", "/pay")) == 1
    fake_server.add("POST", "/pay2", FakeResponse(429), FakeResponse(201, {"id": "x"}))
    assert session.json("POST", fake_server.url + "/pay2", json={}) == {"id": "x"}


def test_auth_error_is_typed_and_not_retried(fake_server, session):
    fake_server.add(
        "GET", "/me", FakeResponse(401, {"message": "The request should be authorized."})
    )
    with pytest.raises(AuthError) as err:
        session.get(fake_server.url + "/me")
    assert len(fake_server.calls()) == 1 and not err.value.retriable
    assert "should be authorized" in err.value.message


def test_provider_error_bodies_are_read(fake_server, session):
    fake_server.add(
        "GET", "/q", FakeResponse(422, {"errors": [{"code": "invalid", "detail": "iban is wrong"}]})
    )
    with pytest.raises(ProviderError) as err:
        session.get(fake_server.url + "/q")
    assert "iban is wrong" in err.value.message and err.value.provider_code == "invalid"
    assert not err.value.retriable


def test_bad_json_is_a_bad_response(fake_server, session):
    fake_server.add("GET", "/x", FakeResponse(200, "<html>maintenance</html>"))
    with pytest.raises(BadResponseError):
        session.get_json(fake_server.url + "/x")


def test_timeout_is_a_transport_error_after_retries(fake_server, session, sleeps):
    fake_server.add("GET", "/slow", FakeResponse(200, {"late": True}, delay=1.5))
    with pytest.raises(TransportError) as err:
        session.get(fake_server.url + "/slow")
    assert "timed out" in err.value.message and err.value.retriable
    assert len(sleeps) == 2


def test_connection_refused_is_a_transport_error(session):
    with pytest.raises(TransportError):
        session.get("http://127.0.0.1:9/nothing")


def test_circuit_opens_after_failures_and_closes_after_success(fake_server):
    clock = [1000.0]
    registry = BreakerRegistry()
    policy = HttpPolicy(max_attempts=1, breaker_threshold=2, breaker_reset=30)
    session = make_session(policy, provider="fake", breaker_key="acc:7", breakers=registry)
    session.breaker.clock = lambda: clock[0]
    fake_server.add(
        "GET", "/x", FakeResponse(500), FakeResponse(500), FakeResponse(200, {"ok": True})
    )
    for _ in range(2):
        with pytest.raises(ProviderError):
            session.get(fake_server.url + "/x")
    with pytest.raises(CircuitOpenError) as err:
        session.get(fake_server.url + "/x")
    assert len(fake_server.calls()) == 2  # the open circuit sent nothing
    assert 0 < err.value.reopen_in <= 30
    clock[0] += 31  # half-open: one trial goes through and closes it
    assert session.get_json(fake_server.url + "/x") == {"ok": True}
    assert session.breaker.state == "closed"
    # another account of the same provider has its own breaker
    assert registry.get("acc:8").state == "closed"


def test_half_open_failure_reopens():
    clock = [0.0]
    breaker = CircuitBreaker(failure_threshold=1, reset_timeout=10, clock=lambda: clock[0])
    breaker.record_failure()
    assert breaker.state == "open"
    clock[0] = 11
    assert breaker.state == "half_open" and breaker.allow()
    breaker.record_failure()
    assert breaker.state == "open"


def test_secrets_are_redacted_from_logs_and_errors(fake_server, session, caplog):
    fake_server.add("GET", "/t", FakeResponse(400, {"message": "bad token sk_live_SECRET123"}))
    with caplog.at_level(logging.DEBUG), pytest.raises(ProviderError) as err:
        session.get(
            fake_server.url + "/t?access_token=abc123xyz",
            headers={"Authorization": "Bearer sk_live_SECRET123"},
        )
    assert "sk_live_SECRET123" not in err.value.message
    assert "abc123xyz" not in err.value.message
    assert (
        caplog.records and "sk_live_SECRET123" not in caplog.text and "abc123xyz" not in caplog.text
    )


def test_runtime_secret_is_redacted(fake_server, session, caplog):
    session.add_secret("oa_prod_runtime_token")
    fake_server.add("GET", "/t", FakeResponse(404, {"message": "unknown oa_prod_runtime_token"}))
    with caplog.at_level(logging.WARNING), pytest.raises(ProviderError):
        session.get(fake_server.url + "/t")
    assert "oa_prod_runtime_token" not in caplog.text


def test_redact_patterns():
    text = redact(
        'Authorization: Basic dXNlcjpwYXNz {"refresh_token": "r1", "code": 3162} '
        "client_assertion=eyJ.x.y&grant_type=refresh_token"
    )
    assert "dXNlcjpwYXNz" not in text and '"r1"' not in text and "eyJ.x.y" not in text
    assert '"code": 3162' in text and "grant_type=refresh_token" in text


def test_parse_retry_after():
    assert parse_retry_after("120") == 120
    assert parse_retry_after(None) is None and parse_retry_after("soon") is None
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470) == 10


# -- credentials go only to the hosts they belong to ---------------------------------------------
def test_origin_normalises_scheme_host_and_port():
    assert origin("https://B2B.revolut.com/api/1.0/accounts?x=1") == "https://b2b.revolut.com"
    assert origin("https://b2b.revolut.com:443/api") == "https://b2b.revolut.com"
    assert origin("http://127.0.0.1:8123/v2") == "http://127.0.0.1:8123"
    assert origin("https://[::1]:9000/x") == "https://[::1]:9000"
    for bad in ("", "ftp://host/x", "file:///etc/passwd", "//host/x", "https://h:99999999/", None):
        assert origin(bad) == ""


def _guarded(fake_server, sleeps, **kwargs):
    return make_session(
        FAST,
        provider="fake",
        breakers=BreakerRegistry(),
        secrets=["sk_live_SECRET123"],
        sleep=sleeps.append,
        allowed_origins=[origin(fake_server.url)],
        **kwargs,
    )


def test_request_to_another_host_is_refused_before_sending(fake_server, sleeps, caplog):
    session = _guarded(fake_server, sleeps)
    fake_server.add("GET", "/ok", FakeResponse(200, {"ok": True}))
    assert session.get_json(fake_server.url + "/ok") == {"ok": True}
    with FakeServer() as listener:  # another port on the same machine is another origin
        for url in (
            listener.url + "/steal?token=sk_live_SECRET123",
            "http://localhost:1/x",
            "file:///etc/passwd",
        ):
            with pytest.raises(HostNotAllowedError) as err:
                session.post(url, data={"client_secret": "sk_live_SECRET123"})
            assert "sk_live_SECRET123" not in err.value.message
            assert "steal" not in err.value.message  # the path and query are not repeated
        assert listener.calls() == []
    assert "sk_live_SECRET123" not in caplog.text


def test_redirect_is_not_followed(fake_server, sleeps):
    session = _guarded(fake_server, sleeps)
    with FakeServer() as listener:
        fake_server.add(
            "POST",
            "/token",
            FakeResponse(307, {}, {"Location": listener.url + "/token"}),
        )
        with pytest.raises(ProviderError) as err:
            session.post(fake_server.url + "/token", data={"client_secret": "sk_live_SECRET123"})
        assert err.value.status == 307
        assert listener.calls() == []


def test_error_text_never_echoes_a_non_json_body(fake_server, session):
    fake_server.add("GET", "/x", FakeResponse(500, "<html>internal: db password=hunter2</html>"))
    with pytest.raises(ProviderError) as err:
        session.get(fake_server.url + "/x")
    assert "hunter2" not in err.value.message and "<html>" not in err.value.message
    fake_server.add("GET", "/y", FakeResponse(400, {"message": "x" * 5000}))
    with pytest.raises(ProviderError) as err:
        session.get(fake_server.url + "/y")
    assert len(err.value.message) < 400


# -- token answers ---------------------------------------------------------------------------------
def test_token_answers_are_checked_before_use():
    from fincycle.http import BadResponseError, oauth  # noqa: PLC0415

    assert oauth.token_value({"access_token": "oa_sand_abc-._~+/="}, "access_token", "P")
    for bad in ("", "with space", "nul\x00byte", "é", "x" * 9000, 42, None, ["a"]):
        with pytest.raises(BadResponseError):
            oauth.token_value({"access_token": bad}, "access_token", "P")
    assert oauth.token_value({}, "refresh_token", "P", required=False) is None
    assert oauth.expires_in(2399, 3600) == 2399
    assert oauth.expires_in(10**12, 3600) == oauth.MAX_EXPIRES_IN
    for absurd in (-(10**12), 0, "soon", None, 1e400, float("nan")):
        assert oauth.expires_in(absurd, 3600) == 3600


def test_failed_query_on_a_credential_table_is_logged_without_values(caplog):
    import logging  # noqa: PLC0415

    from fincycle.http import install_failed_query_filter  # noqa: PLC0415

    install_failed_query_filter(["fincycle_integration"], "test.sql_db")
    install_failed_query_filter(["fincycle_oauth_token"], "test.sql_db")  # merged, not doubled
    log = logging.getLogger("test.sql_db")
    assert len(log.filters) == 1
    with caplog.at_level(logging.ERROR, "test.sql_db"):
        log.error(
            "bad query: %s\nERROR: %s",
            """UPDATE "fincycle_integration" SET "refresh_token" = 'oa_sand_SECRET', """
            """"name" = 'it''s' WHERE id IN (2)""",
            "could not serialize access due to concurrent update",
        )
        log.error("""bad query: UPDATE "res_partner" SET "name" = 'visible' WHERE id = 1""")
    assert "oa_sand_SECRET" not in caplog.text and "it''s" not in caplog.text
    assert "'***'" in caplog.text and "could not serialize" in caplog.text
    assert "'visible'" in caplog.text
