"""The Swiss VAT return (ESTV form) from Odoo 19 ``l10n_ch`` tag balances, and from per-rate
turnover for the net tax rate method. Pure functions, data in, box codes out.

Input of :func:`effective_return`: ``{tag name: balance}`` where the tag name is the unsigned
``account.account.tag`` name (``303a``, ``303b``, ``400``...) and the balance is Σ (debit -
credit) in CHF of the posted, tax-exigible move lines carrying the tag in the period (the add-on
applies ``_get_tax_exigible_domain()``). The l10n_ch formulas are applied with their signs
(a leading ``-`` negates), then the points of reference A4 are handled:

- **205 quirk**: Odoo's box 200 adds 205 on top of the 3xx turnovers although 205 is an "of
  which" memo; here 200 = Σ 3xx turnover + 289 and 205 is only sent as ``opted``. The Odoo
  figure is kept in ``odoo_200`` and a ``QUIRK_205`` note is raised when they differ.
- **signs**: 205, 221, 225 (sales-type tags with a positive formula, so credit postings come out
  negative) and 415, 420 (subtracted in 479, so they must be positive) are taken as absolute
  values, with a ``SIGN_NORMALISED`` note naming the tag when the raw sign was the other one.
- **tax per rate** is what the ESTV computes: turnover x rate, to the cent; the booked tax of the
  ``...b`` tags is kept beside it and a ``TAX_ROUNDING`` note gives the difference to reconcile.

Net tax rate (Saldosteuersatz) and flat tax rate: :func:`net_tax_rate_return` from gross
turnover per approved rate and vintage (boxes 322/323, 332/333, 382/383, 470, 471, 479). Odoo
CE has no tags for them (reference A4): the add-on supplies the turnover.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from fincycle.vat import ech0217
from fincycle.vat import rates as vat_rates

__all__ = [
    "EFFECTIVE_RATE_BOXES",
    "NET_RATE_BOXES",
    "TAG_FORMULAS",
    "ChReturn",
    "NetRateBucket",
    "NetRateRow",
    "effective_return",
    "net_tax_rate_from_tags",
    "net_tax_rate_return",
    "to_ech0217",
]

_CENT = Decimal("0.01")

# box -> l10n_ch tag formula (Odoo 19 CE l10n_ch/data/account_tax_report_data.xml)
TAG_FORMULAS: dict[str, str] = {
    "205": "205",
    "220": "-220",
    "221": "221",
    "225": "225",
    "230": "-230",
    "235": "235",
    "280": "280",
    "302a": "-302a",
    "302b": "-302b",
    "303a": "-303a",
    "303b": "-303b",
    "312a": "-312a",
    "312b": "-312b",
    "313a": "-313a",
    "313b": "-313b",
    "342a": "-342a",
    "342b": "-342b",
    "343a": "-343a",
    "343b": "-343b",
    "382a": "382a",
    "382b": "-382b",
    "383a": "383a",
    "383b": "-383b",
    "400": "400",
    "405": "405",
    "410": "410",
    "415": "415",
    "420": "420",
    "900": "-900",
    "910": "-910",
}
# Tags whose sign is normalised to a positive amount (reference A4 pitfall 2).
SIGN_NORMALISED = ("205", "221", "225", "415", "420")
# Effective method: turnover box -> (statutory rate, vintage). 3xx are supplies, 38x acquisition.
EFFECTIVE_RATE_BOXES: dict[str, tuple[Decimal, str]] = {
    "302": (Decimal("7.7"), "until_2023"),
    "303": (Decimal("8.1"), "from_2024"),
    "312": (Decimal("2.5"), "until_2023"),
    "313": (Decimal("2.6"), "from_2024"),
    "342": (Decimal("3.7"), "until_2023"),
    "343": (Decimal("3.8"), "from_2024"),
    "382": (Decimal("7.7"), "until_2023"),
    "383": (Decimal("8.1"), "from_2024"),
}
SUPPLY_BOXES = ("302", "303", "312", "313", "342", "343")
ACQUISITION_BOXES = ("382", "383")
DEDUCTION_BOXES = ("220", "221", "225", "230", "235", "280")


@dataclass
class ChReturn:
    """Boxes by ESTV code (CHF, 2 decimals). ``rates``: per turnover box the rate, turnover,
    tax the ESTV computes and tax booked. ``notes``: (code, data) for the accountant."""

    method: str
    boxes: dict[str, Decimal]
    rates: dict[str, dict]
    notes: list[tuple[str, dict]] = field(default_factory=list)
    odoo_200: Decimal | None = None

    def note_codes(self) -> set[str]:
        return {code for code, _ in self.notes}


def _q(value: Decimal) -> Decimal:
    return Decimal(value).quantize(_CENT, rounding=ROUND_HALF_UP)


def _tag_value(balances: Mapping[str, Decimal], formula: str) -> Decimal:
    negate = formula.startswith("-")
    value = Decimal(str(balances.get(formula.lstrip("-"), 0)))
    return -value if negate else value


def effective_return(balances: Mapping[str, Decimal | int | str]) -> ChReturn:
    """The effective-method boxes 200 ... 510 and 900/910 from l10n_ch tag balances."""
    balances = {k: Decimal(str(v)) for k, v in balances.items()}
    notes: list[tuple[str, dict]] = []
    unknown = sorted(set(balances) - set(TAG_FORMULAS))
    if unknown:
        notes.append(("UNKNOWN_TAGS", {"tags": unknown}))
    boxes: dict[str, Decimal] = {}
    for box in ("205", *DEDUCTION_BOXES, "400", "405", "410", "415", "420", "900", "910"):
        value = _tag_value(balances, TAG_FORMULAS[box])
        if box in SIGN_NORMALISED and value < 0:
            notes.append(("SIGN_NORMALISED", {"tag": box, "raw": value}))
            value = -value
        boxes[box] = _q(value)

    rate_rows: dict[str, dict] = {}
    computed_tax = Decimal(0)
    booked_tax = Decimal(0)
    for box, (rate, vintage) in EFFECTIVE_RATE_BOXES.items():
        turnover = _q(_tag_value(balances, TAG_FORMULAS[f"{box}a"]))
        booked = _q(_tag_value(balances, TAG_FORMULAS[f"{box}b"]))
        tax = _q(turnover * rate / 100)
        boxes[box] = turnover
        computed_tax += tax
        booked_tax += booked
        if turnover or booked:
            rate_rows[box] = {
                "rate": rate,
                "vintage": vintage,
                "turnover": turnover,
                "tax": tax,
                "booked_tax": booked,
            }
            if tax != booked:
                notes.append(
                    (
                        "TAX_ROUNDING",
                        {"box": box, "computed": tax, "booked": booked, "difference": booked - tax},
                    )
                )

    boxes["289"] = sum((boxes[b] for b in DEDUCTION_BOXES), Decimal(0))
    supplies = sum((boxes[b] for b in SUPPLY_BOXES), Decimal(0))
    boxes["200"] = supplies + boxes["289"]
    boxes["299"] = boxes["200"] - boxes["289"]
    odoo_200 = boxes["200"] + boxes["205"]
    if boxes["205"]:
        notes.append(
            ("QUIRK_205", {"box_200": boxes["200"], "odoo_200": odoo_200, "opted": boxes["205"]})
        )
    boxes["399"] = computed_tax
    boxes["479"] = boxes["400"] + boxes["405"] + boxes["410"] - boxes["415"] - boxes["420"]
    balance = boxes["399"] - boxes["479"]
    boxes["500"] = balance if balance > 0 else Decimal("0.00")
    boxes["510"] = -balance if balance < 0 else Decimal("0.00")
    boxes["399_booked"] = booked_tax
    return ChReturn("effective", boxes, rate_rows, notes, odoo_200)


@dataclass(frozen=True)
class NetRateRow:
    """Gross turnover (incl. VAT) at an approved net tax rate, for supplies of one vintage
    (``supply_day``: any day of the supplies, it picks the rate ladder). ``activity`` /
    ``activity_id``: flat-rate label, ESTV 5-character code from 2025. ``slot``: 0 for the
    first approved rate (boxes 322/323), 1 for the second (332/333); None = by order of the
    rows."""

    rate: Decimal
    gross_turnover: Decimal
    supply_day: date
    activity: str | None = None
    activity_id: str | None = None
    slot: int | None = None


def net_tax_rate_return(  # noqa: PLR0915 - the form, box by box
    rows: Iterable[NetRateRow],
    *,
    total_consideration: Decimal,
    deductions: Mapping[str, Decimal] | None = None,
    acquisition: Mapping[str, Decimal] | None = None,
    compensation_export: Decimal = Decimal(0),
    deemed_input_tax: Decimal = Decimal(0),
    subsidies: Decimal = Decimal(0),
    donations: Decimal = Decimal(0),
    approved_rates: Iterable[Decimal] | None = None,
) -> ChReturn:
    """The net-tax-rate (SSS) form: 200 gross, deductions 220...280 (``{box: amount}``),
    rows 322/323 (first rate, supplies until 2023 / from 2024) and 332/333 (second rate),
    acquisition tax 382/383 (``{"382"|"383": turnover}``, statutory rate), 399, 470 (export
    credit, form 1050), 471 (deemed input tax / margin, forms 1055/1056), 479 = 470 + 471,
    500/510, 900/910.

    Notes: ``RATE_NOT_ON_LADDER`` (not a net tax rate of the supply's vintage),
    ``RATE_NOT_APPROVED`` (not in ``approved_rates``), ``TOO_MANY_RATES`` (more than two
    rates per vintage: the form has two rows), ``TURNOVER_MISMATCH`` (299 != Σ rows)."""
    rows = list(rows)
    notes: list[tuple[str, dict]] = []
    approved = {Decimal(str(r)) for r in approved_rates} if approved_rates else None
    boxes: dict[str, Decimal] = {"200": _q(Decimal(str(total_consideration)))}
    for box in DEDUCTION_BOXES:
        boxes[box] = _q(Decimal(str((deductions or {}).get(box, 0))))
    boxes["289"] = sum((boxes[b] for b in DEDUCTION_BOXES), Decimal(0))
    boxes["299"] = boxes["200"] - boxes["289"]
    for box in ("322", "323", "332", "333"):
        boxes[box] = Decimal("0.00")

    rate_rows: dict[str, dict] = {}
    order: dict[str, list[Decimal]] = {"until_2023": [], "from_2024": []}
    tax_total = Decimal(0)
    for row in rows:
        rate = Decimal(str(row.rate))
        vintage = "from_2024" if row.supply_day >= date(2024, 1, 1) else "until_2023"
        ladder = vat_rates.ch_net_tax_rates(row.supply_day) or ()
        if rate not in ladder:
            notes.append(("RATE_NOT_ON_LADDER", {"rate": rate, "supply_day": row.supply_day}))
        if approved is not None and rate not in approved:
            notes.append(("RATE_NOT_APPROVED", {"rate": rate}))
        if rate not in order[vintage]:
            order[vintage].append(rate)
        position = order[vintage].index(rate) if row.slot is None else row.slot
        if position > 1:
            notes.append(("TOO_MANY_RATES", {"vintage": vintage, "rate": rate}))
        box = ("322", "332", "3x2")[min(position, 2)]
        if vintage == "from_2024":
            box = box[:2] + "3"
        entry = rate_rows.setdefault(
            f"{box}:{rate}",
            {
                "box": box,
                "rate": rate,
                "vintage": vintage,
                "turnover": Decimal(0),
                "tax": Decimal(0),
                "activity": row.activity,
                "activity_id": row.activity_id,
            },
        )
        entry["turnover"] += _q(Decimal(str(row.gross_turnover)))
    for entry in rate_rows.values():
        entry["tax"] = _q(entry["turnover"] * entry["rate"] / 100)
        tax_total += entry["tax"]
        boxes[entry["box"]] = boxes.get(entry["box"], Decimal(0)) + entry["turnover"]
    supplies_total = sum((e["turnover"] for e in rate_rows.values()), Decimal(0))
    if supplies_total != boxes["299"]:
        notes.append(
            ("TURNOVER_MISMATCH", {"box_299": boxes["299"], "supplies_total": supplies_total})
        )
    for box in ACQUISITION_BOXES:
        turnover = _q(Decimal(str((acquisition or {}).get(box, 0))))
        rate = EFFECTIVE_RATE_BOXES[box][0]
        boxes[box] = turnover
        if turnover:
            tax = _q(turnover * rate / 100)
            rate_rows[box] = {
                "box": box,
                "rate": rate,
                "turnover": turnover,
                "tax": tax,
                "acquisition": True,
            }
            tax_total += tax
    boxes["399"] = tax_total
    boxes["470"] = _q(Decimal(str(compensation_export)))
    boxes["471"] = _q(Decimal(str(deemed_input_tax)))
    boxes["479"] = boxes["470"] + boxes["471"]
    balance = boxes["399"] - boxes["479"]
    boxes["500"] = balance if balance > 0 else Decimal("0.00")
    boxes["510"] = -balance if balance < 0 else Decimal("0.00")
    boxes["900"] = _q(Decimal(str(subsidies)))
    boxes["910"] = _q(Decimal(str(donations)))
    return ChReturn("net_tax_rate", boxes, rate_rows, notes)


# Net tax rate form: (box until 2023, box from 2024) per approved rate (first, second).
NET_RATE_BOXES = (("322", "323"), ("332", "333"))
# l10n_ch supply boxes by vintage: their base and tax tags make the gross turnover.
_VINTAGE_SUPPLY_BOXES = {
    "until_2023": ("302", "312", "342"),
    "from_2024": ("303", "313", "343"),
}
_VINTAGE_DAY = {"until_2023": date(2023, 12, 31), "from_2024": date(2024, 1, 1)}


@dataclass(frozen=True)
class NetRateBucket:
    """The tag balances (as for :func:`effective_return`) of the documents whose supplies go to
    one approved net tax rate. ``rate``: the approved rate as the ESTV letter gives it (either
    ladder; the rate of the other vintage is the same rung, see
    :func:`rates.ch_net_tax_rate_on`); None when no rate is set. ``activity_id``: the ESTV
    activity code (5 characters) of the rate, needed from 2025."""

    rate: Decimal | None
    balances: Mapping[str, Decimal | int | str]
    activity_id: str | None = None


def net_tax_rate_from_tags(
    buckets: Iterable[NetRateBucket],
    *,
    adjustments: Mapping[str, Decimal | int | str] | None = None,
) -> ChReturn:
    """The net-tax-rate form from Odoo's l10n_ch tags (Odoo CE has no net-rate tags).

    Each bucket is one approved rate (the first bucket: boxes 322/323, the second: 332/333).
    Its gross turnover (incl. VAT) per vintage = the supply base tags plus their tax tags
    (302/312/342 a+b until 2023, 303/313/343 a+b from 2024); the tax due = gross turnover x
    net tax rate of the supply's vintage. Deductions 220...280, acquisition tax 382/383 (base
    tags, statutory rate) and 900/910 come from all buckets' tags. Box 200 = Σ gross turnover
    + 289 (gross, as the form wants). Input tax tags (400 ... 420) are not deducted under this
    method: ``INPUT_TAX_NOT_DEDUCTED`` gives their total when not zero.

    ``adjustments`` (box -> amount as shown): 322/323/332/333 (gross turnover), 220 ... 280,
    382/383, 470 (export credit), 471 (deemed input tax), 900/910.

    Notes, on top of :func:`net_tax_rate_return`'s: ``NET_RATE_MISSING`` (turnover for a rate
    that is not set; its rows are left out, so ``TURNOVER_MISMATCH`` follows),
    ``UNKNOWN_ADJUSTMENTS``, ``UNKNOWN_TAGS``."""
    buckets = list(buckets)
    adjustments = {k: Decimal(str(v)) for k, v in (adjustments or {}).items()}
    notes: list[tuple[str, dict]] = []
    total: dict[str, Decimal] = {}
    for bucket in buckets:
        for tag, value in bucket.balances.items():
            total[tag] = total.get(tag, Decimal(0)) + Decimal(str(value))
    unknown = sorted(set(total) - set(TAG_FORMULAS))
    if unknown:
        notes.append(("UNKNOWN_TAGS", {"tags": unknown}))
    allowed = {
        *DEDUCTION_BOXES,
        *ACQUISITION_BOXES,
        *(box for pair in NET_RATE_BOXES for box in pair),
        "470",
        "471",
        "900",
        "910",
    }
    bad = sorted(set(adjustments) - allowed)
    if bad:
        notes.append(("UNKNOWN_ADJUSTMENTS", {"boxes": bad}))

    def tag_value(balances, box):
        value = _tag_value({k: Decimal(str(v)) for k, v in balances.items()}, TAG_FORMULAS[box])
        if box in SIGN_NORMALISED and value < 0:
            value = -value
        return value

    deductions = {
        box: _q(tag_value(total, box) + adjustments.get(box, Decimal(0))) for box in DEDUCTION_BOXES
    }
    rows: list[NetRateRow] = []
    for slot, bucket in enumerate(buckets[:2]):
        for vintage, boxes in _VINTAGE_SUPPLY_BOXES.items():
            form_box = NET_RATE_BOXES[slot][vintage == "from_2024"]
            gross = sum(
                (tag_value(bucket.balances, f"{b}{part}") for b in boxes for part in "ab"),
                Decimal(0),
            )
            gross = _q(gross + adjustments.get(form_box, Decimal(0)))
            if not gross:
                continue
            day = _VINTAGE_DAY[vintage]
            rate = vat_rates.ch_net_tax_rate_on(bucket.rate, day) if bucket.rate else None
            if rate is None:
                notes.append(("NET_RATE_MISSING", {"box": form_box, "turnover": gross}))
                continue
            rows.append(NetRateRow(rate, gross, day, activity_id=bucket.activity_id, slot=slot))
    for bucket in buckets[2:]:
        notes.append(("TOO_MANY_RATES", {"rate": bucket.rate}))
    supplies = sum((row.gross_turnover for row in rows), Decimal(0))
    supplies += sum((n[1]["turnover"] for n in notes if n[0] == "NET_RATE_MISSING"), Decimal(0))
    acquisition = {
        box: _q(tag_value(total, f"{box}a") + adjustments.get(box, Decimal(0)))
        for box in ACQUISITION_BOXES
    }
    input_tax = sum((tag_value(total, box) for box in ("400", "405", "410")), Decimal(0)) - sum(
        (tag_value(total, box) for box in ("415", "420")), Decimal(0)
    )
    result = net_tax_rate_return(
        rows,
        total_consideration=supplies + sum(deductions.values(), Decimal(0)),
        deductions=deductions,
        acquisition=acquisition,
        compensation_export=adjustments.get("470", Decimal(0)),
        deemed_input_tax=adjustments.get("471", Decimal(0)),
        subsidies=tag_value(total, "900") + adjustments.get("900", Decimal(0)),
        donations=tag_value(total, "910") + adjustments.get("910", Decimal(0)),
    )
    if _q(input_tax):
        notes.append(("INPUT_TAX_NOT_DEDUCTED", {"amount": _q(input_tax)}))
    result.notes[:0] = notes
    return result


def to_ech0217(
    result: ChReturn,
    *,
    uid: str,
    organisation_name: str,
    period_from: date,
    period_till: date,
    method: str | None = None,
    form_of_reporting: str = "agreed",
    submission_type: str = "initial",
    business_reference_id: str = "",
    various_deduction_description: str = "",
    **extra,
) -> ech0217.ChVatReturn:
    """The :class:`ech0217.ChVatReturn` for a computed return (``method`` defaults to the
    return's; pass ``simple_tax_rate`` / ``flat_tax_rate`` for those variants). ``payable_tax`` is
    left to :func:`ech0217.computed_payable_tax`, i.e. what the ESTV computes from the file."""
    boxes = result.boxes
    method = method or result.method
    supplies = []
    acquisition = []
    for key, row in result.rates.items():
        target = acquisition if row.get("acquisition") or key in ACQUISITION_BOXES else supplies
        target.append(
            ech0217.SupplyRow(
                row["rate"],
                row["turnover"],
                activity=row.get("activity"),
                activity_id=row.get("activity_id"),
            )
        )
    values = {
        "uid": uid,
        "organisation_name": organisation_name,
        "period_from": period_from,
        "period_till": period_till,
        "method": method,
        "form_of_reporting": form_of_reporting,
        "submission_type": submission_type,
        "business_reference_id": business_reference_id,
        "total_consideration": boxes["200"],
        "supplies_to_foreign_countries": boxes.get("220"),
        "supplies_abroad": boxes.get("221"),
        "transfer_notification_procedure": boxes.get("225"),
        "supplies_exempt_from_tax": boxes.get("230"),
        "reduction_of_consideration": boxes.get("235"),
        "various_deduction": boxes.get("280"),
        "various_deduction_description": various_deduction_description,
        "supplies": supplies,
        "acquisition_tax": acquisition,
        "subsidies": boxes.get("900"),
        "donations": boxes.get("910"),
    }
    if result.method == "effective":
        values.update(
            opted=boxes.get("205"),
            input_tax_material_and_services=boxes.get("400"),
            input_tax_investments=boxes.get("405"),
            subsequent_input_tax_deduction=boxes.get("410"),
            input_tax_corrections=boxes.get("415"),
            input_tax_reductions=boxes.get("420"),
        )
    else:
        values.update(
            compensation_export=boxes.get("470"),
            deemed_input_tax_deduction=boxes.get("471"),
        )
    values.update(extra)
    return ech0217.ChVatReturn(**values)
