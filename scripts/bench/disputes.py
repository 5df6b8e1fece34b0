#!/usr/bin/env python3
# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Customers' replies benchmark: the rules of fincycle.collections against labelled e-mails.

DIR is laid out like /work/shared/samples/disputes (manifest.json + emails/<id>.eml); several
DIRs are scored as one pool (the figures of all their replies together). Each
reply is read with its thread's context (invoice number, amount, currency, stage answered)
and scored against its labels, without the LLM:

  pause_dunning precision <P>% recall <R>%
  category accuracy <A>%
  urgency within 1: <U>%
  disputed_amount exact <D>%     over the e-mails where the label or the reading has an amount
  promised_date exact <Q>%       over the e-mails where the label or the reading has a date
  ms per e-mail <T>

``--llm oracle|garbage`` adds the optional LLM stage against a local fake endpoint (see
reply_llm_fake.py): what the stage adds with a perfect model, and what is kept with a wrong one.

``--split dev|held`` keeps the ~70 % / ~30 % of the e-mails chosen by a stable hash of their
id (rules are tuned on dev only; held is for reporting). ``--misses`` prints every wrong case
with the sentences that decided it.

``--odoo`` delivers the same replies end to end through Odoo's mail gateway to invoices created
in a fresh database (threading, sender check, reader, disputes; see disputes_odoo.py) and scores
what the gateway recorded the same way, then prints how many landed on their invoice.

Usage: .venv/bin/python scripts/bench/disputes.py DIR [DIR ...] [--misses] [--split dev|held]
                                                        [--llm oracle|garbage]
       .venv/bin/python scripts/bench/disputes.py DIR --odoo [--config odoo.conf] [--db NAME]
"""

import argparse
import hashlib
import json
import sys
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from fincycle.collections.replies import ThreadContext, read_reply  # noqa: E402

CENT = Decimal("0.01")


def split_of(sample_id: str) -> str:
    """``dev`` for ~70 % of the ids, ``held`` for the rest, stable across runs and machines."""
    return "dev" if int(hashlib.sha256(sample_id.encode()).hexdigest(), 16) % 10 < 7 else "held"


def _pct(num, den):
    return 100.0 * num / den if den else 100.0


def run(folders, split=None, misses=False, out=print, reader=None):
    """Score every e-mail of ``folders`` (one folder or a list, pooled; or of one split of
    each); returns the figures as a dict.

    ``reader(item, raw, context)`` replaces the pure reader (``--odoo``: the mail gateway)."""
    if isinstance(folders, (str, Path)):
        folders = [folders]
    entries = []
    for folder in map(Path, folders):
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        entries += [
            (folder, item) for item in manifest if not split or split_of(item["id"]) == split
        ]
    tp = fp = fn = 0
    cat_ok = urg_ok = 0
    amt_n = amt_ok = date_n = date_ok = 0
    elapsed = 0.0
    wrong = []
    for folder, item in entries:
        raw = (folder / "emails" / f"{item['id']}.eml").read_bytes()
        amount = item.get("invoice_amount")
        context = ThreadContext(
            invoice_number=item.get("invoice_number"),
            amount=Decimal(str(amount)) if amount is not None else None,
            currency=item.get("invoice_currency"),
            language=None,
            stage=item.get("reply_to"),
            today=None,
        )
        started = time.perf_counter()
        reading = reader(item, raw, context) if reader else read_reply(raw, context)
        elapsed += time.perf_counter() - started
        problems = []
        if reading.pause_dunning and item["pause_dunning"]:
            tp += 1
        elif reading.pause_dunning:
            fp += 1
            problems.append("pause FP")
        elif item["pause_dunning"]:
            fn += 1
            problems.append("pause FN")
        if reading.category == item["category"]:
            cat_ok += 1
        else:
            problems.append(f"category {reading.category} != {item['category']}")
        if abs(reading.urgency - item["urgency"]) <= 1:
            urg_ok += 1
        else:
            problems.append(f"urgency {reading.urgency} != {item['urgency']}")
        label_amount = item.get("disputed_amount")
        if label_amount is not None or reading.disputed_amount is not None:
            amt_n += 1
            if (
                label_amount is not None
                and reading.disputed_amount is not None
                and abs(Decimal(str(label_amount)) - reading.disputed_amount) < CENT
            ):
                amt_ok += 1
            else:
                problems.append(f"amount {reading.disputed_amount} != {label_amount}")
        label_date = item.get("promised_date")
        if label_date is not None or reading.promised_date is not None:
            date_n += 1
            if label_date and reading.promised_date == date.fromisoformat(label_date):
                date_ok += 1
            else:
                problems.append(f"date {reading.promised_date} != {label_date}")
        if problems:
            wrong.append((item["id"], problems, reading))
    n = len(entries)
    figures = {
        "n": n,
        "pause_precision": _pct(tp, tp + fp),
        "pause_recall": _pct(tp, tp + fn),
        "category_accuracy": _pct(cat_ok, n),
        "urgency_within_1": _pct(urg_ok, n),
        "disputed_amount_exact": _pct(amt_ok, amt_n),
        "promised_date_exact": _pct(date_ok, date_n),
        "ms_per_email": 1000.0 * elapsed / n if n else 0.0,
    }
    out(
        f"pause_dunning precision {figures['pause_precision']:.1f}% "
        f"recall {figures['pause_recall']:.1f}%"
    )
    out(f"category accuracy {figures['category_accuracy']:.1f}%")
    out(f"urgency within 1: {figures['urgency_within_1']:.1f}%")
    out(f"disputed_amount exact {figures['disputed_amount_exact']:.1f}%")
    out(f"promised_date exact {figures['promised_date_exact']:.1f}%")
    out(f"ms per e-mail {figures['ms_per_email']:.2f}")
    if misses:
        for sample_id, problems, reading in wrong:
            out(f"MISS {sample_id}: {'; '.join(problems)}")
            for sentence in reading.evidence:
                out(f"    evidence: {sentence[:200]}")
    figures["misses"] = [w[0] for w in wrong]
    return figures


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", nargs="+", help="one folder, or several scored as one pool")
    parser.add_argument("--misses", action="store_true", help="print every wrong case")
    parser.add_argument("--split", choices=("dev", "held"), help="score one split only")
    parser.add_argument(
        "--odoo",
        action="store_true",
        help="deliver the replies end to end through Odoo's mail gateway in a fresh database",
    )
    parser.add_argument(
        "--llm",
        choices=("oracle", "garbage"),
        help="ask a local fake LLM endpoint when the rules are unsure (see reply_llm_fake.py)",
    )
    parser.add_argument("--config", default=str(ROOT / "odoo.conf"), help="Odoo configuration")
    parser.add_argument("--db", default="fincycle_bench_disputes", help="database (dropped)")
    args = parser.parse_args(argv)
    if args.llm:
        from scripts.bench.reply_llm_fake import ReplyLlmBench  # noqa: PLC0415

        with ReplyLlmBench(args.llm) as llm:
            run(args.dir, split=args.split, misses=args.misses, reader=llm.read)
            llm.report()
        return
    if not args.odoo:
        run(args.dir, split=args.split, misses=args.misses)
        return
    if len(args.dir) > 1:
        parser.error("--odoo reads one folder")
    from scripts.bench.disputes_odoo import OdooGateway  # noqa: PLC0415

    folder = Path(args.dir[0]).resolve()
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    gateway = OdooGateway(args.config, args.db)
    gateway.create_database()
    try:
        gateway.prepare(folder, manifest)
        run(folder, split=args.split, misses=args.misses, reader=gateway.read)
        gateway.report()
    finally:
        gateway.close()


if __name__ == "__main__":
    main()
