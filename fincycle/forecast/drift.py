# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""A customer whose habit has changed: a shift of its recent delays against its older ones.

The recency half-life (chosen in the company's history) follows drifts slowly, and the same for
every customer. A customer that suddenly pays two weeks later (or sooner) is detected here
instead, by a two-sample test on its own invoices:

- Only invoices *matured* on ``as_of`` count, i.e. due at least ``CAP`` days before it, and each
  gives ``y`` = the delay by which half its amount was paid, capped at ``CAP`` (not half paid
  by then: ``CAP``). So an open recent invoice is neither dropped (which would keep only the
  quick ones) nor guessed: censoring is handled by the cap.
- ``recent`` = its last ``RECENT`` matured invoices by due date, ``older`` the ones before
  (at least ``MIN_OLDER``). Shift ``d = mean(recent) - mean(older)``; Student's t with the
  pooled variance (floored at ``VAR_FLOOR``, so that a punctual payer's +-1 day is no signal).
- Retained when ``|t| >= T_MIN`` and ``|d| >= MIN_SHIFT`` days: conservative, since every
  customer is tested. The customer's own delay curve is then moved by ``d`` days (its shape is
  kept: a change of habit, not of variability).
"""

from datetime import date

CAP = 60
RECENT = 4
MIN_OLDER = 4
VAR_FLOOR = 9.0
T_MIN = 3.0
MIN_SHIFT = 5


def half_paid_delay(due: date, payments, amount: int, as_of: date) -> int | None:
    """``y`` of one invoice (None if not matured on ``as_of``)."""
    if (as_of - due).days < CAP:
        return None
    paid = 0
    for day, cents in sorted(payments):
        paid += cents
        if 2 * paid >= amount:
            return min((day - due).days, CAP)
    return CAP


def detect_shift(samples) -> int:
    """``samples``: (due date, y) of one customer's matured invoices; the shift in days (0:
    none detected)."""
    ys = [y for _, y in sorted(samples, key=lambda s: s[0])]
    if len(ys) < RECENT + MIN_OLDER:
        return 0
    older, recent = ys[:-RECENT], ys[-RECENT:]
    m_old, m_new = sum(older) / len(older), sum(recent) / len(recent)
    ss = sum((y - m_old) ** 2 for y in older) + sum((y - m_new) ** 2 for y in recent)
    var = max(ss / (len(ys) - 2), VAR_FLOOR)
    shift = m_new - m_old
    t = shift / (var * (1 / len(older) + 1 / len(recent))) ** 0.5
    if abs(t) < T_MIN or abs(shift) < MIN_SHIFT:
        return 0
    return round(shift)


def shifted(survival, shift: int):
    """The survival curve (one value per day of delay) moved ``shift`` days later (earlier when
    negative); the never-paid share at the end is kept."""
    n = len(survival)
    out = []
    for i in range(n):
        j = i - shift
        out.append(1.0 if j < 0 else survival[min(j, n - 1)])
    out[-1] = survival[-1] if shift >= 0 else out[-1]
    return tuple(out)
