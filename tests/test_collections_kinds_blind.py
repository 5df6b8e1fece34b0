# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Kinds of replies found when the third writer's set (tests/data/disputes_blind) became
development data: French nouns that fold like participles ("la facture" / "facturé", "le compte"
/ "compté"), "as agreed", negated refusals, damaged files, offices closed between two dates,
recent past dates that must not become next year's promise, dated instalments, a VAT rate
against another, payments stated without a verb, passive refusals. Synthetic texts only."""

from datetime import date
from decimal import Decimal

import pytest

from fincycle.collections import ThreadContext, read_reply
from fincycle.collections.replies import CONTEST, NEGATED_REFUSAL, REFUSAL, _blank
from fincycle.collections.textparse import fold
from fincycle.testing.replies import reply_email

CONTEXT = ThreadContext(
    invoice_number="VX-25-001", amount=Decimal("1500.00"), currency="CHF", stage="reminder_1"
)


def _mail(body):
    return reply_email(body)


CASES = [
    # body, category, pause, promised date
    # "cette facture, ... mais", "le compte": nouns, not "facturé ... mais" (a billing contested)
    (
        "Nous avons réglé cette facture le 2 juin, mais sur votre ancien compte Raiffeisen.",
        "already_paid",
        True,
        None,
    ),
    (
        "Le montant a été viré le 3 juin, mais sur le compte qui figure sur vos anciennes factures.",
        "already_paid",
        True,
        None,
    ),
    (
        "Vous avez facturé 12 heures, mais le technicien n'est resté que 6 heures.",
        "contestation",
        True,
        None,
    ),
    # "come concordato" (as agreed) vs a price agreed
    (
        "Abbiamo pagato la fattura in tre rate, come concordato con il vostro ufficio.",
        "already_paid",
        True,
        None,
    ),
    ("Il prezzo concordato era di CHF 900, non di CHF 1'200.", "contestation", True, None),
    # "stimmt leider etwas nicht": words between
    (
        "Bei dieser Rechnung stimmt leider einiges nicht. Bitte prüfen Sie sie nochmals.",
        "contestation",
        True,
        None,
    ),
    # a damaged file asks for a copy
    (
        "The PDF you sent is damaged, I can't open it. Could you send it again?",
        "copy_request",
        False,
        None,
    ),
    (
        "La pièce jointe est illisible (fichier endommagé). Pourriez-vous me la renvoyer ?",
        "copy_request",
        False,
        None,
    ),
    # an office closed between two dates, without any auto-reply header
    (
        "Our office is closed from 23 December to 3 January. Your message will be answered upon "
        "our return.",
        "auto_reply",
        False,
        None,
    ),
    (
        "Unser Büro bleibt vom 24. Dezember bis 5. Januar geschlossen. Wir melden uns nach "
        "unserer Rückkehr.",
        "auto_reply",
        False,
        None,
    ),
    # "we are not refusing": no refusal
    (
        "We are not refusing to pay. Could we have until 30 June? A large customer pays late.",
        "delay_request",
        True,
        "2025-06-30",
    ),
    # dated instalments: the first one is the promised date
    (
        "Our proposal: CHF 500 next Monday and the remaining CHF 1,000 by 15 July.",
        "delay_request",
        True,
        "2025-06-16",
    ),
    # a recent past month end is not next year's promise: a vague request for time
    (
        "Gli incassi sono calati molto da fine maggio. Vi chiediamo ancora un po' di pazienza.",
        "delay_request",
        False,
        None,
    ),
    # "pay a bit later?" without a date
    ("Est ce que je peux vous payer un peu plus tard ? Merci.", "delay_request", False, None),
    # a quote asked for: new business, not a copy
    ("Könnten Sie mir ein Angebot für zwei weitere Geräte schicken?", "other", False, None),
    ("Mi potete mandare un preventivo?", "other", False, None),
    # payments stated without "we paid"
    (
        "Virement effectué depuis notre compte professionnel le 4 juin, référence VX-25-001.",
        "already_paid",
        True,
        None,
    ),
    (
        "The bank transfer of CHF 1,500.00 for this invoice was processed this morning.",
        "already_paid",
        True,
        None,
    ),
    (
        "Nous vous avons expédié le 2 juin un chèque de 1 500 francs.",
        "already_paid",
        True,
        None,
    ),
    ("Hani am 3. Juni mit em E-Banking überwise.", "already_paid", True, None),
    # a wrong VAT rate stated as one rate against another
    (
        "The VAT has been calculated at 8.1 % whereas books are taxed at 2.6 %.",
        "invoice_error",
        True,
        None,
    ),
    # the bill does not add up; passive refusals; the legal-expenses insurance
    (
        "The hours on this invoice don't add up: we counted 9 of them.",
        "contestation",
        True,
        None,
    ),
    ("Diese Rechnung wird von uns nicht bezahlt.", "contestation", True, None),
    (
        "Ich habe die Angelegenheit meiner Rechtsschutzversicherung übergeben.",
        "contestation",
        True,
        None,
    ),
]


@pytest.mark.parametrize(("body", "category", "pause", "promised"), CASES)
def test_blind_kinds_rules(body, category, pause, promised):
    reading = read_reply(_mail(body), CONTEXT, use_model=False)
    assert reading.category == category, reading.evidence
    assert reading.pause_dunning is pause
    assert reading.promised_date == (date.fromisoformat(promised) if promised else None)


def test_negated_refusal_and_conjunctions_are_no_contest():
    said = fold("we are not refusing to pay this invoice")
    assert REFUSAL.search(said)
    assert not REFUSAL.search(_blank(NEGATED_REFUSAL, said))
    assert CONTEST.search(fold("die rechnung stimmt hingegen nicht"))
    assert not CONTEST.search(fold("die rechnung stimmt und wir konnen nicht sofort zahlen"))
    reading = read_reply(_mail("Nous ne refusons pas de payer, merci d'attendre."), CONTEXT)
    assert reading.category != "contestation"


def test_threat_and_refusal_raise_urgency():
    assert read_reply(_mail(CASES[-1][0]), CONTEXT, use_model=False).urgency == 5
    assert read_reply(_mail(CASES[-2][0]), CONTEXT, use_model=False).urgency == 4
