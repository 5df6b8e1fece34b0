"""Find and read Swiss QR-bills on the pages of a :class:`~.document.Document`.

Decoding uses zxing-cpp (QR codes only, rotation and downscaling on, so upside-down and skewed
scans read too). Rendering is the costly part, so only pages that may hold a payment part are
rendered: every page without a text layer (scans), and text pages whose text names a payment
part or receipt in one of the four languages; when no text page does, the last and the first
page (where a QR code printed as an image without its captions usually sits). A page where
nothing decodes at the normal resolution is tried once more at a higher one (small or
low-contrast codes), unless it was only a first/last-page guess; a small picture (a
screenshot, a cropped payment part: at most ``UPSCALE_MAX_SIDE`` pixels) once more at twice
its size.

:func:`qr_extraction` turns a parsed :class:`~.qrbill.QrBill` into an :class:`Extraction` with
source ``qr``: the payload is exact, so clean fields get 0.99; fields that the payload's own
errors concern get less.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal

import zxingcpp
from PIL import Image

from fincycle.extraction import qrbill
from fincycle.extraction.document import Document, Page
from fincycle.extraction.messages import Message, msg
from fincycle.extraction.model import Extraction, TaxLine
from fincycle.extraction.qrbill import QrBill

__all__ = [
    "PAYMENT_PART_WORDS",
    "decode_image",
    "find_qr_bills",
    "qr_extraction",
    "upscaled",
]

RENDER_DPI = 150
RETRY_DPI = 300
SCAN_PAGES = 5  # pages without text searched, as many as the OCR reads
# A picture no longer than this on its longest side (a screenshot, a cropped payment part, a
# low-resolution scan) gets a second look at twice its size when nothing decodes: its code may
# have 2-3 pixels a module, too few for zxing once tilted, blurred or noisy. Phone photos and
# 200-dpi A4 scans are larger and keep a single look (the cost stays bounded).
UPSCALE_MAX_SIDE = 2400
SOURCE = "qr"
CONFIDENCE = 0.99
DOUBTFUL = 0.6  # a field that the payload's own errors concern
BROKEN = 0.4  # the payload's lines are shifted: every field may be in the wrong place

# Captions printed on the payment part and receipt (SIX style guide), lower case, no accents.
PAYMENT_PART_WORDS = (
    "zahlteil",
    "empfangsschein",
    "section paiement",
    "recepisse",
    "sezione pagamento",
    "ricevuta",
    "payment part",
    "receipt",
    "konto / zahlbar an",
    "compte / payable a",
    "conto / pagabile a",
    "account / payable to",
    "qr-rechnung",
    "qr-facture",
    "qr-bill",
)

_CENT = Decimal("0.01")


# --- decoding -------------------------------------------------------------------------------------


def decode_image(img, *, retry: bool = False) -> list[str]:
    """The texts of all QR codes in a PIL image (or numpy array), in reading order.
    ``retry`` also tries a global-histogram binarizer, which reads low-contrast or unevenly
    lit scans that the default local binarizer misses."""
    texts = _read(img, zxingcpp.Binarizer.LocalAverage)
    if not texts and retry:
        texts = _read(img, zxingcpp.Binarizer.GlobalHistogram)
    return texts


def _read(img, binarizer) -> list[str]:
    try:
        barcodes = zxingcpp.read_barcodes(
            img,
            formats=zxingcpp.BarcodeFormat.QRCode,
            try_rotate=True,
            try_downscale=True,
            binarizer=binarizer,
        )
    except (ValueError, RuntimeError):  # an image zxing cannot take (mode, size)
        return []
    return [barcode.text for barcode in barcodes if barcode.valid and barcode.text]


def upscaled(img):
    """A small picture at twice its size (Lanczos), or None when its longest side exceeds
    ``UPSCALE_MAX_SIDE`` (no second look: large enough, and costly)."""
    if max(img.size) > UPSCALE_MAX_SIDE:
        return None
    return img.resize((img.width * 2, img.height * 2), Image.LANCZOS)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def mentions_payment_part(text: str) -> bool:
    folded = _fold(text)
    return any(word in folded for word in PAYMENT_PART_WORDS)


def candidate_pages(doc: Document) -> list[Page]:
    """Pages worth rendering, most likely first."""
    scans = _first_and_last([page for page in doc.pages if not page.has_text])
    texts = [page for page in doc.pages if page.has_text]
    marked = _first_and_last([page for page in texts if mentions_payment_part(page.text())])
    if not marked and texts:
        marked = [texts[-1]] if len(texts) == 1 else [texts[-1], texts[0]]
    return marked + scans


def _first_and_last(pages: list[Page]) -> list[Page]:
    """A payment part is on the first pages or the last, as the OCR reads them: every page of
    a 50-page scan (or of 50 pages captioned "Zahlteil") would cost renders of up to 60 MP."""
    return pages if len(pages) <= SCAN_PAGES else pages[: SCAN_PAGES - 1] + pages[-1:]


def find_qr_bills(doc: Document) -> list[tuple[int, QrBill]]:
    """``(page index, QrBill)`` for every QR code on the candidate pages whose text is a
    QR-bill payload (starts with ``SPC``), the first copy of identical payloads only. Bills
    with ``errors`` are returned too: check ``QrBill.is_valid``."""
    found: list[tuple[int, QrBill]] = []
    seen: set[str] = set()
    for page in candidate_pages(doc):
        # renders no other stage takes again are not kept: 50 pages of them would be GBs
        texts = decode_image(page.render(RENDER_DPI, cache=False), retry=doc.kind == "image")
        # The sharper second look only where a payment part is expected: a scanned page or
        # a page with its captions (not the first/last-page guesses of foreign invoices).
        expected = not page.has_text or mentions_payment_part(page.text())
        if not texts and doc.kind == "pdf" and expected:
            texts = decode_image(page.render(RETRY_DPI, cache=False), retry=True)
        if not texts and doc.kind == "image":
            larger = upscaled(page.render(RENDER_DPI, cache=False))
            texts = decode_image(larger, retry=True) if larger is not None else []
        for text in texts:
            bill = qrbill.parse(text)
            key = text.replace("\r\n", "\n").strip()
            if bill is None or key in seen:
                continue
            seen.add(key)
            found.append((page.index, bill))
    return found


# --- fields ---------------------------------------------------------------------------------------

# QR-bill errors (codes of QrBill.errors) that shift or cut the payload: no field is sure.
_STRUCTURAL = {"qr_truncated", "qr_trailer_misplaced", "qr_trailer_wrong", "qr_too_many_lines"}
# The field a QR-bill error puts in doubt; errors not listed doubt none (version, coding type,
# message length, billing syntax, the reserved ultimate creditor). Address errors doubt their
# party (creditor or debtor).
_TOPICS = {
    "qr_iban_missing": {"iban"},
    "qr_iban_invalid": {"iban"},
    "qr_iban_not_swiss": {"iban"},
    "qr_iban_length": {"iban"},
    "qr_qrr_needs_qr_iban": {"iban", "reference"},
    "qr_qr_iban_needs_qrr": {"iban", "reference"},
    "qr_creditor_missing": {"creditor"},
    "qr_amount_format": {"amount"},
    "qr_amount_too_high": {"amount"},
    "qr_currency": {"currency"},
    "qr_reference_type": {"reference"},
    "qr_qrr_missing": {"reference"},
    "qr_qrr_invalid": {"reference"},
    "qr_scor_missing": {"reference"},
    "qr_scor_invalid": {"reference"},
    "qr_non_with_reference": {"reference"},
}
_PARTY_TOPICS = {"creditor", "debtor"}

# "Rechnung Nr. 2024-17", "Facture n° F-12", "Invoice no. RE-5", "Fattura n. 33/2024"
_MESSAGE_INVOICE = re.compile(
    r"\b(?:rechnung(?:s-?nummer|s-?nr\.?)?|facture|invoice|fattura|rg\.?)"
    r"\s*(?:nr\.?|no\.?|n°|nº|n\.|num(?:ber|[eé]ro)?\.?|#|:)?\s*:?\s*"
    r"([A-Z0-9][A-Z0-9./_-]*\d[A-Z0-9./_-]*|\d[A-Z0-9./_-]*)",
    re.IGNORECASE,
)


def _topic(error: Message) -> set[str]:
    """The fields a QrBill error puts in doubt."""
    if error.code.startswith("qr_swico_"):
        return {"swico"}
    party = error.params.get("party")
    if party:
        return {party} if party in _PARTY_TOPICS else set()
    return set(_TOPICS.get(error.code, ()))


def _doubts(errors: list[Message]) -> tuple[set[str], bool]:
    topics: set[str] = set()
    for error in errors:
        topics |= _topic(error)
    structural = any(error.code in _STRUCTURAL for error in errors)
    return topics, structural


def _address_lines(address: qrbill.Address) -> tuple[str, str, str]:
    """(street with number, postal code, town) for structured and combined addresses."""
    if address.address_type == "K" or address.address_line1 or address.address_line2:
        zip_code, town = "", address.address_line2
        match = re.match(r"^(?:[A-Z]{1,2}-)?(\d{4,5})\s+(.+)$", address.address_line2.strip())
        if match:
            zip_code, town = match.group(1), match.group(2)
        return address.address_line1, address.postal_code or zip_code, address.town or town
    street = " ".join(p for p in (address.street, address.building_number) if p)
    return street, address.postal_code, address.town


def invoice_number_from_message(message: str) -> str | None:
    """An invoice number quoted in the unstructured message (``Rechnung Nr. 2024-17``)."""
    match = _MESSAGE_INVOICE.search(message or "")
    return match.group(1).rstrip("./-_") if match else None


def qr_extraction(qr: QrBill) -> Extraction:
    """The bill fields that a QR-bill payload states, with source ``qr``."""
    result = Extraction(sources=[SOURCE])
    topics, structural = _doubts(qr.errors)

    def conf(topic: str) -> float:
        if structural:
            return BROKEN
        return DOUBTFUL if topic in topics else CONFIDENCE

    def put(name: str, value, topic: str, note: str = "") -> None:
        result.set(name, value, conf(topic), SOURCE, note)

    put("vendor_iban", qr.iban, "iban")
    if qr.creditor is not None:
        street, zip_code, town = _address_lines(qr.creditor)
        put("vendor_name", qr.creditor.name, "creditor")
        put("vendor_street", street, "creditor")
        put("vendor_zip", zip_code, "creditor")
        put("vendor_city", town, "creditor")
        put("vendor_country", qr.creditor.country, "creditor")
    if qr.debtor is not None:
        put("customer_name", qr.debtor.name, "debtor")
    if qr.amount is not None:
        put("amount_total", qr.amount, "amount")
    else:
        result.warnings.append(msg("qr_no_amount"))
    put("currency", qr.currency, "currency")
    if qr.payment_reference:
        put("payment_reference", qr.payment_reference, "reference")
        put("payment_reference_type", qr.reference_type, "reference")
    if qr.amount is not None:
        # A QR-bill asks for a payment: an invoice, unless the text says otherwise.
        result.set("document_type", "invoice", 0.7, SOURCE)

    number = invoice_number_from_message(qr.message)
    if number:
        result.set("invoice_number", number, 0.85, SOURCE, "from the QR-bill message")
    if qr.swico is not None:
        _swico_fields(result, qr, conf("swico"))
    result.warnings.extend(qr.errors)
    return result


def _swico_fields(result: Extraction, qr: QrBill, confidence: float) -> None:
    billing = qr.swico
    note = "Swico S1 billing information"
    result.set("invoice_number", billing.invoice_number, confidence, SOURCE, note)
    result.set("invoice_date", billing.invoice_date, confidence, SOURCE, note)
    result.set("vendor_vat", billing.vat_id, confidence, SOURCE, note)
    result.set("due_date", billing.due_date, confidence, SOURCE, note)
    result.set("po_number", billing.customer_reference, min(confidence, 0.8), SOURCE, note)

    taxes = []
    for detail in billing.vat_details:
        if detail.amount is None:
            taxes.append(TaxLine(rate=detail.rate))  # one rate for the whole invoice
            continue
        tax = (detail.amount * detail.rate / 100).quantize(_CENT, ROUND_HALF_UP)
        taxes.append(TaxLine(rate=detail.rate, base=detail.amount, amount=tax))
    # /33/ import tax: the tax amount is given, the base is not.
    taxes.extend(TaxLine(rate=d.rate, amount=d.amount) for d in billing.import_taxes)
    if not taxes:
        return
    result.taxes = taxes
    # Net amounts are stated; the tax per rate is computed (rounding may differ by a cent).
    result.taxes_confidence = min(confidence, 0.95)
    if billing.vat_details and all(d.amount is not None for d in billing.vat_details):
        untaxed = sum((t.base for t in taxes if t.base is not None), Decimal(0))
        tax_total = sum((t.amount for t in taxes if t.amount is not None), Decimal(0))
        if qr.amount is None or abs(untaxed + tax_total - qr.amount) <= Decimal("0.05"):
            result.set(
                "amount_untaxed", untaxed.quantize(_CENT), min(confidence, 0.95), SOURCE, note
            )
            result.set("amount_tax", tax_total.quantize(_CENT), min(confidence, 0.9), SOURCE, note)
