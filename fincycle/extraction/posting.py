"""Whether a captured bill is posted by itself: facts and the company's policy in, a decision
with reason codes out. No database, no Odoo: the add-on gathers the facts (what was read,
what filling the bill found, duplicates, the vendor's setting) and applies the decision.

A bill is posted only when nothing holds it back; every reason that holds it back is a
:class:`~fincycle.extraction.messages.Message` the add-on renders in the reader's language.
When the bill is posted, :attr:`PostingDecision.grounds` says why it was allowed (the chatter
line "Posted automatically: ..."), as codes too.

Reason codes (the add-on's ``TEMPLATES`` has a sentence for each, see :data:`TEXTS`):
``duplicate_file``, ``duplicate_bill``, ``confidence_low``, ``confidence_capped``,
``approval_limit``, ``vendor_never_autopost``, ``abnormal_amount``, ``no_lines``,
``autopost_off``. Ground codes: ``confidence_reached``, ``checks_passed``, ``no_duplicate``,
``below_approval_limit``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from .messages import Message

__all__ = ["GROUND_TEXTS", "TEXTS", "BillFacts", "PostingDecision", "PostingPolicy", "decide"]

# English of the codes this module returns (logs, scripts, tests).
TEXTS: dict[str, str] = {
    "duplicate_file": "The same file was already read into %(bill)s.",
    "duplicate_bill": "Possible duplicate of %(bills)s (same vendor and reference, or same "
    "vendor, amount and date).",
    "confidence_low": "Confidence %(score_percent)s is below the %(threshold_percent)s needed "
    "to post; held back by: %(weak)s.",
    "confidence_capped": "Confidence %(score_percent)s is below the %(threshold_percent)s "
    "needed to post: a cross-check failed.",
    "approval_limit": "The total %(total_amount)s reaches the approval limit %(limit_amount)s.",
    "vendor_never_autopost": "This vendor is set to never post bills automatically.",
    "abnormal_amount": "%(warning)s",
    "no_lines": "No lines could be filled.",
    "autopost_off": "Automatic posting is switched off for this company.",
}
GROUND_TEXTS: dict[str, str] = {
    "confidence_reached": "confidence %(score_percent)s >= %(threshold_percent)s",
    "checks_passed": "%(count)s cross-checks passed",
    "no_duplicate": "no duplicate",
    "below_approval_limit": "below the approval limit %(limit_amount)s",
}

_CENT = Decimal("0.01")


@dataclass(frozen=True)
class PostingPolicy:
    """The company's settings for posting captured bills."""

    autopost: bool = True
    threshold: float = 0.90  # overall confidence (0-1) a bill needs
    approval_limit: Decimal = Decimal(0)  # company currency; 0: no limit
    currency: str = ""  # the company currency's code, for the approval_limit message


@dataclass(frozen=True)
class BillFacts:
    """What is known about the filled draft bill.

    ``key_scores`` is the confidence of each key of the overall confidence
    (:func:`fincycle.extraction.crosscheck.key_scores`, without the field names);
    ``found`` are the reasons filling the bill already gave (unknown vendor, changed IBAN...),
    as messages or their dicts; ``total`` is the bill's total in the company currency.
    """

    confidence: float
    key_scores: Mapping[str, float] = field(default_factory=dict)
    checks_passed: int = 0
    total: Decimal = Decimal(0)
    has_vendor: bool = True
    vendor_never_autopost: bool = False
    abnormal_amount_warning: str = ""
    has_lines: bool = True
    duplicate_file: str = ""  # the bill the same file was read into
    duplicate_bills: tuple[str, ...] = ()  # bills of the same vendor, reference or amount/date
    found: tuple[Any, ...] = ()


@dataclass(frozen=True)
class PostingDecision:
    post: bool
    reasons: tuple[Message, ...] = ()  # what holds the bill back (empty when posted)
    grounds: tuple[Message, ...] = ()  # why posting was allowed (when posted)

    def reason_dicts(self) -> list[dict]:
        return [r.to_dict() for r in self.reasons]


def decide(facts: BillFacts, policy: PostingPolicy) -> PostingDecision:
    """Post the bill, or hold it back with every reason (the found ones first, each once)."""
    reasons = _unique(Message.from_dict(r) for r in facts.found if r)
    if facts.duplicate_file:
        reasons.append(Message("duplicate_file", {"bill": facts.duplicate_file}))
    if facts.duplicate_bills:
        reasons.append(Message("duplicate_bill", {"bills": ", ".join(facts.duplicate_bills)}))
    if facts.confidence < policy.threshold:
        reasons.append(confidence_reason(facts.confidence, facts.key_scores, policy.threshold))
    total = _cents(facts.total).copy_abs()
    limit = _cents(policy.approval_limit)
    if limit and total >= limit:
        reasons.append(
            Message(
                "approval_limit",
                {
                    "total_amount": total,
                    "limit_amount": limit,
                    "currency": policy.currency,
                },
            )
        )
    # An unknown vendor is already a reason of its own (found while filling the bill).
    if facts.has_vendor and facts.vendor_never_autopost:
        reasons.append(Message("vendor_never_autopost"))
    if facts.abnormal_amount_warning:
        reasons.append(Message("abnormal_amount", {"warning": facts.abnormal_amount_warning}))
    if not facts.has_lines:
        reasons.append(Message("no_lines"))
    if not policy.autopost and not reasons:
        reasons.append(Message("autopost_off"))
    if reasons:
        return PostingDecision(False, tuple(_unique(reasons)))
    grounds = [
        Message(
            "confidence_reached",
            {"score_percent": facts.confidence, "threshold_percent": policy.threshold},
        ),
        Message("checks_passed", {"count": facts.checks_passed}),
        Message("no_duplicate"),
    ]
    if limit:
        grounds.append(Message("below_approval_limit", {"limit_amount": limit}))
    return PostingDecision(True, (), tuple(grounds))


def confidence_reason(
    confidence: float, key_scores: Mapping[str, float], threshold: float
) -> Message:
    """Why the confidence is too low to post: the key fields below the threshold (weakest
    first), or, when every key field reaches it, a failed cross-check (it caps the score)."""
    weak = sorted(
        ([key, score] for key, score in key_scores.items() if score < threshold),
        key=lambda item: item[1],
    )
    params = {"score_percent": confidence, "threshold_percent": threshold}
    if weak:
        return Message("confidence_low", {"weak": weak, **params})
    return Message("confidence_capped", params)


def _cents(value: Any) -> Decimal:
    return Decimal(str(value or 0)).quantize(_CENT, rounding=ROUND_HALF_UP)


def _unique(messages: Iterable[Message]) -> list[Message]:
    """Each message once, in the order first given (the same code with other values stays)."""
    seen = {}
    for message in messages:
        seen.setdefault(json.dumps(message.to_dict(), sort_keys=True), message)
    return list(seen.values())
