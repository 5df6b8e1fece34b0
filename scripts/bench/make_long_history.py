#!/usr/bin/env python3
# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""A long synthetic receivables history laid out like ``../shared/samples/matching/``, for the
cash-forecast backtest (``scripts/bench/cash_forecast.py``).

  .venv/bin/python scripts/bench/make_long_history.py /tmp/hist_a --months 18 --seed 7
  .venv/bin/python scripts/bench/make_long_history.py /tmp/hist_b --months 18 --seed 4242 \
      --profile heldout

Two companies (Seeblick Consulting GmbH, CHF; Maison Colibri SARL, EUR), customers with their own
habits: punctual payers, habitual late payers (each with its own delay distribution), partial
payers (part around the due date, the rest weeks later), month-end payers, slow payers with some
bad debt, a few disputes (paid late, settled by a credit note, or never), promises to pay (kept
or not), subscription customers (same amount every month), seasonal volume (summer and
year-end dips) and new customers arriving all along (short histories). Payments fall on
business days. The ``heldout`` profile changes every behaviour parameter (mix, delays, dispute
rate, seasonality, and customers whose habits drift half-way): the forecast is never tuned on it.
``heldout2`` is a second, fresh held-out profile (other mix, customers getting faster or slower
at their own moment, summer and December payment slowdowns, larger invoices), added before the
model revision that followed ``heldout``'s miss and run only once that revision was frozen.

Files: ``invoices.json`` / ``invoices.csv`` (the sample's columns; ``amount_residual`` is what is
open at the start of the history, i.e. everything; extra keys ``disputed_on``,
``dispute_resolved_on``, ``promises`` [{made_on, promised_date}], ``closed_on`` and, on credit
notes, ``reversed_entry``), ``partners.json``, ``bank/qonto_transactions.json`` (FR, Qonto API
shape), ``bank/ebanking_export_chf_<from>_<to>.csv`` (CH, the e-banking CSV columns),
``ground_truth.json`` / ``ground_truth.csv`` (one record per transaction with its allocations),
``manifest.json``, ``README.md``.
"""

import argparse
import csv
import hashlib
import io
import json
import math
import random
from datetime import date, timedelta
from pathlib import Path

PROFILES = {
    "tuning": {
        "mix": {"punctual": 0.35, "late": 0.28, "partial": 0.12, "month_end": 0.13, "slow": 0.12},
        "late_mean": (8, 45),
        "late_shape": 3.0,
        "slow_mean": (45, 100),
        "slow_never": 0.08,
        "partial_first": (0.3, 0.6),
        "partial_gap": (20, 50),
        "dispute_rate": 0.03,
        "promise_rate": 0.25,
        "promise_keep": {"late": 0.8, "slow": 0.5, "partial": 0.7},
        "season_amp": 0.25,
        "season_phase": 3,
        "initial_customers": 50,
        "new_per_month": 2.0,
        "churn_per_month": 0.01,
        "terms": (10, 30, 30, 30, 45, 60),
        "amount_median": 1500.0,
        "amount_sigma": 1.0,
        "rate_mean": 1.6,
        "subscription_share": 0.15,
        "drift_share": 0.0,
    },
    "heldout": {
        "mix": {"punctual": 0.25, "late": 0.33, "partial": 0.18, "month_end": 0.08, "slow": 0.16},
        "late_mean": (5, 60),
        "late_shape": 2.0,
        "slow_mean": (40, 130),
        "slow_never": 0.12,
        "partial_first": (0.2, 0.7),
        "partial_gap": (15, 70),
        "dispute_rate": 0.05,
        "promise_rate": 0.35,
        "promise_keep": {"late": 0.7, "slow": 0.35, "partial": 0.6},
        "season_amp": 0.4,
        "season_phase": 7,
        "initial_customers": 40,
        "new_per_month": 3.0,
        "churn_per_month": 0.02,
        "terms": (14, 20, 30, 30, 60, 90),
        "amount_median": 2200.0,
        "amount_sigma": 1.2,
        "rate_mean": 1.4,
        "subscription_share": 0.1,
        "drift_share": 0.15,
    },
    # Fresh held-out profile, never used for tuning: mostly partial and month-end payers, some
    # customers getting FASTER and others slower at their own (random) moment, gradually over
    # three months, payment slowdowns in summer and at year end, fewer but larger invoices, a
    # shorter history per customer (high churn, many arrivals).
    "heldout2": {
        "mix": {"punctual": 0.2, "late": 0.22, "partial": 0.22, "month_end": 0.2, "slow": 0.16},
        "late_mean": (10, 35),
        "late_shape": 4.0,
        "slow_mean": (60, 110),
        "slow_never": 0.05,
        "partial_first": (0.4, 0.8),
        "partial_gap": (10, 40),
        "dispute_rate": 0.02,
        "promise_rate": 0.15,
        "promise_keep": {"late": 0.9, "slow": 0.6, "partial": 0.8},
        "season_amp": 0.15,
        "season_phase": 10,
        "initial_customers": 35,
        "new_per_month": 2.5,
        "churn_per_month": 0.03,
        "terms": (0, 15, 30, 30, 45, 45),
        "amount_median": 4000.0,
        "amount_sigma": 1.4,
        "rate_mean": 1.0,
        "subscription_share": 0.05,
        "drift_share": 0.0,
        # per-customer drift: (share of customers, shift in days), applied from a random day
        # of the history, ramping in linearly over ``drift_ramp_days``
        "drifts": ((0.12, -18), (0.1, 12)),
        "drift_ramp_days": 90,
        # extra days of delay on payments due in July-August and in December
        "pay_season": {7: 8, 8: 14, 12: 10},
    },
}

COMPANIES = {
    "CH": {
        "name": "Seeblick Consulting GmbH",
        "city": "Genève",
        "country": "CH",
        "currency": "CHF",
        "bank_accounts": {"CHF": "CH1600230893675702984"},
    },
    "FR": {
        "name": "Maison Colibri SARL",
        "city": "Toulouse",
        "country": "FR",
        "currency": "EUR",
        "bank_accounts": {
            "EUR": "FR7616958946794458322531685",
            "qonto_bank_account_id": "1ff927bb-1c16-4f1a-2a92-a2d44c0f9fc8",
        },
    },
}
NAMES = (
    "Alpes Conseil", "Rigi Fiduciaire", "Loire Conseil", "Brown Consulting", "Atelier Morel",
    "Garage Favre", "Boulangerie Roux", "Studio Keller", "Weber Bau", "Clinique du Lac",
    "Imprimerie Blanc", "Transports Girard", "Cabinet Lambert", "Hotel Bellevue", "Fischer AG",
    "Schmid Informatik", "Vins Bonnet", "Pharmacie Dubois", "Menuiserie Perrin", "Optique Vidal",
)  # fmt: skip


def business_day(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def month_end_business(day: date) -> date:
    nxt = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    last = nxt - timedelta(days=1)
    while last.weekday() >= 5:
        last -= timedelta(days=1)
    return last


def add_months(day: date, months: int) -> date:
    m = day.month - 1 + months
    return date(day.year + m // 12, m % 12 + 1, 1)


class Customer:
    def __init__(self, rng, pid, company, p, start):
        self.id = pid
        self.company = company
        self.name = f"{rng.choice(NAMES)} {pid[-3:]}"
        self.start = start
        kinds, weights = zip(*p["mix"].items(), strict=True)
        self.kind = rng.choices(kinds, weights)[0]
        self.rate = rng.lognormvariate(math.log(p["rate_mean"]), 0.6)
        self.median = p["amount_median"] * rng.lognormvariate(0, 0.7)
        self.terms = rng.choice(p["terms"])
        self.subscription = rng.random() < p["subscription_share"]
        if self.subscription:
            self.rate = 1.0
            self.median = round(rng.choice((49, 89.9, 190, 450, 1200)) * 1.0, 2)
        self.late_mean = rng.uniform(*p["late_mean"])
        self.slow_mean = rng.uniform(*p["slow_mean"])
        self.partial_first = rng.uniform(*p["partial_first"])
        self.drift = rng.random() < p["drift_share"]
        self.shift, self.shift_from = 0, None
        if "drifts" in p:  # only profiles with this key draw more (the others stay identical)
            u = rng.random()
            for share, days in p["drifts"]:
                if u < share:
                    self.shift = days
                    break
                u -= share
            self.shift_offset = rng.random()
        self.end = None
        self.last_month = None


def delay_for(rng, c: Customer, p, when: date, midpoint: date) -> int | None:
    """Days after the due date (None: never paid)."""
    extra = 15 if (c.drift and when > midpoint) else 0
    if c.shift:
        if c.shift_from is None:
            span = (midpoint - c.start).days * 2 if midpoint > c.start else 0
            c.shift_from = c.start + timedelta(days=round(c.shift_offset * max(span, 60)))
        ramp = p.get("drift_ramp_days", 1)
        progress = min(max((when - c.shift_from).days / ramp, 0.0), 1.0)
        extra += round(c.shift * progress)
    due = when + timedelta(days=c.terms)
    extra += p.get("pay_season", {}).get(due.month, 0)
    if c.kind == "punctual":
        if rng.random() < 0.03:
            return rng.randint(8, 25) + extra
        return round(rng.gauss(-2, 3)) + extra
    if c.kind == "late":
        shape = p["late_shape"]
        return round(rng.gammavariate(shape, c.late_mean / shape)) + extra
    if c.kind == "partial":
        return round(rng.gauss(5, 5)) + extra
    if c.kind == "month_end":
        return rng.randint(0, 10) + extra
    if rng.random() < p["slow_never"]:
        return None
    return round(rng.gammavariate(2.0, c.slow_mean / 2.0)) + extra


def generate(months: int, seed: int, profile: str, start: date):
    p = PROFILES[profile]
    rng = random.Random(seed)
    end = add_months(start, months) - timedelta(days=1)
    midpoint = start + (end - start) / 2
    customers: list[Customer] = []
    counter = [0]

    def new_customer(when):
        counter[0] += 1
        company = "CH" if rng.random() < 0.5 else "FR"
        c = Customer(rng, f"P{counter[0]:05d}", company, p, when)
        customers.append(c)
        return c

    for _ in range(p["initial_customers"]):
        new_customer(start)
    invoices, payments = [], []  # payments: (day, invoice number, amount, partner)
    numbers = {"CH": 0, "FR": 0}

    def number(company, year, refund=False):
        numbers[company] += 1
        if company == "CH":
            return f"{'GS' if refund else 'INV'}/{year}/{numbers[company]:05d}"
        return f"{'AV' if refund else 'FAC'}-{year}-{numbers[company]:05d}"

    day = start
    while day <= end:
        if day.day == 1 and day > start:
            for _ in range(_poisson(rng, p["new_per_month"])):
                new_customer(day)
            for c in customers:
                if c.end is None and rng.random() < p["churn_per_month"]:
                    c.end = day
        season = 1 + p["season_amp"] * math.sin(2 * math.pi * (day.month - p["season_phase"]) / 12)
        if day.month == 8 or (day.month == 12 and day.day > 20):
            season *= 0.6
        if day.weekday() < 5:
            for c in customers:
                if c.end is not None or c.start > day:
                    continue
                if c.subscription:
                    if c.last_month == (day.year, day.month):
                        continue
                    c.last_month = (day.year, day.month)
                elif rng.random() >= c.rate * season / 21.7:
                    continue
                _invoice(
                    rng,
                    c,
                    p,
                    day,
                    midpoint=midpoint,
                    number=number,
                    invoices=invoices,
                    payments=payments,
                )
        day += timedelta(days=1)
    return customers, invoices, payments, end


def _poisson(rng, lam):
    n, t = 0, rng.expovariate(1)
    while t < lam:
        n += 1
        t += rng.expovariate(1)
    return n


def _invoice(rng, c, p, day, *, midpoint, number, invoices, payments):
    amount = c.median if c.subscription else c.median * rng.lognormvariate(0, p["amount_sigma"] / 2)
    amount = round(min(max(amount, 20.0), 80000.0), 2)
    due = day + timedelta(days=c.terms)
    inv = {
        "id": f"I{len(invoices) + 1:06d}",
        "company": c.company,
        "move_type": "out_invoice",
        "number": number(c.company, day.year),
        "partner_id": c.id,
        "partner_name": c.name,
        "invoice_date": day.isoformat(),
        "due_date": due.isoformat(),
        "currency": COMPANIES[c.company]["currency"],
        "amount_total": amount,
        "amount_residual": amount,
        "payment_reference": "",
        "payment_reference_type": "NUMBER",
        "recurring_group": c.id if c.subscription else "",
        "disputed_on": None,
        "dispute_resolved_on": None,
        "promises": [],
        "closed_on": None,
    }
    inv["payment_reference"] = inv["number"]
    invoices.append(inv)
    if rng.random() < p["dispute_rate"]:
        disputed = business_day(day + timedelta(days=rng.randint(5, 40)))
        inv["disputed_on"] = disputed.isoformat()
        fate = rng.random()
        if fate < 0.6:
            paid = business_day(disputed + timedelta(days=rng.randint(15, 90)))
            inv["dispute_resolved_on"] = paid.isoformat()
            payments.append((paid, inv, amount))
        elif fate < 0.85:
            settled = business_day(disputed + timedelta(days=rng.randint(10, 60)))
            inv["dispute_resolved_on"] = settled.isoformat()
            inv["closed_on"] = settled.isoformat()
            invoices.append(
                {
                    **inv,
                    "id": f"I{len(invoices) + 1:06d}",
                    "move_type": "out_refund",
                    "number": number(c.company, settled.year, refund=True),
                    "invoice_date": settled.isoformat(),
                    "due_date": settled.isoformat(),
                    "disputed_on": None,
                    "dispute_resolved_on": None,
                    "closed_on": None,
                    "reversed_entry": inv["number"],
                }
            )
        return
    delay = delay_for(rng, c, p, day, midpoint)
    if delay is None:
        if rng.random() < 0.5:
            inv["closed_on"] = (due + timedelta(days=rng.randint(150, 300))).isoformat()
        return
    if c.kind == "month_end":
        paid = month_end_business(due + timedelta(days=delay))
    else:
        paid = business_day(due + timedelta(days=delay))
    paid = max(paid, business_day(day + timedelta(days=1)))
    # a promise to pay, asked for when the invoice is well overdue
    keep = p["promise_keep"].get(c.kind)
    if keep and (paid - due).days > 20 and rng.random() < p["promise_rate"]:
        made = business_day(due + timedelta(days=rng.randint(10, 20)))
        promised = business_day(made + timedelta(days=rng.randint(3, 14)))
        inv["promises"].append({"made_on": made.isoformat(), "promised_date": promised.isoformat()})
        if rng.random() < keep:
            paid = business_day(promised + timedelta(days=rng.choice((0, 0, 0, 1, 2))))
        else:
            paid = max(paid, business_day(promised + timedelta(days=rng.randint(8, 40))))
    if c.kind == "partial":
        first = round(amount * c.partial_first, 2)
        later = business_day(paid + timedelta(days=rng.randint(*p["partial_gap"])))
        payments.append((paid, inv, first))
        payments.append((later, inv, round(amount - first, 2)))
    else:
        payments.append((paid, inv, amount))


def write(out: Path, months: int, seed: int, profile: str, start: date):
    customers, invoices, payments, end = generate(months, seed, profile, start)
    out.mkdir(parents=True, exist_ok=True)
    (out / "bank").mkdir(exist_ok=True)
    rng = random.Random(seed + 1)
    payments = sorted((x for x in payments if x[0] <= end), key=lambda x: (x[0], x[1]["id"]))
    transactions, qonto, ebanking = [], [], []
    tx_no = 0
    # one transfer may pay several invoices of the same customer on the same day
    grouped: dict[tuple, list] = {}
    for paid, inv, amount in payments:
        grouped.setdefault((paid, inv["partner_id"]), []).append((inv, amount))
    for (paid, partner), items in sorted(grouped.items()):
        tx_no += 1
        company = items[0][0]["company"]
        currency = COMPANIES[company]["currency"]
        total = round(sum(a for _, a in items), 2)
        refs = " ".join(i["number"] for i, _ in items)
        name = items[0][0]["partner_name"]
        if company == "FR":
            key_id = f"maison-colibri-{seed}-transaction-{tx_no}"
            key = f"qonto:{key_id}"
            qonto.append(_qonto(key_id, paid, total, name, refs, credit=True))
            files = ["bank/qonto_transactions.json"]
        else:
            ref = f"{paid:%y%m%d}{tx_no:09d}"
            key = f"CH:{ref}"
            ebanking.append(_ebank(paid, total, name, refs, ref, credit=True))
            files = [_ebank_name(start, end)]
        transactions.append(
            {
                "key": key,
                "channel": "qonto" if company == "FR" else "csv",
                "files": files,
                "date": paid.isoformat(),
                "amount": total,
                "currency": currency,
                "category": "multi_invoice" if len(items) > 1 else "exact_structured_ref",
                "matches": [
                    {"invoice": i["number"], "amount": a, "currency": currency} for i, a in items
                ],
                "writeoff": None,
                "fx": None,
                "notes": None,
                "partner_id": partner,
                "duplicate_of": None,
            }
        )
    # noise: salaries and rent, not customer payments
    day = start
    while day <= end:
        if day.day in (1, 25) and day.weekday() < 5:
            for company in ("CH", "FR"):
                tx_no += 1
                amount = -round(rng.uniform(4000, 25000), 2)
                label = "Lohnzahlungen" if company == "CH" else "Salaires"
                if company == "FR":
                    key_id = f"maison-colibri-{seed}-transaction-{tx_no}"
                    key = f"qonto:{key_id}"
                    qonto.append(_qonto(key_id, day, -amount, label, "", credit=False))
                    files = ["bank/qonto_transactions.json"]
                else:
                    ref = f"{day:%y%m%d}{tx_no:09d}"
                    key = f"CH:{ref}"
                    ebanking.append(_ebank(day, -amount, label, "", ref, credit=False))
                    files = [_ebank_name(start, end)]
                transactions.append(
                    {
                        "key": key,
                        "channel": "qonto" if company == "FR" else "csv",
                        "files": files,
                        "date": day.isoformat(),
                        "amount": amount,
                        "currency": COMPANIES[company]["currency"],
                        "category": "noise",
                        "matches": [],
                        "writeoff": None,
                        "fx": None,
                        "notes": "not a customer payment",
                        "duplicate_of": None,
                    }
                )
        day += timedelta(days=1)
    transactions.sort(key=lambda t: (t["date"], t["key"]))
    _dump(out / "invoices.json", {"companies": COMPANIES, "invoices": invoices})
    fields = [
        "id", "company", "move_type", "number", "partner_id", "partner_name", "invoice_date",
        "due_date", "currency", "amount_total", "amount_residual", "payment_reference",
        "payment_reference_type", "recurring_group",
    ]  # fmt: skip
    _csv(out / "invoices.csv", fields, invoices, ",")
    partners = [
        {
            "id": c.id,
            "company": c.company,
            "name": c.name,
            "is_company": True,
            "country": COMPANIES[c.company]["country"],
            "bank_ibans": [],
            "lang": "fr",
            "since": c.start.isoformat(),
        }
        for c in customers
    ]
    _dump(out / "partners.json", partners)
    meta = {"current_page": 1, "next_page": None, "prev_page": None, "total_pages": 1}
    meta.update(total_count=len(qonto), per_page=len(qonto))
    _dump(out / "bank" / "qonto_transactions.json", {"transactions": qonto, "meta": meta})
    header = (
        "Buchungsdatum;Valuta;Buchungstext;Belastung;Gutschrift;Währung;Referenz;"
        "Auftraggeber/Empfänger;IBAN Gegenkonto;Mitteilung;Transaktions-Nr."
    )
    ebanking.sort(key=lambda row: (row[0][6:] + row[0][3:5] + row[0][:2], row[-1]))
    buf = io.StringIO()
    buf.write("\ufeff" + header + "\n")
    csv.writer(buf, delimiter=";", lineterminator="\n").writerows(ebanking)
    (out / _ebank_name(start, end)).write_text(buf.getvalue(), encoding="utf-8")
    summary = {
        "transactions": len(transactions),
        "invoices": len(invoices),
        "partners": len(customers),
        "period": [start.isoformat(), end.isoformat()],
        "seed": seed,
        "profile": profile,
        "generator": "scripts/bench/make_long_history.py",
    }
    _dump(out / "ground_truth.json", {"summary": summary, "transactions": transactions})
    rows = []
    for t in transactions:
        for m in t["matches"] or [{"invoice": "none", "amount": "", "currency": ""}]:
            rows.append(
                {
                    "key": t["key"],
                    "parent_key": "",
                    "channel": t["channel"],
                    "date": t["date"],
                    "amount": t["amount"],
                    "currency": t["currency"],
                    "category": t["category"],
                    "invoice": m["invoice"],
                    "applied_amount": m["amount"],
                    "invoice_currency": m["currency"],
                    "writeoff_amount": "",
                    "writeoff_reason": "",
                    "duplicate_of": "",
                    "acceptable_alternatives": "",
                }
            )
    _csv(out / "ground_truth.csv", list(rows[0]), rows, ",")
    (out / "README.md").write_text(_readme(summary, customers), encoding="utf-8")
    files = sorted(
        str(f.relative_to(out)) for f in out.rglob("*") if f.is_file() and f.name != "manifest.json"
    )
    manifest = {
        "files": [
            {"path": f, "sha256": hashlib.sha256((out / f).read_bytes()).hexdigest()} for f in files
        ]
    }
    _dump(out / "manifest.json", manifest)
    return summary


def _qonto(key_id, day, amount, name, reference, *, credit):
    stamp = f"{day.isoformat()}T10:00:00.000Z"
    cents = round(amount * 100)
    return {
        "transaction_id": key_id,
        "amount": amount,
        "amount_cents": cents,
        "local_amount": amount,
        "local_amount_cents": cents,
        "side": "credit" if credit else "debit",
        "operation_type": "income" if credit else "transfer",
        "currency": "EUR",
        "local_currency": "EUR",
        "label": name,
        "clean_counterparty_name": name,
        "settled_at": stamp,
        "emitted_at": stamp,
        "updated_at": stamp,
        "status": "completed",
        "reference": reference,
        "bank_account_id": COMPANIES["FR"]["bank_accounts"]["qonto_bank_account_id"],
    }


def _ebank(day, amount, name, message, ref, *, credit):
    text = f"{day:%d.%m.%Y}"
    debit, credit_amount = ("", f"{amount:.2f}") if credit else (f"{amount:.2f}", "")
    kind = "Gutschrift" if credit else "Belastung"
    return [text, text, kind, debit, credit_amount, "CHF", "", name, "", message, ref]


def _ebank_name(start, end):
    return f"bank/ebanking_export_chf_{start:%Y%m%d}_{end:%Y%m%d}.csv"


def _dump(path, data):
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")


def _csv(path, fields, rows, delimiter):
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fields, extrasaction="ignore", delimiter=delimiter)
        writer.writeheader()
        writer.writerows(rows)


def _readme(summary, customers):
    kinds = {}
    for c in customers:
        kinds[c.kind] = kinds.get(c.kind, 0) + 1
    return (
        "# Long receivables history (synthetic, generated)\n\n"
        f"Generated by `{summary['generator']}` (profile `{summary['profile']}`, seed "
        f"{summary['seed']}), period {summary['period'][0]} to {summary['period'][1]}: "
        f"{summary['invoices']} invoices / credit notes, {summary['transactions']} bank "
        f"transactions, {summary['partners']} customers ({kinds}).\n\n"
        "Same layout as `shared/samples/matching/` (see its README). `amount_residual` is what is\n"
        "open at the start of the period (everything: all invoices are issued within it).\n"
        "Extra invoice keys: `disputed_on`, `dispute_resolved_on`, `promises` [{made_on,\n"
        "promised_date}], `closed_on` (rest written off or credited); credit notes settling a\n"
        "dispute carry `reversed_entry`. Ground truth: one record per transaction, `matches` the\n"
        "allocations (amount in the invoice currency).\n"
    )


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--months", type=int, default=18)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--profile", choices=sorted(PROFILES), default="tuning")
    parser.add_argument("--start", default="2024-01-01")
    args = parser.parse_args(argv)
    summary = write(
        args.out_dir, args.months, args.seed, args.profile, date.fromisoformat(args.start)
    )
    print(
        f"wrote {args.out_dir}: {summary['invoices']} invoices, "
        f"{summary['transactions']} transactions, {summary['partners']} customers, "
        f"{summary['period'][0]} to {summary['period'][1]}"
    )


if __name__ == "__main__":
    main()
