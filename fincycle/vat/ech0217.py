"""eCH-0217 v2.0.0 (E-MWST): the XML a Swiss VAT return is uploaded to the ESTV ePortal with.

:class:`ChVatReturn` is the plain return (figures by ESTV box, see the field comments);
:func:`build_xml` writes the file (element order as the XSD's sequences want; optional elements
left out when empty or zero); :func:`check_return` applies the rules the XSD does not carry
(eCH-0217 ch. 4.4 and 7, reference A3); :func:`validate_xsd` validates against the official
schemas in ``schemas/ech0217/`` (or a directory given), resolving every import locally, never
over the network. Findings are codes with data, no sentences.

Rule codes of :func:`check_return` (``error`` unless said):

- ``UID_FORMAT`` / ``UID_CHECK_DIGIT`` (MWST-0009): ``CHE`` + 9 digits, mod-11 check digit with
  the weights 5,4,3,2,7,6,5,4.
- ``PERIOD_ORDER``, ``PERIOD_BOUNDS`` (first day of a month … last day of a month).
- ``METHOD_PERIOD`` (MWST-0002): ``netTaxRateMethod`` only for periods until 31.12.2024,
  ``simpleTaxRateMethod`` only from 1.1.2025, a net/flat/simple period may not straddle the change;
  ``flatTaxRateMethod`` after 2024 is a warning (open point of the reference).
- ``PERIOD_LENGTH`` (MWST-0003): effective method quarterly (monthly or yearly: warning
  ``PERIOD_NEEDS_APPROVAL``), net/flat/simple half-yearly (yearly: ``PERIOD_NEEDS_APPROVAL``);
  the annual reconciliation covers 12 months. ``PERIOD_ALIGNMENT`` (warning): a quarter or half
  year that does not start on a calendar quarter / half year.
- ``TURNOVER_MISMATCH`` (MWST-0005): box 299 (200 - 220 - 221 - 225 - 230 - 235 - 280) must equal
  the sum of ``suppliesPerTaxRate/turnover`` to the cent (acquisition tax excluded).
- ``RATE_UNKNOWN`` (not a Swiss statutory rate, or for the net/flat/simple methods not on the net
  tax rate ladder), ``RATE_NOT_YET_VALID`` (a rate that starts after the period, e.g. 8.1 % in a
  2023 return), ``RATE_PREVIOUS_PERIOD`` (warning: 7.7 % in a 2024 return is right only for
  supplies made before 2024).
- ``ACTIVITY_ID`` (simple method: exactly 5 characters, ESTV-approved), ``ACTIVITY``,
  ``DESCRIPTION`` (box 280 needs a description ≤ 50), ``FIELD_LENGTH``, ``AMOUNT_PRECISION``
  (more than 2 decimals), ``PAYABLE_MISMATCH`` (warning: the given payable tax differs from
  Σ turnover x rate - deductions by more than the 5-Rappen rounding), ``METHOD``, ``CODE``.
- ``CREDITS_NOT_IN_METHOD``: the simple tax rate method (from 2025) has no element for the
  export credit (470) nor the deemed input tax / margin taxation (471); the file would not
  carry them and the ESTV would compute another payable tax (open point of the reference).
"""

from __future__ import annotations

import functools
import os
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal
from pathlib import Path

from fincycle.vat import rates as vat_rates

__all__ = [
    "FORMS_OF_REPORTING",
    "METHODS",
    "NS_0058",
    "NS_0217",
    "SCHEMA_DIR",
    "SUBMISSION_TYPES",
    "ChVatReturn",
    "EchFinding",
    "SupplyRow",
    "build_xml",
    "check_return",
    "computed_payable_tax",
    "deductions_total",
    "is_valid_uid",
    "normalize_uid",
    "taxable_turnover",
    "uid_check_digit",
    "validate_xsd",
]

NS_0217 = "http://www.ech.ch/xmlns/eCH-0217/2"
NS_0058 = "http://www.ech.ch/xmlns/eCH-0058/5"
SCHEMA_DIR = Path(__file__).parent / "schemas" / "ech0217"
ROOT_SCHEMA = "eCH-0217-2-0-0.xsd"

METHODS = {
    "effective": "effectiveReportingMethod",
    "net_tax_rate": "netTaxRateMethod",
    "flat_tax_rate": "flatTaxRateMethod",
    "simple_tax_rate": "simpleTaxRateMethod",
}
SUBMISSION_TYPES = {"initial": 1, "correction": 2, "annual_reconciliation": 3}
FORMS_OF_REPORTING = {"agreed": 1, "received": 2}
METHOD_CHANGE = date(2025, 1, 1)  # net tax rate → simple tax rate method

_CENT = Decimal("0.01")
_FIVE = Decimal("0.05")
_UID_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4)
_UID_RE = re.compile(r"^CHE[1-9]\d{8}$")

ET.register_namespace("eCH-0217", NS_0217)
ET.register_namespace("eCH-0058", NS_0058)


@dataclass(frozen=True)
class SupplyRow:
    """One ``suppliesPerTaxRate`` / ``acquisitionTax`` row: rate in percent and turnover in CHF.

    ``activity`` (flat tax rate method, free text ≤ 100) and ``activity_id`` (simple tax rate
    method, the 5-character ESTV activity code) are needed only by those methods."""

    tax_rate: Decimal
    turnover: Decimal
    activity: str | None = None
    activity_id: str | None = None


@dataclass
class ChVatReturn:
    """A Swiss VAT return as plain data; amounts in CHF (Decimal), None or 0 = not declared."""

    uid: str  # CHE-123.456.789 MWST or CHE123456789
    organisation_name: str  # as in the UID register
    period_from: date
    period_till: date
    method: str = "effective"  # a key of METHODS
    form_of_reporting: str = "agreed"  # agreed (vereinbart) | received (vereinnahmt)
    submission_type: str = "initial"  # initial | correction | annual_reconciliation
    business_reference_id: str = ""
    generation_time: datetime | None = None
    total_consideration: Decimal = Decimal(0)  # 200
    supplies_to_foreign_countries: Decimal | None = None  # 220
    supplies_abroad: Decimal | None = None  # 221
    transfer_notification_procedure: Decimal | None = None  # 225
    supplies_exempt_from_tax: Decimal | None = None  # 230
    reduction_of_consideration: Decimal | None = None  # 235
    various_deduction: Decimal | None = None  # 280
    various_deduction_description: str = ""
    gross_or_net: int = 1  # effective method: 1 net (Odoo bases are net), 2 gross
    opted: Decimal | None = None  # 205 (memo, "of which")
    supplies: list[SupplyRow] = field(default_factory=list)  # 302/303, 312/313, 342/343 or SSS
    acquisition_tax: list[SupplyRow] = field(default_factory=list)  # 382/383
    input_tax_material_and_services: Decimal | None = None  # 400
    input_tax_investments: Decimal | None = None  # 405
    subsequent_input_tax_deduction: Decimal | None = None  # 410
    input_tax_corrections: Decimal | None = None  # 415 (simple method: its only deduction)
    input_tax_reductions: Decimal | None = None  # 420
    compensation_export: Decimal | None = None  # 470 (net/flat method, form 1050)
    deemed_input_tax_deduction: Decimal | None = None  # 471 (form 1055)
    margin_taxation: Decimal | None = None  # 471 (form 1056)
    payable_tax: Decimal | None = None  # 500 (+) / 510 (-); None = computed
    subsidies: Decimal | None = None  # 900
    donations: Decimal | None = None  # 910
    manufacturer: str = "Fincycle"
    product: str = "Fincycle"
    product_version: str = "19.0"


@dataclass(frozen=True)
class EchFinding:
    code: str
    severity: str
    data: dict = field(default_factory=dict)


# --------------------------------------------------------------------------- UID


def normalize_uid(value: str | None) -> str:
    """``CHE-123.456.789 MWST`` → ``CHE123456789`` (upper case, no separators, no VAT suffix)."""
    text = (value or "").upper()
    for suffix in ("MWST", "TVA", "IVA", "VAT"):
        text = text.replace(suffix, "")
    return re.sub(r"[^A-Z0-9]", "", text)


def uid_check_digit(first_eight: str) -> int | None:
    """The mod-11 check digit of the first 8 digits; None when 10 (such numbers are not issued)."""
    total = sum(int(d) * w for d, w in zip(first_eight, _UID_WEIGHTS, strict=True))
    digit = 11 - total % 11
    if digit == 11:
        return 0
    return None if digit == 10 else digit


def _uid_problem(value: str) -> str | None:
    uid = normalize_uid(value)
    if not _UID_RE.match(uid):
        return "UID_FORMAT"
    if uid_check_digit(uid[3:11]) != int(uid[11]):
        return "UID_CHECK_DIGIT"
    return None


def is_valid_uid(value: str | None) -> bool:
    """A well-formed CHE number whose check digit is right."""
    return _uid_problem(value or "") is None


# --------------------------------------------------------------------------- figures


def _d(value) -> Decimal:
    return Decimal(0) if value is None else Decimal(str(value))


def deductions_total(ret: ChVatReturn) -> Decimal:
    """Box 289: 220 + 221 + 225 + 230 + 235 + 280."""
    return sum(
        (
            _d(ret.supplies_to_foreign_countries),
            _d(ret.supplies_abroad),
            _d(ret.transfer_notification_procedure),
            _d(ret.supplies_exempt_from_tax),
            _d(ret.reduction_of_consideration),
            _d(ret.various_deduction),
        ),
        Decimal(0),
    )


def taxable_turnover(ret: ChVatReturn) -> Decimal:
    """Box 299: 200 - 289."""
    return _d(ret.total_consideration) - deductions_total(ret)


def _tax(row: SupplyRow) -> Decimal:
    return (_d(row.turnover) * _d(row.tax_rate) / 100).quantize(_CENT, rounding=ROUND_HALF_UP)


def computed_payable_tax(ret: ChVatReturn, *, round_to_5_rappen: bool = False) -> Decimal:
    """What the ESTV computes from the file: Σ round(turnover x rate) over supplies and
    acquisition tax, less the deductions of the method (effective: 400 + 405 + 410 - 415 - 420;
    net/flat: 470 + 471; simple: input tax corrections). Positive = to pay (500), negative =
    credit (510). ``round_to_5_rappen`` rounds in the taxpayer's favour (the only amount that may
    be rounded)."""
    tax = sum((_tax(r) for r in [*ret.supplies, *ret.acquisition_tax]), Decimal(0))
    if ret.method == "effective":
        deduction = (
            _d(ret.input_tax_material_and_services)
            + _d(ret.input_tax_investments)
            + _d(ret.subsequent_input_tax_deduction)
            - _d(ret.input_tax_corrections)
            - _d(ret.input_tax_reductions)
        )
    elif ret.method == "simple_tax_rate":
        deduction = _d(ret.input_tax_corrections)
    else:
        deduction = (
            _d(ret.compensation_export)
            + _d(ret.deemed_input_tax_deduction)
            + _d(ret.margin_taxation)
        )
    payable = (tax - deduction).quantize(_CENT, rounding=ROUND_HALF_UP)
    if round_to_5_rappen:
        # In the taxpayer's favour: less to pay, more credit.
        payable = (payable / _FIVE).to_integral_value(rounding=ROUND_FLOOR) * _FIVE
    return payable


# --------------------------------------------------------------------------- XML


def _amount(value) -> str:
    return f"{_d(value).quantize(_CENT, rounding=ROUND_HALF_UP):f}"


def _percent(value) -> str:
    text = f"{_d(value).quantize(_CENT, rounding=ROUND_HALF_UP):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _el(parent: ET.Element, name: str, text: str | None = None, ns: str = NS_0217) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ns}}}{name}")
    if text is not None:
        element.text = text
    return element


def _opt(parent: ET.Element, name: str, value) -> None:
    if value is not None and _d(value) != 0:
        _el(parent, name, _amount(value))


def _rows(parent: ET.Element, name: str, rows: list[SupplyRow], kind: str = "plain") -> None:
    for row in rows:
        element = _el(parent, name)
        if kind == "activity":
            _el(element, "activity", (row.activity or "").strip())
        elif kind == "activity_id":
            _el(element, "activityID", (row.activity_id or "").strip())
        _el(element, "taxRate", _percent(row.tax_rate))
        _el(element, "turnover", _amount(row.turnover))


def build_xml(ret: ChVatReturn, *, round_to_5_rappen: bool = False) -> bytes:  # noqa: PLR0915
    """The eCH-0217 v2.0.0 document (UTF-8, with XML declaration). Raises ``ValueError`` with a
    code (``METHOD``, ``CODE``) for a method or code outside the standard; run
    :func:`check_return` and :func:`validate_xsd` before offering the file."""
    if ret.method not in METHODS:
        raise ValueError("METHOD")
    if ret.submission_type not in SUBMISSION_TYPES or ret.form_of_reporting not in (
        FORMS_OF_REPORTING
    ):
        raise ValueError("CODE")
    root = ET.Element(f"{{{NS_0217}}}VATDeclaration")
    info = _el(root, "generalInformation")
    _el(info, "uid", normalize_uid(ret.uid))
    _el(info, "organisationName", " ".join(ret.organisation_name.split()))
    generated = ret.generation_time or datetime.now(UTC).replace(microsecond=0)
    _el(info, "generationTime", generated.isoformat())
    _el(info, "reportingPeriodFrom", ret.period_from.isoformat())
    _el(info, "reportingPeriodTill", ret.period_till.isoformat())
    _el(info, "typeOfSubmission", str(SUBMISSION_TYPES[ret.submission_type]))
    _el(info, "formOfReporting", str(FORMS_OF_REPORTING[ret.form_of_reporting]))
    # eCH-0058 wants 1..50 characters: a reference of the period when none is given.
    reference = ret.business_reference_id.strip() or (
        f"MWST-{ret.period_from:%Y%m%d}-{ret.period_till:%Y%m%d}"
    )
    _el(info, "businessReferenceId", reference)
    app = _el(info, "sendingApplication")
    _el(app, "manufacturer", ret.manufacturer, NS_0058)
    _el(app, "product", ret.product, NS_0058)
    _el(app, "productVersion", ret.product_version, NS_0058)

    turnover = _el(root, "turnoverComputation")
    _el(turnover, "totalConsideration", _amount(ret.total_consideration))
    _opt(turnover, "suppliesToForeignCountries", ret.supplies_to_foreign_countries)
    _opt(turnover, "suppliesAbroad", ret.supplies_abroad)
    _opt(turnover, "transferNotificationProcedure", ret.transfer_notification_procedure)
    _opt(turnover, "suppliesExemptFromTax", ret.supplies_exempt_from_tax)
    _opt(turnover, "reductionOfConsideration", ret.reduction_of_consideration)
    if ret.various_deduction is not None and _d(ret.various_deduction) != 0:
        various = _el(turnover, "variousDeduction")
        _el(various, "amountVariousDeduction", _amount(ret.various_deduction))
        _el(various, "descriptionVariousDeduction", ret.various_deduction_description.strip())

    method = _el(root, METHODS[ret.method])
    if ret.method == "effective":
        _el(method, "grossOrNet", str(ret.gross_or_net))
        _opt(method, "opted", ret.opted)
        _rows(method, "suppliesPerTaxRate", ret.supplies)
        _rows(method, "acquisitionTax", ret.acquisition_tax)
        _opt(method, "inputTaxMaterialAndServices", ret.input_tax_material_and_services)
        _opt(method, "inputTaxInvestments", ret.input_tax_investments)
        _opt(method, "subsequentInputTaxDeduction", ret.subsequent_input_tax_deduction)
        _opt(method, "inputTaxCorrections", ret.input_tax_corrections)
        _opt(method, "inputTaxReductions", ret.input_tax_reductions)
    elif ret.method == "simple_tax_rate":
        _rows(method, "suppliesPerTaxRate", ret.supplies, "activity_id")
        _rows(method, "acquisitionTax", ret.acquisition_tax)
        _opt(method, "inputTaxCorrections", ret.input_tax_corrections)
    else:
        kind = "activity" if ret.method == "flat_tax_rate" else "plain"
        _rows(method, "suppliesPerTaxRate", ret.supplies, kind)
        _rows(method, "acquisitionTax", ret.acquisition_tax)
        _opt(method, "compensationExport", ret.compensation_export)
        _opt(method, "deemedInputTaxDeduction", ret.deemed_input_tax_deduction)
        _opt(method, "marginTaxation", ret.margin_taxation)

    payable = ret.payable_tax
    if payable is None:
        payable = computed_payable_tax(ret, round_to_5_rappen=round_to_5_rappen)
    _el(root, "payableTax", _amount(payable))
    if _d(ret.subsidies) or _d(ret.donations):
        flows = _el(root, "otherFlowsOfFunds")
        _opt(flows, "subsidies", ret.subsidies)
        _opt(flows, "donations", ret.donations)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


# --------------------------------------------------------------------------- rules outside the XSD


def _months(start: date, end: date) -> int | None:
    """Whole calendar months from ``start`` (a 1st) to ``end`` (a month's last day), else None."""
    if start.day != 1:
        return None
    following = date(end.year + (end.month == 12), end.month % 12 + 1, 1)
    if (following - end).days != 1:
        return None
    return (end.year - start.year) * 12 + end.month - start.month + 1


def _has_precision_problem(value) -> bool:
    return value is not None and _d(value) != _d(value).quantize(_CENT)


def check_return(ret: ChVatReturn) -> list[EchFinding]:  # noqa: PLR0912 - one rule per branch
    """The rules outside the XSD (see the module doc). An empty list: nothing to object."""
    found: list[EchFinding] = []

    def add(code: str, severity: str = "error", **data) -> None:
        found.append(EchFinding(code, severity, data))

    if ret.method not in METHODS:
        add("METHOD", value=ret.method)
        return found
    if ret.submission_type not in SUBMISSION_TYPES:
        add("CODE", field="submission_type", value=ret.submission_type)
    if ret.form_of_reporting not in FORMS_OF_REPORTING:
        add("CODE", field="form_of_reporting", value=ret.form_of_reporting)

    problem = _uid_problem(ret.uid)
    if problem:
        add(problem, value=ret.uid, normalized=normalize_uid(ret.uid))

    _check_period(ret, add)

    box_299 = taxable_turnover(ret)
    supplies_total = sum((_d(r.turnover) for r in ret.supplies), Decimal(0))
    if box_299.quantize(_CENT) != supplies_total.quantize(_CENT):
        add(
            "TURNOVER_MISMATCH",
            box_200=_d(ret.total_consideration),
            box_289=deductions_total(ret),
            box_299=box_299,
            supplies_total=supplies_total,
            difference=box_299 - supplies_total,
        )

    _check_rates(ret, add)

    if ret.method == "simple_tax_rate":
        credits = {
            name: _d(getattr(ret, name))
            for name in ("compensation_export", "deemed_input_tax_deduction", "margin_taxation")
            if _d(getattr(ret, name))
        }
        if credits:
            add("CREDITS_NOT_IN_METHOD", **credits)

    if ret.various_deduction and not ret.various_deduction_description.strip():
        add("DESCRIPTION", reason="missing")
    if len(ret.various_deduction_description.strip()) > 50:
        add("DESCRIPTION", reason="too_long", length=len(ret.various_deduction_description))
    for name, value, limit in (
        ("organisation_name", " ".join(ret.organisation_name.split()), 255),
        ("business_reference_id", ret.business_reference_id.strip(), 50),
        ("manufacturer", ret.manufacturer, 30),
        ("product", ret.product, 30),
        ("product_version", ret.product_version, 10),
    ):
        if len(value) > limit or (name == "organisation_name" and not value):
            add("FIELD_LENGTH", field=name, length=len(value), limit=limit)

    amounts = {
        name: getattr(ret, name)
        for name in (
            "total_consideration",
            "supplies_to_foreign_countries",
            "supplies_abroad",
            "transfer_notification_procedure",
            "supplies_exempt_from_tax",
            "reduction_of_consideration",
            "various_deduction",
            "opted",
            "input_tax_material_and_services",
            "input_tax_investments",
            "subsequent_input_tax_deduction",
            "input_tax_corrections",
            "input_tax_reductions",
            "compensation_export",
            "deemed_input_tax_deduction",
            "margin_taxation",
            "payable_tax",
            "subsidies",
            "donations",
        )
    }
    for name, value in amounts.items():
        if _has_precision_problem(value):
            add("AMOUNT_PRECISION", field=name, value=_d(value))
    for row in [*ret.supplies, *ret.acquisition_tax]:
        if _has_precision_problem(row.turnover):
            add("AMOUNT_PRECISION", field="turnover", value=_d(row.turnover))

    if ret.payable_tax is not None:
        expected = computed_payable_tax(ret)
        if abs(_d(ret.payable_tax) - expected) >= _FIVE:
            add(
                "PAYABLE_MISMATCH",
                "warning",
                given=_d(ret.payable_tax),
                computed=expected,
                difference=_d(ret.payable_tax) - expected,
            )
    return found


def _check_period(ret: ChVatReturn, add) -> None:  # noqa: PLR0912
    start, end = ret.period_from, ret.period_till
    if start > end:
        add("PERIOD_ORDER", period_from=start.isoformat(), period_till=end.isoformat())
        return
    months = _months(start, end)
    if months is None:
        add("PERIOD_BOUNDS", period_from=start.isoformat(), period_till=end.isoformat())
    if ret.method != "effective":
        if start < METHOD_CHANGE <= end:
            add("METHOD_PERIOD", reason="straddles", change=METHOD_CHANGE.isoformat())
        elif ret.method == "net_tax_rate" and start >= METHOD_CHANGE:
            add("METHOD_PERIOD", reason="net_tax_rate_until_2024", method=ret.method)
        elif ret.method == "simple_tax_rate" and end < METHOD_CHANGE:
            add("METHOD_PERIOD", reason="simple_tax_rate_from_2025", method=ret.method)
        elif ret.method == "flat_tax_rate" and start >= METHOD_CHANGE:
            add("METHOD_PERIOD", "warning", reason="flat_tax_rate_after_2024", method=ret.method)
    if months is None:
        return
    if ret.submission_type == "annual_reconciliation":
        if months != 12:
            add("PERIOD_LENGTH", months=months, expected=[12])
        return
    standard, approved, align = (3, (1, 12), 3) if ret.method == "effective" else (6, (12,), 6)
    if months == standard:
        if (start.month - 1) % align:
            add("PERIOD_ALIGNMENT", "warning", months=months, period_from=start.isoformat())
    elif months in approved:
        add("PERIOD_NEEDS_APPROVAL", "warning", months=months, method=ret.method)
    else:
        add("PERIOD_LENGTH", months=months, expected=[standard, *approved])


def _check_rates(ret: ChVatReturn, add) -> None:  # noqa: PLR0912
    start, end = ret.period_from, ret.period_till
    statutory = _statutory_rates()
    if ret.method == "effective":
        ladders = None
    else:
        ladders = {rate for _, ladder in vat_rates.CH_NET_TAX_RATES for rate in ladder}
    for box, rows in (("supplies", ret.supplies), ("acquisition_tax", ret.acquisition_tax)):
        use_ladder = ladders is not None and box == "supplies"
        for row in rows:
            rate = _d(row.tax_rate)
            if use_ladder:
                if rate not in ladders:
                    add("RATE_UNKNOWN", box=box, rate=rate, ladder="net_tax_rate")
                else:
                    _check_rate_vintage(rate, start, end, box, add, net=True)
            elif rate not in statutory:
                add("RATE_UNKNOWN", box=box, rate=rate, ladder="statutory")
            else:
                _check_rate_vintage(rate, start, end, box, add, net=False)
            if ret.method == "simple_tax_rate" and box == "supplies":
                activity_id = (row.activity_id or "").strip()
                if len(activity_id) != 5:
                    add("ACTIVITY_ID", value=activity_id)
            if ret.method == "flat_tax_rate" and box == "supplies":
                if len((row.activity or "").strip()) > 100:
                    add("ACTIVITY", length=len(row.activity or ""))


@functools.cache
def _statutory_rates() -> frozenset[Decimal]:
    return frozenset(r.rate for period in vat_rates.PERIODS["CH"] for r in period.rates)


def _vintages(rate: Decimal, net: bool) -> list[tuple[date, date | None]]:
    """The (from, until) spans in which ``rate`` is a Swiss rate."""
    if net:
        table = [(start, ladder) for start, ladder in vat_rates.CH_NET_TAX_RATES]
    else:
        table = [(p.valid_from, tuple(r.rate for r in p.rates)) for p in vat_rates.PERIODS["CH"]]
    spans = []
    for i, (begin, ladder) in enumerate(table):
        until = table[i + 1][0] if i + 1 < len(table) else None
        if rate in ladder:
            spans.append((begin, until))
    return spans


def _check_rate_vintage(rate, start, end, box, add, *, net: bool) -> None:
    spans = _vintages(rate, net)
    if any(begin <= end and (until is None or until > start) for begin, until in spans):
        return
    if all(begin > end for begin, _ in spans):
        add("RATE_NOT_YET_VALID", box=box, rate=rate, valid_from=min(b for b, _ in spans))
    else:
        add("RATE_PREVIOUS_PERIOD", "warning", box=box, rate=rate)


# --------------------------------------------------------------------------- XSD


@functools.lru_cache(maxsize=4)
def _schema(schema_dir: str):
    """The compiled schema. Every schemaLocation (``http://www.ech.ch/xmlns/.../x.xsd`` or a
    relative name) is mapped to the file of that name in ``schema_dir``; anything else is refused."""
    from lxml import etree  # noqa: PLC0415 - lxml only for validation

    class Resolver(etree.Resolver):
        def resolve(self, url, pubid, context):
            name = os.path.basename(url or "")
            path = os.path.join(schema_dir, name)
            if name.endswith(".xsd") and os.path.isfile(path):
                return self.resolve_filename(path, context)
            raise OSError(f"XSD_IMPORT_UNRESOLVED {url}")

    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    parser.resolvers.add(Resolver())
    document = etree.parse(os.path.join(schema_dir, ROOT_SCHEMA), parser)
    return etree.XMLSchema(document)


def validate_xsd(xml: bytes, schema_dir: str | os.PathLike | None = None) -> list[EchFinding]:
    """Validate against the eCH-0217 v2.0.0 XSD and its imports, all read from ``schema_dir``
    (default: the vendored ``schemas/ech0217``), never from the network.

    Findings: ``XSD_MISSING`` (no root schema in the directory), ``XSD_SCHEMA`` (the schemas do
    not compile, e.g. an import is missing), ``XML_SYNTAX``, ``XSD`` (one per validation error,
    data: line, element path, libxml2's message). Empty list = valid."""
    from lxml import etree  # noqa: PLC0415 - lxml only for validation

    directory = os.fspath(schema_dir or SCHEMA_DIR)
    if not os.path.isfile(os.path.join(directory, ROOT_SCHEMA)):
        return [EchFinding("XSD_MISSING", "error", {"schema_dir": directory})]
    try:
        schema = _schema(directory)
    except (etree.XMLSchemaParseError, etree.XMLSyntaxError, OSError) as error:
        return [EchFinding("XSD_SCHEMA", "error", {"message": str(error)})]
    try:
        document = etree.fromstring(xml, etree.XMLParser(no_network=True, resolve_entities=False))
    except etree.XMLSyntaxError as error:
        return [EchFinding("XML_SYNTAX", "error", {"message": str(error)})]
    if schema.validate(document):
        return []
    return [
        EchFinding("XSD", "error", {"line": e.line, "path": e.path, "message": e.message})
        for e in schema.error_log
    ]
