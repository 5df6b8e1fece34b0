# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Kinds of replies found when the twenty-ninth and thirty-first writers' sets
(tests/data/disputes_blind29: an ordinary AR mix; disputes_blind31: large customers' AP shared-
service centres and procurement) became development data. The rules alone are tested
(``use_model=False``). Synthetic texts only; the e-mails are dated Tuesday 10 June 2025."""

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


# --- "no." before a number is the number's abbreviation, not a negation -----------------------

NUMBER_ABBREVIATION = [
    "Thank you. The invoice is booked under voucher no. 4400812 and goes through our approval "
    "workflow.",
    "Received, thanks. Your invoice was logged as document no 99120 and is being processed.",
    "Merci, bien reçu. La facture est enregistrée sous le numéro 88120 (réf. interne no. 77) "
    "et suit notre circuit de validation.",
    "Danke, erhalten. Die Rechnung ist unter Beleg no. 55012 erfasst und im Freigabeprozess.",
    "Grazie, ricevuta. La fattura è registrata con protocollo no. 3310 ed è in fase di "
    "approvazione.",
]


@pytest.mark.parametrize("body", NUMBER_ABBREVIATION)
def test_number_abbreviation_is_no_negation(body):
    reading = _read(body)
    assert reading.category == "acknowledgement", reading.evidence
    assert reading.pause_dunning is False


@pytest.mark.parametrize(
    "body",
    [
        "There is no purchase order for this invoice and nobody here knows what it is for.",
        "Cette facture ne correspond à rien, nous n'avons aucune trace de cette prestation.",
        "Die Rechnung ist nicht nachvollziehbar, no way.",
        "La fattura non è corretta: no, non abbiamo mai chiesto questo lavoro.",
    ],
)
def test_a_real_no_about_the_bill_still_pauses(body):
    reading = _read(body)
    assert reading.pause_dunning is True, reading.evidence
