"""Company names on one line of text: the seller's labels, cleaning and plausibility.

A vendor name read from a page often comes with what surrounds it: an identifier before it
("GLN 4333741000005 Lief-Nr: 549910 ACME GMBH"), a legal notice after it ("Acme SARL au capital
de 50 000 EUR - RCS Lyon ...", "Acme GmbH, Sitz Köln, Geschäftsführer ..."), or a label
("Verkäufer: Acme GmbH"). :func:`clean_company_name` keeps the name alone.
:func:`plausible_company` says whether a text can be a company name at all: never a document
title or heading ("Stylesheet zur Lesbarmachung der XML-Daten ...", "Invoice"), a field label
("Name:", "Anschrift"), a currency code, a street, a ZIP and city, or a line of numbers.

The seller and buyer section labels cover French, German, Italian, English, Dutch, Spanish and
Portuguese; every pattern matches folded text (:func:`.labels.fold`). No page layout here.
"""

from __future__ import annotations

import re

from .identifiers import LEGAL_FORM_SUFFIX
from .labels import fold, is_street, is_zip_city, name_ok, only_legal_form, sender_line_parts

# The label of the seller's section or block: alone ("Verkäufer", "Fournisseur :") or before the
# name ("Seller: Acme Ltd"). "Lieferant GmbH" is a name, not a label: the label must stand alone
# or end with a colon.
SELLER_LABEL = re.compile(
    r"^\s*(?:"
    r"verkaufer|lieferant|rechnungs(?:steller|aussteller|ersteller)|leistungserbringer|absender"
    r"|auftragnehmer"
    r"|vendeur|fournisseur|emetteur|expediteur|prestataire(?:\s*de\s*services?)?|facture\s*par"
    r"|fornitore|cedente(?:\s*/\s*prestatore)?|prestatore|venditore|mittente|emittente"
    r"|dati\s*(?:del\s*)?(?:cedente|fornitore|venditore)"
    r"|seller|supplier|vendor|issuer|sold\s*by|supplied\s*by|issued\s*by|billed\s*by"
    r"|invoice\s*from|bill\s*from|from"
    r"|von|de|da"  # short section headings, alone on their line or with a colon
    r"|leverancier|verkoper|afzender|factuur\s*van"
    r"|proveedor|emisor|vendedor|expedidor|remitente|datos\s*del\s*(?:emisor|proveedor|vendedor)"
    r"|fornecedor|prestador(?:\s*de\s*servicos?)?|emitente"
    r"|sprzedawca|dostawca|dodavatel|prodavajuci"  # pl, cs, hr
    # a marketplace's "sold by" and "issued by" in the other languages
    r"|verkauft\s*(?:von|durch)|ausgestellt\s*von|vendu\s*par|emise?\s*par|venduto\s*da"
    r"|emess[ao]\s*da|vendido\s*por|emitido\s*por|verkocht\s*door|remit\s*to"
    r")\s*(?:/\s*[a-z]+\s*)?(?P<colon>:)?\s*"
)
# The label of the buyer's section: the seller's section ends there.
BUYER_LABEL = re.compile(
    r"^\s*(?:"
    r"kaufer|kunde|rechnungsempfanger|leistungsempfanger|empfanger|auftraggeber|besteller"
    r"|rechnungsadresse|lieferadresse|lieferanschrift|liefer\s*an"
    r"|acheteur|client|destinataire|adresse\s*de\s*(?:facturation|livraison)|facture\s*a|livre\s*a"
    r"|cliente|committente|cessionario(?:\s*/\s*committente)?|acquirente|destinatario"
    r"|buyer|customer|bill(?:ed)?\s*to|invoice\s*to|sold\s*to|ship\s*to|deliver\s*to|recipient"
    r"|koper|afnemer|klant|comprador|adquirente|datos\s*del\s*cliente|dati\s*del\s*cliente"
    r"|factuur\s*-?\s*adres|aflever\s*-?\s*adres|leverings?\s*-?\s*adres|(?:gefactureerd|factuur)\s*aan"
    r"|direccion\s*de\s*(?:facturacion|envio|entrega)|facturar\s*a|enviar\s*a|faturar\s*a"
    r"|(?:morada|endereco)\s*de\s*(?:faturacao|cobranca|entrega)"
    r"|nabywca|odbiorca|odberatel|kupac"  # pl, cs, hr
    r")\b"
)
# The field label of a name in a seller's section grid ("Name:", "Firma", "Raison sociale").
NAME_LABEL = re.compile(
    r"^\s*(?:name|firmenname|firma|unternehmen|nom|raison\s*sociale|denomination"
    r"|ragione\s*sociale|denominazione|nome|company(?:\s*name)?|naam|bedrijfsnaam|handelsnaam"
    r"|nombre|razon\s*social|denominacao|designacao\s*social|nazwa|nazev|naziv)\s*:?\s*$"
)
# A field label alone ("Anschrift:", "Nummer", "Globale Nummer:"), or a "label: value" row.
_FIELD_LABEL = re.compile(
    r"^\s*(?:[a-z][a-z.\-/ ]{0,30}[\s.\-/])?(?:number|numero|nr|no|id|adresse|address|anschrift"
    r"|indirizzo|direccion|morada|adres|telefon|telephone|phone|tel|fax|e-?mail|kontakt|contact"
    r"|ansprechpartner|abteilung|iban|bic|swift|bank|konto|ust\S*|vat|tva|iva|nif|cif|siret|siren"
    r"|rcs|hrb|hra|gln|duns)\.?\s*:?\s*$"
    r"|^\s*[a-z]*(?:nummer|adresse|anschrift|adres|address|nummero?|numero)\s*:?\s*$"
)
# Words of a document title or a viewer's heading, never of a company name (whole words).
_TITLE_WORDS = re.compile(
    r"\b(?:rechnung(?:en)?|e-?rechnung(?:en)?|x-?rechnung|zugferd|factur-?x|xml|stylesheet"
    r"|lesbarmachung|visualisierung|darstellung|rendering|viewer|visualisation|visualization"
    r"|invoices?|facture|factures|fattura|fatture|factura|facturas|fatura|faturas|factuur"
    r"|facturen|gutschrift|avoir|credit\s*note|nota\s*di\s*credito|beispiel(?:e|rechnung\w*)?"
    r"|example|sample|seite|page|pagina|bemerkung(?:en)?|positionsdaten|zahlungsbedingungen"
    # receipts, statements, confirmations, notes and quotes: headings, never a sender
    r"|receipts?|quittung(?:en)?|kassen(?:bon|beleg|zettel)|recus?|ricevut[ae]|scontrino|recibos?"
    r"|kvittering|kvitto|kuitti|faktura|fakturor|lasku|racun|szamla"
    r"|kwitantie|kassabon|betaal(?:bewijs|bevestiging)|betalingsbewijs|statement|kontoauszug"
    r"|releve\s*de\s*compte|estratto\s*conto|(?:order|payment|booking)\s*confirmation"
    r"|(?:auftrags|bestell|zahlungs)bestatigung|confirmation\s*de\s*(?:commande|paiement)"
    r"|(?:payment|remittance)\s*advice|zahlungsavis|avis\s*de\s*paiement|lieferschein"
    r"|delivery\s*note|bon\s*de\s*(?:livraison|commande)|pakbon|albaran|guia\s*de\s*remessa"
    r"|quotation|angebot|offerte|devis|preventivo|presupuesto|orcamento|pro\s*-?\s*forma"
    r"|(?:credit|debit)\s*memo|debit\s*note|nota\s*de\s*(?:debito|credito)|creditnota)\b"
)
# Words of section headings and field labels ("Payment details", "Datos bancarios",
# "Betalingsvoorwaarden", "Coordonnées bancaires"): a line made of these alone names no company.
_HEADING_WORDS = frozenset(
    """
    a and the of for to your our you thank thanks important
    payment payments pay paid due details detail bank banking method terms conditions
    description notes note business account accounts information info billing shipping order
    orders summary overview original copy recipient duplicate amount period customer contact
    reference remarks comments quantity price unit total subtotal item items product date
    number delivery address statement balance charges usage plan tax vat page remittance
    de der die das und fur ihr ihre unser unsere zahlung zahlungsinformationen bankverbindung
    zahlungsart zahlungsbedingungen lieferbedingungen kontaktdaten ansprechpartner hinweis
    hinweise beschreibung menge preis einzelpreis betrag summe leistungszeitraum zeitraum
    lieferdatum kunde kundendaten kopie bezahlt ubersicht angaben vielen dank referenz
    du des la le les informations paiement coordonnees bancaires mode reglement designation
    quantite prix unitaire montant remarques observations merci votre vos notre nos
    recapitulatif client periode echeance copie duplicata acquittee payee
    di del della modalita pagamento coordinate bancarie dati descrizione quantita prezzo
    importo grazie vostro nostro riepilogo dettagli cliente riferimento periodo originale copia
    van het en voor uw onze omschrijving beschrijving betalingsvoorwaarden betaalwijze
    betalingsgegevens bankgegevens leverdatum contactpersoon klantgegevens referentie
    leveringsvoorwaarden aantal prijs bedrag opmerkingen betaling gegevens overzicht bedankt
    kopie origineel totaal btw
    y su sus nuestro datos bancarios forma pago condiciones concepto descripcion cantidad
    precio referencia observaciones fiscales fiscal domicilio direccion importe gracias
    detalle resumen documento duplicado unitario
    da do dos e dados condicoes descricao quantidade preco observacoes contribuinte numero
    modo segunda via obrigado valor resumo detalhes
    dane kontaktowe adres szczegoly pozycje podsumowanie platnosc rachunek bankowy
    kontaktni udaje adresa polozky souhrn platba podaci kontakt stavke placanje
    """.split()
)  # fmt: skip


def heading_only(text: str) -> bool:
    """Whether ``text`` is made of heading and label words alone ("Payment details", "Forma de
    pago", "Bankgegevens"): no company name."""
    words = re.findall(r"[^\W\d_]+", fold(text))
    return bool(words) and all(w in _HEADING_WORDS for w in words)


_CURRENCY = re.compile(
    r"^\s*(?:eur|chf|usd|gbp|jpy|sek|nok|dkk|pln|czk|huf|ron|bgn|hrk|isk|try|cad|aud|cny)\s*$"
)
# A street with its house number in any of the languages ("Bahnstr. 42", "Calle Mayor 12",
# "Keizersgracht 12", "Rua Augusta 100"), on top of :func:`.labels.is_street`.
_STREET = re.compile(
    r"(?:(?:[^\W\d]*(?:str(?:asse|aße)?\.?|weg|gasse|platz|allee|damm|ufer|ring|chaussee|steig|pfad"
    r"|markt|straat|laan|plein|gracht|kade|dijk|steenweg))|\b(?:rue|avenue|av|bd|boulevard|chemin"
    r"|route|impasse|via|viale|piazza|piazzale|corso|vicolo|calle|avenida|avda|paseo|plaza|carrer"
    r"|rua|travessa|largo|praca|estrada|street|st|road|rd|lane|ave|drive|square))\b\.?"
    r"(?:\s+[^\W\d]+){0,4}\s*,?\s*\d{1,4}\s*[a-z]?(?:\s*[-/]\s*\d{1,4}\s*[a-z]?)?\s*$"
    r"|^\s*\d{1,4}\s*[a-z]?,?\s+(?:rue|avenue|av|bd|boulevard|chemin|route|impasse|via|place|allee"
    r"|quai|street|road|lane)\b"
    r"|\bp\.?\s?o\.?\s*box\b|\bpostfach\b|\bboite\s*postale\b|\bcasella\s*postale\b|\bapartado\b"
    r"|\bpostbus\b|\bcaixa\s*postal\b|^\s*(?:b\.?p|c\.?p|cs)\.?\s*\d"
)
# Not an address line: an identifier, a contact, an amount.
_NOT_ADDRESS = re.compile(
    r"@|www\.|https?:|\b(?:tel|fax|phone|telefon|iban|bic|ust|mwst|tva|vat|iva|btw|siret|siren|rcs"
    r"|hrb|hra|gln|duns|steuer\w*|nr|no|n°|eur|chf|usd|gbp|mio)\b|[€$£%]"
    r"|\s=\s"  # a card slip's "AS-Proc-Code = 00 075 00", "Capt.-Ref. = 0000"
)
# Identifiers printed before the name ("GLN 4333741000005", "Lief-Nr: 549910", "Kd.-Nr. 12").
_ID_PREFIX = re.compile(
    r"^\s*(?:(?:gln|iln|duns|ean|eori|siret|siren|id|ident|nr|no|n°|num"
    r"|(?:lief(?:erant(?:en)?)?|kunden|kd|supplier|vendor|customer|client|fournisseur"
    r"|fornitore|proveedor|leverancier|fornecedor)\s*\.?\s*-?\s*(?:nr|no|n°|num(?:mer|ber|ero)?|id)"
    r")\s*\.?\s*[:#]?\s*[\w./-]*\d[\w./-]*|\d[\d./-]{4,})\s*[,;|/\-\u2013]?\s+"
)
# What follows the name in a legal notice or a footer line: capital, registry, seat, managers.
_TAIL = re.compile(
    # "Acme Ltd is (a company) registered in ...", "Acme SAS est immatriculée ..."
    r"\s*[,;(\-\u2013|·•]?\s*\b(?:(?:is|est|ist)\s+(?:a\s+(?:private\s+limited\s+)?company\s+|une\s+societe\s+)?"
    r"(?:registered|immatricul|im\s+handelsregister|eingetragen)|au\s*capital|capital\s*(?:social|sociale|de)|rcs|r\.\s?c\.\s?s"
    r"|siret|siren|n°\s*tva|tva\s*intra|sitz\b|firmensitz|registergericht|amtsgericht|hrb|hra"
    r"|handelsregister|geschaftsfuhr\w*|gf\s*:|vorstand|inhaber|ust\.?\s*-?\s*id\w*|steuer\s*-?\s*nr"
    r"|p\.?\s*iva|partita\s*iva|codice\s*fiscale|c\.\s?f\.|rea\b|cap\.?\s*soc|capitale\s*sociale"
    r"|kvk|btw|registered\s*(?:office|in)|company\s*(?:no|number|reg)|vat\s*(?:no|reg|number)"
    r"|cif\b|nif\b|nipc\b|inscrita|registro\s*mercantil|sede\s*(?:legale|social)"
    r"|iban\b|bic\b|tel\b|telefon|phone|fax|e-?mail|www\.)"
)


_ADDRESS_AFTER = re.compile(r"\s*[-\u2013,]\s*\d{1,5}\s*[a-z]?,?\s+[^\W\d]{2}")
_LEADING_PUNCT = re.compile(r"^[\s.>*\-\u2013\u2022\u00b7|]+")
_BULLETS = re.compile(r"[\u25cf\u25a0\u25aa\u25c6\u2219\u22c5\u25e6\u2022\u00b7]")


_SPACED_LETTERS = re.compile(r"(?<!\S)(?:(?:[^\W\d_]['&.]?|-) ){3,}[^\W\d_]['&.]?(?!\S)")
_SPACED_SHORT = re.compile(r"(?<!\S)(?:(?:[^\W\d_]['&.]?|-) )+[^\W\d_]['&.]?(?!\S)")
_DECORATION = re.compile(r"^[\s*#=~_]+(?=\S)|(?<=\S)[\s*#=~_]+$")
_OCR_GMBH = re.compile(r"(?<=\s)[C6]mbH$")  # "GmbH" read by OCR as "CmbH"
# "MUSTERLIEFERANTGMBH": an OCR that lost the space before the legal form (no word ends so)
_GLUED_GMBH = re.compile(r"(?<=[^\W\d_]{3})(?=(?:GMBH|GmbH|gmbh)$)")


def unspace_letters(text: str) -> str:
    """A name printed letter-spaced ("N O R D W I N D   H A N D E L") with its letters joined
    ("NORDWIND HANDEL"): once a run of four letters or more, each alone between single spaces,
    shows the spacing, shorter runs of the line are joined too ("D U"); the wider gaps part
    the words."""
    if not _SPACED_LETTERS.search(text):
        return text
    joined = _SPACED_SHORT.sub(lambda m: _camel_split(m.group(0).replace(" ", "")), text)
    return re.sub(r"\s{2,}", " ", joined)


def _camel_split(word: str) -> str:
    """Letter-spaced words whose gap OCR read as one space ("t o o m B a u m a r k t" ->
    "toomBaumarkt"): a capital after small letters begins the next word ("toom Baumarkt")."""
    return re.sub(r"(?<=[a-zäöüßéèàç]{2})(?=[A-ZÄÖÜÉÈ][a-zäöüßéèàç])", " ", word)


def clean_company_name(text: str) -> str:
    """``text`` reduced to the company name: no label before it, no identifier prefix, no legal
    notice after it ("GLN 4333741000005 Lief-Nr: 549910 ACME GMBH" → "ACME GMBH",
    "Acme SARL au capital de 50 000 EUR" → "Acme SARL")."""
    name = _LEADING_PUNCT.sub("", _DECORATION.sub("", unspace_letters(text))).strip()
    parts = sender_line_parts(_BULLETS.sub(" · ", name))
    if parts and len(parts) >= 3:  # "Acme GmbH • Street 1 • 12345 City": the sender line's name
        name = parts[0]
    m = SELLER_LABEL.match(fold(name))
    if m and m.group("colon"):
        name = name[m.end() :].strip()
    for _step in range(3):  # "GLN 4333741000005 Lief-Nr: 549910 ACME GMBH"
        m = _ID_PREFIX.match(fold(name))
        if not m or not re.search(r"[^\W\d_]{2}", name[m.end() :]):
            break
        name = name[m.end() :].strip()
    m = _TAIL.search(fold(name))
    if m and m.start() >= 2:
        name = name[: m.start()]
    m = _ADDRESS_AFTER.search(name)  # "Acme SARL-12 chemin des Vignes-84000 Avignon" (OCR)
    if m and m.start() >= 3:
        rest = name[m.start() :].lstrip(" -\u2013,")
        first = re.split(r"\s*[-\u2013,]\s*(?=\d)", rest)[0]
        if _STREET.search(fold(first)) or re.search(
            r"(?<!\d)\d{4,5}\s+[^\W\d]{2}", rest[len(first) :]
        ):
            name = name[: m.start()]
    # a year tag the accounting software appends ("Mystikoe Web Services Pvt Ltd(2023-24)")
    name = _YEAR_TAG.sub("", name)
    name = _GLUED_GMBH.sub(" ", name.strip(" ,;:-\u2013|·•"))
    return _OCR_GMBH.sub("GmbH", _cut_after_legal_form(name))


_YEAR_TAG = re.compile(r"\s*\((?:fy\s*)?(?:19|20)\d\d(?:\s*[-/]\s*(?:19|20)?\d\d)?\)\s*$", re.I)


# The start of an address after a name: "12 rue ...", "Havenweg 3", "C/ Mayor 5", "12345 Berlin".
_ADDRESS_START = re.compile(
    r"^(?:\d{1,5}\s*[a-z]?,?\s+[^\W\d]{2}|[^\W\d][\w.'\- ]{1,40}?\s\d{1,4}\s*[a-z]?(?!\w)"
    r"|c\s*/\s*[^\W\d]|\d{4}\s?[a-z]{2}\s+[^\W\d])"
)


def _cut_after_legal_form(name: str) -> str:
    """ "Acme B.V. Havenweg 3 3011 AA Rotterdam" → "Acme B.V.": a company with its legal form
    followed by its address on one line (no separator the sender-line rule knows)."""
    folded = fold(name)
    for m in re.finditer(r"(?<=\S)(?=\s)", folded):
        head = name[: m.start()].rstrip(" ,|-\u2013·•")
        rest = folded[m.start() :].lstrip(" ,|-\u2013·•")
        word = rest.split()[0] if rest.split() else ""
        if not has_legal_form(head) or only_legal_form(head):
            continue
        if any(c.isalpha() for c in word) and only_legal_form(word):
            continue  # "Müller & Co. KG ...": the legal form goes on
        if _ADDRESS_START.match(rest) and plausible_company(head):
            return head
    return name


def has_legal_form(text: str) -> bool:
    return bool(LEGAL_FORM_SUFFIX.search(fold(text).rstrip(" ,")))


def is_title(text: str) -> bool:
    """A document title or a viewer's heading ("Stylesheet zur Lesbarmachung der XML-Daten")."""
    return bool(_TITLE_WORDS.search(fold(text))) and not has_legal_form(text)


def is_field_label(text: str) -> bool:
    folded = fold(text)
    return bool(
        _FIELD_LABEL.match(folded)
        or NAME_LABEL.match(folded)
        or (BUYER_LABEL.match(folded) and len(folded.split()) <= 3)
        or SELLER_LABEL.fullmatch(folded.rstrip())
    )


_ZIP_CITY_LOOSE = re.compile(
    r"^\s*(?:[A-Z]{1,3}[\s-]+)?\d{4,5}\s*[^\W\d][^\d@]{1,40}$"  # "DE 74465 Demoort", "75018 PARIS, FR"
    r"|^\s*(?:[A-Z]{2}\s+)?[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\s+\w"  # "GB SW1B 3BN London"
    r"|^\s*\d{4}\s?[A-Z]{2}\s+[^\W\d]"  # Dutch "1012 AB Amsterdam"
    r"|^\s*\d{4}-\d{3}\s+[^\W\d]"  # Portuguese "1100-148 Lisboa"
    r"|^\s*[^\W\d][^\d@:]{1,30}?,?\s+(?:[A-Z]{2,3}\s+)?\d{4}\s*$"  # "Auckland 0622", "Sydney NSW 2000"
)


# A street or a business park named without a house number, the whole line: a street word
# first ("Rue de la Paix", "Via Roma", "Avenue Louise"), a street word last ("Von-Bodelschwingh-
# Str.", "Hauptstraße", "Baker Street"), or a business park ("ZA de la Madeleine", "ZI Nord",
# "Pôle Yvon Morandat", "Technopôle Château-Gombert", "Gewerbegebiet Süd").
_STREET_NAME = re.compile(
    r"^(?:rue|avenue|av|bd|boulevard|chemin|route|impasse|allee|place|via|viale|piazza|piazzale"
    r"|corso|vicolo|calle|avenida|paseo|rua"
    r"|za|zi|zac|zae|zal|zil|zone|parc|pole|technopole|gewerbegebiet|industriegebiet|gewerbepark"
    r"|industriepark|zona\s+industriale|business\s+park|industrial\s+estate)\b\.?\s*"
    r"(?:d'|l'|de\s|du\s|des\s|della\s|del\s|di\s|[^\W\d])"
    r"|^[^\W\d][^\d:]{0,40}?(?:str\.?|stra(?:ss|ß)e|weg|gasse|platz|allee)$"
    r"|^[^\W\d][^\d:]{0,40}?\s(?:street|road|lane|avenue|drive)$"
    # Spanish "C/ Salvador de Madariaga s/n" (calle, sin número)
    r"|^c\s?/\s?[^\W\d]|^[^\W\d][^\d:]{0,40}?\ss\s?/\s?n$"
)


def looks_like_address(text: str) -> bool:
    """A street line (with or without its house number), a business park, or a ZIP and city
    line (with or without a country code before the ZIP): never a company's name."""
    text = _DECORATION.sub("", text).strip(" ,;-\u2013")  # "****** Hauptstr. 6 ******"
    folded = fold(text)
    if _NOT_ADDRESS.search(folded):
        return False
    if is_street(text) or is_city_line(text) or _STREET.search(folded):
        return True
    return (
        len(folded.split()) <= 6 and bool(_STREET_NAME.search(folded)) and not has_legal_form(text)
    )


def is_city_line(text: str) -> bool:
    """A ZIP and city line ("8005 Zürich", "DE 74465 Demoort", "75018 PARIS, FR"), or a
    whole address on one line, the street then the ZIP and city after a comma
    ("Nydalsveien 12B, 0484 Oslo", "Hauptstr. 5, 10117 Berlin")."""
    text = text.strip()
    if is_zip_city(text) or _ZIP_CITY_LOOSE.match(text):
        return True
    street, comma, city = text.rpartition(", ")
    return bool(
        comma
        and 0 < len(street) <= 50
        and (is_street(street) or bool(_STREET.search(fold(street))))
        and not _NOT_ADDRESS.search(fold(street))
        # the loose forms only ZIP first: "Suite 2475" is no city
        and (is_zip_city(city) or (city[:1].isdigit() and _ZIP_CITY_LOOSE.match(city)))
    )


def name_line(text: str) -> str | None:
    """The company name a line holds (cleaned), or None when it holds none (a label, a title,
    an address, a currency...)."""
    if text.rstrip().endswith(":"):
        return None
    name = clean_company_name(text)
    return name if plausible_company(name) else None


def plausible_company(text: str) -> bool:
    """Whether ``text`` (cleaned) can be a company's name."""
    text = text.strip()
    if not text or not name_ok(text):
        return False
    if _CURRENCY.match(fold(text)) or is_title(text) or is_field_label(text):
        return False
    if heading_only(text) and not has_legal_form(text):
        return False
    if looks_like_address(text):
        return False
    letters = sum(c.isalpha() for c in text)
    if re.search(r"[?!]", text) or len(text.split()) > 8:
        return False  # a sentence
    if not re.search(r"[^\W\d_]{3}", text):
        return False  # "fx.b": no word in it
    return letters >= 3 and not text.endswith(":")
