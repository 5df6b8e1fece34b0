"""The real e-invoice corpus builder reads its ground truth from the XML, per standard."""

import importlib.util
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "bench" / "make_real_corpus.py"


def _load():
    spec = importlib.util.spec_from_file_location("make_real_corpus", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


CII = b"""<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice
  xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
  xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
  xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
 <rsm:ExchangedDocument>
  <ram:ID>INV-7</ram:ID><ram:TypeCode>381</ram:TypeCode>
  <ram:IssueDateTime><udt:DateTimeString format="102">20240131</udt:DateTimeString></ram:IssueDateTime>
 </rsm:ExchangedDocument>
 <rsm:SupplyChainTradeTransaction>
  <ram:ApplicableHeaderTradeAgreement>
   <ram:SellerTradeParty>
    <ram:Name>Muster
      GmbH</ram:Name>
    <ram:SpecifiedTaxRegistration><ram:ID schemeID="FC">12/345/678</ram:ID></ram:SpecifiedTaxRegistration>
    <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">DE 123456789</ram:ID></ram:SpecifiedTaxRegistration>
   </ram:SellerTradeParty>
  </ram:ApplicableHeaderTradeAgreement>
  <ram:ApplicableHeaderTradeSettlement>
   <ram:PaymentReference>RF18 5390 0754 7034</ram:PaymentReference>
   <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
   <ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode>
    <ram:PayeePartyCreditorFinancialAccount><ram:IBANID>DE02 1203 0000 0000 2020 51</ram:IBANID></ram:PayeePartyCreditorFinancialAccount>
   </ram:SpecifiedTradeSettlementPaymentMeans>
   <ram:ApplicableTradeTax><ram:CalculatedAmount>19.00</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode>
    <ram:BasisAmount>100.00</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>19</ram:RateApplicablePercent></ram:ApplicableTradeTax>
   <ram:ApplicableTradeTax><ram:CalculatedAmount>0.70</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode>
    <ram:BasisAmount>10.00</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>7.00</ram:RateApplicablePercent></ram:ApplicableTradeTax>
   <ram:SpecifiedTradePaymentTerms><ram:DueDateDateTime><udt:DateTimeString format="102">20240229</udt:DateTimeString></ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>
   <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    <ram:TaxBasisTotalAmount>110.00</ram:TaxBasisTotalAmount>
    <ram:TaxTotalAmount currencyID="CHF">18.50</ram:TaxTotalAmount>
    <ram:TaxTotalAmount currencyID="EUR">19.70</ram:TaxTotalAmount>
    <ram:GrandTotalAmount>129.70</ram:GrandTotalAmount>
    <ram:DuePayableAmount>129.70</ram:DuePayableAmount>
   </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
  </ram:ApplicableHeaderTradeSettlement>
 </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
"""

ZUGFERD1 = b"""<rsm:CrossIndustryDocument xmlns:rsm="urn:ferd:CrossIndustryDocument:invoice:1p0"
  xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:12"
  xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:15">
 <rsm:HeaderExchangedDocument><ram:ID>471102</ram:ID><ram:TypeCode>380</ram:TypeCode>
  <ram:IssueDateTime><udt:DateTimeString format="102">20130305</udt:DateTimeString></ram:IssueDateTime>
 </rsm:HeaderExchangedDocument>
 <rsm:SpecifiedSupplyChainTradeTransaction>
  <ram:ApplicableSupplyChainTradeAgreement><ram:SellerTradeParty><ram:Name>Lieferant GmbH</ram:Name>
  </ram:SellerTradeParty></ram:ApplicableSupplyChainTradeAgreement>
  <ram:ApplicableSupplyChainTradeSettlement>
   <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
   <ram:ApplicableTradeTax><ram:CalculatedAmount currencyID="EUR">37.62</ram:CalculatedAmount>
    <ram:BasisAmount currencyID="EUR">198.00</ram:BasisAmount><ram:ApplicablePercent>19.00</ram:ApplicablePercent></ram:ApplicableTradeTax>
   <ram:SpecifiedTradeSettlementMonetarySummation>
    <ram:TaxBasisTotalAmount currencyID="EUR">198.00</ram:TaxBasisTotalAmount>
    <ram:TaxTotalAmount currencyID="EUR">37.62</ram:TaxTotalAmount>
    <ram:GrandTotalAmount currencyID="EUR">235.62</ram:GrandTotalAmount>
   </ram:SpecifiedTradeSettlementMonetarySummation>
  </ram:ApplicableSupplyChainTradeSettlement>
 </rsm:SpecifiedSupplyChainTradeTransaction>
</rsm:CrossIndustryDocument>
"""

UBL = b"""<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
  xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
  xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
 <cbc:ID>U-1</cbc:ID><cbc:IssueDate>2024-05-02</cbc:IssueDate><cbc:DueDate>2024-06-01</cbc:DueDate>
 <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode><cbc:DocumentCurrencyCode>CHF</cbc:DocumentCurrencyCode>
 <cac:AccountingSupplierParty><cac:Party>
  <cac:PartyTaxScheme><cbc:CompanyID>CHE-123.456.788 MWST</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
  <cac:PartyLegalEntity><cbc:RegistrationName>Beispiel AG</cbc:RegistrationName></cac:PartyLegalEntity>
 </cac:Party></cac:AccountingSupplierParty>
 <cac:PaymentMeans><cbc:PaymentMeansCode>30</cbc:PaymentMeansCode><cbc:PaymentID>210000000003139471430009017</cbc:PaymentID>
  <cac:PayeeFinancialAccount><cbc:ID>CH4431999123000889012</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>
 <cac:TaxTotal><cbc:TaxAmount currencyID="CHF">8.10</cbc:TaxAmount>
  <cac:TaxSubtotal><cbc:TaxableAmount currencyID="CHF">100.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="CHF">8.10</cbc:TaxAmount>
   <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>8.1</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal>
 </cac:TaxTotal>
 <cac:LegalMonetaryTotal><cbc:TaxExclusiveAmount currencyID="CHF">100.00</cbc:TaxExclusiveAmount>
  <cbc:TaxInclusiveAmount currencyID="CHF">108.10</cbc:TaxInclusiveAmount><cbc:PayableAmount currencyID="CHF">108.10</cbc:PayableAmount></cac:LegalMonetaryTotal>
</Invoice>
"""


def test_cii_fields_follow_en16931():
    syntax, truth = _load().truth_from_xml(CII)
    assert syntax == "CII"
    assert truth["document_type"] == "credit_note"
    assert truth["invoice_number"] == "INV-7"
    assert truth["invoice_date"] == "2024-01-31"
    assert truth["due_date"] == "2024-02-29"
    assert truth["vendor_name"] == "Muster GmbH"
    assert truth["vendor_vat"] == "DE123456789"  # the VA registration, not the tax number
    assert truth["vendor_iban"] == "DE02120300000000202051"
    assert truth["currency"] == "EUR"
    assert truth["amount_untaxed"] == 110.0
    assert truth["amount_tax"] == 19.7  # BT-110, in the invoice currency
    assert truth["amount_total"] == 129.7
    assert truth["payment_reference"] == "RF18 5390 0754 7034"
    assert truth["taxes"] == [
        {"rate": 19.0, "base": 100.0, "amount": 19.0},
        {"rate": 7.0, "base": 10.0, "amount": 0.7},
    ]


def test_zugferd1_names_are_read_too():
    syntax, truth = _load().truth_from_xml(ZUGFERD1)
    assert syntax == "ZUGFeRD1"
    assert (truth["invoice_number"], truth["invoice_date"], truth["document_type"]) == (
        "471102",
        "2013-03-05",
        "invoice",
    )
    assert (truth["vendor_name"], truth["amount_untaxed"], truth["amount_total"]) == (
        "Lieferant GmbH",
        198.0,
        235.62,
    )
    assert truth["taxes"] == [{"rate": 19.0, "base": 198.0, "amount": 37.62}]
    assert truth["vendor_vat"] is None and truth["due_date"] is None


def test_ubl_fields():
    syntax, truth = _load().truth_from_xml(UBL)
    assert syntax == "UBL"
    assert truth["vendor_name"] == "Beispiel AG"
    assert truth["vendor_vat"] == "CHE-123.456.788MWST"
    assert truth["vendor_iban"] == "CH4431999123000889012"
    assert (truth["invoice_date"], truth["due_date"], truth["currency"]) == (
        "2024-05-02",
        "2024-06-01",
        "CHF",
    )
    assert (truth["amount_untaxed"], truth["amount_tax"], truth["amount_total"]) == (
        100.0,
        8.1,
        108.1,
    )
    assert truth["payment_reference"] == "210000000003139471430009017"
    assert truth["taxes"] == [{"rate": 8.1, "base": 100.0, "amount": 8.1}]


def test_other_xml_is_no_invoice():
    module = _load()
    assert module.truth_from_xml(b"<root/>") is None
    assert module.truth_from_xml(b"not xml") is None


def test_split_is_stable_and_follows_the_invoice_not_the_file():
    module = _load()
    _, truth = module.truth_from_xml(CII)
    assert module.split_of(truth) == module.split_of(dict(truth, invoice_date="2025-01-01"))
    keys = [{"vendor_name": "V", "invoice_number": str(n), "amount_total": 1.0} for n in range(400)]
    held = sum(module.split_of(k) == "held" for k in keys)
    assert 80 < held < 160  # about 30 %


def test_printed_checks():
    module = _load()
    assert module._printed(1234.5, "Total EUR 1.234,50", amount=True)
    assert module._printed(1234.5, "Total 1,234.50", amount=True)
    assert not module._printed(1234.5, "Total 1234.05", amount=True)
    assert module._printed("RE-2020/7", "Rechnung Nr. RE-2020/7")


def test_bare_git_dirs_and_skipped_folders(tmp_path):
    module = _load()
    assert module._git_label(Path("/work/.mirror/ZUGFeRD+corpus/repo")) == "ZUGFeRD/corpus"
    assert module._skipped("ZUGFeRDv2/fail/x.pdf")
    assert module._skipped("validator/invalidPDF.pdf")
    assert not module._skipped("ZUGFeRDv2/correct/x.pdf")
    assert not module._is_bare_git(tmp_path)


def test_made_up_identifiers_are_flagged():
    module = _load()
    assert module._checksum_flags({"vendor_vat": "DE123456789", "vendor_iban": None}) == [
        "vat_checksum_invalid"
    ]
    assert module._checksum_flags(
        {"vendor_vat": "DE136695976", "vendor_iban": "DE12123456781234567890"}
    ) == ["iban_checksum_invalid"]
    assert module._checksum_flags({"vendor_vat": "DE136695976", "vendor_iban": None}) == []


def test_every_credit_note_code_of_untdid_1001_and_self_billing():
    module = _load()
    for code in ("81", "83", "261", "262", "296", "308", "381", "396", "420", "458", "532"):
        _, truth = module.truth_from_xml(CII.replace(b">381<", f">{code}<".encode()))
        assert truth["document_type"] == "credit_note", code
    for code in ("380", "384", "389", "527", "386", "326", "751", "875"):
        _, truth = module.truth_from_xml(CII.replace(b">381<", f">{code}<".encode()))
        assert truth["document_type"] == "invoice", code
    assert {"389", "261", "527"} == module.SELF_BILLED_CODES


def test_what_the_xml_leaves_empty_has_no_ground_truth():
    module = _load()
    _, truth = module.truth_from_xml(CII)
    assert module.not_in_xml(truth) == []
    minimum = dict(truth, vendor_iban=None, taxes=[], due_date=None, payment_reference="")
    assert module.not_in_xml(minimum) == ["vendor_iban", "due_date", "taxes", "payment_reference"]
    # The number and the total are never optional: a PDF without them is no document.
    assert not {"invoice_number", "amount_total", "document_type"} & set(module.OPTIONAL_FIELDS)


def test_a_payment_reference_that_is_the_invoice_number_may_be_read_empty():
    module = _load()
    assert module.alternatives(
        {"payment_reference": "FA 2017-0010", "invoice_number": "FA-2017-0010"}
    ) == {"payment_reference_alternatives": [None]}
    assert (
        module.alternatives({"payment_reference": "RF18 5390 0754 7034", "invoice_number": "INV-7"})
        == {}
    )
    assert module.alternatives({"payment_reference": None, "invoice_number": "INV-7"}) == {}


def test_identifiers_written_into_the_seller_name_are_no_part_of_it():
    module = _load()
    name = "GLN 4333741000005 Lief-Nr: 549910 MUSTERLIEFERANT GMBH"
    assert module.alternatives({"vendor_name": name}) == {
        "vendor_name_alternatives": ["MUSTERLIEFERANT GMBH"]
    }
    assert module.alternatives({"vendor_name": "Bureau 2000 SA"}) == {}
    assert module.alternatives({"vendor_name": "Lieferant GmbH"}) == {}


def test_folders_of_known_bad_samples_are_skipped_by_their_prefix():
    module = _load()
    assert module._skipped("src/test/resources/fail_samples/RE-1.pdf")
    assert module._skipped("tests/invalid-files/x.pdf")
    assert not module._skipped("src/test/resources/samples/RE-1.pdf")


def test_a_page_with_other_numbers_has_the_same_layout():
    module = _load()
    first = "Rechnung Nr. 2022-17\nDatum 01.02.2022\nSumme  119,00 EUR"
    again = "Rechnung  Nr. 2026-03\nDatum 14.07.2026\nSumme 238,50 EUR"
    other = "Gutschrift Nr. 2022-17\nDatum 01.02.2022\nSumme 119,00 EUR"
    assert module.page_layout(first) == module.page_layout(again)
    assert module.page_layout(first) != module.page_layout(other)
    line = "Pos. 1 Beratung Stunde 80,00 EUR\n"
    taken = [module.page_layout(first + line * 30)]
    assert module.same_layout(module.page_layout(again + line * 30), taken)
    assert module.same_layout(module.page_layout(again + line * 29 + "Porto"), taken)
    assert not module.same_layout(module.page_layout(other), taken)
    assert not module.same_layout(module.page_layout("Invoice 7 of Other Ltd"), taken)


def _fake_sources(module, monkeypatch, pdfs):
    """``pdfs``: (path, bytes, number, total, page text) per PDF; source ``a`` holds the PDFs
    under ``a/``. The XML is read elsewhere (tests above): here it is ``number|total``."""
    pages = {
        data: ([("factur-x.xml", f"{n}|{t}".encode())], 1, text) for _, data, n, t, text in pdfs
    }

    def iter_pdfs(source):
        for path, data, *_ in pdfs:
            if path.startswith(f"{source.name}/"):
                yield source.name, path, None, data

    def truth_from_xml(xml):
        number, total = xml.decode().split("|")
        return "CII", {"vendor_name": "V", "invoice_number": number, "amount_total": float(total)}

    monkeypatch.setattr(module, "iter_pdfs", iter_pdfs)
    monkeypatch.setattr(module, "read_pdf", pages.get)
    monkeypatch.setattr(module, "truth_from_xml", truth_from_xml)
    monkeypatch.setattr(module, "_checksum_flags", lambda fields: [])


def test_a_grown_corpus_keeps_the_frozen_documents_and_skips_their_reissues(tmp_path, monkeypatch):
    module = _load()
    page = "Facture {} du {} - Total {} EUR - LE VENDEUR SARL, rue des Tests"
    _fake_sources(
        module,
        monkeypatch,
        [
            ("a/1.pdf", b"%PDF one", "F-1", 10.0, page.format("F-1", "01/02/2022", "10,00")),
            ("a/2.pdf", b"%PDF two", "F-2", 20.0, "Rechnung F-2 über 20,00 EUR, Muster GmbH"),
            ("b/1.pdf", b"%PDF three", "F-9", 90.0, page.format("F-9", "03/04/2026", "90,00")),
            ("b/2.pdf", b"%PDF four", "F-4", 40.0, "Invoice F-4, total 40.00 EUR, Other Ltd"),
        ],
    )
    old = module.build(tmp_path / "old", [Path("a")])
    grown = module.build(tmp_path / "new", [Path("a"), Path("b")], frozen=old)
    splits = {d["id"]: d["split"] for d in grown["documents"]}
    assert all(splits[d["id"]] == d["split"] for d in old["documents"])
    assert set(splits) == {d["id"] for d in old["documents"]} | {"b__b_2"}
    assert grown["sources"]["b"]["same_layout"] == 1
    # without a frozen manifest the rule is off: the earlier builds are reproduced as they were
    assert module.build(tmp_path / "again", [Path("a"), Path("b")])["count"] == 4
    # a frozen document that comes out lost (or with another id or split) stops the build
    try:
        module.build(tmp_path / "lost", [Path("b")], frozen=old)
    except SystemExit as error:
        assert "lost or moved" in str(error)
    else:
        raise AssertionError("a lost frozen document must stop the build")


def test_a_grown_corpus_skips_a_page_that_is_not_the_xmls_invoice(tmp_path, monkeypatch):
    module = _load()
    _fake_sources(
        module,
        monkeypatch,
        [
            ("a/1.pdf", b"%PDF one", "F-1", 10.0, "Sample PDF. Lorem ipsum dolor sit amet."),
            ("b/1.pdf", b"%PDF two", "R-7", 70.0, "Lorem ipsum, a dummy page: Facture 552"),
            ("b/2.pdf", b"%PDF three", "R-8", 80.0, "Fattura R-8 del 03/04/2026, IVA inclusa"),
            ("b/3.pdf", b"%PDF four", "R-9", 1234.5, "Rechnung 2026-1, Gesamtbetrag 1.234,50 EUR"),
            ("b/4.pdf", b"%PDF five", "R-6", 60.0, ""),
        ],
    )
    old = module.build(tmp_path / "old", [Path("a")])
    grown = module.build(tmp_path / "new", [Path("a"), Path("b")], frozen=old)
    ids = {d["id"] for d in grown["documents"]}
    # the frozen dummy page stays (its split is measured), the new one is skipped; a page that
    # prints the number or the total (in its own format) is the XML's invoice; an image-only
    # page prints nothing to compare and is kept
    assert ids == {"a__a_1", "b__b_2", "b__b_3", "b__b_4"}
    assert grown["sources"]["b"]["other_page"] == 1
    # without a frozen manifest the rule is off
    assert module.build(tmp_path / "again", [Path("a"), Path("b")])["count"] == 5


def test_the_total_includes_the_rounding_amount_as_odoo_books_it():
    module = _load()
    rounded = CII.replace(
        b"<ram:GrandTotalAmount>129.70</ram:GrandTotalAmount>",
        b"<ram:RoundingAmount>0.01</ram:RoundingAmount><ram:GrandTotalAmount>129.69</ram:GrandTotalAmount>",
    )
    assert module.truth_from_xml(rounded)[1]["amount_total"] == 129.7
    zero = rounded.replace(b">0.01<", b">0.00<")
    assert module.truth_from_xml(zero)[1]["amount_total"] == 129.69
    ubl = UBL.replace(
        b"</cac:LegalMonetaryTotal>",
        b"<cbc:PayableRoundingAmount>-0.02</cbc:PayableRoundingAmount></cac:LegalMonetaryTotal>",
    )
    plain = module.truth_from_xml(UBL)[1]["amount_total"]
    assert module.truth_from_xml(ubl)[1]["amount_total"] == round(plain - 0.02, 2)
    fields = module.truth_from_xml(rounded)[1]
    assert module.alternatives(fields)["amount_total_alternatives"] == [129.69]
    assert "amount_total_alternatives" not in module.alternatives(module.truth_from_xml(zero)[1])


def test_fields_the_page_does_not_print_are_listed():
    module = _load()
    fields = {
        "vendor_vat": "DE123456789",
        "vendor_iban": "DE02120300000000202051",
        "payment_reference": "PAYMENT-12345",
        "invoice_number": "RE-471102",
        "amount_total": 1234.5,
    }
    page = (
        "USt-IdNr. DE 123 456 789\nIBAN DE02 1203 0000 0000 2020 51\nRechnung RE-471102\n1.234,50"
    )
    assert module.not_on_page(fields, page) == ["payment_reference"]
    assert module.not_on_page(fields, "Rechnung 471102\n235,62") == [
        "vendor_vat",
        "vendor_iban",
        "payment_reference",
        "invoice_number",
        "amount_total",
    ]


def test_a_made_up_identifier_may_be_read_empty():
    module = _load()
    fields = {"vendor_vat": "DE123456789", "vendor_iban": "DE1212344321987600"}
    found = module.alternatives(fields)
    assert found["vendor_vat_alternatives"] == [None]
    assert found["vendor_iban_alternatives"] == [None]
    valid = {"vendor_vat": "DE136695976", "vendor_iban": "DE02120300000000202051"}
    assert not module.alternatives(valid)
