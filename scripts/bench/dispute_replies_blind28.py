# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# ruff: noqa: RUF001  (the customers write en dashes and multiplication signs)
"""Twenty-eighth blind set of customers' replies (tests/data/disputes_blind28), with their labels (CC0 text).

Written by a thirtieth writer who read only the label definitions and the entry format, not the
other sets' replies, not the reader's rules and not its answers: it measures the reader once.
Everything is synthetic (people, firms, addresses, references). Never tune rules on these replies.

Profile: the customers of a fiduciary (bookkeeping, payroll, tax returns, hourly fees) and of a
textile firm, and a few of a translation agency: associations and foundations (the treasurer is
on holiday, the board or committee must approve, volunteers writing after work), doctors'
practices, small shops, restaurants, a municipality; "je transmets à notre comptable", "der
Kassier ist in den Ferien", "il comitato deve approvare"; French, German, Italian and a little
English. Invoice numbers: ``FS-25-NNNN`` (Fiduciaire Sarine), ``TV-25-NNNN`` (Tessiture
Verbano), ``LX-25-NNNN`` (Lemanix), ``-26-`` for invoices of 2026.

Uses the invoicing companies fs, tv and lx of ``make_dispute_replies.py``; same entry format as
``dispute_replies_blind20.py`` (the ``R`` helper of ``dispute_replies_more.py``, entries kept in
this file's own ``REPLIES``); labels as defined in /work/shared/samples/disputes/README.md.
Build with ``.venv/bin/python scripts/bench/make_dispute_replies.py --source blind28``.
"""

import dispute_replies_more as _more
from dispute_replies_more import APPLE, IPHONE, OUTLOOK, OX, TB

REPLIES = []

R = _more.writer(REPLIES)

AUTO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

# ----------------------------------------------------------------------------------------------
# contestation
# ----------------------------------------------------------------------------------------------

R(
    "fs",
    "FS-25-0731",
    1400.98,
    "reminder_1",
    "de",
    "de",
    "2025-11-18T21:47:00+01:00",
    "Beat Aebischer",
    "kassier@tv-wuennewil.ch",
    "contestation",
    True,
    3,
    "Guten Abend Frau Progin\n\nBesten Dank für Ihre Erinnerung. Der Vorstand hat Ihre Rechnung an "
    "der Sitzung vom letzten Donnerstag besprochen und mich beauftragt, Ihnen Folgendes "
    "mitzuteilen:\n\nFür den Jahresabschluss 2024/25 wurde an der GV im Frühling mit Ihnen eine "
    "Pauschale von CHF 900.– exkl. MWST vereinbart (siehe Protokoll, Traktandum 6). Verrechnet "
    "haben Sie nun 8.1 Stunden à CHF 160.–, also CHF 1'296.– exkl. MWST. Die Differenz können wir "
    "als Verein nicht übernehmen, unser Budget ist auf die Pauschale ausgelegt.\n\nWir bitten Sie "
    "deshalb um eine korrigierte Rechnung über die Pauschale. Diese werde ich dann umgehend "
    "bezahlen.\n\nSportliche Grüsse\n\nBeat Aebischer\nKassier TV Wünnewil\n079 512 44 08",
    amount=396.0,
    mentions=(),
    notes="A volunteer treasurer writing for the board: the agreed flat fee vs the hours billed, "
    "so the contested amount is the difference excl. VAT (1296 - 900).",
    quote="gmail",
    mailer=None,
)

R(
    "tv",
    "TV-25-0418",
    2378.2,
    "reminder_1",
    "it",
    "it",
    "2025-10-14T15:12:00+02:00",
    "Marco Pedrazzini",
    "info@grotto-al-ponte.ch",
    "contestation",
    True,
    3,
    "Buongiorno signora Bernasconi,\n\nscusi il ritardo nella risposta, siamo in piena stagione "
    "delle castagne e non ho avuto un minuto.\n\nLa fattura non la possiamo pagare così com'è: "
    "delle 40 tovaglie che ci avete fornito a settembre, 12 si sono ristrette di quasi 10 cm già "
    "al primo lavaggio a 60 gradi (come indicato sull'etichetta!) e non coprono più i tavoli. Le "
    "ho messe da parte, vi mando qualche foto. Si tratta di 12 × CHF 55.– = CHF 660.– più IVA.\n\n"
    "Il resto della fattura lo versiamo entro fine mese, per le 12 tovaglie aspettiamo una "
    "vostra proposta (sostituzione o nota di credito).\n\nCordiali saluti\nMarco Pedrazzini\n"
    "Grotto al Ponte, Cevio",
    amount=660.0,
    pdate="2025-10-31",
    notes="Partial dispute with photos: 660 contested as written (before VAT), the undisputed "
    "rest promised by the end of the month.",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    attachments=[("jpg", "tovaglie_1.jpg"), ("jpg", "tovaglie_2.jpg")],
)

R(
    "lx",
    "LX-25-0877",
    1187.3,
    "reminder_2",
    "fr",
    "fr",
    "2025-11-26T10:05:00+01:00",
    "Administration communale de Corcelles-le-Jorat",
    "greffe@corcelles-le-jorat.example.ch",
    "contestation",
    True,
    3,
    "Madame, Monsieur,\n\nNous accusons réception de votre second rappel concernant la facture "
    "citée en marge.\n\nNous vous rappelons que, par courrier du 6 octobre déjà, notre greffe vous "
    "avait signalé que la traduction allemande du règlement communal sur la gestion des déchets "
    "comportait de nombreuses erreurs de terminologie (notamment « taxe au sac » et « déchetterie "
    "intercommunale »), au point que notre secrétaire a dû reprendre intégralement le texte avant "
    "sa mise à l'enquête. Ce courrier est resté sans réponse.\n\nDans sa séance du 17 novembre, "
    "la Municipalité a dès lors décidé de suspendre le paiement de la facture jusqu'à ce qu'une "
    "solution soit trouvée avec votre bureau. Nous vous prions de bien vouloir prendre contact "
    "avec le soussigné.\n\nVeuillez agréer, Madame, Monsieur, nos salutations distinguées.\n\n"
    "Au nom de la Municipalité\nLe secrétaire municipal\nPhilippe Gavillet\n\n"
    "Administration communale | Route du Village 3 | 1082 Corcelles-le-Jorat",
    amount=1187.3,
    notes="Formal municipal letter suspending payment of the whole invoice for poor translation "
    "quality; no refusal word, no threat, so an ordinary dispute.",
    quote="outlook",
    outlook_line=False,
    mailer=OUTLOOK,
    charset="iso-8859-1",
)

R(
    "fs",
    "FS-25-0655",
    1059.38,
    "invoice",
    "fr",
    "fr",
    "2025-09-23T12:31:00+02:00",
    "Sandra Overney",
    "secretariat@cabinet-overney.example.ch",
    "contestation",
    True,
    3,
    "Bonjour Madame Progin,\n\nMerci pour l'envoi de la facture et pour votre travail sur notre "
    "déclaration, comme chaque année tout s'est très bien passé.\n\nLe Dr Overney s'étonne "
    "toutefois du montant : l'an dernier, la même déclaration d'impôts (cabinet + privé) nous "
    "avait été facturée CHF 650.– HT, cette année c'est CHF 980.– HT, alors que rien n'a changé "
    "dans notre situation. Pourriez-vous nous expliquer cette différence ou revoir la facture ?\n\n"
    "Avec nos meilleures salutations\n\nSandra Overney\nAssistante médicale / secrétariat\n"
    "Cabinet médical Dr Jean-Marc Overney\nRue de Lausanne 41, 1700 Fribourg",
    amount=330.0,
    notes="Polite opener and a question, but it challenges the fee against last year's: the "
    "difference (980 - 650) is the contested amount.",
    mailer=APPLE,
    quote="apple",
    format="alt",
)

R(
    "tv",
    "TV-25-0503",
    1134.0,
    "reminder_2",
    "de",
    "de",
    "2025-12-10T08:14:00+01:00",
    "Ruth Zgraggen",
    "laden@stoffwerk-altdorf.ch",
    "contestation",
    True,
    4,
    "Guten Tag\n\nJetzt kommt schon die zweite Mahnung, und ich habe Ihnen bereits im Oktober "
    "telefonisch gesagt: Die 20 Laufmeter Leinen natur haben wir NIE bestellt. Die Ware steht "
    "immer noch originalverpackt bei uns im Lager, Sie können sie jederzeit abholen lassen.\n\n"
    "Die Rechnung über CHF 1'134.00 zahlen wir nicht, und die Mahngebühr von CHF 20.– schon gar "
    "nicht.\n\nGruss\nR. Zgraggen\nStoffwerk Altdorf – Stoffe & Kurzwaren",
    amount=1154.0,
    notes="Goods never ordered and an explicit refusal to pay (urgency 4): the whole invoice plus "
    "the contested CHF 20 reminder fee.",
    mailer="Microsoft Outlook 14.0",
    quote="outlook",
    re="AW:",
    charset="windows-1252",
)

R(
    "fs",
    "FS-25-0512",
    2270.1,
    "reminder_3",
    "it",
    "it",
    "2026-01-20T17:40:00+01:00",
    "Fondazione Casa Serena – Consiglio di fondazione",
    "presidenza@casaserena-fondazione.ch",
    "contestation",
    True,
    5,
    "Egregia signora Progin,\n\nprendiamo atto con stupore della vostra terza diffida, che minaccia "
    "addirittura l'avvio di una procedura esecutiva.\n\nAbbiamo contestato già a novembre, per "
    'telefono e per iscritto, le 5 ore di "consulenza" del 12 settembre (5 × CHF 150.–), che '
    "nessuno del consiglio ha mai richiesto. Non abbiamo ricevuto alcuna risposta, solo "
    "solleciti.\n\nIl consiglio di fondazione, riunito il 15 gennaio, ha quindi deciso di revocare "
    "il vostro mandato per la contabilità e la gestione dei salari con effetto al 31 marzo. Se "
    "doveste avviare un'esecuzione per un importo contestato, la pratica verrà trasmessa al "
    "nostro avvocato.\n\nDistinti saluti\n\nper il Consiglio di fondazione\nAvv. Elena Ghisletta, "
    "presidente\nFondazione Casa Serena, Bellinzona",
    amount=750.0,
    notes="Mandate cancelled and a lawyer announced against the threatened prosecution "
    "(urgency 5); only the 5 consulting hours are contested, excl. VAT.",
    mailer=OUTLOOK,
    format="alt",
)

R(
    "lx",
    "LX-25-0902",
    1695.01,
    "invoice",
    "en",
    "en",
    "2025-10-07T09:20:00+02:00",
    "Hannah Whitfield",
    "hannah@lakeside-physio.example.com",
    "contestation",
    True,
    3,
    "Hi Olivier,\n\nThanks for the invoice. I might be missing something, but the source document "
    "we sent you (our patient leaflets) was 4,200 words according to Word, and the invoice says "
    "5,600 words. At CHF 0.28 per word that's CHF 392 more than I expected.\n\nCould you double-"
    "check the word count? I'll hold the invoice until I hear back from you.\n\nCheers,\nHannah\n\n"
    "Hannah Whitfield\nPractice Manager, Lakeside Physio Montreux",
    amount=392.0,
    notes="Hedged as a question, but the customer contests 1,400 words and holds the invoice: "
    "the amount is the one she computes.",
    mailer="Gmail",
    quote="gmail",
    format="alt",
)

R(
    "fs",
    "FS-25-0802",
    486.45,
    "reminder_1",
    "de",
    "de",
    "2025-11-03T19:02:00+01:00",
    "Monika Riedo",
    "monika.riedo@bluewin.example.ch",
    "contestation",
    True,
    3,
    "Hallo Frau Progin\n\nEntschuldigung, diese Rechnung für die Oktober-Löhne ist mir durch die "
    "Lappen gegangen, ich überweise sie bis Freitag.\n\nBei der Gelegenheit: unser Buchhalter hat "
    "mich auf die Rechnung 0765 aufmerksam gemacht (siehe unten). Für die MWST-Abrechnung Q3 haben "
    "Sie 3 Stunden verrechnet, bisher war das immer 1 Stunde. Können Sie das bitte prüfen? Die "
    "zahle ich erst, wenn das geklärt ist.\n\nGruss Monika Riedo\nBäckerei-Konditorei Riedo, "
    "Tafers\n\n----- Weitergeleitet von Urs Jungo -----\nMonika, bei der FS-25-0765 stimmt "
    "etwas nicht: 3 h MWST statt wie immer 1 h, das sind 2 h à 140.– zu viel. Würde ich so nicht "
    "bezahlen. Gruss Urs",
    amount=280.0,
    pdate="2025-11-07",
    mentions=("FS-25-0765",),
    notes="The thread's invoice is promised for Friday, the dispute is about another invoice "
    "(0765, 2 h × 140 written by the customer's bookkeeper), so pause concerns the mentioned one.",
    mailer=TB,
    quote="forward",
    internal=True,
    re="Fwd:",
)

# ----------------------------------------------------------------------------------------------
# invoice_error
# ----------------------------------------------------------------------------------------------

R(
    "fs",
    "FS-26-0012",
    540.5,
    "invoice",
    "de",
    "de",
    "2026-01-08T20:15:00+01:00",
    "Erika Vonlanthen",
    "e.vonlanthen@gmx.example.ch",
    "invoice_error",
    True,
    3,
    "Grüezi Frau Progin\n\nDie Rechnung für die Lohnabrechnungen unseres Dirigenten ist leider "
    "auf meinen Namen und meine Privatadresse ausgestellt. Ich bin zwar die Präsidentin, aber "
    "die Rechnung muss auf den Verein lauten:\n\nFrauenchor Harmonie Düdingen\nc/o Kassierin "
    "Claudia Bürgy\nBahnhofstrasse 9\n3186 Düdingen\n\nSonst akzeptiert sie unser Revisor "
    "nicht. Am Betrag ist nichts auszusetzen. Könnten Sie sie bitte neu ausstellen und direkt "
    "an Claudia schicken? Sie ist allerdings bis am 20. Januar in den Ferien.\n\nHerzliche "
    "Grüsse\nErika Vonlanthen",
    notes="Wrong addressee (the president privately instead of the choir) to be reissued; the "
    "treasurer's holiday date is not a payment date.",
    mailer=IPHONE,
)

R(
    "tv",
    "TV-25-0611",
    4863.4,
    "reminder_1",
    "it",
    "it",
    "2025-11-19T11:26:00+01:00",
    "Ufficio finanze – Comune di Gambarogno",
    "finanze@gambarogno-comune.example.ch",
    "invoice_error",
    True,
    4,
    "Gentile signora Bernasconi,\n\nla fattura per le tende della sala del consiglio comunale è "
    "corretta nel contenuto, ma non riporta il numero dell'ordine (BO-2025-118) né il centro di "
    "costo 029.3140, obbligatori per tutte le fatture indirizzate al Comune. Senza questi dati "
    "non possiamo registrarla.\n\nIl prossimo ordine di pagamento viene firmato dal Municipio "
    "il 28 novembre: se riceviamo la fattura corretta entro il 26, la paghiamo con quello, "
    "altrimenti slitta a dicembre.\n\nCordiali saluti\n\nLuca Ferrari\nUfficio finanze\n"
    "Comune di Gambarogno",
    notes="Missing order number and cost centre blocking the municipal payment run on a given "
    "date (urgency 4); the payment date is conditional, not a promise.",
    mailer=OUTLOOK,
    quote="outlook",
    format="alt",
    re="R:",
)

R(
    "lx",
    "LX-25-0951",
    312.45,
    "invoice",
    "fr",
    "fr",
    "2025-09-30T16:48:00+02:00",
    "Nadia Berset",
    "admin@cabinet-dentaire-bulle.example.ch",
    "invoice_error",
    True,
    3,
    "Bonjour,\n\nIl me semble que nous avons reçu deux fois la même facture : la LX-25-0944 du "
    "15 septembre et celle-ci, la 0951, pour la même traduction (notre lettre aux patients en "
    "allemand), même montant. La première a déjà été payée le 24.09.\n\nMerci d'annuler celle-ci.\n\n"
    "Nadia Berset\nCabinet dentaire de la Gruyère",
    amount=312.45,
    mentions=("LX-25-0944", "LX-25-0951"),
    notes="Duplicate invoice, not already paid: the first one was paid, this one must be "
    "cancelled, so its full amount is contested.",
    mailer=OX,
)

R(
    "fs",
    "FS-26-0047",
    918.85,
    "invoice",
    "fr",
    "en",
    "2026-02-04T10:02:00+01:00",
    "James O'Connell",
    "james@the-copper-kettle.example.ch",
    "invoice_error",
    True,
    3,
    "Dear Ms Progin,\n\nSorry to reply in English, my French is still not good enough for "
    "invoices!\n\nThe amount is fine, but the invoice still shows our old address at Rue de "
    "Morat 12. We moved the café to Boulevard de Pérolles 27, 1700 Fribourg last August, and our "
    "auditor wants the correct address on all 2026 invoices. Could you please reissue this one "
    "with the new address? We'll pay it as soon as we have it.\n\nMany thanks,\nJames O'Connell\n"
    "The Copper Kettle Sàrl",
    notes="English reply to a French invoice asking to reissue this invoice with the new address "
    "(a formal error, not a request for future invoices elsewhere).",
    mailer=APPLE,
    quote="apple",
    client_lang="en",
)

# ----------------------------------------------------------------------------------------------
# already_paid
# ----------------------------------------------------------------------------------------------

R(
    "fs",
    "FS-25-0689",
    1245.6,
    "reminder_1",
    "fr",
    "fr",
    "2025-10-15T14:55:00+02:00",
    "Restaurant Le Tilleul",
    "contact@letilleul-morat.example.ch",
    "already_paid",
    True,
    3,
    "Bonjour,\n\nCette facture a été payée le 3 octobre par e-banking (CHF 1'245.60, avec la "
    "référence QR). Je vous joins la confirmation de la banque.\n\nBonne journée\n"
    "Patricia Chervet\nRestaurant Le Tilleul, Morat",
    notes="",
    mailer=OUTLOOK,
    attachments=[("pdf", "Confirmation_paiement_0310.pdf")],
)

R(
    "tv",
    "TV-25-0788",
    2961.45,
    "reminder_2",
    "de",
    "de",
    "2026-01-14T09:37:00+01:00",
    "Daniel Camenzind",
    "verwaltung@stiftung-sonnhalde.example.ch",
    "already_paid",
    True,
    3,
    "Sehr geehrte Frau Bernasconi\n\nIhre zweite Mahnung für die Bettwäsche hat mich etwas "
    "überrascht. Soweit ich informiert bin, hat unsere Kassierin, Frau Arnold, die Zahlung vor "
    "ihren Ferien noch ausgelöst, das war am 29. Dezember. Sie ist erst nächste Woche zurück, "
    "deshalb kann ich Ihnen leider keinen Beleg schicken.\n\nKönnten Sie bitte nochmals auf "
    "Ihrem Konto nachschauen? Die Mahngebühr von CHF 20.– übernehmen wir in diesem Fall "
    "natürlich nicht.\n\nFreundliche Grüsse\n\nDaniel Camenzind\nGeschäftsführer\nStiftung "
    "Sonnhalde, Wohnheim für Menschen mit Beeinträchtigung, Brunnen",
    notes="Paid 'as far as I know' by the treasurer now on holiday, without proof; declining the "
    "fee follows from the payment, so no contested amount for already_paid.",
    mailer=OUTLOOK,
    quote="outlook",
    format="alt",
    re="AW:",
)

R(
    "lx",
    "LX-25-0867",
    642.8,
    "reminder_1",
    "it",
    "it",
    "2025-12-02T13:10:00+01:00",
    "Silvia Rezzonico",
    "segreteria@studiomedico-rezzonico.example.ch",
    "already_paid",
    True,
    3,
    "Buongiorno,\n\nabbiamo pagato la fattura il 14 novembre, ma controllando ora mi accorgo che "
    "abbiamo usato il vecchio IBAN PostFinance che avevamo registrato l'anno scorso "
    "(CH44 0900 0000 6512 0987 3). Il conto è ancora vostro? Se il pagamento vi è tornato "
    "indietro fatemelo sapere e lo rifacciamo sul conto nuovo.\n\nGrazie e cordiali saluti\n"
    "Silvia Rezzonico\nStudio medico Dr. Rezzonico, Lugano",
    notes="Paid to an old account: still a payment stated as made, with a past date.",
    mailer=TB,
    quote="thunderbird",
)

R(
    "tv",
    "TV-25-0835",
    389.2,
    "reminder_1",
    "it",
    "it",
    "2025-12-03T07:51:00+01:00",
    "Gianni Cattaneo",
    "gianni.cattaneo@bar-centrale.example.ch",
    "already_paid",
    True,
    3,
    "gia pagato ieri. saluti\n\nInviato da iPhone",
    notes="One line from a phone without accents: paid yesterday (a past payment).",
    mailer=IPHONE,
    quote="apple",
)

# ----------------------------------------------------------------------------------------------
# delay_request
# ----------------------------------------------------------------------------------------------

R(
    "fs",
    "FS-25-0944",
    760.0,
    "reminder_1",
    "de",
    "de",
    "2026-01-27T18:22:00+01:00",
    "Hansruedi Schafer",
    "praesident@schuetzen-plaffeien.example.ch",
    "delay_request",
    True,
    2,
    "Guten Abend\n\nDer Kassier ist leider bis am 15. Februar in den Ferien (Thailand) und nur er "
    "hat die Zugangsdaten fürs E-Banking. Könnten Sie mit der Mahnung bitte noch etwas zuwarten? "
    "Er wird die Rechnung nach seiner Rückkehr sicher bis Ende Februar bezahlen.\n\n"
    "Mit Schützengruss\nHansruedi Schafer\nPräsident Schützengesellschaft Plaffeien",
    pdate="2026-02-28",
    notes="The president asks to wait and gives a date (end of February), so the request pauses; "
    "15 February is only the treasurer's return.",
    mailer="Mozilla Thunderbird",
    quote="thunderbird",
)

R(
    "tv",
    "TV-25-0741",
    2486.3,
    "reminder_2",
    "fr",
    "fr",
    "2026-01-12T11:03:00+01:00",
    "Céline Dubuis",
    "celine@atelier-coussin.example.ch",
    "delay_request",
    True,
    2,
    "Bonjour Madame Bernasconi,\n\nJe suis désolée pour le retard. Les ventes de décembre n'ont "
    "pas été celles que j'espérais et la trésorerie de la boutique est un peu juste en ce moment. "
    "Les tissus sont parfaits, ce n'est pas la question.\n\nSerait-il possible de régler la "
    "facture en trois fois ?\n- CHF 800.– le 31 janvier\n- CHF 800.– le 28 février\n- le solde "
    "fin mars\n\nMerci d'avance de votre compréhension.\n\nCéline Dubuis\nL'Atelier du Coussin, "
    "Vevey",
    pdate="2026-01-31",
    notes="Dated three-instalment plan, no dispute (the goods are praised): first instalment "
    "is the promised date.",
    mailer="Gmail",
    quote="gmail",
    format="alt",
)

R(
    "fs",
    "FS-25-0640",
    1081.0,
    "reminder_2",
    "it",
    "it",
    "2025-11-11T22:04:00+01:00",
    "Paola Bianchi",
    "cassa@coro-valmaggia.example.ch",
    "delay_request",
    False,
    2,
    "Gentile signora Progin,\n\nmi scuso per il ritardo. Secondo i nostri statuti il comitato "
    "deve approvare tutte le spese superiori a 500 franchi e la prossima riunione non è ancora "
    "stata fissata (il presidente è all'ospedale). Vi chiedo ancora un po' di pazienza, pagheremo "
    "appena avremo l'approvazione.\n\nUn caro saluto\nPaola Bianchi, cassiera\n"
    "Società corale Valmaggia",
    notes="Committee approval pending with no date: a vague request for patience does not pause.",
    mailer=None,
)

# ----------------------------------------------------------------------------------------------
# payment_promise
# ----------------------------------------------------------------------------------------------

R(
    "lx",
    "LX-25-0899",
    455.9,
    "reminder_1",
    "fr",
    "fr",
    "2025-11-13T08:40:00+01:00",
    "Association Lire et Écrire Broye",
    "secretariat@lire-ecrire-broye.example.ch",
    "payment_promise",
    False,
    1,
    "Bonjour Monsieur Chappuis,\n\nMerci du rappel, je transmets à notre comptable. Les "
    "paiements de l'association partent une fois par mois, le prochain le 25 novembre, votre "
    "facture sera dedans.\n\nCordialement\nMireille Pidoux, secrétaire bénévole",
    pdate="2025-11-25",
    notes="'Je transmets à notre comptable' followed by a dated payment run makes it a promise, "
    "not a mere acknowledgement.",
    mailer=OUTLOOK,
    format="html",
)

R(
    "tv",
    "TV-25-0466",
    612.75,
    "reminder_3",
    "de",
    "de",
    "2025-10-22T23:12:00+02:00",
    "Pizzeria Da Toni",
    "datoni.ascona@gmail.example.com",
    "payment_promise",
    False,
    1,
    "sorry, ist untergegangen, wir überweisen morgen. gruss toni",
    pdate="2025-10-23",
    notes="Late-night one-liner to the last reminder: 'morgen' resolved against the e-mail date.",
    mailer=IPHONE,
    quote="apple",
)

R(
    "fs",
    "FS-25-0571",
    1513.4,
    "reminder_1",
    "fr",
    "mixed",
    "2025-09-16T12:18:00+02:00",
    "Praxis Dr. Marti / Cabinet Dr Marti",
    "praxis@dr-marti-murten.example.ch",
    "payment_promise",
    False,
    1,
    "Guten Tag Frau Progin / Bonjour Madame Progin\n\nDie Zahlung erfolgt Ende Monat mit den "
    "Löhnen. / Le paiement sera effectué à la fin du mois avec les salaires.\n\nFreundliche "
    "Grüsse / Meilleures salutations\nLaura Marti\nPraxis Dr. med. Thomas Marti, Murten / Morat",
    pdate="2025-09-30",
    notes="Bilingual promise from a Murten practice: end of month resolved to the last day.",
    mailer=OUTLOOK,
    client_lang="de",
    quote="outlook",
)

# ----------------------------------------------------------------------------------------------
# copy_request
# ----------------------------------------------------------------------------------------------

R(
    "fs",
    "FS-25-0857",
    864.8,
    "invoice",
    "fr",
    "fr",
    "2025-10-29T15:30:00+01:00",
    "Fondation Les Peupliers",
    "direction@fondation-peupliers.example.ch",
    "copy_request",
    False,
    2,
    "Bonjour,\n\nLe PDF que nous avons reçu ne contient que la première page de la facture, sans "
    "le bulletin de versement QR. Pourriez-vous nous le renvoyer complet ? Notre comptable en a "
    "besoin pour la saisie.\n\nMerci et bonne fin de journée\n\nGeneviève Schouwey\n"
    "Fondation Les Peupliers, Estavayer-le-Lac",
    notes="Incomplete PDF: asks for the QR-bill, not a defect of the claim.",
    mailer=OUTLOOK,
    quote="outlook",
    format="alt",
)

R(
    "tv",
    "TV-25-0912",
    1740.5,
    "invoice",
    "it",
    "it",
    "2025-12-16T10:44:00+01:00",
    "Cancelleria – Comune di Maggia",
    "cancelleria@maggia-comune.example.ch",
    "copy_request",
    False,
    2,
    "Spettabile ditta,\n\nvi ringraziamo per la fattura relativa alle bandiere per la festa "
    "patriottica. Vi preghiamo di voler indirizzare in futuro tutte le fatture esclusivamente "
    "all'indirizzo fatture@maggia-comune.example.ch, che viene elaborato direttamente dalla "
    "contabilità. Per questa fattura non è necessario un nuovo invio, l'abbiamo già "
    "inoltrata.\n\nDistinti saluti\nLa Cancelleria comunale",
    notes="Future invoices to another mailbox; this invoice itself is fine and already passed on.",
    mailer=OUTLOOK,
)

# ----------------------------------------------------------------------------------------------
# acknowledgement
# ----------------------------------------------------------------------------------------------

R(
    "lx",
    "LX-25-0611",
    297.28,
    "invoice",
    "de",
    "de",
    "2025-09-10T16:05:00+02:00",
    "Andrea Kühne",
    "a.kuehne@drogerie-kuehne.example.ch",
    "acknowledgement",
    False,
    1,
    "Danke, habe die Rechnung an unsere Buchhaltung weitergeleitet.\n\nA. Kühne",
    notes="",
    mailer=OUTLOOK,
    quote="outlook",
)

R(
    "fs",
    "FS-25-1012",
    2054.95,
    "reminder_1",
    "fr",
    "fr",
    "2026-02-10T09:15:00+01:00",
    "Boulangerie Clément",
    "boulangerie.clement@example.ch",
    "acknowledgement",
    False,
    1,
    "Bien reçu, je transmets à notre comptable.\nBelle journée\nM. Clément",
    notes="A reply to a reminder that only passes it on, with no date: acknowledgement, not a "
    "promise.",
    mailer="Gmail",
    quote="gmail",
)

# ----------------------------------------------------------------------------------------------
# auto_reply
# ----------------------------------------------------------------------------------------------

R(
    "tv",
    "TV-25-0960",
    1296.0,
    "reminder_1",
    "it",
    "mixed",
    "2025-12-29T00:03:00+01:00",
    "Hotel Gotthard Airolo",
    "info@hotel-gotthard-airolo.example.ch",
    "auto_reply",
    False,
    1,
    "Risposta automatica / Automatische Antwort\n\nGrazie per il vostro messaggio. L'albergo è "
    "chiuso per ferie fino al 6 gennaio 2026. Le e-mail non vengono lette durante questo "
    "periodo.\n\nDanke für Ihre Nachricht. Das Hotel ist bis am 6. Januar 2026 "
    "betriebsferienhalber geschlossen. E-Mails werden in dieser Zeit nicht gelesen.\n\n"
    "Famiglia Dotta – Hotel Gotthard, Airolo",
    notes="Bilingual holiday auto-reply; the reopening date is not a payment date.",
    re="Risposta automatica:",
    headers=AUTO,
    mailer=OUTLOOK,
)

R(
    "fs",
    "FS-25-0903",
    5128.35,
    "reminder_2",
    "fr",
    "fr",
    "2026-02-17T14:02:12+01:00",
    "Guichet virtuel – Commune de Belfaux",
    "noreply@belfaux-commune.example.ch",
    "auto_reply",
    False,
    1,
    "Madame, Monsieur,\n\nNous accusons réception de votre message, enregistré sous le numéro "
    "de dossier #BFX-2026-04471. Il sera traité par le service concerné dans les meilleurs "
    "délais.\n\nCe message est généré automatiquement, merci de ne pas y répondre.\n\n"
    "Administration communale de Belfaux",
    notes="Ticket-system confirmation of a municipality answering a reminder.",
    re="[#BFX-2026-04471] RE :",
    headers=AUTO,
)

# ----------------------------------------------------------------------------------------------
# other
# ----------------------------------------------------------------------------------------------

R(
    "tv",
    "TV-25-0879",
    845.6,
    "invoice",
    "it",
    "it",
    "2025-11-05T10:28:00+01:00",
    "Merceria Pini",
    "merceria.pini@example.ch",
    "other",
    False,
    2,
    "Buongiorno Chiara,\n\ngrazie per la fattura. Approfitto per chiederti se il nuovo listino "
    '2026 è già disponibile e se ci saranno ancora i tessuti della collezione "Lago" in '
    "azzurro: avrei alcune clienti interessate per la primavera.\n\nA presto\nGraziella Pini\n"
    "Merceria Pini, Locarno",
    notes="An unrelated product question sent as a reply to the invoice, needing an answer.",
    mailer=APPLE,
    quote="apple",
)

R(
    "fs",
    "FS-25-0601",
    410.85,
    "reminder_1",
    "de",
    "de",
    "2025-10-01T07:02:00+02:00",
    "Marco Jungo",
    "m.jungo@coiffure-jungo.example.ch",
    "other",
    False,
    1,
    "\n\nFreundliche Grüsse\nMarco Jungo\nCoiffure Jungo, Schmitten\nTel. 026 496 12 30",
    notes="Empty reply sent by mistake, only the signature above the quoted reminder.",
    mailer=OUTLOOK,
    quote="outlook",
    re="AW:",
)
