"""Plain data in and out of the matcher: bank lines, open items, candidates, configuration."""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

__all__ = ["BankLine", "Candidate", "Evidence", "MatchConfig", "Money", "OpenItem"]


@dataclass(frozen=True)
class BankLine:
    """One bank movement. ``amount`` is signed (+ money in) in ``currency``, the account's.

    ``structured_ref`` is a normalised QRR/RF the bank delivered in a structured field; references
    typed in free text (``label``, ``reference``, ``narration``) are found by the matcher itself.
    ``instructed_amount``/``instructed_currency``: the original amount of a foreign-currency
    payment, when the bank gives it."""

    id: Hashable
    amount: Decimal
    currency: str
    date: date
    label: str = ""
    reference: str = ""
    structured_ref: str = ""
    structured_ref_type: str = ""  # "qrr" | "scor" | ""
    counterparty_name: str = ""
    counterparty_iban: str = ""
    narration: str = ""
    partner_id: int | None = None
    instructed_amount: Decimal | None = None
    instructed_currency: str | None = None


@dataclass(frozen=True)
class OpenItem:
    """An open receivable/payable: ``residual`` is signed from the company's view (customer
    invoice +, customer credit note -, vendor bill -, vendor refund +) in ``currency``."""

    id: Hashable
    residual: Decimal
    currency: str
    partner_id: int | None = None
    partner_name: str = ""
    partner_ibans: tuple[str, ...] = ()
    number: str = ""
    customer_ref: str = ""
    payment_ref: str = ""
    payment_ref_type: str = ""  # "qrr" | "scor" | ""
    invoice_date: date | None = None
    due_date: date | None = None
    amount_total: Decimal | None = None
    kind: str = "out_invoice"


@dataclass(frozen=True)
class Money:
    """An amount with its currency (an evidence parameter)."""

    amount: Decimal
    currency: str


@dataclass(frozen=True)
class Evidence:
    """One reason behind a score, as data, never as a sentence.

    ``code`` says what was seen (a key of ``fincycle.matching.explain.CODES``, which lists its
    ``params``: amounts as ``Money``, dates, document numbers, names as found); the add-ons
    render it in the reader's language. ``signal`` is the fitted feature it credits or the rule
    that applied (``policy``, ``twin``, ...): what calibration, tests and the batch speak.
    ``weight`` is its contribution to the log-odds, kept for the technically minded.
    ``detail`` is an English rendering for logs and benchmarks only."""

    signal: str
    code: str
    params: Mapping[str, object]
    weight: float

    @property
    def detail(self) -> str:
        from .explain import english  # noqa: PLC0415 - explain imports this module

        return english(self)


@dataclass
class Candidate:
    """A proposed match of one bank line: one item or a set of items.

    ``score`` ≈ probability that this is the right match (see ``fincycle.matching.weights``).
    ``allocations``: amount applied to each item in the item's currency, signed like its
    residual. ``difference``: line amount - allocations (converted to the line currency); for
    ``writeoff`` the fee/discount/rounding to write off, for ``overpayment`` what stays
    unallocated; for a foreign-currency match the exchange difference at ``fx_rate``.
    ``held``: the score a review policy (``policy_*`` evidence) held below the auto threshold,
    0.0 when none did."""

    items: tuple[Hashable, ...]
    score: float
    evidence: tuple[Evidence, ...]
    allocations: dict[Hashable, Decimal]
    difference: Decimal
    kind: str  # "full" | "partial" | "multi" | "overpayment" | "writeoff"
    held: float = 0.0


def _default_tolerance() -> dict[str, Decimal]:
    return {"CHF": Decimal("0.05")}


@dataclass
class MatchConfig:
    """Thresholds and tolerances. Amount bands are in the currency being compared."""

    auto_threshold: float = 0.95
    suggest_threshold: float = 0.60
    rounding_tolerance: dict[str, Decimal] = field(default_factory=_default_tolerance)
    default_rounding_tolerance: Decimal = Decimal("0.01")
    # A short payment of at most max(fee_band_abs, fee_band_pct x open amount) is a deducted
    # bank fee when it is a round amount; a cash discount (discount_rates) is recognised at any
    # size. Both become "writeoff" candidates.
    fee_band_abs: Decimal = Decimal("30")
    fee_band_pct: Decimal = Decimal("0.02")
    # without a reference in the text a fee, discount or rounding write-off stays a suggestion
    # unless the payer's account is known (a known IBAN, or the partner Odoo assigned)
    writeoff_needs_reference: bool = True
    discount_rates: tuple[Decimal, ...] = (
        Decimal("0.01"),
        Decimal("0.015"),
        Decimal("0.02"),
        Decimal("0.025"),
        Decimal("0.03"),
    )
    fx_tolerance_pct: Decimal = Decimal("0.03")
    subset_max_items: int = 8
    subset_time_cap: float = 0.02  # seconds per line, a safety net behind subset_node_budget
    subset_node_budget: int = 20_000  # search steps per line: keeps results deterministic
    subset_pool_size: int = 24  # open items of one partner considered for a combination
    max_candidates: int = 5
    min_score: float = 0.05  # candidates below this are not returned
    max_amount_only: int = 10  # same-amount items of unrelated partners built at most
    date_slack_days: int = 5  # a payment this many days before the invoice date is suspicious
    # an item issued this long after the line is no candidate for its amount alone (a
    # subscription's next invoices, or next year's, are not what the line pays)
    prepayment_days: int = 40
    # the same payer and amount again within this many days: a transfer made twice, never
    # reconciled automatically
    twin_days: int = 25  # (a standing order comes back after 28 days at the soonest)

    def tolerance(self, currency: str) -> Decimal:
        return self.rounding_tolerance.get(currency, self.default_rounding_tolerance)
