"""How a line's amount relates to the open amount of a set of items, in the items' currency:
exact, within the rounding tolerance, at the rate of the day, rounded by the payer, short by a
cash discount or a deducted bank fee, paid in part, overpaid. Amounts are compared in integer
cents; a payment in another currency compares the instructed or written amount, or the amount
converted at ``fx_rate``.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from .cents import cash, to_cents, to_money
from .index import OpenItemIndex, id_key
from .model import Money
from .signals import LineInfo

__all__ = ["AmountRelations", "Comparison", "Relation"]


@dataclass
class Relation:
    """What the line pays of a set: the amount feature, the allocations, the difference."""

    feature: str  # amt_exact, amt_round, amt_fee, amt_discount, amt_short, amt_partial, ...
    allocations: dict[Hashable, Decimal]
    difference: Decimal
    kind: str
    detail: Callable[[], dict]  # the evidence's parameters (the code is the feature)
    fx: bool = False
    large: bool = False  # an overpayment of more than a quarter of the open amount


@dataclass
class Comparison:
    """A line amount against the open amount of a set of items, in the items' currency."""

    matcher: AmountRelations
    info: LineInfo
    ids: tuple
    currency: str
    signed: dict  # item → residual in cents, + what the payer owes, - credit notes
    amount: int  # the line amount in the items' currency
    how: str  # "same", "instructed" (given by the bank or written) or "rate" (fx_rate)
    rate: Decimal  # line currency → items' currency
    open_total: int = 0
    diff: int = 0  # line amount - open amount
    tol: int = 0  # rounding tolerance

    def __post_init__(self):
        self.open_total = sum(self.signed.values())
        self.diff = self.amount - self.open_total
        self.tol = to_cents(self.matcher.config.tolerance(self.currency))

    def shown(self, cents: int) -> Money:
        return cash(cents, self.currency)

    def full(self, feature: str, kind: str, detail) -> Relation:
        """Every item paid in full; the difference in the line's currency."""
        sign = self.info.sign
        alloc = {i: to_money(self.matcher._cents[i]) for i in self.ids}
        if self.how == "rate":
            converted = Decimal(self.open_total) / self.rate
            difference = to_money(sign * int((self.info.cents - converted).to_integral_value()))
        elif self.how == "instructed":
            value = (Decimal(self.diff) / self.rate).to_integral_value(ROUND_HALF_UP)
            difference = to_money(sign * int(value))
        else:
            difference = to_money(sign * self.diff)
        return Relation(feature, alloc, difference, kind, detail, self.how != "same")


class AmountRelations(OpenItemIndex):
    """The part of ``Matcher`` that relates amounts (``_relate``); it uses the matcher's
    ``config`` and ``fx_rate``."""

    def _target(self, info: LineInfo, currency: str):
        """(target in cents of ``currency``, how, rate line→currency) or None."""
        line = info.line
        if currency == line.currency:
            return info.cents, "same", Decimal(1)
        if currency in info.foreign:
            target = info.foreign[currency]
            return target, "instructed", Decimal(target) / Decimal(info.cents)
        if self.fx_rate is not None:
            rate = self.fx_rate(line.currency, currency, line.date)
            if rate:
                rate = Decimal(rate)
                return int((info.cents * rate).to_integral_value(ROUND_HALF_UP)), "rate", rate
        return None

    def _relate(
        self, info: LineInfo, ids: tuple, allow_inexact: bool, allow_small: bool = False
    ) -> Relation | None:
        """How the line amount relates to the open amount of ``ids`` (one currency); partial
        payments and overpayments only when ``allow_inexact``, an odd short sum within the
        fee band or a rounded amount only when ``allow_small``."""
        currency = self._items[ids[0]].currency
        if any(self._items[i].currency != currency for i in ids[1:]):
            return None
        target = self._target(info, currency)
        if target is None:
            return None
        signed = {i: self._cents[i] * info.sign for i in ids}  # + owed, - credit notes
        if sum(signed.values()) <= 0:
            return None
        cmp = Comparison(self, info, ids, currency, signed, *target)
        shown, amount, open_total, diff = cmp.shown, cmp.amount, cmp.open_total, cmp.diff
        plain = "multi" if len(ids) > 1 else "full"
        if cmp.how == "rate":
            limit = max(int(open_total * self.config.fx_tolerance_pct), cmp.tol)
            if abs(diff) <= limit:
                # within a quarter of the tolerance: the rate of the day less a usual margin
                return cmp.full(
                    "amt_fx" if abs(diff) * 4 <= limit else "amt_fx_loose",
                    plain,
                    lambda: {
                        "paid": cash(info.cents, info.line.currency),
                        "amount": shown(amount),
                        "open": shown(open_total),
                        "deviation": (Decimal(diff) / open_total).quantize(Decimal("0.0001")),
                    },
                )
        elif diff == 0:
            return cmp.full("amt_exact", plain, lambda: {"amount": shown(amount)})
        elif abs(diff) <= cmp.tol:
            return cmp.full(
                "amt_round",
                "writeoff",
                lambda: {
                    "amount": shown(amount),
                    "open": shown(open_total),
                    "difference": shown(diff),
                },
            )
        else:
            relation = self._rounded(cmp) if allow_small else None
            if relation is None and diff < 0:
                relation = self._short_payment(cmp, allow_small)
            if relation is not None:
                return relation
        if not allow_inexact:
            return None
        if diff < 0:
            return self._partial(
                cmp,
                "amt_partial",
                lambda: {"amount": shown(amount), "open": shown(open_total)},
            )
        relation = cmp.full(
            "amt_over",
            "overpayment",
            lambda: {"amount": shown(amount), "open": shown(open_total), "excess": shown(diff)},
        )
        relation.large = diff * 4 > open_total  # more than a quarter too much
        return relation

    @staticmethod
    def _rounded(cmp: Comparison) -> Relation | None:
        """The payer rounded the amount: to a whole unit less than one unit away, or from 1000
        on to a multiple of 5 or 10 less than that away; at most 1 % of the open amount either
        way (short: written off; over: the rest stays on the payer's account)."""
        shown, amount, open_total, diff = cmp.shown, cmp.amount, cmp.open_total, cmp.diff
        if not diff or abs(diff) * 100 > open_total:
            return None
        steps = (100, 500, 1000) if open_total >= 100_000 else (100,)
        if not any(amount % step == 0 and abs(diff) < step for step in steps):
            return None
        return cmp.full(
            "amt_rounded",
            "writeoff" if diff < 0 else "overpayment",
            lambda: {"amount": shown(amount), "open": shown(open_total)},
        )

    def _short_payment(self, cmp: Comparison, allow_small: bool) -> Relation | None:
        """A cash discount, a deducted bank fee, or a small short payment (left open)."""
        cfg = self.config
        shown, amount, open_total = cmp.shown, cmp.amount, cmp.open_total
        short = -cmp.diff
        if short <= max(to_cents(cfg.fee_band_abs), open_total // 25 + cmp.tol):
            for rate in cfg.discount_rates:
                expected = int((open_total * rate).to_integral_value(ROUND_HALF_UP))
                if abs(short - expected) <= max(cmp.tol, 1):
                    return cmp.full(
                        "amt_discount",
                        "writeoff",
                        lambda rate=rate: {
                            "amount": shown(amount),
                            "open": shown(open_total),
                            "rate": rate,
                        },
                    )
        band = max(to_cents(cfg.fee_band_abs), int(open_total * cfg.fee_band_pct))
        if short <= band and short % 50 == 0:
            return cmp.full(
                "amt_fee",
                "writeoff",
                lambda: {"amount": shown(amount), "open": shown(open_total), "fee": shown(short)},
            )
        if short <= band and allow_small:
            return self._partial(
                cmp,
                "amt_short",
                lambda: {"amount": shown(amount), "open": shown(open_total), "short": shown(short)},
            )
        return None

    def _partial(self, cmp: Comparison, feature: str, detail) -> Relation:
        """Allocate the amount (cents of the items' currency): credit notes first in full,
        then the smallest items in full, so that the largest one is paid in part (a payer
        paying short usually disputes or spreads the big invoice)."""
        signed = cmp.signed
        order = sorted(cmp.ids, key=lambda i: (signed[i] > 0, signed[i], self._due(i), id_key(i)))
        left = cmp.amount
        alloc = {}
        for item_id in order:
            value = signed[item_id]
            if value < 0:
                alloc[item_id] = to_money(self._cents[item_id])
                left -= value
                continue
            take = min(value, max(left, 0))
            left -= take
            if take:
                alloc[item_id] = to_money(take * cmp.info.sign)
        kind = "multi" if len(cmp.ids) > 1 else "partial"
        return Relation(feature, alloc, Decimal("0.00"), kind, detail, cmp.how != "same")
