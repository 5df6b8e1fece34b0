"""Webhook signature schemes of Fincycle's providers.

Every scheme verifies the *raw* body as received, compares in constant time, and (where the
provider signs a timestamp) rejects deliveries outside a replay window.  ``verify`` never raises
on bad input: it returns a ``Verdict`` whose ``reason`` is safe to store and show.
"""

from .intake import REJECTED_PREFIX_BYTES, Parsed, parse_json, read_limited, rejected_prefix
from .logs import WebhookLogFilter, sanitize
from .schemes import (
    DEFAULT_TOLERANCE,
    DocusealHmacScheme,
    DocusealSharedSecretScheme,
    HexHmacTimestampScheme,
    MauticScheme,
    QontoScheme,
    RevolutScheme,
    SignatureScheme,
    Verdict,
)

__all__ = [
    "DEFAULT_TOLERANCE",
    "REJECTED_PREFIX_BYTES",
    "DocusealHmacScheme",
    "DocusealSharedSecretScheme",
    "HexHmacTimestampScheme",
    "MauticScheme",
    "Parsed",
    "QontoScheme",
    "RevolutScheme",
    "SignatureScheme",
    "Verdict",
    "WebhookLogFilter",
    "parse_json",
    "read_limited",
    "rejected_prefix",
    "sanitize",
]
