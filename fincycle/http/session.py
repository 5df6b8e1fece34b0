"""``make_session()``: the requests session every provider client is built on."""

from __future__ import annotations

import email.utils
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import timezone
from urllib.parse import urlsplit

import requests
from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_exception,
    retry_if_result,
    stop_after_attempt,
)
from tenacity.wait import wait_exponential_jitter

from .breaker import BREAKERS, BreakerRegistry
from .errors import (
    AuthError,
    BadResponseError,
    CircuitOpenError,
    FincycleHttpError,
    HostNotAllowedError,
    ProviderError,
    RateLimitedError,
    TransportError,
)
from .redact import RedactingAdapter, redact

_logger = logging.getLogger(__name__)

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


@dataclass(frozen=True)
class HttpPolicy:
    connect_timeout: float = 5.0
    read_timeout: float = 30.0
    max_attempts: int = 4  # the first try and three retries
    backoff_initial: float = 0.5
    backoff_max: float = 30.0
    backoff_jitter: float = 0.5
    # A longer Retry-After is not slept through inside a request: the caller gets
    # RateLimitedError(retry_after=...) and reschedules (a cron must not block for minutes).
    max_retry_after: float = 60.0
    retry_statuses: frozenset[int] = field(
        default_factory=lambda: frozenset({429, 500, 502, 503, 504})
    )
    breaker_threshold: int = 5
    breaker_reset: float = 60.0


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    now = time.time() if now is None else now
    return max(0.0, when.timestamp() - now)


def origin(url: str) -> str:
    """``scheme://host[:port]`` of ``url``, lower-cased, default ports dropped; "" if none."""
    try:
        parts = urlsplit((url or "").strip())
        port = parts.port
    except ValueError:
        return ""
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return ""
    default = {"http": 80, "https": 443}[parts.scheme]
    host = parts.hostname.lower()
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    return f"{parts.scheme}://{host}" + (f":{port}" if port and port != default else "")


MAX_ERROR_TEXT = 200


def provider_message(response: requests.Response) -> tuple[str, str | None]:
    """The provider's own error text and code from the documented error bodies
    (Revolut {code, message}; Qonto {errors: [{code, detail}]}; DocuSeal {error};
    OAuth {error, error_description}; Mautic {errors: [{message, code}]}).

    A body that is none of these is not echoed (an HTML page of a proxy, or of whatever
    answered): only the status line's reason is kept."""
    try:
        body = response.json()
    except ValueError:
        return (response.reason or "no JSON error body")[:MAX_ERROR_TEXT], None
    if isinstance(body, dict):
        errors = body.get("errors")
        if isinstance(errors, list) and errors and isinstance(errors[0], dict):
            first = errors[0]
            msg = first.get("detail") or first.get("message") or first.get("title") or str(first)
            code = str(first["code"]) if first.get("code") is not None else None
            return str(msg)[:MAX_ERROR_TEXT], code
        if body.get("error_description"):
            return str(body["error_description"])[:MAX_ERROR_TEXT], str(
                body.get("error") or ""
            ) or None
        msg = body.get("message") or body.get("error") or body.get("detail")
        if msg:
            code = body.get("code")
            return str(msg)[:MAX_ERROR_TEXT], (str(code) if code is not None else None)
    return (response.reason or "unexpected error body")[:MAX_ERROR_TEXT], None


class _WaitRetryAfterOrBackoff:
    def __init__(self, policy: HttpPolicy):
        self.policy = policy
        self.backoff = wait_exponential_jitter(
            multiplier=policy.backoff_initial, max=policy.backoff_max, jitter=policy.backoff_jitter
        )

    def __call__(self, state: RetryCallState) -> float:
        outcome = state.outcome
        if outcome is not None and not outcome.failed:
            retry_after = parse_retry_after(outcome.result().headers.get("Retry-After"))
            if retry_after is not None:
                return min(retry_after, self.policy.max_retry_after)
        return self.backoff(state)


class PolicySession(requests.Session):
    """A requests session that applies an HttpPolicy to every call and raises typed errors.

    ``allowed_origins`` (``scheme://host[:port]``, see ``origin()``): when given, a request to
    any other origin is refused before a byte is sent (HostNotAllowedError), so the
    credentials a session carries only reach the hosts they belong to. Redirects are never
    followed: a 3xx answer is an error, not a new destination for the same headers and body."""

    def __init__(
        self,
        policy: HttpPolicy | None = None,
        *,
        provider: str = "api",
        breaker_key: str | None = None,
        secrets: Iterable[str | None] = (),
        allowed_origins: Iterable[str] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        breakers: BreakerRegistry = BREAKERS,
        logger: logging.Logger | None = None,
    ):
        super().__init__()
        self.allowed_origins = (
            None if allowed_origins is None else frozenset(o for o in allowed_origins if o)
        )
        self.policy = policy or HttpPolicy()
        self.provider = provider
        self.secrets = [s for s in secrets if s]
        self.breaker = breakers.get(breaker_key or provider)
        self.breaker.failure_threshold = self.policy.breaker_threshold
        self.breaker.reset_timeout = self.policy.breaker_reset
        self._sleep = sleep
        self.log = RedactingAdapter(logger or _logger, self.secrets)

    def add_secret(self, value: str | None) -> None:
        """Register a value learnt at run time (an access token) so it is masked too."""
        if value:
            self.secrets.append(value)
            self.log.secrets.append(value)

    # -- the policy ------------------------------------------------------------------------
    def request(
        self, method, url, *args, idempotent: bool | None = None, raise_for_status=True, **kwargs
    ):
        method = method.upper()
        idempotent = method in IDEMPOTENT_METHODS if idempotent is None else idempotent
        kwargs.setdefault("timeout", (self.policy.connect_timeout, self.policy.read_timeout))
        kwargs["allow_redirects"] = False
        where = f"{method} {redact(url, self.secrets)}"
        self._refuse_other_hosts(url)
        if not self.breaker.allow():
            raise CircuitOpenError(
                f"{self.provider}: too many failures in a row, calls paused for "
                f"{self.breaker.reopen_in():.0f} s ({where})",
                reopen_in=self.breaker.reopen_in(),
            )

        def attempt() -> requests.Response:
            try:
                return super(PolicySession, self).request(method, url, *args, **kwargs)
            except requests.Timeout as exc:
                raise TransportError(
                    f"{self.provider}: {where} timed out ({type(exc).__name__})"
                ) from None
            except requests.RequestException as exc:
                raise TransportError(
                    f"{self.provider}: {where} failed: {redact(exc, self.secrets)[:300]}"
                ) from None

        try:
            result = self._retrying(idempotent, where)(attempt)
        except TransportError:
            self.breaker.record_failure()
            raise
        if isinstance(result, TransportError):  # retries exhausted on a transport failure
            self.breaker.record_failure()
            raise result
        return self._judge(result, where, raise_for_status)

    def _refuse_other_hosts(self, url) -> None:
        if self.allowed_origins is None or origin(url) in self.allowed_origins:
            return
        # Logged and raised without the URL's path or query: only the refused origin.
        refused = origin(url) or "an address that is not http(s)"
        self.log.warning("%s: request to %s refused: not an allowed host", self.provider, refused)
        raise HostNotAllowedError(
            f"{self.provider}: {refused} is not an address this connection may call",
            host=refused,
        )

    def _retrying(self, idempotent: bool, where: str) -> Retrying:
        """Retries: a 429 (not processed, any method may be sent again), a 5xx or a transport
        failure only when the call is idempotent; never a Retry-After beyond the policy."""

        def should_retry(response: requests.Response) -> bool:
            if response.status_code not in self.policy.retry_statuses:
                return False
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            if retry_after is not None and retry_after > self.policy.max_retry_after:
                return False
            return response.status_code == 429 or idempotent

        def before_sleep(state: RetryCallState) -> None:
            outcome = state.outcome
            what = (
                f"HTTP {outcome.result().status_code}"
                if outcome and not outcome.failed
                else (outcome.exception().message if outcome else "?")
            )
            self.log.warning(
                "%s: %s → %s; retry %d/%d in %.1f s",
                self.provider,
                where,
                what,
                state.attempt_number,
                self.policy.max_attempts - 1,
                state.next_action.sleep if state.next_action else 0.0,
            )

        return Retrying(
            stop=stop_after_attempt(self.policy.max_attempts),
            wait=_WaitRetryAfterOrBackoff(self.policy),
            retry=retry_if_result(should_retry)
            | retry_if_exception(lambda exc: isinstance(exc, TransportError) and idempotent),
            sleep=self._sleep,
            before_sleep=before_sleep,
            retry_error_callback=lambda state: (
                state.outcome.result() if not state.outcome.failed else state.outcome.exception()
            ),
            reraise=True,
        )

    def _judge(self, response: requests.Response, where: str, raise_for_status: bool):
        """The breaker learns from the answer; redirects and errors become typed errors."""
        status = response.status_code
        if status >= 500:
            self.breaker.record_failure()
        else:
            self.breaker.record_success()
        if raise_for_status and 300 <= status < 400:
            self.log.warning(
                "%s: %s answered a redirect (HTTP %s), not followed", self.provider, where, status
            )
            raise ProviderError(
                f"{self.provider}: {where} → HTTP {status}: redirects are not followed",
                status=status,
            )
        if raise_for_status and status >= 400:
            raise self._error_for(response, where)
        return response

    def _error_for(self, response: requests.Response, where: str) -> FincycleHttpError:
        status = response.status_code
        text, code = provider_message(response)
        text = redact(text, self.secrets)
        message = f"{self.provider}: {where} → HTTP {status}: {text}"
        if status in (401, 403):
            error: FincycleHttpError = AuthError(message, status=status, provider_code=code)
        elif status == 429:
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            error = RateLimitedError(
                message, retry_after=retry_after, status=status, provider_code=code
            )
        else:
            error = ProviderError(message, status=status, provider_code=code)
        error.response = response  # type: ignore[attr-defined]
        self.log.warning("%s", message)
        return error

    def get_json(self, url, **kwargs):
        return self.json("GET", url, **kwargs)

    def json(self, method, url, **kwargs):
        """Send a request and return its JSON body; BadResponseError if the body is not JSON."""
        response = self.request(method, url, **kwargs)
        if response.status_code == 204 or not response.content:
            return None
        try:
            return response.json()
        except ValueError:
            raise BadResponseError(
                f"{self.provider}: {method.upper()} {redact(url, self.secrets)} answered "
                f"HTTP {response.status_code} with a body that is not JSON",
                status=response.status_code,
            ) from None


def make_session(policy: HttpPolicy | None = None, **kwargs) -> PolicySession:
    """The one session factory for provider clients. See PolicySession for the arguments."""
    return PolicySession(policy, **kwargs)
