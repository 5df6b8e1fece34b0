# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# ruff: noqa: RUF001  (the customers write en dashes)
"""Tenth blind set of customers' replies (tests/data/disputes_blind10), with their labels (CC0 text).

Written by a twelfth writer who read only the label definitions and the entry format, not the
other sets' replies, not the reader's rules and not its answers: it measures the reader once.
Everything is synthetic (people, firms, addresses, references). Never tune rules on these replies.

Profile: everyone a Swiss / French SME bills: private clients (a family, a retiree), doctors,
lawyers, property managers (régies, Verwaltungen), schools, clubs and associations, start-ups;
medium length; some reply weeks later, some write to the wrong address or answer an old reminder
after paying, some write in English though Swiss, some quote their own reference numbers.

Uses the invoicing companies of ``make_dispute_replies.py`` (bq, tv, lx, mr, fs, wl, lo); same
entry format as ``dispute_replies_blind4.py`` (the ``R`` helper of ``dispute_replies_more.py``,
entries kept in this file's own ``REPLIES``); labels as defined in
/work/shared/samples/disputes/README.md.
Build with ``.venv/bin/python scripts/bench/make_dispute_replies.py --source blind10``.
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
    "lx",
    "LX-25-0871",
    412.8,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-02T10:14:00+01:00",
    "Jeanne Pittet",
    "jeanne.pittet@bluewin.ch",
    "already_paid",
    True,
    3,
    "Bonjour Monsieur Chappuis,\n\nJe reçois votre rappel ce matin mais j'ai réglé cette facture "
    "le 3 novembre déjà, au guichet de la poste de Pully, avec le bulletin que vous m'aviez "
    "envoyé. J'ai gardé la quittance si vous en avez besoin.\n\nJe suis à la retraite et je fais "
    "attention à ces choses-là, je vous prie donc de vérifier de votre côté.\n\nAvec mes "
    "salutations distinguées\n\nJeanne Pittet",
    quote="gmail",
    days_after=6,
    notes="A retiree answers an old reminder after paying at the post office counter; the 3 "
    "November date is a past payment, not a promise.",
)

R(
    "wl",
    "WL-2025-0342",
    2376.5,
    "reminder_2",
    "de",
    "de",
    "2025-12-18T16:40:00+01:00",
    "Nina Huber",
    "nina@kraenzli-labs.ch",
    "already_paid",
    True,
    3,
    "Hoi Lukas\n\nDie Rechnung 342 sollte erledigt sein – wir haben am 12.12. per E-Banking überwiesen "
    "(unsere Zahlungsreferenz KR-2025-118, Betrag 2'376.50). Auszug im Anhang.\n\nFalls die "
    "Mahngebühr trotzdem stehen bleibt, sag Bescheid, dann schauen wir das an.\n\nLiebe Grüsse\n"
    "Nina\n\n--\nNina Huber | Finance & Ops\nKränzli Labs AG | Technoparkstrasse 1 | 8005 Zürich",
    mailer=APPLE,
    format="alt",
    attachments=[("pdf", "Zahlung_KR-2025-118.pdf")],
    mentions=["WL-2025-0342"],
    notes="Start-up quotes its own payment reference (KR-2025-118), which is not an invoice "
    "number, '342' is short for WL-2025-0342; the fee remark is conditional, not a contestation.",
)

R(
    "bq",
    "RG25-01127",
    689.4,
    "reminder_1",
    "de",
    "en",
    "2026-01-09T21:05:00+01:00",
    "Thomas Whitfield",
    "tom.whitfield@gmx.ch",
    "already_paid",
    True,
    3,
    "Hello,\n\nSorry, my German is not good enough for this, hope English is fine.\n\nWe paid the "
    "boiler service with the QR bill on 28 November through the UBS app – I can see it on our "
    "statement. Is it possible the payment was booked on a different invoice? Your technician "
    "also came for the neighbours the same week.\n\nThanks and best regards,\nTom Whitfield\n"
    "Baarerstrasse 44, Zug",
    quote="outlook",
    mailer=OUTLOOK,
    days_after=4,
    notes="English reply to a German reminder from a Swiss family; the question about another "
    "booking is a guess, not a contestation.",
)

R(
    "tv",
    "FT-2025-0655",
    1540.0,
    "reminder_3",
    "it",
    "it",
    "2026-01-21T09:30:00+01:00",
    "Segreteria Scuola Montessori Ascona",
    "segreteria@montessori-ascona.ch",
    "already_paid",
    True,
    3,
    "Buongiorno signora Bernasconi,\n\nla fattura per le tende dell'aula grande è stata pagata "
    "il 9 gennaio con bonifico dalla Banca Raiffeisen (ordine n. 2026-004 del nostro "
    "istituto). Probabilmente il pagamento si è incrociato con il vostro sollecito.\n\nVi "
    "preghiamo quindi di annullare anche le spese di CHF 40.00.\n\nCordiali saluti\n\nLa "
    "segreteria\nScuola Montessori Ascona",
    quote="thunderbird",
    mailer=TB,
    notes="Paid with a school order number quoted; asking to cancel the reminder fees is the "
    "consequence of the payment, so already_paid, with no disputed amount.",
)

# ----------------------------------------------------------------------------------------------
# payment_promise
# ----------------------------------------------------------------------------------------------

R(
    "mr",
    "F2025-0418",
    2964.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-11-19T12:20:00+01:00",
    "Cabinet Dr Lacombe",
    "secretariat@cabinet-lacombe.fr",
    "payment_promise",
    False,
    1,
    "Bonjour Madame Roche,\n\nLe Dr Lacombe a bien signé l'ordre de virement pour les "
    "placards de la salle d'attente. Le virement partira vendredi, nous faisons les "
    "paiements fournisseurs ce jour-là.\n\nBonne journée,\n\nMarion Favre\nSecrétariat médical",
    quote="gmail",
    pdate="2025-11-21",
    notes="'Vendredi' resolved against the e-mail date (Wednesday 19 November).",
)

R(
    "bq",
    "RG25-01012",
    4318.25,
    "reminder_2",
    "de",
    "de",
    "2026-01-08T08:05:00+01:00",
    "Andrea Kälin",
    "a.kaelin@kaelin-verwaltungen.ch",
    "payment_promise",
    False,
    1,
    "Guten Tag Frau Imhof\n\nBesten Dank für Ihre Nachricht. Die Rechnung RG25-01012 (Liegenschaft "
    "Bruchstrasse 18, unser Objekt 412) wurde vom Eigentümer freigegeben und ist im "
    "Zahlungslauf vom 15. Januar enthalten.\n\nFreundliche Grüsse\n\nAndrea Kälin\n"
    "Kälin Verwaltungen AG\nBewirtschaftung",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    pdate="2026-01-15",
    mentions=["RG25-01012"],
    notes="Property manager quotes its own object number; the payment run date is the promise.",
)

R(
    "lo",
    "LO-25-0233",
    1866.0,
    "invoice",
    "en",
    "en",
    "2025-12-09T18:45:00+01:00",
    "Jonas Meyer",
    "jonas@orbitbikes.io",
    "payment_promise",
    False,
    1,
    "Hi Camille,\n\nThanks for the invoice and for the great work on the showroom lights. "
    "We'll pay it by the end of the month, our finance tool only runs payouts once a month.\n\n"
    "Cheers,\nJonas",
    mailer=IPHONE,
    days_after=1,
    pdate="2025-12-31",
    notes="'End of the month' resolved to the last day of December.",
)

R(
    "tv",
    "FT-2025-0701",
    385.0,
    "reminder_1",
    "it",
    "it",
    "2026-01-14T19:10:00+01:00",
    "Famiglia Rezzonico",
    "rezzonico.famiglia@hispeed.ch",
    "payment_promise",
    False,
    1,
    "Buonasera,\n\nci scusiamo per il ritardo, con le feste ci è proprio sfuggita. "
    "Provvediamo al pagamento venerdì 16 gennaio.\n\nUn caro saluto\nLuisa e Marco Rezzonico",
    quote="apple",
    mailer=IPHONE,
    pdate="2026-01-16",
    notes="Apology plus a dated promise, no request: payment_promise.",
)

# ----------------------------------------------------------------------------------------------
# delay_request
# ----------------------------------------------------------------------------------------------

R(
    "wl",
    "WL-2025-0388",
    1800.0,
    "reminder_2",
    "de",
    "de",
    "2026-01-12T20:30:00+01:00",
    "Reto Gisler",
    "kassier@fc-altstetten-senioren.ch",
    "delay_request",
    True,
    2,
    "Grüezi Herr Frei\n\nIch bin der Kassier des FC Altstetten Senioren. Die neue Website ist "
    "super geworden, daran liegt es nicht. Leider kommen unsere Mitgliederbeiträge erst im "
    "Frühling herein.\n\nWäre es möglich, die Rechnung in drei Raten à CHF 600.– zu bezahlen, "
    "jeweils Ende Januar, Ende Februar und Ende März 2026? Die erste Rate würde ich am 31. "
    "Januar überweisen.\n\nSportliche Grüsse\nReto Gisler, Kassier",
    quote="gmail",
    pdate="2026-01-31",
    notes="Club proposes a dated instalment plan (pause); the first instalment is the promised "
    "date.",
)

R(
    "fs",
    "FS/2025/1164",
    1078.8,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-15T11:02:00+01:00",
    "Famille Bapst",
    "bapst.fam@netplus.ch",
    "delay_request",
    False,
    2,
    "Bonjour Madame Progin,\n\nNous avons bien reçu votre rappel pour la déclaration d'impôts. "
    "Nous traversons une période un peu compliquée (changement de travail de mon mari) et nous "
    "vous demandons de bien vouloir patienter encore un peu. Nous allons régler dès que "
    "possible.\n\nMerci de votre compréhension.\n\nSophie Bapst",
    mailer=ORANGE,
    notes="Vague request for patience without any date: delay_request that does not pause.",
)

R(
    "lx",
    "LX-25-0902",
    3240.0,
    "reminder_2",
    "fr",
    "en",
    "2026-01-22T14:15:00+01:00",
    "Priya Natarajan",
    "priya@helvetix-health.ch",
    "delay_request",
    True,
    2,
    "Hi Olivier,\n\nApologies for the silence – we're a small team and the translations of our "
    "app were perfect, no issue there. Our seed round closes in early February and cash is "
    "tight until then.\n\nCould we push the payment to 15 February? I can confirm it in writing "
    "if you need.\n\nBest,\nPriya Natarajan\nCo-founder, Helvetix Health",
    quote="outlook",
    mailer=OUTLOOK,
    outlook_line=False,
    pdate="2026-02-15",
    notes="English reply to a French reminder; asks for a concrete new date, so it pauses.",
)

R(
    "bq",
    "RG25-01088",
    2150.0,
    "reminder_1",
    "fr",
    "mixed",
    "2026-01-16T09:48:00+01:00",
    "Claude Monney",
    "caissier@pro-senectute-murten.ch",
    "delay_request",
    False,
    2,
    "Bonjour / Grüezi\n\nNous avons bien reçu votre rappel. Notre budget est bloqué jusqu'à la "
    "prochaine assemblée générale. Wir bitten Sie deshalb um etwas Geduld, wir kümmern uns "
    "darum, sobald der Vorstand die Ausgabe genehmigt hat.\n\nMeilleures salutations / "
    "Freundliche Grüsse\nClaude Monney, caissier",
    quote="outlook",
    mailer=OUTLOOK,
    client_lang="fr",
    notes="French/German association asks for time without a date (the assembly has none "
    "here): no pause.",
)

# ----------------------------------------------------------------------------------------------
# contestation
# ----------------------------------------------------------------------------------------------

R(
    "lx",
    "LX-25-0855",
    1102.5,
    "reminder_1",
    "fr",
    "fr",
    "2025-11-27T15:30:00+01:00",
    "Me Hélène Dubuis",
    "h.dubuis@dubuis-avocats.ch",
    "contestation",
    True,
    3,
    "Monsieur,\n\nJe vous remercie de votre rappel. Avant de régler, je me permets de revenir sur "
    "le nombre de pages : votre facture compte 14 pages de traduction, alors que le contrat "
    "de bail transmis n'en compte que 11. Je conteste donc 3 pages à CHF 45.– soit "
    "CHF 135.–.\n\nJe vous saurais gré de m'adresser une facture corrigée.\n\nVeuillez agréer, "
    "Monsieur, mes salutations distinguées.\n\nHélène Dubuis, avocate\nDubuis Avocats, "
    "Rue du Midi 4, 1003 Lausanne\n\nCe message est confidentiel et peut être couvert par le "
    "secret professionnel de l'avocat. Si vous l'avez reçu par erreur, merci de le détruire et "
    "d'en informer l'expéditeur.",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    amount=135.0,
    notes="A lawyer contests pages factually; the professional-secrecy disclaimer is "
    "boilerplate, not a legal threat (urgency 3).",
)

R(
    "bq",
    "RG25-00996",
    3872.9,
    "reminder_3",
    "de",
    "de",
    "2026-01-05T07:55:00+01:00",
    "Walter Stucki",
    "w.stucki@stucki-immobilien.ch",
    "contestation",
    True,
    5,
    "Frau Imhof\n\nJetzt reicht es. Die Heizung in der Liegenschaft Moosmattstrasse läuft seit "
    "Ihrem 'Service' im Oktober immer noch nicht richtig, die Mieter rufen mich täglich an. "
    "Und Sie schicken mir eine LETZTE MAHNUNG mit Betreibungsandrohung?\n\nWir zahlen keinen "
    "Rappen, bevor die Anlage funktioniert. Mein Anwalt ist informiert.\n\nW. Stucki\n"
    "Stucki Immobilien GmbH",
    quote="outlook",
    mailer=OUTLOOK,
    days_after=3,
    amount=3872.9,
    notes="Angry property manager withholds the whole invoice and names his lawyer; the "
    "Betreibung word is the company's, quoted back.",
)

R(
    "mr",
    "F2025-0392",
    1428.0,
    "reminder_2",
    "en",
    "en",
    "2025-12-11T17:20:00+01:00",
    "Graham Ellis",
    "graham.ellis@btinternet.com",
    "contestation",
    True,
    4,
    "Dear Ms Roche,\n\nI am frankly surprised to receive a second reminder with a 40 euro "
    "'recovery fee'. As I told your son on site, the new front door of our chalet in Talloires "
    "is warped and does not close properly since the first frost.\n\nI will not pay this invoice, "
    "let alone the fee, until the door has been fixed or replaced.\n\nRegards,\nGraham Ellis",
    quote="gmail",
    amount=1428.0,
    notes="Explicit refusal to pay the whole invoice until the defect is fixed (urgency 4); the "
    "fee is contested too but not part of the invoice amount.",
)

R(
    "tv",
    "FT-2025-0610",
    2150.0,
    "invoice",
    "it",
    "it",
    "2025-11-24T13:40:00+01:00",
    "Mara Gianella",
    "presidente@coro-verzasca.ch",
    "contestation",
    True,
    3,
    "Gentile signora Bernasconi,\n\nanzitutto grazie: le nuove tende per il palco sono "
    "bellissime e il coro ne è entusiasta.\n\nTuttavia, nell'offerta del 2 settembre il prezzo "
    "concordato era di CHF 1'800.– tutto compreso, mentre la fattura è di CHF 2'150.–. Non "
    "ricordo di aver accettato supplementi. Potrebbe verificare?\n\nCordiali saluti\nMara "
    "Gianella\nPresidente, Coro Verzasca",
    quote="apple",
    mailer=APPLE,
    amount=350.0,
    notes="Polite opener, then a price other than agreed; the contested amount is the difference.",
)

R(
    "lo",
    "LO-25-0219",
    3120.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-01-06T10:25:00+01:00",
    "Intendance – Lycée Saint-Just",
    "intendance@lycee-saintjust.fr",
    "contestation",
    True,
    3,
    "Madame,\n\nDe retour de congés, je reprends votre relance de décembre. Notre devis du "
    "12 septembre prévoyait un forfait déplacement ; or la facture ajoute 4 h de déplacement à "
    "65 € HT. Nous ne pouvons pas accepter ces 4 heures.\n\nLe reste de la facture est "
    "conforme et sera mandaté avec la correction.\n\nCordialement,\n\nL'intendante\n"
    "Lycée Saint-Just, Lyon",
    quote="thunderbird",
    mailer=TB,
    days_after=21,
    amount=260.0,
    notes="Replies three weeks later; travel hours contested (4 h × 65 € HT = 260) while the "
    "rest is accepted without a date.",
)

# ----------------------------------------------------------------------------------------------
# invoice_error
# ----------------------------------------------------------------------------------------------

R(
    "fs",
    "FS/2025/1122",
    2692.5,
    "invoice",
    "de",
    "de",
    "2025-11-12T12:35:00+01:00",
    "Praxis Dr. med. Aebischer",
    "praxis@aebischer-hausarzt.ch",
    "invoice_error",
    True,
    3,
    "Guten Tag Frau Progin\n\nBesten Dank für die Jahresabschluss-Rechnung. Sie ist allerdings "
    "auf Dr. Bruno Aebischer persönlich ausgestellt. Seit Januar läuft die Praxis über die "
    "Aebischer Hausarztpraxis AG, Bernstrasse 9, 3186 Düdingen.\n\nKönnen Sie die Rechnung "
    "bitte auf die AG ausstellen? Dann zahlen wir sie gerne.\n\nFreundliche Grüsse\nKatrin "
    "Zbinden, MPA",
    quote="outlook",
    mailer=OUTLOOK,
    notes="Wrong legal entity (doctor personally instead of his AG); the claim is accepted.",
)

R(
    "mr",
    "F2025-0440",
    5380.0,
    "invoice",
    "fr",
    "fr",
    "2025-12-10T09:12:00+01:00",
    "Régie du Lac – Comptabilité",
    "compta@regie-du-lac.fr",
    "invoice_error",
    True,
    4,
    "Bonjour,\n\nVotre facture ne mentionne ni notre bon de commande BC-7781 ni la référence "
    "de la copropriété (Résidence Les Tilleuls). Notre logiciel la rejette sans ces deux "
    "informations.\n\nMerci de nous la renvoyer complétée avant le 19 décembre, date de notre "
    "dernier paiement de l'année ; à défaut, elle ne pourra être réglée qu'en février.\n\n"
    "Cordialement,\nService comptabilité\nRégie du Lac",
    mailer=OUTLOOK,
    format="alt",
    days_after=1,
    notes="Missing PO and building reference blocking the payment run with a deadline "
    "(urgency 4); BC-7781 is the customer's order number, not an invoice.",
)

R(
    "wl",
    "WL-2025-0401",
    5405.0,
    "invoice",
    "en",
    "en",
    "2025-12-03T11:50:00+01:00",
    "Felix Brandt",
    "felix@tidepool.dev",
    "invoice_error",
    True,
    3,
    "Hi Lukas,\n\nThanks for the invoice. One thing: the work was ordered by our German "
    "entity, Tidepool GmbH in Berlin (VAT DE318445120), so there should be no Swiss VAT on it – "
    "the CHF 405.00 of VAT needs to go. Could you reissue it to the Berlin entity?\n\nHappy "
    "to pay the net amount right after.\n\nThanks,\nFelix",
    quote="gmail",
    amount=405.0,
    notes="Wrong entity and VAT that should not be charged; the disputed amount is the VAT.",
)

R(
    "tv",
    "FT-2025-0688",
    968.0,
    "reminder_1",
    "it",
    "it",
    "2026-01-13T10:05:00+01:00",
    "Ufficio tecnico Comune di Brissago",
    "ufficiotecnico@brissago.ch",
    "invoice_error",
    True,
    3,
    "Buongiorno,\n\nricevuto il promemoria. La fattura FT-2025-0688 è però un doppione della "
    "FT-2025-0672 (stesse tende per la sala del consiglio, stesso importo), che è già in "
    "pagamento.\n\nVi chiediamo di annullare la 0688.\n\nDistinti saluti\nUfficio tecnico",
    mailer=OUTLOOK,
    amount=968.0,
    mentions=["FT-2025-0688", "FT-2025-0672"],
    notes="Duplicate invoice, not already_paid: the other copy is being paid; the short "
    "'la 0688' repeats the first mention.",
)

# ----------------------------------------------------------------------------------------------
# copy_request
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "RG25-01054",
    1236.0,
    "reminder_1",
    "de",
    "de",
    "2025-12-17T14:00:00+01:00",
    "Schulverwaltung Kriens",
    "schulverwaltung@schulen-kriens.ch",
    "copy_request",
    False,
    2,
    "Guten Tag\n\nDiese Rechnung haben wir nie erhalten, deshalb ist sie auch nicht bezahlt. "
    "Bitte senden Sie sie als PDF an kreditoren@schulen-kriens.ch, mit dem Vermerk "
    "'Schulhaus Amlehn', damit sie korrekt verbucht wird.\n\nFreundliche Grüsse\n"
    "Schulverwaltung Kriens",
    quote="outlook",
    mailer=OUTLOOK,
    notes="'Never received' is a request for the document, not a dispute.",
)

R(
    "fs",
    "FS/2025/1189",
    540.0,
    "invoice",
    "fr",
    "fr",
    "2025-12-01T16:25:00+01:00",
    "Gérard Rossier",
    "g.rossier@websud.ch",
    "copy_request",
    False,
    2,
    "Madame,\n\nMon petit-fils m'a montré votre courriel, mais je n'arrive pas à ouvrir la "
    "pièce jointe et je ne fais pas de paiements par internet. Auriez-vous l'amabilité de "
    "m'envoyer la facture par la poste, avec un bulletin de versement ?\n\nGérard Rossier\n"
    "Route de Bulle 12, 1752 Villars-sur-Glâne",
    days_after=3,
    notes="A retiree asks for a paper QR-bill by post.",
)

R(
    "lx",
    "LX-25-0889",
    756.0,
    "reminder_1",
    "en",
    "en",
    "2026-01-19T08:40:00+01:00",
    "Dr Sarah Okafor",
    "s.okafor@cliniquedumont.ch",
    "copy_request",
    False,
    2,
    "Dear Mr Chappuis,\n\nPlease note that invoices for the clinic are not handled by me. "
    "Could you resend this one, and send all future invoices, to our practice manager, "
    "Mrs Fabienne Roulin (admin@cliniquedumont.ch)? She will take care of it.\n\nKind "
    "regards,\nSarah Okafor, MD",
    quote="outlook",
    mailer=OUTLOOK,
    notes="Doctor asks to resend to another recipient; 'she will take care of it' is no dated "
    "promise.",
)

# ----------------------------------------------------------------------------------------------
# acknowledgement
# ----------------------------------------------------------------------------------------------

R(
    "lo",
    "LO-25-0247",
    948.0,
    "invoice",
    "fr",
    "fr",
    "2025-12-16T17:05:00+01:00",
    "Association Les Amis du Vieux-Lyon",
    "tresorerie@amisduvieuxlyon.fr",
    "acknowledgement",
    False,
    1,
    "Bonjour Madame Berthier,\n\nBien reçu, merci. Nous allons regarder cela lors de notre "
    "prochain bureau.\n\nBelle soirée,\nLa trésorière",
    mailer=ORANGE,
    days_after=1,
    notes="Polite and vague ('nous allons regarder'): no contestation and no dated request.",
)

R(
    "wl",
    "WL-2025-0415",
    1290.0,
    "reminder_1",
    "de",
    "de",
    "2026-01-15T10:10:00+01:00",
    "Simone Wyss",
    "s.wyss@wyss-anwaelte.ch",
    "acknowledgement",
    False,
    1,
    "Guten Tag Herr Frei\n\nDanke für den Hinweis, wir kümmern uns darum.\n\nFreundliche "
    "Grüsse\nSimone Wyss\nWyss Rechtsanwälte AG\n\nDiese E-Mail kann vertrauliche und dem "
    "Anwaltsgeheimnis unterliegende Informationen enthalten.",
    quote="outlook",
    mailer=OUTLOOK,
    notes="Law firm's 'wir kümmern uns darum' is a vague acknowledgement; the "
    "Anwaltsgeheimnis disclaimer is boilerplate.",
)

# ----------------------------------------------------------------------------------------------
# auto_reply
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "RG25-01140",
    512.3,
    "reminder_1",
    "de",
    "mixed",
    "2025-12-23T06:02:00+01:00",
    "Régie Gerber Immobilier",
    "info@gerber-immo.ch",
    "auto_reply",
    False,
    1,
    "Unser Büro bleibt vom 23. Dezember bis 5. Januar geschlossen. Ihre Nachricht wird nach "
    "unserer Rückkehr bearbeitet.\n\nNotre bureau est fermé du 23 décembre au 5 janvier. Votre "
    "message sera traité à notre retour.\n\nRégie Gerber Immobilier SA, Murten / Morat",
    re="Automatische Antwort:",
    headers=AUTO,
    days_after=0,
    notes="Bilingual holiday auto-reply; the closing dates are not promised dates.",
)

R(
    "wl",
    "WL-2025-0366",
    2480.0,
    "reminder_2",
    "de",
    "de",
    "2026-01-07T09:00:00+01:00",
    "Support Kantonsschule Limmattal",
    "ticket@ksl-support.ch",
    "auto_reply",
    False,
    1,
    "Vielen Dank für Ihre Anfrage.\n\nIhr Ticket #48213 wurde eröffnet und der Abteilung "
    "Finanzen zugewiesen. Wir melden uns innert 5 Arbeitstagen.\n\nBitte antworten Sie nicht "
    "auf diese automatisch generierte Nachricht.",
    re="[Ticket #48213]",
    headers=AUTO,
    days_after=0,
    notes="School ticket system confirmation; '5 Arbeitstagen' is a response time, not a "
    "payment date.",
)

# ----------------------------------------------------------------------------------------------
# other
# ----------------------------------------------------------------------------------------------

R(
    "fs",
    "FS/2025/1150",
    1860.0,
    "reminder_1",
    "de",
    "de",
    "2025-12-12T13:15:00+01:00",
    "Daniel Jungo",
    "d.jungo@jungo-events.ch",
    "other",
    False,
    2,
    "Hallo Marc\n\nKannst du diese bitte noch vor Weihnachten zahlen? Und die Spesen von "
    "November sind auch noch offen.\n\nMerci, Dani",
    quote="gmail",
    days_after=1,
    notes="Meant for the customer's own bookkeeper (Marc) but replied to the company: wrong "
    "recipient, no commitment to the company.",
)

R(
    "fs",
    "FS/2025/1098",
    720.0,
    "invoice",
    "fr",
    "fr",
    "2025-11-06T18:30:00+01:00",
    "Club de tennis de table Bulle",
    "comite@cttbulle.ch",
    "other",
    False,
    2,
    "Bonjour Madame Progin,\n\nMerci pour la facture de la tenue des comptes 2024-2025. Une "
    "question qui n'a rien à voir : pourriez-vous aussi vous occuper de la déclaration "
    "d'impôts du club l'an prochain ? Si oui, à quelles conditions ?\n\nMeilleures salutations\n"
    "Pierre-Alain Sudan, président",
    quote="thunderbird",
    mailer=TB,
    notes="Thanks plus an unrelated question needing an answer: other, not acknowledgement.",
)
