# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# ruff: noqa: RUF001  (the customers write en dashes and multiplication signs)
"""Twenty-first blind set of customers' replies (tests/data/disputes_blind21), with their labels (CC0 text).

Written by a twenty-third writer who read only the label definitions and the entry format, not
the other sets' replies, not the reader's rules and not its answers: it measures the reader once.
Everything is synthetic (people, firms, addresses, IBANs, phone numbers, references).
Never tune rules on these replies.

Profile: Swiss German-speaking customers of Bergquell Haustechnik (bq), Webwerk Limmat (wl) and
Fiduciaire Sarine (fs): tradesmen's clients, property managers (Hausverwaltungen), clubs
(Vereine), private customers and small firms; German with Swiss spellings (ss, not sharp s;
"Grüezi", "Fr. 120.-"), some Swiss German dialect in short phone replies, and some French replies
from Fribourg / bilingual customers of fs. Invoice numbers as these writers' companies print them:
``BQ-YYYY-NNNN`` (bq), ``WL25-NNNN`` (wl), ``FS-YYYY-NNNN`` (fs).

Uses the invoicing companies of ``make_dispute_replies.py`` (bq, wl, fs only); same entry format
as ``dispute_replies_blind20.py`` (the ``R`` helper of ``dispute_replies_more.py``, entries kept in
this file's own ``REPLIES``); labels as defined in /work/shared/samples/disputes/README.md.
Build with ``.venv/bin/python scripts/bench/make_dispute_replies.py --source blind21``.
"""

import dispute_replies_more as _more
from dispute_replies_more import APPLE, IPHONE, OUTLOOK, TB

REPLIES = []

R = _more.writer(REPLIES)

AUTO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}
GMAIL_WEB = None  # webmail: no X-Mailer header

# ----------------------------------------------------------------------------------------------
# contestation
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BQ-2025-0687",
    1184.7,
    "reminder_2",
    "de",
    "de",
    "2025-11-18T10:12:00+01:00",
    "Monika Stadelmann",
    "m.stadelmann@reusstal-verwaltungen.ch",
    "contestation",
    True,
    3,
    "Guten Tag Frau Imhof\n\n"
    "Wir beziehen uns auf Ihre 2. Mahnung zur Rechnung für den Heizungsservice in der "
    "Liegenschaft Bahnhofstrasse 41 in Emmenbrücke.\n\n"
    "Auf dem Arbeitsrapport Ihres Monteurs sind 4.0 Std. Arbeitszeit à Fr. 118.- aufgeführt. "
    "Unsere Mieterin, Frau Kälin, bei der die Arbeiten ausgeführt wurden, bestätigt uns aber "
    "schriftlich, dass der Monteur ca. von 08.30 bis 10.00 Uhr in der Wohnung war, also 1.5 Std. "
    "Wir haben dies bereits nach Erhalt der Rechnung telefonisch bei Ihrem Sekretariat gemeldet, "
    "leider ohne Rückmeldung.\n\n"
    "Wir bitten Sie, die Arbeitszeit auf 1.5 Std. zu korrigieren und uns eine Gutschrift für die "
    "Differenz auszustellen. Bis dahin halten wir die Zahlung zurück.\n\n"
    "Freundliche Grüsse\n\n"
    "Monika Stadelmann\n"
    "Sachbearbeiterin Bewirtschaftung\n"
    "Reusstal Verwaltungen AG\n"
    "Gerliswilstrasse 70, 6020 Emmenbrücke\n"
    "Tel. 041 268 44 10",
    amount=295.0,
    notes="Hours contested by a property manager: 4 h billed vs 1.5 h confirmed by the tenant, "
    "2.5 h × Fr. 118.- = 295 (excl. VAT).",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    salutation="Frau Stadelmann",
)

R(
    "bq",
    "BQ-2025-0731",
    486.4,
    "reminder_2",
    "de",
    "de",
    "2025-12-09T19:48:00+01:00",
    "Sämi Wyss",
    "saemi.wyss@wyss-kriens.ch",
    "contestation",
    True,
    4,
    "Hallo\n\n"
    "sorry aber die Rächnig zahl ich nöd. Dä Boiler tropft immer no, öie Monteur isch zwei mal "
    "da gsi und es isch nüt besser worde. Zersch flicke, denn zahle.\n\n"
    "Sämi Wyss\n\n"
    "Von meinem iPhone gesendet",
    amount=486.4,
    notes="Swiss German dialect from a phone: refuses to pay the whole invoice until the leaking "
    "boiler is fixed.",
    quote="apple",
    mailer=IPHONE,
    salutation="Herr Wyss",
)

R(
    "wl",
    "WL25-1142",
    420.0,
    "reminder_1",
    "de",
    "de",
    "2025-12-02T21:05:00+01:00",
    "Heidi Baumann",
    "aktuarin@jodlerklub-albis.ch",
    "contestation",
    True,
    3,
    "Grüezi Herr Frei\n\n"
    "Danke für die Erinnerung. Die Rechnung für das Webhosting 2026 ist in Ordnung, unser "
    "Kassier Ruedi Hess überweist sie am Freitag.\n\n"
    "Nicht in Ordnung ist hingegen die Rechnung WL25-1098 über Fr. 45.- für die Domain "
    "jodlerklub-albis.ch. Die Domain haben wir im Juli zu einem anderen Anbieter gezügelt, Sie "
    "haben den Transfer damals selber bestätigt (Mail von Herrn Frei vom 8. Juli). Bitte "
    "stornieren Sie diese Rechnung, wir werden sie nicht bezahlen.\n\n"
    "Freundliche Grüsse\n"
    "Heidi Baumann, Aktuarin\n"
    "Jodlerklub Albis, 8915 Hausen am Albis",
    amount=45.0,
    pdate="2025-12-05",
    mentions=["WL25-1098"],
    notes="The thread's invoice is accepted and promised for Friday; the contestation is about "
    "another invoice, WL25-1098 (domain moved away), which is what pauses.",
    quote="thunderbird",
    mailer=TB,
    salutation="Frau Baumann",
)

R(
    "wl",
    "WL25-1203",
    7452.6,
    "invoice",
    "de",
    "de",
    "2025-12-15T08:37:00+01:00",
    "Martin Gubler",
    "m.gubler@schreinerei-gubler.ch",
    "contestation",
    True,
    3,
    "Guten Morgen Herr Frei\n\n"
    "Zuerst ein grosses Merci an Sie und Ihr Team, die neue Website ist super geworden und wir "
    "haben schon die ersten Anfragen darüber erhalten.\n\n"
    "Bei der Rechnung habe ich noch eine Frage zu Position 4 «Zusätzliche Korrekturrunden, "
    "6 h à Fr. 140.-». In der Offerte vom 2. September waren zwei Korrekturrunden inbegriffen, "
    "und mehr als zwei hatten wir meines Wissens nicht. Ich gehe davon aus, dass es sich um ein "
    "Versehen handelt, und bitte Sie um eine Rechnung ohne diese Position.\n\n"
    "Freundliche Grüsse\n"
    "Martin Gubler\n"
    "Schreinerei Gubler GmbH\n"
    "Industriestrasse 9, 8302 Kloten\n"
    "044 813 27 60",
    amount=840.0,
    notes="Praise and a polite 'question' about one line, which is really a contested extra "
    "(6 h × Fr. 140.- = 840, not agreed in the quote).",
    mailer=OUTLOOK,
    format="alt",
    salutation="Herr Gubler",
)

R(
    "fs",
    "FS-2025-0352",
    4161.85,
    "reminder_1",
    "fr",
    "fr",
    "2025-10-21T14:26:00+02:00",
    "Jean-Marc Clerc",
    "jm.clerc@garage-clerc-bulle.ch",
    "contestation",
    True,
    3,
    "Madame Progin,\n\n"
    "Nous avons bien reçu votre rappel. Vos honoraires pour le bouclement 2024 se montent à "
    "CHF 3'850.- HT, alors que pour le bouclement 2023 nous avions payé CHF 2'900.- HT, pour "
    "exactement le même travail. Rien n'a changé chez nous : même nombre d'employés, pas de "
    "nouvelle activité, et les pièces vous ont été remises dans les délais.\n\n"
    "Nous versons aujourd'hui le montant de l'année passée, soit CHF 3'134.90 TTC, et attendons "
    "vos explications pour la différence avant de payer le solde.\n\n"
    "Avec nos meilleures salutations\n\n"
    "Jean-Marc Clerc\n"
    "Garage Clerc Sàrl\n"
    "Route de Riaz 14, 1630 Bulle",
    amount=950.0,
    pdate="2025-10-21",
    notes="Fee increase contested by comparison with last year (3'850 vs 2'900 HT → 950); the "
    "undisputed part is paid the same day.",
    quote="outlook",
    mailer=OUTLOOK,
    outlook_line=False,
    salutation="Monsieur Clerc",
)

R(
    "fs",
    "FS-2025-0358",
    1297.2,
    "reminder_3",
    "de",
    "de",
    "2025-11-25T17:51:00+01:00",
    "Beatrice Jungo",
    "beatrice.jungo@jungo-tafers.ch",
    "contestation",
    True,
    4,
    "Sehr geehrte Frau Progin\n\n"
    "Ich verstehe nicht, wieso ich jetzt eine «letzte Mahnung» mit Androhung der Betreibung "
    "bekomme. Wir haben am 30. Oktober miteinander telefoniert und vereinbart, dass ich die "
    "Rechnung für die Steuererklärung bis Ende November bezahlen kann. Trotzdem haben Sie mir "
    "danach eine 2. Mahnung und jetzt noch diese geschickt, zusammen Fr. 60.- Gebühren.\n\n"
    "Den Rechnungsbetrag überweise ich wie abgemacht bis am 30. November. Die Mahngebühren "
    "bezahle ich aber nicht, bitte streichen Sie diese.\n\n"
    "Freundliche Grüsse\n"
    "Beatrice Jungo\n"
    "Schwarzseestrasse 31\n"
    "1712 Tafers",
    amount=60.0,
    pdate="2025-11-30",
    notes="Only the reminder fees (20 + 40) are refused, after an agreed payment deferral; the "
    "invoice itself is promised for 30 November.",
    quote="gmail",
    mailer=GMAIL_WEB,
    format="alt",
    salutation="Frau Jungo",
)

R(
    "bq",
    "BQ-2025-0598",
    3870.25,
    "reminder_3",
    "de",
    "de",
    "2025-11-04T11:03:00+01:00",
    "Peter Achermann",
    "p.achermann@pilatus-immobilien.ch",
    "contestation",
    True,
    5,
    "Sehr geehrte Damen und Herren\n\n"
    "Liegenschaft Moosstrasse 14, 6003 Luzern – Ihre Rechnung BQ-2025-0598\n\n"
    "Wir nehmen Bezug auf Ihre letzte Mahnung und halten Folgendes fest:\n\n"
    "1. Beim Ersatz der Mischbatterie im Bad der Wohnung im 3. OG am 11. August 2025 hat Ihr "
    "Monteur die Kaltwasser-Zuleitung beschädigt. In der darunterliegenden Wohnung ist dadurch "
    "ein Wasserschaden entstanden, der von unserer Gebäudeversicherung bereits begutachtet "
    "wurde (Schadennummer 25-118-4402).\n\n"
    "2. Wir haben Sie mit Schreiben vom 2. und vom 29. September aufgefordert, den Schaden Ihrer "
    "Betriebshaftpflichtversicherung zu melden. Eine Antwort haben wir bis heute nicht "
    "erhalten; stattdessen erhalten wir Mahnungen.\n\n"
    "3. Wir haben die Angelegenheit deshalb unserem Rechtsanwalt, lic. iur. Beat Zurfluh, "
    "übergeben, der sich direkt mit Ihnen in Verbindung setzen wird.\n\n"
    "Bis zur Klärung der Haftungsfrage wird die Rechnung nicht bezahlt. Gegen eine allfällige "
    "Betreibung werden wir Rechtsvorschlag erheben.\n\n"
    "Freundliche Grüsse\n\n"
    "Pilatus Immobilien AG\n"
    "Peter Achermann\n"
    "Leiter Bewirtschaftung\n"
    "Hirschmattstrasse 25, 6003 Luzern",
    amount=3870.25,
    mentions=["BQ-2025-0598"],
    notes="Long formal letter: damage caused by the fitter, lawyer instructed, whole invoice "
    "withheld and a Rechtsvorschlag announced.",
    mailer=OUTLOOK,
    cc="lic. iur. Beat Zurfluh <zurfluh@advokatur-zurfluh.ch>",
    charset="iso-8859-1",
    salutation="Herr Achermann",
)

# ----------------------------------------------------------------------------------------------
# invoice_error
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BQ-2026-0033",
    2318.0,
    "invoice",
    "de",
    "de",
    "2026-01-20T09:15:00+01:00",
    "Claudia Portmann",
    "c.portmann@rigiblick-immo.ch",
    "invoice_error",
    True,
    3,
    "Guten Tag\n\n"
    "Besten Dank für die Rechnung für den Ersatz der Zirkulationspumpe.\n\n"
    "Die Rechnung ist auf die «Rigiblick Immobilien AG» ausgestellt. Auftraggeberin und "
    "Rechnungsempfängerin ist aber die Stockwerkeigentümergemeinschaft:\n\n"
    "STWEG Sonnhalde\n"
    "c/o Rigiblick Immobilien AG\n"
    "Sonnhaldenstrasse 7\n"
    "6030 Ebikon\n\n"
    "So können wir die Rechnung nicht in die Heizkostenabrechnung der STWEG übernehmen. Bitte "
    "stellen Sie sie neu aus, am Betrag selber ist nichts auszusetzen.\n\n"
    "Freundliche Grüsse\n"
    "Claudia Portmann\n"
    "Rigiblick Immobilien AG",
    notes="Wrong addressee (the manager instead of the condominium owners' association); amount "
    "explicitly accepted.",
    mailer=OUTLOOK,
    format="alt",
    salutation="Frau Portmann",
)

R(
    "wl",
    "WL25-1136",
    5405.0,
    "reminder_1",
    "de",
    "de",
    "2025-11-19T15:40:00+01:00",
    "Thomas Egli",
    "thomas.egli@egli-logistik.ch",
    "invoice_error",
    True,
    4,
    "Grüezi Herr Frei\n\n"
    "ich leite Ihnen die Rückmeldung unserer Kreditorenbuchhaltung weiter. Können Sie die "
    "Rechnung bitte mit unserer Bestellnummer neu schicken? Danke!\n\n"
    "Gruss Thomas Egli\n\n"
    "-----\n"
    "Von: Kreditoren Egli Logistik\n"
    "An: Thomas Egli\n"
    "Betreff: Rechnung Webwerk Limmat\n\n"
    "Hallo Thomas\n\n"
    "Die Rechnung von Webwerk Limmat für den Kundenportal-Relaunch ist ohne unsere "
    "Bestellnummer 4500-88213 gekommen, so kann ich sie nicht freigeben. Der letzte "
    "Zahlungslauf im November ist am 26.11.; wenn die korrigierte Rechnung bis am 24.11. bei uns "
    "ist, geht sie noch mit, sonst erst Ende Dezember.\n\n"
    "Gruss Sabrina",
    notes="Forwarded internal note: missing PO number blocks the payment run of 26.11; that date "
    "is conditional, not a promise, so no promised_date.",
    quote="forward",
    internal=True,
    re="WG:",
    fwd_to="thomas.egli@egli-logistik.ch",
    mailer=OUTLOOK,
    salutation="Herr Egli",
)

R(
    "fs",
    "FS-2025-0522",
    864.75,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-16T10:48:00+01:00",
    "Sophie Marro",
    "administration@boulangerie-marro.ch",
    "invoice_error",
    True,
    3,
    "Bonjour,\n\n"
    "Votre rappel concerne la facture FS-2025-0522 de CHF 864.75 pour la tenue des salaires "
    "d'octobre. Or nous avons déjà reçu et réglé la facture FS-2025-0507 pour exactement la même "
    "prestation (salaires octobre 2025, 12 collaborateurs, même montant).\n\n"
    "Il s'agit manifestement d'un doublon, merci de l'annuler et de nous le confirmer.\n\n"
    "Meilleures salutations\n"
    "Sophie Marro\n"
    "Boulangerie Marro SA, Villars-sur-Glâne",
    amount=864.75,
    mentions=["FS-2025-0522", "FS-2025-0507"],
    notes="Duplicate invoice: the customer paid the other (first) invoice for the same service, "
    "so this one is an invoice error, not 'already paid'.",
    quote="thunderbird",
    mailer=TB,
    cte="base64",
    salutation="Madame Marro",
)

R(
    "fs",
    "FS-2026-0012",
    1134.05,
    "invoice",
    "de",
    "de",
    "2026-01-14T20:22:00+01:00",
    "Erika Zbinden",
    "kasse@dtv-duedingen.ch",
    "invoice_error",
    True,
    3,
    "Grüessech Frau Progin\n\n"
    "Die Rechnung für die Buchführung 2025 ist auf den «Turnverein Düdingen» ausgestellt – das "
    "ist ein anderer Verein! Wir sind der Damenturnverein (DTV) Düdingen, Postfach 52, "
    "3186 Düdingen.\n\n"
    "So kann ich sie unseren Revisorinnen nicht vorlegen. Könnten Sie sie bitte korrigiert "
    "nochmals schicken? Den Betrag überweise ich dann sofort.\n\n"
    "Merci und e schöne Abe\n"
    "Erika Zbinden, Kassierin DTV Düdingen",
    notes="Club invoice made out to another club's name; asks for a corrected copy (which makes "
    "it an invoice error, not a copy request).",
    mailer=APPLE,
    salutation="Frau Zbinden",
)

# ----------------------------------------------------------------------------------------------
# already_paid
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BQ-2025-0802",
    642.35,
    "reminder_1",
    "de",
    "de",
    "2025-12-16T07:55:00+01:00",
    "Brigitte Amrein",
    "b.amrein@amrein-horw.ch",
    "already_paid",
    True,
    3,
    "Guten Tag\n\n"
    "Wir haben die Rechnung am 3. Dezember per E-Banking bezahlt (Fr. 642.35, mit der "
    "QR-Referenz). Den Zahlungsbeleg finden Sie im Anhang. Vermutlich hat sich die Zahlung mit "
    "Ihrer Erinnerung gekreuzt.\n\n"
    "Freundliche Grüsse\n"
    "Brigitte und Kurt Amrein\n"
    "Kantonsstrasse 88, 6048 Horw",
    notes="",
    mailer=APPLE,
    attachments=[("pdf", "Zahlungsbestaetigung_03.12.2025.pdf")],
    salutation="Frau Amrein",
)

R(
    "wl",
    "WL25-1131",
    1890.0,
    "reminder_2",
    "de",
    "de",
    "2025-11-27T12:31:00+01:00",
    "Reto Manser",
    "reto@manser-velos.ch",
    "already_paid",
    True,
    3,
    "Isch doch scho lang zahlt?! Am 14.10. überwise, Fr. 1890.-. Chönd ihr bitte luege.\n\n"
    "Gruess Reto\n\n"
    "--\n"
    "Reto Manser\n"
    "Manser Velos & Service, Wädenswil",
    notes="Dialect one-liner, exasperated but factual: paid on 14 October (a past date, not a "
    "promised one).",
    quote="apple",
    mailer=IPHONE,
    salutation="Herr Manser",
)

R(
    "fs",
    "FS-2025-0476",
    2153.1,
    "reminder_2",
    "fr",
    "fr",
    "2025-12-03T16:09:00+01:00",
    "Anne-Laure Waeber",
    "al.waeber@waeber-conseils.ch",
    "already_paid",
    True,
    3,
    "Madame,\n\n"
    "Je ne comprends pas ce deuxième rappel : j'ai payé cette facture le 28 octobre, par virement "
    "sur le compte indiqué sur votre facture de l'année passée (CH47 0076 8300 1234 5678 9, "
    "Banque Cantonale de Fribourg). Je suppose que vous avez changé de banque entre-temps ?\n\n"
    "Merci de vérifier de votre côté et de me confirmer que tout est en ordre.\n\n"
    "Anne-Laure Waeber\n"
    "Waeber Conseils, Givisiez",
    notes="Paid to the account of last year's invoice; the payment date is past.",
    quote="gmail",
    mailer=GMAIL_WEB,
    format="alt",
    salutation="Madame Waeber",
)

R(
    "bq",
    "BQ-2025-0744",
    1120.0,
    "reminder_1",
    "de",
    "de",
    "2025-12-01T13:44:00+01:00",
    "Nadine Kurmann",
    "n.kurmann@reusstal-verwaltungen.ch",
    "already_paid",
    True,
    3,
    "Guten Tag Frau Imhof\n\n"
    "Ihre Rechnung BQ-2025-0744 wurde am 21.11.2025 zusammen mit den Rechnungen BQ-2025-0712 und "
    "BQ-2025-0739 in einer Sammelzahlung über total Fr. 3'412.60 beglichen. Leider haben wir "
    "dabei nur die QR-Referenz der ersten Rechnung angegeben.\n\n"
    "Bitte ordnen Sie den Betrag entsprechend auf die drei Rechnungen zu.\n\n"
    "Freundliche Grüsse\n\n"
    "Nadine Kurmann\n"
    "Buchhaltung\n"
    "Reusstal Verwaltungen AG\n\n"
    "Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn "
    "Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und "
    "vernichten Sie diese E-Mail.",
    mentions=["BQ-2025-0744", "BQ-2025-0712", "BQ-2025-0739"],
    notes="Paid in one combined payment with two other invoices under a single reference; legal "
    "words only in the signature disclaimer.",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    salutation="Frau Kurmann",
)

# ----------------------------------------------------------------------------------------------
# delay_request
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BQ-2025-0784",
    2460.0,
    "reminder_3",
    "de",
    "de",
    "2026-01-08T18:20:00+01:00",
    "Walter Schnyder",
    "w.schnyder@schnyder-meggen.ch",
    "delay_request",
    True,
    2,
    "Grüezi Frau Imhof\n\n"
    "Ich weiss, die Rechnung für die neue Heizungspumpe ist schon lange überfällig, und es ist "
    "mir unangenehm. Mit der Arbeit war ich sehr zufrieden, daran liegt es nicht. Nach den "
    "Festtagen und einer grossen Zahnarztrechnung bin ich im Moment knapp.\n\n"
    "Wäre es möglich, in drei Raten zu zahlen: Fr. 800.- Ende Januar, Fr. 800.- Ende Februar "
    "und den Rest (Fr. 860.-) Ende März? Bitte leiten Sie keine Betreibung ein.\n\n"
    "Freundliche Grüsse\n"
    "Walter Schnyder\n"
    "Hauptstrasse 5, 6045 Meggen\n"
    "079 412 55 83",
    pdate="2026-01-31",
    notes="Dated instalment plan in reply to the Betreibung threat: pauses, first instalment end "
    "of January; 'Betreibung' is the customer's plea, not a threat.",
    mailer=OUTLOOK,
    salutation="Herr Schnyder",
)

R(
    "wl",
    "WL25-1161",
    1350.0,
    "reminder_1",
    "de",
    "de",
    "2025-12-04T22:14:00+01:00",
    "Fabienne Rüegg",
    "praesidentin@fc-seefeld-senioren.ch",
    "delay_request",
    False,
    2,
    "Liebe Webwerk-Leute\n\n"
    "Danke für die Erinnerung. Unser Kassier ist im Herbst zurückgetreten, und der neue wird erst "
    "an der Generalversammlung im Frühling gewählt. Bis dahin hat leider niemand Zugriff auf das "
    "Vereinskonto.\n\n"
    "Wir bitten euch deshalb um etwas Geduld, ihr bekommt euer Geld selbstverständlich.\n\n"
    "Sportliche Grüsse\n"
    "Fabienne Rüegg\n"
    "Präsidentin FC Seefeld Senioren",
    notes="Club asks for patience until its general assembly 'in spring', no concrete date, so "
    "no pause.",
    mailer=GMAIL_WEB,
    format="alt",
    salutation="Frau Rüegg",
)

R(
    "fs",
    "FS-2025-0561",
    3025.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-01-13T11:02:00+01:00",
    "Pascal Overney",
    "p.overney@overney-menuiserie.ch",
    "delay_request",
    True,
    2,
    "Bonjour Madame Progin,\n\n"
    "Suite à votre rappel, je me permets de vous demander un délai de paiement jusqu'au "
    "15 février. Un de nos gros clients a plus de deux mois de retard et notre trésorerie est "
    "tendue en ce début d'année. Votre facture n'est évidemment pas contestée.\n\n"
    "Merci d'avance pour votre compréhension.\n\n"
    "Pascal Overney\n"
    "Menuiserie Overney Sàrl\n"
    "Route du Lac 3, 1787 Môtier (Vully)",
    pdate="2026-02-15",
    notes="Delay with a concrete date (pauses); 'pas contestée' is a negation, not a dispute.",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    salutation="Monsieur Overney",
)

# ----------------------------------------------------------------------------------------------
# payment_promise
# ----------------------------------------------------------------------------------------------

R(
    "wl",
    "WL25-1190",
    2760.0,
    "reminder_1",
    "de",
    "de",
    "2025-12-10T09:26:00+01:00",
    "Andrea Käppeli",
    "buchhaltung@kaeppeli-treppenbau.ch",
    "payment_promise",
    False,
    1,
    "Hallo Herr Frei\n\n"
    "Ist bezahlt – die Rechnung ist im Zahlungslauf von diesem Freitag drin und sollte anfangs "
    "nächster Woche bei Ihnen sein.\n\n"
    "Gruss\n"
    "Andrea Käppeli\n"
    "Buchhaltung, Käppeli Treppenbau AG",
    pdate="2025-12-12",
    notes="'Ist bezahlt' means released for this Friday's payment run (12.12.), a promise and not "
    "a past payment.",
    quote="outlook",
    mailer=OUTLOOK,
    salutation="Frau Käppeli",
)

R(
    "bq",
    "BQ-2025-0791",
    318.6,
    "reminder_1",
    "de",
    "de",
    "2025-12-11T20:47:00+01:00",
    "Marlies Bucher",
    "marlies.bucher@bucher-adligenswil.ch",
    "payment_promise",
    False,
    1,
    "Merci für d Erinnerig, has total vergässe. Zahle morn.\n\nGruess Marlies Bucher",
    pdate="2025-12-12",
    notes="Dialect one-liner: 'morn' (tomorrow) resolved against the e-mail date.",
    mailer=IPHONE,
    salutation="Frau Bucher",
)

R(
    "fs",
    "FS-2025-0540",
    1621.5,
    "reminder_2",
    "fr",
    "fr",
    "2026-01-21T08:12:00+01:00",
    "Christophe Brülhart",
    "c.bruelhart@bruelhart-transports.ch",
    "payment_promise",
    False,
    1,
    "Madame, Monsieur,\n\n"
    "Toutes nos excuses pour ce retard, la facture avait été mal classée pendant les vacances. "
    "Le paiement, frais de rappel compris, sera effectué d'ici la fin du mois.\n\n"
    "Meilleures salutations\n"
    "Christophe Brülhart\n"
    "Brülhart Transports SA, Guin",
    pdate="2026-01-31",
    notes="'D'ici la fin du mois' resolved to 31 January; the reminder fee is accepted.",
    quote="gmail",
    mailer=GMAIL_WEB,
    salutation="Monsieur Brülhart",
)

# ----------------------------------------------------------------------------------------------
# copy_request
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BQ-2026-0058",
    968.4,
    "invoice",
    "de",
    "de",
    "2026-01-27T14:05:00+01:00",
    "Claudia Portmann",
    "c.portmann@rigiblick-immo.ch",
    "copy_request",
    False,
    2,
    "Guten Tag Frau Imhof\n\n"
    "Besten Dank für die Rechnung.\n\n"
    "Bitte senden Sie künftig alle Rechnungen für die Liegenschaften der Baugenossenschaft "
    "Würzenbach nicht mehr an mich persönlich, sondern an unser Kreditoren-Postfach "
    "kreditoren@rigiblick-immo.ch. Die vorliegende Rechnung haben wir bereits dort erfasst, sie "
    "muss nicht nochmals geschickt werden.\n\n"
    "Freundliche Grüsse\n"
    "Claudia Portmann\n"
    "Rigiblick Immobilien AG",
    notes="Future invoices to another mailbox; this invoice is correct and already booked "
    "(no invoice error).",
    mailer=OUTLOOK,
    format="alt",
    salutation="Frau Portmann",
)

R(
    "wl",
    "WL25-1127",
    540.0,
    "reminder_1",
    "de",
    "de",
    "2025-11-12T10:30:00+01:00",
    "Simone Vogt",
    "info@vogt-coiffure.ch",
    "copy_request",
    False,
    2,
    "Guten Tag\n\n"
    "Im PDF, das Sie uns geschickt haben, fehlt der QR-Einzahlungsschein (es ist nur eine Seite "
    "ohne Zahlteil). Könnten Sie uns die Rechnung mit QR-Code nochmals senden? Dann zahlen wir "
    "sofort.\n\n"
    "Freundliche Grüsse\n"
    "Simone Vogt\n"
    "Vogt Coiffure, Oerlikon",
    notes="Asks for the QR-bill; 'dann zahlen wir sofort' gives no date.",
    quote="gmail",
    mailer=GMAIL_WEB,
    format="alt",
    attachments=[("png", "rechnung_seite1.png")],
    salutation="Frau Vogt",
)

R(
    "fs",
    "FS-2025-0359",
    780.0,
    "reminder_1",
    "fr",
    "de",
    "2025-10-29T19:36:00+01:00",
    "Rosa Aeby",
    "rosa.aeby@aeby-net.ch",
    "copy_request",
    False,
    2,
    "Bonjour Madame Progin\n\n"
    "Ich schreibe Ihnen im Namen meiner Mutter, Frau Rosa Aeby (Steuererklärung 2024). Sie ist "
    "86 und liest keine E-Mails, und die Briefe auf Französisch versteht sie nicht gut. Ihre "
    "Erinnerung habe ich nur gesehen, weil ich ihr Postfach betreue.\n\n"
    "Könnten Sie ihr die Rechnung bitte per Post und wenn möglich auf Deutsch schicken? Adresse: "
    "Rosa Aeby, Alte Bernstrasse 18, 3186 Düdingen. Sie wird sie dann umgehend bezahlen.\n\n"
    "Freundliche Grüsse\n"
    "Daniel Aeby",
    notes="The son writes from his mother's mailbox, in German to a French reminder, asking for "
    "a paper copy in German; no date promised.",
    quote="thunderbird",
    mailer=TB,
    charset="windows-1252",
    salutation="Madame Aeby",
)

# ----------------------------------------------------------------------------------------------
# acknowledgement
# ----------------------------------------------------------------------------------------------

R(
    "fs",
    "FS-2026-0041",
    2540.0,
    "invoice",
    "fr",
    "fr",
    "2026-02-03T12:18:00+01:00",
    "Nadia Rossier",
    "n.rossier@rossier-fleurs.ch",
    "acknowledgement",
    False,
    1,
    "Bien reçu, merci. Je transmets à notre comptable pour paiement.\n\n"
    "Bonne journée\n"
    "Nadia Rossier\n\n"
    "Envoyé depuis mon mobile",
    notes="",
    mailer=IPHONE,
    salutation="Madame Rossier",
)

R(
    "bq",
    "BQ-2025-0826",
    5230.9,
    "invoice",
    "de",
    "de",
    "2025-12-19T11:40:00+01:00",
    "Peter Achermann",
    "p.achermann@pilatus-immobilien.ch",
    "acknowledgement",
    False,
    1,
    "Guten Tag Frau Imhof\n\n"
    "Besten Dank für die Rechnung. Wir haben sie zur Visierung an die Eigentümerschaft "
    "weitergeleitet.\n\n"
    "Freundliche Grüsse\n\n"
    "Pilatus Immobilien AG\n"
    "Peter Achermann\n"
    "Leiter Bewirtschaftung\n\n"
    "Der Inhalt dieser E-Mail ist vertraulich und ausschliesslich für den Adressaten bestimmt. "
    "Jede Haftung für Schäden aus der Übermittlung wird abgelehnt. Rechtsverbindliche Erklärungen "
    "bedürfen der Schriftform.",
    notes="Passed on for approval; liability and legal words only in the disclaimer.",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    salutation="Herr Achermann",
)

# ----------------------------------------------------------------------------------------------
# auto_reply
# ----------------------------------------------------------------------------------------------

R(
    "wl",
    "WL25-1211",
    3240.0,
    "invoice",
    "de",
    "mixed",
    "2025-12-22T08:00:00+01:00",
    "Lea Bühlmann",
    "l.buehlmann@seeland-architektur.ch",
    "auto_reply",
    False,
    1,
    "Ich bin bis am 5. Januar 2026 in den Ferien und habe keinen Zugriff auf meine E-Mails. In "
    "dringenden Fällen wenden Sie sich bitte an info@seeland-architektur.ch oder 032 322 18 40.\n\n"
    "Je suis en vacances jusqu'au 5 janvier 2026 et n'ai pas accès à mes e-mails. En cas "
    "d'urgence, merci de contacter info@seeland-architektur.ch ou le 032 322 18 40.\n\n"
    "Lea Bühlmann\n"
    "Seeland Architektur GmbH, Biel/Bienne",
    notes="Bilingual German/French out-of-office from Biel; the return date is not a payment date.",
    re="Automatische Antwort:",
    headers=AUTO,
    days_after=0,
    mailer=OUTLOOK,
    salutation="Frau Bühlmann",
)

R(
    "bq",
    "BQ-2025-0679",
    1460.0,
    "reminder_2",
    "de",
    "de",
    "2025-11-26T10:21:07+01:00",
    "Kundendienst Pilatus Immobilien",
    "service@pilatus-immobilien.ch",
    "auto_reply",
    False,
    1,
    "Dies ist eine automatische Bestätigung.\n\n"
    "Ihre Nachricht ist bei der Pilatus Immobilien AG eingegangen und wurde unter der "
    "Ticketnummer HV-48213 erfasst. Wir bearbeiten Anfragen in der Regel innert 3 Arbeitstagen. "
    "Bitte geben Sie bei Rückfragen die Ticketnummer an und antworten Sie nicht auf diese "
    "E-Mail.\n\n"
    "Pilatus Immobilien AG\n"
    "Hirschmattstrasse 25, 6003 Luzern",
    notes="Ticket system confirmation to a 2nd reminder; the ticket number is not an invoice "
    "number.",
    subject="[Ticket HV-48213] Eingangsbestätigung: 2. Mahnung Rechnung BQ-2025-0679",
    headers=AUTO,
    days_after=0,
    salutation="Herr Achermann",
)

# ----------------------------------------------------------------------------------------------
# other
# ----------------------------------------------------------------------------------------------

R(
    "fs",
    "FS-2025-0362",
    1480.0,
    "invoice",
    "fr",
    "fr",
    "2025-09-24T18:44:00+02:00",
    "Valérie Dousse",
    "valerie.dousse@dousse-famille.ch",
    "other",
    False,
    2,
    "Bonjour,\n\n"
    "Merci pour la facture de la déclaration d'impôt.\n\n"
    "Question sans rapport : notre fille commence un apprentissage en janvier. Est-ce qu'elle "
    "doit remplir sa propre déclaration pour 2025 ou est-ce que ça passe encore avec la nôtre ? "
    "Et est-ce que vous pourriez vous en occuper aussi ?\n\n"
    "Cordialement\n"
    "Valérie Dousse, Marly",
    notes="Thanks for the invoice, then an unrelated tax question that needs an answer.",
    quote="gmail",
    mailer=GMAIL_WEB,
    format="alt",
    salutation="Madame Dousse",
)

R(
    "bq",
    "BQ-2025-0759",
    225.0,
    "reminder_1",
    "de",
    "de",
    "2025-11-30T16:02:00+01:00",
    "Hans Bachmann",
    "hans.bachmann@bachmann-root.ch",
    "other",
    False,
    1,
    "Von meinem iPhone gesendet",
    notes="Empty reply sent by mistake, only the device footer above the quoted reminder.",
    quote="apple",
    mailer=IPHONE,
    salutation="Herr Bachmann",
)
