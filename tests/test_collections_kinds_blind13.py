# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# ruff: noqa: RUF001  (Swiss amounts end in an en dash)
"""Kinds of replies found when the fifteenth to seventeenth writers' sets
(tests/data/disputes_blind13: industry and trade customers; disputes_blind14: formal Swiss and
French business letters; disputes_blind15: a real-world month of formal, business and private
customers) became development data. The rules alone are tested (``use_model=False``), or the
guard that keeps the model from overruling them. Synthetic texts only; the e-mails are dated
Tuesday 10 June 2025."""

from datetime import date
from decimal import Decimal

import pytest

from fincycle.collections import ThreadContext, read_reply
from fincycle.collections.mail import parse_mail
from fincycle.collections.replies import _Cues, _decide_dispute, _decide_request, _firm_promise
from fincycle.collections.textparse import sentences
from fincycle.testing.replies import reply_email

CONTEXT = ThreadContext(
    invoice_number="FX-25-0311", amount=Decimal("2480.00"), currency="CHF", stage="reminder_1"
)
TODAY = date(2025, 6, 10)


def _mail(body):
    return reply_email(
        body,
        invoice="FX-25-0311",
        subject="Re: Rappel facture {invoice}",
        sender="Client SA <compta@client.example>",
        company="Fournisseur SA <compta@fournisseur.example>",
    )


def _read(body):
    return read_reply(_mail(body), CONTEXT, use_model=False)


def _rules_and_cues(body):
    mail = parse_mail(_mail(body))
    cues = _Cues(mail.own_text, TODAY)
    return _decide_dispute(cues) or _decide_request(cues), cues


# --- a firm dated promise beside a grumble about something else: the model does not overrule --

FIRM_PROMISE_WITH_GRUMBLE = [
    "The invoice is approved, I'll pay it on Friday. Just so you know, the menus came back two "
    "days late and we had to print them ourselves. Not a huge drama, but please keep an eye on "
    "deadlines.",
    "Die Rechnung ist angekommen, ich überweise sie diesen Freitag. Ihr Monteur war aber ziemlich "
    "unfreundlich zu meiner Verkäuferin. Die Arbeit selber ist tiptop. Vielleicht können Sie das "
    "intern ansprechen.",
    "Je règle la facture vendredi. Votre livreur s'est garé devant notre entrée toute la matinée, "
    "merci de lui en toucher un mot.",
    "Pagheremo la fattura venerdì. Il vostro tecnico è arrivato con un'ora di ritardo, ma il "
    "lavoro è fatto bene.",
]


@pytest.mark.parametrize("body", FIRM_PROMISE_WITH_GRUMBLE)
def test_firm_dated_promise_is_kept_against_the_model(body):
    rules, cues = _rules_and_cues(body)
    assert rules.category == "payment_promise", rules.evidence
    assert _firm_promise(cues, rules)
    reading = read_reply(_mail(body), CONTEXT)  # with the model: it may not overrule
    assert reading.category == "payment_promise", reading.evidence
    assert reading.pause_dunning is False


NOT_FIRM = [
    # conditional on a corrected invoice
    "Merci de nous envoyer une facture rectifiée, que nous réglerons dès réception le 20 juin.",
    # the rest only
    "Wir überweisen den Rest diesen Freitag.",
    # a past payment run, not a promise
    "Our payment run went out on Tuesday (3 June), your invoice was in it.",
    # a dispute beside it
    "Vi pagheremo venerdì, ma le due ore in più non sono corrette e non le paghiamo.",
    # a part only
    "We'll pay on Friday, but only the 8 hours actually worked, not the 12 on the invoice.",
    "Wir zahlen am Freitag, aber nur die 8 geleisteten Stunden, nicht die 12 verrechneten.",
    "Nous paierons vendredi, mais seulement les 8 heures effectuées.",
    "Paghiamo venerdì, ma solo le 8 ore lavorate.",
]


@pytest.mark.parametrize("body", NOT_FIRM)
def test_promise_with_a_condition_or_a_dispute_is_no_firm_promise(body):
    rules, cues = _rules_and_cues(body)
    assert not _firm_promise(cues, rules), rules


# --- a dispute of before recounted, nothing to object to this invoice -------------------------

PAST_DISPUTE_PRESENT_FINE = [
    "Vous vous souvenez du différend que nous avions eu au printemps sur la facture FX-25-0102, "
    "au sujet d'appliques livrées dans une teinte non conforme ; l'avoir a clos ce dossier, et "
    "nous n'avons rien à redire sur la présente facture. Le virement sera exécuté le 20 juin.",
    "Im Frühling hatten wir eine Reklamation wegen falsch gelieferter Leuchten, die mit einer "
    "Gutschrift erledigt wurde. An der vorliegenden Rechnung haben wir nichts auszusetzen, wir "
    "überweisen sie am 20. Juni.",
    "In spring we had a complaint about lamps delivered in the wrong colour, closed with a credit "
    "note. There is nothing to object to the present invoice; we will pay it on 20 June.",
    "In primavera avevamo avuto un reclamo per lampade di colore sbagliato, chiuso con una nota "
    "di credito. Nulla da eccepire sulla presente fattura: la pagheremo il 20 giugno.",
]


@pytest.mark.parametrize("body", PAST_DISPUTE_PRESENT_FINE)
def test_past_dispute_recounted_present_invoice_fine(body):
    reading = _read(body)
    assert reading.category == "payment_promise", reading.evidence
    assert reading.pause_dunning is False


PRESENT_FINE_BUT_FEE = [
    "Nous n'avons rien à redire sur la présente facture, mais les frais de rappel de CHF 20.– "
    "nous ne les payerons pas.",
    "We have nothing to object to the present invoice, but we will not pay the CHF 20 fee.",
]


@pytest.mark.parametrize("body", PRESENT_FINE_BUT_FEE)
def test_present_invoice_fine_but_fee_refused_still_disputes(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


# --- a move told: the new address named, future invoices asked there --------------------------

MOVE_TOLD = [
    "Danke für die Rechnung, die zahlen wir wie immer fristgerecht. Wir ziehen per 1. Juli um. "
    "Unsere neue Adresse lautet: Weissensteinstrasse 48, 3008 Bern. Bitte schicken Sie künftige "
    "Rechnungen an diese Adresse.",
    "Merci pour la facture. Nous déménageons le 1er juillet. Notre nouvelle adresse est : rue du "
    "Lac 4, 1003 Lausanne. Merci d'envoyer désormais vos factures à cette adresse.",
    "Thanks for the invoice. We are moving on 1 July. Our new address is: 4 Lake Road, Zug. "
    "Please send future invoices to this address.",
    "Grazie per la fattura. Ci trasferiamo il 1° luglio. Il nostro nuovo indirizzo è: via Lago 4, "
    "6900 Lugano. In futuro inviate le fatture a questo indirizzo.",
]


@pytest.mark.parametrize("body", MOVE_TOLD)
def test_new_address_for_future_invoices_is_no_invoice_error(body):
    reading = _read(body)
    assert reading.category == "copy_request", reading.evidence
    assert reading.pause_dunning is False


WRONG_ADDRESS_NOW = [
    "Ihre Rechnung ging an unsere alte Adresse. Unsere neue Adresse lautet: Weissensteinstrasse "
    "48, 3008 Bern. Bitte schicken Sie künftige Rechnungen an diese Adresse.",
    "Your invoice shows our old address. Our new address is: 4 Lake Road, Zug. Please send "
    "future invoices to this address.",
]


@pytest.mark.parametrize("body", WRONG_ADDRESS_NOW)
def test_invoice_to_the_old_address_stays_an_invoice_error(body):
    reading = _read(body)
    assert reading.category == "invoice_error", reading.evidence
    assert reading.pause_dunning is True


# --- a sentence wrapped with empty lines between its pieces ------------------------------------


def test_sentence_wrapped_over_empty_lines_is_one():
    text = (
        "Merci, bien reçu la facture pour les étagères de la boutique. Cette fois le nom et l'adresse\n"
        "\n"
        "sont justes (la dernière fois il y avait eu une erreur sur le SIRET, mais ça avait été vite\n"
        "\n"
        "réglé).\n"
        "\n"
        "Je la transmets à mon comptable comme d'habitude."
    )
    said = sentences(text)
    assert "réglé)." not in said
    assert any(s.startswith("Cette fois") and s.endswith("réglé).") for s in said), said
    reading = _read(text)
    assert reading.category == "acknowledgement", reading.evidence
    assert reading.pause_dunning is False


@pytest.mark.parametrize(
    "text",
    [
        # a paragraph ends without a full stop, the next starts a new one in capitals
        "Vielen Dank für die Rechnung und die rasche Lieferung der Ersatzteile\n\nWir zahlen am 20. Juni.",
        # a greeting, then the body in lower case (Italian style)
        "Buongiorno signora Bernasconi,\n\ngrazie per la fattura.",
        # a short line is no wrapped sentence
        "Hallo Frau Keller\n\nwie besprochen die Unterlagen.",
    ],
)
def test_paragraphs_stay_apart(text):
    assert len(sentences(text)) == 2, sentences(text)


# --- a message meant for someone else: the customer's insurer, a supplier's own customer -------

MEANT_FOR_ANOTHER = [
    "Comme convenu, je vous envoie les photos du dégât des eaux pour mon dossier sinistre. Le "
    "parquet a gonflé et les portes ne ferment plus correctement. Mon numéro de contrat habitation "
    "est le 447 120 385 H.",
    "Anbei die Fotos zum Wasserschaden für die Schadenmeldung. Der Parkettboden ist aufgequollen "
    "und die Türen schliessen nicht mehr richtig. Meine Policennummer ist 88.123.456.",
    "As agreed, here are the photos of the water damage for my claim. The floor is warped and the "
    "doors no longer close properly. My policy number is HX-447120.",
    "Come d'accordo le mando le foto del danno da acqua per il sinistro. Il parquet è gonfio e le "
    "ante non chiudono più bene. Il numero di polizza è 447120.",
    "Wie besprochen anbei die korrigierten Lieferscheine für die Kieslieferungen. Die Mengen "
    "waren vertauscht, jetzt stimmt es. Die korrigierte Rechnung schicke ich Ihnen morgen.",
    "Comme convenu, je vous envoie la facture corrigée pour les livraisons de gravier de novembre.",
    "As discussed on the phone, I'll send you the corrected invoice for the gravel deliveries "
    "tomorrow.",
    "Come d'accordo, le invio la fattura corretta per le forniture di ghiaia.",
]


@pytest.mark.parametrize("body", MEANT_FOR_ANOTHER)
def test_message_meant_for_another_is_no_dispute(body):
    reading = _read(body)
    assert reading.category == "other", reading.evidence
    assert reading.pause_dunning is False
    assert read_reply(_mail(body), CONTEXT).category == "other"  # the model does not overrule


OUR_WORK_DAMAGED = [
    # the damage is the company's doing and its bill is refused: a dispute, insurer or not
    "Depuis votre intervention, le parquet a gonflé (dégât des eaux, dossier sinistre ouvert, "
    "contrat habitation 447 120). Nous ne payerons pas votre facture avant réparation.",
    # the customer asks the company for its corrected invoice
    "Die Mengen auf der Rechnung sind falsch. Bitte schicken Sie uns die korrigierte Rechnung.",
    "The quantities on your invoice are wrong; please send us the corrected invoice.",
]


@pytest.mark.parametrize("body", OUR_WORK_DAMAGED)
def test_damage_or_correction_about_our_bill_is_not_meant_for_another(body):
    reading = _read(body)
    assert reading.category != "other", reading.evidence


# --- hard times, paid when they end: time asked without a date ---------------------------------

HARD_TIMES = [
    "Oui je sais pour la facture. Franchement c'est très dur en ce moment, la terrasse a été "
    "fermée tout octobre. Je vous paie dès que ça va mieux. Svp ne m'envoyez pas aux poursuites.",
    "Ich weiss, die Rechnung ist offen. Es ist im Moment sehr schwierig, das Restaurant war "
    "wegen Bauarbeiten zu. Ich zahle, sobald es wieder besser läuft.",
    "I know the invoice is overdue. Things are tough right now, the terrace was closed all "
    "October. The money comes when business picks up.",
    "So che la fattura è scaduta. È un periodo difficile, la terrazza è rimasta chiusa. La pago "
    "appena le cose vanno meglio.",
]


@pytest.mark.parametrize("body", HARD_TIMES)
def test_hard_times_ask_for_time(body):
    reading = _read(body)
    assert reading.category == "delay_request", reading.evidence
    assert reading.pause_dunning is False


def test_hard_to_understand_is_no_hardship():
    reading = _read(
        "It's hard right now to understand your invoice: the hours are wrong, 3 instead of 1."
    )
    assert reading.category == "contestation", reading.evidence


# --- instalments asked for a project to come, "not for this invoice" -----------------------------

TERMS_FOR_LATER = [
    "Merci pour la facture, tout est en ordre. Est-ce que vous proposez le paiement en plusieurs "
    "fois (3 ou 4 mensualités) pour ce genre de projet ? Ce n'est pas pour cette facture-ci, juste "
    "pour savoir avant de vous demander un devis.",
    "Danke für die Rechnung, alles bestens. Wäre bei einem grösseren Projekt eine Ratenzahlung "
    "möglich? Es ist nicht für diese Rechnung, nur zur Planung.",
    "Thanks for the invoice, all fine. Would payment in instalments be possible for a larger "
    "project next spring? It's not for this invoice, just to plan ahead.",
    "Grazie per la fattura, tutto a posto. Per un progetto più grande sarebbe possibile pagare a "
    "rate? Non è per questa fattura, solo per capire.",
]


@pytest.mark.parametrize("body", TERMS_FOR_LATER)
def test_instalments_for_later_not_this_invoice_is_other(body):
    reading = _read(body)
    assert reading.category == "other", reading.evidence
    assert reading.pause_dunning is False


def test_instalments_for_this_invoice_stay_a_delay_request():
    reading = _read(
        "Merci pour la facture. Est-ce que nous pourrions la régler en trois mensualités ? "
        "C'est un gros montant pour nous en ce moment."
    )
    assert reading.category == "delay_request", reading.evidence


# --- the invoice waits for a board's next meeting: time asked without a date ---------------------

BOARD_NEXT_MEETING = [
    "Veuillez excuser le retard. Tout engagement dépassant CHF 3'000.- doit être validé par le "
    "conseil de fondation. Je ne manquerai pas de soumettre votre facture au conseil dès la "
    "prochaine séance, dont la date n'est pas encore fixée.",
    "Entschuldigen Sie die Verzögerung. Ausgaben über CHF 3'000.- muss der Stiftungsrat bewilligen; "
    "ich werde Ihre Rechnung dem Stiftungsrat an der nächsten Sitzung vorlegen.",
    "Sorry for the delay. Any spending above CHF 3,000 must be approved by our board; I will "
    "submit your invoice to the board at its next meeting.",
    "Ci scusiamo per il ritardo. Le spese oltre CHF 3'000.- devono essere approvate dal consiglio; "
    "sottoporremo la fattura al consiglio nella prossima seduta.",
]


@pytest.mark.parametrize("body", BOARD_NEXT_MEETING)
def test_board_next_meeting_asks_for_time(body):
    reading = _read(body)
    assert reading.category == "delay_request", reading.evidence
    assert reading.pause_dunning is False


def test_board_meeting_with_a_dispute_stays_a_dispute():
    reading = _read(
        "Les heures facturées sont fausses : 12 au lieu de 8. Je soumettrai votre facture au "
        "conseil lors de la prochaine séance uniquement une fois corrigée."
    )
    assert reading.pause_dunning is True, reading.evidence


# --- a dispute of before, a rule for the invoices to come, and this invoice said fine ----------

BEFORE_OR_TO_COME_THIS_ONE_FINE = [
    "Last year we had a dispute about the hours, but this invoice is fine. We will pay it on "
    "30 June.",
    "L'année dernière nous avions contesté une facture pour des heures en trop, mais celle-ci est "
    "correcte. Elle sera réglée le 30 juin.",
    "Letztes Jahr hatten wir eine Reklamation wegen zu vieler Stunden, diese Rechnung ist aber "
    "korrekt. Wir überweisen sie am 30. Juni.",
    "Please note that from July all invoices must quote our PO number, otherwise they will be "
    "rejected. This one will be paid on 30 June.",
    "À partir de juillet, toutes les factures devront mentionner notre numéro de commande. "
    "Celle-ci sera réglée le 30 juin.",
    "Da luglio tutte le fatture dovranno riportare il nostro numero d'ordine. Questa sarà pagata "
    "il 30 giugno.",
]


@pytest.mark.parametrize("body", BEFORE_OR_TO_COME_THIS_ONE_FINE)
def test_dispute_of_before_or_rule_to_come_with_this_invoice_fine(body):
    reading = _read(body)
    assert reading.category == "payment_promise", reading.evidence
    assert reading.pause_dunning is False
    rules, cues = _rules_and_cues(body)
    assert _firm_promise(cues, rules)  # the model does not overrule either


THIS_ONE_WRONG_TOO = [
    # the same fault again, this invoice not said fine
    "Last year we had a dispute about the hours, and this invoice again charges 12 instead of 8.",
    # this invoice said wrong
    "Letztes Jahr war alles in Ordnung, diese Rechnung ist aber nicht korrekt: 12 statt 8 Stunden.",
    # a rule to come, and this one lacks it now
    "À partir de juillet, toutes les factures devront mentionner notre numéro de commande. La "
    "vôtre ne le mentionne pas, merci de la refaire.",
]


@pytest.mark.parametrize("body", THIS_ONE_WRONG_TOO)
def test_this_invoice_wrong_too_still_pauses(body):
    reading = _read(body)
    assert reading.pause_dunning is True, reading.evidence


# --- the customer's details offered in case they are needed ------------------------------------

DETAILS_OFFERED_IN_CASE = [
    "Should you need anything else from us, such as our VAT number, just let us know. Payment is "
    "scheduled for 30 June.",
    "Sollten Sie von uns noch etwas benötigen, etwa unsere UID-Nummer, melden Sie sich. Die "
    "Zahlung ist für den 30. Juni vorgesehen.",
    "Si vous avez besoin d'autre chose, comme notre numéro de TVA, n'hésitez pas. Le paiement "
    "est prévu le 30 juin.",
    "Se le servisse altro, ad esempio la nostra partita IVA, ce lo dica. Il pagamento partirà il "
    "30 giugno.",
]


@pytest.mark.parametrize("body", DETAILS_OFFERED_IN_CASE)
def test_details_offered_in_case_are_no_invoice_error(body):
    reading = _read(body)
    assert reading.category == "payment_promise", reading.evidence
    assert reading.pause_dunning is False


def test_details_wrong_on_the_invoice_stay_an_invoice_error():
    reading = _read(
        "Your invoice shows a wrong VAT number; should you need our correct one, it is "
        "CHE-123.456.789. Please reissue the invoice."
    )
    assert reading.category == "invoice_error", reading.evidence


# --- a visit asked beside a word of another invoice ----------------------------------------------

VISIT_ASKED = [
    "The heating broke down again last week, can your technician come on Thursday? The invoice "
    "for the last repair is with our accountant.",
    "Le chauffage est de nouveau en panne, votre technicien peut-il passer jeudi ? La facture de "
    "la dernière réparation est chez notre comptable.",
    "Die Heizung ist wieder ausgefallen, kann Ihr Techniker am Donnerstag kommen? Die Rechnung "
    "der letzten Reparatur liegt bei unserem Treuhänder.",
    "Il riscaldamento si è di nuovo guastato, il vostro tecnico può passare giovedì? La fattura "
    "dell'ultima riparazione è dal nostro commercialista.",
]


@pytest.mark.parametrize("body", VISIT_ASKED)
def test_visit_asked_is_other(body):
    reading = _read(body)
    assert reading.category == "other", reading.evidence
    assert reading.pause_dunning is False
    assert read_reply(_mail(body), CONTEXT).pause_dunning is False  # nor with the model


def test_visit_asked_with_the_bill_refused_is_a_dispute():
    reading = _read(
        "The heating broke down again two days after your repair. Can your technician come on "
        "Thursday? I will not pay for a repair that did not last."
    )
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


# --- paid only once the work is put right: a dispute --------------------------------------------

PAID_ONCE_PUT_RIGHT = [
    "The repair did not fix the leak; it is dripping again. We will settle once it is really "
    "repaired.",
    "La réparation n'a rien réglé, la fuite a repris. Nous réglerons quand ce sera vraiment réparé.",
    "Die Reparatur hat nichts gebracht, es tropft wieder. Wir zahlen, wenn es wirklich repariert "
    "ist.",
    "La riparazione non ha risolto nulla, perde di nuovo. Pagheremo quando sarà davvero riparato.",
]


@pytest.mark.parametrize("body", PAID_ONCE_PUT_RIGHT)
def test_paid_only_once_repaired_is_a_dispute(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


PAID_ONCE_SOMETHING_ELSE = [
    "We will settle the invoice once it has been approved by our manager on 20 June.",
    "Nous réglerons la facture dès sa validation par la direction, le 20 juin.",
    "Wir zahlen, sobald die Geschäftsleitung die Rechnung visiert hat, am 20. Juni.",
    "Pagheremo la fattura appena approvata dalla direzione, il 20 giugno.",
]


@pytest.mark.parametrize("body", PAID_ONCE_SOMETHING_ELSE)
def test_paid_once_approved_is_no_dispute(body):
    reading = _read(body)
    assert reading.pause_dunning is False, reading.evidence


# --- how invoices go in general: no payment of this one -----------------------------------------

INVOICES_PROCESS_TOLD = [
    "Da noi le fatture vengono prima controllate dal reparto, poi vistate dalla direzione e pagate "
    "nel prossimo ciclo di pagamenti. La sua è in corso.",
    "Bei uns werden die Rechnungen zuerst von der Abteilung geprüft, dann visiert und im nächsten "
    "Zahlungslauf bezahlt. Ihre ist unterwegs.",
    "Chez nous, les factures passent d'abord par le service concerné, puis par la direction, avant "
    "d'être payées lors du prochain virement groupé. La vôtre est en cours.",
    "With us, invoices go through the department first, then the manager, and are paid in the "
    "next payment run. Yours is on its way.",
]


@pytest.mark.parametrize("body", INVOICES_PROCESS_TOLD)
def test_invoices_process_told_is_no_payment(body):
    reading = _read(body)
    assert reading.category != "already_paid", reading.evidence
    assert reading.pause_dunning is False


INVOICES_PAID = [
    "Le fatture di maggio sono state pagate il 3 giugno.",
    "Die Rechnungen wurden am 3. Juni bezahlt.",
    "Les factures ont été payées le 3 juin.",
    "All invoices were paid on 3 June.",
]


@pytest.mark.parametrize("body", INVOICES_PAID)
def test_invoices_paid_stay_paid(body):
    reading = _read(body)
    assert reading.category == "already_paid", reading.evidence


# --- a problem of the customer's own bank or system ----------------------------------------------

OWN_BANK_PROBLEM = [
    "Our bank had a technical problem last week and several payments were delayed. Sorry!",
    "Notre banque a eu un problème technique la semaine dernière, plusieurs paiements ont été "
    "retardés. Désolés !",
    "Unsere Bank hatte letzte Woche ein technisches Problem, mehrere Zahlungen haben sich "
    "verzögert. Entschuldigung!",
    "La nostra banca ha avuto un problema tecnico la settimana scorsa, alcuni pagamenti sono "
    "slittati. Ci scusi!",
]


@pytest.mark.parametrize("body", OWN_BANK_PROBLEM)
def test_own_bank_problem_is_no_dispute(body):
    reading = _read(body)
    assert reading.pause_dunning is False, reading.evidence


YOUR_SYSTEM_PROBLEM = [
    "Your system had a problem again last week and the invoice is wrong: 12 hours instead of 8.",
    "Votre système a encore un problème, la facture ne correspond pas à ce qui a été livré.",
]


@pytest.mark.parametrize("body", YOUR_SYSTEM_PROBLEM)
def test_problem_of_the_company_still_disputes(body):
    reading = _read(body)
    assert reading.pause_dunning is True, reading.evidence


def test_nothing_wrong_said_is_no_unnamed_dispute():
    reading = _read(
        "Could you send us a copy of the delivery note? Nothing wrong, just for the file."
    )
    assert reading.pause_dunning is False, reading.evidence


# --- a detail asked to be confirmed for the customer's file --------------------------------------

DETAIL_TO_CONFIRM = [
    "Our auditor asked whether your invoices include VAT; could you confirm your VAT number? "
    "Nothing wrong, just for the file.",
    "Notre fiduciaire demande si vos factures incluent la TVA ; pourriez-vous nous confirmer "
    "votre numéro de TVA ? Rien d'anormal, c'est pour le dossier.",
    "Unser Treuhänder fragt, ob Ihre Rechnungen die MWST enthalten; können Sie uns Ihre "
    "MWST-Nummer bestätigen? Alles in Ordnung, nur fürs Dossier.",
    "Il nostro fiduciario chiede se le vostre fatture includono l'IVA; potete confermarci il "
    "numero IVA? Nulla di anomalo, è solo per la pratica.",
]


@pytest.mark.parametrize("body", DETAIL_TO_CONFIRM)
def test_detail_asked_to_be_confirmed_is_no_invoice_error(body):
    reading = _read(body)
    assert reading.category != "invoice_error", reading.evidence
    assert reading.pause_dunning is False


DETAIL_MISSING_CONFIRM = [
    "Your VAT number is missing on the invoice; please confirm the number and reissue it.",
    "Il manque votre numéro de TVA sur la facture ; merci de nous le confirmer et de la refaire.",
]


@pytest.mark.parametrize("body", DETAIL_MISSING_CONFIRM)
def test_detail_missing_stays_an_invoice_error(body):
    reading = _read(body)
    assert reading.category == "invoice_error", reading.evidence


# --- the lawyer who approves the invoice is no threat -------------------------------------------

LAWYER_APPROVES = [
    "Our lawyer, who also manages the foundation's accounts, has approved your invoice; payment "
    "will follow on 20 June.",
    "Notre avocat, qui gère aussi la comptabilité de la fondation, a validé votre facture ; le "
    "paiement suivra le 20 juin.",
    "Unser Anwalt, der auch die Buchhaltung der Stiftung führt, hat Ihre Rechnung freigegeben; "
    "die Zahlung folgt am 20. Juni.",
    "Il nostro avvocato, che segue anche la contabilità della fondazione, ha approvato la "
    "fattura; il pagamento seguirà il 20 giugno.",
]


@pytest.mark.parametrize("body", LAWYER_APPROVES)
def test_lawyer_who_approves_is_no_threat(body):
    reading = _read(body)
    assert reading.pause_dunning is False, reading.evidence


LAWYER_THREATENS = [
    "Our lawyer will be in touch with you about this invoice.",
    "Je transmets votre facture à mon avocat.",
    "Ich habe die Rechnung meinem Anwalt übergeben.",
    "Ho passato la fattura al mio avvocato.",
]


@pytest.mark.parametrize("body", LAWYER_THREATENS)
def test_lawyer_brought_in_is_a_dispute(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


# --- a wrong address that did no harm ------------------------------------------------------------

REACHED_ANYWAY_TEXTS = [
    "The invoice was sent to our old address, but it reached us anyway, no problem. We'll pay it "
    "on Friday.",
    "La facture a été envoyée à notre ancienne adresse mais elle nous est bien parvenue. Nous la "
    "réglons vendredi.",
    "Die Rechnung ging an unsere alte Adresse, ist aber trotzdem angekommen. Wir zahlen sie am "
    "Freitag.",
    "La fattura è stata spedita al vecchio indirizzo, ma ci è arrivata lo stesso. La paghiamo "
    "venerdì.",
]


@pytest.mark.parametrize("body", REACHED_ANYWAY_TEXTS)
def test_old_address_that_did_no_harm_is_no_invoice_error(body):
    reading = _read(body)
    assert reading.category == "payment_promise", reading.evidence
    assert reading.pause_dunning is False


def test_old_address_to_correct_stays_an_invoice_error():
    reading = _read(
        "The invoice was sent to our old address; it reached us anyway, but please correct "
        "the address and reissue it for our books."
    )
    assert reading.category == "invoice_error", reading.evidence


# --- disputes said plainly that the rules missed: a part only, goods never came, billed twice ----

PLAIN_DISPUTES = [
    (
        "We'll pay on Friday, but only the 8 hours actually worked, not the 12 on the invoice.",
        "contestation",
    ),
    (
        "Wir zahlen am Freitag, aber nur die 8 geleisteten Stunden, nicht die 12 verrechneten.",
        "contestation",
    ),
    (
        "Die Ware ist nie bei uns im Lager angekommen, daher können wir noch nicht zahlen.",
        "contestation",
    ),
    (
        "La merce non è mai arrivata al nostro magazzino, quindi non possiamo ancora pagare.",
        "contestation",
    ),
    ("The goods have never arrived at our warehouse, so we cannot pay yet.", "contestation"),
    (
        "You charged the travel time twice, once on the invoice of May and again on this one.",
        "invoice_error",
    ),
]


@pytest.mark.parametrize(("body", "category"), PLAIN_DISPUTES)
def test_plain_disputes_pause(body, category):
    reading = _read(body)
    assert reading.category == category, reading.evidence
    assert reading.pause_dunning is True


NOT_THESE_DISPUTES = [
    # the invoice, not the goods, never came: a copy
    "The invoice for the goods never arrived, could you send it again?",
    "La fattura della merce non è mai arrivata, potete rimandarcela?",
    # only the hours asked about, no number refused
    "Could you tell us only the hours of the second visit? We will pay on 20 June.",
]


@pytest.mark.parametrize("body", NOT_THESE_DISPUTES)
def test_near_texts_do_not_pause(body):
    reading = _read(body)
    assert reading.pause_dunning is False, reading.evidence


def test_twice_as_a_measure_is_no_double_billing():
    reading = _read("The hours charged are twice those on the timesheet.")
    assert reading.category != "invoice_error", reading.evidence


# --- a credit note asked for a price difference, a corrected invoice beside it -----------------

CREDIT_FOR_THE_DIFFERENCE = [
    "The PO was issued at EUR 145.00 per unit as quoted; your invoice charges EUR 168.00. Could "
    "you please issue a credit note for the difference, or a corrected invoice quoting the PO "
    "number?",
    "Votre devis prévoyait EUR 145.00 l'unité ; votre facture indique EUR 168.00. Merci de nous adresser un avoir pour la différence ou une facture corrigée "
    "mentionnant le numéro de commande.",
]


@pytest.mark.parametrize("body", CREDIT_FOR_THE_DIFFERENCE)
def test_credit_note_for_a_price_difference_is_a_contestation(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


def test_po_number_missing_alone_stays_an_invoice_error():
    reading = _read(
        "Your invoice does not quote our PO number; please send a corrected invoice quoting it."
    )
    assert reading.category == "invoice_error", reading.evidence


# --- a dispute of before settled with a credit note, or asked for before, this invoice fine ----

SETTLED_BEFORE_THIS_ONE_FINE = [
    "The dispute about invoice FX-25-0102 was settled with your credit note in May. As for the "
    "present invoice, it will be paid on 30 June.",
    "Die Reklamation zur Rechnung FX-25-0102 wurde im Mai mit Ihrer Gutschrift erledigt. Die "
    "vorliegende Rechnung zahlen wir am 30. Juni.",
    "La contestazione sulla fattura FX-25-0102 è stata chiusa a maggio con la vostra nota di "
    "credito. La presente fattura sarà pagata il 30 giugno.",
    "We had asked for a credit note for the broken lamp in April and received it, thank you. "
    "This invoice is fine; payment on 30 June.",
    "Nous avions demandé un avoir pour la lampe cassée en avril et l'avons reçu, merci. Cette "
    "facture est correcte, paiement le 30 juin.",
    "Wir hatten im April eine Gutschrift für die kaputte Lampe verlangt und erhalten, danke. "
    "Diese Rechnung ist korrekt, Zahlung am 30. Juni.",
    "Avevamo chiesto una nota di credito per la lampada rotta in aprile e l'abbiamo ricevuta, "
    "grazie. Questa fattura è corretta, pagamento il 30 giugno.",
]


@pytest.mark.parametrize("body", SETTLED_BEFORE_THIS_ONE_FINE)
def test_dispute_settled_before_this_invoice_fine(body):
    reading = _read(body)
    assert reading.category == "payment_promise", reading.evidence
    assert reading.pause_dunning is False


SETTLED_BEFORE_THIS_ONE_WRONG = [
    # this invoice not said fine: the lamp is billed again
    "We had asked for a credit note for the broken lamp in April, and this invoice bills the "
    "lamp again.",
    # this invoice settled by the credit note: paid
    "Invoice FX-25-0311 was settled with your credit note CN-25-044 on 2 June.",
]


@pytest.mark.parametrize("body", SETTLED_BEFORE_THIS_ONE_WRONG)
def test_this_invoice_not_said_fine_still_pauses(body):
    reading = _read(body)
    assert reading.pause_dunning is True, reading.evidence


# --- a damage that did no harm --------------------------------------------------------------------

NO_HARM_DONE = [
    "The carrier damaged the box a bit, but the content was intact. Thanks, we'll pay on Friday.",
    "Le transporteur a un peu abîmé le carton, mais le contenu était intact. Merci, nous payons "
    "vendredi.",
    "Der Kurier hat die Schachtel etwas beschädigt, der Inhalt war aber intakt. Danke, wir zahlen "
    "am Freitag.",
    "Il corriere ha un po' danneggiato la scatola, ma il contenuto era intatto. Grazie, paghiamo "
    "venerdì.",
]


@pytest.mark.parametrize("body", NO_HARM_DONE)
def test_damage_without_harm_is_no_dispute(body):
    reading = _read(body)
    assert reading.category == "payment_promise", reading.evidence
    assert reading.pause_dunning is False


def test_damaged_goods_refused_stay_a_dispute():
    reading = _read(
        "The box was intact, but the lamp inside was damaged; we will not pay for it until it "
        "is replaced."
    )
    assert reading.pause_dunning is True, reading.evidence


def test_intact_box_but_damaged_content_is_a_dispute():
    reading = _read(
        "The box was intact, but two of the lamps inside were damaged. Please replace them."
    )
    assert reading.category == "contestation", reading.evidence


# --- "Ihre Zahlung wird morgen ausgeführt": a promise -------------------------------------------


@pytest.mark.parametrize(
    ("body", "when"),
    [
        (
            "Unsere Bank hatte ein technisches Problem; Ihre wird morgen ausgeführt.",
            date(2025, 6, 11),
        ),
        ("Die Überweisung wird am 20. Juni ausgelöst.", date(2025, 6, 20)),
        ("Ihre Zahlung wird am 20. Juni ausgeführt.", date(2025, 6, 20)),
    ],
)
def test_payment_executed_on_a_date_is_a_promise(body, when):
    reading = _read(body)
    assert reading.category == "payment_promise", reading.evidence
    assert reading.promised_date == when


def test_work_executed_is_no_promise():
    reading = _read("Die Arbeit wird morgen ausgeführt.")
    assert reading.category != "payment_promise", reading.evidence


# --- the payment held until something is put right: a dispute -----------------------------------

PAYMENT_HELD = [
    "Ihre Zahlung wird nicht ausgeführt, solange die Rechnung falsch ist.",
    "Le paiement ne sera pas effectué tant que la facture n'est pas corrigée.",
    "Payment will not be released until the missing parts are delivered.",
    "Il pagamento non verrà eseguito finché la fattura non sarà corretta.",
]


@pytest.mark.parametrize("body", PAYMENT_HELD)
def test_payment_held_is_a_dispute(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


PAYMENT_NOT_BEFORE_A_DATE = [
    "Payment will not be made before 30 June, as agreed in our terms.",
    "Le paiement ne sera pas effectué avant le 30 juin, selon nos conditions.",
]


@pytest.mark.parametrize("body", PAYMENT_NOT_BEFORE_A_DATE)
def test_payment_not_before_a_date_is_no_dispute(body):
    reading = _read(body)
    assert reading.pause_dunning is False, reading.evidence


# --- a polite return to the bill: a dispute -------------------------------------------------------

POLITE_RETURN = [
    "Nous nous permettons de revenir sur le montant facturé : l'offre portait sur 11 pages, la "
    "facture en compte 14. Merci de vérifier.",
    "Erlauben Sie uns, auf die Position 3 zurückzukommen: verrechnet sind 14 Seiten, offeriert "
    "waren 11.",
    "Ci permettiamo di tornare sull'importo: l'offerta prevedeva 11 pagine, la fattura ne conta "
    "14. Vi preghiamo di verificare.",
    "We would like to come back to the amount invoiced: the offer was for 11 pages, the invoice "
    "counts 14. Could you please check?",
]


@pytest.mark.parametrize("body", POLITE_RETURN)
def test_polite_return_to_the_amount_is_a_dispute(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


def test_coming_back_to_you_is_no_dispute():
    reading = _read(
        "Je reviens vers vous concernant votre rappel : le montant sera viré le 20 juin."
    )
    assert reading.category == "payment_promise", reading.evidence


# --- a rule for the invoices to come, nothing said missing from this one -----------------------

RULE_FROM_A_DATE = [
    "Please note that from 1 July all your invoices must quote our PO number and be sent to "
    "ap@client.example.",
    "Veuillez noter qu'à partir du 1er juillet, toutes vos factures devront mentionner notre "
    "numéro de commande et être envoyées à ap@client.example.",
    "Bitte beachten Sie, dass ab 1. Juli alle Ihre Rechnungen unsere Bestellnummer tragen müssen.",
    "Vi informiamo che dal 1° luglio tutte le vostre fatture dovranno riportare il nostro numero "
    "d'ordine ed essere inviate a ap@client.example.",
]


@pytest.mark.parametrize("body", RULE_FROM_A_DATE)
def test_rule_from_a_coming_date_is_no_invoice_error(body):
    reading = _read(body)
    assert reading.category != "invoice_error", reading.evidence
    assert reading.pause_dunning is False


def test_rule_from_a_date_with_this_one_lacking_it_stays_an_error():
    reading = _read(
        "From 1 July all your invoices must quote our PO number. Your invoice FX-25-0311 does "
        "not quote it, please reissue it."
    )
    assert reading.category == "invoice_error", reading.evidence


def test_goods_never_received_beside_a_document_asked_is_a_dispute():
    reading = _read(
        "Before we can release the payment, we need the signed delivery note, as the goods were "
        "never received at our warehouse."
    )
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


def test_invoice_never_received_is_a_copy_request():
    reading = _read("The invoice was never received at our office, could you send it again?")
    assert reading.category == "copy_request", reading.evidence
