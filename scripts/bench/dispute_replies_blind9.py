# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# ruff: noqa: RUF001  (the customers write en dashes)
"""Ninth blind set of customers' replies (tests/data/disputes_blind9), with their labels (CC0 text).

Written by an eleventh writer who read only the label definitions and the entry format, not the
other sets' replies, not the reader's rules and not its answers: it measures the reader once.
Never tune rules on these replies. Everything is synthetic (people, firms, numbers, addresses).

Profile: formal, long business correspondence from the accounts-payable and finance departments
of larger customers (hospitals, universities, insurers, communes, cantonal offices, French public
bodies, cooperatives): corporate signatures with confidentiality disclaimers, approval workflows,
year-end closing, auditors, several invoices in one e-mail, partial payments, assistants writing
on behalf, internal forwards, politely implied disputes and official-sounding non-disputes.

Uses the invoicing companies of ``make_dispute_replies.py`` (bq, tv, lx, mr, fs, wl, lo); same
entry format as ``dispute_replies_blind4.py`` (the ``R`` helper of ``dispute_replies_more.py``,
entries kept in this file's own ``REPLIES``); labels as defined in
/work/shared/samples/disputes/README.md.
Build with ``.venv/bin/python scripts/bench/make_dispute_replies.py --source blind9``.
"""

import dispute_replies_more as _more
from dispute_replies_more import APPLE, OUTLOOK, OX, TB

REPLIES = []

R = _more.writer(REPLIES)


AUTO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

DISCLAIMER_FR = """
AVIS DE CONFIDENTIALITÉ : ce message et ses pièces jointes sont confidentiels et destinés
exclusivement à leur(s) destinataire(s). Si vous l'avez reçu par erreur, merci d'en avertir
immédiatement l'expéditeur et de le détruire. Toute utilisation, diffusion ou reproduction non
autorisée est interdite et peut engager la responsabilité civile et pénale de son auteur."""

DISCLAIMER_DE = """
VERTRAULICHKEITSHINWEIS: Diese E-Mail und allfällige Anhänge sind vertraulich und ausschliesslich
für den bezeichneten Empfänger bestimmt. Sollten Sie nicht der richtige Empfänger sein, bitten wir
Sie, den Absender umgehend zu informieren und die E-Mail zu löschen. Jede unbefugte Weitergabe ist
untersagt und kann rechtliche Schritte nach sich ziehen."""

DISCLAIMER_IT = """
Questo messaggio e i suoi allegati sono confidenziali e destinati unicamente al destinatario
indicato. Se lo avete ricevuto per errore vi preghiamo di informare il mittente e di cancellarlo.
Ogni uso non autorizzato è vietato ai sensi della legge."""

DISCLAIMER_EN = """
CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be legally
privileged. If you are not the intended recipient, please notify the sender and delete it. Any
unauthorised use, disclosure or copying is strictly prohibited and may be unlawful."""

# ----------------------------------------------------------------------------------------------
# already_paid
# ----------------------------------------------------------------------------------------------

R(
    "fs",
    "FS-2025-0815",
    2746.8,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-09T10:14:00+01:00",
    "Service des finances HFR Riaz",
    "finances.fournisseurs@hopital-glane.ch",
    "already_paid",
    True,
    3,
    """
Madame,

Nous accusons réception de votre rappel concernant la facture citée en objet.

Après vérification dans notre système comptable, nous vous confirmons que cette facture a été
réglée le 28 novembre 2025, dans le cadre d'un paiement groupé de CHF 6'912.45 qui couvrait
également vos factures FS-2025-0812 et FS-2025-0809. La référence de paiement communiquée à notre
banque était « HGL-ORD-44817 ». Il est possible que la répartition des montants n'ait pas été
correctement reconnue de votre côté, notre établissement n'utilisant pas la référence QR pour les
paiements groupés.

Nous vous prions de bien vouloir procéder au lettrage et de considérer votre rappel comme
sans objet. Le détail du paiement est disponible sur demande.

Avec nos meilleures salutations,

Sophie Monney
Comptabilité fournisseurs
Hôpital de la Glâne – Direction des finances
Route de l'Hôpital 4 | 1680 Romont
Tél. +41 26 555 01 20
"""
    + DISCLAIMER_FR,
    mentions=["FS-2025-0812", "FS-2025-0809"],
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    notes="One grouped payment for three invoices (the thread's own number only in the subject, "
    "'citée en objet'); the disclaimer's 'responsabilité civile et pénale' is boilerplate.",
)

R(
    "bq",
    "RG25-00931",
    5120.35,
    "reminder_2",
    "de",
    "de",
    "2026-01-14T15:37:00+01:00",
    "Kreditorenbuchhaltung Universität Luzern",
    "kreditoren@unilu-finanzen.ch",
    "already_paid",
    True,
    3,
    """
Sehr geehrte Frau Imhof

Besten Dank für Ihre 2. Mahnung vom 12. Januar 2026.

Gemäss unseren Unterlagen wurde die Rechnung RG25-00931 (Servicevertrag Lüftungsanlagen
Gebäude Frohburg) am 22. Dezember 2025 im Rahmen des letzten Zahlungslaufs vor dem
Jahresabschluss vollständig beglichen. Die Valuta auf Ihrem Konto bei der Luzerner Kantonalbank
dürfte der 23.12.2025 gewesen sein. Den Zahlungsbeleg aus unserem SAP-System finden Sie im
Anhang.

Wir gehen davon aus, dass sich Ihre Mahnung mit unserer Zahlung gekreuzt hat bzw. die Zahlung
wegen der Feiertage verspätet verbucht wurde. Wir bitten Sie, die Mahnung samt Gebühr zu
stornieren und uns dies kurz zu bestätigen, damit wir den Vorgang für die Revisionsstelle
abschliessen können.

Freundliche Grüsse

i.A. Reto Gisler
Sachbearbeiter Kreditoren
Universität Luzern | Finanzen & Controlling
Frohburgstrasse 3 | 6002 Luzern
"""
    + DISCLAIMER_DE,
    mentions=["RG25-00931"],
    attachments=[("pdf", "Zahlungsavis_SAP_4500123981.pdf")],
    mailer=OUTLOOK,
    notes="Paid before the holidays, crossed with the reminder; asking to cancel the fee follows "
    "from the payment and is not a separate contestation (disputed_amount null).",
)

R(
    "tv",
    "FT-2025-0562",
    8430.0,
    "reminder_1",
    "it",
    "it",
    "2025-11-26T09:02:00+01:00",
    "Ufficio contabilità fornitori",
    "contabilita.fornitori@assicurazioni-ceresio.ch",
    "already_paid",
    True,
    3,
    """
Gentile signora Bernasconi,

facciamo seguito al Suo promemoria relativo alla fattura FT-2025-0562 di CHF 8'430.00.

Come concordato telefonicamente con il Vostro ufficio vendite in settembre, l'importo è stato
saldato in due rate: CHF 4'215.00 il 30 settembre 2025 e CHF 4'215.00 il 31 ottobre 2025,
entrambe con riferimento al numero di ordine CER-ACQ-2025-1184. Da parte nostra la posizione
risulta quindi interamente pagata.

Vi preghiamo di verificare i Vostri estratti conto e, se necessario, di contattare la Vostra
banca; restiamo volentieri a disposizione per inviarVi gli avvisi di addebito.

Distinti saluti

Paola Crivelli
Contabilità fornitori
Assicurazioni Ceresio SA
Via Nassa 21 | 6900 Lugano
"""
    + DISCLAIMER_IT,
    mentions=["FT-2025-0562"],
    quote="outlook",
    mailer=OUTLOOK,
    notes="Paid in two instalments whose dates are in the past: no promised date, not a delay "
    "request; the two rate amounts are payments, not disputed amounts.",
)

R(
    "lo",
    "LO-2025-318",
    14760.0,
    "reminder_1",
    "en",
    "en",
    "2026-01-20T11:48:00+01:00",
    "Hannah Whitcombe",
    "h.whitcombe@northgate-hotels.co.uk",
    "already_paid",
    True,
    3,
    """
Dear Ms Berthier,

Thank you for your reminder regarding the above invoice for the lighting of our Lyon property.

Please note that since 1 January our French entities' payables are processed centrally by our
shared service centre in Leeds. Our records show that invoice LO-2025-318 was settled in full on
9 January 2026 by Northgate Hospitality Holdings Ltd (not by Northgate Hôtels France SAS), by SEPA
transfer, payment reference NHH-PAY-0109-0047. The remittance advice went to the generic address
on your letterhead, which may explain why the payment could not be matched.

I would be grateful if you could allocate the payment accordingly and confirm that the account is
now clear.

Kind regards,

Hannah Whitcombe
Accounts Payable Team Lead – Shared Service Centre
Northgate Hospitality Holdings Ltd
"""
    + DISCLAIMER_EN,
    mentions=["LO-2025-318"],
    quote="gmail",
    format="alt",
    notes="Paid by the parent company, not the invoiced entity, which is why it was not "
    "matched; the talk of entities is not an invoice_error.",
)

# ----------------------------------------------------------------------------------------------
# payment_promise
# ----------------------------------------------------------------------------------------------

R(
    "lx",
    "LX-25-0744",
    3318.6,
    "invoice",
    "fr",
    "fr",
    "2025-12-18T14:05:00+01:00",
    "Administration communale de Belmont",
    "bourse@belmont-communes.ch",
    "payment_promise",
    False,
    1,
    """
Monsieur Chappuis,

Nous accusons bonne réception de votre facture relative à la traduction du règlement communal
sur les déchets.

Conformément à notre règlement sur les finances communales, toute dépense supérieure à
CHF 3'000.– doit être visée par le municipal en charge des finances avant paiement. Ce visa sera
donné lors de la séance de Municipalité du 12 janvier. La facture sera donc payée avec le
prochain ordre de paiement groupé de la Bourse communale, soit le 15 janvier 2026, le délai de
30 jours étant ainsi respecté.

Nous vous remercions de votre collaboration et vous adressons, Monsieur, nos salutations
distinguées.

Pour la Bourse communale :
Martine Chevalley, boursière
Commune de Belmont | Route d'Arnier 2 | 1092 Belmont
""",
    pdate="2026-01-15",
    mailer=OX,
    notes="Long description of the municipal approval procedure, ending in a dated payment; "
    "'visa' and 'règlement' are administrative, not disputes.",
)

R(
    "wl",
    "WL-25-1207",
    6489.0,
    "reminder_1",
    "de",
    "de",
    "2026-01-08T16:21:00+01:00",
    "Marlies Keller",
    "marlies.keller@wohnbau-limmattal.ch",
    "payment_promise",
    False,
    1,
    """
Guten Tag Herr Frei

Danke für die Erinnerung. Wir entschuldigen uns für die Verspätung: Die Rechnung WL-25-1207
(Relaunch Mieterportal) lag über die Feiertage bei unserem Vorstand zur Visierung, da Ausgaben
über CHF 5'000 gemäss Statuten der Genossenschaft von zwei Vorstandsmitgliedern freigegeben
werden müssen. Die zweite Unterschrift ist heute eingegangen.

Die Zahlung erfolgt mit unserem nächsten Zahlungslauf am kommenden Dienstag. Sie brauchen nichts
weiter zu unternehmen.

Freundliche Grüsse

Marlies Keller
Leiterin Rechnungswesen
Wohnbaugenossenschaft Limmattal
Badenerstrasse 590 | 8048 Zürich
""",
    pdate="2026-01-13",
    mentions=["WL-25-1207"],
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    notes="'kommenden Dienstag' resolved against Thursday 8 January 2026; the apology for the "
    "delay is not a delay request (nothing is asked).",
)

R(
    "mr",
    "F2025-0417",
    9864.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-01-12T10:30:00+01:00",
    "Service comptabilité – Mairie de Seynod",
    "comptabilite@mairie-seynod-exemple.fr",
    "payment_promise",
    False,
    1,
    """
Madame,

Votre relance concernant la facture F2025-0417 (remplacement des menuiseries de l'école du
Vieux-Moulin) nous est bien parvenue.

Comme vous le savez, le paiement des dépenses de la commune est assuré par le comptable public du
Service de gestion comptable, après émission du mandat par l'ordonnateur. Le retard est dû à la
clôture de l'exercice 2025 : la facture a été rattachée à l'exercice et le mandat n° 2025-3391
a été émis le 8 janvier. D'après la trésorerie, le virement sera effectué le 23 janvier 2026.

Nous vous rappelons qu'en matière de commande publique le délai global de paiement est de
30 jours et que les intérêts moratoires sont, le cas échéant, versés automatiquement.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Pour le Maire et par délégation,
Florence Dunand
Responsable du service finances
""",
    pdate="2026-01-23",
    mentions=["F2025-0417"],
    quote="thunderbird",
    mailer=TB,
    notes="Public-accounting procedure (ordonnateur, mandat, comptable public) with a mandat "
    "number that is not an invoice; 'intérêts moratoires' is a reminder of the law, not a claim.",
)

R(
    "tv",
    "FT-2025-0611",
    2175.5,
    "invoice",
    "it",
    "it",
    "2025-11-20T08:55:00+01:00",
    "Segreteria Direzione – Ospedale Regionale",
    "segreteria.direzione@ors-bellinzona.ch",
    "payment_promise",
    False,
    1,
    """
Gentile signora Bernasconi,

su incarico del signor Pedrazzini, responsabile economato, Le confermo la ricezione della
fattura per la fornitura delle tende ignifughe per il reparto di pediatria.

La fattura è stata verificata e approvata dal servizio tecnico; il pagamento verrà effettuato a
fine mese con il consueto ordine cumulativo.

Cordiali saluti

Elisa Martinoli
Segreteria di Direzione
Ospedale Regionale di Bellinzona
"""
    + DISCLAIMER_IT,
    pdate="2025-11-30",
    format="alt",
    mailer=OUTLOOK,
    notes="An assistant writes on behalf of the purchasing manager; 'a fine mese' is the last day "
    "of November.",
)

# ----------------------------------------------------------------------------------------------
# delay_request
# ----------------------------------------------------------------------------------------------

R(
    "fs",
    "FS-2025-0877",
    11340.0,
    "reminder_2",
    "fr",
    "fr",
    "2026-01-16T13:40:00+01:00",
    "Direction administrative – EMS Les Tilleuls",
    "direction@ems-les-tilleuls.ch",
    "delay_request",
    True,
    2,
    """
Madame Progin,

Nous faisons suite à votre deuxième rappel concernant votre facture FS-2025-0877 relative au
bouclement 2024 et à l'accompagnement de la révision.

Nous ne contestons aucunement vos prestations, dont nous avons été très satisfaits. Toutefois,
le versement des subventions cantonales 2025 a pris un retard important, ce qui tend
temporairement notre trésorerie. Notre conseil de fondation, réuni le 14 janvier, nous a
autorisés à vous proposer le plan de paiement suivant :

- CHF 3'780.00 au 31 janvier 2026
- CHF 3'780.00 au 28 février 2026
- CHF 3'780.00 au 31 mars 2026

Nous vous serions reconnaissants de bien vouloir nous confirmer votre accord et, dans la mesure
du possible, de renoncer aux frais de rappel.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Jean-Marc Dousse
Directeur administratif
EMS Les Tilleuls | Fondation pour l'accueil des aînés | 1630 Bulle
""",
    pdate="2026-01-31",
    mentions=["FS-2025-0877"],
    quote="outlook",
    mailer=OUTLOOK,
    notes="Dated three-instalment plan (first instalment the date); 'nous ne contestons "
    "aucunement' is a negation, and asking to waive the fee is a favour, not a contestation.",
)

R(
    "bq",
    "RG25-00958",
    3890.75,
    "reminder_1",
    "de",
    "de",
    "2026-01-19T09:12:00+01:00",
    "Stiftung Seewarte – Finanzen",
    "finanzen@stiftung-seewarte.ch",
    "delay_request",
    False,
    2,
    """
Sehr geehrte Damen und Herren

Wir bestätigen den Erhalt Ihrer Zahlungserinnerung.

Die Rechnung ist sachlich geprüft und in Ordnung. Infolge der Umstellung auf unser neues
ERP-System per 1. Januar 2026 sowie der laufenden Jahresabschlussarbeiten sind Zahlungen an
Lieferanten derzeit nur eingeschränkt möglich. Wir bitten Sie daher um etwas Geduld, bis die
Zahlungsläufe wieder regulär ausgeführt werden können; wir werden uns so rasch wie möglich
melden.

Wir danken für Ihr Verständnis.

Freundliche Grüsse

Claudia Arnold
Leiterin Finanzen
Stiftung Seewarte
"""
    + DISCLAIMER_DE,
    mailer=OUTLOOK,
    format="alt",
    notes="Vague request for patience (ERP migration, year-end closing) with no date: does not "
    "pause; the 'rechtliche Schritte' of the disclaimer is boilerplate.",
)

R(
    "lo",
    "LO-2025-297",
    7248.0,
    "reminder_2",
    "fr",
    "fr",
    "2026-01-07T17:02:00+01:00",
    "Agence comptable – Université Lumière",
    "agence.comptable@univ-rhone-exemple.fr",
    "delay_request",
    True,
    2,
    """
Madame,

L'agence comptable de l'université a bien reçu votre relance relative à la facture LO-2025-297
(éclairage scénique de l'amphithéâtre Leclair).

Le service fait a été constaté et la facture n'appelle aucune observation. Toutefois, en raison
de la fermeture de l'exercice budgétaire 2025 et de l'ouverture des crédits 2026, aucun paiement
ne peut être mis en œuvre avant la reprise des opérations de dépense. Nous vous demandons donc de
bien vouloir nous accorder un délai jusqu'au 15 février 2026, date à laquelle le paiement
interviendra au plus tard.

Nous vous prions de bien vouloir suspendre toute procédure de relance d'ici là.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Pour l'agent comptable,
Nadia Belkacem
Cellule dépenses
"""
    + DISCLAIMER_FR,
    pdate="2026-02-15",
    mentions=["LO-2025-297"],
    quote="gmail",
    format="alt",
    notes="Formal request for a delay to a concrete date (pause); 'n'appelle aucune observation' "
    "confirms the claim is accepted.",
)

R(
    "wl",
    "WL-25-1188",
    4305.0,
    "reminder_1",
    "en",
    "en",
    "2025-12-22T12:10:00+01:00",
    "Daniel Okafor",
    "finance@zurich-intl-academy.ch",
    "delay_request",
    False,
    2,
    """
Dear Mr Frei,

Many thanks for your reminder, and apologies that this has slipped.

Invoices above CHF 4,000 require the countersignature of our Chief Financial Officer, who is
travelling until after the holidays. The invoice is with her for approval and we will release
payment as soon as it has been signed off. I would be grateful for your patience in the meantime.

Wishing you and the Webwerk team a restful holiday season.

Best regards,

Daniel Okafor
Finance Officer
Zurich International Academy
"""
    + DISCLAIMER_EN,
    quote="outlook",
    mailer=OUTLOOK,
    client_lang="en",
    notes="English reply to a German-writing company; asks for patience with no date (CFO "
    "'until after the holidays' is an absence, not a promised date).",
)

# ----------------------------------------------------------------------------------------------
# contestation
# ----------------------------------------------------------------------------------------------

R(
    "lx",
    "LX-25-0702",
    3405.15,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-04T11:25:00+01:00",
    "Chancellerie d'État – Service des achats",
    "achats.chancellerie@etat-vd-exemple.ch",
    "contestation",
    True,
    3,
    """
Monsieur,

Nous revenons vers vous au sujet de votre facture LX-25-0702 relative à la traduction vers
l'allemand du rapport annuel du Service de la mobilité.

Nous tenons tout d'abord à souligner la qualité du travail fourni. Cependant, l'offre
n° OF-25-118 que vous nous aviez adressée le 2 juillet portait sur 35 pages à CHF 75.– la page,
alors que la facture en compte 42. Les sept pages supplémentaires correspondent aux annexes
statistiques, qui, selon l'offre elle-même, ne devaient pas être traduites mais simplement
reprises en mise en page. Il s'agit donc d'un écart de CHF 525.–.

Nous vous saurions gré de bien vouloir nous faire parvenir une note de crédit ou une facture
corrigée. Le montant non contesté sera libéré dès réception du document rectifié.

Avec nos salutations distinguées,

Anne-Laure Favre
Adjointe administrative – Service des achats
Chancellerie d'État
"""
    + DISCLAIMER_FR,
    amount=525.0,
    mentions=["LX-25-0702"],
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    notes="Polite opener, then pages contested against the offer (7 × CHF 75 = 525, stated); "
    "asks for a credit note but it is a contestation, not a formal invoice_error.",
)

R(
    "bq",
    "RG25-00904",
    4980.4,
    "invoice",
    "de",
    "de",
    "2026-01-09T14:48:00+01:00",
    "Thomas Vonarburg",
    "thomas.vonarburg@spital-seetal.ch",
    "contestation",
    True,
    3,
    """
Sehr geehrte Frau Imhof

Besten Dank für die Zustellung der Rechnung zum Pikett-Einsatz an der Kälteanlage unseres
Operationstrakts vom 18./19. Dezember.

Wir haben die Rechnung mit den Rapporten unseres technischen Dienstes abgeglichen. Ihr Monteur
war laut Badge-Protokoll von 21:40 bis 02:10 Uhr vor Ort, also 4.5 Stunden; verrechnet wurden
jedoch 10.5 Stunden. Auch unter Berücksichtigung der Anfahrt können wir die zusätzlichen
6 Stunden zum Nachttarif von CHF 145.00 nicht nachvollziehen.

Wir bitten Sie um Prüfung und um eine entsprechend korrigierte Rechnung. Den unbestrittenen
Betrag (Material und die 4.5 Stunden) überweisen wir bis Ende Januar, damit Ihnen kein Nachteil
entsteht.

Freundliche Grüsse

Thomas Vonarburg
Leiter Technischer Dienst
Spital Seetal AG
"""
    + DISCLAIMER_DE,
    amount=870.0,
    pdate="2026-01-31",
    mailer=OUTLOOK,
    notes="Hours contested, computed excl. VAT (6 h × CHF 145 = 870); pays the undisputed part "
    "by the end of January, which is the promised date.",
)

R(
    "mr",
    "F2025-0398",
    18240.0,
    "reminder_2",
    "fr",
    "fr",
    "2025-12-15T09:50:00+01:00",
    "Direction du patrimoine – Haute-Savoie Habitat",
    "patrimoine@hs-habitat-exemple.fr",
    "contestation",
    True,
    3,
    """
Madame,

Nous accusons réception de votre deuxième relance concernant la facture F2025-0398
(remplacement des portes palières de la résidence Les Aravis, bâtiment B).

Nous vous rappelons que la réception des travaux, prévue le 14 octobre, a été ajournée : le
procès-verbal établi contradictoirement avec votre chef de chantier mentionne onze portes dont
les ferme-portes ne sont pas conformes et trois portes présentant des défauts de finition.
Conformément au CCAP du marché, aucune facture de solde ne peut être mandatée tant que les
réserves ne sont pas levées.

La facture est donc suspendue dans sa totalité jusqu'à la levée des réserves et la signature du
procès-verbal de réception. Par ailleurs, l'indemnité forfaitaire de 40 € mentionnée dans votre
relance n'a pas lieu d'être.

Nous restons à votre disposition pour convenir d'une date d'intervention.

Veuillez agréer, Madame, nos salutations distinguées.

Karine Vuillermoz
Chargée d'opérations – Direction du patrimoine
"""
    + DISCLAIMER_FR,
    amount=18240.0,
    mentions=["F2025-0398"],
    quote="outlook",
    outlook_line=False,
    mailer=OUTLOOK,
    notes="Whole invoice withheld because the works were not accepted (reserves); the recovery "
    "fee is contested too but the whole-invoice amount is the disputed amount; formal tone, "
    "no anger.",
)

R(
    "tv",
    "FT-2025-0587",
    4980.0,
    "reminder_3",
    "it",
    "it",
    "2026-01-21T16:15:00+01:00",
    "Amministrazione Casa Anziani San Rocco",
    "amministrazione@casa-sanrocco.ch",
    "contestation",
    True,
    4,
    """
Gentile signora Bernasconi,

prendiamo atto con stupore del Vostro ultimo sollecito, che minaccia addirittura l'esecuzione.

Vi abbiamo già scritto due volte, il 3 e il 17 dicembre, senza ricevere risposta: l'offerta
n. 25/114 per le tende delle 24 camere del secondo piano, da noi firmata, indicava un prezzo
complessivo di CHF 4'200.00 IVA inclusa. La fattura ne chiede 4'980.00. Nessuna variante è
stata ordinata.

Finché non riceveremo una fattura conforme all'offerta non pagheremo la differenza, né le spese
di sollecito. Siamo pronti a saldare subito i CHF 4'200.00 concordati non appena ricevuta la
fattura corretta.

Distinti saluti

Fabio Lurati
Direttore amministrativo
Casa Anziani San Rocco | 6850 Mendrisio
""",
    amount=780.0,
    quote="outlook",
    mailer=OUTLOOK,
    notes="Offer vs invoice (4'200 vs 4'980 → 780); explicit refusal to pay the difference after "
    "two unanswered letters → urgency 4; the offer number is not an invoice number.",
)

R(
    "wl",
    "WL-25-1164",
    12960.0,
    "reminder_3",
    "de",
    "de",
    "2026-01-27T18:03:00+01:00",
    "Dr. Regula Baumann",
    "regula.baumann@krankenkasse-albis.ch",
    "contestation",
    True,
    5,
    """
Sehr geehrter Herr Frei

Mit Befremden haben wir Ihre letzte Mahnung mit Androhung der Betreibung zur Kenntnis genommen.

Wir halten nochmals fest, was wir Ihnen bereits mit eingeschriebenem Brief vom 10. Dezember 2025
mitgeteilt haben: Die mit der Rechnung WL-25-1164 verrechnete Phase 2 des Versichertenportals
wurde nie abgenommen. Die Abnahmetests vom November sind an 23 von 41 Testfällen gescheitert,
darunter sicherheitsrelevante Mängel bei der Authentifizierung. Die von Ihnen zugesicherte
Nachbesserung bis 15. Dezember ist ausgeblieben.

Wir haben den Vertrag deshalb mit Schreiben vom heutigen Tag ausserordentlich gekündigt. Die
Rechnung wird nicht bezahlt. Unser Rechtsdienst ist mit der Angelegenheit betraut; gegen eine
allfällige Betreibung werden wir Rechtsvorschlag erheben. Weitere Korrespondenz richten Sie
bitte direkt an lic. iur. Martin Strebel, Rechtsdienst.

Freundliche Grüsse

Dr. Regula Baumann
Leiterin Informatik
Krankenkasse Albis
""",
    amount=12960.0,
    mentions=["WL-25-1164"],
    cc="Martin Strebel <martin.strebel@krankenkasse-albis.ch>",
    mailer=OUTLOOK,
    format="alt",
    notes="Contract cancelled, legal department instructed, Rechtsvorschlag announced: urgency 5, "
    "whole invoice disputed; formal tone without shouting.",
)

# ----------------------------------------------------------------------------------------------
# invoice_error
# ----------------------------------------------------------------------------------------------

R(
    "fs",
    "FS-2025-0901",
    5922.0,
    "invoice",
    "fr",
    "fr",
    "2025-12-11T08:40:00+01:00",
    "Secrétariat général – Fondation Saint-Loup",
    "secretariat@fondation-stloup.ch",
    "invoice_error",
    True,
    3,
    """
Madame Progin,

Nous vous remercions pour l'envoi de votre facture relative au mandat de révision 2025.

Notre réviseur interne nous signale toutefois que la facture est libellée au nom de
« l'Association des Amis de Saint-Loup », alors que le mandat a été confié par la Fondation
Saint-Loup, entité juridique distincte (IDE CHE-109.884.231), qui dispose de sa propre
comptabilité. De plus, l'adresse indiquée (Case postale 12, 1724 Ependes) est celle de
l'ancienne administration ; notre siège est désormais Route de la Chapelle 5, 1724 Le Mouret.

Le montant et les prestations n'appellent aucune remarque. Nous vous prions simplement de bien
vouloir annuler cette facture et de nous en adresser une nouvelle au nom correct, afin que nous
puissions la comptabiliser avant le bouclement.

Avec nos remerciements et nos salutations distinguées,

Caroline Rime
Secrétaire générale
Fondation Saint-Loup
"""
    + DISCLAIMER_FR,
    quote="outlook",
    mailer=OUTLOOK,
    notes="Wrong legal entity plus an outdated address: reissue requested, amount accepted; the "
    "address change is part of the formal defect, not a copy request.",
)

R(
    "wl",
    "WL-25-1231",
    8748.0,
    "invoice",
    "de",
    "de",
    "2025-12-12T10:02:00+01:00",
    "Kreditoren Albis-Rück",
    "kreditoren@albis-rueck.ch",
    "invoice_error",
    True,
    4,
    """
Sehr geehrte Damen und Herren

Ihre Rechnung WL-25-1231 ist über unseren Scanning-Dienstleister eingegangen, konnte aber nicht
verarbeitet werden: Es fehlt die Bestellnummer (Purchase Order) aus unserem Einkaufssystem.
Gemäss unseren Einkaufsbedingungen, die Bestandteil des Rahmenvertrags sind, werden Rechnungen
ohne gültige PO-Nummer automatisch zurückgewiesen.

Die zutreffende Bestellnummer lautet 4500278814 (Besteller: Herr P. Landolt, IT-Sicherheit).
Bitte stellen Sie uns die Rechnung mit dieser Nummer neu aus. Damit die Zahlung noch im letzten
Zahlungslauf des Jahres am 19. Dezember 2025 berücksichtigt werden kann, muss die korrigierte
Rechnung spätestens am 17. Dezember bei uns eingehen; andernfalls erfolgt die Zahlung erst Ende
Januar 2026.

Freundliche Grüsse

Kreditorenbuchhaltung
Albis Rückversicherung AG
Dies ist eine Nachricht des Shared Service Center Finance.
"""
    + DISCLAIMER_DE,
    mentions=["WL-25-1231"],
    mailer=OUTLOOK,
    format="alt",
    notes="Missing PO number blocks the year-end payment run with a deadline → urgency 4; the "
    "payment dates are the customer's run dates, not a promise (null).",
)

R(
    "lo",
    "LO-2025-341",
    3612.0,
    "invoice",
    "fr",
    "fr",
    "2025-12-03T15:30:00+01:00",
    "Pôle budget – Centre hospitalier",
    "budget.fournisseurs@ch-beaujolais-exemple.fr",
    "invoice_error",
    True,
    3,
    """
Madame,

Nous avons bien reçu par courriel votre facture LO-2025-341 relative à la fourniture de
luminaires pour le service de gériatrie.

Nous attirons toutefois votre attention sur le fait qu'en tant qu'établissement public de santé,
nous ne pouvons traiter que les factures déposées sur le portail Chorus Pro. Votre facture ne
comporte par ailleurs ni notre numéro SIRET de facturation (261 690 000 00099, service
« FOURNISSEURS-GHB »), ni le numéro d'engagement juridique 25-EJ-007741 qui figure sur notre bon
de commande.

Nous vous remercions de bien vouloir déposer une facture complétée de ces mentions sur Chorus Pro.
La présente facture transmise par courriel ne pourra pas être mise en paiement et le délai de
paiement ne courra qu'à compter du dépôt sur le portail.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Le Pôle budget et finances
Centre hospitalier du Beaujolais
""",
    mentions=["LO-2025-341"],
    quote="thunderbird",
    mailer=TB,
    notes="Public-sector e-invoicing rule: missing SIRET / engagement number and wrong channel "
    "(Chorus Pro) → reissue, a formal defect, not a copy request.",
)

R(
    "bq",
    "RG25-00987",
    2311.9,
    "invoice",
    "de",
    "en",
    "2025-12-30T09:20:00+01:00",
    "Priya Raman",
    "ap.switzerland@meridian-pharma-exemple.com",
    "invoice_error",
    True,
    3,
    """
Dear Ms Imhof,

Thank you for your invoice RG25-00987 for the quarterly maintenance of the heat pumps at our Root
site.

On checking it against our records, it appears to be a duplicate of invoice RG25-00962, which
covers exactly the same service period (Q4 2025), the same order reference PO 7700451 and the
same amount, and which we paid on 22 December 2025. We assume the invoice was generated twice by
your system.

Could you please cancel RG25-00987 and send us the corresponding credit note for our audit
trail? No further action is needed otherwise.

Kind regards,

Priya Raman
Accounts Payable Specialist – Switzerland
Meridian Pharma AG (Global Business Services, Kraków)
"""
    + DISCLAIMER_EN,
    amount=2311.9,
    mentions=["RG25-00987", "RG25-00962"],
    quote="outlook",
    client_lang="en",
    mailer=OUTLOOK,
    format="alt",
    notes="Duplicate invoice (full amount disputed), though it says 'which we paid': the "
    "payment concerns the original, so not already_paid; English reply to a German invoice.",
)

# ----------------------------------------------------------------------------------------------
# copy_request
# ----------------------------------------------------------------------------------------------

R(
    "lx",
    "LX-25-0719",
    1864.2,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-16T11:07:00+01:00",
    "Nathalie Berset",
    "n.berset@mutuelle-romande-exemple.ch",
    "copy_request",
    False,
    2,
    """
Bonjour Monsieur Chappuis,

Je me permets de répondre à votre rappel au nom de Mme Perroud, responsable de la communication,
actuellement en congé.

Nous ne retrouvons pas la facture LX-25-0719 dans notre circuit de validation. Il est probable
qu'elle ait été adressée directement à Mme Perroud, alors que depuis le 1er octobre toutes les
factures fournisseurs doivent être envoyées exclusivement à notre centre de numérisation :
factures@mutuelle-romande-exemple.ch (ou, par courrier, Case postale 410, 1001 Lausanne).

Pourriez-vous nous renvoyer la facture en PDF avec sa QR-facture à cette adresse, et adresser
dorénavant toutes vos factures à celle-ci ? Elle sera alors traitée dans les délais habituels.

Avec mes remerciements et mes meilleures salutations,

Nathalie Berset
Assistante de direction – Communication
Mutuelle Romande
"""
    + DISCLAIMER_FR,
    mentions=["LX-25-0719"],
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    notes="Assistant writes on behalf; invoice lost in the approval circuit: resend the PDF and "
    "QR-bill and future invoices to the scanning centre (no dispute, no pause).",
)

R(
    "bq",
    "RG25-00946",
    7615.0,
    "invoice",
    "de",
    "de",
    "2025-12-19T13:33:00+01:00",
    "Einwohnergemeinde Kriens – Finanzverwaltung",
    "finanzverwaltung@kriens-gemeinde-exemple.ch",
    "copy_request",
    False,
    2,
    """
Sehr geehrte Frau Imhof

Wir danken Ihnen für die Rechnung betreffend Sanierung der Heizverteilung im Schulhaus Gabeldingen.

Bitte beachten Sie, dass die Gemeinde Kriens per 1. Januar 2026 sämtliche Kreditorenrechnungen
ausschliesslich elektronisch über das E-Rechnungsnetzwerk (eBill für Unternehmen) bzw. im
Format ZUGFeRD/Swiss QR an die Adresse e-rechnung@kriens-gemeinde-exemple.ch entgegennimmt.
Papierrechnungen an die Bauabteilung werden ab diesem Datum nicht mehr bearbeitet.

Wir bitten Sie, Ihre Stammdaten entsprechend anzupassen und uns die vorliegende Rechnung
zusätzlich als PDF mit QR-Teil an die genannte Adresse zu senden, damit sie im neuen Workflow
erfasst werden kann. Eine Kopie unseres Merkblatts für Lieferanten liegt bei.

Freundliche Grüsse

Finanzverwaltung Kriens
Sandra Bühlmann, Leiterin Kreditoren
""",
    attachments=[("pdf", "Merkblatt_E-Rechnung_Lieferanten_2026.pdf")],
    mailer=OUTLOOK,
    notes="Official notice of a new e-invoicing channel plus a request to resend this invoice "
    "there: copy request, not an invoice error (the invoice itself is not faulty).",
)

R(
    "tv",
    "FT-2025-0598",
    1290.6,
    "reminder_1",
    "it",
    "it",
    "2025-12-02T14:44:00+01:00",
    "Ufficio contabilità – Comune di Minusio",
    "contabilita@minusio-comune-exemple.ch",
    "copy_request",
    False,
    2,
    """
Gentile signora Bernasconi,

abbiamo ricevuto il Vostro promemoria relativo alla fattura FT-2025-0598, che tuttavia non
risulta registrata nel nostro sistema contabile: con ogni probabilità l'originale non ci è mai
pervenuto.

Vi saremmo grati se poteste inviarcene una copia in formato PDF, con la polizza di versamento
QR, all'indirizzo contabilita@minusio-comune-exemple.ch, indicando il centro di costo 340.3130
(Servizio scuole). Provvederemo al pagamento non appena la fattura sarà stata vistata dal
Municipio.

Cordiali saluti

Loredana Pedrotti
Ufficio contabilità
Comune di Minusio
""",
    mentions=["FT-2025-0598"],
    quote="apple",
    mailer=APPLE,
    notes="Invoice never received, copy with QR slip requested; the cost centre is for routing, "
    "not a claim that the invoice is defective.",
)

# ----------------------------------------------------------------------------------------------
# acknowledgement
# ----------------------------------------------------------------------------------------------

R(
    "mr",
    "F2025-0452",
    6132.0,
    "invoice",
    "fr",
    "fr",
    "2026-01-06T09:18:00+01:00",
    "Secrétariat – Communauté de communes",
    "secretariat.dst@cc-fier-exemple.fr",
    "acknowledgement",
    False,
    1,
    """
Madame,

Nous accusons réception de votre facture relative aux travaux de menuiserie réalisés à la
médiathèque intercommunale.

Celle-ci a été transmise ce jour au service ordonnateur pour certification du service fait, puis
sera adressée au Service de gestion comptable pour mise en paiement, conformément aux règles de
la comptabilité publique.

Nous vous souhaitons une excellente année 2026.

Veuillez agréer, Madame, nos salutations distinguées.

Le secrétariat de la Direction des services techniques
Communauté de communes Fier et Usses
""",
    quote="outlook",
    mailer=OUTLOOK,
    notes="Pure acknowledgement describing the public payment circuit; no date, no request.",
)

R(
    "wl",
    "WL-25-1243",
    3456.0,
    "invoice",
    "de",
    "mixed",
    "2025-12-17T10:41:00+01:00",
    "Julia Schmid",
    "julia.schmid@rhine-logistics-exemple.ch",
    "acknowledgement",
    False,
    1,
    """
Guten Tag Herr Frei

Vielen Dank, die Rechnung habe ich an unsere Kreditorenabteilung in Basel weitergeleitet.

@AP team: please book against cost centre 6120 (Marketing CH), approved by me.

Freundliche Grüsse / Best regards

Julia Schmid
Head of Marketing Switzerland
Rhine Logistics AG
"""
    + DISCLAIMER_EN,
    cc="AP Basel <ap.basel@rhine-logistics-exemple.ch>",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    notes="German to the company, English to the AP team in copy (mixed); approval and "
    "booking instruction, nothing asked of the company.",
)

# ----------------------------------------------------------------------------------------------
# auto_reply
# ----------------------------------------------------------------------------------------------

R(
    "fs",
    "FS-2025-0894",
    980.0,
    "reminder_1",
    "fr",
    "mixed",
    "2025-12-23T07:02:00+01:00",
    "Service de l'agriculture – Office cantonal",
    "agriculture@etat-fribourg-exemple.ch",
    "auto_reply",
    False,
    1,
    """
Madame, Monsieur,

Nos bureaux sont fermés du 24 décembre 2025 au 4 janvier 2026. Votre message sera traité dès le
5 janvier 2026. Pour toute urgence concernant les paiements directs, veuillez contacter la
permanence au 026 555 88 00.

Sehr geehrte Damen und Herren

Unsere Büros bleiben vom 24. Dezember 2025 bis 4. Januar 2026 geschlossen. Ihre Nachricht wird
ab dem 5. Januar 2026 bearbeitet. In dringenden Fällen wenden Sie sich bitte an die Permanence
unter 026 555 88 00.

Service de l'agriculture / Amt für Landwirtschaft
État de Fribourg / Staat Freiburg
""",
    re="Réponse automatique :",
    headers=AUTO,
    mailer=OUTLOOK,
    client_lang="fr",
    notes="Bilingual office-closure auto-reply of a cantonal office; the closure dates are not "
    "promised dates.",
)

R(
    "lo",
    "LO-2025-305",
    5184.0,
    "reminder_2",
    "fr",
    "en",
    "2026-01-13T02:14:00+01:00",
    "Supplier Helpdesk",
    "supplier.helpdesk@eurassur-group-exemple.com",
    "auto_reply",
    False,
    1,
    """
This is an automated message. Please do not reply.

Your e-mail has been received by the Eurassur Group Procure-to-Pay Service Desk and ticket
P2P-2026-0113-08842 has been created. Our target response time is 5 business days.

Please note:
- Payment status enquiries can be checked on the Supplier Portal (portal.eurassur-group-exemple.com).
- Invoices must be submitted as a single PDF per invoice; e-mails containing several invoices
will be rejected.
- Reminders and dunning letters are processed in order of receipt.

Eurassur Group – Global Business Services
"""
    + DISCLAIMER_EN,
    subject="[P2P-2026-0113-08842] Re: 2e rappel : facture LO-2025-305 impayée",
    headers=AUTO,
    client_lang="en",
    notes="Ticket-system confirmation with procedural rules that sound like an invoice "
    "rejection but are generic; nothing to do.",
)

# ----------------------------------------------------------------------------------------------
# other
# ----------------------------------------------------------------------------------------------

R(
    "tv",
    "FT-2025-0633",
    3744.0,
    "invoice",
    "it",
    "it",
    "2025-12-10T11:30:00+01:00",
    "Ufficio acquisti – Cooperativa Agricola Ticinese",
    "acquisti@coop-agricola-ti-exemple.ch",
    "other",
    False,
    2,
    """
Gentile signora Bernasconi,

nell'ambito della revisione annuale del nostro albo fornitori, richiesta dal nostro ufficio di
revisione esterna, Le chiediamo di voler compilare e ritornarci entro il 31 gennaio 2026 il
questionario di qualifica fornitori allegato (dati societari, certificazioni, estratto del
registro di commercio, attestazione di pagamento dei contributi AVS).

La compilazione del questionario non ha alcuna incidenza sulle fatture in corso, che verranno
trattate regolarmente secondo le condizioni pattuite.

Cordiali saluti

Michela Rusconi
Ufficio acquisti
Cooperativa Agricola Ticinese
"""
    + DISCLAIMER_IT,
    attachments=[("pdf", "Questionario_qualifica_fornitori_2026.pdf")],
    quote="outlook",
    mailer=OUTLOOK,
    notes="Official-sounding supplier-qualification request sent in the invoice thread; the "
    "31 January deadline is for the questionnaire, not a payment date.",
)

R(
    "bq",
    "RG25-00899",
    6204.5,
    "reminder_1",
    "de",
    "de",
    "2026-01-22T10:05:00+01:00",
    "Revisia Treuhand AG – Prüfungsteam",
    "audit.confirmations@revisia-audit-exemple.ch",
    "other",
    False,
    2,
    """
Sehr geehrte Damen und Herren

Im Rahmen der Prüfung der Jahresrechnung 2025 unserer Mandantin, der Wohnbau Pilatus AG, bitten
wir Sie um eine Saldobestätigung. Gemäss den Büchern unserer Mandantin bestand per 31. Dezember
2025 gegenüber Ihrer Gesellschaft eine offene Verbindlichkeit von CHF 6'204.50, betreffend die
Rechnung RG25-00899.

Bitte bestätigen Sie uns den Saldo Ihrer Debitorenbuchhaltung per Stichtag direkt an diese
Adresse, unter Angabe allfälliger Differenzen. Ihre Antwort dient ausschliesslich Prüfungszwecken.
Ihre Mahnung haben wir an unsere Mandantin weitergeleitet.

Freundliche Grüsse

Revisia Treuhand AG
Stefan Odermatt, dipl. Wirtschaftsprüfer
"""
    + DISCLAIMER_DE,
    mentions=["RG25-00899"],
    cc="Kreditoren Wohnbau Pilatus <kreditoren@wohnbau-pilatus-exemple.ch>",
    mailer=OUTLOOK,
    format="alt",
    notes="The customer's auditor asks for a balance confirmation: an unrelated question "
    "needing an answer; the balance is not a contested amount.",
)
