# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# ruff: noqa: RUF001  (the customers write en dashes and multiplication signs)
"""Hand-written customer replies of tests/data/disputes_more, with their labels (CC0 text).

Each entry: the company (bq, tv, lx, mr), the invoice and the stage answered, the language the
company wrote in (``co_lang``), the customer's own words (``text``) and the labels as defined in
/work/shared/samples/disputes/README.md. make_dispute_replies.py wraps them into e-mails.
"""

REPLIES = []

OUTLOOK = "Microsoft Outlook 16.0"
IPHONE = "iPhone Mail (22F76)"
APPLE = "Apple Mail (2.3826.600.51.1.1)"
TB = "Mozilla Thunderbird"
OX = "Open-Xchange Mailer v7.10.6-Rev72"
ORANGE = "Orange Mail"


def R(  # noqa: PLR0917 (one compact line of labels per reply)
    co,
    num,
    amt,
    stage,
    co_lang,
    lang,
    date,
    who,
    addr,
    cat,
    pause,
    urg,
    text,
    amount=None,
    pdate=None,
    mentions=(),
    notes="",
    **kw,
):
    REPLIES.append(
        dict(
            company=co,
            invoice_number=num,
            invoice_amount=amt,
            reply_to=stage,
            co_lang=co_lang,
            language=lang,
            date=date,
            from_name=who,
            from_addr=addr,
            category=cat,
            pause_dunning=pause,
            urgency=urg,
            text=text,
            disputed_amount=amount,
            promised_date=pdate,
            mentions=list(mentions),
            notes=notes,
            **kw,
        )
    )


def writer(replies):
    """The ``R`` of another writer's module: labels exactly as :func:`R`, each entry kept in
    that module's ``replies`` (not in this one's)."""

    def add(*args, **kw):
        R(*args, **kw)
        replies.append(REPLIES.pop())

    return add


# ----------------------------------------------------------------------------------------------
# contestation
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "RG25-00417",
    3184.6,
    "reminder_1",
    "de",
    "de",
    "2025-10-14T08:42:00+02:00",
    "Markus Zihlmann",
    "m.zihlmann@zihlmann-immo.ch",
    "contestation",
    True,
    3,
    """
Grüezi Frau Imhof

Bevor wir zahlen, muss ich etwas klären. Auf der Rechnung sind 6 Stunden Monteur verrechnet, Ihr
Mann war aber laut unserem Hauswart nur von 9 bis 12 Uhr da, also 3 Stunden. Das macht bei Fr. 118.-
pro Stunde eine Differenz von Fr. 354.-.

Den Rest (Material, Anfahrt) bestreiten wir nicht. Können Sie das bitte prüfen und uns eine
korrigierte Rechnung schicken?

Freundliche Grüsse
Markus Zihlmann
Zihlmann Immobilien GmbH, Kriens
""",
    amount=354.0,
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="Hours contested: 3 h × CHF 118 = 354; Outlook quote holds the reminder's amount and due date.",
)

R(
    "bq",
    "RG25-00433",
    1290.3,
    "reminder_2",
    "de",
    "de",
    "2025-11-03T21:15:00+01:00",
    "Ruth Amrein",
    "ruth.amrein@bluewin.ch",
    "contestation",
    True,
    4,
    """
Sehr geehrte Damen und Herren

Jetzt bekomme ich noch eine Mahnung mit Gebühren?? Der Boiler tropft seit Ihrem "Service" genau
gleich wie vorher. Ich habe Ihnen das am 2. Oktober telefonisch gemeldet, niemand hat zurückgerufen.

Ich bezahle diese Rechnung nicht, solange der Boiler nicht repariert ist. Und die Mahngebühr von
Fr. 20.- schon gar nicht.

R. Amrein
""",
    amount=1310.3,
    quote="gmail",
    client_lang="de",
    charset="iso-8859-1",
    notes="Refuses the whole invoice until the repair is done, plus the CHF 20 fee (1290.30 + 20).",
)

R(
    "mr",
    "F25-0731",
    5412.0,
    "invoice",
    "fr",
    "fr",
    "2025-09-22T10:05:00+02:00",
    "Camille Berthier",
    "c.berthier@berthier-archi.fr",
    "contestation",
    True,
    3,
    """
Bonjour Madame Roche,

Merci pour la facture. Je me permets toutefois une remarque : le devis n° D-0412 que nous avions
signé prévoyait 4 680 € TTC pour les placards du séjour, pose comprise. La facture est à 5 412 €
TTC, sans qu'aucun avenant n'ait été signé.

Pouvez-vous me dire d'où vient l'écart de 732 € ? En l'état nous ne pouvons valider que le montant
du devis.

Bien à vous,

Camille Berthier
Berthier Architecture Intérieure
12 quai Eustache Chappuis, 74000 Annecy
""",
    amount=732.0,
    quote="thunderbird",
    mailer=TB,
    notes="Price above the signed quote: 5412 − 4680 = 732, the customer states the difference.",
)

R(
    "mr",
    "F25-0744",
    2160.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-10-27T18:30:00+01:00",
    "Julien Favre",
    "julien.favre74@orange.fr",
    "contestation",
    True,
    3,
    """
bonjour

je ne vois pas pourquoi je devrais payer la porte d entree alors quelle ferme toujours mal, il
faut forcer a chaque fois. votre ouvrier devait repasser et on attend toujours.

tant que ce nest pas regle je ne paye pas la facture. rappelez moi svp 06 12 34 56 78

J Favre
""",
    amount=2160.0,
    quote="none",
    mailer=ORANGE,
    notes="No accents, no punctuation; whole invoice withheld over a faulty door.",
)

R(
    "tv",
    "TV/25/0312",
    7845.0,
    "reminder_1",
    "it",
    "it",
    "2025-09-30T11:20:00+02:00",
    "Avv. Paola Cattaneo",
    "p.cattaneo@hotel-lagodoro.ch",
    "contestation",
    True,
    3,
    """
Egregi Signori,

con riferimento al Vostro promemoria, Vi comunichiamo che la fornitura di biancheria per le camere
del nostro albergo non corrisponde all'ordine del 12 giugno u.s.: delle 120 lenzuola matrimoniali
ordinate ne sono state consegnate 80, mentre in fattura figurano tutte e 120.

Le 40 lenzuola mancanti, al prezzo unitario di CHF 42.50, corrispondono a CHF 1'700.00, importo che
contestiamo. Saremo lieti di saldare la differenza non appena riceveremo una nota di credito.

Distinti saluti

Paola Cattaneo
Direzione amministrativa
Hotel Lago d'Oro SA, Ascona
""",
    amount=1700.0,
    quote="outlook",
    mailer=OUTLOOK,
    re="R:",
    client_lang="it",
    notes="Formal Italian; goods partly not delivered, 40 × 42.50 = 1700; pays the rest later without date.",
)

R(
    "tv",
    "TV/25/0338",
    2418.4,
    "reminder_2",
    "de",
    "de",
    "2025-11-18T07:55:00+01:00",
    "Beat Küttel",
    "b.kuettel@kuettel-gastro.ch",
    "contestation",
    True,
    4,
    """
Hallo

Ich habe Ihnen im September geschrieben, dass die Tischwäsche nach der ersten Wäsche eingegangen ist
(Fotos hatte ich geschickt). Keine Antwort, und jetzt die 2. Mahnung.

So zahle ich das sicher nicht. Holen Sie die Ware ab oder machen Sie ein vernünftiges Angebot.

Beat Küttel
Restaurant Sternen, Brunnen
""",
    amount=2418.4,
    quote="apple",
    mailer=IPHONE,
    re="AW:",
    notes="Refusal to pay over shrunk goods; the quote is the second reminder with fees.",
)

R(
    "lx",
    "LX-2025/118",
    1944.0,
    "invoice",
    "fr",
    "fr",
    "2025-09-05T14:12:00+02:00",
    "Sophie Margot",
    "sophie.margot@vaudfiduciaire.ch",
    "contestation",
    True,
    3,
    """
Bonjour Monsieur Chappuis,

Nous avons bien reçu votre facture pour la traduction du rapport annuel. Il y a une erreur sur le
nombre de mots : vous facturez 10 800 mots, alors que le document source en compte 8 100 (voir le
décompte Word ci-joint). À CHF 0.18 le mot, cela fait CHF 486.- de trop.

Merci de nous envoyer une facture corrigée.

Meilleures salutations

Sophie Margot
Vaud Fiduciaire SA
""",
    amount=486.0,
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    format="alt",
    attachments=[("pdf", "decompte_mots.pdf")],
    notes="Word count contested (2700 words × 0.18 = 486); labelled contestation since the quantity billed is disputed, not a formal defect.",
)

R(
    "lx",
    "LX-2025/131",
    3650.0,
    "reminder_3",
    "en",
    "en",
    "2025-12-02T16:40:00+01:00",
    "Daniel Whitcombe",
    "d.whitcombe@harrowgate-pharma.com",
    "contestation",
    True,
    5,
    """
Mr Chappuis,

This is the third time I have to write about this. The German translation of our clinical summary
was so poor that our Basel office had to redo it internally. We told you in October and sent the
marked-up file.

We will not pay a single franc for this work, and if you start debt collection proceedings our legal
department will respond accordingly. I have copied our counsel.

Daniel Whitcombe
Head of Regulatory Affairs
Harrowgate Pharma Ltd

This e-mail and any attachments are confidential and may be legally privileged. If you are not the
intended recipient, please notify the sender and delete it. Harrowgate Pharma Ltd, registered in
England No. 04417725.
""",
    amount=3650.0,
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    cc="legal@harrowgate-pharma.com",
    notes="Anger and counsel copied; the footer disclaimer is boilerplate but the threat is real.",
)

R(
    "bq",
    "RG25-00451",
    684.5,
    "invoice",
    "de",
    "de",
    "2025-10-21T12:02:00+02:00",
    "Peter Furrer",
    "furrer.peter@gmx.ch",
    "contestation",
    True,
    3,
    """
Grüessech

Die Rechnung stimmt so nicht. Der Ersatz vom Thermostat war Garantie, das hat mir Ihr Monteur Herr
Schmid selber gesagt. Die Anlage ist erst 18 Monate alt.

Bitte Rechnung stornieren.

Gruss P. Furrer
""",
    amount=684.5,
    quote="gmail",
    client_lang="de",
    notes="Warranty claim: the whole invoice; Bernese greeting.",
)

R(
    "mr",
    "F25-0759",
    1188.0,
    "reminder_2",
    "fr",
    "fr",
    "2025-11-24T09:14:00+01:00",
    "Hélène Dufour",
    "h.dufour@cabinet-dufour.fr",
    "contestation",
    True,
    3,
    """
Madame,

Je conteste les pénalités de retard et l'indemnité de 40 € mentionnées dans votre relance : la
facture ne nous est parvenue que le 3 novembre (le courriel du mois de septembre n'est jamais
arrivé, je vous ai d'ailleurs demandé une copie). L'échéance ne peut donc pas être dépassée.

Le montant de la facture elle-même, 1 188 €, sera réglé par virement d'ici le 5 décembre.

Cordialement,
Hélène Dufour
""",
    amount=40.0,
    pdate="2025-12-05",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE :",
    client_lang="fr",
    notes="Only the €40 recovery fee is contested; the invoice itself is promised for 5 December.",
)

R(
    "tv",
    "TV/25/0355",
    4120.0,
    "reminder_1",
    "fr",
    "mixed",
    "2025-10-09T17:33:00+02:00",
    "Nicolas Rossier",
    "n.rossier@fitness-vitalis.ch",
    "contestation",
    True,
    3,
    """
Bonjour,

Concernant votre rappel: les serviettes brodées ont été livrées avec le logo dans la mauvaise
couleur (bleu au lieu de vert), je l'avais signalé à votre représentant. Wir haben die Ware nicht
verwendet und sie steht zur Abholung bereit in Fribourg.

Merci de ne pas facturer cette livraison tant que la question n'est pas réglée.

Nicolas Rossier
Vitalis Fitness Sàrl, Fribourg / Freiburg
""",
    amount=4120.0,
    quote="none",
    mailer=OX,
    notes="French and German in one reply (Fribourg); wrong goods, whole invoice refused.",
)

R(
    "bq",
    "RG25-00470",
    2256.0,
    "reminder_1",
    "de",
    "de",
    "2025-12-09T10:48:00+01:00",
    "Claudia Wyss",
    "c.wyss@wyss-partner.ch",
    "contestation",
    True,
    3,
    """
Guten Tag

Vielen Dank für die Erinnerung und sorry für die späte Rückmeldung. Wir sind mit der Arbeit Ihres
Teams grundsätzlich sehr zufrieden.

Allerdings wurde in der Offerte ein Rabatt von 10 % zugesichert (siehe E-Mail von Herrn Lustenberger
vom 4. August), der auf der Rechnung fehlt. Bei CHF 2'256.00 sind das CHF 225.60.

Wir überweisen gerne den korrigierten Betrag, sobald wir die angepasste Rechnung haben.

Freundliche Grüsse
Claudia Wyss
Wyss & Partner Architekten AG
""",
    amount=225.6,
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="Polite opener, then a contestation: promised discount missing (10 % of 2256).",
)

R(
    "lx",
    "LX-2025/142",
    880.0,
    "reminder_1",
    "de",
    "de",
    "2025-11-12T08:07:00+01:00",
    "Stefan Baumgartner",
    "stefan@baumgartner-events.ch",
    "contestation",
    True,
    3,
    """
Hallo Herr Chappuis

Wir haben die Übersetzung nie bestellt. Herr Keller hat bei Ihnen eine Offerte angefragt, mehr nicht.
Der Auftrag ging dann an jemand anderen.

Gruss
Stefan Baumgartner
""",
    amount=880.0,
    quote="apple",
    mailer=APPLE,
    re="AW:",
    notes="Never ordered; short.",
)

R(
    "mr",
    "F25-0768",
    3360.0,
    "reminder_3",
    "fr",
    "fr",
    "2025-12-15T22:10:00+01:00",
    "Thierry Gaillard",
    "thierry.gaillard@wanadoo.fr",
    "contestation",
    True,
    5,
    """
CA SUFFIT !!!

Trois mois que j'attends que vous veniez finir l'escalier et vous m'envoyez une mise en demeure ?? Vous
vous moquez du monde. La rampe n'est pas posée, deux marches sont fendues.

Je ne paierai RIEN. Mon avocat a le dossier et je vais laisser un avis sur Google pour prévenir les
autres clients.

T. Gaillard
""",
    amount=3360.0,
    quote="gmail",
    client_lang="fr",
    charset="windows-1252",
    notes="Shouting, lawyer and public review: urgency 5; work unfinished, whole invoice.",
)

R(
    "tv",
    "TV/25/0371",
    9923.58,
    "invoice",
    "en",
    "en",
    "2025-10-02T09:31:00+02:00",
    "Priya Raman",
    "priya.raman@lakeview-clinic.ch",
    "contestation",
    True,
    3,
    """
Hi Chiara,

Thanks for sending this over. One thing though: we agreed CHF 25.50 per scrub set on the phone, and
the invoice shows CHF 30.60. For 300 sets that's CHF 1,530 instead of CHF 7,650... sorry, I mean the
line total should be CHF 7,650 not CHF 9,180. Could you double check? Difference is CHF 1,530.

Cheers,
Priya
""",
    amount=1530.0,
    quote="gmail",
    client_lang="en",
    notes="Self-correcting customer; unit price above agreed, the customer states the difference (300 × 5.10 = 1530, excl. VAT).",
)

R(
    "bq",
    "RG25-00488",
    945.0,
    "reminder_2",
    "de",
    "de",
    "2026-01-19T13:25:00+01:00",
    "Hans-Peter Gisler",
    "hp.gisler@gisler-bau.ch",
    "contestation",
    True,
    3,
    """
Sehr geehrte Frau Imhof

Wir bestreiten die Rechnung nicht grundsätzlich, aber:

- Anfahrt 2x verrechnet (Fr. 95.-), Ihr Monteur kam nur einmal
- Kleinmaterial pauschal Fr. 60.-, wurde nie vereinbart

Den Rest von Fr. 790.- überweisen wir diese Woche noch. Die Mahngebühr bitte streichen.

Mit freundlichen Grüssen
Hans-Peter Gisler
Gisler Bau AG
""",
    amount=175.0,
    pdate="2026-01-23",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    format="html",
    notes="'Wir bestreiten nicht grundsätzlich, aber' then a bullet list: 95 + 60 + CHF 20 fee = 175; rest paid 'diese Woche' (Friday).",
)

R(
    "lx",
    "LX-2025/150",
    2240.0,
    "reminder_1",
    "it",
    "it",
    "2025-11-26T15:02:00+01:00",
    "Marco Pedrazzini",
    "marco.pedrazzini@studio-legale-pedrazzini.ch",
    "contestation",
    True,
    3,
    """
Gentile signor Chappuis,

la traduzione del contratto è stata consegnata il 20 ottobre invece del 10 ottobre concordato, il che
ci ha costretti a rinviare la firma con il cliente. Come da nostre condizioni, chiediamo una riduzione
del 20 % (CHF 448.00).

Attendiamo una nota di credito; nel frattempo la fattura resta sospesa.

Cordiali saluti
avv. Marco Pedrazzini

Questo messaggio è confidenziale e può contenere informazioni protette dal segreto professionale.
Se lo avete ricevuto per errore, vi preghiamo di avvisare il mittente e di cancellarlo.
""",
    amount=448.0,
    quote="outlook",
    mailer=OUTLOOK,
    re="R:",
    client_lang="it",
    notes="Late delivery, 20 % reduction asked; lawyer's signature and secrecy disclaimer are boilerplate (urgency 3).",
)

R(
    "mr",
    "F25-0781",
    960.0,
    "invoice",
    "fr",
    "fr",
    "2025-12-03T11:11:00+01:00",
    "Sandrine Perrin",
    "s.perrin@ehpad-lesglycines.fr",
    "contestation",
    True,
    3,
    """
Bonjour,

Pourquoi nous facturez-vous le déplacement du 18/11 ? L'intervention avait été annulée la veille
par téléphone et personne n'est venu.

Merci de corriger.
S. Perrin, service économat
""",
    amount=None,
    quote="none",
    mailer=OUTLOOK,
    format="html",
    notes="A question 'why do you bill' contests a line whose amount is not stated: null.",
)

R(
    "tv",
    "TV/25/0390",
    3300.0,
    "reminder_1",
    "de",
    "de",
    "2025-12-17T19:44:00+01:00",
    "Sabine Odermatt",
    "s.odermatt@hotel-pilatusblick.ch",
    "contestation",
    True,
    3,
    """
Guten Abend Frau Bernasconi

Ich möchte nicht unhöflich sein, aber die Vorhänge für den Saal sind 20 cm zu kurz geliefert worden.
Unsere Messung war korrekt (Massblatt liegt bei). Wir können sie so nicht aufhängen.

Wir zahlen die Rechnung erst, wenn Sie die Vorhänge ersetzt oder geändert haben. Bitte melden Sie
sich wegen eines Termins.

Freundliche Grüsse
Sabine Odermatt
""",
    amount=3300.0,
    quote="apple",
    mailer=APPLE,
    re="AW:",
    attachments=[("jpg", "IMG_4471.jpg")],
    notes="Wrong size goods, payment withheld for the whole invoice; photo attached.",
)

R(
    "bq",
    "RG25-00502",
    1820.0,
    "reminder_1",
    "de",
    "en",
    "2026-02-10T09:05:00+01:00",
    "Tom Lindqvist",
    "tom.lindqvist@nordic-software.ch",
    "contestation",
    True,
    3,
    """
Hello,

Sorry, I don't write German well. We received your reminder for the heating check. But the
apartment was empty and your technician never came in - the janitor was there all morning (3 Feb)
and nobody showed up. So we don't think we owe this.

Please check with your team.

Best
Tom Lindqvist
""",
    amount=1820.0,
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    client_lang="en",
    outlook_line=False,
    notes="English reply to a German reminder; service never performed, whole invoice.",
)

R(
    "lx",
    "LX-2025/163",
    1125.0,
    "reminder_2",
    "en",
    "en",
    "2026-01-08T10:16:00+01:00",
    "Emma Clarke",
    "emma@clarke-consulting.co.uk",
    "contestation",
    True,
    4,
    """
Olivier,

Oh great, a second reminder with a fee. Lovely way to start the year.

For the record: we asked for a certified translation. What arrived was not certified, so the
authority rejected it and we had to pay someone else. Refusing to pay for something we couldn't use
seems fair to me, doesn't it?

Emma
""",
    amount=1125.0,
    quote="gmail",
    client_lang="en",
    notes="Sarcasm, no explicit 'we will not pay' but a refusal; the CHF 20 fee is not explicitly contested.",
)

R(
    "tv",
    "TV/25/0402",
    5890.0,
    "reminder_2",
    "it",
    "it",
    "2026-01-27T08:50:00+01:00",
    "Giorgio Fontana",
    "amministrazione@ristorante-ilporto.ch",
    "contestation",
    True,
    3,
    """
Buongiorno,

abbiamo pagato CHF 4'000 il 20 dicembre come acconto (come concordato con il vostro agente) e il
resto di CHF 1'890 non lo dobbiamo perché i grembiuli sono arrivati senza logo.

Vi chiediamo di verificare e di toglierci le spese di sollecito.

Saluti
Giorgio Fontana
""",
    amount=1910.0,
    quote="none",
    mailer=OX,
    notes="Part paid (not 'already paid'): the rest 1890 contested plus the CHF 20 fee = 1910.",
)

# ----------------------------------------------------------------------------------------------
# invoice_error
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "RG25-00419",
    2750.0,
    "invoice",
    "de",
    "de",
    "2025-10-01T09:12:00+02:00",
    "Monika Schuler",
    "kreditoren@schuler-holding.ch",
    "invoice_error",
    True,
    3,
    """
Guten Tag

Die Rechnung ist an die Schuler Immobilien AG adressiert. Die Liegenschaft gehört aber der Schuler
Holding AG (gleiche Adresse). Bitte stellen Sie die Rechnung neu auf die richtige Firma aus, sonst
können wir sie nicht verbuchen.

Danke und freundliche Grüsse
Monika Schuler
Kreditorenbuchhaltung
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    charset="iso-8859-1",
    notes="Wrong legal entity.",
)

R(
    "mr",
    "F25-0790",
    6120.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-01-13T14:45:00+01:00",
    "Agnès Roux",
    "a.roux@groupe-alpimmo.fr",
    "invoice_error",
    True,
    4,
    """
Bonjour,

Votre facture ne comporte pas notre numéro de bon de commande, obligatoire chez nous. Sans ce numéro
elle est bloquée dans notre circuit de validation.

Notre BC est le 4500018832. Merci de nous renvoyer une facture le mentionnant avant le 20 janvier,
date de notre prochain paiement fournisseurs, sinon le règlement sera reporté au mois suivant.

Cordialement,
Agnès Roux
Comptabilité fournisseurs – Groupe Alpimmo

Ce message et ses pièces jointes sont confidentiels et établis à l'intention exclusive de ses
destinataires. Toute utilisation non conforme est interdite. Le groupe Alpimmo décline toute
responsabilité au titre de ce message s'il a été altéré.
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE :",
    client_lang="fr",
    notes="Missing PO blocking a payment run by a date (urgency 4); confidentiality footer is boilerplate.",
)

R(
    "tv",
    "TV/25/0318",
    1453.5,
    "invoice",
    "it",
    "it",
    "2025-09-16T16:20:00+02:00",
    "Luca Soldati",
    "luca.soldati@soldati-sport.ch",
    "invoice_error",
    True,
    3,
    """
Buongiorno signora Bernasconi,

nella fattura manca il nostro numero IVA (CHE-318.442.907 IVA) e l'indirizzo è quello vecchio di
Bellinzona: da aprile siamo in Via Cantonale 24, 6805 Mezzovico.

Potete riemetterla con i dati corretti? Grazie mille.

Luca Soldati
""",
    quote="gmail",
    client_lang="it",
    notes="Missing VAT number and old address.",
)

R(
    "lx",
    "LX-2025/120",
    1620.0,
    "reminder_1",
    "en",
    "en",
    "2025-10-20T11:03:00+02:00",
    "Anna Bergström",
    "ap@solvik-medtech.com",
    "invoice_error",
    True,
    3,
    """
Dear Sir or Madam,

We cannot process this invoice because it was issued with Swiss VAT 8.1%. Our company is based in
Sweden and the service is subject to reverse charge, so no Swiss VAT should be charged. Please send a
credit note and a new invoice without VAT, mentioning our VAT number SE556677889901.

Kind regards,
Anna Bergström
Accounts Payable, Solvik Medtech AB
""",
    amount=121.39,
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    notes="Wrong VAT: the VAT part of 1620 incl. 8.1 % is 121.39 (computed, not stated).",
)

R(
    "bq",
    "RG25-00466",
    3980.0,
    "reminder_1",
    "de",
    "de",
    "2025-11-28T15:38:00+01:00",
    "Daniel Birrer",
    "d.birrer@birrer-treuhand.ch",
    "invoice_error",
    True,
    3,
    """
Hallo zusammen

Diese Rechnung haben wir schon einmal erhalten, unter der Nummer RG25-00459 (gleiches Objekt, gleiche
Positionen, gleicher Betrag). Die 459 ist bezahlt. Ich gehe davon aus, dass die RG25-00466 ein
Duplikat ist, bitte stornieren.

Gruss
Daniel Birrer
""",
    amount=3980.0,
    mentions=["RG25-00459", "RG25-00466"],
    quote="thunderbird",
    mailer=TB,
    re="AW:",
    notes="Duplicate invoice, not 'already paid'; names the other (paid) invoice first.",
)

R(
    "mr",
    "F25-0802",
    2940.0,
    "invoice",
    "fr",
    "fr",
    "2026-02-02T10:22:00+01:00",
    "Marc Lemoine",
    "marc.lemoine@sci-lesaulnes.fr",
    "invoice_error",
    True,
    3,
    """
Bonjour Mme Roche

la facture est au nom de ma femme, or c'est la SCI Les Aulnes qui est proprietaire et qui paye les
travaux (SIRET 812 447 903 00018, 3 impasse des Aulnes 74370 Argonay). Pouvez vous la refaire svp ?
merci

Marc Lemoine
Envoyé de mon iPhone
""",
    quote="apple",
    mailer=IPHONE,
    client_lang="fr",
    notes="Wrong addressee; no accents.",
)

R(
    "tv",
    "TV/25/0345",
    2680.0,
    "reminder_1",
    "de",
    "mixed",
    "2025-10-29T10:10:00+01:00",
    "Sarah Meier",
    "finance@alpinhotels-group.ch",
    "invoice_error",
    True,
    3,
    """
Guten Tag / Buongiorno

Die Rechnung muss auf das Hotel lauten, nicht auf die Gruppe: Alpin Hotels Lugano SA, Riva Paradiso
4, 6900 Lugano. La preghiamo di indicare anche il centro di costo 2300-LUG.

Besten Dank / Grazie
Sarah Meier
Group Finance
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="German and Italian; wrong entity and missing cost centre.",
)

R(
    "lx",
    "LX-2025/139",
    780.0,
    "reminder_2",
    "fr",
    "fr",
    "2025-12-01T08:31:00+01:00",
    "Martine Jaquier",
    "martine.jaquier@commune-ecublens.ch",
    "invoice_error",
    True,
    3,
    """
Madame, Monsieur,

Comme déjà indiqué par téléphone à votre secrétariat, toute facture adressée à la Commune doit
mentionner le numéro d'engagement (ici 2025-ENG-0931). Votre facture ne le mentionne pas et ne peut
donc pas être payée. Je vous remercie de nous en faire parvenir une nouvelle et d'annuler les frais
de rappel, le retard ne nous étant pas imputable.

Avec mes salutations distinguées,

Martine Jaquier
Boursière communale
""",
    amount=20.0,
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    notes="Missing commitment number (formal error) plus the CHF 20 reminder fee contested.",
)

R(
    "bq",
    "RG25-00495",
    1512.0,
    "invoice",
    "de",
    "de",
    "2026-01-30T17:02:00+01:00",
    "Nadine Fässler",
    "n.faessler@faessler-ag.ch",
    "invoice_error",
    True,
    3,
    """
Grüezi

Kleine Sache: Sie haben die Rechnung in EUR statt in CHF gestellt. Wir haben in Franken bestellt
(Offerte in CHF). Bitte neu ausstellen.

Merci und schöne Grüsse
Nadine Fässler
""",
    quote="none",
    mailer=OUTLOOK,
    format="alt",
    notes="Wrong currency.",
)

R(
    "mr",
    "F25-0815",
    1872.0,
    "reminder_1",
    "fr",
    "en",
    "2026-02-16T09:40:00+01:00",
    "Lukas Hoffmann",
    "l.hoffmann@hoffmann-chalets.de",
    "invoice_error",
    True,
    3,
    """
Hello,

we are a German company (VAT DE 298 456 112) and the invoice should be without French VAT
(autoliquidation / reverse charge). You charged 20 %, which is 312 EUR. Please correct and resend.

Thanks
Lukas Hoffmann
""",
    amount=312.0,
    quote="gmail",
    client_lang="en",
    notes="Wrong VAT rate stated by the customer: 312.",
)

R(
    "tv",
    "TV/25/0410",
    980.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-02-20T12:14:00+01:00",
    "Céline Monnier",
    "celine@boutique-monnier.ch",
    "invoice_error",
    True,
    3,
    """
Bonjour,

La facture indique « Boutique Monier » avec un seul n et une adresse à Vevey, alors que nous sommes
à Montreux (Grand-Rue 51). Mon comptable refuse de la passer comme ça. Pourriez-vous la corriger?

Merci d'avance et belle journée
Céline Monnier
""",
    quote="apple",
    mailer=APPLE,
    client_lang="fr",
    notes="Misspelt name and wrong address.",
)

# ----------------------------------------------------------------------------------------------
# already_paid
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "RG25-00428",
    1877.25,
    "reminder_1",
    "de",
    "de",
    "2025-11-06T08:20:00+01:00",
    "Irene Bachmann",
    "irene.bachmann@bachmann-praxis.ch",
    "already_paid",
    True,
    3,
    """
Guten Morgen Frau Imhof

Die Rechnung wurde am 3. November per E-Banking überwiesen (Valuta 4.11.), den Zahlungsbeleg finden
Sie im Anhang. Vermutlich hat sich das mit Ihrer Erinnerung gekreuzt.

Freundliche Grüsse
Irene Bachmann
Praxis Dr. med. Bachmann
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    format="alt",
    attachments=[("pdf", "Zahlungsbestaetigung_RG25-00428.pdf")],
    notes="Paid with proof; the quoted reminder says 'gegenstandslos'.",
)

R(
    "mr",
    "F25-0737",
    845.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-10-21T19:02:00+02:00",
    "Bernard Mugnier",
    "bernard.mugnier@free.fr",
    "already_paid",
    True,
    3,
    """
Bonsoir Madame,

Je vous ai envoyé un chèque de 845 € (n° 8841207, Crédit Agricole des Savoie) le 12 octobre, par
courrier simple. Il n'a pas encore été débité de mon compte. Pouvez-vous vérifier s'il est arrivé ?

Salutations
B. Mugnier
""",
    quote="thunderbird",
    mailer=TB,
    client_lang="fr",
    charset="windows-1252",
    notes="Cheque sent, not cashed yet.",
)

R(
    "tv",
    "TV/25/0361",
    2310.0,
    "reminder_2",
    "it",
    "it",
    "2025-11-13T10:44:00+01:00",
    "Francesca Rezzonico",
    "f.rezzonico@casaanziani-ilfaro.ch",
    "already_paid",
    True,
    3,
    """
Gentile signora Bernasconi,

ci stupisce ricevere un secondo sollecito: la fattura TV/25/0361 è stata saldata il 15 ottobre con
pagamento QR (riferimento 00 00000 00000 03610 25031 20). Le alleghiamo l'estratto conto.

Le chiediamo di verificare e di annullare le spese di sollecito.

Distinti saluti
Francesca Rezzonico
Amministrazione – Casa Anziani Il Faro
""",
    mentions=["TV/25/0361"],
    quote="outlook",
    mailer=OUTLOOK,
    re="R:",
    client_lang="it",
    attachments=[("pdf", "estratto_conto_ottobre.pdf")],
    notes="Paid with proof; the fee cancellation follows from the payment, not a separate dispute.",
)

R(
    "lx",
    "LX-2025/144",
    1360.0,
    "reminder_1",
    "en",
    "en",
    "2025-12-03T13:13:00+01:00",
    "Oliver Grant",
    "oliver@grant-studio.io",
    "already_paid",
    True,
    3,
    """
Hi there,

Paid on 28 Nov via Wise, reference LX-2025/144. Screenshot attached. Might take a day or two to show
up on your side.

Oliver
""",
    mentions=["LX-2025/144"],
    quote="gmail",
    client_lang="en",
    attachments=[("png", "wise_transfer.png")],
    notes="Terse, proof attached.",
)

R(
    "bq",
    "RG25-00446",
    512.8,
    "reminder_1",
    "de",
    "de",
    "2025-12-12T18:51:00+01:00",
    "Ueli Gasser",
    "ueli.gasser@sunrise.ch",
    "already_paid",
    True,
    3,
    """
Das isch doch scho lang zahlt!? Bitte kontrollieren.

Ueli Gasser

Von meinem iPhone gesendet
""",
    quote="apple",
    mailer=IPHONE,
    client_lang="de",
    notes="Swiss German dialect, one line, no date.",
)

R(
    "mr",
    "F25-0752",
    1290.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-11-17T12:30:00+01:00",
    "Élodie Chevallier",
    "elodie.chevallier@gmail.com",
    "already_paid",
    True,
    3,
    "",
    html="""<html><body>
<div dir="ltr">Bonjour,<div><br></div><div>Je ne comprends pas ce rappel : j'ai réglé la totalité
par carte bancaire sur votre site au moment de la commande de la table (1 290 €), j'ai le ticket de
confirmation du 2 septembre.</div><div><br></div><div>Merci de vérifier de votre côté.</div>
<div><br></div><div>Élodie Chevallier</div></div><br><div class="gmail_quote"><div dir="ltr"
class="gmail_attr">Le lun. 17 nov. 2025 à 09:12, Menuiserie Roche &amp; Fils SARL &lt;compta@menuiserie-roche.fr&gt;
a écrit&nbsp;:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">
Bonjour,<br><br>Sauf erreur de notre part, notre facture F25-0752 de 1 290,00 €, échue le 31.10.2025,
n'a pas encore été réglée. Nous vous remercions de bien vouloir procéder au paiement dans les 10 jours.<br><br>
Bien cordialement<br>Nathalie Roche</blockquote></div></body></html>""",
    format="html",
    notes="HTML only with a Gmail blockquote; paid by card at order.",
)

R(
    "tv",
    "TV/25/0384",
    3120.0,
    "reminder_1",
    "de",
    "de",
    "2025-12-04T09:58:00+01:00",
    "Reto Caduff",
    "buchhaltung@caduff-sport.ch",
    "already_paid",
    True,
    3,
    """
Guten Tag

Wir haben die Rechnung am 14.11. bezahlt, allerdings noch auf Ihr altes Konto bei der UBS (IBAN
CH93 0027 3273 1234 5678 9). Auf der Rechnung war die neue IBAN, das haben wir leider übersehen. Bitte
klären Sie das intern, das Geld ist ja bei Ihnen.

Gruss
Reto Caduff
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    cte="base64",
    notes="Paid to the company's old account.",
)

R(
    "lx",
    "LX-2025/155",
    2075.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-18T11:25:00+01:00",
    "Valérie Cuendet",
    "v.cuendet@cuendet-immobilier.ch",
    "already_paid",
    True,
    3,
    """
Bonjour Monsieur,

Voir ci-dessous la réponse de notre fiduciaire : la facture a bien été payée.

Meilleures salutations
Valérie Cuendet

-----Message d'origine-----
De : Patrick Rochat <p.rochat@fidu-rochat.ch>
Envoyé : mercredi, 17 décembre 2025 16:02
À : Valérie Cuendet <v.cuendet@cuendet-immobilier.ch>
Objet : RE: rappel Lemanix

Bonjour Valérie,

La 155 de Lemanix a été payée le 2 décembre avec l'ordre groupé (CHF 2'075.00), voir relevé
PostFinance du 2.12. Tu peux leur transmettre.

Patrick
""",
    mentions=["LX-2025/155"],
    quote="forward",
    internal=True,
    re="TR:",
    mailer=OUTLOOK,
    subject="TR: Rappel : facture LX-2025/155 échue",
    client_lang="fr",
    notes="Forward of the customer's internal exchange with its fiduciary; 'la 155' normalised.",
)

R(
    "bq",
    "RG25-00448",
    2718.4,
    "reminder_2",
    "de",
    "en",
    "2025-12-22T14:05:00+01:00",
    "Karen Holt",
    "karen.holt@altus-labs.ch",
    "already_paid",
    True,
    3,
    """
Dear Ms Imhof,

Our records show that RG25-00448 was paid together with RG25-00440 in a single transfer of
CHF 5,230.40 on 14 November (our payment ref. ALT-PAY-11-2025-087). Perhaps it was allocated to the
wrong invoice on your side?

Could you please check and confirm.

Kind regards,
Karen Holt
Finance Manager, Altus Labs AG
""",
    mentions=["RG25-00448", "RG25-00440"],
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    client_lang="en",
    notes="Grouped payment of two invoices, English reply to a German reminder.",
)

R(
    "mr",
    "F25-0776",
    468.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-10T07:48:00+01:00",
    "Gilles Pasquier",
    "gilles.pasquier@laposte.net",
    "already_paid",
    True,
    3,
    """
bjr, payé hier par virement. cdt
G.Pasquier
""",
    quote="none",
    mailer=ORANGE,
    notes="Very short; the past date 'hier' is no promised date.",
)

R(
    "tv",
    "TV/25/0396",
    1045.0,
    "reminder_1",
    "it",
    "mixed",
    "2026-01-14T09:09:00+01:00",
    "Andrea Vassalli",
    "andrea.vassalli@vassalli-ottica.ch",
    "already_paid",
    True,
    3,
    """
Buongiorno / Grüezi

Pagato il 12.01. – bezahlt am 12.01. (PostFinance). Grazie, danke.

A. Vassalli
""",
    quote="none",
    mailer=OX,
    notes="Bilingual one-liner.",
)

# ----------------------------------------------------------------------------------------------
# delay_request
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "RG25-00455",
    3000.0,
    "reminder_1",
    "de",
    "de",
    "2025-12-02T10:30:00+01:00",
    "Sibylle Fuchs",
    "sibylle.fuchs@fuchs-coiffure.ch",
    "delay_request",
    True,
    2,
    """
Sehr geehrte Frau Imhof

Ihre Rechnung ist absolut in Ordnung, nur ist der Dezember für uns finanziell schwierig (Umbau des
Salons). Wäre es möglich, den Betrag in drei Raten zu zahlen? Ich würde je Fr. 1'000.- Ende Dezember,
Ende Januar und Ende Februar überweisen.

Vielen Dank für Ihr Verständnis und freundliche Grüsse
Sibylle Fuchs
""",
    pdate="2025-12-31",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="Dated instalment plan: first instalment end of December.",
)

R(
    "mr",
    "F25-0806",
    3780.0,
    "reminder_2",
    "fr",
    "fr",
    "2026-02-18T15:20:00+01:00",
    "Karim Benali",
    "k.benali@benali-renovation.fr",
    "delay_request",
    True,
    2,
    """
Bonjour,

Je ne conteste pas la facture mais ma trésorerie est très tendue en ce moment (un gros client qui ne
me paye pas depuis 3 mois...). Serait-il possible d'avoir un délai jusqu'au 15 mars ? Je m'engage à
tout régler à cette date.

Merci de votre compréhension
Karim Benali
Benali Rénovation
""",
    pdate="2026-03-15",
    quote="gmail",
    client_lang="fr",
    notes="'je ne conteste pas' then a dated delay request.",
)

R(
    "tv",
    "TV/25/0366",
    1980.0,
    "reminder_1",
    "it",
    "it",
    "2025-10-22T14:00:00+02:00",
    "Roberto Guidi",
    "r.guidi@pensione-azzurra.ch",
    "delay_request",
    False,
    2,
    """
Gentile signora,

La ringrazio per il promemoria. La stagione è andata peggio del previsto e Le chiedo cortesemente di
pazientare ancora qualche settimana; salderemo appena possibile.

Cordiali saluti
Roberto Guidi
""",
    quote="none",
    mailer=OX,
    notes="Vague delay: no date, no pause.",
)

R(
    "lx",
    "LX-2025/149",
    2860.0,
    "reminder_1",
    "en",
    "en",
    "2025-11-05T17:45:00+01:00",
    "Ben Okafor",
    "ben@okafor-media.com",
    "delay_request",
    True,
    2,
    """
Hi Olivier,

Sorry for the delay on this one. Our own client is paying us late, so cash is tight. Would it be OK
if we paid by the end of next month? I'd rather ask than just pay late.

Thanks,
Ben
""",
    pdate="2025-12-31",
    quote="gmail",
    client_lang="en",
    notes="'end of next month' from 5 November → 31 December.",
)

R(
    "bq",
    "RG25-00472",
    1640.0,
    "reminder_2",
    "de",
    "de",
    "2025-12-23T08:15:00+01:00",
    "Toni Aregger",
    "toni.aregger@aregger-schreinerei.ch",
    "delay_request",
    False,
    2,
    """
Guten Tag

Wir haben im Moment leider einen Liquiditätsengpass. Bitte haben Sie noch etwas Geduld, wir melden
uns im neuen Jahr.

Gruss Toni Aregger
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="Vague; 'im neuen Jahr' is no date for a payment, only for a call back.",
)

R(
    "mr",
    "F25-0795",
    2400.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-19T20:10:00+01:00",
    "Aurélie Blanc",
    "aurelie.blanc@hotmail.fr",
    "delay_request",
    True,
    2,
    """
Bonjour Madame Roche,

Est-il possible de payer la cuisine en deux fois ? 1 200 € le 10 janvier et le reste le 10 février.
Les fêtes ont un peu vidé le compte...

Merci beaucoup, et encore bravo pour le travail, la cuisine est magnifique.

Aurélie Blanc
""",
    pdate="2026-01-10",
    quote="apple",
    mailer=IPHONE,
    client_lang="fr",
    notes="Compliment + dated instalments; first instalment 10 January (year rolls over).",
)

R(
    "tv",
    "TV/25/0379",
    2150.0,
    "reminder_1",
    "de",
    "de",
    "2025-10-07T12:40:00+02:00",
    "Fabienne Ammann",
    "f.ammann@ammann-events.ch",
    "delay_request",
    True,
    2,
    """
Hoi Chiara

Wäre es ok, wenn wir erst Ende nächster Woche zahlen? Unser Kunde vom Herbstfest hat selber noch nicht
bezahlt. Sorry für die Umstände!

Liebe Grüsse
Fabienne
""",
    pdate="2025-10-17",
    quote="apple",
    mailer=APPLE,
    re="AW:",
    notes="'Ende nächster Woche' from Tuesday 7 October → Friday 17 October; informal Swiss tone.",
)

R(
    "lx",
    "LX-2025/158",
    1320.0,
    "reminder_1",
    "it",
    "it",
    "2025-11-11T09:35:00+01:00",
    "Elena Ferrari",
    "elena.ferrari@ferrari-design.ch",
    "delay_request",
    True,
    2,
    """
Buongiorno Olivier,

mi scuso per il ritardo. Potremmo saldare entro fine mese? Aspettiamo un pagamento importante la
prossima settimana.

Grazie e buona giornata
Elena
""",
    pdate="2025-11-30",
    quote="gmail",
    client_lang="it",
    cte="base64",
    notes="Asks for 'entro fine mese' (a question, not a promise).",
)

R(
    "bq",
    "RG25-00490",
    4450.0,
    "reminder_1",
    "de",
    "en",
    "2026-02-03T11:00:00+01:00",
    "Jonas Keller",
    "jonas@keller-robotics.ch",
    "delay_request",
    False,
    2,
    """
Hi,

We're a start-up and waiting on our next funding tranche. We will pay as soon as possible, please
bear with us a little longer.

Jonas Keller
CEO, Keller Robotics GmbH
""",
    quote="none",
    mailer=OUTLOOK,
    notes="Vague delay, no date.",
)

R(
    "mr",
    "F25-0811",
    1560.0,
    "reminder_2",
    "fr",
    "fr",
    "2026-02-25T10:05:00+01:00",
    "Françoise Morel",
    "francoise.morel@orange.fr",
    "delay_request",
    False,
    2,
    """
Madame,

Nous traversons une période difficile suite au décès de mon mari. Serait-il possible de trouver un
arrangement ? Je vous appellerai la semaine prochaine pour en discuter.

Avec mes remerciements
Françoise Morel
""",
    quote="none",
    mailer=ORANGE,
    notes="Asks for an arrangement without a date; the call next week is no payment date.",
)

# ----------------------------------------------------------------------------------------------
# payment_promise
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "RG25-00437",
    925.0,
    "reminder_1",
    "de",
    "de",
    "2025-10-24T16:10:00+02:00",
    "Christian Lötscher",
    "c.loetscher@loetscher-metzgerei.ch",
    "payment_promise",
    False,
    1,
    """
Grüezi

Sorry, ist untergegangen. Zahlung erfolgt bis 31.10.

Gruss C. Lötscher
""",
    pdate="2025-10-31",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    charset="iso-8859-1",
    notes="",
)

R(
    "mr",
    "F25-0762",
    2880.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-11-12T09:22:00+01:00",
    "Olivier Vidal",
    "o.vidal@vidal-paysage.fr",
    "payment_promise",
    False,
    1,
    """
Bonjour,

Désolé pour le retard, je fais le virement d'ici le 20.

Olivier Vidal
""",
    pdate="2025-11-20",
    quote="gmail",
    client_lang="fr",
    notes="'d'ici le 20' resolved in November.",
)

R(
    "tv",
    "TV/25/0325",
    1675.0,
    "reminder_1",
    "it",
    "it",
    "2025-09-18T11:48:00+02:00",
    "Dott. Silvio Bernasconi",
    "silvio.bernasconi@studiomedico-bernasconi.ch",
    "payment_promise",
    False,
    1,
    """
Gentili Signori,

prendiamo atto del Vostro promemoria e Vi comunichiamo che provvederemo al pagamento entro fine mese.

Con i migliori saluti
Dott. Silvio Bernasconi
""",
    pdate="2025-09-30",
    quote="outlook",
    mailer=OUTLOOK,
    re="R:",
    client_lang="it",
    notes="",
)

R(
    "lx",
    "LX-2025/160",
    990.0,
    "reminder_1",
    "en",
    "en",
    "2026-01-07T10:10:00+01:00",
    "Hannah Fischer",
    "hannah.fischer@fischer-architects.ch",
    "payment_promise",
    False,
    1,
    """
Hi Olivier,

Happy new year! Apologies, this got stuck over the holidays. You'll have it by the 15th.

Best,
Hannah
""",
    pdate="2026-01-15",
    quote="gmail",
    client_lang="en",
    notes="",
)

R(
    "bq",
    "RG25-00462",
    2190.0,
    "reminder_1",
    "de",
    "de",
    "2025-12-09T15:30:00+01:00",
    "Brigitte Steiner",
    "b.steiner@steiner-verwaltungen.ch",
    "payment_promise",
    False,
    1,
    """
Guten Tag

Die Zahlung ist bereits freigegeben und wird am Freitag ausgeführt.

Freundliche Grüsse
Brigitte Steiner
Steiner Verwaltungen AG

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind,
informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.
""",
    pdate="2025-12-12",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="'bereits freigegeben' sounds paid but the payment is on Friday: a promise.",
)

R(
    "mr",
    "F25-0748",
    650.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-10-16T21:30:00+02:00",
    "Pauline Girard",
    "pauline.girard@sfr.fr",
    "payment_promise",
    False,
    1,
    """
Oups, oubli de ma part. Je règle demain.
Pauline
""",
    pdate="2025-10-17",
    quote="apple",
    mailer=IPHONE,
    client_lang="fr",
    notes="",
)

R(
    "lx",
    "LX-2025/137",
    3420.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-11-19T08:55:00+01:00",
    "Jean-Marc Python",
    "jm.python@groupe-mutuel-sante.ch",
    "payment_promise",
    False,
    1,
    """
Bonjour,

Votre facture est validée ; le paiement partira avec notre run fournisseurs du 25 novembre.

Meilleures salutations
Jean-Marc Python
Comptabilité créanciers
""",
    pdate="2025-11-25",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    notes="",
)

R(
    "bq",
    "RG25-00498",
    735.0,
    "reminder_1",
    "de",
    "de",
    "2026-02-05T13:02:00+01:00",
    "Martin Rölli",
    "martin.roelli@gmail.com",
    "payment_promise",
    False,
    1,
    """
Hallo

Stimmt, noch nicht bezahlt, sorry! Mache ich Anfang nächster Woche.

Gruss Martin
""",
    pdate="2026-02-09",
    quote="gmail",
    client_lang="de",
    notes="'noch nicht bezahlt' is no payment claim; 'Anfang nächster Woche' → Monday.",
)

R(
    "tv",
    "TV/25/0388",
    4210.0,
    "reminder_1",
    "en",
    "en",
    "2025-10-30T09:40:00+01:00",
    "Mark Davies",
    "m.davies@lakeside-resorts.com",
    "payment_promise",
    False,
    1,
    """
Dear Chiara,

Apologies, this slipped through during our system migration. Payment will go out on Monday
3 November.

Regards,
Mark Davies
Lakeside Resorts
""",
    pdate="2025-11-03",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    notes="",
)

R(
    "tv",
    "TV/25/0358",
    860.0,
    "reminder_1",
    "it",
    "mixed",
    "2025-09-24T10:20:00+02:00",
    "Sandro Züger",
    "sandro@zueger-bike.ch",
    "payment_promise",
    False,
    1,
    """
Buongiorno, pagheremo il 30.09. / Guten Tag, wir zahlen am 30.09.

Saluti / Gruss
Sandro Züger
""",
    pdate="2025-09-30",
    quote="none",
    mailer=OX,
    notes="Bilingual promise.",
)

# ----------------------------------------------------------------------------------------------
# copy_request
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "RG25-00441",
    1150.0,
    "reminder_1",
    "de",
    "de",
    "2025-11-19T10:02:00+01:00",
    "Erwin Schnyder",
    "erwin.schnyder@bluewin.ch",
    "copy_request",
    False,
    2,
    """
Grüezi

Können Sie mir die Rechnung bitte nochmals schicken, am liebsten als PDF mit dem QR-Einzahlungsschein?
Ich finde sie beim besten Willen nicht mehr. Ich zahle dann sofort.

Freundliche Grüsse
E. Schnyder
""",
    quote="gmail",
    client_lang="de",
    notes="'sofort' gives no date.",
)

R(
    "lx",
    "LX-2025/127",
    2510.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-10-28T14:25:00+01:00",
    "Isabelle Cornu",
    "isabelle.cornu@cornu-horlogerie.ch",
    "copy_request",
    False,
    2,
    """
Bonjour,

Le lien vers la facture dans votre e-mail ne fonctionne pas (erreur 404). Pourriez-vous nous envoyer
la facture en PDF, avec la partie QR ? Merci.

Isabelle Cornu
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    notes="",
)

R(
    "tv",
    "TV/25/0331",
    3740.0,
    "invoice",
    "it",
    "it",
    "2025-10-06T09:15:00+02:00",
    "Monica Ghirlanda",
    "monica.ghirlanda@albergo-centrale.ch",
    "copy_request",
    False,
    2,
    """
Buongiorno,

grazie per la fattura. Vi preghiamo di inviare d'ora in poi tutte le fatture all'indirizzo
fatture@albergo-centrale.ch e non più a me personalmente, perché dal mese prossimo sarò in maternità.

Cordiali saluti
Monica Ghirlanda
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="R:",
    client_lang="it",
    notes="Future invoices to another address; the absence is no date of payment.",
)

R(
    "lx",
    "LX-2025/152",
    1780.0,
    "reminder_1",
    "en",
    "en",
    "2025-12-08T11:50:00+01:00",
    "Sarah Nguyen",
    "sarah.nguyen@brightpath-edu.ch",
    "copy_request",
    False,
    2,
    """
Hi,

The QR code on the invoice won't scan in our banking app. Could you just send me your IBAN and the
reference to use?

Thanks!
Sarah
""",
    quote="gmail",
    client_lang="en",
    notes="",
)

R(
    "mr",
    "F25-0785",
    5230.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-01-08T16:05:00+01:00",
    "Stéphane Rey",
    "s.rey@rey-immobilier.fr",
    "copy_request",
    False,
    2,
    """
Bonjour,

Nous n'avons jamais reçu cette facture, ni par mail ni par courrier. Pouvez-vous nous l'adresser, si
possible en original papier (notre expert-comptable l'exige pour les immobilisations) ?

Cordialement
Stéphane Rey
Rey Immobilier
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE :",
    client_lang="fr",
    notes="Invoice never received is a copy request, not a dispute.",
)

R(
    "bq",
    "RG25-00476",
    2890.0,
    "reminder_1",
    "de",
    "de",
    "2026-01-12T09:33:00+01:00",
    "Silvia Arnold",
    "s.arnold@arnold-logistik.ch",
    "copy_request",
    False,
    2,
    """
Guten Tag

Wir haben diese Rechnung nie erhalten. Bitte senden Sie sie an kreditoren@arnold-logistik.ch, nur
Rechnungen an diese Adresse werden bei uns verarbeitet.

Freundliche Grüsse
Silvia Arnold
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="",
)

R(
    "tv",
    "TV/25/0393",
    1420.0,
    "invoice",
    "fr",
    "mixed",
    "2025-12-11T10:40:00+01:00",
    "Philippe Aebischer",
    "p.aebischer@aebischer-sa.ch",
    "copy_request",
    False,
    2,
    """
Bonjour

Merci pour la facture. Bitte schicken Sie künftige Rechnungen an unsere neue Adresse: Aebischer SA,
Route de Berne 7, 1700 Fribourg. Merci et bonne journée.

Philippe Aebischer
""",
    quote="none",
    mailer=OX,
    notes="French and German; future invoices to a new address.",
)

R(
    "mr",
    "F25-0799",
    1935.0,
    "reminder_1",
    "en",
    "en",
    "2026-02-09T12:00:00+01:00",
    "James Porter",
    "james.porter@alpineretreats.co.uk",
    "copy_request",
    False,
    2,
    "",
    html="""<html>
<head><meta charset="utf-8"></head><body><div style="font-family:Arial">
<p>Hello,</p><p>Could you please re-send the invoice to <a href="mailto:ap@alpineretreats.co.uk">ap@alpineretreats.co.uk</a>?
Our AP team only processes invoices sent to that mailbox, which is probably why this one was missed.</p>
<p>Many thanks,<br>James Porter<br>Alpine Retreats Ltd</p>
</div><div><hr><b>From:</b> Menuiserie Roche &amp; Fils SARL &lt;compta@menuiserie-roche.fr&gt;<br>
<b>Sent:</b> 06 February 2026 10:12<br><b>Subject:</b> Payment reminder: invoice F25-0799<br><br>
Dear Mr Porter,<br><br>According to our records, invoice F25-0799 for EUR 1,935.00 is still unpaid.
Late-payment penalties and the EUR 40 recovery fee apply. Please arrange payment within 10 days.<br>
<br>Kind regards<br>Nathalie Roche</div></body></html>""",
    format="html",
    notes="HTML only with an Outlook block.",
)

# ----------------------------------------------------------------------------------------------
# acknowledgement
# ----------------------------------------------------------------------------------------------

R(
    "mr",
    "F25-0742",
    3120.0,
    "invoice",
    "fr",
    "fr",
    "2025-10-09T08:05:00+02:00",
    "Corinne Blanchet",
    "c.blanchet@blanchet-notaires.fr",
    "acknowledgement",
    False,
    1,
    """
Bien reçu, merci. Je transmets à la comptabilité.

Corinne Blanchet
Office notarial Blanchet & Associés

AVERTISSEMENT : ce message est couvert par le secret professionnel. Toute diffusion, copie ou
utilisation non autorisée est interdite et peut engager la responsabilité de son auteur. En cas de
contentieux, seule la version papier fait foi.
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE :",
    client_lang="fr",
    notes="Legal words only in the notary's disclaimer.",
)

R(
    "bq",
    "RG25-00452",
    1460.0,
    "invoice",
    "de",
    "de",
    "2025-10-30T07:40:00+01:00",
    "Roland Marti",
    "r.marti@marti-gartenbau.ch",
    "acknowledgement",
    False,
    1,
    """
Danke, erhalten. Wird an die Buchhaltung weitergeleitet.

R. Marti
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="",
)

R(
    "tv",
    "TV/25/0349",
    690.0,
    "invoice",
    "it",
    "it",
    "2025-10-15T15:15:00+02:00",
    "Giulia Bianchi",
    "giulia.bianchi@bianchi-boutique.ch",
    "acknowledgement",
    False,
    1,
    """
Ricevuto, grazie!
Giulia
""",
    quote="apple",
    mailer=IPHONE,
    client_lang="it",
    notes="",
)

R(
    "lx",
    "LX-2025/146",
    4100.0,
    "invoice",
    "en",
    "en",
    "2025-11-24T10:30:00+01:00",
    "Laura Müller",
    "laura.mueller@novartrix.com",
    "acknowledgement",
    False,
    1,
    """
Dear Olivier,

Thank you for the invoice and for the excellent work on the brochure – our marketing team was really
pleased. I have passed it on to our accounts payable team for processing.

Best regards,
Laura Müller
Corporate Communications, Novartrix AG

CONFIDENTIALITY NOTICE: This message may contain privileged information. Any unauthorised review,
use or disclosure is prohibited and may be unlawful. If you received it in error, please notify the
sender and delete it. Novartrix AG accepts no liability for any claim arising from this e-mail.
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    notes="Long polite thanks; legal disclaimer.",
)

R(
    "lx",
    "LX-2025/133",
    650.0,
    "invoice",
    "fr",
    "fr",
    "2025-10-17T16:55:00+02:00",
    "Anne-Claude Rochat",
    "ac.rochat@rochat-vins.ch",
    "acknowledgement",
    False,
    1,
    """
Merci beaucoup, c'est noté. Belle fin de semaine !

Anne-Claude
""",
    quote="gmail",
    client_lang="fr",
    notes="Swiss French register.",
)

R(
    "bq",
    "RG25-00480",
    384.0,
    "invoice",
    "de",
    "de",
    "2026-01-16T11:11:00+01:00",
    "Werner Zgraggen",
    "w.zgraggen@zgraggen-transporte.ch",
    "acknowledgement",
    False,
    1,
    """
Merci vielmal, isch guet.

Werni
""",
    quote="apple",
    mailer=IPHONE,
    client_lang="de",
    notes="Swiss German.",
)

R(
    "mr",
    "F25-0788",
    1740.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-01-20T09:00:00+01:00",
    "Sylvie Gauthier",
    "s.gauthier@gauthier-opticiens.fr",
    "acknowledgement",
    False,
    1,
    """
Bonjour,

Noté, merci. C'est transmis au service comptable qui s'en occupe.

Sylvie Gauthier
""",
    quote="thunderbird",
    mailer=TB,
    client_lang="fr",
    notes="Reply to a reminder that only passes it on: no promise, no date.",
)

R(
    "tv",
    "TV/25/0405",
    2560.0,
    "invoice",
    "de",
    "de",
    "2026-02-04T08:48:00+01:00",
    "Patrick Imholz",
    "patrick.imholz@imholz-hotels.ch",
    "acknowledgement",
    False,
    1,
    """
Guten Morgen Frau Bernasconi

Besten Dank für die Rechnung und die rasche Lieferung, die neuen Bettbezüge sind bei den Gästen
sehr gut angekommen. Ich habe die Rechnung zur Zahlung weitergeleitet.

Herzliche Grüsse aus Andermatt
Patrick Imholz
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    format="alt",
    notes="",
)

# ----------------------------------------------------------------------------------------------
# auto_reply
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "RG25-00458",
    1995.0,
    "reminder_1",
    "de",
    "de",
    "2025-10-27T06:00:00+01:00",
    "Daniela Roos",
    "daniela.roos@roos-ag.ch",
    "auto_reply",
    False,
    1,
    """
Guten Tag

Ich bin bis am 3. November 2025 abwesend und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht
wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an buchhaltung@roos-ag.ch.

Freundliche Grüsse
Daniela Roos
""",
    quote="none",
    mailer=OUTLOOK,
    subject="Automatische Antwort: Zahlungserinnerung Rechnung RG25-00458",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    notes="Absence date is no promised date.",
)

R(
    "mr",
    "F25-0792",
    2750.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-29T09:00:00+01:00",
    "Thomas Lefèvre",
    "t.lefevre@lefevre-batiment.fr",
    "auto_reply",
    False,
    1,
    """
Bonjour,

Je suis absent jusqu'au 5 janvier inclus. Pour toute question relative aux paiements, merci de
contacter Mme Perret au 04 50 12 34 56.

Cordialement,
Thomas Lefèvre
""",
    quote="none",
    mailer=OUTLOOK,
    subject="Réponse automatique : Rappel : facture F25-0792 échue",
    headers={"X-Auto-Response-Suppress": "All", "Auto-Submitted": "auto-replied"},
    notes="",
)

R(
    "tv",
    "TV/25/0374",
    1280.0,
    "invoice",
    "it",
    "it",
    "2025-10-08T10:00:00+02:00",
    "Marta Ponti",
    "marta.ponti@ponti-arredamenti.ch",
    "auto_reply",
    False,
    1,
    """
Gentile mittente,

sono fuori ufficio fino al 15 ottobre con accesso limitato alla posta elettronica. Per urgenze
contattare il numero 091 123 45 67.

Marta Ponti
""",
    quote="none",
    mailer=OUTLOOK,
    subject="Risposta automatica: Fattura TV/25/0374 – Tessiture Verbano",
    headers={"Auto-Submitted": "auto-replied"},
    notes="",
)

R(
    "lx",
    "LX-2025/161",
    870.0,
    "reminder_1",
    "en",
    "en",
    "2026-01-05T08:00:00+01:00",
    "Rachel Stone",
    "rachel.stone@stonebridge-law.co.uk",
    "auto_reply",
    False,
    1,
    """
Thank you for your email. I am out of the office until Monday 12 January with limited access to
email. For urgent matters please contact my assistant, Tom Baker (tom.baker@stonebridge-law.co.uk).

Rachel Stone
Partner, Stonebridge Law LLP
This email may contain legally privileged information. If you are not the intended recipient please
delete it and notify us immediately.
""",
    quote="none",
    mailer=OUTLOOK,
    notes="Out-of-office without any auto-reply header and with the ordinary 'RE:' subject; law firm disclaimer.",
)

R(
    "tv",
    "TV/25/0399",
    3050.0,
    "reminder_1",
    "de",
    "mixed",
    "2025-12-22T12:00:00+01:00",
    "Céline Baeriswyl",
    "c.baeriswyl@baeriswyl-sa.ch",
    "auto_reply",
    False,
    1,
    """
Vom 22.12.2025 bis 4.1.2026 ist unser Büro geschlossen. Ab dem 5. Januar sind wir gerne wieder für
Sie da.

Nos bureaux sont fermés du 22.12.2025 au 4.1.2026. Nous serons à nouveau à votre disposition dès le
5 janvier.

Baeriswyl SA, Düdingen
""",
    quote="none",
    mailer=OUTLOOK,
    subject="Abwesenheitsnotiz / Absence: Zahlungserinnerung Rechnung TV/25/0399",
    headers={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
    notes="Bilingual closure notice.",
)

R(
    "lx",
    "LX-2025/147",
    1590.0,
    "reminder_2",
    "en",
    "en",
    "2025-12-10T07:12:00+01:00",
    "Helix Support",
    "support@helix-analytics.com",
    "auto_reply",
    False,
    1,
    """
Hello,

Your request has been received and a ticket has been created: INC-448812.

A member of our team will respond within 2 business days. Please do not reply to this message;
replies are not monitored.

Helix Analytics – Customer Operations
""",
    quote="none",
    mailer="Jira Service Management",
    subject="[INC-448812] Second reminder: invoice LX-2025/147 overdue",
    headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk"},
    notes="Ticket system.",
)

R(
    "mr",
    "F25-0803",
    980.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-02-12T14:00:00+01:00",
    "Service Fournisseurs",
    "fournisseurs@hyper-savoie.fr",
    "auto_reply",
    False,
    1,
    """
Bonjour,

Nous avons bien reçu votre demande (#58231) et vous remercions de votre message. Notre service
fournisseurs la traitera dans un délai de 5 jours ouvrés.

Ceci est un message automatique, merci de ne pas y répondre.

Hyper Savoie – Service Fournisseurs
""",
    quote="none",
    mailer="Freshdesk",
    subject="Demande reçue : Rappel : facture F25-0803 échue [#58231]",
    notes="Ticket confirmation without auto-reply headers.",
)

R(
    "bq",
    "RG25-00485",
    2345.0,
    "reminder_2",
    "de",
    "mixed",
    "2026-01-26T07:30:00+01:00",
    "Andreas Vogel",
    "andreas.vogel@vogel-engineering.ch",
    "auto_reply",
    False,
    1,
    """
Danke für Ihre Nachricht. Ich bin bis 6. Februar in den Ferien. Kreditorenzahlungen werden nach meiner
Rückkehr freigegeben.

Thank you for your message. I am on holiday until 6 February. Supplier payments will be released
after my return.

Andreas Vogel
""",
    quote="none",
    mailer=OUTLOOK,
    subject="Abwesend / Out of office: 2. Mahnung Rechnung RG25-00485",
    headers={"Auto-Submitted": "auto-replied"},
    notes="Bilingual out-of-office speaking of payments after the return: no promise.",
)

# ----------------------------------------------------------------------------------------------
# other
# ----------------------------------------------------------------------------------------------

R(
    "lx",
    "LX-2025/129",
    1210.0,
    "reminder_1",
    "en",
    "en",
    "2025-10-31T03:14:00+01:00",
    "Peter Lang",
    "p.lang@lang-immobilien.ch",
    "other",
    False,
    1,
    """
Hello,

Peter Lang has shared a secure document with you: "Payment_Remittance_Q4.pdf"

VIEW DOCUMENT HERE: https://example.net/sharepoint/login?id=88421

This link will expire in 24 hours.

Regards
""",
    quote="none",
    mailer=OUTLOOK,
    re="RE:",
    notes="Phishing from a hijacked customer mailbox: 'remittance' is bait, not a payment claim.",
)

R(
    "bq",
    "RG25-00467",
    1530.0,
    "invoice",
    "de",
    "de",
    "2025-12-01T10:00:00+01:00",
    "Bäckerei Kälin",
    "newsletter@baeckerei-kaelin.ch",
    "other",
    False,
    1,
    """
Liebe Kundinnen und Kunden

Jetzt sind sie wieder da: unsere Grittibänze und Weihnachtsguetzli! Bestellen Sie bis 15. Dezember
und profitieren Sie von 10 % Rabatt auf alle Firmengeschenke.

Ihre Bäckerei Kälin, Einsiedeln

Abmelden: https://example.net/unsubscribe
""",
    quote="none",
    mailer="Mailchimp",
    subject="Re: Ihre Rechnung RG25-00467 – Bergquell",
    notes="Newsletter sent as a reply; its order deadline and discount are not a promise nor a dispute.",
)

R(
    "tv",
    "TV/25/0352",
    2980.0,
    "reminder_1",
    "it",
    "it",
    "2025-10-20T17:17:00+02:00",
    "Claudio Moretti",
    "c.moretti@moretti-impianti.ch",
    "other",
    False,
    2,
    """
Buonasera,

credo che abbiate sbagliato destinatario: non abbiamo mai avuto rapporti con la vostra ditta.
Forse cercate la Moretti Tessili di Chiasso?

Saluti
Claudio Moretti
""",
    quote="gmail",
    client_lang="it",
    notes="Wrong recipient, not 'never ordered' by the customer.",
)

R(
    "mr",
    "F25-0770",
    4400.0,
    "invoice",
    "fr",
    "fr",
    "2025-11-28T13:45:00+01:00",
    "Nicole Vautrin",
    "nicole.vautrin@gmail.com",
    "other",
    False,
    2,
    """
Bonjour Madame Roche,

Merci pour la facture. Autre chose : est-ce que vous faites aussi des escaliers en chêne massif ?
Nous aurions un projet pour le printemps 2026 dans notre maison de Talloires. Pourriez-vous passer
pour un devis ?

Bonne journée
Nicole Vautrin
""",
    quote="apple",
    mailer=IPHONE,
    client_lang="fr",
    notes="Unrelated request for a quote.",
)

R(
    "bq",
    "RG25-00483",
    860.0,
    "reminder_1",
    "de",
    "de",
    "2026-01-21T18:02:00+01:00",
    "Lukas Brunner",
    "lukas.brunner@icloud.com",
    "other",
    False,
    1,
    """

Von meinem iPhone gesendet
""",
    quote="apple",
    mailer=IPHONE,
    client_lang="de",
    notes="Empty reply sent by mistake; language from the device footer.",
)

R(
    "lx",
    "LX-2025/166",
    2200.0,
    "invoice",
    "en",
    "en",
    "2026-02-17T09:20:00+01:00",
    "Ryan Cooper",
    "ryan@growthpeak-digital.com",
    "other",
    False,
    1,
    """
Hi Olivier,

Quick question – have you ever considered how much revenue Lemanix is losing because of slow page
loads? We helped 40+ Swiss agencies double their inbound leads in 90 days.

Would you be open to a 15-minute call next Tuesday?

Ryan Cooper | Growth Peak Digital
""",
    quote="none",
    mailer="HubSpot",
    notes="Marketing pitch in the thread.",
)

R(
    "bq",
    "RG25-00493",
    1260.0,
    "invoice",
    "de",
    "de",
    "2026-01-28T12:12:00+01:00",
    "Heidi Bucher",
    "heidi.bucher@bucher-pension.ch",
    "other",
    False,
    2,
    """
Grüezi Frau Imhof

Danke für die Rechnung. Hätte Ihr Team nächste Woche Zeit, im Ferienhaus in Engelberg die
Bodenheizung anzuschauen? Im oberen Stock wird es nicht mehr richtig warm.

Gruss Heidi Bucher
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="New job request about another house, not a complaint about the billed work.",
)

R(
    "tv",
    "TV/25/0408",
    1740.0,
    "reminder_1",
    "de",
    "de",
    "2026-02-13T02:40:00+01:00",
    "Sekretariat Huber",
    "sekretariat@huber-architektur.ch",
    "other",
    False,
    1,
    """
Sie haben eine neue Sprachnachricht (0:47) erhalten.

Nachricht anhören: https://example.net/voicemail/huber?msg=4471

Microsoft 365 Voicemail
""",
    quote="none",
    mailer=OUTLOOK,
    re="AW:",
    notes="Phishing from a hijacked mailbox (German).",
)

# ----------------------------------------------------------------------------------------------
# second batch (more_097 onwards), written after the first measurement, before looking at the
# reader's answers on it
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "RG25-00504",
    2480.0,
    "reminder_1",
    "de",
    "de",
    "2026-02-12T09:10:00+01:00",
    "Yvonne Hürlimann",
    "y.huerlimann@huerlimann-dental.ch",
    "contestation",
    True,
    3,
    """
Guten Tag Frau Imhof

Ihre Mahnung kann ich so nicht akzeptieren. Die Offerte vom 3. Dezember lautete auf CHF 1'980.-
inkl. MWST für den Ersatz der Wasserenthärtung. Verrechnet haben Sie CHF 2'480.-, ohne dass uns
jemand über Mehrkosten informiert hätte.

Den offerierten Betrag überweise ich gerne, sobald ich eine entsprechend angepasste Rechnung habe.

Freundliche Grüsse
Dr. med. dent. Y. Hürlimann
""",
    amount=500.0,
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="Quoted 1980 vs invoiced 2480: the difference 500.",
)

R(
    "mr",
    "F25-0812",
    4380.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-02-23T11:42:00+01:00",
    "Didier Mercier",
    "didier.mercier@mercier-hotellerie.fr",
    "contestation",
    True,
    3,
    """
Madame Roche,

Les fenêtres de la salle de restaurant laissent passer l'eau dès qu'il pleut un peu fort, votre
poseur est venu constater le 9 février et nous n'avons plus de nouvelles depuis.

Dans ces conditions nous suspendons le règlement de la facture jusqu'à l'intervention.

Salutations,
D. Mercier
Hôtel du Lac – Talloires
""",
    amount=4380.0,
    quote="outlook",
    mailer=OUTLOOK,
    re="RE :",
    client_lang="fr",
    notes="Payment suspended until a repair: the whole invoice is withheld.",
)

R(
    "tv",
    "TV/25/0414",
    1296.0,
    "invoice",
    "it",
    "it",
    "2026-02-24T16:30:00+01:00",
    "Lorenza Gianella",
    "lorenza@gianella-bnb.ch",
    "contestation",
    True,
    3,
    """
Buonasera Chiara,

ho controllato la fattura: ci avete addebitato 24 federe ma ne abbiamo ricevute 12 (il secondo
pacco non è mai arrivato, ho controllato anche con la posta). Mi puoi mandare una fattura solo per
quelle ricevute? Sono CHF 648 in meno.

Grazie, Lorenza
""",
    amount=648.0,
    quote="gmail",
    client_lang="it",
    notes="Half the goods never arrived; customer states the difference.",
)

R(
    "lx",
    "LX-2025/168",
    2950.0,
    "reminder_2",
    "en",
    "en",
    "2026-02-26T08:05:00+01:00",
    "Robert Ashby",
    "r.ashby@ashby-wealth.ch",
    "contestation",
    True,
    4,
    """
Olivier,

I've had enough of these reminders. As I told your colleague twice, 40% of the document was machine
translation that we then had to fix ourselves. I am not paying the full amount for that. I'm willing
to pay 60% and that's my final offer.

R. Ashby
""",
    amount=1180.0,
    quote="gmail",
    client_lang="en",
    notes="Pays 60 %: 40 % of 2950 = 1180 contested; firm refusal (4).",
)

R(
    "bq",
    "RG25-00507",
    1345.0,
    "reminder_2",
    "de",
    "de",
    "2026-03-02T19:20:00+01:00",
    "Köbi Imfeld",
    "imfeld.koebi@bluewin.ch",
    "contestation",
    True,
    5,
    """
GRÜEZI

WAS SOLL DAS?? Ihr Lehrling hat beim Boilerwechsel unser Parkett verkratzt, das habe ich Ihnen
mit Foto geschickt. Statt einer Entschuldigung kommt eine Mahnung.

Ich zahle keinen Franken bevor der Schaden geregelt ist. Sonst geht das an den Beobachter.

Imfeld
""",
    amount=1345.0,
    quote="apple",
    mailer=IPHONE,
    client_lang="de",
    notes="Shouting and a public complaint threat (Beobachter); whole invoice withheld.",
)

R(
    "mr",
    "F25-0818",
    2016.0,
    "invoice",
    "fr",
    "fr",
    "2026-03-04T10:15:00+01:00",
    "Chloé Bertrand",
    "chloe.bertrand@atelier-bertrand.fr",
    "contestation",
    True,
    3,
    """
Bonjour,

Merci pour l'envoi. Sauf erreur, la pose des plinthes était offerte dans le devis (ligne 7,
« offert »), or elle apparaît sur la facture pour 336 € TTC.

Pourriez-vous rectifier ?

Chloé Bertrand
""",
    amount=336.0,
    quote="thunderbird",
    mailer=TB,
    client_lang="fr",
    notes="A line that was free in the quote is billed.",
)

R(
    "tv",
    "TV/25/0419",
    3870.0,
    "reminder_1",
    "de",
    "de",
    "2026-03-05T08:35:00+01:00",
    "Urs Portmann",
    "u.portmann@seehotel-portmann.ch",
    "contestation",
    True,
    3,
    """
Grüezi Frau Bernasconi

Die Frotteetücher verlieren seit der ersten Wäsche Farbe, wir mussten die Hälfte aussortieren.
Das war so nicht abgemacht. Bis wir eine Lösung haben, halten wir die Zahlung zurück.

Gruss
Urs Portmann
""",
    amount=3870.0,
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="Quality problem; payment held back.",
)

R(
    "lx",
    "LX-2025/171",
    760.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-03-09T13:00:00+01:00",
    "Gérald Pittet",
    "gerald.pittet@pittet-assurances.ch",
    "contestation",
    True,
    3,
    """
Bonjour,

Nous avions convenu d'un forfait de CHF 600.- pour la traduction des conditions générales, et
vous nous facturez CHF 760.-. Merci de nous envoyer une facture conforme à ce qui avait été convenu.

Meilleures salutations
G. Pittet
""",
    amount=160.0,
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    notes="Agreed flat fee 600 vs 760 invoiced: 160.",
)

R(
    "bq",
    "RG25-00511",
    3420.0,
    "reminder_1",
    "de",
    "en",
    "2026-03-10T10:45:00+01:00",
    "Sven Olsen",
    "sven.olsen@olsen-ventures.ch",
    "contestation",
    True,
    3,
    """
Hi,

We're a bit confused: this invoice is for the annual maintenance contract, which we terminated in
writing last September (letter attached). Please cancel it.

Thanks,
Sven Olsen
""",
    amount=3420.0,
    quote="none",
    mailer=OUTLOOK,
    attachments=[("pdf", "termination_letter.pdf")],
    notes="Contract already terminated: whole invoice; 'terminated' is history, not a threat.",
)

# invoice_error, batch 2

R(
    "tv",
    "TV/25/0421",
    2150.0,
    "invoice",
    "fr",
    "fr",
    "2026-03-11T09:20:00+01:00",
    "Delphine Favre",
    "compta@residence-les-mouettes.ch",
    "invoice_error",
    True,
    3,
    """
Bonjour,

Pour pouvoir traiter votre facture, il nous faut notre référence de commande (CMD-26-0117) et le nom
du service demandeur (Hébergement). Merci de nous la renvoyer complétée.

Meilleures salutations
Delphine Favre
Service comptabilité
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    notes="Missing order reference and department.",
)

R(
    "bq",
    "RG25-00514",
    1875.0,
    "invoice",
    "de",
    "de",
    "2026-03-12T14:10:00+01:00",
    "Patricia Suter",
    "p.suter@suter-immobilien.ch",
    "invoice_error",
    True,
    3,
    """
Guten Tag

Die Rechnung muss an die Eigentümerschaft gehen, nicht an uns als Verwaltung: StWEG Seestrasse 14,
c/o Suter Immobilien AG, 6353 Weggis. So können wir sie nicht weiterverrechnen.

Freundliche Grüsse
Patricia Suter
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="Wrong addressee (condominium owners' association).",
)

R(
    "lx",
    "LX-2025/174",
    1430.0,
    "reminder_1",
    "en",
    "en",
    "2026-03-13T11:30:00+01:00",
    "Mei Tanaka",
    "accounts@tanaka-trading.jp",
    "invoice_error",
    True,
    3,
    """
Dear Lemanix team,

Sorry for the late reply. We received two invoices for the same job, LX-2025/170 and LX-2025/174.
We paid 170. Could you please cancel 174?

Best regards,
Mei Tanaka
""",
    amount=1430.0,
    mentions=["LX-2025/170", "LX-2025/174"],
    quote="gmail",
    client_lang="en",
    notes="Duplicate invoice, the other one paid.",
)

R(
    "mr",
    "F25-0821",
    3600.0,
    "invoice",
    "fr",
    "fr",
    "2026-03-16T09:00:00+01:00",
    "Hugo Lambert",
    "hugo.lambert@lambert-sas.fr",
    "invoice_error",
    True,
    3,
    """
Bonjour,

La TVA appliquée est de 20 % alors que les travaux concernent la rénovation d'un logement de plus de
deux ans : c'est 10 %. Merci de refaire la facture avec le bon taux.

Cordialement
Hugo Lambert
""",
    amount=300.0,
    quote="none",
    mailer=ORANGE,
    notes="Wrong VAT rate: 20 % vs 10 % on 3000 HT → 300 (computed from the invoice).",
)

R(
    "tv",
    "TV/25/0425",
    990.0,
    "reminder_1",
    "it",
    "it",
    "2026-03-17T10:10:00+01:00",
    "Enrico Bassi",
    "enrico.bassi@bassi-gelateria.ch",
    "invoice_error",
    True,
    3,
    """
Buongiorno,

la fattura è intestata alla ditta individuale, ma dal 1° gennaio siamo una Sagl (Gelateria Bassi
Sagl, stesso indirizzo). Ci serve una nuova fattura intestata correttamente, altrimenti il
commercialista non la registra.

Saluti
Enrico Bassi
""",
    quote="gmail",
    client_lang="it",
    notes="Wrong legal entity after a change of form.",
)

# already_paid, batch 2

R(
    "lx",
    "LX-2025/176",
    1150.0,
    "reminder_1",
    "de",
    "de",
    "2026-03-18T08:50:00+01:00",
    "Thomas Zürcher",
    "t.zuercher@zuercher-reisen.ch",
    "already_paid",
    True,
    3,
    """
Guten Morgen

Die Zahlung ist am 6. März von unserem ZKB-Konto rausgegangen. Bitte nochmals prüfen, evtl. wurde
sie ohne Referenz verbucht.

Gruss
Thomas Zürcher
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="Payment left the account, date given.",
)

R(
    "mr",
    "F25-0824",
    720.0,
    "reminder_2",
    "fr",
    "fr",
    "2026-03-19T17:25:00+01:00",
    "Monique Arnaud",
    "monique.arnaud@wanadoo.fr",
    "already_paid",
    True,
    3,
    """
Madame,

j'ai donné un chèque à votre fils le jour de la livraison de l'armoire, le 24 janvier. Il a été
encaissé le 2 février (je vous joins mon relevé). Je ne dois donc plus rien.

Mme Arnaud
""",
    quote="none",
    mailer=ORANGE,
    attachments=[("jpg", "releve.jpg")],
    notes="Paid by cheque handed over at delivery, already cashed.",
)

R(
    "tv",
    "TV/25/0428",
    2740.0,
    "reminder_1",
    "en",
    "en",
    "2026-03-20T09:35:00+01:00",
    "Claire Dubois",
    "claire.dubois@lakeshore-hotels.com",
    "already_paid",
    True,
    3,
    """
Hi Chiara,

This was settled on 12 March as part of our weekly supplier run - remittance advice attached.
Let me know if anything's missing.

Claire
""",
    quote="gmail",
    client_lang="en",
    attachments=[("pdf", "remittance_2026-03-12.pdf")],
    notes="Settled with remittance advice.",
)

R(
    "bq",
    "RG25-00517",
    590.0,
    "reminder_1",
    "de",
    "it",
    "2026-03-23T12:12:00+01:00",
    "Mario Cattori",
    "mario.cattori@ticino.com",
    "already_paid",
    True,
    3,
    """
Buongiorno,

scusate ma non scrivo bene il tedesco. La fattura l'ho già saldata allo sportello della posta il
10 marzo, ho la ricevuta.

Cordiali saluti
Mario Cattori
""",
    quote="none",
    mailer=OX,
    notes="Italian reply to a German reminder; paid at the post office.",
)

R(
    "lx",
    "LX-2025/179",
    1985.0,
    "reminder_1",
    "fr",
    "mixed",
    "2026-03-24T10:00:00+01:00",
    "Kathrin Bovet",
    "k.bovet@bovet-consulting.ch",
    "already_paid",
    True,
    3,
    """
Bonjour Monsieur Chappuis,

Merci pour le rappel, mais c'est déjà réglé depuis le 16 mars. Unsere Buchhaltung hat mir die
Zahlung heute nochmals bestätigt.

Gruss / Meilleures salutations
Kathrin Bovet
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    notes="French then German.",
)

# delay_request, batch 2

R(
    "mr",
    "F25-0827",
    5600.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-03-25T18:40:00+01:00",
    "Laurent Girod",
    "l.girod@girod-charpente.fr",
    "delay_request",
    True,
    2,
    """
Bonsoir Mme Roche,

Je suis désolé pour ce retard. Je vous propose de régler en trois mensualités de 1 866,67 € : le
5 avril, le 5 mai et le 5 juin. Si cela vous convient, je mets en place les virements.

Bien à vous
Laurent Girod
""",
    pdate="2026-04-05",
    quote="gmail",
    client_lang="fr",
    notes="Dated instalments.",
)

R(
    "tv",
    "TV/25/0431",
    1480.0,
    "reminder_2",
    "de",
    "de",
    "2026-03-26T07:55:00+01:00",
    "Esther Bühler",
    "esther.buehler@buehler-pension.ch",
    "delay_request",
    False,
    2,
    """
Guten Morgen

Ich weiss, dass die Rechnung überfällig ist. Die Saison hat noch nicht angefangen und die Kasse ist
leer. Ich zahle, sobald die ersten Gäste da sind – bitte noch ein wenig Nachsicht.

Herzlich
Esther Bühler
""",
    quote="none",
    mailer=OX,
    notes="Vague: no date.",
)

R(
    "lx",
    "LX-2025/181",
    2300.0,
    "reminder_1",
    "en",
    "en",
    "2026-03-27T15:15:00+01:00",
    "Ahmed Farouk",
    "a.farouk@farouk-imports.ch",
    "delay_request",
    True,
    2,
    """
Dear Olivier,

Could you give us until 30 April to settle this? Our bank is processing a new credit line and we
expect it to be in place by mid-April.

Kind regards,
Ahmed Farouk
""",
    pdate="2026-04-30",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    notes="Asks for a dated extension; 'mid-April' is the bank's date, not the payment's.",
)

R(
    "bq",
    "RG25-00520",
    2760.0,
    "reminder_1",
    "de",
    "de",
    "2026-03-30T11:20:00+02:00",
    "Gabriela Kündig",
    "g.kuendig@kuendig-optik.ch",
    "delay_request",
    True,
    2,
    """
Grüezi Frau Imhof

Dürfte ich die Rechnung in zwei Teilen begleichen? Die erste Hälfte Mitte April, die zweite Ende
Mai. Ich wäre Ihnen sehr dankbar.

Freundliche Grüsse
Gabriela Kündig
""",
    pdate="2026-04-15",
    quote="apple",
    mailer=APPLE,
    re="AW:",
    notes="Two dated instalments.",
)

R(
    "tv",
    "TV/25/0434",
    880.0,
    "reminder_1",
    "it",
    "it",
    "2026-03-31T09:45:00+02:00",
    "Nadia Rusca",
    "nadia@rusca-fiori.ch",
    "delay_request",
    False,
    2,
    """
Buongiorno signora Bernasconi,

mi scusi, in questo periodo siamo un po' in difficoltà. Le chiedo ancora un po' di tempo, appena
possibile provvedo.

Cordiali saluti
Nadia Rusca
""",
    quote="none",
    mailer=OX,
    notes="Vague delay.",
)

# payment_promise, batch 2

R(
    "lx",
    "LX-2025/183",
    640.0,
    "reminder_1",
    "de",
    "de",
    "2026-04-01T08:30:00+02:00",
    "Reto Schmid",
    "reto.schmid@schmid-grafik.ch",
    "payment_promise",
    False,
    1,
    """
Hoi Olivier

Shit, vergessen. Geht heute noch raus.

Reto
""",
    pdate="2026-04-01",
    quote="gmail",
    client_lang="de",
    notes="Informal; 'heute noch'.",
)

R(
    "mr",
    "F25-0830",
    1320.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-04-02T10:05:00+02:00",
    "Isabelle Lenoir",
    "i.lenoir@lenoir-immobilier.fr",
    "payment_promise",
    False,
    1,
    """
Bonjour,

Le virement sera effectué en fin de semaine prochaine, dès réception des fonds de notre client.

Cordialement
Isabelle Lenoir
""",
    pdate="2026-04-10",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE :",
    client_lang="fr",
    notes="'fin de semaine prochaine' from Thursday 2 April → Friday 10 April.",
)

R(
    "tv",
    "TV/25/0437",
    3150.0,
    "reminder_1",
    "en",
    "en",
    "2026-04-03T14:00:00+02:00",
    "Stefan Weber",
    "s.weber@alpine-lodges.com",
    "payment_promise",
    False,
    1,
    """
Hello Chiara,

Thanks for the nudge. It's approved and in the next payment batch, which runs on 14 April.

Stefan
""",
    pdate="2026-04-14",
    quote="gmail",
    client_lang="en",
    notes="",
)

R(
    "bq",
    "RG25-00523",
    1210.0,
    "reminder_2",
    "de",
    "de",
    "2026-04-07T09:00:00+02:00",
    "Ruedi Blättler",
    "r.blaettler@blaettler-holzbau.ch",
    "payment_promise",
    False,
    1,
    """
Guten Tag

Entschuldigung für die Verspätung, wir hatten einen Wechsel in der Buchhaltung. Sie erhalten den
Betrag inkl. Mahngebühr bis spätestens 17. April.

Mit freundlichen Grüssen
Ruedi Blättler
""",
    pdate="2026-04-17",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="Accepts the fee too; a promise.",
)

R(
    "lx",
    "LX-2025/186",
    2050.0,
    "reminder_1",
    "it",
    "it",
    "2026-04-08T11:11:00+02:00",
    "Federico Conti",
    "f.conti@conti-architettura.ch",
    "payment_promise",
    False,
    1,
    """
Gentile signor Chappuis,

Le confermo che la fattura verrà saldata entro venerdì.

Distinti saluti
Federico Conti
""",
    pdate="2026-04-10",
    quote="none",
    mailer=OUTLOOK,
    notes="'entro venerdì' from Wednesday.",
)

# copy_request, batch 2

R(
    "mr",
    "F25-0833",
    2480.0,
    "invoice",
    "fr",
    "fr",
    "2026-04-09T09:30:00+02:00",
    "Sébastien Faure",
    "s.faure@faure-btp.fr",
    "copy_request",
    False,
    2,
    """
Bonjour,

Pourriez-vous nous transmettre également le PV de réception signé ? Notre comptable en a besoin
pour passer la facture.

Merci
S. Faure
""",
    quote="gmail",
    client_lang="fr",
    notes="Asks for a document to be sent.",
)

R(
    "bq",
    "RG25-00526",
    970.0,
    "reminder_1",
    "de",
    "de",
    "2026-04-13T10:40:00+02:00",
    "Sandra Bühlmann",
    "s.buehlmann@buehlmann-treuhand.ch",
    "copy_request",
    False,
    2,
    """
Grüezi

Wir sind von Papierrechnungen auf E-Rechnung umgestiegen. Könnten Sie die Rechnung bitte als
PDF an rechnungen@buehlmann-treuhand.ch schicken?

Danke und Gruss
Sandra Bühlmann
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="",
)

R(
    "tv",
    "TV/25/0440",
    1560.0,
    "reminder_1",
    "en",
    "en",
    "2026-04-14T16:20:00+02:00",
    "Helen Brooks",
    "helen.brooks@brooks-spa.co.uk",
    "copy_request",
    False,
    2,
    """
Hi,

I don't seem to have this invoice anywhere - could you send me a copy please? I'll get it paid once
I have it.

Helen
""",
    quote="gmail",
    client_lang="en",
    notes="'once I have it' gives no date.",
)

# acknowledgement, batch 2

R(
    "lx",
    "LX-2025/188",
    1890.0,
    "invoice",
    "de",
    "de",
    "2026-04-15T08:15:00+02:00",
    "Monika Lehmann",
    "m.lehmann@lehmann-verlag.ch",
    "acknowledgement",
    False,
    1,
    """
Besten Dank, ist angekommen und zur Visierung weitergeleitet.

Mit freundlichen Grüssen
Monika Lehmann

Diese Nachricht ist vertraulich. Sollten Sie nicht der vorgesehene Empfänger sein, so bitten wir Sie,
die Nachricht zu löschen. Jede unbefugte Verwendung kann rechtliche Schritte nach sich ziehen.
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="Legal words only in the disclaimer.",
)

R(
    "mr",
    "F25-0836",
    860.0,
    "invoice",
    "fr",
    "fr",
    "2026-04-16T12:50:00+02:00",
    "Jacques Renaud",
    "jacques.renaud@gmail.com",
    "acknowledgement",
    False,
    1,
    """
Reçu, merci beaucoup et bravo pour le travail, la bibliothèque est superbe !

Jacques
""",
    quote="apple",
    mailer=IPHONE,
    client_lang="fr",
    notes="",
)

R(
    "tv",
    "TV/25/0443",
    2210.0,
    "invoice",
    "it",
    "it",
    "2026-04-17T09:05:00+02:00",
    "Sara Pedroni",
    "amministrazione@pedroni-hotel.ch",
    "acknowledgement",
    False,
    1,
    """
Buongiorno,

confermiamo la ricezione della fattura, che è stata inoltrata all'ufficio contabilità.

Cordiali saluti
Sara Pedroni
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="R:",
    client_lang="it",
    notes="",
)

# auto_reply, batch 2

R(
    "bq",
    "RG25-00529",
    1640.0,
    "reminder_1",
    "de",
    "de",
    "2026-04-20T06:30:00+02:00",
    "Thomas Achermann",
    "t.achermann@achermann-bau.ch",
    "auto_reply",
    False,
    1,
    """
Besten Dank für Ihre E-Mail. Ich bin zurzeit nicht im Büro und ab dem 27. April wieder erreichbar.
Ihre E-Mail wird nicht automatisch weitergeleitet.

Thomas Achermann
""",
    quote="none",
    mailer=OUTLOOK,
    notes="Out of office without headers, ordinary subject.",
)

R(
    "lx",
    "LX-2025/191",
    2780.0,
    "reminder_2",
    "en",
    "en",
    "2026-04-21T07:00:00+02:00",
    "Accounts Payable",
    "ap@meridian-group.com",
    "auto_reply",
    False,
    1,
    """
Thank you for contacting Meridian Group Accounts Payable.

This mailbox is monitored Monday to Friday. Invoices are processed within 10 business days of
receipt. For payment status enquiries please use our supplier portal.

This is an automated response.
""",
    quote="none",
    mailer="Salesforce",
    subject="Automatic reply: Second reminder: invoice LX-2025/191 overdue",
    headers={"Auto-Submitted": "auto-replied"},
    notes="AP mailbox auto-response.",
)

# other, batch 2

R(
    "mr",
    "F25-0839",
    1150.0,
    "invoice",
    "fr",
    "fr",
    "2026-04-22T15:35:00+02:00",
    "Véronique Michaud",
    "v.michaud@michaud-deco.fr",
    "other",
    False,
    2,
    """
Bonjour Nathalie,

Petite question sans rapport : est-ce que vous pourriez me conseiller un vernis pour l'escalier
extérieur ? Celui de l'an dernier commence à griser.

Merci !
Véronique
""",
    quote="gmail",
    client_lang="fr",
    notes="Unrelated question.",
)

R(
    "tv",
    "TV/25/0446",
    1920.0,
    "reminder_1",
    "de",
    "en",
    "2026-04-23T04:12:00+02:00",
    "Daniel Huber",
    "d.huber@huber-consulting.ch",
    "other",
    False,
    1,
    """
Hello,

Please review the updated payment information in the attached secure file and confirm by clicking
the link below:

https://example.net/docs/secure-view?ref=TV25

Thanks,
Daniel
""",
    quote="none",
    mailer=OUTLOOK,
    re="AW:",
    notes="Phishing from a hijacked mailbox.",
)

R(
    "bq",
    "RG25-00532",
    1390.0,
    "reminder_1",
    "de",
    "de",
    "2026-04-24T10:25:00+02:00",
    "Lea Gut",
    "lea.gut@gut-design.ch",
    "other",
    False,
    2,
    """
Guten Tag

Diese Mail ist wohl bei mir falsch gelandet – ich bin nicht Frau Gut von der Gut AG, sondern
Lea Gut, Grafikerin in Zug. Bitte korrigieren Sie Ihre Adressliste.

Gruss
Lea Gut
""",
    quote="apple",
    mailer=APPLE,
    re="AW:",
    notes="Wrong recipient (namesake).",
)

# ----------------------------------------------------------------------------------------------
# third batch (more_137 onwards), written after the second round of rules, before looking at
# the reader's answers on it
# ----------------------------------------------------------------------------------------------

R(
    "lx",
    "LX-2025/193",
    3200.0,
    "invoice",
    "en",
    "en",
    "2026-04-02T10:20:00+02:00",
    "Fiona Gallagher",
    "fiona.gallagher@kestrel-bio.ch",
    "contestation",
    True,
    3,
    """
Hi Olivier,

The invoice includes two days of on-site interpreting (CHF 1,600 per day), but the second day was
called off by us two weeks in advance, as agreed in your terms. Could you remove it?

Thanks,
Fiona
""",
    amount=1600.0,
    quote="gmail",
    client_lang="en",
    notes="A cancelled day billed: one day rate.",
)

R(
    "bq",
    "RG25-00535",
    2185.0,
    "invoice",
    "de",
    "de",
    "2026-04-03T08:40:00+02:00",
    "Bruno Lustenberger",
    "b.lustenberger@lustenberger-hof.ch",
    "contestation",
    True,
    3,
    """
Grüezi

Position 3 (Entsorgung Altgerät, CHF 180.-) war nicht Teil des Auftrags – das alte Gerät haben wir
selber zur Sammelstelle gebracht. Bitte streichen.

Gruss B. Lustenberger
""",
    amount=180.0,
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="One line contested.",
)

R(
    "lx",
    "LX-2025/195",
    1840.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-04-06T14:05:00+02:00",
    "Corinne Dumas",
    "c.dumas@dumas-fiduciaire.ch",
    "contestation",
    True,
    3,
    """
Bonjour Monsieur Chappuis,

Nous avons un souci avec cette facture : la relecture par un second traducteur n'était pas prévue
dans votre offre et nous ne l'avons jamais demandée. Merci de retirer ce poste (CHF 440.-) et de
nous renvoyer la facture.

Meilleures salutations
Corinne Dumas
""",
    amount=440.0,
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    notes="Unrequested service line.",
)

R(
    "tv",
    "TV/25/0449",
    2760.0,
    "reminder_1",
    "it",
    "it",
    "2026-04-07T09:00:00+02:00",
    "Giovanni Lepori",
    "g.lepori@hotel-belvedere-lugano.ch",
    "contestation",
    True,
    3,
    """
Buongiorno signora Bernasconi,

il lavoro non è stato completato: mancano ancora le tende della sala colazioni, che erano comprese
nell'ordine. Pagheremo la fattura quando avremo ricevuto tutto.

Cordiali saluti
Giovanni Lepori
""",
    amount=2760.0,
    quote="outlook",
    mailer=OUTLOOK,
    re="R:",
    client_lang="it",
    notes="Incomplete delivery; whole invoice withheld until complete.",
)

R(
    "mr",
    "F25-0842",
    3120.0,
    "reminder_2",
    "fr",
    "fr",
    "2026-04-08T21:45:00+02:00",
    "Patrick Bonnet",
    "patrick.bonnet@sfr.fr",
    "contestation",
    True,
    5,
    """
C'est une blague ? Vous nous comptez 3 jours de chantier alors que votre équipe n'est venue que
2 jours, et en plus vous ajoutez des pénalités. Si je ne reçois pas une facture corrigée cette
semaine, je saisis le médiateur de la consommation et je raconte tout sur les réseaux.

P. Bonnet
""",
    quote="apple",
    mailer=IPHONE,
    client_lang="fr",
    notes="Days contested without a rate; threat of a mediator and social networks.",
)

R(
    "bq",
    "RG25-00538",
    1650.0,
    "reminder_1",
    "de",
    "de",
    "2026-04-09T11:30:00+02:00",
    "Doris Widmer",
    "doris.widmer@widmer-beck.ch",
    "contestation",
    True,
    3,
    """
Guten Tag

Das ist deutlich mehr als besprochen. Herr Frei hat am Telefon von rund CHF 1'200.- gesprochen.
Bitte schauen Sie sich das nochmals an.

Freundliche Grüsse
Doris Widmer
""",
    amount=450.0,
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="Invoiced 1650 vs about 1200 discussed → 450.",
)

R(
    "tv",
    "TV/25/0452",
    640.0,
    "invoice",
    "en",
    "en",
    "2026-04-10T16:10:00+02:00",
    "Nora Lind",
    "nora.lind@lindberg-events.com",
    "contestation",
    True,
    3,
    """
Hi,

We only rented the table linen for the Saturday, yet we've been charged for the whole weekend
(3 days). Please adjust to one day.

Nora
""",
    quote="gmail",
    client_lang="en",
    notes="Duration contested, rate not stated.",
)

R(
    "lx",
    "LX-2025/198",
    1320.0,
    "reminder_1",
    "de",
    "mixed",
    "2026-04-13T09:15:00+02:00",
    "Marc Schneider",
    "m.schneider@schneider-law.ch",
    "contestation",
    True,
    3,
    """
Hello Mr Chappuis,

sorry for the English – wir haben die Übersetzung erst am 2. April erhalten statt am 20. März wie
vereinbart. Because of the delay we had to hire an urgent service elsewhere. We think a reduction
of 50 % is fair.

Best regards / Freundliche Grüsse
Marc Schneider
""",
    amount=660.0,
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="English and German; late delivery, 50 % reduction asked (660).",
)

R(
    "mr",
    "F25-0845",
    1780.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-04-14T10:50:00+02:00",
    "Émilie Robin",
    "emilie.robin@robin-kine.fr",
    "contestation",
    True,
    3,
    """
Bonjour,

Je ne refuse pas de payer, mais seulement ce qui a été fait : la porte du cabinet n'a jamais été
posée (elle est toujours dans votre atelier d'après votre collègue). Elle est facturée 690 €.

Cordialement,
Émilie Robin
""",
    amount=690.0,
    quote="thunderbird",
    mailer=TB,
    client_lang="fr",
    notes="Negation opener ('je ne refuse pas de payer'); one item never installed.",
)

R(
    "bq",
    "RG25-00541",
    980.0,
    "reminder_1",
    "de",
    "en",
    "2026-04-15T13:30:00+02:00",
    "Kevin Walsh",
    "kevin.walsh@walsh-fintech.ch",
    "contestation",
    True,
    3,
    """
Hi,

I don't mind paying for the parts, but the labour charge of CHF 450 is way more than the
2 hours your guy spent here. At your own rate of CHF 120/h that's CHF 240.

Kevin
""",
    amount=210.0,
    quote="gmail",
    client_lang="en",
    notes="Labour 450 billed vs 2 h × 120 = 240: the difference 210.",
)

# invoice_error, batch 3

R(
    "tv",
    "TV/25/0455",
    3480.0,
    "invoice",
    "en",
    "en",
    "2026-04-16T08:55:00+02:00",
    "Olga Petrova",
    "olga.petrova@grandhotel-ascona.ch",
    "invoice_error",
    True,
    3,
    """
Dear Chiara,

Please note our company name changed to Grand Hotel Ascona Holding SA as of 1 January. The invoice
needs to show the new name, otherwise our auditors will reject it.

Kind regards,
Olga Petrova
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    notes="Company renamed.",
)

R(
    "bq",
    "RG25-00544",
    2290.0,
    "invoice",
    "de",
    "de",
    "2026-04-17T10:05:00+02:00",
    "Heinz Brunner",
    "heinz.brunner@brunner-elektro.ch",
    "invoice_error",
    True,
    3,
    """
Guten Tag

Auf der Rechnung fehlt unsere UID (CHE-112.334.556 MWST). Ohne diese Angabe gibt unser Treuhänder
keinen Vorsteuerabzug frei. Bitte ergänzen und nochmals zustellen.

Gruss
Heinz Brunner
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="Missing VAT number of the customer.",
)

R(
    "mr",
    "F25-0848",
    1560.0,
    "invoice",
    "fr",
    "fr",
    "2026-04-20T09:25:00+02:00",
    "Sylvain Carré",
    "s.carre@carre-conseil.fr",
    "invoice_error",
    True,
    3,
    """
Bonjour Nathalie,

Petite correction : la facture doit être libellée au nom de ma société, Carré Conseil SARL (SIRET
845 221 009 00027), et non à mon nom personnel. Merci !

Sylvain
""",
    quote="gmail",
    client_lang="fr",
    notes="Issued to the person instead of the company.",
)

R(
    "lx",
    "LX-2025/201",
    2640.0,
    "reminder_1",
    "it",
    "it",
    "2026-04-21T14:40:00+02:00",
    "Alessandra Galli",
    "a.galli@galli-farmaceutici.ch",
    "invoice_error",
    True,
    3,
    """
Buongiorno,

la fattura non può essere pagata perché manca il nostro numero d'ordine interno (OA-2026-0193),
obbligatorio per tutti i fornitori. Vi preghiamo di inviarci una fattura completa.

Distinti saluti
Alessandra Galli
Contabilità fornitori
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="R:",
    client_lang="it",
    notes="Missing PO.",
)

# already_paid, batch 3

R(
    "lx",
    "LX-2025/203",
    760.0,
    "reminder_1",
    "en",
    "en",
    "2026-04-22T12:00:00+02:00",
    "Jake Morrison",
    "jake@morrison-films.com",
    "already_paid",
    True,
    3,
    """
Hi, that's been paid - should be on your account since last Tuesday. Let me know if not.

Jake
""",
    quote="gmail",
    client_lang="en",
    notes="",
)

R(
    "bq",
    "RG25-00547",
    1420.0,
    "reminder_2",
    "de",
    "de",
    "2026-04-23T09:50:00+02:00",
    "Rita Amstutz",
    "rita.amstutz@amstutz-garage.ch",
    "already_paid",
    True,
    3,
    """
Guten Tag

Das haben wir doch längst erledigt, siehe Zahlungsauftrag vom 2. April im Anhang. Die Mahngebühr
akzeptieren wir deshalb nicht.

Freundliche Grüsse
Rita Amstutz
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    attachments=[("pdf", "Zahlungsauftrag.pdf")],
    notes="Paid with proof; fee refused as a consequence.",
)

R(
    "mr",
    "F25-0851",
    980.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-04-24T18:15:00+02:00",
    "Lucie Garnier",
    "lucie.garnier@laposte.net",
    "already_paid",
    True,
    3,
    """
Bonsoir,

Le paiement a été fait par carte au téléphone avec votre secrétaire le 3 avril, j'ai même reçu le
ticket par mail. Pouvez-vous vérifier ?

Lucie Garnier
""",
    quote="none",
    mailer=ORANGE,
    notes="Paid by card by phone.",
)

R(
    "tv",
    "TV/25/0458",
    1195.0,
    "reminder_1",
    "it",
    "it",
    "2026-04-27T10:30:00+02:00",
    "Paolo Rigamonti",
    "p.rigamonti@rigamonti-bar.ch",
    "already_paid",
    True,
    3,
    """
Buongiorno,

abbiamo versato l'importo il 17 aprile con TWINT, come indicato sulla fattura. Vi allego lo
screenshot.

Saluti
Paolo Rigamonti
""",
    quote="apple",
    mailer=IPHONE,
    client_lang="it",
    attachments=[("png", "twint.png")],
    notes="",
)

# delay_request, batch 3

R(
    "tv",
    "TV/25/0461",
    4300.0,
    "reminder_1",
    "en",
    "en",
    "2026-04-28T11:45:00+02:00",
    "Mary O'Neill",
    "mary.oneill@oneill-hospitality.com",
    "delay_request",
    True,
    2,
    """
Hi Chiara,

We're waiting on a grant payment from the canton. Is there any chance we could settle this on
8 May instead?

Thanks so much,
Mary
""",
    pdate="2026-05-08",
    quote="gmail",
    client_lang="en",
    notes="",
)

R(
    "mr",
    "F25-0854",
    2650.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-04-09T09:40:00+02:00",
    "Alain Perrot",
    "alain.perrot@perrot-cuisines.fr",
    "delay_request",
    True,
    2,
    """
Madame,

Suite à un sinistre dans nos locaux, je vous demande un report de paiement au 30 avril. Je vous
remercie par avance de votre compréhension.

A. Perrot
""",
    pdate="2026-04-30",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE :",
    client_lang="fr",
    notes="",
)

R(
    "bq",
    "RG25-00550",
    1870.0,
    "reminder_1",
    "de",
    "de",
    "2026-04-29T16:00:00+02:00",
    "Silvan Rüegg",
    "silvan.rueegg@rueegg-malerei.ch",
    "delay_request",
    False,
    2,
    """
Guten Tag

Wir sind im Moment knapp bei Kasse. Ich melde mich, sobald es wieder geht. Danke für Ihr Verständnis.

Silvan Rüegg
""",
    quote="none",
    mailer=OX,
    notes="Vague.",
)

R(
    "lx",
    "LX-2025/205",
    1100.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-04-08T13:20:00+02:00",
    "Joël Maillard",
    "joel.maillard@maillard-menuiserie.ch",
    "delay_request",
    True,
    2,
    """
Salut Olivier,

Est-ce que ça joue si je paie à la fin du mois prochain ? Gros chantier en cours, les acomptes
arrivent seulement en mai.

Merci et bonne journée
Joël
""",
    pdate="2026-05-31",
    quote="gmail",
    client_lang="fr",
    notes="Swiss French 'ça joue'.",
)

# payment_promise, batch 3

R(
    "mr",
    "F25-0857",
    890.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-04-16T17:30:00+02:00",
    "Nicolas Fontaine",
    "n.fontaine@fontaine-plomberie.fr",
    "payment_promise",
    False,
    1,
    """
Bonjour, désolé pour l'oubli, je vous fais le virement lundi.
Nicolas
""",
    pdate="2026-04-20",
    quote="none",
    mailer=ORANGE,
    notes="",
)

R(
    "bq",
    "RG25-00553",
    2340.0,
    "reminder_1",
    "de",
    "de",
    "2026-04-14T08:20:00+02:00",
    "Priska Egli",
    "p.egli@egli-floristik.ch",
    "payment_promise",
    False,
    1,
    """
Grüezi Frau Imhof

Besten Dank für die Erinnerung. Wir überweisen am 25.

Freundliche Grüsse
Priska Egli
""",
    pdate="2026-04-25",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="",
)

R(
    "tv",
    "TV/25/0464",
    1530.0,
    "reminder_1",
    "it",
    "it",
    "2026-04-22T10:00:00+02:00",
    "Davide Sala",
    "davide.sala@sala-ristoranti.ch",
    "payment_promise",
    False,
    1,
    """
Ciao Chiara, scusa il ritardo. Pago lunedì prossimo senza fallo.
Davide
""",
    pdate="2026-04-27",
    quote="apple",
    mailer=IPHONE,
    client_lang="it",
    notes="",
)

R(
    "lx",
    "LX-2025/207",
    480.0,
    "reminder_1",
    "en",
    "en",
    "2026-04-21T19:05:00+02:00",
    "Sam Taylor",
    "sam@taylor-design.co",
    "payment_promise",
    False,
    1,
    """
will pay friday, sorry

sent from my phone
""",
    pdate="2026-04-24",
    quote="none",
    mailer=IPHONE,
    notes="Terse lower case.",
)

R(
    "bq",
    "RG25-00556",
    1760.0,
    "reminder_1",
    "de",
    "de",
    "2026-03-26T15:45:00+01:00",
    "Felix Baumann",
    "f.baumann@baumann-sanitaer.ch",
    "payment_promise",
    False,
    1,
    """
Guten Tag

Ich habe die Zahlung soeben im E-Banking erfasst, Ausführung am 28.3.

Gruss
Felix Baumann
""",
    pdate="2026-03-28",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="Entered today, executed on a future date: a promise, not 'already paid'.",
)

# copy_request, batch 3

R(
    "tv",
    "TV/25/0467",
    2980.0,
    "reminder_1",
    "en",
    "en",
    "2026-04-23T09:10:00+02:00",
    "Grace Kim",
    "grace.kim@kim-boutique-hotels.com",
    "copy_request",
    False,
    2,
    """
Hi Chiara,

Before we pay, could you send us a statement of all open items on our account? I think there are
a couple of credit notes we haven't matched yet.

Grace
""",
    quote="gmail",
    client_lang="en",
    notes="Asks for an account statement.",
)

R(
    "bq",
    "RG25-00559",
    1290.0,
    "reminder_1",
    "de",
    "de",
    "2026-04-24T11:25:00+02:00",
    "Andrea Hofer",
    "andrea.hofer@hofer-kosmetik.ch",
    "copy_request",
    False,
    2,
    """
Guten Tag

Die PDF-Datei lässt sich bei mir nicht öffnen. Können Sie sie nochmals senden?

Danke
Andrea Hofer
""",
    quote="apple",
    mailer=APPLE,
    re="AW:",
    notes="",
)

# acknowledgement, batch 3

R(
    "lx",
    "LX-2025/209",
    1650.0,
    "invoice",
    "en",
    "en",
    "2026-04-27T08:00:00+02:00",
    "Tom Becker",
    "tom.becker@becker-partners.ch",
    "acknowledgement",
    False,
    1,
    """
Noted with thanks.

Tom Becker
Becker & Partners
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    notes="",
)

R(
    "tv",
    "TV/25/0470",
    720.0,
    "invoice",
    "it",
    "it",
    "2026-04-28T12:30:00+02:00",
    "Rosa Ferretti",
    "rosa.ferretti@ferretti-pasticceria.ch",
    "acknowledgement",
    False,
    1,
    """
Ok, grazie mille!

Rosa
""",
    quote="gmail",
    client_lang="it",
    notes="",
)

R(
    "bq",
    "RG25-00562",
    1980.0,
    "reminder_1",
    "de",
    "de",
    "2026-04-29T09:35:00+02:00",
    "Ernst Gerber",
    "ernst.gerber@gerber-agro.ch",
    "acknowledgement",
    False,
    1,
    """
Danke für die Erinnerung, ich schaue es mir an.

E. Gerber
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="Looks into it: nothing promised.",
)

# auto_reply, batch 3

R(
    "mr",
    "F25-0860",
    2210.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-04-30T07:10:00+02:00",
    "Audrey Meunier",
    "audrey.meunier@meunier-archi.fr",
    "auto_reply",
    False,
    1,
    """
Bonjour,

Je suis en congé maternité jusqu'au 1er juin. Pour toute question comptable, merci d'écrire à
compta@meunier-archi.fr.

Audrey Meunier
""",
    quote="none",
    mailer=OUTLOOK,
    notes="No header, ordinary subject.",
)

# other, batch 3

R(
    "lx",
    "LX-2025/211",
    980.0,
    "reminder_1",
    "en",
    "en",
    "2026-04-30T10:45:00+02:00",
    "Ian Fraser",
    "ian.fraser@fraser-analytics.com",
    "other",
    False,
    2,
    """
Hello,

I no longer work at Fraser Analytics. For invoices please contact finance@fraser-analytics.com.

Ian
""",
    quote="none",
    mailer=OUTLOOK,
    re="RE:",
    notes="Left the company, points to another address (not a request to re-send the invoice).",
)

R(
    "mr",
    "F25-0863",
    1340.0,
    "invoice",
    "fr",
    "fr",
    "2026-05-04T03:30:00+02:00",
    "Denis Leroy",
    "denis.leroy@leroy-immo.fr",
    "other",
    False,
    1,
    """
Vous avez reçu un document à signer via DocuSign.

CONSULTER LE DOCUMENT : https://example.net/docusign/envelope?id=5512

Ce message a été envoyé par Denis Leroy.
""",
    quote="none",
    mailer=OUTLOOK,
    re="RE :",
    notes="Phishing.",
)

# ----------------------------------------------------------------------------------------------
# fourth batch (more_172 onwards), written after the third round of rules, before looking at the
# reader's answers on it
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "RG25-00565",
    1460.0,
    "invoice",
    "de",
    "de",
    "2026-05-04T09:10:00+02:00",
    "Josef Kälin",
    "josef.kaelin@kaelin-landtechnik.ch",
    "contestation",
    True,
    3,
    """
Grüezi mitenand

Sie haben uns den Wochenendtarif verrechnet, der Einsatz war aber am Freitagnachmittag. Laut Ihrer
Preisliste macht das pro Stunde Fr. 45.- Unterschied, bei 4 Stunden also Fr. 180.-.

Bitte um Korrektur.
Josef Kälin
""",
    amount=180.0,
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="Wrong tariff; 4 h × 45.",
)

R(
    "mr",
    "F25-0866",
    2340.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-05-05T14:30:00+02:00",
    "Brigitte Lacroix",
    "brigitte.lacroix@orange.fr",
    "contestation",
    True,
    3,
    """
Bonjour,

Nous vous avons retourné les deux chaises défectueuses le 10 avril (bon de retour n° R-5521), elles
ne devraient donc plus figurer sur la facture. Cela représente 460 € TTC.

Merci de faire le nécessaire.
B. Lacroix
""",
    amount=460.0,
    quote="gmail",
    client_lang="fr",
    notes="Returned goods still billed.",
)

R(
    "tv",
    "TV/25/0473",
    5120.0,
    "reminder_2",
    "it",
    "it",
    "2026-05-06T10:05:00+02:00",
    "Franco Delmenico",
    "f.delmenico@delmenico-hotels.ch",
    "contestation",
    True,
    4,
    """
Spettabile Tessiture Verbano,

le tovaglie sono arrivate macchiate e strappate in più punti, come documentato nelle foto inviate il
22 aprile. Non intendiamo saldare una fornitura in queste condizioni e respingiamo anche le spese di
sollecito.

Distinti saluti
Franco Delmenico
""",
    amount=5140.0,
    quote="outlook",
    mailer=OUTLOOK,
    re="R:",
    client_lang="it",
    notes="Damaged goods, refusal (4); reminder fee CHF 20 contested too: 5120 + 20.",
)

R(
    "lx",
    "LX-2025/214",
    1870.0,
    "reminder_1",
    "en",
    "en",
    "2026-05-07T16:45:00+02:00",
    "Peter Novak",
    "peter.novak@novak-engineering.cz",
    "contestation",
    True,
    3,
    """
Dear Mr Chappuis,

We accept three of the four documents. The fourth one (user manual, CHF 520) was translated from an
outdated version although we sent you the current one on 2 March, so it is of no use to us.

Regards,
Peter Novak
""",
    amount=520.0,
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    notes="Partial acceptance.",
)

R(
    "bq",
    "RG25-00568",
    3890.0,
    "reminder_1",
    "de",
    "de",
    "2026-05-08T08:25:00+02:00",
    "Monika Frei",
    "monika.frei@frei-immobilien.ch",
    "contestation",
    True,
    3,
    """
Guten Tag Frau Imhof

Ihr Monteur hat beim Austausch der Heizungspumpe die Wand im Keller beschädigt. Die Reparatur durch
den Maler kostet uns CHF 650.-. Wir werden diesen Betrag von Ihrer Rechnung abziehen und den Rest
überweisen.

Freundliche Grüsse
Monika Frei
""",
    amount=650.0,
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="Damage offset against the invoice; the rest is paid without date.",
)

R(
    "mr",
    "F25-0869",
    1980.0,
    "reminder_2",
    "fr",
    "fr",
    "2026-05-11T11:50:00+02:00",
    "Yannick Morin",
    "y.morin@morin-transports.fr",
    "contestation",
    True,
    3,
    """
Bonjour,

Votre facture est arrivée chez nous le 28 avril seulement (cachet de la poste faisant foi), je ne
vois donc pas comment elle peut être en retard. Nous ne réglerons pas l'indemnité de 40 € ni les
pénalités.

Yannick Morin
""",
    amount=40.0,
    quote="thunderbird",
    mailer=TB,
    client_lang="fr",
    notes="Late-payment fee contested because the invoice arrived late; invoice itself not disputed.",
)

R(
    "tv",
    "TV/25/0476",
    1760.0,
    "invoice",
    "en",
    "en",
    "2026-05-12T09:35:00+02:00",
    "Lisa Hartmann",
    "lisa.hartmann@hartmann-gastro.de",
    "contestation",
    True,
    3,
    """
Hello Chiara,

This one should have gone to the Zermatt project, not to our Basel restaurant - and anyway the
napkins for Zermatt were part of the framework order at the old price (CHF 1.20 instead of 1.60 a
piece). Could you check and reissue?

Lisa
""",
    quote="gmail",
    client_lang="en",
    notes="Price contested (and wrong project); the quantity is not stated so no amount.",
)

# invoice_error, batch 4

R(
    "lx",
    "LX-2025/217",
    2150.0,
    "invoice",
    "fr",
    "fr",
    "2026-05-13T13:15:00+02:00",
    "Nathalie Bron",
    "n.bron@bron-avocats.ch",
    "invoice_error",
    True,
    3,
    """
Bonjour,

La facture est adressée à notre ancienne adresse de la rue du Midi ; depuis mars nous sommes au
Chemin de Roseneck 6, 1006 Lausanne. Pourriez-vous l'établir à nouveau ?

Meilleures salutations
Nathalie Bron
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    notes="Old address.",
)

R(
    "bq",
    "RG25-00571",
    1320.0,
    "reminder_1",
    "de",
    "de",
    "2026-05-14T10:40:00+02:00",
    "Kurt Baumgartner",
    "kurt.baumgartner@bg-verwaltung.ch",
    "invoice_error",
    True,
    4,
    """
Guten Tag

Unsere Bestellnummer 45-2026-118 fehlt auf der Rechnung. Unser System lässt keine Zahlung ohne
Bestellnummer zu. Der nächste Zahlungslauf ist am 22. Mai – bitte senden Sie uns bis dann eine
korrigierte Rechnung.

Gruss
Kurt Baumgartner
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="Missing PO with a payment-run deadline (4).",
)

R(
    "mr",
    "F25-0872",
    2760.0,
    "invoice",
    "en",
    "en",
    "2026-05-15T15:20:00+02:00",
    "Oliver Brandt",
    "oliver.brandt@brandt-holidays.co.uk",
    "invoice_error",
    True,
    3,
    """
Hi Nathalie,

The invoice is dated 15 April but the work was done in May - our accountant needs the correct date
and our UK VAT number (GB 312 5567 88) on it. Could you send a corrected version?

Thanks, Oliver
""",
    quote="gmail",
    client_lang="en",
    notes="Wrong date and missing VAT number.",
)

# already_paid, batch 4

R(
    "tv",
    "TV/25/0479",
    890.0,
    "reminder_1",
    "de",
    "de",
    "2026-05-18T09:00:00+02:00",
    "Erika Gisler",
    "erika.gisler@gisler-hotel.ch",
    "already_paid",
    True,
    3,
    """
Grüezi Frau Bernasconi

Wir haben den Betrag mit Ihrer Gutschrift Nr. TV/25/0466 verrechnet, wie mit Ihrem Aussendienst
besprochen. Damit ist die Rechnung aus unserer Sicht erledigt.

Freundliche Grüsse
Erika Gisler
""",
    mentions=["TV/25/0466"],
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="Settled by offset against a credit note.",
)

R(
    "bq",
    "RG25-00574",
    420.0,
    "reminder_1",
    "de",
    "de",
    "2026-05-19T19:30:00+02:00",
    "Hans Ulrich",
    "hans.ulrich@gmx.ch",
    "already_paid",
    True,
    3,
    """
Ich habe Ihrem Monteur nach der Reparatur 420 Franken bar gegeben, er hat mir sogar eine Quittung
geschrieben.

H. Ulrich
""",
    quote="none",
    mailer=ORANGE,
    notes="Paid cash to the technician.",
)

R(
    "lx",
    "LX-2025/220",
    1650.0,
    "reminder_1",
    "en",
    "en",
    "2026-05-20T08:50:00+02:00",
    "Anna Schmidt",
    "a.schmidt@schmidt-pharma.ch",
    "already_paid",
    True,
    3,
    """
Good morning,

This invoice was included in our payment of 14 May (total CHF 8,420.50, together with LX-2025/212
and LX-2025/216). Please check your bank statement.

Best regards
Anna Schmidt
""",
    mentions=["LX-2025/212", "LX-2025/216"],
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    notes="Grouped payment.",
)

# delay_request, batch 4

R(
    "mr",
    "F25-0875",
    4250.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-05-21T10:10:00+02:00",
    "Christophe Blanc",
    "c.blanc@blanc-immobilier.fr",
    "delay_request",
    True,
    2,
    """
Madame Roche,

Nous attendons le versement de l'assurance suite au dégât des eaux, prévu le 15 juin. Pourrions-nous
régler votre facture à ce moment-là ?

Bien à vous
C. Blanc
""",
    pdate="2026-06-15",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE :",
    client_lang="fr",
    notes="",
)

R(
    "tv",
    "TV/25/0482",
    3600.0,
    "reminder_1",
    "en",
    "en",
    "2026-05-22T14:55:00+02:00",
    "Tom Richards",
    "tom@richards-hostels.com",
    "delay_request",
    False,
    2,
    """
Hi Chiara,

Would it be possible to pay this in three monthly instalments? Let me know and I'll set it up.

Tom
""",
    quote="gmail",
    client_lang="en",
    notes="Instalments without a date: no pause.",
)

R(
    "bq",
    "RG25-00577",
    2190.0,
    "reminder_2",
    "de",
    "de",
    "2026-05-26T11:05:00+02:00",
    "Andreas Fuchs",
    "a.fuchs@fuchs-gartenbau.ch",
    "delay_request",
    True,
    2,
    """
Guten Tag

Ich bitte Sie um Zahlungsaufschub bis 30. Juni. Der Mai war wegen des Wetters ein schwieriger Monat.

Mit freundlichen Grüssen
Andreas Fuchs
""",
    pdate="2026-06-30",
    quote="none",
    mailer=OX,
    notes="",
)

# payment_promise, batch 4

R(
    "lx",
    "LX-2025/223",
    980.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-05-27T09:15:00+02:00",
    "Émile Gaudin",
    "emile.gaudin@gaudin-sa.ch",
    "payment_promise",
    False,
    1,
    """
Bonjour,

Le paiement est prévu pour le 5 juin.

Meilleures salutations
É. Gaudin
""",
    pdate="2026-06-05",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    notes="",
)

R(
    "tv",
    "TV/25/0485",
    1420.0,
    "reminder_1",
    "it",
    "it",
    "2026-05-28T12:20:00+02:00",
    "Marisa Cavadini",
    "m.cavadini@cavadini-albergo.ch",
    "payment_promise",
    False,
    1,
    """
Buongiorno,

il pagamento è programmato per il 10 giugno. Ci scusiamo per il ritardo.

Marisa Cavadini
""",
    pdate="2026-06-10",
    quote="outlook",
    mailer=OUTLOOK,
    re="R:",
    client_lang="it",
    notes="",
)

R(
    "bq",
    "RG25-00580",
    1875.0,
    "reminder_1",
    "de",
    "de",
    "2026-05-29T08:05:00+02:00",
    "Stefan Gut",
    "s.gut@gut-holzbau.ch",
    "payment_promise",
    False,
    1,
    """
Guten Morgen

Wird mit unserem nächsten Zahlungslauf am 5. Juni beglichen.

Gruss Stefan Gut
""",
    pdate="2026-06-05",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="",
)

R(
    "mr",
    "F25-0878",
    760.0,
    "reminder_1",
    "en",
    "en",
    "2026-06-01T17:40:00+02:00",
    "Ruth Ellis",
    "ruth.ellis@ellis-lodges.co.uk",
    "payment_promise",
    False,
    1,
    """
So sorry Nathalie - I'll sort it out first thing tomorrow morning.

Ruth
""",
    pdate="2026-06-02",
    quote="gmail",
    client_lang="en",
    notes="'sort it out' = pay tomorrow.",
)

# copy_request, batch 4

R(
    "lx",
    "LX-2025/226",
    2480.0,
    "invoice",
    "de",
    "de",
    "2026-06-02T10:30:00+02:00",
    "Daniel Meier",
    "kreditoren@meier-gruppe.ch",
    "copy_request",
    False,
    2,
    """
Guten Tag

Wir verarbeiten Rechnungen nur noch als eBill. Können Sie uns die Rechnung bitte über eBill
zustellen? Unsere eBill-ID ist 41100000123456789.

Freundliche Grüsse
Daniel Meier
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="",
)

R(
    "mr",
    "F25-0881",
    1240.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-06-03T15:00:00+02:00",
    "Rachel Dumont",
    "rachel.dumont@gmail.com",
    "copy_request",
    False,
    2,
    """
Bonjour, je n'ai pas de RIB pour faire le virement, vous pouvez me l'envoyer ? Merci
""",
    quote="apple",
    mailer=IPHONE,
    client_lang="fr",
    notes="Asks for bank details.",
)

# acknowledgement, batch 4

R(
    "mr",
    "F25-0884",
    3100.0,
    "invoice",
    "fr",
    "fr",
    "2026-06-04T08:30:00+02:00",
    "Paul Vasseur",
    "paul.vasseur@vasseur-architectes.fr",
    "acknowledgement",
    False,
    1,
    """
Merci, bien noté, on s'en occupe.

Paul
""",
    quote="gmail",
    client_lang="fr",
    notes="",
)

R(
    "tv",
    "TV/25/0488",
    980.0,
    "invoice",
    "it",
    "it",
    "2026-06-05T11:00:00+02:00",
    "Claudia Pellandini",
    "claudia@pellandini-bnb.ch",
    "acknowledgement",
    False,
    1,
    """
Grazie, passo alla contabilità.

Claudia
""",
    quote="apple",
    mailer=IPHONE,
    client_lang="it",
    notes="",
)

# auto_reply, batch 4

R(
    "bq",
    "RG25-00583",
    2650.0,
    "reminder_1",
    "de",
    "de",
    "2026-06-08T07:00:00+02:00",
    "Ursula Marti",
    "ursula.marti@marti-consulting.ch",
    "auto_reply",
    False,
    1,
    """
Guten Tag

Ich bin ab dem 15. Juni wieder im Büro. Ihre Nachricht wird in dieser Zeit nicht bearbeitet.

Ursula Marti
""",
    quote="none",
    mailer=OUTLOOK,
    subject="Abwesend: Zahlungserinnerung Rechnung RG25-00583",
    headers={"Auto-Submitted": "auto-replied"},
    notes="",
)

R(
    "tv",
    "TV/25/0491",
    1330.0,
    "reminder_1",
    "it",
    "it",
    "2026-06-09T09:00:00+02:00",
    "Servizio clienti",
    "servizio@alberghi-riuniti.ch",
    "auto_reply",
    False,
    1,
    """
Gentile cliente,

la sua richiesta è stata registrata con il numero 2026-06-0912. Le risponderemo al più presto.

Questo è un messaggio generato automaticamente.
""",
    quote="none",
    mailer="Zendesk",
    subject="[Richiesta #2026-06-0912] Promemoria di pagamento fattura TV/25/0491",
    notes="Ticket system in Italian, no auto header.",
)

# other, batch 4

R(
    "lx",
    "LX-2025/229",
    1540.0,
    "invoice",
    "en",
    "en",
    "2026-06-10T13:25:00+02:00",
    "Sophie Laurent",
    "sophie.laurent@laurent-wines.ch",
    "other",
    False,
    2,
    """
Hi Olivier,

Unrelated to the invoice: could you give me a call about a new project? We need our whole website
translated into German and Italian before the autumn.

Sophie
""",
    quote="gmail",
    client_lang="en",
    notes="New project request.",
)

R(
    "bq",
    "RG25-00586",
    980.0,
    "reminder_1",
    "de",
    "de",
    "2026-06-11T02:15:00+02:00",
    "Marco Keller",
    "marco.keller@keller-design.ch",
    "other",
    False,
    1,
    """
Guten Tag

Im Anhang finden Sie die Zahlungsbestätigung. Zum Öffnen melden Sie sich bitte mit Ihrem
Microsoft-Konto an:

https://example.net/login/office365?doc=payment

Freundliche Grüsse
""",
    quote="none",
    mailer=OUTLOOK,
    re="AW:",
    notes="Phishing disguised as a payment confirmation (no attachment, login link).",
)

# ----------------------------------------------------------------------------------------------
# fifth batch (more_200 onwards), written after the fourth round of rules, before looking at the
# reader's answers on it
# ----------------------------------------------------------------------------------------------

R(
    "tv",
    "TV/25/0494",
    2860.0,
    "reminder_1",
    "de",
    "de",
    "2026-06-15T09:20:00+02:00",
    "Beatrice Zollinger",
    "b.zollinger@zollinger-hotel.ch",
    "contestation",
    True,
    3,
    """
Guten Tag Frau Bernasconi

Von den bestellten 60 Duvetbezügen haben wir bis heute nur 45 bekommen, auf der Rechnung stehen
aber alle 60. Die fehlenden 15 Stück à CHF 38.- (= CHF 570.-) zahlen wir erst nach Lieferung.

Freundliche Grüsse
Beatrice Zollinger
""",
    amount=570.0,
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="Short delivery, stated result.",
)

R(
    "mr",
    "F25-0887",
    1650.0,
    "invoice",
    "fr",
    "fr",
    "2026-06-16T18:05:00+02:00",
    "Romain Chauvet",
    "romain.chauvet@free.fr",
    "contestation",
    True,
    3,
    """
Bonsoir Madame Roche,

Je suis surpris : le devis mentionnait 1 200 € pour la réparation du volet, la facture est à
1 650 €. Personne ne m'a prévenu d'un supplément. Je ne peux pas valider ce montant en l'état.

Cordialement
Romain Chauvet
""",
    amount=450.0,
    quote="gmail",
    client_lang="fr",
    notes="Quote 1200 vs invoice 1650.",
)

R(
    "lx",
    "LX-2025/232",
    2400.0,
    "reminder_2",
    "en",
    "en",
    "2026-06-17T11:40:00+02:00",
    "Greg Foster",
    "greg.foster@foster-labs.com",
    "contestation",
    True,
    5,
    """
Olivier,

We've raised the quality issues three times. No reply. Now a second reminder WITH a fee. I'm done -
consider our framework agreement terminated as of today, and our lawyer will be in touch about this
invoice.

Greg Foster
""",
    amount=2400.0,
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    notes="Contract terminated + lawyer.",
)

R(
    "bq",
    "RG25-00589",
    1980.0,
    "reminder_1",
    "de",
    "de",
    "2026-06-18T07:50:00+02:00",
    "Walter Bieri",
    "walter.bieri@bieri-ag.ch",
    "contestation",
    True,
    3,
    """
Morgen

Die Heizung läuft seit Ihrem Besuch schlechter als vorher, der Brenner schaltet dauernd ab. Bevor das
nicht behoben ist, gibt es von uns kein Geld.

W. Bieri
""",
    amount=1980.0,
    quote="apple",
    mailer=IPHONE,
    re="AW:",
    notes="Nothing paid until fixed.",
)

R(
    "tv",
    "TV/25/0497",
    1240.0,
    "invoice",
    "it",
    "it",
    "2026-06-19T15:15:00+02:00",
    "Simona Moretti",
    "simona.moretti@moretti-spa.ch",
    "contestation",
    True,
    3,
    """
Buongiorno,

in fattura sono indicati 40 accappatoi taglia L, ma ne avevamo ordinati 20 L e 20 M e sono
arrivati tutti L. Quelli sbagliati li rimandiamo indietro: vi prego di emettere una nota di credito
per 20 pezzi (CHF 620).

Grazie
Simona Moretti
""",
    amount=620.0,
    quote="gmail",
    client_lang="it",
    notes="Wrong sizes returned.",
)

R(
    "lx",
    "LX-2025/235",
    890.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-06-22T10:25:00+02:00",
    "Frédéric Jaccard",
    "f.jaccard@jaccard-horlogers.ch",
    "contestation",
    True,
    3,
    """
Bonjour,

Nous n'avons jamais reçu la traduction du catalogue, seulement un accusé de commande. Difficile de
payer pour un travail qui ne nous a pas été livré.

Salutations
F. Jaccard
""",
    amount=890.0,
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    notes="Work never delivered.",
)

R(
    "mr",
    "F25-0890",
    3480.0,
    "reminder_1",
    "en",
    "mixed",
    "2026-06-23T13:55:00+02:00",
    "Jean Dupuis",
    "jean.dupuis@dupuis-family.fr",
    "contestation",
    True,
    3,
    """
Hello Madame Roche,

Sorry my English is better than my writing in French these days. The terrace deck has already
several planches qui bougent et deux qui sont fendues. I don't want to pay before you come back
to repair.

Jean Dupuis
""",
    amount=3480.0,
    quote="none",
    mailer=ORANGE,
    notes="English with French words; withheld.",
)

# invoice_error, batch 5

R(
    "bq",
    "RG25-00592",
    2870.0,
    "invoice",
    "de",
    "de",
    "2026-06-24T08:15:00+02:00",
    "Regula Steiner",
    "regula.steiner@steiner-stiftung.ch",
    "invoice_error",
    True,
    3,
    """
Guten Tag

Als gemeinnützige Stiftung sind wir von der MWST nicht befreit, aber die Rechnung lautet auf unsere
Präsidentin persönlich statt auf die Stiftung. Bitte auf "Stiftung Steiner, Haldenstrasse 9, 6006
Luzern" ausstellen.

Danke
Regula Steiner
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="Issued to a person instead of the foundation; VAT sentence is a trap.",
)

R(
    "tv",
    "TV/25/0500",
    1760.0,
    "invoice",
    "en",
    "en",
    "2026-06-25T09:45:00+02:00",
    "Laura Bennett",
    "laura.bennett@bennett-resorts.com",
    "invoice_error",
    True,
    3,
    """
Hi,

The invoice shows our delivery address in Brissago as billing address. Our invoices must go to the
head office: Bennett Resorts SA, Viale Stazione 3, 6500 Bellinzona. Could you correct that?

Best,
Laura
""",
    quote="gmail",
    client_lang="en",
    notes="Billing address wrong.",
)

R(
    "mr",
    "F25-0893",
    2100.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-06-26T14:10:00+02:00",
    "Valentin Roy",
    "v.roy@roy-boulangerie.fr",
    "invoice_error",
    True,
    3,
    """
Bonjour,

Vous nous avez envoyé deux fois la même facture sous deux numéros (F25-0891 et F25-0893). Nous avons
réglé la première. Merci d'annuler la seconde.

V. Roy
""",
    amount=2100.0,
    mentions=["F25-0891", "F25-0893"],
    quote="outlook",
    mailer=OUTLOOK,
    re="RE :",
    client_lang="fr",
    notes="Duplicate.",
)

# already_paid, batch 5

R(
    "lx",
    "LX-2025/238",
    1340.0,
    "reminder_1",
    "de",
    "de",
    "2026-06-29T10:05:00+02:00",
    "Petra Vogt",
    "p.vogt@vogt-kommunikation.ch",
    "already_paid",
    True,
    3,
    """
Hallo Olivier

Die Rechnung ist via Lastschriftverfahren (LSV) am 25. Juni von unserem Konto abgegangen, das müsste
also bei euch eingetroffen sein.

Liebe Grüsse
Petra
""",
    quote="gmail",
    client_lang="de",
    notes="Direct debit.",
)

R(
    "tv",
    "TV/25/0503",
    2230.0,
    "reminder_2",
    "fr",
    "fr",
    "2026-06-30T16:35:00+02:00",
    "Michel Perrenoud",
    "michel.perrenoud@perrenoud-hotellerie.ch",
    "already_paid",
    True,
    3,
    """
Madame,

Votre rappel m'étonne : j'ai sous les yeux l'avis de débit de ma banque, CHF 2'230.- versés le
12 juin en faveur de Tessiture Verbano SA. Je vous le transmets en annexe.

M. Perrenoud
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    attachments=[("pdf", "avis_debit.pdf")],
    notes="Debit advice as proof.",
)

R(
    "bq",
    "RG25-00595",
    760.0,
    "reminder_1",
    "de",
    "en",
    "2026-07-01T11:15:00+02:00",
    "Ana Costa",
    "ana.costa@costa-cleaning.ch",
    "already_paid",
    True,
    3,
    """
Hello,

I paid this at the counter of the Post on Saturday, I still have the receipt. Please check again.

Ana Costa
""",
    quote="none",
    mailer=IPHONE,
    notes="Paid at the post office last Saturday.",
)

# delay_request, batch 5

R(
    "lx",
    "LX-2025/241",
    3150.0,
    "reminder_1",
    "it",
    "it",
    "2026-07-02T09:30:00+02:00",
    "Paolo Rossi",
    "paolo.rossi@rossi-edizioni.ch",
    "delay_request",
    True,
    2,
    """
Gentile signor Chappuis,

Le chiedo la cortesia di poter pagare la fattura a fine agosto, quando incasseremo i diritti della
nuova edizione. Confido nella Sua comprensione.

Cordiali saluti
Paolo Rossi
""",
    pdate="2026-08-31",
    quote="outlook",
    mailer=OUTLOOK,
    re="R:",
    client_lang="it",
    notes="",
)

R(
    "mr",
    "F25-0896",
    2950.0,
    "reminder_2",
    "fr",
    "fr",
    "2026-07-03T17:20:00+02:00",
    "Hervé Lemaire",
    "h.lemaire@lemaire-sarl.fr",
    "delay_request",
    False,
    2,
    """
Madame Roche,

Je ne suis malheureusement pas en mesure de régler pour le moment. Je vous propose de m'appeler pour
convenir ensemble d'un échéancier.

H. Lemaire
""",
    quote="none",
    mailer=ORANGE,
    notes="Asks for a plan, no date.",
)

R(
    "tv",
    "TV/25/0506",
    1880.0,
    "reminder_1",
    "en",
    "en",
    "2026-07-06T12:00:00+02:00",
    "Chris Walker",
    "chris.walker@walker-hospitality.com",
    "delay_request",
    True,
    2,
    """
Hi Chiara,

Happy to pay, but can we split it: half on 15 July and the other half on 15 August?

Chris
""",
    pdate="2026-07-15",
    quote="gmail",
    client_lang="en",
    notes="",
)

# payment_promise, batch 5

R(
    "bq",
    "RG25-00598",
    1420.0,
    "reminder_1",
    "de",
    "de",
    "2026-07-07T08:40:00+02:00",
    "Heidi Wyrsch",
    "heidi.wyrsch@wyrsch-baeckerei.ch",
    "payment_promise",
    False,
    1,
    """
Grüezi

Tut mir leid, das ist bei uns liegen geblieben. Ich überweise es bis Ende Woche.

Gruss Heidi Wyrsch
""",
    pdate="2026-07-10",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="'bis Ende Woche' → Friday.",
)

R(
    "lx",
    "LX-2025/244",
    2260.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-07-08T10:00:00+02:00",
    "Amélie Nicod",
    "a.nicod@nicod-immobilier.ch",
    "payment_promise",
    False,
    1,
    """
Bonjour,

Toutes nos excuses pour ce retard. La facture a été validée et sera payée le 15 juillet.

Meilleures salutations
Amélie Nicod
""",
    pdate="2026-07-15",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    notes="",
)

R(
    "tv",
    "TV/25/0509",
    980.0,
    "reminder_1",
    "it",
    "it",
    "2026-07-09T15:45:00+02:00",
    "Luca Bernardi",
    "luca@bernardi-bar.ch",
    "payment_promise",
    False,
    1,
    """
Ciao, domani faccio il bonifico. Scusa!
Luca
""",
    pdate="2026-07-10",
    quote="apple",
    mailer=IPHONE,
    client_lang="it",
    notes="",
)

R(
    "mr",
    "F25-0899",
    1370.0,
    "reminder_1",
    "en",
    "en",
    "2026-07-10T09:10:00+02:00",
    "Kate Morgan",
    "kate.morgan@morgan-chalets.co.uk",
    "payment_promise",
    False,
    1,
    """
Hi Nathalie,

Thanks for the reminder - our finance team will process it on Monday.

Kate
""",
    pdate="2026-07-13",
    quote="gmail",
    client_lang="en",
    notes="",
)

# copy_request, batch 5

R(
    "bq",
    "RG25-00601",
    2050.0,
    "reminder_1",
    "de",
    "de",
    "2026-07-13T10:20:00+02:00",
    "Thomas Kunz",
    "thomas.kunz@kunz-architekten.ch",
    "copy_request",
    False,
    2,
    """
Guten Tag

Könnten Sie uns bitte noch den Arbeitsrapport zur Rechnung zustellen? Ohne den kann unser Bauherr
die Rechnung nicht freigeben.

Gruss
Thomas Kunz
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="Asks for a supporting document.",
)

R(
    "lx",
    "LX-2025/247",
    1190.0,
    "invoice",
    "en",
    "en",
    "2026-07-14T11:35:00+02:00",
    "Nina Patel",
    "nina.patel@patel-consulting.ch",
    "copy_request",
    False,
    2,
    """
Hi Olivier,

From now on please address invoices to our finance team (invoices@patel-consulting.ch) rather than
to me.

Thanks,
Nina
""",
    quote="gmail",
    client_lang="en",
    notes="",
)

# acknowledgement, batch 5

R(
    "tv",
    "TV/25/0512",
    3320.0,
    "invoice",
    "fr",
    "fr",
    "2026-07-15T08:55:00+02:00",
    "Sylvie Rochat",
    "sylvie.rochat@rochat-hotels.ch",
    "acknowledgement",
    False,
    1,
    """
Bonjour Chiara,

Bien reçu, merci. Je la fais suivre à notre comptabilité.

Belle journée
Sylvie
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    notes="",
)

R(
    "bq",
    "RG25-00604",
    640.0,
    "invoice",
    "de",
    "de",
    "2026-07-16T17:05:00+02:00",
    "Franz Odermatt",
    "franz.odermatt@bluewin.ch",
    "acknowledgement",
    False,
    1,
    """
Danke vielmals, alles bestens. Die neue Pumpe läuft wie geschmiert.

Franz Odermatt
""",
    quote="apple",
    mailer=IPHONE,
    client_lang="de",
    notes="",
)

# auto_reply, batch 5

R(
    "lx",
    "LX-2025/250",
    2480.0,
    "reminder_1",
    "fr",
    "mixed",
    "2026-07-17T06:45:00+02:00",
    "Comptabilité Favre SA",
    "compta@favre-sa.ch",
    "auto_reply",
    False,
    1,
    """
Nos bureaux sont fermés pour les vacances d'été jusqu'au 3 août. / Unsere Büros sind bis 3. August
wegen Sommerferien geschlossen.
""",
    quote="none",
    mailer=OUTLOOK,
    subject="Réponse automatique : Rappel : facture LX-2025/250 échue",
    headers={"Auto-Submitted": "auto-replied"},
    notes="",
)

# other, batch 5

R(
    "mr",
    "F25-0902",
    1880.0,
    "invoice",
    "fr",
    "fr",
    "2026-07-20T10:40:00+02:00",
    "Julie Marchand",
    "julie.marchand@marchand-events.fr",
    "other",
    False,
    2,
    """
Bonjour Nathalie,

Est-ce que votre atelier sera ouvert pendant le mois d'août ? Nous aurions besoin d'une petite
réparation sur une porte avant la rentrée.

Julie
""",
    quote="gmail",
    client_lang="fr",
    notes="Unrelated question.",
)

R(
    "tv",
    "TV/25/0515",
    1450.0,
    "reminder_1",
    "en",
    "en",
    "2026-07-21T03:05:00+02:00",
    "Finance Dept",
    "finance@lakeside-bnb.ch",
    "other",
    False,
    1,
    """
Dear Supplier,

Due to an audit, all pending payments are on hold until you update your banking details through our
vendor portal: https://example.net/vendor-update

Failure to do so within 24 hours will result in cancellation of payment.

Finance Department
""",
    quote="none",
    mailer=OUTLOOK,
    re="RE:",
    notes="Phishing from a hijacked mailbox ('payments on hold' is bait).",
)

# ----------------------------------------------------------------------------------------------
# sixth batch (more_227 onwards), written after the fifth round of rules, before looking at the
# reader's answers on it
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "RG25-00607",
    2340.0,
    "reminder_1",
    "de",
    "de",
    "2026-07-22T09:05:00+02:00",
    "Lorenz Bucher",
    "l.bucher@bucher-schreinerei.ch",
    "contestation",
    True,
    3,
    """
Guten Tag

Ich habe die Rechnung nochmals angeschaut: Der Service-Einsatz vom 3. Juli war ein Garantiefall,
das Ventil war erst ein halbes Jahr alt. Den Einsatz übernehmen wir deshalb nicht.

Gruss
Lorenz Bucher
""",
    amount=2340.0,
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="Warranty; whole invoice.",
)

R(
    "mr",
    "F25-0905",
    1560.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-07-23T11:10:00+02:00",
    "Odile Marchal",
    "odile.marchal@wanadoo.fr",
    "contestation",
    True,
    3,
    """
Madame,

Votre menuisier a laissé le chantier dans un état lamentable (sciure partout, une vitre rayée) et
n'a pas terminé les finitions. Je ne réglerai la facture qu'une fois ces points corrigés.

O. Marchal
""",
    amount=1560.0,
    quote="gmail",
    client_lang="fr",
    notes="",
)

R(
    "tv",
    "TV/25/0518",
    2480.0,
    "invoice",
    "en",
    "en",
    "2026-07-24T10:30:00+02:00",
    "Ben Harris",
    "ben.harris@harris-hotels.com",
    "contestation",
    True,
    3,
    """
Hi Chiara,

I think there's a mistake - we were quoted CHF 2,100 for the whole order including delivery, and
the invoice comes to CHF 2,480. Could you look into it?

Ben
""",
    amount=380.0,
    quote="gmail",
    client_lang="en",
    notes="Quote vs invoice difference.",
)

R(
    "lx",
    "LX-2025/253",
    1320.0,
    "reminder_2",
    "it",
    "it",
    "2026-07-27T14:45:00+02:00",
    "Giulia Martinelli",
    "giulia.martinelli@martinelli-moda.ch",
    "contestation",
    True,
    4,
    """
Buongiorno,

come già scritto il mese scorso, la traduzione del nostro sito era piena di errori e l'abbiamo fatta
rifare da un'altra agenzia. Non pagheremo questa fattura né le spese di sollecito.

Giulia Martinelli
""",
    amount=1340.0,
    quote="outlook",
    mailer=OUTLOOK,
    re="R:",
    client_lang="it",
    notes="Refusal; fee of CHF 20 also refused (1320 + 20).",
)

R(
    "bq",
    "RG25-00610",
    1760.0,
    "reminder_1",
    "de",
    "de",
    "2026-07-28T16:20:00+02:00",
    "Sonja Ammann",
    "sonja.ammann@ammann-physio.ch",
    "contestation",
    True,
    3,
    """
Grüezi Frau Imhof

Für den Ersatz der Armatur waren zwei Stunden angekündigt, verrechnet wurden fünf. Das kann ich
nicht nachvollziehen, da Ihr Monteur um 10 Uhr schon wieder weg war.

Freundliche Grüsse
Sonja Ammann
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="Hours contested, no rate stated.",
)

R(
    "tv",
    "TV/25/0521",
    4100.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-07-29T08:40:00+02:00",
    "Marc-André Rey",
    "ma.rey@hotel-rey-crans.ch",
    "contestation",
    True,
    3,
    """
Bonjour,

Les rideaux occultants livrés laissent passer la lumière, ce qui n'est pas du tout ce que nous avions
commandé. Nous attendons votre proposition avant de payer quoi que ce soit.

Meilleures salutations
Marc-André Rey
""",
    amount=4100.0,
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    notes="Not as ordered; nothing paid.",
)

# invoice_error, batch 6

R(
    "lx",
    "LX-2025/256",
    2870.0,
    "invoice",
    "de",
    "de",
    "2026-07-30T09:15:00+02:00",
    "Isabel Keller",
    "isabel.keller@keller-holding.ch",
    "invoice_error",
    True,
    3,
    """
Guten Tag

Die Rechnung ging an die Keller Holding AG, der Auftrag kam aber von unserer Tochter, der Keller
Logistik AG. Bitte entsprechend neu ausstellen, sonst können wir sie nicht intern verbuchen.

Freundliche Grüsse
Isabel Keller
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="Wrong entity (subsidiary).",
)

R(
    "mr",
    "F25-0908",
    3240.0,
    "invoice",
    "fr",
    "fr",
    "2026-07-31T12:05:00+02:00",
    "Thibault Guerin",
    "t.guerin@guerin-promotion.fr",
    "invoice_error",
    True,
    3,
    """
Bonjour,

Pour notre comptabilité, chaque facture doit faire apparaître le numéro de lot (Lot 4 – menuiseries
intérieures) et le nom du chantier. Pouvez-vous nous renvoyer une facture avec ces mentions ?

Cordialement
T. Guérin
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE :",
    client_lang="fr",
    notes="Missing references.",
)

# already_paid, batch 6

R(
    "tv",
    "TV/25/0524",
    1890.0,
    "reminder_1",
    "en",
    "en",
    "2026-08-03T10:00:00+02:00",
    "Helen Clark",
    "helen.clark@clark-guesthouse.co.uk",
    "already_paid",
    True,
    3,
    """
Hi Chiara,

Is there a problem with our payment? Our bank confirms the transfer of CHF 1,890 went through on
24 July.

Helen
""",
    quote="gmail",
    client_lang="en",
    notes="'problem' word but a payment claim.",
)

R(
    "bq",
    "RG25-00613",
    980.0,
    "reminder_1",
    "de",
    "de",
    "2026-08-04T08:30:00+02:00",
    "Roman Gasser",
    "roman.gasser@gasser-elektro.ch",
    "already_paid",
    True,
    3,
    """
Hoi

Isch erledigt, han am Fritig überwise.

Roman
""",
    quote="apple",
    mailer=IPHONE,
    client_lang="de",
    notes="Swiss German, paid last Friday.",
)

R(
    "lx",
    "LX-2025/259",
    2150.0,
    "reminder_2",
    "fr",
    "fr",
    "2026-08-05T15:50:00+02:00",
    "Sandrine Müller",
    "s.mueller@mueller-conseil.ch",
    "already_paid",
    True,
    3,
    """
Bonjour,

Nous avons payé cette facture par e-banking le 18 juillet déjà. Merci d'annuler les frais de rappel
et de corriger votre comptabilité.

S. Müller
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    notes="",
)

# delay_request, batch 6

R(
    "mr",
    "F25-0911",
    2780.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-08-06T09:40:00+02:00",
    "Paul Fabre",
    "paul.fabre@fabre-elevage.fr",
    "delay_request",
    True,
    2,
    """
Bonjour Madame Roche,

La récolte a du retard cette année et je ne serai payé par la coopérative que fin septembre. Serait-il
possible de vous régler à ce moment-là ?

Paul Fabre
""",
    pdate="2026-09-30",
    quote="gmail",
    client_lang="fr",
    notes="",
)

R(
    "tv",
    "TV/25/0527",
    1360.0,
    "reminder_1",
    "de",
    "de",
    "2026-08-07T13:10:00+02:00",
    "Daniela Kuster",
    "d.kuster@kuster-cafe.ch",
    "delay_request",
    False,
    2,
    """
Guten Tag

Der Sommer war für unser Café leider schwach. Wir werden die Rechnung sicher bezahlen, brauchen aber
noch etwas Zeit. Ich hoffe, das ist für Sie in Ordnung.

Freundliche Grüsse
Daniela Kuster
""",
    quote="none",
    mailer=OX,
    notes="Vague.",
)

# payment_promise, batch 6

R(
    "lx",
    "LX-2025/262",
    740.0,
    "reminder_1",
    "de",
    "de",
    "2026-08-10T08:15:00+02:00",
    "Marcel Hofstetter",
    "marcel@hofstetter-media.ch",
    "payment_promise",
    False,
    1,
    """
Kein Problem, sorry für die Verspätung. Wir zahlen bis Ende Monat.

Marcel
""",
    pdate="2026-08-31",
    quote="gmail",
    client_lang="de",
    notes="'Kein Problem' is no problem.",
)

R(
    "mr",
    "F25-0914",
    1180.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-08-11T19:25:00+02:00",
    "Manon Leclerc",
    "manon.leclerc@gmail.com",
    "payment_promise",
    False,
    1,
    """
Bonsoir, désolée, je pensais l'avoir réglée ! Je fais le nécessaire demain matin.

Manon
""",
    pdate="2026-08-12",
    quote="apple",
    mailer=IPHONE,
    client_lang="fr",
    notes="'je pensais l'avoir réglée' is no payment claim.",
)

R(
    "tv",
    "TV/25/0530",
    2640.0,
    "reminder_1",
    "it",
    "it",
    "2026-08-12T10:05:00+02:00",
    "Alberto Giani",
    "a.giani@giani-hotel.ch",
    "payment_promise",
    False,
    1,
    """
Buongiorno,

ci scusiamo, la fattura era finita per errore tra quelle già pagate. Provvediamo al saldo entro
venerdì.

Cordiali saluti
Alberto Giani
""",
    pdate="2026-08-14",
    quote="outlook",
    mailer=OUTLOOK,
    re="R:",
    client_lang="it",
    notes="'già pagate' refers to other invoices; a promise.",
)

R(
    "bq",
    "RG25-00616",
    1490.0,
    "reminder_1",
    "de",
    "en",
    "2026-08-13T14:30:00+02:00",
    "Nora Jensen",
    "nora.jensen@jensen-design.ch",
    "payment_promise",
    False,
    1,
    """
Hi,

No problem with the invoice, it just slipped through. Paying it on the 20th.

Nora
""",
    pdate="2026-08-20",
    quote="none",
    mailer=IPHONE,
    notes="'No problem with the invoice'.",
)

# copy_request, batch 6

R(
    "lx",
    "LX-2025/265",
    1980.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-08-14T09:50:00+02:00",
    "Christine Favre",
    "christine.favre@favre-architectes.ch",
    "copy_request",
    False,
    2,
    """
Bonjour,

Je n'arrive pas à ouvrir la facture jointe (fichier vide ?). Pourriez-vous me la renvoyer ?

Christine Favre
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    notes="Empty file: a copy, not a dispute.",
)

R(
    "tv",
    "TV/25/0533",
    3100.0,
    "invoice",
    "de",
    "de",
    "2026-08-17T11:20:00+02:00",
    "Philipp Meier",
    "philipp.meier@meier-hotels.ch",
    "copy_request",
    False,
    2,
    """
Grüezi

Bitte senden Sie uns künftig die Rechnungen im Doppel, eines für das Hotel und eines für die
Verwaltung. Danke!

Philipp Meier
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="",
)

# acknowledgement, batch 6

R(
    "bq",
    "RG25-00619",
    2210.0,
    "invoice",
    "de",
    "de",
    "2026-08-18T07:55:00+02:00",
    "Albert Zemp",
    "albert.zemp@zemp-bau.ch",
    "acknowledgement",
    False,
    1,
    """
Erhalten, besten Dank. Keine Beanstandungen.

A. Zemp
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="'Keine Beanstandungen' is no dispute.",
)

R(
    "mr",
    "F25-0917",
    890.0,
    "invoice",
    "en",
    "en",
    "2026-08-19T12:40:00+02:00",
    "Tom Walsh",
    "tom.walsh@walsh-holidays.ie",
    "acknowledgement",
    False,
    1,
    """
Got it, thanks Nathalie. No issues on our side.

Tom
""",
    quote="gmail",
    client_lang="en",
    notes="",
)

# auto_reply, batch 6

R(
    "tv",
    "TV/25/0536",
    1750.0,
    "reminder_1",
    "de",
    "de",
    "2026-08-20T06:10:00+02:00",
    "Kurt Arnold",
    "kurt.arnold@arnold-hotels.ch",
    "auto_reply",
    False,
    1,
    """
Ich bin bis 31. August in den Ferien und lese meine E-Mails nicht. In dringenden Fällen:
info@arnold-hotels.ch.
""",
    quote="none",
    mailer=OUTLOOK,
    notes="No header, ordinary subject.",
)

# other, batch 6

R(
    "lx",
    "LX-2025/268",
    1260.0,
    "invoice",
    "en",
    "en",
    "2026-08-21T10:15:00+02:00",
    "Rita Sommer",
    "rita.sommer@sommer-events.ch",
    "other",
    False,
    2,
    """
Hi Olivier,

Quick one: do you also do live interpreting for conferences? We have an event in November and
our usual interpreter isn't available.

Rita
""",
    quote="gmail",
    client_lang="en",
    notes="Unrelated question.",
)

R(
    "mr",
    "F25-0920",
    2060.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-08-24T04:20:00+02:00",
    "Service Paiement",
    "paiement@chalet-mont-blanc.fr",
    "other",
    False,
    1,
    """
Bonjour,

Votre facture a été rejetée par notre système. Pour la soumettre à nouveau, connectez-vous avec vos
identifiants : https://example.net/portail-fournisseurs

Service Paiement
""",
    quote="none",
    mailer=OUTLOOK,
    re="RE :",
    notes="Phishing ('rejected' is bait).",
)

# ----------------------------------------------------------------------------------------------
# seventh batch (more_251 onwards), written after the sixth round of rules, before looking at the
# reader's answers on it; kept as the final "unseen" check
# ----------------------------------------------------------------------------------------------

R(
    "lx",
    "LX-2025/271",
    1780.0,
    "reminder_1",
    "en",
    "en",
    "2026-08-25T09:25:00+02:00",
    "Dan Fischer",
    "dan.fischer@fischer-medical.ch",
    "contestation",
    True,
    3,
    """
Hello,

We only ever agreed to the proofreading package (CHF 980). The additional formatting work on the
invoice was done without our approval, so we'll pay the CHF 980 but not the remaining CHF 800.

Dan
""",
    amount=800.0,
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    notes="Unapproved extra work.",
)

R(
    "bq",
    "RG25-00622",
    2640.0,
    "reminder_2",
    "de",
    "de",
    "2026-08-26T20:10:00+02:00",
    "Erich Tanner",
    "erich.tanner@tanner-hof.ch",
    "contestation",
    True,
    4,
    """
Guten Abend

Die Wärmepumpe macht seit der Installation einen Riesenlärm, die Nachbarn beschweren sich schon.
Solange Sie das nicht in Ordnung bringen, sehe ich keinen Grund zu bezahlen. Und die Mahngebühr
können Sie sich sparen.

E. Tanner
""",
    amount=2660.0,
    quote="gmail",
    client_lang="de",
    notes="Refusal until fixed (4); fee contested too: 2640 + 20.",
)

R(
    "mr",
    "F25-0923",
    3900.0,
    "invoice",
    "fr",
    "fr",
    "2026-08-27T11:35:00+02:00",
    "Aline Bouvier",
    "aline.bouvier@bouvier-deco.fr",
    "contestation",
    True,
    3,
    """
Bonjour Madame Roche,

Il y a un écart avec votre devis : la pose était prévue pour un forfait de 600 €, elle est facturée
950 €. Par ailleurs le bois n'est pas celui choisi (chêne au lieu de noyer). Pouvons-nous en parler ?

Aline Bouvier
""",
    amount=350.0,
    quote="thunderbird",
    mailer=TB,
    client_lang="fr",
    notes="Fitting 950 vs 600 agreed (350); wrong wood without amount.",
)

R(
    "tv",
    "TV/25/0539",
    1640.0,
    "reminder_1",
    "it",
    "it",
    "2026-08-28T10:20:00+02:00",
    "Roberta Colombo",
    "roberta.colombo@colombo-bnb.ch",
    "contestation",
    True,
    3,
    """
Buongiorno,

i cuscini ordinati dovevano essere ignifughi (era scritto nell'ordine), quelli consegnati non lo
sono. Per noi non vanno bene. Li potete venire a riprendere?

Roberta Colombo
""",
    amount=1640.0,
    quote="gmail",
    client_lang="it",
    notes="Not as ordered; goods returned.",
)

R(
    "lx",
    "LX-2025/274",
    2200.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-08-31T14:00:00+02:00",
    "Philippe Jacot",
    "ph.jacot@jacot-notaires.ch",
    "contestation",
    True,
    3,
    """
Monsieur,

Votre facture ne tient pas compte du rabais de 15 % convenu pour les clients réguliers. Je vous
saurais gré de bien vouloir la rectifier.

Ph. Jacot
""",
    amount=330.0,
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    notes="Agreed 15 % discount missing.",
)

R(
    "bq",
    "RG25-00625",
    1120.0,
    "reminder_1",
    "de",
    "mixed",
    "2026-09-01T09:45:00+02:00",
    "Chantal Rüfenacht",
    "c.ruefenacht@ruefenacht-sa.ch",
    "contestation",
    True,
    3,
    """
Bonjour Madame Imhof,

Je crois qu'il y a une erreur: wir haben nur einen Service bestellt, nicht zwei. Le deuxième
passage n'a jamais eu lieu.

Merci / Danke
Chantal Rüfenacht
""",
    quote="none",
    mailer=OX,
    notes="French/German; a visit billed twice.",
)

# invoice_error, batch 7

R(
    "tv",
    "TV/25/0542",
    2980.0,
    "invoice",
    "it",
    "it",
    "2026-09-02T08:30:00+02:00",
    "Marco Bernasconi",
    "marco.bernasconi@bernasconi-hotel.ch",
    "invoice_error",
    True,
    3,
    """
Buongiorno,

sulla fattura manca il riferimento del nostro ordine (PO 88213) e il nome del reparto. Senza questi
dati non possiamo registrarla. Grazie di riemetterla.

Marco Bernasconi
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="R:",
    client_lang="it",
    notes="",
)

R(
    "mr",
    "F25-0926",
    1420.0,
    "reminder_1",
    "en",
    "en",
    "2026-09-03T15:40:00+02:00",
    "Sarah Hughes",
    "sarah.hughes@hughes-estates.co.uk",
    "invoice_error",
    True,
    3,
    """
Hi Nathalie,

The invoice was made out to me personally, but the chalet belongs to Hughes Estates Ltd, which pays
for the works. Please reissue it in the company's name.

Sarah
""",
    quote="gmail",
    client_lang="en",
    notes="",
)

# already_paid, batch 7

R(
    "bq",
    "RG25-00628",
    760.0,
    "reminder_1",
    "de",
    "de",
    "2026-09-04T10:10:00+02:00",
    "Bernhard Marti",
    "b.marti@marti-treuhand.ch",
    "already_paid",
    True,
    3,
    """
Guten Tag

Gemäss unserer Buchhaltung wurde die Rechnung bereits am 21. August beglichen (Ref. 2026-08-4471).
Können Sie bitte Ihren Zahlungseingang prüfen?

Freundliche Grüsse
Bernhard Marti
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="",
)

R(
    "lx",
    "LX-2025/277",
    1590.0,
    "reminder_1",
    "en",
    "en",
    "2026-09-07T09:00:00+02:00",
    "Ellie Turner",
    "ellie.turner@turner-studio.co.uk",
    "already_paid",
    True,
    3,
    """
Hi Olivier - we sent the money on the 1st, please find the bank confirmation attached. Sorry it
crossed with your reminder!

Ellie
""",
    quote="gmail",
    client_lang="en",
    attachments=[("pdf", "bank_confirmation.pdf")],
    notes="",
)

R(
    "tv",
    "TV/25/0545",
    890.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-09-08T11:30:00+02:00",
    "Jacques Moret",
    "jacques.moret@moret-camping.ch",
    "already_paid",
    True,
    3,
    """
Bonjour,

Réglée depuis longtemps ! Voyez avec votre banque, le virement est parti le 14 août.

J. Moret
""",
    quote="apple",
    mailer=IPHONE,
    client_lang="fr",
    notes="",
)

# delay_request, batch 7

R(
    "bq",
    "RG25-00631",
    3480.0,
    "reminder_1",
    "de",
    "de",
    "2026-09-09T16:50:00+02:00",
    "Roger Hess",
    "roger.hess@hess-transporte.ch",
    "delay_request",
    True,
    2,
    """
Guten Tag

Wegen eines grösseren Zahlungsausfalls bei einem Kunden bitte ich Sie um eine Frist bis zum
15. Oktober. Danach ist die Rechnung sofort bezahlt.

Gruss
Roger Hess
""",
    pdate="2026-10-15",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="",
)

R(
    "mr",
    "F25-0929",
    2150.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-09-10T10:15:00+02:00",
    "Léa Fontaine",
    "lea.fontaine@fontaine-fleurs.fr",
    "delay_request",
    False,
    2,
    """
Bonjour,

J'ai un petit souci de trésorerie en ce moment, pourriez-vous m'accorder un peu de délai ? Je vous
tiens au courant.

Léa
""",
    quote="gmail",
    client_lang="fr",
    notes="'souci' of cash, not of the invoice; vague delay.",
)

R(
    "lx",
    "LX-2025/280",
    2640.0,
    "reminder_1",
    "it",
    "it",
    "2026-09-11T09:05:00+02:00",
    "Stefano Galli",
    "stefano.galli@galli-architetti.ch",
    "delay_request",
    True,
    2,
    """
Buongiorno Olivier,

ti chiedo se possiamo pagare in tre rate mensili a partire dal 30 settembre. Fammi sapere se va bene.

Stefano
""",
    pdate="2026-09-30",
    quote="gmail",
    client_lang="it",
    notes="",
)

# payment_promise, batch 7

R(
    "tv",
    "TV/25/0548",
    1320.0,
    "reminder_1",
    "de",
    "de",
    "2026-09-14T08:20:00+02:00",
    "Yvonne Baumann",
    "yvonne.baumann@baumann-pension.ch",
    "payment_promise",
    False,
    1,
    """
Guten Morgen

Entschuldigung, die Rechnung ging unter. Ist im E-Banking für den 18.9. erfasst.

Y. Baumann
""",
    pdate="2026-09-18",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="Scheduled in e-banking.",
)

R(
    "mr",
    "F25-0932",
    960.0,
    "reminder_1",
    "en",
    "en",
    "2026-09-15T13:30:00+02:00",
    "Ian Brown",
    "ian.brown@brown-lodges.co.uk",
    "payment_promise",
    False,
    1,
    """
Apologies - our accounts payable person is off sick. I'll make sure it's paid by Friday.

Ian
""",
    pdate="2026-09-18",
    quote="gmail",
    client_lang="en",
    notes="",
)

R(
    "lx",
    "LX-2025/283",
    1480.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-09-16T09:40:00+02:00",
    "Nadia Cuénod",
    "nadia.cuenod@cuenod-sa.ch",
    "payment_promise",
    False,
    1,
    """
Bonjour,

C'est noté, le montant vous sera versé d'ici la fin de la semaine.

Nadia Cuénod
""",
    pdate="2026-09-18",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    notes="",
)

# copy_request, batch 7

R(
    "bq",
    "RG25-00634",
    1750.0,
    "reminder_1",
    "de",
    "de",
    "2026-09-17T10:25:00+02:00",
    "Gabi Frei",
    "gabi.frei@frei-coiffure.ch",
    "copy_request",
    False,
    2,
    """
Grüezi

Ich habe leider nur die Mahnung, aber keine Rechnung. Könnten Sie mir die Originalrechnung mit
Einzahlungsschein schicken?

Gabi Frei
""",
    quote="apple",
    mailer=IPHONE,
    re="AW:",
    notes="",
)

R(
    "tv",
    "TV/25/0551",
    2210.0,
    "invoice",
    "en",
    "en",
    "2026-09-18T12:00:00+02:00",
    "Mark Evans",
    "mark.evans@evans-hotels.com",
    "copy_request",
    False,
    2,
    """
Hi Chiara,

Could you also send the delivery note for this order? Our warehouse needs it to match the invoice.

Thanks,
Mark
""",
    quote="gmail",
    client_lang="en",
    notes="Supporting document.",
)

# acknowledgement, batch 7

R(
    "lx",
    "LX-2025/286",
    860.0,
    "invoice",
    "fr",
    "fr",
    "2026-09-21T08:05:00+02:00",
    "Lucie Perret",
    "lucie.perret@perret-design.ch",
    "acknowledgement",
    False,
    1,
    """
Merci Olivier, c'est transmis à la compta. Et merci encore pour la réactivité !

Lucie
""",
    quote="gmail",
    client_lang="fr",
    notes="",
)

R(
    "bq",
    "RG25-00637",
    1980.0,
    "invoice",
    "de",
    "de",
    "2026-09-22T11:15:00+02:00",
    "Hansruedi Koch",
    "hansruedi.koch@koch-landwirtschaft.ch",
    "acknowledgement",
    False,
    1,
    """
Rechnung erhalten, danke. Alles i.O.

H. Koch
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="",
)

# auto_reply, batch 7

R(
    "mr",
    "F25-0935",
    1240.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-09-23T07:00:00+02:00",
    "Accueil Hôtel des Alpes",
    "accueil@hoteldesalpes.fr",
    "auto_reply",
    False,
    1,
    """
Merci pour votre message. L'hôtel est fermé pour travaux jusqu'au 15 octobre ; votre demande sera
traitée à notre réouverture.

L'équipe de l'Hôtel des Alpes
""",
    quote="none",
    mailer=OUTLOOK,
    subject="Réponse automatique : Rappel : facture F25-0935 échue",
    headers={"Auto-Submitted": "auto-replied"},
    notes="",
)

# other, batch 7

R(
    "tv",
    "TV/25/0554",
    1560.0,
    "reminder_1",
    "de",
    "de",
    "2026-09-24T14:20:00+02:00",
    "Julia Wenger",
    "julia.wenger@wenger-gastro.ch",
    "other",
    False,
    2,
    """
Guten Tag

Herr Wenger ist leider im Juli verstorben. Bitte wenden Sie sich für alle offenen Angelegenheiten an
unseren Notar, Herrn Dr. Brunner, Bahnhofstrasse 5, 6003 Luzern.

Julia Wenger
""",
    quote="none",
    mailer=OX,
    notes="Death of the customer: other (to be handled by a person).",
)

R(
    "lx",
    "LX-2025/289",
    1180.0,
    "invoice",
    "en",
    "en",
    "2026-09-25T02:50:00+02:00",
    "Accounts Team",
    "accounts@bright-minds.ch",
    "other",
    False,
    1,
    """
URGENT: Your mailbox storage is full. Click here to upgrade and keep receiving invoices:
https://example.net/mailbox-upgrade

IT Helpdesk
""",
    quote="none",
    mailer=OUTLOOK,
    re="RE:",
    notes="Phishing.",
)

# ----------------------------------------------------------------------------------------------
# batch 8 (more_275 onwards): another writer, written before the reader's answers on it were seen
# ----------------------------------------------------------------------------------------------

ANDROID = "Outlook for Android"

# contestation, batch 8

R(
    "bq",
    "RG25-00640",
    1386.0,
    "reminder_1",
    "de",
    "en",
    "2026-10-01T09:12:00+02:00",
    "Daniel Okafor",
    "d.okafor@okafor-consulting.ch",
    "contestation",
    True,
    3,
    """
Hi,

quick question before we pay this: why is there a separate call-out charge of CHF 95 on it? Your
technician was already in the building for the neighbour's boiler that same morning, and when we
booked, your office told us there would be no travel cost in that case.

Thanks
Daniel
""",
    amount=95.0,
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    client_lang="en",
    notes="Contestation phrased as a question ('why is there ...'), English reply to a German reminder.",
)

R(
    "bq",
    "RG25-00643",
    742.5,
    "reminder_2",
    "de",
    "de",
    "2026-10-02T19:48:00+02:00",
    "Urs Bachmann",
    "urs.bachmann@gmx.ch",
    "contestation",
    True,
    4,
    """
Sali zäme

4 Stund für en Siphon z wechsle?? Das isch ja wohl en Witz. De Monteur isch am 10i cho und am 11i
wider gange, das cha mini Nachbarin bezüge. Ich zahle 1 Stund und s Material, de Rest nöd. Und
d Mahngebühr scho gar nöd.

Urs Bachmann

Gesendet von meinem iPhone
""",
    quote="apple",
    mailer=IPHONE,
    re="AW:",
    notes="Swiss German dialect, refuses 3 of 4 hours and the fee; no rate stated, so no computable amount: null.",
)

R(
    "lx",
    "LX-2025/292",
    1840.0,
    "invoice",
    "fr",
    "fr",
    "2026-10-05T10:31:00+02:00",
    "Catherine Jaquier",
    "c.jaquier@fondation-bellerive.ch",
    "contestation",
    True,
    3,
    """
Bonjour Monsieur Chappuis,

Je me permets de revenir vers vous au sujet de la traduction du rapport annuel (allemand vers
français) que vous nous avez livrée le 18 septembre et dont nous avons reçu la facture ce matin.

Je dois vous avouer que nous avons été assez déçus. Notre relectrice interne, qui n'est pourtant pas
traductrice de métier, a relevé de nombreux contresens dans la partie financière (des chiffres
inversés dans deux tableaux, une page entière de l'annexe oubliée, une terminologie comptable assez
approximative), si bien qu'elle a finalement passé presque trois jours à reprendre le texte. Nous
avions choisi votre bureau justement parce qu'on nous l'avait recommandé pour la qualité, et je pense
que vous comprendrez notre position.

Nous ne contestons pas que le travail ait été fait, mais dans ces conditions il ne nous paraît pas
correct de payer le plein tarif. Nous vous proposons de régler 50 % de la facture, soit CHF 920.–,
et de considérer le solde comme compensé par le travail de relecture que nous avons dû faire
nous-mêmes.

Je reste bien sûr disponible pour en discuter par téléphone si vous le souhaitez, idéalement en fin
de journée.

Avec mes meilleures salutations,

Catherine Jaquier
Responsable communication
Fondation Bellerive
Ch. des Vignes 4 – 1009 Pully
Tél. 021 555 43 10
""",
    amount=920.0,
    quote="none",
    mailer=OUTLOOK,
    format="alt",
    notes="Long, polite, 'nous ne contestons pas ... mais'; poor quality, pays half: the withheld half (920) is contested.",
)

R(
    "tv",
    "TV/25/0557",
    2436.0,
    "invoice",
    "it",
    "it",
    "2026-10-06T08:55:00+02:00",
    "Paola Ferrari",
    "acquisti@albergo-lagomaggiore.ch",
    "contestation",
    True,
    3,
    """
Spettabile Tessiture Verbano,

con la presente Vi comunichiamo che le 120 tovaglie consegnate il 29 settembre non corrispondono
all'ordine: avevamo ordinato il colore avorio (campione approvato il 2 settembre), ci è arrivato un
bianco ottico. La merce è a Vostra disposizione nel nostro magazzino per il ritiro.

Fino alla sostituzione non riteniamo dovuta la fattura in oggetto e Vi chiediamo di emettere una
nota di credito.

Distinti saluti
Albergo Lago Maggiore SA
Ufficio acquisti – Paola Ferrari
""",
    amount=2436.0,
    quote="outlook",
    mailer=OUTLOOK,
    re="R:",
    client_lang="it",
    notes="Wrong goods (colour), whole invoice withheld.",
)

R(
    "tv",
    "TV/25/0563",
    3113.28,
    "reminder_1",
    "en",
    "en",
    "2026-10-07T14:02:00+02:00",
    "Jan de Vries",
    "jan@hotel-seerose-ascona.ch",
    "contestation",
    True,
    3,
    """
Hello Mrs Bernasconi,

we not agree with the price on this invoice. In your offer from July is 42 CHF for one bathrobe,
you put 48. For 60 pieces it is 360 CHF too much. Please you send new invoice with correct price.

Thank you
Best regards
Jan de Vries
Hotel Seerose, Ascona
""",
    amount=360.0,
    quote="gmail",
    client_lang="en",
    notes="Non-native English; price other than agreed: 60 × 6 = 360 as stated.",
)

R(
    "mr",
    "F25-0938",
    2808.0,
    "invoice",
    "fr",
    "mixed",
    "2026-10-08T11:20:00+02:00",
    "Stefan Meier-Dubois",
    "stefan.meier@meier-dubois.ch",
    "contestation",
    True,
    3,
    """
Bonjour Madame Roche,

Leider stimmt die Rechnung nicht ganz: vous avez facturé 3 fenêtres, mais on n'en a reçu que deux,
la troisième est toujours chez vous (Lieferung verschoben wegen dem falschen Mass). Also bitte ein
Fenster à 780 € weniger, ou bien une nouvelle facture quand elle sera posée.

Merci et bonne journée
Stefan Meier-Dubois
""",
    amount=780.0,
    quote="thunderbird",
    mailer=TB,
    client_lang="fr",
    notes="French/German in one sentence; one of three windows not delivered, 780 as stated.",
)

R(
    "bq",
    "RG25-00646",
    612.4,
    "invoice",
    "de",
    "de",
    "2026-10-09T16:40:00+02:00",
    "Irene Schwander",
    "irene.schwander@schwander-praxis.ch",
    "contestation",
    True,
    3,
    """
Guten Tag Frau Imhof

Können Sie mir bitte erklären, wofür die Position «Kleinmaterial pauschal» über Fr. 85.– ist?
Ersetzt wurde ja nur das Thermostatventil, und das ist separat aufgeführt. Bei der letzten Rechnung
war so etwas auch nicht drauf.

Besten Dank und freundliche Grüsse
Irene Schwander
""",
    amount=85.0,
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="A question that doubts a line ('wofür ... ist? Ersetzt wurde ja nur'): contestation of 85.",
)

R(
    "lx",
    "LX-2025/295",
    980.0,
    "reminder_1",
    "en",
    "en",
    "2026-10-12T09:05:00+02:00",
    "Hannah Keller",
    "hannah.keller@keller-moor.ch",
    "contestation",
    True,
    3,
    """
Hello Olivier,

No problem with this one, it will go out on Friday with our weekly payments.

But while I have you: LX-2025/288 was billed with the 40% express surcharge (CHF 312), although we
agreed on the normal 10-day delivery. Could you look into it and send a corrected invoice?

Best,
Hannah Keller
Keller & Moor Architects
""",
    amount=312.0,
    pdate="2026-10-16",
    mentions=["LX-2025/288"],
    quote="gmail",
    client_lang="en",
    notes="The thread's invoice is promised for Friday; another invoice (in mentions) is contested: pause concerns LX-2025/288.",
)

R(
    "mr",
    "F25-0941",
    4560.0,
    "reminder_2",
    "en",
    "en",
    "2026-10-13T18:10:00+02:00",
    "Robert Whitfield",
    "r.whitfield@whitfield-lodge.co.uk",
    "contestation",
    True,
    4,
    """
Lovely. A second reminder, with penalties, for an invoice I told Mr Roche on the phone three weeks
ago was wrong. Great service, really.

For the record, once more: the travel costs (EUR 180) were included in the quote, it says so in
black and white. Take them off and you'll have your money the same day.

R. Whitfield
""",
    amount=180.0,
    quote="gmail",
    client_lang="en",
    notes="Sarcasm opener; travel costs contested (180); 'the same day' is conditional, no date.",
)

R(
    "mr",
    "F25-0944",
    1692.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-10-14T21:33:00+02:00",
    "Vincent Dubreuil",
    "vincent.dubreuil@orange.fr",
    "contestation",
    True,
    4,
    """
Je ne paierai pas tant que la porte d'entrée ne fermera pas correctement. Ça fait 3 semaines que
j'attends votre passage.

Envoyé de mon iPhone
""",
    amount=1692.0,
    quote="apple",
    mailer=IPHONE,
    notes="Short refusal from a phone: whole invoice withheld until repaired.",
)

R(
    "tv",
    "TV/25/0566",
    1150.0,
    "reminder_2",
    "it",
    "it",
    "2026-10-15T10:45:00+02:00",
    "Ristorante Il Portico",
    "amministrazione@ilportico-lugano.ch",
    "contestation",
    True,
    3,
    """
Buongiorno,

la fattura la paghiamo venerdì, ma le spese di sollecito di CHF 20.– no: la fattura originale non ci
è mai arrivata, abbiamo ricevuto direttamente il sollecito.

Saluti
Ristorante Il Portico – amministrazione
""",
    amount=20.0,
    pdate="2026-10-16",
    quote="outlook",
    mailer=OUTLOOK,
    re="R:",
    client_lang="it",
    notes="Promise for the invoice plus a contested reminder fee: contestation of 20, promised Friday.",
)

R(
    "bq",
    "RG25-00649",
    5870.0,
    "reminder_3",
    "de",
    "de",
    "2026-10-16T08:05:00+02:00",
    "Thomas Lüthi",
    "t.luethi@luethi-immobilien.ch",
    "contestation",
    True,
    5,
    """
Sehr geehrte Damen und Herren

Ihre letzte Mahnung mit Androhung der Betreibung weisen wir entschieden zurück. Nach Ihrer
Installation der Bodenheizung im Juli kam es im August zu einem Wasserschaden im Erdgeschoss, dessen
Ursache gemäss Gutachten eine undichte Pressverbindung ist. Wir haben Ihnen dies mit Schreiben vom
3. September mitgeteilt und bis heute keine Antwort erhalten.

Die Angelegenheit liegt nun bei unserem Rechtsanwalt, lic. iur. M. Gasser. Bis zur Klärung der
Haftungsfrage werden wir keine Zahlung leisten.

Freundliche Grüsse
Thomas Lüthi
Lüthi Immobilien AG
""",
    amount=5870.0,
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    charset="iso-8859-1",
    notes="Lawyer instructed, damage caused by the work, whole invoice withheld.",
)

R(
    "mr",
    "F25-0965",
    2280.0,
    "invoice",
    "fr",
    "fr",
    "2026-11-23T09:50:00+01:00",
    "Gilles Lambert",
    "g.lambert@lambert-renovation.fr",
    "contestation",
    True,
    3,
    """
Bonjour,

Pouvez-vous me renvoyer la facture avec le détail des heures ? Celle que j'ai reçue indique
15 heures de pose alors que le devis en prévoyait 10, à 65 € de l'heure. Je ne vois pas ce qui
justifie la différence.

Merci,
G. Lambert
""",
    amount=325.0,
    quote="gmail",
    client_lang="fr",
    notes="Starts like a copy request, but contests 5 hours × 65 € = 325.",
)

# invoice_error, batch 8

R(
    "bq",
    "RG25-00652",
    1288.0,
    "invoice",
    "de",
    "de",
    "2026-10-19T13:15:00+02:00",
    "Claudia Roos",
    "admin@roos-gartenbau.ch",
    "invoice_error",
    True,
    3,
    """
Guten Tag

Auf Ihrer Rechnung fehlt die MWST-Nummer von Bergquell, ohne die kann unsere Buchhaltung den
Vorsteuerabzug nicht machen. Bitte senden Sie uns eine ergänzte Rechnung.

Merci und Gruss
Claudia Roos, Administration
Roos Gartenbau GmbH
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="The company's VAT number missing.",
)

R(
    "lx",
    "LX-2025/298",
    3250.0,
    "invoice",
    "en",
    "en",
    "2026-10-20T10:00:00+02:00",
    "Priya Raman",
    "priya.raman@helvetic-biotech.ch",
    "invoice_error",
    True,
    4,
    """
Dear Olivier,

Our accounts payable system rejected this invoice automatically because it has no PO number. Could
you please reissue it with PO 4500187342? Our next payment run is on 28 October; anything received
after the 26th will only be paid in the November run.

Kind regards
Priya Raman
Procurement, Helvetic Biotech AG
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    format="alt",
    client_lang="en",
    notes="Missing PO blocking a payment run with a deadline: urgency 4; the run's date is no promise.",
)

R(
    "mr",
    "F25-0947",
    936.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-10-21T07:40:00+02:00",
    "Sandrine Perrin",
    "boulangerie.perrin@wanadoo.fr",
    "invoice_error",
    True,
    3,
    """
Bonjour,

Nous avons bien reçu votre relance mais la facture est libellée à l'adresse de notre ancien local
(12 av. de Genève). Depuis mars nous sommes au 3 impasse des Tilleuls, 74000 Annecy, et notre
comptable refuse de la saisir telle quelle. Pourriez-vous la corriger et nous la renvoyer ?

Cdt,
S. Perrin – Boulangerie Perrin
""",
    quote="gmail",
    client_lang="fr",
    notes="Wrong address; 'renvoyer' is part of the correction, not a copy request.",
)

R(
    "tv",
    "TV/25/0572",
    684.0,
    "reminder_1",
    "it",
    "it",
    "2026-10-22T11:25:00+02:00",
    "Elena Rusconi",
    "elena.rusconi@rusconi-trattoria.ch",
    "invoice_error",
    True,
    3,
    """
Buongiorno signora Bernasconi,

credo ci sia un errore: questa fattura è un doppione della TV/25/0569, stessa data di consegna,
stessi 36 grembiuli, stesso importo. La 0569 l'abbiamo già pagata il 2 ottobre. Potete annullare
questa?

Grazie, buona giornata
Elena Rusconi
""",
    amount=684.0,
    mentions=["TV/25/0569"],
    quote="gmail",
    client_lang="it",
    notes="Duplicate of another invoice that was paid: invoice_error (not already_paid), full amount.",
)

R(
    "lx",
    "LX-2025/301",
    1297.2,
    "invoice",
    "en",
    "mixed",
    "2026-10-23T15:30:00+02:00",
    "Jonas Wirth",
    "j.wirth@wirth-medientechnik.de",
    "invoice_error",
    True,
    3,
    """
Hi Olivier,

you charged 8.1% MWST on this, but we are a German company (USt-IdNr. DE318776452) – for services to
us the reverse charge applies, so the invoice should be without Swiss VAT. Könnten Sie die Rechnung
bitte ohne MWST neu ausstellen? Dann zahlen wir sofort.

Viele Grüsse / best regards
Jonas Wirth
Wirth Medientechnik GmbH, Freiburg i. Br.
""",
    amount=97.2,
    quote="gmail",
    client_lang="en",
    notes="English/German; Swiss VAT on an export of services: the VAT (1200 × 8.1 % = 97.20).",
)

# already_paid, batch 8

R(
    "bq",
    "RG25-00655",
    1480.5,
    "reminder_1",
    "de",
    "de",
    "2026-10-26T08:30:00+01:00",
    "Patrick Vogel",
    "p.vogel@vogel-elektro.ch",
    "already_paid",
    True,
    3,
    """
Grüezi Frau Imhof

Die Rechnung ist bezahlt, allerdings in zwei Tranchen, weil unser Kreditrahmen im September
ausgeschöpft war: CHF 1'000.00 am 2. Oktober und CHF 480.50 am 9. Oktober, beide mit der
QR-Referenz. Vielleicht wurde die zweite Zahlung bei Ihnen nicht richtig zugeordnet?

Freundliche Grüsse
Patrick Vogel
Vogel Elektro AG
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="Paid in two partial amounts that add up to the invoice.",
)

R(
    "mr",
    "F25-0950",
    2472.0,
    "reminder_1",
    "en",
    "en",
    "2026-10-27T12:10:00+01:00",
    "Mark Delaney",
    "mark@alpine-chalets.co.uk",
    "already_paid",
    True,
    3,
    """
Hello Nathalie,

We paid EUR 2,348.40 on 12 October – that is the invoice less the 5% discount for payment within
10 days, as per your quote. So from our side this is settled.

Regards,
Mark Delaney
Alpine Chalets Ltd
""",
    quote="gmail",
    client_lang="en",
    notes="Paid a smaller amount (discount deducted) and calls it settled: already_paid, no contested amount.",
)

R(
    "mr",
    "F25-0953",
    540.0,
    "reminder_2",
    "fr",
    "fr",
    "2026-10-28T13:02:00+01:00",
    "Karine Blanc",
    "karine.blanc@orange.fr",
    "already_paid",
    True,
    3,
    """
Payé hier par virement, merci de vérifier.

Envoyé depuis mon mobile Orange
""",
    quote="none",
    mailer=ORANGE,
    notes="One line and a phone footer.",
)

R(
    "tv",
    "TV/25/0575",
    1460.0,
    "reminder_1",
    "it",
    "it",
    "2026-10-29T09:15:00+01:00",
    "Hotel Bellavista",
    "contabilita@bellavista-stresa.ch",
    "already_paid",
    True,
    3,
    """
Gentile signora,

il pagamento è stato effettuato il 5 ottobre con un unico bonifico di CHF 4'380.– insieme alle
fatture TV/25/0570 e TV/25/0571 (riferimento: "Verbano ottobre"). Vi preghiamo di verificare.

Cordiali saluti
Hotel Bellavista – contabilità
""",
    mentions=["TV/25/0570", "TV/25/0571"],
    quote="outlook",
    mailer=OUTLOOK,
    re="R:",
    client_lang="it",
    notes="One grouped transfer for three invoices; names the two others.",
)

R(
    "bq",
    "RG25-00658",
    318.0,
    "reminder_1",
    "de",
    "de",
    "2026-10-30T18:22:00+01:00",
    "Beat Stucki",
    "beat.stucki@bluewin.ch",
    "already_paid",
    True,
    3,
    """
Hoi Sandra

Das isch doch scho lang zahlt, lueg mal am 29. Septämber. Mir händs per Twint gmacht wil de QR-Code
nöd gange isch.

Gruess Beat
""",
    quote="apple",
    mailer=IPHONE,
    re="AW:",
    notes="Swiss German dialect; paid by Twint.",
)

R(
    "lx",
    "LX-2025/304",
    640.0,
    "reminder_2",
    "en",
    "en",
    "2026-11-02T20:41:00+01:00",
    "Tom Gallagher",
    "tom.gallagher@gmail.com",
    "already_paid",
    True,
    3,
    """
Hi,
I paid this on the 7th of October through my banking app (CHF 640). I typed the reference by hand
because the QR code wouldn't scan, so maybe that's why you can't find it? Screenshot attached.
Tom
""",
    quote="gmail",
    client_lang="en",
    attachments=[("png", "payment_screenshot.png")],
    notes="Paid with a hand-typed reference; ends with a question.",
)

R(
    "bq",
    "RG25-00661",
    2140.0,
    "reminder_2",
    "de",
    "de",
    "2026-11-03T09:05:00+01:00",
    "Monika Odermatt",
    "m.odermatt@odermatt-beck.ch",
    "already_paid",
    True,
    3,
    """
Guten Tag

Zur Info die Antwort unseres Treuhänders unten. Bitte prüfen Sie Ihre Zahlungseingänge.

Gruss
M. Odermatt

-----Ursprüngliche Nachricht-----
Von: Reto Blättler <r.blaettler@blaettler-treuhand.ch>
Gesendet: Montag, 2. November 2026 17:40
An: Monika Odermatt <m.odermatt@odermatt-beck.ch>
Betreff: AW: Mahnung Bergquell

Hallo Monika

Die RG25-00661 haben wir am 16.10. mit der Sammelzahlung überwiesen, CHF 2'140.00, Beleg liegt im
Ordner. Kannst du ihnen so antworten.

Gruss Reto
""",
    mentions=["RG25-00661"],
    quote="forward",
    internal=True,
    re="WG:",
    mailer=OUTLOOK,
    subject="WG: 2. Mahnung Rechnung RG25-00661",
    notes="Forward of the customer's exchange with its fiduciary, who states the payment.",
)

# delay_request, batch 8

R(
    "mr",
    "F25-0956",
    6840.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-11-04T17:55:00+01:00",
    "Julien Morel",
    "julien.morel@gite-semnoz.fr",
    "delay_request",
    True,
    2,
    """
Bonjour Madame Roche,

La cuisine est superbe, merci encore. En revanche la saison a été plus calme que prévu et je ne
peux pas tout régler d'un coup. Serait-il possible de payer en deux fois : la moitié fin novembre et
le solde fin décembre ?

Bien à vous
Julien Morel
Gîte du Semnoz
""",
    pdate="2026-11-30",
    quote="gmail",
    client_lang="fr",
    notes="Compliment, then two dated instalments: first at the end of November.",
)

R(
    "bq",
    "RG25-00664",
    2960.0,
    "reminder_1",
    "en",
    "en",
    "2026-11-05T11:48:00+01:00",
    "Geoffrey Hartley",
    "g.hartley@bluewin.ch",
    "delay_request",
    True,
    2,
    """
Dear Ms Imhof,

I am so sorry about this. I only saw your reminder now – I was in hospital for most of October
(knee operation, nothing dramatic but it took longer than planned) and my wife, who usually looks
after our post, was with me in Zurich the whole time, so the letters just piled up at home. I've
now gone through everything and your invoice for the new heating pump is right at the top of the
pile.

The work itself was excellent by the way, the house has never been this warm. The only thing is
that our pension fund payout, which we had planned to use for this, only comes in mid-November.
Would it be acceptable if we paid the full amount on 20 November? If that's a problem, please give
me a call and we'll find a solution, I don't want you to have to wait longer than necessary.

With many thanks for your patience,
Geoffrey Hartley
Meggen
""",
    pdate="2026-11-20",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    client_lang="en",
    notes="Long and apologetic; asks for a concrete date (20 November).",
)

R(
    "tv",
    "TV/25/0578",
    1870.0,
    "reminder_2",
    "de",
    "de",
    "2026-11-06T14:14:00+01:00",
    "Rosmarie Felder",
    "kasse@ferienlager-rigi.ch",
    "delay_request",
    False,
    2,
    """
Guten Tag Frau Bernasconi

Wir bitten Sie um etwas Geduld. Die Beiträge der Gemeinde für unser Ferienlager sind noch nicht
eingetroffen; sobald sie da sind, begleichen wir Ihre Rechnung umgehend.

Mit freundlichen Grüssen
Verein Ferienlager Rigi, Kassierin R. Felder
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="Vague: no date.",
)

R(
    "tv",
    "TV/25/0581",
    2290.0,
    "reminder_1",
    "it",
    "it",
    "2026-11-09T07:58:00+01:00",
    "Marisa Pedrazzi",
    "marisa@pedrazzi-garni.ch",
    "delay_request",
    False,
    2,
    """
Buongiorno, potremmo avere qualche settimana in più? La stagione è stata difficile e aspettiamo
ancora il saldo di un grosso gruppo. Grazie per la comprensione. Marisa

Inviato da iPhone
""",
    quote="apple",
    mailer=IPHONE,
    client_lang="it",
    notes="'qualche settimana': vague.",
)

R(
    "lx",
    "LX-2025/307",
    1560.0,
    "reminder_2",
    "fr",
    "fr",
    "2026-11-10T22:05:00+01:00",
    "Sophie Vuilleumier",
    "sophie@vuilleumier-graphisme.ch",
    "delay_request",
    True,
    2,
    """
Bonjour,
Est-ce que vous accepteriez que je règle cette facture le 15 décembre ? Je suis indépendante et un
gros client m'a payé avec 2 mois de retard, je me retrouve coincée.
Merci d'avance, Sophie Vuilleumier
""",
    pdate="2026-12-15",
    quote="thunderbird",
    mailer=TB,
    client_lang="fr",
    notes="A dated request phrased as a question.",
)

# payment_promise, batch 8

R(
    "bq",
    "RG25-00667",
    455.0,
    "reminder_1",
    "de",
    "de",
    "2026-11-11T12:31:00+01:00",
    "Ruedi Kälin",
    "ruedi.kaelin@bluewin.ch",
    "payment_promise",
    False,
    1,
    """
Zahle ich am Mäntig. Gruess Ruedi
""",
    pdate="2026-11-16",
    quote="apple",
    mailer=IPHONE,
    re="AW:",
    notes="Swiss German one-liner, 'Mäntig' = next Monday.",
)

R(
    "lx",
    "LX-2025/310",
    2180.0,
    "reminder_1",
    "en",
    "en",
    "2026-11-12T16:20:00+01:00",
    "Ben Carter",
    "ben.carter@carter-hughes.com",
    "delay_request",
    True,
    2,
    """
Hi Olivier, sorry, this slipped through. Is it OK if it goes out with our Monday payment run?

Cheers, Ben
""",
    pdate="2026-11-16",
    quote="gmail",
    client_lang="en",
    notes="'Is it OK if ... Monday' asks to pay on a later concrete date (like the first set's 'Would it be OK if we paid ... on'): a dated delay request.",
)

R(
    "mr",
    "F25-0959",
    1116.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-11-16T08:12:00+01:00",
    "Amandine Girod",
    "amandine.girod@laposte.net",
    "payment_promise",
    False,
    1,
    """
Bonjour, désolée pour le retard, je fais le virement après-demain, quand mon salaire sera tombé.
Cordialement, Amandine Girod
""",
    pdate="2026-11-18",
    quote="gmail",
    client_lang="fr",
    notes="'après-demain' resolved against the Date.",
)

R(
    "tv",
    "TV/25/0584",
    3340.0,
    "reminder_1",
    "it",
    "it",
    "2026-11-17T10:00:00+01:00",
    "Amministrazione Grand Hotel Brissago",
    "amministrazione@grandhotel-brissago.ch",
    "payment_promise",
    False,
    1,
    """
Spettabile ditta,

in riferimento al Vs. sollecito, Vi informiamo che provvederemo al pagamento entro il 20 c.m.

Distinti saluti
Amministrazione Grand Hotel Brissago
""",
    pdate="2026-11-20",
    quote="outlook",
    mailer=OUTLOOK,
    re="R:",
    client_lang="it",
    notes="'entro il 20 c.m.' (corrente mese).",
)

R(
    "bq",
    "RG25-00670",
    890.0,
    "reminder_2",
    "de",
    "de",
    "2026-11-18T15:45:00+01:00",
    "Kurt Amstutz",
    "k.amstutz@amstutz-liegenschaften.ch",
    "payment_promise",
    False,
    1,
    """
Guten Tag

Haben Sie meine Mail vom 2. November nicht erhalten? Ich hatte Ihnen doch geschrieben, dass wir Ende
Monat zahlen, sobald die Mieteinnahmen da sind. Daran hat sich nichts geändert.

Gruss
K. Amstutz
""",
    pdate="2026-11-30",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="A rhetorical question repeating an earlier promise: end of the month.",
)

# copy_request, batch 8

R(
    "mr",
    "F25-0962",
    780.0,
    "invoice",
    "en",
    "en",
    "2026-11-19T07:35:00+01:00",
    "Olivia Grant",
    "olivia.grant@outlook.com",
    "copy_request",
    False,
    2,
    """
Hi, the attachment won't open on my phone, can you send it again as a normal PDF? Thanks, Olivia

Get Outlook for Android
""",
    quote="gmail",
    mailer=ANDROID,
    client_lang="en",
    notes="Phone footer.",
)

R(
    "bq",
    "RG25-00673",
    2366.0,
    "invoice",
    "de",
    "de",
    "2026-11-19T14:05:00+01:00",
    "Sibylle Wyss",
    "s.wyss@wyss-bauleitung.ch",
    "copy_request",
    False,
    2,
    """
Guten Tag

Könnten Sie mir die Rechnung bitte noch mit den Arbeitsrapporten schicken? Ich möchte die Stunden
mit unserem Bautagebuch abgleichen, bevor ich sie zur Zahlung freigebe.

Danke und Gruss
Sibylle Wyss, Bauleitung
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="Supporting documents to check hours: no dispute stated (yet).",
)

R(
    "lx",
    "LX-2025/313",
    1240.0,
    "invoice",
    "fr",
    "fr",
    "2026-11-20T11:11:00+01:00",
    "Anne-Claude Bovard",
    "ac.bovard@groupe-lavaux.ch",
    "copy_request",
    False,
    2,
    """
Bonjour,

Merci d'adresser dorénavant vos factures à notre service fournisseurs (fournisseurs@groupe-lavaux.ch)
et non plus à mon adresse, je ne m'occupe plus de la comptabilité depuis octobre. Je leur transmets
celle-ci.

Bonne fin de semaine
Anne-Claude Bovard
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    client_lang="fr",
    notes="Future invoices to another recipient; this one passed on.",
)

R(
    "tv",
    "TV/25/0587",
    960.0,
    "invoice",
    "it",
    "it",
    "2026-11-20T15:40:00+01:00",
    "Luca Cattaneo",
    "luca@cattaneo-bnb.ch",
    "copy_request",
    False,
    2,
    """
Buongiorno, nella fattura che ci avete mandato non c'è la polizza di versamento QR. Potete
inviarcela? Grazie. Luca
""",
    quote="gmail",
    client_lang="it",
    notes="QR-bill missing: a copy request, not a formal defect of the claim.",
)

# acknowledgement, batch 8

R(
    "lx",
    "LX-2025/316",
    3250.0,
    "invoice",
    "en",
    "en",
    "2026-11-23T13:30:00+01:00",
    "Priya Raman",
    "priya.raman@helvetic-biotech.ch",
    "acknowledgement",
    False,
    1,
    """
Thanks Olivier – with the PO number on it the invoice went through our system this time. All sorted,
it's with AP now.

Priya
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    client_lang="en",
    notes="Mentions the earlier problem, now solved.",
)

R(
    "bq",
    "RG25-00676",
    1203.0,
    "invoice",
    "de",
    "de",
    "2026-11-24T09:20:00+01:00",
    "Irene Schwander",
    "irene.schwander@schwander-praxis.ch",
    "acknowledgement",
    False,
    1,
    """
Guten Tag Frau Imhof

Vielen Dank für die korrigierte Rechnung, jetzt stimmt alles. Ich habe sie an unsere Buchhaltung
weitergeleitet.

Freundliche Grüsse
Irene Schwander
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="'korrigierte Rechnung': the problem is solved.",
)

R(
    "mr",
    "F25-0968",
    1452.0,
    "invoice",
    "fr",
    "fr",
    "2026-11-24T17:02:00+01:00",
    "Hélène Dufour",
    "helene.dufour@free.fr",
    "acknowledgement",
    False,
    1,
    """
Bien reçu, merci. Le souci de la poignée est réglé, votre technicien est repassé hier. Tout est en
ordre.

Cordialement, Hélène Dufour
""",
    quote="thunderbird",
    mailer=TB,
    client_lang="fr",
    notes="'souci ... réglé': a problem solved, nothing to do.",
)

R(
    "tv",
    "TV/25/0590",
    1735.0,
    "reminder_1",
    "de",
    "de",
    "2026-11-25T08:48:00+01:00",
    "Peter Gisler",
    "p.gisler@sonnenberg-engelberg.ch",
    "acknowledgement",
    False,
    1,
    """
Hallo Monika

Kannst du das bitte noch zahlen? Ist die Wäsche vom September, die ist alles in Ordnung.

Danke, Peter

Peter Gisler
Geschäftsführer
Hotel Sonnenberg Engelberg
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    cc="Monika Arnold <buchhaltung@sonnenberg-engelberg.ch>",
    notes="Reply-all passing the reminder to a colleague for payment, no date: acknowledgement.",
)

R(
    "tv",
    "TV/25/0593",
    1120.0,
    "invoice",
    "it",
    "it",
    "2026-11-26T10:10:00+01:00",
    "Giorgio Bianchi",
    "giorgio.bianchi@osteria-bianchi.ch",
    "acknowledgement",
    False,
    1,
    """
Ricevuta, grazie. L'abbiamo girata all'amministrazione per il pagamento.

Saluti, Giorgio
""",
    quote="gmail",
    client_lang="it",
    notes="",
)

# auto_reply, batch 8

R(
    "bq",
    "RG25-00679",
    1980.0,
    "reminder_1",
    "de",
    "mixed",
    "2026-11-26T06:01:00+01:00",
    "Marc Schnyder",
    "marc.schnyder@schnyder-bau.ch",
    "auto_reply",
    False,
    1,
    """
Ich bin bis und mit 6. Dezember abwesend und habe keinen Zugriff auf meine E-Mails. In dringenden
Fällen wenden Sie sich bitte an info@schnyder-bau.ch.

Je suis absent jusqu'au 6 décembre inclus. En cas d'urgence, veuillez vous adresser à
info@schnyder-bau.ch.

Marc Schnyder
""",
    quote="none",
    mailer=OUTLOOK,
    subject="Automatische Antwort: Zahlungserinnerung Rechnung RG25-00679",
    headers={"Auto-Submitted": "auto-replied"},
    notes="Bilingual out-of-office; the return date is no promise.",
)

R(
    "lx",
    "LX-2025/319",
    870.0,
    "reminder_1",
    "en",
    "en",
    "2026-11-27T03:14:00+01:00",
    "Finance Service Desk",
    "finance.servicedesk@orbis-group.com",
    "auto_reply",
    False,
    1,
    """
This is an automated message. Your e-mail has been received by the Finance Service Desk and ticket
INC-0048213 has been created. We aim to reply within 2 business days. Please do not reply to this
message; to add information, quote the ticket number in the subject.

Finance Shared Services – Orbis Group
""",
    quote="none",
    subject="[INC-0048213] Received: Payment reminder: invoice LX-2025/319",
    headers={"Auto-Submitted": "auto-generated"},
    notes="Ticket system.",
)

R(
    "tv",
    "TV/25/0596",
    2450.0,
    "reminder_2",
    "it",
    "it",
    "2026-11-30T07:30:00+01:00",
    "Francesca Monti",
    "francesca.monti@hotel-gardenia.ch",
    "auto_reply",
    False,
    1,
    """
Sono assente dall'ufficio fino al 9 dicembre compreso. Il pagamento delle fatture fornitori
riprenderà al mio rientro. Per urgenze: amministrazione@hotel-gardenia.ch

Francesca Monti
""",
    quote="none",
    mailer=OUTLOOK,
    re="R:",
    notes="Out-of-office without any auto header or subject marker; 'pagamento ... al mio rientro' is no promise.",
)

R(
    "mr",
    "F25-0971",
    3960.0,
    "reminder_3",
    "fr",
    "fr",
    "2026-12-01T00:12:00+01:00",
    "Pierre Mollard",
    "p.mollard@chalets-aravis.fr",
    "auto_reply",
    False,
    1,
    """
Bonjour,

Je suis en congé jusqu'au lundi 14 décembre. Pour toute question relative aux paiements
fournisseurs, merci de contacter Mme Carrel (compta@chalets-aravis.fr). Vos messages ne sont pas
transférés.

Cordialement,
Pierre Mollard
""",
    quote="none",
    mailer=OUTLOOK,
    subject="Réponse automatique : Dernier rappel avant une mise en demeure – facture F25-0971",
    headers={"X-Auto-Response-Suppress": "All"},
    notes="Out-of-office with a return date and a payments contact.",
)

# other, batch 8

R(
    "bq",
    "RG25-00682",
    640.0,
    "invoice",
    "de",
    "de",
    "2026-12-01T10:40:00+01:00",
    "Hans Zurbuchen",
    "h.zurbuchen@zurbuchen-metzg.ch",
    "other",
    False,
    2,
    """
Guten Tag

Danke für die Rechnung. Apropos: Könnten Sie uns eine Offerte für den Ersatz unseres Boilers
(300 l, Baujahr 2004) machen? Der macht seit ein paar Wochen komische Geräusche.

Freundliche Grüsse
Hans Zurbuchen
""",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    notes="Thanks, then an unrelated request for a quote: other.",
)

R(
    "lx",
    "LX-2025/322",
    1890.0,
    "invoice",
    "fr",
    "fr",
    "2026-12-02T04:22:00+01:00",
    "Comptabilité Lavanchy",
    "compta@lavanchy-sa.ch",
    "other",
    False,
    1,
    """
Bonjour,

Veuillez trouver ci-joint notre règlement sécurisé. Pour le consulter, cliquez sur le lien
ci-dessous et connectez-vous avec vos identifiants Microsoft 365 :
https://example.net/docs/reglement-securise

Cordialement
""",
    quote="none",
    mailer=OUTLOOK,
    re="RE:",
    notes="Phishing that speaks of a 'règlement' (payment): not already_paid.",
)

R(
    "mr",
    "F25-0974",
    1320.0,
    "reminder_1",
    "en",
    "en",
    "2026-12-03T19:19:00+01:00",
    "Emma Scott",
    "emma.scott@icloud.com",
    "other",
    False,
    1,
    """
Sent from my iPhone
""",
    quote="apple",
    mailer=IPHONE,
    client_lang="en",
    notes="Empty reply with the device footer only.",
)

R(
    "tv",
    "TV/25/0599",
    1540.0,
    "invoice",
    "it",
    "it",
    "2026-12-03T11:05:00+01:00",
    "Sara Gianella",
    "sara@gianella-ristoranti.ch",
    "other",
    False,
    2,
    """
Avete anche tovaglioli in lino grigio antracite? Ne vorremmo ordinare 200 per la stagione
invernale. Grazie, Sara
""",
    quote="gmail",
    client_lang="it",
    notes="An order question, nothing about the invoice.",
)
