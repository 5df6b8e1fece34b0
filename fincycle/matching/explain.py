"""What the matcher's evidence says: the codes, their parameters, and a JSON form.

The matcher writes no sentence for a user. Each ``Evidence`` carries a ``code`` from ``CODES``
and the ``params`` listed there, by kind:

- ``MONEY``: a ``Money`` (amount and currency), ``SHARE``: a ``Decimal`` fraction (0.02 for
  2 %), ``DATE``: a ``date``, ``MONTH``: a (year or None, month) pair, ``MONTHS``: a tuple of
  them, ``COUNT``: an ``int``;
- ``DOCUMENT``/``DOCUMENTS``: document numbers (a tuple of them), ``PARTNER``: a partner name as
  the matcher knows it ("" when it has none), ``TEXT``: words as the payer typed them or a
  reference as found, ``CURRENCY``: a currency code, ``LINE``: the id of another bank line.

The add-ons render each code with a translated template in the reader's language
(``account_reconcile_autopilot``); ``to_json``/``from_json`` store evidence for them.
``english`` is for logs and benchmarks only, never shown to a user.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal

from .model import Evidence, Money

__all__ = ["CODES", "KINDS", "english", "from_json", "to_json"]

MONEY, SHARE, DATE, MONTH, MONTHS, COUNT = "money", "share", "date", "month", "months", "count"
DOCUMENT, DOCUMENTS, PARTNER, TEXT, CURRENCY, LINE = (
    "document",
    "documents",
    "partner",
    "text",
    "currency",
    "line",
)
KINDS = frozenset(
    {MONEY, SHARE, DATE, MONTH, MONTHS, COUNT, DOCUMENT, DOCUMENTS, PARTNER, TEXT, CURRENCY, LINE}
)

_REF = {"reference": TEXT, "document": DOCUMENT}
_TYPED = {"typed": TEXT, "document": DOCUMENT}
_VS_OPEN = {"amount": MONEY, "open": MONEY}

# code → {parameter: kind}. Every code the matcher can produce, and nothing else.
CODES: dict[str, dict[str, str]] = {
    # the text names the items (signal: ref_struct, ref_exact, ref_approx, ref_partial_cover)
    "ref_qrr": _REF,
    "ref_scor": _REF,
    "ref_number": _TYPED,
    "ref_customer_ref": _TYPED,
    "ref_payment_ref": _TYPED,
    "ref_digits": _TYPED,
    "ref_digits_customer_ref": _TYPED,
    "ref_digits_payment_ref": _TYPED,
    "ref_typo": _TYPED,
    "ref_typo_qrr": _TYPED,
    "ref_typo_scor": _TYPED,
    "ref_typo_customer_ref": _TYPED,
    "ref_typo_payment_ref": _TYPED,
    # ... or others, or nothing open (signal ref_other, ref_unknown, check_digit)
    "ref_other": {"documents": DOCUMENTS},
    "ref_unknown": {"typed": TEXT},
    "ref_unknown_qrr": {"reference": TEXT},
    "ref_unknown_scor": {"reference": TEXT},
    "check_digit": {"reference": TEXT},
    # the amount (signal: the code)
    "amt_exact": {"amount": MONEY},
    "amt_round": {**_VS_OPEN, "difference": MONEY},
    "amt_rounded": _VS_OPEN,
    "amt_discount": {**_VS_OPEN, "rate": SHARE},
    "amt_fee": {**_VS_OPEN, "fee": MONEY},
    "amt_short": {**_VS_OPEN, "short": MONEY},
    "amt_partial": _VS_OPEN,
    "amt_over": {**_VS_OPEN, "excess": MONEY},
    "amt_over_large": {},
    "amt_habit": {"partner": PARTNER, "line": LINE, "date": DATE},
    "amt_fx": {"paid": MONEY, **_VS_OPEN, "deviation": SHARE},
    "amt_fx_loose": {"paid": MONEY, **_VS_OPEN, "deviation": SHARE},
    "amount_only": {},
    "round_amount": {},
    "lookalike": {"count": COUNT, "partner": PARTNER, "documents": DOCUMENTS},
    "lookalike_taken": {"count": COUNT, "partner": PARTNER},  # (signal lookalike, no weight)
    "sole_item": {"partner": PARTNER, "currency": CURRENCY},
    # (signal fifo, no weight: a batch rule)
    "fifo_orderly": {"partner": PARTNER, "document": DOCUMENT},
    # the dates
    "before_invoice": {"date": DATE},
    "period_match": {"months": MONTHS, "documents": DOCUMENTS},
    "period_other": {"months": MONTHS, "document": DOCUMENT, "invoiced": MONTH},
    # the payer
    "iban": {"iban": TEXT, "partner": PARTNER},
    "iban_seen": {"iban": TEXT, "partner": PARTNER, "line": LINE},  # (signal iban)
    "partner_id": {"partner": PARTNER},
    "name_exact": {"payer": TEXT, "partner": PARTNER},
    "name_strong": {"payer": TEXT, "partner": PARTNER},
    "name_weak": {"payer": TEXT, "partner": PARTNER},
    "name_in_label": {"partner": PARTNER},  # (signal name_strong or name_weak)
    "multi_partner": {},
    "partner_conflict": {"partner": PARTNER},
    # why a candidate is capped below the auto threshold (signal policy)
    "policy_writeoff": {},
    "policy_lookalike": {},
    "policy_rival_sets": {},
    "policy_search_cut": {},
    # the other candidates and lines
    "ambiguity": {"count": COUNT},
    "twin": {"line": LINE, "date": DATE},
    "contested": {"line": LINE},
}

# -- English, for logs and benchmarks -----------------------------------------------------------

_ENGLISH = {
    "ref_qrr": "QR reference {reference} is the one of {document}",
    "ref_scor": "creditor reference {reference} is the one of {document}",
    "ref_number": "invoice number of {document} in the text ('{typed}')",
    "ref_customer_ref": "customer reference of {document} in the text ('{typed}')",
    "ref_payment_ref": "payment reference of {document} in the text ('{typed}')",
    "ref_digits": "'{typed}' has the digits of the invoice number of {document}",
    "ref_digits_customer_ref": "'{typed}' has the digits of the customer reference of {document}",
    "ref_digits_payment_ref": "'{typed}' has the digits of the payment reference of {document}",
    "ref_typo": "'{typed}' is one typo away from the invoice number of {document}",
    "ref_typo_qrr": "'{typed}' is one typo away from the QR reference of {document}",
    "ref_typo_scor": "'{typed}' is one typo away from the creditor reference of {document}",
    "ref_typo_customer_ref": "'{typed}' is one typo away from the customer reference of {document}",
    "ref_typo_payment_ref": "'{typed}' is one typo away from the payment reference of {document}",
    "ref_other": "the text names {documents} instead",
    "ref_unknown": "'{typed}' names no open item",
    "ref_unknown_qrr": "QR reference {reference} belongs to no open item",
    "ref_unknown_scor": "creditor reference {reference} belongs to no open item",
    "check_digit": "the structured reference {reference} fails its check digit",
    "amt_exact": "amount {amount} = open amount",
    "amt_round": "amount {amount} vs open {open}: rounding {difference}",
    "amt_rounded": "amount {amount} is the open {open} rounded",
    "amt_discount": "amount {amount} = open {open} less a {rate} cash discount",
    "amt_fee": "amount {amount} = open {open} less {fee} of fees",
    "amt_short": "amount {amount} is {short} short of {open}: the rest stays open",
    "amt_partial": "partial payment: {amount} of {open}",
    "amt_over": "amount {amount} exceeds the open {open} by {excess}",
    "amt_over_large": "the transfer is much larger",
    "amt_habit": "{partner} paid bank line {line} of {date} the same way",
    "amt_fx": "{paid} ≈ {amount} at the rate of the day, open {open} ({deviation})",
    "amt_fx_loose": "{paid} ≈ {amount} at the rate of the day, open {open} ({deviation})",
    "amount_only": "no reference, no known payer: the amount",
    "round_amount": "a round amount and nothing else",
    "lookalike": "{count} other open item(s) of {partner} look the same ({documents}):"
    " the oldest is proposed (first in, first out)",
    "lookalike_taken": "{count} item(s) of {partner} with this amount went to earlier lines"
    " first in, first out",
    "sole_item": "the only open item of {partner} in {currency}",
    "fifo_orderly": "{partner} pays in order and no payment of this amount is missing:"
    " the oldest open invoice {document} is settled first in, first out",
    "before_invoice": "paid before the invoice date {date}",
    "period_match": "the text names {months}, when {documents} was invoiced",
    "period_other": "the text names {months}; {document} is of {invoiced}",
    "iban": "IBAN {iban} is a known account of {partner}",
    "iban_seen": "IBAN {iban} paid an invoice of {partner} named on bank line {line}",
    "partner_id": "the bank line is already assigned to {partner}",
    "name_exact": "payer '{payer}' is {partner}",
    "name_strong": "payer '{payer}' resembles {partner}",
    "name_weak": "payer '{payer}' resembles {partner}",
    "name_in_label": "the name {partner} is written in the label",
    "multi_partner": "the items belong to several partners",
    "partner_conflict": "the payer looks like {partner}, another partner",
    "policy_writeoff": "a difference is written off only when the text names the invoice or"
    " the payer's account is known",
    "policy_lookalike": "which of these look-alike items is paid is not certain",
    "policy_rival_sets": "other sets of open items add up to the same amount",
    "policy_search_cut": "other sets of open items may add up to the same amount",
    "ambiguity": "{count} other candidate(s) compete for this line",
    "twin": "bank line {line} of {date} comes from the same payer with the same amount:"
    " a payment made twice?",
    "contested": "already matched to the bank line {line}",
}


def _english_value(kind: str, value) -> str:
    if kind == MONEY:
        return f"{value.amount:,.2f} {value.currency}".replace(",", "'")
    if kind == SHARE:
        return f"{float(value):.2%}"
    if kind == DATE:
        return value.isoformat()
    if kind == MONTH:
        year, month = value
        return f"{month:02d}/{year}" if year else f"month {month:02d}"
    if kind == MONTHS:
        return ", ".join(_english_value(MONTH, m) for m in value)
    if kind == DOCUMENTS:
        return ", ".join(value)
    if kind == PARTNER:
        return value or "the partner"
    return str(value)


def english(evidence: Evidence) -> str:
    """The evidence in plain English, for logs and benchmarks (users read the add-ons')."""
    kinds = CODES.get(evidence.code)
    if kinds is None:
        return f"{evidence.code} {dict(evidence.params)}"
    values = {name: _english_value(kind, evidence.params[name]) for name, kind in kinds.items()}
    return _ENGLISH[evidence.code].format(**values)


# -- JSON ---------------------------------------------------------------------------------------


def _encode(kind: str, value):
    if kind == MONEY:
        return [str(value.amount), value.currency]
    if kind == SHARE:
        return str(value)
    if kind == DATE:
        return value.isoformat()
    if kind == MONTH:
        return list(value)
    if kind == MONTHS:
        return [list(m) for m in value]
    if kind == DOCUMENTS:
        return list(value)
    if kind == LINE:
        return value if isinstance(value, int | str) else str(value)
    return value


def _decode(kind: str, value):
    if kind == MONEY:
        return Money(Decimal(value[0]), value[1])
    if kind == SHARE:
        return Decimal(value)
    if kind == DATE:
        return date.fromisoformat(value)
    if kind == MONTH:
        return tuple(value)
    if kind == MONTHS:
        return tuple(tuple(m) for m in value)
    if kind == DOCUMENTS:
        return tuple(value)
    return value


def to_json(evidence: Evidence) -> dict:
    """A JSON-ready dict of ``evidence`` (``from_json`` reads it back)."""
    kinds = CODES[evidence.code]
    return {
        "signal": evidence.signal,
        "code": evidence.code,
        "params": {name: _encode(kinds[name], value) for name, value in evidence.params.items()},
        "weight": evidence.weight,
    }


def from_json(data: Mapping) -> Evidence:
    """The ``Evidence`` of a ``to_json`` dict. A code this version does not know keeps its
    parameters as stored."""
    kinds = CODES.get(data["code"], {})
    params = {
        name: _decode(kinds[name], value) if name in kinds else value
        for name, value in (data.get("params") or {}).items()
    }
    return Evidence(data["signal"], data["code"], params, data.get("weight", 0.0))
