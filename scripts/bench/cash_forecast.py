#!/usr/bin/env python3
# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Backtest of the cash forecast (``fincycle.forecast``) on a folder laid out like
``../shared/samples/matching/`` (``invoices.json``, ``ground_truth.json``).

  .venv/bin/python scripts/bench/cash_forecast.py DIR [--warmup-months 3] [--horizon 30] \
      [--half-life 270|auto]

At the first of every month after the warm-up (and at least ``horizon`` days before the data
ends) it learns each company's customers from what was known the day before (invoices issued,
payments dated, disputes opened, promises made by then: the core filters on ``as_of``), forecasts
the customer receipts of the next 30 days on the invoices open at the cutoff, and compares with
what those invoices actually received in the window (the ground truth's allocations). Invoices
issued after the cutoff are outside both forecasts and the actual figure: they are not known on
the day, and the cockpit adds them from contracts separately.

The baseline: every open invoice paid on its due date, the overdue ones tomorrow.

Error: Σ|forecast - actual| / Σ actual over the cutoffs (the mean absolute error as a share of
the mean receipts). Each cutoff's line also shows the forecast's 10-90 % band of the 30-day total
(``fincycle.forecast.aggregate``, disputed included, 500 seeded runs) and the summary says at how
many cutoffs the actual fell inside it (about 80 % when the band is honest). Amounts are converted to CHF at fixed rates (``FX``): a bench, not a ledger.
Refuses (exit 2) a folder covering less than six months, unless ``--force``.
"""

import argparse
import json
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from fincycle.forecast import (
    Invoice,
    Payment,
    Promise,
    aggregate,
    expected_total,
    forecast_invoices,
    learn,
)
from fincycle.forecast.model import HALF_LIFE_DAYS

FX = {"CHF": 1.0, "EUR": 0.94, "USD": 0.80, "GBP": 1.07}  # to CHF, fixed for the bench
MIN_MONTHS = 6


def _day(text):
    return date.fromisoformat(text) if text else None


def _cents(amount, currency):
    return round(float(amount) * FX.get(currency, 1.0) * 100)


def load(folder: Path):
    """Invoices per company as core records (all payments, the core filters by date), and the
    period the data covers."""
    data = json.loads((folder / "invoices.json").read_text(encoding="utf-8"))
    truth = json.loads((folder / "ground_truth.json").read_text(encoding="utf-8"))
    rows = data["invoices"]
    by_number = {r["number"]: r for r in rows}
    payments: dict[str, list] = {}
    days = []
    for tx in truth["transactions"]:
        days.append(_day(tx["date"]))
        if tx.get("duplicate_of") or tx.get("returns") or tx.get("paid_twice_of"):
            continue
        for match in tx.get("matches") or []:
            row = by_number.get(match["invoice"])
            if row is None or row["move_type"] != "out_invoice" or float(match["amount"]) <= 0:
                continue
            payments.setdefault(row["number"], []).append(
                Payment(_day(tx["date"]), _cents(match["amount"], row["currency"]))
            )
    closed = {}
    for row in rows:
        if row["move_type"] == "out_refund" and row.get("reversed_entry"):
            closed[row["reversed_entry"]] = _day(row["invoice_date"])
    companies: dict[str, list] = {}
    for row in rows:
        currency = row["currency"]
        total = _cents(row["amount_total"], currency)
        residual = _cents(row.get("amount_residual", row["amount_total"]), currency)
        pays = tuple(payments.get(row["number"], ()))
        # partly paid before the data starts, on a day nobody knows: only the residual is an
        # invoice to forecast (and no delay to learn from the part paid)
        amount = min(total, residual) if residual > 0 else total
        companies.setdefault(row["company"], []).append(
            Invoice(
                ref=row["number"],
                partner=row["partner_id"],
                issue_date=_day(row["invoice_date"]),
                due_date=_day(row["due_date"]),
                amount_cents=amount,
                payments=pays,
                kind="credit_note" if row["move_type"] == "out_refund" else "invoice",
                disputed_on=_day(row.get("disputed_on")),
                dispute_resolved_on=_day(row.get("dispute_resolved_on")),
                promises=tuple(
                    Promise(_day(p.get("made_on")), _day(p.get("promised_date")))
                    for p in row.get("promises") or ()
                ),
                closed_on=_day(row.get("closed_on")) or closed.get(row["number"]),
            )
        )
    period = truth.get("summary", {}).get("period")
    if period:
        first, last = _day(period[0]), _day(period[1])
    else:
        first, last = min(days), max(days)
    return companies, first, last


def _next_month(day):
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def actual_receipts(invoices, cutoff, horizon):
    """What the invoices open at the cutoff received in [cutoff, cutoff + horizon)."""
    end = cutoff + timedelta(days=horizon)
    total = 0
    for inv in invoices:
        if inv.kind != "invoice" or inv.issue_date is None or inv.issue_date >= cutoff:
            continue
        total += sum(p.amount_cents for p in inv.payments if cutoff <= p.day < end)
    return total


def baseline(invoices, as_of, horizon):
    """Every open invoice paid on its due date; overdue ones tomorrow."""
    end = as_of + timedelta(days=horizon)
    total = 0
    for inv in invoices:
        if inv.kind != "invoice" or inv.issue_date is None or inv.issue_date > as_of:
            continue
        if inv.closed_on and inv.closed_on <= as_of:
            continue
        paid = sum(p.amount_cents for p in inv.payments if p.day <= as_of)
        remaining = inv.amount_cents - paid
        if remaining > 0 and inv.due_date <= end:
            total += remaining
    return total


def backtest(
    folder: Path,
    *,
    warmup_months=3,
    horizon=30,
    force=False,
    simulations=500,
    out=print,
    half_life=HALF_LIFE_DAYS,
):
    companies, first, last = load(folder)
    months = (last - first).days / 30.44
    if months < MIN_MONTHS and not force:
        out(f"{folder} covers {first} to {last} ({months:.1f} months): needs {MIN_MONTHS}")
        return None
    cutoff = first
    for _ in range(warmup_months):
        cutoff = _next_month(cutoff)
    if first.day != 1:
        cutoff = _next_month(cutoff)
    rows = []
    while cutoff + timedelta(days=horizon - 1) <= last:
        as_of = cutoff - timedelta(days=1)
        ours = base = actual = 0.0
        everything = []
        for invoices in companies.values():
            model = learn(invoices, as_of, half_life_days=half_life)
            forecasts, _issues = forecast_invoices(invoices, model, horizon=horizon)
            everything += forecasts
            ours += expected_total(forecasts, horizon)
            base += baseline(invoices, as_of, horizon)
            actual += actual_receipts(invoices, cutoff, horizon)
        band = aggregate(
            everything, as_of, horizon=horizon, simulations=simulations, include_disputed=True
        ).cumulative[-1]
        inside = band.p10_cents <= actual <= band.p90_cents
        rows.append((cutoff, ours, base, actual, inside))
        out(
            f"cutoff {cutoff}: actual {actual / 100:12.2f}  ours {ours / 100:12.2f} "
            f"({(ours - actual) / max(actual, 1):+7.1%}) band {band.p10_cents / 100:.0f}-"
            f"{band.p90_cents / 100:.0f}{'' if inside else ' (outside)'}  baseline "
            f"{base / 100:12.2f} ({(base - actual) / max(actual, 1):+7.1%})"
        )
        cutoff = _next_month(cutoff)
    if not rows:
        out(f"{folder}: no cutoff with {horizon} days of data after it")
        return None
    total_actual = sum(r[3] for r in rows) or 1
    ours_err = 100 * sum(abs(r[1] - r[3]) for r in rows) / total_actual
    base_err = 100 * sum(abs(r[2] - r[3]) for r in rows) / total_actual
    covered = sum(r[4] for r in rows)
    out(f"actual within the forecast's 10-90 % band at {covered} of {len(rows)} cutoffs")
    return ours_err, base_err, len(rows)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--warmup-months", type=int, default=3)
    parser.add_argument("--horizon", type=int, default=30)
    parser.add_argument("--force", action="store_true", help="run on less than six months")
    parser.add_argument(
        "--half-life",
        default=str(HALF_LIFE_DAYS),
        help="recency half-life in days, or 'auto' (rolling-origin choice before each cutoff)",
    )
    args = parser.parse_args(argv)
    half_life = None if args.half_life == "auto" else float(args.half_life)
    result = backtest(
        args.folder,
        warmup_months=args.warmup_months,
        horizon=args.horizon,
        force=args.force,
        half_life=half_life,
    )
    if result is None:
        return 2
    ours, base, n = result
    print(f"({n} monthly cutoffs)")
    print(f"forecast 30d mean absolute error {ours:.1f}% ours, {base:.1f}% due-date baseline")
    return 0


if __name__ == "__main__":
    sys.exit(main())
