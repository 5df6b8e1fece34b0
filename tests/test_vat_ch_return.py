"""The Swiss VAT return boxes from l10n_ch tag balances (effective) and per-rate turnover (SSS)."""

from datetime import date
from decimal import Decimal as D

from fincycle.vat import ch_return, ech0217

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
