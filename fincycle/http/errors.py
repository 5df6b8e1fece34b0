"""Typed errors raised by every Fincycle API client.

Callers (crons, buttons, webhook processors) catch these to tell the user what happened and
whether trying again later can help (``retriable``).
"""

from __future__ import annotations


class FincycleHttpError(Exception):
    """Base class. ``message`` is safe to show to users and to log: it never holds secrets."""

    retriable = False

    def __init__(
        self, message: str, *, status: int | None = None, provider_code: str | None = None
    ):
        super().__init__(message)
        self.message = message
        self.status = status
        self.provider_code = provider_code


class TransportError(FincycleHttpError):
    """No usable answer: DNS, connection refused, TLS, timeout."""

    retriable = True


class AuthError(FincycleHttpError):
    """401/403: credentials are wrong, expired or lack a scope. Retrying does not help."""


class RateLimitedError(FincycleHttpError):
    """429 still answered after the retries, or a Retry-After longer than we may wait."""

    retriable = True

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs):
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class ProviderError(FincycleHttpError):
    """The provider answered with an error (4xx other than auth/429, or 5xx after retries)."""

    @property
    def retriable(self) -> bool:  # type: ignore[override]
        return self.status is None or self.status >= 500


class BadResponseError(FincycleHttpError):
    """2xx, but the body is not what the contract promises (not JSON, missing keys)."""


class CircuitOpenError(FincycleHttpError):
    """Too many consecutive failures for this account: calls are refused until the cool-down ends."""

    retriable = True

    def __init__(self, message: str, *, reopen_in: float, **kwargs):
        super().__init__(message, **kwargs)
        self.reopen_in = reopen_in


class HostNotAllowedError(FincycleHttpError):
    """The URL is not one of the hosts the session's credentials belong to: nothing was sent."""

    def __init__(self, message: str, *, host: str, **kwargs):
        super().__init__(message, **kwargs)
        self.host = host


class CodedError(FincycleHttpError):
    """Base of a provider client's own errors: ``code`` (one of the client's codes, for the
    add-on to word), ``kind`` (the family: auth, not_found, rate_limited, server...), and an
    optional ``detail`` and ``retry_after``.  A client subclasses it once per family, mixing in
    the matching error above, so callers may catch either."""

    kind = "error"

    def __init__(
        self,
        code: str,
        message: str,
        *,
        status: int | None = None,
        provider_code: str | None = None,
        retry_after: float | None = None,
        detail: str | None = None,
    ):
        FincycleHttpError.__init__(self, message, status=status, provider_code=provider_code)
        self.code = code
        self.retry_after = retry_after
        self.detail = detail
