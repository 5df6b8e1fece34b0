# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# ruff: noqa: RUF001  (the customers write en dashes)
"""Seventeenth blind set of customers' replies (tests/data/disputes_blind17), with their labels (CC0 text).

Written by a nineteenth writer who read only the label definitions and the entry format, not the
other sets' replies, not the reader's rules and not its answers: it measures the reader once.
Everything is synthetic (people, firms, addresses, references). Never tune rules on these replies.

Profile: formal correspondence as experienced finance and administration staff write it in each
language's own conventions: German-Swiss letters ("Sehr geehrte Damen und Herren ... Freundliche
Grüsse") from Verwaltungen, Spitäler, Gemeinden and KMU-Buchhaltungen; French letters ("Madame,
Monsieur, ... Veuillez agréer") from collectivités, syndics, cabinets and PME; Italian ("Spettabile
ditta ... Distinti saluti") from Ticino firms and enti; English from international firms' AP
teams. Long sentences, passive voice, contracts, orders, delivery notes, cost centres, approval,
audits, year-end, legal bases, signatures with disclaimers. Real disputes written with restraint,
and many non-disputes using dispute words (réclamation, Beanstandung, contestazione, complaint,
error, litige, Differenz) negated, in the past, hypothetically or in an unrelated sense.

Uses the invoicing companies of ``make_dispute_replies.py`` (bq, tv, lx, mr, fs, wl, lo); same
entry format as the ``R`` helper of ``dispute_replies_more.py`` (entries kept in this file's own
``REPLIES``); labels as defined in /work/shared/samples/disputes/README.md.
Build with ``.venv/bin/python scripts/bench/make_dispute_replies.py --source blind17``.
"""

import dispute_replies_more as _more
from dispute_replies_more import APPLE, IPHONE, OUTLOOK, OX, TB

REPLIES = []

R = _more.writer(REPLIES)


AUTO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

DISCLAIMER_DE = (
    "\n\n--\nDiese E-Mail einschliesslich allfälliger Anhänge ist vertraulich und ausschliesslich "
    "für den bezeichneten Adressaten bestimmt. Sollten Sie nicht der vorgesehene Empfänger sein, "
    "bitten wir Sie, den Absender umgehend zu benachrichtigen und die Nachricht zu löschen. Jede "
    "unbefugte Verwendung ist untersagt und kann rechtliche Schritte nach sich ziehen."
)
DISCLAIMER_FR = (
    "\n\n--\nCe message et ses pièces jointes sont confidentiels et établis à l'attention "
    "exclusive de leurs destinataires. Toute utilisation non conforme à sa destination est "
    "interdite. L'expéditeur décline toute responsabilité en cas d'altération ; aucun litige ne "
    "saurait naître du contenu du présent courriel, qui n'engage pas la société."
)
DISCLAIMER_EN = (
    "\n\n--\nThis e-mail and any attachments are confidential and may be legally privileged. If "
    "you are not the intended recipient, please notify the sender and delete it. Any dispute "
    "arising from unauthorised use shall be governed by the laws of Switzerland."
)

# ----------------------------------------------------------------------------------------------
# German (CH)
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BQ-2025-1187",
    3874.35,
    "invoice",
    "de",
    "de",
    "2025-11-18T09:42:00+01:00",
    "Regula Schnyder",
    "regula.schnyder@spital-oberfreiamt.ch",
    "invoice_error",
    True,
    3,
    "Sehr geehrte Damen und Herren\n\nWir bestätigen den Erhalt Ihrer Rechnung BQ-2025-1187 "
    "betreffend die Revision der Lüftungsanlage im Trakt C. Die Leistung selbst gibt zu keiner "
    "Beanstandung Anlass und wurde vom Technischen Dienst bereits abgenommen.\n\nGemäss unseren "
    "Einkaufsrichtlinien können Lieferantenrechnungen jedoch nur verarbeitet werden, wenn sie "
    "die Bestellnummer sowie die Kostenstelle ausweisen. Auf der vorliegenden Rechnung fehlen "
    "beide Angaben. Wir bitten Sie daher, die Rechnung unter Angabe der Bestellnummer "
    "BE-2025-30418 und der Kostenstelle 4410 (Technischer Dienst) neu auszustellen; die "
    "ursprüngliche Rechnung wird von uns storniert.\n\nFür Ihre Kenntnisnahme danken wir Ihnen "
    "bestens.\n\nFreundliche Grüsse\n\nRegula Schnyder\nKreditorenbuchhaltung\nSpital "
    "Oberfreiamt AG\nSpitalstrasse 40 | 5630 Muri AG" + DISCLAIMER_DE,
    mentions=["BQ-2025-1187"],
    quote="outlook",
    format="alt",
    mailer=OUTLOOK,
    notes="Missing PO number and cost centre, with 'gibt zu keiner Beanstandung Anlass' about "
    "the work and legal words in the disclaimer; reissue requested, no deadline, so 3.",
)

R(
    "wl",
    "WL-25-0642",
    5621.6,
    "reminder_1",
    "de",
    "de",
    "2025-12-04T14:05:00+01:00",
    "Thomas Gisler",
    "thomas.gisler@gemeinde-uetikon-west.ch",
    "contestation",
    True,
    3,
    "Sehr geehrte Damen und Herren\n\nWir nehmen Bezug auf Ihre Zahlungserinnerung vom "
    "2. Dezember 2025 sowie auf Ihre Rechnung WL-25-0642.\n\nGemäss der vom Gemeinderat am "
    "14. Juli 2025 genehmigten Offerte wurde der Relaunch der Gemeindewebsite zu einem "
    "Kostendach von CHF 4'800.00 exkl. MWST vergeben. In Ihrer Rechnung werden zusätzlich "
    "6 Stunden «Projektleitung Nachträge» zu CHF 150.00 verrechnet, welche weder bestellt noch "
    "von der Verwaltung schriftlich freigegeben worden sind. Diese Position kann von uns nicht "
    "anerkannt werden.\n\nDer unbestrittene Betrag wird mit unserem Zahlungslauf vom "
    "12. Dezember 2025 überwiesen. Für die strittige Position erwarten wir eine "
    "Gutschrift.\n\nWir danken Ihnen für die Kenntnisnahme und stehen für Rückfragen gerne zur "
    "Verfügung.\n\nFreundliche Grüsse\n\nThomas Gisler\nLeiter Finanzen\nGemeindeverwaltung "
    "Uetikon-West",
    amount=900.0,
    pdate="2025-12-12",
    mentions=["WL-25-0642"],
    quote="gmail",
    days_after=2,
    notes="Restrained contestation of 6 h × CHF 150 beyond the agreed cost cap (900 excl. VAT); "
    "the undisputed part is paid in the run of 12 December, which is the promised date.",
)

R(
    "bq",
    "BQ-2025-1042",
    1186.9,
    "reminder_2",
    "de",
    "de",
    "2025-12-09T10:31:00+01:00",
    "Monika Arnold",
    "buchhaltung@arnold-elektro.ch",
    "already_paid",
    True,
    3,
    "Sehr geehrte Damen und Herren\n\nIhre 2. Mahnung vom 5. Dezember 2025 haben wir "
    "erhalten. Nach Prüfung unserer Kreditorenbuchhaltung wurde der Rechnungsbetrag von "
    "CHF 1'186.90 bereits am 27. November 2025 mit Valuta 28. November 2025 auf Ihr Konto bei "
    "der Luzerner Kantonalbank überwiesen. Eine Differenz zwischen Rechnungs- und "
    "Zahlungsbetrag konnte nicht festgestellt werden.\n\nDie Zahlungsbestätigung liegt dieser "
    "E-Mail bei. Wir gehen davon aus, dass sich die Zahlung mit Ihrer Mahnung gekreuzt hat, "
    "und bitten Sie, die Mahngebühren auszubuchen.\n\nFreundliche Grüsse\n\nMonika Arnold\n"
    "Buchhaltung\nArnold Elektro AG, Sursee",
    quote="outlook",
    outlook_line=False,
    attachments=[("pdf", "Zahlungsbestaetigung_20251127.pdf")],
    mailer=OUTLOOK,
    days_after=4,
    notes="Paid before the 2nd reminder, proof attached; 'Eine Differenz ... konnte nicht "
    "festgestellt werden' is negated; the fee write-off follows from the payment, not a dispute.",
)

R(
    "fs",
    "FS-2025-0918",
    7450.0,
    "reminder_1",
    "de",
    "de",
    "2025-12-15T16:20:00+01:00",
    "Beatrice Lehmann",
    "b.lehmann@stiftung-sonnmatt.ch",
    "delay_request",
    True,
    2,
    "Sehr geehrte Damen und Herren\n\nWir danken Ihnen für Ihre Zahlungserinnerung "
    "betreffend die Jahresabschlussarbeiten 2024. Die Rechnung als solche ist unbestritten.\n\n"
    "Aufgrund verzögerter Beitragszahlungen der öffentlichen Hand ist die Liquidität unserer "
    "Stiftung zum Jahresende angespannt. Der Stiftungsrat hat daher an seiner Sitzung vom "
    "11. Dezember 2025 beschlossen, Ihnen folgende Ratenzahlung vorzuschlagen:\n\n"
    "- CHF 3'725.00 per 31. Januar 2026\n- CHF 3'725.00 per 27. Februar 2026\n\nWir wären "
    "Ihnen dankbar, wenn Sie sich mit diesem Vorgehen einverstanden erklären und bis dahin auf "
    "weitere Mahnschritte verzichten könnten.\n\nFreundliche Grüsse\n\nBeatrice Lehmann\n"
    "Geschäftsführerin\nStiftung Sonnmatt, Düdingen",
    pdate="2026-01-31",
    format="alt",
    quote="thunderbird",
    mailer=TB,
    notes="Dated two-instalment plan approved by the foundation board: pauses, first "
    "instalment date; 'Die Rechnung als solche ist unbestritten'.",
)

R(
    "wl",
    "WL-25-0701",
    2134.5,
    "reminder_1",
    "de",
    "de",
    "2025-12-17T08:55:00+01:00",
    "Daniel Küng",
    "kreditoren@kueng-logistik.ch",
    "payment_promise",
    False,
    1,
    "Sehr geehrte Damen und Herren\n\nBezugnehmend auf Ihre Zahlungserinnerung teilen wir "
    "Ihnen mit, dass die Rechnung WL-25-0701 zwischenzeitlich durch die zuständige "
    "Projektleitung visiert und zur Zahlung freigegeben worden ist. Die Verzögerung ist auf "
    "den internen Freigabeprozess zurückzuführen; eine Beanstandung liegt nicht vor.\n\n"
    "Die Zahlung wird mit dem nächsten ordentlichen Zahlungslauf am 23. Dezember 2025 "
    "ausgeführt.\n\nFreundliche Grüsse\n\nDaniel Küng\nKreditorenbuchhaltung\nKüng Logistik AG",
    pdate="2025-12-23",
    mentions=["WL-25-0701"],
    quote="outlook",
    mailer=OUTLOOK,
    notes="Payment run date announced, nothing asked; 'eine Beanstandung liegt nicht vor' is "
    "negated and the delay is explained by approval.",
)

R(
    "bq",
    "BQ-2025-1203",
    948.6,
    "invoice",
    "de",
    "de",
    "2025-11-24T11:12:00+01:00",
    "Sandra Wyss",
    "sandra.wyss@verwaltung-seetal.ch",
    "copy_request",
    False,
    2,
    "Sehr geehrte Damen und Herren\n\nBesten Dank für die Zustellung Ihrer Rechnung.\n\nWir "
    "möchten Sie darauf hinweisen, dass sämtliche Kreditorenrechnungen unserer Verwaltung ab "
    "sofort ausschliesslich als PDF an die Adresse rechnungen@verwaltung-seetal.ch zu senden "
    "sind, damit sie automatisch in unser Visumssystem eingelesen werden können. Wir bitten "
    "Sie, uns die vorliegende Rechnung an diese Adresse nochmals zuzustellen und Ihre "
    "Stammdaten entsprechend anzupassen.\n\nSollte die Rechnung bereits dorthin gesandt "
    "worden sein, betrachten Sie diese Nachricht bitte als gegenstandslos; ein Fehler Ihrerseits "
    "liegt nicht vor.\n\nFreundliche Grüsse\n\nSandra Wyss\nSachbearbeiterin Finanzen\n"
    "Liegenschaftsverwaltung Seetal AG, Hochdorf",
    quote="none",
    format="alt",
    mailer=OUTLOOK,
    notes="Re-send to the central invoice mailbox and change of address for the future; 'ein "
    "Fehler Ihrerseits liegt nicht vor' denies a defect, so copy_request, not invoice_error.",
)

R(
    "wl",
    "WL-25-0688",
    1620.0,
    "reminder_2",
    "de",
    "de",
    "2025-12-22T07:03:00+01:00",
    "Martina Egli",
    "martina.egli@egli-partner.ch",
    "auto_reply",
    False,
    1,
    "Sehr geehrte Damen und Herren\n\nVielen Dank für Ihre Nachricht. Unser Büro bleibt "
    "über die Feiertage vom 22. Dezember 2025 bis und mit 4. Januar 2026 geschlossen. Ihre "
    "E-Mail wird nicht weitergeleitet.\n\nRechnungen, Mahnungen und allfällige Reklamationen "
    "werden nach unserer Rückkehr in der Reihenfolge ihres Eingangs bearbeitet. In dringenden "
    "Fällen wenden Sie sich bitte an sekretariat@egli-partner.ch.\n\nFreundliche Grüsse\n\n"
    "Egli & Partner Treuhand GmbH",
    re="Automatische Antwort:",
    headers=AUTO,
    mailer=OUTLOOK,
    notes="Holiday out-of-office answering a 2nd reminder; 'Reklamationen' is boilerplate and "
    "the absence dates are not promised dates.",
)

R(
    "bq",
    "BQ-2025-0996",
    2486.4,
    "reminder_3",
    "de",
    "de",
    "2025-11-27T15:48:00+01:00",
    "Peter Zumbühl",
    "p.zumbuehl@immoverwaltung-pilatus.ch",
    "contestation",
    True,
    4,
    "Sehr geehrte Damen und Herren\n\nIhre letzte Mahnung vom 24. November 2025 betreffend die "
    "Rechnung Nr. BQ-2025-0996 (Heizungsservice Liegenschaft Bruchstrasse 18, Luzern) "
    "haben wir erhalten.\n\nWir verweisen auf unsere schriftliche Mängelrüge vom 3. Oktober "
    "2025, die bis heute unbeantwortet geblieben ist. Der Brenner ist seit dem Service "
    "wiederholt ausgefallen, und die Mieterschaft musste zweimal ohne Warmwasser auskommen. "
    "Gestützt auf Art. 368 OR sind wir nicht bereit, die Rechnung vor der vollständigen "
    "Behebung der Mängel zu begleichen; der gesamte Betrag wird bis dahin zurückbehalten.\n\n"
    "Wir ersuchen Sie, mit unserem "
    "Hauswart umgehend einen Termin für die Nachbesserung zu vereinbaren.\n\nFreundliche "
    "Grüsse\n\nPeter Zumbühl\nBewirtschafter\nImmoverwaltung Pilatus AG",
    amount=2486.4,
    mentions=["BQ-2025-0996"],
    quote="apple",
    mailer=APPLE,
    days_after=3,
    notes="Whole invoice withheld for defects with an explicit refusal ('nicht bereit ... zu "
    "begleichen') and a legal basis cited (no lawyer): 4; the whole invoice is the disputed amount.",
)

R(
    "wl",
    "WL-25-0715",
    864.0,
    "invoice",
    "de",
    "de",
    "2025-11-12T13:27:00+01:00",
    "Claudia Frei-Meier",
    "claudia.frei@praxis-limmatplatz.ch",
    "acknowledgement",
    False,
    1,
    "Sehr geehrte Damen und Herren\n\nWir bestätigen den Eingang Ihrer Rechnung vom "
    "10. November 2025 für das Hosting-Jahresabonnement. Diese wurde zur Visierung an die "
    "Praxisleitung weitergeleitet und wird im Rahmen der ordentlichen Zahlungsfrist "
    "beglichen.\n\nDie im Vorjahr aufgetretene Differenz bei der Abrechnung der "
    "Domaingebühren ist uns bekannt und wurde damals einvernehmlich bereinigt; die "
    "vorliegende Rechnung gibt zu keinen Bemerkungen Anlass.\n\nFreundliche Grüsse\n\n"
    "Claudia Frei-Meier\nAdministration\nPraxisgemeinschaft Limmatplatz",
    quote="gmail",
    format="html",
    notes="Receipt and passed for approval; the 'Differenz' was last year's and settled; "
    "'within the ordinary term' is no dated promise. HTML-only.",
)

R(
    "bq",
    "BQ-2025-1120",
    15840.0,
    "reminder_1",
    "de",
    "de",
    "2025-12-11T10:02:00+01:00",
    "Urs Bachmann",
    "finanzen@gemeinde-rothenberg.ch",
    "delay_request",
    False,
    2,
    "Sehr geehrte Damen und Herren\n\nIhre Zahlungserinnerung vom 9. Dezember 2025 "
    "betreffend den Ersatz der Heizungsanlage im Schulhaus Dorf ist bei uns eingegangen.\n\n"
    "Die Rechnung wird von uns inhaltlich nicht beanstandet. Da die Kosten den im Budget "
    "2025 bewilligten Kredit überschreiten, muss für den Mehrbetrag ein Nachtragskredit "
    "durch den Gemeinderat genehmigt werden. Die Auszahlung kann erst nach Vorliegen dieses "
    "Beschlusses erfolgen.\n\nWir bitten Sie deshalb um Verständnis und um etwas Geduld. "
    "Sobald der Beschluss vorliegt, werden wir die Zahlung unverzüglich veranlassen.\n\n"
    "Freundliche Grüsse\n\nUrs Bachmann\nFinanzverwalter\nEinwohnergemeinde Rothenberg",
    quote="outlook",
    mailer=OUTLOOK,
    notes="Delay for a pending supplementary credit with no date ('etwas Geduld'): does not "
    "pause; 'nicht beanstandet' negated.",
)

# ----------------------------------------------------------------------------------------------
# French (CH and FR)
# ----------------------------------------------------------------------------------------------

R(
    "lo",
    "LO-2025-0287",
    6512.4,
    "invoice",
    "fr",
    "fr",
    "2025-11-20T17:36:00+01:00",
    "Agnès Morel",
    "a.morel@cabinet-morel-syndic.fr",
    "contestation",
    True,
    3,
    "Madame, Monsieur,\n\nNous accusons réception de votre facture n° LO-2025-0287 relative "
    "au remplacement de l'éclairage des parties communes de la résidence « Les Terrasses de "
    "Fourvière ».\n\nAprès rapprochement avec le devis accepté par l'assemblée générale du "
    "12 juin 2025 et le procès-verbal de réception des travaux, il apparaît que quatorze "
    "appliques murales ont été facturées, alors que douze seulement ont été posées, ainsi que "
    "le constate le procès-verbal contresigné par votre technicien. La différence, soit deux "
    "appliques à 185,00 € HT, représente 444,00 € TTC.\n\nNous vous saurions gré de bien "
    "vouloir nous adresser un avoir correspondant, à réception duquel le règlement du solde "
    "sera soumis au conseil syndical.\n\nNous vous prions d'agréer, Madame, Monsieur, "
    "l'expression de nos salutations distinguées.\n\nAgnès Morel\nGestionnaire de "
    "copropriété\nCabinet Morel Syndic – 42 rue Vaubecour – 69002 Lyon" + DISCLAIMER_FR,
    amount=444.0,
    mentions=["LO-2025-0287"],
    quote="outlook",
    format="alt",
    mailer=OUTLOOK,
    notes="Restrained contestation of 2 × 185 € HT invoiced but not installed, stated as 444 € "
    "TTC; the disclaimer's 'aucun litige' is boilerplate.",
)

R(
    "mr",
    "FA-2025-0561",
    4128.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-03T11:18:00+01:00",
    "Sylvie Perrier",
    "finances@mairie-saint-jorioz-les-bains.fr",
    "invoice_error",
    True,
    3,
    "Madame, Monsieur,\n\nPar la présente, je fais suite à votre courriel de relance relatif à "
    "la facture n° FA-2025-0561 concernant la fourniture et la pose de rayonnages à la "
    "médiathèque municipale.\n\nJe vous informe que cette facture n'a pu être mandatée. En "
    "application des dispositions relatives à la facturation électronique des marchés "
    "publics, les factures adressées à la commune doivent être déposées sur le portail "
    "Chorus Pro et comporter le numéro d'engagement juridique figurant sur le bon de "
    "commande (EJ 2025-00734), ainsi que le code service « MEDIA ». Ces mentions font défaut "
    "sur le document transmis par courriel.\n\nIl ne s'agit en aucun cas d'une contestation "
    "de la prestation, dont le service fait a été constaté. Je vous remercie de bien vouloir "
    "procéder à un nouveau dépôt conforme, qui sera traité dans le délai global de paiement "
    "applicable.\n\nVeuillez agréer, Madame, Monsieur, l'expression de mes salutations "
    "distinguées.\n\nSylvie Perrier\nService des finances\nMairie de Saint-Jorioz-les-Bains",
    mentions=["FA-2025-0561"],
    quote="thunderbird",
    mailer=TB,
    notes="Missing legal-commitment number and Chorus Pro deposit: a formal defect blocking "
    "payment (no dated deadline, so 3); 'en aucun cas d'une contestation' negated.",
)

R(
    "lx",
    "LX-25-1034",
    2268.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-11-26T09:14:00+01:00",
    "Laure Bonvin",
    "comptabilite@etude-bonvin-rey.ch",
    "already_paid",
    True,
    3,
    "Madame, Monsieur,\n\nNous avons bien reçu votre rappel du 24 novembre 2025.\n\nNous "
    "nous permettons de vous signaler que votre facture LX-25-1034, d'un montant de "
    "CHF 2'268.00, a été acquittée par virement e-banking en date du 14 novembre 2025, sous "
    "la référence QR figurant sur le bulletin de versement. Le débit apparaît sur notre "
    "relevé de compte du même jour.\n\nCe dossier ne fait l'objet d'aucun litige de notre "
    "part ; nous vous serions reconnaissants de bien vouloir vérifier l'imputation du "
    "paiement dans votre comptabilité.\n\nNous vous prions d'agréer, Madame, Monsieur, nos "
    "salutations distinguées.\n\nLaure Bonvin\nComptabilité\nÉtude Bonvin & Rey, avocats\n"
    "Rue du Rhône 12 – 1950 Sion" + DISCLAIMER_FR,
    mentions=["LX-25-1034"],
    quote="outlook",
    outlook_line=False,
    mailer=OUTLOOK,
    notes="A law firm's accounting says paid on 14 November; the sender is a law firm and the "
    "disclaimer speaks of litige, but no threat: already_paid, 3.",
)

R(
    "fs",
    "FS-2025-0874",
    1345.5,
    "reminder_2",
    "fr",
    "fr",
    "2025-12-10T15:40:00+01:00",
    "Marc-Antoine Dousse",
    "md@dousse-menuiserie.ch",
    "payment_promise",
    False,
    1,
    "Madame, Monsieur,\n\nNous accusons réception de votre second rappel concernant vos "
    "honoraires pour l'établissement des salaires du troisième trimestre.\n\nÀ la suite d'une "
    "erreur de saisie dans notre logiciel de paiement, imputable à notre seul service, votre "
    "facture n'a pas été reprise dans l'ordre groupé du mois de novembre. Cette erreur a été "
    "corrigée et le montant, frais de rappel compris, sera viré le vendredi 19 décembre "
    "2025.\n\nEn vous priant d'excuser ce retard, nous vous adressons, Madame, Monsieur, nos "
    "salutations distinguées.\n\nMarc-Antoine Dousse\nAdministration\nDousse Menuiserie SA, "
    "Bulle",
    pdate="2025-12-19",
    quote="gmail",
    format="alt",
    notes="'erreur de saisie' is the customer's own past error, not an invoice error; a dated "
    "payment announcement including the fee.",
)

R(
    "lo",
    "LO-2025-0241",
    9876.0,
    "reminder_2",
    "fr",
    "fr",
    "2025-12-16T18:02:00+01:00",
    "Hélène Castagné",
    "h.castagne@castagne-architectes.fr",
    "delay_request",
    True,
    2,
    "Madame, Monsieur,\n\nNous avons pris connaissance de votre relance du 12 décembre "
    "relative à la facture LO-2025-0241, dont nous ne contestons ni le principe ni le "
    "montant.\n\nLa clôture de notre exercice au 31 décembre coïncide cette année avec le "
    "retard de règlement de plusieurs maîtres d'ouvrage publics, ce qui pèse sur notre "
    "trésorerie. Aussi nous permettons-nous de solliciter un échelonnement du règlement en "
    "trois échéances égales de 3 292,00 €, les 15 janvier, 15 février et 15 mars 2026, par "
    "virement.\n\nDans l'attente de votre accord, nous vous prions d'agréer, Madame, "
    "Monsieur, l'expression de nos salutations distinguées.\n\nHélène Castagné\nGérante\n"
    "Castagné Architectes SARL – Villeurbanne",
    pdate="2026-01-15",
    mentions=["LO-2025-0241"],
    quote="apple",
    mailer=APPLE,
    days_after=4,
    notes="Dated three-instalment plan for an uncontested invoice: pauses, first instalment "
    "15 January 2026; 'nous ne contestons ni le principe ni le montant'.",
)

R(
    "mr",
    "FA-2025-0598",
    2316.0,
    "invoice",
    "fr",
    "fr",
    "2025-11-14T10:25:00+01:00",
    "Jean-Luc Favre",
    "jl.favre@syndic-lac-annecy.fr",
    "copy_request",
    False,
    2,
    "Madame, Monsieur,\n\nNous vous remercions de l'envoi de votre facture relative à la "
    "réfection des portes palières de la copropriété « Le Semnoz ».\n\nDans le cadre de la "
    "vérification annuelle des comptes par le conseil syndical et en prévision de "
    "l'assemblée générale, il nous est demandé de produire l'original papier des factures "
    "de travaux. Nous vous saurions donc gré de bien vouloir nous adresser un exemplaire "
    "original par voie postale, à l'adresse figurant ci-dessous. La présente demande ne "
    "constitue en rien une réclamation.\n\nVeuillez agréer, Madame, Monsieur, nos salutations "
    "distinguées.\n\nJean-Luc Favre\nComptable\nSyndic du Lac – 3 avenue de Chevênes – 74000 "
    "Annecy",
    quote="none",
    mailer=OX,
    notes="Paper original asked for the owners' audit; 'ne constitue en rien une "
    "réclamation' negated.",
)

R(
    "lx",
    "LX-25-1088",
    2097.6,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-08T14:46:00+01:00",
    "Nicole Jaquier",
    "greffe@commune-belmont-sur-vevey.ch",
    "contestation",
    True,
    3,
    "Madame, Monsieur,\n\nNous faisons suite à votre rappel du 5 décembre 2025 concernant la "
    "facture n° 1088 relative à la traduction allemande du rapport de gestion 2024.\n\n"
    "Conformément à l'offre acceptée par la Municipalité, la traduction devait être livrée "
    "dans un délai ordinaire de trois semaines, délai qui a d'ailleurs été observé. Or, votre "
    "facture applique un supplément d'urgence de CHF 420.00, qui n'a jamais été convenu ni "
    "demandé par nos services. Nous ne sommes dès lors pas en mesure de valider ce "
    "supplément.\n\nNous vous remercions de bien vouloir établir une facture rectifiée ou un "
    "avoir de ce montant, après quoi le paiement sera ordonnancé dans les meilleurs délais.\n\n"
    "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.\n\nNicole Jaquier\n"
    "Boursière communale\nCommune de Belmont-sur-Vevey",
    amount=420.0,
    mentions=["LX-25-1088"],
    quote="outlook",
    format="alt",
    mailer=OUTLOOK,
    days_after=3,
    notes="Unagreed urgency surcharge of CHF 420 contested; 'facture rectifiée' sounds like "
    "invoice_error but the price is disputed; the short 'n° 1088' is normalised.",
)

R(
    "fs",
    "FS-2025-0952",
    3210.0,
    "invoice",
    "fr",
    "fr",
    "2025-11-21T16:12:00+01:00",
    "Pierre-Yves Clerc",
    "py.clerc@clerc-transports.ch",
    "other",
    False,
    2,
    "Madame, Monsieur,\n\nNous accusons réception de votre facture et vous en remercions.\n\n"
    "Nous profitons de ce courriel pour vous soumettre une question distincte. "
    "L'Administration fiscale cantonale nous a notifié le 17 novembre une décision de "
    "taxation 2023 qui s'écarte sensiblement de notre déclaration, notamment en ce qui "
    "concerne les amortissements du parc de véhicules. Nous souhaiterions savoir si votre "
    "fiduciaire serait en mesure de préparer une réclamation dans le délai légal de trente "
    "jours, et à quelles conditions d'honoraires.\n\nDans l'attente de votre réponse, nous "
    "vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.\n\nPierre-Yves "
    "Clerc\nDirecteur\nClerc Transports SA, Romont",
    quote="thunderbird",
    mailer=TB,
    notes="'réclamation' is a tax objection the client asks the fiduciary to prepare, an "
    "unrelated mandate question; the invoice itself is acknowledged. 'other', 2.",
)

R(
    "lo",
    "LO-2025-0302",
    1788.0,
    "invoice",
    "fr",
    "fr",
    "2025-11-25T09:08:00+01:00",
    "Service Comptabilité Fournisseurs",
    "comptabilite.fournisseurs@ch-val-de-saone.fr",
    "acknowledgement",
    False,
    1,
    "Madame, Monsieur,\n\nNous accusons bonne réception de votre facture LO-2025-0302, "
    "laquelle a été enregistrée et transmise à l'ordonnateur pour liquidation et "
    "mandatement.\n\nLe service utilisateur n'ayant formulé aucune réclamation à réception "
    "de la fourniture, le paiement interviendra par le comptable public dans le délai "
    "réglementaire.\n\nVeuillez agréer, Madame, Monsieur, l'expression de nos salutations "
    "distinguées.\n\nService Comptabilité Fournisseurs\nCentre hospitalier du Val de Saône",
    mentions=["LO-2025-0302"],
    quote="none",
    format="html",
    notes="Public-hospital acknowledgement; 'aucune réclamation' negated; 'délai réglementaire' "
    "is no date. HTML-only.",
)

R(
    "lx",
    "LX-25-1112",
    1512.0,
    "invoice",
    "fr",
    "fr",
    "2025-12-02T11:33:00+01:00",
    "Catherine Mottier",
    "c.mottier@fondation-les-vergers.ch",
    "invoice_error",
    True,
    3,
    "Madame, Monsieur,\n\nNous avons bien reçu votre facture relative à la traduction de "
    "notre rapport annuel, prestation dont nous sommes satisfaits.\n\nNous constatons "
    "toutefois que la facture est libellée au nom de la « Fondation Les Vergers », alors que "
    "la commande a été passée, et sera réglée, par l'Association des Amis des Vergers, "
    "entité juridique distincte, dont les coordonnées figurent sur le bon de commande du "
    "3 septembre 2025. Pour des raisons de révision des comptes, nous ne pouvons enregistrer "
    "une facture établie au nom d'une autre entité.\n\nNous vous saurions gré de bien vouloir "
    "annuler cette facture et d'en établir une nouvelle au nom de l'Association, Chemin des "
    "Vergers 7, 1260 Nyon.\n\nVeuillez agréer, Madame, Monsieur, nos salutations "
    "distinguées.\n\nCatherine Mottier\nSecrétaire-comptable",
    quote="gmail",
    mailer=IPHONE,
    notes="Wrong legal entity, work praised: invoice_error, nothing contested.",
)

# ----------------------------------------------------------------------------------------------
# Italian (CH)
# ----------------------------------------------------------------------------------------------

R(
    "tv",
    "TV-25-0733",
    4386.0,
    "invoice",
    "it",
    "it",
    "2025-11-19T10:47:00+01:00",
    "Daniela Pedrazzini",
    "economato@casaanziani-malcantone.ch",
    "contestation",
    True,
    3,
    "Spettabile ditta,\n\ncon riferimento alla Vostra fattura n. TV-25-0733 relativa alla "
    "fornitura di tendaggi ignifughi per il reparto B, ci pregiamo comunicarVi quanto segue.\n\n"
    "Al controllo effettuato in sede di ricezione, come annotato sulla bolla di consegna "
    "n. 25-1187, sei delle diciotto tende consegnate presentano difetti di cucitura e non "
    "possono essere installate. L'importo corrispondente, pari a CHF 1'290.00, viene "
    "pertanto contestato e trattenuto fino alla sostituzione della merce difettosa. La "
    "restante parte della fornitura è conforme e verrà regolarmente saldata.\n\nRestiamo in "
    "attesa di una Vostra proposta per il ritiro e la sostituzione.\n\nDistinti saluti\n\n"
    "Daniela Pedrazzini\nEconomato\nCasa Anziani Malcantone, Caslano",
    amount=1290.0,
    mentions=["TV-25-0733"],
    quote="outlook",
    format="alt",
    mailer=OUTLOOK,
    attachments=[("jpg", "difetto_cucitura_tenda.jpg")],
    notes="Six of eighteen curtains defective, CHF 1'290 withheld; the rest will be paid but "
    "with no date; the delivery note number is no invoice number.",
)

R(
    "tv",
    "TV-25-0698",
    2754.0,
    "reminder_1",
    "it",
    "it",
    "2025-12-05T09:21:00+01:00",
    "Roberto Cattaneo",
    "amministrazione@cattaneo-arredamenti.ch",
    "already_paid",
    True,
    3,
    "Spettabile ditta,\n\nabbiamo ricevuto il Vostro promemoria di pagamento del 3 dicembre "
    "u.s. e Vi informiamo che la fattura in oggetto è stata saldata in data 2 dicembre 2025 "
    "mediante bonifico sul conto indicato nella polizza QR. In allegato Vi trasmettiamo la "
    "relativa contabile bancaria.\n\nPrecisiamo che non si tratta di una contestazione: i "
    "pagamenti si sono verosimilmente incrociati.\n\nCon l'occasione porgiamo distinti "
    "saluti.\n\nRoberto Cattaneo\nAmministrazione\nCattaneo Arredamenti SA, Biasca",
    quote="gmail",
    attachments=[("pdf", "contabile_bonifico_02122025.pdf")],
    notes="Paid the day before the reminder, proof attached; 'non si tratta di una "
    "contestazione' negated.",
)

R(
    "tv",
    "TV-25-0751",
    5980.0,
    "reminder_1",
    "it",
    "it",
    "2025-12-18T14:10:00+01:00",
    "Ufficio contabilità",
    "contabilita@comune-valcolla-sud.ch",
    "payment_promise",
    False,
    1,
    "Spettabile ditta,\n\nin riferimento al Vostro promemoria, Vi comunichiamo che la fattura "
    "in oggetto, relativa alla fornitura di tessuti per la sala multiuso, è stata approvata "
    "dal Municipio con risoluzione municipale n. 412 del 16 dicembre 2025.\n\nIl pagamento "
    "verrà disposto con la prima distinta dell'anno, con valuta 15 gennaio 2026. Eventuali "
    "contestazioni sarebbero state comunicate entro i termini previsti dal capitolato, ciò che "
    "non è avvenuto.\n\nDistinti saluti\n\nUfficio contabilità\nComune di Valcolla Sud",
    pdate="2026-01-15",
    quote="thunderbird",
    mailer=TB,
    notes="Municipal approval and payment value date 15 January 2026; 'eventuali "
    "contestazioni sarebbero state comunicate' is hypothetical and negated.",
)

R(
    "tv",
    "TV-25-0689",
    3420.0,
    "reminder_2",
    "it",
    "it",
    "2026-01-08T11:55:00+01:00",
    "Alessandra Guidotti",
    "a.guidotti@guidotti-sartoria.ch",
    "delay_request",
    False,
    2,
    "Spettabile ditta,\n\nfacciamo seguito al Vostro secondo sollecito, che abbiamo ricevuto "
    "al rientro dalla pausa natalizia.\n\nLa fattura non è oggetto di alcuna contestazione. "
    "Tuttavia, a causa della chiusura dei conti annuali e del ritardo negli incassi di "
    "alcuni clienti, non ci è possibile saldarla immediatamente. Vi chiediamo pertanto "
    "cortesemente di concederci una proroga di qualche settimana, impegnandoci a regolare "
    "l'importo non appena la situazione lo consentirà.\n\nRingraziandoVi per la comprensione, "
    "porgiamo distinti saluti.\n\nAlessandra Guidotti\nTitolare\nSartoria Guidotti Sagl, "
    "Mendrisio",
    quote="apple",
    mailer=APPLE,
    days_after=5,
    notes="Vague 'qualche settimana', no date: delay without pause; 'non è oggetto di alcuna "
    "contestazione' negated.",
)

R(
    "tv",
    "TV-25-0772",
    1142.5,
    "invoice",
    "it",
    "it",
    "2025-12-01T08:39:00+01:00",
    "Marco Bernardoni",
    "m.bernardoni@ente-turistico-verzasca.ch",
    "copy_request",
    False,
    2,
    "Spettabile ditta,\n\nVi ringraziamo per la fattura n. TV-25-0772, che abbiamo ricevuto "
    "unicamente in formato PDF senza la polizza di versamento QR.\n\nPoiché il nostro "
    "sistema di pagamento elabora esclusivamente fatture con codice QR, Vi preghiamo di "
    "volerci trasmettere la polizza QR relativa. Ricordiamo che in occasione di una "
    "precedente fornitura, nel 2024, era sorta una contestazione sulle quantità, poi "
    "risolta con reciproca soddisfazione; nel caso presente non vi è nulla da eccepire.\n\n"
    "Distinti saluti\n\nMarco Bernardoni\nAmministrazione\nEnte Turistico Valle Verzasca",
    mentions=["TV-25-0772"],
    quote="none",
    format="alt",
    notes="QR-bill requested; a 2024 contestazione is past and resolved, 'nulla da eccepire'.",
)

# ----------------------------------------------------------------------------------------------
# English
# ----------------------------------------------------------------------------------------------

R(
    "wl",
    "WL-25-0729",
    12480.0,
    "reminder_1",
    "de",
    "en",
    "2025-12-10T13:15:00+01:00",
    "Accounts Payable EMEA",
    "ap.emea@northbridge-analytics.com",
    "invoice_error",
    True,
    4,
    "Dear Sir or Madam,\n\nThank you for your reminder regarding invoice WL-25-0729.\n\n"
    "Please be advised that the invoice has been rejected by our purchase-to-pay system, as "
    "it does not quote a valid purchase order number. In accordance with our supplier terms, "
    "invoices without a PO reference cannot be matched and are therefore not released for "
    "payment. This is not a complaint about the services rendered, which have been "
    "confirmed by the requester.\n\nKindly reissue the invoice quoting PO 4500287716 no "
    "later than 19 December 2025, so that it can be included in our final payment run of "
    "the year; invoices received after that date will be processed in January.\n\nYours "
    "faithfully,\n\nAccounts Payable EMEA\nNorthbridge Analytics GmbH, Zurich branch"
    + DISCLAIMER_EN,
    mentions=["WL-25-0729"],
    quote="outlook",
    format="alt",
    mailer=OUTLOOK,
    client_lang="en",
    notes="English reply to a German reminder; missing PO blocks the payment run with a "
    "deadline (19 December is an order deadline, not a promised date): 4. 'not a complaint' "
    "negated; 'dispute' in the disclaimer.",
)

R(
    "mr",
    "FA-2025-0534",
    3096.0,
    "reminder_3",
    "en",
    "en",
    "2025-12-12T16:44:00+01:00",
    "Finance Shared Services",
    "fss.payables@halvorsen-marine.com",
    "already_paid",
    True,
    3,
    "Dear Sir or Madam,\n\nWe refer to your final notice concerning invoice FA-2025-0534.\n\n"
    "Our records indicate that this invoice was settled in full by SEPA credit transfer "
    "executed on 20 November 2025, together with invoices of other suppliers in a bulk "
    "payment. The remittance advice, showing your invoice reference and the amount of "
    "EUR 3,096.00, is attached for your reconciliation.\n\nShould the payment not be "
    "traceable on your side, please let us know and we will request a bank trace.\n\nYours "
    "faithfully,\n\nFinance Shared Services – Accounts Payable\nHalvorsen Marine AS, Bergen",
    mentions=["FA-2025-0534"],
    quote="gmail",
    attachments=[("pdf", "Remittance_Advice_20251120.pdf")],
    notes="Paid 20 November in a bulk SEPA payment, remittance attached; the hypothetical "
    "bank trace is no dispute.",
)

R(
    "lx",
    "LX-25-1059",
    3045.6,
    "reminder_1",
    "fr",
    "en",
    "2025-12-19T10:06:00+01:00",
    "Sarah O'Connell",
    "sarah.oconnell@geneva-biotrials.com",
    "payment_promise",
    False,
    1,
    "Dear Mr Chappuis,\n\nThank you for your reminder regarding invoice LX-25-1059.\n\nPlease "
    "note that the query raised by our regulatory team in November regarding the number of "
    "hours charged for the review of the clinical protocol has since been clarified "
    "internally; no complaint is outstanding and the invoice has been approved in full by "
    "the budget holder.\n\nPayment has been scheduled for our payment run on 9 January "
    "2026.\n\nKind regards,\n\nSarah O'Connell\nAccounts Payable Specialist\nGeneva "
    "BioTrials SA" + DISCLAIMER_EN,
    pdate="2026-01-09",
    mentions=["LX-25-1059"],
    quote="outlook",
    outlook_line=False,
    mailer=OUTLOOK,
    client_lang="en",
    notes="A past query on the hours, now resolved ('no complaint is outstanding'), then a "
    "dated payment run; English reply to a French reminder.",
)

R(
    "bq",
    "BQ-2025-1164",
    7218.75,
    "reminder_1",
    "en",
    "en",
    "2025-12-05T06:58:00+01:00",
    "Procurement Service Desk",
    "p2p-servicedesk@alderwood-pharma.com",
    "auto_reply",
    False,
    1,
    "This is an automated message. Please do not reply.\n\nYour e-mail has been received by "
    "the Alderwood Purchase-to-Pay Service Desk and logged under ticket number "
    "P2P-2025-118734. Our target response time is five working days.\n\nPlease note: "
    "invoice disputes, complaints regarding deductions and requests for statements are "
    "handled by the same team and will be answered in order of receipt. Invoices must be "
    "submitted via our supplier portal; invoices sent to this mailbox are not processed.\n\n"
    "Alderwood Pharma Switzerland AG – P2P Service Desk",
    headers=AUTO,
    re="RE:",
    notes="Ticket-system confirmation with 'disputes, complaints' as boilerplate; nothing to "
    "do for the reader.",
)

R(
    "lo",
    "LO-2025-0265",
    5340.0,
    "invoice",
    "en",
    "en",
    "2025-12-29T12:20:00+01:00",
    "Group Audit Confirmations",
    "audit.confirmations@meridian-hotels-group.com",
    "other",
    False,
    2,
    "Dear Sir or Madam,\n\nIn connection with the audit of the financial statements of "
    "Meridian Hotels France SAS for the year ending 31 December 2025, our auditors have "
    "requested that we obtain direct confirmation of balances from our principal suppliers.\n\n"
    "We should therefore be grateful if you would confirm to our auditors, by return, the "
    "balance due to you by our company as at 31 December 2025, listing the open invoices. "
    "Should there be any difference between your records and ours, please provide details; "
    "this request is not a query on any particular invoice and does not imply any "
    "disagreement.\n\nYours faithfully,\n\nGroup Audit Confirmations\nMeridian Hotels Group",
    quote="none",
    format="html",
    mailer=OUTLOOK,
    notes="Year-end balance confirmation for the auditors, sent in the invoice's thread: "
    "'other', 2; 'difference' is hypothetical and a disagreement is denied.",
)
