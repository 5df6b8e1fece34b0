# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# ruff: noqa: RUF001  (the customers write en dashes and multiplication signs)
"""Twenty-fifth blind set of customers' replies (tests/data/disputes_blind25), with their labels (CC0 text).

Written by a twenty-seventh writer who read only the label definitions and the entry format, not
the other sets' replies, not the reader's rules and not its answers: it measures the reader once.
Everything is synthetic (people, firms, addresses, references). Never tune rules on these replies.

Profile: private persons (consumers), not businesses, answering tradesmen (a heating and
plumbing firm, a joinery), a lighting designer, a web agency and a weaving mill: emotional or
confused replies, older people writing long letters with their life story, young people writing
chat-style from a phone, a son writing for his elderly mother, a couple where each says
something different; French and German mostly, a few Italian and English.

Invoice numbers invented per company: bq ``RE-25-NNNN``, mr ``F-2025-NNN``, lo ``FCT-25-NNNN``,
wl ``WL-NNNNN``, tv ``TV/25/NNNN``.

Uses the invoicing companies of ``make_dispute_replies.py`` (bq, mr, lo, wl, tv); same entry
format as ``dispute_replies_blind20.py`` (the ``R`` helper of ``dispute_replies_more.py``,
entries kept in this file's own ``REPLIES``); labels as defined in
/work/shared/samples/disputes/README.md.
Build with ``.venv/bin/python scripts/bench/make_dispute_replies.py --source blind25``.
"""

import dispute_replies_more as _more
from dispute_replies_more import APPLE, IPHONE, ORANGE, OUTLOOK, TB

REPLIES = []

R = _more.writer(REPLIES)

AUTO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}
ANDROID = "Android Mail"

# ----------------------------------------------------------------------------------------------
# contestation
# ----------------------------------------------------------------------------------------------

R(
    "mr",
    "F-2025-318",
    3480.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-10-21T16:05:00+02:00",
    "Jeanne Baudet",
    "jeanne.baudet@orange-mail.example",
    "contestation",
    True,
    3,
    "Madame Roche,\n\nJe vous écris suite à votre lettre de rappel, que j'ai trouvée un peu "
    "sèche je dois dire, mais je ne vous en veux pas, vous faites votre travail.\n\n"
    "Permettez-moi de vous expliquer. J'ai 79 ans, je vis seule dans la maison depuis le décès "
    "de mon mari Robert en 2019, et cette cuisine, c'était notre projet à tous les deux. Il "
    "avait même dessiné les plans sur un cahier d'écolier. Quand votre fils est venu prendre les "
    "mesures au printemps, j'étais très émue et très contente.\n\n"
    "Seulement voilà : les portes des meubles hauts ne sont pas de la même teinte que les "
    "meubles bas. Celles du haut sont nettement plus jaunes, ma voisine Mme Perrin l'a vu tout de "
    "suite sans que je lui dise rien. Et le tiroir à couverts accroche, il faut forcer. J'ai "
    "téléphoné deux fois à l'atelier en septembre, on m'a dit que quelqu'un passerait, personne "
    "n'est venu.\n\n"
    "Je ne suis pas une mauvaise payeuse, j'ai payé l'acompte le jour même de la commande. Mais "
    "je préfère attendre que les portes soient remplacées et le tiroir réglé avant de régler la "
    "facture de solde. Je pense que c'est normal.\n\n"
    "Je suis à la maison tous les jours sauf le jeudi matin (marché). Mon téléphone fixe est le "
    "04 50 77 18 32.\n\n"
    "Veuillez agréer, Madame, mes salutations distinguées.\n\nJeanne Baudet\n"
    "3 chemin des Vergers\n74370 Pringy",
    amount=3480.0,
    mailer=ORANGE,
    salutation="Madame Baudet",
    notes="Long, polite letter with life story; the whole balance invoice is withheld until "
    "the defects are fixed, without the word 'contester'.",
)

R(
    "bq",
    "RE-25-4471",
    912.4,
    "invoice",
    "de",
    "de",
    "2025-09-24T19:42:00+02:00",
    "Martin Gisler",
    "martin.gisler@bluewin-mail.example",
    "contestation",
    True,
    3,
    "Grüezi Frau Imhof\n\nIch schreibe Ihnen im Namen meiner Mutter, Frau Rosmarie Gisler "
    "(Sonnhaldenweg 4, Kriens), die selber keine E-Mail hat. Sie hat mir die Rechnung für den "
    "Heizungsservice gezeigt, weil sie nicht verstanden hat, warum sie so hoch ist.\n\n"
    "Auf der Rechnung stehen 3.5 Stunden Arbeit à CHF 128.-. Meine Mutter sagt, der Monteur sei "
    "um halb neun gekommen und kurz nach zehn wieder gegangen, also etwa 1.5 Stunden. Ich war "
    "nicht dabei, aber sie ist mit 86 noch sehr klar im Kopf und schreibt sich solche Sachen auf "
    "(sie hat mir den Kalenderzettel gezeigt). Die Anfahrt ist ja separat verrechnet.\n\n"
    "Wir bitten Sie deshalb, die 2 Stunden zu viel zu korrigieren und eine neue Rechnung zu "
    "schicken. Den Rest zahlt sie selbstverständlich, sobald die korrigierte Rechnung da ist.\n\n"
    "Besten Dank und freundliche Grüsse\nMartin Gisler\n(Sohn von Rosmarie Gisler)\n"
    "079 514 22 80",
    amount=256.0,
    mailer=OUTLOOK,
    salutation="Frau Gisler",
    quote="outlook",
    notes="Son writing for his mother; 2 h × CHF 128 contested (computed, excl. VAT), and "
    "'neue Rechnung' is a correction, not a formal defect.",
)

R(
    "wl",
    "WL-10387",
    1450.0,
    "reminder_2",
    "de",
    "de",
    "2025-11-19T23:14:00+01:00",
    "Noah Brändli",
    "noah.braendli@gmx-mail.example",
    "contestation",
    True,
    4,
    "hey\n\nsorry aber die website ist immer noch nicht online?? ich hab euch im oktober 3x "
    "geschrieben dass das kontaktformular nicht geht und die fotos von der galerie fehlen. "
    "keine antwort. und jetzt kommt ne mahnung mit 20.- gebühr lol\n\n"
    "ich zahl doch nicht für was das nicht funktioniert. macht die seite fertig dann zahl "
    "ich. die 20 fr gebühr zahl ich sicher nicht\n\nnoah\n\nSent from my iPhone",
    amount=1470.0,
    mailer=IPHONE,
    salutation="Herr Brändli",
    notes="Chat-style, no capitals; the whole invoice plus the CHF 20 reminder fee is refused "
    "('ich zahl doch nicht'), hence 1470 and urgency 4.",
)

R(
    "lo",
    "FCT-25-0642",
    2964.0,
    "reminder_3",
    "fr",
    "fr",
    "2026-01-27T21:48:00+01:00",
    "Sébastien Morel",
    "seb.morel@free-mail.example",
    "contestation",
    True,
    5,
    "Madame Berthier,\n\nUNE MISE EN DEMEURE ?? Vous plaisantez j'espère.\n\n"
    "Je vous rappelle les faits, puisque personne chez vous ne lit nos messages : sur les huit "
    "suspensions commandées pour le séjour, trois sont arrivées avec le verre fêlé (photos "
    "envoyées le 4 décembre, pas de réponse). Elles sont toujours dans leurs cartons dans mon "
    "garage. Je ne paierai pas 3 x 289 € TTC pour des lampes cassées, soit 867 €.\n\n"
    "J'ai déjà pris contact avec l'UFC-Que Choisir de Villeurbanne et je laisserai un avis "
    "détaillé sur Google si rien ne bouge d'ici la fin de la semaine. Le reste de la facture, "
    "je suis prêt à le payer dès que vous m'aurez fait un avoir pour les trois suspensions.\n\n"
    "Sébastien Morel",
    amount=867.0,
    mailer=TB,
    quote="thunderbird",
    salutation="Monsieur Morel",
    notes="Shouting and consumer-association / review threat (urgency 5); partial amount "
    "867 contested; the remainder is offered without any date.",
)

R(
    "tv",
    "TV/25/0219",
    455.0,
    "invoice",
    "it",
    "it",
    "2025-10-03T10:20:00+02:00",
    "Graziella Pedrazzini",
    "g.pedrazzini@ticino-net.example",
    "contestation",
    True,
    3,
    "Gentile signora Bernasconi,\n\nho ricevuto la fattura per le tende della veranda e la "
    "ringrazio, sono venute molto belle e mia figlia dice che sembrano quelle di un albergo.\n\n"
    "Però c'è una cosa che non mi torna. Quando sono venuta in negozio a giugno con mio nipote "
    "avevamo detto 380 franchi tutto compreso, anche la confezione, e lei me lo aveva scritto su "
    "un foglietto che conservo ancora nel cassetto della cucina. Nella fattura invece sono 455 "
    "franchi. Forse è stato aggiunto qualcosa che io non ho chiesto?\n\n"
    "Io pago volentieri quello che avevamo detto. Mi può rispondere per favore, anche per "
    "telefono al 091 752 40 18, la mattina sono sempre in casa.\n\n"
    "Cordiali saluti\nGraziella Pedrazzini\nVia ai Ronchi 11, 6612 Ascona",
    amount=75.0,
    mailer=APPLE,
    salutation="Signora Pedrazzini",
    notes="Friendly praise first; the dispute is implied by agreed 380 vs invoiced 455 "
    "(difference 75), phrased as a question.",
)

R(
    "mr",
    "F-2025-402",
    4860.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-04T08:31:00+01:00",
    "Olivier et Nadia Ferrand",
    "famille.ferrand@laposte-mail.example",
    "contestation",
    True,
    3,
    "Bonjour,\n\nBien reçu le rappel, désolé pour le retard, on s'en occupe cette semaine.\n"
    "Olivier\n\n---\n\nNon Olivier, attends, on avait dit qu'on ne payait pas la pose tant que "
    "la porte de garage frotte au sol ! Madame, la porte sectionnelle racle le seuil depuis le "
    "premier jour, il y a une trace sur le béton. Nous réglerons le matériel, mais pas la pose "
    "(420 € HT sur votre facture) tant que quelqu'un n'est pas venu la régler.\n"
    "Nadia Ferrand\n\nEnvoyé depuis mon mobile",
    amount=420.0,
    mailer=ANDROID,
    salutation="Monsieur Ferrand",
    quote="gmail",
    notes="A couple in one e-mail: the husband promises payment, the wife then withholds the "
    "installation line (420 € HT); the dispute wins, no date promised.",
)

R(
    "lo",
    "FCT-25-0597",
    1796.4,
    "reminder_2",
    "en",
    "en",
    "2025-11-12T12:02:00+01:00",
    "Helen Whitcombe",
    "helen.whitcombe@mailbox-uk.example",
    "contestation",
    True,
    3,
    "Dear Ms Berthier,\n\nThank you for your patience and apologies for the delay, we have been "
    "back and forth to England since October.\n\nHaving gone through the invoice line by line "
    "with my husband, there is one item we cannot accept: two DALI dimmer modules at EUR 145 "
    "each. We never ordered these; the quote we signed in July only had the standard wall "
    "dimmers, which are also on the invoice. That is 2 x 145 + VAT = EUR 348.\n\n"
    "We will transfer the remaining EUR 1,448.40 by Friday at the latest, and would be grateful "
    "for a credit note for the modules.\n\nKind regards,\nHelen Whitcombe\n"
    "Le Clos des Tilleuls, 69890 La Tour-de-Salvagny",
    amount=348.0,
    pdate="2025-11-14",
    mailer=APPLE,
    format="alt",
    salutation="Mrs Whitcombe",
    notes="Apology opener; part contested (348 incl. VAT), the undisputed rest promised "
    "'by Friday' = 2025-11-14.",
)

# ----------------------------------------------------------------------------------------------
# invoice_error
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "RE-25-4602",
    1318.7,
    "invoice",
    "de",
    "de",
    "2025-10-29T15:37:00+01:00",
    "Elisabeth Amrein",
    "e.amrein@hispeed-mail.example",
    "invoice_error",
    True,
    3,
    "Sehr geehrte Frau Imhof\n\nBesten Dank für die Rechnung für den neuen Boiler, der "
    "Monteur war sehr freundlich und hat alles sauber hinterlassen.\n\n"
    "Die Rechnung ist aber auf meinen Mann, Josef Amrein, ausgestellt. Mein Mann ist am "
    "12. August nach langer Krankheit verstorben. Das Konto läuft jetzt auf meinen Namen, und "
    "die Bank hat mir gesagt, dass ich Rechnungen auf seinen Namen nicht mehr einfach bezahlen "
    "kann, solange die Erbteilung nicht abgeschlossen ist.\n\n"
    "Könnten Sie die Rechnung bitte auf Elisabeth Amrein, gleiche Adresse (Hubelmattstrasse 9, "
    "6010 Kriens), neu ausstellen? Dann bezahle ich sie gerne.\n\n"
    "Entschuldigen Sie die Umstände.\n\nMit freundlichen Grüssen\nElisabeth Amrein",
    mailer=OUTLOOK,
    salutation="Herr Amrein",
    quote="outlook",
    outlook_line=False,
    format="html",
    notes="Emotional: the invoice is addressed to the deceased husband; a wrong name that "
    "must be reissued, not a contestation.",
)

R(
    "mr",
    "F-2025-355",
    2640.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-11-06T11:15:00+01:00",
    "Bernard Lacombe",
    "bernard.lacombe@wanadoo-mail.example",
    "invoice_error",
    True,
    3,
    "Bonjour Madame,\n\nJe ne conteste pas du tout le travail de vos compagnons, les fenêtres "
    "du salon sont parfaites. Mais votre facture F-2025-355 applique une TVA à 20 %, alors que nous "
    "avions signé l'attestation simplifiée pour le taux réduit de 10 % (maison achevée en 1974, "
    "c'est notre résidence principale). Votre devis était d'ailleurs à 10 %.\n\n"
    "Sur 2 200 € HT cela fait 220 € de TVA en trop. Merci de m'envoyer une facture rectifiée "
    "à 2 420 € TTC, que je réglerai dès réception.\n\n"
    "Bien cordialement,\nBernard Lacombe\n17 rue du Lac, 74290 Veyrier-du-Lac",
    amount=220.0,
    mentions=("F-2025-355",),
    mailer=ORANGE,
    salutation="Monsieur Lacombe",
    quote="gmail",
    notes="Negation opener ('je ne conteste pas'); wrong VAT rate is a formal error, the "
    "customer states the excess VAT (220).",
)

R(
    "wl",
    "WL-10422",
    216.0,
    "reminder_1",
    "de",
    "de",
    "2026-01-22T13:09:00+01:00",
    "Lea Küng",
    "lea.kueng@protonmail.example",
    "invoice_error",
    True,
    3,
    "Hallo Herr Frei\n\nkurze Frage bzw eher ein Fehler glaub ich: ihr habt mir das Hosting "
    "2026 zweimal verrechnet, einmal mit WL-10418 und dann nochmal mit WL-10422, beides "
    "CHF 216.- für den gleichen Zeitraum. Die 10418 hab ich am 5. Januar bezahlt. Die 10422 "
    "ist also doppelt, bitte stornieren 🙏\n\nLG Lea",
    amount=216.0,
    mentions=("WL-10418", "WL-10422"),
    mailer=IPHONE,
    salutation="Frau Küng",
    notes="Duplicate invoice, not 'already paid': the thread's invoice is the duplicate of "
    "one the customer paid; full amount disputed.",
)

R(
    "lo",
    "FCT-25-0710",
    3312.0,
    "invoice",
    "fr",
    "fr",
    "2025-12-15T18:26:00+01:00",
    "Claire Dumoulin-Vasseur",
    "claire.dumoulin@sfr-mail.example",
    "invoice_error",
    True,
    3,
    "Bonsoir Madame Berthier,\n\nMerci pour la facture. Petit souci : elle est à mon seul nom "
    "et à notre adresse de Lyon, alors que les travaux ont été faits dans la maison de "
    "Montmerle, qui appartient à la SCI familiale (SCI Les Saules, 12 montée des Saules, "
    "01090 Montmerle-sur-Saône). Notre comptable nous dit que la facture doit être au nom de "
    "la SCI, sinon elle ne peut pas être passée dans ses comptes.\n\n"
    "Pouvez-vous la refaire à ce nom ? Le montant est bon, rien à redire.\n\n"
    "Merci et belle soirée,\nClaire Dumoulin-Vasseur",
    mailer=APPLE,
    format="alt",
    quote="apple",
    salutation="Madame Dumoulin-Vasseur",
    notes="Private customer but the invoice must go to the family SCI: wrong name and address, "
    "amount explicitly accepted.",
)

# ----------------------------------------------------------------------------------------------
# already_paid
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "RE-25-4388",
    486.35,
    "reminder_2",
    "de",
    "de",
    "2025-11-25T10:04:00+01:00",
    "Walter Zihlmann",
    "w.zihlmann@bluewin-mail.example",
    "already_paid",
    True,
    3,
    "Sehr geehrte Damen und Herren\n\nMit Erstaunen habe ich Ihre zweite Mahnung erhalten. "
    "Ich bin seit 52 Jahren Kunde in Luzern und habe noch nie eine Rechnung zu spät bezahlt, "
    "schon mein Vater hat bei Ihrer Firma die Heizung machen lassen, damals noch beim alten "
    "Herrn Bergquell.\n\nIch habe den Betrag von Fr. 486.35 am 3. November am Postschalter in "
    "Emmenbrücke mit dem Einzahlungsschein einbezahlt. Die Quittung lege ich Ihnen als Foto "
    "bei. Meine Enkelin hat mir geholfen, das Foto zu machen.\n\n"
    "Bitte prüfen Sie das und korrigieren Sie Ihre Buchhaltung.\n\n"
    "Hochachtungsvoll\nWalter Zihlmann\nGerliswilstrasse 61\n6020 Emmenbrücke",
    mailer=OUTLOOK,
    salutation="Herr Zihlmann",
    attachments=[("jpg", "Quittung_Post.jpg")],
    notes="Long, formal letter from an elderly customer; payment at the post counter with a "
    "photo of the receipt, past date is not a promised date.",
)

R(
    "mr",
    "F-2025-337",
    780.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-10-15T20:51:00+02:00",
    "Kevin Arnaud",
    "kev.arnaud74@gmail-like.example",
    "already_paid",
    True,
    3,
    "slt c payé depuis lundi par virement instantané ?? vérifiez svp\n\nEnvoyé de mon iPhone",
    mailer=IPHONE,
    salutation="Monsieur Arnaud",
    notes="One line from a phone, abbreviations, no accents; 'depuis lundi' is a past payment.",
)

R(
    "tv",
    "TV/25/0274",
    612.0,
    "reminder_1",
    "it",
    "it",
    "2025-12-02T09:47:00+01:00",
    "Fabio Rusconi",
    "fabio.rusconi@swissnet.example",
    "already_paid",
    True,
    3,
    "Buongiorno,\n\nle scrivo per mia madre, Ines Rusconi, a cui avete mandato il sollecito per "
    "le tovaglie ricamate. La fattura l'ho pagata io con il mio e-banking il 24 novembre, "
    "quindi probabilmente non trovate il pagamento perché arriva dal mio conto (Fabio "
    'Rusconi, Banca Stato) e non dal suo. Nella comunicazione avevo messo "Rusconi '
    'tovaglie", forse non il numero della fattura (0274), mi scuso.\n\nCordiali saluti\n'
    "Fabio Rusconi",
    mailer=OUTLOOK,
    salutation="Signora Rusconi",
    quote="outlook",
    mentions=("TV/25/0274",),
    notes="Son paid for his mother from his own account without the invoice number: already "
    "paid, the payment is hard to match.",
)

R(
    "wl",
    "WL-10295",
    390.0,
    "reminder_3",
    "en",
    "en",
    "2025-12-10T07:58:00+01:00",
    "Daniel Okafor",
    "d.okafor@fastmail-like.example",
    "already_paid",
    True,
    4,
    "Hi,\n\nThird reminder and now a threat of debt collection. Great customer service, "
    "really impressive.\n\nI paid this in September by credit card directly on your website "
    "when I booked the photography portfolio package, you even sent me an automatic "
    "confirmation (order #5531). Nobody has ever sent me a bank transfer invoice before this "
    "one. Please check your own shop system before sending Betreibung threats to people.\n\n"
    "Daniel",
    mailer=APPLE,
    salutation="Mr Okafor",
    quote="gmail",
    client_lang="en",
    notes="Sarcasm (urgency 4); paid by card at order on the website, order number is not an "
    "invoice number.",
)

# ----------------------------------------------------------------------------------------------
# delay_request
# ----------------------------------------------------------------------------------------------

R(
    "lo",
    "FCT-25-0583",
    1260.0,
    "reminder_2",
    "fr",
    "fr",
    "2025-11-27T14:40:00+01:00",
    "Monique Chevalier",
    "monique.chevalier@orange-mail.example",
    "delay_request",
    True,
    2,
    "Chère Madame,\n\nJe suis bien embarrassée de recevoir votre deuxième relance. Les "
    "appliques que vous avez posées dans l'escalier sont magnifiques et je ne remets rien en "
    "cause, mon petit-fils les a même prises en photo pour ses amis.\n\n"
    "Seulement, je suis à la retraite depuis douze ans, et avec le remplacement de la chaudière "
    "cet automne je n'ai pas pu tout régler d'un coup. Ma pension arrive le 9 de chaque mois. "
    "Pour la facture n° FCT-25-0583, je vous propose donc de payer en trois fois : 420 € le 9 décembre, 420 € le 9 janvier et "
    "420 € le 9 février. Si cela vous convient, je ferai les virements à ces dates sans faute.\n\n"
    "Je vous prie de croire, Madame, à l'expression de mes sentiments les meilleurs.\n\n"
    "Monique Chevalier\n5 place des Tilleuls\n69630 Chaponost",
    pdate="2025-12-09",
    mentions=("FCT-25-0583",),
    mailer=ORANGE,
    salutation="Madame Chevalier",
    notes="Long letter; dated instalment plan (first instalment 9 December), invoice "
    "explicitly not disputed.",
)

R(
    "bq",
    "RE-25-4519",
    734.5,
    "reminder_1",
    "de",
    "de",
    "2025-11-03T22:17:00+01:00",
    "Jonas Wyss",
    "jonas.wyss99@gmx-mail.example",
    "delay_request",
    False,
    2,
    "Hallo zusammen\n\nsorry für die späte Antwort. Ich hab im September meinen Job verloren "
    "und es ist grad echt knapp. Die Rechnung für die Reparatur ist ok, ich will die schon "
    "zahlen, aber im Moment geht es einfach nicht.\n\n"
    "Kann ich das in Raten machen? Ich meld mich sobald ich wieder was gefunden habe, hab "
    "nächste Woche zwei Vorstellungsgespräche.\n\nGruess Jonas",
    mailer=ANDROID,
    salutation="Herr Wyss",
    notes="Instalments asked without any date or amount ('sobald ich wieder was gefunden "
    "habe'): no pause; 'nächste Woche' is an interview, not a payment date.",
)

R(
    "tv",
    "TV/25/0301",
    1080.0,
    "reminder_2",
    "it",
    "it",
    "2026-01-08T16:33:00+01:00",
    "Rosanna Ghielmini",
    "rosanna.ghielmini@bluewin-mail.example",
    "delay_request",
    True,
    2,
    "Gentile signora Bernasconi,\n\nmi scusi tanto per il ritardo. Sono stata ricoverata "
    "all'ospedale La Carità dal 10 dicembre e sono rientrata a casa solo lunedì, e ho trovato "
    "la posta accumulata. Le coperte per il letto sono arrivate bene e sono contentissima.\n\n"
    "Le chiedo gentilmente se posso pagare a fine gennaio, quando mi arriva la rendita AVS e "
    "mia figlia può accompagnarmi in banca.\n\nGrazie di cuore per la comprensione.\n"
    "Rosanna Ghielmini",
    pdate="2026-01-31",
    mailer=APPLE,
    salutation="Signora Ghielmini",
    quote="apple",
    notes="Hospital story; 'a fine gennaio' is a concrete new date (2026-01-31), so the "
    "delay request pauses.",
)

# ----------------------------------------------------------------------------------------------
# payment_promise
# ----------------------------------------------------------------------------------------------

R(
    "mr",
    "F-2025-291",
    1150.0,
    "invoice",
    "fr",
    "fr",
    "2025-09-18T19:03:00+02:00",
    "Aurélie Ducret",
    "aurelie.ducret@laposte-mail.example",
    "payment_promise",
    False,
    1,
    "Bonsoir Madame Roche,\n\nMerci pour la facture de la bibliothèque, elle a trouvé sa place "
    "dans le bureau et mon mari ne cesse de l'admirer ! Je vous fais le virement d'ici la fin "
    "du mois, dès que mon salaire est tombé.\n\nBonne soirée,\nAurélie Ducret",
    pdate="2025-09-30",
    mailer=IPHONE,
    salutation="Madame Ducret",
    quote="apple",
    notes="'D'ici la fin du mois' resolved to 2025-09-30.",
)

R(
    "wl",
    "WL-10455",
    540.0,
    "reminder_1",
    "de",
    "de",
    "2026-01-13T12:46:00+01:00",
    "Mia Schaub",
    "mia.schaub@icloud-like.example",
    "payment_promise",
    False,
    1,
    "oh nein sorry total vergessen!! 🙈 zahl morgen, versprochen\nmia",
    pdate="2026-01-14",
    mailer=IPHONE,
    salutation="Frau Schaub",
    notes="Chat-style one-liner; 'morgen' resolved to 2026-01-14.",
)

R(
    "bq",
    "RE-25-4650",
    2275.8,
    "reminder_2",
    "de",
    "de",
    "2025-12-19T08:22:00+01:00",
    "Peter Bucher",
    "peter.bucher@hispeed-mail.example",
    "payment_promise",
    False,
    1,
    "Guten Tag Frau Imhof\n\nIch habe die Zahlung für die Rechnung RE-25-4650 heute im E-Banking erfasst. Da das Geld erst "
    "nach dem Lohn auf dem Konto ist, habe ich sie auf den 23.12. terminiert. Sie sollte also "
    "kurz vor Weihnachten bei Ihnen sein.\n\nFreundliche Grüsse\nPeter Bucher\n"
    "Buchenweg 3, 6045 Meggen",
    pdate="2025-12-23",
    mentions=("RE-25-4650",),
    mailer=OUTLOOK,
    salutation="Herr Bucher",
    quote="outlook",
    notes="'Zahlung erfasst' sounds paid, but it is scheduled for 23.12.: a promise, not "
    "already paid.",
)

# ----------------------------------------------------------------------------------------------
# copy_request
# ----------------------------------------------------------------------------------------------

R(
    "lo",
    "FCT-25-0622",
    598.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-11T10:12:00+01:00",
    "Henri Lefèvre",
    "henri.lefevre@orange-mail.example",
    "copy_request",
    False,
    2,
    "Madame,\n\nC'est mon petit-fils qui m'a installé cette adresse électronique et je ne la "
    "regarde pas souvent, je vous prie de m'en excuser. Je n'ai jamais reçu de facture par la "
    "poste, seulement ce message de rappel, et je n'arrive pas à ouvrir la pièce jointe sur "
    "la tablette.\n\nPourriez-vous m'envoyer la facture sur papier à mon domicile, avec vos "
    "coordonnées bancaires ? Je passerai à ma banque la régler dès que je l'aurai.\n\n"
    "Henri Lefèvre\n22 rue Sainte-Hélène, 69002 Lyon",
    mailer=ORANGE,
    salutation="Monsieur Lefèvre",
    charset="iso-8859-1",
    notes="Elderly customer who cannot open the PDF: paper copy by post; 'dès que je l'aurai' "
    "is no date.",
)

R(
    "tv",
    "TV/25/0344",
    268.0,
    "invoice",
    "it",
    "it",
    "2026-02-04T17:55:00+01:00",
    "Chiara Fontana",
    "chiara.fontana@ticino-net.example",
    "copy_request",
    False,
    2,
    "Buonasera,\n\ngrazie per la fattura dei cuscini. La mia app della banca non riesce a "
    'leggere il PDF, mi dice "codice QR non trovato". Potreste mandarmi la polizza di '
    "versamento QR come immagine o per posta? Altrimenti ditemi l'IBAN e faccio a mano.\n\n"
    "Grazie mille\nChiara",
    mailer=IPHONE,
    salutation="Signora Fontana",
    notes="QR-bill or IBAN requested because the banking app fails; no payment date.",
)

R(
    "wl",
    "WL-10471",
    1890.0,
    "invoice",
    "de",
    "de",
    "2026-02-09T09:30:00+01:00",
    "Ursula Meier-Hotz",
    "ursula.meier@bluewin-mail.example",
    "copy_request",
    False,
    2,
    "Guten Tag Herr Frei\n\nBesten Dank für die Rechnung für die neue Website meines "
    "Keramikateliers (ich arbeite privat, ohne Firma). Ab sofort kümmert sich meine Tochter um "
    "meine Rechnungen, da ich mit den Augen nicht mehr so gut sehe. Bitte senden Sie diese und "
    "alle künftigen Rechnungen an sarah.meier@mailbox-ch.example.\n\n"
    "Freundliche Grüsse\nUrsula Meier-Hotz",
    mailer=OUTLOOK,
    cc="Sarah Meier <sarah.meier@mailbox-ch.example>",
    salutation="Frau Meier-Hotz",
    quote="outlook",
    format="alt",
    notes="Future invoices to the daughter's address; not a wrong address on the invoice.",
)

# ----------------------------------------------------------------------------------------------
# acknowledgement
# ----------------------------------------------------------------------------------------------

R(
    "mr",
    "F-2025-376",
    2960.0,
    "invoice",
    "fr",
    "fr",
    "2025-11-20T12:10:00+01:00",
    "Gérard Pollet",
    "gerard.pollet@wanadoo-mail.example",
    "acknowledgement",
    False,
    1,
    "Bonjour Madame Roche,\n\nBien reçu la facture, merci. Je tenais aussi à vous dire que "
    "l'escalier en chêne est une réussite. Mon épouse, qui était sceptique au départ (elle "
    "voulait du métal !), est conquise. Transmettez nos remerciements à Thomas et à l'apprenti, "
    "ils ont été d'une propreté exemplaire.\n\nBien à vous,\nGérard Pollet",
    mailer=TB,
    salutation="Monsieur Pollet",
    quote="thunderbird",
    notes="",
)

R(
    "bq",
    "RE-25-4533",
    389.9,
    "reminder_1",
    "de",
    "de",
    "2025-11-14T18:40:00+01:00",
    "Thomas Kälin",
    "thomas.kaelin@sunrise-mail.example",
    "acknowledgement",
    False,
    1,
    "Grüezi\n\nDie Mahnung ist an mich gegangen, die Rechnung ist aber für meine Mutter "
    "(Margrit Kälin), ich verwalte ihre Post. Ich habe alles an ihre Beiständin weitergeleitet, "
    "die sich um die Zahlungen kümmert.\n\nGruss\nThomas Kälin",
    mailer=ANDROID,
    salutation="Herr Kälin",
    notes="Son passes the reminder on to his mother's legal guardian: only 'forwarded', no "
    "date, no dispute.",
)

# ----------------------------------------------------------------------------------------------
# auto_reply
# ----------------------------------------------------------------------------------------------

R(
    "wl",
    "WL-10349",
    720.0,
    "reminder_3",
    "de",
    "mixed",
    "2025-12-23T06:00:00+01:00",
    "Stefan Rohner",
    "stefan.rohner@schulen-zh.example",
    "auto_reply",
    False,
    1,
    "Ich bin vom 20. Dezember bis 5. Januar in den Ferien und lese meine E-Mails nicht. "
    "In dringenden Fällen wenden Sie sich an das Schulsekretariat, 044 312 90 10.\n\n"
    "I am on holiday from 20 December to 5 January and will not be reading e-mail.\n\n"
    "Stefan Rohner",
    mailer=OUTLOOK,
    re="Automatische Antwort:",
    headers=AUTO,
    salutation="Herr Rohner",
    notes="Bilingual out-of-office of a private customer's school address; the return date "
    "is not a payment date.",
)

R(
    "lo",
    "FCT-25-0671",
    845.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-02-02T09:14:00+01:00",
    "Sylvie Garnier",
    "sylvie.garnier@free-mail.example",
    "auto_reply",
    False,
    1,
    "Bonjour,\n\nJe suis en voyage en Asie et n'ai qu'un accès très limité à ma messagerie "
    "jusqu'au 15 février. Je traiterai vos messages et réglerai mes factures en attente à mon "
    "retour.\n\nBien cordialement,\nSylvie Garnier",
    re="Réponse automatique :",
    headers=AUTO,
    salutation="Madame Garnier",
    notes="Out-of-office that mentions settling pending invoices on return: still an "
    "auto-reply, no promise to this invoice.",
)

# ----------------------------------------------------------------------------------------------
# other
# ----------------------------------------------------------------------------------------------

R(
    "mr",
    "F-2025-344",
    1640.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-11-05T17:28:00+01:00",
    "Isabelle Mercier",
    "isabelle.mercier@sfr-mail.example",
    "other",
    False,
    2,
    "Bonjour,\n\nMon mari s'occupe du virement pour la porte d'entrée, il vous l'a dit au "
    "téléphone je crois.\n\nJ'en profite pour une autre question : est-ce que vous faites "
    "aussi les volets battants en mélèze ? Nous en aurions six à remplacer côté jardin avant "
    "l'hiver prochain. Pourriez-vous passer pour un devis ? Je suis là les mercredis.\n\n"
    "Merci,\nIsabelle Mercier",
    mailer=ORANGE,
    salutation="Monsieur Mercier",
    quote="gmail",
    notes="A request for a new quote in reply to a reminder; the payment remark is undated "
    "and second-hand, so no promise.",
)

R(
    "tv",
    "TV/25/0258",
    395.0,
    "invoice",
    "it",
    "it",
    "2025-10-16T13:05:00+02:00",
    "Marco Bianchi",
    "marco.bianchi1962@ticino-net.example",
    "other",
    False,
    2,
    "Buongiorno,\n\ncredo che abbiate sbagliato indirizzo e-mail. Mi chiamo anch'io Marco "
    "Bianchi ma abito a Bellinzona e non sono mai stato vostro cliente, la persona giusta forse "
    "è un omonimo. Non so a chi girarla, quindi la rimando a voi. Vi prego di correggere "
    "l'indirizzo nei vostri dati.\n\nSaluti\nMarco Bianchi",
    mailer=TB,
    salutation="Signor Bianchi",
    quote="thunderbird",
    notes="Wrong recipient with the same name as the customer, not a 'never ordered' contestation.",
)
