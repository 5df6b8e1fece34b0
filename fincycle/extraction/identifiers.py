"""Identifiers printed on invoices: VAT ids, IBANs, company registry numbers, payment
references and e-mail addresses.

Every finder scans one line of text and returns :class:`Match` records (normalised value, span
in the text, kind). Checksums come from python-stdnum and :mod:`fincycle.banking.references`:
a candidate whose check digits are wrong is not returned (except :func:`find_ibans` with
``allow_bad_checksum``, for printed IBANs whose shape is right, flagged ``valid=False``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from stdnum import get_cc_module, vatin
from stdnum import iban as std_iban
from stdnum.au import abn as au_abn
from stdnum.ch import uid as ch_uid
from stdnum.de import vat as de_vat
from stdnum.es import nif as es_nif
from stdnum.eu import vat as eu_vat
from stdnum.exceptions import InvalidChecksum, ValidationError
from stdnum.fr import siren as fr_siren
from stdnum.fr import siret as fr_siret
from stdnum.fr import tva as fr_tva
from stdnum.gb import vat as gb_vat
from stdnum.in_ import gstin as in_gstin
from stdnum.it import iva as it_iva
from stdnum.no import mva as no_mva
from stdnum.nz import ird as nz_ird
from stdnum.pt import nif as pt_nif

from fincycle.banking import references

from .qrbill import is_qr_iban

__all__ = [
    "Match",
    "find_abns",
    "find_emails",
    "find_eu_vats",
    "find_ibans",
    "find_labelled_tax_ids",
    "find_labelled_vats",
    "find_references",
    "find_sirens",
    "find_sirets",
    "find_swiss_uids",
    "find_vat_ids",
    "fix_ocr_digits",
    "format_swiss_uid",
    "is_qr_iban",
    "is_valid_vat",
    "name_key",
    "normalize_vat",
    "strip_legal_form",
]


@dataclass
class Match:
    value: str
    start: int
    end: int
    kind: str = ""  # vat | uid | iban | qr_iban | siret | siren | qrr | scor | email
    valid: bool = True
    suffix: str = ""  # MWST / TVA / IVA after a Swiss UID


# --- OCR tolerance ----------------------------------------------------------------------------

_DIGITISH = re.compile(r"(?<![A-Za-z])[0-9OoIl|]*\d[0-9OoIl|]*(?![A-Za-z])")
_OCR_DIGIT = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1", "|": "1"})


def fix_ocr_digits(text: str) -> str:
    """Read O/o as 0 and I/l/| as 1 inside tokens that are otherwise digits ("2O24" → "2024").
    The length is unchanged, so spans stay valid for the original text."""
    return _DIGITISH.sub(lambda m: m.group(0).translate(_OCR_DIGIT), text)


# --- VAT ids ----------------------------------------------------------------------------------

_SWISS_UID = re.compile(
    r"(?<![A-Za-z0-9])CHE[\s\-.:]{0,2}(\d{3})[\s.\-']?(\d{3})[\s.\-']?(\d{3})(?!\d)"
    r"(?:[\s\-]{0,2}(MWST|TVA|IVA|VAT|HR|IDE))?",
    re.IGNORECASE,
)
_EU_PREFIX = (
    "AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI|GB"
)
_EU_VAT = re.compile(
    rf"(?<![A-Za-z0-9])({_EU_PREFIX})[\s\-.:]?([0-9A-Z](?:[0-9A-Z]|[\s.\-](?=[0-9A-Z])){{1,16}})"
)


def format_swiss_uid(value: str) -> str:
    """``CHE123456789`` → ``CHE-123.456.789``."""
    digits = re.sub(r"\D", "", value)
    return f"CHE-{digits[:3]}.{digits[3:6]}.{digits[6:9]}"


# What may follow a Swiss UID: the VAT register (MWST/TVA/IVA, TPA in Romansh, VAT), the
# commercial register (HR) or the UID register itself (IDE).
_SWISS_UID_SUFFIX = re.compile(r"(MWST|TVA|IVA|TPA|VAT|HR|IDE)$")


def normalize_vat(value: str | None) -> str:
    """The one key of a VAT id: compact, upper case, no separators, and for a Swiss UID without
    its register suffix (``CHE-116.281.710 MWST`` → ``CHE116281710``, ``fr 40 303265045`` →
    ``FR40303265045``). Everything that compares or stores VAT ids uses it (the extraction,
    the LLM answer, e-invoice XML, the partners' ``vat_key`` in the add-on)."""
    compact = re.sub(r"[^0-9A-Za-z]", "", value or "").upper()
    if compact.startswith("CHE"):
        compact = _SWISS_UID_SUFFIX.sub("", compact)
    return compact


def is_valid_vat(value: str | None, unknown_country: bool = False) -> bool:
    """The check digits of a VAT id with its country prefix: Swiss UID, EU member states
    (GB apart, no longer one for stdnum), any other country python-stdnum knows. A prefix
    python-stdnum has no rule for gives ``unknown_country``: not valid for a lookup, no failed
    check for the bill's cross-checks (a check that cannot be made does not fail)."""
    vat = normalize_vat(value)
    if len(vat) < 3:
        return False
    if vat.startswith("CHE"):
        return ch_uid.is_valid(vat)
    if vat.startswith("GB"):
        return gb_vat.is_valid(vat[2:])
    if vat[:2].lower() in eu_vat.MEMBER_STATES or vat.startswith("EL"):  # Greece: EL
        return eu_vat.is_valid(vat)
    try:
        known = get_cc_module(vat[:2].lower(), "vat") is not None
    except Exception:  # a prefix that is no country code
        known = False
    return vatin.is_valid(vat) if known else unknown_country


def find_swiss_uids(text: str) -> list[Match]:
    """Swiss UIDs (CHE-123.456.789, optionally followed by MWST/TVA/IVA) with a valid check digit."""
    out = []
    for m in _SWISS_UID.finditer(fix_ocr_digits(text)):
        value = "CHE" + m.group(1) + m.group(2) + m.group(3)
        if ch_uid.is_valid(value):
            suffix = (m.group(4) or "").upper()
            out.append(Match(value, m.start(), m.end(), "uid", True, suffix))
    return out


def find_eu_vats(text: str) -> list[Match]:
    """EU VAT ids with a country prefix ("FR 12 345678901", "DE123456789") and a valid checksum.
    The longest valid reading wins; separators inside the number are allowed."""
    out = []
    fixed = fix_ocr_digits(text)
    for m in _EU_VAT.finditer(fixed):
        country = m.group(1)
        body = m.group(2)
        for end in range(len(body), 0, -1):
            if end < len(body) and body[end].isalnum() and body[end - 1].isalnum():
                continue  # never cut inside a group of characters
            compact = re.sub(r"[^0-9A-Z]", "", body[:end])
            if not compact or not any(c.isdigit() for c in compact):
                continue
            if _valid_vat(country, compact):
                out.append(Match(country + compact, m.start(), m.start(2) + end, "vat"))
                break
    return out


def find_bad_checksum_vats(text: str) -> list[Match]:
    """VAT ids whose shape is right for their country but whose check digits are wrong
    (``DE123456789``, a typo, an OCR slip): kept by the readers as printed, never trusted
    (``valid=False``). A wrong length or format is no VAT id at all."""
    out = []
    fixed = fix_ocr_digits(text)
    for m in _EU_VAT.finditer(fixed):
        country, body = m.group(1), m.group(2)
        for end in range(len(body), 0, -1):
            if end < len(body) and body[end].isalnum() and body[end - 1].isalnum():
                continue  # never cut inside a group of characters
            compact = re.sub(r"[^0-9A-Z]", "", body[:end])
            if compact and _only_checksum_fails(country + compact):
                out.append(Match(country + compact, m.start(), m.start(2) + end, "vat", False))
                break
    for m in _SWISS_UID.finditer(fixed):
        value = "CHE" + m.group(1) + m.group(2) + m.group(3)
        if _only_checksum_fails(value):
            out.append(Match(value, m.start(), m.end(), "uid", False))
    return out


def _only_checksum_fails(vat: str) -> bool:
    try:
        if vat.startswith("CHE"):
            ch_uid.validate(vat)
        elif vat.startswith("GB"):  # no longer an EU member for python-stdnum
            gb_vat.validate(vat[2:])
        else:
            eu_vat.validate(vat)
    except InvalidChecksum:
        return True
    except ValidationError:
        return False
    return False


def _valid_vat(country: str, number: str) -> bool:
    return is_valid_vat(country + number)


# VAT numbers printed without their country prefix, recognised by the label in front of them:
# (country, label on folded text, digit count, validator).
_BARE_VAT = (
    ("IT", r"partita\s*i\.?\s*v\.?\s*a|p\.?\s*i\.?\s*v\.?\s*a\b|\biva\b|codice\s*fiscale|c\.?\s*f\b"
     r"|\bvat\b", 11, it_iva.is_valid),
    ("FR", r"\btva\b", 11, fr_tva.is_valid),
    ("DE", r"\bust\b|ust\s*-?\s*id|umsatzsteuer|steuer\s*-?\s*id|\bmwst\b", 9, de_vat.is_valid),
    ("GB", r"\bvat\b", 9, gb_vat.is_valid),
    ("GB", r"\bvat\b", 12, gb_vat.is_valid),
    # Portugal: "NIF 501964843", "Contribuinte n.º 501 964 843" (a Spanish NIF has a letter)
    ("PT", r"\bn\.?\s?i\.?\s?f\b|\bn\.?\s?i\.?\s?p\.?\s?c\b|contribuinte", 9, pt_nif.is_valid),
)  # fmt: skip
# Spain: the NIF / CIF is printed without "ES" ("CIF: B12345674", "N.I.F. B-12.345.674",
# "NIF 12345678Z"), a letter at one end; read after its label only, check character valid.
_ES_LABEL = re.compile(r"\b(?:c|n)\.?\s?i\.?\s?f\b|\bnif\b|\bcif\b")
_ES_ID = re.compile(
    r"(?<![\w.,/-])(?:[A-HJ-NP-SUVWXYZ][ .-]?\d{2}[ .]?\d{3}[ .]?\d{2}[ .-]?[0-9A-J]"
    r"|\d{2}[ .]?\d{3}[ .]?\d{3}[ .-]?[A-Z])(?![\w/-]|[.,]\d)"
)
_BARE_DIGITS = re.compile(r"(?<![\w.,/-])\d(?:[ .]?\d){8,11}(?![\w/-]|[.,]\d)")


def find_labelled_vats(text: str, context: str = "") -> list[Match]:
    """VAT ids printed without a country prefix after their label ("Partita IVA 12345678901",
    "USt-IdNr. 123456789", "VAT Reg. No. 123 4567 89"). The label is looked for in ``text``
    before the number or in ``context`` (the label column or the line above, folded). The
    checksum of the country the label names must hold."""
    out = []
    fixed = fix_ocr_digits(text)
    folded = fixed.lower()
    for m in _BARE_DIGITS.finditer(fixed):
        digits = re.sub(r"\D", "", m.group(0))
        label = folded[max(0, m.start() - 40) : m.start()] + " | " + context
        for country, pattern, length, valid in _BARE_VAT:
            if len(digits) == length and re.search(pattern, label) and valid(digits):
                out.append(Match(country + digits, m.start(), m.end(), "vat"))
                break
    for m in _ES_ID.finditer(fixed.upper()):
        label = folded[max(0, m.start() - 40) : m.start()] + " | " + context
        value = re.sub(r"[ .-]", "", m.group(0))
        if _ES_LABEL.search(label) and es_nif.is_valid(value):
            out.append(Match("ES" + value, m.start(), m.end(), "vat"))
    return sorted(out, key=lambda m: m.start)


# An Australian Business Number is the company's registry number, not its GST registration
# (as a SIREN is not a VAT id): ``find_abns`` serves the company registry.
_ABN = re.compile(r"\ba\.?\s?b\.?\s?n\b\.?\s*:?\s*(\d{2}(?:[ ]?\d{3}){3})(?![\w/-]|[.,]\d)", re.I)


def find_abns(text: str) -> list[Match]:
    """Australian Business Numbers after their label ("ABN: 51 824 753 556"), check digits valid."""
    out = []
    for m in _ABN.finditer(text):
        value = re.sub(r"\D", "", m.group(1))
        if au_abn.is_valid(value):
            out.append(Match(value, m.start(1), m.end(1), "abn"))
    return out


# Tax ids of countries outside Europe, read only after their own label (a bare 9-digit number
# is anything): (label on folded text, number pattern, validator). The value is kept as printed
# without spaces, dots and dashes, as the country's registry writes it.
_NON_EU_TAX_IDS = (
    # New Zealand GST number (= IRD number, 8 or 9 digits): "GST No. 12-345-678", "G.S.T. reg."
    # also after a bare "GST:" / "GST" label right before the number, or alone in its label cell
    (r"\bg\.?\s?s\.?\s?t\.?\s*(?:reg(?:istration|istered|\.)?|no\b|n°|number|num\b|#|id\b)"
     r"|^[^|]*\bg\.?\s?s\.?\s?t\b\.?\s*:?\s*\||\|\s*g\.?\s?s\.?\s?t\.?\s*:?\s*(?:\||$)",
     r"(?<![\w.,/-])\d{2,3}[ -]?\d{3}[ -]?\d{3}(?![\w/-]|[.,]\d)", nz_ird.is_valid),
    # Indian GSTIN (15 characters, state code + PAN + check): "GSTIN: 27AAPFU0939F1ZV"
    (r"\bgst(?:\s*(?:in|no|number|reg)|\b)", r"(?<![A-Za-z0-9])\d{2}[A-Z]{5}\d{4}[A-Z][0-9A-Z]Z[0-9A-Z](?![A-Za-z0-9])",
     in_gstin.is_valid),
    # Norwegian VAT number: the organisation number with its "MVA" suffix, which is its label
    # ("Org.nr. 923 609 016 MVA", "NO 923 609 016 MVA")
    (r"", r"(?<![\w.,/-])(?:NO\s?)?\d{3}[ .]?\d{3}[ .]?\d{3}\s?MVA\b", no_mva.is_valid),
    # the EU One-Stop-Shop number of a seller outside the Union (SaaS bills: "EU OSS VAT
    # EU372041333"): "EU" and 9 digits, no check digits, so only after a VAT or OSS label
    (r"\b(?:oss|moss|voes|vat|tva|mwst|ust)\b", r"(?<![A-Za-z0-9])EU\s?\d{3}\s?\d{3}\s?\d{3}(?![\w/-]|[.,]\d)",
     lambda value: True),
)  # fmt: skip


def find_labelled_tax_ids(text: str, context: str = "") -> list[Match]:
    """Tax ids of New Zealand (GST number), India (GSTIN), Norway (MVA) and the EU One-Stop-Shop
    numbers of sellers outside the Union, only after their label in ``text`` (the 40 characters
    before the number) or in ``context`` (the label column or the line above, folded), and only
    with valid check digits (the OSS number has none)."""
    out: list[Match] = []
    folded = text.lower()
    for label_re, number_re, valid in _NON_EU_TAX_IDS:
        for m in re.finditer(number_re, text):
            label = folded[max(0, m.start() - 40) : m.start()] + " | " + context
            value = re.sub(r"[^0-9A-Z]", "", m.group(0).upper())
            if value.endswith("MVA"):
                value = "NO" + value.removeprefix("NO")  # Norway's VAT number, as Odoo writes it
            if re.search(label_re, label) and valid(value):
                if not any(o.start <= m.start() < o.end for o in out):
                    out.append(Match(value, m.start(), m.end(), "tax_id"))
    return sorted(out, key=lambda m: m.start)


def find_vat_ids(text: str) -> list[Match]:
    """Swiss UIDs and EU VAT ids, in text order, IBAN look-alikes excluded."""
    ibans = find_ibans(text, allow_bad_checksum=True)
    found = find_swiss_uids(text)
    for match in find_eu_vats(text):
        if any(i.start <= match.start < i.end for i in ibans):
            continue
        found.append(match)
    return sorted(found, key=lambda m: m.start)


# --- IBAN -------------------------------------------------------------------------------------

_IBAN_LENGTHS = {
    "AD": 24, "AT": 20, "BE": 16, "CH": 21, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "EE": 20,
    "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GR": 27, "HR": 21, "HU": 28, "IE": 22, "IT": 27,
    "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MT": 31, "NL": 18, "NO": 15, "PL": 28,
    "PT": 25, "RO": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27,
}  # fmt: skip
_IBAN_START = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2})\s?(\d{2})")


def find_ibans(text: str, allow_bad_checksum: bool = False) -> list[Match]:
    """IBANs written compact or in groups ("CH93 0076 2011 6238 5295 7"). A QR-IBAN gets kind
    ``qr_iban``. With ``allow_bad_checksum``, a candidate of the exact national length whose
    check digits are wrong is returned with ``valid=False``."""
    raw = _find_ibans(text, allow_bad_checksum)
    if all(m.valid for m in raw) and raw:
        return raw  # letters in the account part are real (Italian CIN "IT60 X054...")
    fixed = _find_ibans(fix_ocr_digits(text), allow_bad_checksum)
    valid = [m for m in raw if m.valid]
    return sorted(
        valid + [m for m in fixed if not any(v.start <= m.start < v.end for v in valid)],
        key=lambda m: m.start,
    )


def _find_ibans(fixed: str, allow_bad_checksum: bool) -> list[Match]:
    out: list[Match] = []
    position = 0
    while True:
        m = _IBAN_START.search(fixed, position)
        if not m:
            return out
        position = m.end()
        country = m.group(1)
        length = _IBAN_LENGTHS.get(country)
        if length is None:
            continue
        compact = country + m.group(2)
        end = m.end()
        i = m.end()
        while i < len(fixed) and len(compact) < length:
            char = fixed[i]
            if char.isalnum():
                compact += char.upper()
                end = i + 1
            elif char != " " or i + 1 >= len(fixed) or not fixed[i + 1].isalnum():
                break
            i += 1
        if len(compact) != length or (end < len(fixed) and fixed[end].isalnum()):
            continue
        valid = std_iban.is_valid(compact)
        if valid or allow_bad_checksum:
            kind = "qr_iban" if is_qr_iban(compact) else "iban"
            out.append(Match(compact, m.start(), end, kind, valid))
            position = end


# --- French company ids -----------------------------------------------------------------------

_SIRET = re.compile(r"(?<!\d)(\d{3}[\s.]?\d{3}[\s.]?\d{3}[\s.]?\d{5})(?!\d)")
_SIREN = re.compile(r"(?<!\d)(\d{3}[\s.]?\d{3}[\s.]?\d{3})(?![\d\s.]*\d{2})")


def _find_french_ids(pattern, is_valid, kind: str, text: str) -> list[Match]:
    """The digit groups ``pattern`` finds (OCR digit slips fixed) that ``is_valid`` accepts."""
    out = []
    for m in pattern.finditer(fix_ocr_digits(text)):
        value = re.sub(r"\D", "", m.group(1))
        if is_valid(value):
            out.append(Match(value, m.start(1), m.end(1), kind))
    return out


def find_sirets(text: str) -> list[Match]:
    return _find_french_ids(_SIRET, fr_siret.is_valid, "siret", text)


def find_sirens(text: str) -> list[Match]:
    return _find_french_ids(_SIREN, fr_siren.is_valid, "siren", text)


# --- payment references -----------------------------------------------------------------------


# A creditor reference as printed in groups ("RF50 FV00 0030"), body up to 21 characters.
_RF_TOKEN = re.compile(r"(?<![A-Za-z0-9])(RF\d{2})((?:\s?[0-9A-Za-z]{1,4}){1,6})")


def _rf_ocr_zeros(text: str) -> str:
    """O/o read for 0 in the body of a creditor reference ("RF50 FVo0 0030"); only kept by
    the caller where the check digits then hold (letters are legal in the body)."""
    return _RF_TOKEN.sub(lambda m: m.group(1) + m.group(2).translate(_RF_ZERO), text)


_RF_ZERO = str.maketrans({"O": "0", "o": "0"})


def find_references(text: str) -> list[Match]:
    """Swiss QR references (27 digits, modulo 10) and ISO 11649 creditor references (RF…).
    A creditor reference whose check digits fail is read again with its O's as zeros (OCR)."""
    out = []
    fixed = fix_ocr_digits(text)
    if not references.find_structured_reference(fixed) and _RF_TOKEN.search(fixed):
        zeros = _rf_ocr_zeros(fixed)
        if references.find_structured_reference(zeros):
            fixed = zeros
    rest = fixed
    offset = 0
    while rest:
        hit = references.find_structured_reference(rest)
        if not hit:
            break
        kind, value = hit
        start = _locate(rest, value)
        out.append(Match(value, offset + start, offset + start + 1, kind.upper()))
        offset += start + 1
        rest = fixed[offset:]
    return out


def _locate(text: str, value: str) -> int:
    """Start of ``value`` in ``text`` allowing spaces between its characters."""
    pattern = r"\s?".join(re.escape(c) for c in value[:6])
    m = re.search(pattern, text, re.IGNORECASE)
    return m.start() if m else 0


# --- e-mail -----------------------------------------------------------------------------------

# a mailbox starts a word: tried once per word, not at every letter of a long one
_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}"
)


def find_emails(text: str) -> list[Match]:
    return [Match(m.group(0).lower(), m.start(), m.end(), "email") for m in _EMAIL.finditer(text)]


# A company's legal form at the end of its name (EU and common English forms; on casefolded
# text without accents). "GmbH & Co. KG" is taken off in several steps.
LEGAL_FORM_SUFFIX = re.compile(
    r"(?:^|[\s,])(?:"
    r"g?gmbh|mbh|ag|kgaa|kg|ohg|gbr|partg|e\.?\s?k(?:fm)?|e\.?\s?v|e\.?\s?g|eg|a\.?\s?g|se"
    r"|ug(?:\s*\(haftungsbeschrankt\))?|gesmbh|og"
    r"|s\.?\s?a\.?\s?r\.?\s?l|sarl|sas|sasu|eurl|snc|scs|sca|scop|sci|selarl|sa|s\.\s?a|sagl|sarl"
    r"|s\.?\s?r\.?\s?l\.?\s?s?|s\.?\s?p\.?\s?a|s\.\s?a\.\s?s|s\.\s?n\.\s?c|s\.\s?c\.\s?r\.\s?l"
    r"|b\.?\s?v|n\.?\s?v|v\.?\s?o\.?\s?f|c\.?\s?v|bvba|sprl|srl|spa"
    r"|s\.?\s?l\.?\s?u?|s\.\s?a\.\s?u|s\.?\s?coop|lda|unipessoal\s+lda"
    r"|ltd|limited|plc|llp|llc|inc|corp|co|cie"
    r"|oy|oyj|ab|as|a/s|aps|asa|kft|zrt|sp\.?\s?z\s?o\.?\s?o|s\.?\s?r\.?\s?o|a\.\s?s"
    r"|&\s*(?:co|cie|cia)"
    r")\.?\s*$"
)


def strip_legal_form(text: str) -> str:
    """``text`` without its trailing legal form(s): "Lieferant GmbH & Co. KG" → "Lieferant".
    The text is returned unchanged when nothing but a legal form would remain."""
    text = text or ""
    folded = "".join(_fold_char(ch) for ch in text)
    end = len(folded)
    for _step in range(4):
        m = LEGAL_FORM_SUFFIX.search(folded[:end].rstrip(" ,.-"))
        if not m or not folded[: m.start()].strip(" ,.-&"):
            break
        end = m.start()
    return text[:end].rstrip(" ,-&")


def _fold_char(char: str) -> str:
    low = (unicodedata.normalize("NFKD", char)[:1] or char).lower()
    return low if len(low) == 1 else char


def name_key(text: str | None, drop_legal_form: bool = False) -> str:
    """A company name reduced for comparison: no accents, case, spaces or punctuation
    ("Bäckerei Brunner & Co." and "BACKEREI BRUNNER CO" give the same key). With
    ``drop_legal_form``, a trailing legal form is left out too ("Au bon moulin SARL" and
    "Au bon moulin" give the same key: the same company for a user)."""
    if drop_legal_form:
        text = strip_legal_form(text or "")
    text = unicodedata.normalize("NFKD", text or "")
    return "".join(ch for ch in text.casefold() if ch.isalnum())
