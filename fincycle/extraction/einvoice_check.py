"""After Odoo's own decoder imported an e-invoice (Factur-X, UBL, CII): the VAT it lost.

Odoo books an e-invoice's lines with the company's purchase taxes of the printed rates; a rate
without such a tax here (a German 19 % bill in a Swiss company) is dropped, and with it that
VAT: the bill's total falls short of the printed one. :func:`lost_vat` says which printed
rates explain the gap, so the add-on books their VAT as non-reclaimable cost.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal

from .model import TaxLine

__all__ = ["LOST_VAT_TOLERANCE_PER_RATE", "lost_vat"]

# The printed VAT of a rate is rounded to the cent by the vendor: the lost rates explain the
# gap within a cent each (plus float noise from the bill's totals).
LOST_VAT_TOLERANCE_PER_RATE = Decimal("0.011")


def lost_vat(
    printed: Sequence[TaxLine], booked_rates: Iterable[float | Decimal], gap: float | Decimal
) -> list[TaxLine]:
    """The printed VAT lines (rate with an amount) whose rate has no booked tax, when together
    they make up ``gap`` (printed total minus the bill's total); else nothing (the gap has
    another cause, the add-on says so)."""
    booked = {round(Decimal(str(rate)), 4) for rate in booked_rates}
    missing = [t for t in printed if t.amount and round(Decimal(str(t.rate)), 4) not in booked]
    if not missing:
        return []
    missing_sum = sum(Decimal(str(t.amount)) for t in missing)
    if abs(missing_sum - Decimal(str(gap))) <= LOST_VAT_TOLERANCE_PER_RATE * len(missing):
        return missing
    return []
