"""The Swiss VAT return boxes from l10n_ch tag balances (effective) and per-rate turnover (SSS)."""

from datetime import date
from decimal import Decimal as D

from fincycle.vat import ch_return, ech0217, rates

# A quarter of 2024, balances = debit - credit per l10n_ch tag (what Odoo's move lines carry).
QUARTER = {
    "303a": "-50000", "303b": "-4050",  # domestic sales 8.1 %
    "313a": "-10000", "313b": "-260.05",  # 2.6 %, booked tax 5 centimes off
    "343a": "-2000", "343b": "-76",  # accommodation 3.8 %
    "302a": "-1000", "302b": "-77",  # 2023 work billed in 2024: 7.7 %
    "220": "-8000",  # export
    "230": "-3000",  # exempt
    "205": "-5000",  # opted supplies (a credit: Odoo's positive formula makes it negative)
    "383a": "4000", "383b": "-324",  # reverse charge on services
    "400": "1824",  # input tax incl. the reverse-charge one
    "405": "700",  # investments
    "415": "-50",  # mixed-use correction booked as a credit
    "900": "-1000",  # subsidy
}  # fmt: skip


def test_effective_boxes_by_hand():
    result = ch_return.effective_return(QUARTER)
    boxes = result.boxes
    assert boxes["303"] == D("50000.00") and boxes["313"] == D("10000.00")
    assert boxes["343"] == D("2000.00") and boxes["302"] == D("1000.00")
    assert boxes["289"] == D("11000.00")  # 8000 + 3000
    assert boxes["200"] == D("74000.00")  # 63000 + 11000, without 205
    assert boxes["299"] == D("63000.00")
    assert boxes["205"] == D("5000.00")
    assert result.odoo_200 == D("79000.00")  # what Odoo's own line would show
    assert boxes["383"] == D("4000.00")
    # 4050 + 260 + 76 + 77 + 324 (turnover x rate, as the ESTV computes)
    assert boxes["399"] == D("4787.00")
    assert boxes["399_booked"] == D("4787.05")
    assert boxes["479"] == D("2474.00")  # 1824 + 700 - 50
    assert boxes["500"] == D("2313.00") and boxes["510"] == D("0.00")
    assert boxes["900"] == D("1000.00")
    assert result.rates["302"] == {
        "rate": D("7.7"),
        "vintage": "until_2023",
        "turnover": D("1000.00"),
        "tax": D("77.00"),
        "booked_tax": D("77.00"),
    }
    notes = {code: data for code, data in result.notes if code != "SIGN_NORMALISED"}
    assert notes["QUIRK_205"] == {
        "box_200": D("74000.00"),
        "odoo_200": D("79000.00"),
        "opted": D("5000.00"),
    }
    assert notes["TAX_ROUNDING"]["box"] == "313" and notes["TAX_ROUNDING"]["difference"] == D(
        "0.05"
    )
    assert {d["tag"] for c, d in result.notes if c == "SIGN_NORMALISED"} == {"205", "415"}


def test_credit_and_unknown_tags():
    result = ch_return.effective_return({"303a": "-1000", "400": "500", "999": "1"})
    assert result.boxes["399"] == D("81.00")
    assert result.boxes["500"] == D("0.00") and result.boxes["510"] == D("419.00")
    assert ("UNKNOWN_TAGS", {"tags": ["999"]}) in result.notes
    assert "QUIRK_205" not in result.note_codes()


def test_effective_return_to_a_valid_ech0217_file():
    result = ch_return.effective_return(QUARTER)
    ret = ch_return.to_ech0217(
        result,
        uid="CHE-116.281.271",
        organisation_name="Fincycle Suisse SA",
        period_from=date(2024, 1, 1),
        period_till=date(2024, 3, 31),
        business_reference_id="2024-Q1",
    )
    assert ret.opted == D("5000.00") and ret.total_consideration == D("74000.00")
    assert [f.code for f in ech0217.check_return(ret)] == ["RATE_PREVIOUS_PERIOD"]  # 7.7 in 2024
    assert ech0217.computed_payable_tax(ret) == result.boxes["500"]
    xml = ech0217.build_xml(ret)
    assert ech0217.validate_xsd(xml) == []
    assert b"<eCH-0217:opted>5000.00</eCH-0217:opted>" in xml
    assert b"<eCH-0217:inputTaxCorrections>50.00<" in xml


def test_odoo_200_would_break_the_299_rule():
    result = ch_return.effective_return(QUARTER)
    ret = ch_return.to_ech0217(result, uid="CHE-116.281.271", organisation_name="X",
                               period_from=date(2024, 1, 1), period_till=date(2024, 3, 31),
                               total_consideration=result.odoo_200)  # fmt: skip
    assert "TURNOVER_MISMATCH" in {f.code for f in ech0217.check_return(ret)}


def rows():
    row = ch_return.NetRateRow
    return [
        row(D("6.2"), D("50000"), date(2024, 3, 1)),
        row(D("0.6"), D("4000"), date(2024, 3, 1)),
        row(D("5.9"), D("2000"), date(2023, 12, 1)),  # 2023 supply, old ladder
    ]


def test_net_tax_rate_boxes_by_hand():
    result = ch_return.net_tax_rate_return(
        rows(),
        total_consideration=D("56000"),
        acquisition={"383": D("1000")},
        compensation_export=D("100"),
        approved_rates=[D("6.2"), D("0.6"), D("5.9")],
    )
    boxes = result.boxes
    assert boxes["323"] == D("50000.00") and boxes["333"] == D("4000.00")
    assert boxes["322"] == D("2000.00")
    assert boxes["299"] == D("56000.00")
    assert boxes["399"] == D("3323.00")  # 3100 + 24 + 118 + 81
    assert boxes["479"] == D("100.00")
    assert boxes["500"] == D("3223.00")
    assert result.notes == []
    ret = ch_return.to_ech0217(result, uid="CHE-116.281.271", organisation_name="X",
                               period_from=date(2024, 1, 1), period_till=date(2024, 6, 30))  # fmt: skip
    assert ret.method == "net_tax_rate"
    assert [f.code for f in ech0217.check_return(ret)] == ["RATE_PREVIOUS_PERIOD"]  # 5.9 (2023)
    assert ech0217.computed_payable_tax(ret) == D("3223.00")
    assert ech0217.validate_xsd(ech0217.build_xml(ret)) == []


def test_net_tax_rate_bad_inputs():
    bad = [*rows(), ch_return.NetRateRow(D("6.3"), D("10"), date(2024, 3, 1)),
           ch_return.NetRateRow(D("2.1"), D("10"), date(2024, 3, 1))]  # fmt: skip
    result = ch_return.net_tax_rate_return(
        bad, total_consideration=D("56000"), approved_rates=[D("6.2")]
    )
    codes = result.note_codes()
    assert {
        "RATE_NOT_ON_LADDER",
        "RATE_NOT_APPROVED",
        "TOO_MANY_RATES",
        "TURNOVER_MISMATCH",
    } <= codes
    mismatch = dict(result.notes)["TURNOVER_MISMATCH"]
    assert mismatch == {"box_299": D("56000.00"), "supplies_total": D("56020.00")}


def test_simple_tax_rate_method_from_2025():
    row = ch_return.NetRateRow(D("6.2"), D("30000"), date(2025, 2, 1), activity_id="10101")
    result = ch_return.net_tax_rate_return([row], total_consideration=D("30000"))
    ret = ch_return.to_ech0217(result, uid="CHE-116.281.271", organisation_name="X",
                               period_from=date(2025, 1, 1), period_till=date(2025, 6, 30),
                               method="simple_tax_rate")  # fmt: skip
    assert ech0217.check_return(ret) == []
    xml = ech0217.build_xml(ret)
    assert ech0217.validate_xsd(xml) == []
    assert b"<eCH-0217:payableTax>1860.00<" in xml  # 30000 x 6.2 %
    # eCH-0058 wants a reference of 1..50 characters: the period's when none is given.
    assert b"<eCH-0217:businessReferenceId>MWST-20250101-20250630<" in xml


def test_net_tax_rate_rung_of_the_other_vintage():
    assert rates.ch_net_tax_rate_on(D("6.2"), date(2023, 12, 1)) == D("5.9")
    assert rates.ch_net_tax_rate_on(D("5.9"), date(2024, 1, 1)) == D("6.2")
    assert rates.ch_net_tax_rate_on(D("0.6"), date(2023, 1, 1)) == D("0.6")  # same rung
    assert rates.ch_net_tax_rate_on("1.3", date(2023, 1, 1)) == D("1.2")
    assert rates.ch_net_tax_rate_on(D("6.3"), date(2024, 1, 1)) == D("6.3")  # not a rung
    assert rates.ch_net_tax_rate_on(D("6.2"), date(2017, 12, 31)) is None


# A half year of 2024 of a net-tax-rate company (approved 6.2 % and 0.6 %), tag balances per
# rate (Odoo's taxes charge the statutory VAT; the return declares the gross turnover).
NET_FIRST = {
    "303a": "-40000", "303b": "-3240",  # 8.1 % sales: gross 43,240
    "313a": "-5000", "313b": "-130",  # 2.6 % sales: gross 5,130
    "302a": "-1000", "302b": "-77",  # 2023 work at 7.7 %: gross 1,077 at 5.9 %
    "220": "-2000",  # export
    "400": "500",  # input tax booked: not deductible under the method
}  # fmt: skip
NET_SECOND = {"303a": "-10000", "303b": "-810"}  # gross 10,810 at 0.6 %


def test_net_tax_rate_from_tags_by_hand():
    buckets = [
        ch_return.NetRateBucket(D("6.2"), NET_FIRST, "10101"),
        ch_return.NetRateBucket(D("0.6"), NET_SECOND, "20202"),
    ]
    result = ch_return.net_tax_rate_from_tags(
        buckets, adjustments={"470": "50", "280": "0", "383": "1000"}
    )
    boxes = result.boxes
    assert result.method == "net_tax_rate"
    assert boxes["323"] == D("48370.00")  # 43,240 + 5,130
    assert boxes["322"] == D("1077.00")
    assert boxes["333"] == D("10810.00") and boxes["332"] == D("0.00")
    assert boxes["220"] == D("2000.00") and boxes["289"] == D("2000.00")
    assert boxes["200"] == D("62257.00")  # 48,370 + 1,077 + 10,810 + 2,000
    assert boxes["299"] == D("60257.00")
    assert boxes["383"] == D("1000.00")
    # 48,370 x 6.2 % = 2,998.94; 1,077 x 5.9 % = 63.54 (63.543); 10,810 x 0.6 % = 64.86;
    # acquisition 1,000 x 8.1 % = 81
    assert boxes["399"] == D("3208.34")
    assert boxes["470"] == D("50.00") and boxes["479"] == D("50.00")
    assert boxes["500"] == D("3158.34") and boxes["510"] == D("0.00")
    assert "400" not in boxes and "405" not in boxes
    assert dict(result.notes)["INPUT_TAX_NOT_DEDUCTED"] == {"amount": D("500.00")}
    assert "TURNOVER_MISMATCH" not in result.note_codes()
    rows = {row["box"]: (row["rate"], row["turnover"], row["tax"]) for row in result.rates.values()
            if "box" in row and not row.get("acquisition")}  # fmt: skip
    assert rows == {
        "323": (D("6.2"), D("48370.00"), D("2998.94")),
        "322": (D("5.9"), D("1077.00"), D("63.54")),
        "333": (D("0.6"), D("10810.00"), D("64.86")),
    }
    # the half year of 2024: netTaxRateMethod, valid against the XSD
    ret = ch_return.to_ech0217(result, uid="CHE-116.281.271", organisation_name="X",
                               period_from=date(2024, 1, 1), period_till=date(2024, 6, 30))  # fmt: skip
    assert [f.code for f in ech0217.check_return(ret)] == ["RATE_PREVIOUS_PERIOD"]  # 5.9 (2023)
    xml = ech0217.build_xml(ret)
    assert ech0217.validate_xsd(xml) == []
    assert b"<eCH-0217:netTaxRateMethod>" in xml
    assert b"<eCH-0217:compensationExport>50.00<" in xml
    assert b"<eCH-0217:payableTax>3158.34<" in xml
    assert b"inputTax" not in xml


def test_net_tax_rate_from_tags_bad_inputs():
    # turnover for a second rate that is not set, an adjustment on an effective-method box
    buckets = [
        ch_return.NetRateBucket(D("6.2"), NET_FIRST),
        ch_return.NetRateBucket(None, NET_SECOND),
    ]
    result = ch_return.net_tax_rate_from_tags(buckets, adjustments={"400": "10"})
    notes = dict(result.notes)
    assert notes["NET_RATE_MISSING"] == {"box": "333", "turnover": D("10810.00")}
    assert notes["UNKNOWN_ADJUSTMENTS"] == {"boxes": ["400"]}
    assert notes["TURNOVER_MISMATCH"]["box_299"] - notes["TURNOVER_MISMATCH"][
        "supplies_total"
    ] == D("10810.00")
    # a rate on no ladder
    result = ch_return.net_tax_rate_from_tags([ch_return.NetRateBucket(D("6.3"), NET_SECOND)])
    assert "RATE_NOT_ON_LADDER" in result.note_codes()
    # no documents at all: zero boxes, no rows
    result = ch_return.net_tax_rate_from_tags([ch_return.NetRateBucket(D("6.2"), {})])
    assert result.boxes["200"] == D("0.00") and result.boxes["500"] == D("0.00")
    assert result.rates == {} and result.notes == []


def test_net_tax_rate_from_tags_2025_simple_method():
    """From 2025 the rows carry the ESTV activity code (simpleTaxRateMethod)."""
    buckets = [ch_return.NetRateBucket(D("6.2"), NET_SECOND, "10101")]
    result = ch_return.net_tax_rate_from_tags(buckets)
    assert result.boxes["323"] == D("10810.00")
    assert result.boxes["500"] == D("670.22")  # 10,810 x 6.2 %
    ret = ch_return.to_ech0217(result, uid="CHE-116.281.271", organisation_name="X",
                               period_from=date(2025, 1, 1), period_till=date(2025, 6, 30),
                               method="simple_tax_rate")  # fmt: skip
    assert ech0217.check_return(ret) == []
    xml = ech0217.build_xml(ret)
    assert ech0217.validate_xsd(xml) == []
    assert b"<eCH-0217:activityID>10101<" in xml and b"<eCH-0217:payableTax>670.22<" in xml
    # a quarter is not a period of the method; 470 has no element from 2025
    result = ch_return.net_tax_rate_from_tags(buckets, adjustments={"470": "10"})
    ret = ch_return.to_ech0217(result, uid="CHE-116.281.271", organisation_name="X",
                               period_from=date(2025, 1, 1), period_till=date(2025, 3, 31),
                               method="simple_tax_rate")  # fmt: skip
    assert {f.code for f in ech0217.check_return(ret)} == {"PERIOD_LENGTH", "CREDITS_NOT_IN_METHOD"}
