"""The synthetic scenarios, the calibration, and the matcher on scenarios it was not fitted on."""

from collections import Counter
from decimal import Decimal

from fincycle.banking.references import is_valid_iban, is_valid_qrr, is_valid_scor
from fincycle.matching import MatchConfig, Matcher
from fincycle.matching.tuning.calibration import SIGNS, collect, fit, log_likelihood
from fincycle.matching.tuning.evaluate import evaluate
from fincycle.matching.tuning.synthetic import CATEGORY_WEIGHTS, generate
from fincycle.matching.weights import FEATURES, WEIGHTS


def test_generation_is_deterministic():
    one, two = generate(5, n_items=150, n_lines=150), generate(5, n_items=150, n_lines=150)
    assert one.lines == two.lines
    assert one.items == two.items
    assert one.truth == two.truth
    assert generate(6, n_items=150, n_lines=150).lines != one.lines


def test_scenario_is_consistent():
    sc = generate(8, n_items=600, n_lines=600)
    items = {item.id: item for item in sc.items}
    assert len(sc.lines) == 600
    assert set(Counter(sc.categories.values())) == set(CATEGORY_WEIGHTS)
    assert [line.date for line in sc.lines] == sorted(line.date for line in sc.lines)
    for line in sc.lines:
        assert sc.truth[line.id] <= set(items)
        allocations = sc.allocations[line.id]
        assert set(allocations) == sc.truth[line.id]
        same_currency = all(items[i].currency == line.currency for i in allocations)
        if sc.categories[line.id] in ("exact_structured_ref", "multi_invoice") and same_currency:
            assert sum(allocations.values()) == line.amount
    for item in sc.items:
        if item.payment_ref_type == "qrr":
            assert is_valid_qrr(item.payment_ref)
        if item.payment_ref_type == "scor":
            assert is_valid_scor(item.payment_ref)
        assert all(is_valid_iban(iban) for iban in item.partner_ibans)


def test_large_scenario_runs_out_of_invoices_gracefully():
    sc = generate(9, n_items=200, n_lines=1000)
    counts = Counter(sc.categories.values())
    assert len(sc.lines) == 1000
    assert counts["noise"] + counts["unknown_payer"] > 400


def test_calibration_recovers_the_direction_of_the_signals():
    groups = []
    for seed in (31, 32, 33):
        groups += collect(generate(seed, n_items=200, n_lines=200))
    weights = fit(groups, iterations=15)
    vector = [weights[name] for name in FEATURES]
    data = [(vectors, chosen, 1) for vectors, chosen in groups]
    assert log_likelihood(vector, data) > log_likelihood([0.0] * len(FEATURES), data)
    for name, sign in SIGNS.items():
        assert weights[name] * sign >= 0, name
    assert weights["ref_struct"] > 1
    assert weights["amt_exact"] > 0
    assert weights["ref_unknown"] < 0


def test_shipped_weights_respect_the_signs():
    for name, sign in SIGNS.items():
        assert WEIGHTS[name] * sign >= 0, name


def test_matcher_on_unseen_scenarios():
    results, truth, alternatives = {}, {}, {}
    for seed in (424_242, 424_243):
        sc = generate(seed, n_items=400, n_lines=400)
        for key, found in Matcher(sc.items, fx_rate=sc.fx_rate).match_all(sc.lines).items():
            results[(seed, key)] = found
        truth.update({(seed, k): v for k, v in sc.truth.items()})
        alternatives.update({(seed, k): v for k, v in sc.alternatives.items()})
    report = evaluate(results, truth, alternatives=alternatives)
    assert report.precision >= 0.99
    assert report.recall >= 0.85
    assert report.top1 >= 0.95


def test_amounts_are_money():
    sc = generate(12, n_items=100, n_lines=100)
    for line in sc.lines:
        assert line.amount == line.amount.quantize(Decimal("0.01"))
    assert sc.fx_rate("EUR", "CHF") == sc.rates["EUR"]
    assert sc.fx_rate("XXX", "CHF") is None
    assert MatchConfig().tolerance("CHF") == Decimal("0.05")
