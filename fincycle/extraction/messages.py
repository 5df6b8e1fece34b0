"""What the pipeline says about a document: codes with parameters, never a user's sentence.

Every check that fails, every warning and every reason a document cannot be read is a
:class:`Message`: a stable ``code`` and JSON-safe ``params``. The Odoo add-on renders it in the
reader's language from its table of translatable templates; :data:`TEXTS` here holds the
English of every code for logs, scripts and tests (the add-on's table has the same codes and
placeholders, a test says so).

Parameter names tell a renderer how to show a value (the English here shows them as given):

=====================  ==========================================================
``*_date``             an ISO date
``amount``/``*_amount`` a decimal string, in the bill's currency (or ``currency``)
``*_percent``          a fraction (0.62) shown as a percentage
``iban``               an IBAN without spaces
``reference``          a payment reference (QRR or SCOR) without spaces
``vat``                a VAT number, normalised (``CHE116281710``)
``rate``/``rates``     VAT rates in percent (``rates``: a list)
``field``              a field name of :data:`~fincycle.extraction.model.FIELD_NAMES`
``value``, ``other_value``   a value of ``field``
``source``, ``other_source`` a stage: ``qr``, ``xml``, ``text``, ``ocr``, ``llm``, ``derived``
``country``            an ISO 3166 code
``party``, ``element`` a part of a QR-bill (:data:`PARTIES`, :data:`ELEMENTS`)
``error``              an :class:`~fincycle.extraction.llm.LlmError` code
=====================  ==========================================================
Lists are shown joined by commas; anything else as it is.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

__all__ = ["ELEMENTS", "PARTIES", "TEXTS", "Message", "msg"]

# A sentence stored before messages had codes: shown as it was written.
LEGACY = "text"

TEXTS: dict[str, str] = {
    LEGACY: "%(text)s",
    # --- cross-checks that fail (or, for lines_discount, explain why they pass) ---------------
    "totals_mismatch": "Net %(net_amount)s + VAT %(tax_amount)s does not equal the total "
    "%(total_amount)s.",
    "totals_mismatch_rounding": "Net %(net_amount)s + VAT %(tax_amount)s + rounding "
    "%(rounding_amount)s does not equal the total %(total_amount)s.",
    "tax_breakdown_mismatch": "The VAT per rate adds up to %(sum_amount)s, not to the VAT total "
    "%(tax_amount)s.",
    "lines_mismatch": "The lines add up to %(lines_amount)s, not to %(target_amount)s.",
    "lines_discount": "A discount of %(rate)s %% applies to the lines.",
    "vat_rates_invalid": "VAT rate(s) %(rates)s %% are not valid in %(country)s on %(on_date)s.",
    "iban_checksum": "The IBAN %(iban)s has a wrong checksum.",
    "vat_checksum": "The VAT number %(vat)s has a wrong checksum.",
    "reference_check_digit": "The payment reference %(reference)s has a wrong check digit.",
    "invoice_date_future": "The invoice date %(invoice_date)s is in the future.",
    "invoice_date_old": "The invoice date %(invoice_date)s is more than three years old.",
    "due_date_before_invoice": "The due date %(due_date)s is before the invoice date.",
    "due_date_far": "The due date %(due_date)s is more than a year after the invoice date.",
    "currencies_several": "The document shows several currencies: %(currencies)s.",
    "xml_page_differs": "%(field)s: the page shows %(other_value)s, the embedded e-invoice XML "
    "%(value)s; the XML value is kept.",
    # --- warnings ---------------------------------------------------------------------------
    "pages_limited": "The document has %(count)s pages; only pages 1 to %(last)s and the last "
    "page were read (limit %(limit)s pages).",
    "text_layer_unreadable": "The PDF text layer could not be read.",
    "attachment_too_large": "The attached file %(name)s is too large and was skipped.",
    "xml_unreadable": "The embedded e-invoice XML could not be read (%(detail)s); the printed "
    "page was used.",
    "xml_not_wellformed": "The embedded e-invoice %(name)s is not well-formed XML (%(detail)s).",
    "xml_read": "Read from the embedded e-invoice %(name)s.",
    "xml_self_billed": "Self-billed document (type %(type_code)s): the customer issued it in the "
    "vendor's name.",
    "amount_due_differs": "The amount due (%(due_amount)s) differs from the invoice total "
    "(%(total_amount)s): prepayments or earlier balances are included.",
    "no_text": "No text could be read from this document.",
    "ocr_off": "This document is a scan and OCR is switched off; only a QR-bill could be read.",
    "ocr_missing": "This document is a scan, and the OCR engine is not installed on the server "
    "(rapidocr-onnxruntime); only a QR-bill could be read.",
    "ocr_pages_limited": "Only %(count)s of the %(total)s scanned pages were read by OCR (pages "
    "%(pages)s).",
    "text_layer_hidden": "The text of page(s) %(pages)s is invisible (a scan's text layer): the "
    "figures read from it are not checked against the picture.",
    "lines_limited": "Page %(page)s holds %(count)s lines of text; only the first %(limit)s were "
    "read.",
    "sources_disagree": "%(field)s: the %(source)s says %(value)s, the %(other_source)s says "
    "%(other_value)s.",
    "iban_check_digits": "The IBAN %(iban)s printed on the document has wrong check digits.",
    "due_date_from_terms": "No due date is printed; the payment terms (%(days)s days) give "
    "%(due_date)s.",
    "qr_no_amount": "The QR-bill has no amount: the payer enters it.",
    "llm_used": "The rules were unsure, so the document text was sent to the configured LLM "
    "endpoint.",
    "llm_failed": "The LLM was asked because the rules were unsure, and failed (%(error)s): "
    "%(detail)s",
    "llm_no_text": "There is no text to send to the LLM; it was not asked.",
    "llm_text_cut": "The document text was cut to %(limit)s characters for the LLM.",
    "llm_images_limited": "Only the first %(limit)s page images were sent to the LLM.",
    "llm_customer_name": "The LLM named the customer %(name)s as the vendor; ignored.",
    "llm_customer_vat": "The LLM gave the customer's VAT number %(vat)s as the vendor's; ignored.",
    "llm_vat_invalid": "The VAT number %(vat)s read by the LLM fails its check.",
    "llm_customer_iban": "The LLM gave the customer's IBAN %(iban)s as the vendor's; ignored.",
    "llm_iban_invalid": "The IBAN %(iban)s read by the LLM fails its check.",
    "llm_bad_code": "The LLM gave %(value)s as %(field)s, which is no valid code; ignored.",
    "llm_bad_date": "The LLM gave %(value)s as %(field)s, which is no valid date; ignored.",
    # --- a Swiss QR-bill that deviates from the standard (QrBill.errors, then warnings) -------
    "qr_truncated": "Payload is truncated: %(count)s lines, at least %(expected)s expected.",
    "qr_too_many_lines": "Payload has %(count)s lines, at most %(maximum)s expected.",
    "qr_trailer_misplaced": "Trailer EPD found on line %(line)s instead of line %(expected)s: "
    "lines are missing or added, the fields are misaligned.",
    "qr_trailer_wrong": "Trailer %(value)s on line %(line)s is not EPD.",
    "qr_version": "Version %(value)s is not supported (02xx expected).",
    "qr_coding_type": "Coding type %(value)s is not supported (1 expected).",
    "qr_iban_missing": "Creditor account (IBAN) is missing.",
    "qr_iban_invalid": "Creditor IBAN %(iban)s is invalid (wrong format or mod 97 check digits).",
    "qr_iban_not_swiss": "Creditor IBAN %(iban)s is not a Swiss or Liechtenstein account.",
    "qr_iban_length": "Creditor IBAN %(iban)s has %(length)s characters (21 expected).",
    "qr_address_type": "%(party)s: address type %(value)s is not S or K.",
    "qr_name_missing": "%(party)s: name is missing.",
    "qr_country_missing": "%(party)s: country is missing.",
    "qr_country_invalid": "%(party)s: country %(value)s is not a two-letter ISO code.",
    "qr_combined_with_town": "%(party)s: combined address (K) must not fill postal code and town.",
    "qr_combined_without_town": "%(party)s: combined address (K) has no postal code and town line.",
    "qr_postal_code_missing": "%(party)s: postal code is missing.",
    "qr_town_missing": "%(party)s: town is missing.",
    "qr_address_too_long": "%(party)s %(element)s is %(length)s characters long (at most "
    "%(maximum)s).",
    "qr_creditor_missing": "Creditor name and address are missing.",
    "qr_ultimate_creditor": "Ultimate creditor is reserved for future use and must be empty.",
    "qr_amount_format": "Amount %(value)s is not a number with a decimal point and 2 decimals.",
    "qr_amount_too_high": "Amount %(amount)s is above %(maximum_amount)s.",
    "qr_currency": "Currency %(value)s is not CHF or EUR.",
    "qr_reference_type": "Reference type %(value)s is not QRR, SCOR or NON.",
    "qr_qrr_missing": "QR reference (QRR) is missing.",
    "qr_qrr_invalid": "QR reference %(reference)s is invalid (27 digits with a recursive mod 10 "
    "check digit expected).",
    "qr_scor_missing": "Creditor reference (SCOR) is missing.",
    "qr_scor_invalid": "Creditor reference %(reference)s is invalid (ISO 11649 check failed).",
    "qr_non_with_reference": "Reference type NON must have no reference, found %(reference)s.",
    "qr_qrr_needs_qr_iban": "A QR reference (QRR) needs a QR-IBAN; %(iban)s is a normal IBAN.",
    "qr_qr_iban_needs_qrr": "QR-IBAN %(iban)s can only be used with a QR reference (QRR), not "
    "%(value)s.",
    "qr_message_too_long": "Unstructured message is %(length)s characters long (at most "
    "%(maximum)s).",
    "qr_message_and_billing_too_long": "Unstructured message and billing information together "
    "exceed %(maximum)s characters.",
    "qr_billing_syntax": "Billing information does not start with //<syntax code>.",
    "qr_alt_procedure_too_long": "Alternative procedure %(number)s is %(length)s characters long "
    "(at most %(maximum)s).",
    "qr_swico_date": "Swico /%(tag)s/: %(value)s is not a valid YYMMDD date.",
    "qr_swico_pair": "Swico /%(tag)s/: %(value)s is not <number>:<number>.",
    "qr_swico_rate_without_amount": "Swico /%(tag)s/: rate %(rate)s has no amount.",
    "qr_swico_amount": "Swico /%(tag)s/: amount %(value)s is not a number.",
    "qr_swico_condition_days": "Swico /40/: condition %(value)s has no number of days.",
    "qr_swico_invoice_date": "Swico /11/: %(value)s is not a YYMMDD invoice date.",
    "qr_swico_uid": "Swico /30/: UID %(value)s is not 9 digits.",
    "qr_swico_vat_date": "Swico /31/: %(value)s is not YYMMDD or YYMMDDYYMMDD.",
    "qr_swico_last_tag": "Swico S1: the last tag has no value.",
    "qr_swico_unknown_tag": "Swico S1: unknown tag /%(tag)s/ ignored.",
    "qr_swico_repeated_tag": "Swico S1: tag /%(tag)s/ repeated, the first value is kept.",
    "qr_swico_tag_order": "Swico S1: tag /%(tag)s/ is out of order.",
    # --- documents that cannot be read at all (ExtractionError.reason) ----------------------
    "file_empty": "The file is empty.",
    "file_too_large": "The file is %(size_mb)s MB, above the limit of %(limit_mb)s MB.",
    "heic_unsupported": "HEIC/AVIF photos are not supported. Please export the photo as JPEG "
    "or PDF.",
    "format_unsupported": "The file is neither a PDF nor a supported image (PNG, JPEG, TIFF, "
    "WebP, GIF, BMP).",
    "pdf_encrypted": "The PDF is protected by a password and cannot be read. Please upload an "
    "unprotected copy.",
    "pdf_no_pages": "The PDF has no pages.",
    "pdf_damaged": "The PDF is damaged or incomplete and cannot be read.",
    "pdf_page_damaged": "The PDF is damaged: page %(page)s cannot be read.",
    "reading_too_long": "Reading this document took longer than %(seconds)s seconds and was "
    "stopped (too large or too complex for the server). The file is kept; try Re-read, or enter "
    "the bill by hand.",
    "reading_busy": "The server was reading other documents for %(seconds)s seconds: this one "
    "waits for its turn in the queue.",
    "reading_aborted": "Reading this document was stopped: it needed more memory than the "
    "server allows (a damaged or hostile file). The file is kept; enter the bill by hand.",
    "pdf_too_complex": "Page %(page)s of the PDF draws more than %(limit)s shapes (drawings "
    "nested in drawings): too complex to open safely. The file is kept; enter the bill by "
    "hand.",
    "pdf_page_render": "Page %(page)s of the PDF cannot be rendered.",
    "pdf_unreadable": "The PDF file could not be read.",
    "document_closed": "The document is closed.",
    "image_damaged": "The image is damaged and cannot be read.",
    "image_incomplete": "The image is damaged or incomplete and cannot be read.",
    "image_no_pixels": "The image has no pixels.",
    "tiff_page_damaged": "Page %(page)s of the TIFF image cannot be read.",
    "image_too_large": "The image is too large; the limit is %(limit_mpx)s million pixels. "
    "Please scan at 300 dpi or less.",
    "image_too_large_size": "The image is too large (%(width)s x %(height)s pixels); the limit "
    "is %(limit_mpx)s million pixels. Please scan at 300 dpi or less.",
    "ocr_engine_missing": "Scanned documents cannot be read because the OCR engine is not "
    "installed (Python package rapidocr-onnxruntime).",
}

# The parts of a QR-bill the ``party`` and ``element`` parameters name.
PARTIES = {"creditor": "Creditor", "ultimate_creditor": "Ultimate creditor", "debtor": "Debtor"}
ELEMENTS = {
    "name": "name",
    "street": "street",
    "building_number": "building number",
    "postal_code": "postal code",
    "town": "town",
    "address_line_1": "address line 1",
    "address_line_2": "address line 2",
}


@dataclass(frozen=True)
class Message:
    """A code of :data:`TEXTS` and its parameters (JSON-safe: Decimals and dates become
    strings when the message is made)."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self):
        object.__setattr__(self, "params", {k: _plain(v) for k, v in self.params.items()})

    @property
    def text(self) -> str:
        """The English sentence (logs, scripts, tests); users get the add-on's rendering."""
        return TEXTS.get(self.code, self.code) % {
            name: _english(name, value) for name, value in self.params.items()
        }

    def __str__(self) -> str:
        return self.text

    def to_dict(self) -> dict:
        return {"code": self.code, "params": dict(self.params)}

    @classmethod
    def from_dict(cls, data: Any) -> Message:
        """Also reads a plain sentence stored before messages had codes."""
        if isinstance(data, Message):
            return data
        if isinstance(data, str):
            return cls(LEGACY, {"text": data})
        return cls(data.get("code") or LEGACY, data.get("params") or {})


def msg(code: str, **params: Any) -> Message:
    assert code in TEXTS, code
    return Message(code, params)


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple | set | frozenset):
        items = sorted(value, key=str) if isinstance(value, set | frozenset) else value
        return [_plain(v) for v in items]
    return value


def _english(name: str, value: Any) -> str:
    if name == "party":
        return PARTIES.get(value, str(value))
    if name == "element":
        return ELEMENTS.get(value, str(value))
    if name == "field":
        return str(value).replace("_", " ").capitalize()
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)
