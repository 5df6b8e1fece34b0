"""SWIFT MT940 customer statements → plain records, and the statement dict shape of the OCA
file import (the same one the camt parser returns).

Pure Python (no Odoo). Handles: the optional SWIFT envelope (``{1:…}{2:…}{4:`` … ``-}``),
several statements per file (each ``:20:`` starts one), ``:25:`` account, ``:28C:`` number,
``:60F:/:60M:`` opening and ``:62F:/:62M:`` closing balances (the currency comes from
``:60:``), ``:61:`` lines (value date, optional entry date, marks ``C D RC RD``, comma decimals,
funds code, type code, customer reference ``//`` bank reference, supplementary details) and
``:86:`` information, either structured in ``?nn`` subfields (German banks: ``?20``-``?29``
purpose, ``?30`` bank code, ``?31`` account, ``?32``-``?33`` name, SEPA keywords ``EREF+`` …
``SVWZ+``) or free text.

Transaction key: the bank reference after ``//`` in ``:61:`` (Swiss and most banks put their
booking reference there, the same value as camt ``Ntry/AcctSvcrRef``), so a movement imported
from MT940 and from camt gets the same import id. Without one, a digest of the line plus its
rank among identical lines of the file.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from .references import find_iban, find_structured_reference

__all__ = [
    "Balance",
    "Mt940Error",
    "Statement",
    "Transaction",
    "looks_like_mt940",
    "parse",
    "to_statement_import_data",
]

KNOWN_TAGS = {
    "13",
    "13D",
    "20",
    "21",
    "25",
    "25P",
    "28",
    "28C",
    "34F",
    "60F",
    "60M",
    "61",
    "62F",
    "62M",
    "64",
    "65",
    "86",
    "90C",
    "90D",
}
SWIFT_LINE = 65  # maximum characters of an MT940 line; longer text wraps onto the next one
NO_REFERENCE = "NONREF"
SEPA_KEYWORDS = (
    "EREF",
    "KREF",
    "MREF",
    "CRED",
    "DEBT",
    "SVWZ",
    "ABWA",
    "ABWE",
    "IBAN",
    "BIC",
    "COAM",
    "OAMT",
)

_TAG_LINE = re.compile(r"^:(\d{2}[A-Z]?):(.*)$")
_ENVELOPE_BLOCK = re.compile(r"\{[1-3]:[^{}]*(?:\{[^{}]*\}[^{}]*)*\}")
_TRAILER_BLOCK = re.compile(r"\{5:.*?\}\}?", re.DOTALL)
_BALANCE = re.compile(r"^(?P<mark>[CD])(?P<date>\d{6})(?P<currency>[A-Z]{3})(?P<amount>\d[\d,.]*)$")
_STATEMENT_LINE = re.compile(
    r"^(?P<value_date>\d{6})(?P<entry_date>\d{4})?"
    r"(?P<mark>RC|RD|EC|ED|C|D)(?P<funds>[A-Z])?"
    r"(?P<amount>\d[\d,]*)"
    r"(?P<type>[NSF][A-Z0-9]{3})"
    r"(?P<refs>.*)$"
)
_SUBFIELD = re.compile(r"\?(\d{2})([^?]*)")
_SEPA_SPLIT = re.compile(r"(" + "|".join(SEPA_KEYWORDS) + r")\+")
_SIGN = {"C": 1, "RD": 1, "EC": 1, "D": -1, "RC": -1, "ED": -1}


class Mt940Error(ValueError):
    """The data is MT940 but cannot be read; ``message`` says what and where."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Balance:
    date: date
    currency: str
    amount: Decimal  # signed


@dataclass
class Transaction:
    value_date: date
    entry_date: date
    amount: Decimal  # signed, in the statement currency
    mark: str
    type_code: str
    customer_reference: str = ""
    bank_reference: str = ""
    funds_code: str = ""
    supplementary: str = ""
    information: str = ""  # :86: as one text
    purpose: str = ""
    counterparty_name: str = ""
    counterparty_account: str = ""
    counterparty_bank: str = ""
    end_to_end_reference: str = ""
    business_code: str = ""  # structured :86: GVC
    booking_text: str = ""  # structured :86: ?00
    raw: str = ""  # the :61: and :86: fields as read


@dataclass
class Statement:
    reference: str  # :20:
    account: str  # :25:
    number: str = ""  # :28C:
    opening: Balance | None = None
    closing: Balance | None = None
    transactions: list[Transaction] = field(default_factory=list)

    @property
    def currency(self) -> str:
        return self.opening.currency if self.opening else ""


def _decode(data) -> str:
    if isinstance(data, str):
        return data
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("latin-1")  # SWIFT X is ASCII; exports in a local charset are 8-bit


def _strip_envelope(text: str) -> str:
    text = _TRAILER_BLOCK.sub("", text)
    text = _ENVELOPE_BLOCK.sub("", text)
    text = text.replace("{4:", "\n").replace("-}", "\n-")
    # Control characters (SOH/ETX message separators of some exports).
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "", text)


def looks_like_mt940(data) -> bool:
    """A cheap test: the data has a ``:20:`` and an opening balance ``:60F:``/``:60M:`` tag at
    the start of a line."""
    if isinstance(data, bytes | bytearray):
        head = bytes(data[:200000]).removeprefix(b"\xef\xbb\xbf")
        return bool(re.search(rb"(?m)^:20:", head) and re.search(rb"(?m)^:60[FM]:", head))
    data = data.removeprefix("\ufeff")
    return bool(re.search(r"(?m)^:20:", data) and re.search(r"(?m)^:60[FM]:", data))


def _fields(text: str):
    """Yield (tag, lines, line_number) for every tag; continuation lines stay separate."""
    tag, lines, start = None, [], 0
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.rstrip()
        match = _TAG_LINE.match(stripped)
        if match and match.group(1) in KNOWN_TAGS:
            if tag:
                yield tag, lines, start
            tag, lines, start = match.group(1), [match.group(2)], number
        elif stripped == "-" or stripped.startswith("-}"):
            if tag:
                yield tag, lines, start
            tag, lines = None, []
        elif tag:
            lines.append(stripped)
        elif stripped:
            pass  # text outside a tag (headers of some exports): ignored
    if tag:
        yield tag, lines, start


def _amount(text: str, where: str) -> Decimal:
    value = text.strip().replace(".", "").replace(",", ".") if "," in text else text.strip()
    try:
        return Decimal(value)
    except InvalidOperation as exc:
        raise Mt940Error(f"{where}: invalid amount {text!r}") from exc


def _date(text: str, where: str) -> date:
    try:
        year = int(text[:2])
        return date(2000 + year if year < 80 else 1900 + year, int(text[2:4]), int(text[4:6]))
    except ValueError as exc:
        raise Mt940Error(f"{where}: invalid date {text!r}") from exc


def _entry_date(mmdd: str, value_date: date, where: str) -> date:
    """The entry date has no year: take the one closest to the value date (year-end)."""
    try:
        candidates = [
            date(value_date.year + shift, int(mmdd[:2]), int(mmdd[2:])) for shift in (-1, 0, 1)
        ]
    except ValueError as exc:
        raise Mt940Error(f"{where}: invalid entry date {mmdd!r}") from exc
    return min(candidates, key=lambda d: abs((d - value_date).days))


def _balance(value: str, where: str) -> Balance:
    match = _BALANCE.match(value.strip())
    if not match:
        raise Mt940Error(f"{where}: cannot read the balance {value!r}")
    amount = _amount(match.group("amount"), where)
    return Balance(
        date=_date(match.group("date"), where),
        currency=match.group("currency"),
        amount=amount if match.group("mark") == "C" else -amount,
    )


def _join_free_text(lines: list[str]) -> str:
    """Lines cut at the 65-character limit are glued back as they were; shorter lines ended
    on a word and are joined with a space."""
    text = ""
    for index, line in enumerate(lines):
        if index and len(lines[index - 1]) < SWIFT_LINE:
            text += " "
        text += line
    return re.sub(r" {2,}", " ", text).strip()


def _parse_information(transaction: Transaction, lines: list[str]) -> None:
    joined = "".join(lines)
    structured = re.match(r"^(\d{3})\?", joined)
    if not structured:
        transaction.information = _join_free_text(lines)
        transaction.purpose = transaction.information
        return
    transaction.business_code = structured.group(1)
    subfields: dict[str, list[str]] = {}
    for code, value in _SUBFIELD.findall(joined[3:]):
        subfields.setdefault(code, []).append(value)

    def take(*codes):
        return "".join(v for c in codes for v in subfields.get(c, [])).strip()

    purpose_codes = [f"{n}" for n in range(20, 30)] + ["60", "61", "62", "63"]
    purpose = take(*purpose_codes)
    transaction.booking_text = take("00")
    transaction.counterparty_bank = take("30")
    transaction.counterparty_account = take("31")
    transaction.counterparty_name = " ".join(
        v.strip() for c in ("32", "33") for v in subfields.get(c, []) if v.strip()
    )
    transaction.information = " ".join(
        part for part in (transaction.booking_text, purpose, transaction.counterparty_name) if part
    )
    parts = _SEPA_SPLIT.split(purpose)
    if len(parts) > 1:
        sepa = {parts[i]: parts[i + 1].strip() for i in range(1, len(parts) - 1, 2)}
        eref = sepa.get("EREF", "")
        if eref and eref.upper() != "NOTPROVIDED":
            transaction.end_to_end_reference = eref
        if not transaction.counterparty_account and sepa.get("IBAN"):
            transaction.counterparty_account = sepa["IBAN"]
        purpose = sepa.get("SVWZ") or parts[0].strip() or purpose
    transaction.purpose = purpose


def _parse_statement_line(lines: list[str], where: str) -> Transaction:
    match = _STATEMENT_LINE.match(lines[0].strip())
    if not match:
        raise Mt940Error(f"{where}: cannot read the :61: statement line {lines[0]!r}")
    value_date = _date(match.group("value_date"), where)
    entry_date = (
        _entry_date(match.group("entry_date"), value_date, where)
        if match.group("entry_date")
        else value_date
    )
    refs = match.group("refs")
    customer_reference, _sep, bank_reference = refs.partition("//")
    amount = _amount(match.group("amount"), where)
    mark = match.group("mark")
    return Transaction(
        value_date=value_date,
        entry_date=entry_date,
        amount=amount * _SIGN[mark],
        mark=mark,
        funds_code=match.group("funds") or "",
        type_code=match.group("type"),
        customer_reference=customer_reference.strip(),
        bank_reference=bank_reference.strip(),
        supplementary=" ".join(line.strip() for line in lines[1:] if line.strip()),
    )


def parse(data) -> list[Statement]:
    """Read every statement of an MT940 file (bytes or text). Raises Mt940Error with the line
    number when a field cannot be read or a statement misses its account or balances."""
    text = _strip_envelope(_decode(data))
    statements: list[Statement] = []
    current: Statement | None = None
    last: Transaction | None = None
    for tag, lines, number in _fields(text):
        where = f"line {number} (:{tag}:)"
        value = lines[0].strip()
        if tag == "20":
            current = Statement(reference=value, account="")
            statements.append(current)
            last = None
            continue
        if current is None:
            raise Mt940Error(f"{where}: field before the first :20: statement reference")
        if tag in ("25", "25P"):
            current.account = value
        elif tag in ("28", "28C"):
            current.number = value
        elif tag in ("60F", "60M"):
            current.opening = _balance(value, where)
        elif tag in ("62F", "62M"):
            current.closing = _balance(value, where)
            last = None  # a later :86: describes the statement, not a movement
        elif tag in ("64", "65"):
            last = None
        elif tag == "61":
            last = _parse_statement_line(lines, where)
            last.raw = ":61:" + "\n".join(lines)
            current.transactions.append(last)
        elif tag == "86" and last is not None and not last.information:
            _parse_information(last, lines)
            last.raw += "\n:86:" + "\n".join(lines)
        # :86: after :62: (statement information), :64:, :65:, :13D:, :34F:, :90x: are not
        # booked.
    if not statements:
        raise Mt940Error("no statement (:20:) found")
    for statement in statements:
        _check(statement)
    return statements


def _check(statement: Statement) -> None:
    name = statement.reference or "?"
    if not statement.account:
        raise Mt940Error(f"statement {name}: no account (:25:)")
    if statement.opening is None:
        raise Mt940Error(f"statement {name}: no opening balance (:60F:)")
    if statement.closing is None:
        raise Mt940Error(f"statement {name}: no closing balance (:62F:); the file may be truncated")
    if statement.closing.currency != statement.opening.currency:
        raise Mt940Error(
            f"statement {name}: opening balance in {statement.opening.currency}, "
            f"closing balance in {statement.closing.currency}"
        )


def transaction_key(transaction: Transaction) -> str | None:
    """The bank's reference of the movement (after ``//``), if it gave one."""
    reference = transaction.bank_reference.strip()
    if reference and reference.upper() != NO_REFERENCE:
        return reference
    return None


def _digest(statement: Statement, transaction: Transaction) -> str:
    parts = (
        statement.account,
        transaction.entry_date.isoformat(),
        transaction.value_date.isoformat(),
        str(transaction.amount),
        transaction.type_code,
        transaction.customer_reference,
        transaction.supplementary,
        transaction.information,
    )
    return hashlib.sha1("\x1f".join(parts).encode(), usedforsecurity=False).hexdigest()[:20]


def _narration(transaction: Transaction) -> str:
    rows = [
        ("Value date", transaction.value_date.isoformat()),
        ("Entry date", transaction.entry_date.isoformat()),
        ("Transaction type", transaction.type_code),
        ("Customer reference", transaction.customer_reference),
        ("Bank reference", transaction.bank_reference),
        ("Supplementary details", transaction.supplementary),
        ("Business code", transaction.business_code),
        ("Booking text", transaction.booking_text),
        ("Counterparty bank", transaction.counterparty_bank),
        ("Information (:86:)", transaction.information),
    ]
    return "\n".join(f"{label}: {value}" for label, value in rows if value)


def to_statement_import_data(statements: list[Statement]) -> list[tuple[str, str, list[dict]]]:
    """One ``(currency, account, [statement dict])`` triplet per account and currency, in the
    shape ``account.statement.import._parse_file`` returns (dates as ``date``, amounts as
    ``float``). Lines get ``unique_import_id`` (see ``transaction_key``), ``payment_ref``,
    ``ref`` (a valid QRR/RF reference found in the text, else the end-to-end reference, else
    the customer reference), ``account_number``, ``partner_name``, ``narration``,
    ``transaction_type`` and ``raw_data``."""
    groups: dict[tuple[str, str], list[dict]] = {}
    seen: dict[str, int] = {}
    for statement in statements:
        own_account = statement.account
        lines = []
        for transaction in statement.transactions:
            key = transaction_key(transaction)
            if not key:
                key = "h" + _digest(statement, transaction)
            seen[key] = seen.get(key, 0) + 1
            if seen[key] > 1:  # the same key twice in one file: keep both movements
                key = f"{key}#{seen[key]}"
            text = transaction.purpose or transaction.information
            structured = find_structured_reference(text) or find_structured_reference(
                transaction.supplementary
            )
            customer = transaction.customer_reference
            ref = (
                (structured and structured[1])
                or transaction.end_to_end_reference
                or (customer if customer.upper() != NO_REFERENCE else "")
            )
            account = transaction.counterparty_account or find_iban(
                transaction.information, exclude=[own_account]
            )
            vals = {
                "date": transaction.entry_date,
                "amount": float(transaction.amount),
                "payment_ref": text
                or transaction.supplementary
                or transaction.booking_text
                or transaction.type_code,
                "unique_import_id": key,
                "narration": _narration(transaction),
                "transaction_type": "-".join(
                    part for part in (transaction.type_code, transaction.business_code) if part
                ),
                "raw_data": transaction.raw,
            }
            if ref:
                vals["ref"] = ref
            if account:
                vals["account_number"] = account
            if transaction.counterparty_name:
                vals["partner_name"] = transaction.counterparty_name
            lines.append(vals)
        name = statement.reference
        if statement.number:
            name = f"{name} {statement.number}" if name else statement.number
        groups.setdefault((statement.currency, own_account), []).append(
            {
                "name": name,
                "date": statement.closing.date,
                "balance_start": float(statement.opening.amount),
                "balance_end_real": float(statement.closing.amount),
                "transactions": lines,
            }
        )
    return [(currency, account, stmts) for (currency, account), stmts in groups.items()]
