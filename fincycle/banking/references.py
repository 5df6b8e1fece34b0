"""Payment references found on bank lines: Swiss QR reference (QRR), ISO 11649 creditor
reference (SCOR, ``RF…``) and IBAN checks.

Pure Python, no dependency: the check digits are computed here (QRR: recursive modulo 10 as in
the Swiss QR-bill / ISR spec; SCOR and IBAN: ISO 7064 MOD 97-10), so the same code runs in the
Odoo server and in the pure tests.
"""

from __future__ import annotations

import re

__all__ = [
    "QRR",
    "SCOR",
    "classify_reference",
    "find_iban",
    "find_structured_reference",
    "is_valid_iban",
    "is_valid_qrr",
    "is_valid_scor",
    "normalize_qrr",
    "normalize_scor",
    "qrr_check_digit",
]

QRR = "qrr"
SCOR = "scor"

QRR_LENGTH = 27
_MOD10_TABLE = (0, 9, 4, 6, 8, 2, 7, 1, 3, 5)
_WHITESPACE = re.compile(r"\s+")
_SCOR_SHAPE = re.compile(r"RF\d{2}[A-Z0-9]{1,21}")
_IBAN_SHAPE = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}")

# Free-text scanning: a run of digits in groups separated by single spaces (QRR), or a token
# that starts like an RF reference / an IBAN, possibly printed in groups of four.
_DIGIT_RUN = re.compile(r"(?<![0-9A-Za-z])\d+(?: \d+)*(?![0-9A-Za-z])")
_SCOR_START = re.compile(r"(?<![0-9A-Za-z])RF\d{2}", re.IGNORECASE)
_IBAN_START = re.compile(r"(?<![0-9A-Za-z])[A-Z]{2}\d{2}")
_TOKEN = re.compile(r"[0-9A-Za-z]+")


def _compact(value) -> str:
    return _WHITESPACE.sub("", str(value or ""))


def qrr_check_digit(digits: str) -> int:
    """Check digit of ``digits`` by the recursive modulo 10 algorithm (QR-bill / ISR)."""
    carry = 0
    for char in digits:
        carry = _MOD10_TABLE[(carry + int(char)) % 10]
    return (10 - carry) % 10


def normalize_qrr(value) -> str:
    """Digits of a QR reference without spaces; a shorter all-digit value is left-padded with
    zeros to 27 digits (references are numbers: payers and banks often drop leading zeros)."""
    compact = _compact(value)
    if compact.isdigit() and len(compact) < QRR_LENGTH:
        return compact.zfill(QRR_LENGTH)
    return compact


def is_valid_qrr(value) -> bool:
    """27 digits, correct recursive modulo 10 check digit, not all zeros."""
    digits = normalize_qrr(value)
    if len(digits) != QRR_LENGTH or not digits.isascii() or not digits.isdigit():
        return False
    if not digits.strip("0"):
        return False
    return qrr_check_digit(digits[:-1]) == int(digits[-1])


def _mod97(value: str) -> int:
    """ISO 7064 MOD 97-10 of an alphanumeric string (A=10 … Z=35)."""
    remainder = 0
    for char in value:
        remainder = (remainder * (100 if char.isalpha() else 10) + int(char, 36)) % 97
    return remainder


def normalize_scor(value) -> str:
    """Creditor reference in its electronic form: no spaces, upper case."""
    return _compact(value).upper()


def is_valid_scor(value) -> bool:
    """ISO 11649 creditor reference: ``RF``, two check digits (02-98), 1-21 alphanumerics,
    MOD 97-10 of ``body + 'RF' + check`` equal to 1."""
    ref = normalize_scor(value)
    if not ref.isascii() or not _SCOR_SHAPE.fullmatch(ref):
        return False
    if not 2 <= int(ref[2:4]) <= 98:
        return False
    return _mod97(ref[4:] + ref[:4]) == 1


def is_valid_iban(value) -> bool:
    """Shape (country, check digits, 11-30 alphanumerics) and MOD 97-10 check.
    The per-country length is not checked."""
    iban = normalize_scor(value)
    if not iban.isascii() or not _IBAN_SHAPE.fullmatch(iban):
        return False
    return _mod97(iban[4:] + iban[:4]) == 1


def _grouped_candidates(text: str, start: int, max_length: int):
    """Compact candidates that begin at ``start``: the first token alone, and, when it is a
    4-character group, the growing concatenation of following 4-character groups (the last
    group may be shorter) separated by single spaces. Longest first."""
    first = _TOKEN.match(text, start)
    candidates = [first.group(0)]
    position = first.end()
    if len(first.group(0)) == 4:
        compact = first.group(0)
        while position < len(text) and text[position] == " ":
            token = _TOKEN.match(text, position + 1)
            if (
                not token
                or len(token.group(0)) > 4
                or len(compact) + len(token.group(0)) > max_length
            ):
                break
            compact += token.group(0)
            candidates.append(compact)
            position = token.end()
            if len(token.group(0)) < 4:
                break
    return [c.upper() for c in reversed(candidates) if len(c) <= max_length]


def _find_qrr(text: str):
    """(position, digits) of the first valid QR reference written as 27 digits, compact or in
    space-separated groups, not part of a longer number."""
    for run in _DIGIT_RUN.finditer(text):
        tokens = [(m.start(), m.group(0)) for m in re.finditer(r"\d+", run.group(0))]
        for first in range(len(tokens)):
            digits = ""
            for _pos, token in tokens[first:]:
                digits += token
                if len(digits) >= QRR_LENGTH:
                    break
            if len(digits) == QRR_LENGTH and is_valid_qrr(digits):
                return run.start() + tokens[first][0], digits
    return None


def _find_scor(text: str):
    for match in _SCOR_START.finditer(text):
        for candidate in _grouped_candidates(text, match.start(), 25):
            if is_valid_scor(candidate):
                return match.start(), candidate
    return None


def find_structured_reference(text) -> tuple[str, str] | None:
    """First valid QR reference or creditor reference in ``text``: ``("qrr", digits)`` or
    ``("scor", "RF…")`` (normalized), or None. Invalid check digits never match, so a
    reference with a typo is left to fuzzy matching."""
    if not text:
        return None
    text = str(text)
    found = [
        (hit[0], kind, hit[1])
        for kind, hit in ((QRR, _find_qrr(text)), (SCOR, _find_scor(text)))
        if hit
    ]
    if not found:
        return None
    _position, kind, value = min(found)
    return kind, value


def classify_reference(value, declared="") -> tuple[str, str] | None:
    """The one classification of a payment reference: ``(QRR, digits)``, ``(SCOR, "RF…")``
    (normalized) or None (other / no valid reference).

    ``declared`` is the type a bank or file states for the value (camt ``Prtry`` ``QRR`` / ``Cd``
    ``SCOR``, any case; empty or anything else when unknown). A declared type is taken when the
    value passes that type's check digit (a declared QR reference may miss its leading zeros).
    Otherwise the value itself is read: the first valid reference written in it (27 digits or
    ``RF…``, compact or in groups, also inside free text). A check digit that fails never classifies, so
    a reference with a typo is left to fuzzy matching (the caller may note the typo)."""
    if not value or not str(value).strip():
        return None
    kind = str(declared or "").strip().lower()
    if kind == QRR and is_valid_qrr(value):
        return QRR, normalize_qrr(value)
    if kind == SCOR and is_valid_scor(value):
        return SCOR, normalize_scor(value)
    return find_structured_reference(value)


def find_iban(text, exclude=()) -> str | None:
    """First valid IBAN in ``text`` (compact or in groups of four), normalized; IBANs in
    ``exclude`` (any spacing) are skipped."""
    if not text:
        return None
    excluded = {normalize_scor(value) for value in exclude if value}
    for match in _IBAN_START.finditer(str(text)):
        for candidate in _grouped_candidates(str(text), match.start(), 34):
            if candidate not in excluded and is_valid_iban(candidate):
                return candidate
    return None
