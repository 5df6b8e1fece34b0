# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# ruff: noqa: RUF001  (Swiss amounts end in an en dash)
"""Kinds of replies found when the seventh and eighth writers' sets (tests/data/disputes_blind5:
formal letters of accounts-payable staff, public bodies and associations; disputes_blind6:
short phone replies) became development data. The rules alone are tested (``use_model=False``).
Synthetic texts only; the e-mails are dated Tuesday 10 June 2025."""

from datetime import date
from decimal import Decimal

import pytest

from fincycle.collections import ThreadContext, read_reply
from fincycle.collections.mail import parse_mail
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


# --- the customer's approval workflow (cost centre, visa, budget holder) is no invoice error ----

APPROVAL_WORKFLOW = [
    (
        "Under our procurement rules every supplier invoice must be approved in our ERP by the "
        "budget holder of the cost centre concerned (CC 4120) before Finance can pay it. The "
        "invoice is now scheduled for our payment run of 20 June 2025.",
        "payment_promise",
    ),
    (
        "Votre facture suit le circuit de visa habituel (visa du chef de service, centre de coût "
        "310). Elle sera payée le 20 juin 2025.",
        "payment_promise",
    ),
    (
        "La fattura è in attesa dell'approvazione del responsabile del centro di costo; verrà "
        "pagata il 20 giugno 2025.",
        "payment_promise",
    ),
    (
        "Besten Dank für Ihre Rechnung. Die Rechnung ist im Visumslauf, Sie müssen nichts "
        "weiter unternehmen.\n\nHallo Roman\nAnbei die Rechnung. Bitte visieren, Kostenstelle "
        "4410 Unterhalt. Danke!\nMonika",
        "acknowledgement",
    ),
]


@pytest.mark.parametrize(("body", "category"), APPROVAL_WORKFLOW)
def test_formal_approval_workflow_is_no_invoice_error(body, category):
    reading = _read(body)
    assert reading.category == category, reading.evidence
    assert reading.pause_dunning is False


MISSING_REFERENCE = [
    "Please add our cost centre 4120 to the invoice, otherwise it cannot be approved.",
    "Die Kostenstelle fehlt auf der Rechnung; ohne sie kann die Rechnung nicht visiert werden.",
    "Merci d'indiquer notre bon de commande n° 4500012874 sur la facture, sans quoi elle ne "
    "peut pas être validée.",
    "Our purchase order number 4500012874 is missing on the invoice.",
]


@pytest.mark.parametrize("body", MISSING_REFERENCE)
def test_formal_missing_reference_stays_an_invoice_error(body):
    reading = _read(body)
    assert reading.category == "invoice_error", reading.evidence
    assert reading.pause_dunning is True


# --- a purchase order quoted in the story of a price dispute ---------------------------------

PRICE_AGAINST_ORDER = [
    "Votre offre, que nous avons acceptée par bon de commande n° 4500012874, prévoyait un "
    "forfait de CHF 2'400.–. Votre facture de CHF 2'945.– ne correspond pas à cet engagement.",
    "We accepted your quote with purchase order 4500012874 for a flat fee of CHF 2,400; your "
    "invoice of CHF 2,945 does not match the quote.",
    "Nous ne pouvons pas valider la différence de CHF 545.– et réglerons le montant de l'offre.",
    "Wir können den Mehrbetrag von CHF 545.– leider nicht anerkennen.",
    "We cannot approve the difference of CHF 545.",
    "Non possiamo approvare la differenza di CHF 545.",
]


@pytest.mark.parametrize("body", PRICE_AGAINST_ORDER)
def test_formal_price_against_order_is_a_contestation(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


# --- a defect of before said corrected -------------------------------------------------------

CORRECTED_NOW = [
    "Nous accusons bonne réception de votre facture. Nous relevons avec plaisir que, "
    "contrairement à l'an dernier, la facture est cette fois correctement adressée à la paroisse "
    "et non plus à l'ancienne adresse du pasteur. Merci d'avoir tenu compte de notre remarque.",
    "Danke für die Rechnung. Wir stellen erfreut fest, dass sie diesmal richtig an die "
    "Kirchgemeinde adressiert ist.",
    "Thank you for the invoice, which this time is correctly addressed to the foundation and no "
    "longer to our old office.",
    "Grazie per la fattura, questa volta intestata correttamente alla fondazione.",
]


@pytest.mark.parametrize("body", CORRECTED_NOW)
def test_formal_defect_said_corrected_is_an_acknowledgement(body):
    reading = _read(body)
    assert reading.category == "acknowledgement", reading.evidence
    assert reading.pause_dunning is False


def test_formal_defect_still_there_stays_an_invoice_error():
    reading = _read(
        "La facture n'est toujours pas correctement adressée : elle porte encore l'ancienne "
        "adresse de notre siège."
    )
    assert reading.category == "invoice_error", reading.evidence
    assert reading.pause_dunning is True


# --- the invoice to be filed on the customer's portal (a channel, as a copy request) ------------

PORTAL_FILING = [
    "Conformément à la réglementation, les fournisseurs des collectivités doivent déposer leurs "
    "factures sur le portail Chorus Pro. Nous vous remercions de bien vouloir y déposer la "
    "facture ; elle sera mandatée dès son dépôt.",
    "Gemäss unseren Vorgaben müssen alle Rechnungen über unser Lieferantenportal eingereicht "
    "werden. Wir bitten Sie, die Rechnung dort hochzuladen.",
    "As a public body we can only pay invoices submitted through our e-invoicing platform; "
    "please upload the invoice there.",
    "Le fatture devono essere caricate sul portale della Confederazione: Vi chiediamo di "
    "caricarla al più presto.",
]


@pytest.mark.parametrize("body", PORTAL_FILING)
def test_formal_portal_filing_is_a_copy_request(body):
    reading = _read(body)
    assert reading.category == "copy_request", reading.evidence
    assert reading.pause_dunning is False


# --- a copy of another invoice, "which is paid" ------------------------------------------------

COPY_OF_PAID = [
    "Vi chiediamo gentilmente di inviarci una copia della fattura con la polizza di versamento "
    "QR e anche una copia della fattura di settembre, che risulta pagata ma di cui ci manca il "
    "documento.",
    "Pourriez-vous nous envoyer une copie de la facture, ainsi qu'une copie de celle de mars, "
    "qui est payée mais dont nous n'avons plus le document ?",
    "Could you send us a copy of the invoice, and also a copy of the March invoice, which was "
    "paid in April, for our auditors?",
]


@pytest.mark.parametrize("body", COPY_OF_PAID)
def test_formal_copy_of_a_paid_invoice_is_a_copy_request(body):
    reading = _read(body)
    assert reading.category == "copy_request", reading.evidence
    assert reading.pause_dunning is False


def test_formal_paid_with_its_remittance_stays_paid():
    reading = _read("We sent you a copy of the remittance: the invoice was paid on 2 June.")
    assert reading.category == "already_paid", reading.evidence
    assert reading.pause_dunning is True


# --- thanks, then a new offer or service asked for ----------------------------------------------

NEW_OFFER = [
    "Nous vous remercions pour votre facture, qui suit son cours. Pourriez-vous nous faire "
    "parvenir une offre pour l'interprétation de notre séance de mars ?",
    "Nous profitons de l'occasion pour vous demander si votre bureau propose également "
    "l'interprétation simultanée.",
    "Besten Dank für die Rechnung. Könnten Sie uns auch eine Offerte für die Wartung 2026 "
    "schicken?",
    "Thanks for the invoice. Could you send us a quote for interpreting at our March meeting?",
    "Grazie per la fattura. Potreste inviarci un'offerta per la traduzione del regolamento?",
]


@pytest.mark.parametrize("body", NEW_OFFER)
def test_formal_new_offer_asked_is_other(body):
    reading = _read(body)
    assert reading.category == "other", reading.evidence
    assert reading.pause_dunning is False


# --- a mail server's non-delivery notice is no out-of-office --------------------------------------

BOUNCES = [
    (
        "Message non remis : Rappel facture {invoice}",
        "Ceci est un message automatique du serveur de messagerie. Votre message n'a pas pu être "
        "remis à la boîte aux lettres suivante : contact@client.example. Raison : boîte aux "
        "lettres pleine. Merci de ne pas répondre à ce message.",
    ),
    (
        "Undeliverable: Reminder invoice {invoice}",
        "Your message could not be delivered to one or more recipients. The recipient's mailbox "
        "is full.",
    ),
    (
        "Unzustellbar: Mahnung Rechnung {invoice}",
        "Die Nachricht konnte nicht zugestellt werden: Postfach voll.",
    ),
    (
        "Mancato recapito: Sollecito fattura {invoice}",
        "Il messaggio non è stato recapitato: casella piena.",
    ),
]


@pytest.mark.parametrize(("subject", "body"), BOUNCES)
def test_formal_bounce_is_other(subject, body):
    raw = reply_email(
        body,
        invoice="FX-25-0311",
        subject=subject,
        sender="Mail Delivery System <mailer-daemon@client.example>",
        company="Fournisseur SA <compta@fournisseur.example>",
    )
    reading = read_reply(raw, CONTEXT, use_model=False)
    assert reading.category == "other", reading.evidence
    assert reading.pause_dunning is False
    assert reading.urgency == 1


# --- a fee typed without its umlaut ("MAHNGEBUEHR") ------------------------------------------------

FEE_WITHOUT_UMLAUT = [
    "RECHNUNG WIRD HEUTE BEZAHLT. ABER DIE 20 FRANKEN MAHNGEBUEHR ZAHLE ICH SICHER NICHT!!!",
    "Die Rechnung zahlen wir, aber die Mahngebuehr von CHF 20 nicht.",
]


@pytest.mark.parametrize("body", FEE_WITHOUT_UMLAUT)
def test_formal_fee_without_umlaut_is_contested(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True
    assert reading.disputed_amount == Decimal("20")


# --- "c payé" (typed on a phone) ---------------------------------------------------------------

PHONE_PAID = [
    "slt, la 311 c payé depuis le 3, virement fait, verifiez svp",
    "cest réglé depuis lundi",
]


@pytest.mark.parametrize("body", PHONE_PAID)
def test_formal_phone_paid(body):
    reading = _read(body)
    assert reading.category == "already_paid", reading.evidence
    assert reading.pause_dunning is True


# --- a complaint in passing, the invoice paid anyway -----------------------------------------

PAYS_ANYWAY = [
    "Ehrlich gesagt waren wir mit der Montage nicht zufrieden: der Monteur kam zu spät. An der "
    "Rechnung haben wir aber nichts auszusetzen, die bezahlen wir trotzdem. Die Zahlung geht mit "
    "unserem Zahlungslauf Ende Monat raus.",
    "Franchement, le montage ne nous a pas satisfaits. Mais nous n'avons rien à redire à la "
    "facture et nous la paierons quand même : le virement partira le 30 juin.",
    "Honestly the installers were late and not happy with the mess, but there is nothing wrong "
    "with the invoice; we will pay it anyway on 30 June.",
    "Il montaggio non ci ha soddisfatti, ma non abbiamo nulla da eccepire sulla fattura: la "
    "paghiamo comunque, il bonifico partirà il 30 giugno.",
]


@pytest.mark.parametrize("body", PAYS_ANYWAY)
def test_formal_complaint_paid_anyway_is_a_promise(body):
    reading = _read(body)
    assert reading.category == "payment_promise", reading.evidence
    assert reading.pause_dunning is False


def test_formal_paid_anyway_but_the_fee_refused_is_contested():
    reading = _read(
        "Die Montage war mangelhaft, die Rechnung zahlen wir trotzdem, aber die Mahngebühr von "
        "CHF 20 nicht."
    )
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


# --- more formal letters: paid in a long sentence, claim undisputed, fee exceeded, not found ---


def test_formal_paid_named_far_from_its_verb():
    reading = _read(
        "Gemäss unserer Buchhaltung wurde die Rechnung FX-25-0311 am 2. Juni 2025 mit "
        "Sammelauftrag beglichen. Wir bitten Sie, den Zahlungseingang zu prüfen."
    )
    assert reading.category == "already_paid", reading.evidence
    assert reading.pause_dunning is True


UNDISPUTED_THEN_TIME = [
    "The amount is not in dispute. However, we would be grateful if you could grant us an "
    "extension until 31 July 2025.",
    "Die Forderung ist unbestritten. Aufgrund eines Liquiditätsengpasses bitten wir Sie jedoch "
    "um eine Zahlungsfrist bis zum 31. Juli 2025.",
    "La facture n'est pas contestée ; nous vous saurions gré de nous accorder un délai de "
    "paiement jusqu'au 31 juillet 2025.",
    "La fattura non è in discussione, ma Vi chiediamo una proroga del termine di pagamento fino "
    "al 31 luglio 2025.",
]


@pytest.mark.parametrize("body", UNDISPUTED_THEN_TIME)
def test_formal_undisputed_claim_then_a_term(body):
    reading = _read(body)
    assert reading.category == "delay_request", reading.evidence
    assert reading.pause_dunning is True
    assert reading.promised_date == date(2025, 7, 31)


BEYOND_THE_AGREED = [
    "Nous ne pouvons donner suite à votre rappel : les prestations facturées (12 heures) "
    "excèdent le forfait de 8 heures prévu par notre commande. Nous vous prions d'établir une "
    "note de crédit pour la différence.",
    "The hours billed exceed the agreed fixed fee of 8 hours.",
    "Die verrechneten Stunden übersteigen die vereinbarte Pauschale deutlich.",
    "Le ore fatturate superano il forfait pattuito di 8 ore.",
]


@pytest.mark.parametrize("body", BEYOND_THE_AGREED)
def test_formal_billed_beyond_the_agreed_is_contested(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


def test_formal_deadline_exceeded_is_no_contestation():
    reading = _read("L'échéance est dépassée, nous vous réglerons le 20 juin 2025.")
    assert reading.category == "payment_promise", reading.evidence
    assert reading.pause_dunning is False


NOT_FOUND_SEND_AGAIN = [
    "Die erwähnte Rechnung liegt uns nicht vor. Wir bitten Sie, uns diese nochmals zuzustellen.",
    "Nous n'avons pas retrouvé la facture mentionnée dans votre rappel. Nous vous saurions gré "
    "de nous en faire parvenir un duplicata.",
    "We are unable to locate this invoice in our system. Could you kindly forward a copy to "
    "ap@council.example?",
    "Non troviamo traccia della fattura nei nostri archivi: Vi chiediamo di inviarcene una copia.",
]


@pytest.mark.parametrize("body", NOT_FOUND_SEND_AGAIN)
def test_formal_invoice_not_found_is_a_copy_request(body):
    reading = _read(body)
    assert reading.category == "copy_request", reading.evidence
    assert reading.pause_dunning is False


# --- a reply written on someone's behalf names no wrong addressee ----------------------------

ON_BEHALF = [
    "Je vous écris au nom de M. Dupont, actuellement hospitalisé. Il vous réglera la facture à "
    "son retour, le 30 juin 2025.",
    "I am writing on behalf of Mr Smith, who is in hospital. He will pay the invoice on 30 June "
    "2025.",
    "Ich schreibe Ihnen im Auftrag von Herrn Huber, der im Spital ist. Er wird die Rechnung am "
    "30. Juni 2025 bezahlen.",
    "Vi scrivo a nome del signor Rossi, ricoverato in ospedale: pagherà la fattura il 30 giugno "
    "2025.",
]


@pytest.mark.parametrize("body", ON_BEHALF)
def test_formal_on_behalf_is_no_invoice_error(body):
    reading = _read(body)
    assert reading.category == "payment_promise", reading.evidence
    assert reading.pause_dunning is False


def test_formal_made_out_to_the_wrong_name_stays_an_invoice_error():
    reading = _read(
        "La facture est établie au nom de M. Dupont, alors que c'est notre association qui a "
        "passé commande : merci de la refaire au nom de l'association."
    )
    assert reading.category == "invoice_error", reading.evidence
    assert reading.pause_dunning is True


# --- short phone replies: umlauts typed out, Swiss German, slang ---------------------------------

PHONE_READINGS = [
    ("Hab ich schon ueberwiesen letzte Woche!", "already_paid"),
    ("Die Rechnung wurde schon ueberwiesen, bitte pruefen.", "already_paid"),
    ("Koennen Sie bis Ende Monat warten? Es ist grad etwas knapp.", "delay_request"),
    ("pouvez vous attendre fin du mois svp? un peu serré en ce moment", "delay_request"),
    ("can you wait till end of month? bit tight", "delay_request"),
    ("DAS ZAHL ICH NICHT, DER MONTEUR WAR NUR 1 STUNDE DA", "contestation"),
    ("ma siete matti? 480 per 20 minuti di lavoro", "contestation"),
    ("no way im paying 480 for that, guy was here 20 mins", "contestation"),
    ("pas question de payer ça, il est resté juste une heure", "contestation"),
    ("la facture est au nom de mon ex, svp refaire a mon nom", "invoice_error"),
    ("Rechnig isch uf di alti adrässe, bitte neu usstelle", "invoice_error"),
    ("bitte nomal schicke, find d rechnig nöd", "copy_request"),
    ("mi rimandate la fattura? non la trovo", "copy_request"),
    ("Wir haben die Ware zurueckgeschickt, die Rechnung zahlen wir nicht.", "contestation"),
]


@pytest.mark.parametrize(("body", "category"), PHONE_READINGS)
def test_phone_reply_kinds(body, category):
    reading = _read(body)
    assert reading.category == category, reading.evidence


def test_phone_wait_asked():
    reading = _read("pouvez vous attendre fin du mois svp? un peu serré en ce moment")
    assert reading.pause_dunning is True  # "fin du mois" is a date
    assert reading.promised_date == date(2025, 6, 30)
    reading = _read("un peu serré en ce moment, merci de patienter un peu")
    assert reading.category == "delay_request", reading.evidence
    assert reading.pause_dunning is False


# --- look like disputes, are not; and the reverse --------------------------------------------

NAMESAKE = [
    "Je crois qu'il y a erreur, je n'ai jamais rien commandé chez vous. Il doit s'agir d'un "
    "homonyme.",
    "Sie verwechseln mich, ich habe nie bei Ihnen bestellt. Es gibt einen anderen Hans Meier in "
    "Bern.",
    "There must be a mix-up, I've never ordered from you - probably another John Smith.",
    "Deve trattarsi di un omonimo: non ho mai ordinato nulla da voi.",
]


@pytest.mark.parametrize("body", NAMESAKE)
def test_namesake_who_never_ordered_is_other(body):
    reading = _read(body)
    assert reading.category == "other", reading.evidence
    assert reading.pause_dunning is False


def test_customer_who_never_ordered_contests():
    reading = _read("Nous n'avons jamais commandé ces travaux, nous contestons cette facture.")
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


CONTACT_LEFT_FUTURE_ADDRESS = [
    "Bitte künftig die Rechnungen an buchhaltung@firma.example senden, Herr Keller ist nicht "
    "mehr bei uns.",
    "Mr Keller no longer works here; please send future invoices to ap@firm.example.",
    "Mme Rochat ne travaille plus chez nous, merci d'envoyer désormais les factures à "
    "compta@firme.example.",
]


@pytest.mark.parametrize("body", CONTACT_LEFT_FUTURE_ADDRESS)
def test_contact_left_future_invoices_elsewhere_is_a_copy_request(body):
    reading = _read(body)
    assert reading.category == "copy_request", reading.evidence
    assert reading.pause_dunning is False


def test_stop_sending_me_invoices_is_other():
    reading = _read(
        "Je ne suis plus propriétaire depuis mars : ne m'envoyez plus de factures à l'avenir."
    )
    assert reading.category == "other", reading.evidence


STILL_BROKEN = [
    "Na toll, eine Mahnung, und die Tür klemmt immer noch. Erst reparieren, dann zahle ich.",
    "bravo per il sollecito, la porta non chiude ancora. Prima sistemate, poi pago.",
    "Oh great, a reminder, and the window still won't close. Fix it first.",
    "Merci pour le rappel, la fenêtre fuit toujours. D'abord réparer, ensuite on verra.",
]


@pytest.mark.parametrize("body", STILL_BROKEN)
def test_still_broken_is_contested(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


TRANSFER_DONE = [
    "Bonifico fatto il 3 giugno, allego la ricevuta.",
    "Transfer done on 3 June, receipt attached.",
]


@pytest.mark.parametrize("body", TRANSFER_DONE)
def test_transfer_done_is_paid(body):
    reading = _read(body)
    assert reading.category == "already_paid", reading.evidence
    assert reading.pause_dunning is True


def test_transfer_done_tomorrow_is_a_promise():
    reading = _read("Bonifico fatto domani mattina, promesso.")
    assert reading.category != "already_paid", reading.evidence


# --- the amount the customer names, the first instalment of a plan ------------------------------

NAMED_AMOUNTS = [
    (
        "Votre facture, établie à la page (31 pages à CHF 95.–, soit CHF 2'945.– hors TVA), ne "
        "correspond pas à notre commande. Nous ne pouvons donc pas valider la différence de "
        "CHF 545.– hors TVA.",
        "545",
    ),
    ("We cannot accept the difference of CHF 545 against the quote.", "545"),
    (
        "Contestiamo l'importo relativo ai 3 rotoli difettosi, cioè 3 × CHF 412.00 IVA esclusa.",
        "1236",
    ),
    ("Nous contestons les 2 x 95 € de déplacement, jamais annoncés.", "190"),
]


@pytest.mark.parametrize(("body", "amount"), NAMED_AMOUNTS)
def test_contested_amount_named_by_the_customer(body, amount):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.disputed_amount == Decimal(amount)


FIRST_INSTALMENT = [
    ("Could we do half now and the other half mid July?", "2025-06-10"),
    ("On pourrait payer la moitié maintenant et l'autre moitié fin juillet ?", "2025-06-10"),
    (
        "Vorschlag: 3 Raten à CHF 500.–, die erste am 30.6., dann Ende Juli und Ende August.",
        "2025-06-30",
    ),
    (
        "Nous proposons trois versements : le premier le 30 juin, puis fin juillet et fin août.",
        "2025-06-30",
    ),
]


@pytest.mark.parametrize(("body", "promised"), FIRST_INSTALMENT)
def test_first_instalment_is_the_promised_date(body, promised):
    reading = _read(body)
    assert reading.category == "delay_request", reading.evidence
    assert reading.pause_dunning is True
    assert reading.promised_date == date.fromisoformat(promised)


# --- future correspondence to the customer's fiduciary, the UID, a property transferred ----------


def test_future_invoices_addressed_elsewhere_is_a_copy_request():
    reading = _read(
        "Vi informiamo che dal 1° gennaio la nostra contabilità è gestita dalla Fiduciaria Rossi "
        "SA. Vi preghiamo di indirizzare d'ora in poi fatture e solleciti a "
        "contabilita@fiduciariarossi.example."
    )
    assert reading.category == "copy_request", reading.evidence
    assert reading.pause_dunning is False


def test_uid_required_on_the_invoice_is_an_invoice_error():
    reading = _read(
        "We are unable to process the invoice: as a VAT-registered entity in Switzerland we "
        "require our UID number CHE-123.456.789 to appear on it. Please send us a corrected "
        "invoice."
    )
    assert reading.category == "invoice_error", reading.evidence
    assert reading.pause_dunning is True


def test_property_transferred_is_no_payment():
    reading = _read(
        "The property at Rue du Lac 4 was transferred to the municipality on 1 April. Any "
        "correspondence concerning it should be addressed to the municipal building department."
    )
    assert reading.category != "already_paid", reading.evidence
    assert reading.pause_dunning is False


def test_money_transferred_is_paid():
    reading = _read("The amount was transferred to your UBS account on 2 June.")
    assert reading.category == "already_paid", reading.evidence


# --- structure: formal closings and signatures without a closing are no customer's words ------


SIGNED_BY_LAWYERS = [
    (
        "Bonjour,\n\nBien reçu, merci. Je transmets à notre comptabilité.\n\nMe Sophie Favre\n"
        "Avocate\nÉtude Favre & Associés\nRue du Rhône 12, 1204 Genève",
        "acknowledgement",
    ),
    (
        "Guten Tag\n\nBesten Dank, ich leite die Rechnung an unsere Buchhaltung weiter.\n\n"
        "lic. iur. Peter Huber\nRechtsanwalt\nHuber Rechtsanwälte AG\nBahnhofstrasse 1, 8001 "
        "Zürich",
        "acknowledgement",
    ),
    (
        "Dear Sir or Madam,\n\nThe invoice will be paid on 20 June 2025.\n\nJohn Smith\n"
        "Legal Department\nAcme Ltd",
        "payment_promise",
    ),
    (
        "Buongiorno,\n\ngrazie, fattura ricevuta e inoltrata alla contabilità.\n\n"
        "Avv. Marco Bianchi\nStudio Legale Bianchi\nVia Nassa 5, 6900 Lugano",
        "acknowledgement",
    ),
    (
        "Madame,\n\nNous accusons réception de votre facture, transmise pour visa.\n\n"
        "Veuillez agréer, Madame, nos salutations distinguées.\n\nService juridique et des "
        "finances\nCommune de Montagny",
        "acknowledgement",
    ),
]


@pytest.mark.parametrize(("body", "category"), SIGNED_BY_LAWYERS)
def test_signature_of_a_lawyer_is_no_threat(body, category):
    reading = _read(body)
    assert reading.category == category, reading.evidence
    assert reading.pause_dunning is False
    assert reading.urgency < 5


FORMAL_CLOSINGS = [
    "Veuillez agréer, Madame, nos salutations distinguées.",
    "Avec nos meilleures salutations,",
    "Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.",
    "Restiamo volentieri a disposizione e porgiamo cordiali saluti.",
    "With kind regards,",
    "Mit freundlichen Grüssen",
    "Hochachtungsvoll",
]


@pytest.mark.parametrize("closing", FORMAL_CLOSINGS)
def test_formal_closing_ends_the_customers_words(closing):
    body = (
        f"Bonjour,\n\nLa facture sera payée le 20 juin.\n\n{closing}\n\nJean Roch\n"
        "Responsable du contentieux\nRégie du Lac SA"
    )
    own = parse_mail(_mail(body)).own_text
    assert "contentieux" not in own
    assert "20 juin" in own


def test_short_last_paragraph_with_the_message_is_kept():
    reading = _read("Bonjour,\n\nLa facture sera payée le 20 juin 2025\nsans faute\n")
    assert reading.category == "payment_promise", reading.evidence
    assert reading.promised_date == date(2025, 6, 20)
    reading = _read("Bonjour,\n\nDéjà payé\nvirement UBS du 2 juin\n")
    assert reading.category == "already_paid", reading.evidence


# --- the invoice in the customer's approval procedure, no date: received, on its way -------------

IN_PROCESS = [
    "Wir nehmen Bezug auf Ihre Zahlungserinnerung. Die Rechnung befindet sich im ordentlichen "
    "Freigabeprozess unserer Verwaltung und wird nach Abschluss der Prüfung zur Zahlung "
    "angewiesen.",
    "We refer to your reminder. The invoice is currently going through our standard approval "
    "procedure and will be processed for payment once this has been completed.",
    "In riferimento al Vostro sollecito, Vi comunichiamo che la fattura è in fase di verifica "
    "presso i nostri uffici e sarà evasa secondo la procedura abituale.",
    "Votre facture est en cours de validation et sera payée à l'issue du circuit de visa.",
]


@pytest.mark.parametrize("body", IN_PROCESS)
def test_invoice_in_approval_without_date_is_an_acknowledgement(body):
    reading = _read(body)
    assert reading.category == "acknowledgement", reading.evidence
    assert reading.pause_dunning is False


def test_invoice_approved_with_a_date_is_a_promise():
    reading = _read(
        "The invoice has gone through our approval procedure and is scheduled for payment on "
        "20 June 2025."
    )
    assert reading.category == "payment_promise", reading.evidence
    assert reading.promised_date == date(2025, 6, 20)


# --- phone replies: the fee refused in passing, tonight, a wrong address or name ---------------

FEE_REFUSED_SHORT = [
    "20.- Mahngebühr?? Die Rechnung kam erst letzte Woche, das zahl ich sicher nicht.",
    "the reminder fee is a joke, I'll pay the invoice but NOT the 20",
    "le spese di sollecito non le pago, la fattura l'ho ricevuta solo ieri",
    "Die Mahngebühr zahle ich nicht, die Rechnung kam zu spät.",
]


@pytest.mark.parametrize("body", FEE_REFUSED_SHORT)
def test_phone_fee_refused_is_contested(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


PAYING_TONIGHT = ["scusate, pago stasera", "my bad, paying tonight", "sorry, je paie ce soir"]


@pytest.mark.parametrize("body", PAYING_TONIGHT)
def test_phone_paying_tonight_is_a_promise_for_today(body):
    reading = _read(body)
    assert reading.category == "payment_promise", reading.evidence
    assert reading.promised_date == date(2025, 6, 10)


WRONG_ADDRESS_OR_NAME = [
    "C'est pas mon adresse, j'ai déménagé, la facture doit être au 12 rue des Alpes",
    "Falscher Name auf der Rechnung, ich heisse Meyer mit y",
    "That's not our address on the invoice, please correct it.",
    "Non è il mio indirizzo quello sulla fattura, correggetela per favore.",
]


@pytest.mark.parametrize("body", WRONG_ADDRESS_OR_NAME)
def test_phone_wrong_address_or_name_is_an_invoice_error(body):
    reading = _read(body)
    assert reading.category == "invoice_error", reading.evidence
    assert reading.pause_dunning is True


# --- formal English and Italian; words that only look like a threat -----------------------------

FORMAL_EN_IT = [
    (
        "Con riferimento al Vostro sollecito Vi comunichiamo che l'importo è stato accreditato "
        "sul Vostro conto in data 2 giugno 2025.",
        "already_paid",
    ),
    (
        "Owing to a temporary cash-flow constraint, we would be grateful if you would allow us "
        "until 31 July 2025 to settle the invoice in full.",
        "delay_request",
    ),
    (
        "A causa di un ritardo nei contributi cantonali, Vi chiediamo gentilmente di poter "
        "saldare la fattura entro il 31 luglio 2025.",
        "delay_request",
    ),
    (
        "We have no record of receiving this invoice. Would you kindly send a duplicate to "
        "accounts.payable@acme.example?",
        "copy_request",
    ),
    (
        "Non ci risulta di aver ricevuto la fattura. Vi saremmo grati se poteste inviarcene un "
        "duplicato.",
        "copy_request",
    ),
]


@pytest.mark.parametrize(("body", "category"), FORMAL_EN_IT)
def test_formal_english_and_italian(body, category):
    reading = _read(body)
    assert reading.category == category, reading.evidence


NO_THREAT = [
    ("A causa di un disguido pagheremo la fattura il 20 giugno 2025.", "payment_promise"),
    ("As a courtesy, we will pay the invoice on 20 June 2025.", "payment_promise"),
    ("La fattura va intestata alla nostra sede legale di Lugano.", "invoice_error"),
    ("Die Rechnung ist an die falsche Adresse gerichtet, bitte korrigieren.", "invoice_error"),
]


@pytest.mark.parametrize(("body", "category"), NO_THREAT)
def test_words_that_only_look_like_a_threat(body, category):
    reading = _read(body)
    assert reading.category == category, reading.evidence
    assert reading.urgency < 5


def test_a_duplicate_invoice_stays_an_invoice_error():
    reading = _read("This invoice is a duplicate of FX-25-0290, which we paid in May.")
    assert reading.category in ("invoice_error", "already_paid"), reading.evidence
    assert reading.pause_dunning is True


# --- the customer's own processing is late: no dispute, time without a date -------------------

INTERNAL_DELAY = [
    "Nous n'avons pas encore reçu l'aval de la commission des finances pour cette facture ; "
    "nous reviendrons vers vous dès que possible.",
    "The invoice has not yet been approved because our finance committee only meets next "
    "month. We will revert in due course.",
    "La fattura non è ancora stata approvata dal Consiglio; Vi daremo notizie al più presto.",
    "Leider ist die Rechnung bei uns nicht im System erfasst worden. Wir kümmern uns darum.",
    "We have not been able to process the invoice yet due to staff shortages; apologies for "
    "the delay.",
]


@pytest.mark.parametrize("body", INTERNAL_DELAY)
def test_internal_delay_is_no_dispute(body):
    reading = _read(body)
    assert reading.category == "delay_request", reading.evidence
    assert reading.pause_dunning is False


INTERNAL_WORDS_IN_A_DISPUTE = [
    "We have not approved these extra hours and will not pay for them.",
    "Diese Zusatzarbeiten wurden von uns nie genehmigt, die bezahlen wir nicht.",
    "Ces travaux supplémentaires n'ont jamais été approuvés : nous contestons la facture.",
]


@pytest.mark.parametrize("body", INTERNAL_WORDS_IN_A_DISPUTE)
def test_work_not_approved_is_still_contested(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


# --- waiting for the funds, an invoice overlooked ---------------------------------------------

WAITING_FOR_FUNDS = [
    "La facture n'a pas encore été payée car nous attendons le versement de la subvention "
    "cantonale.",
    "Die Rechnung ist noch nicht bezahlt, weil wir auf den Kantonsbeitrag warten.",
    "The invoice hasn't been paid yet as we are waiting for the grant to come through.",
    "La fattura non è ancora stata pagata perché attendiamo il contributo del Cantone.",
]


@pytest.mark.parametrize("body", WAITING_FOR_FUNDS)
def test_waiting_for_funds_is_time_asked(body):
    reading = _read(body)
    assert reading.category == "delay_request", reading.evidence
    assert reading.pause_dunning is False


def test_invoice_overlooked_is_no_dispute():
    reading = _read(
        "Nous n'avions pas vu passer votre facture, merci pour le rappel ; elle est transmise au "
        "service comptable."
    )
    assert reading.category == "acknowledgement", reading.evidence
    assert reading.pause_dunning is False


# --- last year's fee against this year's, the difference to discuss ---------------------------

YEAR_ON_YEAR = [
    "Pour le bouclement 2024 vous nous aviez facturé CHF 2'400.–, cette année CHF 3'000.– pour "
    "exactement le même mandat.",
    "For the 2024 accounts you billed us CHF 2,400, this year CHF 3,000 for the very same work.",
    "Für den Abschluss 2024 haben Sie uns CHF 2'400.– verrechnet, dieses Jahr CHF 3'000.– für "
    "genau dasselbe Mandat.",
    "Wir haben keine Mehrarbeit bestellt.",
    "Nous payons la partie convenue, la différence on en discute ?",
]


@pytest.mark.parametrize("body", YEAR_ON_YEAR)
def test_year_on_year_price_is_contested(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


def test_this_years_invoice_paid_is_no_comparison():
    reading = _read(
        "Cette année, la facture de CHF 3'000.– a été réglée le 2 juin, CHF 600 de plus."
    )
    assert reading.category == "already_paid", reading.evidence


SHORT_LAST_LINES_KEPT = [
    ("ok\n\nwird erledigt\nmorgen", "wird erledigt"),
    ("Bonjour\n\nje passe régler\ndemain matin", "je passe"),
    ("hi\n\nsorry forgot\nwill do tomorrow", "sorry forgot"),
]


@pytest.mark.parametrize(("body", "kept"), SHORT_LAST_LINES_KEPT)
def test_short_last_lines_of_a_person_are_no_signature(body, kept):
    assert kept in parse_mail(_mail(body)).own_text


# --- a credit note received or deducted, complaints that are only possible ----------------------

REMEDY_OR_OFFSET = [
    (
        "Nous avons bien reçu votre note de crédit NC-25-011 ainsi que la facture rectifiée ; "
        "merci, le dossier est transmis pour paiement.",
        "acknowledgement",
    ),
    (
        "Abbiamo dedotto la nota di credito NC-25-011 e bonificato il saldo di CHF 2'280.– il "
        "2 giugno.",
        "already_paid",
    ),
    (
        "We deducted your credit note CN-25-011 and transferred the balance on 2 June.",
        "already_paid",
    ),
    (
        "Nous accusons réception de votre facture. Pour mémoire, toute réclamation éventuelle "
        "vous sera adressée par écrit dans les 30 jours.",
        "acknowledgement",
    ),
    (
        "Wir bestätigen den Eingang Ihrer Rechnung. Allfällige Beanstandungen würden wir Ihnen "
        "innert 30 Tagen mitteilen.",
        "acknowledgement",
    ),
]


@pytest.mark.parametrize(("body", "category"), REMEDY_OR_OFFSET)
def test_credit_note_received_or_deducted_and_possible_complaints(body, category):
    reading = _read(body)
    assert reading.category == category, reading.evidence


REAL_COMPLAINTS = [
    "Nous vous prions de nous adresser une note de crédit pour les 4 heures facturées en trop.",
    "Wir beanstanden die Rechnung: die Arbeiten sind mangelhaft.",
    "We have a complaint about the invoice: the hours do not match the job sheets.",
]


@pytest.mark.parametrize("body", REAL_COMPLAINTS)
def test_real_complaints_stay_contested(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


# --- formal past payments, and their future forms ------------------------------------------------

FORMAL_PAID = [
    "Le paiement est intervenu le 2 juin 2025.",
    "Notre service financier a procédé au règlement le 2 juin.",
    "La somme due a été virée sur votre compte le 2 juin.",
    "Nous avons procédé au paiement de la facture en date du 2 juin 2025.",
    "Der Betrag wurde Ihnen am 2. Juni 2025 vergütet.",
    "Die Zahlung erfolgte am 2. Juni 2025.",
    "Payment was effected on 2 June 2025.",
    "We processed the payment on 2 June.",
    "Il pagamento è avvenuto in data 2 giugno 2025.",
    "L'importo Vi è stato versato il 2 giugno 2025.",
    "Abbiamo provveduto al pagamento il 2 giugno.",
]


@pytest.mark.parametrize("body", FORMAL_PAID)
def test_formal_past_payment_is_paid(body):
    reading = _read(body)
    assert reading.category == "already_paid", reading.evidence
    assert reading.pause_dunning is True


FORMAL_FUTURE_PAYMENT = [
    "Le paiement interviendra le 20 juin 2025.",
    "Nous procéderons au paiement le 20 juin 2025.",
    "Die Zahlung erfolgt am 20. Juni 2025.",
    "We will process the payment on 20 June 2025.",
    "Il pagamento avverrà il 20 giugno 2025.",
    "Provvederemo al pagamento il 20 giugno 2025.",
]


@pytest.mark.parametrize("body", FORMAL_FUTURE_PAYMENT)
def test_formal_future_payment_is_a_promise(body):
    reading = _read(body)
    assert reading.category == "payment_promise", reading.evidence
    assert reading.promised_date == date(2025, 6, 20)


FORMAL_MISMATCH = [
    ("Die verrechneten Leistungen entsprechen nicht unserem Auftrag.", "contestation"),
    (
        "The quantities invoiced do not correspond to the signed delivery notes.",
        "contestation",
    ),
    (
        "Bitte stellen Sie die Rechnung auf die Gemeinde Muri aus, nicht auf die Schule.",
        "invoice_error",
    ),
]


@pytest.mark.parametrize(("body", "category"), FORMAL_MISMATCH)
def test_formal_mismatch_and_reissue(body, category):
    reading = _read(body)
    assert reading.category == category, reading.evidence
    assert reading.pause_dunning is True


FORMAL_COPY_ASKED = [
    "Pour des raisons de contrôle interne, nous vous remercions de nous faire parvenir "
    "l'original de la facture par voie postale.",
    "Aus revisionstechnischen Gründen benötigen wir die Rechnung im Original per Post.",
    "For audit purposes we require the original invoice by post.",
    "Per motivi di revisione ci occorre la fattura originale per posta.",
    "Bitte teilen Sie uns Ihre vollständige Bankverbindung mit.",
    "Wir benötigen zusätzlich den unterzeichneten Arbeitsrapport zur Rechnung.",
]


@pytest.mark.parametrize("body", FORMAL_COPY_ASKED)
def test_formal_original_bank_details_or_report_asked(body):
    reading = _read(body)
    assert reading.category == "copy_request", reading.evidence
    assert reading.pause_dunning is False


def test_more_time_needed_is_no_copy_request():
    reading = _read("Wir benötigen noch etwas Zeit, bitte haben Sie Geduld.")
    assert reading.category == "delay_request", reading.evidence


# --- a reminder sent to the wrong body, a service asked about ------------------------------------

SENT_IN_ERROR = [
    "Votre courrier a été adressé par erreur à notre service. La Commune de Montagny n'a aucune "
    "relation d'affaires avec votre entreprise.",
    "Ihre Mahnung ist irrtümlich bei uns eingegangen. Wir stehen in keiner Geschäftsbeziehung zu "
    "Ihrer Firma.",
    "Your reminder appears to have been sent to us in error. We have no business relationship "
    "with your company.",
    "Il Vostro sollecito ci è pervenuto per errore: non intratteniamo alcun rapporto "
    "commerciale con la Vostra ditta.",
]


@pytest.mark.parametrize("body", SENT_IN_ERROR)
def test_reminder_sent_in_error_is_other(body):
    reading = _read(body)
    assert reading.category == "other", reading.evidence
    assert reading.pause_dunning is False


def test_invoice_sent_twice_in_error_stays_an_invoice_error():
    reading = _read("Sie haben uns dieselbe Rechnung irrtümlich zweimal geschickt.")
    assert reading.category == "invoice_error", reading.evidence


def test_service_asked_after_thanks_is_other():
    reading = _read(
        "Besten Dank für die Rechnung. Wir möchten Sie bei dieser Gelegenheit fragen, ob Sie auch "
        "Wartungsverträge anbieten."
    )
    assert reading.category == "other", reading.evidence


CONTEXT_IS_NO_CONTEST = [
    (
        "Nel contesto del progetto di ristrutturazione, la fattura verrà pagata il 20 giugno 2025.",
        "payment_promise",
    ),
    (
        "Any dispute arising from this contract is governed by Swiss law; the invoice will be paid "
        "on 20 June 2025.",
        "payment_promise",
    ),
]


@pytest.mark.parametrize(("body", "category"), CONTEXT_IS_NO_CONTEST)
def test_context_and_clauses_are_no_contestation(body, category):
    reading = _read(body)
    assert reading.category == category, reading.evidence
    assert reading.pause_dunning is False


def test_contesto_la_fattura_contests():
    reading = _read("Contesto la fattura: il lavoro non è finito.")
    assert reading.category == "contestation", reading.evidence


DISPUTED_STATE = [
    "Cette facture est en litige tant que les réserves ne sont pas levées.",
    "Die Rechnung ist strittig, wir warten auf Ihre Stellungnahme.",
    "La fattura è in contestazione.",
    "This invoice is in dispute pending your reply.",
]


@pytest.mark.parametrize("body", DISPUTED_STATE)
def test_invoice_said_disputed(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


def test_amount_undisputed_is_no_dispute():
    reading = _read("Der Betrag ist unbestritten, wir zahlen Ende Monat.")
    assert reading.category == "payment_promise", reading.evidence


NON_NATIVE = [
    (
        "Sorry my german is bad. I have pay the invoice already on 2 june, please look.",
        "already_paid",
    ),
    (
        "Excusez mon français. The work is not finish, the door still broken. I no pay before.",
        "contestation",
    ),
    ("Hallo, je n'ai pas reçu la facture, bitte nochmals senden. Merci!", "copy_request"),
    ("Bonjour, ich habe schon bezahlt le 2 juin. Merci.", "already_paid"),
    (
        "Hello, the invoice has wrong adress, we are now at Bahnhofstrasse 5. Please make new "
        "invoice.",
        "invoice_error",
    ),
]


@pytest.mark.parametrize(("body", "category"), NON_NATIVE)
def test_non_native_and_mixed_replies(body, category):
    reading = _read(body)
    assert reading.category == category, reading.evidence


@pytest.mark.parametrize(
    "body",
    [
        "Le paiement est intervenu le 2 juin 2025.",
        "Il pagamento è avvenuto in data 2 giugno 2025.",
        "Abbiamo provveduto al pagamento il 2 giugno.",
    ],
)
def test_dated_past_payment_is_not_overruled_by_the_model(body):
    reading = read_reply(_mail(body), CONTEXT)  # with the learned model
    assert reading.category == "already_paid", reading.evidence
    assert reading.pause_dunning is True


SWISS_GERMAN = [
    ("ich zahle das morn, sorry", "payment_promise", "2025-06-11"),
    ("chönd Sie mir no bis Endi Monet Ziit geh?", "delay_request", "2025-06-30"),
    ("das stimmt doch nöd, dä Monteur isch nur e halbi Stund da gsi", "contestation", None),
]


@pytest.mark.parametrize(("body", "category", "promised"), SWISS_GERMAN)
def test_swiss_german_replies(body, category, promised):
    reading = _read(body)
    assert reading.category == category, reading.evidence
    assert reading.promised_date == (date.fromisoformat(promised) if promised else None)


HOURS_PAID_NOT_BILLED = [
    (
        "4 heures facturées pour remplacer trois spots. À 80 € HT de l'heure, on vous paie aussi "
        "la pause café ? Je paierai une heure, pas quatre.",
        "240",
    ),
    ("You charge CHF 120 per hour. I'll pay for two hours, not five.", "360"),
    ("Bei CHF 95 pro Stunde: ich zahle 2 Stunden, nicht 4.", "190"),
]


@pytest.mark.parametrize(("body", "amount"), HOURS_PAID_NOT_BILLED)
def test_hours_paid_not_the_billed_ones(body, amount):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True
    assert reading.disputed_amount == Decimal(amount)


# --- a part paid, the rest refused ---------------------------------------------------------------

PART_PAID_REST_REFUSED = [
    "Von der Rechnung über CHF 2'480.– haben wir am 2. Juni CHF 2'000.– überwiesen. Den "
    "Restbetrag von CHF 480.– für die nicht ausgeführten Malerarbeiten anerkennen wir nicht.",
    "Nous avons réglé CHF 2'000.– le 2 juin ; le solde de CHF 480.– correspondant aux travaux "
    "non exécutés n'est pas dû.",
    "We paid CHF 2,000 on 2 June; the remaining CHF 480 relates to work that was never carried "
    "out and will not be paid.",
    "Abbiamo versato CHF 2'000.– il 2 giugno; il saldo di CHF 480.– per lavori non eseguiti non "
    "è dovuto.",
]


@pytest.mark.parametrize("body", PART_PAID_REST_REFUSED)
def test_part_paid_rest_refused_is_contested(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True
    assert reading.disputed_amount == Decimal("480")


def test_part_paid_rest_promised_is_no_contestation():
    reading = _read("We paid CHF 2,000 on 2 June; the remaining CHF 480 will follow on 30 June.")
    assert reading.category != "contestation", reading.evidence


SHORT_IT_EN = [
    ("già fatto il bonifico la settimana scorsa, controllate", "already_paid"),
    ("done, paid it yesterday", "already_paid"),
    ("non pago per un lavoro fatto a metà", "contestation"),
    ("the job is only half done, not paying yet", "contestation"),
]


@pytest.mark.parametrize(("body", "category"), SHORT_IT_EN)
def test_short_italian_and_english(body, category):
    reading = _read(body)
    assert reading.category == category, reading.evidence
    assert reading.pause_dunning is True


def test_transfer_to_be_made_tomorrow_is_no_payment():
    reading = _read("faccio il bonifico domani")
    assert reading.category == "payment_promise", reading.evidence


def test_not_paying_by_card_is_no_refusal():
    reading = _read("Non pago con carta, faccio il bonifico lunedì.")
    assert reading.category == "payment_promise", reading.evidence
    assert reading.pause_dunning is False


FUTURE_OR_OTHER_PAYMENTS = [
    "Le montant de la subvention est versé chaque année en mars, nous paierons alors la facture.",
    "La Vostra richiesta è stata evasa ieri; la fattura sarà pagata il 20 giugno.",
]


@pytest.mark.parametrize("body", FUTURE_OR_OTHER_PAYMENTS)
def test_future_or_other_payments_are_not_paid(body):
    reading = _read(body)
    assert reading.category == "payment_promise", reading.evidence
    assert reading.pause_dunning is False


EXTRA_NOT_APPROVED = [
    "Die Mehrkosten von CHF 480 wurden von uns nicht genehmigt.",
    "Les travaux supplémentaires n'ont pas été approuvés par notre commission.",
    "I lavori supplementari non sono stati approvati dal Municipio.",
    "The extra hours were not approved by us.",
]


@pytest.mark.parametrize("body", EXTRA_NOT_APPROVED)
def test_extra_work_not_approved_is_contested(body):
    reading = _read(body)
    assert reading.category == "contestation", reading.evidence
    assert reading.pause_dunning is True


def test_invoice_not_yet_approved_is_pending():
    reading = _read("Die Rechnung wurde noch nicht genehmigt, wir melden uns.")
    assert reading.category == "delay_request", reading.evidence
    assert reading.pause_dunning is False


def test_reminder_noted_and_passed_on_in_italian():
    reading = _read("Prendiamo atto del Vostro sollecito e lo inoltriamo al nostro fiduciario.")
    assert reading.category == "acknowledgement", reading.evidence


@pytest.mark.parametrize(
    "body",
    [
        "Under our approval rules, the cost centre 4120 must appear on the invoice.",
        "Für die Visierung muss die Kostenstelle 4410 auf der Rechnung erscheinen.",
    ],
)
def test_reference_required_for_approval_stays_an_invoice_error(body):
    reading = _read(body)
    assert reading.category == "invoice_error", reading.evidence


FORMAL_TERM_WITH_DATE = [
    ("Nous sollicitons un report de l'échéance à fin juillet.", "2025-07-31"),
    ("Wir bitten Sie höflich um Verlängerung der Zahlungsfrist bis Ende Juli.", "2025-07-31"),
    ("We would kindly ask for the due date to be extended to the end of July.", "2025-07-31"),
    ("Nous proposons de régler la moitié fin juin et le solde fin juillet.", "2025-06-30"),
]


@pytest.mark.parametrize(("body", "promised"), FORMAL_TERM_WITH_DATE)
def test_formal_term_asked_with_a_date_pauses(body, promised):
    reading = _read(body)
    assert reading.category == "delay_request", reading.evidence
    assert reading.pause_dunning is True
    assert reading.promised_date == date.fromisoformat(promised)


TERMS_QUESTIONS = [
    "Is there a discount if we pay within 10 days?",
    "Y a-t-il un escompte si nous payons sous 10 jours ?",
    "Gibt es Skonto, wenn wir innert 10 Tagen zahlen?",
    "C'è uno sconto se paghiamo entro 10 giorni?",
]


@pytest.mark.parametrize("body", TERMS_QUESTIONS)
def test_terms_question_is_a_sure_other(body):
    reading = _read(body)
    assert reading.category == "other", reading.evidence
    assert reading.unsure is False
    reading = read_reply(_mail(body), CONTEXT)  # the model does not overrule it
    assert reading.category == "other", reading.evidence


RULES_PAID_MORE = [
    "on a tout regle par carte bancaire le jour de la pose avec votre technicien",
    "J'ai fait le versement le 2 juin déjà, depuis mon e-banking.",
    "Our shared service centre released a SEPA transfer of EUR 7,416.00 on 3 June 2025.",
    "Die Rechnung wurde am 4. Juni mit unserem Sammelauftrag über CHF 2'480.– auf Ihr Konto "
    "überwiesen.",
]


@pytest.mark.parametrize("body", RULES_PAID_MORE)
def test_more_ways_to_say_paid(body):
    reading = _read(body)
    assert reading.category == "already_paid", reading.evidence
    assert reading.pause_dunning is True


def test_problem_gone_is_no_dispute():
    reading = _read(
        "Danke für die Rechnung, ist an unsere Kreditorenabteilung weitergeleitet. Übrigens: das "
        "Problem mit dem Formular ist seit eurem Update weg."
    )
    assert reading.category == "acknowledgement", reading.evidence
    assert reading.pause_dunning is False
