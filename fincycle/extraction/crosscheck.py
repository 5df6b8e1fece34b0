"""Cross-checks on an extracted bill, and the overall confidence they feed.

A failed check never changes a value; it lowers the overall confidence and blocks automatic
posting, and its reason (a :class:`~fincycle.extraction.messages.Message`) tells the reviewer
what to look at. Checks that cannot run (a value
is missing) are not recorded as failures: the missing field lowers the confidence by itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from decimal import Decimal

from fincycle.banking.references import is_valid_iban, is_valid_qrr, is_valid_scor
from fincycle.vat import rates as vat_rates

from .identifiers import is_valid_vat, normalize_vat
from .messages import msg
from .model import Check, Extraction

__all__ = [
    "FAILED_CHECK_CAP",
    "KEY_FIELDS",
    "key_scores",
    "overall_confidence",
    "run_checks",
    "valid_vat_rates",
    "xml_page_checks",
]

CENT = Decimal("0.01")

# The fields a bill cannot be posted without; the overall confidence is their minimum.
KEY_FIELDS = ("vendor", "invoice_number", "invoice_date", "currency", "amount_total", "amounts")
# A failed check caps the overall confidence here, below any posting threshold.
FAILED_CHECK_CAP = 0.6
# What an e-invoice's page must agree with its XML on (the xml_page check).
XML_PAGE_FIELDS = ("invoice_number", "amount_total", "vendor_vat")
# A page reading less sure than this is no evidence against the XML.
PAGE_EVIDENCE = 0.5


def valid_vat_rates(country: str | None, on: date | None) -> set[Decimal] | None:
    """Rates a bill of ``country`` dated ``on`` may print; None when we do not know the
    country's rates (:func:`fincycle.vat.rates.rates_on_document`)."""
    return vat_rates.rates_on_document(country, on or date.today())


def _country(ext: Extraction) -> str | None:
    vat = ext.value("vendor_vat") or ""
    if vat.startswith("CHE"):
        return "CH"
    if len(vat) > 2 and vat[:2].isalpha():
        return vat[:2].upper().replace("EL", "GR")
    country = ext.value("vendor_country")
    if country:
        return country.upper()
    iban = ext.value("vendor_iban") or ""
    return iban[:2].upper() if len(iban) > 2 else None


def _eq(a: Decimal | None, b: Decimal | None, tolerance: Decimal = CENT) -> bool:
    return a is not None and b is not None and abs(a - b) <= tolerance


def run_checks(
    ext: Extraction, today: date | None = None, currencies: Iterable[str] = ()
) -> list[Check]:
    """Return the checks that could run; the caller stores them on ``ext.checks``.

    ``currencies``: every currency the stages read (QR-bill, XML, text), to check there is one.
    """
    today = today or date.today()
    checks = _amount_checks(ext)
    checks += _rate_checks(ext, today)
    checks += _identifier_checks(ext)
    checks += _date_checks(ext, today)
    checks += _amount_due_checks(ext)
    found = sorted({c for c in currencies if c})
    if len(found) > 1:
        checks.append(Check("currency", False, msg("currencies_several", currencies=found)))
    return checks


def _amount_checks(ext: Extraction) -> list[Check]:
    checks: list[Check] = []
    untaxed = ext.value("amount_untaxed")
    tax = ext.value("amount_tax")
    total = ext.value("amount_total")
    rounding = ext.value("amount_rounding") or Decimal(0)
    if untaxed is not None and tax is not None and total is not None:
        ok = _eq(untaxed + tax + rounding, total)
        amounts = {"net_amount": untaxed, "tax_amount": tax, "total_amount": total}
        if rounding:
            reason = msg("totals_mismatch_rounding", rounding_amount=rounding, **amounts)
        else:
            reason = msg("totals_mismatch", **amounts)
        checks.append(Check("totals", ok, None if ok else reason))
    if ext.taxes and tax is not None and all(t.amount is not None for t in ext.taxes):
        per_rate = sum((t.amount for t in ext.taxes), Decimal(0))
        ok = _eq(per_rate, tax)
        reason = msg("tax_breakdown_mismatch", sum_amount=per_rate, tax_amount=tax)
        checks.append(Check("tax_breakdown", ok, None if ok else reason))
    if ext.lines and all(ln.subtotal is not None for ln in ext.lines):
        lines_sum = sum((ln.subtotal for ln in ext.lines), Decimal(0))
        gross = total - rounding if total is not None else None
        targets = [t for t in (untaxed, gross) if t is not None]
        if targets:
            # Net or gross: the generator of the PDF decides; a discount printed under the
            # lines legitimately breaks this one, hence a check and not a correction.
            ok = any(_eq(lines_sum, t) for t in targets)
            reason = msg("lines_mismatch", lines_amount=lines_sum, target_amount=targets[0])
            discount = None if ok else _round_discount(lines_sum, targets)
            if ok:
                reason = None
            elif discount is not None:
                ok, reason = True, msg("lines_discount", rate=discount)
            checks.append(Check("lines", ok, reason))
    return checks


def _amount_due_checks(ext: Extraction) -> list[Check]:
    """An e-invoice whose amount due is not its total (prepaid, already paid, an earlier
    balance added): booked at the total, the bill would be paid in full again, so it waits
    for a reviewer who settles the prepayment."""
    return [
        Check("amount_due", False, warning)
        for warning in ext.warnings
        if warning.code == "amount_due_differs"
    ][:1]


def _round_discount(lines_sum: Decimal, targets: list[Decimal]) -> Decimal | None:
    """The percentage when the printed net is the lines less a round discount (2 %, 10 %...):
    a discount printed under the table, not a reading error."""
    if lines_sum <= 0:
        return None
    for target in targets:
        if not 0 < target < lines_sum:
            continue
        percent = (lines_sum - target) * 100 / lines_sum
        rounded = (percent * 2).quantize(Decimal(1)) / 2  # whole or half percent
        if rounded > 0 and _eq(lines_sum * (100 - rounded) / 100, target):
            return rounded if rounded % 1 else rounded.quantize(Decimal(1))
    return None


def _rate_checks(ext: Extraction, today: date) -> list[Check]:
    if not ext.taxes:
        return []
    country = _country(ext)
    on = ext.value("invoice_date") or today
    rates = valid_vat_rates(country, on)
    if rates is None:
        return []
    wrong = sorted({t.rate for t in ext.taxes if t.rate not in rates})
    if not wrong:
        return [Check("vat_rates", True)]
    reason = msg("vat_rates_invalid", rates=wrong, country=country, on_date=on)
    return [Check("vat_rates", False, reason)]


def _identifier_checks(ext: Extraction) -> list[Check]:
    checks: list[Check] = []
    iban = ext.value("vendor_iban")
    if iban:
        ok = is_valid_iban(iban)
        checks.append(Check("iban", ok, None if ok else msg("iban_checksum", iban=iban)))
    vat = ext.value("vendor_vat")
    if vat:
        ok = is_valid_vat(vat, unknown_country=True)
        checks.append(Check("vat_id", ok, None if ok else msg("vat_checksum", vat=vat)))
    ref = ext.value("payment_reference")
    ref_type = ext.value("payment_reference_type")
    if ref and ref_type in ("QRR", "SCOR"):
        ok = is_valid_qrr(ref) if ref_type == "QRR" else is_valid_scor(ref)
        reason = msg("reference_check_digit", reference=ref)
        checks.append(Check("reference", ok, None if ok else reason))
    return checks


def _date_checks(ext: Extraction, today: date) -> list[Check]:
    inv_date = ext.value("invoice_date")
    if not inv_date:
        return []
    due = ext.value("due_date")
    problems = []
    if inv_date > today + timedelta(days=31):
        problems.append(msg("invoice_date_future", invoice_date=inv_date))
    if inv_date < today - timedelta(days=3 * 366):
        problems.append(msg("invoice_date_old", invoice_date=inv_date))
    if due and due < inv_date:
        problems.append(msg("due_date_before_invoice", due_date=due))
    if due and due > inv_date + timedelta(days=366):
        problems.append(msg("due_date_far", due_date=due))
    if not problems:
        return [Check("dates", True)]
    return [Check("dates", False, problem) for problem in problems]


def xml_page_checks(stages: Iterable[Extraction], page_text: str = "") -> list[Check]:
    """The printed page against its embedded e-invoice: one failed ``xml_page`` check per
    field of :data:`XML_PAGE_FIELDS` the page reading (text layer or OCR) gives otherwise, one
    passed check when they were compared and agree, none without an XML or a page reading.
    An XML value printed somewhere in ``page_text`` agrees with the page, whatever the reading
    of the page picked (a label read next to the wrong figure is no disagreement of the
    documents). The XML value stays (the pipeline keeps it); the failure blocks automatic
    posting."""
    stages = list(stages)
    xml = next((s for s in stages if s.kind == "xml" and s.fields), None)
    if xml is None:
        return []
    checks: list[Check] = []
    compared = False
    for name in XML_PAGE_FIELDS:
        xml_value = xml.value(name)
        page = [
            s.fields[name]
            for s in stages
            if s is not xml
            and name in s.fields
            and s.fields[name].source in ("text", "ocr")
            and s.fields[name].value not in (None, "")
            and s.fields[name].confidence >= PAGE_EVIDENCE
        ]
        if xml_value in (None, "") or not page:
            continue
        compared = True
        printed = max(page, key=lambda f: f.confidence).value
        if _page_agrees(name, xml_value, printed, xml) or _printed(name, xml_value, page_text):
            continue
        reason = msg("xml_page_differs", field=name, value=xml_value, other_value=printed)
        checks.append(Check("xml_page", False, reason))
    return checks or ([Check("xml_page", True)] if compared else [])


def _printed(name: str, xml_value, page_text: str) -> bool:
    """Whether the XML's value appears on the page at all."""
    if not page_text:
        return False
    if name == "amount_total":
        from .numbers import find_amounts  # noqa: PLC0415

        target = abs(Decimal(str(xml_value)))
        return any(abs(a.value) == target for a in find_amounts(page_text))
    page = _compact(page_text)
    value = _compact(xml_value)
    if name == "vendor_vat":
        # printed with or without its country prefix (CHE for a Swiss UID)
        number = value[3:] if value.startswith("CHE") else value[2:]
        return value in page or (len(number) >= 8 and number in page)
    return len(value) >= 3 and value in page


def _compact(value) -> str:
    return "".join(ch for ch in str(value).upper() if ch.isalnum())


def _page_agrees(name: str, xml_value, printed, xml: Extraction) -> bool:
    if name == "amount_total":
        try:
            printed = Decimal(str(printed))
        except ArithmeticError:
            return False
        # The page may show the amount still due after a prepayment (the XML's warning).
        due = [
            Decimal(str(w.params["due_amount"]))
            for w in xml.warnings
            if w.code == "amount_due_differs" and w.params.get("due_amount") is not None
        ]
        return any(_eq(printed, Decimal(str(v))) for v in [xml_value, *due])
    if name == "vendor_vat":
        page_vat, xml_vat = normalize_vat(printed), normalize_vat(xml_value)
        if page_vat == normalize_vat(xml.value("customer_vat")):
            return True  # the page reading took the customer's number: not the vendor's word
        # the same number with or without its country prefix
        return page_vat == xml_vat or page_vat.endswith(xml_vat) or xml_vat.endswith(page_vat)
    page_number, xml_number = _compact(printed), _compact(xml_value)
    if page_number == xml_number:
        return True
    # a part of the number (a prefix, a year cut off) is a reading slip, not another bill
    shorter, longer = sorted((page_number, xml_number), key=len)
    return len(shorter) >= 4 and shorter in longer


def _no_vat(ext: Extraction) -> bool:
    """A page naming no VAT whose net is its total (the VAT left unread, not zero)."""
    untaxed, total = ext.value("amount_untaxed"), ext.value("amount_total")
    rounding = ext.value("amount_rounding") or Decimal(0)
    return (
        ext.value("amount_tax") is None
        and not ext.taxes
        and isinstance(untaxed, Decimal)
        and isinstance(total, Decimal)
        and _eq(untaxed + rounding, total)
    )


def key_scores(ext: Extraction) -> dict[str, tuple[str, float]]:
    """Per key of :data:`KEY_FIELDS`: the field that carries it and that field's confidence.

    The vendor is recognised by the surest of its VAT number, IBAN and name; the amounts by
    the untaxed total or the VAT per rate (``taxes``), or the total when there is no VAT.
    """

    def best(*names: str) -> tuple[str, float]:
        scores = [
            (n, ext.taxes_confidence if n == "taxes" else ext.field_confidence(n)) for n in names
        ]
        return max(scores, key=lambda item: item[1])

    amounts = best("amount_untaxed", "taxes")
    if (
        ext.value("amount_tax") == 0
        or (ext.taxes and all(t.rate == 0 for t in ext.taxes))
        or _no_vat(ext)
    ):
        amounts = best(amounts[0], "amount_total")
    elif ext.value("amount_tax") and not ext.taxes:
        # VAT charged without a rate to book it under (a Factur-X MINIMUM and a page whose
        # VAT table was not read): the lines cannot be filled right by themselves
        amounts = ("taxes", ext.taxes_confidence)
    return {
        "vendor": best("vendor_vat", "vendor_iban", "vendor_name"),
        "invoice_number": best("invoice_number"),
        "invoice_date": best("invoice_date"),
        "currency": best("currency"),
        "amount_total": best("amount_total"),
        "amounts": amounts,
    }


def overall_confidence(ext: Extraction) -> float:
    """The minimum confidence of the fields a bill needs, capped when a check failed.

    A minimum, not a mean: auto-posting needs every key field right, and one unsure total
    must not hide behind five sure identifiers.
    """
    if ext.errors or ext.value("document_type") == "not_an_invoice":
        return 0.0
    score = min(confidence for _name, confidence in key_scores(ext).values())
    if ext.failed_checks:
        score = min(score, FAILED_CHECK_CAP)
    return round(score, 4)
