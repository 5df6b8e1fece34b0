"""Amounts and percentages as printed on invoices, in every local style (no dependency).

``find_amounts`` returns the money-like numbers of one line of text with their position, after
masking what only looks like a number: dates, times, phone numbers, IBANs, VAT ids and
percentages. Handled styles: ``1'234.50`` (also with a typographic apostrophe), ``1 234,50`` (normal, no-break and
narrow no-break spaces), ``1.234,50``, ``1,234.50``, ``1234.5``, ``-18,84``, ``(18.84)``,
``18.84-``, ``12.-`` (also with a dash); OCR slips such as ``1O9.20`` or glued labels (``TVA20%``,
``EUR534,36``) are tolerated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

__all__ = ["Amount", "Percent", "find_amounts", "find_percents", "parse_amount", "parse_percent"]

_SPACES = "\u00a0\u202f\u2009\u2007 "
_GROUP_CHARS = "'\u2019`\u00b4" + _SPACES + ".,"
_DASHES = "-–—−"  # noqa: RUF001 - the typographic dashes are the point
_CURRENCY_NEAR = re.compile(
    r"(?:CHF|EUR|USD|GBP|CAD|AUD|NZD|JPY|SEK|NOK|DKK|PLN|CZK|HUF|INR|BRL|SFr\.?|Fr\.|€|R\$|\$|£|∈|₹"
    # "Ä59,50": the euro sign (WinAnsi 0x80) of a font read as MacRoman, glued to the amount
    r"|(?<![A-Za-z])Rs\.?|(?<![A-Za-z])Ä(?=\d)|(?<![A-Za-z])(?:zł|Kč)(?![A-Za-z]))",
)

# What must never be read as an amount; replaced by blanks of the same length first.
_MASKS = [
    re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b"),  # IBAN
    re.compile(r"\bCHE[-\s]?\d{3}[.\s]?\d{3}[.\s]?\d{3}"),  # Swiss UID
    re.compile(r"(?:\+|\b00)\d{2}[\s\d()./-]{6,}\d"),  # international phone numbers
    re.compile(r"\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b"),  # dates 21.09.2022, 2024-03-10
    re.compile(r"\b\d{1,2}/\d{1,4}\b"),  # 02/10, 1/1, 0123/45678 (dates, pages, phones)
    re.compile(r"\b\d{1,2}[:.h]\d{2}\s?(?:Uhr|h\b|heures|ore|am\b|pm\b)", re.I),  # times
    re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b"),  # times 14:05
    re.compile(  # 16 novembre 2019, 11. März 2014, 5. Januar 2026, July 26, 2025
        r"\b(?:\d{1,2}\.?\s*)?(?:jan|feb|f[ée]v|m[äa]r|apr|avr|may|mai|jun|juin|jul|juil|aug|ao[uû]"
        r"|sep|oct|okt|nov|d[ée]c|dez|gen|giu|lug|ago|set|ott|dic)[a-zéûä]*\.?\s*(?:\d{1,2},?\s*)?\d{4}\b",
        re.I,
    ),
]
_PERCENT = re.compile(
    # "Aliq.8.1%": a dot after a word (OCR lost the space) still starts a percentage.
    r"(?<![\d,'’])(?<!\d\.)(\d{1,3}(?:[.,]{1,2}\d{1,3})?)\s?(?:%|o/o|pct\b|号)"  # noqa: RUF001 - OCR reads % as 号
)
# A run of digits with group / decimal separators, possibly several amounts separated by spaces.
_RUN = re.compile(
    r"(?P<neg>[" + _DASHES + r"]|\(\s?)?"
    r"(?P<body>\d(?:\d|[" + _GROUP_CHARS + r"](?=\d))*)"
    r"(?P<tail>[.,][" + _DASHES + r"]{1,2})?"
    r"(?P<close>\))?"
    r"(?P<trail>-(?![\d\w]))?"
)
# "$112. 07": a text layer that spaced the cents off their decimal point (kerning). Only
# where an amount ends: at the end of the line, before a currency or a column gap; not a date
# ("12. 07. 2024", "12. 07 2024") nor a numbered list ("1. 20 items").
_SPLIT_CENTS = re.compile(r"(?<=\d[.,]) (\d{2})(?=\s*$|\s*(?:[A-Z]{3}\b|[€$£])|\s{2,}|\s*[|)])")
_OCR_O = re.compile(r"(?<=\d)[Oo](?=[\d.,'])|(?<=\d[.,])[Oo]|(?<=[.,]\d)[Oo]\b")


@dataclass
class Amount:
    """One number of a line: ``value`` signed, ``decimals`` as printed (``12.-`` counts 2),
    ``grouped`` when it had thousands separators, ``currency`` when a code or symbol touches it."""

    value: Decimal
    start: int
    end: int
    raw: str
    decimals: int = 0
    grouped: bool = False
    currency: str = ""

    @property
    def money_like(self) -> bool:
        """Looks like a price: 2 decimals, grouped thousands or a currency next to it."""
        return self.decimals == 2 or self.grouped or bool(self.currency)


@dataclass
class Percent:
    value: Decimal
    start: int
    end: int


def _mask(text: str, patterns) -> str:
    for pattern in patterns:
        text = pattern.sub(lambda m: " " * len(m.group(0)), text)
    return text


def parse_percent(text: str) -> Decimal | None:
    """``"8.1 %"``, ``"8,1%"``, ``"5,5 %"`` → Decimal; None when it is no percentage."""
    found = find_percents(text)
    return found[0].value if len(found) == 1 else None


def find_percents(text: str) -> list[Percent]:
    out = []
    for m in _PERCENT.finditer(text):
        raw = re.sub(r"[.,]{1,2}", ".", m.group(1))
        try:
            value = Decimal(raw)
        except InvalidOperation:
            continue
        if 0 <= value <= 100:  # "MWST 0 %" rows of exempt supplies count
            out.append(Percent(_plain(value), m.start(), m.end()))
    return out


def _plain(value: Decimal) -> Decimal:
    """20.00 → 20, 8.10 → 8.1 (without the exponent form of Decimal.normalize)."""
    value = value.normalize()
    return value.quantize(Decimal(1)) if value == value.to_integral() else value


def parse_amount(text: str) -> Decimal | None:
    """The single amount in ``text`` (``"CHF 1'234.50"``, ``"(18.84)"``, ``"12.-"``), else None."""
    found = find_amounts(text)
    return found[0].value if len(found) == 1 else None


def find_amounts(text: str, space_groups: bool = True) -> list[Amount]:
    """Every amount-like number of one line, left to right (see the module docstring).

    ``space_groups=False`` reads ``2 113,78`` as two numbers (a quantity and a price)."""
    text = _OCR_O.sub("0", text)
    text = _SPLIT_CENTS.sub(r"\1 ", text)  # same length: positions stay the line's
    masked = _mask(text, _MASKS)
    masked = _PERCENT.sub(lambda m: " " * len(m.group(0)), masked)
    out: list[Amount] = []
    for m in _RUN.finditer(masked):
        if m.start() > 0 and masked[m.start() - 1].isdigit():
            continue
        out.extend(_split_run(m, text, space_groups))
    for a in out:
        a.currency = _currency_near(text, a.start, a.end)
    return out


def _split_run(m: re.Match, text: str, space_groups: bool = True) -> list[Amount]:
    """Cut a run such as ``4 897,29 396,68`` into amounts; signs apply to the first / last one."""
    body = m.group("body")
    base = m.start("body")
    pieces = re.split(r"([" + _SPACES + r"])", body)
    # Greedy: glue space-separated 3-digit groups onto the previous piece while it stays valid.
    tokens: list[tuple[int, str]] = []
    pos = base
    for piece in pieces:
        if piece and piece in _SPACES:
            pos += len(piece)
            continue
        if space_groups and tokens and _space_group_ok(tokens[-1][1], piece):
            start, _ = tokens[-1]
            tokens[-1] = (start, text[start : pos + len(piece)])
        else:
            tokens.append((pos, piece))
        pos += len(piece)
    lead, trail = m.group("neg") or "", m.group("trail") or ""
    paren = lead.startswith("(") and bool(m.group("close")) and len(tokens) == 1
    out = []
    for i, (start, raw) in enumerate(tokens):
        first, last = i == 0, i == len(tokens) - 1
        stripped = raw.rstrip(".,'’ ")  # noqa: RUF001 - "12." at the end of a sentence
        amount = _parse_token(stripped, start, (m.group("tail") or "") if last else "")
        if amount is None:
            continue
        negative = first and lead[:1] in _DASHES and lead != "" and _sign_ok(text, m.start())
        negative = negative or paren or (last and bool(trail))
        if negative:
            amount.value = -amount.value
        if last and m.group("tail"):
            amount.end = m.end("tail")
        out.append(amount)
    return out


def _sign_ok(text: str, index: int) -> bool:
    """A dash is a minus sign only at the start of a word (``AV-2024`` is a number, not -2024)."""
    return index == 0 or not text[index - 1].isalnum()


def _space_group_ok(prev: str, piece: str) -> bool:
    """``4`` + ``897,29`` → ``4 897,29``: only 3-digit groups, only when a decimal part follows."""
    if not re.fullmatch(r"\d{3}(?:[.,]\d{1,2})?", piece):
        return False
    if not re.fullmatch(r"\d{1,3}(?:[" + _SPACES + r"]\d{3})*", prev):
        return False
    return bool(re.search(r"[.,]\d{1,2}$", piece))


def _parse_token(raw: str, start: int, tail: str) -> Amount | None:
    """One number: the last separator followed by 1-2 digits (or a dash) is the decimal point."""
    digits_only = re.sub(r"[^\d]", "", raw)
    if not digits_only or (len(digits_only) > 1 and raw[0] == "0" and raw[1].isdigit()):
        return None  # 0123, 08.30: codes and times, not amounts
    seps = [(i, c) for i, c in enumerate(raw) if not c.isdigit()]
    if tail:
        int_part, dec_part, decimals = raw, "", 2
    elif not seps:
        int_part, dec_part, decimals = raw, "", 0
    else:
        i, c = seps[-1]
        after = raw[i + 1 :]
        groups_before = [s for _, s in seps[:-1]]
        is_decimal = c in ".," and (
            len(after) in (1, 2, 4)
            or (len(after) == 3 and groups_before and c not in groups_before)
        )
        if len(after) == 3 and not groups_before and c in ".,":
            is_decimal = False  # 1.234 / 1,234: a thousands group
        if is_decimal:
            int_part, dec_part, decimals = raw[:i], after, len(after)
        else:
            int_part, dec_part, decimals = raw, "", 0
    if not _groups_ok(int_part):
        return None
    int_digits = re.sub(r"[^\d]", "", int_part)
    if len(int_digits) > 9 or (not int_digits):
        return None
    value = Decimal(int_digits + ("." + dec_part if dec_part else ""))
    return Amount(value, start, start + len(raw), raw, decimals, int_part != int_digits)


def _groups_ok(int_part: str) -> bool:
    """Thousands groups: one separator kind, 1-3 leading digits, then groups of exactly 3."""
    seps = {c for c in int_part if not c.isdigit()}
    if not seps:
        return True
    if len(seps) > 1 and not seps <= set(_SPACES):
        return False
    return bool(re.fullmatch(r"\d{1,3}(?:[^\d]\d{3})+", int_part))


def _currency_near(text: str, start: int, end: int) -> str:
    before = text[max(0, start - 5) : start].rstrip()
    after = text[end : end + 5].lstrip()
    if re.match(r"CHE(?![-\w])", after):
        return "CHF"  # OCR reads the F of CHF as E
    for chunk, at_end in ((before, True), (after, False)):
        for m in _CURRENCY_NEAR.finditer(chunk):
            if (at_end and m.end() == len(chunk)) or (not at_end and m.start() == 0):
                return currency_code(m.group(0))
    return ""


# A currency named in words, any case (``words=True``): how customers write it in a reply.
_CURRENCY_WORDS = {"sfr": "CHF", "fr": "CHF", "franc": "CHF", "francs": "CHF", "franken": "CHF",
                   "euro": "EUR", "euros": "EUR"}  # fmt: skip


def currency_code(token: str, words: bool = False) -> str:
    """ISO code for a printed currency code or symbol (``Fr.`` / ``SFr.`` → CHF); ``words``: also
    for a currency's name in any case (``francs``, ``Euro``, ``sfr.``)."""
    token = token.strip().rstrip(".")
    if words and token.lower() in _CURRENCY_WORDS:
        return _CURRENCY_WORDS[token.lower()]
    symbols = {"€": "EUR", "∈": "EUR", "$": "USD", "£": "GBP", "SFr": "CHF", "Fr": "CHF",
               "₹": "INR", "Rs": "INR", "R$": "BRL", "Ä": "EUR", "EURO": "EUR", "EUROS": "EUR",
               "zł": "PLN", "Kč": "CZK"}  # fmt: skip
    return symbols.get(token, token.upper())
