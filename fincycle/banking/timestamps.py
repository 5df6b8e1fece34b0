# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""ISO-8601 timestamps as the bank APIs send them, read to aware UTC datetimes.

A connector names how much of ISO-8601 its provider's document allows (``DATE_TIME`` or
``LENIENT``, or its own pattern with the same eight groups) and wraps ``parse_utc`` in its own
``parse_timestamp``.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

# A date and a time to the second; a fraction of any length; ``Z`` or an offset (UTC if none).
DATE_TIME = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d+))?"
    r"(Z|z|[+-]\d{2}:?\d{2})?$"
)
# As DATE_TIME, and also a bare date, a time without seconds, a lower-case ``t``, a blank before
# the zone, an offset in whole hours.
LENIENT = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})"
    r"(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?"
    r"\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$"
)


def parse_utc(value: str | datetime, pattern: re.Pattern = DATE_TIME) -> datetime:
    """The aware UTC datetime of ``value`` read with ``pattern`` (groups: year, month, day,
    hour, minute, second, fraction, zone; the time ones may be missing): fractions truncated to
    microseconds.  A datetime comes back as is (a naive one taken as UTC).  ValueError
    ``unreadable timestamp …`` when the text does not match or names no real moment."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value
    match = pattern.match(str(value).strip()) if value is not None else None
    if not match:
        raise ValueError(f"unreadable timestamp {value!r}")
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    tz = timezone.utc
    if zone and zone not in ("Z", "z"):
        sign = -1 if zone[0] == "-" else 1
        digits = zone[1:].replace(":", "")
        tz = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0)))
    try:
        moment = datetime(
            int(year),
            int(month),
            int(day),
            int(hour or 0),
            int(minute or 0),
            int(second or 0),
            micro,
            tzinfo=tz,
        )
    except ValueError:
        raise ValueError(f"unreadable timestamp {value!r}") from None
    return moment.astimezone(timezone.utc)
