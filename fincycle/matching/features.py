"""The binary features of a candidate (the names of ``weights.FEATURES``) and the evidence that
explains each: how the text names its items, how the amount relates, who the payer is against
whose items they are, dates, the months the text names, and a payer's habits in a batch.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field
from datetime import timedelta

from .amounts import Relation
from .index import EXACT, STRUCT, OpenItemIndex
from .model import BankLine
from .signals import LineInfo

__all__ = ["HABIT_KINDS", "Featurizer", "RawCandidate"]

# differences a payer makes again (``amt_habit``): paid short by a fee or a discount, rounded
HABIT_KINDS = {"amt_fee": "short", "amt_short": "short", "amt_discount": "short"}
HABIT_KINDS["amt_rounded"] = "rounded"
PARTNER_FEATURES = ("iban", "partner_id", "name_exact", "name_strong", "name_weak")


@dataclass
class RawCandidate:
    """A candidate before scoring: its features, for the matcher and for calibration."""

    items: tuple[Hashable, ...]
    features: dict[str, float]
    relation: Relation
    # (signal, weighted, code, parameters or a callable returning them): a weighted signal is
    # the feature whose weight the evidence shows
    evidence: list[tuple] = field(default_factory=list)
    review: str = ""  # why it may be suggested, never auto-reconciled (a policy_* code's tail)
    copies: int = 1  # look-alike candidates it stands for (same amount, no other link)
    lookalikes: tuple = ()  # items of the same partner and amount it stands for (FIFO)

    def utility(self, weights: Mapping[str, float]) -> float:
        return sum(weights.get(name, 0.0) * value for name, value in self.features.items())


class Featurizer(OpenItemIndex):
    """The part of ``Matcher`` that turns a candidate into features and evidence
    (``_featurize``); it uses the matcher's ``config`` and, in a batch, the payers' habits
    (``_habits``)."""

    def _featurize(self, info: LineInfo, ids: tuple, relation: Relation) -> RawCandidate:
        """The binary features of a candidate and the evidence that explains each."""
        features: dict[str, float] = {"bias": 1.0}
        evidence: list[tuple] = []
        referenced = self._reference_features(info, ids, features, evidence)
        features[relation.feature] = 1.0
        evidence.append((relation.feature, True, relation.feature, relation.detail))
        if relation.large:
            features["amt_over_large"] = 1.0
            evidence.append(("amt_over_large", True, "amt_over_large", {}))
        if relation.fx:
            features["fx"] = 1.0
        review = ""
        habit = self._habit(info, ids, relation, referenced)
        if habit:
            features["amt_habit"] = 1.0
            evidence.append(("amt_habit", True, "amt_habit", habit))
        if not referenced and relation.feature not in ("amt_exact", "amt_round"):
            features["noref_inexact"] = 1.0
            if (
                relation.kind == "writeoff"
                and self.config.writeoff_needs_reference
                and not habit
                and not self._account_known(info, ids)
            ):
                review = "writeoff"
        self._partner_features(info, ids, features, evidence)
        alone = not referenced and not any(n in features for n in PARTNER_FEATURES)
        if alone:
            features["amount_only"] = 1.0
            evidence.append(("amount_only", True, "amount_only", {}))
            if info.cents % 1000 == 0:
                # a round sum matched by its amount alone: people transfer round sums for many
                # other reasons
                features["round_amount"] = 1.0
                evidence.append(("round_amount", True, "round_amount", {}))
        if len(ids) > 1:
            features["multi"] = 1.0
            if len(ids) > 2:
                features["multi3"] = 1.0
        if any(self._cents[i] * info.sign < 0 for i in ids):
            features["credit_note"] = 1.0
        dates = [self._items[i].invoice_date for i in ids if self._items[i].invoice_date]
        if dates and info.line.date + timedelta(days=self.config.date_slack_days) < min(dates):
            features["before_invoice"] = 1.0
            evidence.append(("before_invoice", True, "before_invoice", {"date": min(dates)}))
        if info.months and dates and not referenced:
            self._period_features(info, ids, features, evidence)
        return RawCandidate(ids, features, relation, evidence, review)

    def _period_features(self, info: LineInfo, ids: tuple, features, evidence) -> None:
        """The text names a month ("Abo März 2025", "03/2025") and no item: the items invoiced
        in it, or none of them (a subscriber paying a given month, not the oldest open)."""
        months = info.months
        named, other = [], []
        for item_id in ids:
            day = self._items[item_id].invoice_date
            if day is None:
                return
            hit = (day.year, day.month) in months or (None, day.month) in months
            (named if hit else other).append(item_id)
        shown = tuple(sorted(months, key=lambda m: (m[0] or 0, m[1])))
        if not other:
            params = {"months": shown, "documents": tuple(self._label(i) for i in named[:3])}
            features["period_match"] = 1.0
            evidence.append(("period_match", True, "period_match", params))
        elif not named:
            day = self._items[other[0]].invoice_date
            params = {
                "months": shown,
                "document": self._label(other[0]),
                "invoiced": (day.year, day.month),
            }
            features["period_other"] = 1.0
            evidence.append(("period_other", True, "period_other", params))

    def _habit(self, info: LineInfo, ids: tuple, relation: Relation, referenced) -> dict:
        """The evidence's parameters when the payer, identified, paid an earlier line of the
        batch with the same kind of difference (fees deducted, rounded), else {}."""
        kind = HABIT_KINDS.get(relation.feature)
        if kind is None or not self._habits:
            return {}
        pkeys = {self._pkey(self._items[i]) for i in ids}
        if len(pkeys) != 1:
            return {}
        pkey = pkeys.pop()
        party = info.parties.get(pkey)
        if not referenced and not (party and party.strong):
            return {}
        line = info.line
        seen = [
            h for h in self._habits.get((pkey, kind), ()) if h[0] <= line.date and h[1] != line.id
        ]
        if not seen:
            return {}
        day, line_id = max(seen)
        return {"partner": self._partner_name.get(pkey, ""), "line": line_id, "date": day}

    def _learn_habit(self, line: BankLine, ids: tuple, feature: str) -> None:
        """Remember that the payer of ``line`` paid ``ids`` with a difference of ``feature``."""
        kind = HABIT_KINDS.get(feature)
        pkeys = {self._pkey(self._items[i]) for i in ids if i in self._items}
        if kind and len(pkeys) == 1 and None not in pkeys:
            self._habits[(pkeys.pop(), kind)].append((line.date, line.id))

    def _account_known(self, info: LineInfo, ids: tuple) -> bool:
        """The payer of the line is the items' partner by a known IBAN or Odoo's own choice."""
        parties = [info.parties.get(self._pkey(self._items[i])) for i in ids]
        return all(party and (party.iban or party.partner_id) for party in parties)

    def _reference_features(self, info: LineInfo, ids: tuple, features, evidence) -> list:
        """How the text names the candidate's items (all, some, none, others); the items
        it names are returned."""
        refs = info.refs
        referenced = [i for i in ids if i in refs]
        if referenced and len(referenced) == len(ids):
            low = min(refs[i].level for i in ids)
            feature = {STRUCT: "ref_struct", EXACT: "ref_exact"}.get(low, "ref_approx")
        else:
            feature = "ref_partial_cover"
        if referenced:
            features[feature] = 1.0
        for item_id in referenced:
            evidence.append((feature, True, refs[item_id].code, refs[item_id].params))
        strong = [i for i, r in refs.items() if r.level >= EXACT and i in self._items]
        if strong and not any(i in refs and refs[i].level >= EXACT for i in ids):
            features["ref_other"] = 1.0
            names = tuple(sorted({self._label(i) for i in strong})[:3])
            evidence.append(("ref_other", True, "ref_other", {"documents": names}))
        if info.unknown_refs and not referenced:
            features["ref_unknown"] = 1.0
            evidence.append(("ref_unknown", True, *info.unknown_refs[0]))
        for code, params in info.ref_notes:
            evidence.append(("check_digit", False, code, params))
        return referenced

    def _partner_features(self, info: LineInfo, ids: tuple, features, evidence) -> None:
        """Who the payer is, against whom the candidate's items belong to."""
        pkeys = list(dict.fromkeys(self._pkey(self._items[i]) for i in ids))
        parties = [info.parties.get(p) for p in pkeys]
        if len(pkeys) > 1:
            features["multi_partner"] = 1.0
            evidence.append(("multi_partner", True, "multi_partner", {}))
        if all(parties):
            for feature in ("iban", "partner_id"):
                if all(getattr(p, feature) for p in parties):
                    features[feature] = 1.0
                    evidence.extend(
                        (feature, True, p.iban_code if feature == "iban" else feature, value)
                        for p in parties
                        for value in (getattr(p, feature),)
                    )
            level = min(p.name for p in parties)
            if level:
                feature = {3: "name_exact", 2: "name_strong", 1: "name_weak"}[level]
                features[feature] = 1.0
                evidence.extend((feature, True, *p.name_evidence) for p in parties)
        if all(p and p.strong for p in parties):
            return
        others = [p for p, party in info.parties.items() if p not in pkeys and party.strong]
        if others:
            features["partner_conflict"] = 1.0
            params = {"partner": self._partner_name.get(others[0], "")}
            evidence.append(("partner_conflict", True, "partner_conflict", params))
