"""From an extraction to the lines of a vendor bill (no Odoo): what to book, not how.

:func:`line_blocks` gives one :class:`Block` per line to create: the items when the table
was read, its amounts are net and it adds up (with a discount or charge line when the printed
net per rate differs from the items); else one line per VAT rate; else one line. The caller
finds the tax of each rate and translates the labels of discount and charge lines.
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from .model import Extraction

__all__ = ["Block", "line_blocks", "vat_amount", "vendor_country"]

CENT = Decimal("0.01")
# Countries that share a VAT area: their VAT is reclaimable in each other's returns.
VAT_AREAS = {"LI": "CH", "MC": "FR"}


class Block(NamedTuple):
    label: str
    quantity: Decimal
    price_unit: Decimal
    rate: Decimal | None
    kind: str = "item"  # item | rate | total | discount | charge
    # The VAT row's UNTDID 5305 category (S, Z, E, AE, K, G, O) for "rate" blocks: two 0 %
    # rows (exempt, intra-EU supply) may need two different taxes.
    category: str = ""


def vendor_country(ext: Extraction, fallback: str | None = None) -> str | None:
    """The vendor's VAT area: from the VAT number, the printed country, ``fallback`` (the
    contact's country), then the IBAN."""
    vat = ext.value("vendor_vat") or ""
    code = None
    if vat.startswith("CHE"):
        code = "CH"
    elif len(vat) > 2 and vat[:2].isalpha():
        code = vat[:2].upper()
    code = code or ext.value("vendor_country") or fallback
    if not code and ext.value("vendor_iban"):
        code = ext.value("vendor_iban")[:2]
    return VAT_AREAS.get(code, code) if code else None


def vat_amount(ext: Extraction, rate: Decimal, blocks: list[Block]) -> Decimal:
    """The printed VAT of ``rate``, else computed on the blocks of that rate."""
    for tax in ext.taxes:
        if tax.rate == rate and tax.amount is not None:
            return tax.amount
    base = sum((b.quantity * b.price_unit for b in blocks if b.rate == rate), Decimal(0))
    return (base * rate / 100).quantize(CENT)


def line_blocks(ext: Extraction, items: bool = True) -> list[Block]:
    single_rate = ext.taxes[0].rate if len(ext.taxes) == 1 else None
    if items and _items_usable(ext, single_rate):
        blocks = []
        for ln in ext.lines:
            rate = ln.tax_rate if ln.tax_rate is not None else single_rate
            quantity, price = ln.quantity, ln.price_unit
            if quantity is None or price is None or abs(quantity * price - ln.subtotal) > CENT:
                quantity, price = Decimal(1), ln.subtotal
            blocks.append(Block(ln.description, quantity, price, rate))
        return blocks + _adjustments(ext, blocks, single_rate)
    untaxed = ext.value("amount_untaxed")
    total = ext.value("amount_total")
    no_tax = ext.value("amount_tax") in (None, Decimal(0))
    label = " ".join(x for x in (ext.value("vendor_name"), ext.value("invoice_number")) if x)
    names = ", ".join(dict.fromkeys(ln.description for ln in ext.lines if ln.description))[:200]
    label = names or label
    if ext.taxes and all(t.base is not None for t in ext.taxes):
        several = len(ext.taxes) > 1
        rates = [t.rate for t in ext.taxes]
        return [
            Block(
                label
                + (f" ({t.rate} %" if several else "")
                + (f" {t.category}" if several and rates.count(t.rate) > 1 else "")
                + (")" if several else ""),
                Decimal(1),
                t.base,
                t.rate,
                "rate",
                t.category,
            )
            for t in ext.taxes
        ]
    if single_rate is not None and untaxed is not None:
        return [Block(label, Decimal(1), untaxed, single_rate, "rate")]
    if untaxed is not None and no_tax:
        return [Block(label, Decimal(1), untaxed, None, "total")]
    if total is not None and not ext.taxes and no_tax:
        return [Block(label, Decimal(1), total, None, "total")]
    return []


def _items_usable(ext: Extraction, single_rate: Decimal | None) -> bool:
    return bool(
        ext.lines
        and not ext.prices_include_tax
        and all(ln.subtotal is not None for ln in ext.lines)
        and not any(c.name == "lines" and not c.ok for c in ext.checks)
        and all(ln.tax_rate is not None or single_rate is not None for ln in ext.lines)
    )


def _adjustments(ext: Extraction, blocks: list[Block], single_rate: Decimal | None) -> list[Block]:
    """A discount or charge printed under the table: the printed net per rate less the items."""

    def items_of(rate=None, any_rate=False):
        return sum(
            (b.quantity * b.price_unit for b in blocks if any_rate or b.rate == rate), Decimal(0)
        )

    pairs = []
    if ext.taxes and all(t.base is not None for t in ext.taxes):
        pairs = [(t.rate, t.base - items_of(t.rate)) for t in ext.taxes]
    elif ext.value("amount_untaxed") is not None:
        pairs = [(single_rate, ext.value("amount_untaxed") - items_of(any_rate=True))]
    return [
        Block("", Decimal(1), diff, rate, "discount" if diff < 0 else "charge")
        for rate, diff in pairs
        if abs(diff) > CENT
    ]
