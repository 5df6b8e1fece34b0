"""Label patterns of the text rules, and the tests on one line of text.

Every pattern matches the folded text (:func:`fold`: lower case, no accents, same length as the
original, so spans map back), in French, German, Italian and English (and, for the header
fields, Dutch, Spanish and Portuguese), with optional spaces between words for OCR output. The line tests say whether a text looks like a name, a street, a
ZIP and city or a one-line sender address ("Name · Street 1 · 1234 City"); they need no page
layout. Used by :mod:`.rules` and the modules it runs.
"""

from __future__ import annotations

import re
import unicodedata

# letters with a stroke, which Unicode does not decompose ("płatności", "Ørsted", "Đurić")
_STROKED = str.maketrans("łŁøØđĐ", "lLoOdD")


def fold(text: str) -> str:
    """Lower case without accents, same length as ``text`` so spans map back."""
    out = []
    for char in text.translate(_STROKED):
        base = unicodedata.normalize("NFKD", char)[:1] or char
        low = base.lower()
        out.append(low if len(low) == 1 else char)
    return "".join(out).replace("\u2019", "'").replace("`", "'")


def _rx(*patterns: str) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


def norm_name(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", fold(text or ""))


# --- labels (on folded text) ----------------------------------------------------------------------

# "n°", "nº" / "n.º" (folded "no" / "n.o"), "nr", "no", "num", "numero": the number word after
# a document word ("Factura n.º", "Fatura nº", "Facture n°").
_NO = r"(?:n\.?\s*[°o]|nr|num|numero)(?![a-z])\.?"

INVOICE_NO = _rx(
    r"(?:rechnungs|gutschrifts|beleg|faktura)\.?\s*-?\s*(?:nummer|nr|no)\b\.?",  # "Rechnungs.-Nr."
    r"(?:rechnung(?:s-?korrektur|sberichtigung)?|gutschrift|faktura)\s*(?:nr|no|nummer)\b\.?",
    r"(?:numero|n°|no|nr|num)\.?\s*(?:de\s*(?:la\s*)?|d')?\s*(?:facture|avoir)\b",
    r"\b(?:facture|avoir)\s*(?:n°|no|nr|numero|num)(?![a-z])\.?",
    r"numero\s*(?:della\s*)?fattura|\bfattura\s*(?:n°|nr|no|n|numero)(?![a-z])\.?",
    r"nota\s*di\s*credito\s*(?:n°|nr|no|n|numero)(?![a-z])\.?",
    r"\b(?:invoice|credit\s*note|bill|receipt)\s*(?:no|number|nr|num|n°)(?![a-z])\.?|\binvoice\s*#",
    # "Rechnung #:" (a US platform's invoice in German), "Facture #", "Factuur #"
    r"\b(?:rechnung|gutschrift|facture|avoir|fattura|factuur|factura|fatura|faktura)\s*#",
    r"\b(?:n|nr|no|n°|num|numero)\.?\s*(?:del\s*)?documento\b|\bdocumento\s*(?:n°|nr|no|n)(?![a-z])\.?"
    r"|\b(?:document|dokument)\s*-?\s*(?:no|nr|number|nummer|n°)(?![a-z])\.?",
    r"\bn\.?\s*(?:[°o]\.?\s*)?fattura\b|\binv\.?\s*(?:no|#|number)(?![a-z])\.?|\binvoice\s*id\b"
    r"|\binvoice\s*ref(?:erence)?\b\.?",
    # Dutch, Spanish, Portuguese
    r"(?:factuur|creditnota)\s*-?\s*(?:nummer|nr|no)(?![a-z])\.?",
    rf"(?:numero|num|{_NO}|no)\.?\s*(?:de\s*(?:la\s*)?|da\s*|do\s*)?(?:factura|fatura)\b",
    rf"\b(?:factura|fatura)(?:\s*-\s*recibo|\s*rectificativa|\s*simplificada)?\s*(?:{_NO}|no(?![a-z])\.?)",
    rf"nota\s*de\s*credito\s*(?:{_NO}|no(?![a-z])\.?)",
    # Polish ("Numer faktury", "Nr faktury", "Faktura VAT nr"; "Faktura nr" above), Czech and
    # Slovak ("Číslo faktury", "Faktura č."), Finnish ("Laskun numero", "Laskunro"), Croatian,
    # Serbian, Bosnian, Slovene ("Račun br.", "Broj računa", "Številka računa"), Hungarian
    # ("Számla sorszáma", "Számlaszám"); Nordic "Fakturanummer" is German's "faktura-nummer"
    r"\b(?:numer|nr)\.?\s*faktury\b|\bfaktura\s*vat\s*(?:nr|no)(?![a-z])\.?",
    r"\bcislo\s*faktury\b|\bfaktura\s*(?:c\.|cislo\b)",
    r"\blasku(?:n)?\s*-?\s*(?:numero|nro|nr)(?![a-z])\.?",
    # not a bank account's "tekući račun br." / "žiro račun"
    r"(?<!tekuci\s)(?<!ziro\s)(?<!ziro-)(?<!transakcijski\s)\bracun(?:a)?\s*(?:br|st|broj|stevilka)"
    r"(?![a-z])\.?|\bbroj\s*racuna\b"
    r"|\b(?:stevilka|st)\.?\s*racuna\b",
    r"\bszamla\s*(?:sorszama|szama|szam)\b|\bszamlaszam\b",
)
# A credit note's own number: it wins over the invoice it refers to.
CREDIT_NO = re.compile(
    r"(?:gutschrift|avoir|nota\s*di\s*credito|credit\s*note|note\s*de\s*credit|creditnota"
    r"|nota\s*de\s*credito|factura\s*rectificativa)\w*\s*-?\s*"
    r"(?:n°|nr|no|n\.?\s*o|n|num|numero|nummer|number|#)(?![a-z])"
)
# Before a label on the same line: the number or date that follows is another document's
# ("Rif.: fattura n. 123", "Bezug: Rechnung Nr.", "Original invoice no.").
REFERENCE_PREFIX = re.compile(
    r"(?:^\s*re\s*:|\b(?:rif|bezug|betreff|betr|concerne|original\w*|storno|relati\w*|related"
    r"|gemass|corrects?|annul\w*|replaces?|ersetzt|sostituisce|gutschrift\w*|avoir|credit\s*note"
    r"|nota\s*di\s*credito|note\s*de\s*credit|creditnota|betreft|oorspronkelijke?|rectifica\w*"
    r"|nota\s*de\s*credito|referente|anula\w*|sustituye|substitui)\b)\W*(?:\w+\W*){0,3}$"
    r"|\b(?:ref|reference|referenz|riferimento|referentie|referencia)\b\W*(?:\w+\W*)?$"
    r"|(?:ursprungs|original|bezugs|vorgangs)\s*-?\s*$"  # "Ursprungsbeleg-Nr", "Originalrechnung"
)
# After a label: the number or date is another document's ("N° de facture associée",
# "Date de la facture d'origine", "original invoice date").
REFERENCE_SUFFIX = re.compile(
    r"^\W*(?:associee|d\s*'?\s*origine|originale?|initiale|rectifiee|corrigee|de\s*reference"
    r"|referenced|related|precedente|rectificada|original|oorspronkelijke?)\b"
)
# Before a date label: "payable within 30 days of invoice date (...)" is not the invoice date.
TERMS_PREFIX = re.compile(
    r"(?:days|tage|tagen|jours|giorni|within|innert|innerhalb|entro|dans|after|nach|dopo|apres"
    r"|ab|from|des|dalla|dal|dagen|binnen|vanaf|dias|tras|desde|apos|dentro)\W*(?:\w+\W*){0,2}$"
)
# A till receipt's own number ("Bon-Nr.:8381", "BonNr", "Kassenbon Nr. 12", "Bon 0950"): it
# wins over the number of a card slip printed on the same roll ("Beleg-Nr." of the terminal).
RECEIPT_NO = re.compile(
    r"(?<![a-z])(?:kassen)?bon\s*-?\s*(?:nummer|nr|no)(?![a-z])\.?"
    r"|kassen\s*-?\s*(?:beleg|zettel)\s*-?\s*(?:nummer|nr)(?![a-z])\.?"
    r"|(?<![a-z])bon(?=\s?\d{3,}(?![\d.,]))"
    # "Ticket N° 4567" (fr), "Scontrino n. 12" (it)
    r"|(?<![a-z])(?:ticket|scontrino)\s*(?:n\s?[°o.]|nr|num(?:ero)?)(?![a-z])\.?"
)
# The lines of a card terminal's slip: a "Beleg-Nr." near them is the slip's number.
CARD_SLIP = re.compile(
    r"trace\s*-?\s*n[ro]|terminal\s*-?\s*id|kundenbeleg|handlerbeleg|as\s*-?\s*zeit"
    r"|genehmig|kartenzahlung|girocard|contactless|kontaktlos|ec\s*-?\s*cash|pos\s*-?\s*info"
)
NUMBER_ONLY = re.compile(r"^\s*(?:numero|nummer|number)\s*:?\s*$")
# "Rechnung Teilzahlung Nr.", "Facture d'acompte n°": not when a word between names another
# document ("Rechnung zu Ihrer Bestellung Nr.", "invoice for your order no.").
INVOICE_NO_LOOSE = re.compile(
    r"(?:rechnung|facture|invoice|fattura|factuur|factura|fatura)\w*"
    r"(?:\s+(?!(?:bestell|auftrag|kund|order|commande|client|ordine|cliente|pedido|encomenda|klant"
    r"|contra|vertrag|liefer|delivery|livraison|consegna|entrega|levering|project|projekt)\w*)[\w'-]+)"
    r"{1,3}?\s+(?:nr|no|n°|nummer|numero)(?![a-z])\.?"
)
TITLE = re.compile(
    r"^\s*(?:rechnung|facture|invoice|fattura|gutschrift|avoir|credit\s*note|nota\s*di\s*credito"
    r"|note\s*de\s*credit|tax\s*invoice|proforma|quittung|receipt|ricevuta|factuur|creditnota"
    r"|factura|fatura(?:\s*-\s*recibo)?|nota\s*de\s*credito|faktura|lasku|racun|szamla)\s*[:#]?\s+"
    r"(?=\S*\d|[a-z]{1,4}\s\d)"
)
INVOICE_DATE = _rx(
    r"rechnungsdatum|belegdatum|ausstellungsdatum|fakturadatum|gutschriftsdatum|datum\s*der\s*rechnung",
    r"date\s*(?:de\s*(?:la\s*)?)?factur(?:e|ation)|date\s*d\s*'?\s*emission|date\s*de\s*l\s*'?\s*avoir",
    r"data\s*(?:della\s*)?fattura|data\s*(?:di\s*)?emissione|data\s*documento",
    r"invoice\s*date|date\s*of\s*(?:issue|invoice)|issue\s*date|billing\s*date|credit\s*note\s*date"
    r"|date\s*issued|invoice\s*dated|bill\s*date|date\s*of\s*bill|document\s*date"
    # a utility's or a card's bill: "Statement Date: Feb 25, 2021", "DATE BILL ISSUED"
    r"|statement\s*date|date\s*bill\s*issued",
    r"rechnungs\s*-\s*datum|ausgestellt\s*am",
    # Dutch, Spanish, Portuguese
    r"factuur\s*-?\s*datum|datum\s*(?:van\s*de\s*)?factuur|datum\s*uitgifte",
    r"fecha\s*(?:de\s*(?:la\s*)?)?factura|fecha\s*(?:de\s*)?(?:emision|expedicion)",
    r"data\s*(?:da\s*)?fatura|data\s*(?:de\s*|da\s*)?emissao",
    r"data\s*wystawienia|datum\s*vystaveni",  # pl, cs
    # da/no, fi, sk, hr/sr/bs/sl, hu
    r"fakturadato|laskun\s*paivamaara|laskupaiva|datum\s*(?:vyhotovenia|vystavenia)",
    r"datum\s*(?:izdavanja\s*)?racuna|datum\s*izdavanja|datum\s*izdaje",
    r"szamla\s*kelte|kiallitas\s*(?:datuma|kelte)",
)
# "Datum:", "Date", "Fecha", and bilingual "Datum / Date:"
GENERIC_DATE = re.compile(
    r"^\s*(?:datum|date|data|dated|du|vom|fecha|dat(?=\.))(?:\s*/\s*(?:datum|date|data|fecha))?"
    r"\s*(?:[:.\u2026_]\s*)*(?=$|\d|[a-z]+\.?\s*\d)"
)
DATE_IN_TEXT = re.compile(
    r"(?:facture|rechnung(?:s-?korrektur|sberichtigung)?|invoice|fattura|avoir|gutschrift(?:sanzeige)?|faktura"
    r"|nota\s*di\s*credito|credit\s*note|note\s*de\s*credit|factuur|factura|fatura|creditnota"
    r"|nota\s*de\s*credito)\b"
    r"(?:\s*(?:n°|nr|no|n\.?\s*o|n|num|numero|nummer|#)?\.?\s*(?:[a-z]{1,4}\s)?"
    r"[\w./-]*\d[\w./-]*(?:\s\d[\w./-]*){0,2})?\s+(?:du|vom|von|of|del|dated|datee?|dd\.?|d\.\s?d\.?|van|de|d[ao]"
    r"|issued\s*(?:at|on))\s+"
    r"(?=\d|[a-z]{3,9}\.?\s+\d)"
)
# The heading of an e-invoice viewer ("Handelsrechnung (380) Nr. 471102 vom 05.03.2024",
# "Commercial invoice (380) No. INV-7 of 2024-03-05"): the document type code in brackets, the
# number (free text up to the date word) and the date, which a long heading wraps to the next
# line.
_DATE_WORD = r"(?:vom|von|of|du|del|de|dated|van|do|da|dd\.?|d\.\s?d\.?)"  # Dutch "d.d."
TYPE_CODE_HEADING = re.compile(
    r"^\s*[a-z][\w .\-/()]{1,60}?\s*\((?:\d{3})\)\s*(?:nr|no|n°|n\.?\s*o|num|numero|nummer|number|#)"
    rf"(?![a-z])\.?\s*:?\s*(?P<number>\S.{{0,40}}?)\s+{_DATE_WORD}(?:\s+(?=\d|[a-z]{{3,9}}\.?\s+\d)|\s*$)"
)
# A heading wrapped before its date word: "Gutschrift (Selbst ausgestellte Rechnung) Nr. 4711"
# over "vom 31.10.2018".
WRAPPED_HEADING = re.compile(
    r"^\s*(?:[a-z][\w\-]*\s+)?[a-z\-]*(?:rechnung|gutschrift|invoice|facture|avoir|fattura|factuur"
    r"|factura|fatura|credit\s*note)\w*(?:\s*\([\w .\-/]{1,40}\))?\s*"
    r"(?:nr|no|n°|n\.?\s*o|num|numero|nummer|number|#)(?![a-z])\.?\s*:?\s*(?P<number>\S{2,32})\s*$"
)
DATE_WORD_START = re.compile(rf"^\s*(?:{_DATE_WORD}\s+)?(?=\d|[a-z]{{3,9}}\.?\s+\d)")
# "Fälligkeiten 01.07., 01.10." (plural) lists instalments: no single due date.
DUE_DATE = _rx(
    r"f(?:a|ae)lligkeit(?!en)[a-z]*|f(?:a|ae)llig(?!keiten)\s*(?:am|bis|per)?|zahlbar\s*(?:bis|am|per)|zahlungsfrist"
    r"|zahlungstermin|zahlungsziel|zahlung\s*bis"
    # "Zahlbar ohne Abzug bis", "Bitte überweisen Sie den Betrag bis zum"; not the payment-terms
    # text "Zahlbar innerhalb 30 Tagen netto bis ..." (e-invoices give it as terms, no due date)
    r"|(?:zahlbar|uberweisen|bezahlen|begleichen)\s+(?:(?!\d+\s*tag)[\w%,.\-]+\s+){0,5}?bis"
    r"(?:\s*(?:zum|spatestens))?",
    r"date\s*d\s*'?\s*echeance|echeance|payable\s*(?:jusqu\s*'?\s*au|avant\s*le|le)"
    r"|a\s*(?:payer|regler)\s*(?:avant\s*le|jusqu\s*'?\s*au|le|au\s*plus\s*tard\s*le)"
    r"|date\s*limite\s*de\s*(?:paiement|reglement)|reglement\s*(?:avant\s*le|le)",
    r"scadenza(?:\s*(?:pagamento|fattura))?|pagabile\s*entro(?:\s*il)?|da\s*pagare\s*entro(?:\s*il)?"
    r"|pagamento\s*entro(?:\s*il)?",
    r"due\s*date|payment\s*due|due\s*(?:on|by)|payable\s*(?:by|until|before|on)|pay\s*by|date\s*due"
    r"|^\s*due\s*:|^\s*due\s*$|pay\s*(?:before|until)|payment\s*deadline|to\s*be\s*paid\s*(?:by|before)"
    r"|remit\s*(?:by|until|before)"
    r"|(?:terms\s*of\s*payment|payment\s*terms?)\s*:?\s*(?:up\s*to|until|by|before)\b"
    # "Invoice total due 18 Feb 20", "Balance due 05/03/2024": "due" right before a date
    r"|\bdue\s+(?=\d{1,2}(?:st|nd|rd|th)?[\s\-]+[a-z]{3}|\d{1,2}[./-]\d{1,2}[./-]\d{2}"
    r"|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})",
    r"paiement\s*(?:avant\s*le|au\s*plus\s*tard\s*le)",
    # Dutch, Spanish, Portuguese
    r"vervaldatum|vervaldag|vervalt\s*op|uiterste\s*betaal\s*datum|(?:te\s*)?betalen\s*(?:voor|uiterlijk(?:\s*op)?|op)\b",
    r"fecha\s*(?:de\s*)?vencimiento|vencimiento|fecha\s*limite\s*de\s*pago|pagar\s*antes\s*del?|vence\s*el"
    r"|(?:fecha|data)\s*(?:de\s*)?(?:vto|venc)\b\.?",
    r"data\s*(?:de\s*|do\s*)?vencimento|vencimento|data\s*limite\s*(?:de\s*)?pagamento|pagar\s*ate|pagamento\s*ate"
    r"|vence\s*em",
    r"termin\s*platnosci|datum\s*splatnosti",  # pl, cs, sk
    # sv, da, no, fi, hr/bs, sl, hu
    r"forfallodat(?:um|o)|forfallodag|forfaldsdato|forfallsdato|betalas\s*senast|erapaiva"
    r"|rok\s*placanja|datum\s*dospijeca|dospijece|rok\s*placila|datum\s*zapadlosti"
    r"|fizetesi\s*hatarido",
)
# Last resorts for a document without an invoice date: the day a receipt says it was paid, the
# day of the order a web shop's invoice names alone.
PAID_DATE = re.compile(
    r"date\s*paid|paid\s*(?:on|date)|payment\s*received(?:\s*on)?|bezahlt\s*am|paye\s*le"
    r"|regle\s*le|pagato\s*il|betaald\s*op|pagado\s*el|pago\s*em"
)
ORDER_DATE = re.compile(
    r"order\s*date|date\s*of\s*(?:the\s*)?order|ordered\s*on|bestell\s*-?\s*datum|auftrags\s*-?\s*datum"
    r"|date\s*de\s*(?:la\s*)?commande|data\s*(?:dell\s*'?\s*)?ordine|bestel\s*-?\s*datum"
    r"|fecha\s*(?:del?\s*)?pedido|data\s*(?:da\s*|do\s*)?(?:encomenda|pedido)"
)
# A discount date ("Zahlbar mit 2% Skonto bis", "escompte si paiement avant le") is no due date.
DISCOUNT = re.compile(r"skonto|escompte|sconto|discount|korting|descuento|desconto")
DEBIT_DATE = re.compile(
    r"preleve\s*le|prelevement\s*(?:le|du)|abbuchung\s*am|wird\s*am|debited\s*on|addebito\s*il"
)
NOT_INVOICE_DATE = re.compile(
    r"liefer|livraison|delivery|consegna|leistung|bestell|commande|order|ordine|periode|period"
    r"|zeitraum|echeance|scadenza|due|fallig|zahlbar|payable|stand|geburt|naissance|valid"
    r"|levering|entrega|vencim|verval|prestation|prestacion|prestacao|service|servicio|servico"
)
PAYMENT_REF = _rx(
    r"communication\s*(?:for|pour|de|du)?\s*(?:your|votre)?\s*(?:payment|paiement|virement)",
    r"comunicazione\s*(?:di|del|per\s*il)?\s*(?:pagamento|bonifico)",
    r"payment\s*(?:reference|communication)|reference\s*(?:de|du)\s*(?:paiement|virement)",
    r"reference\s*(?:de\s*l.?\s*)?avis\s*de\s*paiement|reference\s*a\s*rappeler",
    r"zahlungsreferenz|verwendungszweck|riferimento\s*(?:di|del|per\s*il)?\s*pagamento",
    r"structured\s*communication|communication\s*structuree|mitteilung",
    r"remittance\s*(?:information|info|reference|ref)|payment\s*ref\b\.?|reference\s*for\s*(?:your\s*)?payment",
    r"libelle\s*(?:du|de\s*votre)\s*virement|motif\s*du\s*virement|causale(?:\s*(?:del\s*)?(?:pagamento|bonifico|versamento))?",
    # Dutch, Spanish, Portuguese
    r"betalingskenmerk|betalings\s*-?\s*referentie|betaalreferentie|gestructureerde\s*mededeling",
    r"referencia\s*(?:de|del|para\s*el)?\s*pago|concepto\s*(?:de\s*(?:la\s*)?)?(?:transferencia|pago)",
    r"referencia\s*(?:de|do|para\s*o?)?\s*pagamento",
    # hr/sr/bs, sl, sv, fi, no, cs/sk
    r"poziv\s*na\s*broj|\bsklic\b|ocr\s*-?\s*(?:nummer|nr|referens)|\bviite(?:numero)?\b"
    r"|\bkid\s*(?:-?\s*(?:nummer|nr)\b|:)|variabilni\s*symbol",
    # "Referenz (bitte bei Zahlung angeben)", "Reference (please quote with your payment)"
    # "(Bei Schriftwechsel und Zahlung bitte angeben.)" under "Vertrag Nr: 00.123.456.7"
    r"(?:bei|mit)\s*(?:der\s*|ihrer\s*)?(?:[a-z]+\s*(?:und|oder|/)\s*(?:der\s*|ihrer\s*)?)?"
    r"(?:zahlung|uberweisung)\s*(?:bitte\s*)?angeben"
    r"|please\s*quote\s*(?:\w+\s*){0,2}?(?:with|on|when)\s*(?:your\s*)?(?:payment|paying)"
    r"|a\s*rappeler\s*(?:lors\s*de\s*votre|lors\s*du|avec\s*votre|sur\s*votre)\s*(?:paiement|reglement|virement)"
    r"|da\s*indicare\s*(?:nel|per\s*il|sul)\s*(?:pagamento|bonifico)"
    r"|bij\s*(?:de\s*|uw\s*)?betaling\s*vermelden|indicar\s*(?:en\s*el|no)\s*pago|\bpayment\s*id\b",
)
# A request to quote the invoice's own number with the payment, naming it without printing it
# ("Virement en indiquant le numéro de facture", "unter Angabe der Rechnungsnummer", "please
# quote the invoice number with your payment", "indicando il numero di fattura nella causale",
# "onder vermelding van het factuurnummer"): the invoice number is the payment reference.
_INVOICE_NO_WORDS = (
    r"(?:(?:le\s*|votre\s*|notre\s*|du\s*|des\s*)?(?:numero|n°|no|nr|reference)\.?\s*(?:de\s*(?:la\s*)?|d\s*'?\s*)?facture"
    r"|(?:der\s*|unserer\s*|ihrer\s*|die\s*|unsere\s*)?rechnungs\s*-?\s*(?:nummer|nr)\b\.?"
    r"|(?:the\s*|your\s*|our\s*|this\s*)?invoice\s*(?:number|no\b\.?|#|ref\w*)"
    r"|(?:il\s*|del\s*)?(?:numero|n\.?|nr\.?)\s*(?:di\s*|della\s*)?fattura"
    r"|(?:het\s*|uw\s*|ons\s*)?factuur\s*-?\s*(?:nummer|nr\b\.?))"
)
QUOTE_INVOICE_NO = re.compile(
    r"(?:indiquant|mentionnant|rappelant|precisant|indiquer|mentionner|rappeler|preciser"
    r"|(?:unter|mit)\s*angabe|angeben|geben\s*sie|quote|quoting|include|including"
    r"|referencing|mention|mentioning|stating|indicate|indicating|indicando|riportando"
    r"|add|adding|put|write|writing|hinzufugen|ajouter|ajoutant|aggiungere|toevoegen"
    r"|citando|specificando|indicare|riportare|citare|specificare|(?:onder\s*)?vermelding\s*van"
    r"|vermeld|vermelden"
    # "reference"/"state" only as a verb before an article: "Reference invoice no." is a label
    r"|(?:reference|state)\s*(?=the\b|your\b|our\b|this\b))\s*"
    + _INVOICE_NO_WORDS
    # "Bitte geben Sie bei Zahlung die Rechnungsnummer an", "Verwendungszweck: Rechnungsnummer"
    # "Bei Zahlung unbedingt Rechnungs- und Kundennummer in voller Länge angeben"
    + r"|rechnungs\s*-?\s*(?:und\s*kunden\s*-?\s*)?(?:nummer|nr)\b\.?\s*"
    r"(?:(?:als\s*verwendungszweck|in\s*voller\s*lange)\s*)?(?:an(?:geben|zugeben)?|hinzu\w*)\b"
    r"|verwendungszweck\s*:?\s*(?:die\s*|ihre\s*|unsere\s*)?rechnungs\s*-?\s*(?:nummer|nr)\b"
)
QUOTE_CONTEXT = re.compile(
    r"virement|paiement|reglement|cheque|zahlung|uberweis|verwendungszweck|bezahl|payment|paying"
    r"|remittance|transfer|check\b|bonifico|pagamento|causale|versamento|betaling|betalen|overmak"
    r"|overschrijving|iban"
)
REF_LABEL = re.compile(r"^\s*(?:referenz|reference|riferimento|ref\.?)\s*:?\s*$")
PO = _rx(
    r"ihre\s*bestellung(?:\s*(?:nr|nummer)\.?)?|bestell\s*-?\s*(?:nr|nummer|no)\b\.?|auftrags\s*-?\s*(?:nr|nummer)\b\.?",
    r"your\s*order(?:\s*(?:no|number|ref\w*))?\b\.?|purchase\s*order(?:\s*(?:no|number))?\b\.?"
    r"|\border\s*(?:no|number|#|ref)\b\.?|\bp\.?\s?o\.?\s*(?:no|number|nr|#)\b\.?|^\s*po\s*:",
    r"votre\s*commande|bon\s*de\s*commande(?:\s*n°)?|(?:n°|no|numero)\s*(?:de\s*)?commande|commande\s*n°",
    r"vostro\s*ordine|\bordine\s*(?:n°|nr|no|n)(?![a-z])\.?|numero\s*d\s*'?\s*ordine",
    # Dutch, Spanish, Portuguese
    r"order\s*-?\s*nummer|bestel\s*-?\s*(?:nummer|nr)\b\.?|uw\s*bestelling|inkoop\s*order(?:\s*-?\s*nummer)?",
    rf"(?:numero|num|{_NO}|no)\.?\s*(?:de\s*|del\s*|do\s*|da\s*)?(?:pedido|encomenda)\b"
    rf"|\b(?:pedido|encomenda)\s*(?:{_NO}|no(?![a-z])\.?)|su\s*pedido|orden\s*de\s*compra"
    r"|nota\s*de\s*encomenda|ordem\s*de\s*compra|sua\s*encomenda|vosso\s*pedido",
)
CUSTOMER_LABEL = re.compile(
    r"^\s*(?:bill(?:ed)?\s*to|invoice\s*to|sold\s*to|customer|client|kunde|rechnungsadresse"
    r"|rechnungsempfanger|rechnung\s*an|adresse\s*de\s*(?:facturation|livraison)|facture\s*a|destinataire"
    r"|lieferadresse|liefer\s*an|delivery\s*address|ship\s*to|shipping\s*address|indirizzo\s*di\s*consegna"
    r"|intestat(?:o|ario)|spett\.?\s*le|messrs|to|an|a|destinatario|cliente"
    # Dutch, Spanish, Portuguese
    r"|klant|afnemer|geadresseerde|factuur\s*-?\s*adres|aflever\s*-?\s*adres|leverings?\s*-?\s*adres"
    r"|(?:gefactureerd|factuur)\s*aan|facturar\s*a|enviar\s*a|faturar\s*a"
    r"|direccion\s*de\s*(?:facturacion|envio|entrega)|datos\s*(?:del\s*)?cliente"
    r"|(?:morada|endereco)\s*de\s*(?:faturacao|cobranca|entrega)"
    # the buyer named as such (Italian e-invoice renderings, Iberian and Dutch invoices)
    r"|cessionario(?:\s*/\s*committente)?|committente|acquirente|adquirente|comprador|koper"
    r"|buyer|acheteur|kaufer|nabywca|odbiorca|odberatel|kupac)\s*:?\s*$"
)
SALUTATION = re.compile(
    r"^\s*(?:herrn?|frau|firma|madame|monsieur|mme|mlle|m\.|mr\.?|mrs\.?|ms\.?|signora?|sig\.?"
    r"|spett\.?\s*le|z\.?\s*hd\.?|zu\s*handen|a\s*l\s*'?\s*attention|attn\.?|c/o)\b"
)
CUSTOMER_ID_CONTEXT = re.compile(
    r"\bvs\b\.?\s*(?:p\.?\s*iva|partita|n\.?\s*iva|c\.?\s*f\b|cod)"
    r"|(?:ihre|votre|your|vostr[ao]|customer|client|kunden|acquirente|cliente|buyer|destinat"
    r"|debiteur|schuldner|committente|intestatario|empfanger)\W*(?:\w+\W*){0,2}"
    r"(?:mwst|tva|vat|uid|ust|iva|tax|konto|compte|account|iban)"
    r"|(?:mwst|tva|vat|uid|ust|iva)\W*(?:\w+\W*){0,2}(?:client|kunde|customer|cliente)"
)
VENDOR_ID_LABEL = re.compile(r"mwst|tva|vat|uid|ust|iva|steuer|tax|ide|siret|siren|rcs")
QR_PAYEE = re.compile(
    r"(?:konto|compte|conto|account)\s*/\s*(?:zahlbar\s*an|payable\s*a|pagabile\s*a|payable\s*to)"
)
_QR_PAYER = re.compile(r"zahlbar\s*durch|payable\s*par|pagabile\s*da|payable\s*by\s*\(?name")
LEGAL_FORM = re.compile(
    r"\b(?:ag|gmbh|sa|sas|sasu|sarl|sàrl|eurl|snc|sca|scs|ltd|llc|inc|plc|gbr|kg|ohg|e\.?\s?k|ug"
    r"|s\.?\s?r\.?\s?l|s\.?\s?p\.?\s?a|s\.?\s?a\.?\s?s|a\.?\s?g|co|cie|genossenschaft|stiftung"
    r"|verein|cooperative|societe|srl|spa|bv|nv|oy|ab|as|aps|kft|sagl)\.?$"
    r"|&\s*(?:co|cie|fils|sohn|sohne|partner)\b"
)
LEGAL_NOTICE = re.compile(
    r"^(.{3,60}?)\s*[-\u2013,]\s*(?:societe|sa\b|sas\b|sarl\b|eurl\b|gmbh\b|ag\b|au\s*capital|capital"
    r"|rcs|r\.c\.s|siege|ltd\b|s\.?r\.?l\b|s\.?p\.?a\b)"
)
ZIP_CITY = re.compile(
    r"^(?:(CH|FL|LI|F|FR|D|DE|A|AT|I|IT|L|LU|B|BE)\s?-\s?)?(\d{4,5})\s*([A-ZÀ-Ýa-zà-ÿ][\w'\u2019\-. ]{1,40}?)"
    r"(?:\s*\([A-Z]{2}\))?"  # Italian province "(TO)"
    # a Spanish article after the town ("Alcora (l')") and the country on the same line
    r"(?:\s*\((?:el|la|l'|les|els|o|a|os|as)\))?"
    r"(?:\s*,\s*(?i:schweiz|suisse|svizzera|switzerland|france|deutschland|germany|italia|italy"
    r"|österreich|austria|belgique|belgium|belgië|luxembourg|españa|espana|spain|nederland"
    r"|netherlands|portugal))?$"
)
US_CITY = re.compile(r"^([A-Z][\w .'-]+?),?\s+([A-Z]{2})\s+(\d{5})(?:-\d{4})?$")
UK_CITY = re.compile(r"^([A-Z][\w .'-]+?),?\s+([A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})$")
_STREET = re.compile(
    r"(?:strasse|straße|str\.|weg|gasse|platz|allee|ring|rain|matte|graben|hof|quai|rue|avenue|av\."
    r"|boulevard|bd|chemin|route|place|impasse|allee|cours|via|viale|piazza|corso|vicolo|street|st\.?"
    r"|road|rd\.?|lane|drive|way)\b|^\d+\s*(?:bis|ter|[a-z])?,?\s+\w|\w\s+\d+\s*[a-z]?$"
    r"|postfach|case\s*postale|casella\s*postale|p\.?o\.?\s*box|cp\s*\d|bp\s*\d",
)
_COUNTRIES = {
    "schweiz": "CH", "suisse": "CH", "svizzera": "CH", "switzerland": "CH", "france": "FR",
    "frankreich": "FR", "francia": "FR", "deutschland": "DE", "germany": "DE", "allemagne": "DE",
    "germania": "DE", "italia": "IT", "italy": "IT", "italie": "IT", "italien": "IT",
    "osterreich": "AT", "austria": "AT", "autriche": "AT", "liechtenstein": "LI",
    "belgique": "BE", "belgium": "BE", "belgien": "BE", "luxembourg": "LU", "luxemburg": "LU",
    "unitedstates": "US", "usa": "US", "unitedkingdom": "GB", "spain": "ES", "espana": "ES",
    "nederland": "NL", "netherlands": "NL",
}  # fmt: skip
ZIP_PREFIX_COUNTRY = {"CH": "CH", "FL": "LI", "LI": "LI", "F": "FR", "FR": "FR", "D": "DE",
                       "DE": "DE", "A": "AT", "AT": "AT", "I": "IT", "IT": "IT", "L": "LU",
                       "LU": "LU", "B": "BE", "BE": "BE"}  # fmt: skip
_NOT_A_NAME = re.compile(
    r"@|www\.|https?:|\b(?:tel|tél|phone|fax|mobile|natel|telefon|telephone)\b|^\+?\d[\d\s/().-]{6,}$"
    r"|^(?:rechnung|facture|invoice|fattura|gutschrift|avoir|credit\s*note|page|seite|date|datum"
    r"|quittung|receipt|offerte|devis|lieferschein|tax\s*invoice|nota\s*di\s*credito|note\s*de\s*credit"
    r"|pro\s*-?\s*forma)\b|^(?:rechnungs|gutschrifts)\w+$"
    r"|adresse\s*de|lieferadresse|rechnungsadresse|(?:delivery|billing|shipping)\s*address|bill\s*to"
    r"|^[a-z]*\s*-?\s*adres\b|(?:direccion|morada|endereco)\s*de\b"
    # opening hours: "Friday, Closed", "Montag - Freitag 8:00", "Lundi : fermé"
    r"|^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|diens|donners|frei|sams|sonn)tag|mittwoch"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunedi|martedi|mercoledi|giovedi|venerdi"
    r"|sabato|domenica)s?\s*(?:[,:\-\u2013]|\d|closed|geschlossen|ferme|chiuso|$)"
)
# The label of the sender's block ("Fournisseur", "From:"), alone or before the name.
VENDOR_LABEL = re.compile(
    r"^\s*(?:fournisseur|emetteur|expediteur|vendeur|prestataire|from|vendor|supplier|seller"
    r"|issued\s*by|lieferant|absender|verkaufer|rechnungssteller|leistungserbringer|fornitore"
    r"|mittente|cedente(?:\s*/\s*prestatore)?|venditore"
    r"|verkauft\s*(?:von|durch)|ausgestellt\s*von|vendu\s*par|emise?\s*par|venduto\s*da"
    r"|emess[ao]\s*da|vendido\s*por|emitido\s*por|verkocht\s*door|remit\s*to"
    r"|(?:products?|services?|product\(s\)|service\(s\))\s*provided\s*by"
    r"|(?:provided|sold|billed|invoiced)\s*by(?=\s*:))\b\s*:?\s*"
)
_HOUSE_NUMBER = re.compile(r"^\d{1,4}\s?(?:[a-z]|bis|ter)?$", re.IGNORECASE)
_SENDER_SPLIT = re.compile(
    r"\s*[·•|]\s*|\s+:\s+(?=\d{4,5}\s)|\s+[-\u2013]\s+|,\s+|,(?=[A-Z]|\d{4,5}\s?[A-Za-z])"
)

_LANG_WORDS = {
    "de": r"rechnung|betrag|mwst|datum|menge|und|der|die|das|zahlbar|bezeichnung|einzelpreis|total"
    r"|ihre|bestellung|kunden|gutschrift|konto|vielen|dank|fur|mit|netto|tage|strasse|bitte",
    "fr": r"facture|montant|tva|date|quantite|prix|designation|echeance|client|votre|commande|total"
    r"|ttc|ht|paiement|avoir|nous|vous|pour|les|des|du|la|le|et|jours|conditions|remise",
    "it": r"fattura|importo|iva|data|quantita|prezzo|descrizione|scadenza|cliente|totale|pagamento"
    r"|vostro|ordine|il|di|della|per|con|giorni|grazie|nota|credito|imponibile",
    "en": r"invoice|amount|vat|date|quantity|price|description|due|customer|total|payment|your"
    r"|order|the|and|for|of|to|please|thank|days|terms|subtotal|tax|credit|note|unit",
}
LANG_RX = {lang: re.compile(rf"\b(?:{words})\b") for lang, words in _LANG_WORDS.items()}


# --- tests on one line of text --------------------------------------------------------------------


def is_zip_city(text: str) -> re.Match | None:
    text = text.strip()
    return ZIP_CITY.match(text) or US_CITY.match(text) or UK_CITY.match(text)


def is_street(text: str) -> bool:
    folded = fold(text.strip())
    return bool(_STREET.search(folded)) and any(c.isdigit() for c in folded) and len(folded) < 60


def country_of(text: str) -> str | None:
    return _COUNTRIES.get(norm_name(text))


def name_ok(text: str) -> bool:
    folded = fold(text).strip()
    letters = sum(c.isalpha() for c in folded)
    if letters < 3 or len(folded) > 70 or _NOT_A_NAME.search(folded):
        return False
    if ":" in folded or is_zip_city(text) or is_street(text):
        return False
    if any(rx.search(folded) for rx in (INVOICE_NO, INVOICE_DATE, DUE_DATE, PO, PAYMENT_REF)):
        return False
    digits = sum(c.isdigit() for c in folded)
    return digits <= letters * 0.3


def only_legal_form(text: str) -> bool:
    """Whether ``text`` is nothing but legal forms ("SARL", "GmbH & Co. KG"): no name."""
    from .identifiers import LEGAL_FORM_SUFFIX  # noqa: PLC0415 - identifiers is heavier

    rest = fold(text).strip(" ,.-&")
    for _step in range(4):
        m = LEGAL_FORM_SUFFIX.search(rest)
        if not m:
            break
        rest = rest[: m.start()].strip(" ,.-&")
    return bool(text.strip()) and not any(c.isalpha() for c in rest)


def sender_line_parts(text: str) -> list[str] | None:
    """Parts of a one-line address "Name · Street 1 · 1234 City" (None when it is not one)."""
    parts: list[str] = []
    for raw in _SENDER_SPLIT.split(text.strip()):
        part = raw.strip()
        if parts and _HOUSE_NUMBER.match(part):
            parts[-1] = f"{parts[-1]}, {part}"  # "Via Roma, 38": the comma is not a separator
        elif part:
            parts.append(part)
    if len(parts) < 2:
        return _spaced_sender_line(text)
    if not any(is_zip_city(p) for p in parts[1:]):
        return None
    return parts


def _spaced_sender_line(text: str) -> list[str] | None:
    """ "MADISON Hotel GmbH Schaarsteinweg 4 20459 Hamburg": the one-line sender address over an
    envelope window printed with spaces alone. Read only when the name ends with a legal form
    and is followed by a street with its number and a ZIP and city, the line's end."""
    from .identifiers import LEGAL_FORM_SUFFIX  # noqa: PLC0415 - identifiers is heavier

    words = text.split()
    if not 4 <= len(words) <= 14:
        return None
    for k in range(1, len(words) - 2):
        name = " ".join(words[:k])
        if not LEGAL_FORM_SUFFIX.search(fold(name)) or only_legal_form(name):
            continue
        for m in range(k + 1, len(words)):
            street, city = " ".join(words[k:m]), " ".join(words[m:])
            if is_street(street) and is_zip_city(city):
                return [name, street, city]
    return None
