"""First in, first out in an orderly family: after a batch, a payer's look-alike items (same
partner, currency and amount, nothing named) given away first in, first out are reconciled
when the family's history in the batch is orderly, which is what an accountant books; the
other guesses stay for review.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import replace
from datetime import date, timedelta

from fincycle.banking.references import QRR

from .cents import to_cents
from .model import Candidate, Evidence, OpenItem

__all__ = ["OrderlyFifo"]

# a look-alike proposed first in, first out is reconciled only when it is not older than the
# payer pays: issued on or before the line, at most FIFO_LAG_SLACK days later than the payer's
# longest delay in the batch (payments that named their item), or FIFO_CURRENT_DAYS without
# those; a line of the amount nothing explains is no gap in a family that paid within
# FIFO_NEAR_DAYS of it
FIFO_CURRENT_DAYS = 120
FIFO_LAG_SLACK = 40
FIFO_NEAR_DAYS = 15


class OrderlyFifo:
    """The part of ``Batch`` that lifts orderly first-in-first-out proposals
    (``_lift_orderly_fifo``); it reads the batch's lines, claims, guesses, twins and current
    candidates."""

    def _lift_orderly_fifo(self) -> None:
        """A payer's look-alike items (same amount, nothing named) given away first in, first
        out are what an accountant books when the family's history in the batch is orderly;
        those proposals are reconciled, the others stay for review (``_orderly``)."""
        by_amount = defaultdict(list)
        for k, line in enumerate(self.lines):
            by_amount[(line.currency, to_cents(line.amount))].append(k)
        history = defaultdict(list)  # family → (line date, item issued, line, named) of claims
        for j, claimed in self.claims.items():
            for item_id in claimed:
                item = self._original(item_id)
                named = j not in self.guesses and len(claimed) == 1
                entry = (self.lines[j].date, item.invoice_date or date.min, j, named)
                history[self._family_of(item)].append(entry)
        for k in self.order:
            found = self.current.get(k)
            item = self._fifo_proposal(k, found[0]) if found else None
            if item is not None and self._orderly(k, item, history, by_amount):
                self.current[k] = [self._lifted(found[0], item), *found[1:]]

    def _fifo_proposal(self, k: int, best: Candidate) -> OpenItem | None:
        """The item of a line's best candidate when it is one look-alike claimed first in,
        first out for the whole amount, held back by that policy alone."""
        if best.held < self.auto or self.claims.get(k) != best.items or len(best.items) != 1:
            return None
        policies = [e.code for e in best.evidence if e.signal == "policy"]
        if best.kind != "full" or policies != ["policy_lookalike"]:
            return None
        item = self._original(best.items[0])
        line = self.lines[k]
        if item.currency != line.currency or to_cents(item.residual) != to_cents(line.amount):
            return None
        return item

    def _orderly(self, k: int, item: OpenItem, history: dict, by_amount: dict) -> bool:
        """The proposed item is what the payer pays now and nothing says otherwise: not one of
        two transfers of the payer with the amount a few days apart; issued on or before the
        line and no older than the payer's usual delay allows (the longest of the batch's
        payments of the family that named their item); no earlier line took a newer item of the
        family (one skipped); no line of the family's amount (or twice or three times it) since
        the family's first item in the batch went unexplained, unless the family paid that
        month anyway (a payment missed shifts every month after it); and for a QR invoice, no
        credit without a payer since then that nothing explains (a collective credit of QR
        payments whose details never came)."""
        if self.twins.get(k) or k in self.twinned:
            return False
        line = self.lines[k]
        family = self._family_of(item)
        issued = item.invoice_date or date.min
        others = [h for h in history.get(family, ()) if h[2] != k]
        lags = [(day - made).days for day, made, _j, named in others if named]
        usual = max(lags) + FIFO_LAG_SLACK if lags else FIFO_CURRENT_DAYS
        if not 0 <= (line.date - issued).days <= usual:
            return False
        if any(made > issued and day <= line.date for day, made, _j, _named in others):
            return False
        first = min([issued, *(made for _day, made, _j, _named in others)])
        since = first - timedelta(days=self.matcher.config.date_slack_days)
        cents = to_cents(line.amount)
        paid = [day for day, _made, _j, _named in others]
        for times in (1, 2, 3):
            for j in by_amount.get((line.currency, cents * times), ()):
                day = self.lines[j].date
                if j == k or not since <= day <= line.date or self._explained(j, family):
                    continue
                if not any(abs((day - d).days) <= FIFO_NEAR_DAYS for d in paid):
                    return False  # (the family paid that month: someone else's)
        if (item.payment_ref_type or "").lower() == QRR:
            # QR payments may come in a collective credit without details
            start = bisect.bisect_left(self.collective, (since, -1))
            for day, j in self.collective[start:]:
                if day > line.date:
                    break
                currency, amount = self.amounts[j]
                if j != k and j not in self.claims and currency == line.currency and amount > cents:
                    return False
        return True

    def _explained(self, j: int, family: tuple) -> bool:
        """Line ``j`` of a family's amount (or a multiple) is not a payment of the family the
        batch missed: it took items of the family, or it is confidently another item's."""
        claimed = self.claims.get(j)
        if not claimed:
            # from an account known to be another partner's
            accounts = self.accounts.get(j)
            return bool(accounts) and family[0] not in accounts
        if self._family_of(self._original(claimed[0])) == family:
            return True
        best = (self.current.get(j) or [None])[0]
        return best is not None and best.items == claimed and best.score >= self.auto

    def _lifted(self, best: Candidate, item: OpenItem) -> Candidate:
        kept = [e for e in best.evidence if e.signal not in ("policy", "ambiguity")]
        params = {
            "partner": self.matcher._partner_name.get(self.matcher._pkey(item), ""),
            "document": item.number or str(item.id),
        }
        kept.append(Evidence("fifo", "fifo_orderly", params, 0.0))
        return replace(best, score=best.held, evidence=tuple(kept), held=0.0)
