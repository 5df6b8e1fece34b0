# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Classify a customer's reply to an invoice or reminder e-mail (rules, no LLM)."""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

CATEGORIES = (
    "contestation",
    "invoice_error",
    "already_paid",
    "delay_request",
    "payment_promise",
    "copy_request",
    "acknowledgement",
    "auto_reply",
    "other",
)
PAUSING_CATEGORIES = frozenset({"contestation", "invoice_error", "already_paid"})


@dataclass
class ThreadContext:
    """What the thread knows: the invoice it is about and the stage answered."""

    invoice_number: str | None = None
    amount: Decimal | None = None
    currency: str | None = None
    language: str | None = None
    stage: str | None = None  # "invoice", "reminder_1", "reminder_2", "reminder_3"
    today: date | None = None


@dataclass
class ReplyReading:
    """The reading of one reply: codes and data, no user sentences."""

    category: str = "other"
    pause_dunning: bool = False
    urgency: int = 1
    disputed_amount: Decimal | None = None
    promised_date: date | None = None
    invoice_numbers: list[str] = field(default_factory=list)
    language: str | None = None
    evidence: list[str] = field(default_factory=list)
    confidence: float = 0.0
    unsure: bool = True


def read_reply(raw: bytes, context: ThreadContext | None = None) -> ReplyReading:
    """Read the raw RFC 5322 ``raw`` reply in the thread ``context``."""
    return ReplyReading()
