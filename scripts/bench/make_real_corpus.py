#!/usr/bin/env python3
# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""A corpus of real e-invoice PDFs whose ground truth comes from their embedded XML.

    .venv/bin/python scripts/bench/make_real_corpus.py /tmp/real_corpus SOURCE [SOURCE...]
    .venv/bin/python scripts/bench/extraction.py /tmp/real_corpus --hide-xml --kind pdf_text --split held
    .venv/bin/python scripts/bench/extraction.py /tmp/real_corpus --kind pdf_text --split held  # XML

Factur-X / ZUGFeRD / XRechnung PDFs carry their own answer: the CII (or UBL) XML attached to
the PDF. Every PDF found under the SOURCEs that has such an attachment becomes a document of
OUT/manifest.json (the layout of ``../shared/samples/ocr``), its ground truth read from the XML
with XPaths written from the standards (EN 16931 CII D16B, ZUGFeRD 1.0, UBL 2.1), *not* with
``fincycle.extraction.xmlinvoice``, so the project's XML reader is measured as well. The
benchmark then reads the PDFs with the XML hidden (``--hide-xml``): the text path is scored on
real layouts for free.

A SOURCE is a folder (searched recursively) or a bare git directory (its HEAD tree is read
with ``git``). Public corpora, to clone (``git clone --bare URL``) anywhere you like:

    https://github.com/ZUGFeRD/corpus            (Apache-2.0; XML-Rechnung/ has its own LICENSE)
    https://github.com/ZUGFeRD/mustangproject    (Apache-2.0; test resources)
    https://github.com/horstoeko/zugferd         (MIT; examples)
    https://github.com/akretion/factur-x         (BSD; sample)
    https://github.com/pretix/python-drafthorse  (Apache-2.0; samples)

and, after them (in this order: the first copy of a sample is the one kept), test files of
other e-invoice libraries, most of them the standards' samples again (deduplicated) and a few
of their own:

    https://github.com/konik-io/konik                   (AGPL-3.0; src/test/resources)
    https://github.com/OCA/edi                          (AGPL-3.0; tests/files of the import modules)
    https://github.com/invoice-x/invoicex-gui           (GPL-3.0; factur-x sample_invoices)
    https://github.com/ZUGFeRD/quba-viewer              (Apache-2.0; 000resources/testfiles)
    https://github.com/Securibox/facturx                (MIT; Securibox.FacturX.Tests/Invoices)
    https://github.com/FacturX-NET/FacturXDotNet        (MIT; TestFiles: the Factur-X 1.0.07 samples)
    https://github.com/LandrixSoftware/ZUGFeRD-for-Delphi (Apache-2.0; documentation/: ZUGFeRD 2.1-2.5 samples)
    https://github.com/stephanstapel/ZUGFeRD-csharp     (Apache-2.0; documentation/ and demodata)
    https://github.com/TuloSharp/tulo.eInvoiceCreatorZUGFeRD (Apache-2.0; ReadMeAsserts, Tests)

and, grown with ``--frozen`` from the 14 above (real_corpus3), after them in this order:

    https://github.com/ahelmberger/factur-x-kit   (MIT; test/: its own PDF designer, de/en/fr pages)
    https://github.com/schwarmdigital/factur-x.js (MIT; test/: factur-x-kit's ancestor)

(looked at, nothing new kept: ZUGFeRD/ZUV, cnfilms/factur-x-ng, klst-de/e-invoice and
danielmarschall/zugferd hold the samples above again; scopen-coop/dolibarr_einvoicing,
fbonnafous31/eInvoicing and Tiime-Software/Factur-X attach their XML to another page).

The sample PDFs themselves are FeRD / FNFE-MPE samples, published for implementers' tests.
To grow an earlier build without moving its documents (a held set measured once stays the
same), list its SOURCEs first in the same order and pass ``--frozen OLD/manifest.json``: the
build fails if one of them comes out with another id or split, and a new PDF whose page,
digits masked, is (98 % of difflib's ratio) one already taken (a sample re-issued with other
numbers by another library, or by its author under the next year's numbers) is skipped as
``same_layout``: its split could differ from its twin's; so is a new PDF whose page prints
neither the XML's invoice number nor its total (``other_page``: a test's XML attached to a
dummy page or to another invoice, whose truth is not the page's).

The PDFs are third-party files under their repositories' licences: build the corpus into a
folder outside the repository, never commit it. Files under a ``fail*`` / ``incorrect*`` /
``invalid*`` / ``negative`` folder (``fail_samples``...) or named ``invalid*`` / ``fail*``
(known-bad samples) are skipped; identical
PDFs, and PDFs whose text layer is one already taken (the same page in another profile), are
kept once, and one invoice (seller, number, total) at most ``--max-per-invoice`` times (3): the
standards' sample invoices come in many profiles and versions.

Each document gets ``split``: ``held`` (about 30 %) or ``dev``, from a hash of the invoice's
seller, number and total, so the same invoice issued in two profiles (EN16931 and XRechnung,
ZUGFeRD 1 and 2...) lands on one side. Tune on ``dev`` only; report ``held`` separately.
``not_on_page`` lists the fields whose XML value the page's text does not print (IBAN, VAT
id, payment reference, number, total): the bench leaves them unscored when it reads the page.
``flags`` records what the printed page does not show (``number_not_printed``,
``total_not_printed``): there the XML and the picture disagree, and a miss is not the reader's;
``negative_amounts`` (a total with a credit's sign: an invoice code with a negative total)
marks documents booked as the opposite type with the opposite amounts (an invoice of -8.79
is a credit note of 8.79, as Odoo's own e-invoice import books it: Odoo posts no bill with a
negative total); ``self_billed`` (type 389/527) marks documents whose reading is open to
debate; ``vat_checksum_invalid`` and
``iban_checksum_invalid`` made-up identifiers (DE123456789) that a reader rightly refuses:
read empty, such a field is right too (``vendor_vat_alternatives``, ``vendor_iban_alternatives``).
A field the XML leaves empty (a MINIMUM profile's IBAN and VAT breakdown, a due date or IBAN
written only in the payment terms' free text) has no ground truth: ``not_in_xml`` lists it and
the bench does not score it, but counts how many of them the reading filled
(``extraction.py --score-absent`` scores them as expected empty, the rule before). A payment
reference that is the invoice number itself may also be read empty
(``payment_reference_alternatives``): the bill is then paid with its reference, that number;
a seller name with identifiers written into it ("GLN 4333741000005 Lief-Nr: 549910 MUSTER GMBH")
may be read without them (``vendor_name_alternatives``).
The total is the invoice total plus its rounding amount (BT-112 + BT-114, "144.59" and
"0.01" make 144.60), as Odoo's e-invoice import books it with a rounding line; the total
before rounding, which the page prints too, is an accepted reading
(``amount_total_alternatives``).
Where the standard derives a value, the truth does too: a CII without a VAT base total
(BT-109) has the grand total less the VAT (BR-CO-15), one without an invoice currency code the
currency its totals are written in.

``customer_name`` and ``customer_vat`` are the buyer the XML names: the receiving company,
which Odoo tells the capture (its own name and VAT id are never the vendor's); not scored,
``extraction.py --own-company`` passes them as Odoo does.

``layout`` tells the PDFs a vendor designed (``designed``) from those that only show the XML
through a viewer stylesheet as a field grid (``xml_rendering``: most of the standards' samples);
``extraction.py --layout designed`` scores the former alone.

``--scans`` adds an image-only copy of every PDF (rendered at 200 dpi, grey, no text layer, no
attachment; id ``<id>__scan``, same truth and split) to score the OCR path:
``extraction.py OUT --hide-xml --kind pdf_image --split held``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
from decimal import Decimal, InvalidOperation
from pathlib import Path

from lxml import etree

HELD_SHARE = 30  # percent
SCAN_DPI = 200
MAX_PER_INVOICE = 3  # the standards' sample invoices come in many profiles and versions
SAME_LAYOUT = 0.98  # digits masked, a page this close to one taken is that page re-issued
NS_CII = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
NS_ZUGFERD1 = "urn:ferd:CrossIndustryDocument:invoice:1p0"
NS_UBL_INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
NS_UBL_CREDIT_NOTE = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
UBL = {"cac": CAC, "cbc": CBC}
# UNTDID 1001: what a bill is. Everything else that reaches us is an invoice of some sort.
CREDIT_NOTE_CODES = {"81", "83", "381", "261", "262", "296", "308", "396", "420", "458", "532"}
SELF_BILLED_CODES = {"389", "261", "527"}
# The fields scored by scripts/bench/extraction.py that the XML may leave empty: then it gives
# no ground truth for them (the page may print them, the XML does not say), see not_in_xml.
OPTIONAL_FIELDS = (
    "vendor_name",
    "vendor_vat",
    "vendor_iban",
    "invoice_date",
    "due_date",
    "currency",
    "amount_untaxed",
    "taxes",
    "amount_tax",
    "payment_reference",
)
# The page is the XML shown by a viewer stylesheet (a field grid), not a layout a vendor made.
RENDERING_MARKERS = (
    "lesbarmachung",
    "visualisierung",
    "beispiel-rechnungen für zugferd",
    "stylesheet",
)
SKIP_DIRS = {"fail", "failed", "incorrect", "invalid", "negative"}
SKIP_PREFIXES = ("fail", "invalid", "incorrect")  # fail_samples/, invalid-files/...


# --- ground truth from the XML --------------------------------------------------------------


def _children(elements, name):
    return [
        c
        for e in elements
        for c in e
        if isinstance(c.tag, str) and etree.QName(c).localname == name
    ]


def _walk(root, path: str):
    """Elements at ``path``: local names separated by ``/``, ``a|b`` for alternatives (the
    CII D16B and ZUGFeRD 1.0 names of one element)."""
    elements = [root]
    for step in path.split("/"):
        elements = [e for alt in step.split("|") for e in _children(elements, alt)]
    return elements


def _text(root, path: str) -> str | None:
    for element in _walk(root, path):
        if element.text and element.text.strip():
            return " ".join(element.text.split())
    return None


def _amount(text) -> float | None:
    if text is None:
        return None
    try:
        return float(Decimal(str(text).strip()).quantize(Decimal("0.01")))
    except InvalidOperation:
        return None


def _with_rounding(total: float | None, rounding) -> float | None:
    """The invoice total plus its rounding amount (BT-112 + BT-114): the total of the bill as
    Odoo's own e-invoice import books it (a rounding line), the amount the seller asks for."""
    extra = _amount(rounding)
    if total is None or not extra:
        return total
    return float(Decimal(str(total)) + Decimal(str(extra)))


def _cii_date(root, path: str) -> str | None:
    value = _text(root, path)
    if not value:
        return None
    digits = re.sub(r"\D", "", value)
    if len(digits) >= 8:  # format 102, CCYYMMDD (ISO dates with dashes give the same digits)
        return f"{digits[:4]}-{digits[4:6]}-{digits[6:8]}"
    return None


def _compact(value: str | None) -> str | None:
    return re.sub(r"\s", "", value) if value else None


def truth_from_cii(root) -> dict:
    """EN 16931 CII (D16B) and ZUGFeRD 1.0 (their element names differ: ``a|b``)."""
    doc = "ExchangedDocument|HeaderExchangedDocument"
    trade = "SupplyChainTradeTransaction|SpecifiedSupplyChainTradeTransaction"
    seller = f"{trade}/ApplicableHeaderTradeAgreement|ApplicableSupplyChainTradeAgreement/SellerTradeParty"
    settlement = f"{trade}/ApplicableHeaderTradeSettlement|ApplicableSupplyChainTradeSettlement"
    summation = (
        f"{settlement}/SpecifiedTradeSettlementHeaderMonetarySummation"
        "|SpecifiedTradeSettlementMonetarySummation"
    )
    currency = _text(root, f"{settlement}/InvoiceCurrencyCode")
    if not currency:  # the currency the totals are written in
        currency = next(
            (
                e.get("currencyID").strip().upper()
                for e in _walk(root, f"{summation}/GrandTotalAmount|TaxTotalAmount|LineTotalAmount")
                if (e.get("currencyID") or "").strip()
            ),
            None,
        )
    buyer = seller.rsplit("/", 1)[0] + "/BuyerTradeParty"
    buyer_vat = next(
        (
            _compact(r.text)
            for r in _walk(root, f"{buyer}/SpecifiedTaxRegistration/ID")
            if r.get("schemeID") == "VA" and (r.text or "").strip()
        ),
        None,
    )
    vat = None
    for registration in _walk(root, f"{seller}/SpecifiedTaxRegistration/ID"):
        if registration.get("schemeID") == "VA" and (registration.text or "").strip():
            vat = _compact(registration.text)
            break
    tax_total = None
    for element in _walk(root, f"{summation}/TaxTotalAmount"):
        # BT-110 is the one in the invoice currency (BT-111 repeats it in the VAT currency).
        if element.get("currencyID") in (None, currency) and tax_total is None:
            tax_total = _amount(element.text)
    taxes = []
    for tax in _walk(root, f"{settlement}/ApplicableTradeTax"):
        rate = _amount(_text(tax, "RateApplicablePercent|ApplicablePercent"))
        if rate is None:
            continue
        taxes.append(
            {
                "rate": rate,
                "base": _amount(_text(tax, "BasisAmount")),
                "amount": _amount(_text(tax, "CalculatedAmount")),
            }
        )
    type_code = _text(root, f"{doc}/TypeCode")
    grand = _amount(_text(root, f"{summation}/GrandTotalAmount"))
    untaxed = _amount(_text(root, f"{summation}/TaxBasisTotalAmount"))
    if untaxed is None and grand is not None and tax_total is not None:
        untaxed = round(grand - tax_total, 2)  # BR-CO-15
    iban = _text(
        root,
        f"{settlement}/SpecifiedTradeSettlementPaymentMeans/PayeePartyCreditorFinancialAccount/IBANID",
    )
    return {
        "document_type": "credit_note" if type_code in CREDIT_NOTE_CODES else "invoice",
        "document_type_code": type_code,
        "vendor_name": _text(root, f"{seller}/Name"),
        "vendor_vat": vat,
        "vendor_iban": _compact(iban),
        "invoice_number": _text(root, f"{doc}/ID"),
        "invoice_date": _cii_date(root, f"{doc}/IssueDateTime/DateTimeString"),
        # BT-9; with several terms (EXTENDED: a cash discount date, then the net one) the last.
        "due_date": max(
            (
                d
                for terms in _walk(root, f"{settlement}/SpecifiedTradePaymentTerms")
                if (d := _cii_date(terms, "DueDateDateTime/DateTimeString"))
            ),
            default=None,
        ),
        "currency": currency,
        "amount_untaxed": untaxed,
        "taxes": taxes,
        "amount_tax": tax_total,
        "amount_total": _with_rounding(grand, _text(root, f"{summation}/RoundingAmount")),
        "amount_rounding": _amount(_text(root, f"{summation}/RoundingAmount")),
        "amount_due": _amount(_text(root, f"{summation}/DuePayableAmount")),
        "payment_reference": _text(root, f"{settlement}/PaymentReference"),
        "customer_name": _text(root, f"{buyer}/Name"),  # the receiving company (not scored)
        "customer_vat": buyer_vat,
    }


def truth_from_ubl(root) -> dict:
    """UBL 2.1 Invoice / CreditNote (XRechnung UBL, Peppol BIS)."""

    def text(path, node=root):
        found = node.xpath(path, namespaces=UBL)
        for element in found:
            value = element if isinstance(element, str) else element.text
            if value and value.strip():
                return " ".join(value.split())
        return None

    credit = etree.QName(root).namespace == NS_UBL_CREDIT_NOTE
    type_code = text("cbc:InvoiceTypeCode") or text("cbc:CreditNoteTypeCode")
    currency = text("cbc:DocumentCurrencyCode")
    party = "cac:AccountingSupplierParty/cac:Party"
    buyer = "cac:AccountingCustomerParty/cac:Party"
    tax_total = None
    for element in root.xpath("cac:TaxTotal/cbc:TaxAmount", namespaces=UBL):
        if element.get("currencyID") in (None, currency) and tax_total is None:
            tax_total = _amount(element.text)
    taxes = []
    for sub in root.xpath("cac:TaxTotal/cac:TaxSubtotal", namespaces=UBL):
        rate = _amount(text("cac:TaxCategory/cbc:Percent", sub))
        if rate is None:
            continue
        taxes.append(
            {
                "rate": rate,
                "base": _amount(text("cbc:TaxableAmount", sub)),
                "amount": _amount(text("cbc:TaxAmount", sub)),
            }
        )
    return {
        "document_type": "credit_note" if credit or type_code in CREDIT_NOTE_CODES else "invoice",
        "document_type_code": type_code,
        "vendor_name": text(f"{party}/cac:PartyName/cbc:Name")
        or text(f"{party}/cac:PartyLegalEntity/cbc:RegistrationName"),
        "vendor_vat": _compact(
            text(f"{party}/cac:PartyTaxScheme[cac:TaxScheme/cbc:ID='VAT']/cbc:CompanyID")
        ),
        "vendor_iban": _compact(text("cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID")),
        "invoice_number": text("cbc:ID"),
        "invoice_date": text("cbc:IssueDate"),
        "due_date": text("cbc:DueDate") or text("cac:PaymentMeans/cbc:PaymentDueDate"),
        "currency": currency,
        "amount_untaxed": _amount(text("cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount")),
        "taxes": taxes,
        "amount_tax": tax_total,
        "amount_total": _with_rounding(
            _amount(text("cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount")),
            text("cac:LegalMonetaryTotal/cbc:PayableRoundingAmount"),
        ),
        "amount_rounding": _amount(text("cac:LegalMonetaryTotal/cbc:PayableRoundingAmount")),
        "amount_due": _amount(text("cac:LegalMonetaryTotal/cbc:PayableAmount")),
        "payment_reference": text("cac:PaymentMeans/cbc:PaymentID"),
        "customer_name": text(f"{buyer}/cac:PartyName/cbc:Name")
        or text(f"{buyer}/cac:PartyLegalEntity/cbc:RegistrationName"),
        "customer_vat": _compact(
            text(f"{buyer}/cac:PartyTaxScheme[cac:TaxScheme/cbc:ID='VAT']/cbc:CompanyID")
        ),
    }


def truth_from_xml(data: bytes) -> tuple[str, dict] | None:
    """``(syntax, fields)`` of an e-invoice XML, or None for any other XML / not XML."""
    try:
        root = etree.fromstring(
            data, etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        )
    except etree.XMLSyntaxError:
        return None
    namespace = etree.QName(root).namespace
    if namespace == NS_CII:
        return "CII", truth_from_cii(root)
    if namespace == NS_ZUGFERD1:
        return "ZUGFeRD1", truth_from_cii(root)
    if namespace in (NS_UBL_INVOICE, NS_UBL_CREDIT_NOTE):
        return "UBL", truth_from_ubl(root)
    return None


def as_booked(fields: dict) -> dict:
    """The fields as the bill is booked: a negative total is the opposite document type with
    the opposite amounts (an invoice of -8.79 is a credit note of 8.79)."""
    if fields.get("amount_total") is None or fields["amount_total"] >= 0:
        return fields
    booked = dict(fields)
    booked["document_type"] = (
        "invoice" if fields["document_type"] == "credit_note" else "credit_note"
    )
    for name in ("amount_untaxed", "amount_tax", "amount_total", "amount_due"):
        if booked.get(name) is not None:
            booked[name] = -booked[name] + 0.0
    booked["taxes"] = [
        {
            key: (-value + 0.0 if key != "rate" and value is not None else value)
            for key, value in row.items()
        }
        for row in fields.get("taxes") or []
    ]
    return booked


def not_in_xml(fields: dict) -> list[str]:
    """The fields the XML leaves empty: it gives no ground truth for them. A MINIMUM profile
    has no IBAN nor VAT breakdown, many samples write the IBAN and the due date in the
    payment terms' free text only; the page prints them and a reader rightly reads them
    there. The bench does not score these fields (``--score-absent`` scores them as empty)."""
    return [name for name in OPTIONAL_FIELDS if fields.get(name) in (None, "", [])]


def not_on_page(fields: dict, text: str) -> list[str]:
    """The fields whose XML value the page's text does not print (the XML's IBAN or
    reference only in the attachment, a sample XML on another sample's page): a reader of
    the page has no ground truth for them. The bench leaves them unscored when it reads the
    page (``--hide-xml``, scan copies), unless ``--score-unprinted``."""
    squashed = re.sub(r"[\s.\-/]", "", text).casefold()
    out = []
    for name in ("vendor_vat", "vendor_iban", "payment_reference"):
        value = fields.get(name)
        if value and re.sub(r"[\s.\-/]", "", str(value)).casefold() not in squashed:
            out.append(name)
    if not _printed(fields["invoice_number"], text):
        out.append("invoice_number")
    if not _printed(fields["amount_total"], text, amount=True) and not any(
        _printed(alt, text, amount=True)
        for alt in alternatives(fields).get("amount_total_alternatives", [])
    ):
        out.append("amount_total")
    return out


def alternatives(fields: dict) -> dict:
    """Other readings that book the same bill (``<field>_alternatives``, which the bench
    accepts too). A payment reference that is the invoice number itself (BT-83 = BT-1) is
    no reference the page prints apart: left empty, the payment's memo is the bill's
    reference, that same number (Odoo pays with ``payment_reference or ref``)."""
    found = {}
    reference, number = fields.get("payment_reference"), fields.get("invoice_number")
    if reference and number and _ident(reference) == _ident(number):
        found["payment_reference_alternatives"] = [None]
    # A seller name that carries identifiers ("GLN 4333741000005 Lief-Nr: 549910 MUSTERLIEFERANT
    # GMBH"): they are the party's identifiers (BT-29), not its name.
    name = fields.get("vendor_name") or ""
    bare = " ".join(_NAME_IDENTIFIER.sub(" ", name).split())
    if bare and bare != name:
        found["vendor_name_alternatives"] = [bare]
    # an identifier that fails its check digits (DE123456789 of a sample) is rightly refused
    checks = _checksum_flags(fields)
    for name, flag in (
        ("vendor_vat", "vat_checksum_invalid"),
        ("vendor_iban", "iban_checksum_invalid"),
    ):
        if flag in checks:
            found[f"{name}_alternatives"] = [None]
    # the total before its rounding amount (BT-112) is what the page prints as the invoice
    # total, above the rounded amount due
    if fields.get("amount_total") is not None and fields.get("amount_rounding"):
        found["amount_total_alternatives"] = [_before_rounding(fields)]
    return found


def _before_rounding(fields: dict) -> float | None:
    """The invoice total before its rounding amount (BT-112)."""
    total, rounding = fields.get("amount_total"), fields.get("amount_rounding")
    if total is None or not rounding:
        return total
    return float(Decimal(str(total)) - Decimal(str(rounding)))


_NAME_IDENTIFIER = re.compile(
    r"(?<!\w)(?:GLN|ILN|EAN|[\w.\-]*(?:Nr|No|Nummer|ID))\.?\s*:?\s*\d[\d ]{3,}\d(?!\w)",
    re.IGNORECASE,
)


def _ident(value: str) -> str:
    return "".join(ch for ch in str(value).upper() if ch.isalnum())


def split_key(fields: dict) -> str:
    """What identifies one invoice across its profiles and renderings; the total without its
    rounding amount (the key of the builds before the truth added it: splits do not move)."""
    return "|".join(
        str(value or "").strip().casefold()
        for value in (
            fields.get("vendor_name"),
            fields.get("invoice_number"),
            _before_rounding(fields),
        )
    )


def split_of(fields: dict) -> str:
    """``held`` or ``dev``, stable, from what identifies the invoice (not the file name)."""
    key = split_key(fields)
    bucket = int(hashlib.sha256(key.encode()).hexdigest()[:8], 16) % 100
    return "held" if bucket < HELD_SHARE else "dev"


# --- sources -----------------------------------------------------------------------------------


def _is_bare_git(path: Path) -> bool:
    return (path / "HEAD").is_file() and (path / "objects").is_dir()


def _git_label(path: Path) -> str:
    # /work/.mirror/OWNER+NAME/repo[/.git] -> OWNER/NAME; NAME.git -> NAME
    parts = [p for p in path.resolve().parts if p not in (".git", "repo")]
    return parts[-1].removesuffix(".git").replace("+", "/")


def iter_pdfs(source: Path):
    """``(label, relative path, commit or None, bytes)`` for each PDF of ``source``."""
    if _is_bare_git(source):
        git = ["git", "-C", str(source)]
        commit = subprocess.run(
            [*git, "rev-parse", "HEAD"], capture_output=True, text=True, check=True
        ).stdout.strip()
        listing = subprocess.run(
            [*git, "ls-tree", "-r", "-z", "HEAD"], capture_output=True, check=True
        ).stdout
        for entry in listing.split(b"\0"):
            if not entry:
                continue
            meta, _, name = entry.partition(b"\t")
            path = name.decode("utf-8", "replace")
            if not path.lower().endswith(".pdf") or meta.split()[1] != b"blob":
                continue
            blob = subprocess.run(
                [*git, "cat-file", "blob", meta.split()[2].decode()],
                capture_output=True,
                check=False,
            )
            if blob.returncode == 0 and blob.stdout.startswith(b"%PDF"):
                yield _git_label(source), path, commit, blob.stdout
        return
    for file in sorted(source.rglob("*")):
        if file.is_file() and file.suffix.lower() == ".pdf":
            yield source.name, str(file.relative_to(source)), None, file.read_bytes()


def _skipped(path: str) -> bool:
    parts = [part.lower() for part in Path(path).parts]
    return any(part in SKIP_DIRS or part.startswith(SKIP_PREFIXES) for part in parts[:-1]) or parts[
        -1
    ].startswith(("invalid", "fail"))


def page_layout(text: str) -> str:
    """The text layer with every digit masked: the same sample page re-issued with other
    numbers, dates and amounts (another library's copy of a standard's example) has (almost)
    the same layout."""
    return re.sub(r"\d", "0", " ".join(text.split())).casefold()


def same_layout(layout: str, taken: list[str], threshold: float = SAME_LAYOUT) -> bool:
    """Whether ``layout`` is (``threshold`` of difflib's ratio) one of ``taken``."""
    import difflib  # noqa: PLC0415

    for other in taken:
        matcher = difflib.SequenceMatcher(None, layout, other, autojunk=False)
        if (
            matcher.real_quick_ratio() >= threshold
            and matcher.quick_ratio() >= threshold
            and matcher.ratio() >= threshold
        ):
            return True
    return False


def read_pdf(data: bytes) -> tuple[list[tuple[str, bytes]], int, str] | None:
    """Attachments, page count and text layer of a PDF; None when pdfium cannot open it."""
    import pypdfium2 as pdfium  # noqa: PLC0415

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return None
    try:
        files = []
        for i in range(pdf.count_attachments()):
            try:
                attachment = pdf.get_attachment(i)
                files.append((attachment.get_name() or "", bytes(attachment.get_data())))
            except pdfium.PdfiumError:
                continue
        texts = []
        for i in range(min(len(pdf), 20)):
            page = pdf[i]
            texts.append(page.get_textpage().get_text_range())
        return files, len(pdf), "\n".join(texts)
    finally:
        pdf.close()


def _printed(value, text: str, amount: bool = False) -> bool:
    squashed = re.sub(r"\s", "", text)
    if not amount:
        return re.sub(r"\s", "", str(value)) in squashed
    whole, cents = f"{Decimal(str(value)):.2f}".lstrip("-").split(".")
    grouped = f"{int(whole):,}"
    for sep_thousands, sep_decimal in (
        (".", ","),
        (",", "."),
        ("", ","),
        ("", "."),
        ("'", "."),
        ("\u2019", "."),
    ):
        if grouped.replace(",", sep_thousands) + sep_decimal + cents in squashed:
            return True
        if whole + sep_decimal + cents in squashed:
            return True
    return False


def scan_copy(data: bytes, dpi: int = SCAN_DPI, max_pages: int = 5) -> bytes:
    """An image-only PDF of the first pages (grey, JPEG): no text layer, no attachment."""
    import io  # noqa: PLC0415

    import pypdfium2 as pdfium  # noqa: PLC0415

    pdf = pdfium.PdfDocument(data)
    try:
        images = [
            pdf[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            for i in range(min(len(pdf), max_pages))
        ]
    finally:
        pdf.close()
    buffer = io.BytesIO()
    images[0].save(
        buffer, "PDF", resolution=dpi, save_all=True, append_images=images[1:], quality=85
    )
    return buffer.getvalue()


def _checksum_flags(fields: dict) -> list[str]:
    """Sample data often carries made-up identifiers (DE123456789) that fail their check
    digits; a reader that rightly refuses them then misses the XML's value."""
    from stdnum import iban, vatin  # noqa: PLC0415

    flags = []
    if fields.get("vendor_vat") and not vatin.is_valid(fields["vendor_vat"]):
        flags.append("vat_checksum_invalid")
    if fields.get("vendor_iban") and not iban.is_valid(fields["vendor_iban"]):
        flags.append("iban_checksum_invalid")
    return flags


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")[:60]


def build(
    out: Path,
    sources: list[Path],
    scans: bool = False,
    max_per_invoice: int = MAX_PER_INVOICE,
    frozen: dict | None = None,
) -> dict:
    """``frozen``: the manifest of an earlier build that this one grows (its documents must come
    out with the same ids and splits; the SOURCEs list its sources first, in the same order). A
    document it does not hold is also skipped when its page, digits masked, is (98 %) one
    already taken (``same_layout``): its split could differ from its twin's, a leak into
    ``held``; and when its page prints neither the XML's number nor its total
    (``other_page``: a test's XML attached to a dummy page or to another invoice)."""
    files_dir = out / "files"
    files_dir.mkdir(parents=True, exist_ok=True)
    documents, seen, stats, per_invoice, layouts = [], set(), {}, {}, []
    frozen_docs = {
        d["sha256"]: d for d in (frozen or {}).get("documents", []) if "scan_of" not in d
    }
    for source in sources:
        for label, path, commit, data in iter_pdfs(source):
            count = stats.setdefault(
                label,
                {
                    "pdfs": 0,
                    "skipped_bad_folder": 0,
                    "duplicates": 0,
                    "same_page": 0,
                    "same_invoice": 0,
                    "same_layout": 0,
                    "other_page": 0,
                    "no_xml": 0,
                    "used": 0,
                },
            )
            count["pdfs"] += 1
            if _skipped(path):
                count["skipped_bad_folder"] += 1
                continue
            digest = hashlib.sha256(data).hexdigest()
            if digest in seen:
                count["duplicates"] += 1
                continue
            read = read_pdf(data)
            truth, xml_name = None, None
            if read:
                attachments, pages, text = read
                for attachment_name, xml in sorted(
                    attachments, key=lambda a: not a[0].lower().endswith(".xml")
                ):
                    truth = truth_from_xml(xml)
                    if truth:
                        xml_name = attachment_name
                        break
            if (
                not truth
                or not truth[1].get("invoice_number")
                or truth[1].get("amount_total") is None
            ):
                count["no_xml"] += 1
                continue
            syntax, fields = truth
            if (
                frozen is not None
                and digest not in frozen_docs
                and text.strip()
                and not _printed(fields["invoice_number"], text)
                and not _printed(fields["amount_total"], text, amount=True)
            ):
                count["other_page"] += 1  # an XML attached to a page of another invoice
                continue
            invoice_key = split_key(fields)
            if per_invoice.get(invoice_key, 0) >= max_per_invoice:
                count["same_invoice"] += 1  # the n-th rendering of one sample invoice
                continue
            page_key = hashlib.sha256(" ".join(text.split()).encode()).hexdigest()
            if page_key in seen and text.strip():
                count["same_page"] += 1  # another profile of a page already taken
                continue
            layout = page_layout(text)
            if (
                frozen is not None
                and digest not in frozen_docs
                and layout.strip()
                and same_layout(layout, layouts)
            ):
                count["same_layout"] += 1  # a sample page already taken, with other numbers
                continue
            seen.update((digest, page_key))
            layouts.append(layout)
            per_invoice[invoice_key] = per_invoice.get(invoice_key, 0) + 1
            doc_id = f"{slug(label)}__{slug(Path(path).with_suffix('').as_posix())}"
            while any(d["id"] == doc_id for d in documents):
                doc_id += "_"
            (files_dir / f"{doc_id}.pdf").write_bytes(data)
            flags = []
            if fields["amount_total"] < 0:
                flags.append("negative_amounts")  # an invoice code with a credit's sign
            flags += _checksum_flags(fields)
            if fields.get("document_type_code") in SELF_BILLED_CODES:
                flags.append("self_billed")  # issued by the buyer: the seller is who is paid
            if not _printed(fields["invoice_number"], text):
                flags.append("number_not_printed")
            if not _printed(fields["amount_total"], text, amount=True):
                flags.append("total_not_printed")
            has_text = len(text.strip()) > 20
            first_page = text[:2000].casefold()
            layout = (
                "xml_rendering" if any(m in first_page for m in RENDERING_MARKERS) else "designed"
            )
            documents.append(
                {
                    "id": doc_id,
                    "file": f"files/{doc_id}.pdf",
                    "source": "real_einvoice",
                    "source_detail": {
                        "type": "git" if commit else "folder",
                        "repo": label,
                        "commit": commit,
                        "path": path,
                    },
                    "license": "see the source repository (third-party sample; do not commit)",
                    "kind": "pdf_text" if has_text else "pdf_image",
                    "pages": pages,
                    "has_embedded_xml": True,
                    "embedded_xml_name": xml_name,
                    "xml_syntax": syntax,
                    "gt_origin": "embedded XML, read by make_real_corpus.py (lxml XPaths per EN 16931 CII/UBL)",
                    **as_booked(fields),
                    "has_qr_bill": False,
                    "has_text_layer": has_text,
                    "layout": layout,
                    "flags": flags,
                    "not_in_xml": not_in_xml(fields),
                    "not_on_page": not_on_page(fields, text),
                    **alternatives(fields),
                    "split": split_of(fields),
                    "sha256": digest,
                    "bytes": len(data),
                }
            )
            count["used"] += 1
            if scans:
                scan = scan_copy(data)
                (files_dir / f"{doc_id}__scan.pdf").write_bytes(scan)
                documents.append(
                    {
                        **documents[-1],
                        "id": f"{doc_id}__scan",
                        "file": f"files/{doc_id}__scan.pdf",
                        "kind": "pdf_image",
                        "pages": min(pages, 5),
                        "has_embedded_xml": False,
                        "has_text_layer": False,
                        "scan_of": doc_id,
                        "sha256": hashlib.sha256(scan).hexdigest(),
                        "bytes": len(scan),
                    }
                )
    documents.sort(key=lambda d: d["id"])
    if frozen is not None:
        built = {d["sha256"]: d for d in documents if "scan_of" not in d}
        moved = [
            d["id"]
            for digest, d in frozen_docs.items()
            if digest not in built
            or (built[digest]["id"], built[digest]["split"]) != (d["id"], d["split"])
        ]
        if moved:
            raise SystemExit(f"documents of the frozen manifest lost or moved: {moved}")
    manifest = {
        "set": "real_einvoice",
        "split_rule": f"sha256(vendor_name|invoice_number|amount_total) % 100 < {HELD_SHARE} -> held",
        "count": len(documents),
        "splits": {s: sum(d["split"] == s for d in documents) for s in ("dev", "held")},
        "sources": stats,
        "documents": documents,
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n")
    return manifest


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out", type=Path, help="corpus folder to write (files/ + manifest.json)")
    parser.add_argument("sources", type=Path, nargs="+", help="folders or bare git dirs")
    parser.add_argument(
        "--scans",
        action="store_true",
        help=f"also write an image-only copy of each PDF ({SCAN_DPI} dpi, grey; id + '__scan', "
        "kind pdf_image) to score the OCR path",
    )
    parser.add_argument(
        "--max-per-invoice",
        type=int,
        default=MAX_PER_INVOICE,
        help="PDFs kept per invoice (seller, number, total): the sample invoices of the "
        "standards come in many profiles and versions (default %(default)s)",
    )
    parser.add_argument(
        "--frozen",
        type=Path,
        help="manifest.json of an earlier build this one grows: its documents must keep their "
        "ids and splits (list its SOURCEs first, in the same order); a new PDF whose page, "
        "digits masked, is (98 %%) one already taken is skipped",
    )
    args = parser.parse_args()
    frozen = json.loads(args.frozen.read_text()) if args.frozen else None
    manifest = build(
        args.out,
        args.sources,
        scans=args.scans,
        max_per_invoice=args.max_per_invoice,
        frozen=frozen,
    )
    for label, count in manifest["sources"].items():
        print(f"{label:<32} " + " ".join(f"{k}={v}" for k, v in count.items()))
    scans = sum("scan_of" in d for d in manifest["documents"])
    print(
        f"documents: {manifest['count']} incl. {scans} scan copies ({manifest['splits']['dev']} dev, {manifest['splits']['held']} held) in {args.out}"
    )
    flagged = sum(bool(d["flags"]) for d in manifest["documents"] if "scan_of" not in d)
    print(f"PDFs with ground-truth flags: {flagged}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
