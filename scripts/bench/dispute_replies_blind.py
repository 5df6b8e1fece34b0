# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# ruff: noqa: RUF001  (the customers write en dashes)
"""Blind set of customers' replies (tests/data/disputes_blind), with their labels (CC0 text).

Written by a third writer, after the reply reader was built and without looking at its rules or
at its answers. Measured blind twice (see its README), then tuned on: development data now.

Same entry format as ``dispute_replies_more.py`` (its ``R`` helper is reused, the entries are kept
in this file's own ``REPLIES``); labels as defined in /work/shared/samples/disputes/README.md.
Build with ``.venv/bin/python scripts/bench/make_dispute_replies.py --source blind``.
"""

import dispute_replies_more as _more
from dispute_replies_more import APPLE, IPHONE, ORANGE, OUTLOOK, TB

REPLIES = []

ANDROID = "Microsoft Outlook for Android"
ROUNDCUBE = "Roundcube Webmail/1.6.9"

R = _more.writer(REPLIES)


AUTO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

# ----------------------------------------------------------------------------------------------
# contestation
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "RG25-00712",
    2486.5,
    "reminder_1",
    "de",
    "de",
    "2025-11-18T07:55:00+01:00",
    "Beat Schnyder",
    "b.schnyder@schnyder-garage.ch",
    "contestation",
    True,
    3,
    """
Guten Morgen Frau Imhof

Ich habe Ihre Erinnerung erhalten und die Rechnung nochmals angeschaut. Verrechnet sind zwei
Anfahrten à Fr. 95.–, Ihr Monteur war aber nur einmal bei uns (am 2. Oktober). Den zweiten Termin
hat er am Vorabend telefonisch abgesagt.

Die zweite Anfahrt ziehen wir deshalb ab. Den Rest von Fr. 2'391.50 überweisen wir Ende Monat mit
unserem Zahlungslauf.

Besten Dank für Ihr Verständnis
Beat Schnyder
Garage Schnyder AG
Industriestrasse 4, 6030 Ebikon
Tel. 041 440 12 12
""",
    amount=95.0,
    pdate="2025-11-30",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="One travel flat fee contested (CHF 95); the undisputed rest is promised for 'Ende Monat'.",
)

R(
    "mr",
    "F25-0957",
    3840.0,
    "invoice",
    "fr",
    "fr",
    "2025-12-03T14:20:00+01:00",
    "Sophie Garnier",
    "boulangerie.garnier@wanadoo.fr",
    "contestation",
    True,
    3,
    """
Bonjour Madame Roche,

J'accuse réception de la facture pour l'agencement du magasin, mais je suis étonnée de la recevoir
maintenant. Le chantier n'est pas terminé : les plinthes derrière la vitrine ne sont pas posées et
deux façades du meuble de caisse sont rayées (je l'ai signalé à votre chef d'équipe le jour même).

Nous avions convenu que le solde serait facturé après la réception des travaux. Tant que les
réserves ne sont pas levées, nous suspendons le règlement de cette facture.

Pouvez-vous me proposer une date d'intervention ?

Sophie Garnier
Boulangerie Garnier – 3 rue Sommeiller, 74000 Annecy
""",
    amount=3840.0,
    quote="thunderbird",
    mailer=TB,
    notes="Polite receipt first, then the whole invoice withheld until the snags are fixed.",
)

R(
    "tv",
    "TV/25/0612",
    1764.0,
    "reminder_2",
    "it",
    "it",
    "2025-12-09T11:02:00+01:00",
    "Giulia Ferrari",
    "amministrazione@hotel-lagomaggiore-ascona.ch",
    "contestation",
    True,
    3,
    """
Gentile signora Bernasconi,

rispondo al vostro secondo sollecito. Come già comunicato al vostro rappresentante il 14 novembre
(con fotografie), dodici delle quaranta tovaglie avorio consegnate presentano difetti di tessitura e
non sono utilizzabili in sala.

Riconosciamo l'importo per le 28 tovaglie in ordine. Per le 12 difettose, pari a CHF 352.80,
attendiamo una nota di credito oppure la sostituzione. Vi chiediamo inoltre di annullare le spese di
sollecito di CHF 20.–, visto che la contestazione vi era nota.

Allego di nuovo due foto.

Distinti saluti
Giulia Ferrari
Ufficio amministrazione
Hotel Lago Maggiore, Ascona
""",
    amount=372.8,
    quote="outlook",
    mailer=OUTLOOK,
    re="R:",
    attachments=[("jpg", "tovaglia_difetto_1.jpg"), ("jpg", "tovaglia_difetto_2.jpg")],
    notes="Faulty part of the goods (CHF 352.80) plus the CHF 20 reminder fee contested: 372.80.",
)

R(
    "lx",
    "LX-2025/318",
    2145.6,
    "reminder_1",
    "fr",
    "fr",
    "2025-11-05T16:40:00+01:00",
    "Nathalie Bugnon",
    "n.bugnon@caves-bugnon.ch",
    "contestation",
    True,
    3,
    """
Bonjour Monsieur Chappuis,

Avant de payer votre facture, je dois vous faire part d'un problème. La traduction allemande de
notre brochure (une septantaine de pages) comportait beaucoup d'erreurs de terminologie viticole :
« cépage » rendu tantôt par « Rebsorte », tantôt par « Traubensorte », des millésimes inversés, etc.
Notre collaboratrice de Bâle a dû tout relire, ce qui lui a pris 6 heures.

Nous vous proposons de déduire ce temps de relecture de votre facture, à notre tarif interne de
CHF 95.– de l'heure. Je reste volontiers à disposition pour en discuter par téléphone.

Avec mes salutations les meilleures,

Nathalie Bugnon
Caves Bugnon SA
Route du Vignoble 22, 1095 Lutry
T +41 21 791 00 00
""",
    amount=570.0,
    quote="apple",
    mailer=APPLE,
    notes="Quality contested, deduction asked as hours × the customer's rate: 6 × 95 = 570.",
)

R(
    "bq",
    "RG25-00728",
    645.0,
    "reminder_3",
    "de",
    "de",
    "2026-01-21T19:48:00+01:00",
    "Hansruedi Kälin",
    "hr.kaelin@bluewin.ch",
    "contestation",
    True,
    5,
    """
Jetzt reichts mir definitiv.

Ich habe Ihnen schon im November geschrieben UND angerufen, dass die Wärmepumpe nach Ihrem Besuch
genau gleich Störung meldet wie vorher. Ihr Techniker hat 20 Minuten den Fehlerspeicher gelesen und
ist wieder gegangen. Dafür Fr. 645.-?? Und jetzt droht man mir mit Betreibung.

Ich habe den Fall meiner Rechtsschutzversicherung übergeben. Bezahlt wird weder die Rechnung noch
Ihre Fr. 40.- Mahnspesen. Weitere Post bitte direkt an die Versicherung (Dossier 2026-01187).

H. Kälin
""",
    amount=685.0,
    quote="gmail",
    client_lang="de",
    charset="iso-8859-1",
    notes="Anger, legal-expenses insurance instructed; whole invoice plus the CHF 40 fee refused.",
)

R(
    "mr",
    "F25-0964",
    1188.0,
    "reminder_2",
    "fr",
    "fr",
    "2025-12-15T08:31:00+01:00",
    "Marc Dufour",
    "compta@dufour-paysage.fr",
    "contestation",
    True,
    3,
    """
Bonjour,

Concernant votre relance, deux choses :

- le principal de 1 188 € partira par virement ce vendredi, c'est validé de notre côté ;
- en revanche nous vous demandons de retirer l'indemnité forfaitaire de 40 € et les pénalités.

Votre facture a été envoyée à notre ancienne adresse de Seynod, nous ne l'avons reçue que le
28 novembre, soit après l'échéance. Le retard ne nous est donc pas imputable.

Merci de nous confirmer l'annulation de ces frais.

Cordialement,
Marc Dufour
Dufour Paysage SARL – Service comptabilité
""",
    amount=40.0,
    pdate="2025-12-19",
    quote="none",
    mailer=OUTLOOK,
    format="alt",
    notes="Only the EUR 40 indemnity (and unquantified penalties) contested; principal promised "
    "'ce vendredi'.",
)

R(
    "lx",
    "LX-2025/327",
    980.0,
    "invoice",
    "en",
    "en",
    "2025-10-29T10:12:00+01:00",
    "Thomas Brändli",
    "t.braendli@braendli-medtech.ch",
    "contestation",
    True,
    3,
    """
Hello Mr. Chappuis

Thank you for the fast delivery of the translation. But I am confused about the price. In your
offer from 3rd October you wrote a flat price of CHF 750.- all inclusive for the general terms and
conditions (FR -> EN). Now the invoice is over CHF 980.-.

We did not order anything additional as far as I know. Can you please explain the difference or
send us a corrected invoice over the agreed amount?

Best regards
Thomas Brändli
Head of Finance
Brändli Medtech AG | Baarerstrasse 75 | 6300 Zug
""",
    amount=230.0,
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    notes="Non-native English; price above the agreed flat fee: 980 − 750 = 230; 'corrected "
    "invoice' about the amount, not a formal defect.",
)

R(
    "tv",
    "TV/25/0627",
    4310.0,
    "reminder_1",
    "de",
    "de",
    "2025-11-24T13:05:00+01:00",
    "Corina Casutt",
    "reception@hotel-piz-mundaun.ch",
    "contestation",
    True,
    3,
    """
Grüezi Frau Bernasconi

Auf Ihrer Rechnung sind neben den Frottiertüchern auch 30 Bademäntel (à Fr. 48.–, total
Fr. 1'440.–) aufgeführt. Diese haben wir nie bestellt. Die Sendung haben wir am 7. Oktober
ungeöffnet an Ihr Lager in Locarno zurückgeschickt, den Retourenschein der Post finden Sie im
Anhang.

Die Frottiertücher sind in Ordnung und werden bezahlt, sobald Sie uns für die Bademäntel eine
Gutschrift geschickt haben.

Freundliche Grüsse aus der Surselva
Corina Casutt
Hotel Piz Mundaun, Obersaxen
""",
    amount=1440.0,
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    attachments=[("pdf", "Retourenschein_Post.pdf")],
    notes="Goods never ordered, returned: the customer's own total CHF 1'440.",
)

R(
    "mr",
    "F25-0970",
    6250.0,
    "reminder_3",
    "fr",
    "fr",
    "2026-02-02T09:15:00+01:00",
    "Pierre-Yves Mollard",
    "py.mollard@gmail.com",
    "contestation",
    True,
    5,
    """
Félicitations, troisième relance en deux mois : c'est bien la seule chose qui arrive chez vous dans
les délais.

Pour mémoire, les portes coulissantes du dressing sortent de leur rail depuis la pose, et votre
technicien devait « repasser la semaine prochaine » en novembre. Toujours personne.

J'ai remis le dossier à Maître Catherine Vuillermoz, avocate à Annecy, qui vous écrira. D'ici là,
vous n'aurez pas un centime des 6 250 €, et si vous m'envoyez une mise en demeure, elle se fera un
plaisir d'y répondre.

P.-Y. Mollard
""",
    amount=6250.0,
    quote="gmail",
    client_lang="fr",
    notes="Sarcastic opener, lawyer instructed, whole invoice refused.",
)

R(
    "bq",
    "RG25-00735",
    1320.0,
    "invoice",
    "fr",
    "fr",
    "2025-12-11T17:22:00+01:00",
    "Laurent Python",
    "l.python@fiduciaire-sarine.ch",
    "contestation",
    True,
    3,
    """
Bonjour Madame,

Merci pour l'envoi de la facture concernant le remplacement des radiateurs de nos bureaux.

Nous ne contestons pas l'intervention, qui s'est très bien passée. En revanche, le tarif horaire ne
correspond pas à votre offre du 4 novembre : celle-ci mentionnait CHF 110.– l'heure, alors que la
facture applique CHF 135.– pour les 8 heures de travail.

Pourriez-vous nous faire parvenir une facture corrigée selon l'offre ?

Meilleures salutations

Laurent Python
Fiduciaire de la Sarine SA
Rue de Romont 11 – 1700 Fribourg
Tél. 026 322 00 00

Ce message et ses annexes sont confidentiels et destinés exclusivement à leur destinataire. Toute
diffusion, copie ou utilisation non autorisée est interdite et peut donner lieu à des poursuites.
Si vous avez reçu ce message par erreur, merci d'en avertir l'expéditeur et de le détruire.
""",
    amount=200.0,
    quote="outlook",
    mailer=OUTLOOK,
    re="RE :",
    client_lang="fr",
    notes="'Nous ne contestons pas … en revanche': rate above the quote, (135 − 110) × 8 h = 200; "
    "'poursuites' only in the disclaimer.",
)

R(
    "lx",
    "LX-2025/334",
    1575.0,
    "reminder_2",
    "de",
    "mixed",
    "2025-12-18T12:40:00+01:00",
    "Lena Hofstetter",
    "lena@fluxbox-studio.ch",
    "contestation",
    True,
    3,
    """
Hi Olivier

Sorry for the late answer, it's crazy here before Christmas. Ehrlich gesagt haben wir die
Übersetzungen nie bekommen: the download link in your delivery mail had already expired when I
clicked it (Anfang November). Ich habe damals ans info@ geschrieben, aber nie eine Antwort erhalten.

So from our side the job is not delivered yet. Kannst du uns die Files nochmals schicken? Dann
zahlen wir natürlich sofort, inkl. Mahngebühr wenn's sein muss.

Cheers
Lena
--
Lena Hofstetter | Fluxbox Studio GmbH | Hardturmstrasse 161, 8005 Zürich
""",
    amount=1575.0,
    quote="gmail",
    client_lang="en",
    notes="German/English; the work was never received, so the whole invoice is withheld until "
    "delivery (the resend asked is of the translations, not of the invoice).",
)

R(
    "tv",
    "TV/25/0633",
    2290.0,
    "reminder_1",
    "it",
    "it",
    "2025-11-27T09:48:00+01:00",
    "Fabio Crivelli",
    "fabio.crivelli@grotto-crivelli.ch",
    "contestation",
    True,
    3,
    """
Buongiorno,

controllando la fattura abbiamo notato che i canovacci sono fatturati a CHF 21.00 al pezzo, mentre
nel listino 2025 che ci avete mandato a marzo il prezzo era di CHF 18.50. Su 200 pezzi la differenza
è di CHF 500.00.

Intanto paghiamo la parte non contestata, CHF 1'790.00, entro il 5 dicembre. Per il resto
aspettiamo una nota di credito.

Saluti
Fabio Crivelli
Grotto Crivelli, Mendrisio

Inviato da iPhone
""",
    amount=500.0,
    pdate="2025-12-05",
    quote="none",
    mailer=IPHONE,
    notes="Unit price above the price list, difference stated (500); undisputed part promised "
    "for 5 December.",
)

R(
    "bq",
    "RG25-00741",
    388.8,
    "reminder_1",
    "de",
    "de",
    "2025-12-02T22:10:00+01:00",
    "Bruno Odermatt",
    "bruno.odermatt@gmx.ch",
    "contestation",
    True,
    4,
    """
Die Rechnung stimmt nicht. Der Boilerservice war Garantie, hat mir Ihr Monteur selber gesagt. Das
zahle ich sicher nicht.

Gruss B. Odermatt

Von meinem iPhone gesendet
""",
    amount=388.8,
    quote="apple",
    mailer=IPHONE,
    notes="Three lines: warranty work billed, the whole invoice refused outright (urgency 4).",
)

R(
    "mr",
    "F25-0978",
    2980.0,
    "reminder_1",
    "en",
    "en",
    "2025-11-19T16:25:00+01:00",
    "Graham Whitfield",
    "graham.whitfield@btinternet.com",
    "contestation",
    True,
    3,
    """
Dear Ms Roche,

I had a proper look at the invoice for the shelving and the window seat in the chalet before paying
it, and I'm afraid the labour doesn't add up. You have charged 14 hours of fitting. Your fitter was
on site on two mornings only (Tuesday and Wednesday, 8:30 till about noon each day) – our
neighbour, who keeps the keys, was there both times. That's 7 hours at the very most.

At your rate of €62/hour, that is €434 more than it should be. The materials and the window seat
itself are fine.

I'd be grateful for a revised invoice, which I will then settle promptly.

Kind regards,
Graham Whitfield
Chalet Les Aiguilles, Le Grand-Bornand
""",
    amount=434.0,
    quote="gmail",
    client_lang="en",
    notes="Hours contested, the customer states the excess (7 h × 62 = 434).",
)

R(
    "bq",
    "RG25-00826",
    1540.0,
    "reminder_1",
    "de",
    "de",
    "2025-12-09T10:05:00+01:00",
    "Monika Gisler",
    "m.gisler@gisler-verwaltungen.ch",
    "contestation",
    True,
    3,
    """
Guten Tag Frau Imhof

Die RG25-00826 (Liegenschaft Bahnhofstrasse 9) ist in Ordnung und geht diese Woche raus.

Bei der Rechnung RG25-00811 für die Liegenschaft Dorfplatz 3 stimmt hingegen etwas nicht:
Verrechnet ist der Ersatz des Ausdehnungsgefässes (Fr. 412.–), laut Rapport Ihres Monteurs wurde
das Gefäss aber nur geprüft und nachgefüllt. Bitte korrigieren Sie diese Rechnung.

Freundliche Grüsse
Monika Gisler
Gisler Verwaltungen AG | Immobilienbewirtschaftung
Schmiedgasse 3 | 6431 Schwyz | 041 810 00 00
""",
    amount=412.0,
    pdate="2025-12-12",
    mentions=["RG25-00826", "RG25-00811"],
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="Two issues: the thread's invoice promised 'diese Woche' (Friday), a different invoice "
    "(RG25-00811) contested for CHF 412; the dispute concerns RG25-00811.",
)

# ----------------------------------------------------------------------------------------------
# invoice_error
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "RG25-00749",
    5420.0,
    "invoice",
    "de",
    "de",
    "2025-11-12T10:30:00+01:00",
    "Claudia Brunner",
    "c.brunner@brunner-immo.ch",
    "invoice_error",
    True,
    3,
    """
Sehr geehrte Frau Imhof

Besten Dank für die Rechnung zur Sanierung der Heizverteilung. Leider ist sie falsch adressiert:
Sie lautet auf die «Stockwerkeigentümergemeinschaft Seestrasse 14», Auftraggeberin und
Rechnungsempfängerin ist gemäss Werkvertrag aber die Brunner Immobilien AG als Verwalterin
(Adresse siehe unten).

Könnten Sie die Rechnung bitte entsprechend neu ausstellen? Den Betrag haben wir geprüft, der
stimmt.

Freundliche Grüsse

Claudia Brunner
Brunner Immobilien AG
Hirschmattstrasse 28, 6003 Luzern
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="Wrong addressee (owners' community instead of the managing company); amount accepted.",
)

R(
    "mr",
    "F25-0985",
    1740.0,
    "invoice",
    "fr",
    "fr",
    "2025-12-08T11:45:00+01:00",
    "Isabelle Cartier",
    "fournisseurs@clinique-des-aravis.fr",
    "invoice_error",
    True,
    4,
    """
Bonjour,

Votre facture ne comporte pas notre numéro de bon de commande (BC-2025-1184), obligatoire pour
tout règlement fournisseur dans notre établissement. Sans ce numéro elle ne peut pas être
enregistrée et reste bloquée.

Notre dernière campagne de paiement de l'année a lieu le 18 décembre. Si la facture rectifiée ne
nous parvient pas avant, son règlement sera reporté à fin janvier.

Merci de nous la renvoyer à l'adresse fournisseurs@clinique-des-aravis.fr.

Cordialement,
Isabelle Cartier
Service comptabilité fournisseurs
Clinique des Aravis – 74230 Thônes
""",
    quote="none",
    mailer=OUTLOOK,
    notes="Missing PO blocks the payment run of 18 December: urgency 4; that date is a deadline "
    "for the company, not a promise; BC-2025-1184 is no invoice number.",
)

R(
    "tv",
    "TV/25/0641",
    3105.0,
    "reminder_1",
    "it",
    "it",
    "2025-12-01T15:00:00+01:00",
    "Sara Pedrazzini",
    "contabilita@albergolido-muralto.ch",
    "invoice_error",
    True,
    3,
    """
Buongiorno,

la fattura è ancora intestata a «Lido Muralto Sagl», ma dal 1° luglio la società è stata
trasformata in Albergo Lido Muralto SA (nuovo numero IDI CHE-412.907.338). La nostra fiduciaria non
può registrare una fattura con la vecchia ragione sociale.

Vi chiediamo gentilmente di emettere una fattura corretta: la pagheremo subito dopo averla
ricevuta.

Cordiali saluti
Sara Pedrazzini
Albergo Lido Muralto SA
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="R:",
    client_lang="it",
    notes="Old legal entity name on the invoice; payment promised only after reissue, no date.",
)

R(
    "lx",
    "LX-2025/341",
    864.0,
    "reminder_2",
    "en",
    "en",
    "2025-12-22T09:05:00+01:00",
    "Anna Kowalski",
    "anna.kowalski@novapharm-basel.ch",
    "invoice_error",
    True,
    3,
    """
Hi,

I think something went wrong on your side. LX-2025/341 seems to be a second invoice for the same
job as LX-2025/329: German > English, package leaflet, 12 pages, CHF 864.00, same order reference
NP-4471. We paid 329 on 14 November.

Could you please cancel 341?

Thanks,
Anna
""",
    amount=864.0,
    mentions=["LX-2025/341", "LX-2025/329"],
    quote="gmail",
    client_lang="en",
    notes="Duplicate invoice (full amount), not 'already paid': the payment was for the other "
    "number.",
)

R(
    "mr",
    "F25-0991",
    2520.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-29T10:10:00+01:00",
    "Hélène Perrin",
    "helene.perrin@laposte.net",
    "invoice_error",
    True,
    3,
    """
Bonjour,

Je viens de recevoir votre rappel et je m'aperçois que je ne vous avais pas signalé une erreur sur
la facture : la TVA est calculée à 20 %, alors que les travaux dans notre maison (construite en
1987) relèvent du taux intermédiaire de 10 %. Je vous avais remis l'attestation simplifiée signée
avec le devis.

Sur 2 100 € HT, cela fait 210 € de TVA en trop. Pouvez-vous m'envoyer une facture rectifiée ? Je la
réglerai dès réception.

Bien cordialement,
Hélène Perrin
""",
    amount=210.0,
    quote="gmail",
    client_lang="fr",
    charset="windows-1252",
    notes="Wrong VAT rate; the customer states the excess VAT (210).",
)

R(
    "bq",
    "RG25-00756",
    1096.2,
    "reminder_1",
    "de",
    "de",
    "2025-12-16T08:20:00+01:00",
    "Seetal Logistik AG – Kreditoren",
    "kreditoren@seetal-logistik.ch",
    "invoice_error",
    True,
    3,
    """
Guten Tag

Ihre Rechnung RG25-00756 können wir leider nicht verarbeiten. Gemäss unseren Einkaufsbedingungen
muss jede Lieferantenrechnung unsere Bestellnummer und die Kostenstelle enthalten. Für diesen
Auftrag sind das:

- Bestellnummer: 4500218736
- Kostenstelle: 2140 Lager Hochdorf

Bitte senden Sie uns die korrigierte Rechnung als PDF an rechnungen@seetal-logistik.ch (nicht an
diese Adresse). Die Zahlungsfrist beginnt mit dem Eingang der korrekten Rechnung.

Freundliche Grüsse
Kreditorenbuchhaltung
Seetal Logistik AG, Hochdorf
""",
    mentions=["RG25-00756"],
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    format="alt",
    notes="Missing PO and cost centre (no deadline); it also asks for the corrected invoice at "
    "another address (copy request, second issue).",
)

R(
    "tv",
    "TV/25/0648",
    1512.0,
    "invoice",
    "de",
    "mixed",
    "2025-12-04T17:30:00+01:00",
    "Roberto Jelmini",
    "r.jelmini@bellavista-brissago.ch",
    "invoice_error",
    True,
    3,
    """
Buongiorno signora Bernasconi,

grazie per la fattura. Purtroppo è intestata al Ristorante Bellavista, ma le lenzuola sono per
l'hotel, che è un'altra società.

Die Rechnung bitte neu auf die Hotel Bellavista Brissago AG ausstellen, MWST-Nr. CHE-115.482.906
MWST. Die Adresse bleibt gleich.

Grazie e cordiali saluti
Roberto Jelmini
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="R:",
    client_lang="it",
    notes="Italian then German; wrong legal entity of the same group.",
)

R(
    "lx",
    "LX-2025/349",
    2380.0,
    "invoice",
    "en",
    "en",
    "2025-12-10T14:00:00+01:00",
    "Katrin Vogel",
    "k.vogel@vogel-consulting.de",
    "invoice_error",
    True,
    3,
    """
Dear Mr Chappuis,

thank you for the invoice. One problem: our framework agreement (section 4) fixes all prices in
EUR, and your invoice is in CHF. Our bookkeeping in Freiburg cannot book a CHF invoice on this
contract.

Could you please reissue it in EUR at the agreed rate (EUR 0.12 per word)? The number of words is
correct.

Kind regards
Katrin Vogel
Vogel Consulting GmbH
Kaiser-Joseph-Straße 240, 79098 Freiburg im Breisgau
Geschäftsführerin: Katrin Vogel | Amtsgericht Freiburg HRB 700000
""",
    quote="thunderbird",
    mailer=TB,
    client_lang="en",
    notes="Wrong currency; German register court in the signature.",
)

# ----------------------------------------------------------------------------------------------
# already_paid
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "RG25-00763",
    742.5,
    "reminder_1",
    "de",
    "de",
    "2025-11-20T12:15:00+01:00",
    "Reto Bachmann",
    "reto.bachmann@hispeed.ch",
    "already_paid",
    True,
    3,
    """
Hoi zäme

Die Rächnig hämmer am 28. Oktober per E-Banking überwise, mit de Referänz vom QR-Schii. Lueged Sie
bitte nomal noe.

Merci und Gruess
Reto Bachmann
""",
    quote="gmail",
    client_lang="de",
    notes="Swiss German dialect.",
)

R(
    "mr",
    "F25-0916",
    1356.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-05T10:40:00+01:00",
    "Bois & Cie – Comptabilité",
    "compta@boisetcie-annemasse.fr",
    "already_paid",
    True,
    3,
    """
Bonjour,

Règlement effectué par virement SEPA le 21/11/2025, 1 356,00 €, libellé « FACT F25-0916 ».
Ci-joint l'avis d'opéré de notre banque.

Cdt,
Service comptable
Bois & Cie SARL
""",
    mentions=["F25-0916"],
    quote="none",
    mailer=OUTLOOK,
    format="alt",
    attachments=[("pdf", "avis_opere_21112025.pdf")],
    notes="Terse, with proof.",
)

R(
    "tv",
    "TV/25/0655",
    2870.0,
    "reminder_2",
    "it",
    "it",
    "2025-12-12T14:10:00+01:00",
    "Lorenza Bianchi",
    "lorenza.bianchi@osteria-al-porto.ch",
    "already_paid",
    True,
    3,
    """
Buongiorno,

il vostro secondo sollecito ci sorprende. La fattura l'abbiamo pagata in due volte: CHF 1'500.– il
10 novembre e CHF 1'370.– il 1° dicembre, in totale CHF 2'870.–, come concordato al telefono con la
signora Bernasconi.

Le spese di sollecito quindi non sono dovute. Vi pregherei di verificare i vostri incassi.

Distinti saluti
Lorenza Bianchi
Osteria al Porto, Brissago
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="R:",
    notes="Paid in two instalments (past dates); the fee objection follows from the payment.",
)

R(
    "lx",
    "LX-2025/356",
    455.0,
    "reminder_1",
    "en",
    "en",
    "2025-11-26T08:05:00+01:00",
    "Daniel Okafor",
    "d.okafor@okafor-design.ch",
    "already_paid",
    True,
    3,
    """
Paid on 3 November by card via the payment link in your invoice email. Transaction ref
8KQ2-77XM-4410.

Daniel
""",
    quote="gmail",
    client_lang="en",
    notes="Two lines, paid by card.",
)

R(
    "bq",
    "RG25-00770",
    3960.0,
    "reminder_2",
    "fr",
    "fr",
    "2025-12-19T11:30:00+01:00",
    "Anne-Laure Rossier",
    "al.rossier@rossier-menuisiers.ch",
    "already_paid",
    True,
    3,
    """
Bonjour Madame Imhof,

Nous avons bien payé cette facture, le 25 novembre, mais sur le compte UBS qui figurait sur vos
anciennes factures. Je constate maintenant que votre facture d'octobre indique un autre IBAN
(PostFinance). Personne ne nous a informés du changement.

Pouvez-vous vérifier auprès d'UBS que le montant de CHF 3'960.– a bien été crédité sur votre ancien
compte ? Je vous joins la confirmation de paiement.

Meilleures salutations
Anne-Laure Rossier
Rossier Menuisiers Sàrl, Bulle
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    client_lang="fr",
    attachments=[("pdf", "confirmation_paiement_UBS.pdf")],
    notes="Paid to the company's old bank account.",
)

R(
    "mr",
    "F25-0921",
    890.0,
    "reminder_3",
    "fr",
    "fr",
    "2026-01-26T18:02:00+01:00",
    "Gérard Lacroix",
    "gerard.lacroix74@free.fr",
    "already_paid",
    True,
    3,
    """
Bonjour,

Je vous ai envoyé le 8 décembre un chèque de 890 € (n° 0043127, Crédit Agricole des Savoie) par
courrier à votre adresse de Cran-Gevrier. Il n'a toujours pas été encaissé, je viens de vérifier
mon relevé.

Avant de me parler de mise en demeure, regardez peut-être dans votre courrier !

G. Lacroix
""",
    quote="thunderbird",
    mailer=TB,
    charset="windows-1252",
    notes="Cheque sent but not cashed; irritated but no threat ('mise en demeure' is the company's "
    "word).",
)

R(
    "tv",
    "TV/25/0662",
    1245.0,
    "reminder_1",
    "de",
    "de",
    "2025-12-03T09:20:00+01:00",
    "Andrea Caflisch",
    "buchhaltung@caflisch-gastro.ch",
    "already_paid",
    True,
    3,
    """
Guten Tag Frau Bernasconi

Ich leite Ihnen die Antwort unseres Treuhänders weiter. Kurz: die Rechnung ist bezahlt, zusammen
mit einer zweiten. Die Belastungsanzeige ist im Anhang.

Freundliche Grüsse
Andrea Caflisch
Caflisch Gastro GmbH, Chur

-----Ursprüngliche Nachricht-----
Von: Martin Nay <m.nay@treuhand-nay.ch>
Gesendet: Dienstag, 2. Dezember 2025 16:48
An: Andrea Caflisch <buchhaltung@caflisch-gastro.ch>
Betreff: AW: Erinnerung Tessiture

Hallo Andrea

Die 0662 ist am 24.11. bezahlt worden, als Sammelzahlung mit der 0659: total CHF 3'085.–.
Tessiture hat die Zahlung wohl nur einer Rechnung zugeordnet. Schick ihnen doch die
Belastungsanzeige.

Gruss Martin
""",
    mentions=["TV/25/0662", "TV/25/0659"],
    quote="forward",
    internal=True,
    mailer=OUTLOOK,
    subject="WG: Zahlungserinnerung Rechnung TV/25/0662",
    attachments=[("pdf", "Belastungsanzeige_24112025.pdf")],
    notes="Forward of the customer's exchange with its fiduciary; one payment for two invoices, "
    "short numbers normalised.",
)

R(
    "lx",
    "LX-2025/362",
    1980.0,
    "reminder_2",
    "fr",
    "mixed",
    "2025-12-16T07:45:00+01:00",
    "Urs Gerber",
    "u.gerber@gerber-uhren.ch",
    "already_paid",
    True,
    3,
    """
Bonjour / Guten Tag

La facture a été payée le 9 décembre, référence selon la facture QR.
Die Rechnung wurde am 9. Dezember bezahlt, Referenz gemäss QR-Rechnung.

Meilleures salutations / Freundliche Grüsse
Urs Gerber
Gerber Uhrenbestandteile AG | Rue de la Gare 15 | 2502 Biel/Bienne
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    client_lang="de",
    cte="base64",
    notes="Bilingual French/German (Biel/Bienne).",
)

R(
    "mr",
    "F25-0928",
    3420.0,
    "reminder_1",
    "en",
    "en",
    "2025-12-13T09:00:00+01:00",
    "Accounts Payable – Alpine Lodges Ltd",
    "ap@alpinelodges.co.uk",
    "already_paid",
    True,
    3,
    """
Hello,

Our finance team confirms that the transfer of EUR 3,420.00 for your invoice was executed yesterday
(value date 12 December 2025). Please find the remittance advice attached. It may take one or two
working days to reach your account.

Regards,
Accounts Payable
Alpine Lodges Ltd
Registered in England and Wales, company no. 00000000. This email and any attachments are
confidential and may be legally privileged.
""",
    quote="none",
    format="html",
    attachments=[("pdf", "Remittance_Advice_AL-88213.pdf")],
    notes="HTML only; 'yesterday' is a past payment, the transit delay no promise.",
)

# ----------------------------------------------------------------------------------------------
# delay_request
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "RG25-00777",
    8640.0,
    "reminder_1",
    "de",
    "de",
    "2025-11-25T09:30:00+01:00",
    "Patrick Amstutz",
    "p.amstutz@amstutz-baeckerei.ch",
    "delay_request",
    True,
    2,
    """
Grüezi Frau Imhof

Die neue Heizung läuft bestens, besten Dank nochmals. Leider haben wir im Moment einen Engpass, weil
wir gleichzeitig den Laden umbauen.

Wäre es möglich, die Rechnung in drei Raten zu begleichen? Mein Vorschlag: je Fr. 2'880.– per
10. Dezember, 10. Januar und 10. Februar. Wenn das für Sie in Ordnung ist, richte ich die
Daueraufträge gleich ein.

Freundliche Grüsse
Patrick Amstutz
Bäckerei-Konditorei Amstutz, Sursee
""",
    pdate="2025-12-10",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="Dated instalment plan: first instalment 10 December.",
)

R(
    "mr",
    "F25-0934",
    4150.0,
    "reminder_2",
    "fr",
    "fr",
    "2025-12-17T15:12:00+01:00",
    "Nicolas Berthet",
    "n.berthet@berthet-renovation.fr",
    "delay_request",
    True,
    2,
    """
Bonjour Madame Roche,

Je ne vous cache pas que la trésorerie est tendue en cette fin d'année : un promoteur nous doit
trois situations de travaux depuis septembre.

Serait-il possible de nous accorder un délai jusqu'au 15 janvier pour votre facture ? Le règlement
se fera en une seule fois à cette date, vous avez ma parole. Si vous pouviez aussi renoncer à
l'indemnité de 40 €, ce serait un beau geste, mais je ne la conteste pas.

Bien à vous,
Nicolas Berthet
Berthet Rénovation – 06 00 00 00 00
""",
    pdate="2026-01-15",
    quote="gmail",
    client_lang="fr",
    notes="Dated delay; the fee waiver is asked as a favour and explicitly not contested.",
)

R(
    "tv",
    "TV/25/0669",
    1890.0,
    "reminder_1",
    "it",
    "it",
    "2025-12-02T18:40:00+01:00",
    "Mirko Gianella",
    "info@ristorante-lanterna.ch",
    "delay_request",
    False,
    2,
    """
Buonasera,

scusate il ritardo. Da noi la stagione è finita a fine ottobre e fino a Pasqua entra poco. Vi
chiediamo ancora un po' di pazienza, pagheremo appena possibile. La fattura è giusta.

Saluti
Mirko Gianella
Ristorante La Lanterna, Airolo
""",
    quote="none",
    mailer=ROUNDCUBE,
    notes="Vague request for time ('fino a Pasqua' describes the low season, no payment date).",
)

R(
    "lx",
    "LX-2025/370",
    2750.0,
    "reminder_3",
    "en",
    "en",
    "2026-02-04T11:20:00+01:00",
    "Priya Raman",
    "priya@raman-ventures.ch",
    "delay_request",
    True,
    2,
    """
Dear Mr Chappuis,

Please don't start debt collection, we are not refusing to pay. Our funding round closed later than
planned and cash is tight this month.

Proposal: CHF 1,000 this Friday and the remaining CHF 1,750 plus your fees by 27 February. If you
agree, I'll set up both transfers today.

Best regards,
Priya Raman
Co-founder & CFO, Raman Ventures AG, Zurich
""",
    pdate="2026-02-06",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    notes="Dated two-part plan, first instalment 'this Friday'; 'debt collection' and 'refusing' "
    "are negated, not threats.",
)

R(
    "bq",
    "RG25-00784",
    1560.0,
    "reminder_2",
    "de",
    "de",
    "2025-12-23T08:50:00+01:00",
    "Sabine Wyss",
    "sabine.wyss@wyss-coiffure.ch",
    "delay_request",
    True,
    2,
    """
Guten Tag

Ich weiss, die Rechnung ist überfällig, tut mir leid. Über die Feiertage ist es bei mir finanziell
knapp. Darf ich die Zahlung auf Ende Januar verschieben? Dann kommt sie ganz sicher.

Danke für Ihr Verständnis und schöne Festtage
Sabine Wyss
Coiffure Sabine, Willisau
""",
    pdate="2026-01-31",
    quote="apple",
    mailer=IPHONE,
    notes="'Ende Januar' is the last day of the month.",
)

R(
    "mr",
    "F25-0942",
    760.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-09T21:14:00+01:00",
    "Kevin Morel",
    "kevin.morel.74@hotmail.fr",
    "delay_request",
    False,
    2,
    """
bonjour

desole pour le retard, je suis en arret maladie depuis presque 3 semaines et j ai toujours pas
touché les indemnités de la secu. est ce que je peux vous regler un peu plus tard ? je ne conteste
pas la facture c est juste que la j ai pas les fonds

merci de votre comprehension
kevin morel
""",
    quote="none",
    mailer=ANDROID,
    notes="No accents, no punctuation; vague request, 'je ne conteste pas'.",
)

R(
    "bq",
    "RG25-00791",
    5230.0,
    "reminder_1",
    "de",
    "de",
    "2025-12-04T14:35:00+01:00",
    "Werner Zumbühl",
    "w.zumbuehl@zumbuehl-schreinerei.ch",
    "delay_request",
    False,
    2,
    """
Sehr geehrte Damen und Herren

Die Rechnung betrifft die Reparatur nach dem Wasserschaden in unserer Werkstatt. Wir haben den
Schaden der Gebäudeversicherung gemeldet und warten auf deren Auszahlung. Sobald das Geld da ist,
überweisen wir Ihnen den Betrag.

Wir bitten Sie deshalb um etwas Geduld.

Mit freundlichen Grüssen
W. Zumbühl
Schreinerei Zumbühl GmbH, Stans
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    charset="iso-8859-1",
    notes="Waiting for an insurance payout, no date: vague.",
)

R(
    "tv",
    "TV/25/0683",
    3340.0,
    "reminder_1",
    "it",
    "it",
    "2025-12-15T10:00:00+01:00",
    "Elena Rusconi",
    "e.rusconi@villa-rusconi.ch",
    "delay_request",
    True,
    2,
    """
Gentile signora Bernasconi,

avremmo una richiesta: potremmo saldare la fattura in due parti? La prima metà, CHF 1'670.–, entro
venerdì di questa settimana, la seconda a fine gennaio.

Ci farebbe un grande favore. Grazie in anticipo per la risposta.

Elena Rusconi
Villa Rusconi B&B, Morcote
""",
    pdate="2025-12-19",
    quote="outlook",
    mailer=OUTLOOK,
    re="R:",
    notes="Two instalments asked for; the first 'venerdì di questa settimana'.",
)

# ----------------------------------------------------------------------------------------------
# payment_promise
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "RG25-00798",
    1125.0,
    "reminder_1",
    "de",
    "de",
    "2025-11-28T16:55:00+01:00",
    "Thomas Arnold",
    "thomas@arnold-velos.ch",
    "payment_promise",
    False,
    1,
    """
Sorry, ist bei mir untergegangen. Wird am Montag überwiesen.

Gruss Thomas Arnold
Arnold Velos, Altdorf
""",
    pdate="2025-12-01",
    quote="gmail",
    client_lang="de",
    notes="Written on a Friday: Monday is 1 December.",
)

R(
    "mr",
    "F25-0949",
    2310.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-10T09:25:00+01:00",
    "Valérie Chatel",
    "v.chatel@chatel-immobilier.fr",
    "payment_promise",
    False,
    1,
    """
Bonjour,

Bien reçu votre rappel. La facture est validée, le virement partira avec notre prochain règlement
fournisseurs du 20 décembre.

Bonne journée,
Valérie Chatel
Assistante de direction – Chatel Immobilier
Tél. 04 50 00 00 00
Pensez à l'environnement avant d'imprimer ce courriel.
""",
    pdate="2025-12-20",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE :",
    client_lang="fr",
    notes="",
)

R(
    "lx",
    "LX-2025/377",
    620.0,
    "invoice",
    "en",
    "en",
    "2025-11-12T13:40:00+01:00",
    "Sven Lindqvist",
    "sven.lindqvist@nordlicht-apps.ch",
    "payment_promise",
    False,
    1,
    """
Thanks Olivier, looks good. Will be paid by the end of the month.

Sven
""",
    pdate="2025-11-30",
    quote="gmail",
    client_lang="en",
    notes="'End of the month' is 30 November.",
)

R(
    "tv",
    "TV/25/0690",
    980.4,
    "reminder_2",
    "it",
    "it",
    "2025-12-16T10:30:00+01:00",
    "Paolo Morandi",
    "paolo.morandi@pasticceria-morandi.ch",
    "payment_promise",
    False,
    1,
    """
Buongiorno,

il pagamento è già stato disposto in e-banking e sarà eseguito dalla banca giovedì 18 dicembre.

Saluti cordiali
Paolo Morandi
Pasticceria Morandi, Bellinzona
""",
    pdate="2025-12-18",
    quote="outlook",
    mailer=OUTLOOK,
    re="R:",
    notes="'già stato disposto' sounds like a payment, but it executes on a future date: a promise.",
)

R(
    "bq",
    "RG25-00805",
    2450.0,
    "reminder_2",
    "fr",
    "fr",
    "2025-12-22T09:10:00+01:00",
    "Olivier Cuennet",
    "o.cuennet@cuennet-architectes.ch",
    "payment_promise",
    False,
    1,
    """
Bonjour Madame,

Toutes nos excuses pour ce retard : la facture était restée dans le parapheur d'un collègue parti en
vacances. Je l'ai validée ce matin, le paiement sera exécuté demain, frais de rappel compris.

Meilleures salutations
Olivier Cuennet
Cuennet Architectes Sàrl | Grand-Rue 18 | 1630 Bulle
""",
    pdate="2025-12-23",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    client_lang="fr",
    notes="'demain' resolved against the Date.",
)

R(
    "mr",
    "F25-0906",
    1875.0,
    "reminder_1",
    "en",
    "en",
    "2025-12-19T17:05:00+01:00",
    "Julia Hartmann",
    "julia.hartmann@alpenglow-events.com",
    "payment_promise",
    False,
    1,
    """
Hello Nathalie,

Apologies for the delay. Our accounts team is away for the holidays; the payment will be released
on 5 January when they're back.

Merry Christmas!
Julia Hartmann
Alpenglow Events Ltd
""",
    pdate="2026-01-05",
    quote="apple",
    mailer=APPLE,
    client_lang="en",
    notes="States a date without asking for anything: a promise, not a request.",
)

R(
    "lx",
    "LX-2025/384",
    1430.0,
    "reminder_1",
    "de",
    "de",
    "2025-12-04T11:15:00+01:00",
    "Daniela Frei",
    "d.frei@frei-partner.ch",
    "payment_promise",
    False,
    1,
    """
Guten Tag Herr Chappuis

Danke für die Erinnerung, die Rechnung ist bei uns leider liegen geblieben. Wir bezahlen sie bis
spätestens nächsten Mittwoch.

Freundliche Grüsse
Daniela Frei

Frei & Partner Rechtsanwälte
Aeschenvorstadt 12, 4051 Basel

Diese Nachricht kann vertrauliche und dem Anwaltsgeheimnis unterliegende Informationen enthalten.
Falls Sie nicht der beabsichtigte Empfänger sind, benachrichtigen Sie bitte den Absender und
löschen Sie diese Nachricht.
""",
    pdate="2025-12-10",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="The customer is a law firm: 'Rechtsanwälte' and the secrecy notice are no threat; "
    "'nächsten Mittwoch' from a Thursday.",
)

R(
    "tv",
    "TV/25/0697",
    2015.0,
    "reminder_3",
    "de",
    "de",
    "2026-01-28T08:05:00+01:00",
    "Marco Tognina",
    "m.tognina@tognina-hotels.ch",
    "payment_promise",
    False,
    1,
    """
Guten Tag

Die Zahlung ist im E-Banking erfasst, Ausführungsdatum 30.01.2026. Bitte leiten Sie keine
Betreibung ein.

Freundliche Grüsse
M. Tognina
""",
    pdate="2026-01-30",
    quote="gmail",
    client_lang="de",
    notes="Payment entered with a future execution date: a promise; 'Betreibung' is asked not to "
    "start.",
)

# ----------------------------------------------------------------------------------------------
# copy_request
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "RG25-00812",
    1780.0,
    "reminder_1",
    "de",
    "de",
    "2025-12-05T10:15:00+01:00",
    "Esther Bucher",
    "e.bucher@bucher-physio.ch",
    "copy_request",
    False,
    2,
    """
Guten Tag

Die ursprüngliche Rechnung haben wir nie erhalten, nur jetzt diese Erinnerung. Können Sie uns die
Rechnung bitte nochmals mit dem QR-Einzahlungsschein schicken? Dann erledigen wir das umgehend.

Freundliche Grüsse
Esther Bucher
Physiotherapie Bucher, Emmenbrücke
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    charset="iso-8859-1",
    notes="Invoice never received; a copy with the QR-bill asked, no date.",
)

R(
    "mr",
    "F25-0897",
    1260.0,
    "invoice",
    "fr",
    "fr",
    "2025-10-22T10:05:00+02:00",
    "Delphine Moreau",
    "d.moreau@moreau-hotels.fr",
    "copy_request",
    False,
    2,
    """
Bonjour,

Merci pour votre facture. Depuis le 1er octobre, notre groupe centralise les factures fournisseurs
sur une plateforme de dématérialisation : merci de l'adresser (ainsi que les suivantes) uniquement
à factures@moreau-hotels.fr, en indiquant le nom de l'hôtel (Hôtel du Lac, Talloires) dans
l'objet.

Cordialement,
Delphine Moreau
Assistante comptable – Groupe Moreau Hôtels
""",
    quote="none",
    mailer=OUTLOOK,
    format="alt",
    notes="Invoices to another address from now on.",
)

R(
    "tv",
    "TV/25/0704",
    2640.0,
    "invoice",
    "it",
    "it",
    "2025-11-06T11:00:00+01:00",
    "Claudia Rezzonico",
    "c.rezzonico@casa-sanrocco.ch",
    "copy_request",
    False,
    2,
    """
Buongiorno,

per la nostra contabilità (siamo un ente sussidiato) abbiamo bisogno della fattura originale
cartacea. Potreste spedircela per posta all'indirizzo sotto?

Casa Anziani San Rocco
Ufficio amministrazione
Via San Rocco 4, 6900 Lugano

Grazie e buona giornata
Claudia Rezzonico
""",
    quote="thunderbird",
    mailer=TB,
    notes="Paper original asked.",
)

R(
    "lx",
    "LX-2025/391",
    1120.0,
    "reminder_1",
    "de",
    "en",
    "2025-12-11T15:25:00+01:00",
    "Markus Lehner",
    "m.lehner@lehner-maschinenbau.de",
    "copy_request",
    False,
    2,
    """
Hello,

sorry for the delay. Our bank in Germany can't process the Swiss QR-bill, and the PDF shows no
IBAN as text. Could you please send us your IBAN and BIC so we can transfer the amount?

Thank you and best regards
Markus Lehner
Lehner Maschinenbau GmbH, Konstanz
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    client_lang="de",
    notes="Answers a German reminder in English; asks for the IBAN (no date).",
)

R(
    "bq",
    "RG25-00819",
    920.0,
    "invoice",
    "fr",
    "fr",
    "2025-11-27T08:30:00+01:00",
    "Céline Monney",
    "celine.monney@bluewin.ch",
    "copy_request",
    False,
    2,
    """
Bonjour,

Le PDF de la facture ne s'ouvre pas chez moi (message « fichier endommagé »). Pourriez-vous me le
renvoyer, éventuellement par courrier ?

Merci d'avance,
Céline Monney

Envoyé de mon iPhone
""",
    quote="apple",
    mailer=IPHONE,
    notes="",
)

# ----------------------------------------------------------------------------------------------
# acknowledgement
# ----------------------------------------------------------------------------------------------

R(
    "mr",
    "F25-0886",
    540.0,
    "invoice",
    "fr",
    "fr",
    "2025-10-15T09:50:00+02:00",
    "Jean-Marc Blanc",
    "jm.blanc@blanc-notaires.fr",
    "acknowledgement",
    False,
    1,
    """
Bien reçu, merci. Je transmets au service comptable.

Jean-Marc Blanc
Office notarial Blanc & Associés

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de
leurs destinataires. Toute utilisation non conforme à leur destination est interdite et peut faire
l'objet de poursuites.
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE :",
    client_lang="fr",
    notes="'poursuites' only in the notary's disclaimer.",
)

R(
    "bq",
    "RG25-00833",
    3275.0,
    "invoice",
    "de",
    "de",
    "2025-11-04T14:20:00+01:00",
    "Yvonne Baumann",
    "y.baumann@baumann-druck.ch",
    "acknowledgement",
    False,
    1,
    """
Guten Tag Frau Imhof

Vielen Dank, ich habe die Rechnung an unsere Buchhaltung weitergeleitet.

Freundliche Grüsse

Yvonne Baumann
Assistentin der Geschäftsleitung

Baumann Druck AG
Gewerbestrasse 9 | 6330 Cham
T +41 41 780 00 00 | M +41 79 000 00 00

Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht
der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese
E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet.
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    format="alt",
    notes="One line, long signature with phone numbers and a legal disclaimer.",
)

R(
    "tv",
    "TV/25/0711",
    1360.0,
    "invoice",
    "it",
    "it",
    "2025-11-19T12:00:00+01:00",
    "Nadia Cattaneo",
    "nadia@bottega-cattaneo.ch",
    "acknowledgement",
    False,
    1,
    """
Ricevuto, grazie mille! Buona giornata
Nadia

Inviato da iPhone
""",
    quote="apple",
    mailer=IPHONE,
    notes="",
)

R(
    "lx",
    "LX-2025/398",
    780.0,
    "reminder_1",
    "en",
    "en",
    "2025-12-05T16:45:00+01:00",
    "Hannah Weber",
    "hannah.weber@weber-consult.ch",
    "acknowledgement",
    False,
    1,
    """
Thanks Olivier, noted – I've passed it on to our bookkeeper.

Have a good weekend,
Hannah
""",
    quote="gmail",
    client_lang="en",
    notes="Acknowledges a reminder without promising anything.",
)

# ----------------------------------------------------------------------------------------------
# auto_reply
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "RG25-00840",
    2180.0,
    "reminder_2",
    "de",
    "de",
    "2025-12-22T09:05:00+01:00",
    "Stefan Räber",
    "s.raeber@raeber-bau.ch",
    "auto_reply",
    False,
    1,
    """
Guten Tag

Vielen Dank für Ihre Nachricht. Ich bin vom 22. Dezember 2025 bis und mit 5. Januar 2026 in den
Ferien und lese meine E-Mails nicht. Ihre Nachricht wird nicht weitergeleitet.

Für dringende Anliegen erreichen Sie unser Sekretariat unter 041 000 00 00.

Freundliche Grüsse
Stefan Räber
""",
    quote="none",
    mailer=OUTLOOK,
    subject="Abwesenheitsnotiz: 2. Mahnung Rechnung RG25-00840",
    headers=AUTO,
    days_after=0,
    notes="Absence period, no promised date.",
)

R(
    "lx",
    "LX-2025/305",
    1650.0,
    "invoice",
    "fr",
    "mixed",
    "2025-12-23T08:00:00+01:00",
    "Margaux Delacrétaz",
    "m.delacretaz@delacretaz-avocats.ch",
    "auto_reply",
    False,
    1,
    """
Je suis absente du bureau jusqu'au 12 janvier 2026. En cas d'urgence, veuillez contacter
Me Pascal Reymond (p.reymond@delacretaz-avocats.ch).

I am out of the office until 12 January 2026. For urgent matters, please contact Mr Pascal Reymond
(p.reymond@delacretaz-avocats.ch).

Delacrétaz Avocats SA – Place Saint-François 5 – 1003 Lausanne
""",
    quote="none",
    mailer=OUTLOOK,
    subject="Réponse automatique : Facture LX-2025/305 – Lemanix",
    headers=AUTO,
    days_after=0,
    client_lang="fr",
    notes="Bilingual out-of-office of a law firm ('Avocats', 'Me'): no legal threat.",
)

R(
    "tv",
    "TV/25/0718",
    4420.0,
    "reminder_1",
    "it",
    "it",
    "2025-12-01T07:12:00+01:00",
    "Hotel Riviera Lugano – Amministrazione",
    "amministrazione@hotelriviera-lugano.ch",
    "auto_reply",
    False,
    1,
    """
Gentile cliente,

grazie per averci scritto. La sua richiesta è stata registrata con il numero di ticket #48213 e
sarà trattata dal reparto competente entro 2 giorni lavorativi.

La preghiamo di non rispondere a questo messaggio.

Il team amministrazione
Hotel Riviera Lugano
""",
    quote="none",
    subject="[Ticket #48213] Promemoria di pagamento fattura TV/25/0718",
    headers={"Auto-Submitted": "auto-generated", "X-Autoreply": "yes", "Precedence": "auto_reply"},
    days_after=0,
    cte="base64",
    notes="Ticket system confirmation.",
)

R(
    "mr",
    "F25-0880",
    2760.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-26T10:00:00+01:00",
    "Agence Cimes Immobilier",
    "contact@cimes-immobilier.fr",
    "auto_reply",
    False,
    1,
    """
Bonjour,

Notre agence est fermée du 22 décembre au 2 janvier inclus. Votre message sera traité à notre
retour.

Très bonnes fêtes de fin d'année !
L'équipe Cimes Immobilier
""",
    quote="none",
    mailer=ORANGE,
    re="RE:",
    days_after=0,
    notes="Office-closed notice without any auto-reply header and with an ordinary 'RE:' subject.",
)

# ----------------------------------------------------------------------------------------------
# other
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "RG25-00847",
    1690.0,
    "reminder_1",
    "de",
    "de",
    "2025-12-10T13:30:00+01:00",
    "Martina Steiner",
    "martina.steiner@gmail.com",
    "other",
    False,
    2,
    """
Guten Tag

Sie haben diese Zahlungserinnerung an mich geschickt, ich arbeite aber seit Ende August nicht mehr
bei der Keller Bau AG. Bitte wenden Sie sich direkt an die Firma (Zentrale 041 000 00 00) und
löschen Sie meine private Adresse aus Ihrem Verteiler.

Freundliche Grüsse
M. Steiner
""",
    quote="gmail",
    client_lang="de",
    notes="Wrong recipient (former employee).",
)

R(
    "mr",
    "F25-0873",
    1480.0,
    "invoice",
    "fr",
    "fr",
    "2025-11-13T11:11:00+01:00",
    "Aurélie Fontaine",
    "a.fontaine@fontaine-deco.fr",
    "other",
    False,
    1,
    """
Bonjour,

Et si vous offriez à vos clients un showroom qui leur ressemble ? Fontaine Déco accompagne les
artisans de Haute-Savoie dans l'aménagement de leurs espaces d'exposition : mobilier, éclairage,
signalétique.

-20 % sur toute première commande passée avant le 31 décembre.

Découvrez nos réalisations : https://example.net/fontaine-deco/showroom

Aurélie Fontaine
Fontaine Déco – Cluses
Pour ne plus recevoir nos offres, répondez STOP.
""",
    quote="none",
    format="html",
    notes="Marketing pitch sent as a reply to the invoice; the order deadline is no promised date.",
)

R(
    "lx",
    "LX-2025/312",
    2960.0,
    "reminder_1",
    "de",
    "en",
    "2025-12-03T03:17:00+01:00",
    "Richard Meier",
    "r.meier@meier-immobilien.ch",
    "other",
    False,
    1,
    """
Hello,

Please find the payment confirmation and updated remittance for your records. The document has been
shared with you securely via OneDrive.

View document: https://example.net/onedrive/secure/doc-84721

This link will expire in 24 hours.

Regards,
Richard Meier
""",
    quote="none",
    format="alt",
    notes="Phishing from a hijacked customer mailbox (English at 3 a.m. to a German thread, link "
    "only); its 'payment confirmation' is bait, not a payment claim.",
)

R(
    "tv",
    "TV/25/0725",
    1980.0,
    "invoice",
    "it",
    "it",
    "2025-11-25T15:40:00+01:00",
    "Ivan Pedroni",
    "ivan@ristorante-pedroni.ch",
    "other",
    False,
    2,
    """
Buongiorno signora Bernasconi,

approfitto della sua mail per chiederle se avete ancora le tovaglie in lino grigio perla della
collezione dell'anno scorso. Ce ne servirebbero una trentina per la terrazza in primavera. Mi può
mandare un'offerta?

Grazie, saluti
Ivan Pedroni
""",
    quote="gmail",
    client_lang="it",
    notes="Unrelated sales question in reply to the invoice.",
)
