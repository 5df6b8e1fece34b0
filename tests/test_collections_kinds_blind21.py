# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Kinds of replies found when the twenty-first, twenty-third, twenty-fifth and twenty-seventh
writers' sets (tests/data/disputes_blind21: Swiss German customers, dialect; disputes_blind23:
Italian and mixed; disputes_blind25: private consumers; disputes_blind27: IT / SaaS clients and
AP automation) became development data. The rules alone are tested (``use_model=False``).
Synthetic texts only; the e-mails are dated Tuesday 10 June 2025."""

from datetime import date
from decimal import Decimal

import pytest

from fincycle.collections import ThreadContext, read_reply
from fincycle.testing.replies import reply_email

CONTEXT = ThreadContext(
    invoice_number="KX-25-0421", amount=Decimal("1280.00"), currency="CHF", stage="reminder_1"
)


def _mail(body):
    return reply_email(
        body,
        invoice="KX-25-0421",
        subject="Re: Zahlungserinnerung {invoice}",
        sender="Kunde <kunde@example.ch>",
        company="Lieferant AG <buchhaltung@lieferant.example>",
    )


def _read(body):
    return read_reply(_mail(body), CONTEXT, use_model=False)


# --- "end of next month" without article or inflection: a concrete date -----------------------

END_OF_NEXT_MONTH = [
    "Dürfen wir den Betrag bis Ende nächsten Monat begleichen?",
    "Können wir die Rechnung bis Ende kommenden Monats bezahlen?",
    "Pourrions-nous régler cette facture fin mois prochain ?",
    "Could we settle the invoice by the end of the coming month?",
    "Potremmo saldare la fattura entro fine mese venturo?",
]


@pytest.mark.parametrize("body", END_OF_NEXT_MONTH)
def test_end_of_next_month_dates_the_delay(body):
    reading = _read(body)
    assert reading.category == "delay_request", reading.evidence
    assert reading.promised_date == date(2025, 7, 31)
    assert reading.pause_dunning is True


@pytest.mark.parametrize(
    "body",
    [
        "Dürfen wir den Betrag etwas später begleichen? Der nächste Monat ist für uns schwierig.",
        "Could we have a little more time? Next month is difficult for us.",
    ],
)
def test_next_month_without_its_end_is_no_date(body):
    reading = _read(body)
    assert reading.promised_date is None
    assert reading.pause_dunning is False, reading.evidence
