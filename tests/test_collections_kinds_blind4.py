# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# ruff: noqa: RUF001  (Swiss amounts end in an en dash)
"""Kinds of replies found when the sixth writer's set (tests/data/disputes_blind4) became
development data: "next week on Wednesday" (that weekday of the coming week), "N hours at
RATE too much" (the hours times the rate), a payment admitted late with its fee refused (the
fee is contested, not "already paid"), a line's details asked for the customer's own books
(a question, no dispute). Synthetic texts only; the e-mails are dated Tuesday 10 June 2025."""

from datetime import date
from decimal import Decimal

import pytest

from fincycle.collections import ThreadContext, read_reply
from fincycle.testing.replies import reply_email

CONTEXT = ThreadContext(
    invoice_number="ZX-25-0077", amount=Decimal("1480.00"), currency="CHF", stage="reminder_2"
)


def _mail(body):
    return reply_email(
        body,
        invoice="ZX-25-0077",
        subject="Re: 2. Mahnung {invoice}",
        sender="Urs Kunde <urs@kunde.example>",
        company="Lieferant AG <debitoren@lieferant.example>",
    )


# --- a weekday of next week ---------------------------------------------------------------------

NEXT_WEEK_DATES = [
    ("Wir zahlen die Rechnung nächste Woche am Mittwoch.", "2025-06-18"),
    ("Wir überweisen den Betrag am Montag nächster Woche.", "2025-06-16"),
    ("Nous réglerons la facture mercredi de la semaine prochaine.", "2025-06-18"),
    ("Il pagamento partirà la settimana prossima, giovedì.", "2025-06-19"),
    ("We'll pay it next week on Friday.", "2025-06-20"),
    ("We will pay on Thursday next week.", "2025-06-19"),
    # without "next week" the coming weekday, this week's
    ("Wir zahlen die Rechnung am Mittwoch.", "2025-06-11"),
    # "next week" alone: the end of next week, as before
    ("We'll pay next week.", "2025-06-20"),
]


@pytest.mark.parametrize(("body", "promised"), NEXT_WEEK_DATES)
def test_blind4_weekday_of_next_week(body, promised):
    reading = read_reply(_mail(body), CONTEXT, use_model=False)
    assert reading.category == "payment_promise", reading.evidence
    assert reading.pause_dunning is False
    assert reading.promised_date == date.fromisoformat(promised)


# --- hours at a rate "too much" -------------------------------------------------------------------

HOURS_EXCESS = [
    (
        "Ihr Monteur war nur 3 Stunden hier, verrechnet sind 5. Das sind 2 Stunden à CHF 120.– zu viel.",
        "240.00",
    ),
    (
        "Le technicien est resté 2 heures, vous en facturez 4 au lieu de 2 : cela fait 2 heures à CHF 95.– de trop.",
        "190.00",
    ),
    ("Ci avete fatturato 3 ore invece di 1: sono 2 ore a CHF 110 in più.", "220.00"),
    (
        "He was here for 2 hours but you billed 4, that is 2 hours at CHF 80 too much.",
        "160.00",
    ),
    # an amount "too much" that is no rate stays that amount
    ("Sie haben uns für das Material CHF 150.– zu viel verrechnet.", "150.00"),
]


@pytest.mark.parametrize(("body", "amount"), HOURS_EXCESS)
def test_blind4_hours_at_rate_too_much(body, amount):
    reading = read_reply(_mail(body), CONTEXT, use_model=False)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True
    assert reading.disputed_amount == Decimal(amount)


# --- paid late, the fee refused ----------------------------------------------------------------

PAID_LATE_FEE = [
    (
        "We paid the invoice two days after your reminder. Charging a CHF 40 fee for that is "
        "unreasonable and we will not pay it.",
        "40.00",
    ),
    (
        "Wir haben die Rechnung mit ein paar Tagen Verspätung bezahlt. Die Mahngebühr von "
        "CHF 20.– akzeptieren wir aber nicht.",
        "20.00",
    ),
    (
        "Nous avons réglé la facture le 5 juin, avec quelques jours de retard. Nous contestons "
        "en revanche les frais de rappel de CHF 20.–.",
        "20.00",
    ),
    (
        "Abbiamo pagato la fattura il 6 giugno, dopo il vostro sollecito. Contestiamo però le "
        "spese di sollecito di CHF 20.–.",
        "20.00",
    ),
]


@pytest.mark.parametrize(("body", "amount"), PAID_LATE_FEE)
def test_blind4_paid_late_fee_refused_is_contested(body, amount):
    reading = read_reply(_mail(body), CONTEXT, use_model=False)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True
    assert reading.disputed_amount == Decimal(amount)


@pytest.mark.parametrize(
    "body",
    [
        # paid in time (the reminder crossed the payment): the fee falls with the payment
        "We paid on 2 June, before your reminder. Please cancel the reminder fee.",
        "Die Rechnung haben wir am 2. Juni bezahlt, die Mahngebühr ist deshalb nicht gerechtfertigt.",
        "Nous avons payé le 2 juin, avant votre rappel : merci d'annuler les frais de rappel.",
        "La fattura è stata pagata il 2 giugno. Vi preghiamo di annullare le spese di sollecito.",
    ],
)
def test_blind4_paid_in_time_fee_follows_the_payment(body):
    reading = read_reply(_mail(body), CONTEXT, use_model=False)
    assert reading.category == "already_paid", reading.evidence
    assert reading.pause_dunning is True
    assert reading.disputed_amount is None


# --- a line's details for the customer's own books ----------------------------------------------

OWN_USE_QUESTIONS = [
    "Kurze Frage: was beinhaltet die Position «Pauschale Kleinteile»? Ich muss sie intern weiterverrechnen.",
    "Pourriez-vous me donner le détail du poste « forfait déplacement » ? Nous devons le refacturer à notre client.",
    "Cosa comprende la voce «materiale di consumo»? Dobbiamo ribaltarla sul condominio.",
    "What exactly does the 'site set-up' line include? We need to recharge it to our tenant.",
]


@pytest.mark.parametrize("body", OWN_USE_QUESTIONS)
def test_blind4_line_details_for_own_books_is_a_question(body):
    reading = read_reply(_mail(body), CONTEXT, use_model=False)
    assert reading.category == "other", reading.evidence
    assert reading.pause_dunning is False
    assert reading.urgency == 2


@pytest.mark.parametrize("body", OWN_USE_QUESTIONS)
def test_blind4_line_details_for_own_books_no_pause_with_model(body):
    reading = read_reply(_mail(body), CONTEXT)
    assert reading.pause_dunning is False, reading.evidence


@pytest.mark.parametrize(
    "body",
    [
        # the same question with a doubt stays a dispute
        "Was beinhaltet die Position «Pauschale Kleinteile»? Ich muss sie intern weiterverrechnen, aber die war nie vereinbart.",
        "What does the 'site set-up' line include? We need to recharge it internally, but it was not in the quote.",
        "Pourquoi nous facturez-vous le forfait déplacement ? Nous devons le refacturer à notre client.",
    ],
)
def test_blind4_line_question_with_doubt_still_pauses(body):
    reading = read_reply(_mail(body), CONTEXT, use_model=False)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


# --- the reminder fee refused besides the contested amount --------------------------------------

QUOTED_REMINDER = (
    "\n\n-----Original Message-----\n"
    "From: Lieferant AG <debitoren@lieferant.example>\n"
    "Subject: 2. Mahnung ZX-25-0077\n\n"
    "Die Rechnung ZX-25-0077 über CHF 1'480.00 ist noch offen. Wir belasten Ihnen "
    "Mahngebühren von CHF 20.00.\n"
)

FEE_BESIDES = [
    # the whole invoice refused, the fee too: both
    (
        "Die Heizung läuft immer noch nicht. Ich bezahle diese Rechnung nicht, solange das nicht "
        "repariert ist. Und die Mahngebühr von Fr. 20.- schon gar nicht.",
        "1500.00",
    ),
    (
        "Les chaises sont arrivées cassées : nous ne paierons ni la facture ni les frais de CHF 20.–.",
        "1500.00",
    ),
    (
        "Le sedie sono arrivate rotte. Non intendiamo saldare questa fattura né le spese di sollecito di CHF 20.",
        "1500.00",
    ),
    (
        "The chairs arrived broken and we will not pay this invoice. We also refuse the CHF 20 reminder fee.",
        "1500.00",
    ),
    # a part contested and the fee: both
    (
        "Drei der zehn Stühle sind beschädigt, das sind CHF 444.–. Bitte streichen Sie auch die "
        "Mahngebühr von CHF 20.–.",
        "464.00",
    ),
    # the fee's amount named only in the quoted reminder
    (
        "Die Heizung läuft nicht, wir zahlen diese Rechnung erst, wenn sie repariert ist. Die "
        "Mahngebühr akzeptieren wir auch nicht." + QUOTED_REMINDER,
        "1500.00",
    ),
]


@pytest.mark.parametrize(("body", "amount"), FEE_BESIDES)
def test_blind4_fee_refused_besides_the_contested_amount(body, amount):
    reading = read_reply(_mail(body), CONTEXT, use_model=False)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True
    assert reading.disputed_amount == Decimal(amount)


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        # only the fee contested, the invoice promised: the fee alone
        (
            "Nous contestons l'indemnité de CHF 40.– : la facture nous est arrivée en retard. "
            "La facture elle-même sera réglée vendredi.",
            "40.00",
        ),
        (
            "We will pay the invoice on Friday, but we will not pay the CHF 20 reminder fee.",
            "20.00",
        ),
        # the fee only mentioned, not refused: the whole invoice alone
        (
            "A reminder with a fee, really? The chairs arrived broken and we will not pay this invoice.",
            "1480.00",
        ),
        # the fee accepted
        (
            "Die Stühle wurden nicht geliefert. Sobald sie da sind, zahlen wir, inklusive Mahngebühr.",
            "1480.00",
        ),
    ],
)
def test_blind4_fee_alone_or_not_refused(body, amount):
    reading = read_reply(_mail(body), CONTEXT, use_model=False)
    assert reading.category == "contestation", reading.evidence
    assert reading.disputed_amount == Decimal(amount)


# --- an hourly rate above the agreed one, a flat-rate fee that is no agreed price ---------------


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        (
            "Le tarif horaire ne correspond pas au devis : CHF 100.– l'heure convenu, la facture "
            "applique CHF 120.– pour les 6 heures.",
            "120.00",
        ),
        (
            "Der Stundenansatz stimmt nicht: offeriert waren CHF 90.– pro Stunde, verrechnet sind "
            "CHF 105.– für 4 Stunden.",
            "60.00",
        ),
        (
            "You charged CHF 95 per hour for the 10 hours, but we agreed CHF 80 per hour.",
            "150.00",
        ),
        (
            "La tariffa oraria non corrisponde all'offerta: CHF 100 all'ora pattuiti, fatturati "
            "CHF 110 per 5 ore.",
            "50.00",
        ),
    ],
)
def test_blind4_rate_above_the_agreed_one_times_hours(body, amount):
    reading = read_reply(_mail(body), CONTEXT, use_model=False)
    assert reading.category == "contestation", reading.evidence
    assert reading.disputed_amount == Decimal(amount)


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        (
            "Le principal de CHF 1 480.– partira vendredi. Merci en revanche de retirer "
            "l'indemnité forfaitaire de CHF 40.–.",
            "40.00",
        ),
        (
            "Die Rechnung über CHF 1'480.– zahlen wir am Freitag. Die pauschale Mahngebühr von "
            "CHF 20.– bestreiten wir.",
            "20.00",
        ),
    ],
)
def test_blind4_flat_rate_fee_is_no_agreed_price(body, amount):
    reading = read_reply(_mail(body), CONTEXT, use_model=False)
    assert reading.category == "contestation", reading.evidence
    assert reading.disputed_amount == Decimal(amount)


# --- "not now" is no refusal; Italian future promises -------------------------------------------

NOT_NOW = [
    "I can't pay the full amount right now, sorry. I'll get back to you next month.",
    "Non possiamo pagare l'intero importo adesso, possiamo rateizzare?",
    "Wir können den ganzen Betrag im Moment nicht bezahlen. Geht eine Ratenzahlung?",
    "Pour l'instant nous ne pouvons pas payer la facture, pourriez-vous patienter ?",
    "Non potremo pagare adesso, possiamo rateizzare?",
]


@pytest.mark.parametrize("body", NOT_NOW)
def test_blind4_not_now_is_a_delay_not_a_refusal(body):
    reading = read_reply(_mail(body), CONTEXT, use_model=False)
    assert reading.category == "delay_request", reading.evidence
    assert reading.pause_dunning is False


@pytest.mark.parametrize("body", NOT_NOW)
def test_blind4_not_now_no_pause_with_model(body):
    reading = read_reply(_mail(body), CONTEXT)
    assert reading.pause_dunning is False, reading.evidence


@pytest.mark.parametrize(
    "body",
    [
        # not now, and a defect: still contested
        "We cannot pay this invoice now, the lamps are broken.",
        "Non possiamo pagare adesso: le sedie sono arrivate rotte.",
        # a refusal without "now"
        "Non possiamo pagare questa fattura.",
        "Non potremo pagare la fattura, il lavoro non è finito.",
        "Il lavoro non è ancora terminato.",
    ],
)
def test_blind4_refusals_still_pause(body):
    reading = read_reply(_mail(body), CONTEXT, use_model=False)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


@pytest.mark.parametrize(
    ("body", "promised"),
    [
        ("Potremo saldare la fattura a fine mese.", "2025-06-30"),
        (
            "Il nostro cliente non ci ha ancora pagato, potremo saldare solo a fine mese.",
            "2025-06-30",
        ),
        ("Vi pagheremo la prossima settimana.", "2025-06-20"),
    ],
)
def test_blind4_italian_future_promises(body, promised):
    reading = read_reply(_mail(body), CONTEXT, use_model=False)
    assert reading.category == "payment_promise", reading.evidence
    assert reading.pause_dunning is False
    assert reading.promised_date == date.fromisoformat(promised)
