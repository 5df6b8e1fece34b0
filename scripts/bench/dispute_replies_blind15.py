# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# ruff: noqa: RUF001  (the customers write en dashes, apostrophes and emoji)
"""Fifteenth blind set of customers' replies (tests/data/disputes_blind15), with their labels.

The seventeenth writer's set (CC0 text, all synthetic: people, firms, addresses, references,
contract and VAT numbers are invented). Written by a writer who read only the label definitions
and the entry format, not the other sets' replies, not the reader's rules and not its answers: it
measures the reader once. Never tune rules on these replies.

Profile: a real-world month of the accounting mailboxes of a Swiss / French SME group, in date
order — about a third formal (accounts-payable departments and shared service centres, a commune,
a municipal finance office, a property manager, an international school, a hotel group, an
accounting firm's intake robot), a third ordinary business people (a baker, a painter, a shop
owner, a hairdresser, a florist, a hotelier, a doctor's practice, an architect, an interior
decorator) and a third private persons (retirees, a student writing French and German from her
phone, a tenant who lost her job, a couple forwarding the wife's complaint, a son writing for his
93-year-old father, a man sending his insurance claim to the wrong address, a furious long-time
client). Hard non-disputes: complaints about something else while paying, a payment plan asked
"for the future", a thank-you recalling a past mistake, a change of address, an intake robot, a
message meant for someone else; hard disputes: a quiet "I don't think I owe this", a forwarded
complaint from a spouse, a single line contested among fourteen, a PO price mismatch.

Uses the invoicing companies of ``make_dispute_replies.py`` (bq, tv, lx, mr, fs, wl, lo); same
entry format as the other writers' modules (the ``R`` helper of ``dispute_replies_more.py``,
entries kept in this file's own ``REPLIES``); labels as defined in
/work/shared/samples/disputes/README.md.
Build with ``.venv/bin/python scripts/bench/make_dispute_replies.py --source blind15``.
"""

import dispute_replies_more as _more
from dispute_replies_more import APPLE, IPHONE, ORANGE, OUTLOOK, TB

REPLIES = []

R = _more.writer(REPLIES)

AUTO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}
ANDROID = "Android Mail 6.0"
WEBMAIL = "Roundcube Webmail/1.6.9"


# 1 ------------------------------------------------------------------------------------------
R(
    "lx",
    "LX-25-0455",
    1297.2,
    "invoice",
    "en",
    "en",
    "2025-11-06T17:40:00+01:00",
    "Jonas Weidner",
    "j.weidner@weidner-medtech.de",
    "invoice_error",
    True,
    3,
    """\
Hello Mr Chappuis,

thanks for the quick turnaround on the IFU translation, the French and Italian versions are
already with our regulatory team.

One thing on the invoice: you charged Swiss VAT of 8.1 % (CHF 97.20). We are a German company
(VAT ID DE 318 442 907) and as far as I know this service is not subject to Swiss VAT, it falls
under the reverse charge on our side. Our accounting will not book an invoice with foreign VAT
on it. Could you send us a new invoice without the VAT, i.e. CHF 1,200.00 net?

Best,
Jonas Weidner
Head of Regulatory Affairs
Weidner Medizintechnik GmbH
Hans-Bunte-Str. 40, 79108 Freiburg im Breisgau, Germany""",
    amount=97.2,
    quote="outlook",
    format="alt",
    mailer=OUTLOOK,
    notes="A satisfied foreign business client opens with thanks, then asks for a reissue without "
    "Swiss VAT (reverse charge): a formal defect, not a contested price; the amount is the VAT.",
)

# 2 ------------------------------------------------------------------------------------------
R(
    "bq",
    "BQ-2025-0781",
    1043.85,
    "invoice",
    "de",
    "de",
    "2025-11-10T05:48:00+01:00",
    "Urs Vonarburg",
    "baeckerei@vonarburg-kriens.ch",
    "payment_promise",
    False,
    2,
    """\
Grüezi Frau Imhof

Die Rechnung für den Boilerersatz ist angekommen, ich überweise sie diesen Freitag.

Was ich aber schon einmal loswerden muss: Ihr Monteur, der jüngere mit dem Bart, war am Dienstag
ziemlich unfreundlich zu meiner Verkäuferin. Er ist mit den dreckigen Arbeitsschuhen quer durch
den Laden, hat kaum gegrüsst und auf die Frage, wie lange es noch geht, nur gesagt "so lang wie's
halt dauert". Die Arbeit selber ist tiptop, da habe ich nichts zu sagen. Aber so etwas vor der
Kundschaft geht nicht.

Vielleicht können Sie das intern einmal ansprechen.

Freundliche Grüsse
Urs Vonarburg
Bäckerei-Konditorei Vonarburg
Luzernerstrasse 88, 6010 Kriens""",
    pdate="2025-11-14",
    mailer=APPLE,
    notes="A complaint about the technician's manners, not about the work or the price ('die "
    "Arbeit selber ist tiptop'), next to a dated promise ('diesen Freitag' from Monday 10 Nov); "
    "urgency 2 rather than 1 because the complaint asks for an internal follow-up.",
)

# 3 ------------------------------------------------------------------------------------------
R(
    "tv",
    "FT-25-0614",
    3412.6,
    "invoice",
    "it",
    "it",
    "2025-11-12T14:20:00+01:00",
    "Daniela Cattaneo",
    "negozio@filidoro-bellinzona.ch",
    "contestation",
    True,
    3,
    """\
Buongiorno signora Bernasconi,

grazie per la fattura e per la consegna, i tessuti sono bellissimi e le clienti li hanno già
notati in vetrina.

Ho controllato le 14 posizioni una per una: corrisponde tutto all'ordine, tranne la posizione 11
"Campionario colori stagione 2026" di CHF 180.00. Il vostro rappresentante, il signor Gianella,
ci aveva detto in settembre alla fiera di Basilea che il campionario per i negozi partner era
omaggio. Le chiedo quindi di toglierla o di mandarci una nota di credito.

Il resto lo paghiamo comunque entro fine mese, così non rimane niente in sospeso.

Cordiali saluti
Daniela Cattaneo
Fili d'Oro – tessuti e merceria
Viale Stazione 21, 6500 Bellinzona""",
    amount=180.0,
    pdate="2025-11-30",
    quote="gmail",
    format="alt",
    notes="Praise first, then one line among fourteen contested (a sample set promised free of "
    "charge); the undisputed rest is promised 'entro fine mese', i.e. 30 November.",
)

# 4 ------------------------------------------------------------------------------------------
R(
    "wl",
    "WL-2025-276",
    14590.0,
    "reminder_3",
    "de",
    "de",
    "2025-11-13T08:02:00+01:00",
    "Accounts Payable Grisoni Logistik AG",
    "ap-support@grisoni-logistik.ch",
    "copy_request",
    False,
    2,
    """\
Guten Tag

Herr Daniel Keller (Marketing) hat uns Ihre Mahnung weitergeleitet. In unserem System ist keine
Rechnung WL-2025-276 erfasst.

Bitte beachten Sie, dass die Kreditorenbuchhaltung der Grisoni Logistik AG ausschliesslich
Rechnungen verarbeitet, die als PDF an invoices.ch@grisoni-logistik.ch gesendet werden (eine
Rechnung pro PDF). Rechnungen an persönliche Adressen von Mitarbeitenden gelangen nicht in
unseren Freigabeprozess und können nicht bezahlt werden.

Wir bitten Sie daher, die Rechnung an die oben genannte Adresse zu senden und künftig alle
Rechnungen dorthin zu richten. Nach Eingang wird sie gemäss unseren Zahlungsbedingungen
(30 Tage netto) bearbeitet.

Freundliche Grüsse

Accounts Payable Team
Grisoni Logistik AG
Shared Service Center Finance
Via Industria 12, 6830 Chiasso""",
    salutation="Herr Keller",
    cc="Daniel Keller <daniel.keller@grisoni-logistik.ch>",
    mentions=["WL-2025-276"],
    format="alt",
    mailer=OUTLOOK,
    notes="A shared service centre answers a final notice (with Betreibung threat) it never saw "
    "the invoice of: a request to resend to the central scanning address, not a dispute and "
    "not a formal defect of the invoice; written by people despite its template tone.",
)

# 5 ------------------------------------------------------------------------------------------
R(
    "tv",
    "FT-25-0688",
    2145.9,
    "invoice",
    "it",
    "it",
    "2025-11-14T08:55:00+01:00",
    "Marco Poretti",
    "direzione@hotel-rivabella.ch",
    "invoice_error",
    True,
    3,
    """\
Buongiorno,

ricevo oggi la fattura FT-25-0688 per le tende della sala colazioni, ma mi sembra identica alla
FT-25-0671 che ci avete mandato il 28 ottobre: stessa consegna, stessi articoli, stesso importo
di CHF 2'145.90. Quella l'ho già passata in contabilità per il pagamento.

Credo sia un doppione. Mi confermate che posso ignorare questa e che la annullate?

Grazie e buona giornata
Marco Poretti
Direzione – Hotel Riva Bella
Lungolago 7, 6612 Ascona

Inviato da iPhone""",
    amount=2145.9,
    mentions=["FT-25-0688", "FT-25-0671"],
    quote="apple",
    mailer=IPHONE,
    notes="A duplicate invoice: 'già passata in contabilità per il pagamento' is about the "
    "other number, so this is not 'already paid'; the duplicate's full amount is disputed.",
)

# 6 ------------------------------------------------------------------------------------------
R(
    "bq",
    "BQ-2025-0702",
    486.5,
    "reminder_1",
    "de",
    "de",
    "2025-11-17T18:33:00+01:00",
    "Peter Schnyder",
    "peter.schnyder@hispeed.ch",
    "copy_request",
    False,
    2,
    """\
Grüezi

Ich schreibe im Namen meines Vaters, Alois Schnyder, Maihofstrasse 63, 6004 Luzern. Er ist 93
und hat kein E-Mail. Die Rechnungen kommen auf meine Adresse, weil ich das beim Abschluss des
Servicevertrags für die Heizung so angegeben habe. Er möchte seine Rechnungen aber selber am
Postschalter bezahlen, wie er es sein Leben lang gemacht hat, und er ist etwas beunruhigt, weil
er jetzt von einer Mahnung gehört hat.

Könnten Sie ihm diese Rechnung bitte per Post mit QR-Einzahlungsschein an seine Adresse
schicken? Er bezahlt dann sofort. Und künftig bitte alles per Post an ihn.

Vielen Dank und freundliche Grüsse
Peter Schnyder""",
    salutation="Herr Schnyder",
    quote="thunderbird",
    mailer=TB,
    notes="A son writes for his father: a paper QR-bill and future invoices by post; 'er bezahlt "
    "dann sofort' is no date, and nothing is disputed.",
)

# 7 ------------------------------------------------------------------------------------------
R(
    "mr",
    "F2025-1187",
    486.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-11-19T09:42:00+01:00",
    "Gisèle Pernoud",
    "gisele.pernoud@orange.fr",
    "contestation",
    True,
    3,
    """\
Bonjour Madame Roche,

J'ai bien reçu votre lettre de rappel. Je ne pense pas vous devoir cette somme.

Quand votre employé est venu en septembre pour la fenêtre de la chambre qui ne fermait plus, il
m'a dit que c'était sous garantie puisque vous l'aviez posée il y a un an et demi seulement. Il
n'a jamais été question d'une facture, sinon je lui aurais demandé le prix avant.

Il y a peut-être une confusion. Je vous laisse vérifier.

Bien à vous
Gisèle Pernoud
3 chemin des Vergers
74370 Pringy""",
    amount=486.0,
    mailer=ORANGE,
    notes="A retiree's quiet 'je ne pense pas vous devoir cette somme' (a repair said to be under "
    "warranty) withholds the whole invoice without any strong word.",
)

# 8 ------------------------------------------------------------------------------------------
R(
    "wl",
    "WL-2025-301",
    9856.7,
    "reminder_1",
    "en",
    "en",
    "2025-11-20T12:45:00+01:00",
    "Graham Whitfield",
    "g.whitfield@lakeview-school.ch",
    "delay_request",
    False,
    2,
    """\
Dear Mr Frei,

Thank you for the reminder regarding invoice WL-2025-301 for the new admissions portal.

I am afraid our 2025 IT budget has been fully committed, and the Board has asked us to hold all
non-essential payments until the 2026 budget has been approved at its meeting early in the new
year. To be clear, the invoice itself is correct, and the portal has been very well received by
our admissions team.

We would be grateful if you could bear with us a little longer; I will confirm a payment date as
soon as the budget has been signed off.

With kind regards,

Graham Whitfield
Business Manager
Lakeview International School Zurich
Seestrasse 311, 8804 Au ZH""",
    mentions=["WL-2025-301"],
    quote="outlook",
    format="alt",
    mailer=OUTLOOK,
    notes="A formal delay without a date ('early in the new year', a date to be confirmed): no "
    "pause; 'the invoice itself is correct' rules out a dispute.",
)

# 9 ------------------------------------------------------------------------------------------
R(
    "bq",
    "BQ-2025-0659",
    18736.0,
    "reminder_2",
    "de",
    "de",
    "2025-11-21T09:14:00+01:00",
    "Patrick Zurfluh",
    "kreditoren@baumann-generalbau.ch",
    "already_paid",
    True,
    3,
    """\
Sehr geehrte Frau Imhof

Bezugnehmend auf Ihre 2. Mahnung teilen wir Ihnen mit, dass die Rechnung BQ-2025-0659
(Überbauung Rütimatt, Heizungsverteilung Haus B) mit unserem Zahlungslauf vom 14.11.2025
beglichen wurde, unter Abzug des Garantierückbehalts von 5 % gemäss Werkvertrag Ziff. 8.3.

Überwiesener Betrag: CHF 17'799.20, Valuta 17.11.2025, auf Ihr Konto bei der Luzerner
Kantonalbank. Das Zahlungsavis liegt bei. Der Rückbehalt wird wie vertraglich vereinbart nach
Ablauf der Garantiefrist bzw. gegen Stellung einer Solidarbürgschaft freigegeben.

Wir bitten Sie, die Mahnung auszubuchen.

Freundliche Grüsse

Patrick Zurfluh
Kreditorenbuchhaltung
Baumann Generalbau AG
Industriestrasse 19, 6030 Ebikon""",
    salutation="Herr Zurfluh",
    mentions=["BQ-2025-0659"],
    quote="outlook",
    format="alt",
    mailer=OUTLOOK,
    attachments=[("pdf", "Zahlungsavis_2025-11-14_Bergquell.pdf")],
    notes="A general contractor's AP paid the invoice minus the contractual 5 % warranty "
    "retention: paid as agreed, the retention is not a contested amount (amount null).",
)

# 10 -----------------------------------------------------------------------------------------
R(
    "tv",
    "FT-25-0702",
    5812.4,
    "invoice",
    "de",
    "de",
    "2025-11-21T16:10:00+01:00",
    "Simone Egli",
    "simone.egli@egli-raumdesign.ch",
    "acknowledgement",
    False,
    1,
    """\
Guten Tag Frau Bernasconi

Besten Dank für die Rechnung. Den Abzug von 10 % für die verspätete Lieferung der Vorhangstoffe
haben wir gesehen, das ist so in Ordnung und für uns damit erledigt. Unsere Kundin hat ihre
Vorhänge inzwischen auch bekommen und ist zufrieden.

Ich habe die Rechnung an unsere Buchhaltung weitergeleitet.

Freundliche Grüsse
Simone Egli
Egli Raumdesign GmbH
Baarerstrasse 52, 6300 Zug""",
    quote="outlook",
    format="alt",
    mailer=OUTLOOK,
    notes="A late delivery already compensated by a 10 % discount on the invoice: the customer "
    "accepts it ('für uns damit erledigt') and passes the invoice on; nothing is disputed.",
)

# 11 -----------------------------------------------------------------------------------------
R(
    "wl",
    "WL-2025-318",
    7351.0,
    "invoice",
    "de",
    "de",
    "2025-11-25T10:31:00+01:00",
    "Beatrice Kälin",
    "finanzen@seewil.ch",
    "invoice_error",
    True,
    4,
    """\
Sehr geehrter Herr Frei

Besten Dank für die Zustellung der Rechnung WL-2025-318 (Relaunch Gemeindewebsite,
2. Teilzahlung).

Leider können wir die Rechnung in dieser Form nicht verarbeiten: Es fehlen die Bestellnummer
BE-2025-0412 sowie die Kostenstelle 0220 (Gemeindekanzlei). Seit dem 1. Juli 2025 weist unser
Kreditorensystem Rechnungen ohne diese Angaben automatisch zurück.

Wir bitten Sie, uns bis spätestens Freitag, 12. Dezember 2025, eine korrigierte Rechnung
zuzustellen. Der letzte Zahlungslauf des Jahres findet am 16. Dezember statt; später
eintreffende Rechnungen können erst nach der Genehmigung des Budgets 2026 ausbezahlt werden.

Freundliche Grüsse

Beatrice Kälin
Sachbearbeiterin Finanzverwaltung
Gemeinde Seewil
Dorfstrasse 3, 8836 Seewil
Tel. 044 786 12 40

Diese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie nicht der vorgesehene
Empfänger sein, benachrichtigen Sie bitte den Absender und löschen Sie diese Nachricht.""",
    salutation="Frau Kälin",
    mentions=["WL-2025-318"],
    quote="outlook",
    format="alt",
    charset="windows-1252",
    mailer=OUTLOOK,
    days_after=1,
    notes="A commune's missing PO number and cost centre block the last payment run of the year, "
    "with a deadline: urgency 4; 12 and 16 December are a deadline and a payment-run date, not "
    "a promised payment date.",
)

# 12 -----------------------------------------------------------------------------------------
R(
    "fs",
    "FS-2025-1377",
    3780.2,
    "reminder_1",
    "fr",
    "fr",
    "2025-11-26T10:05:00+01:00",
    "Nadia Rossier",
    "bourse@montagny-les-pres.ch",
    "payment_promise",
    False,
    1,
    """\
Madame,

Nous accusons réception de votre rappel du 24 novembre concernant la facture FS-2025-1377
(révision des comptes communaux 2024).

La facture a été contrôlée et visée par le Conseil communal lors de sa séance du 17 novembre.
Elle figurera dans le prochain ordre de paiement groupé, qui sera exécuté le jeudi
4 décembre 2025.

Nous vous prions d'excuser ce retard, dû au rythme des séances du Conseil.

Avec nos salutations distinguées

Nadia Rossier
Boursière communale
Commune de Montagny-les-Prés
Route de l'Église 2, 1776 Montagny-les-Prés""",
    pdate="2025-12-04",
    salutation="Madame Rossier",
    mentions=["FS-2025-1377"],
    quote="outlook",
    format="alt",
    mailer=OUTLOOK,
    notes="A commune's formal promise tied to its council approval workflow; 24 and 17 November "
    "are past dates, 4 December is the promised payment date.",
)

# 13 -----------------------------------------------------------------------------------------
R(
    "mr",
    "F2025-1243",
    2964.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-11-27T15:12:00+01:00",
    "Sophie Lachenal",
    "s.lachenal@duret-immobilier.fr",
    "invoice_error",
    True,
    3,
    """\
Madame,

Nous accusons réception de votre relance concernant la facture F2025-1243 relative au
remplacement de la porte du local vélos de la résidence Les Tilleuls, 12 avenue de Novel à
Annecy.

Les travaux ont bien été commandés par nos soins et ne sont pas contestés. Toutefois, la facture
est établie au nom de notre cabinet, alors qu'elle doit l'être au nom du Syndicat des
copropriétaires de la résidence Les Tilleuls, représenté par son syndic, le Cabinet Duret, à
l'adresse du cabinet. En l'état, notre service comptable ne peut pas l'imputer sur le compte de
la copropriété et le règlement est bloqué.

Je vous remercie de nous adresser une facture rectifiée ; elle sera réglée dès réception.

Cordialement,

Sophie Lachenal
Gestionnaire de copropriétés
Cabinet Duret Gestion Immobilière
8 rue Sommeiller, 74000 Annecy""",
    salutation="Madame Lachenal",
    mentions=["F2025-1243"],
    quote="outlook",
    outlook_line=False,
    format="alt",
    mailer=OUTLOOK,
    notes="A property manager: the works 'ne sont pas contestés' but the invoice is made out to "
    "the wrong legal entity (the managing firm instead of the co-ownership): reissue, pause.",
)

# 14 -----------------------------------------------------------------------------------------
R(
    "lo",
    "LO-25-0958",
    1488.0,
    "invoice",
    "fr",
    "fr",
    "2025-11-28T12:18:00+01:00",
    "Inès Belkacem",
    "salon.ines.coiffure@gmail.com",
    "other",
    False,
    2,
    """\
Bonjour Camille,

Merci pour la facture, tout est en ordre et les nouvelles suspensions font un effet fou dans le
salon, les clientes adorent !

J'ai une question pour plus tard : on aimerait refaire l'éclairage de la deuxième salle au
printemps, mais ce serait un plus gros budget. Est-ce que vous proposez le paiement en plusieurs
fois (3 ou 4 mensualités) pour ce genre de projet ? Ce n'est pas pour cette facture-ci, juste
pour savoir avant de vous demander un devis.

Belle journée,
Inès
Salon Inès Coiffure – 41 rue Vendôme, Lyon 6e""",
    salutation="Madame Belkacem",
    quote="gmail",
    format="alt",
    notes="Instalments asked 'pour plus tard', for a future project, explicitly 'pas pour cette "
    "facture-ci': an unrelated question, not a delay request.",
)

# 15 -----------------------------------------------------------------------------------------
R(
    "lx",
    "LX-25-0502",
    264.25,
    "reminder_1",
    "en",
    "en",
    "2025-11-28T19:05:00+01:00",
    "Priya Raman",
    "priya.raman88@outlook.com",
    "already_paid",
    True,
    3,
    """\
Hi,

I think this is a mistake – I paid for the certified translation of my diploma and birth
certificate by card at your office on Avenue de Cour when I picked them up (Monday 20th October,
in the afternoon). Your colleague gave me a receipt, photo attached.

Could you please check and update your records? I'd rather not get another reminder.

Thanks,
Priya Raman""",
    quote="apple",
    mailer=IPHONE,
    attachments=[("jpg", "IMG_4471.jpg")],
    notes="A private expat paid by card at the counter when collecting the documents; the "
    "receipt is a photo; 20 October is a past payment date.",
)

# 16 -----------------------------------------------------------------------------------------
R(
    "wl",
    "WL-2025-344",
    2486.3,
    "reminder_1",
    "de",
    "de",
    "2025-12-01T06:52:00+01:00",
    "Reto Ammann",
    "info@malerei-ammann.ch",
    "delay_request",
    False,
    2,
    """\
Hoi Herr Frei

Ja ich weiss, die Rechnung ist noch offen, sorry. Bei uns ist es momentan etwas eng, zwei grosse
Kunden zahlen selber nicht und im Dezember kommen noch die Löhne mit dem 13. dazu. Ich zahle
sobald wieder Geld reinkommt, versprochen. Die Website läuft übrigens super, wir haben schon zwei
Offertanfragen darüber bekommen.

Bitte noch etwas Geduld und wenns geht keine Mahngebühren.

Gruss
Reto Ammann
Malerei Ammann GmbH, Dietikon""",
    salutation="Herr Ammann",
    mailer=ANDROID,
    notes="A craftsman asks for patience without any date ('sobald wieder Geld reinkommt, "
    "versprochen'): no pause; asking to be spared future fees is not contesting a fee.",
)

# 17 -----------------------------------------------------------------------------------------
R(
    "lx",
    "LX-25-0547",
    1850.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-02T03:12:00+01:00",
    "Fiduciaire Broye Conseils SA",
    "saisie@broye-conseils.ch",
    "auto_reply",
    False,
    1,
    """\
Ceci est un message automatique, merci de ne pas y répondre.

Votre envoi a bien été reçu par le service de saisie de Fiduciaire Broye Conseils SA et
enregistré sous le numéro de dossier D-2025-118734.

Les pièces reçues (factures, rappels, notes de crédit) sont saisies pour le compte de nos
clients dans un délai de 5 jours ouvrables. Les paiements sont exécutés par nos clients ou selon
leurs instructions ; nous ne pouvons donner aucun renseignement sur l'état d'un paiement.

Pour toute question concernant une facture, veuillez vous adresser directement à votre client.

Fiduciaire Broye Conseils SA
Service de saisie comptable
Rue de Lausanne 18, 1530 Payerne""",
    salutation="Madame, Monsieur",
    re="Accusé de réception [D-2025-118734] :",
    headers=AUTO,
    days_after=0,
    notes="An accounting firm's document-intake robot acknowledges the reminder for its client: "
    "factures, rappels, paiements and délai are boilerplate of an automatic confirmation.",
)

# 18 -----------------------------------------------------------------------------------------
R(
    "bq",
    "BQ-2025-0738",
    612.3,
    "reminder_3",
    "de",
    "de",
    "2025-12-03T07:58:00+01:00",
    "Thomas Brunner",
    "t.brunner@gmx.ch",
    "contestation",
    True,
    3,
    """\
Guten Tag Frau Imhof

Ich leite Ihnen unten die Antwort meiner Frau weiter, sie war beim Einsatz zu Hause, ich nicht.
Wir haben die Rechnung bis jetzt nicht bezahlt, weil wir die Stunden nicht nachvollziehen
können. Bitte klären Sie das mit Ihrem Monteur und schicken Sie uns eine korrigierte Rechnung,
dann zahlen wir sofort.

Entschuldigen Sie, dass wir uns erst jetzt melden.

Freundliche Grüsse
Thomas Brunner

-----Ursprüngliche Nachricht-----
Von: Claudia Brunner <claudia.brunner@bluewin.ch>
Gesendet: Dienstag, 2. Dezember 2025 21:48
An: Thomas Brunner <t.brunner@gmx.ch>
Betreff: Re: WG: Letzte Mahnung Rechnung BQ-2025-0738

Thomas, das ist die Heizungsgeschichte vom September. Der Monteur war keine Stunde da, um 8 ist
er gekommen und kurz nach 9 war er wieder weg, ich habe extra frei genommen. Auf der Rechnung
stehen 3 Stunden à 118.-. Darum habe ich sie damals nicht bezahlt, ich dachte ich hätte es dir
gesagt. Bitte reklamier das, eine Stunde ist ok, aber nicht drei.

Claudia

-----Ursprüngliche Nachricht-----
Von: Thomas Brunner <t.brunner@gmx.ch>
Gesendet: Dienstag, 2. Dezember 2025 18:05
An: Claudia Brunner <claudia.brunner@bluewin.ch>
Betreff: WG: Letzte Mahnung Rechnung BQ-2025-0738

Weisst du etwas davon? Die drohen mit Betreibung.""",
    amount=236.0,
    salutation="Herr Brunner",
    quote="forward",
    internal=True,
    re="WG:",
    mailer=OUTLOOK,
    notes="A husband forwards his wife's complaint (her words count as the customer's side): 3 h "
    "billed, at most 1 h worked, 2 × CHF 118 = 236; the invoice number appears only in internal "
    "subject lines, so mentions stay empty; a factual dispute, urgency 3.",
)

# 19 -----------------------------------------------------------------------------------------
R(
    "fs",
    "FS-2025-1408",
    150.0,
    "reminder_1",
    "fr",
    "mixed",
    "2025-12-05T22:37:00+01:00",
    "Lena Aebischer",
    "lena.aebischer03@gmail.com",
    "already_paid",
    True,
    3,
    """\
Bonjour Madame Progin

sorry je crois qu il y a une erreur, ich habe die Rechnung schon bezahlt am 24. November mit
e-banking (150.-), ça devrait etre chez vous normalement?? vielleicht hab ich die falsche
Referenz genommen, c était la première fois que je fais ça toute seule 😅

Pouvez vous regarder svp? merci vielmal

Lena

Von meinem iPhone gesendet""",
    salutation="Madame Aebischer",
    client_lang="fr",
    mailer=IPHONE,
    notes="A student mixes French and German from her phone, without accents or punctuation; "
    "24 November is a past payment (possibly with a wrong reference), not a promise.",
)

# 20 -----------------------------------------------------------------------------------------
R(
    "mr",
    "F2025-1311",
    624.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-08T21:26:00+01:00",
    "Laurent Mermillod",
    "laurent.mermillod@free.fr",
    "other",
    False,
    2,
    """\
Bonjour Monsieur Dufour,

Comme convenu au téléphone, je vous envoie les photos du dégât des eaux dans la cuisine (fuite
sous l'évier le 29 novembre) pour mon dossier sinistre. Le parquet a gonflé sur environ 4 m² et
le bas des meubles est abîmé, les portes ne ferment plus correctement.

Mon numéro de contrat habitation est le 447 120 385 H. Le plombier passe jeudi, je vous
transmettrai sa facture dès que je l'aurai.

Cordialement
Laurent Mermillod
06 71 42 88 19""",
    salutation="Monsieur Mermillod",
    mailer=WEBMAIL,
    attachments=[("jpg", "cuisine_1.jpg"), ("jpg", "cuisine_2.jpg")],
    notes="A message for the customer's insurer sent by replying to the carpenter's reminder: "
    "damaged furniture, doors that no longer close and a 'facture' sound like a quality "
    "complaint but concern water damage; wrong recipient.",
)

# 21 -----------------------------------------------------------------------------------------
R(
    "lo",
    "LO-25-0871",
    1164.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-09T13:02:00+01:00",
    "Élodie Marchetti",
    "secretariat@cabinet-brotteaux.fr",
    "already_paid",
    True,
    3,
    """\
Bonjour,

Les deux factures LO-25-0871 et LO-25-0894 (éclairage de la salle d'attente et des deux
cabinets) ont été réglées ensemble par un seul virement de 2 316,00 € le 1er décembre, depuis le
compte de la SCM. Le libellé ne mentionnait peut-être que la seconde.

Merci de vérifier avant d'envoyer d'autres relances.

Dr É. Marchetti
Cabinet médical des Brotteaux – SCM Marchetti-Favier
27 boulevard des Brotteaux, 69006 Lyon""",
    salutation="Docteur Marchetti",
    mentions=["LO-25-0871", "LO-25-0894"],
    format="html",
    notes="A doctor paid two invoices in one transfer whose label may only name the other one; "
    "terse tone, 1 December is a past payment; html-only.",
)

# 22 -----------------------------------------------------------------------------------------
R(
    "lo",
    "LO-25-0932",
    4838.4,
    "reminder_2",
    "en",
    "en",
    "2025-12-10T11:03:00+01:00",
    "Hannah Keller",
    "ap.france@lacmontagne-hotels.com",
    "contestation",
    True,
    3,
    """\
Dear Ms Berthier,

Thank you for your reminder. Invoice LO-25-0932 is on hold in our system because it does not
match purchase order PO-FR-2025-1178. The PO (attached) was issued for 24 "Alba" pendant lights
at EUR 145.00 excl. VAT each, as per your quotation of 3 July; your invoice charges EUR 168.00
per unit. That is a difference of 24 × EUR 23.00 = EUR 552.00 excl. VAT.

Our system cannot release an invoice that exceeds its PO. Could you please issue a credit note
for the difference, or a corrected invoice quoting the PO number? We will then pay within our
usual terms.

Best regards,

Hannah Keller
Accounts Payable
Hôtels Lac & Montagne SAS
15 quai de la Tournette, 74000 Annecy, France""",
    amount=552.0,
    salutation="Ms Keller",
    mentions=["LO-25-0932"],
    quote="outlook",
    format="alt",
    mailer=OUTLOOK,
    attachments=[("pdf", "PO-FR-2025-1178.pdf")],
    notes="An AP department's three-way-match hold reads like a formal issue, but the unit price "
    "differs from the quotation: a contested price (24 × 23 = 552 excl. VAT, as stated); "
    "'quoting the PO number' is secondary.",
)

# 23 -----------------------------------------------------------------------------------------
R(
    "mr",
    "F2025-1302",
    1180.0,
    "reminder_2",
    "fr",
    "fr",
    "2025-12-12T23:18:00+01:00",
    "Jessica Favre",
    "jess.favre74@gmail.com",
    "delay_request",
    True,
    2,
    """\
bonjour madame

je vous ecris pour la facture des placards. je suis vraiment desolee du retard, jai perdu mon
travail fin octobre et avec les enfants c est compliqué en ce moment. je veux pas que vous
croyez que je veux pas payer, le travail est tres bien fait
est ce que je pourrais payer en plusieurs fois ? par exemple 200 euros par mois, le premier le 10
janvier quand je touche le chomage et apres chaque 10 du mois jusqu a ce que ce soit fini.
merci de votre comprehension et encore pardon

jessica favre

Envoyé depuis mon Galaxy""",
    pdate="2026-01-10",
    salutation="Madame Favre",
    mailer=ANDROID,
    notes="A tenant who lost her job writes from her phone without punctuation; a dated "
    "instalment plan (first on 10 January 2026) pauses; 'le travail est tres bien fait' rules "
    "out a dispute.",
)

# 24 -----------------------------------------------------------------------------------------
R(
    "lx",
    "LX-25-0519",
    642.5,
    "reminder_1",
    "it",
    "it",
    "2025-12-16T11:40:00+01:00",
    "Sara Lepori",
    "segretariato@studio-quadri.ch",
    "payment_promise",
    False,
    1,
    """\
Buongiorno,

abbiamo ricevuto il vostro promemoria, ci scusiamo. Ho appena registrato il pagamento
nell'e-banking dello studio, con data di esecuzione lunedì 22 dicembre (il dottore firma i
pagamenti una volta alla settimana).

Cordiali saluti
Sara Lepori
Segretariato – Studio medico Dr. med. F. Quadri
Via Pretorio 9, 6900 Lugano""",
    pdate="2025-12-22",
    salutation="Dottor Quadri",
    notes="'Ho appena registrato il pagamento' sounds paid, but the transfer is scheduled for "
    "Monday 22 December: a promise, written by a doctor's assistant.",
)

# 25 -----------------------------------------------------------------------------------------
R(
    "tv",
    "FT-25-0590",
    1386.0,
    "reminder_3",
    "it",
    "it",
    "2025-12-17T10:20:00+01:00",
    "Rosangela Pedrazzi",
    "ro.pedrazzi@bluewin.ch",
    "delay_request",
    True,
    2,
    """\
Gentile signora,

ho ricevuto il vostro ultimo sollecito e mi sono spaventata per la parola esecuzione. Non ho mai
avuto debiti in vita mia. Le tende sono belle e sono contenta del lavoro, ma quest'anno ho avuto
delle spese dal dentista che non avevo previsto e con la sola AVS faccio fatica.

Vorrei chiederle se posso pagare in due volte: la metà, CHF 693.-, il 15 gennaio quando arriva
la rendita, e il resto il 15 febbraio. Se va bene per voi mi mandi per favore due polizze di
versamento, perché io pago allo sportello della posta.

La ringrazio di cuore.
Rosangela Pedrazzi
Via San Gottardo 40, 6648 Minusio""",
    pdate="2026-01-15",
    salutation="Signora Pedrazzi",
    mailer=WEBMAIL,
    notes="A frightened retiree answers the final notice with a dated two-instalment plan (first "
    "on 15 January 2026): pause; she also asks for two payment slips (secondary copy request).",
)

# 26 -----------------------------------------------------------------------------------------
R(
    "fs",
    "FS-2025-1421",
    420.0,
    "invoice",
    "de",
    "de",
    "2025-12-18T20:15:00+01:00",
    "Anita Jungo",
    "jungo.familie@bluewin.ch",
    "copy_request",
    False,
    2,
    """\
Guten Tag Frau Progin

Danke für die Rechnung für die Steuererklärung, die zahlen wir wie immer fristgerecht.

Wir möchten Ihnen mitteilen, dass wir per 1. Januar 2026 umziehen. Unsere neue Adresse lautet:

Markus und Anita Jungo
Weissensteinstrasse 48
3008 Bern

Bitte schicken Sie künftige Rechnungen und die Unterlagen für die Steuererklärung 2025 an diese
Adresse. Die E-Mail-Adresse bleibt gleich.

Freundliche Grüsse und schöne Festtage
Anita Jungo""",
    salutation="Frau Jungo",
    quote="gmail",
    notes="A change of address for future invoices, not a wrong address on this one (the move is "
    "on 1 January); 'wie immer fristgerecht' is no dated promise.",
)

# 27 -----------------------------------------------------------------------------------------
R(
    "lx",
    "LX-25-0561",
    2214.35,
    "reminder_2",
    "fr",
    "mixed",
    "2025-12-23T07:45:00+01:00",
    "Christian Gerber",
    "c.gerber@gerber-praezision.ch",
    "auto_reply",
    False,
    1,
    """\
Guten Tag, Bonjour,

Ich bin vom 22. Dezember 2025 bis und mit 5. Januar 2026 abwesend. Ihre Nachricht wird nicht
weitergeleitet. In dringenden Fällen wenden Sie sich bitte an unsere Buchhaltung:
buchhaltung@gerber-praezision.ch, Tel. 032 341 77 20.

Je suis absent du 22 décembre 2025 au 5 janvier 2026 inclus. Votre message ne sera pas
transféré. En cas d'urgence, veuillez vous adresser à notre comptabilité :
buchhaltung@gerber-praezision.ch, tél. 032 341 77 20.

Frohe Festtage – Joyeuses fêtes

Christian Gerber
Gerber Präzisionstechnik AG
Rue de l'Avenir 21, 2503 Biel/Bienne""",
    salutation="Monsieur Gerber",
    re="Automatische Antwort:",
    headers=AUTO,
    client_lang="de",
    mailer=OUTLOOK,
    days_after=0,
    notes="A bilingual German / French out-of-office from Biel/Bienne to a second reminder; the "
    "absence dates are not promised dates.",
)

# 28 -----------------------------------------------------------------------------------------
R(
    "fs",
    "FS-2025-1342",
    486.45,
    "reminder_3",
    "fr",
    "fr",
    "2026-01-06T16:47:00+01:00",
    "Monique Bugnon",
    "monique.bugnon@bluewin.ch",
    "contestation",
    True,
    5,
    """\
Madame,

Vous me menacez maintenant de POURSUITE pour 486.45 francs ??? Je n'en reviens pas. Ca fait 11
ans que vous faites ma déclaration d'impôts, c'est toujours la même chose, mon AVS, ma petite
rente de la caisse de pension et mon appartement. L'an passé vous m'avez facturé 290.-, cette
année 486.45 pour EXACTEMENT le même travail. Personne ne m'a avertie d'une augmentation.

Je vous ai téléphoné en décembre, votre collègue devait me rappeler, j'attends toujours.

Je paie les 290.- comme d'habitude et pas un centime de plus. Si vous me mettez aux poursuites
j'écris à la FRC et au journal. J'ai été une cliente fidèle, c'est comme ça qu'on me remercie.

Monique Bugnon""",
    amount=196.45,
    salutation="Madame Bugnon",
    charset="iso-8859-1",
    mailer=WEBMAIL,
    days_after=8,
    notes="A furious long-time private client: shouting, consumer-association and press threat "
    "(urgency 5); the contested amount is this year's fee minus last year's (486.45 − 290); "
    "she pays the undisputed part without a date.",
)

# 29 -----------------------------------------------------------------------------------------
R(
    "lo",
    "LO-25-0903",
    2736.0,
    "reminder_2",
    "en",
    "en",
    "2026-01-07T09:30:00+01:00",
    "Tom Aldridge",
    "tom@aldridge-moreau.fr",
    "payment_promise",
    False,
    1,
    """\
Hi Camille,

Apologies, this one slipped through the cracks over the holidays – the invoice was sitting in a
colleague's inbox while she was away. Nothing wrong with it.

I'll make the transfer on Friday next week (the 16th), together with our other supplier
payments.

Best,
Tom

Tom Aldridge
Aldridge Moreau Architectes
3 rue des Remparts d'Ainay, 69002 Lyon""",
    pdate="2026-01-16",
    salutation="Mr Aldridge",
    quote="gmail",
    days_after=9,
    notes="An architect's promise 'Friday next week (the 16th)' from Wednesday 7 January; "
    "'nothing wrong with it' is a negated problem.",
)

# 30 -----------------------------------------------------------------------------------------
R(
    "mr",
    "F2025-1356",
    758.4,
    "invoice",
    "fr",
    "fr",
    "2026-01-09T08:47:00+01:00",
    "Karine Dubouloz",
    "contact@fleurs-papilles.fr",
    "acknowledgement",
    False,
    1,
    """\
Bonjour Nathalie,

Merci, bien reçu la facture pour les étagères de la boutique. Cette fois le nom et l'adresse
sont justes (la dernière fois il y avait eu une erreur sur le SIRET, mais ça avait été vite
réglé).

Je la transmets à mon comptable comme d'habitude.

Belle année à toute l'équipe !
Karine
Fleurs & Papilles – 6 rue Royale, 74000 Annecy""",
    salutation="Madame Dubouloz",
    format="html",
    mailer=APPLE,
    days_after=10,
    notes="A thank-you that recalls a past invoice error ('la dernière fois il y avait eu une "
    "erreur'), already settled: this invoice is correct and passed on.",
)
