# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
# ruff: noqa: RUF001  (the customers write en dashes and French quotes)
"""Eleventh blind set of customers' replies (tests/data/disputes_blind11), with their labels (CC0 text).

Written by a thirteenth writer who read only the label definitions and the entry format, not the
other sets' replies, not the reader's rules and not its answers: it measures the reader once.
Everything is synthetic (people, firms, lawyers, public offices, addresses, references, IBANs).
Never tune rules on these replies.

Profile: formal, long correspondence from mid-size and large customers: legal and compliance
departments, lawyers and fiduciaries writing on behalf of a client (Maître, Rechtsanwalt,
avvocato; some real disputes, some merely asking for documents), procurement departments with
framework contracts and purchase orders, group shared-service centres (templated English or
German), Swiss cantonal and communal offices, French collectivités; corporate signatures with
long confidentiality disclaimers full of legal words; several invoices named in one e-mail;
partial and split payments; official-sounding non-disputes (bank-details verification, audit
balance confirmation, monthly payment runs, new invoicing address, acknowledgements) that must
not pause dunning, and politely implied disputes (work "not accepted yet", reservations at
acceptance, amounts withheld pending a credit note) that do.

Uses the invoicing companies of ``make_dispute_replies.py`` (bq, tv, lx, mr, fs, wl, lo); same
entry format as the other writers' modules (the ``R`` helper of ``dispute_replies_more.py``,
entries kept in this file's own ``REPLIES``); labels as defined in
/work/shared/samples/disputes/README.md.
Build with ``.venv/bin/python scripts/bench/make_dispute_replies.py --source blind11``.
"""

import dispute_replies_more as _more
from dispute_replies_more import APPLE, OUTLOOK, TB

REPLIES = []

R = _more.writer(REPLIES)

AUTO_REPLIED = {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}
AUTO_GENERATED = {"Auto-Submitted": "auto-generated", "Precedence": "bulk"}
EXCHANGE = {"Thread-Index": "AdxkQ3b1c9Yk0mJfT8a2bq1lFQ7RwA==", "Content-Language": "fr-CH"}
SAP_MAILER = "SAP NetWeaver 7.50"

# ----------------------------------------------------------------------------------------------
# contestation
# ----------------------------------------------------------------------------------------------

R(
    "lx",
    "LX-25-0784",
    6204.95,
    "reminder_3",
    "fr",
    "fr",
    "2025-11-20T16:42:00+01:00",
    "Me Aurélie Fornerod",
    "a.fornerod@fornerod-dupraz-avocats.ch",
    "contestation",
    True,
    5,
    """
Monsieur,

Je vous informe que la société Valmont Immobilier SA m'a confié la défense de ses intérêts dans le différend qui l'oppose à votre bureau. Je vous prie dès lors d'adresser dorénavant toute correspondance relative à ce dossier en mon Étude, à l'exclusion de tout contact direct avec ma mandante.

Votre dernier rappel concernant la facture LX-25-0784 de CHF 6'204.95, que vous trouverez ci-dessous, m'a été transmis par ma mandante. Celle-ci conteste cette facture dans son intégralité, pour les motifs suivants :

1. La traduction allemande du mémoire de réponse, dont la remise avait été convenue pour le 4 juillet 2025, n'a été livrée que le 11 juillet 2025, soit trois jours avant l'échéance du délai judiciaire, ce dont vous aviez parfaitement connaissance.

2. Le texte livré comportait de nombreuses erreurs portant sur des notions juridiques essentielles (confusion répétée entre « servitude » et « charge foncière », omission d'un paragraphe entier des conclusions). Ma mandante a dû le faire réviser dans l'urgence par un autre traducteur, à ses frais.

3. Ces griefs vous ont été signalés par courriel du 14 juillet 2025, resté à ce jour sans réponse.

Dans ces conditions, ma mandante refuse de s'acquitter de la facture précitée et se réserve expressément le droit de vous réclamer le remboursement des frais de révision engagés ainsi que la réparation de tout autre dommage.

Je vous informe par ailleurs que toute réquisition de poursuite serait immédiatement frappée d'opposition. Je vous invite à me faire connaître votre position d'ici au 5 décembre 2025.

Je vous prie d'agréer, Monsieur, l'expression de mes sentiments distingués.

Me Aurélie Fornerod
Avocate

ÉTUDE FORNEROD & DUPRAZ
Boulevard des Tranchées 58 – 1206 Genève
T +41 22 555 31 40 | www.fornerod-dupraz-avocats.ch

Le présent courriel et ses annexes sont confidentiels et peuvent être couverts par le secret professionnel de l'avocat (art. 321 CP, art. 13 LLCA). Ils sont destinés exclusivement à leur destinataire. Si vous n'êtes pas le destinataire prévu, toute lecture, copie, diffusion ou utilisation de ce message est strictement interdite ; nous vous prions d'en informer immédiatement l'expéditeur et de le détruire. Le présent message ne constitue ni une offre ni une acceptation et n'emporte aucune reconnaissance de responsabilité.
""",
    amount=6204.95,
    mentions=["LX-25-0784"],
    notes="A lawyer instructed by the customer refuses the whole invoice (late and faulty legal "
    "translation) and announces an opposition to any poursuite; the 5 December date is a deadline "
    "for the supplier's answer, not a payment date; the company's reminder is forwarded "
    "underneath.",
    quote="forward",
    fwd_to="comptabilite@valmont-immobilier.ch",
    subject="V/réf. facture LX-25-0784 – Valmont Immobilier SA c/ Lemanix Traductions Sàrl",
    salutation="Madame, Monsieur",
    format="alt",
    mailer=OUTLOOK,
    headers=EXCHANGE,
    days_after=5,
)

R(
    "bq",
    "BQ-25-1163",
    19674.20,
    "reminder_1",
    "de",
    "de",
    "2025-12-02T09:12:00+01:00",
    "Reto Ammann",
    "reto.ammann@helvimed-gruppe.ch",
    "contestation",
    True,
    3,
    """
Sehr geehrte Frau Imhof

Wir nehmen Bezug auf Ihre Zahlungserinnerung zur Rechnung BQ-25-1163 (Ersatz der Lüftungsanlage, Standort Klinik Seematt, Bestellung 4500218877).

Gemäss dem zwischen der HelviMed Gruppe AG und der Bergquell Haustechnik AG abgeschlossenen Rahmenvertrag Nr. RV-2023-014 (gültig bis 31.12.2026), Ziffer 5.3, gewähren Sie uns auf sämtlichem Material einen Rabatt von 8 %. Auf der vorliegenden Rechnung wurde dieser Rabatt nicht abgezogen.

Wir haben deshalb am 21. November 2025 den unbestrittenen Betrag von CHF 18'434.94 überwiesen und den Rabattbetrag von CHF 1'239.26 (8 % auf dem Materialanteil von CHF 14'330.00, inkl. 8,1 % MWST) einbehalten. Wir bitten Sie, uns über diesen Betrag eine Gutschrift auszustellen, damit wir den offenen Posten in unserer Kreditorenbuchhaltung ausgleichen können.

Die übrigen Positionen der Rechnung sowie die ausgeführten Arbeiten sind von uns geprüft und nicht beanstandet.

Für Rückfragen stehe ich Ihnen gerne zur Verfügung.

Freundliche Grüsse

Reto Ammann
Category Manager Technik & Bau
Konzerneinkauf

HelviMed Gruppe AG
Seestrasse 210 | 8810 Horgen
Tel. +41 44 555 72 18
reto.ammann@helvimed-gruppe.ch

Diese E-Mail einschliesslich allfälliger Anhänge ist vertraulich und kann rechtlich geschützte Informationen enthalten. Sie ist ausschliesslich für den bezeichneten Empfänger bestimmt. Sollten Sie diese E-Mail irrtümlich erhalten haben, benachrichtigen Sie bitte umgehend den Absender und löschen Sie die Nachricht. Jede unbefugte Weitergabe, Vervielfältigung oder Verwendung ist untersagt. E-Mails können verändert oder verfälscht werden; die HelviMed Gruppe AG lehnt jede Haftung hierfür ab. Verbindliche Erklärungen bedürfen der Schriftform und der Unterschrift zweier zeichnungsberechtigter Personen.
""",
    amount=1239.26,
    mentions=["BQ-25-1163"],
    notes="Procurement withholds the framework-contract discount and asks for a credit note (price "
    "other than agreed), after paying the rest on 21 November (a past payment, no promise); "
    "the contested amount is the withheld one as written, incl. VAT (the net CHF 14'330.00 is "
    "only the base); 'nicht beanstandet' is about the other lines.",
    quote="outlook",
    salutation="Herr Ammann",
    format="alt",
    mailer=OUTLOOK,
    re="AW:",
    days_after=3,
)

R(
    "mr",
    "F-2025-0412",
    18624.00,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-09T11:05:00+01:00",
    "Service Finances – CC du Pays de Faverges",
    "finances@cc-paysdefaverges.fr",
    "contestation",
    True,
    3,
    """
Madame,

Nous accusons réception de votre relance du 5 décembre relative à la facture n° F-2025-0412 du 26 octobre 2025 (marché n° 2025-07, lot 4 « Menuiseries extérieures », groupe scolaire des Tilleuls).

Nous vous informons que cette facture n'a pas pu être mise en paiement. En effet, les opérations préalables à la réception du lot 4, tenues le 30 septembre dernier en présence de votre conducteur de travaux, ont donné lieu à une réception prononcée avec réserves (procès-verbal du 2 octobre 2025, dont copie vous a été notifiée) :
- défaut d'étanchéité à l'air des châssis de la salle de motricité ;
- deux ouvrants de la classe 3 ne fermant pas correctement ;
- absence des fiches techniques et PV d'essais au DOE.

Tant que ces réserves ne sont pas levées, le service technique n'est pas en mesure de certifier le service fait, et l'ordonnateur ne peut procéder à la liquidation ni au mandatement de la dépense. Le délai global de paiement est par conséquent suspendu, conformément à l'article R. 2192-27 du code de la commande publique.

Nous vous invitons à prendre l'attache de M. Pellarin, responsable des services techniques, afin de convenir d'une date d'intervention. Dès réception du procès-verbal de levée des réserves, la facture sera mandatée dans les meilleurs délais.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Pour le Président et par délégation,
La Directrice générale des services
Véronique Sallaz

Communauté de communes du Pays de Faverges
Service Finances – 12 place Marcel Piquand – 74210 Faverges-Seythenex
Tél. 04 50 55 02 31

Ce message et toutes les pièces jointes sont établis à l'intention exclusive de leurs destinataires et sont confidentiels. Toute utilisation ou diffusion non autorisée est interdite. Conformément au règlement (UE) 2016/679 (RGPD), vous disposez d'un droit d'accès et de rectification des données vous concernant auprès du délégué à la protection des données de la collectivité.
""",
    amount=18624.00,
    mentions=["F-2025-0412"],
    notes="A French public body does not refuse the invoice outright but withholds all of it until "
    "the reservations made at acceptance of the works are lifted ('service fait' not "
    "certified, payment period suspended): an implied dispute of the work, whole amount; "
    "'nous accusons réception' is only the opener.",
    quote="outlook",
    salutation="Madame, Monsieur",
    format="html",
    mailer=OUTLOOK,
    re="RE :",
    days_after=4,
)

R(
    "tv",
    "TV-2025-318",
    9729.00,
    "reminder_2",
    "it",
    "it",
    "2025-12-03T15:20:00+01:00",
    "avv. Marco Pedrazzini",
    "m.pedrazzini@studiolegale-pedrazzini.ch",
    "contestation",
    True,
    5,
    """
Egregi Signori,

scrivo in nome e per conto della mia assistita, la società Atelier Moda Ceresio Sagl, con sede a Mendrisio, che mi ha trasmesso il Vostro secondo sollecito relativo alla fattura TV-2025-318 di CHF 9'729.00.

La mia assistita ha ricevuto il 9 settembre 2025 la fornitura di sei rotoli di tessuto jacquard, articolo "Lario 240", colore "blu notte". Già in sede di controllo all'arrivo è emerso che due dei sei rotoli presentano una tonalità nettamente diversa da quella del campione approvato, tale da renderli inutilizzabili per la collezione a cui erano destinati. Tali difetti Vi sono stati notificati senza indugio per iscritto il 12 settembre 2025, ai sensi dell'art. 201 CO, con documentazione fotografica; non abbiamo ricevuto alcun riscontro.

Pertanto la mia assistita contesta formalmente l'importo di CHF 3'243.00 (IVA inclusa) relativo ai due rotoli difettosi, che restano a Vostra disposizione presso il suo magazzino per il ritiro.

In segno di buona fede, essa provvederà a saldare la parte non contestata della fattura, pari a CHF 6'486.00, entro il 15 dicembre 2025. Vi invito a voler emettere una nota di credito per la differenza e ad astenerVi da ulteriori solleciti o da qualsiasi procedura esecutiva.

Con riserva di ogni diritto, in particolare del risarcimento dell'ulteriore danno.

Distinti saluti

avv. Marco Pedrazzini

Studio legale Pedrazzini
Via Nassa 17 | 6900 Lugano
Tel. +41 91 555 44 80

AVVISO DI RISERVATEZZA: Il presente messaggio e gli eventuali allegati sono confidenziali e possono contenere informazioni coperte dal segreto professionale dell'avvocato. Sono destinati unicamente alla persona o all'ente a cui sono indirizzati. Qualora lo abbiate ricevuto per errore, Vi preghiamo di informare immediatamente il mittente e di cancellarlo. Ogni utilizzo, divulgazione o copia non autorizzati sono vietati e possono costituire reato.
""",
    amount=3243.00,
    pdate="2025-12-15",
    mentions=["TV-2025-318"],
    notes="A lawyer contests two of six rolls (defect notified under art. 201 CO) and promises the "
    "undisputed part by 15 December: contestation of the stated CHF 3'243.00 with that date; "
    "urgency 5 for the lawyer and the reservation of damages.",
    quote="outlook",
    outlook_line=False,
    salutation="Signori",
    charset="iso-8859-1",
    mailer=OUTLOOK,
    re="R:",
    days_after=6,
)

R(
    "wl",
    "WL-2025-0547",
    18377.00,
    "invoice",
    "en",
    "en",
    "2025-11-18T14:31:00+01:00",
    "Priya Raman",
    "priya.raman@nordalpin-insurance.ch",
    "contestation",
    True,
    3,
    """
Dear Mr Frei,

Thank you for your invoice WL-2025-0547 relating to milestone 3 ("Go-live of the broker portal") under the Statement of Work SOW-WL-02 dated 14 March 2025.

Please note that, pursuant to section 6.2 of the SOW, milestone payments become due upon written acceptance of the respective deliverable by the business owner. User acceptance testing of the broker portal has not been completed yet: two defects classified as "blocking" (JIRA BRP-412, document upload fails for files above 5 MB, and BRP-419, incorrect premium rounding in the quote summary) remain open, and the acceptance certificate has therefore not been signed.

Accordingly, the invoice has been placed on hold in our accounts payable system. To be clear, we do not question the agreed milestone price; however, we are not in a position to release payment until acceptance has been formally granted. Once the acceptance certificate is signed, our accounts payable team will release the invoice within the usual payment terms, without the need for a new invoice.

I would suggest that our project leads align on a retest date this week.

Best regards,

Priya Raman
Vendor & Contract Management
IT Sourcing

Nordalpin Insurance Ltd
Bleicherweg 45 | 8002 Zurich | Switzerland
Phone +41 58 555 20 74

CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be legally privileged. They are intended solely for the use of the addressee. If you are not the intended recipient, please notify the sender immediately and delete this e-mail; any disclosure, copying, distribution or other use of its contents is prohibited. Nordalpin Insurance Ltd does not accept liability for any damage caused by this e-mail. Nothing in this e-mail shall constitute a binding contractual commitment unless expressly confirmed in writing by authorised signatories.
""",
    amount=18377.00,
    mentions=["WL-2025-0547"],
    notes="Polite and procedural: the milestone is 'not accepted yet' (blocking UAT defects), so the "
    "whole invoice is put on hold; 'we do not question the agreed milestone price' is a "
    "negation, the dispute is about the work delivered.",
    quote="outlook",
    outlook_line=False,
    salutation="Ms Raman",
    format="alt",
    mailer=OUTLOOK,
    re="RE:",
    days_after=1,
)

# ----------------------------------------------------------------------------------------------
# invoice_error
# ----------------------------------------------------------------------------------------------

R(
    "wl",
    "WL-2025-0561",
    2918.70,
    "invoice",
    "de",
    "de",
    "2025-11-26T06:02:00+01:00",
    "SSC Kreditoren DACH",
    "ssc-kreditoren@rhenotec-group.com",
    "invoice_error",
    True,
    3,
    """
Sehr geehrte Damen und Herren

Rückweisung Ihrer Rechnung

Ihre unten aufgeführte Rechnung konnte durch das Shared Service Center der Rhenotec Group nicht verarbeitet werden und wird Ihnen hiermit zurückgesandt.

Lieferant: Webwerk Limmat GmbH (Kreditor 700184)
Rechnungsnummer: WL-2025-0561
Rechnungsdatum: 24.11.2025
Betrag: CHF 2'918.70
Rückweisungsgrund: R03 – Bestellnummer (PO) fehlt oder ist ungültig

Gemäss unseren Einkaufsbedingungen (AEB, Ziffer 11) müssen alle Rechnungen an Gesellschaften der Rhenotec Group eine gültige zehnstellige Bestellnummer (45xxxxxxxx) enthalten. Bitte wenden Sie sich an Ihre Ansprechperson im Einkauf, um die Bestellnummer zu erhalten, und stellen Sie uns eine neue Rechnung mit gültiger Bestellnummer aus. Die vorliegende Rechnung wurde in unserem System storniert und wird nicht bezahlt.

Bitte senden Sie die korrigierte Rechnung ausschliesslich im PDF-Format an invoices.ch@rhenotec-group.com.

Freundliche Grüsse

Shared Service Center Kreditoren DACH
Rhenotec Group Services AG | Industriestrasse 9 | 5432 Neuenhof

Dies ist eine systemgenerierte Nachricht. Bei Fragen wenden Sie sich bitte an ssc-hotline@rhenotec-group.com unter Angabe der Rechnungsnummer.

Diese Nachricht ist vertraulich und ausschliesslich für den Adressaten bestimmt. Falls Sie nicht der beabsichtigte Empfänger sind, ist jede Verwendung, Offenlegung oder Weiterleitung untersagt.
""",
    mentions=["WL-2025-0561"],
    notes="A templated shared-service rejection that looks like an automatic message ('systemgenerierte "
    "Nachricht') but rejects the invoice for a missing PO number: a formal defect to reissue, "
    "not an auto-reply; no deadline, so urgency 3.",
    salutation="Damen und Herren",
    format="html",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Sehr geehrte Damen und Herren</p>
<p><b>Rückweisung Ihrer Rechnung</b></p>
<p>Ihre unten aufgeführte Rechnung konnte durch das Shared Service Center der Rhenotec Group nicht verarbeitet werden und wird Ihnen hiermit zurückgesandt.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Lieferant</td><td>Webwerk Limmat GmbH (Kreditor 700184)</td></tr>
<tr><td>Rechnungsnummer</td><td>WL-2025-0561</td></tr>
<tr><td>Rechnungsdatum</td><td>24.11.2025</td></tr>
<tr><td>Betrag</td><td>CHF 2'918.70</td></tr>
<tr><td>Rückweisungsgrund</td><td>R03 – Bestellnummer (PO) fehlt oder ist ungültig</td></tr>
</table>
<p>Gemäss unseren Einkaufsbedingungen (AEB, Ziffer 11) müssen alle Rechnungen an Gesellschaften der Rhenotec Group eine gültige zehnstellige Bestellnummer (45xxxxxxxx) enthalten. Bitte wenden Sie sich an Ihre Ansprechperson im Einkauf, um die Bestellnummer zu erhalten, und stellen Sie uns eine neue Rechnung mit gültiger Bestellnummer aus. Die vorliegende Rechnung wurde in unserem System storniert und wird nicht bezahlt.</p>
<p>Bitte senden Sie die korrigierte Rechnung ausschliesslich im PDF-Format an <a href="mailto:invoices.ch@rhenotec-group.com">invoices.ch@rhenotec-group.com</a>.</p>
<p>Freundliche Grüsse</p>
<p>Shared Service Center Kreditoren DACH<br>Rhenotec Group Services AG | Industriestrasse 9 | 5432 Neuenhof</p>
<p style="color:#808080;font-size:8pt">Dies ist eine systemgenerierte Nachricht. Bei Fragen wenden Sie sich bitte an ssc-hotline@rhenotec-group.com unter Angabe der Rechnungsnummer.<br>
Diese Nachricht ist vertraulich und ausschliesslich für den Adressaten bestimmt. Falls Sie nicht der beabsichtigte Empfänger sind, ist jede Verwendung, Offenlegung oder Weiterleitung untersagt.</p>
</body></html>""",
    mailer=SAP_MAILER,
    re="AW:",
    days_after=2,
)

R(
    "fs",
    "FS-25-2207",
    4864.50,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-15T10:48:00+01:00",
    "Laure Vonlanthen",
    "laure.vonlanthen@groupe-hotelier-gruyere.ch",
    "invoice_error",
    True,
    3,
    """
Madame Progin,

Votre rappel concernant la facture FS-25-2207 (gestion des salaires, 3e trimestre 2025) nous a été transmis par notre comptabilité fournisseurs.

Après vérification, cette facture est adressée à Groupe Hôtelier de la Gruyère SA, alors que le mandat de gestion des salaires a été conclu, comme les précédents, avec notre filiale Gruyère Hospitality Services Sàrl (IDE CHE-384.551.207), qui est l'employeur du personnel concerné. Nos directives internes de conformité ne nous permettent pas de comptabiliser, ni a fortiori de payer, une facture établie au nom d'une autre entité juridique que la partie contractante, quand bien même les deux sociétés appartiennent au même groupe.

Le montant et les prestations facturés ne posent aucun problème. Nous vous saurions gré de bien vouloir annuler la facture FS-25-2207 par une note de crédit et d'émettre une nouvelle facture au nom de :

Gruyère Hospitality Services Sàrl
Comptabilité fournisseurs
Rue de la Condémine 4
1630 Bulle

La nouvelle facture sera réglée dans le délai habituel dès sa réception.

Avec nos salutations distinguées,

Laure Vonlanthen
Juriste – Legal & Compliance

Groupe Hôtelier de la Gruyère SA
Rue de la Condémine 4 | 1630 Bulle
T +41 26 555 18 62

AVERTISSEMENT : Ce message, y compris ses éventuelles pièces jointes, est strictement confidentiel et peut contenir des informations protégées par le secret des affaires ou par un privilège légal. Il est destiné exclusivement à la personne ou à l'entité à laquelle il est adressé. Toute utilisation, reproduction ou diffusion non autorisée est interdite et peut engager la responsabilité civile et pénale de son auteur. Si vous avez reçu ce message par erreur, veuillez en aviser immédiatement l'expéditeur et le supprimer de votre système. Le Groupe Hôtelier de la Gruyère SA décline toute responsabilité quant à l'intégrité du présent message.
""",
    mentions=["FS-25-2207"],
    notes="A legal & compliance department: wrong legal entity (holding instead of the contracting "
    "subsidiary), invoice to be cancelled and reissued; amount explicitly not questioned; "
    "the legal words are in the disclaimer and the compliance explanation, not a threat.",
    quote="thunderbird",
    salutation="Madame Vonlanthen",
    mailer=TB,
    re="Re:",
    days_after=3,
)

R(
    "lo",
    "LO-25-186",
    4680.00,
    "invoice",
    "en",
    "en",
    "2025-12-05T17:26:00+01:00",
    "Katharina Brandl",
    "katharina.brandl@lichtwerk-stuttgart.de",
    "invoice_error",
    True,
    4,
    """
Dear Ms Berthier,

Thank you for invoice LO-25-186 for the lighting concept of our Lyon showroom.

Unfortunately we cannot book the invoice as issued. Lichtwerk Stuttgart GmbH is a German company registered for VAT in Germany (VAT ID DE 318 552 704, as stated on our purchase order 2025-0931). The service is a business-to-business supply of services to a customer established in another EU member state, so the place of supply is Germany and the reverse-charge mechanism applies (Article 196 of Directive 2006/112/EC; "autoliquidation" in France). Your invoice, however, charges French VAT at 20 %, i.e. EUR 780.00, on a net amount of EUR 3,900.00.

Could you please issue a credit note for the invoice and a corrected invoice for EUR 3,900.00 net, without VAT, showing both VAT numbers and the mention "Autoliquidation"?

Please note that our year-end closing is on 19 December 2025: if we receive the corrected invoice by then, it will be paid in our last payment run of the year; otherwise it can only be processed in February 2026.

Kind regards,

Katharina Brandl
Head of Finance & Controlling

Lichtwerk Stuttgart GmbH
Königstraße 62 · 70173 Stuttgart · Germany
Registered office: Stuttgart · Commercial register: Amtsgericht Stuttgart HRB 755210
Managing directors: Tobias Renner, Dr. Ines Kohlhaas

This e-mail may contain confidential and/or privileged information. If you are not the intended recipient (or have received this e-mail in error) please notify the sender immediately and destroy this e-mail. Any unauthorised copying, disclosure or distribution of the material in this e-mail is strictly forbidden.
""",
    amount=780.00,
    mentions=["LO-25-186"],
    notes="Wrong VAT (French VAT instead of reverse charge): invoice_error with the VAT amount as "
    "contested amount; the 19 December closing is a deadline for the corrected invoice, not a "
    "promised date, and makes the formal error blocking (urgency 4).",
    quote="gmail",
    salutation="Ms Brandl",
    format="alt",
    mailer=OUTLOOK,
    re="RE:",
    days_after=2,
)

R(
    "tv",
    "TV-2025-341",
    7350.80,
    "invoice",
    "it",
    "it",
    "2025-12-11T08:47:00+01:00",
    "Sezione della logistica – Servizio acquisti",
    "dfe-sl.acquisti@amministrazione-cantonale.example.ch",
    "invoice_error",
    True,
    3,
    """
Gentili Signore, egregi Signori,

ci riferiamo alla Vostra fattura TV-2025-341 del 9 dicembre 2025 concernente la fornitura e posa di tende oscuranti presso la Scuola media di Biasca.

Vi comunichiamo che la fattura non può essere registrata nella contabilità dello Stato, poiché non riporta il numero dell'ordine d'acquisto (OA 2025-118734) e il centro di costo (4120.3104), indicazioni obbligatorie ai sensi delle Direttive sulla fatturazione all'Amministrazione cantonale, che Vi sono state trasmesse al momento dell'aggiudicazione. Vi preghiamo pertanto di annullare la fattura in oggetto e di emetterne una nuova, completa dei dati sopra indicati, indirizzata a:

Amministrazione cantonale
Sezione della logistica – Servizio acquisti
Casella postale
6501 Bellinzona

Cogliamo l'occasione per ricordarVi che, a partire dal 1° gennaio 2026, tutte le fatture all'Amministrazione cantonale dovranno essere trasmesse esclusivamente in formato elettronico tramite la piattaforma di e-fattura dello Stato.

Non si tratta di una contestazione della fornitura, che è stata regolarmente collaudata.

Restiamo a disposizione per ogni chiarimento e porgiamo distinti saluti.

Per la Sezione della logistica
Daniela Fontana-Cattaneo
Collaboratrice amministrativa

Repubblica e Cantone Ticino
Dipartimento delle finanze e dell'economia
Sezione della logistica

Questo messaggio è destinato esclusivamente al destinatario indicato e può contenere informazioni confidenziali soggette al segreto d'ufficio (art. 320 CP). Chiunque lo riceva per errore è pregato di informarne il mittente e di distruggerlo.
""",
    mentions=["TV-2025-341"],
    notes="A cantonal office asks to cancel and reissue the invoice with the order number and cost "
    "centre (invoice_error), says explicitly it does not contest the delivery; the e-invoicing "
    "notice for 2026 is a second, copy_request-like issue; 'segreto d'ufficio' is boilerplate.",
    quote="outlook",
    salutation="Signori",
    format="alt",
    mailer=OUTLOOK,
    re="R:",
    days_after=2,
)

# ----------------------------------------------------------------------------------------------
# already_paid
# ----------------------------------------------------------------------------------------------

R(
    "bq",
    "BQ-25-1098",
    2387.45,
    "reminder_2",
    "de",
    "de",
    "2025-12-01T13:55:00+01:00",
    "Corinne Baumgartner",
    "c.baumgartner@treuhand-zugerberg.ch",
    "already_paid",
    True,
    3,
    """
Sehr geehrte Frau Imhof

Im Auftrag unserer Mandantin, der Kessler Liegenschaften AG in Baar, deren Kreditorenbuchhaltung wir führen, nehmen wir Bezug auf Ihre 2. Mahnung zur Rechnung BQ-25-1098.

Die Rechnung wurde von uns am 24. November 2025 über CHF 2'387.45 an Ihre QR-IBAN bei der Luzerner Kantonalbank überwiesen (Valuta 25.11.2025, mit der QR-Referenz Ihres Einzahlungsscheins). Den Zahlungsbeleg finden Sie in der Beilage. Offenbar hat sich unsere Zahlung mit Ihrer Mahnung gekreuzt.

Wir bitten Sie, Ihre Debitorenbuchhaltung entsprechend abzugleichen und die Mahnung samt Mahngebühr als gegenstandslos zu betrachten.

Freundliche Grüsse

Corinne Baumgartner
Dipl. Treuhandexpertin
Mandatsleiterin

Treuhand Zugerberg AG
Baarerstrasse 88 | 6300 Zug
T +41 41 555 66 30
Mitglied von TREUHAND|SUISSE

Der Inhalt dieser E-Mail ist vertraulich und unterliegt dem Berufsgeheimnis. Er ist ausschliesslich für den Adressaten bestimmt. Wenn Sie nicht der vorgesehene Adressat dieser E-Mail oder dessen Vertreter sind, ist Ihnen jede Verwendung, Weitergabe oder Vervielfältigung untersagt. Bitte informieren Sie uns umgehend und löschen Sie diese E-Mail. Eine Haftung für die Richtigkeit und Vollständigkeit übermittelter Informationen wird abgelehnt.
""",
    mentions=["BQ-25-1098"],
    notes="A fiduciary writes on behalf of its client: paid on 24 November with proof attached; "
    "asking to regard the reminder 'samt Mahngebühr' as void follows from the payment and is "
    "not a separate dispute of the fee; the Berufsgeheimnis disclaimer is boilerplate.",
    salutation="Damen und Herren",
    mailer=OUTLOOK,
    re="AW:",
    attachments=[("pdf", "Zahlungsbeleg_BQ-25-1098.pdf")],
    days_after=4,
)

R(
    "lx",
    "LX-25-0937",
    3507.10,
    "reminder_1",
    "fr",
    "fr",
    "2025-11-27T14:09:00+01:00",
    "Comptabilité fournisseurs – Mutuelle Romande Assurances",
    "crediteurs@mutuelle-romande.ch",
    "already_paid",
    True,
    3,
    """
Madame, Monsieur,

Nous faisons suite à votre rappel du 24 novembre concernant la facture LX-25-0937.

Selon nos enregistrements, cette facture a été réglée par notre virement groupé du 14 novembre 2025 d'un montant total de CHF 7'430.65 (ordre de paiement n° ZV-2025-11-0412), qui soldait les trois factures suivantes :

- LX-25-0912 du 2 octobre 2025 : CHF 2'184.30
- LX-25-0937 du 15 octobre 2025 : CHF 3'507.10
- LX-25-0950 du 22 octobre 2025 : CHF 1'739.25

Notre système de paiement ne transmettant que la première référence dans l'avis de débit, il est possible que le montant n'ait pas été correctement imputé de votre côté. Nous vous prions de bien vouloir vérifier vos écritures et de répartir le versement sur les trois factures.

Nous restons à votre disposition pour tout renseignement complémentaire.

Avec nos meilleures salutations,

Nadia Berset
Comptabilité fournisseurs
Finances & Controlling

Mutuelle Romande Assurances
Avenue de la Gare 20 | 1003 Lausanne
T +41 21 555 40 00

Le présent message est confidentiel et destiné uniquement à la personne ou à l'entité à qui il est adressé. Il peut contenir des informations soumises au secret professionnel ou couvertes par la législation sur la protection des données (LPD). Si vous n'êtes pas le destinataire visé, il vous est interdit de le copier, de le transmettre ou d'en faire un quelconque usage. La Mutuelle Romande Assurances ne saurait être tenue responsable de son contenu ni de sa transmission.
""",
    mentions=["LX-25-0937", "LX-25-0912", "LX-25-0950"],
    notes="A grouped payment of three invoices, listed with their amounts (none contested): the "
    "thread's invoice is paid; the remittance carried only the first reference.",
    quote="outlook",
    salutation="Madame, Monsieur",
    format="alt",
    charset="windows-1252",
    mailer=OUTLOOK,
    re="RE :",
    days_after=3,
)

R(
    "bq",
    "BQ-25-1121",
    5836.05,
    "reminder_1",
    "en",
    "en",
    "2025-12-16T07:31:00+01:00",
    "Accounts Payable GBS Krakow",
    "ap.switzerland@gbs.veltrana.com",
    "already_paid",
    True,
    3,
    """
Dear Supplier,

Thank you for your payment reminder.

Please be informed that, according to our records, the invoice referred to below has already been paid:

Vendor: Bergquell Haustechnik AG (vendor no. 3100457)
Company code: CH10 – Veltrana Switzerland AG
Invoice number: BQ-25-1121
Invoice amount: CHF 5,836.05
Payment date: 12.12.2025
Payment document: 2000045817
Paid amount: CHF 5,836.05
Bank account: CH93 0077 8205 1234 5600 1

Please allow two to three business days for the funds to be credited to your account. The remittance advice is attached for your reference.

If, after reconciliation, you still consider the invoice open, please reply to this e-mail keeping the reference AP-TCK-88213 in the subject line.

Kind regards,

Accounts Payable Team – Switzerland
Veltrana Global Business Services sp. z o.o.
ul. Zabłocie 43 | 30-701 Kraków | Poland

This message is intended only for the named recipient and may contain information that is confidential, proprietary or legally privileged. Unauthorized use, disclosure or distribution is prohibited. If you received this message in error, please notify the sender and delete it from your system. Veltrana does not accept orders or instructions given by e-mail unless confirmed by an authorised purchase order.
""",
    mentions=["BQ-25-1121"],
    notes="A templated English shared-service payment advice: the 12.12.2025 date is a past payment "
    "(not a promise), 'If ... you still consider the invoice open' is template text; a ticket "
    "number is not an invoice number.",
    salutation="Sir or Madam",
    format="alt",
    mailer=SAP_MAILER,
    re="RE:",
    attachments=[("pdf", "Remittance_Advice_2000045817.pdf")],
    days_after=4,
)

R(
    "lo",
    "LO-25-171",
    4320.00,
    "reminder_2",
    "fr",
    "fr",
    "2025-12-18T16:12:00+01:00",
    "Stéphane Guillot",
    "s.guillot@bonnard-industries.fr",
    "already_paid",
    True,
    3,
    """
Madame,

Nous accusons réception de votre second rappel concernant la facture LO-25-171 d'un montant de 4 320,00 € TTC.

Après vérification auprès de notre service trésorerie, cette facture a été intégralement réglée, en deux virements :
- un premier virement de 2 000,00 € le 21 novembre 2025, émis par erreur pour un montant partiel lors de la saisie de notre campagne de paiement ;
- un second virement de 2 320,00 € le 9 décembre 2025, correspondant au solde, dès que l'écart a été détecté.

Les deux virements portent la référence de votre facture et ont été effectués sur le compte FR76 3000 4012 3400 0102 3456 789 figurant sur celle-ci. Il est probable que seul le premier ait été lettré dans votre comptabilité au moment de l'envoi de votre rappel.

Nous vous remercions de bien vouloir procéder au rapprochement et vous prions de nous excuser pour ce paiement fractionné.

Veuillez agréer, Madame, nos salutations distinguées.

Stéphane Guillot
Responsable comptabilité fournisseurs
Direction administrative et financière

BONNARD INDUSTRIES SAS
ZI des Vernes – 01100 Oyonnax
Tél. : 04 74 55 81 20
SAS au capital de 2 400 000 € – RCS Bourg-en-Bresse 512 366 048

Ce message et ses pièces jointes peuvent contenir des informations confidentielles ou privilégiées et ne doivent donc pas être diffusés, exploités ou copiés sans autorisation. Si vous avez reçu ce message par erreur, veuillez le signaler à l'expéditeur et le détruire ainsi que les pièces jointes. Les messages électroniques étant susceptibles d'altération, Bonnard Industries décline toute responsabilité si ce message a été altéré, déformé ou falsifié.
""",
    mentions=["LO-25-171"],
    notes="Paid in two transfers (a partial one by mistake, then the balance): both dates are past "
    "payments and the two amounts are not contested; no word on the €40 indemnity.",
    quote="apple",
    salutation="Monsieur Guillot",
    mailer=APPLE,
    re="Re:",
    days_after=2,
)

# ----------------------------------------------------------------------------------------------
# delay_request
# ----------------------------------------------------------------------------------------------

R(
    "mr",
    "F-2025-0438",
    6912.00,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-10T09:37:00+01:00",
    "Mairie de Saint-Jorioz – Service comptabilité",
    "comptabilite@mairie-saintjorioz.fr",
    "delay_request",
    True,
    2,
    """
Madame,

Nous avons bien reçu votre rappel relatif à la facture n° F-2025-0438 (remplacement des portes du gymnase), dont nous ne contestons ni le montant ni l'exécution.

Nous vous informons toutefois que notre collectivité procède actuellement aux opérations de clôture de l'exercice budgétaire 2025. Les crédits ouverts au chapitre 21 ayant été entièrement consommés, une décision modificative doit être soumise au vote du conseil municipal avant que la dépense puisse être mandatée, puis prise en charge par le comptable public du Service de gestion comptable d'Annecy.

Dans ces conditions, nous sollicitons un délai de paiement jusqu'au 15 février 2026 et vous remercions de bien vouloir suspendre vos relances jusqu'à cette date. Nous nous engageons à vous tenir informée de l'avancement du dossier.

Nous vous prions de nous excuser pour ce contretemps et vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Pour le Maire et par délégation,
Sylvie Chatel-Mugnier
Responsable du service comptabilité

Mairie de Saint-Jorioz
Place de la Mairie – 74410 Saint-Jorioz
Tél. 04 50 55 60 12

Conformément à la réglementation en vigueur, les informations contenues dans ce courriel sont susceptibles de constituer des documents administratifs communicables. Ce message est destiné exclusivement à ses destinataires ; toute diffusion non autorisée est interdite.
""",
    pdate="2026-02-15",
    mentions=["F-2025-0438"],
    notes="A commune asks, for budget reasons, for a delay to a concrete date (15 February 2026) "
    "without disputing the invoice ('nous ne contestons ni le montant ni l'exécution'): a "
    "dated delay request, so it pauses.",
    quote="outlook",
    salutation="Madame, Monsieur",
    mailer=OUTLOOK,
    re="RE :",
    days_after=5,
)

R(
    "bq",
    "BQ-25-1042",
    10863.40,
    "reminder_2",
    "de",
    "de",
    "2025-12-08T17:44:00+01:00",
    "Martin Wyrsch",
    "martin.wyrsch@wyrsch-bau.ch",
    "delay_request",
    True,
    2,
    """
Sehr geehrte Frau Imhof

Ich beziehe mich auf Ihre 2. Mahnung betreffend die Rechnung BQ-25-1042 über CHF 10'863.40 für die Sanitärinstallationen in der Überbauung Kirchmatte.

Vorab: Die Rechnung ist inhaltlich korrekt und wird von uns anerkannt. Infolge des Zahlungsausfalls eines Generalunternehmers, über den im Oktober der Konkurs eröffnet wurde, ist unsere Liquidität jedoch vorübergehend angespannt. Wir erlauben uns deshalb, Ihnen folgende Ratenzahlung vorzuschlagen:

- CHF 4'000.00 per 31. Dezember 2025
- CHF 4'000.00 per 31. Januar 2026
- CHF 2'863.40 per 27. Februar 2026, zuzüglich der Mahngebühr

Wir wären Ihnen dankbar, wenn Sie diesem Zahlungsplan zustimmen und bis dahin von weiteren Mahnschritten absehen könnten. Eine kurze schriftliche Bestätigung genügt uns.

Wir schätzen die langjährige Zusammenarbeit mit der Bergquell Haustechnik AG und danken Ihnen für Ihr Verständnis.

Freundliche Grüsse

Martin Wyrsch
Leiter Finanzen / Mitglied der Geschäftsleitung

Wyrsch Bau AG
Gotthardstrasse 31 | 6460 Altdorf UR
Telefon +41 41 555 27 90

Diese Nachricht kann vertrauliche oder rechtlich geschützte Informationen enthalten. Ist sie nicht für Sie bestimmt, informieren Sie bitte den Absender und löschen Sie sie. Die Wyrsch Bau AG schliesst jede Haftung für Schäden aus der Übermittlung dieser Nachricht aus, soweit gesetzlich zulässig.
""",
    pdate="2025-12-31",
    mentions=["BQ-25-1042"],
    notes="A dated instalment plan (first instalment 31 December 2025) without dispute: pauses; the "
    "'Konkurs' is about a third party, not a threat; the fee is accepted.",
    quote="outlook",
    salutation="Herr Wyrsch",
    format="alt",
    mailer=OUTLOOK,
    re="AW:",
    days_after=4,
)

R(
    "wl",
    "WL-2025-0519",
    1945.80,
    "reminder_1",
    "en",
    "en",
    "2025-12-04T11:18:00+01:00",
    "Daniel Oberholzer",
    "daniel.oberholzer@corvisa-pharma.ch",
    "delay_request",
    False,
    2,
    """
Dear Mr Frei,

Thank you for your reminder regarding invoice WL-2025-0519, which has been approved internally and is not in question.

I would like to inform you that Corvisa Pharma is migrating its finance systems to SAP S/4HANA over the coming weeks. As part of the cut-over, all outgoing payments have been frozen since 1 December, and payments will only resume once the new system has been stabilised and the vendor master data has been validated. We do not yet have a firm date for the first payment run in the new system.

We therefore kindly ask for your patience and understanding. Please rest assured that all approved invoices, including yours, will be paid as a priority as soon as payments restart. We would appreciate it if no late-payment fees were charged for this period.

Apologies for the inconvenience, and thank you for your cooperation.

Best regards,

Daniel Oberholzer
Finance Transformation Lead

Corvisa Pharma AG
Hochbergerstrasse 60 | 4057 Basel
+41 61 555 93 27

The information contained in this communication is confidential, may be attorney-client privileged, may constitute inside information, and is intended only for the use of the addressee. Unauthorized use, disclosure or copying is strictly prohibited and may be unlawful. If you have received this communication in error, please notify us immediately by return e-mail and destroy all copies.
""",
    mentions=["WL-2025-0519"],
    notes="Asks for patience during an ERP migration with no date at all ('no firm date'): a vague "
    "delay request, so no pause; 1 December is when the freeze started, not a promise; the "
    "'attorney-client privileged' disclaimer is boilerplate.",
    quote="gmail",
    salutation="Mr Oberholzer",
    mailer=OUTLOOK,
    re="RE:",
    days_after=3,
)

R(
    "bq",
    "BQ-25-1010",
    8431.80,
    "reminder_3",
    "de",
    "de",
    "2026-01-07T10:26:00+01:00",
    "Finanzverwaltung Gemeinde Oberwil-Lieli",
    "finanzverwaltung@oberwil-lieli.example.ch",
    "delay_request",
    False,
    2,
    """
Sehr geehrte Damen und Herren

Wir bestätigen den Eingang Ihrer letzten Mahnung zur Rechnung BQ-25-1010 (Sanierung Heizungsverteilung Mehrzweckhalle).

Die Rechnung ist sachlich geprüft und wurde von der Bauverwaltung visiert. Da die Gesamtkosten des Projekts den bewilligten Verpflichtungskredit überschreiten, muss die Zahlung gemäss unserem Finanzreglement vorgängig durch einen Beschluss des Gemeinderates freigegeben werden. Das Geschäft ist für eine der nächsten Sitzungen traktandiert; die erste Sitzung im neuen Jahr findet am 19. Januar 2026 statt.

Wir bitten Sie deshalb höflich, sich noch etwas zu gedulden und von der Einleitung einer Betreibung gegen die Einwohnergemeinde abzusehen. Wir werden die Zahlung nach dem Beschluss umgehend auslösen.

Für Ihr Verständnis danken wir Ihnen bestens.

Freundliche Grüsse

Gemeinde Oberwil-Lieli
Finanzverwaltung

Beatrice Huwiler
Leiterin Finanzen

Dorfstrasse 12 | 8966 Oberwil-Lieli
Tel. 056 555 10 40

Diese E-Mail und allfällige Anhänge sind ausschliesslich für den Adressaten bestimmt und können vertrauliche Informationen enthalten, die dem Amtsgeheimnis unterstehen. Sollten Sie diese E-Mail irrtümlich erhalten haben, bitten wir Sie, den Absender zu informieren und die E-Mail zu löschen.
""",
    mentions=["BQ-25-1010"],
    notes="A commune asks to wait for a council decision: 19 January 2026 is a council meeting, "
    "not a payment date, and the item is only 'for one of the next sessions', so the request "
    "stays vague and does not pause; 'Betreibung' is the company's word, asked to be avoided.",
    salutation="Damen und Herren",
    mailer=OUTLOOK,
    re="AW:",
    days_after=2,
)

# ----------------------------------------------------------------------------------------------
# payment_promise
# ----------------------------------------------------------------------------------------------

R(
    "wl",
    "WL-2025-0602",
    5405.00,
    "reminder_1",
    "de",
    "de",
    "2026-01-08T08:15:00+01:00",
    "Kreditorenbuchhaltung Alvesta Holding",
    "kreditoren@alvesta.ch",
    "payment_promise",
    False,
    1,
    """
Sehr geehrter Herr Frei

Besten Dank für Ihre Zahlungserinnerung.

Die Rechnung WL-2025-0602 wurde inzwischen von der Fachabteilung geprüft und zur Zahlung freigegeben. Die Verzögerung ergibt sich aus dem internen Visumsprozess über die Feiertage, wofür wir um Entschuldigung bitten.

Zur Information: Die Alvesta-Gruppe führt ihre Kreditorenzahlungen ausschliesslich in einem monatlichen Zahlungslauf aus, jeweils am vorletzten Arbeitstag des Monats. Ihre Rechnung wird somit mit dem Zahlungslauf vom 29.01.2026 beglichen. Wir bitten Sie, dies bei künftigen Zahlungsfristen zu berücksichtigen.

Freundliche Grüsse

Simone Käser
Kreditorenbuchhaltung

Alvesta Holding AG
Group Finance
Zollikerstrasse 141 | 8008 Zürich

Der Inhalt dieser E-Mail und ihrer Anhänge ist vertraulich und möglicherweise rechtlich geschützt. Sie ist ausschliesslich für den Gebrauch durch den vorgesehenen Empfänger bestimmt. Die Alvesta Holding AG haftet nicht für die vollständige und fehlerfreie Übermittlung sowie für allfällige Verzögerungen beim Empfang.
""",
    pdate="2026-01-29",
    mentions=["WL-2025-0602"],
    notes="Explains the monthly payment run and names the run date (29.01.2026): a payment promise, "
    "not a delay request (nothing is asked); the note on future payment terms is procedural.",
    salutation="Damen und Herren",
    format="alt",
    mailer=OUTLOOK,
    re="AW:",
    days_after=10,
)

R(
    "lo",
    "LO-25-194",
    2760.00,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-12T15:03:00+01:00",
    "Émilie Perraud",
    "emilie.perraud@groupe-arvalis-immo.fr",
    "payment_promise",
    False,
    1,
    """
Bonjour Madame Berthier,

Je fais suite à votre relance concernant la facture LO-25-194.

Celle-ci est bien enregistrée dans nos livres et a reçu le bon à payer de la direction des programmes le 8 décembre. Conformément à notre procédure, les règlements fournisseurs sont effectués une fois par mois ; elle sera donc payée par virement lors de notre prochaine échéance, le 10 du mois prochain.

Je vous remercie de votre compréhension et reste à votre disposition.

Bien cordialement,

Émilie Perraud
Chargée de comptabilité fournisseurs

GROUPE ARVALIS IMMOBILIER
Direction financière
18 rue de la République – 69002 Lyon
Tél. : 04 72 55 63 41

Ce courriel et les documents qui y sont joints peuvent contenir des informations confidentielles. Si vous n'êtes pas le destinataire de ce message, merci d'en avertir immédiatement l'expéditeur et de le supprimer. Toute utilisation de ce message non conforme à sa destination, toute diffusion ou toute publication, totale ou partielle, est interdite, sauf autorisation expresse. Arvalis Immobilier décline toute responsabilité au titre de ce message s'il a été altéré, déformé ou falsifié.
""",
    pdate="2026-01-10",
    mentions=["LO-25-194"],
    notes="The date is relative ('le 10 du mois prochain', sent in December) and resolves to "
    "2026-01-10; 8 December is the approval date, not a payment.",
    quote="outlook",
    salutation="Madame Perraud",
    format="alt",
    mailer=OUTLOOK,
    re="RE :",
    days_after=2,
)

R(
    "tv",
    "TV-2025-299",
    1621.50,
    "reminder_2",
    "it",
    "it",
    "2025-12-04T12:40:00+01:00",
    "Fiduciaria Lepori & Rusca SA",
    "amministrazione@lepori-rusca.ch",
    "payment_promise",
    False,
    1,
    """
Egregi Signori,

in qualità di fiduciaria incaricata della contabilità della ditta Albergo Bellavista Brissago SA, Vi comunichiamo di aver ricevuto dalla nostra cliente il Vostro secondo sollecito concernente la fattura TV-2025-299.

Il ritardo è dovuto esclusivamente a un cambio di collaboratore presso il nostro studio e non alla fattura, che è corretta. Vi informiamo che il pagamento, comprensivo delle spese di sollecito, verrà eseguito entro la fine del mese corrente.

Vi preghiamo di voler indirizzare in futuro la corrispondenza contabile della nostra cliente direttamente al nostro indirizzo.

Con i migliori saluti

Fiduciaria Lepori & Rusca SA
p.o. Sara Gianella

Via Cantonale 22 | 6612 Ascona
Tel. +41 91 555 32 15
Membro FIDUCIARI|SUISSE

Le informazioni contenute nella presente comunicazione sono riservate e destinate esclusivamente al destinatario. La diffusione, distribuzione o copia della presente comunicazione da parte di persone diverse dal destinatario è vietata. Se avete ricevuto questo messaggio per errore, Vi preghiamo di comunicarlo al mittente e di distruggerlo.
""",
    pdate="2025-12-31",
    notes="A fiduciary promises payment 'entro la fine del mese corrente' (sent 4 December → "
    "2025-12-31); the request to write to the fiduciary in future is secondary and does not "
    "make it a copy request.",
    mentions=["TV-2025-299"],
    quote="thunderbird",
    salutation="Signori",
    mailer=TB,
    re="R:",
    days_after=3,
)

R(
    "fs",
    "FS-25-2231",
    3459.20,
    "invoice",
    "fr",
    "mixed",
    "2025-12-03T10:02:00+01:00",
    "Stadtverwaltung Murten / Administration communale de Morat",
    "finanzen@murten-morat.example.ch",
    "payment_promise",
    False,
    1,
    """
Sehr geehrte Damen und Herren
Madame, Monsieur,

Wir danken Ihnen für Ihre Rechnung FS-25-2231 vom 1. Dezember 2025. Die Rechnung wurde vom zuständigen Ressortleiter visiert und wird mit unserem Zahlungslauf vom 19. Dezember 2025 überwiesen.

Nous vous remercions de votre facture FS-25-2231 du 1er décembre 2025. Celle-ci a été visée par le chef de dicastère compétent et sera payée lors de notre ordre de paiement du 19 décembre 2025.

Freundliche Grüsse / Meilleures salutations

Finanzverwaltung / Administration des finances
Stadt Murten / Ville de Morat
Rathausgasse 17 | 3280 Murten

Diese Nachricht ist vertraulich. / Ce message est confidentiel.
""",
    pdate="2025-12-19",
    mentions=["FS-25-2231"],
    notes="A bilingual (German / French) communal template announcing the payment run date: a payment "
    "promise in both languages, the same date twice.",
    salutation="Madame, Monsieur",
    format="html",
    mailer="Microsoft Outlook 16.0",
    re="AW:",
    client_lang="de",
    days_after=2,
)

# ----------------------------------------------------------------------------------------------
# copy_request
# ----------------------------------------------------------------------------------------------

R(
    "fs",
    "FS-25-1984",
    2702.50,
    "reminder_3",
    "de",
    "de",
    "2025-11-24T16:50:00+01:00",
    "lic. iur. Thomas Riedo",
    "t.riedo@riedo-advokatur.ch",
    "copy_request",
    False,
    2,
    """
Sehr geehrte Damen und Herren

Ich teile Ihnen mit, dass ich vom am 2. Oktober 2025 verstorbenen Herrn Anton Jungo, zuletzt wohnhaft gewesen in Düdingen, als Willensvollstrecker eingesetzt worden bin. Eine Kopie der Bescheinigung des Friedensgerichts des Sensebezirks lege ich diesem Schreiben bei.

Die Erben haben mir Ihre letzte Mahnung zur Rechnung FS-25-1984 weitergeleitet (siehe unten). Im Hinblick auf die Erstellung des Nachlassinventars ersuche ich Sie höflich, mir folgende Unterlagen zuzustellen:

- Kopien sämtlicher offenen Rechnungen an Herrn Jungo, einschliesslich FS-25-1984;
- einen Kontoauszug über die Geschäftsbeziehung seit dem 1. Januar 2025;
- eine Kopie der Mandatsvereinbarung betreffend die Steuererklärung 2024.

Die ausgewiesenen Forderungen werden nach Abschluss des Inventars im Rahmen der Nachlassabwicklung beglichen. Ich bitte Sie, Ihre Korrespondenz in dieser Angelegenheit ab sofort ausschliesslich an meine Adresse zu richten.

Freundliche Grüsse

lic. iur. Thomas Riedo
Rechtsanwalt und Notar

Riedo Advokatur & Notariat
Hauptgasse 4 | 3186 Düdingen
T +41 26 555 40 12

Diese Nachricht enthält vertrauliche Informationen, die dem Anwaltsgeheimnis (Art. 321 StGB) unterliegen können, und ist ausschliesslich für den Adressaten bestimmt. Sollten Sie nicht der richtige Adressat sein, ist jede Kenntnisnahme, Weitergabe oder Verwendung untersagt. Bitte benachrichtigen Sie in diesem Fall den Absender und löschen Sie die Nachricht.
""",
    mentions=["FS-25-1984"],
    notes="A lawyer acting as executor of a deceased client asks for copies, a statement and the "
    "mandate: a copy request, not a dispute and not a legal threat (urgency 2); the vague "
    "'after the inventory' payment is no promise and no dated delay; the reminder is forwarded "
    "underneath.",
    quote="forward",
    fwd_to="anton.jungo@bluewin.example.ch",
    salutation="Herr Jungo",
    mailer=OUTLOOK,
    re="WG:",
    cc="Erbengemeinschaft Jungo <erben.jungo@gmx.example.ch>",
    attachments=[("pdf", "Willensvollstreckerbescheinigung.pdf")],
    days_after=9,
)

R(
    "lx",
    "LX-25-1018",
    1297.20,
    "invoice",
    "en",
    "en",
    "2025-12-17T09:00:00+01:00",
    "Procure-to-Pay Operations",
    "p2p.operations@solventis.com",
    "copy_request",
    False,
    2,
    """
Dear Valued Supplier,

IMPORTANT: Change of invoicing address effective 1 January 2026

Thank you for your invoice LX-25-1018, which has been received and will be processed under the usual payment terms.

As part of the centralisation of our Procure-to-Pay activities, Solventis SA and all its Swiss affiliates will receive supplier invoices exclusively through our new central mailbox as of 1 January 2026. Please update your records accordingly and send all future invoices, credit notes and statements to:

E-mail: invoices.ch@solventis-p2p.com (PDF only, one invoice per PDF file)
Postal address (paper invoices only if e-mail is not possible): Solventis SA, Invoice Scanning Centre, P.O. Box 1420, 1211 Geneva 26

Each invoice must show the purchase order number and the name of your Solventis requester. Invoices sent to the former addresses after 31 January 2026 will be returned unprocessed.

Thank you for your cooperation.

Procure-to-Pay Operations
Solventis SA | Route des Acacias 45 | 1227 Carouge | Switzerland

This communication is for the exclusive use of the intended recipient(s) and may contain information that is confidential, proprietary or subject to legal privilege. If you are not the intended recipient, any review, dissemination, distribution or copying is strictly prohibited. Solventis reserves the right to monitor all e-mail communications through its networks.
""",
    mentions=["LX-25-1018"],
    notes="A templated notice of a new invoicing address for future invoices, with 'IMPORTANT' and "
    "'returned unprocessed': a copy request about future invoices; this invoice is accepted and "
    "will be processed; 31 January is an address deadline, not a payment date.",
    salutation="Sir or Madam",
    format="alt",
    mailer="Salesforce Mailer",
    re="RE:",
    days_after=1,
)

R(
    "lx",
    "LX-25-0968",
    864.80,
    "reminder_1",
    "fr",
    "fr",
    "2025-12-22T14:36:00+01:00",
    "Gilles Mottier",
    "gilles.mottier@vd-hautes-ecoles.example.ch",
    "copy_request",
    False,
    2,
    """
Monsieur Chappuis,

Nous avons bien reçu votre rappel concernant la facture LX-25-0968 et vous prions de nous excuser pour ce retard.

L'original papier de cette facture ne nous est jamais parvenu, ou s'est égaré lors du déménagement de notre service du courrier. Afin de pouvoir l'enregistrer et la transmettre au visa, nous vous saurions gré de nous faire parvenir :

1. un duplicata de la facture LX-25-0968 avec la section paiement QR ;
2. un relevé de compte de toutes les factures ouvertes au nom de notre direction au 31 décembre 2025, afin que nous puissions vérifier qu'aucune autre pièce ne s'est égarée.

Ces documents peuvent nous être adressés par courriel à l'adresse ci-dessous.

Avec nos remerciements et nos salutations distinguées,

Gilles Mottier
Adjoint administratif – Gestion financière

Direction générale de l'enseignement supérieur
Rue de la Barre 8 | 1014 Lausanne

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Les informations qu'ils contiennent peuvent être soumises au secret de fonction (art. 320 CP). Si vous les avez reçus par erreur, merci d'en avertir l'expéditeur et de les détruire.
""",
    mentions=["LX-25-0968"],
    notes="A cantonal office never received the paper original: duplicate with QR section and a "
    "statement of account; 31 December is the statement date, not a promise.",
    quote="gmail",
    salutation="Monsieur Mottier",
    mailer=OUTLOOK,
    re="RE :",
    days_after=6,
)

# ----------------------------------------------------------------------------------------------
# acknowledgement
# ----------------------------------------------------------------------------------------------

R(
    "lo",
    "LO-25-201",
    9840.00,
    "invoice",
    "fr",
    "fr",
    "2025-12-08T11:42:00+01:00",
    "Direction des finances – Ville de Villeurbanne-Est",
    "dir.finances@ville-villeurbanne-est.example.fr",
    "acknowledgement",
    False,
    1,
    """
Madame,

Nous accusons réception de votre facture n° LO-25-201 relative à la mise en lumière de la façade de la médiathèque (marché n° 2025-MAPA-031).

Celle-ci a été enregistrée par nos services le 8 décembre 2025 et transmise au service gestionnaire pour certification du service fait, puis liquidation et mandatement. Nous vous rappelons que le délai global de paiement applicable aux collectivités territoriales est de trente jours à compter de la réception de la facture.

Pour les prochaines factures relevant de ce marché, nous vous remercions de continuer à les déposer également sur le portail Chorus Pro en indiquant le code service DF-031.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

La Direction des finances
Pôle exécution budgétaire

Ville de Villeurbanne-Est
Hôtel de Ville – Place de la Libération – 69100 Villeurbanne

Ce message est susceptible de contenir des informations à caractère personnel traitées conformément au RGPD. Il est destiné exclusivement à ses destinataires ; si vous n'en êtes pas le destinataire, merci de le détruire et d'en informer l'expéditeur.
""",
    mentions=["LO-25-201"],
    notes="A French public body's formal acknowledgement ('nous accusons réception', 'service fait', "
    "délai global de paiement) with no issue at all; the Chorus Pro reminder confirms the usual "
    "channel ('continuer'), it asks for no change.",
    quote="outlook",
    salutation="Madame, Monsieur",
    format="alt",
    mailer=OUTLOOK,
    re="RE :",
    days_after=0,
)

R(
    "bq",
    "BQ-25-1207",
    3567.30,
    "invoice",
    "de",
    "de",
    "2025-12-19T15:58:00+01:00",
    "Andrea Schönbächler",
    "andrea.schoenbaechler@pilatus-logistik.ch",
    "acknowledgement",
    False,
    1,
    """
Guten Tag Frau Imhof

Vielen Dank. Ich habe die Rechnung visiert und an unsere Kreditorenbuchhaltung weitergeleitet.

Freundliche Grüsse
Andrea Schönbächler

Andrea Schönbächler
Teamleiterin Einkauf & Facility Services

Pilatus Logistik AG
Ringstrasse 40 | 6010 Kriens
T +41 41 555 38 52 | M +41 79 555 17 64
www.pilatus-logistik.example.ch

Bitte prüfen Sie der Umwelt zuliebe, ob der Ausdruck dieser E-Mail erforderlich ist.

HAFTUNGSAUSSCHLUSS: Diese E-Mail einschliesslich allfälliger Anhänge enthält vertrauliche und/oder rechtlich geschützte Informationen und ist ausschliesslich für den Gebrauch durch den/die darin genannten Empfänger bestimmt. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet. Die Pilatus Logistik AG übernimmt keine Haftung für Schäden, die durch Viren oder durch Manipulation dieser E-Mail entstehen. Aussagen in dieser E-Mail sind nur verbindlich, wenn sie schriftlich bestätigt werden; Ansprüche, Mängelrügen oder Vorbehalte können auf diesem Weg nicht rechtswirksam erhoben werden.
""",
    notes="Two lines of thanks under a disclaimer longer than the message, full of legal words "
    "('Haftung', 'Mängelrügen', 'Vorbehalte', 'Ansprüche'): boilerplate, nothing to do.",
    quote="outlook",
    salutation="Frau Schönbächler",
    format="alt",
    mailer=OUTLOOK,
    re="AW:",
    days_after=1,
)

# ----------------------------------------------------------------------------------------------
# auto_reply
# ----------------------------------------------------------------------------------------------

R(
    "wl",
    "WL-2025-0533",
    7026.50,
    "reminder_2",
    "de",
    "de",
    "2025-12-22T18:03:00+01:00",
    "Dr. Fabienne Gisler",
    "fabienne.gisler@arcanum-versicherungen.ch",
    "auto_reply",
    False,
    1,
    """
Sehr geehrte Damen und Herren

Vielen Dank für Ihre Nachricht. Ich bin vom 22. Dezember 2025 bis und mit 5. Januar 2026 abwesend und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an das Sekretariat des Rechtsdienstes, legal@arcanum-versicherungen.ch, Tel. +41 31 555 81 00. Rechnungen und Mahnungen richten Sie bitte an kreditoren@arcanum-versicherungen.ch.

Freundliche Grüsse

Dr. iur. Fabienne Gisler
Leiterin Rechtsdienst / General Counsel
Arcanum Versicherungen AG
Laupenstrasse 18 | 3008 Bern

Diese E-Mail ist vertraulich und kann dem Anwaltsgeheimnis unterliegen. Sie ist ausschliesslich für den genannten Empfänger bestimmt. Jede unberechtigte Verwendung ist untersagt und kann straf- und zivilrechtliche Folgen haben.
""",
    notes="An out-of-office of a company's head of legal: 'Rechtsdienst', 'General Counsel', "
    "'strafrechtliche Folgen' are signature and disclaimer words, not a legal threat; the "
    "absence dates are no promise.",
    salutation="Frau Dr. Gisler",
    mailer=OUTLOOK,
    re="Automatische Antwort:",
    headers=AUTO_REPLIED,
    days_after=0,
)

R(
    "mr",
    "F-2025-0455",
    3180.00,
    "reminder_1",
    "fr",
    "fr",
    "2026-01-12T08:01:00+01:00",
    "CSP Comptabilité Fournisseurs",
    "no-reply.csp-fournisseurs@alpenor-groupe.example.fr",
    "auto_reply",
    False,
    1,
    """
Bonjour,

Votre message a bien été reçu par le Centre de Services Partagés – Comptabilité Fournisseurs du groupe Alpenor et enregistré sous le numéro de demande CSP-2026-004187.

Il sera traité par un gestionnaire dans un délai de cinq (5) jours ouvrés. Pour toute relance concernant cette demande, merci de répondre à ce message sans modifier l'objet.

Rappel : les factures doivent être adressées exclusivement au format PDF à l'adresse factures@alpenor-groupe.example.fr et comporter obligatoirement le numéro de bon de commande. Les demandes relatives au statut de paiement d'une facture peuvent être consultées sur notre portail fournisseurs.

Ceci est un message automatique, merci de ne pas y répondre directement.

Centre de Services Partagés Alpenor
Service Comptabilité Fournisseurs – 74000 Annecy

Ce message et toutes ses pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation ou diffusion non autorisée est interdite.
""",
    notes="A shared-service ticket confirmation: its reminder that invoices 'doivent comporter "
    "obligatoirement le numéro de bon de commande' is standard text, not a complaint about "
    "this invoice.",
    salutation="Madame, Monsieur",
    format="alt",
    mailer="ServiceNow",
    subject="[CSP-2026-004187] Accusé de réception – Rappel : facture F-2025-0455 échue",
    headers=AUTO_GENERATED,
    days_after=0,
)

# ----------------------------------------------------------------------------------------------
# other
# ----------------------------------------------------------------------------------------------

R(
    "tv",
    "TV-2025-377",
    4324.00,
    "invoice",
    "it",
    "it",
    "2026-01-15T10:20:00+01:00",
    "Luca Bernardoni",
    "luca.bernardoni@ceresio-hotels.ch",
    "other",
    False,
    2,
    """
Gentile Signora Bernasconi,

nell'ambito della revisione ordinaria dei conti annuali 2025 della Ceresio Hotels SA, il nostro ufficio di revisione, Revisa Ticino SA, procede alla circolarizzazione dei saldi dei principali fornitori.

Vi preghiamo pertanto di voler confermare direttamente al revisore, mediante il modulo allegato debitamente firmato, il saldo a Vostro favore al 31 dicembre 2025 risultante dalla Vostra contabilità, con l'elenco delle fatture aperte a tale data (secondo i nostri dati, unicamente la fattura TV-2025-377 di CHF 4'324.00, non ancora scaduta).

La conferma è da inviare entro il 30 gennaio 2026 a:
Revisa Ticino SA, sig.ra Elena Moretti, Viale Stefano Franscini 12, 6900 Lugano
oppure via e-mail a e.moretti@revisa-ticino.ch.

La presente richiesta non costituisce un riconoscimento di debito né una contestazione di alcuna posizione. Vi ringraziamo per la collaborazione.

Distinti saluti

Luca Bernardoni
Responsabile contabilità

Ceresio Hotels SA
Riva Paradiso 5 | 6900 Lugano-Paradiso
Tel. +41 91 555 27 33

Il presente messaggio e i relativi allegati contengono informazioni riservate destinate esclusivamente al destinatario. Se lo avete ricevuto per errore siete pregati di eliminarlo e di darne notizia al mittente.
""",
    mentions=["TV-2025-377"],
    notes="An auditor's balance confirmation request sent in the invoice thread: a request needing an "
    "answer (other, urgency 2), 'non costituisce ... una contestazione' is a negation; 30 "
    "January is the reply deadline, not a payment date.",
    salutation="Signor Bernardoni",
    format="alt",
    mailer=OUTLOOK,
    re="R:",
    attachments=[("pdf", "Conferma_saldo_fornitori_31.12.2025.pdf")],
    days_after=24,
)

R(
    "mr",
    "F-2025-0471",
    5736.00,
    "invoice",
    "fr",
    "fr",
    "2025-12-16T17:20:00+01:00",
    "Hélène Rastello",
    "h.rastello@savoie-hotellerie.example.fr",
    "other",
    False,
    2,
    """
Madame Roche,

Nous avons bien reçu votre facture n° F-2025-0471.

Nous avons par ailleurs reçu ce jour, par courrier postal à en-tête de votre société, une lettre nous informant d'un changement de vos coordonnées bancaires et nous demandant d'effectuer désormais nos règlements sur un compte ouvert auprès d'un établissement en ligne (IBAN FR76 1695 8000 0154 2218 3307 094).

Conformément à notre procédure de contrôle interne relative à la prévention de la fraude au faux fournisseur, aucune modification de coordonnées bancaires ne peut être enregistrée sans contre-appel de notre part auprès d'un interlocuteur connu, au numéro figurant dans nos dossiers. Dans l'attente de cette vérification, le règlement de la facture précitée ne sera pas émis.

Pourriez-vous nous rappeler au 04 79 55 12 86, ou nous confirmer par retour que ce courrier émane bien de votre société ? Si tel n'est pas le cas, nous vous invitons à le signaler aux autorités compétentes.

Bien cordialement,

Hélène Rastello
Trésorière – Direction administrative et financière

SAVOIE HÔTELLERIE SAS
73 avenue du Grand Arietaz – 73000 Chambéry

Avertissement : ce message et ses éventuelles pièces jointes sont confidentiels et soumis au secret des affaires. Ils ne peuvent engager la responsabilité de Savoie Hôtellerie SAS que s'ils sont confirmés par un écrit signé. Toute interception, usage, diffusion ou publication non autorisée est interdite et passible de poursuites.
""",
    mentions=["F-2025-0471"],
    notes="A bank-details verification (fraud prevention) that holds the payment until the change is "
    "confirmed: no dispute, nothing wrong with the invoice, so 'other' and no pause; 'fraude', "
    "'autorités', 'poursuites' are procedure and disclaimer words.",
    quote="outlook",
    salutation="Madame Rastello",
    mailer=OUTLOOK,
    re="RE :",
    days_after=1,
)
