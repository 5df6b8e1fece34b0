"""Fitting the signal weights: a conditional logit over each line's candidates plus "no match".

For every synthetic bank line the matcher's candidates are listed with their binary features;
the true candidate (or "no match" when the truth is not among them) is the observed choice.
The weights maximise the likelihood

    P(candidate j | line) = exp(w·x_j) / (1 + Σ_k exp(w·x_k))

with an L2 penalty and the expected sign of each signal enforced, by Newton's method. Lines are replayed in date order and the true
allocations are applied as the engine's batch mode does, so a second payment of an invoice
meets an index where that invoice is gone. Pure Python: features are binary and sparse, and
identical lines are counted once with a weight.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from ..engine import Matcher
from ..model import MatchConfig
from ..weights import FEATURES
from .synthetic import Scenario

__all__ = ["FEATURE_HELP", "SIGNS", "collect", "fit", "log_likelihood"]

Group = tuple[tuple[tuple[int, ...], ...], int]  # candidates (active feature indexes), chosen


def collect(scenario: Scenario, config: MatchConfig | None = None) -> list[Group]:
    """The choice situations of one scenario."""
    index = {name: k for k, name in enumerate(FEATURES)}
    matcher = Matcher(scenario.items, config, fx_rate=scenario.fx_rate)
    groups: list[Group] = []
    for line in sorted(scenario.lines, key=lambda line: (line.date, str(line.id))):
        raws = matcher.raw_candidates(line)
        truth = frozenset(scenario.truth.get(line.id, ()))
        # right: the true set, or one the truth lists as acceptable (the oldest of look-alikes)
        accepted = [truth, *(frozenset(alt) for alt in scenario.alternatives.get(line.id, ()))]
        chosen = -1
        for k, raw in enumerate(raws):
            if truth and frozenset(raw.items) in accepted:
                chosen = k
                break
        vectors = tuple(
            tuple(sorted(index[name] for name, value in raw.features.items() if value))
            for raw in raws
        )
        # look-alikes a candidate stands for count as competitors
        vectors += tuple(
            vectors[k] for k, raw in enumerate(raws) for _copy in range(raw.copies - 1)
        )
        if vectors:
            groups.append((vectors, chosen))
        if chosen >= 0:
            # the payer's habits as a batch learns them (fees deducted, amounts rounded)
            matcher._learn_habit(line, raws[chosen].items, raws[chosen].relation.feature)
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
    a = [[*row, vector[i]] for i, row in enumerate(matrix)]
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


# What each feature means (written next to its weight in weights.py).
FEATURE_HELP = {
    "bias": "every candidate (against the no-match option)",
    "ref_struct": "every item named by a valid QR / creditor reference",
    "ref_exact": "every item named by its number or a reference (normalised)",
    "ref_approx": "every item named, some one typo away or by its digits only",
    "ref_partial_cover": "some of the set's items named, not all",
    "ref_other": "the text names other open items, not these",
    "ref_unknown": "the text names a reference or number of ours that is not open",
    "amt_exact": "the amount equals the open amount",
    "amt_round": "within the rounding tolerance (written off)",
    "amt_fee": "short by a round bank fee within the fee band (written off)",
    "amt_discount": "short by a usual cash discount rate (written off)",
    "amt_short": "short by an odd sum within the fee band (left open)",
    "amt_partial": "a partial payment",
    "amt_over": "more than the open amount",
    "amt_over_large": "more than a quarter above the open amount",
    "amt_rounded": "the payer rounded the amount (a whole 1, 5 or 10 within 1 %)",
    "amt_fx": "other currency: at the rate of the day within a quarter of the tolerance",
    "amt_fx_loose": "other currency: within the exchange tolerance",
    "fx": "compared in another currency (instructed amount or rate)",
    "round_amount": "a multiple of 10 matched by its amount alone (no name, no reference)",
    "amount_only": "matched by its amount alone (no name, no reference, no account)",
    "lookalike": "stands for other open items of the partner that look the same (FIFO)",
    "sole_item": "the only open item of the known payer in the line's currency, paid short or over",
    "iban": "the payer's IBAN is a known account of the partner",
    "partner_id": "Odoo already assigned the line to the partner",
    "name_exact": "the payer name is the partner's",
    "name_strong": "the payer name is most of the partner's, or it is written in the label",
    "name_weak": "the payer name shares a distinctive word with the partner's",
    "partner_conflict": "the IBAN, the assigned partner or the exact name point elsewhere",
    "multi_partner": "the set's items belong to several partners",
    "multi": "a set of two or more items",
    "multi3": "a set of three or more items",
    "credit_note": "the set deducts a credit note",
    "before_invoice": "paid more than the slack before the invoice date",
    "period_match": "the text names the month the items were invoiced in",
    "period_other": "the text names a month, not the one these items were invoiced in",
    "noref_inexact": "no item named and the amount is not exact",
    "amt_habit": "the payer made the same kind of difference on an earlier line",
}

# Signals that can only make a match more (+1) or less (-1) likely. Features are correlated
# (a known IBAN usually comes with the right name), and without these constraints the fit may
# move weight between them in ways that read absurdly in the evidence shown to users.
SIGNS = {
    "ref_struct": 1,
    "ref_exact": 1,
    "ref_approx": 1,
    "ref_partial_cover": 1,
    "ref_other": -1,
    "ref_unknown": -1,
    "amt_exact": 1,
    "amt_fee": 1,
    "amt_fx": 1,
    "amt_fx_loose": 1,
    "amt_over": -1,
    "amt_over_large": -1,
    "round_amount": -1,
    "iban": 1,
    "partner_id": 1,
    "name_exact": 1,
    "name_strong": 1,
    "name_weak": 1,
    "partner_conflict": -1,
    "multi_partner": -1,
    "multi3": -1,
    "before_invoice": -1,
    "period_match": 1,
    "period_other": -1,
    "amt_habit": 1,
}
SIGN_PENALTY = 1000.0


def _derivatives(weights: list[float], data, l2: float):
    """Gradient and Hessian of the penalised log-likelihood (features are 0/1 and sparse)."""
    d = len(weights)
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
    return gradient, hessian


def fit(
    groups: Iterable[Group],
    l2: float = 1.0,
    iterations: int = 60,
    start: dict[str, float] | None = None,
    log=None,
) -> dict[str, float]:
    """Maximum-likelihood weights (rounded to 3 decimals), by name, with the signs of
    ``SIGNS`` enforced by a steep penalty."""
    data = _aggregate(groups)
    d = len(FEATURES)
    signs = [SIGNS.get(name, 0) for name in FEATURES]
    weights = [float((start or {}).get(name, 0.0)) for name in FEATURES]

    def wrong(k, w):
        return signs[k] * w[k] < 0

    def objective(w):
        penalty = sum(SIGN_PENALTY * w[k] * w[k] for k in range(d) if wrong(k, w))
        return log_likelihood(w, data) - 0.5 * l2 * sum(x * x for x in w) - 0.5 * penalty

    current = objective(weights)
    for iteration in range(iterations):
        gradient, hessian = _derivatives(weights, data, l2)
        for k in range(d):
            if wrong(k, weights):
                gradient[k] -= SIGN_PENALTY * weights[k]
                hessian[k][k] -= SIGN_PENALTY
        step = _solve([[-x for x in row] for row in hessian], gradient)
        scale = 1.0
        while scale > 1e-4:  # step halving until the objective does not decrease
            trial = [w + scale * s for w, s in zip(weights, step, strict=True)]
            value = objective(trial)
            if value >= current - 1e-9:
                break
            scale /= 2
        else:
            break
        improvement = value - current
        weights, current = trial, value
        if log:
            log(f"iteration {iteration + 1}: penalised log-likelihood {current:.3f}")
        if improvement < 1e-6:
            break
    # what the penalty leaves on the wrong side is numerically zero
    weights = [0.0 if wrong(k, weights) else w for k, w in enumerate(weights)]
    return {name: round(w, 3) for name, w in zip(FEATURES, weights, strict=True)}
