"""fincycle.collections.replies: the kinds of replies, in four languages, on short synthetic
e-mails written for the test (not the samples'), then the bench floors on the sample folder."""

from datetime import date
from decimal import Decimal
from email.message import EmailMessage
from pathlib import Path

import pytest

from fincycle.collections import ThreadContext, read_reply
from fincycle.collections.textparse import find_dates, find_money, fold

# (language, body, category, pause, promised_date or None, disputed_amount or None)
# The e-mail date is Tuesday 2025-06-10 for all, invoice amount 1500.00.
CASES = [
    # contestation
    (
        "en",
        "Hello,\n\nWe were charged for 6 hours of on-site support but your engineer was here for 3 hours at most. Please correct this.\n\nRegards,\nTom",
        "contestation",
        True,
        None,
        None,
    ),
    (
        "en",
        "The printer you delivered has been faulty since day one and we are returning it. We won't pay for a device that does not work.",
        "contestation",
        True,
        None,
        "1500.00",
    ),
    (
        "en",
        "I never agreed to the price on this invoice. The quote was for CHF 1,200, you billed CHF 1,500.",
        "contestation",
        True,
        None,
        "300.00",
    ),
    (
        "fr",
        "Bonjour,\n\nLa prestation facturée n'a jamais été réalisée : personne n'est venu le 3 mai. Nous contestons donc cette facture.\n\nCordialement",
        "contestation",
        True,
        None,
        "1500.00",  # the whole invoice is withheld (samples README)
    ),
    (
        "fr",
        "Le prix ne correspond pas au devis signé (1 200 € TTC). Nous refusons de payer la différence.",
        "contestation",
        True,
        None,
        "300.00",
    ),
    (
        "de",
        "Guten Tag\n\nDie gelieferten Stühle sind beschädigt angekommen. Wir bezahlen die Rechnung erst, wenn Ersatz geliefert wurde.\n\nFreundliche Grüsse",
        "contestation",
        True,
        None,
        "1500.00",  # the whole invoice is withheld (samples README)
    ),
    (
        "de",
        "Diese Leistung haben wir nie bestellt. Bitte stornieren Sie die Rechnung.",
        "contestation",
        True,
        None,
        "1500.00",  # the whole invoice is withheld (samples README)
    ),
    (
        "it",
        "Buongiorno,\n\ncontestiamo la fattura: il lavoro non è stato completato e mancano ancora le finiture.\n\nCordiali saluti",
        "contestation",
        True,
        None,
        None,
    ),
    (
        "it",
        "La merce che ci avete consegnato è difettosa, non pagheremo questa fattura finché non verrà sostituita.",
        "contestation",
        True,
        None,
        "1500.00",
    ),
    # invoice_error
    (
        "en",
        "Hi,\n\nThe invoice shows our old address. Could you reissue it to 12 Mill Lane, Zug? Thanks.",
        "invoice_error",
        True,
        None,
        None,
    ),
    (
        "fr",
        "Bonjour, il manque notre numéro de TVA intracommunautaire sur la facture. Merci de nous envoyer une facture rectifiée.",
        "invoice_error",
        True,
        None,
        None,
    ),
    (
        "de",
        "Grüezi\n\nIhre Rechnung ist auf die falsche Firma ausgestellt, wir sind die Muster Holding AG. Bitte korrigieren.",
        "invoice_error",
        True,
        None,
        None,
    ),
    (
        "it",
        "Buongiorno, la fattura è intestata alla ditta sbagliata. Potete rifarla a nome della nostra società?",
        "invoice_error",
        True,
        None,
        None,
    ),
    (
        "en",
        "You sent us this invoice twice with two numbers; it is a duplicate of the one we already paid.",
        "invoice_error",
        True,
        None,
        "1500.00",
    ),
    # already_paid
    (
        "en",
        "Hi, this was paid last week by bank transfer, please check your account.",
        "already_paid",
        True,
        None,
        None,
    ),
    (
        "fr",
        "Bonjour,\nLa facture a été réglée le 2 juin par virement. Vous trouverez le justificatif en pièce jointe.",
        "already_paid",
        True,
        None,
        None,
    ),
    (
        "de",
        "Guten Tag, die Rechnung wurde am 5. Juni bereits beglichen.",
        "already_paid",
        True,
        None,
        None,
    ),
    (
        "it",
        "Buongiorno, la fattura risulta già saldata con bonifico del 3 giugno.",
        "already_paid",
        True,
        None,
        None,
    ),
    # delay_request
    (
        "en",
        "Could we pay in three monthly instalments, the first on 30 June?",
        "delay_request",
        True,
        "2025-06-30",
        None,
    ),
    (
        "en",
        "Things are difficult at the moment, could you give us a bit more time?",
        "delay_request",
        False,
        None,
        None,
    ),
    (
        "fr",
        "Pourriez-vous nous accorder un délai jusqu'au 15 juillet ? Notre trésorerie est tendue.",
        "delay_request",
        True,
        "2025-07-15",
        None,
    ),
    (
        "de",
        "Wäre eine Ratenzahlung möglich? Wir könnten ab Ende Monat jeweils CHF 500 überweisen.",
        "delay_request",
        True,
        "2025-06-30",
        None,
    ),
    (
        "it",
        "Vi chiediamo gentilmente una proroga del pagamento fino al 20 luglio.",
        "delay_request",
        True,
        "2025-07-20",
        None,
    ),
    # payment_promise
    (
        "en",
        "Sorry for the delay, we will pay next Friday.",
        "payment_promise",
        False,
        "2025-06-13",
        None,
    ),
    (
        "fr",
        "Le virement sera effectué d'ici la fin du mois.",
        "payment_promise",
        False,
        "2025-06-30",
        None,
    ),
    (
        "de",
        "Wir werden den Betrag bis Ende Monat überweisen.",
        "payment_promise",
        False,
        "2025-06-30",
        None,
    ),
    ("de", "Die Zahlung erfolgt am 20.06.2025.", "payment_promise", False, "2025-06-20", None),
    ("it", "Effettueremo il pagamento entro il 15.", "payment_promise", False, "2025-06-15", None),
    ("en", "Payment will be made tomorrow.", "payment_promise", False, "2025-06-11", None),
    # copy_request
    (
        "en",
        "Could you please send me the invoice again as a PDF? I can't find it.",
        "copy_request",
        False,
        None,
        None,
    ),
    (
        "fr",
        "Pouvez-vous m'envoyer une copie de la facture avec le bulletin QR ?",
        "copy_request",
        False,
        None,
        None,
    ),
    (
        "de",
        "Könnten Sie uns die Rechnung bitte nochmals per Post zustellen?",
        "copy_request",
        False,
        None,
        None,
    ),
    ("it", "Potreste mandarci una copia della fattura? Grazie.", "copy_request", False, None, None),
    # acknowledgement
    ("en", "Thanks, received.", "acknowledgement", False, None, None),
    ("fr", "Bien reçu, je transmets à notre comptabilité.", "acknowledgement", False, None, None),
    (
        "de",
        "Vielen Dank, ich habe die Rechnung an die Buchhaltung weitergeleitet.",
        "acknowledgement",
        False,
        None,
        None,
    ),
    (
        "it",
        "Ricevuto, grazie. La inoltro all'amministrazione.",
        "acknowledgement",
        False,
        None,
        None,
    ),
    # other
    (
        "en",
        "Do you also offer website hosting? We are looking for a new provider.",
        "other",
        False,
        None,
        None,
    ),
    (
        "fr",
        "Je ne suis pas votre client, vous avez dû vous tromper de destinataire.",
        "other",
        False,
        None,
        None,
    ),
]

# More ways of promising a date (e-mail of Tuesday 2025-06-10).
CASES += [
    (
        "en",
        "Thank you!\n\nWe'll settle it by the end of the week.",
        "payment_promise",
        False,
        "2025-06-13",
        None,
    ),
    (
        "en",
        "The amount is scheduled for our payment run on 20 June.",
        "payment_promise",
        False,
        "2025-06-20",
        None,
    ),
    ("en", "I'll make the transfer on Monday.", "payment_promise", False, "2025-06-16", None),
    (
        "fr",
        "Je fais le virement lundi, désolé pour l'oubli.",
        "payment_promise",
        False,
        "2025-06-16",
        None,
    ),
    (
        "fr",
        "Nous procéderons au règlement le 25 juin.",
        "payment_promise",
        False,
        "2025-06-25",
        None,
    ),
    (
        "fr",
        "Merci !\nVous recevrez notre paiement avant la fin du mois prochain.",
        "payment_promise",
        False,
        "2025-07-31",
        None,
    ),
    ("de", "Ich überweise den Betrag am Freitag.", "payment_promise", False, "2025-06-13", None),
    (
        "de",
        "Guten Morgen\n\nDie Rechnung wird nächste Woche bezahlt.",
        "payment_promise",
        False,
        "2025-06-20",
        None,
    ),
    (
        "de",
        "Sie erhalten die Zahlung bis spätestens 30.6.",
        "payment_promise",
        False,
        "2025-06-30",
        None,
    ),
    ("it", "Effettuerò il bonifico lunedì prossimo.", "payment_promise", False, "2025-06-16", None),
    ("it", "Salderemo la fattura entro fine mese.", "payment_promise", False, "2025-06-30", None),
    ("it", "Vi faccio il bonifico domani.", "payment_promise", False, "2025-06-11", None),
]

# More ways of disputing, of pointing at a formal defect, of saying it is paid, of asking.
CASES += [
    (
        "en",
        "We are not paying this. The consultant you sent had no idea what he was doing and the project is now three weeks late.",
        "contestation",
        True,
        None,
        "1500.00",
    ),
    (
        "en",
        "The hourly rate on the invoice is CHF 150, but our contract says CHF 120.",
        "contestation",
        True,
        None,
        None,
    ),
    (
        "en",
        "Half of the tiles you supplied were the wrong colour and had to be sent back.",
        "contestation",
        True,
        None,
        None,
    ),
    (
        "fr",
        "Je suis très surpris par le montant : 8 heures facturées pour une intervention qui a duré à peine deux heures.",
        "contestation",
        True,
        None,
        None,
    ),
    (
        "fr",
        "Le matériel livré ne fonctionne pas, je vous l'ai déjà signalé deux fois. Je ne réglerai rien tant que ce ne sera pas réparé.",
        "contestation",
        True,
        None,
        "1500.00",
    ),
    (
        "de",
        "Die Arbeiten wurden nicht fertiggestellt, der Garten sieht aus wie vorher. Wir zahlen erst nach Abschluss.",
        "contestation",
        True,
        None,
        "1500.00",  # the whole invoice is withheld (samples README)
    ),
    (
        "de",
        "Der verrechnete Stundenansatz von CHF 160 wurde nie vereinbart, offeriert waren CHF 130.",
        "contestation",
        True,
        None,
        None,
    ),
    (
        "it",
        "Le ore fatturate sono troppe: il tecnico è rimasto da noi solo mezza giornata.",
        "contestation",
        True,
        None,
        None,
    ),
    (
        "en",
        "Your invoice is missing our purchase order number, so our system rejects it. Please add PO 4711 and resend.",
        "invoice_error",
        True,
        None,
        None,
    ),
    (
        "fr",
        "La facture est adressée à notre ancienne société, merci de la refaire au nom de Dupont Services SARL.",
        "invoice_error",
        True,
        None,
        None,
    ),
    (
        "de",
        "Auf der Rechnung fehlt unsere UID-Nummer. Bitte senden Sie uns eine korrigierte Rechnung.",
        "invoice_error",
        True,
        None,
        None,
    ),
    (
        "de",
        "Sie haben 8.1 % MWST verrechnet, wir sind aber ein Verein ohne Mehrwertsteuerpflicht für diese Leistung.",
        "invoice_error",
        True,
        None,
        None,
    ),
    (
        "en",
        "We settled this on 2 June, reference 5541. Please check again.",
        "already_paid",
        True,
        None,
        None,
    ),
    (
        "fr",
        "Nous avons payé cette facture par carte bancaire lors de la commande.",
        "already_paid",
        True,
        None,
        None,
    ),
    (
        "de",
        "Das haben wir doch längst überwiesen! Schauen Sie bitte auf Ihrem Konto nach.",
        "already_paid",
        True,
        None,
        None,
    ),
    (
        "it",
        "Abbiamo effettuato il bonifico il 28 maggio, allego la contabile.",
        "already_paid",
        True,
        None,
        None,
    ),
    (
        "en",
        "Could we split this into two payments? Happy to pay half now and the rest next month.",
        "delay_request",
        False,
        None,
        None,
    ),
    (
        "de",
        "Können wir die Zahlung auf Ende Juli verschieben? Unser Hauptkunde zahlt erst dann.",
        "delay_request",
        True,
        "2025-07-31",
        None,
    ),
    (
        "it",
        "Vi chiediamo di pazientare ancora qualche settimana, stiamo aspettando un incasso importante.",
        "delay_request",
        False,
        None,
        None,
    ),
    (
        "en",
        "Please send future invoices to ap@customer.example instead of my address.",
        "copy_request",
        False,
        None,
        None,
    ),
    (
        "de",
        "Wir haben die Rechnung nie erhalten. Können Sie sie uns bitte nochmals schicken?",
        "copy_request",
        False,
        None,
        None,
    ),
    (
        "fr",
        "Pourriez-vous me communiquer votre IBAN ? Je ne le trouve pas sur la facture.",
        "copy_request",
        False,
        None,
        None,
    ),
    (
        "en",
        "Many thanks, I have passed this on to our accounts team.",
        "acknowledgement",
        False,
        None,
        None,
    ),
    ("de", "Danke, ist angekommen.", "acknowledgement", False, None, None),
    (
        "it",
        "Buongiorno, avete ancora disponibilità per un sopralluogo a luglio? Vorremmo rifare l'illuminazione del negozio.",
        "other",
        False,
        None,
        None,
    ),
]


# Contestations said in other words (polite opener, warranty, quote, discount, workmanship).
CASES += [
    (
        "en",
        "Thank you for the lovely work on the shop. However, the invoice includes the design consultation, which you told us would be free of charge.",
        "contestation",
        True,
        None,
        None,
    ),
    (
        "de",
        "Die Reparatur war ein Garantiefall, die Rechnung ist deshalb nicht geschuldet.",
        "contestation",
        True,
        None,
        None,
    ),
    (
        "fr",
        "Le montant est bien plus élevé que votre devis du mois de mars.",
        "contestation",
        True,
        None,
        None,
    ),
    ("fr", "Nous n'avons jamais reçu la marchandise facturée.", "contestation", True, None, None),
    (
        "de",
        "Ich sehe nicht ein, warum wir für die Wartezeit Ihres Monteurs bezahlen sollen.",
        "contestation",
        True,
        None,
        None,
    ),
    (
        "it",
        "Il lavoro è stato fatto male e le piastrelle si stanno già staccando.",
        "contestation",
        True,
        None,
        None,
    ),
    (
        "en",
        "We had agreed on a fixed price for the whole project, but the invoice adds extra hours.",
        "contestation",
        True,
        None,
        None,
    ),
    (
        "en",
        "As agreed on the phone, we will pay on Friday.",
        "payment_promise",
        False,
        "2025-06-13",
        None,
    ),
    (
        "de",
        "Wir haben die Rechnung nie erhalten, bitte senden Sie sie uns nochmals zu.",
        "copy_request",
        False,
        None,
        None,
    ),
]


# "not paid yet" is no payment.
CASES += [
    (
        "de",
        "Wir haben die Rechnung noch nicht bezahlt, weil die Lieferung unvollständig war.",
        "contestation",
        True,
        None,
        None,
    ),
    (
        "it",
        "Non abbiamo ancora pagato: aspettiamo la fattura corretta con il nostro numero IVA.",
        "invoice_error",
        True,
        None,
        None,
    ),
]


# Contesting by a question, asking for time by a question.
CASES += [
    (
        "en",
        "Why are we charged for five hours when your technician was here for two?",
        "contestation",
        True,
        None,
        None,
    ),
    (
        "fr",
        "Est-ce qu'on peut vous régler le 30 juin ? Le mois est difficile.",
        "delay_request",
        True,
        "2025-06-30",
        None,
    ),
    (
        "it",
        "Potremmo pagare a fine luglio? Grazie per la comprensione.",
        "delay_request",
        True,
        "2025-07-31",
        None,
    ),
]


def _mail(
    body, subject="Re: Invoice VX-25-001", date_header="Tue, 10 Jun 2025 10:00:00 +0200", **headers
):
    msg = EmailMessage()
    msg["From"] = "Anna Client <anna@client.example>"
    msg["To"] = "Vendor AG <billing@vendor.example>"
    msg["Subject"] = subject
    msg["Date"] = date_header
    msg["References"] = "<fincycle-inv-VX-25-001@vendor.example>"
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content(body)
    return msg.as_bytes()


CONTEXT = ThreadContext(
    invoice_number="VX-25-001", amount=Decimal("1500.00"), currency="CHF", stage="reminder_1"
)


@pytest.mark.parametrize(("language", "body", "category", "pause", "promised", "amount"), CASES)
def test_kinds_of_replies(language, body, category, pause, promised, amount):
    reading = read_reply(_mail(body), CONTEXT)
    assert reading.category == category, reading.evidence
    assert reading.pause_dunning is pause
    assert reading.promised_date == (date.fromisoformat(promised) if promised else None)
    assert reading.disputed_amount == (Decimal(amount) if amount else None)
    assert reading.evidence or category == "other"
    assert 1 <= reading.urgency <= 5


def test_every_category_and_language_is_covered():
    assert {c[2] for c in CASES} >= {
        "contestation", "invoice_error", "already_paid", "delay_request", "payment_promise",
        "copy_request", "acknowledgement", "other",
    }  # fmt: skip
    assert {c[0] for c in CASES} == {"fr", "de", "it", "en"}


QUOTE = (
    "\n\nOn Mon, 9 Jun 2025 at 08:00, Vendor AG <billing@vendor.example> wrote:\n"
    "> Final reminder: invoice VX-25-001 for CHF 1'500.00 is overdue. We will start debt\n"
    "> collection (Betreibung) and charge CHF 40 fees. Mahnung. Rappel. Mise en demeure.\n"
)


def test_quoted_reminder_words_do_not_count():
    reading = read_reply(_mail("Thanks, noted." + QUOTE), CONTEXT)
    assert reading.category == "acknowledgement"
    assert reading.urgency == 1 and not reading.pause_dunning
    assert reading.disputed_amount is None


def test_auto_reply_by_header_and_by_body():
    reading = read_reply(
        _mail(
            "Ich bin bis 20. Juni abwesend.",
            subject="Automatische Antwort: Rechnung",
            Auto_Submitted="auto-replied",
        ),
        CONTEXT,
    )
    assert (reading.category, reading.pause_dunning, reading.urgency) == ("auto_reply", False, 1)
    bilingual = (
        "Je suis absente du bureau jusqu'au 20 juin et n'ai pas accès à mes e-mails.\n\n"
        "Ich bin bis am 20. Juni nicht im Büro und habe keinen Zugriff auf meine E-Mails."
    )
    reading = read_reply(_mail(bilingual, subject="Re: Facture"), CONTEXT)
    assert reading.category == "auto_reply"
    assert reading.language == "mixed"
    assert reading.promised_date is None


def test_forward_with_the_accountants_words():
    raw = _mail(
        "Hello,\n\nsee our accountant's check below.\n\nAnna\n\n"
        "---------- Forwarded message ---------\nFrom: Bob <bob@accountant.example>\n"
        "Date: Mon, 9 Jun 2025 at 16:00\nSubject: Re: Reminder\nTo: anna@client.example\n\n"
        "Anna, we paid VX-25-001 on 2 June, the transfer is on the statement.\n\n"
        "---------- Forwarded message ---------\nFrom: Vendor AG <billing@vendor.example>\n"
        "Date: Mon, 9 Jun 2025 at 08:00\nSubject: Reminder\nTo: anna@client.example\n\n"
        "We never received your payment. Please pay VX-25-009 too.\n",
        subject="Fwd: Re: Reminder VX-25-001",
    )
    reading = read_reply(raw, CONTEXT)
    assert reading.category == "already_paid" and reading.pause_dunning
    assert reading.invoice_numbers == ["VX-25-001"]


def test_phishing_marketing_and_empty_replies_are_other_and_do_not_pause():
    for body in (
        "Please review the remittance document via the secure link below:\nhttps://docs.example.net/x\nKindly confirm.",
        "Découvrez notre nouvelle offre : 20 % de remise sur tout le catalogue, livraison gratuite !",
        "--\nAnna Client\nClient AG",
    ):
        reading = read_reply(_mail(body), CONTEXT)
        assert (reading.category, reading.pause_dunning, reading.urgency) == ("other", False, 1), (
            body
        )


def test_urgency_levels():
    angry = "I have instructed my lawyer. You will also read about this on Google reviews. We will not pay."
    assert read_reply(_mail(angry), CONTEXT).urgency == 5
    shouting = "CE N'EST PAS NOTRE COMMANDE !!! Nous n'avons jamais commandé ces lampes."
    assert read_reply(_mail(shouting), CONTEXT).urgency == 5
    refusal = "So zahlen wir das nicht, die Leistung wurde nie erbracht."
    assert read_reply(_mail(refusal), CONTEXT).urgency == 4
    deadline = (
        "Your invoice is missing our purchase order number. Please resend it with PO 5512 "
        "before 20 June, otherwise it misses our payment run."
    )
    assert read_reply(_mail(deadline), CONTEXT).urgency == 4
    plain = "The invoice shows our old address, please correct it."
    assert read_reply(_mail(plain), CONTEXT).urgency == 3
    assert read_reply(_mail("Could you send me a copy of the invoice?"), CONTEXT).urgency == 2
    assert read_reply(_mail("Merci, bien reçu."), CONTEXT).urgency == 1


def test_negation_does_not_contest():
    body = "Nous ne contestons pas la facture. Pourriez-vous patienter jusqu'au 30 juin ?"
    reading = read_reply(_mail(body), CONTEXT)
    assert reading.category == "delay_request"
    assert reading.promised_date == date(2025, 6, 30) and reading.pause_dunning


def test_disputed_amount_from_hours_times_rate_and_from_a_stated_result():
    body = "Die 2 Stunden à CHF 180.– für die abgesagte Sitzung sind nicht geschuldet."  # noqa: RUF001 - typographic characters are the point
    assert read_reply(_mail(body), CONTEXT).disputed_amount == Decimal("360.00")
    body = "Trois appliques n'ont jamais été livrées (3 × 290 € HT, soit 1 044 € TTC)."  # noqa: RUF001 - typographic characters are the point
    assert read_reply(_mail(body), CONTEXT).disputed_amount == Decimal("1044.00")


def test_invoice_numbers_named_by_the_customer_in_the_threads_format():
    body = "We paid VX-25-001 and vx 25 002 together on 2 June."
    assert read_reply(_mail(body), CONTEXT).invoice_numbers == ["VX-25-001", "VX-25-002"]


def test_amount_formats():
    text = fold("CHF 1'234.50, 1 234,50 €, EUR 1.234,50, 1,234.50 EUR, Fr. 180.–, 1\u202f234,50 €")  # noqa: RUF001 - typographic characters are the point
    assert [m.value for m in find_money(text)] == [Decimal("1234.50")] * 4 + [
        Decimal("180"),
        Decimal("1234.50"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("next friday", date(2025, 6, 13)),
        ("ende monat", date(2025, 6, 30)),
        ("fin du mois", date(2025, 6, 30)),
        ("fin juillet", date(2025, 7, 31)),
        ("entro il 15", date(2025, 6, 15)),
        ("entro il 5", date(2025, 7, 5)),
        ("le 3 janvier", date(2026, 1, 3)),
        ("am 20.06.2025", date(2025, 6, 20)),
        ("today", date(2025, 6, 10)),
        ("demain", date(2025, 6, 11)),
        ("innert 10 tagen", date(2025, 6, 20)),
        ("vendredi au plus tard", date(2025, 6, 13)),
    ],
)
def test_relative_dates(text, expected):
    found = find_dates(fold(text), date(2025, 6, 10), future=True)
    assert found and found[0].value == expected


SAMPLES = Path("/work/shared/samples/disputes")  # the development set (skipped where absent)


@pytest.mark.skipif(not (SAMPLES / "manifest.json").exists(), reason="sample folder not present")
def test_bench_floors_on_the_sample_folder():
    import importlib.util  # noqa: PLC0415
    import sys  # noqa: PLC0415

    bench_path = Path(__file__).resolve().parents[1] / "scripts" / "bench" / "disputes.py"
    spec = importlib.util.spec_from_file_location("bench_disputes", bench_path)
    bench = importlib.util.module_from_spec(spec)
    sys.modules["bench_disputes"] = bench
    spec.loader.exec_module(bench)
    lines = []
    figures = bench.run(SAMPLES, out=lines.append)
    assert len(lines) == 6 and lines[0].startswith("pause_dunning precision ")
    assert figures["pause_precision"] >= 90
    assert figures["pause_recall"] >= 88
    assert figures["category_accuracy"] >= 85
    assert figures["urgency_within_1"] >= 92
    # Speed is the bench's figure (`ms per e-mail`), never a timed test.
    assert figures["ms_per_email"] > 0


def test_we_paid_next_to_a_dated_future_transfer_is_a_promise():
    body = "We have paid the invoice. The transfer will be executed on 13 June."
    reading = read_reply(_mail(body), CONTEXT)
    assert (reading.category, reading.pause_dunning) == ("payment_promise", False)
    assert reading.promised_date == date(2025, 6, 13)
    body = "We paid on 2 June. The next invoice will be paid on 30 June as usual."
    assert read_reply(_mail(body), CONTEXT).category == "already_paid"


def test_inline_answers_between_quoted_lines_count():
    body = (
        "Hello,\n\nOn Mon, 9 Jun 2025 at 08:00, Vendor <billing@vendor.example> wrote:\n"
        "> Your invoice is overdue.\n\nWe paid this on 2 June, please check your bank account again.\n\n"
        "> Please pay within 10 days.\n"
    )
    assert read_reply(_mail(body), CONTEXT).category == "already_paid"


def test_a_short_thanks_paragraph_is_not_the_sign_off():
    body = "Bonjour,\n\nMerci.\n\nNous avons déjà réglé cette facture le 2 juin par virement bancaire, voyez votre relevé.\n\nCordialement\nJean"
    assert read_reply(_mail(body), CONTEXT).category == "already_paid"


def test_disputed_amount_is_the_rest_when_only_the_accepted_part_is_stated():
    body = (
        "The installation is still not finished, so we do not accept the full invoice. "
        "We will transfer CHF 1,000 on 13 June; the remainder once the work is completed."
    )
    reading = read_reply(_mail(body), CONTEXT)
    assert reading.category == "contestation"
    assert reading.disputed_amount == Decimal("500.00")
    assert reading.promised_date == date(2025, 6, 13)


def test_language_of_a_near_empty_reply_comes_from_its_footer():
    assert read_reply(_mail("Ok.\n\nVon meinem iPhone gesendet"), CONTEXT).language == "de"
    assert read_reply(_mail("Nous avons déjà payé la facture le 2 juin."), CONTEXT).language == "fr"
    assert read_reply(_mail("Abbiamo già pagato la fattura, grazie."), CONTEXT).language == "it"
