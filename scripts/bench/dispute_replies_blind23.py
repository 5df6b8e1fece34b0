# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# ruff: noqa: RUF001  (the customers write en dashes and multiplication signs)
"""Twenty-third blind set of customers' replies (tests/data/disputes_blind23), with their labels (CC0 text).

Written by a twenty-fifth writer who read only the label definitions and the entry format, not
the other sets' replies, not the reader's rules and not its answers: it measures the reader once.
Everything is synthetic (people, firms, addresses, IBANs, phone numbers, references).
Never tune rules on these replies.

Profile: Italian-speaking customers (Ticino, Grigioni italiano, northern Italy) of Tessiture
Verbano (tv, fabrics, curtains and table linen) and Lemanix Traductions (lx, translations), plus
international clients of Lemanix writing English, and some mixed replies (it/de, it/fr, en/fr):
boutique owners typing on their phones, hotels and their fiduciaries, a law firm, procurement
and accounts-payable offices, ticket systems and out-of-office messages.

Uses the invoicing companies ``tv`` and ``lx`` of ``make_dispute_replies.py``; same entry format
as ``dispute_replies_blind20.py`` (the ``R`` helper of ``dispute_replies_more.py``, entries kept
in this file's own ``REPLIES``); labels as defined in /work/shared/samples/disputes/README.md.
Build with ``.venv/bin/python scripts/bench/make_dispute_replies.py --source blind23``.
"""

import dispute_replies_more as _more
from dispute_replies_more import APPLE, IPHONE, OUTLOOK, TB

REPLIES = []

R = _more.writer(REPLIES)

AUTO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}
GALAXY = "Samsung Email 6.1.90.16"
OUTLOOK_IOS = "Microsoft Outlook for iOS (4.2447.0)"

# ----------------------------------------------------------------------------------------------
# contestation
# ----------------------------------------------------------------------------------------------

R(
    "tv",
    "TV-25-0412",
    1386.9,
    "reminder_1",
    "it",
    "it",
    "2025-11-04T07:52:00+01:00",
    "Sabrina Gianella",
    "sabrina@filoeforma-lugano.ch",
    "contestation",
    True,
    4,
    "Buongiorno\nho ricevuto il vostro promemoria ma scusate, le due pezze di lino naturale "
    "(CHF 612.-) sono arrivate con dei difetti di tessitura, righe e fili tirati su tutta la "
    "lunghezza. Ho mandato le foto alla sig.ra Bernasconi gia il 9 ottobre e nessuno mi ha "
    "risposto.\nIo quelle pezze non le pago finche non me le cambiate, il resto della fattura "
    "va bene e lo pago.\nVi rimetto le foto\n\nSabrina Gianella\nBoutique Filo&Forma, Lugano\n\n"
    "Inviato da iPhone",
    amount=612.0,
    notes="Refuses only the defective linen (CHF 612) and accepts the rest without a date; "
    "typed on a phone without accents.",
    mailer=IPHONE,
    attachments=[("jpg", "IMG_4471.jpeg"), ("jpg", "IMG_4472.jpeg")],
    salutation="signora Gianella",
)

R(
    "tv",
    "TV-25-0367",
    2853.84,
    "invoice",
    "it",
    "it",
    "2025-09-22T10:15:00+02:00",
    "Marco Zanolari",
    "amministrazione@hotel-palue.ch",
    "contestation",
    True,
    3,
    "Gentile signora Bernasconi,\n\ngrazie per la fattura e per la consegna puntuale: le "
    "tovaglie sono bellissime e il personale di sala è entusiasta.\n\nMi permetto però di "
    "segnalare che nella vostra offerta del 28 luglio il prezzo concordato per le tovaglie "
    "180×180 in lino misto era di CHF 38.00 al pezzo, mentre in fattura risultano CHF 44.00 al "
    "pezzo (60 pezzi). Vi chiederei quindi di correggere la fattura o di emettere una nota di "
    "credito per la differenza.\n\nAppena ricevuta la correzione provvederemo al pagamento.\n\n"
    "Cordiali saluti\n\nMarco Zanolari\nAmministrazione\nHotel Palü\nVia da Clalt 14, 7742 "
    "Poschiavo\nTel. +41 81 844 07 12",
    amount=360.0,
    notes="Praise first; the price above the offer (6 × 60 = CHF 360 excl. VAT) is a "
    "contestation, although he asks for a corrected invoice.",
    quote="outlook",
    format="alt",
    mailer=OUTLOOK,
    salutation="signor Zanolari",
)

R(
    "lx",
    "LX-25-1309",
    3377.04,
    "reminder_2",
    "en",
    "en",
    "2025-11-19T16:40:00+01:00",
    "Hannah Brooks",
    "h.brooks@kestrel-bio.example",
    "contestation",
    True,
    4,
    "Dear Mr Chappuis,\n\nI'm following up on my e-mail of 24 October, which seems to have gone "
    "unanswered.\n\nInvoice LX-25-1309 bills 14,200 words for the translation of our clinical "
    "study summary. Our source file (Trados analysis attached again) has 11,850 words. At the "
    "agreed CHF 0.22 per word, that is CHF 517.00 too much before VAT. We are not prepared to "
    "pay for words that don't exist in the source, and we will certainly not pay a reminder "
    "fee on an invoice we queried a month ago.\n\nWe will pay the undisputed CHF 2,607.00 plus "
    "VAT with our Friday payment run, and the remainder, if any, once we receive a credit note "
    "or an explanation of your count.\n\nBest regards,\nHannah Brooks\nProcurement Lead\n"
    "Kestrel Biotech SA\nChemin des Aulx 9, 1228 Plan-les-Ouates",
    amount=537.0,
    pdate="2025-11-21",
    mentions=["LX-25-1309"],
    notes="Contests 2,350 words × CHF 0.22 = 517 plus the CHF 20 reminder fee (537) and pays "
    "the undisputed part on Friday 21 November.",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    attachments=[("pdf", "Trados_analysis_KB-CSR-0917.pdf")],
    salutation="Ms Brooks",
)

R(
    "lx",
    "LX-25-1260",
    4108.0,
    "reminder_3",
    "it",
    "it",
    "2026-01-27T11:05:00+01:00",
    "Avv. Elena Pedrazzini",
    "e.pedrazzini@studio-pedrazzini-rusca.ch",
    "contestation",
    True,
    4,
    "Egregio signor Chappuis,\n\nfacciamo seguito al Vostro ultimo sollecito concernente la "
    "fattura in oggetto, relativa alla traduzione in lingua tedesca del contratto quadro di "
    "fornitura del nostro cliente (ns. rif. EP/2025/318).\n\nCome già comunicato "
    "telefonicamente alla Vostra collaboratrice in data 2 dicembre 2025, la traduzione "
    "consegnata presentava numerosi errori di terminologia giuridica (a titolo di esempio: "
    "«Gewährleistung» reso in modo incoerente, clausole di foro e di diritto applicabile "
    "invertite all'art. 21). Il testo è risultato inutilizzabile e abbiamo dovuto affidarne la "
    "revisione integrale a un altro traduttore, a nostre spese.\n\nIn tali circostanze non "
    "riteniamo dovuto l'importo fatturato e Vi invitiamo pertanto ad annullare la fattura "
    "LX-25-1260 e a sospendere ogni ulteriore sollecito. Restiamo a disposizione per un "
    "incontro, qualora desideraste prendere visione delle correzioni apportate.\n\nDistinti "
    "saluti\n\nAvv. Elena Pedrazzini\nStudio legale Pedrazzini & Rusca\nVia Nassa 21, 6900 "
    "Lugano\nTel. +41 91 922 40 18\n\n---\nQuesto messaggio e i suoi allegati sono "
    "confidenziali e possono essere coperti dal segreto professionale dell'avvocato (art. 321 "
    "CP). Se lo avete ricevuto per errore, vogliate informare il mittente e distruggerlo. Ogni "
    "uso non autorizzato è vietato.",
    amount=4108.0,
    mentions=["LX-25-1260"],
    notes="The customer is a law firm: 'Avv.' and the professional-secrecy disclaimer are no "
    "legal threat; the whole invoice is refused for poor quality.",
    quote="outlook",
    outlook_line=False,
    format="alt",
    mailer=OUTLOOK,
    salutation="avv. Pedrazzini",
)

R(
    "tv",
    "TV-25-0455",
    1978.23,
    "reminder_1",
    "de",
    "mixed",
    "2025-10-14T19:22:00+02:00",
    "Ursina Pitsch",
    "info@casa-crameri.ch",
    "contestation",
    True,
    3,
    "Grüezi Frau Bernasconi\n\nIch habe die Erinnerung erhalten und meinem Mann gezeigt. Er hat "
    'die Bestellung gemacht, darum schreibt er Ihnen gleich selber:\n\n"Buonasera, noi '
    "avevamo ordinato solo i tessuti per i cuscini e le tovaglie. Le 8 tende oscuranti "
    "(CHF 95.- l'una) non le abbiamo mai ordinate e non sono nemmeno arrivate qui. Per favore "
    "togliete questa voce e mandateci una fattura giusta, il resto lo paghiamo subito. "
    'Gian-Andrea Crameri"\n\nDanke und freundliche Grüsse\nUrsina Pitsch\nCasa Crameri – '
    "Ferienwohnungen\n7537 Müstair",
    amount=760.0,
    notes="German opener, Italian core from the husband; 8 × CHF 95 curtains never ordered "
    "(760) are contested, the rest accepted without a date.",
    quote="gmail",
    client_lang="de",
    salutation="Frau Pitsch",
)

R(
    "tv",
    "TV-25-0398",
    5740.0,
    "reminder_2",
    "it",
    "it",
    "2026-01-14T09:30:00+01:00",
    "Davide Colombo",
    "acquisti@colombo-tendaggi.it",
    "contestation",
    True,
    3,
    "Buongiorno,\n\nin riferimento al vostro secondo sollecito vi ricordo che l'ordine era "
    "stato confermato franco destino Cantù (vedi conferma d'ordine del 2 ottobre, firmata da "
    "voi). In fattura invece avete addebitato CHF 185,00 di trasporto e sdoganamento, che non "
    "riconosciamo.\n\nL'importo restante di CHF 5.555,00 ve lo bonifichiamo entro fine mese. "
    "Per i 185 attendiamo una nota di credito. Vi chiedo inoltre di non addebitare le spese di "
    "sollecito, visto che la questione era già stata segnalata al vostro agente sig. Rezzonico "
    "a dicembre.\n\nDistinti saluti\n\nDavide Colombo\nUfficio Acquisti\nColombo Tendaggi "
    "S.r.l.\nVia Milano 112, 22063 Cantù (CO)\nP.IVA IT03418760135",
    amount=205.0,
    pdate="2026-01-31",
    notes="Transport CHF 185 plus the CHF 20 reminder fee contested (205); the rest is promised "
    "by end of month; Italian number format.",
    quote="thunderbird",
    mailer=TB,
    salutation="signor Colombo",
)

R(
    "lx",
    "LX-25-1288",
    2380.0,
    "reminder_1",
    "en",
    "en",
    "2025-12-02T08:12:00+01:00",
    "Tom Whitaker",
    "tom@brightfold.example",
    "contestation",
    True,
    4,
    "Hi Olivier,\n\nThanks for the reminder, very thoughtful. Perhaps before chasing us for the "
    "full amount you could send us the Italian version of the brochure that's on this invoice? "
    "Last I checked we've received the German one (great, thanks) and the Italian one has been "
    '"almost ready" since 10 November.\n\nSo: German half, happy to pay. Italian half '
    "(CHF 1,190), when it exists.\n\nTom\n\nTom Whitaker | Brightfold Ltd | Zug office\nSent "
    "from Outlook for iOS",
    amount=1190.0,
    notes="Sarcastic thanks; withholds the undelivered Italian half (CHF 1,190) and accepts the "
    "German half without a date.",
    mailer=OUTLOOK_IOS,
    salutation="Mr Whitaker",
)

# ----------------------------------------------------------------------------------------------
# invoice_error
# ----------------------------------------------------------------------------------------------

R(
    "tv",
    "TV-25-0521",
    8964.5,
    "invoice",
    "it",
    "it",
    "2025-11-12T14:02:00+01:00",
    "Francesca Lurati",
    "fornitori@alberghi-ceresio.ch",
    "invoice_error",
    True,
    4,
    "Buongiorno,\n\nvi ringraziamo per la fattura relativa alla fornitura di biancheria per "
    "l'Hotel Riviera. Purtroppo sulla fattura manca il nostro numero d'ordine (PO 4500-21877), "
    "che è obbligatorio: il nostro sistema la rifiuta automaticamente e non possiamo metterla "
    "in pagamento.\n\nIl prossimo ciclo di pagamenti è il 28 novembre; se riceviamo la fattura "
    "corretta entro il 24 novembre riusciamo ancora a includerla.\n\nGrazie e cordiali saluti\n\n"
    "Francesca Lurati\nContabilità fornitori\nGruppo Alberghi Ceresio SA\nRiva Paradiso 3, "
    "6900 Lugano-Paradiso",
    notes="Missing PO blocks payment with a deadline (urgency 4); the payment run date depends "
    "on the correction, so it is no promised date.",
    format="alt",
    mailer=OUTLOOK,
    quote="outlook",
    salutation="signora Lurati",
)

R(
    "lx",
    "LX-25-1221",
    3243.24,
    "invoice",
    "en",
    "en",
    "2025-10-03T13:47:00+02:00",
    "Ingrid Solberg",
    "ingrid.solberg@nordvik-marine.example",
    "invoice_error",
    True,
    3,
    "Dear Sir or Madam,\n\nThank you for invoice LX-25-1221. Our accounts payable team has "
    "flagged that it includes Swiss VAT at 8.1% (CHF 243.24). Nordvik Marine AS is established "
    "in Norway and has no Swiss VAT registration; as the service is supplied to a business "
    "abroad, we understand it should be invoiced without Swiss VAT.\n\nCould you please issue a "
    "corrected invoice for CHF 3,000.00 and cancel this one? Our Norwegian VAT number is "
    "NO 987 654 321 MVA for your records.\n\nKind regards\n\nIngrid Solberg\nFinance Officer\n"
    "Nordvik Marine AS\nStrandveien 50, 1366 Lysaker, Norway",
    amount=243.24,
    mentions=["LX-25-1221"],
    notes="Wrong VAT for a foreign business: the VAT (243.24) is the disputed amount, category "
    "invoice_error.",
    format="alt",
    mailer=OUTLOOK,
    salutation="Ms Solberg",
)

R(
    "tv",
    "TV-25-0590",
    1120.6,
    "reminder_1",
    "it",
    "mixed",
    "2025-12-16T17:30:00+01:00",
    "Nadia Fontana",
    "nadia@fontana-tessili.ch",
    "invoice_error",
    True,
    3,
    'Buonasera,\nla fattura è ancora intestata alla vecchia ditta individuale "Merceria '
    'Fontana, Nadia Fontana", via Cantonale 5 a Biasca. Dal 1° luglio siamo una Sagl:\n\n'
    "Fontana Tessili Sagl\nVia Lucomagno 18\n6710 Biasca\nIDI CHE-412.887.903 IVA\n\nNotre "
    "fiduciaire à Bellinzone (M. Rochat) ne peut pas comptabiliser une facture au nom de "
    "l'ancienne raison individuelle. Pourriez-vous svp nous envoyer une facture corrigée ? Nous "
    "payons dès réception.\n\nGrazie / merci\nNadia Fontana",
    notes="Italian then French for the fiduciary; wrong legal entity after the change to a Sagl; "
    "'payons dès réception' has no date.",
    quote="thunderbird",
    client_lang="it",
    mailer=TB,
    charset="windows-1252",
    salutation="signora Fontana",
)

R(
    "lx",
    "LX-25-1402",
    968.4,
    "reminder_2",
    "it",
    "it",
    "2026-02-10T10:20:00+01:00",
    "Luca Bernardi",
    "luca.bernardi@edizionisasso.ch",
    "invoice_error",
    True,
    3,
    "Buongiorno,\n\nla fattura LX-25-1402 del vostro sollecito è un doppione: riguarda la "
    "stessa traduzione (catalogo primavera, FR>IT, 4'035 parole) già fatturata con la "
    "LX-25-1377, che abbiamo saldato il 19 dicembre.\n\nVi prego quindi di annullare la 1402 e "
    "di togliere le spese di sollecito.\n\nCordiali saluti\nLuca Bernardi\nEdizioni Sasso, "
    "Bellinzona",
    amount=988.4,
    mentions=["LX-25-1402", "LX-25-1377"],
    notes="Duplicate invoice, not already_paid although the other one was paid: full amount plus "
    "the contested CHF 20 fee (988.40).",
    quote="gmail",
    salutation="signor Bernardi",
)

# ----------------------------------------------------------------------------------------------
# already_paid
# ----------------------------------------------------------------------------------------------

R(
    "tv",
    "TV-25-0302",
    645.3,
    "reminder_1",
    "it",
    "it",
    "2025-09-30T12:41:00+02:00",
    "Katia Bianchi",
    "katiabianchi.moda@bluemail.example",
    "already_paid",
    True,
    3,
    "pagato il 19 settembre, vi allego lo screenshot dell'ebanking. saluti Katia\n\nInviato da "
    "iPhone",
    notes="One line from a phone with an e-banking screenshot; the past payment date is no "
    "promised date.",
    mailer=IPHONE,
    attachments=[("png", "Screenshot 2025-09-30 um 12.39.png")],
    salutation="signora Bianchi",
)

R(
    "lx",
    "LX-25-1344",
    1624.0,
    "reminder_2",
    "en",
    "en",
    "2026-01-08T09:03:00+01:00",
    "Priya Raman",
    "ap@halden-analytics.example",
    "already_paid",
    True,
    3,
    "Hello,\n\nWe paid invoice LX-25-1344 on 4 December 2025 (CHF 1,624.00, our payment ref. "
    "HA-PAY-20251204-07). Looking into it after your reminder, our system still had your old "
    "bank details from 2023 (IBAN CH44 0900 0000 1523 8870 4, PostFinance), so the payment went "
    "to that account. Could you check whether it was received there? If the old account is "
    "closed the funds should have come back to us, but we see no return so far.\n\nPlease "
    "update us and hold off on the reminder fees meanwhile.\n\nRegards,\nPriya Raman\nAccounts "
    "Payable, Halden Analytics GmbH, Zürich",
    mentions=["LX-25-1344"],
    notes="Paid to an old IBAN; asking to hold the fees is no contestation, and disputed_amount "
    "stays null for already_paid.",
    quote="outlook",
    mailer=OUTLOOK,
    salutation="Ms Raman",
)

R(
    "tv",
    "TV-25-0477",
    3402.75,
    "reminder_3",
    "it",
    "mixed",
    "2026-02-03T15:10:00+01:00",
    "Reto Gisep",
    "reto.gisep@treuhand-gisep.ch",
    "already_paid",
    True,
    3,
    "Gentile signora Bernasconi,\n\nscrivo per conto del nostro cliente, Albergo Sassal Masone "
    "(Poschiavo), di cui teniamo la contabilità. La fattura TV-25-0477 è stata pagata il 14 "
    "gennaio 2026 tramite e-banking, importo CHF 3'402.75. Le allego la conferma di "
    "pagamento.\n\nFür Ihre Buchhaltung: Zahlung vom 14.01.2026, Referenz gemäss QR-Rechnung. "
    "Bitte stoppen Sie die Mahnung und die angedrohte Betreibung.\n\nCordiali saluti / "
    "Freundliche Grüsse\n\nReto Gisep\nTreuhand Gisep AG\nVia Maistra 41, 7503 Samedan",
    mentions=["TV-25-0477"],
    notes="A fiduciary writes for the customer in Italian and German; 'Betreibung' refers to the "
    "company's threat, not a customer threat.",
    quote="outlook",
    outlook_line=False,
    client_lang="it",
    mailer=OUTLOOK,
    attachments=[("pdf", "Zahlungsbestaetigung_20260114.pdf")],
    salutation="signor Gisep",
)

R(
    "lx",
    "LX-25-1215",
    1317.6,
    "reminder_1",
    "it",
    "it",
    "2025-12-11T08:55:00+01:00",
    "Simona Ferrari",
    "amministrazione@ferrari-design.example",
    "already_paid",
    True,
    3,
    "Buongiorno,\n\nper noi questa fattura risulta pagata. Il 2 dicembre abbiamo fatto un unico "
    "bonifico di CHF 2.870,40 per le fatture 1201 e 1215 (1.552,80 + 1.317,60), causale "
    '"LX-25-1201 / 1215". Probabilmente è stato registrato solo sulla prima.\n\nPotete '
    "verificare?\n\nGrazie, cordiali saluti\nSimona Ferrari\nStudio Ferrari Design – Milano",
    mentions=["LX-25-1201", "LX-25-1215"],
    notes="One transfer for two invoices, short numbers normalised; Italian number format.",
    quote="apple",
    mailer=APPLE,
    salutation="signora Ferrari",
)

# ----------------------------------------------------------------------------------------------
# delay_request
# ----------------------------------------------------------------------------------------------

R(
    "tv",
    "TV-25-0433",
    4216.0,
    "reminder_3",
    "it",
    "it",
    "2026-01-09T18:45:00+01:00",
    "Giorgia Negri",
    "giorgia@atelier-negri.example",
    "delay_request",
    True,
    2,
    "Gentile signora Bernasconi,\n\nmi scuso per il ritardo, non contesto nulla: la merce è "
    "bellissima e si vende. Il problema è che il Natale è andato peggio del previsto e in "
    "questo momento non riesco a saldare tutto in una volta.\n\nLe propongo di pagare in tre "
    "rate:\n- CHF 1'400.- entro il 31 gennaio\n- CHF 1'400.- entro il 28 febbraio\n- CHF "
    "1'416.- entro il 31 marzo\n\nSe per lei va bene mi può confermare? La prego di non "
    "procedere con l'esecuzione, ci tengo a continuare a lavorare con voi.\n\nGrazie di cuore\n"
    "Giorgia Negri\nAtelier Negri, Como",
    pdate="2026-01-31",
    notes="Dated three-instalment plan in reply to the final notice, so it pauses; 'non "
    "contesto nulla' is a negation.",
    quote="gmail",
    format="alt",
    salutation="signora Negri",
)

R(
    "lx",
    "LX-25-1196",
    2756.55,
    "reminder_1",
    "en",
    "en",
    "2025-10-21T11:30:00+02:00",
    "Daniel Osei",
    "daniel@loopkit.example",
    "delay_request",
    False,
    2,
    "Hi Olivier,\n\nTo be clear, we don't dispute anything on invoice LX-25-1196 – the "
    "localisation was great and it's live.\n\nWe're a small team and our seed round is taking "
    "longer to close than planned, so cash is very tight right now. Could you give us a few "
    "more weeks on this one? I'll come back to you as soon as the money is in.\n\nApologies and "
    "thanks,\nDaniel\n\nDaniel Osei\nCo-founder, Loopkit GmbH\nLausanne",
    mentions=["LX-25-1196"],
    notes="'A few more weeks' and 'as soon as the money is in' give no date, so dunning "
    "continues; the denial of a dispute is no contestation.",
    quote="gmail",
    salutation="Mr Osei",
)

R(
    "tv",
    "TV-25-0560",
    2187.9,
    "invoice",
    "it",
    "it",
    "2025-11-25T16:05:00+01:00",
    "Sandro Guidotti",
    "sandro@tappezzeria-guidotti.ch",
    "delay_request",
    True,
    2,
    "Buongiorno,\n\nricevuta la fattura, grazie. Sarebbe possibile pagarla a metà gennaio invece "
    "che entro fine dicembre? Diciamo entro il 15 gennaio. A dicembre abbiamo tutte le "
    "scadenze di fine anno e preferirei non andare in scoperto.\n\nFatemi sapere se va bene.\n\n"
    "Saluti\nSandro Guidotti\nTappezzeria Guidotti, Mendrisio",
    pdate="2026-01-15",
    notes="Asks for a later due date before any reminder, with a concrete date (15 January): "
    "pauses.",
    salutation="signor Guidotti",
)

# ----------------------------------------------------------------------------------------------
# payment_promise
# ----------------------------------------------------------------------------------------------

R(
    "lx",
    "LX-25-1371",
    5890.0,
    "reminder_1",
    "en",
    "en",
    "2025-12-18T10:10:00+01:00",
    "Marta Keller",
    "ap.switzerland@verity-ins.example",
    "payment_promise",
    False,
    1,
    "Dear Lemanix team,\n\nThank you for your reminder. Invoice LX-25-1371 has been approved and "
    "is scheduled for payment in our payment run of 9 January 2026 (our processing is closed "
    "over the holidays).\n\nKind regards\n\nMarta Keller\nAccounts Payable Switzerland\nVerity "
    "Insurance Ltd, Zurich Branch\n\nThis e-mail may contain confidential and/or privileged "
    "information. If you are not the intended recipient, please notify the sender and delete "
    "it. Any unauthorised copying or disclosure is strictly forbidden.",
    pdate="2026-01-09",
    mentions=["LX-25-1371"],
    notes="Accounts payable confirms approval and a dated payment run: a promise, not an "
    "acknowledgement; legal words only in the disclaimer.",
    format="alt",
    mailer=OUTLOOK,
    salutation="Sir or Madam",
)

R(
    "tv",
    "TV-25-0341",
    389.15,
    "reminder_1",
    "it",
    "it",
    "2025-10-08T13:20:00+02:00",
    "Lorenza Maggi",
    "lorenza.maggi@vtxmail.example",
    "payment_promise",
    False,
    1,
    "Si si pagato...\nanzi no scusate, ho controllato adesso e il bonifico era rimasto in "
    "sospeso nell'app. lo faccio stasera, domani dovreste vederlo.\nLorenza\n\nInviato dal mio "
    "Galaxy",
    pdate="2025-10-08",
    notes="Starts with 'pagato' and corrects herself: a promise for this evening, i.e. the "
    "e-mail date.",
    mailer=GALAXY,
    salutation="signora Maggi",
)

R(
    "lx",
    "LX-25-1418",
    1080.0,
    "reminder_2",
    "fr",
    "mixed",
    "2026-02-17T12:00:00+01:00",
    "Claire Dubois-Hart",
    "claire@hartdubois.example",
    "payment_promise",
    False,
    1,
    "Bonjour Monsieur Chappuis,\n\nSo sorry – your reminders went to an old mailbox and I only "
    "saw them now. Le paiement partira ce vendredi avec nos autres factures fournisseurs, so "
    "please don't add any further fees.\n\nBien à vous / best,\nClaire Dubois-Hart\nHart & "
    "Dubois Communication, Genève",
    pdate="2026-02-20",
    notes="French and English in one message; 'ce vendredi' resolves to 20 February; asking for "
    "no further fees does not contest the existing one.",
    quote="apple",
    client_lang="en",
    mailer=APPLE,
    salutation="Madame Dubois-Hart",
)

# ----------------------------------------------------------------------------------------------
# copy_request
# ----------------------------------------------------------------------------------------------

R(
    "tv",
    "TV-25-0512",
    934.2,
    "reminder_1",
    "it",
    "it",
    "2025-11-27T09:40:00+01:00",
    "Alessia Tognola",
    "alessia@casatognola.ch",
    "copy_request",
    False,
    2,
    "Buongiorno,\n\ncon tutto il rispetto, la fattura TV-25-0512 non l'abbiamo mai ricevuta: né "
    "per posta né per e-mail (ho controllato anche lo spam). Non è che non vogliamo pagarla, ci "
    "mancherebbe, ma senza fattura e polizza di versamento QR non posso registrarla.\n\nMe la "
    "potete rimandare a questo indirizzo?\n\nGrazie\nAlessia Tognola\nCasa Tognola – "
    "arredamento e tessili\n6535 Roveredo GR",
    mentions=["TV-25-0512"],
    notes="'Never received' sounds like a dispute but the debt is accepted; asks for a copy and "
    "the QR-bill.",
    charset="iso-8859-1",
    salutation="signora Tognola",
)

R(
    "lx",
    "LX-25-1140",
    1452.3,
    "invoice",
    "en",
    "en",
    "2025-09-15T14:25:00+02:00",
    "Mark Jennings",
    "m.jennings@corvane.example",
    "copy_request",
    False,
    2,
    "Hi,\n\nThanks for sending this over. Could you please send all invoices to our AP mailbox "
    "going forward (invoices.ch@corvane.example) rather than to me personally, and re-send "
    "LX-25-1140 there as well? They need it in their inbox to process it.\n\nCheers,\nMark\n\n"
    "Mark Jennings | Head of Marketing EMEA | Corvane Systems SA | Rue du Rhône 80, 1204 Genève",
    mentions=["LX-25-1140"],
    notes="Future invoices to another mailbox and a re-send of this one: no formal defect on "
    "the invoice.",
    quote="gmail",
    cc="invoices.ch@corvane.example",
    salutation="Mr Jennings",
)

R(
    "tv",
    "TV-25-0581",
    2548.0,
    "reminder_2",
    "it",
    "it",
    "2026-01-20T11:15:00+01:00",
    "Mirko Pellandini",
    "mirko@pellandini-interni.ch",
    "copy_request",
    False,
    2,
    "Buongiorno,\n\nnel vostro primo promemoria di dicembre il PDF della fattura non si apriva "
    "(file danneggiato, nemmeno il nostro informatico è riuscito ad aprirlo) e nel sollecito "
    "di oggi non c'è nessun allegato.\n\nMi potete rimandare la fattura TV-25-0581 in PDF, "
    "possibilmente con la polizza QR? La paghiamo appena arriva.\n\nCordiali saluti\nMirko "
    "Pellandini\nPellandini Interni SA, Bellinzona",
    mentions=["TV-25-0581"],
    notes="HTML-only; the PDF would not open; 'we pay as soon as it arrives' has no date.",
    format="html",
    days_after=0,
    salutation="signor Pellandini",
)

# ----------------------------------------------------------------------------------------------
# acknowledgement
# ----------------------------------------------------------------------------------------------

R(
    "lx",
    "LX-25-1253",
    716.0,
    "invoice",
    "it",
    "it",
    "2025-10-29T08:30:00+01:00",
    "Beatrice Moretti",
    "beatrice.moretti@fondazione-arca.example",
    "acknowledgement",
    False,
    1,
    "Buongiorno,\nricevuta, grazie. L'ho girata alla contabilità per il pagamento.\nBuona "
    "giornata\n\nBeatrice Moretti\nFondazione Arca, Locarno",
    notes="Passed on to accounting 'for payment', with no date: no promise.",
    quote="apple",
    mailer=APPLE,
    salutation="signora Moretti",
)

R(
    "tv",
    "TV-25-0544",
    12430.0,
    "invoice",
    "en",
    "en",
    "2025-12-05T15:50:00+01:00",
    "Laura Brenni",
    "laura.brenni@lakeside-collection.example",
    "acknowledgement",
    False,
    1,
    "Dear Ms Bernasconi,\n\nWell received, thank you. I have forwarded the invoice to our "
    "central accounts payable in Zurich for approval; they will process it under the usual "
    "terms.\n\nKind regards,\nLaura Brenni\nPurchasing, The Lakeside Collection Hotels\nAscona",
    notes="'Under the usual terms' is not a dated promise.",
    format="alt",
    mailer=OUTLOOK,
    re="RE:",
    salutation="Ms Brenni",
)

# ----------------------------------------------------------------------------------------------
# auto_reply
# ----------------------------------------------------------------------------------------------

R(
    "tv",
    "TV-25-0608",
    1765.4,
    "reminder_1",
    "it",
    "mixed",
    "2025-12-23T10:02:00+01:00",
    "Corina Zanetti",
    "corina.zanetti@hotel-bernina1865.example",
    "auto_reply",
    False,
    1,
    "Grazie per il suo messaggio. Sono assente dal 22 dicembre al 7 gennaio 2026 con accesso "
    "limitato alla posta elettronica. Per questioni urgenti può contattare la reception al "
    "+41 81 839 22 00.\n\nVielen Dank für Ihre Nachricht. Ich bin vom 22. Dezember bis 7. "
    "Januar 2026 abwesend. In dringenden Fällen wenden Sie sich bitte an die Rezeption, "
    "+41 81 839 22 00.\n\nCorina Zanetti\nAmministrazione, Hotel Bernina 1865, Pontresina",
    notes="Bilingual out-of-office; 7 January is the end of an absence, not a payment date.",
    re="Risposta automatica:",
    headers=AUTO,
    client_lang="it",
    mailer=OUTLOOK,
    days_after=0,
    salutation="signora Zanetti",
)

R(
    "lx",
    "LX-25-1455",
    3960.0,
    "invoice",
    "en",
    "en",
    "2026-02-24T07:01:00+01:00",
    "Meridan Pharma AP Helpdesk",
    "ap-helpdesk@meridan-pharma.example",
    "auto_reply",
    False,
    1,
    "This is an automated message. Please do not reply.\n\nThank you for contacting Meridan "
    "Pharma Accounts Payable. Your message has been received and assigned ticket number "
    "AP-2026-048213.\n\nInvoices are processed within 30 days of receipt provided they "
    "reference a valid purchase order. Payment status inquiries can be submitted through the "
    "supplier portal at https://suppliers.meridan-pharma.example.\n\nMeridan Pharma AG – "
    "Shared Service Centre, Basel",
    notes="Ticket-system receipt; the purchase-order condition is boilerplate, not an "
    "invoice_error.",
    subject="[AP-2026-048213] Re: Invoice LX-25-1455 from Lemanix",
    headers={**AUTO, "X-Ticket-ID": "AP-2026-048213"},
    days_after=0,
    salutation="Sir or Madam",
)

# ----------------------------------------------------------------------------------------------
# other
# ----------------------------------------------------------------------------------------------

R(
    "tv",
    "TV-25-0289",
    1210.35,
    "invoice",
    "it",
    "it",
    "2025-09-09T11:48:00+02:00",
    "Elisa Cattaneo",
    "elisa@bottegacattaneo.ch",
    "other",
    False,
    2,
    "Buongiorno Chiara,\n\ngrazie della fattura, tutto ok.\nApprofitto per chiederti: avete "
    "ancora il tessuto della collezione Maggia in blu notte? Ne vorrei ordinare una trentina di "
    "metri per la vetrina d'autunno. E se sì, che tempi di consegna avete?\n\nCiao e a presto\n"
    "Elisa\n\nBottega Cattaneo – Ascona",
    notes="'Tutto ok' about the invoice, then a new-order question that needs an answer: other "
    "rather than acknowledgement.",
    quote="gmail",
    salutation="signora Cattaneo",
)

R(
    "lx",
    "LX-25-1318",
    2145.0,
    "reminder_1",
    "en",
    "en",
    "2025-11-06T17:12:00+01:00",
    "James O'Connell",
    "jamesoconnell@fastmail.example",
    "other",
    False,
    2,
    "Hello,\n\nI think this reminder has reached the wrong person. I left Halvorsen Shipping at "
    "the end of August and this is my private address – I have no access to their accounts any "
    "more. The finance team there is at finance@halvorsen-shipping.example, I'd suggest you "
    "contact them directly.\n\nBest,\nJames O'Connell",
    notes="Wrong recipient (a former employee); nothing said about the debt itself.",
    quote="gmail",
    salutation="Mr O'Connell",
)
