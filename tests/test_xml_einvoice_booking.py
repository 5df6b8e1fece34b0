"""E-invoice XML read as the bill is booked (issue 13): a negative total is the opposite
document type, document-level allowances and charges are lines, EXTENDED sub-lines are not
counted twice, and the totals the standard derives (VAT base, currency) are derived. Every XML
here is a synthetic snippet written for the test."""

from datetime import date
from decimal import Decimal

from fincycle.extraction import crosscheck, xmlinvoice

D = Decimal

CII = """<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice
    xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
    xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
    xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
  <rsm:ExchangedDocument>
    <ram:ID>RK-2025-9</ram:ID><ram:TypeCode>{type_code}</ram:TypeCode>
    <ram:IssueDateTime><udt:DateTimeString format="102">20250916</udt:DateTimeString></ram:IssueDateTime>
  </rsm:ExchangedDocument>
  <rsm:SupplyChainTradeTransaction>
    {items}
    <ram:ApplicableHeaderTradeAgreement>
      <ram:SellerTradeParty><ram:Name>Musterlieferant GmbH</ram:Name>
        <ram:PostalTradeAddress><ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress>
      </ram:SellerTradeParty>
      <ram:BuyerTradeParty><ram:Name>Seeblick Consulting GmbH</ram:Name></ram:BuyerTradeParty>
    </ram:ApplicableHeaderTradeAgreement>
    <ram:ApplicableHeaderTradeSettlement>
      {currency}
      {taxes}
      {allowances}
      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
        {totals}
      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    </ram:ApplicableHeaderTradeSettlement>
  </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
"""


def item(name, amount, rate="19", quantity="1", line_id="", parent="", status=""):
    document = ""
    if line_id or parent or status:
        document = (
            "<ram:AssociatedDocumentLineDocument>"
            + (f"<ram:LineID>{line_id}</ram:LineID>" if line_id else "")
            + (f"<ram:ParentLineID>{parent}</ram:ParentLineID>" if parent else "")
            + (f"<ram:LineStatusReasonCode>{status}</ram:LineStatusReasonCode>" if status else "")
            + "</ram:AssociatedDocumentLineDocument>"
        )
    return f"""<ram:IncludedSupplyChainTradeLineItem>{document}
      <ram:SpecifiedTradeProduct><ram:Name>{name}</ram:Name></ram:SpecifiedTradeProduct>
      <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="C62">{quantity}</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
      <ram:SpecifiedLineTradeSettlement>
        <ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode>
          <ram:RateApplicablePercent>{rate}</ram:RateApplicablePercent></ram:ApplicableTradeTax>
        <ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>{amount}</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>
      </ram:SpecifiedLineTradeSettlement>
    </ram:IncludedSupplyChainTradeLineItem>"""


def allowance(amount, charge=False, reason="", rate="19"):
    indicator = "true" if charge else "false"
    return f"""<ram:SpecifiedTradeAllowanceCharge>
      <ram:ChargeIndicator><udt:Indicator>{indicator}</udt:Indicator></ram:ChargeIndicator>
      <ram:ActualAmount>{amount}</ram:ActualAmount><ram:Reason>{reason}</ram:Reason>
      <ram:CategoryTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode>
        <ram:RateApplicablePercent>{rate}</ram:RateApplicablePercent></ram:CategoryTradeTax>
    </ram:SpecifiedTradeAllowanceCharge>"""


def tax(base, amount, rate="19"):
    return f"""<ram:ApplicableTradeTax><ram:CalculatedAmount>{amount}</ram:CalculatedAmount>
      <ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>{base}</ram:BasisAmount>
      <ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>{rate}</ram:RateApplicablePercent>
    </ram:ApplicableTradeTax>"""


def totals(line, basis, vat, grand, allowances="0.00", charges="0.00", due=None):
    return f"""<ram:LineTotalAmount>{line}</ram:LineTotalAmount>
      <ram:ChargeTotalAmount>{charges}</ram:ChargeTotalAmount>
      <ram:AllowanceTotalAmount>{allowances}</ram:AllowanceTotalAmount>
      <ram:TaxBasisTotalAmount>{basis}</ram:TaxBasisTotalAmount>
      <ram:TaxTotalAmount currencyID="EUR">{vat}</ram:TaxTotalAmount>
      <ram:GrandTotalAmount>{grand}</ram:GrandTotalAmount>
      <ram:DuePayableAmount>{grand if due is None else due}</ram:DuePayableAmount>"""


def cii(
    type_code="380",
    items="",
    taxes="",
    allowances="",
    sums="",
    currency="<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>",
):
    return CII.format(
        type_code=type_code,
        items=items,
        taxes=taxes,
        allowances=allowances,
        totals=sums,
        currency=currency,
    ).encode()


def checks(result):
    return {c.name: c.ok for c in crosscheck.run_checks(result, today=date(2025, 10, 1))}


def amounts(result):
    return tuple(result.value(n) for n in ("amount_untaxed", "amount_tax", "amount_total"))


# --- a negative total ----------------------------------------------------------------------------

CORRECTION = cii(
    type_code="384",
    items=item("Zitronensäure 100ml", "-5.00", quantity="-5")
    + item("Gelierzucker 250g", "-2.90", rate="7", quantity="-2"),
    taxes=tax("-4.85", "-0.92") + tax("-2.82", "-0.20", rate="7"),
    # An allowance on a negative invoice, written with the invoice's sign.
    allowances=allowance("-0.15", reason="Rabatt") + allowance("-0.08", reason="Rabatt", rate="7"),
    sums=totals("-7.90", "-7.67", "-1.12", "-8.79", allowances="-0.23"),
)


def test_a_384_correction_with_a_negative_total_is_a_credit_note_of_the_opposite_amounts():
    result = xmlinvoice.parse_invoice_xml(CORRECTION)
    assert result.value("document_type") == "credit_note"
    assert "384" in result.fields["document_type"].note
    assert amounts(result) == (D("7.67"), D("1.12"), D("8.79"))
    assert [(t.rate, t.base, t.amount) for t in result.taxes] == [
        (D(19), D("4.85"), D("0.92")),
        (D(7), D("2.82"), D("0.20")),
    ]
    # The lines change sign with the quantities; prices stay; the allowances are lines too.
    assert [(ln.quantity, ln.price_unit, ln.subtotal) for ln in result.lines[:2]] == [
        (D(5), None, D("5.00")),
        (D(2), None, D("2.90")),
    ]
    assert sum(ln.subtotal for ln in result.lines) == D("7.67")
    found = checks(result)
    assert (found["lines"], found["totals"], found["tax_breakdown"]) == (True, True, True)


def test_a_credit_note_with_a_negative_total_is_an_invoice():
    xml = cii(
        type_code="381",
        items=item("Rücknahme Gutschrift", "-100.00"),
        taxes=tax("-100.00", "-19.00"),
        sums=totals("-100.00", "-100.00", "-19.00", "-119.00"),
    )
    result = xmlinvoice.parse_invoice_xml(xml)
    assert result.value("document_type") == "invoice"
    assert amounts(result) == (D("100.00"), D("19.00"), D("119.00"))


def test_a_positive_correction_and_a_positive_credit_note_keep_their_type():
    for code, kind in (("384", "invoice"), ("381", "credit_note")):
        xml = cii(
            type_code=code,
            items=item("Ware", "100.00"),
            taxes=tax("100.00", "19.00"),
            sums=totals("100.00", "100.00", "19.00", "119.00"),
        )
        result = xmlinvoice.parse_invoice_xml(xml)
        assert result.value("document_type") == kind
        assert amounts(result) == (D("100.00"), D("19.00"), D("119.00"))
        assert result.fields["document_type"].note == ""


def test_the_amount_due_warning_follows_the_sign():
    xml = cii(
        items=item("Storno", "-100.00"),
        taxes=tax("-100.00", "-19.00"),
        sums=totals("-100.00", "-100.00", "-19.00", "-119.00", due="-19.00"),
    )
    result = xmlinvoice.parse_invoice_xml(xml)
    [warning] = [w for w in result.warnings if w.code == "amount_due_differs"]
    assert warning.params == {"due_amount": "19.00", "total_amount": "119.00"}


UBL_NEGATIVE = b"""<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
    xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
    xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:ID>INV-7</cbc:ID><cbc:IssueDate>2025-06-10</cbc:IssueDate>
  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cac:AccountingSupplierParty><cac:Party><cac:PartyName><cbc:Name>Naranja S.L.</cbc:Name></cac:PartyName></cac:Party></cac:AccountingSupplierParty>
  <cac:AllowanceCharge><cbc:ChargeIndicator>true</cbc:ChargeIndicator>
    <cbc:AllowanceChargeReason>Freight</cbc:AllowanceChargeReason><cbc:Amount currencyID="EUR">10.00</cbc:Amount>
    <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>21</cbc:Percent></cac:TaxCategory></cac:AllowanceCharge>
  <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">-18.90</cbc:TaxAmount>
    <cac:TaxSubtotal><cbc:TaxableAmount currencyID="EUR">-90.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">-18.90</cbc:TaxAmount>
      <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>21</cbc:Percent></cac:TaxCategory></cac:TaxSubtotal></cac:TaxTotal>
  <cac:LegalMonetaryTotal>
    <cbc:LineExtensionAmount currencyID="EUR">-100.00</cbc:LineExtensionAmount>
    <cbc:TaxExclusiveAmount currencyID="EUR">-90.00</cbc:TaxExclusiveAmount>
    <cbc:TaxInclusiveAmount currencyID="EUR">-108.90</cbc:TaxInclusiveAmount>
    <cbc:ChargeTotalAmount currencyID="EUR">10.00</cbc:ChargeTotalAmount>
    <cbc:PayableAmount currencyID="EUR">-108.90</cbc:PayableAmount>
  </cac:LegalMonetaryTotal>
  <cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:InvoicedQuantity unitCode="C62">-4</cbc:InvoicedQuantity>
    <cbc:LineExtensionAmount currencyID="EUR">-100.00</cbc:LineExtensionAmount>
    <cac:Item><cbc:Name>Naranjas</cbc:Name><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>21</cbc:Percent></cac:ClassifiedTaxCategory></cac:Item>
    <cac:Price><cbc:PriceAmount currencyID="EUR">25.00</cbc:PriceAmount></cac:Price></cac:InvoiceLine>
</Invoice>
"""


def test_ubl_invoice_with_a_negative_total_and_a_charge_is_a_credit_note_with_a_charge_line():
    result = xmlinvoice.parse_invoice_xml(UBL_NEGATIVE)
    assert result.value("document_type") == "credit_note"
    assert amounts(result) == (D("90.00"), D("18.90"), D("108.90"))
    assert [(ln.description, ln.quantity, ln.price_unit, ln.subtotal) for ln in result.lines] == [
        ("Naranjas", D(4), D("25.00"), D("100.00")),
        ("Freight", D(-1), D("10.00"), D("-10.00")),
    ]
    assert checks(result)["lines"] is True


# --- allowances, charges and sub-lines ------------------------------------------------------------


def test_document_allowances_and_charges_are_lines_that_reach_the_vat_base():
    xml = cii(
        items=item("Beratung", "150.00") + item("Material", "30.76", rate="7"),
        allowances=allowance("9.07", reason="Sonderrabatt") + allowance("5.80", True, "Fracht"),
        taxes=tax("146.73", "27.88") + tax("30.76", "2.15", rate="7"),
        sums=totals("180.76", "177.49", "30.03", "207.52", allowances="9.07", charges="5.80"),
    )
    result = xmlinvoice.parse_invoice_xml(xml)
    assert [(ln.description, ln.subtotal, ln.tax_rate) for ln in result.lines[2:]] == [
        ("Sonderrabatt", D("-9.07"), D(19)),
        ("Fracht", D("5.80"), D(19)),
    ]
    assert sum(ln.subtotal for ln in result.lines) == result.value("amount_untaxed")
    assert checks(result)["lines"] is True


def test_an_allowance_written_with_its_minus_sign_still_reduces():
    # Some ZUGFeRD 1 writers give an allowance as -21.55 while the allowance total is 21.55.
    xml = cii(
        items=item("Arbeit", "1062.60"),
        allowances=allowance("-21.55", reason="Skonto sofort") + allowance("15.00", True, "Porto"),
        taxes=tax("1056.05", "200.65"),
        sums=totals("1062.60", "1056.05", "200.65", "1256.70", allowances="21.55", charges="15.00"),
    )
    result = xmlinvoice.parse_invoice_xml(xml)
    assert [ln.subtotal for ln in result.lines] == [D("1062.60"), D("-21.55"), D("15.00")]
    assert checks(result)["lines"] is True


def test_allowances_alone_are_no_lines():
    # A profile without item lines (MINIMUM, BASIC WL): the page's lines stay usable.
    xml = cii(
        allowances=allowance("10.00", reason="Rabatt"),
        taxes=tax("90.00", "17.10"),
        sums=totals("100.00", "90.00", "17.10", "107.10", allowances="10.00"),
    )
    assert xmlinvoice.parse_invoice_xml(xml).lines == []


def test_extended_sub_lines_and_information_lines_are_not_counted_twice():
    items = (
        item("Leistung A", "700.00", line_id="01.01", parent="01", status="DETAIL")
        + item("Leistung B", "1500.00", line_id="01.02", parent="01", status="DETAIL")
        + item("Baustelle", "2200.00", line_id="01", status="GROUP")
        + item("Hinweis", "99.00", line_id="02", status="INFORMATION")
        + item("Pauschale", "100.00", line_id="03")
    )
    xml = cii(
        items=items,
        taxes=tax("2300.00", "437.00"),
        sums=totals("2300.00", "2300.00", "437.00", "2737.00"),
    )
    result = xmlinvoice.parse_invoice_xml(xml)
    assert [(ln.description, ln.subtotal) for ln in result.lines] == [
        ("Baustelle", D("2200.00")),
        ("Pauschale", D("100.00")),
    ]
    assert checks(result)["lines"] is True


ZUGFERD1_CHARGE = """<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryDocument xmlns:rsm="urn:ferd:CrossIndustryDocument:invoice:1p0"
    xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:12"
    xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:15">
  <rsm:HeaderExchangedDocument><ram:ID>471102</ram:ID><ram:TypeCode>380</ram:TypeCode>
    <ram:IssueDateTime><udt:DateTimeString format="102">20250305</udt:DateTimeString></ram:IssueDateTime>
  </rsm:HeaderExchangedDocument>
  <rsm:SpecifiedSupplyChainTradeTransaction>
    <ram:ApplicableSupplyChainTradeAgreement>
      <ram:SellerTradeParty><ram:Name>Lieferant GmbH</ram:Name></ram:SellerTradeParty>
    </ram:ApplicableSupplyChainTradeAgreement>
    <ram:ApplicableSupplyChainTradeSettlement>
      <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
      <ram:ApplicableTradeTax><ram:CalculatedAmount currencyID="EUR">19.95</ram:CalculatedAmount>
        <ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount currencyID="EUR">105.00</ram:BasisAmount>
        <ram:CategoryCode>S</ram:CategoryCode><ram:ApplicablePercent>19.00</ram:ApplicablePercent></ram:ApplicableTradeTax>
      <ram:SpecifiedLogisticsServiceCharge><ram:Description>Versandkosten</ram:Description>
        <ram:AppliedAmount currencyID="EUR">5.00</ram:AppliedAmount>
        <ram:AppliedTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode>
          <ram:ApplicablePercent>19.00</ram:ApplicablePercent></ram:AppliedTradeTax>
      </ram:SpecifiedLogisticsServiceCharge>
      <ram:SpecifiedTradeSettlementMonetarySummation>
        <ram:LineTotalAmount currencyID="EUR">100.00</ram:LineTotalAmount>
        <ram:ChargeTotalAmount currencyID="EUR">5.00</ram:ChargeTotalAmount>
        <ram:TaxBasisTotalAmount currencyID="EUR">105.00</ram:TaxBasisTotalAmount>
        <ram:TaxTotalAmount currencyID="EUR">19.95</ram:TaxTotalAmount>
        <ram:GrandTotalAmount currencyID="EUR">124.95</ram:GrandTotalAmount>
      </ram:SpecifiedTradeSettlementMonetarySummation>
    </ram:ApplicableSupplyChainTradeSettlement>
    <ram:IncludedSupplyChainTradeLineItem>
      <ram:SpecifiedSupplyChainTradeAgreement><ram:NetPriceProductTradePrice>
        <ram:ChargeAmount currencyID="EUR">100.00</ram:ChargeAmount></ram:NetPriceProductTradePrice>
      </ram:SpecifiedSupplyChainTradeAgreement>
      <ram:SpecifiedSupplyChainTradeDelivery><ram:BilledQuantity unitCode="C62">1</ram:BilledQuantity></ram:SpecifiedSupplyChainTradeDelivery>
      <ram:SpecifiedSupplyChainTradeSettlement>
        <ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode>
          <ram:ApplicablePercent>19.00</ram:ApplicablePercent></ram:ApplicableTradeTax>
        <ram:SpecifiedTradeSettlementMonetarySummation><ram:LineTotalAmount currencyID="EUR">100.00</ram:LineTotalAmount></ram:SpecifiedTradeSettlementMonetarySummation>
      </ram:SpecifiedSupplyChainTradeSettlement>
      <ram:SpecifiedTradeProduct><ram:Name>Ware</ram:Name></ram:SpecifiedTradeProduct>
    </ram:IncludedSupplyChainTradeLineItem>
  </rsm:SpecifiedSupplyChainTradeTransaction>
</rsm:CrossIndustryDocument>
"""


def test_zugferd_1_logistics_charge_is_a_line():
    result = xmlinvoice.parse_invoice_xml(ZUGFERD1_CHARGE.encode())
    assert [(ln.description, ln.subtotal, ln.tax_rate) for ln in result.lines] == [
        ("Ware", D("100.00"), D(19)),
        ("Versandkosten", D("5.00"), D(19)),
    ]
    assert checks(result)["lines"] is True


# --- what the standard derives -----------------------------------------------------------------


def test_vat_base_from_grand_total_less_vat_and_currency_from_the_totals():
    xml = cii(
        currency="",
        items=item("Saddle", "100"),
        sums='<ram:LineTotalAmount currencyID="EUR">100</ram:LineTotalAmount>'
        '<ram:TaxTotalAmount currencyID="EUR">19</ram:TaxTotalAmount>'
        '<ram:GrandTotalAmount currencyID="EUR">119</ram:GrandTotalAmount>',
    )
    result = xmlinvoice.parse_invoice_xml(xml)
    assert amounts(result) == (D("100.00"), D("19.00"), D("119.00"))
    assert result.value("currency") == "EUR"
    assert checks(result)["totals"] is True


def test_the_due_date_is_the_net_one_after_a_cash_discount_date():
    terms = """<ram:SpecifiedTradePaymentTerms><ram:Description>2 % Skonto bis 20.06.2025</ram:Description>
      <ram:DueDateDateTime><udt:DateTimeString format="102">20250620</udt:DateTimeString></ram:DueDateDateTime>
      <ram:ApplicableTradePaymentDiscountTerms><ram:CalculationPercent>2</ram:CalculationPercent></ram:ApplicableTradePaymentDiscountTerms>
    </ram:SpecifiedTradePaymentTerms>
    <ram:SpecifiedTradePaymentTerms><ram:Description>ohne Abzug bis 27.06.2025</ram:Description>
      <ram:DueDateDateTime><udt:DateTimeString format="102">20250627</udt:DateTimeString></ram:DueDateDateTime>
    </ram:SpecifiedTradePaymentTerms>"""
    xml = cii(
        items=item("Ware", "100.00"),
        taxes=tax("100.00", "19.00") + terms,
        sums=totals("100.00", "100.00", "19.00", "119.00"),
    )
    assert xmlinvoice.parse_invoice_xml(xml).value("due_date") == date(2025, 6, 27)


def test_a_sub_line_whose_parent_is_missing_is_kept():
    xml = cii(
        items=item("Teil", "60.00", line_id="01.01", parent="01", status="DETAIL")
        + item("Rest", "40.00", line_id="02"),
        taxes=tax("100.00", "19.00"),
        sums=totals("100.00", "100.00", "19.00", "119.00"),
    )
    result = xmlinvoice.parse_invoice_xml(xml)
    assert [ln.subtotal for ln in result.lines] == [D("60.00"), D("40.00")]
    assert checks(result)["lines"] is True


def test_a_prepaid_or_already_paid_e_invoice_is_held_for_review():
    # Booked at its total, a bill whose amount due is less would be paid in full again.
    prepaid = cii(
        items=item("Ware", "100.00"),
        taxes=tax("100.00", "19.00"),
        sums=totals("100.00", "100.00", "19.00", "119.00", due="0.00"),
    )
    result = xmlinvoice.parse_invoice_xml(prepaid)
    failed = [c for c in crosscheck.run_checks(result, today=date(2025, 10, 1)) if not c.ok]
    assert [(c.name, c.reason.code) for c in failed] == [("amount_due", "amount_due_differs")]
    assert failed[0].reason.params == {"due_amount": "0.00", "total_amount": "119.00"}
    result.checks = failed
    assert crosscheck.overall_confidence(result) <= crosscheck.FAILED_CHECK_CAP
    # Due in full: nothing to settle, nothing held.
    paid_later = cii(
        items=item("Ware", "100.00"),
        taxes=tax("100.00", "19.00"),
        sums=totals("100.00", "100.00", "19.00", "119.00"),
    )
    assert "amount_due" not in checks(xmlinvoice.parse_invoice_xml(paid_later))
