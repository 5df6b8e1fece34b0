# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Locale data of the synthetic invoices: month names, date, amount and rate styles, the labels
per language (``L``), items, vendor countries with their streets, cities and banks, names,
trades, legal forms, customers, VAT rates, profiles, layouts and fonts.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


def q2(value) -> Decimal:
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "en": "January February March April May June July August September October November December",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}

DATE_STYLES = {
    "de": ["dotted", "dotted", "dotted_short", "words", "words", "iso"],
    "fr": ["slash", "slash", "words", "words", "dotted", "iso"],
    "it": ["slash", "slash", "words", "dotted", "dashed"],
    "en": ["words_us", "words_uk", "slash", "iso", "mon_abbr"],
}


def fmt_date(d: date, style: str, lang: str) -> str:
    month = MONTHS[lang][d.month - 1]
    if style == "dotted":
        return d.strftime("%d.%m.%Y")
    if style == "dotted_short":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "slash":
        return d.strftime("%d/%m/%Y")
    if style == "dashed":
        return d.strftime("%d-%m-%Y")
    if style == "iso":
        return d.isoformat()
    if style == "mon_abbr":
        return f"{d.day:02d}-{month[:3]}-{d.year}"
    if style == "words_us":
        return f"{month} {d.day}, {d.year}"
    if style == "words_uk":
        return f"{d.day} {month} {d.year}"
    # words in the document language
    if lang == "de":
        return f"{d.day}. {month} {d.year}"
    if lang == "fr":
        return f"{'1er' if d.day == 1 else d.day} {month} {d.year}"
    if lang == "it":
        return f"{d.day} {month} {d.year}"
    return f"{d.day} {month} {d.year}"


def fmt_amount(value: Decimal, style: str) -> str:
    """ch 1'234.50 | plain 1234.50 | fr 1 234,50 | frnb 1 234,50 (no-break space) |
    de 1.234,50 | en 1,234.50 | qr 1 234.50."""
    sign = "-" if value < 0 else ""
    whole, frac = f"{abs(value):.2f}".split(".")
    seps = {
        "ch": ("'", "."),
        "plain": ("", "."),
        "fr": (" ", ","),
        "frnb": ("\u00a0", ","),
        "de": (".", ","),
        "en": (",", "."),
        "qr": (" ", "."),
    }
    thousands, dec = seps[style]
    parts = []
    while len(whole) > 3:
        parts.insert(0, whole[-3:])
        whole = whole[:-3]
    parts.insert(0, whole)
    return sign + thousands.join(parts) + dec + frac


def fmt_rate(rate: Decimal, style: str, spaced: bool) -> str:
    text = f"{rate.normalize():f}"
    if style in ("fr", "frnb", "de"):
        text = text.replace(".", ",")
    return text + (" %" if spaced else "%")


L = {
    "de": {
        "invoice": ["Rechnung", "RECHNUNG", "Rechnung", "Faktura"],
        "credit_note": ["Gutschrift", "GUTSCHRIFT", "Gutschriftsanzeige"],
        "no": ["Rechnungsnummer", "Rechnung Nr.", "Rechnungs-Nr.", "Beleg-Nr."],
        "no_cn": ["Gutschrift Nr.", "Gutschriftsnummer", "Beleg-Nr."],
        "date": ["Rechnungsdatum", "Datum", "Belegdatum"],
        "due": ["Zahlbar bis", "Fällig am", "Fälligkeitsdatum", "Zahlungsziel"],
        "customer_no": ["Kundennummer", "Kunden-Nr.", "Ihre Kundennummer"],
        "order": ["Ihre Bestellung", "Bestell-Nr.", "Auftrag Nr.", "Ihre Referenz"],
        "delivery": ["Lieferschein", "Lieferschein-Nr.", "Lieferung Nr."],
        "delivery_date": ["Lieferdatum", "Leistungsdatum"],
        "cust_vat": ["Ihre MWST-Nr.", "Ihre UID", "Ihre USt-IdNr.", "USt-IdNr. Kunde"],
        "vat_label": ["MWST-Nr.", "UID", "USt-IdNr.", "MwSt-Nr."],
        "pos": "Pos.",
        "code": "Art.-Nr.",
        "desc": ["Bezeichnung", "Beschreibung", "Artikel"],
        "qty": ["Menge", "Anzahl", "Anz."],
        "unit": "Einheit",
        "price": ["Einzelpreis", "Preis", "Ansatz"],
        "price_incl": "Preis inkl. MWST",
        "disc": "Rabatt",
        "vat": ["MWST", "MwSt.", "USt."],
        "amount": ["Betrag", "Total", "Gesamt"],
        "net": [
            "Total exkl. MWST",
            "Nettobetrag",
            "Zwischensumme",
            "Summe netto",
            "Warenwert netto",
        ],
        "tax": ["MWST {r}", "zzgl. {r} MwSt.", "Mehrwertsteuer {r}", "USt. {r}"],
        "of": "von",
        "total": [
            "Gesamtbetrag",
            "Rechnungsbetrag",
            "Endbetrag",
            "Total inkl. MWST",
            "Zu bezahlen",
            "Total",
            "Bruttobetrag",
        ],
        "total_cn": ["Gutschriftsbetrag", "Total Gutschrift", "Gesamtbetrag"],
        "subtotal": "Zwischensumme",
        "discount": "Rabatt",
        "rounding": ["Rundungsdifferenz", "Rundung"],
        "incl_note": [
            "Im Betrag enthaltene MWST",
            "Preise inkl. MWST, darin enthalten",
            "Enthaltene MWST",
        ],
        "sum_head": ["MWST-Satz", "Basis", "MWST", "Brutto"],
        "carry": ["Übertrag", "Übertrag"],
        "carry_in": "Übertrag von Seite {p}",
        "page": "Seite {p}/{n}",
        "continued": "Fortsetzung",
        "terms": [
            "Zahlbar innert {d} Tagen netto",
            "Zahlungsbedingungen: {d} Tage netto",
            "Zahlbar innerhalb von {d} Tagen ohne Abzug",
        ],
        "skonto": "Bei Zahlung innert 10 Tagen 2% Skonto",
        "greeting": ["Sehr geehrte Damen und Herren", "Guten Tag"],
        "intro": [
            "Wir erlauben uns, Ihnen folgende Leistungen in Rechnung zu stellen:",
            "Für unsere Lieferungen und Leistungen berechnen wir Ihnen:",
        ],
        "intro_cn": ["Wir schreiben Ihnen folgende Positionen gut:"],
        "thanks": ["Besten Dank für Ihren Auftrag.", "Vielen Dank für Ihr Vertrauen."],
        "ref_cn": "Bezug: Rechnung Nr. {n} vom {d}",
        "attn": "z. Hd.",
        "bank": "Bankverbindung",
        "pay_ref": ["Referenz-Nr.", "Zahlungsreferenz"],
        "currency_note": "Alle Beträge in {c}",
        "account_for": "{c}-Konto",
        "exempt": [
            "Von der Steuer ausgenommene Leistung",
            "Steuerschuldnerschaft des Leistungsempfängers",
        ],
        "disbursement": "Auslagen (nicht steuerbar)",
        "from": "Lieferant",
        "to": "Rechnungsempfänger",
        "phone": "Tel.",
        "qr_cover": "Zahlteil zu {t} {n}",
        "units": ["Stk.", "Std.", "kg", "Pauschal", "m", "Stk."],
    },
    "fr": {
        "invoice": ["Facture", "FACTURE", "Facture"],
        "credit_note": ["Avoir", "AVOIR", "Note de crédit"],
        "no": ["Facture n°", "N° de facture", "Numéro de facture", "Facture N°"],
        "no_cn": ["Avoir n°", "N° d'avoir", "Numéro"],
        "date": ["Date de facture", "Date", "Date d'émission"],
        "due": ["Échéance", "Date d'échéance", "À payer avant le", "Date limite de paiement"],
        "customer_no": ["N° client", "Code client", "Votre numéro client"],
        "order": ["Votre commande", "Bon de commande", "Réf. commande", "Votre référence"],
        "delivery": ["Bon de livraison", "BL n°"],
        "delivery_date": ["Date de livraison", "Date de prestation"],
        "cust_vat": ["Votre n° TVA", "N° TVA client", "TVA intracom. client"],
        "vat_label": ["N° TVA", "TVA intracommunautaire", "N° TVA intracom.", "IDE"],
        "pos": "Pos.",
        "code": "Réf.",
        "desc": ["Désignation", "Description", "Libellé"],
        "qty": ["Qté", "Quantité"],
        "unit": "Unité",
        "price": ["P.U. HT", "Prix unitaire", "Prix unit. HT"],
        "price_incl": "Prix TTC",
        "disc": "Remise",
        "vat": ["TVA", "TVA %"],
        "amount": ["Montant HT", "Total HT", "Montant"],
        "net": ["Total HT", "Montant HT", "Sous-total HT", "Total hors taxes"],
        "tax": ["TVA {r}", "TVA à {r}", "T.V.A. {r}"],
        "of": "sur",
        "total": ["Total TTC", "Net à payer", "Montant TTC", "Total à payer", "Montant total"],
        "total_cn": ["Total avoir TTC", "Montant de l'avoir", "Total TTC"],
        "subtotal": "Sous-total",
        "discount": "Remise",
        "rounding": ["Arrondi", "Différence d'arrondi"],
        "incl_note": ["dont TVA", "TVA incluse", "Montant TVA inclus"],
        "sum_head": ["Taux TVA", "Base HT", "Montant TVA", "TTC"],
        "carry": ["Report", "À reporter"],
        "carry_in": "Report page {p}",
        "page": "Page {p} sur {n}",
        "continued": "suite",
        "terms": [
            "Paiement à {d} jours net",
            "Conditions de paiement : {d} jours",
            "Payable à {d} jours date de facture",
        ],
        "skonto": "Escompte 2 % pour paiement sous 10 jours",
        "greeting": ["Madame, Monsieur,", "Bonjour,"],
        "intro": [
            "Nous vous prions de trouver ci-dessous notre facture :",
            "Pour les prestations suivantes :",
        ],
        "intro_cn": ["Nous vous créditons des montants suivants :"],
        "thanks": ["Nous vous remercions de votre confiance.", "Merci pour votre commande."],
        "ref_cn": "Concerne : facture n° {n} du {d}",
        "attn": "À l'attention de",
        "bank": "Coordonnées bancaires",
        "pay_ref": ["Référence de paiement", "Référence"],
        "currency_note": "Montants en {c}",
        "account_for": "Compte {c}",
        "exempt": ["TVA non applicable, art. 293 B du CGI", "Autoliquidation - art. 283-2 du CGI"],
        "disbursement": "Débours (hors champ TVA)",
        "from": "Fournisseur",
        "to": "Client",
        "phone": "Tél.",
        "qr_cover": "Section paiement \u2013 {t} {n}",
        "units": ["pce", "h", "kg", "forfait", "m", "u."],
        "penalties": "Pénalités de retard : 3 fois le taux d'intérêt légal. Indemnité forfaitaire pour frais de recouvrement : 40 €.",
    },
    "it": {
        "invoice": ["Fattura", "FATTURA", "Fattura"],
        "credit_note": ["Nota di credito", "NOTA DI CREDITO"],
        "no": ["Fattura n.", "Numero fattura", "N. documento", "Fattura nr."],
        "no_cn": ["Nota di credito n.", "Numero documento"],
        "date": ["Data fattura", "Data", "Data documento"],
        "due": ["Scadenza", "Data scadenza", "Pagamento entro il"],
        "customer_no": ["Codice cliente", "Cod. cliente", "N. cliente"],
        "order": ["Vostro ordine", "Rif. ordine", "Ordine n."],
        "delivery": ["DDT n.", "Documento di trasporto"],
        "delivery_date": ["Data consegna", "Data DDT"],
        "cust_vat": ["P.IVA cliente", "Vs. P.IVA", "Partita IVA cliente"],
        "vat_label": ["P.IVA", "Partita IVA", "N. IVA", "IDI"],
        "pos": "Pos.",
        "code": "Cod.",
        "desc": ["Descrizione", "Articolo"],
        "qty": ["Q.tà", "Quantità"],
        "unit": "U.M.",
        "price": ["Prezzo unit.", "Prezzo", "Prezzo unitario"],
        "price_incl": "Prezzo IVA incl.",
        "disc": "Sconto",
        "vat": ["IVA", "Aliq."],
        "amount": ["Importo", "Totale"],
        "net": ["Imponibile", "Totale imponibile", "Totale netto"],
        "tax": ["IVA {r}", "Imposta {r}", "IVA al {r}"],
        "of": "su",
        "total": ["Totale fattura", "Totale documento", "Totale da pagare", "Netto a pagare"],
        "total_cn": ["Totale nota di credito", "Totale documento"],
        "subtotal": "Subtotale",
        "discount": "Sconto",
        "rounding": ["Arrotondamento"],
        "incl_note": ["di cui IVA", "IVA inclusa"],
        "sum_head": ["Aliquota", "Imponibile", "Imposta", "Totale"],
        "carry": ["Riporto", "A riportare"],
        "carry_in": "Riporto da pagina {p}",
        "page": "Pagina {p} di {n}",
        "continued": "segue",
        "terms": [
            "Pagamento: bonifico bancario {d} gg d.f.",
            "Condizioni di pagamento: {d} giorni data fattura",
            "Pagamento a {d} giorni",
        ],
        "skonto": "Sconto 2% per pagamento entro 10 giorni",
        "greeting": ["Spettabile ditta,", "Gentili signori,"],
        "intro": ["Vi addebitiamo quanto segue:", "Per le seguenti forniture:"],
        "intro_cn": ["Vi accreditiamo quanto segue:"],
        "thanks": ["Grazie per la fiducia accordataci.", "Cordiali saluti."],
        "ref_cn": "Rif.: fattura n. {n} del {d}",
        "attn": "Alla c.a.",
        "bank": "Coordinate bancarie",
        "pay_ref": ["Riferimento di pagamento", "Riferimento"],
        "currency_note": "Importi in {c}",
        "account_for": "Conto {c}",
        "exempt": [
            "Operazione non imponibile art. 8 DPR 633/72",
            "Inversione contabile art. 17 DPR 633/72",
        ],
        "disbursement": "Spese anticipate (escluse art. 15)",
        "from": "Cedente / prestatore",
        "to": "Cessionario / committente",
        "phone": "Tel.",
        "qr_cover": "Sezione pagamento \u2013 {t} {n}",
        "units": ["pz", "ore", "kg", "forfait", "m", "nr"],
    },
    "en": {
        "invoice": ["Invoice", "INVOICE", "Tax Invoice", "Invoice"],
        "credit_note": ["Credit note", "CREDIT NOTE", "Credit Note"],
        "no": ["Invoice No.", "Invoice number", "Invoice #", "Invoice no"],
        "no_cn": ["Credit note no.", "Credit note number", "Document no."],
        "date": ["Invoice date", "Date", "Date of issue"],
        "due": ["Due date", "Payment due", "Due", "Please pay by"],
        "customer_no": ["Customer no.", "Account no.", "Customer ID"],
        "order": ["Your order", "PO number", "Purchase order", "Your reference"],
        "delivery": ["Delivery note", "Packing slip"],
        "delivery_date": ["Delivery date", "Service period ends"],
        "cust_vat": ["Customer VAT no.", "Your VAT number", "Client VAT ID"],
        "vat_label": ["VAT No.", "VAT Reg. No.", "VAT number", "UID"],
        "pos": "#",
        "code": "Code",
        "desc": ["Description", "Item", "Details"],
        "qty": ["Qty", "Quantity", "Hours/Qty"],
        "unit": "Unit",
        "price": ["Unit price", "Rate", "Price"],
        "price_incl": "Price incl. VAT",
        "disc": "Disc.",
        "vat": ["VAT", "Tax"],
        "amount": ["Amount", "Line total", "Net"],
        "net": ["Subtotal", "Net amount", "Total excl. VAT", "Total net"],
        "tax": ["VAT {r}", "VAT @ {r}", "Tax {r}"],
        "of": "on",
        "total": [
            "Amount due",
            "Total",
            "Total due",
            "Invoice total",
            "Balance due",
            "Total incl. VAT",
        ],
        "total_cn": ["Total credit", "Credit total", "Total"],
        "subtotal": "Subtotal",
        "discount": "Discount",
        "rounding": ["Rounding", "Rounding difference"],
        "incl_note": ["VAT included", "Included VAT"],
        "sum_head": ["VAT rate", "Net", "VAT", "Gross"],
        "carry": ["Carried forward", "Subtotal c/f"],
        "carry_in": "Brought forward from page {p}",
        "page": "Page {p} of {n}",
        "continued": "continued",
        "terms": [
            "Payment terms: {d} days net",
            "Net {d}",
            "Payable within {d} days of invoice date",
        ],
        "skonto": "2% early payment discount within 10 days",
        "greeting": ["Dear Sir or Madam,", "Hello,"],
        "intro": ["Please find below our invoice for the following:", "For services rendered:"],
        "intro_cn": ["We have credited your account as follows:"],
        "thanks": ["Thank you for your business.", "Many thanks for your order."],
        "ref_cn": "Re: invoice no. {n} dated {d}",
        "attn": "Attn:",
        "bank": "Bank details",
        "pay_ref": ["Payment reference", "Reference"],
        "currency_note": "All amounts in {c}",
        "account_for": "{c} account",
        "exempt": ["Reverse charge: VAT to be accounted for by the recipient", "Zero-rated supply"],
        "disbursement": "Disbursements (outside the scope of VAT)",
        "from": "From",
        "to": "Bill to",
        "phone": "Tel",
        "qr_cover": "Payment part \u2013 {t} {n}",
        "units": ["pcs", "hrs", "kg", "flat", "m", "ea"],
    },
}

# Items: description per language, unit index, price range, VAT category.
ITEMS = [
    (
        {
            "de": "Beratung Buchhaltung",
            "fr": "Conseil comptable",
            "it": "Consulenza contabile",
            "en": "Accounting advisory",
        },
        1,
        (90, 220),
        "std",
    ),
    (
        {
            "de": "Programmierung Webshop",
            "fr": "Développement boutique en ligne",
            "it": "Sviluppo negozio online",
            "en": "Web shop development",
        },
        1,
        (110, 180),
        "std",
    ),
    (
        {
            "de": "Toner Laserdrucker schwarz",
            "fr": "Toner imprimante laser noir",
            "it": "Toner stampante laser nero",
            "en": "Laser printer toner, black",
        },
        0,
        (45, 140),
        "std",
    ),
    (
        {
            "de": "Bürostuhl ergonomisch",
            "fr": "Chaise de bureau ergonomique",
            "it": "Sedia da ufficio ergonomica",
            "en": "Ergonomic office chair",
        },
        0,
        (180, 650),
        "std",
    ),
    (
        {
            "de": "Servicevertrag Kopierer (Quartal)",
            "fr": "Contrat de maintenance copieur (trimestre)",
            "it": "Contratto assistenza fotocopiatrice (trimestre)",
            "en": "Copier service contract (quarter)",
        },
        3,
        (120, 480),
        "std",
    ),
    (
        {
            "de": "Montage und Installation",
            "fr": "Montage et installation",
            "it": "Montaggio e installazione",
            "en": "Assembly and installation",
        },
        1,
        (75, 125),
        "std",
    ),
    (
        {
            "de": "Kabel Cat. 6, Meterware",
            "fr": "Câble cat. 6 au mètre",
            "it": "Cavo cat. 6 al metro",
            "en": "Cat 6 cable, per metre",
        },
        4,
        (1.2, 4.8),
        "std",
    ),
    (
        {
            "de": "Reinigung Büroräume",
            "fr": "Nettoyage des bureaux",
            "it": "Pulizia uffici",
            "en": "Office cleaning",
        },
        3,
        (280, 1400),
        "std",
    ),
    (
        {
            "de": "Softwarelizenz Jahresabo",
            "fr": "Licence logicielle abonnement annuel",
            "it": "Licenza software abbonamento annuale",
            "en": "Software licence, annual",
        },
        0,
        (240, 2400),
        "std",
    ),
    (
        {
            "de": "Transportkosten",
            "fr": "Frais de transport",
            "it": "Spese di trasporto",
            "en": "Freight charges",
        },
        3,
        (15, 95),
        "std",
    ),
    (
        {
            "de": "Heizöl extra leicht",
            "fr": "Mazout extra-léger",
            "it": "Gasolio da riscaldamento",
            "en": "Heating oil",
        },
        2,
        (0.9, 1.4),
        "std",
    ),
    (
        {
            "de": "Kaffeebohnen Bio 1 kg",
            "fr": "Café en grains bio 1 kg",
            "it": "Caffè in grani bio 1 kg",
            "en": "Organic coffee beans 1 kg",
        },
        0,
        (18, 34),
        "red",
    ),
    (
        {
            "de": "Mineralwasser Kiste",
            "fr": "Eau minérale, caisse",
            "it": "Acqua minerale, cassa",
            "en": "Mineral water, crate",
        },
        0,
        (8, 16),
        "red",
    ),
    (
        {
            "de": "Fachbuch Steuerrecht",
            "fr": "Ouvrage de droit fiscal",
            "it": "Manuale di diritto tributario",
            "en": "Tax law handbook",
        },
        0,
        (39, 129),
        "red",
    ),
    (
        {
            "de": "Früchtekorb Büro",
            "fr": "Corbeille de fruits bureau",
            "it": "Cesto di frutta ufficio",
            "en": "Office fruit basket",
        },
        0,
        (25, 60),
        "red",
    ),
    (
        {
            "de": "Hotelübernachtung Einzelzimmer",
            "fr": "Nuitée chambre simple",
            "it": "Pernottamento camera singola",
            "en": "Hotel night, single room",
        },
        0,
        (110, 260),
        "mid",
    ),
    (
        {
            "de": "Seminarpauschale mit Verpflegung",
            "fr": "Forfait séminaire avec repas",
            "it": "Forfait seminario con pasti",
            "en": "Seminar package incl. meals",
        },
        3,
        (65, 140),
        "mid",
    ),
    (
        {
            "de": "Zeitungsabonnement",
            "fr": "Abonnement presse quotidienne",
            "it": "Abbonamento quotidiano",
            "en": "Newspaper subscription",
        },
        3,
        (190, 480),
        "low",
    ),
]

COUNTRY = {
    "CH": {
        "cities": {
            "de": [
                ("8001", "Zürich"),
                ("3011", "Bern"),
                ("4051", "Basel"),
                ("6003", "Luzern"),
                ("9000", "St. Gallen"),
                ("8400", "Winterthur"),
                ("5400", "Baden"),
            ],
            "fr": [
                ("1201", "Genève"),
                ("1003", "Lausanne"),
                ("2000", "Neuchâtel"),
                ("1950", "Sion"),
                ("1700", "Fribourg"),
            ],
            "it": [
                ("6900", "Lugano"),
                ("6500", "Bellinzona"),
                ("6600", "Locarno"),
                ("6850", "Mendrisio"),
            ],
        },
        "streets": {
            "de": [
                "Bahnhofstrasse",
                "Hauptstrasse",
                "Industriestrasse",
                "Seestrasse",
                "Dorfstrasse",
                "Gewerbeweg",
            ],
            "fr": [
                "Rue du Lac",
                "Avenue de la Gare",
                "Chemin des Pâquis",
                "Route de Lausanne",
                "Rue du Rhône",
            ],
            "it": [
                "Via Cantonale",
                "Via Nassa",
                "Corso San Gottardo",
                "Via Industria",
                "Viale Stazione",
            ],
        },
        "banks": [
            ("UBS Switzerland AG", "UBSWCHZH80A", "00235"),
            ("Zürcher Kantonalbank", "ZKBKCHZZ80A", "00700"),
            ("PostFinance AG", "POFICHBEXXX", "09000"),
            ("Raiffeisenbank", "RAIFCH22XXX", "80808"),
            ("Banque Cantonale Vaudoise", "BCVLCH2LXXX", "00767"),
            ("BancaStato", "BSCTCH22XXX", "00764"),
        ],
    },
    "FR": {
        "cities": [
            ("75008", "Paris"),
            ("69002", "Lyon"),
            ("13001", "Marseille"),
            ("31000", "Toulouse"),
            ("33000", "Bordeaux"),
            ("67000", "Strasbourg"),
            ("59000", "Lille"),
        ],
        "streets": [
            "rue de la République",
            "avenue Jean Jaurès",
            "boulevard Haussmann",
            "rue Victor Hugo",
            "allée des Tilleuls",
        ],
        "banks": [
            ("BNP Paribas", "BNPAFRPPXXX", "30004"),
            ("Crédit Agricole", "AGRIFRPP", "18206"),
            ("Société Générale", "SOGEFRPP", "30003"),
            ("La Banque Postale", "PSSTFRPPXXX", "20041"),
        ],
    },
    "DE": {
        "cities": [
            ("80331", "München"),
            ("10115", "Berlin"),
            ("20095", "Hamburg"),
            ("50667", "Köln"),
            ("60311", "Frankfurt am Main"),
            ("70173", "Stuttgart"),
            ("04109", "Leipzig"),
        ],
        "streets": [
            "Hauptstraße",
            "Lindenweg",
            "Industriestraße",
            "Goethestraße",
            "Am Marktplatz",
            "Schillerallee",
        ],
        "banks": [
            ("Deutsche Bank", "DEUTDEMMXXX", "70070010"),
            ("Commerzbank", "COBADEFFXXX", "50040000"),
            ("Sparkasse KölnBonn", "COLSDE33XXX", "37050198"),
            ("Stadtsparkasse München", "SSKMDEMMXXX", "70150000"),
        ],
    },
    "IT": {
        "cities": [
            ("20121", "Milano", "MI"),
            ("00184", "Roma", "RM"),
            ("10121", "Torino", "TO"),
            ("40121", "Bologna", "BO"),
            ("50123", "Firenze", "FI"),
            ("37121", "Verona", "VR"),
        ],
        "streets": [
            "Via Roma",
            "Corso Garibaldi",
            "Viale Europa",
            "Via Dante",
            "Piazza Cavour",
            "Via Mazzini",
        ],
        "banks": [
            ("Intesa Sanpaolo", "BCITITMM", "03069"),
            ("UniCredit", "UNCRITMM", "02008"),
            ("Banco BPM", "BAPPIT21", "05034"),
        ],
    },
    "GB": {
        "cities": [
            ("EC1A 1BB", "London"),
            ("M1 1AE", "Manchester"),
            ("B1 1AA", "Birmingham"),
            ("EH1 1YZ", "Edinburgh"),
            ("LS1 4AP", "Leeds"),
        ],
        "streets": ["High Street", "Station Road", "Church Lane", "Victoria Street", "Mill Road"],
        "banks": [
            ("Barclays Bank", "BARCGB22", "BARC200000"),
            ("HSBC UK", "HBUKGB4B", "HBUK400515"),
            ("Lloyds Bank", "LOYDGB2L", "LOYD309634"),
        ],
    },
}

SURNAMES = {
    "CH-de": [
        "Keller",
        "Brunner",
        "Baumann",
        "Gerber",
        "Steiner",
        "Frei",
        "Zürcher",
        "Hofstetter",
        "Moser",
        "Wyss",
    ],
    "CH-fr": ["Rochat", "Morel", "Favre", "Bonvin", "Perrin", "Cuénod", "Jaquier", "Rossier"],
    "CH-it": ["Bernasconi", "Rezzonico", "Crivelli", "Pedrazzini", "Galli", "Canonica"],
    "CH-en": ["Alpine", "Helvetic", "Matterhorn", "Rhine", "Jura", "Lakeside"],
    "FR-fr": ["Lefèvre", "Girard", "Dumont", "Marchand", "Chevalier", "Lemoine", "Fabre", "Robin"],
    "DE-de": ["Müller", "Schmidt", "Becker", "Wagner", "Hoffmann", "Schäfer", "Koch", "Richter"],
    "IT-it": ["Rossi", "Bianchi", "Conti", "Ferrari", "Esposito", "Ricci", "Marino", "Greco"],
    "GB-en": ["Harper", "Whitfield", "Northbridge", "Ashdown", "Kingsley", "Pemberton", "Thornton"],
}
TRADES = {
    "de": [
        "Haustechnik",
        "Bürotechnik",
        "Druckerei",
        "Informatik",
        "Elektro",
        "Treuhand",
        "Getränkehandel",
        "Gebäudereinigung",
    ],
    "fr": [
        "Imprimerie",
        "Informatique",
        "Électricité",
        "Fiduciaire",
        "Menuiserie",
        "Nettoyage",
        "Traiteur",
        "Transports",
    ],
    "it": [
        "Tipografia",
        "Informatica",
        "Elettro",
        "Fiduciaria",
        "Forniture",
        "Pulizie",
        "Impianti",
        "Trasporti",
    ],
    "en": [
        "Data Solutions",
        "Office Supplies",
        "Consulting",
        "Print Works",
        "Facilities",
        "Software",
        "Logistics",
    ],
}
FORMS = {
    "CH-de": ["AG", "GmbH", "GmbH", "& Co.", "Genossenschaft"],
    "CH-fr": ["SA", "Sàrl", "Sàrl", "& Fils"],
    "CH-it": ["SA", "Sagl", "Sagl"],
    "CH-en": ["AG", "GmbH", "SA"],
    "FR-fr": ["SARL", "SAS", "EURL", "SA"],
    "DE-de": ["GmbH", "GmbH & Co. KG", "AG", "e.K.", "KG"],
    "IT-it": ["S.r.l.", "S.p.A.", "S.n.c.", "S.r.l."],
    "GB-en": ["Ltd", "Ltd", "LLP", "plc"],
}
CUSTOMERS = {
    "CH": [
        ("Seeland Immobilien AG", "Marktgasse", "3011", "Bern"),
        ("Lac Léman Events SA", "Quai du Mont-Blanc", "1201", "Genève"),
        ("Ticino Verde Sagl", "Via Pretorio", "6900", "Lugano"),
        ("Nordwind Logistik GmbH", "Hafenstrasse", "4057", "Basel"),
    ],
    "FR": [
        ("Maison Colibri SAS", "rue Nationale", "37000", "Tours"),
        ("Atelier Pivoine SARL", "quai des Chartrons", "33000", "Bordeaux"),
    ],
    "DE": [
        ("Blauwal Medien GmbH", "Kaiserstraße", "76133", "Karlsruhe"),
        ("Rheinblick Hotel KG", "Rheinuferstraße", "55116", "Mainz"),
    ],
    "IT": [
        ("Lago Blu S.r.l.", "Via Manzoni", "22100", "Como"),
        ("Officine Aurora S.p.A.", "Via Emilia", "41121", "Modena"),
    ],
    "GB": [
        ("Bluebell Catering Ltd", "King Street", "BS1 4EF", "Bristol"),
        ("Oakridge Estates Ltd", "Queen Street", "CF10 2BH", "Cardiff"),
    ],
}

RATES = {
    "CH_new": {"std": "8.1", "red": "2.6", "mid": "3.8", "low": "2.6"},
    "CH_old": {"std": "7.7", "red": "2.5", "mid": "3.7", "low": "2.5"},
    "FR": {"std": "20", "mid": "10", "red": "5.5", "low": "2.1"},
    "DE": {"std": "19", "red": "7", "mid": "7", "low": "7"},
    "IT": {"std": "22", "mid": "10", "red": "4", "low": "5"},
    "GB": {"std": "20", "red": "5", "mid": "20", "low": "0"},
}

PROFILES = [
    ("CH", "de", 20),
    ("CH", "fr", 13),
    ("CH", "it", 8),
    ("CH", "en", 8),
    ("FR", "fr", 15),
    ("DE", "de", 14),
    ("IT", "it", 12),
    ("GB", "en", 6),
]
LAYOUTS = ("left", "right", "centered", "band", "sidebar", "mono", "parties")

FONTS = [
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("DejaVuSans", "DejaVuSans-Bold"),
    ("DejaVuSerif", "DejaVuSerif-Bold"),
    ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold"),
]
