# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The matcher's evidence in the reader's language.

``fincycle.matching`` returns codes with parameters (``fincycle.matching.explain``); this is the
one place that words them: ``TEMPLATES`` maps every code to a translatable sentence with named
parameters. Amounts, dates and months are formatted in the language of ``env``; the weights
stay in the stored data (technical), never in a sentence.
"""

import datetime
import math
from decimal import Decimal

from babel.dates import format_date as babel_format_date
from babel.numbers import format_percent
from markupsafe import Markup

from odoo.tools import format_list
from odoo.tools.misc import babel_locale_parse, format_amount, format_date, formatLang
from odoo.tools.translate import LazyTranslate

from fincycle.matching.explain import (
    CODES,
    DATE,
    DOCUMENTS,
    LINE,
    MONEY,
    MONTH,
    MONTHS,
    PARTNER,
    SHARE,
    from_json,
    to_json,
)

_lt = LazyTranslate(__name__)

TEMPLATES = {
    # the payment text names the documents
    "ref_qrr": _lt("QR reference of %(document)s found in the payment"),
    "ref_scor": _lt("Creditor reference (RF) of %(document)s found in the payment"),
    "ref_number": _lt("Reference %(document)s found in the payment text"),
    "ref_customer_ref": _lt(
        "Customer reference “%(typed)s” of %(document)s found in the payment text"
    ),
    "ref_payment_ref": _lt(
        "Payment reference “%(typed)s” of %(document)s found in the payment text"
    ),
    "ref_digits": _lt("The digits of %(document)s found in the payment text (“%(typed)s”)"),
    "ref_digits_customer_ref": _lt(
        "The digits of the customer reference of %(document)s found in the payment text "
        "(“%(typed)s”)"
    ),
    "ref_digits_payment_ref": _lt(
        "The digits of the payment reference of %(document)s found in the payment text "
        "(“%(typed)s”)"
    ),
    "ref_typo": _lt("“%(typed)s” in the payment text is %(document)s with one character off"),
    "ref_typo_qrr": _lt(
        "“%(typed)s” in the payment text is the QR reference of %(document)s with one character off"
    ),
    "ref_typo_scor": _lt(
        "“%(typed)s” in the payment text is the creditor reference (RF) of %(document)s with "
        "one character off"
    ),
    "ref_typo_customer_ref": _lt(
        "“%(typed)s” in the payment text is the customer reference of %(document)s with one "
        "character off"
    ),
    "ref_typo_payment_ref": _lt(
        "“%(typed)s” in the payment text is the payment reference of %(document)s with one "
        "character off"
    ),
    "ref_other": _lt("The payment text names %(documents)s instead"),
    "ref_unknown": _lt("“%(typed)s” in the payment text is no open document"),
    "ref_unknown_qrr": _lt("QR reference %(reference)s belongs to no open document"),
    "ref_unknown_scor": _lt("Creditor reference %(reference)s belongs to no open document"),
    "check_digit": _lt("The structured reference %(reference)s has a wrong check digit"),
    # the amount
    "amt_exact": _lt("Amount equal to the open amount"),
    "amt_round": _lt(
        "Amount %(amount)s differs from the open %(open)s by a rounding of %(difference)s"
    ),
    "amt_rounded": _lt("Amount %(amount)s is the open %(open)s rounded by the payer"),
    "amt_discount": _lt("Amount %(amount)s is the open %(open)s less a %(rate)s cash discount"),
    "amt_fee": _lt("Amount %(amount)s is the open %(open)s less %(fee)s of bank fees"),
    "amt_short": _lt(
        "Amount %(amount)s is %(short)s short of the open %(open)s; the rest stays open"
    ),
    "amt_partial": _lt("Partial payment: %(amount)s of the open %(open)s"),
    "amt_over": _lt("Amount %(amount)s exceeds the open %(open)s by %(excess)s"),
    "amt_over_large": _lt("The payment is much larger than the open amount"),
    "amt_fx": _lt(
        "%(paid)s is %(amount)s at the rate of the day; open %(open)s (difference %(deviation)s)"
    ),
    "amt_fx_loose": _lt(
        "%(paid)s is %(amount)s at the rate of the day; open %(open)s (difference %(deviation)s)"
    ),
    "amount_only": _lt("Found by its amount alone: no reference, payer unknown"),
    "round_amount": _lt("A round amount and nothing else"),
    "lookalike": _lt(
        "Other open documents of %(partner)s look the same (%(documents)s): the oldest is proposed"
    ),
    "lookalike_taken": _lt(
        "Earlier payments took older documents of %(partner)s with this amount, oldest first"
    ),
    "amt_habit": _lt("%(partner)s paid the bank line “%(line)s” of %(date)s the same way"),
    "fifo_orderly": _lt(
        "%(partner)s pays in order and no payment of this amount is missing: the oldest open "
        "document %(document)s is settled first"
    ),
    "sole_item": _lt("The only open document of %(partner)s in %(currency)s"),
    # the dates
    "before_invoice": _lt("Paid before the invoice date (%(date)s)"),
    "period_match": _lt(
        "The payment text names %(months)s, the month %(documents)s was invoiced in"
    ),
    "period_other": _lt("The payment text names %(months)s, but %(document)s is of %(invoiced)s"),
    # the payer
    "iban": _lt("IBAN known for %(partner)s"),
    "iban_seen": _lt(
        "IBAN %(iban)s paid a document of %(partner)s named on the bank line “%(line)s”"
    ),
    "partner_id": _lt("Bank line already assigned to %(partner)s"),
    "name_exact": _lt("Payer “%(payer)s” is %(partner)s"),
    "name_strong": _lt("Payer “%(payer)s” resembles %(partner)s"),
    "name_weak": _lt("Payer “%(payer)s” partly resembles %(partner)s"),
    "name_in_label": _lt("The name %(partner)s appears in the payment text"),
    "multi_partner": _lt("The documents belong to several partners"),
    "partner_conflict": _lt("The payer looks like another partner: %(partner)s"),
    # why it waits for review
    "policy_writeoff": _lt(
        "A difference is written off automatically only when the payment text names the "
        "invoice or the payer's account is known"
    ),
    "policy_lookalike": _lt("Which of the look-alike documents is paid is not certain"),
    "policy_rival_sets": _lt("Other combinations of open documents add up to the same amount"),
    "policy_search_cut": _lt("Other combinations of open documents may add up to the same amount"),
    "ambiguity": _lt("Other candidates compete for this bank line (%(count)s)"),
    "twin": _lt("Same payer and amount as the bank line “%(line)s” of %(date)s: paid twice?"),
    "contested": _lt("Already matched to the bank line “%(line)s”"),
}
THE_PARTNER = _lt("the partner")  # a partner the matcher knows without a name


def evidence_data(candidate):
    """The stored form of a candidate's evidence (codes, parameters, weights)."""
    return [to_json(item) for item in candidate.evidence]


def _strength(weight):
    """Reasons for first, strongest first; neutral notes; then reservations, gravest first."""
    if weight > 0:
        return (0, -weight)
    return (1, 0) if weight == 0 else (2, weight)


class _Formatter:
    """Formats evidence parameters in the language of ``env``."""

    def __init__(self, env):
        self.env = env
        self.lang = env.lang or "en_US"
        self.locale = babel_locale_parse(self.lang)
        self._currencies = {}

    def currency(self, code):
        if code not in self._currencies:
            self._currencies[code] = (
                self.env["res.currency"]
                .with_context(active_test=False)
                .search([("name", "=", code)], limit=1)
            )
        return self._currencies[code]

    def money(self, value):
        currency = self.currency(value.currency)
        if currency:
            return format_amount(self.env, float(value.amount), currency, self.lang)
        return f"{formatLang(self.env, float(value.amount))} {value.currency}"

    def share(self, value):
        value = Decimal(value).quantize(Decimal("0.0001"))
        return format_percent(value, locale=self.locale, decimal_quantization=False)

    def month(self, value):
        year, month = value
        day = datetime.date(year or 2000, month, 1)
        return babel_format_date(day, "MMMM y" if year else "LLLL", locale=self.locale)

    def line(self, value):
        record = self.env["account.bank.statement.line"].browse(value).exists()
        if not record:
            return str(value)
        return record.payment_ref or record.name or str(value)

    def value(self, kind, value):
        if kind == MONEY:
            return self.money(value)
        if kind == SHARE:
            return self.share(value)
        if kind == DATE:
            return format_date(self.env, value, self.lang)
        if kind == MONTH:
            return self.month(value)
        if kind == MONTHS:
            return format_list(self.env, [self.month(m) for m in value], lang_code=self.lang)
        if kind == DOCUMENTS:
            return format_list(self.env, list(value), lang_code=self.lang)
        if kind == PARTNER:
            return value or self.env._(THE_PARTNER)
        if kind == LINE:
            return self.line(value)
        return str(value)

    def sentence(self, item):
        template = TEMPLATES.get(item.code)
        kinds = CODES.get(item.code)
        if template is None or kinds is None:
            return None  # a code of another version: nothing sure to say
        values = {name: self.value(kind, item.params[name]) for name, kind in kinds.items()}
        return fill(self.env, template, values)


def fill(env, template, values):
    """A lazy ``template`` translated in the language of ``env`` and filled with ``values``;
    the English one when the translation is broken (a missing or misspelt placeholder)."""
    translated = env._(template)
    try:
        return translated % values
    except (KeyError, ValueError, TypeError):
        english = env(context=dict(env.context, lang="en_US"))._(template)
        return english % values


def _ranked(env, data):
    """(sentence, strength) of stored evidence in the language of ``env``, strongest first; a
    signal explained by several lines keeps them together (the strength of its signal)."""
    if not data:
        return []
    items = [from_json(entry) for entry in data]
    strength = {}
    for item in items:
        strength[item.signal] = max(strength.get(item.signal, item.weight), item.weight)
    items.sort(key=lambda item: _strength(strength[item.signal]))
    formatter = _Formatter(env)
    ranked, seen = [], set()
    for item in items:
        sentence = formatter.sentence(item)
        if sentence and sentence not in seen:
            seen.add(sentence)
            ranked.append((sentence, strength[item.signal]))
    return ranked


def render_evidence(env, data):
    """The sentences of stored evidence (``evidence_data``) in the language of ``env``:
    reasons for, strongest first, then neutral notes, then reservations, gravest first."""
    return [sentence for sentence, _strength in _ranked(env, data)]


def render_evidence_html(env, data):
    """The sentences as a list; reservations (why a match may be wrong) stand out."""
    ranked = _ranked(env, data)
    if not ranked:
        return False
    items = Markup().join(
        Markup("<li class='text-warning-emphasis'>%s</li>") % sentence
        if strength < 0
        else Markup("<li>%s</li>") % sentence
        for sentence, strength in ranked
    )
    return Markup("<ul class='mb-0 ps-3'>%s</ul>") % items


def summarize_evidence(env, data, reasons=2):
    """One line for a list: the strongest reasons for and the gravest reservation (what
    keeps a suggestion from being reconciled automatically)."""
    ranked = _ranked(env, data)
    chosen = [sentence for sentence, strength in ranked if strength >= 0][:reasons]
    chosen += [sentence for sentence, strength in ranked if strength < 0][:1]
    return " · ".join(chosen)


def explain_evidence(env, data):
    """The three readings of stored evidence in the language of ``env``, for the fields of a
    record that shows it: every sentence (one a line), the list's one line, the HTML list."""
    return (
        "\n".join(render_evidence(env, data)),
        summarize_evidence(env, data),
        render_evidence_html(env, data),
    )


def confidence(score):
    """A score as shown: whole percents rounded down (0.949 → 0.94), so that a suggestion
    capped just below the auto threshold never reads as the threshold itself."""
    return math.floor((score or 0.0) * 100 + 1e-6) / 100


def format_confidence(env, score):
    """A score as a whole percentage in the language of ``env`` ("98 %")."""
    locale = babel_locale_parse(env.lang or "en_US")
    return format_percent(Decimal(str(confidence(score))), locale=locale)
