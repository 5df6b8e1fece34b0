"""The second scenario generator (a year of one company, drawn from habits), and the matcher on
scenarios of profiles it was neither fitted nor tuned on."""

from collections import Counter
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from fincycle.banking.references import is_valid_iban, is_valid_qrr, is_valid_scor
from fincycle.matching import BankLine, Matcher, OpenItem
from fincycle.matching.tuning import yearly
from fincycle.matching.tuning.calibration import collect
from fincycle.matching.tuning.evaluate import evaluate
from fincycle.matching.tuning.synthetic import Scenario

SMALL = 700  # items: a few seconds for the whole file


def small(seed, profile):
    return yearly.generate(seed, profile, items=SMALL)


def test_generation_is_deterministic():
    one, two = small(3, "fit-mixed"), small(3, "fit-mixed")
    assert one.lines == two.lines
    assert one.items == two.items
    assert one.truth == two.truth
    assert small(4, "fit-mixed").lines != one.lines


@pytest.mark.parametrize("profile", sorted(yearly.PROFILES))
def test_scenarios_are_consistent(profile):
    sc = small(5, profile)
    items = {item.id: item for item in sc.items}
    assert [line.date for line in sc.lines] == sorted(line.date for line in sc.lines)
    assert len({line.id for line in sc.lines}) == len(sc.lines)
    applied = Counter()
    for line in sc.lines:
        allocations = sc.allocations[line.id]
        assert set(allocations) == sc.truth[line.id] <= set(items)
        for item_id, value in allocations.items():
            applied[item_id] += value
        same_currency = all(items[i].currency == line.currency for i in allocations)
        if sc.categories[line.id] in ("exact_structured_ref", "multi_invoice") and same_currency:
            assert sum(allocations.values()) == line.amount
        for alternative in sc.alternatives.get(line.id, ()):
            assert alternative <= set(items)
    for item_id, value in applied.items():
        assert abs(value) <= abs(items[item_id].residual)  # nothing is paid twice
    for item in sc.items:
        if item.payment_ref_type == "qrr":
            assert is_valid_qrr(item.payment_ref)
        if item.payment_ref_type == "scor":
            assert is_valid_scor(item.payment_ref)
        assert all(is_valid_iban(iban) for iban in item.partner_ibans)


def test_profiles_draw_other_distributions():
    shares = {}
    for profile in ("fit-mixed", "held-retail", "held-b2b"):
        sc = small(6, profile)
        counts = Counter(sc.categories.values())
        shares[profile] = {c: n / len(sc.lines) for c, n in counts.items()}
    retail, b2b = shares["held-retail"], shares["held-b2b"]
    assert retail["ambiguous_recurring"] + retail["recurring_period"] > 3 * (
        b2b.get("ambiguous_recurring", 0) + b2b.get("recurring_period", 0)
    )
    assert b2b["partial_payment"] > 2 * shares["fit-mixed"]["partial_payment"]
    sc = yearly.generate(6, "held-retail", items=SMALL)
    assert (sc.lines[-1].date - sc.lines[0].date).days > 500  # eighteen months


def test_namesakes_share_names():
    sc = small(7, replace(yearly.PROFILES["fit-namesakes"], namesakes=0.5))
    partners_by_name = Counter(
        name for _id, name in {(i.partner_id, i.partner_name) for i in sc.items}
    )
    assert sum(1 for count in partners_by_name.values() if count > 1) >= 3


def test_held_out_sets_are_kept_out_of_fitting():
    fitted = {name for name, _seed in yearly.FIT_SETS}
    held_out = {name for name, _seed in yearly.HELD_OUT_SETS}
    assert fitted == set(yearly.FIT_PROFILES)
    assert held_out == set(yearly.HELD_OUT_PROFILES)
    assert not fitted & held_out
    assert not {seed for _n, seed in yearly.FIT_SETS} & {
        seed for _n, seed in yearly.HELD_OUT_SETS + yearly.UNSEEN_SEEDS
    }


def test_calibration_counts_an_acceptable_alternative_as_chosen():
    # two monthly invoices alike: the oldest is proposed; the truth names the newer one and
    # lists the oldest as acceptable
    items = [
        OpenItem(i, Decimal("49.00"), "CHF", 1, "Lumen Gartenbau", number=f"A-{i}",
                 invoice_date=date(2025, month, 1))
        for i, month in ((1, 3), (2, 4))
    ]  # fmt: skip
    line = BankLine("L", Decimal("49.00"), "CHF", date(2025, 4, 20), label="Abo",
                    counterparty_name="Lumen Gartenbau")  # fmt: skip
    sc = Scenario(items, [line], truth={"L": {2}}, allocations={"L": {2: Decimal("49.00")}})
    assert collect(sc)[0][1] == -1  # the proposal is not the truth
    sc.alternatives = {"L": [{1}]}
    assert collect(sc)[0][1] == 0


@pytest.mark.parametrize("profile", sorted(yearly.FIT_PROFILES))
def test_matcher_on_seeds_it_was_not_fitted_on(profile):
    # (the held-out profiles are measured by scripts/bench/matching_engine.py --held-out only:
    # a test on them would be tuning on them)
    sc = yearly.generate(4242, profile, items=900)
    results = Matcher(sc.items, fx_rate=sc.fx_rate).match_all(sc.lines)
    report = evaluate(results, sc.truth, alternatives=sc.alternatives, categories=sc.categories)
    assert report.precision >= 0.995
    assert report.recall >= 0.6
    assert report.top1 >= 0.8
    # a payment made twice is never reconciled a second time
    assert report.by_category.get("duplicate_payment", {}).get("auto_wrong", 0) == 0
