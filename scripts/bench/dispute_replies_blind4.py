# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# ruff: noqa: RUF001  (the customers write en dashes)
"""Fourth blind set of customers' replies (tests/data/disputes_blind4), with their labels (CC0 text).

Written by a sixth writer who read only the label definitions and the entry format, not the
other sets' replies, not the reader's rules and not its answers: it measures the reader once.
Never tune rules on these replies.

Uses the invoicing companies of ``make_dispute_replies.py`` (bq, tv, lx, mr, fs, wl, lo); same
entry format as ``dispute_replies_blind3.py`` (the ``R`` helper of ``dispute_replies_more.py``,
entries kept in this file's own ``REPLIES``); labels as defined in
/work/shared/samples/disputes/README.md.
Build with ``.venv/bin/python scripts/bench/make_dispute_replies.py --source blind4``.
"""

import dispute_replies_more as _more
from dispute_replies_more import APPLE, IPHONE, ORANGE, OUTLOOK, TB

REPLIES = []

R = _more.writer(REPLIES)


AUTO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

# ----------------------------------------------------------------------------------------------
# already_paid
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "RG25-00731",
    1286.4,
    "reminder_1",
    "de",
    "de",
    "2025-12-10T09:14:00+01:00",
    "Urs Gisler",
    "urs.gisler@gisler-baeckerei.ch",
    "already_paid",
    True,
    3,
    """
Grüessech

Isch scho zahlt, am 3.12. per E-Banking. Bitte nomal luege.

Gruess
U. Gisler
Bäckerei Gisler, Altdorf
""",
    quote="outlook",
    mailer=OUTLOOK,
    notes="Swiss German dialect, one line; the 3 December date is a past payment.",
)

R(
    "mr",
    "F25-0912",
    1740.0,
    "reminder_2",
    "fr",
    "fr",
    "2025-12-02T16:05:00+01:00",
    "Bernard Châtelain",
    "b.chatelain@wanadoo.fr",
    "already_paid",
    True,
    3,
    """
Madame,

Je suis surpris de recevoir cette deuxième relance. J'ai réglé la facture F25-0912 par
chèque (n° 4471203, Crédit Agricole des Savoie) que j'ai posté le 14 novembre à votre
adresse de Cran-Gevrier. Je vous remercie de vérifier s'il a bien été encaissé avant de
m'appliquer des pénalités.

Bien cordialement,
Bernard Châtelain
""",
    mentions=["F25-0912"],
    quote="gmail",
    notes="Paid by cheque that may not be cashed yet: still already_paid; penalties are only "
    "mentioned, not contested as such.",
)

R(
    "wl",
    "WL-2025-0318",
    2152.8,
    "reminder_1",
    "de",
    "de",
    "2025-12-03T14:40:00+01:00",
    "Nadine Brunner",
    "n.brunner@brunner-physio.ch",
    "already_paid",
    True,
    3,
    """
Hallo Herr Frei

Die Zahlung ist am 28.11. rausgegangen, den Beleg habe ich Ihnen angehängt.
Sollte inzwischen bei Ihnen eingegangen sein.

Liebe Grüsse
Nadine Brunner
Physiotherapie Brunner, Winterthur
""",
    attachments=[("pdf", "Zahlungsbestaetigung.pdf")],
    mailer=APPLE,
    quote="apple",
    notes="Proof attached, no invoice number written.",
)

R(
    "lx",
    "LX-2025/241",
    645.0,
    "invoice",
    "en",
    "en",
    "2025-11-20T11:02:00+01:00",
    "Sarah O'Connell",
    "s.oconnell@oconnell-law.ch",
    "already_paid",
    True,
    3,
    """
Hi Olivier,

Thanks for the invoice, but I believe this one was prepaid: I paid by credit card through
your online order form when I uploaded the documents on 6 November (card receipt ref.
7Q2-55810). Could you check and mark it as settled?

Best,
Sarah

--
Sarah O'Connell, Associate
O'Connell & Partners, Geneva
This e-mail may contain confidential or legally privileged information. If you are not the
intended recipient, please notify the sender and delete it. Any unauthorised use is prohibited.
""",
    format="alt",
    notes="Paid by card at order, in reply to the invoice itself; legal disclaimer is boilerplate.",
)

R(
    "tv",
    "TV/25/0533",
    2310.0,
    "reminder_2",
    "it",
    "it",
    "2025-12-08T10:26:00+01:00",
    "Marco Pedrazzini",
    "amministrazione@pedrazzini-arredi.ch",
    "already_paid",
    True,
    3,
    """
Gentile signora Bernasconi,

le fatture TV/25/0533 e TV/25/0541 sono state pagate insieme il 20 novembre con un unico
bonifico di CHF 4'870.00 (riferimento "Pedrazzini nov"). Forse il pagamento non è stato
abbinato correttamente. Vi prego di verificare e di annullare la spesa di richiamo.

Distinti saluti
Marco Pedrazzini
Pedrazzini Arredi SA, Bellinzona
""",
    mentions=["TV/25/0533", "TV/25/0541"],
    quote="outlook",
    mailer=OUTLOOK,
    notes="One transfer for two invoices; asking to cancel the fee follows from the payment, "
    "no separate contested amount.",
)

R(
    "fs",
    "FS25-1187",
    1453.2,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-05T08:51:00+01:00",
    "Pierre-Alain Mauron",
    "pa.mauron@bluewin.ch",
    "already_paid",
    True,
    3,
    """
Bonjour Madame Progin,

Suite à notre téléphone de la semaine passée, le souci d'adresse est réglé et j'ai reçu la
facture corrigée. Je l'ai payée le 2 décembre par PostFinance, donc votre rappel a dû se
croiser avec mon paiement.

Avec mes meilleures salutations
Pierre-Alain Mauron
Marly
""",
    quote="thunderbird",
    mailer=TB,
    notes="Mentions an address problem that is already solved; what counts is the payment.",
)

R(
    "lo",
    "LO2025-0163",
    864.0,
    "reminder_1",
    "en",
    "mixed",
    "2025-12-09T13:18:00+01:00",
    "Koen Vermeulen",
    "koen@vermeulen-design.be",
    "already_paid",
    True,
    3,
    """
Bonjour Camille,

The invoice was paid on 5 December, référence du virement VRM-2025-1205. It can take a
few days from Belgium. Merci de vérifier de votre côté.

Cordialement / Kind regards
Koen Vermeulen
Vermeulen Design BV, Gent
""",
    client_lang="en",
    notes="English and French mixed in one short message.",
)

# ----------------------------------------------------------------------------------------------
# payment_promise
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "RG25-00688",
    948.6,
    "reminder_1",
    "de",
    "de",
    "2025-11-12T17:33:00+01:00",
    "Heidi Zurfluh",
    "heidi.zurfluh@gmx.ch",
    "payment_promise",
    False,
    1,
    """
Guten Abend Frau Imhof

Entschuldigen Sie, das ist bei mir untergegangen. Ich werde die Rechnung bis Ende Monat
bezahlen.

Freundliche Grüsse
Heidi Zurfluh
""",
    pdate="2025-11-30",
    mailer=IPHONE,
    notes="'Ende Monat' resolved to the last day of the e-mail's month.",
)

R(
    "mr",
    "F25-0897",
    2112.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-09T09:47:00+01:00",
    "Sandrine Perrillat",
    "compta@perrillat-immobilier.fr",
    "payment_promise",
    False,
    1,
    """
Bonjour,

Merci pour l'avoir reçu hier pour les plinthes, tout est en ordre maintenant. Le virement du
solde partira vendredi.

Bonne journée
Sandrine Perrillat
Service comptable – Perrillat Immobilier
""",
    pdate="2025-12-12",
    quote="outlook",
    mailer=OUTLOOK,
    notes="The earlier problem (credit note) is solved; 'vendredi' after Tuesday 9 December "
    "is 12 December.",
)

R(
    "wl",
    "WL-2025-0344",
    3890.0,
    "invoice",
    "de",
    "de",
    "2025-12-18T10:12:00+01:00",
    "Thomas Keller",
    "kreditoren@keller-logistik.ch",
    "payment_promise",
    False,
    1,
    """
Guten Tag

Besten Dank für die Rechnung. Sie wird mit unserem nächsten Zahlungslauf am 15. Januar
2026 beglichen.

Freundliche Grüsse
Thomas Keller
Kreditorenbuchhaltung
Keller Logistik AG | Industriestrasse 9 | 8957 Spreitenbach
""",
    pdate="2026-01-15",
    format="alt",
    mailer=OUTLOOK,
    notes="Payment run date announced without asking anything.",
)

R(
    "tv",
    "TV/25/0558",
    1745.5,
    "reminder_2",
    "it",
    "it",
    "2025-12-11T15:30:00+01:00",
    "Lucia Gianettoni",
    "lucia@gianettoni-moda.ch",
    "payment_promise",
    False,
    1,
    """
Buongiorno,
mi scuso per il ritardo, provvederemo al pagamento entro il 20 dicembre.
Saluti
Lucia Gianettoni
""",
    pdate="2025-12-20",
    mailer=IPHONE,
    notes="",
)

R(
    "lx",
    "LX-2025/233",
    1120.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-19T11:45:00+01:00",
    "Fabienne Reymond",
    "fabienne.reymond@vaud-assurances.ch",
    "payment_promise",
    False,
    1,
    """
Bonjour Monsieur Chappuis,

Votre facture a été validée hier dans notre système. Elle est programmée pour le prochain
paiement, qui aura lieu le 5 janvier (nos bureaux sont fermés entre Noël et Nouvel An).

Meilleures salutations
Fabienne Reymond
Comptabilité fournisseurs
""",
    pdate="2026-01-05",
    quote="outlook",
    mailer=OUTLOOK,
    notes="'validée' is not a payment; the holiday closure is not the promised date.",
)

R(
    "lo",
    "LO2025-0149",
    2460.0,
    "reminder_1",
    "en",
    "en",
    "2025-11-27T18:20:00+01:00",
    "James Whitfield",
    "j.whitfield@whitfield-hotels.co.uk",
    "payment_promise",
    False,
    1,
    """
Apologies Camille, my fault. Payment will be released tomorrow.

James
Sent from my iPhone
""",
    pdate="2025-11-28",
    mailer=IPHONE,
    notes="'tomorrow' resolved against the Date header.",
)

R(
    "fs",
    "FS25-1164",
    2870.0,
    "reminder_1",
    "fr",
    "de",
    "2025-12-04T12:03:00+01:00",
    "Beat Aebischer",
    "beat.aebischer@aebischer-holz.ch",
    "payment_promise",
    False,
    1,
    """
Grüezi Frau Progin

Danke für die Erinnerung. Wir zahlen die Rechnung nächste Woche am Mittwoch.

Freundliche Grüsse
Beat Aebischer
Aebischer Holzbau GmbH, Düdingen
""",
    pdate="2025-12-10",
    quote="outlook",
    mailer=OUTLOOK,
    notes="German reply to a French reminder; 'nächste Woche am Mittwoch' after Thursday "
    "4 December is 10 December.",
)

# ----------------------------------------------------------------------------------------------
# delay_request
# ----------------------------------------------------------------------------------------------

R(
    "mr",
    "F25-0871",
    1680.0,
    "reminder_2",
    "fr",
    "fr",
    "2025-12-03T19:12:00+01:00",
    "Julien Favre",
    "julien.favre74@gmail.com",
    "delay_request",
    True,
    2,
    """
Bonsoir Madame Roche,

Je ne conteste pas du tout le travail, l'escalier est superbe. Mais avec les fêtes et un
gros imprévu sur la voiture je ne peux pas tout régler d'un coup. Est-ce que vous
accepteriez un paiement en trois fois : 500 € le 15 décembre, 500 € le 15 janvier et le
solde de 680 € le 15 février ?

Merci d'avance pour votre compréhension,
Julien Favre
""",
    pdate="2025-12-15",
    quote="gmail",
    notes="Negation 'je ne conteste pas'; dated instalment plan pauses, first instalment date.",
)

R(
    "bq",
    "RG25-00655",
    5412.3,
    "reminder_3",
    "de",
    "de",
    "2025-12-15T08:30:00+01:00",
    "Andrea Lustenberger",
    "a.lustenberger@lustenberger-gastro.ch",
    "delay_request",
    True,
    2,
    """
Sehr geehrte Frau Imhof

Wir bitten Sie, von einer Betreibung abzusehen. Die Rechnung ist korrekt, aber wir haben
momentan einen Liquiditätsengpass, weil ein Grosskunde im Verzug ist. Könnten Sie uns bis
Ende Januar Zeit geben? Dann ist der Betrag sicher bezahlt.

Mit freundlichen Grüssen
Andrea Lustenberger
Geschäftsführerin, Lustenberger Gastro GmbH
""",
    pdate="2026-01-31",
    quote="outlook",
    mailer=OUTLOOK,
    notes="'Betreibung' is the customer's word but it asks to avoid it, not a threat; "
    "'Ende Januar' is a concrete new date.",
)

R(
    "wl",
    "WL-2025-0299",
    1875.0,
    "reminder_1",
    "en",
    "en",
    "2025-12-01T09:55:00+01:00",
    "Priya Raman",
    "priya@raman-consulting.ch",
    "delay_request",
    False,
    2,
    """
Dear Lukas,

Sorry for the delay. We are still waiting for our own client to pay us and cash is tight
right now. Could you please bear with us for a few more weeks? We will of course settle
your invoice as soon as we can.

Kind regards,
Priya Raman
""",
    format="alt",
    notes="Vague 'a few more weeks': no concrete date, so dunning is not paused.",
)

R(
    "tv",
    "TV/25/0571",
    3960.0,
    "reminder_1",
    "it",
    "it",
    "2025-12-19T16:08:00+01:00",
    "Roberto Maggini",
    "r.maggini@maggini-tende.ch",
    "delay_request",
    True,
    2,
    """
Buonasera,

è possibile pagare la fattura in due rate? La prima metà il 10 gennaio e la seconda il
10 febbraio. Dicembre per noi è sempre difficile.

Grazie e buone feste
Roberto Maggini
Maggini Tende Sagl
""",
    pdate="2026-01-10",
    quote="gmail",
    notes="Dated two-instalment plan; first instalment date.",
)

R(
    "lx",
    "LX-2025/219",
    780.0,
    "reminder_2",
    "fr",
    "fr",
    "2025-12-12T14:22:00+01:00",
    "Valérie Junod",
    "v.junod@atelier-junod.ch",
    "delay_request",
    False,
    2,
    """
Bonjour,

Nous traversons une période compliquée et je vous demande encore un peu de patience.
Je reviens vers vous dès que possible.

Valérie Junod
""",
    notes="Vague request for patience, no date.",
)

R(
    "lo",
    "LO2025-0171",
    1596.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-16T10:40:00+01:00",
    "Hélène Marchand",
    "h.marchand@librairie-des-pentes.fr",
    "delay_request",
    True,
    2,
    """
Bonjour Madame Berthier,

Serait-il possible de régler cette facture le 10 janvier plutôt que maintenant ? Décembre
est notre plus gros mois mais la trésorerie ne rentre qu'après les fêtes.

Merci beaucoup,
Hélène Marchand
Librairie des Pentes – Lyon 1er
""",
    pdate="2026-01-10",
    quote="thunderbird",
    mailer=TB,
    notes="Asks (rather than announces) to pay on a concrete date: delay request that pauses.",
)

R(
    "fs",
    "FS25-1210",
    4200.0,
    "invoice",
    "fr",
    "fr",
    "2025-11-24T11:11:00+01:00",
    "Jean-Marc Clerc",
    "jm.clerc@clerc-agri.ch",
    "delay_request",
    False,
    2,
    """
Salut Isabelle,

Merci pour la facture du bouclement. Est-ce qu'on pourrait payer un moment après
l'échéance ? On attend le versement des paiements directs et c'est un peu juste en ce
moment. Dis-moi si c'est ok.

Salutations
Jean-Marc
""",
    mailer=APPLE,
    notes="No date given; waiting for a subsidy is a reason, not a date.",
)

# ----------------------------------------------------------------------------------------------
# contestation
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "RG25-00702",
    1563.8,
    "reminder_2",
    "de",
    "de",
    "2025-12-02T13:37:00+01:00",
    "Roland Amrein",
    "r.amrein@amrein-verwaltungen.ch",
    "contestation",
    True,
    3,
    """
Guten Tag Frau Imhof

Bevor wir zahlen, eine Korrektur: Auf dem Arbeitsrapport vom 14. Oktober sind 6 Stunden
für den Monteur verrechnet. Laut unserem Hauswart war er aber nur von 8 bis 11.30 Uhr vor
Ort, also 3.5 Stunden. Das sind 2.5 Stunden à CHF 118.– zu viel.

Bitte senden Sie uns eine korrigierte Rechnung, dann zahlen wir umgehend.

Freundliche Grüsse
Roland Amrein
Amrein Verwaltungen AG
""",
    amount=295.0,
    quote="outlook",
    mailer=OUTLOOK,
    notes="Hours contested: 2.5 h × CHF 118 = 295 (excl. VAT); 'dann zahlen wir umgehend' is "
    "no dated promise.",
)

R(
    "mr",
    "F25-0859",
    2940.0,
    "reminder_3",
    "fr",
    "fr",
    "2025-12-17T21:04:00+01:00",
    "Gérard Bouvier",
    "gerard.bouvier@orange.fr",
    "contestation",
    True,
    5,
    """
MADAME,

C'EST UN SCANDALE. La porte d'entrée que vous avez posée est rayée sur toute la hauteur,
je vous l'ai signalé TROIS fois depuis octobre et personne n'est venu. Et maintenant vous
m'envoyez une mise en demeure ?

Je ne paierai pas un centime tant que la porte n'est pas remplacée. J'ai transmis le
dossier à mon avocat et à l'UFC-Que Choisir.

G. Bouvier
""",
    amount=2940.0,
    mailer=ORANGE,
    notes="Shouting, lawyer and consumer association: urgency 5; the whole invoice is withheld.",
)

R(
    "lo",
    "LO2025-0139",
    1320.0,
    "reminder_2",
    "en",
    "en",
    "2025-12-10T09:02:00+01:00",
    "Martin Clarke",
    "accounts@clarke-galleries.com",
    "contestation",
    True,
    4,
    """
Hello,

We transferred the full EUR 1,320.00 on 8 December, three days after your reminder was
dated. Charging a EUR 40 recovery fee for three days is frankly absurd for a client who has
always paid, and we will not pay it. Please confirm the account is closed.

Regards,
Martin Clarke
Clarke Galleries Ltd, London
""",
    amount=40.0,
    quote="outlook",
    mailer=OUTLOOK,
    notes="Invoice paid late, the dispute is the EUR 40 fee (contested fees count); explicit "
    "refusal to pay it: urgency 4.",
)

R(
    "wl",
    "WL-2025-0351",
    5320.0,
    "invoice",
    "de",
    "de",
    "2025-12-05T15:48:00+01:00",
    "Simone Huber",
    "simone.huber@huber-weine.ch",
    "contestation",
    True,
    3,
    """
Hoi Lukas

Danke für die schnelle Umsetzung, der neue Shop gefällt uns sehr!

Allerdings habt ihr uns in der Offerte vom August pauschal CHF 4'500.– inkl. MwSt.
angeboten, auf der Rechnung stehen jetzt CHF 5'320.–. Zusätzliche Aufwände wurden nie
besprochen. Die CHF 4'500.– überweisen wir bis am 19. Dezember, für die Differenz von
CHF 820.– brauche ich bitte eine Erklärung.

Liebe Grüsse
Simone
Huber Weine GmbH, Stäfa
""",
    amount=820.0,
    pdate="2025-12-19",
    format="alt",
    mailer=APPLE,
    notes="Polite opener, then a price other than agreed; pays the undisputed part by a date.",
)

R(
    "tv",
    "TV/25/0549",
    2480.0,
    "reminder_1",
    "it",
    "it",
    "2025-12-04T10:15:00+01:00",
    "Sara Cattaneo",
    "sara.cattaneo@cattaneo-sartoria.ch",
    "contestation",
    True,
    3,
    """
Buongiorno,

vi segnalo che dei 40 metri di lino ordinati ne abbiamo ricevuti soltanto 32 (vedi bolla
di consegna firmata). Mancano quindi 8 metri a CHF 62.- al metro, che non pagheremo finché
non ci saranno consegnati. Il resto è in ordine.

Cordiali saluti
Sara Cattaneo
Sartoria Cattaneo, Mendrisio
""",
    amount=496.0,
    quote="gmail",
    notes="Short delivery: 8 m × CHF 62 = 496; withholding only the missing part, ordinary "
    "dispute.",
)

R(
    "lx",
    "LX-2025/227",
    1860.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-11-28T17:25:00+01:00",
    "Nicolas Perret",
    "n.perret@perret-horlogerie.ch",
    "contestation",
    True,
    3,
    """
Monsieur,

Je me permets de réagir à votre rappel. La traduction allemande de notre catalogue
contenait de nombreuses erreurs (termes techniques horlogers faux, plusieurs phrases
omises) et notre relecteur a dû reprendre une bonne partie du texte. Dans ces conditions
nous ne sommes pas d'accord de payer le plein tarif et souhaitons en discuter avec vous.

Nicolas Perret
Perret Horlogerie SA, Le Locle
""",
    quote="outlook",
    mailer=OUTLOOK,
    notes="Quality dispute without an amount: disputed_amount null.",
)

# ----------------------------------------------------------------------------------------------
# invoice_error
# ----------------------------------------------------------------------------------------------

R(
    "fs",
    "FS25-1195",
    2095.0,
    "invoice",
    "fr",
    "fr",
    "2025-11-19T09:30:00+01:00",
    "Sophie Bapst",
    "s.bapst@garage-du-lac.ch",
    "invoice_error",
    True,
    3,
    """
Bonjour,

La facture est établie au nom de Garage du Lac Sàrl, alors que le mandat de révision
concerne notre société immobilière, Immobilière du Lac SA (même adresse). Pourriez-vous
la refaire au bon nom ? Le montant est correct.

Merci et bonne journée
Sophie Bapst
""",
    quote="outlook",
    mailer=OUTLOOK,
    notes="Wrong legal entity, amount accepted.",
)

R(
    "bq",
    "RG25-00719",
    3377.25,
    "reminder_1",
    "de",
    "de",
    "2025-12-01T10:05:00+01:00",
    "Claudia Steiner",
    "kreditoren@spital-emmental.ch",
    "invoice_error",
    True,
    3,
    """
Sehr geehrte Damen und Herren

Ihre Rechnung enthält keine Bestellnummer. Ohne Bestellnummer kann unsere
Kreditorenbuchhaltung keine Rechnungen verarbeiten. Bitte stellen Sie die Rechnung mit der
Bestellnummer 4500187312 neu aus.

Freundliche Grüsse
Claudia Steiner
Kreditorenbuchhaltung
Spital Emmental AG

Diese E-Mail kann vertrauliche Informationen enthalten. Falls Sie nicht der richtige
Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail.
""",
    quote="outlook",
    mailer=OUTLOOK,
    notes="Missing PO number, no deadline; the PO number is not an invoice number.",
)

R(
    "lo",
    "LO2025-0158",
    4380.0,
    "invoice",
    "fr",
    "fr",
    "2025-11-26T14:14:00+01:00",
    "Damien Leroux",
    "d.leroux@leroux-architectes.fr",
    "invoice_error",
    True,
    3,
    """
Bonjour,

Notre numéro de TVA intracommunautaire ne figure pas sur la facture, ce qui nous empêche de
la comptabiliser. Il s'agit de FR 47 512 384 906. Merci de nous renvoyer une facture
complétée.

Cordialement,
Damien Leroux
Leroux Architectes, Villeurbanne
""",
    format="alt",
    notes="Missing customer VAT number; the VAT number is not an amount.",
)

R(
    "wl",
    "WL-2025-0327",
    2604.0,
    "reminder_1",
    "en",
    "en",
    "2025-12-03T08:20:00+01:00",
    "Oliver Schmid",
    "ap@nordlicht-pharma.ch",
    "invoice_error",
    True,
    4,
    """
Dear Sir or Madam,

We cannot process this invoice because our purchase order number is missing. Please send
a corrected invoice quoting PO 7700-3318 before 10 December, otherwise it cannot be
included in our December payment run and will only be paid in January.

Kind regards,
Oliver Schmid
Accounts Payable, Nordlicht Pharma AG
""",
    mailer=OUTLOOK,
    notes="Missing PO blocking a payment run with a deadline: urgency 4; 10 December is a "
    "deadline for the company, not a promised date.",
)

R(
    "mr",
    "F25-0934",
    1150.0,
    "invoice",
    "fr",
    "fr",
    "2025-11-21T11:50:00+01:00",
    "Corinne Dufour",
    "c.dufour@syndic-dufour.fr",
    "invoice_error",
    True,
    3,
    """
Bonjour,

Nous avons reçu deux fois la même facture pour le chantier de la résidence Les Tilleuls :
la F25-0931 du 12 novembre et celle-ci, la 0934, même montant, même désignation. Nous
avons enregistré la 0931 ; merci d'annuler la 0934.

Cordialement
Corinne Dufour
Cabinet Dufour, syndic de copropriété
""",
    amount=1150.0,
    mentions=["F25-0931", "F25-0934"],
    quote="gmail",
    notes="Duplicate invoice (not already_paid): its full amount is disputed; 'la 0934' "
    "normalised.",
)

# ----------------------------------------------------------------------------------------------
# copy_request
# ----------------------------------------------------------------------------------------------

R(
    "tv",
    "TV/25/0562",
    890.0,
    "reminder_1",
    "it",
    "it",
    "2025-12-09T09:09:00+01:00",
    "Elena Rusconi",
    "info@rusconi-tessuti.ch",
    "copy_request",
    False,
    2,
    """
Buongiorno,
non abbiamo mai ricevuto la fattura originale. Potete mandarci il PDF con la polizza di
versamento QR? Pagheremo appena la riceviamo.
Grazie
Elena Rusconi
""",
    notes="Vague payment after receipt, no date: copy request.",
)

R(
    "bq",
    "RG25-00744",
    612.0,
    "invoice",
    "de",
    "de",
    "2025-11-14T16:16:00+01:00",
    "Peter Arnold",
    "peter.arnold@arnold-treuhand.ch",
    "copy_request",
    False,
    2,
    """
Guten Tag

Bitte senden Sie Rechnungen für die Liegenschaft Weggisgasse 18 künftig direkt an unsere
Kreditorenadresse kreditoren@arnold-treuhand.ch und nicht mehr an mich persönlich.

Danke und freundliche Grüsse
Peter Arnold
""",
    quote="outlook",
    mailer=OUTLOOK,
    notes="Future invoices to another address.",
)

R(
    "lo",
    "LO2025-0166",
    540.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-11T20:31:00+01:00",
    "Aurélie Dumas",
    "aurelie.dumas@free.fr",
    "copy_request",
    False,
    2,
    """
bonsoir, pouvez vous me renvoyer la facture svp je la retrouve pas dans mes mails. merci
""",
    mailer=ORANGE,
    notes="One line, no capitals or punctuation.",
)

# ----------------------------------------------------------------------------------------------
# acknowledgement
# ----------------------------------------------------------------------------------------------

R(
    "lx",
    "LX-2025/248",
    395.0,
    "invoice",
    "fr",
    "fr",
    "2025-11-18T08:40:00+01:00",
    "Catherine Rochat",
    "c.rochat@commune-epalinges.ch",
    "acknowledgement",
    False,
    1,
    """
Bien reçu, merci. Je transmets à notre service financier.

C. Rochat
""",
    quote="outlook",
    mailer=OUTLOOK,
    notes="",
)

R(
    "wl",
    "WL-2025-0362",
    1290.0,
    "invoice",
    "de",
    "de",
    "2025-12-02T11:27:00+01:00",
    "Reto Gmür",
    "reto@gmuer-velos.ch",
    "acknowledgement",
    False,
    1,
    """
Merci vielmal, ist an unsere Buchhaltung weitergeleitet.
Gruess Reto
""",
    mailer=IPHONE,
    notes="Swiss 'Merci vielmal' in a German message: language de.",
)

# ----------------------------------------------------------------------------------------------
# auto_reply
# ----------------------------------------------------------------------------------------------

R(
    "fs",
    "FS25-1222",
    1780.0,
    "reminder_1",
    "fr",
    "mixed",
    "2025-12-22T07:00:00+01:00",
    "Monique Riedo",
    "m.riedo@riedo-transports.ch",
    "auto_reply",
    False,
    1,
    """
Je suis absente jusqu'au 5 janvier 2026. Pour toute question urgente, veuillez contacter
info@riedo-transports.ch.

Ich bin bis am 5. Januar 2026 abwesend. In dringenden Fällen wenden Sie sich bitte an
info@riedo-transports.ch.

Monique Riedo
""",
    client_lang="fr",
    re="Réponse automatique :",
    headers=AUTO,
    notes="Bilingual out-of-office; the return date is not a promised date.",
)

R(
    "mr",
    "F25-0941",
    720.0,
    "invoice",
    "fr",
    "fr",
    "2025-12-12T10:01:00+01:00",
    "Service Fournisseurs",
    "fournisseurs@hotel-les-aravis.fr",
    "auto_reply",
    False,
    1,
    """
Bonjour,

Nous accusons réception de votre message, enregistré sous le numéro de demande 48211.
Notre service fournisseurs le traitera dans un délai de 10 jours ouvrés.

Ceci est un message automatique, merci de ne pas y répondre.
""",
    headers=AUTO,
    re="Accusé de réception :",
    notes="Ticket system confirmation; the request number is not an invoice number.",
)

# ----------------------------------------------------------------------------------------------
# other
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "RG25-00726",
    2218.0,
    "reminder_1",
    "de",
    "de",
    "2025-12-08T14:02:00+01:00",
    "Monika Birrer",
    "monika.birrer@birrer-immobilien.ch",
    "other",
    False,
    2,
    """
Guten Tag Frau Imhof

Kurze Frage zur Rechnung: was genau beinhaltet die Position «Kleinmaterial pauschal»?
Ich muss das intern weiterverrechnen und brauche die Aufschlüsselung.

Freundliche Grüsse
Monika Birrer
""",
    quote="outlook",
    mailer=OUTLOOK,
    notes="Only a question about one line, nothing disputed or requested to be resent: other.",
)

R(
    "lx",
    "LX-2025/236",
    1340.0,
    "reminder_1",
    "en",
    "en",
    "2025-11-25T12:12:00+01:00",
    "Daniel Fischer",
    "daniel.fischer@fischer-mediconsult.ch",
    "other",
    False,
    2,
    """
Hello,

I'm afraid this has reached the wrong person. I left Medtrans SA in August and have no
access to their accounts any more. Please contact their office directly.

Regards,
Daniel Fischer
""",
    notes="Wrong recipient.",
)
