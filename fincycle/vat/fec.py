"""The French FEC (Fichier des Écritures Comptables, LPF art. L47 A-I, arrêté of 29 July 2013 /
art. A47 A-1): a streaming writer, a checker that runs the checks of the DGFiP test tool (Test
Compta Demat) and the descriptive note as data.

Writer: :func:`fec_lines` (text lines) and :func:`fec_chunks` (encoded bytes) are generators over
plain rows (mappings keyed by :data:`COLUMNS`), so a year of 50,000+ lines never sits in memory;
:func:`fec_filename` gives ``<SIREN>FEC<AAAAMMJJ>.txt``. Separator ``|`` or TAB, UTF-8 or
ISO-8859-15, dates ``AAAAMMJJ``, amounts with a comma decimal and no thousands separator.

Checker: :func:`check_fec` reads bytes, text or an iterable of lines (a file opened in binary
mode streams) and returns a :class:`FecReport`: findings (code, severity, line number, data; no
sentences, the add-on words them) and a summary. Codes:

- file: ``FEC_EMPTY``, ``FEC_ENCODING``, ``FEC_SEPARATOR``, ``FEC_FILENAME``
- header: ``FEC_HEADER_COUNT``, ``FEC_HEADER_NAME``
- line: ``FEC_FIELD_COUNT``, ``FEC_REQUIRED``, ``FEC_DATE_FORMAT``, ``FEC_AMOUNT_FORMAT``,
  ``FEC_SENS``, ``FEC_ACCOUNT_FORMAT``, ``FEC_NEGATIVE_AMOUNT``, ``FEC_DEBIT_AND_CREDIT``,
  ``FEC_ZERO_LINE``, ``FEC_LETTERING`` (EcritureLet and DateLet together), ``FEC_CURRENCY``
  (Montantdevise and Idevise together), ``FEC_CURRENCY_CODE``, ``FEC_AUXILIARY`` (CompAuxNum and
  CompAuxLib together), ``FEC_DATE_OUT_OF_YEAR``
- entries (JournalCode + EcritureNum): ``FEC_UNBALANCED``, ``FEC_ENTRY_DATES`` (one entry, several
  EcritureDate), ``FEC_ENTRY_SPLIT`` (lines of one entry not together), ``FEC_OPENING_NOT_FIRST``,
  ``FEC_OPENING_DATE``, ``FEC_NOT_CHRONOLOGICAL`` (validation dates go back), ``FEC_NUMBER_FORMAT``,
  ``FEC_NUMBER_ORDER`` (a lower number after a higher one in the same sequence),
  ``FEC_NUMBER_GAP`` (a gap in a sequence; the law wants gaps explained), ``FEC_FILE_UNBALANCED``.

Numbering rule applied (reference B4: "EcritureNum a continuous sequence, chronological order of
validation"): EcritureNum is split into a prefix and a trailing number (``VT/2025/00012`` →
``VT/2025/``, 12); each (JournalCode, prefix) is one sequence that must have no gap and must not go
back in file order. A number without digits at its end is ``FEC_NUMBER_FORMAT`` (warning).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from operator import itemgetter

__all__ = [
    "COLUMNS",
    "ENCODINGS",
    "OPTIONAL_COLUMNS",
    "SEPARATORS",
    "FecFinding",
    "FecReport",
    "check_fec",
    "check_fec_filename",
    "descriptive_note",
    "fec_chunks",
    "fec_filename",
    "fec_lines",
    "format_amount",
    "format_date",
]

COLUMNS: tuple[str, ...] = (
    "JournalCode",
    "JournalLib",
    "EcritureNum",
    "EcritureDate",
    "CompteNum",
    "CompteLib",
    "CompAuxNum",
    "CompAuxLib",
    "PieceRef",
    "PieceDate",
    "EcritureLib",
    "Debit",
    "Credit",
    "EcritureLet",
    "DateLet",
    "ValidDate",
    "Montantdevise",
    "Idevise",
)
# May be empty (reference B4): auxiliary account, lettering, foreign currency.
OPTIONAL_COLUMNS = frozenset(
    {"CompAuxNum", "CompAuxLib", "EcritureLet", "DateLet", "Montantdevise", "Idevise"}
)
DATE_COLUMNS = ("EcritureDate", "PieceDate", "DateLet", "ValidDate")
AMOUNT_COLUMNS = ("Debit", "Credit", "Montantdevise")
# The variant with one amount and its direction instead of Debit / Credit (columns 12 and 13).
SENS_COLUMNS = ("Montant", "Sens")
SEPARATORS = {"|": "pipe", "\t": "tab"}
ENCODINGS = ("utf-8", "iso-8859-15")
DEFAULT_OPENING_JOURNALS = ("OUV", "AN", "RAN", "ANO")

_CENT = Decimal("0.01")
_ZERO = Decimal(0)
_AMOUNT_RE = re.compile(r"^[+-]?\d+(,\d{1,2})?$")
_FOREIGN_AMOUNT_RE = re.compile(r"^[+-]?\d+(,\d+)?$")
_NUMBER_RE = re.compile(r"^(.*?)(\d+)$")
_CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
_SIREN_RE = re.compile(r"^\d{9}$")
_FILENAME_RE = re.compile(r"^(?P<siren>[^F]*)FEC(?P<day>\d{8})(?P<rest>.*)\.(?P<ext>txt|xml)$")


# --------------------------------------------------------------------------- writer


def format_date(value: date | datetime | str | None) -> str:
    """``AAAAMMJJ``; a string is taken as already formatted; None → empty."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        return value
    return value.strftime("%Y%m%d")


def format_amount(value: Decimal | int | float | str | None, *, blank_zero: bool = False) -> str:
    """Two decimals, comma decimal separator, no thousands separator, ``-`` for negatives.

    ``blank_zero`` leaves zero empty (for Montantdevise)."""
    if value is None or value == "":
        return ""
    amount = Decimal(str(value)).quantize(_CENT, rounding=ROUND_HALF_UP)
    if blank_zero and amount == 0:
        return ""
    if amount == 0:
        amount = abs(amount)  # no "-0,00"
    return f"{amount:f}".replace(".", ",")


def _clean_text(value: object, separator: str) -> str:
    text = "" if value is None else str(value)
    for char in (separator, "\t", "\r", "\n", "|"):
        text = text.replace(char, " ")
    return text.strip()


_CACHE_LIMIT = 100_000  # formatted values kept per file (names, dates, amounts repeat)


def _row_formatter(separator: str):
    """A function formatting one row, with caches of the formatted names, dates and amounts
    (a year repeats the same few thousand of each): the same output as formatting every value."""
    caches: dict[str, dict] = {"text": {}, "date": {}, "amount": {}, "foreign": {}}

    def cached(kind, convert):
        cache = caches[kind]

        def format_value(value):
            try:
                return cache[value]
            except KeyError:
                out = convert(value)
                if len(cache) < _CACHE_LIMIT:
                    cache[value] = out
                return out
            except TypeError:  # unhashable: not cached
                return convert(value)

        return format_value

    text = cached("text", lambda value: _clean_text(value, separator))
    day = cached("date", format_date)
    amount = cached("amount", format_amount)
    foreign = cached("foreign", lambda value: format_amount(value, blank_zero=True))
    plan = []
    for column in COLUMNS:
        if column in DATE_COLUMNS:
            plan.append((column, day))
        elif column == "Montantdevise":
            plan.append((column, foreign))
        elif column in AMOUNT_COLUMNS:
            plan.append((column, amount))
        else:
            plan.append((column, text))
    join = separator.join

    def format_row(row: Mapping[str, object]) -> str:
        get = row.get
        return join([convert(get(column)) for column, convert in plan])

    return format_row


def _format_row(row: Mapping[str, object], separator: str) -> str:
    return _row_formatter(separator)(row)


def fec_lines(rows: Iterable[Mapping[str, object]], separator: str = "|") -> Iterator[str]:
    """The header, then one text line per row (no line end). A generator: rows stream through.

    Rows are mappings keyed by :data:`COLUMNS`; dates as ``date`` (or preformatted strings),
    amounts as ``Decimal``/int/str. Missing keys are empty fields. Separators, tabs and line
    breaks inside texts become spaces."""
    if separator not in SEPARATORS:
        raise ValueError("FEC_SEPARATOR")
    yield separator.join(COLUMNS)
    format_row = _row_formatter(separator)
    for row in rows:
        yield format_row(row)


def _encode(text: str, encoding: str) -> bytes:
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:
        out = []
        for char in text:
            try:
                out.append(char.encode(encoding))
            except UnicodeEncodeError:
                plain = unicodedata.normalize("NFKD", char).encode("ascii", "ignore")
                out.append(plain or b"?")
        return b"".join(out)


def fec_chunks(
    rows: Iterable[Mapping[str, object]],
    *,
    separator: str = "|",
    encoding: str = "utf-8",
    newline: str = "\r\n",
    lines_per_chunk: int = 1000,
) -> Iterator[bytes]:
    """The file as encoded byte chunks (``lines_per_chunk`` records each), every record ended by
    ``newline``. UTF-8 is written without BOM; ISO-8859-15 replaces characters it lacks by their
    unaccented form (or ``?``)."""
    encoding = encoding.lower()
    if encoding not in ENCODINGS:
        raise ValueError("FEC_ENCODING")
    buffer: list[str] = []
    for line in fec_lines(rows, separator):
        buffer.append(line)
        if len(buffer) >= lines_per_chunk:
            yield _encode(newline.join(buffer) + newline, encoding)
            buffer = []
    if buffer:
        yield _encode(newline.join(buffer) + newline, encoding)


def fec_filename(siren: str, closing_day: date, extension: str = "txt") -> str:
    """``<SIREN>FEC<AAAAMMJJ>.txt``, the closing day of the fiscal year."""
    return f"{siren}FEC{closing_day.strftime('%Y%m%d')}.{extension}"


# --------------------------------------------------------------------------- checker


@dataclass(frozen=True)
class FecFinding:
    """One problem: ``code`` (see the module doc), ``severity`` (``error`` the DGFiP tool rejects
    or an auditor will, ``warning`` to explain), ``line`` (1 = header; 0 = the whole file) and data."""

    code: str
    severity: str
    line: int
    data: dict = field(default_factory=dict)


@dataclass
class FecReport:
    findings: list[FecFinding]
    summary: dict

    @property
    def ok(self) -> bool:
        """No error (warnings allowed)."""
        return not any(f.severity == "error" for f in self.findings)

    def codes(self) -> set[str]:
        return {f.code for f in self.findings}


class _Collector:
    def __init__(self, max_per_code: int):
        self.findings: list[FecFinding] = []
        self.counts: dict[str, int] = {}
        self.severities: dict[str, int] = {"error": 0, "warning": 0}
        self.max_per_code = max_per_code

    def add(self, code: str, severity: str, line: int, **data) -> None:
        count = self.counts.get(code, 0) + 1
        self.counts[code] = count
        self.severities[severity] = self.severities.get(severity, 0) + 1
        if count <= self.max_per_code:
            self.findings.append(FecFinding(code, severity, line, data))


def _parse_date(text: str) -> date | None:
    if len(text) != 8 or not text.isdigit():
        return None
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        return None


def _parse_amount(text: str, pattern: re.Pattern) -> Decimal | None:
    text = text.strip()
    if not pattern.match(text):
        return None
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation:  # pragma: no cover - the pattern already guards
        return None


def _decode_lines(
    source: bytes | str | Iterable[bytes | str], collector: _Collector, summary: dict
) -> Iterator[str]:
    if isinstance(source, (bytes, bytearray)):
        source = bytes(source).splitlines()
    elif isinstance(source, str):
        source = source.splitlines()
    encodings: set[str] = set()
    for number, item in enumerate(source, start=1):
        if isinstance(item, (bytes, bytearray)):
            raw = bytes(item)
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
                summary["bom"] = True
            raw = raw.rstrip(b"\r\n")
            try:
                text = raw.decode("utf-8")
                if not raw.isascii():
                    encodings.add("utf-8")
            except UnicodeDecodeError:
                text = raw.decode("iso-8859-15")
                encodings.add("iso-8859-15")
        else:
            text = item.lstrip("\ufeff") if number == 1 else item
            text = text.rstrip("\r\n")
        yield text
    if len(encodings) > 1:
        collector.add("FEC_ENCODING", "error", 0, found=sorted(encodings))
    summary["encoding"] = (
        next(iter(encodings)) if len(encodings) == 1 else ("mixed" if encodings else "ascii")
    )


def check_fec(  # noqa: PLR0912, PLR0915 - one pass over the lines, every check inline
    source: bytes | str | Iterable[bytes | str],
    *,
    fiscal_year_start: date | None = None,
    fiscal_year_end: date | None = None,
    opening_journals: Iterable[str] = DEFAULT_OPENING_JOURNALS,
    file_name: str | None = None,
    siren: str | None = None,
    max_per_code: int = 100,
) -> FecReport:
    """Run the checks on a FEC. ``source``: the file's bytes, its text, or an iterable of lines
    (bytes or str; a binary file object streams). Fiscal year bounds enable the date checks;
    ``opening_journals`` are the journal codes of the opening entries (à-nouveaux); ``file_name``
    (and ``siren``) enable the file name check. At most ``max_per_code`` findings are kept per
    code; ``summary['finding_counts']`` has the full counts."""
    collector = _Collector(max_per_code)
    summary: dict = {
        "lines": 0,
        "entries": 0,
        "total_debit": Decimal(0),
        "total_credit": Decimal(0),
        "journals": {},
        "first_date": None,
        "last_date": None,
        "separator": None,
        "encoding": None,
        "bom": False,
        "amount_layout": None,
    }
    opening = {code.upper() for code in opening_journals}
    if file_name is not None:
        for finding in check_fec_filename(file_name, siren=siren, closing_day=fiscal_year_end):
            collector.add(finding.code, finding.severity, finding.line, **finding.data)

    lines = _decode_lines(source, collector, summary)
    header = next(lines, None)
    if header is None or not header.strip():
        collector.add("FEC_EMPTY", "error", 0)
        return _report(collector, summary)
    separator = "\t" if "\t" in header else "|" if "|" in header else None
    if separator is None:
        collector.add("FEC_SEPARATOR", "error", 1)
        return _report(collector, summary)
    summary["separator"] = SEPARATORS[separator]
    names = header.split(separator)
    layout = _check_header(names, collector)
    summary["amount_layout"] = layout
    width = len(names)
    index = {name.strip().lower(): i for i, name in enumerate(names)}

    # Each column's position; a column the header lacks reads the empty field added at the
    # end of every line (position ``width``).
    pos = {name: index.get(name.lower(), width) for name in (*COLUMNS, *SENS_COLUMNS)}
    required = [
        (name, pos[name])
        for name in COLUMNS
        if name not in OPTIONAL_COLUMNS
        and not (layout == "sens" and name in ("Debit", "Credit"))
        and name.lower() in index
    ]
    if layout == "sens":
        required += [(name, pos[name]) for name in SENS_COLUMNS]
    required_positions = [i for _name, i in required]
    has_required = itemgetter(*required_positions) if required_positions else None
    date_positions = [(name, pos[name]) for name in DATE_COLUMNS]
    p_journal, p_num, p_account = pos["JournalCode"], pos["EcritureNum"], pos["CompteNum"]
    p_foreign, p_currency = pos["Montantdevise"], pos["Idevise"]
    p_letter, p_letter_date = pos["EcritureLet"], pos["DateLet"]
    p_aux, p_aux_label = pos["CompAuxNum"], pos["CompAuxLib"]
    dates_seen: dict[str, date | None] = {}
    accounts_ok: dict[str, bool] = {}
    amounts = _AmountReader(layout, pos, collector)
    journal_counts = summary["journals"]
    total_debit = total_credit = Decimal(0)
    first_date = last_date = None

    # entry key -> [debit, credit, first line, date set]
    entries: dict[tuple[str, str], list] = {}
    current: tuple[str, str] | None = None
    totals: list | None = None
    seen_other = False
    last_valid: date | None = None
    sequences: dict[tuple[str, str], dict] = {}
    line_count = 0

    for number, text in enumerate(lines, start=2):
        if not text or not text.strip():
            continue
        line_count += 1
        fields = text.split(separator)
        if len(fields) != width:
            collector.add("FEC_FIELD_COUNT", "error", number, expected=width, found=len(fields))
            continue
        fields = [value.strip() for value in fields]
        fields.append("")
        journal = fields[p_journal]
        entry_num = fields[p_num]
        if has_required is not None and not all(
            has_required(fields) if len(required_positions) > 1 else (has_required(fields),)
        ):
            for name, i in required:
                if not fields[i]:
                    collector.add("FEC_REQUIRED", "error", number, column=name)

        dates: dict[str, date | None] = {}
        for name, i in date_positions:
            value = fields[i]
            if not value:
                dates[name] = None
                continue
            try:
                parsed = dates_seen[value]
            except KeyError:
                parsed = dates_seen[value] = _parse_date(value)
            if parsed is None:
                collector.add("FEC_DATE_FORMAT", "error", number, column=name, value=value)
            dates[name] = parsed

        debit, credit = amounts.read(fields, number)
        foreign_text = fields[p_foreign]
        currency = fields[p_currency]
        if foreign_text and not amounts.foreign_ok(foreign_text):
            collector.add(
                "FEC_AMOUNT_FORMAT", "error", number, column="Montantdevise", value=foreign_text
            )
        letter, letter_date = fields[p_letter], fields[p_letter_date]
        if bool(letter) != bool(letter_date):
            collector.add(
                "FEC_LETTERING", "error", number, missing="DateLet" if letter else "EcritureLet"
            )
        if bool(foreign_text) != bool(currency):
            collector.add(
                "FEC_CURRENCY",
                "error",
                number,
                missing="Idevise" if foreign_text else "Montantdevise",
            )
        if currency and not _CURRENCY_RE.match(currency):
            collector.add("FEC_CURRENCY_CODE", "error", number, value=currency)
        aux, aux_label = fields[p_aux], fields[p_aux_label]
        if bool(aux) != bool(aux_label):
            collector.add(
                "FEC_AUXILIARY", "error", number, missing="CompAuxLib" if aux else "CompAuxNum"
            )

        account = fields[p_account]
        if account:
            ok = accounts_ok.get(account)
            if ok is None:
                ok = accounts_ok[account] = len(account) >= 3 and account[:3].isdigit()
            if not ok:
                collector.add("FEC_ACCOUNT_FORMAT", "error", number, value=account)

        entry_date = dates["EcritureDate"]
        if entry_date is not None:
            if first_date is None or entry_date < first_date:
                first_date = entry_date
            if last_date is None or entry_date > last_date:
                last_date = entry_date
            if (fiscal_year_start and entry_date < fiscal_year_start) or (
                fiscal_year_end and entry_date > fiscal_year_end
            ):
                collector.add("FEC_DATE_OUT_OF_YEAR", "error", number, value=entry_date.isoformat())

        is_opening = journal.upper() in opening
        if is_opening:
            if seen_other:
                collector.add("FEC_OPENING_NOT_FIRST", "error", number, journal=journal)
            if fiscal_year_start and entry_date and entry_date != fiscal_year_start:
                collector.add(
                    "FEC_OPENING_DATE",
                    "error",
                    number,
                    value=entry_date.isoformat(),
                    expected=fiscal_year_start.isoformat(),
                )
        else:
            seen_other = True

        key = (journal, entry_num)
        journal_counts[journal] = journal_counts.get(journal, 0) + 1
        total_debit += debit
        total_credit += credit
        if key != current:
            if key in entries:
                collector.add(
                    "FEC_ENTRY_SPLIT", "warning", number, journal=journal, number=entry_num
                )
            else:
                entries[key] = [Decimal(0), Decimal(0), number, set()]
                valid = dates["ValidDate"]
                if not is_opening and valid is not None:
                    if last_valid is not None and valid < last_valid:
                        collector.add(
                            "FEC_NOT_CHRONOLOGICAL",
                            "warning",
                            number,
                            journal=journal,
                            number=entry_num,
                            value=valid.isoformat(),
                            previous=last_valid.isoformat(),
                        )
                    last_valid = valid if last_valid is None else max(last_valid, valid)
                _track_number(sequences, journal, entry_num, number, collector)
            current = key
            totals = entries[key]
        totals[0] += debit
        totals[1] += credit
        if entry_date is not None:
            totals[3].add(entry_date)

    summary["lines"] = line_count
    summary["total_debit"] = total_debit
    summary["total_credit"] = total_credit
    summary["first_date"] = first_date
    summary["last_date"] = last_date
    if summary["lines"] == 0:
        collector.add("FEC_EMPTY", "error", 0)
    for (journal, entry_num), (debit, credit, first_line, days) in entries.items():
        if debit != credit:
            collector.add(
                "FEC_UNBALANCED",
                "error",
                first_line,
                journal=journal,
                number=entry_num,
                debit=debit,
                credit=credit,
                difference=debit - credit,
            )
        if len(days) > 1:
            collector.add(
                "FEC_ENTRY_DATES",
                "error",
                first_line,
                journal=journal,
                number=entry_num,
                dates=sorted(d.isoformat() for d in days),
            )
    for (journal, prefix), sequence in sequences.items():
        numbers = sorted(sequence["numbers"])
        for low, high in itertools.pairwise(numbers):
            if high > low + 1:
                collector.add(
                    "FEC_NUMBER_GAP",
                    "warning",
                    sequence["numbers"][high],
                    journal=journal,
                    prefix=prefix,
                    after=low,
                    before=high,
                    missing=high - low - 1,
                )
    if summary["total_debit"] != summary["total_credit"]:
        collector.add(
            "FEC_FILE_UNBALANCED",
            "error",
            0,
            debit=summary["total_debit"],
            credit=summary["total_credit"],
        )
    summary["entries"] = len(entries)
    return _report(collector, summary)


class _AmountReader:
    """Debit and credit (or amount and direction) of a line, the parsed amounts cached by their
    text: the same findings as parsing every field."""

    def __init__(self, layout: str, pos: dict, collector: _Collector):
        self.layout = layout
        self.pos = pos
        self.collector = collector
        self.parsed: dict[str, Decimal | None] = {}
        self.foreign: dict[str, bool] = {}
        self.p_debit, self.p_credit = pos["Debit"], pos["Credit"]

    def amount(self, text: str) -> Decimal | None:
        try:
            return self.parsed[text]
        except KeyError:
            value = _parse_amount(text, _AMOUNT_RE)
            if len(self.parsed) < _CACHE_LIMIT:
                self.parsed[text] = value
            return value

    def foreign_ok(self, text: str) -> bool:
        ok = self.foreign.get(text)
        if ok is None:
            ok = _parse_amount(text, _FOREIGN_AMOUNT_RE) is not None
            if len(self.foreign) < _CACHE_LIMIT:
                self.foreign[text] = ok
        return ok

    def read(self, fields: list[str], number: int) -> tuple[Decimal, Decimal]:
        if self.layout == "sens":
            pos = self.pos
            return _line_amounts(
                fields, lambda f, name: f[pos[name]], self.layout, number, self.collector
            )
        values = []
        for name, i in (("Debit", self.p_debit), ("Credit", self.p_credit)):
            text = fields[i]
            if not text:
                values.append(_ZERO)
                continue
            amount = self.amount(text)
            if amount is None:
                self.collector.add("FEC_AMOUNT_FORMAT", "error", number, column=name, value=text)
                amount = _ZERO
            elif amount < 0:
                self.collector.add(
                    "FEC_NEGATIVE_AMOUNT", "warning", number, column=name, value=text
                )
            values.append(amount)
        debit, credit = values
        if debit and credit:
            self.collector.add("FEC_DEBIT_AND_CREDIT", "warning", number)
        elif not debit and not credit:
            self.collector.add("FEC_ZERO_LINE", "warning", number)
        return debit, credit


def _report(collector: _Collector, summary: dict) -> FecReport:
    summary["finding_counts"] = dict(collector.counts)
    summary["errors"] = collector.severities["error"]
    summary["warnings"] = collector.severities["warning"]
    return FecReport(collector.findings, summary)


def _check_header(names: list[str], collector: _Collector) -> str:
    """The 18 names in order (case-insensitive, as the DGFiP tool compares); columns 12-13 may be
    ``Montant`` and ``Sens``. Returns ``debit_credit`` or ``sens``."""
    stripped = [n.strip() for n in names]
    layout = "debit_credit"
    if len(stripped) >= 13 and [n.lower() for n in stripped[11:13]] == ["montant", "sens"]:
        layout = "sens"
    if len(stripped) != len(COLUMNS):
        collector.add("FEC_HEADER_COUNT", "error", 1, expected=len(COLUMNS), found=len(stripped))
    for position, column in enumerate(COLUMNS):
        expected = column
        if layout == "sens" and column in ("Debit", "Credit"):
            expected = SENS_COLUMNS[0 if column == "Debit" else 1]
        found = stripped[position] if position < len(stripped) else None
        if found is None or found.lower() != expected.lower():
            collector.add(
                "FEC_HEADER_NAME", "error", 1, position=position + 1, expected=expected, found=found
            )
    return layout


def _line_amounts(fields, col, layout, number, collector) -> tuple[Decimal, Decimal]:
    if layout == "sens":
        text = col(fields, "Montant")
        amount = _parse_amount(text, _AMOUNT_RE) if text else Decimal(0)
        if amount is None:
            collector.add("FEC_AMOUNT_FORMAT", "error", number, column="Montant", value=text)
            amount = Decimal(0)
        sens = col(fields, "Sens").upper()
        if sens in ("D", "+1", "1"):
            return amount, Decimal(0)
        if sens in ("C", "-1"):
            return Decimal(0), amount
        if sens:
            collector.add("FEC_SENS", "error", number, value=sens)
        return Decimal(0), Decimal(0)
    values = []
    for name in ("Debit", "Credit"):
        text = col(fields, name)
        amount = _parse_amount(text, _AMOUNT_RE) if text else Decimal(0)
        if amount is None:
            collector.add("FEC_AMOUNT_FORMAT", "error", number, column=name, value=text)
            amount = Decimal(0)
        elif amount < 0:
            collector.add("FEC_NEGATIVE_AMOUNT", "warning", number, column=name, value=text)
        values.append(amount)
    debit, credit = values
    if debit and credit:
        collector.add("FEC_DEBIT_AND_CREDIT", "warning", number)
    elif not debit and not credit:
        collector.add("FEC_ZERO_LINE", "warning", number)
    return debit, credit


def _track_number(sequences, journal, entry_num, line, collector) -> None:
    match = _NUMBER_RE.match(entry_num)
    if not match:
        collector.add("FEC_NUMBER_FORMAT", "warning", line, journal=journal, number=entry_num)
        return
    prefix, value = match.group(1), int(match.group(2))
    sequence = sequences.setdefault(
        (journal, prefix), {"numbers": {}, "last": None, "last_number": ""}
    )
    last = sequence["last"]
    if last is not None and value < last:
        collector.add(
            "FEC_NUMBER_ORDER",
            "warning",
            line,
            journal=journal,
            number=entry_num,
            previous=sequence["last_number"],  # as written (FAC/2026/00008, not FAC/2026/8)
        )
    sequence["numbers"].setdefault(value, line)
    if last is None or value > last:
        sequence["last"], sequence["last_number"] = value, entry_num


def check_fec_filename(
    name: str, *, siren: str | None = None, closing_day: date | None = None
) -> list[FecFinding]:
    """``FEC_FILENAME`` findings for a name that is not ``<SIREN>FEC<AAAAMMJJ>.txt`` (``reason``:
    ``pattern``, ``siren``, ``date``, ``closing_day``, ``suffix``)."""
    match = _FILENAME_RE.match(name)
    if not match:
        return [FecFinding("FEC_FILENAME", "error", 0, {"reason": "pattern", "value": name})]
    findings = []
    if not _SIREN_RE.match(match["siren"]) or (siren and match["siren"] != siren):
        findings.append(
            FecFinding("FEC_FILENAME", "error", 0, {"reason": "siren", "value": match["siren"]})
        )
    day = _parse_date(match["day"])
    if day is None:
        findings.append(
            FecFinding("FEC_FILENAME", "error", 0, {"reason": "date", "value": match["day"]})
        )
    elif closing_day and day != closing_day:
        findings.append(
            FecFinding(
                "FEC_FILENAME",
                "error",
                0,
                {
                    "reason": "closing_day",
                    "value": match["day"],
                    "expected": format_date(closing_day),
                },
            )
        )
    if match["rest"]:
        # Odoo appends "-NONOFFICIAL" when drafts are included: not a file to hand over.
        findings.append(
            FecFinding("FEC_FILENAME", "warning", 0, {"reason": "suffix", "value": match["rest"]})
        )
    return findings


# --------------------------------------------------------------------------- descriptive note

_FIELD_KINDS = {
    **dict.fromkeys(COLUMNS, "text"),
    **dict.fromkeys(DATE_COLUMNS, "date"),
    **dict.fromkeys(AMOUNT_COLUMNS, "amount"),
}


def descriptive_note(
    *,
    siren: str,
    company_name: str,
    fiscal_year_start: date,
    fiscal_year_end: date,
    separator: str = "|",
    encoding: str = "utf-8",
    newline: str = "\r\n",
    journals: Mapping[str, str] | None = None,
    opening_journal: str = "OUV",
    software: str = "",
    software_version: str = "",
    numbering: Mapping[str, str] | None = None,
    lettering: str = "full_reconcile_id",
    summary: Mapping | None = None,
) -> dict:
    """The content of the descriptive note ("notice descriptive") that goes with the FEC: the
    file's physical layout, each zone with its meaning code, format and whether it may be empty,
    the journals and their numbering, how lettering and the opening entries are made. Data only:
    the add-on words it (in French) for the PDF/text note.

    ``journals``: {code: label}; ``numbering``: {journal code: pattern such as ``VT/AAAA/NNNNN``};
    ``summary``: a :class:`FecReport` summary to copy figures from (lines, entries, totals)."""
    fields = []
    for position, name in enumerate(COLUMNS, start=1):
        kind = _FIELD_KINDS[name]
        fields.append(
            {
                "position": position,
                "name": name,
                "meaning": f"fec.field.{name}",
                "kind": kind,
                "format": "AAAAMMJJ"
                if kind == "date"
                else "decimal_comma_2"
                if kind == "amount"
                else "text",
                "optional": name in OPTIONAL_COLUMNS,
            }
        )
    note = {
        "file_name": fec_filename(siren, fiscal_year_end),
        "company": {"siren": siren, "name": company_name},
        "fiscal_year": {"start": fiscal_year_start, "end": fiscal_year_end},
        "legal_basis": ["LPF L47 A-I", "LPF A47 A-1"],
        "physical": {
            "format": "flat_text",
            "encoding": encoding,
            "bom": False,
            "field_separator": SEPARATORS.get(separator, separator),
            "record_separator": {"\r\n": "CRLF", "\n": "LF"}.get(newline, newline),
            "header_line": True,
            "decimal_separator": "comma",
            "thousands_separator": None,
            "date_format": "AAAAMMJJ",
            "negative_sign": "leading_minus",
        },
        "fields": fields,
        "journals": [
            {"code": code, "label": label, "numbering": (numbering or {}).get(code)}
            for code, label in sorted((journals or {}).items())
        ],
        "opening_entries": {"journal": opening_journal, "dated": fiscal_year_start, "first": True},
        "entry_number": {"source": "move_name", "sequence": "per_journal_prefix"},
        "validation_date": {"source": "move_date"},
        "lettering": {"source": lettering, "date": "reconcile_create_date"},
        "currency": {"filled_when": "foreign_amount", "code": "ISO 4217"},
        "excluded": ["centralising_entries", "closing_pl_entries"],
        "software": {"name": software, "version": software_version},
    }
    if summary:
        note["figures"] = {
            key: summary.get(key)
            for key in (
                "lines",
                "entries",
                "total_debit",
                "total_credit",
                "first_date",
                "last_date",
            )
        }
    return note
