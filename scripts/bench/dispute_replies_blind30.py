# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# ruff: noqa: RUF001  (the customers write en dashes and multiplication signs)
"""Thirtieth blind set of customers' replies (tests/data/disputes_blind30), with their labels (CC0 text).

Written by a thirty-second writer who read only the label definitions and the entry format, not
the other sets' replies, not the reader's rules and not its answers: it measures the reader once.
Everything is synthetic (people, firms, addresses, references). Never tune rules on these replies.

Profile: hospitality and retail customers - hotels, restaurants, cafés, shops, event organisers:
seasonal cash problems, the owner writing from the phone between two services, staff answering
for an absent manager, a chef or a receptionist; French, Italian and German, some English from
hotel chains.

Invoice numbers invented per company: tv ``TV-25-NNNN``, lx ``LX-25-NNNN``, mr ``MR25-NNNN``,
lo ``LO-F25-NNN``, wl ``WL-2025-NNNN``, bq ``BQ-25-NNNN`` (2026 invoices with 26).

Uses the invoicing companies of ``make_dispute_replies.py`` (tv, lx, mr, lo, wl, bq); same
entry format as ``dispute_replies_blind4.py`` (the ``R`` helper of ``dispute_replies_more.py``,
entries kept in this file's own ``REPLIES``); labels as defined in
/work/shared/samples/disputes/README.md.
Build with ``.venv/bin/python scripts/bench/make_dispute_replies.py --source blind30``.
"""

import dispute_replies_more as _more
from dispute_replies_more import APPLE, IPHONE, ORANGE, OUTLOOK, TB

REPLIES = []

R = _more.writer(REPLIES)

AUTO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}
ANDROID = "Gmail for Android"

# ----------------------------------------------------------------------------------------------
# contestation
# ----------------------------------------------------------------------------------------------

R(
    "lo",
    "LO-F25-318",
    4860.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-10-14T15:07:00+02:00",
    "Karim Belkacem",
    "karim@bistrot-des-canuts.fr",
    "contestation",
    True,
    4,
    "Bonjour,\nje l'ai deja dit a votre technicien au tel : 2 suspensions sur les 6 grésillent "
    "depuis la pose et la salle est a moitié dans le noir le soir. Je paie pas tant que "
    "personne n'est revenu les changer.\nKarim\n\nEnvoyé de mon iPhone",
    amount=4860.0,
    notes="one-line refusal from the phone between services; he withholds the whole invoice "
    "although only 2 of 6 fittings are faulty, so the whole amount is disputed",
    mailer=IPHONE,
    quote="apple",
)

R(
    "tv",
    "TV-25-0587",
    7344.0,
    "reminder_2",
    "it",
    "it",
    "2025-11-13T10:22:00+01:00",
    "Manuela Guidotti",
    "governante@hotel-riva-ascona.ch",
    "contestation",
    True,
    3,
    "Buongiorno signora Bernasconi,\n\nrispondo io al posto del direttore, sig. Pedrazzini, che "
    "è in ferie fino a fine mese.\n\nLe 40 lenzuola matrimoniali 240×300 della fornitura di "
    "settembre ci sono arrivate nella misura 160×280 e le abbiamo restituite il 3 ottobre al "
    "vostro autista (bolla di reso firmata, ve la posso mandare). Quindi 40 × CHF 38.50 = "
    "CHF 1'540.00 non ve li dobbiamo, e nemmeno i CHF 20.00 di spese di sollecito.\n\n"
    "La differenza la facciamo partire entro venerdì, ho già parlato con la contabilità.\n\n"
    "Cordiali saluti\nManuela Guidotti\nGovernante generale\nHotel Riva Ascona\n"
    "Tel. 091 791 44 20",
    amount=1560.0,
    pdate="2025-11-14",
    notes="the head housekeeper answers for the absent director; goods returned plus the reminder "
    "fee contested (1540 + 20), the rest promised for Friday",
    mailer=OUTLOOK,
    quote="outlook",
    format="alt",
)

R(
    "mr",
    "MR25-0231",
    16320.0,
    "invoice",
    "fr",
    "fr",
    "2025-09-23T18:41:00+02:00",
    "Hélène Vuarnet",
    "direction@hotel-les-marmottes.fr",
    "contestation",
    True,
    3,
    "Madame,\n\nNous accusons réception de votre facture relative à la fabrication et à la pose "
    "du comptoir de bar en chêne massif de notre établissement, et nous tenons tout d'abord à "
    "saluer la qualité du travail de vos équipes, qui ont su tenir les délais malgré "
    "l'ouverture de la saison.\n\nToutefois, la facture comporte une ligne « plus-value "
    "finition vernis mat bi-composant » de 1 200,00 € HT, soit 1 440,00 € TTC, qui ne "
    "figurait pas dans votre devis n° D-0412 du 2 juin, signé pour un montant de 12 400,00 € "
    "HT. Cette option n'a jamais été discutée avec nous ; M. Roche père avait d'ailleurs "
    "indiqué lors du métré que la finition était comprise.\n\nNous vous remercions de bien "
    "vouloir nous adresser une facture rectifiée, ou un avoir du montant correspondant. Le "
    "solde conforme au devis sera réglé à réception de celle-ci.\n\nDans l'attente, nous vous "
    "prions d'agréer, Madame, nos salutations distinguées.\n\nHélène Vuarnet\nDirectrice\n"
    "Hôtel Les Marmottes ***\n12 chemin du Bouchet – 74450 Le Grand-Bornand",
    amount=1440.0,
    notes="long, courteous letter that praises the work before contesting an extra line not in "
    "the quote; payment of the rest tied to the corrected invoice, no date",
    mailer=OUTLOOK,
    format="alt",
)

R(
    "wl",
    "WL-2025-0764",
    6210.5,
    "reminder_1",
    "de",
    "de",
    "2025-12-02T23:48:00+01:00",
    "Reto Caflisch",
    "reto@ristorante-la-bussola.ch",
    "contestation",
    True,
    4,
    "Hoi Lukas\n\nsorry für die späte antwort, komme grad aus der küche. Die "
    "Reservationsfunktion auf der neuen Seite läuft seit dem Launch nicht richtig, die Gäste "
    "kriegen eine Bestätigung aber bei uns kommt nix an. Letzten Samstag standen zwei "
    "Gruppen vor der Tür und wir waren voll.\n\nSolange das nicht läuft zahlen wir die "
    "Position Online-Reservation (CHF 1'850.–) nicht. Der Rest ist ok.\n\nGruess Reto",
    amount=1850.0,
    notes="owner writing late at night, informal; refuses one line until the booking widget "
    "works, accepts the rest without a payment date",
    mailer=ANDROID,
    quote="gmail",
)

R(
    "bq",
    "BQ-25-1147",
    2893.4,
    "reminder_3",
    "de",
    "de",
    "2026-01-27T14:15:00+01:00",
    "Andrea Zurbriggen",
    "a.zurbriggen@hotel-matterblick.ch",
    "contestation",
    True,
    5,
    "Sehr geehrte Frau Imhof\n\nIch habe Ihnen bereits am 8. Dezember telefonisch und am "
    "15. Dezember schriftlich mitgeteilt, dass wir den Arbeitsrapport vom 21. November nicht "
    "akzeptieren. Ihr Monteur hat 9 Stunden aufgeschrieben. Unser Küchenchef war den ganzen "
    "Tag in der Küche: der Monteur kam um 10 Uhr und ging um 14 Uhr, inkl. Mittagessen bei "
    "uns. Das sind 4 Stunden, nicht 9. Die 5 Stunden zu CHF 125.– zahlen wir nicht.\n\n"
    "Statt einer Antwort erhalten wir jetzt eine letzte Mahnung mit Betreibungsandrohung. "
    "Wenn Sie tatsächlich betreiben, werde ich Rechtsvorschlag erheben und die Sache unserem "
    "Anwalt übergeben. Ausserdem überlegen wir uns ernsthaft, den Wartungsvertrag für 2026 "
    "zu kündigen.\n\nA. Zurbriggen\nDirektor\nHotel Matterblick, Zermatt",
    amount=625.0,
    mentions=(),
    notes="hours contested with the chef as witness (5 h × CHF 125 = 625 excl. VAT); lawyer and "
    "cancellation of the maintenance contract threatened in reply to the final notice",
    mailer=OUTLOOK,
    quote="outlook",
    outlook_line=False,
)

R(
    "lx",
    "LX-25-0933",
    612.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-09T11:03:00+01:00",
    "Sophie Morier",
    "sophie.morier@auberge-du-lys.ch",
    "contestation",
    True,
    3,
    "Bonjour Monsieur Chappuis,\n\nMerci pour votre message et encore bravo pour la carte des "
    "vins, elle est parfaite : la LX-25-0933 part aujourd'hui même.\n\nJe profite de vous "
    "écrire pour la facture LX-25-0871 d'août (traduction de la carte du restaurant en "
    "allemand et en anglais). Nous avons découvert après impression que les « filets de "
    "perche » étaient devenus des « perch nets » et que le « gratin » du dessert était "
    "traduit par « Auflauf mit Käse ». Nous avons dû réimprimer 300 cartes à nos frais, "
    "CHF 480.–. Je vous propose de déduire ce montant de la 0871, qui est encore ouverte.\n\n"
    "Belle journée\nSophie Morier\nAuberge du Lys – Bulle",
    amount=480.0,
    pdate="2025-12-09",
    mentions=("LX-25-0933", "LX-25-0871"),
    notes="the thread invoice is paid today; the dispute (reprint cost offset) concerns the "
    "earlier invoice LX-25-0871, which is the one to pause",
    mailer=APPLE,
    quote="apple",
)

R(
    "tv",
    "TV-25-0644",
    4832.07,
    "invoice",
    "en",
    "en",
    "2025-10-21T09:12:00+02:00",
    "James Whitford",
    "j.whitford@alpine-collection-hotels.example",
    "contestation",
    True,
    3,
    "Dear Ms Bernasconi,\n\nThank you for your invoice for the delivery of 300 bath towels "
    "(700 g/m², white) to our property in Lugano.\n\nThe invoice applies a unit price of "
    "CHF 14.90. Under our framework supply agreement for 2025 (ref. ACH-PROC-2025-017, "
    "section 3.2), the agreed unit price for this article is CHF 12.40. Please issue a credit "
    "note for the difference of CHF 750.00, or a corrected invoice, so that we can release "
    "payment.\n\nBest regards,\n\nJames Whitford\nGroup Procurement Manager\nAlpine "
    "Collection Hotels AG\n\n--\nThis e-mail and any attachments are confidential and may be "
    "legally privileged. If you are not the intended recipient, please notify the sender and "
    "delete it. Any unauthorised use may give rise to legal action.",
    amount=750.0,
    notes="hotel chain procurement; price other than the framework agreement (300 × 2.50); legal "
    "words only in the confidentiality disclaimer",
    mailer=OUTLOOK,
    format="alt",
    quote="outlook",
)

# ----------------------------------------------------------------------------------------------
# invoice_error
# ----------------------------------------------------------------------------------------------

R(
    "tv",
    "TV-25-0552",
    2185.6,
    "invoice",
    "it",
    "it",
    "2025-09-30T16:40:00+02:00",
    "Fabio Rezzonico",
    "amministrazione@lagohospitality.ch",
    "invoice_error",
    True,
    3,
    'Buongiorno,\n\nla fattura è intestata a "Hotel Bellavista Lago, Brissago", che è il '
    "nome dell'albergo, ma la società che paga è Lago Hospitality SA, Via Cantonale 41, "
    "6612 Ascona, IDI CHE-318.442.905 IVA. Così il nostro fiduciario non la può registrare.\n\n"
    "Vi chiedo gentilmente di rifarla con l'intestazione corretta, l'importo va bene.\n\n"
    "Grazie e saluti\nFabio Rezzonico\nLago Hospitality SA – amministrazione",
    notes="hotel name instead of the operating company and its VAT number: reissue, amount "
    "accepted",
    mailer=TB,
    quote="thunderbird",
)

R(
    "lo",
    "LO-F25-402",
    3276.0,
    "reminder_1",
    "en",
    "en",
    "2026-01-12T08:55:00+01:00",
    "Priya Raman",
    "ap.lyon@meridian-stay.example",
    "invoice_error",
    True,
    4,
    "Hello,\n\nYour invoice was rejected by our accounts payable platform because it does not "
    "show our purchase order number. Every supplier invoice for Meridian Stay Lyon Part-Dieu "
    "must quote the PO, here PO 4500217736 (lobby lighting retrofit).\n\nOur next payment run "
    "is on 20 January. If we receive the corrected invoice by 16 January it will be included; "
    "otherwise it moves to the February run.\n\nMany thanks,\nPriya Raman\nAccounts Payable – "
    "Meridian Stay Hotels France",
    notes="missing PO number blocks a payment run with a deadline (urgency 4); 16 and 20 January "
    "are a reissue deadline and a run date, not a promise, so no promised date",
    mailer=OUTLOOK,
    format="alt",
)

R(
    "bq",
    "BQ-25-1203",
    684.5,
    "reminder_2",
    "de",
    "de",
    "2025-11-19T12:31:00+01:00",
    "Nadine Kälin",
    "rezeption@gasthof-schwanen-einsiedeln.ch",
    "invoice_error",
    True,
    3,
    "Grüezi Frau Imhof\n\nHerr Ochsner ist diese Woche an der Igeho, er hat mich gebeten, "
    "Ihnen zu antworten.\n\nDie Rechnung BQ-25-1203 ist die gleiche wie die BQ-25-1188: "
    "beide für den Service an der Kühlzelle vom 4. Oktober, gleiche Positionen, gleicher "
    "Betrag. Die 1188 ist bezahlt. Bitte stornieren Sie die 1203 und die Mahngebühr dazu.\n\n"
    "Freundliche Grüsse\nNadine Kälin\nRezeption\nGasthof Schwanen",
    amount=684.5,
    mentions=("BQ-25-1203", "BQ-25-1188"),
    notes="receptionist for the absent owner; duplicate invoice (not already paid: the paid one "
    "is the other number), full amount disputed",
    mailer=OUTLOOK,
    charset="iso-8859-1",
)

R(
    "mr",
    "MR26-0017",
    5412.0,
    "invoice",
    "fr",
    "fr",
    "2026-02-03T10:20:00+01:00",
    "Cabinet Berthollet Expertise",
    "l.berthollet@berthollet-expertise.fr",
    "invoice_error",
    True,
    3,
    "Bonjour,\n\nJe suis l'expert-comptable de la SAS Aravis Gourmand, qui exploite le "
    "restaurant « Le Comptoir des Aravis ». Votre facture est établie au nom de l'enseigne, "
    "sans raison sociale, sans SIREN et sans le numéro de TVA intracommunautaire de notre "
    "client (FR 27 852 314 906). En l'état, elle n'est pas déductible.\n\nMerci de la "
    "rééditer au nom de : SAS Aravis Gourmand, 218 route des Grands Bois, 74450 Saint-Jean-"
    "de-Sixt. Le montant n'appelle pas d'observation.\n\nCordialement,\nLaure Berthollet\n"
    "Cabinet Berthollet Expertise – expert-comptable",
    notes="the customer's accountant writes on its behalf; trade name instead of the company, "
    "VAT number missing",
    mailer=OUTLOOK,
    format="alt",
)

# ----------------------------------------------------------------------------------------------
# already_paid
# ----------------------------------------------------------------------------------------------

R(
    "wl",
    "WL-2025-0788",
    1290.0,
    "reminder_1",
    "de",
    "de",
    "2025-12-05T14:02:00+01:00",
    "Corinne Hauser",
    "corinne@kaffeebar-milchbueck.ch",
    "already_paid",
    True,
    3,
    "Haben wir am 28.11. überwiesen, Beleg im Anhang. Gruss C. Hauser\n\nVon meinem iPhone "
    "gesendet",
    notes="two lines from the phone with a payment slip attached",
    mailer=IPHONE,
    attachments=[("pdf", "Zahlungsbestaetigung_28112025.pdf")],
)

R(
    "tv",
    "TV-25-0701",
    3960.0,
    "reminder_2",
    "it",
    "it",
    "2025-12-16T17:36:00+01:00",
    "Giulia Ferrazzini",
    "info@albergo-castagneto.ch",
    "already_paid",
    True,
    3,
    "Gentile signora Bernasconi,\n\nsono sorpresa dal sollecito: abbiamo pagato il 14 novembre "
    "l'importo completo. Guardando meglio, temo che la nostra contabile abbia usato il "
    "vecchio IBAN che c'era sulle vostre fatture dell'anno scorso (CH47 0900 0000 6541 2287 "
    "3), perché l'aveva salvato nell'e-banking. Il bonifico non ci è tornato indietro.\n\n"
    "Potete verificare con la vostra banca se l'avete ricevuto su quel conto? Vi mando la "
    "conferma appena la ritrovo.\n\nCordiali saluti\nGiulia Ferrazzini\nAlbergo Castagneto, "
    "Cademario",
    notes="paid to the company's old account; the past payment date is not a promised date",
    mailer=APPLE,
    quote="apple",
)

R(
    "lx",
    "LX-25-0960",
    1385.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-11T09:47:00+01:00",
    "Yannick Perroud",
    "admin@festival-lac-en-scene.ch",
    "already_paid",
    True,
    3,
    "Bonjour,\n\nNous avons effectué le 3 décembre un seul virement de CHF 3'210.– pour vos "
    "deux factures LX-25-0952 (programme) et LX-25-0960 (sous-titrage), avec la mention "
    "« Festival Lac en Scène – traductions ». Il a peut-être été imputé entièrement sur la "
    "première ?\n\nMerci de vérifier et de corriger votre relance.\n\nYannick Perroud\n"
    "Administration – Festival Lac en Scène\nVevey",
    mentions=("LX-25-0952", "LX-25-0960"),
    notes="one grouped transfer for two invoices, probably allocated to the first",
    mailer=TB,
    quote="thunderbird",
)

R(
    "lo",
    "LO-F25-377",
    2148.0,
    "reminder_2",
    "en",
    "en",
    "2026-01-08T11:18:00+01:00",
    "Accounts Payable Team",
    "ap.france@harbour-line-hotels.example",
    "already_paid",
    True,
    3,
    "Dear Lumen & Ombre team,\n\nOur records show that this invoice was settled on 12 December "
    "2025 in payment run FR-2025-50 (EUR 2,148.00, bank reference HLH-PR-50-0193). Please "
    "find the remittance advice attached and update your ledger accordingly.\n\nKind "
    "regards,\nAccounts Payable Team\nHarbour Line Hotels – Shared Service Centre\n\nPlease "
    "do not change the subject line when replying.",
    notes="hotel chain shared service centre, impersonal signature, remittance advice attached",
    mailer=OUTLOOK,
    format="alt",
    attachments=[("pdf", "Remittance_Advice_FR-2025-50.pdf")],
)

# ----------------------------------------------------------------------------------------------
# delay_request
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BQ-25-1259",
    8940.0,
    "reminder_1",
    "de",
    "de",
    "2025-11-25T16:05:00+01:00",
    "Martin Oberholzer",
    "info@berghaus-sonnenalp.ch",
    "delay_request",
    True,
    2,
    "Guten Tag Frau Imhof\n\nDie Rechnung für die neue Warmwasseraufbereitung ist korrekt, die "
    "Arbeit war tiptop. Wir sind aber ein Saisonbetrieb und haben erst ab dem 19. Dezember "
    "wieder Gäste, im November ist die Kasse leer.\n\nWäre es möglich, den Betrag in drei Raten "
    "zu zahlen: am 20. Dezember, am 20. Januar und am 20. Februar, je CHF 2'980.–?\n\n"
    "Danke für Ihr Verständnis und freundliche Grüsse\nMartin Oberholzer\nBerghaus Sonnenalp, "
    "Braunwald",
    pdate="2025-12-20",
    notes="seasonal business asks for a dated instalment plan; the reopening date is not the "
    "promised date, the first instalment is",
    mailer=OUTLOOK,
    quote="outlook",
)

R(
    "lo",
    "LO-F25-289",
    1728.0,
    "reminder_2",
    "fr",
    "fr",
    "2025-10-28T21:14:00+01:00",
    "Léa Fabre",
    "lea.fabre@orange.example",
    "delay_request",
    False,
    2,
    "bonsoir madame,\nje ne conteste pas du tout votre facture, les luminaires de la terrasse "
    "sont superbes. mais la saison a été catastrophique avec la pluie de juillet et on a "
    "fermé la paillote il y a 15 jours. je vous demande juste un peu de patience, je vous "
    "paierai des que la trésorerie le permet, promis.\nlea\nLa Paillote de Léa – Sète",
    notes="beach restaurant closed for the season asks for patience without any date: no pause",
    mailer=ORANGE,
    quote="gmail",
    client_lang="fr",
)

R(
    "tv",
    "TV-25-0698",
    5216.0,
    "reminder_3",
    "it",
    "it",
    "2025-12-22T12:10:00+01:00",
    "Roberto Maggetti",
    "direzione@hotel-isole.ch",
    "delay_request",
    True,
    2,
    "Gentile signora Bernasconi,\n\nmi scuso per il ritardo, la fattura non è in discussione. "
    "Quest'anno il tour operator tedesco ci paga i soggiorni di ottobre solo a gennaio e "
    "siamo un po' in difficoltà.\n\nVi chiedo di non avviare l'esecuzione: salderemo tutto "
    "entro il 15 gennaio, spese comprese.\n\nLa ringrazio e le auguro buone feste\nRoberto "
    "Maggetti\nHotel Isole, Brissago",
    pdate="2026-01-15",
    notes="asks for time in reply to the final notice with a concrete new date, so it pauses",
    mailer=OUTLOOK,
    quote="outlook",
    format="alt",
)

# ----------------------------------------------------------------------------------------------
# payment_promise
# ----------------------------------------------------------------------------------------------

R(
    "wl",
    "WL-2025-0611",
    940.0,
    "reminder_1",
    "de",
    "de",
    "2025-09-18T15:31:00+02:00",
    "Simone Brägger",
    "simone@glacewerk.ch",
    "payment_promise",
    False,
    1,
    "Sorry, isch i dr Hochsaison undergange. Zahlen wir am Freitag.\nLG Simone",
    pdate="2025-09-19",
    notes="one line, half Swiss German, from the phone; Friday resolved against the date",
    mailer=IPHONE,
    quote="apple",
    client_lang="de",
)

R(
    "lx",
    "LX-26-0024",
    456.0,
    "reminder_2",
    "fr",
    "fr",
    "2026-01-22T07:58:00+01:00",
    "Daniel Rochat",
    "daniel@boulangerie-rochat.ch",
    "payment_promise",
    False,
    1,
    "Bonjour,\nC'est réglé, j'ai passé l'ordre ce matin dans l'e-banking avec exécution au "
    "30 janvier (c'est notre jour de paiement fournisseurs).\nBonne journée\nD. Rochat",
    pdate="2026-01-30",
    notes='"c\'est réglé" is an order with a future execution date: a promise, not a payment',
    mailer=APPLE,
    quote="apple",
)

R(
    "mr",
    "MR25-0188",
    3744.0,
    "invoice",
    "en",
    "en",
    "2025-10-06T13:25:00+02:00",
    "Tom Lindqvist",
    "finance.annecy@northlake-resorts.example",
    "payment_promise",
    False,
    1,
    "Dear Ms Roche,\n\nThank you for the invoice for the new reception desk. It has been "
    "approved by our general manager and is scheduled for payment in our supplier run of "
    "15 October.\n\nBest regards,\nTom Lindqvist\nFinance – Northlake Resort Annecy",
    pdate="2025-10-15",
    notes="hotel chain finance confirms approval with a dated payment run",
    mailer=OUTLOOK,
    format="alt",
)

# ----------------------------------------------------------------------------------------------
# copy_request
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BQ-26-0042",
    1318.2,
    "reminder_1",
    "de",
    "it",
    "2026-02-10T10:44:00+01:00",
    "Sara Lepori",
    "contabilita@osteria-del-ponte.ch",
    "copy_request",
    False,
    2,
    "Buongiorno,\n\nmi scusi se rispondo in italiano. Nel PDF che ci avete mandato a gennaio "
    "manca la polizza di versamento QR, c'è solo la prima pagina. Ce la potete rimandare "
    "completa? Così la paghiamo subito.\n\nGrazie, saluti\nSara Lepori\nOsteria del Ponte, "
    "Ponte Tresa",
    notes="Italian reply to a German reminder; asks for the QR-bill, 'subito' is not a date",
    mailer=TB,
    quote="thunderbird",
)

R(
    "tv",
    "TV-25-0812",
    2604.0,
    "invoice",
    "de",
    "de",
    "2025-12-29T09:05:00+01:00",
    "Jana Novak",
    "reception@hotel-chesa-lej.ch",
    "copy_request",
    False,
    2,
    "Guten Morgen\n\nIch bin an der Rezeption und habe Ihre Rechnung hier im allgemeinen "
    "Postfach gesehen. Frau Item von der Buchhaltung ist bis 5. Januar in den Ferien. Könnten "
    "Sie die Rechnung bitte direkt an buchhaltung@hotel-chesa-lej.ch schicken, und in Zukunft "
    "auch alle weiteren Rechnungen dorthin?\n\nBesten Dank und einen guten Rutsch\nJana Novak\n"
    "Rezeption – Hotel Chesa Lej, Sils",
    notes="receptionist answers for the absent bookkeeper; the 5 January is an absence, not a "
    "payment date",
    mailer=OUTLOOK,
)

R(
    "lo",
    "LO-F25-355",
    864.0,
    "invoice",
    "fr",
    "fr",
    "2025-11-04T14:49:00+01:00",
    "Camille Dufresne",
    "camille.dufresne@laposte.example",
    "copy_request",
    False,
    2,
    "Bonjour, je n'arrive pas à ouvrir la pièce jointe sur mon téléphone, pouvez-vous me la "
    "renvoyer en PDF normal ou par courrier à la boutique ? Merci\nCamille – Fil & Bobine, "
    "Villeurbanne",
    notes="",
    mailer=ANDROID,
    quote="gmail",
)

# ----------------------------------------------------------------------------------------------
# acknowledgement
# ----------------------------------------------------------------------------------------------

R(
    "lx",
    "LX-25-0846",
    728.0,
    "invoice",
    "fr",
    "it",
    "2025-10-09T22:37:00+02:00",
    "Massimo Ruggiero",
    "massimo@trattoria-da-massimo.ch",
    "acknowledgement",
    False,
    1,
    "Ricevuto, grazie mille! La passo al commercialista.\nMassimo\n\nInviato da iPhone",
    notes="Italian one-liner to a French invoice",
    mailer=IPHONE,
)

R(
    "wl",
    "WL-2026-0035",
    2450.0,
    "invoice",
    "en",
    "en",
    "2026-02-17T10:02:00+01:00",
    "Olivia Brunner",
    "olivia.brunner@lakeside-suites.example",
    "acknowledgement",
    False,
    1,
    "Hi Lukas,\n\nThanks, received. I've entered it in our approval workflow – our GM signs "
    "off invoices on Thursdays, so you'll see it go through in the normal course.\n\n"
    "Cheers,\nOlivia\n\nOlivia Brunner | Front Office & Admin | Lakeside Suites Zürich",
    notes="passed on for approval; 'Thursdays' and 'the normal course' are not a promised date",
    mailer=APPLE,
    quote="apple",
)

# ----------------------------------------------------------------------------------------------
# auto_reply
# ----------------------------------------------------------------------------------------------

R(
    "mr",
    "MR25-0276",
    2496.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-11-05T08:00:12+01:00",
    "La Table du Lac",
    "contact@latabledulac.example",
    "auto_reply",
    False,
    1,
    "Bonjour,\n\nLe restaurant est fermé pour congés annuels du 3 au 24 novembre inclus. "
    "Votre message sera traité à notre retour.\n\nPour les réservations de fin d'année, "
    "merci d'utiliser notre site internet.\n\nÀ très bientôt,\nL'équipe de La Table du Lac",
    notes="out-of-office of a restaurant; the reopening date is not a promised date",
    re="Réponse automatique :",
    headers=AUTO,
)

R(
    "tv",
    "TV-26-0009",
    1872.0,
    "reminder_1",
    "it",
    "mixed",
    "2026-01-02T06:31:44+01:00",
    "Hotel Serenella Administration",
    "amministrazione@hotel-serenella.ch",
    "auto_reply",
    False,
    1,
    "Grazie per il Suo messaggio. L'ufficio amministrazione è chiuso fino al 7 gennaio 2026. "
    "Per urgenze: reception@hotel-serenella.ch, tel. 091 743 12 12.\n\nVielen Dank für Ihre "
    "Nachricht. Die Administration ist bis am 7. Januar 2026 geschlossen. In dringenden "
    "Fällen: reception@hotel-serenella.ch, Tel. 091 743 12 12.",
    notes="bilingual Italian/German out-of-office",
    re="Risposta automatica:",
    headers=AUTO,
    format="html",
)

# ----------------------------------------------------------------------------------------------
# other
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BQ-25-0968",
    1564.0,
    "reminder_1",
    "de",
    "de",
    "2025-09-25T11:26:00+02:00",
    "Peter Gisler",
    "p.gisler@seehotel-gisler.ch",
    "other",
    False,
    2,
    "Grüezi Frau Imhof\n\nDie Rechnung geht in Ordnung, die Zahlung läuft mit unserem "
    "nächsten Zahlungslauf.\n\nBei der Gelegenheit: könnten Sie uns eine Offerte für die "
    "jährliche Wartung der Lüftung im Wellnessbereich machen? Der jetzige Anbieter hört Ende "
    "Jahr auf. Am liebsten mit einem Termin im Oktober, da ist bei uns Zwischensaison.\n\n"
    "Freundliche Grüsse\nPeter Gisler\nSeehotel Gisler, Flüelen",
    notes="invoice accepted with an undated payment; the real content is a request for a "
    "maintenance quote",
    mailer=OUTLOOK,
    quote="outlook",
)

R(
    "lo",
    "LO-F26-021",
    1152.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-02-24T06:12:00+01:00",
    "Chef Antoine Girard",
    "cuisine@brasserie-saint-paul.example",
    "other",
    False,
    2,
    "Salut Marc,\n\npour demain matin stp :\n- 6 kg de bar de ligne\n- 3 kg de noix de "
    "Saint-Jacques\n- 2 kg de moules de bouchot\n- 1 caisse de citrons\n\nLivraison avant 9h "
    "par la porte de derrière comme d'hab. Merci !\nAntoine",
    notes="the chef replied to the reminder thread by mistake with an order for his fishmonger: "
    "wrong recipient, nothing about the invoice",
    mailer=IPHONE,
)
