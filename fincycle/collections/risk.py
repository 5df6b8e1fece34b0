# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""A customer's payment risk, 0 (pays on time) to 100, from its own invoice history.

Pure: plain records in, a score and its factors (codes and numbers, never sentences) out.

Weights (points, they add up to 100) and why:

- ``avg_days_late`` (30): the amount-weighted mean of days late of the invoices due in the
  last 12 months (paid: paid date - due date; still open: today - due date; early = 0). It is
  the most direct measure of how this customer pays; weighted by amount so that a small
  invoice forgotten for months does not outweigh the large ones paid on time. Full points at
  60 days late on average (two months is where credit insurers stop covering).
- ``trend_days_late`` (10): mean days late of the last 6 months minus the 6 months before.
  A customer getting slower is the early sign of cash trouble; an improving one earns
  nothing (but no bonus either: the level still counts in the mean). Full points at +30 days.
- ``reminded_share`` (20): share of the last 12 months' invoices that needed a second
  reminder or more. The first reminder is often a forgotten invoice; needing a second one
  is a behaviour.
- ``overdue_ratio`` (15): the amount overdue today over the amount billed in the last 12
  months (capped at 1): exposure relative to the customer's size, not in absolute money.
- ``disputed_ratio`` (10): the amount under open dispute over the amount billed in the last 12
  months (capped at 1). A dispute is not a default, hence fewer points than overdue.
- ``disputes_12m`` (15): disputes opened in the last 12 months, 5 points each up to 3. Many
  disputes cost collection time even when each one is settled.

Information only (0 points): ``invoice_count`` (invoices in the window) and ``open_amount``.
With no invoice due in the window the score is 0 and ``invoice_count`` says why.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta

WINDOW_DAYS = 365
HALF_WINDOW_DAYS = 182

WEIGHTS = {
    "avg_days_late": 30,
    "trend_days_late": 10,
    "reminded_share": 20,
    "overdue_ratio": 15,
    "disputed_ratio": 10,
    "disputes_12m": 15,
}
FULL_DAYS_LATE = 60.0  # average days late earning all the points
FULL_TREND_DAYS = 30.0  # worsening (days) earning all the points
REMINDED_LEVEL = 2  # reminded "seriously" from this level on
POINTS_PER_DISPUTE = 5


@dataclass(frozen=True)
class InvoiceRecord:
    """One customer invoice. ``amount`` is in the invoice's currency, ``amount_company`` in the
    company's (what is compared and summed); ``open_amount_company`` is what is still due
    (0 when paid); ``max_level`` the highest reminder level sent (0: none);
    ``disputed_amount`` (company currency) the part under open dispute; ``dispute_dates`` the
    opening dates of the disputes about this invoice."""

    due_date: date
    paid_date: date | None
    amount: float
    amount_company: float
    open_amount_company: float = 0.0
    max_level: int = 0
    disputed_amount: float = 0.0
    dispute_dates: tuple = field(default_factory=tuple)


@dataclass(frozen=True)
class Factor:
    code: str
    value: float
    points: float


@dataclass(frozen=True)
class RiskScore:
    score: int
    factors: tuple

    def as_dict(self):
        """JSON-ready: ``{"score": n, "factors": [{"code", "value", "points"}, ...]}``."""
        return {
            "score": self.score,
            "factors": [
                {"code": f.code, "value": f.value, "points": f.points} for f in self.factors
            ],
        }


def _days_late(invoice, today):
    end = invoice.paid_date or today
    return max((end - invoice.due_date).days, 0)


def _weighted_late(invoices, today):
    """Amount-weighted mean days late (plain mean when every amount is 0), or None."""
    if not invoices:
        return None
    weights = [abs(inv.amount_company) for inv in invoices]
    total = sum(weights)
    lates = [_days_late(inv, today) for inv in invoices]
    if total <= 0:
        return sum(lates) / len(lates)
    return sum(w * late for w, late in zip(weights, lates, strict=True)) / total


def _clamp(value, low=0.0, high=1.0):
    return max(low, min(high, value))


def compute_risk(invoices, today, dispute_dates=None):
    """Score a customer from ``invoices`` (``InvoiceRecord``) on ``today``.

    ``dispute_dates``: the opening dates of the customer's disputes, one per dispute (a
    dispute covering several invoices counts once); when None, they are taken from the
    invoices' ``dispute_dates`` (one per invoice and dispute).
    """
    start = today - timedelta(days=WINDOW_DAYS)
    half = today - timedelta(days=HALF_WINDOW_DAYS)
    window = [inv for inv in invoices if start <= inv.due_date <= today]
    billed = sum(abs(inv.amount_company) for inv in window)
    open_amount = sum(max(inv.open_amount_company, 0.0) for inv in invoices)
    overdue = sum(
        max(inv.open_amount_company, 0.0)
        for inv in invoices
        if inv.paid_date is None and inv.due_date < today
    )
    disputed = sum(max(inv.disputed_amount, 0.0) for inv in invoices)
    if dispute_dates is None:
        dispute_dates = [d for inv in invoices for d in inv.dispute_dates]
    disputes = sum(1 for d in dispute_dates if start <= d <= today)

    avg_late = _weighted_late(window, today) or 0.0
    recent = _weighted_late([inv for inv in window if inv.due_date > half], today)
    earlier = _weighted_late([inv for inv in window if inv.due_date <= half], today)
    trend = recent - earlier if recent is not None and earlier is not None else 0.0
    reminded = (
        sum(1 for inv in window if inv.max_level >= REMINDED_LEVEL) / len(window) if window else 0.0
    )
    # without anything billed in the window, any overdue or disputed amount is the whole story
    overdue_ratio = _clamp(overdue / billed) if billed else (1.0 if overdue else 0.0)
    disputed_ratio = _clamp(disputed / billed) if billed else (1.0 if disputed else 0.0)

    points = {
        "avg_days_late": WEIGHTS["avg_days_late"] * _clamp(avg_late / FULL_DAYS_LATE),
        "trend_days_late": WEIGHTS["trend_days_late"] * _clamp(trend / FULL_TREND_DAYS),
        "reminded_share": WEIGHTS["reminded_share"] * reminded,
        "overdue_ratio": WEIGHTS["overdue_ratio"] * overdue_ratio,
        "disputed_ratio": WEIGHTS["disputed_ratio"] * disputed_ratio,
        "disputes_12m": min(POINTS_PER_DISPUTE * disputes, WEIGHTS["disputes_12m"]),
    }
    values = {
        "avg_days_late": round(avg_late, 1),
        "trend_days_late": round(trend, 1),
        "reminded_share": round(reminded, 3),
        "overdue_ratio": round(overdue_ratio, 3),
        "disputed_ratio": round(disputed_ratio, 3),
        "disputes_12m": disputes,
    }
    factors = [Factor(code, values[code], round(points[code], 1)) for code in WEIGHTS]
    factors.append(Factor("invoice_count", len(window), 0.0))
    factors.append(Factor("open_amount", round(open_amount, 2), 0.0))
    factors.append(Factor("overdue_amount", round(overdue, 2), 0.0))
    factors.append(Factor("disputed_amount", round(disputed, 2), 0.0))
    score = round(sum(points.values()))
    return RiskScore(score=int(_clamp(score, 0, 100)), factors=tuple(factors))
