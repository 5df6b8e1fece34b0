# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# ruff: noqa: RUF001  (the customers write en dashes and multiplication signs)
"""Twentieth blind set of customers' replies (tests/data/disputes_blind20), with their labels (CC0 text).

Written by a twenty-second writer who read only the label definitions and the entry format, not
the other sets' replies, not the reader's rules and not its answers: it measures the reader once.
Everything is synthetic (people, firms, addresses, references). Never tune rules on these replies.

Profile: replies where the decision is hard, as a credit controller meets them: a customer who
pays part and contests the rest; "paid" meaning "will pay today"; an instalment plan with dates
vs. time asked without a date; a question about a line that is a hidden dispute vs. a genuine
question; a complaint about a previous invoice while this one is fine; a reply to reminder 3
threatening a lawyer vs. one mentioning a lawyer for an unrelated reason; an accountant
confirming the invoice is booked and approved (with and without a payment-run date); a contract
cancelled (disputing this invoice or not); a duplicate payment; paying by card; future invoices
to another address vs. a wrong address on the invoice; an invoice lost in the spam folder.

Uses the invoicing companies of ``make_dispute_replies.py`` (bq, tv, lx, mr, fs, wl, lo); same
entry format as ``dispute_replies_blind4.py`` (the ``R`` helper of ``dispute_replies_more.py``,
entries kept in this file's own ``REPLIES``); labels as defined in
/work/shared/samples/disputes/README.md.
Build with ``.venv/bin/python scripts/bench/make_dispute_replies.py --source blind20``.
"""

import dispute_replies_more as _more
from dispute_replies_more import APPLE, IPHONE, ORANGE, OUTLOOK, TB

REPLIES = []

R = _more.writer(REPLIES)

AUTO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

# ----------------------------------------------------------------------------------------------
# contestation
# ----------------------------------------------------------------------------------------------

R(
    "lx",
    "LX-25-1034",
    1842.1,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-09T09:42:00+01:00",
    "Valérie Cuendet",
    "v.cuendet@cuendet-immobilier.ch",
    "contestation",
    True,
    3,
    "Bonjour Monsieur Chappuis,\n\nMerci pour votre rappel. Nous virons aujourd'hui même la partie "
    "de la facture qui correspond à la traduction du rapport annuel, soit CHF 1'474.55.\n\n"
    "En revanche, nous ne réglerons pas le supplément « urgence » de CHF 340.00 HT : le délai "
    "de livraison au 14 octobre figurait déjà dans votre offre du 22 septembre, au prix "
    "normal, et personne ne nous a parlé d'un supplément. Pourriez-vous nous envoyer une note "
    "de crédit pour ce poste ?\n\nAvec mes meilleures salutations\n\nValérie Cuendet\n"
    "Cuendet Immobilier SA\nDirection administrative",
    amount=340.0,
    pdate="2025-12-09",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    days_after=3,
    notes="Pays the undisputed part today and contests the urgency surcharge (stated net); the "
    "payment 'aujourd'hui même' is the promised date of the undisputed part.",
)

R(
    "bq",
    "BQ-25-2218",
    6487.5,
    "reminder_3",
    "de",
    "de",
    "2025-12-15T21:07:00+01:00",
    "Reto Schnyder",
    "reto.schnyder@gmx.ch",
    "contestation",
    True,
    5,
    "Frau Imhof\n\nJetzt reicht es. Seit Ihre Monteure Ende September die Wärmepumpe eingebaut "
    "haben, fällt sie jede zweite Nacht aus, ich habe Ihnen das dreimal telefonisch und einmal "
    "schriftlich gemeldet (Fotos des Fehlercodes im Anhang). Niemand ist vorbeigekommen. "
    "Stattdessen bekomme ich jetzt die letzte Mahnung mit Betreibungsandrohung.\n\n"
    "Ich habe die Sache heute meinem Anwalt, lic. iur. Thomas Gisler, übergeben. Bezahlt wird "
    "erst, wenn die Anlage einwandfrei läuft. Sollten Sie die Betreibung einleiten, werden wir "
    "Rechtsvorschlag erheben.\n\nR. Schnyder",
    amount=6487.5,
    quote="gmail",
    attachments=[("jpg", "fehlercode_E41.jpg"), ("jpg", "display_wp.jpg")],
    days_after=4,
    notes="Reply to the last reminder: defective installation, the whole invoice withheld and "
    "a lawyer instructed – a real legal threat (contrast with the reminder_3 reply that mentions "
    "a lawyer for an estate).",
)

R(
    "tv",
    "TV-2025-0517",
    2918.4,
    "invoice",
    "it",
    "it",
    "2025-11-20T11:15:00+01:00",
    "Marco Pedrazzini",
    "m.pedrazzini@arredi-pedrazzini.ch",
    "contestation",
    True,
    3,
    "Buongiorno signora Bernasconi,\n\ngrazie per la fattura. Prima di passarla al pagamento "
    'avrei una domanda: a cosa corrisponde la voce "campionatura colori" di CHF 480.00? '
    "Nell'offerta del 3 settembre i campioni erano compresi nel prezzo al metro, lo aveva "
    "confermato anche il suo collega al telefono quando abbiamo scelto i tessuti per l'hotel.\n\n"
    "Se si tratta di un errore, mi mandi pure una fattura corretta.\n\nCordiali saluti\n"
    "Marco Pedrazzini\nArredi Pedrazzini SA, Bellinzona",
    amount=480.0,
    quote="thunderbird",
    mailer=TB,
    days_after=1,
    notes="Phrased as a question about a line, but the customer says the samples were included in "
    "the offer and asks for a corrected invoice: a hidden contestation of CHF 480 (contrast "
    "with the genuine question about the eco-contribution line).",
)

R(
    "mr",
    "MR-2025-0388",
    1260.0,
    "invoice",
    "fr",
    "fr",
    "2025-11-26T18:31:00+01:00",
    "Sébastien Favre",
    "sebastien.favre@orange.fr",
    "contestation",
    True,
    3,
    "Bonsoir Madame Roche,\n\nPour cette facture-ci (les étagères du cellier), rien à redire, "
    "elle partira avec mes paiements de fin de mois.\n\nPar contre je reviens sur la facture "
    "0341 de septembre : vous m'avez compté 2 h de reprise à 55 € HT pour raboter les portes du "
    "placard. Or si elles frottaient, c'est parce qu'elles avaient été mal ajustées à la pose, "
    "je ne vois pas pourquoi je paierais pour ça. Je ne l'ai pas encore réglée pour cette raison. "
    "Pouvez-vous me faire un avoir de ces deux heures ?\n\nCordialement,\nSébastien Favre",
    amount=110.0,
    mentions=["MR-2025-0341"],
    quote="gmail",
    mailer=ORANGE,
    days_after=1,
    notes="The thread's invoice is fine; the dispute is about the earlier MR-2025-0341 (2 h × 55 € "
    "HT = 110), so the pause concerns that invoice; 'fin de mois' for this one is a second issue.",
)

R(
    "wl",
    "WL-25-0962",
    1297.2,
    "invoice",
    "en",
    "en",
    "2025-11-04T14:02:00+01:00",
    "Hannah Whitfield",
    "hannah.whitfield@brightpath-learning.ch",
    "contestation",
    True,
    5,
    "Hi Lukas,\n\nI'm a bit puzzled by this one. We gave notice on the hosting and maintenance "
    "contract on 12 August, effective 30 September, and your colleague Nina confirmed it by "
    "e-mail on 14 August. This invoice covers October to December 2025, so it should not exist.\n\n"
    "We won't be paying it. Could you please cancel it, and make sure the contract is closed in "
    "your system so this doesn't happen again next quarter?\n\nThanks,\nHannah\n\n"
    "Hannah Whitfield | Operations Manager\nBrightPath Learning GmbH | Zug",
    amount=1297.2,
    quote="outlook",
    outlook_line=False,
    mailer=OUTLOOK,
    format="alt",
    days_after=2,
    notes="Calm tone, but the whole invoice is refused because the contract was cancelled before "
    "the billed period; urgency 5 by the contract-cancellation rule (4 would also be defensible).",
)

# ----------------------------------------------------------------------------------------------
# invoice_error
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BQ-25-2301",
    845.3,
    "invoice",
    "de",
    "de",
    "2025-12-03T08:20:00+01:00",
    "Peter Keller",
    "p.keller@bluewin.ch",
    "invoice_error",
    True,
    3,
    "Guten Morgen Frau Imhof\n\nDanke für die rasche Reparatur des Boilers letzte Woche. Die "
    "Rechnung ist aber an mich privat adressiert. Der Boiler gehört zur Stockwerkeigentümer"
    "gemeinschaft Rosenweg 4 und wird über deren Erneuerungsfonds bezahlt; ich bin dort nur "
    "Verwalter.\n\nBitte stellen Sie die Rechnung neu aus an:\nSTWEG Rosenweg 4\nc/o Peter "
    "Keller\nRosenweg 4\n6030 Ebikon\n\nDann wird sie umgehend bezahlt.\n\nFreundliche Grüsse\n"
    "Peter Keller",
    quote="apple",
    mailer=APPLE,
    notes="The work is accepted; the invoice is addressed to the wrong party (a private person "
    "instead of the condominium owners' community) and must be reissued.",
)

R(
    "lo",
    "LO-2025-0744",
    3456.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-10T10:55:00+01:00",
    "Service Comptabilité Fournisseurs",
    "fournisseurs@hotels-saone-rhone.fr",
    "invoice_error",
    True,
    4,
    "Bonjour,\n\nVotre facture a bien été réceptionnée mais elle est bloquée dans notre circuit "
    "de validation : elle ne comporte pas notre numéro de bon de commande, obligatoire pour "
    "tout fournisseur depuis le 1er septembre. Le bon concerné est le PO-88213 (suspensions du "
    "lobby, hôtel Bellecour).\n\nNotre dernier lot de paiements de l'année part le 18 décembre. "
    "Pour que votre facture y figure, il nous faut une facture rectifiée mentionnant ce numéro "
    "au plus tard le 16 décembre ; à défaut, elle sera réglée en janvier.\n\nCordialement,\n\n"
    "Laëtitia Morel\nComptabilité fournisseurs\nGroupe Hôtels Saône & Rhône",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    days_after=2,
    notes="Missing PO number blocking a dated payment run: invoice_error of urgency 4; the run of "
    "18 December is conditional on a corrected invoice, so it is not a promised date.",
)

R(
    "tv",
    "TV-2025-0583",
    4324.0,
    "invoice",
    "it",
    "it",
    "2025-11-13T16:40:00+01:00",
    "Giulia Rinaldi",
    "amministrazione@rinaldi-tendaggi.it",
    "invoice_error",
    True,
    3,
    "Gentile signora Bernasconi,\n\nabbiamo ricevuto la fattura per i tessuti oscuranti, grazie. "
    "Vediamo però che è stata applicata l'IVA svizzera all'8,1% (CHF 324.00): la merce è stata "
    "spedita a Como con documento di esportazione, quindi la fornitura dovrebbe essere esente e "
    "l'IVA la regoliamo noi all'importazione.\n\nVi chiediamo cortesemente di emettere una nuova "
    "fattura senza IVA; l'importo netto di CHF 4'000.00 lo bonifichiamo appena la riceviamo.\n\n"
    "Distinti saluti\nGiulia Rinaldi\nRinaldi Tendaggi S.r.l. – Amministrazione",
    amount=324.0,
    quote="none",
    format="alt",
    notes="Wrong VAT on an export: formal defect, the disputed amount is the VAT; the promise to "
    "pay on receipt of the new invoice has no date.",
)

R(
    "wl",
    "WL-25-1011",
    2702.5,
    "reminder_1",
    "de",
    "de",
    "2025-12-12T13:18:00+01:00",
    "Sabine Müller",
    "sabine@mueller-design.ch",
    "invoice_error",
    True,
    3,
    "Hallo Lukas\n\nSorry, die Rechnung ist bei uns hängen geblieben, und zwar weil sie so nicht "
    'verbucht werden kann: Sie lautet noch auf "Müller Design, Sabine Müller" an der alten '
    "Adresse in Oerlikon. Wir sind seit Juli eine GmbH (Müller Design GmbH, CHE-412.876.390) "
    "und sitzen an der Badenerstrasse 281, 8003 Zürich. Unsere Treuhänderin akzeptiert nur "
    "Rechnungen auf die GmbH.\n\nKannst du sie bitte korrigiert neu schicken? Dann zahle ich "
    "sofort.\n\nLiebe Grüsse\nSabine",
    quote="gmail",
    days_after=2,
    notes="Wrong legal entity and old address on this invoice, to be reissued (not a request to "
    "send future invoices elsewhere); 'dann zahle ich sofort' is no date.",
)

# ----------------------------------------------------------------------------------------------
# already_paid
# ----------------------------------------------------------------------------------------------

R(
    "wl",
    "WL-25-0977",
    583.75,
    "reminder_1",
    "de",
    "de",
    "2025-11-18T09:05:00+01:00",
    "Daniel Brunner",
    "d.brunner@brunner-velos.ch",
    "already_paid",
    True,
    3,
    "Guten Tag Herr Frei\n\nIhre Zahlungserinnerung kann ich nicht nachvollziehen: Wir haben "
    "diese Rechnung nicht nur bezahlt, sondern sogar zweimal – einmal am 6. Oktober per "
    "E-Banking und am 9. Oktober nochmals, weil meine Frau sie auch erfasst hatte. Screenshot "
    "der beiden Belastungen anbei.\n\nBitte prüfen Sie das und überweisen Sie uns den doppelten "
    "Betrag zurück, oder verrechnen Sie ihn mit der nächsten Hosting-Rechnung.\n\n"
    "Freundliche Grüsse\nDaniel Brunner\nBrunner Velos, Winterthur",
    quote="outlook",
    outlook_line=False,
    mailer=OUTLOOK,
    attachments=[("png", "Belastungen_Oktober.png")],
    days_after=1,
    notes="Duplicate payment: the invoice is paid (twice) and a refund or offset is asked; past "
    "payment dates are not promised dates and the overpaid amount is not a disputed amount.",
)

R(
    "fs",
    "FS-2025-0419",
    1620.0,
    "reminder_2",
    "fr",
    "fr",
    "2025-12-05T15:47:00+01:00",
    "Nicolas Bapst",
    "nicolas.bapst@bapst-paysages.ch",
    "already_paid",
    True,
    3,
    "Bonjour Madame Progin,\n\nLa facture a été payée le 2 décembre, vous trouverez l'avis de "
    "débit en pièce jointe. Nos envois se sont sans doute croisés.\n\nJe suppose donc que les "
    "CHF 20.00 de frais de rappel tombent ; merci de me le confirmer.\n\nMeilleures salutations\n"
    "Nicolas Bapst",
    quote="thunderbird",
    mailer=TB,
    attachments=[("pdf", "Avis_de_debit_02122025.pdf")],
    days_after=2,
    notes="Paid three days ago with proof; the question about the reminder fee follows from the "
    "payment, so already_paid rather than a contestation of the fee.",
)

R(
    "tv",
    "TV-2025-0602",
    1150.0,
    "reminder_1",
    "it",
    "mixed",
    "2025-12-01T10:12:00+01:00",
    "Stefan Aebischer",
    "s.aebischer@hotel-lago-maggiore.ch",
    "already_paid",
    True,
    3,
    "Buongiorno,\n\nla fattura è stata pagata il 25.11. dalla nostra sede centrale.\n\n"
    "Entschuldigung, mein Italienisch reicht nicht weiter: Die Zahlung lief über unsere "
    "Holding in Zug (Lago Hotels AG), deshalb steht vermutlich ein anderer Name auf dem "
    "Zahlungseingang. Referenz im Zahlungsauftrag: TV-2025-0602.\n\nCordiali saluti / "
    "Freundliche Grüsse\nStefan Aebischer\nDirektion",
    mentions=["TV-2025-0602"],
    client_lang="it",
    quote="none",
    mailer=IPHONE,
    notes="Italian opening then German: mixed; paid by the parent company under another name, "
    "the 25.11. is a past payment date.",
)

R(
    "lo",
    "LO-2025-0691",
    2184.0,
    "reminder_1",
    "en",
    "en",
    "2025-12-04T12:30:00+01:00",
    "Oliver Grant",
    "oliver.grant@harbourvale.co.uk",
    "already_paid",
    True,
    3,
    "Dear Camille,\n\nThanks for the reminder, but our records show this went out on 28 November "
    "by SEPA transfer from our EUR account. It may have reached you under our parent company's "
    "name, Harbour & Vale Holdings Ltd, rather than Harbour & Vale Interiors.\n\nThe remittance "
    "advice is attached. Let me know if you still can't trace it and I'll ask our bank for the "
    "transaction reference.\n\nBest regards,\n\nOliver Grant\nFinance Manager\nHarbour & Vale "
    "Interiors Ltd, Bristol",
    quote="gmail",
    format="alt",
    attachments=[("pdf", "Remittance_Advice_LO-2025-0691.pdf")],
    days_after=3,
    notes="Paid under the parent company's name; 'let me know' is no request of time or promise.",
)

# ----------------------------------------------------------------------------------------------
# delay_request
# ----------------------------------------------------------------------------------------------

R(
    "mr",
    "MR-2025-0402",
    4800.0,
    "reminder_2",
    "fr",
    "fr",
    "2025-12-11T19:22:00+01:00",
    "Élodie Marchand",
    "elodie.marchand@laposte.net",
    "delay_request",
    True,
    2,
    "Madame Roche,\n\nJe suis désolée de ne pas avoir répondu à votre premier courrier. Nous "
    "sommes très contents de l'escalier, là n'est pas le problème, mais les travaux de la "
    "maison ont coûté plus cher que prévu et je ne peux pas régler les 4 800 € d'un coup.\n\n"
    "Je vous propose trois versements de 1 600 € : le 15 janvier, le 15 février et le 15 mars. "
    "Si vous êtes d'accord, je mets en place des virements permanents dès cette semaine.\n\n"
    "Pouvez-vous aussi renoncer aux pénalités de retard ? Je vous en serais reconnaissante.\n\n"
    "Élodie Marchand",
    pdate="2026-01-15",
    quote="none",
    mailer=ORANGE,
    notes="Dated instalment plan (first on 15 January) without disputing the work: pauses; the "
    "plea to waive the penalties is a request, not a contestation.",
)

R(
    "bq",
    "BQ-25-2254",
    1932.4,
    "reminder_1",
    "de",
    "de",
    "2025-12-08T16:03:00+01:00",
    "Gabriela Rüegg",
    "info@gasthaus-sonne-horw.ch",
    "delay_request",
    False,
    2,
    "Grüezi Frau Imhof\n\nDie Rechnung für die neue Lüftung in der Küche ist natürlich "
    "berechtigt, die Anlage läuft tiptop. Im Moment ist es bei uns aber eng, die Weihnachts"
    "essen werden erst im Januar bezahlt. Ich bitte Sie um etwas Geduld, wir überweisen, sobald "
    "es wieder Luft hat.\n\nVielen Dank für Ihr Verständnis und freundliche Grüsse\n"
    "Gabriela Rüegg\nGasthaus Sonne, Horw",
    quote="outlook",
    mailer=OUTLOOK,
    days_after=5,
    notes="Asks for time without a date ('sobald es wieder Luft hat'; January is when her "
    "customers pay, not a date she promises): does not pause.",
)

R(
    "lx",
    "LX-25-1102",
    680.0,
    "reminder_3",
    "fr",
    "fr",
    "2026-01-12T11:26:00+01:00",
    "Monique Rochat",
    "monique.rochat@netplus.ch",
    "delay_request",
    False,
    2,
    "Monsieur,\n\nJe reçois votre dernier rappel. La traduction des documents de mon mari était "
    "pour la succession ; mon mari est décédé en octobre et c'est mon avocat, Me Jaquier, qui "
    "s'occupe de la liquidation avec la banque. Les comptes sont bloqués tant que le certificat "
    "d'héritier n'est pas délivré par la justice de paix.\n\nJe ne conteste évidemment pas votre "
    "facture et elle sera payée dès que je pourrai disposer des fonds. Je vous demande seulement "
    "de ne pas engager de poursuite d'ici là.\n\nAvec mes salutations\n\nMonique Rochat",
    quote="gmail",
    days_after=5,
    notes="Reply to reminder 3 naming a lawyer, but the lawyer handles the estate: no threat, no "
    "dispute; time asked without a date, so it does not pause even though she asks to hold off.",
)

R(
    "tv",
    "TV-2025-0611",
    3780.0,
    "reminder_1",
    "it",
    "it",
    "2025-12-16T09:50:00+01:00",
    "Francesca Lurati",
    "f.lurati@boutique-lurati.ch",
    "delay_request",
    True,
    2,
    "Buongiorno Chiara,\n\nscusa il ritardo. Dicembre per noi è il mese più pesante, con le "
    "scorte per le feste. Sarebbe possibile saldare la fattura entro il 31 gennaio? Se vi va "
    "bene, posso anche fare un acconto di CHF 1'000 prima di Natale.\n\nGrazie mille e buone "
    "feste\nFrancesca\nBoutique Lurati, Ascona",
    pdate="2026-01-31",
    quote="apple",
    mailer=IPHONE,
    days_after=1,
    notes="Asks for a dated delay (31 January); the optional deposit 'prima di Natale' is an "
    "offer, the requested date is the 31st.",
)

# ----------------------------------------------------------------------------------------------
# payment_promise
# ----------------------------------------------------------------------------------------------

R(
    "lx",
    "LX-25-1077",
    215.0,
    "reminder_2",
    "fr",
    "fr",
    "2025-12-18T17:36:00+01:00",
    "Julien Perrin",
    "julien.perrin@gmail.com",
    "payment_promise",
    False,
    1,
    "C'est payé ! Enfin presque 😅 je fais le virement ce soir en rentrant, promis, il part "
    "aujourd'hui. Désolé pour le retard.\n\nJulien\n\nEnvoyé de mon iPhone",
    pdate="2025-12-18",
    quote="apple",
    mailer=IPHONE,
    days_after=1,
    notes="Opens with 'C'est payé' but corrects himself: the transfer is made tonight, a promise "
    "dated today, not already_paid.",
)

R(
    "fs",
    "FS-2025-0447",
    3240.0,
    "invoice",
    "de",
    "de",
    "2025-12-02T14:12:00+01:00",
    "Corinne Baeriswyl",
    "c.baeriswyl@treuhand-murten.ch",
    "payment_promise",
    False,
    1,
    "Guten Tag Frau Progin\n\nIch betreue die Buchhaltung der Gärtnerei Schmutz AG. Ihre "
    "Rechnung ist bei uns eingegangen, verbucht und von Herrn Schmutz freigegeben. Sie wird "
    "mit dem nächsten Zahlungslauf am 19. Dezember ausgeführt.\n\nFreundliche Grüsse\n\n"
    "Corinne Baeriswyl\nTreuhand Murten GmbH\nim Auftrag der Gärtnerei Schmutz AG",
    pdate="2025-12-19",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    days_after=1,
    notes="The customer's external accountant confirms booking and approval and gives the payment "
    "run date: a payment promise (compare the acknowledgement without a date).",
)

R(
    "lo",
    "LO-2025-0720",
    1548.0,
    "invoice",
    "en",
    "en",
    "2025-12-19T10:05:00+01:00",
    "Martina Lindqvist",
    "m.lindqvist@nordlys-studio.com",
    "payment_promise",
    False,
    5,
    "Dear Camille,\n\nThank you for the invoice for the Q4 maintenance visit. We'll pay it on "
    "10 January as usual.\n\nI also want to let you know that we have decided to terminate the "
    "lighting maintenance contract at its next anniversary, 31 March 2026. Please take this "
    "e-mail as our formal notice and confirm receipt. Nothing to do with your team's work, "
    "we are simply moving the showroom to Geneva.\n\nKind regards,\nMartina Lindqvist\n"
    "Nordlys Studio, Lyon",
    pdate="2026-01-10",
    quote="gmail",
    format="alt",
    notes="Contract cancelled but this invoice is accepted and paid on a date: no dispute, no "
    "pause; urgency 5 only by the contract-cancellation rule (the most doubtful label here).",
)

R(
    "bq",
    "BQ-25-2276",
    412.0,
    "reminder_1",
    "en",
    "en",
    "2025-12-17T07:48:00+01:00",
    "James O'Connor",
    "jamesoconnor@proton.me",
    "payment_promise",
    False,
    1,
    "Hi Sandra,\n\nSorry, this completely slipped my mind with the move. I'll transfer it on "
    "Friday when my salary comes in.\n\nCheers,\nJames",
    pdate="2025-12-19",
    quote="gmail",
    days_after=2,
    notes="Relative date: 'on Friday' from Wednesday 17 December is 19 December.",
)

# ----------------------------------------------------------------------------------------------
# copy_request
# ----------------------------------------------------------------------------------------------

R(
    "fs",
    "FS-2025-0462",
    1080.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-01T08:33:00+01:00",
    "Anne-Laure Clément",
    "al.clement@cabinet-clement.ch",
    "copy_request",
    False,
    2,
    "Bonjour,\n\nJe viens de trouver votre facture de novembre dans mes courriels indésirables, "
    "c'est pour cela que je ne l'ai jamais vue ; seul le rappel est arrivé normalement. Le PDF "
    "joint ne s'ouvre plus depuis le dossier spam.\n\nPourriez-vous me la renvoyer avec la "
    "QR-facture ? Je la règle dès réception.\n\nMerci et bonne journée\nAnne-Laure Clément",
    quote="none",
    format="alt",
    notes="Explains the late payment by the spam folder and asks for a copy; 'dès réception' is "
    "no date and no delay is asked.",
)

R(
    "wl",
    "WL-25-1033",
    948.0,
    "invoice",
    "de",
    "de",
    "2025-11-24T10:41:00+01:00",
    "Thomas Wyss",
    "thomas.wyss@alpha-sanitaer.ch",
    "copy_request",
    False,
    2,
    "Hoi Lukas\n\nDanke, diese Rechnung leite ich intern weiter. Könntest du künftige Rechnungen "
    "bitte direkt an kreditoren@alpha-sanitaer.ch schicken statt an mich? Wir haben seit "
    "November eine zentrale Kreditorenbuchhaltung, und was an mich geht, bleibt gern liegen.\n\n"
    "Gruss\nThomas",
    quote="outlook",
    outlook_line=False,
    mailer=OUTLOOK,
    format="alt",
    notes="Future invoices to another address; the present invoice is correct and forwarded, so "
    "not an invoice_error.",
)

R(
    "tv",
    "TV-2025-0598",
    2056.8,
    "reminder_2",
    "it",
    "it",
    "2025-12-22T15:15:00+01:00",
    "Luca Ferrari",
    "luca.ferrari@sartoria-ferrari.ch",
    "copy_request",
    False,
    2,
    "Buongiorno,\n\nho provato più volte a pagare, ma l'app della mia banca non riesce a leggere "
    "il codice QR della vostra fattura (vedi schermata). Potete mandarmi di nuovo la "
    "QR-fattura in PDF, oppure scrivermi IBAN e riferimento, così la pago a mano?\n\nGrazie\n"
    "Luca Ferrari",
    quote="thunderbird",
    mailer=TB,
    attachments=[("png", "errore_qr.png")],
    days_after=3,
    notes="Asks for the QR-bill again or the IBAN after a failed scan; not a dispute, no date.",
)

# ----------------------------------------------------------------------------------------------
# acknowledgement
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BQ-25-2290",
    5120.0,
    "invoice",
    "de",
    "de",
    "2025-12-04T11:09:00+01:00",
    "Kreditorenbuchhaltung",
    "kreditoren@wohnbau-pilatus.ch",
    "acknowledgement",
    False,
    1,
    "Sehr geehrte Frau Imhof\n\nWir bestätigen den Eingang Ihrer Rechnung. Sie wurde verbucht, "
    "von der Bauleitung visiert und zur Zahlung freigegeben.\n\nFreundliche Grüsse\n\n"
    "Ursula Felder\nKreditorenbuchhaltung\nWohnbaugenossenschaft Pilatus",
    quote="outlook",
    outlook_line=False,
    mailer=OUTLOOK,
    notes="Booked and approved by the accounts payable, but no payment date: an acknowledgement, "
    "not a promise.",
)

R(
    "lo",
    "LO-2025-0755",
    612.0,
    "invoice",
    "fr",
    "fr",
    "2025-11-28T09:58:00+01:00",
    "Hugo Lambert",
    "hugo@galerie-lambert.fr",
    "acknowledgement",
    False,
    1,
    "Bonjour Camille,\n\nBien reçu, merci ! Je transmets à Sophie qui s'occupe de la compta.\n\n"
    "Belle journée,\nHugo",
    format="html",
    html='<html><body><div dir="ltr">Bonjour Camille,<div><br></div><div>Bien reçu, merci ! '
    "Je transmets à Sophie qui s'occupe de la compta.</div><div><br></div><div>Belle journée,"
    "</div><div>Hugo</div></div></body></html>",
    notes="HTML-only, short: passed on to accounts, nothing to do.",
)

# ----------------------------------------------------------------------------------------------
# auto_reply
# ----------------------------------------------------------------------------------------------

R(
    "wl",
    "WL-25-1047",
    1404.0,
    "invoice",
    "de",
    "de",
    "2025-12-23T08:00:00+01:00",
    "Roman Steiner",
    "roman.steiner@steiner-architektur.ch",
    "auto_reply",
    False,
    1,
    "Vielen Dank für Ihre Nachricht.\n\nIch bin bis und mit 5. Januar 2026 abwesend und habe "
    "keinen Zugriff auf meine E-Mails. Rechnungen und Zahlungsfragen richten Sie bitte an "
    "buchhaltung@steiner-architektur.ch, in dringenden Fällen erreichen Sie uns unter "
    "044 555 12 80.\n\nFreundliche Grüsse\nRoman Steiner",
    re="Automatische Antwort:",
    headers=AUTO,
    mailer=OUTLOOK,
    notes="Out-of-office naming a date and a billing address: the date is an absence period and "
    "the address is no request to change the recipient.",
)

R(
    "fs",
    "FS-2025-0470",
    960.0,
    "reminder_1",
    "fr",
    "mixed",
    "2025-12-15T06:12:00+01:00",
    "Support Kreditoren",
    "noreply@servicedesk.groupe-moleson.ch",
    "auto_reply",
    False,
    1,
    "Votre demande a été enregistrée sous le numéro de ticket #CR-58214. Notre équipe la "
    "traitera dans un délai de 5 jours ouvrables.\n\nIhre Anfrage wurde unter der Ticketnummer "
    "#CR-58214 erfasst. Unser Team bearbeitet sie innert 5 Arbeitstagen.\n\nMerci de ne pas "
    "répondre à ce message. / Bitte antworten Sie nicht auf diese Nachricht.",
    subject="[Ticket #CR-58214] RE : Rappel : facture FS-2025-0470 échue",
    client_lang="fr",
    headers=AUTO,
    notes="Bilingual ticket-system confirmation to a reminder; '5 jours ouvrables' is the "
    "ticket's handling time, not a payment date.",
)

# ----------------------------------------------------------------------------------------------
# other
# ----------------------------------------------------------------------------------------------

R(
    "lo",
    "LO-2025-0733",
    890.0,
    "reminder_1",
    "en",
    "en",
    "2025-12-09T13:44:00+01:00",
    "Priya Nair",
    "priya@nair-consulting.co.uk",
    "other",
    False,
    2,
    "Hello,\n\nQuick question before I pay: do you accept card payments (Visa or Amex)? Our "
    "business account is in the UK and international transfers cost us almost as much as the "
    "lamp. If card isn't possible, no problem, just let me know and I'll sort out a transfer.\n\n"
    "Thanks,\nPriya Nair",
    quote="gmail",
    days_after=2,
    notes="A question about the means of payment (card), not a request to resend an IBAN or bill "
    "and no date: other (copy_request would be the nearest alternative).",
)

R(
    "mr",
    "MR-2025-0415",
    2340.0,
    "invoice",
    "fr",
    "fr",
    "2025-11-19T20:14:00+01:00",
    "Patrick Guillot",
    "p.guillot@wanadoo.fr",
    "other",
    False,
    2,
    "Bonsoir Madame,\n\nMerci pour la facture de la bibliothèque, le travail est superbe.\n\n"
    "Juste une question, ce n'est pas pour contester : la ligne « éco-participation » de 12,00 €, "
    "à quoi correspond-elle exactement ? Mon expert-comptable me la demande pour classer la "
    "dépense.\n\nBien à vous,\nPatrick Guillot",
    quote="none",
    mailer=ORANGE,
    notes="A genuine question about a line, explicitly not a dispute and with no objection "
    "(contrast with the hidden dispute on the samples line).",
)
