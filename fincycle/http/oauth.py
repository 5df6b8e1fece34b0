"""What every OAuth token answer must look like before a token is stored or sent anywhere.

A token answer comes from a provider's server: a token with control characters or NUL would
break the database write or a header, and an ``expires_in`` of 10**12 overflows date arithmetic.
Such answers are a BadResponseError, not a crash."""

from __future__ import annotations

import re

from .errors import BadResponseError

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
