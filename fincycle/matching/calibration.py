"""Fitting the signal weights: a conditional logit over each line's candidates plus "no match".

For every synthetic bank line the matcher's candidates are listed with their binary features;
the true candidate (or "no match" when the truth is not among them) is the observed choice.
The weights maximise the likelihood

    P(candidate j | line) = exp(w·x_j) / (1 + Σ_k exp(w·x_k))

with a small L2 penalty, by Newton's method. Lines are replayed in date order and the true
allocations are applied as the engine's batch mode does, so a second payment of an invoice
meets an index where that invoice is gone. Pure Python: features are binary and sparse, and
identical lines are counted once with a weight.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from .engine import Matcher
from .model import MatchConfig
from .synthetic import Scenario
from .weights import FEATURES

__all__ = ["collect", "fit", "log_likelihood"]

Group = tuple[tuple[tuple[int, ...], ...], int]  # candidates (active feature indexes), chosen


def collect(scenario: Scenario, config: MatchConfig | None = None) -> list[Group]:
    """The choice situations of one scenario."""
    index = {name: k for k, name in enumerate(FEATURES)}
    matcher = Matcher(scenario.items, config, fx_rate=scenario.fx_rate)
    groups: list[Group] = []
    for line in sorted(scenario.lines, key=lambda line: (line.date, str(line.id))):
        raws = matcher.raw_candidates(line)
        truth = frozenset(scenario.truth.get(line.id, ()))
        chosen = -1
        for k, raw in enumerate(raws):
            if truth and frozenset(raw.items) == truth:
                chosen = k
                break
        vectors = tuple(
            tuple(sorted(index[name] for name, value in raw.features.items() if value))
            for raw in raws
        )
        if vectors:
            groups.append((vectors, chosen))
        for item_id, applied in scenario.allocations.get(line.id, {}).items():
            item = matcher.items.get(item_id)
            if item is not None:
                matcher.update(replace(item, residual=item.residual - applied))
    return groups


def _aggregate(groups: Iterable[Group]) -> list[tuple[tuple, int, int]]:
    """Identical situations counted once: (candidates sorted, chosen position, count)."""
    counter: Counter = Counter()
    for vectors, chosen in groups:
        picked = vectors[chosen] if chosen >= 0 else None
        ordered = tuple(sorted(vectors))
        counter[(ordered, picked)] += 1
    result = []
    for (ordered, picked), count in counter.items():
        position = ordered.index(picked) if picked is not None else -1
        result.append((ordered, position, count))
    return result


def log_likelihood(weights: list[float], data) -> float:
    total = 0.0
    for vectors, chosen, count in data:
        utilities = [sum(weights[i] for i in vector) for vector in vectors]
        top = max(0.0, *utilities)
        log_norm = top + math.log(math.exp(-top) + sum(math.exp(u - top) for u in utilities))
        total += count * ((utilities[chosen] if chosen >= 0 else 0.0) - log_norm)
    return total


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the matrix is small and dense)."""
    n = len(vector)
    a = [row[:] + [vector[i]] for i, row in enumerate(matrix)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        if abs(a[col][col]) < 1e-12:
            continue
        for row in range(col + 1, n):
            factor = a[row][col] / a[col][col]
            if factor:
                for k in range(col, n + 1):
                    a[row][k] -= factor * a[col][k]
    x = [0.0] * n
    for row in range(n - 1, -1, -1):
        if abs(a[row][row]) < 1e-12:
            continue
        x[row] = (a[row][n] - sum(a[row][k] * x[k] for k in range(row + 1, n))) / a[row][row]
    return x


def fit(
    groups: Iterable[Group],
    l2: float = 0.5,
    iterations: int = 40,
    start: dict[str, float] | None = None,
    log=None,
) -> dict[str, float]:
    """Maximum-likelihood weights (rounded to 3 decimals), by name."""
    data = _aggregate(groups)
    d = len(FEATURES)
    weights = [float((start or {}).get(name, 0.0)) for name in FEATURES]

    def objective(w):
        return log_likelihood(w, data) - 0.5 * l2 * sum(x * x for x in w)

    current = objective(weights)
    for iteration in range(iterations):
        gradient = [-l2 * w for w in weights]
        hessian = [[-l2 if r == c else 0.0 for c in range(d)] for r in range(d)]
        for vectors, chosen, count in data:
            utilities = [sum(weights[i] for i in vector) for vector in vectors]
            top = max(0.0, *utilities)
            exps = [math.exp(u - top) for u in utilities]
            norm = math.exp(-top) + sum(exps)
            probs = [e / norm for e in exps]
            mean = [0.0] * d
            for p, vector in zip(probs, vectors, strict=True):
                for i in vector:
                    mean[i] += p
            if chosen >= 0:
                for i in vectors[chosen]:
                    gradient[i] += count
            active = [i for i in range(d) if mean[i]]
            for i in active:
                gradient[i] -= count * mean[i]
            for p, vector in zip(probs, vectors, strict=True):
                weight = count * p
                for i in vector:
                    row = hessian[i]
                    for j in vector:
                        row[j] -= weight
            for i in active:
                row = hessian[i]
                value = count * mean[i]
                for j in active:
                    row[j] += value * mean[j]
        step = _solve([[-x for x in row] for row in hessian], gradient)
        scale = 1.0
        while scale > 1e-4:
            trial = [w + scale * s for w, s in zip(weights, step, strict=True)]
            value = objective(trial)
            if value >= current - 1e-9:
                break
            scale /= 2
        improvement = value - current
        weights, current = trial, value
        if log:
            log(f"iteration {iteration + 1}: log-likelihood {current:.3f} (+{improvement:.4f})")
        if improvement < 1e-6:
            break
    return {name: round(w, 3) for name, w in zip(FEATURES, weights, strict=True)}
