# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Kinds of replies found when the seventh and eighth writers' sets (tests/data/disputes_blind5:
formal letters of accounts-payable staff, public bodies and associations; disputes_blind6:
short phone replies) became development data. The rules alone are tested (``use_model=False``).
Synthetic texts only; the e-mails are dated Tuesday 10 June 2025."""

from datetime import date
from decimal import Decimal

import pytest

from fincycle.collections import ThreadContext, read_reply
from fincycle.testing.replies import reply_email

CONTEXT = ThreadContext(
    invoice_number="FX-25-0311", amount=Decimal("2480.00"), currency="CHF", stage="reminder_1"
)


def _mail(body):
    return reply_email(
        body,
        invoice="FX-25-0311",
        subject="Re: Rappel facture {invoice}",
        sender="Service financier <finances@commune.example>",
        company="Fournisseur SA <compta@fournisseur.example>",
    )


def _read(body):
    return read_reply(_mail(body), CONTEXT, use_model=False)


# --- the claim acknowledged ("nous ne contestons aucunement"), then time asked ----------------

ACKNOWLEDGED_THEN_TIME = [
    "Nous ne contestons aucunement votre facture et vous remercions pour le travail effectué. "
    "Nos liquidités ne permettent toutefois pas de la régler en une fois : nous vous proposons "
    "deux versements, le 30 juin et le 31 juillet 2025.",
    "Je ne conteste nullement le montant. Serait-il possible de vous régler en deux fois, "
    "le 30 juin et le 31 juillet ?",
    "Wir anerkennen die Forderung vollumfänglich. Wir bitten Sie jedoch um eine Ratenzahlung: "
    "die Hälfte am 30. Juni, der Rest am 31. Juli 2025.",
    "We acknowledge the debt in full. Could we pay it in two instalments, on 30 June and on "
    "31 July 2025?",
    "Riconosciamo il debito senza riserve. Potremmo pagare in due rate, il 30 giugno e il 31 "
    "luglio 2025?",
]


@pytest.mark.parametrize("body", ACKNOWLEDGED_THEN_TIME)
def test_formal_claim_acknowledged_then_instalments(body):
    reading = _read(body)
    assert reading.category == "delay_request", reading.evidence
    assert reading.pause_dunning is True
    assert reading.promised_date == date(2025, 6, 30)


def test_formal_contestation_stays_a_contestation():
    reading = _read(
        "Nous contestons votre facture : les 12 heures facturées ne correspondent pas aux 8 "
        "heures prévues dans votre offre. Nous vous prions de nous adresser une note de crédit."
    )
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


# --- the building owner ("maître d'ouvrage") is no lawyer ----------------------------------------

NO_LAWYER = [
    "Je ne conteste pas, le travail est bien fait et le maître d'ouvrage est content. Le "
    "promoteur ne m'a pas encore payé : je vous demande donc un peu de patience, je vous réglerai "
    "dès que possible.",
    "Le maître d'oeuvre a validé le chantier ; nous attendons les fonds, merci de patienter un "
    "peu.",
]


@pytest.mark.parametrize("body", NO_LAWYER)
def test_formal_building_owner_is_no_threat(body):
    reading = _read(body)
    assert reading.category == "delay_request", reading.evidence
    assert reading.pause_dunning is False
    assert reading.urgency < 5


def test_formal_lawyer_still_threatens():
    reading = _read("Mon avocat, Maître Dubois, prendra contact avec vous au sujet de ce rappel.")
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True
    assert reading.urgency == 5


# --- a former owner, who names the notary --------------------------------------------------------

FORMER_OWNER = [
    "I think your reminder has reached the wrong person. I sold the house in March and know "
    "nothing of any work done there since; the notary, Maître Favre, can give you the new "
    "owners' details.",
    "J'ai vendu la maison en mars et je ne sais rien de travaux effectués depuis. Le notaire "
    "pourra vous indiquer les coordonnées des nouveaux propriétaires.",
    "Ich habe das Haus im März verkauft und weiss nichts von Arbeiten, die seither dort "
    "ausgeführt wurden. Der Notar kann Ihnen die neuen Eigentümer nennen.",
    "Ho venduto la casa a marzo e non so nulla dei lavori eseguiti in seguito. Il notaio potrà "
    "darvi i recapiti dei nuovi proprietari.",
    "Je ne suis plus propriétaire de cet appartement depuis le printemps.",
]


@pytest.mark.parametrize("body", FORMER_OWNER)
def test_formal_former_owner_is_other(body):
    reading = _read(body)
    assert reading.category == "other", reading.evidence
    assert reading.pause_dunning is False


# --- paid: "acquittée", a reminder crossed with the payment -----------------------------------

PAID_FORMALLY = [
    "Après vérification, cette facture a été acquittée le 28 mai 2025 par ordre de paiement "
    "groupé.",
    "Votre rappel s'est croisé avec notre virement du 5 juin : nous vous prions de ne pas en "
    "tenir compte.",
    "Nous vous saurions gré de considérer votre rappel comme sans objet, le montant ayant été "
    "versé avec notre ordre groupé de fin mai.",
    "Ihre Mahnung hat sich mit unserer Zahlung vom 5. Juni gekreuzt.",
    "Bitte betrachten Sie Ihre Zahlungserinnerung als gegenstandslos.",
    "Our payment of 5 June must have crossed with your reminder.",
    "Il Suo sollecito si è incrociato con il nostro bonifico del 5 giugno.",
    # the order went out yesterday with a value date of tomorrow, the reminder crossed it
    "L'ordine di pagamento è stato trasmesso ieri, 9 giugno 2025, con data valuta 11 giugno "
    "2025. Il Suo promemoria si è quindi incrociato con il nostro pagamento: La preghiamo di "
    "non tenerne conto.",
]


@pytest.mark.parametrize("body", PAID_FORMALLY)
def test_formal_paid_or_crossed(body):
    reading = _read(body)
    assert reading.category == "already_paid", reading.evidence
    assert reading.pause_dunning is True


def test_formal_i_believe_is_no_crossing():
    reading = _read("Je crois que le virement partira vendredi 13 juin.")
    assert reading.category == "payment_promise", reading.evidence
    assert reading.pause_dunning is False


# --- a payment term asked for with its date ------------------------------------------------------

TERM_ASKED = [
    "Wir ersuchen Sie höflich, von einer Betreibung abzusehen und uns eine Zahlungsfrist bis "
    "zum 30. Juni 2025 einzuräumen.",
    "Wir bitten Sie, uns eine Frist bis zum 30. Juni 2025 zu gewähren.",
]


@pytest.mark.parametrize("body", TERM_ASKED)
def test_formal_payment_term_asked(body):
    reading = _read(body)
    assert reading.category == "delay_request", reading.evidence
    assert reading.pause_dunning is True
    assert reading.promised_date == date(2025, 6, 30)
