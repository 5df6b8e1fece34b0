"""Text normalisation for matching: reference keys, typo distance, names, amounts in text.

All functions are pure and cached where the same strings come back often (partner names,
counterparty names)."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation
from functools import lru_cache

__all__ = [
    "compact_key",
    "deletions",
    "digits_key",
    "foreign_amounts",
    "group_key",
    "month_mentions",
    "name_tokens",
    "tokens",
    "within_one_edit",
]

_TOKEN = re.compile(r"[0-9A-Za-z]+")
_RUN = re.compile(r"[A-Z]+|[0-9]+")
_NON_ALNUM = re.compile(r"[^0-9A-Z]+")


def tokens(text: str) -> list[str]:
    """ASCII alphanumeric runs of ``text``, upper case (separators dropped)."""
    return [t.upper() for t in _TOKEN.findall(text or "")]


def compact_key(text: str) -> str:
    """``INV/2025/00012`` → ``INV202500012``: upper case, separators and spaces removed."""
    return _NON_ALNUM.sub("", (text or "").upper())


def group_key(text: str) -> str:
    """Letter and digit groups with leading zeros dropped: ``INV/2025/00012`` and
    ``inv 2025 12`` both give ``INV|2025|12``."""
    runs = _RUN.findall((text or "").upper())
    return "|".join((r.lstrip("0") or "0") if r[0].isdigit() else r for r in runs)


def digits_key(text: str) -> str:
    """The digits of a number that also has letters (``INV/2025/00012`` → ``202500012``);
    empty when the number has no letters or fewer than 6 digits (too weak to search)."""
    compact = compact_key(text)
    digits = "".join(c for c in compact if c.isdigit())
    if len(digits) == len(compact) or len(digits) < 6:
        return ""
    return digits


def deletions(key: str) -> set[str]:
    """Every string obtained by deleting one character (the symmetric-delete typo index)."""
    return {key[:i] + key[i + 1 :] for i in range(len(key))}


def within_one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by at most one insertion, deletion, substitution or
    swap of two adjacent characters (optimal string alignment distance <= 1)."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    if la > lb:
        a, b, la, lb = b, a, lb, la
    i = 0
    while i < la and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]


# -- names ------------------------------------------------------------------------------------

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "œ": "oe"})
# Legal forms and connectors: they say nothing about who pays.
NAME_STOPWORDS = frozenset(
    """
    ag gmbh mbh kg ohg eg ev gbr ug co cie sa sas sasu sarl sarl snc sci eurl scop ltd limited
    inc llc llp plc corp corporation bv nv srl spa sagl ab as asa oy aps se sl slu lda sro
    genossenschaft cooperative fils sohn soehne sons und and et the de du des la le les von van
    der die das den el di da
    """.split()
)


def _fold(text: str) -> str:
    text = (text or "").lower().translate(_UMLAUTS)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    # Banks and payers write umlauts as "ue" or as a bare "u": reduce both sides the same way.
    return text.replace("ae", "a").replace("oe", "o").replace("ue", "u")


@lru_cache(maxsize=200_000)
def name_tokens(name: str) -> tuple[str, ...]:
    """Distinctive tokens of a person or company name, accent-, case- and order-insensitive:
    ``Müller Handels GmbH & Co. KG`` → ``("muller", "handels")``."""
    words = re.findall(r"[a-z0-9]+", _fold(name))
    return tuple(w for w in words if w not in NAME_STOPWORDS and len(w) > 1 and not w.isdigit())


# -- amounts written in text ------------------------------------------------------------------

_FOREIGN_AMOUNT = re.compile(
    r"(?<![A-Z])(?P<cur>[A-Z]{3})\s?(?P<amount>\d{1,3}(?:[' ,.]?\d{3})*(?:[.,]\d{2})?)(?!\d)"
)


def _parse_amount(text: str) -> Decimal | None:
    text = text.replace("'", "").replace(" ", "")
    if re.search(r"[.,]\d{2}$", text):
        whole, cents = text[:-3], text[-2:]
        whole = whole.replace(".", "").replace(",", "")
        text = f"{whole}.{cents}"
    else:
        text = text.replace(".", "").replace(",", "")
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def foreign_amounts(text: str, currencies) -> list[tuple[str, Decimal]]:
    """``(currency, amount)`` pairs written in ``text`` such as ``EUR 1757.84`` or
    ``USD 1,250.00``, for the given currency codes only."""
    found = []
    for match in _FOREIGN_AMOUNT.finditer(text or ""):
        currency = match.group("cur")
        if currency not in currencies:
            continue
        amount = _parse_amount(match.group("amount"))
        if amount:
            found.append((currency, amount))
    return found


# -- months written in text ---------------------------------------------------------------------

# Full month names (folded like names) in German, French, Italian, Spanish, Dutch and English;
# abbreviations count only next to a year ("Jan 2025"), and so does English "may".
_MONTHS = {
    1: "januar janvier gennaio enero januari january",
    2: "februar fevrier febbraio febrero februari february",
    3: "marz maerz mars marzo maart march",
    4: "april avril aprile abril",
    5: "mai maggio mayo mei may",
    6: "juni juin giugno junio june",
    7: "juli juillet luglio julio july",
    8: "august aout agosto augustus",
    9: "september septembre settembre septiembre",
    10: "oktober octobre ottobre octubre october",
    11: "november novembre noviembre",
    12: "dezember decembre dicembre diciembre december",
}
_MONTH_WORDS = {word: month for month, words in _MONTHS.items() for word in words.split()}
_MONTH_ABBREVIATIONS = {
    "jan": 1, "janv": 1, "gen": 1, "ene": 1, "feb": 2, "fev": 2, "fevr": 2, "mrz": 3, "mar": 3,
    "apr": 4, "avr": 4, "abr": 4, "mag": 5, "jun": 6, "giu": 6, "jul": 7, "juil": 7, "lug": 7,
    "aug": 8, "ago": 8, "sep": 9, "sept": 9, "set": 9, "okt": 10, "oct": 10, "ott": 10,
    "nov": 11, "dez": 12, "dec": 12, "dic": 12,
}  # fmt: skip
_NEED_YEAR = {"may"}  # an English word too
_MONTH_TOKEN = re.compile(r"[a-z]+|\d+")
_NUMERIC_MONTHS = (
    # 12.03.2025, 12/03/2025: a date names its month
    (re.compile(r"(?<![\d.])(\d{1,2})[./](\d{1,2})[./](20\d\d)(?![\d])"), 2, 3),
    (re.compile(r"(?<!\d)(20\d\d)-(\d{2})-(\d{2})(?!\d)"), 2, 1),
    # 03/2025, 3.2025, 2025-03, 2025/03
    (re.compile(r"(?<![\d./])(\d{1,2})[./-](20\d\d)(?![\d./-])"), 1, 2),
    (re.compile(r"(?<![\d./-])(20\d\d)[-/](\d{1,2})(?![\d./-])"), 2, 1),
)


@lru_cache(maxsize=50_000)
def month_mentions(text: str) -> frozenset[tuple[int | None, int]]:
    """Months a payer names in ``text``: ``(year or None, month)`` pairs from month names in six
    languages ("Abo März 2025", "cotisation mars") and numeric forms ("03/2025", "2025-03",
    a date "12.03.2025")."""
    if not text:
        return frozenset()
    found = set()
    for pattern, month_group, year_group in _NUMERIC_MONTHS:
        for match in pattern.finditer(text):
            month = int(match.group(month_group))
            if 1 <= month <= 12:
                found.add((int(match.group(year_group)), month))
    words = _MONTH_TOKEN.findall(_fold(text).replace(".", " "))
    for index, word in enumerate(words):
        month = _MONTH_WORDS.get(word)
        short = month is None or word in _NEED_YEAR
        if month is None:
            month = _MONTH_ABBREVIATIONS.get(word)
        if month is None:
            continue
        after = words[index + 1] if index + 1 < len(words) else ""
        year = int(after) if after.isdigit() and len(after) == 4 and after[:2] == "20" else None
        if short and year is None:
            continue
        found.add((year, month))
    return frozenset(found)
