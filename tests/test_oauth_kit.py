"""The connector kit's OAuth client: authorization code with PKCE, refresh, and the two ways a
client authenticates (client secret, signed JWT assertion), against a local fake."""

from urllib.parse import parse_qs, urlsplit

import pytest

from fincycle.http import AuthError, BadResponseError, BreakerRegistry, HttpPolicy, make_session
from fincycle.http.oauth import (
    JWT_BEARER,
    ClientSecret,
    ConsentLostError,
    JwtAssertion,
    OAuthClient,
)
from fincycle.testing.fake_server import FakeResponse, oauth_error

FAST = HttpPolicy(max_attempts=2, backoff_initial=0.01, backoff_max=0.02, backoff_jitter=0.0)


def _client(server, auth):
    session = make_session(FAST, provider="toy", breaker_key="toy:1", breakers=BreakerRegistry())
    return OAuthClient(
        session,
        f"{server.url}/authorize",
        f"{server.url}/token",
        auth,
        scopes=("read", "offline"),
        provider="Toy",
    ), session


def _form(request):
    return {k: v[-1] for k, v in parse_qs(request.body.decode()).items()}


def test_authorize_url_carries_state_scope_and_pkce(fake_server):
    client, _ = _client(fake_server, ClientSecret("app-1", "s3cret"))
    url = client.authorize_url("https://erp.example/cb", "st-1", code_challenge="ch-1")
    query = {k: v[-1] for k, v in parse_qs(urlsplit(url).query).items()}
    assert url.startswith(f"{fake_server.url}/authorize?")
    assert query == {
        "client_id": "app-1",
        "redirect_uri": "https://erp.example/cb",
        "response_type": "code",
        "state": "st-1",
        "scope": "read offline",
        "code_challenge": "ch-1",
        "code_challenge_method": "S256",
    }


def test_code_exchange_with_a_client_secret_and_the_verifier(fake_server):
    answer = {"access_token": "at-1", "refresh_token": "rt-1", "expires_in": 600, "scope": "read"}
    fake_server.add("POST", "/token", FakeResponse(200, answer))
    client, session = _client(fake_server, ClientSecret("app-1", "s3cret"))
    tokens = client.exchange_code("code-1", "https://erp.example/cb", "verifier-1")
    assert (tokens.access_token, tokens.refresh_token, tokens.expires_in) == ("at-1", "rt-1", 600)
    form = _form(fake_server.calls("POST", "/token")[0])
    assert form == {
        "grant_type": "authorization_code",
        "code": "code-1",
        "redirect_uri": "https://erp.example/cb",
        "code_verifier": "verifier-1",
        "client_id": "app-1",
        "client_secret": "s3cret",
    }
    assert {"s3cret", "at-1", "rt-1"} <= set(session.secrets)


def test_refresh_with_a_jwt_assertion_signed_for_each_request(fake_server):
    fake_server.add("POST", "/token", FakeResponse(200, {"access_token": "at-2"}))
    fake_server.add("POST", "/token", FakeResponse(200, {"access_token": "at-3"}))
    signed = iter(["jwt-1", "jwt-2"])
    client, _ = _client(fake_server, JwtAssertion("app-1", lambda: next(signed)))
    assert client.refresh("rt-1").refresh_token is None  # not rotated: keep the stored one
    assert client.refresh("rt-1").access_token == "at-3"
    first, second = (_form(r) for r in fake_server.calls("POST", "/token"))
    assert first["client_assertion_type"] == JWT_BEARER
    assert (first["client_assertion"], second["client_assertion"]) == ("jwt-1", "jwt-2")
    assert "client_secret" not in first and first["grant_type"] == "refresh_token"


def test_a_refused_refresh_token_is_a_lost_consent(fake_server):
    fake_server.add("POST", "/token", oauth_error(400, "invalid_grant", "revoked"))
    client, _ = _client(fake_server, ClientSecret("app-1", "s3cret"))
    with pytest.raises(ConsentLostError, match="connect again"):
        client.refresh("rt-1")


def test_a_refused_code_and_a_malformed_answer_are_typed(fake_server):
    fake_server.add("POST", "/token", oauth_error(400, "invalid_grant", "used"))
    fake_server.add("POST", "/token", FakeResponse(200, {"access_token": "bad token\x00"}))
    client, _ = _client(fake_server, ClientSecret("app-1", "s3cret"))
    with pytest.raises(AuthError) as refused:
        client.exchange_code("code-1", "https://erp.example/cb")
    assert not isinstance(refused.value, ConsentLostError)
    with pytest.raises(BadResponseError):
        client.exchange_code("code-2", "https://erp.example/cb")


def test_missing_client_credentials_are_said_before_any_call():
    with pytest.raises(AuthError, match="Client Secret"):
        ClientSecret("app-1", "")
    with pytest.raises(AuthError, match="Client ID"):
        JwtAssertion("", lambda: "jwt")


def test_extra_headers_go_with_every_token_request(fake_server):
    fake_server.add("POST", "/token", FakeResponse(200, {"access_token": "at-1"}))
    session = make_session(FAST, provider="toy", breaker_key="toy:2", breakers=BreakerRegistry())
    client = OAuthClient(
        session,
        f"{fake_server.url}/authorize",
        f"{fake_server.url}/token",
        ClientSecret("app-1", "s3cret"),
        headers={"X-Sandbox": "stg-1"},
    )
    client.refresh("rt-1")
    headers = fake_server.calls("POST", "/token")[0].headers
    assert (headers["X-Sandbox"], headers["Accept"]) == ("stg-1", "application/json")


def test_a_provider_words_its_own_refusals(fake_server):
    class Refusing(OAuthClient):
        def _refused(self, exc, grant_type):
            return AuthError(f"{grant_type}: {exc.provider_code}", status=exc.status)

    fake_server.add("POST", "/token", oauth_error(400, "invalid_client", "who?"))
    session = make_session(FAST, provider="toy", breaker_key="toy:3", breakers=BreakerRegistry())
    client = Refusing(
        session, "https://x/authorize", f"{fake_server.url}/token", ClientSecret("a", "b")
    )
    with pytest.raises(AuthError, match="refresh_token: invalid_client"):
        client.refresh("rt-1")
