# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# ruff: noqa: RUF001  (the customers write en dashes and multiplication signs)
"""Twenty-fourth blind set of customers' replies (tests/data/disputes_blind24), with their labels (CC0 text).

Written by a twenty-sixth writer who read only the label definitions and the entry format, not
the other sets' replies, not the reader's rules and not its answers: it measures the reader once.
Everything is synthetic (people, firms, addresses, references). Never tune rules on these replies.

Profile: a credit controller's inbox on one Monday morning (Friday 30 January 2026 evening to
Monday 2 February 2026, 11:00) across all seven invoicing companies, with very varied senders:
accounts-payable departments with ticket systems and procurement-portal notifications, owners
answering from their phones, assistants writing for their boss, bookkeepers and fiduciaries
writing on behalf of their clients, a customer's lawyer; French, German, Italian and English in
proportions like a Swiss/French group.

Uses the invoicing companies of ``make_dispute_replies.py`` (bq, tv, lx, mr, fs, wl, lo); same
entry format as ``dispute_replies_blind4.py`` (the ``R`` helper of ``dispute_replies_more.py``,
entries kept in this file's own ``REPLIES``); labels as defined in
/work/shared/samples/disputes/README.md.
Build with ``.venv/bin/python scripts/bench/make_dispute_replies.py --source blind24``.
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
    "mr",
    "MR-25-0187",
    8460.0,
    "reminder_3",
    "fr",
    "fr",
    "2026-01-30T18:05:00+01:00",
    "Me Hélène Perrier-Dussaix",
    "h.perrier@perrier-avocats-annecy.fr",
    "contestation",
    True,
    5,
    "Madame,\n\nJe vous écris en qualité de conseil de la SCI Les Aravis, représentée par son "
    "gérant, M. Frédéric Mugnier, qui m'a transmis votre courriel du 27 janvier 2026 intitulé "
    "« Dernier rappel avant une mise en demeure ».\n\n"
    "Ma cliente conteste être redevable de la somme de 8 460,00 € TTC qui lui est réclamée au "
    "titre de votre facture n° MR-25-0187 du 20 novembre 2025 (fourniture et pose d'un escalier "
    "en chêne et de son garde-corps, chantier du 12 chemin des Fontaines à Talloires).\n\n"
    "Le procès-verbal de réception du 14 novembre 2025 comporte en effet six réserves, dont deux "
    "portent sur la conformité du garde-corps (hauteur inférieure à 1 mètre sur le palier, "
    "écartement des barreaux supérieur à 11 cm) et touchent donc à la sécurité des occupants. "
    "Aucune de ces réserves n'a été levée à ce jour, malgré les courriels de M. Mugnier des 2 et "
    "16 décembre, restés sans réponse.\n\n"
    "Dans ces conditions, ma cliente suspend le paiement de l'intégralité de la facture jusqu'à "
    "la levée complète des réserves, constatée contradictoirement, en application de l'article "
    "1219 du Code civil. Elle la réglera dès que cette levée aura été constatée.\n\n"
    "Je vous remercie en conséquence de suspendre toute démarche de recouvrement et de m'adresser "
    "désormais directement toute correspondance relative à ce dossier. À défaut, ma cliente se "
    "réserve la possibilité de solliciter une expertise judiciaire.\n\n"
    "Vous trouverez en pièces jointes le présent courrier au format PDF ainsi qu'une copie du "
    "procès-verbal de réception.\n\n"
    "Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.\n\n"
    "Hélène Perrier-Dussaix\nAvocat au Barreau d'Annecy\n8 rue de la Préfecture, 74000 Annecy\n"
    "Tél. 04 50 27 61 90\n\n"
    "Ce message et ses pièces jointes sont confidentiels et couverts par le secret professionnel. "
    "S'il ne vous est pas destiné, merci de le détruire et d'en avertir l'expéditeur.",
    amount=8460.0,
    mentions=["MR-25-0187"],
    notes="The customer's lawyer withholds the whole balance invoice until the reception reserves "
    "are lifted and asks to stop collection: contestation of the full amount, urgency 5.",
    subject="SCI Les Aravis / Menuiserie Roche & Fils – facture MR-25-0187 – contestation",
    format="alt",
    mailer=OUTLOOK,
    attachments=[
        ("pdf", "2026-01-30_Courrier_SCI_Les_Aravis_Menuiserie_Roche.pdf"),
        ("pdf", "PV_reception_14-11-2025.pdf"),
    ],
    days_after=3,
    salutation="Monsieur Mugnier",
)

R(
    "bq",
    "BQ-25-2297",
    1286.45,
    "reminder_1",
    "de",
    "de",
    "2026-01-31T08:12:00+01:00",
    "Reto Achermann",
    "reto@garage-achermann-emmen.ch",
    "contestation",
    True,
    3,
    "Hallo zusammen\n\ndie Rechnung stimmt so nicht. Ihr Monteur war am 9.12. knapp 2 Std bei uns, "
    "nicht 4 wie verrechnet. Also 2 x 118.- zuviel. Bitte korrigieren u. neue Rechnung schicken, "
    "dann zahl ich sofort.\n\nGruess Reto Achermann\nGarage Achermann, Emmen\n\n"
    "Von meinem iPhone gesendet",
    amount=236.0,
    notes="Owner writing from his phone: contests 2 of the 4 billed hours (2 × 118 = 236 excl. "
    "VAT); asking for a new invoice does not make it a formal error.",
    quote="apple",
    mailer=IPHONE,
    days_after=1,
    salutation="Herr Achermann",
)

R(
    "tv",
    "TV-26-0031",
    5872.3,
    "invoice",
    "it",
    "it",
    "2026-02-02T08:47:00+01:00",
    "Sara Pedrazzini",
    "segreteria@studio-bernardoni-minusio.ch",
    "contestation",
    True,
    3,
    "Buongiorno signora Bernasconi,\n\nscrivo per conto dell'arch. Bernardoni, che questa "
    "settimana è in cantiere a Zurigo e mi ha chiesto di risponderle.\n\n"
    "Le tende consegnate il 22 gennaio per Villa Moretti a Minusio non corrispondono al campione "
    "approvato dalla committente: per le quattro tende del soggiorno (posizione 3 della fattura, "
    "CHF 2'140.00) è stato utilizzato un tessuto grigio tortora invece del grigio perla. La "
    "committente non le accetta e l'architetto chiede che vengano sostituite.\n\n"
    "Le altre posizioni sono in ordine. L'architetto propone di saldare la fattura al netto della "
    "posizione 3 e di regolare quest'ultima dopo la sostituzione. Mi può confermare se per voi va "
    "bene così?\n\nCon i migliori saluti\n\nSara Pedrazzini\nSegreteria\n"
    "Studio d'architettura Bernardoni\nVia San Gottardo 41, 6648 Minusio\nTel. 091 735 18 40",
    amount=2140.0,
    notes="An assistant answers for the architect: one line (CHF 2,140, wrong fabric colour) is "
    "contested, the rest would be paid but without a date.",
    quote="outlook",
    format="alt",
    mailer=OUTLOOK,
    days_after=4,
    salutation="Architetto Bernardoni",
)

R(
    "wl",
    "WL-25-0881",
    1945.8,
    "reminder_2",
    "de",
    "de",
    "2026-02-02T07:58:00+01:00",
    "Monika Zürcher",
    "m.zuercher@zuercher-partner-treuhand.ch",
    "contestation",
    True,
    3,
    "Sehr geehrter Herr Frei\n\nWir führen die Buchhaltung der Bäckerei Wyss GmbH in Dietikon. "
    "Herr Wyss hat uns Ihre 2. Mahnung (unten) weitergeleitet mit der Bitte, die Sache zu "
    "klären.\n\nDie Rechnung umfasst das Hosting 2026 (CHF 600.00) und den Wartungsvertrag 2026 "
    "(CHF 1'200.00, je exkl. MWST). Den Wartungsvertrag hat Herr Wyss mit eingeschriebenem Brief "
    "vom 29. September 2025 per 31. Dezember 2025 gekündigt (Kopie in der Beilage), fristgerecht "
    "gemäss Ziff. 7 Ihrer AGB. Die Wartung 2026, inkl. MWST CHF 1'297.20, ist somit nicht "
    "geschuldet; wir bitten Sie um eine entsprechende Gutschrift.\n\n"
    "Den unbestrittenen Teil für das Hosting von CHF 648.60 überweisen wir bis 13. Februar "
    "2026.\n\nFreundliche Grüsse\n\nMonika Zürcher\nZürcher & Partner Treuhand AG\n"
    "Badenerstrasse 18, 8953 Dietikon\nT 044 741 22 60",
    amount=1297.2,
    pdate="2026-02-13",
    notes="A fiduciary writes for its client: the maintenance part of a contract cancelled in "
    "September is contested (1,297.20 incl. VAT), the hosting part promised for 13 February.",
    quote="forward",
    fwd_to="info@baeckerei-wyss-dietikon.ch",
    re="WG:",
    format="alt",
    mailer=OUTLOOK,
    attachments=[("pdf", "Kuendigung_Wartungsvertrag_Baeckerei_Wyss_2025-09-29.pdf")],
    days_after=3,
    salutation="Herr Wyss",
)

R(
    "lx",
    "LX-25-1121",
    3978.08,
    "reminder_2",
    "en",
    "en",
    "2026-02-02T09:31:00+01:00",
    "Fiona Gallagher",
    "f.gallagher@gaha-geneva.org",
    "contestation",
    True,
    3,
    "Dear Mr Chappuis,\n\nI'm a bit surprised to receive a second reminder for this one, as I "
    "wrote to your colleague Ms Dufaux about it on 12 December and was told someone would get "
    "back to me. Nobody did.\n\nTo recap: our PO 2025-0419 was issued against your quote of "
    "8 October, CHF 3,200.00 flat for the French and German versions of the annual report, two "
    "review rounds included. The invoice shows CHF 3,680.00 before VAT – the extra CHF 480 seems "
    "to be a third review round that we never asked for (as far as I can tell it was your own "
    "proofreader's correction pass).\n\nWe're happy to pay the quoted amount plus VAT as soon as "
    "a corrected invoice arrives. Given the above, I'd also ask you to take off the CHF 20 "
    "reminder fee.\n\nBest regards,\n\nFiona Gallagher\nFinance & Administration Officer\n"
    "Global Alpine Health Alliance\nChemin des Mines 9, 1202 Geneva",
    amount=500.0,
    notes="Contests an extra review round (3,680 invoiced vs 3,200 quoted = 480) and the CHF 20 "
    "reminder fee, hence 500; the corrected invoice it asks for is part of the dispute.",
    quote="gmail",
    format="alt",
    days_after=3,
    salutation="Ms Gallagher",
)

R(
    "lo",
    "LO-25-0342",
    4716.0,
    "reminder_2",
    "fr",
    "fr",
    "2026-02-01T21:14:00+01:00",
    "Sébastien Moulin",
    "contact@comptoir-des-pentes.fr",
    "contestation",
    True,
    4,
    "Bonsoir,\n\nBravo, pour les relances vous êtes très réactifs. Dommage que ce ne soit pas le "
    "cas de votre SAV : sur les 12 suspensions posées le 2 décembre dans la salle, 3 ne "
    "s'allument toujours pas, et j'ai appelé 4 fois depuis. On m'a promis un technicien « la "
    "semaine prochaine » trois semaines de suite.\n\nDonc non, je ne réglerai pas cette facture "
    "tant que l'installation ne fonctionne pas entièrement. Quand tout marchera, je paierai, pas "
    "avant.\n\nSébastien Moulin\nLe Comptoir des Pentes\n"
    "12 montée de la Grande-Côte, 69001 Lyon",
    amount=4716.0,
    notes="Sarcastic opener and an explicit refusal to pay the whole invoice until 3 faulty "
    "pendants are fixed: whole amount disputed, urgency 4.",
    format="html",
    mailer=ORANGE,
    days_after=3,
    salutation="Monsieur Moulin",
)

R(
    "fs",
    "FS-26-0044",
    6648.15,
    "invoice",
    "de",
    "de",
    "2026-02-02T10:12:00+01:00",
    "Daniel Brülhart",
    "d.bruelhart@bruelhart-holzbau.ch",
    "contestation",
    True,
    3,
    "Guten Tag Frau Progin\n\nBesten Dank für die Rechnung zum Jahresabschluss 2024 und für die "
    "gute Zusammenarbeit bei der Steuererklärung.\n\nEine Frage habe ich allerdings noch: In "
    "Ihrer Offerte vom 4. März 2025 war für den Abschluss ein Pauschalhonorar von CHF 4'800.00 "
    "vereinbart. Verrechnet sind nun CHF 6'150.00 exkl. MWST, ohne dass uns vorher ein "
    "Mehraufwand angekündigt wurde. Können Sie mir die Differenz erklären bzw. die Rechnung auf "
    "den Pauschalbetrag anpassen?\n\nBis zur Klärung geben wir die Rechnung nicht zur Zahlung "
    "frei.\n\nFreundliche Grüsse\nDaniel Brülhart\nBrülhart Holzbau AG\n"
    "Mühlestrasse 9, 3185 Schmitten",
    amount=1350.0,
    notes="Thanks and a 'question' open the mail, but the fee above the agreed flat rate "
    "(6,150 vs 4,800 excl. VAT = 1,350) is contested and the invoice held.",
    quote="thunderbird",
    mailer=TB,
    days_after=5,
    salutation="Herr Brülhart",
)

# ----------------------------------------------------------------------------------------------
# invoice_error
# ----------------------------------------------------------------------------------------------

R(
    "wl",
    "WL-26-0019",
    3459.2,
    "invoice",
    "de",
    "en",
    "2026-02-02T06:02:00+01:00",
    "ProcureNet Supplier Portal",
    "no-reply@procurenet.seespital-gruppe.ch",
    "invoice_error",
    True,
    3,
    "Dear Supplier,\n\nYour invoice has been rejected by Seespital Gruppe AG Accounts Payable.\n\n"
    "Supplier: Webwerk Limmat GmbH (Vendor ID 700384)\nInvoice number: WL-26-0019\n"
    "Invoice date: 29.01.2026\nAmount: CHF 3,459.20\n"
    "Rejection reason: R-04 – Purchase order number missing or invalid\n"
    "Comment from AP: Please state PO no. 4500xxxxxx (see our order of 12.01.2026). Invoices "
    "without a valid PO cannot be processed.\n\n"
    "Please submit a corrected invoice via the supplier portal or to "
    "invoices@seespital-gruppe.ch. Do not reply to this message, this mailbox is not monitored."
    "\n\nProcureNet – Seespital Gruppe AG\nThis is an automatically generated message.",
    mentions=["WL-26-0019"],
    notes="Automatic notification of the customer's procurement portal, not an out-of-office: "
    "the invoice is rejected for a missing PO number, a formal error.",
    subject="[ProcureNet] Invoice WL-26-0019 rejected – action required",
    headers={"Auto-Submitted": "auto-generated", "X-ProcureNet-Event": "INVOICE_REJECTED"},
    format="alt",
    days_after=4,
    salutation="Damen und Herren",
)

R(
    "lx",
    "LX-25-1108",
    2270.1,
    "reminder_1",
    "fr",
    "fr",
    "2026-02-02T09:05:00+01:00",
    "Nadia Berset",
    "n.berset@fidu-broye.ch",
    "invoice_error",
    True,
    3,
    "Bonjour Monsieur Chappuis,\n\nNous tenons la comptabilité de la société Vins & Terroirs "
    "Vaudois Sàrl, qui nous a transmis votre rappel.\n\nVotre facture est établie au nom de "
    "« Cave Pidoux Vins Sàrl, Rue du Temple 4, 1510 Moudon », soit l'ancienne raison sociale et "
    "l'ancien siège de notre cliente. Depuis le 1er juillet 2025, la société s'appelle Vins & "
    "Terroirs Vaudois Sàrl et son siège est à la Route de Lausanne 112, 1530 Payerne "
    "(modification publiée dans la FOSC). Le numéro IDE reste le même.\n\n"
    "Sous cette forme, nous ne pouvons ni comptabiliser la facture ni récupérer la TVA. La "
    "prestation elle-même n'est pas contestée : merci de nous faire parvenir une facture "
    "corrigée, que nous réglerons dans le délai habituel.\n\nMeilleures salutations\n\n"
    "Nadia Berset\nFiduciaire de la Broye Sàrl\nGrand-Rue 22, 1530 Payerne\n026 660 14 82",
    notes="A fiduciary writes for its client: old company name and seat on the invoice, the "
    "service itself not contested; the payment 'within the usual term' has no date.",
    format="alt",
    mailer=OUTLOOK,
    days_after=6,
    salutation="Madame, Monsieur",
)

R(
    "tv",
    "TV-25-0418",
    2940.0,
    "reminder_1",
    "it",
    "it",
    "2026-02-02T08:20:00+01:00",
    "Giulia Ferrario",
    "amministrazione@ferrario-tendaggi-como.it",
    "invoice_error",
    True,
    3,
    "Buongiorno,\n\nla fattura TV-25-0418 è in pagamento, la saldiamo entro venerdì con bonifico "
    "in CHF.\n\nInvece la TV-25-0433 del 22 dicembre non possiamo registrarla così: riporta l'IVA "
    "svizzera all'8,1% (CHF 311.85), ma la merce è stata spedita a Como con bolla doganale di "
    "esportazione, come tutte le altre forniture. Ci potete mandare una nota di credito e la "
    "fattura corretta senza IVA?\n\nGrazie e buona giornata\nGiulia Ferrario\n"
    "Ufficio amministrazione\nFerrario Tendaggi S.r.l.\nVia Borgovico 88, 22100 Como (CO)",
    amount=311.85,
    pdate="2026-02-06",
    mentions=["TV-25-0418", "TV-25-0433"],
    notes="Two invoices: the thread's one will be paid by Friday (6 Feb), the other (TV-25-0433) "
    "wrongly carries Swiss VAT on an export, which pauses dunning on that one.",
    quote="gmail",
    days_after=5,
    salutation="Signora Ferrario",
)

R(
    "bq",
    "BQ-25-2304",
    843.18,
    "reminder_1",
    "de",
    "de",
    "2026-02-02T10:40:00+01:00",
    "Sabrina Kälin",
    "kreditoren@immo-rigi-verwaltung.ch",
    "invoice_error",
    True,
    3,
    "Guten Tag Frau Imhof\n\nSiehe unten die Rückmeldung unseres Bewirtschafters. Die Rechnung "
    "BQ-25-2304 betrifft denselben Servicevertrag (Heizung Liegenschaft Seeburgstrasse 20, "
    "Periode 2026) wie die BQ-25-2176, die wir am 12. Januar bezahlt haben. Es handelt sich also "
    "um eine Doppelverrechnung. Bitte stornieren Sie die 2304 und bestätigen Sie uns das kurz."
    "\n\nFreundliche Grüsse\nSabrina Kälin\nKreditorenbuchhaltung\n"
    "Immobilien Rigi Verwaltung AG\nHaldenstrasse 33, 6006 Luzern\n\n"
    "-----Ursprüngliche Nachricht-----\n"
    "Von: Marco Steiner <m.steiner@immo-rigi-verwaltung.ch>\n"
    "Gesendet: Freitag, 30. Januar 2026 16:22\n"
    "An: Kreditoren <kreditoren@immo-rigi-verwaltung.ch>\n"
    "Betreff: WG: Zahlungserinnerung Rechnung BQ-25-2304\n\n"
    "Sabrina, das ist doch der gleiche Wartungsvertrag wie die Rechnung vom November, oder? Wir "
    "haben für die Seeburgstrasse nur einen Vertrag. Bitte nicht zahlen und bei Bergquell "
    "reklamieren.\nGruss Marco",
    amount=843.18,
    mentions=["BQ-25-2304", "BQ-25-2176"],
    notes="Duplicate billing of a service contract, with the property manager's internal note "
    "forwarded: a duplicate (invoice_error, full amount), not already_paid, though the other "
    "invoice is paid.",
    quote="forward",
    internal=True,
    re="WG:",
    mailer=OUTLOOK,
    days_after=4,
    salutation="Frau Kälin",
)

# ----------------------------------------------------------------------------------------------
# already_paid
# ----------------------------------------------------------------------------------------------

R(
    "mr",
    "MR-25-0231",
    1344.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-01-31T11:26:00+01:00",
    "Jean-Marc Favre",
    "jm.favre@laposte-mail.example",
    "already_paid",
    True,
    3,
    "Bonjour,\nj'ai fait le virement le 23 janvier depuis mon compte au Crédit Agricole, 1344 €, "
    "vous avez du le recevoir depuis. Je vous joins la capture.\nCordialement\nJM Favre\n\n"
    "Envoyé depuis mon smartphone Samsung Galaxy.",
    notes="Short reply from a private customer's phone with a bank screenshot: paid on "
    "23 January, a past date, not a promise.",
    attachments=[("png", "Screenshot_20260131-112142_Ma_Banque.png")],
    days_after=2,
    salutation="Monsieur Favre",
)

R(
    "wl",
    "WL-25-0874",
    4432.1,
    "reminder_2",
    "de",
    "de",
    "2026-02-02T08:05:00+01:00",
    "Claudia Furrer",
    "buchhaltung@furrer-optik-baden.ch",
    "already_paid",
    True,
    3,
    "Grüezi Herr Frei\n\nIch betreue die Buchhaltung der Furrer Optik AG. Gemäss unseren "
    "Unterlagen wurde Ihre Rechnung über CHF 4'432.10 mit dem Zahlungslauf vom 19.12.2025 "
    "überwiesen – leider mit der Referenz der Rechnung WL-25-0902, die ebenfalls offen war. Offen "
    "ist also die WL-25-0902 über CHF 1'621.50, nicht diese hier. Könnten Sie die Zahlung bitte "
    "entsprechend umbuchen? Die 0902 zahlen wir mit dem nächsten Lauf.\n\n"
    "Freundliche Grüsse\nClaudia Furrer\nBuchhaltung\nFurrer Optik AG, Baden",
    mentions=["WL-25-0902"],
    notes="Paid in December with the reference of another invoice: already_paid for this one; the "
    "other (WL-25-0902) is acknowledged as open, to be paid in the next run without a date.",
    quote="thunderbird",
    mailer=OX,
    days_after=3,
    salutation="Frau Furrer",
)

R(
    "tv",
    "TV-25-0391",
    1178.3,
    "reminder_2",
    "it",
    "it",
    "2026-02-02T09:48:00+01:00",
    "Marco Rusconi",
    "direzione@albergo-riva-ascona.ch",
    "already_paid",
    True,
    3,
    "Buongiorno,\n\nil pagamento di CHF 1'178.30 è stato effettuato il 15 gennaio tramite "
    "e-banking (PostFinance), con il riferimento QR della fattura. Le allego la conferma. "
    "Probabilmente si è incrociato con il vostro sollecito; vi prego quindi di annullare le "
    "spese di sollecito.\n\nCordiali saluti\nMarco Rusconi\nAlbergo Riva, Ascona",
    notes="Paid on 15 January with proof attached; the request to cancel the reminder fee follows "
    "from the payment and does not make it a contestation.",
    re="R:",
    format="alt",
    mailer=OUTLOOK,
    attachments=[("pdf", "Conferma_pagamento_PostFinance_15012026.pdf")],
    days_after=3,
    salutation="Signor Rusconi",
)

R(
    "lo",
    "LO-25-0361",
    2874.0,
    "reminder_1",
    "en",
    "en",
    "2026-02-02T09:15:00+01:00",
    "Joost van Dijk",
    "joost@studiolijn-design.nl",
    "already_paid",
    True,
    3,
    "Hi Camille,\n\nOur finance person tells me this was settled on 14 January, together with "
    'LO-25-0377, in one transfer of EUR 5,214.00 (ref. "LO-25-0361 / 0377"). Could you check on '
    "your side? Happy to send the bank statement if needed.\n\nCheers,\nJoost\n\n--\n"
    "Joost van Dijk | Studio Lijn\nKeizersgracht 512, 1017 EK Amsterdam",
    mentions=["LO-25-0377", "LO-25-0361"],
    notes="Paid together with another invoice in one transfer, reported second-hand "
    "('our finance person tells me'); no proof attached.",
    quote="gmail",
    format="alt",
    days_after=5,
    salutation="Joost",
)

# ----------------------------------------------------------------------------------------------
# delay_request
# ----------------------------------------------------------------------------------------------

R(
    "fs",
    "FS-25-1163",
    1486.4,
    "reminder_3",
    "fr",
    "fr",
    "2026-02-01T19:37:00+01:00",
    "Patrick Dévaud",
    "p.devaud@cafe-tilleul-bulle.ch",
    "delay_request",
    True,
    2,
    "Madame Progin,\n\nJe reçois votre dernier rappel et je comprends bien votre position. Je ne "
    "conteste pas du tout votre facture, le travail a été fait. Mais depuis l'automne le café "
    "tourne mal (travaux devant chez nous pendant 4 mois) et je n'arrive pas à payer le tout "
    "d'un coup.\n\nJe vous propose de payer en trois fois :\n- 500.- le 27 février\n"
    "- 500.- le 27 mars\n- le solde de 486.40 fin avril\n\n"
    "Si vous êtes d'accord, je vous serais reconnaissant de ne pas lancer la poursuite, ça me "
    "ferait beaucoup de tort auprès de la banque.\n\nAvec mes salutations\nPatrick Dévaud\n"
    "Café du Tilleul\nGrand-Rue 17, 1630 Bulle",
    pdate="2026-02-27",
    notes="Dated three-instalment plan after the final reminder ('je ne conteste pas'): pauses, "
    "first instalment 27 February; 'poursuite' is the customer's plea, not a threat.",
    charset="iso-8859-1",
    days_after=3,
    salutation="Monsieur Dévaud",
)

R(
    "bq",
    "BQ-25-2251",
    6215.75,
    "reminder_2",
    "de",
    "de",
    "2026-02-02T07:31:00+01:00",
    "Beat Zimmermann",
    "b.zimmermann@zimmermann-bau-kriens.ch",
    "delay_request",
    False,
    2,
    "Guten Morgen Frau Imhof\n\nIhre Mahnung habe ich erhalten. An der Rechnung gibt es nichts "
    "auszusetzen, Ihre Leute haben gut gearbeitet. Das Problem ist, dass unser Bauherr beim "
    "Projekt Schachenweg selber noch mit einer grösseren Zahlung im Rückstand ist. Sobald dieses "
    "Geld da ist, überweise ich Ihnen den Betrag umgehend, ich rechne damit in den nächsten "
    "Wochen.\n\nIch bitte Sie um etwas Geduld und darum, vorerst auf weitere Mahnungen zu "
    "verzichten.\n\nFreundliche Grüsse\nBeat Zimmermann\nZimmermann Bau GmbH, Kriens",
    notes="Asks for patience and no further reminders but gives no date ('in den nächsten "
    "Wochen'): an undated delay request does not pause.",
    quote="outlook",
    re="AW:",
    format="alt",
    mailer=OUTLOOK,
    days_after=3,
    salutation="Herr Zimmermann",
)

R(
    "lx",
    "LX-25-1139",
    1567.45,
    "reminder_1",
    "fr",
    "fr",
    "2026-02-02T08:58:00+01:00",
    "Laetitia Gavillet",
    "l.gavillet@rochat-conseils.ch",
    "delay_request",
    True,
    2,
    "Bonjour Monsieur Chappuis,\n\nJe me permets de vous répondre au nom de M. Rochat, qui est en "
    "déplacement à Singapour jusqu'au 20 février et qui signe lui-même tous les paiements de "
    "l'étude.\n\nIl a bien pris connaissance de votre rappel et vous demande s'il serait possible "
    "de régler cette facture d'ici à la fin du mois de février, dès son retour. Il vous remercie "
    "d'avance de votre compréhension.\n\nAvec mes meilleures salutations\n\nLaetitia Gavillet\n"
    "Assistante de direction\nRochat Conseils SA\nRue du Grand-Chêne 5, 1003 Lausanne",
    pdate="2026-02-28",
    notes="An assistant writes for her travelling boss and asks for time until the end of "
    "February (28 Feb); 20 February is his return date, not the payment date.",
    quote="outlook",
    re="RE :",
    format="alt",
    mailer=OUTLOOK,
    days_after=4,
    salutation="Monsieur Rochat",
)

# ----------------------------------------------------------------------------------------------
# payment_promise
# ----------------------------------------------------------------------------------------------

R(
    "mr",
    "MR-25-0244",
    2112.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-02-02T09:22:00+01:00",
    "Mélanie Jacquier",
    "compta.fournisseurs@alpes-habitat-gestion.fr",
    "payment_promise",
    False,
    1,
    "Bonjour,\n\nVotre facture a été validée par le gestionnaire de la résidence et sera réglée "
    "par virement lors de notre campagne de paiement du 10 février.\n\nCordialement,\n\n"
    "Mélanie Jacquier\nService comptabilité fournisseurs\n"
    "Alpes Habitat Gestion – 3 avenue de Genève, 74000 Annecy\n\n"
    "Ce courriel et ses éventuelles pièces jointes sont confidentiels. Toute diffusion non "
    "autorisée est interdite et peut engager la responsabilité de son auteur.",
    pdate="2026-02-10",
    notes="An accounts-payable department announces its payment run of 10 February; the legal "
    "wording is the signature disclaimer.",
    re="RE :",
    days_after=6,
    salutation="Madame, Monsieur",
)

R(
    "bq",
    "BQ-26-0027",
    2918.7,
    "invoice",
    "de",
    "de",
    "2026-02-02T05:30:00+01:00",
    "Rechnungsportal LPZ",
    "noreply@rechnungsportal.lpz-luzern.ch",
    "payment_promise",
    False,
    1,
    "Guten Tag\n\nDiese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht darauf."
    "\n\nIhre Rechnung wurde geprüft und zur Zahlung freigegeben.\n\n"
    "Kreditor: Bergquell Haustechnik AG\nRechnungsnummer: BQ-26-0027\nBetrag: CHF 2'918.70\n"
    "Bestellnummer: LPZ-B-26-0112\nStatus: Freigegeben\nGeplantes Zahlungsdatum: 27.02.2026\n\n"
    "Bei Fragen wenden Sie sich an kreditoren@lpz-luzern.ch.\n\n"
    "Luzerner Pflegezentren AG – Finanzen & Controlling",
    pdate="2026-02-27",
    mentions=["BQ-26-0027"],
    notes="Automatic portal notification, but it states approval and a planned payment date: a "
    "payment promise rather than an auto-reply.",
    subject="Rechnung BQ-26-0027: Zahlungsfreigabe erteilt",
    headers={"Auto-Submitted": "auto-generated"},
    format="alt",
    days_after=4,
    salutation="Damen und Herren",
)

R(
    "wl",
    "WL-25-0915",
    540.5,
    "reminder_1",
    "en",
    "en",
    "2026-02-01T22:41:00+01:00",
    "Tom Hargreaves",
    "tom@hargreaves-photo.ch",
    "payment_promise",
    False,
    1,
    "Hi Lukas, sorry – completely slipped my mind over the holidays. Will transfer first thing "
    "Monday.\nTom\n\nSent from my iPhone",
    pdate="2026-02-02",
    notes="One line from a phone on a Sunday night: 'first thing Monday' is the next day, "
    "2 February.",
    quote="apple",
    mailer=IPHONE,
    days_after=2,
    salutation="Mr Hargreaves",
)

# ----------------------------------------------------------------------------------------------
# copy_request
# ----------------------------------------------------------------------------------------------

R(
    "fs",
    "FS-25-1190",
    864.8,
    "reminder_1",
    "de",
    "de",
    "2026-02-02T08:12:00+01:00",
    "Ursula Aebischer",
    "u.aebischer@aebischer-gartenbau.ch",
    "copy_request",
    False,
    2,
    "Grüezi Frau Progin\n\nDiese Rechnung haben wir nie erhalten, weder per Post noch per Mail – "
    "ich habe auch im Spam nachgeschaut. Könnten Sie sie uns bitte nochmals als PDF mit "
    "QR-Zahlteil schicken, am besten direkt an buchhaltung@aebischer-gartenbau.ch? Dann wird sie "
    "mit dem nächsten Zahlungslauf beglichen.\n\nFreundliche Grüsse\nUrsula Aebischer\n"
    "Aebischer Gartenbau GmbH\nBahnhofstrasse 14, 3186 Düdingen",
    notes="'Never received' is not a dispute: asks for the PDF with QR part; 'next payment run' "
    "has no date.",
    quote="outlook",
    re="AW:",
    charset="windows-1252",
    mailer=OUTLOOK,
    days_after=3,
    salutation="Frau Aebischer",
)

R(
    "lo",
    "LO-26-0012",
    1890.0,
    "invoice",
    "fr",
    "fr",
    "2026-01-30T16:52:00+01:00",
    "Claire Beaumont",
    "c.beaumont@garnier-architectes-lyon.fr",
    "copy_request",
    False,
    2,
    "Bonjour Madame Berthier,\n\nM. Garnier m'a transmis votre facture, que je fais suivre à "
    "notre comptabilité.\n\nPour les prochaines fois, pourriez-vous adresser directement vos "
    "factures à compta@garnier-architectes-lyon.fr plutôt qu'à M. Garnier ? Cela nous évitera des "
    "retards de traitement. Si possible, merci aussi d'indiquer sur les prochaines factures la "
    "référence du chantier (ici « Bellecour 14 »).\n\nBien cordialement,\n\nClaire Beaumont\n"
    "Assistante de direction\nGarnier & Associés Architectes\n27 rue Sala, 69002 Lyon",
    notes="An assistant asks for future invoices to go to the accounts mailbox, with a site "
    "reference next time; this invoice is passed on, nothing to reissue.",
    quote="outlook",
    re="RE :",
    format="alt",
    mailer=OUTLOOK,
    days_after=1,
    salutation="Monsieur Garnier",
)

R(
    "lx",
    "LX-25-1097",
    756.7,
    "reminder_2",
    "en",
    "en",
    "2026-02-02T07:49:00+01:00",
    "Priya Raman",
    "priya.raman@bluemail.example",
    "copy_request",
    False,
    2,
    "Dear Mr Chappuis,\n\nApologies for the delay – I did try to pay in December, but my banking "
    "app (I'm with a UK bank) won't read the Swiss QR code and then I forgot about it. Could you "
    "please send me your IBAN, BIC and the bank's address so I can make an international "
    "transfer? I'll pay as soon as I have them, including the reminder fee of course.\n\n"
    "Many thanks,\nPriya Raman",
    notes="Wants to pay but needs the bank details for a foreign transfer: a copy request; 'as "
    "soon as I have them' is no date.",
    quote="gmail",
    days_after=3,
    salutation="Ms Raman",
)

# ----------------------------------------------------------------------------------------------
# acknowledgement
# ----------------------------------------------------------------------------------------------

R(
    "fs",
    "FS-26-0051",
    2432.25,
    "invoice",
    "fr",
    "fr",
    "2026-02-02T08:34:00+01:00",
    "Sophie Overney",
    "comptabilite@kolly-transports.ch",
    "acknowledgement",
    False,
    1,
    "Bonjour Madame Progin,\n\nBien reçu, merci. Je transmets à M. Kolly pour validation, il "
    "signe les paiements le jeudi.\n\nBonne journée\nSophie Overney\n"
    "Comptabilité – Kolly Transports SA, Marly",
    notes="The customer's bookkeeper passes the invoice on for approval; 'signs payments on "
    "Thursdays' is a routine, not a promised date.",
    mailer=TB,
    days_after=3,
    salutation="Monsieur Kolly",
)

R(
    "tv",
    "TV-25-0427",
    2605.21,
    "reminder_1",
    "it",
    "it",
    "2026-01-31T09:03:00+01:00",
    "Elena Cattaneo",
    "e.cattaneo@cattaneo-interni.ch",
    "acknowledgement",
    False,
    1,
    "Buongiorno, grazie del promemoria, l'ho girato alla nostra amministrazione che se ne "
    "occupa.\nBuon fine settimana\nElena Cattaneo\n\nInviato da iPhone",
    notes="Thanks and 'passed to our administration' from a phone on a Saturday: nothing promised.",
    mailer=IPHONE,
    days_after=1,
    salutation="Signora Cattaneo",
)

# ----------------------------------------------------------------------------------------------
# auto_reply
# ----------------------------------------------------------------------------------------------

R(
    "fs",
    "FS-25-1171",
    1297.2,
    "reminder_1",
    "fr",
    "mixed",
    "2026-02-02T06:00:00+01:00",
    "Anne-Lise Vonlanthen",
    "al.vonlanthen@vonlanthen-architectes.ch",
    "auto_reply",
    False,
    1,
    "Merci pour votre message. Je suis absente jusqu'au lundi 16 février 2026 (vacances) et n'ai "
    "qu'un accès limité à ma messagerie. Pour toute question urgente, veuillez contacter notre "
    "secrétariat au 026 496 31 70 ou info@vonlanthen-architectes.ch.\n\n"
    "Besten Dank für Ihre Nachricht. Ich bin bis Montag, 16. Februar 2026 abwesend (Ferien) und "
    "habe nur beschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte "
    "an unser Sekretariat unter 026 496 31 70 oder info@vonlanthen-architectes.ch.\n\n"
    "Anne-Lise Vonlanthen\nVonlanthen Architectes Sàrl | Route de Fribourg 41 | 1712 Tafers",
    notes="Bilingual out-of-office (fr/de); the return date is an absence date, not a payment "
    "date.",
    subject="Réponse automatique / Automatische Antwort: Rappel : facture FS-25-1171 échue",
    headers=AUTO,
    days_after=0,
    salutation="Madame Vonlanthen",
)

R(
    "lo",
    "LO-25-0339",
    7308.0,
    "reminder_2",
    "fr",
    "fr",
    "2026-02-02T07:12:00+01:00",
    "CSP Comptabilité Fournisseurs",
    "no-reply@csp.hotels-rive-droite.fr",
    "auto_reply",
    False,
    1,
    "Bonjour,\n\nNous accusons réception de votre message, enregistré sous la référence "
    "#204518. Notre équipe le traitera dans un délai de 5 jours ouvrés.\n\n"
    "Pour toute question sur un paiement, merci de rappeler cette référence ainsi que le numéro "
    "de facture et votre code fournisseur. Les relances et demandes de paiement sont traitées "
    "par ordre d'arrivée.\n\nCeci est un message automatique, merci de ne pas y répondre.\n\n"
    "Centre de Services Partagés – Comptabilité Fournisseurs\nGroupe Hôtelier Rive Droite",
    notes="Ticket system's automatic confirmation of the reminder at a shared-services AP centre.",
    subject="[CSP-Fournisseurs #204518] RE : 2e rappel : facture LO-25-0339 impayée",
    headers={"Auto-Submitted": "auto-replied", "X-Ticket-ID": "204518"},
    format="alt",
    days_after=0,
    salutation="Madame, Monsieur",
)

# ----------------------------------------------------------------------------------------------
# other
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BQ-25-2169",
    3780.05,
    "reminder_3",
    "de",
    "de",
    "2026-01-31T10:17:00+01:00",
    "Thomas Bucher",
    "t.bucher@bucher-it-zug.ch",
    "other",
    False,
    2,
    "Guten Tag\n\nDas ist schon die dritte Mail von Ihnen zu dieser Rechnung, jetzt sogar mit "
    "Betreibung. Sie haben die falsche Adresse: Die Rechnung lautet auf die Bucher Sanitär AG in "
    "Horw, mit der ich nichts zu tun habe. Ich bin Informatikberater in Zug und habe keine "
    "Geschäftsbeziehung mit Ihnen – vermutlich ein Tippfehler bei der E-Mail-Adresse.\n\n"
    "Bitte korrigieren Sie Ihre Daten und schicken Sie mir keine Mahnungen mehr.\n\n"
    "Freundliche Grüsse\nThomas Bucher",
    notes="Wrong recipient alarmed by the Betreibung threat; the invoice is addressed to another "
    "firm, so it is not a 'never ordered' dispute.",
    quote="apple",
    mailer=APPLE,
    days_after=1,
    salutation="Herr Bucher",
)

R(
    "mr",
    "MR-26-0009",
    3540.0,
    "invoice",
    "fr",
    "fr",
    "2026-02-01T18:20:00+01:00",
    "Isabelle Marullaz",
    "isabelle.marullaz@webmel.example",
    "other",
    False,
    2,
    "Bonsoir Madame Roche,\n\nMerci pour la facture, bien reçue.\n\nAu passage : maintenant que "
    "le dressing est terminé (et très réussi !), on aimerait faire refaire le portillon du "
    "jardin, qui est en bois lui aussi. Est-ce que votre mari ou votre fils pourrait passer "
    "jeter un œil pour nous faire un devis ? On est là tous les mercredis après-midi.\n\n"
    "Bonne soirée,\nIsabelle et Pierre Marullaz\nSevrier",
    notes="Acknowledges the invoice, but the real content is a request for a new quote: other, "
    "needing an answer.",
    quote="gmail",
    days_after=2,
    salutation="Madame Marullaz",
)
