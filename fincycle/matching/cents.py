"""Amounts in integer cents: how every part of the matcher compares them."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from .model import Money

__all__ = ["CENT", "cash", "to_cents", "to_money"]

CENT = Decimal("0.01")


def to_cents(value: Decimal) -> int:
    return int((Decimal(value) * 100).to_integral_value(ROUND_HALF_UP))


def to_money(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(CENT)


def cash(cents: int, currency: str) -> Money:
    return Money(to_money(cents), currency)
