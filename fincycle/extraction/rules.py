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

This module runs the steps in order; the rules live in:

- :mod:`.labels`: the label patterns (FR/DE/IT/EN, on folded text) and the text tests on one
  line (a name, a street, a ZIP and city, a one-line sender address);
- :mod:`.layout`: the page layout (lines, neighbours, address blocks) and the value lookup
  after a label, with the votes that add up agreeing candidates;
- :mod:`.parties`: the customer block and the vendor's name and address;
- :mod:`.vendor_ids`: the vendor's VAT number, company registry, IBAN and e-mail;
- :mod:`.header`: language, invoice and order numbers, payment reference and dates.

Amounts, taxes, line items and the document type are read by :mod:`.amounts`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from . import amounts, identifiers
from .header import (
    read_due_date,
    read_invoice_date,
    read_invoice_number,
    read_language,
    read_payment_reference,
    read_po_number,
)
from .labels import fold
from .layout import Doc
from .model import Extraction, TextLine
from .parties import find_customer_block, read_customer_name, read_vendor
from .vendor_ids import (
    iban_for_currency,
    read_company_registry,
    read_vendor_email,
    read_vendor_iban,
    read_vendor_vat,
)

__all__ = ["extract_from_lines", "fold"]


# No printed line is longer (our corpora's longest: 388); a hostile one (a 60 000-letter word)
# would cost the label and identifier patterns time in its square.
MAX_LINE_CHARS = 600


def _bounded(line: TextLine) -> TextLine:
    if len(line.text) <= MAX_LINE_CHARS:
        return line
    return replace(line, text=line.text[:MAX_LINE_CHARS])


def extract_from_lines(
    lines: list[TextLine],
    *,
    source: str = "text",
    customer_hints: Iterable[str] = (),
    own_vat_ids: Iterable[str] = (),
    logo_texts: Iterable = (),
) -> Extraction:
    """Header fields (and, through :mod:`.amounts`, amounts and lines) read from ``lines``.

    ``customer_hints`` are the receiving company's names (and VAT ids); ``own_vat_ids`` its VAT
    ids: neither is ever returned as the vendor's. ``logo_texts`` are the words the first
    page draws as pictures (:func:`.logo.logo_texts`), a last resort for the vendor's name."""
    hints = list(customer_hints)
    own = list(own_vat_ids) + [h for h in hints if identifiers.find_vat_ids(h)]
    doc = Doc([_bounded(line) for line in lines], hints, own)
    doc.logo_texts = list(logo_texts)
    ext = Extraction()
    ext.sources.append(source)
    if not doc.lines:
        return ext
    language, lang_conf = read_language(doc)
    ext.set("language", language, lang_conf, source)
    find_customer_block(doc)
    read_customer_name(doc, ext, source)
    read_vendor_vat(doc, ext, source)
    read_vendor_iban(doc, ext, source)
    read_vendor(doc, ext, source)
    read_company_registry(doc, ext, source)
    read_vendor_email(doc, ext, source)
    read_invoice_number(doc, ext, source)
    read_invoice_date(doc, ext, source)
    read_due_date(doc, ext, source)
    read_payment_reference(doc, ext, source)
    read_po_number(doc, ext, source)
    if source == "ocr":
        _scale_confidences(ext, doc)
    amounts.extract_amounts(doc.lines, ext, language)
    iban_for_currency(doc, ext, source)
    return ext


def _scale_confidences(ext: Extraction, doc: Doc) -> None:
    """OCR text is less certain than a text layer: scale by the mean recognition score."""
    mean = sum(ln.confidence for ln in doc.lines) / len(doc.lines)
    factor = min(1.0, 0.9 + 0.1 * mean) * 0.97
    for f in ext.fields.values():
        f.confidence = round(f.confidence * factor, 4)
