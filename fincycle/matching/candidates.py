"""The candidates of a line, from the indexes, never from a scan of all open items: items named
by a reference, alone and together; items of the partners identified (by IBAN, by Odoo, by
name, or by the items named), alone when the amount fits or combined by a bounded subset-sum,
net of a credit note; the line's amount anywhere. Candidates nothing tells apart (a
subscriber's monthly invoices) become one proposal first in, first out, held for review.

Rules: a partial payment or an overpayment needs every item named exactly in the text; a
negative line pays negative residuals (credit notes paid out, vendor bills), a positive one
positive residuals, either with credit notes deducted in a set. Ties are broken by item age,
then id.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Hashable
from datetime import date
from typing import TYPE_CHECKING

from .cents import to_cents
from .features import RawCandidate
from .index import EXACT, OpenItemIndex, id_key
from .model import OpenItem
from .signals import LineInfo
from .subset import find_subsets

if TYPE_CHECKING:
    from .engine import Matcher

__all__ = ["CandidateSearch", "Found"]


class Found:
    """The candidates of one line, each item set once (and never a rejected one)."""

    def __init__(self, matcher: Matcher, info: LineInfo, rejected: set):
        self.matcher = matcher
        self.info = info
        self.rejected = rejected
        self.candidates: dict[frozenset, RawCandidate] = {}

    def add(self, ids, allow_inexact: bool, allow_small: bool = False) -> RawCandidate | None:
        """Relate and featurize a new set; ``allow_inexact`` allows partial payments and
        overpayments (only when the text names every item exactly), ``allow_small`` an odd
        short payment within the fee band and a rounded amount (a payer known by IBAN, by Odoo
        or by name)."""
        matcher = self.matcher
        if len(ids) > 1:
            ids = tuple(sorted(ids, key=lambda i: (matcher._due(i), id_key(i))))
        else:
            ids = tuple(ids)
        key = frozenset(ids)
        if not ids or key in self.candidates or key in self.rejected:
            return None
        relation = matcher._relate(self.info, ids, allow_inexact, allow_small or allow_inexact)
        if relation is None:
            return None
        candidate = matcher._featurize(self.info, ids, relation)
        self.candidates[key] = candidate
        return candidate


class CandidateSearch(OpenItemIndex):
    """The part of ``Matcher`` that lists a line's candidates (``_raw``); it relates and
    featurizes each set through the matcher (``_relate``, ``_featurize``) and uses its
    ``config``, ``fx_rate`` and, in a batch, the items whose residual is undecided
    (``_pooled``) and the look-alikes given away first in, first out (``_fifo_taken``)."""

    def _eligible(self, info: LineInfo, pkey: Hashable) -> list:
        """Open items of a partner that this line could pay (by due date): issued by its
        date (with some slack) and in a currency the line's amount can be compared in."""
        order = self._partner_order.get(pkey)
        if order is None:
            order = sorted(
                self._partner_items.get(pkey, ()), key=lambda i: (self._due(i), id_key(i))
            )
            self._partner_order[pkey] = order
        currency = info.line.currency
        items = self._items
        eligible = []
        for item_id in order:
            item = items[item_id]
            if (item.invoice_date or date.min) > info.issued_by:
                continue
            if item.currency == currency or self._target_known(info, item_id):
                eligible.append(item_id)
        return eligible

    def _target_known(self, info: LineInfo, item_id: Hashable) -> bool:
        currency = self._items[item_id].currency
        return currency in info.foreign or self.fx_rate is not None

    def _raw(self, info: LineInfo, rejected: set) -> list[RawCandidate]:
        found = Found(self, info, rejected)
        refs = {i: r for i, r in info.refs.items() if i in self._items}
        self._named_candidates(found, refs)
        self._partner_candidates(found, refs)
        # the same amount anywhere (weak alone; the softmax shares it among look-alikes)
        currency = info.line.currency
        self._same_amount(
            info, currency, info.cents, to_cents(self.config.tolerance(currency)), found
        )
        for currency, amount in info.foreign.items():
            self._same_amount(
                info, currency, amount, to_cents(self.config.tolerance(currency)), found
            )
        self._merge_lookalikes(found)
        self._rival_sets(found)
        return list(found.candidates.values())

    @staticmethod
    def _rival_sets(found: Found) -> None:
        """Two or more sets of items that add up to the amount with the same invoices named
        (or none): which invoices the text leaves out is a guess; the sets wait for review."""
        refs = found.info.refs
        groups = defaultdict(list)
        for raw in found.candidates.values():
            if len(raw.items) > 1:
                groups[frozenset(i for i in raw.items if i in refs)].append(raw)
        for rivals in groups.values():
            if len(rivals) > 1:
                for raw in rivals:
                    raw.review = raw.review or "rival_sets"

    def _merge_lookalikes(self, found: Found) -> None:
        """Candidates nothing tells apart (the same partner, currency, open amounts and
        features, no item named by the text: a subscriber's monthly invoices) are one
        proposal, the one with the oldest items (first in, first out), standing for the
        others. Which of them the payer meant is not known: it waits for review."""
        refs = found.info.refs
        groups = defaultdict(list)
        for key, raw in found.candidates.items():
            if any(i in refs for i in raw.items):
                continue
            pkeys = frozenset(self._pkey(self._items[i]) for i in raw.items)
            if None in pkeys:
                continue
            signature = (
                pkeys,
                self._items[raw.items[0]].currency,
                tuple(sorted(self._cents[i] for i in raw.items)),
                raw.relation.feature,
                frozenset(raw.features),
            )
            groups[signature].append(key)
        for keys in groups.values():
            if len(keys) < 2:
                continue
            keys.sort(key=lambda k: sorted(self._age(i) for i in found.candidates[k].items))
            kept = found.candidates[keys[0]]
            others = [found.candidates.pop(k) for k in keys[1:]]
            kept.lookalikes = tuple(i for raw in others for i in raw.items)
            kept.copies += sum(raw.copies - 1 for raw in others)
            kept.features["lookalike"] = 1.0
            item = self._items[kept.items[0]]
            params = {
                "count": len(others),
                "partner": self._partner_name.get(self._pkey(item), ""),
                "documents": tuple(self._label(i) for i in kept.lookalikes[:3]),
            }
            kept.evidence.append(("lookalike", True, "lookalike", params))
            kept.review = kept.review or "lookalike"
        if self._fifo_taken:
            self._taken_lookalikes(found)

    def _taken_lookalikes(self, found: Found) -> None:
        """In a batch, an item whose look-alikes earlier lines took first in, first out is a
        guess as well: which month a payer pays is only certain in the order of the open
        items, and one unmatched payment shifts it."""
        for raw in found.candidates.values():
            if len(raw.items) != 1 or raw.lookalikes or raw.items[0] in found.info.refs:
                continue
            item = self._items[raw.items[0]]
            taken = self._fifo_taken.get(self._family(item))
            if taken:
                params = {"count": taken, "partner": self._partner_name.get(self._pkey(item), "")}
                # (no weight: a batch policy)
                raw.evidence.append(("lookalike", False, "lookalike_taken", params))
                raw.review = raw.review or "lookalike"

    def _named_candidates(self, found: Found, refs: dict) -> None:
        """Items named by a reference, alone and together."""
        info, cfg = found.info, self.config
        sign = info.sign
        for item_id, ref in refs.items():
            if self._cents[item_id] * sign > 0:
                found.add((item_id,), ref.level >= EXACT)
        by_currency = defaultdict(list)
        for item_id in refs:
            by_currency[self._items[item_id].currency].append(item_id)
        for currency, ids in by_currency.items():
            if len(ids) > cfg.subset_max_items:
                continue
            named = [i for i in ids if refs[i].level >= EXACT]
            if len(named) >= 2:
                found.add(named, True)  # the invoices the text names, even paid short
            if len(ids) >= 2 and len(named) < len(ids):
                found.add(ids, False)
            target = self._target(info, currency)
            if len(ids) >= 3 and target:
                # some of the named items (one may be paid already, or a number is misread)
                values = [self._cents[i] * sign for i in ids]
                tol = to_cents(cfg.tolerance(currency))
                solutions, _ = find_subsets(values, target[0], tol, max_items=cfg.subset_max_items)
                for solution in solutions:
                    found.add([ids[k] for k in solution], False)

    def _partner_candidates(self, found: Found, refs: dict) -> None:
        """Items of the partners identified by IBAN, by Odoo, by name or by the named items:
        alone when the amount fits, or combined (bounded subset-sum)."""
        info = found.info
        strong = sorted((p for p, party in info.parties.items() if party.strong), key=str)
        ref_partners = defaultdict(list)
        for item_id, ref in refs.items():
            pkey = self._pkey(self._items[item_id])
            if ref.level >= EXACT and pkey is not None:
                ref_partners[pkey].append(item_id)
        strong_refs = any(r.level >= EXACT for r in refs.values())
        deadline = time.monotonic() + self.config.subset_time_cap
        searched = 0
        for pkey in list(dict.fromkeys([*ref_partners, *strong])):
            eligible = self._eligible(info, pkey)
            if not eligible:
                continue
            known = pkey in strong  # by IBAN, by Odoo or by name, not only by a named item
            exact_single = self._partner_singles(found, eligible, refs, known)
            if known and not exact_single:
                self._sole_item(found, pkey, eligible)
            if searched >= 2:
                continue  # a line names at most a couple of payers
            free = not exact_single and pkey in strong and not strong_refs
            for currency, target, tol in self._targets(info, eligible):
                # at the rate of the day only around named items (the tolerance is wide)
                exact_target = currency == info.line.currency or currency in info.foreign
                searched += self._combinations(
                    found,
                    pkey,
                    eligible,
                    ref_partners.get(pkey, ()),
                    goal=(currency, target, tol),
                    search_free=free and exact_target,
                    deadline=deadline,
                )

    def _sole_item(self, found: Found, pkey: Hashable, eligible: list) -> None:
        """The only open item of a known payer in the line's currency, paid short or over
        (from half to one and a half times its amount) without a reference: an underpayment,
        an unusual discount, an overpayment."""
        info = found.info
        owed = [
            i
            for i in eligible
            if self._cents[i] * info.sign > 0 and self._items[i].currency == info.line.currency
        ]
        if len(owed) != 1 or owed[0] in self._pooled:
            return
        value = self._cents[owed[0]] * info.sign
        if not value // 2 <= info.cents <= value * 3 // 2:
            return
        candidate = found.add(owed, True)
        if candidate is not None:
            candidate.features["sole_item"] = 1.0
            params = {"partner": self._partner_name.get(pkey, ""), "currency": info.line.currency}
            candidate.evidence.append(("sole_item", True, "sole_item", params))

    def _partner_singles(self, found: Found, eligible: list, refs: dict, known: bool) -> bool:
        """One item of the partner for the whole amount; True if one fits it exactly. Without
        a reference only exact, fee, discount or rounding differences; for a payer ``known``
        by IBAN, Odoo or name also an odd short sum within the fee band and a rounded
        amount."""
        info = found.info
        sign = info.sign
        line_tol = to_cents(self.config.tolerance(info.line.currency))
        slack = to_cents(self.config.fee_band_abs)
        exact_single = False
        for item_id in eligible:
            value = self._cents[item_id] * sign
            if value <= 0 or (item_id in self._pooled and item_id not in refs):
                continue
            if self._items[item_id].currency == info.line.currency:
                diff = info.cents - value
                over = max(line_tol, min(1000, value // 100)) if known else line_tol
                if diff > over or -diff > max(slack, value // 25 + line_tol):
                    continue
            candidate = found.add((item_id,), False, known) or found.candidates.get(
                frozenset((item_id,))
            )
            if candidate and candidate.relation.feature in ("amt_exact", "amt_round"):
                exact_single = True
        return exact_single

    def _targets(self, info: LineInfo, eligible) -> list[tuple[str, int, int]]:
        """(currency, amount, tolerance) in cents for each currency of ``eligible`` the line
        amount can be expressed in: its own, an instructed or written amount, or converted at
        the rate of the day (then within a quarter of the exchange tolerance)."""
        cfg = self.config
        line = info.line
        targets = [(line.currency, info.cents, to_cents(cfg.tolerance(line.currency)))]
        for currency, amount in sorted(info.foreign.items()):
            targets.append((currency, amount, to_cents(cfg.tolerance(currency))))
        known = {t[0] for t in targets}
        others = sorted({self._items[i].currency for i in eligible} - known)
        for currency in others:
            target = self._target(info, currency)
            if target is not None:
                slack = int(target[0] * cfg.fx_tolerance_pct / 4)
                targets.append((currency, target[0], max(slack, to_cents(cfg.tolerance(currency)))))
        return targets

    def _combinations(
        self, found: Found, pkey, eligible, named, *, goal, search_free, deadline
    ) -> bool:
        """Sets of one partner's items adding up to ``goal`` (currency, cents, tolerance):
        with the items the text names and others that make up the difference, credit notes
        included. Without named items only when ``search_free``. True if a search ran."""
        info = found.info
        currency, target, tol = goal
        cfg = self.config
        sign = info.sign
        same = [i for i in eligible if self._items[i].currency == currency]
        if not same:
            return False
        required = [i for i in named if i in self._items and self._items[i].currency == currency]
        open_required = sum(self._cents[i] * sign for i in required)
        credits = [i for i in same if self._cents[i] * sign < 0 and i not in required]
        if required and open_required + tol >= target and not credits:
            return False  # the named items already cover the amount
        if not required and not search_free:
            return False
        left = target - open_required
        if required and left > tol and tol <= 50:
            # the usual case: one invoice not named in the text makes up the difference
            for delta in range(-tol, tol + 1):
                for item_id in self._amounts.get((currency, sign * (left + delta)), ()):
                    if (
                        item_id not in required
                        and item_id not in self._pooled
                        and self._pkey(self._items[item_id]) == pkey
                    ):
                        found.add([*required, item_id], False)
        credits.sort(key=lambda i: (abs((self._due(i) - info.line.date).days), id_key(i)))
        credits = credits[:4]
        self._net_of_credit(
            found, pkey, same, required, credits=credits, goal=(currency, left, tol)
        )
        # tiny leftovers (and items whose residual another line left undecided) would make
        # almost any amount "add up"
        floor = min(100, target // 100)
        owed = [
            i
            for i in same
            if i not in required
            and i not in self._pooled
            and floor <= self._cents[i] * sign <= left + tol
        ]
        if len(owed) > cfg.subset_pool_size:
            owed.sort(key=lambda i: (abs((self._due(i) - info.line.date).days), id_key(i)))
            owed = owed[: cfg.subset_pool_size]
        pool = required + credits + owed
        solutions, complete = find_subsets(
            [self._cents[i] * sign for i in pool],
            target,
            tol,
            max_items=cfg.subset_max_items,
            min_items=2,
            required=tuple(range(len(required))),
            node_budget=cfg.subset_node_budget,
            deadline=deadline,
        )
        for solution in solutions:
            candidate = found.add([pool[k] for k in solution], False)
            if candidate is not None and not complete:
                # the search stopped early: other sets may add up to the amount as well
                candidate.review = "search_cut"
        return True

    def _net_of_credit(self, found: Found, pkey, same, required, *, credits, goal) -> None:
        """An invoice larger than the amount paid net of one of the partner's credit notes
        (looked up by amount: the subset search only takes items up to the amount)."""
        currency, left, tol = goal
        sign = found.info.sign
        same = set(same)
        for credit in credits:
            value = left - self._cents[credit] * sign  # the invoice the note was deducted from
            for delta in range(-tol, tol + 1):
                for item_id in self._amounts.get((currency, sign * (value + delta)), ()):
                    if (
                        item_id in same
                        and item_id not in required
                        and item_id not in self._pooled
                        and self._pkey(self._items[item_id]) == pkey
                    ):
                        found.add([*required, credit, item_id], False)

    def _same_amount(self, info, currency, amount, tol, found: Found) -> None:
        """Items of the line's amount, whoever they belong to. An item issued long after the
        line is left out unless the text names it (a prepayment quotes its number)."""
        hits = []
        items, horizon = self._items, info.prepaid_by
        for delta in range(-tol, tol + 1):
            bucket = self._amounts.get((currency, info.sign * (amount + delta)))
            if bucket:
                hits.extend(
                    i
                    for i in bucket
                    if (items[i].invoice_date or date.min) <= horizon or i in info.refs
                )
        hits = [i for i in hits if i not in self._pooled or i in info.refs]
        # one partner's items of the amount are one family: its oldest ones stand for it (they
        # are merged as look-alikes), with those of a month the text names
        families = defaultdict(list)
        for item_id in hits:
            pkey = self._pkey(items[item_id])
            families[("item", item_id) if pkey is None else pkey].append(item_id)
        day = info.line.date
        ranked = []
        for members in families.values():
            members.sort(key=self._age)
            kept = members[:2] + [
                i for i in members[2:] if i in info.refs or self._in_months(items[i], info.months)
            ]
            close = min(abs((self._due(i) - day).days) for i in members)
            ranked.append((close, id_key(members[0]), kept))
        ranked.sort(key=lambda r: r[:2])
        built, last, extra = 0, None, 0
        for _close, _key, kept in ranked:
            if built >= self.config.max_amount_only:
                extra += 1  # the families not built still share the probability
                continue
            built += len(kept)
            for item_id in kept:
                last = found.add((item_id,), False) or last
        if extra and last is not None:
            last.copies += extra

    @staticmethod
    def _in_months(item: OpenItem, months: frozenset) -> bool:
        day = item.invoice_date
        return day is not None and ((day.year, day.month) in months or (None, day.month) in months)
