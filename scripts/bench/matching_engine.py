#!/usr/bin/env python3
# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Bank-matching engine benchmark (pure Python, no Odoo).

  .venv/bin/python scripts/bench/matching_engine.py [DIR] [--large]
      [--generated PROFILE:SEED ...] [--fit-sets] [--held-out] [--items N]
      [--summary] [--verbose]

DIR is laid out like ``samples/matching``. Each company's bank lines are matched against its
open items with ``Matcher.match_all``; printed: auto-reconcile precision and recall at the
auto threshold, top-1 accuracy (lines with a true match whose best candidate is exactly
right; listed acceptable alternatives count as right), the same counting a look-alike booked
first in, first out as right (``evaluate.fifo_equivalents``), errors per category, the lines
that are not auto-reconciled correctly, and the engine's speed. Foreign-currency lines use fixed
approximate rates of May 2025 (``evaluate.SAMPLE_RATES_CHF``, what Odoo's rates would give).

``--generated PROFILE:SEED`` matches a generated scenario instead (or as well): PROFILE is
one of ``yearly.PROFILES`` (a year or more of one company, drawn with that profile's habits)
or ``synthetic`` (the generator the weights were first fitted on; ``--items`` sets its size).
``--fit-sets`` runs the yearly scenarios the weights are fitted on, ``--held-out`` those kept
out of fitting and of the tuning of the rules (``yearly.HELD_OUT_SETS``), plus the fitting
profiles drawn with seeds never fitted on. ``--summary`` prints the figures without the list
of lines (what to look at on held-out sets).

``--large`` adds the scale case: 20,000 bank lines against 10,000 open invoices from the
synthetic generator (build the indexes, ``match`` every line, then ``match_all``).
"""

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from fincycle.matching import MatchConfig, Matcher  # noqa: E402
from fincycle.matching.tuning import synthetic, yearly  # noqa: E402
from fincycle.matching.tuning.evaluate import (  # noqa: E402
    evaluate,
    fifo_equivalents,
    run_sample,
    run_scenario,
)


def print_figures(title, report, speed):
    wrong = report.auto - report.auto_correct
    print(
        f"{title}: {report.lines} lines, {report.with_match} with a match; auto"
        f" {report.auto}, precision {report.precision:.2%} ({wrong} wrong), recall"
        f" {report.recall:.2%}, top-1 {report.top1:.2%}, no-match lines suggested"
        f" {report.false_suggestions}, {speed:,.0f} lines/s; booked first in, first out:"
        f" precision {report.precision_fifo:.2%}, recall {report.recall_fifo:.2%}"
    )


def print_report(report, table, speed, verbose=False, summary=False):
    print(
        f"lines {report.lines}, with a true match {report.with_match}\n"
        f"auto-reconciled {report.auto}: precision {report.precision:.2%}"
        f" ({report.auto - report.auto_correct} wrong), recall {report.recall:.2%}\n"
        f"top-1 suggestion accuracy {report.top1:.2%}"
        f" ({report.top1_correct}/{report.with_match})\n"
        f"counting look-alikes booked first in, first out (evaluate.fifo_equivalents):"
        f" precision {report.precision_fifo:.2%}, recall {report.recall_fifo:.2%}\n"
        f"lines paying nothing with a suggestion >= suggest threshold: {report.false_suggestions}\n"
        f"engine speed: {speed:,.0f} lines/s"
    )
    print("\nper category: lines, auto right, auto wrong, not auto (with a match), top-1 wrong")
    for category, row in sorted(report.by_category.items()):
        print(
            f"  {category:28s} {row['lines']:4d} {row['auto_right']:5d} {row['auto_wrong']:5d}"
            f" {row['not_auto']:5d} {row['top1_wrong']:5d}"
        )
    print("\nscore reliability: bucket, candidates, share right")
    for low, high, count, right in table:
        if count:
            print(f"  [{low:.2f}, {high:.2f})  {count:5d}  {right:6.1%}")
    if summary:
        return
    print("\nnot auto-reconciled right:")
    for error in report.errors:
        print(
            f"  {error['problem']:16s} {error['category']:26s} {error['key']}"
            f" truth={','.join(error['truth']) or '-'} best={','.join(error['best']) or '-'}"
            f" score={error['score']} {error['kind']}"
        )
        if verbose:
            for candidate in report.results.get(error["key"], [])[:2]:
                print(f"      {candidate.items} {candidate.score} {candidate.kind}")
                for evidence in candidate.evidence:
                    print(f"         {evidence.weight:+.2f} {evidence.signal}: {evidence.detail}")


def scenario_of(spec, items=None):
    """A generated scenario from ``PROFILE:SEED`` (see the module help)."""
    name, _sep, seed = spec.rpartition(":")
    if not name or not seed.isdigit():
        raise SystemExit(f"--generated {spec}: expected PROFILE:SEED, e.g. held-retail:9001")
    if name == "synthetic":
        size = items or 500
        return synthetic.generate(int(seed), n_items=size, n_lines=size)
    if name not in yearly.PROFILES:
        raise SystemExit(f"unknown profile {name}: synthetic or {', '.join(yearly.PROFILES)}")
    return yearly.generate(int(seed), name, items=items)


def run_generated(specs, args):
    totals = {}
    for spec in specs:
        started = time.perf_counter()
        sc = scenario_of(spec, args.items)
        print(
            f"\n== {spec}: {len(sc.lines):,} bank lines, {len(sc.items):,} open items"
            f" (generated in {time.perf_counter() - started:.1f} s)"
        )
        report, table, speed = run_scenario(sc)
        print_figures(spec, report, speed)
        if not args.summary_only:
            print_report(report, table, speed, args.verbose, args.summary)
        totals[spec] = report
    if len(totals) > 1:
        auto = sum(r.auto for r in totals.values())
        right = sum(r.auto_correct for r in totals.values())
        fifo = right + sum(r.auto_fifo for r in totals.values())
        with_match = sum(r.with_match for r in totals.values())
        top1 = sum(r.top1_correct for r in totals.values())
        worst = min(totals.items(), key=lambda kv: kv[1].precision)
        worst_fifo = min(totals.items(), key=lambda kv: kv[1].precision_fifo)
        print(
            f"\nall {len(totals)} sets: auto {auto}, precision {right / max(auto, 1):.2%}"
            f" ({auto - right} wrong), recall {right / max(with_match, 1):.2%}, top-1"
            f" {top1 / max(with_match, 1):.2%}; lowest precision {worst[1].precision:.2%}"
            f" ({worst[0]})\n  booked first in, first out: precision"
            f" {fifo / max(auto, 1):.2%} ({auto - fifo} wrong), recall"
            f" {fifo / max(with_match, 1):.2%}; lowest precision"
            f" {worst_fifo[1].precision_fifo:.2%} ({worst_fifo[0]})"
        )


def run_large(seed=20_000, n_items=10_000, n_lines=20_000):
    started = time.perf_counter()
    sc = synthetic.generate(seed, n_items=n_items, n_lines=n_lines)
    print(
        f"\nlarge case: {len(sc.lines):,} bank lines, {len(sc.items):,} open items"
        f" (generated in {time.perf_counter() - started:.1f} s)"
    )
    config = MatchConfig()
    started = time.perf_counter()
    matcher = Matcher(sc.items, config, fx_rate=sc.fx_rate)
    built = time.perf_counter() - started
    started = time.perf_counter()
    for line in sc.lines:
        matcher.match(line)
    scored = time.perf_counter() - started
    started = time.perf_counter()
    results = matcher.match_all(sc.lines)
    batch = time.perf_counter() - started
    print(
        f"  index build {built:.2f} s; match() of every line {scored:.2f} s"
        f" ({len(sc.lines) / scored:,.0f} lines/s); build + match() {built + scored:.2f} s\n"
        f"  match_all (greedy, no residual handed out twice) {batch:.2f} s;"
        f" build + match_all {built + batch:.2f} s"
    )
    report = evaluate(
        results,
        sc.truth,
        alternatives=sc.alternatives,
        categories=sc.categories,
        auto_threshold=config.auto_threshold,
        equivalents=fifo_equivalents(sc.lines, sc.items, sc.truth),
    )
    print(
        f"  auto precision {report.precision:.2%} ({report.auto - report.auto_correct} wrong of"
        f" {report.auto}), recall {report.recall:.2%}, top-1 {report.top1:.2%}"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", help="a directory laid out like samples/matching")
    parser.add_argument("--large", action="store_true", help="also time 20,000 x 10,000")
    parser.add_argument(
        "--generated", action="append", default=[], metavar="PROFILE:SEED",
        help="a generated scenario (repeatable): yearly profile or 'synthetic'",
    )  # fmt: skip
    parser.add_argument("--fit-sets", action="store_true", help="the yearly sets fitted on")
    parser.add_argument("--held-out", action="store_true", help="the sets kept out of fitting")
    parser.add_argument("--items", type=int, help="size of the generated scenarios")
    parser.add_argument("--summary", action="store_true", help="figures, no list of lines")
    parser.add_argument("--summary-only", action="store_true", help="one line per scenario")
    parser.add_argument("--verbose", action="store_true", help="evidence of the errors")
    args = parser.parse_args()
    specs = list(args.generated)
    if args.fit_sets:
        specs += [f"{name}:{seed}" for name, seed in yearly.FIT_SETS]
    if args.held_out:
        specs += [f"{name}:{seed}" for name, seed in yearly.HELD_OUT_SETS + yearly.UNSEEN_SEEDS]
    if not args.directory and not specs and not args.large:
        parser.error("give a directory, --generated, --fit-sets, --held-out or --large")
    if args.directory:
        report, table, speed = run_sample(args.directory)
        print_report(report, table, speed, args.verbose, args.summary)
    if specs:
        run_generated(specs, args)
    if args.large:
        run_large()


if __name__ == "__main__":
    main()
