"""Swiss QR-bill payload (the text inside the Swiss QR Code) → :class:`QrBill`.

Pure Python, no dependency. Follows the Swiss Payment Standards "Swiss Implementation
Guidelines for the QR-bill" v2.x: 31 mandatory lines from ``SPC`` to the ``EPD`` trailer, then
the optional billing information (``StrdBkgInf``, decoded when it uses the Swico S1 syntax) and
up to two alternative procedures. Lines may end with CRLF or LF; optional lines after the
trailer may be missing.

Never raises on bad input: every problem is a coded message in ``QrBill.errors`` (see
:mod:`fincycle.extraction.messages`, codes ``qr_*``) and the values that
could be read are kept, so the caller can show them next to the problems. A text that does not
start with ``SPC`` is not a QR-bill and gives ``None``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from fincycle.banking.references import (
    is_valid_iban,
    is_valid_qrr,
    is_valid_scor,
    normalize_scor,
)

from .messages import Message, msg

__all__ = [
    "Address",
    "PaymentCondition",
    "QrBill",
    "SwicoBilling",
    "VatDetail",
    "is_qr_iban",
    "parse",
    "parse_swico_s1",
]

QRR = "QRR"
SCOR = "SCOR"
NON = "NON"
REFERENCE_TYPES = (QRR, SCOR, NON)
CURRENCIES = ("CHF", "EUR")
TRAILER = "EPD"

# Line indexes (0-based) of the payload elements.
_IBAN = 3
_CREDITOR = 4  # 7 lines: AdrTp, Name, StrtNmOrAdrLine1, BldgNbOrAdrLine2, PstCd, TwnNm, Ctry
_ULTIMATE_CREDITOR = 11
_AMOUNT = 18
_CURRENCY = 19
_DEBTOR = 20
_REFERENCE_TYPE = 27
_REFERENCE = 28
_MESSAGE = 29
_TRAILER = 30
_BILLING = 31
_ALT_PROCEDURES = 32
_MANDATORY_LINES = 31
_MAX_LINES = 34

_MAX_AMOUNT = Decimal("999999999.99")
_CENT = Decimal("0.01")
_AMOUNT_SHAPE = re.compile(r"\d{1,9}(?:\.\d{1,2})?")
_VERSION_SHAPE = re.compile(r"02\d\d")
_COUNTRY_SHAPE = re.compile(r"[A-Z]{2}")
_QR_IID = range(30000, 32000)

# Maximum lengths (characters) from the implementation guidelines.
_MAX_NAME = 70
_MAX_STREET = 70
_MAX_BUILDING = 16
_MAX_POSTAL_CODE = 16
_MAX_TOWN = 35
_MAX_ADDRESS_LINE = 70
_MAX_MESSAGE = 140
_MAX_MESSAGE_AND_BILLING = 140
_MAX_ALT_PROCEDURE = 100


@dataclass
class Address:
    """A party of the QR-bill. Type ``S`` (structured) fills street, building number, postal
    code and town; type ``K`` (combined) fills ``address_line1`` (street and number) and
    ``address_line2`` (postal code and town)."""

    address_type: str
    name: str
    street: str = ""
    building_number: str = ""
    postal_code: str = ""
    town: str = ""
    country: str = ""
    address_line1: str = ""
    address_line2: str = ""


@dataclass
class VatDetail:
    """A Swico VAT entry. ``/32/``: rate and the net amount it applies to (``amount`` None when
    one rate applies to the whole invoice). ``/33/`` import tax: rate and the tax amount."""

    rate: Decimal
    amount: Decimal | None = None


@dataclass
class PaymentCondition:
    """Swico ``/40/``: ``discount_percent`` if paid within ``days`` of the invoice date; a 0 %
    condition gives the payment term."""

    discount_percent: Decimal
    days: int


@dataclass
class SwicoBilling:
    """Billing information in Swico S1 syntax (``//S1/10/…``)."""

    invoice_number: str | None = None
    invoice_date: date | None = None
    customer_reference: str | None = None
    vat_number: str | None = None  # digits only, e.g. "106017086"
    vat_date: date | None = None
    vat_period_start: date | None = None
    vat_period_end: date | None = None
    vat_details: list[VatDetail] = field(default_factory=list)
    import_taxes: list[VatDetail] = field(default_factory=list)
    payment_conditions: list[PaymentCondition] = field(default_factory=list)

    @property
    def vat_id(self) -> str | None:
        """The Swiss UID in its normalized form (``CHE`` + 9 digits)."""
        if self.vat_number and len(self.vat_number) == 9 and self.vat_number.isdigit():
            return "CHE" + self.vat_number
        return None

    @property
    def due_date(self) -> date | None:
        """Invoice date + days of the first condition without discount."""
        if not self.invoice_date:
            return None
        for condition in self.payment_conditions:
            if condition.discount_percent == 0:
                return self.invoice_date + timedelta(days=condition.days)
        return None


@dataclass
class QrBill:
    """Content of a Swiss QR-bill payload. Texts are stripped, missing texts are ``""``;
    ``iban`` and ``reference`` are compact (no spaces), upper case."""

    version: str = ""
    coding_type: str = ""
    iban: str = ""
    creditor: Address | None = None
    ultimate_creditor: Address | None = None  # reserved by the standard: must be empty
    amount: Decimal | None = None  # None: the payer enters the amount
    currency: str = ""
    debtor: Address | None = None
    reference_type: str = ""
    reference: str = ""
    message: str = ""
    trailer: str = ""
    billing_information: str = ""
    swico: SwicoBilling | None = None
    alternative_procedures: list[str] = field(default_factory=list)
    errors: list[Message] = field(default_factory=list)

    @property
    def is_qr_iban(self) -> bool:
        return is_qr_iban(self.iban)

    @property
    def payment_reference(self) -> str | None:
        """The structured reference (QRR or SCOR) to pay with, None for ``NON``."""
        if self.reference_type in (QRR, SCOR) and self.reference:
            return self.reference
        return None

    @property
    def is_valid(self) -> bool:
        return not self.errors


def is_qr_iban(iban) -> bool:
    """Swiss / Liechtenstein QR-IBAN: institution id (positions 5-9) in 30000-31999."""
    compact = normalize_scor(iban)
    return (
        len(compact) == 21
        and compact[:2] in ("CH", "LI")
        and compact[4:9].isdigit()
        and int(compact[4:9]) in _QR_IID
    )


def _split_lines(payload) -> list[str] | None:
    if isinstance(payload, bytes | bytearray):
        try:
            payload = bytes(payload).decode("utf-8")
        except UnicodeDecodeError:
            payload = bytes(payload).decode("latin-1")
    if not isinstance(payload, str):
        return None
    text = payload.lstrip("\ufeff")
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    if not lines or lines[0] != "SPC":
        return None
    return lines


def _too_long(value: str, maximum: int, code: str, **params) -> Message | None:
    if len(value) > maximum:
        return msg(code, length=len(value), maximum=maximum, **params)
    return None


def _parse_address(lines: list[str], party: str, errors: list[Message]) -> Address | None:
    """7 lines starting with the address type; None when all are empty. ``party``: a key of
    :data:`~fincycle.extraction.messages.PARTIES`."""
    address_type, name, line1, line2, postal_code, town, country = lines
    if not any(lines):
        return None
    country = country.upper()

    def check_length(value: str, maximum: int, element: str) -> None:
        error = _too_long(value, maximum, "qr_address_too_long", party=party, element=element)
        if error:
            errors.append(error)

    if address_type not in ("S", "K"):
        errors.append(msg("qr_address_type", party=party, value=address_type))
    if not name:
        errors.append(msg("qr_name_missing", party=party))
    check_length(name, _MAX_NAME, "name")
    if not country:
        errors.append(msg("qr_country_missing", party=party))
    elif not _COUNTRY_SHAPE.fullmatch(country):
        errors.append(msg("qr_country_invalid", party=party, value=country))
    if address_type == "K":
        if postal_code or town:
            errors.append(msg("qr_combined_with_town", party=party))
        if not line2:
            errors.append(msg("qr_combined_without_town", party=party))
        check_length(line1, _MAX_ADDRESS_LINE, "address_line_1")
        check_length(line2, _MAX_ADDRESS_LINE, "address_line_2")
        # Combined: street and number, then postal code and town, each on one line.
        street_lines = {"address_line1": line1, "address_line2": line2}
    else:
        if address_type == "S":
            if not postal_code:
                errors.append(msg("qr_postal_code_missing", party=party))
            if not town:
                errors.append(msg("qr_town_missing", party=party))
            check_length(line1, _MAX_STREET, "street")
            check_length(line2, _MAX_BUILDING, "building_number")
            check_length(postal_code, _MAX_POSTAL_CODE, "postal_code")
            check_length(town, _MAX_TOWN, "town")
        street_lines = {"street": line1, "building_number": line2}
    return Address(
        address_type=address_type,
        name=name,
        postal_code=postal_code,
        town=town,
        country=country,
        **street_lines,
    )


def _parse_amount(value: str, errors: list[Message]) -> Decimal | None:
    if not value:
        return None
    if not _AMOUNT_SHAPE.fullmatch(value):
        errors.append(msg("qr_amount_format", value=value))
        return None
    amount = Decimal(value).quantize(_CENT)
    if amount > _MAX_AMOUNT:
        errors.append(msg("qr_amount_too_high", amount=value, maximum_amount=_MAX_AMOUNT))
    return amount


def _check_iban(iban: str, errors: list[Message]) -> None:
    if not iban:
        errors.append(msg("qr_iban_missing"))
        return
    if not is_valid_iban(iban):
        errors.append(msg("qr_iban_invalid", iban=iban))
    if iban[:2] not in ("CH", "LI"):
        errors.append(msg("qr_iban_not_swiss", iban=iban))
    elif len(iban) != 21:
        errors.append(msg("qr_iban_length", iban=iban, length=len(iban)))


def _check_reference(bill: QrBill, errors: list[Message]) -> None:
    kind, reference = bill.reference_type, bill.reference
    if kind not in REFERENCE_TYPES:
        errors.append(msg("qr_reference_type", value=kind))
        return
    if kind == QRR:
        if not reference:
            errors.append(msg("qr_qrr_missing"))
        elif len(reference) != 27 or not is_valid_qrr(reference):
            errors.append(msg("qr_qrr_invalid", reference=reference))
    elif kind == SCOR:
        if not reference:
            errors.append(msg("qr_scor_missing"))
        elif not is_valid_scor(reference):
            errors.append(msg("qr_scor_invalid", reference=reference))
    elif reference:
        errors.append(msg("qr_non_with_reference", reference=reference))
    if not bill.iban:
        return
    if kind == QRR and not bill.is_qr_iban:
        errors.append(msg("qr_qrr_needs_qr_iban", iban=bill.iban))
    elif kind in (SCOR, NON) and bill.is_qr_iban:
        errors.append(msg("qr_qr_iban_needs_qrr", iban=bill.iban, value=kind))


def _check_structure(lines: list[str], errors: list[Message]) -> None:
    if len(lines) < _MANDATORY_LINES:
        errors.append(msg("qr_truncated", count=len(lines), expected=_MANDATORY_LINES))
    elif len(lines) > _MAX_LINES:
        errors.append(msg("qr_too_many_lines", count=len(lines), maximum=_MAX_LINES))
    if TRAILER in lines and lines.index(TRAILER) != _TRAILER:
        # A missing or extra line shifts every later field: say so before the field errors.
        errors.append(
            msg("qr_trailer_misplaced", line=lines.index(TRAILER) + 1, expected=_TRAILER + 1)
        )


def _read_parties(bill: QrBill, padded: list[str], errors: list[Message]) -> None:
    bill.creditor = _parse_address(padded[_CREDITOR : _CREDITOR + 7], "creditor", errors)
    if bill.creditor is None:
        errors.append(msg("qr_creditor_missing"))
    bill.ultimate_creditor = _parse_address(
        padded[_ULTIMATE_CREDITOR : _ULTIMATE_CREDITOR + 7], "ultimate_creditor", errors
    )
    if bill.ultimate_creditor is not None:
        errors.append(msg("qr_ultimate_creditor"))
    bill.debtor = _parse_address(padded[_DEBTOR : _DEBTOR + 7], "debtor", errors)


def _read_after_trailer(bill: QrBill, padded: list[str], errors: list[Message]) -> None:
    bill.billing_information = padded[_BILLING]
    if len(bill.message) + len(bill.billing_information) > _MAX_MESSAGE_AND_BILLING:
        errors.append(msg("qr_message_and_billing_too_long", maximum=_MAX_MESSAGE_AND_BILLING))
    if bill.billing_information.startswith("//S1/"):
        bill.swico = parse_swico_s1(bill.billing_information, errors)
    elif bill.billing_information and not re.match(r"//\w\w", bill.billing_information):
        errors.append(msg("qr_billing_syntax"))
    bill.alternative_procedures = [p for p in padded[_ALT_PROCEDURES:_MAX_LINES] if p]
    for number, procedure in enumerate(bill.alternative_procedures, 1):
        error = _too_long(procedure, _MAX_ALT_PROCEDURE, "qr_alt_procedure_too_long", number=number)
        if error:
            errors.append(error)


def parse(payload) -> QrBill | None:
    """Parse the text of a Swiss QR Code (str or UTF-8 bytes). None if it is not a QR-bill
    (does not start with ``SPC``); otherwise a :class:`QrBill` whose ``errors`` list every
    deviation from the standard."""
    lines = _split_lines(payload)
    if lines is None:
        return None
    while len(lines) > _MANDATORY_LINES and not lines[-1]:
        lines.pop()
    errors: list[Message] = []
    bill = QrBill(errors=errors)
    _check_structure(lines, errors)
    padded = lines + [""] * (_MAX_LINES - len(lines))

    bill.version, bill.coding_type = padded[1], padded[2]
    if not _VERSION_SHAPE.fullmatch(bill.version):
        errors.append(msg("qr_version", value=bill.version))
    if bill.coding_type != "1":
        errors.append(msg("qr_coding_type", value=bill.coding_type))

    bill.iban = normalize_scor(padded[_IBAN])
    _check_iban(bill.iban, errors)
    _read_parties(bill, padded, errors)

    bill.amount = _parse_amount(padded[_AMOUNT], errors)
    bill.currency = padded[_CURRENCY].upper()
    if bill.currency not in CURRENCIES:
        errors.append(msg("qr_currency", value=padded[_CURRENCY]))

    bill.reference_type = padded[_REFERENCE_TYPE].upper()
    bill.reference = normalize_scor(padded[_REFERENCE])
    _check_reference(bill, errors)

    bill.message = padded[_MESSAGE]
    error = _too_long(bill.message, _MAX_MESSAGE, "qr_message_too_long")
    if error:
        errors.append(error)
    bill.trailer = padded[_TRAILER]
    if bill.trailer != TRAILER and len(lines) >= _MANDATORY_LINES:
        errors.append(msg("qr_trailer_wrong", value=bill.trailer, line=_TRAILER + 1))

    _read_after_trailer(bill, padded, errors)
    return bill


# --- Swico S1 ------------------------------------------------------------------------------

_SWICO_TAGS = ("10", "11", "20", "30", "31", "32", "33", "40")
_DATE6 = re.compile(r"\d{6}")
_DATE12 = re.compile(r"\d{12}")


def _split_swico(body: str) -> list[str]:
    """Split on ``/``; ``\\/`` and ``\\\\`` are escaped ``/`` and ``\\`` inside a value."""
    parts, current, escaped = [], [], False
    for char in body:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "/":
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def _swico_date(value: str, tag: str, errors: list[Message]) -> date | None:
    try:
        return date(2000 + int(value[:2]), int(value[2:4]), int(value[4:6]))
    except ValueError:
        errors.append(msg("qr_swico_date", tag=tag, value=value))
        return None


def _swico_decimal(value: str) -> Decimal | None:
    try:
        number = Decimal(value)
    except InvalidOperation:
        return None
    return number if number.is_finite() and number >= 0 else None


def _swico_pairs(value: str, tag: str, errors: list[Message]) -> list[tuple[Decimal, str | None]]:
    """``a:b;c:d`` → [(Decimal(a), "b"), …]; ``a`` alone → [(Decimal(a), None)]."""
    pairs = []
    for item in value.split(";"):
        first, _sep, second = item.partition(":")
        number = _swico_decimal(first)
        if number is None or (_sep and not second):
            errors.append(msg("qr_swico_pair", tag=tag, value=item))
            continue
        pairs.append((number, second if _sep else None))
    return pairs


def _swico_rates(value: str, tag: str, errors: list[Message]) -> list[VatDetail]:
    pairs = _swico_pairs(value, tag, errors)
    details = []
    for rate, amount_text in pairs:
        if amount_text is None:
            if len(pairs) > 1 or tag == "33":
                errors.append(msg("qr_swico_rate_without_amount", tag=tag, rate=rate))
                continue
            details.append(VatDetail(rate=rate))
            continue
        amount = _swico_decimal(amount_text)
        if amount is None:
            errors.append(msg("qr_swico_amount", tag=tag, value=amount_text))
            continue
        details.append(VatDetail(rate=rate, amount=amount))
    return details


def _swico_conditions(value: str, errors: list[Message]) -> list[PaymentCondition]:
    conditions = []
    for discount, days in _swico_pairs(value, "40", errors):
        if days is None or not days.isdigit():
            errors.append(msg("qr_swico_condition_days", value=f"{discount}:{days}"))
            continue
        conditions.append(PaymentCondition(discount_percent=discount, days=int(days)))
    return conditions


def _swico_tag_11(billing: SwicoBilling, value: str, errors: list[Message]) -> None:
    if _DATE6.fullmatch(value):
        billing.invoice_date = _swico_date(value, "11", errors)
    else:
        errors.append(msg("qr_swico_invoice_date", value=value))


def _swico_tag_30(billing: SwicoBilling, value: str, errors: list[Message]) -> None:
    billing.vat_number = value
    if not (len(value) == 9 and value.isdigit()):
        errors.append(msg("qr_swico_uid", value=value))


def _swico_tag_31(billing: SwicoBilling, value: str, errors: list[Message]) -> None:
    if _DATE6.fullmatch(value):
        billing.vat_date = _swico_date(value, "31", errors)
    elif _DATE12.fullmatch(value):
        billing.vat_period_start = _swico_date(value[:6], "31", errors)
        billing.vat_period_end = _swico_date(value[6:], "31", errors)
    else:
        errors.append(msg("qr_swico_vat_date", value=value))


def _swico_tag(billing: SwicoBilling, tag: str, value: str, errors: list[Message]) -> None:
    if tag == "10":
        billing.invoice_number = value
    elif tag == "11":
        _swico_tag_11(billing, value, errors)
    elif tag == "20":
        billing.customer_reference = value
    elif tag == "30":
        _swico_tag_30(billing, value, errors)
    elif tag == "31":
        _swico_tag_31(billing, value, errors)
    elif tag == "32":
        billing.vat_details = _swico_rates(value, tag, errors)
    elif tag == "33":
        billing.import_taxes = _swico_rates(value, tag, errors)
    else:
        billing.payment_conditions = _swico_conditions(value, errors)


def parse_swico_s1(text: str, errors: list[Message] | None = None) -> SwicoBilling | None:
    """Decode ``//S1/<tag>/<value>…`` billing information. Problems are appended to
    ``errors``; None when ``text`` is not S1."""
    if errors is None:
        errors = []
    if not text or not text.startswith("//S1/"):
        return None
    parts = _split_swico(text[len("//S1/") :])
    billing = SwicoBilling()
    if len(parts) % 2:
        errors.append(msg("qr_swico_last_tag"))
        parts = parts[:-1]
    seen: list[str] = []
    for tag, value in zip(parts[0::2], parts[1::2], strict=True):
        if tag not in _SWICO_TAGS:
            errors.append(msg("qr_swico_unknown_tag", tag=tag))
            continue
        if tag in seen:
            errors.append(msg("qr_swico_repeated_tag", tag=tag))
            continue
        if seen and tag < seen[-1]:
            errors.append(msg("qr_swico_tag_order", tag=tag))
        seen.append(tag)
        _swico_tag(billing, tag, value, errors)
    return billing
