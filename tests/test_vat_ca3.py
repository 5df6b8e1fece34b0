"""The French CA3 (3310-CA3-SD) from l10n_fr_account tag balances, in whole euros."""

from datetime import date
from decimal import Decimal as D

from fincycle.vat import ca3

# One month, balances = debit - credit per tag.
MONTH = {
    "A1": "-20000",  # sales
    "08_base": "-15000",  # 20 % sales base
    "08_base_rc": "2000",  # intra-EU goods, reverse charge
    "B2": "2000",
    "9B_base": "-3000.40",  # 10 %
    "09_base": "-1000.50",  # 5.5 %, rounds half up to 1001
    "E2": "-4000",  # B2B services to the EU
    "F2": "-5000",  # intra-EU deliveries
    "A4": "1000",  # import
    "I1_base": "1000",
    "17": "-400",
    "20": "3000.49",
    "19": "500.50",
    "24": "200",
}


def test_boxes_by_hand():
    result = ca3.ca3_return(MONTH, previous_credit=D("250"))
    boxes, taxes = result.boxes, result.taxes
    assert boxes["A1"] == 20000 and boxes["B2"] == 2000 and boxes["A4"] == 1000
    assert boxes["E2"] == 4000 and boxes["F2"] == 5000
    assert boxes["08"] == 17000 and taxes["08"] == 3400  # (15000 + 2000) x 20 %
    assert boxes["9B"] == 3000 and taxes["9B"] == 300
    assert boxes["09"] == 1001 and taxes["09"] == 55  # 1001 x 5.5 % = 55.055
    assert boxes["I1"] == 1000 and taxes["I1"] == 200
    assert boxes["17"] == 400
    assert boxes["16"] == 3955  # 3400 + 300 + 55 + 200
    assert boxes["19"] == 501 and boxes["20"] == 3000 and boxes["24"] == 200
    assert boxes["22"] == 250  # previous line 27
    assert boxes["23"] == 3751  # 501 + 3000 + 250
    assert boxes["TD"] == 204 and boxes["25"] == 0
    assert boxes["27"] == 0 and boxes["28"] == 204 and boxes["32"] == 204
    assert result.notes == []
    edi = result.edi
    assert edi["CA"] == 20000 and edi["FP"] == 17000 and edi["GP"] == 3400
    assert edi["FB"] == 1001 and edi["GB"] == 55 and edi["LB"] == 1000 and edi["LC"] == 200
    assert edi["GH"] == 3955 and edi["HG"] == 3751 and edi["HD"] == 250
    assert edi["KA"] == 204 and edi["ND"] == 204 and edi["KE"] == 204
    assert "JA" not in edi  # zero boxes are not sent


def test_credit_refund_and_carry_over():
    month = {**MONTH, "20": "10000"}
    result = ca3.ca3_return(month, previous_credit=250, refund_requested=5000)
    boxes = result.boxes
    assert boxes["23"] == 10751  # 501 + 10000 + 250
    assert boxes["25"] == 6796 and boxes["TD"] == 0  # 10751 - 3955
    assert boxes["26"] == 5000
    assert boxes["27"] == 1796  # 6796 - 5000
    assert boxes["32"] == 0
    assert result.edi["JA"] == 6796 and result.edi["JB"] == 5000 and result.edi["JC"] == 1796
    following = ca3.ca3_return({"20": "10"}, previous_credit=boxes["27"])
    assert following.boxes["22"] == 1796 and following.boxes["27"] == 1806


def test_refund_checks():
    month = {**MONTH, "20": "10000"}
    assert "REFUND_BELOW_MINIMUM" in ca3.ca3_return(month, refund_requested=500).note_codes()
    assert ca3.ca3_return(month, refund_requested=500, refund_annual=True).notes == []
    above = ca3.ca3_return(month, refund_requested=7000)
    assert ("REFUND_ABOVE_CREDIT", {"refund": 7000, "credit": 6546}) in above.notes  # 10501 - 3955
    assert above.boxes["27"] == 0


def test_rounding_adjustments_and_negative_boxes():
    assert ca3.round_euro(D("2.5")) == 3 and ca3.round_euro(D("-2.5")) == -3
    assert ca3.round_euro(D("2.49")) == 2
    result = ca3.ca3_return({"20": "3000.49"}, adjustments={"20": "0.60", "A1": "-0.4"})
    assert result.boxes["20"] == 3001  # 3001.09
    refund = ca3.ca3_return({"E1": "100", "E2": "-40"})  # an export credit note only
    assert refund.boxes["E1"] == 0 and refund.boxes["E2"] == 40
    assert ("NEGATIVE_BOX", {"box": "E1", "value": -100}) in refund.notes


def test_booked_tax_gap_unknown_tags_and_boxes_odoo_does_not_feed():
    result = ca3.ca3_return({"08_base": "-1000.40", "08_taxe": "-200.08", "5B": "10", "ZZ": "1"})
    assert result.taxes["08"] == 200  # round(1000) x 20 %
    assert result.note_codes() == {"UNKNOWN_TAGS", "NOT_FED_BY_ODOO"}
    assert ("NOT_FED_BY_ODOO", {"boxes": ["5B"]}) in result.notes
    assert result.boxes["16"] == 210  # 200 + 5B
    gap = ca3.ca3_return({"08_base": "-1000", "08_taxe": "-198"})
    assert ("TAX_ROUNDING", {"box": "08", "computed": 200, "booked": D("198")}) in gap.notes
    assert "T1" in ca3.NOT_FED_BY_ODOO and "10" in ca3.INACTIVE_BY_DEFAULT
    assert ca3.HEADER_FLAGS["nil_return"] == "KF"


def test_every_box_keeps_its_edi_codes():
    codes = {b.code: (b.edi, b.edi_tax) for b in ca3.BOXES}
    assert codes["08"] == ("FP", "GP") and codes["F8"] == ("DE", None)
    assert codes["I6"] == ("LM", "LN") and codes["22"] == ("HD", None)
    edi = [c for pair in codes.values() for c in pair if c]
    assert len(edi) == len(set(edi))  # no EDI code used twice


def test_header_flags_by_regime_and_figures():
    result = ca3.ca3_return({"08_base": "-1000", "20": "50"}, refund_requested=0, tic_due="12")
    rows, notes = ca3.ca3_header(
        result,
        regime="normal_monthly",
        flags=["group_member", "payment_by_offset"],
        period_from=date(2025, 3, 1),
        period_to=date(2025, 3, 31),
    )
    values = {key: (edi, value) for key, edi, value in rows}
    assert values["regime"] == ("", "normal_monthly")
    assert values["period_from"] == ("", "20250301") and values["period_to"] == ("", "20250331")
    assert values["group_member"] == ("HJ", "1") and values["payment_by_offset"] == ("BB", "1")
    assert values["nil_return"] == ("KF", "0") and values["other"] == ("AC", "0")
    assert values["annex_3310_tic"] == ("", "1")  # Z5
    assert values["refund_3519"] == ("JB", "0") and values["annex_3310_a"] == ("KB", "0")
    assert [key for key, _e, _v in rows][:3] == ["regime", "period_from", "period_to"]
    assert notes == []


def test_header_bad_inputs():
    result = ca3.ca3_return({"08_base": "-1000"})
    _rows, notes = ca3.ca3_header(
        result,
        regime="simplified",
        flags=["nil_return", "made_up"],
        period_from=date(2025, 3, 1),
        period_to=date(2025, 3, 31),
    )
    codes = dict(notes)
    assert codes["REGIME"] == {"value": "simplified"}
    assert codes["UNKNOWN_FLAG"] == {"flags": ["made_up"]}
    assert "08" in codes["NIL_RETURN_NOT_NIL"]["boxes"]
    # quarterly regime: a calendar quarter, not a month nor a shifted quarter
    for start, end in (
        (date(2025, 3, 1), date(2025, 3, 31)),
        (date(2025, 2, 1), date(2025, 4, 30)),
    ):
        _rows, notes = ca3.ca3_header(
            result, regime="normal_quarterly", period_from=start, period_to=end
        )
        assert "PERIOD_REGIME" in dict(notes)
    _rows, notes = ca3.ca3_header(
        result, regime="normal_quarterly", period_from=date(2025, 4, 1), period_to=date(2025, 6, 30)
    )
    assert notes == []
    # a month without any figure: the nil-return flag is suggested
    _rows, notes = ca3.ca3_header(ca3.ca3_return({}), regime="normal_monthly")
    assert notes == [("NIL_RETURN_POSSIBLE", {})]
