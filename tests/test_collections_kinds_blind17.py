# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Kinds of replies found when the nineteenth and twentieth writers' sets (tests/data/
disputes_blind17: formal letters of administrations, hospitals, communes and syndics with dispute
words used in negated senses; disputes_blind18: replies from mobile phones, very short, Swiss
German, SMS French) became development data. The rules alone are tested (``use_model=False``).
Synthetic texts only; the e-mails are dated Tuesday 10 June 2025."""

from datetime import date
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


# --- a whole reply of a few words that denies owing the invoice or doubts it ------------------

SHORT_DISPUTES = [
    "not mine",
    "That's not mine!",
    "c'est pas à moi",
    "pas ma facture",
    "nöd vo mir",
    "Das ist nicht meine Rechnung",
    "non è mia!",
    "fattura sbagliata?",
    "mauvaise facture ?",
    "falsche Rechnung?",
    "wrong bill??",
]


@pytest.mark.parametrize("body", SHORT_DISPUTES)
def test_short_denial_or_doubt_is_a_dispute(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


SHORT_NOT_DISPUTES = [
    "not mine to decide, I forwarded it to our accountant",
    "wrong invoice address on our side, fixed now",
    "pas à moi de payer, je transmets à ma comptable",
    "Die falsche Rechnung von letzter Woche haben wir weggeworfen, diese hier zahlen wir am Freitag.",
]


@pytest.mark.parametrize("body", SHORT_NOT_DISPUTES)
def test_short_words_in_a_longer_sentence_are_no_dispute(body):
    reading = _read(body)
    assert reading.pause_dunning is False, reading.evidence


# --- "ok" alone: read ---------------------------------------------------------------------------


@pytest.mark.parametrize("body", ["ok", "Ok merci", "alles klar", "va bene 👍", "okay thanks"])
def test_ok_alone_is_an_acknowledgement(body):
    reading = _read(body)
    assert reading.category == "acknowledgement", reading.evidence
    assert reading.pause_dunning is False


@pytest.mark.parametrize("body", ["ok?", "ok but the amount is wrong"])
def test_ok_asked_or_with_a_but_is_no_acknowledgement(body):
    assert _read(body).category != "acknowledgement"


# --- the price said against the price billed -------------------------------------------------

SAID_NOT = [
    "we said 500 not 650",
    "on avait dit 500 pas 650 !",
    "abgmacht isch 500 nöd 650",
    "avevamo detto 500 non 650",
]


@pytest.mark.parametrize("body", SAID_NOT)
def test_price_said_not_billed_is_a_dispute_of_the_difference(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True
    assert reading.disputed_amount == Decimal("150.00")


@pytest.mark.parametrize("body", ["we said 2 instalments not 3", "we said the 15th not the 20th"])
def test_said_not_without_two_prices_is_no_dispute(body):
    assert _read(body).pause_dunning is False


# --- a wrong address in Swiss German: an invoice error -----------------------------------------

ADDRESS_WRONG = [
    "d Adrässe stimmt nöd meh, mir sind jetzt a de Bahnhofstrass 14. Chönd er d Rächnig nomal schicke?",
    "Die Adresse stimmt nicht mehr, bitte korrigieren.",
    "L'adresse n'est plus bonne, merci de corriger la facture.",
    "The address is no longer correct, please amend the invoice.",
]


@pytest.mark.parametrize("body", ADDRESS_WRONG)
def test_address_no_longer_right_is_an_invoice_error(body):
    reading = _read(body)
    assert reading.category == "invoice_error", reading.evidence
    assert reading.pause_dunning is True


@pytest.mark.parametrize(
    "body",
    [
        "Die Adresse stimmt, aber der Betrag nicht.",
        "Die Adresse stimmt nicht mehr und der Betrag stimmt auch nicht.",
    ],
)
def test_address_and_amount_wrong_stays_a_dispute(body):
    assert _read(body).category == "contestation"


# --- colloquial Italian promise, SMS English copy request --------------------------------------


def test_italian_colloquial_promise_with_a_weekday():
    reading = _read("si si la paghiamo venerdì, tranquilli 👍")
    assert reading.category == "payment_promise", reading.evidence
    assert reading.promised_date == date(2025, 6, 13)
    assert reading.pause_dunning is False


def test_italian_refusal_with_a_weekday_is_no_promise():
    reading = _read("non la paghiamo venerdì, la fattura è sbagliata")
    assert reading.category == "contestation", reading.evidence


@pytest.mark.parametrize("body", ["can u send again pls", "send it again please"])
def test_send_again_is_a_copy_request(body):
    reading = _read(body)
    assert reading.category == "copy_request", reading.evidence


def test_customer_offering_to_send_again_is_no_copy_request():
    reading = _read("I can send again the signed delivery note if you need it.")
    assert reading.category != "copy_request"
    assert reading.pause_dunning is False


# --- instalments asked, their dates in the next sentence --------------------------------------

PLAN_NEXT_SENTENCE = [
    "Können wir in 3 Raten zahlen? Die erste Ende Juni, dann Ende Juli und Ende August.",
    "Chönd mir das in 3 Rate zahle? Die erscht Ende Juni, denn Ende Juli und Ende August.",
    "Pourrions-nous payer en trois fois ? La première fin juin, puis fin juillet et fin août.",
    "Could we pay in 3 instalments? The first one end of June, then end of July and end of August.",
    "Potremmo pagare in 3 rate? La prima a fine giugno, poi a fine luglio e a fine agosto.",
]


@pytest.mark.parametrize("body", PLAN_NEXT_SENTENCE)
def test_instalment_dates_in_the_next_sentence(body):
    reading = _read(body)
    assert reading.category == "delay_request", reading.evidence
    assert reading.promised_date == date(2025, 6, 30)
    assert reading.pause_dunning is True


def test_instalments_without_dates_do_not_pause():
    reading = _read("Können wir in 3 Raten zahlen? Wir melden uns wieder.")
    assert reading.category == "delay_request"
    assert reading.promised_date is None
    assert reading.pause_dunning is False


# --- "not the subject of any dispute", "nothing to object": no dispute ------------------------

NOT_SUBJECT_OF_A_DISPUTE = [
    "La fattura non è oggetto di alcuna contestazione. Potremmo pagare a fine luglio?",
    "La facture ne fait l'objet d'aucune contestation de notre part. Pourriez-vous nous accorder "
    "un délai au 31 juillet ?",
    "Die Rechnung ist nicht Gegenstand einer Beanstandung. Können wir bis Ende Juli zahlen?",
    "The invoice is not the subject of any dispute. Could we pay by 31 July?",
]


@pytest.mark.parametrize("body", NOT_SUBJECT_OF_A_DISPUTE)
def test_not_the_subject_of_any_dispute_is_a_delay(body):
    reading = _read(body)
    assert reading.category == "delay_request", reading.evidence


@pytest.mark.parametrize(
    "body",
    [
        "Nel caso presente non vi è nulla da eccepire. Vi chiediamo una copia della fattura.",
        "Nous n'avons rien à redire. Pourriez-vous nous envoyer une copie de la facture ?",
        "Wir haben nichts zu beanstanden. Bitte senden Sie uns eine Kopie der Rechnung.",
    ],
)
def test_nothing_to_object_is_no_dispute(body):
    reading = _read(body)
    assert reading.category == "copy_request", reading.evidence
    assert reading.pause_dunning is False


@pytest.mark.parametrize(
    "body",
    [
        "La fattura è oggetto di contestazione: le ore sono troppe.",
        "Non c'è nulla da eccepire sul lavoro, ma l'importo è sbagliato.",
    ],
)
def test_a_dispute_said_or_after_a_but_stays_a_dispute(body):
    assert _read(body).category == "contestation"


@pytest.mark.parametrize(
    "body",
    ["C'è uno sconto se paghiamo entro 10 giorni?", "se la paghiamo venerdì, c'è uno sconto?"],
)
def test_italian_conditional_paying_is_no_promise(body):
    assert _read(body).category != "payment_promise"


def test_short_denial_disputes_the_whole_invoice():
    assert _read("not mine").disputed_amount == Decimal("650.00")
    assert _read("fattura sbagliata?").disputed_amount is None


# --- refusals in SMS French, Swiss German, short English ----------------------------------------

SHORT_REFUSALS = [
    "jpaie pas tant ke c pas réparé",
    "zahle kei rappe bevor das gflickt isch",
    "i zahl nüt bis das repariert isch",
    "not paying this",
]


@pytest.mark.parametrize("body", SHORT_REFUSALS)
def test_short_refusal_withholds_the_whole_invoice(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.evidence
    assert reading.disputed_amount == Decimal("650.00")


@pytest.mark.parametrize(
    "body",
    [
        "jpaie pas tout de suite, fin du mois",
        "not paying it yet, end of month ok?",
        "we are not paying it right now, next week",
    ],
)
def test_not_paying_yet_is_no_refusal(body):
    assert _read(body).category != "contestation"


# --- a dispute cue in two or three words is read --------------------------------------------------

FEW_WORDS_DISPUTES = [
    "never ordered this",
    "jamais commandé ça",
    "hend mir nie bstellt",
    "mai ordinato",
    "too expensive!!",
    "trop cher",
    "viel z tüür",
    "troppo caro",
]


@pytest.mark.parametrize("body", FEW_WORDS_DISPUTES)
def test_dispute_in_a_few_words(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


FEW_WORDS_COPIES = ["pls resend", "renvoie stp", "schick nomal bitte", "me la rimandi?"]


@pytest.mark.parametrize("body", FEW_WORDS_COPIES)
def test_copy_request_in_a_few_words(body):
    reading = _read(body)
    assert reading.category == "copy_request", reading.evidence
    assert reading.pause_dunning is False


@pytest.mark.parametrize(
    "body",
    [
        "Je vous renvoie à notre courrier du 3 mai.",
        "je vous renvoie la facture signée",
        "Ich schicke Ihnen nochmals den Zahlungsbeleg.",
    ],
)
def test_customer_refers_or_sends_back_is_no_copy_request(body):
    assert _read(body).category != "copy_request"


# --- paid and promised as typed on a phone ------------------------------------------------------


@pytest.mark.parametrize(
    "body", ["hab gestern überwiesen", "hani geschter überwiese", "already sent the money"]
)
def test_paid_in_a_few_words(body):
    reading = _read(body)
    assert reading.category == "already_paid", reading.evidence
    assert reading.pause_dunning is True


@pytest.mark.parametrize(
    "body",
    [
        "we will send the money next week",
        "Ich hab noch nicht bezahlt, mach ich morgen.",
    ],
)
def test_money_to_come_is_no_payment_made(body):
    reading = _read(body)
    assert reading.category == "payment_promise", reading.evidence
    assert reading.pause_dunning is False


@pytest.mark.parametrize(
    ("body", "day"), [("ok will pay fri", 13), ("will pay thurs", 12), ("paying wed", 11)]
)
def test_weekday_abbreviated_in_english(body, day):
    reading = _read(body)
    assert reading.category == "payment_promise", reading.evidence
    assert reading.promised_date == date(2025, 6, day)


def test_french_mon_is_no_monday():
    reading = _read("Je paierai à la réception de mon salaire.")
    assert reading.promised_date is None


# --- formal letters: no reservation, a dispute that would have been told, one settled ----------


def test_no_reservation_is_no_dispute_even_for_the_model():
    body = (
        "Nous n'avons aucune réserve à formuler quant à la facture. Le paiement interviendra à "
        "30 jours selon nos conditions."
    )
    assert read_reply(_mail(body), CONTEXT).pause_dunning is False


@pytest.mark.parametrize(
    "body",
    [
        "Si nous avions eu une contestation, nous vous l'aurions signalée. Le paiement est prévu "
        "le 30 juin.",
        "Had we had any complaint we would have told you; payment is scheduled for 30 June.",
    ],
)
def test_a_dispute_that_would_have_been_told_is_none(body):
    reading = _read(body)
    assert reading.category == "payment_promise", reading.evidence
    assert reading.pause_dunning is False


@pytest.mark.parametrize(
    "body",
    [
        "L'an dernier, nous avions contesté une facture similaire, mais cette fois tout est "
        "conforme. Merci de nous envoyer une copie.",
        "Im letzten Jahr hatten wir eine Reklamation, die längst erledigt ist. Bitte senden Sie "
        "uns eine Kopie der Rechnung.",
        "The earlier dispute about the March invoice was settled in April. Could you send a copy "
        "of this one?",
    ],
)
def test_a_dispute_of_before_settled_is_none(body):
    reading = _read(body)
    assert reading.category == "copy_request", reading.evidence
    assert reading.pause_dunning is False


def test_a_dispute_not_settled_yet_stays():
    assert _read("The dispute is not settled yet: the hours are still wrong.").pause_dunning


@pytest.mark.parametrize(
    "body",
    [
        "The dispute was settled and we paid the invoice yesterday.",
        "Das Problem ist erledigt. Wir haben gestern bezahlt.",
    ],
)
def test_dispute_settled_and_paid_is_paid(body):
    assert _read(body).category == "already_paid"


# --- not disputing the amount while asking for time; disputing one thing, not another ----------


@pytest.mark.parametrize(
    "body",
    [
        "Sans contester le montant, nous sollicitons un délai au 31 juillet.",
        "Without disputing the amount, we ask for an extension to 31 July.",
        "Ohne die Forderung zu bestreiten, bitten wir um Aufschub bis 31. Juli.",
    ],
)
def test_not_disputing_the_amount_while_asking_for_time(body):
    reading = _read(body)
    assert reading.category == "delay_request", reading.evidence
    assert reading.promised_date == date(2025, 7, 31)


@pytest.mark.parametrize(
    "body",
    [
        "Sans contester le principe, nous contestons le nombre d'heures facturées.",
        "Nous ne contestons pas le principe, nous contestons le nombre d'heures facturées.",
        "Wir bestreiten nicht die Arbeit, wir bestreiten die Anzahl Stunden.",
        "We do not dispute the work, we dispute the number of hours billed.",
        "Non contestiamo il lavoro, contestiamo le ore fatturate.",
    ],
)
def test_denied_on_one_point_disputed_on_another(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence


@pytest.mark.parametrize(
    "body",
    [
        "Nous ne contestons ni le travail ni le montant, nous demandons un délai.",
        "We do not dispute the invoice and we do not dispute the hours.",
    ],
)
def test_two_denials_dispute_nothing(body):
    assert _read(body).pause_dunning is False


# --- the same invoice twice, asked briefly; goods never come ------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "warum 2x die gleiche Rechnig?",
        "perché due volte la stessa fattura?",
        "why did I get this twice?",
    ],
)
def test_same_invoice_twice_is_an_invoice_error(body):
    reading = _read(body)
    assert reading.category == "invoice_error", reading.evidence
    assert reading.pause_dunning is True


def test_paid_the_same_invoice_twice_is_paid():
    reading = _read("Abbiamo pagato per errore due volte la stessa fattura, ci potete rimborsare?")
    assert reading.category == "already_paid", reading.evidence


def test_reminder_got_twice_is_no_invoice_error():
    reading = _read("we got your reminder twice, will pay friday")
    assert reading.category == "payment_promise", reading.evidence


@pytest.mark.parametrize("body", ["never got the goods", "mir hend d Lieferig nie becho"])
def test_goods_never_come_briefly(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence


@pytest.mark.parametrize(
    "body", ["I didn't get the delivery note, can you send it?", "never got the invoice, pls send"]
)
def test_a_document_never_come_is_a_copy_request(body):
    reading = _read(body)
    assert reading.category == "copy_request", reading.evidence


# --- a short reply between a greeting and a name ----------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Hi,\nnot mine\nMark",
        "Bonjour\npas à moi, merci\nL. Perrin",
        "Grüezi\nfalsche Rechnig?\nGruess Sämi",
        "ciao, fattura sbagliata? grazie",
    ],
)
def test_short_dispute_between_greeting_and_name(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


def test_ok_between_greeting_and_name():
    assert _read("Hoi\nok\nSämi").category == "acknowledgement"


def test_longer_words_between_greeting_and_name_are_no_short_dispute():
    reading = _read("Hi,\nnot mine to decide, I forwarded it\nMark")
    assert reading.pause_dunning is False, reading.evidence


# --- "ok, paid"; paid "next week" is a promise; a grumble let go -------------------------------


@pytest.mark.parametrize("body", ["tutto ok, pagato", "ok, bezahlt", "c'est bon, payé"])
def test_ok_then_paid_is_paid(body):
    reading = _read(body)
    assert reading.category == "already_paid", reading.evidence


@pytest.mark.parametrize("body", ["oui, payé la semaine prochaine", "bezahlt nächste Woche"])
def test_paid_next_week_is_a_promise(body):
    reading = _read(body)
    assert reading.category == "payment_promise", reading.evidence
    assert reading.pause_dunning is False


@pytest.mark.parametrize(
    "body",
    [
        "trop cher mais bon je paie",
        "wrong month on the invoice but whatever, paying today",
        "z tüür, aber egal, ich zahle",
    ],
)
def test_a_grumble_let_go_does_not_pause(body):
    assert _read(body).pause_dunning is False


@pytest.mark.parametrize("body", ["trop cher, je paie pas", "whatever, not paying this"])
def test_a_grumble_with_a_refusal_pauses(body):
    assert _read(body).category == "contestation"


# --- the PO number asked on the invoice, as typed on a phone --------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "hi can u pls put our PO number on it, AP won't pay without",
        "could you write the purchase order 4500123 on the invoice?",
    ],
)
def test_po_number_asked_on_the_invoice_is_an_invoice_error(body):
    reading = _read(body)
    assert reading.category == "invoice_error", reading.evidence


def test_po_put_on_our_side_is_no_invoice_error():
    reading = _read("we'll put the PO on our side, paying friday")
    assert reading.category == "payment_promise", reading.evidence


# --- two or three words with no cue: no pause a model may read into them ----------------------


@pytest.mark.parametrize("body", ["je vérifie", "pas sûr", "no idea", "keine Ahnung", "sorry!"])
def test_a_few_words_without_cue_do_not_pause_even_with_the_model(body):
    reading = read_reply(_mail(body), CONTEXT)
    assert reading.pause_dunning is False, reading.evidence


@pytest.mark.parametrize("body", ["no", "nein", "non"])
def test_a_bare_no_still_disputes(body):
    assert _read(body).category == "contestation"


# --- no intention to dispute; the legal service that finds nothing to object ------------------


@pytest.mark.parametrize(
    "body",
    [
        "La commune n'entend pas contester la facture; elle sollicite toutefois un échéancier en "
        "deux versements, le 30 juin et le 31 juillet.",
        "We do not intend to dispute the invoice, but we need two instalments, on 30 June and "
        "31 July.",
    ],
)
def test_no_intention_to_dispute_then_instalments_is_a_delay(body):
    reading = _read(body)
    assert reading.category == "delay_request", reading.evidence
    assert reading.promised_date == date(2025, 6, 30)


def test_no_intention_on_one_point_dispute_on_another():
    body = "La commune n'entend pas contester le principe, mais conteste le nombre d'heures."
    assert _read(body).category == "contestation"


def test_legal_service_finding_nothing_to_object_is_no_threat():
    body = (
        "Le service juridique a examiné la facture et n'y voit rien à redire. Le mandat de "
        "paiement suivra."
    )
    assert _read(body).pause_dunning is False


def test_legal_service_in_touch_is_still_a_dispute():
    body = "Notre service juridique vous contactera au sujet de cette facture."
    assert _read(body).category == "contestation"


# --- nothing ordered, not agreeing, as typed on a phone ------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "c koi cette facture jai rien commandé",
        "je n'ai rien commandé",
        "nn ho ordinato niente",
        "wir haben nichts bestellt",
        "we didn't order anything",
        "ich bi nid iverstande mit dr rächnig",
        "nn nn la fattura nn è giusta",
    ],
)
def test_nothing_ordered_or_not_agreed_briefly(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence


@pytest.mark.parametrize(
    "body",
    [
        "nous n'avons rien commandé d'autre que les lampes",
        "Wir haben nichts ausser den Lampen bestellt",
    ],
)
def test_nothing_else_ordered_is_no_denial(body):
    assert _read(body).pause_dunning is False


def test_pay_in_2x_is_a_delay_request():
    reading = _read("jpeux payer en 2x ?")
    assert reading.category == "delay_request", reading.evidence
    assert reading.pause_dunning is False


# --- the quoted price alone or against the billed one; the work not finished; cancelled -------


@pytest.mark.parametrize(
    "body", ["quote was 500", "le devis c'était 500 !", "d Offerte isch 500 gsi"]
)
def test_quoted_price_alone_is_a_dispute(body):
    assert _read(body).category == "contestation"


@pytest.mark.parametrize(
    "body",
    [
        "the quote was 500 and you billed 650",
        "devis 500, facturé 650 ??",
        "Offerte 500.-, verrechnet 650.-",
        "billed 650 although the quote said 500",
    ],
)
def test_quote_against_billed_disputes_the_difference(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.disputed_amount == Decimal("150.00")


@pytest.mark.parametrize(
    "body",
    [
        "the quote was 650 and you billed 650, paying friday",
        "Merci pour le devis 2025-112 et la facture 2025-130, nous payons vendredi.",
        "our quote was 500 for phase 1, the invoice is right, paying friday",
    ],
)
def test_quote_and_bill_that_agree_or_references_are_no_dispute(body):
    assert _read(body).pause_dunning is False


@pytest.mark.parametrize(
    "body", ["Arbeit isch no nöd fertig", "les travaux sont pas finis", "hab das abbestellt"]
)
def test_work_unfinished_or_order_cancelled_briefly(body):
    assert _read(body).category == "contestation"


@pytest.mark.parametrize(
    "body",
    [
        "les travaux sont finis, merci, on paie vendredi",
        "d Arbeit isch fertig, merci, mir zahled am fritig",
        "hab das bestellt, zahle morn",
    ],
)
def test_work_finished_or_ordered_is_no_dispute(body):
    assert _read(body).pause_dunning is False


# --- never disputed; none to record ---------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Contrairement à ce que laisse entendre votre rappel, nous n'avons jamais contesté cette "
        "facture; son paiement a été retardé par notre changement de logiciel.",
        "Wir haben die Rechnung nie bestritten und zahlen am 30. Juni.",
        "Beanstandungen, wie sie bei früheren Aufträgen vorkamen, sind diesmal keine zu "
        "verzeichnen. Die Zahlung erfolgt am 30. Juni.",
    ],
)
def test_never_disputed_or_none_to_record_is_no_dispute(body):
    reading = _read(body)
    assert reading.pause_dunning is False, reading.evidence


def test_never_disputed_and_paid_is_paid():
    body = "We are surprised by your reminder: we never disputed the invoice, and it was paid on 2 June."
    assert _read(body).category == "already_paid"


def test_never_disputed_before_but_now_disputes():
    body = (
        "We never disputed the hours before, but this time we dispute them: 12 hours instead of 8."
    )
    assert _read(body).category == "contestation"


@pytest.mark.parametrize(
    "body",
    [
        "hoi, das isch nöd vo üs, mir händ kei Heizig bi eu bstellt",
        "ciao, non siamo noi, mai chiamato nessun idraulico",
    ],
)
def test_never_ordered_or_called_in_dialect(body):
    assert _read(body).category == "contestation"


def test_said_to_pay_a_part_is_no_price_said():
    assert _read("i said i'd pay 500 now not 650").disputed_amount is None


# --- an error offered for if one were found, none found; a dispute considered then dropped ------


@pytest.mark.parametrize(
    "body",
    [
        "Qualora la fattura presentasse errori, vi preghiamo di inviarci una nota di credito; al "
        "momento non ne abbiamo riscontrati. Il pagamento è previsto per il 30 giugno.",
        "If we had found an error we would have asked for a credit note; we found none. Payment "
        "on 30 June.",
        "Nous avions envisagé de contester la facture, mais après explications de votre "
        "technicien nous la réglerons le 30 juin.",
        "Wir hatten zunächst erwogen, die Rechnung zu beanstanden, haben nach Rücksprache aber "
        "davon abgesehen. Zahlung am 30. Juni.",
    ],
)
def test_error_none_found_or_dispute_dropped_does_not_pause(body):
    reading = _read(body)
    assert reading.pause_dunning is False, reading.evidence


@pytest.mark.parametrize(
    "body",
    [
        "If the hours are wrong, please send a credit note; we found 3 hours too many.",
        "Nous voulions contester la facture, mais après explications nous la contestons "
        "toujours: 8 heures au lieu de 5.",
    ],
)
def test_error_found_or_dispute_kept_still_disputes(body):
    assert _read(body).category == "contestation"
