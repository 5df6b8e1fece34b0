"""One ``Matcher.match_all`` run: a batch of lines matched so that no open amount is handed out
twice.

Lines are settled greedily, confident ones first; a settled line claims its allocations and the
lines that depended on the claimed items or partners are matched again. Two transfers of one
payer with the same amount a few days apart are a payment made twice (the later one waits for
review); an account nobody has on file that paid a named invoice, and a payer's habit (a fee
deducted, an amount rounded), count for the payer's other lines; sets paid short get their
allocations at the end; look-alikes given away first in, first out are reconciled when the
family's history in the batch is orderly (``fincycle.matching.fifo``).
"""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from collections.abc import Hashable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from .cents import to_cents, to_money
from .features import HABIT_KINDS
from .fifo import OrderlyFifo
from .index import EXACT, id_key
from .model import BankLine, Candidate, Evidence, OpenItem
from .signals import LineInfo
from .text import compact_key, name_tokens

if TYPE_CHECKING:
    from .engine import Matcher

__all__ = ["Batch"]


class Batch(OrderlyFifo):
    """The state of one ``Matcher.match_all`` run."""

    def __init__(self, matcher: Matcher, lines: list[BankLine], rejected: Mapping):
        self.matcher = matcher
        self.lines = lines
        self.rejected = rejected
        config = matcher.config
        self.auto = config.auto_threshold
        self.threshold = config.suggest_threshold
        self.fee_slack = to_cents(config.fee_band_abs)
        order = sorted(range(len(lines)), key=lambda k: (lines[k].date, k))
        self.order = order
        self.rank = {k: rank for rank, k in enumerate(order)}
        self.amounts = {
            k: (line.currency, abs(to_cents(line.amount))) for k, line in enumerate(lines)
        }
        # (date, line) of credits without a payer: a collective credit may hide among them
        self.collective = sorted(
            (line.date, k)
            for k, line in enumerate(lines)
            if line.amount > 0 and not line.counterparty_iban and not line.counterparty_name
        )
        self.iban_lines: dict[str, list[int]] = defaultdict(list)
        for k, line in enumerate(lines):
            if line.counterparty_iban:
                self.iban_lines[compact_key(line.counterparty_iban)].append(k)
        self.originals: dict[Hashable, OpenItem] = {}  # items changed, as they were
        self.item_lines: dict[Hashable, set] = defaultdict(set)  # who depends on an item
        self.partner_lines: dict[Hashable, set] = defaultdict(set)
        self.current: dict[int, list[Candidate]] = {}
        self.dirty: set[int] = set()
        self.settled: set[int] = set()
        self.claimed_by: dict[Hashable, int] = {}
        self.contested: dict[int, list[Candidate]] = defaultdict(list)
        self.pools: list[tuple[int, Candidate, dict, dict]] = []
        self.heap: list = []
        self.priority: dict[int, tuple] = {}
        self.named: dict[int, frozenset] = {}  # items a line names by number or reference
        self.read: dict[int, LineInfo | None] = {}  # lines read before anything was claimed
        self.first_best: dict[int, frozenset] = {}  # best items before anything was claimed
        self.accounts: dict[int, frozenset] = {}  # partners who own the payer's account
        self.claims: dict[int, tuple] = {}  # line → the items it claimed
        self.guesses: set[int] = set()  # lines that claimed look-alikes first in, first out
        self.twins = self._twins(config.twin_days)
        self.twinned = {j for earlier in self.twins.values() for j in earlier}

    def _twins(self, days: int) -> dict[int, list[int]]:
        """Line → the earlier lines with the same amount from the same payer at most ``days``
        before it: a transfer made twice (the customer's bank ran it again, two people paid
        the invoice). The same payer: the same IBAN, name, partner found or text; or both
        name the same invoices."""
        by_amount = defaultdict(list)
        for k, line in enumerate(self.lines):
            by_amount[(line.currency, to_cents(line.amount))].append(k)
        twins = {}
        for group in by_amount.values():
            if len(group) < 2:
                continue
            group.sort(key=lambda k: self.rank[k])
            payers = {k: self._payer(k) for k in group}
            for position, k in enumerate(group[1:], start=1):
                day = self.lines[k].date
                earlier = [
                    j
                    for j in group[:position]
                    if (day - self.lines[j].date).days <= days and payers[j] & payers[k]
                ]
                if earlier:
                    twins[k] = earlier
        return twins

    def _payer(self, k: int) -> set:
        """What tells who sent line ``k`` (see ``_twins``)."""
        line = self.lines[k]
        keys = set()
        if line.counterparty_iban:
            keys.add(("iban", compact_key(line.counterparty_iban)))
        if line.counterparty_name and name_tokens(line.counterparty_name):
            keys.add(("name", frozenset(name_tokens(line.counterparty_name))))
        text = compact_key(f"{line.label} {line.reference}")
        if len(text) >= 8:
            keys.add(("text", text))
        info = self.read[k] = self.matcher._read(line)  # nothing is claimed yet: kept
        if info is not None:
            keys.update(("partner", p) for p, party in info.parties.items() if party.strong)
            named = frozenset(i for i, r in info.refs.items() if r.level >= EXACT)
            if named:
                keys.add(("named", named))
        return keys

    def run(self) -> dict[Hashable, list[Candidate]]:
        matcher = self.matcher
        try:
            for k in self.order:
                self._evaluate(k)
            while self.heap:
                *_priority, k = heapq.heappop(self.heap)
                if k in self.settled:
                    continue
                if k in self.dirty:
                    self._recheck(k)
                    continue
                self.settled.add(k)
                candidates = self.current[k]
                if (
                    candidates
                    and candidates[0].score >= self.threshold
                    and not any(e.signal == "twin" for e in candidates[0].evidence)
                ):
                    # (a payment made twice takes nothing away from the other lines)
                    self._claim(k, candidates[0])
            self._place_pools()
            self._lift_orderly_fifo()
        finally:
            matcher._pooled.clear()
            matcher._fifo_taken.clear()
            matcher._habits.clear()
            matcher._ibans_seen.clear()
            for item in self.originals.values():
                matcher._restore(item)
        results = {}
        for k, line in enumerate(self.lines):
            merged = list(self.current.get(k, [])) + self.contested.get(k, [])
            merged.sort(key=lambda c: -c.score)
            results[line.id] = matcher._finish(merged)
        return results

    def _evaluate(self, k: int) -> None:
        matcher = self.matcher
        line = self.lines[k]
        info = self.read.pop(k) if k in self.read else matcher._read(line)
        if info is None:
            self.current[k] = []
            return
        if k not in self.named:
            self.named[k] = frozenset(i for i, r in info.refs.items() if r.level >= EXACT)
        raw = matcher._raw(info, {frozenset(r) for r in self.rejected.get(line.id, ())})
        scored = matcher._score(raw)
        if k not in self.first_best:
            self.first_best[k] = frozenset(scored[0].items) if scored else frozenset()
        scored = self._hold_twin(k, scored)
        self.current[k] = scored
        for item_id in info.refs:
            self.item_lines[item_id].add(k)
        for candidate in scored:
            for item_id in candidate.items:
                self.item_lines[item_id].add(k)
        for pkey in info.parties:
            self.partner_lines[pkey].add(k)
        self.accounts[k] = frozenset(p for p, party in info.parties.items() if party.iban)
        best = scored[0].score if scored else 0.0
        # confident lines first; among similar scores the earlier payment wins (the second of
        # two identical transfers is the duplicate), and a twin never before the earlier one
        tier = 0 if best >= self.auto else 1 if best >= self.threshold else 2
        # a first-in-first-out guess among look-alikes comes after the other lines of its tier,
        # in date order: the earlier payment takes the older item
        fifo = scored and any(e.signal == "lookalike" for e in scored[0].evidence)
        priority = max(
            [(tier, 0.0 if fifo else -round(best, 2))]
            + [self.priority[j] for j in self._earlier_twins(k)]
        )
        self.priority[k] = priority
        heapq.heappush(self.heap, (*priority, self.rank[k], k))

    def _earlier_twins(self, k: int) -> list[int]:
        """Earlier twins of line ``k`` that wanted the same items before anything was claimed
        (the same best candidate, or the same invoices named), less those that are two
        payments after all: paying part of an invoice of which this line may be the rest
        (unless the text is the same: the part paid again)."""
        line = self.lines[k]
        twins = []
        for j in self.twins.get(k, ()):
            named = self.named.get(j)
            wanted = self.first_best.get(j)
            if not (wanted and wanted == self.first_best.get(k)) and not (
                named and named == self.named.get(k)
            ):
                continue
            best = (self.current.get(j) or [None])[0]
            same_text = (self.lines[j].label, self.lines[j].reference) == (
                line.label,
                line.reference,
            )
            if best is not None and best.kind == "partial" and not same_text:
                continue
            twins.append(j)
        return twins

    def _hold_twin(self, k: int, scored: list[Candidate]) -> list[Candidate]:
        """The second of two transfers of one payer with the same amount a few days apart,
        naming the same invoices or none, is not reconciled automatically, whatever it finds:
        a payment made twice. The earlier one goes first and takes the items; this one waits
        for review."""
        earlier = self._earlier_twins(k)
        if not earlier or not scored or scored[0].score < self.auto:
            return scored
        twin = self.lines[earlier[-1]]
        cap = max(0.0, self.auto - 0.001)
        held = []
        for candidate in scored:
            if candidate.score >= self.auto:
                note = Evidence(
                    "twin",
                    "twin",
                    {"line": twin.id, "date": twin.date},
                    round(math.log(cap / candidate.score), 3),
                )
                candidate = replace(  # noqa: PLW2901 - the held copy replaces it
                    candidate, score=round(cap, 6), evidence=(*candidate.evidence, note)
                )
            held.append(candidate)
        held.sort(key=lambda c: -c.score)
        return held

    def _learn_iban(self, k: int, candidate: Candidate) -> None:
        """An account nobody has on file that paid invoices the text names (a reference, not
        the account, told who pays): the account's other lines of the batch are that
        partner's."""
        matcher = self.matcher
        iban = compact_key(self.lines[k].counterparty_iban)
        if not iban or iban in matcher._iban_partners or iban in matcher._ibans_seen:
            return
        named = self.named.get(k, frozenset())
        if not named or not set(candidate.items) <= named:
            return
        pkeys = {matcher._pkey(self._original(i)) for i in candidate.items}
        if len(pkeys) != 1 or None in pkeys:
            return
        matcher._ibans_seen[iban] = (pkeys.pop(), self.lines[k].id)
        for other in self.iban_lines.get(iban, ()):
            if other not in self.settled:
                self.dirty.add(other)

    def _learn_habit(self, k: int, candidate: Candidate) -> None:
        """A difference the payer made (a fee deducted, an amount rounded) on a line reconciled
        automatically: the payer's other lines are read again."""
        matcher = self.matcher
        features = {e.signal for e in candidate.evidence} & set(HABIT_KINDS)
        if len(features) != 1:
            return
        line = self.lines[k]
        matcher._learn_habit(line, candidate.items, features.pop())
        pkey = matcher._pkey(self._original(candidate.items[0]))
        for other in self.partner_lines.get(pkey, ()):
            if other not in self.settled and self.lines[other].date >= line.date:
                self.dirty.add(other)

    def _recheck(self, k: int) -> None:
        """Re-match a line whose items changed; keep a lost best candidate as contested."""
        self.dirty.discard(k)
        before = self.current.get(k) or []
        self._evaluate(k)
        if not before or before[0].score < self.threshold:
            return
        lost = before[0]
        if frozenset(lost.items) in {frozenset(c.items) for c in self.current[k]}:
            return
        winners = {self.claimed_by[i] for i in lost.items if i in self.claimed_by} - {k}
        if not winners or any(c.items == lost.items for c in self.contested[k]):
            return
        other = self.lines[min(winners)].id
        note = Evidence("contested", "contested", {"line": other}, round(math.log(0.5), 3))
        self.contested[k].append(
            replace(lost, score=round(lost.score * 0.5, 6), evidence=(*lost.evidence, note))
        )

    def _touch(self, item_id: Hashable, cents: int) -> None:
        """Give an item a new residual for the lines still waiting."""
        matcher = self.matcher
        if item_id not in self.originals:
            self.originals[item_id] = matcher._items[item_id]
        if cents:
            matcher._set_residual(item_id, cents)
        else:
            matcher._suspend(item_id)
        for other in self.item_lines.get(item_id, ()):
            if other not in self.settled:
                self.dirty.add(other)
        # a line of the same partner gains a candidate only if its amount now fits the
        # smaller residual (exactly, or less a fee or discount)
        original = self.originals[item_id]
        left = abs(cents)
        slack = max(self.fee_slack, left // 25) + to_cents(
            matcher.config.tolerance(original.currency)
        )
        for other in self.partner_lines.get(matcher._pkey(original), ()):
            currency, amount = self.amounts[other]
            if other not in self.settled and currency == original.currency:
                if left and abs(amount - left) <= slack:
                    self.dirty.add(other)

    def _claim(self, k: int, candidate: Candidate) -> None:
        matcher = self.matcher
        self.claims[k] = candidate.items
        if candidate.score >= self.auto:
            self._learn_habit(k, candidate)
            self._learn_iban(k, candidate)
        if any(e.signal == "lookalike" for e in candidate.evidence):
            self.guesses.add(k)
        if any(e.signal == "lookalike" for e in candidate.evidence):
            for item_id in candidate.items:
                if item_id in matcher._items:
                    matcher._fifo_taken[matcher._family(matcher._items[item_id])] += 1
        sign = 1 if self.lines[k].amount > 0 else -1
        opens = {i: matcher._cents[i] for i in candidate.items if i in matcher._items}
        allocated = {i: to_cents(a) for i, a in candidate.allocations.items()}
        short = [i for i in opens if allocated.get(i, 0) != opens[i]]
        if len(candidate.items) > 1 and short and candidate.kind == "multi":
            # paid short across several named items: only what each must have received is
            # claimed now; the rest is placed at the end.
            total = sum(allocated.values()) * sign
            forced = {}
            for item_id, value in opens.items():
                others = sum(v * sign for j, v in opens.items() if j != item_id)
                forced[item_id] = value if value * sign < 0 else sign * max(0, total - others)
            self.pools.append((k, candidate, dict(opens), forced))
            matcher._pooled.update(opens)
            for item_id, value in forced.items():
                self.claimed_by[item_id] = k
                self._touch(item_id, opens[item_id] - value)
            return
        for item_id, cents in allocated.items():
            if item_id in matcher._items:
                self.claimed_by[item_id] = k
                self._touch(item_id, matcher._cents[item_id] - cents)

    def _place_pools(self) -> None:
        """Decide the allocations of sets paid short, now that every claim is known: each
        item first gets what it must have received, the rest goes to the smallest items, never
        more than the other lines left open on them."""
        matcher = self.matcher
        for _k, candidate, opens, forced in self.pools:
            sign = 1 if sum(opens.values()) > 0 else -1
            alloc = {i: to_money(v) for i, v in opens.items() if v * sign < 0}
            left = sum(to_cents(a) for a in candidate.allocations.values()) * sign
            left -= sum(to_cents(a) for a in alloc.values()) * sign
            rest = [i for i in candidate.items if i not in alloc]
            capacity = {i: (matcher._cents.get(i, 0) + forced[i]) * sign for i in rest}
            given = {}
            for item_id in rest:
                others = sum(capacity[j] for j in rest if j != item_id)
                given[item_id] = min(capacity[item_id], max(0, left - others))
            remaining = left - sum(given.values())
            smallest_first = sorted(rest, key=lambda i: (capacity[i], id_key(i)))
            for item_id in smallest_first:
                extra = max(0, min(capacity[item_id] - given[item_id], remaining))
                given[item_id] += extra
                remaining -= extra
            for item_id in rest:
                if given[item_id]:
                    alloc[item_id] = to_money(given[item_id] * sign)
            candidate.allocations = {i: alloc[i] for i in candidate.items if i in alloc}

    def _family_of(self, item: OpenItem) -> tuple:
        return (self.matcher._pkey(item), item.currency, to_cents(item.residual))

    def _original(self, item_id: Hashable) -> OpenItem:
        return self.originals.get(item_id) or self.matcher._items[item_id]
