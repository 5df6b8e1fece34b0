# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# ruff: noqa: RUF001  (the customers write en dashes and multiplication signs)
"""Twenty-ninth blind set of customers' replies (tests/data/disputes_blind29), with their labels (CC0 text).

Written by a thirty-first writer who read only the label definitions and the entry format, not
the other sets' replies, not the reader's rules and not its answers: it measures the reader once.
Everything is synthetic (people, firms, addresses, references). Never tune rules on these replies.

Profile: an ordinary mix, as the accounts-receivable mailbox of a Swiss/French group gets it over
a few months (September 2025 to February 2026): customers of all kinds (firms, public bodies,
private persons), in French (about a third), German, English, Italian and a few mixed; all seven
invoicing companies. Invoice numbers: bq ``BQH-25-0NNN``, tv ``TV/25/NNNN``, lx ``LX-F25NNN``,
mr ``MR-2025-NNNN``, fs ``FS-25-0NNNN``, wl ``WL-2025-NNNN``, lo ``LO-25-NNNN`` (``26`` for
invoices of 2026).

Uses the invoicing companies of ``make_dispute_replies.py`` (bq, tv, lx, mr, fs, wl, lo); same
entry format as ``dispute_replies_blind20.py`` (the ``R`` helper of ``dispute_replies_more.py``,
entries kept in this file's own ``REPLIES``); labels as defined in
/work/shared/samples/disputes/README.md.
Build with ``.venv/bin/python scripts/bench/make_dispute_replies.py --source blind29``.
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
    "MR-2025-0412",
    3860.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-10-14T19:12:00+02:00",
    "Hélène Bouvard",
    "helene.bouvard74@example.fr",
    "contestation",
    True,
    3,
    "Bonsoir Madame Roche,\n\nJe reçois votre relance et je vous réponds tout de suite pour "
    "qu'il n'y ait pas de malentendu. Je vous fais ce soir le virement de 3 380 €, c'est-à-dire "
    "la facture moins la porte du cellier.\n\nCette porte n'a jamais fermé correctement depuis "
    "la pose : elle frotte en bas et le jour sous le battant fait presque 1 cm. Votre fils est "
    "passé le 2 octobre, il a dit qu'il fallait la refaire et qu'il repasserait, depuis plus de "
    "nouvelles. Je garde donc les 480 € de la porte jusqu'à ce qu'elle soit changée ou "
    "reprise.\n\nPour le reste tout est très bien, la cuisine est magnifique.\n\nBien à vous,\n"
    "Hélène Bouvard\n12 chemin des Vernes, 74370 Pringy",
    amount=480.0,
    pdate="2025-10-14",
    notes="Private customer pays the rest tonight and withholds one item of 480 € until it is "
    "redone; the compliment at the end does not make it an acknowledgement.",
    mailer=ORANGE,
    quote="gmail",
    salutation="Madame Bouvard",
)

R(
    "bq",
    "BQH-25-0733",
    1184.65,
    "reminder_2",
    "de",
    "de",
    "2025-11-25T08:03:00+01:00",
    "Reto Zimmermann",
    "r.zimmermann@immoverwaltung-pilatus.ch",
    "contestation",
    True,
    3,
    "Guten Tag Frau Imhof\n\nWir haben die Rechnung nicht vergessen, sie liegt bei uns in "
    "Abklärung. Auf dem Rapport Ihres Monteurs vom 9. September (Heizungsservice "
    "Mehrfamilienhaus Bireggstrasse 4) stehen 4.5 Stunden Arbeitszeit. Unser Hauswart war die "
    "ganze Zeit dabei und bestätigt, dass Ihr Mitarbeiter um 08.15 Uhr kam und um 10.20 Uhr "
    "wieder weg war. Verrechnen können Sie aus unserer Sicht 2 Stunden, die übrigen 2.5 Std. à "
    "CHF 128.00 akzeptieren wir nicht.\n\nBitte senden Sie uns eine korrigierte Rechnung, dann "
    "wird diese umgehend bezahlt.\n\nFreundliche "
    "Grüsse\n\nReto Zimmermann\nBewirtschaftung\nImmoverwaltung Pilatus AG\nHirschmattstrasse "
    "40, 6003 Luzern\nT 041 555 27 90",
    amount=320.0,
    notes="Hours contested: 2.5 h × CHF 128 = 320 excl. VAT, after an opener saying the invoice "
    "was not forgotten; the rest will be paid once corrected.",
    mailer=OUTLOOK,
    quote="outlook",
    format="alt",
    salutation="Herr Zimmermann",
)

R(
    "wl",
    "WL-2025-0388",
    4378.05,
    "invoice",
    "en",
    "en",
    "2025-09-23T14:40:00+02:00",
    "Priya Raman",
    "priya.raman@nordlicht-biotech.example",
    "contestation",
    True,
    3,
    "Hi Lukas,\n\nThanks for the invoice and again for the great work on the new website, the "
    "launch went smoothly and the team is really happy with it.\n\nOne thing though: the "
    'invoice has a line "SEO package Q3 – CHF 1,450.00". We discussed SEO during the kick-off '
    "but decided to postpone it to next year, and it was not in the offer we signed (offer "
    "dated 4 June). As far as I know nobody has done any SEO work for us. Could you take that "
    "line off and send a new invoice? The rest is fine and we will pay it as soon as we get "
    "the corrected version.\n\nBest,\nPriya\n\nPriya Raman | Head of Marketing\nNordlicht "
    "Biotech AG | Zürich",
    amount=1450.0,
    notes="Polite thanks first, then one line never ordered (CHF 1,450 excl. VAT); asking for a "
    "new invoice does not make it a formal invoice_error.",
    mailer=APPLE,
    quote="apple",
    salutation="Ms Raman",
)

R(
    "tv",
    "TV/25/1190",
    2786.4,
    "reminder_3",
    "it",
    "it",
    "2026-01-27T11:26:00+01:00",
    "Fabio Rezzonico",
    "direzione@hotel-belsito-ascona.example",
    "contestation",
    True,
    4,
    "Gentile signora Bernasconi,\n\nmi stupisce ricevere un ultimo sollecito con minaccia di "
    "esecuzione. Le ho telefonato due volte a novembre e scritto il 3 dicembre: le 120 "
    "tovaglie consegnate hanno tutte la bordatura che si scuce dopo il primo lavaggio "
    "industriale, la nostra lavanderia ve le ha documentate con le foto.\n\nFinché non "
    "ritirate la merce e non ci consegnate tovaglie conformi alla campionatura, la fattura non "
    "verrà pagata, né in tutto né in parte. Le tovaglie sono a vostra disposizione nel nostro "
    "magazzino.\n\nDistinti saluti\n\nFabio Rezzonico\nDirettore\nHotel Belsito\nVia Collinetta "
    "9, 6612 Ascona",
    amount=2786.4,
    notes="Whole delivery refused (defective goods) on reminder 3, with an explicit refusal to "
    "pay: urgency 4, whole invoice disputed.",
    mailer=OUTLOOK,
    quote="outlook",
    outlook_line=False,
    salutation="signor Rezzonico",
)

R(
    "lx",
    "LX-F25318",
    1798.78,
    "reminder_2",
    "fr",
    "fr",
    "2025-12-04T10:05:00+01:00",
    "Administration communale de Bussigny-sur-Venoge",
    "greffe@bussigny-venoge.example.ch",
    "contestation",
    True,
    3,
    "Madame, Monsieur,\n\nNous accusons réception de votre deuxième rappel concernant la "
    "facture citée en objet, relative à la traduction allemande du règlement communal sur les "
    "déchets.\n\nLa Municipalité a adjugé ce mandat sur la base de votre offre du 11 août 2025, "
    "qui prévoyait un tarif de CHF 0.28 par mot. Votre facture applique CHF 0.32 par mot pour "
    "5'200 mots, soit une différence de CHF 208.00 hors TVA que nous ne pouvons pas accepter. "
    "Par ailleurs, la facture ne nous étant pas parvenue avant le premier rappel (elle a été "
    "adressée à l'ancienne boîte du service technique), nous contestons également les frais de "
    "rappel de CHF 20.00.\n\nNous vous prions de bien vouloir établir une nouvelle facture au "
    "tarif de l'offre ; elle sera réglée dans le délai usuel de 30 jours.\n\nVeuillez agréer, "
    "Madame, Monsieur, nos salutations distinguées.\n\nAu nom du greffe municipal\nSandrine "
    "Monod, secrétaire\n\nAdministration communale\nRue du Village 3\n1030 Bussigny-sur-Venoge",
    amount=228.0,
    notes="Public body, formal letter: price per word other than offered (5'200 × 0.04 = 208) "
    "plus the reminder fee of 20 contested; the late delivery of the invoice is an argument, "
    "not a copy request.",
    mailer=OUTLOOK,
    format="alt",
    salutation="Madame, Monsieur",
)

R(
    "fs",
    "FS-25-01274",
    821.56,
    "reminder_3",
    "de",
    "de",
    "2026-02-10T21:48:00+01:00",
    "Martin Aebischer",
    "m.aebischer@bluewin-mail.example",
    "contestation",
    True,
    5,
    "Sehr geehrte Frau Progin\n\nJetzt reicht es. Ich habe Ihnen schon im Dezember erklärt, "
    "dass ich für die Steuererklärung 2024 nicht das Doppelte vom Vorjahr bezahle. Letztes "
    "Jahr CHF 380.-, dieses Jahr CHF 760.- für genau die gleichen Unterlagen, ohne dass mir "
    "jemand vorher etwas gesagt hätte. Eine Antwort habe ich nie bekommen, dafür jetzt die "
    "Drohung mit der Betreibung.\n\nIch habe die ganze Sache meinem Anwalt, lic. iur. P. "
    "Baeriswyl in Düdingen, übergeben. Die CHF 380.- des Vorjahres überweise ich, mehr nicht. "
    "Und das Mandat ist hiermit gekündigt.\n\nM. Aebischer",
    amount=380.0,
    notes="Lawyer instructed and mandate cancelled (urgency 5); fee compared with last year "
    "(760 vs 380), the undisputed part is paid without a date.",
    mailer=TB,
    quote="thunderbird",
    salutation="Herr Aebischer",
)

R(
    "wl",
    "WL-2025-0512",
    583.74,
    "reminder_1",
    "de",
    "mixed",
    "2025-12-02T09:31:00+01:00",
    "Corinne Schwab-Favre",
    "c.schwab@seeland-drucktechnik.example.ch",
    "contestation",
    True,
    3,
    "Grüezi Herr Frei\n\nBesten Dank für die Erinnerung. Wir haben das Hosting-Abo per 30. Juni "
    "gekündigt (unser Brief vom 12. Mai, eingeschrieben), die Website läuft seit Juli bei "
    "unserem neuen Anbieter. Sie verrechnen aber 12 Monate à CHF 45.00.\n\nJe vous mets en copie "
    "notre comptable, M. Girod, qui a vérifié : seuls les six premiers mois sont dus. Nous "
    "attendons donc une note de crédit pour les six mois de juillet à décembre, soit CHF "
    "270.00 hors TVA, avant de payer le solde.\n\nMerci et meilleures salutations / Freundliche "
    "Grüsse\n\nCorinne Schwab-Favre\nSeeland Drucktechnik AG, Biel/Bienne",
    amount=270.0,
    notes="German then French in one message (Biel customer); hosting billed after the "
    "cancellation date: 6 × CHF 45 = 270 excl. VAT.",
    cc="Yves Girod <y.girod@fidu-girod.example.ch>",
    mailer=OUTLOOK,
    quote="outlook",
    client_lang="de",
    salutation="Frau Schwab",
)

# ----------------------------------------------------------------------------------------------
# invoice_error
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BQH-25-0861",
    2455.3,
    "invoice",
    "de",
    "de",
    "2025-11-06T15:22:00+01:00",
    "Finanzverwaltung Gemeinde Ebikon-Rotsee",
    "finanzen@ebikon-rotsee.example.ch",
    "invoice_error",
    True,
    3,
    "Sehr geehrte Frau Imhof\n\nUnsere Bauverwaltung hat uns Ihre Rechnung weitergeleitet (siehe "
    "unten). Leider können wir sie so nicht verbuchen: Rechnungen an die Gemeinde müssen an "
    '"Gemeinde Ebikon-Rotsee, Finanzverwaltung, Postfach, 6031 Ebikon-Rotsee" adressiert sein '
    "und die Bestellnummer sowie die Kostenstelle enthalten. Bitte stellen Sie die Rechnung "
    "neu aus mit Bestellnr. 2025-BV-0417 und Kostenstelle 6150.3144 (Schulhaus Rigiblick, "
    "Boilerersatz).\n\nFür Ihr Verständnis danken wir Ihnen.\n\nFreundliche Grüsse\nDaniela "
    "Wyss\nFinanzverwaltung\n\n-----\nVon: Bauverwaltung\nAn: Finanzverwaltung\n\nHallo "
    "Daniela, kannst du das bitte übernehmen? Arbeit ist gemacht und abgenommen, passt. "
    "Gruss, Thomas",
    notes="Forwarded internal exchange of a public body: the work is accepted, but address, "
    "order number and cost centre are missing, so the invoice must be reissued.",
    quote="forward",
    internal=True,
    fwd_to="bauverwaltung@ebikon-rotsee.example.ch",
    re="WG:",
    mailer=OUTLOOK,
    salutation="Herr Lustenberger",
)

R(
    "lo",
    "LO-25-0644",
    4320.0,
    "invoice",
    "en",
    "en",
    "2025-10-21T10:17:00+02:00",
    "Jana Hoffmann",
    "kreditoren@moebelhaus-kranich.example.de",
    "invoice_error",
    True,
    3,
    "Dear Ms Berthier,\n\nThank you for your invoice for the pendant lights for our Leipzig "
    "showroom.\n\nWe are a German company (VAT ID DE 318 442 907, shown on our purchase order) "
    "and this is an intra-community supply, so the invoice must be issued without French VAT "
    "under the reverse-charge rule (autoliquidation), with both VAT numbers on it. Your invoice "
    "charges 20 % TVA, i.e. EUR 720.00, which we cannot recover.\n\nPlease send us a corrected "
    "invoice for EUR 3,600.00 net. We will pay it within the agreed terms.\n\nKind regards\n\n"
    "Jana Hoffmann\nAccounts Payable\nMöbelhaus Kranich GmbH\nPrager Str. 118, 04317 Leipzig, "
    "Germany",
    amount=720.0,
    notes="VAT should not have been charged at all (intra-EU reverse charge): invoice_error, "
    "disputed amount is the VAT of EUR 720.",
    mailer=OUTLOOK,
    format="alt",
    salutation="Sir or Madam",
)

R(
    "tv",
    "TV/25/1042",
    1533.6,
    "reminder_1",
    "it",
    "it",
    "2025-10-30T16:50:00+01:00",
    "Sara Monti",
    "amministrazione@ceresio-hotels.example.ch",
    "invoice_error",
    True,
    3,
    'Buongiorno,\n\nla fattura non è stata pagata perché è intestata a "Ceresio Hotels Sagl", '
    "società che dal 1° luglio non esiste più: dopo la fusione le nostre forniture vanno "
    "fatturate a\n\nAlbergo Ceresio SA\nRiva Paradiso 21\n6900 Lugano-Paradiso\nIDI "
    "CHE-412.885.130 IVA\n\nIl nostro sistema rifiuta le fatture con la vecchia ragione "
    "sociale. Potete mandarci una nuova fattura corretta? La merce è arrivata e va bene, "
    "paghiamo appena riceviamo il documento giusto.\n\nGrazie e buona giornata\nSara Monti\n"
    "Amministrazione",
    notes="Wrong legal entity after a merger: goods accepted, invoice to be reissued to the new "
    "company.",
    mailer=TB,
    quote="thunderbird",
    salutation="Signora Monti",
)

R(
    "fs",
    "FS-25-01187",
    1296.9,
    "reminder_2",
    "fr",
    "fr",
    "2025-12-11T13:44:00+01:00",
    "Pierre-Alain Chassot",
    "pa.chassot@garage-chassot.example.ch",
    "invoice_error",
    True,
    3,
    "Bonjour Madame Progin,\n\nJe crois qu'il y a une erreur chez vous. La facture FS-25-01187 "
    "est pour le bouclement 2024 du garage, exactement le même montant et le même texte que "
    "la FS-25-01163 que vous nous avez envoyée en septembre et que nous avons payée le 10 "
    "octobre. Vous l'avez donc facturé deux fois.\n\nMerci d'annuler la 01187 et de stopper les "
    "rappels.\n\nMeilleures salutations\nPierre-Alain Chassot\nGarage Chassot SA, Bulle",
    amount=1296.9,
    mentions=["FS-25-01187", "FS-25-01163"],
    notes="Duplicate invoice (the first one was paid): invoice_error with the full amount, not "
    "already_paid, since the thread's invoice itself is not paid.",
    mailer=APPLE,
    salutation="Monsieur Chassot",
)

# ----------------------------------------------------------------------------------------------
# already_paid
# ----------------------------------------------------------------------------------------------

R(
    "wl",
    "WL-2025-0467",
    1621.5,
    "reminder_1",
    "de",
    "de",
    "2025-11-13T10:02:00+01:00",
    "Kreditorenbuchhaltung Alpstein Logistik",
    "kreditoren@alpstein-logistik.example.ch",
    "already_paid",
    True,
    3,
    "Sehr geehrter Herr Frei\n\nDie Rechnung wurde am 3. November mit Valuta 4.11.2025 auf Ihr "
    "Konto bei der Zürcher Kantonalbank überwiesen (CHF 1'621.50, Referenz gemäss QR-Rechnung). "
    "Die Zahlungsbestätigung finden Sie im Anhang.\n\nBitte prüfen Sie Ihren Zahlungseingang.\n\n"
    "Freundliche Grüsse\n\nN. Koller\nKreditorenbuchhaltung\nAlpstein Logistik AG",
    notes="Paid with value date and proof attached; the payment crossed the reminder.",
    mailer=OUTLOOK,
    quote="outlook",
    attachments=[("pdf", "Zahlungsbestaetigung_WL-2025-0467.pdf")],
    salutation="Frau Koller",
)

R(
    "mr",
    "MR-2025-0455",
    1240.0,
    "reminder_2",
    "fr",
    "fr",
    "2025-11-27T18:30:00+01:00",
    "Gérard Mouthon",
    "gerard.mouthon@example.fr",
    "already_paid",
    True,
    3,
    "bonjour\n\nje ne comprends pas votre courrier. j ai paye l escalier par cheque le jour de "
    "la pose, le 29 septembre, le cheque a ete donne a votre ouvrier (un grand monsieur avec "
    "une barbe) qui l a mis dans une enveloppe. il y avait 1240 euros. regardez si il n a pas "
    "ete encaisse ou perdu.\n\ncdt\nG Mouthon",
    notes="Private person, no accents: paid by cheque handed to the fitter, possibly never "
    "cashed; still already_paid.",
    mailer=ORANGE,
    charset="iso-8859-1",
    salutation="Monsieur Mouthon",
)

R(
    "bq",
    "BQH-25-0702",
    389.1,
    "reminder_1",
    "de",
    "en",
    "2025-10-29T20:14:00+01:00",
    "Tom Whitfield",
    "tom.whitfield@example.com",
    "already_paid",
    True,
    3,
    "Hello,\n\nSorry, my German is not good enough so I answer in English. I paid this invoice "
    "together with the other one for the boiler check (BQH-25-0688) in one transfer of CHF "
    "747.70 on 28 October from my PostFinance account. I probably used only the QR reference "
    "of the first invoice, so maybe your system booked everything on BQH-25-0688. Could you "
    "check and split it?\n\nThanks a lot,\nTom Whitfield\nDreilindenstrasse 55, 6006 Luzern",
    mentions=["BQH-25-0688"],
    notes="Private expat answering a German reminder in English; one transfer covering two "
    "invoices under one reference.",
    mailer=IPHONE,
    quote="apple",
    client_lang="de",
    salutation="Herr Whitfield",
)

R(
    "tv",
    "TV/25/1131",
    964.8,
    "reminder_2",
    "it",
    "it",
    "2026-01-08T08:55:00+01:00",
    "Luca Pedrazzini",
    "luca@pedrazzini-arredi.example.ch",
    "already_paid",
    True,
    3,
    "Buongiorno, pagata il 19 dicembre con e-banking, importo esatto. Vi prego di verificare e "
    "di togliere le spese di sollecito. Saluti, L. Pedrazzini",
    notes="One line: paid on a past date; asking to drop the fee follows from the payment, no "
    "separate dispute.",
    mailer=IPHONE,
    salutation="Signor Pedrazzini",
)

# ----------------------------------------------------------------------------------------------
# delay_request
# ----------------------------------------------------------------------------------------------

R(
    "lx",
    "LX-F25287",
    2140.35,
    "reminder_1",
    "fr",
    "fr",
    "2025-11-12T17:20:00+01:00",
    "Chœur mixte L'Avenir de Chexbres",
    "tresorerie@choeur-avenir.example.ch",
    "delay_request",
    True,
    2,
    "Bonjour Monsieur Chappuis,\n\nEn tant que trésorière du chœur, je vous remercie pour la "
    "traduction du livret du concert, qui a été très appréciée.\n\nNotre association ne "
    "disposera des recettes du concert et de la subvention communale qu'en fin d'année. "
    "Serait-il possible de régler la facture en trois fois : CHF 700.– à fin novembre, CHF 700.– "
    "à fin décembre et le solde de CHF 740.35 à fin janvier ? Nous vous serions très "
    "reconnaissants de votre compréhension.\n\nAvec nos meilleures salutations\n\nMonique "
    "Chevalley\nTrésorière",
    pdate="2025-11-30",
    notes="Association asking for a dated three-instalment plan: pauses, first instalment at "
    "the end of November.",
    mailer=APPLE,
    quote="apple",
    salutation="Madame Chevalley",
)

R(
    "fs",
    "FS-25-01201",
    486.45,
    "reminder_3",
    "de",
    "de",
    "2026-01-19T12:07:00+01:00",
    "Sabine Jungo",
    "sabine.jungo@example.ch",
    "delay_request",
    False,
    2,
    "Guten Tag Frau Progin\n\nEs tut mir leid, dass ich mich erst jetzt melde. Ich habe im "
    "Oktober meine Stelle verloren und bekomme erst seit kurzem Arbeitslosengeld. Die "
    "Rechnung ist korrekt, ich will sie auch bezahlen, aber im Moment geht es einfach nicht "
    "auf einmal. Bitte haben Sie noch etwas Geduld, ich melde mich, sobald ich wieder etwas "
    "Luft habe, und zahle dann auch gerne in Raten.\n\nBitte keine Betreibung.\n\nFreundliche "
    "Grüsse\nSabine Jungo",
    notes="Hardship and a wish for instalments, but no date or plan: a vague delay request "
    "does not pause, even on reminder 3.",
    mailer="Microsoft Outlook 16.0",
    quote="outlook",
    salutation="Frau Jungo",
)

R(
    "lo",
    "LO-25-0671",
    6150.0,
    "reminder_1",
    "en",
    "en",
    "2025-12-16T15:35:00+01:00",
    "Oliver Grant",
    "o.grant@harbourline-hospitality.example.co.uk",
    "delay_request",
    True,
    2,
    "Dear Camille,\n\nApologies for the delay on this one. The lighting in the Lyon restaurant "
    "is exactly what we wanted, no issue with the invoice at all.\n\nWe are closing our "
    "financial year on 31 December and our CFO has frozen all supplier payments above EUR "
    "5,000 until the new year. Would it be acceptable for us to pay on 15 January? I can "
    "confirm that date in writing if you need it for your files.\n\nMany thanks and best "
    "wishes for the holidays,\nOliver\n\nOliver Grant\nOperations Director\nHarbourline "
    "Hospitality Ltd, London",
    pdate="2026-01-15",
    notes="Asks permission to pay on a concrete later date (15 January): a dated delay request, "
    "so it pauses; 'no issue with the invoice' is a negation, not a dispute.",
    mailer=OUTLOOK,
    format="alt",
    quote="outlook",
    salutation="Mr Grant",
)

# ----------------------------------------------------------------------------------------------
# payment_promise
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BQH-25-0790",
    6842.75,
    "reminder_1",
    "de",
    "de",
    "2025-11-18T11:12:00+01:00",
    "Markus Arnold",
    "m.arnold@arnold-baeckerei.example.ch",
    "payment_promise",
    False,
    1,
    "Grüezi Frau Imhof\n\nDie Rechnung ist freigegeben und im Zahlungslauf vom Freitag drin. "
    "Sorry für die Verspätung, unsere Buchhalterin war in den Ferien.\n\nGruss\nMarkus Arnold\n"
    "Bäckerei Arnold AG, Kriens",
    pdate="2025-11-21",
    notes="Payment run 'on Friday' resolved against a Tuesday e-mail date.",
    mailer=IPHONE,
    quote="gmail",
    salutation="Herr Arnold",
)

R(
    "mr",
    "MR-2025-0478",
    2315.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-03T22:41:00+01:00",
    "Julien Favre-Bulle",
    "julien.fb@example.fr",
    "payment_promise",
    False,
    1,
    "Bonsoir,\n\nC'est réglé ! Enfin presque : je viens de programmer le virement dans mon "
    "appli, il part vendredi avec ma paie. Désolé pour le retard, le dressing est top.\n\n"
    "Julien\n\nEnvoyé de mon iPhone",
    pdate="2025-12-05",
    notes="'C'est réglé' is corrected at once: a transfer scheduled for Friday, i.e. a promise, "
    "not a payment made.",
    mailer=IPHONE,
    quote="apple",
    salutation="Monsieur Favre-Bulle",
)

R(
    "wl",
    "WL-2025-0603",
    912.6,
    "reminder_2",
    "en",
    "en",
    "2026-01-20T07:58:00+01:00",
    "Daniel Okafor",
    "daniel@okafor-consulting.example",
    "payment_promise",
    False,
    1,
    "Will be paid end of month. D.\n\nSent from my iPhone",
    pdate="2026-01-31",
    notes="One line from a phone; 'end of month' is the last day of January.",
    mailer=IPHONE,
    quote="apple",
    salutation="Mr Okafor",
)

# ----------------------------------------------------------------------------------------------
# copy_request
# ----------------------------------------------------------------------------------------------

R(
    "fs",
    "FS-26-00014",
    3405.15,
    "invoice",
    "de",
    "de",
    "2026-01-14T09:10:00+01:00",
    "Claudia Spicher",
    "c.spicher@sensebrau.example.ch",
    "copy_request",
    False,
    2,
    "Guten Tag Frau Progin\n\nBesten Dank für die Rechnung, ist angekommen.\n\nEine Bitte: "
    "Ab sofort stellen wir auf elektronische Kreditorenverarbeitung um. Senden Sie Rechnungen "
    "künftig bitte nur noch als PDF an kreditoren@sensebrau.example.ch und nicht mehr an mich "
    "persönlich. Diese Rechnung habe ich bereits selbst dorthin weitergeleitet.\n\n"
    "Freundliche Grüsse\nClaudia Spicher\nSensebräu AG, Tafers",
    notes="Future invoices to another address; this invoice is fine and already passed on.",
    mailer=OUTLOOK,
    quote="outlook",
    format="alt",
    salutation="Frau Spicher",
)

R(
    "lo",
    "LO-25-0702",
    1878.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-01-13T14:26:00+01:00",
    "Service comptabilité fournisseurs – Lycée Ampère-Saxe",
    "compta.fournisseurs@lycee-ampere-saxe.example.fr",
    "copy_request",
    False,
    2,
    "Bonjour,\n\nNous n'avons aucune trace de cette facture dans nos services. Pourriez-vous nous "
    "la renvoyer au format PDF ? Pour information, en tant qu'établissement public nous ne "
    "pouvons payer que les factures déposées sur Chorus Pro (SIRET 197 912 345 00018, code "
    "service COMPTA) ; merci de la déposer également sur la plateforme.\n\nCordialement,\n\n"
    "Nadia Belkacem\nGestionnaire comptable\nLycée Ampère-Saxe, Lyon 7e",
    notes="Public school never received the invoice and asks for it again (PDF and deposit on "
    "the public platform); not a dispute of the claim.",
    mailer=OUTLOOK,
    quote="outlook",
    outlook_line=False,
    salutation="Madame, Monsieur",
)

R(
    "lx",
    "LX-F26031",
    675.7,
    "invoice",
    "en",
    "en",
    "2026-02-03T16:03:00+01:00",
    "Procurement Helpdesk",
    "vendors@keystone-pharma.example.com",
    "copy_request",
    False,
    2,
    "Dear Lemanix team,\n\nThank you for your invoice. As Lemanix Traductions is a new supplier "
    "for Keystone Pharma Switzerland, we need to register you in our vendor master before the "
    "invoice can be processed.\n\nCould you please send us (1) a QR-bill or a bank letter "
    "confirming your IBAN, and (2) your VAT registration number? A reply to this e-mail is "
    "sufficient.\n\nKind regards,\nVendor Master Data Team\nKeystone Pharma Switzerland GmbH",
    notes="Asks for bank details / QR-bill to register a new supplier; nothing is contested.",
    format="html",
    salutation="Sir or Madam",
)

# ----------------------------------------------------------------------------------------------
# acknowledgement
# ----------------------------------------------------------------------------------------------

R(
    "fs",
    "FS-25-01055",
    5287.8,
    "invoice",
    "fr",
    "fr",
    "2025-09-16T08:47:00+02:00",
    "Service des finances – Commune de Marly-Gérine",
    "finances@marly-gerine.example.ch",
    "acknowledgement",
    False,
    1,
    "Bonjour,\n\nBien reçu, merci. La facture suit le circuit de visa habituel (chef de service "
    "puis boursier).\n\nMeilleures salutations\nService des finances",
    notes="Public body: received and passed to the approval circuit, no date given.",
    mailer=OUTLOOK,
    quote="outlook",
    salutation="Madame, Monsieur",
)

R(
    "tv",
    "TV/25/1057",
    3120.0,
    "invoice",
    "de",
    "de",
    "2025-09-30T12:18:00+02:00",
    "Ursula Ming",
    "u.ming@gasthaus-sternen-sarnen.example.ch",
    "acknowledgement",
    False,
    1,
    "Danke, ist angekommen!\n\nU. Ming\n\nVon meinem iPhone gesendet",
    notes="Italian-speaking company writing in German; two words of thanks.",
    mailer=IPHONE,
    quote="apple",
    salutation="Frau Ming",
)

# ----------------------------------------------------------------------------------------------
# auto_reply
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BQH-25-0874",
    1752.0,
    "reminder_1",
    "de",
    "mixed",
    "2025-12-23T06:00:00+01:00",
    "Hochbauamt Kanton Nidwalden",
    "hochbauamt@nw-kanton.example.ch",
    "auto_reply",
    False,
    1,
    "Abwesenheitsnotiz / Message d'absence\n\nVielen Dank für Ihre Nachricht. Unsere "
    "Verwaltung bleibt vom 24. Dezember 2025 bis und mit 2. Januar 2026 geschlossen. Ihre "
    "E-Mail wird nicht weitergeleitet; wir bearbeiten sie ab dem 5. Januar 2026.\n\nMerci de "
    "votre message. Nos bureaux sont fermés du 24 décembre 2025 au 2 janvier 2026 inclus. Votre "
    "e-mail sera traité dès le 5 janvier 2026.\n\nHochbauamt / Service des bâtiments",
    notes="Bilingual out-of-office of a public office; the dates are the closure, not a "
    "payment date.",
    re="Automatische Antwort:",
    headers=AUTO,
    mailer=OUTLOOK,
)

R(
    "lo",
    "LO-25-0688",
    2604.0,
    "reminder_2",
    "fr",
    "fr",
    "2026-01-26T10:00:00+01:00",
    "Portail fournisseurs Groupe Vercors Habitat",
    "no-reply@fournisseurs.vercors-habitat.example.fr",
    "auto_reply",
    False,
    1,
    "Ceci est un message automatique, merci de ne pas y répondre.\n\nVotre demande a bien été "
    "enregistrée sous le numéro de ticket FRN-2026-004518. Notre service comptabilité "
    "fournisseurs la traitera dans un délai de 5 à 10 jours ouvrés.\n\nPour suivre "
    "l'avancement de vos factures et paiements, connectez-vous à votre espace fournisseur.\n\n"
    "Groupe Vercors Habitat – Comptabilité fournisseurs",
    notes="Ticket system confirmation from an accounts-payable portal.",
    headers={**AUTO, "X-Ticket-ID": "FRN-2026-004518"},
    subject="[Ticket FRN-2026-004518] Accusé de réception – 2e rappel : facture LO-25-0688 impayée",
    format="html",
)

# ----------------------------------------------------------------------------------------------
# other
# ----------------------------------------------------------------------------------------------

R(
    "lx",
    "LX-F25291",
    1314.5,
    "invoice",
    "fr",
    "fr",
    "2025-10-08T11:34:00+02:00",
    "Anne-Laure Vuilleumier",
    "al.vuilleumier@musee-horloger-lelocle.example.ch",
    "other",
    False,
    2,
    "Bonjour Monsieur Chappuis,\n\nMerci pour la facture, elle est transmise à la comptabilité.\n\n"
    "Je profite de votre message pour une autre question : pour l'exposition de printemps, nous "
    "aurions besoin des textes des cartels (environ 3'500 mots) en allemand et aussi en "
    "romanche. Est-ce que vous travaillez avec le romanche, et si oui pourriez-vous nous faire "
    "une offre d'ici fin octobre ?\n\nBelle journée\nAnne-Laure Vuilleumier\nConservatrice",
    notes="Acknowledgement plus an unrelated request for a quote that needs an answer: other "
    "(urgency 2); the end-of-October deadline is not a payment date.",
    mailer=TB,
    quote="thunderbird",
    salutation="Madame Vuilleumier",
)

R(
    "bq",
    "BQH-25-0721",
    518.9,
    "reminder_1",
    "de",
    "de",
    "2025-11-04T17:52:00+01:00",
    "Beat Schnider",
    "beat.schnider@example.ch",
    "other",
    False,
    1,
    "\n\nBeat Schnider\nSchreinerweg 7\n6010 Kriens\n\nVon meinem iPhone gesendet",
    notes="Empty reply sent by mistake: only the signature and the device footer (German).",
    mailer=IPHONE,
    quote="apple",
    salutation="Herr Schnider",
)
