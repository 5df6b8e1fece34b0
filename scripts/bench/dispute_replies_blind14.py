# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# ruff: noqa: RUF001  (the customers write en dashes and typographic apostrophes)
"""Fourteenth blind set of customers' replies (tests/data/disputes_blind14), with their labels (CC0 text).

Written by a sixteenth writer who read only the label definitions and the entry format, not the
other sets' replies, not the reader's rules and not its answers: it measures the reader once.
Everything is synthetic (people, firms, addresses, references). Never tune rules on these replies.

Profile: formal business correspondence of mid-size companies in Switzerland and France: long
polite letters that mention problems, refunds, audits, penalties, deadlines, lawyers, contracts
and past disputes in passing while only acknowledging, promising, confirming or asking for a copy;
letters that recount a past problem now solved and then confirm payment; legal disclaimers in
signatures; HR / payroll / finance managers, fiduciary firms (Treuhand, expert-comptable) writing
for their clients, property managers, agencies; and among them genuine disputes phrased very
politely and indirectly ("nous nous permettons de revenir sur le montant", "wir erlauben uns,
auf die Position 3 zurückzukommen", "we would be grateful if you could review the hours").

Uses the invoicing companies of ``make_dispute_replies.py`` (bq, tv, lx, mr, fs, wl, lo); same
entry format as ``dispute_replies_blind4.py`` (the ``R`` helper of ``dispute_replies_more.py``,
entries kept in this file's own ``REPLIES``); labels as defined in
/work/shared/samples/disputes/README.md.
Build with ``.venv/bin/python scripts/bench/make_dispute_replies.py --source blind14``.
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
    "LX-25-0934",
    1437.73,
    "reminder_1",
    "fr",
    "fr",
    "2025-11-26T09:42:00+01:00",
    "Sophie Vuilleumier",
    "s.vuilleumier@montfort-rh.ch",
    "contestation",
    True,
    3,
    "Madame, Monsieur,\n\nNous accusons réception de votre rappel du 24 novembre concernant la "
    "traduction du règlement du personnel et vous remercions de la qualité du travail livré, "
    "dont nos collaborateurs germanophones ont déjà pu prendre connaissance.\n\nNous nous "
    "permettons toutefois de revenir sur le montant facturé. Votre offre du 2 septembre, que "
    "nous avions contresignée, portait sur 11 pages à CHF 95.– la page, alors que la facture en "
    "compte 14. Le document source n'a pas changé entre l'offre et la commande : il s'agit du "
    "même fichier de 11 pages, annexes comprises. Les 3 pages supplémentaires, soit CHF 285.– "
    "hors TVA, nous semblent donc provenir d'une erreur de saisie.\n\nNous vous saurions gré "
    "de bien vouloir vérifier ce point et de nous faire parvenir une facture rectifiée, que "
    "nous réglerons dès réception.\n\nEn vous remerciant par avance, nous vous prions "
    "d'agréer, Madame, Monsieur, nos salutations distinguées.\n\nSophie Vuilleumier\n"
    "Responsable RH\nMontfort Horlogerie SA\nRue du Progrès 41 | 2300 La Chaux-de-Fonds",
    amount=285,
    quote="outlook",
    mailer=OUTLOOK,
    days_after=2,
    notes="Opens with thanks and praise, then 'nous nous permettons de revenir sur le montant': "
    "14 pages billed against 11 in the signed offer, 3 x CHF 95 = 285 excl. VAT as the customer "
    "states; 'facture rectifiée' does not make it a formal invoice_error, the quantity is contested.",
)

R(
    "bq",
    "BQ-25-0612",
    3874.6,
    "reminder_2",
    "de",
    "de",
    "2025-12-03T14:05:00+01:00",
    "Reto Amstutz",
    "r.amstutz@immo-pilatus.ch",
    "contestation",
    True,
    3,
    "Sehr geehrte Frau Imhof\n\nBesten Dank für Ihre Mahnung vom 1. Dezember. Wir "
    "bedauern, dass sich die Begleichung verzögert hat; dies liegt daran, dass wir die "
    "Rechnung zuerst mit der Stockwerkeigentümergemeinschaft Sonnmatt abstimmen mussten.\n\n"
    "Die Positionen 1, 2 und 4 (Ersatz der Umwälzpumpe, Material, Entsorgung) sind unbestritten. "
    "Wir erlauben uns jedoch, auf die Position 3 zurückzukommen: Dort sind 6 Arbeitsstunden à "
    "CHF 125.– verrechnet. Gemäss Rapport Ihres Monteurs, den unser Hauswart unterzeichnet hat, "
    "war er von 8.00 bis 12.00 Uhr vor Ort, also 4 Stunden. Wir gehen von einem Versehen aus und "
    "bitten Sie, die Differenz von 2 Stunden (CHF 250.– exkl. MWST) gutzuschreiben.\n\nDamit "
    "Ihnen kein Nachteil entsteht, überweisen wir den unbestrittenen Betrag von CHF 3'604.35 bis "
    "am 15. Dezember.\n\n"
    "Freundliche Grüsse\n\nReto Amstutz\nBewirtschafter\nImmo Pilatus AG\nHirschmattstrasse 25, "
    "6003 Luzern",
    amount=250,
    pdate="2025-12-15",
    quote="outlook",
    outlook_line=False,
    mailer=OUTLOOK,
    days_after=2,
    notes="Property manager: apology for the delay, then 'wir erlauben uns, auf die Position 3 "
    "zurückzukommen': 2 h x CHF 125 = 250 excl. VAT contested; the undisputed part is promised "
    "for 15 December (promised_date); nothing is said about the CHF 20 fee.",
)

R(
    "wl",
    "WL-25-1187",
    6161.7,
    "invoice",
    "en",
    "en",
    "2025-11-20T16:31:00+01:00",
    "Hannah Keller",
    "hannah.keller@corvina-pharma.ch",
    "contestation",
    True,
    3,
    "Dear Mr Frei,\n\nThank you for your invoice and, once again, for the excellent work your "
    "team delivered on the careers portal. The launch went smoothly and our HR colleagues are "
    "very pleased.\n\nBefore we release the payment, we would be grateful if you could review "
    "the hours. The statement of work capped the implementation phase at 30 hours, and any "
    "additional effort was to be approved by us in writing beforehand. The invoice shows 38 "
    "hours at CHF 150, and we have no record of a change request for the extra 8 hours. It is "
    "quite possible that something was agreed verbally with our project lead, in which case "
    "a short note would help us; otherwise we would ask you to adjust the invoice to the agreed "
    "30 hours.\n\nMany thanks in advance and best regards,\n\nHannah Keller\nHead of Finance "
    "Operations\nCorvina Pharma AG | Hardstrasse 201 | 8005 Zürich\n\nThis e-mail may contain "
    "confidential or legally privileged information. If you are not the intended recipient, "
    "please notify the sender and delete it. Any unauthorised use or disclosure is prohibited.",
    amount=1200,
    quote="gmail",
    format="alt",
    days_after=1,
    notes="Thanks and praise first, then 'we would be grateful if you could review the hours': "
    "8 h over the 30-hour cap x CHF 150 = 1200 excl. VAT; confidentiality disclaimer is boilerplate.",
)

R(
    "tv",
    "TV-25-0448",
    4212.0,
    "reminder_1",
    "it",
    "it",
    "2025-12-11T10:20:00+01:00",
    "Marco Pedrazzini",
    "m.pedrazzini@albergo-lagodoro.ch",
    "contestation",
    True,
    3,
    "Gentile signora Bernasconi,\n\nla ringraziamo per il Suo promemoria e ci scusiamo per non "
    "averLe scritto prima.\n\nCi permettiamo di segnalarLe che una parte consistente delle tende "
    "oscuranti consegnate il 6 novembre per le camere del secondo piano presenta difetti di "
    "cucitura lungo l'orlo inferiore e, in alcuni teli, una tonalità diversa da quella del "
    "campione approvato. Le alleghiamo due fotografie scattate dalla nostra governante.\n\n"
    "Trattandosi di un'unica fornitura, e non potendo per ora montare le tende, ci vediamo "
    "costretti a sospendere il pagamento della fattura in attesa di un Suo sopralluogo o di una "
    "proposta di sostituzione. Siamo certi che troveremo insieme una soluzione, come sempre in "
    "questi anni di collaborazione.\n\nCordiali saluti\n\nMarco Pedrazzini\nDirettore "
    "amministrativo\nAlbergo Lago d'Oro SA\nLungolago 12, 6612 Ascona",
    amount=4212.0,
    quote="outlook",
    mailer=OUTLOOK,
    attachments=[("jpg", "tende_piano2_01.jpg"), ("jpg", "tende_piano2_02.jpg")],
    days_after=3,
    notes="Very courteous ('ci permettiamo di segnalarLe'), but defective goods and the whole "
    "invoice withheld ('sospendere il pagamento della fattura') -> whole amount disputed.",
)

R(
    "mr",
    "MR-2025-0387",
    5520.0,
    "reminder_3",
    "fr",
    "fr",
    "2026-01-12T11:48:00+01:00",
    "Gilles Marchetti",
    "g.marchetti@regie-annecy-lac.fr",
    "contestation",
    True,
    5,
    "Madame,\n\nNous faisons suite à votre dernière relance du 9 janvier, reçue en notre qualité "
    "de syndic de la copropriété Le Belvédère, 3 avenue d'Albigny.\n\nComme nous l'avions "
    "indiqué oralement à M. Roche lors de la réception des travaux, nous nous permettons de "
    "revenir sur le montant facturé pour le remplacement des portes palières. Le devis accepté "
    "par l'assemblée générale s'élevait à 4 800,00 € TTC ; la facture est de 5 520,00 € TTC, "
    "sans qu'aucun avenant ni travaux supplémentaires n'aient été commandés. Le conseil "
    "syndical ne nous autorise pas à régler la différence de 720,00 €.\n\nFaute de réponse à nos "
    "deux courriers précédents, et compte tenu de la menace de mise en demeure contenue dans "
    "votre relance, nous avons transmis ce dossier à Maître Delphine Favre, avocate à Annecy, "
    "qui prendra contact avec vous. Nous restons néanmoins disposés à régler le montant du devis "
    "dès réception d'une facture conforme.\n\nVeuillez agréer, Madame, l'expression de nos "
    "salutations distinguées.\n\nGilles Marchetti\nGestionnaire de copropriétés\nRégie Annecy "
    "Lac | 18 rue Sommeiller | 74000 Annecy",
    amount=720,
    quote="thunderbird",
    mailer=TB,
    days_after=3,
    notes="Measured tone, but a lawyer has been instructed ('nous avons transmis ce dossier à "
    "Maître ..., avocate') -> urgency 5; devis 4 800 TTC vs invoice 5 520 TTC -> 720 contested.",
)

# ----------------------------------------------------------------------------------------------
# invoice_error
# ----------------------------------------------------------------------------------------------

R(
    "fs",
    "FS-2025-0721",
    2486.25,
    "invoice",
    "de",
    "de",
    "2025-11-18T08:57:00+01:00",
    "Daniela Zbinden",
    "d.zbinden@treuhand-gantrisch.ch",
    "invoice_error",
    True,
    3,
    "Sehr geehrte Frau Progin\n\nWir betreuen die Buchhaltung der Familie Rüfenacht und deren "
    "Gesellschaften und haben Ihre Rechnung für die Lohnbuchhaltung Oktober zur Verbuchung "
    "erhalten.\n\nInhaltlich ist die Rechnung in Ordnung. Sie ist jedoch an die Rüfenacht "
    "Holding AG adressiert, während das Mandat (wie auch der Lohnlauf) die Rüfenacht Bau AG, "
    "Seftigenstrasse 84, 3123 Belp, betrifft. Die Holding hat keine Angestellten und kann den "
    "Aufwand nicht verbuchen, zumal die Revisionsstelle genau solche Konzernverrechnungen "
    "prüft.\n\nWir bitten Sie deshalb, die Rechnung auf die Bau AG auszustellen und uns die "
    "korrigierte Fassung zuzustellen. Die Zahlung erfolgt dann wie gewohnt innert Frist.\n\n"
    "Freundliche Grüsse\n\nDaniela Zbinden\nTreuhand Gantrisch GmbH\nBernstrasse 10, 3125 "
    "Toffen",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    days_after=1,
    notes="A fiduciary writing for its client: the amount is accepted ('inhaltlich in Ordnung'), "
    "the invoice names the wrong legal entity (holding instead of the operating AG); the auditor "
    "is mentioned in passing.",
)

R(
    "lo",
    "LO-2025-0519",
    3168.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-16T15:12:00+01:00",
    "Aurélie Brunet",
    "comptabilite.fournisseurs@groupe-saone-habitat.fr",
    "invoice_error",
    True,
    3,
    "Bonjour Madame Berthier,\n\nJe reviens vers vous suite à votre relance du 12 décembre.\n\n"
    "Votre facture n'a pas pu être intégrée dans notre circuit de validation car elle ne "
    "comporte pas le numéro de bon de commande. Depuis le 1er septembre, toutes les factures "
    "fournisseurs de notre groupe doivent mentionner le numéro de BC (ici le BC 2025-07744, "
    "établi par Mme Girard pour l'éclairage du hall du siège), faute de quoi elles sont rejetées "
    "automatiquement par notre outil de dématérialisation.\n\nLa prestation elle-même n'est pas "
    "en cause. Pourriez-vous nous adresser une nouvelle facture portant ce numéro ? Elle sera "
    "alors payée à l'échéance habituelle.\n\nJe vous remercie de votre compréhension.\n\n"
    "Aurélie Brunet\nService comptabilité fournisseurs\nGroupe Saône Habitat\n27 rue de la "
    "République - 69002 Lyon",
    quote="gmail",
    days_after=4,
    notes="Missing purchase-order number, invoice rejected by the AP tool; the work is explicitly "
    "not in question; BC number is not an invoice number (mentions empty).",
)

R(
    "lx",
    "LX-25-0902",
    2162.0,
    "invoice",
    "fr",
    "en",
    "2025-11-13T12:03:00+01:00",
    "James Whitfield",
    "j.whitfield@harbourline-legal.co.uk",
    "invoice_error",
    True,
    3,
    "Dear Mr Chappuis,\n\nMany thanks for the swift turnaround on the French translation of our "
    "arbitration bundle; our partners were impressed.\n\nOur accounts team has pointed out one "
    "issue with the invoice, however. Harbourline LLP is a UK firm with no establishment in "
    "Switzerland, so as far as we understand your services to us fall outside the scope of Swiss "
    "VAT. The invoice nevertheless adds 8.1% VAT (CHF 162.00) to the net fee of CHF 2,000.00. "
    "Could you kindly reissue it without VAT, quoting our UK VAT number GB 318 4452 90? We will "
    "then settle it promptly.\n\nWith kind regards,\n\nJames Whitfield\nPractice Manager\n"
    "Harbourline LLP, 14 Fenchurch Row, London EC3M 4AB\n\nHarbourline LLP is a limited "
    "liability partnership registered in England and Wales. This message is confidential and "
    "may be subject to legal professional privilege; it does not constitute legal advice "
    "unless expressly stated.",
    amount=162,
    quote="apple",
    mailer=APPLE,
    days_after=1,
    notes="English reply to a French invoice from a law firm (legal words everywhere: "
    "arbitration, privilege, disclaimer); the only issue is VAT charged on an export service -> "
    "invoice_error, disputed amount = the VAT 162.",
)

R(
    "tv",
    "TV-25-0501",
    1863.3,
    "reminder_2",
    "it",
    "it",
    "2025-12-18T09:36:00+01:00",
    "Elena Galli",
    "amministrazione@galli-arredamenti.ch",
    "invoice_error",
    True,
    4,
    "Gentile signora Bernasconi,\n\nfacciamo seguito al Suo secondo sollecito. La fattura ci era "
    "stata recapitata alla vecchia sede di Muralto e intestata a «Galli Mobili Sagl», ragione "
    "sociale che non esiste più dalla trasformazione in Galli Arredamenti SA avvenuta a luglio "
    "(Via San Gottardo 52, 6500 Bellinzona, IDI CHE-412.887.305).\n\nIl nostro revisore non ci "
    "consente di registrare fatture intestate alla vecchia società. Poiché chiudiamo i conti "
    "il 23 dicembre, Le saremmo grati se potesse inviarci la fattura corretta entro lunedì 22: "
    "in caso contrario potremmo pagarla soltanto dopo la ripresa, a fine gennaio.\n\nL'importo "
    "non è in discussione.\n\nCordiali saluti\n\nElena Galli\nAmministrazione\nGalli "
    "Arredamenti SA",
    quote="outlook",
    mailer=OUTLOOK,
    days_after=2,
    notes="Wrong (former) company name and address, auditor mentioned; a correction deadline "
    "blocking the year-end payment -> urgency 4; 'fine gennaio' is a consequence, not a promise.",
)

# ----------------------------------------------------------------------------------------------
# already_paid
# ----------------------------------------------------------------------------------------------

R(
    "fs",
    "FS-2025-0688",
    1145.8,
    "reminder_1",
    "fr",
    "fr",
    "2025-11-24T10:18:00+01:00",
    "Laurent Dafflon",
    "l.dafflon@fidugruyere.ch",
    "already_paid",
    True,
    3,
    "Madame,\n\nNous intervenons en qualité de fiduciaire de la Boulangerie Remy Sàrl, qui nous a "
    "transmis votre rappel du 20 novembre.\n\nVérification faite dans la comptabilité de notre "
    "mandante, la facture a été payée le 7 novembre par virement depuis son compte auprès de la "
    "Banque Cantonale de Fribourg, montant CHF 1'145.80, avec la référence QR de votre bulletin. "
    "Le débit figure sur l'extrait bancaire de novembre.\n\nIl est possible que le paiement ait "
    "été imputé sur un autre dossier, comme cela s'était produit l'an dernier lors de la "
    "révision, où une facture avait été comptabilisée deux fois puis remboursée. Nous vous "
    "remercions de bien vouloir contrôler et de classer ce rappel.\n\nMeilleures salutations\n\n"
    "Laurent Dafflon\nExpert fiduciaire diplômé\nFiduGruyère SA | Grand-Rue 9 | 1630 Bulle\n\n"
    "Ce message et ses annexes sont confidentiels et destinés exclusivement à leur "
    "destinataire. Toute diffusion non autorisée est interdite. FiduGruyère SA décline toute "
    "responsabilité en cas d'altération du message.",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    days_after=4,
    notes="Fiduciary for its client; the past 'révision' with a double booking and refund is "
    "history, the point is the payment of 7 November (past date, not promised); legal disclaimer.",
)

R(
    "wl",
    "WL-25-1042",
    2970.0,
    "reminder_2",
    "de",
    "de",
    "2025-12-09T11:26:00+01:00",
    "Patrick Lüthi",
    "patrick.luethi@brunner-logistik.ch",
    "already_paid",
    True,
    3,
    "Sehr geehrter Herr Frei\n\nIhre zweite Mahnung hat uns etwas überrascht, erlauben Sie mir "
    "deshalb kurz die Vorgeschichte.\n\nIm Frühling hatten wir die Wartungsrechnung für das "
    "erste Quartal versehentlich doppelt überwiesen. Ihre Buchhaltung hat uns den zu viel "
    "bezahlten Betrag im Juni korrekt zurückerstattet, die Angelegenheit ist damit für uns "
    "vollständig erledigt, und ich möchte mich an dieser Stelle nochmals für die unkomplizierte "
    "Abwicklung bedanken.\n\nDie jetzt gemahnte Rechnung haben wir hingegen am 21. November über "
    "die Zürcher Kantonalbank beglichen (CHF 2'970.00, Referenz gemäss QR-Rechnung). Ich vermute, "
    "dass sich die Zahlung mit Ihrer Mahnung gekreuzt hat oder wegen der damaligen Rückerstattung "
    "falsch zugeordnet wurde. Einen Auszug der Zahlung kann ich Ihnen gerne zustellen.\n\n"
    "Freundliche Grüsse\n\nPatrick Lüthi\nLeiter Finanzen & Personal\nBrunner Logistik AG\n"
    "Industriestrasse 7, 8304 Wallisellen",
    quote="gmail",
    format="alt",
    charset="windows-1252",
    days_after=1,
    notes="Long history of a past double payment and refund (now settled) before the actual "
    "statement: this invoice was paid on 21 November; 'Rückerstattung' and 'zu viel bezahlt' "
    "belong to the old case.",
)

R(
    "bq",
    "BQ-25-0577",
    948.5,
    "reminder_1",
    "de",
    "de",
    "2025-11-28T07:49:00+01:00",
    "Monika Huber",
    "monika.huber@schreinerei-huber.ch",
    "already_paid",
    True,
    3,
    "Grüezi Frau Imhof\n\nBesten Dank für die Erinnerung. Die Rechnung BQ-25-0577 wurde am "
    "14. November bezahlt, die Zahlungsbestätigung unserer Bank finden Sie im Anhang.\n\n"
    "Freundliche Grüsse\nMonika Huber\nSchreinerei Huber GmbH, Kriens",
    mentions=["BQ-25-0577"],
    quote="none",
    mailer=IPHONE,
    attachments=[("pdf", "Zahlungsbestaetigung_BQ-25-0577.pdf")],
    days_after=1,
    notes="Short, with the bank's payment confirmation attached; the invoice number is written "
    "by the customer.",
)

R(
    "fs",
    "FS-2025-0613",
    3320.0,
    "reminder_3",
    "de",
    "mixed",
    "2026-01-09T13:40:00+01:00",
    "Christine Bapst",
    "c.bapst@sensler-druck.ch",
    "already_paid",
    True,
    3,
    "Sehr geehrte Frau Progin, chère Madame Progin,\n\nWir haben Ihre letzte Mahnung mit "
    "Androhung der Betreibung erhalten und möchten festhalten, dass die Rechnung FS-2025-0613 "
    "am 19. Dezember vollständig beglichen wurde (Postfinance, CHF 3'320.00).\n\nNous avons "
    "bien reçu votre dernier rappel. La facture a été réglée intégralement le 19 décembre, le "
    "justificatif de paiement est joint. Nous vous remercions de renoncer à la poursuite et aux "
    "frais.\n\nFreundliche Grüsse / Meilleures salutations\n\nChristine Bapst\nBuchhaltung / "
    "Comptabilité\nSensler Druck AG, Düdingen",
    mentions=["FS-2025-0613"],
    quote="outlook",
    mailer=OUTLOOK,
    attachments=[("pdf", "Beleg_Zahlung_19-12-2025.pdf")],
    days_after=1,
    notes="Bilingual German/French answer to a final notice; 'Betreibung', 'poursuite' and 'frais' "
    "are echoes of the reminder; paid 19 December (past date); asking to waive the fees does not "
    "make it a fee contestation.",
)

# ----------------------------------------------------------------------------------------------
# delay_request
# ----------------------------------------------------------------------------------------------

R(
    "mr",
    "MR-2025-0402",
    7860.0,
    "reminder_2",
    "fr",
    "fr",
    "2026-01-08T16:22:00+01:00",
    "Isabelle Perrier",
    "direction@perrier-evenements.fr",
    "delay_request",
    True,
    2,
    "Madame Roche,\n\nJe vous remercie pour votre courrier du 6 janvier et vous prie de nous "
    "excuser pour ce retard, qui n'est en rien lié à la qualité de vos agencements, dont nous "
    "sommes entièrement satisfaits.\n\nNotre principal client nous a imposé un décalage de ses "
    "règlements de fin d'année et notre trésorerie en est directement affectée. Afin de ne pas "
    "laisser la situation se dégrader, je vous propose de solder la facture en trois "
    "mensualités de 2 620,00 €, le 31 janvier, le 28 février et le 31 mars, par virement. Si "
    "les pénalités de retard devaient s'appliquer, nous en comprendrions le principe, mais nous "
    "vous serions reconnaissants de bien vouloir y renoncer compte tenu de cet échéancier.\n\n"
    "Dans l'attente de votre accord, je vous prie d'agréer, Madame, mes salutations "
    "distinguées.\n\nIsabelle Perrier\nGérante\nPerrier Événements SARL\n5 place Saint-François "
    "- 74000 Annecy",
    pdate="2026-01-31",
    quote="gmail",
    format="alt",
    mailer=ORANGE,
    days_after=2,
    notes="Dated instalment plan (first instalment 31 January) -> pause; penalties discussed "
    "only as a request for goodwill, not contested.",
)

R(
    "bq",
    "BQ-25-0598",
    5412.75,
    "reminder_1",
    "de",
    "de",
    "2025-12-05T10:03:00+01:00",
    "Stefan Wyss",
    "stefan.wyss@seetal-kaese.ch",
    "delay_request",
    False,
    2,
    "Sehr geehrte Frau Imhof\n\nIch bestätige den Erhalt Ihrer Zahlungserinnerung. Die Rechnung "
    "für die Lüftungsanlage im Reiferaum ist korrekt und wird von uns selbstverständlich nicht "
    "bestritten.\n\nWie viele Betriebe unserer Branche haben wir im Dezember hohe Lohn- und "
    "13.-Monatslohn-Zahlungen, während die Zahlungen des Grosshandels erst im neuen Jahr "
    "eingehen. Ich bitte Sie deshalb um etwas Geduld: Wir werden die Rechnung begleichen, sobald "
    "die ersten Kundenzahlungen eingegangen sind.\n\nFür Ihr Verständnis danke ich Ihnen.\n\n"
    "Freundliche Grüsse\n\nStefan Wyss\nLeiter Finanzen und HR\nSeetal Käse AG\n6280 Hochdorf",
    quote="outlook",
    outlook_line=False,
    mailer=OUTLOOK,
    days_after=3,
    notes="Negation ('wird nicht bestritten') and payroll worries; asks for patience without a "
    "date ('sobald die ersten Kundenzahlungen eingegangen sind') -> no pause.",
)

R(
    "lo",
    "LO-2025-0544",
    12480.0,
    "invoice",
    "en",
    "en",
    "2025-11-20T09:15:00+01:00",
    "Thomas Garnier",
    "t.garnier@hexa-workspace.com",
    "delay_request",
    True,
    2,
    "Dear Ms Berthier,\n\nThank you for the invoice for the lighting of our new Lyon office, "
    "which we have passed to our finance team.\n\nAs you may know, our group is currently being "
    "audited ahead of a funding round, and all payments above EUR 10,000 require the CFO's "
    "sign-off, which is frozen until the audit closes mid-January. Would you agree to us paying "
    "this invoice on 31 January 2026 rather than on the contractual due date? We fully accept "
    "the amount and the work; it is purely a matter of internal process.\n\nI apologise for the "
    "inconvenience and thank you in advance.\n\nBest regards,\n\nThomas Garnier\nOffice & "
    "Facilities Manager\nHexa Workspace SAS\n\nThis message and any attachments are "
    "confidential. If you have received it in error, please notify the sender immediately.",
    pdate="2026-01-31",
    quote="apple",
    mailer=APPLE,
    days_after=1,
    notes="Asks for a later date (31 January) before the due date, with an audit and a CFO "
    "sign-off as the reason; amount and work explicitly accepted -> delay_request with a date, "
    "pause.",
)

R(
    "lx",
    "LX-25-0911",
    3640.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-02T14:47:00+01:00",
    "Pierre-Alain Monnier",
    "pa.monnier@fondation-lavaux.ch",
    "delay_request",
    False,
    2,
    "Monsieur Chappuis,\n\nJe vous remercie de votre rappel et vous prie d'excuser le retard de "
    "notre paiement.\n\nNotre fondation est soumise au contrôle de l'Autorité de surveillance "
    "des fondations, et tout engagement dépassant CHF 3'000.- doit être validé par le conseil "
    "de fondation avant paiement. La séance prévue en novembre a été reportée et la nouvelle "
    "date n'est pas encore fixée. Je ne manquerai pas de soumettre votre facture au conseil dès "
    "la prochaine séance et de la faire payer aussitôt après.\n\nLa traduction donne entière "
    "satisfaction et n'appelle aucune remarque de notre part.\n\nAvec mes meilleures "
    "salutations\n\nPierre-Alain Monnier\nSecrétaire général\nFondation Lavaux Patrimoine\n"
    "Route de la Corniche 3, 1096 Cully",
    quote="thunderbird",
    mailer=TB,
    charset="iso-8859-1",
    days_after=4,
    notes="Supervisory authority and board approval explain the delay; no date ('dès la "
    "prochaine séance', date not fixed) -> no pause.",
)

# ----------------------------------------------------------------------------------------------
# payment_promise
# ----------------------------------------------------------------------------------------------

R(
    "lo",
    "LO-2025-0561",
    2232.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-04T11:32:00+01:00",
    "Nadia Benali",
    "n.benali@cabinet-presquile.fr",
    "payment_promise",
    False,
    1,
    "Bonjour Madame Berthier,\n\nJe fais suite à votre relance.\n\nVous vous souvenez sans doute "
    "du différend que nous avions eu au printemps sur la facture LO-2025-0318, au sujet des "
    "appliques livrées dans une teinte non conforme ; l'avoir que vous nous aviez adressé en mai "
    "a clos ce dossier à notre entière satisfaction, et nous n'avons rien à redire sur la "
    "présente facture.\n\nLe retard tient uniquement au changement de notre expert-comptable au "
    "1er novembre. Le virement de 2 232,00 € sera exécuté le 12 décembre, lors de notre "
    "prochaine campagne de paiements.\n\nBien cordialement,\n\nNadia Benali\nResponsable "
    "administrative et financière\nCabinet d'architectes Presqu'île\n12 rue Mercière, 69002 Lyon",
    pdate="2025-12-12",
    mentions=["LO-2025-0318"],
    quote="gmail",
    days_after=2,
    notes="Recounts a past dispute (another invoice, closed by a credit note) before promising "
    "payment on 12 December; the old invoice number is mentioned but nothing is disputed now.",
)

R(
    "wl",
    "WL-25-0986",
    4104.0,
    "reminder_3",
    "de",
    "de",
    "2026-01-14T17:05:00+01:00",
    "Andrea Meier",
    "a.meier@treuhand-glattal.ch",
    "payment_promise",
    False,
    1,
    "Sehr geehrter Herr Frei\n\nIm Auftrag unserer Mandantin, der Kern Sanitär AG, deren "
    "Kreditoren wir seit Dezember führen, nehmen wir Bezug auf Ihre letzte Mahnung.\n\nDie "
    "Rechnung ist bei der Übergabe der Buchhaltung leider liegen geblieben; dafür entschuldigen "
    "wir uns im Namen unserer Mandantin. Damit es nicht zu einer Betreibung kommt, haben wir die "
    "Zahlung inklusive Mahngebühren bereits erfasst, sie wird am kommenden Freitag ausgeführt.\n\n"
    "Freundliche Grüsse\n\nAndrea Meier\nTreuhand Glattal AG\nBahnhofplatz 4, 8152 Glattbrugg",
    pdate="2026-01-16",
    quote="outlook",
    mailer=OUTLOOK,
    days_after=2,
    notes="Treuhand writing for its client; 'Betreibung' and 'Mahngebühren' appear in the "
    "customer's own words but only to say they will be avoided/paid; 'am kommenden Freitag' "
    "from Wednesday 14 January -> 16 January; 'bereits erfasst' is not already paid.",
)

R(
    "tv",
    "TV-25-0533",
    2745.9,
    "invoice",
    "it",
    "it",
    "2025-11-25T08:44:00+01:00",
    "Sara Fontana",
    "contabilita@residenza-monteverita.ch",
    "payment_promise",
    False,
    1,
    "Buongiorno signora Bernasconi,\n\nLa ringraziamo per la fattura relativa ai tessuti per "
    "le sale comuni. Come concordato in sede di contratto quadro, provvederemo al pagamento "
    "entro la fine di dicembre, con il consueto bonifico.\n\nColgo l'occasione per ricordarLe "
    "che dal prossimo anno il contratto prevede l'adeguamento dei prezzi all'indice dei prezzi "
    "al consumo: ne parleremo all'incontro annuale di gennaio.\n\nCordiali saluti\n\nSara "
    "Fontana\nResponsabile contabilità\nResidenza Monte Verità SA, Ascona",
    pdate="2025-12-31",
    quote="none",
    format="html",
    days_after=1,
    notes="HTML-only; promise 'entro la fine di dicembre' -> 31 December; the contract and price "
    "indexation for next year are a side remark, not a contestation.",
)

R(
    "fs",
    "FS-2025-0702",
    1782.0,
    "reminder_2",
    "en",
    "en",
    "2025-12-09T10:11:00+01:00",
    "Oliver Grant",
    "accounts.payable@alpine-biotech.ch",
    "payment_promise",
    False,
    1,
    "Dear Ms Progin,\n\nThank you for your reminder. To be clear, we do not dispute the invoice "
    "or the reminder fee in any way; the delay was caused by our migration to a new ERP system, "
    "during which a number of supplier invoices were held back.\n\nThe invoice has now been "
    "approved and is scheduled in our next payment run on 17 December.\n\nKind regards,\n\n"
    "Oliver Grant\nAccounts Payable\nAlpine Biotech SA | Route de la Fonderie 2 | 1700 Fribourg\n\n"
    "DISCLAIMER: This e-mail is intended only for the addressee. It may contain privileged "
    "information. Alpine Biotech SA accepts no liability for any damage caused by this e-mail; "
    "any dispute shall be governed by Swiss law, place of jurisdiction Fribourg.",
    pdate="2025-12-17",
    quote="outlook",
    outlook_line=False,
    mailer=OUTLOOK,
    days_after=1,
    notes="Negation ('we do not dispute the invoice') and a disclaimer with 'dispute', "
    "'liability', 'jurisdiction' -> only a promise for the 17 December payment run.",
)

# ----------------------------------------------------------------------------------------------
# copy_request
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BQ-25-0634",
    1296.65,
    "invoice",
    "de",
    "de",
    "2025-11-19T13:58:00+01:00",
    "Karin Portmann",
    "k.portmann@verwaltung-reuss.ch",
    "copy_request",
    False,
    2,
    "Sehr geehrte Frau Imhof\n\nBesten Dank für die Rechnung betreffend den Boilerservice in der "
    "Liegenschaft Bruchstrasse 18.\n\nLeider ist im Anhang nur die erste Seite ohne QR-Zahlteil "
    "enthalten. Dürfen wir Sie bitten, uns die vollständige Rechnung mit QR-Rechnung nochmals "
    "zuzustellen? Zudem bitten wir Sie, künftige Rechnungen für unsere Liegenschaften direkt an "
    "kreditoren@verwaltung-reuss.ch zu senden, damit sie ohne Umweg in unseren Visumsprozess "
    "gelangen.\n\nWie im Verwaltungsvertrag mit den Eigentümern vorgesehen, wird die Rechnung "
    "nach Visum durch den Eigentümer innert 30 Tagen bezahlt.\n\nFreundliche Grüsse\n\nKarin "
    "Portmann\nBuchhaltung\nReuss Immobilien Verwaltung AG\nPilatusstrasse 30, 6003 Luzern",
    quote="none",
    format="alt",
    mailer=OUTLOOK,
    days_after=1,
    notes="Property manager: the QR part is missing and future invoices should go to another "
    "address -> copy_request; the contract clause on payment within 30 days is no promise date.",
)

R(
    "mr",
    "MR-2025-0395",
    3924.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-15T09:27:00+01:00",
    "Hélène Carrel",
    "h.carrel@cabinet-carrel-expertise.fr",
    "copy_request",
    False,
    2,
    "Madame,\n\nNous sommes l'expert-comptable de la SCI Les Tilleuls, à qui votre relance a été "
    "adressée et qui nous l'a transmise.\n\nDans le cadre de la mission de révision des comptes "
    "et de la préparation du contrôle fiscal annoncé pour janvier, nous devons disposer de toutes "
    "les pièces justificatives. Or votre facture du mois d'octobre ne figure pas dans les "
    "documents que notre cliente nous a remis. Pourriez-vous nous en adresser une copie, "
    "accompagnée si possible du devis signé correspondant ?\n\nNous vous précisons que cette "
    "demande ne remet nullement en cause votre créance ; le règlement sera effectué par notre "
    "cliente dès que nous aurons pu l'enregistrer.\n\nNous vous prions d'agréer, Madame, nos "
    "salutations distinguées.\n\nHélène Carrel\nExpert-comptable inscrite à l'Ordre\nCabinet "
    "Carrel Expertise | 2 avenue de Genève | 74000 Annecy",
    quote="apple",
    mailer=APPLE,
    days_after=3,
    notes="Accountant for the client, tax audit and 'révision' mentioned; asks for a copy and the "
    "signed quote; 'ne remet nullement en cause votre créance' is a negation, no dispute; the "
    "payment 'dès que ...' is not dated.",
)

R(
    "fs",
    "FS-2025-0729",
    862.0,
    "reminder_1",
    "de",
    "de",
    "2025-12-17T15:40:00+01:00",
    "Urs Jungo",
    "u.jungo@jungo-holzbau.ch",
    "copy_request",
    False,
    2,
    "Guten Tag Frau Progin\n\nDie Erinnerung haben wir erhalten, die Rechnung selbst ist bei uns "
    "aber nie eingetroffen (vermutlich im Spam gelandet, wir hatten im November Probleme mit "
    "unserem Mailserver).\n\nKönnten Sie uns diese bitte nochmals als PDF schicken? Wir zahlen "
    "sie dann umgehend.\n\nBesten Dank und freundliche Grüsse\nUrs Jungo\nJungo Holzbau GmbH",
    quote="none",
    format="html",
    days_after=2,
    notes="HTML-only; 'nie eingetroffen' is about the invoice e-mail, not the goods -> a copy "
    "request, not a contestation; 'umgehend' is not a date.",
)

# ----------------------------------------------------------------------------------------------
# acknowledgement
# ----------------------------------------------------------------------------------------------

R(
    "lx",
    "LX-25-0957",
    980.0,
    "invoice",
    "fr",
    "fr",
    "2025-12-10T16:55:00+01:00",
    "Valérie Rochat",
    "v.rochat@groupe-vaudoise-assistance.ch",
    "acknowledgement",
    False,
    1,
    "Bonjour Monsieur,\n\nBien reçu, merci. Je transmets votre facture à notre service "
    "fournisseurs pour visa et paiement.\n\nMeilleures salutations\n\nValérie Rochat\nAssistante "
    "de direction\nVaudoise Assistance SA\n\nAVERTISSEMENT : ce courriel et ses pièces jointes "
    "sont confidentiels. Les déclarations qu'il contient n'engagent pas Vaudoise Assistance SA, "
    "sauf accord écrit. Tout litige relatif au présent message relève de la juridiction "
    "exclusive des tribunaux de Lausanne.",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    days_after=1,
    notes="Two lines of acknowledgement, then a disclaimer with 'litige', 'juridiction', "
    "'tribunaux' (boilerplate, not a threat).",
)

R(
    "wl",
    "WL-25-1203",
    8640.0,
    "invoice",
    "de",
    "de",
    "2025-11-27T08:30:00+01:00",
    "Sabine Egli",
    "sabine.egli@limmat-versicherungsberatung.ch",
    "acknowledgement",
    False,
    1,
    "Sehr geehrter Herr Frei\n\nVielen Dank für die Zustellung der Rechnung für das zweite "
    "Halbjahr. Ich habe sie an unsere Kreditorenbuchhaltung weitergeleitet.\n\nGerne nutze ich "
    "die Gelegenheit, Ihnen für die gute Zusammenarbeit im laufenden Jahr zu danken, "
    "insbesondere für die rasche Behebung der Störung im September, die dank Ihrem Einsatz ohne "
    "Folgen für unsere Kunden blieb und keine Vertragsstrafe gemäss SLA nach sich zog. "
    "Wir freuen uns auf die Verlängerung des Vertrags für 2026.\n\nFreundliche Grüsse\n\nSabine "
    "Egli\nLeiterin Administration\nLimmat Versicherungsberatung AG",
    quote="gmail",
    days_after=1,
    notes="Forwarded to accounts payable plus thanks; 'Störung', 'Vertragsstrafe', 'SLA', "
    "'Vertrag' concern a solved past incident and a renewal, nothing to do.",
)

# ----------------------------------------------------------------------------------------------
# auto_reply
# ----------------------------------------------------------------------------------------------

R(
    "mr",
    "MR-2025-0411",
    1488.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-22T08:01:00+01:00",
    "Bertrand Lefebvre",
    "b.lefebvre@hotel-les-aravis.fr",
    "auto_reply",
    False,
    1,
    "Bonjour,\n\nJe suis absent du bureau jusqu'au lundi 5 janvier inclus, avec un accès "
    "restreint à ma messagerie.\n\nPour toute question relative aux factures fournisseurs, aux "
    "litiges ou aux relances, merci de contacter Mme Claire Dupuis, comptable, au 04 50 02 18 "
    "77 ou à compta@hotel-les-aravis.fr. Pour les urgences techniques : 04 50 02 18 70.\n\n"
    "Cordialement,\nBertrand Lefebvre\nDirecteur administratif et financier\nHôtel Les Aravis",
    re="Réponse automatique :",
    headers=AUTO,
    quote="none",
    mailer=OUTLOOK,
    days_after=0,
    notes="Out-of-office naming 'litiges' and 'relances' as things to redirect; 5 January is an "
    "absence date, not a promise.",
)

R(
    "wl",
    "WL-25-1099",
    1566.0,
    "reminder_2",
    "en",
    "en",
    "2025-12-12T03:14:00+01:00",
    "Accounts Payable Service Desk",
    "ap-desk@nordhaven-group.ch",
    "auto_reply",
    False,
    1,
    "This is an automated message. Please do not reply.\n\nYour e-mail has been received by "
    "Nordhaven Group Accounts Payable and logged under ticket AP-2025-48213. Our standard "
    "processing time is 5 business days.\n\nPlease note:\n- Invoices must be sent as PDF to "
    "invoices@nordhaven-group.ch and quote a valid purchase order number.\n- Payment reminders "
    "and statements are reconciled weekly; you do not need to resend them.\n- For disputed "
    "invoices or credit notes, please contact your purchasing contact directly.\n\nNordhaven "
    "Group AG | Shared Service Centre | Zug",
    headers=AUTO,
    quote="none",
    format="alt",
    days_after=0,
    notes="Ticket-system confirmation listing invoice rules (PO number, disputed invoices, credit "
    "notes) generically; the ticket number is not an invoice number.",
)

# ----------------------------------------------------------------------------------------------
# other
# ----------------------------------------------------------------------------------------------

R(
    "tv",
    "TV-25-0519",
    3402.0,
    "invoice",
    "it",
    "it",
    "2025-11-14T11:09:00+01:00",
    "Lorenzo Rusconi",
    "l.rusconi@teatro-sociale-bellinzona.ch",
    "other",
    False,
    2,
    "Gentile signora Bernasconi,\n\nabbiamo ricevuto la fattura per i velluti del sipario e "
    "l'abbiamo inoltrata alla nostra amministrazione.\n\nApprofitto dell'occasione per una "
    "domanda di altro genere: il nostro ispettore antincendio ci chiede il certificato di "
    "ignifugazione (classe B1 o equivalente) dei tessuti forniti, da allegare al rapporto di "
    "collaudo della sala. Potrebbe indicarci se disponete di tale documento e a chi possiamo "
    "rivolgerci? La scadenza per il collaudo è il 12 dicembre.\n\nCon i migliori saluti\n\n"
    "Lorenzo Rusconi\nDirettore tecnico\nTeatro Sociale Bellinzona",
    quote="thunderbird",
    mailer=TB,
    days_after=1,
    notes="Invoice forwarded, then an unrelated question (fire-safety certificate of the "
    "fabric) needing an answer, with an inspection deadline that is not a payment date; a "
    "certificate is not a copy of the invoice.",
)

R(
    "lo",
    "LO-2025-0552",
    1944.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-08T10:40:00+01:00",
    "Service Achats",
    "achats@vinicole-beaujolais-sud.fr",
    "other",
    False,
    2,
    "Madame, Monsieur,\n\nDans le cadre de notre démarche annuelle d'évaluation des fournisseurs "
    "et de notre politique RSE, nous vous remercions de bien vouloir compléter le questionnaire "
    "fournisseur ci-joint (coordonnées, certifications, attestation d'assurance responsabilité "
    "civile professionnelle, engagements environnementaux) et nous le retourner avant le 15 "
    "janvier.\n\nLes informations recueillies sont traitées conformément au RGPD et ne seront "
    "utilisées qu'à des fins d'évaluation.\n\nNous vous remercions par avance de votre "
    "collaboration.\n\nLe Service Achats\nCave Vinicole Beaujolais Sud\n69220 Belleville-en-"
    "Beaujolais",
    quote="none",
    format="alt",
    attachments=[("pdf", "Questionnaire_fournisseur_2026.pdf")],
    days_after=3,
    notes="A purchasing department answers a reminder with a generic supplier questionnaire "
    "(insurance, GDPR); nothing about the invoice; 15 January is a form deadline, not a payment.",
)
