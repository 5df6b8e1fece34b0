# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# ruff: noqa: RUF001  (the customers write en dashes and multiplication signs)
"""Twenty-second blind set of customers' replies (tests/data/disputes_blind22), with their labels (CC0 text).

Written by a twenty-fourth writer who read only the label definitions and the entry format, not
the other sets' replies, not the reader's rules and not its answers: it measures the reader once.
Everything is synthetic (people, firms, communes, addresses, SIRET, IBANs, references). Never tune
rules on these replies.

Profile: French customers of Menuiserie Roche & Fils (``mr``) and Lumen & Ombre (``lo``): private
homeowners, syndics de copropriété (invoice to the syndicat des copropriétaires, amount voted in
general assembly, RIB for the separate account), architects (situations de travaux, reserves at
reception, visa passed on to the client), public bodies (Chorus Pro, engagement number, mandat
administratif, service facturier ticket system), SMEs with an accounts-payable department (PO
numbers, payment runs, dematerialisation platform, confidentiality disclaimers) and a few foreign
clients writing English (reverse charge, old IBAN, a daughter writing for her father); from one
line typed on a phone to a long formal letter with a lawyer.

Uses the invoicing companies ``mr`` and ``lo`` of ``make_dispute_replies.py``; same entry format
as ``dispute_replies_blind20.py`` (the ``R`` helper of ``dispute_replies_more.py``, entries kept
in this file's own ``REPLIES``); labels as defined in /work/shared/samples/disputes/README.md.
Build with ``.venv/bin/python scripts/bench/make_dispute_replies.py --source blind22``.
"""

import dispute_replies_more as _more
from dispute_replies_more import APPLE, IPHONE, ORANGE, OUTLOOK, TB

REPLIES = []

R = _more.writer(REPLIES)

AUTO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

# ----------------------------------------------------------------------------------------------
# contestation
# ----------------------------------------------------------------------------------------------

R(
    "mr",
    "MR-2025-0318",
    5412.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-10-14T11:26:00+02:00",
    "Sophie Lacombe",
    "s.lacombe@arve-syndic.fr",
    "contestation",
    True,
    3,
    "Madame,\n\n"
    "Nous accusons réception de votre rappel concernant la facture MR-2025-0318 relative au "
    "remplacement de la porte du hall B de la résidence Le Clos des Aulnes.\n\n"
    "Le conseil syndical, que nous avons consulté, ne valide pas cette facture en l'état : "
    "l'assemblée générale du 12 juin a voté votre devis n° D25-114 pour un montant de "
    "4 860,00 € TTC, or votre facture s'élève à 5 412,00 € TTC. L'écart correspond semble-t-il "
    "au ferme-porte et à la quincaillerie « anti-pince-doigts », qui ne figuraient pas au devis "
    "et n'ont fait l'objet d'aucun avenant signé.\n\n"
    "Nous ne pouvons pas engager la copropriété au-delà du montant voté. Nous vous remercions "
    "de nous adresser un avoir de 552,00 € ou une facture rectifiée ; nous procéderons alors "
    "au règlement depuis le compte séparé du syndicat.\n\n"
    "Restant à votre disposition,\n\n"
    "Sophie Lacombe\nGestionnaire de copropriété\n"
    "Cabinet Arve Syndic – 21 avenue de Genève – 74000 Annecy\nTél. 04 50 00 41 27",
    amount=552.0,
    mentions=["MR-2025-0318"],
    notes="A syndic contests the excess over the quote voted in general assembly "
    "(5 412 vs 4 860 TTC, 552 € named) and asks for a credit note; formal tone, no refusal word.",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    salutation="Madame Lacombe",
)

R(
    "lo",
    "LO-25-0742",
    6830.4,
    "invoice",
    "fr",
    "fr",
    "2025-11-05T18:02:00+01:00",
    "Julien Ferrand",
    "julien.ferrand@ferrand-archi.fr",
    "contestation",
    True,
    3,
    "Bonjour Camille,\n\n"
    "Je reviens vers vous au sujet de la facture de l'éclairage de la boutique Maison Vérane "
    "(rue Mercière).\n\n"
    "Lors de la réception du 29 octobre nous avons constaté que les 18 spots encastrés de la "
    "vitrine sont en 4000 K, alors que le CCTP et votre devis validé prévoyaient du 3000 K. Le "
    "rendu sur les tissus n'a rien à voir et la cliente l'a tout de suite remarqué. C'est noté "
    "en réserve sur le PV de réception.\n\n"
    "Le reste de l'installation est conforme, rien à redire. En revanche je ne peux pas viser "
    "la facture pour les spots tant qu'ils ne sont pas remplacés : 18 × 86 € HT, soit "
    "1 548 € HT. Pouvez-vous nous faire soit une facture sans ces 18 spots (vous les "
    "refacturerez après remplacement), soit un avoir du même montant ?\n\n"
    "Bien à vous,\n\n"
    "Julien Ferrand\nArchitecte DPLG\nAtelier Ferrand Architecture\n"
    "5 rue Juiverie – 69005 Lyon\n04 78 00 62 15",
    amount=1548.0,
    notes="An architect withholds his visa on one line (wrong colour temperature, reserve at "
    "reception) and asks for a new invoice or a credit note: a contestation of goods, not a formal "
    "invoice error; 18 × 86 HT = 1 548.",
    quote="gmail",
    format="alt",
    salutation="Monsieur Ferrand",
)

R(
    "mr",
    "MR-2025-0467",
    2340.0,
    "reminder_2",
    "fr",
    "fr",
    "2026-01-12T07:48:00+01:00",
    "Pascal Giraud",
    "pascal.giraud74@orange.fr",
    "contestation",
    True,
    4,
    "Bonjour,\n"
    "ca fait depuis novembre que j attends que quelqu un revienne regler la porte fenetre du "
    "salon qui frotte et laisse passer l air (j ai appele 3 fois et envoyé les photos a Mr "
    "Roche) et vous m envoyez une relance avec des penalites ?!\n"
    "Je reglerai le solde quand la porte sera reglée, pas avant.\n"
    "P. Giraud\n\n"
    "Envoyé de mon iPhone",
    amount=2340.0,
    notes="Typed on a phone without accents: the homeowner withholds the whole balance invoice "
    "until the after-sales repair is done (explicit refusal 'pas avant' → 4); 'penalites' echoes "
    "the company's reminder.",
    mailer=IPHONE,
    attachments=[("jpg", "IMG_4471.jpeg")],
)

R(
    "lo",
    "LO-25-0688",
    8946.0,
    "reminder_3",
    "fr",
    "fr",
    "2025-12-17T16:40:00+01:00",
    "Bertrand Jacquemin",
    "direction@comptoir-canuts.fr",
    "contestation",
    True,
    5,
    "Objet : facture LO-25-0688 – suspensions défectueuses – brasserie Le Comptoir des Canuts\n\n"
    "Madame,\n\n"
    "Nous faisons suite à votre courriel de « dernier rappel » reçu ce jour.\n\n"
    "Pour mémoire, votre société a fourni et installé fin septembre l'éclairage complet de notre "
    "salle : douze suspensions sur mesure et leurs alimentations. Dès la mi-octobre, sept des "
    "douze suspensions ont commencé à clignoter, puis se sont éteintes. Votre technicien, venu "
    "le 23 octobre, a évoqué un défaut des drivers et devait revenir « sous huit jours » avec "
    "des pièces de remplacement. Nous avons relancé votre société par téléphone et par écrit "
    "les 3 novembre, 18 novembre et 2 décembre, sans la moindre réponse à ce jour.\n\n"
    "Depuis bientôt deux mois, nous recevons notre clientèle dans une salle à moitié éclairée, "
    "avec des lampes d'appoint, en pleine période de fêtes.\n\n"
    "Dans ces conditions, nous suspendons le paiement de la totalité de la facture jusqu'au "
    "remplacement complet et au bon fonctionnement de l'installation.\n\n"
    "Nous avons transmis l'ensemble du dossier à notre avocat, Maître Hélène Vasseur (barreau "
    "de Lyon), qui prendra contact avec vous si la situation n'est pas réglée sous quinze "
    "jours. Nous nous réservons par ailleurs le droit de demander réparation du préjudice "
    "commercial subi.\n\n"
    "Veuillez agréer, Madame, l'expression de nos salutations distinguées.\n\n"
    "Bertrand Jacquemin\nGérant\nSAS Le Comptoir des Canuts\n"
    "18 rue d'Austerlitz – 69004 Lyon",
    amount=8946.0,
    mentions=["LO-25-0688"],
    notes="Long formal letter to the final notice: defective goods, the whole invoice withheld "
    "and a lawyer instructed (5).",
    quote="outlook",
    outlook_line=False,
    mailer=OUTLOOK,
    format="alt",
    cc="Maître Hélène Vasseur <h.vasseur@vasseur-avocat.fr>",
    salutation="Monsieur Jacquemin",
)

R(
    "lo",
    "LO-25-0571",
    5184.0,
    "reminder_1",
    "en",
    "en",
    "2025-09-23T10:15:00+02:00",
    "Oliver Hartley",
    "o.hartley@hartleyrowe-hotels.co.uk",
    "contestation",
    True,
    3,
    "Hi Camille,\n\n"
    "Thanks for the reminder, and sorry for the slow reply – the invoice has been sitting "
    "with me while I checked it.\n\n"
    "To be clear, we are not disputing the invoice as such: the fittings arrived in good order "
    "and your team did a lovely job in the lobby. The one thing I can't reconcile is the "
    "'installation – 1 day' line. Your quote of 3 June says installation is included for "
    "orders above EUR 3,500 excl. VAT, and the fittings alone come to EUR 3,600. So I'd expect "
    "that line to go: EUR 720 plus VAT, i.e. EUR 864.\n\n"
    "Could you look into it and send us a corrected invoice? We'll pay as soon as we have it.\n\n"
    "Best,\nOliver\n\n"
    "Oliver Hartley\nOperations Manager\nHartley & Rowe Boutique Hotels Ltd\n"
    "14 Cheyne Walk, London SW3 5RT",
    amount=864.0,
    notes="Opens with 'we are not disputing the invoice as such' and then contests the "
    "installation line as included in the quote (720 + VAT, 864 stated); payment promised "
    "without a date, after the correction.",
    quote="gmail",
    format="alt",
    salutation="Mr Hartley",
)

R(
    "mr",
    "MR-2025-0402",
    11904.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-11-18T09:05:00+01:00",
    "Marc-Antoine Dufresne",
    "ma.dufresne@dufresne-architectes.fr",
    "contestation",
    True,
    3,
    "Madame Roche,\n\n"
    "Concernant votre situation n° 3 (facture MR-2025-0402), chantier de la maison Berthollet "
    "à Talloires :\n\n"
    "- menuiseries extérieures : conforme à l'avancement constaté, rien à dire ;\n"
    "- habillage de l'escalier chêne : vous facturez 100 % alors qu'à la visite de chantier "
    "du 6 novembre seuls le limon et les marches étaient posés, ni les contremarches ni la "
    "main courante. J'estime l'avancement à 60 %, soit 40 % de 6 200 € HT = 2 480 € HT à "
    "retirer de cette situation.\n\n"
    "J'ai donné mon accord au maître d'ouvrage pour le règlement de la partie non contestée, "
    "le virement partira vendredi. Le reste sera repris en situation n° 4 une fois l'escalier "
    "terminé.\n\n"
    "Cordialement,\n\n"
    "Marc-Antoine Dufresne\nArchitecte – maître d'œuvre\nDufresne & Associés\n"
    "2 quai Eustache Chappuis – 74000 Annecy",
    amount=2480.0,
    pdate="2025-11-21",
    mentions=["MR-2025-0402"],
    notes="Architect contests the progress billed on one lot of a situation de travaux (40 % of "
    "6 200 HT = 2 480 HT) and has the undisputed part paid on Friday (21 Nov).",
    quote="outlook",
    mailer=OUTLOOK,
    salutation="Monsieur Dufresne",
)

R(
    "lo",
    "LO-26-0009",
    412.8,
    "reminder_1",
    "fr",
    "fr",
    "2026-02-17T20:31:00+01:00",
    "Élodie Marchand",
    "elodie.marchand@laposte.net",
    "contestation",
    True,
    3,
    "Bonjour,\n\n"
    "Pas de souci pour celle-ci, je la règle vendredi, j'attendais ma paie.\n\n"
    "Par contre je n'ai toujours pas de réponse pour la facture de décembre (LO-25-0811) : "
    "vous m'avez compté deux déplacements (2 × 95 €) alors que votre technicien n'est venu "
    "qu'une fois, le 9 décembre. Pouvez-vous retirer le deuxième ?\n\n"
    "Merci\nÉlodie Marchand",
    amount=95.0,
    pdate="2026-02-20",
    mentions=["LO-25-0811"],
    notes="The thread's invoice is accepted and promised for Friday (20 Feb); the dispute (one "
    "call-out fee of 95 €) concerns the December invoice named in mentions, so dunning pauses "
    "for that one.",
    quote="thunderbird",
    mailer=TB,
    salutation="Madame Marchand",
)

# ----------------------------------------------------------------------------------------------
# invoice_error
# ----------------------------------------------------------------------------------------------

R(
    "mr",
    "MR-2025-0421",
    14760.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-02T14:20:00+01:00",
    "Aurélie Missillier",
    "finances@montagny-sur-fier.fr",
    "invoice_error",
    True,
    3,
    "Madame,\n\n"
    "Nous accusons réception de votre courriel de rappel relatif à la facture MR-2025-0421 "
    "(remplacement des menuiseries extérieures de l'école élémentaire).\n\n"
    "Nous vous informons que cette facture n'a pas pu être prise en charge par nos services. "
    "En application de l'ordonnance n° 2014-697 du 26 juin 2014, les factures adressées aux "
    "collectivités territoriales doivent obligatoirement être transmises par le portail "
    "Chorus Pro. Une facture reçue par courriel ne peut être ni enregistrée ni mandatée.\n\n"
    "Par ailleurs, la facture ne comporte pas le numéro d'engagement juridique figurant sur le "
    "bon de commande qui vous a été notifié (EJ n° 2025-00187), mention indispensable à son "
    "rapprochement.\n\n"
    "Nous vous invitons donc à déposer sur Chorus Pro une facture comportant ce numéro, à "
    "l'attention de :\n"
    "Commune de Montagny-sur-Fier – SIRET 217 402 896 00014 – code service : ST-BAT\n\n"
    "Le délai global de paiement de trente jours courra à compter de la réception de la "
    "facture sur le portail.\n\n"
    "Nous vous prions d'agréer, Madame, nos salutations distinguées.\n\n"
    "Pour le Maire et par délégation,\n"
    "Aurélie Missillier\nResponsable du service finances\n"
    "Mairie de Montagny-sur-Fier – 1 place de la Mairie – 74330 Montagny-sur-Fier",
    mentions=["MR-2025-0421"],
    notes="A commune cannot pay an invoice sent by e-mail without the engagement number: it "
    "must be re-filed on Chorus Pro with the EJ number (a formal defect, the work is not "
    "questioned); legal references are administrative, not a threat.",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    salutation="Madame, Monsieur",
)

R(
    "lo",
    "LO-26-0004",
    2952.0,
    "invoice",
    "fr",
    "fr",
    "2026-01-14T10:48:00+01:00",
    "Karine Delorme",
    "compta.fournisseurs@vialis-distribution.fr",
    "invoice_error",
    True,
    4,
    "Bonjour,\n\n"
    "Nous avons bien reçu votre facture LO-26-0004 mais nous ne pouvons pas l'intégrer : elle "
    "ne comporte pas de numéro de bon de commande. Depuis le 1er janvier, toute facture "
    "fournisseur doit mentionner notre numéro de commande (format 4500xxxxxx), faute de quoi "
    "elle est rejetée automatiquement par notre outil de traitement.\n\n"
    "Le numéro correspondant à votre livraison est le 4500218764 (demandeur : M. Pellegrin, "
    "services généraux).\n\n"
    "Merci de nous faire parvenir une facture rectifiée avant le 23 janvier pour qu'elle "
    "puisse passer dans le paiement fournisseurs du 30 janvier. Passé cette date, elle ne sera "
    "traitée qu'au cycle suivant, fin février.\n\n"
    "Cordialement,\n\n"
    "Karine Delorme\nService Comptabilité Fournisseurs\n"
    "Groupe Vialis Distribution – 112 avenue Lacassagne – 69003 Lyon",
    mentions=["LO-26-0004"],
    notes="Missing PO number blocks the invoice with a deadline for the next payment run (4); "
    "the 30 January run is conditional on the corrected invoice, not a promised date.",
    mailer=OUTLOOK,
    format="alt",
    salutation="Madame, Monsieur",
)

R(
    "mr",
    "MR-2025-0351",
    1872.0,
    "reminder_2",
    "fr",
    "fr",
    "2025-11-26T15:12:00+01:00",
    "Thomas Bréhier",
    "t.brehier@regie-lac-montagne.fr",
    "invoice_error",
    True,
    3,
    "Bonjour,\n\n"
    "Suite à votre relance, nous vous informons que votre facture ne peut être réglée en "
    "l'état : elle est libellée au nom de la Régie Lac & Montagne, alors que les travaux "
    "(remplacement des fenêtres de la cage d'escalier) ont été commandés pour le compte du "
    "syndicat des copropriétaires.\n\n"
    "La facture doit être établie au nom de :\n"
    "Syndicat des copropriétaires de la résidence « Les Balcons du Semnoz »\n"
    "8 chemin des Fins – 74000 Annecy\n"
    "représenté par son syndic, Régie Lac & Montagne\n\n"
    "Dès réception de la facture corrigée, le règlement sera effectué depuis le compte "
    "bancaire séparé de la copropriété.\n\n"
    "Cordialement,\n"
    "Thomas Bréhier\nComptable copropriétés\nRégie Lac & Montagne – 6 rue Sommeiller – "
    "74000 Annecy",
    notes="HTML-only: the invoice is made out to the syndic firm instead of the syndicat des "
    "copropriétaires, a wrong-entity formal error; payment announced after correction, no date.",
    format="html",
    salutation="Monsieur Bréhier",
)

R(
    "lo",
    "LO-25-0619",
    4320.0,
    "reminder_1",
    "en",
    "en",
    "2025-10-21T13:37:00+02:00",
    "Pieter Van den Broeck",
    "ap@lichtwerk-interiors.be",
    "invoice_error",
    True,
    3,
    "Dear Ms Berthier,\n\n"
    "We received your reminder regarding invoice LO-25-0619. We have not paid it because it "
    "cannot be booked in its current form: you charged French VAT at 20% (EUR 720.00), whereas "
    "this is an intra-Community supply to a VAT-registered Belgian company. Our VAT number, "
    "BE 0712.345.678, was on the purchase order.\n\n"
    "Could you please issue a credit note and a new invoice without VAT, with the "
    "intra-Community exemption / reverse-charge mention? We will pay the net amount of "
    "EUR 3,600.00 upon receipt.\n\n"
    "Kind regards,\n\n"
    "Pieter Van den Broeck\nAccounts Payable\nLichtwerk Interiors BV\n"
    "Mechelsesteenweg 201, 2018 Antwerpen, Belgium",
    amount=720.0,
    mentions=["LO-25-0619"],
    notes="Wrong VAT (French VAT on an intra-Community sale): the VAT amount of 720 is the "
    "disputed amount; the net is accepted, payment on receipt without a date.",
    quote="outlook",
    outlook_line=False,
    mailer=OUTLOOK,
    salutation="Mr Van den Broeck",
)

# ----------------------------------------------------------------------------------------------
# already_paid
# ----------------------------------------------------------------------------------------------

R(
    "mr",
    "MR-2025-0455",
    3180.0,
    "reminder_2",
    "fr",
    "fr",
    "2025-12-22T19:04:00+01:00",
    "Monique Chevallier",
    "monique.chevallier@orange.fr",
    "already_paid",
    True,
    3,
    "Bonjour Madame,\n\n"
    "Je suis surprise de recevoir un deuxième rappel pour cette facture. Nous avons réglé la "
    "totalité par chèque (n° 3027841, Crédit Mutuel) que mon mari a remis à votre poseur, "
    "M. Duret, le jour de la pose des volets, le 24 octobre. Il nous avait dit qu'il le "
    "déposerait à l'atelier.\n\n"
    "Pouvez-vous vérifier de votre côté ? Il n'a peut-être jamais été encaissé, je ne le vois "
    "pas encore sur notre relevé.\n\n"
    "Cordialement\nMonique Chevallier\n12 impasse des Vergers\n74370 Pringy",
    notes="Paid by a cheque handed to the fitter that was apparently never cashed: already "
    "paid, not a dispute (ISO-8859-1 webmail).",
    mailer=ORANGE,
    charset="iso-8859-1",
    salutation="Madame Chevallier",
)

R(
    "lo",
    "LO-25-0701",
    1236.0,
    "reminder_2",
    "fr",
    "fr",
    "2025-12-09T11:02:00+01:00",
    "Sandrine Aubert",
    "s.aubert@optimea-conseil.fr",
    "already_paid",
    True,
    3,
    "Bonjour,\n\n"
    "Voir ci-dessous la réponse de notre trésorerie : votre facture a été payée le 3 décembre "
    "dans un virement groupé avec la LO-25-0716. L'avis de virement est en pièce jointe.\n\n"
    "Merci de mettre à jour votre compte client et de ne pas tenir compte du 2e rappel.\n\n"
    "Cordialement,\n"
    "Sandrine Aubert\nComptabilité fournisseurs – Optimea Conseil\n\n"
    "-----Message d'origine-----\n"
    "De : Romain Lefort <r.lefort@optimea-conseil.fr>\n"
    "Envoyé : mardi 9 décembre 2025 10:12\n"
    "À : Sandrine Aubert <s.aubert@optimea-conseil.fr>\n"
    "Objet : RE: TR: relance Lumen & Ombre\n\n"
    "Sandrine,\n"
    "Les deux factures Lumen & Ombre (0701 et 0716) sont parties dans le virement SEPA du "
    "03/12, total 2 874,00 €, libellé « OPTIMEA FACT LO 0701 0716 ».\n"
    "Romain",
    mentions=["LO-25-0716", "LO-25-0701"],
    notes="Forwarded internal exchange: treasury's short numbers '0701 et 0716' count as the "
    "customer's mentions; one grouped transfer for two invoices, proof attached.",
    quote="forward",
    internal=True,
    fwd_to="s.aubert@optimea-conseil.fr",
    re="TR:",
    mailer=OUTLOOK,
    attachments=[("pdf", "Avis_virement_2025-12-03.pdf")],
    salutation="Madame Aubert",
)

R(
    "mr",
    "MR-2025-0409",
    6480.0,
    "reminder_2",
    "fr",
    "fr",
    "2025-12-15T09:41:00+01:00",
    "Gilles Perrissin",
    "comptabilite@sivu-haut-lac.fr",
    "already_paid",
    True,
    3,
    "Bonjour,\n\n"
    "Votre facture MR-2025-0409 (menuiseries du restaurant scolaire), déposée sur Chorus Pro "
    "le 21 octobre, a été mandatée le 28 novembre. Le Service de Gestion Comptable d'Annecy a "
    "exécuté le virement le 11 décembre ; il a dû se croiser avec votre relance.\n\n"
    "Références : mandat n° 2025-1187, bordereau n° 214.\n\n"
    "Cordialement,\n\n"
    "Gilles Perrissin\nSecrétariat – comptabilité\nSIVU des Écoles du Haut-Lac\n"
    "Mairie annexe – 74410 Duingt",
    mentions=["MR-2025-0409"],
    notes="Public body: mandat issued and transfer executed by the public accountant on 11 Dec, "
    "a past payment, so already paid with no promised date.",
    quote="thunderbird",
    mailer=TB,
    salutation="Madame, Monsieur",
)

R(
    "lo",
    "LO-25-0655",
    2730.0,
    "reminder_1",
    "en",
    "en",
    "2025-11-12T08:55:00+01:00",
    "Ingrid Solberg",
    "ingrid.solberg@nordlys-studio.no",
    "already_paid",
    True,
    3,
    "Hello,\n\n"
    "We paid this invoice on 14 October, EUR 2,730.00, to the IBAN printed on the invoice "
    "(FR76 1027 8073 9100 0204 5110 172).\n\n"
    "A colleague of yours mentioned in September that you were moving to a new bank. If the "
    "money went to your old account, could you please check with your bank? We would rather "
    "not pay twice.\n\n"
    "Regards,\nIngrid Solberg\nFinance\nNordlys Studio AS, Oslo",
    notes="Paid to the IBAN on the invoice, possibly an old account of the company: already "
    "paid with a date, which is a past date, not a promise.",
    mailer=APPLE,
    salutation="Ms Solberg",
)

# ----------------------------------------------------------------------------------------------
# delay_request
# ----------------------------------------------------------------------------------------------

R(
    "mr",
    "MR-2025-0489",
    2400.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-01-06T21:12:00+01:00",
    "Karim Benali",
    "karim.benali@free.fr",
    "delay_request",
    True,
    2,
    "Bonjour Madame Roche,\n\n"
    "Tout d'abord meilleurs vœux à toute l'équipe, nous sommes ravis de l'escalier.\n\n"
    "Les fêtes et une grosse réparation sur la voiture ont vidé notre compte ce mois-ci. "
    "Serait-il possible de régler la facture en trois fois : 800 € le 15 janvier, 800 € le "
    "15 février et 800 € le 15 mars ? Je peux mettre en place des virements permanents si vous "
    "êtes d'accord.\n\n"
    "Merci d'avance pour votre compréhension,\nKarim Benali",
    pdate="2026-01-15",
    notes="A dated instalment plan (3 × 800 €) pauses dunning; promised date is the first "
    "instalment.",
    quote="gmail",
    format="alt",
    salutation="Monsieur Benali",
)

R(
    "lo",
    "LO-25-0803",
    3468.0,
    "reminder_2",
    "fr",
    "fr",
    "2026-02-04T17:26:00+01:00",
    "Fabrice Morel",
    "contact@morel-cuisines-bains.fr",
    "delay_request",
    False,
    2,
    "Bonjour,\n\n"
    "Nous avons bien reçu votre relance. Nous traversons une période difficile (un gros client "
    "placé en redressement judiciaire nous doit plusieurs mois de factures) et nous ne sommes "
    "pas en mesure de régler votre facture pour le moment.\n\n"
    "Nous ne contestons rien, la prestation était très bien. Pourriez-vous nous laisser encore "
    "un peu de temps ? Nous reviendrons vers vous dès que notre situation se sera éclaircie.\n\n"
    "Bien cordialement,\n"
    "Fabrice Morel\nGérant – Morel Cuisines & Bains\n"
    "ZA des Platanes – 69440 Mornant",
    notes="Time asked without any date or plan, so dunning goes on; 'redressement judiciaire' "
    "concerns the customer's own client and 'nous ne contestons rien' is a negation.",
    mailer=TB,
    quote="thunderbird",
    salutation="Monsieur Morel",
)

R(
    "mr",
    "MR-2025-0477",
    7320.0,
    "reminder_3",
    "fr",
    "fr",
    "2026-02-10T12:03:00+01:00",
    "Laurent Gaillard",
    "l.gaillard@gaillard-agencement.fr",
    "delay_request",
    True,
    2,
    "Madame,\n\n"
    "Nous accusons réception de votre dernier rappel.\n\n"
    "Nous ne contestons pas votre facture : les agencements de la pharmacie de Meythet ont été "
    "livrés et posés conformément à la commande. Notre propre client ne nous a toutefois "
    "toujours pas réglé le solde du chantier, ce qui tend fortement notre trésorerie.\n\n"
    "Nous vous demandons de bien vouloir surseoir à toute procédure et de nous accorder un "
    "délai jusqu'à la fin du mois : le règlement intégral de 7 320,00 € interviendra au plus "
    "tard le 27 février, date à laquelle nous attendons le paiement de notre client.\n\n"
    "Nous vous remercions par avance de votre compréhension et restons à votre disposition.\n\n"
    "Veuillez agréer, Madame, l'expression de nos salutations distinguées.\n\n"
    "Laurent Gaillard\nDirecteur administratif et financier\nGaillard Agencement SAS\n"
    "540 route des Creusettes – 74330 Poisy",
    pdate="2026-02-27",
    notes="Formal request for a delay with a concrete date (27 Feb, more precise than 'fin du "
    "mois'); 'surseoir à toute procédure' answers the company's threat, it is not one.",
    quote="outlook",
    outlook_line=False,
    mailer=OUTLOOK,
    charset="windows-1252",
    salutation="Monsieur Gaillard",
)

# ----------------------------------------------------------------------------------------------
# payment_promise
# ----------------------------------------------------------------------------------------------

R(
    "lo",
    "LO-25-0677",
    1958.4,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-01T09:18:00+01:00",
    "Nadia Ferreira",
    "n.ferreira@sopreval.fr",
    "payment_promise",
    False,
    1,
    "Bonjour,\n\n"
    "Votre facture LO-25-0677 a été validée par le service demandeur le 27/11. Elle sera "
    "réglée lors de notre prochaine campagne de paiement, le 10 décembre.\n\n"
    "Cordialement,\n\n"
    "Nadia Ferreira\nComptabilité fournisseurs\n"
    "Sopreval Industries SAS – 40 rue de Gerland – 69007 Lyon\n\n"
    "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention "
    "exclusive de leurs destinataires. Toute utilisation ou diffusion non autorisée est "
    "interdite et peut faire l'objet de poursuites. Si vous avez reçu ce message par erreur, "
    "merci d'en avertir immédiatement l'expéditeur et de le détruire.",
    pdate="2025-12-10",
    mentions=["LO-25-0677"],
    notes="Payment run date given by accounts payable; 'poursuites' is in the confidentiality "
    "disclaimer, not a threat.",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    salutation="Madame, Monsieur",
)

R(
    "mr",
    "MR-2025-0336",
    980.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-10-30T12:44:00+01:00",
    "Julie Perrin",
    "julie.perrin@gmail.com",
    "payment_promise",
    False,
    1,
    "Bonjour, c'est réglé : je viens de programmer le virement sur mon appli, il partira le "
    "5 novembre (jour de paie). Désolée pour le retard !\nJulie Perrin\n\n"
    "Envoyé de mon iPhone",
    pdate="2025-11-05",
    notes="'C'est réglé' but the transfer is only scheduled for 5 Nov: a promise, not a payment.",
    mailer=IPHONE,
    salutation="Madame Perrin",
)

R(
    "mr",
    "MR-2025-0461",
    1650.0,
    "reminder_2",
    "fr",
    "en",
    "2026-01-14T22:10:00+01:00",
    "Claire Mercier-Holm",
    "claire.mercierholm@bluewin.ch",
    "payment_promise",
    False,
    1,
    "Hello,\n\n"
    "I'm writing on behalf of my father, Gérard Mercier, who passed me your letter – he has "
    "been in hospital since mid-December and hasn't been able to deal with his post. I live "
    "in Geneva and my French is rusty, hence the English, sorry.\n\n"
    "He asked me to tell you that the invoice is fine and that he will pay it himself as soon "
    "as he is home, which should be on Monday.\n\n"
    "Thank you for your patience,\nClaire Mercier-Holm",
    pdate="2026-01-19",
    notes="A daughter writes in English for her father to a French reminder; 'Monday' resolves "
    "to 19 Jan; the hospital stay explains, it asks for nothing.",
    mailer=APPLE,
    salutation="Monsieur Mercier",
)

# ----------------------------------------------------------------------------------------------
# copy_request
# ----------------------------------------------------------------------------------------------

R(
    "lo",
    "LO-25-0598",
    840.0,
    "invoice",
    "fr",
    "fr",
    "2025-09-16T14:30:00+02:00",
    "Hugo Bernard",
    "h.bernard@altesse-hotellerie.fr",
    "copy_request",
    False,
    2,
    "Bonjour,\n\n"
    "Merci pour votre facture, bien reçue.\n\n"
    "Pour information, à compter du 1er octobre toutes les factures fournisseurs de notre "
    "groupe devront être adressées exclusivement à notre plateforme de dématérialisation : "
    "factures-fr@docinvoice.example.com, en indiquant en objet notre code fournisseur vous "
    "concernant (F-018842). Les factures envoyées à une autre adresse, notamment directement "
    "aux collaborateurs, ne seront plus traitées.\n\n"
    "Merci de mettre à jour vos fichiers pour vos prochains envois.\n\n"
    "Cordialement,\n\n"
    "Hugo Bernard\nResponsable comptabilité fournisseurs\nGroupe Altesse Hôtellerie\n"
    "27 cours Charlemagne – 69002 Lyon",
    notes="Future invoices to a dematerialisation platform; this invoice is received and fine, "
    "so no formal error despite 'ne seront plus traitées'.",
    mailer=OUTLOOK,
    format="alt",
    salutation="Monsieur Bernard",
)

R(
    "mr",
    "MR-2025-0288",
    612.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-09-29T08:12:00+02:00",
    "Antoine Vuillermoz",
    "a.vuillermoz@sfr.fr",
    "copy_request",
    False,
    2,
    "Bonjour,\n\n"
    "Je n'ai jamais reçu la facture dont vous parlez (ni par mail ni par courrier, j'ai "
    "regardé dans les spams). Pouvez-vous me la renvoyer en PDF ? Je la réglerai dès "
    "réception.\n\n"
    "Bonne journée\nAntoine Vuillermoz",
    notes="Never received the invoice and asks for the PDF; payment on receipt has no date.",
    quote="gmail",
    salutation="Monsieur Vuillermoz",
)

R(
    "mr",
    "MR-2025-0495",
    1128.0,
    "reminder_2",
    "fr",
    "fr",
    "2026-02-02T11:50:00+01:00",
    "Céline Mouthon",
    "copro@agence-parmelan.fr",
    "copy_request",
    False,
    2,
    "Bonjour,\n\n"
    "La facture est bien validée par le conseil syndical. Pour pouvoir la régler depuis le "
    "compte de la copropriété, notre comptable a besoin de votre RIB (il n'apparaît pas sur "
    "l'exemplaire que nous avons) et, si possible, de l'original papier pour les archives de "
    "la copropriété.\n\n"
    "Pourriez-vous nous les envoyer ? Adresse postale : Agence Immobilière du Parmelan – "
    "Service syndic – 3 rue Royale – 74000 Annecy.\n\n"
    "Merci,\nCéline Mouthon\nAssistante copropriété",
    notes="A syndic asks for the RIB and the paper original: a copy request, the missing bank "
    "details are not treated as an invoice error.",
    mailer=OUTLOOK,
    quote="outlook",
    salutation="Madame, Monsieur",
)

# ----------------------------------------------------------------------------------------------
# acknowledgement
# ----------------------------------------------------------------------------------------------

R(
    "lo",
    "LO-25-0634",
    3090.0,
    "invoice",
    "fr",
    "fr",
    "2025-10-02T16:07:00+02:00",
    "Lucie Garnier",
    "lucie@studio-kaolin.fr",
    "acknowledgement",
    False,
    1,
    "Bien reçu, merci. Je transmets à la compta.\n\nBonne journée,\nLucie\n--\n"
    "Lucie Garnier | Office manager | Studio Kaolin\n06 12 48 90 37",
    mailer=APPLE,
    quote="apple",
    salutation="Madame Garnier",
)

R(
    "mr",
    "MR-2026-0011",
    4296.0,
    "invoice",
    "fr",
    "fr",
    "2026-01-20T17:35:00+01:00",
    "Sébastien Carron",
    "s.carron@carron-architecture.fr",
    "acknowledgement",
    False,
    1,
    "Bonjour Nathalie,\n\n"
    "Merci pour l'envoi. J'ai visé la facture et je la transmets ce jour au maître d'ouvrage "
    "(M. et Mme Lefèvre), qui vous réglera directement.\n\n"
    "Bonne journée,\nSébastien Carron\nCarron Architecture – Annecy-le-Vieux",
    notes="The architect approved the invoice and passed it to the owner who pays: no date, "
    "so an acknowledgement, not a promise.",
    quote="gmail",
    format="alt",
    salutation="Monsieur Carron",
)

# ----------------------------------------------------------------------------------------------
# auto_reply
# ----------------------------------------------------------------------------------------------

R(
    "lo",
    "LO-25-0829",
    1515.6,
    "invoice",
    "fr",
    "mixed",
    "2025-12-23T08:00:00+01:00",
    "Sophie Lisle",
    "sophie@maisonlisle-deco.fr",
    "auto_reply",
    False,
    1,
    "Bonjour,\n\n"
    "Je suis absente du bureau jusqu'au lundi 5 janvier inclus, avec un accès limité à mes "
    "e-mails. Pour toute question urgente concernant la comptabilité, merci de contacter "
    "Baptiste Royer : b.royer@maisonlisle-deco.fr.\n\n"
    "Hello,\n\n"
    "I am out of the office until Monday 5 January with limited access to e-mail. For urgent "
    "accounting matters, please contact Baptiste Royer (b.royer@maisonlisle-deco.fr).\n\n"
    "Bonnes fêtes / Happy holidays,\nSophie Lisle\nMaison Lisle Décoration",
    notes="Bilingual out-of-office; 5 January is the end of an absence, not a payment date.",
    client_lang="fr",
    re="Réponse automatique :",
    headers=AUTO,
    mailer=OUTLOOK,
    salutation="Madame Lisle",
)

R(
    "mr",
    "MR-2025-0377",
    2208.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-11-04T10:22:00+01:00",
    "Service facturier SMEL",
    "ne-pas-repondre@smel-lac.fr",
    "auto_reply",
    False,
    1,
    "Ceci est un message automatique, merci de ne pas y répondre.\n\n"
    "Votre message a bien été reçu par le service facturier du Syndicat Mixte des Eaux du Lac. "
    "Il a été enregistré sous le numéro de demande SF-2025-048213 et sera traité dans un délai "
    "moyen de 5 jours ouvrés.\n\n"
    "Nous vous rappelons que les factures adressées au SMEL doivent être déposées sur le "
    "portail Chorus Pro. Les factures transmises par courriel ne sont pas traitées.\n\n"
    "Service facturier – Direction des finances\n"
    "Syndicat Mixte des Eaux du Lac – 20 rue des Terreaux – 74000 Annecy",
    notes="Ticket system of a public body's service facturier; its standard Chorus Pro sentence "
    "is boilerplate, not a statement about this invoice.",
    re="[SF-2025-048213] Accusé de réception – RE :",
    headers=AUTO,
    salutation="Madame, Monsieur",
)

# ----------------------------------------------------------------------------------------------
# other
# ----------------------------------------------------------------------------------------------

R(
    "mr",
    "MR-2025-0379",
    1380.0,
    "invoice",
    "fr",
    "fr",
    "2025-10-08T13:16:00+02:00",
    "Hélène Jacquet",
    "helene.jacquet@wanadoo.fr",
    "other",
    False,
    2,
    "Bonjour Nathalie,\n\n"
    "Merci pour la facture.\n\n"
    "Au passage : mon beau-frère a vu le dressing et voudrait un devis pour une bibliothèque "
    "sur mesure dans son salon (environ 3 m de large, en chêne). Est-ce que quelqu'un pourrait "
    "l'appeler de ma part au 06 71 48 22 90 ? Il s'appelle Olivier Pasquier.\n\n"
    "Merci et à bientôt,\nHélène Jacquet",
    notes="Thanks for the invoice, then a quote request for a relative: an unrelated question "
    "needing an answer.",
    quote="apple",
    mailer=APPLE,
    salutation="Madame Jacquet",
)

R(
    "lo",
    "LO-25-0838",
    2160.0,
    "reminder_3",
    "fr",
    "en",
    "2026-02-24T09:30:00+01:00",
    "James Whitfield",
    "james@atelier-sorel.fr",
    "other",
    False,
    2,
    "Hello,\n\n"
    "I think this has reached the wrong person. I left Atelier Sorel at the end of January and "
    "I'm only checking this mailbox until the end of the month; I have no access to their "
    "accounts any more.\n\n"
    "Please contact their new office manager, Mathilde Sorel, at compta@atelier-sorel.fr.\n\n"
    "Best,\nJames",
    notes="Wrong recipient (a former employee) answering a final notice in English; 'end of the "
    "month' is about his mailbox, not a payment.",
    salutation="Monsieur Whitfield",
)
