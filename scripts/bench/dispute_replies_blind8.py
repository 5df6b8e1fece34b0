# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# ruff: noqa: RUF001  (the customers write en dashes)
"""Eighth blind set of customers' replies (tests/data/disputes_blind8), with their labels (CC0 text).

Written by a tenth writer who read only the label definitions and the entry format, not the
other sets' replies, not the reader's rules and not its answers: it measures the reader once.
Never tune rules on these replies.

The writers here are owners and office managers of small businesses (restaurants, shops, medical
practices, farms, garages, architects, IT freelancers) and fiduciaries answering for their
clients: plain, direct, sometimes emotional, often several topics in one e-mail.
All text is synthetic (CC0-1.0): people, businesses, addresses and numbers are invented.

Uses the invoicing companies of ``make_dispute_replies.py`` (bq, tv, lx, mr, fs, wl, lo); same
entry format as ``dispute_replies_blind4.py`` (the ``R`` helper of ``dispute_replies_more.py``,
entries kept in this file's own ``REPLIES``); labels as defined in
/work/shared/samples/disputes/README.md.
Build with ``.venv/bin/python scripts/bench/make_dispute_replies.py --source blind8``.
"""

import dispute_replies_more as _more
from dispute_replies_more import APPLE, IPHONE, ORANGE, OUTLOOK, TB

REPLIES = []

R = _more.writer(REPLIES)


AUTO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

# ----------------------------------------------------------------------------------------------
# already_paid
# ----------------------------------------------------------------------------------------------

R(
    "lx",
    "LX-2025-0612",
    1240.8,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-09T10:12:00+01:00",
    "Patricia Rochat",
    "patricia@cafe-du-port-morges.ch",
    "already_paid",
    True,
    3,
    """
Bonjour Monsieur Chappuis,

Je viens de regarder mon relevé UBS, voici la ligne :
28.11.2025  ORDRE E-BANKING LEMANIX TRADUCTIONS SARL  1'240.80

Donc la facture 0612 est payée depuis plus d'une semaine, je pense que votre rappel s'est croisé.

Par contre, toujours pas de nouvelles de la version allemande de la carte des vins que vous
deviez me livrer début décembre. On en a besoin avant les fêtes, vous pouvez me dire où ça en est ?

Belle journée
Patricia Rochat
Café du Port, Morges
""",
    mentions=["LX-2025-0612"],
    quote="gmail",
    format="alt",
    notes="Payment quoted as a bank-statement line; the question about a pending translation "
    "(another job) is a follow-up, not a dispute; 'la facture 0612' is normalised.",
)

R(
    "bq",
    "RE-25-04417",
    2315.6,
    "reminder_2",
    "de",
    "de",
    "2026-01-13T08:41:00+01:00",
    "Marcel Bühler",
    "m.buehler@garage-buehler.ch",
    "already_paid",
    True,
    3,
    """
Guten Tag Frau Imhof

Wie am Montag am Telefon besprochen: Wir haben am 22. Dezember CHF 2'315.60 überwiesen,
leider wie ich jetzt sehe auf die IBAN, die noch auf Ihrer alten Offerte vom Frühling stand
(Raiffeisen, CH56 8080 8001 2345 6789 0). Die Zahlung ist bei uns nicht zurückgekommen, das Geld
muss also bei Ihnen sein. Bitte schauen Sie auf diesem Konto nach und buchen Sie es um.

Freundliche Grüsse
Marcel Bühler
Garage Bühler GmbH, Emmenbrücke
""",
    quote="outlook",
    mailer=OUTLOOK,
    notes="Paid to the company's old account: still already_paid; 22 December is a past payment "
    "date, not a promise; refers to a phone call.",
)

R(
    "tv",
    "FV-25-0873",
    1486.0,
    "reminder_1",
    "it",
    "it",
    "2025-12-16T19:20:00+01:00",
    "Luca Pedrazzini",
    "info@agriturismo-ronchetto.ch",
    "already_paid",
    True,
    3,
    """
Buonasera,

abbiamo pagato il 5 dicembre, con un unico bonifico di CHF 3'412.30, le due fatture FV-25-0873
e FV-25-0901. Sul nostro estratto conto figura: "Bonifico Tessiture Verbano fatt. 873+901".
Forse l'avete registrato tutto sull'altra fattura? Vi prego di controllare.

Saluti dalla valle
Luca Pedrazzini
Agriturismo Ronchetto, Cavergno
""",
    mentions=["FV-25-0873", "FV-25-0901"],
    quote="apple",
    mailer=IPHONE,
    notes="One bank transfer covering two invoices (amount is the sum, not this invoice's); both "
    "numbers are written by the customer; 873+901 in the quoted statement text are short forms.",
)

R(
    "wl",
    "WL-25-1038",
    890.0,
    "reminder_1",
    "en",
    "en",
    "2026-01-08T11:05:00+01:00",
    "Jonas Meili",
    "jonas@meili-it.ch",
    "already_paid",
    True,
    3,
    """
Hi Lukas,

Paid on 2 January, screenshot from my banking app attached (CHF 890.00, your QR reference).
Probably just crossed with your reminder.

While I have you: can I switch my hosting to annual billing for 2026? Monthly invoices are a
pain for my bookkeeping.

Cheers
Jonas
""",
    quote="gmail",
    attachments=[("png", "Zahlung_Webwerk_2026-01-02.png")],
    notes="Already paid with a screenshot; the question about annual billing is a side topic "
    "that needs an answer but does not change the label.",
)

R(
    "mr",
    "FA25-1347",
    4860.0,
    "reminder_2",
    "fr",
    "fr",
    "2026-01-07T14:30:00+01:00",
    "Hervé Lacombe",
    "h.lacombe@lacombe-expertise.fr",
    "already_paid",
    True,
    3,
    """
Madame,

Je suis l'expert-comptable de la SARL Atelier Vidal Architectes, qui m'a transmis votre relance.

D'après le grand livre et le relevé bancaire de ma cliente, la facture FA25-1347 a été réglée par
virement le 19 décembre 2025, 4 860,00 €, libellé « VIDAL ARCHI FA251347 ». Vous trouverez l'avis
de virement en pièce jointe.

Je vous remercie de bien vouloir rapprocher ce règlement et de ne pas appliquer l'indemnité
forfaitaire de 40 €, qui n'a pas lieu d'être.

Bien cordialement,

Hervé Lacombe
Expert-comptable – Lacombe Expertise, Annecy
""",
    mentions=["FA25-1347"],
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    attachments=[("pdf", "avis_virement_FA251347.pdf")],
    notes="An accountant answers for his client; asking not to apply the 40 EUR fee follows from "
    "the payment, it is not a separate contestation (disputed amount stays null).",
)

R(
    "fs",
    "FS/2025/0317",
    685.0,
    "reminder_1",
    "fr",
    "mixed",
    "2025-12-18T12:02:00+01:00",
    "Sekretariat Dr Aebischer",
    "secretariat@cabinet-aebischer.ch",
    "already_paid",
    True,
    3,
    """
Bonjour / Grüezi

Payé le 1er décembre, mais malheureusement avec la référence de l'ancienne facture FS/2025/0188.
Bezahlt am 1. Dezember, leider mit der Referenz der alten Rechnung FS/2025/0188.

Montant / Betrag: CHF 685.00
Merci de faire le lien / Bitte richtig zuordnen.

Cabinet médical Dr Aebischer – Arztpraxis Dr. Aebischer, Düdingen
""",
    mentions=["FS/2025/0188"],
    mailer=TB,
    notes="Bilingual fr/de; paid with a wrong reference: the other invoice number is only the "
    "reference used by mistake, not a second issue.",
)

# ----------------------------------------------------------------------------------------------
# payment_promise
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "RE-25-04502",
    1178.35,
    "reminder_1",
    "de",
    "de",
    "2026-01-20T07:55:00+01:00",
    "Martin Arnold",
    "hirschen.arnold@bluewin.ch",
    "payment_promise",
    False,
    1,
    """
Grüezi Frau Imhof

Die Zahlung ist im E-Banking erfasst und wird am 30. Januar ausgeführt, zusammen mit den Löhnen.
War ein strenger Dezember im Restaurant.

Gruss
Martin Arnold
Restaurant Hirschen, Sempach
""",
    pdate="2026-01-30",
    quote="outlook",
    mailer=OUTLOOK,
    notes="'ist erfasst' sounds like already paid, but the execution date is in the future: "
    "a promise.",
)

R(
    "lo",
    "LO-2025-0455",
    1236.0,
    "invoice",
    "fr",
    "fr",
    "2025-12-10T17:45:00+01:00",
    "Sophie Garnier",
    "boutique.lescerises@orange.fr",
    "payment_promise",
    False,
    1,
    """
Bonsoir,

Bien reçu la facture, merci. Je vous règle ça vendredi, le temps que la caisse de Noël rentre.
Les suspensions font un effet fou dans la vitrine !

Sophie
Boutique Les Cerises – Villeurbanne
""",
    pdate="2025-12-12",
    quote="gmail",
    mailer=ORANGE,
    notes="Thanks + promise: 'vendredi' resolved against the Wednesday 10 December date.",
)

R(
    "tv",
    "FV-25-0928",
    2240.0,
    "reminder_2",
    "it",
    "it",
    "2026-01-22T09:30:00+01:00",
    "Graziella Rusconi",
    "direzione@hotel-lagodoro.ch",
    "payment_promise",
    False,
    1,
    """
Buongiorno,

come concordato ieri al telefono con la signora Bernasconi, salderemo la fattura a fine mese,
quando riapriamo dopo la chiusura invernale. Grazie ancora per la comprensione.

Cordiali saluti
Graziella Rusconi
Hotel Lago d'Oro, Brissago
""",
    pdate="2026-01-31",
    quote="apple",
    mailer=APPLE,
    notes="Refers to a phone agreement; 'fine mese' resolved to 31 January.",
)

R(
    "lo",
    "LO-2025-0471",
    760.0,
    "reminder_1",
    "en",
    "en",
    "2026-01-15T21:10:00+01:00",
    "Mark Whitfield",
    "stay@oldmill-bandb.fr",
    "payment_promise",
    False,
    1,
    """
Oh dear, sorry - this one completely slipped through with the Christmas rush.
I'll pay it first thing tomorrow morning.

Cheers,
Mark
The Old Mill B&B, Beaujolais
""",
    pdate="2026-01-16",
    quote="gmail",
    mailer=IPHONE,
    notes="Apology + 'tomorrow' resolved against the e-mail date.",
)

R(
    "wl",
    "WL-25-1102",
    1944.5,
    "reminder_2",
    "de",
    "de",
    "2026-01-19T10:00:00+01:00",
    "Regula Stalder",
    "r.stalder@stalder-treuhand.ch",
    "payment_promise",
    False,
    1,
    """
Sehr geehrter Herr Frei

Wir führen die Buchhaltung des Hofs Blumenrain (Familie Gerber, Worb) und haben Ihre Mahnung von
unseren Kunden erhalten. Die Kreditoren unserer Mandanten zahlen wir jeweils am 25. des Monats;
Ihre Rechnung ist im Zahlungslauf vom 25. Januar eingeplant.

Freundliche Grüsse
Regula Stalder
Stalder Treuhand AG, Worb
""",
    pdate="2026-01-25",
    cc="Hof Blumenrain <hof@blumenrain-worb.ch>",
    quote="outlook",
    mailer=OUTLOOK,
    notes="A fiduciary writes for the customer; the payment-run date is a promised date.",
)

R(
    "wl",
    "WL-25-1066",
    540.0,
    "reminder_1",
    "de",
    "de",
    "2025-12-29T16:40:00+01:00",
    "Andrea Kunz",
    "andrea@kunz-architektur.ch",
    "payment_promise",
    False,
    1,
    """
Hallo Herr Frei

Die WL-25-1066 zahle ich am Montag, 5. Januar, ich bin bis dahin nicht im Büro.

Und noch etwas anderes: Könnten Sie mir für die Erweiterung des Buchungstools (Terminvergabe
online) eine Offerte machen? Gerne im Januar.

Gruss
Andrea Kunz
""",
    pdate="2026-01-05",
    mentions=["WL-25-1066"],
    quote="thunderbird",
    mailer=TB,
    notes="Promise plus a request for a quote for new work; the quote request is a side topic "
    "and does not make the reply 'other'.",
)

# ----------------------------------------------------------------------------------------------
# delay_request
# ----------------------------------------------------------------------------------------------

R(
    "mr",
    "FA25-1398",
    3120.0,
    "reminder_2",
    "fr",
    "fr",
    "2026-01-09T23:14:00+01:00",
    "Karine Dufour",
    "lepetitbouchon74@gmail.com",
    "delay_request",
    True,
    2,
    """
Madame Roche,

Je suis vraiment gênée de vous écrire ça. Les travaux de la route devant le restaurant ont duré
tout l'automne et on a perdu la moitié de nos couverts. Je ne conteste rien, votre banquette est
magnifique et les clients l'adorent, mais je ne peux pas sortir 3 120 € d'un coup.

Est-ce que je peux vous proposer trois versements de 1 040 € : le 15 janvier, le 15 février et
le 15 mars ? Je mets les virements permanents en place dès que vous me dites oui.

Merci de votre compréhension, et encore pardon.
Karine Dufour
Le Petit Bouchon, Seynod
""",
    pdate="2026-01-15",
    mailer=IPHONE,
    notes="Emotional, 'je ne conteste rien' is a negation; dated instalment plan pauses, "
    "promised date = first instalment.",
)

R(
    "bq",
    "RE-25-04388",
    4780.0,
    "reminder_3",
    "de",
    "de",
    "2026-01-26T06:40:00+01:00",
    "Hansruedi Wicki",
    "wicki.hof@bluewin.ch",
    "delay_request",
    True,
    2,
    """
Guten Tag

Wir sind ein Milchbetrieb und die Milchgeldabrechnung vom Januar kommt erst am 20. Februar. Dann
kann ich die Rechnung für die neue Warmwasseranlage ganz bezahlen. Ich habe schon im Dezember mit
Frau Imhof telefoniert, aber vielleicht ist das nicht weitergegeben worden.

Bitte keine Betreibung, das wäre für uns schlimm. Die Anlage läuft übrigens tipptopp.

Mit freundlichem Gruss
Hansruedi Wicki
Hof Oberwil, Hasle LU
""",
    pdate="2026-02-20",
    charset="windows-1252",
    notes="Answer to the last reminder; 'keine Betreibung' is the customer pleading, not a "
    "threat; concrete date, so it pauses; urgency stays a polite request.",
)

R(
    "tv",
    "FV-25-0944",
    980.0,
    "reminder_1",
    "it",
    "it",
    "2026-01-12T15:25:00+01:00",
    "Marisa Galli",
    "merceria.galli@ticino.com",
    "delay_request",
    False,
    2,
    """
Gentile signora Bernasconi,

le chiedo ancora un po' di pazienza. Dopo le feste i clienti mi pagano tutti in ritardo e la
cassa è vuota. Appena incasso salderò tutto, non si preoccupi, non è la prima volta che lavoriamo
insieme.

Cordialmente
Marisa Galli
Merceria Galli, Bellinzona
""",
    format="html",
    notes="Vague delay without a date: does not pause.",
)

R(
    "wl",
    "WL-25-1012",
    6480.0,
    "reminder_2",
    "en",
    "en",
    "2025-12-22T16:20:00+01:00",
    "Sarah Brunner",
    "sarah@brunner-partner-arch.ch",
    "delay_request",
    True,
    2,
    """
Hi Lukas,

Following our call last week: could we split this one in two? I'll transfer CHF 3,240 today and
the second half by 28 February. Year-end is always tight for a small office like ours.

The new website is great by the way, we already got two enquiries through the contact form.

Best,
Sarah
Brunner + Partner Architekten, Winterthur
""",
    pdate="2025-12-22",
    quote="gmail",
    format="alt",
    notes="Instalment request whose first instalment is 'today' (promised date = e-mail date); "
    "praise for the work is not an acknowledgement.",
)

R(
    "fs",
    "FS/2025/0342",
    1620.0,
    "reminder_1",
    "de",
    "de",
    "2026-01-14T09:05:00+01:00",
    "Claudia Jungo",
    "praxis@dr-bruelhart.ch",
    "delay_request",
    False,
    2,
    """
Sehr geehrte Frau Progin

Dr. Brülhart ist seit drei Wochen krank, und nur er kann im E-Banking die Zahlungen freigeben.
Ich bitte Sie um etwas Geduld, wir zahlen, sobald er wieder in der Praxis ist.

Freundliche Grüsse
Claudia Jungo, Praxisassistentin
Praxis Dr. med. P. Brülhart, Tafers
""",
    quote="outlook",
    outlook_line=False,
    mailer=OUTLOOK,
    notes="Office manager asks for patience with no date: delay_request that does not pause.",
)

# ----------------------------------------------------------------------------------------------
# contestation
# ----------------------------------------------------------------------------------------------

R(
    "wl",
    "WL-25-1121",
    2270.1,
    "invoice",
    "de",
    "de",
    "2025-12-04T15:00:00+01:00",
    "Reto Good",
    "reto.good@velo-good.ch",
    "contestation",
    True,
    3,
    """
Guten Tag Herr Frei

Sie verrechnen 14 Stunden à CHF 150 für das Shop-Update. Abgemacht waren am Telefon maximal
10 Stunden, und das Update war zwei Tage nach dem Kick-off online. Bitte korrigieren Sie die
Rechnung auf 10 Stunden.

Den unbestrittenen Teil überweise ich bis Freitag.

Gruss
Reto Good
Velo Good, Rapperswil
""",
    amount=600.0,
    pdate="2025-12-05",
    quote="outlook",
    mailer=OUTLOOK,
    notes="Hours contested: 4 h × CHF 150 = 600 excl. VAT; pays the undisputed part by Friday "
    "(5 December); a correction request but about the work billed, so contestation.",
)

R(
    "lx",
    "LX-2025-0655",
    1226.4,
    "reminder_2",
    "fr",
    "fr",
    "2026-01-05T11:30:00+01:00",
    "Jean-Marc Favre",
    "jm.favre@auberge-sauvabelin.ch",
    "contestation",
    True,
    3,
    """
Bonjour,

Merci encore pour la traduction de notre carte en allemand et en anglais, nos clients
alémaniques l'apprécient beaucoup.

Par contre je ne suis pas d'accord avec le "supplément urgence" de CHF 180.-. Au téléphone avec
M. Chappuis on avait dit livraison en 10 jours, sans supplément, et vous avez livré en 9 jours.
Les CHF 20.- de frais de rappel sur une facture qui est fausse ne me semblent pas justifiés non
plus.

Je vous verse demain le reste, soit CHF 1'046.40.

Salutations
Jean-Marc Favre
Auberge de Sauvabelin, Lausanne
""",
    amount=200.0,
    pdate="2026-01-06",
    charset="iso-8859-1",
    quote="thunderbird",
    mailer=TB,
    notes="Thanks first, then a grievance; surcharge 180 + reminder fee 20 contested = 200; "
    "the undisputed rest is promised for tomorrow.",
)

R(
    "tv",
    "FV-25-0951",
    2310.0,
    "invoice",
    "it",
    "it",
    "2025-12-15T13:10:00+01:00",
    "Paolo Cattaneo",
    "paolo@grotto-cattaneo.ch",
    "contestation",
    True,
    4,
    """
Buongiorno,

abbiamo ricevuto sabato le 60 tovaglie, ma 20 hanno il bordo scucito e delle macchie di colore
(vedi foto). Così non paghiamo la fattura intera: 20 tovaglie a CHF 38.50 = CHF 770.-, ve le
rimandiamo indietro.

Il resto lo paghiamo quando ci mandate la nota di credito.

Paolo Cattaneo
Grotto Cattaneo, Ascona
""",
    amount=770.0,
    quote="gmail",
    mailer=IPHONE,
    attachments=[("jpg", "IMG_4471.jpg"), ("jpg", "IMG_4472.jpg")],
    notes="Defective goods with photos; 'non paghiamo' is an explicit refusal (4); payment of "
    "the rest is conditional, with no date.",
)

R(
    "mr",
    "FA25-1289",
    5280.0,
    "reminder_3",
    "fr",
    "fr",
    "2026-01-28T18:02:00+01:00",
    "Didier Masson",
    "garage.masson@wanadoo.fr",
    "contestation",
    True,
    5,
    """
TROISIÈME relance alors que la porte d'entrée que vous avez posée en novembre laisse passer
l'eau à chaque pluie !! J'ai appelé quatre fois, personne n'est venu voir.

Je ne paierai pas un centime tant que ce n'est pas réparé. Et si vous m'envoyez une mise en
demeure, c'est mon avocat qui vous répondra. J'ai aussi mis un avis sur Google pour prévenir les
autres.

D. Masson
Garage Masson, Rumilly
""",
    amount=5280.0,
    quote="outlook",
    outlook_line=False,
    mailer=OUTLOOK,
    notes="Anger, capitals, lawyer and public review: urgency 5; the whole invoice is withheld; "
    "'mise en demeure' is also in the company's quoted reminder.",
)

R(
    "lo",
    "LO-2025-0438",
    2940.0,
    "reminder_1",
    "en",
    "en",
    "2025-12-12T09:40:00+01:00",
    "Emma Laurent-Hughes",
    "emma@maisonhughes-deco.fr",
    "contestation",
    True,
    3,
    """
Hello Camille,

We're not disputing your invoice as such - the installation in the shop looks great. But two of
the six brass pendants arrived with dented shades, as I told you on the phone. So we'll pay the
invoice less those two: 2 × 245 € excl. VAT.

The transfer for the rest goes out on Monday.

Best regards,
Emma
Maison Hughes Déco, Lyon 2e
""",
    amount=490.0,
    pdate="2025-12-15",
    quote="gmail",
    format="alt",
    notes="Negated opener ('not disputing') then a deduction for damaged goods: 490 as written "
    "(excl. VAT); 'Monday' resolved against Friday 12 December.",
)

R(
    "fs",
    "FS/2025/0276",
    3405.0,
    "reminder_2",
    "de",
    "de",
    "2025-12-02T10:10:00+01:00",
    "Thomas Riedo",
    "t.riedo@riedo-architekten.ch",
    "contestation",
    True,
    4,
    """
Gratuliere zur Preiserhöhung.

Letztes Jahr kostete der Jahresabschluss CHF 2'655.-, dieses Jahr CHF 3'405.- - bei gleichem
Umfang, gleich vielen Buchungen, ohne Sonderwünsche. Niemand hat uns etwas von neuen Tarifen
gesagt. Bevor ich irgendetwas bezahle, erwarte ich eine Erklärung.

T. Riedo
Riedo Architekten GmbH, Murten
""",
    amount=750.0,
    quote="outlook",
    mailer=OUTLOOK,
    notes="Sarcastic opener (urgency 4); disputed amount implied by last year's fee vs this "
    "year's: 3405 - 2655 = 750.",
)

R(
    "bq",
    "RE-25-04435",
    2100.0,
    "reminder_1",
    "de",
    "de",
    "2025-12-30T11:15:00+01:00",
    "Daniel Kälin",
    "info@autospritzwerk-kaelin.ch",
    "contestation",
    True,
    3,
    """
Hallo Frau Imhof

Ihr Monteur, Herr Zurfluh, hat uns beim Einbau versprochen, dass wir wegen der zwei Tage ohne
Heizung in der Werkstatt eine Gutschrift von CHF 250.- bekommen. Die ist in Ihrer Erinnerung
nicht berücksichtigt.

Wir überweisen heute CHF 1'850.- und warten auf die Gutschrift.

Gruss
D. Kälin
Autospritzwerk Kälin, Kriens
""",
    amount=250.0,
    pdate="2025-12-30",
    quote="outlook",
    mailer=OUTLOOK,
    notes="A promised credit note not applied: contestation of 250; 'überweisen heute' is a "
    "promise for the undisputed part (promised date = e-mail date), not already_paid.",
)

# ----------------------------------------------------------------------------------------------
# invoice_error
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "RE-25-04461",
    3866.2,
    "invoice",
    "de",
    "de",
    "2025-12-03T14:20:00+01:00",
    "Monika Achermann",
    "m.achermann@achermann-treuhand.ch",
    "invoice_error",
    True,
    3,
    """
Sehr geehrte Frau Imhof

Als Treuhänderin der Meier Gastro GmbH erhalte ich deren Kreditorenrechnungen. Ihre Rechnung ist
an Herrn Beat Meier privat adressiert; den Auftrag (Küchenlüftung Restaurant Sonne) hat aber die
GmbH erteilt. Bitte stellen Sie die Rechnung neu auf

Meier Gastro GmbH
Dorfstrasse 4
6210 Sursee

aus. Danach zahlen wir fristgerecht.

Freundliche Grüsse
Monika Achermann
Achermann Treuhand GmbH, Sursee
""",
    cc="Beat Meier <beat.meier@restaurant-sonne-sursee.ch>",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    notes="A fiduciary for her client: wrong legal entity (private person instead of the GmbH); "
    "'fristgerecht' is no dated promise.",
)

R(
    "lo",
    "LO-2025-0489",
    8420.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-01-16T08:30:00+01:00",
    "Nicolas Perrin",
    "administration@perrin-archi.fr",
    "invoice_error",
    True,
    4,
    """
Bonjour,

Votre facture ne porte pas notre numéro de bon de commande (BC-2025-118), alors que notre
service comptable le rejette systématiquement sans ce numéro. C'est pour ça qu'elle n'est pas
payée, je l'ai dit à Camille en décembre.

Merci de nous la renvoyer corrigée avant le 21 janvier, sinon elle ne passera pas dans le
paiement de fin de mois et on repart pour un mois.

Nicolas Perrin
Perrin Architectes, Villefranche-sur-Saône
""",
    quote="thunderbird",
    mailer=TB,
    notes="Missing PO number blocking the payment run, with a deadline (urgency 4); 21 January "
    "is a deadline for the corrected invoice, not a promised payment date.",
)

R(
    "tv",
    "FV-25-0915",
    1560.0,
    "reminder_1",
    "it",
    "it",
    "2026-01-09T10:45:00+01:00",
    "Sandra Bianchi",
    "amministrazione@ristorante-bianchi.ch",
    "invoice_error",
    True,
    3,
    """
Buongiorno,

la fattura FV-25-0915 è un doppione della FV-25-0861: stesse 12 tende, stessa consegna del
3 novembre. La FV-25-0861 l'abbiamo pagata il 20 novembre. Vi prego di annullare la 0915 e di
mandarci conferma.

Grazie e saluti
Sandra Bianchi
Ristorante Bianchi, Lugano
""",
    amount=1560.0,
    mentions=["FV-25-0915", "FV-25-0861"],
    quote="gmail",
    notes="Duplicate invoice: invoice_error with the full amount, not already_paid, although "
    "the customer says the original was paid.",
)

R(
    "wl",
    "WL-25-1089",
    2702.5,
    "reminder_1",
    "en",
    "en",
    "2026-01-05T13:50:00+01:00",
    "Florian Bauer",
    "f.bauer@bauer-medien.de",
    "invoice_error",
    True,
    3,
    """
Dear Mr Frei,

We are based in Konstanz, Germany. Your invoice charges 8.1 % Swiss VAT (CHF 202.50) on web
services to a German business; this should be reverse charge. Our VAT number DE 287 114 593 was
on the order form.

Please send a corrected invoice for CHF 2,500.00 net and we will pay straight away.

Kind regards
Florian Bauer
Bauer Medien GmbH
""",
    amount=202.5,
    quote="outlook",
    mailer=OUTLOOK,
    notes="Wrong VAT treatment: disputed amount is the VAT; 'straight away' is not a dated "
    "promise.",
)

R(
    "fs",
    "FS/2025/0291",
    1280.0,
    "reminder_2",
    "fr",
    "fr",
    "2026-01-20T17:35:00+01:00",
    "Valérie Clerc",
    "valerie@fleurs-clerc.ch",
    "invoice_error",
    True,
    3,
    """
Bonjour Madame Progin,

Pour la FS/2025/0291, c'est ma faute, je la paie le 30 janvier avec les salaires.

Par contre la FS/2025/0304 est encore adressée à notre ancienne adresse, route de Bertigny,
alors que nous avons déménagé à Marly en septembre, je vous l'avais dit au téléphone. Ma
comptable me demande une facture à la bonne adresse. Merci de la corriger.

Valérie Clerc
Fleurs Clerc, Marly
""",
    pdate="2026-01-30",
    mentions=["FS/2025/0291", "FS/2025/0304"],
    quote="apple",
    mailer=IPHONE,
    notes="Two invoices: a payment promise for the thread's invoice and a wrong address on "
    "FS/2025/0304; the pausing issue wins (invoice_error, pause concerns 0304).",
)

# ----------------------------------------------------------------------------------------------
# copy_request
# ----------------------------------------------------------------------------------------------

R(
    "wl",
    "WL-25-1144",
    415.0,
    "reminder_1",
    "de",
    "de",
    "2026-01-22T08:10:00+01:00",
    "Nadja Steiner",
    "praxis@physio-steiner.ch",
    "copy_request",
    False,
    2,
    """
Guten Tag Herr Frei

Diese Rechnung haben wir nie erhalten, weder per Post noch per Mail (ich habe auch im Spam
geschaut). Können Sie sie uns bitte als PDF mit QR-Rechnung an praxis@physio-steiner.ch senden?
Dann zahlen wir sie gleich.

Freundliche Grüsse
Nadja Steiner
Physiotherapie Steiner, Dietikon
""",
    quote="outlook",
    mailer=OUTLOOK,
    notes="'nie erhalten' is about the document, not the service: a copy request, not a "
    "contestation.",
)

R(
    "mr",
    "FA25-1421",
    1890.0,
    "invoice",
    "fr",
    "fr",
    "2025-12-18T08:20:00+01:00",
    "Bertrand Mollard",
    "bertrand.mollard@gmail.com",
    "copy_request",
    False,
    2,
    """
Bonjour,

Merci. Pourriez-vous m'envoyer une facture acquittée quand vous aurez reçu le virement ? Mon
comptable en a besoin pour le dossier de subvention de la Région.

Et à l'avenir, merci d'envoyer vos factures à compta@ferme-des-tilleuls.fr plutôt qu'à mon
adresse perso.

Bertrand Mollard
GAEC Ferme des Tilleuls, Thônes
""",
    quote="gmail",
    notes="Asks for a receipted invoice (receipt) and a new invoicing address: copy_request, "
    "no dispute.",
)

R(
    "tv",
    "FV-25-0939",
    645.0,
    "reminder_1",
    "it",
    "it",
    "2026-01-07T11:55:00+01:00",
    "Fabio Moretti",
    "fabio@moretti-calzature.ch",
    "copy_request",
    False,
    2,
    """
Buongiorno,

non trovo più la fattura e dopo il cambio di banca non ho più il vostro IBAN salvato.
Me la può rimandare con la polizza QR? Così pago subito.

Grazie
Fabio Moretti
Calzature Moretti, Mendrisio
""",
    quote="apple",
    mailer=IPHONE,
    notes="Lost invoice and IBAN: copy request; 'pago subito' is not a dated promise.",
)

R(
    "lx",
    "LX-2025-0688",
    2150.0,
    "invoice",
    "fr",
    "fr",
    "2025-12-11T15:30:00+01:00",
    "Fiduciaire Léman Conseil",
    "factures@fidu-leman.ch",
    "copy_request",
    False,
    2,
    """
Madame, Monsieur,

Nous sommes la fiduciaire de la société Garage du Lac SA, votre client, qui nous a transmis votre
facture. Afin d'éviter des retards, nous vous prions d'adresser dorénavant toutes vos factures
directement à factures@fidu-leman.ch, en mentionnant le nom de notre mandante.

La présente facture sera traitée normalement.

Avec nos meilleures salutations
Fiduciaire Léman Conseil SA, Vevey
""",
    format="alt",
    mailer=OUTLOOK,
    notes="Fiduciary asks for future invoices to be sent to it: copy_request; 'traitée "
    "normalement' is no promise.",
)

# ----------------------------------------------------------------------------------------------
# acknowledgement
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "RE-25-04493",
    690.0,
    "invoice",
    "de",
    "de",
    "2025-12-08T12:30:00+01:00",
    "Erika Bucher",
    "baeckerei.bucher@bluewin.ch",
    "acknowledgement",
    False,
    1,
    """
Danke, ist angekommen. Ich habe die Rechnung an unseren Treuhänder weitergeleitet, der macht bei
uns die Zahlungen.

E. Bucher
Bäckerei Bucher, Ruswil
""",
    quote="outlook",
    mailer=OUTLOOK,
    notes="Received and forwarded to the fiduciary: acknowledgement, no date.",
)

R(
    "tv",
    "FV-25-0962",
    3180.0,
    "invoice",
    "it",
    "it",
    "2025-12-19T18:05:00+01:00",
    "Chiara Fumagalli",
    "chiara@osteria-del-ponte.ch",
    "acknowledgement",
    False,
    1,
    """
Ricevuta, grazie! Le tende per la sala sono bellissime, i clienti ci fanno i complimenti.
La passo subito alla nostra fiduciaria.

Buone feste!
Chiara
""",
    format="alt",
    mailer=APPLE,
    notes="Thanks and praise only.",
)

R(
    "lo",
    "LO-2025-0497",
    1515.0,
    "invoice",
    "en",
    "en",
    "2025-12-17T10:25:00+01:00",
    "Anna Kowalski",
    "anna@kowalski-studio.fr",
    "acknowledgement",
    False,
    1,
    """
Thanks Camille, received.

As agreed on the phone on Monday, the second fixture is fine after all - no need to come back.

Best,
Anna
""",
    quote="gmail",
    notes="Mentions an earlier problem that was settled on the phone: acknowledgement, not a "
    "dispute.",
)

# ----------------------------------------------------------------------------------------------
# auto_reply
# ----------------------------------------------------------------------------------------------

R(
    "lx",
    "LX-2025-0701",
    870.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-23T09:00:00+01:00",
    "Auberge du Chalet",
    "contact@auberge-du-chalet.ch",
    "auto_reply",
    False,
    1,
    """
Bonjour,

L'auberge est fermée pour les fêtes du 22 décembre au 6 janvier inclus. Vos messages seront lus
à notre retour.
En cas d'urgence : 026 555 01 23.

Joyeuses fêtes !
L'équipe de l'Auberge du Chalet, Charmey
""",
    re="Réponse automatique :",
    headers=AUTO,
    days_after=0,
    notes="Holiday auto-reply: the closing dates are absence dates, not promised dates.",
)

R(
    "bq",
    "RE-25-04520",
    1325.0,
    "invoice",
    "de",
    "mixed",
    "2025-12-24T08:00:00+01:00",
    "Praxis Dr. med. Vetsch",
    "praxis@dr-vetsch.ch",
    "auto_reply",
    False,
    1,
    """
Die Praxis ist vom 24. Dezember bis 4. Januar geschlossen. Ihre Nachricht wird nicht
weitergeleitet. In Notfällen wenden Sie sich bitte an den ärztlichen Notfalldienst.

Lo studio medico è chiuso dal 24 dicembre al 4 gennaio. Il suo messaggio non verrà inoltrato.
In caso di urgenza si rivolga al servizio medico di picchetto.

Praxis Dr. med. L. Vetsch – Studio medico, Roveredo GR
""",
    re="Automatische Antwort:",
    headers=AUTO,
    days_after=0,
    notes="Bilingual de/it out-of-office; dates are absence dates.",
)

# ----------------------------------------------------------------------------------------------
# other
# ----------------------------------------------------------------------------------------------

R(
    "wl",
    "WL-25-1107",
    1080.0,
    "reminder_1",
    "de",
    "de",
    "2026-01-06T14:45:00+01:00",
    "Peter Rüegg",
    "peter@garage-rueegg-wil.ch",
    "other",
    False,
    2,
    """
Grüezi

Ich glaube, diese Erinnerung ist nicht für uns. Wir sind die Garage Rüegg in Wil SG und hatten
noch nie etwas mit Webwerk Limmat zu tun. Vielleicht meinen Sie die Rüegg Automobile AG in
Wetzikon? Bitte korrigieren Sie Ihre Adressen.

Freundliche Grüsse
Peter Rüegg
""",
    quote="outlook",
    mailer=OUTLOOK,
    notes="Wrong recipient ('who is this for?'), a name confusion with another firm: other, "
    "not a 'never ordered' contestation.",
)

R(
    "mr",
    "FA25-1436",
    2360.0,
    "invoice",
    "fr",
    "fr",
    "2025-12-22T19:30:00+01:00",
    "Élodie Favre-Bulle",
    "elodie.favrebulle@free.fr",
    "other",
    False,
    2,
    """
Bonjour Nathalie,

Bien reçu, merci. Au fait, Thierry m'a dit que vous faisiez aussi les escaliers en chêne ? On
aimerait refaire celui de la maison au printemps. Est-ce que vous pourriez passer pour un devis
en février ?

Bonnes fêtes à toute l'équipe,
Élodie
""",
    quote="gmail",
    notes="Receipt + an unrelated request for a quote: more than a thank-you, so other "
    "(unrelated question needing an answer).",
)

R(
    "tv",
    "FV-25-0970",
    1190.0,
    "reminder_2",
    "it",
    "it",
    "2026-01-27T07:12:00+01:00",
    "Giorgio Sala",
    "giorgio.sala@bluewin.ch",
    "other",
    False,
    1,
    """
Inviato da iPhone
""",
    quote="apple",
    mailer=IPHONE,
    notes="Empty reply sent by mistake: only the device footer (Italian) above the quote.",
)
