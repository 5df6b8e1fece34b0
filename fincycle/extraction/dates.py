"""Dates as printed on invoices, in French, German, Italian, English, Dutch, Spanish and
Portuguese.

Numeric forms (21.09.2022, 21/09/2022, 2022-09-21, 2022/09/21, 21.09.22) and written months
(21 septembre 2022, 21. September 2022, 1er mars 2024, 21 settembre 2022, September 21, 2022,
Sep-21-2022, 2022-Sep-21,
December 5th, 2026, August 3 , 2014, Sep 21 2022, 21-Sep-2022, the 5th of December 2026, 21 september 2022,
21 de septiembre de 2022, 21 de setembro de 2022), also with a month misspelt by one letter
between a day and a year (31st Januray 2020). Slash dates are day first unless the document shows a month-first
date (a second number above 12), as in US invoices: see :func:`guess_order`.

Payment terms ("30 Tage netto", "à 30 jours", "Net 30", "30 giorni", "30 dagen", "30 días",
"30 dias") are read by
:func:`payment_terms_days`; a due date computed from them is never a printed due date.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = [
    "MONTHS",
    "DateMatch",
    "find_dates",
    "guess_order",
    "is_plausible",
    "make_date",
    "order_unsettled",
    "parse_date",
    "payment_terms_days",
]

_MONTHS = {
    # French
    "janvier": 1, "janv": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3, "avril": 4, "avr": 4,
    "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "aout": 8, "septembre": 9, "octobre": 10,
    "novembre": 11, "decembre": 12,
    # German
    "januar": 1, "jan": 1, "janner": 1, "februar": 2, "feb": 2, "marz": 3, "maerz": 3, "mrz": 3,
    "april": 4, "apr": 4, "juni": 6, "juli": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11, "dezember": 12,
    "dez": 12,
    # Italian
    "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6,
    "luglio": 7, "agosto": 8, "settembre": 9, "ottobre": 10, "dicembre": 12, "gen": 1,
    "mag": 5, "giu": 6, "lug": 7, "ago": 8, "set": 9, "ott": 10, "dic": 12,
    # English
    "january": 1, "february": 2, "march": 3, "mar": 3, "may": 5, "june": 6, "jun": 6,
    "july": 7, "jul": 7, "october": 10, "oct": 10, "december": 12, "dec": 12,
    # Dutch
    "januari": 1, "februari": 2, "maart": 3, "mrt": 3, "mei": 5, "augustus": 8,
    # Spanish
    "enero": 1, "ene": 1, "febrero": 2, "abril": 4, "abr": 4, "mayo": 5, "junio": 6, "julio": 7,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    # Portuguese
    "janeiro": 1, "fevereiro": 2, "marco": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
    "outubro": 10, "out": 10, "novembro": 11, "dezembro": 12,
}  # fmt: skip

_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
_SEP = r"[./\-]"
_NUMERIC = re.compile(
    rf"(?<![\d.,/\-])(?:(\d{{4}})({_SEP})(\d{{1,2}})\2(\d{{1,2}})"
    rf"|(\d{{1,2}})\s?({_SEP})\s?(\d{{1,2}})\s?\6\s?(\d{{4}}|\d{{2}}))(?![\d.,/\-]*\d)"
)
# "5 de diciembre de 2026" (es, pt), "the 5th of December 2026" (en)
_DAY_LINK = r"(?:\s*(?:de|of)\s+|[\s\-./]{0,2})"
_YEAR_LINK = r"(?:\s*(?:de|del)\s+|[\s\-.,/]{0,2})"
_DAY_MONTH = re.compile(
    rf"(?<![\w])(\d{{1,2}})(?:er|\.|st|nd|rd|th|°|o)?{_DAY_LINK}({_MONTH_ALT})\.?{_YEAR_LINK}"
    r"(\d{4}|['\u2019]?\d{2})(?!\d)"
)
_MONTH_DAY = re.compile(
    rf"(?<![\w])({_MONTH_ALT})\.?(?:\s{{1,2}}|-)(\d{{1,2}})(?:st|nd|rd|th)?(?:\s?,\s{{0,2}}|\s{{1,2}}|-)"
    r"(\d{4}|['\u2019]\d{2})(?!\d)"  # "Apr 19 '24": a two-digit year only after its apostrophe
)
# "2024-Mar-05", "2024 March 5": the year first
_YEAR_MONTH = re.compile(
    rf"(?<![\w])(\d{{4}})[\s\-./]{{1,2}}({_MONTH_ALT})\.?[\s\-./]{{1,2}}(\d{{1,2}})(?![\d.,]\d|\d)"
)


# A written month misspelt by one letter ("31st Januray 2020", "5 Setpember 2024"), between a
# day and a four-digit year: read when one full month name alone is that close.
_DAY_WORD = re.compile(
    r"(?<![\w])(\d{1,2})(?:er|\.|st|nd|rd|th|°|o)?(?:\s*(?:de|of)\s+|[\s\-./]{1,2})"
    r"([a-z]{5,10})\.?(?:\s*(?:de|del)\s+|[\s\-.,/]{1,2})(\d{4})(?!\d)"
)
_WORD_DAY = re.compile(
    r"(?<![\w])([a-z]{5,10})\.?\s{1,2}(\d{1,2})(?:st|nd|rd|th)?(?:\s?,\s{0,2}|\s{1,2})(\d{4})(?!\d)"
)
_FULL_MONTHS = [name for name in _MONTHS if len(name) >= 6]  # "junior" is no "junio"


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one substitution, insertion, deletion or swap of neighbours."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        return len(diff) == 1 or (
            len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )  # fmt: skip
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:k] + long[k + 1 :] == short for k in range(len(long)))


def misspelt_month(word: str) -> int | None:
    """The month a word one letter away from a full month name means, when it means one."""
    if word in _MONTHS:
        return None
    months = {_MONTHS[name] for name in _FULL_MONTHS if _one_edit(word, name)}
    return months.pop() if len(months) == 1 else None


@dataclass
class DateMatch:
    value: date
    start: int
    end: int
    text: str


def _fold(text: str) -> str:
    """Lower case without accents, same length as ``text`` (spans stay valid)."""
    out = []
    for char in text:
        base = unicodedata.normalize("NFKD", char)[:1] or char
        out.append(base.lower() if len(base.lower()) == 1 else char)
    return "".join(out)


def _year(text: str) -> int:
    text = text.lstrip("'\u2019")
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# Public names for the reader of customers' replies (fincycle.collections.textparse).
MONTHS = _MONTHS
make_date = _make


def is_plausible(value: date, today: date | None = None) -> bool:
    """An invoice date or due date: not before 1990, not more than five years ahead."""
    today = today or date.today()
    return date(1990, 1, 1) <= value <= today + timedelta(days=5 * 366)


def _numeric(m: re.Match, order: str) -> date | None:
    if m.group(1):
        return _make(int(m.group(1)), int(m.group(3)), int(m.group(4)))
    first, second, year = int(m.group(5)), int(m.group(7)), _year(m.group(8))
    if first <= 12 < second or (order == "mdy" and m.group(6) in "/-" and not second <= 12 < first):
        first, second = second, first  # month first: no other reading, or the page's order
    return _make(year, second, first)


def _written(m: re.Match, year: int, month: str, day: int) -> date | None:
    """The date of a written-month match: its year, month name and day group numbers."""
    return _make(_year(m.group(year)), _MONTHS[m.group(month)], int(m.group(day)))


def _misspelt(m: re.Match, year: int, month: str, day: int) -> date | None:
    number = misspelt_month(m.group(month))
    return _make(int(m.group(year)), number, int(m.group(day))) if number else None


def find_dates(text: str, order: str = "dmy") -> list[DateMatch]:
    """Every plausible date in ``text`` with its span, in text order. ``order`` is ``dmy`` or
    ``mdy`` (for slash and dash dates); a date that reads only month first (01-28-2025) is
    read so in either order."""
    folded = _fold(text)
    readers = [
        (_NUMERIC, lambda m: _numeric(m, order)),
        (_DAY_MONTH, lambda m: _written(m, 3, 2, 1)),
        (_MONTH_DAY, lambda m: _written(m, 3, 1, 2)),
        (_YEAR_MONTH, lambda m: _written(m, 1, 2, 3)),
        (_DAY_WORD, lambda m: _misspelt(m, 3, 2, 1)),
        (_WORD_DAY, lambda m: _misspelt(m, 3, 1, 2)),
    ]
    found: list[DateMatch] = []
    for rx, read in readers:
        for m in rx.finditer(folded):
            value = read(m)
            if value and is_plausible(value):
                found.append(DateMatch(value, m.start(), m.end(), text[m.start() : m.end()]))
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    out: list[DateMatch] = []
    for item in found:  # drop matches nested in a longer one
        if out and item.start < out[-1].end:
            continue
        out.append(item)
    return out


def parse_date(text: str, order: str = "dmy") -> date | None:
    """The first date in ``text``, or None."""
    found = find_dates(text, order)
    return found[0].value if found else None


_SLASH = re.compile(r"(?<![\d/-])(\d{1,2})([/-])(\d{1,2})\2(\d{2}|\d{4})(?![\d/-])")


# "RICE, MN 56367-9740", "San Mateo, CA 94401": a town, a US state and its ZIP code
US_ADDRESS = re.compile(
    r"[A-Za-z.]+,\s*(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO"
    r"|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)\s+\d{5}"
    r"(?:-\d{4})?(?!\d)"
)
OTHER_MONEY = re.compile(r"€|\b(?:EUR|CHF|GBP|SEK|NOK|DKK|PLN|CZK)\b|£")


def order_unsettled(texts: Iterable[str], value: date) -> bool:
    """Whether ``value`` was read from a slash or dash date that could be either order
    (01-08-2025: the 1st of August or the 8th of January) on a page where no other date
    settles which (one whose first or second number is above 12). Dotted dates (01.08.2025)
    are day first wherever they are written."""
    if value.day > 12 or value.month > 12 or value.day == value.month:
        return False
    printed = False
    for text in texts:
        for m in _SLASH.finditer(text):
            first, second = int(m.group(1)), int(m.group(3))
            if first > 12 or second > 12:
                return False  # the page shows its order
            if {first, second} == {value.day, value.month} and _year(m.group(4)) == value.year:
                printed = True
    return printed


def guess_order(texts: Iterable[str]) -> str:
    """``mdy`` when some slash or dash date can only be month first (03/20/2023, 01-28-2025),
    or, none deciding, when the page prints a US address and no European money (its writer
    dates month first; a European seller billing a US customer names euros or francs); else
    ``dmy``."""
    day_first = month_first = 0
    us_address = other_money = False
    for text in texts:
        us_address = us_address or bool(US_ADDRESS.search(text))
        other_money = other_money or bool(OTHER_MONEY.search(text))
        for m in _SLASH.finditer(text):
            first, second = int(m.group(1)), int(m.group(3))
            if first > 12 >= second:
                day_first += 1
            elif second > 12 >= first:
                month_first += 1
    if month_first != day_first:
        return "mdy" if month_first > day_first else "dmy"
    return "mdy" if us_address and not other_money else "dmy"


_TERMS = re.compile(
    r"(?:(\d{1,3})\s*(?:tage|tagen|jours|jour|giorni|days|day|dagen|dias|j)\b"
    r"|\bnet(?:to)?\s*(\d{1,3})\b)",
    re.IGNORECASE,
)
_TERMS_CONTEXT = re.compile(
    r"netto|net|zahl|paiement|payable|payment|terms|conditions|pagamento|pagabile|echeance|"
    r"faellig|fallig|konditionen|rein|betal|vervaldag|pago|pagar|vencimiento|vencimento|plazo|prazo",
    re.IGNORECASE,
)


def payment_terms_days(text: str) -> int | None:
    """Days of credit in a payment-terms sentence ("Zahlbar innert 30 Tagen netto", "Payable à
    30 jours", "Net 30", "30 giorni data fattura"), or None. The days of a cash discount
    ("2 % Skonto innerhalb 10 Tagen", "10 jours escompte 2 %") are not the term."""
    folded = _fold(text)
    if not _TERMS_CONTEXT.search(folded):
        return None
    for m in _TERMS.finditer(folded):
        clause = re.split(r"[,;]|\.\s", folded[: m.start()])[-1]
        if _DISCOUNT.search(clause) or _DISCOUNT.match(folded[m.end() :]):
            continue  # "2 % Skonto innerhalb 10 Tagen", "10 jours escompte 2 %"
        days = int(m.group(1) or m.group(2))
        return days if 0 < days <= 180 else None
    return None


_DISCOUNT = re.compile(
    r"[^\w,;]*(?:\w+[^\w,;]+){0,2}?(?:skonto|escompte|sconto|discount|korting|descuento|desconto)"
    r"|[^\w,;]*\d+(?:[.,]\d+)?\s*%"
)
