"""SWIFT MT940 customer statements → plain records, and the statement dict shape of the OCA
file import (the same one the camt parser returns).

Pure Python (no Odoo). Handles: the optional SWIFT envelope (``{1:…}{2:…}{4:`` … ``-}``),
several statements per file (each ``:20:`` starts one), ``:25:`` account, ``:28C:`` number,
``:60F:/:60M:`` opening and ``:62F:/:62M:`` closing balances (the currency comes from
``:60:``), ``:61:`` lines (value date, optional entry date, marks ``C D RC RD``, comma decimals,
funds code, type code, customer reference ``//`` bank reference, supplementary details) and
``:86:`` information (several ``:86:`` fields of one movement are one text), either free text
or structured:

- German ``?nn`` subfields (``?20``-``?29`` purpose, ``?30`` bank code, ``?31`` account,
  ``?32``-``?33`` name, SEPA keywords ``EREF+`` … ``SVWZ+``), and the same with ``>nn``
  (Triodos, whose ``>10`` is the counterparty account);
- Dutch ``/KEY/value`` fields (``/EREF/ /NAME/ /REMI/ /IBAN/ /BIC/``, ING's ``/CNTP/``).

What real files do and the standard does not: a value date of 30 February (clamped to the
month's end), type codes outside ``N``/``S``/``F``, a space before a structured ``:86:``, a
balance without its currency (the statement's).

Transaction key: the bank reference after ``//`` in ``:61:`` (Swiss and most banks put their
booking reference there, the same value as camt ``Ntry/AcctSvcrRef``), so a movement imported
from MT940 and from camt gets the same import id. Without one, a digest of the line plus its
rank among identical lines of the file.

A file is read whole or refused whole (``Mt940Error`` with a ``code`` for the add-ons to put
into words and an English ``message`` saying where): a truncated file imports nothing, and an
MT942 intraday report (no opening balance, ``:34F:``/``:13D:`` instead) is refused as such.
"""

from __future__ import annotations

import calendar
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

# Error codes of Mt940Error (the add-ons word them).
NO_STATEMENT = "no_statement"
MT942 = "mt942"  # an intraday report: no booked balances, not a statement
FIELD_BEFORE_STATEMENT = "field_before_statement"
BAD_AMOUNT = "bad_amount"
BAD_DATE = "bad_date"
BAD_BALANCE = "bad_balance"
BAD_STATEMENT_LINE = "bad_statement_line"
NO_ACCOUNT = "no_account"
SECOND_ACCOUNT = "second_account"  # a damaged file: another field landed in :25:
NO_OPENING_BALANCE = "no_opening_balance"
NO_CLOSING_BALANCE = "no_closing_balance"  # most often a truncated file
CURRENCY_MISMATCH = "currency_mismatch"

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
    "NS",  # non-SWIFT field of some German exports: not booked
}
INTRADAY_TAGS = {"13", "13D", "34F"}  # MT942 fields
SWIFT_LINE = 65  # maximum characters of an MT940 line; longer text wraps onto the next one
SUBFIELD_WIDTH = 27  # of a German ?nn subfield
PURPOSE_SUBFIELDS = [f"{n}" for n in range(20, 30)] + ["60", "61", "62", "63"]
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
# Keys of the Dutch structured :86: (Betaalvereniging/ING/ABN AMRO/Rabobank): /KEY/value.
DUTCH_KEYS = (
    "TRTP",
    "EREF",
    "PREF",
    "MARF",
    "CSID",
    "CNTP",
    "BENM",
    "ORDP",
    "NAME",
    "ADDR",
    "IBAN",
    "BIC",
    "REMI",
    "ISDT",
    "RTRN",
    "PURP",
    "ULTC",
    "ULTD",
    "ULTB",
    "SVCL",
    "CDTRREFTP",
    "CDTRREF",
    "ISSR",
    "BUSP",
    "OCMT",
    "EXCH",
    "CHGS",
    "COAM",
    "ID",
)

_TAG_LINE = re.compile(r"^:(\d{2}[A-Z]?|NS):(.*)$")
_ENVELOPE_BLOCK = re.compile(r"\{[1-3]:[^{}]*(?:\{[^{}]*\}[^{}]*)*\}")
_MT942_HEADER = re.compile(r"\{2:[IO]942")
_MT940_OR_MT942 = re.compile(r"(?m)^:(?:60[FM]|34F|13D):|\{2:[IO]94[02]")
_TRAILER_BLOCK = re.compile(r"\{5:.*?\}\}?", re.DOTALL)
_BALANCE = re.compile(
    r"^(?P<mark>[CD])(?P<date>\d{6})(?P<currency>[A-Z]{3})?(?P<amount>\d[\d,.]*)$"
)
_STATEMENT_LINE = re.compile(
    r"^(?P<value_date>\d{6})(?P<entry_date>\d{4})?"
    r"(?P<mark>RC|RD|EC|ED|C|D)(?P<funds>[A-Z])?"
    r"(?P<amount>\d[\d,]*)"
    # SWIFT says N, S or F and three alphanumerics; banks also send other letters and
    # spaces (``S   X``).
    r"(?P<type>[A-Z][A-Z0-9 ]{3})"
    r"(?P<refs>.*)$"
)
_GERMAN_STRUCTURED = re.compile(r"^(\d{3})([?>])\d{2}")
_SUBFIELDS = {"?": re.compile(r"\?(\d{2})([^?]*)"), ">": re.compile(r">(\d{2})([^>]*)")}
_SEPA_SPLIT = re.compile(r"(" + "|".join(SEPA_KEYWORDS) + r")\+")
_DUTCH_SPLIT = re.compile(r"/(" + "|".join(DUTCH_KEYS) + r")/")
_KNAB_COUNTERPARTY = re.compile(r"\bREK: ?(?P<account>[A-Z0-9 ]+?) ?/NAAM: ?(?P<name>.+)$")
_ACCOUNT_SHAPE = re.compile(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$")  # an IBAN, checksum or not
_SIGN = {"C": 1, "RD": 1, "EC": 1, "D": -1, "RC": -1, "ED": -1}


class Mt940Error(ValueError):
    """The data is MT940 but cannot be read (or is an MT942): ``code`` says what (one of the
    module's error constants), ``message`` says what and where, in English."""

    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
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
    purpose: str = ""  # remittance information
    counterparty_name: str = ""
    counterparty_account: str = ""
    counterparty_bank: str = ""
    end_to_end_reference: str = ""
    business_code: str = ""  # structured :86: GVC
    booking_text: str = ""  # structured :86: ?00, Dutch /TRTP/
    raw: str = ""  # the :61: and :86: fields as read


@dataclass
class Statement:
    reference: str  # :20:
    account: str  # :25:
    number: str = ""  # :28C:
    opening: Balance | None = None
    closing: Balance | None = None
    transactions: list[Transaction] = field(default_factory=list)
    intraday: bool = False  # MT942 fields seen

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
    """A cheap test: the data has a ``:20:`` at the start of a line and an opening balance
    ``:60F:``/``:60M:``, or, for an MT942 intraday report (which ``parse`` refuses with its own
    code), a ``:34F:`` floor limit, a ``:13D:`` date-time or a SWIFT header ``{2:…942``."""
    if isinstance(data, bytes | bytearray):
        head = bytes(data[:200000]).removeprefix(b"\xef\xbb\xbf").decode("latin-1")
    else:
        head = data.removeprefix("\ufeff")
    return bool(re.search(r"(?m)^:20:", head) and _MT940_OR_MT942.search(head))


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
        raise Mt940Error(BAD_AMOUNT, f"{where}: invalid amount {text!r}") from exc


def _day(year: int, month: int, day: int) -> date:
    """German banks book interest on 30 February (every month has 30 days in their interest
    calendar): a day past the month's end is its last day. Day 0, day 32 or month 13 stay
    invalid."""
    if 1 <= month <= 12 and 28 < day <= 31:
        day = min(day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def _date(text: str, where: str) -> date:
    try:
        year = int(text[:2])
        return _day(2000 + year if year < 80 else 1900 + year, int(text[2:4]), int(text[4:6]))
    except ValueError as exc:
        raise Mt940Error(BAD_DATE, f"{where}: invalid date {text!r}") from exc


def _entry_date(mmdd: str, value_date: date, where: str) -> date:
    """The entry date has no year: take the one closest to the value date (year-end)."""
    try:
        candidates = [
            _day(value_date.year + shift, int(mmdd[:2]), int(mmdd[2:])) for shift in (-1, 0, 1)
        ]
    except ValueError as exc:
        raise Mt940Error(BAD_DATE, f"{where}: invalid entry date {mmdd!r}") from exc
    return min(candidates, key=lambda d: abs((d - value_date).days))


def _balance(value: str, where: str, currency: str = "") -> Balance:
    """``currency`` stands in for a balance without one (seen in closing balances)."""
    match = _BALANCE.match(value.strip())
    if not match or not (match.group("currency") or currency):
        raise Mt940Error(BAD_BALANCE, f"{where}: cannot read the balance {value!r}")
    amount = _amount(match.group("amount"), where)
    return Balance(
        date=_date(match.group("date"), where),
        currency=match.group("currency") or currency,
        amount=amount if match.group("mark") == "C" else -amount,
    )


def _join_free_text(lines: list[str], tag_width: int = 0) -> str:
    """Lines cut at the 65-character limit are glued back as they were; shorter lines ended
    on a word and are joined with a space. ``tag_width``: the bank counts the tag (``:86:``)
    in the first line's 65 characters (Rabobank)."""
    text = ""
    for index, line in enumerate(lines):
        if index and len(lines[index - 1]) + (tag_width if index == 1 else 0) < SWIFT_LINE:
            text += " "
        text += line
    return re.sub(r"[ \t]{2,}|\t", " ", text).strip()


def _parse_information(transaction: Transaction, fields: list[list[str]], own_account: str):
    """``fields``: the lines of each :86: of the movement (old Rabobank files send one
    :86: per line)."""
    first = "".join(fields[0]).lstrip()  # some banks put a space before a structured :86:
    if _GERMAN_STRUCTURED.match(first):
        _parse_german(
            transaction, "".join(line for lines in fields for line in lines).lstrip(), own_account
        )
    elif _DUTCH_SPLIT.match(first):
        _parse_dutch(transaction, " ".join(_join_free_text(lines, len(":86:")) for lines in fields))
    else:
        transaction.information = " ".join(
            text for text in (_join_free_text(lines) for lines in fields) if text
        )
        transaction.purpose = transaction.information
        _free_text_counterparty(transaction)
    if _same_account(transaction.counterparty_account, own_account):
        transaction.counterparty_account = ""  # a transfer between own accounts, a bank fee


def _free_text_counterparty(transaction: Transaction) -> None:
    """Counterparties that free text gives away without doubt:
    - SNS and ASN Bank repeat the :61: customer reference (the counterparty account) and
      supplementary details (its name) at the start of the :86:;
    - Knab ends it with ``REK: account/NAAM: name``."""
    text = transaction.information
    account, name = transaction.customer_reference, transaction.supplementary
    if account and name and text.startswith(f"{account} {name}"):
        transaction.counterparty_account, transaction.counterparty_name = account, name
        transaction.purpose = text[len(account) + len(name) + 1 :].strip()
        return
    knab = _KNAB_COUNTERPARTY.search(text)
    if knab:
        transaction.counterparty_account = knab.group("account").replace(" ", "")
        transaction.counterparty_name = knab.group("name").strip()
        transaction.purpose = text[: knab.start()].strip()


def _same_account(account: str, own_account: str) -> bool:
    """``account`` is the statement's own: the same IBAN, or the account number of a
    ``BANK/number`` or ``bank code/number`` :25: or at the end of its IBAN (leading zeros
    aside)."""

    def compact(value):
        return re.sub(r"[^0-9A-Z]", "", value.upper())

    account = compact(account)
    if not account.strip("0"):
        return False
    own = {compact(part) for part in re.split(r"[/ ]", own_account)} | {compact(own_account)}
    if account.isdigit():
        own |= {tail for part in own for tail in re.findall(r"\d+$", part)}
        return account.lstrip("0") in {number.lstrip("0") for number in own if number}
    return account in own


def _parse_german(transaction: Transaction, joined: str, own_account: str) -> None:
    """``GVC?00booking text?10…?20purpose…?30bank?31account?32name`` (``>`` at Triodos)."""
    transaction.business_code = joined[:3]
    separator = joined[3]
    subfields: dict[str, list[str]] = {}
    for code, value in _SUBFIELDS[separator].findall(joined[3:]):
        subfields.setdefault(code, []).append(value)

    def take(*codes):
        return "".join(v for c in codes for v in subfields.get(c, [])).strip()

    purpose = take(*PURPOSE_SUBFIELDS)
    transaction.booking_text = take("00")
    transaction.counterparty_bank = take("30")
    # Triodos puts the counter account in >10 (?10 is the German primanota).
    accounts = [take("10"), take("31")] if separator == ">" else [take("31")]
    transaction.counterparty_account = next(
        (account for account in accounts if account and not _same_account(account, own_account)),
        "",
    )
    transaction.counterparty_name = _join_name(subfields.get("32", []) + subfields.get("33", []))
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


def _join_name(values: list[str]) -> str:
    """``?32`` and ``?33`` hold 27 characters each: a name that fills ``?32`` goes on in ``?33``
    (``?32Richter Renate 70 Zeichen B?33eginn``), a shorter one ended on a word."""
    text = ""
    for index, value in enumerate(values):
        if index and len(values[index - 1]) < SUBFIELD_WIDTH:
            text += " "
        text += value
    return re.sub(r" {2,}", " ", text).strip()


def _remittance(value: str) -> str:
    """ING writes ``/REMI/USTD//free text/`` and ``/REMI/STRD/CUR/reference/``."""
    for prefix in ("USTD//", "USTD/", "STRD/CUR/", "STRD/ISO/", "STRD/"):
        if value.startswith(prefix):
            return value[len(prefix) :].strip(" /")
    return value.strip(" /")


def _parse_dutch(transaction: Transaction, text: str) -> None:
    """``/EREF/…/BENM//NAME/…/REMI/…/IBAN/…/BIC/…`` (a key without a value is followed by the
    next key: ``/BENM//NAME/``)."""
    parts = _DUTCH_SPLIT.split(text)
    values: dict[str, str] = {}
    for index in range(1, len(parts) - 1, 2):
        values.setdefault(parts[index], parts[index + 1].strip().strip("/").strip())
    # ING: /CNTP/account/BIC/name/city/
    counterparty = [*values.get("CNTP", "").split("/"), "", "", ""][:3]
    eref = values.get("EREF", "")
    if eref and eref.upper() != "NOTPROVIDED":
        transaction.end_to_end_reference = eref
    transaction.booking_text = values.get("TRTP", "")
    transaction.counterparty_name = values.get("NAME") or counterparty[2].strip()
    account = values.get("IBAN") or counterparty[0]
    if not account and _ACCOUNT_SHAPE.match(transaction.supplementary):
        account = transaction.supplementary  # Rabobank: the :61: second line
    transaction.counterparty_account = account.replace(" ", "")
    transaction.counterparty_bank = values.get("BIC") or counterparty[1].strip()
    transaction.purpose = _remittance(values.get("REMI", ""))
    transaction.information = " ".join(
        part
        for part in (transaction.booking_text, transaction.purpose, transaction.counterparty_name)
        if part
    )


def _parse_statement_line(lines: list[str], where: str) -> Transaction:
    match = _STATEMENT_LINE.match(lines[0].strip())
    if not match:
        raise Mt940Error(
            BAD_STATEMENT_LINE, f"{where}: cannot read the :61: statement line {lines[0]!r}"
        )
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
        type_code=match.group("type").strip(),
        customer_reference=customer_reference.strip(),
        bank_reference=bank_reference.strip(),
        supplementary=" ".join(line.strip() for line in lines[1:] if line.strip()),
    )


class _Reader:
    """The statements of a file, field by field."""

    def __init__(self):
        self.statements: list[Statement] = []
        self.current: Statement | None = None
        self.last: Transaction | None = None  # the movement a :86: describes
        self.information: list[list[str]] = []  # the :86: fields of ``last``

    def field(self, tag: str, lines: list[str], number: int) -> None:
        where = f"line {number} (:{tag}:)"
        value = lines[0].strip()
        if tag == "20":
            self.current = Statement(reference=value, account="")
            self.statements.append(self.current)
            self.last = None
            return
        current = self.current
        if current is None:
            raise Mt940Error(
                FIELD_BEFORE_STATEMENT, f"{where}: field before the first :20: statement reference"
            )
        if tag in ("25", "25P"):
            if current.account and value != current.account:
                raise Mt940Error(
                    SECOND_ACCOUNT,
                    f"{where}: a second account {value!r} in statement {current.reference}",
                )
            current.account = value
        elif tag in ("28", "28C"):
            current.number = value
        elif tag in INTRADAY_TAGS:
            current.intraday = True
        elif tag in ("60F", "60M"):
            previous = self.statements[-2].closing if len(self.statements) > 1 else None
            current.opening = _balance(value, where, previous.currency if previous else "")
        elif tag in ("62F", "62M", "64", "65"):
            if tag.startswith("62"):
                current.closing = _balance(value, where, current.currency)
            self.last = None  # a later :86: describes the statement, not a movement
        elif tag == "61":
            self.last = _parse_statement_line(lines, where)
            self.last.raw = ":61:" + "\n".join(lines)
            current.transactions.append(self.last)
            self.information = []
        elif tag == "86" and self.last is not None:
            self.information.append(lines)
            _parse_information(self.last, self.information, current.account)
            self.last.raw += "\n:86:" + "\n".join(lines)
        # :86: after :62: (statement information), :90x:, :NS: are not booked.


def parse(data) -> list[Statement]:
    """Read every statement of an MT940 file (bytes or text). Raises Mt940Error (a code and the
    line number) when a field cannot be read, a statement misses its account or balances, or
    the file is an MT942 intraday report."""
    text = _decode(data)
    if _MT942_HEADER.search(text[:2000]):
        raise Mt940Error(MT942, "MT942 intraday report (SWIFT header {2:…942})")
    reader = _Reader()
    for tag, lines, number in _fields(_strip_envelope(text)):
        reader.field(tag, lines, number)
    if not reader.statements:
        raise Mt940Error(NO_STATEMENT, "no statement (:20:) found")
    for statement in reader.statements:
        _check(statement)
    return reader.statements


def _check(statement: Statement) -> None:
    name = statement.reference or "?"
    if statement.opening is None and statement.intraday:
        raise Mt940Error(MT942, f"statement {name}: MT942 intraday report (:34F:/:13D:)")
    if not statement.account:
        raise Mt940Error(NO_ACCOUNT, f"statement {name}: no account (:25:)")
    if statement.opening is None:
        raise Mt940Error(NO_OPENING_BALANCE, f"statement {name}: no opening balance (:60F:)")
    if statement.closing is None:
        raise Mt940Error(
            NO_CLOSING_BALANCE,
            f"statement {name}: no closing balance (:62F:); the file may be truncated",
        )
    if statement.closing.currency != statement.opening.currency:
        raise Mt940Error(
            CURRENCY_MISMATCH,
            f"statement {name}: opening balance in {statement.opening.currency}, "
            f"closing balance in {statement.closing.currency}",
        )


def transaction_key(transaction: Transaction) -> str | None:
    """The bank's reference of the movement (after ``//``), if it gave one."""
    reference = transaction.bank_reference.strip()
    if reference and reference.upper() != NO_REFERENCE:
        return reference
    return None


def _digest(statement: Statement, transaction: Transaction) -> str:
    """Of the fields as the bank wrote them (wrapping and spacing aside), not as they are
    understood: a better reading of the :86: must not give a booking a new id."""
    parts = (
        statement.account,
        transaction.entry_date.isoformat(),
        transaction.value_date.isoformat(),
        re.sub(r"\s+", "", transaction.raw),
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
            if customer.upper() == NO_REFERENCE or customer == transaction.counterparty_account:
                customer = ""  # SNS/ASN put the counterparty account there
            ref = (structured and structured[1]) or transaction.end_to_end_reference or customer
            account = (
                transaction.counterparty_account
                or find_iban(transaction.information, exclude=[own_account])
                or find_iban(transaction.supplementary, exclude=[own_account])
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
