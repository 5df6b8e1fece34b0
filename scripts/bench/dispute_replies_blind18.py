# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Eighteenth blind set of customers' replies (tests/data/disputes_blind18), with their labels (CC0 text).

Written by a twentieth writer who read only the label definitions and the entry format, not the
other sets' replies, not the reader's rules and not its answers: it measures the reader once.
Everything is synthetic (people, firms, addresses, phone numbers, references). Never tune rules on
these replies.

Profile: replies as they come from mobile phones and busy people: short to very short, little
punctuation, typos, Swiss German written as spoken, French SMS style, colloquial Italian, two
languages in one mail, voice-dictation errors (dictated punctuation, homophones), "Sent from my
iPhone" footers, replies on top of long quoted threads, HTML-only webmail, a reply that only says
"?" or "ok", a spouse or an assistant writing, a forward with a one-line comment, emoji, a message
meant for someone else, an angry one-liner.

Uses the invoicing companies of ``make_dispute_replies.py`` (bq, tv, lx, mr, fs, wl, lo); same
entry format as the other writers' modules (the ``R`` helper of ``dispute_replies_more.py``,
entries kept in this file's own ``REPLIES``); labels as defined in
/work/shared/samples/disputes/README.md.
Build with ``.venv/bin/python scripts/bench/make_dispute_replies.py --source blind18``.
"""

from datetime import datetime, timedelta

import dispute_replies_more as _more
from dispute_replies_more import IPHONE, ORANGE, OUTLOOK, TB

REPLIES = []

R = _more.writer(REPLIES)

AUTO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}
ANDROID_OUTLOOK = "Outlook for Android"


def _quoted(text):
    return "\n".join(("> " + line) if line else ">" for line in text.split("\n"))


def _thread(head, text, answers, salutation, days_after=2):
    """The customer's ``text`` on top of the whole thread, Gmail-style: every company message from
    the invoice to ``stage`` quoted one level deeper each time, with the customer's own earlier
    answers (``answers``: stage answered -> (days later, words)) in between; ``head`` is the
    entry's (company, invoice, amount, stage, company language, date, name, address)."""
    from make_dispute_replies import (  # noqa: PLC0415 (the builder imports this module)
        COMPANIES,
        STAGE_OFFSET,
        company_message,
        quote_intro,
    )

    co, num, amt, stage, co_lang, date, who, addr = head
    company = COMPANIES[co]
    company_from = f"{company['name']} <{company['mailbox']}@{company['domain']}>"
    last = datetime.fromisoformat(date) - timedelta(days=days_after, hours=3, minutes=17)
    inv_day = last - timedelta(days=STAGE_OFFSET[stage])
    rep = {
        "co_lang": co_lang,
        "invoice_number": num,
        "invoice_amount": amt,
        "from_name": who,
        "salutation": salutation,
    }
    messages = []  # (when, sender, body), oldest first
    for st, offset in STAGE_OFFSET.items():
        if offset > STAGE_OFFSET[stage]:
            break
        when = inv_day + timedelta(days=offset)
        messages.append(
            (when, company_from, company_message({**rep, "reply_to": st}, company, when)[1])
        )
        if st in answers:
            later, words = answers[st]
            messages.append((when + timedelta(days=later, hours=5), f"{who} <{addr}>", words))
    acc, prev = "", None
    for when, sender, body in messages:
        acc = (
            body
            if prev is None
            else f"{body}\n\n{quote_intro('gmail', co_lang, *prev)}\n\n{_quoted(acc)}"
        )
        prev = (when, sender)
    return f"{text}\n\n{quote_intro('gmail', co_lang, *prev)}\n\n{_quoted(acc)}"


# ----------------------------------------------------------------------------------------------
# contestation
# ----------------------------------------------------------------------------------------------

R(
    "wl",
    "WL25-0417",
    650.0,
    "invoice",
    "en",
    "en",
    "2025-11-12T18:47:00+01:00",
    "Daniel Okafor",
    "dan@okafor-studio.ch",
    "contestation",
    True,
    3,
    "we said 500 not 650\n\nSent from my iPhone",
    amount=150.0,
    quote="apple",
    mailer=IPHONE,
    notes="Six words: the price agreed against the price invoiced, no currency, no VAT, no "
    "'dispute' word; the difference of 150 is contested (read in the invoice currency).",
)

R(
    "bq",
    "BH-2025-1207",
    3256.9,
    "reminder_3",
    "de",
    "de",
    "2025-12-11T21:58:00+01:00",
    "Markus Stalder",
    "m.stalder@gmx.ch",
    "contestation",
    True,
    5,
    "HEIZIG LAUFT IMMER NO NÖD UND IHR SCHICKED MAHNIGE?!?! zahle kei rappe bevor das gflickt isch 😡",
    amount=3256.9,
    mailer=IPHONE,
    notes="Angry all-caps one-liner in Swiss German (Heizig, nöd, schicked, gflickt): the heating "
    "still does not work and nothing will be paid until it is fixed — the whole invoice withheld, "
    "urgency 5 for the shouting; 'Mahnige' is his word for the company's reminders.",
)

R(
    "lo",
    "F-2025-0519",
    1480.0,
    "reminder_1",
    "en",
    "en",
    "2025-11-21T10:11:00+01:00",
    "Mark Brennan",
    "mark.brennan@gmail.com",
    "contestation",
    True,
    3,
    "not mine\n\nSent from my iPhone",
    amount=1480.0,
    quote="apple",
    mailer=IPHONE,
    notes="The addressee the invoice is made out to answers 'not mine': he denies owing it (never "
    "ordered), so dunning pauses and the whole invoice is disputed; not a wrong recipient, the "
    "reminder greets him by name.",
)

R(
    "mr",
    "MR-25-0287",
    2340.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-11-14T20:26:00+01:00",
    "Ludovic Perrin",
    "ludo.perrin@orange.fr",
    "contestation",
    True,
    4,
    "bsr\nla porte du placard ferme tjs pas, jvous ai appelé 3 fois et personne rappelle. jpaie "
    "pas tant ke c pas réparé. photo jointe\nL. Perrin",
    amount=2340.0,
    quote="gmail",
    format="html",
    mailer=ORANGE,
    cte="base64",
    attachments=[("jpg", "IMG_4471.jpg")],
    notes="French SMS style (bsr, tjs, jvous, jpaie, ke c) in an HTML-only Orange webmail with a "
    "photo: the work is faulty and the whole invoice is withheld until repaired — an explicit "
    "refusal, urgency 4.",
)

R(
    "tv",
    "TV-25-0318",
    2140.0,
    "invoice",
    "it",
    "it",
    "2025-11-20T13:02:00+01:00",
    "Gianni Pedrazzi",
    "gianni.pedrazzi@ticino.com",
    "contestation",
    True,
    3,
    "fattura sbagliata?\n\nInviato da iPhone",
    quote="apple",
    mailer=IPHONE,
    notes="Only a doubt ('wrong invoice?'), nothing said on what is wrong: the customer questions "
    "what is billed, so it is read as an unspecified contestation that pauses until answered; no "
    "amount. Doubtful between contestation and other.",
)

# ----------------------------------------------------------------------------------------------
# invoice_error
# ----------------------------------------------------------------------------------------------

R(
    "wl",
    "WL25-0398",
    1940.4,
    "invoice",
    "de",
    "de",
    "2025-11-05T08:12:00+01:00",
    "Sämi Huber",
    "samuel.huber@huber-velos.ch",
    "invoice_error",
    True,
    3,
    "Hoi zäme\nd Adrässe stimmt nöd meh, mir sind sit Oktober a de Bahnhofstrass 14 in Wädenswil. "
    "Chönd er d Rächnig bitte nomal mit de richtige Adrässe schicke? Merci\nSämi\n\n"
    "Von meinem iPhone gesendet",
    quote="apple",
    mailer=IPHONE,
    notes="Swiss German as spoken; 'send the invoice again' is a reissue with the new address (a "
    "formal defect), not a mere copy request.",
)

R(
    "lx",
    "LX-2025-0652",
    2712.15,
    "invoice",
    "fr",
    "fr",
    "2025-11-10T14:22:00+01:00",
    "Mélanie Favre",
    "m.favre@vertex-conseil.ch",
    "invoice_error",
    True,
    3,
    "Bonjour je réponds pour M. Dubois qui est en rendez-vous la facture doit être établie au nom "
    "de Vertex Conseil ça et non à son nom personnel merci de nous la renvoyer corrigée\nbonne "
    "journée\nMélanie Favre\nassistante de direction\n\nEnvoyé de mon iPhone",
    salutation="Monsieur Dubois",
    quote="apple",
    mailer=IPHONE,
    notes="An assistant dictates for her boss, without punctuation; 'Vertex Conseil ça' is the "
    "dictated 'SA': wrong legal entity (the company, not the person), the invoice to be reissued.",
)

R(
    "fs",
    "FS/2025/1123",
    5400.0,
    "invoice",
    "fr",
    "mixed",
    "2025-11-26T09:55:00+01:00",
    "Stefan Aebischer",
    "s.aebischer@aebischer-bau.ch",
    "invoice_error",
    True,
    4,
    "Bonjour Mme Progin\nes fehlt die Bestellnummer BE-4471 auf der Rechnung, sans ça notre compta "
    "ne peut pas la payer. Zahlungslauf ist am Freitag, merci de nous renvoyer la facture corrigée "
    "avant jeudi.\nGruss / salutations\nStefan Aebischer",
    client_lang="fr",
    quote="outlook",
    outlook_line=False,
    format="alt",
    mailer=OUTLOOK,
    charset="windows-1252",
    notes="German and French mixed inside one sentence (Fribourg); missing PO number blocking the "
    "Friday payment run, corrected invoice wanted before Thursday — urgency 4; the Friday is no "
    "promised date.",
)

R(
    "lo",
    "F-2025-0533",
    612.0,
    "invoice",
    "fr",
    "fr",
    "2025-11-28T15:40:00+01:00",
    "Aurélie Garnier",
    "a.garnier@lesjardinsdaurelie.fr",
    "invoice_error",
    True,
    3,
    "Bonjour, vous m'avez envoyé 2 fois la même facture ?? la 0533 c la même que la 0527 (même "
    "commande, mm montant). jpaie que la 0527 hein 😉\nAurélie",
    amount=612.0,
    mentions=["F-2025-0533", "F-2025-0527"],
    quote="thunderbird",
    mailer=TB,
    notes="Duplicate invoice written SMS-style with a wink: the thread's invoice repeats an earlier "
    "one, its full amount is disputed; 'jpaie que la 0527' is no refusal of the claim, and the "
    "'??' do not make it a question.",
)

# ----------------------------------------------------------------------------------------------
# already_paid
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BH-2025-1184",
    1418.35,
    "reminder_1",
    "de",
    "de",
    "2025-11-18T07:42:00+01:00",
    "Reto Zbinden",
    "reto.zbinden@bluewin.ch",
    "already_paid",
    True,
    3,
    "bezahlt!",
    quote="apple",
    mailer=IPHONE,
    notes="One word and nothing else above the quoted reminder: an assertion of payment without "
    "date, amount or proof is already_paid all the same.",
)

R(
    "lo",
    "F-2025-0498",
    256.8,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-10T08:14:00+01:00",
    "Inès Moreau",
    "ines.moreau@free.fr",
    "already_paid",
    True,
    3,
    "j'ai payé hier soir\n\nEnvoyé de mon iPhone",
    quote="apple",
    mailer=IPHONE,
    notes="Payment crossed with the reminder; 'hier soir' is a past payment (9 December), not a "
    "promised date.",
)

R(
    "tv",
    "TV-25-0287",
    1075.2,
    "reminder_2",
    "it",
    "it",
    "2025-12-04T09:47:00+01:00",
    "Lucia Ferretti",
    "lucia.ferretti@bluewin.ch",
    "already_paid",
    True,
    3,
    "Buongiorno, guardi che la 287 l'ho già pagata il 14 novembre eh, le mando lo screenshot. "
    "controlli bene per favore\nLucia Ferretti\n\nInviato da iPhone",
    mentions=["TV-25-0287"],
    quote="apple",
    mailer=IPHONE,
    attachments=[("png", "Screenshot_20251204-094512.png")],
    notes="Colloquial Italian ('guardi che ... eh') with an e-banking screenshot; 'la 287' is the "
    "thread's invoice written short; annoyed but factual — urgency 3, the 14 November is a past "
    "payment.",
)

R(
    "fs",
    "FS/2025/1098",
    1860.0,
    "reminder_1",
    "de",
    "mixed",
    "2025-12-03T20:12:00+01:00",
    "Claudine Jungo",
    "famille.jungo@bluewin.ch",
    "already_paid",
    True,
    3,
    "Guten Abend, mon mari a payé la facture le 28 novembre par e-banking, je vous mets la "
    "confirmation en annexe. Er ist diese Woche auf Montage, bei Fragen bitte mir schreiben. "
    "Merci\nClaudine Jungo",
    salutation="Herr Jungo",
    client_lang="fr",
    quote="gmail",
    attachments=[("pdf", "Zahlungsbestaetigung_28112025.pdf")],
    notes="The wife answers the reminder addressed to her husband, switching between German and "
    "French; the payment of 28 November crossed the reminder; 'diese Woche auf Montage' is an "
    "absence, no date to record.",
)

# ----------------------------------------------------------------------------------------------
# delay_request
# ----------------------------------------------------------------------------------------------

R(
    "wl",
    "WL25-0361",
    4860.0,
    "reminder_2",
    "de",
    "de",
    "2025-12-16T22:14:00+01:00",
    "Nadia Keller",
    "nadia@keller-coiffure.ch",
    "delay_request",
    True,
    2,
    "Hallo Herr Frei\nsorry es isch grad eng bi üs nach em Umbau. Chönd mir das in 3 Rate zahle? "
    "Die erscht Ende Januar, denn Ende Februar und Ende März. Wär mega froh\nNadia",
    pdate="2026-01-31",
    plain_override=_thread(
        (
            "wl",
            "WL25-0361",
            4860.0,
            "reminder_2",
            "de",
            "2025-12-16T22:14:00+01:00",
            "Nadia Keller",
            "nadia@keller-coiffure.ch",
        ),
        "Hallo Herr Frei\nsorry es isch grad eng bi üs nach em Umbau. Chönd mir das in 3 Rate "
        "zahle? Die erscht Ende Januar, denn Ende Februar und Ende März. Wär mega froh\nNadia",
        {"reminder_1": (1, "Ja sorry, mach ich die Tage\nNadia\n\nVon meinem iPhone gesendet")},
        "Frau Keller",
    ),
    notes="Swiss German on top of the whole thread (invoice, reminder, her own earlier 'mach ich "
    "die Tage', second reminder): a dated instalment plan pauses; the first instalment, end of "
    "January, is the date.",
)

R(
    "lx",
    "LX-2025-0611",
    1380.0,
    "reminder_3",
    "fr",
    "fr",
    "2025-12-19T08:03:00+01:00",
    "Kevin Rochat",
    "kevin.rochat@romandie.com",
    "delay_request",
    True,
    2,
    "bjr dsl g pas pu payer la 611, grosse galère de tréso avec les fêtes. je peux payer le 15 "
    "janvier ? merci bcp\nKev",
    pdate="2026-01-15",
    mentions=["LX-2025-0611"],
    quote="gmail",
    format="alt",
    notes="SMS French (bjr, dsl, g, bcp) to the last reminder before poursuite: asks for a new "
    "concrete date with a question mark — a dated delay request that pauses, not a promise.",
)

R(
    "tv",
    "TV-25-0341",
    3480.0,
    "reminder_1",
    "it",
    "it",
    "2025-12-22T17:30:00+01:00",
    "Sergio Colombo",
    "sergio@pizzeria-colombo.ch",
    "delay_request",
    False,
    2,
    "Salve, scusate ma dicembre è un disastro con la cassa, abbiate pazienza ancora un pochino che "
    "appena posso pago tutto 🙏\nSergio",
    quote="gmail",
    format="alt",
    notes="Colloquial Italian with an emoji: more time asked with no date ('appena posso'), so the "
    "delay request does not pause; 'pago tutto' is no dated promise.",
)

R(
    "mr",
    "MR-25-0301",
    1156.0,
    "reminder_2",
    "fr",
    "fr",
    "2025-12-12T08:37:00+01:00",
    "Gérard Mugnier",
    "gerard.mugnier@wanadoo.fr",
    "delay_request",
    False,
    2,
    "Bonjour virgule je suis sur un chantier en ce moment et complètement débordé point je m'en "
    "occupe dès que je peux point pouvez-vous patienter encore un peu point d'interrogation merci "
    "beaucoup\nGérard Mugnier\n\nEnvoyé de mon iPhone",
    quote="apple",
    mailer=IPHONE,
    notes="Voice dictation that wrote the punctuation out ('virgule', 'point', 'point "
    "d'interrogation'); a vague request for patience without a date does not pause.",
)

# ----------------------------------------------------------------------------------------------
# payment_promise
# ----------------------------------------------------------------------------------------------

R(
    "wl",
    "WL25-0452",
    1250.0,
    "reminder_1",
    "en",
    "en",
    "2026-01-13T23:05:00+01:00",
    "Tom Lindqvist",
    "tom@lindqvist.ch",
    "payment_promise",
    False,
    1,
    "pay tomorrow\n\nSent from my iPhone",
    pdate="2026-01-14",
    quote="apple",
    mailer=IPHONE,
    notes="Two words late at night: 'tomorrow' resolved against the Date: (13 January, 23:05 "
    "local) gives 14 January.",
)

R(
    "mr",
    "MR-25-0264",
    3120.0,
    "reminder_3",
    "fr",
    "fr",
    "2026-01-09T12:10:00+01:00",
    "Sophie Vuillet",
    "sophie@vuillet-immo.fr",
    "payment_promise",
    False,
    1,
    "on paie fin du mois promis\n\nEnvoyé de mon iPhone",
    pdate="2026-01-31",
    salutation="Madame Vuillet",
    plain_override=_thread(
        (
            "mr",
            "MR-25-0264",
            3120.0,
            "reminder_3",
            "fr",
            "2026-01-09T12:10:00+01:00",
            "Sophie Vuillet",
            "sophie@vuillet-immo.fr",
        ),
        "on paie fin du mois promis\n\nEnvoyé de mon iPhone",
        {"reminder_1": (2, "ok on regarde ça\n\nEnvoyé de mon iPhone")},
        "Madame Vuillet",
    ),
    mailer=IPHONE,
    notes="Five words on top of a long thread ending with the threat of a mise en demeure (the "
    "company's words, and her own older 'ok on regarde ça'); 'fin du mois' → 31 January; 'promis' "
    "makes it a promise, nothing is asked.",
)

R(
    "bq",
    "BH-2025-1152",
    842.0,
    "reminder_1",
    "de",
    "de",
    "2025-11-27T16:05:00+01:00",
    "Priska Wyss",
    "priska.wyss@hispeed.ch",
    "payment_promise",
    False,
    1,
    "Sorry, isch undergange 🙈 Zahlig isch iglöst für am Mäntig.\nGruess Priska",
    pdate="2025-12-01",
    quote="gmail",
    format="alt",
    notes="Swiss German ('undergange', 'iglöst', 'Mäntig'): the payment is entered for Monday, "
    "i.e. 1 December from a Thursday; an apology, nothing asked.",
)

R(
    "tv",
    "TV-25-0355",
    745.8,
    "reminder_2",
    "it",
    "it",
    "2026-01-07T11:15:00+01:00",
    "Marco Rezzonico",
    "marco.rezzonico@gmail.com",
    "payment_promise",
    False,
    1,
    "si si la paghiamo venerdì, tranquilli 👍\nciao Marco",
    pdate="2026-01-09",
    quote="gmail",
    format="alt",
    notes="Colloquial Italian without accents on 'si si': 'venerdì' from Wednesday 7 January is "
    "9 January.",
)

# ----------------------------------------------------------------------------------------------
# copy_request
# ----------------------------------------------------------------------------------------------

R(
    "lx",
    "LX-2025-0688",
    960.0,
    "reminder_2",
    "en",
    "en",
    "2026-01-14T19:40:00+01:00",
    "Priya Nair",
    "priya.nair@proton.me",
    "copy_request",
    False,
    2,
    "can u send again pls\n\nSent from my iPhone",
    quote="apple",
    mailer=IPHONE,
    notes="Abbreviated English ('u', 'pls'): asks for the invoice again, no defect named, so a "
    "copy request rather than an invoice error.",
)

R(
    "fs",
    "FS/2025/1141",
    720.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-09T13:44:00+01:00",
    "Valérie Clément",
    "valerie.clement@bluewin.ch",
    "copy_request",
    False,
    2,
    "bjr\npourriez vous me renvoyer le bulletin QR svp je le retrouve plus. merci\nV. Clément",
    quote="gmail",
    format="html",
    cte="base64",
    notes="HTML-only webmail, base64, no punctuation to speak of: the QR-bill to be resent.",
)

R(
    "bq",
    "BH-2025-1233",
    615.5,
    "reminder_1",
    "de",
    "de",
    "2026-01-08T10:20:00+01:00",
    "Anna Brunner",
    "brunner.familie@bluewin.ch",
    "copy_request",
    False,
    2,
    "Grüezi\nIch schreibe für meinen Mann Beat Brunner, er ist seit Dezember im Spital. Ich finde "
    "die Rechnung nirgends. Können Sie sie mir bitte nochmals schicken, am besten per Post an "
    "Lindenweg 7, 6030 Ebikon? Danke vielmals\nAnna Brunner",
    salutation="Herr Brunner",
    quote="gmail",
    notes="The wife writes for her husband in hospital and wants the invoice again by post: a copy "
    "request; the illness is mentioned but no more time is asked.",
)

# ----------------------------------------------------------------------------------------------
# acknowledgement
# ----------------------------------------------------------------------------------------------

R(
    "lx",
    "LX-2025-0597",
    430.0,
    "reminder_1",
    "de",
    "de",
    "2025-11-24T07:15:00+01:00",
    "Urs Gerber",
    "urs.gerber@bluewin.ch",
    "acknowledgement",
    False,
    1,
    "ok\n\nVon meinem iPhone gesendet",
    quote="apple",
    mailer=IPHONE,
    notes="'ok' and a device footer: the reminder is acknowledged, no date is promised; the "
    "language is the footer's.",
)

R(
    "mr",
    "MR-25-0312",
    875.0,
    "invoice",
    "fr",
    "fr",
    "2025-12-01T09:05:00+01:00",
    "Julien Besson",
    "j.besson@besson-archi.fr",
    "acknowledgement",
    False,
    1,
    "c'est transmis à la compta 👍\nJulien",
    re="TR:",
    quote="forward",
    cc="Compta Besson <compta@besson-archi.fr>",
    format="alt",
    notes="A forward of the company's own invoice with a one-line comment: passed on to the "
    "customer's accounts payable, nothing else.",
)

# ----------------------------------------------------------------------------------------------
# auto_reply
# ----------------------------------------------------------------------------------------------

R(
    "fs",
    "FS/2025/1156",
    2050.0,
    "reminder_2",
    "de",
    "de",
    "2025-12-23T06:02:00+01:00",
    "Thomas Zosso",
    "t.zosso@zosso-gartenbau.ch",
    "auto_reply",
    False,
    1,
    "Besten Dank für Ihre Nachricht.\n\nIch bin bis am 5. Januar 2026 in den Betriebsferien und "
    "habe nur sporadisch Zugriff auf meine E-Mails. In dringenden Fällen erreichen Sie mich unter "
    "079 555 12 34.\n\nThomas Zosso\nZosso Gartenbau GmbH",
    re="Automatische Antwort:",
    headers=AUTO,
    days_after=0,
    mailer=OUTLOOK,
    charset="iso-8859-1",
    notes="Out-of-office to the second reminder; 5 January is an absence, not a promised date.",
)

R(
    "lo",
    "F-2025-0545",
    1935.0,
    "reminder_2",
    "fr",
    "fr",
    "2025-12-26T11:00:00+01:00",
    "Bastien Lefèvre",
    "bastien@lefevre-paysage.fr",
    "auto_reply",
    False,
    1,
    "Bonjour,\nJe suis en congés jusqu'au 5 janvier 🌴 je vous répondrai à mon retour.\nPour toute "
    "urgence : 06 12 34 56 78\nBastien",
    re="Réponse automatique :",
    headers=AUTO,
    days_after=0,
    format="html",
    notes="HTML-only holiday auto-reply with an emoji; 'à mon retour' and 5 January are no "
    "promises.",
)

# ----------------------------------------------------------------------------------------------
# other
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BH-2025-1169",
    289.0,
    "reminder_1",
    "de",
    "de",
    "2025-12-02T12:31:00+01:00",
    "Jonas Aebi",
    "j.aebi@sunrise.ch",
    "other",
    False,
    2,
    "?\n\nVon Outlook für Android gesendet",
    quote="outlook",
    mailer=ANDROID_OUTLOOK,
    notes="A bare question mark: nothing is disputed or claimed, the customer needs an explanation "
    "— other, urgency 2; the language is the device footer's. Doubtful (could be read as an "
    "unspecified dispute).",
)

R(
    "fs",
    "FS/2025/1172",
    390.0,
    "invoice",
    "de",
    "de",
    "2026-01-16T17:48:00+01:00",
    "Petra Kolly",
    "petra.kolly@gmx.ch",
    "other",
    False,
    1,
    "Schatz ich bin um halb 7 zu Hause kannst du noch Brot und Milch mitnehmen Küsschen\n\n"
    "Von meinem iPhone gesendet",
    quote="apple",
    mailer=IPHONE,
    notes="A dictated message meant for her partner, sent into the invoice thread by mistake: "
    "nothing to do with the invoice.",
)
