"""Revolut Business API: keys and client assertion, OAuth code/refresh, accounts, transactions,
counterparties, webhooks v2, and the mapping of one transaction to statement lines.

Contract: shared/reference/apis/revolut-business.md.  Pure Python (no Odoo): the Odoo module
stores the secrets and calls these functions; HTTP behaviour (timeouts, 429/5xx retries,
Retry-After, breaker, typed errors, redaction) comes from the ``fincycle.http`` session.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation
from urllib.parse import quote, urlencode, urlsplit

import jwt
from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from fincycle.http import (
    AuthError,
    BadResponseError,
    FincycleHttpError,
    ProviderError,
    oauth,
    redact,
)
from fincycle.http.session import provider_message

from .timestamps import LENIENT, parse_utc

_logger = logging.getLogger(__name__)

PRODUCTION_API = "https://b2b.revolut.com/api/1.0"
SANDBOX_API = "https://sandbox-b2b.revolut.com/api/1.0"
PRODUCTION_CONSENT = "https://business.revolut.com/app-confirm"
SANDBOX_CONSENT = "https://sandbox-business.revolut.com/app-confirm"

AUDIENCE = "https://revolut.com"
ASSERTION_TYPE = oauth.JWT_BEARER
DEFAULT_EVENTS = ("TransactionCreated", "TransactionStateChanged")
MAX_PAGE = 1000
DEFAULT_EXPIRES_IN = 2399  # documented access-token lifetime, used if an answer omits it
MIN_KEY_BITS = 2048


def _segment(value) -> str:
    """An id as one quoted path segment: an id from a webhook or an answer ("../me") never
    makes a call go to another path of the API with the connection's token."""
    return quote(str(value), safe="")


# -- errors ------------------------------------------------------------------------------------


class RevolutKeyError(ValueError):
    """The private key or certificate given by the administrator cannot be used."""


class ConsentRevokedError(oauth.ConsentLostError):
    """The token endpoint refused the refresh token: an administrator must authorise again."""


class AuthorizationCodeError(ConsentRevokedError):
    """The token endpoint refused the authorisation code (expired after 2 minutes, or used)."""


class ClientAssertionError(AuthError):
    """The token endpoint refused the signed client assertion (certificate, Client ID, issuer,
    or clock)."""


# Codes of RevolutResponseError (the add-on words them for the user).
PAGING_STALLED = "paging_stalled"
UNREADABLE_CREATED_AT = "unreadable_created_at"


class RevolutResponseError(BadResponseError):
    """A 2xx answer that breaks the contract in a way worth naming; ``code`` says which
    (PAGING_STALLED, UNREADABLE_CREATED_AT), ``message`` says it in English for logs."""

    def __init__(self, code: str, message: str, **kwargs):
        kwargs.setdefault("status", 200)
        super().__init__(message, **kwargs)
        self.code = code


# -- keys, certificate, assertion -------------------------------------------------------------


def _load_private_key(private_key_pem: str | bytes) -> rsa.RSAPrivateKey:
    data = private_key_pem.encode() if isinstance(private_key_pem, str) else private_key_pem
    if not (data or b"").strip():
        raise RevolutKeyError("No private key is set: generate a key pair or paste a PEM key.")
    try:
        key = serialization.load_pem_private_key(data.strip(), password=None)
    except TypeError:
        raise RevolutKeyError(
            "The private key is protected by a password: paste the unencrypted PEM key "
            "(-----BEGIN PRIVATE KEY----- or -----BEGIN RSA PRIVATE KEY-----)."
        ) from None
    except (ValueError, UnsupportedAlgorithm):
        raise RevolutKeyError(
            "The private key is not a PEM private key: paste the whole key including the "
            "-----BEGIN PRIVATE KEY----- and -----END PRIVATE KEY----- lines (not the "
            "certificate)."
        ) from None
    if not isinstance(key, rsa.RSAPrivateKey):
        raise RevolutKeyError(
            f"The private key is a {type(key).__name__.replace('PrivateKey', '').lstrip('_')} "
            "key; Revolut signs client assertions with RS256 and needs an RSA key."
        )
    if key.key_size < MIN_KEY_BITS:
        raise RevolutKeyError(
            f"The RSA private key has {key.key_size} bits; use at least {MIN_KEY_BITS} bits."
        )
    return key


def _certificate(key: rsa.RSAPrivateKey, common_name: str, days: int) -> str:
    common_name = (common_name or "").strip()[:64]  # X.509 upper bound for a CN
    if not common_name:
        raise RevolutKeyError("A certificate needs a name (common name), e.g. the company name.")
    if days < 1:
        raise RevolutKeyError("A certificate must be valid for at least one day.")
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = datetime.now(timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))  # tolerate a slightly late clock
        .not_valid_after(now + timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.PEM).decode()


def generate_key_pair(common_name: str, days: int = 1825) -> tuple[str, str]:
    """A new RSA 2048 key and its self-signed certificate, both PEM.

    Returns ``(private key PKCS#8 unencrypted, certificate)``: the certificate is what the
    administrator pastes in Revolut Business → Settings → APIs → Business API."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=MIN_KEY_BITS)
    private_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    return private_pem, _certificate(key, common_name, days)


def certificate_from_private_key(private_pem: str, common_name: str, days: int = 1825) -> str:
    """A new self-signed certificate for an existing key (the old one expired or was lost)."""
    return _certificate(_load_private_key(private_pem), common_name, days)


def _load_certificate(certificate_pem: str | bytes) -> x509.Certificate:
    data = certificate_pem.encode() if isinstance(certificate_pem, str) else certificate_pem
    try:
        return x509.load_pem_x509_certificate((data or b"").strip())
    except ValueError:
        raise RevolutKeyError(
            "The certificate is not a PEM X.509 certificate (-----BEGIN CERTIFICATE-----)."
        ) from None


def certificate_matches_key(certificate_pem: str, private_pem: str) -> bool:
    """True if the certificate holds the public half of the private key."""
    cert_key = _load_certificate(certificate_pem).public_key()
    key = _load_private_key(private_pem)
    fmt = (serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return cert_key.public_bytes(*fmt) == key.public_key().public_bytes(*fmt)


def certificate_expiry(certificate_pem: str) -> datetime:
    """When the certificate stops being valid (aware UTC)."""
    return _load_certificate(certificate_pem).not_valid_after_utc


def issuer_from_redirect_uri(redirect_uri: str) -> str:
    """The ``iss`` claim: the redirect URI's domain, without scheme, path or query.

    The host is lower-cased.  A port is kept only when it is not the scheme's default
    (``localhost:8069`` for a development server), because what Revolut compares is the
    redirect URI "without https://"; ``https://erp.example.com:443/x`` gives ``erp.example.com``.
    """
    text = (redirect_uri or "").strip()
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    host = (parts.hostname or "").lower()
    if not host:
        raise ValueError(f"The redirect URI {redirect_uri!r} has no domain.")
    try:
        port = parts.port
    except ValueError:
        raise ValueError(f"The redirect URI {redirect_uri!r} has an invalid port.") from None
    default = {"https": 443, "http": 80}.get(parts.scheme.lower())
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    return f"{host}:{port}" if port and port != default else host


def client_assertion(
    client_id: str,
    issuer: str,
    private_key_pem: str,
    now: float | None = None,
    lifetime: int = 300,
) -> str:
    """The RS256 JWT Revolut's token endpoint takes as ``client_assertion``.

    Claims: ``iss`` (redirect URI domain), ``sub`` (Client ID), ``aud`` "https://revolut.com",
    ``iat`` and ``exp`` as integer unix seconds.  Raises RevolutKeyError for an unusable key."""
    if not (client_id or "").strip():
        raise ValueError("The Revolut Client ID is empty: copy it from Revolut Business → APIs.")
    if not (issuer or "").strip():
        raise ValueError("The issuer (redirect URI domain) is empty.")
    key = _load_private_key(private_key_pem)
    issued = int(time.time() if now is None else now)
    claims = {
        "iss": issuer.strip(),
        "sub": client_id.strip(),
        "aud": AUDIENCE,
        "iat": issued,
        "exp": issued + int(lifetime),
    }
    return jwt.encode(claims, key, algorithm="RS256", headers={"typ": "JWT"})


def consent_url(
    consent_base: str, client_id: str, redirect_uri: str, scope: str | None = "READ,WRITE"
) -> str:
    """The page where an administrator approves the integration (2FA in Revolut)."""
    params = {"client_id": client_id, "redirect_uri": redirect_uri, "response_type": "code"}
    if scope:
        params["scope"] = scope
    return f"{consent_base}?{urlencode(params, safe=',')}"


# -- timestamps --------------------------------------------------------------------------------


def parse_timestamp(value: str) -> datetime:
    """An aware UTC datetime from Revolut's ISO-8601 text (with or without fractions of any
    length, ``Z`` or an offset, or a bare date).  ValueError with the text if unreadable."""
    return parse_utc(value, LENIENT)


def format_timestamp(moment: datetime) -> str:
    """ISO-8601 UTC with microseconds and ``Z``; a naive datetime is taken as UTC (Odoo)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


# -- the client --------------------------------------------------------------------------------


TokenSet = oauth.TokenSet  # what the token endpoint answered (``expires_at(now)``: when it ends)

_ASSERTION_WORDS = ("assertion", "signature", "certificate", "jwt", "client_id", "issuer")


class RevolutOAuth(oauth.OAuthClient):
    """Revolut's consent and token endpoint on the kit's OAuth client: the client authenticates
    with a JWT signed by the connection's private key (``sign()`` gives a fresh
    ``client_assertion``), no PKCE, no redirect URI in the token request. A refresh answers no
    new refresh token: the original one stays (``refresh_token`` None)."""

    def __init__(
        self,
        session,
        base_url: str,
        client_id: str,
        sign: Callable[[], str],
        *,
        consent_base: str | None = None,
    ):
        base = base_url.rstrip("/")
        if consent_base is None:
            consent_base = SANDBOX_CONSENT if base == SANDBOX_API else PRODUCTION_CONSENT
        super().__init__(
            session,
            consent_base,
            f"{base}/auth/token",
            oauth.JwtAssertion(client_id, sign),
            provider="Revolut",
            default_expires_in=DEFAULT_EXPIRES_IN,
        )

    def authorize_url(self, redirect_uri, state, code_challenge=None):
        url = consent_url(self.authorize_base, self.auth.client_id, redirect_uri)
        return f"{url}&{urlencode({'state': state})}"

    def exchange_code(self, code, redirect_uri=None, code_verifier=None):
        """Trade the consent's authorisation code (valid 2 minutes, once) for tokens."""
        tokens = super().exchange_code(code)
        if not tokens.refresh_token:
            raise BadResponseError(
                "Revolut: the authorisation code was accepted but no refresh_token came back.",
                status=200,
            )
        return tokens

    def refresh(self, refresh_token):
        """A new access token; ``refresh_token`` of the result is None: keep the original."""
        return replace(super().refresh(refresh_token), refresh_token=None)

    def _refused(self, exc, grant_type):
        if exc.status not in (400, 401, 403):
            return None
        refresh = grant_type == "refresh_token"
        response = getattr(exc, "response", None)
        detail, code = provider_message(response) if response is not None else (exc.message, None)
        detail = redact(detail, getattr(self.session, "secrets", ()))
        code = (code or exc.provider_code or "").lower()
        said = f" (Revolut said: {detail})" if detail else ""
        lowered = (detail or "").lower()
        kwargs = {"status": exc.status, "provider_code": code or None}
        if "token has expired" in lowered and code != "invalid_grant":
            # The documented answer for an expired client assertion: the clock is off.
            return ClientAssertionError(
                "Revolut refused the signed client assertion as expired: check that this "
                "server's clock is right. If it is, click Connect to authorise again." + said,
                **kwargs,
            )
        if code == "invalid_client" or (
            code != "invalid_grant" and any(w in lowered for w in _ASSERTION_WORDS)
        ):
            return ClientAssertionError(
                "Revolut rejected the signed client assertion: the certificate uploaded in "
                "Revolut Business (Settings → APIs) does not match this private key, or the "
                "Client ID or the redirect URI domain differ from what Revolut has. Upload the "
                "certificate again or correct the Client ID / redirect URI." + said,
                **kwargs,
            )
        if refresh:
            return ConsentRevokedError(
                "Revolut refused the refresh token: the consent was revoked or expired (90 days "
                "on the Freelancer plan). Click Connect to authorise again." + said,
                **kwargs,
            )
        return AuthorizationCodeError(
            "Revolut refused the authorisation code: a code is valid for 2 minutes and can be "
            "used only once. Click Connect to authorise again." + said,
            **kwargs,
        )


class RevolutClient:
    """Calls the Revolut Business API through a ``fincycle.http`` session.

    ``token_getter()`` gives the current access token; when a call answers 401,
    ``token_refresher()`` is called once for a new token and the call is sent again; a second
    401 raises AuthError."""

    def __init__(
        self,
        session,
        base_url: str,
        token_getter: Callable[[], str] | None = None,
        token_refresher: Callable[[], str] | None = None,
    ):
        self.session = session
        self.base_url = base_url.rstrip("/")
        if self.base_url.endswith("/1.0"):
            self.base_v2 = self.base_url[: -len("1.0")] + "2.0"
        else:
            raise ValueError(f"The Revolut API base must end with /api/1.0, not {base_url!r}.")
        self.token_getter = token_getter
        self.token_refresher = token_refresher
        self._counterparties: dict[str, dict | FincycleHttpError] = {}

    def _add_secret(self, value: str | None) -> None:
        add = getattr(self.session, "add_secret", None)
        if add and value:
            add(value)

    # -- authorised calls ------------------------------------------------------------------
    def _headers(self, token: str | None) -> dict[str, str]:
        return {"Authorization": f"Bearer {token}"} if token else {}

    def _call(self, method: str, path: str, *, v2: bool = False, expect=dict, **kwargs):
        url = f"{self.base_v2 if v2 else self.base_url}{path}"
        token = self.token_getter() if self.token_getter else None
        self._add_secret(token)
        try:
            body = self.session.json(method, url, headers=self._headers(token), **kwargs)
        except AuthError as exc:
            if exc.status != 401 or self.token_refresher is None:
                raise
            token = self.token_refresher()
            self._add_secret(token)
            body = self.session.json(method, url, headers=self._headers(token), **kwargs)
        if expect is None:
            return body
        if not isinstance(body, expect):
            kind = "a list" if expect is list else "an object"
            raise BadResponseError(
                f"Revolut: {method} {path} answered {type(body).__name__} instead of {kind}.",
                status=200,
            )
        return body

    def accounts(self) -> list[dict]:
        return self._call("GET", "/accounts", expect=list)

    def account(self, account_id: str) -> dict:
        return self._call("GET", f"/accounts/{_segment(account_id)}")

    def bank_details(self, account_id: str) -> list[dict]:
        return self._call("GET", f"/accounts/{_segment(account_id)}/bank-details", expect=list)

    def transaction(self, transaction_id: str) -> dict:
        return self._call("GET", f"/transaction/{_segment(transaction_id)}")

    def counterparty(self, counterparty_id: str) -> dict:
        """One counterparty, cached for the life of this client (a sync reads each once).
        A 404 (deleted counterparty) is cached too and raised again."""
        cached = self._counterparties.get(counterparty_id)
        if isinstance(cached, FincycleHttpError):
            raise cached
        if cached is not None:
            return cached
        try:
            result = self._call("GET", f"/counterparty/{_segment(counterparty_id)}")
        except ProviderError as exc:
            if exc.status == 404:
                self._counterparties[counterparty_id] = exc
            raise
        self._counterparties[counterparty_id] = result
        return result

    def iter_transactions(
        self,
        since: datetime,
        until: datetime | None = None,
        account_id: str | None = None,
        count: int = MAX_PAGE,
        states: Iterable[str] | None = None,
    ) -> Iterator[dict]:
        """Every transaction created in ``[since, until)``, newest first, each id once.

        Pages backwards: ``to`` starts at ``until`` (or now); the next ``to`` is the last
        item's ``created_at`` + 1 µs, because ``to`` is exclusive and items sharing that instant
        may straddle the page boundary (they are read again and de-duplicated by id).  Stops on
        a short page.  Naive datetimes are taken as UTC.

        A server whose paging does not move backwards (a full page not older than the ``to``
        asked for, or two full pages in a row with nothing new) raises RevolutResponseError
        PAGING_STALLED instead of asking for the same page forever."""
        if not 1 <= count <= MAX_PAGE:
            raise ValueError(f"count must be between 1 and {MAX_PAGE}, not {count}.")
        since_utc = parse_timestamp(since)
        to = parse_timestamp(until) if until is not None else datetime.now(timezone.utc)
        seen: set[str] = set()
        base_params: dict[str, object] = {"from": format_timestamp(since_utc), "count": count}
        if account_id:
            base_params["account"] = account_id
        if states:
            base_params["state"] = list(states)
        stale_pages = 0
        while to > since_utc:
            page = self._call(
                "GET",
                "/transactions",
                expect=list,
                params={**base_params, "to": format_timestamp(to)},
            )
            brings_new = any(not isinstance(i, dict) or i.get("id") not in seen for i in page)
            yield from self._new_items(page, since_utc, seen)
            if len(page) < count:
                return
            # One full page of ids already read is normal (more than `count` transactions at
            # one instant, read again after the +1 µs step); a second one in a row is not.
            stale_pages = 0 if brings_new else stale_pages + 1
            if stale_pages > 1:
                raise _paging_stalled(to, "two full pages in a row brought no new transaction")
            last = self._last_created_at(page)
            if last >= to:
                raise _paging_stalled(
                    to, f"it answered a full page ending at {format_timestamp(last)}, not before"
                )
            to = self._next_to(last, to, len(page))

    @staticmethod
    def _new_items(page: list, since: datetime, seen: set[str]) -> Iterator[dict]:
        for item in page:
            if not isinstance(item, dict):
                raise BadResponseError(
                    f"Revolut: GET /transactions returned a {type(item).__name__} item "
                    "instead of a transaction object.",
                    status=200,
                )
            try:
                if parse_timestamp(item.get("created_at")) < since:
                    continue  # the server ignored "from": do not go past it
            except ValueError:
                pass  # yielded all the same: leg_lines reports it
            tx_id = item.get("id")
            if tx_id is not None:
                if tx_id in seen:
                    continue
                seen.add(tx_id)
            yield item

    @staticmethod
    def _last_created_at(page: list[dict]) -> datetime:
        try:
            return parse_timestamp(page[-1].get("created_at"))
        except ValueError:
            raise RevolutResponseError(
                UNREADABLE_CREATED_AT,
                "Revolut: a full page of transactions ends with an item without a readable "
                "created_at, so the next page cannot be requested.",
            ) from None

    @staticmethod
    def _next_to(last: datetime, to: datetime, size: int) -> datetime:
        """The ``to`` of the page after a full page ending at ``last`` (< ``to``): its last
        instant + 1 µs."""
        next_to = last + timedelta(microseconds=1)
        if next_to < to:
            return next_to
        # A whole page shares one instant (more than `count` transactions in one microsecond):
        # moving on exclusive of it is the only way forward.
        _logger.warning(
            "Revolut: %d transactions share created_at %s; paging past that instant",
            size,
            format_timestamp(last),
        )
        return last

    # -- webhooks v2 -----------------------------------------------------------------------
    def create_webhook(self, url: str, events: Iterable[str] = DEFAULT_EVENTS) -> dict:
        """Register ``url``; the answer holds ``signing_secret`` (``wsk_...``): store it."""
        body = self._call("POST", "/webhooks", v2=True, json={"url": url, "events": list(events)})
        if not body.get("id"):
            raise BadResponseError("Revolut: the created webhook has no id.", status=200)
        self._add_secret(body.get("signing_secret"))
        return body

    def list_webhooks(self) -> list[dict]:
        return self._call("GET", "/webhooks", v2=True, expect=list)

    def get_webhook(self, webhook_id: str) -> dict:
        body = self._call("GET", f"/webhooks/{_segment(webhook_id)}", v2=True)
        self._add_secret(body.get("signing_secret"))
        return body

    def delete_webhook(self, webhook_id: str) -> None:
        self._call("DELETE", f"/webhooks/{_segment(webhook_id)}", v2=True, expect=None)

    def rotate_webhook_secret(
        self, webhook_id: str, expiration_period: str | None = "PT24H"
    ) -> dict:
        """A new signing secret; the old one keeps working for ``expiration_period``
        (ISO-8601 duration, at most P7D; None = ends now)."""
        payload = {"expiration_period": expiration_period} if expiration_period else {}
        body = self._call(
            "POST", f"/webhooks/{_segment(webhook_id)}/rotate-signing-secret", v2=True, json=payload
        )
        self._add_secret(body.get("signing_secret"))
        return body


def _paging_stalled(to: datetime, why: str) -> RevolutResponseError:
    return RevolutResponseError(
        PAGING_STALLED,
        "Revolut: the server's paging does not advance: asked for the transactions created "
        f"before {format_timestamp(to)}, {why}. Stopped instead of asking for the same page "
        "again.",
    )


# -- transaction → statement lines -------------------------------------------------------------


@dataclass
class LegResult:
    lines: list[dict] = field(default_factory=list)
    pending: list[dict] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


BOOKED_STATES = ("completed",)
PENDING_STATES = ("pending", "created")
REFUSED_STATES = ("declined", "failed")
_NAME_IN_DESCRIPTION = re.compile(
    r"^\s*(?:(?:payment|transfer|money|card\s+payment)\s+)?(?:from|to)\s+(?P<name>.+?)\s*$",
    re.IGNORECASE,
)


def _decimal(value) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        result = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
    return result if result.is_finite() else None


def _text(value) -> str:
    return str(value).strip() if value is not None else ""


def _name_from_description(description: str) -> str | None:
    match = _NAME_IN_DESCRIPTION.match(description or "")
    return match.group("name") if match else None


def _counterparty_account(counterparty: dict, account_id: str | None) -> dict | None:
    accounts = [a for a in counterparty.get("accounts") or [] if isinstance(a, dict)]
    for account in accounts:
        if account_id and account.get("id") == account_id:
            return account
    return accounts[0] if len(accounts) == 1 else None


def _looked_up(counterparty_lookup, leg_counterparty: dict) -> dict | None:
    cp_id = leg_counterparty.get("id")
    if counterparty_lookup is None or not cp_id:
        return None
    try:
        found = counterparty_lookup(cp_id)
    except (ProviderError, BadResponseError) as exc:
        # A deleted or odd counterparty must not stop the line: the name comes from elsewhere.
        _logger.info("Revolut: counterparty %s not available: %s", cp_id, exc)
        return None
    return found if isinstance(found, dict) else None


def _narration(tx: dict, leg: dict, fee: Decimal | None, foreign: str | None) -> str:
    rows = []
    description = _text(leg.get("description"))
    if description:
        rows.append(description)
    merchant = tx.get("merchant") if isinstance(tx.get("merchant"), dict) else None
    if merchant:
        place = ", ".join(_text(merchant.get(k)) for k in ("city", "country") if merchant.get(k))
        label = _text(merchant.get("full_name")) or _text(merchant.get("name"))
        rows.append(f"Merchant: {label}" + (f" ({place})" if place else ""))
    card = tx.get("card") if isinstance(tx.get("card"), dict) else None
    if card and _text(card.get("card_number")):
        rows.append(f"Card: •••• {_text(card.get('card_number'))[-4:]}")
    if fee:
        rows.append(f"Fee: {fee} {_text(leg.get('currency')).upper()}")
    if foreign:
        rows.append(f"Original amount: {_decimal(leg.get('bill_amount'))} {foreign}")
    if tx.get("reason_code"):
        rows.append(f"Reason: {_text(tx.get('reason_code'))}")
    rows.append(f"Type: {_text(tx.get('type')) or 'unknown'}")
    return "\n".join(rows)


def _my_legs(transaction: dict, tx_id: str, account_id: str, result: LegResult) -> list[dict]:
    legs = transaction.get("legs")
    if not isinstance(legs, list):
        result.skipped.append((tx_id, "transaction without legs"))
        return []
    mine = []
    for index, leg in enumerate(legs):
        if not isinstance(leg, dict):
            result.skipped.append((tx_id, f"leg #{index + 1} is not an object"))
        elif not leg.get("account_id"):
            result.skipped.append((tx_id, f"leg #{index + 1} has no account_id"))
        elif leg.get("account_id") == account_id:
            mine.append(leg)
    return mine


def _state_refusal(transaction: dict, state: str) -> str | None:
    """Why a transaction in this state gives no line and no pending entry, if it does not."""
    if state in REFUSED_STATES:
        reason = _text(transaction.get("reason_code"))
        return state + (f" ({reason})" if reason else "")
    if state == "reverted" and not transaction.get("completed_at"):
        return "reverted before it was booked (no completed_at)"
    if state not in (*BOOKED_STATES, *PENDING_STATES, "reverted"):
        return f"unknown state {state or 'missing'!r}"
    return None


def _partner(
    leg: dict, merchant_name: str | None, counterparty_lookup
) -> tuple[str | None, str | None]:
    """(partner name, counterparty IBAN or account number)."""
    counterparty = leg.get("counterparty") if isinstance(leg.get("counterparty"), dict) else {}
    found = _looked_up(counterparty_lookup, counterparty)
    name = account_number = None
    if found:
        name = _text(found.get("name")) or None
        cp_account = _counterparty_account(found, counterparty.get("account_id"))
        if cp_account:
            account_number = (
                _text(cp_account.get("iban")) or _text(cp_account.get("account_no")) or None
            )
    name = name or merchant_name or _name_from_description(_text(leg.get("description")))
    return name, account_number


def _booked_line(
    transaction: dict,
    leg: dict,
    *,
    uid: str,
    amount: Decimal,
    currency: str,
    booked: datetime,
    counterparty_lookup,
) -> dict:
    reference = _text(transaction.get("reference")) or None
    merchant = transaction.get("merchant") if isinstance(transaction.get("merchant"), dict) else {}
    merchant_name = _text(merchant.get("name")) or None
    tx_type = _text(transaction.get("type")) or "transaction"
    partner_name, account_number = _partner(leg, merchant_name, counterparty_lookup)
    bill_currency = _text(leg.get("bill_currency")).upper() or None
    foreign = bill_currency if bill_currency and bill_currency != currency else None
    bill_amount = _decimal(leg.get("bill_amount")) if foreign else None
    if bill_amount is not None and amount:
        bill_amount = abs(bill_amount).copy_sign(amount)  # same direction as the leg
    fee = _decimal(leg.get("fee"))
    return {
        "unique_import_id": uid,
        "date": booked,
        "amount": amount,
        "currency": currency,
        "payment_ref": reference or _text(leg.get("description")) or merchant_name or tx_type,
        "ref": reference,
        "partner_name": partner_name,
        "account_number": account_number,
        "narration": _narration(transaction, leg, fee, foreign),
        "transaction_type": tx_type,
        "foreign_currency": foreign,
        "amount_currency": bill_amount,
        "fee": fee,
        "balance_after": _decimal(leg.get("balance")),
        "raw_data": json.dumps(transaction, sort_keys=True, default=str),
        "state": _text(transaction.get("state")).lower(),
    }


def _reversal(transaction: dict, line: dict) -> dict:
    try:
        reverted_on = parse_timestamp(transaction.get("updated_at") or line["date"])
    except ValueError:
        reverted_on = line["date"]
    bill_amount = line["amount_currency"]
    return {
        **line,
        "unique_import_id": line["unique_import_id"] + "-reversal",
        "date": reverted_on,
        "amount": -line["amount"],
        "amount_currency": -bill_amount if bill_amount is not None else None,
        "payment_ref": f"Reversal: {line['payment_ref']}",
        "narration": f"Reversal of the booked transaction {_text(transaction.get('id'))}\n"
        + line["narration"],
        "fee": None,
        "balance_after": None,
    }


def leg_lines(
    transaction: dict,
    account_id: str,
    counterparty_lookup: Callable[[str], dict | None] | None = None,
) -> LegResult:
    """The statement lines one Revolut transaction gives on ONE own account.

    Only legs whose ``account_id`` is ``account_id`` count (an exchange between two own
    accounts has a leg on each).  Completed → a line per leg; pending/created → listed in
    ``pending``; declined/failed → ``skipped``; reverted after being booked (``completed_at``
    set) → the line and its reversal; anything malformed → ``skipped`` with the reason, never
    an exception.  ``counterparty_lookup(counterparty_id)`` (e.g. ``client.counterparty``)
    gives the counterparty's name and IBAN when the leg names a counterparty id."""
    result = LegResult()
    if not isinstance(transaction, dict):
        result.skipped.append(("?", f"not a transaction object: {type(transaction).__name__}"))
        return result
    tx_id = _text(transaction.get("id"))
    if not tx_id:
        result.skipped.append(("?", "transaction without an id"))
        return result
    mine = _my_legs(transaction, tx_id, account_id, result)
    if not mine:
        return result
    state = _text(transaction.get("state")).lower()
    refusal = _state_refusal(transaction, state)
    if refusal:
        result.skipped.append((tx_id, refusal))
        return result
    try:
        created = parse_timestamp(transaction.get("created_at"))
        completed = transaction.get("completed_at")
        booked = parse_timestamp(completed) if completed else created
    except ValueError as exc:
        result.skipped.append((tx_id, f"bad date: {exc}"))
        return result

    for leg in mine:
        leg_id = _text(leg.get("leg_id"))
        amount = _decimal(leg.get("amount"))
        currency = _text(leg.get("currency")).upper()
        missing = [
            name
            for name, value in (("leg_id", leg_id), ("amount", amount), ("currency", currency))
            if value is None or value == ""
        ]
        if missing:
            result.skipped.append((tx_id, f"leg {leg_id or '?'} lacks {', '.join(missing)}"))
            continue
        if state in PENDING_STATES:
            result.pending.append(
                {
                    "id": tx_id,
                    "leg_id": leg_id,
                    "amount": amount,
                    "currency": currency,
                    "created_at": created,
                    "state": state,
                    "description": _text(leg.get("description"))
                    or _text(transaction.get("reference"))
                    or _text(transaction.get("type")),
                }
            )
            continue
        line = _booked_line(
            transaction,
            leg,
            uid=f"{tx_id}-{leg_id}",
            amount=amount,
            currency=currency,
            booked=booked,
            counterparty_lookup=counterparty_lookup,
        )
        result.lines.append(line)
        if state == "reverted":
            result.lines.append(_reversal(transaction, line))
    return result


def statement_lines(line: dict, fee_label: Callable[[str], str] | None = None) -> list[dict]:
    """Statement-line values for the Fincycle booking step of one ``leg_lines`` line: the
    movement, plus its fee as a line of its own (Revolut charges the fee on top of the amount
    and the leg's balance is after both, so the balance goes with the fee line).

    Like ``fincycle.banking.qonto.transaction_line``: the private ``_fincycle_currency``,
    ``_fincycle_foreign_currency`` and ``_fincycle_balance_after`` keys are read (and removed)
    by the booking step; keys without a value are left out. ``fee_label(label)`` gives the fee
    line's label (the add-on passes a translated sentence)."""
    fee = line.get("fee")
    balance_after = line.get("balance_after")
    vals = {
        "unique_import_id": line["unique_import_id"],
        "date": line["date"],
        "amount": line["amount"],
        "payment_ref": line.get("payment_ref"),
        "ref": line.get("ref"),
        "partner_name": line.get("partner_name"),
        "account_number": line.get("account_number"),
        "narration": line.get("narration"),
        "transaction_type": line.get("transaction_type"),
        "raw_data": line.get("raw_data"),
        "_fincycle_currency": line.get("currency"),
        "_fincycle_balance_after": None if fee else balance_after,
    }
    if line.get("foreign_currency") and line.get("amount_currency") is not None:
        vals["_fincycle_foreign_currency"] = line["foreign_currency"]
        vals["amount_currency"] = float(line["amount_currency"])
    result = [{k: v for k, v in vals.items() if v is not None}]
    if fee:
        label = vals["payment_ref"]
        fee_vals = {
            "unique_import_id": line["unique_import_id"] + "-fee",
            "date": line["date"],
            "amount": -abs(fee),
            "payment_ref": fee_label(label) if fee_label else f"Revolut fee: {label}",
            "transaction_type": "fee",
            "_fincycle_currency": line.get("currency"),
            "_fincycle_balance_after": balance_after,
        }
        result.append({k: v for k, v in fee_vals.items() if v is not None})
    return result
