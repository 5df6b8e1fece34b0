# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# ruff: noqa: RUF001  (the customers write en dashes and multiplication signs)
"""Twenty-seventh blind set of customers' replies (tests/data/disputes_blind27), with their labels (CC0 text).

Written by a twenty-ninth writer who read only the label definitions and the entry format, not
the other sets' replies, not the reader's rules and not its answers: it measures the reader once.
Everything is synthetic (people, firms, addresses, references, IBANs, phone numbers).
Never tune rules on these replies.

Profile: clients of a web agency / hosting firm (``wl``, Webwerk Limmat, invoices ``WWL-YY-NNNN``)
and of a translation agency (``lx``, Lemanix Traductions, invoices ``LMX-YY-NNNN``): startups and
SMEs with subscriptions, licences, hosting renewals, seat counts, cancelled contracts, upgrades and
downgrades, credit card vs. invoice, tickets opened in a helpdesk; English-heavy with German,
French and mixed de/en or fr/en; some replies come from finance tools and AP automation.

Same entry format as the other writers' modules (the ``R`` helper of ``dispute_replies_more.py``,
entries kept in this file's own ``REPLIES``); labels as defined in
/work/shared/samples/disputes/README.md.
Build with ``.venv/bin/python scripts/bench/make_dispute_replies.py --source blind27``.
"""

import dispute_replies_more as _more
from dispute_replies_more import IPHONE, OUTLOOK, TB

REPLIES = []

R = _more.writer(REPLIES)

AUTO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

# ----------------------------------------------------------------------------------------------
# contestation
# ----------------------------------------------------------------------------------------------

R(
    "wl",
    "WWL-25-0851",
    1284.23,
    "reminder_1",
    "en",
    "en",
    "2025-10-14T07:52:00+02:00",
    "Tom Brändli",
    "tom@quillstack.ch",
    "contestation",
    True,
    3,
    "Hi Lukas\n\nWe downgraded to Basic back in August (ticket #48213, confirmed by Marco). This "
    "still bills the full year of Pro. Can you fix and resend?\n\nTom\n\nSent from my iPhone",
    notes="One-line phone reply: the plan billed is not the plan agreed after a helpdesk "
    "downgrade, a price dispute rather than a formal error, with no amount stated.",
    quote="apple",
    mailer=IPHONE,
)

R(
    "wl",
    "WWL-25-0912",
    1013.44,
    "reminder_2",
    "de",
    "de",
    "2025-11-19T14:05:00+01:00",
    "Andrea Gfeller",
    "a.gfeller@brunnmatt-logistik.ch",
    "contestation",
    True,
    3,
    "Guten Tag Herr Frei\n\nWir haben Ihre 2. Mahnung erhalten und möchten die Sache nun "
    "endlich klären.\n\nAuf der Rechnung sind für Oktober bis Dezember 25 Lizenzen «Workspace "
    "Business» verrechnet. Wir haben die Anzahl bereits am 15. September über Ihr Helpdesk "
    "(Ticket #47790) per 1. Oktober auf 14 Lizenzen reduziert – die Bestätigung Ihres Supports "
    "liegt uns vor. Im Admin-Portal sind seit Oktober auch nur 14 Benutzer aktiv.\n\n"
    "Nicht geschuldet sind somit 11 Lizenzen × CHF 12.50 × 3 Monate = CHF 412.50 (exkl. MWST).\n\n"
    "Den unbestrittenen Teil von CHF 567.53 inkl. MWST überweisen wir bis Ende Woche. Für den "
    "Rest erwarten wir eine Gutschrift.\n\nFreundliche Grüsse\n\nAndrea Gfeller\n"
    "Leiterin Administration\nBrunnmatt Logistik AG\nIndustriestrasse 7, 3322 Schönbühl\n"
    "Tel. 031 555 48 20",
    amount=412.5,
    pdate="2025-11-21",
    notes="Seat count reduced via a helpdesk ticket: contests 11 seats (seats × price × months, "
    "net) and pays the undisputed part by the end of the week (Friday).",
    salutation="Frau Gfeller",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    re="AW:",
    headers={"Thread-Index": "AdtZ4qK1mR8vXo3nQkWc7bE2pLfA9g==", "Content-Language": "de-CH"},
)

R(
    "lx",
    "LMX-25-0388",
    1243.15,
    "reminder_1",
    "fr",
    "fr",
    "2025-11-05T10:18:00+01:00",
    "Claire Monnier",
    "c.monnier@caves-lavaux-sa.ch",
    "contestation",
    True,
    3,
    "Bonjour Monsieur Chappuis,\n\nPour la facture LMX-25-0388 (fiches techniques des vins), "
    "aucun souci : elle passera dans notre paiement fournisseurs de fin novembre.\n\nJe profite "
    "de votre message pour revenir sur la facture précédente, LMX-25-0341 du 2 septembre, que "
    "nous avons mise de côté. Elle contient un « supplément urgence 25 % » de CHF 310.00 HT "
    "alors que nous vous avions laissé trois semaines pour traduire la brochure – ce n'était "
    "pas urgent, et ce supplément n'a jamais été évoqué. Nous ne réglerons cette facture-là "
    "qu'une fois ce poste retiré.\n\nMerci d'avance et meilleures salutations,\n\n"
    "Claire Monnier\nResponsable communication\nCaves du Lavaux SA\n"
    "Route de la Corniche 12 – 1096 Cully",
    amount=310.0,
    pdate="2025-11-30",
    mentions=("LMX-25-0388", "LMX-25-0341"),
    notes="The thread's invoice is accepted (paid end of November) while a surcharge on another "
    "invoice, LMX-25-0341, is contested: the pause concerns that one.",
    salutation="Madame Monnier",
    quote="gmail",
    format="alt",
)

R(
    "lx",
    "LMX-25-0367",
    2948.97,
    "invoice",
    "en",
    "en",
    "2025-09-17T16:40:00+02:00",
    "Daniel Okafor",
    "d.okafor@ferncloud.io",
    "contestation",
    True,
    3,
    "Hi Olivier,\n\nThanks for the quick turnaround on the UI strings and the help centre "
    "articles, the team is happy with them.\n\nOne thing on the invoice though: it bills 12,400 "
    "words at CHF 0.22. The export we sent you (help-centre_en_v3.xliff) has 9,870 words – I "
    "re-ran the count in Trados this morning and Phrase gives the same figure. I suspect the "
    "repeated UI strings were counted twice, or the 100% matches were billed at full rate.\n\n"
    "So we're looking at 2,530 words too many, i.e. CHF 556.60 before VAT. Could you double-check "
    "and send a corrected invoice? Happy to pay the rest straight away once it's sorted.\n\n"
    "Best,\nDaniel\n\n--\nDaniel Okafor | Head of Product\nFernCloud AG | Baarerstrasse 44 | "
    "6300 Zug\n+41 41 555 72 19",
    amount=556.6,
    notes="Word count contested after a thank-you opener; the request for a 'corrected invoice' "
    "makes it look like a formal error, but the quantity billed is disputed.",
    quote="gmail",
    format="alt",
)

R(
    "wl",
    "WWL-25-1046",
    385.92,
    "reminder_3",
    "en",
    "en",
    "2026-01-20T22:47:00+01:00",
    "Martina Keller",
    "m.keller@kellervoss.studio",
    "contestation",
    True,
    5,
    "Lukas,\n\nThis is now the THIRD time I'm writing about this.\n\nWe cancelled our hosting "
    "contract on 12 September by e-mail AND through your helpdesk (ticket #47702), with the six "
    "weeks' notice your own T&Cs require, effective 31 October. Your support even confirmed the "
    "cancellation. The site moved to another provider on 28 October. Since then you have sent "
    'an invoice for November to January, two reminders, and now a "final notice" threatening '
    "Betreibung for hosting we no longer have.\n\nWe will not pay a single franc of WWL-25-1046. "
    "If a Zahlungsbefehl arrives I will file a Rechtsvorschlag the same day and hand the file "
    "to our lawyer. And frankly, I'll make sure the other studios in our network know how you "
    "treat customers who leave.\n\nCancel this invoice and confirm it in writing.\n\n"
    "Martina Keller\nManaging Partner, Keller & Voss Studio GmbH",
    amount=385.92,
    mentions=("WWL-25-1046",),
    notes="Hosting billed after a confirmed cancellation: refusal, lawyer and reputation threat "
    "at night on the final notice, whole invoice contested.",
    salutation="Ms Keller",
    quote="outlook",
    outlook_line=False,
    mailer=OUTLOOK,
    re="RE:",
)

R(
    "wl",
    "WWL-25-0963",
    2497.11,
    "reminder_1",
    "de",
    "mixed",
    "2025-12-04T11:26:00+01:00",
    "Jonas Meier",
    "jonas@trailhead-mobility.ch",
    "contestation",
    True,
    3,
    "Hoi Lukas\n\nKurze Frage zur Rechnung / quick one on the invoice: da sind 14h «Support & "
    "Maintenance Q3» à CHF 165.– drauf. In unserem Helpdesk sehe ich für Q3 nur 6 geschlossene "
    "Tickets, total logged time ca. 5.5h.\n\nCan you send us the breakdown per ticket? Bis dahin "
    "halten wir die Zahlung zurück – sorry, aber 8.5h Differenz ist zu viel, um es einfach "
    "durchzuwinken.\n\nThx & Gruess\nJonas\n\nJonas Meier | CTO\nTrailhead Mobility AG | Zürich",
    amount=1402.5,
    notes="Framed as a quick de/en question asking for a breakdown, but payment is withheld over "
    "8.5 contested hours (× CHF 165, net).",
    salutation="Herr Meier",
    client_lang="de",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    headers={"Thread-Index": "AdtkP0c9Zb1sNwq4RaeX2uJv8HmYtQ=="},
)

R(
    "lx",
    "LMX-25-0531",
    1729.6,
    "reminder_2",
    "de",
    "de",
    "2026-02-11T08:15:00+01:00",
    "Sabine Hürlimann",
    "s.huerlimann@aquaris-medtech.ch",
    "contestation",
    True,
    4,
    "Sehr geehrter Herr Chappuis\n\nWir bestreiten Ihre Rechnung nicht grundsätzlich: die "
    "Übersetzung der Gebrauchsanweisung (DE > FR/IT) haben wir bestellt und erhalten, sie ist in "
    "Ordnung.\n\nAuf der Rechnung steht aber zusätzlich eine «Beglaubigung» für CHF 120.00. Eine "
    "beglaubigte Übersetzung haben wir nie verlangt (siehe unsere Bestellung vom 2. Dezember "
    "zur Offerte Nr. 25-188), und wir brauchen für diese Unterlagen auch keine. Diese Position "
    "sowie die Mahngebühr von CHF 20.00 bezahlen wir nicht.\n\nBitte senden Sie uns eine "
    "korrigierte Rechnung ohne Beglaubigung; den Betrag überweisen wir dann umgehend.\n\n"
    "Freundliche Grüsse\n\nSabine Hürlimann\nRegulatory Affairs\nAquaris Medtech AG\n"
    "Grabenstrasse 3, 6340 Baar",
    amount=140.0,
    notes="Opens with 'we do not dispute the invoice', then refuses an unordered certification "
    "and the reminder fee (120 + 20); the payment of the rest has no date.",
    salutation="Frau Hürlimann",
    quote="outlook",
    mailer=OUTLOOK,
    charset="windows-1252",
    re="AW:",
)

# ----------------------------------------------------------------------------------------------
# invoice_error
# ----------------------------------------------------------------------------------------------

R(
    "wl",
    "WWL-26-0012",
    4864.5,
    "invoice",
    "en",
    "en",
    "2026-01-08T09:03:00+01:00",
    "Priya Raman",
    "priya.raman@kestrel-analytics.ch",
    "invoice_error",
    True,
    3,
    "Hello,\n\nThanks for the invoice. Unfortunately we can't process it in its current form: "
    "Kestrel Analytics GmbH was converted into Kestrel Analytics AG on 1 December 2025 (new "
    "commercial register entry, same UID CHE-286.114.507). All invoices dated from December "
    "onwards need to be addressed to the AG, otherwise our auditors will flag them.\n\n"
    "Correct billing address:\nKestrel Analytics AG\nFinance\nPfingstweidstrasse 60b\n"
    "8005 Zürich\n\nCould you please cancel WWL-26-0012 and reissue it to the AG? Nothing else "
    "changes – the amount and the services are fine.\n\nWhile you're at it: could the new "
    "invoice go to invoices@kestrel-analytics.ch rather than to me personally?\n\n"
    "Many thanks,\nPriya\n\nPriya Raman\nFinance & Operations Manager",
    mentions=("WWL-26-0012",),
    notes="Legal-form change (GmbH to AG) requires a reissued invoice; the request to send future "
    "invoices to another mailbox is a secondary copy request.",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
)

R(
    "lx",
    "LMX-25-0455",
    3210.57,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-02T15:32:00+01:00",
    "Laurence Dubuis",
    "l.dubuis@valmont-sante.ch",
    "invoice_error",
    True,
    4,
    "Madame, Monsieur,\n\nNous accusons réception de votre rappel du 30 novembre concernant la "
    "facture citée en objet.\n\nCette facture ne nous est pas parvenue sous une forme que notre "
    "système de traitement des factures peut accepter : conformément à nos conditions d'achat, "
    "toute facture adressée à Valmont Santé SA doit mentionner le numéro de commande (bon de "
    "commande SAP, format 4500xxxxxx) ainsi que le nom du demandeur. Faute de ces indications, "
    "la facture est automatiquement rejetée et ne peut pas être mise en paiement. Il ne s'agit "
    "en aucun cas d'une contestation de la prestation, qui a été dûment réceptionnée par notre "
    "service Marketing.\n\nLe numéro de commande correspondant est le 4500218377 (demandeur : "
    "M. Kevin Thalmann, Marketing).\n\nNous vous prions de nous faire parvenir une facture "
    "rectifiée avant le 12 décembre 2025 : notre dernier run de paiement de l'exercice a lieu "
    "le 17 décembre, et les factures reçues après le 12 ne pourront être réglées qu'en "
    "janvier.\n\nNous vous remercions de votre compréhension et vous prions d'agréer, Madame, "
    "Monsieur, nos salutations distinguées.\n\nLaurence Dubuis\nComptabilité fournisseurs\n"
    "Valmont Santé SA – Centre de services partagés\nChemin des Aulx 18, 1228 Plan-les-Ouates",
    notes="Formal letter: the missing PO blocks the year's last payment run (deadline, urgency 4); "
    "it says it is not a contestation, and the payment-run date is not a promise.",
    salutation="Madame Dubuis",
    quote="outlook",
    outlook_line=False,
    mailer=OUTLOOK,
    format="alt",
    re="RE :",
)

R(
    "wl",
    "WWL-25-0871",
    201.07,
    "invoice",
    "de",
    "de",
    "2025-09-10T10:47:00+02:00",
    "Peter Zürcher",
    "p.zuercher@zuercher-elektro.ch",
    "invoice_error",
    True,
    3,
    "Grüezi Herr Frei\n\nDie Rechnung WWL-25-0871 scheint ein Duplikat zu sein: die gleichen drei "
    "Domains (zuercher-elektro.ch, zuercher-elektro.com, ze-service.ch), die gleiche Periode "
    "2025/26 und der gleiche Betrag wie bei der WWL-25-0858, die Sie uns am 2. September "
    "geschickt haben.\n\nBitte die eine stornieren, dann bezahlen wir die andere wie gewohnt.\n\n"
    "Freundliche Grüsse\nP. Zürcher\n\nZürcher Elektro GmbH\nDorfstrasse 22, 8954 Geroldswil",
    amount=201.07,
    mentions=("WWL-25-0871", "WWL-25-0858"),
    notes="Domain renewal invoiced twice and not yet paid: a duplicate (invoice_error, full "
    "amount), not already_paid.",
    salutation="Herr Zürcher",
    quote="thunderbird",
    mailer=TB,
    charset="iso-8859-1",
)

R(
    "lx",
    "LMX-25-0342",
    2021.47,
    "reminder_2",
    "fr",
    "mixed",
    "2025-10-29T17:58:00+01:00",
    "Julien Marchetti",
    "j.marchetti@nomadeo.fr",
    "invoice_error",
    True,
    3,
    "Bonjour Olivier,\n\nSorry for the late reply, je découvre votre 2e rappel en rentrant de "
    "Berlin.\n\nWe're not refusing to pay, mais il y a un problème sur la facture : Nomadeo SAS "
    "est basée à Paris (TVA intracom FR 47 912 345 678), so the translation services should be "
    "invoiced without Swiss VAT (reverse charge, autoliquidation chez nous). La facture inclut "
    "CHF 151.47 de TVA suisse à 8.1 %.\n\nCould you reissue it HT, soit CHF 1'870.00, avec la "
    "mention « autoliquidation » ? We'll pay as soon as we have it.\n\nMerci et bonne soirée,\n"
    "Julien\n\nJulien Marchetti\nCOO – Nomadeo SAS\n58 rue de la Roquette, 75011 Paris",
    amount=151.47,
    notes="fr/en mix: Swiss VAT charged to a French customer (reverse charge), so the VAT is the "
    "disputed amount; 'we're not refusing to pay' does not make it a promise.",
    salutation="Monsieur Marchetti",
    client_lang="fr",
    quote="gmail",
    format="alt",
)

# ----------------------------------------------------------------------------------------------
# already_paid
# ----------------------------------------------------------------------------------------------

R(
    "wl",
    "WWL-25-0925",
    642.11,
    "reminder_1",
    "en",
    "en",
    "2025-11-12T13:21:00+01:00",
    "Lea Hofstetter",
    "lea@bytebakery.ch",
    "already_paid",
    True,
    3,
    "Hi there,\n\nI think this one's already settled – I paid it by credit card through your "
    "customer portal on 3 October (Visa ending 4417, CHF 642.11, portal confirmation no. "
    "PAY-77120). Screenshot of the card statement attached.\n\nMaybe the card payment didn't "
    "get matched to the invoice on your side? Let me know if you need anything else.\n\n"
    "Cheers,\nLea\n\nLea Hofstetter\nCo-founder | Byte Bakery GmbH",
    notes="Paid by credit card in the customer portal, with a screenshot; the hedge 'I think' "
    "does not change the label.",
    salutation="Ms Hofstetter",
    quote="gmail",
    format="alt",
    attachments=[("png", "card_statement_oct.png")],
)

R(
    "lx",
    "LMX-25-0486",
    864.8,
    "reminder_2",
    "de",
    "de",
    "2026-01-07T08:40:00+01:00",
    "Vontobel Reisen AG, Buchhaltung",
    "buchhaltung@vontobel-reisen.ch",
    "already_paid",
    True,
    3,
    "Guten Morgen\n\nDie Rechnung LMX-25-0486 über CHF 864.80 haben wir am 29.12.2025 per "
    "E-Banking bezahlt (Valuta 30.12., Referenz gemäss QR-Rechnung). Offenbar ist die Zahlung "
    "bei Ihnen noch nicht verbucht – wir gehen davon aus, dass die Mahngebühr damit "
    "entfällt.\n\nZahlungsbestätigung im Anhang.\n\nFreundliche Grüsse\nM. Vontobel\n"
    "Vontobel Reisen AG\nBuchhaltung",
    mentions=("LMX-25-0486",),
    notes="Paid over the holidays before the 2nd reminder went out; the remark on the reminder "
    "fee does not turn it into a contestation.",
    salutation="Herr Vontobel",
    mailer=OUTLOOK,
    cte="base64",
    attachments=[("pdf", "Zahlungsbestaetigung_LMX-25-0486.pdf")],
)

R(
    "wl",
    "WWL-25-1152",
    1081.0,
    "reminder_1",
    "de",
    "fr",
    "2026-01-27T11:09:00+01:00",
    "Marc-Antoine Pittet",
    "ma.pittet@pittet-architectes.ch",
    "already_paid",
    True,
    3,
    "Bonjour,\n\nJe réponds en français si vous le permettez.\n\nNous avons réglé les factures "
    "WWL-25-1131 et WWL-25-1152 en un seul virement de CHF 1'733.90 le 14 janvier, depuis notre "
    "compte à la BCV. Dans le motif de paiement, seul le premier numéro figurait, ce qui "
    "explique peut-être que la seconde apparaisse encore ouverte chez vous.\n\nPouvez-vous "
    "vérifier et imputer le paiement sur les deux factures ?\n\nAvec mes meilleures "
    "salutations,\n\nMarc-Antoine Pittet\nPittet Architectes Sàrl\nRue du Simplon 5, 1800 Vevey",
    mentions=("WWL-25-1131", "WWL-25-1152"),
    notes="French reply to a German reminder; one transfer paid two invoices with only the other "
    "number as reference.",
    salutation="Herr Pittet",
    quote="outlook",
    mailer=OUTLOOK,
    re="RE :",
)

R(
    "wl",
    "WWL-25-0896",
    2162.0,
    "reminder_1",
    "de",
    "de",
    "2025-10-30T16:12:00+01:00",
    "Claudia Ammann",
    "c.ammann@ammann-gartenbau.ch",
    "already_paid",
    True,
    3,
    "Guten Tag Herr Frei\n\nSiehe unten – laut unserem Buchhalter ist die Rechnung bezahlt. "
    "Bitte prüfen Sie das bei sich.\n\nFreundliche Grüsse\nClaudia Ammann\n\n"
    "-----Ursprüngliche Nachricht-----\nVon: Heinz Studer <h.studer@ammann-gartenbau.ch>\n"
    "Gesendet: Donnerstag, 30. Oktober 2025 15:48\nAn: Claudia Ammann "
    "<c.ammann@ammann-gartenbau.ch>\nBetreff: AW: Zahlungserinnerung\n\nHoi Claudia\n"
    "Die WWL-25-0896 ist am 17.10. mit dem Zahlungslauf raus, CHF 2'162.00 auf ihr Konto bei der "
    "ZKB. Beleg hänge ich dir an. Webwerk soll das bitte bei sich prüfen.\nGruss Heinz\n\n"
    "-----Ursprüngliche Nachricht-----\nVon: Claudia Ammann\nGesendet: Donnerstag, 30. Oktober "
    "2025 14:02\nAn: Heinz Studer\nBetreff: WG: Zahlungserinnerung\n\nHeinz, haben wir die "
    "bezahlt? Kommt eine Mahnung von Webwerk.\nC.",
    mentions=("WWL-25-0896",),
    notes="Forwarded internal exchange: the payment date comes from the bookkeeper's message "
    "(customer's side), the manager herself only asks to check.",
    salutation="Frau Ammann",
    quote="forward",
    internal=True,
    mailer=OUTLOOK,
    re="WG:",
    attachments=[("pdf", "Zahlungsbeleg_ZKB_20251017.pdf")],
)

# ----------------------------------------------------------------------------------------------
# delay_request
# ----------------------------------------------------------------------------------------------

R(
    "wl",
    "WWL-25-0981",
    8648.0,
    "reminder_2",
    "en",
    "en",
    "2025-12-22T18:30:00+01:00",
    "Nina Petrovic",
    "nina@loopwise.ai",
    "delay_request",
    True,
    2,
    "Dear Lukas,\n\nI'm writing on behalf of our CEO, Fabian Suter, who is travelling until early "
    "January.\n\nFirst of all, apologies for the delay on this invoice – the migration work was "
    "excellent and there is no issue with it whatsoever. We are closing our seed extension "
    "round, which has taken longer than planned, and our cash position is tight until the funds "
    "arrive.\n\nFabian asked me to propose the following: we pay CHF 4,324.00 on 15 January 2026 "
    "and the remaining CHF 4,324.00 on 16 February 2026. If that works for you, could you please "
    "hold further reminders and fees in the meantime?\n\nThank you for your understanding, and "
    "happy holidays to the whole Webwerk team.\n\nBest regards,\nNina Petrovic\nOffice & Finance\n"
    "Loopwise AG, Technoparkstrasse 1, 8005 Zürich",
    pdate="2026-01-15",
    notes="Written on behalf of the CEO; a dated two-instalment plan pauses, the first "
    "instalment is the promised date.",
    salutation="Mr Suter",
    quote="gmail",
    format="alt",
)

R(
    "lx",
    "LMX-25-0298",
    1567.45,
    "reminder_1",
    "fr",
    "fr",
    "2025-09-25T12:02:00+02:00",
    "Isabelle Favre",
    "contact@favre-evenements.ch",
    "delay_request",
    False,
    2,
    "Bonjour Monsieur Chappuis,\n\nJe suis désolée pour ce retard. La saison a été très difficile "
    "pour nous (deux événements annulés cet été) et notre trésorerie est tendue en ce moment.\n\n"
    "Serait-il possible de nous laisser encore un peu de temps pour cette facture ? Je vous la "
    "réglerai dès que possible, promis. La traduction était parfaite, ce n'est absolument pas "
    "la question.\n\nMerci de votre compréhension,\nIsabelle Favre\nFavre Événements\n\n"
    "Envoyé de mon iPhone",
    notes="Asks for time with no date ('dès que possible, promis'): a delay request that does "
    "not pause.",
    salutation="Madame Favre",
    quote="apple",
    mailer=IPHONE,
)

R(
    "wl",
    "WWL-25-1021",
    3783.5,
    "reminder_3",
    "de",
    "de",
    "2026-01-14T09:55:00+01:00",
    "Beat Gasser",
    "b.gasser@gasser-fitness.ch",
    "delay_request",
    True,
    2,
    "Sehr geehrter Herr Frei\n\nBesten Dank für Ihre Geduld. Die Rechnung für den neuen "
    "Online-Shop ist selbstverständlich geschuldet, wir sind mit der Arbeit sehr zufrieden. "
    "Leider haben wir nach einem schwachen Dezember einen Liquiditätsengpass.\n\nDürfen wir den "
    "Betrag von CHF 3'783.50 bis Ende nächsten Monat begleichen? Wir wären Ihnen dankbar, wenn "
    "Sie bis dahin von einer Betreibung absehen könnten.\n\nMit freundlichen Grüssen\n\n"
    "Beat Gasser\nInhaber, Gasser Fitness GmbH\nBahnhofstrasse 31, 3600 Thun",
    pdate="2026-02-28",
    notes="Polite answer to the last reminder that mentions Betreibung itself; 'Ende nächsten "
    "Monat' resolves to 2026-02-28, so the request pauses.",
    salutation="Herr Gasser",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
)

# ----------------------------------------------------------------------------------------------
# payment_promise
# ----------------------------------------------------------------------------------------------

_ORBITALE_HTML = (
    '<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#222">'
    '<p style="color:#888">This is an automated message from Orbitale SA\'s invoice management '
    "system. Please do not reply to this e-mail.</p>"
    '<table cellpadding="4" style="border-collapse:collapse">'
    "<tr><td><b>Supplier</b></td><td>Lemanix Traductions S&agrave;rl</td></tr>"
    "<tr><td><b>Invoice number</b></td><td>LMX-26-0027</td></tr>"
    "<tr><td><b>Invoice date</b></td><td>28.01.2026</td></tr>"
    "<tr><td><b>Amount</b></td><td>CHF 2,053.90</td></tr>"
    '<tr><td><b>Status</b></td><td style="color:#1a7f37"><b>APPROVED &ndash; scheduled for '
    "payment</b></td></tr></table>"
    "<p>Your invoice has been approved and is scheduled for payment on <b>13.02.2026</b> to the "
    "bank account on file (IBAN ending &hellip;4021).</p>"
    "<p>For questions about this invoice, please contact ap@orbitale-space.ch and quote the "
    "document ID DOC-2026-00812.</p>"
    '<p style="color:#888">Orbitale SA | Accounts Payable | Route de la Galaxie 2, 1196 Gland</p>'
    "</body></html>"
)

R(
    "lx",
    "LMX-26-0027",
    2053.9,
    "invoice",
    "en",
    "en",
    "2026-02-03T06:14:00+01:00",
    "Orbitale SA Accounts Payable",
    "payables@orbitale-space.ch",
    "payment_promise",
    False,
    1,
    "This is an automated message from Orbitale SA's invoice management system. Please do not "
    "reply to this e-mail.\n\nSupplier: Lemanix Traductions Sàrl\nInvoice number: LMX-26-0027\n"
    "Invoice date: 28.01.2026\nAmount: CHF 2,053.90\nStatus: APPROVED – scheduled for payment\n\n"
    "Your invoice has been approved and is scheduled for payment on 13.02.2026 to the bank "
    "account on file (IBAN ending …4021).\n\nFor questions about this invoice, please contact "
    "ap@orbitale-space.ch and quote the document ID DOC-2026-00812.\n\n"
    "Orbitale SA | Accounts Payable | Route de la Galaxie 2, 1196 Gland",
    pdate="2026-02-13",
    mentions=("LMX-26-0027",),
    notes="Automatic notice from the customer's AP system, but it states a scheduled payment "
    "date: a payment promise rather than an auto-reply.",
    days_after=6,
    format="html",
    html=_ORBITALE_HTML,
    headers={"Auto-Submitted": "auto-generated"},
)

R(
    "wl",
    "WWL-25-0802",
    270.25,
    "reminder_1",
    "en",
    "en",
    "2025-10-07T21:36:00+02:00",
    "Sam Whitfield",
    "sam@tidewater-coffee.ch",
    "payment_promise",
    False,
    1,
    "Sorry Lukas, totally slipped through. Will pay it tomorrow morning first thing.\n\nSam\n\n"
    "Sent from my iPhone",
    pdate="2025-10-08",
    notes="Phone one-liner; 'tomorrow' resolves against the e-mail date.",
    salutation="Mr Whitfield",
    quote="apple",
    mailer=IPHONE,
)

R(
    "lx",
    "LMX-25-0419",
    978.3,
    "reminder_2",
    "fr",
    "fr",
    "2025-12-03T16:47:00+01:00",
    "Cédric Jaquet",
    "c.jaquet@jaquet-horlogerie.ch",
    "payment_promise",
    False,
    1,
    "Bonjour,\n\nC'est en ordre de notre côté : le paiement de la facture LMX-25-0419 est validé "
    "dans notre e-banking et partira vendredi avec le reste des fournisseurs.\n\nDésolé pour le "
    "retard, notre comptable était absente.\n\nCordialement\nC. Jaquet\n"
    "Jaquet Horlogerie SA – Le Sentier",
    pdate="2025-12-05",
    mentions=("LMX-25-0419",),
    notes="'C'est en ordre' and 'validé' sound like already paid, but the transfer only leaves "
    "on Friday: a payment promise.",
    salutation="Monsieur Jaquet",
    quote="outlook",
    mailer=OUTLOOK,
    charset="iso-8859-1",
    re="RE :",
)

# ----------------------------------------------------------------------------------------------
# copy_request
# ----------------------------------------------------------------------------------------------

R(
    "wl",
    "WWL-25-0918",
    1405.3,
    "invoice",
    "en",
    "en",
    "2025-09-30T10:12:00+02:00",
    "Hannah Kuster",
    "hannah.kuster@velomint.ch",
    "copy_request",
    False,
    2,
    "Hi Lukas,\n\nThe e-mail came through but without the PDF – there's no attachment on my side "
    "(could be our mail filter, it's been eating attachments all week).\n\nCould you resend the "
    "invoice? And from now on, please send invoices directly to our AP inbox, ap@velomint.ch – "
    "it goes straight into our accounting tool and I don't have to forward everything "
    "manually.\n\nThanks!\nHannah\n\nHannah Kuster\nOperations Lead\nVelomint AG | Zürich",
    notes="Missing attachment plus a new address for future invoices: both copy requests, "
    "nothing said about the claim.",
    salutation="Ms Kuster",
    quote="gmail",
    format="alt",
)

R(
    "lx",
    "LMX-25-0433",
    712.38,
    "reminder_1",
    "de",
    "de",
    "2025-11-26T14:30:00+01:00",
    "Ursula Brunner",
    "u.brunner@praxis-lehmann.ch",
    "copy_request",
    False,
    2,
    "Guten Tag Herr Chappuis\n\nIhre Zahlungserinnerung haben wir erhalten, die Rechnung selbst "
    "ist bei uns aber nie angekommen (auch nicht im Spam). Könnten Sie uns diese bitte nochmals "
    "zustellen, wenn möglich mit QR-Einzahlungsschein, damit wir sie direkt im E-Banking "
    "einlesen können?\n\nBesten Dank und freundliche Grüsse\nUrsula Brunner\nSekretariat\n"
    "Praxis Dr. med. R. Lehmann\nMarktgasse 14, 3011 Bern",
    notes="'Never received' asks for a copy with QR-bill; it does not contest the invoice.",
    salutation="Frau Brunner",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
)

R(
    "wl",
    "WWL-26-0019",
    486.45,
    "reminder_1",
    "fr",
    "fr",
    "2026-02-17T08:27:00+01:00",
    "Élodie Vuilleumier",
    "e.vuilleumier@atelier-kilo.ch",
    "copy_request",
    False,
    2,
    "Bonjour Monsieur Frei,\n\nJe veux bien payer, mais je n'arrive pas à télécharger la "
    "facture : le lien « Voir la facture » de votre portail client renvoie une erreur 404 (essayé "
    "avec Chrome et Safari). Pouvez-vous me l'envoyer en PDF par e-mail, avec la QR-facture ?\n\n"
    "Merci d'avance,\nÉlodie Vuilleumier\nAtelier Kilo – graphisme & web\nNeuchâtel",
    notes="'Je veux bien payer, mais…' opener; the only ask is the PDF with QR-bill because the "
    "portal link is broken (HTML-only).",
    salutation="Madame Vuilleumier",
    quote="gmail",
    format="html",
)

# ----------------------------------------------------------------------------------------------
# acknowledgement
# ----------------------------------------------------------------------------------------------

R(
    "wl",
    "WWL-25-0998",
    5945.5,
    "invoice",
    "en",
    "en",
    "2025-11-03T08:58:00+01:00",
    "Oliver Grant",
    "oliver@northbeam.io",
    "acknowledgement",
    False,
    1,
    "Thanks Lukas – received. I've copied our fiduciary, they handle the payments for us.\n\n"
    "Oliver",
    notes="Passed on to the customer's external accountant in Cc: acknowledgement only.",
    salutation="Mr Grant",
    cc="Kaspar Treuhand AG <mandate@kaspar-treuhand.ch>",
    quote="gmail",
    format="alt",
)

R(
    "lx",
    "LMX-26-0004",
    432.4,
    "invoice",
    "fr",
    "fr",
    "2026-01-13T11:44:00+01:00",
    "Anne-Laure Gindrat",
    "al.gindrat@fondation-arcades.ch",
    "acknowledgement",
    False,
    1,
    "Bonjour Monsieur Chappuis,\n\nBien reçu, merci. Je transmets à notre comptabilité pour "
    "validation.\n\nBelle journée,\nAnne-Laure Gindrat\nChargée de communication\n"
    "Fondation Arcades – Rue de Genève 77, 1004 Lausanne\n\nCe message et ses annexes sont "
    "confidentiels et destinés exclusivement à leur destinataire. Toute utilisation ou "
    "diffusion non autorisée est interdite et peut faire l'objet de poursuites. Si vous avez "
    "reçu ce message par erreur, merci d'en avertir l'expéditeur et de le détruire.",
    notes="The confidentiality disclaimer's 'poursuites' is boilerplate, not a threat.",
    salutation="Madame Gindrat",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    re="RE :",
)

# ----------------------------------------------------------------------------------------------
# auto_reply
# ----------------------------------------------------------------------------------------------

R(
    "wl",
    "WWL-25-0921",
    1621.5,
    "invoice",
    "en",
    "en",
    "2025-10-01T03:12:00+02:00",
    "Helvion AG Accounts Payable",
    "ap-inbox@helvion.ch",
    "auto_reply",
    False,
    1,
    "Your invoice has been received and is pending approval.\n\nReference: WWL-25-0921\n"
    "Received: 01.10.2025 03:12\nDocument ID: INB-2025-104877\n\nYou will be notified once the "
    "invoice has been approved. Please do not reply to this message; this mailbox is not "
    "monitored. For questions, contact accounts.payable@helvion.ch.\n\n"
    "Helvion AG, Accounts Payable (powered by Paylane)",
    mentions=("WWL-25-0921",),
    notes="Invoice-capture system's receipt ('received and pending approval'): an automatic "
    "confirmation with no approval or payment date.",
    days_after=0,
    subject="[Received] Invoice WWL-25-0921 from Webwerk Limmat",
    headers=AUTO,
)

R(
    "lx",
    "LMX-25-0482",
    2378.2,
    "reminder_1",
    "de",
    "mixed",
    "2025-12-23T07:00:00+01:00",
    "Thomas Imboden",
    "t.imboden@imboden-pharma.ch",
    "auto_reply",
    False,
    1,
    "Vielen Dank für Ihre Nachricht. Ich bin bis und mit 5. Januar 2026 abwesend und habe nur "
    "beschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an "
    "finance@imboden-pharma.ch.\n\nThank you for your message. I am out of the office until "
    "5 January 2026 inclusive, with limited access to e-mail. For urgent matters, please contact "
    "finance@imboden-pharma.ch.\n\nThomas Imboden\nHead of Finance | Imboden Pharma AG",
    notes="Bilingual de/en out-of-office; the return date is not a promised date.",
    salutation="Herr Imboden",
    client_lang="de",
    days_after=0,
    mailer=OUTLOOK,
    re="Automatische Antwort:",
    headers=AUTO,
)

# ----------------------------------------------------------------------------------------------
# other
# ----------------------------------------------------------------------------------------------

R(
    "lx",
    "LMX-25-0351",
    540.5,
    "reminder_1",
    "en",
    "en",
    "2025-10-21T09:31:00+02:00",
    "Chloé Berger",
    "c.berger@netzpost.ch",
    "other",
    False,
    2,
    "Hello,\n\nI left Amplio GmbH at the end of August, so I'm not the right person for this any "
    "more – my old address is only being forwarded to me for a few more weeks. Please contact "
    "their office directly: office@amplio-gmbh.ch or +41 44 555 30 12 (ask for Mr Wyss, who "
    "took over my files).\n\nBest,\nChloé Berger",
    notes="Former employee answering from a private address: wrong recipient, nothing said "
    "about the invoice itself.",
    salutation="Ms Berger",
    quote="gmail",
)

R(
    "wl",
    "WWL-25-1139",
    1297.2,
    "reminder_2",
    "en",
    "en",
    "2026-02-05T14:02:00+01:00",
    "Rafael Costa",
    "rafael@skyfold.ch",
    "other",
    False,
    2,
    "Hi Lukas,\n\nQuick one, unrelated to the invoice itself: our ticket #50118 (DNS records for "
    "the new mail provider) has been sitting unanswered for 9 days and our newsletter domain "
    "still fails DKIM. Could you nudge someone in support?\n\nRe the reminder – our finance "
    "person is on it.\n\nThanks,\nRafael\nSkyfold GmbH",
    notes="A support-ticket question unrelated to the billing, plus 'finance is on it' with no "
    "date: no dispute, no promise.",
    salutation="Mr Costa",
    quote="gmail",
    format="alt",
)
