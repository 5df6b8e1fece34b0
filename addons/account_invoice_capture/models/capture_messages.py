# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""What the capture says to the accountant, in the accountant's language.

``fincycle.extraction`` returns codes with parameters (checks, warnings, unreadable files);
this add-on adds its own codes (the reasons a bill waits for review). ``TEMPLATES`` is the one
table of translatable sentences for all of them; :class:`MessageRenderer` fills them with
dates, amounts, IBANs, references and words in the reader's language (parameter names say how,
see :mod:`fincycle.extraction.messages`). Stored messages stay codes: whoever opens the bill
reads them in their own language, whichever user or cron read the document.
"""

import logging
import re
from datetime import date
from decimal import Decimal, InvalidOperation

from odoo.tools import format_amount, format_date, formatLang
from odoo.tools.translate import LazyTranslate

from fincycle.extraction.identifiers import format_swiss_uid
from fincycle.extraction.messages import Message

_logger = logging.getLogger(__name__)
_lt = LazyTranslate(__name__)

# Codes whose one parameter is already a sentence: a text stored before the codes, Odoo's own
# warning on an unusual amount.
PASSTHROUGH = {"text": "text", "abnormal_amount": "warning"}

TEMPLATES = {
    # --- cross-checks (fincycle.extraction.crosscheck) --------------------------------------
    "totals_mismatch": _lt(
        "Untaxed %(net_amount)s + VAT %(tax_amount)s does not equal the total %(total_amount)s."
    ),
    "totals_mismatch_rounding": _lt(
        "Untaxed %(net_amount)s + VAT %(tax_amount)s + rounding %(rounding_amount)s does not "
        "equal the total %(total_amount)s."
    ),
    "tax_breakdown_mismatch": _lt(
        "The VAT per rate adds up to %(sum_amount)s, not to the VAT total %(tax_amount)s."
    ),
    "lines_mismatch": _lt("The lines add up to %(lines_amount)s, not to %(target_amount)s."),
    "lines_discount": _lt("a discount of %(rate)s %% applies to the lines"),
    "vat_rates_invalid": _lt(
        "VAT rate(s) %(rates)s %% are not valid in %(country)s on %(on_date)s."
    ),
    "iban_checksum": _lt("The IBAN %(iban)s has a wrong checksum."),
    "vat_checksum": _lt("The VAT number %(vat)s has a wrong checksum."),
    "reference_check_digit": _lt("The payment reference %(reference)s has a wrong check digit."),
    "invoice_date_future": _lt("The bill date %(invoice_date)s is in the future."),
    "invoice_date_old": _lt("The bill date %(invoice_date)s is more than three years old."),
    "due_date_before_invoice": _lt("The due date %(due_date)s is before the bill date."),
    "due_date_far": _lt("The due date %(due_date)s is more than a year after the bill date."),
    "currencies_several": _lt("The document shows several currencies: %(currencies)s."),
    "xml_page_differs": _lt(
        "%(field)s: the page shows %(other_value)s, but the e-invoice (XML) embedded in the PDF "
        "says %(value)s; the XML value is kept."
    ),
    # --- warnings while reading ---------------------------------------------------------------
    "pages_limited": _lt(
        "The document has %(count)s pages; only pages 1 to %(last)s and the last page were "
        "read (limit %(limit)s pages)."
    ),
    "text_layer_unreadable": _lt("The PDF text layer could not be read."),
    "attachment_too_large": _lt("The attached file %(name)s is too large and was skipped."),
    "xml_unreadable": _lt(
        "The e-invoice (XML) embedded in the PDF could not be read; the printed page was used."
    ),
    "xml_not_wellformed": _lt("The e-invoice %(name)s embedded in the PDF is not valid XML."),
    "xml_read": _lt("Read from the e-invoice %(name)s embedded in the PDF."),
    "xml_self_billed": _lt(
        "Self-billed document (type code %(type_code)s): the customer issued it in the vendor's name."
    ),
    "amount_due_differs": _lt(
        "The amount due (%(due_amount)s) differs from the bill total (%(total_amount)s): "
        "prepayments or earlier balances are included."
    ),
    "no_text": _lt("No text could be read from this document."),
    "ocr_off": _lt(
        "This document is a scan and text recognition (OCR) is switched off; only a QR-bill "
        "could be read."
    ),
    "ocr_missing": _lt(
        "This document is a scan, and text recognition (OCR) is not installed on the server; "
        "only a QR-bill could be read."
    ),
    "ocr_pages_limited": _lt(
        "Only %(count)s of the %(total)s scanned pages were read by text recognition "
        "(pages %(pages)s)."
    ),
    "text_layer_hidden": _lt(
        "The text of page(s) %(pages)s is invisible (a scan's text layer): the figures read "
        "from it are not checked against the picture."
    ),
    "lines_limited": _lt(
        "Page %(page)s holds %(count)s lines of text; only the first %(limit)s were read."
    ),
    "sources_disagree": _lt(
        "%(field)s: %(source)s reads %(value)s, %(other_source)s reads %(other_value)s."
    ),
    "iban_check_digits": _lt("The IBAN %(iban)s printed on the document has wrong check digits."),
    "due_date_from_terms": _lt(
        "No due date is printed; the payment terms (%(days)s days) give %(due_date)s."
    ),
    "qr_no_amount": _lt("The QR-bill has no amount: the payer enters it."),
    "llm_used": _lt(
        "The rules were unsure, so the document text was sent to the configured LLM endpoint."
    ),
    "llm_failed": _lt("The LLM was asked because the rules were unsure, and failed: %(error)s."),
    "llm_no_text": _lt("There is no text to send to the LLM; it was not asked."),
    "llm_text_cut": _lt("The document text was cut to %(limit)s characters for the LLM."),
    "llm_images_limited": _lt("Only the first %(limit)s page images were sent to the LLM."),
    "llm_customer_name": _lt("The LLM named the customer %(name)s as the vendor; ignored."),
    "llm_customer_vat": _lt(
        "The LLM gave the customer's VAT number %(vat)s as the vendor's; ignored."
    ),
    "llm_vat_invalid": _lt("The VAT number %(vat)s read by the LLM fails its check."),
    "llm_customer_iban": _lt("The LLM gave the customer's IBAN %(iban)s as the vendor's; ignored."),
    "llm_iban_invalid": _lt("The IBAN %(iban)s read by the LLM fails its check."),
    "llm_bad_code": _lt("The LLM gave %(value)s as %(field)s, which is no valid code; ignored."),
    "llm_bad_date": _lt("The LLM gave %(value)s as %(field)s, which is no valid date; ignored."),
    # --- QR-bill deviations from the standard (the fields they touch are less sure) ---------
    "qr_truncated": _lt(
        "QR-bill: the code is truncated (%(count)s lines, at least %(expected)s expected)."
    ),
    "qr_too_many_lines": _lt(
        "QR-bill: the code has %(count)s lines, at most %(maximum)s expected."
    ),
    "qr_trailer_misplaced": _lt(
        "QR-bill: the end mark is on line %(line)s instead of line %(expected)s; lines are "
        "missing or added and the fields are shifted."
    ),
    "qr_trailer_wrong": _lt("QR-bill: the end mark %(value)s on line %(line)s is not EPD."),
    "qr_version": _lt("QR-bill: version %(value)s is not supported (02xx expected)."),
    "qr_coding_type": _lt("QR-bill: coding type %(value)s is not supported (1 expected)."),
    "qr_iban_missing": _lt("QR-bill: the account (IBAN) is missing."),
    "qr_iban_invalid": _lt("QR-bill: the IBAN %(iban)s is invalid (format or check digits)."),
    "qr_iban_not_swiss": _lt("QR-bill: the IBAN %(iban)s is not a Swiss or Liechtenstein account."),
    "qr_iban_length": _lt("QR-bill: the IBAN %(iban)s has %(length)s characters (21 expected)."),
    "qr_address_type": _lt("QR-bill, %(party)s: address type %(value)s is not S or K."),
    "qr_name_missing": _lt("QR-bill, %(party)s: the name is missing."),
    "qr_country_missing": _lt("QR-bill, %(party)s: the country is missing."),
    "qr_country_invalid": _lt(
        "QR-bill, %(party)s: the country %(value)s is not a two-letter ISO code."
    ),
    "qr_combined_with_town": _lt(
        "QR-bill, %(party)s: a combined address (K) must not fill postal code and town."
    ),
    "qr_combined_without_town": _lt(
        "QR-bill, %(party)s: the combined address (K) has no line with postal code and town."
    ),
    "qr_postal_code_missing": _lt("QR-bill, %(party)s: the postal code is missing."),
    "qr_town_missing": _lt("QR-bill, %(party)s: the town is missing."),
    "qr_address_too_long": _lt(
        "QR-bill, %(party)s, %(element)s: %(length)s characters (at most %(maximum)s)."
    ),
    "qr_creditor_missing": _lt("QR-bill: the payee's name and address are missing."),
    "qr_ultimate_creditor": _lt(
        "QR-bill: the ultimate creditor is reserved for future use and must be empty."
    ),
    "qr_amount_format": _lt(
        "QR-bill: the amount %(value)s is not a number with a decimal point and 2 decimals."
    ),
    "qr_amount_too_high": _lt("QR-bill: the amount %(amount)s is above %(maximum_amount)s."),
    "qr_currency": _lt("QR-bill: the currency %(value)s is not CHF or EUR."),
    "qr_reference_type": _lt("QR-bill: the reference type %(value)s is not QRR, SCOR or NON."),
    "qr_qrr_missing": _lt("QR-bill: the QR reference is missing."),
    "qr_qrr_invalid": _lt(
        "QR-bill: the QR reference %(reference)s is invalid (27 digits with a check digit "
        "expected)."
    ),
    "qr_scor_missing": _lt("QR-bill: the creditor reference (SCOR) is missing."),
    "qr_scor_invalid": _lt(
        "QR-bill: the creditor reference %(reference)s is invalid (ISO 11649 check failed)."
    ),
    "qr_non_with_reference": _lt(
        "QR-bill: the reference type NON must have no reference, found %(reference)s."
    ),
    "qr_qrr_needs_qr_iban": _lt(
        "QR-bill: a QR reference needs a QR-IBAN; %(iban)s is a normal IBAN."
    ),
    "qr_qr_iban_needs_qrr": _lt(
        "QR-bill: the QR-IBAN %(iban)s can only be used with a QR reference, not %(value)s."
    ),
    "qr_message_too_long": _lt(
        "QR-bill: the message has %(length)s characters (at most %(maximum)s)."
    ),
    "qr_message_and_billing_too_long": _lt(
        "QR-bill: message and billing information together exceed %(maximum)s characters."
    ),
    "qr_billing_syntax": _lt(
        "QR-bill: the billing information does not start with //<syntax code>."
    ),
    "qr_alt_procedure_too_long": _lt(
        "QR-bill: alternative procedure %(number)s has %(length)s characters (at most %(maximum)s)."
    ),
    "qr_swico_date": _lt("QR-bill, billing information /%(tag)s/: %(value)s is no valid date."),
    "qr_swico_pair": _lt(
        "QR-bill, billing information /%(tag)s/: %(value)s is not <number>:<number>."
    ),
    "qr_swico_rate_without_amount": _lt(
        "QR-bill, billing information /%(tag)s/: the rate %(rate)s has no amount."
    ),
    "qr_swico_amount": _lt(
        "QR-bill, billing information /%(tag)s/: the amount %(value)s is not a number."
    ),
    "qr_swico_condition_days": _lt(
        "QR-bill, billing information /40/: the condition %(value)s has no number of days."
    ),
    "qr_swico_invoice_date": _lt(
        "QR-bill, billing information /11/: %(value)s is no bill date (YYMMDD)."
    ),
    "qr_swico_uid": _lt("QR-bill, billing information /30/: the UID %(value)s is not 9 digits."),
    "qr_swico_vat_date": _lt(
        "QR-bill, billing information /31/: %(value)s is not YYMMDD or YYMMDDYYMMDD."
    ),
    "qr_swico_last_tag": _lt("QR-bill, billing information: the last tag has no value."),
    "qr_swico_unknown_tag": _lt(
        "QR-bill, billing information: the unknown tag /%(tag)s/ was ignored."
    ),
    "qr_swico_repeated_tag": _lt(
        "QR-bill, billing information: the tag /%(tag)s/ is repeated; the first value is kept."
    ),
    "qr_swico_tag_order": _lt("QR-bill, billing information: the tag /%(tag)s/ is out of order."),
    # --- documents that cannot be read at all -----------------------------------------------
    "file_empty": _lt("The file is empty."),
    "file_too_large": _lt("The file is %(size_mb)s MB, above the limit of %(limit_mb)s MB."),
    "heic_unsupported": _lt(
        "HEIC/AVIF photos are not supported. Please export the photo as JPEG or PDF."
    ),
    "format_unsupported": _lt(
        "The file is neither a PDF nor a supported image (PNG, JPEG, TIFF, WebP, GIF, BMP)."
    ),
    "pdf_encrypted": _lt(
        "The PDF is protected by a password and cannot be read. Please upload an unprotected copy."
    ),
    "pdf_no_pages": _lt("The PDF has no pages."),
    "pdf_damaged": _lt("The PDF is damaged or incomplete and cannot be read."),
    "pdf_page_damaged": _lt("The PDF is damaged: page %(page)s cannot be read."),
    "reading_too_long": _lt(
        "Reading this document took longer than %(seconds)s seconds and was stopped (too "
        "large or too complex for the server). The file is kept; try Re-read, or enter the "
        "bill by hand."
    ),
    "reading_busy": _lt(
        "The server was reading other documents for %(seconds)s seconds: this one waits for its "
        "turn in the queue."
    ),
    "reading_aborted": _lt(
        "Reading this document was stopped: it needed more memory than the server allows (a "
        "damaged or hostile file). The file is kept; enter the bill by hand."
    ),
    "pdf_too_complex": _lt(
        "Page %(page)s of the PDF draws more than %(limit)s shapes (drawings nested in "
        "drawings): too complex to open safely. The file is kept; enter the bill by hand."
    ),
    "pdf_page_render": _lt("Page %(page)s of the PDF cannot be rendered."),
    "pdf_unreadable": _lt("The PDF file could not be read."),
    "document_closed": _lt("The document was closed before it was read."),
    "image_damaged": _lt("The image is damaged and cannot be read."),
    "image_incomplete": _lt("The image is damaged or incomplete and cannot be read."),
    "image_no_pixels": _lt("The image has no pixels."),
    "tiff_page_damaged": _lt("Page %(page)s of the TIFF image cannot be read."),
    "image_too_large": _lt(
        "The image is too large; the limit is %(limit_mpx)s million pixels. Please scan at "
        "300 dpi or less."
    ),
    "image_too_large_size": _lt(
        "The image is too large (%(width)s x %(height)s pixels); the limit is %(limit_mpx)s "
        "million pixels. Please scan at 300 dpi or less."
    ),
    "ocr_engine_missing": _lt(
        "Scanned documents cannot be read because text recognition (OCR) is not installed on "
        "the server."
    ),
    # --- this add-on: why a bill waits for review ---------------------------------------------
    "file_missing": _lt("The file is empty or was deleted."),
    "reading_interrupted": _lt(
        "Reading this document stopped without a result %(attempts)s times (too large or "
        "damaged for the server). The file is kept; enter the bill by hand."
    ),
    "sender_not_vendor": _lt(
        "This bill came by e-mail from %(sender)s, an address not on record for %(vendor)s: "
        "make sure the vendor sent it before posting it."
    ),
    "alias_hourly_limit": _lt(
        "More than %(limit)s documents arrived by e-mail within an hour: this one is kept on "
        "its bill but was not read, so that the reading queue stays free. Click Re-read Document "
        "to read it."
    ),
    "alias_too_many_files": _lt(
        "This e-mail carried %(count)s files, more than the %(limit)s one e-mail may turn into "
        "bills: they are kept here and none was read. Upload the bills among them from the "
        "Bill Capture list (one bill per file), or ask the sender for fewer files per e-mail."
    ),
    "unexpected_error": _lt(
        "Unexpected error while reading the document (%(error)s). The file is kept; try "
        "Re-read, or enter the bill by hand."
    ),
    "apply_failed": _lt(
        "The document was read, but filling the bill failed: %(error)s. The values read are "
        "kept on the capture; fill the bill by hand or Re-read."
    ),
    "not_invoice": _lt(
        "%(file)s does not look like an invoice (no amounts or invoice wording found)."
    ),
    "vendor_unknown": _lt("The vendor %(name)s is not a contact yet: use Create Vendor."),
    "currency_unknown": _lt(
        "The document is in %(value)s, which is not a currency known to Odoo; the amounts "
        "were not filled."
    ),
    "currency_inactive": _lt(
        "The document is in %(value)s, which is not active: activate it in Accounting "
        "settings and use Re-read; the amounts were not filled."
    ),
    "iban_other_vendor": _lt(
        "The IBAN %(iban)s belongs to %(other)s, not to %(vendor)s: check the payment details "
        "with the vendor."
    ),
    "vat_several_contacts": _lt("Several contacts have the VAT number %(vat)s: %(names)s."),
    "iban_vat_differs": _lt(
        "The IBAN belongs to %(vendor)s, whose VAT number differs from the one printed (%(vat)s)."
    ),
    "iban_not_vendors": _lt(
        "The IBAN %(iban)s printed on the bill is not one of %(vendor)s's bank accounts: "
        "confirm it with the vendor (by phone) before paying."
    ),
    "iban_untrusted": _lt(
        "The bill is to be paid to %(iban)s, a bank account of %(vendor)s that nobody has "
        "marked as trusted yet: confirm it with the vendor (by phone), then mark it as trusted."
    ),
    "vendor_set_differs": _lt(
        "The vendor %(vendor)s was set before reading (by hand or from the e-mail's sender), "
        "but the document names %(printed)s: check who sent this bill."
    ),
    "bank_account_added": _lt(
        "The bank account %(iban)s was added to %(vendor)s from this document: check it "
        "before the first payment."
    ),
    "lines_kept": _lt("The bill already had lines; they were kept and nothing was added."),
    "tax_missing": _lt(
        "No purchase tax at %(rates)s %% exists in this company; the VAT was booked as cost so "
        "the total stays right. Create the tax or correct the lines."
    ),
    "total_differs": _lt(
        "The bill total %(ours_amount)s differs from the printed total %(printed_amount)s."
    ),
    "duplicate_file": _lt("The same file was already read into %(bill)s."),
    "duplicate_bill": _lt(
        "Possible duplicate of %(bills)s (same vendor and reference, or same vendor, amount "
        "and date)."
    ),
    "confidence_low": _lt(
        "Confidence %(score_percent)s is below the %(threshold_percent)s needed to post; "
        "held back by: %(weak)s."
    ),
    "confidence_capped": _lt(
        "Confidence %(score_percent)s is below the %(threshold_percent)s needed to post: a "
        "cross-check failed."
    ),
    "approval_limit": _lt(
        "The total %(total_amount)s reaches the approval limit %(limit_amount)s."
    ),
    "vendor_never_autopost": _lt("This vendor is set to never post bills automatically."),
    "no_lines": _lt("No lines could be filled."),
    "autopost_off": _lt("Automatic posting is switched off for this company."),
    "posting_refused": _lt("Posting was refused: %(error)s"),
    "addressed_other_company": _lt(
        "This bill is addressed to %(other_company)s, another company in this database, not to "
        "%(company)s: upload it there."
    ),
    "addressed_other_name": _lt(
        "This bill is addressed to %(name)s, not to %(company)s: check that it belongs to this "
        "company."
    ),
    "addressed_other_vat": _lt(
        "This bill shows the customer VAT number %(vat)s, not the one of %(company)s "
        "(%(own_vat)s): check that it belongs to this company."
    ),
}

FIELD_LABELS = {
    "vendor_name": _lt("Vendor"),
    "vendor_vat": _lt("VAT number"),
    "vendor_iban": _lt("IBAN"),
    "invoice_number": _lt("Bill reference"),
    "invoice_date": _lt("Bill date"),
    "due_date": _lt("Due date"),
    "currency": _lt("Currency"),
    "amount_untaxed": _lt("Untaxed"),
    "amount_tax": _lt("VAT"),
    "amount_total": _lt("Total"),
    "amount_rounding": _lt("Rounding"),
    "payment_reference": _lt("Payment reference"),
    "po_number": _lt("Purchase order"),
    "document_type": _lt("Document type"),
    "customer_name": _lt("Addressed to"),
    "customer_vat": _lt("Customer VAT number"),
    # not shown in the table, but named by warnings
    "vendor_street": _lt("Street"),
    "vendor_zip": _lt("Postal code"),
    "vendor_city": _lt("City"),
    "vendor_country": _lt("Country"),
    "vendor_email": _lt("E-mail"),
    "vendor_company_registry": _lt("Company registry"),
    "payment_reference_type": _lt("Reference type"),
    "language": _lt("Language"),
    "taxes": _lt("VAT per rate"),
}
# The rows of the Capture tab, in this order.
SHOWN_FIELDS = (
    "document_type",
    "vendor_name",
    "vendor_vat",
    "vendor_iban",
    "invoice_number",
    "invoice_date",
    "due_date",
    "currency",
    "amount_untaxed",
    "amount_tax",
    "amount_rounding",
    "amount_total",
    "payment_reference",
    "po_number",
    "customer_name",
    "customer_vat",
)
# The fields of the bill itself (the addressee is informative): the weakest is named.
BILL_FIELDS = tuple(f for f in SHOWN_FIELDS if not f.startswith("customer_"))
KEY_LABELS = {
    "vendor": _lt("Vendor"),
    "invoice_number": _lt("Bill reference"),
    "invoice_date": _lt("Bill date"),
    "currency": _lt("Currency"),
    "amount_total": _lt("Total"),
    "amounts": _lt("Untaxed and VAT"),
}
# The key of the overall confidence each shown field stands for (crosscheck.key_scores).
KEY_OF_FIELD = {
    "vendor_name": "vendor",
    "vendor_vat": "vendor",
    "vendor_iban": "vendor",
    "invoice_number": "invoice_number",
    "invoice_date": "invoice_date",
    "currency": "currency",
    "amount_total": "amount_total",
    "amount_untaxed": "amounts",
}
SOURCE_LABELS = {
    "qr": _lt("QR-bill"),
    "xml": _lt("e-invoice (XML)"),
    "text": _lt("PDF text"),
    "ocr": _lt("text recognition (OCR)"),
    "llm": _lt("LLM"),
    "derived": _lt("computed"),
}
DOCUMENT_TYPES = {
    "invoice": _lt("Invoice"),
    "credit_note": _lt("Credit note"),
    "receipt": _lt("Receipt"),
    "not_an_invoice": _lt("Not an invoice"),
}
# What a check that passed has confirmed.
CHECK_LABELS = {
    "totals": _lt("Untaxed + VAT = total"),
    "tax_breakdown": _lt("VAT per rate adds up to the VAT total"),
    "lines": _lt("Lines add up to the totals"),
    "vat_rates": _lt("VAT rates valid for the country and date"),
    "iban": _lt("IBAN check digits"),
    "vat_id": _lt("VAT number check digits"),
    "reference": _lt("Payment reference check digit"),
    "dates": _lt("Plausible dates"),
    "currency": _lt("One currency"),
    "xml_page": _lt("The page agrees with the e-invoice (XML)"),
}
PARTY_LABELS = {
    "creditor": _lt("payee"),
    "ultimate_creditor": _lt("ultimate creditor"),
    "debtor": _lt("payer"),
}
ELEMENT_LABELS = {
    "name": _lt("name"),
    "street": _lt("street"),
    "building_number": _lt("building number"),
    "postal_code": _lt("postal code"),
    "town": _lt("town"),
    "address_line_1": _lt("address line 1"),
    "address_line_2": _lt("address line 2"),
}
LLM_ERRORS = {
    "config": _lt("the endpoint settings are incomplete"),
    "auth": _lt("the endpoint refused the API key"),
    "not_found": _lt("the endpoint or model does not exist"),
    "rate_limited": _lt("too many requests, try again later"),
    "unavailable": _lt("the endpoint is unavailable"),
    "unreachable": _lt("the endpoint cannot be reached"),
    "timeout": _lt("the endpoint did not answer in time"),
    "bad_request": _lt("the endpoint refused the request"),
    "bad_answer": _lt("the answer was not the expected data"),
    "refused": _lt("the model refused to answer"),
    "truncated": _lt("the answer was cut off"),
    "error": _lt("an unexpected error"),
}
_WORDS = {
    "field": FIELD_LABELS,
    "source": SOURCE_LABELS,
    "other_source": SOURCE_LABELS,
    "party": PARTY_LABELS,
    "element": ELEMENT_LABELS,
    "error": LLM_ERRORS,
}


# The colours of a confidence in the Capture tab: green from the default auto-post threshold
# (sure enough to post), orange down to where a field is more often right than wrong, red below.
SURE_CONFIDENCE = 0.9
DOUBTFUL_CONFIDENCE = 0.6


def confidence_css(confidence):
    """The colour of a confidence in the Capture tab: green when sure, orange, red."""
    if confidence >= SURE_CONFIDENCE:
        return "text-success"
    return "text-warning" if confidence >= DOUBTFUL_CONFIDENCE else "text-danger"


def note(code, **params):
    """A message of this add-on, stored as JSON (rendered when someone reads it)."""
    assert code in TEMPLATES or code in PASSTHROUGH, code
    return Message(code, params).to_dict()


def group_iban(iban):
    """CH9300762011623852957 → CH93 0076 2011 6238 5295 7, as printed on paper."""
    compact = re.sub(r"\s", "", iban or "").upper()
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def group_reference(reference):
    """A QR reference in the 2 + 5 x 5 digit groups of the QR-bill, a creditor reference (RF)
    in groups of 4; anything else as it is."""
    compact = re.sub(r"\s", "", reference or "")
    if compact.isdigit() and len(compact) == 27:
        return " ".join([compact[:2]] + [compact[i : i + 5] for i in range(2, 27, 5)])
    if compact[:2].upper() == "RF":
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return reference


def format_vat(vat):
    """A Swiss UID as printed (CHE-116.281.710); other VAT numbers as they are."""
    if vat and re.fullmatch(r"CHE\d{9}", vat):
        return format_swiss_uid(vat)
    return vat


class MessageRenderer:
    """Renders codes, values and words in ``env``'s language; amounts in ``currency``."""

    def __init__(self, env, currency=None):
        self.env = env
        self.currency = currency or env.company.currency_id

    def word(self, table, key):
        label = table.get(key)
        return self.env._(label) if label is not None else str(key)

    def render(self, message):
        message = Message.from_dict(message)
        if message.code in PASSTHROUGH:
            return str(message.params.get(PASSTHROUGH[message.code]) or "")
        template = TEMPLATES.get(message.code)
        if template is None:
            _logger.warning("no template for capture message %s", message.code)
            return message.text
        params = message.params
        values = {name: self.param(name, value, params) for name, value in params.items()}
        translated = self.env._(template)  # the template, then its values (not lazy here)
        try:
            return translated % values
        except (KeyError, ValueError, TypeError):
            _logger.warning("translation of %s does not fit its parameters", message.code)
            return template._translate("en_US") % values

    def param(self, name, value, params):
        if value is None or value == "":
            return "?"
        if name in _WORDS:
            return self.word(_WORDS[name], value)
        if name == "weak":
            return ", ".join(self.key_score(key, confidence) for key, confidence in value)
        if isinstance(value, list):
            return ", ".join(self.param(name[:-1], v, params) for v in value)
        if name in ("value", "other_value") and params.get("field"):
            return self.field_value(params["field"], value)
        return self.scalar(name, value, params.get("currency"))

    def scalar(self, name, value, currency_code=None):
        """One value, shown as its parameter name says."""
        if name.endswith("date"):
            return self.date(value)
        if name == "amount" or name.endswith("_amount"):
            return self.amount(value, currency_code)
        if name.endswith("percent"):
            return self.percent(value)
        if name in ("rate", "rates"):
            return self.number(value)
        if name == "iban":
            return group_iban(value)
        if name == "reference":
            return group_reference(value)
        if name in ("vat", "own_vat"):
            return format_vat(value)
        if name == "country":
            return self.country(value)
        return str(value)

    def key_score(self, key, confidence):
        label = self.word(KEY_LABELS, key)
        if not confidence:
            return self.env._("%(field)s missing", field=label)
        return f"{label} {self.percent(confidence)}"

    # --- values -----------------------------------------------------------------------------
    def field_value(self, field, value):
        if value in (None, ""):
            return ""
        if field in ("invoice_date", "due_date"):
            return self.date(value)
        if field.startswith("amount_"):
            return self.amount(value)
        if field == "vendor_iban":
            return group_iban(value)
        if field == "payment_reference":
            return group_reference(value)
        if field in ("vendor_vat", "customer_vat"):
            return format_vat(value)
        if field == "document_type":
            return self.word(DOCUMENT_TYPES, value)
        if field == "vendor_country":
            return self.country(value)
        return str(value)

    def date(self, value):
        try:
            day = value if isinstance(value, date) else date.fromisoformat(str(value))
        except ValueError:
            return str(value)
        return format_date(self.env, day)

    def amount(self, value, currency_code=None):
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            return str(value)
        currency = self.currency
        if currency_code:
            currency = (
                self.env["res.currency"]
                .with_context(active_test=False)
                .search([("name", "=", currency_code)], limit=1)
                or currency
            )
        return format_amount(self.env, float(number), currency)

    def percent(self, fraction):
        return f"{formatLang(self.env, float(fraction) * 100, digits=0)}\N{NO-BREAK SPACE}%"

    def number(self, value):
        """A rate as printed (8.1, 20): the decimals it has, the user's decimal point."""
        try:
            number = Decimal(str(value)).normalize()
        except InvalidOperation:
            return str(value)
        digits = max(0, -number.as_tuple().exponent)
        return formatLang(self.env, float(number), digits=digits)

    def country(self, code):
        country = self.env["res.country"].search([("code", "=", str(code).upper())], limit=1)
        return country.name or str(code)

    def sources(self, sources):
        return ", ".join(self.word(SOURCE_LABELS, s) for s in sources or ())
