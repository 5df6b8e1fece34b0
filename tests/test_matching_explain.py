"""The evidence is data: codes with typed parameters, never a sentence for a user."""

from datetime import date
from decimal import Decimal

import pytest

from fincycle.matching import BankLine, Evidence, Matcher, Money, OpenItem
from fincycle.matching.explain import (
    CODES,
    COUNT,
    CURRENCY,
    DATE,
    DOCUMENT,
    DOCUMENTS,
    KINDS,
    LINE,
    MONEY,
    MONTH,
    MONTHS,
    PARTNER,
    SHARE,
    TEXT,
    english,
    from_json,
    to_json,
)
from fincycle.matching.tuning import synthetic, yearly
from fincycle.matching.weights import FEATURES


def _is_month(value):
    return (
        isinstance(value, tuple)
        and len(value) == 2
        and (value[0] is None or isinstance(value[0], int))
        and 1 <= value[1] <= 12
    )


KIND_CHECKS = {
    MONEY: lambda v: isinstance(v, Money) and isinstance(v.amount, Decimal),
    SHARE: lambda v: isinstance(v, Decimal),
    DATE: lambda v: isinstance(v, date),
    MONTH: _is_month,
    MONTHS: lambda v: isinstance(v, tuple) and v and all(_is_month(m) for m in v),
    COUNT: lambda v: isinstance(v, int) and v > 0,
    DOCUMENT: lambda v: isinstance(v, str) and v,
    DOCUMENTS: lambda v: isinstance(v, tuple) and v and all(isinstance(d, str) for d in v),
    PARTNER: lambda v: isinstance(v, str),
    TEXT: lambda v: isinstance(v, str) and v,
    CURRENCY: lambda v: isinstance(v, str) and len(v) == 3,
    LINE: lambda v: v is not None,
}


def _all_evidence():
    """The evidence of every candidate of a few generated scenarios (batch and single)."""
    found = []
    scenarios = [synthetic.generate(seed, n_items=300, n_lines=300) for seed in (41, 42)]
    scenarios.append(yearly.generate(3, "fit-mixed", items=400))
    for scenario in scenarios:
        rates = scenario.rates

        def fx_rate(source, target, _day, rates=rates):
            if source not in rates or target not in rates:
                return None
            return Decimal(rates[source]) / Decimal(rates[target])

        matcher = Matcher(scenario.items, fx_rate=fx_rate)
        for candidates in matcher.match_all(scenario.lines).values():
            for candidate in candidates:
                found.extend(candidate.evidence)
    return found


@pytest.fixture(scope="module")
def evidence():
    return _all_evidence()


def test_every_kind_has_a_check():
    assert set(KIND_CHECKS) == KINDS
    assert all(set(kinds.values()) <= KINDS for kinds in CODES.values())


def test_evidence_is_a_known_code_with_its_typed_parameters(evidence):
    assert len(evidence) > 1000
    for item in evidence:
        assert item.code in CODES, item
        kinds = CODES[item.code]
        assert set(item.params) == set(kinds), item
        for name, kind in kinds.items():
            assert KIND_CHECKS[kind](item.params[name]), (item.code, name, item.params[name])


def test_weights_belong_to_signals_that_are_features_or_rules(evidence):
    lowering = {"policy", "ambiguity", "twin", "contested"}
    unweighted = {"check_digit", "fifo"}  # (fifo: a batch rule lifted a policy)
    for item in evidence:
        assert item.signal in FEATURES or item.signal in lowering | unweighted, item
        if item.signal in lowering:
            assert item.weight < 0, item
        if item.signal in unweighted:
            assert item.weight == 0, item


def test_the_scenarios_exercise_most_codes(evidence):
    seen = {item.code for item in evidence}
    # a guard against a generator change that would leave the check above with little to see
    assert len(seen) >= 30, sorted(set(CODES) - seen)


def test_every_code_has_english_for_logs_and_survives_json():
    samples = {
        MONEY: Money(Decimal("1250.50"), "CHF"),
        SHARE: Decimal("0.025"),
        DATE: date(2026, 3, 4),
        MONTH: (2026, 3),
        MONTHS: ((2026, 2), (None, 3)),
        COUNT: 2,
        DOCUMENT: "INV/2026/00004",
        DOCUMENTS: ("INV/2026/00004", "INV/2026/00005"),
        PARTNER: "Praxis Dr. Meier",
        TEXT: "inv 2026 4",
        CURRENCY: "EUR",
        LINE: 17,
    }
    for code, kinds in CODES.items():
        item = Evidence("x", code, {name: samples[kind] for name, kind in kinds.items()}, 1.5)
        text = english(item)
        assert text and "{" not in text, code
        assert item.detail == text
        assert from_json(to_json(item)) == item, code


def test_a_code_from_another_version_is_read_back_as_stored():
    item = from_json({"signal": "s", "code": "retired_code", "params": {"a": 1}, "weight": 0.5})
    assert item.code == "retired_code"
    assert item.params == {"a": 1}
    assert "retired_code" in english(item)


def test_the_reference_found_is_told_by_its_kind():
    items = [
        synthetic_item(1, "640.00", "INV/2025/00101", customer_ref="PO-4711-88"),
        synthetic_item(2, "310.00", "INV/2025/00102"),
    ]
    matcher = Matcher(items)
    top = matcher.match(bank_line("640.00", "Your order PO 4711 88"))[0]
    ref = next(e for e in top.evidence if e.signal == "ref_exact")
    assert ref.code == "ref_customer_ref"
    assert ref.params == {"typed": "PO 4711 88", "document": "INV/2025/00101"}
    top = matcher.match(bank_line("310.00", "Rechnung INV/2025/00102"))[0]
    amount = next(e for e in top.evidence if e.code == "amt_exact")
    assert amount.params == {"amount": Money(Decimal("310.00"), "CHF")}
    assert amount.weight > 0


def synthetic_item(item_id, amount, number, **values):
    return OpenItem(
        id=item_id,
        residual=Decimal(amount),
        currency="CHF",
        partner_id=10,
        partner_name="Rigi Fiduciaire AG",
        number=number,
        invoice_date=date(2025, 4, 1),
        due_date=date(2025, 5, 1),
        **values,
    )


def bank_line(amount, label):
    return BankLine(
        id="L1", amount=Decimal(amount), currency="CHF", date=date(2025, 5, 10), label=label
    )
