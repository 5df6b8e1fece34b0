# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# ruff: noqa: RUF001  (the customers write en dashes and multiplication signs)
"""Thirty-second blind set of customers' replies (tests/data/disputes_blind32), with their labels (CC0 text).

Written by a thirty-fourth writer who read only the label definitions and the entry format, not
the other sets' replies, not the reader's rules and not its answers: it measures the reader once.
Everything is synthetic (people, firms, addresses, IBANs, phone numbers, references). Never tune
rules on these replies.

Profile: an ordinary mix of categories and languages (fr, de, it, en, some mixed) in hard e-mail
structure: the customer's words top-posted above long quoted originals; answers written inline
between the quoted lines of the company's reminder; forwards carrying the customer's internal
discussion; HTML-only messages; long signatures with legal disclaimers (confidentiality, "no
legally binding commitment", data protection); bilingual messages; a reply whose only new words
are one line above a forwarded internal thread.

Invoice numbers invented per company: bq ``BQ25-NNNNN``, tv ``TV-FT-25-NNN``, lx
``LXT-2025-NNN``, mr ``MR25-NNNN``, fs ``FSA/25/NNNN``, wl ``WL-R-25-NNNN``, lo ``LOF-2025-NNN``.

Uses the invoicing companies of ``make_dispute_replies.py`` (bq, tv, lx, mr, fs, wl, lo); same
entry format as ``dispute_replies_blind4.py`` (the ``R`` helper of ``dispute_replies_more.py``,
entries kept in this file's own ``REPLIES``); labels as defined in
/work/shared/samples/disputes/README.md.
Build with ``.venv/bin/python scripts/bench/make_dispute_replies.py --source blind32``.
"""

import dispute_replies_more as _more
from dispute_replies_more import APPLE, IPHONE, ORANGE, OUTLOOK, TB

REPLIES = []

R = _more.writer(REPLIES)

AUTO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

DISCLAIMER_DE = (
    "\n\n--\nDiese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. "
    "Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, "
    "informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte "
    "Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet. Erklärungen per "
    "E-Mail sind rechtlich nicht verbindlich, sofern sie nicht schriftlich bestätigt werden; "
    "allfällige Streitigkeiten unterstehen ausschliesslich dem Gerichtsstand Luzern."
)
DISCLAIMER_FR = (
    "\n\n________________\nAVERTISSEMENT : Ce message et ses pièces jointes sont confidentiels et "
    "établis à l'attention exclusive de leurs destinataires. Toute utilisation ou diffusion non "
    "autorisée est interdite et peut faire l'objet de poursuites. Si vous avez reçu ce message "
    "par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire. L'intégrité de "
    "ce message ne pouvant être assurée sur Internet, notre société ne peut être tenue "
    "responsable de son contenu. Pensez à l'environnement avant d'imprimer ce courriel."
)
DISCLAIMER_IT = (
    "\n\n--\nAVVISO DI RISERVATEZZA: le informazioni contenute in questo messaggio sono riservate "
    "e destinate esclusivamente al destinatario indicato. Ai sensi del Regolamento UE 2016/679 "
    "(GDPR) e del D.Lgs. 196/2003, qualsiasi utilizzo, diffusione o copia non autorizzati sono "
    "vietati e perseguibili a norma di legge. Se avete ricevuto questo messaggio per errore, "
    "vogliate avvisare il mittente e cancellarlo."
)
DISCLAIMER_EN = (
    "\n\n--\nThis e-mail and any attachments are confidential and may be legally privileged. "
    "If you are not the intended recipient, please notify the sender and delete it; any "
    "disclosure, copying or distribution is prohibited. Nothing in this e-mail constitutes a "
    "binding offer or acceptance unless confirmed in writing by an authorised signatory. "
    "Kestrel Analytics Ltd is registered in England and Wales, company no. 09876543."
)

# ----------------------------------------------------------------------------------------------
# contestation
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BQ25-10417",
    1487.35,
    "reminder_1",
    "de",
    "de",
    "2025-11-18T08:51:00+01:00",
    "Reto Gisler",
    "r.gisler@gisler-liegenschaften.ch",
    "contestation",
    True,
    3,
    "Guten Morgen Frau Imhof\n\nBevor wir die Rechnung begleichen, müssen wir die Stunden "
    "klären. Auf dem Rapport vom 2. September sind für Ihren Monteur 6.5 Std. aufgeführt. Laut "
    "unserem Hauswart, der ihm die Heizzentrale aufgeschlossen und wieder abgeschlossen hat, war "
    "er von 08:00 bis 12:00 Uhr vor Ort, also 4 Std.\n\nDie 2.5 Std. à CHF 118.– bitte "
    "gutschreiben, den Rest (Material, Anfahrt) akzeptieren wir. Können Sie mir eine "
    "korrigierte Rechnung zustellen?\n\nFreundliche Grüsse\n\nReto Gisler\nBewirtschaftung\n"
    "Gisler Liegenschaften AG\nPilatusstrasse 41 | 6003 Luzern\nT +41 41 555 28 70 | "
    "www.gisler-liegenschaften.example" + DISCLAIMER_DE,
    amount=295.0,
    notes="Top-posted above an Outlook quote of the reminder; the disputed hours are computed "
    "(2.5 h × CHF 118, excl. VAT) and the signature's disclaimer has legal words that are "
    "boilerplate.",
    quote="outlook",
    format="alt",
    mailer=OUTLOOK,
    re="AW:",
    headers={"Thread-Index": "AdtYk2Hc0f9aQ3LbR0m7cKq1x8vWnA==", "Content-Language": "de-CH"},
)

R(
    "lx",
    "LXT-2025-214",
    2160.0,
    "reminder_2",
    "fr",
    "fr",
    "2026-01-20T17:32:00+01:00",
    "Sébastien Morand",
    "s.morand@morand-conseils.ch",
    "contestation",
    True,
    4,
    "Bonsoir,\n\nJe vous réponds dans le texte.\n\nLe 18 janv. 2026 à 14:15, Lemanix Traductions "
    "Sàrl <factures@lemanix.ch> a écrit :\n> Madame, Monsieur,\n>\n> Sauf erreur de notre part, "
    "la facture LXT-2025-214 d'un montant de CHF 2'160.00\n> n'a toujours pas été réglée malgré "
    "notre premier rappel.\n\nCe n'est pas une erreur de votre part mais un oubli : je l'ai "
    "contestée par téléphone auprès de M. Chappuis le 1er décembre. Vous facturez 9'000 mots à "
    "CHF 0.24, le document source (rapport de gestion, version du 14.10) en compte 6'200. "
    "Je vous l'ai même renvoyé avec le décompte Word.\n\n> Nous vous prions de régler le montant "
    "dû, majoré des frais de rappel de CHF 20.00,\n> dans les 10 jours.\n\nNous réglerons les "
    "6'200 mots, pas les 2'800 mots fantômes (CHF 672.–), et certainement pas les frais de "
    "rappel sur une facture contestée. Merci de m'envoyer une facture corrigée.\n\n> Si vous "
    "avez déjà effectué le paiement, veuillez ne pas tenir compte de ce\n> message.\n\n"
    "Justement non.\n\nS. Morand\nMorand Conseils Sàrl\nRue du Bourg 7, 1003 Lausanne",
    amount=692.0,
    notes="Answers written inline between the quoted lines of the reminder; the contested word "
    "count (2 800 × 0.24 = CHF 672) plus the CHF 20 reminder fee he refuses to pay count, and "
    "the invoice number is only in the quoted lines.",
    mailer=TB,
    headers={"Content-Language": "fr-CH"},
)

R(
    "tv",
    "TV-FT-25-318",
    1641.2,
    "invoice",
    "it",
    "it",
    "2025-09-24T11:06:00+02:00",
    "Marco Pedrazzini",
    "acquisti@pedrazzini-arredi.ch",
    "contestation",
    True,
    3,
    "Buongiorno signora Bernasconi,\n\nLe inoltro qui sotto lo scambio con il nostro magazzino. "
    "Due degli otto rotoli consegnati sono macchiati e inutilizzabili; li teniamo a vostra "
    "disposizione per il ritiro. Vi chiediamo una nota di credito per i due rotoli (2 × CHF "
    "186.50), il resto della fattura lo paghiamo alla scadenza.\n\nCordiali saluti\nMarco "
    "Pedrazzini\nUfficio acquisti – Pedrazzini Arredi SA\nVia Cantonale 19, 6500 Bellinzona\n\n"
    "-----Messaggio originale-----\nDa: Ivan Cattaneo <magazzino@pedrazzini-arredi.ch>\n"
    "Inviato: martedì, 23 settembre 2025 16:48\nA: Marco Pedrazzini\nOggetto: R: consegna "
    "Tessiture Verbano\n\nCiao Marco,\nho aperto tutti i rotoli della consegna di venerdì. Il "
    "n. 4 e il n. 7 (lino naturale 280 cm) hanno delle macchie di ruggine lungo la cimosa, "
    "ripetute ogni metro circa. Non si possono usare per le tende del cliente Ferrari. Ho fatto "
    "le foto. Gli altri sei sono ok.\nLa fattura 318 la blocchi tu?\nIvan\n\n"
    "-----Messaggio originale-----\nDa: Marco Pedrazzini\nInviato: martedì, 23 settembre 2025 "
    "09:12\nA: Ivan Cattaneo\nOggetto: consegna Tessiture Verbano\n\nIvan, è arrivata la "
    "fattura per il lino. Prima di passarla in pagamento puoi controllare la merce?\nGrazie, "
    "Marco",
    amount=373.0,
    mentions=["TV-FT-25-318"],
    notes="Forward carrying the customer's internal discussion (the warehouse finds two stained "
    "rolls, and names 'la fattura 318', which counts as the customer's side); the partial "
    "dispute is 2 × 186.50 while the rest will be paid at the due date.",
    quote="forward",
    internal=True,
    re="I:",
    mailer=OUTLOOK,
    attachments=[("jpg", "rotolo_4_macchie.jpg"), ("jpg", "rotolo_7_macchie.jpg")],
)

R(
    "mr",
    "MR25-0587",
    3480.0,
    "reminder_3",
    "fr",
    "fr",
    "2026-02-10T22:14:00+01:00",
    "Gérard Bouvier",
    "gerard.bouvier@bouvier-famille.example.fr",
    "contestation",
    True,
    5,
    "Madame Roche,\n\nJe reçois ce soir votre « dernier rappel avant mise en demeure » et je "
    "vous avoue que je tombe des nues.\n\nJe vous rappelle les faits, que vous connaissez "
    "parfaitement :\n- les façades de la cuisine posées le 6 novembre ne correspondent pas aux "
    "cotes du plan signé (les portes du haut frottent contre la hotte et ne s'ouvrent qu'à "
    "moitié) ;\n- votre fils est passé le 20 novembre, a constaté le défaut et a promis de "
    "revenir « sous quinze jours » ;\n- depuis, plus personne, malgré trois messages sur votre "
    "répondeur.\n\nDans ces conditions je ne réglerai pas le solde de 3 480 € TTC tant que les "
    "façades n'auront pas été reprises. J'ai transmis le dossier à mon avocat, Maître Hélène "
    "Favre, qui vous écrira si rien ne bouge d'ici la fin du mois. Je tiens les photos et le "
    "plan signé à votre disposition.\n\nGérard Bouvier\n27 chemin des Prés\n74370 Argonay\n"
    "06 55 41 27 90",
    amount=3480.0,
    notes="HTML-only long formal letter to the final reminder: works not finished, the whole "
    "balance withheld and a lawyer instructed; the 'mise en demeure' words are the company's.",
    format="html",
    mailer=ORANGE,
    re="RE :",
)

R(
    "wl",
    "WL-R-25-0392",
    1182.6,
    "invoice",
    "de",
    "mixed",
    "2025-10-06T10:27:00+02:00",
    "Anna Keller",
    "anna.keller@kestrel-analytics.example.com",
    "contestation",
    True,
    3,
    "Guten Tag Herr Frei / Dear Mr Frei\n\nWir haben den Hosting- und Wartungsvertrag mit "
    "Schreiben vom 24. Juni fristgerecht per 30. September 2025 gekündigt; die Bestätigung von "
    "Frau Meier liegt uns vor. Die Rechnung für die Verlängerung Oktober 2025 – September 2026 "
    "können wir daher nicht akzeptieren und bitten um Stornierung.\n\nFor our London finance "
    "team in copy: the Webwerk contract was terminated as of 30 September 2025 (notice sent on "
    "24 June, confirmed by their office). Please do not approve this renewal invoice for "
    "payment.\n\nFreundliche Grüsse / Kind regards\n\nAnna Keller\nHead of Operations DACH\n"
    "Kestrel Analytics GmbH, Seefeldstrasse 88, 8008 Zürich" + DISCLAIMER_EN,
    amount=1182.6,
    notes="Bilingual German/English message with an English legal disclaimer; the whole "
    "renewal invoice is refused because the contract was cancelled, a factual dispute, not a "
    "threat.",
    format="alt",
    mailer=OUTLOOK,
    re="AW:",
    cc="Kestrel Finance <ap-london@kestrel-analytics.example.com>",
    quote="outlook",
    outlook_line=False,
    client_lang="de",
)

R(
    "lo",
    "LOF-2025-276",
    1296.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-03T19:48:00+01:00",
    "Inès Marchetti",
    "ines.marchetti@studio-marchetti.example.fr",
    "contestation",
    True,
    4,
    "Les 2 suspensions livrees ne sont pas celles commandees (laiton brosse, pas noir mat) et "
    "personne ne me rappelle. Je ne paie pas ca tant que ce n'est pas echangé.\n\nEnvoyé de "
    "mon iPhone",
    amount=1296.0,
    notes="One angry line from a phone, no accents, above an Apple Mail quote; wrong goods "
    "delivered, the whole invoice refused.",
    quote="apple",
    mailer=IPHONE,
)

R(
    "fs",
    "FSA/25/0733",
    3188.95,
    "reminder_2",
    "de",
    "de",
    "2026-01-14T15:03:00+01:00",
    "Daniel Zbinden",
    "d.zbinden@zbinden-holzbau.ch",
    "contestation",
    True,
    3,
    "Sehr geehrte Frau Progin\n\nIhre Mahnung hat mich erstaunt, da ich Ihnen bereits im "
    "Dezember telefonisch mitgeteilt habe, dass die Rechnung nicht der Offerte entspricht.\n\n"
    "Offerte vom 12. März 2025 für den Jahresabschluss 2024: Pauschale CHF 2'400.00 exkl. "
    "MWST.\nIhre Rechnung: CHF 2'950.00 exkl. MWST.\n\nDie Differenz von CHF 550.00 zzgl. "
    "8.1 % MWST, also CHF 594.55, anerkennen wir nicht, eine Begründung für die Mehrstunden "
    "haben wir nie erhalten. Den offerierten Betrag von CHF 2'594.40 inkl. MWST überweisen wir "
    "bis Ende dieser Woche.\n\nMit freundlichen Grüssen\n\nDaniel Zbinden\nGeschäftsführer\n"
    "Zbinden Holzbau GmbH\nIndustriestrasse 5\n3186 Düdingen\nTel. 026 555 14 90\n\n"
    "Hinweis: Diese Nachricht ist nur für den Adressaten bestimmt. Sie kann vertrauliche oder "
    "rechtlich geschützte Informationen enthalten. Sollten Sie nicht der Adressat sein, "
    "benachrichtigen Sie uns bitte und löschen Sie die Nachricht.",
    amount=594.55,
    pdate="2026-01-16",
    notes="Offer vs invoice comparison with the difference stated gross; the undisputed part "
    "is promised for the end of this week (Friday 16 January), above a Thunderbird quote.",
    quote="thunderbird",
    mailer=TB,
    re="AW:",
    client_lang="de",
)

# ----------------------------------------------------------------------------------------------
# invoice_error
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BQ25-10588",
    6842.4,
    "invoice",
    "de",
    "de",
    "2025-11-20T13:37:00+01:00",
    "Kreditorenbuchhaltung Helvetia Residenz AG",
    "kreditoren@helvetia-residenz.example.ch",
    "invoice_error",
    True,
    4,
    "Sehr geehrte Damen und Herren\n\nIhre Rechnung BQ25-10588 kann nicht verarbeitet werden: "
    "Es fehlt die Bestellnummer (PO). Für den Ersatz der Umwälzpumpen Haus B lautet diese "
    "4500123987.\n\nBitte senden Sie uns die Rechnung mit Bestellnummer bis spätestens "
    "26.11.2025 erneut an diese Adresse; unser nächster Zahllauf findet am 28.11.2025 statt, "
    "danach erst wieder Mitte Januar.\n\nRechnungen ohne gültige Bestellnummer werden gemäss "
    "unseren Einkaufsbedingungen unbearbeitet retourniert.\n\nFreundliche Grüsse\n\n"
    "Corinne Wyss\nKreditorenbuchhaltung\nHelvetia Residenz AG | Alpenquai 30 | 6005 Luzern\n"
    "Tel. +41 41 555 90 12\n\nHelvetia Residenz AG – Handelsregister Kanton Luzern, "
    "CHE-123.456.789 MWST" + DISCLAIMER_DE,
    mentions=["BQ25-10588"],
    notes="Missing PO number blocking a payment run with a deadline (urgency 4); the "
    "purchasing conditions and the disclaimer sound legal but are boilerplate.",
    format="alt",
    mailer=OUTLOOK,
    re="AW:",
    quote="outlook",
)

R(
    "lx",
    "LXT-2025-187",
    945.5,
    "invoice",
    "fr",
    "mixed",
    "2025-10-15T09:20:00+02:00",
    "Beatrice Rüegg",
    "b.rueegg@alpina-immo-group.example.ch",
    "invoice_error",
    True,
    3,
    "Bonjour Monsieur Chappuis, Grüezi Herr Chappuis\n\nMerci pour la facture de la traduction "
    "du règlement d'immeuble. Elle est malheureusement adressée à Alpina Immo Group Holding AG, "
    "alors que la commande venait de notre filiale Alpina Immo Romandie SA, Place Chauderon 9, "
    "1003 Lausanne (IDE CHE-987.654.321).\n\nKönnten Sie die Rechnung bitte auf die Romandie "
    "SA ausstellen? Unsere Holding kann sie buchhalterisch nicht übernehmen, der Betrag selbst "
    "ist in Ordnung.\n\nMeilleures salutations / Freundliche Grüsse\nBeatrice Rüegg\n"
    "Assistentin der Geschäftsleitung",
    notes="Bilingual French/German message: wrong legal entity, the amount expressly accepted.",
    quote="gmail",
    client_lang="fr",
)

R(
    "tv",
    "TV-FT-25-402",
    4215.9,
    "reminder_1",
    "it",
    "it",
    "2025-12-11T10:42:00+01:00",
    "Francesca Galli",
    "amministrazione@galli-tendaggi.example.it",
    "invoice_error",
    True,
    3,
    "Gentile signora Bernasconi,\n\nin riferimento al vostro sollecito, Vi segnaliamo che la "
    "fattura è stata emessa con l'IVA svizzera all'8,1% (CHF 315.90), mentre la merce è stata "
    "spedita a Como con documento di esportazione. Trattandosi di una cessione "
    "all'esportazione, la fattura deve essere senza IVA svizzera.\n\nVi preghiamo di emettere "
    "una nota di credito e una nuova fattura di CHF 3'900.00; provvederemo subito al "
    "pagamento.\n\nDistinti saluti\n\nFrancesca Galli\nAmministrazione\nGalli Tendaggi S.r.l."
    "\nVia Borgovico 112, 22100 Como (CO)\nP.IVA IT01234567890\nTel. +39 031 555 4471"
    + DISCLAIMER_IT,
    amount=315.9,
    notes="Wrong VAT on an export (the VAT amount is the disputed amount); the GDPR disclaimer "
    "speaks of legal prosecution but is boilerplate.",
    quote="outlook",
    mailer=OUTLOOK,
    re="R:",
    format="alt",
)

R(
    "lo",
    "LOF-2025-311",
    684.0,
    "reminder_2",
    "fr",
    "fr",
    "2026-01-08T11:55:00+01:00",
    "Julien Perrier",
    "compta@brasserie-perrier.example.fr",
    "invoice_error",
    True,
    3,
    "Bonjour,\n\nVotre relance concerne la LOF-2025-311, qui est un doublon de la "
    "LOF-2025-298 : même bon de livraison (BL 2025-1187), mêmes 6 appliques, même montant. La "
    "298 a été réglée le 12 novembre.\n\nMerci d'annuler la 311 par un avoir et de supprimer "
    "les pénalités associées.\n\nCordialement,\n\nJulien Perrier\nComptabilité – Brasserie "
    "Perrier\n42 rue Mercière, 69002 Lyon",
    amount=684.0,
    mentions=["LOF-2025-311", "LOF-2025-298"],
    notes="Duplicate invoice (invoice_error, its full amount) even though it says the other "
    "one was paid; the late-payment penalties quoted below are the company's.",
    quote="gmail",
)

# ----------------------------------------------------------------------------------------------
# already_paid
# ----------------------------------------------------------------------------------------------

R(
    "mr",
    "MR25-0512",
    2154.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-11-04T08:39:00+01:00",
    "Sylvie Gaudin",
    "s.gaudin@sci-les-tilleuls.example.fr",
    "already_paid",
    True,
    3,
    "Bonjour Madame Roche,\n\nCette facture a été réglée par virement le 17 octobre depuis "
    "notre compte Crédit Agricole des Savoie (libellé « SCI TILLEULS MR25 0512 »). Vous "
    "trouverez l'avis d'opéré en pièce jointe.\n\nBien à vous,\n\nSylvie Gaudin\nGérante\n"
    "SCI Les Tilleuls\n5 allée des Tilleuls – 74000 Annecy\nTél. 04 50 55 18 63" + DISCLAIMER_FR,
    notes="Top-posted above an Outlook quote, with a PDF proof and a disclaimer that mentions "
    "'poursuites' (boilerplate); the reference written as 'MR25 0512' is inside the bank label.",
    mentions=["MR25-0512"],
    quote="outlook",
    outlook_line=False,
    mailer=OUTLOOK,
    re="RE :",
    attachments=[("pdf", "avis_opere_virement_171025.pdf")],
)

R(
    "wl",
    "WL-R-25-0440",
    1350.0,
    "reminder_2",
    "de",
    "de",
    "2026-01-13T16:20:00+01:00",
    "Marc Oberholzer",
    "marc@oberholzer-druck.example.ch",
    "already_paid",
    True,
    3,
    "Hallo Herr Frei\n\nDas ist bezahlt. Wir haben am 2. Dezember eine Sammelzahlung von CHF "
    "2'214.50 für die WL-R-25-0412 und die WL-R-25-0440 gemacht, vermutlich ist sie bei Ihnen "
    "nur der ersten Rechnung zugeordnet worden. Bitte prüfen Sie das nochmal.\n\nBeste Grüsse\n"
    "Marc\n\nOberholzer Druck & Medien\nRosengartenstrasse 3, 8037 Zürich",
    mentions=["WL-R-25-0412", "WL-R-25-0440"],
    notes="One combined payment for two invoices, probably misallocated; the date is a past "
    "payment, not a promise.",
    quote="apple",
    mailer=APPLE,
)

R(
    "fs",
    "FSA/25/0691",
    1868.3,
    "reminder_3",
    "fr",
    "fr",
    "2026-02-16T09:05:00+01:00",
    "Aline Rossier",
    "a.rossier@boulangerie-rossier.example.ch",
    "already_paid",
    True,
    3,
    "Bonjour,\n\nLe 14 févr. 2026 à 08:30, Fiduciaire Sarine SA <comptabilite@fiduciaire-sarine"
    ".ch> a écrit :\n> Malgré nos rappels des 17 et 31 janvier, la facture FSA/25/0691 de\n> "
    "CHF 1'868.30 reste impayée.\n\nPayée le 9 février par e-banking, quelques jours après le "
    "deuxième rappel. Nos deux messages se sont croisés.\n\n> À défaut de paiement dans les 10 "
    "jours, nous introduirons une réquisition\n> de poursuite, frais de CHF 40.00 en sus.\n\n"
    "Inutile donc. Et merci de ne pas facturer les CHF 40.– pour un paiement déjà fait.\n\n"
    "Aline Rossier\nBoulangerie Rossier, Grand-Rue 18, 1680 Romont",
    notes="Inline answers between the quoted lines of the final reminder; it says paid (past "
    "date) and asks not to charge the fee, which is part of the same 'already paid' case.",
    mailer=APPLE,
)

R(
    "tv",
    "TV-FT-25-297",
    588.0,
    "invoice",
    "en",
    "en",
    "2025-09-16T14:12:00+02:00",
    "Oliver Bennett",
    "oliver@bennett-interiors.example.co.uk",
    "already_paid",
    True,
    3,
    "Dear Ms Bernasconi,\n\nThank you for the invoice. Please note this was already paid by "
    "credit card when I placed the order through your online sample shop on 2 September "
    "(order no. 55102, Visa ending 4471). I assume the invoice was generated automatically. "
    "Could you confirm it is settled?\n\nBest regards,\nOliver Bennett\nBennett Interiors, "
    "Brighton",
    notes="HTML-only: paid by card at order, a past payment.",
    format="html",
    mailer=APPLE,
    client_lang="en",
)

# ----------------------------------------------------------------------------------------------
# delay_request
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BQ25-10233",
    4500.0,
    "reminder_2",
    "de",
    "de",
    "2026-01-09T11:18:00+01:00",
    "Peter Arnold",
    "p.arnold@arnold-gastro.example.ch",
    "delay_request",
    True,
    2,
    "Grüezi Frau Imhof\n\nSorry für die Verspätung. Nach dem schwachen Dezember ist die Kasse "
    "knapp. An der Rechnung selbst gibt es nichts auszusetzen, die neue Lüftung läuft "
    "einwandfrei.\n\nDarf ich Ihnen drei Raten vorschlagen:\nCHF 1'500.– am 31. Januar\n"
    "CHF 1'500.– am 27. Februar\nCHF 1'500.– am 31. März\n\nWenn das für Sie geht, richte ich "
    "die Daueraufträge gleich ein. Die Mahngebühr zahle ich mit der letzten Rate.\n\n"
    "Freundliche Grüsse\nPeter Arnold\nRestaurant Rössli, Arnold Gastro GmbH\nHauptstrasse 22, "
    "6045 Meggen\n079 555 62 18",
    pdate="2026-01-31",
    notes="Dated instalment plan (pauses, first instalment 31 January), the invoice expressly "
    "not disputed, top-posted above a Thunderbird quote.",
    quote="thunderbird",
    mailer=TB,
    re="AW:",
)

R(
    "lo",
    "LOF-2025-289",
    2376.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-16T18:02:00+01:00",
    "Karim Benali",
    "k.benali@kb-renovation.example.fr",
    "delay_request",
    False,
    2,
    "Bonsoir Madame Berthier,\n\nJe ne conteste pas du tout la facture, le chantier de la rue "
    "Burdeau s'est très bien passé. Mais mon propre client ne m'a toujours pas payé et ma "
    "trésorerie est à plat en cette fin d'année.\n\nPourriez-vous m'accorder encore un peu de "
    "temps ? Je vous règle dès que je suis payé, je vous tiens au courant.\n\nMerci de votre "
    "compréhension,\nKarim Benali\nKB Rénovation\n06 55 72 31 08",
    notes="HTML-only; time asked without a date ('dès que je suis payé'), so no pause.",
    format="html",
    mailer=ORANGE,
    re="RE :",
)

R(
    "tv",
    "TV-FT-25-355",
    2870.4,
    "reminder_3",
    "it",
    "it",
    "2026-02-04T08:47:00+01:00",
    "Luca Fontana",
    "luca.fontana@fontana-sartoria.example.ch",
    "delay_request",
    True,
    2,
    "Buongiorno,\n\nIl giorno 2 feb 2026, alle ore 10:05, Tessiture Verbano SA "
    "<contabilita@tessiture-verbano.ch> ha scritto:\n> Nonostante i nostri solleciti, la "
    "fattura TV-FT-25-355 risulta ancora\n> scoperta.\n\nLo so, e me ne scuso. Il tessuto era "
    "perfetto, il problema è nostro: un grosso cliente ci paga a metà febbraio.\n\n> In "
    "mancanza di pagamento entro 10 giorni avvieremo la procedura esecutiva.\n\nVi chiedo di "
    "non procedere: posso saldare tutto entro il 20 febbraio. Se vi serve una conferma "
    "scritta firmata ve la mando.\n\nLuca Fontana\nSartoria Fontana, Piazza Grande 4, 6600 "
    "Locarno",
    pdate="2026-02-20",
    notes="Inline answers between the lines of the final reminder; the 'procedura esecutiva' "
    "is the company's, the customer asks for time until a concrete date.",
    mailer=IPHONE,
    re="R:",
)

# ----------------------------------------------------------------------------------------------
# payment_promise
# ----------------------------------------------------------------------------------------------

R(
    "wl",
    "WL-R-25-0377",
    3229.2,
    "reminder_1",
    "en",
    "en",
    "2025-11-17T09:33:00+01:00",
    "Sophie Laurent",
    "accounts.payable@northgate-ventures.example.ch",
    "payment_promise",
    False,
    1,
    "Approved – will go out in Thursday's payment run, see below.\n\n"
    "-----Original Message-----\nFrom: Daniel Huber <d.huber@northgate-ventures.example.ch>\n"
    "Sent: Friday, 14 November 2025 17:41\nTo: Accounts Payable <accounts.payable@northgate-"
    "ventures.example.ch>\nSubject: RE: Webwerk reminder\n\nChecked with marketing, the "
    "website relaunch was delivered as quoted. WL-R-25-0377 is OK to pay, please include it in "
    "the next run.\nDaniel\n\n-----Original Message-----\nFrom: Accounts Payable\nSent: "
    "Friday, 14 November 2025 10:02\nTo: Daniel Huber\nSubject: Webwerk reminder\n\nHi Daniel, "
    "we got a reminder from Webwerk Limmat, the invoice is still waiting for your approval in "
    "the workflow. Can you release it?\nThanks, Sophie",
    pdate="2025-11-20",
    mentions=["WL-R-25-0377"],
    notes="The only new words are one line above a forwarded internal thread (Thursday's run = "
    "20 November); the invoice number written by the manager in that thread counts.",
    quote="forward",
    internal=True,
    re="Fwd:",
    days_after=4,
    mailer=OUTLOOK,
    client_lang="en",
)

R(
    "mr",
    "MR25-0634",
    1728.0,
    "reminder_2",
    "fr",
    "fr",
    "2026-01-27T12:41:00+01:00",
    "Thierry Lachenal",
    "thierry.lachenal@gmail.example.com",
    "payment_promise",
    False,
    1,
    "Bonjour, désolé pour le retard, le virement part vendredi. Cordialement T. Lachenal\n\n"
    "Envoyé depuis mon smartphone Samsung Galaxy",
    pdate="2026-01-30",
    notes="One line from a phone above a Gmail quote; 'vendredi' resolves to 30 January.",
    quote="gmail",
)

R(
    "fs",
    "FSA/25/0598",
    2431.35,
    "invoice",
    "de",
    "de",
    "2025-10-21T07:58:00+02:00",
    "Monika Jungo",
    "m.jungo@jungo-transporte.example.ch",
    "payment_promise",
    False,
    1,
    "Guten Tag Frau Progin\n\nBesten Dank für die Rechnung für die Lohnbuchhaltung Q3. Sie ist "
    "visiert und wird per Ende Monat überwiesen.\n\nFreundliche Grüsse\n\nMonika Jungo\n"
    "Finanzen & Personal\nJungo Transporte AG\nMurtenstrasse 140\n3178 Bösingen\n"
    "Tel. 031 555 47 20 | Fax 031 555 47 21\n\n"
    "**********************************************************************\n"
    "Diese Nachricht und allfällige Anhänge sind vertraulich und ausschliesslich für den "
    "Adressaten bestimmt. Jede unbefugte Verwendung, Offenlegung oder Verbreitung ist "
    "untersagt. Die Jungo Transporte AG lehnt jede Haftung für Schäden ab, die durch Viren "
    "oder durch die Übermittlung per E-Mail entstehen. Es gelten unsere AGB, Gerichtsstand "
    "ist Freiburg.\n"
    "**********************************************************************",
    pdate="2025-10-31",
    notes="Short promise ('per Ende Monat' = 31 October) under a long starred disclaimer with "
    "liability and jurisdiction words.",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    format="alt",
)

# ----------------------------------------------------------------------------------------------
# copy_request
# ----------------------------------------------------------------------------------------------

R(
    "lx",
    "LXT-2025-162",
    1320.0,
    "invoice",
    "en",
    "en",
    "2025-09-30T16:25:00+02:00",
    "Hannah Clarke",
    "h.clarke@vireo-pharma.example.com",
    "copy_request",
    False,
    2,
    "Dear Mr Chappuis,\n\nThank you for the invoice for the patient leaflet translations.\n\n"
    "Going forward, could you please send all invoices to our shared AP inbox, "
    "invoices.ch@vireo-pharma.example.com, rather than to me personally? They are scanned "
    "automatically from there. I have forwarded this one already, no need to resend it.\n\n"
    "Kind regards,\nHannah Clarke\nRegulatory Affairs Manager\nVireo Pharma SA | Chemin du "
    "Lac 3 | 1290 Versoix\n\nThis message may contain confidential information. If you are "
    "not the intended recipient, please delete it and notify the sender.",
    notes="HTML-only; future invoices to another address, nothing else requested.",
    format="html",
    mailer=OUTLOOK,
    client_lang="en",
)

R(
    "bq",
    "BQ25-10471",
    912.6,
    "reminder_1",
    "de",
    "de",
    "2025-12-02T14:09:00+01:00",
    "Ursula Bühlmann",
    "u.buehlmann@bluewin.example.ch",
    "copy_request",
    False,
    2,
    "Grüezi\n\nAm 30.11.2025 um 09:12 schrieb Bergquell Haustechnik AG "
    "<debitoren@bergquell-haustechnik.ch>:\n> Unsere Rechnung BQ25-10471 vom 21.10.2025 über "
    "CHF 912.60 ist seit dem\n> 20.11.2025 fällig.\n\nDiese Rechnung habe ich nie bekommen, "
    "nur jetzt diese Mahnung.\n\n> Die Rechnung mit QR-Einzahlungsschein finden Sie nochmals "
    "im Anhang.\n\nEben nicht, es ist kein Anhang dabei. Bitte schicken Sie mir die Rechnung "
    "mit QR-Einzahlungsschein per Post, ich mache das Zahlen lieber am Schalter.\n\n"
    "Freundliche Grüsse\nU. Bühlmann\nSonnmattweg 8, 6030 Ebikon",
    notes="Inline answers between the quoted lines of the reminder: invoice never received, "
    "the promised attachment missing, a paper QR-bill asked for.",
    mailer=APPLE,
)

R(
    "lo",
    "LOF-2025-244",
    1104.0,
    "reminder_3",
    "fr",
    "fr",
    "2026-02-03T10:36:00+01:00",
    "Élodie Vasseur",
    "e.vasseur@cabinet-vasseur.example.fr",
    "copy_request",
    False,
    2,
    "Bonjour,\n\nVoir l'échange ci-dessous : nous n'avons aucune trace de votre facture "
    "d'origine dans nos systèmes. Pourriez-vous nous la renvoyer en PDF, ainsi que votre RIB, "
    "pour que nous puissions la saisir ?\n\nCordialement,\nÉlodie Vasseur\nAssistante de "
    "direction – Cabinet Vasseur Architectes\n18 rue de la Charité, 69002 Lyon\n\n"
    "-----Message d'origine-----\nDe : Pascal Vasseur\nEnvoyé : lundi 2 février 2026 19:20\n"
    "À : Élodie Vasseur\nObjet : TR: Dernier rappel Lumen & Ombre\n\nÉlodie, tu as ça "
    "quelque part ? Les luminaires de l'agence ont bien été posés en octobre, on doit "
    "payer, mais je ne vois rien passer dans la compta. Demande-leur la facture.\nP.\n\n"
    "-----Message d'origine-----\nDe : Pascal Vasseur\nEnvoyé : lundi 2 février 2026 19:14\n"
    "À : Élodie Vasseur\nObjet : TR: Dernier rappel Lumen & Ombre",
    notes="Forward with the customer's internal discussion ('on doit payer'): the original "
    "invoice and the bank details are asked for, the debt is acknowledged, no dispute.",
    quote="forward",
    internal=True,
    re="TR:",
    mailer=OUTLOOK,
    fwd_to="p.vasseur@cabinet-vasseur.example.fr",
)

# ----------------------------------------------------------------------------------------------
# acknowledgement
# ----------------------------------------------------------------------------------------------

R(
    "tv",
    "TV-FT-25-341",
    1975.0,
    "invoice",
    "it",
    "it",
    "2025-10-28T15:44:00+01:00",
    "Giulia Rezzonico",
    "g.rezzonico@hotel-lago-maggiore.example.ch",
    "acknowledgement",
    False,
    1,
    "Ricevuto, grazie. La inoltro alla nostra contabilità.\n\nCordiali saluti\n\nGiulia "
    "Rezzonico\nGovernante generale\nHotel Lago Maggiore ****\nLungolago Motta 21, 6600 Locarno"
    "\nT +41 91 555 02 30\nwww.hotel-lago-maggiore.example.ch" + DISCLAIMER_IT,
    notes="Two words of thanks under a GDPR disclaimer that speaks of prosecution (boilerplate).",
    quote="apple",
    mailer=IPHONE,
    re="R:",
)

R(
    "fs",
    "FSA/25/0655",
    1532.1,
    "reminder_1",
    "fr",
    "fr",
    "2025-11-26T11:11:00+01:00",
    "Nicolas Bapst",
    "n.bapst@garage-bapst.example.ch",
    "acknowledgement",
    False,
    1,
    "Bonjour Madame Progin,\n\nBien reçu votre rappel, je l'ai transmis ce matin à notre "
    "service comptable à Bulle, qui s'en occupe.\n\nMeilleures salutations\n\nNicolas Bapst\n"
    "Garage Bapst SA – Réception\nRoute de Riaz 44, 1630 Bulle\n026 555 80 80" + DISCLAIMER_FR,
    notes="Passed on to accounts payable, nothing promised; top-posted above an Outlook quote "
    "with a disclaimer mentioning 'poursuites' (boilerplate).",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE :",
    format="alt",
)

# ----------------------------------------------------------------------------------------------
# auto_reply
# ----------------------------------------------------------------------------------------------

R(
    "wl",
    "WL-R-25-0455",
    860.0,
    "invoice",
    "de",
    "mixed",
    "2025-12-22T16:02:00+01:00",
    "Stefan Brunner",
    "s.brunner@brunner-architektur.example.ch",
    "auto_reply",
    False,
    1,
    "Vielen Dank für Ihre Nachricht. Unser Büro bleibt vom 22. Dezember 2025 bis und mit "
    "4. Januar 2026 geschlossen. Ihre E-Mail wird nach unserer Rückkehr bearbeitet. In "
    "dringenden Fällen erreichen Sie uns unter 044 555 19 30.\n\nThank you for your message. "
    "Our office is closed from 22 December 2025 to 4 January 2026 inclusive. Your e-mail will "
    "be dealt with after our return.\n\nBrunner Architektur GmbH",
    notes="Bilingual out-of-office; its dates are an absence period, not a promise.",
    re="Automatische Antwort:",
    headers=AUTO,
    format="alt",
    mailer=OUTLOOK,
)

R(
    "mr",
    "MR25-0601",
    2640.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-01-05T06:12:00+01:00",
    "Service Fournisseurs Groupe Habitat Alpes",
    "fournisseurs@habitat-alpes.example.fr",
    "auto_reply",
    False,
    1,
    "Bonjour,\n\nVotre demande a bien été enregistrée sous le numéro #FRN-48213.\n\nNotre "
    "service fournisseurs traite les demandes dans un délai de 5 jours ouvrés. Pour toute "
    "question relative au paiement de vos factures, merci de rappeler ce numéro de ticket et "
    "de ne pas modifier l'objet du message.\n\nRappel : les factures doivent comporter notre "
    "numéro de commande et être adressées exclusivement à factures@habitat-alpes.example.fr, "
    "à défaut elles ne pourront être traitées.\n\nCeci est un message automatique, merci de "
    "ne pas y répondre.\n\nGroupe Habitat Alpes – Service Fournisseurs",
    notes="Ticket-system confirmation whose standard text talks of order numbers and invoices "
    "not processed, a generic rule, not a complaint about this invoice.",
    subject="[Ticket #FRN-48213] Accusé de réception – Rappel facture MR25-0601",
    headers={**AUTO, "X-Ticket-ID": "FRN-48213"},
)

# ----------------------------------------------------------------------------------------------
# other
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BQ25-10362",
    1256.8,
    "reminder_1",
    "de",
    "de",
    "2025-10-09T10:03:00+02:00",
    "Hans-Peter Kälin",
    "hp.kaelin@stwe-seeblick.example.ch",
    "other",
    False,
    2,
    "Guten Tag Frau Imhof\n\nFür Zahlungen ist unsere Verwaltung zuständig, ich habe Ihr "
    "Schreiben dorthin weitergeleitet.\n\nEine "
    "andere Frage: Die Heizung im Mehrfamilienhaus Seeblickstrasse 4 wurde seit 2019 nicht "
    "mehr gewartet. Könnten Sie uns eine Offerte für ein jährliches Wartungsabo machen? Gerne "
    "auch mit Entkalkung des Boilers.\n\nFreundliche Grüsse\nHans-Peter Kälin\nPräsident "
    "STWEG Seeblickstrasse 4, Küssnacht",
    notes="Reply to a reminder that is really an unrelated request for a maintenance offer; "
    "the reminder is only passed on to the property manager.",
    quote="gmail",
)

R(
    "lx",
    "LXT-2025-229",
    780.0,
    "reminder_2",
    "fr",
    "en",
    "2026-01-22T13:28:00+01:00",
    "James O'Connell",
    "james.oconnell@harbourline.example.com",
    "other",
    False,
    2,
    "Hello,\n\nI think this has reached the wrong person. I left Dupraz & Associés at the end "
    "of August and now work for a different company; my old address is simply forwarded to "
    "me. Please contact their office manager, Mme Claire Dupraz (claire.dupraz@dupraz-"
    "associes.example.ch), about this reminder.\n\nBest,\nJames O'Connell",
    notes="Wrong recipient who answers in English to a French reminder.",
    quote="gmail",
    client_lang="en",
    mailer=APPLE,
)
