# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# ruff: noqa: RUF001  (the customers write en dashes and multiplication signs)
"""Nineteenth blind set of customers' replies (tests/data/disputes_blind19), with their labels (CC0 text).

Written by a twenty-first writer who read only the label definitions and the entry format, not the
other sets' replies, not the reader's rules and not its answers: it measures the reader once.
Everything is synthetic (people, firms, addresses, references). Never tune rules on these replies.

Profile: a representative month of replies received by a small Swiss / French group of three
companies (Webwerk Limmat, IT and services, Zürich; Bergquell Haustechnik, a trade / craft firm,
Luzern; Lumen & Ombre, Lyon, here billing consultancy and training days): about 40 % business
customers writing normally, 25 % formal writers (accounts payable, communes, a university, a
mairie), 25 % private persons, 10 % short phone replies; some refer to the quoted reminder's
content (fees, penalties, "dernier rappel", "letzte Mahnung"), some name other invoices, some
carry a signature with legal boilerplate.

Uses the invoicing companies of ``make_dispute_replies.py`` (wl, bq, lo); same entry format as
``dispute_replies_blind4.py`` (the ``R`` helper of ``dispute_replies_more.py``, entries kept in
this file's own ``REPLIES``); labels as defined in /work/shared/samples/disputes/README.md.
Build with ``.venv/bin/python scripts/bench/make_dispute_replies.py --source blind19``.
"""

import dispute_replies_more as _more
from dispute_replies_more import IPHONE, ORANGE, OUTLOOK, TB

REPLIES = []

R = _more.writer(REPLIES)


AUTO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}

# ----------------------------------------------------------------------------------------------
# contestation
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BQ-25-1187",
    1453.9,
    "reminder_2",
    "de",
    "de",
    "2025-11-18T08:42:00+01:00",
    "Reto Aebischer",
    "r.aebischer@aebischer-immo.ch",
    "contestation",
    True,
    3,
    "Guten Tag Frau Imhof\n\nIch komme erst jetzt dazu, Ihre Mahnung anzuschauen. Die Rechnung "
    "ist nicht so, wie wir das besprochen hatten: Für den Boilerersatz an der Seestrasse 4 sind 6 "
    "Stunden Monteur verrechnet. Ihr Monteur war aber von 8.00 bis 11.30 Uhr vor Ort, das hat "
    "unser Hauswart notiert. Also 2.5 Stunden zu viel à CHF 125.–.\n\nBitte schicken Sie uns eine "
    "korrigierte Rechnung, dann zahlen wir sofort.\n\nFreundliche Grüsse\nReto Aebischer\n"
    "Aebischer Immobilien GmbH\nBewirtschaftung",
    quote="outlook",
    mailer=OUTLOOK,
    days_after=5,
    amount=312.5,
    notes="Hours contested without the customer writing the difference: 2.5 h × CHF 125 = 312.50 "
    "excl. VAT; 'zahlen wir sofort' is conditional on a new invoice, not a promise.",
)

R(
    "lo",
    "LO-2025-0347",
    540.0,
    "reminder_3",
    "fr",
    "fr",
    "2025-12-09T21:37:00+01:00",
    "Sophie Garnier",
    "sophie.garnier72@orange.fr",
    "contestation",
    True,
    4,
    "Madame,\n\nJe reçois aujourd'hui votre « dernier rappel » et je tombe des nues. Je n'ai "
    "jamais suivi la formation du 14 octobre : je l'ai annulée par e-mail le 2 octobre, soit "
    "douze jours avant, comme le prévoient vos propres conditions (annulation gratuite jusqu'à 10 "
    "jours avant). J'ai encore votre réponse automatique.\n\nJe ne paierai donc pas cette facture, "
    "et je vous demande de cesser ces relances.\n\nSophie Garnier",
    quote="gmail",
    mailer=ORANGE,
    days_after=3,
    amount=540.0,
    notes="A private person refuses the whole training invoice (cancelled in time): explicit "
    "refusal → urgency 4; the 'dernier rappel' and its mise en demeure are the company's words.",
)

R(
    "wl",
    "WL-2025-0462",
    2950.0,
    "invoice",
    "it",
    "it",
    "2025-11-06T11:15:00+01:00",
    "Matteo Rusconi",
    "m.rusconi@rusconi-vini.ch",
    "contestation",
    True,
    3,
    "Buongiorno signor Frei,\n\ngrazie per la fattura. Devo però segnalarle che il preventivo "
    "che ci avevate mandato a luglio per il nuovo sito (con lo shop) era di CHF 2'400.– IVA "
    "inclusa, mentre la fattura è di CHF 2'950.–. Non ricordo di aver chiesto lavori in più.\n\n"
    "Potrebbe verificare e mandarmi una fattura conforme al preventivo?\n\nCordiali saluti\n"
    "Matteo Rusconi\nRusconi Vini SA, Mendrisio",
    quote="gmail",
    format="alt",
    cte="base64",
    days_after=1,
    amount=550.0,
    notes="Polite; the contested amount is only implied by quote vs invoice (2'950 − 2'400).",
)

R(
    "wl",
    "WL-2025-0398",
    540.0,
    "reminder_1",
    "en",
    "en",
    "2025-11-12T16:04:00+01:00",
    "Daniel Hartmann",
    "daniel.hartmann@kestrel-analytics.ch",
    "contestation",
    True,
    5,
    "Lukas,\n\nSeriously? Our shop was offline for NINE days in October because of your server "
    "migration, we lost orders, and now you send us a reminder for the hosting.\n\nWe are not "
    "paying the October hosting (CHF 180) and we are terminating the hosting and maintenance "
    "contract as of 31 December. Consider this e-mail our written notice. The November and "
    "December months will be paid once we have the data export.\n\nDaniel Hartmann\nCOO, Kestrel "
    "Analytics AG",
    quote="outlook",
    mailer=OUTLOOK,
    outlook_line=False,
    days_after=1,
    amount=180.0,
    notes="Anger and contract cancelled → urgency 5; only one month of the quarter is contested "
    "(CHF 180), the rest is promised without a date.",
)

R(
    "bq",
    "BQ-25-1243",
    865.4,
    "reminder_3",
    "de",
    "de",
    "2026-01-13T19:20:00+01:00",
    "Margrit Zimmermann",
    "margrit.zimmermann@bluewin.ch",
    "contestation",
    True,
    4,
    "Sehr geehrte Frau Imhof\n\nJetzt bekomme ich also die letzte Mahnung. Drohen Sie mir ruhig "
    "mit der Betreibung. Die neue Mischbatterie in der Küche tropft seit dem zweiten Tag, ich "
    "habe dreimal angerufen und es ist niemand gekommen. Ein Foto lege ich bei.\n\nSolange das "
    "nicht in Ordnung ist, bezahle ich keinen Rappen.\n\nMargrit Zimmermann\nHaldenstrasse 21\n"
    "6006 Luzern",
    quote="apple",
    mailer=IPHONE,
    days_after=4,
    attachments=[("jpg", "IMG_4471.jpg")],
    amount=865.4,
    notes="A retiree withholds the whole invoice until the defect is repaired: the Betreibung "
    "word is quoted back from the reminder, the refusal makes it urgency 4, not a legal threat.",
)

# ----------------------------------------------------------------------------------------------
# invoice_error
# ----------------------------------------------------------------------------------------------

R(
    "wl",
    "WL-2025-0441",
    6480.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-03T10:02:00+01:00",
    "Service des finances – Commune de Villars-sur-Glâne",
    "finances@villars-commune.ch",
    "invoice_error",
    True,
    4,
    "Monsieur,\n\nVotre facture ne comporte pas de numéro de bon de commande. Conformément à notre "
    "règlement des finances, aucune facture ne peut être payée sans le numéro de commande "
    "(ici BC 2025/0873, migration de la messagerie de l'administration).\n\nNotre dernier "
    "paiement de l'année part le 15 décembre ; si nous ne recevons pas une facture corrigée "
    "d'ici au 10 décembre, elle ne pourra être réglée qu'en février, après le bouclement.\n\n"
    "Avec nos salutations distinguées\n\nC. Dafflon, comptable\nService des finances\nCommune "
    "de Villars-sur-Glâne\n\nCe message et ses annexes sont confidentiels et destinés "
    "exclusivement à leur destinataire. Toute utilisation ou diffusion non autorisée est "
    "interdite et peut engager la responsabilité de son auteur.",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    days_after=2,
    notes="A commune's missing PO blocks the year's last payment run with a deadline → urgency 4; "
    "the 15 December / February dates are not promises; 'responsabilité' is disclaimer.",
)

R(
    "wl",
    "WL-2025-0455",
    3218.5,
    "invoice",
    "de",
    "de",
    "2025-11-04T09:31:00+01:00",
    "Andrea Baumgartner",
    "a.baumgartner@baumgartner-treuhand.ch",
    "invoice_error",
    True,
    3,
    "Guten Morgen Herr Frei\n\nBesten Dank für die Rechnung zur neuen Firewall. Inhaltlich alles "
    "gut, aber sie ist noch auf die Baumgartner Treuhand GmbH ausgestellt. Wir sind seit dem 1. "
    "Juli eine AG (Baumgartner Treuhand AG, CHE-391.227.804 MWST), die GmbH gibt es nicht mehr.\n\n"
    "Könnten Sie die Rechnung bitte auf die AG neu ausstellen? Danach geht sie in den "
    "nächsten Zahlungslauf.\n\nFreundliche Grüsse\nAndrea Baumgartner",
    quote="outlook",
    mailer=OUTLOOK,
    charset="iso-8859-1",
    days_after=1,
    notes="'Inhaltlich alles gut' first: the claim is accepted, only the legal entity is wrong.",
)

R(
    "lo",
    "LO-2025-0359",
    2160.0,
    "invoice",
    "fr",
    "fr",
    "2025-11-21T14:48:00+01:00",
    "Agence comptable – Université Lumière Lyon 2",
    "agence.comptable.fournisseurs@univ-lyon2.example.fr",
    "invoice_error",
    True,
    3,
    "Madame,\n\nNous accusons réception de la facture citée en objet (formation « Conduite du "
    "changement », 3 jours). Elle ne peut être mise en paiement en l'état : la TVA à 20 % "
    "(360,00 €) a été appliquée alors que l'action de formation relève de l'exonération de "
    "l'article 261-4-4° du CGI, votre organisme étant déclaré.\n\nNous vous remercions de "
    "bien vouloir émettre un avoir et une nouvelle facture hors TVA, à déposer sur Chorus "
    "Pro (SIRET 196 917 744 00019, code service FORM-RH).\n\nL'agence comptable\nUniversité "
    "Lumière Lyon 2",
    quote="none",
    mailer=OUTLOOK,
    format="alt",
    days_after=9,
    amount=360.0,
    notes="Wrong VAT rate → disputed amount is the VAT; the Chorus Pro deposit is part of the "
    "reissue, not a separate copy request.",
)

R(
    "bq",
    "BQ-25-1302",
    1248.6,
    "reminder_1",
    "en",
    "en",
    "2025-12-16T13:26:00+01:00",
    "Accounts Payable – Novarex Pharma AG",
    "ap.switzerland@novarex-pharma.example.ch",
    "invoice_error",
    True,
    3,
    "Dear Ms Imhof,\n\nThank you for your reminder. This invoice appears to be a duplicate of "
    "BQ-25-1261, which covers the same service call (heating circuit 3, building B, 23 "
    "September) for the same amount and was paid on 11 November.\n\nPlease cancel BQ-25-1302 "
    "and confirm by return.\n\nBest regards\n\nAccounts Payable Switzerland\nNovarex Pharma AG\n\n"
    "This e-mail may contain confidential or legally privileged information. If you are not the "
    "intended recipient, please notify the sender and delete it. Any unauthorised use is "
    "prohibited.",
    quote="outlook",
    mailer=OUTLOOK,
    outlook_line=False,
    days_after=3,
    amount=1248.6,
    mentions=["BQ-25-1261", "BQ-25-1302"],
    notes="Duplicate, not already_paid: the payment was for the other invoice; 'legally "
    "privileged' is the disclaimer.",
)

# ----------------------------------------------------------------------------------------------
# already_paid
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BQ-25-1219",
    398.35,
    "reminder_1",
    "de",
    "de",
    "2025-11-27T18:55:00+01:00",
    "Thomas Wyss",
    "thomas.wyss@gmx.ch",
    "already_paid",
    True,
    3,
    "Grüezi\n\nDie Rechnung BQ-25-1219 (Service Waschmaschine) habe ich am 30. Oktober per "
    "E-Banking bezahlt, die Belastungsanzeige hänge ich an. Vielleicht ist die Zahlung wegen "
    "der Referenznummer nicht richtig zugeordnet worden?\n\nGruss\nThomas Wyss",
    quote="thunderbird",
    mailer=TB,
    days_after=2,
    attachments=[("pdf", "Belastungsanzeige_30102025.pdf")],
    mentions=["BQ-25-1219"],
    notes="Private customer with proof; the 30 October date is a past payment.",
)

R(
    "lo",
    "LO-2025-0312",
    1860.0,
    "reminder_2",
    "fr",
    "fr",
    "2025-12-05T09:12:00+01:00",
    "Karima Benali",
    "k.benali@groupe-valmont.example.fr",
    "already_paid",
    True,
    3,
    "Bonjour,\n\nVotre relance mentionne des pénalités de retard, mais la 0312 a été réglée le "
    "28 novembre par un virement groupé de 3 456,00 € avec la 0330 (libellé « VALMONT FACT "
    "0312 0330 »). L'avis de virement est en pièce jointe.\n\nPouvez-vous vérifier le lettrage "
    "de votre côté ?\n\nCordialement,\n\nKarima Benali\nComptabilité fournisseurs\nGroupe "
    "Valmont",
    quote="outlook",
    mailer=OUTLOOK,
    days_after=2,
    attachments=[("pdf", "avis_virement_VALMONT_20251128.pdf")],
    mentions=["LO-2025-0312", "LO-2025-0330"],
    notes="Grouped transfer for two invoices named by their short numbers; the penalties are "
    "mentioned but not contested.",
)

R(
    "wl",
    "WL-2025-0470",
    129.0,
    "reminder_1",
    "it",
    "it",
    "2025-12-11T17:40:00+01:00",
    "Lucia Pedrazzini",
    "lucia.pedrazzini@ticino.com",
    "already_paid",
    True,
    3,
    "Buonasera,\n\nho ricevuto il vostro promemoria, ma io ho pagato il 21 novembre allo "
    "sportello della posta di Bellinzona con la polizza QR che mi avevate mandato. Ho ancora la "
    "ricevuta, se serve ve la mando fotografata.\n\nSaluti\nLucia Pedrazzini",
    quote="none",
    mailer=IPHONE,
    days_after=2,
    notes="Paid at the post office counter (slow to arrive); offer of proof, no date promised.",
)

R(
    "wl",
    "WL-2025-0479",
    358.0,
    "reminder_2",
    "en",
    "en",
    "2025-12-18T12:05:00+01:00",
    "Priya Raman",
    "priya@raman-design.studio",
    "already_paid",
    True,
    3,
    "Hi Lukas,\n\nI think there's a mix-up: I paid the licence renewal by credit card directly "
    "in your online shop when I ordered it (order 10-4417, see screenshot). So there shouldn't "
    "be anything open, and certainly not a reminder fee.\n\nCheers,\nPriya",
    quote="gmail",
    format="alt",
    days_after=1,
    attachments=[("png", "Screenshot 2025-12-18 at 11.58.png")],
    notes="Paid by card at order; the order number is not an invoice number; the remark on the "
    "fee follows from 'paid', no fee amount is contested.",
)

# ----------------------------------------------------------------------------------------------
# delay_request
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BQ-25-1228",
    912.0,
    "reminder_2",
    "fr",
    "fr",
    "2025-12-02T20:14:00+01:00",
    "Nicolas Rey",
    "nico.rey@hispeed.ch",
    "delay_request",
    True,
    2,
    "Bonsoir Madame Imhof,\n\nJe m'excuse pour le retard. Je suis au chômage depuis septembre et "
    "je n'arrive pas à payer la facture d'un coup. Est-ce que je pourrais la payer en trois "
    "fois : CHF 300.– le 20 décembre, CHF 300.– le 20 janvier et le reste le 20 février ?\n\n"
    "Le travail était très bien fait, ce n'est pas le problème.\n\nMerci d'avance et bonne "
    "soirée\nNicolas Rey",
    quote="gmail",
    charset="windows-1252",
    days_after=3,
    pdate="2025-12-20",
    notes="Dated instalment plan → pauses, first instalment is the date; praise of the work is "
    "not a dispute.",
)

R(
    "wl",
    "WL-2025-0433",
    4875.0,
    "reminder_1",
    "de",
    "de",
    "2025-11-24T15:33:00+01:00",
    "Stefan Oberholzer",
    "s.oberholzer@oberholzer-logistik.ch",
    "delay_request",
    False,
    2,
    "Hallo Lukas\n\nIch weiss, die Rechnung ist überfällig. Bei uns ist die Liquidität gerade "
    "etwas knapp, weil zwei grosse Kunden ihre Rechnungen auch noch nicht bezahlt haben. Ich bitte "
    "dich um etwas Geduld, wir zahlen sicher, sobald das Geld da ist. Die WL-2025-0418 ist ja "
    "bezahlt.\n\nGruss\nStefan\n\nOberholzer Logistik AG | Industriestrasse 7 | 8604 Volketswil",
    quote="outlook",
    mailer=OUTLOOK,
    days_after=6,
    mentions=["WL-2025-0418"],
    notes="Vague 'Geduld' without a date → does not pause; the other invoice is named as paid, "
    "not as a claim on this one.",
)

R(
    "bq",
    "BQ-25-1311",
    2740.0,
    "invoice",
    "it",
    "it",
    "2025-12-12T10:50:00+01:00",
    "Giorgio Fontana",
    "amministrazione@fontana-costruzioni.ch",
    "delay_request",
    True,
    2,
    "Gentile signora Imhof,\n\nabbiamo ricevuto la fattura per l'impianto sanitario del cantiere "
    "di Lugano-Pregassona, grazie. Le chiediamo se è possibile pagarla a fine gennaio invece "
    "che a 30 giorni: il committente ci paga la rata finale solo a metà gennaio.\n\nRestiamo in "
    "attesa di un suo cenno.\n\nCordiali saluti\nGiorgio Fontana\nFontana Costruzioni SA",
    quote="outlook",
    mailer=OUTLOOK,
    days_after=1,
    pdate="2026-01-31",
    notes="A new date asked for ('fine gennaio' → 31 January) pauses; the mid-January date is the "
    "customer's own income, not a promise.",
)

R(
    "lo",
    "LO-2025-0366",
    420.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-01-07T07:58:00+01:00",
    "Julie Marchand",
    "julie.marchand@free.fr",
    "delay_request",
    False,
    2,
    "Bonjour, désolée, les fêtes ont vidé mon compte 😅 vous pouvez patienter un peu ? Je "
    "m'en occupe dès que possible.\nJulie\n\nEnvoyé de mon iPhone",
    quote="none",
    mailer=IPHONE,
    days_after=1,
    notes="Short phone reply of a private person: no date, so no pause.",
)

# ----------------------------------------------------------------------------------------------
# payment_promise
# ----------------------------------------------------------------------------------------------

R(
    "lo",
    "LO-2025-0338",
    3240.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-11-25T11:20:00+01:00",
    "Antoine Lefèvre",
    "antoine.lefevre@cabinet-lefevre-conseil.fr",
    "payment_promise",
    False,
    1,
    "Bonjour Camille,\n\nToutes mes excuses, la facture était restée dans le parapheur de notre "
    "gérant pendant ses congés. Elle est validée : le virement partira vendredi avec notre "
    "campagne de paiements fournisseurs.\n\nBonne journée,\nAntoine\n\n--\nAntoine Lefèvre\n"
    "Cabinet Lefèvre Conseil – SAS au capital de 10 000 € – RCS Lyon 812 334 559\nCe courriel "
    "et ses pièces jointes sont strictement confidentiels. Si vous n'en êtes pas le "
    "destinataire, merci de le détruire et d'en avertir l'expéditeur.",
    quote="thunderbird",
    mailer=TB,
    days_after=2,
    pdate="2025-11-28",
    notes="'vendredi' from Tuesday 25 November → 28 November; RCS/capital lines are boilerplate.",
)

R(
    "bq",
    "BQ-25-1196",
    586.2,
    "reminder_3",
    "de",
    "de",
    "2026-01-08T12:47:00+01:00",
    "Martin Käch",
    "m.kaech@sunrise.ch",
    "payment_promise",
    False,
    1,
    "Sorry, ging unter. Zahle morgen.\nM. Käch\n\nVon meinem iPhone gesendet",
    quote="apple",
    mailer=IPHONE,
    days_after=1,
    pdate="2026-01-09",
    notes="Two-line phone reply to the letzte Mahnung; 'morgen' resolved against the Date:.",
)

R(
    "wl",
    "WL-2025-0427",
    1620.0,
    "reminder_2",
    "de",
    "mixed",
    "2025-12-04T16:18:00+01:00",
    "Jonas Meier",
    "jonas@flowbyte.io",
    "payment_promise",
    False,
    1,
    "Hoi Lukas\n\nSorry for the delay – our CFO was travelling. Die Zahlung ist jetzt "
    "freigegeben und geht am 15.12. raus, inkl. der 20 Franken Mahngebühr, all good.\n\n"
    "Cheers\nJonas",
    quote="gmail",
    client_lang="de",
    format="alt",
    days_after=1,
    pdate="2025-12-15",
    notes="Swiss-German / English start-up mix; the reminder fee is accepted, not contested.",
)

R(
    "wl",
    "WL-2025-0449",
    7560.0,
    "invoice",
    "it",
    "it",
    "2025-11-19T09:05:00+01:00",
    "Cancelleria comunale – Comune di Capriasca",
    "contabilita@capriasca-comune.ch",
    "payment_promise",
    False,
    1,
    "Egregi signori,\n\nvi informiamo che la fattura in oggetto (rinnovo licenze e assistenza "
    "sistema di gestione pratiche) è stata approvata dal Municipio con risoluzione n. 233 del "
    "17 novembre 2025 e sarà pagata entro il 19 dicembre 2025.\n\nDistinti saluti\n\nPer il "
    "Municipio\nIl segretario comunale\n\nQuesto messaggio è destinato unicamente al "
    "destinatario indicato. Ogni utilizzo non autorizzato è vietato ai sensi di legge.",
    quote="none",
    mailer=OUTLOOK,
    format="html",
    days_after=1,
    pdate="2025-12-19",
    notes="Formal municipal notice: the resolution date is past, the payment date is the promise; "
    "HTML only; 'ai sensi di legge' is disclaimer.",
)

# ----------------------------------------------------------------------------------------------
# copy_request
# ----------------------------------------------------------------------------------------------

R(
    "lo",
    "LO-2025-0371",
    1150.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-01-12T14:10:00+01:00",
    "Mairie de Saint-Genis-Laval – Service finances",
    "finances@mairie-stgenis.example.fr",
    "copy_request",
    False,
    2,
    "Madame,\n\nNous n'avons trouvé aucune trace de cette facture dans Chorus Pro. Depuis le 1er "
    "janvier 2020, les factures adressées à la commune doivent obligatoirement y être "
    "déposées ; les envois par courriel ne peuvent pas être traités.\n\nNous vous remercions de "
    "la déposer (SIRET 216 902 758 00010), elle sera alors mandatée dans les délais "
    "réglementaires.\n\nLe service finances",
    quote="outlook",
    mailer=OUTLOOK,
    outlook_line=False,
    days_after=4,
    notes="Resend through the public channel, nothing wrong with the invoice itself → copy_request "
    "(an invoice_error reading is possible); 'délais réglementaires' is no date.",
)

R(
    "wl",
    "WL-2025-0486",
    245.0,
    "invoice",
    "de",
    "de",
    "2025-12-22T08:14:00+01:00",
    "Corinne Leuenberger",
    "corinne.leuenberger@hin.ch",
    "copy_request",
    False,
    2,
    "Guten Tag\nDas PDF lässt sich auf dem Handy nicht öffnen. Können Sie es nochmals schicken "
    "oder den QR-Einzahlungsschein als Bild?\nDanke, C. Leuenberger\n\nGesendet von Outlook für "
    "iOS",
    quote="none",
    mailer="Outlook-iOS/2.0",
    days_after=0,
    notes="Short phone reply; asks for the PDF / QR-bill again.",
)

R(
    "bq",
    "BQ-25-1265",
    1984.75,
    "reminder_1",
    "en",
    "en",
    "2025-11-14T10:36:00+01:00",
    "Olivia Bennett",
    "olivia.bennett@harbourline.example.com",
    "copy_request",
    False,
    2,
    "Dear Ms Imhof,\n\nApologies, this never reached our payables team – invoices sent to me "
    "personally get stuck while I'm on site. Could you please resend the invoice with the "
    "QR-bill to invoices.ch@harbourline.example.com and use that address for all future "
    "invoices and reminders?\n\nThank you,\nOlivia Bennett\nFacility Manager, Harbourline "
    "Services GmbH",
    quote="outlook",
    mailer=OUTLOOK,
    days_after=3,
    notes="Resend plus a new recipient for future invoices; the apology is not a delay request.",
)

# ----------------------------------------------------------------------------------------------
# acknowledgement
# ----------------------------------------------------------------------------------------------

R(
    "wl",
    "WL-2025-0458",
    1296.0,
    "invoice",
    "fr",
    "fr",
    "2025-11-10T13:44:00+01:00",
    "Laure Monnier",
    "laure.monnier@etude-monnier.ch",
    "acknowledgement",
    False,
    1,
    "Bonjour Monsieur Frei,\n\nBien reçu, merci. Je transmets à notre comptabilité.\n\n"
    "Laure Monnier\nAssistante de direction\nÉtude Monnier & Associés, avocats\n\n"
    "AVIS DE CONFIDENTIALITÉ : ce message peut contenir des informations couvertes par le "
    "secret professionnel de l'avocat. S'il vous est parvenu par erreur, merci d'en informer "
    "l'expéditeur et de le supprimer ; toute utilisation non autorisée peut faire l'objet de "
    "poursuites.",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    days_after=0,
    notes="A law firm's plain acknowledgement: 'avocats', 'secret professionnel', 'poursuites' "
    "are all signature boilerplate.",
)

R(
    "bq",
    "BQ-25-1290",
    312.9,
    "invoice",
    "de",
    "de",
    "2025-12-01T07:12:00+01:00",
    "Heidi Brunner",
    "heidi.brunner@gmx.ch",
    "acknowledgement",
    False,
    1,
    "Danke, erhalten.\n\nVon meinem iPhone gesendet",
    quote="apple",
    mailer=IPHONE,
    days_after=0,
    notes="Two words from a phone.",
)

# ----------------------------------------------------------------------------------------------
# auto_reply
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BQ-25-1318",
    4120.0,
    "reminder_1",
    "de",
    "mixed",
    "2025-12-23T16:30:00+01:00",
    "Beat Schnyder",
    "beat.schnyder@schnyder-hotels.ch",
    "auto_reply",
    False,
    1,
    "Ich bin bis und mit 5. Januar 2026 abwesend und habe keinen Zugriff auf meine E-Mails. In "
    "dringenden Fällen wenden Sie sich bitte an reception@schnyder-hotels.ch.\n\nJe suis absent "
    "jusqu'au 5 janvier 2026 inclus. Pour les urgences, veuillez contacter "
    "reception@schnyder-hotels.ch.\n\nBeat Schnyder\nDirektor / Directeur",
    quote="none",
    re="Automatische Antwort:",
    headers=AUTO,
    mailer=OUTLOOK,
    days_after=0,
    notes="Bilingual out-of-office; the return date is an absence date, not a promise.",
)

R(
    "lo",
    "LO-2025-0355",
    2880.0,
    "reminder_2",
    "en",
    "en",
    "2025-12-10T03:02:00+01:00",
    "Accounts Payable Helpdesk",
    "ap-helpdesk@brightwell-group.example.co.uk",
    "auto_reply",
    False,
    1,
    "Thank you for contacting Brightwell Accounts Payable.\n\nYour request has been logged as "
    "ticket AP-88213. Please quote this reference in any further correspondence.\n\nInvoices "
    "are processed within 45 days of receipt once approved by the budget holder. Payment status "
    "queries are answered within 5 working days. Please do not reply to this message.\n\n"
    "Brightwell Group plc – Registered in England and Wales No. 04417289",
    quote="none",
    re="RE:",
    headers=AUTO,
    format="html",
    days_after=0,
    notes="Ticket system confirmation (HTML only); the 45-day processing rule is no promise.",
)

# ----------------------------------------------------------------------------------------------
# other
# ----------------------------------------------------------------------------------------------

R(
    "lo",
    "LO-2025-0362",
    1380.0,
    "invoice",
    "fr",
    "fr",
    "2025-11-28T10:25:00+01:00",
    "Émilie Roussel",
    "emilie.roussel@roussel-rh.example.fr",
    "other",
    False,
    2,
    "Bonjour Camille,\n\nMerci pour la facture de l'atelier management. Au passage : proposez-"
    "vous encore la formation « Entretiens annuels » en février ? Nous aimerions y inscrire "
    "trois personnes, et si possible en intra dans nos locaux de Villeurbanne.\n\nPouvez-vous "
    "m'envoyer les dates et un devis ?\n\nBien à vous,\nÉmilie Roussel\nRRH, Roussel & Co",
    quote="gmail",
    format="alt",
    days_after=3,
    notes="An unrelated sales question needing an answer; 'devis' and 'facture' are not a "
    "copy request of this invoice.",
)

R(
    "wl",
    "WL-2025-0491",
    860.0,
    "invoice",
    "de",
    "de",
    "2026-01-05T11:02:00+01:00",
    "Patrick Steiner",
    "p.steiner@steiner-architektur.ch",
    "other",
    False,
    1,
    "\n\nPatrick Steiner\ndipl. Architekt ETH/SIA\nSteiner Architektur AG | Seefeldstrasse 88 | "
    "8008 Zürich\n\nDiese E-Mail kann vertrauliche und rechtlich geschützte Informationen "
    "enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den "
    "Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte "
    "Weitergabe dieser E-Mail sind nicht gestattet.",
    quote="outlook",
    mailer=OUTLOOK,
    days_after=0,
    notes="Empty reply sent by mistake: only the signature and its legal disclaimer.",
)
