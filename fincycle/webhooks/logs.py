"""Log lines that carry request paths: no webhook token, no forged lines.

A webhook URL ends with a secret token (``/fincycle/webhook/<provider>/<token>``), and an access
log line repeats the path of every request. ``WebhookLogFilter`` masks the token and escapes
control characters (an encoded CR/LF in a path would otherwise start a forged line); it is
attached to the loggers that write request paths.
"""

from __future__ import annotations

import logging
import re

MASK = "***"
# /fincycle/webhook/<provider>/<token>: the token is the segment after the provider.
_WEBHOOK_TOKEN = re.compile(r"(/fincycle/webhook/[^/\s\"'?#]*/)([^/\s\"'?#]+)")
# /fincycle/<provider>/oauth/callback?code=…&state=…: a consent's code and state.
_OAUTH_CALLBACK = re.compile(r"/fincycle/[^/\s\"'?#]+/oauth/callback\?[^\s\"']*")
_OAUTH_SECRET_PARAM = re.compile(r"([?&](?:code|state)=)[^&#\s\"']+")
# Control characters, except a tab and the colour codes werkzeug puts around status lines
# (ESC "[" digits "m"); DEL, C1 controls and the Unicode line and paragraph separators too.
_CONTROL = re.compile(r"\x1b(?!\[[0-9;]*m)|[\x00-\x08\x0a-\x1a\x1c-\x1f\x7f-\x9f\u2028\u2029]")


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def mask_webhook_tokens(text: str) -> str:
    """Webhook tokens, and the code and state of OAuth callbacks, masked."""
    text = _WEBHOOK_TOKEN.sub(lambda m: m.group(1) + MASK, text)
    return _OAUTH_CALLBACK.sub(
        lambda m: _OAUTH_SECRET_PARAM.sub(lambda p: p.group(1) + MASK, m.group()), text
    )


def escape_controls(text: str) -> str:
    return _CONTROL.sub(_escape, text)


def sanitize(text: str) -> str:
    """``text`` on one line, webhook tokens masked."""
    return escape_controls(mask_webhook_tokens(text))


class WebhookLogFilter(logging.Filter):
    """Rewrites a record's message when it carries a webhook token or a control character."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken record is the logging module's business
            return True
        clean = sanitize(message)
        if clean != message:
            record.msg, record.args = clean, ()
        return True


def install(logger_names) -> None:
    """Attach one ``WebhookLogFilter`` to each named logger (idempotent)."""
    for name in logger_names:
        logger = logging.getLogger(name)
        if not any(isinstance(f, WebhookLogFilter) for f in logger.filters):
            logger.addFilter(WebhookLogFilter())
