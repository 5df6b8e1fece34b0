"""Keep secrets out of log lines and error messages."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

MASK = "***"
# Credential-looking values whatever the provider: auth headers, and any key ending in
# token/secret/password/api key/assertion, in headers, query strings, form and JSON bodies.
_PATTERNS = [
    re.compile(
        r"(?P<keep>(?i:authorization)\"?\s*[:=]\s*\"?(?i:(?:bearer|basic|token)\s+)?)[^\s\",}]+"
    ),
    re.compile(
        r"(?P<keep>(?i:[\w-]*(?:token|secret|password|passwd|api_?key|assertion))\"?\s*[:=]\s*\"?)"
        r"[^\s&\",}]+"
    ),
]
_MIN_SECRET_LEN = 4  # shorter values would mask ordinary words


def redact(text: object, secrets: Iterable[str | None] = ()) -> str:
    """Return ``text`` with every given secret value and every credential-looking value masked."""
    out = str(text)
    for secret in sorted(
        {s for s in secrets if s and len(s) >= _MIN_SECRET_LEN}, key=len, reverse=True
    ):
        out = out.replace(secret, MASK)
    for pattern in _PATTERNS:
        out = pattern.sub(r"\g<keep>" + MASK, out)
    return out


class RedactingAdapter(logging.LoggerAdapter):
    """A logger that masks the secrets it was given, and credential-looking values, in every line."""

    def __init__(self, logger: logging.Logger, secrets: Iterable[str | None] = ()):
        super().__init__(logger, {})
        self.secrets = [s for s in secrets if s]

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            text = msg % args if args else str(msg)
            self.logger.log(level, "%s", redact(text, self.secrets), **kwargs)


class RedactingFilter(logging.Filter):
    """Masks credential-looking values in records of third-party loggers (urllib3 logs request
    lines, query strings included, at DEBUG)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken record is not ours to fix
            return True
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


def install_third_party_filters(
    names: Iterable[str] = ("urllib3.connectionpool", "requests"),
) -> None:
    for name in names:
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactingFilter) for f in logger.filters):
            logger.addFilter(RedactingFilter())


_SQL_LITERAL = re.compile(r"'(?:[^']|'')*'")


class FailedQueryFilter(logging.Filter):
    """Masks every string literal of a failed query that writes one of ``tables``.

    A database logs a query that failed (a concurrent update, a constraint) with its values
    inlined; for rows that hold credentials those values are tokens and keys."""

    def __init__(self, tables: Iterable[str]):
        super().__init__()
        self.tables = tuple(tables)

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken record is not ours to fix
            return True
        if any(f'"{t}"' in message or f" {t} " in message for t in self.tables):
            cleaned = _SQL_LITERAL.sub("'" + MASK + "'", message)
            if cleaned != message:
                record.msg, record.args = cleaned, None
        return True


def install_failed_query_filter(tables: Iterable[str], logger_name: str) -> None:
    """Install (once per logger) a FailedQueryFilter for ``tables`` on ``logger_name``."""
    logger = logging.getLogger(logger_name)
    for existing in logger.filters:
        if isinstance(existing, FailedQueryFilter):
            existing.tables = tuple(dict.fromkeys((*existing.tables, *tables)))
            return
    logger.addFilter(FailedQueryFilter(tables))
