"""Structured e-invoice XML embedded in a PDF (Factur-X, ZUGFeRD, XRechnung) → :class:`Extraction`.

Supported syntaxes, recognised by the root element's namespace, whatever the attachment's name:

* UN/CEFACT CII D16B (``urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100``):
  Factur-X 1.0, ZUGFeRD 2.x, XRechnung CII;
* ZUGFeRD 1.0 (``urn:ferd:CrossIndustryDocument:invoice:1p0``), the same model with older
  element names;
* OASIS UBL 2.1 ``Invoice`` and ``CreditNote`` (XRechnung UBL, Peppol BIS).

The XML is parsed without DTDs, entity expansion or network access. Values are the XML's,
source ``xml``, confidence 0.98, less sure where the page does not bear them out:

* the invoice number is the XML ``ID`` (BT-1, the legal number), but when the page does not
  print it, it keeps a lower confidence, below the auto-post bar, with a note naming the
  shorter reference the page prints instead, if any (an insurer's ``00.123.456.7-2014-1``
  printed as ``00.123.456.7``); it is still kept over another number read on the page,
  which fails the ``xml_page`` check;
* an IBAN whose checksum fails keeps a lower confidence.

A document whose total is negative is booked as what it is: an invoice (380, a 384
correction...) with a negative total is read as a credit note of the opposite amounts, a
credit note with a negative total as an invoice (as Odoo's own e-invoice import does; Odoo
posts no bill with a negative total). The note of ``document_type`` says so.

``amount_total`` is the invoice total (grand total plus rounding; the amount due plus the
prepaid amount when the grand total is missing), not the amount still due after prepayments;
a difference is reported in ``warnings`` (and fails the ``amount_due`` check of
:mod:`~fincycle.extraction.crosscheck`). ``amount_untaxed`` is the VAT base total (BT-109),
else the grand total less the VAT (BR-CO-15). The currency is the invoice currency code,
else the one the totals are written in. The due date is the last of the payment terms'
dates (the net date after a cash discount date, the last instalment).

``lines`` are what the bill is booked from and add up to ``amount_untaxed``: the item lines
(in an EXTENDED invoice with sub-lines, the top-level ones: a group line already sums its
details; lines for information only are left out), then one line per document-level
allowance (negative) and charge (ZUGFeRD 1.0 logistics charges included), so that the
``lines`` check compares like with like.

Every UNTDID 1001 document type is read (credit notes by :data:`CREDIT_NOTE_CODES` and every
UBL ``CreditNote``, every other code an invoice); a self-billed one (389, 261, 527) adds the ``xml_self_billed``
warning. VAT numbers of any country come from the declared VAT registration, else from a
fiscal number or party identifier that is a valid VAT id, completed with the seller's country
prefix when it lacks one. VAT rows keep their category and exemption reason; the categories
without VAT (AE, K, G, E, Z, O) are 0 % when no rate is given.

The pipeline keeps these values over the page reading and fails the ``xml_page`` check when
the page shows another number, total or vendor VAT
(:func:`fincycle.extraction.crosscheck.xml_page_checks`).
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from lxml import etree

from fincycle.banking.references import is_valid_iban, is_valid_qrr, is_valid_scor
from fincycle.extraction.identifiers import is_valid_vat, normalize_vat
from fincycle.extraction.messages import msg
from fincycle.extraction.model import Extraction, Field, InvoiceLine, TaxLine

__all__ = ["KNOWN_NAMES", "extract_embedded_xml", "parse_invoice_xml"]

SOURCE = "xml"
CONFIDENCE = 0.98
UNPRINTED = 0.85  # an XML value that the page does not show
BAD_CHECKSUM = 0.8

NS_CII = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
NS_ZUGFERD1 = "urn:ferd:CrossIndustryDocument:invoice:1p0"
NS_UBL_INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
NS_UBL_CREDIT_NOTE = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"

# Attachment names used by the standards, lower case; any other .xml is tried after them.
KNOWN_NAMES = (
    "factur-x.xml",
    "zugferd-invoice.xml",
    "xrechnung.xml",
    "zugferd_invoice.xml",
    "order-x.xml",
)

# UNTDID 1001 document types as EN 16931 uses them (BT-3). Those that credit the buyer are
# credit notes; every other code (380 commercial, 384 corrected, 389 self-billed, 386
# prepayment, 326 partial, 751 information for accounting, 383 debit note, 875/876/877
# partial construction, 393 factored, 395 consignment, 527 self-billed debit note...) and
# an unknown one are invoices.
CREDIT_NOTE_CODES = frozenset(
    {"81", "83", "261", "262", "296", "308", "381", "396", "420", "458", "532"}
)
# Issued by the customer in the vendor's name (self-billing): read as any other bill, with a
# warning so the reviewer knows the vendor did not write it.
SELF_BILLED_CODES = frozenset({"389", "261", "527"})
# VAT categories (UNCL 5305) without VAT charged by the vendor: 0 % when no rate is given.
ZERO_RATE_CATEGORIES = frozenset({"AE", "E", "G", "K", "O", "Z"})
# Peppol EAS schemes of party identifiers that are a VAT number (BT-29 / BT-34).
_VAT_SCHEMES = frozenset(
    {"9906", "9914", "9915", "9918", "9919", "9920", "9922", "9923", "9924", "9925", "9926",
     "9927", "9928", "9929", "9930", "9931", "9932", "9933", "9934", "9935", "9936", "9937",
     "9938", "9939", "9940", "9941", "9942", "9943", "9944", "9945", "9946", "9947", "9948",
     "9949", "9950", "9951", "9952", "9953", "9957", "VA", "VAT"}
)  # fmt: skip
# Schemes of a legal registration number used as a seller identifier (SIREN, SIRET, Swiss
# UID, Dutch KvK, Belgian enterprise number, Danish CVR...), when BT-30 is absent.
_REGISTRY_SCHEMES = frozenset({"0002", "0009", "0183", "0106", "0208", "0184", "0007", "0037"})

_CENT = Decimal("0.01")


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


# --- entry points ---------------------------------------------------------------------------------


def extract_embedded_xml(doc) -> Extraction | None:
    """The first supported e-invoice XML attached to the PDF ``doc``, or None when there is
    none. An attachment that looks like an e-invoice but cannot be parsed gives an
    Extraction without fields and with a warning.

    Attachments are looked for in the ``/EmbeddedFiles`` name tree (the standard names first,
    then any ``.xml``, then any file whose content is XML, whatever its name), then in the
    associated files (``/AF`` of the catalog and of the pages, PDF/A-3) and file attachment
    annotations that the name tree does not list: the root element decides, never the name."""
    if getattr(doc, "kind", "") != "pdf":
        return None
    files = doc.embedded_files()
    failure = None
    tried: set[bytes] = set()
    page_text = _page_text(doc)
    for batch in (lambda: files, lambda: _associated_files(getattr(doc, "data", b""))):
        for name, data in _ordered(batch()):
            if data in tried:
                continue
            tried.add(data)
            try:
                result = parse_invoice_xml(data, page_text=page_text)
            except etree.XMLSyntaxError as error:
                if failure is None and name.strip().lower() in KNOWN_NAMES:
                    failure = msg("xml_not_wellformed", name=name, detail=error.msg)
                continue
            except ValueError:  # lxml refuses some encodings; the next file may do
                continue
            if result is not None:
                result.warnings.insert(0, msg("xml_read", name=name))
                return result
    if failure:
        return Extraction(warnings=[failure])
    return None


def looks_like_xml(data: bytes) -> bool:
    """Whether bytes begin as XML does (after a byte-order mark and blanks)."""
    head = data[:64].lstrip(b"\xef\xbb\xbf\xfe\xff\x00 \t\r\n")
    return head.startswith(b"<")


def _ordered(files: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    """The standard names first, then any ``.xml``, then other files whose content is XML."""
    known = [f for f in files if f[0].strip().lower() in KNOWN_NAMES]
    xml = [f for f in files if f not in known and f[0].strip().lower().endswith(".xml")]
    sniffed = [f for f in files if f not in known and f not in xml and looks_like_xml(f[1])]
    return known + xml + sniffed


def _associated_files(data: bytes, max_size: int = 20 * 1024 * 1024) -> list[tuple[str, bytes]]:
    """Files of the catalog's and the pages' ``/AF`` arrays and of file attachment
    annotations (read with pdfminer; [] on any error)."""
    from .document import may_have_attached_files, read_filespecs  # noqa: PLC0415 - pdfium

    if not data or not may_have_attached_files(data):
        return []
    try:
        import io  # noqa: PLC0415

        from pdfminer.pdfdocument import PDFDocument  # noqa: PLC0415
        from pdfminer.pdfpage import PDFPage  # noqa: PLC0415
        from pdfminer.pdfparser import PDFParser  # noqa: PLC0415
        from pdfminer.pdftypes import resolve1  # noqa: PLC0415

        document = PDFDocument(PDFParser(io.BytesIO(data)), password="")
        specs = list(resolve1(document.catalog.get("AF")) or [])
        for number, page in enumerate(PDFPage.create_pages(document)):
            if number >= 50:
                break
            specs += list(resolve1(page.attrs.get("AF")) or [])
            for reference in resolve1(page.attrs.get("Annots")) or []:
                annotation = resolve1(reference)
                if isinstance(annotation, dict) and annotation.get("FS") is not None:
                    specs.append(annotation.get("FS"))
        found, _too_large = read_filespecs(((b"", spec) for spec in specs), resolve1, max_size)
        return found
    except Exception:  # pdfminer raises many types on damaged files
        return []


def _pdf_name(value) -> str:
    if isinstance(value, bytes):
        if value.startswith((b"\xfe\xff", b"\xff\xfe")):
            return value.decode("utf-16", "replace")
        return value.decode("latin-1")
    return str(getattr(value, "name", value))


def parse_invoice_xml(data: bytes, page_text: str | None = None) -> Extraction | None:
    """Fields of a CII / ZUGFeRD 1.0 / UBL invoice; None when ``data`` is another XML.
    ``page_text`` (the printed text, when known) decides on the printed invoice number.
    Raises ``lxml.etree.XMLSyntaxError`` for data that is not XML."""
    root = etree.fromstring(data, _parser())
    namespace = etree.QName(root).namespace
    local = etree.QName(root).localname
    # CII by its root whatever the version of its namespace (drafts, D22B...).
    if namespace in (NS_CII, NS_ZUGFERD1) or local in (
        "CrossIndustryInvoice",
        "CrossIndustryDocument",
    ):
        reader = _cii
    elif namespace in (NS_UBL_INVOICE, NS_UBL_CREDIT_NOTE):
        reader = _ubl
    else:
        return None
    result = Extraction(kind="xml", sources=[SOURCE])
    refs = reader(root, result)
    _choose_invoice_number(result, refs, page_text)
    _book_negative_total(result, refs.get("type_code", ""))
    return result


def _book_negative_total(result: Extraction, type_code: str) -> None:
    """An invoice with a negative total is a credit note of the opposite amounts, and a
    credit note with a negative total an invoice: every amount, VAT row and line changes
    sign (quantities carry the sign, unit prices stay), the type note keeps the XML's code."""
    total = result.value("amount_total")
    if total is None or total == 0:
        total = result.value("amount_untaxed")
    if total is None or total >= 0:
        return
    current = result.value("document_type")
    booked = "invoice" if current == "credit_note" else "credit_note"
    note = f"type {type_code or '?'} with a negative total, booked as a {booked.replace('_', ' ')}"
    result.fields["document_type"] = Field(booked, CONFIDENCE, SOURCE, note)
    for name in ("amount_untaxed", "amount_tax", "amount_total", "amount_rounding"):
        field = result.fields.get(name)
        if field is not None and field.value is not None:
            field.value = -field.value
    for tax in result.taxes:
        tax.base = -tax.base if tax.base is not None else None
        tax.amount = -tax.amount if tax.amount is not None else None
    for line in result.lines:
        line.subtotal = -line.subtotal if line.subtotal is not None else None
        if line.quantity is not None:
            line.quantity = -line.quantity
        elif line.price_unit is not None:
            line.price_unit = -line.price_unit
    result.warnings = [
        msg(
            "amount_due_differs",
            due_amount=-Decimal(str(w.params["due_amount"])),
            total_amount=-Decimal(str(w.params["total_amount"])),
        )
        if w.code == "amount_due_differs"
        else w
        for w in result.warnings
    ]


def _page_text(doc) -> str | None:
    try:
        pages = [page for page in doc.pages if page.has_text]
        return "\n".join(page.text() for page in pages) if pages else None
    except Exception:  # the XML stays usable without the page text
        return None


# --- small helpers --------------------------------------------------------------------------------


def _first(node, *paths: str):
    """The first element found by any of the ``paths`` (``{*}`` namespace wildcards)."""
    if node is None:
        return None
    for path in paths:
        found = node.find(path)
        if found is not None:
            return found
    return None


# EN 16931 bounds no text, but no name, id or note of a bill is longer; a 15 MB seller name
# would be offered as a contact's name.
MAX_TEXT_CHARS = 1000


def _text(node, *paths: str) -> str:
    element = _first(node, *paths) if paths else node
    if element is None or element.text is None:
        return ""
    return " ".join(element.text[: 4 * MAX_TEXT_CHARS].split())[:MAX_TEXT_CHARS]


def _amount(node, *paths: str, currency: str = "") -> Decimal | None:
    """The first amount found; when several elements match the first path (CII repeats
    ``TaxTotalAmount`` per currency), the one in ``currency`` is preferred."""
    if node is None:
        return None
    for path in paths:
        elements = node.findall(path)
        if currency and len(elements) > 1:
            elements.sort(key=lambda e: e.get("currencyID", currency) != currency)
        for element in elements:
            value = _decimal(element.text)
            if value is not None:
                return value
    return None


def _decimal(text: str | None) -> Decimal | None:
    if not text:
        return None
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def _money(value: Decimal | None) -> Decimal | None:
    return None if value is None else value.quantize(_CENT)


def _rate(value: Decimal | None) -> Decimal | None:
    """``20.00`` → ``20``, ``5.50`` → ``5.5``, as the rest of the pipeline writes rates."""
    if value is None:
        return None
    normal = value.normalize()
    return normal.quantize(Decimal(1)) if normal == normal.to_integral() else normal


def _date(text: str, fmt: str = "") -> date | None:
    """CII format 102 (``20171113``) or ISO 8601 (``2017-11-13``, time ignored)."""
    text = (text or "").strip()
    try:
        if fmt in ("", "102") and re.fullmatch(r"\d{8}", text):
            return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
        if re.match(r"\d{4}-\d\d-\d\d", text):
            return date.fromisoformat(text[:10])
    except ValueError:
        return None
    return None


def _cii_date(node) -> date | None:
    element = _first(node, "{*}DateTimeString", "{*}DateString")
    if element is None:
        return _date(_text(node)) if node is not None else None
    return _date(element.text or "", element.get("format", ""))


def _compact(value: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", value or "").upper()


def _document_type(code: str, default: str = "invoice") -> str:
    code = (code or "").strip()
    if not code:
        return default
    return "credit_note" if code in CREDIT_NOTE_CODES else "invoice"


def _set_document_type(
    result: Extraction, code: str, default: str = "invoice", credit_root: bool = False
) -> None:
    """The type by the code (BT-3); a UBL ``CreditNote`` is a credit note whatever its code
    (its lines are credited quantities: a 384 correction or a 389 self-billing written as a
    credit note still credits the buyer)."""
    code = (code or "").strip()
    _set(result, "document_type", "credit_note" if credit_root else _document_type(code, default))
    if code in SELF_BILLED_CODES:
        result.warnings.append(msg("xml_self_billed", type_code=code))


def _set(result: Extraction, name: str, value, confidence: float = CONFIDENCE, note: str = ""):
    result.set(name, value, confidence, SOURCE, note)


_IBAN_SHAPE = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}")


def _set_iban(result: Extraction, accounts: list[str]) -> None:
    """The payee's IBAN from every account the payment means name (credit transfer, SEPA,
    card...): the first with valid check digits, else the first shaped like an IBAN (kept,
    less sure), else the first account as written (a national account number, less sure)."""
    accounts = [_compact(account) for account in accounts if _compact(account)]
    if not accounts:
        return
    for iban in accounts:
        if is_valid_iban(iban):
            _set(result, "vendor_iban", iban)
            return
    shaped = [a for a in accounts if _IBAN_SHAPE.fullmatch(a)]
    if shaped:
        _set(result, "vendor_iban", shaped[0], BAD_CHECKSUM, "the IBAN check digits are wrong")
    else:  # a ProprietaryID: a national or the seller's own account number, not an IBAN
        _set(result, "vendor_iban", accounts[0], BAD_CHECKSUM, "an account number, not an IBAN")


def _set_reference(result: Extraction, reference: str) -> None:
    reference = reference.strip()
    if not reference:
        return
    compact = _compact(reference)
    if len(compact) == 27 and compact.isdigit() and is_valid_qrr(compact):
        _set(result, "payment_reference", compact)
        _set(result, "payment_reference_type", "QRR")
    elif compact.startswith("RF") and is_valid_scor(compact):
        _set(result, "payment_reference", compact)
        _set(result, "payment_reference_type", "SCOR")
    else:
        _set(result, "payment_reference", reference)


def _set_totals(result: Extraction, *, untaxed, tax, grand, rounding, due, prepaid=None) -> None:
    if untaxed is None and grand is not None and tax is not None:
        untaxed = grand - tax  # BR-CO-15: the grand total is the VAT base plus the VAT
    _set(result, "amount_untaxed", _money(untaxed))
    _set(result, "amount_tax", _money(tax))
    if rounding:
        _set(result, "amount_rounding", _money(rounding))
    if grand is None and due is not None and prepaid:
        grand = due + prepaid - (rounding or 0)  # amount due = total - prepaid + rounding
    total = grand + (rounding or 0) if grand is not None else due
    _set(result, "amount_total", _money(total))
    if total is not None and due is not None and _money(due) != _money(total):
        result.warnings.append(
            msg("amount_due_differs", due_amount=_money(due), total_amount=_money(total))
        )


def _tax_line(
    node,
    rate_paths: tuple[str, ...],
    *,
    base_path: str,
    amount_path: str,
    category_path: str,
    reason_paths: tuple[str, ...],
) -> TaxLine | None:
    """One VAT row of the document (rate, base and amount to the cent, VAT category and
    exemption reason); a category without VAT (reverse charge ``AE``, intra-EU ``K``, export
    ``G``, exempt ``E``, zero-rated ``Z``, outside scope ``O``) is 0 % when the XML gives no
    rate; None for a row without a rate otherwise."""
    category = _text(node, category_path).upper()
    rate = _rate(_amount(node, *rate_paths))
    if rate is None and category in ZERO_RATE_CATEGORIES:
        rate = Decimal(0)
    if rate is None:
        return None
    reason = _text(node, *reason_paths)
    return TaxLine(
        rate=rate,
        base=_money(_amount(node, base_path)),
        amount=_money(_amount(node, amount_path)),
        category=category,
        exemption=reason,
    )


def _line_rate(rate: Decimal | None, category: str) -> Decimal | None:
    if rate is None and category.strip().upper() in ZERO_RATE_CATEGORIES:
        return Decimal(0)
    return _rate(rate)


def _finish_taxes(result: Extraction, taxes: list[TaxLine]) -> None:
    if taxes:
        result.taxes = taxes
        result.taxes_confidence = CONFIDENCE


# --- CII (Factur-X / ZUGFeRD 2 / XRechnung CII) and ZUGFeRD 1.0 -----------------------------------


def _cii(root, result: Extraction) -> dict:
    header = _first(root, "{*}ExchangedDocument", "{*}HeaderExchangedDocument")
    transaction = _first(
        root, "{*}SupplyChainTradeTransaction", "{*}SpecifiedSupplyChainTradeTransaction"
    )
    agreement = _first(
        transaction, "{*}ApplicableHeaderTradeAgreement", "{*}ApplicableSupplyChainTradeAgreement"
    )
    settlement = _first(
        transaction,
        "{*}ApplicableHeaderTradeSettlement",
        "{*}ApplicableSupplyChainTradeSettlement",
    )

    _set_document_type(result, _text(header, "{*}TypeCode"))
    _set(result, "invoice_date", _cii_date(_first(header, "{*}IssueDateTime")))
    _cii_parties(agreement, result)
    _set(
        result, "po_number", _text(agreement, "{*}BuyerOrderReferencedDocument/{*}IssuerAssignedID")
    )
    currency = _text(settlement, "{*}InvoiceCurrencyCode").upper() or _totals_currency(settlement)
    _set(result, "currency", currency)
    payment_reference = _cii_payment(settlement, result)
    _cii_amounts(settlement, currency, result)
    items = (
        transaction.findall("{*}IncludedSupplyChainTradeLineItem")
        if transaction is not None
        else []
    )
    result.lines += [line for line in map(_cii_line, _cii_booked_items(items)) if line]
    if result.lines:
        result.lines += _cii_allowance_charge_lines(settlement, result.value("amount_untaxed"))
    return {
        "id": _text(header, "{*}ID"),
        "alternatives": [payment_reference, _text(agreement, "{*}BuyerReference")],
        "type_code": _text(header, "{*}TypeCode"),
    }


def _totals_currency(settlement) -> str:
    """The currency the totals are written in (``currencyID``), when the code is missing."""
    if settlement is None:
        return ""
    for element in settlement.iter():
        currency = (element.get("currencyID") or "").strip().upper()
        if len(currency) == 3 and currency.isalpha():
            return currency
    return ""


def _cii_booked_items(items: list) -> list:
    """The line items the totals are made of: in an EXTENDED invoice with sub-lines
    (``ParentLineID``) the top-level ones only, since a group line sums its details (a
    sub-line whose parent is not in the document stays); lines for information only
    (``LineStatusReasonCode`` INFORMATION) never."""
    documents = [_first(item, "{*}AssociatedDocumentLineDocument") for item in items]
    line_ids = {_text(doc, "{*}LineID") for doc in documents} - {""}
    return [
        item
        for item, doc in zip(items, documents, strict=True)
        if _text(doc, "{*}LineStatusReasonCode").upper() != "INFORMATION"
        and _text(doc, "{*}ParentLineID") not in line_ids
    ]


def _cii_allowance_charge_lines(settlement, untaxed: Decimal | None = None) -> list[InvoiceLine]:
    """Document-level allowances (negative) and charges (BG-20, BG-21; ZUGFeRD 1.0
    logistics service charges too) as lines, so the lines add up to the VAT base. An
    allowance is a positive amount the line total is reduced by; some writers give it with
    the minus sign already (``-21.55``): read so when only that reading reaches the VAT base
    ``untaxed`` from the item lines' total."""
    if settlement is None:
        return []
    lines = []
    allowances = settlement.findall("{*}SpecifiedTradeAllowanceCharge")
    written_signed = False
    line_total = _amount(
        _first(
            settlement,
            "{*}SpecifiedTradeSettlementHeaderMonetarySummation",
            "{*}SpecifiedTradeSettlementMonetarySummation",
        ),
        "{*}LineTotalAmount",
    )
    if untaxed is not None and line_total is not None:
        strict = signed = line_total
        for node in allowances:
            amount = _amount(node, "{*}ActualAmount") or Decimal(0)
            if _text(node, "{*}ChargeIndicator/{*}Indicator").lower() == "true":
                strict, signed = strict + amount, signed + amount
            else:
                strict, signed = strict - amount, signed + (amount if amount < 0 else -amount)
        for node in settlement.findall("{*}SpecifiedLogisticsServiceCharge"):
            amount = _amount(node, "{*}AppliedAmount") or Decimal(0)
            strict, signed = strict + amount, signed + amount
        written_signed = _money(strict) != _money(untaxed) and _money(signed) == _money(untaxed)
    for node in allowances:
        amount = _amount(node, "{*}ActualAmount")
        if amount is None:
            continue
        charge = _text(node, "{*}ChargeIndicator/{*}Indicator").lower() == "true"
        if written_signed and not charge and amount < 0:
            amount = -amount
        tax = _first(node, "{*}CategoryTradeTax")
        lines.append(
            InvoiceLine(
                description=_text(node, "{*}Reason")
                or _text(node, "{*}ReasonCode")
                or ("Charge" if charge else "Allowance"),
                quantity=Decimal(1),
                price_unit=_money(amount if charge else -amount),
                tax_rate=_line_rate(
                    _amount(tax, "{*}RateApplicablePercent", "{*}ApplicablePercent"),
                    _text(tax, "{*}CategoryCode"),
                ),
                subtotal=_money(amount if charge else -amount),
            )
        )
    for node in settlement.findall("{*}SpecifiedLogisticsServiceCharge"):
        amount = _amount(node, "{*}AppliedAmount")
        if amount is None:
            continue
        tax = _first(node, "{*}AppliedTradeTax")
        lines.append(
            InvoiceLine(
                description=_text(node, "{*}Description") or "Charge",
                quantity=Decimal(1),
                price_unit=_money(amount),
                tax_rate=_line_rate(
                    _amount(tax, "{*}RateApplicablePercent", "{*}ApplicablePercent"),
                    _text(tax, "{*}CategoryCode"),
                ),
                subtotal=_money(amount),
            )
        )
    return lines


def _scheme(element) -> str:
    return (element.get("schemeID") or "").strip().upper()


def _with_country(vat: str, country: str) -> str:
    """``vat`` with the country prefix of ``country`` when it has none and the prefixed
    number passes its check (``123456789B01`` of a Dutch seller → ``NL123456789B01``)."""
    if not vat or vat[:2].isalpha() or len(country) != 2:
        return vat
    prefix = {"GR": "EL", "CH": "CHE"}.get(country.upper(), country.upper())
    return prefix + vat if is_valid_vat(prefix + vat) else vat


def _choose_vat(declared: list[str], others: list[str], country: str) -> str:
    """The VAT number of a party, any country: the first declared VAT id (CII scheme ``VA``,
    UBL ``PartyTaxScheme`` VAT) that passes its check, else another identifier that is a valid
    VAT id (a fiscal number ``FC`` or a party identifier written as one), else the declared
    one as written (the cross-checks flag its check digits)."""
    declared = [_with_country(normalize_vat(v), country) for v in declared if v and v.strip()]
    others = [_with_country(normalize_vat(v), country) for v in others if v and v.strip()]
    for vat in declared + others:
        if is_valid_vat(vat):
            return vat
    return declared[0] if declared else ""


def _cii_vat(party, country: str = "") -> str:
    if party is None:
        return ""
    declared, others = [], []
    for registration in party.findall("{*}SpecifiedTaxRegistration/{*}ID"):
        scheme = _scheme(registration)
        (declared if scheme in ("VA", "") else others).append(registration.text or "")
    for identifier in party.findall("{*}ID") + party.findall("{*}GlobalID"):
        if _scheme(identifier) in _VAT_SCHEMES:
            others.append(identifier.text or "")
    return _choose_vat(declared, others, country)


def _cii_registry(party) -> str:
    registry = _text(party, "{*}SpecifiedLegalOrganization/{*}ID")
    if registry or party is None:
        return registry
    for identifier in party.findall("{*}GlobalID") + party.findall("{*}ID"):
        if _scheme(identifier) in _REGISTRY_SCHEMES:
            return _text(identifier)
    return ""


def _cii_parties(agreement, result: Extraction) -> None:
    seller = _first(agreement, "{*}SellerTradeParty")
    _set(
        result,
        "vendor_name",
        _text(seller, "{*}Name")
        or _text(seller, "{*}SpecifiedLegalOrganization/{*}TradingBusinessName"),
    )
    address = _first(seller, "{*}PostalTradeAddress")
    country = _text(address, "{*}CountryID").upper()
    _set(result, "vendor_vat", _cii_vat(seller, country))
    _set(result, "vendor_company_registry", _cii_registry(seller))
    street = ", ".join(t for t in (_text(address, "{*}LineOne"), _text(address, "{*}LineTwo")) if t)
    _set(result, "vendor_street", street)
    _set(result, "vendor_zip", _text(address, "{*}PostcodeCode"))
    _set(result, "vendor_city", _text(address, "{*}CityName"))
    _set(result, "vendor_country", country)
    _set(
        result,
        "vendor_email",
        _text(seller, "{*}URIUniversalCommunication/{*}URIID")
        or _text(seller, "{*}DefinedTradeContact/{*}EmailURIUniversalCommunication/{*}URIID"),
    )
    buyer = _first(agreement, "{*}BuyerTradeParty")
    _set(result, "customer_name", _text(buyer, "{*}Name"))
    buyer_country = _text(buyer, "{*}PostalTradeAddress/{*}CountryID").upper()
    _set(result, "customer_vat", _cii_vat(buyer, buyer_country))


def _cii_payment(settlement, result: Extraction) -> str:
    """The payment reference, the payee's IBAN and the due date; returns the reference."""
    payment_reference = _text(settlement, "{*}PaymentReference")
    _set_reference(result, payment_reference)
    accounts = []
    for means in (
        settlement.findall("{*}SpecifiedTradeSettlementPaymentMeans")
        if settlement is not None
        else []
    ):
        for account in means.findall("{*}PayeePartyCreditorFinancialAccount"):
            accounts.append(_text(account, "{*}IBANID") or _text(account, "{*}ProprietaryID"))
    _set_iban(result, accounts)
    # Several terms (EXTENDED): a cash discount date, then the net one, or instalments. The
    # bill is due on the last date (Odoo's due date of a bill is its last instalment's).
    dues = [
        _cii_date(_first(terms, "{*}DueDateDateTime"))
        for terms in (
            settlement.findall("{*}SpecifiedTradePaymentTerms") if settlement is not None else []
        )
    ]
    _set(result, "due_date", max((due for due in dues if due), default=None))
    return payment_reference


def _cii_amounts(settlement, currency: str, result: Extraction) -> None:
    rows = settlement.findall("{*}ApplicableTradeTax") if settlement is not None else []
    rate_paths = ("{*}RateApplicablePercent", "{*}ApplicablePercent")
    reason_paths = ("{*}ExemptionReason", "{*}ExemptionReasonCode")
    taxes = [
        _tax_line(
            tax,
            rate_paths,
            base_path="{*}BasisAmount",
            amount_path="{*}CalculatedAmount",
            category_path="{*}CategoryCode",
            reason_paths=reason_paths,
        )
        for tax in rows
    ]
    _finish_taxes(result, [tax for tax in taxes if tax is not None])
    totals = _first(
        settlement,
        "{*}SpecifiedTradeSettlementHeaderMonetarySummation",
        "{*}SpecifiedTradeSettlementMonetarySummation",
    )
    _set_totals(
        result,
        untaxed=_amount(totals, "{*}TaxBasisTotalAmount"),
        tax=_amount(totals, "{*}TaxTotalAmount", currency=currency),
        grand=_amount(totals, "{*}GrandTotalAmount"),
        rounding=_amount(totals, "{*}RoundingAmount"),
        due=_amount(totals, "{*}DuePayableAmount"),
        prepaid=_amount(totals, "{*}TotalPrepaidAmount"),
    )


def _cii_line(item) -> InvoiceLine | None:
    name = _text(item, ".//{*}SpecifiedTradeProduct/{*}Name")
    subtotal = _amount(item, ".//{*}LineTotalAmount")
    if not name and subtotal is None:
        return None  # a note-only line (ZUGFeRD 1.0 uses them for free text)
    price = _amount(item, ".//{*}NetPriceProductTradePrice/{*}ChargeAmount")
    per = _amount(item, ".//{*}NetPriceProductTradePrice/{*}BasisQuantity")
    if price is not None and per not in (None, 0):
        price = price / per
    return InvoiceLine(
        description=name,
        quantity=_amount(item, ".//{*}BilledQuantity"),
        price_unit=price,
        tax_rate=_line_rate(
            _amount(
                item,
                ".//{*}ApplicableTradeTax/{*}RateApplicablePercent",
                ".//{*}ApplicableTradeTax/{*}ApplicablePercent",
            ),
            _text(item, ".//{*}ApplicableTradeTax/{*}CategoryCode"),
        ),
        subtotal=_money(subtotal),
    )


# --- UBL 2.1 Invoice / CreditNote -----------------------------------------------------------------


def _ubl(root, result: Extraction) -> dict:
    credit = etree.QName(root).localname == "CreditNote"
    code = _text(root, "{*}InvoiceTypeCode", "{*}CreditNoteTypeCode")
    _set_document_type(result, code, credit_root=credit)
    _set(result, "invoice_date", _date(_text(root, "{*}IssueDate")))
    _set(
        result,
        "due_date",
        _date(_text(root, "{*}DueDate"))
        or _date(_text(root, "{*}PaymentMeans/{*}PaymentDueDate"))
        or _date(_text(root, "{*}PaymentTerms/{*}PaymentDueDate")),
    )
    _ubl_parties(root, result)
    _set(result, "po_number", _text(root, "{*}OrderReference/{*}ID"))
    currency = _text(root, "{*}DocumentCurrencyCode").upper()
    _set(result, "currency", currency)
    payment_reference, accounts = "", []
    for means in root.findall("{*}PaymentMeans"):
        payment_reference = payment_reference or _text(means, "{*}PaymentID")
        accounts += [_text(a) for a in means.findall("{*}PayeeFinancialAccount/{*}ID")]
    _set_iban(result, accounts)
    _set_reference(result, payment_reference)
    _ubl_amounts(root, currency, result)
    for item in root.findall("{*}InvoiceLine") + root.findall("{*}CreditNoteLine"):
        result.lines.append(_ubl_line(item))
    if result.lines:
        result.lines += _ubl_allowance_charge_lines(root)
    return {
        "id": _text(root, "{*}ID"),
        "alternatives": [payment_reference, _text(root, "{*}BuyerReference")],
        "type_code": code,
    }


def _ubl_allowance_charge_lines(root) -> list[InvoiceLine]:
    """Document-level allowances (negative) and charges (BG-20, BG-21) as lines."""
    lines = []
    for node in root.findall("{*}AllowanceCharge"):
        amount = _amount(node, "{*}Amount")
        if amount is None:
            continue
        charge = _text(node, "{*}ChargeIndicator").lower() == "true"
        signed = _money(amount if charge else -amount)
        lines.append(
            InvoiceLine(
                description=_text(node, "{*}AllowanceChargeReason")
                or _text(node, "{*}AllowanceChargeReasonCode")
                or ("Charge" if charge else "Allowance"),
                quantity=Decimal(1),
                price_unit=signed,
                tax_rate=_line_rate(
                    _amount(node, "{*}TaxCategory/{*}Percent"),
                    _text(node, "{*}TaxCategory/{*}ID"),
                ),
                subtotal=signed,
            )
        )
    return lines


def _ubl_name_and_vat(party) -> tuple[str, str]:
    name = _text(party, "{*}PartyName/{*}Name") or _text(
        party, "{*}PartyLegalEntity/{*}RegistrationName"
    )
    if party is None:
        return name, ""
    country = _text(party, "{*}PostalAddress/{*}Country/{*}IdentificationCode").upper()
    declared, others = [], []
    for scheme in party.findall("{*}PartyTaxScheme"):
        vat_scheme = _text(scheme, "{*}TaxScheme/{*}ID").upper() in ("VAT", "")
        (declared if vat_scheme else others).append(_text(scheme, "{*}CompanyID"))
    for identifier in party.findall("{*}PartyIdentification/{*}ID") + party.findall(
        "{*}EndpointID"
    ):
        if _scheme(identifier) in _VAT_SCHEMES:
            others.append(identifier.text or "")
    return name, _choose_vat(declared, others, country)


def _ubl_registry(party) -> str:
    registry = _text(party, "{*}PartyLegalEntity/{*}CompanyID")
    if registry or party is None:
        return registry
    for identifier in party.findall("{*}PartyIdentification/{*}ID"):
        if _scheme(identifier) in _REGISTRY_SCHEMES:
            return _text(identifier)
    return ""


def _ubl_parties(root, result: Extraction) -> None:
    seller = _first(root, "{*}AccountingSupplierParty/{*}Party")
    name, vat = _ubl_name_and_vat(seller)
    _set(result, "vendor_name", name)
    _set(result, "vendor_vat", vat)
    _set(result, "vendor_company_registry", _ubl_registry(seller))
    address = _first(seller, "{*}PostalAddress")
    street = " ".join(
        t for t in (_text(address, "{*}StreetName"), _text(address, "{*}BuildingNumber")) if t
    )
    extra = _text(address, "{*}AdditionalStreetName")
    _set(result, "vendor_street", ", ".join(t for t in (street, extra) if t))
    _set(result, "vendor_zip", _text(address, "{*}PostalZone"))
    _set(result, "vendor_city", _text(address, "{*}CityName"))
    _set(result, "vendor_country", _text(address, "{*}Country/{*}IdentificationCode").upper())
    _set(result, "vendor_email", _text(seller, "{*}Contact/{*}ElectronicMail"))
    name, vat = _ubl_name_and_vat(_first(root, "{*}AccountingCustomerParty/{*}Party"))
    _set(result, "customer_name", name)
    _set(result, "customer_vat", vat)


def _ubl_amounts(root, currency: str, result: Extraction) -> None:
    taxes, tax_total = [], None
    for total in root.findall("{*}TaxTotal"):
        # A second TaxTotal may repeat the tax in the accounting currency, without subtotals.
        amount_element = total.find("{*}TaxAmount")
        in_currency = (
            amount_element is None or amount_element.get("currencyID", currency) == currency
        )
        if tax_total is None and in_currency:
            tax_total = _amount(total, "{*}TaxAmount")
        rate_paths = ("{*}TaxCategory/{*}Percent", "{*}Percent")
        reasons = (
            "{*}TaxCategory/{*}TaxExemptionReason",
            "{*}TaxCategory/{*}TaxExemptionReasonCode",
        )
        for subtotal in total.findall("{*}TaxSubtotal"):
            tax = _tax_line(
                subtotal,
                rate_paths,
                base_path="{*}TaxableAmount",
                amount_path="{*}TaxAmount",
                category_path="{*}TaxCategory/{*}ID",
                reason_paths=reasons,
            )
            if tax is not None:
                taxes.append(tax)
    _finish_taxes(result, taxes)
    totals = _first(root, "{*}LegalMonetaryTotal")
    _set_totals(
        result,
        untaxed=_amount(totals, "{*}TaxExclusiveAmount", "{*}LineExtensionAmount"),
        tax=tax_total,
        grand=_amount(totals, "{*}TaxInclusiveAmount"),
        rounding=_amount(totals, "{*}PayableRoundingAmount"),
        due=_amount(totals, "{*}PayableAmount"),
        prepaid=_amount(totals, "{*}PrepaidAmount"),
    )


def _ubl_line(item) -> InvoiceLine:
    price = _amount(item, "{*}Price/{*}PriceAmount")
    per = _amount(item, "{*}Price/{*}BaseQuantity")
    if price is not None and per not in (None, 0):
        price = price / per
    return InvoiceLine(
        description=_text(item, "{*}Item/{*}Name") or _text(item, "{*}Item/{*}Description"),
        quantity=_amount(item, "{*}InvoicedQuantity", "{*}CreditedQuantity"),
        price_unit=price,
        tax_rate=_line_rate(
            _amount(item, "{*}Item/{*}ClassifiedTaxCategory/{*}Percent"),
            _text(item, "{*}Item/{*}ClassifiedTaxCategory/{*}ID"),
        ),
        subtotal=_money(_amount(item, "{*}LineExtensionAmount")),
    )


# --- invoice number: printed wins ----------------------------------------------------------------


def _choose_invoice_number(result: Extraction, refs: dict, page_text: str | None) -> None:
    """The XML ``ID`` (BT-1); less sure when the page does not print it (the note names a
    printed reference it starts with: a contract number the page shows instead)."""
    number = refs.get("id", "")
    if not number:
        return
    printed = _compact(page_text or "")
    if page_text is None or _compact(number) in printed:
        _set(result, "invoice_number", number)
        return
    prefixes = [
        ref
        for ref in refs.get("alternatives", [])
        if ref
        and len(_compact(ref)) >= 4
        and _compact(number).startswith(_compact(ref))
        and _compact(ref) in printed
    ]
    note = "from the XML; not printed on the page"
    if prefixes:
        note += f"; the page prints {max(prefixes, key=lambda ref: len(_compact(ref)))}"
    _set(result, "invoice_number", number, UNPRINTED, note)
