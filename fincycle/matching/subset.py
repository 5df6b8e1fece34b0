"""Bounded subset-sum: which open items of one partner add up to a transfer?

Amounts are integers (cents). Positive values are what the payer owes; negative values are
credit notes deducted from the transfer. The search is a depth-first enumeration over the
positive values sorted by size, pruned by the remaining target and by the largest sums still
reachable with the items left, combined with at most ``max_negatives`` credit notes. It is
bounded three ways: ``max_items`` per combination, a deterministic ``node_budget`` of search
steps and a wall-clock ``deadline`` (a safety net)."""

from __future__ import annotations

import bisect
import time
from itertools import combinations

__all__ = ["find_subsets"]


class _Stop(Exception):
    pass


def find_subsets(
    values: list[int],
    target: int,
    tolerance: int = 0,
    *,
    max_items: int = 8,
    min_items: int = 2,
    required: tuple[int, ...] = (),
    max_solutions: int = 4,
    node_budget: int = 20_000,
    deadline: float | None = None,
    max_negatives: int = 1,
) -> tuple[list[tuple[int, ...]], bool]:
    """Index tuples (sorted) of ``values`` whose sum is within ``tolerance`` of ``target``,
    each with ``min_items``..``max_items`` members and all ``required`` indexes.

    Returns (solutions, complete): ``complete`` is False when the budget or the deadline cut
    the search short (more solutions may exist)."""
    required = tuple(sorted(set(required)))
    base = sum(values[i] for i in required)
    free = [i for i in range(len(values)) if i not in set(required)]
    positives = sorted((i for i in free if values[i] > 0), key=lambda i: -values[i])
    negatives = [i for i in free if values[i] < 0]
    pos_values = [values[i] for i in positives]
    negated = [-v for v in pos_values]
    prefix = [0]
    for value in pos_values:
        prefix.append(prefix[-1] + value)
    n = len(pos_values)
    solutions: list[tuple[int, ...]] = []
    state = {"nodes": 0, "complete": True}

    def dfs(start: int, remaining: int, chosen: list[int], room: int, fixed: tuple[int, ...]):
        state["nodes"] += 1
        if state["nodes"] > node_budget or (
            deadline is not None and state["nodes"] % 512 == 0 and time.monotonic() > deadline
        ):
            state["complete"] = False
            raise _Stop
        size = len(fixed) + len(chosen)
        if abs(remaining) <= tolerance and size >= min_items:
            solutions.append(tuple(sorted(fixed + tuple(positives[k] for k in chosen))))
            if len(solutions) >= max_solutions:
                state["complete"] = False
                raise _Stop
        if room == 0 or remaining <= tolerance:
            return
        # values are sorted large to small: skip those above what is left
        first = bisect.bisect_left(negated, -(remaining + tolerance), start)
        for k in range(first, n):
            value = pos_values[k]
            # the largest sum still reachable with ``room`` items from k on
            best = prefix[min(n, k + room)] - prefix[k]
            if best < remaining - tolerance:
                return
            chosen.append(k)
            dfs(k + 1, remaining - value, chosen, room - 1, fixed)
            chosen.pop()

    try:
        for count in range(min(max_negatives, len(negatives)) + 1):
            for credit in combinations(negatives, count):
                fixed = required + credit
                room = max_items - len(fixed)
                if room < 0:
                    continue
                remaining = target - base - sum(values[i] for i in credit)
                dfs(0, remaining, [], room, fixed)
    except _Stop:
        pass
    unique = list(dict.fromkeys(solutions))
    return unique, state["complete"]
