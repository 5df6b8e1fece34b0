# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# ruff: noqa: RUF001  (the customers write en dashes)
"""Sixteenth blind set of customers' replies (tests/data/disputes_blind16), with their labels (CC0 text).

Written by an eighteenth writer who read only the label definitions and the entry format, not the
other sets' replies, not the reader's rules and not its answers: it measures the reader once.
Everything is synthetic (people, firms, addresses, references). Never tune rules on these replies.

Profile: the ordinary mix a Swiss / French service SME receives after its invoices and reminders:
business customers of all sizes and some private ones, medium-length e-mails written naturally;
some ambiguity in about every third mail (a complaint and a promise together, a question that may
or may not be a dispute, a payment announced for "next week", a grouped or partial payment, an
invoice forwarded to the right person, "we never received the invoice", "the amount does not
match the quote", "can we split it", "is the VAT right?").

Uses the invoicing companies of ``make_dispute_replies.py`` (bq, tv, lx, mr, fs, wl, lo); same
entry format as the other writers' modules (the ``R`` helper of ``dispute_replies_more.py``,
entries kept in this file's own ``REPLIES``); labels as defined in
/work/shared/samples/disputes/README.md.
Build with ``.venv/bin/python scripts/bench/make_dispute_replies.py --source blind16``.
"""

import dispute_replies_more as _more
from dispute_replies_more import APPLE, IPHONE, ORANGE, OUTLOOK, OX, TB

REPLIES = []

R = _more.writer(REPLIES)


AUTO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

# ----------------------------------------------------------------------------------------------
# contestation
# ----------------------------------------------------------------------------------------------

R(
    "wl",
    "WL-25-0417",
    1729.6,
    "reminder_1",
    "de",
    "de",
    "2025-11-18T09:42:00+01:00",
    "Patrick Gisler",
    "p.gisler@gisler-elektro.ch",
    "contestation",
    True,
    3,
    "Hallo Herr Frei\n\nDanke für die Erinnerung. Bevor wir zahlen, eine Korrektur: Auf der "
    "Rechnung sind 6 Stunden Support à CHF 160.– für die Migration des Mailservers aufgeführt. "
    "Laut Ihrem eigenen Ticket waren es aber 4 Stunden (Dienstag 2 h, Donnerstag 2 h). Die "
    "zwei zusätzlichen Stunden können wir so nicht nachvollziehen.\n\nDen unbestrittenen Teil "
    "überweisen wir bis Ende Monat, für den Rest erwarte ich eine Gutschrift oder eine "
    "Erklärung.\n\nGruss\nPatrick Gisler\nGisler Elektro GmbH, Wetzikon",
    amount=320.0,
    pdate="2025-11-30",
    quote="outlook",
    mailer=OUTLOOK,
    days_after=3,
    notes="Hours contested (2 h × CHF 160 → 320, excl. VAT) together with a promise to pay the "
    "undisputed part by the end of the month: the contestation pauses, the promise gives the "
    "date.",
)

R(
    "lo",
    "LO-2025-288",
    1726.8,
    "invoice",
    "fr",
    "fr",
    "2025-11-24T14:05:00+01:00",
    "Hélène Vasseur",
    "helene.vasseur@cabinet-vasseur.fr",
    "contestation",
    True,
    3,
    "Bonjour Madame Berthier,\n\nMerci pour la facture. Je suis un peu surprise par le montant : "
    "le devis que j'ai signé en septembre pour l'éclairage de la salle d'attente était de "
    "1 480,00 € TTC, et la facture arrive à 1 726,80 € TTC.\n\nY a-t-il eu un supplément dont "
    "je n'ai pas été informée ? Si c'est le cas, je ne l'ai pas validé. Pouvez-vous me "
    "renvoyer une facture conforme au devis ?\n\nBien à vous,\nDr Hélène Vasseur\nCabinet de "
    "kinésithérapie, Villeurbanne",
    amount=246.8,
    quote="gmail",
    format="alt",
    days_after=4,
    notes="Phrased as a question, but the amount exceeds the signed quote (1 480 vs 1 726.80 TTC "
    "→ 246.80) and the extra was not approved: a contestation, not an invoice_error (the "
    "price itself is disputed, not a formal defect).",
)

R(
    "bq",
    "BQ-25-1142",
    2318.4,
    "reminder_2",
    "de",
    "de",
    "2025-12-04T17:31:00+01:00",
    "Ruth Amstutz",
    "ruth.amstutz@bluewin.ch",
    "contestation",
    True,
    4,
    "Guten Abend Frau Imhof\n\nJetzt kommt schon die zweite Mahnung, aber auf meine Anrufe "
    "reagiert niemand. Die neue Heizungssteuerung im Obergeschoss funktioniert seit dem Einbau "
    "nicht richtig, die Zimmer werden nicht warm, und Ihr Monteur wollte 'nächste Woche' "
    "nochmals vorbeikommen. Das war vor drei Wochen.\n\nSolange das nicht in Ordnung ist, "
    "bezahle ich diese Rechnung nicht. Bitte schicken Sie endlich jemanden vorbei.\n\nRuth "
    "Amstutz\nHaldenweg 7, Kriens",
    amount=2318.4,
    quote="apple",
    mailer=IPHONE,
    days_after=1,
    notes="Private customer withholding the whole invoice until the heating works: explicit "
    "refusal to pay → urgency 4, whole amount disputed; annoyed but no legal threat.",
)

R(
    "mr",
    "F2025-0412",
    680.0,
    "reminder_3",
    "fr",
    "fr",
    "2025-12-19T21:12:00+01:00",
    "Thierry Mugnier",
    "thierry.mugnier@orange.fr",
    "contestation",
    True,
    5,
    "Madame,\n\nVous avez l'audace de m'envoyer un « dernier rappel » avec menace de mise en "
    "demeure alors que la porte du dressing est toujours de travers et que le tiroir du bas ne "
    "ferme pas. J'ai envoyé des photos à votre mari il y a un mois, sans aucune réponse.\n\nJe "
    "ne réglerai PAS ce solde de 680 € tant que les finitions ne sont pas reprises. Si je "
    "reçois encore une relance, je saisis l'UFC-Que Choisir et je laisse un avis détaillé sur "
    "Google.\n\nT. Mugnier\nSeynod",
    amount=680.0,
    quote="gmail",
    mailer=ORANGE,
    days_after=2,
    notes="Angry private customer, consumer-association and public-review threat → urgency 5; "
    "the whole balance invoice is withheld; 'mise en demeure' in his text is the company's "
    "threat he repeats, not his.",
)

R(
    "tv",
    "TV-2025-0533",
    864.0,
    "invoice",
    "it",
    "it",
    "2025-11-12T11:20:00+01:00",
    "Marco Pedrazzi",
    "info@ristorante-lagodoro.ch",
    "contestation",
    True,
    3,
    "Buongiorno signora Bernasconi,\n\nabbiamo ricevuto le tovaglie e la fattura, grazie. "
    "Purtroppo due delle diciotto tovaglie hanno un difetto di tessitura ben visibile al "
    "centro (vi allego le foto). Non possiamo usarle in sala.\n\nVi chiediamo quindi di "
    "togliere dalla fattura i due pezzi, cioè 2 × CHF 48.00, oppure di sostituirli. Per il "
    "resto siamo molto contenti della fornitura.\n\nCordiali saluti\nMarco Pedrazzi\nRistorante "
    "Lago d'Oro, Ascona",
    amount=96.0,
    attachments=[("jpg", "tovaglia_1.jpg"), ("jpg", "tovaglia_2.jpg")],
    quote="outlook",
    outlook_line=False,
    mailer=OUTLOOK,
    days_after=5,
    notes="Friendly tone, two defective pieces out of eighteen (2 × 48 → 96), credit or "
    "replacement asked: a partial contestation despite 'molto contenti'.",
)

# ----------------------------------------------------------------------------------------------
# invoice_error
# ----------------------------------------------------------------------------------------------

R(
    "fs",
    "FS-2025-0761",
    1512.0,
    "invoice",
    "fr",
    "fr",
    "2025-11-06T08:55:00+01:00",
    "Daniel Repond",
    "daniel@repond-transports.ch",
    "invoice_error",
    True,
    3,
    "Bonjour Madame Progin,\n\nMerci pour l'envoi. Petite correction s'il vous plaît : la "
    "facture est établie à mon nom personnel, à mon adresse privée de Marly, alors que le "
    "mandat de bouclement concerne la société, Repond Transports Sàrl, Route de la Gruyère 40, "
    "1723 Marly.\n\nPourriez-vous la refaire au nom de la Sàrl ? Sinon elle ne peut pas passer "
    "dans la comptabilité de l'entreprise. Le montant est correct, on paiera dès réception de "
    "la nouvelle version.\n\nMerci et bonne journée\nDaniel Repond",
    quote="thunderbird",
    mailer=TB,
    days_after=1,
    notes="Wrong legal entity (person instead of the Sàrl), amount accepted; 'on paiera dès "
    "réception' is not a dated promise.",
)

R(
    "lx",
    "LX-25-0688",
    1297.2,
    "reminder_1",
    "en",
    "en",
    "2025-12-03T10:02:00+01:00",
    "Sabine Kroll",
    "s.kroll@kroll-maschinenbau.de",
    "invoice_error",
    True,
    3,
    "Dear Mr Chappuis,\n\nThank you for the reminder, and sorry for the delay. Our accounting "
    "held the invoice back because of a question on the VAT: we are a German company (VAT ID "
    "DE 281 447 903) and our accountant believes Swiss VAT should not be charged on "
    "translation services supplied to a business abroad.\n\nIs the 8.1 % VAT (CHF 97.20) "
    "right in our case? If not, could you send us a corrected invoice without it? We will "
    "then pay the net amount straight away.\n\nBest regards\nSabine Kroll\nKroll "
    "Maschinenbau GmbH, Freiburg im Breisgau",
    amount=97.2,
    quote="gmail",
    format="alt",
    days_after=2,
    notes="Asked as a question ('is the VAT right?') but the invoice is held for it and a "
    "corrected invoice is requested: wrong VAT → invoice_error, the VAT amount is the disputed "
    "amount; 'straight away' is no date.",
)

R(
    "wl",
    "WL-25-0452",
    4863.9,
    "reminder_1",
    "de",
    "de",
    "2025-12-08T13:47:00+01:00",
    "Nadine Brunner",
    "kreditoren@hotelgruppe-seeland.ch",
    "invoice_error",
    True,
    4,
    "Guten Tag Herr Frei\n\nIhre Rechnung für die Erneuerung der Buchungsplattform ist bei uns "
    "eingegangen, kann aber nicht freigegeben werden, weil die Bestellnummer fehlt. Ohne "
    "PO-Nummer lehnt unser System jede Lieferantenrechnung automatisch ab.\n\nBitte stellen "
    "Sie die Rechnung mit der Bestellnummer 4500-88213 neu aus. Unser letzter Zahlungslauf in "
    "diesem Jahr ist am 19. Dezember – was bis am 17. nicht korrigiert bei uns ist, wird erst "
    "im Januar bezahlt.\n\nFreundliche Grüsse\nNadine Brunner\nKreditorenbuchhaltung\n"
    "Hotelgruppe Seeland AG",
    quote="outlook",
    mailer=OUTLOOK,
    days_after=1,
    format="alt",
    notes="Missing PO blocking the last payment run of the year with a deadline → urgency 4; the "
    "19 and 17 December are the customer's deadlines, not a promised payment date.",
)

R(
    "lo",
    "LO-2025-347",
    412.5,
    "invoice",
    "fr",
    "fr",
    "2025-12-10T16:18:00+01:00",
    "Julien Favre",
    "compta@boulangerie-favre.fr",
    "invoice_error",
    True,
    3,
    "Bonjour,\n\nNous avons reçu deux factures pour la même intervention du 14 novembre (le "
    "remplacement des spots de la vitrine) : la LO-2025-341 la semaine dernière, et maintenant "
    "celle-ci, la LO-2025-347, du même montant.\n\nJe pense qu'il s'agit d'un doublon. Nous "
    "réglons la 341 avec nos paiements de fin de mois ; merci d'annuler la 347 ou de nous dire "
    "si elle concerne autre chose.\n\nCordialement,\nJulien Favre\nBoulangerie Favre, Caluire",
    amount=412.5,
    mentions=["LO-2025-341", "LO-2025-347"],
    quote="none",
    mailer=TB,
    notes="Duplicate invoice (not already paid): the thread's invoice is the duplicate, its full "
    "amount is disputed; the promise to pay the other one at month end is not this invoice's "
    "promised date.",
)

# ----------------------------------------------------------------------------------------------
# already_paid
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BQ-25-1187",
    745.3,
    "reminder_1",
    "de",
    "de",
    "2025-12-01T08:12:00+01:00",
    "Stefan Wyss",
    "buchhaltung@wyss-immobilien.ch",
    "already_paid",
    True,
    3,
    "Guten Morgen Frau Imhof\n\nDie Rechnung BQ-25-1187 für den Service der Lüftungsanlage "
    "haben wir am 21. November per E-Banking bezahlt. Den Zahlungsbeleg finden Sie im "
    "Anhang.\n\nVermutlich hat sich die Zahlung mit Ihrer Erinnerung gekreuzt.\n\nFreundliche "
    "Grüsse\nStefan Wyss\nWyss Immobilien AG",
    mentions=["BQ-25-1187"],
    attachments=[("pdf", "Zahlungsbestaetigung_BQ-25-1187.pdf")],
    quote="outlook",
    mailer=OUTLOOK,
    days_after=3,
    notes="",
)

R(
    "mr",
    "F2025-0398",
    1200.0,
    "reminder_2",
    "fr",
    "fr",
    "2025-12-15T12:40:00+01:00",
    "Corinne Lathuille",
    "c.lathuille@gite-des-aravis.fr",
    "already_paid",
    True,
    3,
    "Bonjour Madame Roche,\n\nJe ne comprends pas cette deuxième relance : notre comptable "
    "m'assure que le virement de 1 200 € est parti le 10 décembre depuis le compte du gîte, "
    "avec le numéro de facture en libellé.\n\nPouvez-vous vérifier de votre côté avant de nous "
    "compter des pénalités ? Je peux vous transmettre l'avis de virement si besoin.\n\n"
    "Cordialement\nCorinne Lathuille\nGîte des Aravis, La Clusaz",
    quote="apple",
    mailer=APPLE,
    days_after=3,
    notes="Paid on 10 December (past date, not a promise); 'avant de nous compter des pénalités' "
    "is a pre-emptive remark, not a contested fee.",
)

R(
    "tv",
    "TV-2025-0512",
    1188.9,
    "reminder_1",
    "en",
    "en",
    "2025-12-11T15:26:00+01:00",
    "Oliver Hartmann",
    "accounts@lakeside-suites.ch",
    "already_paid",
    True,
    3,
    "Hello Ms Bernasconi,\n\nThis one should be settled already. We paid TV-2025-0498 and "
    "TV-2025-0512 together in a single transfer of CHF 3,140.30 on 4 December. I suspect the "
    "payment reference only mentioned the first invoice, so it may have been booked entirely "
    "against that one.\n\nCould you check and let me know if anything is still open?\n\nKind "
    "regards\nOliver Hartmann\nLakeside Suites, Lugano",
    mentions=["TV-2025-0498", "TV-2025-0512"],
    quote="gmail",
    format="alt",
    days_after=2,
    notes="Grouped payment of two invoices with a reference naming only one: already paid, no "
    "disputed amount; the 3,140.30 is the payment, not a contested sum.",
)

R(
    "fs",
    "FS-2025-0744",
    356.65,
    "reminder_1",
    "it",
    "it",
    "2025-12-05T18:03:00+01:00",
    "Giuseppina Ferrari",
    "g.ferrari55@gmail.com",
    "already_paid",
    True,
    3,
    "Gentile signora Progin,\n\nho ricevuto il vostro promemoria, ma la fattura per la "
    "dichiarazione d'imposta l'ho pagata il 2 dicembre allo sportello della posta di Bulle, con "
    "la polizza QR che mi avevate mandato. Le allego una foto della ricevuta.\n\nForse il "
    "pagamento non è ancora arrivato. Mi faccia sapere se serve altro.\n\nCordiali saluti\n"
    "Giuseppina Ferrari",
    attachments=[("jpg", "ricevuta_posta.jpg")],
    quote="none",
    mailer=IPHONE,
    notes="Private customer, paid at the post office counter three days before: past date, not "
    "a promised one.",
)

# ----------------------------------------------------------------------------------------------
# delay_request
# ----------------------------------------------------------------------------------------------

R(
    "lx",
    "LX-25-0702",
    1836.0,
    "reminder_2",
    "fr",
    "fr",
    "2025-12-16T10:31:00+01:00",
    "Martine Cuendet",
    "martine@ecole-cuendet.ch",
    "delay_request",
    True,
    2,
    "Bonjour Monsieur Chappuis,\n\nJe vous dois des excuses pour le silence. La facture "
    "LX-25-0702 pour la traduction de nos supports de cours n'est pas contestée, mais "
    "décembre est un mois difficile pour notre petite école.\n\nSerait-il possible de la "
    "régler en trois fois, soit CHF 612.– le 15 janvier, le 15 février et le 15 mars ? Je "
    "peux vous le confirmer par écrit si vous le souhaitez.\n\nAvec mes remerciements et mes "
    "meilleures salutations\nMartine Cuendet\nÉcole de langues Cuendet, Vevey",
    pdate="2026-01-15",
    mentions=["LX-25-0702"],
    quote="outlook",
    mailer=OUTLOOK,
    days_after=2,
    notes="Dated instalment plan → pauses, first instalment is the promised date; 'n'est pas "
    "contestée' is a negation, not a dispute.",
)

R(
    "wl",
    "WL-25-0439",
    2970.0,
    "reminder_1",
    "en",
    "en",
    "2025-12-02T19:48:00+01:00",
    "Ana Kovač",
    "ana@tinyloop.io",
    "delay_request",
    False,
    2,
    "Hi Lukas,\n\nThanks for the nudge – yes, it's on our list. We're absolutely happy with the "
    "new app backend, nothing to dispute there.\n\nCash is a bit tight right now while our seed "
    "round closes; could you give us a few more weeks? We'll pay as soon as the money is in, "
    "hopefully soon.\n\nCheers,\nAna\nTinyloop GmbH, Zürich",
    quote="gmail",
    days_after=1,
    notes="Start-up asks for 'a few more weeks' with no date: vague delay → does not pause.",
)

R(
    "bq",
    "BQ-25-1203",
    3564.0,
    "reminder_1",
    "de",
    "de",
    "2025-12-09T11:15:00+01:00",
    "Beat Zimmermann",
    "beat.zimmermann@zimmermann-druck.ch",
    "delay_request",
    True,
    2,
    "Grüezi Frau Imhof\n\nKönnten wir die Rechnung aufteilen? Der Betrag für den neuen Boiler "
    "ist in Ordnung, aber so kurz vor Jahresende ist es bei uns knapp.\n\nVorschlag: Die Hälfte "
    "überweisen wir noch diesen Freitag, die andere Hälfte Ende Januar. Wenn das für Sie geht, "
    "brauchen Sie nichts weiter zu tun.\n\nBesten Dank und Gruss\nBeat Zimmermann\nZimmermann "
    "Druck AG, Emmen",
    pdate="2025-12-12",
    quote="none",
    format="alt",
    mailer=OUTLOOK,
    notes="'Aufteilen' means two instalments, not splitting the invoice between entities: a "
    "dated plan (this Friday 12 December, then end of January) → pauses, first date promised.",
)

R(
    "mr",
    "F2025-0377",
    940.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-11-28T20:26:00+01:00",
    "Sylvie Perrillat",
    "sylvie.perrillat74@free.fr",
    "delay_request",
    False,
    2,
    "Bonjour Madame Roche,\n\nJ'ai bien reçu votre rappel. Je ne l'oublie pas, l'escalier est "
    "très beau et je n'ai rien à redire sur le travail.\n\nMais je traverse une période "
    "compliquée (je suis en arrêt maladie depuis octobre) et je ne peux pas tout payer en ce "
    "moment. Je vous réglerai dès que possible, sans doute en plusieurs fois ; je vous "
    "recontacte quand j'y verrai plus clair.\n\nMerci de votre compréhension\nSylvie Perrillat",
    quote="none",
    format="html",
    notes="Private customer, instalments mentioned but no amount or date: vague → no pause; "
    "'en arrêt maladie depuis octobre' is not a date.",
)

# ----------------------------------------------------------------------------------------------
# payment_promise
# ----------------------------------------------------------------------------------------------

R(
    "fs",
    "FS-2025-0722",
    2160.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-11-26T09:08:00+01:00",
    "Laurent Bapst",
    "l.bapst@garage-bapst.ch",
    "payment_promise",
    False,
    1,
    "Bonjour Madame Progin,\n\nDésolé, votre facture était restée dans le bac de notre ancienne "
    "secrétaire, qui nous a quittés fin octobre. Je viens de la transmettre à la personne qui "
    "fait les paiements.\n\nElle partira la semaine prochaine, avec notre paiement fournisseurs "
    "du mardi.\n\nMerci et à bientôt\nLaurent Bapst\nGarage Bapst SA, Düdingen",
    pdate="2025-12-02",
    quote="thunderbird",
    mailer=TB,
    days_after=2,
    notes="'La semaine prochaine, avec le paiement du mardi' resolves to Tuesday 2 December "
    "(mail of Wednesday 26 November); the forwarding is context, not an acknowledgement.",
)

R(
    "wl",
    "WL-25-0466",
    1080.0,
    "invoice",
    "de",
    "de",
    "2025-12-03T14:22:00+01:00",
    "Claudia Meier",
    "claudia.meier@physio-limmattal.ch",
    "payment_promise",
    False,
    1,
    "Guten Tag Herr Frei\n\nBesten Dank für die Rechnung für das Hosting 2026. Sie ist visiert "
    "und wird mit unserem Zahlungslauf vom 15. Dezember beglichen.\n\nFreundliche Grüsse\n"
    "Claudia Meier\nPhysiotherapie Limmattal",
    pdate="2025-12-15",
    quote="outlook",
    mailer=OUTLOOK,
    days_after=1,
    notes="Thanks plus a dated payment run: a promise, not a mere acknowledgement.",
)

R(
    "tv",
    "TV-2025-0476",
    642.6,
    "reminder_2",
    "it",
    "it",
    "2026-01-13T09:51:00+01:00",
    "Elena Rossi",
    "elena.rossi@hotelcastagnola.ch",
    "payment_promise",
    False,
    1,
    "Buongiorno,\n\nci scusiamo, con le feste la vostra fattura per le tende ci era proprio "
    "sfuggita. Ho appena preparato il bonifico, che verrà firmato dal direttore e partirà entro "
    "venerdì.\n\nGrazie per la pazienza e buon anno!\n\nElena Rossi\nAmministrazione\nHotel "
    "Castagnola",
    pdate="2026-01-16",
    quote="gmail",
    days_after=2,
    notes="'Entro venerdì' from Tuesday 13 January → 16 January; no objection to the reminder fee.",
)

R(
    "lo",
    "LO-2025-301",
    2280.0,
    "reminder_1",
    "en",
    "en",
    "2026-01-08T07:36:00+01:00",
    "James Whitfield",
    "james@whitfield-design.co.uk",
    "payment_promise",
    False,
    1,
    "Hi Camille,\n\nApologies, I've been travelling since mid-December and only saw this now. "
    "All fine with the pendant lights for the Lyon flat.\n\nI'll settle the invoice by the end "
    "of January at the latest.\n\nBest,\nJames",
    pdate="2026-01-31",
    quote="apple",
    mailer=IPHONE,
    days_after=5,
    notes="'By the end of January at the latest' → 31 January; 'since mid-December' is a past "
    "absence, not a date.",
)

# ----------------------------------------------------------------------------------------------
# copy_request
# ----------------------------------------------------------------------------------------------

R(
    "lx",
    "LX-25-0733",
    518.4,
    "reminder_1",
    "de",
    "de",
    "2026-01-06T10:44:00+01:00",
    "Reto Caduff",
    "reto.caduff@caduff-engineering.ch",
    "copy_request",
    False,
    2,
    "Guten Tag\n\nDiese Zahlungserinnerung überrascht uns: Die Rechnung LX-25-0733 haben wir nie "
    "erhalten, weder per Post noch per Mail. Vermutlich ging sie an eine alte Adresse.\n\n"
    "Bitte senden Sie uns die Rechnung als PDF an kreditoren@caduff-engineering.ch, dann leiten "
    "wir sie sofort zur Zahlung weiter.\n\nFreundliche Grüsse\nReto Caduff\nCaduff Engineering "
    "AG, Chur",
    mentions=["LX-25-0733"],
    quote="none",
    mailer=OX,
    client_lang="de",
    notes="'Never received the invoice' asks for the PDF (and a new address): not a dispute, "
    "not already paid; 'sofort' after receipt is no date.",
)

R(
    "bq",
    "BQ-25-1215",
    1940.5,
    "invoice",
    "de",
    "fr",
    "2025-12-12T15:09:00+01:00",
    "Sophie Baumann",
    "s.baumann@traiteur-lac.ch",
    "copy_request",
    False,
    2,
    "Bonjour Madame Imhof,\n\nMerci pour la facture concernant l'entretien de la chambre "
    "froide. Je l'ai transférée à notre service comptable.\n\nPourriez-vous à l'avenir adresser "
    "vos factures directement à factures@traiteur-lac.ch ? Je suis souvent en cuisine ou en "
    "service et les factures restent parfois plusieurs jours dans ma boîte.\n\nMerci et belle "
    "journée\nSophie Baumann\nTraiteur du Lac Sàrl, Neuchâtel",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    client_lang="fr",
    days_after=1,
    notes="Forwarded to accounts (acknowledgement) plus future invoices to another address → "
    "copy_request; reply in French to a German invoice.",
)

R(
    "mr",
    "F2025-0421",
    3150.0,
    "reminder_1",
    "en",
    "en",
    "2025-12-18T18:30:00+01:00",
    "Graham Pearce",
    "graham.pearce@btinternet.com",
    "copy_request",
    False,
    2,
    "Dear Ms Roche,\n\nHappy to pay for the new shutters at the chalet, they look great. The "
    "problem is that the PDF invoice only shows your postal address and no bank details, and "
    "I can't find them in earlier e-mails either.\n\nCould you send me your IBAN and BIC? I'll "
    "make the transfer from my UK account as soon as I have them.\n\nKind regards\nGraham "
    "Pearce\nChalet Les Mélèzes, Manigod",
    quote="gmail",
    days_after=3,
    notes="Private British owner asks for bank details before paying: copy_request, the payment "
    "'as soon as I have them' has no date.",
)

# ----------------------------------------------------------------------------------------------
# acknowledgement
# ----------------------------------------------------------------------------------------------

R(
    "fs",
    "FS-2025-0779",
    4212.0,
    "invoice",
    "de",
    "de",
    "2025-11-13T16:37:00+01:00",
    "Thomas Jungo",
    "thomas.jungo@jungo-holzbau.ch",
    "acknowledgement",
    False,
    1,
    "Grüessech Frau Progin\n\nVielen Dank für die Rechnung für den Jahresabschluss. Ich habe sie "
    "an unsere Buchhaltung weitergeleitet (Frau Aebischer, in Kopie), sie kümmert sich um die "
    "Zahlung.\n\nFreundliche Grüsse\nThomas Jungo\nJungo Holzbau AG, Tafers",
    cc="Monika Aebischer <m.aebischer@jungo-holzbau.ch>",
    quote="outlook",
    mailer=OUTLOOK,
    days_after=1,
    notes="Passed on to accounts payable, no date: acknowledgement, not a promise.",
)

R(
    "lo",
    "LO-2025-352",
    186.0,
    "invoice",
    "fr",
    "fr",
    "2025-12-17T17:02:00+01:00",
    "Mathieu Girard",
    "mathieu.girard@gmail.com",
    "acknowledgement",
    False,
    1,
    "Bien reçu, merci !\n\nBonne fin de journée et bonnes fêtes.\n\nMathieu",
    format="html",
    quote="gmail",
    days_after=1,
    notes="Short HTML-only thanks from a private customer.",
)

# ----------------------------------------------------------------------------------------------
# auto_reply
# ----------------------------------------------------------------------------------------------

R(
    "wl",
    "WL-25-0481",
    756.0,
    "reminder_1",
    "de",
    "mixed",
    "2025-12-22T06:15:00+01:00",
    "Andrea Keller",
    "andrea.keller@keller-architekten.ch",
    "auto_reply",
    False,
    1,
    "Vielen Dank für Ihre Nachricht. Ich bin vom 22. Dezember bis und mit 5. Januar abwesend und "
    "lese meine E-Mails nicht. In dringenden Fällen wenden Sie sich bitte an "
    "office@keller-architekten.ch.\n\nThank you for your message. I am out of the office from "
    "22 December until 5 January and will not be reading e-mails. For urgent matters please "
    "contact office@keller-architekten.ch.\n\nAndrea Keller\nKeller Architekten AG, Winterthur",
    re="Automatische Antwort:",
    headers=AUTO,
    mailer=OUTLOOK,
    client_lang="de",
    days_after=0,
    notes="Bilingual out-of-office; the absence dates are not promised dates.",
)

R(
    "bq",
    "BQ-25-1094",
    1350.0,
    "reminder_2",
    "de",
    "de",
    "2025-11-20T10:00:00+01:00",
    "Kreditoren Service Center",
    "noreply-kreditoren@migrosa-logistik.ch",
    "auto_reply",
    False,
    1,
    "Sehr geehrte Damen und Herren\n\nIhre Nachricht ist bei uns eingegangen und wurde unter der "
    "Ticketnummer KR-204117 erfasst. Anfragen zu Rechnungen und Mahnungen bearbeiten wir "
    "innert fünf Arbeitstagen.\n\nBitte antworten Sie nicht auf diese E-Mail. Rechnungen senden "
    "Sie bitte ausschliesslich an invoices@migrosa-logistik.ch.\n\nIhr Kreditoren Service "
    "Center\nMigrosa Logistik AG",
    re="AW:",
    headers={**AUTO, "X-Ticket-ID": "KR-204117"},
    quote="none",
    days_after=0,
    notes="Ticket-system confirmation to a second reminder; the instruction on where to send "
    "invoices is boilerplate, not a copy request.",
)

# ----------------------------------------------------------------------------------------------
# other
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BQ-25-1226",
    890.0,
    "invoice",
    "en",
    "en",
    "2025-12-15T11:33:00+01:00",
    "Priya Raman",
    "priya.raman@novelis-labs.ch",
    "other",
    False,
    2,
    "Hello Ms Imhof,\n\nThanks for the invoice for the ventilation service in building A, all "
    "good.\n\nSeparate question: could you also send us a quote for an annual maintenance "
    "contract covering building B (same type of installation, about 1,200 m²)? Our facility "
    "budget for 2026 is being finalised this month.\n\nBest regards\nPriya Raman\nFacility "
    "Management, Novelis Labs SA, Root",
    quote="outlook",
    outlook_line=False,
    mailer=OUTLOOK,
    format="alt",
    days_after=2,
    notes="The invoice is accepted in passing; the real request is a quote for new work: other "
    "(a question needing an answer), not a copy request.",
)

R(
    "tv",
    "TV-2025-0421",
    1512.0,
    "reminder_3",
    "it",
    "it",
    "2025-11-21T12:48:00+01:00",
    "Luca Fontana",
    "luca.fontana@bluewin.ch",
    "other",
    False,
    2,
    "Buongiorno,\n\ncredo che questa mail non sia per me: non lavoro più per la Trattoria Al "
    "Porto di Brissago da settembre, ma il mio indirizzo privato è rimasto nei vostri dati.\n\n"
    "Non so nulla di questa fattura. Vi conviene scrivere direttamente alla trattoria o al "
    "nuovo gerente.\n\nSaluti\nLuca Fontana",
    quote="gmail",
    days_after=1,
    notes="Wrong recipient (a former employee) answering a final reminder: other, not a "
    "contestation ('non so nulla di questa fattura') and not a copy request (no new address given).",
)
