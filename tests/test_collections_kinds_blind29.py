# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Kinds of replies found when the twenty-ninth and thirty-first writers' sets
(tests/data/disputes_blind29: an ordinary AR mix; disputes_blind31: large customers' AP shared-
service centres and procurement) became development data. The rules alone are tested
(``use_model=False``). Synthetic texts only; the e-mails are dated Tuesday 10 June 2025."""

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


# --- a supplier master-data review asks for the supplier's record, no invoice is wrong --------

MASTER_DATA_REVIEW = [
    "Apologies for using this thread. As part of our yearly vendor master data review, please "
    "confirm your legal name, VAT number and bank address in our supplier portal by 30 June.",
    "Dans le cadre de la mise à jour annuelle des données fournisseurs, merci de confirmer votre "
    "raison sociale, votre numéro de TVA et votre adresse sur notre portail avant le 30 juin.",
    "Im Rahmen der jährlichen Überprüfung der Lieferantenstammdaten bitten wir Sie, Firmenname, "
    "UID-Nummer und Adresse bis 30. Juni in unserem Portal zu bestätigen.",
    "Nell'ambito dell'aggiornamento annuale dell'anagrafica fornitori vi chiediamo di confermare "
    "ragione sociale, partita IVA e indirizzo sul nostro portale entro il 30 giugno.",
]


@pytest.mark.parametrize("body", MASTER_DATA_REVIEW)
def test_master_data_review_is_no_invoice_error(body):
    reading = _read(body)
    assert reading.category not in ("invoice_error", "contestation"), reading.evidence
    assert reading.pause_dunning is False


@pytest.mark.parametrize(
    "body",
    [
        "Your invoice shows our old address and no VAT number; our vendor master data is "
        "correct, please reissue the invoice.",
        "Votre facture ne mentionne pas notre numéro de TVA, pourtant dans nos données "
        "fournisseurs ; merci de la refaire.",
        "Auf der Rechnung fehlt unsere UID-Nummer, bitte korrigieren Sie die Rechnung gemäss "
        "unseren Stammdaten.",
        "Nella fattura manca la nostra partita IVA, presente nella nostra anagrafica fornitori: "
        "vi preghiamo di riemetterla.",
    ],
)
def test_an_invoice_said_wrong_beside_master_data_still_pauses(body):
    reading = _read(body)
    assert reading.category == "invoice_error", reading.evidence
    assert reading.pause_dunning is True


# --- an offer wished for new work ("your best offer for ...") is new business ----------------

OFFER_WISHED = [
    "On another matter: for the refurbishment of our Geneva office we would like to receive "
    "your best quotation for the supply and fitting of 30 fire doors by 15 July.",
    "Sur un autre sujet : nous souhaiterions recevoir votre meilleure offre pour la fourniture "
    "et la pose de 20 portes coupe-feu ; les offres sont attendues pour le 15 juillet.",
    "In einer anderen Sache: Für den Umbau unserer Filiale möchten wir gerne Ihr Angebot für "
    "die Lieferung von 20 Brandschutztüren bis 15. Juli erhalten.",
    "Su un altro argomento: per la ristrutturazione della sede vorremmo ricevere la vostra "
    "migliore offerta per la fornitura di 20 porte tagliafuoco entro il 15 luglio.",
]


@pytest.mark.parametrize("body", OFFER_WISHED)
def test_offer_wished_for_new_work_is_other(body):
    reading = _read(body)
    assert reading.category == "other", reading.evidence
    assert reading.pause_dunning is False


@pytest.mark.parametrize(
    "body",
    [
        "Your quotation for the doors said CHF 4,000, but the invoice says CHF 4,800; we do not "
        "accept the difference.",
        "Votre devis pour les portes indiquait 4 000 €, la facture en compte 4 800 € : nous "
        "contestons la différence.",
        "Ihr Angebot für die Türen lautete auf CHF 4'000, verrechnet wurden CHF 4'800; das "
        "akzeptieren wir nicht.",
        "Il vostro preventivo per le porte era di 4.000 CHF, in fattura ne risultano 4.800: non "
        "accettiamo la differenza.",
    ],
)
def test_the_quote_compared_with_the_bill_is_still_a_dispute(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


# --- a defect said as "never closed properly", an amount kept back until the fix ---------------

KEPT_UNTIL_FIXED = [
    "I am paying the rest today. The patio door has never closed properly since it was fitted; "
    "we're keeping the CHF 480 for it until it is replaced.",
    "Je vous vire le reste ce soir. La porte du cellier n'a jamais fermé correctement depuis la "
    "pose ; je garde les 480 € de la porte jusqu'à ce qu'elle soit changée.",
    "Den Rest überweise ich heute. Die Kellertür hat seit der Montage nie richtig geschlossen; "
    "die CHF 480 dafür behalte ich, bis sie ersetzt ist.",
    "Il resto lo pago oggi. La porta della cantina non ha mai chiuso bene dalla posa; trattengo "
    "i 480 CHF finché non viene sostituita.",
]


@pytest.mark.parametrize("body", KEPT_UNTIL_FIXED)
def test_amount_kept_until_fixed_is_a_dispute(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


@pytest.mark.parametrize(
    "body",
    [
        "We have never worked with a supplier this quick, thank you; the invoice will be paid on "
        "20 June.",
        "Je garde votre facture du 3 juin jusqu'au passage de notre comptable, qui la réglera le "
        "20 juin.",
        "Wir behalten die Rechnung vom 3. Juni bis zur Sitzung am 20. Juni und zahlen dann.",
        "Teniamo la fattura del 3 giugno fino al 20 giugno, quando la pagheremo.",
    ],
)
def test_never_worked_with_or_an_invoice_kept_is_no_dispute(body):
    reading = _read(body)
    assert reading.pause_dunning is False, reading.evidence


# --- "redo it" reported of the work is no invoice to reissue -----------------------------------

WORK_TO_REDO = [
    "Your fitter came on 2 June and said the shelf had to be redone; we have heard nothing since. "
    "The invoice will be paid on 20 June.",
    "Votre poseur est passé le 2 juin, il a dit qu'il fallait la refaire, depuis plus de "
    "nouvelles. La facture sera réglée le 20 juin.",
    "Ihr Monteur war am 2. Juni da und sagte, man müsse sie neu machen; seither nichts. Die "
    "Rechnung wird am 20. Juni bezahlt.",
    "Il vostro tecnico è passato il 2 giugno e ha detto che bisognava rifarla; da allora nulla. "
    "La fattura sarà pagata il 20 giugno.",
]


@pytest.mark.parametrize("body", WORK_TO_REDO)
def test_work_reported_to_be_redone_is_no_invoice_error(body):
    reading = _read(body)
    assert reading.category != "invoice_error", reading.evidence


@pytest.mark.parametrize(
    "body",
    [
        "The invoice is addressed to our former company name; please reissue it.",
        "La facture porte notre ancienne raison sociale ; merci de la refaire.",
        "Die Rechnung lautet auf unseren alten Firmennamen; bitte stellen Sie sie neu aus.",
        "La fattura riporta la nostra vecchia ragione sociale: vi preghiamo di riemetterla.",
    ],
)
def test_an_invoice_to_redo_is_still_an_invoice_error(body):
    reading = _read(body)
    assert reading.category == "invoice_error", reading.evidence
    assert reading.pause_dunning is True


# --- the customer's legal team in copy is a legal threat ----------------------------------------

LEGAL_TEAM = [
    "We never ordered the extra racks. Not paying for those, and I'm copying our legal team.",
    "Les supports facturés n'ont jamais été commandés ; nos juristes sont en copie.",
    "Die verrechneten Halterungen haben wir nie bestellt; unser Rechtsdienst ist in Kopie.",
    "Non abbiamo mai ordinato questi supporti; metto in copia i nostri legali.",
]


@pytest.mark.parametrize("body", LEGAL_TEAM)
def test_legal_team_in_copy_is_a_threat(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.urgency == 5


@pytest.mark.parametrize(
    "body",
    [
        "We never ordered the extra racks; please credit them.",
        "Les supports facturés n'ont jamais été commandés, merci de les retirer.",
        "Die verrechneten Halterungen haben wir nie bestellt, bitte streichen.",
        "Non abbiamo mai ordinato questi supporti, vi preghiamo di toglierli.",
    ],
)
def test_a_dispute_without_lawyers_is_not_a_threat(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.urgency < 5


@pytest.mark.parametrize(
    "body",
    [
        "Could you send us a copy of the invoice? Our controller is in copy.",
        "Pourriez-vous nous envoyer une copie de la facture ? Notre comptable est en copie.",
        "Könnten Sie uns eine Kopie der Rechnung senden? Unsere Buchhaltung ist in Kopie.",
        "Potreste inviarci una copia della fattura? Il nostro contabile è in copia.",
    ],
)
def test_a_copy_asked_beside_a_carbon_copy_is_still_a_copy_request(body):
    reading = _read(body)
    assert reading.category == "copy_request", reading.evidence
    assert reading.pause_dunning is False


# --- the day the money reaches the company is not the promised date ---------------------------

ARRIVAL_AFTER_PAYMENT = [
    "It is released now and goes with tomorrow's payment run; you should see the money on your "
    "account early next week.",
    "La facture est libérée et part avec le virement de demain ; les fonds seront sur votre "
    "compte en début de semaine prochaine.",
    "Die Rechnung ist freigegeben und geht morgen mit dem Zahlungslauf raus; Anfang nächster "
    "Woche sollte der Betrag auf Ihrem Konto gutgeschrieben sein.",
    "La fattura è stata liberata e parte con il pagamento di domani; l'importo sarà accreditato "
    "sul vostro conto a inizio della prossima settimana.",
]


@pytest.mark.parametrize("body", ARRIVAL_AFTER_PAYMENT)
def test_payment_day_not_arrival_day_is_the_promised_date(body):
    reading = _read(body)
    assert reading.category == "payment_promise", reading.evidence
    assert reading.promised_date == date(2025, 6, 11)


@pytest.mark.parametrize(
    "body",
    [
        "The payment will arrive on your account on 20 June.",
        "Le paiement arrivera sur votre compte le 20 juin.",
        "Wir überweisen den Betrag, er wird am 20. Juni auf Ihrem Konto gutgeschrieben.",
        "Pagheremo con bonifico, l'importo sarà accreditato sul vostro conto il 20 giugno.",
    ],
)
def test_an_arrival_date_alone_is_still_the_date(body):
    reading = _read(body)
    assert reading.promised_date == date(2025, 6, 20), reading.evidence


# --- hours billed above the order's ceiling: (billed - ceiling) x rate --------------------------

HOURS_ABOVE_CEILING = [
    "We dispute the invoice. Our purchase order set a cost ceiling of 32 hours at CHF 165.00. "
    "You billed 42 hours; please issue a credit note.",
    "Nous contestons la facture. Notre bon de commande prévoyait un plafond de 32 heures à "
    "CHF 165.00. Vous avez facturé 42 heures ; merci d'établir un avoir.",
    "Wir beanstanden die Rechnung. Unsere Bestellung sah ein Kostendach von 32 Stunden à "
    "CHF 165.00 vor. Verrechnet haben Sie 42 Stunden; bitte erstellen Sie eine Gutschrift.",
    "Contestiamo la fattura. Il nostro ordine prevedeva un tetto di 32 ore a CHF 165.00. Ci "
    "avete fatturato 42 ore; vi chiediamo una nota di credito.",
]


@pytest.mark.parametrize("body", HOURS_ABOVE_CEILING)
def test_hours_above_the_ceiling_are_the_disputed_amount(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.disputed_amount == Decimal("1650.00")


@pytest.mark.parametrize(
    "body",
    [
        "We dispute the 3 hours at CHF 165.00 for the meeting; you billed 42 hours in total.",
        "Nous contestons les 3 heures à CHF 165.00 de la réunion ; vous avez facturé 42 heures "
        "au total.",
        "Wir beanstanden die 3 Stunden à CHF 165.00 für die Sitzung; verrechnet haben Sie "
        "insgesamt 42 Stunden.",
        "Contestiamo le 3 ore a CHF 165.00 della riunione; ci avete fatturato 42 ore in tutto.",
    ],
)
def test_hours_contested_without_a_ceiling_stay_hours_times_rate(body):
    reading = _read(body)
    assert reading.disputed_amount == Decimal("495.00"), reading.evidence


# --- a counted part refused without its value is not the whole invoice -----------------------

PART_REFUSED = [
    "We never ordered the 6 extra racks on this invoice. Not paying for those.",
    "Nous n'avons jamais commandé les 6 supports supplémentaires de cette facture ; nous ne "
    "paierons pas ceux-ci.",
    "Wir beanstanden die 6 zusätzlichen Halterungen auf der Rechnung: nie bestellt, wir zahlen "
    "sie nicht.",
    "Non abbiamo mai ordinato i 6 supporti aggiuntivi in fattura; non paghiamo quelli.",
]


@pytest.mark.parametrize("body", PART_REFUSED)
def test_a_part_refused_without_value_has_no_amount(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.disputed_amount is None


@pytest.mark.parametrize(
    "body",
    [
        "We never ordered anything from this invoice; we will not pay it.",
        "Nous n'avons jamais commandé ces prestations, nous ne paierons pas cette facture.",
        "Diese Leistungen haben wir nie bestellt, die Rechnung bezahlen wir nicht.",
        "Non abbiamo mai ordinato questi lavori, non pagheremo la fattura.",
    ],
)
def test_the_whole_invoice_refused_keeps_its_amount(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.disputed_amount == Decimal("1280.00")


# --- the quantity short or credited times the unit price said elsewhere -----------------------

QUANTITY_SHORT = [
    "The invoice is blocked: PO qty 1,200 m @ CHF 14.50, received 1,050 m. We dispute the "
    "invoice; kindly issue a credit note for the balance 150 m.",
    "Commande : qté 1 200 m @ CHF 14.50, reçus 1 050 m. Nous contestons la facture et demandons un "
    "avoir pour les 150 m manquants.",
    "Bestellt: Menge 1'200 m @ CHF 14.50, erhalten: 1'050 m. Wir beanstanden die Rechnung und bitten "
    "um eine Gutschrift für die fehlenden 150 m.",
    "Ordinati: qtà 1.200 m @ CHF 14.50, ricevuti 1.050 m. Contestiamo la fattura e chiediamo una "
    "nota di credito per i 150 m mancanti.",
]


@pytest.mark.parametrize("body", QUANTITY_SHORT)
def test_quantity_short_times_unit_price_is_the_disputed_amount(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.disputed_amount == Decimal("2175.00")


@pytest.mark.parametrize(
    "body",
    [
        "We dispute the invoice; kindly issue a credit note for the balance 150 m, two prices "
        "were quoted: 1,200 m @ CHF 14.50 and 300 m @ CHF 12.00.",
        "Nous contestons la facture et demandons un avoir pour les 150 m manquants.",
        "Wir beanstanden die Rechnung und bitten um eine Gutschrift für die fehlenden 150 m.",
        "Contestiamo la fattura e chiediamo una nota di credito per i 150 m mancanti.",
    ],
)
def test_quantity_short_without_one_unit_price_gives_no_product(body):
    reading = _read(body)
    assert reading.disputed_amount != Decimal("2175.00"), reading.evidence
