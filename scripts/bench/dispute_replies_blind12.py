# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# ruff: noqa: RUF001  (the customers write en dashes)
"""Twelfth blind set of customers' replies (tests/data/disputes_blind12), with their labels (CC0 text).

Written by a fourteenth writer who read only the label definitions and the entry format, not the
other sets' replies, not the reader's rules and not its answers: it measures the reader once.
Everything is synthetic (people, firms, communes, parishes, addresses, references). Never tune
rules on these replies.

Profile: office staff of formal but small organisations: the accountant of a medical practice,
the secretary of a notary's office, a school's bursar, a parish council's treasurer, an
architects' office manager, a hotel's night auditor, a foundation's volunteer treasurer, the
financial office of a Ticino commune, an Alsatian craft business, a Romandie régie immobilière.
Polite, sometimes long-winded or hesitant: questions that are not disputes, a doubt withdrawn in
the same e-mail, a board that must approve first, an internal forward with a note, a treasurer
on holiday, a payment to the old account, a partial payment with the rest dated, a suspected
duplicate, a wrong VAT rate, a service not yet delivered, an apology with a date, a bilingual
out-of-office, a thank-you.

Uses the invoicing companies of ``make_dispute_replies.py`` (bq, tv, lx, mr, fs, wl, lo); same
entry format as the other writers' modules (the ``R`` helper of ``dispute_replies_more.py``,
entries kept in this file's own ``REPLIES``); labels as defined in
/work/shared/samples/disputes/README.md.
Build with ``.venv/bin/python scripts/bench/make_dispute_replies.py --source blind12``.
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
    "wl",
    "WL-2025-318",
    2270.10,
    "reminder_1",
    "de",
    "de",
    "2025-11-18T08:47:00+01:00",
    "Regula Brunner",
    "r.brunner@hartmann-zollinger-arch.ch",
    "contestation",
    True,
    3,
    "Guten Tag Herr Frei\n\nBesten Dank für Ihre Erinnerung. Die Rechnung lag tatsächlich noch "
    "bei mir, weil ich sie zuerst mit Herrn Hartmann besprechen wollte, und das hat wegen der "
    "Wettbewerbsabgabe etwas gedauert – entschuldigen Sie.\n\nEs geht um Folgendes: In Ihrer "
    "Offerte vom 2. September (Überarbeitung der Projektseiten und neue Referenzgalerie) war ein "
    "Pauschalpreis von CHF 1'800.– exkl. MWST vorgesehen, und so haben wir den Auftrag auch "
    "erteilt. Auf der Rechnung sind nun 14 Stunden à CHF 150.– aufgeführt, also CHF 2'100.– exkl. "
    "MWST. Herr Hartmann kann sich nicht erinnern, dass je über Mehraufwand gesprochen wurde.\n\n"
    "Könnten Sie die Rechnung bitte auf den Offertbetrag anpassen? Die CHF 1'800.– zzgl. MWST "
    "überweisen wir gerne, sobald die korrigierte Rechnung da ist. Falls es doch zusätzliche "
    "Arbeiten gab, von denen ich nichts weiss, bin ich natürlich froh um einen kurzen Hinweis.\n\n"
    "Freundliche Grüsse\n\nRegula Brunner\nBüroleitung\nHartmann Zollinger Architekten AG\n"
    "Zeughausstrasse 41, 8004 Zürich\nT 044 555 18 20",
    amount=300,
    notes="Apology first, then a price other than agreed (flat CHF 1'800 quoted vs 14 h x 150 "
    "billed): the difference excl. VAT as the customer writes it; 'bitte anpassen' reads like an "
    "invoice error but the amount itself is refused; paying the agreed part has no date.",
    salutation="Frau Brunner",
    quote="outlook",
    format="alt",
    mailer=OUTLOOK,
    re="AW:",
    headers={"Content-Language": "de-CH"},
)

R(
    "bq",
    "BQ-2025-0763",
    1164.20,
    "invoice",
    "en",
    "en",
    "2025-11-12T03:12:00+01:00",
    "Daniel Okafor",
    "night.audit@hotel-schwanen-weggis.ch",
    "contestation",
    True,
    3,
    "Good evening (or rather good morning),\n\nI am the night auditor at Hotel Schwanen, and "
    "during the night shift I also go through the supplier invoices before they go to our "
    "accountant in the morning.\n\nYour invoice for the boiler repair in the laundry room "
    'includes a line "Nacht-/Notfallzuschlag" of CHF 180.00. According to our logbook your '
    "technician, Mr Baumann, arrived on Tuesday 4 November at 10:20 and left shortly after 1 pm, "
    "so as far as I can see this was a normal daytime visit. The call to your hotline was also "
    "made in the morning, by our housekeeping manager.\n\nCould you please check this and take "
    "the surcharge off? The rest of the invoice looks fine to me and I will pass it on together "
    "with the corrected version.\n\nI'm at the front desk every night from 11 pm to 7 am if you "
    "need to reach me (ext. 9), otherwise please write to this address.\n\nBest regards,\n"
    "Daniel Okafor\nNight Auditor\nHotel Schwanen Weggis\nSeestrasse 5, 6353 Weggis",
    amount=180,
    notes="Sent at 3 am by a night auditor, courteous and factual; only the night surcharge is "
    "refused (a specific line), the rest is accepted; 'pass it on' is no promise.",
    salutation="Mr Okafor",
    mailer=OUTLOOK,
    re="RE:",
)

R(
    "lx",
    "LX-25-0644",
    540.50,
    "reminder_2",
    "fr",
    "fr",
    "2025-12-02T19:40:00+01:00",
    "Bernadette Jaquier",
    "caisse.paroisse.stmartin@gmail.com",
    "contestation",
    True,
    3,
    "Bonsoir Monsieur Chappuis,\n\nJe me permets de revenir vers vous au sujet de votre deuxième "
    "rappel, que j'ai trouvé ce week-end dans la boîte de la paroisse (je ne suis caissière du "
    "conseil que bénévolement et je ne relève le courrier qu'une fois par semaine, veuillez m'en "
    "excuser).\n\nJe n'ai pas réglé cette facture car, à ma connaissance, nous n'avons pas encore "
    "reçu la traduction en allemand de notre bulletin de l'Avent. Le pasteur Rochat vous avait "
    "envoyé le texte fin septembre et elle devait être prête pour le 15 novembre, pour "
    "l'impression. J'ai encore demandé aujourd'hui à notre secrétaire : elle n'a rien reçu, ni "
    "par courriel ni par la poste. Le bulletin est donc parti chez l'imprimeur en français "
    "seulement.\n\nPeut-être y a-t-il eu une erreur d'adresse ? Si la traduction existe, je vous "
    "serais reconnaissante de nous l'envoyer, et nous verrons alors avec le conseil ce qu'il "
    "convient de faire. En attendant, je préfère ne pas payer quelque chose que nous n'avons pas "
    "reçu, j'espère que vous le comprendrez.\n\nAvec mes meilleures salutations,\n\n"
    "Bernadette Jaquier\nCaissière – Conseil de paroisse de Saint-Martin\n"
    "Ch. du Temple 3, 1072 Forel (Lavaux)",
    amount=540.5,
    notes="Volunteer treasurer, apologetic and hesitant: the service (a translation) was never "
    "delivered, so the whole invoice is withheld; no 'contest' word, only 'je préfère ne pas "
    "payer'; the 15 November date is a delivery deadline, not a payment date.",
    salutation="Madame Jaquier",
    quote="gmail",
    format="alt",
    re="Re:",
    days_after=3,
)

R(
    "bq",
    "BQ-2025-0811",
    1273.40,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-09T10:05:00+01:00",
    "Sophie Mettraux",
    "s.mettraux@regie-du-lac.ch",
    "contestation",
    True,
    3,
    "Bonjour Madame Imhof,\n\nSuite à votre rappel, je reviens vers vous concernant "
    "l'intervention du 21 octobre à l'immeuble Av. de Morges 48 (PPE Les Cèdres).\n\nLe "
    "remplacement de la pompe de circulation ne pose pas de question pour nos propriétaires et "
    "nous réglerons le matériel ainsi que le déplacement. En revanche, la main-d'œuvre facturée "
    "(3 h 30 à CHF 128.–) est comprise dans le contrat d'entretien annuel que nous avons conclu "
    "avec vous pour cette chaudière (contrat n° 2219, art. 4 : « main-d'œuvre des dépannages "
    "incluse »). Je vous remets l'article en question en pièce jointe.\n\nJe vous saurais gré de "
    "nous faire parvenir une facture corrigée sans cette position ; nous la passerons au "
    "paiement dès réception.\n\nAvec nos meilleures salutations\n\nSophie Mettraux\n"
    "Gérance technique\nRégie du Lac SA\nAv. de Rumine 12 – 1005 Lausanne\nTél. 021 555 40 12",
    amount=448,
    notes="Régie: labour billed although covered by the maintenance contract; the amount is "
    "hours x rate given by the customer (3.5 x 128, excl. VAT); 'facture corrigée' looks like an "
    "invoice error but the work billed is refused; paying 'dès réception' is not a date.",
    salutation="Madame Mettraux",
    quote="outlook",
    outlook_line=False,
    mailer=OUTLOOK,
    re="RE :",
    attachments=[("pdf", "Contrat_entretien_2219_art4.pdf")],
)

R(
    "lo",
    "LO-25-0412",
    4212.00,
    "reminder_3",
    "fr",
    "fr",
    "2026-01-14T17:55:00+01:00",
    "Marc Hurstel",
    "marc.hurstel@hurstel-agencement.fr",
    "contestation",
    True,
    4,
    "Madame Berthier,\n\nJe reçois aujourd'hui votre « dernier rappel » avec menace de mise en "
    "demeure, et franchement je tombe des nues.\n\nJe vous rappelle les faits : sur les huit "
    "suspensions livrées le 18 novembre pour le showroom de notre client à Colmar, deux sont "
    "arrivées avec le verre fendu (photos envoyées à votre commercial M. Dury le jour même, puis "
    "relancé le 2 et le 16 décembre). Réponse à chaque fois : « on regarde avec le fournisseur ». "
    "Depuis, plus rien. Notre client attend toujours, et c'est nous qui passons pour des "
    "guignols.\n\nDonc c'est simple : nous ne payerons pas ces deux suspensions (2 x 285 € HT, "
    "soit 684 € TTC) tant qu'elles ne sont pas remplacées. Le reste de la facture LO-25-0412, "
    "soit 3 528 € TTC, part par virement vendredi, comme ça personne ne pourra dire que nous ne "
    "payons pas nos fournisseurs.\n\nMerci de faire le nécessaire rapidement.\n\nMarc Hurstel\n"
    "Hurstel Agencement SARL\nMenuiserie – Ébénisterie – Agencement\n"
    "12 rue du Général Gouraud – 67210 Obernai\n03 88 55 41 07",
    amount=684,
    pdate="2026-01-16",
    mentions=["LO-25-0412"],
    notes="Alsatian craftsman answering the last reminder: explicit refusal to pay two broken "
    "pendants (684 TTC as stated) while the undisputed balance is promised for 'vendredi' "
    "(Wednesday 14 Jan -> 16 Jan); the November/December dates are past events.",
    salutation="Monsieur Hurstel",
    quote="thunderbird",
    mailer=TB,
    re="Re:",
    attachments=[("jpg", "suspension_verre_fendu.jpg")],
)

# ----------------------------------------------------------------------------------------------
# invoice_error
# ----------------------------------------------------------------------------------------------

R(
    "tv",
    "TV25-0488",
    3459.20,
    "invoice",
    "it",
    "it",
    "2025-11-24T11:20:00+01:00",
    "Nadia Pedrazzini",
    "n.pedrazzini@valcastagna.ch",
    "invoice_error",
    True,
    3,
    "Buongiorno signora Bernasconi,\n\nabbiamo ricevuto la vostra fattura per la fornitura e "
    "posa delle tende nella sala del Consiglio comunale, grazie.\n\nPurtroppo non possiamo "
    "registrarla così com'è: secondo il regolamento sulla gestione finanziaria del Comune ogni "
    "fattura deve riportare il numero della nostra ordinazione (in questo caso BO 2025/187) e "
    "deve essere intestata a Comune di Valcastagna, Ufficio finanze, Casella postale 23, 6599 "
    "Valcastagna, e non all'Ufficio tecnico come indicato.\n\nVi chiediamo pertanto gentilmente "
    "di annullare la fattura e di inviarcene una nuova con i dati corretti. Sul contenuto e "
    "sull'importo non abbiamo osservazioni, il Municipio l'ha già vistata.\n\nRingraziando per "
    "la collaborazione, porgo cordiali saluti.\n\nNadia Pedrazzini\nContabile\nUfficio finanze\n"
    "Comune di Valcastagna\nTel. 091 555 72 14",
    notes="Commune's financial office: order number missing and wrong addressee, invoice to be "
    "cancelled and reissued; content and amount explicitly accepted; the order reference is not "
    "an invoice number.",
    salutation="signora Pedrazzini",
    format="alt",
    mailer=OUTLOOK,
    re="R:",
)

R(
    "mr",
    "FA-2025-0936",
    3744.00,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-05T09:30:00+01:00",
    "Valérie Dunand",
    "secretariat@etude-perrier-notaire.fr",
    "invoice_error",
    True,
    3,
    "Madame,\n\nJe fais suite à votre courrier de relance concernant la facture FA-2025-0936 "
    "(remplacement des fenêtres de l'appartement de Maître Perrier, au 2e étage).\n\nMaître "
    "Perrier m'a demandé de vous signaler que la TVA a été appliquée à 20 %, alors que les "
    "travaux concernent son logement personnel (immeuble de plus de deux ans) et relèvent donc "
    "du taux de 10 %. L'attestation simplifiée vous avait été remise signée lors de "
    "l'établissement du devis ; je vous en joins une copie.\n\nAvec le bon taux, la TVA "
    "s'élève à 312 € et non à 624 €, soit 312 € de trop. Pourriez-vous nous adresser une "
    "facture rectificative ? Le règlement sera effectué dès réception.\n\nJe vous prie d'agréer, "
    "Madame, l'expression de mes salutations distinguées.\n\nValérie Dunand\nSecrétaire\n"
    "Étude de Maître Jean-Luc Perrier, notaire\n4 rue Royale – 74000 Annecy",
    amount=312,
    mentions=["FA-2025-0936"],
    notes="Notary's secretary, very formal: wrong VAT rate (20 % instead of 10 %), the excess "
    "VAT the customer states is the amount; claim accepted, corrected invoice asked; 'dès "
    "réception' is not a date; windows-1252.",
    salutation="Madame Dunand",
    charset="windows-1252",
    mailer=OUTLOOK,
    re="RE :",
    attachments=[("pdf", "Attestation_TVA_taux_reduit.pdf")],
)

R(
    "fs",
    "FS-2025-0437",
    1405.30,
    "reminder_1",
    "de",
    "de",
    "2025-11-27T14:02:00+01:00",
    "Monika Zbinden",
    "buchhaltung@praxis-lindenhof.ch",
    "invoice_error",
    True,
    3,
    "Grüezi Frau Progin\n\nIch bin mir nicht ganz sicher, ob ich etwas übersehe, darum frage ich "
    "lieber nach, bevor ich zahle.\n\nDie Erinnerung betrifft die Rechnung FS-2025-0437 über "
    "CHF 1'405.30 für die Lohnbuchhaltung 3. Quartal. Genau diese Leistung mit genau diesem "
    "Betrag haben Sie uns aber schon mit der Rechnung FS-2025-0412 vom 30. September verrechnet, "
    "und die haben wir am 14. Oktober bezahlt. Für mich sieht das nach einer doppelt "
    "ausgestellten Rechnung aus. Oder ist die 0437 für etwas anderes (Jahresabschluss?) und nur "
    "der Text ist gleich geblieben?\n\nWenn es ein Doppel ist, bitte ich Sie, die 0437 zu "
    "stornieren. Sonst bin ich froh um eine kurze Erklärung.\n\nFreundliche Grüsse\n"
    "Monika Zbinden\nBuchhaltung / Administration\nGemeinschaftspraxis Lindenhof\n"
    "Dres. med. A. Vonlanthen & S. Haas\nHauptgasse 14, 3280 Murten",
    amount=1405.3,
    mentions=["FS-2025-0437", "FS-2025-0412"],
    notes="Medical practice's bookkeeper, hesitant: suspected duplicate of an invoice already "
    "paid, so the thread's invoice is a duplicate (its full amount), not 'already paid'; the "
    "14 October payment concerns the other invoice.",
    salutation="Frau Zbinden",
    quote="apple",
    mailer=APPLE,
    re="AW:",
)

R(
    "lx",
    "LX-25-0702",
    2918.70,
    "invoice",
    "de",
    "de",
    "2025-12-11T21:15:00+01:00",
    "Thomas Gerber",
    "t.gerber.stiftung@bluewin.ch",
    "invoice_error",
    True,
    3,
    "Guten Abend Herr Chappuis\n\nVielen Dank für die Übersetzung unseres Jahresberichts, der "
    "Stiftungsrat war sehr zufrieden.\n\nLeider ist die Rechnung an unseren Präsidenten, Herrn "
    "Dr. Hans-Peter Lüthi, an seine Privatadresse adressiert. Auftraggeberin ist aber die "
    "Stiftung, und unsere Revisionsstelle akzeptiert nur Belege, die auf die Stiftung lauten. "
    "Könnten Sie die Rechnung bitte neu ausstellen auf:\n\nStiftung Sonnmatt für Jugendmusik\n"
    "z. Hd. Thomas Gerber, Kassier\nPostfach 118\n3600 Thun\n\nIch mache das Kassieramt "
    "ehrenamtlich neben meinem Beruf und komme meist nur abends dazu, entschuldigen Sie die "
    "späte Stunde. Sobald die neue Rechnung da ist, zahle ich sie.\n\nMit freundlichen Grüssen\n"
    "Thomas Gerber\nKassier, Stiftung Sonnmatt für Jugendmusik",
    notes="Volunteer treasurer opens with praise; the invoice names the president privately "
    "instead of the foundation (wrong legal entity), to be reissued; no amount, no date; "
    "ISO-8859-1.",
    salutation="Herr Gerber",
    charset="iso-8859-1",
    re="AW:",
)

# ----------------------------------------------------------------------------------------------
# already_paid
# ----------------------------------------------------------------------------------------------

R(
    "wl",
    "WL-2025-296",
    864.80,
    "reminder_1",
    "it",
    "it",
    "2025-11-27T10:40:00+01:00",
    "Paola Cattaneo",
    "economato@istituto-sangottardo.ch",
    "already_paid",
    True,
    3,
    "Gentile signor Frei,\n\nho ricevuto il vostro promemoria e sono rimasta sorpresa, perché la "
    "fattura per il rinnovo del sito e dell'hosting l'abbiamo pagata il 6 novembre, importo "
    "CHF 864.80.\n\nControllando adesso mi accorgo però che il pagamento è partito sul conto che "
    "avevamo registrato l'anno scorso, presso la Banca Raiffeisen, mentre sulla fattura di "
    "quest'anno c'è un IBAN diverso, della PostFinance. Evidentemente il nostro programma ha "
    "ripreso il vecchio conto del fornitore. Il conto esiste ancora a vostro nome? In tal caso i "
    "soldi dovrebbero essere arrivati lì.\n\nLe allego la conferma di pagamento. Mi faccia sapere "
    "se il vecchio conto è chiuso e l'importo ci torna indietro, così aggiorno i dati e rifacciamo "
    "il versamento.\n\nCordiali saluti\n\nPaola Cattaneo\nEconoma\nIstituto scolastico San "
    "Gottardo\nVia Lugano 18, 6500 Bellinzona",
    notes="School bursar: paid, but to last year's account of the supplier; the 6 November date "
    "is a past payment; paying again is only conditional, not a promise.",
    salutation="signora Cattaneo",
    quote="gmail",
    format="alt",
    re="R:",
    attachments=[("pdf", "conferma_pagamento_06-11-2025.pdf")],
)

R(
    "bq",
    "BQ-2025-0694",
    2140.40,
    "reminder_3",
    "de",
    "de",
    "2025-12-17T16:30:00+01:00",
    "Elisabeth Wyss",
    "kassier@kg-rothenegg.ch",
    "already_paid",
    True,
    3,
    "Sehr geehrte Frau Imhof\n\nMit Befremden habe ich Ihre letzte Mahnung mit Androhung der "
    "Betreibung erhalten. Die Rechnung für den Service der Heizung im Kirchgemeindehaus haben "
    "wir am 4. Dezember über unser E-Banking bezahlt, CHF 2'140.40, mit der Referenznummer Ihres "
    "QR-Einzahlungsscheins. Die Zahlungsbestätigung der Bank finden Sie in der Beilage.\n\nIch "
    "gebe zu, dass wir spät dran waren: Die Kirchenpflege muss jede Rechnung über CHF 2'000.– "
    "visieren und tagt nur einmal im Monat. Trotzdem bitte ich Sie, den Eingang zu prüfen und "
    "die Sache bei Ihnen abzuschliessen, damit es nicht zu einer Betreibung kommt."
    "\n\nFreundliche Grüsse\n\nElisabeth Wyss\nKassierin\nReformierte "
    "Kirchgemeinde Rothenegg",
    notes="Church treasurer answering the last reminder, a little indignant: paid on 4 December "
    "with proof attached; the board-approval delay is past, not a delay request; the word "
    "Betreibung is the company's, repeated, not a threat.",
    salutation="Frau Wyss",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    cc="Kirchenpflege Rothenegg <praesidium@kg-rothenegg.ch>",
    attachments=[("pdf", "Zahlungsbestaetigung_04.12.2025.pdf")],
)

R(
    "tv",
    "TV25-0329",
    486.50,
    "reminder_1",
    "it",
    "it",
    "2025-12-02T09:15:00+01:00",
    "Simona Lepori",
    "segreteria@studio-rezzonico.ch",
    "already_paid",
    True,
    3,
    "Buongiorno,\n\nsu incarico dell'avv. Rezzonico Le comunico che la fattura in oggetto è stata "
    "saldata il 21 novembre insieme alle fatture TV25-0311 e TV25-0344, con un unico bonifico "
    "di CHF 1'522.10. Nella causale abbiamo indicato tutti e tre i numeri, ma forse il vostro "
    "sistema ha registrato solo il primo.\n\nRimango a disposizione per eventuali verifiche.\n\n"
    "Distinti saluti\n\nSimona Lepori\nSegretaria\nStudio legale e notarile Rezzonico\n"
    "Via Nassa 9, 6900 Lugano",
    mentions=["TV25-0311", "TV25-0344"],
    notes="Notary's secretary, short: one grouped payment of three invoices; the thread's own "
    "number appears only as 'in oggetto' (subject), so mentions are the two others.",
    salutation="signora Lepori",
    mailer=OUTLOOK,
    re="R:",
)

R(
    "mr",
    "FA-2025-0871",
    1956.00,
    "reminder_2",
    "fr",
    "fr",
    "2025-12-11T12:45:00+01:00",
    "Sylvie Morand",
    "compta@cabinet-medical-aravis.fr",
    "already_paid",
    True,
    3,
    "Bonjour,\n\nJe m'occupe de la comptabilité du cabinet médical des Aravis (Dr Favre et "
    "Dr Mouthon).\n\nNous avons bien reçu votre deuxième relance, mais cette facture a été "
    "réglée : le Dr Favre a remis un chèque de 1 956 € à votre poseur, M. Bastien, le jour de "
    "la fin des travaux, le 14 octobre, comme cela avait été convenu avec Mme Roche au moment du "
    "devis. Le chèque n° 4410287 n'a d'ailleurs toujours pas été débité, ce qui m'étonne un "
    "peu.\n\nPourriez-vous vérifier s'il n'est pas resté dans la camionnette ? Si le chèque est "
    "perdu, merci de me le dire, je ferai opposition et nous trouverons une solution.\n\n"
    "Bien cordialement,\n\nSylvie Morand\nSecrétaire-comptable\nCabinet médical des Aravis\n"
    "12 place de l'Église – 74220 La Clusaz",
    notes="Medical practice: paid by cheque handed to the fitter, never cashed; the cheque "
    "number is not an invoice number; 'nous trouverons une solution' is not a promise.",
    salutation="Madame Morand",
    mailer=ORANGE,
    quote="gmail",
    re="RE :",
    days_after=4,
)

# ----------------------------------------------------------------------------------------------
# delay_request
# ----------------------------------------------------------------------------------------------

R(
    "wl",
    "WL-2025-341",
    1621.50,
    "reminder_1",
    "de",
    "de",
    "2025-12-09T18:20:00+01:00",
    "Ursula Kälin",
    "ursula.kaelin@stiftung-alpgarten.ch",
    "delay_request",
    True,
    2,
    "Guten Abend Herr Frei\n\nDanke für die Erinnerung – die Rechnung ist nicht vergessen "
    "gegangen. Bei uns gilt aber die Regel, dass Ausgaben über CHF 1'500.– vom Stiftungsrat "
    "genehmigt werden müssen, und die neue Website war im Budget 2025 nicht vorgesehen (der "
    "Auftrag kam ja kurzfristig über unseren Präsidenten). Die nächste Sitzung ist am "
    "15. Januar.\n\nIch würde die Rechnung dort traktandieren und könnte die Zahlung "
    "anschliessend bis am 23. Januar auslösen. Wäre das für Sie in Ordnung? Wir sind eine kleine "
    "Stiftung mit ehrenamtlichem Stiftungsrat, und ich möchte mich an unser Reglement "
    "halten.\n\nBesten Dank für Ihr Verständnis und freundliche Grüsse\n\nUrsula Kälin\n"
    "Quästorin (ehrenamtlich)\nStiftung Alpgarten, Einsiedeln",
    pdate="2026-01-23",
    notes="Foundation board must approve first; a concrete new date is proposed (23 Jan), so "
    "it pauses; the 15 January board meeting is not the payment date; no dispute.",
    salutation="Frau Kälin",
    quote="thunderbird",
    format="alt",
    mailer=TB,
    re="AW:",
    cc="Präsident Stiftung Alpgarten <praesident@stiftung-alpgarten.ch>",
)

R(
    "tv",
    "TV25-0402",
    720.00,
    "reminder_1",
    "it",
    "it",
    "2025-12-19T11:05:00+01:00",
    "Giovanna Rusconi",
    "segreteria@parrocchia-sanrocco.ch",
    "delay_request",
    False,
    2,
    "Buongiorno,\n\nrispondo io al posto del nostro cassiere, il signor Martinoli, che è in "
    "vacanza all'estero fino a metà gennaio ed è l'unico che può firmare i pagamenti della "
    "parrocchia.\n\nLa fattura per le tovaglie d'altare è arrivata e la merce è molto bella, non "
    "c'è nessun problema. Vi chiediamo solo un po' di pazienza: appena il signor Martinoli sarà "
    "rientrato provvederà al pagamento.\n\nCi scusiamo per il ritardo e auguriamo a tutti voi un "
    "sereno Natale.\n\nGiovanna Rusconi\nSegreteria parrocchiale\nParrocchia di San Rocco, "
    "Minusio",
    notes="Parish secretary writes for the treasurer on holiday: patience asked, payment 'when "
    "he is back'; 'metà gennaio' is his absence, not a payment date, so vague -> no pause.",
    salutation="signora Rusconi",
    quote="apple",
    mailer=APPLE,
    re="R:",
)

R(
    "lx",
    "LX-25-0589",
    2480.00,
    "reminder_2",
    "fr",
    "fr",
    "2025-12-11T15:10:00+01:00",
    "Jean-Marc Rossier",
    "economat@college-alpettes.ch",
    "delay_request",
    True,
    2,
    "Monsieur,\n\nJe vous remercie de votre rappel et vous prie d'excuser notre retard.\n\nComme "
    "vous l'aurez peut-être constaté, nous avons versé un premier montant de CHF 1'000.– le "
    "5 décembre. Le solde de CHF 1'480.– ne pourra malheureusement être réglé qu'à la fin "
    "janvier : les traductions de nos brochures d'admission sont financées en partie par la "
    "fondation de l'école, qui ne nous versera sa contribution qu'après sa séance de janvier. Je "
    "vous propose donc de vous virer le solde le 30 janvier au plus tard.\n\nJe vous serais "
    "reconnaissant de bien vouloir patienter jusque-là.\n\nAvec mes salutations les meilleures,"
    "\n\nJean-Marc Rossier\nÉconome\nCollège des Alpettes\nRoute de Brent 7 – 1817 Brent",
    pdate="2026-01-30",
    notes="School bursar: part already paid on 5 December (past), the rest proposed for a "
    "concrete date (30 January) and patience asked -> dated delay, pauses; 'fin janvier' and "
    "'30 janvier' agree.",
    salutation="Monsieur Rossier",
    quote="outlook",
    format="alt",
    mailer=OUTLOOK,
    re="RE :",
)

R(
    "wl",
    "WL-2025-305",
    1030.20,
    "reminder_1",
    "en",
    "en",
    "2025-11-24T13:25:00+01:00",
    "Claire Whitfield",
    "admin@seefeld-physio.ch",
    "delay_request",
    False,
    2,
    "Hi Lukas,\n\nThanks for the reminder, and sorry, I know this one is overdue.\n\nTo be honest "
    "our cash flow is a bit tight at the moment. The health insurers are very slow paying our "
    "treatment invoices this autumn (one of them owes us more than three months of claims), and "
    "I have to prioritise salaries and rent until that comes in.\n\nWould it be OK if we settle "
    "your invoice in a few weeks instead? I'll pay it as soon as the insurance money arrives, I "
    "just can't give you an exact date right now. If that's a problem please let me know and we "
    "can talk about splitting it.\n\nMany thanks for your patience,\nClaire\n\nClaire Whitfield\n"
    "Practice Manager\nSeefeld Physiotherapy\nDufourstrasse 140, 8008 Zürich",
    notes="Practice manager of a physiotherapy practice asks for 'a few weeks', explicitly "
    "without a date; instalments only offered as an option -> vague, no pause.",
    salutation="Ms Whitfield",
    quote="gmail",
    format="alt",
    re="Re:",
)

# ----------------------------------------------------------------------------------------------
# payment_promise
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BQ-2025-0652",
    395.55,
    "reminder_3",
    "de",
    "de",
    "2026-01-12T08:05:00+01:00",
    "Karin Arnold",
    "sekretariat@notariat-bucher.ch",
    "payment_promise",
    False,
    1,
    "Guten Morgen Frau Imhof\n\nOh je – das ist mir sehr unangenehm. Ihre Rechnung für das "
    "Entkalken des Boilers ist bei uns im Dezember zwischen die Weihnachtspost und den "
    "Jahresabschluss geraten und danach schlicht liegen geblieben. Mein Fehler, nicht der von "
    "Herrn Bucher.\n\nIch habe die Zahlung soeben erfasst, inkl. der Mahngebühren. Sie wird am "
    "Freitag mit unserem wöchentlichen Zahlungslauf ausgeführt.\n\nNochmals Entschuldigung und "
    "freundliche Grüsse\n\nKarin Arnold\nSekretariat\nNotariat Bucher\nCentralstrasse 9, "
    "6210 Sursee",
    pdate="2026-01-16",
    notes="Notary's secretary apologises on the last reminder; 'soeben erfasst' sounds paid but "
    "the payment runs on Friday (Monday 12 Jan -> 16 Jan); the fees are accepted, not contested.",
    salutation="Frau Arnold",
    quote="outlook",
    mailer=OUTLOOK,
    re="AW:",
    days_after=3,
)

R(
    "tv",
    "TV25-0365",
    1870.00,
    "reminder_2",
    "it",
    "it",
    "2025-12-04T14:40:00+01:00",
    "Marco Gianella",
    "finanze@brenzeglio.ch",
    "payment_promise",
    False,
    1,
    "Egregi signori,\n\ncon riferimento al vostro secondo sollecito vi informiamo che la fattura "
    "relativa alle bandiere e agli stendardi per la festa nazionale è stata approvata dal "
    "Municipio nella seduta di ieri sera. Il ritardo è dovuto al fatto che la fattura era giunta "
    "all'Ufficio tecnico anziché al nostro ufficio.\n\nIl pagamento sarà effettuato con il "
    "prossimo ordine di pagamento del 15 dicembre 2025.\n\nDistinti saluti\n\np. l'Ufficio "
    "finanze\nMarco Gianella, segretario contabile\nComune di Brenzeglio",
    pdate="2025-12-15",
    notes="Ticino commune: the executive approved it, payment with the run of 15 December; the "
    "misrouted invoice is an explanation of the past delay, not a request to reissue.",
    salutation="signor Gianella",
    re="R:",
)

R(
    "mr",
    "FA-2025-0958",
    2568.00,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-22T16:50:00+01:00",
    "Aurélie Ganivet",
    "agence@ganivet-chapuis-architectes.fr",
    "payment_promise",
    False,
    1,
    "Bonjour Madame Roche,\n\nMerci pour votre relance, et désolée pour ce retard : la facture a "
    "attendu la validation de M. Chapuis, qui était sur un chantier à Lyon toute la semaine "
    "dernière. C'est fait depuis ce matin.\n\nLe règlement partira avec nos virements "
    "fournisseurs du 10 janvier (nous faisons deux campagnes de virements par mois, le 10 et le "
    "25, et celle du 25 décembre tombe cette année pendant la fermeture de l'agence).\n\nTrès "
    "bonnes fêtes à toute l'équipe,\n\nAurélie Ganivet\nAssistante de direction\n"
    "Atelier Ganivet & Chapuis – Architectes\n3 avenue de Chevênes – 74000 Annecy",
    pdate="2026-01-10",
    notes="Architects' office: internal approval done, payment in the supplier run of 10 January "
    "(next year); the 25 December run and the 10/25 schedule are other dates; HTML only.",
    salutation="Madame Ganivet",
    format="html",
    mailer=OUTLOOK,
    re="RE :",
)

R(
    "fs",
    "FS-2025-0455",
    1297.20,
    "reminder_2",
    "en",
    "en",
    "2025-12-05T12:10:00+01:00",
    "Mark Henderson",
    "bursar@alpine-intl-school.ch",
    "payment_promise",
    False,
    1,
    "Dear Ms Progin,\n\nApologies for the delay on this one. I've just entered the payment in our "
    "e-banking; it is set to go out on 12 December with our next payment run (we only release "
    "supplier payments twice a month, on the 12th and the 27th).\n\nThanks for your patience.\n\n"
    "Regards,\nMark Henderson\nBursar\nAlpine International School, Fribourg",
    pdate="2025-12-12",
    notes="School bursar: 'I've just entered the payment' sounds paid but it is scheduled for "
    "12 December; the 27th is the other run date; asks for nothing.",
    salutation="Mr Henderson",
    quote="outlook",
    outlook_line=False,
    mailer=OUTLOOK,
    re="RE:",
)

# ----------------------------------------------------------------------------------------------
# copy_request
# ----------------------------------------------------------------------------------------------

R(
    "lx",
    "LX-25-0677",
    1135.05,
    "invoice",
    "fr",
    "fr",
    "2025-11-18T10:30:00+01:00",
    "Nathalie Baud",
    "n.baud@dorsaz-architectes.ch",
    "copy_request",
    False,
    2,
    "Bonjour Monsieur Chappuis,\n\nJe vous fais suivre ci-dessous votre facture avec la remarque "
    "de notre associé. Pourriez-vous nous envoyer la facture avec le bulletin de versement QR ? "
    "Le PDF que nous avons reçu ne contient qu'une page, sans la partie paiement, et notre "
    "logiciel ne lit que les QR-factures.\n\nMerci d'avance et bonne journée,\n\nNathalie Baud\n"
    "Secrétariat / administration\nDorsaz Architectes SA\nRue de Genève 77 – 1004 Lausanne\n\n"
    "-----Message d'origine-----\nDe : Pierre Dorsaz <p.dorsaz@dorsaz-architectes.ch>\n"
    "Envoyé : lundi, 17 novembre 2025 17:48\nÀ : Nathalie Baud <n.baud@dorsaz-architectes.ch>\n"
    "Objet : TR: Facture LX-25-0677 – Lemanix\n\nNathalie, c'est la traduction du dossier de "
    "concours (allemand), c'est en ordre, tu peux payer. Par contre il n'y a pas de QR dessus, "
    "tu peux leur demander ?\nP.",
    notes="Architects' office manager forwards the invoice with the partner's internal note "
    "('en ordre, tu peux payer' is internal approval, not a promise); asks for the QR-bill; the "
    "number appears only in the internal subject line, so no mentions.",
    salutation="Monsieur Dorsaz",
    quote="forward",
    internal=True,
    fwd_to="p.dorsaz@dorsaz-architectes.ch",
    format="alt",
    mailer=OUTLOOK,
    re="TR:",
)

R(
    "wl",
    "WL-2025-352",
    248.70,
    "invoice",
    "de",
    "de",
    "2025-12-17T09:50:00+01:00",
    "Sandra Rüegg",
    "s.rueegg@hausarztpraxis-wangen.ch",
    "copy_request",
    False,
    2,
    "Grüezi Herr Frei\n\nDiese Rechnung (Hosting und Wartung Praxis-Website 2026) hat Frau "
    "Dr. Stucki an mich weitergeleitet, ich erledige die Buchhaltung der Praxis.\n\nDürfte ich "
    "Sie bitten, Rechnungen künftig nicht mehr an Frau Dr. Stucki persönlich, sondern direkt an "
    "kreditoren@hausarztpraxis-wangen.ch zu schicken? In der Sprechstunde gehen solche Mails "
    "leider gerne unter.\n\nDie vorliegende Rechnung ist in Ordnung und geht in den nächsten "
    "Zahlungslauf.\n\nFreundliche Grüsse\nSandra Rüegg\nAdministration & Buchhaltung\n"
    "Hausarztpraxis Wangen\nDorfstrasse 3, 8602 Wangen",
    notes="Practice bookkeeper: future invoices to another address; this invoice accepted and "
    "'next payment run' has no date, so not a promise with a date, not an invoice error.",
    salutation="Frau Dr. Stucki",
    quote="thunderbird",
    mailer=TB,
    re="AW:",
)

R(
    "tv",
    "TV25-0517",
    1260.00,
    "invoice",
    "it",
    "it",
    "2025-12-29T10:15:00+01:00",
    "Renato Pellandini",
    "renato.pellandini@bluewin.ch",
    "copy_request",
    False,
    2,
    "Gentile signora Bernasconi,\n\nbuone feste e grazie della fattura per le nuove tende della "
    "casa parrocchiale.\n\nSono il cassiere del Consiglio parrocchiale. Le chiederei la cortesia "
    "di spedirci anche l'originale cartaceo della fattura per posta, all'indirizzo: Consiglio "
    "parrocchiale di Sant'Anna, c/o Renato Pellandini, Strada Cantonale 41, 6677 Sant'Anna. Il "
    "revisore dei conti vuole gli originali per la chiusura dei conti 2025 e non accetta le "
    "stampe delle e-mail.\n\nIl pagamento lo faccio appena arriva la fattura, con la polizza.\n\n"
    "La ringrazio e la saluto cordialmente.\n\nRenato Pellandini\n\nInviato da iPhone",
    notes="Parish council treasurer asks for a paper original for the auditor; 'pagamento appena "
    "arriva' is conditional and undated; base64 body from a phone.",
    salutation="signor Pellandini",
    mailer=IPHONE,
    cte="base64",
    re="R:",
)

# ----------------------------------------------------------------------------------------------
# acknowledgement
# ----------------------------------------------------------------------------------------------

R(
    "mr",
    "FA-2025-0912",
    1248.00,
    "invoice",
    "fr",
    "fr",
    "2025-11-12T11:35:00+01:00",
    "Hélène Vuillermoz",
    "secretariat@kine-du-fier.fr",
    "acknowledgement",
    False,
    1,
    "Bonjour,\n\nJe ne retrouvais pas de bon de commande pour cette facture (les rayonnages de la "
    "salle d'attente) et j'allais vous demander de quoi il s'agissait… mais c'est bon, je viens "
    "de retrouver le devis signé par M. Grosset en septembre, il était classé dans le dossier "
    "des travaux. Désolée pour ce message inutile.\n\nJe transmets la facture pour paiement.\n\n"
    "Cordialement,\nHélène Vuillermoz\nSecrétariat\nCabinet de kinésithérapie du Fier – Thônes",
    notes="Secretary of a physiotherapy practice raises a doubt (no order found) and withdraws it "
    "in the same message; only passes the invoice on for payment.",
    salutation="Madame Vuillermoz",
    quote="gmail",
    format="alt",
    re="Re:",
)

R(
    "lx",
    "LX-25-0731",
    612.50,
    "invoice",
    "de",
    "de",
    "2025-12-19T08:10:00+01:00",
    "Andrea Zimmermann",
    "sekretariat@schule-lindenbuehl.ch",
    "acknowledgement",
    False,
    1,
    "Guten Tag Herr Chappuis\n\nHerzlichen Dank, die Rechnung ist angekommen und an unsere "
    "Buchhaltung bei der Gemeindeverwaltung weitergeleitet.\n\nSchöne Festtage!\n"
    "Andrea Zimmermann\nSchulsekretariat Lindenbühl, Rüti",
    notes="School secretary: thanks and passed on to the commune's accounts; HTML only.",
    salutation="Frau Zimmermann",
    format="html",
    mailer=OUTLOOK,
    re="AW:",
)

# ----------------------------------------------------------------------------------------------
# auto_reply
# ----------------------------------------------------------------------------------------------

R(
    "lo",
    "LO-25-0457",
    1890.00,
    "reminder_1",
    "fr",
    "mixed",
    "2025-12-29T07:00:00+01:00",
    "Ferronnerie Koehler",
    "contact@ferronnerie-koehler.fr",
    "auto_reply",
    False,
    1,
    "Bonjour,\n\nNotre atelier est fermé pour les congés de fin d'année du 22 décembre 2025 au "
    "4 janvier 2026 inclus. Votre message sera traité dès notre retour.\nPour les urgences de "
    "chantier uniquement : 06 55 12 34 87.\n\nGuten Tag,\n\nunsere Werkstatt ist vom "
    "22. Dezember 2025 bis einschließlich 4. Januar 2026 wegen Betriebsferien geschlossen. Ihre "
    "Nachricht wird nach unserer Rückkehr bearbeitet.\nNur für dringende Baustellenfragen: "
    "06 55 12 34 87.\n\nFerronnerie d'art Koehler – Kunstschmiede\n8 rue des Forgerons – "
    "67120 Molsheim",
    notes="Alsatian workshop's out-of-office in French and German; the closing dates are not "
    "promised dates.",
    salutation="Monsieur Koehler",
    re="Réponse automatique :",
    headers=AUTO,
)

R(
    "wl",
    "WL-2025-327",
    2540.85,
    "reminder_1",
    "it",
    "it",
    "2025-12-23T10:02:00+01:00",
    "Comune di Valcastagna",
    "finanze@valcastagna.ch",
    "auto_reply",
    False,
    1,
    "Gentili signore e signori,\n\nvi ringraziamo per il vostro messaggio. Gli uffici "
    "dell'Amministrazione comunale di Valcastagna rimangono chiusi dal 24 dicembre 2025 al "
    "6 gennaio 2026. Le e-mail ricevute in questo periodo saranno evase a partire dal "
    "7 gennaio.\n\nVi ricordiamo che per le fatture il termine di pagamento decorre dalla "
    "ricezione della fattura corretta, munita del numero d'ordinazione del Comune.\n\nPer "
    "urgenze riguardanti l'acqua potabile: servizio di picchetto 079 555 31 00.\n\n"
    "Amministrazione comunale di Valcastagna\nUfficio finanze",
    notes="Commune's holiday auto-reply; its standing sentence about order numbers on invoices "
    "is boilerplate, not a claim that this invoice is defective; dates are office closures.",
    salutation="Ufficio finanze",
    re="Risposta automatica:",
    headers=AUTO,
)

# ----------------------------------------------------------------------------------------------
# other
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BQ-2025-0788",
    936.80,
    "invoice",
    "en",
    "en",
    "2025-11-27T14:20:00+01:00",
    "Priya Nair",
    "accounting@hotel-alpina-engelberg.ch",
    "other",
    False,
    2,
    "Hello Ms Imhof,\n\nQuick question about the invoice for the descaling of our hot water "
    'tanks: there is a line "Kleinmaterial-Pauschale 5 %" of CHF 41.30. Could you tell me what '
    "this covers? I'd like to know which account to book it under (consumables or "
    "maintenance).\n\nThis is not a complaint, I just need it for our bookings. Thanks in "
    "advance!\n\nKind regards\nPriya Nair\nAccounting\nHotel Alpina Engelberg",
    notes="Hotel accountant asks what a fee line is for, explicitly not refusing it: a question "
    "needing an answer, not a contestation and nothing to resend, so 'other' with urgency 2.",
    salutation="Ms Nair",
    format="alt",
    mailer=OUTLOOK,
    re="RE:",
)

R(
    "bq",
    "BQ-2025-0829",
    1045.30,
    "invoice",
    "fr",
    "fr",
    "2025-12-04T15:30:00+01:00",
    "Laurent Bovet",
    "l.bovet@regie-bovet.ch",
    "other",
    False,
    2,
    "Bonjour Madame Imhof,\n\nBien reçu votre facture pour le contrôle de la chaudière de "
    "l'immeuble Rue du Simplon 14, merci.\n\nPar la même occasion : nous reprenons au 1er "
    "janvier la gérance d'un immeuble de 12 logements à Corseaux (chauffage au gaz, installé en "
    "2009) dont le contrat d'entretien actuel arrive à échéance. Seriez-vous intéressés à nous "
    "faire une offre pour l'entretien annuel ? Je peux vous envoyer les données techniques et "
    "organiser une visite avec le concierge.\n\nMeilleures salutations\n\nLaurent Bovet\n"
    "Gérant technique\nRégie Bovet & Fils SA\nAv. Paul-Cérésole 5 – 1800 Vevey",
    notes="Régie acknowledges the invoice in one line and asks for a quote for another building: "
    "an unrelated business question, not an acknowledgement only; the 1 January date is not a "
    "payment date.",
    salutation="Monsieur Bovet",
    quote="apple",
    format="alt",
    mailer=APPLE,
    re="Re:",
)
