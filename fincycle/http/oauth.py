"""OAuth 2.0 for every connector: what a token answer must look like before a token is stored or
sent anywhere, and one client for the authorization code flow (PKCE) and refresh, with the two
ways a client authenticates: a client secret, or a signed JWT assertion.

A token answer comes from a provider's server: a token with control characters or NUL would
break the database write or a header, and an ``expires_in`` of 10**12 overflows date arithmetic.
Such answers are a BadResponseError, not a crash."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import urlencode

from .errors import AuthError, BadResponseError, FincycleHttpError

MAX_TOKEN_LENGTH = 8192
# RFC 6749 appendix A: tokens are visible ASCII (VSCHAR) and spaces; ours never carry spaces.
_TOKEN = re.compile(r"[\x21-\x7e]+")
MAX_EXPIRES_IN = 24 * 3600  # no access token we use lives longer; a longer claim is not trusted


def token_value(body: dict, key: str, provider: str, *, required: bool = True) -> str | None:
    """``body[key]`` if it is a well-formed token; None if absent and not required."""
    value = body.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or len(value) > MAX_TOKEN_LENGTH or not _TOKEN.fullmatch(value):
        raise BadResponseError(
            f"{provider}: the token endpoint answered a malformed {key}.", status=200
        )
    return value


def expires_in(value: object, default: int) -> int:
    """Seconds an access token lives: the provider's value when it is a sane positive number
    of seconds, capped at a day; ``default`` when it is missing or absurd."""
    try:
        seconds = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError, OverflowError):
        return default
    if seconds <= 0:
        return default
    return min(seconds, MAX_EXPIRES_IN)


# -- the generic OAuth 2.0 client of the connector kit --------------------------------------------

JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"


class ConsentLostError(AuthError):
    """The grant is gone (refresh token refused, revoked, never given): a person must consent
    again. Connectors' own consent errors are treated alike (``_fincycle_oauth_consent_errors``)."""


@dataclass(frozen=True)
class TokenSet:
    access_token: str
    refresh_token: str | None  # None: keep the stored one (not rotated)
    expires_in: int
    scope: str | None = None

    def expires_at(self, now: float | None = None) -> float:
        """Unix time when the access token expires, counted from ``now`` (when obtained)."""
        return (time.time() if now is None else now) + self.expires_in


class ClientSecret:
    """Client authentication with a shared secret in the form (``client_secret_post``)."""

    def __init__(self, client_id: str, client_secret: str):
        if not client_id or not client_secret:
            raise AuthError("Enter the Client ID and the Client Secret of the application.")
        self.client_id, self.client_secret = client_id, client_secret

    def form(self) -> dict:
        return {"client_id": self.client_id, "client_secret": self.client_secret}

    def secrets(self) -> list[str]:
        return [self.client_secret]


class JwtAssertion:
    """Client authentication with a signed JWT (``private_key_jwt``, RFC 7523): ``sign()``
    returns a fresh assertion for every token request."""

    def __init__(self, client_id: str, sign: Callable[[], str]):
        if not client_id:
            raise AuthError("Enter the Client ID of the application.")
        self.client_id, self.sign = client_id, sign

    def form(self) -> dict:
        return {
            "client_id": self.client_id,
            "client_assertion_type": JWT_BEARER,
            "client_assertion": self.sign(),
        }

    def secrets(self) -> list[str]:
        return []


class OAuthClient:
    """Authorization code (with PKCE) and refresh against a standard token endpoint.

    The interface every connector's OAuth client offers the kit: ``authorize_url``,
    ``exchange_code`` and ``refresh``, each answering a ``TokenSet``-like object.

    ``headers`` go with every token request (e.g. a sandbox's access header). A provider's
    client may subclass it: ``_refused`` turns a refused token request into the provider's own
    error and words; the answer's checks (``token_value``, ``expires_in``) and the redaction of
    codes, tokens and the client secret stay here."""

    def __init__(
        self,
        session,
        authorize_url: str,
        token_url: str,
        auth: ClientSecret | JwtAssertion,
        *,
        scopes: Iterable[str] = (),
        provider: str = "The provider",
        default_expires_in: int = 3600,
        headers: Mapping[str, str] | None = None,
    ):
        self.session, self.auth, self.scopes = session, auth, tuple(scopes)
        self.headers = dict(headers or {})
        self.authorize_base, self.token_url = authorize_url, token_url
        self.provider, self.default_expires_in = provider, default_expires_in
        for secret in auth.secrets():
            self._add_secret(secret)

    def authorize_url(self, redirect_uri: str, state: str, code_challenge: str | None = None):
        params = {
            "client_id": self.auth.client_id,
            "redirect_uri": redirect_uri,
            "response_type": "code",
            "state": state,
        }
        if self.scopes:
            params["scope"] = " ".join(self.scopes)
        if code_challenge:
            params.update(code_challenge=code_challenge, code_challenge_method="S256")
        return f"{self.authorize_base}?{urlencode(params)}"

    def exchange_code(
        self, code: str, redirect_uri: str | None = None, code_verifier: str | None = None
    ):
        """Tokens for the consent's code; ``redirect_uri`` and ``code_verifier`` are sent when
        given (a provider that takes neither gets neither)."""
        form = {"grant_type": "authorization_code", "code": code}
        if redirect_uri:
            form["redirect_uri"] = redirect_uri
        if code_verifier:
            form["code_verifier"] = code_verifier
        return self._token(form, idempotent=False)  # a code is used once: a retry could only fail

    def refresh(self, refresh_token: str):
        form = {"grant_type": "refresh_token", "refresh_token": refresh_token}
        return self._token(form, idempotent=True)

    def _refused(self, exc: FincycleHttpError, grant_type: str) -> FincycleHttpError | None:
        """What to raise when the token endpoint refuses a ``grant_type`` request with ``exc``;
        None: ``exc`` itself. A refused code must be fetched again, a refused refresh token is
        a lost consent."""
        if grant_type == "authorization_code" and exc.provider_code in (
            "invalid_grant",
            "invalid_request",
        ):
            return AuthError(
                f"{self.provider} refused the authorisation code (it is short-lived and "
                f"usable once): connect again. ({exc.message})",
                status=exc.status,
                provider_code=exc.provider_code,
            )
        if grant_type == "refresh_token" and exc.provider_code == "invalid_grant":
            return ConsentLostError(
                f"{self.provider} no longer accepts the refresh token (the consent expired "
                f"or was revoked): connect again. ({exc.message})",
                status=exc.status,
                provider_code=exc.provider_code,
            )
        return None

    def _token(self, form: dict, idempotent: bool) -> TokenSet:
        self._add_secret(form.get("refresh_token") or form.get("code"))
        try:
            body = self.session.json(
                "POST",
                self.token_url,
                data={**form, **self.auth.form()},
                headers={"Accept": "application/json", **self.headers},
                idempotent=idempotent,
            )
        except FincycleHttpError as exc:
            error = self._refused(exc, form["grant_type"])
            if error is None:
                raise
            raise error from None
        if not isinstance(body, dict) or not body.get("access_token"):
            raise BadResponseError(
                f"{self.provider}: the token endpoint answered without an access_token.",
                status=200,
            )
        access = token_value(body, "access_token", self.provider)
        refresh = token_value(body, "refresh_token", self.provider, required=False)
        self._add_secret(access)
        self._add_secret(refresh)
        return TokenSet(
            access_token=access,
            refresh_token=refresh,
            expires_in=expires_in(body.get("expires_in"), self.default_expires_in),
            scope=body.get("scope") if isinstance(body.get("scope"), str) else None,
        )

    def _add_secret(self, value: str | None) -> None:
        add = getattr(self.session, "add_secret", None)
        if add and value:
            add(value)
