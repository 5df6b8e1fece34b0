"""Webhook signature schemes of Fincycle's providers.

Every scheme verifies the *raw* body as received, compares in constant time, and (where the
provider signs a timestamp) rejects deliveries outside a replay window.  ``verify`` never raises
on bad input: it returns a ``Verdict`` whose ``reason`` is safe to store and show.
"""

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
    "DocusealHmacScheme",
    "DocusealSharedSecretScheme",
    "HexHmacTimestampScheme",
    "MauticScheme",
    "QontoScheme",
    "RevolutScheme",
    "SignatureScheme",
    "Verdict",
]
