"""The French CA3 (3310-CA3-SD) from Odoo 19 ``l10n_fr_account`` tag balances. Pure function,
data in, box codes out (reference B2/B3).

Input: ``{tag name: balance}`` (the unsigned tag name, e.g. ``08_base``, ``A1``, ``20``; balance =
Σ (debit - credit) in EUR of the posted, tax-exigible lines carrying the tag in the month),
manual adjustments per box (``{box: amount}``; the add-on keeps their reasons), the credit of
line 27 of the previous return (carried to line 22) and the refund claimed on form 3519 (line 26).

Rules, as Odoo's report computes them (``tax_report_data.xml``):

- a box = tag formula (a leading ``-`` negates) + adjustment, rounded to whole euros HALF-UP,
  shown only when positive (a negative result is shown as 0 with a ``NEGATIVE_BOX`` note);
- taxable bases 08/09/9B/10/11 = - sales tag + reverse-charge tag; their tax = rounded base x rate,
  rounded (the booked ``..._taxe`` tags are not used: ``TAX_ROUNDING`` gives the gap to book);
  T1-T6, P1, P2, I1-I6 likewise; T7, 13, 14 take their tax tag;
- 16 = Σ tax boxes + 15 + 5B; 23 = 19 + 20 + 21 + 22 + 2C; 25 = 23 - 16 and TD = 16 - 23 (the
  positive one); 27 = 25 - 26 - AA (it feeds line 22 of the next return); 28 = TD - X5;
  32 = 28 + 29 + Z5.

Each box keeps its EDI code(s) (base, tax) for an accredited EDI partner. :data:`NOT_FED_BY_ODOO`
lists the boxes no Odoo CE tax template feeds (manual entries or our own taxes).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

__all__ = [
    "BOXES",
    "HEADER_FLAGS",
    "INACTIVE_BY_DEFAULT",
    "NOT_FED_BY_ODOO",
    "REGIMES",
    "Ca3Box",
    "Ca3Return",
    "ca3_header",
    "ca3_return",
    "round_euro",
]

REFUND_MINIMUM = Decimal(760)  # form 3519
REFUND_MINIMUM_ANNUAL = Decimal(150)  # annual / December claim


@dataclass(frozen=True)
class Ca3Box:
    """A CA3 box: ``tags`` (formulas), ``rate`` (its tax is rounded base x rate), ``tax_tags``
    (its tax comes from tags), EDI codes for the base / amount and the tax."""

    code: str
    tags: tuple[str, ...] = ()
    edi: str | None = None
    rate: Decimal | None = None
    edi_tax: str | None = None
    tax_tags: tuple[str, ...] = ()


def _b(code, tags=(), edi=None, rate=None, edi_tax=None, tax_tags=()) -> Ca3Box:  # noqa: PLR0917
    return Ca3Box(code, tuple(tags), edi, Decimal(rate) if rate else None, edi_tax, tuple(tax_tags))


# Operations (A-F), bases with their tax (08 ... I6), other lines. Order = the form's.
BOXES: tuple[Ca3Box, ...] = (
    _b("A1", ["-A1"], "CA"),
    _b("A2", ["A2"], "CB"),
    _b("A3", ["A3"], "KH"),
    _b("A4", ["A4"], "DK"),
    _b("A5", ["A5"], "KV"),
    _b("B1", ["B1"], "CH"),
    _b("B2", ["B2"], "CC"),
    _b("B3", ["B3"], "CF"),
    _b("B4", ["B4"], "CG"),
    _b("B5", ["B5"], "CE"),
    _b("E1", ["-E1"], "DA"),
    _b("E2", ["-E2"], "DB"),
    _b("E3", ["E3"], "DH"),
    _b("E4", ["E4"], "KW"),
    _b("E5", ["E5"], "KX"),
    _b("E6", ["E6"], "KY"),
    _b("F1", ["F1"], "KZ"),
    _b("F2", ["-F2"], "DC"),
    _b("F3", ["F3"], "DF"),
    _b("F4", ["F4"], "DJ"),
    _b("F5", ["F5"], "LA"),
    _b("F6", ["F6"], "DD"),
    _b("F7", ["F7"], "DG"),
    _b("F8", ["7B"], "DE"),  # Odoo: code box_7B, tag 7B, "Accruals"
    _b("F9", ["F9"], "LR"),
    _b("08", ["-08_base", "08_base_rc"], "FP", "0.20", "GP"),
    _b("09", ["-09_base", "09_base_rc"], "FB", "0.055", "GB"),
    _b("9B", ["-9B_base", "9B_base_rc"], "FR", "0.10", "GR"),
    _b("10", ["-10_base", "10_base_rc"], "FM", "0.085", "GM"),
    _b("11", ["-11_base", "11_base_rc"], "FN", "0.021", "GN"),
    _b("T1", ["T1_base"], "BQ", "0.0175", "CQ"),
    _b("T2", ["T2_base"], "BP", "0.0105", "CP"),
    _b("T3", ["T3_base"], "BS", "0.10", "CS"),
    _b("T4", ["T4_base"], "BF", "0.021", "MC"),
    _b("T5", ["T5_base"], "BE", "0.009", "MA"),
    _b("T6", ["T6_base"], "MF", "0.021", "ME"),
    _b("T7", ["T7_base"], "MG", None, "MD", ["T7_taxe"]),
    _b("13", ["13_base"], "FC", None, "GC", ["13_taxe"]),
    _b("14", ["14_base"], None, None, None, ["14_taxe"]),
    _b("P1", ["P1_base"], "GS", "0.20", "GT"),
    _b("P2", ["P2_base"], "GU", "0.13", "GV"),
    _b("I1", ["I1_base"], "LB", "0.20", "LC"),
    _b("I2", ["I2_base"], "LD", "0.10", "LE"),
    _b("I3", ["I3_base"], "LF", "0.085", "LG"),
    _b("I4", ["I4_base"], "LH", "0.055", "LJ"),
    _b("I5", ["I5_base"], "LK", "0.021", "LL"),
    _b("I6", ["I6_base"], "LM", "0.0105", "LN"),
    _b("15", ["15"], "GG"),
    _b("15_1", ["15_1"], "GA"),
    _b("15_2", ["15_2"], "LQ"),
    _b("5B", ["5B"], "KS"),
    _b("17", ["-17"], "GJ"),
    _b("18", ["18"], "GK"),
    _b("19", ["19"], "HA"),
    _b("20", ["20"], "HB"),
    _b("21", ["21"], "HC"),
    _b("22", ["22"], "HD"),  # + carry-over of the previous line 27
    _b("2C", ["2C"], "KU"),
    _b("22A", ["22A"], "HE"),
    _b("24", ["24"], "HF"),
    _b("2E", ["2E"], "HL"),
    _b("AA", ["AA"], "KJ"),
    _b("29", ["29"], "KB"),
)
# Totals and manual lines with their EDI codes.
TOTAL_EDI = {
    "16": "GH",
    "23": "HG",
    "25": "JA",
    "TD": "KA",
    "26": "JB",
    "27": "JC",
    "28": "ND",
    "AB": "KL",
    "32": "KE",
}
# Header flags of the EDI return (OCA data).
HEADER_FLAGS = {
    "nil_return": "KF",
    "group_member": "HJ",
    "single_taxpayer_representative": "LS",
    "payment_by_offset": "BB",
    "express_mention": "BC",
    "paid_leave_instalment": "AA",
    "other": "AC",
}
# No Odoo 19 CE tax template feeds these (reference B3): manual adjustments or our own taxes.
NOT_FED_BY_ODOO = (
    "T1", "T2", "T3", "T4", "T5", "T6", "T7", "P1", "P2", "15", "15_1", "15_2", "21", "5B",
    "2C", "22", "26", "X1", "X2", "X3", "X4", "X5", "Y1", "Y2", "Y3", "Y4", "Y5", "Y6",
    "Z1", "Z2", "Z3", "Z4", "Z5", "AB",
)  # fmt: skip
# Fed by Odoo taxes that ship inactive (DOM 8.5 % / 2.1 %).
INACTIVE_BY_DEFAULT = ("10", "11")

_TAX_BOXES = tuple(b.code for b in BOXES if b.rate is not None or b.tax_tags)


def round_euro(value: Decimal | int | str) -> Decimal:
    """Whole euros, HALF-UP (Odoo ``round(0)`` on the report)."""
    return Decimal(str(value)).quantize(Decimal(1), rounding=ROUND_HALF_UP)


@dataclass
class Ca3Return:
    """``boxes``: box -> whole euros as filed (0 when not positive); ``taxes``: box -> tax of the
    bases 08...I6; ``edi``: EDI code -> amount (non-zero only); ``notes``: (code, data)."""

    boxes: dict[str, Decimal]
    taxes: dict[str, Decimal]
    edi: dict[str, Decimal]
    notes: list[tuple[str, dict]] = field(default_factory=list)
    raw: dict[str, Decimal] = field(default_factory=dict)

    def note_codes(self) -> set[str]:
        return {code for code, _ in self.notes}


def _formula(balances: Mapping[str, Decimal], formulas: tuple[str, ...]) -> Decimal:
    total = Decimal(0)
    for formula in formulas:
        value = balances.get(formula.lstrip("-"), Decimal(0))
        total += -value if formula.startswith("-") else value
    return total


def ca3_return(  # noqa: PLR0912, PLR0915 - the form, line by line
    balances: Mapping[str, Decimal | int | str],
    *,
    adjustments: Mapping[str, Decimal | int | str] | None = None,
    previous_credit: Decimal | int | str = 0,
    refund_requested: Decimal | int | str = 0,
    refund_annual: bool = False,
    tic_offset: Decimal | int | str = 0,
    tic_due: Decimal | int | str = 0,
) -> Ca3Return:
    """The CA3 boxes for one period (see the module doc).

    ``previous_credit``: line 27 of the previous return (-> 22); ``refund_requested``: line 26
    (form 3519), checked against line 25 and the minimum (€760, €150 with ``refund_annual``);
    ``tic_offset`` (X5) and ``tic_due`` (Z5): TIC lines kept manual."""
    balances = {k: Decimal(str(v)) for k, v in balances.items()}
    adjustments = {k: Decimal(str(v)) for k, v in (adjustments or {}).items()}
    notes: list[tuple[str, dict]] = []
    known = {f.lstrip("-") for b in BOXES for f in (*b.tags, *b.tax_tags)}
    known |= {f"{b.code}_taxe" for b in BOXES if b.rate is not None}
    unknown = sorted(set(balances) - known)
    if unknown:
        notes.append(("UNKNOWN_TAGS", {"tags": unknown}))
    bad_adjust = sorted(set(adjustments) - {b.code for b in BOXES} - {"16", "23"})
    if bad_adjust:
        notes.append(("UNKNOWN_ADJUSTMENTS", {"boxes": bad_adjust}))

    boxes: dict[str, Decimal] = {}
    taxes: dict[str, Decimal] = {}
    raw: dict[str, Decimal] = {}
    for box in BOXES:
        value = _formula(balances, box.tags) + adjustments.get(box.code, Decimal(0))
        if box.code == "22":
            value += Decimal(str(previous_credit))
        raw[box.code] = value
        rounded = round_euro(value)
        if rounded < 0:
            notes.append(("NEGATIVE_BOX", {"box": box.code, "value": rounded}))
            rounded = Decimal(0)
        boxes[box.code] = rounded
        if box.rate is not None:
            taxes[box.code] = round_euro(rounded * box.rate)
        elif box.tax_tags:
            taxes[box.code] = max(round_euro(_formula(balances, box.tax_tags)), Decimal(0))
        if box.rate is not None:
            booked = -_formula(balances, (f"{box.code}_taxe",)) if box.code[0].isdigit() else None
            if booked is not None and booked and round_euro(booked) != taxes[box.code]:
                notes.append(
                    (
                        "TAX_ROUNDING",
                        {"box": box.code, "computed": taxes[box.code], "booked": booked},
                    )
                )

    boxes["16"] = sum((taxes[c] for c in _TAX_BOXES), Decimal(0)) + boxes["15"] + boxes["5B"]
    boxes["23"] = boxes["19"] + boxes["20"] + boxes["21"] + boxes["22"] + boxes["2C"]
    difference = boxes["23"] - boxes["16"]
    boxes["25"] = difference if difference > 0 else Decimal(0)
    boxes["TD"] = -difference if difference < 0 else Decimal(0)
    refund = round_euro(refund_requested)
    if refund:
        if refund > boxes["25"]:
            notes.append(("REFUND_ABOVE_CREDIT", {"refund": refund, "credit": boxes["25"]}))
        minimum = REFUND_MINIMUM_ANNUAL if refund_annual else REFUND_MINIMUM
        if refund < minimum:
            notes.append(("REFUND_BELOW_MINIMUM", {"refund": refund, "minimum": minimum}))
    boxes["26"] = refund
    carry = boxes["25"] - boxes["26"] - boxes["AA"]
    boxes["27"] = carry if carry > 0 else Decimal(0)
    boxes["X5"] = round_euro(tic_offset)
    net = boxes["TD"] - boxes["X5"]
    boxes["28"] = net if net > 0 else Decimal(0)
    boxes["Z5"] = round_euro(tic_due)
    boxes["32"] = boxes["28"] + boxes["29"] + boxes["Z5"]

    edi: dict[str, Decimal] = {}
    for box in BOXES:
        if box.edi and boxes[box.code]:
            edi[box.edi] = boxes[box.code]
        if box.edi_tax and taxes.get(box.code):
            edi[box.edi_tax] = taxes[box.code]
    for code, edi_code in TOTAL_EDI.items():
        if boxes.get(code):
            edi[edi_code] = boxes[code]
    fed_manually = sorted(
        c for c in NOT_FED_BY_ODOO if boxes.get(c) and c not in ("22", "26", "X5", "Z5")
    )
    if fed_manually:
        notes.append(("NOT_FED_BY_ODOO", {"boxes": fed_manually}))
    return Ca3Return(boxes, taxes, edi, notes, raw)


# Réel normal: the CA3 is monthly, quarterly when the yearly VAT is below 4,000 EUR (B1).
REGIMES = {"normal_monthly": 1, "normal_quarterly": 3}


def _months(start: date, end: date) -> int | None:
    """Whole calendar months from ``start`` (a 1st) to ``end`` (a month's end), else None."""
    following = date(end.year + (end.month == 12), end.month % 12 + 1, 1)
    if start.day != 1 or (following - end).days != 1 or start > end:
        return None
    return (end.year - start.year) * 12 + end.month - start.month + 1


def ca3_header(
    result: Ca3Return,
    *,
    regime: str,
    flags: Iterable[str] = (),
    period_from: date | None = None,
    period_to: date | None = None,
) -> tuple[list[tuple[str, str, str]], list[tuple[str, dict]]]:
    """The header of the CA3: ``[(key, EDI code, value)]`` and notes (code, data).

    Rows: ``regime`` (a key of :data:`REGIMES`), the period, then every flag of
    :data:`HEADER_FLAGS` (``1`` set, ``0`` not), then the annexes the figures call for (``1``
    when used): ``refund_3519`` (line 26), ``annex_3310_a`` (line 29), ``annex_3310_tic``
    (X5 / Z5).

    Notes (errors unless said): ``REGIME`` (unknown regime), ``UNKNOWN_FLAG``,
    ``PERIOD_REGIME`` (the period is not one month, or one calendar quarter, as the regime
    wants), ``NIL_RETURN_NOT_NIL`` (nil return flagged with a box not zero),
    ``NIL_RETURN_POSSIBLE`` (info: every box is zero and the flag is not set)."""
    flags = set(flags)
    notes: list[tuple[str, dict]] = []
    if regime not in REGIMES:
        notes.append(("REGIME", {"value": regime}))
    unknown = sorted(flags - set(HEADER_FLAGS))
    if unknown:
        notes.append(("UNKNOWN_FLAG", {"flags": unknown}))
    if regime in REGIMES and period_from and period_to:
        months = _months(period_from, period_to)
        expected = REGIMES[regime]
        aligned = expected == 1 or (period_from.month - 1) % 3 == 0
        if months != expected or not aligned:
            notes.append(("PERIOD_REGIME", {"regime": regime, "months": months or 0}))
    not_zero = sorted(code for code, value in result.boxes.items() if value)
    not_zero += sorted(f"{code} (tax)" for code, value in result.taxes.items() if value)
    if "nil_return" in flags and not_zero:
        notes.append(("NIL_RETURN_NOT_NIL", {"boxes": not_zero}))
    if "nil_return" not in flags and not not_zero:
        notes.append(("NIL_RETURN_POSSIBLE", {}))
    rows: list[tuple[str, str, str]] = [("regime", "", regime)]
    if period_from and period_to:
        rows += [
            ("period_from", "", f"{period_from:%Y%m%d}"),
            ("period_to", "", f"{period_to:%Y%m%d}"),
        ]
    rows += [(key, edi, "1" if key in flags else "0") for key, edi in HEADER_FLAGS.items()]
    boxes = result.boxes
    rows += [
        ("refund_3519", TOTAL_EDI["26"], "1" if boxes.get("26") else "0"),
        ("annex_3310_a", "KB", "1" if boxes.get("29") else "0"),
        ("annex_3310_tic", "", "1" if boxes.get("X5") or boxes.get("Z5") else "0"),
    ]
    return rows, notes
