"""Amount rules of the text extractor: document type, currency, totals, VAT per rate, line items.

Works on :class:`~fincycle.extraction.model.TextLine` lists from a PDF text layer or from OCR.
Lines are first grouped into visual rows and cut into *groups* of a label and its amounts
(:mod:`.amount_rows`). Labels give candidates for the untaxed amount, the VAT, the total, the
rounding; rows whose numbers satisfy ``base * rate = tax`` give the VAT per rate even without a
label. A VAT breakdown table (:mod:`.taxes`) replaces the rates read elsewhere, and gives each
row its VAT category (UNTDID 5305); a row of totals without labels adds candidates. The
totals are then chosen among the candidates by label strength, position (the lowest total
wins) and arithmetic: ``untaxed + tax + rounding = total`` ± 0.01 and ``Σ VAT per rate = tax``
raise the confidence to 0.95+. An amount due after a printed prepayment also gives the total
before it; a VAT column of the line-item table is summed per rate.

Credit-note amounts are returned positive, as printed; the document type says what they are.
A VAT ``base`` is always the net base (a printed gross base of an invoice with prices including
VAT is converted: net = gross - VAT).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from itertools import product

from . import identifiers
from . import taxes as vat
from .amount_rows import INCL, Group, Row, build_rows, classify, fold, row_groups
from .dates import OTHER_MONEY, US_ADDRESS
from .messages import msg
from .model import Extraction, InvoiceLine, TaxLine, TextLine
from .numbers import Amount, currency_code, find_amounts, find_percents

__all__ = ["build_rows", "classify", "extract_amounts"]

SOURCE = "text"
CENT = Decimal("0.01")
TOLERANCE = Decimal("0.011")


def _q(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


# --- candidates ------------------------------------------------------------------------------

STRENGTH = {"total": 2.0, "due": 1.5, "qr": 1.3, "untaxed": 2.0, "subtotal": 1.3, "tax": 2.0}


@dataclass
class Cand:
    kind: str
    value: Decimal
    row: Row
    strength: float
    currency: str = ""
    negative: bool = False  # printed with a minus sign (credit notes)


@dataclass
class TaxRow:
    rate: Decimal
    base: Decimal | None
    amount: Decimal | None
    row: Row | None
    gross: bool = False  # the printed base included the VAT
    labelled: bool = True
    category: str = ""  # UNTDID 5305 (see taxes.py)
    exemption: str = ""
    item: bool = False  # read on a row of the line-item table (its VAT column)
    # one of the taxes printed apart at the same rate (India's CGST and SGST halves): its name
    scheme: str = ""


# India's GST is printed in two halves of one rate, central and state (or union territory)
_GST_HALF = re.compile(r"(?<![a-z])(?:cgst|sgst|utgst)(?![a-z])")


def _scheme(group: Group) -> str:
    found = _GST_HALF.search(group.label)
    return found.group(0) if found else ""


def _money(group: Group) -> list[Amount]:
    return [a for a in group.amounts if a.money_like]


def _close(a: Decimal, b: Decimal, tol: Decimal = TOLERANCE) -> bool:
    return abs(a - b) <= tol


def _tax_of(base: Decimal, rate: Decimal, gross: bool) -> Decimal:
    return _q(base * rate / (100 + rate)) if gross else _q(base * rate / 100)


# A rate followed by the amount it applies to: "19% on $10.00", "19 % auf 10,00", "20 % sur".
_BASE_AFTER_RATE = re.compile(r"%\s*(?:on|of|auf|von|sur|su|op|sobre)\s*[^\w\s]{0,3}\s*$")


def tax_pair(amounts: list[Amount], rate: Decimal) -> TaxRow | None:
    """Among the amounts of a row, a (base, tax) pair that fits the rate, net or gross base."""
    values = [abs(a.value) for a in amounts]
    for i, base in enumerate(values):
        for tax in values[i + 1 :]:
            if tax == 0 or tax >= base:
                continue
            # A net or a gross base: the one that fits to the cent over one two cents off
            # (7 % of 3.68 is 0.26, 7 % in 3.68 is 0.24).
            errors = {gross: abs(_tax_of(base, rate, gross) - tax) for gross in (False, True)}
            gross = min(errors, key=lambda g: (errors[g], g))
            if errors[gross] <= Decimal("0.021"):
                return TaxRow(rate, base, tax, None, gross)  # row set by the caller
    for i, tax in enumerate(values):  # "VAT % | VAT | Total": the VAT before the gross
        for gross in values[i + 1 :]:
            if 0 < tax < gross and _close(_tax_of(gross, rate, True), tax, Decimal("0.021")):
                return TaxRow(rate, gross, tax, None, True)
    return None


def _label_only(row: Row) -> str:
    """Kind of a short label row without amount (its value is printed below it)."""
    if len(row.norm.split()) > 4:
        return ""
    kind = classify(row.norm)
    if kind == "tax":  # "MwSt. 19 %" over its amount: one rate, else no label of one value
        return kind if len(row.percents) == 1 and row.percents[0].value else ""
    return kind if kind in ("total", "due", "untaxed") else ""


def _items_header(row: Row, groups: list[Group], header: Row | None) -> Row | None:
    """The line-item header above ``row`` (None once a total row or another page ends it)."""
    if _is_header(row):
        return row
    if header is None or row.page != header.page:
        return None
    if any(g.kind in _STOP_KINDS and _money(g) for g in groups[:1]):
        return None
    return header


class Collector:
    """Walks the groups of all rows and collects total / tax candidates."""

    def __init__(self, rows: list[Row]):
        self.rows = rows
        self.cands: list[Cand] = []
        self.taxes: list[TaxRow] = []
        self.rounding: list[Cand] = []
        self.discounts: list[Cand] = []
        self.prepaid: list[Cand] = []
        self.lone_rates: list[TaxRow] = []  # "19.00 %  40.98": one amount, no label
        self.item_rows: set[int] = set()  # indexes of the rows of line-item tables
        above = ""
        above_rates: list = []
        items: Row | None = None  # the header of the line-item table the rows are in
        for row in rows:
            groups = row_groups(row)
            if (
                groups
                and above
                and not re.search(r"[a-z]{2}", _CUR.sub("", groups[0].label.upper()).lower())
            ):
                groups[0].kind = above  # "Rechnungsbetrag" with the amount on the row below
                if above == "tax" and not groups[0].percents:
                    groups[0].percents = list(above_rates)  # "MwSt. 19 %" over "19,00 €"
            elif groups and above == "tax" and groups[0].kind == "tax" and not groups[0].percents:
                # "VAT Rate 20%" over "VAT Paid 8.60", "MwSt. 7.7%" over "MwSt. Betrag 186.35":
                # the rate alone on its row, the VAT it makes labelled on the next one
                groups[0].percents = list(above_rates)
            items = _items_header(row, groups, items)
            if items is not None and items is not row:
                self.item_rows.add(row.index)
            before = len(self.taxes)
            for group in groups:
                self._group(group)
            for t in self.taxes[before:]:
                t.item = items is not None
            above = _label_only(row) if not groups else ""
            above_rates = row.percents
        self._qr_amounts()

    def _group(self, group: Group) -> None:
        kind = group.kind
        if len(group.percents) == 1 and kind not in (
            "discount",
            "total",
            "due",
            "rounding",
            "prepaid",
            "charge",
        ):
            if self._rate_group(group, kind):
                return
        if not kind or not group.first or kind in ("ignore", "carried", "charge"):
            return
        money = _money(group)
        if not money:
            return
        value = money[-1]
        if kind == "prepaid":
            if value.value:
                self.prepaid.append(Cand(kind, abs(value.value), group.row, 1.0))
            return
        if kind == "rounding":
            if abs(value.value) < 1:
                self.rounding.append(Cand(kind, value.value, group.row, 2.0))
            return
        if kind == "discount":
            self.discounts.append(Cand(kind, -abs(value.value), group.row, 1.0))
            return
        if kind == "tax" and len(group.percents) > 1:
            return
        self.cands.append(
            Cand(
                kind,
                abs(value.value),
                group.row,
                STRENGTH[kind],
                value.currency,
                negative=value.value < 0,
            )
        )
        if kind == "total" and len(group.percents) == 1 and group.percents[0].value:
            self.taxes.append(
                TaxRow(group.percents[0].value, abs(value.value), None, group.row, True)
            )

    def _rate_group(self, group: Group, kind: str) -> bool:
        """A row with one VAT rate: summary row, "VAT 8.1% on 1000.00 81.00", "VAT 20% 301.80"."""
        rate = group.percents[0].value
        amounts = [a for a in group.amounts if a.money_like or a.decimals]
        if not rate:
            return self._zero_rate_group(group, kind, amounts)
        pair = tax_pair(amounts, rate)
        if pair is not None and (kind in ("tax", "untaxed", "") or not kind):
            if kind == "" and len(amounts) > 3:
                return False
            pair.row, pair.labelled, pair.scheme = group.row, kind == "tax", _scheme(group)
            self.taxes.append(pair)
            if kind == "tax":
                self.cands.append(Cand("rate_tax", pair.amount, group.row, 1.0))
            return True
        if not group.first or not amounts:
            return False
        if kind == "tax" and len(amounts) == 1 and _BASE_AFTER_RATE.search(group.label):
            # "VAT - Germany (19% on $10.00)", its VAT printed elsewhere: the amount is the base
            self.taxes.append(TaxRow(rate, abs(amounts[0].value), None, group.row))
            return True
        if kind == "tax" and len(amounts) == 1:
            self.taxes.append(
                TaxRow(rate, None, abs(amounts[0].value), group.row, scheme=_scheme(group))
            )
            self.cands.append(Cand("rate_tax", abs(amounts[0].value), group.row, 1.0))
            return True
        if kind == "untaxed" and len(amounts) == 1:
            self.taxes.append(TaxRow(rate, abs(amounts[0].value), None, group.row))
            return True
        if not kind and len(amounts) == 1 and amounts[0].value > 0:
            self.lone_rates.append(TaxRow(rate, amounts[0].value, None, group.row))
        return False

    def _zero_rate_group(self, group: Group, kind: str, amounts: list[Amount]) -> bool:
        """A 0 % VAT row ("VAT 0% on 1000.00 0.00", "0 % 1000.00 0.00 1000.00", "MWST 0 % 0.00"):
        it needs a printed 0.00; an item line at 0 % (no 0.00 after its amount) is no VAT row."""
        if kind not in ("tax", "") or (not kind and len(amounts) > 3):
            return False
        zero = next((i for i, a in enumerate(amounts) if a.value == 0 and a.decimals), None)
        if zero is None:
            if kind == "tax" and len(amounts) == 1:  # "MWST 0 % 1'000.00": no VAT, so a base
                self.taxes.append(TaxRow(Decimal(0), abs(amounts[0].value), None, group.row))
                return True
            return False
        base = next((abs(a.value) for a in reversed(amounts[:zero]) if a.value), None)
        if base is None and kind != "tax":
            return False
        self.taxes.append(TaxRow(Decimal(0), base, Decimal(0), group.row, labelled=kind == "tax"))
        if kind == "tax":
            self.cands.append(Cand("rate_tax", Decimal(0), group.row, 1.0))
        return True

    def _qr_amounts(self) -> None:
        """Swiss QR-bill payment part: a "Currency Amount" header, the amount below it."""
        header = re.compile(
            r"(?:wahrung|monnaie|valuta|currency)\s?(?:betrag|montant|importo|amount)"
        )
        for i, row in enumerate(self.rows):
            if not header.search(row.norm.replace(" ", "")) and not header.search(row.norm):
                continue
            for below in self.rows[i + 1 : i + 3]:
                money = [a for a in below.amounts if a.decimals == 2]
                if below.page == row.page and money:
                    cur = next((a.currency for a in money if a.currency), "")
                    self.cands.append(Cand("qr", abs(money[-1].value), below, STRENGTH["qr"], cur))
                    break


# --- choice ----------------------------------------------------------------------------------


def merge_taxes(rows: list[TaxRow]) -> list[TaxRow]:
    """One TaxRow per rate: complete rows first, halves (base only / amount only) combined."""
    by_rate: dict[tuple, list[TaxRow]] = {}
    zero_codes = {t.category for t in rows if not t.rate and t.category}
    for t in rows:
        # 0 % rows of different categories (exempt, intra-EU) stay apart, and so do the two
        # halves of one GST rate (CGST 2.5 % and SGST 2.5 %).
        code = (t.category or min(zero_codes)) if not t.rate and len(zero_codes) > 1 else ""
        by_rate.setdefault((t.rate, code, t.scheme), []).append(t)
    out = []
    for (rate, _code, scheme), items in by_rate.items():
        complete = [t for t in items if t.base is not None and t.amount is not None]
        per_row: dict[int, TaxRow] = {}  # one reading per row, the net one first
        for t in sorted(complete, key=lambda t: t.gross, reverse=True):
            per_row[id(t.row)] = t
        lines = [t for t in per_row.values() if t.item]
        if len(lines) > 1 and len(lines) == len(per_row):
            # A VAT column in the line-item table and no summary: the rate's VAT is their sum.
            base = sum(t.base - t.amount if t.gross else t.base for t in lines)
            amount = sum(t.amount for t in lines)
            out.append(
                TaxRow(
                    rate,
                    base,
                    amount,
                    lines[-1].row,
                    False,
                    False,
                    *_category(items),
                    scheme=scheme,
                )
            )
            continue
        if complete:
            best = max(
                complete,
                key=lambda t: (not t.item, t.labelled, not t.gross, t.row.index if t.row else 0),
            )
            base = best.base - best.amount if best.gross else best.base
            out.append(
                TaxRow(
                    rate,
                    base,
                    best.amount,
                    best.row,
                    best.gross,
                    best.labelled,
                    *_category(items),
                    scheme=scheme,
                )
            )
            continue
        base = next((t.base for t in items if t.base is not None and not t.gross), None)
        gross = next((t.base for t in items if t.base is not None and t.gross), None)
        amount = next((t.amount for t in reversed(items) if t.amount is not None), None)
        if base is None and gross is not None and amount is not None:
            base = gross - amount
        out.append(
            TaxRow(rate, base, amount, items[0].row, False, True, *_category(items), scheme=scheme)
        )
    if len(out) > 1:  # a bare "VAT 0 % 0.00" beside other rates says nothing about a base
        out = [t for t in out if t.rate or t.base is not None]
    return sorted(out, key=lambda t: -t.rate)


def _category(items: list[TaxRow]) -> tuple[str, str]:
    return next(((t.category, t.exemption) for t in items if t.category), ("", ""))


@dataclass
class Choice:
    untaxed: Cand | None
    tax: Cand | None
    total: Cand
    score: float
    consistent: bool


def _position_bonus(cands: list[Cand]) -> dict[int, float]:
    """The lowest total of its page scores higher than the ones above it (page subtotals)."""
    bonus = {}
    for page in {c.row.page for c in cands}:
        on_page = sorted((c for c in cands if c.row.page == page), key=lambda c: c.row.index)
        for rank, c in enumerate(on_page):
            bonus[id(c)] = 0.3 * (rank + 1) / len(on_page)
    return bonus


def _page_taxes(col: Collector) -> dict[int, list[TaxRow]]:
    """VAT rows per page (a later page may be an explanatory sample with other amounts); a
    page without VAT rows (QR-bill page) uses those of the whole document."""
    everything = merge_taxes(col.taxes)
    pages = {c.row.page for c in col.cands}
    scoped = {}
    for page in pages:
        own = [t for t in col.taxes if t.row is not None and t.row.page == page]
        scoped[page] = merge_taxes(own) if own else everything
    return scoped


def _shortlist(cands: list[Cand], size: int = 12) -> list[Cand]:
    """One candidate per kind and value (the lowest on the page), at most ``size`` of the last
    ones: long documents must not explode the combinations."""
    last: dict[tuple, Cand] = {}
    for c in sorted(cands, key=lambda c: c.row.index):
        last[(c.kind, c.value)] = c
    return sorted(last.values(), key=lambda c: c.row.index)[-size:]


def choose(col: Collector) -> tuple[Choice | None, list[TaxRow]]:
    rates = merge_taxes(col.taxes)
    if len(rates) >= 2 and all(t.base is not None and t.amount is not None for t in rates):
        _sum_row_is_no_total(col, sum(t.base for t in rates), sum(t.amount for t in rates))
    totals = _shortlist([c for c in col.cands if c.kind in ("total", "due", "qr")])
    if not totals and _till_receipt(col.rows):
        # a till receipt may print its sum only as "Zwischensumme": the last one is the total
        subtotals = [c for c in col.cands if c.kind == "subtotal" and not c.negative]
        totals = [replace(c, kind="total", strength=1.3) for c in subtotals[-1:]]
        if not totals:
            totals = _tendered_less_change(col.rows)
            col.cands.extend(totals)
    if not totals:
        totals = _printed_net_plus_vat(col, rates)
        col.cands.extend(totals)
    if not totals:
        return None, merge_taxes(col.taxes)
    best, best_taxes = _best_choice(col, totals)
    if best is not None and not best.consistent:
        extra = _printed_vat_gross(col, best_taxes, best.total)
        if extra is not None:
            again, again_taxes = _best_choice(col, [*totals, extra])
            if again is not None and again.consistent:
                best, best_taxes = again, again_taxes
    return best, best_taxes


def _printed_net_plus_vat(col: Collector, rates: list[TaxRow]) -> list[Cand]:
    """A page that labels no total ("Total HT", "TVA", then only "Echéance 2 880,00 € au
    26/07/2024"): the net plus the VAT its table confirms, where a row outside them prints that
    sum as money, is a weak total."""
    if not rates or any(t.base is None or t.amount is None for t in rates):
        return []
    base, tax = sum(t.base for t in rates), sum(t.amount for t in rates)
    nets = [c for c in col.cands if c.kind == "untaxed" and _close(c.value, base)]
    if not nets or tax <= 0:
        return []
    gross = base + tax
    used = {id(nets[0].row), *(id(t.row) for t in rates)}
    for row in col.rows:
        if id(row) in used:
            continue
        if any(a.money_like and a.decimals == 2 and a.value == gross for a in row.amounts):
            return [Cand("total", gross, row, 0.8)]
    return []


def _printed_vat_gross(col: Collector, taxes: list[TaxRow], total: Cand) -> Cand | None:
    """The labelled total agrees with no VAT breakdown ("SUMME 5.417", an OCR misreading of
    5,47): the breakdown's gross (bases plus VAT) when a row outside the breakdown prints it
    as money too ("Bar EUR 5,47"), a weak total the arithmetic then confirms."""
    if not taxes or any(t.base is None or t.amount is None or t.row is None for t in taxes):
        return None
    gross = sum(t.base for t in taxes) + sum(t.amount for t in taxes)
    if gross <= 0 or total.kind == "qr" or _close(gross, total.value):
        return None
    tax_rows = {id(t.row) for t in taxes}
    for row in col.rows:
        if id(row) in tax_rows or row.page != total.row.page:
            continue
        if any(a.money_like and a.decimals == 2 and a.value == gross for a in row.amounts):
            return Cand("total", gross, row, 1.0)
    return None


def _best_choice(col: Collector, totals: list[Cand]) -> tuple[Choice | None, list[TaxRow]]:
    scoped = _page_taxes(col)
    rounding = col.rounding[-1].value if col.rounding else Decimal(0)
    bonus = _position_bonus(totals)
    best: Choice | None = None
    best_taxes: list[TaxRow] = []
    for g in totals:
        taxes = scoped[g.row.page]
        untaxed = _shortlist([c for c in col.cands if c.kind in ("untaxed", "subtotal")])
        tax = _shortlist([c for c in col.cands if c.kind in ("tax", "rate_tax")])
        if taxes and all(t.amount is not None for t in taxes):
            tax.append(Cand("tax_sum", sum(t.amount for t in taxes), taxes[-1].row, 1.4))
        if taxes and all(t.base is not None for t in taxes):
            untaxed.append(Cand("base_sum", sum(t.base for t in taxes), taxes[-1].row, 1.2))
        for u, t in product([None, *untaxed], [None, *tax]):
            score, consistent = _score(u, t, g, -rounding if g.negative else rounding, taxes)
            score += bonus.get(id(g), 0.0)
            if best is None or score > best.score + 1e-9:
                best = Choice(u, t, g, score, consistent)
                best_taxes = taxes
    return best, best_taxes


def _score(
    u: Cand | None, t: Cand | None, g: Cand, rounding: Decimal, taxes: list[TaxRow]
) -> tuple[float, bool]:
    """Label strength, same page / order, and above all the arithmetic between the three."""
    score = g.strength + _placement(u, g) + _placement(t, g)
    consistent = False
    if u is not None and t is not None:
        consistent = _close(u.value + t.value + rounding, g.value) or _close(
            u.value + t.value, g.value
        )
        # "-87.49 + 87.89 = 0.40" adds up but is no bill: a net of the total's opposite sign,
        # or a VAT larger than the total, is no reading of one
        if consistent and (u.value * g.value < 0 or abs(t.value) > abs(g.value)):
            consistent = False
        score += 3.0 if consistent else -1.5
    elif t is not None and len(taxes) == 1:
        # Only the gross total and the VAT: the VAT must be the rate's share of the total.
        consistent = _close(_tax_of(g.value, taxes[0].rate, True), t.value, Decimal("0.021"))
        score += 2.0 if consistent else 0.0
    amounts = [x.amount for x in taxes if x.amount is not None]
    if t is not None and amounts and len(amounts) == len(taxes):
        score += 0.5 if _close(sum(amounts), t.value) else -0.5
    bases = [x.base for x in taxes if x.base is not None]
    if u is not None and bases and len(bases) == len(taxes) and _close(sum(bases), u.value):
        score += 0.3
    return score, consistent


def _placement(c: Cand | None, g: Cand) -> float:
    if c is None:
        return 0.0
    score = 0.5 * c.strength
    if g.kind != "qr" and c.row.page != g.row.page:
        score -= 0.7
    if g.kind != "qr" and c.row.index > g.row.index:
        score -= 0.3  # the total comes after its parts
    return score


# --- document type, currency, prices incl. VAT ------------------------------------------------

_CREDIT = re.compile(
    r"^\W*(?:gutschrift\w*|kreditnote|credit\s?note|(?:facture\s?d.)?avoir|note\s?de\s?credit|"
    r"avis\s?de\s?credit|nota\s?(?:di\s?|de\s?)?credito|nota\s?d.accredito|credit\s?memo\w*|"
    r"rechnungs-?\s?korrektur|storno\w*|creditnota|creditfactuur|factura\s?de\s?abono)(?![a-z])"
)
# A credit-note title in capitals next to other text ("MUSTER AG   AVOIR"), and the total
# label of a credit note ("Total avoir TTC", "Gutschriftsbetrag", "Totale nota di credito").
_CREDIT_TITLE = re.compile(
    r"(?<![A-Za-z])(?:GUTSCHRIFT[A-Z]*|KREDITNOTE|AVOIR|NOTE DE CR[EÉ]DIT|NOTA DI CREDITO|"
    r"NOTA DE CR[EÉ]DITO|CREDITNOTA|CREDITFACTUUR|FACTURA DE ABONO|"
    r"CREDIT NOTE|CREDIT MEMO)(?![A-Za-z])"
)
_CREDIT_TOTAL = re.compile(
    r"(?:total\w*|montant|betrag)\s?(?:de\s?l.\s?|der\s?|della\s?)?"
    r"(?:avoir|gutschrift|nota\s?di\s?credito|credit\s?note|credit(?![a-z]|\s?card))|gutschriftsbetrag|"
    r"credit\s?total"
)
_SELF_BILLED = re.compile(
    r"selbst\s?ausgestellte\s?rechnung|gutschriftsverfahren|abrechnungsgutschrift|"
    r"auto-?facturation|autofattura|auto-?factura|self[\s-]?bill\w*|\(389\)"
)
_GUTSCHRIFT_ONLY = re.compile(r"gutschrift(?!.*(?:korrektur|storno|zu\s?(?:der\s?)?rechnung))")
_INVOICE = re.compile(
    r"^\W*(?:[a-z]*rechnung|facture|invoice|fattura|factuur|factura|fatura|tax\s?invoice"
    r"|note\s?d.honoraires|honorarnote"
    r"|faktura|lasku|racun|szamla)(?![a-z])"  # Nordic, pl/cs/sk, fi, hr/sr/bs/sl, hu
)
_RECEIPT = re.compile(
    r"^\W*(?:quittung|kassenbon|kassenbeleg|quittance|ticket\s?de\s?caisse|recu\b|receipt|scontrino|ricevuta\s?fiscale"
    r"|kvittering|kvitto|kuitti"  # no/da, sv, fi
    r"|documento\s?commerciale)"
)
# What only a till slip prints: change given, a card terminal's lines, the cashier.
_TILL_MARKS = (
    r"r(?:u|ue|o)ckge\s?ld|wechselgeld|change\s?due|your\s?change|monnaie\s?rendue|rendu\s?monnaie"
    r"|resto\b|wisselgeld|cambio\s?entregado|troco\b|^\W*change\s?:?\s?\$?\s?\d",
    r"kartenzahlung|girocard|ec[-\s]?karte|card\s?payment|paiement\s?cb|pagamento\s?carta"
    r"|pago\s?con\s?tarjeta|pinbetaling|^\W*pin(?:nen)?\b|betaald\s?met|contactless|sans\s?contact"
    r"|kontaktlos|^\W*(?:kreditkarte|mastercard|visa|amex|american\s?express)\b|^\W*cb\b|carte\s?bancaire|^\W*(?:maestro|twint|v\s?pay)\b",
    r"termina.?\W?id|trace\W?n[ro]|genehmigungs|authori[sz]ation\s?code|autorisation"
    r"|\bauth\s?c[o0]de|approval\s?c[o0]de"
    r"|autori[sz]atie|^\W*merchant\b|^\W*poi\W|leesmethode",
    r"kundenbeleg|bitte\s?beleg\s?aufbewahren|customer\s?copy|ticket\s?client|kassierer|cashier"
    r"|self\s?-?\s?check\s?-?\s?out|thank\s?you\s?for\s?shopping"
    r"|klantticket"
    r"|caissier|cassiere|cajero|kassa\b|bediener"
    # a German till's fiscal unit
    r"|tse\W?(?:signatur|transaktion|start|stop|seriennummer)"
    # loyalty schemes printed only on till slips
    r"|payback|bonuskaart|airmiles|koopzegels|cumulus|supercard|carte\s?fidelite|treuemarken",
    r"^\W*bar\b|^\W*cash\b|^\W*especes\b|^\W*contanti\b|^\W*efectivo\b|^\W*contant\b"
    r"|^\W*geg(?:eben)?\b\W{0,3}(?:bar|ec|karte|card|master|visa|giro)",
    # the count of articles sold ("Posten: 2", "Anzahl Artikel 18", "NB ARTICLES 2")
    r"^\W*(?:posten|anzahl\s?artikel|artikel(?:anzahl)?|nb\s?articles?|nombre\s?d.articles?"
    r"|articoli|n\.?\s?pezzi|aantal\s?artikelen)\b\s?:?\s?\d{1,3}\s*$",
    # the till's own numbers: sale, till, operator ("Bon-Nr.:8381", "Kasse:3", "Bed.:15")
    r"bon\s?-?\s?(?:nr|nummer)\b|(?<![a-z])bon\s?\d{3,}|(?<![a-z])kas(?:se)?\s?[:.]\s?\d"
    r"|(?<![a-z])bed\s?\.?\s?:\s?\d"
    # "Kasse 2", "Caisse 003", "Cassa 1", "Kassa 4" with the sale's number on the line
    r"|(?<![a-z])(?:kasse|caisse|cassa|kassa)\s?(?:nr\.?\s?)?\d{1,3}(?!\d)",
)
_TILL = [re.compile(p) for p in _TILL_MARKS]


_TENDERED = re.compile(
    r"^\W*(?:geg(?:eben)?|bar|cash|given|tendered|especes|contanti|efectivo|contant)(?![a-z])"
)
_CHANGE = re.compile(_TILL_MARKS[0])


def _tendered_less_change(rows: list[Row]) -> list[Cand]:
    """A till receipt whose sum is unreadable: the cash handed over less the change given
    back ("Gegeben BAR 10,00 / Rückgeld 4,97" is 5,03), a weak total the VAT rows confirm."""
    for i, row in enumerate(rows):
        given = [a for a in row.amounts if a.money_like]
        if len(given) != 1 or not _TENDERED.search(row.norm):
            continue
        for below in rows[i + 1 : i + 4]:
            change = [a for a in below.amounts if a.money_like]
            if below.page == row.page and len(change) == 1 and _CHANGE.search(below.norm):
                value = abs(given[0].value) - abs(change[0].value)
                if value > 0:
                    return [Cand("total", value, below, 1.0, given[0].currency)]
                break
    return []


def _till_receipt(rows: list[Row]) -> bool:
    """A till slip: no invoice title (checked before) and two kinds of till marks, also
    in words OCR split ("Ruckge ld")."""
    texts = [t for r in rows for t in (r.norm, r.norm.replace(" ", ""))]
    marks = sum(1 for rx in _TILL if any(rx.search(t) for t in texts))
    # item prices followed by the till's VAT letter ("3,40 B", "0,25 A *"), on several rows
    marks += sum(1 for r in rows if _LETTER_CODED.search(r.text)) >= 2
    return marks >= 2


_LETTER_CODED = re.compile(r"(?<![\d.,])-?\d{1,4}[.,]\d{2}-?\s?[A-E]\b\s?\*?\s*$")


_QR_PART = re.compile(
    r"zahlteil|payment\s?part|section\s?paiement|sezione\s?pagamento|empfangsschein|recepisse|ricevuta\b"
)
_TERMS = re.compile(
    r"(?:allgemeine\s?geschaftsbedingungen|conditions\s?generales|terms\s?(?:and|&)\s?conditions|condizioni\s?generali)"
)


def document_type(
    rows: list[Row], has_amounts: bool, total: Cand | None = None
) -> tuple[str, float]:
    """The first title-like row decides; a credit-note title anywhere on page 1 wins (credit
    notes often name the invoice they correct), so does a chosen total labelled as a credit
    ("Total avoir TTC") or printed negative. Without any total it is no invoice unless a short
    title says so."""
    first_page = (
        [r for r in rows if r.page == rows[0].page and not _QR_PART.search(r.norm)] if rows else []
    )
    if any(_SELF_BILLED.search(r.norm) for r in first_page):
        return "invoice", 0.85  # issued by the customer in the vendor's name: still a bill
    credit_rows = [r for r in first_page if _is_credit_title(r)]
    if credit_rows:
        # a German "Gutschrift" alone may also be a self-billed invoice: less sure
        ambiguous = all(_GUTSCHRIFT_ONLY.search(r.norm) for r in credit_rows)
        return "credit_note", 0.85 if ambiguous else 0.9
    if total is not None and _CREDIT_TOTAL.search(total.row.norm):
        return "credit_note", 0.85
    if total is not None and total.negative:
        return "credit_note", 0.8
    for row in rows:
        if _QR_PART.search(row.norm) or (not has_amounts and len(row.norm.split()) > 5):
            continue
        # the title heads its row, or stands alone in its box beside other text on the row
        # ("Date: 01.12.19 | INVOICE")
        if _INVOICE.search(row.norm) or any(_INVOICE.fullmatch(p.strip()) for p in row.parts):
            return "invoice", 0.9 if has_amounts else 0.6
        if _RECEIPT.search(row.norm) and has_amounts:
            return "receipt", 0.7
    if has_amounts and _till_receipt(rows):
        return "receipt", 0.7
    if has_amounts:
        return "invoice", 0.6
    terms = any(_TERMS.search(r.norm) for r in rows[:15])
    return "not_an_invoice", 0.9 if terms else 0.7


def _is_credit_title(row: Row) -> bool:
    if any(_CREDIT.search(text) for text in [row.norm, *row.parts]):
        return True
    return len(row.text.split()) <= 8 and bool(_CREDIT_TITLE.search(row.text))


_CUR_CODES = (
    "CHF|EUR|USD|GBP|CAD|AUD|NZD|SGD|HKD|JPY|SEK|NOK|DKK|PLN|CZK|HUF|CNY|INR|RON|BGN|HRK|TRY"
    "|BRL|MXN|ZAR|AED"
)
# Codes read only in brackets, in any case ("ZA UPLATU (rsd)"): bare, they are also part and
# model numbers ("CLP" in a Lenze order line)
_BRACKET_CODES = _CUR_CODES + "|RSD|BAM|MKD|ISK|UAH|RUB|ILS|THB|KRW|IDR|MYR|TWD|VND|ARS|CLP"
# Symbols: the rupee (₹, "Rs." before an amount) and the real (R$) too.
_CUR = re.compile(
    r"(?<![A-Z])(?:" + _CUR_CODES + r")(?![A-Z])|(?<![A-Z])EUROS?(?![A-Z])"  # "ZU ZAHLEN EURO"
    r"|€|£|US\$|R\$|\$|SFr\.|(?<![A-Za-z])Fr\.(?=\s?\d)|(?<![A-Za-z])Ä(?=\d)"
    r"|₹|(?<![A-Za-z])Rs\.?(?=\s?\d)"
    r"|(?<=\d\s)(?:zł|Kč)(?![A-Za-z])"  # after the amount: Polish złoty, Czech koruna
    r"|(?<=\()(?i:" + _BRACKET_CODES + r")(?=\))"
)


def _row_currency(row: Row) -> str:
    m = _CUR.search(row.text)
    return currency_code(m.group(0).replace("US$", "$")) if m else ""


_CUR_LABEL = re.compile(
    r"(?i:w[äa]hrung|devise|currency|valuta|moneda|moeda|divisa)\s{0,2}:\s{0,3}(?:[Ee]uros?\s?\()?"
    r"(" + _CUR_CODES + r")(?![A-Za-z])"
)


def _labelled_currency(rows: list[Row] | list[TextLine]) -> str:
    """ "Währung: EUR", "Devise : Euro (EUR)", "Currency: GBP"."""
    return next((m.group(1) for r in rows if (m := _CUR_LABEL.search(r.text))), "")


def currency(rows: list[Row], choice: Choice | None, col: Collector) -> tuple[str, float]:
    code, conf = _currency(rows, choice, col)
    if code == "USD":
        code = _dollar_country(rows) or code
    return code, conf


# A bare "$" is the dollar of the vendor's country: its tax id label (New Zealand's GST number,
# Australia's ABN, Canada's GST/HST number) or the country's name on the page, when no "US$" /
# "USD" / United States says otherwise.
_DOLLAR_COUNTRIES = (
    (
        "NZD",
        r"new\s?zealand|\bg\.?\s?s\.?\s?t\.?\s*(?:reg|no\b|number)|\.co\.nz\b"
        r"|\bg\.?\s?s\.?\s?t\b\.?\s*[:#]?\s*\d{2,3}[ -]?\d{3}[ -]?\d{3}(?![\d.,])",
    ),
    ("AUD", r"australia(?!\s?and\s?new)|\ba\.?b\.?n\.?\s*:?\s*\d{2}\s?\d{3}|\.com\.au\b"),
    ("CAD", r"\bcanada\b|\bhst\b|\bg\.?s\.?t\.?\s*/\s*h\.?s\.?t"),
)
_US_DOLLAR = re.compile(r"US\s?\$|\bUSD\b|\bU\.?S\.? ?dollars?|United States|\bUSA\b", re.I)


def _dollar_country(rows: list[Row]) -> str:
    text = "\n".join(r.text for r in rows)
    if _US_DOLLAR.search(text):
        return ""
    low = text.lower()
    found = {code for code, pattern in _DOLLAR_COUNTRIES if re.search(pattern, low)}
    return found.pop() if len(found) == 1 else ""


def _currency(rows: list[Row], choice: Choice | None, col: Collector) -> tuple[str, float]:
    labelled = _labelled_currency(rows)
    if labelled:
        return labelled, 0.95
    if choice is not None:
        for c, conf in ((choice.total, 0.95), (choice.untaxed, 0.9), (choice.tax, 0.9)):
            if c is not None and (c.currency or _row_currency(c.row)):
                return c.currency or _row_currency(c.row), conf
    for c in col.cands:
        if c.kind == "qr" and c.currency:
            return c.currency, 0.9
    return _page_currency(rows)


def _page_currency(rows: list[Row]) -> tuple[str, float]:
    for row in rows:  # a column header "Betrag CHF" / "Montant EUR" / "Gesamt EUR"
        if (
            re.search(
                r"(?:betrag|montant|amount|importo|prix|preis|price|total|(?<![a-z])(?:gesamt|net))",
                row.norm,
            )
            or _is_header(row)
            or re.fullmatch(r"\W*[a-z]{3}\W*", row.norm)  # "EUR" alone over a till's prices
        ) and not row.amounts:
            code = _row_currency(row)
            if code:
                return code, 0.85
    counts: dict[str, int] = {}
    for row in rows:
        if row.amounts and not re.search(r"capital|kapital|indemnite|penalite|deckung", row.norm):
            for m in _CUR.finditer(row.text):
                if m.group(0) == "$" and not _touches_money(row, m):
                    continue  # "$ B A 0 5 R 0 2 4 7": a till's barcode line, no dollar
                code = currency_code(m.group(0).replace("US$", "$"))
                counts[code] = counts.get(code, 0) + 1
    if counts:
        return max(counts, key=lambda k: counts[k]), 0.6
    return _country_currency(rows)


def _touches_money(row: Row, m: re.Match) -> bool:
    """A money amount printed right before or after the symbol ("$12.00", "12,00 $")."""
    return any(
        a.money_like and (0 <= a.start - m.end() <= 3 or 0 <= m.start() - a.end <= 3)
        for a in row.amounts
    )


_COUNTRY_HINTS = [  # IBAN / VAT id of the vendor when no currency is printed (OCR lost the sign)
    (re.compile(r"\b(?:CH|LI)\d{2}\s?\d{4}\s?\d|\bCHE[-\s]?\d{3}"), "CHF"),
    (re.compile(r"\bGB\d{2}\s?[A-Z]{4}|\bGB\s?\d{9}\b"), "GBP"),
]
_EURO_COUNTRIES = frozenset("FR DE IT AT BE NL ES PT LU IE FI GR SK SI EE LV LT HR CY MT".split())


def _country_currency(rows: list[Row]) -> tuple[str, float]:
    text = "\n".join(r.text for r in rows)
    found = [(m.start(), code) for pattern, code in _COUNTRY_HINTS for m in pattern.finditer(text)]
    # a euro country's id only in the shape of its country (an OCR may have misread a check
    # digit): a till's "CHEEZE IT 0024100536" is no Italian VAT id
    ids = (
        identifiers.find_ibans(text, allow_bad_checksum=True)
        + identifiers.find_eu_vats(text)
        + identifiers.find_bad_checksum_vats(text)
    )
    found += [(m.start, "EUR") for m in ids if m.value[:2] in _EURO_COUNTRIES]
    return (min(found)[1], 0.4) if found else ("", 0.0)


_PIT = re.compile(
    r"(?:preise|prix|prices|prezzi)\W{0,3}(?:sind\s?|are\s?|en\s?)?"
    r"(?:" + INCL + r"|ttc)|(?:tva|mwst|vat|iva)\s?(?:incluse|inbegriffen|inclusa|included|inkl)"
)


def prices_include_tax(rows: list[Row], taxes: list[TaxRow]) -> bool:
    if any(t.gross and t.amount is not None for t in taxes):
        return True
    return any(_PIT.search(r.norm) and not _money_in(r) for r in rows)


def _money_in(row: Row) -> bool:
    return any(a.money_like for a in row.amounts)


# --- entry point ----------------------------------------------------------------------------


def extract_amounts(lines: list[TextLine], ext: Extraction, language: str | None = None) -> None:
    """Fill ``ext`` with document type, currency, totals, VAT per rate and line items."""
    lines = _without_other_currency_box(lines)
    lines = _without_other_currency_column(lines)
    lines = _with_wrapped_bases(lines)
    rows = build_rows(lines)
    col = Collector(rows)
    _column_totals(lines, rows, col)
    _vat_breakdown(rows, col)
    _without_settled_payments(col)
    _before_prepayment(col)
    _before_discount(col)
    choice, raw_taxes = choose(col)
    source = "ocr" if any(r.ocr for r in rows) else SOURCE
    doc_type, type_conf = document_type(
        rows, choice is not None, choice.total if choice is not None else None
    )
    ext.set("document_type", doc_type, type_conf, source)
    code, cur_conf = currency(rows, choice, col)
    if code:
        ext.set("currency", code, cur_conf, source)
    pit = prices_include_tax(rows, raw_taxes)
    if choice is not None:
        _set_totals(ext, choice, raw_taxes, col, source)
        _due_after_prepayment(ext, col)
        if not raw_taxes and choice.untaxed is None and choice.tax is None:
            raw_taxes = _net_of_lone_rate(ext, col, choice, source)
        if not raw_taxes and ext.value("amount_untaxed") is None:
            _total_of_net_columns(rows, ext, col, source)
    taxes = [t for t in raw_taxes if t.amount is not None or t.base is not None]
    implied = False
    if not taxes and choice is not None and (choice.consistent or choice.tax is not None):
        taxes = [] if _us_seller(rows) else _implied_rate(ext)
        implied = bool(taxes)
    if not taxes and choice is not None:
        taxes = _exempt(rows, ext)
    vat.categorize(rows, taxes)
    _set_taxes(ext, taxes, choice, source)
    ext.prices_include_tax = pit
    ext.lines = extract_lines(rows, ext)
    if (not ext.taxes or implied) and choice is not None:
        # the items' own rates over a rate guessed from the VAT total alone (22.80 on 120.00
        # is 21 % of 100.00 and 9 % of 20.00, not 19 %)
        _taxes_from_lines(ext)
    if doc_type == "credit_note" and ext.lines and all((ln.subtotal or 0) <= 0 for ln in ext.lines):
        for ln in ext.lines:  # amounts of a credit note are reported positive
            ln.subtotal = abs(ln.subtotal) if ln.subtotal is not None else None
            ln.price_unit = abs(ln.price_unit) if ln.price_unit is not None else None


# "Taxes CHF", "Steuern: EUR", "TVA en EUR": a box heading naming a tax and a currency alone.
_CURRENCY_BOX_HEADING = re.compile(
    r"^\s*(?:taxes?|tax|steuern|mwst|tva|iva|imposte|vat|montants?|betrage|amounts?|totals?)"
    r"\s*(?:en|in|:)?\s*(?P<code>[a-z]{3})\s*:?\s*$"
)
_CURRENCIES = frozenset(
    {"CHF", "EUR", "USD", "GBP", "JPY", "CAD", "AUD", "SEK", "NOK", "DKK", "PLN", "CZK"}
)


def _without_other_currency_box(lines: list[TextLine]) -> list[TextLine]:
    """The lines without the box of the same totals converted into another currency.

    A bill in a foreign currency may repeat its untaxed amount, VAT rows and total in the
    issuer's own currency under a heading that names only a tax and that currency ("Taxes CHF"
    under a bill in euros: Odoo's invoice report prints it). The box is the heading and the
    lines under it, in its column, row after row; it goes only when the amounts outside it
    are written in another currency (a VAT table headed "MWST CHF" on a bill in francs stays).
    """
    for h, head in enumerate(lines):
        m = _CURRENCY_BOX_HEADING.match(fold(head.text))
        if not m or m.group("code").upper() not in _CURRENCIES:
            continue
        code = m.group("code").upper()
        height = max(head.bottom - head.top, 1.0)
        box = {h}
        bottom = head.bottom
        for i in sorted(
            (i for i, ln in enumerate(lines) if ln.page == head.page and ln.top > head.top),
            key=lambda i: lines[i].top,
        ):
            line = lines[i]
            if line.x0 < head.x0 - height:
                continue  # another column
            if line.top - bottom > 3 * height:
                break
            box.add(i)
            bottom = max(bottom, line.bottom)
        outside = {
            amount.currency
            for i, line in enumerate(lines)
            if i not in box
            for amount in find_amounts(line.text)
            if amount.currency
        }
        if outside and code not in outside:
            return [line for i, line in enumerate(lines) if i not in box]
    return lines


def _without_other_currency_column(lines: list[TextLine]) -> list[TextLine]:
    """The lines without the amounts of a column headed by another currency than the one the
    page names as its own ("Payment currency: USD", "Währung: EUR").

    A bill may print each amount twice, in two columns headed by two currency codes ("USD"
    and "EUR" side by side over the items, the VAT row and the total): the column of the
    labelled currency holds the bill's amounts; the other is a conversion for reference.
    Without such a label nothing is dropped (which column is the bill's is then a guess)."""
    own = _labelled_currency(lines)
    if not own:
        return lines
    codes = [
        (i, ln.text.strip().upper())
        for i, ln in enumerate(lines)
        if ln.text.strip().upper() in _CURRENCIES
    ]
    for i, code in codes:
        head = lines[i]
        height = max(head.bottom - head.top, 1.0)
        beside = [
            lines[j]
            for j, other in codes
            if other == own
            and lines[j].page == head.page
            and abs(lines[j].top - head.top) < height / 2
        ]
        if code == own or not beside:
            continue
        other_x = [(b.x0, b.x1) for b in beside]
        drop = {
            k
            for k, ln in enumerate(lines)
            if ln.page == head.page
            and ln.top > head.bottom
            and _AMOUNT_ONLY.match(fold(ln.text))
            and ln.x1 > head.x0 - 3 * height
            and ln.x0 < head.x1 + height
            and not any(ln.x1 > x0 - 3 * height and ln.x0 < x1 + height for x0, x1 in other_x)
        }
        if drop:
            return [ln for k, ln in enumerate(lines) if k not in drop]
    return lines


# "VAT 8.1% on", "TVA 20 % sur", "MwSt. 8,1% auf", "IVA 22% su": a rate waiting for its base.
_RATE_ON = re.compile(r"\d\s?%\s*(?:on|sur|auf|su|sul|op|de)\s*:?\s*$")
_AMOUNT_ONLY = re.compile(
    r"^\W*(?:[a-z]{3}|[€$£])?\s*-?\d[\d\s'\u2019.,]*\d\s*(?:[a-z]{3}|[€$£])?\s*$"
)


def _with_wrapped_bases(lines: list[TextLine]) -> list[TextLine]:
    """A VAT row whose label ends on the preposition of its base ("VAT 8.1% on") with the base
    wrapped under it, alone and aligned on the label ("CHF 19,395.82" under "VAT 8.1% on" in a
    narrow column: Odoo's invoice report): the base is joined to its label."""
    used: set[int] = set()
    out = list(lines)
    for i, line in enumerate(lines):
        folded = fold(line.text)
        if not _RATE_ON.search(folded):
            continue
        h = max(line.bottom - line.top, 1.0)
        for j, other in enumerate(lines):
            if (
                j not in used
                and j != i
                and other.page == line.page
                and 0 <= other.top - line.bottom <= 0.8 * h
                and abs(other.x0 - line.x0) <= 0.5 * h
                and _AMOUNT_ONLY.match(fold(other.text))
            ):
                used.add(j)
                out[i] = replace(line, text=f"{line.text} {other.text}", x1=max(line.x1, other.x1))
                break
    return [line for j, line in enumerate(out) if j not in used]


_COLUMN_KINDS = ("untaxed", "tax", "total")
_RATE_BOX = re.compile(r"^\s*\d{1,2}(?:[.,]\d{1,2})?\s?%\s*$")


@dataclass
class _Column:
    kind: str
    value: Decimal
    currency: str
    rate: Decimal | None  # printed between the label and the amount (a VAT table in columns)
    box: TextLine  # the amount's box


def _column_totals(lines: list[TextLine], rows: list[Row], col: Collector) -> None:
    """Totals printed as a row of labels with each amount under its label ("Total HT | Total TVA
    | Total TTC" over "625,55 | 45,82 | 671,37"), the row often shared with a VAT table on its
    left. Kept only when the three amounts add up (net + VAT = total): a line-item table's
    column headers over its first item never do.

    A VAT table printed in columns may put a row of rates between the labels and the amounts
    ("Zwischensumme (netto) | Zwischensumme (netto) | zzgl. USt. | USt. gesamt | Gesamtsumme"
    over "0 % | 20 % | 20 %" over five amounts): a label repeated per rate is summed, a label
    of that kind without a rate (the column of its total) is taken as is, and the columns of
    one rate give its VAT row."""
    labels = []
    for box in lines:
        kind = classify(fold(box.text.strip()))
        if kind in _COLUMN_KINDS and not find_amounts(box.text):
            labels.append((kind, box))
    if len(labels) < len(_COLUMN_KINDS):
        return
    for label_row in rows:
        columns = [
            column
            for kind, box in labels
            if box.page == label_row.page and label_row.top <= box.top < label_row.bottom
            for column in [_column_under(lines, box, kind)]
            if column is not None
        ]
        found = {kind: _column_value(columns, kind) for kind in _COLUMN_KINDS}
        if any(v is None for v in found.values()):
            continue
        untaxed, tax, total = (found[k][0] for k in _COLUMN_KINDS)
        if not total or not _close(untaxed + tax, total):
            continue
        for kind in _COLUMN_KINDS:
            value, currency_code_, box = found[kind]
            below = _row_holding(rows, box)
            if below is not None:
                col.cands.append(Cand(kind, value, below, STRENGTH[kind], currency_code_))
        col.taxes.extend(_column_rates(rows, columns))


def _column_value(columns: list[_Column], kind: str) -> tuple[Decimal, str, TextLine] | None:
    """The amount of ``kind`` among the columns of a label row: its first column without a
    rate, else the sum of its columns per rate (each rate once)."""
    mine = [c for c in columns if c.kind == kind]
    plain = [c for c in mine if c.rate is None]
    if plain:
        return plain[0].value, plain[0].currency, plain[0].box
    rated = [c for c in mine if c.rate is not None]
    if not rated or len({c.rate for c in rated}) < len(rated):
        return None
    return sum(c.value for c in rated), rated[0].currency, rated[-1].box


def _column_rates(rows: list[Row], columns: list[_Column]) -> list[TaxRow]:
    """The VAT row of each rate printed over a base column and a VAT column."""
    out = []
    for rate in dict.fromkeys(c.rate for c in columns if c.rate is not None):
        base = [c for c in columns if c.rate == rate and c.kind == "untaxed"]
        tax = [c for c in columns if c.rate == rate and c.kind == "tax"]
        if len(base) != 1 or len(tax) > 1 or not base[0].value:
            continue
        amount = tax[0].value if tax else None
        if amount is not None and not _close(_tax_of(base[0].value, rate, False), amount):
            continue
        out.append(TaxRow(rate, base[0].value, amount, _row_holding(rows, base[0].box)))
    return out


def _column_under(lines: list[TextLine], label: TextLine, kind: str) -> _Column | None:
    """The one amount printed under ``label`` (the box of the next row down whose centre is
    closer to the label than to any other box of the label's row), also across a row of VAT
    rates between them, with the rate printed in the label's column if any."""
    rate = None
    top = label
    for _ in range(2):
        box = _box_under(lines, label, top)
        if box is None:
            rates_row = _rates_row_under(lines, label, top)
            if rates_row is None:
                return None
            top = rates_row
            continue
        if _RATE_BOX.match(box.text):
            if rate is not None:
                return None
            rate = find_percents(box.text)[0].value
            top = box
            continue
        money = _money_of_box(box)
        if money is None:
            return None
        return _Column(kind, abs(money.value), money.currency, rate, box)
    return None


def _money_of_box(box: TextLine) -> Amount | None:
    """The one amount of money a box holds, nothing else worded beside it ("EUR" aside)."""
    money = [a for a in find_amounts(box.text) if a.decimals == 2]
    if len(money) != 1 or re.search(r"[a-z]{3}", fold(box.text).replace("eur", "")):
        return None
    return money[0]


def _under(lines: list[TextLine], label: TextLine, above: TextLine) -> list[TextLine]:
    """The boxes of the first row under ``above`` (the label or a box under it)."""
    height = max(label.bottom - label.top, 1.0)
    under = [
        b
        for b in lines
        if b.page == label.page
        and above.bottom - 0.2 * height <= b.top <= above.bottom + 2.5 * height
        and b is not above
    ]
    if not under:
        return []
    first_top = min(b.top for b in under)
    return [b for b in under if b.top <= first_top + 0.8 * height]


def _box_under(lines: list[TextLine], label: TextLine, above: TextLine) -> TextLine | None:
    """The box of the first row under ``above`` in the column of ``label``: its centre is
    closer to the label than to any other box of the label's row."""
    height = max(label.bottom - label.top, 1.0)
    same_row = [
        b for b in lines if b.page == label.page and abs(_mid_y(b) - _mid_y(label)) < 0.5 * height
    ]
    near = [
        b
        for b in _under(lines, label, above)
        if min(same_row, key=lambda o: abs(_mid_x(o) - _mid_x(b))) is label
    ]
    if not near:
        return None
    return min(near, key=lambda b: abs(_mid_x(b) - _mid_x(label)))


def _rates_row_under(lines: list[TextLine], label: TextLine, above: TextLine) -> TextLine | None:
    """The first row under ``above`` when it holds nothing but VAT rates (in other columns than
    the label's): one of its boxes, the row to look under next."""
    row = _under(lines, label, above)
    if row and all(_RATE_BOX.match(b.text) for b in row):
        return max(row, key=lambda b: b.bottom)
    return None


def _mid_x(box: TextLine) -> float:
    return (box.x0 + box.x1) / 2


def _mid_y(box: TextLine) -> float:
    return (box.top + box.bottom) / 2


def _row_holding(rows: list[Row], box: TextLine) -> Row | None:
    """The row an amount's box was joined into."""
    part = fold(box.text.strip())
    mid = _mid_y(box)
    return next(
        (r for r in rows if r.page == box.page and part in r.parts and r.top <= mid <= r.bottom),
        None,
    )


def _without_settled_payments(col: Collector) -> None:
    """A balance printed negative under the same amount positive ("Saldo Leistungen 161,00 /
    Saldo Zahlungen -161,00 / Rechnungsbetrag 0,00", a hotel folio): the payment that settles
    the charges, no total of a credit note."""
    charges = [c for c in col.cands if c.kind in ("total", "due") and not c.negative]
    col.cands = [
        c
        for c in col.cands
        if not (
            c.negative
            and c.kind in ("total", "due")
            and any(
                p.row.page == c.row.page and p.row.index < c.row.index and p.value == c.value
                for p in charges
            )
        )
    ]


def _before_prepayment(col: Collector) -> None:
    """An amount due after a prepayment printed above it ("Anzahlung 500.00 / Zahlbetrag
    521.91"): the invoice total is both together, a candidate the arithmetic can confirm."""
    for due in [c for c in col.cands if c.kind == "due"]:
        paid = _prepaid_above(col, due)
        if paid:
            col.cands.append(Cand("total", due.value + paid[-1].value, due.row, 1.4, due.currency))


def _before_discount(col: Collector) -> None:
    """A total printed above a discount that a lower total or amount due prints deducted
    ("Total 9.208,00 / 8,00% discount on 9.208,00: 736,64 / To pay: EUR 8.471,36"): the
    goods before the discount, a subtotal; the invoice's total is the lower one."""
    for i, cand in enumerate(col.cands):
        if cand.kind != "total":
            continue
        for disc in col.discounts:
            if disc.row.page != cand.row.page or disc.row.index <= cand.row.index:
                continue
            net = cand.value + disc.value  # a discount is kept negative
            if any(
                other.kind in ("total", "due")
                and other.row.index > disc.row.index
                and _close(other.value, net)
                for other in col.cands
            ):
                col.cands[i] = replace(cand, kind="subtotal", strength=STRENGTH["subtotal"])
                break


def _prepaid_above(col: Collector, due: Cand) -> list[Cand]:
    """The prepayments printed above ``due`` on its page."""
    return [p for p in col.prepaid if p.row.page == due.row.page and p.row.index < due.row.index]


def _due_after_prepayment(ext: Extraction, col: Collector) -> None:
    """A prepayment printed above a smaller amount due: the bill is booked at its total but
    must not be paid in full again, so it says so (and never posts by itself, see crosscheck)."""
    total = ext.value("amount_total")
    if total is None or not col.prepaid:
        return
    for due in (c for c in col.cands if c.kind == "due"):
        if _prepaid_above(col, due) and 0 <= due.value < total:
            ext.warnings.append(
                msg("amount_due_differs", due_amount=_q(due.value), total_amount=total)
            )
            return


def _vat_breakdown(rows: list[Row], col: Collector) -> None:
    """A VAT breakdown table (:mod:`.taxes`) replaces the rates read elsewhere (item lines,
    allowances); rows read by their arithmetic alone join them; a totals row without labels
    that matches them gives untaxed, VAT and total candidates."""
    found, table = vat.read_vat_rows(rows)
    # positive, as the other VAT rows (a credit note's sign is its document type); a table with
    # rows of both signs keeps them (a till's deposit refund "D 19% 0,21- 0,04-" under a sale)
    mixed = any(t.base < 0 for t in found) and any(t.base > 0 for t in found)
    read = [
        TaxRow(
            t.rate,
            t.base if mixed else abs(t.base),
            t.amount if mixed else abs(t.amount),
            t.row,
            category=t.category,
            exemption=t.exemption,
        )
        for t in found
    ]
    if table:
        on_table = {id(t.row) for t in found} | {id(t.base_row) for t in found if t.base_row}
        col.taxes = read
        col.cands = [c for c in col.cands if c.kind != "rate_tax" and id(c.row) not in on_table]
    else:
        for t in read:
            t.item = t.row.index in col.item_rows
        col.taxes.extend(read)
    bases = sum(t.base for t in found) if found else None
    amounts = sum(t.amount for t in found) if found else None
    totals = vat.totals_row(rows, bases, amounts)
    if totals is None:
        return
    # Weaker than a labelled total, never a value a label already gives (the labelled one is
    # better placed), no total beside a rounding (a VAT summary's gross is before it).
    u, t, g, row = totals
    labelled = {(c.kind, c.value) for c in col.cands}
    for kind, value, strength in (("untaxed", u, 1.5), ("tax", t, 1.5), ("total", g, 1.2)):
        if (kind, abs(value.value)) in labelled or (kind == "total" and col.rounding):
            continue
        # a table with a deposit refund row keeps the sign of its sums ("Summe 0,35 -0,16 0,19")
        amount = value.value if mixed else abs(value.value)
        col.cands.append(Cand(kind, amount, row, strength, value.currency))


def _sum_row_is_no_total(col: Collector, bases: Decimal, amounts: Decimal) -> None:
    """A VAT table's sum row labelled like a total that prints only the sums of the bases and
    of the VAT ("TOTAAL 8,49 1,51" under "9% 2,29 0,21 / 21% 6,20 1,30"): its last amount is
    no total; the row gives the untaxed amount and the VAT instead."""
    for c in list(col.cands):
        if c.kind != "total":
            continue
        money = [a.value for a in c.row.amounts if a.money_like]
        if len(money) == 2 and money == [bases, amounts] and c.value == amounts:
            col.cands.remove(c)
            col.cands.append(Cand("untaxed", bases, c.row, 1.5, c.currency))
            col.cands.append(Cand("tax", amounts, c.row, 1.5, c.currency))


# Usual VAT rates (CH, FR, DE, IT, AT, UK...): a VAT total without a printed rate implies one.
KNOWN_RATES = [
    Decimal(r) for r in "8.1 2.6 3.8 7.7 2.5 3.7 20 10 5.5 2.1 19 7 22 5 4 13 21 6 9 12 25".split()
]


def _us_seller(rows: list[Row]) -> bool:
    """A US address and no European money on the page (a US till slip prints no currency):
    a sales tax, whose rate no national VAT rate implies."""
    return not OTHER_MONEY.search(" ".join(r.text for r in rows)) and any(
        US_ADDRESS.search(r.text) for r in rows
    )


def _implied_rate(ext: Extraction) -> list[TaxRow]:
    """The one usual VAT rate the untaxed amount and the VAT fit (no rate printed). Not on a
    bill in US dollars: a US sales tax is set by state and city, not one of these national VAT
    rates, so a fit says nothing (a 10 % "SALES TAX" is no VAT row)."""
    if ext.value("currency") == "USD":
        return []
    untaxed, tax = ext.value("amount_untaxed"), ext.value("amount_tax")
    if not untaxed or not tax:
        return []
    for rate in KNOWN_RATES:
        if _close(_tax_of(untaxed, rate, False), tax):
            return [TaxRow(rate, untaxed, tax, None, labelled=False)]
    return []


def _exempt(rows: list[Row], ext: Extraction) -> list[TaxRow]:
    """No VAT row, no VAT, and the page says why (exempt, reverse charge, intra-EU supply...):
    one 0 % row of that category on the untaxed amount."""
    untaxed, tax = ext.value("amount_untaxed"), ext.value("amount_tax")
    total = ext.value("amount_total")
    if tax not in (None, 0) or total is None or (untaxed is not None and untaxed != total):
        return []
    if not vat.document_category(rows)[0]:
        return []
    return [TaxRow(Decimal(0), total, Decimal(0), None, labelled=False)]  # categorized later


def _taxes_from_lines(ext: Extraction) -> None:
    """Rates printed only on the item lines: the VAT per rate from the items' net amounts,
    when they add up to the untaxed amount and their VAT to the printed VAT."""
    untaxed, tax = ext.value("amount_untaxed"), ext.value("amount_tax")
    lines = ext.lines
    if untaxed is None or tax is None or ext.prices_include_tax or not lines:
        return
    if any(ln.tax_rate is None or ln.subtotal is None for ln in lines):
        return
    bases: dict[Decimal, Decimal] = {}
    for ln in lines:
        bases[ln.tax_rate] = bases.get(ln.tax_rate, Decimal(0)) + ln.subtotal
    amounts = {rate: _q(base * rate / 100) for rate, base in bases.items()}
    if not _close(sum(bases.values()), untaxed) or not _close(
        sum(amounts.values()), tax, CENT * len(bases)
    ):
        return
    ext.taxes = [
        TaxLine(rate, _q(bases[rate]), amounts[rate], "S" if rate else "")
        for rate in sorted(bases, reverse=True)
    ]
    ext.taxes_confidence = 0.7


def _net_of_lone_rate(ext: Extraction, col: Collector, choice: Choice, source: str) -> list:
    """A VAT row printing a rate and one amount under unreadable headers ("19.00 %  40.98"):
    the amount is the net when the net plus its VAT at that rate makes the total."""
    g = choice.total.value
    for row in col.lone_rates:
        base = row.base
        if base < g and _close(base + _tax_of(base, row.rate, False), g):
            tax = _q(g - base)
            ext.set("amount_untaxed", _q(base), 0.85, source)
            ext.set("amount_tax", tax, 0.85, source)
            return [TaxRow(row.rate, _q(base), tax, row.row)]
    return []


_NET_COLUMN = re.compile(
    r"(?<![a-z])(?:ohne\s?(?:mwst|ust|u\.st|steuer)|netto|net|excl\w*|exkl\w*|ht|h\.t|"
    r"hors\s?tax\w*|sans\s?tva|senza\s?iva|(?:sin|sem)\s?iva|before\s?tax)(?![a-z])"
)


def _total_of_net_columns(rows: list[Row], ext: Extraction, col: Collector, source: str) -> None:
    """A line-item table whose price columns say they are net ("VK-Preis ohne MwSt.",
    "Zeilenbetrag ohne MwSt.", "Montant HT") and a total with no VAT anywhere on the
    document (no VAT label, no rate, no VAT row): the total is the untaxed amount (an export
    or a supplier not liable to VAT). Not sure enough to post without a look."""
    if any(c.kind in ("tax", "rate_tax", "untaxed", "subtotal") for c in col.cands):
        return
    if col.lone_rates or any(p.value for r in rows for p in r.percents):
        return  # a rate anywhere ("inkl. 19 % MwSt.", an item's VAT column) may be its VAT
    for i, row in enumerate(rows):
        if not _is_header(row):
            continue
        head = [row] + [r for r in rows[i + 1 : i + 3] if r.page == row.page and not r.amounts]
        if any(_NET_COLUMN.search(r.norm) for r in head):
            ext.set("amount_untaxed", ext.value("amount_total"), 0.6, source)
            return


_VAT_WORD = re.compile(
    r"(?<![a-z])(?:vat|tax|taxes|mwst|mw\.?st|ust|u\.st|steuer\w*|tva|iva|btw|gst|hst|pst|moms"
    r"|dph|pdv|ptu|alv|igic|impuesto|imposta|imposto)(?![a-z])"
)


def _untaxed(choice: Choice, col: Collector) -> Decimal | None:
    """The chosen untaxed amount; the total itself on a page without VAT whose subtotal is
    followed by more goods ("Subtotal $419.08 / Hosting $60.00 / Balance Due $479.08"): the
    difference is no tax."""
    if choice.untaxed is None:
        # a bill naming no VAT anywhere bills net amounts (an export, a small business); a
        # till's slip sells at gross prices
        net = (
            choice.tax is None
            and (_no_vat_printed(col) or _vat_waived(col))
            and not _till_receipt(col.rows)
        )
        return choice.total.value if net else None
    if choice.tax is None and choice.untaxed.kind == "subtotal" and _no_vat_printed(col):
        return choice.total.value
    return choice.untaxed.value


def _no_vat_printed(col: Collector) -> bool:
    """No VAT anywhere on the document: no tax row or candidate, no rate, no tax word."""
    return (
        not col.taxes
        and not col.lone_rates
        and not any(c.kind in ("tax", "rate_tax") for c in col.cands)
        and not any(p.value for r in col.rows if not _prose(r) for p in r.percents)
        and not any(_VAT_WORD.search(r.norm) for r in col.rows)
    )


def _vat_waived(col: Collector) -> bool:
    """No VAT row nor amount, and the page says why none is charged ("Gemäß § 19 UStG wird
    keine Umsatzsteuer berechnet", an export, a reverse charge): the amounts are net."""
    return (
        not col.taxes
        and not any(c.kind in ("tax", "rate_tax") and c.value for c in col.cands)
        and vat.document_category(col.rows)[0] in ("AE", "K", "G", "O", "E")
    )


def _prose(row: Row) -> bool:
    """A sentence of the small print ("interest will accrue at 14% annually if not paid"): its
    rate is no VAT rate (a sentence about VAT names it, which the tax words catch)."""
    return not any(a.money_like for a in row.amounts) and len(row.norm.split()) >= 8


def _chosen_tax(choice: Choice) -> Decimal | None:
    """The VAT chosen, unless it is larger than the total: no reading of this bill's VAT
    ("87.89 @ 8.625%", an OCR'd "$7.89" base)."""
    if choice.tax is None or abs(choice.tax.value) > abs(choice.total.value):
        return None
    return choice.tax.value


def _set_totals(
    ext: Extraction, choice: Choice, taxes: list[TaxRow], col: Collector, source: str
) -> None:
    rounding = col.rounding[-1].value if col.rounding else None
    if rounding is not None and choice.total.negative:
        rounding = -rounding  # amounts of a credit note printed negative are returned positive
    g = choice.total.value
    u = _untaxed(choice, col)
    t = _chosen_tax(choice)
    if choice.consistent:
        conf = 0.97
    else:
        conf = 0.8 if choice.total.kind == "total" else 0.65
    ext.set("amount_total", _q(g), conf, source)
    if t is None and u is not None:
        t, t_conf = g - u - (rounding or 0), 0.6
    else:
        t_conf = conf if choice.consistent else 0.75
    if u is None and t is not None and (g - t) * g > 0:
        u, u_conf = g - t - (rounding or 0), (0.9 if choice.consistent else 0.6)
    else:
        u_conf = conf if choice.consistent else 0.75
    if u is not None:
        # the total as the net of a page naming no VAT: a guess to confirm
        ext.set("amount_untaxed", _q(u), 0.6 if choice.untaxed is None else u_conf, source)
    # VAT below zero only as the sum of a till's table whose deposit refund row is negative
    # and more than the sale's VAT ("Summe 0,35 -0,16 0,19"), the arithmetic holding
    refund = choice.consistent and any(x.amount is not None and x.amount < 0 for x in taxes)
    # a net equal to the total on a page printing no VAT says none is charged, not that a VAT
    # of zero is printed: the VAT stays unread (the bill's lines carry no tax either way)
    unprinted_zero = t == 0 and choice.tax is None and all(row.amount is None for row in taxes)
    if t is not None and (t >= 0 or refund) and not unprinted_zero:
        ext.set("amount_tax", _q(t), t_conf, source)
    if rounding is not None:
        ext.set("amount_rounding", _q(rounding), 0.9, source)
    if len(taxes) == 1 and taxes[0].base is None and u is not None:
        taxes[0].base = _q(u)
    if len(taxes) == 1 and taxes[0].amount is None and t is not None and not unprinted_zero:
        taxes[0].amount = _q(t)


def _set_taxes(ext: Extraction, taxes: list[TaxRow], choice: Choice | None, source: str) -> None:
    if not taxes:
        return
    ext.taxes = [
        TaxLine(
            t.rate,
            _q(t.base) if t.base is not None else None,
            _q(t.amount) if t.amount is not None else None,
            t.category,
            t.exemption,
        )
        for t in taxes
    ]
    complete = all(t.base is not None and t.amount is not None for t in taxes)
    sums = (
        choice is not None
        and choice.tax is not None
        and _close(sum((t.amount or 0) for t in taxes), choice.tax.value)
    )
    ext.taxes_confidence = 0.95 if complete and sums else 0.75 if complete else 0.5
    if complete and sums and choice.consistent and all(t.row is not None for t in taxes):
        # Printed per rate and adding up: surer than a VAT the QR-bill stage computes itself.
        ext.taxes_confidence = 0.97
    if all(t.row is None for t in taxes):
        ext.taxes_confidence = min(ext.taxes_confidence, 0.7)  # rate implied, not printed


# --- line items --------------------------------------------------------------------------

_COLUMNS = {
    "desc": r"bezeichnung|beschreibung|designation|description|descrizione|artikel|article|libelle|leistung|produit|prodotto|item|text|prestation"
    # Dutch, Spanish, Portuguese
    r"|omschrijving|concepto|descripcion|articulo|producto|descricao|designacao|artigo|produto",
    "qty": r"menge|anzahl|anz\.|qte|quantite|qty|quantity|quantita|qta|stk"
    r"|aantal|hoeveelheid|cantidad|cant\.|unidades|uds\.?|quantidade|qtd\.?|qde\.?",
    "price": r"einzelpreis|preis|prix|unit\s?price|price|prezzo|p\.u\.|tarif"
    r"|prijs|precio|preco|p\.\s?unit",
    "amount": r"betrag|montant|amount|importo|total|gesamt|summe|bedrag|totaal|importe|valor|montante",
}
_POS_HEADER = re.compile(r"^\W*(?:pos|item|nr|no\b|n°|#|lig)")
_STOP_KINDS = {"total", "untaxed", "subtotal", "due", "tax", "carried", "discount", "rounding"}


def _is_header(row: Row) -> bool:
    found = {k for k, p in _COLUMNS.items() if re.search(p, row.norm)}
    return "desc" in found and len(found) >= 3 and not _money_in(row)


@dataclass
class _Item:
    line: InvoiceLine
    row: Row
    checked: bool  # quantity * unit price = subtotal
    pos: int | None  # leading position number


def extract_lines(rows: list[Row], ext: Extraction) -> list[InvoiceLine]:
    """Line items when the table is readable (each row checks qty * price = amount)."""
    items: list[_Item] = []
    header: Row | None = None
    for row in rows:
        if _is_header(row):
            header = row
            continue
        if header is None or row.page != header.page:
            continue
        if any(g.kind in _STOP_KINDS and _money(g) for g in row_groups(row)[:1]):
            header = None
            continue
        item = _parse_item(row)
        if item is not None:
            items.append(item)
    if not items or sum(i.checked for i in items) < 0.8 * len(items):
        return []
    rates = {t.rate for t in ext.taxes}
    sequential = [i.pos for i in items] == list(range(1, len(items) + 1))
    out = []
    for item in items:
        if item.pos is not None and sequential:
            item.line.description = re.sub(r"^\s*\d{1,3}\.?\s+", "", item.line.description)
        if item.line.tax_rate is None and len(rates) == 1:
            item.line.tax_rate = next(iter(rates))
        out.append(item.line)
    return out


def _parse_item(row: Row) -> _Item | None:
    item = _parse_amounts(row, row.amounts)
    if item is None or not item.checked:
        other = _parse_amounts(row, find_amounts(row.text, space_groups=False))
        if other is not None and other.checked:
            return other
    return item


def _parse_amounts(row: Row, amounts: list[Amount]) -> _Item | None:
    if len(amounts) < 2 or not amounts[-1].money_like:
        return None
    subtotal = amounts[-1]
    before = amounts[:-1][-4:]
    rate = next((p.value for p in reversed(row.percents) if p.start < subtotal.start), None)
    disc = (
        [p.value for p in row.percents if p.start < subtotal.start][:-1] if rate is not None else []
    )
    pair = _qty_price(before, subtotal.value, disc)
    checked = pair is not None
    if pair is None:
        pair = (before[-2], before[-1]) if len(before) >= 2 else (None, before[-1])
    qty, price = pair
    cut = (qty or price).start
    description = row.text[:cut].strip(" -–·:")  # noqa: RUF001
    if not re.search(r"[A-Za-zÀ-ÿ]{2}", description):
        return None
    m = re.match(r"\s*(\d{1,3})\b", row.text)
    return _Item(
        InvoiceLine(
            description,
            abs(qty.value) if qty else None,
            price.value,
            rate,
            subtotal.value,
        ),
        row,
        checked,
        int(m.group(1)) if m and m.start(1) < cut else None,
    )


def _qty_price(
    nums: list[Amount], subtotal: Decimal, discounts: list[Decimal]
) -> tuple[Amount, Amount] | None:
    """The rightmost (quantity, unit price) pair whose product is the line amount."""
    factors = [Decimal(1)] + [1 - d / 100 for d in discounts]
    for j in range(len(nums) - 1, 0, -1):
        for i in range(j - 1, -1, -1):
            qty, price = nums[i].value, nums[j].value
            for f in factors:
                if qty > 0 and _close(
                    qty * price * f, subtotal, max(Decimal("0.011"), abs(qty) * Decimal("0.005"))
                ):
                    return nums[i], nums[j]
    return None
