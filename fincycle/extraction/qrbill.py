"""Swiss QR-bill payload (the text inside the Swiss QR Code) → :class:`QrBill`.

Pure Python, no dependency. Follows the Swiss Payment Standards "Swiss Implementation
Guidelines for the QR-bill" v2.x: 31 mandatory lines from ``SPC`` to the ``EPD`` trailer, then
the optional billing information (``StrdBkgInf``, decoded when it uses the Swico S1 syntax) and
up to two alternative procedures. Lines may end with CRLF or LF; optional lines after the
trailer may be missing.

Never raises on bad input: every problem is described in ``QrBill.errors`` and the values that
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
    errors: list[str] = field(default_factory=list)

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


def _check_length(errors: list[str], label: str, value: str, maximum: int) -> None:
    if len(value) > maximum:
        errors.append(f"{label} is {len(value)} characters long (at most {maximum}).")


def _parse_address(lines: list[str], label: str, errors: list[str]) -> Address | None:
    """7 lines starting with the address type; None when all are empty."""
    address_type, name, line1, line2, postal_code, town, country = lines
    if not any(lines):
        return None
    country = country.upper()
    if address_type not in ("S", "K"):
        errors.append(f"{label}: address type {address_type!r} is not S or K.")
    if not name:
        errors.append(f"{label}: name is missing.")
    _check_length(errors, f"{label} name", name, _MAX_NAME)
    if not country:
        errors.append(f"{label}: country is missing.")
    elif not _COUNTRY_SHAPE.fullmatch(country):
        errors.append(f"{label}: country {country!r} is not a two-letter ISO code.")
    if address_type == "K":
        if postal_code or town:
            errors.append(f"{label}: combined address (K) must not fill postal code and town.")
        if not line2:
            errors.append(f"{label}: combined address (K) has no postal code and town line.")
        _check_length(errors, f"{label} address line 1", line1, _MAX_ADDRESS_LINE)
        _check_length(errors, f"{label} address line 2", line2, _MAX_ADDRESS_LINE)
        return Address(
            address_type=address_type,
            name=name,
            country=country,
            address_line1=line1,
            address_line2=line2,
            postal_code=postal_code,
            town=town,
        )
    if address_type == "S":
        if not postal_code:
            errors.append(f"{label}: postal code is missing.")
        if not town:
            errors.append(f"{label}: town is missing.")
        _check_length(errors, f"{label} street", line1, _MAX_STREET)
        _check_length(errors, f"{label} building number", line2, _MAX_BUILDING)
        _check_length(errors, f"{label} postal code", postal_code, _MAX_POSTAL_CODE)
        _check_length(errors, f"{label} town", town, _MAX_TOWN)
    return Address(
        address_type=address_type,
        name=name,
        street=line1,
        building_number=line2,
        postal_code=postal_code,
        town=town,
        country=country,
    )


def _parse_amount(value: str, errors: list[str]) -> Decimal | None:
    if not value:
        return None
    if not _AMOUNT_SHAPE.fullmatch(value):
        errors.append(f"Amount {value!r} is not a number with a decimal point and 2 decimals.")
        return None
    amount = Decimal(value).quantize(_CENT)
    if amount > _MAX_AMOUNT:
        errors.append(f"Amount {value} is above {_MAX_AMOUNT}.")
    return amount


def _check_iban(iban: str, errors: list[str]) -> None:
    if not iban:
        errors.append("Creditor account (IBAN) is missing.")
        return
    if not is_valid_iban(iban):
        errors.append(f"Creditor IBAN {iban} is invalid (wrong format or mod 97 check digits).")
    if iban[:2] not in ("CH", "LI"):
        errors.append(f"Creditor IBAN {iban} is not a Swiss or Liechtenstein account.")
    elif len(iban) != 21:
        errors.append(f"Creditor IBAN {iban} has {len(iban)} characters (21 expected).")


def _check_reference(bill: QrBill, errors: list[str]) -> None:
    kind, reference = bill.reference_type, bill.reference
    if kind not in REFERENCE_TYPES:
        errors.append(f"Reference type {kind!r} is not QRR, SCOR or NON.")
        return
    if kind == QRR:
        if not reference:
            errors.append("QR reference (QRR) is missing.")
        elif len(reference) != 27 or not is_valid_qrr(reference):
            errors.append(
                f"QR reference {reference} is invalid (27 digits with a recursive mod 10 "
                "check digit expected)."
            )
    elif kind == SCOR:
        if not reference:
            errors.append("Creditor reference (SCOR) is missing.")
        elif not is_valid_scor(reference):
            errors.append(f"Creditor reference {reference} is invalid (ISO 11649 check failed).")
    elif reference:
        errors.append(f"Reference type NON must have no reference, found {reference}.")
    if not bill.iban:
        return
    if kind == QRR and not bill.is_qr_iban:
        errors.append(f"A QR reference (QRR) needs a QR-IBAN; {bill.iban} is a normal IBAN.")
    elif kind in (SCOR, NON) and bill.is_qr_iban:
        errors.append(
            f"QR-IBAN {bill.iban} can only be used with a QR reference (QRR), not {kind}."
        )


def _check_structure(lines: list[str], errors: list[str]) -> None:
    if len(lines) < _MANDATORY_LINES:
        errors.append(
            f"Payload is truncated: {len(lines)} lines, at least {_MANDATORY_LINES} expected."
        )
    elif len(lines) > _MAX_LINES:
        errors.append(f"Payload has {len(lines)} lines, at most {_MAX_LINES} expected.")
    if TRAILER in lines and lines.index(TRAILER) != _TRAILER:
        # A missing or extra line shifts every later field: say so before the field errors.
        errors.append(
            f"Trailer EPD found on line {lines.index(TRAILER) + 1} instead of line "
            f"{_TRAILER + 1}: lines are missing or added, the fields are misaligned."
        )


def _read_parties(bill: QrBill, padded: list[str], errors: list[str]) -> None:
    bill.creditor = _parse_address(padded[_CREDITOR : _CREDITOR + 7], "Creditor", errors)
    if bill.creditor is None:
        errors.append("Creditor name and address are missing.")
    bill.ultimate_creditor = _parse_address(
        padded[_ULTIMATE_CREDITOR : _ULTIMATE_CREDITOR + 7], "Ultimate creditor", errors
    )
    if bill.ultimate_creditor is not None:
        errors.append("Ultimate creditor is reserved for future use and must be empty.")
    bill.debtor = _parse_address(padded[_DEBTOR : _DEBTOR + 7], "Debtor", errors)


def _read_after_trailer(bill: QrBill, padded: list[str], errors: list[str]) -> None:
    bill.billing_information = padded[_BILLING]
    if len(bill.message) + len(bill.billing_information) > _MAX_MESSAGE_AND_BILLING:
        errors.append(
            "Unstructured message and billing information together exceed "
            f"{_MAX_MESSAGE_AND_BILLING} characters."
        )
    if bill.billing_information.startswith("//S1/"):
        bill.swico = parse_swico_s1(bill.billing_information, errors)
    elif bill.billing_information and not re.match(r"//\w\w", bill.billing_information):
        errors.append("Billing information does not start with //<syntax code>.")
    bill.alternative_procedures = [p for p in padded[_ALT_PROCEDURES:_MAX_LINES] if p]
    for number, procedure in enumerate(bill.alternative_procedures, 1):
        _check_length(errors, f"Alternative procedure {number}", procedure, _MAX_ALT_PROCEDURE)


def parse(payload) -> QrBill | None:
    """Parse the text of a Swiss QR Code (str or UTF-8 bytes). None if it is not a QR-bill
    (does not start with ``SPC``); otherwise a :class:`QrBill` whose ``errors`` list every
    deviation from the standard."""
    lines = _split_lines(payload)
    if lines is None:
        return None
    while len(lines) > _MANDATORY_LINES and not lines[-1]:
        lines.pop()
    errors: list[str] = []
    bill = QrBill(errors=errors)
    _check_structure(lines, errors)
    padded = lines + [""] * (_MAX_LINES - len(lines))

    bill.version, bill.coding_type = padded[1], padded[2]
    if not _VERSION_SHAPE.fullmatch(bill.version):
        errors.append(f"Version {bill.version!r} is not supported (02xx expected).")
    if bill.coding_type != "1":
        errors.append(f"Coding type {bill.coding_type!r} is not supported (1 expected).")

    bill.iban = normalize_scor(padded[_IBAN])
    _check_iban(bill.iban, errors)
    _read_parties(bill, padded, errors)

    bill.amount = _parse_amount(padded[_AMOUNT], errors)
    bill.currency = padded[_CURRENCY].upper()
    if bill.currency not in CURRENCIES:
        errors.append(f"Currency {padded[_CURRENCY]!r} is not CHF or EUR.")

    bill.reference_type = padded[_REFERENCE_TYPE].upper()
    bill.reference = normalize_scor(padded[_REFERENCE])
    _check_reference(bill, errors)

    bill.message = padded[_MESSAGE]
    _check_length(errors, "Unstructured message", bill.message, _MAX_MESSAGE)
    bill.trailer = padded[_TRAILER]
    if bill.trailer != TRAILER and len(lines) >= _MANDATORY_LINES:
        errors.append(f"Trailer {bill.trailer!r} on line {_TRAILER + 1} is not EPD.")

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


def _swico_date(value: str, tag: str, errors: list[str]) -> date | None:
    try:
        return date(2000 + int(value[:2]), int(value[2:4]), int(value[4:6]))
    except ValueError:
        errors.append(f"Swico /{tag}/: {value!r} is not a valid YYMMDD date.")
        return None


def _swico_decimal(value: str) -> Decimal | None:
    try:
        number = Decimal(value)
    except InvalidOperation:
        return None
    return number if number.is_finite() and number >= 0 else None


def _swico_pairs(value: str, tag: str, errors: list[str]) -> list[tuple[Decimal, str | None]]:
    """``a:b;c:d`` → [(Decimal(a), "b"), …]; ``a`` alone → [(Decimal(a), None)]."""
    pairs = []
    for item in value.split(";"):
        first, _sep, second = item.partition(":")
        number = _swico_decimal(first)
        if number is None or (_sep and not second):
            errors.append(f"Swico /{tag}/: {item!r} is not <number>:<number>.")
            continue
        pairs.append((number, second if _sep else None))
    return pairs


def _swico_rates(value: str, tag: str, errors: list[str]) -> list[VatDetail]:
    pairs = _swico_pairs(value, tag, errors)
    details = []
    for rate, amount_text in pairs:
        if amount_text is None:
            if len(pairs) > 1 or tag == "33":
                errors.append(f"Swico /{tag}/: rate {rate} has no amount.")
                continue
            details.append(VatDetail(rate=rate))
            continue
        amount = _swico_decimal(amount_text)
        if amount is None:
            errors.append(f"Swico /{tag}/: amount {amount_text!r} is not a number.")
            continue
        details.append(VatDetail(rate=rate, amount=amount))
    return details


def _swico_conditions(value: str, errors: list[str]) -> list[PaymentCondition]:
    conditions = []
    for discount, days in _swico_pairs(value, "40", errors):
        if days is None or not days.isdigit():
            errors.append(f"Swico /40/: condition {discount}:{days} has no number of days.")
            continue
        conditions.append(PaymentCondition(discount_percent=discount, days=int(days)))
    return conditions


def _swico_tag_11(billing: SwicoBilling, value: str, errors: list[str]) -> None:
    if _DATE6.fullmatch(value):
        billing.invoice_date = _swico_date(value, "11", errors)
    else:
        errors.append(f"Swico /11/: {value!r} is not a YYMMDD invoice date.")


def _swico_tag_30(billing: SwicoBilling, value: str, errors: list[str]) -> None:
    billing.vat_number = value
    if not (len(value) == 9 and value.isdigit()):
        errors.append(f"Swico /30/: UID {value!r} is not 9 digits.")


def _swico_tag_31(billing: SwicoBilling, value: str, errors: list[str]) -> None:
    if _DATE6.fullmatch(value):
        billing.vat_date = _swico_date(value, "31", errors)
    elif _DATE12.fullmatch(value):
        billing.vat_period_start = _swico_date(value[:6], "31", errors)
        billing.vat_period_end = _swico_date(value[6:], "31", errors)
    else:
        errors.append(f"Swico /31/: {value!r} is not YYMMDD or YYMMDDYYMMDD.")


def _swico_tag(billing: SwicoBilling, tag: str, value: str, errors: list[str]) -> None:
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


def parse_swico_s1(text: str, errors: list[str] | None = None) -> SwicoBilling | None:
    """Decode ``//S1/<tag>/<value>…`` billing information. Problems are appended to
    ``errors``; None when ``text`` is not S1."""
    if errors is None:
        errors = []
    if not text or not text.startswith("//S1/"):
        return None
    parts = _split_swico(text[len("//S1/") :])
    billing = SwicoBilling()
    if len(parts) % 2:
        errors.append("Swico S1: the last tag has no value.")
        parts = parts[:-1]
    seen: list[str] = []
    for tag, value in zip(parts[0::2], parts[1::2], strict=True):
        if tag not in _SWICO_TAGS:
            errors.append(f"Swico S1: unknown tag /{tag}/ ignored.")
            continue
        if tag in seen:
            errors.append(f"Swico S1: tag /{tag}/ repeated, the first value is kept.")
            continue
        if seen and tag < seen[-1]:
            errors.append(f"Swico S1: tag /{tag}/ is out of order.")
        seen.append(tag)
        _swico_tag(billing, tag, value, errors)
    return billing
