# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# ruff: noqa: RUF001  (Swiss amounts end in an en dash)
"""Kinds of replies found when the fifth writer's set (tests/data/disputes_blind3) became
development data: thanks for a remedy of a defect that is over (no dispute), "pay on <date>
instead of now" (a delay, not a price contested), "un peu de patience" (a vague delay) and
texting shorthand "pls resend" (a copy request), "en fin de mois" / "month end" dates, "half ... and the other half"
(the first instalment's date), a line asked to be explained (contested, with its amount), quantity
x unit price contested. Synthetic texts only."""

from datetime import date
from decimal import Decimal

import pytest

from fincycle.collections import ThreadContext, read_reply
from fincycle.testing.replies import reply_email

CONTEXT = ThreadContext(
    invoice_number="QX-2025-0042", amount=Decimal("1200.00"), currency="EUR", stage="reminder_1"
)


def _mail(body):
    return reply_email(
        body,
        invoice="QX-2025-0042",
        subject="Re: Rappel facture {invoice}",
        sender="Rita Client <rita@client.example>",
        company="Fournisseur SA <compta@fournisseur.example>",
    )


CASES = [
    # body, category, pause, promised date
    # thanks for a remedy (a gesture, a replacement) of a defect: nothing is contested
    (
        "Merci pour le geste commercial sur la table rayée, tout est en ordre pour nous.",
        "acknowledgement",
        False,
        None,
    ),
    (
        "Thanks for replacing the broken chair so quickly. All good now.",
        "acknowledgement",
        False,
        None,
    ),
    # the same defect with a "but" after the thanks is still contested
    ("Merci pour l'avoir, mais la deuxième chaise est aussi cassée.", "contestation", True, None),
    # "on the 12th instead of now": time asked for, no price contested
    (
        "Serait-il possible de payer le 12 juillet au lieu de maintenant ? Merci.",
        "delay_request",
        True,
        "2025-07-12",
    ),
    # a price "instead of" stays contested
    ("Vous facturez 1200 au lieu de 950 convenus.", "contestation", True, None),
    # a little patience, no date: a vague delay request, no pause
    (
        "Nous vous demandons encore un peu de patience, nous réglerons dès que possible.",
        "delay_request",
        False,
        None,
    ),
    # texting shorthand asking for the document again
    ("plz send the invoice again, cant open it", "copy_request", False, None),
]


@pytest.mark.parametrize(("body", "category", "pause", "promised"), CASES)
def test_blind3_kinds_rules(body, category, pause, promised):
    reading = read_reply(_mail(body), CONTEXT, use_model=False)
    assert reading.category == category, reading.evidence
    assert reading.pause_dunning is pause
    assert reading.promised_date == (date.fromisoformat(promised) if promised else None)


@pytest.mark.parametrize(("body", "category", "pause", "promised"), CASES)
def test_blind3_kinds_with_model(body, category, pause, promised):
    reading = read_reply(_mail(body), CONTEXT)
    assert reading.pause_dunning is pause, reading.evidence


DATE_CASES = [
    # "en fin de mois" / "month end": the last day of the e-mail's month
    ("Le virement partira en fin de mois avec les autres paiements.", "2025-06-30"),
    ("We will pay at month end together with our other suppliers.", "2025-06-30"),
    ("Le virement partira fin de mois prochain.", "2025-07-31"),
]


@pytest.mark.parametrize(("body", "promised"), DATE_CASES)
def test_blind3_end_of_month_promises(body, promised):
    reading = read_reply(_mail(body), CONTEXT, use_model=False)
    assert reading.category == "payment_promise", reading.evidence
    assert reading.promised_date == date.fromisoformat(promised)


def test_blind3_halves_date_is_the_first_instalment():
    body = (
        "Could we pay half next Monday and the other half at the end of July? "
        "If that suits you I'll set up both transfers today."
    )
    reading = read_reply(_mail(body), CONTEXT, use_model=False)
    assert reading.category == "delay_request", reading.evidence
    assert reading.promised_date == date(2025, 6, 16)


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        # a line the customer asks to have explained is contested, its amount with it
        ("Pourriez-vous m'expliquer la ligne « frais de dossier » de CHF 95.– ?", "95"),
        ("Can you explain the item 'express surcharge' of CHF 60 on this invoice?", "60"),
        # quantity x unit price in a contested sentence
        (
            "Please issue a credit note for these 8 metres at CHF 12.50 a metre, they were never laid.",
            "100.00",
        ),
    ],
)
def test_blind3_contested_amounts(body, amount):
    reading = read_reply(_mail(body), CONTEXT, use_model=False)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True
    assert reading.disputed_amount == Decimal(amount)
