# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# ruff: noqa: RUF001  (the customers write en dashes)
"""Third blind set of customers' replies (tests/data/disputes_blind3), with their labels (CC0 text).

Written by a fifth writer who read only the label definitions and the entry format, not the
other sets' replies, not the reader's rules and not its answers. Measured blind once (see its
README), then tuned on: development data now.

Uses the invoicing companies of ``make_dispute_replies.py`` (bq, tv, lx, mr, fs, wl, lo); same
entry format as ``dispute_replies_blind2.py`` (the ``R`` helper of ``dispute_replies_more.py``,
entries kept in this file's own ``REPLIES``); labels as defined in
/work/shared/samples/disputes/README.md.
Build with ``.venv/bin/python scripts/bench/make_dispute_replies.py --source blind3``.
"""

import dispute_replies_more as _more
from dispute_replies_more import APPLE, IPHONE, ORANGE, OUTLOOK, TB

REPLIES = []

ANDROID = "Outlook for Android"

R = _more.writer(REPLIES)


AUTO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

# ----------------------------------------------------------------------------------------------
# already_paid
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "RG25-00612",
    1840.5,
    "reminder_1",
    "de",
    "de",
    "2025-11-18T10:21:00+01:00",
    "Reto Käslin",
    "r.kaeslin@kaeslin-immo.ch",
    "already_paid",
    True,
    3,
    """
Grüezi Frau Imhof

Die Rechnung RG25-00612 haben wir am 7. November über das UBS E-Banking beglichen
(CHF 1'840.50, mit der QR-Referenz). Bitte prüfen Sie nochmals Ihren Zahlungseingang.

Freundliche Grüsse
Reto Käslin
Käslin Immobilien AG
Bahnhofstrasse 4, 6210 Sursee
T +41 41 555 18 20
""",
    mentions=["RG25-00612"],
    quote="outlook",
    mailer=OUTLOOK,
    notes="Past payment date and amount stated: neither is a promised date nor a disputed amount.",
)

R(
    "mr",
    "F25-0844",
    2376.0,
    "reminder_2",
    "fr",
    "fr",
    "2025-12-03T17:48:00+01:00",
    "Sébastien Mugnier",
    "contact@mugnier-renovation.fr",
    "already_paid",
    True,
    3,
    """
bonjour

virement fait le 28/11 pour 2376 euros, je vous met l'avis de virement en pièce jointe.
ça a du se croiser avec votre courrier

Sébastien Mugnier
Mugnier Rénovation – 06 55 12 48 90
""",
    attachments=[("pdf", "avis_virement_28112025.pdf")],
    mailer=ORANGE,
    notes="No capital letters, small typos; proof attached.",
)

R(
    "lx",
    "LX-2025/203",
    980.0,
    "reminder_1",
    "fr",
    "en",
    "2025-11-25T09:05:00+01:00",
    "Mark Haller",
    "mark.haller@haller-pharma.ch",
    "already_paid",
    True,
    3,
    """
We paid this last week, please check on your side.

Mark
""",
    notes="Terse English reply to a French reminder; 'last week' is a past payment, no date.",
)

R(
    "tv",
    "TV/25/0415",
    3120.0,
    "reminder_1",
    "it",
    "it",
    "2025-12-09T11:32:00+01:00",
    "Giulia Ferrari",
    "giulia.ferrari@boutique-ferrari.ch",
    "already_paid",
    True,
    3,
    """
Buongiorno signora Bernasconi,

la fattura risulta saldata da parte nostra il 2 dicembre con bonifico da PostFinance,
importo CHF 3'120.00. Probabilmente il pagamento si è incrociato con il vostro promemoria.

Cordiali saluti
Giulia Ferrari
Boutique Ferrari, Lugano
""",
    quote="gmail",
    format="alt",
)

R(
    "fs",
    "FS25-0571",
    1512.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-01T14:10:00+01:00",
    "Nicole Bapst",
    "nicole.bapst@bapst-sanitaire.ch",
    "already_paid",
    True,
    3,
    """
Bonjour Madame Progin,

Nous avons bien réglé cette facture le 21 novembre, mais je viens de voir que notre
comptable a utilisé votre ancien IBAN (Banque Cantonale), celui qui figurait sur vos factures
de l'an passé. Pouvez-vous vérifier si le montant vous est parvenu ou s'il a été retourné ?

Merci et bonne journée
Nicole Bapst
Bapst Sanitaire Sàrl
""",
    quote="outlook",
    mailer=OUTLOOK,
    notes="Paid to an old account: still already_paid (the money left), not a copy request.",
)

R(
    "lo",
    "LO2025-0297",
    864.0,
    "reminder_1",
    "en",
    "en",
    "2025-11-12T08:40:00+01:00",
    "Oliver Grant",
    "oliver@grant-studio.co.uk",
    "already_paid",
    True,
    3,
    """
Hello Camille,

I'm a bit puzzled by this reminder: we paid the full amount by credit card when we placed the
order on your web shop in September, so nothing should be outstanding. I can send you the
card statement if needed.

Best,
Oliver Grant
Grant Studio Ltd, London
""",
    format="alt",
    mailer=APPLE,
    quote="apple",
    notes="Paid by card at order; the offer to send a statement is not a copy request.",
)

R(
    "bq",
    "RG25-00655",
    432.4,
    "reminder_2",
    "de",
    "de",
    "2025-12-15T19:02:00+01:00",
    "Peter Zurkirchen",
    "peter.zurkirchen@bluewin.ch",
    "already_paid",
    True,
    3,
    """
hallo das ist schon lange bezahlt bitte abklären bevor sie mahngebühren verlangen gruss peter zurkirchen

Von meinem iPhone gesendet
""",
    mailer=IPHONE,
    notes="No punctuation; 'bevor sie Mahngebühren verlangen' is a complaint about the reminder, "
    "not a separate fee contestation.",
)

R(
    "wl",
    "WL-2025-0402",
    2160.0,
    "reminder_1",
    "de",
    "mixed",
    "2025-12-05T16:25:00+01:00",
    "Sarah Wenger",
    "sarah.wenger@wenger-events.ch",
    "already_paid",
    True,
    3,
    """
Hallo Lukas

This one was paid on 3 December, screenshot vom E-Banking im Anhang.

Liebe Grüsse / best
Sarah
""",
    attachments=[("png", "zahlung_webwerk.png")],
    notes="German and English in one line; proof as a screenshot.",
)

R(
    "lx",
    "LX-2025/229",
    645.0,
    "reminder_1",
    "fr",
    "de",
    "2025-12-04T09:50:00+01:00",
    "Urs Gerber",
    "u.gerber@gerber-uhren.ch",
    "already_paid",
    True,
    3,
    """
Grüessech Herr Chappuis

Die Rächnig isch am Mäntig zahlt worde, das sött sich überschnitte ha mit Ihrer Erinnerig.

Merci und e schöne Tag
Urs Gerber
""",
    notes="Written in Bernese Swiss German; 'am Mäntig zahlt worde' = paid last Monday (past).",
)

# ----------------------------------------------------------------------------------------------
# payment_promise
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "RG25-00701",
    2894.3,
    "reminder_1",
    "de",
    "de",
    "2025-12-09T08:15:00+01:00",
    "Daniela Amrein",
    "kreditoren@amrein-bau.ch",
    "payment_promise",
    False,
    1,
    """
Guten Tag Frau Imhof

Die Rechnung ist bei uns visiert und freigegeben. Sie wird mit dem nächsten Zahlungslauf am
Freitag ausgeführt.

Freundliche Grüsse
Daniela Amrein
Kreditorenbuchhaltung
Amrein Bau AG | Industriestrasse 9 | 6023 Rothenburg

Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie
nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie
diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe sind nicht gestattet.
""",
    pdate="2025-12-12",
    quote="outlook",
    mailer=OUTLOOK,
    notes="'freigegeben' sounds like paid but the payment is for Friday's run (Tue 9 Dec -> "
    "Fri 12 Dec); legal boilerplate in the signature.",
)

R(
    "mr",
    "F25-0902",
    1180.8,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-10T12:03:00+01:00",
    "Martine Dufour",
    "m.dufour@dufour-immobilier.fr",
    "payment_promise",
    False,
    1,
    """
Bonjour,

Le virement partira en fin de mois avec nos autres règlements fournisseurs.

Cordialement,
Martine Dufour
""",
    pdate="2025-12-31",
    notes="The normal monthly supplier run ('fin de mois'), announced, nothing asked.",
)

R(
    "lx",
    "LX-2025/221",
    312.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-11-26T15:44:00+01:00",
    "Claire Rochat",
    "claire.rochat@rochat-conseil.ch",
    "payment_promise",
    False,
    1,
    """
Bonjour Monsieur Chappuis,

Toutes mes excuses, la facture était restée dans ma pile. Je fais le paiement aujourd'hui même.

Bien à vous
Claire Rochat
""",
    pdate="2025-11-26",
    quote="thunderbird",
    mailer=TB,
)

R(
    "tv",
    "TV/25/0433",
    1755.0,
    "invoice",
    "it",
    "it",
    "2025-12-19T10:10:00+01:00",
    "Marco Pedrazzini",
    "amministrazione@pedrazzini-moda.ch",
    "payment_promise",
    False,
    1,
    """
Buongiorno,

grazie per la fattura. La pagheremo con il primo giro pagamenti di gennaio, il 9.

Saluti
Marco Pedrazzini
""",
    pdate="2026-01-09",
    notes="Reply to the invoice itself, payment date within the 30-day term: a promise.",
)

R(
    "wl",
    "WL-2025-0371",
    3780.0,
    "reminder_1",
    "en",
    "en",
    "2025-12-11T13:27:00+01:00",
    "Tom Becker",
    "tom.becker@alpinetrail.io",
    "payment_promise",
    False,
    1,
    """
Hi Lukas,

sorry about that - our payment runs are every second Thursday and this one just missed the last
one. It will go out with the next run on 18 Dec.

Cheers
Tom
""",
    pdate="2025-12-18",
    quote="gmail",
    format="alt",
)

R(
    "fs",
    "FS25-0602",
    2430.0,
    "reminder_1",
    "de",
    "de",
    "2025-12-02T07:58:00+01:00",
    "Hans Aebischer",
    "h.aebischer@aebischer-holz.ch",
    "payment_promise",
    False,
    1,
    """
Sehr geehrte Frau Progin

Besten Dank für die Erinnerung. Die Zahlung erfolgt bis spätestens Freitag.

Mit freundlichen Grüssen
Hans Aebischer
Aebischer Holzbau AG
Tel. 026 555 41 10 | Mobile 079 555 22 31
""",
    pdate="2025-12-05",
    mailer=OUTLOOK,
    notes="'bis spätestens Freitag' resolved from Tue 2 Dec.",
)

R(
    "lo",
    "LO2025-0311",
    1620.0,
    "reminder_2",
    "fr",
    "fr",
    "2025-12-04T18:36:00+01:00",
    "Julien Perrin",
    "julien@perrin-restauration.fr",
    "payment_promise",
    False,
    1,
    """
Bien reçu, désolé. Le paiement sera fait lundi.

Envoyé de mon iPhone
""",
    pdate="2025-12-08",
    mailer=IPHONE,
    quote="apple",
    notes="One line; 'lundi' resolved from Thu 4 Dec.",
)

# ----------------------------------------------------------------------------------------------
# delay_request
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "RG25-00688",
    6420.0,
    "reminder_2",
    "de",
    "de",
    "2025-12-10T09:30:00+01:00",
    "Beat Schuler",
    "beat.schuler@schuler-gastro.ch",
    "delay_request",
    True,
    2,
    """
Guten Tag Frau Imhof

Ich muss ehrlich sein: seit dem Umbau unseres Restaurants ist die Liquidität knapp und die
Rechnung für die neue Lüftung liegt noch offen. An der Arbeit gibt es nichts auszusetzen, Ihre
Monteure waren top.

Wäre es möglich, den Betrag in drei Raten zu bezahlen? Vorschlag: CHF 2'140.– am 31. Dezember,
CHF 2'140.– Ende Januar und den Rest Ende Februar.

Ich danke Ihnen für Ihr Verständnis und wünsche schöne Festtage.

Beat Schuler
Gasthaus Sternen, Kriens
""",
    pdate="2025-12-31",
    quote="outlook",
    mailer=OUTLOOK,
    notes="Dated instalment plan: pause, promised date = first instalment; praises the work "
    "(no contestation).",
)

R(
    "mr",
    "F25-0877",
    3960.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-12T11:20:00+01:00",
    "Patrick Girod",
    "p.girod@girod-batiment.fr",
    "delay_request",
    False,
    2,
    """
Bonjour Nathalie,

La période est compliquée, un gros client ne nous a toujours pas payé le chantier de
l'automne. Je vous demande un peu de patience, on vous règle dès qu'on peut.

Merci de votre compréhension,
Patrick Girod
Girod Bâtiment
""",
    notes="Vague request for patience, no date: no pause.",
)

R(
    "lx",
    "LX-2025/236",
    1490.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-15T10:02:00+01:00",
    "Anna Kowalczyk",
    "a.kowalczyk@kowa-export.ch",
    "delay_request",
    True,
    2,
    """
Bonjour,

est-ce possible pour nous de payer cette facture le 20 janvier au lieu de maintenant ? Nous
attendons le paiement de notre client en Pologne. La traduction était très bien.

Merci beaucoup et bonne journée
Anna Kowalczyk
""",
    pdate="2026-01-20",
    notes="Non-native French; concrete new date, so pause.",
)

R(
    "tv",
    "TV/25/0398",
    2288.0,
    "reminder_2",
    "it",
    "it",
    "2025-12-16T15:15:00+01:00",
    "Silvia Rezzonico",
    "s.rezzonico@atelier-rezzonico.ch",
    "delay_request",
    False,
    2,
    """
Gentile signora Bernasconi,

le chiedo cortesemente ancora qualche settimana: abbiamo avuto un problema con il rinnovo del
credito in banca e per ora i pagamenti sono bloccati. Appena si sblocca saldiamo subito.

Grazie per la comprensione
Silvia Rezzonico
""",
    quote="gmail",
    notes="'qualche settimana' is not a date: no pause.",
)

R(
    "wl",
    "WL-2025-0355",
    9720.0,
    "reminder_1",
    "en",
    "en",
    "2025-12-16T17:45:00+01:00",
    "Priya Nair",
    "priya@fieldnotes.app",
    "delay_request",
    True,
    2,
    """
Hi Lukas,

Thanks for the reminder, and sorry for the silence. We are a small startup and our next funding
tranche only arrives mid-January. The work on the app is great and we absolutely want to pay
it, but paying the full CHF 9'720 now would leave us unable to pay salaries in December.

Would it be OK to split it in two: half this Friday and the other half at the end of January?
If that works for you I'll set up both payments today.

Thanks a lot for your flexibility,
Priya

--
Priya Nair | Co-founder, Fieldnotes
+41 78 555 63 12
""",
    pdate="2025-12-19",
    quote="gmail",
    format="alt",
    notes="Dated two-instalment plan (Tue 16 Dec -> Fri 19 Dec first); the invoice total quoted "
    "is not disputed.",
)

R(
    "fs",
    "FS25-0618",
    4150.0,
    "reminder_1",
    "de",
    "de",
    "2026-01-13T09:12:00+01:00",
    "Verena Zbinden",
    "praesidentin@musikverein-duedingen.ch",
    "delay_request",
    True,
    2,
    """
Grüezi Frau Progin

Wäre es möglich, die Zahlung bis Ende Februar zu verschieben? Unsere Gemeindebeiträge werden
erst dann ausbezahlt und der Verein hat im Moment keine Reserven.

Herzliche Grüsse
Verena Zbinden, Präsidentin
Musikverein Düdingen
""",
    pdate="2026-02-28",
)

R(
    "lo",
    "LO2025-0334",
    2520.0,
    "reminder_2",
    "en",
    "en",
    "2025-12-18T08:03:00+01:00",
    "Marco Bianchi",
    "m.bianchi@bianchi-hotels.it",
    "delay_request",
    False,
    2,
    """
Hello,

we need more time for paying this, the money from the bank arrive later than we think.
Sorry for that, we pay as soon as possible.

Regards
Marco Bianchi
""",
    notes="Non-native English; no date.",
)

# ----------------------------------------------------------------------------------------------
# contestation
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "RG25-00640",
    1245.6,
    "invoice",
    "de",
    "de",
    "2025-11-21T13:40:00+01:00",
    "Monika Frey",
    "monika.frey@frey-treuhand.ch",
    "contestation",
    True,
    3,
    """
Guten Tag

Auf dem Arbeitsrapport sind 6 Stunden für Ihren Monteur verrechnet. Er war aber nur von 9.15
bis 12.45 Uhr bei uns, also 3.5 Stunden – ich war die ganze Zeit im Büro.

Bitte schreiben Sie uns die 2.5 Stunden à CHF 115.– gut und senden Sie eine korrigierte
Rechnung. Das Material ist in Ordnung.

Freundliche Grüsse
Monika Frey
""",
    amount=287.5,
    quote="outlook",
    mailer=OUTLOOK,
    notes="Hours contested; amount computed from hours x rate (2.5 x 115, excl. VAT). "
    "'korrigierte Rechnung' follows from the dispute, not a formal error.",
)

R(
    "mr",
    "F25-0815",
    4870.0,
    "reminder_2",
    "fr",
    "fr",
    "2025-12-08T21:14:00+01:00",
    "Jean-Marc Vuillermoz",
    "jm.vuillermoz@orange.fr",
    "contestation",
    True,
    5,
    """
C'EST INADMISSIBLE.

La porte d'entrée que vous avez posée en octobre ne ferme toujours pas correctement, j'ai
appelé trois fois, personne n'est venu. Et vous m'envoyez des relances avec des pénalités !

Je ne paierai pas un centime tant que ce ne sera pas réparé. Sans intervention d'ici vendredi,
je transmets le dossier à mon avocat et je laisse un avis sur Google.

J-M Vuillermoz
""",
    amount=4870.0,
    mailer=ORANGE,
    notes="Shouting, lawyer and review threat: urgency 5; whole invoice withheld. 'd'ici "
    "vendredi' is his deadline for the repair, not a payment date.",
)

R(
    "lx",
    "LX-2025/244",
    1260.0,
    "invoice",
    "fr",
    "fr",
    "2025-12-17T11:05:00+01:00",
    "Delphine Monnier",
    "d.monnier@monnier-avocats.ch",
    "contestation",
    True,
    3,
    """
Bonjour Monsieur Chappuis,

Merci pour votre facture. Pourriez-vous m'expliquer la ligne « supplément urgence » de
CHF 180.– ? Nous n'avions pas demandé de délai express, le texte vous a été remis trois
semaines avant l'échéance.

Meilleures salutations
Delphine Monnier
Monnier & Associés, avocats

Ce message est confidentiel et peut être couvert par le secret professionnel de l'avocat. S'il
ne vous est pas destiné, merci d'en informer l'expéditeur et de le détruire.
""",
    amount=180.0,
    quote="outlook",
    mailer=OUTLOOK,
    notes="A polite question about one line is a contestation; the sender is a law firm and its "
    "disclaimer is boilerplate, not a threat.",
)

R(
    "tv",
    "TV/25/0421",
    1540.0,
    "reminder_1",
    "it",
    "it",
    "2025-11-20T09:44:00+01:00",
    "Roberto Galli",
    "r.galli@galli-tappezzeria.ch",
    "contestation",
    True,
    3,
    """
Buongiorno,

dei 40 metri di tessuto consegnati, 12 metri presentano difetti di tintura (macchie chiare
ogni 50 cm circa, vedi foto allegata). Vi chiediamo una nota di credito per questi 12 metri a
CHF 38.50 al metro.

Il resto della fattura lo paghiamo entro fine mese.

Cordiali saluti
Roberto Galli
""",
    amount=462.0,
    pdate="2025-11-30",
    attachments=[("jpg", "difetto_tessuto.jpg")],
    notes="Defective part of the goods (12 x 38.50); the undisputed rest promised by month end.",
)

R(
    "wl",
    "WL-2025-0366",
    7560.0,
    "reminder_2",
    "en",
    "en",
    "2025-12-12T10:31:00+01:00",
    "Daniel Keller",
    "d.keller@kellerbikes.ch",
    "contestation",
    True,
    4,
    """
Great, another reminder. For a web shop that still can't take a single payment since the go-live
three weeks ago. Really impressive work.

We will not pay this until checkout works. Call me.

Daniel Keller
Keller Bikes GmbH
""",
    amount=7560.0,
    notes="Sarcasm and an explicit refusal to pay until fixed: urgency 4, whole invoice withheld.",
)

R(
    "fs",
    "FS25-0589",
    3450.0,
    "invoice",
    "fr",
    "fr",
    "2025-11-14T16:22:00+01:00",
    "Christophe Yerly",
    "c.yerly@yerly-garage.ch",
    "contestation",
    True,
    3,
    """
Bonjour Madame Progin,

Je tombe un peu des nues : vos honoraires pour le bouclement 2024 se montent à CHF 3'450.–
alors que l'an dernier nous avions payé CHF 2'800.– pour exactement le même travail, sans
aucun changement dans la société. Pouvez-vous m'expliquer cette différence ?

Avec mes salutations
Christophe Yerly
Garage Yerly SA, Bulle
""",
    amount=650.0,
    quote="gmail",
    notes="Fee increase contested by comparison with last year's fee: 3450 - 2800 = 650.",
)

R(
    "lo",
    "LO2025-0289",
    4080.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-11-28T10:55:00+01:00",
    "Sophie Lambert",
    "sophie.lambert@lambert-archi.fr",
    "contestation",
    True,
    3,
    """
Bonjour Camille,

Le devis signé en juin indiquait 2 800 € HT pour l'étude d'éclairage, votre facture est à
3 400 € HT. Il n'y a eu aucun avenant. Merci de corriger la facture au montant convenu.

Cordialement
Sophie Lambert
""",
    amount=600.0,
    quote="thunderbird",
    mailer=TB,
    notes="Price other than agreed (contestation, not invoice_error despite 'corriger'); the "
    "difference is stated HT only: 600.",
)

R(
    "bq",
    "RG25-00677",
    690.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-02T08:30:00+01:00",
    "Laurence Pittet",
    "l.pittet@bluewin.ch",
    "contestation",
    True,
    4,
    """
Bonjour,

Votre technicien est venu le 10 novembre pour la révision de la chaudière, et trois jours
après elle était de nouveau en panne. Nous avons dû chauffer avec des radiateurs électriques
tout un week-end.

Nous ne paierons pas cette facture avant une nouvelle intervention, gratuite.

L. Pittet
""",
    amount=690.0,
    notes="Explicit refusal to pay until a free repair: urgency 4, whole invoice.",
)

# ----------------------------------------------------------------------------------------------
# invoice_error
# ----------------------------------------------------------------------------------------------

R(
    "fs",
    "FS25-0595",
    1890.0,
    "invoice",
    "de",
    "de",
    "2025-11-17T11:11:00+01:00",
    "Thomas Brunner",
    "t.brunner@brunner-gruppe.ch",
    "invoice_error",
    True,
    3,
    """
Guten Tag Frau Progin

Die Rechnung ist an die Brunner Holding AG adressiert, das Mandat läuft aber über die Brunner
Liegenschaften AG (gleiche Adresse). Können Sie die Rechnung bitte auf die richtige
Gesellschaft neu ausstellen? Dann zahlen wir umgehend.

Gruss
Thomas Brunner
""",
    quote="outlook",
    mailer=OUTLOOK,
    notes="Wrong legal entity; 'dann zahlen wir umgehend' is no dated promise.",
)

R(
    "wl",
    "WL-2025-0391",
    4320.0,
    "invoice",
    "en",
    "en",
    "2025-12-03T09:20:00+01:00",
    "Accounts Payable",
    "ap@nordlicht-pharma.ch",
    "invoice_error",
    True,
    4,
    """
Dear Sir or Madam,

Our AP system rejects invoices without a purchase order number. Please reissue this invoice
quoting PO 4500218874 no later than 15 December 2025, otherwise it will miss our last payment
run of the year.

Kind regards
Accounts Payable – Nordlicht Pharma AG
""",
    notes="Missing PO blocking a payment run by a date: urgency 4; 15 Dec is a deadline, not a "
    "promised payment date.",
)

R(
    "mr",
    "F25-0859",
    3300.0,
    "invoice",
    "fr",
    "fr",
    "2025-11-24T14:48:00+01:00",
    "Agnès Collomb",
    "agnes.collomb@gmail.com",
    "invoice_error",
    True,
    3,
    """
Bonjour Madame Roche,

Vous avez appliqué une TVA à 20 % sur la pose des fenêtres, alors qu'il s'agit de la rénovation
de ma résidence principale construite en 1978 : le taux est de 10 %, et je vous avais remis
l'attestation. Cela fait 275 € de TVA en trop. Merci de m'envoyer une facture rectifiée.

Bien cordialement
Agnès Collomb
""",
    amount=275.0,
    quote="gmail",
    format="alt",
    notes="Wrong VAT rate: invoice_error, disputed = the excess VAT the customer states.",
)

R(
    "lx",
    "LX-2025/240",
    520.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-10T10:18:00+01:00",
    "Fabienne Cuénoud",
    "compta@cuenoud-sa.ch",
    "invoice_error",
    True,
    3,
    """
Bonjour,

La facture LX-2025/240 est un doublon de la LX-2025/233 : même traduction (conditions
générales, 2 pages), même montant. La 233 a été payée le 3 novembre. Merci d'annuler la 240.

Meilleures salutations
F. Cuénoud
Comptabilité, Cuénoud SA
""",
    amount=520.0,
    mentions=["LX-2025/240", "LX-2025/233"],
    notes="Duplicate invoice (not already_paid: the paid one is the other number); full amount.",
)

R(
    "tv",
    "TV/25/0440",
    980.0,
    "invoice",
    "it",
    "it",
    "2025-12-22T09:37:00+01:00",
    "Elena Leoni",
    "elena@sartorialeoni.ch",
    "invoice_error",
    True,
    3,
    """
Buongiorno,

da luglio la nostra ragione sociale è cambiata: ora siamo Sartoria Leoni Sagl e non più la
ditta individuale. Vi prego di rifare la fattura con il nuovo nome e il nostro numero IVA
CHE-555.123.987. Senza questi dati il fiduciario non la registra.

Grazie e buone feste
Elena Leoni
""",
    notes="Wrong name and missing VAT number.",
)

# ----------------------------------------------------------------------------------------------
# copy_request
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "RG25-00693",
    1512.0,
    "reminder_1",
    "de",
    "de",
    "2025-12-08T14:03:00+01:00",
    "Sandro Lüthi",
    "s.luethi@luethi-malerei.ch",
    "copy_request",
    False,
    2,
    """
Guten Tag

Wir haben diese Rechnung nie erhalten. Können Sie sie uns bitte nochmals senden, am besten
direkt an rechnungen@luethi-malerei.ch? Dann wird sie im nächsten Lauf bezahlt.

Besten Dank
Sandro Lüthi
""",
    quote="outlook",
    mailer=OUTLOOK,
    notes="Never received: copy request; the undated 'nächster Lauf' is no promised date.",
)

R(
    "lo",
    "LO2025-0302",
    744.0,
    "invoice",
    "fr",
    "fr",
    "2025-11-19T10:40:00+01:00",
    "Hugo Fontaine",
    "hugo.fontaine@fontaine-deco.fr",
    "copy_request",
    False,
    2,
    """
Bonjour,

Pourriez-vous désormais envoyer vos factures à factures@fontaine-deco.fr plutôt qu'à moi ?
Notre comptable les traite directement. Merci !

Hugo
""",
    notes="Future invoices to another address.",
)

R(
    "tv",
    "TV/25/0427",
    2145.0,
    "reminder_1",
    "it",
    "it",
    "2025-12-03T16:00:00+01:00",
    "Paolo Cattaneo",
    "p.cattaneo@cattaneo-arredi.ch",
    "copy_request",
    False,
    2,
    """
Buongiorno, potreste mandarmi la polizza di versamento QR? Nel PDF che avete inviato non c'è,
c'è solo la fattura. Grazie
Paolo Cattaneo
Cattaneo Arredi SA – Tel. 091 555 78 40
""",
)

R(
    "wl",
    "WL-2025-0409",
    1296.0,
    "invoice",
    "en",
    "en",
    "2025-12-19T12:12:00+01:00",
    "Nina Brandt",
    "nina@brandt-fotografie.ch",
    "copy_request",
    False,
    2,
    """
pls resend the pdf, attachment wont open
thx
Nina

Sent from Outlook for Android
""",
    mailer=ANDROID,
    notes="Terse, no punctuation.",
)

# ----------------------------------------------------------------------------------------------
# acknowledgement
# ----------------------------------------------------------------------------------------------

R(
    "lx",
    "LX-2025/250",
    870.0,
    "invoice",
    "fr",
    "fr",
    "2025-12-18T08:47:00+01:00",
    "Sylvie Jaquier",
    "s.jaquier@jaquier-vins.ch",
    "acknowledgement",
    False,
    1,
    """
Merci, bien reçu. Je transmets à notre fiduciaire.

Sylvie Jaquier
""",
)

R(
    "mr",
    "F25-0868",
    1450.0,
    "invoice",
    "fr",
    "fr",
    "2025-12-05T17:30:00+01:00",
    "Bernard Excoffier",
    "b.excoffier@wanadoo.fr",
    "acknowledgement",
    False,
    1,
    """
Bonjour Nathalie,

Merci pour la facture corrigée et pour le geste sur la plinthe abîmée. Le souci est réglé
pour nous, tout est en ordre. Bonne fin de semaine à toute l'équipe.

Bernard Excoffier
""",
    quote="gmail",
    notes="Mentions a problem that is already solved: acknowledgement, no pause.",
)

R(
    "wl",
    "WL-2025-0413",
    3240.0,
    "invoice",
    "de",
    "de",
    "2025-12-22T13:55:00+01:00",
    "Claudia Meier",
    "c.meier@meier-logistik.ch",
    "acknowledgement",
    False,
    1,
    """
Danke, ist an unsere Kreditorenabteilung weitergeleitet.

Gruss
Claudia Meier
Meier Logistik AG | Zürcherstrasse 120 | 8952 Schlieren
Tel. +41 44 555 30 00

HAFTUNGSAUSSCHLUSS: Diese Nachricht ist ausschliesslich für den Adressaten bestimmt. Jede
Haftung für Schäden aus Übermittlungsfehlern wird abgelehnt. Verträge und rechtsverbindliche
Erklärungen bedürfen der Schriftform.
""",
    mailer=OUTLOOK,
    notes="Legal boilerplate signature ('Haftung ... abgelehnt') is not a refusal.",
)

# ----------------------------------------------------------------------------------------------
# auto_reply
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "RG25-00710",
    2052.0,
    "reminder_1",
    "de",
    "mixed",
    "2025-12-23T07:01:00+01:00",
    "Corinne Favre",
    "c.favre@favre-architectes.ch",
    "auto_reply",
    False,
    1,
    """
Ich bin bis und mit 5. Januar 2026 abwesend. Ihre E-Mail wird nicht weitergeleitet. In
dringenden Fällen wenden Sie sich bitte an info@favre-architectes.ch.

Je suis absente jusqu'au 5 janvier 2026 inclus. Votre message ne sera pas transféré. En cas
d'urgence, merci d'écrire à info@favre-architectes.ch.
""",
    re="Automatische Antwort:",
    headers=AUTO,
    mailer=OUTLOOK,
    notes="Bilingual out-of-office; the return date is not a promised date.",
)

R(
    "lo",
    "LO2025-0340",
    1980.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-24T09:00:00+01:00",
    "Mathieu Roux",
    "m.roux@roux-hotellerie.fr",
    "auto_reply",
    False,
    1,
    """
Bonjour,

Je suis en congés jusqu'au 2 janvier inclus avec un accès limité à mes e-mails. Pour toute
question relative aux paiements, merci de contacter comptabilite@roux-hotellerie.fr.

Mathieu Roux
""",
    re="Réponse automatique :",
    headers=AUTO,
    notes="Mentions payments in the out-of-office text; return date is not a promise.",
)

# ----------------------------------------------------------------------------------------------
# other
# ----------------------------------------------------------------------------------------------

R(
    "fs",
    "FS25-0610",
    980.0,
    "invoice",
    "fr",
    "fr",
    "2025-12-11T19:20:00+01:00",
    "Jacques Rossier",
    "jacques.rossier@rossier-electricite.ch",
    "other",
    False,
    2,
    """
Bonsoir Madame Progin,

Petite question sans rapport avec la facture : est-ce que vous pourriez aussi vous occuper de
ma déclaration d'impôts privée cette année ? Et si oui, à quel tarif ?

Merci d'avance
Jacques Rossier
""",
    notes="Unrelated question needing an answer; nothing about the invoice itself.",
)

R(
    "lo",
    "LO2025-0318",
    552.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-09T12:41:00+01:00",
    "Léa Garnier",
    "lea.garnier@garnier-fleurs.fr",
    "other",
    False,
    1,
    """
Envoyé de mon iPhone
""",
    mailer=IPHONE,
    quote="apple",
    notes="Empty reply sent by mistake; language from the French device footer.",
)
