# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# ruff: noqa: RUF001  (the customers write en dashes and multiplication signs)
"""Thirty-first blind set of customers' replies (tests/data/disputes_blind31), with their labels (CC0 text).

Written by a thirty-third writer who read only the label definitions and the entry format, not
the other sets' replies, not the reader's rules and not its answers: it measures the reader once.
Everything is synthetic (people, firms, addresses, IBANs, references). Never tune rules on these
replies.

Profile: large customers' accounts-payable shared-service centres (Lisbon, Kraków, Bangalore) and
procurement departments: ticket numbers, vendor master data changes, purchase-order and
goods-receipt mismatches (three-way match), remittance advices, payment-run calendars,
duplicates in their system, e-invoicing portals; mostly English (sometimes non-native), some
formal French and German.

Invoice numbers, one format per company: bq ``BQ-25-NNNN``, tv ``TV25-NNNNN``, lx
``LX/2025/NNN``, mr ``MRF-25-NNN``, fs ``FS-2025-NNNN``, wl ``WL-25-NNNN``, lo ``LO-25-NNNN``.

Uses the invoicing companies of ``make_dispute_replies.py`` (bq, tv, lx, mr, fs, wl, lo); same
entry format as ``dispute_replies_blind4.py`` (the ``R`` helper of ``dispute_replies_more.py``,
entries kept in this file's own ``REPLIES``); labels as defined in
/work/shared/samples/disputes/README.md.
Build with ``.venv/bin/python scripts/bench/make_dispute_replies.py --source blind31``.
"""

import dispute_replies_more as _more
from dispute_replies_more import IPHONE, OUTLOOK, TB

REPLIES = []

R = _more.writer(REPLIES)

AUTO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}
ANDROID = "Outlook for Android"

# ----------------------------------------------------------------------------------------------
# contestation
# ----------------------------------------------------------------------------------------------

R(
    "tv",
    "TV25-00917",
    18809.4,
    "reminder_1",
    "en",
    "en",
    "2025-10-14T07:12:00+05:30",
    "Ramesh Iyer",
    "ramesh.iyer@velmora-gbs.example",
    "contestation",
    True,
    3,
    "Dear Sir/Madam,\n\nGreetings from Velmora Global Business Services, Bangalore.\n\n"
    "This is with reference to your reminder for invoice TV25-00917. Please note that the said "
    "invoice is blocked for payment in our system due to quantity variance in three way match:\n\n"
    "PO 4500381922 line 10 - Fabric jacquard 'Lago' 140 cm\n"
    "PO qty: 1,200 m @ CHF 14.50\n"
    "GR qty (posted by Velmora Retail Milano warehouse): 1,050 m\n"
    "Invoiced qty: 1,200 m\n\n"
    "Hence we are unable to process the invoice for full amount. Kindly issue credit note for "
    "the balance 150 m or share the proof of delivery (signed delivery note) for the remaining "
    "quantity so that our warehouse team can verify and post the GR.\n\n"
    "Ticket reference: GBS-AP-0048823. Please quote the same in all future correspondence.\n\n"
    "Thanks & Regards,\nRamesh Iyer\nAccounts Payable - Vendor Helpdesk (EMEA)\n"
    "Velmora Global Business Services Pvt. Ltd.\nOuter Ring Road, Bellandur, Bangalore 560103",
    amount=2175.0,
    mentions=["TV25-00917"],
    notes="A three-way-match quantity block written as a helpdesk note: 150 m not received at "
    "CHF 14.50 give 2,175 excl. VAT, and asking for a proof of delivery does not make it a copy "
    "request.",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    attachments=[("png", "GRIR_variance_4500381922.png")],
    re="RE:",
)

R(
    "lo",
    "LO-25-0419",
    6696.0,
    "reminder_2",
    "fr",
    "fr",
    "2025-11-12T11:05:00+01:00",
    "Hélène Vasseur",
    "h.vasseur@mareval-enseignes.example",
    "contestation",
    True,
    3,
    "Madame,\n\nNous accusons réception de votre deuxième relance concernant la facture "
    "LO-25-0419.\n\nAprès contrôle par notre centre de services partagés, cette facture n'a pu "
    "être rapprochée de notre commande n° CMD-7731208 : le prix unitaire facturé pour les spots "
    "LED encastrés réf. LUX-38 est de 46,50 € HT, alors que l'accord-cadre 2025 signé avec votre "
    "société (annexe tarifaire, article 4) fixe ce prix à 38,00 € HT. L'écart porte sur 120 "
    "unités, soit 1 020,00 € HT.\n\nNous contestons par ailleurs l'indemnité forfaitaire de 40 € "
    "mentionnée dans votre relance, le retard de paiement résultant exclusivement de cet écart "
    "de prix.\n\nLa partie non contestée (120 × 38,00 € HT, soit 5 472,00 € TTC) sera réglée "
    "lors de notre prochain cycle de paiement fournisseurs, le jeudi 20 novembre. Pour le solde, "
    "nous vous remercions de nous adresser un avoir.\n\nNous vous prions d'agréer, Madame, "
    "l'expression de nos salutations distinguées.\n\nHélène Vasseur\nAcheteuse Travaux & "
    "Aménagement magasins\nEnseignes Maréval SA - Direction des Achats\n"
    "41 avenue Jean-Jaurès, 69007 Lyon",
    amount=1060.0,
    pdate="2025-11-20",
    mentions=["LO-25-0419"],
    notes="Price above the framework agreement (120 × 8.50 € HT = 1,020) plus the contested "
    "€40 recovery fee; the undisputed part is promised for the 20 Nov payment run.",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    re="RE :",
    salutation="Madame Vasseur",
)

R(
    "wl",
    "WL-25-0734",
    7491.33,
    "invoice",
    "de",
    "de",
    "2025-10-02T14:31:00+02:00",
    "Monika Streuli",
    "monika.streuli@aarvia.example",
    "contestation",
    True,
    3,
    "Sehr geehrter Herr Frei\n\nBesten Dank für die Zustellung der Rechnung WL-25-0734.\n\n"
    "Wir müssen die Rechnung leider beanstanden. Grundlage des Auftrags ist unsere Bestellung "
    "Nr. 4700012345 vom 4. Juli 2025 mit einem Kostendach von 32 Stunden à CHF 165.00 (exkl. "
    "MWST). Verrechnet haben Sie 42 Stunden. Ein Nachtrag zur Bestellung wurde weder beantragt "
    "noch von uns freigegeben; gemäss unseren Allgemeinen Einkaufsbedingungen (Ziff. 5.3) "
    "bedürfen Mehraufwände einer vorgängigen schriftlichen Freigabe durch den Einkauf.\n\n"
    "Wir bitten Sie daher um eine Gutschrift und eine neue Rechnung über 32 Stunden. Bitte "
    "vermerken Sie darauf wieder unsere Bestellnummer, sonst kann unser Kreditorenteam in Krakau "
    "die Rechnung nicht verbuchen.\n\nFreundliche Grüsse\n\nMonika Streuli\nStrategischer Einkauf "
    "IT & Services\nAarvia Versicherungen AG\nSeefeldstrasse 212, 8008 Zürich\n+41 44 555 31 72",
    amount=1650.0,
    mentions=["WL-25-0734"],
    notes="Asks for a credit note and a 'new invoice', but the point is 10 hours above the PO "
    "cost ceiling (10 h × CHF 165 = 1,650 excl. VAT), so contestation rather than invoice_error.",
    mailer=OUTLOOK,
    format="alt",
    days_after=1,
    re="AW:",
    salutation="Frau Streuli",
)

R(
    "bq",
    "BQ-25-3318",
    3612.75,
    "reminder_2",
    "en",
    "en",
    "2025-12-03T10:05:00+01:00",
    "Katarzyna Wójcik",
    "katarzyna.wojcik@novarum-bs.example",
    "contestation",
    True,
    3,
    "Hello,\n\nThank you for your reminder regarding invoice BQ-25-3318.\n\nPlease be informed "
    "that according to the Master Service Agreement between Novarum Pharma Schweiz AG and "
    "Bergquell Haustechnik AG (clause 9.1) the payment term is 60 days net from receipt of a "
    "correct invoice. Your invoice was received in our e-invoicing mailbox on 09.10.2025, so it "
    "is due on 08.12.2025 and is not overdue. The 30 days printed on the invoice do not apply.\n\n"
    "The invoice is approved and scheduled for our payment run on 11.12.2025.\n\n"
    "For this reason we do not accept the reminder fee of CHF 20.00 - please cancel it and do "
    "not include it in any further statement. Kindly also correct the payment terms in your "
    "customer master for Novarum so this does not happen again.\n\n"
    "Best regards / Z poważaniem\nKatarzyna Wójcik\nSenior Specialist Accounts Payable\n"
    "Novarum Business Services Sp. z o.o. | ul. Przemysłowa 7 | 30-701 Kraków\n"
    "Ticket: NBS-AP-2025-77412",
    amount=20.0,
    pdate="2025-12-11",
    mentions=["BQ-25-3318"],
    notes="Only the CHF 20 reminder fee is contested (60-day terms of the MSA) while the invoice "
    "itself is scheduled for the 11 Dec run: the fee dispute pauses, the run date is the "
    "promised date.",
    quote="outlook",
    outlook_line=False,
    mailer=OUTLOOK,
    re="RE:",
)

R(
    "lx",
    "LX/2025/482",
    5967.12,
    "reminder_1",
    "en",
    "en",
    "2025-11-18T15:40:00+00:00",
    "Inês Carvalho",
    "ines.carvalho@orbelia-ss.example",
    "contestation",
    True,
    3,
    "Dear Lemanix team,\n\nPlease see below the feedback from our requester. We cannot approve "
    "line 4 of your invoice LX/2025/482 as the Italian translation was never delivered. Lines 1-3 "
    "(CHF 4,140.00 + VAT) are approved and will be paid in the next payment run. For line 4, "
    "please send us a credit note of CHF 1,380.00 + VAT, or the delivery confirmation if you "
    "think it was delivered.\n\nBest regards,\nInês Carvalho\nAccounts Payable - Switzerland & "
    "Austria\nOrbelia Shared Services, Lisboa\nAv. da República 50, 1050-196 Lisboa\n\n"
    "-----Original Message-----\nFrom: Daniel Gerber <daniel.gerber@orbelia-medtech.example>\n"
    "Sent: Tuesday, 18 November 2025 14:02\nTo: Inês Carvalho <ines.carvalho@orbelia-ss.example>\n"
    "Subject: RE: Invoice approval request LX/2025/482 - Lemanix\n\nHi Inês,\n\nI can approve DE, "
    "FR and PT. The Italian version of the IFU was cancelled on our side in September before "
    "they started, I told Lemanix by phone. Please don't approve line 4.\n\nThanks,\nDaniel\n\n"
    "Daniel Gerber | Regulatory Affairs | Orbelia Medtech AG, Ecublens",
    amount=1380.0,
    mentions=["LX/2025/482"],
    notes="Internal approval thread forwarded: the requester's note counts as the customer's "
    "side; one line (CHF 1,380) is refused, the rest goes to an undated payment run, so no "
    "promised date.",
    quote="forward",
    internal=True,
    mailer=OUTLOOK,
    re="FW:",
)

R(
    "mr",
    "MRF-25-611",
    14280.0,
    "reminder_3",
    "en",
    "en",
    "2025-09-23T19:47:00+01:00",
    "Mark Pennington",
    "m.pennington@alderbrook-hotels.example",
    "contestation",
    True,
    5,
    "We never ordered the 6 extra luggage racks on this one. Third time this year your invoices "
    "have stuff on them that isn't on our PO. Not paying for those until someone shows me a "
    "signed PO, and I'm copying our legal team.\n\nMark\n\nSent from my iPhone",
    mentions=[],
    notes="One angry line from a phone on the final notice, legal team in copy; the racks' value "
    "is not given, so no disputed amount.",
    quote="apple",
    mailer=IPHONE,
    cc="Alderbrook Legal <legal@alderbrook-hotels.example>",
)

R(
    "fs",
    "FS-2025-1121",
    10593.8,
    "reminder_1",
    "fr",
    "fr",
    "2025-09-17T09:20:00+02:00",
    "Sabine Currat",
    "sabine.currat@valcrest.example",
    "contestation",
    True,
    3,
    "Madame Progin,\n\nNous faisons suite à votre rappel concernant la facture FS-2025-1121 "
    "relative à la clôture des comptes 2024 de Valcrest Immobilier SA.\n\nNous ne contestons ni "
    "la qualité des travaux réalisés par votre équipe ni le respect des délais, et nous vous en "
    "remercions. En revanche, votre offre du 12 février 2025, acceptée par notre directeur "
    "financier, prévoyait pour ce mandat un forfait de CHF 7'500.00 HT, débours compris. La "
    "facture porte sur CHF 9'800.00 HT, sans qu'aucun travail supplémentaire ne nous ait été "
    "annoncé ni qu'un avenant à l'offre n'ait été signé.\n\nNous ne pouvons dès lors pas valider "
    "la différence de CHF 2'300.00 HT. Conformément à notre procédure interne, une facture qui "
    "ne correspond pas à la commande est bloquée dans son intégralité jusqu'à réception d'une "
    "note de crédit ou d'une facture corrigée ; nous vous serions reconnaissants de nous faire "
    "parvenir l'une ou l'autre dans les meilleurs délais.\n\nSi des prestations hors forfait ont "
    "été effectuées, merci de nous en transmettre le détail (date, collaborateur, heures) afin "
    "que nous puissions les examiner.\n\nNous vous prions d'agréer, Madame, nos salutations "
    "distinguées.\n\nSabine Currat\nResponsable comptabilité fournisseurs\nValcrest Holding SA - "
    "Centre de services financiers\nRoute de la Glâne 107, 1752 Villars-sur-Glâne",
    amount=2300.0,
    mentions=["FS-2025-1121"],
    notes="Long formal letter opening with a negation ('nous ne contestons ni la qualité…'); "
    "only the CHF 2,300 above the agreed flat fee is contested even though the whole invoice is "
    "blocked by procedure.",
    mailer=OUTLOOK,
    charset="iso-8859-1",
    re="RE :",
    salutation="Madame Currat",
)

# ----------------------------------------------------------------------------------------------
# invoice_error
# ----------------------------------------------------------------------------------------------

R(
    "wl",
    "WL-25-0802",
    13404.4,
    "reminder_1",
    "en",
    "en",
    "2025-12-04T13:22:00+01:00",
    "Tomasz Zieliński",
    "tomasz.zielinski@aarvia-gs.example",
    "invoice_error",
    True,
    4,
    "Dear Webwerk Limmat Team,\n\nYour invoice WL-25-0802 was rejected by our e-invoicing "
    'platform SupplyLink on 27.10.2025, reason code R-07 "PO number missing or invalid" (see '
    "screenshot). The rejection notification was sent automatically to the e-mail address in "
    "your supplier profile (info@webwerk-limmat.ch), maybe it was not noticed.\n\n"
    "As the invoice was rejected, it does not exist in our ERP and cannot be paid. Please submit "
    "a credit note for WL-25-0802 and a new invoice quoting PO 4501120034 via the SupplyLink "
    "portal.\n\nPlease note our year-end cut-off: invoices received by 15.12.2025 will be paid in "
    "the last payment run of the year on 19.12.2025, anything later will be processed in January "
    "2026.\n\nKind regards\n\nTomasz Zieliński\nAccounts Payable Team Lead - DACH\nAarvia Group "
    "Services Sp. z o.o., Kraków\nTicket AP-PL-2025-104417\n\n"
    "This e-mail and any attachments are confidential and may be legally privileged. If you are "
    "not the intended recipient, please notify the sender and delete it. Any unauthorised use, "
    "disclosure or copying is strictly prohibited and may be unlawful. Aarvia Group Services "
    "Sp. z o.o., KRS 0000912345, District Court for Kraków-Śródmieście.",
    mentions=["WL-25-0802"],
    notes="Missing PO, rejected by the e-invoicing portal, with a year-end cut-off: blocking "
    "formal error with a deadline; the 19 Dec run is conditional, not a promise, and the "
    "disclaimer's legal words are boilerplate.",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    attachments=[("png", "SupplyLink_rejection_R07.png")],
    re="RE:",
)

R(
    "lo",
    "LO-25-0533",
    3840.0,
    "invoice",
    "fr",
    "fr",
    "2025-10-21T10:48:00+02:00",
    "Julien Marchetti",
    "julien.marchetti@belcastel-hotels.example",
    "invoice_error",
    True,
    3,
    "Bonjour,\n\nNous accusons réception de votre facture LO-25-0533 du 20 octobre, que nous ne "
    "pouvons malheureusement pas intégrer en l'état.\n\nLa facture est libellée au nom de "
    "« Belcastel Hospitality Group SA » (notre holding, à Genève) alors que la commande a été "
    "passée par la société Belcastel Hôtels France SAS, 18 rue Childebert, 69002 Lyon - SIRET "
    "812 345 678 00024, TVA intracommunautaire FR 25 812345678. Merci de bien vouloir émettre "
    "une nouvelle facture au nom de la bonne entité, en rappelant notre numéro de commande "
    "PO-FR-2025-0917.\n\nNous vous remercions également d'adresser dorénavant vos factures "
    "uniquement à l'adresse factures.fr@belcastel-hotels.example ; les envois aux chefs de projet "
    "ne sont pas traités par notre centre de services partagés.\n\nCordialement,\n\n"
    "Julien Marchetti\nComptabilité fournisseurs - Centre de services partagés\n"
    "Belcastel Hôtels France SAS",
    mentions=["LO-25-0533"],
    notes="Wrong legal entity (the holding instead of the French subsidiary) plus a request to "
    "send future invoices to the AP mailbox; the pausing issue gives the label.",
    quote="thunderbird",
    mailer=TB,
    days_after=1,
)

R(
    "tv",
    "TV25-01044",
    6242.78,
    "reminder_1",
    "en",
    "en",
    "2025-11-05T11:15:00+00:00",
    "Mariana Lopes",
    "mariana.lopes@velmora-gbs.example",
    "invoice_error",
    True,
    3,
    "Hi,\n\nRe your reminder for TV25-01044: this invoice has been flagged as a duplicate in our "
    "system and is blocked. It has the same PO (4500390211), the same delivery note (DDT "
    "2025/1187) and the same amount (CHF 6,242.78) as your invoice TV25-01012, which we "
    "received on 08.09.2025 and paid on 21.10.2025.\n\nIf TV25-01044 was sent in error, please "
    "send us a credit note so we can close it on our side. If it is for a different delivery, "
    "please send the delivery note and the PO it refers to.\n\nRegards,\nMariana Lopes\n"
    "AP Specialist - Italy & Switzerland\nVelmora Global Business Services - Lisbon hub\n"
    "Ticket GBS-AP-0051930",
    amount=6242.78,
    mentions=["TV25-01044", "TV25-01012"],
    notes="Duplicate invoice (same PO, delivery note and amount as one already paid): "
    "invoice_error for the full amount, not already_paid.",
    quote="outlook",
    mailer=OUTLOOK,
    cc="AP Switzerland <ap.ch@velmora-gbs.example>",
    re="RE:",
)

R(
    "fs",
    "FS-2025-1388",
    4540.2,
    "reminder_2",
    "de",
    "de",
    "2026-01-14T08:55:00+01:00",
    "Jürgen Falkenstein",
    "juergen.falkenstein@halvern.example",
    "invoice_error",
    True,
    3,
    "Sehr geehrte Frau Progin,\n\nIhre 2. Mahnung zur Rechnung FS-2025-1388 haben wir erhalten. "
    "Die Rechnung konnte von unserem Shared Service Center nicht gebucht werden, da sie formal "
    "nicht korrekt ist:\n\nLeistungsempfänger gemäß Mandatsvertrag vom 3. März 2025 ist die "
    "Halvern Industrie GmbH, Stuttgart (USt-IdNr. DE 298 765 432), nicht deren Schweizer "
    "Zweigniederlassung. Für diese Beratungsleistung gilt das Empfängerortprinzip; die Rechnung "
    "ist daher ohne Schweizer MWST auszustellen, mit Hinweis auf die Steuerschuldnerschaft des "
    "Leistungsempfängers (Reverse Charge). Ausgewiesen sind CHF 340.20 MWST zu 8,1 %.\n\n"
    "Wir bitten um Stornierung und Neuausstellung an die oben genannte Gesellschaft. Der "
    "Nettobetrag von CHF 4'200.00 wird nach Eingang der korrigierten Rechnung umgehend "
    "angewiesen.\n\nMit freundlichen Grüßen\n\ni. A. Jürgen Falkenstein\nKreditorenbuchhaltung / "
    "Accounts Payable\nHalvern Industrie GmbH\nSiemensstraße 40, 70469 Stuttgart",
    amount=340.2,
    mentions=["FS-2025-1388"],
    notes="Wrong recipient entity and Swiss VAT charged on an exported service: invoice_error "
    "with the VAT amount; payment 'after the corrected invoice' has no date.",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    re="AW:",
    salutation="Herr Falkenstein",
)

# ----------------------------------------------------------------------------------------------
# already_paid
# ----------------------------------------------------------------------------------------------

R(
    "lx",
    "LX/2025/497",
    2914.5,
    "reminder_1",
    "en",
    "en",
    "2025-11-19T16:03:00+00:00",
    "Rui Almeida",
    "rui.almeida@castelnova-gs.example",
    "already_paid",
    True,
    3,
    "Dear Sir or Madam,\n\nPlease find attached the remittance advice for our payment executed on "
    "14.11.2025, value date 17.11.2025, total CHF 5,322.80, which includes your invoices "
    "LX/2025/497 (CHF 2,914.50) and LX/2025/511 (CHF 2,408.30).\n\nPayment reference: "
    "2000183344 / Castelnova Pharma SA.\n\nPlease allocate accordingly and update your records. "
    "In case of any discrepancy, please contact us quoting the above payment reference.\n\n"
    "Best regards,\n\nRui Almeida\nAccounts Payable - Payments & Vendor Statements\n"
    "Castelnova Global Services, Lisboa",
    mentions=["LX/2025/497", "LX/2025/511"],
    notes="Remittance advice for one transfer covering two invoices; the payment date is past, "
    "so no promised date.",
    mailer=OUTLOOK,
    attachments=[("pdf", "Remittance_Advice_2000183344.pdf")],
    re="RE:",
)

R(
    "mr",
    "MRF-25-622",
    8724.0,
    "reminder_2",
    "fr",
    "fr",
    "2025-10-08T10:30:00+02:00",
    "Florence Aubry",
    "f.aubry@residences-sequoia.example",
    "already_paid",
    True,
    3,
    "Madame Roche,\n\nNous avons bien reçu votre relance du 6 octobre relative à la facture "
    "MRF-25-622.\n\nAprès vérification, cette facture a été réglée par virement le 2 septembre "
    "2025, pour un montant de 8 724,00 €, sur le compte FR76 1820 6000 4512 3456 7890 123 "
    "(Crédit Agricole des Savoie) enregistré dans notre fichier fournisseurs depuis 2021. Le "
    "justificatif bancaire est joint.\n\nSi vous avez changé d'établissement bancaire, nous n'en "
    "avons pas été informés : toute modification de coordonnées bancaires doit nous parvenir par "
    "courrier signé du gérant, accompagné d'un RIB, conformément à notre procédure de lutte "
    "contre la fraude au faux fournisseur. Nous vous remercions de vous rapprocher de votre "
    "ancienne banque pour la récupération des fonds.\n\nVeuillez agréer, Madame, nos salutations "
    "distinguées.\n\nFlorence Aubry\nService comptabilité fournisseurs\nRésidences Séquoia SA\n"
    "12 avenue de Genève, 74000 Annecy",
    mentions=["MRF-25-622"],
    notes="Paid to the old bank account held in the vendor master; the request for a signed "
    "bank-change letter is secondary.",
    mailer=OUTLOOK,
    charset="windows-1252",
    attachments=[("pdf", "Avis_de_virement_02092025.pdf")],
    re="RE :",
    salutation="Madame Aubry",
)

R(
    "wl",
    "WL-25-0866",
    2162.0,
    "reminder_2",
    "en",
    "en",
    "2026-01-20T12:41:00+01:00",
    "Agnieszka Dąbrowska",
    "agnieszka.dabrowska@aarvia-gs.example",
    "already_paid",
    True,
    3,
    "Hi, paid 16/01, our ref 2000458812. pls check on your side\n\nBR Agnieszka\n\n"
    "Get Outlook for Android",
    notes="One line from a phone with a dd/mm date and a payment reference only.",
    mailer=ANDROID,
    re="RE:",
)

R(
    "bq",
    "BQ-25-3271",
    1945.8,
    "reminder_3",
    "en",
    "en",
    "2025-11-11T10:26:00+05:30",
    "Priya Natarajan",
    "vendor.helpdesk@novarum-bs.example",
    "already_paid",
    True,
    3,
    "Dear Team,\n\nGreetings of the day!\n\nAs per our records, the above invoice is already "
    "cleared vide payment document 1500092217 dated 30.10.2025. The payment was made through "
    "bulk transfer of CHF 48,210.35 covering 7 invoices of Bergquell Haustechnik AG, hence the "
    "amount on your bank statement will not match with individual invoice. Remittance advice "
    "for the same was sent to info@bergquell-haustechnik.ch on 30.10.2025.\n\nRequest you to "
    "kindly reconcile at your end and update the status. For any further clarification please "
    "revert on this mail trail with the ticket number in subject.\n\nThanks and Regards,\n"
    "Priya Natarajan\nVendor Helpdesk - Accounts Payable\nNovarum Business Services, Bangalore\n"
    "Ticket No: NBS-VH-2025-118930",
    notes="Bulk payment of seven invoices: the CHF 48,210.35 total is neither a disputed nor a "
    "promised amount, and the invoice is only called 'the above invoice'.",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    subject="RE: Final notice: invoice BQ-25-3271 [NBS-VH-2025-118930]",
)

# ----------------------------------------------------------------------------------------------
# delay_request
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BQ-25-3561",
    7318.4,
    "reminder_2",
    "en",
    "en",
    "2026-01-27T09:12:00+01:00",
    "Michał Nowak",
    "michal.nowak@novarum-bs.example",
    "delay_request",
    False,
    2,
    "Dear Ms Imhof,\n\nThank you for your reminder. We checked invoice BQ-25-3561: it is parked "
    "in our system because the service entry sheet (SES) for PO 4500412876 has not been created "
    "yet. For services our process requires the site requester to confirm the service before "
    "the invoice can be released (2-way match is not allowed for this vendor group).\n\n"
    "The requester on site, Mr. Baumann (Novarum Pharma, Visp), is on sick leave and we have "
    "escalated to his deputy. As soon as the SES is posted, the invoice will be released "
    "automatically in the next payment run.\n\nWe apologise for the delay and kindly ask for "
    "your patience, please put the reminder process on hold for the time being.\n\n"
    "Kind regards,\nMichał Nowak\nAccounts Payable Specialist\nNovarum Business Services "
    "Sp. z o.o., Kraków",
    mentions=["BQ-25-3561"],
    notes="Internal approval blocker (missing service entry sheet), the service is not disputed "
    "and no date is given, so the request to hold reminders does not pause.",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    salutation="Mr Nowak",
)

R(
    "tv",
    "TV25-01196",
    24640.0,
    "reminder_2",
    "en",
    "en",
    "2025-12-17T15:49:00+05:30",
    "Arjun Menon",
    "arjun.menon@velmora-gbs.example",
    "delay_request",
    True,
    2,
    "Dear Madam,\n\nWith reference to the reminder received for invoice no. 1196 for CHF "
    "24,640.00.\n\nKindly note that due to budget constraints at our Italian entity at the year "
    "end, the management has approved to release the payment in two equal parts:\n\n"
    "1st instalment CHF 12,320.00 - 9th January 2026\n"
    "2nd instalment CHF 12,320.00 - 6th February 2026\n\n"
    "Request you to kindly confirm the above schedule at the earliest so that we can update the "
    "same in system.\n\nThanks & Regards,\nArjun Menon\nAP Payments Team - Europe\nVelmora Global "
    "Business Services Pvt. Ltd., Bangalore",
    pdate="2026-01-09",
    mentions=["TV25-01196"],
    notes="Dated two-instalment plan asked for approval: pauses, promised date = first "
    "instalment; the invoice is written as 'no. 1196'.",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    salutation="Mr Menon",
)

R(
    "lo",
    "LO-25-0611",
    2976.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-09T17:02:00+01:00",
    "Claire Dufresne-Martin",
    "claire.dufresne-martin@ardelys.example",
    "delay_request",
    True,
    2,
    "Madame Berthier,\n\nNous accusons réception de votre rappel concernant la facture "
    "LO-25-0611, qui n'est pas contestée.\n\nNotre groupe procède actuellement à la bascule de son "
    "ERP comptable ; les paiements fournisseurs sont gelés depuis le 1er décembre et ne "
    "reprendront qu'après la clôture annuelle. Nous vous proposons donc de régler cette facture "
    "lors de notre premier cycle de paiement de l'année, le vendredi 16 janvier 2026, et vous "
    "prions de bien vouloir suspendre vos relances d'ici là.\n\nNous vous remercions de votre "
    "compréhension et vous prions d'agréer, Madame, nos salutations distinguées.\n\n"
    "Claire Dufresne-Martin\nResponsable du centre de services partagés comptables\n"
    "Groupe Ardelys - 5 place Bellecour, 69002 Lyon",
    pdate="2026-01-16",
    mentions=["LO-25-0611"],
    notes="More time asked because of an ERP payment freeze, with a concrete new date, so it "
    "pauses; 'qui n'est pas contestée' is a negation.",
    mailer=OUTLOOK,
    format="alt",
    re="RE :",
    salutation="Madame Dufresne-Martin",
)

# ----------------------------------------------------------------------------------------------
# payment_promise
# ----------------------------------------------------------------------------------------------

R(
    "fs",
    "FS-2025-1302",
    5837.4,
    "reminder_1",
    "en",
    "en",
    "2025-11-13T10:37:00+00:00",
    "Beatriz Fonseca",
    "beatriz.fonseca@orbelia-ss.example",
    "payment_promise",
    False,
    1,
    "Dear Ms Progin,\n\nThank you for your e-mail. Invoice FS-2025-1302 has been approved by the "
    "cost centre owner and is scheduled for payment in our next payment run on 21 November 2025 "
    "(our payment runs take place on the 1st and 3rd Friday of each month).\n\nKind regards,\n"
    "Beatriz Fonseca\nAP Operations - Switzerland\nOrbelia Shared Services, Lisboa",
    pdate="2025-11-21",
    mentions=["FS-2025-1302"],
    notes="Payment-run calendar: the next run is dated, so it is a promise with that date.",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
    salutation="Ms Fonseca",
)

PP2_HTML = (
    '<html><body style="font-family:Arial,sans-serif;font-size:10pt">'
    "<p>Guten Tag Herr Frei</p>"
    "<p>Zu Ihrer Zahlungserinnerung: Die Rechnung ist in unserem nächsten Zahlungslauf enthalten "
    "und wird mit Valuta 12.12.2025 überwiesen. Untenstehend das Zahlungsavis.</p>"
    "<p>Freundliche Grüsse<br>Sandra Gisler<br>Kreditorenbuchhaltung<br>"
    "Aarvia Versicherungen AG</p><hr>"
    "<p><b>ZAHLUNGSAVIS</b><br>Zahlungsempfänger: Webwerk Limmat GmbH, Kreditor 100734<br>"
    "Ausführung / Valuta: 12.12.2025<br>Zahlweg: Überweisung (SIC)</p>"
    '<table border="1" cellpadding="3" style="border-collapse:collapse">'
    "<tr><th>Beleg</th><th>Ihre Referenz</th><th>Rechnungsdatum</th><th>Betrag CHF</th></tr>"
    "<tr><td>5100088412</td><td>WL-25-0811</td><td>28.10.2025</td><td>3'244.00</td></tr>"
    "<tr><td>5100088455</td><td>WL-25-0814</td><td>28.10.2025</td><td>1'081.00</td></tr>"
    "<tr><td colspan='3'><b>Total</b></td><td><b>4'325.00</b></td></tr></table>"
    "<p style='font-size:8pt;color:#777'>Dieses Avis wurde maschinell erstellt.</p>"
    "</body></html>"
)

R(
    "wl",
    "WL-25-0811",
    3244.0,
    "reminder_1",
    "de",
    "de",
    "2025-12-09T14:15:00+01:00",
    "Sandra Gisler",
    "sandra.gisler@aarvia.example",
    "payment_promise",
    False,
    1,
    "Guten Tag Herr Frei\n\nZu Ihrer Zahlungserinnerung: Die Rechnung ist in unserem nächsten "
    "Zahlungslauf enthalten und wird mit Valuta 12.12.2025 überwiesen. Untenstehend das "
    "Zahlungsavis.\n\nFreundliche Grüsse\nSandra Gisler\nKreditorenbuchhaltung\n"
    "Aarvia Versicherungen AG\n\n"
    "ZAHLUNGSAVIS\nZahlungsempfänger: Webwerk Limmat GmbH, Kreditor 100734\n"
    "Ausführung / Valuta: 12.12.2025\nZahlweg: Überweisung (SIC)\n\n"
    "Beleg       Ihre Referenz   Rechnungsdatum   Betrag CHF\n"
    "5100088412  WL-25-0811      28.10.2025         3'244.00\n"
    "5100088455  WL-25-0814      28.10.2025         1'081.00\n"
    "Total                                          4'325.00\n\n"
    "Dieses Avis wurde maschinell erstellt.",
    pdate="2025-12-12",
    mentions=["WL-25-0811", "WL-25-0814"],
    notes="A payment advice for a future value date pasted under a short note: a promise, not "
    "already_paid; the advice table names a second invoice.",
    mailer=OUTLOOK,
    format="alt",
    html=PP2_HTML,
    re="AW:",
    salutation="Frau Gisler",
)

R(
    "tv",
    "TV25-01288",
    9133.45,
    "reminder_3",
    "en",
    "en",
    "2026-02-05T18:22:00+01:00",
    "Giulia Ferraro",
    "giulia.ferraro@velmora-retail.example",
    "payment_promise",
    False,
    1,
    "Hello Chiara,\nsorry for this, the invoice was stuck in approval with our buyer. It's "
    "released now and will go with tomorrow payment run, you should see the money on your "
    "account early next week.\nPlease don't start the Betreibung.\n\nRegards\nGiulia Ferraro\n"
    "Velmora Retail Italia - Procurement\n\nInviato da iPhone",
    pdate="2026-02-06",
    notes="Non-native phone reply to the final notice: 'released' and 'tomorrow payment run' "
    "are a promise for the next day; the word Betreibung is the customer's plea, not a threat.",
    quote="apple",
    mailer=IPHONE,
    salutation="Giulia Ferraro",
)

# ----------------------------------------------------------------------------------------------
# copy_request
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BQ-25-3342",
    2486.3,
    "invoice",
    "en",
    "en",
    "2025-10-16T12:03:00+02:00",
    "Natalia Kowalczyk",
    "natalia.kowalczyk@novarum-bs.example",
    "copy_request",
    False,
    2,
    "Dear Supplier,\n\nWe have received your invoice BQ-25-3342. The bank account on the invoice "
    "(IBAN CH56 0483 5012 3456 7800 9) does not match the bank details in our vendor master "
    "(PostFinance, IBAN CH93 0900 0000 6012 3456 7).\n\nFor fraud prevention reasons we can not "
    "update bank details based on an invoice. Please send us a bank confirmation letter on your "
    "company letterhead, signed by two authorised signatories (as per commercial register), or "
    "the attached Vendor Bank Details Form completed and signed. Please send it to "
    "vendor.master@novarum-bs.example (not to this mailbox).\n\nUntil the bank details are "
    "verified, payments to your company will be put on hold.\n\nBest regards,\n"
    "Natalia Kowalczyk\nVendor Master Data Team\nNovarum Business Services Sp. z o.o., Kraków",
    mentions=["BQ-25-3342"],
    notes="Vendor-master bank change: asks for a signed bank letter; the hold is the customer's "
    "own fraud procedure, not a dispute of the invoice.",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    attachments=[("pdf", "NBS_Vendor_Bank_Details_Form_v4.pdf")],
    re="RE:",
)

R(
    "mr",
    "MRF-25-639",
    5412.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-10-29T09:41:00+01:00",
    "Élodie Perrin",
    "elodie.perrin@altaviva-construction.example",
    "copy_request",
    False,
    2,
    "Bonjour Madame,\n\nVotre rappel nous est bien parvenu, mais nous n'avons aucune trace de la "
    "facture MRF-25-639 dans notre système : elle a vraisemblablement été adressée à notre "
    "conducteur de travaux, M. Girod, et non au service comptable.\n\nPourriez-vous nous la "
    "transmettre au format PDF à l'adresse factures@altaviva-construction.example, qui est la "
    "seule adresse traitée par notre plateforme de dématérialisation ? Nous la traiterons dès "
    "réception.\n\nBien cordialement,\n\nÉlodie Perrin\nAssistante comptable, pour le compte de "
    "M. Laurent Vial, Directeur administratif et financier\nAltaviva Construction SAS\n"
    "ZA des Glaisins, 74940 Annecy-le-Vieux",
    mentions=["MRF-25-639"],
    notes="Written on behalf of the CFO: invoice never reached accounts payable, PDF asked to "
    "the dematerialisation address; 'dès réception' is no date.",
    quote="gmail",
    salutation="Élodie Perrin",
)

R(
    "tv",
    "TV25-00842",
    3567.3,
    "reminder_1",
    "en",
    "en",
    "2025-09-25T12:18:00+05:30",
    "Deepa Raghunathan",
    "deepa.raghunathan@velmora-gbs.example",
    "copy_request",
    False,
    2,
    'Hi Team,\n\nWe are unable to open the attachment in your mail, it shows error "file is '
    'damaged and could not be repaired". Also the invoice is not available in our system, may '
    "be the original mail was not received.\n\nKindly resend the invoice copy in PDF (not "
    "zipped) to ap.invoices.it@velmora-gbs.example so that we can process the same at the "
    "earliest.\n\nThanks,\nDeepa Raghunathan\nAP Invoice Processing - Velmora GBS Bangalore",
    notes="PDF asked again because the attachment is corrupt; 'at the earliest' is not a promise.",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE:",
)

# ----------------------------------------------------------------------------------------------
# acknowledgement
# ----------------------------------------------------------------------------------------------

R(
    "fs",
    "FS-2025-1164",
    2918.7,
    "invoice",
    "de",
    "de",
    "2025-09-10T16:44:00+02:00",
    "Reto Aebischer",
    "reto.aebischer@halvern.example",
    "acknowledgement",
    False,
    1,
    "Guten Tag Frau Progin\n\nBesten Dank. Wir haben Ihre Rechnung zur Verarbeitung an unser "
    "Shared Service Center weitergeleitet (Vorgangsnummer KR-2025-118204).\n\nFreundliche Grüsse\n"
    "Reto Aebischer\nAssistent Geschäftsleitung\nHalvern (Schweiz) AG, Bahnhofstrasse 9, "
    "3186 Düdingen",
    notes="Passed on to the shared-service centre with a case number, nothing asked.",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    salutation="Herr Aebischer",
)

R(
    "lo",
    "LO-25-0702",
    11208.0,
    "invoice",
    "en",
    "en",
    "2025-12-16T10:02:00+00:00",
    "Sofia Martins",
    "sofia.martins@mareval-enseignes.example",
    "acknowledgement",
    False,
    1,
    "Hello,\n\nReceived with thanks. The invoice is registered in our system under document no. "
    "5105562210 and is now in the approval workflow with the requester (Store Projects France). "
    "You will receive the remittance advice automatically once it is paid.\n\nKind regards,\n"
    "Sofia Martins\nAccounts Payable - France\nMaréval Business Services, Lisbon",
    notes="Registered and in approval but no payment date: an acknowledgement, not a promise.",
    mailer=OUTLOOK,
    format="html",
    re="RE:",
)

# ----------------------------------------------------------------------------------------------
# auto_reply
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BQ-25-3207",
    4893.0,
    "reminder_1",
    "en",
    "en",
    "2025-10-01T06:02:00+02:00",
    "Novarum AP Service Desk",
    "ap.servicedesk@novarum-bs.example",
    "auto_reply",
    False,
    1,
    "*** This is an automatically generated message - please do not reply ***\n\nDear Sender,\n\n"
    "Thank you for contacting Novarum Accounts Payable Service Desk.\n\nYour e-mail has been "
    "received and a ticket has been created:\n\nTicket number: NBS-VH-2025-104772\n"
    "Category: Supplier inquiry - Payment status\nPriority: Normal\n\nOur team will get back to "
    "you within 5 business days. To check invoice and payment status 24/7, please use the "
    "Novarum Supplier Portal (https://suppliers.novarum-bs.example).\n\nPlease keep the ticket "
    "number in the subject line of any further e-mail about this matter.\n\n"
    "Novarum Business Services - Accounts Payable\nKraków | Bangalore",
    notes="Ticket-system confirmation with a ticket number and a response time, nothing else.",
    headers=AUTO,
    days_after=0,
    subject="[NBS-VH-2025-104772] RE: Payment reminder: invoice BQ-25-3207",
)

R(
    "wl",
    "WL-25-0821",
    6713.01,
    "reminder_2",
    "en",
    "mixed",
    "2025-12-22T09:31:00+01:00",
    "Tomasz Zieliński",
    "tomasz.zielinski@aarvia-gs.example",
    "auto_reply",
    False,
    1,
    "Dzień dobry,\n\ndziękuję za wiadomość. Przebywam na urlopie do 6 stycznia 2026 r. z "
    "ograniczonym dostępem do poczty. W sprawach pilnych proszę kontaktować się z zespołem: "
    "ap.dach@aarvia-gs.example.\n\nHello,\n\nThank you for your message. I am on annual leave "
    "until 6 January 2026 with limited access to e-mail. For urgent matters please contact the "
    "team at ap.dach@aarvia-gs.example.\n\nPozdrawiam / Best regards\nTomasz Zieliński",
    notes="Polish/English out-of-office: the return date is an absence, not a promised date.",
    headers=AUTO,
    days_after=0,
    mailer=OUTLOOK,
    re="Automatyczna odpowiedź:",
)

# ----------------------------------------------------------------------------------------------
# other
# ----------------------------------------------------------------------------------------------

R(
    "lx",
    "LX/2026/014",
    1620.0,
    "invoice",
    "en",
    "en",
    "2026-01-13T11:26:00+00:00",
    "Ana Sousa",
    "ana.sousa@castelnova-gs.example",
    "other",
    False,
    2,
    "Dear Supplier,\n\nApologies for using this thread - your invoice is in process and nothing "
    "is needed from you regarding it.\n\nAs part of our annual vendor master data review, we "
    "kindly ask all active suppliers to confirm their data in our supplier portal by 28 February "
    "2026: legal name, UID/VAT number, registered address, remittance e-mail and contact "
    "person.\n\nReview link: https://suppliers.castelnova.example/review\nYour supplier number: "
    "300417\n\nSuppliers who have not confirmed their data by then will receive a reminder from "
    "our procurement team.\n\nThank you for your cooperation.\n\nAna Sousa\nVendor Master Data\n"
    "Castelnova Global Services, Lisboa",
    notes="Unrelated vendor-master review sent on the invoice thread; 28 February is a portal "
    "deadline, not a payment date.",
    mailer=OUTLOOK,
    format="alt",
    re="RE:",
)

R(
    "mr",
    "MRF-25-671",
    3180.0,
    "invoice",
    "fr",
    "fr",
    "2025-11-25T15:10:00+01:00",
    "Anne-Laure Berthod",
    "al.berthod@residences-sequoia.example",
    "other",
    False,
    2,
    "Madame Roche,\n\nJe profite de votre envoi pour vous solliciter sur un autre sujet : dans le "
    "cadre de la rénovation de notre résidence « Les Mélèzes » à Megève, nous souhaiterions "
    "recevoir votre meilleure offre pour la fourniture et la pose de 42 portes palières "
    "coupe-feu EI30 ainsi que des habillages bois des parties communes. Le cahier des charges "
    "est joint ; les offres sont attendues pour le 12 décembre au plus tard.\n\nUne visite du "
    "site peut être organisée la semaine du 1er décembre.\n\nBien cordialement,\n\n"
    "Anne-Laure Berthod\nDirectrice des achats\nRésidences Séquoia SA\n"
    "12 avenue de Genève, 74000 Annecy",
    notes="Request for a quotation for new work sent on an invoice thread; 12 December is a "
    "tender deadline, not a promised date.",
    mailer=OUTLOOK,
    attachments=[("pdf", "CCTP_Les_Melezes_lot_menuiseries.pdf")],
    re="RE :",
    salutation="Madame Berthod",
)
