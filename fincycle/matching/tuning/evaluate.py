"""Scoring the matcher against a ground truth: auto precision/recall, top-1 accuracy, errors
per category, and a reliability table of the scores.

Two ways of counting a line right. *Strict*: the best candidate is the true set of items or one
the ground truth lists as acceptable (the generators list, for a subscription payment naming
nothing, the other look-alikes open in the generator's own account of the customer). *Booked
first in, first out* (``fifo_equivalents``): a line paying one item without naming it (no
reference of it, not its month in the text) is also right when it is booked to another open
item of the same partner, currency and amount issued no later than the true one: what an
accountant books when nothing tells the months apart; the customer's balance is the same and the
oldest debt is settled. The generators may call such a booking wrong when an earlier payment of
the customer was not matched at all (they then count the older month as paid); ``precision``
and ``recall`` are strict, ``precision_fifo`` and ``recall_fifo`` count both.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from ..engine import Matcher
from ..model import BankLine, Candidate, MatchConfig, OpenItem
from ..text import compact_key, month_mentions
from .samples import read_sample

__all__ = [
    "SAMPLE_RATES_CHF",
    "Evaluation",
    "evaluate",
    "fifo_equivalents",
    "reliability",
    "run_sample",
    "run_scenario",
    "sample_fx_rate",
]

# Value of one unit in CHF around May-June 2025: what Odoo's currency table would give when a
# sample is matched outside Odoo.
SAMPLE_RATES_CHF = {
    "CHF": Decimal(1),
    "EUR": Decimal("0.94"),
    "USD": Decimal("0.84"),
    "GBP": Decimal("1.11"),
}


def sample_fx_rate(source: str, target: str, _day=None) -> Decimal | None:
    if source not in SAMPLE_RATES_CHF or target not in SAMPLE_RATES_CHF:
        return None
    return SAMPLE_RATES_CHF[source] / SAMPLE_RATES_CHF[target]


@dataclass
class Evaluation:
    lines: int = 0
    with_match: int = 0
    auto: int = 0
    auto_correct: int = 0
    top1_correct: int = 0
    false_suggestions: int = 0  # lines paying nothing whose best candidate reaches "suggest"
    auto_fifo: int = 0  # auto-reconciled to a look-alike booked first in, first out (not strict)
    top1_fifo: int = 0
    by_category: dict[str, dict[str, int]] = field(default_factory=dict)
    errors: list[dict] = field(default_factory=list)
    results: Mapping = field(default_factory=dict)  # what was evaluated: line → candidates

    @property
    def precision(self) -> float:
        return self.auto_correct / self.auto if self.auto else 1.0

    @property
    def recall(self) -> float:
        return self.auto_correct / self.with_match if self.with_match else 1.0

    @property
    def top1(self) -> float:
        return self.top1_correct / self.with_match if self.with_match else 1.0

    @property
    def precision_fifo(self) -> float:
        return (self.auto_correct + self.auto_fifo) / self.auto if self.auto else 1.0

    @property
    def recall_fifo(self) -> float:
        right = self.auto_correct + self.auto_fifo
        return right / self.with_match if self.with_match else 1.0


def _right(candidate: Candidate | None, truth: set, alternatives) -> bool:
    if candidate is None or not truth:
        return False
    got = {str(i) for i in candidate.items}
    return got == {str(i) for i in truth} or any(
        got == {str(i) for i in alt} for alt in alternatives
    )


def evaluate(
    results: Mapping[Hashable, list[Candidate]],
    truth: Mapping[Hashable, set],
    *,
    auto_threshold: float = 0.95,
    suggest_threshold: float = 0.60,
    alternatives: Mapping[Hashable, list[set]] | None = None,
    categories: Mapping[Hashable, str] | None = None,
    equivalents: Mapping[Hashable, list[set]] | None = None,
) -> Evaluation:
    """Compare the best candidate of every line in ``truth`` with its true item set
    (``equivalents``: the bookings first in, first out of ``fifo_equivalents``, counted apart)."""
    alternatives = alternatives or {}
    categories = categories or {}
    equivalents = equivalents or {}
    report = Evaluation()
    stats: dict[str, dict[str, int]] = defaultdict(
        lambda: {"lines": 0, "auto_right": 0, "auto_wrong": 0, "top1_wrong": 0, "not_auto": 0}
    )
    for key, expected in truth.items():
        candidates = results.get(key) or []
        best = candidates[0] if candidates else None
        alts = alternatives.get(key, [])
        category = categories.get(key, "")
        row = stats[category]
        row["lines"] += 1
        report.lines += 1
        right = _right(best, expected, alts)
        is_auto = best is not None and best.score >= auto_threshold
        fifo = not right and _right(best, expected, equivalents.get(key, []))
        report.top1_fifo += fifo
        report.auto_fifo += fifo and is_auto
        if expected:
            report.with_match += 1
            report.top1_correct += right
            if not right:
                row["top1_wrong"] += 1
        elif best is not None and best.score >= suggest_threshold:
            report.false_suggestions += 1
        if is_auto:
            report.auto += 1
            report.auto_correct += right
            row["auto_right" if right else "auto_wrong"] += 1
        elif expected:
            row["not_auto"] += 1
        if (expected and not (right and is_auto)) or (not expected and best is not None):
            if not expected and best.score < suggest_threshold:
                continue
            report.errors.append(
                {
                    "key": key,
                    "category": category,
                    "truth": sorted(str(i) for i in expected),
                    "best": sorted(str(i) for i in best.items) if best else [],
                    "score": round(best.score, 3) if best else 0.0,
                    "kind": best.kind if best else "",
                    "problem": (
                        "fifo auto"
                        if is_auto and fifo
                        else "wrong auto"
                        if is_auto and not right
                        else "wrong suggestion"
                        if best is not None and not right
                        else "below auto"
                        if right
                        else "no candidate"
                    ),
                }
            )
    report.by_category = dict(stats)
    report.results = results
    return report


def _names(line: BankLine, item: OpenItem) -> bool:
    """The line's text names the item: a reference or number of it, or its month."""
    text = compact_key(" ".join((line.label, line.reference, line.structured_ref, line.narration)))
    keys = (item.number, item.payment_ref, item.customer_ref)
    if any(len(compact_key(k)) >= 4 and compact_key(k) in text for k in keys):
        return True
    day = item.invoice_date
    months = month_mentions(line.label) | month_mentions(line.reference)
    return day is not None and bool({(day.year, day.month), (None, day.month)} & months)


def fifo_equivalents(
    lines: list[BankLine], items: list[OpenItem], truth: Mapping[Hashable, set]
) -> dict[Hashable, list[set]]:
    """For each line paying one item without naming it, the other items of the same partner,
    currency and open amount issued no later than it (see the module's help)."""
    families = defaultdict(list)
    for item in items:
        if item.partner_id is not None and item.invoice_date is not None:
            families[(item.partner_id, item.currency, item.residual)].append(item)
    by_id = {item.id: item for item in items}
    result = {}
    for line in lines:
        expected = truth.get(line.id) or set()
        if len(expected) != 1:
            continue
        item = by_id.get(next(iter(expected)))
        if item is None or item.partner_id is None or item.invoice_date is None:
            continue
        if _names(line, item):
            continue
        family = families[(item.partner_id, item.currency, item.residual)]
        older = [{o.id} for o in family if o.id != item.id and o.invoice_date <= item.invoice_date]
        if older:
            result[line.id] = older
    return result


def reliability(
    results: Mapping[Hashable, list[Candidate]],
    truth: Mapping[Hashable, set],
    alternatives: Mapping[Hashable, list[set]] | None = None,
    edges=(0.0, 0.2, 0.4, 0.6, 0.8, 0.9, 0.95, 0.99, 1.01),
) -> list[tuple[float, float, int, float]]:
    """(low, high, count, share right) of every returned candidate by score bucket: a
    calibrated score has a share right close to the bucket's scores."""
    alternatives = alternatives or {}
    buckets = [[0, 0] for _ in edges[:-1]]
    for key, expected in truth.items():
        for candidate in results.get(key) or []:
            for index in range(len(edges) - 1):
                if edges[index] <= candidate.score < edges[index + 1]:
                    buckets[index][0] += 1
                    buckets[index][1] += _right(candidate, expected, alternatives.get(key, []))
                    break
    return [
        (edges[i], min(edges[i + 1], 1.0), n, right / n if n else 0.0)
        for i, (n, right) in enumerate(buckets)
    ]


def run_sample(directory, config: MatchConfig | None = None, weights=None):
    """(evaluation, reliability table, lines per second) of ``Matcher.match_all`` on a
    directory laid out like ``samples/matching``, company by company, at ``SAMPLE_RATES_CHF``."""
    config = config or MatchConfig()
    sample = read_sample(directory)
    results = {}
    elapsed = 0.0
    for company in sample.companies():
        lines, items = sample.for_company(company)
        started = time.perf_counter()
        matcher = Matcher(items, config, fx_rate=sample_fx_rate, weights=weights)
        results.update(matcher.match_all(lines))
        elapsed += time.perf_counter() - started
    report = evaluate(
        results,
        sample.truth,
        auto_threshold=config.auto_threshold,
        suggest_threshold=config.suggest_threshold,
        alternatives=sample.alternatives,
        categories=sample.categories,
        equivalents=fifo_equivalents(sample.lines, sample.items, sample.truth),
    )
    table = reliability(results, sample.truth, sample.alternatives)
    return report, table, len(sample.lines) / elapsed if elapsed else 0.0


def run_scenario(scenario, config: MatchConfig | None = None, weights=None):
    """(evaluation, reliability table, lines per second) of ``Matcher.match_all`` on a
    generated scenario (``synthetic`` or ``yearly``): index build and matching timed."""
    config = config or MatchConfig()
    started = time.perf_counter()
    matcher = Matcher(scenario.items, config, fx_rate=scenario.fx_rate, weights=weights)
    results = matcher.match_all(scenario.lines)
    elapsed = time.perf_counter() - started
    report = evaluate(
        results,
        scenario.truth,
        auto_threshold=config.auto_threshold,
        suggest_threshold=config.suggest_threshold,
        alternatives=scenario.alternatives,
        categories=scenario.categories,
        equivalents=fifo_equivalents(scenario.lines, scenario.items, scenario.truth),
    )
    table = reliability(results, scenario.truth, scenario.alternatives)
    return report, table, len(scenario.lines) / elapsed if elapsed else 0.0
