# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# ruff: noqa: RUF001  (the customers write en dashes and multiplication signs)
"""Twenty-sixth blind set of customers' replies (tests/data/disputes_blind26), with their labels (CC0 text).

Written by a twenty-eighth writer who read only the label definitions and the entry format, not
the other sets' replies, not the reader's rules and not its answers: it measures the reader once.
Everything is synthetic (people, firms, addresses, references). Never tune rules on these replies.

Profile: the construction and property sector. General contractors, site managers, property
managers and architects answer a heating/plumbing firm (``bq``), a joinery (``mr``) and a
lighting firm (``lo``): partial invoices (Teilrechnung / situation de travaux), retention money
(Rückbehalt / retenue de garantie), change orders (Nachtrag / avenant / travaux
supplémentaires), acceptance (Abnahme / réception des travaux) and defect lists (réserves,
Mängelliste), payment after the owner pays them, direct payment of a subcontractor by the owner;
French, German and some Italian.

Invoice numbers: ``BQ-25-NNNN`` (bq), ``MR-2025-NNN`` (mr), ``LO25-NNNN`` (lo), with the year of
issue.

Uses the invoicing companies of ``make_dispute_replies.py`` (bq, mr, lo); same entry format as
``dispute_replies_blind4.py`` (the ``R`` helper of ``dispute_replies_more.py``, entries kept in
this file's own ``REPLIES``); labels as defined in /work/shared/samples/disputes/README.md.
Build with ``.venv/bin/python scripts/bench/make_dispute_replies.py --source blind26``.
"""

import dispute_replies_more as _more
from dispute_replies_more import APPLE, IPHONE, ORANGE, OUTLOOK, OX, TB

REPLIES = []

R = _more.writer(REPLIES)

AUTO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

# ----------------------------------------------------------------------------------------------
# contestation
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BQ-25-0474",
    48650.4,
    "reminder_1",
    "de",
    "de",
    "2025-11-18T10:24:00+01:00",
    "Reto Kälin",
    "r.kaelin@bk-generalunternehmung.ch",
    "contestation",
    True,
    3,
    "Guten Tag Frau Imhof\n\nBesten Dank für Ihre Zahlungserinnerung.\n\nIhre 3. Teilrechnung "
    "BQ-25-0474 (Heizung/Sanitär, Überbauung Grundhof, Kriens) haben wir geprüft und "
    "grundsätzlich freigegeben. Gemäss Werkvertrag vom 14. März 2025, Ziff. 9.3, behalten wir "
    "auf allen Teilzahlungen 10 % als Rückbehalt bis zur Abnahme ein. Dieser Abzug fehlt auf "
    "Ihrer Rechnung.\n\nWir überweisen deshalb mit unserem Zahlungslauf vom 28. November "
    "CHF 43'785.36. Die restlichen CHF 4'865.04 werden nach der Abnahme bzw. gegen Stellung "
    "einer Solidarbürgschaft fällig – bitte führen Sie diesen Betrag nicht als überfällig und "
    "stellen Sie die Mahnungen dafür ein.\n\nFür Rückfragen stehe ich gerne zur Verfügung.\n\n"
    "Freundliche Grüsse\n\nReto Kälin\nProjektcontrolling\n"
    "Brunner + Kälin Generalunternehmung AG\nIndustriestrasse 44 | 6010 Kriens\n"
    "T +41 41 318 72 40",
    amount=4865.04,
    pdate="2025-11-28",
    mentions=["BQ-25-0474"],
    notes="Contractual 10 % retention not deducted on a partial invoice: the retention is "
    "withheld (contestation of that part, pauses) and the rest is paid on a stated payment run, "
    "which is the promised date.",
    salutation="Herr Kälin",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    headers={"Content-Language": "de-CH"},
    days_after=1,
)

R(
    "mr",
    "MR-2025-171",
    14862.0,
    "reminder_2",
    "fr",
    "fr",
    "2025-12-03T16:05:00+01:00",
    "Claire Perrissin",
    "c.perrissin@atelier-perrissin-archi.fr",
    "contestation",
    True,
    4,
    "Madame Roche,\n\nJe fais suite à votre deuxième relance concernant la situation n°4 du "
    "chantier de la maison Vuarchex à Talloires.\n\nComme je l'ai déjà indiqué à votre "
    "conducteur de travaux lors de la réunion de chantier du 18 novembre (compte rendu n°23, "
    "point 4.2), cette situation intègre l'avenant n°2 « habillage des tableaux de fenêtres en "
    "chêne » pour 1 860,00 € HT, soit 2 232,00 € TTC. Cet avenant n'a jamais été signé par le "
    "maître d'ouvrage ni même chiffré contradictoirement : c'est une proposition de votre part, "
    "pas une commande.\n\nIl est donc hors de question que le maître d'ouvrage règle ce poste, "
    "et je ne viserai pas une situation qui le contient. Merci de nous transmettre une "
    "situation rectifiée, hors avenant n°2 ; je la viserai dans la foulée et la transmettrai "
    "au maître d'ouvrage pour paiement.\n\nJe vous rappelle par ailleurs que toutes les "
    "situations doivent passer par notre cabinet pour visa avant envoi au client.\n\n"
    "Cordialement,\n\nClaire Perrissin\nArchitecte DPLG – maîtrise d'œuvre d'exécution\n"
    "Atelier Perrissin & Associés\n3 rue Sommeiller, 74000 Annecy\n04 50 51 88 27",
    amount=2232.0,
    notes="The architect answers for the owner and firmly refuses an unsigned change order "
    "(avenant) inside a progress invoice; amount stated HT and TTC, the TTC figure is taken.",
    salutation="Madame Perrissin",
    quote="thunderbird",
    mailer=TB,
)

R(
    "lo",
    "LO25-0262",
    6318.0,
    "invoice",
    "fr",
    "fr",
    "2025-10-08T18:42:00+02:00",
    "Hugo Lambert",
    "hugo.lambert@studio-canopee.fr",
    "contestation",
    True,
    3,
    "Bonjour Madame Berthier,\n\nMerci pour l'envoi de la facture.\n\nAvant de la passer en "
    "paiement, je dois vous signaler un problème sur la livraison : les 24 spots encastrés de "
    "la salle (réf. ORBIS 8W) ont été livrés et posés en 3000 K, alors que le CCTP et votre "
    "devis indiquent 2700 K. La différence se voit nettement à côté des appliques murales, qui "
    "elles sont bien en 2700 K (photos jointes, prises hier soir à l'allumage).\n\nLe client "
    "final ne réceptionnera pas la salle dans cet état. Nous suspendons donc le règlement de "
    "ces 24 spots, soit 24 × 86 € HT = 2 064 € HT, jusqu'à leur remplacement. Le reste de la "
    "facture suit le circuit normal de validation.\n\nPouvez-vous me confirmer une date "
    "d'intervention ? L'ouverture de la brasserie est prévue le 24 octobre.\n\nBien à vous,\n\n"
    "Hugo Lambert\nConduite de travaux\nStudio Canopée – aménagement & contractant général\n"
    "22 rue Royale, 69001 Lyon\n06 71 48 20 93",
    amount=2064.0,
    notes="Wrong colour temperature delivered: only the 24 spots are withheld (amount stated "
    "HT); the opening date is not a payment date and the rest has no date.",
    salutation="Monsieur Lambert",
    quote="gmail",
    format="alt",
    attachments=[("jpg", "IMG_4471.jpg"), ("jpg", "IMG_4472.jpg")],
)

R(
    "bq",
    "BQ-25-0577",
    18940.65,
    "reminder_3",
    "de",
    "de",
    "2026-01-27T08:12:00+01:00",
    "Sandro Wicki",
    "sandro.wicki@immo-habsburg.ch",
    "contestation",
    True,
    5,
    "Sehr geehrte Frau Imhof\n\nDass Sie uns jetzt mit der Betreibung drohen, ist wirklich der "
    "Gipfel.\n\nDie neue Wärmepumpe in der Liegenschaft Rigiblick in Ebikon ist seit der "
    "Inbetriebnahme zweimal ausgefallen, zuletzt vom 9. bis 11. Januar – bei minus 8 Grad, "
    "elf Parteien ohne Heizung und Warmwasser. Wir haben Ihnen am 12. Dezember und am "
    "12. Januar eine Mängelliste geschickt (nochmals im Anhang). Eine Antwort Ihres "
    "Projektleiters haben wir bis heute nicht erhalten, dafür Mahnungen aus Ihrer "
    "Buchhaltung.\n\nEine Abnahme hat nie stattgefunden. Solange die Mängel nicht behoben "
    "sind und kein Abnahmeprotokoll unterzeichnet ist, bezahlt die "
    "Stockwerkeigentümergemeinschaft keinen Franken dieser Rechnung.\n\nWir haben die "
    "Angelegenheit heute unserem Rechtsanwalt, lic. iur. Beat Zemp, übergeben. Eine "
    "allfällige Betreibung werden wir mit Rechtsvorschlag beantworten. Die Kosten der "
    "Notheizung im Januar (Mietgeräte, CHF 2'180.00) werden wir Ihnen in Rechnung stellen.\n\n"
    "Sandro Wicki\nBewirtschafter\nImmo Habsburg Verwaltungen AG\n"
    "im Auftrag der STWEG Rigiblick, Ebikon\nHabsburgerstrasse 20, 6003 Luzern",
    amount=18940.65,
    notes="Whole invoice withheld for defects and missing acceptance, lawyer instructed; the "
    "CHF 2'180 emergency-heating counterclaim is not the contested amount.",
    salutation="Herr Wicki",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    cc="Urs Achermann <urs.achermann@rigiblick-stweg.ch>",
    attachments=[("pdf", "Maengelliste_Rigiblick_2026-01-12.pdf")],
    days_after=1,
)

R(
    "mr",
    "MR-2025-212",
    3912.6,
    "reminder_1",
    "fr",
    "it",
    "2026-02-10T11:30:00+01:00",
    "Paolo Grivel",
    "paolo.grivel@edilgrivel.it",
    "contestation",
    True,
    3,
    "Buongiorno Sig.ra Roche,\n\nrispondo al vostro sollecito (scusate se scrivo in italiano, il "
    "mio francese scritto non è buono).\n\nNella fattura MR-2025-212 ci sono 14 ore di lavori "
    "in regia (posa battiscopa e ritocchi porte, cantiere chalet Les Granges a Megève) a "
    "58 €/ora. Secondo il nostro giornale di cantiere, firmato anche dal vostro caposquadra, le "
    "ore sono state 9: il 3 dicembre 5 ore e il 4 dicembre 4 ore. Le altre 5 ore non ci "
    "risultano.\n\nVi chiediamo quindi una nota di credito per 5 ore. Il resto lo paghiamo come "
    "d'accordo, ma dopo aver ricevuto la nota di credito, così facciamo un solo bonifico.\n\n"
    "Allego la foto della pagina del giornale di cantiere.\n\nCordiali saluti\n\n"
    "geom. Paolo Grivel\nEdil Grivel S.r.l.\nLocalità Plan-Félinaz 22 – 11020 Charvensod (AO)\n"
    "tel. +39 0165 48 12 77",
    amount=290.0,
    mentions=["MR-2025-212"],
    notes="Italian reply to a French reminder contesting 5 of 14 day-work hours: 5 h × 58 € "
    "computed excl. VAT; the rest is promised without a date.",
    salutation="Monsieur Grivel",
    quote="outlook",
    outlook_line=False,
    mailer=OUTLOOK,
    attachments=[("jpg", "giornale_cantiere_dic.jpg")],
    days_after=1,
)

R(
    "lo",
    "LO25-0214",
    5652.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-09-23T09:15:00+02:00",
    "Sophie Marchand",
    "s.marchand@rhone-bati-concept.fr",
    "contestation",
    True,
    3,
    "Bonjour Madame Berthier,\n\nTout d'abord merci à vos équipes pour la pose des "
    "suspensions du lobby de l'hôtel, le résultat est très réussi et le client est ravi.\n\n"
    "Nous ne contestons évidemment pas la prestation, mais il y a un écart de prix : votre "
    "devis DV-25-118 accepté le 2 juillet était de 4 980,00 € TTC pour les 6 suspensions LUNA "
    "fournies et posées, et la facture LO25-0214 est de 5 652,00 € TTC. Je ne trouve de notre "
    "côté aucun avenant ni travaux supplémentaires validés qui justifieraient la différence.\n\n"
    "Pourriez-vous vérifier et nous adresser un avoir du différentiel ? Nous réglerons la "
    "facture dès réception de l'avoir.\n\nCordialement,\n\nSophie Marchand\n"
    "Assistante de direction travaux\nRhône Bâti Concept SAS\n41 cours Gambetta, 69007 Lyon",
    amount=672.0,
    mentions=["LO25-0214"],
    notes="Praise and 'nous ne contestons pas la prestation' before a price gap against the "
    "quote (4 980 vs 5 652 TTC, difference 672); the quote number is not an invoice.",
    salutation="Madame Marchand",
    quote="thunderbird",
    mailer=TB,
    days_after=1,
)

R(
    "bq",
    "BQ-25-0388",
    23716.8,
    "reminder_2",
    "fr",
    "fr",
    "2025-10-21T07:48:00+02:00",
    "Joël Sottas",
    "j.sottas@sottas-eg.ch",
    "contestation",
    True,
    3,
    "Bonjour,\nPas payé parce que la chaufferie n'est pas finie : sonde extérieure pas posée, "
    "vannes de zones pas raccordées, pas de mise en service. Votre monteur n'est plus venu "
    "depuis le 2 octobre.\nOn paiera quand la réception sera faite, comme prévu au contrat. "
    "Merci de voir ça avec votre chef de projet.\nJ. Sottas\n\nEnvoyé de mon iPhone",
    amount=23716.8,
    notes="One-line phone reply from a site manager: the final invoice is withheld because the "
    "work is unfinished (contestation of the whole amount), not a request for time.",
    salutation="Monsieur Sottas",
    quote="apple",
    mailer=IPHONE,
    days_after=1,
)

# ----------------------------------------------------------------------------------------------
# invoice_error
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BQ-25-0604",
    31204.55,
    "invoice",
    "de",
    "de",
    "2025-12-04T14:02:00+01:00",
    "Monika Gisler",
    "kreditoren@arnold-bau.ch",
    "invoice_error",
    True,
    4,
    "Guten Tag\n\nWir bestätigen den Eingang Ihrer Rechnung BQ-25-0604, können diese jedoch "
    "nicht verarbeiten.\n\nGemäss Werkvertrag und unseren Einkaufsbedingungen (Ziff. 5) müssen "
    "auf jeder Rechnung folgende Angaben stehen:\n\n"
    "- unsere Projektnummer (hier: 24-118 Wohnpark Zugerstrasse, Baar)\n"
    "- die BKP-Nummer (242 Heizungsanlagen)\n- die Bestellnummer BE-24118-031\n\n"
    "Auf Ihrer Rechnung fehlen Projekt- und Bestellnummer. Bitte stellen Sie uns die Rechnung "
    "mit diesen Angaben neu aus. Unser letzter Zahlungslauf des Jahres ist am 19.12.2025; "
    "Rechnungen, die nach dem 12.12.2025 oder unvollständig eingehen, können erst im Januar "
    "verarbeitet werden.\n\nFreundliche Grüsse\n\nMonika Gisler\nKreditorenbuchhaltung\n"
    "Arnold Bau AG\nChamerstrasse 112, 6300 Zug\nTel. 041 711 43 90\n\n"
    "Diese E-Mail kann vertrauliche Informationen enthalten. Falls Sie nicht der richtige "
    "Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail.",
    mentions=["BQ-25-0604"],
    notes="Missing project and order number blocking the year's last payment run by a stated "
    "date (urgency 4); the payment-run date is a deadline, not a promised date.",
    mailer=OUTLOOK,
    charset="windows-1252",
)

R(
    "mr",
    "MR-2025-163",
    8746.2,
    "reminder_1",
    "fr",
    "fr",
    "2025-11-06T10:51:00+01:00",
    "Élodie Ferrand",
    "e.ferrand@dufour-immobilier.fr",
    "invoice_error",
    True,
    3,
    "Bonjour Madame Roche,\n\nNous accusons réception de votre relance.\n\nLa facture a été "
    "établie au nom de notre cabinet (Dufour Immobilier SARL) alors que le remplacement des "
    "portes palières a été voté en assemblée générale et commandé par le syndicat des "
    "copropriétaires. Notre cabinet n'est que le syndic : nous ne pouvons pas régler une "
    "facture libellée à notre nom avec les fonds de la copropriété, et le conseil syndical la "
    "refusera lors du contrôle des comptes.\n\nMerci de nous faire parvenir une facture "
    "rectifiée au nom de :\nSyndicat des copropriétaires de la Résidence Le Parmelan\n"
    "représenté par son syndic, Cabinet Dufour Immobilier\n12 avenue de Genève – 74000 "
    "Annecy\n\nLe montant n'appelle pas de remarque. Le paiement interviendra dès réception de "
    "la facture corrigée.\n\nCordialement,\n\nÉlodie Ferrand\nGestionnaire de copropriété\n"
    "Cabinet Dufour Immobilier\n04 50 27 66 18",
    notes="Invoice made out to the managing agent instead of the co-owners' association: wrong "
    "legal entity, amount explicitly accepted, payment promised without a date.",
    salutation="Madame Ferrand",
    quote="outlook",
    outlook_line=False,
    mailer=OUTLOOK,
    format="alt",
    charset="windows-1252",
)

R(
    "lo",
    "LO25-0301",
    4951.2,
    "reminder_2",
    "fr",
    "fr",
    "2026-01-14T15:20:00+01:00",
    "Karim Benali",
    "k.benali@regie-bellecour.fr",
    "invoice_error",
    True,
    3,
    "Bonjour,\n\nSuite à votre deuxième relance : nous ne refusons pas de payer, mais nous ne "
    "pouvons pas régler la facture en l'état.\n\nLes travaux (remplacement des luminaires des "
    "parties communes, résidence Les Tilleuls à Villeurbanne) portent sur un immeuble "
    "d'habitation achevé depuis plus de deux ans. Nous vous avions remis l'attestation de TVA "
    "à taux réduit signée avec le bon de commande, et votre devis était d'ailleurs établi à "
    "10 %. La facture applique 20 % : sur 4 126,00 € HT, cela fait 412,60 € de TVA facturée "
    "en trop.\n\nMerci de nous envoyer une facture rectifiée à 10 % (ou un avoir et une "
    "nouvelle facture), soit 4 538,60 € TTC. Nous la réglerons à réception.\n\nBien "
    "cordialement,\n\nKarim Benali\nGestionnaire technique\nRégie Bellecour\n"
    "8 place Antonin-Poncet, 69002 Lyon",
    amount=412.6,
    notes="Wrong VAT rate (20 % instead of 10 % on residential renovation) after 'nous ne "
    "refusons pas de payer': invoice error, disputed amount = the excess VAT as stated.",
    salutation="Monsieur Benali",
    quote="gmail",
    mailer=OX,
)

R(
    "bq",
    "BQ-25-0538",
    9874.3,
    "invoice",
    "it",
    "it",
    "2025-10-30T09:05:00+01:00",
    "Lorenza Cattaneo",
    "contabilita@cattaneo-costruzioni.ch",
    "invoice_error",
    True,
    3,
    "Buongiorno signora Imhof,\n\nabbiamo ricevuto oggi la fattura BQ-25-0538 relativa alla "
    "situazione lavori n. 2 (impianto sanitario, Residenza Al Parco, Massagno). La stessa "
    "situazione ci è però già stata fatturata con la BQ-25-0529 del 20 ottobre: stesso "
    "importo di CHF 9'874.30 e stesse posizioni.\n\nPresumo si tratti di un doppione. Vi "
    "chiediamo di annullare la BQ-25-0538; la 0529 è registrata e verrà pagata alla scadenza."
    "\n\nCordiali saluti\n\nLorenza Cattaneo\nContabilità fornitori\n"
    "Cattaneo Costruzioni SA\nVia Cantonale 18, 6900 Lugano",
    amount=9874.3,
    mentions=["BQ-25-0538", "BQ-25-0529"],
    notes="Duplicate of an earlier progress invoice (full amount contested); the promise to pay "
    "the original at its due date has no date and concerns the other invoice.",
    mailer=OUTLOOK,
    format="alt",
)

# ----------------------------------------------------------------------------------------------
# already_paid
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BQ-25-0462",
    12480.0,
    "reminder_1",
    "de",
    "de",
    "2025-11-12T13:37:00+01:00",
    "Daniela Roos",
    "d.roos@felder-bau.ch",
    "already_paid",
    True,
    3,
    "Guten Tag Frau Imhof\n\nIhre Zahlungserinnerung hat sich mit unserer Zahlung gekreuzt: Die "
    "2. Teilrechnung wurde mit unserem Zahlungslauf vom 7. November überwiesen, Valuta "
    "10.11.2025, CHF 12'480.00 auf Ihr Konto bei der Luzerner Kantonalbank. Die "
    "Zahlungsbestätigung finden Sie im Anhang.\n\nFreundliche Grüsse\n\nDaniela Roos\n"
    "Finanzen & Administration\nGebr. Felder Bau AG\nBahnhofstrasse 9, 6210 Sursee",
    notes="Payment crossed the reminder, with value date and proof attached.",
    salutation="Frau Roos",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    attachments=[("pdf", "Zahlungsbestaetigung_BQ.pdf")],
)

R(
    "mr",
    "MR-2025-179",
    6120.0,
    "reminder_2",
    "fr",
    "fr",
    "2025-12-16T11:02:00+01:00",
    "Sandrine Morel",
    "compta.fournisseurs@alpes-batiment.fr",
    "already_paid",
    True,
    3,
    "Bonjour Madame,\n\nJe vous transfère ci-dessous la réponse de notre conducteur de travaux. "
    "Pour notre part, nous ne pouvons pas payer cette facture : elle relève du paiement "
    "direct.\n\nCordialement,\n\nSandrine Morel\nComptabilité fournisseurs\n"
    "Alpes Bâtiment Construction\n\n-----Message d'origine-----\nDe : Julien Favre\n"
    "Envoyé : lundi 15 décembre 2025 17:48\nÀ : Sandrine Morel\n"
    "Objet : TR: 2e rappel : facture impayée\n\nSandrine,\nLa 179 de Roche, c'est la "
    "situation n°2 des menuiseries du groupe scolaire de Seynod. Roche est sous-traitant "
    "agréé avec paiement direct : la mairie les a réglés directement, mandat du 28/11 d'après "
    "le trésorier. Ce n'est pas à nous de la payer, tu peux leur répondre.\nJulien",
    mentions=["MR-2025-179"],
    notes="Forwarded internal exchange: the general contractor says the owner (town hall) "
    "already paid the subcontractor directly; 'nous ne pouvons pas payer' is not a dispute.",
    re="TR:",
    quote="forward",
    internal=True,
    fwd_to="j.favre@alpes-batiment.fr",
    salutation="Monsieur Favre",
    mailer=OUTLOOK,
    days_after=1,
)

R(
    "lo",
    "LO25-0318",
    2184.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-01-20T10:10:00+01:00",
    "Vincent Arnaud",
    "v.arnaud@vernay-renovation.fr",
    "already_paid",
    True,
    3,
    "Bonjour,\n\nLa facture LO25-0318 a été réglée le 9 janvier par un virement groupé de "
    "7 412,40 € qui couvrait aussi les factures LO25-0309 et LO25-0326 (libellé du virement : "
    "RBC FACT 0309 0318 0326). Le rapprochement a peut-être été fait sur une seule facture de "
    "votre côté ?\n\nMerci de vérifier et de nous confirmer que notre compte est soldé.\n\n"
    "Cordialement\n\nVincent Arnaud\nMaison Vernay Rénovation\nConducteur de travaux / "
    "administratif\n15 rue de la République, 38200 Vienne",
    mentions=["LO25-0318", "LO25-0309", "LO25-0326"],
    notes="Paid with two other invoices in one grouped transfer; the total is a payment, not "
    "a disputed amount.",
    salutation="Monsieur Arnaud",
    quote="thunderbird",
    mailer=TB,
    days_after=1,
)

R(
    "bq",
    "BQ-25-0611",
    1356.25,
    "reminder_2",
    "it",
    "it",
    "2026-01-29T16:44:00+01:00",
    "Marco Lepori",
    "m.lepori@lepori-immobiliare.ch",
    "already_paid",
    True,
    3,
    "Buongiorno,\n\nricevo oggi il secondo sollecito per la fattura in oggetto, che abbiamo "
    "pagato il 12 gennaio (vedi avviso di addebito allegato). È la seconda volta che succede: "
    "vi prego di controllare meglio gli incassi prima di mandare solleciti con spese.\n\n"
    "Distinti saluti\n\nMarco Lepori\nAmministrazione stabili\nLepori Fiduciaria Immobiliare "
    "SA\nViale Stazione 5, 6500 Bellinzona",
    notes="Paid with proof, irritated about the repeated reminder but not contesting the fee "
    "explicitly; a past payment date is not a promised date.",
    salutation="Signor Lepori",
    quote="apple",
    mailer=APPLE,
    attachments=[("pdf", "avviso_addebito_12012026.pdf")],
)

# ----------------------------------------------------------------------------------------------
# delay_request
# ----------------------------------------------------------------------------------------------

R(
    "mr",
    "MR-2025-196",
    11430.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-01-08T17:26:00+01:00",
    "Thierry Collomb",
    "t.collomb@savoie-habitat-construction.fr",
    "delay_request",
    False,
    2,
    "Bonjour Madame Roche,\n\nBien reçu votre rappel pour la situation de novembre.\n\nNous ne "
    "contestons rien sur cette situation, elle est validée par la maîtrise d'œuvre. Le "
    "problème est de notre côté : le maître d'ouvrage (SCCV Les Jardins du Fier) ne nous a "
    "toujours pas réglé notre propre situation de novembre. Nous réglons nos sous-traitants et "
    "fournisseurs dès réception des fonds.\n\nJe ne peux malheureusement pas vous donner de "
    "date précise, je relance le promoteur chaque semaine. Merci de votre compréhension et de "
    "votre patience.\n\nBien cordialement,\n\nThierry Collomb\nResponsable administratif et "
    "financier\nSavoie Habitat Construction\n180 route de Frangy, 74960 Cran-Gevrier",
    notes="Pay-when-paid: time asked until the owner pays, explicitly without a date, so "
    "dunning is not paused.",
    salutation="Monsieur Collomb",
    quote="outlook",
    mailer=OUTLOOK,
)

R(
    "bq",
    "BQ-25-0583",
    24318.7,
    "reminder_2",
    "de",
    "de",
    "2026-01-15T11:48:00+01:00",
    "Patrick Zimmermann",
    "p.zimmermann@zimmermann-bau.ch",
    "delay_request",
    True,
    2,
    "Sehr geehrte Frau Imhof\n\nIch weiss, dass die Rechnung überfällig ist, und entschuldige "
    "mich dafür. Die Arbeiten sind einwandfrei und an der Rechnung gibt es nichts "
    "auszusetzen. Unser Bauherr hält aber die Schlusszahlung für das MFH Eichhof noch zurück, "
    "und das bringt uns im Moment in einen Engpass.\n\nIch schlage Ihnen folgende "
    "Ratenzahlung vor:\n\n- CHF 8'000.00 am 30. Januar 2026\n- CHF 8'000.00 am 27. Februar "
    "2026\n- Restbetrag CHF 8'318.70 am 31. März 2026\n\nWären Sie damit einverstanden? Eine "
    "kurze Bestätigung per Mail genügt mir.\n\nFreundliche Grüsse\n\nPatrick Zimmermann\n"
    "Geschäftsführer\nZimmermann Bau GmbH\nKantonsstrasse 71, 6048 Horw",
    pdate="2026-01-30",
    notes="Dated three-instalment plan because the owner withholds his final payment; the "
    "invoice is explicitly not disputed.",
    salutation="Herr Zimmermann",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
)

R(
    "bq",
    "BQ-25-0596",
    7644.0,
    "reminder_3",
    "it",
    "it",
    "2026-02-05T08:55:00+01:00",
    "Davide Rusconi",
    "d.rusconi@rb-costruzioni.ch",
    "delay_request",
    True,
    2,
    "Gentile signora Imhof,\n\nabbiamo ricevuto l'ultimo sollecito e ce ne scusiamo. La "
    "fattura non è contestata; purtroppo la committenza ci versa la prossima rata del "
    "contratto d'appalto solo a fine mese.\n\nVi chiediamo di poter saldare l'importo entro la "
    "fine di febbraio e di sospendere nel frattempo la procedura di esecuzione. Se vi serve "
    "una conferma scritta della committenza, posso inviarvela.\n\nCordiali saluti\n\n"
    "arch. Davide Rusconi\nRusconi & Bernasconi Costruzioni SA\nVia Lugano 3, 6500 Bellinzona",
    pdate="2026-02-28",
    notes="Time asked until 'fine di febbraio' (resolved to 28 February) because the owner "
    "pays them then: a concrete date, so it pauses.",
    salutation="Signor Rusconi",
    quote="gmail",
)

# ----------------------------------------------------------------------------------------------
# payment_promise
# ----------------------------------------------------------------------------------------------

R(
    "lo",
    "LO25-0275",
    3276.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-02T09:31:00+01:00",
    "Comptabilité fournisseurs Dumas Promotion",
    "fournisseurs@dumas-promotion.fr",
    "payment_promise",
    False,
    1,
    "Bonjour,\n\nVotre facture a été validée par notre direction de programmes et sera réglée "
    "par virement le 15 décembre, avec notre campagne mensuelle de paiement fournisseurs, "
    "sauf imprévu.\n\nCordialement,\n\nService comptabilité fournisseurs\nGroupe Dumas "
    "Promotion\n64 rue Servient, 69003 Lyon",
    pdate="2025-12-15",
    notes="Shared accounts-payable mailbox, payment date given with a hedge ('sauf imprévu').",
    mailer=OX,
    days_after=1,
)

R(
    "bq",
    "BQ-25-0401",
    2890.15,
    "reminder_1",
    "de",
    "de",
    "2025-10-14T16:20:00+02:00",
    "Nicole Baumann",
    "n.baumann@baumann-immobilien.ch",
    "payment_promise",
    False,
    1,
    "Grüezi Frau Imhof\n\nDanke für die Erinnerung. Die Rechnung lag noch bei der "
    "Eigentümerin zur Visierung. Die Zahlung ist jetzt angewiesen und geht mit unserem "
    "Zahlungslauf vom kommenden Freitag raus.\n\nGruss\nNicole Baumann\n"
    "Baumann Immobilien GmbH, Bewirtschaftung\nSeetalstrasse 4, 6020 Emmenbrücke",
    pdate="2025-10-17",
    notes="'Die Zahlung ist angewiesen' sounds paid but goes out next Friday (resolved to "
    "17 October): a promise.",
    mailer=OUTLOOK,
    format="alt",
    days_after=1,
)

R(
    "mr",
    "MR-2025-141",
    4380.0,
    "reminder_2",
    "en",
    "en",
    "2025-09-30T12:05:00+02:00",
    "Oliver Grant",
    "oliver.grant@alpine-residences.example",
    "payment_promise",
    False,
    1,
    "Dear Ms Roche,\n\nApologies for the delay on this one – the owner of Chalet Les Aiguilles "
    "only signed off the joinery works last week after his visit. Payment of the full amount "
    "has now been approved and our bank transfer will be released on Friday 3 October.\n\n"
    "Best regards,\n\nOliver Grant\nProperty Manager\nAlpine Residences Management Ltd\n"
    "Megève office: +33 4 50 91 27 30",
    pdate="2025-10-03",
    notes="English-speaking property manager answering an English second reminder; the "
    "owner's sign-off explains the delay, nothing is contested.",
    salutation="Mr Grant",
    quote="apple",
    mailer=APPLE,
    days_after=1,
)

# ----------------------------------------------------------------------------------------------
# copy_request
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BQ-25-0437",
    16025.0,
    "invoice",
    "de",
    "de",
    "2025-09-17T08:40:00+02:00",
    "Fabian Leuthard",
    "f.leuthard@leuthard-gu.ch",
    "copy_request",
    False,
    2,
    "Guten Tag Frau Imhof\n\nIch bin Bauleiter und nicht für die Zahlungen zuständig – "
    "Rechnungen, die bei mir landen, gehen gerne mal unter. Diese hier habe ich an unsere "
    "Buchhaltung weitergeleitet.\n\nBitte senden Sie alle künftigen Rechnungen und "
    "Teilrechnungen für die Überbauung Sonnmatt direkt an kreditoren@leuthard-gu.ch, mit "
    "Vermerk «Projekt 2519 Sonnmatt». Die Visierung mache ich dann im System.\n\n"
    "Besten Dank und Gruss\n\nFabian Leuthard\nBauleitung\nLeuthard Generalunternehmung AG\n"
    "Mobile 079 412 56 30",
    notes="Future invoices to the accounts-payable address instead of the site manager; this "
    "invoice was forwarded internally and is not said to be defective.",
    salutation="Herr Leuthard",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
)

R(
    "mr",
    "MR-2025-174",
    9204.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-11-25T14:12:00+01:00",
    "Mélanie Girod",
    "melanie.girod@chablais-eg.fr",
    "copy_request",
    False,
    2,
    "Bonjour,\n\nJe ne retrouve pas cette facture dans notre circuit, elle n'a visiblement "
    "jamais été enregistrée chez nous (votre mail initial est sans doute parti chez mon "
    "prédécesseur, qui a quitté l'entreprise en septembre).\n\nPouvez-vous me la renvoyer en "
    "PDF, avec le décompte de la situation n°3 et l'état d'avancement visé par l'architecte ? "
    "Je la mets en paiement dès réception.\n\nMerci d'avance,\n\nMélanie Girod\nAssistante "
    "comptable\nChablais Entreprise Générale\n5 avenue des Allobroges, 74200 Thonon-les-Bains",
    notes="Invoice never received by the new assistant: resend with the progress statement; "
    "payment on receipt has no date.",
    salutation="Madame Girod",
    quote="gmail",
    mailer=ORANGE,
    days_after=1,
)

R(
    "lo",
    "LO25-0236",
    1998.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-10-15T11:05:00+02:00",
    "Aurélie Chanal",
    "a.chanal@vaux-immobilier.fr",
    "copy_request",
    False,
    2,
    "Bonjour Madame Berthier,\n\nDésolée pour le retard. Pourriez-vous me renvoyer la facture "
    "en PDF ainsi que le bon d'intervention signé par le gardien ? J'en ai besoin pour "
    "l'imputer aux charges de la copropriété (éclairage du parking et des caves, bâtiment B). "
    "Dès que je l'ai, elle part en règlement.\n\nBonne journée,\n\nAurélie Chanal\n"
    "Assistante de gestion\nCabinet Vaux Immobilier\n7 rue Grenette, 69002 Lyon",
    notes="Copy and signed work order asked for cost allocation; apology and 'part en "
    "règlement' without a date.",
    mailer=TB,
)

# ----------------------------------------------------------------------------------------------
# acknowledgement
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BQ-25-0423",
    38760.0,
    "invoice",
    "de",
    "de",
    "2025-09-09T10:02:00+02:00",
    "Barbara Amstutz",
    "b.amstutz@marti-stutz-bau.ch",
    "acknowledgement",
    False,
    1,
    "Guten Tag\n\nBesten Dank, die Rechnung ist angekommen. Ich habe sie zur Visierung an die "
    "Bauleitung (Herr Stutz) weitergeleitet.\n\nFreundliche Grüsse\n\nBarbara Amstutz\n"
    "Kreditoren\nMarti & Stutz Bau AG, Willisau",
    notes="",
    mailer=OUTLOOK,
    charset="iso-8859-1",
    days_after=1,
)

R(
    "mr",
    "MR-2026-008",
    17250.0,
    "invoice",
    "fr",
    "fr",
    "2026-02-03T18:10:00+01:00",
    "Marc Dupraz",
    "marc@dupraz-architecture.fr",
    "acknowledgement",
    False,
    1,
    "Bonjour Nathalie,\n\nBien reçu, merci. Je vise la situation n°5 et la transmets au maître "
    "d'ouvrage demain matin.\n\nPour info, les OPR sont calées le 10 février à 14h et la "
    "réception le 12 février ; pensez à prévoir quelqu'un de chez vous pour la levée des "
    "éventuelles réserves.\n\nBonne soirée,\n\nMarc Dupraz\nArchitecte – Dupraz Architecture\n"
    "Envoyé de mon iPad",
    notes="Architect passes the progress invoice on; the acceptance dates and 'réserves' are "
    "site logistics, neither a promise nor a dispute.",
    mailer=APPLE,
    format="html",
    days_after=1,
)

# ----------------------------------------------------------------------------------------------
# auto_reply
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BQ-25-0561",
    5412.8,
    "reminder_1",
    "de",
    "mixed",
    "2025-12-22T10:21:00+01:00",
    "Christine Schaller-Roth",
    "c.schaller@jeanneret-schaller.ch",
    "auto_reply",
    False,
    1,
    "Besten Dank für Ihre Nachricht. Ich bin vom 22. Dezember 2025 bis und mit 5. Januar 2026 "
    "abwesend. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich "
    "bitte an unsere Zentrale, Tel. +41 32 625 41 00.\n\nMerci de votre message. Je suis "
    "absente du 22 décembre 2025 au 5 janvier 2026 inclus. Votre e-mail ne sera pas "
    "transféré. En cas d'urgence, veuillez contacter notre centrale au +41 32 625 41 00.\n\n"
    "Christine Schaller-Roth\nBuchhaltung / Comptabilité\n"
    "Bauunternehmung Jeanneret + Schaller AG, Biel/Bienne",
    notes="Bilingual German/French out-of-office; the return date is not a payment date.",
    re="Automatische Antwort:",
    mailer=OUTLOOK,
    headers=AUTO,
    days_after=0,
)

R(
    "lo",
    "LO25-0227",
    2742.0,
    "reminder_3",
    "fr",
    "fr",
    "2025-11-04T12:47:00+01:00",
    "Centre de services partagés HRA",
    "no-reply@habitat-rhone-alpes.fr",
    "auto_reply",
    False,
    1,
    "Bonjour,\n\nNous accusons réception de votre message, enregistré sous la référence "
    "Ticket#2025110410004217.\n\nNotre service comptabilité fournisseurs traite les demandes "
    "dans un délai de 5 jours ouvrés. Merci de rappeler cette référence dans l'objet de toute "
    "correspondance ultérieure. Nous vous rappelons que les factures doivent être déposées "
    "exclusivement sur notre portail fournisseurs.\n\nCeci est un message automatique, merci "
    "de ne pas y répondre.\n\nGroupe Habitat Rhône-Alpes – Centre de services partagés",
    notes="Ticket-system confirmation to a final reminder; its boilerplate about where invoices "
    "must be filed is not a request from a person.",
    re="[Ticket#2025110410004217] RE :",
    headers={**AUTO, "X-Ticket-ID": "2025110410004217"},
    days_after=0,
)

# ----------------------------------------------------------------------------------------------
# other
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BQ-25-0470",
    14096.35,
    "invoice",
    "de",
    "de",
    "2025-10-07T12:15:00+02:00",
    "Luca Bachmann",
    "l.bachmann@holzer-bauplan.ch",
    "other",
    False,
    2,
    "Hoi Sandra\n\nDanke. Kannst du mal bei eurem Thomas nachfragen, wann er die Heizkörper im "
    "2. und 3. OG montieren kann? Der Gipser ist seit Freitag fertig und der Maler möchte am "
    "20. starten. Er nimmt das Telefon nicht ab.\n\nGruss\nLuca\n\n--\nLuca Bachmann | "
    "Bauleiter\nHolzer Bauplan AG | Obergrundstrasse 61 | 6003 Luzern",
    notes="Site manager uses the invoice thread for a scheduling question; the 'Danke' does "
    "not make it an acknowledgement and the 20th is a site date.",
    salutation="Herr Bachmann",
    quote="gmail",
    mailer=IPHONE,
    days_after=1,
)

R(
    "lo",
    "LO25-0259",
    1452.0,
    "reminder_2",
    "fr",
    "fr",
    "2025-11-27T14:36:00+01:00",
    "Atelier Sarrazin Architectes",
    "contact@atelier-sarrazin.fr",
    "other",
    False,
    1,
    "Bonjour,\n\nVeuillez trouver ci-dessous le document de règlement relatif à votre "
    "facture.\n\nConsulter le document sécurisé (PDF, 2 pages)\n\nCe lien expire dans 48 "
    "heures.\n\nCordialement,\nAtelier Sarrazin Architectes",
    notes="Phishing sent from the customer's hijacked mailbox; the 'document de "
    "règlement' lure is not a payment statement.",
    format="html",
    html='<html><body style="font-family:Arial,sans-serif;font-size:13px">'
    "<p>Bonjour,</p><p>Veuillez trouver ci-dessous le document de règlement relatif à votre "
    "facture.</p>"
    '<p><a href="https://secure-docshare.example.net/v/8f2c1e/reglement.pdf" '
    'style="background:#1a73e8;color:#fff;padding:8px 14px;text-decoration:none">'
    "Consulter le document sécurisé (PDF, 2 pages)</a></p>"
    "<p>Ce lien expire dans 48 heures.</p><p>Cordialement,<br>Atelier Sarrazin Architectes</p>"
    "</body></html>",
)
