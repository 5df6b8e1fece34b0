"""Delivery of an invoice e-mail: the best state across its recipients, with dates.

The states are those of OCA ``mail_tracking`` (``mail.tracking.email.state``) and the types of
its events (``mail.tracking.event.event_type``); the add-on passes them as plain strings and
date-times. Pure Python, no Odoo."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

# The invoice's e-mail state, from best to worst.
OPENED, DELIVERED, SENT, BOUNCED, ERROR = "opened", "delivered", "sent", "bounced", "error"
RANK = {OPENED: 5, DELIVERED: 4, SENT: 3, BOUNCED: 2, ERROR: 1}

# mail_tracking's states of one recipient → the invoice's.
TRACKING_STATES = {
    "opened": OPENED,
    "delivered": DELIVERED,
    "unsub": DELIVERED,  # delivered; the recipient unsubscribed from mass mailings
    "sent": SENT,
    "deferred": SENT,  # still in transit
    "soft-bounced": BOUNCED,
    "bounced": BOUNCED,
    "rejected": BOUNCED,
    "spam": BOUNCED,
    "error": ERROR,
}
OPEN_EVENTS = frozenset({"open", "click"})
DELIVERED_EVENTS = frozenset({"delivered"})
BOUNCE_EVENTS = frozenset({"hard_bounce", "soft_bounce", "reject", "spam"})


def invoice_state(tracking_state: str | None) -> str | None:
    """The invoice's state for one recipient's mail_tracking state (None: not tracked)."""
    return TRACKING_STATES.get(tracking_state or "")


def best_state(tracking_states: Iterable[str | None]) -> str | None:
    """The best state across the recipients: one who opened it makes the invoice opened."""
    states = [s for s in (invoice_state(t) for t in tracking_states) if s]
    return max(states, key=RANK.__getitem__) if states else None


@dataclass(frozen=True)
class Delivery:
    state: str | None
    delivered_at: datetime | None  # first delivery (or first opening when never reported)
    opened_at: datetime | None  # first opening
    bounced_at: datetime | None  # last bounce or error, when the e-mail reached nobody


def summarize(recipients: Iterable[tuple[str | None, Iterable[tuple[str, datetime]]]]) -> Delivery:
    """``recipients``: for each recipient of the e-mail(s), its mail_tracking state and its
    events as ``(event_type, time)``; an error without event can be given as an ``error``
    event at the time of the tracking."""
    states = []
    delivered, opened, bounced = [], [], []
    for state, events in recipients:
        states.append(state)
        for event_type, moment in events:
            if not moment:
                continue
            if event_type in OPEN_EVENTS:
                opened.append(moment)
            elif event_type in DELIVERED_EVENTS:
                delivered.append(moment)
            elif event_type in BOUNCE_EVENTS or event_type == "error":
                bounced.append(moment)
    best = best_state(states)
    if best is None:
        return Delivery(None, None, None, None)
    delivered_at = min(delivered) if delivered else None
    opened_at = min(opened) if opened else None
    if opened_at and best in (SENT, DELIVERED):
        best = OPENED  # an opening was recorded, a later report changed the state back
    if best in (OPENED, DELIVERED) and opened_at and (not delivered_at or opened_at < delivered_at):
        delivered_at = opened_at  # opened before the delivery was reported
    if best not in (OPENED, DELIVERED):
        delivered_at = opened_at = None
    bounced_at = max(bounced) if bounced and best in (BOUNCED, ERROR) else None
    return Delivery(best, delivered_at, opened_at, bounced_at)


# How far an invoice got, furthest first: one stage per invoice, for a badge and grouping.
STAGES = ("paid", "replied", "viewed", "opened", "delivered", "sent", "bounced", "not_sent")


def stage(sent: bool, mail_state: str | None, viewed: bool, replied: bool, paid: bool) -> str:
    """The furthest stage an invoice reached: paid, replied, viewed in the portal, e-mail
    opened, delivered, sent; ``bounced`` when its e-mail reached nobody and the customer
    showed no sign of having it; ``not_sent`` before any sending."""
    if paid:
        return "paid"
    if replied:
        return "replied"
    if viewed:
        return "viewed"
    if mail_state == OPENED:
        return "opened"
    if mail_state in (BOUNCED, ERROR):
        return "bounced"
    if mail_state == DELIVERED:
        return "delivered"
    if sent or mail_state == SENT:
        return "sent"
    return "not_sent"


# RFC 3834 and the usual vendor headers of an automatic answer (out of office, ticket
# system): such an answer is not the customer replying.
AUTO_REPLY_HEADERS = ("X-Autoreply", "X-Autorespond")
AUTO_PRECEDENCE = frozenset({"auto_reply", "bulk", "junk", "list"})


def is_auto_reply(headers) -> bool:
    """Whether an incoming e-mail says it was sent by a machine, from its headers
    (``headers``: anything with ``get(name)``, e.g. an ``email.message.Message``)."""
    auto = str(headers.get("Auto-Submitted") or "").strip().lower()
    if auto and auto != "no":
        return True
    if any(str(headers.get(name) or "").strip() for name in AUTO_REPLY_HEADERS):
        return True
    precedence = str(headers.get("Precedence") or "").strip().lower()
    return precedence in AUTO_PRECEDENCE
