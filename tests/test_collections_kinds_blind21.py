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
from fincycle.collections.textparse import find_money, fold
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


# --- the invoice asked back corrected: a defect that must be reissued -------------------------

CORRECTED_ASKED = [
    "So kann ich die Rechnung nicht verbuchen. Könnten Sie sie bitte korrigiert nochmals schicken?",
    "Unser Revisor nimmt sie so nicht an. Bitte korrigieren und nochmals zusenden.",
    "Mon comptable ne peut pas la passer ainsi. Pourriez-vous la corriger et nous la renvoyer ?",
    "Merci de nous la renvoyer corrigée.",
    "Così non la posso registrare. Me la può rimandare corretta?",
    "Potete correggerla e rimandarla? Grazie.",
    "Our auditor won't accept it like this. Can you fix and resend?",
    "Could you send us a corrected version, please?",
]


@pytest.mark.parametrize("body", CORRECTED_ASKED)
def test_corrected_invoice_asked_pauses(body):
    reading = _read(body)
    assert reading.category == "invoice_error", reading.evidence
    assert reading.pause_dunning is True


@pytest.mark.parametrize(
    "body",
    [
        "Bitte schreiben Sie uns die 2 Stunden à CHF 120.00 gut und senden Sie die Rechnung korrigiert nochmals.",
        "Merci de nous accorder un avoir de 240 € et de nous renvoyer la facture corrigée.",
    ],
)
def test_corrected_invoice_with_hours_or_credit_disputes_the_bill(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


CORRECTED_NOT_ASKED = [
    "Vielen Dank für die korrigierte Rechnung, wir zahlen sie am Freitag.",
    "Thanks for the corrected invoice, it has been passed to accounts payable.",
    "Merci pour la facture rectifiée, je l'ai transmise à notre comptable.",
    "Grazie per la fattura corretta, l'abbiamo inoltrata alla contabilità.",
    "Could you send the invoice again? The correct address is ap@client.example.",
]


@pytest.mark.parametrize("body", CORRECTED_NOT_ASKED)
def test_corrected_invoice_received_or_correct_address_does_not_pause(body):
    reading = _read(body)
    assert reading.pause_dunning is False, reading.evidence


# --- a change the bill ignores: "this still bills the Pro plan" -------------------------------

STILL_BILLED = [
    "We downgraded to Basic in August. This still bills the full year of Pro.",
    "We removed five seats in March, but you're still charging us for 20 users.",
    "Wir haben im Mai auf 5 Lizenzen reduziert. Sie verrechnen uns immer noch 10 Lizenzen.",
    "Nous avons résilié l'option hébergement en juin, vous nous facturez toujours l'ancien forfait.",
    "Abbiamo disdetto il modulo a giugno e ci fatturate ancora il piano completo.",
]


@pytest.mark.parametrize("body", STILL_BILLED)
def test_still_billed_after_a_change_is_a_dispute(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


STILL_NOT_DISPUTED = [
    "We still invoice our own clients monthly, so we will pay yours on the 30th.",
    "Could you still bill the remaining hours this year? Our budget closes in December.",
    "Wir zahlen die Rechnung wie immer am Monatsende.",
    "Nous avons toujours été satisfaits, la facture sera réglée vendredi.",
    "Ancora grazie, la fattura è stata inoltrata alla contabilità.",
]


@pytest.mark.parametrize("body", STILL_NOT_DISPUTED)
def test_still_without_a_bill_kept_against_a_change_is_no_dispute(body):
    reading = _read(body)
    assert reading.pause_dunning is False, reading.evidence


# --- "export": goods exported free of VAT, not a file export -----------------------------------

EXPORTED_GOODS = [
    "Es handelt sich um eine Exportlieferung nach Deutschland.",
    "La marchandise est partie à l'export, merci de refaire la facture.",
    "Si tratta di un'esportazione verso la Germania.",
    "This was an export to Norway, I attach the export document.",
]


@pytest.mark.parametrize("body", EXPORTED_GOODS)
def test_goods_exported_are_a_formal_defect(body):
    reading = _read(body)
    assert reading.category == "invoice_error", reading.evidence


FILE_EXPORT = [
    "The export we sent you has 9,870 words, I re-ran the count this morning.",
    "Der CSV-Export aus unserem System zeigt die Rechnung als offen, wir zahlen sie am Freitag.",
    "L'export de notre logiciel montre la facture comme ouverte, elle sera payée vendredi.",
    "L'export del gestionale riporta la fattura come aperta, la paghiamo venerdì.",
]


@pytest.mark.parametrize("body", FILE_EXPORT)
def test_a_file_export_is_no_formal_defect(body):
    reading = _read(body)
    assert reading.category != "invoice_error", reading.evidence


# --- the customer's AP system schedules the payment: a dated promise, not an auto-reply ---------

SCHEDULED_BY_SYSTEM = [
    "This is an automated message from our invoice management system. Please do not reply to this "
    "e-mail. Your invoice has been approved and is scheduled for payment on 20.06.2025.",
    "Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail. "
    "Ihre Rechnung wurde geprüft und ist zur Zahlung am 20.06.2025 eingeplant.",
    "Ceci est un message automatique, merci de ne pas y répondre. Votre facture a été validée et "
    "est programmée pour paiement le 20/06/2025.",
    "Questo è un messaggio automatico, si prega di non rispondere. La vostra fattura è stata "
    "approvata ed è programmata per il pagamento del 20.06.2025.",
]


@pytest.mark.parametrize("body", SCHEDULED_BY_SYSTEM)
def test_payment_scheduled_by_an_ap_system_is_a_promise(body):
    reading = _read(body)
    assert reading.category == "payment_promise", reading.evidence
    assert reading.promised_date == date(2025, 6, 20)
    assert reading.pause_dunning is False


AUTO_WITHOUT_PAYMENT = [
    "This is an automated message. Please do not reply to this e-mail. I am out of the office "
    "until 20.06.2025.",
    "Dies ist eine automatisch generierte Nachricht. Ich bin bis am 20.06.2025 abwesend.",
    "Ceci est un message automatique. Je suis absente jusqu'au 20/06/2025.",
    "Questo è un messaggio automatico. Sono assente fino al 20.06.2025.",
]


@pytest.mark.parametrize("body", AUTO_WITHOUT_PAYMENT)
def test_an_out_of_office_with_a_date_stays_an_auto_reply(body):
    reading = _read(body)
    assert reading.category == "auto_reply", reading.evidence


# --- a part held until it is delivered ----------------------------------------------------------

PART_HELD = [
    "German half, happy to pay. Italian half (CHF 640), when it exists.",
    "Die deutsche Version zahlen wir gern. Die andere Hälfte, sobald sie geliefert ist.",
    "La partie allemande, on la paie volontiers ; l'autre partie quand elle sera terminée.",
    "La parte tedesca la paghiamo volentieri, l'altra metà appena sarà consegnata.",
]


@pytest.mark.parametrize("body", PART_HELD)
def test_a_part_held_until_delivered_is_a_dispute(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


PART_AS_AGREED = [
    "We pay the first half today; as agreed, the other half is due once the work is completed.",
    "Die erste Hälfte überweisen wir heute, die zweite ist wie vereinbart fällig, sobald alles fertig ist.",
    "Nous versons la première moitié aujourd'hui ; comme convenu, l'autre moitié est due une fois le chantier terminé.",
    "Paghiamo oggi la prima metà; come concordato, l'altra metà è dovuta quando sarà completato.",
    "Wir zahlen den Rest, sobald die Rechnung bei uns ist.",
]


@pytest.mark.parametrize("body", PART_AS_AGREED)
def test_the_agreed_terms_of_a_balance_are_no_dispute(body):
    reading = _read(body)
    assert reading.category != "contestation", reading.evidence


# --- paid at the post office, told at length -----------------------------------------------------

PAID_AT_LENGTH = [
    "Ich habe den Betrag von Fr. 486.35 am 3. Juni am Postschalter in Emmenbrücke mit dem "
    "Einzahlungsschein einbezahlt.",
    "Wir haben die ganze Summe schon am 3. Juni bei der Post am Schalter in Luzern eingezahlt.",
    "J'ai versé le montant de 486.35 francs le 3 juin au guichet de la poste de Bulle avec le bulletin.",
    "Ho già pagato l'importo di 486.35 franchi il 3 giugno allo sportello della posta di Biasca.",
    "I already paid the amount of CHF 486.35 on 3 June at the post office counter in Lucerne.",
]


@pytest.mark.parametrize("body", PAID_AT_LENGTH)
def test_paid_at_the_post_office_told_at_length_is_paid(body):
    reading = _read(body)
    assert reading.category == "already_paid", reading.evidence
    assert reading.pause_dunning is True


PAID_NOT_YET = [
    "Ich habe den Einzahlungsschein leider verloren, könnten Sie ihn nochmals schicken?",
    "Ich habe den Betrag noch nicht eingezahlt, das mache ich am Freitag am Postschalter.",
    "Je n'ai pas encore versé le montant, je passe à la poste vendredi.",
    "I haven't paid it yet, I'll go to the post office on Friday.",
]


@pytest.mark.parametrize("body", PAID_NOT_YET)
def test_a_slip_lost_or_a_payment_to_come_is_not_paid(body):
    reading = _read(body)
    assert reading.category != "already_paid", reading.evidence
    assert reading.pause_dunning is False


# --- the customer's own business cancelled, told as its hardship ---------------------------------

OWN_CANCELLED_HARDSHIP = [
    "Zwei Anlässe wurden diesen Sommer abgesagt und wir haben gerade einen Liquiditätsengpass. "
    "Könnten Sie uns noch etwas Zeit geben?",
    "Deux événements annulés cet été, notre trésorerie est tendue en ce moment. Pourriez-vous "
    "nous laisser encore un peu de temps ?",
    "Due eventi annullati quest'estate, siamo in difficoltà. Potete darci ancora un po' di tempo?",
    "Two events were cancelled this summer and we're short of cash. Could you give us a bit more time?",
]


@pytest.mark.parametrize("body", OWN_CANCELLED_HARDSHIP)
def test_own_events_cancelled_in_a_hardship_ask_for_time(body):
    reading = _read(body)
    assert reading.category == "delay_request", reading.evidence
    assert reading.pause_dunning is False


CANCELLED_AND_BILLED = [
    "Der Termin wurde abgesagt, trotzdem ist er verrechnet.",
    "L'intervention a été annulée la veille, elle ne peut pas être facturée.",
    "L'appuntamento è stato annullato, ma è in fattura.",
    "The session was called off by your trainer, yet it is on the invoice.",
]


@pytest.mark.parametrize("body", CANCELLED_AND_BILLED)
def test_a_cancelled_service_billed_is_still_a_dispute(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence


# --- paid only once an item is gone; the rest held for an explanation ----------------------------

PAID_ONLY_ONCE_FIXED = [
    "Wir zahlen diese Rechnung erst, wenn der Zuschlag gestrichen ist.",
    "Nous ne réglerons cette facture-là qu'une fois ce poste retiré.",
    "La salderemo soltanto dopo che avrete tolto il supplemento.",
    "We will only pay it once that line is removed.",
]


@pytest.mark.parametrize("body", PAID_ONLY_ONCE_FIXED)
def test_paid_only_once_an_item_is_gone_is_a_dispute(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


REST_HELD = [
    "Nous versons aujourd'hui le montant de l'année passée et attendons vos explications pour la "
    "différence avant de payer le solde.",
    "Wir zahlen heute den Betrag vom Vorjahr und erwarten Ihre Erklärung zur Differenz, bevor wir "
    "den Rest zahlen.",
    "Paghiamo oggi l'importo dell'anno scorso e attendiamo le vostre spiegazioni sulla differenza "
    "prima di pagare il saldo.",
    "We are paying last year's amount today and wait for your explanation of the difference before "
    "paying the rest.",
]


@pytest.mark.parametrize("body", REST_HELD)
def test_the_rest_held_for_an_explanation_is_a_dispute(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


ONLY_ONCE_RECEIVED = [
    "We never got the invoice. We will only pay once we receive it, could you resend it?",
    "Avant de payer le solde, pourriez-vous nous envoyer le bulletin QR ?",
    "Bevor wir den Rest zahlen, bräuchten wir noch eine Kopie der Rechnung als PDF.",
    "Prima di pagare il saldo ci servirebbe una copia della fattura in PDF.",
]


@pytest.mark.parametrize("body", ONLY_ONCE_RECEIVED)
def test_paid_once_received_or_the_rest_with_a_copy_asked_is_no_dispute(body):
    reading = _read(body)
    assert reading.category != "contestation", reading.evidence


# --- an invoice asked without an item -------------------------------------------------------------

WITHOUT_THE_ITEM = [
    "Ich gehe von einem Versehen aus und bitte Sie um eine Rechnung ohne diese Position.",
    "Je suppose qu'il s'agit d'un oubli et vous prie de m'envoyer une facture sans ce poste.",
    "Presumo che si tratti di una svista e vi chiedo una fattura senza questa voce.",
    "I assume it's an oversight and would ask for an invoice without that line.",
]


@pytest.mark.parametrize("body", WITHOUT_THE_ITEM)
def test_an_invoice_asked_without_an_item_disputes_it(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


WITHOUT_A_DOCUMENT = [
    "Bitte senden Sie uns die Rechnung ohne Einzahlungsschein, wir zahlen per Lastschrift.",
    "Merci de m'envoyer la facture sans la version papier, le PDF suffit.",
    "Potete mandarci la fattura senza la copia cartacea? Basta il PDF.",
    "Please send the invoice without the paper copy, the PDF is enough.",
]


@pytest.mark.parametrize("body", WITHOUT_A_DOCUMENT)
def test_an_invoice_asked_without_a_paper_copy_is_no_dispute(body):
    reading = _read(body)
    assert reading.pause_dunning is False, reading.evidence


def test_an_invoice_asked_without_the_vat_line_is_a_formal_defect():
    assert _read("Could you send the invoice without the VAT line?").category == "invoice_error"


# --- the payment's reason ("causale") is no lawsuit ("causa") ----------------------------------

PAID_WITH_A_REASON = [
    "Abbiamo già pagato il 2 giugno con bonifico, causale KX-25-0421.",
    "Wir haben am 2. Juni bezahlt, Zahlungsgrund KX-25-0421.",
    "Nous avons payé le 2 juin par virement, motif KX-25-0421.",
    "We paid on 2 June by bank transfer, payment reason KX-25-0421.",
]


@pytest.mark.parametrize("body", PAID_WITH_A_REASON)
def test_a_payment_reason_is_no_legal_threat(body):
    reading = _read(body)
    assert reading.category == "already_paid", reading.evidence
    assert reading.urgency == 3


def test_a_lawsuit_is_still_a_threat():
    reading = _read("Questa fattura non la paghiamo: se insistete, faremo causa.")
    assert reading.urgency == 5, reading.evidence


# --- "i.e." / "c.-à-d." do not end a sentence: the amount stays with its dispute ------------------

THAT_IS_AMOUNT = [
    "It bills 10 words too many, i.e. CHF 150.00 before VAT. Could you send a corrected invoice?",
    "Vous comptez deux heures de trop, c.-à-d. CHF 150.- HT. Merci de nous envoyer une facture corrigée.",
    "Das ist eine Stunde zu viel, d.h. CHF 150.-. Bitte senden Sie uns eine korrigierte Rechnung.",
    "Un'ora di troppo, cioè CHF 150.-. Potete mandarci una fattura corretta?",
]


@pytest.mark.parametrize("body", THAT_IS_AMOUNT)
def test_the_amount_after_i_e_is_the_disputed_one(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.disputed_amount == Decimal("150.00")


def test_the_net_amount_asked_beside_a_wrong_vat_is_not_the_vat():
    body = (
        "We are a German company, this service is not subject to Swiss VAT (reverse charge). "
        "Could you send us a new invoice without the VAT, i.e. CHF 1,184.35 net?"
    )
    reading = _read(body)
    assert reading.category == "invoice_error", reading.evidence
    assert reading.disputed_amount != Decimal("1184.35")


# --- a count of things, then the price of one: the disputed amount is their product -------------

COUNT_AND_PRICE_EACH = [
    "Le 8 tende oscuranti (CHF 95.- l'una) non le abbiamo mai ordinate.",
    "Die 8 Verdunkelungsvorhänge (CHF 95.- pro Stück) haben wir nie bestellt.",
    "Les 8 rideaux occultants (CHF 95.- pièce) n'ont jamais été commandés.",
    "We never ordered the 8 blackout curtains (CHF 95 each).",
]


@pytest.mark.parametrize("body", COUNT_AND_PRICE_EACH)
def test_count_times_the_price_of_one_is_the_disputed_amount(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.disputed_amount == Decimal("760.00")


def test_a_count_of_days_beside_a_price_is_no_product():
    body = (
        "We never ordered the curtains (CHF 95 each), they came 8 days late and we sent them back."
    )
    assert _read(body).disputed_amount != Decimal("760.00")


# --- this year's fee against last year's: the increase, not the part paid --------------------------

FEE_AGAINST_LAST_YEAR = [
    "Vos honoraires 2024 se montent à CHF 3'850.- HT, alors que pour 2023 nous avions payé CHF 2'900.- HT. "
    "Nous versons aujourd'hui le montant de l'année passée, soit CHF 2'900.-, et attendons vos "
    "explications pour la différence avant de payer le solde.",
    "Ihr Honorar 2024 beträgt CHF 3'850.-, während wir für das Vorjahr CHF 2'900.- bezahlt haben. Wir "
    "überweisen heute den Betrag vom Vorjahr, also CHF 2'900.-, und erwarten Ihre Erklärung zur "
    "Differenz, bevor wir den Rest zahlen.",
    "Il vostro onorario 2024 è di CHF 3'850.-, mentre per il 2023 avevamo pagato CHF 2'900.-. "
    "Paghiamo oggi l'importo dell'anno scorso, cioè CHF 2'900.-, e attendiamo spiegazioni sulla "
    "differenza prima di pagare il saldo.",
    "Your 2024 fee is CHF 3,850, whereas for 2023 we paid CHF 2,900. We are paying last year's "
    "amount today, i.e. CHF 2,900, and wait for your explanation of the difference before paying the rest.",
]


@pytest.mark.parametrize("body", FEE_AGAINST_LAST_YEAR)
def test_the_increase_over_last_year_is_disputed_not_the_part_paid(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.disputed_amount == Decimal("950.00")


def test_a_result_announced_without_a_payment_is_still_the_amount():
    body = "You billed 3 hours too many, i.e. CHF 360.00. Please send us a corrected invoice."
    assert _read(body).disputed_amount == Decimal("360.00")


# --- a year before a currency and its amount is no amount ------------------------------------------

YEAR_BEFORE_AMOUNT = [
    "Ihr Honorar 2024 beträgt CHF 3'850.-, während wir für 2023 CHF 2'900.- bezahlt haben.",
    "Vos honoraires 2024 se montent à CHF 3'850.-, alors que pour 2023 CHF 2'900.- avaient été payés.",
    "Il vostro onorario 2024 è di CHF 3'850.-, mentre per il 2023 CHF 2'900.- erano stati pagati.",
    "Your 2024 fee is CHF 3,850, whereas for 2023 CHF 2,900 was paid.",
]


@pytest.mark.parametrize("body", YEAR_BEFORE_AMOUNT)
def test_a_year_before_an_amount_is_not_money(body):
    assert [m.value for m in find_money(fold(body))] == [Decimal("3850"), Decimal("2900")]


@pytest.mark.parametrize("text", ["2000 CHF", "le 3 juin 450 € 2 fois", "1'234.50 CHF"])
def test_amounts_with_their_currency_after_stay_money(text):
    assert len(find_money(fold(text))) == 1


# --- billed hours against the hours really worked or the hours too many ---------------------------

HOURS_WORKED = [
    "Auf dem Rapport sind 4.0 Std. à Fr. 118.- aufgeführt. Der Monteur war von 08.30 bis 10.00 Uhr "
    "da, also 1.5 Std. Bitte korrigieren Sie die Rechnung, bis dahin halten wir die Zahlung zurück.",
    "Vous facturez 4 heures à CHF 118.-, mais le technicien est resté de 8h30 à 10h, soit 1.5 heures. "
    "Nous contestons la différence.",
    "In fattura ci sono 4 ore a CHF 118.-, ma il tecnico è rimasto dalle 8.30 alle 10, cioè 1.5 ore. "
    "Contestiamo la differenza.",
    "The invoice has 4 hours at CHF 118, but our logs show a total of about 1.5 hours. We dispute the difference.",
    "Auf der Rechnung stehen 4 Stunden à CHF 118.-. Wir bestreiten die 2.5 Stunden zu viel.",
]


@pytest.mark.parametrize("body", HOURS_WORKED)
def test_billed_hours_less_the_hours_worked_is_the_disputed_amount(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.disputed_amount == Decimal("295.00")


def test_billed_hours_without_a_figure_worked_stay_hours_times_rate():
    body = (
        "You billed 4 hours at CHF 118 for a job that was never finished, so we dispute them all."
    )
    assert _read(body).disputed_amount == Decimal("472.00")


# --- only the fees refused, their amount said in another sentence -----------------------------------

FEES_SAID_BEFORE = [
    "Trotzdem haben Sie mir zwei Mahnungen geschickt, zusammen Fr. 60.- Gebühren. Den "
    "Rechnungsbetrag überweise ich am 30. Juni. Die Mahngebühren bezahle ich aber nicht.",
    "Vous m'avez pourtant envoyé deux rappels, soit CHF 60.- de frais. Je paierai la facture le "
    "30 juin, mais je refuse les frais de rappel.",
    "Mi avete mandato due solleciti, in tutto CHF 60.- di spese. La fattura la pago il 30 giugno, "
    "ma le spese di sollecito non le pago.",
    "You still sent me two reminders, CHF 60 in fees altogether. I'll pay the invoice on 30 June, "
    "but I won't pay the reminder fees.",
]


@pytest.mark.parametrize("body", FEES_SAID_BEFORE)
def test_the_fees_refused_take_their_amount_from_another_sentence(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.disputed_amount == Decimal("60.00")


def test_no_fee_refused_leaves_no_amount():
    body = "Sie haben mir zwei Mahnungen geschickt, zusammen Fr. 60.- Gebühren. Ich zahle alles am 30. Juni."
    assert _read(body).disputed_amount is None


# --- the fees refused or not accepted --------------------------------------------------------------

FEES_REFUSED = [
    "Je refuse les frais de rappel.",
    "Nous n'acceptons pas les frais de relance.",
    "Ich akzeptiere die Mahngebühren nicht.",
    "Rifiuto le spese di sollecito.",
    "Non accettiamo le spese di sollecito.",
    "I refuse the reminder fees.",
    "We don't accept the late fee.",
]


@pytest.mark.parametrize("body", FEES_REFUSED)
def test_fees_refused_or_not_accepted_are_a_dispute(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


FEES_ACCEPTED = [
    "Nous ne refusons pas les frais, ils seront payés avec la facture vendredi.",
    "Ich akzeptiere die Rechnung und zahle sie am Freitag.",
    "Accettiamo le spese di sollecito, pagheremo tutto venerdì.",
    "We accept the late fee and will pay everything on Friday.",
]


@pytest.mark.parametrize("body", FEES_ACCEPTED)
def test_fees_accepted_are_no_dispute(body):
    reading = _read(body)
    assert reading.pause_dunning is False, reading.evidence


# --- the money gone out of the account: paid -------------------------------------------------------

MONEY_WENT_OUT = [
    "The amount went out on 2 June.",
    "The money left our account on 2 June.",
    "Le montant est parti de notre compte le 2 juin.",
    "Der Betrag wurde am 2. Juni von unserem Konto abgebucht.",
    "L'importo è stato addebitato sul nostro conto il 2 giugno.",
]


@pytest.mark.parametrize("body", MONEY_WENT_OUT)
def test_money_gone_out_of_the_account_is_paid(body):
    reading = _read(body)
    assert reading.category == "already_paid", reading.evidence


@pytest.mark.parametrize(
    "body",
    [
        "The payment will go out on 20 June.",
        "Le montant partira de notre compte vendredi.",
        "Der Betrag wird am Freitag abgebucht.",
        "L'importo verrà addebitato venerdì.",
    ],
)
def test_money_to_go_out_is_no_payment_made(body):
    reading = _read(body)
    assert reading.category != "already_paid", reading.evidence
    assert reading.pause_dunning is False


# --- made out to an old or another entity -----------------------------------------------------------

ANOTHER_ENTITY = [
    "Die Rechnung ist auf unsere alte Firma ausgestellt.",
    "Die Rechnung ist auf den «Turnverein Düdingen» ausgestellt \u2013 das ist ein anderer Verein!",
    "The invoice is made out to Seeside Rowing Club \u2013 that's a different club.",
    "La facture est établie au nom de l'Amicale des pêcheurs, c'est une autre association.",
    "La fattura è intestata alla Bocciofila Riva, che è un'altra associazione.",
]


@pytest.mark.parametrize("body", ANOTHER_ENTITY)
def test_made_out_to_an_old_or_another_entity_is_a_formal_defect(body):
    reading = _read(body)
    assert reading.category == "invoice_error", reading.evidence
    assert reading.pause_dunning is True


NOT_ANOTHER_ENTITY = [
    "Wir haben einen anderen Verein gegründet und zahlen die Rechnung am Freitag.",
    "We also run a different club, could you send us a quote for it?",
    "Nous gérons aussi une autre association, la facture sera réglée vendredi.",
    "Gestiamo anche un'altra associazione, la fattura la paghiamo venerdì.",
]


@pytest.mark.parametrize("body", NOT_ANOTHER_ENTITY)
def test_another_entity_named_without_the_invoice_made_out_is_no_defect(body):
    reading = _read(body)
    assert reading.pause_dunning is False, reading.evidence


# --- a price agreed other than billed, a job not finished (de/en, as fr/it already) -----------------

AGREED_OTHER_OR_UNFINISHED = [
    "Der Preis war anders abgemacht.",
    "Wir hatten einen tieferen Preis abgemacht.",
    "The price we agreed was lower.",
    "We agreed on a lower price.",
    "The job isn't finished yet.",
    "Le prix convenu était plus bas.",
    "Il prezzo concordato era più basso.",
    "Le travail n'est pas terminé.",
    "Il lavoro non è finito.",
]


@pytest.mark.parametrize("body", AGREED_OTHER_OR_UNFINISHED)
def test_price_agreed_other_or_job_unfinished_is_a_dispute(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


AGREED_AND_FINISHED = [
    "The price we agreed was fair, we pay on Friday.",
    "The job is finished, thanks, we pay on Friday.",
    "Der Preis war so abgemacht, wir zahlen am Freitag.",
    "Il lavoro è finito, grazie, paghiamo venerdì.",
    "Le travail est terminé, merci, nous payons vendredi.",
]


@pytest.mark.parametrize("body", AGREED_AND_FINISHED)
def test_price_as_agreed_or_job_finished_is_no_dispute(body):
    reading = _read(body)
    assert reading.pause_dunning is False, reading.evidence
