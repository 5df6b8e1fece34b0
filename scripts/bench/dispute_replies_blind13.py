# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# ruff: noqa: RUF001  (the customers write en dashes)
"""Thirteenth blind set of customers' replies (tests/data/disputes_blind13), with their labels (CC0 text).

Written by a fifteenth writer who read only the label definitions and the entry format, not the
other sets' replies, not the reader's rules and not its answers: it measures the reader once.
Everything is synthetic (people, firms, addresses, phone numbers, references). Never tune rules on
these replies.

Profile: people in industry and trade: a construction site manager contesting days on site, a
wholesaler's purchasing clerk holding a delivery note that does not match, logistics dispatchers,
a restaurant owner short of cash, a farmer, garages, an IT head whose licence was cancelled, an
event agency whose event was cancelled, German Mittelstand accounts payable with SAP-style numbers
(Belegnummer, Kreditor, Bestellnummer), Italian and Ticino distributors, French BTP companies
(situation de travaux, retenue de garantie), English-speaking expats; short and blunt, angry or
friendly; the customers' own numbers (delivery notes, orders, bank references, tickets) next to
the invoice's; payments announced together with a complaint; a forwarded internal exchange; a
message sent to the wrong supplier.

Uses the invoicing companies of ``make_dispute_replies.py`` (bq, tv, lx, mr, fs, wl, lo); same
entry format as ``dispute_replies_blind4.py`` (the ``R`` helper of ``dispute_replies_more.py``,
entries kept in this file's own ``REPLIES``); labels as defined in
/work/shared/samples/disputes/README.md.
Build with ``.venv/bin/python scripts/bench/make_dispute_replies.py --source blind13``.
"""

import dispute_replies_more as _more
from dispute_replies_more import APPLE, IPHONE, OUTLOOK, TB

REPLIES = []

R = _more.writer(REPLIES)

AUTO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

# ----------------------------------------------------------------------------------------------
# contestation
# ----------------------------------------------------------------------------------------------

R(
    "mr",
    "F-2025-0612",
    5740.8,
    "reminder_1",
    "fr",
    "fr",
    "2025-11-18T07:12:00+01:00",
    "Julien Marchetti",
    "j.marchetti@bati-alpes-construction.fr",
    "contestation",
    True,
    3,
    """Bonjour,

Je viens de voir passer votre relance. Je ne peux pas valider cette facture en l'état : vous \
comptez 5 jours de pose pour 2 compagnons sur le chantier 24-031 (Résidence Les Aulnes, bât. B), \
or vos gars ont été sur site 3 jours, pas 5. Lundi 15, mardi 16 et jeudi 18 septembre, c'est noté sur \
notre registre de chantier et votre chef d'équipe peut vous le confirmer. Le mercredi personne \
n'est venu et le vendredi ils attendaient les vitrages, ce n'est pas de notre fait.

Donc 2 jours x 2 compagnons x 8 h x 52 € HT = 1 664 € HT à retirer.

Refaites-moi la facture sur 3 jours et je la fais passer au paiement.

J. Marchetti
Conducteur de travaux
Bâti Alpes Construction
+33 6 00 41 27 90

Envoyé de mon iPhone""",
    amount=1664.0,
    quote="apple",
    mailer=IPHONE,
    days_after=4,
    notes="A site manager contests days on site (3, not 5); the amount is computed from the days "
    "x workers x hours x rate he writes (1 664 € HT, excl. VAT); the site number 24-031 is his, "
    "not an invoice; 'je la fais passer au paiement' after a corrected invoice is no dated promise.",
)

R(
    "bq",
    "BQ-2025-0841",
    1372.45,
    "invoice",
    "de",
    "de",
    "2025-11-12T19:48:00+01:00",
    "Reto Gisler",
    "garage.gisler@bluewin.ch",
    "contestation",
    True,
    4,
    """Grüezi Frau Imhof

Ihre Rechnung für die Heizung in der Werkstatt habe ich erhalten. Die Arbeitsstunden sind ok, \
aber die Umwälzpumpe (Pos. 3, CHF 486.–) habt ihr nicht ersetzt. Der Monteur hat sie nur \
entlüftet und gesagt sie läuft wieder, die alte Pumpe ist immer noch drin. Kann Ihnen gern ein \
Foto schicken.

Die Pumpe zahle ich nicht. Schicken Sie mir eine neue Rechnung ohne Pos. 3, dann zahle ich \
sofort.

Gruss
Reto Gisler
Garage Gisler AG
Gotthardstrasse 41, 6460 Altdorf""",
    amount=486.0,
    mailer=OUTLOOK,
    days_after=1,
    notes="A garage owner accepts the hours but refuses one line (a pump not replaced, CHF 486): "
    "explicit refusal of that line, urgency 4; 'dann zahle ich sofort' has no date.",
)

R(
    "tv",
    "TV25-0377",
    3860.0,
    "reminder_1",
    "it",
    "it",
    "2025-11-26T10:05:00+01:00",
    "Federica Colombo",
    "acquisti@colombo-tessuti.it",
    "contestation",
    True,
    3,
    """Buongiorno,

rispondo al Vostro sollecito. La fattura non corrisponde alla merce ricevuta: fatturate 40 \
rotoli di tessuto art. 5120 (lino naturale h 150) ma con il Vs. DDT n. 1187 del 02/10/2025 ne \
sono arrivati 32, come risulta anche dal nostro carico di magazzino (bolla di entrata 25/4412). \
Mancano quindi 8 rotoli a CHF 96.50 = CHF 772.00.

Vi chiediamo una nota di credito per la differenza oppure, se i rotoli sono ancora da Voi, la \
consegna della merce mancante. Nel frattempo la fattura resta bloccata nel nostro gestionale.

In allegato copia del DDT firmato dal nostro magazziniere.

Cordiali saluti

Federica Colombo
Ufficio Acquisti
Colombo Tessuti Srl
Via Borgovico 148 – 22100 Como (CO)
Tel. +39 031 000 4471""",
    amount=772.0,
    quote="outlook",
    format="alt",
    mailer=OUTLOOK,
    days_after=3,
    attachments=[("pdf", "DDT_1187_firmato.pdf")],
    notes="A wholesaler's purchasing clerk: the delivery note (DDT 1187), article and goods-receipt "
    "numbers are hers, not invoices; 8 missing rolls x CHF 96.50 = 772.",
)

R(
    "wl",
    "WL-25-2214",
    1938.6,
    "reminder_3",
    "en",
    "en",
    "2026-01-13T16:41:00+01:00",
    "Mark Henderson",
    "mark.henderson@brunner-praezision.ch",
    "contestation",
    True,
    5,
    """Hi,

This is now the THIRD time I'm writing about this. We cancelled the hosting and CMS licence \
with you in writing on 28 August, well within the 3-month notice period, and Mr Frei confirmed \
the cancellation by e-mail on 1 September (screenshot attached, again). The 2026 renewal invoice \
WL-25-2214 should never have been issued and we are certainly not going to pay it.

I have asked twice for a credit note and got reminders instead. If we receive a debt collection \
notice for this, it goes straight to our lawyers, and I will make sure your Google reviews hear \
about it too.

Mark Henderson
Head of IT
Brunner Präzisionsteile AG | Industriestrasse 7 | 8604 Volketswil""",
    amount=1938.6,
    mentions=["WL-25-2214"],
    quote="outlook",
    format="alt",
    mailer=OUTLOOK,
    days_after=1,
    attachments=[("png", "cancellation_confirmation_2025-09-01.png")],
    notes="IT head: licence cancelled, the whole renewal invoice refused; capitals, lawyers and "
    "a review threat make it 5; 28 August / 1 September are past dates, not promises.",
)

R(
    "lo",
    "LO-2025-318",
    28416.0,
    "invoice",
    "fr",
    "fr",
    "2025-12-03T11:30:00+01:00",
    "Sandrine Morel",
    "s.morel@gerland-btp.fr",
    "contestation",
    True,
    3,
    """Bonjour,

Nous avons bien reçu votre situation de travaux n° 2 (facture LO-2025-318) pour le lot 08 \
Éclairage du chantier Groupe scolaire Jean-Macé à Villeurbanne.

Conformément à l'article 4.3 du CCAP, une retenue de garantie de 5 % s'applique sur chaque \
situation. Votre facture ne la fait pas apparaître et réclame 28 416,00 € TTC.

Nous réglerons donc 26 995,20 € TTC, soit le montant de la situation déduction faite de la \
retenue de garantie de 1 420,80 €, par virement le 15 décembre. La retenue sera libérée à \
l'expiration du délai de garantie de parfait achèvement, sauf si vous nous fournissez une \
caution bancaire.

Pour les prochaines situations, merci de faire figurer la retenue sur vos décomptes (cumul des \
travaux, RG, acomptes déjà versés), faute de quoi le maître d'œuvre nous les retournera.

Cordialement,

Sandrine Morel
Comptabilité travaux
Gerland BTP SAS – 41 rue de Gerland – 69007 Lyon""",
    amount=1420.8,
    pdate="2025-12-15",
    mentions=["LO-2025-318"],
    quote="thunderbird",
    mailer=TB,
    days_after=2,
    notes="A BTP company withholds the 5 % retenue de garantie (1 420,80 €) and promises the rest "
    "on 15 December: the amount paid now is not the one invoiced, so contestation (not "
    "invoice_error, though it also asks for future statements to show the retention).",
)

# ----------------------------------------------------------------------------------------------
# invoice_error
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BQ-2025-0907",
    8420.3,
    "invoice",
    "de",
    "de",
    "2025-12-01T09:22:00+01:00",
    "Sabine Kröger",
    "kreditoren@hoffmann-kaelte.de",
    "invoice_error",
    True,
    4,
    """Sehr geehrte Damen und Herren,

Ihre o. g. Rechnung ist bei uns eingegangen und unter der Belegnummer 5105008812 erfasst (Ihre \
Kreditorennummer bei uns: 70031245). Leider kann die Rechnung nicht gebucht werden, da die \
Bestellnummer fehlt. Alle Eingangsrechnungen müssen eine gültige Bestellnummer (45xxxxxxxx) \
tragen, sonst ist keine Zuordnung im System möglich und der Beleg wird im Freigabeworkflow \
automatisch zurückgewiesen.

Die Bestellung zu dieser Lieferung lautet 4500318876 (Pos. 10 und 20). Bitte senden Sie uns \
bis spätestens 10.12.2025 eine korrigierte Rechnung mit dieser Bestellnummer, damit sie noch im \
letzten Zahllauf des Jahres am 17.12.2025 berücksichtigt werden kann. Danach ist unser System \
wegen des Jahresabschlusses bis zum 09.01.2026 für Buchungen gesperrt.

Der Rechnungsbetrag selbst ist sachlich geprüft und in Ordnung.

Mit freundlichen Grüßen

i. A. Sabine Kröger
Kreditorenbuchhaltung

Hoffmann Kältetechnik GmbH
Rudolf-Diesel-Straße 14 · 78224 Singen
Sitz der Gesellschaft: Singen · Registergericht: Amtsgericht Freiburg i. Br. HRB 000000
Geschäftsführer: Andreas Hoffmann, Katrin Hoffmann-Beck""",
    mailer=OUTLOOK,
    days_after=3,
    notes="German accounts payable: Belegnummer, Kreditor and Bestellnummer are theirs, none is an "
    "invoice; missing PO blocking the 17.12 payment run with a 10.12 deadline, urgency 4; 17.12 "
    "is conditional on a corrected invoice, not a promised date.",
)

R(
    "fs",
    "FS-2025-1163",
    2153.5,
    "reminder_1",
    "fr",
    "fr",
    "2025-11-21T17:55:00+01:00",
    "Nicolas Dévaud",
    "info@garage-du-moleson.ch",
    "invoice_error",
    True,
    3,
    """Bonsoir Madame Progin,

Je reçois votre rappel pour le bouclement et la TVA. Aucun souci sur le montant, mais la facture \
est toujours établie à mon nom personnel, « Nicolas Dévaud, Route de la Gruyère 12, Bulle », \
alors que depuis le 1er juillet c'est la Sàrl qui est votre cliente (Garage du Moléson Sàrl, \
CHE-000.412.778). Je l'avais déjà signalé à votre collègue au téléphone en août.

Je ne peux pas la payer depuis le compte du garage si elle est à mon nom, la banque et le \
contrôle TVA ne vont pas aimer. Pouvez-vous me la refaire au nom de la Sàrl ? Je la paie dès \
réception.

Salutations
Nicolas Dévaud
Garage du Moléson Sàrl
Route de la Gruyère 12 – 1630 Bulle
026 000 12 34""",
    quote="outlook",
    outlook_line=False,
    mailer=OUTLOOK,
    charset="windows-1252",
    days_after=2,
    notes="Wrong legal entity (the owner instead of his Sàrl); the amount is explicitly accepted; "
    "'dès réception' is no date.",
)

R(
    "tv",
    "TV25-0418",
    1245.0,
    "reminder_2",
    "it",
    "it",
    "2025-12-09T14:12:00+01:00",
    "Marco Pedrazzini",
    "amministrazione@pedrazzini-arredi.ch",
    "invoice_error",
    True,
    3,
    """Buongiorno signora Bernasconi,

secondo me c'è un errore: la fattura 0418 è la stessa fornitura della 0396 (tende oscuranti per \
l'Hotel Lago, stessa quantità, stesso prezzo, stesso nostro ordine n. 2025-088). La 0396 \
l'abbiamo pagata il 20 ottobre, quindi la 0418 deve essere un doppione.

Ci mandate per favore l'annullamento? Così sistemo anche la nostra contabilità.

Grazie e saluti
Marco Pedrazzini
Pedrazzini Arredamenti SA – Bellinzona""",
    amount=1245.0,
    mentions=["TV25-0418", "TV25-0396"],
    quote="gmail",
    days_after=5,
    notes="Duplicate invoice (the same delivery invoiced twice): invoice_error with the full "
    "amount, not already_paid although 'l'abbiamo pagata' refers to the first invoice; the short "
    "numbers 0418 / 0396 are normalised; order 2025-088 is the customer's.",
)

R(
    "mr",
    "F-2025-0655",
    5040.0,
    "invoice",
    "en",
    "en",
    "2025-11-04T20:03:00+01:00",
    "Helen Whitfield",
    "helen@moulin-de-sevrier.fr",
    "invoice_error",
    True,
    3,
    """Hello Nathalie,

Thanks for the invoice for the new windows and the barn door - the lads did a lovely job and \
left everything spotless.

One thing though: you've charged VAT at 20%, but Mr Roche told us the 10% rate applied because \
it's renovation work on a house more than two years old, and I signed the attestation (form \
1301-SD) when he came to measure up in August. On 4,200 € HT that's 420 € of VAT too much.

Could you send me a corrected invoice at 10%? I'll pay it straight away. Happy to send another \
copy of the attestation if it got lost.

Best wishes,
Helen

Helen Whitfield
Le Moulin de Sévrier – chambres d'hôtes
74320 Sévrier""",
    amount=420.0,
    quote="gmail",
    format="alt",
    days_after=1,
    notes="An expat opens with praise, then a wrong VAT rate (20 % instead of 10 %): the VAT "
    "difference she states (420 €) is the disputed amount; 1301-SD is a tax form, not an invoice.",
)

# ----------------------------------------------------------------------------------------------
# already_paid
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BQ-2025-0779",
    684.9,
    "reminder_1",
    "de",
    "de",
    "2025-12-05T08:47:00+01:00",
    "Monika Arnold",
    "m.arnold@transporte-arnold.ch",
    "already_paid",
    True,
    3,
    """Guten Morgen

Die Rechnung haben wir am 27.11. bezahlt, zusammen mit der Rechnung für den Service am \
LKW-Waschplatz. Zahlungsavis im Anhang. Bitte prüfen, vielleicht wurde es bei Ihnen auf die \
andere Nummer gebucht.

Freundliche Grüsse
Monika Arnold
Disposition / Administration
Arnold Transporte AG, Schattdorf""",
    quote="outlook",
    mailer=OUTLOOK,
    days_after=1,
    attachments=[("pdf", "Zahlungsavis_20251127.pdf")],
    notes="Short: paid on 27.11 together with another invoice (named by its subject, not its "
    "number, so no mention); the date is a past payment.",
)

R(
    "lx",
    "LX-25-0934",
    1180.8,
    "reminder_2",
    "fr",
    "fr",
    "2025-12-11T15:36:00+01:00",
    "Kevin Rochat",
    "dispo@rochat-transports.ch",
    "already_paid",
    True,
    3,
    """Bonjour,

Je vous transfère la réponse de notre compta, apparemment c'est déjà payé. Merci de vérifier \
chez vous et d'annuler les frais de rappel.

Kevin Rochat
Dispo – Rochat Transports SA, Crissier
021 000 88 10

-----Message d'origine-----
De : Comptabilité Rochat Transports <compta@rochat-transports.ch>
Envoyé : jeudi, 11 décembre 2025 14:58
À : Kevin Rochat <dispo@rochat-transports.ch>
Objet : RE: 2e rappel : facture LX-25-0934 impayée

Salut Kevin,

La 0934 on l'a payée le 14 novembre, en un seul virement de CHF 2'318.40 avec la LX-25-0901 \
(la traduction des CGV en octobre). Ils ont dû mal lettrer de leur côté. Tu peux leur transférer, \
j'ai pas le temps de les appeler cette semaine avec le bouclement.

Sandra

-----Message d'origine-----
De : Kevin Rochat
Envoyé : jeudi, 11 décembre 2025 09:12
À : Comptabilité Rochat Transports
Objet : TR: 2e rappel : facture LX-25-0934 impayée

Sandra tu peux regarder ? C'est pour les traductions des bons de livraison en allemand, je crois \
qu'on l'a réglée.""",
    mentions=["LX-25-0934", "LX-25-0901"],
    quote="forward",
    internal=True,
    re="TR:",
    mailer=OUTLOOK,
    days_after=1,
    notes="A dispatcher forwards accounting's internal answer: 'la 0934' paid on 14 November in "
    "one transfer with LX-25-0901 (both written by the colleague, so both mentioned); the "
    "reminder fee he asks to cancel follows from the payment: no disputed amount for "
    "already_paid.",
)

R(
    "tv",
    "TV25-0402",
    5312.0,
    "reminder_1",
    "it",
    "it",
    "2025-12-15T11:02:00+01:00",
    "Giorgio Ferrante",
    "g.ferrante@ferrante-distribuzione.it",
    "already_paid",
    True,
    3,
    """Buongiorno,

il pagamento della fattura TV25-0402 è stato eseguito il 28/11/2025 con bonifico dalla nostra \
banca, TRN 0306925332871104480160000IT, importo CHF 5.312,00. Vi prego di verificare: forse non \
avete ancora abbinato l'incasso perché questa volta è partito dal conto in franchi e non da \
quello in euro come le altre volte.

Colgo l'occasione per segnalare che anche questa consegna è arrivata con due settimane di ritardo \
rispetto alla conferma d'ordine, e il nostro cliente ce l'ha fatto notare. Per gli ordini della \
stagione primavera/estate Vi chiedo più puntualità, altrimenti dovremo rivedere le nostre \
forniture.

Distinti saluti

Giorgio Ferrante
Responsabile acquisti
Ferrante Distribuzione Srl – Varese""",
    mentions=["TV25-0402"],
    quote="thunderbird",
    mailer=TB,
    days_after=4,
    notes="An Italian distributor says it paid (bank TRN, not an invoice number) and adds a "
    "complaint about late delivery that contests nothing: already_paid wins.",
)

R(
    "wl",
    "WL-25-2187",
    3402.0,
    "reminder_1",
    "en",
    "en",
    "2025-12-18T10:15:00+01:00",
    "Daniel O'Brien",
    "daniel.obrien@alpine-freight.ch",
    "already_paid",
    True,
    3,
    """Hi Lukas,

Our payment run went out on Tuesday (16 Dec) and your invoice was in it - remittance advice \
attached. It left from our group account in London, so it may take a couple of days to land \
with you. Our payment reference is PR-20251216-044.

If it still hasn't shown up by the end of next week, give me a shout and I'll chase the bank.

Cheers,
Dan

Daniel O'Brien | Finance Manager
Alpine Freight Services GmbH | Kloten""",
    quote="outlook",
    format="alt",
    mailer=OUTLOOK,
    days_after=2,
    attachments=[("pdf", "Remittance_PR-20251216-044.pdf")],
    notes="Paid on 16 Dec from a foreign account and not yet arrived: still already_paid; the "
    "payment reference is the customer's; 'end of next week' is not a promised date.",
)

# ----------------------------------------------------------------------------------------------
# delay_request
# ----------------------------------------------------------------------------------------------

R(
    "lo",
    "LO-2025-297",
    6480.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-01T12:40:00+01:00",
    "Aurélie Vasseur",
    "aurelie.vasseur@atelier-faste.fr",
    "delay_request",
    True,
    2,
    """Bonjour Camille,

Je me permets de vous répondre directement. Comme vous le savez peut-être, le salon Habitat & \
Design que nous organisions à Eurexpo fin octobre a été annulé à dix jours de l'ouverture par \
notre client (retrait de son principal sponsor). Votre prestation a bien été réalisée, l'étude \
lumière et le pré-montage, et nous ne contestons évidemment pas votre facture.

Le souci, c'est que notre client ne nous a toujours pas réglé les frais d'annulation et notre \
trésorerie est très tendue en cette fin d'année. Serait-il possible de régler en trois fois :

- 2 160 € le 15 décembre
- 2 160 € le 15 janvier
- 2 160 € le 15 février

Si cela vous convient, je programme les virements tout de suite.

Merci d'avance pour votre compréhension,

Aurélie Vasseur
Directrice de production
Atelier Faste – agence événementielle
Lyon 7e""",
    pdate="2025-12-15",
    quote="gmail",
    format="alt",
    days_after=6,
    notes="An event agency whose event was cancelled: 'nous ne contestons pas' (negation), a "
    "dated three-instalment plan pauses; promised date = first instalment.",
)

R(
    "fs",
    "FS-2025-1098",
    1870.0,
    "reminder_3",
    "fr",
    "fr",
    "2025-12-22T23:14:00+01:00",
    "Patrick Favre",
    "lepetitchalet.favre@gmail.com",
    "delay_request",
    False,
    2,
    """Bonsoir Madame Progin

Oui je sais pour la facture, je l'ai pas oubliee. Franchement c'est tres dur en ce moment, la \
terrasse a ete fermee tout octobre a cause des travaux de la route et les fetes sont moins bonnes \
que l'an passe. J'ai les salaires et la TVA a payer en premier.

Je vous paie des que ca va mieux mais pour l'instant je peux pas. Svp ne m'envoyez pas aux \
poursuites, je vais pas disparaitre, ca fait 8 ans que vous faites mes comptes.

Patrick
Restaurant Le Petit Chalet, Charmey""",
    quote="apple",
    mailer=IPHONE,
    days_after=3,
    notes="A restaurant owner short of cash, late at night, no accents: asks for time with no "
    "date ('des que ca va mieux'), so no pause; 'poursuites' is the company's threat echoed, "
    "not his.",
)

R(
    "wl",
    "WL-25-2150",
    2860.0,
    "reminder_1",
    "de",
    "de",
    "2025-11-21T06:10:00+01:00",
    "Urs Hänni",
    "haenni.hof@bluewin.ch",
    "delay_request",
    True,
    2,
    """Grüezi Herr Frei

Danke für die Erinnerung wegen dem Hofladen-Shop. Die Seite läuft gut, da gibt es nichts zu \
sagen, die Leute bestellen fleissig.

Im Moment ist es aber knapp bei uns, die Kartoffelernte war dieses Jahr schlecht und die \
Direktzahlungen kommen erst im Dezember. Wäre es möglich, dass ich die Rechnung Ende Januar \
zahle? Dann ist sicher alles da.

Freundliche Grüsse
Urs Hänni
Hof Sonnhalde, 3436 Zollbrück""",
    pdate="2026-01-31",
    days_after=2,
    notes="A farmer asks to pay 'Ende Januar' (a concrete new date, resolved to 31 Jan 2026): "
    "pauses; the December subsidies date is not his promise.",
)

R(
    "bq",
    "BQ-2025-0862",
    2290.0,
    "reminder_2",
    "de",
    "de",
    "2025-12-15T13:30:00+01:00",
    "Thomas Wyss",
    "t.wyss@wyss-logistik.ch",
    "delay_request",
    False,
    2,
    """Hallo Frau Imhof

Kurz zur 2. Mahnung: wir wissen, dass die Rechnung noch offen ist. Uns ist im Oktober ein \
grosser Kunde in Konkurs gegangen und wir warten noch auf rund 80'000.– von dem. Der Chef hat \
gesagt, wir sollen alle Lieferanten um etwas Geduld bitten, wir zahlen sobald wieder Luft ist. \
Bitte nicht gleich betreiben, wir sind seit Jahren gute Kunden.

Gruss
Thomas Wyss
Disposition
Wyss Logistik AG, Rothenburg
041 000 23 45""",
    quote="outlook",
    mailer=OUTLOOK,
    days_after=1,
    notes="A logistics dispatcher asks for patience without a date: no pause; 'Konkurs' is their "
    "own customer's bankruptcy and 80'000 their claim on it, not a disputed amount.",
)

# ----------------------------------------------------------------------------------------------
# payment_promise
# ----------------------------------------------------------------------------------------------

R(
    "mr",
    "F-2025-0640",
    3156.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-09T10:48:00+01:00",
    "Corinne Baud",
    "comptabilite@sbl-batiment.fr",
    "payment_promise",
    False,
    1,
    """Bonjour Madame Roche,

Votre facture F-2025-0640 (menuiseries intérieures, chantier Meythet) a été validée par notre \
conducteur de travaux. Elle sera réglée par virement avec notre échéancier fournisseurs de \
vendredi.

Cordialement,

Corinne Baud
Comptabilité fournisseurs
SBL Bâtiment SAS – 12 rue des Entrepreneurs – 74370 Pringy
Tél. 04 50 00 00 00

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs \
destinataires. Toute utilisation ou diffusion non autorisée est interdite et peut donner lieu à \
des poursuites. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement \
l'expéditeur et de le détruire. SBL Bâtiment décline toute responsabilité au titre de ce \
message.""",
    pdate="2025-12-12",
    mentions=["F-2025-0640"],
    quote="outlook",
    format="alt",
    mailer=OUTLOOK,
    days_after=2,
    notes="'vendredi' resolved against Tue 9 Dec = 12 Dec; the disclaimer's 'poursuites' is "
    "boilerplate, not a threat.",
)

R(
    "bq",
    "BQ-2025-0815",
    11940.0,
    "reminder_2",
    "de",
    "de",
    "2026-01-13T08:55:00+01:00",
    "Jürgen Bertsch",
    "kreditoren@schwarzwald-stanztechnik.de",
    "payment_promise",
    False,
    1,
    """Sehr geehrte Frau Imhof,

bezugnehmend auf Ihre 2. Mahnung teilen wir Ihnen mit, dass die o. g. Rechnung (bei uns erfasst \
unter Beleg-Nr. 5100027741, Kreditor 71002388) nach Abschluss der Rechnungsprüfung am 12.01.2026 \
zur Zahlung freigegeben wurde. Die Zahlung erfolgt mit unserem nächsten Zahllauf am Freitag, \
16.01.2026, per Auslandsüberweisung in CHF.

Wegen unseres Jahresabschlusses waren die Buchungskreise vom 19.12.2025 bis 09.01.2026 gesperrt; \
wir bitten die Verzögerung zu entschuldigen.

Mit freundlichen Grüßen

i. A. Jürgen Bertsch
Finanzbuchhaltung / Kreditoren

Schwarzwald Stanztechnik GmbH | Gewerbepark 9 | 78052 Villingen-Schwenningen
Sitz der Gesellschaft: Villingen-Schwenningen · Registergericht: Amtsgericht Freiburg i. Br. \
HRB 000000 · Geschäftsführer: Dr. Martin Kessler""",
    pdate="2026-01-16",
    quote="outlook",
    outlook_line=False,
    mailer=OUTLOOK,
    days_after=6,
    notes="SAP-style numbers (Beleg-Nr., Kreditor) are the customer's; 12.01 (release) and the "
    "closing period are other dates; the payment run of 16.01 is the promise.",
)

R(
    "lx",
    "LX-25-0958",
    960.0,
    "reminder_1",
    "fr",
    "mixed",
    "2025-12-18T17:02:00+01:00",
    "James Carter",
    "james.carter@lakeside-catering.ch",
    "payment_promise",
    False,
    1,
    """Bonjour Monsieur Chappuis,

Désolé, mon français n'est pas parfait. The invoice is approved, I'll pay it on Friday with the \
other suppliers.

Just so you know, the German menu translation came back two days late and we had to print the \
menus ourselves at the last minute. Not a huge drama, but please keep an eye on deadlines, the \
Christmas menus are next.

Merci et bonne soirée,
James Carter
Lakeside Catering Sàrl, Montreux""",
    pdate="2025-12-19",
    client_lang="en",
    quote="apple",
    mailer=APPLE,
    days_after=2,
    notes="French opener then English; a promise ('on Friday' from Thu 18 Dec = 19 Dec) with a "
    "mild complaint about lateness that disputes nothing: payment_promise.",
)

R(
    "tv",
    "TV25-0431",
    2736.0,
    "reminder_1",
    "it",
    "it",
    "2025-12-11T09:40:00+01:00",
    "Sara Gianola",
    "contabilita@gianola-forniture.ch",
    "payment_promise",
    False,
    1,
    """Buongiorno,

Vi confermo che ho appena inserito il pagamento nell'e-banking, con data di esecuzione \
15.12.2025 (è il giorno del nostro giro pagamenti fornitori). Vedrete l'accredito in quei giorni.

Saluti
Sara Gianola
Contabilità
Gianola Forniture Tessili SA, Mendrisio""",
    pdate="2025-12-15",
    quote="gmail",
    days_after=1,
    notes="'Ho appena inserito il pagamento' sounds paid but the transfer is only scheduled for "
    "15.12: a promise with that date, not already_paid.",
)

# ----------------------------------------------------------------------------------------------
# copy_request
# ----------------------------------------------------------------------------------------------

R(
    "fs",
    "FS-2025-1121",
    745.6,
    "invoice",
    "fr",
    "fr",
    "2025-11-18T12:05:00+01:00",
    "Sébastien Yerly",
    "atelier@garage-yerly.ch",
    "copy_request",
    False,
    2,
    """Bonjour,

Votre facture m'est bien parvenue, mais le QR-code ne passe pas avec l'app de la banque (il est \
coupé en bas de la page quand j'ouvre le PDF sur le téléphone, voir capture). Pourriez-vous me \
renvoyer la QR-facture seule, ou simplement me donner l'IBAN et la référence pour que je la \
saisisse à la main ?

Et dorénavant merci d'envoyer les factures à compta@garage-yerly.ch plutôt qu'à l'atelier, ici \
personne ne les lit avant le vendredi.

Merci et bonne journée
Sébastien Yerly
Garage Yerly SA – Route de Fribourg 40 – 1723 Marly""",
    mailer=TB,
    days_after=1,
    attachments=[("png", "Screenshot_20251118_115902.png")],
    notes="A garage asks for the QR-bill or IBAN again and for future invoices to another address; "
    "the cut-off QR code is a display problem, not an invoice error.",
)

R(
    "wl",
    "WL-25-2231",
    4690.0,
    "invoice",
    "de",
    "de",
    "2026-01-08T10:30:00+01:00",
    "Stefan Meier",
    "stefan.meier@feldmann-maschinenbau.ch",
    "copy_request",
    False,
    2,
    """Hallo Herr Frei

Besten Dank für die Rechnung zum Support-Vertrag 2026. Bitte schicken Sie Rechnungen ab sofort \
nicht mehr an mich, sondern direkt an unser Kreditoren-Postfach \
rechnungseingang@feldmann-maschinenbau.ch. Die werden dort automatisch eingelesen (nur PDF, ein \
PDF pro Rechnung).

Könnten Sie diese hier gleich auch noch dorthin schicken? Sonst bleibt sie bei mir liegen.

Gruss
Stefan Meier
Leiter Informatik
Feldmann Maschinenbau AG | 8500 Frauenfeld""",
    quote="outlook",
    mailer=OUTLOOK,
    days_after=1,
    notes="An IT head redirects future invoices to the AP scanning mailbox and asks for this one "
    "to be resent there; nothing is contested.",
)

R(
    "mr",
    "F-2025-0671",
    1188.0,
    "reminder_1",
    "en",
    "en",
    "2026-01-06T14:25:00+01:00",
    "Gareth Evans",
    "gareth@alpinebikeworks.fr",
    "copy_request",
    False,
    2,
    """Hi,

Happy new year! Got your reminder but I can't find the original invoice anywhere, I think it \
went to my old gmail which I don't use any more. Can you send it again to this address please?

Cheers
Gareth

Alpine Bike Works, Annecy

Sent from my iPhone""",
    quote="apple",
    mailer=IPHONE,
    days_after=1,
    notes="An expat workshop owner never saw the invoice and asks for it again; no date, no "
    "promise.",
)

# ----------------------------------------------------------------------------------------------
# acknowledgement
# ----------------------------------------------------------------------------------------------

R(
    "mr",
    "F-2025-0702",
    9864.0,
    "invoice",
    "fr",
    "fr",
    "2026-01-15T08:31:00+01:00",
    "Lucie Perrin",
    "l.perrin@cordier-construction.fr",
    "acknowledgement",
    False,
    1,
    """Bonjour,

Bien reçu, merci. Je transmets à la comptabilité fournisseurs pour traitement après visa du \
conducteur de travaux.

Cordialement,

Lucie Perrin
Assistante – Service Achats
Cordier Construction SAS – ZA des Glaisins – 74940 Annecy-le-Vieux

Pensez à l'environnement avant d'imprimer ce courriel.
Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et d'opposition aux \
données vous concernant. Ce message est confidentiel ; s'il vous a été adressé par erreur, \
merci de le détruire et d'en informer l'expéditeur.""",
    quote="outlook",
    format="html",
    mailer=OUTLOOK,
    days_after=1,
    notes="HTML only; 'transmis à la comptabilité' after a visa is an acknowledgement, the GDPR "
    "'opposition' is signature boilerplate.",
)

R(
    "bq",
    "BQ-2025-0930",
    356.4,
    "invoice",
    "de",
    "de",
    "2025-12-18T18:44:00+01:00",
    "Beat Zurfluh",
    "schreinerei.zurfluh@bluewin.ch",
    "acknowledgement",
    False,
    1,
    """Danke, ist angekommen. Geht an meine Frau, sie macht bei uns die Zahlungen.

Gruss Beat

Von meinem iPhone gesendet""",
    quote="apple",
    mailer=IPHONE,
    days_after=0,
    notes="Two lines from a phone: received and passed on to whoever pays; no date, so not a "
    "promise.",
)

# ----------------------------------------------------------------------------------------------
# auto_reply
# ----------------------------------------------------------------------------------------------

R(
    "fs",
    "FS-2025-1140",
    1420.0,
    "reminder_1",
    "fr",
    "mixed",
    "2025-12-22T11:20:00+01:00",
    "Martin Schneider",
    "m.schneider@schneider-bau-biel.ch",
    "auto_reply",
    False,
    1,
    """Ich bin vom 22.12.2025 bis und mit 05.01.2026 abwesend (Betriebsferien). Ihre E-Mail wird \
nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an unser Büro: 032 000 45 67.

Je suis absent du 22.12.2025 au 05.01.2026 inclus (vacances de l'entreprise). Votre message ne \
sera pas transféré. En cas d'urgence, veuillez contacter notre bureau au 032 000 45 67.

Schneider Bau AG / Schneider Construction SA – Biel/Bienne""",
    client_lang="de",
    re="Automatische Antwort:",
    headers=AUTO,
    mailer=OUTLOOK,
    days_after=0,
    notes="Bilingual out-of-office of a construction firm (de/fr); the absence dates are not "
    "promised dates.",
)

R(
    "lo",
    "LO-2025-334",
    4218.0,
    "reminder_3",
    "fr",
    "fr",
    "2026-01-20T11:12:00+01:00",
    "Portail Fournisseurs Groupe Batisud",
    "ne-pas-repondre@fournisseurs.batisud.fr",
    "auto_reply",
    False,
    1,
    """Bonjour,

Votre message a bien été enregistré par le service Relations Fournisseurs du Groupe Batisud sous \
le numéro de demande FRN-2026-004417.

Délai de traitement habituel : 5 jours ouvrés. Pour toute question sur le statut d'une facture, \
merci de consulter le portail fournisseurs (onglet « Mes factures ») en vous munissant de votre \
code fournisseur et du numéro de commande.

Rappel : les factures doivent être déposées sur le portail ; les factures reçues par courriel ne \
sont plus traitées depuis le 1er janvier 2026.

Ceci est un message automatique, merci de ne pas y répondre.

Groupe Batisud – Direction Financière""",
    re="[FRN-2026-004417] RE :",
    headers={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"},
    format="html",
    mailer=None,
    days_after=0,
    notes="A BTP group's supplier-portal ticket confirmation answering the final reminder; the "
    "ticket number and the 'factures reçues par courriel ne sont plus traitées' line are "
    "automatic, not a dispute or a request from a person.",
)

# ----------------------------------------------------------------------------------------------
# other
# ----------------------------------------------------------------------------------------------

R(
    "wl",
    "WL-25-2199",
    1512.0,
    "reminder_1",
    "de",
    "de",
    "2025-12-03T15:50:00+01:00",
    "Priska Imfeld",
    "p.imfeld@kieswerk-rotsee.ch",
    "other",
    False,
    2,
    """Guten Tag Frau Keller

Wie am Telefon besprochen, anbei die korrigierten Lieferscheine für die Kieslieferungen an die \
Baustelle Rotkreuz (KW 47). Die Mengen auf den Lieferscheinen 88120 und 88127 waren vertauscht, \
jetzt stimmt es. Die korrigierte Rechnung schicke ich Ihnen morgen.

Freundliche Grüsse
Priska Imfeld
Auftragsbearbeitung
Kieswerk Rotsee AG, 6023 Rothenburg""",
    quote="outlook",
    mailer=OUTLOOK,
    days_after=2,
    attachments=[("pdf", "Lieferscheine_KW47_korrigiert.pdf")],
    notes="Sent to the wrong supplier: a gravel works writes to its own customer (Frau Keller) "
    "about its own delivery notes and corrected invoice, replying in Webwerk's reminder thread; "
    "nothing about Webwerk's invoice.",
)

R(
    "lo",
    "LO-2025-341",
    2376.0,
    "invoice",
    "en",
    "en",
    "2025-11-26T14:18:00+01:00",
    "Tom Fletcher",
    "tom.fletcher@rhone-alpes-freight.fr",
    "other",
    False,
    1,
    """Hi Camille,

Replying here as I don't have a contact in your sales team - hope you don't mind.

Since you ship fittings to Switzerland and Italy: from January we're running a daily groupage \
service Lyon - Geneva - Milan, customs clearance included, with pallet rates from 89 € HT. Happy \
to send a quote for your next shipments, and I've attached our rate card.

Best,
Tom Fletcher
Business Development
Rhône-Alpes Freight SAS | Corbas
+33 4 00 00 31 31""",
    format="alt",
    days_after=3,
    attachments=[("pdf", "RAF_rate_card_2026.pdf")],
    notes="A customer's sales pitch sent as a reply to the invoice: other; the 89 € pallet rate "
    "is his price, not a disputed amount.",
)
