# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# ruff: noqa: RUF001  (the customers write en dashes)
"""Second blind set of customers' replies (tests/data/disputes_blind2), with their labels (CC0 text).

Written by a fourth writer who read only the label definitions and the entry format, not the
other sets' replies, not the reader's rules and not its answers. Measured blind once (see its
README), then tuned on: development data now.

Besides the four companies of ``dispute_replies_more.py`` (bq, tv, lx, mr) it uses three more
invoicing companies defined in ``make_dispute_replies.py``: a fiduciary in Fribourg (``fs``,
``FS25-nnnn``), a web agency in Zurich (``wl``, ``WL-2025-nnnn``) and a lighting designer in
Lyon (``lo``, ``LO2025-nnnn``). Same entry format as ``dispute_replies_blind.py`` (the ``R``
helper of ``dispute_replies_more.py``, entries kept in this file's own ``REPLIES``); labels as
defined in /work/shared/samples/disputes/README.md.
Build with ``.venv/bin/python scripts/bench/make_dispute_replies.py --source blind2``.
"""

import dispute_replies_more as _more
from dispute_replies_more import APPLE, IPHONE, ORANGE, OUTLOOK, TB

REPLIES = []

ANDROID = "Outlook for Android"
GMAIL_WEB = None  # Gmail's web client sends no X-Mailer

R = _more.writer(REPLIES)


AUTO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

# ----------------------------------------------------------------------------------------------
# contestation
# ----------------------------------------------------------------------------------------------

R(
    "lo",
    "LO2025-0112",
    4320.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-02T09:14:00+01:00",
    "Hélène Marchetti",
    "h.marchetti@marchetti-archi.fr",
    "contestation",
    True,
    3,
    """
Bonjour Madame Berthier,

Suite à votre relance, je me suis replongée dans le dossier du showroom de la rue Mercière.

Votre facture compte quatre suspensions Halo à 540 € HT pièce. Or seules trois ont été posées
le 14 octobre : la quatrième était en rupture chez votre fournisseur et nous n'en avons plus
entendu parler depuis. Je ne peux donc pas valider la ligne en l'état, soit 540 € HT / 648 € TTC.

Pouvez-vous m'envoyer un avoir pour cette suspension (ou me donner une date de livraison ferme) ?
Le reste de la facture ne pose aucun problème.

Bien à vous,

Hélène Marchetti
Architecte DPLG – Marchetti Architecture
12 montée Saint-Barthélemy, 69005 Lyon
""",
    amount=648.0,
    quote="gmail",
    re="Re:",
    format="alt",
    notes="One undelivered luminaire contested, stated HT and TTC: the TTC figure (648) is taken; "
    "no date for the undisputed rest.",
)

R(
    "wl",
    "WL-2025-0231",
    6480.0,
    "reminder_2",
    "de",
    "de",
    "2025-12-09T16:40:00+01:00",
    "Reto Brunner",
    "reto.brunner@brunner-velos.ch",
    "contestation",
    True,
    4,
    """
Herr Frei

Sie schicken mir eine zweite Mahnung für einen Webshop, der bis heute nicht funktioniert?

Seit dem "Go-live" am 3. November können die Kunden nicht mit Twint bezahlen, die Lagerbestände
werden nicht synchronisiert und ich habe drei Tickets offen, auf die niemand reagiert. Ich habe
das Ihrem Projektleiter zweimal schriftlich gemeldet.

Solange der Shop nicht läuft wie offeriert, bezahle ich diese Rechnung nicht. Punkt.

Reto Brunner
Brunner Velos GmbH
Zürcherstrasse 88, 8400 Winterthur
""",
    amount=6480.0,
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="Whole invoice withheld because the delivered shop does not work; explicit refusal "
    "to pay, irritated but no lawyer → urgency 4.",
)

R(
    "fs",
    "FS25-1043",
    2157.68,
    "invoice",
    "fr",
    "fr",
    "2025-11-20T11:05:00+01:00",
    "Marc-Antoine Rossier",
    "ma.rossier@rossier-carrelages.ch",
    "contestation",
    True,
    3,
    """
Bonjour Madame Progin,

Merci pour l'envoi de la facture et pour le bouclement 2024, tout est en ordre de notre côté
et les comptes ont été approuvés par l'assemblée.

Par contre je ne comprends pas le montant des honoraires. L'an passé le bouclement et la
déclaration d'impôt nous ont coûté CHF 1'480.– hors TVA, cette année vous facturez
CHF 1'996.– hors TVA, alors que rien n'a changé dans la société (même nombre d'employés,
pas d'immeuble, pas de nouvelle activité).

Pourriez-vous m'expliquer cette différence, ou revoir la facture ?

Avec mes meilleures salutations

Marc-Antoine Rossier
Rossier Carrelages Sàrl
Route de la Glâne 41, 1752 Villars-sur-Glâne
""",
    amount=516.0,
    quote="outlook",
    mailer=OUTLOOK,
    re="RE :",
    notes="Polite thanks first, then the fee compared with last year's: 1996 − 1480 = 516 (excl. "
    "VAT, as written).",
)

R(
    "bq",
    "RG25-00781",
    845.3,
    "reminder_1",
    "de",
    "de",
    "2025-12-04T19:22:00+01:00",
    "Heidi Gisler",
    "heidi.gisler@gmx.ch",
    "contestation",
    True,
    3,
    """
Grüessech

D Heizig isch nach em Service vo lètschter Wuche scho wider usgstige, jetzt zum zwöite Mal.
Euse Monteur het gseit er lueg no emol verbi, es isch aber niemer cho.

Ich zahle die Rächnig erscht wenn d Heizig wieder lauft.

Heidi Gisler
""",
    amount=845.3,
    quote="apple",
    mailer=IPHONE,
    re="AW:",
    notes="Swiss German dialect; the whole invoice is held back until the heating works "
    "(conditional, calm) → ordinary dispute.",
)

R(
    "lx",
    "LX-2025/207",
    1374.0,
    "invoice",
    "en",
    "en",
    "2025-11-27T10:12:00+01:00",
    "Priya Raman",
    "priya.raman@helvetica-biotech.ch",
    "contestation",
    True,
    3,
    """
Dear Mr Chappuis,

thank you for the fast delivery of the translation. However the invoice count is not correct
I think. You have billed 5'200 words, but our source document have only 4'100 words, we
checked it two times with the word count function. With your price of CHF 0.24 per word it
makes CHF 264 too much.

Can you please check and send a corrected invoice? Then we pay directly.

Best regards
Priya Raman
Regulatory Affairs Specialist
Helvetica Biotech SA | Chemin des Aulx 14 | 1228 Plan-les-Ouates

This e-mail and any attachments are confidential and may be legally privileged. If you are not
the intended recipient, please notify the sender and delete it. Any unauthorised use, disclosure
or copying is strictly prohibited and may be unlawful.
""",
    amount=264.0,
    quote="none",
    mailer=OUTLOOK,
    re="RE:",
    format="alt",
    notes="Non-native English; 1,100 words × CHF 0.24 stated as 264; legal words only in the "
    "confidentiality footer.",
)

R(
    "tv",
    "TV/25/0419",
    9820.0,
    "reminder_1",
    "it",
    "it",
    "2025-12-11T08:30:00+01:00",
    "Giorgio Pedrazzini",
    "g.pedrazzini@albergo-lagodoro.ch",
    "contestation",
    True,
    3,
    """
Buongiorno signora Bernasconi,

riceviamo il vostro promemoria, ma la fornitura non è conforme all'ordine. Le 120 tovaglie
sono arrivate color avorio invece che bianco ottico come da campione approvato a settembre.
In sala non possiamo usarle, le abbiamo rimesse negli scatoloni e sono a vostra disposizione
per il ritiro.

Le 120 tovaglie (120 × CHF 38.–, cioè CHF 4'560.–) non le paghiamo finché non riceviamo quelle
giuste. I tovaglioli invece vanno bene: la parte restante la saldiamo entro fine mese.

Distinti saluti
Giorgio Pedrazzini
Direzione – Albergo Lago d'Oro, Via Lungolago 7, 6612 Ascona
""",
    amount=4560.0,
    pdate="2025-12-31",
    quote="outlook",
    mailer=OUTLOOK,
    re="R:",
    notes="Wrong colour for part of the goods (4560 contested); the undisputed rest is promised "
    "'entro fine mese' → 31 December.",
)

R(
    "mr",
    "F25-1031",
    2760.0,
    "reminder_3",
    "fr",
    "fr",
    "2025-12-15T18:03:00+01:00",
    "Didier Lambert",
    "didier.lambert@orange.fr",
    "contestation",
    True,
    5,
    """
Madame,

Vous osez m'envoyer une menace de mise en demeure alors que la porte d'entrée que vous avez
posée ferme toujours aussi mal qu'au premier jour ?? Ça fait DEUX MOIS que j'appelle, que
j'envoie des photos, et personne ne vient.

J'ai transmis tout le dossier (devis, photos, vos courriers) à ma protection juridique et à
mon avocat. Je ne réglerai rien avant une expertise. Et je vais aussi laisser un avis sur
Google pour prévenir les autres clients.

D. Lambert
""",
    amount=2760.0,
    quote="none",
    mailer=ORANGE,
    re="RE :",
    charset="iso-8859-1",
    notes="Anger, lawyer and legal-expenses insurer, public review threat → 5; whole invoice "
    "withheld.",
)

R(
    "lo",
    "LO2025-0140",
    1188.0,
    "reminder_2",
    "en",
    "en",
    "2025-12-03T13:20:00+01:00",
    "Tom Whitfield",
    "tom@whitfield-retail.co.uk",
    "contestation",
    True,
    4,
    """
Hello,

We've worked with you on three shop fit-outs now and never had an issue. Your invoice ended up
in our spam folder, which is why it wasn't paid on time – we only found it when the second
reminder came in.

We're happy to settle the invoice itself and will do so this Friday. We will not be paying the
EUR 40 recovery fee or any late-payment penalties though, that's simply not reasonable between
long-standing partners.

Cheers,
Tom Whitfield
Operations Director, Whitfield Retail Ltd
Registered in England and Wales No. 08812345. Registered office: 4 Mill Lane, Bristol BS1 5AA.
""",
    amount=40.0,
    pdate="2025-12-05",
    quote="gmail",
    re="Re:",
    format="alt",
    notes="Only the €40 fee (and unquantified penalties) refused outright → 4; invoice promised "
    "'this Friday' (sent on a Wednesday).",
)

R(
    "wl",
    "WL-2025-0266",
    3240.0,
    "reminder_1",
    "de",
    "mixed",
    "2025-12-10T09:48:00+01:00",
    "Valérie Schaller",
    "v.schaller@schaller-physio.ch",
    "contestation",
    True,
    3,
    """
Guten Tag Herr Frei

Ich habe Ihre Erinnerung bekommen. Laut unserem Hosting-Vertrag sind 10 Stunden Support pro
Jahr im Paket inbegriffen. Sur la facture vous avez compté 12 heures à CHF 150.–, donc
seulement 2 heures devraient être facturées, pas 12.

Merci de corriger et de m'envoyer une nouvelle facture.

Freundliche Grüsse / Meilleures salutations
Valérie Schaller
Physiothérapie Schaller, Bahnhofstrasse 3, 2502 Biel/Bienne
""",
    amount=1500.0,
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    client_lang="de",
    notes="German then French in one message; 10 included hours × CHF 150 = 1500 contested.",
)

R(
    "lx",
    "LX-2025/219",
    2890.5,
    "reminder_1",
    "de",
    "de",
    "2025-12-08T14:02:00+01:00",
    "Dr. Andrea Kälin",
    "a.kaelin@kaelin-partner.ch",
    "contestation",
    True,
    3,
    """
Sehr geehrter Herr Chappuis

Wir bestreiten Ihre Rechnung nicht grundsätzlich, die Übersetzung der Vertragsunterlagen ist
gut gelungen. Sie haben uns aber einen Expresszuschlag von 30 % (CHF 612.00) verrechnet, obwohl
die Übersetzung zwei Tage nach dem vereinbarten Termin bei uns eintraf. Für diesen Zuschlag
sehen wir keine Grundlage.

Wir bitten um eine entsprechend korrigierte Rechnung.

Freundliche Grüsse

Dr. iur. Andrea Kälin
Rechtsanwältin
Kälin & Partner Rechtsanwälte AG
Pilatusstrasse 18, 6003 Luzern

Diese E-Mail kann vertrauliche und durch das Anwaltsgeheimnis geschützte Informationen
enthalten. Sollten Sie nicht der beabsichtigte Empfänger sein, informieren Sie uns bitte und
löschen Sie die Nachricht. Jede unbefugte Verwendung kann rechtliche Schritte nach sich ziehen.
""",
    amount=612.0,
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    format="alt",
    notes="Negation opener ('bestreiten nicht grundsätzlich') then the express surcharge "
    "contested; a lawyer as customer, legal words in the footer only → 3.",
)

R(
    "bq",
    "RG25-00822",
    1930.0,
    "reminder_1",
    "de",
    "de",
    "2025-12-09T11:15:00+01:00",
    "Patrick Zurbriggen",
    "p.zurbriggen@zurbriggen-verwaltungen.ch",
    "contestation",
    True,
    3,
    """
Guten Tag Frau Imhof

Die RG25-00822 ist in Ordnung, die zahlen wir am Freitag.

Bei der Rechnung RG25-00796 (Liegenschaft Moosstrasse) stimmt hingegen etwas nicht: Sie
verrechnen 4 Stunden für den Monteur, laut Rapport des Hauswarts war er aber nur 2 Stunden vor
Ort. Bei Ihrem Stundenansatz von Fr. 125.– sind das Fr. 250.– zu viel. Bitte senden Sie uns für
diese eine Gutschrift.

Freundliche Grüsse
Patrick Zurbriggen
Zurbriggen Verwaltungen AG
""",
    amount=250.0,
    pdate="2025-12-12",
    mentions=["RG25-00822", "RG25-00796"],
    quote="none",
    mailer=OUTLOOK,
    re="AW:",
    notes="The thread's invoice is promised for Friday; the dispute (2 h × 125 = 250) is about "
    "another invoice named in the text: pause concerns RG25-00796.",
)

# ----------------------------------------------------------------------------------------------
# invoice_error
# ----------------------------------------------------------------------------------------------

R(
    "fs",
    "FS25-1102",
    3890.25,
    "invoice",
    "de",
    "de",
    "2025-11-24T08:12:00+01:00",
    "Monika Zbinden",
    "m.zbinden@zbinden-holzbau.ch",
    "invoice_error",
    True,
    3,
    """
Guten Morgen Frau Progin

Besten Dank für die Rechnung. Leider ist sie noch auf die "Zbinden Holzbau GmbH" ausgestellt.
Wie Sie wissen, wurde die Firma per 1. Juli in eine AG umgewandelt und hat seither die
UID CHE-301.445.872. Unsere Revisionsstelle akzeptiert die Rechnung so nicht.

Können Sie sie bitte auf die Zbinden Holzbau AG neu ausstellen? Der Betrag stimmt.

Freundliche Grüsse
Monika Zbinden
Zbinden Holzbau AG, Schwarzenburgstrasse 201, 3145 Niederscherli
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="Wrong legal entity after a conversion; amount explicitly accepted.",
)

R(
    "wl",
    "WL-2025-0248",
    12450.0,
    "invoice",
    "en",
    "en",
    "2025-11-18T15:30:00+01:00",
    "Sarah Keller",
    "sarah.keller@novapharm-ag.ch",
    "invoice_error",
    True,
    4,
    """
Dear Mr Frei,

Our accounts payable system has rejected your invoice because it does not show our purchase
order number. Without a PO we cannot book or release it.

Please reissue the invoice quoting PO 4500123987 and send it to invoices@novapharm-ag.ch before
26 November – otherwise it will miss our monthly payment run on 28 November and the next one
is only at the end of December.

Kind regards,
Sarah Keller
Procurement, NovaPharm AG
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    format="alt",
    notes="Missing PO blocking a payment run with a deadline → 4; the payment-run dates are "
    "not promised dates.",
)

R(
    "lo",
    "LO2025-0097",
    5760.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-01T10:40:00+01:00",
    "Nadia Bensaïd",
    "n.bensaid@hotel-lestilleuls.fr",
    "invoice_error",
    True,
    3,
    """
Bonjour,

Je fais suite à votre rappel. Nous ne contestons ni les travaux ni le montant, mais notre
service comptable a rejeté votre facture : elle est établie au nom de "Hôtel Les Tilleuls",
qui est notre enseigne, alors que l'entité juridique est la SAS Tilleuls Hôtellerie
(SIRET 852 114 390 00018), et notre numéro de TVA intracommunautaire n'y figure pas.

Pouvez-vous nous renvoyer une facture corrigée ? Elle sera payée dans la foulée.

Cordialement,

Nadia Bensaïd
Assistante de direction
""",
    quote="thunderbird",
    mailer=TB,
    re="Re:",
    notes="Negation ('ne contestons ni…') then a formal defect: wrong entity and missing VAT "
    "number; vague 'dans la foulée' is not a date.",
)

R(
    "mr",
    "F25-1008",
    1920.0,
    "invoice",
    "fr",
    "fr",
    "2025-11-12T17:55:00+01:00",
    "Jean-Luc Perrin",
    "jl.perrin@wanadoo.fr",
    "invoice_error",
    True,
    3,
    """
Bonsoir Madame Roche,

Merci pour la facture des volets. Vous avez appliqué une TVA à 20 %, or il s'agit de travaux
dans notre résidence principale construite en 1987 : le taux est de 10 % (je vous avais remis
l'attestation simplifiée signée avec le devis). Cela fait 160 € de TVA en trop.

Merci de me faire parvenir une facture rectifiée, je la réglerai dès réception.

Cordialement
Jean-Luc Perrin
""",
    amount=160.0,
    quote="none",
    mailer=ORANGE,
    re="RE :",
    notes="Wrong VAT rate; the customer states the excess VAT (160) himself.",
)

R(
    "tv",
    "TV/25/0433",
    4410.0,
    "invoice",
    "it",
    "it",
    "2025-11-26T11:11:00+01:00",
    "Lucia Ferrari",
    "lucia.ferrari@ferrari-moda.it",
    "invoice_error",
    True,
    3,
    """
Gentile signora Bernasconi,

grazie per la fattura. Però la conferma d'ordine del 2 ottobre era in euro (EUR 4'680) e anche
il nostro contratto quadro prevede la fatturazione in euro, mentre la fattura è in franchi
svizzeri. La nostra banca e il nostro gestionale non accettano un pagamento in CHF per questo
fornitore.

Vi chiediamo gentilmente di riemettere la fattura in EUR.

Cordiali saluti
Lucia Ferrari
Ufficio acquisti – Ferrari Moda S.r.l., Como
P.IVA IT03318760139
""",
    quote="gmail",
    re="Re:",
    format="alt",
    notes="Wrong currency; the EUR figure is the agreed price in another currency, not a "
    "contested amount.",
)

R(
    "lx",
    "LX-2025/224",
    980.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-09T09:05:00+01:00",
    "Karine Dubuis",
    "karine.dubuis@valdor-commune.ch",
    "invoice_error",
    True,
    3,
    """
Bonjour,

Cette facture fait doublon avec votre LX-2025/198 : même traduction (règlement communal des
déchets, allemand-français), même montant de CHF 980.–. Nous avons payé la 198 le 14 novembre.

Merci d'annuler la LX-2025/224 et de nous le confirmer.

Meilleures salutations
Karine Dubuis
Administration communale de Val-d'Or – Finances
""",
    amount=980.0,
    mentions=["LX-2025/198", "LX-2025/224"],
    quote="outlook",
    mailer=OUTLOOK,
    re="RE :",
    notes="Duplicate invoice (the other one was paid), not 'already paid': full amount; both "
    "numbers written by the customer.",
)

# ----------------------------------------------------------------------------------------------
# already_paid
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "RG25-00802",
    1265.4,
    "reminder_1",
    "de",
    "de",
    "2025-12-03T07:48:00+01:00",
    "Peter Amstutz",
    "peter.amstutz@bluewin.ch",
    "already_paid",
    True,
    3,
    """
Hallo, habe am 28.11. per E-Banking bezahlt, hat sich wohl gekreuzt. Gruss P. Amstutz

Von meinem iPhone gesendet
""",
    quote="apple",
    mailer=IPHONE,
    re="AW:",
    notes="One line from a phone; the past payment date is not a promised date.",
)

R(
    "lo",
    "LO2025-0105",
    2340.0,
    "reminder_2",
    "fr",
    "fr",
    "2025-12-12T14:25:00+01:00",
    "Claire Dumont",
    "c.dumont@dumont-immobilier.fr",
    "already_paid",
    True,
    3,
    """
Bonjour,

Nous avons bien reçu votre deuxième relance, mais le virement de 2 340,00 € est parti le
20 novembre depuis notre compte au Crédit Mutuel (libellé « LO2025 0105 DUMONT »). Vous
trouverez l'avis de virement en pièce jointe.

Merci de vérifier de votre côté et de mettre à jour votre suivi.

Claire Dumont
Dumont Immobilier – Gestion locative
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE :",
    format="alt",
    mentions=["LO2025-0105"],
    attachments=[("pdf", "avis_virement_20112025.pdf")],
    notes="Payment with date, amount and the bank label, which spells the invoice number "
    "loosely (normalised in mentions); PDF proof.",
)

R(
    "fs",
    "FS25-1071",
    1540.8,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-05T16:10:00+01:00",
    "Laurent Jaquier",
    "laurent@jaquier-vins.ch",
    "already_paid",
    True,
    3,
    """
Bonjour Madame Progin

Je pense qu'il y a une erreur, nous avons payé cette facture en deux fois : CHF 1'000.- le
10 novembre et le solde de CHF 540.80 le 2 decembre. Peut etre que le deuxieme versement
n'etait pas encore arrivé quand vous avez envoyé le rappel?

Salutations
Laurent Jaquier
Caves Jaquier, Lutry
""",
    quote="none",
    mailer=APPLE,
    re="Re:",
    notes="Paid in two instalments, both past; missing accents.",
)

R(
    "wl",
    "WL-2025-0209",
    2700.0,
    "reminder_1",
    "en",
    "en",
    "2025-11-28T12:00:00+01:00",
    "Marco Baumann",
    "m.baumann@baumann-consulting.ch",
    "already_paid",
    True,
    3,
    """
Hi Lukas,

This one was paid together with WL-2025-0215 in a single transfer of CHF 4'320.00 on
14 November. I'm afraid our bookkeeper only put the second invoice number in the payment
reference, which is probably why it didn't get matched on your side.

Could you allocate it manually? Thanks!

Marco
--
Marco Baumann | Baumann Consulting GmbH | +41 44 380 12 90
""",
    mentions=["WL-2025-0215"],
    quote="gmail",
    re="Re:",
    format="alt",
    notes="One transfer covering two invoices; the other invoice named in the text.",
)

R(
    "tv",
    "TV/25/0398",
    3150.0,
    "reminder_2",
    "it",
    "it",
    "2025-12-10T10:30:00+01:00",
    "Franco Gianella",
    "amministrazione@gianella-arredi.ch",
    "already_paid",
    True,
    3,
    """
Buongiorno,

la fattura risulta pagata da noi il 25 novembre tramite bonifico dalla Banca Stato. Vi alleghiamo
la contabile. Probabilmente il pagamento e il vostro secondo sollecito si sono incrociati.

Cordiali saluti

Amministrazione
Gianella Arredi SA – Via Cantonale 22 – 6814 Lamone
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="R:",
    attachments=[("pdf", "contabile_bonifico.pdf")],
    notes="Sent from a shared administration mailbox; proof attached.",
)

R(
    "lx",
    "LX-2025/190",
    760.0,
    "reminder_1",
    "en",
    "mixed",
    "2025-11-21T09:15:00+01:00",
    "Jonas Meier",
    "jonas.meier@alpinetrails.ch",
    "already_paid",
    True,
    3,
    """
Hello Mr Chappuis,

I think there's a mistake – we paid this on 12 November via e-banking. Im Anhang finden Sie die
Zahlungsbestätigung von unserer Bank (Raiffeisen). Bitte prüfen Sie das nochmals.

Danke und Gruss
Jonas Meier
Alpine Trails GmbH
""",
    quote="none",
    mailer=OUTLOOK,
    re="RE:",
    client_lang="en",
    attachments=[("pdf", "Zahlungsbestaetigung.pdf")],
    notes="English then German in one message.",
)

R(
    "mr",
    "F25-0994",
    3480.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-11-25T20:40:00+01:00",
    "Sylvie Morand",
    "sylvie.morand@free.fr",
    "already_paid",
    True,
    3,
    """
Bonsoir,

Je ne comprends pas ce rappel : j'ai remis un chèque de 3 480 € à votre poseur, M. Duret, le
jour de la fin du chantier (6 novembre). Chèque n° 4521837 sur la Banque Populaire. Il n'a
toujours pas été débité de mon compte, l'avez-vous bien encaissé ?

Sylvie Morand
""",
    quote="none",
    mailer=GMAIL_WEB,
    re="Re:",
    notes="Cheque handed to the fitter and not cashed: paid from the customer's point of view; "
    "the cheque number is not an invoice number.",
)

R(
    "fs",
    "FS25-1120",
    4862.7,
    "reminder_1",
    "de",
    "de",
    "2025-12-16T11:45:00+01:00",
    "Elsbeth Roth",
    "e.roth@roth-metzgerei.ch",
    "already_paid",
    True,
    3,
    """
Grüezi Frau Progin

Gemäss unserer Buchhaltung ist die Rechnung am 3. Dezember überwiesen worden, leider noch auf
Ihr altes Konto bei der Valiant Bank, das noch in unserem Kreditorenstamm hinterlegt war.
Das Geld ist nicht zurückgekommen.

Könnten Sie bitte mit Ihrer Bank abklären, ob der Betrag dort eingegangen ist? Die neue IBAN
haben wir jetzt erfasst.

Freundliche Grüsse
Elsbeth Roth
Metzgerei Roth AG, Düdingen
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="Paid to the company's old account; still 'already paid' to be checked.",
)

# ----------------------------------------------------------------------------------------------
# delay_request
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "RG25-00755",
    7840.0,
    "reminder_2",
    "de",
    "de",
    "2025-12-08T10:20:00+01:00",
    "Thomas Wyss",
    "t.wyss@wyss-baeckerei.ch",
    "delay_request",
    True,
    2,
    """
Sehr geehrte Frau Imhof

Die Rechnung für den neuen Backofen-Anschluss ist korrekt, das ist nicht das Problem. Nach der
Investition in den Laden ist unsere Liquidität im Moment aber knapp.

Wäre es möglich, den Betrag in drei Raten zu bezahlen, jeweils Ende Monat, die erste Ende
Dezember, die letzte Ende Februar? Ich würde Ihnen gerne eine kurze Bestätigung schicken.

Mit freundlichen Grüssen
Thomas Wyss
Bäckerei-Konditorei Wyss, Sursee
""",
    pdate="2025-12-31",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="Dated instalment plan requested → pause; first instalment 'Ende Dezember'.",
)

R(
    "lo",
    "LO2025-0128",
    3600.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-04T15:15:00+01:00",
    "Bruno Lefèvre",
    "b.lefevre@restaurant-lequai.fr",
    "delay_request",
    True,
    2,
    """
Bonjour Camille,

Le nouvel éclairage de la salle est superbe, les clients nous en parlent tous les soirs.

Par contre la trésorerie est tendue après les travaux et avant les fêtes. Serait-il possible de
nous accorder un délai jusqu'au 15 janvier pour cette facture ? Je vous en serais très
reconnaissant.

Bruno
Restaurant Le Quai – 3 quai Rambaud, Lyon 2e
""",
    pdate="2026-01-15",
    quote="gmail",
    re="Re:",
    format="alt",
    notes="Praise, then a dated request for time (not a complaint).",
)

R(
    "wl",
    "WL-2025-0252",
    1890.0,
    "reminder_1",
    "en",
    "en",
    "2025-12-02T18:30:00+01:00",
    "Daniel Oduya",
    "daniel@oduya-photo.ch",
    "delay_request",
    False,
    2,
    """
Hi,

sorry about this. Business has been really slow the last two months and I'm waiting for a
couple of clients to pay me. Could you bear with me a few more weeks? I'll pay as soon as I
possibly can, I haven't forgotten it.

Best,
Daniel
""",
    quote="none",
    mailer=IPHONE,
    re="Re:",
    notes="Vague request for time, no date → no pause.",
)

R(
    "tv",
    "TV/25/0441",
    6230.0,
    "reminder_1",
    "it",
    "it",
    "2025-12-09T09:40:00+01:00",
    "Elena Rusconi",
    "e.rusconi@boutique-rusconi.ch",
    "delay_request",
    True,
    2,
    """
Buongiorno,

la merce è arrivata in perfetto stato, grazie. Vi chiediamo però se possiamo pagare la fattura
in due rate: metà il 20 dicembre e il saldo il 20 gennaio, dopo le vendite natalizie.

Resto in attesa di un vostro riscontro.

Elena Rusconi
Boutique Rusconi, Piazza Grande 12, Locarno
""",
    pdate="2025-12-20",
    quote="thunderbird",
    mailer=TB,
    re="R:",
    notes="Dated two-instalment plan → pause, first instalment date.",
)

R(
    "mr",
    "F25-1019",
    4980.0,
    "reminder_2",
    "fr",
    "fr",
    "2025-12-17T08:55:00+01:00",
    "Gérard Fontaine",
    "gerard.fontaine@sfr.fr",
    "delay_request",
    False,
    2,
    """
bonjour

je suis un peu juste en ce moment est ce que vous pouvez patienter un peu svp, je vous regle
des que possible. la cuisine est tres bien c est pas le probleme

merci de votre comprehension
G Fontaine
""",
    quote="none",
    mailer=GMAIL_WEB,
    re="Re:",
    notes="No accents, no punctuation; vague request for time with no date → no pause.",
)

R(
    "fs",
    "FS25-1088",
    2380.0,
    "reminder_1",
    "de",
    "de",
    "2025-12-12T13:05:00+01:00",
    "Claudia Hess",
    "claudia.hess@hess-coiffure.ch",
    "delay_request",
    True,
    2,
    """
Liebe Frau Progin

Könnten wir die Zahlung dieser Rechnung auf den 25. Januar verschieben? Dann sollte die
Rückerstattung der Verrechnungssteuer eingegangen sein und ich kann alles auf einmal begleichen.

Vielen Dank und schöne Festtage
Claudia Hess
Hess Coiffure, Murten
""",
    pdate="2026-01-25",
    quote="apple",
    mailer=APPLE,
    re="AW:",
    notes="A question asking for a new date (a request, not a promise) → delay_request, pause.",
)

# ----------------------------------------------------------------------------------------------
# payment_promise
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "RG25-00790",
    1580.0,
    "reminder_1",
    "de",
    "de",
    "2025-12-05T08:05:00+01:00",
    "Urs Käppeli",
    "urs.kaeppeli@kaeppeli-immo.ch",
    "payment_promise",
    False,
    1,
    """
Guten Tag Frau Imhof

Besten Dank für die Erinnerung. Die Rechnung ist inzwischen visiert und zur Zahlung
freigegeben; sie geht mit unserem nächsten Zahlungslauf am 15. Dezember raus.

Freundliche Grüsse
Urs Käppeli
Käppeli Immobilien AG
""",
    pdate="2025-12-15",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="Reminder acknowledged and the invoice 'approved for payment' with a dated payment run "
    "→ a promise, not an acknowledgement.",
)

R(
    "wl",
    "WL-2025-0271",
    5400.0,
    "reminder_1",
    "en",
    "en",
    "2025-12-11T11:20:00+01:00",
    "Fiona Graf",
    "ap@meridian-logistics.ch",
    "payment_promise",
    False,
    1,
    """
Dear Sir or Madam,

Thank you for your reminder. The invoice has now been approved by our CFO and will be included
in our next payment run on Tuesday.

Kind regards,
Fiona Graf
Accounts Payable | Meridian Logistics AG | Frachtstrasse 5 | 4142 Münchenstein

Meridian Logistics AG is registered in the commercial register of the canton of Basel-Landschaft
(CHE-112.908.771). All services are provided exclusively under our General Terms and Conditions
(SPEDLOGSWISS). Place of jurisdiction: Basel.
""",
    pdate="2025-12-16",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    format="alt",
    notes="Approved for payment + 'next payment run on Tuesday' (sent on a Thursday → 16 Dec); "
    "jurisdiction clause is boilerplate.",
)

R(
    "lo",
    "LO2025-0133",
    890.4,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-08T12:12:00+01:00",
    "Mathilde Roux",
    "mathilde.roux@gmail.com",
    "payment_promise",
    False,
    1,
    """
Oups, désolée pour l'oubli ! Je fais le virement ce soir.

Mathilde
""",
    pdate="2025-12-08",
    quote="gmail",
    re="Re:",
    notes="Very short; 'ce soir' → the e-mail's own date.",
)

R(
    "mr",
    "F25-1042",
    6120.0,
    "invoice",
    "fr",
    "fr",
    "2025-11-19T09:30:00+01:00",
    "Patricia Blanc",
    "compta@sci-lesaulnes.fr",
    "payment_promise",
    False,
    1,
    """
Bonjour,

Bien reçu, merci. La facture sera réglée par virement à fin décembre, comme convenu lors de la
signature du devis.

Cordialement,
P. Blanc
Comptabilité – SCI Les Aulnes
""",
    pdate="2025-12-31",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE :",
    notes="Acknowledgement plus a dated promise ('fin décembre' → last day) → payment_promise.",
)

R(
    "tv",
    "TV/25/0452",
    2740.0,
    "reminder_1",
    "it",
    "it",
    "2025-12-15T16:45:00+01:00",
    "Paolo Cattaneo",
    "p.cattaneo@cattaneo-tessili.ch",
    "payment_promise",
    False,
    1,
    """
Buongiorno,

il pagamento è stato disposto oggi con data valuta 18.12.2025.

Saluti
Paolo Cattaneo
""",
    pdate="2025-12-18",
    quote="none",
    mailer=OUTLOOK,
    re="R:",
    notes="'Disposto oggi' sounds paid, but the value date is in the future → a promise.",
)

R(
    "lx",
    "LX-2025/231",
    1120.0,
    "reminder_2",
    "de",
    "de",
    "2025-12-16T07:30:00+01:00",
    "Sandro Frei",
    "s.frei@frei-architekten.ch",
    "payment_promise",
    False,
    1,
    """
Sorry, ging bei uns unter. Zahle bis Freitag inkl. Mahngebühr.

S. Frei
""",
    pdate="2025-12-19",
    quote="none",
    mailer=ANDROID,
    re="AW:",
    notes="Terse; 'bis Freitag' resolved from a Tuesday; the fee is accepted, not contested.",
)

R(
    "fs",
    "FS25-1095",
    3320.0,
    "reminder_3",
    "de",
    "de",
    "2025-12-18T17:10:00+01:00",
    "Hansruedi Blaser",
    "h.blaser@blaser-transporte.ch",
    "payment_promise",
    False,
    1,
    """
Sehr geehrte Frau Progin

Bitte leiten Sie keine Betreibung ein. Ich war drei Wochen im Spital und habe die Post erst
jetzt gesehen. Der ganze Betrag inklusive Gebühren wird am Montag, 22. Dezember überwiesen.

Mit freundlichen Grüssen
Hansruedi Blaser
Blaser Transporte GmbH, Kerzers
""",
    pdate="2025-12-22",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    outlook_line=False,
    notes="'Betreibung' in the customer's own words is a plea, not a threat; dated promise.",
)

# ----------------------------------------------------------------------------------------------
# copy_request
# ----------------------------------------------------------------------------------------------

R(
    "lx",
    "LX-2025/236",
    2045.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-10T10:02:00+01:00",
    "Aline Favre",
    "aline.favre@favre-notaires.ch",
    "copy_request",
    False,
    2,
    """
Monsieur,

Nous ne retrouvons pas cette facture dans nos dossiers. Pourriez-vous nous la renvoyer en PDF,
avec la QR-facture, à l'adresse comptabilite@favre-notaires.ch ?

Avec nos remerciements et nos meilleures salutations.

Aline Favre
Secrétariat
Étude Favre & Associés, notaires – Rue du Midi 3, 1003 Lausanne

Ce message est confidentiel et couvert par le secret professionnel du notaire. S'il vous est
parvenu par erreur, merci de le détruire et d'en informer l'expéditeur. Toute utilisation non
autorisée est susceptible de poursuites.
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE :",
    format="alt",
    notes="Copy request from a notary's office; 'poursuites' only in the disclaimer.",
)

R(
    "bq",
    "RG25-00808",
    455.8,
    "invoice",
    "de",
    "de",
    "2025-12-01T14:40:00+01:00",
    "Sabine Kunz",
    "verwaltung@kunz-immobilien.ch",
    "copy_request",
    False,
    2,
    """
Guten Tag

Die Liegenschaft Seestrasse 14 in Horw wird ab dem 1. Januar nicht mehr von uns verwaltet.
Diese Rechnung (Arbeiten vom Oktober) übernehmen wir noch. Bitte senden Sie alle künftigen
Rechnungen für diese Liegenschaft direkt an die neue Verwaltung:
Immo Pilatus AG, Kreditoren, Postfach, 6010 Kriens, kreditoren@immopilatus.ch.

Freundliche Grüsse
Sabine Kunz
Kunz Immobilien GmbH
""",
    quote="none",
    mailer=OUTLOOK,
    re="AW:",
    notes="Future invoices to another recipient; this one is accepted without a date (no "
    "promise), so no reissue and no pause.",
)

R(
    "tv",
    "TV/25/0460",
    1675.0,
    "reminder_1",
    "en",
    "en",
    "2025-12-12T09:25:00+01:00",
    "Marta Kowalska",
    "m.kowalska@kowalska-design.pl",
    "copy_request",
    False,
    2,
    """
Hello,

we want to pay but the QR code on your invoice is not working with our polish bank. Could you
please send me your bank details (IBAN, SWIFT and bank address) so I can make normal
international transfer?

Thank you and best regards
Marta Kowalska
Kowalska Design Sp. z o.o.
""",
    quote="gmail",
    re="Re:",
    notes="Non-native English; asks for the IBAN, no date promised.",
)

R(
    "tv",
    "TV/25/0466",
    890.0,
    "invoice",
    "it",
    "it",
    "2025-12-03T12:30:00+01:00",
    "Rosa Bianchi",
    "rosa.bianchi@hotel-bellavista-lugano.ch",
    "copy_request",
    False,
    2,
    """
Buongiorno,

potreste per favore mandarci anche l'originale cartaceo per posta? Il nostro fiduciario lo
richiede per la contabilità.

Grazie mille
Rosa Bianchi
Hotel Bellavista, Lugano
""",
    quote="none",
    mailer=IPHONE,
    re="R:",
    notes="",
)

# ----------------------------------------------------------------------------------------------
# acknowledgement
# ----------------------------------------------------------------------------------------------

R(
    "lo",
    "LO2025-0151",
    7420.0,
    "invoice",
    "fr",
    "fr",
    "2025-12-09T09:02:00+01:00",
    "Olivier Garcia",
    "o.garcia@garcia-architectes.fr",
    "acknowledgement",
    False,
    1,
    """
Bien reçu, merci. Je transmets à notre service comptable.

Olivier Garcia
Garcia Architectes Associés
""",
    quote="apple",
    mailer=IPHONE,
    re="Re:",
    notes="",
)

R(
    "wl",
    "WL-2025-0280",
    560.0,
    "invoice",
    "de",
    "de",
    "2025-12-15T10:10:00+01:00",
    "Nicole Steiner",
    "nicole@steiner-yoga.ch",
    "acknowledgement",
    False,
    1,
    """
Danke vielmal, ist angekommen! Die neue Website gefällt mir sehr.

Liebe Grüsse
Nicole
""",
    quote="apple",
    mailer=IPHONE,
    re="AW:",
    notes="",
)

R(
    "bq",
    "RG25-00815",
    2210.0,
    "reminder_1",
    "en",
    "en",
    "2025-12-17T15:50:00+01:00",
    "James O'Connor",
    "j.oconnor@lakeside-lodges.ch",
    "acknowledgement",
    False,
    1,
    """
Hi Sandra,

Thanks for the heads-up. I've forwarded this to our accounts team in Dublin, they handle all
supplier payments for the lodges.

Regards,
James O'Connor
General Manager, Lakeside Lodges Weggis
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    notes="Passed on to accounts payable: no request, no promise.",
)

# ----------------------------------------------------------------------------------------------
# auto_reply
# ----------------------------------------------------------------------------------------------

R(
    "fs",
    "FS25-1130",
    1820.0,
    "reminder_1",
    "de",
    "de",
    "2025-12-22T08:00:00+01:00",
    "Beatrice Lüthi",
    "b.luethi@luethi-elektro.ch",
    "auto_reply",
    False,
    1,
    """
Guten Tag

Vielen Dank für Ihre Nachricht. Ich bin bis am 5. Januar 2026 in den Ferien und habe keinen
Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an unser Sekretariat,
Tel. 026 492 11 40.

Freundliche Grüsse
Beatrice Lüthi
Lüthi Elektro AG
""",
    quote="none",
    mailer=OUTLOOK,
    re="Automatische Antwort:",
    headers=AUTO,
    notes="Return date is an absence date, not a promised date.",
)

R(
    "mr",
    "F25-1050",
    2380.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-23T10:00:00+01:00",
    "Boulangerie Morel",
    "compta@boulangerie-morel.fr",
    "auto_reply",
    False,
    1,
    """
Ceci est une réponse automatique.

Notre entreprise est fermée pour congés annuels du 22 décembre au 4 janvier inclus. Votre
message sera traité à notre retour. Pour toute commande de bûches, merci d'appeler le magasin.

La Boulangerie Morel
""",
    quote="none",
    mailer=GMAIL_WEB,
    re="Réponse automatique :",
    headers=AUTO,
    notes="Company-closed notice; dates are a closing period.",
)

R(
    "lx",
    "LX-2025/240",
    1460.0,
    "reminder_2",
    "fr",
    "mixed",
    "2025-12-29T09:00:00+01:00",
    "Stefan Moser",
    "s.moser@moser-consulting.ch",
    "auto_reply",
    False,
    1,
    """
Ich bin bis und mit 9. Januar abwesend. Ihre E-Mail wird nicht weitergeleitet. Ab dem
12. Januar bin ich wieder für Sie da.

Je suis absent jusqu'au 9 janvier inclus. Votre e-mail ne sera pas transféré. Je serai de
retour le 12 janvier.

Stefan Moser
Moser Consulting GmbH, Biel/Bienne
""",
    quote="none",
    mailer=OUTLOOK,
    re="Automatische Antwort:",
    headers=AUTO,
    client_lang="de",
    notes="Bilingual out-of-office (de/fr) → mixed; dates are absence dates.",
)

# ----------------------------------------------------------------------------------------------
# other
# ----------------------------------------------------------------------------------------------

R(
    "wl",
    "WL-2025-0285",
    980.0,
    "invoice",
    "de",
    "de",
    "2025-12-04T11:30:00+01:00",
    "Martin Egli",
    "m.egli@egli-schreinerei.ch",
    "other",
    False,
    2,
    """
Hoi Lukas

Kurze Frage, unabhängig von der Rechnung: Macht ihr auch Google Ads? Wir möchten im Frühling
eine Kampagne für unsere Küchen starten und hätten gerne eine Offerte.

Gruss Martin
""",
    quote="none",
    mailer=APPLE,
    re="AW:",
    notes="Unrelated question needing an answer; 'Offerte' is a new quote request, not a "
    "copy request.",
)

R(
    "lo",
    "LO2025-0160",
    1540.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-11T14:00:00+01:00",
    "Sébastien Caron",
    "s.caron@caron-menuiserie.fr",
    "other",
    False,
    2,
    """
Bonjour,

Je pense que vous vous êtes trompés d'adresse : nous n'avons jamais travaillé avec vous, il
doit s'agir d'une autre société Caron. Merci de vérifier votre fichier.

Cordialement
S. Caron
""",
    quote="none",
    mailer=GMAIL_WEB,
    re="RE :",
    notes="Wrong recipient: not a contestation of work by a customer (no order ever placed "
    "with this sender).",
)

R(
    "tv",
    "TV/25/0471",
    3300.0,
    "reminder_1",
    "en",
    "en",
    "2025-12-16T03:14:00+01:00",
    "Hannah Lee",
    "h.lee@lee-interiors.ch",
    "other",
    False,
    1,
    """
Hi there,

Are you still chasing late payments by hand? Our AI-powered receivables platform cuts your
days sales outstanding by up to 40% – automated reminders, smart payment plans and instant
reconciliation.

Book a free 15-minute demo this week: https://example.net/demo-dso

Best,
The GrowthLedger Team
""",
    quote="none",
    re="Re:",
    format="html",
    notes="Marketing sent from the customer's hijacked mailbox at night; talks about reminders "
    "and payments but is not the customer's reply.",
)
