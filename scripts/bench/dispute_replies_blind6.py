# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# ruff: noqa: RUF001  (the customers write en dashes and multiplication signs)
"""Sixth blind set of customers' replies (tests/data/disputes_blind6), with their labels (CC0 text).

Written by an eighth writer who read only the label definitions and the entry format, not the
other sets' replies, not the reader's rules and not its answers: it measures the reader once.
Never tune rules on these replies. All text is synthetic and released as CC0-1.0.

The writer's profile: small customers writing from phones and webmail — short, hasty, typos,
missing accents and umlauts, abbreviations, Swiss German dialect, Romand and Ticinese turns,
replies in another language than the invoice, emoji, all-lowercase or all-caps anger, sarcasm;
and non-disputes that look like disputes (thanks plus an unrelated question, a complaint that
pays anyway, an old problem mentioned as solved, a new address or contact person, a request for
the IBAN or the QR-bill, ticket-system and multilingual out-of-office replies, a bounce-like
notice, a namesake who never ordered anything).

Uses the invoicing companies of ``make_dispute_replies.py`` (bq, tv, lx, mr, fs, wl, lo); same
entry format as ``dispute_replies_blind4.py`` (the ``R`` helper of ``dispute_replies_more.py``,
entries kept in this file's own ``REPLIES``); labels as defined in
/work/shared/samples/disputes/README.md.
Build with ``.venv/bin/python scripts/bench/make_dispute_replies.py --source blind6``.
"""

import dispute_replies_more as _more
from dispute_replies_more import APPLE, IPHONE, ORANGE, OUTLOOK, OX, TB

REPLIES = []

R = _more.writer(REPLIES)


AUTO = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}
ANDROID = "Outlook for Android"

# ----------------------------------------------------------------------------------------------
# already_paid
# ----------------------------------------------------------------------------------------------

R(
    "wl",
    "WL-25-3071",
    1891.75,
    "reminder_1",
    "de",
    "de",
    "2025-12-09T07:42:00+01:00",
    "Reto Baumgartner",
    "reto@baumgartner-velos.ch",
    "already_paid",
    True,
    3,
    """
hoi zäme

hani doch scho zahlt?? am 26.11. per ebanking, screenshot im anhang. bitte nomal luege

gruess reto
Baumgartner Velos, Wädenswil

Von meinem iPhone gesendet
""",
    mailer=IPHONE,
    attachments=[("png", "IMG_4471.PNG")],
    salutation="Herr Baumgartner",
    notes="Swiss German dialect, lowercase, double question mark that reads like annoyance; "
    "26.11. is a past payment date, not a promise; the proof is only a screenshot.",
)

R(
    "lo",
    "LO-25-0418",
    1284.0,
    "reminder_2",
    "fr",
    "fr",
    "2025-12-11T21:13:00+01:00",
    "Sophie Marchetti",
    "sophie.marchetti@orange.fr",
    "already_paid",
    True,
    3,
    """
bonsoir
je comprend pas ce 2e rappel, on a tout regle par carte bancaire le jour de la pose avec votre
technicien (son terminal a meme imprime le ticket). 1284 euros. il avait dit que c etait bon.
merci de regarder de votre coté et d arreter les relances
S. Marchetti
""",
    quote="gmail",
    mailer=ORANGE,
    salutation="Madame Marchetti",
    notes="lowercase, no accents, typos; paid by card to the technician at installation, so no "
    "bank transfer will ever match; 'arreter les relances' is a request, not anger.",
)

R(
    "tv",
    "TV-25-0562",
    3420.8,
    "reminder_1",
    "it",
    "it",
    "2025-12-15T11:05:00+01:00",
    "Mattia Pedrazzini",
    "m.pedrazzini@sartoria-pedrazzini.ch",
    "already_paid",
    True,
    3,
    """
Buongiorno,

la 562 l'ho pagata il 2.12 alla posta con la polizza di versamento, le mando la ricevuta in
allegato. Forse non avete ancora registrato il pagamneto.

Saluti dal Mendrisiotto
Mattia Pedrazzini
Sartoria Pedrazzini, Chiasso
""",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    attachments=[("pdf", "ricevuta_posta_0212.pdf")],
    salutation="Signor Pedrazzini",
    mentions=["TV-25-0562"],
    notes="Ticinese 'polizza di versamento' (paid at the post office); 'la 562' normalises to "
    "TV-25-0562; typo 'pagamneto'; 2.12 is a past payment date.",
)

R(
    "bq",
    "RG25-00812",
    2746.3,
    "reminder_3",
    "de",
    "en",
    "2026-01-08T16:48:00+01:00",
    "Daniel Whitfield",
    "dan@whitfield-consulting.ch",
    "already_paid",
    True,
    5,
    """
INVOICE RG25-00812 WAS PAID ON 28 NOVEMBER. I HAVE TOLD YOUR OFFICE TWICE ON THE PHONE.
CHECK YOUR BANK STATEMENTS BEFORE SENDING ME FEES AND THREATS.

D. WHITFIELD
""",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    salutation="Herr Whitfield",
    mentions=["RG25-00812"],
    notes="all caps (shouting → 5), English reply to a German final reminder; the complaint "
    "about fees only follows from the payment claim, so already_paid with disputed_amount null.",
)

R(
    "lx",
    "LX25-1184",
    864.8,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-03T08:20:00+01:00",
    "Jean-Daniel Rochat",
    "jd.rochat@bluewin.ch",
    "already_paid",
    True,
    3,
    """
Bonjour Monsieur Chappuis,

Je m'étonne de votre rappel, j'ai fait le versement le 21 novembre déjà, depuis mon e-banking
PostFinance, sur le compte qui était enregistré chez moi depuis l'année passée. Je vois
maintenant sur votre facture que vous avez changé de banque... C'est donc sûrement parti sur
l'ancien compte. Vous pouvez contrôler svp ?

Avec mes meilleures salutations et à tout bientôt,
Jean-Daniel Rochat
Le Mont-sur-Lausanne
""",
    quote="thunderbird",
    mailer=TB,
    charset="iso-8859-1",
    salutation="Monsieur Rochat",
    notes="Romand; paid to the company's old bank account — still already_paid, not a "
    "dispute; 21 November is a past date; 'contrôler' asks for a check.",
)

R(
    "fs",
    "FS-2025-0733",
    1512.6,
    "reminder_1",
    "fr",
    "mixed",
    "2025-12-18T13:30:00+01:00",
    "Beat Zbinden",
    "b.zbinden@zbinden-holzbau.ch",
    "already_paid",
    True,
    3,
    """
Bonjour Madame Progin

Déjà payé le 5.12. – gemäss unserem Kontoauszug ist das Geld am 8.12. bei Ihnen
eingegangen. Merci de vérifier, sonst schicke ich Ihnen den Beleg.

Fründlichi Grüess / meilleures salutations
Beat Zbinden
Zbinden Holzbau GmbH, Düdingen
""",
    quote="outlook",
    outlook_line=False,
    mailer=OUTLOOK,
    salutation="Monsieur Zbinden",
    notes="French and Swiss German of the Sense district in one message; two past dates "
    "(sent 5.12., credited 8.12.), neither a promised date.",
)

R(
    "mr",
    "F25-0877",
    2340.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-22T19:02:00+01:00",
    "Kevin Duret",
    "kevin.duret74@gmail.com",
    "already_paid",
    True,
    3,
    """
slt, la 877 c payé depuis le 12 😅 virement CA, verifiez svp
Kevin

Envoyé de mon iPhone
""",
    quote="apple",
    mailer=IPHONE,
    salutation="Monsieur Duret",
    mentions=["F25-0877"],
    notes="SMS style ('slt', 'c payé'), emoji; 'la 877' normalises to F25-0877; 'depuis le 12' "
    "is a past payment date (12 December).",
)

# ----------------------------------------------------------------------------------------------
# payment_promise
# ----------------------------------------------------------------------------------------------

R(
    "lo",
    "LO-25-0455",
    2196.0,
    "reminder_1",
    "fr",
    "fr",
    "2026-01-07T10:15:00+01:00",
    "Laurent Vial",
    "l.vial@vial-immobilier.fr",
    "payment_promise",
    False,
    1,
    """
Bonjour Camille,

C'est payé, le virement est programmé pour vendredi (on fait les paiements fournisseurs le
vendredi depuis janvier). Vous l'aurez donc début de semaine prochaine.

Bonne année au passage !
Laurent
""",
    pdate="2026-01-09",
    quote="thunderbird",
    mailer=TB,
    format="alt",
    salutation="Monsieur Vial",
    notes="'C'est payé' opens a future payment: the transfer is only scheduled for Friday "
    "(9 January), so a promise, not already_paid.",
)

R(
    "bq",
    "RG25-00847",
    4518.6,
    "reminder_1",
    "de",
    "de",
    "2025-12-05T17:40:00+01:00",
    "Marianne Kälin",
    "m.kaelin@kaelin-gastro.ch",
    "payment_promise",
    False,
    1,
    """
Guten Abend Frau Imhof

Ehrlich gesagt waren wir mit der Montage der Lueftung nicht zufrieden: der Monteur kam zwei
Mal zu spaet und in der Kueche lag am Schluss ueberall Staub. Das wollte ich einfach einmal
gesagt haben.
An der Rechnung haben wir aber nichts auszusetzen, die bezahlen wir trotzdem. Die Zahlung geht
mit unserem Zahlungslauf Ende Monat raus.

Mfg
M. Kaelin
Restaurant Kaelin, Einsiedeln
""",
    pdate="2025-12-31",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    salutation="Frau Kälin",
    notes="complaint about the fitting work (late, dust) but the customer explicitly accepts "
    "the invoice and pays at month end (31 December): a promise; ue for umlauts.",
)

R(
    "tv",
    "TV-25-0591",
    1245.4,
    "reminder_2",
    "it",
    "it",
    "2026-01-14T12:31:00+01:00",
    "Gianni Rusconi",
    "gianni.rusconi@bluewin.ch",
    "payment_promise",
    False,
    1,
    """
buongiorno, pago lunedi. scusate il ritardo, ero all'ospedale
G. Rusconi
""",
    pdate="2026-01-19",
    quote="gmail",
    salutation="Signor Rusconi",
    notes="one line, no accent ('lunedi' → Monday 19 January); the hospital stay is an excuse, "
    "not a request for more time.",
)

R(
    "wl",
    "WL-25-3115",
    972.95,
    "reminder_1",
    "en",
    "en",
    "2025-12-09T09:58:00+01:00",
    "Priya Raman",
    "priya@raman-yoga.ch",
    "payment_promise",
    False,
    1,
    """
Hi Lukas,

sorry!! totally slipped through. will pay on the 20th when my payout comes in 🙏 pls no more
reminders till then haha

Priya
--
Raman Yoga Studio, Zurich-Wiedikon
""",
    pdate="2025-12-20",
    format="html",
    salutation="Ms Raman",
    notes="HTML only, emoji, 'pls'; 'no more reminders till then' is a joke, not a request for "
    "time: she announces the 20th herself.",
)

R(
    "lx",
    "LX25-1209",
    540.5,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-16T22:47:00+01:00",
    "Nadia Berset",
    "nadia.berset@gmail.com",
    "payment_promise",
    False,
    1,
    """
Bonsoir,

Je m'excuse, la facture avait fini dans les spams. Je vous fais le virement le 25, quand j'ai
touché la paie. Ça arrive pas souvent, promis !

Bonne fin de soirée et de belles fêtes
Nadia Berset
""",
    pdate="2025-12-25",
    quote="gmail",
    salutation="Madame Berset",
    notes="Romand 'je m'excuse'; the 25th is Christmas Day but it is the date she promises; "
    "'promis' is about not being late again.",
)

R(
    "wl",
    "WL-25-3098",
    6215.75,
    "reminder_3",
    "de",
    "de",
    "2026-01-12T08:05:00+01:00",
    "Sandra Felber",
    "s.felber@felber-immobilien.ch",
    "payment_promise",
    False,
    1,
    """
Gueten Morge
Zahlung ist freigegeben, Valuta 15.1.
Mfg S. Felber

Gesendet von Outlook für Android
""",
    pdate="2026-01-15",
    quote="outlook",
    mailer=ANDROID,
    salutation="Frau Felber",
    notes="accounting shorthand: 'freigegeben' does not mean paid, 'Valuta 15.1.' is a future "
    "value date, so a promise.",
)

R(
    "tv",
    "TV-25-0603",
    2875.0,
    "reminder_1",
    "it",
    "mixed",
    "2026-01-21T15:22:00+01:00",
    "Urs Pfister",
    "u.pfister@hotel-lido-ascona.ch",
    "payment_promise",
    False,
    1,
    """
Ciao Chiara

sorry, la fattura era finita sotto la pila… Überweisung mache ich spätestens am Freitag,
dann isch erledigt.

Grazie e Gruess
Urs
Hotel Lido, Ascona
""",
    pdate="2026-01-23",
    quote="apple",
    mailer=APPLE,
    salutation="Signor Pfister",
    notes="Italian and Swiss German in one message; 'spätestens am Freitag' resolved to "
    "23 January.",
)

# ----------------------------------------------------------------------------------------------
# delay_request
# ----------------------------------------------------------------------------------------------

R(
    "lx",
    "LX25-1151",
    1729.6,
    "reminder_2",
    "fr",
    "fr",
    "2025-12-22T14:10:00+01:00",
    "Marc-André Favre",
    "ma.favre@favre-paysages.ch",
    "delay_request",
    False,
    2,
    """
Bonjour,

Je suis désolé du retard. Période compliquée chez nous, un gros client qui nous paie pas
depuis septembre. Pouvez-vous patienter encore un peu stp ? Je vous règle dès que ça se
débloque, promis.

Meilleures salutations
M.-A. Favre
Favre Paysages, Échallens
""",
    quote="outlook",
    mailer=OUTLOOK,
    charset="iso-8859-1",
    salutation="Monsieur Favre",
    notes="vague 'patienter encore un peu' and 'promis' without a date: no pause; the "
    "customer's own unpaid client is not a dispute of this invoice.",
)

R(
    "bq",
    "RG25-00765",
    3810.55,
    "reminder_3",
    "de",
    "de",
    "2026-01-19T10:40:00+01:00",
    "Peter Arnold",
    "p.arnold@arnold-schreinerei.ch",
    "delay_request",
    True,
    2,
    """
Grüezi Frau Imhof

Bitte keine Betreibung, das ist mir sehr peinlich. Ich kann den Betrag im Moment nicht auf
einmal zahlen. Vorschlag: 3 Raten à CHF 1'270.–, die erste am 31.1., dann Ende Februar und
Ende März. Geht das so?

Merci und Gruess
Peter Arnold
Schreinerei Arnold, Bürglen UR
""",
    pdate="2026-01-31",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    salutation="Herr Arnold",
    notes="dated instalment plan (first 31 January) pauses; 'Betreibung' is the customer "
    "echoing the final reminder, not a threat.",
)

R(
    "tv",
    "TV-25-0540",
    1980.0,
    "reminder_1",
    "it",
    "it",
    "2025-12-04T18:25:00+01:00",
    "Lorenza Bianchi",
    "lorenza@boutique-bianchi.ch",
    "delay_request",
    True,
    2,
    """
Buonasera Sig.ra Bernasconi,

dicembre per noi è un mese difficile con gli acquisti di natale, sarebbe possibile pagare la
fattura a fine gennaio? Il tessuto va benissimo, nessun problema.

Cordialmente
Lorenza Bianchi
Boutique Bianchi – Bellinzona
""",
    pdate="2026-01-31",
    quote="gmail",
    salutation="Signora Bianchi",
    notes="'il tessuto va benissimo' rules out a dispute; 'fine gennaio' is a concrete date "
    "(31 January), so the request pauses.",
)

R(
    "fs",
    "FS-2025-0719",
    4320.0,
    "reminder_1",
    "en",
    "en",
    "2025-12-10T12:12:00+01:00",
    "Tom Eriksen",
    "tom@eriksen-design.ch",
    "delay_request",
    True,
    2,
    """
Hi Isabelle,

cash is tight this month (big client paying late). Could we do half now and the other half
mid Feb? I can send CHF 2160 today if that works.

Cheers, Tom
""",
    pdate="2025-12-10",
    quote="gmail",
    salutation="Mr Eriksen",
    notes="instalment plan whose first part is 'today' (10 December) and the second 'mid Feb': "
    "dated, so it pauses; the late-paying client is not a dispute.",
)

R(
    "mr",
    "F25-0902",
    5760.0,
    "reminder_2",
    "fr",
    "fr",
    "2025-12-18T20:30:00+01:00",
    "Josiane Perrier",
    "josiane.perrier@free.fr",
    "delay_request",
    True,
    2,
    """
Bonsoir Madame Roche,

Attention je ne conteste pas du tout la facture, la cuisine est magnifique et mon mari est
ravi. Mais avec les fetes et le toit a refaire je ne peux pas tout payer maintenant. Est ce
que je peux vous regler le 10 janvier ? et si possible sans les 40 euros de frais, ce serait
gentil

Bien cordialement
Josiane Perrier
""",
    pdate="2026-01-10",
    quote="thunderbird",
    mailer=TB,
    salutation="Madame Perrier",
    notes="negation 'je ne conteste pas'; asking to waive the €40 as a favour is not a "
    "contestation; the concrete date 10 January pauses; missing accents.",
)

R(
    "wl",
    "WL-25-3140",
    1458.3,
    "reminder_1",
    "de",
    "de",
    "2025-12-23T11:45:00+01:00",
    "Fabian Zollinger",
    "fabian@zollinger-fotografie.ch",
    "delay_request",
    False,
    2,
    """
hoi lukas
sorry, bi grad chli knapp bi kasse. mach das nach de feiertäg, okay? hetti gern no chli
geduld 🙏
lg fabian
""",
    mailer=IPHONE,
    salutation="Herr Zollinger",
    notes="Swiss German dialect, lowercase; 'nach de feiertäg' is no concrete date, so the "
    "request does not pause.",
)

# ----------------------------------------------------------------------------------------------
# contestation
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "RG25-00903",
    689.6,
    "reminder_2",
    "de",
    "de",
    "2026-01-05T09:02:00+01:00",
    "Heinz Gwerder",
    "h.gwerder@gwerder-metzg.ch",
    "contestation",
    True,
    5,
    """
RECHNUNG WIRD HEUTE BEZAHLT. ABER DIE 20 FRANKEN MAHNGEBUEHR ZAHLE ICH SICHER NICHT!!!
15 JAHRE KUNDE UND DANN SO WAS. WIR HATTEN UEBER DIE FEIERTAGE ZU.

H. GWERDER, METZGEREI GWERDER, SCHWYZ
""",
    amount=20.0,
    pdate="2026-01-05",
    quote="outlook",
    mailer=OUTLOOK,
    salutation="Herr Gwerder",
    notes="all caps (shouting → 5), ue for umlauts; contests only the CHF 20 reminder fee and "
    "pays the invoice today (promised_date = e-mail date).",
)

R(
    "lo",
    "LO-25-0472",
    1152.0,
    "invoice",
    "fr",
    "fr",
    "2025-12-01T18:40:00+01:00",
    "Arnaud Lefebvre",
    "arnaud.lefebvre@la-traboule-resto.fr",
    "contestation",
    True,
    4,
    """
Bonjour,

Bravo, vraiment. 4 heures facturées pour remplacer trois spots au-dessus du bar. Votre
technicien est arrivé à 14h10 et reparti à 15h05, j'étais là. À 80 € HT de l'heure, on vous
paie aussi la pause café ?

Je paierai une heure, pas quatre.

A. Lefebvre
La Traboule, Lyon 5e
""",
    amount=240.0,
    quote="gmail",
    salutation="Monsieur Lefebvre",
    notes="sarcasm ('Bravo, vraiment', 'pause café') → 4; 3 contested hours × 80 € HT = 240 "
    "excl. VAT; pays one hour, no date.",
)

R(
    "wl",
    "WL-25-3056",
    1621.5,
    "reminder_1",
    "de",
    "de",
    "2025-12-02T13:15:00+01:00",
    "Sämi Brunner",
    "samuel.brunner@brunner-coiffure.ch",
    "contestation",
    True,
    4,
    """
Sali Lukas

Lueg, abgmacht isch gsi pauschal CHF 900.– für s Kontaktformular und d Galerie, so stahts au
i dinere Offerte. Jetzt chunnt e Rechnig über 1'621.50. Das zahl ich so nöd, bitte
korrigiere.

Gruess Sämi
Brunner Coiffure, Uster
""",
    amount=721.5,
    quote="gmail",
    salutation="Herr Brunner",
    notes="Swiss German dialect; 'das zahl ich so nöd' is an explicit refusal (→ 4); agreed "
    "flat 900 vs invoiced 1 621.50 → 721.50.",
)

R(
    "tv",
    "TV-25-0577",
    5402.3,
    "invoice",
    "it",
    "it",
    "2025-11-20T10:30:00+01:00",
    "Francesca Moretti",
    "f.moretti@atelier-moretti.ch",
    "contestation",
    True,
    3,
    """
Buongiorno,

abbiamo ricevuto i 5 rotoli di lino ma 2 sono arrivati con delle macchie d'olio lungo tutto
il bordo, inutilizzabili (foto in allegato). Quei due rotoli non li paghiamo:
2 x CHF 999.50 = CHF 1'999.–. Il resto lo paghiamo regolarmente alla scadenza.

Ci dite se passate a ritirarli o se li rispediamo noi?

Cordiali saluti
Francesca Moretti
Atelier Moretti, Lugano
""",
    amount=1999.0,
    pdate="2025-12-18",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    attachments=[("jpg", "rotolo_3.jpg"), ("jpg", "rotolo_5.jpg")],
    salutation="Signora Moretti",
    notes="2 of 5 rolls stained: 2 × 999.50 = 1 999 net as written; 'alla scadenza' is the due "
    "date of the quoted invoice (18 December), the payment of the undisputed part.",
)

R(
    "lx",
    "LX25-1233",
    1167.35,
    "invoice",
    "en",
    "en",
    "2025-12-11T15:00:00+01:00",
    "Claire Hobson",
    "claire.hobson@hobson-partners.ch",
    "contestation",
    True,
    3,
    """
Hi Olivier,

Thanks, this one's fine and will go out with our next payment run.

But while I'm at it – LX25-1107 from October: you billed 2,400 words for the brochure, our
file was 1,800 words (the word count is in the original order). At CHF 0.28/word that's
CHF 168 too much. Could you send a credit note for that one?

Best, Claire
""",
    amount=168.0,
    mentions=["LX25-1107"],
    quote="apple",
    mailer=APPLE,
    format="alt",
    salutation="Ms Hobson",
    notes="the thread's invoice is accepted; the dispute is about LX25-1107 (the pause concerns "
    "that invoice); 600 words × 0.28 = 168; 'next payment run' is no date.",
)

R(
    "fs",
    "FS-2025-0688",
    3243.0,
    "reminder_1",
    "fr",
    "mixed",
    "2025-12-03T09:45:00+01:00",
    "Anne-Marie Schafer",
    "am.schafer@cabinet-schafer.ch",
    "contestation",
    True,
    3,
    """
Bonjour Madame Progin,

Pour le bouclement 2024 vous nous aviez facturé CHF 2'400.–, cette année CHF 3'000.– HT pour
exactement le même mandat. Mein Mann meint, das sei ein Versehen – wir haben keine Mehrarbeit
bestellt. Nous payons les CHF 2'400.– plus TVA d'ici vendredi, la différence on en discute ?

Freundliche Grüsse / meilleures salutations
A.-M. Schafer
""",
    amount=600.0,
    pdate="2025-12-05",
    format="html",
    salutation="Madame Schafer",
    notes="French/German mix, HTML only; last year's 2 400 vs this year's 3 000 → 600; pays "
    "the undisputed part by Friday (5 December); 'Versehen' is polite, still a contestation.",
)

R(
    "mr",
    "F25-0891",
    1848.0,
    "reminder_3",
    "fr",
    "fr",
    "2026-01-26T23:12:00+01:00",
    "Dylan Fontaine",
    "dylan.fontaine@hotmail.fr",
    "contestation",
    True,
    5,
    """
franchement vous etes gonflés. la porte d entree on l a jamais eu, votre gars est venu
prendre les mesures en octobre et depuis plus rien, pas de nouvelles. et vous m envoyez une
mise en demeure pour 1848 euros?? je paye rien du tout tant que la porte est pas posee. si ca
continue je mets un avis sur google et j appelle l ufc que choisir
dylan fontaine
""",
    amount=1848.0,
    quote="gmail",
    salutation="Monsieur Fontaine",
    notes="lowercase, no accents; goods never delivered → whole invoice; Google review and "
    "UFC-Que Choisir threat → 5; 'mise en demeure' is the company's word echoed.",
)

# ----------------------------------------------------------------------------------------------
# invoice_error
# ----------------------------------------------------------------------------------------------

R(
    "wl",
    "WL-25-3089",
    3567.3,
    "invoice",
    "de",
    "de",
    "2025-12-15T08:50:00+01:00",
    "Monika Egli",
    "monika.egli@egli-gebaeudetechnik.ch",
    "invoice_error",
    True,
    3,
    """
Guten Morgen Herr Frei

Die Rechnung ist an die "Egli Haustechnik GmbH" adressiert – die gibts seit dem 1. Juli nicht
mehr, wir sind jetzt die Egli Gebäudetechnik AG (neue UID CHE-341.882.190). Können Sie die
Rechnung bitte neu ausstellen? Inhaltlich passt alles.

Merci und Gruss
Monika Egli
Buchhaltung
""",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    salutation="Frau Egli",
    notes="old legal entity after a conversion GmbH → AG, to be reissued; 'inhaltlich passt "
    "alles' rules out a contestation; 1 July is a past date.",
)

R(
    "bq",
    "RG26-00027",
    12480.9,
    "invoice",
    "de",
    "en",
    "2026-01-08T11:20:00+01:00",
    "Aisha Khan",
    "accounts.payable@nordlicht-pharma.ch",
    "invoice_error",
    True,
    4,
    """
Dear Ms Imhof,

We are unable to process the attached invoice as it does not show our purchase order number.
Please reissue it quoting PO 4500217733 before Wed 14 Jan – otherwise it will miss our January
payment run and only be paid in February.

Kind regards,
Aisha Khan
Accounts Payable | Nordlicht Pharma AG

This e-mail and any attachments are confidential and may be legally privileged. If you are
not the intended recipient, please notify the sender and delete it. Any unauthorised use is
prohibited.
""",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    cc="AP Team <ap-team@nordlicht-pharma.ch>",
    salutation="Frau Khan",
    notes="English reply to a German invoice; missing PO blocking a payment run by a date (→ 4); "
    "14 January is a reissue deadline, not a promised date; the disclaimer is boilerplate.",
)

R(
    "tv",
    "TV-25-0612",
    2146.0,
    "invoice",
    "it",
    "it",
    "2025-12-05T14:00:00+01:00",
    "Paolo Ferrari",
    "amministrazione@ferrari-tende.ch",
    "invoice_error",
    True,
    3,
    """
Buongiorno,

mi sa che c'è un doppione: la TV-25-0612 è identica alla TV-25-0598 che abbiamo ricevuto il
21 novembre (stessa bolla, stessi 40 metri di velluto, stesso importo). La 0598 l'abbiamo già
pagata, questa la possiamo buttare?

Saluti
Paolo Ferrari
Ferrari Tende, Giubiasco
""",
    amount=2146.0,
    mentions=["TV-25-0612", "TV-25-0598"],
    quote="gmail",
    salutation="Signor Ferrari",
    notes="duplicate of TV-25-0598: invoice_error, not already_paid (this invoice is not paid "
    "and must be cancelled); disputed = its full amount; 'la 0598' repeats TV-25-0598.",
)

R(
    "mr",
    "F25-0865",
    4620.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-09T12:30:00+01:00",
    "Bernadette Guillot",
    "b.guillot@laposte.net",
    "invoice_error",
    True,
    3,
    """
Bonjour,

Avant de payer : vous avez appliqué une TVA à 20 % alors que ce sont des travaux de
rénovation dans notre maison (construite en 1974), c'est 10 %. Je vous avais pourtant remis
l'attestation signée avec le devis. Sur 3 850 € HT ça fait 385 € de trop.

Pouvez-vous m'envoyer une facture rectifiée de 4 235 € ? Je règle dès réception.

Cordialement,
B. Guillot
""",
    amount=385.0,
    quote="thunderbird",
    mailer=TB,
    charset="windows-1252",
    salutation="Madame Guillot",
    notes="wrong VAT rate (20 % instead of the 10 % renovation rate): the excess VAT 385 is the "
    "disputed amount; 'je règle dès réception' is no date.",
)

R(
    "lo",
    "LO-25-0431",
    3960.0,
    "reminder_1",
    "fr",
    "en",
    "2025-12-02T10:10:00+01:00",
    "Pieter Claes",
    "pieter.claes@claes-interiors.be",
    "invoice_error",
    True,
    3,
    """
Hello,

Sorry, my French is not good enough so I write in English. We cannot book your invoice: our
VAT number BE 0712.345.678 is missing and you charged French VAT 20% – for a B2B delivery to
Belgium it should be reverse charge. Please send a corrected invoice without VAT, then we pay
the 3 300 € immediately.

Best regards
Pieter Claes
Claes Interiors BV, Gent
""",
    amount=660.0,
    quote="outlook",
    mailer=OUTLOOK,
    salutation="Monsieur Claes",
    notes="English reply to a French reminder; missing VAT number and French VAT instead of "
    "reverse charge (one formal defect): disputed = the 660 VAT; 'immediately' is no date.",
)

# ----------------------------------------------------------------------------------------------
# copy_request
# ----------------------------------------------------------------------------------------------

R(
    "tv",
    "TV-25-0620",
    1890.6,
    "invoice",
    "it",
    "it",
    "2025-12-17T16:30:00+01:00",
    "Roberto Colombo",
    "roberto.colombo@colombo-arredi.it",
    "copy_request",
    False,
    2,
    """
Buongiorno, la mia banca (sono in Italia, a Como) non legge la QR-fattura svizzera. Mi potete
mandare IBAN e BIC per fare un bonifico? Grazie mille, saluti
Roberto Colombo

Inviato da iPhone
""",
    mailer=IPHONE,
    salutation="Signor Colombo",
    notes="the bank abroad cannot read the QR-bill: a request for IBAN/BIC, nothing contested.",
)

R(
    "bq",
    "RG25-00688",
    458.25,
    "reminder_1",
    "de",
    "de",
    "2025-11-25T07:55:00+01:00",
    "Ruth Marti",
    "ruth.marti@gmx.ch",
    "copy_request",
    False,
    2,
    """
Guten Tag

Ich würd ja gern zahlen, aber im PDF ist kein Einzahlungsschein bzw. keine QR-Rechnung dabei,
nur die Rechnung selber. Können Sie mir den QR-Teil bitte noch schicken, oder per Post? Ich
mache alles mit dem Handy.

Freundlich grüsst
Ruth Marti
""",
    quote="gmail",
    charset="iso-8859-1",
    salutation="Frau Marti",
    notes="'würd ja gern zahlen, aber' sounds like an objection but is a request for the "
    "QR-bill part.",
)

R(
    "lx",
    "LX26-0018",
    2432.25,
    "invoice",
    "fr",
    "fr",
    "2026-01-12T09:30:00+01:00",
    "Valérie Monnier",
    "v.monnier@monnier-avocats.ch",
    "copy_request",
    False,
    2,
    """
Bonjour,

Merci pour la facture, elle sera payée dans les délais.

Petite info : nous avons déménagé au 1er janvier. Notre nouvelle adresse est Rue du Simplon 12,
1800 Vevey. Merci de l'utiliser pour les prochaines factures (pour celle-ci pas besoin de la
refaire).

Avec nos meilleures salutations
Valérie Monnier
Étude Monnier & Associés – Avocats

Ce message est confidentiel et peut être couvert par le secret professionnel de l'avocat. S'il
vous est parvenu par erreur, merci d'en informer l'expéditeur et de le détruire.
""",
    quote="outlook",
    mailer=OUTLOOK,
    format="alt",
    salutation="Madame Monnier",
    notes="new address for future invoices only, this invoice stays (not an invoice_error); a "
    "law firm with a confidentiality disclaimer — boilerplate, no legal threat.",
)

R(
    "fs",
    "FS-2025-0745",
    2702.5,
    "reminder_1",
    "de",
    "de",
    "2025-12-19T10:05:00+01:00",
    "Hanspeter Aebischer",
    "hp.aebischer@aebischer-gartenbau.ch",
    "copy_request",
    False,
    2,
    """
Grüessech Frau Progin

Frau Spicher, die bei uns die Buchhaltung gemacht hat, ist Ende November in Pension gegangen,
drum ist Ihre Rechnung wohl liegen geblieben. Ab sofort bitte alles an
buchhaltung@aebischer-gartenbau.ch (Herr Nicolas Jungo). Könnten Sie ihm die Rechnung grad
nochmals schicken?

Merci vielmal
H. Aebischer
""",
    quote="outlook",
    mailer=OX,
    salutation="Herr Aebischer",
    notes="Bernese 'Grüessech'; contact person changed: resend to the new recipient and future "
    "invoices there; no date promised.",
)

# ----------------------------------------------------------------------------------------------
# acknowledgement
# ----------------------------------------------------------------------------------------------

R(
    "mr",
    "F25-0918",
    786.0,
    "invoice",
    "fr",
    "fr",
    "2025-12-12T08:14:00+01:00",
    "Christophe Blanc",
    "cblanc@blanc-renov.fr",
    "acknowledgement",
    False,
    1,
    """
bien recu merci 👍

C. Blanc
Envoyé depuis mon mobile Orange
""",
    quote="gmail",
    mailer=ORANGE,
    salutation="Monsieur Blanc",
    notes="three words and an emoji, no accent.",
)

R(
    "wl",
    "WL-25-3102",
    2178.15,
    "invoice",
    "de",
    "de",
    "2025-12-04T16:20:00+01:00",
    "Daniela Widmer",
    "d.widmer@widmer-reisen.ch",
    "acknowledgement",
    False,
    1,
    """
Hallo Lukas

Danke für die Rechnung, ist an unsere Kreditorenabteilung weitergeleitet.
Übrigens: das Problem mit dem Buchungsformular, das im Oktober immer wieder abgestürzt ist,
ist seit eurem Update weg – merci nochmals für den schnellen Einsatz!

Liebe Grüsse
Daniela
""",
    quote="outlook",
    mailer=OUTLOOK,
    charset="windows-1252",
    salutation="Frau Widmer",
    notes="mentions an old problem ('abgestürzt') that is explicitly solved; only thanks and "
    "'weitergeleitet'.",
)

R(
    "tv",
    "TV-26-0012",
    968.4,
    "invoice",
    "it",
    "it",
    "2026-01-20T11:11:00+01:00",
    "Sara Gianinazzi",
    "sara@gianinazzi-sagl.ch",
    "acknowledgement",
    False,
    1,
    """
grazie, ricevuta e girata all'amministrazione 👌 cmq tutto ok con la consegna
buona giornata
Sara
""",
    quote="gmail",
    format="alt",
    salutation="Signora Gianinazzi",
    notes="lowercase, 'cmq' (comunque), emoji; 'tutto ok con la consegna' is a reassurance, not "
    "an issue.",
)

# ----------------------------------------------------------------------------------------------
# auto_reply
# ----------------------------------------------------------------------------------------------

R(
    "fs",
    "FS-2025-0751",
    1783.65,
    "invoice",
    "fr",
    "mixed",
    "2025-12-22T09:03:00+01:00",
    "Sylvie Bapst",
    "s.bapst@bapst-electricite.ch",
    "auto_reply",
    False,
    1,
    """
Je suis absente du 22.12.2025 au 5.01.2026. Vos messages ne sont pas transférés. En cas
d'urgence : 026 555 14 20.

Ich bin vom 22.12.2025 bis 5.1.2026 abwesend. Ihre Nachricht wird nicht weitergeleitet. In
dringenden Fällen: 026 555 14 20.

Sono assente dal 22.12.2025 al 5.1.2026.

Joyeuses fêtes – Frohe Festtage – Buone feste
Sylvie Bapst, Bapst Électricité SA, Marly
""",
    re="Réponse automatique :",
    headers=AUTO,
    days_after=0,
    salutation="Madame Bapst",
    notes="out-of-office in French, German and Italian; 5 January is the return date, not a "
    "promised date.",
)

R(
    "lx",
    "LX26-0031",
    3891.6,
    "invoice",
    "en",
    "en",
    "2026-01-14T14:02:00+01:00",
    "Alpvia Finance Helpdesk",
    "finance-support@alpvia-logistics.ch",
    "auto_reply",
    False,
    1,
    """
This is an automated message – please do not reply.

Thank you for contacting Alpvia Finance Shared Services. Your request has been logged under
ticket #FIN-26-04187 (category: Supplier invoices, priority: normal). Invoices are processed
within 10 working days. If your message concerns a payment dispute, please quote the ticket
number in all further correspondence.

Alpvia Logistics AG – Finance Shared Services
Powered by ServiceDesk Cloud
""",
    re="[#FIN-26-04187] Re:",
    headers={**AUTO, "X-Autoreply": "yes"},
    days_after=0,
    salutation="Alpvia Logistics AG",
    notes="ticket-system confirmation; 'payment dispute' and 'invoices' are its boilerplate; "
    "the 10 working days are no promise.",
)

R(
    "bq",
    "RG25-00934",
    1150.2,
    "reminder_1",
    "de",
    "mixed",
    "2026-01-05T06:30:00+01:00",
    "Thomas Lüthi",
    "t.luethi@luethi-sanitaer.ch",
    "auto_reply",
    False,
    1,
    """
Besten Dank für Ihre Nachricht. Ich bin bis und mit 9. Januar in den Skiferien und habe nur
beschränkt Zugriff auf meine E-Mails. Bei dringenden Zahlungsfragen wenden Sie sich bitte an
buchhaltung@luethi-sanitaer.ch.

Thank you for your message. I am on holiday until 9 January with limited access to e-mail.
For urgent payment matters please contact buchhaltung@luethi-sanitaer.ch.

Thomas Lüthi
Lüthi Sanitär GmbH, Kriens
""",
    re="Automatische Antwort:",
    headers=AUTO,
    days_after=0,
    salutation="Herr Lüthi",
    notes="German/English out-of-office; the address for payment questions is not a copy "
    "request; 9 January is an absence date.",
)

# ----------------------------------------------------------------------------------------------
# other
# ----------------------------------------------------------------------------------------------

R(
    "lo",
    "LO-25-0467",
    1524.0,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-16T10:00:00+01:00",
    "Postmaster boulangerie-germain.fr",
    "postmaster@boulangerie-germain.fr",
    "other",
    False,
    2,
    """
Ceci est un message automatique du serveur de messagerie boulangerie-germain.fr.

Votre message n'a pas pu être remis à la boîte aux lettres suivante :
contact@boulangerie-germain.fr

Raison : boîte aux lettres pleine (quota dépassé). Le message a été rejeté après plusieurs
tentatives, aucune nouvelle tentative ne sera faite.

Merci de ne pas répondre à ce message.
""",
    re="Message non remis :",
    headers={"Auto-Submitted": "auto-generated"},
    days_after=0,
    salutation="Madame Germain",
    notes="bounce-like 'mailbox full' notice from the customer's server, not an out-of-office: "
    "the reminder did not reach the customer (other, someone must act → 2).",
)

R(
    "wl",
    "WL-25-3126",
    2459.8,
    "invoice",
    "de",
    "de",
    "2025-12-18T15:40:00+01:00",
    "Corinne Hess",
    "corinne@hess-blumen.ch",
    "other",
    False,
    2,
    """
Hoi Lukas

Merci für d Rechnig, passt alles 👍
Ganz anders Thema: chönd ihr eus au bi Google Ads hälfe? Mir hetted gern für de Valentinstag
meh Chunde im Lade. Chasch mir es Offertli mache?

Liebi Grüess
Corinne
Hess Blumen, Winterthur
""",
    quote="apple",
    mailer=IPHONE,
    format="alt",
    salutation="Frau Hess",
    notes="thanks for the invoice plus an unrelated request for a quote (Google Ads) that needs "
    "an answer → other, not acknowledgement; Swiss German dialect.",
)

R(
    "bq",
    "RG25-00949",
    1872.4,
    "reminder_2",
    "de",
    "de",
    "2026-01-21T19:55:00+01:00",
    "Markus Müller",
    "markus.mueller1968@bluewin.ch",
    "other",
    False,
    2,
    """
Grüezi

Sie haben sich vertan, ich bin Privatperson und habe nie etwas bei Ihnen bestellt. Der Markus
Müller, den Sie suchen, ist wahrscheinlich der von Müller Elektro in Kriens – ich bekomme
deren Post dauernd. Bitte meine Adresse aus Ihrer Liste löschen, danke.

M. Müller, Luzern
""",
    quote="gmail",
    salutation="Herr Müller",
    notes="'nie etwas bestellt' is not a contestation: the reminder reached a namesake (wrong "
    "recipient) → other; the real customer has not seen it.",
)
