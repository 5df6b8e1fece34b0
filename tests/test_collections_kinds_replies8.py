# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Kinds of replies added after the eighth batch of the second set (tests/data/disputes_more):
a question about one billed line, an item that was part of the quote, a fee refused next to a
payment, hours against the quote, refusals to pay anything, an invoice made out to old
premises or duplicated, money the customer *received*, problems said to be solved, a reminder
passed on to a colleague, new orders, future invoices sent elsewhere, Swiss German weekdays and
"the day after tomorrow". Synthetic sentences, one per rule."""

from datetime import date
from decimal import Decimal

import pytest

from fincycle.collections import ThreadContext, read_reply
from fincycle.collections.textparse import find_dates
from fincycle.testing.replies import reply_email

CONTEXT = ThreadContext(
    invoice_number="VX-25-001", amount=Decimal("1500.00"), currency="CHF", stage="reminder_1"
)
TUESDAY = date(2025, 6, 10)


def _mail(body):
    return reply_email(body)


CASES = [
    # body, category, pause, promised date, disputed amount
    # a question about one billed line contests that line
    (
        "Why is there a disposal fee of CHF 60 on this bill? We took the old unit away ourselves.",
        "contestation", True, None, "60.00",
    ),
    (
        "Wofür steht der Posten «Spesen pauschal» mit CHF 45 auf der Rechnung?",
        "contestation", True, None, "45.00",
    ),
    (
        "A cosa si riferisce la voce «trasporto urgente» di CHF 90? Nessuno ce l'ha chiesto.",
        "contestation", True, None, "90.00",
    ),
    # an item that was part of the quote: its price, not the invoice minus it
    (
        "The delivery charge (CHF 120) was included in your quote, please take it off.",
        "contestation", True, None, "120.00",
    ),
    # a fee refused next to a payment of the invoice
    (
        "Den Rechnungsbetrag überweisen wir morgen, aber die Mahngebühr von CHF 20 nicht.",
        "contestation", True, "2025-06-11", "20.00",
    ),
    # hours against the quote, at the customer's rate
    (
        "You billed 12 hours although the quote said 8, at CHF 110 per hour.",
        "contestation", True, None, "440.00",
    ),
    # refusing any payment: the whole invoice
    (
        "Bis zur Klärung des Schadens leisten wir keine Zahlung.",
        "contestation", True, None, "1500.00",
    ),
    (
        "Fino alla riparazione non consideriamo dovuta la fattura.",
        "contestation", True, None, "1500.00",
    ),
    # made out to old premises; a duplicate said in Italian
    (
        "La facture est établie à notre ancienne adresse de Vevey, merci de la corriger.",
        "invoice_error", True, None, None,
    ),
    (
        "Questa fattura è un doppione di quella di maggio, per favore annullatela.",
        "invoice_error", True, None, "1500.00",
    ),
    # money the customer received is not its payment
    (
        "Un client m'a payé avec un mois de retard : pourrais-je régler le 30 juin ?",
        "delay_request", True, "2025-06-30", None,
    ),
    (
        "Ein Kunde hat uns erst gestern bezahlt, wir brauchen noch etwas Geduld.",
        "delay_request", False, None, None,
    ),
    # a problem said to be solved: nothing to do
    (
        "Merci, le problème de facturation est résolu. Tout est en ordre.",
        "acknowledgement", False, None, None,
    ),
    # a reminder passed on to a colleague (reply-all)
    ("Hallo Reto, kannst du das bitte noch bezahlen? Danke, Eva", "acknowledgement", False, None, None),
    ("Maria, could you please process this one? Thanks, Tom", "acknowledgement", False, None, None),
    # a new order or offer
    (
        "Thanks. Could you send us a quote for two more radiators for the annex?",
        "other", False, None, None,
    ),
    ("Avete anche lenzuola matrimoniali in lino? Ne vorremmo una ventina.", "other", False, None, None),
    # future invoices to another recipient; a missing slip asked for
    (
        "Merci d'envoyer dorénavant les factures à compta@client.example, et non plus à moi.",
        "copy_request", False, None, None,
    ),
    (
        "Nella fattura che ci avete inviato manca l'IBAN. Potete mandarcelo?",
        "copy_request", False, None, None,
    ),
    # Swiss German refusal of the rest, and a joke
    ("Das isch doch en Witz. S Material zahl ich, de Rest nid.", "contestation", True, None, None),
    # doubting a line in a question; "come mai"; paying only after the work is finished
    ("Is the call-out charge really correct? You were next door anyway.", "contestation", True, None, None),
    ("Come mai ci sono spese di imballaggio di CHF 80? Non era previsto.", "contestation", True, None, "80.00"),
    (
        "Nous ne réglerons la facture qu'après la mise en service de la pompe.",
        "contestation", True, None, "1500.00",
    ),
    ("Die 6 Stunden Arbeit sind deutlich zu viel für diese Reparatur.", "contestation", True, None, None),
    # solved problems and a credit note received: nothing to do
    ("Thanks, the address issue is fixed now; forwarded to AP.", "acknowledgement", False, None, None),
    ("Danke für die Gutschrift, damit ist alles in Ordnung.", "acknowledgement", False, None, None),
    # a question about how to pay is no request for time
    ("Which payment methods do you accept? Can I pay by Twint?", "other", False, None, None),
    # auto-replies without any header: present absence until a date, a received invoice
    (
        "Merci pour votre message. Je suis en déplacement jusqu'au 20 juin. Pour toute "
        "contestation, adressez-vous au service client.",
        "auto_reply", False, None, None,
    ),
    (
        "Automatic reply: your invoice has been received and will be processed within 30 days.",
        "auto_reply", False, None, None,
    ),
    # bare "paid" with a date; duplicates, VAT rate and personal name
    ("Bezahlt am 2.6.", "already_paid", True, None, None),
    ("You sent us the same bill twice, last week and today.", "invoice_error", True, None, "1500.00"),
    ("The VAT should be 2.6% not 8.1%, it is accommodation.", "invoice_error", True, None, "76.32"),
    (
        "Bitte stellen Sie die Rechnung auf die Firma aus statt auf mich.",
        "invoice_error", True, None, None,
    ),
    # an invoice sent to someone else instead
    ("Could you send the invoice directly to our fiduciary instead?", "copy_request", False, None, None),
    # hours that do not match the customer's records; an estimate against the bill
    ("Die verrechneten Stunden stimmen nicht mit unseren Rapporten überein.", "contestation", True, None, None),
    (
        "Der Kostenvoranschlag lautete auf CHF 800, jetzt sind es CHF 1'500. Das geht so nicht.",
        "contestation", True, None, "700.00",
    ),
    # a question about something else than the bill: other, however the model leans
    ("Is the fitter still coming on Thursday morning as planned?", "other", False, None, None),
    # asking to postpone to a date; a general payment freeze without a date
    ("Könnten Sie die Zahlung bis Ende Juli aufschieben?", "delay_request", True, "2025-07-31", None),
    ("All our payments are frozen during the restructuring, we will revert.", "delay_request", False, None, None),
    # the invoice in another format; passed on without a date; a contact who left
    ("Can you send the invoice as an e-invoice (XRechnung) please?", "copy_request", False, None, None),
    (
        "Merci, j'ai transmis à notre service financier qui va s'en occuper.",
        "acknowledgement", False, None, None,
    ),
    ("Frau Brun ist nicht mehr bei uns tätig.", "other", False, None, None),
    # what the invoice shows against what happened; hours billed for a job of minutes
    (
        "La fattura indica 8 ore, ma l'installatore è rimasto solo mezza giornata.",
        "contestation", True, None, None,
    ),
    ("Vous m'avez facturé 2 h pour un réglage de 15 minutes.", "contestation", True, None, None),
    ("D Rechnig stimmt eifach nöd.", "contestation", True, None, None),
    ("The installation fee was in the quote, please take it off.", "contestation", True, None, None),
    # Swiss German promise; two copies of the invoice asked for
    ("Mach ich morgen, sorry!", "payment_promise", False, "2025-06-11", None),
    (
        "Pourriez-vous établir la facture en trois exemplaires ?",
        "copy_request", False, None, None,
    ),
    # asking to be allowed to pay on a date; a discount question is about terms
    (
        "Nous souhaitons simplement pouvoir régler le 30 juin, si vous êtes d'accord.",
        "delay_request", True, "2025-06-30", None,
    ),
    ("Is there a discount if we pay within 10 days?", "other", False, None, None),
    # an out-of-office that routes complaints elsewhere
    (
        "Ich bin bis 15.07. abwesend. Bei Reklamationen wenden Sie sich bitte an "
        "service@client.example.",
        "auto_reply", False, None, None,
    ),
    # a transfer processed or executed is paid, even if it arrives tomorrow
    ("Payment was processed on our side yesterday.", "already_paid", True, None, None),
    ("Le virement a été exécuté ce matin, il devrait arriver demain.", "already_paid", True, None, None),
    # a registration number to add; an invoice made out to the wrong person
    ("Merci d'indiquer notre numéro SIRET sur la facture.", "invoice_error", True, None, None),
    ("La fattura è intestata alla persona sbagliata.", "invoice_error", True, None, None),
    # monthly payments from a date; waiting with the payment until a defect is fixed
    ("We would like to pay CHF 300 per month starting 1 July.", "delay_request", True, "2025-07-01", None),
    ("Das Gerät läuft immer noch nicht, wir warten mit der Zahlung.", "contestation", True, None, None),
    # non-native English: "I have pay"; no money now is hardship, not a refusal
    ("I have pay this already last week by bank.", "already_paid", True, None, None),
    ("Can I pay at the end of July? Now I have no money.", "delay_request", True, "2025-07-31", None),
    # a promise behind a question or a tag question
    (
        "Do I pay the reminder fee too or only the invoice? Either way it goes out Thursday.",
        "payment_promise", False, "2025-06-12", None,
    ),
    ("Das Geld kommt am Freitag, oder?", "payment_promise", False, "2025-06-13", None),
    # "since when do you charge ...?"; a line of another invoice that never happened
    ("Da quando fatturate anche il trasporto?", "contestation", True, None, None),
    (
        "This invoice is fine, but VX-25-002 charges a call-out that never happened.",
        "contestation", True, None, None,
    ),
    # a payment scheduled for a date
    ("Your invoice is fine, I've scheduled it for 20 June.", "payment_promise", False, "2025-06-20", None),
    # "would it be all right if we paid then?" after the date; "should be paid within ..."
    (
        "Die Versicherung zahlt erst Ende Juli. Wäre es in Ordnung, wenn wir die Rechnung dann "
        "begleichen?",
        "delay_request", True, "2025-07-31", None,
    ),
    ("Approved on our side, it should be paid within the next few days.", "payment_promise", False, None, None),
    # ticket-style confirmations without any header
    (
        "We have received your message. A member of our team will get back to you shortly.",
        "auto_reply", False, None, None,
    ),
    (
        "Votre message a bien été reçu par la comptabilité. Il sera traité dans les meilleurs "
        "délais.",
        "auto_reply", False, None, None,
    ),
    # Swiss German "isch z'höch", "bis Ändi Monet"; a copy that "we need"
    ("D Rächnig isch z'höch, mir händ 3 Stund abgmacht.", "contestation", True, None, None),
    ("Merci vielmal, mir zahled's bis Ändi Monet.", "payment_promise", False, "2025-06-30", None),
    (
        "Ci servirebbe una copia della fattura per la revisione contabile.",
        "copy_request", False, None, None,
    ),
    # another currency than the contract's; a misspelt name; a project reference to add
    (
        "Vous avez facturé en euros alors que notre contrat est en francs suisses.",
        "invoice_error", True, None, None,
    ),
    ("Il nome sulla fattura contiene un errore: Rossini, non Rossi.", "invoice_error", True, None, None),
    (
        "Please put our reference 'Lakeside' on the invoice, otherwise it cannot be approved.",
        "invoice_error", True, None, None,
    ),
    # phishing that uses the payment freeze as bait
    (
        "Payments are on hold until you update your banking details on our supplier portal: "
        "https://example.net/portal",
        "other", False, None, None,
    ),
    # Swiss German weekday, "après-demain", and the date of the sentence that asks for time
    ("Zahle ich am Zischtig. Gruess", "payment_promise", False, "2025-06-17", None),
    ("Je fais le virement après-demain.", "payment_promise", False, "2025-06-12", None),
    (
        "Our bonus is only paid mid-July. Could we pay on 31 July instead?",
        "delay_request", True, "2025-07-31", None,
    ),
]  # fmt: skip


@pytest.mark.parametrize(("body", "category", "pause", "promised", "amount"), CASES)
def test_batch8_kinds(body, category, pause, promised, amount):
    reading = read_reply(_mail(body), CONTEXT)
    assert reading.category == category, reading.evidence
    assert reading.pause_dunning is pause
    assert reading.promised_date == (date.fromisoformat(promised) if promised else None)
    assert reading.disputed_amount == (Decimal(amount) if amount else None)


def test_passing_on_is_nothing_to_do():
    reading = read_reply(_mail("Kannst du das bitte noch zahlen? Danke, Eva"), CONTEXT)
    assert reading.urgency == 1


def test_relative_days_and_dialect_weekdays():
    assert [d.value for d in find_dates("ubermorgen", TUESDAY)] == [date(2025, 6, 12)]
    assert [d.value for d in find_dates("dopodomani", TUESDAY)] == [date(2025, 6, 12)]
    assert [d.value for d in find_dates("the day after tomorrow", TUESDAY)] == [date(2025, 6, 12)]
    assert [d.value for d in find_dates("apres-demain", TUESDAY)] == [date(2025, 6, 12)]
    assert [d.value for d in find_dates("demain", TUESDAY)] == [date(2025, 6, 11)]
    assert [d.value for d in find_dates("am fritig", TUESDAY)] == [date(2025, 6, 13)]


def test_no_cue_matches_empty_text():
    """A stray "|" at the end of an alternation makes a cue match everywhere."""
    import re  # noqa: PLC0415

    from fincycle.collections import replies  # noqa: PLC0415

    for name in dir(replies):
        value = getattr(replies, name)
        if isinstance(value, re.Pattern):
            assert not value.fullmatch(""), name
