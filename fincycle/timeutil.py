"""ISO-8601 times as the providers' APIs write and read them (Clockify, DocuSeal, ...).

``parse_time`` reads ``...T12:00:00Z``, ``...T12:00:00.123456789Z`` or an offset into an aware
UTC datetime; ``format_time`` writes ``yyyy-mm-ddTHH:MM:SSZ``.  A client that reports a bad time
with its own error class binds one with ``time_parser(ErrorClass)``: the class is called as
``ErrorClass("bad_time", detail)``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timezone

BAD_TIME = "bad_time"

_LONG_FRACTION = re.compile(r"(\.\d{6})\d+")


class TimeFormatError(ValueError):
    """A time that is not ISO-8601; ``code`` is ``bad_time``."""

    def __init__(self, code: str = BAD_TIME, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code


def parse_time(value, error: Callable[[str, str], Exception] = TimeFormatError) -> datetime | None:
    """An aware UTC datetime from ISO-8601 text (``Z`` or an offset, with or without a fraction,
    more than 6 fraction digits cut); a datetime is converted; None for empty values.  A value
    without offset is UTC.  Unreadable text raises ``error("bad_time", repr(value)[:60])``."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        parsed = value
    else:
        # fromisoformat takes at most 6 fraction digits
        text = _LONG_FRACTION.sub(r"\1", str(value).strip())
        try:
            parsed = datetime.fromisoformat(text.replace("z", "Z"))
        except ValueError:
            raise error(BAD_TIME, repr(value)[:60]) from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)


def time_parser(error: Callable[[str, str], Exception]) -> Callable[[object], datetime | None]:
    """``parse_time`` raising ``error("bad_time", detail)`` for unreadable text."""

    def parse(value) -> datetime | None:
        return parse_time(value, error)

    parse.__doc__ = parse_time.__doc__
    parse.__name__ = parse.__qualname__ = "parse_time"
    return parse


def format_time(value: datetime) -> str:
    """``yyyy-mm-ddTHH:MM:SSZ`` in UTC (naive values are UTC)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
