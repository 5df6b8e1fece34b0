#!/usr/bin/env python3
# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Refit the bank-matching signal weights on generated scenarios and print them.

Pure Python (no Odoo). Training scenarios come from two independent generators:
``fincycle.matching.tuning.synthetic`` (seeds ``--seed`` .. ``--seed + --scenarios - 1``,
100-800 open items each, about six weeks, CHF and EUR companies) and
``fincycle.matching.tuning.yearly`` (``yearly.FIT_SETS``: a year or more of one company, drawn
with the fitting profiles). The weights maximise the conditional-logit likelihood
(``fincycle.matching.tuning.calibration``).

They are then checked on scenarios kept out of the fit: other synthetic seeds, the fitting
profiles drawn with other seeds (``yearly.UNSEEN_SEEDS``), and the held-out profiles
(``yearly.HELD_OUT_SETS``: other category shares, payer habits, lengths, namesakes,
subscribers; only with ``--held-out``: tuning runs never look at them), one line per set:
auto precision/recall, top-1 accuracy, lines per second; and, with ``--sample DIR``, a
scenario laid out like ``samples/matching``.

  .venv/bin/python scripts/bench/calibrate_matching.py [--scenarios 80] [--seed 1000]
      [--test-scenarios 20] [--no-yearly] [--held-out] [--sample DIR] [--write]

``--write`` regenerates ``fincycle/matching/weights.py`` with the fitted values.
"""

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from fincycle.matching import MatchConfig, Matcher  # noqa: E402
from fincycle.matching.tuning import yearly  # noqa: E402
from fincycle.matching.tuning.calibration import FEATURE_HELP, collect, fit  # noqa: E402
from fincycle.matching.tuning.evaluate import (  # noqa: E402
    evaluate,
    fifo_equivalents,
    reliability,
    run_sample,
)
from fincycle.matching.tuning.synthetic import generate  # noqa: E402
from fincycle.matching.weights import FEATURES, WEIGHTS  # noqa: E402

WEIGHTS_FILE = ROOT / "fincycle" / "matching" / "weights.py"


def scenario(seed):
    rng = random.Random(seed)
    size = rng.randint(100, 800)
    return generate(seed, n_items=size, n_lines=int(size * rng.uniform(0.8, 1.2)))


def check(scenarios, weights, config):
    """Evaluation and reliability table over ``scenarios`` (name → scenario), and lines/s."""
    results, truth, alternatives, categories, equivalents = {}, {}, {}, {}, {}
    elapsed, lines = 0.0, 0
    for name, sc in scenarios.items():
        started = time.perf_counter()
        matcher = Matcher(sc.items, config, fx_rate=sc.fx_rate, weights=weights)
        found = matcher.match_all(sc.lines)
        elapsed += time.perf_counter() - started
        lines += len(sc.lines)
        for key, candidates in found.items():
            results[(name, key)] = candidates
        for key, value in sc.truth.items():
            truth[(name, key)] = value
            categories[(name, key)] = sc.categories[key]
        for key, value in sc.alternatives.items():
            alternatives[(name, key)] = value
        for key, value in fifo_equivalents(sc.lines, sc.items, sc.truth).items():
            equivalents[(name, key)] = value
    report = evaluate(
        results,
        truth,
        auto_threshold=config.auto_threshold,
        suggest_threshold=config.suggest_threshold,
        alternatives=alternatives,
        categories=categories,
        equivalents=equivalents,
    )
    return report, reliability(results, truth, alternatives), lines / elapsed if elapsed else 0.0


def show(title, report, table=None, speed=None):
    print(
        f"{title}: {report.lines} lines, {report.with_match} with a match; auto precision"
        f" {report.precision:.2%} ({report.auto - report.auto_correct} wrong of {report.auto}),"
        f" recall {report.recall:.2%}, top-1 {report.top1:.2%},"
        f" no-match lines suggested {report.false_suggestions}"
        + (f", {speed:,.0f} lines/s" if speed else "")
        + f"; booked first in, first out: precision {report.precision_fifo:.2%},"
        f" recall {report.recall_fifo:.2%}"
    )
    if table:
        print("  score bucket     candidates  right")
        for low, high, count, right in table:
            if count:
                print(f"  [{low:.2f}, {high:.2f})  {count:10d}  {right:6.1%}")


def write(weights, info, l2):
    lines = [
        '"""Signal weights of the matcher: log-odds contributions of binary features.',
        "",
        "Fitted by ``scripts/bench/calibrate_matching.py --write``: a conditional logit over each",
        'line\'s candidates plus "no match" (L2 penalty '
        f"{l2}, signs constrained, Newton's method),",
        "on generated scenarios of ``fincycle.matching.tuning.synthetic`` and ``.yearly``:",
        f"{info}.",
        "Refit after changing a feature, the candidate generation or a generator.",
        '"""',
        "",
        "FEATURES = (",
        *[f'    "{name}",' for name in FEATURES],
        ")",
        "",
        "WEIGHTS = {",
        *[f'    "{name}": {weights[name]},  # {FEATURE_HELP[name]}' for name in FEATURES],
        "}",
        "",
    ]
    WEIGHTS_FILE.write_text("\n".join(lines), encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenarios", type=int, default=80)
    parser.add_argument("--seed", type=int, default=1000)
    parser.add_argument("--test-scenarios", type=int, default=20)
    parser.add_argument("--no-yearly", action="store_true", help="fit on synthetic only")
    parser.add_argument(
        "--held-out", action="store_true", help="also measure the held-out profiles"
    )
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--sample", help="a directory laid out like samples/matching")
    parser.add_argument("--write", action="store_true", help="rewrite fincycle/matching/weights.py")
    args = parser.parse_args()
    config = MatchConfig()

    started = time.monotonic()
    groups = []
    lines = 0
    for seed in range(args.seed, args.seed + args.scenarios):
        sc = scenario(seed)
        lines += len(sc.lines)
        groups.extend(collect(sc, config))
    synthetic_lines = lines
    fit_sets = () if args.no_yearly else yearly.FIT_SETS
    for name, seed in fit_sets:
        sc = yearly.generate(seed, name)
        lines += len(sc.lines)
        groups.extend(collect(sc, config))
    chosen = sum(1 for _v, c in groups if c >= 0)
    print(
        f"training: {args.scenarios} synthetic scenarios ({synthetic_lines} lines) and"
        f" {len(fit_sets)} yearly ({lines - synthetic_lines} lines), {len(groups)} lines with"
        f" candidates ({chosen} with the true one among them) in"
        f" {time.monotonic() - started:.1f} s"
    )
    started = time.monotonic()
    weights = fit(groups, l2=args.l2, start=WEIGHTS, log=lambda m: print("  " + m))
    print(f"fitted in {time.monotonic() - started:.1f} s\n\nWEIGHTS = {{")
    for name in FEATURES:
        print(f'    "{name}": {weights[name]},')
    print("}\n")

    test_seeds = range(args.seed + 100_000, args.seed + 100_000 + args.test_scenarios)
    show(
        "held-out synthetic seeds",
        *check({seed: scenario(seed) for seed in test_seeds}, weights, config),
    )
    if not args.no_yearly:
        print("\nfitting profiles, seeds not fitted on:")
        for name, seed in yearly.UNSEEN_SEEDS:
            report, _table, speed = check({0: yearly.generate(seed, name)}, weights, config)
            show(f"  {name}:{seed}", report, speed=speed)
    if args.held_out:
        print("\nheld-out profiles (never fitted on nor tuned on):")
        for name, seed in yearly.HELD_OUT_SETS:
            report, _table, speed = check({0: yearly.generate(seed, name)}, weights, config)
            show(f"  {name}:{seed}", report, speed=speed)
    if args.sample:
        report, table, _speed = run_sample(args.sample, config, weights)
        show(f"sample {args.sample}", report, table)
    if args.write:
        write(
            weights,
            f"synthetic seeds {args.seed}-{args.seed + args.scenarios - 1} and"
            f" {len(fit_sets)} yearly sets (yearly.FIT_SETS), {lines} bank lines,"
            f" {len(groups)} choice situations",
            args.l2,
        )
        print(f"\nwritten to {WEIGHTS_FILE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
