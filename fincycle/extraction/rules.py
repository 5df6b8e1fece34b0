"""Rule-based reading of an invoice's header fields from text lines (PDF text layer or OCR).

Works on :class:`~fincycle.extraction.model.TextLine` lists, so the same rules serve text PDFs
and scans. Labels are matched on a folded copy of each line (lower case, no accents, same
length as the original) with optional spaces between words, which tolerates OCR output such as
"Numero defacture". Values are looked up after the label on the same line, in the next column
of the same row, or below the label in the same column (label/value tables).

Vendor and customer: the customer is the recipient address block (address window, "Bill to",
"Rechnungsadresse", salutation, ``customer_hints``) and is never returned as vendor. The vendor
comes from the QR payment part ("Zahlbar an"), a sender line ("Name · Street · ZIP City"), a
legal notice, or the letterhead; agreeing sources raise the confidence.

Amounts, taxes, line items and the document type are read by :mod:`.amounts`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import timedelta

from . import amounts, dates, identifiers
from .messages import msg
from .model import Extraction, TextLine

__all__ = ["extract_from_lines", "fold"]


def fold(text: str) -> str:
    """Lower case without accents, same length as ``text`` so spans map back."""
    out = []
    for char in text:
        base = unicodedata.normalize("NFKD", char)[:1] or char
        low = base.lower()
        out.append(low if len(low) == 1 else char)
    return "".join(out).replace("\u2019", "'").replace("`", "'")


def _rx(*patterns: str) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


def _norm_name(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", fold(text or ""))


# --- labels (on folded text) --------------------------------------------------------------------

_NO = r"(?:nr|no|n°|n|num|numero|nummer|number|#)\b\.?"
_INVOICE_NO = _rx(
    r"(?:rechnungs|gutschrifts|beleg|faktura)\s*-?\s*(?:nummer|nr|no)\b\.?",
    r"(?:rechnung|gutschrift|faktura)\s*(?:nr|no|nummer)\b\.?",
    r"(?:numero|n°|no|nr|num)\.?\s*(?:de\s*(?:la\s*)?|d')?\s*(?:facture|avoir)\b",
    r"\b(?:facture|avoir)\s*(?:n°|no|nr|numero|num)(?![a-z])\.?",
    r"numero\s*(?:della\s*)?fattura|\bfattura\s*(?:n°|nr|no|n|numero)(?![a-z])\.?",
    r"nota\s*di\s*credito\s*(?:n°|nr|no|n|numero)(?![a-z])\.?",
    r"\b(?:invoice|credit\s*note|bill|receipt)\s*(?:no|number|nr|num|n°)(?![a-z])\.?|\binvoice\s*#",
    r"\b(?:n|nr|no|n°|num|numero)\.?\s*(?:del\s*)?documento\b|\bdocumento\s*(?:n°|nr|no|n)(?![a-z])\.?"
    r"|\b(?:document|dokument)\s*-?\s*(?:no|nr|number|nummer|n°)(?![a-z])\.?",
)
# A credit note's own number: it wins over the invoice it refers to.
_CREDIT_NO = re.compile(
    r"(?:gutschrift|avoir|nota\s*di\s*credito|credit\s*note|note\s*de\s*credit)\w*\s*-?\s*"
    r"(?:n°|nr|no|n|num|numero|nummer|number|#)(?![a-z])"
)
# Before a label on the same line: the number or date that follows is another document's
# ("Rif.: fattura n. 123", "Bezug: Rechnung Nr.", "Original invoice no.").
_REFERENCE_PREFIX = re.compile(
    r"(?:^\s*re\s*:|\b(?:rif|bezug|betreff|betr|concerne|original\w*|storno|relati\w*|related"
    r"|gemass|corrects?|annul\w*|replaces?|ersetzt|sostituisce|gutschrift\w*|avoir|credit\s*note"
    r"|nota\s*di\s*credito|note\s*de\s*credit)\b)\W*(?:\w+\W*){0,3}$"
    r"|\b(?:ref|reference|referenz|riferimento)\b\W*(?:\w+\W*)?$"  # "Réf. facture n°"
)
# Before a date label: "payable within 30 days of invoice date (...)" is not the invoice date.
_TERMS_PREFIX = re.compile(
    r"(?:days|tage|tagen|jours|giorni|within|innert|innerhalb|entro|dans|after|nach|dopo|apres"
    r"|ab|from|des|dalla|dal)\W*(?:\w+\W*){0,2}$"
)
_NUMBER_ONLY = re.compile(r"^\s*(?:numero|nummer|number)\s*:?\s*$")
_INVOICE_NO_LOOSE = re.compile(
    r"(?:rechnung|facture|invoice|fattura)\w*(?:\s+[\w-]+){1,3}?\s+(?:nr|no|n°|nummer|numero)(?![a-z])\.?"
)
_TITLE = re.compile(
    r"^\s*(?:rechnung|facture|invoice|fattura|gutschrift|avoir|credit\s*note|nota\s*di\s*credito"
    r"|note\s*de\s*credit|tax\s*invoice|proforma|quittung|receipt|ricevuta)\s*[:#]?\s+"
    r"(?=\S*\d|[a-z]{1,4}\s\d)"
)
_INVOICE_DATE = _rx(
    r"rechnungsdatum|belegdatum|ausstellungsdatum|fakturadatum|gutschriftsdatum|datum\s*der\s*rechnung",
    r"date\s*(?:de\s*(?:la\s*)?)?factur(?:e|ation)|date\s*d\s*'?\s*emission|date\s*de\s*l\s*'?\s*avoir",
    r"data\s*(?:della\s*)?fattura|data\s*(?:di\s*)?emissione|data\s*documento",
    r"invoice\s*date|date\s*of\s*(?:issue|invoice)|issue\s*date|billing\s*date|credit\s*note\s*date",
)
_GENERIC_DATE = re.compile(
    r"^\s*(?:datum|date|data|dated|du|vom)\s*(?:[:.\u2026_]\s*)*(?=$|\d|[a-z]+\.?\s*\d)"
)
_DATE_IN_TEXT = re.compile(
    r"(?:facture|rechnung|invoice|fattura|avoir|gutschrift|faktura|nota\s*di\s*credito|credit\s*note"
    r"|note\s*de\s*credit)\b(?:\s*(?:n°|nr|no|n|num|numero|nummer|#)?\.?\s*(?:[a-z]{1,4}\s)?"
    r"[\w./-]*\d[\w./-]*(?:\s\d[\w./-]*){0,2})?\s+(?:du|vom|of|del|dated|datee?|dd\.?)\s+"
    r"(?=\d|[a-z]{3,9}\.?\s+\d)"
)
_DUE_DATE = _rx(
    r"f(?:a|ae)lligkeit\w*|f(?:a|ae)llig\s*(?:am|bis|per)?|zahlbar\s*(?:bis|am|per)|zahlungsfrist"
    r"|zahlungstermin|zahlungsziel|zahlung\s*bis",
    r"date\s*d\s*'?\s*echeance|echeance|payable\s*(?:jusqu\s*'?\s*au|avant\s*le|le)"
    r"|a\s*(?:payer|regler)\s*(?:avant\s*le|jusqu\s*'?\s*au|le|au\s*plus\s*tard\s*le)"
    r"|date\s*limite\s*de\s*(?:paiement|reglement)|reglement\s*(?:avant\s*le|le)",
    r"scadenza(?:\s*(?:pagamento|fattura))?|pagabile\s*entro(?:\s*il)?|da\s*pagare\s*entro(?:\s*il)?"
    r"|pagamento\s*entro(?:\s*il)?",
    r"due\s*date|payment\s*due|due\s*(?:on|by)|payable\s*(?:by|until|before|on)|pay\s*by|date\s*due"
    r"|^\s*due\s*:",
)
_DEBIT_DATE = re.compile(
    r"preleve\s*le|prelevement\s*(?:le|du)|abbuchung\s*am|wird\s*am|debited\s*on|addebito\s*il"
)
_NOT_INVOICE_DATE = re.compile(
    r"liefer|livraison|delivery|consegna|leistung|bestell|commande|order|ordine|periode|period"
    r"|zeitraum|echeance|scadenza|due|fallig|zahlbar|payable|stand|geburt|naissance|valid"
)
_PAYMENT_REF = _rx(
    r"communication\s*(?:for|pour)?\s*(?:your|votre)?\s*(?:payment|paiement|virement)",
    r"payment\s*(?:reference|communication)|reference\s*(?:de|du)\s*(?:paiement|virement)",
    r"zahlungsreferenz|verwendungszweck|riferimento\s*(?:di|del|per\s*il)?\s*pagamento",
    r"structured\s*communication|communication\s*structuree|mitteilung",
)
_REF_LABEL = re.compile(r"^\s*(?:referenz|reference|riferimento|ref\.?)\s*:?\s*$")
_PO = _rx(
    r"ihre\s*bestellung(?:\s*(?:nr|nummer)\.?)?|bestell\s*-?\s*(?:nr|nummer|no)\b\.?|auftrags\s*-?\s*(?:nr|nummer)\b\.?",
    r"your\s*order(?:\s*(?:no|number|ref\w*))?\b\.?|purchase\s*order(?:\s*(?:no|number))?\b\.?"
    r"|\border\s*(?:no|number|#|ref)\b\.?|\bp\.?\s?o\.?\s*(?:no|number|nr|#)\b\.?|^\s*po\s*:",
    r"votre\s*commande|bon\s*de\s*commande(?:\s*n°)?|(?:n°|no|numero)\s*(?:de\s*)?commande|commande\s*n°",
    r"vostro\s*ordine|\bordine\s*(?:n°|nr|no|n)(?![a-z])\.?|numero\s*d\s*'?\s*ordine",
)
_CUSTOMER_LABEL = re.compile(
    r"^\s*(?:bill(?:ed)?\s*to|invoice\s*to|sold\s*to|customer|client|kunde|rechnungsadresse"
    r"|rechnungsempfanger|adresse\s*de\s*(?:facturation|livraison)|facture\s*a|destinataire"
    r"|lieferadresse|liefer\s*an|delivery\s*address|ship\s*to|shipping\s*address|indirizzo\s*di\s*consegna"
    r"|intestat(?:o|ario)|spett\.?\s*le|messrs|to|an|a|destinatario|cliente)\s*:?\s*$"
)
_SALUTATION = re.compile(
    r"^\s*(?:herrn?|frau|firma|madame|monsieur|mme|mlle|m\.|mr\.?|mrs\.?|ms\.?|signora?|sig\.?"
    r"|spett\.?\s*le|z\.?\s*hd\.?|zu\s*handen|a\s*l\s*'?\s*attention|attn\.?|c/o)\b"
)
_CUSTOMER_ID_CONTEXT = re.compile(
    r"\bvs\b\.?\s*(?:p\.?\s*iva|partita|n\.?\s*iva|c\.?\s*f\b|cod)"
    r"|(?:ihre|votre|your|vostr[ao]|customer|client|kunden|acquirente|cliente|buyer|destinat"
    r"|debiteur|schuldner|committente|intestatario|empfanger)\W*(?:\w+\W*){0,2}"
    r"(?:mwst|tva|vat|uid|ust|iva|tax|konto|compte|account|iban)"
    r"|(?:mwst|tva|vat|uid|ust|iva)\W*(?:\w+\W*){0,2}(?:client|kunde|customer|cliente)"
)
_VENDOR_ID_LABEL = re.compile(r"mwst|tva|vat|uid|ust|iva|steuer|tax|ide|siret|siren|rcs")
_QR_PAYEE = re.compile(
    r"(?:konto|compte|conto|account)\s*/\s*(?:zahlbar\s*an|payable\s*a|pagabile\s*a|payable\s*to)"
)
_QR_PAYER = re.compile(r"zahlbar\s*durch|payable\s*par|pagabile\s*da|payable\s*by\s*\(?name")
_LEGAL_FORM = re.compile(
    r"\b(?:ag|gmbh|sa|sas|sasu|sarl|sàrl|eurl|snc|sca|scs|ltd|llc|inc|plc|gbr|kg|ohg|e\.?\s?k|ug"
    r"|s\.?\s?r\.?\s?l|s\.?\s?p\.?\s?a|s\.?\s?a\.?\s?s|a\.?\s?g|co|cie|genossenschaft|stiftung"
    r"|verein|cooperative|societe|srl|spa|bv|nv|oy|ab|as|aps|kft|sagl)\.?$"
    r"|&\s*(?:co|cie|fils|sohn|sohne|partner)\b"
)
_LEGAL_NOTICE = re.compile(
    r"^(.{3,60}?)\s*[-\u2013,]\s*(?:societe|sa\b|sas\b|sarl\b|eurl\b|gmbh\b|ag\b|au\s*capital|capital"
    r"|rcs|r\.c\.s|siege|ltd\b|s\.?r\.?l\b|s\.?p\.?a\b)"
)
_ZIP_CITY = re.compile(
    r"^(?:(CH|FL|LI|F|FR|D|DE|A|AT|I|IT|L|LU|B|BE)\s?-\s?)?(\d{4,5})\s*([A-ZÀ-Ýa-zà-ÿ][\w'\u2019\-. ]{1,40}?)"
    r"(?:\s*\([A-Z]{2}\))?$"  # Italian province "(TO)"
)
_US_CITY = re.compile(r"^([A-Z][\w .'-]+?),?\s+([A-Z]{2})\s+(\d{5})(?:-\d{4})?$")
_UK_CITY = re.compile(r"^([A-Z][\w .'-]+?),?\s+([A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})$")
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
_ZIP_PREFIX_COUNTRY = {"CH": "CH", "FL": "LI", "LI": "LI", "F": "FR", "FR": "FR", "D": "DE",
                       "DE": "DE", "A": "AT", "AT": "AT", "I": "IT", "IT": "IT", "L": "LU",
                       "LU": "LU", "B": "BE", "BE": "BE"}  # fmt: skip
_NOT_A_NAME = re.compile(
    r"@|www\.|https?:|\b(?:tel|tél|phone|fax|mobile|natel|telefon|telephone)\b|^\+?\d[\d\s/().-]{6,}$"
    r"|^(?:rechnung|facture|invoice|fattura|gutschrift|avoir|credit\s*note|page|seite|date|datum"
    r"|quittung|receipt|offerte|devis|lieferschein|tax\s*invoice|nota\s*di\s*credito|note\s*de\s*credit"
    r"|pro\s*-?\s*forma)\b|^(?:rechnungs|gutschrifts)\w+$"
    r"|adresse\s*de|lieferadresse|rechnungsadresse|(?:delivery|billing|shipping)\s*address|bill\s*to"
)
# The label of the sender's block ("Fournisseur", "From:"), alone or before the name.
_VENDOR_LABEL = re.compile(
    r"^\s*(?:fournisseur|emetteur|expediteur|vendeur|prestataire|from|vendor|supplier|seller"
    r"|issued\s*by|lieferant|absender|verkaufer|rechnungssteller|leistungserbringer|fornitore"
    r"|mittente|cedente(?:\s*/\s*prestatore)?|venditore)\b\s*:?\s*"
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
_LANG_RX = {lang: re.compile(rf"\b(?:{words})\b") for lang, words in _LANG_WORDS.items()}


# --- document model -----------------------------------------------------------------------------


@dataclass
class _Block:
    indexes: list[int] = field(default_factory=list)


class _Doc:
    def __init__(self, lines: list[TextLine], hints: Iterable[str], own_vats: Iterable[str]):
        self.lines = [ln for ln in lines if ln.text and ln.text.strip() and not _garbled(ln.text)]
        self.folded = [fold(ln.text) for ln in self.lines]
        self.hints = {_norm_name(h) for h in hints if h and len(_norm_name(h)) >= 3}
        self.own_vats = {identifiers.normalize_vat(v) for v in own_vats if v}
        self.page_height: dict[int, float] = {}
        self.page_width: dict[int, float] = {}
        for ln in self.lines:
            self.page_height[ln.page] = max(self.page_height.get(ln.page, 0.0), ln.bottom)
            self.page_width[ln.page] = max(self.page_width.get(ln.page, 0.0), ln.x1)
        self.order = dates.guess_order(ln.text for ln in self.lines)
        self.blocks = self._build_blocks()
        self.block_of = {i: b for b, block in enumerate(self.blocks) for i in block.indexes}
        self.customer_block: int | None = None
        self.vendor_block: int | None = None
        self.iban_currency: dict[str, str] = {}  # IBAN -> currency printed with it

    # geometry ---------------------------------------------------------------------------------
    @staticmethod
    def height(line: TextLine) -> float:
        return max(line.bottom - line.top, 1.0)

    def rel_top(self, i: int) -> float:
        line = self.lines[i]
        return line.top / max(self.page_height.get(line.page, 1.0), 1.0)

    def rel_x(self, i: int) -> float:
        line = self.lines[i]
        return line.x0 / max(self.page_width.get(line.page, 1.0), 1.0)

    def right_of(self, i: int) -> int | None:
        line = self.lines[i]
        h = self.height(line)
        middle = (line.top + line.bottom) / 2
        best, best_x = None, None
        for j, other in enumerate(self.lines):
            if j == i or other.page != line.page or other.x0 < line.x1 - 2:
                continue
            if abs((other.top + other.bottom) / 2 - middle) > 0.6 * h:
                continue
            if other.x0 - line.x1 > 0.45 * self.page_width.get(line.page, 600):
                continue
            if best_x is None or other.x0 < best_x:
                best, best_x = j, other.x0
        return best

    def left_of(self, i: int) -> int | None:
        line = self.lines[i]
        h = self.height(line)
        middle = (line.top + line.bottom) / 2
        best, best_x = None, None
        for j, other in enumerate(self.lines):
            if j == i or other.page != line.page or other.x1 > line.x0 + 2:
                continue
            if abs((other.top + other.bottom) / 2 - middle) > 0.6 * h:
                continue
            if best_x is None or other.x1 > best_x:
                best, best_x = j, other.x1
        return best

    def below(self, i: int, max_gap: float = 2.2) -> int | None:
        """The nearest line under ``i`` in the same column (overlapping horizontally)."""
        line = self.lines[i]
        h = self.height(line)
        found = []
        for j, other in enumerate(self.lines):
            if j == i or other.page != line.page or other.top <= line.top + 0.5 * h:
                continue
            if other.top - line.bottom > max_gap * h:
                continue
            if other.x1 < line.x0 - h or other.x0 > line.x1 + h:
                continue
            overlap = min(other.x1, line.x1) - max(other.x0, line.x0)
            shorter = max(min(other.x1 - other.x0, line.x1 - line.x0), 1.0)
            if (
                abs(other.x0 - line.x0) > 3 * h
                and not (line.x0 - h <= other.x0 <= line.x1)
                and overlap < 0.5 * shorter  # right-aligned values under a short label
            ):
                continue
            found.append((other.top, -overlap, j))
        if not found:
            return None
        top = min(f[0] for f in found)
        # on the nearest row, the value that overlaps the label most (same column)
        return min(f for f in found if f[0] - top < 0.5 * h)[2]

    def above(self, i: int, max_gap: float = 2.2) -> int | None:
        line = self.lines[i]
        h = self.height(line)
        best, best_bottom = None, None
        for j, other in enumerate(self.lines):
            if j == i or other.page != line.page or other.top >= line.top - 0.5 * h:
                continue
            if line.top - other.bottom > max_gap * h:
                continue
            if abs(other.x0 - line.x0) > 2 * h:
                continue
            if best_bottom is None or other.bottom > best_bottom:
                best, best_bottom = j, other.bottom
        return best

    def _build_blocks(self) -> list[_Block]:
        """Runs of vertically adjacent lines that overlap horizontally (address blocks)."""
        blocks: list[_Block] = []
        open_blocks: list[int] = []
        for i, line in enumerate(self.lines):
            h = self.height(line)
            target = None
            for b in open_blocks:
                last = self.lines[blocks[b].indexes[-1]]
                if last.page != line.page:
                    continue
                if _sender_line_parts(last.text):
                    continue  # a one-line sender address stands alone above the window
                gap = line.top - last.bottom
                aligned = abs(last.x0 - line.x0) < 1.5 * h or abs(last.x1 - line.x1) < 1.5 * h
                if -0.3 * h < gap < 0.9 * h and aligned:
                    target = b
                    break
            if target is None:
                blocks.append(_Block([i]))
                open_blocks.append(len(blocks) - 1)
            else:
                blocks[target].indexes.append(i)
            open_blocks = [
                b
                for b in open_blocks
                if self.lines[blocks[b].indexes[-1]].page == line.page
                and line.top - self.lines[blocks[b].indexes[-1]].bottom < 3 * h
            ]
        return blocks

    def in_customer_block(self, i: int) -> bool:
        return self.customer_block is not None and self.block_of.get(i) == self.customer_block

    def context(self, i: int) -> str:
        """Folded text of the line, its left neighbour and the label above it (column)."""
        parts = [self.folded[i]]
        left = self.left_of(i)
        if left is not None:
            parts.append(self.folded[left])
        up = self.above(i, 1.2)
        if up is not None:
            parts.append(self.folded[up])
        return " | ".join(parts)


def _garbled(text: str) -> bool:
    """Text layers with unmapped glyphs read as "(cid:12)(cid:3)…": useless, skip them."""
    return text.count("(cid:") * 6 > len(text) * 0.3


# --- value lookup -------------------------------------------------------------------------------

_LEADING = re.compile(
    r"^[\s:#.°\-\u2013=\u2026_]*(?:(?:nr|no|n°|num|numero|nummer|number)(?![a-z0-9])\.?[\s:#.\u2026_]*)?"
)
_LEADERS = re.compile(r"^[\s.\u2026_:·-]*$")


def _after(doc: _Doc, i: int, end: int) -> list[tuple[str, int, float]]:
    """Candidate value texts for a label ending at ``end`` in line ``i``: rest of the line,
    next column on the row, line below in the same column (with a weight)."""
    out = []
    rest = doc.lines[i].text[end:]
    rest = rest[_LEADING.match(fold(rest)).end() :]
    if rest.strip():
        out.append((rest.strip(), i, 1.0))
    right = doc.right_of(i)
    if right is not None and _LEADERS.match(doc.lines[right].text):
        right = doc.right_of(right)  # "Datum ........ | 11.11.2023"
    if right is not None:
        out.append((doc.lines[right].text.strip(" :"), right, 0.97))
    below = doc.below(i)
    if below is not None and not rest.strip():
        out.append((_column_text(doc, i, below).strip(" :"), below, 0.95))
    return out


def _column_text(doc: _Doc, i: int, j: int) -> str:
    """The words of line ``j`` that stand under label ``i``: a value row read as one line
    under a row of labels ("R-1 05.03.2024 04.04.2024" under "Nr. | Datum | Fällig") is cut
    at the middle of the gaps between the labels; word positions are estimated from the
    character offsets."""
    label, value = doc.lines[i], doc.lines[j]
    h = doc.height(label)
    if value.x1 - value.x0 < label.x1 - label.x0 + 3 * h:
        return value.text
    left, right = doc.left_of(i), doc.right_of(i)
    if left is None and right is None:
        return value.text
    low = (doc.lines[left].x1 + label.x0) / 2 if left is not None else float("-inf")
    high = (label.x1 + doc.lines[right].x0) / 2 if right is not None else float("inf")
    scale = (value.x1 - value.x0) / max(len(value.text), 1)
    words = [
        m.group(0)
        for m in re.finditer(r"\S+", value.text)
        if low <= value.x0 + scale * (m.start() + m.end()) / 2 < high
    ]
    return " ".join(words) or value.text


def _label_hits(doc: _Doc, pattern: re.Pattern, pages: Iterable[int] | None = None):
    allowed = set(pages) if pages is not None else None
    for i, text in enumerate(doc.folded):
        if allowed is not None and doc.lines[i].page not in allowed:
            continue
        for m in pattern.finditer(text):
            yield i, m


_TOKEN_STRIP = " .,;:)(]["  # noqa: S105 - not a password


_PREFIX_WORD = re.compile(r"[A-Z]{1,4}")
_NOT_PREFIX = {"CHF", "EUR", "USD", "GBP", "NR", "NO", "DU", "VOM", "DEL", "OF"}
_DIGIT_GROUP = re.compile(r"\d{3,}")


def _identifier_token(text: str, spaced: bool = False) -> str | None:
    """First token of ``text`` that looks like a document number. With ``spaced``, a number
    printed in groups ("FT 2023.73354", "RE 2024 0815") is kept whole up to the next wide gap,
    word or date."""
    segment = re.split(r"\s{2,}|\s[|·•]\s", text.strip())[0]
    tokens = [t.strip(_TOKEN_STRIP) for t in segment.split()]
    tokens = [t for t in tokens if t]
    if not tokens:
        return None
    token = tokens[0]
    if spaced:
        k = 1
        if (
            _PREFIX_WORD.fullmatch(token)
            and token not in _NOT_PREFIX
            and len(tokens) > 1
            and re.match(r"\d", tokens[1])
            and not _is_date_token(tokens[1])
        ):
            token, k = f"{token} {tokens[1]}", 2
        while (
            k < len(tokens)
            and _DIGIT_GROUP.fullmatch(tokens[k])
            and token[-1].isdigit()
            and not _is_date_token(" ".join(tokens[k : k + 3]))
        ):
            token, k = f"{token} {tokens[k]}", k + 1
    if not token or len(token) < 2 or len(token) > 32 or not any(c.isdigit() for c in token):
        return None
    if dates.find_dates(token) and dates.find_dates(token)[0].text == token:
        return None
    if re.fullmatch(r"[\d'.,]+", token) and re.search(r"[.,]\d{2}$", token) and "'" in token:
        return None  # an amount
    return token


def _is_date_token(text: str) -> bool:
    found = dates.find_dates(text)
    return bool(found) and found[0].start == 0


class _Votes:
    """Candidate values per field; agreeing candidates add up."""

    def __init__(self):
        self.items: dict[str, dict] = {}

    def add(self, key, value, confidence: float, **extra) -> None:
        if value in (None, ""):
            return
        item = self.items.get(key)
        if item is None:
            self.items[key] = {"value": value, "conf": confidence, "n": 1, **extra}
            return
        item["n"] += 1
        if confidence > item["conf"]:
            item.update({"value": value, "conf": confidence, **extra})

    def best(self) -> dict | None:
        if not self.items:
            return None
        for item in self.items.values():
            item["score"] = min(0.98, item["conf"] + 0.03 * (item["n"] - 1))
        return max(self.items.values(), key=lambda it: it["score"])


# --- language -----------------------------------------------------------------------------------


def _language(doc: _Doc) -> tuple[str | None, float]:
    counts = dict.fromkeys(_LANG_RX, 0)
    for text in doc.folded:
        for lang, rx in _LANG_RX.items():
            counts[lang] += len(rx.findall(text))
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    top, second = ranked[0], ranked[1]
    if top[1] < 3:
        return None, 0.0
    margin = (top[1] - second[1]) / top[1]
    return top[0], round(min(0.95, 0.6 + margin), 3)


# --- parties ------------------------------------------------------------------------------------


def _is_zip_city(text: str) -> re.Match | None:
    text = text.strip()
    return _ZIP_CITY.match(text) or _US_CITY.match(text) or _UK_CITY.match(text)


def _is_street(text: str) -> bool:
    folded = fold(text.strip())
    return bool(_STREET.search(folded)) and any(c.isdigit() for c in folded) and len(folded) < 60


def _country_of(text: str) -> str | None:
    return _COUNTRIES.get(_norm_name(text))


def _name_ok(text: str) -> bool:
    folded = fold(text).strip()
    letters = sum(c.isalpha() for c in folded)
    if letters < 3 or len(folded) > 70 or _NOT_A_NAME.search(folded):
        return False
    if ":" in folded or _is_zip_city(text) or _is_street(text):
        return False
    if any(rx.search(folded) for rx in (_INVOICE_NO, _INVOICE_DATE, _DUE_DATE, _PO, _PAYMENT_REF)):
        return False
    digits = sum(c.isdigit() for c in folded)
    return digits <= letters * 0.3


def _block_has_address(doc: _Doc, block: _Block) -> bool:
    return any(_is_zip_city(doc.lines[i].text) for i in block.indexes)


def _sender_line_parts(text: str) -> list[str] | None:
    """Parts of a one-line address "Name · Street 1 · 1234 City" (None when it is not one)."""
    parts: list[str] = []
    for raw in _SENDER_SPLIT.split(text.strip()):
        part = raw.strip()
        if parts and _HOUSE_NUMBER.match(part):
            parts[-1] = f"{parts[-1]}, {part}"  # "Via Roma, 38": the comma is not a separator
        elif part:
            parts.append(part)
    if len(parts) < 2:
        return None
    if not any(_is_zip_city(p) for p in parts[1:]):
        return None
    return parts


def _sender_line_above(doc: _Doc, i: int) -> bool:
    """A one-line sender address ("Name · Street · ZIP City") printed higher on the page."""
    line = doc.lines[i]
    return any(
        other.page == line.page
        and other.bottom <= line.top
        and doc.block_of.get(j) != doc.block_of.get(i)
        and _sender_line_parts(other.text)
        for j, other in enumerate(doc.lines[:i])
    )


def _strip_vendor_label(text: str) -> str:
    """ "Supplier: Acme SA" → "Acme SA"; a label alone gives "" ("Supplier Solutions Ltd" stays)."""
    m = _VENDOR_LABEL.match(fold(text))
    if m and (":" in m.group(0) or m.end() >= len(text.rstrip())):
        return text[m.end() :].strip()
    return text.strip()


def _customer_score(doc: _Doc, b: int) -> float:
    block = doc.blocks[b]
    first = block.indexes[0]
    line = doc.lines[first]
    score = 0.0
    up = doc.above(first, 3.0)
    if up is not None and _CUSTOMER_LABEL.match(doc.folded[up]):
        score += 3
    if _CUSTOMER_LABEL.match(doc.folded[first]):
        score += 3
    if _VENDOR_LABEL.match(doc.folded[first]) or (
        up is not None and _VENDOR_LABEL.fullmatch(doc.folded[up])
    ):
        score -= 4
    elif _sender_line_above(doc, first):
        score += 1  # the vendor's address is already printed above: this is another party
    if any(_SALUTATION.match(doc.folded[i]) for i in block.indexes[:2]):
        score += 2
    if doc.hints and any(_norm_name(doc.lines[i].text) in doc.hints for i in block.indexes):
        score += 5
    if up is not None and _sender_line_parts(doc.lines[up].text):
        score += 2
    rel = doc.rel_top(first)
    if 0.1 <= rel <= 0.45:
        score += 1
    if rel < 0.09:
        score -= 2
    if doc.rel_x(first) > 0.4:
        score += 0.5
    texts = " ".join(doc.folded[i] for i in block.indexes)
    if any(_CUSTOMER_ID_CONTEXT.search(doc.folded[i]) for i in block.indexes):
        score += 2  # "Your VAT no.", "Vs. P.IVA" inside the block
    elif re.search(r"@|www\.|\btel\b|phone|telefon|mwst|tva|vat|iban", texts):
        score -= 2
    return score - 0.001 * line.page * 100


def _find_customer_block(doc: _Doc) -> None:
    candidates = []
    first_page = min((ln.page for ln in doc.lines), default=0)
    for b, block in enumerate(doc.blocks):
        line = doc.lines[block.indexes[0]]
        if line.page != first_page or doc.rel_top(block.indexes[0]) > 0.5:
            continue
        if not _block_has_address(doc, block) or len(block.indexes) > 8:
            continue
        candidates.append((_customer_score(doc, b), -line.top, b))
    if not candidates:
        return
    candidates.sort(reverse=True)
    best_score, _top, best = candidates[0]
    address_blocks = len(candidates)
    if best_score >= 1.5 or (address_blocks >= 2 and best_score >= 0.5):
        doc.customer_block = best
    others = [c for c in candidates if c[2] != doc.customer_block]
    if others:  # the vendor letterhead is the top-most other address block
        doc.vendor_block = min(others, key=lambda c: doc.lines[doc.blocks[c[2]].indexes[0]].top)[2]


def _customer_name(doc: _Doc, ext: Extraction, source: str) -> None:
    if doc.customer_block is None:
        return
    block = doc.blocks[doc.customer_block]
    for i in block.indexes:
        folded = doc.folded[i]
        if _CUSTOMER_LABEL.match(folded):
            continue
        if _SALUTATION.match(folded) and len(folded.split()) <= 1:
            continue
        name = _customer_line_name(doc.lines[i].text)
        if _name_ok(name):
            ext.set("customer_name", name, 0.8, source)
        return


# "Spett.le Officine Rossi S.p.A.", "Cliente: Officine Rossi S.p.A.", "Messrs Smith Ltd"
_CUSTOMER_PREFIX = re.compile(
    r"^\s*(?:spett\.?\s*(?:le|li)|egr\.?\s*(?:gio|gi)|messrs\.?"
    r"|(?:cliente|destinatario|intestatario|client|kunde|customer|bill\s*to|invoice\s*to)\s*:)\s*"
)


def _customer_line_name(text: str) -> str:
    m = _CUSTOMER_PREFIX.match(fold(text))
    return text[m.end() :].strip() if m else text.strip()


@dataclass
class _Party:
    name: str | None = None
    street: str | None = None
    zip: str | None = None
    city: str | None = None
    country: str | None = None


def _parse_address_parts(parts: list[str], party: _Party) -> None:
    for raw in parts:
        part = raw.strip()
        if not part:
            continue
        zc = _is_zip_city(part)
        if zc and party.zip is None:
            if zc.re is _ZIP_CITY:
                party.zip, party.city = zc.group(2), zc.group(3).strip()
                if zc.group(1):
                    party.country = _ZIP_PREFIX_COUNTRY.get(zc.group(1).upper())
            elif zc.re is _UK_CITY:
                party.city, party.zip, party.country = zc.group(1).strip(), zc.group(2), "GB"
            else:
                party.city, party.zip = zc.group(1).strip(), zc.group(3)
                party.country = "US"
        elif party.street is None and party.zip is None and _is_street(part):
            party.street = part
        elif _country_of(part) and party.country is None:
            party.country = _country_of(part)


def _vendor_candidates(doc: _Doc) -> list[tuple[_Party, float, str]]:
    out: list[tuple[_Party, float, str]] = []
    out.extend(_from_qr_payee(doc))
    out.extend(_from_sender_lines(doc))
    out.extend(_from_legal_notice(doc))
    out.extend(_from_letterhead(doc))
    out.extend(_from_footer(doc))
    for party, _weight, _kind in out:
        party.name = _strip_vendor_label(party.name or "") or None
    return [
        c
        for c in out
        if c[0].name
        and _norm_name(c[0].name) not in doc.hints
        and not _is_customer_name(doc, c[0].name)
    ]


def _is_customer_name(doc: _Doc, name: str) -> bool:
    if doc.customer_block is None:
        return False
    key = _norm_name(name)
    return any(
        _norm_name(_customer_line_name(doc.lines[i].text)) == key
        for i in doc.blocks[doc.customer_block].indexes
    )


def _from_qr_payee(doc: _Doc) -> list[tuple[_Party, float, str]]:
    out = []
    for i, _m in _label_hits(doc, _QR_PAYEE):
        party = _Party()
        j = i
        rest: list[str] = []
        for _step in range(5):
            j = doc.below(j, 1.6)
            if j is None:
                break
            text = doc.lines[j].text.strip()
            if identifiers.find_ibans(text.replace(" ", "")) or re.search(r"\d{4}\s\d{4}", text):
                continue
            if _REF_LABEL.match(doc.folded[j]) or re.match(
                r"^\s*(?:referenz|reference|zus|info)", doc.folded[j]
            ):
                break
            if party.name is None:
                if not _name_ok(text):
                    break
                party.name = text
            else:
                rest.append(text)
        if party.name:
            _parse_address_parts(rest, party)
            out.append((party, 0.9, "qr"))
    return out


def _from_sender_lines(doc: _Doc) -> list[tuple[_Party, float, str]]:
    out = []
    for i, line in enumerate(doc.lines):
        parts = _sender_line_parts(line.text)
        if not parts or doc.in_customer_block(i):
            continue
        rel = doc.rel_top(i)
        below = doc.below(i, 3.0)
        above_customer = below is not None and doc.block_of.get(below) == doc.customer_block
        if not (rel > 0.8 or above_customer or rel < 0.2):
            continue
        name, address = parts[0], parts[1:]
        if _is_street(name) and rel < 0.2:
            # "Street 1 · ZIP City" under the letterhead name
            up = _line_above(doc, i, 2.5)
            name, address = (doc.lines[up].text.strip() if up is not None else ""), parts
        if not _name_ok(name) or _is_zip_city(name):
            continue
        party = _Party(name=name)
        _parse_address_parts(address, party)
        weight = 0.85 if (rel > 0.8 or above_customer) else 0.78 if rel < 0.12 else 0.6
        out.append((party, weight, "sender"))
    return out


def _from_legal_notice(doc: _Doc) -> list[tuple[_Party, float, str]]:
    out = []
    for i, text in enumerate(doc.folded):
        m = _LEGAL_NOTICE.match(text)
        if not m or doc.in_customer_block(i):
            continue
        name = doc.lines[i].text[: m.end(1)].strip()
        if _name_ok(name):
            out.append((_Party(name=name), 0.7, "legal"))
    return out


def _letterhead_block(doc: _Doc) -> int | None:
    if doc.vendor_block is not None:
        return doc.vendor_block
    first_page = min((ln.page for ln in doc.lines), default=0)
    for b, block in enumerate(doc.blocks):
        i = block.indexes[0]
        if doc.lines[i].page != first_page or b == doc.customer_block:
            continue
        if doc.rel_top(i) > 0.2:
            break
        if any(_name_ok(doc.lines[k].text) for k in block.indexes[:2]):
            return b
    return None


def _from_letterhead(doc: _Doc) -> list[tuple[_Party, float, str]]:
    b = _letterhead_block(doc)
    if b is None:
        return []
    block = doc.blocks[b]
    texts = [_strip_vendor_label(doc.lines[i].text) for i in block.indexes]
    texts = [t for t in texts if t]
    names = [k for k, t in enumerate(texts[:3]) if _name_ok(t)]
    if not names or _is_street(texts[0]) or _is_zip_city(texts[0]):
        # the name printed apart (larger, higher) above its address block
        above = _block_above(doc, block.indexes[0])
        if above is None:
            return []
        head = [doc.lines[i].text.strip() for i in doc.blocks[above].indexes]
        if not head or not all(_name_ok(t) for t in head[:2]) or len(head) > 2:
            return []
        texts = head + texts
        names = [0]
    k = names[0]
    if k + 1 < len(texts) and _norm_name(texts[k + 1]).startswith(_norm_name(texts[k])):
        k += 1  # a logo word above the full name ("Acme" over "Acme Trading SA")
    name = texts[k]
    folded_name = fold(name)
    if (
        not _LEGAL_FORM.search(folded_name)
        and k + 1 < len(texts)
        and _name_ok(texts[k + 1])
        and _LEGAL_FORM.search(fold(texts[k + 1]))
    ):
        name = f"{name} {texts[k + 1]}"
        k += 1
    party = _Party(name=name)
    rest = []
    for t in texts[k + 1 :]:
        parts = _sender_line_parts(t)
        rest.extend(parts if parts else [t])
    _parse_address_parts(rest, party)
    weight = 0.75 if _LEGAL_FORM.search(fold(name)) or party.zip else 0.6
    return [(party, weight, "letterhead")]


def _line_above(doc: _Doc, i: int, max_gap: float) -> int | None:
    """The nearest line above ``i`` that overlaps it horizontally (centred letterheads too)."""
    line = doc.lines[i]
    h = doc.height(line)
    best, best_bottom = None, None
    for j, other in enumerate(doc.lines):
        if other.page != line.page or other.bottom > line.top + 0.2 * h:
            continue
        if line.top - other.bottom > max_gap * h or other.x1 < line.x0 or other.x0 > line.x1:
            continue
        if best_bottom is None or other.bottom > best_bottom:
            best, best_bottom = j, other.bottom
    return best


def _block_above(doc: _Doc, i: int) -> int | None:
    """The block right above line ``i`` (overlapping horizontally, within a few line heights)."""
    best = _line_above(doc, i, 4.0)
    if best is None:
        return None
    b = doc.block_of.get(best)
    return None if b is None or b == doc.customer_block else b


def _from_footer(doc: _Doc) -> list[tuple[_Party, float, str]]:
    """The sender's name and address printed as a block in the page footer."""
    out = []
    for b, block in enumerate(doc.blocks):
        i = block.indexes[0]
        if b == doc.customer_block or doc.rel_top(i) < 0.8 or len(block.indexes) > 5:
            continue
        texts = [doc.lines[k].text.strip() for k in block.indexes]
        name = _strip_vendor_label(texts[0])
        if not _name_ok(name) or not any(_is_zip_city(t) for t in texts[1:4]):
            continue
        party = _Party(name=name)
        _parse_address_parts(texts[1:], party)
        out.append((party, 0.72, "footer"))
        break
    return out


def _pretty(name: str, alternatives: list[str]) -> str:
    """Prefer a mixed-case spelling over an all-caps logo line."""
    for alt in [name, *alternatives]:
        if not alt.isupper():
            return alt
    return name


def _vendor(doc: _Doc, ext: Extraction, source: str) -> None:
    candidates = _vendor_candidates(doc)
    if not candidates:
        return
    groups: dict[str, list[tuple[_Party, float, str]]] = defaultdict(list)
    for cand in candidates:
        groups[_norm_name(cand[0].name)].append(cand)
    for key in sorted(groups, key=len):
        # a name cut by a line wrap joins the full spelling found elsewhere (footer, notice)
        longer = [k for k in groups if k != key and len(key) >= 4 and k.startswith(key)]
        if longer:
            groups[max(longer, key=len)].extend(groups.pop(key))

    def score(items):
        kinds = {c[2] for c in items}
        return max(c[1] for c in items) + 0.05 * (len(kinds) - 1)

    key = max(groups, key=lambda k: score(groups[k]))
    items = sorted(groups[key], key=lambda c: -c[1])
    conf = min(0.97, score(items))
    full = [c[0].name for c in items if _norm_name(c[0].name) == key]
    name = _pretty(full[0], full[1:])
    ext.set("vendor_name", name.strip(" ,;:"), conf, source)
    merged = _Party()
    for party, _w, _kind in items:
        for attr in ("street", "zip", "city", "country"):
            if getattr(merged, attr) is None and getattr(party, attr):
                setattr(merged, attr, getattr(party, attr))
    addr_conf = min(0.9, conf - 0.05)
    ext.set("vendor_street", merged.street, addr_conf, source)
    ext.set("vendor_zip", merged.zip, addr_conf, source)
    ext.set("vendor_city", merged.city, addr_conf, source)
    country = merged.country or _country_from_ids(ext, merged)
    ext.set("vendor_country", country, addr_conf - 0.05, source)


def _country_from_ids(ext: Extraction, party: _Party) -> str | None:
    vat = ext.value("vendor_vat") or ""
    if vat.startswith("CHE"):
        return "CH"
    if vat[:2].isalpha():
        return "GR" if vat[:2] == "EL" else vat[:2]
    iban = ext.value("vendor_iban") or ""
    if iban[:2] in ("CH", "LI") and party.zip and len(party.zip) == 4:
        return iban[:2]
    return None


# --- identifiers --------------------------------------------------------------------------------

_GLUED_LABEL = re.compile(r"(IBAN|TVA|VAT|MWST|UID|IVA)(?=[A-Z]{2,3}[\d-])")


def _id_text(text: str) -> str:
    return _GLUED_LABEL.sub(r"\1 ", text)


def _is_customer_context(doc: _Doc, i: int) -> bool:
    return doc.in_customer_block(i) or bool(_CUSTOMER_ID_CONTEXT.search(doc.context(i)))


def _vendor_vat(doc: _Doc, ext: Extraction, source: str) -> None:
    votes = _Votes()
    customer = _Votes()  # the VAT number of the company the bill is addressed to
    for i, line in enumerate(doc.lines):
        text = _id_text(line.text)
        found = identifiers.find_vat_ids(text)
        bare = False
        if not found and re.search(r"\d{3}", text):
            labels = doc.context(i).split(" | ", 1)[1:]
            found = identifiers.find_labelled_vats(text, " | ".join(labels))
            bare = True
        if not found:
            continue
        if _is_customer_context(doc, i):
            labelled_customer = bool(_CUSTOMER_ID_CONTEXT.search(doc.context(i)))
            if labelled_customer or not bare:
                for m in found:
                    customer.add(m.value, m.value, 0.9 if labelled_customer else 0.8)
            continue
        labelled = bool(_VENDOR_ID_LABEL.search(doc.context(i)))
        for m in found:
            if m.value in doc.own_vats:
                customer.add(m.value, m.value, 0.9)
                continue
            conf = 0.95 if (labelled or m.suffix in ("MWST", "TVA", "IVA")) else 0.88
            if bare:
                conf = 0.9
            if doc.rel_top(i) > 0.8 or doc.block_of.get(i) == doc.vendor_block:
                conf += 0.01
            votes.add(m.value, m.value, conf)
    best = votes.best()
    if best:
        ext.set("vendor_vat", best["value"], best["score"], source)
    best = customer.best()
    if best and best["value"] != ext.value("vendor_vat"):
        ext.set("customer_vat", best["value"], best["score"], source)


def _company_registry(doc: _Doc, ext: Extraction, source: str) -> None:
    vat = ext.value("vendor_vat") or ""
    if vat.startswith("CHE"):
        ext.set(
            "vendor_company_registry",
            identifiers.format_swiss_uid(vat),
            ext.field_confidence("vendor_vat") - 0.02,
            source,
        )
        return
    votes = _Votes()
    siren_of_vat = vat[4:] if vat.startswith("FR") else ""
    for i, line in enumerate(doc.lines):
        if _is_customer_context(doc, i):
            continue
        for m in identifiers.find_sirets(line.text):
            conf = 0.92 if re.search(r"siret", doc.folded[i]) else 0.8
            if siren_of_vat and m.value.startswith(siren_of_vat):
                conf += 0.03
            votes.add(m.value, m.value, conf)
        rcs = re.search(
            r"(\d{3}\s?\d{3}\s?\d{3})\s*R\.?\s?C\.?\s?S\.?\s+([A-Z][A-Za-z\-]+)", line.text
        )
        if rcs and not votes.items:
            votes.add(rcs.group(0), rcs.group(0), 0.75)
    best = votes.best()
    if best:
        ext.set("vendor_company_registry", best["value"], best["score"], source)


_BANK_CONTEXT = re.compile(
    r"iban|bank|konto|compte|conto|account|coordonnees|bancaire|zahlbar|payable"
)
_FOREIGN_ACCOUNT = re.compile(
    r"(?:ihr|ihre|votre|your|vostro)\s*(?:konto|compte|conto|account|iban)"
)


def _vendor_iban(doc: _Doc, ext: Extraction, source: str) -> None:
    votes = _Votes()
    invalid: list[str] = []
    payee_lines = {j for i, _m in _label_hits(doc, _QR_PAYEE) for j in _column_below(doc, i, 2)}
    for i, line in enumerate(doc.lines):
        text = _id_text(line.text)
        found = identifiers.find_ibans(text, allow_bad_checksum=True)
        if not found or doc.in_customer_block(i) or _FOREIGN_ACCOUNT.search(doc.context(i)):
            continue
        for m in found:
            tag = _ACCOUNT_CURRENCY.findall(line.text[max(0, m.start - 30) : m.start])
            if tag:
                doc.iban_currency[m.value] = tag[-1].upper()
            if not m.valid:
                up = doc.above(i, 1.5)
                context = doc.folded[i] + (doc.folded[up] if up is not None else "")
                if _BANK_CONTEXT.search(context):
                    invalid.append(m.value)
                continue
            conf = 0.88
            if i in payee_lines:
                conf = 0.96
            elif m.kind == "qr_iban":
                conf = 0.93
            elif "iban" in doc.folded[i]:
                conf = 0.9
            votes.add(m.value, m.value, conf)
    best = votes.best()
    if best:
        ext.set("vendor_iban", best["value"], best["score"], source)
    elif invalid:
        ext.set("vendor_iban", invalid[0], 0.3, source, "The printed IBAN has wrong check digits.")
        ext.warnings.append(msg("iban_check_digits", iban=invalid[0]))


_ACCOUNT_CURRENCY = re.compile(r"\b(CHF|EUR|USD|GBP)\b", re.IGNORECASE)


def _iban_for_currency(doc: _Doc, ext: Extraction, source: str) -> None:
    """Accounts printed per currency ("CHF-Konto: IBAN …, EUR-Konto: IBAN …"): the bill is
    paid to the account in its own currency."""
    iban, currency = ext.value("vendor_iban"), ext.value("currency")
    if not iban or not currency or doc.iban_currency.get(iban, currency) == currency:
        return
    match = [v for v, c in doc.iban_currency.items() if c == currency]
    if len(match) == 1:
        previous = ext.fields.pop("vendor_iban")
        ext.set("vendor_iban", match[0], previous.confidence, source)


def _column_below(doc: _Doc, i: int, count: int) -> list[int]:
    out = []
    j = i
    for _step in range(count):
        j = doc.below(j, 1.6)
        if j is None:
            break
        out.append(j)
    return out


def _vendor_email(doc: _Doc, ext: Extraction, source: str) -> None:
    vendor = _norm_name(ext.value("vendor_name") or "")
    votes = _Votes()
    for i, line in enumerate(doc.lines):
        if doc.in_customer_block(i):
            continue
        for m in identifiers.find_emails(line.text):
            domain = m.value.split("@", 1)[1].split(".")[0]
            conf = 0.7
            if (
                vendor
                and len(domain) >= 3
                and (domain.replace("-", "") in vendor or vendor[:6] in domain)
            ):
                conf = 0.85
            votes.add(m.value, m.value, conf)
    best = votes.best()
    if best:
        ext.set("vendor_email", best["value"], best["score"], source)


# --- document numbers ---------------------------------------------------------------------------


def _invoice_number(doc: _Doc, ext: Extraction, source: str) -> None:
    votes = _Votes()
    for pattern, conf in (
        (_CREDIT_NO, 0.95),
        (_INVOICE_NO, 0.93),
        (_INVOICE_NO_LOOSE, 0.82),
        (_NUMBER_ONLY, 0.75),
    ):
        for i, m in _label_hits(doc, pattern):
            if _REFERENCE_PREFIX.search(doc.folded[i][: m.start()]):
                continue
            for text, _j, weight in _after(doc, i, m.end()):
                token = _identifier_token(text, spaced=True)
                if token and not _looks_like_other_id(token):
                    votes.add(_norm_number(token), token, conf * weight)
                    break
    for i, text in enumerate(doc.folded):
        m = _TITLE.match(text)
        if m:
            token = _identifier_token(doc.lines[i].text[m.end() :], spaced=True)
            if token and not _looks_like_other_id(token):
                votes.add(_norm_number(token), token, 0.85)
    best = votes.best()
    if best:
        ext.set("invoice_number", best["value"], best["score"], source)


def _norm_number(token: str) -> str:
    return re.sub(r"[^0-9A-Z]", "", token.upper())


def _looks_like_other_id(token: str) -> bool:
    compact = re.sub(r"[\s.\-]", "", token).upper()
    return (
        bool(identifiers.find_ibans(compact) or identifiers.find_vat_ids(compact))
        and len(compact) > 10
    )


def _po_number(doc: _Doc, ext: Extraction, source: str) -> None:
    votes = _Votes()
    for i, m in _label_hits(doc, _PO):
        for text, _j, weight in _after(doc, i, m.end()):
            token = _identifier_token(text)
            if token:
                votes.add(token, token, 0.85 * weight)
                break
    best = votes.best()
    if best:
        ext.set("po_number", best["value"], best["score"], source)


def _payment_reference(doc: _Doc, ext: Extraction, source: str) -> None:
    votes = _Votes()
    for i, line in enumerate(doc.lines):
        for m in identifiers.find_references(line.text):
            up = doc.above(i, 1.5)
            labelled = up is not None and _REF_LABEL.match(doc.folded[up])
            labelled = labelled or re.search(r"ref", doc.folded[i][: m.start])
            votes.add(m.value, m.value, 0.96 if labelled else 0.88, kind=m.kind)
    best = votes.best()
    if best:
        ext.set("payment_reference", best["value"], best["score"], source)
        ext.set(
            "payment_reference_type",
            "QRR" if best["kind"] == "QRR" else "SCOR",
            best["score"],
            source,
        )
        return
    for i, m in _label_hits(doc, _PAYMENT_REF):
        for text, _j, weight in _after(doc, i, m.end()):
            token = _identifier_token(text)
            if token:
                votes.add(token, token, 0.8 * weight)
                break
    best = votes.best()
    if best:
        ext.set("payment_reference", best["value"], best["score"], source)


# --- dates --------------------------------------------------------------------------------------


def _first_date(doc: _Doc, text: str):
    found = dates.find_dates(identifiers.fix_ocr_digits(text), doc.order)
    return found[0].value if found else None


def _dated_label(doc: _Doc, pattern: re.Pattern, votes: _Votes, conf: float, skip=None) -> None:
    for i, m in _label_hits(doc, pattern):
        before = doc.folded[i][: m.start()]
        if skip is not None and skip.search(before):
            continue
        if _REFERENCE_PREFIX.search(before):
            continue
        for text, _j, weight in _after(doc, i, m.end()):
            value = _first_date(doc, text)
            if value:
                votes.add(value, value, conf * weight)
                break


def _invoice_date(doc: _Doc, ext: Extraction, source: str) -> None:
    votes = _Votes()
    _dated_label(doc, _INVOICE_DATE, votes, 0.94, skip=_TERMS_PREFIX)
    if not votes.items:
        _dated_label(doc, _GENERIC_DATE, votes, 0.85)
        _dated_label(doc, _DATE_IN_TEXT, votes, 0.8, skip=_TERMS_PREFIX)
        _place_date(doc, votes)
    if not votes.items:
        _lone_header_date(doc, votes)
    best = votes.best()
    if best:
        ext.set("invoice_date", best["value"], best["score"], source)


_PLACE_DATE = re.compile(r"^\s*[a-z][a-z .'\-]{1,30},\s*(?:(?:den|le|il|am|the)\s+)?(?=\d)")


def _place_date(doc: _Doc, votes: _Votes) -> None:
    for i, text in enumerate(doc.folded):
        m = _PLACE_DATE.match(text)
        if m and doc.rel_top(i) < 0.5:
            value = _first_date(doc, doc.lines[i].text[m.end() :])
            if value:
                votes.add(value, value, 0.82)


def _lone_header_date(doc: _Doc, votes: _Votes) -> None:
    """A date printed alone in the upper part of the first page, not next to another label."""
    first_page = min((ln.page for ln in doc.lines), default=0)
    for i, line in enumerate(doc.lines):
        if line.page != first_page or doc.rel_top(i) > 0.5:
            continue
        found = dates.find_dates(identifiers.fix_ocr_digits(line.text), doc.order)
        if len(found) != 1 or len(found[0].text) < len(line.text.strip()) - 2:
            continue
        left = doc.left_of(i)
        up = doc.above(i, 1.2)
        context = " ".join(doc.folded[k] for k in (left, up) if k is not None)
        if _NOT_INVOICE_DATE.search(context):
            continue
        votes.add(found[0].value, found[0].value, 0.6)
        return


def _due_date(doc: _Doc, ext: Extraction, source: str) -> None:
    votes = _Votes()
    _dated_label(doc, _DUE_DATE, votes, 0.93, skip=re.compile(r"liefer|livraison|delivery"))
    if not votes.items:
        _dated_label(doc, _DEBIT_DATE, votes, 0.75)
    best = votes.best()
    invoice_date = ext.value("invoice_date")
    if best and (invoice_date is None or best["value"] >= invoice_date):
        ext.set("due_date", best["value"], best["score"], source)
        return
    if invoice_date is None:
        return
    for text in doc.folded:
        days = dates.payment_terms_days(text)
        if days:
            derived = invoice_date + timedelta(days=days)
            ext.warnings.append(msg("due_date_from_terms", days=days, due_date=derived))
            return


# --- entry point --------------------------------------------------------------------------------


def extract_from_lines(
    lines: list[TextLine],
    *,
    source: str = "text",
    customer_hints: Iterable[str] = (),
    own_vat_ids: Iterable[str] = (),
) -> Extraction:
    """Header fields (and, through :mod:`.amounts`, amounts and lines) read from ``lines``.

    ``customer_hints`` are the receiving company's names (and VAT ids); ``own_vat_ids`` its VAT
    ids: neither is ever returned as the vendor's."""
    hints = list(customer_hints)
    own = list(own_vat_ids) + [h for h in hints if identifiers.find_vat_ids(h)]
    doc = _Doc(list(lines), hints, own)
    ext = Extraction()
    ext.sources.append(source)
    if not doc.lines:
        return ext
    language, lang_conf = _language(doc)
    ext.set("language", language, lang_conf, source)
    _find_customer_block(doc)
    _customer_name(doc, ext, source)
    _vendor_vat(doc, ext, source)
    _vendor_iban(doc, ext, source)
    _vendor(doc, ext, source)
    _company_registry(doc, ext, source)
    _vendor_email(doc, ext, source)
    _invoice_number(doc, ext, source)
    _invoice_date(doc, ext, source)
    _due_date(doc, ext, source)
    _payment_reference(doc, ext, source)
    _po_number(doc, ext, source)
    if source == "ocr":
        _scale_confidences(ext, doc)
    amounts.extract_amounts(doc.lines, ext, language)
    _iban_for_currency(doc, ext, source)
    return ext


def _scale_confidences(ext: Extraction, doc: _Doc) -> None:
    """OCR text is less certain than a text layer: scale by the mean recognition score."""
    mean = sum(ln.confidence for ln in doc.lines) / len(doc.lines)
    factor = min(1.0, 0.9 + 0.1 * mean) * 0.97
    for f in ext.fields.values():
        f.confidence = round(f.confidence * factor, 4)
