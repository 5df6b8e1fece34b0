# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Kinds of replies found when three sets measured blind (tests/data/disputes_blind8: small
firms and fiduciaries; disputes_blind9: formal accounts payable and public bodies;
disputes_blind20: hard decisions) became development data. The rules alone are tested
(``use_model=False``). Synthetic texts only; the e-mails are dated Tuesday 10 June 2025."""

from decimal import Decimal

import pytest

from fincycle.collections import ThreadContext, read_reply
from fincycle.testing.replies import reply_email

CONTEXT = ThreadContext(
    invoice_number="FX-25-0311", amount=Decimal("650.00"), currency="CHF", stage="reminder_1"
)


def _mail(body):
    return reply_email(
        body,
        invoice="FX-25-0311",
        subject="Re: Rappel facture {invoice}",
        sender="Client <client@example.ch>",
        company="Fournisseur SA <compta@fournisseur.example>",
    )


def _read(body):
    return read_reply(_mail(body), CONTEXT, use_model=False)


# --- invoices handled "under the agreed terms": no price dispute ---------------------------------

AGREED_TERMS = [
    "Le fatture in corso verranno trattate regolarmente secondo le condizioni pattuite.",
    "Les factures en cours seront traitées normalement selon les conditions convenues.",
    "Die offenen Rechnungen werden gemäss den vereinbarten Bedingungen bearbeitet.",
    "Open invoices will be handled as usual under the agreed terms.",
    "Pagheremo alle condizioni concordate, grazie.",
]


@pytest.mark.parametrize("body", AGREED_TERMS)
def test_handled_under_the_agreed_terms_is_no_dispute(body):
    assert _read(body).pause_dunning is False, _read(body).evidence


@pytest.mark.parametrize(
    "body",
    [
        "Il prezzo pattuito era di 500 franchi, non 650.",
        "Le condizioni pattuite prevedevano 500 franchi, voi ne avete fatturati 650.",
    ],
)
def test_the_agreed_price_against_the_billed_one_still_disputes(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


# --- an invoice never received, asked again with the reference it must carry -------------------

COPY_WITH_ROUTING = [
    "La fattura non ci è mai pervenuta. Vi saremmo grati se poteste inviarcene una copia in PDF, "
    "indicando il centro di costo 340.3130.",
    "Nous n'avons jamais reçu cette facture. Merci de nous en envoyer une copie en indiquant notre "
    "numéro de commande 4500123.",
    "Die Rechnung ist bei uns nie eingegangen. Bitte senden Sie uns eine Kopie und geben Sie dabei "
    "unsere Kostenstelle 6120 an.",
    "We never received the invoice. Could you send us a copy quoting our PO number 4500123?",
]


@pytest.mark.parametrize("body", COPY_WITH_ROUTING)
def test_copy_of_an_invoice_never_received_with_its_reference_is_a_copy_request(body):
    reading = _read(body)
    assert reading.category == "copy_request", reading.evidence
    assert reading.pause_dunning is False


@pytest.mark.parametrize(
    "body",
    [
        "Please resend the invoice with our PO number 4500123, it is missing.",
        "Merci de nous renvoyer la facture en indiquant notre numéro de commande 4500123, sans lui "
        "nous ne pouvons pas la payer.",
        "Die Kostenstelle fehlt auf der Rechnung, bitte senden Sie uns eine korrigierte Kopie.",
        "Manca il centro di costo: ce ne mandi una copia corretta, per favore.",
    ],
)
def test_a_reference_missing_on_the_invoice_stays_an_invoice_error(body):
    reading = _read(body)
    assert reading.category == "invoice_error", reading.evidence
    assert reading.pause_dunning is True


# --- a lawyer or a court named for the customer's own estate or divorce: no threat -----------

PRIVATE_LEGAL_AFFAIRS = [
    "Mon mari est décédé et c'est mon avocat qui s'occupe de la succession avec la banque. Je ne "
    "conteste pas votre facture, elle sera payée dès que les comptes seront débloqués.",
    "Mein Vater ist verstorben, der Nachlass liegt beim Anwalt und das Gericht muss den Erbschein "
    "noch ausstellen. Die Rechnung wird danach bezahlt.",
    "Mio padre è deceduto, l'avvocato segue la successione e il tribunale deve ancora rilasciare "
    "il certificato ereditario. La fattura verrà pagata appena possibile.",
    "My father passed away and our lawyer is handling the estate; the court has not yet released "
    "the accounts. The invoice will be paid as soon as we can.",
]


@pytest.mark.parametrize("body", PRIVATE_LEGAL_AFFAIRS)
def test_a_lawyer_for_the_estate_is_no_threat(body):
    reading = _read(body)
    assert reading.pause_dunning is False, reading.evidence
    assert reading.urgency <= 2


@pytest.mark.parametrize(
    "body",
    [
        "Notre avocat s'occupe de la succession et contestera cette facture.",
        "If this invoice is not cancelled, our lawyer will be in touch.",
    ],
)
def test_a_lawyer_against_the_invoice_still_disputes(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.urgency == 5


# --- debt collection pleaded off: time asked; dated only by money that comes then -------------

PLEA_WITHOUT_DATE = [
    "Je vous demande de ne pas engager de poursuite, je paierai dès que possible.",
    "Bitte keine Betreibung, wir zahlen sobald wir können.",
    "Vi prego di non avviare la procedura esecutiva, pagherò appena possibile.",
    "Please do not start collection proceedings, we will pay as soon as we can.",
]


@pytest.mark.parametrize("body", PLEA_WITHOUT_DATE)
def test_collection_pleaded_off_without_a_date_is_a_delay_that_does_not_pause(body):
    reading = _read(body)
    assert reading.category == "delay_request", reading.evidence
    assert reading.pause_dunning is False


PLEA_MONEY_THEN = [
    "Mon salaire n'arrive que le 25 juin, alors je pourrai régler la facture. Merci de ne pas "
    "engager de poursuite.",
    "Die Milchgeldabrechnung kommt erst am 20. Juli. Dann kann ich die Rechnung bezahlen. Bitte "
    "keine Betreibung.",
    "Lo stipendio arriva solo il 25 giugno, allora potrò saldare la fattura. Vi prego di non "
    "avviare la procedura esecutiva.",
    "Our grant only arrives on 25 June, then we can pay the invoice. Please do not start "
    "collection proceedings.",
]


@pytest.mark.parametrize("body", PLEA_MONEY_THEN)
def test_collection_pleaded_off_until_money_comes_on_a_date_is_a_dated_delay(body):
    reading = _read(body)
    assert reading.category == "delay_request", reading.evidence
    assert reading.pause_dunning is True
    assert reading.promised_date is not None


@pytest.mark.parametrize(
    "body",
    [
        "Die Zahlung ist im E-Banking erfasst, Ausführungsdatum 30.06.2025. Bitte leiten Sie keine "
        "Betreibung ein.",
        "Le virement est programmé pour le 30 juin. Merci de ne pas engager de poursuite.",
        "Mon salaire n'arrive que le 25 juin, alors je pourrai régler la facture.",
    ],
)
def test_a_payment_scheduled_beside_the_plea_stays_a_promise(body):
    reading = _read(body)
    assert reading.category == "payment_promise", reading.evidence
    assert reading.pause_dunning is False


def test_only_then_without_a_payment_dates_nothing():
    assert _read("Our team only meets on 25 June, then we decide on new projects.").category != (
        "delay_request"
    )


# --- "not meant as a dispute", then a question about a line: a question -----------------------

NOT_TO_DISPUTE = [
    "Merci, le travail est superbe. Juste une question, ce n'est pas pour contester : la ligne "
    "« éco-participation » de 12,00 €, à quoi correspond-elle exactement ?",
    "Just a question, not to dispute anything: what exactly is the eco fee line of 12.00?",
    "Nur eine Frage, nicht um zu reklamieren: wofür steht die Position Entsorgung von CHF 12.00?",
    "Solo una domanda, non per contestare: a cosa corrisponde la voce smaltimento di 12,00?",
]


@pytest.mark.parametrize("body", NOT_TO_DISPUTE)
def test_a_question_said_not_to_dispute_does_not_pause(body):
    reading = _read(body)
    assert reading.pause_dunning is False, reading.evidence
    assert reading.category != "contestation"


@pytest.mark.parametrize(
    "body",
    [
        "Ce n'est pas pour contester, mais le prix de 12 € est faux : le devis disait 10 €.",
        "Not to dispute anything, but the eco fee of 12.00 was never agreed.",
        "Nicht um zu reklamieren, aber die Position Entsorgung wurde nie vereinbart.",
    ],
)
def test_not_to_dispute_but_an_objection_still_disputes(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


# --- the invoice paid less some items: a deduction disputes them ------------------------------

PAID_LESS_ITEMS = [
    "We're not disputing the invoice as such. So we'll pay the invoice less those two: 2 \u00d7 245 "
    "CHF excl. VAT.",
    "Nous réglerons donc la facture moins ces deux luminaires, soit 2 \u00d7 245 CHF HT.",
    "Wir zahlen die Rechnung abzüglich der zwei Leuchten, also 2 \u00d7 245 CHF.",
    "Pagheremo la fattura meno le due lampade, cioè 2 \u00d7 245 CHF.",
]


@pytest.mark.parametrize("body", PAID_LESS_ITEMS)
def test_the_invoice_paid_less_some_items_disputes_them(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True
    assert reading.disputed_amount == Decimal("490.00")


@pytest.mark.parametrize(
    "body",
    [
        "We'll pay the invoice less the deposit already paid, on Friday.",
        "Nous réglerons la facture moins l'acompte versé, vendredi.",
        "Wir zahlen die Rechnung abzüglich 2 % Skonto am Freitag.",
        "Pagheremo la fattura meno l'acconto già versato, venerdì.",
    ],
)
def test_the_invoice_paid_less_a_deposit_or_a_discount_is_a_promise(body):
    reading = _read(body)
    assert reading.category == "payment_promise", reading.evidence
    assert reading.pause_dunning is False


# --- "rimandare" a lost invoice: sent again, not put off ---------------------------------------

SENT_AGAIN = [
    "Non trovo più la fattura. Me la può rimandare con la polizza QR? Così pago subito.",
    "Ce la potete rimandare in PDF, per favore?",
    "Je ne trouve plus la facture. Pouvez-vous me la renvoyer avec le QR ? Je paie tout de suite.",
    "Ich finde die Rechnung nicht mehr. Können Sie sie mir nochmals mit dem QR-Einzahlungsschein "
    "schicken?",
    "I can't find the invoice. Could you send it again with the QR slip?",
]


@pytest.mark.parametrize("body", SENT_AGAIN)
def test_a_lost_invoice_sent_again_is_a_copy_request(body):
    reading = _read(body)
    assert reading.category == "copy_request", reading.evidence
    assert reading.pause_dunning is False


@pytest.mark.parametrize(
    "body",
    [
        "Possiamo rimandare il pagamento al 30 giugno?",
        "Me la può rimandare al mese prossimo, il pagamento? Non ho i soldi.",
    ],
)
def test_the_payment_put_off_stays_a_delay(body):
    assert _read(body).category == "delay_request"


# --- the reminder procedure held until a date: time asked, no payment held ---------------------

REMINDER_PROCEDURE_HELD = [
    "Le paiement interviendra au plus tard le 15 juillet. Nous vous prions de bien vouloir "
    "suspendre toute procédure de relance d'ici là.",
    "Die Zahlung erfolgt spätestens am 15. Juli. Wir bitten Sie, das Mahnverfahren bis dahin zu "
    "sistieren.",
    "Il pagamento avverrà entro il 15 luglio. Vi preghiamo di sospendere la procedura di "
    "sollecito fino ad allora.",
    "Payment will be made by 15 July at the latest. Please suspend the dunning process until then.",
]


@pytest.mark.parametrize("body", REMINDER_PROCEDURE_HELD)
def test_the_reminder_procedure_held_until_a_date_is_a_dated_delay(body):
    reading = _read(body)
    assert reading.category == "delay_request", reading.evidence
    assert reading.promised_date is not None


@pytest.mark.parametrize(
    "body",
    [
        "Nous suspendons le paiement jusqu'à la réparation.",
        "Wir halten die Zahlung bis zur Reparatur zurück.",
        "Sospendiamo il pagamento fino alla riparazione.",
        "We are suspending payment until the lamps are replaced.",
    ],
)
def test_the_payment_held_still_disputes(body):
    assert _read(body).category == "contestation"


@pytest.mark.parametrize(
    "body",
    [
        "Wir halten die Zahlung zurück, bis die Leuchten ersetzt sind.",
        "Ich halte den Betrag bis zur Reparatur zurück.",
    ],
)
def test_the_payment_held_back_in_german_word_order_disputes(body):
    assert _read(body).category == "contestation"


def test_holding_back_orders_is_no_payment_held():
    body = "Wir halten uns mit weiteren Bestellungen zurück, die Rechnung zahlen wir am Freitag."
    assert _read(body).pause_dunning is False


# --- paid twice, the reminder not understood: already paid ------------------------------------

PAID_TWICE = [
    "Ihre Zahlungserinnerung kann ich nicht nachvollziehen: Wir haben diese Rechnung nicht nur "
    "bezahlt, sondern sogar zweimal, am 6. Mai und am 9. Mai. Bitte überweisen Sie uns den "
    "doppelten Betrag zurück.",
    "Je ne comprends pas votre rappel : nous avons non seulement payé cette facture, mais deux "
    "fois, le 6 et le 9 mai. Merci de nous rembourser le paiement en double.",
    "Non capisco il sollecito: abbiamo pagato questa fattura addirittura due volte, il 6 e il 9 "
    "maggio. Ci rimborsate il doppio?",
    "I don't understand your reminder: we paid this invoice not once but twice, on 6 and 9 May. "
    "Please refund the duplicate.",
]


@pytest.mark.parametrize("body", PAID_TWICE)
def test_paid_twice_is_already_paid(body):
    reading = _read(body)
    assert reading.category == "already_paid", reading.evidence
    assert reading.pause_dunning is True
    assert reading.promised_date is None


@pytest.mark.parametrize(
    "body",
    [
        "Ihre Zahlungserinnerung kann ich nicht nachvollziehen, die Stunden stimmen nicht.",
        "Not only the hours are wrong, the fee is too high as well.",
        "Ci avete fatturato il doppio, rimborsateci la differenza.",
    ],
)
def test_a_reminder_doubted_for_the_bill_stays_a_dispute(body):
    assert _read(body).category == "contestation"


@pytest.mark.parametrize(
    "body",
    [
        "Wir haben die Rechnung zweimal erhalten, bitte stornieren Sie das Duplikat.",
        "You sent the invoice twice, please cancel the duplicate.",
    ],
)
def test_an_invoice_sent_twice_stays_an_invoice_error(body):
    assert _read(body).category == "invoice_error"


# --- booked and approved for payment, no date: an acknowledgement ------------------------------

APPROVED_NO_DATE = [
    "Wir bestätigen den Eingang Ihrer Rechnung. Sie wurde verbucht, von der Bauleitung visiert "
    "und zur Zahlung freigegeben.",
    "Nous accusons réception de votre facture. Elle a été comptabilisée, visée par le chef de "
    "projet et validée pour paiement.",
    "Confermiamo la ricezione della fattura. È stata registrata, vistata dalla direzione lavori "
    "e approvata per il pagamento.",
    "We confirm receipt of your invoice. It has been booked, signed off by the site manager and "
    "approved for payment.",
]


@pytest.mark.parametrize("body", APPROVED_NO_DATE)
def test_approved_for_payment_without_a_date_is_an_acknowledgement(body):
    reading = _read(body)
    assert reading.category == "acknowledgement", reading.evidence
    assert reading.pause_dunning is False


@pytest.mark.parametrize(
    "body",
    [
        "Sie wurde zur Zahlung freigegeben und wird am 30. Juni überwiesen.",
        "It has been approved for payment and will go out in the payment run of 30 June.",
    ],
)
def test_approved_for_payment_with_a_date_is_a_promise(body):
    reading = _read(body)
    assert reading.category == "payment_promise", reading.evidence
    assert reading.promised_date is not None


# --- passed on, with a line to a colleague in copy: an acknowledgement -------------------------

TO_A_COLLEAGUE = [
    "Vielen Dank, die Rechnung habe ich an unsere Kreditorenabteilung weitergeleitet. @AP team: "
    "please book against cost centre 6120, approved by me.",
    "Merci, j'ai transmis la facture à notre comptabilité. @Compta : merci de la comptabiliser, "
    "validée par moi.",
    "Grazie, ho inoltrato la fattura alla contabilità. @Contabilità: per favore registratela sul "
    "centro di costo 6120, approvata da me.",
    "Thanks, I forwarded the invoice to accounts payable. @Monika: please book it against cost "
    "centre 6120, approved by me.",
]


@pytest.mark.parametrize("body", TO_A_COLLEAGUE)
def test_a_line_to_a_colleague_asks_nothing_of_the_company(body):
    reading = _read(body)
    assert reading.category == "acknowledgement", reading.evidence
    assert reading.pause_dunning is False


@pytest.mark.parametrize(
    "body",
    [
        "Thanks, I forwarded the invoice to accounts payable. Please send us a copy with the QR "
        "slip.",
        "Merci, transmis. Pouvez-vous nous envoyer une copie en PDF ?",
    ],
)
def test_a_request_to_the_company_beside_the_thanks_is_kept(body):
    assert _read(body).category == "copy_request"


# --- the contract cancelled beside a promise to pay this invoice: no dispute, urgency 5 --------

CANCELLED_BUT_PAID = [
    "Thank you for the invoice. We'll pay it on 30 June as usual. I also want to let you know "
    "that we have decided to terminate the maintenance contract at its next anniversary, 31 "
    "March 2026. Please take this e-mail as our formal notice and confirm receipt.",
    "Merci pour la facture, nous la réglerons le 30 juin comme d'habitude. Nous résilions par "
    "ailleurs le contrat de maintenance pour le 31 mars 2026 ; merci de prendre ce courriel comme "
    "préavis formel et d'en accuser réception.",
    "Danke für die Rechnung, wir zahlen sie wie üblich am 30. Juni. Zudem kündigen wir den "
    "Wartungsvertrag per 31. März 2026; bitte betrachten Sie diese E-Mail als formelle Kündigung "
    "und bestätigen Sie den Eingang.",
    "Grazie per la fattura, la pagheremo il 30 giugno come sempre. Disdiciamo inoltre il "
    "contratto di manutenzione per il 31 marzo 2026; vogliate considerare questa e-mail come "
    "disdetta formale e confermarne la ricezione.",
]


@pytest.mark.parametrize("body", CANCELLED_BUT_PAID)
def test_the_contract_cancelled_beside_a_promise_is_a_promise(body):
    reading = _read(body)
    assert reading.category == "payment_promise", reading.evidence
    assert reading.pause_dunning is False
    assert reading.urgency == 5


@pytest.mark.parametrize(
    "body",
    [
        "We are cancelling the maintenance contract, your technician never came, we will not pay "
        "this invoice.",
        "Nous résilions le contrat avec effet immédiat : votre technicien n'est jamais venu, nous "
        "ne paierons pas cette facture.",
        "Wir kündigen den Vertrag per sofort.",
        "L'appuntamento è stato disdetto, non pagheremo l'uscita.",
    ],
)
def test_the_contract_cancelled_without_paying_still_disputes(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.urgency == 5


@pytest.mark.parametrize(
    "body",
    ["Could you please e-mail us the receipt for our payment?", "Please send us a receipt."],
)
def test_a_receipt_asked_for_is_a_copy_request(body):
    assert _read(body).category == "copy_request"


# --- a supplier questionnaire with a return date: no payment promised --------------------------

SUPPLIER_QUALIFICATION = [
    "Nell'ambito della revisione del nostro albo fornitori Le chiediamo di compilare e ritornarci "
    "entro il 31 luglio il questionario di qualifica fornitori allegato (attestazione di "
    "pagamento dei contributi AVS).",
    "Dans le cadre du référencement fournisseurs, merci de nous retourner d'ici le 31 juillet le "
    "questionnaire fournisseur ci-joint (attestation de paiement des cotisations).",
    "Im Rahmen der Lieferantenqualifikation bitten wir Sie, den beiliegenden Lieferantenfragebogen "
    "bis 31. Juli ausgefüllt zurückzusenden (inkl. Bestätigung der Zahlung der AHV-Beiträge).",
    "As part of our supplier qualification, please return the attached supplier questionnaire by "
    "31 July (including proof of payment of social contributions).",
]


@pytest.mark.parametrize("body", SUPPLIER_QUALIFICATION)
def test_a_supplier_questionnaire_with_a_return_date_is_other(body):
    reading = _read(body)
    assert reading.category == "other", reading.evidence
    assert reading.promised_date is None


@pytest.mark.parametrize(
    "body",
    [
        "La fattura sarà pagata entro il 31 luglio. Vi chiediamo inoltre di ritornarci il "
        "questionario di qualifica fornitori.",
        "We will pay the invoice on 31 July. Please also return the attached supplier questionnaire.",
    ],
)
def test_a_promise_beside_the_questionnaire_stays_a_promise(body):
    assert _read(body).category == "payment_promise"


# --- a line question asked for the customer's books, nothing doubted: a question ---------------

QUESTION_FOR_THE_BOOKS = [
    "Merci, le travail est superbe. Juste une question : la ligne « éco-participation » de 12,00 "
    "€, à quoi correspond-elle exactement ? Mon expert-comptable me la demande pour classer la "
    "dépense.",
    "Grazie per la fattura. Potreste spiegarci a cosa si riferisce la voce spese di trasferta? Ce "
    "lo chiede il nostro fiduciario.",
    "Thanks for the invoice. Could you explain what the travel costs line covers? Our accountant "
    "asks.",
    "Danke für die Rechnung. Können Sie mir erklären, was die Position Kleinmaterial umfasst? "
    "Unsere Treuhänderin fragt.",
]


@pytest.mark.parametrize("body", QUESTION_FOR_THE_BOOKS)
def test_a_line_question_for_the_books_does_not_pause(body):
    reading = _read(body)
    assert reading.category == "other", reading.evidence
    assert reading.pause_dunning is False


@pytest.mark.parametrize(
    "body",
    [
        "Juste une question : la ligne « échantillons » de 45 €, à quoi correspond-elle ? Nous "
        "n'avons jamais demandé d'échantillons.",
        "Could you explain what the travel costs line covers? Our accountant says it was never "
        "agreed.",
        "Potreste spiegarci a cosa si riferisce la voce spese di trasferta?",
    ],
)
def test_a_line_question_with_a_doubt_or_alone_stays_a_hidden_dispute(body):
    assert _read(body).category == "contestation"


# --- hours at a named rate: hours x rate disputed ----------------------------------------------

HOURS_AT_A_NAMED_RATE = [
    "Die zusätzlichen 6 Stunden zum Nachttarif von CHF 145.00 können wir nicht nachvollziehen.",
    "Nous contestons les 6 heures supplémentaires au tarif de nuit de CHF 145.00.",
    "We dispute the additional 6 hours at the night rate of CHF 145.00.",
    "Contestiamo le 6 ore supplementari alla tariffa notturna di CHF 145.00.",
]


@pytest.mark.parametrize("body", HOURS_AT_A_NAMED_RATE)
def test_hours_at_a_named_rate_dispute_hours_times_rate(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.disputed_amount == Decimal("870.00")


def test_a_rate_alone_without_hours_is_no_product():
    reading = _read("Nous contestons le tarif de nuit de CHF 145.00, le devis disait CHF 120.00.")
    assert reading.disputed_amount != Decimal("870.00")


# --- the invoice at the legal department for approval: no threat -------------------------------

LEGAL_FOR_APPROVAL = [
    "Danke, die Rechnung liegt zur Visierung bei unserer Rechtsabteilung.",
    "Grazie, la fattura è stata trasmessa al nostro ufficio legale per il visto.",
    "Thanks, the invoice went to our legal department for sign-off.",
    "Merci, la facture est transmise à notre service juridique pour validation.",
]


@pytest.mark.parametrize("body", LEGAL_FOR_APPROVAL)
def test_the_legal_department_approving_the_invoice_is_no_threat(body):
    reading = _read(body)
    assert reading.pause_dunning is False, reading.evidence
    assert reading.urgency <= 2


@pytest.mark.parametrize(
    "body",
    [
        "Notre service juridique a été saisi et vous contactera au sujet de cette facture.",
        "Our legal department will contact you about this invoice.",
        "Unsere Rechtsabteilung prüft Ihre Rechnung, die wir so nicht akzeptieren.",
        "Il nostro ufficio legale vi contatterà per questa fattura.",
    ],
)
def test_the_legal_department_against_the_invoice_still_disputes(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.urgency == 5


# --- a company name that changes for the invoices to come: nothing wrong now -------------------

NAME_CHANGES_LATER = [
    "Grazie. Solo per informazione: da luglio la nostra ragione sociale cambia, vi preghiamo di "
    "tenerne conto per le prossime fatture.",
    "Danke. Nur zur Info: ab Juli ändert unser Firmenname, bitte berücksichtigen Sie dies für "
    "künftige Rechnungen.",
    "Merci. Pour information, notre raison sociale change en juillet, merci d'en tenir compte "
    "pour les prochaines factures.",
    "Thanks. Our company name changes in July; please use it on future invoices.",
]


@pytest.mark.parametrize("body", NAME_CHANGES_LATER)
def test_a_name_change_for_future_invoices_does_not_pause(body):
    reading = _read(body)
    assert reading.pause_dunning is False, reading.evidence


@pytest.mark.parametrize(
    "body",
    [
        "La ragione sociale su questa fattura è sbagliata, vi preghiamo di correggerla e di usare "
        "quella giusta per le prossime fatture.",
        "The company name on this invoice is wrong, please correct it and use the new one on "
        "future invoices.",
        "Future invoices must show our PO number; this one lacks it, please reissue.",
    ],
)
def test_a_defect_of_this_invoice_beside_the_future_ones_stays_an_error(body):
    reading = _read(body)
    assert reading.category == "invoice_error", reading.evidence
    assert reading.pause_dunning is True


# --- "bezahlt" as a present-tense verb with its object: no payment made ------------------------

PAYS_LATER_PRESENT = [
    "Unser Kassier ist bis 20. Juni in den Ferien und bezahlt die Rechnung danach.",
    "Notre trésorier est en vacances et paie la facture à son retour.",
    "Il cassiere è in ferie e paga la fattura al rientro.",
    "Our treasurer is away and pays the invoice when he is back.",
]


@pytest.mark.parametrize("body", PAYS_LATER_PRESENT)
def test_a_payment_to_come_in_the_present_tense_is_not_paid(body):
    reading = _read(body)
    assert reading.category != "already_paid", reading.evidence
    assert reading.pause_dunning is False


@pytest.mark.parametrize(
    "body",
    [
        "Die Rechnung ist geprüft und bezahlt.",
        "Die Rechnung wurde am 3. Juni bezahlt.",
        "Sie wurde bezahlt, die Bestätigung liegt bei.",
    ],
)
def test_a_german_passive_payment_stays_paid(body):
    assert _read(body).category == "already_paid"


# --- a colleague has paid: already paid ---------------------------------------------------------

COLLEAGUE_PAID = [
    "Our treasurer is back and has paid the invoice.",
    "Il cassiere è rientrato e ha pagato la fattura.",
    "Notre trésorier est rentré et a payé la facture.",
    "Unser Kassier ist zurück und hat die Rechnung bezahlt.",
]


@pytest.mark.parametrize("body", COLLEAGUE_PAID)
def test_a_colleague_has_paid_is_already_paid(body):
    reading = _read(body)
    assert reading.category == "already_paid", reading.evidence
    assert reading.pause_dunning is True


@pytest.mark.parametrize(
    "body",
    [
        "If our accountant has paid the invoice, please let us know.",
        "Our treasurer has not paid the invoice yet, he will next week.",
        "Se il cassiere ha pagato la fattura, fatecelo sapere.",
        "Il cassiere non ha ancora pagato la fattura, lo farà la settimana prossima.",
    ],
)
def test_a_colleague_paid_if_or_not_yet_is_not_paid(body):
    assert _read(body).pause_dunning is False
