"""The four signature schemes (see shared/reference/apis/):

* Revolut Business: ``Revolut-Signature: v1=<hex>[,v1=<hex>]`` over ``v1.{ts_ms}.{body}``, with
  ``Revolut-Request-Timestamp`` in milliseconds; several signatures while a secret rotates.
* Qonto: ``X-Qonto-Signature: t=<unix s>,v1=<hex>`` over ``{t}.{body}``.
* DocuSeal: ``X-Docuseal-Signature: <unix s>.<hex>`` over ``{ts}.{body}`` (newer), or a custom
  header carrying a shared secret verbatim (older self-hosted versions).
* Mautic: ``Webhook-Signature: base64(HMAC-SHA256(body))``, no timestamp: replay protection
  comes from de-duplicating the event in the inbox.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

DEFAULT_TOLERANCE = 300.0  # seconds; all providers that sign a timestamp document 5 minutes


@dataclass(frozen=True)
class Verdict:
    ok: bool
    reason: str
    timestamp: float | None = None  # the signed time (unix seconds), when the scheme has one

    def __bool__(self) -> bool:
        return self.ok


def _header(headers: Mapping[str, str], name: str) -> str | None:
    lowered = name.lower()
    for key, value in headers.items():
        if key.lower() == lowered:
            return value
    return None


def _secrets(secret: str | Iterable[str] | None) -> list[str]:
    if secret is None:
        return []
    if isinstance(secret, str):
        return [secret] if secret else []
    return [s for s in secret if s]


# A signed time is a short run of digits: 10 for Unix seconds, 13 for milliseconds. Anything
# longer is refused before it is turned into a number (a 400-digit value overflows a float).
MAX_TIMESTAMP_DIGITS = 16


def _timestamp(text: str, per_second: int = 1) -> float | None:
    """Unix seconds from a signed decimal timestamp (``per_second`` units a second), or None
    when it is not a short run of ASCII digits."""
    if not (0 < len(text) <= MAX_TIMESTAMP_DIGITS and text.isascii() and text.isdigit()):
        return None
    return int(text) / per_second


def _hmac_sha256(secret: str, message: bytes) -> bytes:
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).digest()


def _any_equal(expected: Iterable[str], received: Iterable[str]) -> bool:
    """Constant-time for each pair; every pair is compared (no early exit on a match)."""
    found = False
    for exp in expected:
        for rec in received:
            found |= hmac.compare_digest(exp.encode(), rec.encode())
    return found


class SignatureScheme:
    """Base class. ``verify(headers, body, secret, now=None)`` → Verdict."""

    name = "abstract"
    signature_header = ""
    tolerance = DEFAULT_TOLERANCE

    def __init__(self, tolerance: float | None = None):
        if tolerance is not None:
            self.tolerance = tolerance

    def verify(
        self, headers: Mapping[str, str], body: bytes, secret, now: float | None = None
    ) -> Verdict:
        raise NotImplementedError

    def sign(self, body: bytes, secret: str, timestamp: float | None = None) -> dict[str, str]:
        """Headers a sender would add. For fake servers and tests."""
        raise NotImplementedError

    def _read(self, headers, secret) -> tuple[list[str], str, Verdict | None]:
        """The configured secrets and the stripped signature header, or the verdict that ends
        the check (no secret configured, header missing)."""
        secrets = _secrets(secret)
        if not secrets:
            return secrets, "", Verdict(False, "no signing secret configured")
        value = _header(headers, self.signature_header)
        if not value:
            return secrets, "", Verdict(False, f"missing {self.signature_header} header")
        return secrets, value.strip(), None

    def _check_window(self, ts: float, now: float | None) -> Verdict | None:
        now = time.time() if now is None else now
        if abs(now - ts) > self.tolerance:
            return Verdict(False, f"timestamp outside the {self.tolerance:.0f} s replay window", ts)
        return None

    @property
    def headers_to_keep(self) -> tuple[str, ...]:
        """Headers worth storing with the event (they are not secret)."""
        return (self.signature_header,)


class HexHmacTimestampScheme(SignatureScheme):
    """Shared shape of Qonto and DocuSeal: ``HMAC-SHA256("{ts}.{body}")`` in hex, ts in seconds."""

    def _expected(self, secrets: list[str], ts_text: str, body: bytes) -> list[str]:
        message = ts_text.encode() + b"." + body
        return [_hmac_sha256(s, message).hex() for s in secrets]

    def _parse(self, value: str) -> tuple[str, list[str]] | None:
        raise NotImplementedError

    def verify(self, headers, body, secret, now=None):
        secrets, value, early = self._read(headers, secret)
        if early is not None:
            return early
        parsed = self._parse(value)
        if parsed is None:
            return Verdict(False, f"malformed {self.signature_header} header")
        ts_text, signatures = parsed
        ts = _timestamp(ts_text)
        if ts is None:
            return Verdict(False, f"malformed timestamp in {self.signature_header}")
        stale = self._check_window(ts, now)
        if stale is not None:
            return stale
        if not _any_equal(self._expected(secrets, ts_text, body), [s.lower() for s in signatures]):
            return Verdict(False, "signature does not match", ts)
        return Verdict(True, "valid signature", ts)


class QontoScheme(HexHmacTimestampScheme):
    name = "qonto"
    signature_header = "X-Qonto-Signature"

    def _parse(self, value):
        parts: dict[str, list[str]] = {}
        for item in value.split(","):
            key, sep, val = item.strip().partition("=")
            if not sep or not val:
                return None
            parts.setdefault(key, []).append(val)
        if len(parts.get("t", [])) != 1 or not parts.get("v1"):
            return None
        return parts["t"][0], parts["v1"]

    def sign(self, body, secret, timestamp=None):
        ts = str(int(time.time() if timestamp is None else timestamp))
        return {self.signature_header: f"t={ts},v1={self._expected([secret], ts, body)[0]}"}


class DocusealHmacScheme(HexHmacTimestampScheme):
    name = "docuseal"
    signature_header = "X-Docuseal-Signature"

    def _parse(self, value):
        ts_text, sep, digest = value.partition(".")  # split on the first dot
        if not sep or not ts_text or not digest:
            return None
        return ts_text, [digest]

    def sign(self, body, secret, timestamp=None):
        ts = str(int(time.time() if timestamp is None else timestamp))
        return {self.signature_header: f"{ts}.{self._expected([secret], ts, body)[0]}"}


class DocusealSharedSecretScheme(SignatureScheme):
    """Older DocuSeal: a header name and value chosen by the user, sent verbatim."""

    name = "docuseal_secret_header"

    def __init__(self, header_name: str = "X-Fincycle-Token", tolerance: float | None = None):
        super().__init__(tolerance)
        self.signature_header = header_name

    def verify(self, headers, body, secret, now=None):
        secrets, value, early = self._read(headers, secret)
        if early is not None:
            return early
        if not _any_equal(secrets, [value.strip()]):
            return Verdict(False, "shared secret does not match")
        return Verdict(True, "valid shared secret")

    def sign(self, body, secret, timestamp=None):
        return {self.signature_header: secret}

    @property
    def headers_to_keep(self):
        return ()  # the header *is* the secret: never store it


class RevolutScheme(SignatureScheme):
    name = "revolut"
    signature_header = "Revolut-Signature"
    timestamp_header = "Revolut-Request-Timestamp"

    def _expected(self, secrets, ts_text, body):
        message = b"v1." + ts_text.encode() + b"." + body
        return ["v1=" + _hmac_sha256(s, message).hex() for s in secrets]

    def verify(self, headers, body, secret, now=None):
        secrets, value, early = self._read(headers, secret)
        if early is not None:
            return early
        ts_text = (_header(headers, self.timestamp_header) or "").strip()
        if not ts_text:
            return Verdict(False, f"missing {self.timestamp_header} header")
        ts = _timestamp(ts_text, per_second=1000)  # milliseconds
        if ts is None:
            return Verdict(False, f"malformed {self.timestamp_header} header")
        received = [item.strip() for item in value.split(",") if item.strip()]
        if not received or not all(item.startswith("v1=") and len(item) > 3 for item in received):
            return Verdict(False, f"malformed {self.signature_header} header")
        stale = self._check_window(ts, now)
        if stale is not None:
            return stale
        if not _any_equal(self._expected(secrets, ts_text, body), [r.lower() for r in received]):
            return Verdict(False, "signature does not match", ts)
        return Verdict(True, "valid signature", ts)

    def sign(self, body, secret, timestamp=None):
        ts = str(int((time.time() if timestamp is None else timestamp) * 1000))
        return {
            self.timestamp_header: ts,
            self.signature_header: self._expected([secret], ts, body)[0],
        }

    @property
    def headers_to_keep(self):
        return (self.signature_header, self.timestamp_header)


class MauticScheme(SignatureScheme):
    name = "mautic"
    signature_header = "Webhook-Signature"

    def verify(self, headers, body, secret, now=None):
        secrets, value, early = self._read(headers, secret)
        if early is not None:
            return early
        try:
            base64.b64decode(value.strip(), validate=True)
        except ValueError:
            return Verdict(False, f"malformed {self.signature_header} header")
        expected = [base64.b64encode(_hmac_sha256(s, body)).decode() for s in secrets]
        if not _any_equal(expected, [value.strip()]):
            return Verdict(False, "signature does not match")
        return Verdict(
            True, "valid signature (Mautic signs no timestamp: duplicates are caught by event id)"
        )

    def sign(self, body, secret, timestamp=None):
        return {self.signature_header: base64.b64encode(_hmac_sha256(secret, body)).decode()}
