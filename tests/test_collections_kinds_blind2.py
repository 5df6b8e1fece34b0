# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# ruff: noqa: RUF001  (Swiss amounts end in an en dash)
"""Kinds of replies found when the fourth writer's set (tests/data/disputes_blind2) became
development data: a payment "made" with a value date ahead (a promise), German passive promises
with a weekday and a date between ("wird am Freitag, 20. Juni überwiesen"), "wasn't paid on
time" (no payment), inflected "künftigen Rechnungen" sent elsewhere, a request for a new quote,
a software vendor's pitch. Synthetic texts only."""

from datetime import date
from decimal import Decimal

import pytest

from fincycle.collections import ThreadContext, read_reply
from fincycle.testing.replies import reply_email

CONTEXT = ThreadContext(
    invoice_number="QX-2025-0042", amount=Decimal("1200.00"), currency="CHF", stage="reminder_2"
)


def _mail(body):
    return reply_email(
        body,
        invoice="QX-2025-0042",
        subject="Re: Zahlungserinnerung {invoice}",
        sender="Rita Kunde <rita@kunde.example>",
        company="Lieferant AG <billing@lieferant.example>",
    )


CASES = [
    # body, category, pause, promised date
    # paid "today" with a value date a few days ahead: the money leaves later, a promise
    ("We paid it today with value date 13.06.2025.", "payment_promise", False, "2025-06-13"),
    ("Abbiamo pagato oggi, data valuta 16.06.2025.", "payment_promise", False, "2025-06-16"),
    # a past payment stays a payment
    ("We paid it on 2 June.", "already_paid", True, None),
    # German passive future with the weekday and the date between "wird" and the verb
    (
        "Die offene Rechnung wird am Freitag, 20. Juni überwiesen.",
        "payment_promise",
        False,
        "2025-06-20",
    ),
    ("Der Betrag wird am Mittwoch, 18.6. bezahlt.", "payment_promise", False, "2025-06-18"),
    # "wasn't paid on time" says it is unpaid, not paid
    (
        "Sorry, it wasn't paid on time because it sat in a colleague's inbox. "
        "We will pay it this Friday.",
        "payment_promise",
        False,
        "2025-06-13",
    ),
    # inflected "künftigen / zukünftigen Rechnungen" to another address: a routing request
    (
        "Bitte senden Sie die künftigen Rechnungen direkt an unsere Zentrale in Luzern.",
        "copy_request",
        False,
        None,
    ),
    (
        "Bitte schicken Sie zukünftige Rechnungen an kreditoren@neu.example.",
        "copy_request",
        False,
        None,
    ),
    # a request for a new quote, beside the invoice: another matter
    (
        "Noch eine Frage: Bietet ihr auch Fotografie an? Wir hätten gerne eine Offerte für den Herbst.",
        "other",
        False,
        None,
    ),
    (
        "Separate topic: we would like a quote for a new booking page next spring.",
        "other",
        False,
        None,
    ),
    # a software vendor's pitch from the customer's mailbox, mentioning payment plans
    (
        "Still chasing invoices manually? Our AI-powered tool offers payment plans and automatic "
        "reminders. Book a free demo today: https://example.net/try",
        "other",
        False,
        None,
    ),
]


@pytest.mark.parametrize(("body", "category", "pause", "promised"), CASES)
def test_blind2_kinds_rules(body, category, pause, promised):
    reading = read_reply(_mail(body), CONTEXT, use_model=False)
    assert reading.category == category, reading.evidence
    assert reading.pause_dunning is pause
    assert reading.promised_date == (date.fromisoformat(promised) if promised else None)


@pytest.mark.parametrize(("body", "category", "pause", "promised"), CASES)
def test_blind2_kinds_with_model(body, category, pause, promised):
    reading = read_reply(_mail(body), CONTEXT)
    assert reading.pause_dunning is pause, reading.evidence


def test_vendor_pitch_and_value_date_urgency():
    assert read_reply(_mail(CASES[-1][0]), CONTEXT, use_model=False).urgency == 1
    assert read_reply(_mail(CASES[0][0]), CONTEXT, use_model=False).urgency == 1


AMOUNTS = [
    # a result given net and gross: the gross
    (
        "Vous facturez trois lampes, mais une seule a été livrée : je conteste deux lampes, "
        "soit 300 € HT / 360 € TTC.",
        "360",
    ),
    # last year's fee against this year's: the difference
    (
        "L'an passé votre mandat nous a coûté CHF 900.–, cette année vous facturez CHF 1'200.– "
        "pour le même travail.",
        "300",
    ),
    # Swiss German dialect, the whole invoice withheld until a repair
    ("Mir zahled d Rächnig erscht wenn de Drucker wieder lauft.", "1200.00"),
    # hours billed against the hours the customer accepts, rate after the hours
    ("You billed 8 hours at CHF 120, only 5 hours should be billed, not 8.", "360"),
]


@pytest.mark.parametrize(("body", "amount"), AMOUNTS)
def test_blind2_contested_amounts(body, amount):
    reading = read_reply(_mail(body), CONTEXT, use_model=False)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True
    assert reading.disputed_amount == Decimal(amount)
