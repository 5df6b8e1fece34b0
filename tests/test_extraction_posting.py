"""The auto-post rule of captured bills (fincycle.extraction.posting): no database."""

from decimal import Decimal

from fincycle.extraction.messages import Message
from fincycle.extraction.posting import (
    GROUND_TEXTS,
    TEXTS,
    BillFacts,
    PostingPolicy,
    confidence_reason,
    decide,
)

SURE = {
    "vendor": 0.99,
    "invoice_number": 0.95,
    "invoice_date": 0.95,
    "currency": 0.99,
    "amount_total": 0.97,
    "amounts": 0.96,
}
POLICY = PostingPolicy(threshold=0.9, approval_limit=Decimal("5000"), currency="CHF")


def facts(**changes):
    values = {"confidence": 0.95, "key_scores": SURE, "checks_passed": 4, "total": Decimal("420")}
    return BillFacts(**{**values, **changes})


def codes(decision):
    return [r.code for r in decision.reasons]


def test_a_sure_bill_is_posted_with_its_grounds():
    decision = decide(facts(), POLICY)
    assert decision.post
    assert decision.reasons == ()
    assert [g.code for g in decision.grounds] == [
        "confidence_reached",
        "checks_passed",
        "no_duplicate",
        "below_approval_limit",
    ]
    assert decision.grounds[1].params == {"count": 4}
    assert decision.grounds[3].params == {"limit_amount": "5000.00"}
    # no limit: nothing to be below
    unlimited = decide(facts(), PostingPolicy(threshold=0.9))
    assert "below_approval_limit" not in [g.code for g in unlimited.grounds]


def test_low_confidence_names_the_weak_keys_weakest_first():
    scores = {**SURE, "invoice_date": 0.6, "vendor": 0.4}
    decision = decide(facts(confidence=0.4, key_scores=scores), POLICY)
    assert not decision.post
    assert codes(decision) == ["confidence_low"]
    assert decision.reasons[0].params == {
        "weak": [["vendor", 0.4], ["invoice_date", 0.6]],
        "score_percent": 0.4,
        "threshold_percent": 0.9,
    }


def test_confidence_capped_by_a_failed_check_says_so():
    reason = confidence_reason(0.5, SURE, 0.9)
    assert reason.code == "confidence_capped"
    assert reason.params == {"score_percent": 0.5, "threshold_percent": 0.9}


def test_approval_limit_is_reached_at_the_limit_to_the_cent():
    assert codes(decide(facts(total=Decimal("4999.99")), POLICY)) == []
    at_limit = decide(facts(total=Decimal("4999.995")), POLICY)  # rounds to 5000.00
    assert codes(at_limit) == ["approval_limit"]
    assert at_limit.reasons[0].params == {
        "total_amount": "5000.00",
        "limit_amount": "5000.00",
        "currency": "CHF",
    }
    # a credit note's negative total counts by its size
    assert codes(decide(facts(total=Decimal("-6000")), POLICY)) == ["approval_limit"]


def test_every_reason_is_given_each_once_found_ones_first():
    found = (
        {"code": "vendor_unknown", "params": {"name": "Muster AG"}},
        {"code": "vendor_unknown", "params": {"name": "Muster AG"}},
        Message("iban_not_vendors", {"iban": "CH93", "vendor": "X"}),
        None,
    )
    decision = decide(
        facts(
            found=found,
            has_vendor=False,
            vendor_never_autopost=True,  # no vendor: its setting does not count
            duplicate_file="BILL/2026/0001",
            duplicate_bills=("BILL/2026/0002", "BILL/2026/0003"),
            abnormal_amount_warning="Unusual amount",
            has_lines=False,
        ),
        POLICY,
    )
    assert codes(decision) == [
        "vendor_unknown",
        "iban_not_vendors",
        "duplicate_file",
        "duplicate_bill",
        "abnormal_amount",
        "no_lines",
    ]
    assert decision.reasons[3].params == {"bills": "BILL/2026/0002, BILL/2026/0003"}
    assert decision.reason_dicts()[0] == found[0]


def test_vendor_set_to_never_autopost_holds_the_bill():
    assert codes(decide(facts(vendor_never_autopost=True), POLICY)) == ["vendor_never_autopost"]


def test_autopost_off_is_said_only_when_nothing_else_holds_the_bill():
    off = PostingPolicy(autopost=False, threshold=0.9)
    assert codes(decide(facts(), off)) == ["autopost_off"]
    assert codes(decide(facts(has_lines=False), off)) == ["no_lines"]


def test_every_code_has_an_english_text_with_its_parameters():
    decision = decide(facts(confidence=0.1, duplicate_file="B1", total=9000), POLICY)
    for reason in decision.reasons:
        assert reason.code in TEXTS
    for ground in decide(facts(), POLICY).grounds:
        assert ground.code in GROUND_TEXTS
        GROUND_TEXTS[ground.code] % ground.params  # every placeholder has its value
