"""Embedded e-invoice XML: CII (Factur-X / ZUGFeRD 2), ZUGFeRD 1.0 and UBL 2.1 written here,
attached to PDFs with pypdfium2, the safe parser, the printed-invoice-number rule, and the two
Factur-X samples of the shared OCR set when present."""

import io
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from lxml import etree
from PIL import Image
from reportlab.pdfgen import canvas

from fincycle.extraction import document, xmlinvoice
from fincycle.extraction.messages import msg
from fincycle.extraction.model import TRUTH_FIELDS

CII = """<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice
    xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
    xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
    xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
  <rsm:ExchangedDocument>
    <ram:ID>{number}</ram:ID>
    <ram:TypeCode>{type_code}</ram:TypeCode>
    <ram:IssueDateTime><udt:DateTimeString format="102">20250314</udt:DateTimeString></ram:IssueDateTime>
  </rsm:ExchangedDocument>
  <rsm:SupplyChainTradeTransaction>
    <ram:IncludedSupplyChainTradeLineItem>
      <ram:SpecifiedTradeProduct><ram:Name>Beratung</ram:Name></ram:SpecifiedTradeProduct>
      <ram:SpecifiedLineTradeAgreement>
        <ram:NetPriceProductTradePrice><ram:ChargeAmount>120.00</ram:ChargeAmount></ram:NetPriceProductTradePrice>
      </ram:SpecifiedLineTradeAgreement>
      <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="HUR">5</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
      <ram:SpecifiedLineTradeSettlement>
        <ram:ApplicableTradeTax><ram:RateApplicablePercent>8.10</ram:RateApplicablePercent></ram:ApplicableTradeTax>
        <ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>600.00</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>
      </ram:SpecifiedLineTradeSettlement>
    </ram:IncludedSupplyChainTradeLineItem>
    <ram:IncludedSupplyChainTradeLineItem>
      <ram:SpecifiedTradeProduct><ram:Name>Fachbuch</ram:Name></ram:SpecifiedTradeProduct>
      <ram:SpecifiedLineTradeAgreement>
        <ram:NetPriceProductTradePrice><ram:ChargeAmount>90.00</ram:ChargeAmount><ram:BasisQuantity>2</ram:BasisQuantity></ram:NetPriceProductTradePrice>
      </ram:SpecifiedLineTradeAgreement>
      <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="C62">4</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
      <ram:SpecifiedLineTradeSettlement>
        <ram:ApplicableTradeTax><ram:RateApplicablePercent>2.60</ram:RateApplicablePercent></ram:ApplicableTradeTax>
        <ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>180.00</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>
      </ram:SpecifiedLineTradeSettlement>
    </ram:IncludedSupplyChainTradeLineItem>
    <ram:ApplicableHeaderTradeAgreement>
      <ram:BuyerReference>K-778</ram:BuyerReference>
      <ram:SellerTradeParty>
        <ram:Name>Muster
          Beratung AG</ram:Name>
        <ram:SpecifiedLegalOrganization><ram:ID>CHE-109.322.551</ram:ID></ram:SpecifiedLegalOrganization>
        <ram:PostalTradeAddress>
          <ram:PostcodeCode>8001</ram:PostcodeCode><ram:LineOne>Bahnhofstrasse 1</ram:LineOne>
          <ram:CityName>Zürich</ram:CityName><ram:CountryID>CH</ram:CountryID>
        </ram:PostalTradeAddress>
        <ram:URIUniversalCommunication><ram:URIID schemeID="EM">info@muster.ch</ram:URIID></ram:URIUniversalCommunication>
        <ram:SpecifiedTaxRegistration><ram:ID schemeID="FC">123/456/789</ram:ID></ram:SpecifiedTaxRegistration>
        <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">CHE-109.322.551 MWST</ram:ID></ram:SpecifiedTaxRegistration>
      </ram:SellerTradeParty>
      <ram:BuyerTradeParty><ram:Name>Seeblick Consulting GmbH</ram:Name></ram:BuyerTradeParty>
      <ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>PO-2025-7</ram:IssuerAssignedID></ram:BuyerOrderReferencedDocument>
    </ram:ApplicableHeaderTradeAgreement>
    <ram:ApplicableHeaderTradeSettlement>
      <ram:PaymentReference>{reference}</ram:PaymentReference>
      <ram:InvoiceCurrencyCode>CHF</ram:InvoiceCurrencyCode>
      <ram:SpecifiedTradeSettlementPaymentMeans>
        <ram:TypeCode>58</ram:TypeCode>
        <ram:PayeePartyCreditorFinancialAccount><ram:IBANID>CH93 0076 2011 6238 5295 7</ram:IBANID></ram:PayeePartyCreditorFinancialAccount>
      </ram:SpecifiedTradeSettlementPaymentMeans>
      <ram:ApplicableTradeTax>
        <ram:CalculatedAmount>48.60</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode>
        <ram:BasisAmount>600.00</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode>
        <ram:RateApplicablePercent>8.10</ram:RateApplicablePercent>
      </ram:ApplicableTradeTax>
      <ram:ApplicableTradeTax>
        <ram:CalculatedAmount>4.68</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode>
        <ram:BasisAmount>180.00</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode>
        <ram:RateApplicablePercent>2.60</ram:RateApplicablePercent>
      </ram:ApplicableTradeTax>
      <ram:SpecifiedTradePaymentTerms>
        <ram:DueDateDateTime><udt:DateTimeString format="102">20250413</udt:DateTimeString></ram:DueDateDateTime>
      </ram:SpecifiedTradePaymentTerms>
      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
        <ram:LineTotalAmount>780.00</ram:LineTotalAmount>
        <ram:TaxBasisTotalAmount>780.00</ram:TaxBasisTotalAmount>
        <ram:TaxTotalAmount currencyID="EUR">55.00</ram:TaxTotalAmount>
        <ram:TaxTotalAmount currencyID="CHF">53.28</ram:TaxTotalAmount>
        <ram:GrandTotalAmount>833.28</ram:GrandTotalAmount>
        <ram:RoundingAmount>0.02</ram:RoundingAmount>
        <ram:TotalPrepaidAmount>100.00</ram:TotalPrepaidAmount>
        <ram:DuePayableAmount>733.30</ram:DuePayableAmount>
      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    </ram:ApplicableHeaderTradeSettlement>
  </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
"""

ZUGFERD1 = """<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryDocument xmlns:rsm="urn:ferd:CrossIndustryDocument:invoice:1p0"
    xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:12"
    xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:15">
  <rsm:HeaderExchangedDocument>
    <ram:ID>RE-1001</ram:ID><ram:TypeCode>380</ram:TypeCode>
    <ram:IssueDateTime><udt:DateTimeString format="102">20140311</udt:DateTimeString></ram:IssueDateTime>
  </rsm:HeaderExchangedDocument>
  <rsm:SpecifiedSupplyChainTradeTransaction>
    <ram:ApplicableSupplyChainTradeAgreement>
      <ram:SellerTradeParty>
        <ram:Name>Lieferant GmbH</ram:Name>
        <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">DE 123 456 789</ram:ID></ram:SpecifiedTaxRegistration>
      </ram:SellerTradeParty>
      <ram:BuyerTradeParty><ram:Name>Kunde AG</ram:Name></ram:BuyerTradeParty>
    </ram:ApplicableSupplyChainTradeAgreement>
    <ram:ApplicableSupplyChainTradeSettlement>
      <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
      <ram:SpecifiedTradeSettlementPaymentMeans>
        <ram:PayeePartyCreditorFinancialAccount><ram:IBANID>DE89370400440532013000</ram:IBANID></ram:PayeePartyCreditorFinancialAccount>
      </ram:SpecifiedTradeSettlementPaymentMeans>
      <ram:ApplicableTradeTax>
        <ram:CalculatedAmount currencyID="EUR">19.00</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode>
        <ram:BasisAmount currencyID="EUR">100.00</ram:BasisAmount><ram:ApplicablePercent>19.00</ram:ApplicablePercent>
      </ram:ApplicableTradeTax>
      <ram:SpecifiedTradeSettlementMonetarySummation>
        <ram:TaxBasisTotalAmount currencyID="EUR">100.00</ram:TaxBasisTotalAmount>
        <ram:TaxTotalAmount currencyID="EUR">19.00</ram:TaxTotalAmount>
        <ram:GrandTotalAmount currencyID="EUR">119.00</ram:GrandTotalAmount>
        <ram:DuePayableAmount currencyID="EUR">119.00</ram:DuePayableAmount>
      </ram:SpecifiedTradeSettlementMonetarySummation>
    </ram:ApplicableSupplyChainTradeSettlement>
    <ram:IncludedSupplyChainTradeLineItem>
      <ram:AssociatedDocumentLineDocument><ram:IncludedNote><ram:Content>Hinweis</ram:Content></ram:IncludedNote></ram:AssociatedDocumentLineDocument>
    </ram:IncludedSupplyChainTradeLineItem>
    <ram:IncludedSupplyChainTradeLineItem>
      <ram:SpecifiedSupplyChainTradeDelivery><ram:BilledQuantity unitCode="C62">2.0000</ram:BilledQuantity></ram:SpecifiedSupplyChainTradeDelivery>
      <ram:SpecifiedSupplyChainTradeSettlement>
        <ram:ApplicableTradeTax><ram:ApplicablePercent>19.00</ram:ApplicablePercent></ram:ApplicableTradeTax>
        <ram:SpecifiedTradeSettlementMonetarySummation><ram:LineTotalAmount currencyID="EUR">100.00</ram:LineTotalAmount></ram:SpecifiedTradeSettlementMonetarySummation>
      </ram:SpecifiedSupplyChainTradeSettlement>
      <ram:SpecifiedTradeProduct><ram:Name>Schrauben</ram:Name></ram:SpecifiedTradeProduct>
    </ram:IncludedSupplyChainTradeLineItem>
  </rsm:SpecifiedSupplyChainTradeTransaction>
</rsm:CrossIndustryDocument>
"""

UBL = """<?xml version="1.0" encoding="UTF-8"?>
<{root} xmlns="urn:oasis:names:specification:ubl:schema:xsd:{root}-2"
    xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
    xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:ID>UBL-42</cbc:ID>
  <cbc:IssueDate>2024-02-01</cbc:IssueDate>
  {due}
  <cbc:{root}TypeCode>{type_code}</cbc:{root}TypeCode>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cbc:BuyerReference>991-01234-56</cbc:BuyerReference>
  <cac:OrderReference><cbc:ID>PO-9</cbc:ID></cac:OrderReference>
  <cac:AccountingSupplierParty><cac:Party>
    <cac:PostalAddress>
      <cbc:StreetName>Rue de la Paix</cbc:StreetName><cbc:BuildingNumber>12</cbc:BuildingNumber>
      <cbc:CityName>Paris</cbc:CityName><cbc:PostalZone>75002</cbc:PostalZone>
      <cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country>
    </cac:PostalAddress>
    <cac:PartyTaxScheme><cbc:CompanyID>FR 40 303 265 045</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
    <cac:PartyLegalEntity><cbc:RegistrationName>Vendeur SAS</cbc:RegistrationName><cbc:CompanyID>30326504500012</cbc:CompanyID></cac:PartyLegalEntity>
    <cac:Contact><cbc:ElectronicMail>compta@vendeur.fr</cbc:ElectronicMail></cac:Contact>
  </cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party><cac:PartyName><cbc:Name>Acheteur SARL</cbc:Name></cac:PartyName></cac:Party></cac:AccountingCustomerParty>
  <cac:PaymentMeans>
    <cbc:PaymentMeansCode>30</cbc:PaymentMeansCode>
    <cbc:PaymentID>RF18 5390 0754 7034</cbc:PaymentID>
    <cac:PayeeFinancialAccount><cbc:ID>FR7630006000011234567890189</cbc:ID></cac:PayeeFinancialAccount>
  </cac:PaymentMeans>
  <cac:TaxTotal>
    <cbc:TaxAmount currencyID="EUR">25.50</cbc:TaxAmount>
    <cac:TaxSubtotal>
      <cbc:TaxableAmount currencyID="EUR">100.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">20.00</cbc:TaxAmount>
      <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent></cac:TaxCategory>
    </cac:TaxSubtotal>
    <cac:TaxSubtotal>
      <cbc:TaxableAmount currencyID="EUR">100.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">5.50</cbc:TaxAmount>
      <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>5.5</cbc:Percent></cac:TaxCategory>
    </cac:TaxSubtotal>
  </cac:TaxTotal>
  <cac:TaxTotal><cbc:TaxAmount currencyID="CHF">24.00</cbc:TaxAmount></cac:TaxTotal>
  <cac:LegalMonetaryTotal>
    <cbc:LineExtensionAmount currencyID="EUR">200.00</cbc:LineExtensionAmount>
    <cbc:TaxExclusiveAmount currencyID="EUR">200.00</cbc:TaxExclusiveAmount>
    <cbc:TaxInclusiveAmount currencyID="EUR">225.50</cbc:TaxInclusiveAmount>
    <cbc:PayableAmount currencyID="EUR">225.50</cbc:PayableAmount>
  </cac:LegalMonetaryTotal>
  <cac:{root}Line>
    <cbc:ID>1</cbc:ID><cbc:{qty} unitCode="C62">4</cbc:{qty}>
    <cbc:LineExtensionAmount currencyID="EUR">100.00</cbc:LineExtensionAmount>
    <cac:Item><cbc:Name>Papier A4</cbc:Name><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent></cac:ClassifiedTaxCategory></cac:Item>
    <cac:Price><cbc:PriceAmount currencyID="EUR">25.00</cbc:PriceAmount></cac:Price>
  </cac:{root}Line>
</{root}>
"""


def cii(number="F-2025-031", type_code="380", reference="F-2025-031") -> bytes:
    return CII.format(number=number, type_code=type_code, reference=reference).encode()


def ubl(root="Invoice", type_code="380", due="<cbc:DueDate>2024-03-02</cbc:DueDate>") -> bytes:
    qty = "InvoicedQuantity" if root == "Invoice" else "CreditedQuantity"
    return UBL.format(root=root, type_code=type_code, due=due, qty=qty).encode()


def pdf_with(attachments: dict[str, bytes], text: str = "") -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.drawString(60, 780, text or "Facture / Rechnung - see the attached e-invoice file")
    pdf.showPage()
    pdf.save()
    document_ = pdfium.PdfDocument(buffer.getvalue())
    for name, data in attachments.items():
        document_.new_attachment(name).set_data(data)
    out = io.BytesIO()
    document_.save(out)
    document_.close()
    return out.getvalue()


def values(result, names):
    return {name: result.value(name) for name in names}


# --- CII ----------------------------------------------------------------------------------------


def test_cii_fields():
    result = xmlinvoice.parse_invoice_xml(cii())
    assert values(
        result,
        [
            "document_type",
            "invoice_number",
            "invoice_date",
            "due_date",
            "vendor_name",
            "vendor_vat",
            "vendor_company_registry",
            "vendor_street",
            "vendor_zip",
            "vendor_city",
            "vendor_country",
            "vendor_email",
            "vendor_iban",
            "customer_name",
            "po_number",
            "currency",
            "payment_reference",
            "payment_reference_type",
        ],
    ) == {
        "document_type": "invoice",
        "invoice_number": "F-2025-031",
        "invoice_date": date(2025, 3, 14),
        "due_date": date(2025, 4, 13),
        "vendor_name": "Muster Beratung AG",
        "vendor_vat": "CHE109322551",  # the VA registration, not the FC tax number
        "vendor_company_registry": "CHE-109.322.551",
        "vendor_street": "Bahnhofstrasse 1",
        "vendor_zip": "8001",
        "vendor_city": "Zürich",
        "vendor_country": "CH",
        "vendor_email": "info@muster.ch",
        "vendor_iban": "CH9300762011623852957",
        "customer_name": "Seeblick Consulting GmbH",
        "po_number": "PO-2025-7",
        "currency": "CHF",
        "payment_reference": "F-2025-031",
        "payment_reference_type": None,
    }
    # Totals: the tax in the invoice currency, the total with its rounding, not the amount due.
    assert values(result, ["amount_untaxed", "amount_tax", "amount_rounding", "amount_total"]) == {
        "amount_untaxed": Decimal("780.00"),
        "amount_tax": Decimal("53.28"),
        "amount_rounding": Decimal("0.02"),
        "amount_total": Decimal("833.30"),
    }
    assert any("733.30" in w.text for w in result.warnings)
    assert [(t.rate, t.base, t.amount) for t in result.taxes] == [
        (Decimal("8.1"), Decimal("600.00"), Decimal("48.60")),
        (Decimal("2.6"), Decimal("180.00"), Decimal("4.68")),
    ]
    assert result.taxes_confidence == 0.98
    assert [
        (ln.description, ln.quantity, ln.price_unit, ln.tax_rate, ln.subtotal)
        for ln in result.lines
    ] == [
        ("Beratung", Decimal("5"), Decimal("120.00"), Decimal("8.1"), Decimal("600.00")),
        ("Fachbuch", Decimal("4"), Decimal("45"), Decimal("2.6"), Decimal("180.00")),
    ]
    assert {f.source for f in result.fields.values()} == {"xml"}
    assert result.field_confidence("amount_total") == 0.98


def test_cii_credit_note_and_qr_reference():
    result = xmlinvoice.parse_invoice_xml(
        cii(type_code="381", reference="21 00000 00003 13947 14300 09017")
    )
    assert result.value("document_type") == "credit_note"
    assert result.value("payment_reference") == "210000000003139471430009017"
    assert result.value("payment_reference_type") == "QRR"


def test_zugferd_1():
    result = xmlinvoice.parse_invoice_xml(ZUGFERD1.encode())
    assert values(
        result,
        [
            "invoice_number",
            "invoice_date",
            "vendor_name",
            "vendor_vat",
            "vendor_iban",
            "amount_total",
            "amount_tax",
        ],
    ) == {
        "invoice_number": "RE-1001",
        "invoice_date": date(2014, 3, 11),
        "vendor_name": "Lieferant GmbH",
        "vendor_vat": "DE123456789",
        "vendor_iban": "DE89370400440532013000",
        "amount_total": Decimal("119.00"),
        "amount_tax": Decimal("19.00"),
    }
    assert [(t.rate, t.base, t.amount) for t in result.taxes] == [
        (Decimal("19"), Decimal("100.00"), Decimal("19.00"))
    ]
    assert [(ln.description, ln.quantity, ln.subtotal) for ln in result.lines] == [
        ("Schrauben", Decimal("2.0000"), Decimal("100.00"))
    ]
    assert not any(w.code == "amount_due_differs" for w in result.warnings)


# --- UBL ----------------------------------------------------------------------------------------


def test_ubl_invoice():
    result = xmlinvoice.parse_invoice_xml(ubl())
    assert values(
        result,
        [
            "document_type",
            "invoice_number",
            "invoice_date",
            "due_date",
            "vendor_name",
            "vendor_vat",
            "vendor_company_registry",
            "vendor_street",
            "vendor_zip",
            "vendor_city",
            "vendor_country",
            "vendor_email",
            "vendor_iban",
            "customer_name",
            "po_number",
            "currency",
            "amount_untaxed",
            "amount_tax",
            "amount_total",
            "payment_reference",
            "payment_reference_type",
        ],
    ) == {
        "document_type": "invoice",
        "invoice_number": "UBL-42",
        "invoice_date": date(2024, 2, 1),
        "due_date": date(2024, 3, 2),
        "vendor_name": "Vendeur SAS",
        "vendor_vat": "FR40303265045",
        "vendor_company_registry": "30326504500012",
        "vendor_street": "Rue de la Paix 12",
        "vendor_zip": "75002",
        "vendor_city": "Paris",
        "vendor_country": "FR",
        "vendor_email": "compta@vendeur.fr",
        "vendor_iban": "FR7630006000011234567890189",
        "customer_name": "Acheteur SARL",
        "po_number": "PO-9",
        "currency": "EUR",
        "amount_untaxed": Decimal("200.00"),
        "amount_tax": Decimal("25.50"),  # not the second TaxTotal in CHF
        "amount_total": Decimal("225.50"),
        "payment_reference": "RF18539007547034",
        "payment_reference_type": "SCOR",
    }
    assert [(t.rate, t.amount) for t in result.taxes] == [
        (Decimal("20"), Decimal("20.00")),
        (Decimal("5.5"), Decimal("5.50")),
    ]
    assert [(ln.description, ln.quantity, ln.price_unit, ln.tax_rate) for ln in result.lines] == [
        ("Papier A4", Decimal("4"), Decimal("25.00"), Decimal("20"))
    ]


def test_ubl_credit_note_due_date_from_payment_means():
    data = ubl(root="CreditNote", type_code="381", due="")
    data = data.replace(
        b"<cbc:PaymentMeansCode>30</cbc:PaymentMeansCode>",
        b"<cbc:PaymentDueDate>2024-04-01</cbc:PaymentDueDate>",
    )
    result = xmlinvoice.parse_invoice_xml(data)
    assert result.value("document_type") == "credit_note"
    assert result.value("due_date") == date(2024, 4, 1)
    assert [ln.quantity for ln in result.lines] == [Decimal("4")]


# --- safety and bad input -----------------------------------------------------------------------


def test_entities_are_not_expanded_and_files_not_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    data = cii().replace(
        b'<?xml version="1.0" encoding="UTF-8"?>',
        f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file://{secret}">'
        '<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'.encode(),
    )
    data = data.replace(
        b"<ram:Name>Seeblick Consulting GmbH</ram:Name>", b"<ram:Name>&x;&b;</ram:Name>"
    )
    result = xmlinvoice.parse_invoice_xml(data)
    assert "TOP-SECRET" not in str(result.value("customer_name"))
    assert "aaaa" not in str(result.value("customer_name"))
    assert result.value("amount_total") == Decimal("833.30")


def test_other_or_broken_xml():
    assert xmlinvoice.parse_invoice_xml(b"<order xmlns='urn:example'><id>1</id></order>") is None
    with pytest.raises(etree.XMLSyntaxError):
        xmlinvoice.parse_invoice_xml(b"<rsm:CrossIndustryInvoice")


# --- embedded in a PDF --------------------------------------------------------------------------


def test_factur_x_attachment_is_read():
    data = pdf_with({"factur-x.xml": cii()}, text="Rechnung F-2025-031")
    with document.load(data) as doc:
        result = xmlinvoice.extract_embedded_xml(doc)
    assert result.value("invoice_number") == "F-2025-031"
    assert result.field_confidence("invoice_number") == 0.98
    assert result.value("amount_total") == Decimal("833.30")
    assert result.warnings[0] == msg("xml_read", name="factur-x.xml")


def test_any_xml_attachment_name_and_other_files_ignored():
    data = pdf_with(
        {"readme.txt": b"hello", "not-an-invoice.xml": b"<a/>", "invoice_42.xml": ubl()}
    )
    with document.load(data) as doc:
        result = xmlinvoice.extract_embedded_xml(doc)
    assert result.value("invoice_number") == "UBL-42"


def test_no_attachment_or_image_gives_none():
    with document.load(pdf_with({})) as doc:
        assert xmlinvoice.extract_embedded_xml(doc) is None
    buffer = io.BytesIO()
    Image.new("L", (50, 50), 255).save(buffer, "PNG")
    with document.load(buffer.getvalue()) as doc:
        assert xmlinvoice.extract_embedded_xml(doc) is None


def test_broken_factur_x_gives_a_warning_not_an_exception():
    data = pdf_with({"factur-x.xml": b"<rsm:CrossIndustryInvoice><broken"})
    with document.load(data) as doc:
        result = xmlinvoice.extract_embedded_xml(doc)
    assert result.fields == {}
    assert result.warnings[0].code == "xml_not_wellformed"


def test_the_xml_invoice_number_wins_but_is_less_sure_when_not_printed():
    xml = cii(number="K-778-2025-1", reference="K-778")
    # Printed: the shorter reference only → the XML id (BT-1), below the auto-post bar, the
    # printed reference in the note.
    result = xmlinvoice.parse_invoice_xml(xml, page_text="Rechnung K-778 vom 14.03.2025")
    assert result.value("invoice_number") == "K-778-2025-1"
    assert result.field_confidence("invoice_number") < 0.9
    assert "K-778" in result.fields["invoice_number"].note.split("prints")[-1]
    # Printed in full (with other separators) → the XML id, sure.
    result = xmlinvoice.parse_invoice_xml(xml, page_text="Rechnung K 778 2025 1")
    assert result.value("invoice_number") == "K-778-2025-1"
    assert result.field_confidence("invoice_number") == 0.98
    # Printed nowhere → the XML id, less sure.
    result = xmlinvoice.parse_invoice_xml(xml, page_text="Rechnung vom 14.03.2025")
    assert result.value("invoice_number") == "K-778-2025-1"
    assert result.field_confidence("invoice_number") < 0.9
    assert "prints" not in result.fields["invoice_number"].note


# --- shared samples -----------------------------------------------------------------------------

SAMPLES = Path("/work/shared/samples/ocr")


def _xml_samples():
    manifest = SAMPLES / "manifest.json"
    if not manifest.exists():
        return []
    return [d for d in json.loads(manifest.read_text())["documents"] if d.get("has_embedded_xml")]


# The VAT rows are compared below, row by row in order.
FIELDS = (*(name for name in TRUTH_FIELDS if name != "taxes"), "payment_reference_type")


def _plain(value):
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


@pytest.mark.skipif(not _xml_samples(), reason="shared OCR samples not present")
@pytest.mark.parametrize("truth", _xml_samples(), ids=lambda d: d["id"])
def test_samples_give_the_ground_truth(truth):
    with document.load((SAMPLES / truth["file"]).read_bytes()) as doc:
        result = xmlinvoice.extract_embedded_xml(doc)
    got = {name: _plain(result.value(name)) for name in FIELDS}
    if got["invoice_number"] in truth.get("invoice_number_alternatives", ()):
        got["invoice_number"] = truth["invoice_number"]  # the XML's id, an accepted reading
    assert got == {name: truth.get(name) for name in FIELDS}
    assert [(float(t.rate), float(t.base), float(t.amount)) for t in result.taxes] == [
        (t["rate"], t["base"], t["amount"]) for t in truth["taxes"]
    ]


# --- issue 13: every document type, any country, the page against its XML ---------------------

SMALL_CII = """<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice
    xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
    xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
    xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
  <rsm:ExchangedDocument>
    <ram:ID>{number}</ram:ID><ram:TypeCode>{type_code}</ram:TypeCode>
    <ram:IssueDateTime><udt:DateTimeString format="102">20250610</udt:DateTimeString></ram:IssueDateTime>
  </rsm:ExchangedDocument>
  <rsm:SupplyChainTradeTransaction>
    <ram:ApplicableHeaderTradeAgreement>
      <ram:SellerTradeParty>
        <ram:Name>{seller}</ram:Name>
        {seller_ids}
        <ram:PostalTradeAddress><ram:CountryID>{country}</ram:CountryID></ram:PostalTradeAddress>
        {seller_tax}
      </ram:SellerTradeParty>
      <ram:BuyerTradeParty><ram:Name>Seeblick Consulting GmbH</ram:Name></ram:BuyerTradeParty>
    </ram:ApplicableHeaderTradeAgreement>
    <ram:ApplicableHeaderTradeSettlement>
      <ram:PaymentReference>{number}</ram:PaymentReference>
      <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
      {means}
      {taxes}
      <ram:SpecifiedTradePaymentTerms>
        <ram:Description>30 days</ram:Description>
      </ram:SpecifiedTradePaymentTerms>
      <ram:SpecifiedTradePaymentTerms>
        <ram:DueDateDateTime><udt:DateTimeString format="102">20250710</udt:DateTimeString></ram:DueDateDateTime>
      </ram:SpecifiedTradePaymentTerms>
      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
        {totals}
      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    </ram:ApplicableHeaderTradeSettlement>
  </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
"""

STANDARD_TAX = """<ram:ApplicableTradeTax><ram:CalculatedAmount>21.00</ram:CalculatedAmount>
  <ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>100.00</ram:BasisAmount>
  <ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>21</ram:RateApplicablePercent>
</ram:ApplicableTradeTax>"""
STANDARD_TOTALS = """<ram:TaxBasisTotalAmount>100.00</ram:TaxBasisTotalAmount>
  <ram:TaxTotalAmount currencyID="EUR">21.00</ram:TaxTotalAmount>
  <ram:GrandTotalAmount>121.00</ram:GrandTotalAmount>
  <ram:DuePayableAmount>121.00</ram:DuePayableAmount>"""


def small_cii(
    number="NL-2025-77",
    type_code="380",
    seller="Tulp Handel B.V.",
    country="NL",
    seller_tax='<ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">NL004495445B01</ram:ID>'
    "</ram:SpecifiedTaxRegistration>",
    seller_ids="",
    means="",
    taxes=STANDARD_TAX,
    totals=STANDARD_TOTALS,
) -> bytes:
    return SMALL_CII.format(
        number=number,
        type_code=type_code,
        seller=seller,
        country=country,
        seller_tax=seller_tax,
        seller_ids=seller_ids,
        means=means,
        taxes=taxes,
        totals=totals,
    ).encode()


SMALL_UBL = """<?xml version="1.0" encoding="UTF-8"?>
<{root} xmlns="urn:oasis:names:specification:ubl:schema:xsd:{root}-2"
    xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
    xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:ID>{number}</cbc:ID>
  <cbc:IssueDate>2025-06-10</cbc:IssueDate>
  <cbc:{root}TypeCode>{type_code}</cbc:{root}TypeCode>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cac:AccountingSupplierParty><cac:Party>
    {endpoint}
    {identification}
    <cac:PartyName><cbc:Name>{seller}</cbc:Name></cac:PartyName>
    <cac:PostalAddress><cac:Country><cbc:IdentificationCode>{country}</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
    {tax_scheme}
    <cac:PartyLegalEntity><cbc:RegistrationName>{seller}</cbc:RegistrationName></cac:PartyLegalEntity>
  </cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party><cac:PartyName><cbc:Name>Seeblick Consulting GmbH</cbc:Name></cac:PartyName></cac:Party></cac:AccountingCustomerParty>
  {means}
  <cac:TaxTotal>
    <cbc:TaxAmount currencyID="EUR">{tax}</cbc:TaxAmount>
    <cac:TaxSubtotal>
      <cbc:TaxableAmount currencyID="EUR">100.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">{tax}</cbc:TaxAmount>
      <cac:TaxCategory>{category}<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory>
    </cac:TaxSubtotal>
  </cac:TaxTotal>
  <cac:LegalMonetaryTotal>
    <cbc:LineExtensionAmount currencyID="EUR">100.00</cbc:LineExtensionAmount>
    <cbc:TaxExclusiveAmount currencyID="EUR">100.00</cbc:TaxExclusiveAmount>
    <cbc:TaxInclusiveAmount currencyID="EUR">{total}</cbc:TaxInclusiveAmount>
    {prepaid}
    <cbc:PayableAmount currencyID="EUR">{payable}</cbc:PayableAmount>
  </cac:LegalMonetaryTotal>
</{root}>
"""


def small_ubl(
    root="Invoice",
    number="ES-2025-5",
    type_code="380",
    seller="Naranja Distribuciones S.L.",
    country="ES",
    tax_scheme="<cac:PartyTaxScheme><cbc:CompanyID>ESB58378431</cbc:CompanyID>"
    "<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>",
    endpoint="",
    identification="",
    means="",
    category="<cbc:ID>S</cbc:ID><cbc:Percent>21</cbc:Percent>",
    tax="21.00",
    total="121.00",
    prepaid="",
    payable="121.00",
) -> bytes:
    return SMALL_UBL.format(**locals()).encode()


@pytest.mark.parametrize(
    ("type_code", "document_type"),
    [
        ("380", "invoice"),
        ("384", "invoice"),
        ("386", "invoice"),
        ("326", "invoice"),
        ("751", "invoice"),
        ("383", "invoice"),
        ("875", "invoice"),
        ("876", "invoice"),
        ("877", "invoice"),
        ("393", "invoice"),
        ("395", "invoice"),
        ("389", "invoice"),
        ("527", "invoice"),
        ("381", "credit_note"),
        ("261", "credit_note"),
        ("262", "credit_note"),
        ("296", "credit_note"),
        ("308", "credit_note"),
        ("396", "credit_note"),
        ("458", "credit_note"),
        ("532", "credit_note"),
        ("81", "credit_note"),
        ("83", "credit_note"),
        ("420", "credit_note"),
        ("80", "invoice"),
        ("84", "invoice"),
        ("9999", "invoice"),
    ],
)
def test_every_untdid_1001_type_code(type_code, document_type):
    for xml in (small_cii(type_code=type_code), small_ubl(type_code=type_code)):
        result = xmlinvoice.parse_invoice_xml(xml)
        assert result.value("document_type") == document_type
        assert result.value("amount_total") == Decimal("121.00")
        self_billed = [w for w in result.warnings if w.code == "xml_self_billed"]
        if type_code in ("389", "261", "527"):
            assert self_billed == [msg("xml_self_billed", type_code=type_code)]
        else:
            assert self_billed == []


def test_self_billed_cii_389_reads_every_field():
    result = xmlinvoice.parse_invoice_xml(small_cii(type_code="389"), page_text="NL-2025-77")
    assert values(result, ("document_type", "vendor_name", "vendor_vat", "invoice_number")) == {
        "document_type": "invoice",
        "vendor_name": "Tulp Handel B.V.",
        "vendor_vat": "NL004495445B01",
        "invoice_number": "NL-2025-77",
    }
    assert result.value("due_date") == date(2025, 7, 10)  # the terms that carry a date
    assert result.warnings[0].code == "xml_self_billed"


def test_ubl_credit_note_381_and_self_billed_credit_note_261():
    result = xmlinvoice.parse_invoice_xml(small_ubl(root="CreditNote", type_code="381"))
    assert result.value("document_type") == "credit_note"
    assert result.value("vendor_vat") == "ESB58378431"
    result = xmlinvoice.parse_invoice_xml(small_ubl(root="CreditNote", type_code="261"))
    assert result.value("document_type") == "credit_note"
    assert [w.code for w in result.warnings] == ["xml_self_billed"]
    # A CreditNote without a type code is a credit note, an Invoice one an invoice.
    assert xmlinvoice.parse_invoice_xml(small_ubl(root="CreditNote", type_code="")).value(
        "document_type"
    ) == ("credit_note")


def test_vat_ids_of_any_country():
    # Dutch, declared without its prefix: the seller's country completes it.
    tax = '<ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">004495445B01</ram:ID></ram:SpecifiedTaxRegistration>'
    assert xmlinvoice.parse_invoice_xml(small_cii(seller_tax=tax)).value("vendor_vat") == (
        "NL004495445B01"
    )
    # Italian: only a fiscal code (FC) that is a valid VAT id, and no VA registration.
    tax = '<ram:SpecifiedTaxRegistration><ram:ID schemeID="FC">IT 00743110157</ram:ID></ram:SpecifiedTaxRegistration>'
    result = xmlinvoice.parse_invoice_xml(small_cii(country="IT", seller_tax=tax))
    assert result.value("vendor_vat") == "IT00743110157"
    # A German tax number (FC) is no VAT id: the VA one is taken, whatever the order.
    tax = (
        '<ram:SpecifiedTaxRegistration><ram:ID schemeID="FC">201/113/40209</ram:ID></ram:SpecifiedTaxRegistration>'
        '<ram:SpecifiedTaxRegistration><ram:ID schemeID="va">DE 136 695 976</ram:ID></ram:SpecifiedTaxRegistration>'
    )
    assert xmlinvoice.parse_invoice_xml(small_cii(country="DE", seller_tax=tax)).value(
        "vendor_vat"
    ) == ("DE136695976")
    tax = '<ram:SpecifiedTaxRegistration><ram:ID schemeID="FC">201/113/40209</ram:ID></ram:SpecifiedTaxRegistration>'
    assert (
        xmlinvoice.parse_invoice_xml(small_cii(country="DE", seller_tax=tax)).value("vendor_vat")
        is None
    )
    # Spanish and Italian UBL: PartyTaxScheme, else a party identifier in a VAT scheme.
    assert xmlinvoice.parse_invoice_xml(small_ubl()).value("vendor_vat") == "ESB58378431"
    result = xmlinvoice.parse_invoice_xml(
        small_ubl(
            country="IT",
            tax_scheme="",
            endpoint='<cbc:EndpointID schemeID="9906">IT00743110157</cbc:EndpointID>',
        )
    )
    assert result.value("vendor_vat") == "IT00743110157"
    # A declared number that fails its check is kept as written (the cross-checks flag it).
    bad = '<ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">NL004495445B02</ram:ID></ram:SpecifiedTaxRegistration>'
    assert xmlinvoice.parse_invoice_xml(small_cii(seller_tax=bad)).value("vendor_vat") == (
        "NL004495445B02"
    )


def test_registration_from_a_party_identifier():
    ids = '<ram:GlobalID schemeID="0088">4000001000005</ram:GlobalID><ram:GlobalID schemeID="0106">12345678</ram:GlobalID>'
    result = xmlinvoice.parse_invoice_xml(small_cii(seller_ids=ids))
    assert result.value("vendor_company_registry") == "12345678"
    ident = '<cac:PartyIdentification><cbc:ID schemeID="0002">303265045</cbc:ID></cac:PartyIdentification>'
    result = xmlinvoice.parse_invoice_xml(small_ubl(identification=ident))
    assert result.value("vendor_company_registry") == "303265045"


def test_reverse_charge_ae_zero_percent_without_a_rate():
    taxes = """<ram:ApplicableTradeTax><ram:CalculatedAmount>0.00</ram:CalculatedAmount>
      <ram:TypeCode>VAT</ram:TypeCode>
      <ram:ExemptionReason>Reverse charge</ram:ExemptionReason>
      <ram:BasisAmount>100.00</ram:BasisAmount><ram:CategoryCode>AE</ram:CategoryCode>
    </ram:ApplicableTradeTax>"""
    totals = """<ram:TaxBasisTotalAmount>100.00</ram:TaxBasisTotalAmount>
      <ram:TaxTotalAmount currencyID="EUR">0.00</ram:TaxTotalAmount>
      <ram:GrandTotalAmount>100.00</ram:GrandTotalAmount>
      <ram:DuePayableAmount>100.00</ram:DuePayableAmount>"""
    result = xmlinvoice.parse_invoice_xml(small_cii(taxes=taxes, totals=totals))
    assert [(t.rate, t.base, t.amount, t.category, t.exemption) for t in result.taxes] == [
        (Decimal(0), Decimal("100.00"), Decimal("0.00"), "AE", "Reverse charge")
    ]
    assert result.value("amount_tax") == Decimal("0.00")
    assert result.to_dict()["taxes"][0]["category"] == "AE"
    # UBL intra-community supply (K) with its reason code, 0 % given.
    result = xmlinvoice.parse_invoice_xml(
        small_ubl(
            category="<cbc:ID>K</cbc:ID><cbc:Percent>0</cbc:Percent>"
            "<cbc:TaxExemptionReasonCode>VATEX-EU-IC</cbc:TaxExemptionReasonCode>",
            tax="0.00",
            total="100.00",
            payable="100.00",
        )
    )
    assert [(t.rate, t.category, t.exemption) for t in result.taxes] == [
        (Decimal(0), "K", "VATEX-EU-IC")
    ]


def test_iban_from_every_payment_means_and_prepaid_total():
    means = (
        "<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>48</ram:TypeCode>"
        "</ram:SpecifiedTradeSettlementPaymentMeans>"
        "<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode>"
        "<ram:PayeePartyCreditorFinancialAccount><ram:IBANID>NL91 ABNA 0417 1643 00</ram:IBANID>"
        "</ram:PayeePartyCreditorFinancialAccount></ram:SpecifiedTradeSettlementPaymentMeans>"
    )
    totals = """<ram:TaxBasisTotalAmount>100.00</ram:TaxBasisTotalAmount>
      <ram:TaxTotalAmount currencyID="EUR">21.00</ram:TaxTotalAmount>
      <ram:TotalPrepaidAmount>21.00</ram:TotalPrepaidAmount>
      <ram:DuePayableAmount>100.00</ram:DuePayableAmount>"""
    result = xmlinvoice.parse_invoice_xml(small_cii(means=means, totals=totals))
    assert result.value("vendor_iban") == "NL91ABNA0417164300"
    assert result.value("amount_total") == Decimal("121.00")  # due + prepaid
    assert any(w.code == "amount_due_differs" for w in result.warnings)
    ubl_means = (
        "<cac:PaymentMeans><cbc:PaymentMeansCode>30</cbc:PaymentMeansCode>"
        "<cac:PayeeFinancialAccount><cbc:ID>0417164300</cbc:ID></cac:PayeeFinancialAccount>"
        "</cac:PaymentMeans>"
        "<cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>"
        "<cbc:PaymentID>ES-2025-5</cbc:PaymentID>"
        "<cac:PayeeFinancialAccount><cbc:ID>ES91 2100 0418 4502 0005 1332</cbc:ID></cac:PayeeFinancialAccount>"
        "</cac:PaymentMeans>"
    )
    result = xmlinvoice.parse_invoice_xml(
        small_ubl(
            means=ubl_means,
            prepaid='<cbc:PrepaidAmount currencyID="EUR">21.00</cbc:PrepaidAmount>',
            payable="100.00",
        )
    )
    assert result.value("vendor_iban") == "ES9121000418450200051332"
    assert result.field_confidence("vendor_iban") == 0.98
    assert result.value("payment_reference") == "ES-2025-5"
    assert result.value("amount_total") == Decimal("121.00")


def test_xml_under_an_unusual_attachment_name_is_read():
    data = pdf_with({"rechnung_2025-06.dat": small_cii(), "logo.png": b"\x89PNG\r\n"})
    with document.load(data) as doc:
        result = xmlinvoice.extract_embedded_xml(doc)
    assert result.value("vendor_vat") == "NL004495445B01"
    assert result.warnings[0] == msg("xml_read", name="rechnung_2025-06.dat")


def _pdf_with_associated_file(name: str, data: bytes) -> bytes:
    """A PDF/A-3 style attachment listed only in the catalog's /AF, not in /EmbeddedFiles."""
    from PyPDF2 import PdfReader, PdfWriter  # noqa: PLC0415
    from PyPDF2.generic import (  # noqa: PLC0415
        ArrayObject,
        DecodedStreamObject,
        DictionaryObject,
        NameObject,
        TextStringObject,
    )

    writer = PdfWriter()
    writer.add_page(PdfReader(io.BytesIO(pdf_with({}))).pages[0])
    stream = DecodedStreamObject()
    stream.set_data(data)
    stream[NameObject("/Type")] = NameObject("/EmbeddedFile")
    spec = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Filespec"),
            NameObject("/F"): TextStringObject(name),
            NameObject("/UF"): TextStringObject(name),
            NameObject("/EF"): DictionaryObject({NameObject("/F"): writer._add_object(stream)}),
        }
    )
    writer._root_object[NameObject("/AF")] = ArrayObject([writer._add_object(spec)])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_xml_listed_only_as_associated_file_is_read():
    data = _pdf_with_associated_file("invoice data", small_ubl())
    with document.load(data) as doc:
        assert doc.embedded_files() == []  # not in the name tree
        result = xmlinvoice.extract_embedded_xml(doc)
    assert result.value("invoice_number") == "ES-2025-5"
    assert result.warnings[0] == msg("xml_read", name="invoice data")


def _stage(source, kind="", **values):
    from fincycle.extraction.model import Extraction  # noqa: PLC0415

    stage = Extraction(kind=kind)
    for name, value in values.items():
        stage.set(name, value, 0.98 if source == "xml" else 0.95, source)
    return stage


def test_xml_page_check_compares_number_total_and_vat():
    from fincycle.extraction import crosscheck, pipeline  # noqa: PLC0415

    xml = _stage(
        "xml",
        kind="xml",
        invoice_number="F-2025-031",
        amount_total=Decimal("121.00"),
        vendor_vat="NL004495445B01",
        customer_vat="CHE116281710",
    )
    xml.warnings.append(
        msg("amount_due_differs", due_amount=Decimal("100.00"), total_amount=Decimal("121.00"))
    )
    # Agreeing: the same number with other separators, the amount due, the customer's VAT.
    page = _stage(
        "text",
        invoice_number="F 2025 031",
        amount_total=Decimal("100.00"),
        vendor_vat="CHE-116.281.710 MWST",
    )
    assert [(c.name, c.ok) for c in crosscheck.xml_page_checks([xml, page])] == [("xml_page", True)]
    # Disagreeing: flagged per field, the XML values are kept by the merge.
    page = _stage(
        "text",
        invoice_number="F-2025-099",
        amount_total=Decimal("131.00"),
        vendor_vat="ESB58378431",
    )
    checks = crosscheck.xml_page_checks([xml, page])
    assert [(c.name, c.ok, c.reason.params["field"]) for c in checks] == [
        ("xml_page", False, "invoice_number"),
        ("xml_page", False, "amount_total"),
        ("xml_page", False, "vendor_vat"),
    ]
    assert checks[1].reason == msg(
        "xml_page_differs",
        field="amount_total",
        value=Decimal("121.00"),
        other_value=Decimal("131.00"),
    )
    merged = pipeline.merge([xml, page])
    assert merged.value("invoice_number") == "F-2025-031"
    assert merged.value("amount_total") == Decimal("121.00")
    assert merged.field_confidence("amount_total") <= 0.85
    # A page reading surer than the XML still does not replace it.
    page.fields["amount_total"] = page.fields["amount_total"].__class__(
        Decimal("131.00"), 0.995, "text"
    )
    assert pipeline.merge([xml, page]).value("amount_total") == Decimal("121.00")
    # No page reading, or no XML: nothing to compare.
    assert crosscheck.xml_page_checks([xml]) == []
    assert crosscheck.xml_page_checks([page]) == []


def test_a_page_that_disagrees_with_its_xml_is_flagged_not_trusted():
    from fincycle.extraction import pipeline  # noqa: PLC0415
    from fincycle.testing.invoices import invoice_pdf  # noqa: PLC0415

    page, _printed = invoice_pdf(number="RE-2026-0815", invoice_date=date(2025, 6, 10))
    doc = pdfium.PdfDocument(page)
    doc.new_attachment("factur-x.xml").set_data(small_cii(number="NL-2025-77"))
    out = io.BytesIO()
    doc.save(out)
    doc.close()
    options = pipeline.CaptureOptions(today=date(2025, 6, 20))
    result = pipeline.extract(out.getvalue(), "bill.pdf", options)
    assert result.value("invoice_number") == "NL-2025-77"
    assert result.value("amount_total") == Decimal("121.00")
    failed = {c.reason.params["field"] for c in result.checks if c.name == "xml_page" and not c.ok}
    assert {"invoice_number", "amount_total"} <= failed
    assert result.confidence <= 0.6


def test_the_xml_vat_breakdown_is_kept_over_the_page():
    from fincycle.extraction import pipeline  # noqa: PLC0415
    from fincycle.extraction.model import TaxLine  # noqa: PLC0415

    xml = _stage("xml", kind="xml", amount_total=Decimal("220.00"))
    xml.taxes = [TaxLine(Decimal(0), Decimal("220.00"), Decimal("0.00"), "E", "§4 Nr. 10a UStG")]
    xml.taxes_confidence = 0.98
    page = _stage("text", amount_total=Decimal("220.00"))
    page.taxes = [TaxLine(Decimal(19), Decimal("197.65"), Decimal("22.35"))]
    page.taxes_confidence = 0.99
    merged = pipeline.merge([xml, page])
    assert [(t.rate, t.category) for t in merged.taxes] == [(Decimal(0), "E")]


def test_ubl_due_date_from_payment_terms():
    terms = (
        "<cac:PaymentTerms><cbc:Note>30 days</cbc:Note>"
        "<cbc:PaymentDueDate>2025-07-10</cbc:PaymentDueDate></cac:PaymentTerms>"
    )
    xml = small_ubl(means=terms)  # PaymentTerms follows PaymentMeans in UBL; order is free here
    assert xmlinvoice.parse_invoice_xml(xml).value("due_date") == date(2025, 7, 10)


def test_an_xml_value_printed_on_the_page_is_no_disagreement():
    from fincycle.extraction import crosscheck  # noqa: PLC0415

    xml = _stage(
        "xml",
        kind="xml",
        invoice_number="F-2025-031",
        amount_total=Decimal("1256.70"),
        vendor_vat="IT00743110157",
    )
    # The page reading picked other figures, but the XML's are printed too.
    page = _stage(
        "text",
        invoice_number="2025",
        amount_total=Decimal("15.00"),
        vendor_vat="ESB58378431",
    )
    text = "Fattura F-2025-031\nP. IVA 00743110157\nTotale EUR 1.256,70\nSpedizione 15,00"
    checks = crosscheck.xml_page_checks([xml, page], page_text=text)
    assert [(c.name, c.ok) for c in checks] == [("xml_page", True)]
    checks = crosscheck.xml_page_checks([xml, page], page_text="Fattura 2025\nTotale 15,00")
    assert [c.reason.params["field"] for c in checks] == ["amount_total", "vendor_vat"]


@pytest.mark.parametrize("type_code", ["381", "384", "389", "380", "396", "261"])
def test_a_ubl_credit_note_credits_whatever_its_code(type_code):
    # A CreditNote document (credited quantities) is a credit note, even one that carries a
    # correction's (384) or a self-billing's (389) code.
    result = xmlinvoice.parse_invoice_xml(small_ubl(root="CreditNote", type_code=type_code))
    assert result.value("document_type") == "credit_note"
    assert result.value("amount_total") == Decimal("121.00")
    self_billed = [w.code for w in result.warnings if w.code == "xml_self_billed"]
    assert self_billed == (["xml_self_billed"] if type_code in ("389", "261") else [])


@pytest.mark.parametrize(
    ("type_code", "document_type"),
    [("380", "invoice"), ("381", "credit_note"), ("384", "invoice"), ("389", "invoice")],
)
def test_zugferd_1_type_codes(type_code, document_type):
    xml = ZUGFERD1.replace(
        "<ram:TypeCode>380</ram:TypeCode>", f"<ram:TypeCode>{type_code}</ram:TypeCode>", 1
    )
    assert f"<ram:TypeCode>{type_code}</ram:TypeCode>" in xml
    result = xmlinvoice.parse_invoice_xml(xml.encode())
    assert result.value("document_type") == document_type
    assert result.value("amount_total") == Decimal("119.00")


def test_a_corrective_384_with_a_negative_total_is_booked_as_a_credit_note():
    totals = STANDARD_TOTALS.replace(">1", ">-1").replace(">2", ">-2")
    taxes = STANDARD_TAX.replace(">1", ">-1").replace(">2", ">-2")
    result = xmlinvoice.parse_invoice_xml(small_cii(type_code="384", totals=totals, taxes=taxes))
    assert result.value("document_type") == "credit_note"
    assert result.value("amount_total") == Decimal("121.00")
    assert [(t.base, t.amount) for t in result.taxes] == [(Decimal("100.00"), Decimal("21.00"))]
    assert "type 384" in result.fields["document_type"].note


# --- the page completes what the XML leaves empty, when it is the XML's invoice ---------------

MINIMUM_TOTALS = """<ram:TaxBasisTotalAmount>100.00</ram:TaxBasisTotalAmount>
  <ram:TaxTotalAmount currencyID="EUR">21.00</ram:TaxTotalAmount>
  <ram:GrandTotalAmount>121.00</ram:GrandTotalAmount>
  <ram:DuePayableAmount>121.00</ram:DuePayableAmount>"""


def _page_stage(taxes=(), **values):
    from fincycle.extraction.model import TaxLine  # noqa: PLC0415

    stage = _stage("text", **values)
    stage.taxes = [TaxLine(Decimal(r), Decimal(b), Decimal(a)) for r, b, a in taxes]
    stage.taxes_confidence = 0.9 if taxes else 0.0
    return stage


def test_page_vat_rows_fill_a_minimum_xml_only_when_they_add_up_to_its_totals():
    from fincycle.extraction import pipeline  # noqa: PLC0415

    xml = xmlinvoice.parse_invoice_xml(small_cii(taxes="", totals=MINIMUM_TOTALS))
    assert xml.taxes == []  # a MINIMUM profile gives totals, no VAT breakdown
    fits = _page_stage(taxes=[("21", "100.00", "21.00")], amount_total=Decimal("121.00"))
    assert [(t.rate, t.amount) for t in pipeline.merge([xml, fits]).taxes] == [
        (Decimal(21), Decimal("21.00"))
    ]
    split = _page_stage(
        taxes=[("21", "60.00", "12.60"), ("9", "40.00", "3.60")], amount_total=Decimal("121.00")
    )
    assert pipeline.merge([xml, split]).taxes == []  # 16.20 of VAT is not the XML's 21.00
    other = _page_stage(taxes=[("19", "1420.00", "269.80")], amount_total=Decimal("1689.80"))
    assert pipeline.merge([xml, other]).taxes == []
    # Rows without amounts are added up from their base and rate; without a base they cannot be.
    no_amount = _page_stage(taxes=[("21", "100.00", "21.00")])
    no_amount.taxes[0].amount = None
    assert len(pipeline.merge([xml, no_amount]).taxes) == 1
    no_amount.taxes[0].base = None
    assert pipeline.merge([xml, no_amount]).taxes == []
    # Without an XML, the page's rows are what there is.
    assert len(pipeline.merge([other]).taxes) == 1


def _xml_pdf(page_pdf: bytes, xml: bytes) -> bytes:
    doc = pdfium.PdfDocument(page_pdf)
    doc.new_attachment("factur-x.xml").set_data(xml)
    out = io.BytesIO()
    doc.save(out)
    doc.close()
    return out.getvalue()


def test_the_page_fills_the_xml_gaps_of_its_own_invoice_not_of_another():
    from fincycle.extraction import pipeline  # noqa: PLC0415
    from fincycle.testing.invoices import CH_IBAN, invoice_pdf  # noqa: PLC0415

    options = pipeline.CaptureOptions(today=date(2025, 6, 20))
    page, printed = invoice_pdf(number="NL-2025-77", invoice_date=date(2025, 6, 10))
    # The XML leaves the IBAN and the VAT breakdown empty (a MINIMUM profile) and is the
    # invoice the page shows: the page's IBAN completes it.
    total, tax = printed["total"], printed["tax"]
    totals = (
        f"<ram:TaxBasisTotalAmount>{total - tax:.2f}</ram:TaxBasisTotalAmount>"
        f'<ram:TaxTotalAmount currencyID="EUR">{tax:.2f}</ram:TaxTotalAmount>'
        f"<ram:GrandTotalAmount>{total:.2f}</ram:GrandTotalAmount>"
    )
    same = small_cii(number="NL-2025-77", taxes="", totals=totals)
    result = pipeline.extract(_xml_pdf(page, same), "bill.pdf", options)
    assert result.value("amount_total") == total
    assert result.value("vendor_iban") == CH_IBAN
    assert result.fields["vendor_iban"].source == "text"
    assert [(t.rate, t.amount) for t in result.taxes] == [(Decimal("8.1"), tax)]
    # Another invoice's XML (its total printed nowhere on the page): the XML's values stay,
    # flagged, and nothing of the other document fills what the XML leaves empty.
    other = small_cii(number="NL-2025-78", taxes="", totals=MINIMUM_TOTALS)
    result = pipeline.extract(_xml_pdf(page, other), "bill.pdf", options)
    assert result.value("amount_total") == Decimal("121.00")
    assert result.value("vendor_iban") is None
    assert result.taxes == []
    assert {f.source for f in result.fields.values()} <= {"xml", "derived"}
    failed = {c.reason.params["field"] for c in result.checks if c.name == "xml_page" and not c.ok}
    assert "amount_total" in failed


def test_a_proprietary_account_id_is_kept_unsure_and_said_to_be_no_iban():
    means = (
        "<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>30</ram:TypeCode>"
        "<ram:PayeePartyCreditorFinancialAccount><ram:ProprietaryID>LOCBANKACCOUNT</ram:ProprietaryID>"
        "</ram:PayeePartyCreditorFinancialAccount></ram:SpecifiedTradeSettlementPaymentMeans>"
    )
    field = xmlinvoice.parse_invoice_xml(small_cii(means=means)).fields["vendor_iban"]
    assert field.value == "LOCBANKACCOUNT"
    assert field.confidence < 0.9  # never posted on it
    assert field.note == "an account number, not an IBAN"
    means = means.replace("LOCBANKACCOUNT", "DE00 1234 5678 9012 3456 78")
    field = xmlinvoice.parse_invoice_xml(small_cii(means=means)).fields["vendor_iban"]
    assert (field.value, field.note) == (
        "DE00123456789012345678",
        "the IBAN check digits are wrong",
    )
