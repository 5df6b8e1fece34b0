#!/usr/bin/env python3
# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""A copy of a matching sample where one customer pays an invoice twice by Qonto, with the
invoice number alone as label (and the ground truth of both transfers).

OCA's matcher decides both lines for that invoice in one query, and its loop then fails on the
second one ("You are trying to reconcile some entries that are already reconciled"): the case
``scripts/bench/matching.py`` must survive and count.

  .venv/bin/python scripts/bench/matching_paid_twice_sample.py ../shared/samples/matching \
      /tmp/paid_twice [--invoice FAC-2025-00047]
  .venv/bin/python scripts/bench/matching.py /tmp/paid_twice
"""

import argparse
import copy
import hashlib
import json
import shutil
from pathlib import Path


def _json(path):
    return json.loads(path.read_text(encoding="utf-8"))


def _write(path, data):
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")


def make(source: Path, target: Path, number: str) -> None:
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(source, target)
    invoice = next(i for i in _json(target / "invoices.json")["invoices"] if i["number"] == number)
    partner = next(p for p in _json(target / "partners.json") if p["id"] == invoice["partner_id"])
    # from the customer's own account: Odoo puts its partner on the line, as OCA's query wants
    iban = (partner.get("bank_ibans") or [""])[0]
    path = target / "bank" / "qonto_transactions.json"
    data = _json(path)
    transactions = data["transactions"]
    model = next(t for t in transactions if t.get("side") == "credit")
    amount = invoice["amount_residual"]
    for index, day in ((1, "2025-06-02"), (2, "2025-06-09")):
        stamp = f"{day}T09:12:00.000Z"
        transaction = copy.deepcopy(model)
        transaction.update(
            transaction_id=f"paid-twice-{index}",
            id=f"0000000{index}-1111-4c7b-8d18-5c1f6e2c53cd",
            amount=amount,
            amount_cents=round(amount * 100),
            local_amount=amount,
            local_amount_cents=round(amount * 100),
            label=number,  # no name: the label is the invoice number alone
            clean_counterparty_name="",
            reference="",
            settled_at=stamp,
            emitted_at=stamp,
            updated_at=stamp,
        )
        transaction["income"] = dict(
            transaction.get("income") or {}, counterparty_account_number=iban
        )
        transactions.append(transaction)
    # the running balance stays consistent (the fake server checks it)
    ordered = sorted(transactions, key=lambda t: t["settled_at"])
    signed = [t["amount"] if t["side"] == "credit" else -t["amount"] for t in ordered]
    balance = round(ordered[0]["settled_balance"] - signed[0], 2)
    for transaction, value in zip(ordered, signed, strict=True):
        balance = round(balance + value, 2)
        transaction["settled_balance"] = balance
        transaction["settled_balance_cents"] = round(balance * 100)
    data["meta"]["total_count"] = data["meta"]["per_page"] = len(transactions)
    _write(path, data)
    truth = _json(target / "ground_truth.json")
    common = {"channel": "qonto", "files": ["bank/qonto_transactions.json"], "amount": amount,
              "currency": invoice["currency"], "writeoff": None, "fx": None,
              "partner_id": invoice["partner_id"]}  # fmt: skip
    truth["transactions"].append(
        dict(common, key="qonto:paid-twice-1", date="2025-06-02", category="ref_in_free_text",
             matches=[{"invoice": number, "amount": amount, "currency": invoice["currency"]}],
             notes=None)
    )  # fmt: skip
    truth["transactions"].append(
        dict(common, key="qonto:paid-twice-2", date="2025-06-09", category="duplicate_payment",
             matches=[], paid_twice_of="qonto:paid-twice-1",
             notes="customer paid the same invoice a second time")
    )  # fmt: skip
    _write(target / "ground_truth.json", truth)
    manifest = _json(target / "manifest.json")
    for entry in manifest.get("files") or []:
        file = target / entry["file"]
        if file.is_file() and "sha256" in entry:
            entry["sha256"] = hashlib.sha256(file.read_bytes()).hexdigest()
    _write(target / "manifest.json", manifest)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("target", type=Path)
    parser.add_argument(
        "--invoice", default="FAC-2025-00047", help="an open invoice of Qonto's company"
    )
    args = parser.parse_args()
    make(args.source, args.target, args.invoice)
    print(f"written {args.target}")


if __name__ == "__main__":
    main()
