# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Kinds of replies found when the ninth writer's set (tests/data/disputes_blind7: formal, long
correspondence of accounts-payable departments, public bodies and foundations) became
development data. The rules alone are tested (``use_model=False``). Synthetic texts only; the
e-mails are dated Tuesday 10 June 2025."""

from datetime import date
from decimal import Decimal

import pytest

from fincycle.collections import ThreadContext, read_reply
from fincycle.testing.replies import reply_email

CONTEXT = ThreadContext(
    invoice_number="FX-25-0311", amount=Decimal("2480.00"), currency="CHF", stage="reminder_1"
)
INVOICE_CONTEXT = ThreadContext(
    invoice_number="FX-25-0311", amount=Decimal("2480.00"), currency="CHF", stage="invoice"
)


def _read(body, context=CONTEXT):
    mail = reply_email(
        body,
        invoice="FX-25-0311",
        subject="Re: Facture {invoice}",
        sender="Service financier <finances@commune.example>",
        company="Fournisseur SA <compta@fournisseur.example>",
    )
    return read_reply(mail, context, use_model=False)


# --- "we dispute neither the work nor the amount", then time asked ------------------------------

NEITHER_NOR_THEN_TIME = [
    "Nous ne contestons ni la prestation ni son montant. Notre subvention n'ayant pas encore été "
    "versée, nous vous proposons de régler en deux versements, le 30 juin et le 31 juillet 2025.",
    "Wir bestreiten weder die Leistung noch den Betrag. Da der Beitrag des Kantons noch aussteht, "
    "schlagen wir zwei Raten vor, am 30. Juni und am 31. Juli 2025.",
    "Wir haben weder an der Arbeit noch an der Höhe der Rechnung etwas beanstandet. Wir schlagen "
    "zwei Raten vor, am 30. Juni und am 31. Juli 2025.",
    "We dispute neither the work nor the amount. Could we pay in two instalments, on 30 June and "
    "on 31 July 2025?",
    "Non contestiamo né la prestazione né l'importo. Potremmo pagare in due rate, il 30 giugno e "
    "il 31 luglio 2025?",
]


@pytest.mark.parametrize("body", NEITHER_NOR_THEN_TIME)
def test_neither_work_nor_amount_disputed_then_instalments(body):
    reading = _read(body)
    assert reading.category == "delay_request", reading.evidence
    assert reading.pause_dunning is True
    assert reading.promised_date == date(2025, 6, 30)


def test_neither_nor_does_not_hide_a_dispute():
    # the negation covers the work; the hours are contested
    reading = _read(
        "Nous ne contestons ni la qualité ni le délai. En revanche, nous contestons les 6 heures "
        "supplémentaires facturées, qui n'ont jamais été convenues."
    )
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


# --- a payment term to be extended ("die Zahlungsfrist ... zu erstrecken") ----------------------

TERM_EXTENDED = [
    "Die Rechnung ist unbestritten. Wir ersuchen Sie höflich, die Zahlungsfrist bis zum "
    "30. Juni 2025 zu erstrecken.",
    "Wir bitten Sie, die Frist für die Zahlung bis 30. Juni 2025 zu verlängern.",
    "Nous vous prions de bien vouloir prolonger le délai de paiement jusqu'au 30 juin 2025.",
    "Vi chiediamo di prorogare il termine di pagamento fino al 30 giugno 2025.",
    "We kindly ask you to extend the payment term until 30 June 2025.",
]


@pytest.mark.parametrize("body", TERM_EXTENDED)
def test_payment_term_extension_asks_for_time(body):
    reading = _read(body)
    assert reading.category == "delay_request", reading.evidence
    assert reading.pause_dunning is True
    assert reading.promised_date == date(2025, 6, 30)


def test_term_already_extended_by_the_company_is_a_promise():
    # the company extended it: the customer asks for nothing, it announces the payment
    reading = _read(
        "Besten Dank für die gewährte Zahlungsfrist. Wir werden die Rechnung am 20. Juni 2025 "
        "überweisen."
    )
    assert reading.category == "payment_promise", reading.evidence
    assert reading.pause_dunning is False


# --- formal requests: "Le saremmo pertanto grati se ...", "bitten wir Sie" ----------------------

FORMAL_COPY_REQUESTS = [
    "Grazie per l'invio della fattura. Le saremmo pertanto grati se volesse spedirci anche una "
    "copia cartacea della fattura.",
    "Merci pour votre facture. Nous vous serions donc reconnaissants de nous adresser également "
    "une copie papier.",
    "Besten Dank für die Rechnung. Für unser Archiv bitten wir Sie, uns zusätzlich eine Kopie "
    "per Post zu senden.",
    "Thank you for the invoice. We would therefore be grateful if you could also send us a paper "
    "copy.",
]


@pytest.mark.parametrize("body", FORMAL_COPY_REQUESTS)
def test_formal_request_for_a_paper_copy(body):
    reading = _read(body, INVOICE_CONTEXT)
    assert reading.category == "copy_request", reading.evidence
    assert reading.pause_dunning is False


def test_thanks_for_a_copy_received_is_no_request():
    reading = _read(
        "Grazie per la copia cartacea della fattura, che abbiamo ricevuto ieri.", INVOICE_CONTEXT
    )
    assert reading.category == "acknowledgement", reading.evidence


# --- a letter opened on someone's behalf ("Au nom de Madame X, directrice, ...") ----------------

ON_BEHALF_OPENING = [
    "Au nom de Madame Anne Roux, directrice administrative, je vous remercie de votre facture. "
    "Elle sera réglée lors de notre prochain paiement groupé, le 20 juin 2025.",
    "On behalf of Mr John Smith, head of finance, I thank you for your invoice. It will be paid "
    "in our next payment run on 20 June 2025.",
    "Im Auftrag von Frau Anna Meier teile ich Ihnen mit, dass wir die Rechnung am 20. Juni 2025 "
    "überweisen werden.",
    "A nome della signora Anna Rossi, direttrice amministrativa, La ringraziamo per la fattura, "
    "che pagheremo il 20 giugno 2025.",
]


@pytest.mark.parametrize("body", ON_BEHALF_OPENING)
def test_letter_opened_on_behalf_of_someone_is_no_name_defect(body):
    reading = _read(body, INVOICE_CONTEXT)
    assert reading.category == "payment_promise", reading.evidence
    assert reading.pause_dunning is False


def test_invoice_made_out_in_someone_elses_name_stays_an_error():
    reading = _read(
        "Votre facture est établie au nom de Madame Anne Roux, qui a quitté la direction ; merci "
        "de la refaire au nom de l'association."
    )
    assert reading.category == "invoice_error", reading.evidence
    assert reading.pause_dunning is True


# --- a billing detail confirmed ("die Rechnungsadresse ist korrekt") ----------------------------

DETAIL_CONFIRMED = [
    "Wir bestätigen den Erhalt Ihrer Rechnung. Die Rechnungsadresse ist korrekt; die Rechnung "
    "wird im ordentlichen Verfahren verarbeitet.",
    "Nous accusons réception de votre facture. L'adresse de facturation est bien correcte, la "
    "facture suit notre circuit habituel.",
    "We confirm receipt of your invoice. The billing address is correct and the invoice is "
    "being processed.",
    "Confermiamo la ricezione della fattura. L'indirizzo di fatturazione è corretto.",
]


@pytest.mark.parametrize("body", DETAIL_CONFIRMED)
def test_billing_detail_said_correct_is_no_defect(body):
    reading = _read(body, INVOICE_CONTEXT)
    assert reading.category == "acknowledgement", reading.evidence
    assert reading.pause_dunning is False


DETAIL_WRONG = [
    "Die Rechnungsadresse ist nicht korrekt: bitte stellen Sie die Rechnung neu aus.",
    "L'adresse de facturation n'est pas correcte, merci de refaire la facture.",
    "The billing address is correct, but our company name is wrong: please reissue the invoice.",
]


@pytest.mark.parametrize("body", DETAIL_WRONG)
def test_billing_detail_said_wrong_stays_an_error(body):
    reading = _read(body)
    assert reading.category == "invoice_error", reading.evidence
    assert reading.pause_dunning is True


# --- no customer at all ("keine Geschäftsbeziehung"): the address is the mix-up ------------------

NO_RELATIONSHIP = [
    "Die Rechnungsadresse lautet auf die Stiftung Seeblick Zürich. Wir sind die Stiftung "
    "Seeblick Basel und stehen mit Ihrer Firma in keiner Geschäftsbeziehung.",
    "L'adresse de facturation est celle de l'Association Horizon Genève. Nous sommes "
    "l'Association Horizon Lausanne et n'avons aucune relation commerciale avec votre société.",
    "The billing address is that of Harbour Trust London. We are Harbour Trust Leeds and have no "
    "business relationship with your company.",
    "L'indirizzo di fatturazione è quello della Fondazione Aurora di Lugano. Noi siamo la "
    "Fondazione Aurora di Locarno e non abbiamo mai avuto rapporti con la vostra ditta.",
]


@pytest.mark.parametrize("body", NO_RELATIONSHIP)
def test_no_business_relationship_is_no_invoice_error(body):
    reading = _read(body)
    assert reading.category == "other", reading.evidence
    assert reading.pause_dunning is False


def test_customer_with_wrong_entity_on_the_invoice_stays_an_error():
    reading = _read(
        "Die Rechnungsadresse lautet auf die Stiftung Seeblick Zürich; Auftraggeberin war jedoch "
        "die Stiftung Seeblick Basel. Bitte stellen Sie die Rechnung neu aus."
    )
    assert reading.category == "invoice_error", reading.evidence
    assert reading.pause_dunning is True


# --- a period without payments ("frozen from ... to ..."): no promised date ---------------------

NO_PAYMENT_PERIOD = [
    "We regret the delay. Our treasury system is frozen from 20 June to 5 July 2025, so no "
    "payments can be released in that period. We would be grateful if you could bear with us a "
    "little longer.",
    "Unser Zahlungssystem ist vom 20. Juni bis 5. Juli 2025 gesperrt; in dieser Zeit können keine "
    "Zahlungen ausgelöst werden. Wir bitten Sie um etwas Geduld.",
    "Notre système de paiement est fermé du 20 juin au 5 juillet 2025 : aucun paiement ne peut "
    "être effectué pendant cette période. Nous vous remercions de patienter un peu.",
]


@pytest.mark.parametrize("body", NO_PAYMENT_PERIOD)
def test_period_without_payments_promises_no_date(body):
    reading = _read(body)
    assert reading.category == "delay_request", reading.evidence
    assert reading.promised_date is None
    assert reading.pause_dunning is False


def test_time_asked_until_a_date_keeps_its_date():
    reading = _read(
        "Our treasury system is frozen until 5 July 2025. Could you allow us until 10 July 2025 "
        "to pay?"
    )
    assert reading.category == "delay_request", reading.evidence
    assert reading.promised_date == date(2025, 7, 10)
    assert reading.pause_dunning is True


# --- future invoices to a new address, with standing instructions ("jeweils die Kostenstelle") --

FUTURE_ADDRESS_STANDING = [
    "Die Gemeinden fusionieren per 1. Juli 2025. Ab diesem Datum bitten wir Sie, sämtliche "
    "Rechnungen an folgende Adresse zu richten: Gemeinde Seetal, Finanzverwaltung, Dorfstrasse 1, "
    "3000 Bern. Bitte vermerken Sie jeweils die Kostenstelle des bestellenden Ressorts.",
    "Nos deux communes fusionnent au 1er juillet 2025. À partir de cette date, merci d'adresser "
    "toutes vos factures à l'adresse suivante : Commune de Val-Lac, Finances, Rue du Lac 1, 1000 "
    "Lausanne. Merci d'indiquer à chaque fois le centre de coût du service demandeur.",
    "Our two trusts merge on 1 July 2025. From that date, please send all invoices to the "
    "following address: Harbour Trust, Accounts Payable, 1 Quay Street, Leeds. Please quote the "
    "ordering department's cost centre each time.",
    "I due comuni si fondono il 1° luglio 2025. A partire da tale data vi preghiamo di inviare "
    "tutte le fatture al seguente indirizzo: Comune di Valmaggia, Ufficio finanze, Via Centrale "
    "1, 6600 Locarno. Vi preghiamo di indicare ogni volta il centro di costo.",
]


@pytest.mark.parametrize("body", FUTURE_ADDRESS_STANDING)
def test_future_address_with_standing_instructions_is_a_copy_request(body):
    reading = _read(body, INVOICE_CONTEXT)
    assert reading.category == "copy_request", reading.evidence
    assert reading.pause_dunning is False


def test_cost_centre_missing_on_this_invoice_stays_an_error():
    # the address is for the future, but this invoice lacks the cost centre
    reading = _read(
        "Ab dem 1. Juli 2025 senden Sie bitte sämtliche Rechnungen an folgende Adresse: Gemeinde "
        "Seetal, Dorfstrasse 1, 3000 Bern. Auf Ihrer Rechnung fehlt die Kostenstelle; bitte "
        "stellen Sie sie neu aus."
    )
    assert reading.category == "invoice_error", reading.evidence
    assert reading.pause_dunning is True


# --- copies for the auditors, the payment said as background ----------------------------------

COPIES_FOR_THE_AUDIT = [
    "Notre organe de révision nous demande une copie des factures FX-25-0311 et FX-25-0354. Ces "
    "deux factures ont été réglées en temps voulu ; il s'agit uniquement de compléter le dossier "
    "de révision. Pourriez-vous nous les faire parvenir ?",
    "Unsere Revisionsstelle verlangt eine Kopie der Rechnungen FX-25-0311 und FX-25-0354. Beide "
    "wurden fristgerecht bezahlt. Könnten Sie uns die Kopien bitte zusenden?",
    "Our auditors have asked for copies of invoices FX-25-0311 and FX-25-0354. Both were paid on "
    "time; could you please send us the copies?",
    "La nostra società di revisione ci chiede una copia delle fatture FX-25-0311 e FX-25-0354, "
    "già pagate. Potreste inviarcene una copia?",
]


@pytest.mark.parametrize("body", COPIES_FOR_THE_AUDIT)
def test_copy_for_the_auditors_of_paid_invoices_is_a_copy_request(body):
    reading = _read(body, INVOICE_CONTEXT)
    assert reading.category == "copy_request", reading.evidence
    assert reading.pause_dunning is False


PAID_WITHOUT_AUDIT_COPY = [
    # paid, no copy asked: the auditors only saw the payment
    "Unsere Revisionsstelle hat bestätigt, dass die Rechnung am 2. Juni 2025 bezahlt wurde.",
    # paid, a copy asked, no audit: the payment answers the reminder
    "La facture a été réglée le 2 juin 2025. Pourriez-vous nous envoyer une copie de votre "
    "relevé de compte ?",
]


@pytest.mark.parametrize("body", PAID_WITHOUT_AUDIT_COPY)
def test_paid_without_a_copy_for_the_audit_stays_paid(body):
    reading = _read(body)
    assert reading.category == "already_paid", reading.evidence
    assert reading.pause_dunning is True


# --- paid, "so please cancel your reminder"; the verb last ("dass ... bezahlt wurde") ----------

PAID_CANCEL_REMINDER = [
    "Die Rechnung wurde am 2. Juni 2025 bezahlt. Bitte stornieren Sie Ihre Mahnung.",
    "Wir bestätigen, dass die Rechnung am 2. Juni 2025 überwiesen wurde.",
    "Nous avons réglé la facture le 2 juin 2025. Merci d'annuler votre rappel.",
    "We paid the invoice on 2 June 2025. Please cancel your reminder.",
    "Abbiamo pagato la fattura il 2 giugno 2025. Vi preghiamo di annullare il sollecito.",
]


@pytest.mark.parametrize("body", PAID_CANCEL_REMINDER)
def test_paid_then_reminder_cancelled_is_paid(body):
    reading = _read(body)
    assert reading.category == "already_paid", reading.evidence
    assert reading.pause_dunning is True


def test_paid_but_invoice_cancelled_for_bad_work_stays_a_contestation():
    reading = _read(
        "Wir haben die Anzahlung am 2. Juni 2025 bezahlt. Die Arbeit ist jedoch mangelhaft "
        "ausgeführt: bitte stornieren Sie die Rechnung, wir bezahlen den Rest nicht."
    )
    assert reading.category == "contestation", reading.evidence


def test_asking_whether_it_was_paid_is_no_payment():
    reading = _read(
        "Bitte teilen Sie uns mit, ob die Rechnung FX-25-0311 von unserer Filiale bezahlt wurde."
    )
    assert reading.category != "already_paid", reading.evidence


# --- a VAT difference and "un avoir et une facture rectificative": a wrong VAT rate -------------

VAT_GAP_CORRECTED = [
    "Votre facture applique une TVA à 20 % alors que le taux réduit de 10 % est applicable. Le "
    "montant HT n'appelle aucune remarque, mais l'écart de TVA représente 210 €. Merci de nous "
    "adresser un avoir et une facture rectificative.",
    "Ihre Rechnung weist 8.1 % MwSt aus, obwohl 2.6 % gelten. Der Nettobetrag ist in Ordnung, "
    "die Differenz der MwSt beträgt CHF 120. Bitte senden Sie uns eine Gutschrift und eine "
    "korrigierte Rechnung.",
    "Your invoice charges VAT at 20 % whereas the reduced rate of 10 % applies. The net amount is "
    "fine, but the difference in VAT is EUR 210. Please send us a credit note and a corrected "
    "invoice.",
    "La fattura applica l'IVA al 22 % mentre si applica l'aliquota del 10 %. L'imponibile è "
    "corretto, ma la differenza di IVA è di 210 €. Vi preghiamo di inviarci una nota di credito e "
    "una fattura rettificata.",
]


@pytest.mark.parametrize("body", VAT_GAP_CORRECTED)
def test_vat_difference_with_credit_note_and_corrected_invoice_is_an_error(body):
    reading = _read(body)
    assert reading.category == "invoice_error", reading.evidence
    assert reading.pause_dunning is True


GAP_CONTESTED = [
    # the hours are contested: the credit note and corrected invoice are its remedy
    "Nous contestons les 3 heures supplémentaires facturées, qui n'ont jamais été convenues. "
    "Merci de nous adresser un avoir et une facture rectificative.",
    # a difference of price, not of VAT
    "L'écart de 300 € entre votre devis et la facture n'est pas justifié.",
    "Die Differenz von CHF 300 zwischen Offerte und Rechnung können wir nicht akzeptieren.",
]


@pytest.mark.parametrize("body", GAP_CONTESTED)
def test_price_gap_or_contested_hours_stay_a_contestation(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


# --- thanks, then an invitation to tender for new work: other, not an acknowledgement ------------

THANKS_THEN_TENDER = [
    "Besten Dank für Ihre Rechnung, die wir zur Zahlung weitergeleitet haben. Bei dieser "
    "Gelegenheit möchten wir Sie einladen, uns bis Ende Juli eine Offerte für den Ersatz der "
    "Heizung einzureichen.",
    "Merci pour votre facture, transmise pour paiement. Par ailleurs, nous souhaitons vous "
    "inviter à nous remettre une offre pour la rénovation de la chaufferie d'ici fin juillet.",
    "Thank you for your invoice, which we have passed on for payment. We would also like to "
    "invite you to submit a quote for replacing the boiler by the end of July.",
    "Grazie per la fattura, che abbiamo inoltrato per il pagamento. Desideriamo inoltre "
    "invitarvi a presentare un'offerta per la sostituzione della caldaia entro fine luglio.",
]


@pytest.mark.parametrize("body", THANKS_THEN_TENDER)
def test_thanks_then_invitation_to_tender_is_other(body):
    reading = _read(body, INVOICE_CONTEXT)
    assert reading.category == "other", reading.evidence
    assert reading.pause_dunning is False


def test_thanks_mentioning_an_earlier_offer_stays_an_acknowledgement():
    reading = _read(
        "Merci pour votre facture, que nous avons transmise pour paiement. Votre offre du "
        "printemps nous avait d'ailleurs convaincus.",
        INVOICE_CONTEXT,
    )
    assert reading.category == "acknowledgement", reading.evidence


# --- the dispute negated with an adverb: "n'est bien entendu pas contesté" -----------------------

NEGATED_WITH_ADVERB = [
    "Notre service comptable ne retrouve pas l'original de la facture. Pourriez-vous nous en "
    "adresser un duplicata ? Le montant n'est bien entendu pas contesté.",
    "Für unsere Buchhaltung benötigen wir eine Kopie der Rechnung. Der Betrag wird "
    "selbstverständlich nicht bestritten.",
    "Our accounts department cannot find the original invoice. Could you send us a copy? The "
    "amount is of course not disputed.",
    "Il nostro ufficio non trova l'originale della fattura. Potreste inviarcene una copia? "
    "L'importo non è naturalmente contestato.",
]


@pytest.mark.parametrize("body", NEGATED_WITH_ADVERB)
def test_dispute_negated_with_an_adverb_is_no_dispute(body):
    reading = _read(body)
    assert reading.category == "copy_request", reading.evidence
    assert reading.pause_dunning is False


def test_amount_contested_stays_a_contestation():
    reading = _read("Le montant est bien entendu contesté : l'offre était de CHF 1'800.")
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


# --- "no objection to the invoice", then time asked until a date --------------------------------

NO_OBJECTION_THEN_WAIT = [
    "We have no objection to the invoice as such. However, as our budget for this year is "
    "exhausted, we would ask you to kindly wait until 15 July 2025.",
    "Nous n'avons aucune objection quant à la facture. Notre budget étant épuisé, nous vous "
    "prions de bien vouloir attendre jusqu'au 15 juillet 2025.",
    "Gegen die Rechnung haben wir keine Einwände. Da unser Budget ausgeschöpft ist, bitten wir "
    "Sie, bis zum 15. Juli 2025 zu warten.",
    "Non abbiamo nessuna obiezione sulla fattura. Essendo esaurito il budget, vi preghiamo di "
    "voler attendere fino al 15 luglio 2025.",
]


@pytest.mark.parametrize("body", NO_OBJECTION_THEN_WAIT)
def test_no_objection_then_asked_to_wait_is_a_delay(body):
    reading = _read(body)
    assert reading.category == "delay_request", reading.evidence
    assert reading.promised_date == date(2025, 7, 15)
    assert reading.pause_dunning is True


def test_an_objection_to_the_invoice_stays_a_dispute():
    reading = _read(
        "We object to the invoice: the hours billed are not the ones agreed. Please wait until we "
        "have checked the timesheets."
    )
    assert reading.category == "contestation", reading.evidence


# --- the payment, not the work, "could not be executed" -----------------------------------------

PAYMENT_NOT_EXECUTED = [
    "Wegen eines technischen Problems mit unserer Bankschnittstelle konnte die Zahlung nicht "
    "ausgeführt werden; sie erfolgt nun am 20. Juni 2025.",
    "Aufgrund einer Störung wurde die Überweisung nicht ausgeführt. Wir werden den Betrag am "
    "20. Juni 2025 überweisen.",
]


@pytest.mark.parametrize("body", PAYMENT_NOT_EXECUTED)
def test_payment_not_executed_is_no_work_not_done(body):
    reading = _read(body)
    assert reading.category == "payment_promise", reading.evidence
    assert reading.pause_dunning is False


def test_work_not_executed_stays_a_contestation():
    reading = _read(
        "Die verrechneten Malerarbeiten im Treppenhaus wurden nicht ausgeführt. Die Zahlung "
        "halten wir zurück."
    )
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


# --- a rule for every invoice, said fulfilled ("celle-ci le mentionne correctement") -------------

RULE_FULFILLED = [
    "Merci pour votre facture. Pour information, toute facture doit désormais mentionner le "
    "numéro d'engagement ; celle-ci le mentionne correctement et suit son circuit normal.",
    "Thank you for your invoice. Please note that every invoice must state our PO number; this "
    "one is correctly stated and the invoice is being processed.",
    "Besten Dank für Ihre Rechnung. Jede Rechnung muss unsere Bestellnummer enthalten; sie ist "
    "auf Ihrer Rechnung korrekt angegeben.",
]


@pytest.mark.parametrize("body", RULE_FULFILLED)
def test_rule_said_fulfilled_is_no_defect(body):
    reading = _read(body, INVOICE_CONTEXT)
    assert reading.category == "acknowledgement", reading.evidence
    assert reading.pause_dunning is False


def test_rule_not_fulfilled_stays_an_error():
    reading = _read(
        "Toute facture doit mentionner le numéro d'engagement ; la vôtre ne le mentionne pas. "
        "Merci de nous adresser une facture rectificative."
    )
    assert reading.category == "invoice_error", reading.evidence
    assert reading.pause_dunning is True


# --- the purchase order as the contest's yardstick, not a missing reference ---------------------

EXCEEDS_THE_ORDER = [
    "Nous ne pouvons accepter votre facture en l'état : les prestations facturées excèdent le "
    "montant prévu au bon de commande de 1 200 €.",
    "We are unable to approve your invoice: the hours charged exceed the agreed budget of the "
    "purchase order by 12 hours.",
]


@pytest.mark.parametrize("body", EXCEEDS_THE_ORDER)
def test_amount_beyond_the_order_is_a_contestation(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


def test_order_number_missing_stays_an_error():
    reading = _read(
        "Votre facture ne mentionne pas notre numéro de bon de commande ; merci de la refaire."
    )
    assert reading.category == "invoice_error", reading.evidence


# --- a rule for invoices in general, met by this one -------------------------------------------

POLICY_MET = [
    "Dear Sir or Madam, please note that we do not pay invoices without a valid purchase order. "
    "Your invoice quotes it correctly and has been forwarded for approval.",
    "Gentile signora, Le comunichiamo che non possiamo pagare fatture prive del codice CIG; la "
    "Sua lo riporta correttamente ed è stata inoltrata all'ufficio competente.",
    "Sehr geehrte Damen und Herren, wir bezahlen grundsätzlich keine Rechnungen ohne "
    "Bestellnummer. Ihre Rechnung enthält sie korrekt und wurde zur Freigabe weitergeleitet.",
    "Madame, nous ne réglons pas de factures sans numéro d'engagement. La vôtre le mentionne "
    "correctement et a été transmise pour validation.",
]


@pytest.mark.parametrize("body", POLICY_MET)
def test_policy_for_invoices_met_by_this_one_is_no_defect(body):
    reading = _read(body, INVOICE_CONTEXT)
    assert reading.category == "acknowledgement", reading.evidence
    assert reading.pause_dunning is False


def test_policy_not_met_stays_an_error():
    reading = _read(
        "Wir bezahlen keine Rechnungen ohne Bestellnummer. Auf Ihrer Rechnung fehlt sie: bitte "
        "stellen Sie die Rechnung neu aus."
    )
    assert reading.category == "invoice_error", reading.evidence
    assert reading.pause_dunning is True


# --- a problem of last time, "this time everything went well" ----------------------------------

THIS_TIME_FINE = [
    "Grazie per la fattura. L'anno scorso avevamo avuto qualche problema, ma questa volta tutto è "
    "andato benissimo. La fattura è stata trasmessa alla contabilità.",
    "Merci pour votre facture. L'an dernier nous avions eu un problème avec la pose, mais cette "
    "fois tout s'est très bien passé. La facture a été transmise à notre comptabilité.",
    "Besten Dank für die Rechnung. Letztes Jahr hatten wir ein Problem mit der Montage, diesmal "
    "lief alles einwandfrei. Die Rechnung ist an die Buchhaltung weitergeleitet.",
    "Thank you for your invoice. Last year we had a problem with the installation, but this time "
    "everything went smoothly. The invoice has been passed on to accounts payable.",
]


@pytest.mark.parametrize("body", THIS_TIME_FINE)
def test_past_problem_this_time_fine_is_an_acknowledgement(body):
    reading = _read(body, INVOICE_CONTEXT)
    assert reading.category == "acknowledgement", reading.evidence
    assert reading.pause_dunning is False


def test_problem_again_this_time_stays_a_dispute():
    reading = _read(
        "Last year we had a problem with the installation, and this time again the lamps "
        "flicker. We will not pay the invoice until this is repaired."
    )
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


# --- "nous vous remercions de la déposer sur Chorus Pro" -----------------------------------------


def test_thanks_for_submitting_it_on_the_portal_is_a_copy_request():
    reading = _read(
        "Afin de pouvoir traiter votre facture, nous vous remercions de la déposer sur le "
        "portail Chorus Pro en indiquant notre code service.",
        INVOICE_CONTEXT,
    )
    assert reading.category == "copy_request", reading.evidence
    assert reading.pause_dunning is False


def test_thanks_for_having_submitted_it_is_an_acknowledgement():
    reading = _read(
        "Nous vous remercions d'avoir déposé votre facture sur le portail Chorus Pro ; elle suit "
        "son circuit de validation.",
        INVOICE_CONTEXT,
    )
    assert reading.category == "acknowledgement", reading.evidence


# --- a payment executed "this morning" / "yesterday": a fact the model does not overrule --------

PAID_AT_A_PAST_TIME = [
    "Le virement a été exécuté ce matin, il devrait arriver demain.",
    "Die Überweisung wurde gestern ausgeführt, sie sollte morgen bei Ihnen sein.",
    "The transfer was executed this morning and should reach you tomorrow.",
    "Il bonifico è stato eseguito ieri, dovrebbe arrivare domani.",
]


@pytest.mark.parametrize("body", PAID_AT_A_PAST_TIME)
def test_payment_executed_at_a_past_time_stays_paid_with_the_model(body):
    mail = reply_email(body, invoice="FX-25-0311")
    reading = read_reply(mail, CONTEXT)  # with the learned model
    assert reading.category == "already_paid", reading.evidence
    assert reading.pause_dunning is True


def test_payment_to_be_executed_tomorrow_is_a_promise():
    reading = _read("Le virement sera exécuté demain matin.")
    assert reading.category == "payment_promise", reading.evidence
    assert reading.pause_dunning is False


# --- the reminder questioned because the invoice is paid ----------------------------------------

REMINDER_QUESTIONED_PAID = [
    "Wir können Ihre Mahnung nicht nachvollziehen: Die Rechnung wurde am 2. Juni 2025 "
    "beglichen. Anbei der Zahlungsbeleg.",
    "Nous ne comprenons pas votre relance : la facture a été payée le 2 juin 2025 par virement.",
    "We do not understand your reminder: the invoice was paid on 2 June 2025.",
    "Non comprendiamo il Suo sollecito: la fattura è stata pagata il 2 giugno 2025.",
]


@pytest.mark.parametrize("body", REMINDER_QUESTIONED_PAID)
def test_reminder_questioned_because_paid_is_paid(body):
    reading = _read(body)
    assert reading.category == "already_paid", reading.evidence
    assert reading.pause_dunning is True


def test_reminder_fee_questioned_after_payment_is_a_contestation_of_the_fee():
    # paid late, the fee refused: the dispute is the fee's
    reading = _read(
        "Die Rechnung haben wir drei Tage nach Ihrer Mahnung bezahlt. Die Mahngebühr von CHF 20 "
        "können wir hingegen nicht nachvollziehen und bezahlen sie nicht."
    )
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


# --- a future rule, "die vorliegende enthält sie": met ------------------------------------------

FUTURE_RULE_MET = [
    "Ihre Rechnung ist bei uns eingegangen. Wir weisen darauf hin, dass Rechnungen ohne "
    "Bestellnummer künftig nicht mehr akzeptiert werden können; die vorliegende enthält sie.",
    "Votre facture nous est bien parvenue. Désormais, les factures sans numéro de commande "
    "seront rejetées ; celle-ci le comporte.",
    "Your invoice has been received. Please note that invoices without a PO number will be "
    "rejected from now on; this one contains it.",
]


@pytest.mark.parametrize("body", FUTURE_RULE_MET)
def test_future_rule_met_by_this_invoice_is_no_defect(body):
    reading = _read(body, INVOICE_CONTEXT)
    assert reading.category == "acknowledgement", reading.evidence
    assert reading.pause_dunning is False


def test_future_rule_not_met_by_this_invoice_stays_an_error():
    reading = _read(
        "Rechnungen ohne Bestellnummer werden nicht akzeptiert; die vorliegende enthält sie "
        "nicht. Bitte stellen Sie die Rechnung neu aus."
    )
    assert reading.category == "invoice_error", reading.evidence
    assert reading.pause_dunning is True


# --- a payment term stated ("le délai de paiement ... est de 15 jours") asks for no time ---------

TERM_STATED = [
    "Votre facture a fait l'objet d'un mandat émis le 5 juin ; le délai de paiement du comptable "
    "public est de 15 jours, le virement interviendra donc vers le 20 juin 2025.",
    "Die Rechnung ist freigegeben; unsere Zahlungsfrist beträgt 30 Tage, die Zahlung erfolgt am "
    "20. Juni 2025.",
]


@pytest.mark.parametrize("body", TERM_STATED)
def test_payment_term_stated_is_no_delay_request(body):
    reading = _read(body)
    assert reading.category == "payment_promise", reading.evidence
    assert reading.pause_dunning is False


def test_payment_term_asked_is_a_delay_request():
    reading = _read("Nous sollicitons un délai de paiement jusqu'au 20 juillet 2025.")
    assert reading.category == "delay_request", reading.evidence
    assert reading.pause_dunning is True


# --- submitted for approval, taken over by a successor: on its way --------------------------------

ON_ITS_WAY = [
    "Die Rechnung wurde sachlich geprüft und dem Gemeinderat zur Genehmigung vorgelegt.",
    "La facture a été soumise à la validation du conseil d'administration.",
    "The invoice has been submitted for approval to our board.",
    "La fattura è stata sottoposta all'approvazione della direzione.",
    "Frau Huber hat unser Unternehmen verlassen. Ihre Rechnung wurde von ihrem Nachfolger "
    "übernommen und wird fristgerecht bearbeitet.",
    "Madame Dupuis, notre comptable, est partie à la retraite. Votre facture a été reprise par "
    "son successeur, qui la traitera dans les délais habituels.",
]


@pytest.mark.parametrize("body", ON_ITS_WAY)
def test_invoice_submitted_or_taken_over_is_an_acknowledgement(body):
    reading = _read(body, INVOICE_CONTEXT)
    assert reading.category == "acknowledgement", reading.evidence
    assert reading.pause_dunning is False


def test_contact_left_and_future_address_is_a_copy_request():
    reading = _read(
        "Frau Huber hat das Unternehmen verlassen. Bitte senden Sie künftig alle Rechnungen an "
        "kreditoren@firma.example.",
        INVOICE_CONTEXT,
    )
    assert reading.category == "copy_request", reading.evidence


# --- the supplier's own papers asked for its file: other, not a copy of the invoice -------------

SUPPLIER_PAPERS = [
    "Dans le cadre de la mise à jour de notre fichier fournisseurs, nous vous prions de nous "
    "faire parvenir une attestation d'assurance en cours de validité ainsi qu'un extrait Kbis.",
    "Im Rahmen der Aktualisierung unserer Lieferantenstammdaten bitten wir Sie, uns einen "
    "aktuellen Handelsregisterauszug zu senden.",
    "As part of our annual supplier due diligence, please complete the attached vendor form and "
    "return it together with a copy of your insurance certificate.",
    "Nell'ambito dell'aggiornamento dell'anagrafica fornitori, vi chiediamo di inviarci il DURC "
    "in corso di validità.",
]


@pytest.mark.parametrize("body", SUPPLIER_PAPERS)
def test_supplier_papers_asked_are_other(body):
    reading = _read(body, INVOICE_CONTEXT)
    assert reading.category == "other", reading.evidence
    assert reading.pause_dunning is False


def test_copy_of_the_invoice_stays_a_copy_request():
    reading = _read(
        "Pour notre fichier fournisseurs, merci de nous faire parvenir une copie de la facture "
        "au format PDF.",
        INVOICE_CONTEXT,
    )
    assert reading.category == "copy_request", reading.evidence


# --- paid "within our standard terms" (no date): the usual course ------------------------------

USUAL_COURSE = [
    "Our finance team has been reorganised and your invoice is now handled by our shared "
    "service centre. It will be processed within our standard terms.",
    "Votre facture sera réglée selon nos conditions générales d'achat.",
    "Die Rechnung wird gemäss unseren Zahlungsbedingungen beglichen.",
]


@pytest.mark.parametrize("body", USUAL_COURSE)
def test_paid_as_the_terms_say_is_an_acknowledgement(body):
    reading = _read(body, INVOICE_CONTEXT)
    assert reading.category == "acknowledgement", reading.evidence
    assert reading.pause_dunning is False


def test_paid_on_a_date_is_a_promise():
    reading = _read(
        "Die Rechnung wird gemäss unseren Zahlungsbedingungen am 20. Juni 2025 beglichen.",
        INVOICE_CONTEXT,
    )
    assert reading.category == "payment_promise", reading.evidence


# --- "we are in receipt of", and a courtesy closing that asks for nothing ----------------------

RECEIPT_WITH_COURTESY = [
    "We are in receipt of your invoices FX-25-0311 and FX-25-0312. Both have been entered into "
    "our system and are being processed. Should you have any questions, please do not hesitate "
    "to contact us.",
    "Nous avons bien reçu votre facture, qui est en cours de traitement. N'hésitez pas à nous "
    "contacter pour toute question.",
    "Ihre Rechnung ist bei uns eingegangen und befindet sich im Freigabeprozess. Für Rückfragen "
    "stehen wir Ihnen gerne zur Verfügung.",
    "Abbiamo ricevuto la fattura, che è in fase di verifica. Restiamo a disposizione per "
    "qualsiasi chiarimento.",
]


@pytest.mark.parametrize("body", RECEIPT_WITH_COURTESY)
def test_receipt_with_a_courtesy_closing_is_an_acknowledgement(body):
    reading = _read(body, INVOICE_CONTEXT)
    assert reading.category == "acknowledgement", reading.evidence
    assert reading.pause_dunning is False


def test_receipt_with_a_real_question_is_no_acknowledgement():
    reading = _read(
        "We are in receipt of your invoice. Could you please send us the signed delivery note? "
        "Do not hesitate to contact us.",
        INVOICE_CONTEXT,
    )
    assert reading.category == "copy_request", reading.evidence


def test_invoice_addressed_to_us_instead_of_head_office_stays_an_error():
    # "pas à nous" still says the invoice is misaddressed; "n'hésitez pas à nous contacter" not
    reading = _read(
        "La facture doit être adressée à notre siège de Lausanne, pas à nous : merci de la "
        "refaire. N'hésitez pas à nous contacter pour toute question."
    )
    assert reading.category == "invoice_error", reading.evidence
    assert reading.pause_dunning is True


# --- closings that ask for nothing: routing, apologies, printing footers, complaints "if any" ---

CLOSINGS = [
    "Pour toute question relative au paiement, merci de contacter notre service comptable.",
    "Nous vous prions de bien vouloir excuser ce retard et vous remercions de votre compréhension.",
    "En cas de désaccord, merci de nous le signaler par retour de courriel.",
    "Bei Fragen zur Zahlung wenden Sie sich bitte an unsere Kreditorenbuchhaltung.",
    "Wir bitten Sie, die Verzögerung zu entschuldigen.",
    "Allfällige Beanstandungen bitten wir Sie, uns umgehend mitzuteilen.",
    "Bitte denken Sie an die Umwelt, bevor Sie dieses E-Mail ausdrucken.",
    "For any queries regarding payment, please contact our accounts payable team.",
    "Should there be any discrepancy, please let us know.",
    "Please consider the environment before printing this e-mail.",
    "Per eventuali domande sul pagamento si prega di contattare l'ufficio contabilità.",
]


@pytest.mark.parametrize("closing", CLOSINGS)
def test_closing_after_forwarding_keeps_an_acknowledgement(closing):
    reading = _read(
        "Nous avons bien reçu votre facture, elle a été transmise à notre service comptable. "
        + closing,
        INVOICE_CONTEXT,
    )
    assert reading.category == "acknowledgement", reading.evidence
    assert reading.pause_dunning is False


def test_a_real_request_after_forwarding_is_no_acknowledgement():
    reading = _read(
        "Nous avons bien reçu votre facture. Merci de nous envoyer également le bon de "
        "livraison signé.",
        INVOICE_CONTEXT,
    )
    assert reading.category == "copy_request", reading.evidence


# --- an apology for the customer's own internal problem ----------------------------------------

OWN_PROBLEM = [
    "Ci scusiamo per il ritardo, dovuto a un problema organizzativo interno. La fattura è stata "
    "inoltrata all'ufficio contabilità.",
    "We apologise for the delay, which was due to an internal problem. The invoice has been "
    "forwarded to our accounts payable team.",
    "Nous nous excusons du retard, dû à un problème interne. La facture a été transmise à notre "
    "service comptable.",
    "Wir entschuldigen uns für die Verzögerung, die auf ein internes Problem zurückzuführen ist. "
    "Die Rechnung wurde an die Buchhaltung weitergeleitet.",
]


@pytest.mark.parametrize("body", OWN_PROBLEM)
def test_own_internal_problem_is_no_dispute(body):
    reading = _read(body)
    assert reading.category == "acknowledgement", reading.evidence
    assert reading.pause_dunning is False


def test_a_problem_with_the_work_stays_a_dispute():
    reading = _read(
        "Nous avons un problème avec l'installation : les luminaires clignotent depuis la pose. "
        "Nous ne réglerons pas la facture avant la réparation."
    )
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


# --- said in passing before a promise: an adverb in the negation, a late arrival ----------------

IN_PASSING_THEN_PROMISE = [
    "Nous ne contestons évidemment ni les heures ni le tarif. La facture sera réglée le 20 juin "
    "2025.",
    "Nous ne contestons bien entendu pas la facture, qui sera réglée le 20 juin 2025.",
    "Die Rechnung ist bei uns erst nach Ihrer Mahnung eingegangen, da sie an unsere alte Adresse "
    "ging. Sie wird am 20. Juni 2025 überwiesen.",
    "Your invoice only reached us after the reminder, as it went to our old address. It will be "
    "paid on 20 June 2025.",
    "La fattura ci è pervenuta solo dopo il sollecito, perché era indirizzata alla nostra "
    "vecchia sede. Sarà pagata il 20 giugno 2025.",
]


@pytest.mark.parametrize("body", IN_PASSING_THEN_PROMISE)
def test_said_in_passing_before_a_promise_is_a_promise(body):
    reading = _read(body)
    assert reading.category == "payment_promise", reading.evidence
    assert reading.pause_dunning is False


def test_old_address_to_be_corrected_stays_an_error():
    reading = _read(
        "Die Rechnung ist erst nach Ihrer Mahnung eingegangen, da sie an unsere alte Adresse "
        "ging. Bitte stellen Sie sie mit der neuen Adresse neu aus."
    )
    assert reading.category == "invoice_error", reading.evidence
    assert reading.pause_dunning is True


# --- a new offer declined, a mailing list left: not this invoice --------------------------------

OFFER_DECLINED = [
    "We regret that we cannot accept your offer for the 2026 maintenance contract. The current "
    "invoice has been passed on for payment.",
    "Nous ne pouvons malheureusement pas accepter votre proposition de contrat pour 2026. Votre "
    "facture a été transmise à notre service comptable.",
    "Ihr Angebot für die Wartung 2026 müssen wir leider ablehnen. Die vorliegende Rechnung haben "
    "wir zur Zahlung weitergeleitet.",
    "Non possiamo accettare la vostra offerta per il 2026. La fattura è stata inoltrata "
    "all'ufficio contabilità.",
]


@pytest.mark.parametrize("body", OFFER_DECLINED)
def test_new_offer_declined_is_no_dispute(body):
    reading = _read(body, INVOICE_CONTEXT)
    assert reading.category == "acknowledgement", reading.evidence
    assert reading.pause_dunning is False


def test_invoice_not_accepted_stays_a_dispute():
    reading = _read(
        "We cannot accept your invoice: the price is higher than your offer of CHF 1,800."
    )
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


def test_taken_off_the_mailing_list_is_other():
    reading = _read(
        "Nous refusons de recevoir vos lettres d'information commerciales. Merci de nous retirer "
        "de votre liste de diffusion.",
        INVOICE_CONTEXT,
    )
    assert reading.category == "other", reading.evidence
    assert reading.pause_dunning is False


# --- a routine check, a registration number: on its way ("à l'issue de" is no "issue") ----------

ROUTINE = [
    "Votre facture fait actuellement l'objet d'un contrôle de conformité, comme toutes les "
    "factures de plus de 10 000 €. Vous serez informée de la date de paiement à l'issue de ce "
    "contrôle.",
    "Ihre Rechnung wird derzeit von unserer Revisionsstelle stichprobenweise geprüft. Dies ist "
    "ein Routinevorgang; wir melden uns nach Abschluss der Prüfung.",
    "Your invoice is currently under review by our internal audit team as part of a routine "
    "sample check.",
    "La Sua fattura è attualmente oggetto di un controllo a campione da parte della revisione "
    "interna.",
    "Votre facture a été enregistrée sous le numéro 2025-4471. Toute correspondance ultérieure "
    "devra rappeler ce numéro.",
    "Ihre Rechnung ist unter der Belegnummer 2025-4471 erfasst. Bitte geben Sie diese Nummer bei "
    "allen Rückfragen an.",
    "Your invoice has been logged under reference 2025-4471. Please quote this reference in any "
    "future correspondence.",
]


@pytest.mark.parametrize("body", ROUTINE)
def test_routine_check_or_registration_is_an_acknowledgement(body):
    reading = read_reply(reply_email(body, invoice="FX-25-0311"), INVOICE_CONTEXT)
    assert reading.category == "acknowledgement", reading.evidence
    assert reading.pause_dunning is False


def test_an_issue_with_the_invoice_stays_a_dispute():
    reading = _read(
        "There is an issue with your invoice: the hours charged are twice those on the timesheet."
    )
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


# --- the billed work mends a defect ("remplacement des luminaires défectueux") -----------------

REPAIR_BILLED = [
    "Votre facture pour le remplacement des luminaires défectueux sera réglée le 20 juin 2025.",
    "Ihre Rechnung für die Reparatur der defekten Heizung wird am 20. Juni 2025 bezahlt.",
    "Your invoice for repairing the broken window will be paid on 20 June 2025.",
    "La fattura per la sostituzione dei pannelli danneggiati sarà pagata il 20 giugno 2025.",
]


@pytest.mark.parametrize("body", REPAIR_BILLED)
def test_repair_of_a_defect_billed_is_no_complaint(body):
    reading = _read(body)
    assert reading.category == "payment_promise", reading.evidence
    assert reading.pause_dunning is False


def test_replacement_parts_that_are_defective_stay_a_complaint():
    reading = _read(
        "Les luminaires de remplacement sont défectueux eux aussi : nous ne réglerons pas la "
        "facture avant leur échange."
    )
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


# --- "Irrtum vorbehalten", "le règlement se fera le ...": promises -----------------------------

FORMAL_PROMISES = [
    "Irrtum vorbehalten wird die Rechnung am 20. Juni 2025 überwiesen.",
    "Le règlement se fera par virement le 20 juin 2025.",
    "Le paiement interviendra le 20 juin 2025.",
]


@pytest.mark.parametrize("body", FORMAL_PROMISES)
def test_formal_promise(body):
    reading = _read(body)
    assert reading.category == "payment_promise", reading.evidence
    assert reading.pause_dunning is False


WORK_ON_A_PROBLEM = [
    "Thank you for your invoice for fixing the faulty lift. It has been forwarded to our "
    "accounts payable team.",
    "Thank you for your invoice for the troubleshooting of the network problem. It has been "
    "forwarded to our accounts payable team.",
    "Besten Dank für Ihre Rechnung für die Bearbeitung der Reklamationen unserer Mieter. Sie "
    "wurde an unsere Buchhaltung weitergeleitet.",
    "Grazie per la fattura relativa alla ricerca del guasto sulla rete. È stata inoltrata "
    "all'ufficio contabilità.",
]


@pytest.mark.parametrize("body", WORK_ON_A_PROBLEM)
def test_work_on_a_problem_billed_is_no_dispute(body):
    reading = _read(body, INVOICE_CONTEXT)
    assert reading.category == "acknowledgement", reading.evidence
    assert reading.pause_dunning is False


NOT_MENDED = [
    "The replacement of the lamp was not done, although it is on your invoice.",
    "Nous contestons la facture : les luminaires livrés pour le remplacement sont défectueux.",
]


@pytest.mark.parametrize("body", NOT_MENDED)
def test_repair_not_done_or_defective_stays_a_dispute(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


# --- formal past payments ----------------------------------------------------------------------

FORMAL_PAID = [
    "Die Zahlung ist am 2. Juni 2025 zu Ihren Gunsten erfolgt.",
    "Wir haben den Betrag am 2. Juni 2025 angewiesen.",
    "L'importo è stato da noi corrisposto in data 2 giugno 2025.",
    "Il mandato di pagamento è stato emesso il 2 giugno 2025 e il bonifico risulta eseguito.",
]


@pytest.mark.parametrize("body", FORMAL_PAID)
def test_formal_past_payment_is_paid(body):
    reading = _read(body)
    assert reading.category == "already_paid", reading.evidence
    assert reading.pause_dunning is True


def test_depending_on_a_grant_is_no_payment():
    # "angewiesen sein auf" (depend on) is no "angewiesen" (payment instructed)
    reading = _read(
        "Wir sind auf den Kantonsbeitrag angewiesen und bitten Sie um Geduld bis 31. Juli 2025."
    )
    assert reading.category == "delay_request", reading.evidence


# --- reminders held until a date: time asked -----------------------------------------------------

REMINDERS_ON_HOLD = [
    "Notre conseil municipal ne se réunissant que le 25 juin, nous vous remercions de suspendre "
    "vos relances jusqu'au 30 juin 2025.",
    "Da der Gemeinderat erst am 25. Juni tagt, bitten wir Sie, bis 30. Juni 2025 von weiteren "
    "Mahnungen abzusehen.",
    "As our board only meets on 25 June, we kindly ask you to put your reminders on hold until "
    "30 June 2025.",
    "Poiché il consiglio comunale si riunisce il 25 giugno, vi chiediamo di sospendere i "
    "solleciti fino al 30 giugno 2025.",
]


@pytest.mark.parametrize("body", REMINDERS_ON_HOLD)
def test_reminders_on_hold_until_a_date_is_a_delay(body):
    reading = _read(body)
    assert reading.category == "delay_request", reading.evidence
    assert reading.promised_date == date(2025, 6, 30)
    assert reading.pause_dunning is True


def test_payment_suspended_over_a_defect_stays_a_contestation():
    reading = _read(
        "Nous suspendons le paiement de la facture : les luminaires posés ne fonctionnent pas."
    )
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


# --- a balance to confirm, no open items: nothing about paying this invoice ----------------------


@pytest.mark.parametrize(
    "body",
    [
        "Im Rahmen unseres Jahresabschlusses bitten wir Sie um eine Saldobestätigung per "
        "31. Dezember.",
        "Dans le cadre de notre clôture annuelle, merci de nous confirmer le solde de notre "
        "compte chez vous au 31 décembre.",
        "As part of our year-end closing, please confirm the balance of our account with you as "
        "at 31 December.",
    ],
)
def test_balance_confirmation_is_other(body):
    reading = _read(body, INVOICE_CONTEXT)
    assert reading.category == "other", reading.evidence
    assert reading.pause_dunning is False


def test_no_open_items_but_this_one_is_no_dispute():
    reading = _read(
        "We confirm that we have no open items with your company other than invoice FX-25-0311, "
        "which is being processed.",
        INVOICE_CONTEXT,
    )
    assert reading.category == "acknowledgement", reading.evidence
    assert reading.pause_dunning is False


def test_paid_and_a_statement_for_the_records_stays_paid():
    reading = _read(
        "Die Rechnung FX-25-0311 wurde am 28. Mai 2025 bezahlt. Bitte senden Sie uns für unsere "
        "Unterlagen einen aktuellen Kontoauszug."
    )
    assert reading.category == "already_paid", reading.evidence
    assert reading.pause_dunning is True


# --- accounts-payable idioms: pending approval, a remittance advice "once paid", "no PO, no pay" --

AP_IDIOMS = [
    "Your invoice has been received and is pending approval by the budget holder. You will "
    "receive a remittance advice once payment has been made.",
    "Votre facture est en attente de validation par le service prescripteur. Un avis de "
    "paiement vous sera adressé dès que le règlement aura été effectué.",
    "Ihre Rechnung befindet sich in der Freigabe beim Budgetverantwortlichen. Sie erhalten ein "
    "Zahlungsavis, sobald die Zahlung erfolgt ist.",
    "La Sua fattura è in attesa di approvazione da parte del responsabile di budget.",
    "Please note that we operate a no PO, no pay policy. Your invoice quotes a valid PO and has "
    "been forwarded for approval.",
    "Your invoice has been matched to the purchase order and is scheduled for payment in line "
    "with our terms.",
]


@pytest.mark.parametrize("body", AP_IDIOMS)
def test_accounts_payable_idioms_are_acknowledgements(body):
    reading = _read(body, INVOICE_CONTEXT)
    assert reading.category == "acknowledgement", reading.evidence
    assert reading.pause_dunning is False


def test_no_po_no_pay_and_no_po_on_the_invoice_stays_an_error():
    reading = _read(
        "We operate a no PO, no pay policy. Your invoice does not quote a purchase order number: "
        "please resubmit it with the PO number."
    )
    assert reading.category == "invoice_error", reading.evidence
    assert reading.pause_dunning is True


def test_payment_made_stays_paid():
    reading = _read("Payment has been made on 2 June 2025; please find the remittance advice.")
    assert reading.category == "already_paid", reading.evidence


def test_separable_send_verb_asks_for_a_copy():
    reading = _read(
        "Bitte stellen Sie uns die Rechnung zusätzlich als QR-Rechnung im PDF-Format zu.",
        INVOICE_CONTEXT,
    )
    assert reading.category == "copy_request", reading.evidence
    assert reading.pause_dunning is False


def test_invoice_issued_to_the_wrong_company_stays_an_error():
    # "stellen Sie die Rechnung ... aus" (issue), not "... zu" (send)
    reading = _read("Bitte stellen Sie die Rechnung auf die Muster AG statt auf mich aus.")
    assert reading.category == "invoice_error", reading.evidence


# --- a payment date proposed: agreement asked, time asked ----------------------------------------

DATE_PROPOSED = [
    "Notre trésorerie ne nous permet pas d'honorer cette facture avant la fin juillet. Nous vous "
    "proposons un règlement au 31 juillet 2025.",
    "Aus budgetären Gründen ist uns eine Zahlung erst im neuen Quartal möglich. Wir schlagen "
    "Ihnen eine Zahlung per 31. Juli 2025 vor.",
    "Owing to cash-flow constraints we propose to settle the invoice on 31 July 2025 instead of "
    "the due date.",
    "Per motivi di liquidità Le proponiamo di saldare la fattura il 31 luglio 2025 anziché alla "
    "scadenza.",
    "Nous sollicitons votre bienveillance pour un paiement différé au 31 juillet 2025.",
    "Wir ersuchen Sie um Verständnis, dass die Zahlung erst am 31. Juli 2025 erfolgen kann.",
    "Le chiediamo cortesemente di accordarci un differimento del pagamento al 31 luglio 2025.",
]


@pytest.mark.parametrize("body", DATE_PROPOSED)
def test_payment_date_proposed_asks_for_time(body):
    reading = _read(body)
    assert reading.category == "delay_request", reading.evidence
    assert reading.promised_date == date(2025, 7, 31)
    assert reading.pause_dunning is True


def test_payment_date_announced_is_a_promise():
    reading = _read("Nous procéderons au règlement le 20 juin 2025.")
    assert reading.category == "payment_promise", reading.evidence
    assert reading.pause_dunning is False


# --- a VAT rate compared ("shows VAT at 20 %, whereas we are exempt"): an invoice error ---------


@pytest.mark.parametrize(
    "body",
    [
        "The invoice shows VAT at 20 %, whereas our charity is exempt. The amount excluding VAT "
        "is correct. Please send a credit note and a corrected invoice.",
        "La facture applique une TVA de 20 %, alors que notre association en est exonérée. Merci "
        "de nous adresser une facture rectificative.",
    ],
)
def test_vat_rate_compared_is_an_invoice_error(body):
    reading = _read(body)
    assert reading.category == "invoice_error", reading.evidence
    assert reading.pause_dunning is True


def test_price_compared_with_vat_included_stays_a_contestation():
    reading = _read(
        "The invoice shows CHF 2,480 incl. VAT whereas your quote was CHF 1,800 incl. VAT."
    )
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


# --- "reached us in error", "a trust with a similar name"; "I have forwarded your e-mail to" -----


def test_reminder_reached_a_namesake_in_error_is_other():
    reading = _read(
        "This reminder has reached us in error. We are a different trust with a similar name and "
        "have never ordered anything from your firm."
    )
    assert reading.category == "other", reading.evidence
    assert reading.pause_dunning is False


def test_forwarded_to_accounts_payable_is_an_acknowledgement():
    reading = _read(
        "I am not the right contact for invoices; I have forwarded your e-mail to our accounts "
        "payable team.",
        INVOICE_CONTEXT,
    )
    assert reading.category == "acknowledgement", reading.evidence


def test_never_ordered_by_a_customer_stays_a_contestation():
    reading = _read(
        "We never ordered the additional cleaning billed on your invoice and will not pay it."
    )
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


# --- "è stata approvata e sarà pagata": approved, to be paid -------------------------------------


APPROVED_TO_BE_PAID = [
    "Con risoluzione municipale del 5 giugno la fattura è stata approvata e sarà pagata entro il "
    "20 giugno 2025.",
    "Die Rechnung wurde gestern freigegeben und wird am 20. Juni 2025 bezahlt.",
    "Die Rechnung wurde vom Gemeinderat genehmigt und wird bis 20. Juni 2025 überwiesen.",
    "Wir haben die Rechnung freigegeben und sie wird am 20. Juni 2025 bezahlt.",
]


@pytest.mark.parametrize("body", APPROVED_TO_BE_PAID)
def test_approved_and_to_be_paid_is_a_promise(body):
    reading = _read(body)
    assert reading.category == "payment_promise", reading.evidence
    assert reading.pause_dunning is False


def test_approved_and_paid_is_paid():
    reading = _read("La fattura è stata approvata e pagata il 2 giugno 2025.")
    assert reading.category == "already_paid", reading.evidence
    assert reading.pause_dunning is True
