"""The matcher: bank lines → ranked candidates (one open item or a set) with evidence.

How a line is scored
--------------------
1. *Signals* are read once per line: references (structured QRR/RF, invoice numbers and
   customer references in the free text, exact after normalisation or one typo away),
   the counterparty (IBAN known on a partner, the partner Odoo already found, name similarity
   of the payer, or of a partner name written in the label), the amount and the date.
2. *Candidates* come from indexes, never from a scan of all open items: items named by a
   reference, items of the identified partners, items with the same amount, and combinations
   of one partner's items (bounded subset-sum) when one transfer pays several.
3. Each candidate gets binary *features* (``weights.FEATURES``); its utility is the weighted
   sum, and the score is a softmax over the line's candidates plus a "no match" option of
   utility 0 (a conditional logit): two equally good candidates share the probability, so an
   ambiguous line never reaches the auto threshold. The weights are fitted on synthetic
   scenarios (``scripts/bench/calibrate_matching.py``), which makes the score an estimate of
   the probability that the candidate is right.
4. One policy is not learnt: a fee or discount write-off without a reference in the text is
   suggested, never above the auto threshold (``MatchConfig.writeoff_needs_reference``).

Rules of the candidates: a partial payment or an overpayment needs every item named exactly
in the text; a payment in another currency compares the instructed amount (given by the bank
or written in the text, "EUR 1757.84") or the amount at ``fx_rate`` within
``fx_tolerance_pct``; a negative line pays negative residuals (credit notes paid out, vendor
bills), a positive one positive residuals, either with credit notes deducted in a set.

Amounts are compared in integer cents. Everything is pure Python and deterministic (ties are
broken by item age, then id).

Where each step lives: ``index`` (the open items and their keys: ``OpenItemIndex``, the base of
every part), ``signals`` (1, ``LineReader``), ``candidates`` (2, ``CandidateSearch``) with
``amounts`` (how the line's amount relates to a set's open amount, ``AmountRelations``),
``features`` (3, ``Featurizer``, next to ``weights``), the scoring here, and ``batch`` and
``fifo`` (``match_all``). ``Matcher`` is these parts together.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Collection, Hashable, Iterable, Mapping
from datetime import date
from decimal import Decimal

from .amounts import AmountRelations
from .batch import Batch
from .candidates import CandidateSearch
from .features import Featurizer, RawCandidate
from .index import id_key
from .model import BankLine, Candidate, Evidence, MatchConfig, OpenItem
from .signals import LineReader
from .weights import WEIGHTS

__all__ = ["Matcher", "RawCandidate"]

FxRate = Callable[[str, str, date], Decimal | None]


class Matcher(CandidateSearch, Featurizer, AmountRelations, LineReader):
    """Indexes open items once, then scores bank lines against them.

    ``fx_rate(from_currency, to_currency, day)`` returns the rate such that an amount in
    ``from_currency`` times the rate is the amount in ``to_currency`` (None when unknown).
    ``weights`` replaces the fitted ``weights.WEIGHTS`` (calibration, experiments).
    Build one matcher per company: every item given may be matched."""

    def __init__(
        self,
        items: Iterable[OpenItem],
        config: MatchConfig | None = None,
        fx_rate: FxRate | None = None,
        weights: Mapping[str, float] | None = None,
    ):
        self.config = config or MatchConfig()
        self.fx_rate = fx_rate
        self.weights = dict(WEIGHTS if weights is None else weights)
        super().__init__()
        self._pooled: set = set()  # match_all: items of a set paid short, residual undecided
        # match_all: (partner, currency, cents) of look-alike items given away first in, first
        # out: the family's other items are a guess too
        self._fifo_taken: dict[tuple, int] = defaultdict(int)
        # match_all: (partner, kind of difference) → (date, line id) of earlier lines the payer
        # paid that way (a bank that deducts a fee, a payer who rounds): its habit
        self._habits: dict[tuple, list] = defaultdict(list)
        # match_all: accounts on file for nobody that paid an invoice the text named, with the
        # partner and the line: the same account pays that partner's other lines
        self._ibans_seen: dict[str, tuple] = {}
        for item in items:
            self._add(item)

    def raw_candidates(self, line: BankLine, rejected: Collection[tuple] = ()) -> list:
        """All candidates of ``line`` with their features, before scoring (for calibration)."""
        info = self._read(line)
        if info is None:
            return []
        return self._raw(info, {frozenset(r) for r in rejected})

    # -- scoring -------------------------------------------------------------------------

    def _score(self, raws: list[RawCandidate]) -> list[Candidate]:
        """Probabilities by a softmax over the candidates and "no match" (utility 0); only
        the candidates worth returning are built, best first (ties: oldest item first)."""
        if not raws:
            return []
        weights = self.weights
        utilities = [raw.utility(weights) for raw in raws]
        top = max(0.0, *utilities)
        exps = [math.exp(u - top) for u in utilities]
        denominator = math.exp(-top) + sum(
            e * raw.copies for e, raw in zip(exps, raws, strict=True)
        )
        ranked = sorted(
            range(len(raws)),
            key=lambda k: (
                -round(exps[k] / denominator, 6),
                min(self._age(i) for i in raws[k].items),  # a tie goes to the oldest item
                [id_key(i) for i in raws[k].items],
            ),
        )
        scored = []
        for k in ranked[: self.config.max_candidates]:
            raw, utility = raws[k], utilities[k]
            probability = exps[k] / denominator
            if probability < self.config.min_score:
                break
            alone = 1.0 / (1.0 + math.exp(-utility))
            evidence = []
            credited = set()  # a feature adds its weight once, however many lines explain it
            for signal, weighted, code, given in raw.evidence:
                weight = 0.0
                if weighted and signal not in credited:
                    credited.add(signal)
                    weight = round(weights.get(signal, 0.0), 3)
                params = given() if callable(given) else given
                evidence.append(Evidence(signal, code, params, weight))
            held = 0.0
            if raw.review and probability >= self.config.auto_threshold:
                capped = max(0.0, self.config.auto_threshold - 0.001)
                weight = round(math.log(capped / probability), 3)
                evidence.append(Evidence("policy", f"policy_{raw.review}", {}, weight))
                held, probability = round(probability, 6), capped
            if alone - probability > 0.005:
                weight = round(math.log(max(probability, 1e-12) / alone), 3)
                # (look-alikes not built compete too)
                count = {"count": max(1, sum(r.copies for r in raws) - 1)}
                evidence.append(Evidence("ambiguity", "ambiguity", count, weight))
            scored.append(
                Candidate(
                    items=raw.items,
                    score=round(probability, 6),
                    evidence=tuple(evidence),
                    allocations=dict(raw.relation.allocations),
                    difference=raw.relation.difference,
                    kind=raw.relation.kind,
                    held=held,
                )
            )
        return scored

    def _finish(self, scored: list[Candidate]) -> list[Candidate]:
        kept = [c for c in scored if c.score >= self.config.min_score]
        kept.sort(key=lambda c: -c.score)
        return kept[: self.config.max_candidates]

    def match(self, line: BankLine, rejected: Collection[tuple[Hashable, ...]] = ()) -> list:
        """Ranked candidates for ``line``, best first; [] when nothing is plausible."""
        return self._finish(self._score(self.raw_candidates(line, rejected)))

    # -- a batch -------------------------------------------------------------------------

    def match_all(
        self,
        lines: Iterable[BankLine],
        rejected: Mapping[Hashable, Collection[tuple]] | None = None,
    ) -> dict[Hashable, list[Candidate]]:
        """Match a batch so that no open amount is handed out twice.

        Lines are settled greedily: those above the auto threshold first, then suggestions,
        then the rest; within a group by score rounded to 0.01, then date. A settled line whose
        best candidate reaches ``suggest_threshold`` *claims* its allocations: the residuals
        are reduced for the lines still waiting, which are re-matched when they depended on
        the claimed items or partners (a second payment of the same invoice then finds it
        gone; a partial payment leaves the rest for the next instalment). A line that lost its
        best candidate to a better line keeps it at half its score, marked ``contested``.
        When a set of named invoices is paid short, which one stays open is decided at the
        end from the other lines' claims. The matcher's open items are restored afterwards:
        call ``remove``/``update`` once the caller has actually reconciled."""
        return Batch(self, list(lines), rejected or {}).run()
