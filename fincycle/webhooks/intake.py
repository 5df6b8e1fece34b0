"""Reading what a webhook sender posted, without trusting it.

Pure helpers for the inbox: a body read up to a limit (a chunked body has no length to check
first), a JSON payload that never raises, and what is kept of a delivery whose signature failed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import IO

READ_CHUNK = 64 * 1024
# What is kept of a delivery whose signature failed: enough to recognise it, not enough to
# fill the database (a forged delivery costs its sender nothing).
REJECTED_PREFIX_BYTES = 256


def read_limited(stream: IO[bytes], limit: int) -> bytes | None:
    """The stream's bytes, or None as soon as more than ``limit`` bytes have come (the rest is
    never read)."""
    chunks, size = [], 0
    while True:
        chunk = stream.read(min(READ_CHUNK, limit + 1 - size))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            return None


@dataclass(frozen=True)
class Parsed:
    payload: object = None
    error: str | None = None  # a code: "not_json", "too_deep"

    @property
    def ok(self) -> bool:
        return self.error is None


def parse_json(body: bytes) -> Parsed:
    """The JSON payload of ``body``; never raises, whatever the sender made of it."""
    try:
        return Parsed(json.loads(body))
    except RecursionError:  # "[[[[…" nested deeper than Python's stack allows
        return Parsed(error="too_deep")
    except ValueError:  # includes UnicodeDecodeError
        return Parsed(error="not_json")


def rejected_prefix(body: bytes, size: int = REJECTED_PREFIX_BYTES) -> bytes:
    """The start of a rejected body, cut on a UTF-8 character boundary when it is text."""
    prefix = body[:size]
    if len(body) > size:
        # drop a UTF-8 sequence cut in the middle (at most 3 continuation bytes)
        for cut in range(len(prefix), max(len(prefix) - 4, 0), -1):
            try:
                prefix[:cut].decode("utf-8")
            except UnicodeDecodeError:
                continue
            return prefix[:cut]
    return prefix
