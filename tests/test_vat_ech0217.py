"""eCH-0217 v2.0.0: the XML, the official XSD (vendored, validated offline) and the rules outside it."""

import hashlib
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal as D
from pathlib import Path

import pytest

from fincycle.vat import ech0217 as e

# sha256 of the pristine eCH files (see fincycle/vat/schemas/ech0217/README.md)
SCHEMA_HASHES = {
    "eCH-0217-2-0-0.xsd": "2a8ecb5b7954733129f7334a8ac2c18c4e3abbd6f34092f3d2136f55ff55abfa",
    "eCH-0058-5-0.xsd": "ac931684ba986195ff938aa336b3ae75619692badbb7ab18ecedbc4441b307a0",
    "eCH-0108-7-0.xsd": "cc510fb1975ed622705dff247fa9ce57a97c465ea67f2c97e9f28b32ca33e9f1",
    "eCH-0044-4-1.xsd": "5ea60e34d2c6f519e493cb0285beccdda7a5b6324b7297354b3ebb27559009a0",
    "eCH-0007-6-0.xsd": "53b9da9ff1657f907328e224cdf2c9198532407d15683654f0aeb7721bdc8ac8",
    "eCH-0008-3-0.xsd": "4df5de7a894690f2406e23dc7ee163f9da59dad858a5d657cce7db6a8d87f46f",
    "eCH-0010-8-0.xsd": "c7f3b80e82ebb28a0d82cb00c3c8f8aeaaeaa5101bcc33df460b549a56b2297c",
    "eCH-0010-6-0.xsd": "842875fdc46fe00b2798b94ff55a5d6b67ea993e5e414b607cba69f5f0316fd8",
    "eCH-0129-6-0.xsd": "8bc95262ad0cd1ab41c0af4ab5b98c08702818f65b493998eae0778a1bd2ce9d",
    "eCH-0097-2-0.xsd": "7fb384a7bfb496991746cf0899038fdc8d5f1b849d6a19262e21bc92ce030916",
}


def q1_2025(**changes):
    ret = e.ChVatReturn(
        uid="CHE-116.281.271 MWST",
        organisation_name="Fincycle  Suisse SA",
        period_from=date(2025, 1, 1),
        period_till=date(2025, 3, 31),
        business_reference_id="MWST-2025-Q1",
        generation_time=datetime(2025, 4, 10, 9, 30),
        total_consideration=D("125000.00"),  # 200
        supplies_to_foreign_countries=D("15000.00"),  # 220
        supplies_exempt_from_tax=D("4000.00"),  # 230
        various_deduction=D("1000.00"),  # 280
        various_deduction_description="Bodenwert",
        supplies=[
            e.SupplyRow(D("8.1"), D("90000.00")),
            e.SupplyRow(D("2.6"), D("10000.00")),
            e.SupplyRow(D("3.8"), D("4000.00")),
            e.SupplyRow(D("7.7"), D("1000.00")),  # 2023 work billed in 2025
        ],
        acquisition_tax=[e.SupplyRow(D("8.1"), D("2000.00"))],
        input_tax_material_and_services=D("3000.00"),
        input_tax_investments=D("800.00"),
        input_tax_corrections=D("100.00"),
        subsidies=D("500.00"),
    )
    return replace(ret, **changes)


def test_vendored_schemas_are_the_pristine_ech_files():
    for name, digest in SCHEMA_HASHES.items():
        assert hashlib.sha256((e.SCHEMA_DIR / name).read_bytes()).hexdigest() == digest, name
    assert sorted(p.name for p in e.SCHEMA_DIR.glob("*.xsd")) == sorted(SCHEMA_HASHES)


def test_payable_tax_by_hand():
    # 90000 x 8.1 % = 7290, 10000 x 2.6 % = 260, 4000 x 3.8 % = 152, 1000 x 7.7 % = 77,
    # acquisition 2000 x 8.1 % = 162 → 7941; deductions 3000 + 800 - 100 = 3700 → 4241.
    assert e.computed_payable_tax(q1_2025()) == D("4241.00")
    # 299 = 125000 - (15000 + 4000 + 1000) = 105000 = Σ supplies
    assert e.taxable_turnover(q1_2025()) == D("105000.00")


def test_the_file_validates_against_the_official_xsd():
    ret = q1_2025()
    assert e.check_return(ret) == [
        e.EchFinding("RATE_PREVIOUS_PERIOD", "warning", {"box": "supplies", "rate": D("7.7")})
    ]
    xml = e.build_xml(ret)
    assert e.validate_xsd(xml) == []
    text = xml.decode()
    assert "<eCH-0217:uid>CHE116281271</eCH-0217:uid>" in text
    assert "<eCH-0217:organisationName>Fincycle Suisse SA</eCH-0217:organisationName>" in text
    assert "<eCH-0217:payableTax>4241.00</eCH-0217:payableTax>" in text
    assert "<eCH-0058:manufacturer>Fincycle</eCH-0058:manufacturer>" in text
    assert text.index("<eCH-0217:suppliesPerTaxRate>") < text.index("<eCH-0217:acquisitionTax>")
    assert "<eCH-0217:taxRate>8.1</eCH-0217:taxRate>" in text
    assert "<eCH-0217:descriptionVariousDeduction>Bodenwert<" in text
    assert "suppliesAbroad" not in text  # empty optional boxes are left out


@pytest.mark.parametrize(
    ("submission", "form", "codes"),
    [("correction", "received", ("2", "2")), ("annual_reconciliation", "agreed", ("3", "1"))],
)
def test_corrections_annual_reconciliation_and_received_basis(submission, form, codes):
    changes = {"submission_type": submission, "form_of_reporting": form}
    if submission == "annual_reconciliation":
        changes["period_till"] = date(2025, 12, 31)
    ret = q1_2025(**changes)
    xml = e.build_xml(ret).decode()
    assert f"<eCH-0217:typeOfSubmission>{codes[0]}<" in xml
    assert f"<eCH-0217:formOfReporting>{codes[1]}<" in xml
    assert e.validate_xsd(xml.encode()) == []
    assert [f.code for f in e.check_return(ret)] == ["RATE_PREVIOUS_PERIOD"]


def test_credit_is_a_negative_payable_and_5_rappen_rounding_favours_the_taxpayer():
    ret = q1_2025(input_tax_material_and_services=D("8000.03"))  # 7941 - 8700.03 = -759.03
    assert e.computed_payable_tax(ret) == D("-759.03")
    assert e.computed_payable_tax(ret, round_to_5_rappen=True) == D("-759.05")
    assert e.computed_payable_tax(q1_2025(input_tax_material_and_services=D("2999.97")),
                                  round_to_5_rappen=True) == D("4241.00")  # fmt: skip
    assert e.computed_payable_tax(q1_2025(input_tax_material_and_services=D("3000.01")),
                                  round_to_5_rappen=True) == D("4240.95")  # fmt: skip
    xml = e.build_xml(ret)
    assert b"<eCH-0217:payableTax>-759.03<" in xml
    assert e.validate_xsd(xml) == []


def test_net_tax_rate_and_simple_methods_validate():
    net = q1_2025(
        method="net_tax_rate",
        period_from=date(2024, 1, 1),
        period_till=date(2024, 6, 30),
        total_consideration=D("54000"),
        supplies_to_foreign_countries=None,
        supplies_exempt_from_tax=None,
        various_deduction=None,
        supplies=[e.SupplyRow(D("6.2"), D("50000")), e.SupplyRow(D("0.6"), D("4000"))],
        acquisition_tax=[],
        compensation_export=D("100"),
    )
    assert e.check_return(net) == []
    assert e.computed_payable_tax(net) == D("3024.00")  # 3100 + 24 - 100
    assert e.validate_xsd(e.build_xml(net)) == []
    simple = replace(
        net,
        method="simple_tax_rate",
        period_from=date(2025, 1, 1),
        period_till=date(2025, 6, 30),
        supplies=[e.SupplyRow(D("6.2"), D("54000"), activity_id="12345")],
        compensation_export=None,
    )
    assert e.check_return(simple) == []
    # the simple method has no element for the export credit (470): the file would drop it
    credit = replace(simple, compensation_export=D("100"))
    assert [(f.code, f.data) for f in e.check_return(credit)] == [
        ("CREDITS_NOT_IN_METHOD", {"compensation_export": D("100")})
    ]
    assert b"<eCH-0217:activityID>12345<" in e.build_xml(simple)
    assert e.validate_xsd(e.build_xml(simple)) == []


def test_wrong_uid_check_digit():
    assert e.is_valid_uid("CHE-116.281.271 MWST")
    assert e.uid_check_digit("11628127") == 1  # 5+4+18+4+56+6+10+28 = 131; 11 - 131 % 11 = 1
    ret = q1_2025(uid="CHE-116.281.272")
    finding = e.check_return(ret)[0]
    assert finding.code == "UID_CHECK_DIGIT"
    assert finding.data["normalized"] == "CHE116281272"
    assert e.check_return(q1_2025(uid="CHE-116.281"))[0].code == "UID_FORMAT"
    # The XSD only knows the pattern: the check digit is the rule outside it.
    assert e.validate_xsd(e.build_xml(ret)) == []


def test_299_must_equal_the_turnover_per_rate_to_the_cent():
    ret = q1_2025(total_consideration=D("125000.01"))
    mismatch = [f for f in e.check_return(ret) if f.code == "TURNOVER_MISMATCH"]
    assert len(mismatch) == 1
    assert mismatch[0].data["difference"] == D("0.01")
    assert mismatch[0].data["box_299"] == D("105000.01")
    # Acquisition tax is not part of the sum.
    ret = q1_2025(acquisition_tax=[e.SupplyRow(D("8.1"), D("99999"))])
    assert "TURNOVER_MISMATCH" not in {f.code for f in e.check_return(ret)}


def test_method_and_period_rules():
    codes = lambda ret: {f.code: f for f in e.check_return(ret)}  # noqa: E731
    net_2025 = q1_2025(method="net_tax_rate", period_till=date(2025, 6, 30),
                       supplies=[e.SupplyRow(D("6.2"), D("105000"))], acquisition_tax=[])  # fmt: skip
    assert codes(net_2025)["METHOD_PERIOD"].data["reason"] == "net_tax_rate_until_2024"
    simple_2024 = replace(net_2025, method="simple_tax_rate", period_from=date(2024, 7, 1),
                          period_till=date(2024, 12, 31))  # fmt: skip
    assert codes(simple_2024)["METHOD_PERIOD"].data["reason"] == "simple_tax_rate_from_2025"
    straddle = replace(net_2025, period_from=date(2024, 10, 1), period_till=date(2025, 3, 31))
    assert codes(straddle)["METHOD_PERIOD"].data["reason"] == "straddles"
    assert codes(q1_2025(period_till=date(2025, 4, 30)))["PERIOD_LENGTH"].data["months"] == 4
    assert codes(q1_2025(period_till=date(2025, 3, 30)))["PERIOD_BOUNDS"]
    assert (
        codes(q1_2025(period_till=date(2025, 1, 31)))["PERIOD_NEEDS_APPROVAL"].severity == "warning"
    )
    assert codes(q1_2025(period_from=date(2025, 2, 1), period_till=date(2025, 4, 30)))[
        "PERIOD_ALIGNMENT"
    ]
    half = replace(net_2025, period_from=date(2024, 1, 1), period_till=date(2024, 3, 31))
    assert codes(half)["PERIOD_LENGTH"].data["expected"] == [6, 12]
    assert "PERIOD_ORDER" in codes(q1_2025(period_from=date(2025, 4, 1)))


def test_rates_by_period():
    codes = lambda ret: {f.code: f for f in e.check_return(ret)}  # noqa: E731
    q4_2023 = q1_2025(period_from=date(2023, 10, 1), period_till=date(2023, 12, 31))
    found = codes(q4_2023)["RATE_NOT_YET_VALID"]  # 8.1 % in a 2023 return
    assert found.data["valid_from"] == date(2024, 1, 1)
    bad = q1_2025(supplies=[*q1_2025().supplies[:3], e.SupplyRow(D("7.6"), D("1000"))])
    assert codes(bad)["RATE_UNKNOWN"].data == {
        "box": "supplies",
        "rate": D("7.6"),
        "ladder": "statutory",
    }
    net = q1_2025(method="net_tax_rate", period_from=date(2024, 1, 1), period_till=date(2024, 6, 30),
                  supplies=[e.SupplyRow(D("6.3"), D("105000"))], acquisition_tax=[])  # fmt: skip
    assert codes(net)["RATE_UNKNOWN"].data["ladder"] == "net_tax_rate"


def test_other_rules_and_bad_codes():
    codes = lambda ret: [f.code for f in e.check_return(ret)]  # noqa: E731
    assert "DESCRIPTION" in codes(q1_2025(various_deduction_description=""))
    assert "FIELD_LENGTH" in codes(q1_2025(business_reference_id="x" * 51))
    assert "AMOUNT_PRECISION" in codes(q1_2025(subsidies=D("1.005")))
    assert "PAYABLE_MISMATCH" in codes(q1_2025(payable_tax=D("4240.00")))
    assert "PAYABLE_MISMATCH" not in codes(q1_2025(payable_tax=D("4240.97")))
    simple = q1_2025(method="simple_tax_rate", period_till=date(2025, 6, 30), acquisition_tax=[],
                     supplies=[e.SupplyRow(D("6.2"), D("105000"), activity_id="1234")])  # fmt: skip
    assert "ACTIVITY_ID" in codes(simple)
    assert codes(q1_2025(method="lump_sum")) == ["METHOD"]
    with pytest.raises(ValueError, match="METHOD"):
        e.build_xml(q1_2025(method="lump_sum"))
    with pytest.raises(ValueError, match="CODE"):
        e.build_xml(q1_2025(submission_type="draft"))


def test_the_xsd_catches_what_the_builder_cannot_prevent():
    xml = e.build_xml(q1_2025())
    # element order is normative (xs:sequence)
    swapped = xml.replace(b"<eCH-0217:uid>CHE116281271</eCH-0217:uid>", b"").replace(
        b"</eCH-0217:organisationName>",
        b"</eCH-0217:organisationName><eCH-0217:uid>CHE116281271</eCH-0217:uid>",
    )
    assert swapped != xml
    found = e.validate_xsd(swapped)
    assert found and found[0].code == "XSD" and "uid" in found[0].data["message"]
    no_payable = xml.replace(b"<eCH-0217:payableTax>4241.00</eCH-0217:payableTax>", b"")
    assert no_payable != xml and e.validate_xsd(no_payable)[0].code == "XSD"
    long_uid = xml.replace(b"CHE116281271", b"CHE1162812710")
    assert e.validate_xsd(long_uid)
    assert e.validate_xsd(b"<not-xml")[0].code == "XML_SYNTAX"


def test_validator_takes_a_schema_dir_and_never_goes_online(tmp_path):
    assert e.validate_xsd(b"<x/>", tmp_path)[0].code == "XSD_MISSING"
    # Only the root schema: its imports cannot be resolved locally, and are not fetched.
    (tmp_path / "eCH-0217-2-0-0.xsd").write_bytes(
        (e.SCHEMA_DIR / "eCH-0217-2-0-0.xsd").read_bytes()
    )
    assert e.validate_xsd(e.build_xml(q1_2025()), tmp_path)[0].code == "XSD_SCHEMA"


EXAMPLE = (
    Path(__file__).parent
    / "data"
    / "ech0217"
    / "eCH-0217_V2.0.0_example_effectiveReportingMethod.xml"
)


def test_the_official_ech_example_is_the_validators_positive_control():
    # eCH's own example (every optional element of the effective method, placeholder values),
    # as published with the standard; copied from a public repository that vendors it.
    xml = EXAMPLE.read_bytes()
    assert e.validate_xsd(xml) == []
    mutated = xml.replace(b"<eCH-0217:payableTax>1.12<", b"<eCH-0217:payableTax>1.123<")
    assert mutated != xml
    assert "fractionDigits" in e.validate_xsd(mutated)[0].data["message"]
    # Its placeholder UID passes the XSD pattern but not the check digit (MWST-0009).
    assert not e.is_valid_uid("CHE123456789")
    assert e.uid_check_digit("12345678") == 8
