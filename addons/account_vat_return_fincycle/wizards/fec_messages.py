# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The sentences of the FEC checker's finding codes (``fincycle.vat.fec.check_fec``)."""

from odoo.tools.translate import LazyTranslate

_lt = LazyTranslate(__name__)

MESSAGES = {
    "FEC_EMPTY": _lt("The file has no header or no entry line."),
    "FEC_ENCODING": _lt("The file mixes character sets (%(found)s)."),
    "FEC_SEPARATOR": _lt("The header has neither a pipe (|) nor a tab as field separator."),
    "FEC_HEADER_COUNT": _lt("The header has %(found)s columns instead of %(expected)s."),
    "FEC_HEADER_NAME": _lt(
        "Column %(position)s of the header is %(found)s instead of %(expected)s."
    ),
    "FEC_FIELD_COUNT": _lt("This line has %(found)s fields instead of %(expected)s."),
    "FEC_REQUIRED": _lt("The required field %(column)s is empty."),
    "FEC_DATE_FORMAT": _lt("%(column)s is not a date in the AAAAMMJJ format: %(value)s."),
    "FEC_AMOUNT_FORMAT": _lt(
        "%(column)s is not an amount with a comma decimal separator: %(value)s."
    ),
    "FEC_SENS": _lt("The direction (Sens) %(value)s is neither D nor C."),
    "FEC_ACCOUNT_FORMAT": _lt(
        "The account number %(value)s does not start with the three digits of the French "
        "chart of accounts."
    ),
    "FEC_NEGATIVE_AMOUNT": _lt("%(column)s is negative: %(value)s."),
    "FEC_DEBIT_AND_CREDIT": _lt("The line has both a debit and a credit."),
    "FEC_ZERO_LINE": _lt("The line has neither a debit nor a credit."),
    "FEC_LETTERING": _lt("The lettering code and its date go together: %(missing)s is empty."),
    "FEC_CURRENCY": _lt(
        "The foreign currency amount and its currency go together: %(missing)s is empty."
    ),
    "FEC_CURRENCY_CODE": _lt("%(value)s is not an ISO 4217 currency code."),
    "FEC_AUXILIARY": _lt(
        "The auxiliary account number and its label go together: %(missing)s is empty."
    ),
    "FEC_DATE_OUT_OF_YEAR": _lt("The entry date %(value)s is outside the exported period."),
    "FEC_UNBALANCED": _lt(
        "Entry %(journal)s %(number)s is not balanced: debit %(debit)s, credit %(credit)s, "
        "difference %(difference)s."
    ),
    "FEC_ENTRY_DATES": _lt("Entry %(journal)s %(number)s has several dates: %(dates)s."),
    "FEC_ENTRY_SPLIT": _lt(
        "The lines of entry %(journal)s %(number)s are not together in the file."
    ),
    "FEC_OPENING_NOT_FIRST": _lt(
        "An opening entry (journal %(journal)s) comes after other entries: opening balances "
        "must come first."
    ),
    "FEC_OPENING_DATE": _lt(
        "The opening entry is dated %(value)s instead of the first day %(expected)s."
    ),
    "FEC_NOT_CHRONOLOGICAL": _lt(
        "Entry %(journal)s %(number)s was validated on %(value)s, before the previous entry "
        "(%(previous)s): the file is not in the order of validation."
    ),
    "FEC_NUMBER_FORMAT": _lt(
        "The number %(number)s of journal %(journal)s does not end with a sequence number."
    ),
    "FEC_NUMBER_ORDER": _lt(
        "Entry %(journal)s %(number)s comes after %(previous)s, a higher number of the same "
        "sequence."
    ),
    "FEC_NUMBER_GAP": _lt(
        "Sequence %(journal)s %(prefix)s jumps from %(after)s to %(before)s: %(missing)s "
        "number(s) missing, to be explained to the auditor."
    ),
    "FEC_FILE_UNBALANCED": _lt(
        "The file is not balanced: total debit %(debit)s, total credit %(credit)s."
    ),
}
FILENAME_MESSAGES = {
    "pattern": _lt("The file name %(value)s is not <SIREN>FEC<AAAAMMJJ>.txt."),
    "siren": _lt(
        "The file name starts with %(value)s, not the company's 9-digit SIREN: set the "
        "company's French VAT number or its SIRET (company registry)."
    ),
    "date": _lt("The date %(value)s in the file name is not a date."),
    "closing_day": _lt(
        "The file name carries the day %(value)s instead of the closing day %(expected)s."
    ),
    "suffix": _lt("The file name has the suffix %(value)s: not a file to hand over."),
}
UNKNOWN = _lt("Finding %(code)s.")


class _Data(dict):
    def __missing__(self, key):
        return ""


def finding_message(code, data, lang=""):
    """The sentence for a finding code with its data, in ``lang`` (the env's language)."""
    data = _Data({key: _text(value) for key, value in (data or {}).items()})
    if code == "FEC_FILENAME":
        template = FILENAME_MESSAGES.get(data.get("reason"), UNKNOWN)
    else:
        template = MESSAGES.get(code, UNKNOWN)
    data.setdefault("code", code)
    return template._translate(lang) % data


def _text(value):
    if isinstance(value, (list, tuple, set)):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)
