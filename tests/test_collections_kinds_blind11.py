# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# ruff: noqa: RUF001  (Swiss amounts end in an en dash)
"""Kinds of replies found when the thirteenth and fourteenth writers' sets (tests/data/
disputes_blind11: formal legal, procurement and shared-service-centre correspondence;
disputes_blind12: office staff of small formal organisations) became development data: mostly
false pauses. The rules alone are tested (``use_model=False``). Synthetic texts only; the
e-mails are dated Tuesday 10 June 2025."""

from datetime import date
from decimal import Decimal

import pytest

from fincycle.collections import ThreadContext, read_reply
from fincycle.testing.replies import reply_email

CONTEXT = ThreadContext(
    invoice_number="FX-25-0311", amount=Decimal("2480.00"), currency="CHF", stage="reminder_1"
)


def _read(body, context=CONTEXT):
    mail = reply_email(
        body,
        invoice="FX-25-0311",
        subject="Re: Facture {invoice}",
        sender="Service financier <finances@office.example>",
        company="Fournisseur SA <compta@fournisseur.example>",
    )
    return read_reply(mail, context, use_model=False)


# --- rules for the invoices to come, with a new invoicing address: no defect of this one --------

FUTURE_RULES = [
    "Please send all future invoices to our new central mailbox invoices@client.example. Each "
    "invoice must show the purchase order number. Invoices sent to the former address after "
    "30 September 2025 will be returned unprocessed.",
    "Merci d'adresser désormais toutes vos factures à factures@client.example. Chaque facture "
    "doit mentionner le numéro de commande. Les factures envoyées à l'ancienne adresse après le "
    "30 septembre seront retournées.",
    "Bitte senden Sie künftig alle Rechnungen an rechnungen@kunde.example. Jede Rechnung muss "
    "die Bestellnummer enthalten. Rechnungen an die alte Adresse werden nach dem 30. September "
    "zurückgewiesen.",
    "Vi preghiamo di inviare in futuro le fatture a fatture@cliente.example. Ogni fattura deve "
    "riportare il numero d'ordine. Le fatture inviate al vecchio indirizzo dopo il 30 settembre "
    "verranno respinte.",
]


@pytest.mark.parametrize("body", FUTURE_RULES)
def test_rules_for_future_invoices_are_no_invoice_error(body):
    reading = _read(body)
    assert reading.category == "copy_request", reading.evidence
    assert reading.pause_dunning is False


def test_this_invoice_lacking_the_po_is_still_an_error():
    reading = _read(
        "Your invoice FX-25-0311 does not show our purchase order number; please reissue it "
        "with PO 4500012874."
    )
    assert reading.category == "invoice_error", reading.evidence
    assert reading.pause_dunning is True


# --- "le bon à payer", the habit of a monthly payment run: no payment made -----------------------

PAYMENT_HABIT = [
    (
        "La facture a reçu le bon à payer de la direction le 2 juin. Les règlements fournisseurs "
        "sont effectués une fois par mois ; elle sera payée le 25 juin.",
        date(2025, 6, 25),
    ),
    (
        "Die Rechnung ist visiert. Unsere Zahlungen werden jeweils monatlich ausgeführt; sie wird "
        "am 25. Juni überwiesen.",
        date(2025, 6, 25),
    ),
    (
        "Supplier payments are made once a month; your invoice will be paid on 25 June.",
        date(2025, 6, 25),
    ),
    (
        "I pagamenti vengono effettuati una volta al mese: la fattura sarà pagata il 25 giugno.",
        date(2025, 6, 25),
    ),
]


@pytest.mark.parametrize(("body", "day"), PAYMENT_HABIT)
def test_payment_habit_is_a_promise(body, day):
    reading = _read(body)
    assert reading.category == "payment_promise", reading.evidence
    assert reading.pause_dunning is False
    assert reading.promised_date == day


PAID_NOT_HABIT = [
    "Nous avons payé cette facture le 2 juin par virement.",
    "Le règlement a été effectué le 2 juin.",
    "Wir haben die Rechnung am 2. Juni bezahlt.",
    "The payment was made on 2 June.",
]


@pytest.mark.parametrize("body", PAID_NOT_HABIT)
def test_a_dated_payment_is_still_paid(body):
    reading = _read(body)
    assert reading.category == "already_paid", reading.evidence
    assert reading.pause_dunning is True


# --- a dispute denied in so many words: "this is not a complaint", "non costituisce una
# contestazione" ----------------------------------------------------------------------------------

DENIED = [
    "Could you tell me what the line 'small material 5 %' covers? This is not a complaint, I just "
    "need it for our bookings.",
    "Pourriez-vous me dire ce que couvre la ligne « petit matériel 5 % » ? Ce n'est pas une "
    "réclamation, j'en ai seulement besoin pour notre comptabilité.",
    "Können Sie mir sagen, was die Position «Kleinmaterial 5 %» umfasst? Das ist keine "
    "Reklamation, ich brauche es nur für unsere Buchhaltung.",
    "Potrebbe dirmi che cosa comprende la voce «piccolo materiale 5 %»? Non si tratta di un "
    "reclamo, mi serve solo per la contabilità.",
    "Vi preghiamo di confermare al revisore il saldo al 31 maggio (secondo i nostri dati la "
    "fattura FX-25-0311, non ancora scaduta). La presente richiesta non costituisce un "
    "riconoscimento di debito né una contestazione di alcuna posizione.",
    "Merci de confirmer le solde au 31 mai à notre réviseur. La présente demande ne constitue ni "
    "une reconnaissance de dette ni une contestation.",
    "Please confirm the balance at 31 May to our auditors. This request does not constitute an "
    "acknowledgement of debt or a dispute of any item.",
]


@pytest.mark.parametrize("body", DENIED)
def test_dispute_denied_in_so_many_words_does_not_pause(body):
    reading = _read(body)
    assert reading.category not in ("contestation", "invoice_error", "already_paid"), (
        reading.evidence
    )
    assert reading.pause_dunning is False


DENIED_BUT = [
    "This is not a complaint about your fitter, but the invoice charges 5 hours where he worked 3.",
    "Ce n'est pas une critique de votre technicien, mais la facture compte 5 heures au lieu de 3.",
    "Das ist keine Kritik an Ihrem Monteur, aber Sie haben 5 statt 3 Stunden verrechnet.",
]


@pytest.mark.parametrize("body", DENIED_BUT)
def test_a_denial_followed_by_but_still_disputes(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


def test_not_yet_due_is_no_unnamed_dispute_but_not_correct_is():
    assert (
        _read("Secondo i nostri dati è aperta la fattura FX-25-0311, non ancora scaduta.").category
        == "other"
    )
    assert _read("La fattura FX-25-0311 non è corretta.").category == "contestation"


# --- a statement of the open invoices "in our name" asked for: a copy, no wrong name -------------

STATEMENT = [
    "L'original ne nous est jamais parvenu. Merci de nous faire parvenir un duplicata de la "
    "facture FX-25-0311 et un relevé de compte de toutes les factures ouvertes au nom de notre "
    "direction.",
    "We never received the original. Please send us a copy of invoice FX-25-0311 and a statement "
    "of account of all open invoices in the name of our department.",
    "Das Original ist nie bei uns eingetroffen. Bitte senden Sie uns eine Kopie der Rechnung "
    "FX-25-0311 und einen Kontoauszug aller offenen Rechnungen auf den Namen unserer Abteilung.",
    "L'originale non ci è mai pervenuto. Vi preghiamo di inviarci una copia della fattura "
    "FX-25-0311 e un estratto conto di tutte le fatture aperte intestate al nostro servizio.",
]


@pytest.mark.parametrize("body", STATEMENT)
def test_statement_in_our_name_is_a_copy_request(body):
    reading = _read(body)
    assert reading.category == "copy_request", reading.evidence
    assert reading.pause_dunning is False


def test_invoice_in_the_wrong_name_is_still_an_error():
    reading = _read(
        "La facture FX-25-0311 est établie au nom de notre ancienne société : merci de la "
        "refaire au nom de Client Holding SA."
    )
    assert reading.category == "invoice_error", reading.evidence
    assert reading.pause_dunning is True


# --- a doubt withdrawn in the same mail ------------------------------------------------------------

WITHDRAWN = [
    "Je ne retrouvais pas de bon de commande pour cette facture et j'allais vous demander de "
    "quoi il s'agissait, mais c'est bon, je viens de retrouver le devis signé. Je transmets la "
    "facture pour paiement.",
    "I could not find a purchase order for this invoice and was going to ask what it was for, "
    "but never mind, I found the signed quote. I have passed the invoice on for payment.",
    "Ich konnte keine Bestellnummer zu dieser Rechnung finden und wollte schon nachfragen, aber "
    "hat sich erledigt, ich habe die unterschriebene Offerte gefunden. Ich habe die Rechnung zur "
    "Zahlung weitergeleitet.",
    "Non trovavo il numero d'ordine per questa fattura e stavo per chiedervi di cosa si "
    "trattasse, ma ho appena ritrovato il preventivo firmato. Ho inoltrato la fattura per il "
    "pagamento.",
]


@pytest.mark.parametrize("body", WITHDRAWN)
def test_doubt_withdrawn_in_the_same_mail_does_not_pause(body):
    reading = _read(body)
    assert reading.pause_dunning is False, reading.evidence
    assert reading.category not in ("contestation", "invoice_error"), reading.evidence


def test_a_doubt_not_withdrawn_still_pauses():
    reading = _read(
        "Je ne retrouve pas de bon de commande pour cette facture. Mais c'est bon de vous le "
        "dire : nous n'avons jamais commandé ces travaux et ne paierons pas cette facture."
    )
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


# --- "zwischen die Post geraten" is no instalment ("Raten"); an absence's end is no payment date ---


def test_geraten_is_no_instalment():
    reading = _read(
        "Ihre Rechnung ist bei uns zwischen die Weihnachtspost geraten und liegen geblieben. Ich "
        "habe die Zahlung soeben erfasst, sie wird am Freitag, 13. Juni, ausgeführt."
    )
    assert reading.category == "payment_promise", reading.evidence
    assert reading.pause_dunning is False
    assert reading.promised_date == date(2025, 6, 13)


def test_monthly_instalments_still_ask_for_time():
    reading = _read("Wir möchten die Rechnung in drei Monatsraten bezahlen, die erste am 30. Juni.")
    assert reading.category == "delay_request", reading.evidence
    assert reading.promised_date == date(2025, 6, 30)


ABSENCE = [
    "Il nostro cassiere è in vacanza all'estero fino a metà luglio ed è l'unico che può firmare i "
    "pagamenti. Vi chiediamo un po' di pazienza: appena sarà rientrato provvederà al pagamento.",
    "Notre trésorier est en vacances jusqu'au 15 juillet et lui seul peut signer les paiements. "
    "Merci de patienter un peu : il réglera la facture à son retour.",
    "Unser Kassier ist bis am 15. Juli in den Ferien und nur er kann Zahlungen visieren. Wir bitten "
    "Sie um etwas Geduld, er wird die Rechnung nach seiner Rückkehr begleichen.",
    "Our treasurer is on holiday until 15 July and is the only one who can sign payments. Please "
    "bear with us, he will pay the invoice when he is back.",
]


@pytest.mark.parametrize("body", ABSENCE)
def test_end_of_an_absence_is_no_payment_date(body):
    reading = _read(body)
    assert reading.promised_date is None, reading.evidence
    assert reading.pause_dunning is False


def test_a_payment_date_after_an_absence_still_counts():
    reading = _read(
        "Notre trésorier est en vacances jusqu'au 15 juillet ; nous vous demandons un délai et "
        "réglerons la facture le 20 juillet."
    )
    assert reading.promised_date == date(2025, 7, 20), reading.evidence


# --- formal French: another legal entity, a new invoice asked; paid "intégralement" ------------


def test_invoice_made_out_to_another_legal_entity_is_an_invoice_error():
    reading = _read(
        "Cette facture est établie au nom d'une autre entité juridique que la partie "
        "contractante. Le montant ne pose aucun problème. Nous vous saurions gré de l'annuler par "
        "une note de crédit et d'émettre une nouvelle facture au nom de notre filiale."
    )
    assert reading.category == "invoice_error", reading.evidence
    assert reading.pause_dunning is True


def test_credit_note_for_a_price_is_still_a_contestation():
    reading = _read(
        "Le prix facturé ne correspond pas au devis : merci de nous adresser une note de crédit "
        "de CHF 300."
    )
    assert reading.category == "contestation", reading.evidence


def test_paid_in_full_and_promised_in_full():
    paid = _read("Cette facture a été intégralement réglée par virement le 2 juin.")
    assert paid.category == "already_paid", paid.evidence
    promised = _read("Cette facture sera intégralement réglée le 30 juin.")
    assert promised.category == "payment_promise", promised.evidence
    assert promised.pause_dunning is False


# --- the usual channel confirmed ("continuer à les déposer"), a change of bank details to verify ---

KEEP_ON = [
    "Nous accusons réception de votre facture. Pour les prochaines factures, nous vous remercions "
    "de continuer à les déposer sur le portail Chorus Pro.",
    "Wir bestätigen den Eingang Ihrer Rechnung. Bitte laden Sie künftige Rechnungen weiterhin wie "
    "bisher auf unser Lieferantenportal hoch.",
    "We acknowledge receipt of your invoice. Please continue to upload future invoices to our "
    "supplier portal as before.",
    "Confermiamo la ricezione della fattura. Per le prossime fatture vi preghiamo di continuare a "
    "caricarle sul nostro portale come finora.",
]


@pytest.mark.parametrize("body", KEEP_ON)
def test_usual_channel_confirmed_is_no_copy_request(body):
    reading = _read(body)
    assert reading.category == "acknowledgement", reading.evidence
    assert reading.pause_dunning is False


def test_future_invoices_to_a_new_portal_still_ask():
    reading = _read(
        "Merci de déposer désormais vos prochaines factures sur le portail Chorus Pro et non plus "
        "par e-mail."
    )
    assert reading.category == "copy_request", reading.evidence


BANK_CHANGE = [
    "Nous avons bien reçu votre facture. Nous avons aussi reçu une lettre nous informant d'un "
    "changement de vos coordonnées bancaires et nous demandant d'effectuer désormais nos "
    "règlements sur un autre compte. Conformément à notre procédure de prévention de la fraude au "
    "faux fournisseur, pourriez-vous nous confirmer par téléphone que ce courrier émane bien de "
    "votre société ?",
    "We have received your invoice, and also a letter announcing a change of your bank details "
    "and asking us to make payments to a new account from now on. As part of our invoice fraud "
    "prevention, could you confirm by phone that this letter comes from you?",
    "Wir haben Ihre Rechnung erhalten, dazu ein Schreiben über eine Änderung Ihrer "
    "Bankverbindung, wonach wir künftig auf ein neues Konto zahlen sollen. Zum Schutz vor "
    "Rechnungsbetrug bitten wir Sie, uns telefonisch zu bestätigen, dass das Schreiben von "
    "Ihnen stammt.",
]


@pytest.mark.parametrize("body", BANK_CHANGE)
def test_bank_details_change_to_verify_is_no_copy_request_nor_dispute(body):
    reading = _read(body)
    assert reading.category == "other", reading.evidence
    assert reading.pause_dunning is False


def test_wrong_bank_details_on_the_invoice_are_still_an_error():
    reading = _read("The IBAN on your invoice is wrong; please reissue it with the correct one.")
    assert reading.category == "invoice_error", reading.evidence


# --- a dated promise with an address for the future: the promise is the answer -----------------

PROMISE_AND_FUTURE_ADDRESS = [
    "Il pagamento verrà eseguito entro la fine del mese corrente. Vi preghiamo di voler "
    "indirizzare in futuro la corrispondenza contabile direttamente al nostro studio.",
    "Le paiement sera effectué d'ici la fin du mois. Merci d'adresser désormais votre "
    "correspondance comptable directement à notre fiduciaire.",
    "Die Zahlung erfolgt bis Ende Monat. Bitte richten Sie Ihre Korrespondenz künftig direkt an "
    "unser Treuhandbüro.",
    "Payment will be made by the end of this month. In future, please address your accounting "
    "correspondence directly to our office.",
]


@pytest.mark.parametrize("body", PROMISE_AND_FUTURE_ADDRESS)
def test_dated_promise_with_a_future_address_is_a_promise(body):
    reading = _read(body)
    assert reading.category == "payment_promise", reading.evidence
    assert reading.promised_date == date(2025, 6, 30)
    assert reading.pause_dunning is False


def test_a_copy_of_now_with_the_future_address_is_still_a_copy_request():
    reading = _read(
        "Could you resend a copy of the invoice? In future, please send invoices to "
        "ap@client.example. Payment will be made by the end of this month."
    )
    assert reading.category == "copy_request", reading.evidence


# --- the polite conditional asks ("Le chiederei la cortesia di spedirci l'originale") -------------

CONDITIONAL_ASK = [
    "Grazie della fattura. Le chiederei la cortesia di spedirci anche l'originale cartaceo per "
    "posta: il revisore vuole gli originali.",
    "Merci pour la facture. Je vous demanderais de nous envoyer aussi l'original papier par la "
    "poste : notre réviseur exige les originaux.",
    "Danke für die Rechnung. Ich würde Sie bitten, uns auch das Original per Post zu schicken: "
    "unser Revisor verlangt die Originale.",
    "Thank you for the invoice. I would ask you to send us the paper original by post as well: "
    "our auditor wants the originals.",
]


@pytest.mark.parametrize("body", CONDITIONAL_ASK)
def test_polite_conditional_asks_for_a_copy(body):
    reading = _read(body)
    assert reading.category == "copy_request", reading.evidence
    assert reading.pause_dunning is False


def test_thanks_for_the_original_asks_nothing():
    reading = _read("Merci pour la facture, l'original papier nous est bien parvenu par la poste.")
    assert reading.category == "acknowledgement", reading.evidence


# --- a contract's end, a boiler "installé en 2009": no payment promised ---------------------------

CONTRACT_ENDS = [
    "Bien reçu votre facture, merci. Nous reprenons au 1er juillet la gérance d'un immeuble "
    "(chauffage installé en 2009) dont le contrat d'entretien arrive à échéance. Seriez-vous "
    "intéressés à nous faire une offre pour l'entretien annuel ?",
    "Thanks, invoice received. From 1 July we manage another building (boiler installed in 2009) "
    "whose maintenance contract expires. Would you be interested in sending us a quote for the "
    "annual maintenance?",
    "Danke, Rechnung erhalten. Ab 1. Juli verwalten wir eine weitere Liegenschaft (Heizung 2009 "
    "installiert), deren Wartungsvertrag ausläuft. Hätten Sie Interesse, uns eine Offerte für "
    "die jährliche Wartung zu machen?",
]


@pytest.mark.parametrize("body", CONTRACT_ENDS)
def test_contract_end_and_installation_promise_nothing(body):
    reading = _read(body)
    assert reading.category == "other", reading.evidence
    assert reading.promised_date is None


def test_instalments_still_count():
    reading = _read("We will pay in two instalments, on 30 June and on 31 July.")
    assert reading.promised_date == date(2025, 6, 30), reading.evidence


# --- the same work billed before on another invoice, which was paid: a duplicate ---------------

BILLED_BEFORE = [
    "Genau diese Leistung haben Sie uns schon mit der Rechnung FX-25-0290 vom 30. April "
    "verrechnet, und die haben wir am 14. Mai bezahlt. Bitte stornieren Sie die FX-25-0311.",
    "Vous nous avez déjà facturé exactement cette prestation avec la facture FX-25-0290 du 30 "
    "avril, que nous avons payée le 14 mai. Merci d'annuler la FX-25-0311.",
    "You already billed us for exactly this work on invoice FX-25-0290 of 30 April, which we "
    "paid on 14 May. Please cancel FX-25-0311.",
    "Ci avete già fatturato esattamente questa prestazione con la fattura FX-25-0290 del 30 "
    "aprile, che abbiamo pagato il 14 maggio. Vi preghiamo di annullare la FX-25-0311.",
]


@pytest.mark.parametrize("body", BILLED_BEFORE)
def test_work_billed_before_on_another_invoice_is_a_duplicate(body):
    reading = _read(body)
    assert reading.category == "invoice_error", reading.evidence
    assert reading.pause_dunning is True


def test_this_invoice_paid_is_still_already_paid():
    reading = _read("Wir haben die Rechnung FX-25-0311 bereits am 14. Mai bezahlt.")
    assert reading.category == "already_paid", reading.evidence


# --- a payment date put to the company for its consent; "not in our budget" --------------------

DATE_PUT = [
    "Ausgaben über CHF 1'500.– muss der Stiftungsrat genehmigen, und die Website war im Budget "
    "nicht vorgesehen. Ich könnte die Zahlung nach der Sitzung bis am 23. Juni auslösen. Wäre "
    "das für Sie in Ordnung?",
    "Les dépenses de ce montant doivent être approuvées par le conseil, et ce site n'était pas "
    "prévu dans notre budget. Je pourrais effectuer le paiement le 23 juin. Cela vous "
    "convient-il ?",
    "Spending of this size needs the board's approval and the website was not foreseen in our "
    "budget. I could release the payment on 23 June. Would that be all right?",
    "Spese di questo importo devono essere approvate dal consiglio. Potrei effettuare il "
    "pagamento il 23 giugno. Le andrebbe bene?",
]


@pytest.mark.parametrize("body", DATE_PUT)
def test_payment_date_put_for_consent_asks_for_time(body):
    reading = _read(body)
    assert reading.category == "delay_request", reading.evidence
    assert reading.promised_date == date(2025, 6, 23)
    assert reading.pause_dunning is True


def test_a_plain_promise_with_thanks_is_no_delay_request():
    reading = _read("Nous paierons la facture le 23 juin. Merci de votre compréhension.")
    assert reading.category == "payment_promise", reading.evidence
    assert reading.pause_dunning is False


def test_not_foreseen_in_the_quote_is_still_contested():
    reading = _read("Dieser Posten war in Ihrer Offerte nicht vorgesehen, wir bezahlen ihn nicht.")
    assert reading.category == "contestation", reading.evidence


# --- a question about a line after a dispute denied; more denials and withdrawals ----------------

QUESTION_AFTER_DENIAL = [
    "Ce n'est en aucun cas une contestation, mais pourriez-vous m'indiquer à quoi correspond le "
    "forfait déplacement ? C'est pour notre comptabilité analytique.",
    "Keine Reklamation, nur eine Frage: Wofür steht die Pauschale von CHF 41.30? Ich brauche das "
    "für die Verbuchung.",
    "Non è una contestazione: potrebbe spiegarmi a cosa corrisponde la voce «forfait materiale»? "
    "Mi serve per la contabilità.",
    "This is not a dispute: could you explain the line 'small material'? I need it for our cost "
    "accounting.",
]


@pytest.mark.parametrize("body", QUESTION_AFTER_DENIAL)
def test_line_question_after_a_denial_is_a_question(body):
    reading = _read(body)
    assert reading.category == "other", reading.evidence
    assert reading.pause_dunning is False


def test_a_denial_then_but_why_still_disputes():
    reading = _read(
        "Keine Reklamation am Monteur, aber wofür steht die Pauschale? Sie war nie vereinbart."
    )
    assert reading.category == "contestation", reading.evidence


MORE_WITHDRAWN = [
    "J'allais vous écrire au sujet du déplacement facturé, mais je viens de voir qu'il figurait "
    "dans le devis. Tout est en ordre, je transmets pour paiement.",
    "Stavo per chiedervi della trasferta fatturata, ma ho visto ora che era nel preventivo. "
    "Tutto a posto, la passo al pagamento.",
    "I was about to query the travel charge, but I've just seen it was agreed in the quote. All "
    "fine, the invoice goes to payment.",
]


@pytest.mark.parametrize("body", MORE_WITHDRAWN)
def test_more_doubts_withdrawn(body):
    reading = _read(body)
    assert reading.pause_dunning is False, reading.evidence


RETURNS = [
    "Un po' di pazienza, per favore: la segretaria rientra la prossima settimana e pagherà subito.",
    "Merci de patienter encore un peu, notre trésorière est absente jusqu'à la fin du mois et "
    "réglera à son retour.",
]


@pytest.mark.parametrize("body", RETURNS)
def test_a_return_is_no_payment_date(body):
    reading = _read(body)
    assert reading.promised_date is None, reading.evidence
    assert reading.pause_dunning is False


def test_a_payment_after_the_holidays_keeps_its_date():
    reading = _read("Nous réglerons la facture après les vacances, le 30 juin.")
    assert reading.promised_date == date(2025, 6, 30), reading.evidence


# --- a standing rule recalled beside an invoice in process; a doubt cleared after checking --------

RULE_RECALLED = [
    "Thank you for your invoice, which has been received and will be processed under our usual "
    "payment terms. Please note that each invoice must show our PO number.",
    "Merci pour votre facture, qui sera traitée selon nos conditions habituelles. Pour rappel, "
    "chaque facture doit mentionner notre numéro de commande.",
    "Grazie per la fattura, che verrà trattata secondo i nostri termini abituali. Vi ricordiamo "
    "che ogni fattura deve riportare il nostro numero d'ordine.",
]


@pytest.mark.parametrize("body", RULE_RECALLED)
def test_standing_rule_recalled_beside_an_invoice_in_process_is_no_error(body):
    reading = _read(body)
    assert reading.category == "acknowledgement", reading.evidence
    assert reading.pause_dunning is False


def test_a_rule_this_invoice_breaks_is_still_an_error():
    reading = _read(
        "Each invoice must show our PO number; yours does not. Please reissue it with PO 4711."
    )
    assert reading.category == "invoice_error", reading.evidence


CLEARED = [
    "Je pensais d'abord qu'il y avait une erreur sur la facture, mais après vérification tout "
    "est correct. Le paiement suivra.",
    "Ich wollte eigentlich reklamieren, weil ich die Position «Anfahrt» nicht verstanden habe, "
    "aber mein Kollege hat es mir erklärt. Alles gut, wir bezahlen.",
    "All'inizio pensavo ci fosse un errore nella fattura, ma dopo verifica è tutto corretto.",
]


@pytest.mark.parametrize("body", CLEARED)
def test_doubt_cleared_after_checking_does_not_pause(body):
    reading = _read(body)
    assert reading.pause_dunning is False, reading.evidence


# --- an agreed discount withheld pending a credit note; a formal reservation ---------------------

WITHHELD_DISCOUNT = [
    "Nous retenons le montant de l'escompte de 2 % convenu jusqu'à réception de la note de "
    "crédit correspondante.",
    "We are withholding the agreed 2% discount, CHF 49.60, pending receipt of the corresponding "
    "credit note.",
    "Wir behalten das vereinbarte Skonto von 2 % bis zum Erhalt der entsprechenden Gutschrift ein.",
]


@pytest.mark.parametrize("body", WITHHELD_DISCOUNT)
def test_discount_withheld_pending_a_credit_note_is_contested(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


def test_discount_question_is_still_no_dispute():
    reading = _read("Pouvons-nous déduire un escompte de 2 % si nous payons dans les 10 jours ?")
    assert reading.pause_dunning is False, reading.evidence


def test_reservation_of_no_acknowledgement_is_no_contest():
    reading = _read(
        "Dans le cadre de l'audit, merci de confirmer directement à nos commissaires aux comptes "
        "le solde au 31 décembre 2024. Cette demande ne vaut pas reconnaissance de dette."
    )
    assert reading.category == "other", reading.evidence
    assert _read("Ce travail ne vaut pas le prix facturé.").category == "contestation"


# --- "me prie de vous demander une copie" asks; "weitergeleitet wurde und beglichen wird" promises --


def test_lawyer_asking_for_documents_is_a_copy_request():
    reading = _read(
        "Ma mandante me prie de vous demander une copie du contrat et du décompte des heures "
        "avant de se déterminer sur votre facture."
    )
    assert reading.category == "copy_request", reading.evidence
    assert reading.pause_dunning is False


def test_forwarded_and_to_be_settled_is_no_payment():
    reading = _read(
        "Wir bestätigen Ihnen, dass Ihre Rechnung an unsere Buchhaltung weitergeleitet wurde und "
        "fristgerecht beglichen wird."
    )
    assert reading.pause_dunning is False, reading.evidence
    paid = _read("Ihre Rechnung wurde am 2. Juni beglichen.")
    assert paid.category == "already_paid", paid.evidence


# --- an out-of-office's standing rule for all invoices; work not done yet -------------------------

OUT_OF_OFFICE_RULE = [
    "Je suis absente du bureau jusqu'au 5 janvier et n'ai pas accès à ma messagerie. Votre "
    "message ne sera pas transféré. Pour toute facture, merci d'indiquer le numéro de commande "
    "de la commune, faute de quoi elle ne pourra pas être traitée.",
    "Ich bin bis am 5. Januar abwesend und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht "
    "wird nicht weitergeleitet. Rechnungen ohne Bestellnummer können nicht verarbeitet werden.",
    "I am out of the office until 5 January with no access to e-mail. Your message will not be "
    "forwarded. Please note that invoices without a valid PO number cannot be processed.",
]


OUT_OF_OFFICE_RULE += [
    "Je suis absente du bureau jusqu'au 5 janvier. Pour toute facture, merci d'indiquer le "
    "numéro de commande de la commune.",
    "Ich bin bis am 5. Januar abwesend. Rechnungen ohne Bestellnummer können nicht verarbeitet "
    "werden.",
    "Sono assente fino al 7 gennaio. Si ricorda che tutte le fatture devono riportare il numero "
    "d'ordine del Comune.",
]


@pytest.mark.parametrize("body", OUT_OF_OFFICE_RULE)
def test_out_of_office_with_a_rule_for_all_invoices_is_an_auto_reply(body):
    reading = _read(body)
    assert reading.category == "auto_reply", reading.evidence
    assert reading.pause_dunning is False


def test_a_rule_with_this_invoice_lacking_it_is_an_error():
    reading = _read(
        "Invoices without a valid PO number cannot be processed; yours has none. Please reissue "
        "it with PO 4711."
    )
    assert reading.category == "invoice_error", reading.evidence


NOT_DONE_YET = [
    "The curtains have not been fitted yet, so we will pay the invoice once the work is done.",
    "Le tende non sono ancora state montate, pagheremo la fattura a lavoro finito.",
]


@pytest.mark.parametrize("body", NOT_DONE_YET)
def test_work_not_done_yet_is_contested(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


def test_payment_not_made_yet_is_no_contest():
    reading = _read("The transfer has not been carried out yet; it will be on 20 June.")
    assert reading.pause_dunning is False, reading.evidence


# --- a payment term stated, then the payment "will therefore be paid on" ------------------------

TERM_THEN_DATE = [
    "Our payment terms are 60 days end of month; your invoice will therefore be paid on 31 July.",
    "Nos règlements interviennent à 45 jours fin de mois ; votre facture sera donc réglée le 31 "
    "juillet.",
]


@pytest.mark.parametrize("body", TERM_THEN_DATE)
def test_will_therefore_be_paid_is_a_promise(body):
    reading = _read(body)
    assert reading.category == "payment_promise", reading.evidence
    assert reading.promised_date == date(2025, 7, 31)


def test_you_will_see_that_we_paid_is_paid():
    reading = _read("You will see that we paid on 2 June, see the attached remittance advice.")
    assert reading.category == "already_paid", reading.evidence


# --- the customer's own error ("c'est notre erreur de saisie", "per un errore interno") ---------

OWN_ERROR = [
    "La facture est tout à fait correcte ; c'est notre erreur de saisie qui a bloqué le "
    "virement. Il repartira demain.",
    "La fattura è correttissima; per un errore interno il pagamento non è partito. Lo rifacciamo "
    "domani.",
    "The invoice is fine; it was our mistake, the transfer was not released. We will redo it "
    "tomorrow.",
    "Die Rechnung ist in Ordnung, es war mein Fehler: die Zahlung wurde nicht ausgelöst. Wir "
    "holen das morgen nach.",
]


@pytest.mark.parametrize("body", OWN_ERROR)
def test_the_customers_own_error_does_not_pause(body):
    reading = _read(body)
    assert reading.pause_dunning is False, reading.evidence


def test_an_error_on_the_invoice_still_pauses():
    reading = _read("Il y a une erreur de saisie sur votre facture : 50 heures au lieu de 5.")
    assert reading.pause_dunning is True, reading.evidence


# --- "..., aber könnten Sie ...": a "but" that only turns to a question -------------------------

BUT_A_QUESTION = [
    "Das soll keine Kritik sein, aber könnten Sie mir erklären, was die Position «Kleinmaterial» "
    "umfasst? Ich brauche das für die Buchhaltung.",
    "Je ne conteste rien, je voudrais juste comprendre à quoi correspond la ligne « forfait » "
    "pour notre comptabilité.",
    "This is not a complaint, but could you tell me what the 'call-out fee' line covers? I need "
    "it for our bookkeeping.",
]


@pytest.mark.parametrize("body", BUT_A_QUESTION)
def test_but_turning_to_a_question_keeps_the_denial(body):
    reading = _read(body)
    assert reading.category == "other", reading.evidence
    assert reading.pause_dunning is False


# "sans vouloir contester ..." is a hedge that mostly leads to a complaint: no denial
HEDGE_THEN_COMPLAINT = [
    "Sans vouloir contester la qualité du travail, le montant facturé est nettement supérieur au "
    "devis de CHF 1'800.",
    "Without wishing to dispute the quality of the work, the amount charged is well above the "
    "quote of CHF 1,800.",
    "Ohne die Arbeit beanstanden zu wollen: der Betrag liegt deutlich über der Offerte von "
    "CHF 1'800.",
]


@pytest.mark.parametrize("body", HEDGE_THEN_COMPLAINT)
def test_a_hedge_before_a_complaint_still_disputes(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


CHEQUE_HANDED = [
    "J'ai remis un chèque de 480 francs à votre monteur le jour de l'intervention.",
    "I handed your fitter a cheque for CHF 480 on the day of the job.",
    "Ho consegnato un assegno di 480 franchi al vostro tecnico il giorno dell'intervento.",
]


@pytest.mark.parametrize("body", CHEQUE_HANDED)
def test_a_cheque_handed_over_is_paid(body):
    reading = _read(body)
    assert reading.category == "already_paid", reading.evidence


def test_a_cheque_to_come_is_no_payment():
    reading = _read("Je remettrai un chèque à votre monteur lors de son prochain passage.")
    assert reading.pause_dunning is False, reading.evidence
