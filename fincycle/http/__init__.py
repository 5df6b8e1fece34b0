"""The one HTTP policy every Fincycle API client uses: timeouts, retries with backoff and jitter
on 429/5xx (honouring Retry-After), a per-account circuit breaker, typed errors, and secrets
redacted from every log line."""

from .breaker import BREAKERS, BreakerRegistry, CircuitBreaker
from .errors import (
    AuthError,
    BadResponseError,
    CircuitOpenError,
    CodedError,
    FincycleHttpError,
    HostNotAllowedError,
    ProviderError,
    RateLimitedError,
    TransportError,
)
from .redact import (
    RedactingAdapter,
    install_failed_query_filter,
    install_third_party_filters,
    redact,
)
from .session import HttpPolicy, PolicySession, make_session, origin, parse_retry_after

install_third_party_filters()

__all__ = [
    "BREAKERS",
    "AuthError",
    "BadResponseError",
    "BreakerRegistry",
    "CircuitBreaker",
    "CircuitOpenError",
    "CodedError",
    "FincycleHttpError",
    "HostNotAllowedError",
    "HttpPolicy",
    "PolicySession",
    "ProviderError",
    "RateLimitedError",
    "RedactingAdapter",
    "TransportError",
    "install_failed_query_filter",
    "make_session",
    "origin",
    "parse_retry_after",
    "redact",
]
