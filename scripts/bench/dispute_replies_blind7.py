# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# ruff: noqa: RUF001  (the customers write en dashes)
"""Seventh blind set of customers' replies (tests/data/disputes_blind7), with their labels (CC0 text).

Written by a ninth writer who read only the label definitions and the entry format, not the
other sets' replies, not the reader's rules and not its answers: it measures the reader once.
Never tune rules on these replies.

Profile: formal, long business correspondence from the finance / accounts-payable side of larger
firms, hospitals, schools, communes, cantonal and French public bodies (Chorus Pro, mandat
administratif, service fait), housing cooperatives and foundations: signature blocks and
confidentiality disclaimers, approval workflows, year-end closing, auditors, several invoices in
one e-mail, assistants writing for a manager, internal forwards.

Uses the invoicing companies of ``make_dispute_replies.py`` (bq, tv, lx, mr, fs, wl, lo); same
entry format as ``dispute_replies_blind4.py`` (the ``R`` helper of ``dispute_replies_more.py``,
entries kept in this file's own ``REPLIES``); labels as defined in
/work/shared/samples/disputes/README.md. All names, numbers and addresses are invented (CC0-1.0).
Build with ``.venv/bin/python scripts/bench/make_dispute_replies.py --source blind7``.
"""

import dispute_replies_more as _more
from dispute_replies_more import APPLE, IPHONE, OUTLOOK, OX, TB

REPLIES = []

R = _more.writer(REPLIES)


AUTO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

DISCLAIMER_FR = """
AVERTISSEMENT : ce message et ses annexes sont confidentiels et établis à l'intention exclusive
de leurs destinataires. Toute utilisation ou diffusion non autorisée est interdite et peut
engager la responsabilité de son auteur. Si vous avez reçu ce message par erreur, merci d'en
avertir immédiatement l'expéditeur et de le détruire."""

DISCLAIMER_DE = """
VERTRAULICHKEITSHINWEIS: Diese E-Mail und allfällige Anhänge sind vertraulich und
ausschliesslich für den bezeichneten Adressaten bestimmt. Sollten Sie nicht der vorgesehene
Empfänger sein, informieren Sie bitte umgehend den Absender und löschen Sie diese Nachricht.
Jede unbefugte Verwendung ist untersagt und kann rechtliche Schritte nach sich ziehen."""

DISCLAIMER_EN = """
This e-mail and any attachments are confidential and may be legally privileged. If you are
not the intended recipient, please notify the sender and delete it; any unauthorised use,
disclosure or copying is strictly prohibited and may be unlawful."""

DISCLAIMER_IT = """
AVVISO DI RISERVATEZZA: il presente messaggio e gli eventuali allegati sono riservati e
destinati esclusivamente al destinatario indicato. Qualora lo abbiate ricevuto per errore,
vi preghiamo di informare il mittente e di cancellarlo. Ogni utilizzo non autorizzato è
vietato ai sensi di legge."""

# ----------------------------------------------------------------------------------------------
# already_paid
# ----------------------------------------------------------------------------------------------

R(
    "lx",
    "LX-25-0387",
    2164.5,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-09T10:42:00+01:00",
    "Service Comptabilité fournisseurs HIVE",
    "compta.fournisseurs@hopital-venoge.ch",
    "already_paid",
    True,
    3,
    """
Madame, Monsieur,

Nous accusons réception de votre rappel du 5 décembre concernant la facture LX-25-0387.

Après vérification dans notre système comptable, nous vous confirmons que cette facture a été
réglée dans le cadre de notre paiement groupé du 28 novembre 2025, avec les factures
LX-25-0391 et LX-25-0402 de votre société. Le montant total viré sur votre compte auprès de
la Banque Cantonale Vaudoise s'élève à CHF 5'918.25 ; la référence de paiement indiquée est
« HIVE-ZV-2025-1128-04 ».

Il est possible que l'avis de crédit de votre banque ne détaille pas les trois factures. Nous
vous saurions gré de bien vouloir procéder au lettrage correspondant et de ne pas donner suite
à ce rappel.

Nous restons à votre disposition pour toute information complémentaire.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Sophie Rochat
Comptabilité fournisseurs – Direction des finances
Hôpital intercantonal de la Venoge (HIVE)
Route de l'Hôpital 4 | 1110 Morges-Venoge
Tél. +41 21 555 30 40
"""
    + DISCLAIMER_FR,
    mentions=("LX-25-0387", "LX-25-0391", "LX-25-0402"),
    days_after=4,
    salutation="Madame, Monsieur",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    notes="One collective payment for three invoices named in the text; the disclaimer's "
    "'responsabilité' is boilerplate; 28 November is a past payment date.",
)

R(
    "bq",
    "BQ-2025-1184",
    3870.35,
    "reminder_2",
    "de",
    "de",
    "2025-12-12T08:55:00+01:00",
    "Monika Baumberger",
    "m.baumberger@wbg-sonnmatt.ch",
    "already_paid",
    True,
    3,
    """
Sehr geehrte Frau Imhof

Besten Dank für Ihre 2. Mahnung vom 10. Dezember 2025.

Wir möchten Sie darauf hinweisen, dass Ihre Rechnung für den Ersatz der Warmwasseraufbereitung
in der Liegenschaft Sonnmattweg 14–18 bei uns ein zweistufiges Visumsverfahren durchläuft
(Liegenschaftenverwaltung und Vorstand Bau). Die Freigabe erfolgte am 24. November; die
Zahlung von CHF 3'870.35 wurde mit unserem Zahlungslauf vom 27. November 2025 auf Ihr Konto
bei der Luzerner Kantonalbank überwiesen. Das Zahlungsavis liegt bei.

Da sich Zahlung und Mahnung offensichtlich gekreuzt haben, bitten wir Sie, den Vorgang in
Ihrer Debitorenbuchhaltung abzuschliessen.

Freundliche Grüsse

Monika Baumberger
Leiterin Rechnungswesen
Wohnbaugenossenschaft Sonnmatt
Sonnmattweg 2 | 6003 Luzern
Tel. 041 555 82 10
""",
    quote="outlook",
    mailer=OUTLOOK,
    attachments=[("pdf", "Zahlungsavis_2025-11-27_Bergquell.pdf")],
    notes="Long explanation of the approval workflow before the payment; 24 and 27 November are "
    "past dates, not promises.",
)

R(
    "tv",
    "TV/25/0412",
    1456.0,
    "reminder_1",
    "it",
    "it",
    "2025-12-04T14:20:00+01:00",
    "Cancelleria comunale Valcastagna",
    "cassa@valcastagna.ch",
    "already_paid",
    True,
    3,
    """
Gentile signora Bernasconi,

facciamo seguito al vostro promemoria di pagamento ricevuto in data odierna.

Vi comunichiamo che la fattura in oggetto, relativa alla fornitura dei tendaggi per la sala
del Consiglio comunale, è stata approvata dal Municipio con risoluzione n. 1187 del 18
novembre 2025. La Cassa comunale ha eseguito il pagamento di CHF 1'456.00 in data 1° dicembre
2025 tramite PostFinance, indicando il riferimento QR della vostra polizza.

Considerati i tempi di accredito, è probabile che il pagamento si sia incrociato con il vostro
sollecito. Vi preghiamo pertanto di considerare la pratica evasa.

Distinti saluti

Per il Municipio
Il Segretario comunale
avv. Renato Ghisletta

Comune di Valcastagna – Cancelleria
Piazza del Municipio 1 | 6659 Valcastagna
"""
    + DISCLAIMER_IT,
    days_after=0,
    salutation="Comune di Valcastagna",
    quote="gmail",
    notes="Communal approval (risoluzione municipale) precedes a past payment; the signer's "
    "'avv.' title and the disclaimer's 'ai sensi di legge' are not a legal threat.",
)

R(
    "wl",
    "WL-2025-0533",
    8640.0,
    "reminder_2",
    "en",
    "en",
    "2025-12-15T11:03:00+01:00",
    "Agnieszka Wolska",
    "ap.emea@helvion-group.com",
    "already_paid",
    True,
    3,
    """
Dear Mr Frei,

Thank you for your reminder.

Please note that, as agreed with our Head of Digital, Mr Stefan Kägi, this invoice was settled
in two partial payments of CHF 4,320.00 each: the first on 30 October 2025 and the second on
28 November 2025 (our payment references 2000418832 and 2000421907). The invoice is therefore
fully paid on our side and shows a zero balance in SAP.

It seems that the second payment has not yet been allocated to the invoice in your ledger.
Could you kindly check and confirm that the account is cleared? Please also remove the reminder
fee, which should not apply.

Best regards,

Agnieszka Wolska
Accounts Payable Specialist – EMEA
Helvion Group Shared Service Centre
ul. Przemysłowa 12, 30-701 Kraków, Poland
"""
    + DISCLAIMER_EN,
    quote="outlook",
    mailer=OUTLOOK,
    outlook_line=False,
    notes="'Partial payments' but the two instalments add up to the full amount; the request to "
    "drop the fee follows from the payment, no separate contestation.",
)

R(
    "lo",
    "LO-2025-0148",
    2796.0,
    "reminder_2",
    "fr",
    "fr",
    "2025-12-18T09:31:00+01:00",
    "Mairie de Saint-Aubin-sur-Saône – Finances",
    "finances@mairie-staubin-saone.fr",
    "already_paid",
    True,
    3,
    """
Madame,

Nous faisons suite à votre relance concernant la facture citée en objet (fourniture et pose
des luminaires de la salle des fêtes).

Nous vous informons que le service fait a été constaté le 24 octobre et que le mandat
n° 2025-003391 (bordereau n° 412) a été émis par l'ordonnateur le 12 novembre 2025. Il a été
pris en charge par le Service de gestion comptable de Chalon-sur-Saône, qui nous indique que
le virement a été exécuté le 21 novembre 2025.

Le paiement apparaît sur votre relevé sous le libellé « DGFIP SGC CHALON », et non sous le nom
de la commune, ce qui explique sans doute qu'il n'ait pas été rapproché de la facture.

Nous vous remercions de bien vouloir mettre à jour votre suivi.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Pour le Maire et par délégation,
Hélène Vachet
Responsable du service Finances
Mairie de Saint-Aubin-sur-Saône
1 place de la République – 71000 Saint-Aubin-sur-Saône
""",
    salutation="Madame, Monsieur",
    quote="thunderbird",
    mailer=TB,
    notes="French public accounting: mandat, ordonnateur and comptable public; paid by the "
    "public treasury under another name; all dates are past.",
)

R(
    "fs",
    "FS-25-1093",
    1945.8,
    "reminder_1",
    "fr",
    "mixed",
    "2025-12-02T16:12:00+01:00",
    "Stiftung Saanegarten / Fondation Saanegarten",
    "finanzen@saanegarten.ch",
    "already_paid",
    True,
    3,
    """
Sehr geehrte Damen und Herren, Mesdames, Messieurs,

Ihre Rechnung wurde am 20. November 2025 mit unserem Zahlungslauf beglichen (Betrag
CHF 1'945.80, Referenz gemäss QR-Rechnung).

Votre facture a été réglée le 20 novembre 2025 lors de notre paiement groupé (montant
CHF 1'945.80, référence selon la QR-facture).

Freundliche Grüsse / Meilleures salutations

Daniela Aebischer-Python
Finanzen und Administration / Finances et administration
Stiftung Saanegarten – Fondation Saanegarten
Rte des Arsenaux 9 | 1700 Freiburg / Fribourg
""",
    salutation="Madame, Monsieur",
    client_lang="fr",
    quote="outlook",
    mailer=OUTLOOK,
    notes="Bilingual German/French body of a foundation in Fribourg, same sentence twice.",
)

# ----------------------------------------------------------------------------------------------
# payment_promise
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BQ-2025-1231",
    12488.6,
    "reminder_1",
    "de",
    "de",
    "2025-12-03T13:47:00+01:00",
    "Kreditorenbuchhaltung Kantonsspital Rigi",
    "kreditoren@ksrigi.ch",
    "payment_promise",
    False,
    1,
    """
Sehr geehrte Frau Imhof

Ihre Zahlungserinnerung haben wir erhalten.

Die Rechnung für die Revision der Lüftungsanlage im Operationstrakt wurde von der
Kostenstellenverantwortlichen (KST 4410, Technischer Dienst) am 1. Dezember visiert und
anschliessend durch die Bereichsleitung Finanzen freigegeben. Sie ist im Zahlungslauf vom
15. Dezember 2025 eingeplant.

Wir danken Ihnen für Ihr Verständnis und für die angenehme Zusammenarbeit.

Freundliche Grüsse

i.A. Claudia Zurfluh
Sachbearbeiterin Kreditoren
Kantonsspital Rigi AG | Finanzen & Controlling
Spitalstrasse 30 | 6410 Goldau
"""
    + DISCLAIMER_DE,
    salutation="Damen und Herren",
    pdate="2025-12-15",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    notes="Visum and Kostenstelle vocabulary; the future payment run date is the promise; "
    "'rechtliche Schritte' is only the hospital's disclaimer.",
)

R(
    "lx",
    "LX-25-0412",
    980.0,
    "invoice",
    "fr",
    "fr",
    "2025-12-05T09:12:00+01:00",
    "Secrétariat de direction HEP Lémanique",
    "secretariat.direction@hep-lemanique.ch",
    "payment_promise",
    False,
    1,
    """
Monsieur Chappuis,

Au nom de Madame Françoise Duruz, directrice administrative, je vous remercie de l'envoi de
votre facture relative à la traduction du règlement des études.

Madame Duruz l'a validée ce matin en sa qualité de responsable budgétaire. Elle sera réglée
lors de notre prochain paiement groupé, vendredi prochain.

Avec nos meilleures salutations,

Aline Perroud
Assistante de direction
Haute école pédagogique lémanique
Av. de l'Université 21 – 1005 Lausanne
""",
    pdate="2025-12-12",
    salutation="Madame Duruz",
    quote="apple",
    mailer=APPLE,
    notes="Assistant writing for the budget holder; 'vendredi prochain' written on a Friday "
    "resolves to the following Friday, 12 December.",
)

R(
    "mr",
    "MR-2025-0219",
    6372.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-10T15:26:00+01:00",
    "Collège des Trois-Lacs – Service de gestion",
    "gestion@college-troislacs.fr",
    "payment_promise",
    False,
    1,
    """
Madame,

Nous avons bien reçu votre rappel concernant la facture de remplacement des portes du CDI.

Le service fait a été attesté par M. le Principal le 8 décembre, après la levée des réserves
mentionnées au procès-verbal de réception. La demande de paiement a été transmise à l'agent
comptable de l'établissement, qui procédera au virement au plus tard le 19 décembre 2025,
avant la clôture de l'exercice.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Martine Favre
Adjointe gestionnaire
Collège des Trois-Lacs – EPLE
12 avenue des Allobroges – 74000 Annecy
""",
    pdate="2025-12-19",
    salutation="Madame, Monsieur",
    quote="outlook",
    mailer=OUTLOOK,
    notes="EPLE procedure (service fait, agent comptable); the earlier 'réserves' are lifted, so "
    "nothing is contested; 8 December is past, 19 December promised.",
)

R(
    "tv",
    "TV/25/0455",
    3218.4,
    "reminder_2",
    "it",
    "it",
    "2026-01-14T10:05:00+01:00",
    "Fondazione Casa Serena – Amministrazione",
    "amministrazione@casaserena-ti.ch",
    "payment_promise",
    False,
    1,
    """
Gentile signora Bernasconi,

con riferimento al vostro secondo sollecito, vi informiamo che la fattura relativa alla
fornitura della biancheria per il reparto B è stata vistata dal capo servizio alberghiero e
approvata dal Consiglio di fondazione nella seduta del 12 gennaio.

Il pagamento sarà effettuato entro la fine del mese corrente, unitamente alle spese di
sollecito.

Ci scusiamo per il ritardo, dovuto alla chiusura contabile di fine anno.

Distinti saluti

Lorenza Pedrazzini
Responsabile amministrativa
Fondazione Casa Serena, Casa per anziani
Via ai Ronchi 5 | 6648 Minusio
""",
    pdate="2026-01-31",
    salutation="Fondazione Casa Serena",
    quote="outlook",
    mailer=OUTLOOK,
    notes="'entro la fine del mese corrente' resolves to 31 January 2026; the fee is accepted.",
)

R(
    "wl",
    "WL-2025-0578",
    5405.0,
    "invoice",
    "en",
    "en",
    "2025-12-16T17:40:00+01:00",
    "Procure-to-Pay Team",
    "p2p@nordalpine-insurance.ch",
    "payment_promise",
    False,
    1,
    """
Dear Webwerk Limmat team,

Thank you for your invoice, which has been received and registered in our invoice management
system under document number 5105583921.

It has been matched against purchase order 4500871206 and the goods receipt, and approved by
the budget holder. In line with our payment terms, it is scheduled for our payment run on
9 January 2026. No further action is needed on your side.

Kind regards,

Procure-to-Pay Team
Nordalpine Insurance Ltd – Group Finance
Bleicherweg 70, 8002 Zürich
"""
    + DISCLAIMER_EN,
    salutation="Sir or Madam",
    pdate="2026-01-09",
    quote="gmail",
    format="alt",
    notes="Sounds like a process confirmation but names a future payment run date; the "
    "disclaimer's 'unlawful' is boilerplate.",
)

R(
    "fs",
    "FS-25-1117",
    2340.0,
    "reminder_1",
    "de",
    "de",
    "2025-12-17T08:20:00+01:00",
    "Thomas Brülhart",
    "t.bruelhart@saanewil.ch",
    "payment_promise",
    False,
    1,
    """
Sehr geehrte Frau Progin

Besten Dank für Ihre Erinnerung.

Die Zahlung ist durch den Gemeinderat freigegeben und bereits im E-Banking erfasst; sie wird
mit Valuta 22. Dezember 2025 ausgeführt.

Freundliche Grüsse

Thomas Brülhart
Finanzverwalter
Gemeindeverwaltung
Hauptstrasse 27 | 3187 Saanewil
""",
    salutation="Frau Progin",
    pdate="2025-12-22",
    quote="outlook",
    mailer=OUTLOOK,
    notes="'bereits im E-Banking erfasst' sounds like paid, but the value date is five days "
    "later: a promise, not a payment.",
)

# ----------------------------------------------------------------------------------------------
# delay_request
# ----------------------------------------------------------------------------------------------

R(
    "lo",
    "LO-2025-0163",
    7452.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-11T14:02:00+01:00",
    "Direction administrative et financière – Résidence Les Tilleuls",
    "daf@ehpad-lestilleuls.fr",
    "delay_request",
    True,
    2,
    """
Madame Berthier,

Nous accusons réception de votre rappel relatif à la facture de rénovation de l'éclairage des
circulations de l'établissement.

Nous ne contestons ni la prestation, dont nous sommes pleinement satisfaits, ni son montant.
Toutefois, la dotation de l'Agence régionale de santé au titre de l'investissement n'a pas
encore été versée pour l'exercice 2025, ce qui tend fortement notre trésorerie en fin d'année.

Aussi, nous vous proposons de régler cette facture en trois mensualités de 2 484 € TTC, aux
échéances des 31 janvier, 28 février et 31 mars 2026. Nous vous serions reconnaissants de bien
vouloir nous confirmer votre accord sur cet échéancier.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Philippe Lemaire
Directeur administratif et financier
EHPAD Résidence Les Tilleuls – établissement public autonome
4 rue des Tilleuls – 69300 Caluire-et-Cuire
"""
    + DISCLAIMER_FR,
    pdate="2026-01-31",
    salutation="Monsieur Lemaire",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    notes="Negated dispute ('nous ne contestons ni…'), then a dated three-instalment plan: the "
    "first instalment is the promised date, pause.",
)

R(
    "bq",
    "BQ-2025-1202",
    9120.0,
    "reminder_2",
    "de",
    "de",
    "2025-12-19T10:30:00+01:00",
    "Reto Kälin",
    "reto.kaelin@gemeinde-oberseewil.ch",
    "delay_request",
    True,
    2,
    """
Sehr geehrte Frau Imhof
Sehr geehrte Damen und Herren

Wir beziehen uns auf Ihre 2. Mahnung vom 17. Dezember 2025.

Die Rechnung ist sachlich richtig und wird von uns nicht bestritten. Leider wurden die Arbeiten
an der Heizung des Schulhauses Büel im Rahmen eines Nachtragskredits ausgeführt, der erst an
der Gemeindeversammlung vom 15. Januar 2026 genehmigt werden kann. Vorher darf die
Finanzverwaltung keine Zahlung auslösen.

Wir ersuchen Sie deshalb höflich, die Zahlungsfrist bis zum 31. Januar 2026 zu erstrecken und
auf weitere Mahnschritte zu verzichten. Für Ihr Entgegenkommen danken wir Ihnen bestens.

Freundliche Grüsse

Reto Kälin
Gemeindeschreiber-Stv. / Leiter Finanzen
Einwohnergemeinde Oberseewil
Dorfplatz 1 | 6283 Oberseewil
""",
    pdate="2026-01-31",
    quote="outlook",
    mailer=OUTLOOK,
    notes="'nicht bestritten' negation; the assembly date 15 January is not the payment date, "
    "the requested new deadline 31 January is.",
)

R(
    "tv",
    "TV/25/0398",
    2675.0,
    "reminder_1",
    "it",
    "it",
    "2025-11-27T11:15:00+01:00",
    "Segreteria Scuola media Ligornetto",
    "segreteria@sm-montecastello.ch",
    "delay_request",
    False,
    2,
    """
Gentile signora Bernasconi,

abbiamo ricevuto il vostro promemoria e ce ne scusiamo.

La fattura per le tende oscuranti delle aule di scienze è ancora in attesa della firma del
direttore e del successivo visto dell'Ufficio dell'amministrazione cantonale, che in questo
periodo ha tempi di evasione piuttosto lunghi.

Vi chiediamo quindi di pazientare ancora qualche settimana; non appena la pratica sarà
conclusa il pagamento verrà disposto.

Cordiali saluti

Sabrina Crivelli
Segretaria amministrativa
Scuola media di Montecastello
""",
    salutation="Scuola media di Montecastello",
    quote="gmail",
    notes="Vague 'qualche settimana' with no date: a delay request that does not pause.",
)

R(
    "lx",
    "LX-25-0420",
    3390.0,
    "reminder_1",
    "en",
    "en",
    "2025-12-18T16:55:00+01:00",
    "Finance Unit – Global Water Dialogue Foundation",
    "finance@gwd-foundation.org",
    "delay_request",
    False,
    2,
    """
Dear Mr Chappuis,

Thank you for your reminder regarding the translation of our annual report.

We regret the delay. Our finance unit is currently completing the year-end closing for our
auditors, and our treasury system is frozen from 19 December 2025 to 9 January 2026, so no
payments can be released in that period.

We would therefore be grateful if you could bear with us a little longer; your invoice will be
given priority once our systems are open again in the new year.

With best regards,

Kofi Mensah
Finance Officer
Global Water Dialogue Foundation
Chemin du Pommier 40, 1218 Le Grand-Saconnex
"""
    + DISCLAIMER_EN,
    salutation="Mr Mensah",
    quote="outlook",
    mailer=OUTLOOK,
    notes="Freeze period dates are not a promised date and no new deadline is proposed: vague "
    "delay, no pause.",
)

R(
    "fs",
    "FS-25-1102",
    4860.0,
    "reminder_2",
    "fr",
    "fr",
    "2025-12-22T09:48:00+01:00",
    "Coopérative d'habitation Les Vergers – Comptabilité",
    "comptabilite@coop-lesvergers.ch",
    "delay_request",
    True,
    2,
    """
Madame Progin,

Nous avons bien reçu votre second rappel et vous prions d'excuser ce retard.

Notre comité a pris connaissance de votre facture de bouclement 2024 et n'a aucune remarque à
son sujet. Cependant, suite à d'importants travaux d'assainissement de nos immeubles, notre
trésorerie ne nous permet pas de la régler avant l'encaissement des acomptes de charges du
premier trimestre.

Nous sollicitons donc un délai de paiement jusqu'au 15 février 2026 et vous remercions de
renoncer d'ici là aux frais de rappel supplémentaires.

Nous vous prions d'agréer, Madame, nos salutations les meilleures.

Pour le comité :
Jean-Marc Overney, caissier
Coopérative d'habitation Les Vergers
Ch. des Vergers 3 – 1752 Villars-sur-Glâne
""",
    salutation="Madame Progin",
    pdate="2026-02-15",
    quote="outlook",
    mailer=OUTLOOK,
    outlook_line=False,
    notes="Concrete requested date 15 February: pauses; the wish to avoid further fees is not a "
    "contestation of the fee already charged.",
)

# ----------------------------------------------------------------------------------------------
# contestation
# ----------------------------------------------------------------------------------------------

R(
    "lx",
    "LX-25-0398",
    1437.73,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-08T11:20:00+01:00",
    "Administration communale de Chavornay-le-Lac",
    "greffe@chavornay-le-lac.ch",
    "contestation",
    True,
    3,
    """
Monsieur,

Nous avons bien reçu votre rappel concernant la facture LX-25-0398 relative à la traduction en
allemand du règlement communal sur les déchets.

Notre bon de commande n° BC-2025-077 du 2 septembre, établi sur la base de votre offre,
portait sur 11 pages au tarif de CHF 95.– la page. Or, votre facture en mentionne 14. La
version finale du règlement ne comptant effectivement que 11 pages, les 3 pages
supplémentaires ne nous paraissent pas justifiées.

Nous réglerons la part conforme à notre commande, soit CHF 1'045.– hors TVA, avec notre
paiement groupé du 19 décembre. Pour le solde, nous vous prions de nous faire parvenir une note
de crédit ou, le cas échéant, de nous expliquer l'écart.

Veuillez agréer, Monsieur, nos salutations distinguées.

AU NOM DE LA MUNICIPALITÉ
Le syndic : Pierre-Alain Cuénod   La secrétaire : Nadia Jaquier
""",
    amount=285.0,
    pdate="2025-12-19",
    mentions=("LX-25-0398",),
    salutation="Madame, Monsieur",
    quote="outlook",
    mailer=OUTLOOK,
    notes="Page count contested against the purchase order (3 × 95 = 285 excl. VAT); the "
    "undisputed part is promised for 19 December.",
)

R(
    "wl",
    "WL-2025-0602",
    2810.7,
    "invoice",
    "de",
    "de",
    "2025-12-04T15:35:00+01:00",
    "Sandra Meili",
    "sandra.meili@ksglattal.ch",
    "contestation",
    True,
    5,
    """
Sehr geehrter Herr Frei

Wir haben Ihre Rechnung für Hosting und Wartung des Schulportals für das Jahr 2026 erhalten.

Wir erlauben uns, Sie daran zu erinnern, dass wir den Hosting- und Wartungsvertrag mit
eingeschriebenem Schreiben vom 26. September 2025 fristgerecht per 31. Dezember 2025
gekündigt haben. Der Empfang wurde uns von Ihrer Geschäftsleitung am 1. Oktober schriftlich
bestätigt. Für das Jahr 2026 besteht somit keine vertragliche Grundlage.

Wir ersuchen Sie, die Rechnung bis 19. Dezember 2025 vollumfänglich zu stornieren. Andernfalls
sehen wir uns gezwungen, die Angelegenheit dem Rechtsdienst der Bildungsdirektion zu
übergeben.

Freundliche Grüsse

Sandra Meili
Leiterin Verwaltung
Kantonsschule Glattal
Schulstrasse 40 | 8600 Dübendorf-Glattal
""",
    amount=2810.7,
    quote="apple",
    mailer=APPLE,
    format="alt",
    notes="Polite formal wording, but the whole invoice is refused after a cancelled contract "
    "and the matter would go to the legal service: urgency 5.",
)

R(
    "tv",
    "TV/25/0431",
    7999.4,
    "reminder_1",
    "it",
    "it",
    "2025-12-10T08:47:00+01:00",
    "Servizio economato – Clinica San Rocco",
    "economato@clinica-sanrocco.ch",
    "contestation",
    True,
    3,
    """
Gentile signora Bernasconi,

facciamo seguito al vostro promemoria per comunicarvi che, prima di poter dar corso al
pagamento, è necessario chiarire una differenza tra quanto fatturato e quanto effettivamente
ricevuto.

La fattura riporta 400 lenzuola in cotone (art. 2210) a CHF 18.50 l'una. Dal controllo
effettuato dal nostro magazzino alla ricezione (bolla di consegna n. 77814 del 6 ottobre)
risultano invece consegnate 340 lenzuola; i restanti 60 pezzi non ci sono mai pervenuti.

Vi preghiamo quindi di emettere una nota di credito per CHF 1'110.00 oppure di consegnare la
merce mancante. Nel frattempo la fattura resta bloccata nel nostro sistema.

Distinti saluti

Marco Albertini
Capo servizio economato
Clinica San Rocco SA
Via Ospedale 12 | 6900 Lugano-Besso
"""
    + DISCLAIMER_IT,
    amount=1110.0,
    salutation="Clinica San Rocco",
    quote="outlook",
    mailer=OUTLOOK,
    notes="Quantity shortfall stated in pieces and as a credit note amount (60 × 18.50 = 1110); "
    "opens with a neutral process phrase.",
)

R(
    "fs",
    "FS-25-1128",
    5650.0,
    "reminder_1",
    "fr",
    "en",
    "2025-12-12T13:10:00+01:00",
    "Julia Hartmann",
    "julia.hartmann@lakeside-arts-foundation.ch",
    "contestation",
    True,
    3,
    """
Dear Ms Progin,

Thank you for your reminder. I am replying in English, as our treasurer does not read French.

Before we can release the payment, our Board asked me to raise the following point. For the
preparation of the 2024 annual accounts and the liaison with our auditors, your fee last year
was CHF 4,200.00 for what we understand to be the same scope of work. This year's invoice
amounts to CHF 5,650.00, and we did not receive any prior notice of a change in fees or
scope.

We would appreciate a breakdown of the hours, or an adjustment of the invoice to last year's
level. We are of course happy to discuss this by phone.

Kind regards,

Julia Hartmann
Managing Director
Lakeside Arts Foundation
Quai du Lac 7, 1700 Fribourg
""",
    salutation="Madame Progin",
    amount=1450.0,
    client_lang="en",
    quote="gmail",
    notes="Reply in English to a French reminder; the contested amount is implied by last "
    "year's fee vs this year's (5650 - 4200).",
)

R(
    "mr",
    "MR-2025-0204",
    11520.0,
    "reminder_3",
    "fr",
    "fr",
    "2025-12-16T10:05:00+01:00",
    "Lycée du Semnoz-Vallon – Services économiques",
    "intendance@lycee-semnoz-vallon.fr",
    "contestation",
    True,
    3,
    """
Madame,

Nous accusons réception de votre dernier rappel avant mise en demeure, dont les termes nous ont
quelque peu surpris.

Comme nous l'avons indiqué à M. Roche lors de la réunion de chantier du 14 novembre, le
service fait ne peut être constaté que pour une partie des prestations. Les quatre blocs-portes
coupe-feu du bâtiment B (lignes 3 et 4 de votre facture, soit 3 840 € TTC) ne sont toujours pas
posés, et les réserves correspondantes figurent au procès-verbal de réception.

Le solde de 7 680 € TTC a été certifié et transmis à l'agent comptable ; le mandatement des
lignes 3 et 4 interviendra après levée des réserves. Nous vous saurions gré de suspendre
d'ici là toute procédure de recouvrement.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Agnès Perrillat
Adjointe gestionnaire – Services économiques
Lycée du Semnoz-Vallon – EPLE
2 avenue de Thônes – 74000 Annecy
""",
    amount=3840.0,
    salutation="Madame, Monsieur",
    quote="outlook",
    mailer=OUTLOOK,
    notes="Part of the works not done ('service fait' not certifiable) stated in public-sector "
    "terms; the certified balance has no payment date, so no promised date.",
)

R(
    "bq",
    "BQ-2025-1167",
    2431.8,
    "reminder_2",
    "de",
    "de",
    "2025-12-05T14:44:00+01:00",
    "Patrick Steiner",
    "p.steiner@immo-pilatus.ch",
    "contestation",
    True,
    4,
    """
Sehr geehrte Frau Imhof

Wir nehmen Bezug auf Ihre 2. Mahnung zur Rechnung BQ-2025-1167 (Störungsbehebung Heizung,
MFH Bruchstrasse 60).

Wie wir Ihnen bereits telefonisch mitgeteilt haben, weist der von unserem Hauswart
unterzeichnete Regierapport 6 Stunden aus. Verrechnet wurden jedoch 9.5 Stunden à CHF 118.–.
Für die Differenz liegt uns kein Nachweis vor.

Wir werden den Betrag gemäss Regierapport nach Eingang einer korrigierten Rechnung begleichen.
Die Differenz sowie die Mahngebühr von CHF 20.– werden wir hingegen nicht bezahlen.

Freundliche Grüsse

Patrick Steiner
Bewirtschafter
Immo Pilatus Verwaltungs AG
Bahnhofstrasse 8 | 6003 Luzern
"""
    + DISCLAIMER_DE,
    amount=433.0,
    mentions=("BQ-2025-1167",),
    quote="outlook",
    mailer=OUTLOOK,
    notes="3.5 h × 118 = 413 excl. VAT plus the contested CHF 20 reminder fee = 433; 'werden wir "
    "nicht bezahlen' is an explicit refusal (4); the disclaimer is boilerplate.",
)

# ----------------------------------------------------------------------------------------------
# invoice_error
# ----------------------------------------------------------------------------------------------

R(
    "lo",
    "LO-2025-0171",
    4188.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-03T10:18:00+01:00",
    "Direction des affaires financières – CHU Confluence",
    "daf.fournisseurs@chu-confluence.fr",
    "invoice_error",
    True,
    3,
    """
Madame, Monsieur,

Nous accusons réception de votre rappel.

Nous ne contestons pas la prestation, qui a été réceptionnée par les services techniques le
2 octobre. Toutefois, en application de l'obligation de facturation électronique des
fournisseurs de l'État et des établissements publics, nous ne sommes pas en mesure de
traiter une facture transmise par courriel.

Nous vous remercions de bien vouloir déposer votre facture sur le portail Chorus Pro, en
indiquant impérativement :
- le SIRET de l'établissement : 260 690 999 00017 ;
- le code service : DAF-TECH ;
- le numéro d'engagement juridique : EJ 1300245871.

Dès sa réception sur Chorus Pro, votre facture sera mise en paiement dans le délai
réglementaire.

Cordialement,

Bureau des mandatements – Direction des affaires financières
Centre hospitalier universitaire Confluence
3 quai des Célestins – 69002 Lyon
"""
    + DISCLAIMER_FR,
    salutation="Madame, Monsieur",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    notes="Reads like a process explanation after a negation ('nous ne contestons pas'), but the "
    "invoice must be reissued through Chorus Pro with the EJ number: formal defect, pauses.",
)

R(
    "wl",
    "WL-2025-0589",
    14580.0,
    "reminder_1",
    "de",
    "de",
    "2025-12-09T09:02:00+01:00",
    "Daniel Huber",
    "daniel.huber@zuerisee-logistik.ch",
    "invoice_error",
    True,
    4,
    """
Sehr geehrter Herr Frei

Gerne leite ich Ihnen die Rückmeldung unserer Kreditorenabteilung weiter (siehe unten).

Freundliche Grüsse
Daniel Huber
Head of IT

-----Ursprüngliche Nachricht-----
Von: Kreditorenbuchhaltung <kreditoren@zuerisee-logistik.ch>
Gesendet: Dienstag, 9. Dezember 2025 08:41
An: Daniel Huber <daniel.huber@zuerisee-logistik.ch>
Betreff: Rechnung Webwerk Limmat – fehlende Bestellnummer

Hallo Daniel

Die Rechnung von Webwerk Limmat für das Release 3.2 des Kundenportals wurde von unserem
Scanning-Dienstleister zurückgewiesen, da die SAP-Bestellnummer fehlt. Ohne Bestellnummer
(hier PO 4500123987, Kostenstelle 7120) kann sie weder verbucht noch visiert werden.

Unser letzter Zahlungslauf vor dem Jahresabschluss ist am 18. Dezember. Damit die Rechnung
noch darin berücksichtigt werden kann, brauchen wir bis spätestens 15. Dezember eine
korrigierte Rechnung mit Bestellnummer an rechnungseingang@zuerisee-logistik.ch.

Inhaltlich ist die Rechnung in Ordnung.

Gruss
Andrea
""",
    salutation="Herr Huber",
    quote="forward",
    internal=True,
    re="WG:",
    fwd_to="daniel.huber@zuerisee-logistik.ch",
    mailer=OUTLOOK,
    notes="Internal forward: the colleague's note is the substance; missing PO blocking the "
    "year-end payment run with a deadline (4); 18 December is not a promised date.",
)

R(
    "tv",
    "TV/25/0447",
    5942.5,
    "invoice",
    "it",
    "it",
    "2025-11-21T14:36:00+01:00",
    "Ufficio contabilità – Fondazione Ticino Solidale",
    "contabilita@ticinosolidale.ch",
    "invoice_error",
    True,
    3,
    """
Gentile signora Bernasconi,

la ringraziamo per la fattura relativa alle divise del personale.

Dobbiamo purtroppo segnalarle che la fattura è intestata alla «Residenza Solidale SA», mentre
il committente, come indicato nell'ordine n. 2025/188, è la Fondazione Ticino Solidale
(IDI CHE-109.999.421), con sede in Via Cantonale 15, 6512 Giubiasco. La Residenza è una
struttura gestita dalla Fondazione ma non ha personalità giuridica propria per questi
acquisti.

Per ragioni contabili e di revisione non possiamo registrare la fattura in questa forma. Le
chiediamo cortesemente di annullarla e di emetterne una nuova correttamente intestata;
l'importo e le prestazioni sono corretti.

Cordiali saluti

Ivana Moretti
Contabilità fornitori
Fondazione Ticino Solidale
""",
    salutation="Fondazione Ticino Solidale",
    quote="thunderbird",
    mailer=TB,
    notes="Wrong legal entity, amount expressly accepted; reissue needed, so invoice_error, "
    "not a contestation.",
)

R(
    "mr",
    "MR-2025-0226",
    14520.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-15T16:20:00+01:00",
    "Habitat Haute-Savoie Sud – Comptabilité",
    "comptabilite.fournisseurs@habitat-hss.fr",
    "invoice_error",
    True,
    3,
    """
Madame Roche,

Votre rappel nous est bien parvenu.

Votre facture relative au remplacement des menuiseries extérieures de la résidence Les
Mouettes (24 logements) a été établie avec une TVA à 20 %. S'agissant de travaux
d'amélioration dans des locaux d'habitation achevés depuis plus de deux ans, le taux réduit de
10 % est applicable ; l'attestation correspondante avait été jointe à notre bon de commande
n° 25-0412.

Le montant HT de 12 100 € n'appelle aucune remarque, mais l'écart de TVA représente 1 210 €.
Nous vous remercions de nous adresser un avoir et une facture rectificative, que nous mettrons
en paiement dès réception.

Bien cordialement,

Karine Dufour
Responsable comptabilité fournisseurs
Habitat Haute-Savoie Sud – Office public de l'habitat
15 rue de la Paix – 74100 Annemasse
""",
    amount=1210.0,
    salutation="Madame, Monsieur",
    quote="outlook",
    mailer=OUTLOOK,
    notes="Wrong VAT rate (20 % instead of 10 %): the customer states the VAT difference, 1210; "
    "the net amount is accepted.",
)

R(
    "wl",
    "WL-2025-0597",
    1836.0,
    "reminder_1",
    "de",
    "en",
    "2025-12-11T12:25:00+01:00",
    "Accounts Payable – Alpstream Pharma",
    "accounts.payable@alpstream-pharma.com",
    "invoice_error",
    True,
    3,
    """
Dear Sir or Madam,

We refer to your payment reminder for invoice WL-2025-0597.

Having checked our records, this invoice appears to be a duplicate of invoice WL-2025-0561,
which covers the same services (SEO audit, October 2025), bears the same amount of
CHF 1,836.00 and was paid on 14 November 2025 with our payment reference AP-77120.

We therefore consider WL-2025-0597 to have been issued in error and kindly ask you to cancel
it and confirm the cancellation in writing.

Kind regards,

Accounts Payable
Alpstream Pharma AG – Finance Shared Services
Aeschenvorstadt 50, 4051 Basel
"""
    + DISCLAIMER_EN,
    amount=1836.0,
    mentions=("WL-2025-0597", "WL-2025-0561"),
    client_lang="en",
    salutation="Damen und Herren",
    quote="outlook",
    mailer=OUTLOOK,
    notes="Duplicate invoice, not 'already paid': the payment concerns the original WL-2025-0561; "
    "the duplicate's full amount is contested. English reply to a German reminder.",
)

# ----------------------------------------------------------------------------------------------
# copy_request
# ----------------------------------------------------------------------------------------------

R(
    "fs",
    "FS-25-1135",
    1290.0,
    "invoice",
    "de",
    "de",
    "2025-12-15T10:50:00+01:00",
    "Finanzverwaltung Gemeinde Sensetal",
    "finanzverwaltung@sensetal.ch",
    "copy_request",
    False,
    2,
    """
Sehr geehrte Frau Progin

Besten Dank für die Zustellung Ihrer Rechnung.

Wir informieren Sie, dass die bisherigen Gemeinden Oberried und Plasselmatt per 1. Januar 2026
zur Gemeinde Sensetal fusionieren. Ab diesem Datum bitten wir Sie, sämtliche Rechnungen an
folgende Adresse zu richten:

Gemeinde Sensetal
Finanzverwaltung – Kreditoren
Dorfstrasse 10
1716 Plasselmatt

oder elektronisch an kreditoren@sensetal.ch. Bitte vermerken Sie jeweils die
Kostenstelle des bestellenden Ressorts.

Freundliche Grüsse

Bruno Riedo
Finanzverwalter
"""
    + DISCLAIMER_DE,
    salutation="Frau Progin",
    quote="outlook",
    mailer=OUTLOOK,
    notes="Change of billing address for future invoices only; the present invoice is not "
    "questioned; 1 January 2026 is not a payment date.",
)

R(
    "lx",
    "LX-25-0311",
    1722.0,
    "invoice",
    "fr",
    "fr",
    "2026-01-12T11:30:00+01:00",
    "Nathalie Berset",
    "n.berset@fondation-aubepine.ch",
    "copy_request",
    False,
    2,
    """
Madame, Monsieur,

Dans le cadre de la révision de nos comptes annuels 2025, notre organe de révision nous demande
de lui fournir une copie des factures LX-25-0311 et LX-25-0354, ainsi qu'un relevé de notre
compte client auprès de votre société au 31 décembre 2025.

Ces deux factures ont été réglées en temps voulu ; il s'agit uniquement de compléter le
dossier de révision. Pourriez-vous nous faire parvenir ces documents par retour de courriel
d'ici au 23 janvier ?

En vous remerciant par avance, nous vous prions d'agréer nos salutations distinguées.

Nathalie Berset
Responsable financière
Fondation L'Aubépine
Rue du Midi 18 – 1800 Vevey
""",
    mentions=("LX-25-0311", "LX-25-0354"),
    days_after=90,
    quote="gmail",
    notes="Auditors' request for copies and a statement; 'réglées' is context, not a claim "
    "against a reminder; 23 January is a document deadline, not a payment date.",
)

R(
    "tv",
    "TV/25/0462",
    748.6,
    "invoice",
    "it",
    "it",
    "2025-12-01T09:40:00+01:00",
    "Ufficio finanze – Istituto scolastico comunale",
    "finanze.scuole@montecastello.ch",
    "copy_request",
    False,
    2,
    """
Buongiorno signora Bernasconi,

grazie per l'invio della fattura.

Le segnaliamo che, secondo le direttive della Sezione degli enti locali, l'Istituto scolastico
deve archiviare le fatture dei fornitori in originale cartaceo con la polizza di versamento
QR. Le saremmo pertanto grati se volesse spedirci anche una copia cartacea della fattura al
seguente indirizzo:

Istituto scolastico comunale di Montecastello
Ufficio finanze
Via delle Scuole 3
6594 Montecastello

Con i migliori saluti

Elisa Rusconi
Collaboratrice amministrativa
""",
    salutation="Istituto scolastico comunale",
    quote="apple",
    mailer=IPHONE,
    notes="Paper original with QR slip requested for archiving; official wording but nothing "
    "disputed.",
)

R(
    "mr",
    "MR-2025-0237",
    2184.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-01-08T14:05:00+01:00",
    "Secrétariat de mairie – Villaz-le-Haut",
    "secretariat@mairie-villazlehaut.fr",
    "copy_request",
    False,
    2,
    """
Madame Roche,

Suite à votre rappel, nous avons voulu traiter la facture des travaux de l'école communale,
mais le fichier PDF joint à votre premier envoi ne s'ouvre pas (message d'erreur « fichier
endommagé »), et nous ne l'avons pas reçue par Chorus Pro.

Pourriez-vous nous la renvoyer, de préférence en la déposant sur Chorus Pro à destination de la
commune (SIRET 217 400 999 00014) ? Nous la transmettrons ensuite au maire pour visa.

Avec nos remerciements,

Corinne Mermillod
Secrétaire de mairie
Mairie de Villaz-le-Haut – 74370 Villaz-le-Haut
""",
    salutation="Madame, Monsieur",
    quote="outlook",
    mailer=OX,
    notes="Damaged PDF: a resend request, not a formal defect of the invoice itself, even if "
    "Chorus Pro is named.",
)

# ----------------------------------------------------------------------------------------------
# acknowledgement
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BQ-2025-1249",
    6730.4,
    "invoice",
    "de",
    "de",
    "2025-12-02T08:35:00+01:00",
    "Sekretariat Direktion Alterszentrum Lindenhof",
    "sekretariat@az-lindenhof.ch",
    "acknowledgement",
    False,
    1,
    """
Sehr geehrte Frau Imhof

Im Auftrag von Herrn Dr. Markus Häfliger, Direktor, bestätige ich Ihnen den Eingang Ihrer
Rechnung betreffend den Austausch der Umwälzpumpen.

Die Rechnung wurde zur Visierung an die Kostenstelle 3100 (Technischer Dienst) und
anschliessend an unsere Kreditorenbuchhaltung weitergeleitet.

Freundliche Grüsse

i.A. Priska Zemp
Direktionsassistentin
Alterszentrum Lindenhof
Lindenstrasse 22 | 6005 Luzern
""",
    salutation="Damen und Herren",
    quote="outlook",
    mailer=OUTLOOK,
    notes="Assistant writing for the director; Visum / Kostenstelle process wording with no "
    "date and no promise: acknowledgement.",
)

R(
    "lo",
    "LO-2025-0184",
    3312.0,
    "invoice",
    "fr",
    "fr",
    "2025-12-17T15:58:00+01:00",
    "Benoît Giraud",
    "b.giraud@ccmlo.fr",
    "acknowledgement",
    False,
    1,
    """
Madame Berthier,

Merci pour l'envoi de votre facture ; je l'ai bien reçue et transmise hier au service des
finances pour la certification du service fait (voir mon message ci-dessous).

Bien cordialement,

Benoît Giraud
Responsable des services techniques
Communauté de communes des Monts du Lyonnais-Ouest
1 place de la Mairie – 69590 Saint-Symphorien-des-Monts

-------- Message d'origine --------
De : Benoît Giraud <b.giraud@ccmlo.fr>
Date : 16/12/2025 17:22
À : Finances CCMLO <finances@ccmlo.fr>
Objet : TR: facture Lumen & Ombre – éclairage gymnase

Bonjour Valérie,

Je te transmets la facture de Lumen & Ombre pour l'éclairage LED du gymnase intercommunal.
Les travaux sont terminés et conformes, tu peux lancer la procédure habituelle.

Merci,
Benoît
""",
    quote="forward",
    internal=True,
    re="TR :",
    fwd_to="finances@ccmlo.fr",
    mailer=TB,
    notes="Internal forward with the colleague's note before the company's message; 'travaux "
    "conformes', nothing to do.",
)

R(
    "fs",
    "FS-25-1141",
    960.0,
    "invoice",
    "de",
    "de",
    "2025-12-19T13:20:00+01:00",
    "Schulverwaltung Murtensee",
    "schulverwaltung@murtensee-schulen.ch",
    "acknowledgement",
    False,
    1,
    """
Sehr geehrte Frau Progin

Wir bestätigen den Erhalt Ihrer Rechnung für die Erstellung der Lohnausweise 2025 und danken
Ihnen für die gute Zusammenarbeit im vergangenen Jahr.

Die Rechnungsadresse ist korrekt; die Rechnung wird im ordentlichen Verfahren verarbeitet.

Wir wünschen Ihnen und Ihrem Team frohe Festtage und einen guten Start ins neue Jahr.

Freundliche Grüsse

Beatrice Schorro
Leiterin Schulverwaltung
Schulverwaltung Murtensee
""",
    salutation="Frau Progin",
    quote="none",
    format="html",
    notes="Confirms the billing address and wishes season's greetings; no date, nothing "
    "requested. HTML only.",
)

# ----------------------------------------------------------------------------------------------
# auto_reply
# ----------------------------------------------------------------------------------------------

R(
    "fs",
    "FS-25-1150",
    2205.0,
    "reminder_1",
    "fr",
    "mixed",
    "2025-12-23T07:00:00+01:00",
    "Marc-Antoine Clerc",
    "marc-antoine.clerc@sbat-sarine.ch",
    "auto_reply",
    False,
    1,
    """
Je suis absent du bureau du 22 décembre 2025 au 5 janvier 2026 inclus. Votre message ne sera
pas transféré. Pour toute question relative aux factures, veuillez vous adresser au Service
de la comptabilité, compta.fournisseurs@sbat-sarine.ch.

Ich bin vom 22. Dezember 2025 bis und mit 5. Januar 2026 abwesend. Ihre Nachricht wird nicht
weitergeleitet. Bei Fragen zu Rechnungen wenden Sie sich bitte an die Abteilung Buchhaltung,
compta.fournisseurs@sbat-sarine.ch.

Marc-Antoine Clerc
Chef de service adjoint / Stellvertretender Dienstchef
Service des bâtiments / Hochbauamt
""",
    re="Réponse automatique :",
    headers=AUTO,
    mailer=OUTLOOK,
    notes="Bilingual out-of-office of a cantonal service; the absence dates are not promises.",
)

R(
    "lo",
    "LO-2025-0192",
    1578.0,
    "reminder_2",
    "fr",
    "fr",
    "2026-01-09T10:14:03+01:00",
    "Centre de services partagés – Comptabilité fournisseurs",
    "cs-fournisseurs@rhone-habitat-csp.fr",
    "auto_reply",
    False,
    1,
    """
Bonjour,

Nous accusons réception de votre message, qui a été enregistré sous la référence
CSP-FOU-2026-004817.

Il sera traité par un gestionnaire dans un délai de 10 jours ouvrés. Merci de rappeler cette
référence dans toute correspondance ultérieure.

Important : les factures doivent obligatoirement être déposées sur Chorus Pro. Les factures
transmises par courriel ne sont pas traitées.

Ceci est un message automatique, merci de ne pas y répondre.

Centre de services partagés – Comptabilité fournisseurs
""",
    re="[CSP-FOU-2026-004817] RE :",
    headers={**AUTO, "X-Ticket-ID": "CSP-FOU-2026-004817"},
    notes="Ticket-system confirmation whose boilerplate says e-mailed invoices are not processed: "
    "generic, not a reply about this invoice, so not an invoice_error.",
)

# ----------------------------------------------------------------------------------------------
# other
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BQ-2025-1258",
    1840.0,
    "invoice",
    "de",
    "de",
    "2025-12-10T16:48:00+01:00",
    "Roland Achermann",
    "r.achermann@wbg-sonnmatt.ch",
    "other",
    False,
    2,
    """
Sehr geehrte Frau Imhof

Besten Dank für Ihre Rechnung für die Entkalkung der Boiler, die wir zur Zahlung weitergeleitet
haben.

Bei dieser Gelegenheit: Unser Vorstand plant für 2026 den Ersatz der Ölheizung in der
Liegenschaft Sonnmattweg 20–24 durch eine Wärmepumpe. Wir möchten Sie einladen, uns bis Ende
Februar eine Offerte einzureichen. Die Ausschreibungsunterlagen sende ich Ihnen gerne zu;
für eine Begehung stehe ich im Januar zur Verfügung.

Freundliche Grüsse

Roland Achermann
Vorstand Bau
Wohnbaugenossenschaft Sonnmatt
""",
    quote="gmail",
    notes="Request for an offer after a one-line acknowledgement: an unrelated question that "
    "needs an answer; 'Ende Februar' is an offer deadline, not a payment date.",
)

R(
    "wl",
    "WL-2025-0611",
    3348.0,
    "reminder_1",
    "de",
    "de",
    "2025-12-12T09:26:00+01:00",
    "Stiftung Rheinblick Basel – Administration",
    "admin@stiftung-rheinblick-basel.ch",
    "other",
    False,
    2,
    """
Sehr geehrter Herr Frei

Ihre Zahlungserinnerung ist bei uns eingegangen. Wir vermuten, dass es sich um eine
Verwechslung handelt: Die im Anhang aufgeführte Rechnungsadresse lautet auf die «Stiftung
Rheinblick, Seefeldstrasse 88, 8008 Zürich». Wir sind die Stiftung Rheinblick Basel, eine
davon unabhängige Organisation, und stehen mit Ihrer Firma in keiner Geschäftsbeziehung.

Wir bitten Sie, Ihre Adressdaten entsprechend zu berichtigen und die Erinnerung an die
zutreffende Empfängerin zu senden. Die E-Mail haben wir bei uns gelöscht.

Freundliche Grüsse

Administration
Stiftung Rheinblick Basel
St. Alban-Vorstadt 12 | 4052 Basel
"""
    + DISCLAIMER_DE,
    salutation="Damen und Herren",
    quote="none",
    mailer=OUTLOOK,
    notes="Wrong recipient with a similar name: the invoice is addressed to another entity, so "
    "not a 'never ordered' contestation.",
)

R(
    "lx",
    "LX-25-0433",
    2890.0,
    "invoice",
    "en",
    "en",
    "2025-12-11T10:07:00+01:00",
    "Helen Carter",
    "h.carter@intl-school-riviera.ch",
    "other",
    False,
    2,
    """
Dear Mr Chappuis,

Thank you for your invoice, which I have passed to our business office.

On a separate matter: the Head of School has asked whether Lemanix could also provide sworn
translations (French to English) of our staff's diplomas for the work-permit applications we
are preparing in January. Could you let us know your rates, whether certification by a notary
is included, and the usual turnaround time?

Many thanks in advance.

Kind regards,

Helen Carter
Executive Assistant to the Head of School
International School of the Riviera
Route de Brent 50, 1816 Chailly-Montreux
""",
    quote="outlook",
    mailer=OUTLOOK,
    notes="Assistant's separate business question after passing the invoice on; a request for a "
    "quote, not a copy request or a dispute.",
)
