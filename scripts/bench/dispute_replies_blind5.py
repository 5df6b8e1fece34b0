# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# ruff: noqa: RUF001  (the customers write en dashes)
"""Fifth blind set of customers' replies (tests/data/disputes_blind5), with their labels (CC0 text).

Written by a seventh writer who read only the label definitions and the entry format, not the
other sets' replies, not the reader's rules and not its answers: it measures the reader once.
Never tune rules on these replies.

This writer's customers are the accounts-payable people of mid-size firms, public bodies
(communes, cantonal offices, mairies), associations and some craftsmen: longer, more formal
e-mails, signature blocks with disclaimers, several invoices named, partial payments,
purchase-order and approval-workflow explanations, internal forwards, replies on someone's behalf.

Uses the invoicing companies of ``make_dispute_replies.py`` (bq, tv, lx, mr, fs, wl, lo); same
entry format as ``dispute_replies_blind4.py`` (the ``R`` helper of ``dispute_replies_more.py``,
entries kept in this file's own ``REPLIES``); labels as defined in
/work/shared/samples/disputes/README.md. Everything is synthetic: people, bodies, addresses,
numbers and domains are invented.
Build with ``.venv/bin/python scripts/bench/make_dispute_replies.py --source blind5``.
"""

import dispute_replies_more as _more
from dispute_replies_more import APPLE, IPHONE, ORANGE, OUTLOOK, OX, TB

REPLIES = []

R = _more.writer(REPLIES)


AUTO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

# ----------------------------------------------------------------------------------------------
# already_paid
# ----------------------------------------------------------------------------------------------

R(
    "lx",
    "LX-2025-0412",
    2184.3,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-09T10:42:00+01:00",
    "Bourse communale de Villars-sous-Mont",
    "bourse@villars-sous-mont.ch",
    "already_paid",
    True,
    3,
    """
Monsieur,

Nous accusons réception de votre rappel du 7 décembre concernant la facture LX-2025-0412
(traduction allemande du règlement communal sur les déchets).

Après vérification dans notre comptabilité, nous vous informons que cette facture a été
acquittée le 28 novembre 2025 par ordre de paiement groupé n° OP-2025-118, d'un montant total
de CHF 3'512.40. Ce versement couvrait également votre facture LX-2025-0437 de CHF 1'328.10
(traduction du procès-verbal de l'assemblée de commune). Il est possible que votre service
n'ait imputé le montant que sur l'une des deux factures ; nous vous saurions gré de bien
vouloir vérifier la ventilation de ce paiement et de considérer votre rappel comme sans objet.

Nous restons à votre disposition pour tout renseignement complémentaire.

Avec nos salutations distinguées.

Pour la Bourse communale
Monique Pasche, boursière communale

Commune de Villars-sous-Mont – Administration communale
Place du Tilleul 2 – 1669 Villars-sous-Mont
Tél. 026 555 01 40 – bourse@villars-sous-mont.ch
Heures d'ouverture du guichet : lundi et jeudi, 8 h 30 – 11 h 30
""",
    mentions=["LX-2025-0412", "LX-2025-0437"],
    quote="outlook",
    mailer=OUTLOOK,
    salutation="Madame, Monsieur",
    notes="one grouped payment covered the thread's invoice and another one; both numbers "
    "named; the 28 November date is a past payment, not a promise.",
)

R(
    "mr",
    "F25-0847",
    4860.0,
    "reminder_2",
    "fr",
    "fr",
    "2026-01-06T14:18:00+01:00",
    "Mairie de Saint-Alban-des-Prés – Secrétariat",
    "secretariat@mairie-st-alban-des-pres.fr",
    "already_paid",
    True,
    3,
    """
Madame Roche,

Je fais suite à votre deuxième relance relative à votre facture n° F25-0847 (remplacement des
portes du préau de l'école élémentaire).

Je vous rappelle que la commune, en tant que collectivité territoriale, ne procède pas
elle-même aux paiements : l'ordonnateur émet un mandat, puis le comptable public du Service de
gestion comptable effectue le virement. Le mandat n° 1247 (bordereau n° 86) a été émis et
transmis le 4 décembre 2025 et, d'après la consultation de notre compte Hélios, le paiement a
été exécuté par la DGFiP le 11 décembre 2025 sur le compte bancaire figurant sur votre RIB.

Le libellé du virement reprend le numéro de mandat et non celui de votre facture, ce qui
explique peut-être que vous ne l'ayez pas rapproché. Je vous remercie de bien vouloir
vérifier vos encaissements du mois de décembre et de mettre fin à la procédure de relance.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Hélène Moulin
Secrétaire de mairie
Mairie de Saint-Alban-des-Prés
1 place de la Mairie – 74540 Saint-Alban-des-Prés
Tél. 04 50 00 12 34

Ce message et ses pièces jointes sont établis à l'attention exclusive de leurs destinataires.
Toute utilisation ou diffusion non autorisée est interdite et susceptible de poursuites.
Si vous avez reçu ce message par erreur, merci de le détruire et d'en avertir l'expéditeur.
""",
    mentions=["F25-0847"],
    quote="thunderbird",
    mailer=TB,
    salutation="Madame, Monsieur",
    notes="public-accounting vocabulary (mandat, bordereau, comptable public); the paid date is "
    "in the past; 'poursuites' in the disclaimer is boilerplate, not a threat.",
)

R(
    "fs",
    "FS-25-1342",
    1945.8,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-15T09:05:00+01:00",
    "Secrétariat – Chœur mixte L'Écho du Gibloux",
    "secretariat@echo-du-gibloux.ch",
    "already_paid",
    True,
    3,
    """
Madame Progin,

Je vous écris au nom de notre caissière, Mme Claudine Yerly, qui n'a pas d'adresse
électronique et m'a priée de vous répondre.

Vos honoraires pour la tenue des comptes 2024/2025 de l'association ont été versés le
2 décembre 2025 depuis notre compte postal. Mme Yerly m'indique toutefois qu'elle a
malheureusement utilisé le bulletin QR de votre facture d'acompte FS-25-0978, qu'elle avait
encore dans son classeur, si bien que le paiement porte la référence de cette ancienne facture
(déjà réglée au printemps) et non celle de la facture FS-25-1342.

Pourriez-vous réaffecter ce versement de CHF 1'945.80 à la bonne facture ? Mme Yerly tient à
votre disposition la quittance de La Poste si nécessaire.

Avec nos remerciements et nos bons vœux pour les fêtes,

Pour le comité :
Anne-Laure Clerc, secrétaire
Chœur mixte L'Écho du Gibloux
Case postale 12 – 1726 Farvagny
""",
    mentions=["FS-25-0978", "FS-25-1342"],
    format="alt",
    mailer=APPLE,
    salutation="Madame Claudine Yerly",
    notes="written on behalf of the treasurer; paid with the QR reference of an older, already "
    "settled invoice, so two numbers are named, the old one first.",
)

R(
    "bq",
    "RG25-00884",
    5406.1,
    "reminder_1",
    "de",
    "de",
    "2025-12-01T08:47:00+01:00",
    "Kreditorenbuchhaltung Rigi Logistik AG",
    "kreditoren@rigi-logistik.ch",
    "already_paid",
    True,
    3,
    """
Sehr geehrte Frau Imhof

Wir beziehen uns auf Ihre Zahlungserinnerung zur Rechnung RG25-00884 (Wartung
Lüftungsanlage Halle 3).

Gemäss unseren Unterlagen wurde die Rechnung mit dem Zahlungslauf vom 21.11.2025 zur Zahlung
freigegeben und am 24.11.2025 (Valuta) über CHF 5'406.10 auf Ihr Konto bei der Luzerner
Landbank überwiesen. Die Zahlungsbestätigung unserer Bank finden Sie im Anhang.

Da auf der Zahlung die QR-Referenz angegeben wurde, sollte die Zuordnung eigentlich
problemlos möglich sein. Wir bitten Sie, den Zahlungseingang zu prüfen und die Erinnerung
auszubuchen.

Freundliche Grüsse

i.A. Petra Zimmermann
Sachbearbeiterin Kreditoren

Rigi Logistik AG | Industriestrasse 40 | 6403 Küssnacht
T +41 41 555 20 20 | www.rigi-logistik.ch

Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn
Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und
vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser
E-Mail sind nicht gestattet. Rechtsverbindliche Erklärungen bedürfen der Schriftform.
""",
    mentions=["RG25-00884"],
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    attachments=[("pdf", "Zahlungsbestaetigung_RG25-00884.pdf")],
    salutation="Herr Keller",
    notes="the company wrote to the buyer, the AP clerk answers 'i.A.'; legal words in the "
    "disclaimer are boilerplate.",
)

R(
    "wl",
    "WL25-1171",
    2918.7,
    "reminder_2",
    "de",
    "de",
    "2026-01-08T11:20:00+01:00",
    "Reto Brunner",
    "reto.brunner@schulen-unterrieden.ch",
    "already_paid",
    True,
    3,
    """
Guten Tag Herr Frei

Frau Keller ist noch bis am 12. Januar in den Ferien; ich vertrete sie und habe Ihre Mahnung
in ihrem Postfach gesehen.

Ich habe die Sache mit unserer Finanzverwaltung abgeklärt: Die Rechnung WL25-1171 für das
Hosting der Schulwebsite und die Lernplattform wurde am 29. Dezember 2025 bezahlt (Valuta
30.12.2025), also innerhalb der Frist Ihrer ersten Erinnerung. Bei uns laufen die Zahlungen
der Schulverwaltung über die Gemeindekasse, was jeweils einige Tage dauert; vermutlich
wurde Ihre Mahnung erstellt, bevor die Zahlung bei Ihnen verbucht war.

Ich gehe davon aus, dass die Angelegenheit damit erledigt ist.

Freundliche Grüsse

Reto Brunner
Schulverwaltung Unterrieden
Gemeinde Unterrieden | Dorfstrasse 5 | 8999 Unterrieden
""",
    mentions=["WL25-1171"],
    quote="gmail",
    salutation="Frau Keller",
    notes="a colleague answers for someone on holiday (absence dates are not a promise); the "
    "payment was made after the first reminder, within its deadline.",
)

R(
    "tv",
    "FT25-0781",
    3377.65,
    "reminder_1",
    "it",
    "it",
    "2026-01-13T16:32:00+01:00",
    "Contabilità fornitori – Hotel Lido Brissago",
    "fornitori@hotel-lido-brissago.ch",
    "already_paid",
    True,
    3,
    """
Gentile signora Bernasconi,

in riferimento al Suo promemoria di pagamento relativo alla fattura FT25-0781 (tende
oscuranti per le camere del secondo piano), Le comunichiamo che l'ordine di pagamento è stato
trasmesso ieri, 12 gennaio 2026, tramite il nostro e-banking, con data valuta 14 gennaio 2026.

Il ritardo è dovuto al fatto che la fattura è rimasta in attesa del visto del direttore, che
durante la chiusura annuale dell'albergo era assente. Il Suo promemoria si è
quindi incrociato con il nostro pagamento: La preghiamo di non tenerne conto.

Restiamo volentieri a disposizione e porgiamo cordiali saluti.

Sara Pedrazzini
Contabilità fornitori
Hotel Lido Brissago SA
Lungolago 14 – 6614 Brissago

Questo messaggio è destinato esclusivamente al destinatario indicato e può contenere
informazioni riservate. Se lo avete ricevuto per errore, vi preghiamo di cancellarlo e di
avvisare il mittente.
""",
    mentions=["FT25-0781"],
    quote="outlook",
    outlook_line=False,
    mailer=OUTLOOK,
    salutation="signora Pedrazzini",
    notes="payment order already given (yesterday), but with a value date two days ahead: "
    "still already_paid, the value date is not a promised date.",
)

R(
    "lo",
    "LO-2025-615",
    7416.0,
    "reminder_1",
    "en",
    "en",
    "2025-12-12T10:03:00+01:00",
    "Accounts Payable – Alder Hospitality Group",
    "ap.emea@alder-hospitality.example.com",
    "already_paid",
    True,
    3,
    """
Dear Ms Berthier,

Thank you for your reminder regarding invoice LO-2025-615 (lighting design, Hotel Alder
Lyon Confluence).

Please note that supplier payments for our French properties are centralised and made by our
parent company, Alder Hospitality Holding GmbH, from its account with Kreissparkasse in
Germany. Our shared service centre released a SEPA transfer of EUR 7,416.00 on 3 December
2025, payment reference PAY-2025-118734. As the transfer was ordered by the holding company,
the name on your bank statement will not be that of the hotel.

The remittance advice is attached for your reconciliation. Could you kindly confirm receipt
and update your records accordingly?

Best regards,

Tomasz Wiśniewski
Accounts Payable Specialist – EMEA Shared Service Centre
Alder Hospitality Group

This e-mail and any attachments are confidential and may be legally privileged. If you are
not the intended recipient, please notify the sender and delete it. Any unauthorised use,
disclosure or copying is strictly prohibited. Alder Hospitality Holding GmbH, registered
office Frankfurt am Main, commercial register HRB 000000.
""",
    mentions=["LO-2025-615"],
    format="alt",
    mailer=OUTLOOK,
    attachments=[("pdf", "Remittance_Advice_PAY-2025-118734.pdf")],
    salutation="Sir or Madam",
    notes="paid by a different legal entity (the parent company); 'legally privileged' is "
    "disclaimer boilerplate.",
)

# ----------------------------------------------------------------------------------------------
# payment_promise
# ----------------------------------------------------------------------------------------------

R(
    "lo",
    "LO-2025-612",
    1308.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-10T18:40:00+01:00",
    "Trésorerie – Festival Lumières sur Saône",
    "tresorerie@lumieres-sur-saone.example.org",
    "payment_promise",
    False,
    1,
    """
Bonjour Madame Berthier,

Veuillez nous excuser pour ce retard. Conformément à nos statuts, toute dépense supérieure à
1 000 € doit être validée par le bureau de l'association, qui ne s'est réuni que le 9 décembre.

La facture LO-2025-612 (location des projecteurs pour la soirée d'ouverture) a été approuvée
lors de cette réunion. Notre trésorier, M. Guillaume Perret, effectuera le virement le
vendredi 19 décembre, date de notre prochain passage en banque.

Bien cordialement,

Odile Garnier
Secrétaire générale
Association Festival Lumières sur Saône (loi 1901)
Maison des associations – 28 rue Denfert-Rochereau – 69004 Lyon
""",
    pdate="2025-12-19",
    mentions=["LO-2025-612"],
    quote="gmail",
    salutation="Monsieur Guillaume Perret",
    notes="approval-workflow explanation; the 9 December meeting is past, the 19 December is "
    "the promised payment date; nothing is asked.",
)

R(
    "mr",
    "F26-0012",
    1572.0,
    "invoice",
    "fr",
    "fr",
    "2026-01-14T19:12:00+01:00",
    "Didier Fournier",
    "fournier.plomberie@orange.fr",
    "payment_promise",
    False,
    1,
    """
Bonjour Nathalie,

Bien reçu la facture pour les habillages bois de la salle de bains chez M. et Mme Duret,
merci. Comme d'habitude je te la règle par virement fin du mois, quand je fais tous mes
fournisseurs.

Bonne soirée
Didier

Fournier Plomberie Chauffage – EI
Didier Fournier, artisan
12 chemin des Vernes – 74370 Pringy
06 00 11 22 33
SIRET 000 000 000 00011
""",
    pdate="2026-01-31",
    quote="none",
    mailer=ORANGE,
    charset="windows-1252",
    salutation="Monsieur Fournier",
    notes="craftsman, informal 'tu'; 'fin du mois' resolves to 31 January 2026; a habit of "
    "paying at month end is still a dated promise.",
)

R(
    "bq",
    "RG25-00967",
    3826.75,
    "reminder_2",
    "de",
    "de",
    "2026-01-14T09:31:00+01:00",
    "Sabrina Lüthi",
    "s.luethi@immoverwaltung-seetal.ch",
    "payment_promise",
    False,
    1,
    """
Sehr geehrte Frau Imhof

Besten Dank für Ihre Mahnung zur Rechnung RG25-00967 (Ersatz der Umwälzpumpe, Liegenschaft
Seestrasse 18, Hochdorf).

Wir verwalten die Liegenschaft im Auftrag der Stockwerkeigentümergemeinschaft. Rechnungen
über CHF 3'000.00 benötigen gemäss Reglement das Visum der Präsidentin der STWEG, welche im
Dezember verreist war. Das Visum liegt seit gestern vor.

Die Zahlung erfolgt mit unserem nächsten Zahlungslauf am Dienstag, 20. Januar 2026. Die
Mahngebühr wird selbstverständlich mitüberwiesen.

Freundliche Grüsse

Sabrina Lüthi
Buchhaltung Liegenschaften

Immoverwaltung Seetal AG
Bahnhofstrasse 3 | 6280 Hochdorf
T 041 555 77 10

Diese Nachricht ist ausschliesslich für den Adressaten bestimmt. Sollten Sie diese E-Mail
irrtümlich erhalten haben, bitten wir Sie, den Absender zu informieren und die Nachricht zu
löschen.
""",
    pdate="2026-01-20",
    mentions=["RG25-00967"],
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    notes="long explanation of a double-signature rule sounds like a delay request, but it "
    "announces a dated payment and asks for nothing: a promise.",
)

R(
    "wl",
    "WL25-1102",
    1567.45,
    "reminder_1",
    "de",
    "de",
    "2025-11-25T15:02:00+01:00",
    "Daniela Suter",
    "d.suter@kraft-partner-architekten.ch",
    "payment_promise",
    False,
    1,
    """
Guten Tag Herr Frei

Im Auftrag von Herrn Kraft, der diese Woche auf einer Baustelle im Ausland ist, antworte ich
auf Ihre Zahlungserinnerung.

Herr Kraft hat die Rechnung für die Überarbeitung unserer Website heute Morgen freigegeben.
Da wir die Kreditorenzahlungen einmal pro Woche ausführen, wird der Betrag am kommenden
Freitag überwiesen.

Wir entschuldigen uns für die Verspätung.

Freundliche Grüsse

Daniela Suter
Assistentin der Geschäftsleitung
Kraft & Partner Architekten AG
Limmatquai 90 | 8001 Zürich
""",
    pdate="2025-11-28",
    quote="apple",
    mailer=APPLE,
    salutation="Herr Kraft",
    notes="an assistant answers on the owner's behalf; 'am kommenden Freitag' resolves from "
    "Tuesday 25 November to 28 November.",
)

R(
    "tv",
    "FT25-0769",
    2214.9,
    "reminder_2",
    "it",
    "it",
    "2026-01-15T10:55:00+01:00",
    "Cancelleria comunale di Gordemo",
    "cancelleria@gordemo.example.ch",
    "payment_promise",
    False,
    1,
    """
Egregia signora Bernasconi,

con riferimento al Vostro secondo sollecito, Vi informiamo che la fattura FT25-0769 per la
fornitura dei tendaggi della sala del Consiglio comunale è stata sottoposta al Municipio,
come previsto dal Regolamento comunale per le spese non preventivate.

Il Municipio l'ha approvata nella seduta del 13 gennaio 2026 (risoluzione municipale
n. 45/2026). Il pagamento sarà eseguito dalla Cassa comunale entro la fine del mese corrente.

Ci scusiamo per l'attesa e porgiamo distinti saluti.

Per il Municipio
Il segretario comunale
Fabio Rusconi

Comune di Gordemo – Cancelleria comunale
Piazza della Chiesa 1 – 6699 Gordemo
""",
    pdate="2026-01-31",
    mentions=["FT25-0769"],
    quote="outlook",
    mailer=OUTLOOK,
    salutation="signor Rusconi",
    notes="public body; the resolution date (13 January) is past; 'entro la fine del mese "
    "corrente' resolves to 31 January 2026.",
)

R(
    "lx",
    "LX-2025-0405",
    4375.45,
    "reminder_1",
    "en",
    "en",
    "2025-12-05T12:14:00+01:00",
    "Finance Unit – Global Water Alliance",
    "finance@globalwater-alliance.example.org",
    "payment_promise",
    False,
    1,
    """
Dear Mr Chappuis,

Please accept our apologies for the delay in settling invoice LX-2025-0405 (French and German
translation of our 2025 annual report).

Under our procurement rules every supplier invoice must be approved in our ERP by the budget
holder of the cost centre concerned (CC 4120 – Communications) before Finance can pay it. The
budget holder was on mission in East Africa for most of November and the approval was only
given yesterday.

The invoice is now scheduled for our payment run of 12 December 2025. No further action is
required on your side.

Kind regards,

Ruth Okafor
Finance Assistant
Global Water Alliance
Chemin des Crêts 17, 1218 Le Grand-Saconnex

Please consider the environment before printing this e-mail.
""",
    pdate="2025-12-12",
    mentions=["LX-2025-0405"],
    quote="outlook",
    outlook_line=False,
    mailer=OUTLOOK,
    format="alt",
    salutation="Ms Okafor",
    notes="cost-centre approval explanation; a payment-run date is a promise; 'no further "
    "action required' confirms nothing is asked.",
)

# ----------------------------------------------------------------------------------------------
# delay_request
# ----------------------------------------------------------------------------------------------

R(
    "fs",
    "FS-25-1401",
    3600.0,
    "reminder_2",
    "fr",
    "fr",
    "2026-01-12T20:15:00+01:00",
    "Jean-Marc Bapst",
    "caissier@fc-sarine-juniors.ch",
    "delay_request",
    True,
    2,
    """
Madame Progin,

En ma qualité de caissier du FC Sarine Juniors, je me permets de répondre à votre second
rappel concernant votre facture FS-25-1401 pour la révision de nos comptes et
l'établissement des décomptes AVS des entraîneurs.

Nous ne contestons aucunement votre facture et vous remercions pour le travail effectué.
Toutefois, la subvention communale annuelle sur laquelle repose notre budget ne nous sera
versée qu'au mois de mars, et nos liquidités actuelles ne permettent pas de régler
CHF 3'600.– en une fois.

Le comité vous propose dès lors un paiement en trois versements de CHF 1'200.– chacun, le
31 janvier, le 28 février et le 31 mars 2026. Nous vous serions reconnaissants de bien
vouloir nous confirmer votre accord et, si possible, de renoncer aux frais de rappel.

En vous remerciant de votre compréhension, je vous adresse mes meilleures salutations.

Jean-Marc Bapst
Caissier – FC Sarine Juniors
Case postale 88 – 1700 Fribourg
""",
    pdate="2026-01-31",
    mentions=["FS-25-1401"],
    quote="gmail",
    salutation="Monsieur Jean-Marc Bapst",
    notes="dated instalment plan: pauses, first instalment is the date; asking to waive the "
    "reminder fee is a favour, not a contestation.",
)

R(
    "mr",
    "F25-0842",
    2316.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-18T07:48:00+01:00",
    "Maçonnerie Dupraz",
    "maconnerie.dupraz@wanadoo.fr",
    "delay_request",
    False,
    2,
    """
Bonjour Madame Roche,

J'ai bien eu votre courrier pour la facture des coffrages bois du chantier de Sillingy. Je ne
conteste pas, le travail est bien fait et le maître d'ouvrage est content.

Le problème c'est que le promoteur ne m'a toujours pas réglé ma situation de travaux de
septembre et je suis à découvert depuis novembre. Je vous demande donc un peu de patience,
je vous réglerai dès que les fonds seront rentrés, je fais au plus vite.

Désolé pour le dérangement et bonnes fêtes quand même.

Patrick Dupraz
Maçonnerie Dupraz
Route de la Caille – 74330 Sillingy
""",
    quote="none",
    mailer=ORANGE,
    salutation="Monsieur Dupraz",
    notes="craftsman, no date at all ('dès que les fonds seront rentrés'): a vague delay, does "
    "not pause; 'je ne conteste pas' is a negation.",
)

R(
    "bq",
    "RG25-00958",
    12863.9,
    "reminder_3",
    "de",
    "de",
    "2026-01-27T13:40:00+01:00",
    "Martin Schnyder",
    "martin.schnyder@pilatus-feinmechanik.ch",
    "delay_request",
    True,
    2,
    """
Sehr geehrte Damen und Herren

Ihre letzte Mahnung vom 25. Januar zur Rechnung RG25-00958 (Sanierung Heizzentrale,
Teilrechnung 2) haben wir erhalten.

Vorab: Wir anerkennen die Forderung vollumfänglich, und die Arbeiten wurden zu unserer
Zufriedenheit ausgeführt. Der Zahlungsverzug ist ausschliesslich auf die Umstellung unseres
ERP-Systems per 1. Januar 2026 zurückzuführen. Während der Migration der Kreditorenstammdaten
sind sämtliche Lieferantenzahlungen bis voraussichtlich 9. Februar blockiert.

Wir ersuchen Sie daher höflich, von der Einleitung einer Betreibung abzusehen und uns eine
Zahlungsfrist bis zum 13. Februar 2026 einzuräumen. Für Ihr Verständnis danken wir Ihnen im
Voraus.

Freundliche Grüsse

Martin Schnyder
Leiter Finanzen und Controlling
Mitglied der Geschäftsleitung

Pilatus Feinmechanik AG
Ringstrasse 22 | CH-6010 Kriens
www.pilatus-feinmechanik.ch

Vertraulichkeitshinweis: Diese Nachricht und allfällige Anhänge sind vertraulich und
ausschliesslich für den bezeichneten Empfänger bestimmt. Jede Haftung für Schäden, die durch
Viren oder die Übermittlung entstehen, wird abgelehnt.
""",
    pdate="2026-02-13",
    mentions=["RG25-00958"],
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    cc="Beat Aregger <b.aregger@pilatus-feinmechanik.ch>",
    notes="answer to the last reminder mentioning Betreibung, but it asks for a deadline "
    "(13 February): a dated delay request, not a promise; the blocking date 9 February is not the "
    "promised date; 'Haftung ... abgelehnt' is disclaimer.",
)

R(
    "wl",
    "WL26-0011",
    980.3,
    "reminder_1",
    "de",
    "de",
    "2026-02-23T17:26:00+01:00",
    "Verein Quartiertreff Hard",
    "vorstand@quartiertreff-hard.example.ch",
    "delay_request",
    False,
    2,
    """
Sehr geehrter Herr Frei

Besten Dank für Ihre Erinnerung. Wir bedauern die Verzögerung sehr.

Unser langjähriger Kassier ist Anfang Februar krankheitsbedingt ausgefallen, und der Vorstand
ist derzeit daran, die Kasse interimistisch neu zu besetzen. Solange die Zeichnungsberechtigung
bei der Bank nicht auf eine andere Person übertragen ist, können wir leider keine Zahlungen
auslösen.

Wir bitten Sie deshalb um etwas Geduld. Sobald die Vollmacht geregelt ist, begleichen wir
Ihre Rechnung für das Hosting und den Support umgehend.

Mit freundlichen Grüssen

Für den Vorstand
Cornelia Widmer, Präsidentin
Verein Quartiertreff Hard, Zürich
""",
    quote="thunderbird",
    mailer=TB,
    salutation="Herr Hänni",
    notes="association; the only date (early February) is past and the payment depends on a "
    "condition: vague delay, does not pause.",
)

R(
    "tv",
    "FT25-0795",
    4180.0,
    "reminder_2",
    "it",
    "it",
    "2026-02-02T11:08:00+01:00",
    "Amministrazione – Albergo Monte Verità Sport",
    "amministrazione@monteverita-sport.example.ch",
    "delay_request",
    True,
    2,
    """
Gentile signora Bernasconi,

abbiamo ricevuto il Vostro secondo sollecito relativo alla fattura per la biancheria da
camera e, prima di tutto, ci scusiamo per il ritardo.

Come ogni anno, il nostro albergo resta chiuso da novembre a metà febbraio e gli incassi
riprendono solo con la stagione primaverile. Vi chiediamo pertanto una dilazione di
pagamento in due rate: una prima rata di CHF 2'000.00 entro il 15 febbraio e il saldo di
CHF 2'180.00 entro il 15 marzo 2026.

Restiamo in attesa di una Vostra conferma e Vi ringraziamo per la comprensione.

Cordiali saluti

Marco Gianella
Direzione amministrativa
Albergo Monte Verità Sport
Via Collina 3 – 6612 Ascona
""",
    pdate="2026-02-15",
    quote="gmail",
    format="alt",
    salutation="signor Gianella",
    notes="two dated instalments (first one is the date); the seasonal closure period is "
    "not a promise; no invoice number written.",
)

R(
    "lo",
    "LO-2025-692",
    5280.0,
    "reminder_2",
    "en",
    "en",
    "2026-02-04T09:12:00+01:00",
    "Bursar – International School of the Rhône Valley",
    "bursar@isrv.example.org",
    "delay_request",
    True,
    2,
    """
Dear Ms Berthier,

Thank you for your second reminder regarding invoice LO-2025-692 for the new stage lighting
in our auditorium, which we are very pleased with.

I am afraid we are unable to settle it this month. Capital expenditure at the school is
funded by quarterly tranches from our foundation, and the next tranche will only reach our
account at the end of February.

Would it be acceptable for us to pay the invoice in full on 27 February 2026? I would be
grateful if you could confirm this, and also let me know whether the late-payment penalties
mentioned in your letter would still apply in that case.

With many thanks for your understanding,

Fiona McAllister
Bursar
International School of the Rhône Valley
12 avenue des Marronniers, 69005 Lyon

The information in this e-mail is confidential and intended solely for the addressee.
""",
    pdate="2026-02-27",
    mentions=["LO-2025-692"],
    quote="gmail",
    format="alt",
    salutation="Ms McAllister",
    notes="'Would it be acceptable ... on 27 February?' asks for time (a delay with a date), "
    "not a promise; asking whether penalties apply is a question, not a contestation.",
)

# ----------------------------------------------------------------------------------------------
# contestation
# ----------------------------------------------------------------------------------------------

R(
    "lx",
    "LX-2025-0491",
    3183.55,
    "invoice",
    "fr",
    "fr",
    "2025-12-04T15:36:00+01:00",
    "Service cantonal de la mobilité – Secrétariat général",
    "sg.mobilite@etat-cantonal.example.ch",
    "contestation",
    True,
    3,
    """
Monsieur,

Nous accusons réception de votre facture LX-2025-0491 relative à la traduction en allemand de
notre rapport « Plan directeur des mobilités douces 2026–2030 ».

Or, votre offre n° D-2025-211 du 8 septembre 2025, que nous avons acceptée par bon de
commande n° 4500012874, prévoyait un forfait de CHF 2'400.– hors TVA pour l'ensemble du
document. Votre facture, établie à la page (31 pages à CHF 95.–, soit CHF 2'945.– hors TVA),
ne correspond pas à cet engagement, et aucun avenant ne nous a été soumis.

Nous ne pouvons donc pas valider la différence de CHF 545.– hors TVA. Afin de ne pas vous
pénaliser, nous réglerons d'ici au 19 décembre 2025 le montant correspondant à l'offre, soit
CHF 2'594.40 TVA comprise, et vous prions de nous adresser une note de crédit pour le solde.

Veuillez agréer, Monsieur, nos salutations distinguées.

Claire Monney
Adjointe administrative
Secrétariat général – Service cantonal de la mobilité
Rue des Granges 10 – Case postale – 1950 Sion

Ce courriel et ses annexes sont confidentiels. S'ils ne vous sont pas destinés, merci d'en
informer l'expéditeur et de les détruire. L'administration cantonale décline toute
responsabilité quant au contenu des messages non signés électroniquement.
""",
    amount=545.0,
    pdate="2025-12-19",
    mentions=["LX-2025-0491"],
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    salutation="Madame, Monsieur",
    notes="partial payment: pays the quoted price by a date and contests the excess over the "
    "quote (545 excl. VAT as written); offer, PO and credit-note numbers are not invoices.",
)

R(
    "mr",
    "F25-0866",
    9744.0,
    "reminder_2",
    "fr",
    "fr",
    "2026-01-09T11:25:00+01:00",
    "Services techniques – Mairie de Montrottier-en-Genevois",
    "services.techniques@montrottier-en-genevois.fr",
    "contestation",
    True,
    3,
    """
Madame,

Nous faisons suite à votre relance du 7 janvier 2026 concernant la facture n° F25-0866
(fourniture et pose du mobilier de la salle du conseil et des portes de la salle polyvalente).

Nous vous rappelons que la réception des travaux a été prononcée avec réserves le
6 novembre 2025, en présence de M. Roche (procès-verbal signé par les deux parties) : les
plinthes de la salle du conseil n'ont pas été posées et la porte à double battant de la salle
polyvalente ne ferme pas correctement. À ce jour, aucune de ces réserves n'a été levée
malgré nos deux appels téléphoniques de décembre.

Dans ces conditions, la commune ne peut pas engager le mandatement de la facture. Le
paiement sera ordonnancé dès la levée des réserves constatée par nos services. Nous vous
remercions de prendre contact avec M. Lachenal, responsable des services techniques, afin de
convenir d'une date d'intervention.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Pour le Maire et par délégation,
Sylvie Perrillat
Directrice générale des services
Mairie de Montrottier-en-Genevois – 74350
""",
    amount=9744.0,
    mentions=["F25-0866"],
    quote="outlook",
    mailer=OUTLOOK,
    charset="windows-1252",
    salutation="Madame, Monsieur",
    notes="the whole invoice is withheld until the reservations are lifted (work not "
    "finished): full amount; firm but factual and conditional, urgency 3.",
)

R(
    "lo",
    "LO-2025-689",
    6192.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-01-20T14:02:00+01:00",
    "Régie – Musée des Canuts et de la Soie",
    "regie@musee-canuts.example.fr",
    "contestation",
    True,
    3,
    """
Bonjour Madame Berthier,

Suite à votre rappel, je vous informe que nous avons réglé dans les délais votre facture
d'acompte LO-2025-588 et que nous venons de virer ce jour la partie non contestée de la
facture de solde LO-2025-689, soit 5 268,00 € TTC.

En effet, la facture LO-2025-689 mentionne la fourniture de 6 projecteurs à découpe
« Profil 750 » alors que le bon de livraison du 14 novembre, signé par notre régisseur, n'en
indique que 4, ce que nous avons pu vérifier sur place. Les 2 projecteurs manquants
(2 × 385,00 € HT, soit 924,00 € TTC) ne sont pas dus à ce stade.

Si ces deux projecteurs doivent encore être livrés, merci de nous indiquer une date ; à
défaut, nous attendons un avoir correspondant.

Cordialement,

Karim Bensaïd
Régisseur général
Musée des Canuts et de la Soie – Ville de Lyon
""",
    amount=924.0,
    mentions=["LO-2025-588", "LO-2025-689"],
    quote="gmail",
    format="alt",
    salutation="Monsieur Bensaïd",
    notes="two invoices named (deposit paid, balance partly paid today); the dispute is 2 "
    "undelivered projectors stated TTC; paying today is a past/done payment, not a promise.",
)

R(
    "fs",
    "FS-25-1298",
    6348.17,
    "reminder_1",
    "de",
    "de",
    "2025-11-20T10:10:00+01:00",
    "Andrea Vonlanthen",
    "a.vonlanthen@sensebau.ch",
    "contestation",
    True,
    4,
    """
Sehr geehrte Frau Progin

Wir haben Ihre Zahlungserinnerung zur Rechnung FS-25-1298 erhalten. Unten finden Sie die
interne Stellungnahme unseres Verwaltungsratspräsidenten, die ich Ihnen mit seinem
Einverständnis weiterleite.

Für den Jahresabschluss 2024 haben wir gemäss Mandatsvertrag vom 3. März 2025 ein
Pauschalhonorar von CHF 4'800.00 zuzüglich MWST vereinbart. Die Pauschale überweisen wir.
Die zusätzlich verrechneten 6.5 Stunden à CHF 165.00 für „Zusatzabklärungen MWST" wurden
weder angekündigt noch von uns in Auftrag gegeben. Diesen Betrag werden wir nicht bezahlen.

Bitte stellen Sie uns eine korrigierte Rechnung zu.

Freundliche Grüsse
Andrea Vonlanthen
Administration / Buchhaltung
Sense Bau AG, Tafers

-----Ursprüngliche Nachricht-----
Von: Urs Jungo <u.jungo@sensebau.ch>
Gesendet: Mittwoch, 19. November 2025 17:52
An: Andrea Vonlanthen <a.vonlanthen@sensebau.ch>
Betreff: AW: Zahlungserinnerung FS-25-1298

Andrea, die Pauschale ist ok. Die 6.5 h MWST-Abklärungen haben wir nie bestellt, die zahlen
wir nicht. Bitte so der Treuhand mitteilen.
Gruss Urs
""",
    amount=1072.5,
    mentions=["FS-25-1298"],
    quote="forward",
    internal=True,
    mailer=OUTLOOK,
    re="WG:",
    salutation="Herr Jungo",
    notes="forward of an internal exchange (the chairman's words count as the customer's); "
    "6.5 h x 165 = 1072.50 excl. VAT; explicit refusal to pay that part, urgency 4; the "
    "undisputed part has no date.",
)

R(
    "wl",
    "WL25-1163",
    14051.4,
    "reminder_3",
    "de",
    "de",
    "2026-01-20T08:05:00+01:00",
    "Thomas Egli",
    "t.egli@egli-gartenbau.ch",
    "contestation",
    True,
    5,
    """
Herr Frei

Dass Sie uns jetzt auch noch mit der Betreibung drohen, schlägt dem Fass den Boden aus.

Zur Erinnerung: Der Relaunch unseres Online-Shops wurde auf Ende September zugesichert.
Online ging er am 4. November, und seither funktioniert weder der Warenkorb auf Mobilgeräten
noch die Schnittstelle zu unserer Lagerbewirtschaftung. Wir haben Ihnen dies am 6., 13. und
27. November sowie am 9. Dezember schriftlich gemeldet. Behoben wurde nichts.

Wir haben den Vertrag mit Schreiben vom 15. Dezember 2025 per Ende Jahr gekündigt. Die
Rechnung WL25-1163 über CHF 14'051.40 anerkennen wir nicht, und sie wird nicht bezahlt. Die
Angelegenheit liegt inzwischen bei unserem Rechtsanwalt, lic. iur. Stefan Hürlimann,
Winterthur. Einen allfälligen Zahlungsbefehl werden wir mit Rechtsvorschlag beantworten.

Thomas Egli
Geschäftsführer
Egli Gartenbau AG | Seuzach
""",
    amount=14051.4,
    mentions=["WL25-1163"],
    quote="outlook",
    mailer=OUTLOOK,
    notes="contract cancelled, lawyer instructed, whole invoice refused: urgency 5; the "
    "November and December dates are past complaints.",
)

R(
    "tv",
    "FT26-0019",
    3562.98,
    "reminder_1",
    "it",
    "it",
    "2026-02-25T09:44:00+01:00",
    "Ufficio acquisti – Arredamenti Cattaneo SA",
    "acquisti@cattaneo-arredamenti.example.ch",
    "contestation",
    True,
    3,
    """
Gentile signora Bernasconi,

facciamo seguito al Vostro promemoria per la fattura FT26-0019 relativa al nostro ordine
n. 2026-114 (8 rotoli di tessuto bouclé color sabbia).

Al controllo in entrata abbiamo riscontrato che 3 rotoli su 8 presentano differenze di
tonalità evidenti rispetto al campione approvato (vedi fotografie allegate); non possono
quindi essere utilizzati per la commessa del nostro cliente. Il 23 febbraio abbiamo pagato i
5 rotoli conformi e teniamo a Vostra disposizione i 3 rotoli difettosi per il ritiro.

Contestiamo pertanto l'importo relativo ai 3 rotoli, cioè 3 × CHF 412.00 IVA esclusa, e Vi
chiediamo una nota di credito oppure la sostituzione con rotoli dello stesso bagno di colore.

Distinti saluti

Lorenza Cattaneo
Responsabile acquisti
Arredamenti Cattaneo SA – Via Cantonale 41 – 6900 Lugano
""",
    amount=1236.0,
    mentions=["FT26-0019"],
    quote="gmail",
    format="alt",
    attachments=[("jpg", "rotolo_3.jpg"), ("jpg", "rotolo_7.jpg")],
    salutation="signora Cattaneo",
    notes="partial payment already made (past date) plus a contested part of 3 x 412 excl. VAT; "
    "the order number is not an invoice.",
)

R(
    "bq",
    "RG25-00995",
    1886.55,
    "reminder_2",
    "en",
    "en",
    "2026-01-16T13:17:00+01:00",
    "Facilities Office – Lakeside International School",
    "facilities@lakeside-school.example.ch",
    "contestation",
    True,
    3,
    """
Dear Ms Imhof,

Thank you for your second reminder on invoice RG25-00995 (annual boiler service). That
invoice is approved and will be paid in our payment run next Wednesday; please accept our
apologies for the delay, which was caused by our year-end closing.

However, I must raise an issue with your other invoice, RG25-01021, for the call-out of
8 December. It bills 3.5 hours of technician time, whereas our visitor log shows that your
technician signed in at 09:40 and out at 11:10, i.e. 1.5 hours on site. We therefore dispute
2 hours at CHF 145.00 and would ask you to issue a corrected invoice. We will not pay
RG25-01021 until then.

Best regards,

Daniel Hughes
Facilities Manager
Lakeside International School
Seeburgstrasse 45, 6006 Luzern
""",
    amount=290.0,
    pdate="2026-01-21",
    mentions=["RG25-00995", "RG25-01021"],
    quote="outlook",
    outlook_line=False,
    mailer=OUTLOOK,
    salutation="Mr Hughes",
    notes="the thread's invoice is promised for next Wednesday (21 January), the dispute is "
    "about another invoice (2 h x 145 = 290): pauses for RG25-01021, second issue is a promise.",
)

# ----------------------------------------------------------------------------------------------
# invoice_error
# ----------------------------------------------------------------------------------------------

R(
    "lx",
    "LX-2025-0488",
    1654.9,
    "invoice",
    "fr",
    "fr",
    "2025-12-03T08:58:00+01:00",
    "Centrale des factures – Administration cantonale",
    "centrale.factures@etat-cantonal.example.ch",
    "invoice_error",
    True,
    4,
    """
Madame, Monsieur,

Votre facture LX-2025-0488, adressée directement à l'Office cantonal de la formation
professionnelle, nous a été transmise pour traitement. Elle ne peut malheureusement pas être
saisie en l'état pour les raisons suivantes :

- le numéro d'engagement (bon de commande SAP, commençant par 45000…) ne figure pas sur la
  facture ;
- la facture doit être libellée à l'ordre de « État – Centrale des factures, case postale
  1234, 1951 Sion », avec mention de l'office commanditaire.

Nous vous prions de bien vouloir établir une nouvelle facture comportant ces éléments et de
nous la faire parvenir au format PDF à l'adresse ci-dessus. Nous attirons votre attention sur
le fait que le dernier paiement de l'exercice 2025 aura lieu le 17 décembre : toute facture
corrigée reçue après le 12 décembre sera reportée sur l'exercice 2026.

Avec nos salutations distinguées.

Centrale des factures
Service des finances – Administration cantonale
Ce message a été envoyé depuis une boîte fonctionnelle ; merci de ne pas répondre à
l'expéditeur individuel.
""",
    mentions=["LX-2025-0488"],
    quote="none",
    mailer=OX,
    salutation="Madame, Monsieur",
    notes="missing PO (engagement number) and wrong addressee, with a deadline tied to the "
    "year-end payment run: blocking formal error, urgency 4; the two dates are not promises.",
)

R(
    "lo",
    "LO-2025-607",
    3840.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-11-27T16:21:00+01:00",
    "Comptabilité – SCIC La Fabrique Commune",
    "compta@lafabriquecommune.example.coop",
    "invoice_error",
    True,
    3,
    """
Bonjour,

Nous avons bien reçu votre rappel et nous vous prions d'excuser notre silence.

Votre facture LO-2025-607 est libellée au nom de l'« Association La Fabrique Commune », or
la commande des suspensions pour notre salle de réunion a été passée, et signée, par la
SCIC La Fabrique Commune (société coopérative d'intérêt collectif), qui est une personne
morale distincte de l'association (SIRET 000 111 222 00018, TVA intracommunautaire
FR00 000111222).

Notre expert-comptable ne nous autorise pas à comptabiliser une facture établie au nom d'une
autre entité. Pourriez-vous nous adresser une facture rectifiée au nom et à l'adresse de la
SCIC (même adresse postale) ? Le paiement sera effectué dès réception.

Bien à vous,

Léa Marchand
Chargée de gestion administrative et financière
SCIC La Fabrique Commune – 5 rue des Tanneurs – 69007 Lyon
""",
    mentions=["LO-2025-607"],
    quote="thunderbird",
    mailer=TB,
    salutation="Madame, Monsieur",
    notes="wrong legal entity (association vs cooperative); 'paiement dès réception' has no date.",
)

R(
    "bq",
    "RG25-00893",
    2762.45,
    "reminder_1",
    "de",
    "de",
    "2025-12-11T10:35:00+01:00",
    "Kreditoren – Hotel Schweizerhof Engelberg",
    "kreditoren@schweizerhof-engelberg.example.ch",
    "invoice_error",
    True,
    3,
    """
Sehr geehrte Frau Imhof

Ihre Zahlungserinnerung betreffend die Rechnung RG25-00893 haben wir erhalten.

Nach unserer Prüfung handelt es sich bei dieser Rechnung um ein Duplikat der Rechnung
RG25-00861: Beide betreffen die gleiche Leistung (Quartalsservice Lüftungsanlage Wellness,
3. Quartal 2025), denselben Rapport Nr. 7781 und denselben Betrag von CHF 2'762.45. Die
Rechnung RG25-00861 haben wir am 14. Oktober 2025 bezahlt.

Wir bitten Sie, die Rechnung RG25-00893 zu stornieren und uns eine entsprechende Gutschrift
oder Stornobestätigung zuzustellen.

Freundliche Grüsse

Brigitte Amstutz
Leiterin Rechnungswesen
Hotel Schweizerhof Engelberg AG
Dorfstrasse 12 | 6390 Engelberg
""",
    amount=2762.45,
    mentions=["RG25-00893", "RG25-00861"],
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    charset="iso-8859-1",
    salutation="Frau Amstutz",
    notes="duplicate invoice, not already_paid (the payment was for the other, original "
    "invoice): full amount disputed; two numbers named.",
)

R(
    "wl",
    "WL26-0019",
    3567.3,
    "invoice",
    "de",
    "de",
    "2026-01-19T14:50:00+01:00",
    "Finanzverwaltung Gemeinde Rüttenau",
    "finanzen@ruettenau.example.ch",
    "invoice_error",
    True,
    3,
    """
Sehr geehrte Damen und Herren

Besten Dank für Ihre Rechnung WL26-0019 für die Neugestaltung unseres Gemeindeportals.

Wir können die Rechnung leider nicht verarbeiten und senden sie Ihnen zur Korrektur zurück:

- Seit der Fusion der Gemeinden Ober- und Unterrüttenau per 1. Januar 2025 lautet die
  Rechnungsadresse: Gemeinde Rüttenau, Finanzverwaltung, Postfach, 8999 Rüttenau. Die
  Rechnung ist an die ehemalige Gemeinde Oberrüttenau adressiert.
- Auf der Rechnung fehlt Ihre MWST-Nummer (UID mit Zusatz MWST), ohne die wir die
  Vorsteuer nicht geltend machen können.

Bitte stellen Sie uns eine korrigierte Rechnung aus. Am Inhalt und am Betrag haben wir
nichts auszusetzen.

Freundliche Grüsse

Finanzverwaltung Gemeinde Rüttenau
Marianne Gut, Leiterin Finanzen
Gemeindehausplatz 1 | 8999 Rüttenau
""",
    mentions=["WL26-0019"],
    quote="none",
    format="html",
    salutation="Frau Gut",
    notes="two formal defects (old address after a municipal merger, missing VAT number); "
    "'nichts auszusetzen' at content and amount; HTML-only.",
)

R(
    "tv",
    "FT25-0744",
    1832.15,
    "reminder_1",
    "it",
    "it",
    "2025-12-22T15:06:00+01:00",
    "Contabilità – Clinica Val Maggia",
    "contabilita@clinica-valmaggia.example.ch",
    "invoice_error",
    True,
    3,
    """
Gentili signore e signori,

in merito al Vostro promemoria, desideriamo informarVi che la fattura FT25-0744 (tendaggi
ignifughi per il reparto di degenza) non è stata pagata perché il nostro sistema di gestione
fornitori l'ha respinta automaticamente.

Tutte le fatture destinate alla Clinica devono riportare il numero dell'ordine d'acquisto
(ODA) e il centro di costo; nel caso specifico ODA 2025-0877, centro di costo 3120 –
Reparto degenza. La fattura ricevuta non riporta nessuno dei due riferimenti.

Vi preghiamo di farci pervenire una fattura corretta: sarà pagata alla prossima scadenza
utile.

Cordiali saluti

Ivana Martinetti
Contabilità fornitori
Clinica Val Maggia SA – 6670 Avegno

AVVISO DI RISERVATEZZA: le informazioni contenute in questo messaggio sono riservate e ad uso
esclusivo del destinatario.
""",
    mentions=["FT25-0744"],
    quote="outlook",
    mailer=OUTLOOK,
    salutation="signora Martinetti",
    notes="missing PO and cost centre (ODA number is not an invoice number); no deadline, "
    "urgency 3.",
)

R(
    "fs",
    "FS-25-1375",
    2270.1,
    "reminder_2",
    "de",
    "mixed",
    "2026-01-07T09:27:00+01:00",
    "Nadia Schorro",
    "n.schorro@seeland-metallbau.ch",
    "invoice_error",
    True,
    3,
    """
Guten Tag Frau Progin

Wir haben Ihre Mahnung erhalten. Die Rechnung FS-25-1375 ist auf die „Seeland Metallbau
GmbH" ausgestellt. Seit der Umwandlung im Juni 2025 firmieren wir jedoch als „Seeland
Metallbau AG" mit neuer UID-Nummer CHE-000.111.222, und unsere Adresse ist neu
Industriestrasse 9 in Murten.

Pour notre comptable, Mme Piller, qui ne lit pas l'allemand : la facture doit être refaite
au nom de Seeland Metallbau SA, Industriestrasse 9, 3280 Morat. Dès réception de la facture
corrigée, nous la réglerons.

Freundliche Grüsse / Meilleures salutations

Nadia Schorro
Administration
Seeland Metallbau AG / SA
Industriestrasse 9 | 3280 Murten / Morat
""",
    mentions=["FS-25-1375"],
    client_lang="de",
    quote="gmail",
    format="alt",
    cc="Sylvie Piller <s.piller@seeland-metallbau.ch>",
    notes="German then French paragraph (mixed); wrong entity and address after a change of "
    "legal form; the French paragraph restates the request for the accountant.",
)

# ----------------------------------------------------------------------------------------------
# copy_request
# ----------------------------------------------------------------------------------------------

R(
    "mr",
    "F25-0838",
    3216.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-16T10:48:00+01:00",
    "Comptabilité – Mairie de Vallières-sur-Fier",
    "comptabilite@mairie-vallieres-sur-fier.example.fr",
    "copy_request",
    False,
    2,
    """
Madame,

Nous accusons réception de votre rappel concernant la facture F25-0838 (rayonnages de la
bibliothèque municipale).

Nous vous informons que, conformément à la réglementation, les fournisseurs des collectivités
territoriales doivent déposer leurs factures sur le portail Chorus Pro ; les factures
adressées par courriel ou par courrier ne peuvent pas être mises en paiement par le
comptable public. Nous n'avons trouvé aucun dépôt à votre nom sur le portail.

Nous vous remercions de bien vouloir y déposer la facture en utilisant les références
suivantes : SIRET de la commune 000 222 333 00012, code service « BIBLIO ». Les travaux ont
été réalisés à notre entière satisfaction et la facture sera mandatée dès son dépôt.

Veuillez agréer, Madame, nos salutations distinguées.

Service comptabilité
Mairie de Vallières-sur-Fier
""",
    mentions=["F25-0838"],
    quote="thunderbird",
    mailer=TB,
    salutation="Madame, Monsieur",
    notes="asks for the invoice to be sent again through the public e-invoicing portal; the "
    "invoice itself is not defective and the work is praised: copy_request, not invoice_error.",
)

R(
    "bq",
    "RG26-00018",
    945.8,
    "invoice",
    "de",
    "de",
    "2026-01-22T11:02:00+01:00",
    "Claudia Marti",
    "claudia.marti@holzbau-muri.ch",
    "copy_request",
    False,
    2,
    """
Guten Tag Frau Imhof

Ich antworte im Namen von Herrn Muri, an den Ihre Rechnung persönlich adressiert war.

Wir bitten Sie, Rechnungen künftig nicht mehr an einzelne Mitarbeitende, sondern
ausschliesslich an unsere Kreditorenadresse kreditoren@holzbau-muri.ch zu senden, damit sie
direkt in unseren Visumslauf gelangen.

Zudem lässt sich das PDF im Anhang Ihrer E-Mail bei uns nicht öffnen (Fehlermeldung
„Datei beschädigt"). Könnten Sie uns die Rechnung RG26-00018 bitte nochmals als PDF mit
QR-Teil an die obige Adresse schicken?

Besten Dank und freundliche Grüsse

Claudia Marti
Assistentin Geschäftsleitung
Holzbau Muri AG | Werkstrasse 7 | 6130 Willisau
""",
    mentions=["RG26-00018"],
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    salutation="Herr Muri",
    notes="assistant on behalf of the boss; two requests (new recipient for future invoices, "
    "resend an unreadable PDF): both copy requests.",
)

R(
    "tv",
    "FT25-0758",
    2598.6,
    "reminder_1",
    "it",
    "it",
    "2025-12-29T10:12:00+01:00",
    "Segreteria – Fondazione Casa Anziani San Rocco",
    "segreteria@casa-sanrocco.example.ch",
    "copy_request",
    False,
    2,
    """
Gentile signora Bernasconi,

abbiamo ricevuto il Vostro promemoria, ma non troviamo traccia della fattura FT25-0758 nei
nostri archivi: probabilmente è stata inviata al vecchio indirizzo della nostra
amministrazione.

Per consentire al nostro Consiglio di fondazione di approvarla, Vi chiediamo gentilmente di
inviarci una copia della fattura con la polizza di versamento QR e, per la nostra revisione
di fine anno, anche una copia della fattura FT25-0690 di settembre, che risulta pagata ma di
cui ci manca il documento.

Vi ringraziamo e porgiamo cordiali saluti.

Graziella Fumagalli
Segretaria amministrativa
Fondazione Casa Anziani San Rocco – 6616 Losone
""",
    mentions=["FT25-0758", "FT25-0690"],
    quote="gmail",
    salutation="signora Fumagalli",
    notes="'non troviamo traccia' is not a contestation, only a request for copies of two "
    "invoices; the September one is paid (not an already_paid claim about the thread's).",
)

R(
    "wl",
    "WL25-1118",
    5188.8,
    "reminder_1",
    "en",
    "en",
    "2025-12-02T17:33:00+01:00",
    "Accounts Payable – Nordstern Pharma Services AG",
    "ap@nordstern-pharma.example.ch",
    "copy_request",
    False,
    2,
    """
Dear Mr Frei,

Thank you for your reminder. We are currently reconciling our supplier ledger for the
year-end audit and have found several differences on your account.

Could you please send us a full statement of account listing all open items as of today,
together with copies of invoices WL25-1118 and WL25-1096? Invoice WL25-1096 does not appear
in our system at all, so we may simply never have received it.

Once we have the documents we will come back to you without delay.

Kind regards,

Sophie Lang
Accounts Payable
Nordstern Pharma Services AG
Grossmattstrasse 11, 8902 Urdorf

CONFIDENTIALITY NOTICE: This message may contain confidential or legally privileged
information. If you are not the intended recipient, please delete it and notify the sender.
""",
    mentions=["WL25-1118", "WL25-1096"],
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    salutation="Sir or Madam",
    notes="'several differences' sounds like a dispute but only a statement and copies are "
    "asked for; 'legally privileged' is disclaimer.",
)

# ----------------------------------------------------------------------------------------------
# acknowledgement
# ----------------------------------------------------------------------------------------------

R(
    "fs",
    "FS-25-1420",
    1134.0,
    "invoice",
    "fr",
    "fr",
    "2025-12-19T08:30:00+01:00",
    "Secrétariat – Paroisse réformée de la Broye",
    "secretariat@paroisse-broye.example.ch",
    "acknowledgement",
    False,
    1,
    """
Madame Progin,

Nous accusons bonne réception de votre facture FS-25-1420 pour l'établissement des
décomptes de salaires 2025, que nous avons transmise à notre caissier pour le circuit de
visa habituel (visa du président du conseil de paroisse, puis paiement).

Nous relevons avec plaisir que, contrairement à l'an dernier, la facture est cette fois
correctement adressée à la paroisse et non plus à l'ancienne adresse du pasteur. Merci
d'avoir tenu compte de notre remarque.

Avec nos meilleures salutations,

Françoise Rapin
Secrétaire du conseil de paroisse
Paroisse réformée de la Broye – 1530 Payerne
""",
    mentions=["FS-25-1420"],
    quote="none",
    format="alt",
    salutation="Madame, Monsieur",
    notes="acknowledgement that recalls a past addressing error, now fixed: nothing to do, not "
    "an invoice_error.",
)

R(
    "bq",
    "RG26-00031",
    4218.25,
    "invoice",
    "de",
    "de",
    "2026-01-28T16:44:00+01:00",
    "Monika Bucher",
    "m.bucher@gewerbezentrum-sursee.ch",
    "acknowledgement",
    False,
    1,
    """
Guten Tag Frau Imhof

Besten Dank für Ihre Rechnung. Zu Ihrer Information leite ich Ihnen unten die interne
Weiterleitung an unseren Bereichsleiter weiter: Die Rechnung ist im Visumslauf, Sie müssen
nichts weiter unternehmen.

Freundliche Grüsse
Monika Bucher
Sekretariat Gewerbezentrum Sursee AG

---------- Weitergeleitete Nachricht ---------
Von: Monika Bucher <m.bucher@gewerbezentrum-sursee.ch>
An: Roman Estermann <r.estermann@gewerbezentrum-sursee.ch>

Hallo Roman
Anbei die Rechnung RG26-00031 von Bergquell (neue Enthärtungsanlage Trakt B). Bitte visieren,
Kostenstelle 4410 Unterhalt Gebäude. Danke!
Monika
""",
    mentions=["RG26-00031"],
    quote="forward",
    internal=True,
    re="WG:",
    mailer=OUTLOOK,
    salutation="Herr Estermann",
    notes="internal forward (asking a colleague to approve, cost centre) sent on to the company "
    "with a reply: the colleague's 'bitte visieren' is internal, the answer is an "
    "acknowledgement.",
)

R(
    "lx",
    "LX-2026-0009",
    702.65,
    "invoice",
    "en",
    "en",
    "2026-01-13T09:18:00+01:00",
    "Office Manager – Helvetic Trade Council",
    "office@helvetic-trade-council.example.ch",
    "acknowledgement",
    False,
    1,
    """
Dear Mr Chappuis,

Thank you for your invoice, received with thanks. I have passed it on to our finance team in
Bern for processing.

Kind regards,

Eleanor Brandt
Office Manager
Helvetic Trade Council
Rue du Rhône 56, 1204 Geneva

This message is intended only for the named recipient and may contain confidential,
proprietary or legally privileged information. No confidentiality or privilege is waived or
lost by any mistransmission. If you receive this message in error, please immediately delete
it and notify the sender. The Council accepts no liability for any damage caused by this
e-mail.
""",
    quote="gmail",
    format="alt",
    salutation="Sir or Madam",
    notes="one-line acknowledgement under a long disclaimer full of legal words (liability, "
    "privilege): urgency 1.",
)

# ----------------------------------------------------------------------------------------------
# auto_reply
# ----------------------------------------------------------------------------------------------

R(
    "lo",
    "LO-2025-631",
    2184.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-23T09:00:00+01:00",
    "Mairie de Chasselay-les-Monts",
    "accueil@mairie-chasselay-les-monts.example.fr",
    "auto_reply",
    False,
    1,
    """
Bonjour,

Nous vous remercions pour votre message.

La mairie sera fermée du mercredi 24 décembre 2025 au vendredi 2 janvier 2026 inclus. Votre
courriel sera traité à partir du lundi 5 janvier 2026.

Pour toute question relative au règlement d'une facture, vous pouvez contacter le Service de
gestion comptable de Villefranche, comptable public de la commune.

En cas d'urgence (état civil, décès), une permanence téléphonique est assurée au
04 78 00 00 00.

Le secrétariat de mairie
""",
    re="Réponse automatique :",
    headers=AUTO,
    quote="none",
    mailer=OX,
    salutation="Madame, Monsieur",
    notes="closure-period auto-reply; the 5 January date is when mail is read, not a payment "
    "date; mentions paying invoices only as a pointer.",
)

R(
    "fs",
    "FS-25-1433",
    865.2,
    "invoice",
    "fr",
    "mixed",
    "2025-12-22T14:02:00+01:00",
    "Service des contributions – Guichet électronique",
    "noreply-guichet@contributions-cantonales.example.ch",
    "auto_reply",
    False,
    1,
    """
Accusé de réception automatique – Automatische Empfangsbestätigung

Votre message a bien été reçu et enregistré sous le numéro de dossier 2025-SC-118402.
Il sera traité dans l'ordre d'arrivée. Merci de ne pas répondre à ce courriel.

Ihre Nachricht ist eingegangen und wurde unter der Dossiernummer 2025-SC-118402 erfasst.
Sie wird in der Reihenfolge des Eingangs bearbeitet. Bitte antworten Sie nicht auf diese
E-Mail.

Service cantonal des contributions / Kantonale Steuerverwaltung
""",
    client_lang="fr",
    re="Accusé de réception :",
    headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
    quote="none",
    salutation="Madame, Monsieur",
    notes="bilingual ticket-system confirmation of a cantonal office; the dossier number is "
    "not an invoice number.",
)

R(
    "wl",
    "WL26-0004",
    2162.0,
    "reminder_1",
    "de",
    "de",
    "2026-02-16T07:31:00+01:00",
    "Patrick Hofstetter",
    "p.hofstetter@alpin-versand.example.ch",
    "auto_reply",
    False,
    1,
    """
Guten Tag

Vielen Dank für Ihre Nachricht. Ich bin bis und mit Freitag, 27. Februar 2026 abwesend und
habe nur eingeschränkten Zugriff auf meine E-Mails.

Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an
meine Stellvertreterin, Frau Yvonne Gisler (y.gisler@alpin-versand.example.ch). Für Fragen
zu Rechnungen und Zahlungen steht Ihnen unsere Kreditorenbuchhaltung unter
kreditoren@alpin-versand.example.ch zur Verfügung.

Freundliche Grüsse
Patrick Hofstetter
Leiter Einkauf, Alpin Versand AG
""",
    re="Automatische Antwort:",
    headers=AUTO,
    quote="none",
    mailer=OUTLOOK,
    notes="out-of-office whose end date (27 February) is not a promised date; the pointer to "
    "accounts payable is boilerplate.",
)

# ----------------------------------------------------------------------------------------------
# other
# ----------------------------------------------------------------------------------------------

R(
    "lx",
    "LX-2026-0021",
    1297.2,
    "invoice",
    "fr",
    "fr",
    "2026-01-26T11:47:00+01:00",
    "Greffe municipal de Corsier-la-Forêt",
    "greffe@corsier-la-foret.example.ch",
    "other",
    False,
    2,
    """
Monsieur Chappuis,

Nous vous remercions pour votre facture, qui suit son cours normal.

Nous profitons de l'occasion pour vous demander si votre bureau propose également
l'interprétation simultanée français-allemand. Le Conseil communal organise le 19 mars 2026
une séance d'information publique avec les communes partenaires alémaniques, et nous
aurions besoin de deux interprètes pendant environ trois heures.

Pourriez-vous nous faire parvenir une offre d'ici à la fin février ?

Avec nos meilleures salutations,

Nicole Dubath
Secrétaire municipale adjointe
Greffe municipal – Place du Village 1 – 1804 Corsier-la-Forêt
""",
    quote="none",
    format="alt",
    salutation="Madame, Monsieur",
    notes="a new business question (an offer for interpreting); the dates are an event and an "
    "offer deadline, not payment dates; the invoice itself is fine.",
)

R(
    "mr",
    "F25-0829",
    1890.0,
    "reminder_1",
    "fr",
    "en",
    "2025-12-05T19:20:00+01:00",
    "Graham Whitfield",
    "graham.whitfield@btinternet.example.com",
    "other",
    False,
    2,
    """
Dear Madame Roche,

I think your reminder has reached the wrong person. I sold the chalet "Les Épicéas" in
Le Grand-Bornand in July and have no knowledge of any work carried out there since then.
The new owners are a Belgian family; I do not have their contact details, but the notary who
handled the sale, Maître Fontaine in Thônes, will certainly be able to help you.

Apologies that I cannot be of more assistance.

Yours sincerely,

Graham Whitfield
Harrogate, North Yorkshire
""",
    quote="apple",
    client_lang="en",
    mailer=IPHONE,
    salutation="Monsieur Whitfield",
    notes="wrong recipient (former owner), English answer to a French reminder; 'no knowledge "
    "of any work' is not a contestation of his own debt.",
)

R(
    "tv",
    "FT26-0027",
    3150.6,
    "invoice",
    "it",
    "it",
    "2026-02-10T14:25:00+01:00",
    "Ufficio tecnico – Teatro Sociale di Bellinzona",
    "ufficiotecnico@teatro-sociale-bz.example.ch",
    "other",
    False,
    2,
    """
Buongiorno signora Bernasconi,

grazie per la fattura del velluto per il sipario, che abbiamo inoltrato all'amministrazione
per il pagamento.

Prima di procedere con la confezione, il nostro ufficio tecnico avrebbe bisogno di sapere
se il tessuto fornito è certificato secondo la classe di reazione al fuoco richiesta
dall'Assicurazione immobiliare cantonale per i locali di spettacolo, e se potete fornirci il
relativo certificato di prova. Senza questo documento il pompiere di servizio non può
autorizzare l'installazione.

Cordiali saluti

Luca Ghirlanda
Capo tecnico
Teatro Sociale di Bellinzona
""",
    quote="outlook",
    mailer=OUTLOOK,
    salutation="signor Ghirlanda",
    notes="a technical question about the goods (fire-safety certificate) with the invoice "
    "passed on for payment: not a dispute, and a product certificate is not an invoice copy.",
)
