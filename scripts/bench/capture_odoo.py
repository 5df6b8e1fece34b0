#!/usr/bin/env python3
# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Bill capture in Odoo, end to end: Odoo 19 CE as it is vs with account_invoice_capture.

    .venv/bin/python scripts/bench/capture_odoo.py /work/shared/samples/ocr [--keep-db]

DIR is laid out like /work/shared/samples/ocr (manifest.json + files/). One fresh database
with the Swiss and French charts. Two pairs of companies (CH, FR) that receive the documents:
in the first pair the capture is switched off (Odoo CE's own import: only embedded XML is
read), in the second it is on. Each document goes to the company of its country (others to
CH) through the bills upload (``account.journal._create_document_from_attachment``), read at
once. Every vendor is a known contact with its bank account, as in a running company.

Printed: per mode, the share of bill fields right (vendor, reference, dates, currency,
untaxed, VAT, total, payment reference) against the ground truth, the bills posted
automatically and how many of those were entirely right, and the seconds per document.
"""

import argparse
import json
import subprocess
import sys
import time
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
PY = str(ROOT / ".venv" / "bin" / "python")
MODULES = ["account_invoice_capture", "l10n_ch", "l10n_fr_account"]
COMPANIES = {"CH": ("ch", "CHF"), "FR": ("fr", "EUR")}
FIELDS = (
    "vendor",
    "ref",
    "invoice_date",
    "due_date",
    "currency",
    "amount_untaxed",
    "amount_tax",
    "amount_total",
    "payment_reference",
)


def say(text):
    print(f"[bench] {text}", flush=True)


def create_database(db):
    say(f"creating database {db} with {', '.join(MODULES)}")
    subprocess.run(["dropdb", "--if-exists", db], check=False)
    result = subprocess.run(
        [PY, "-m", "odoo", "-c", "odoo.conf", "-d", db, "-i", ",".join(MODULES),
         "--stop-after-init", "--log-level=warn"],
        cwd=ROOT, check=False, capture_output=True, text=True,
    )  # fmt: skip
    if result.returncode:
        print(result.stdout[-3000:], result.stderr[-3000:], file=sys.stderr)
        sys.exit(f"installing {', '.join(MODULES)} failed")


def odoo_env(db):
    import odoo  # noqa: PLC0415
    from odoo.modules.registry import Registry  # noqa: PLC0415
    from odoo.tools import config  # noqa: PLC0415

    config.parse_config(["-c", str(ROOT / "odoo.conf"), "-d", db, "--log-level=error"])
    registry = Registry(db)
    cr = registry.cursor()
    return odoo.api.Environment(cr, odoo.SUPERUSER_ID, {"tracking_disable": True}), cr


def make_company(env, country, mode, customer_names):
    chart, currency = COMPANIES[country]
    name = customer_names.get(country) or f"Bench {country}"
    company = env["res.company"].create(
        {
            "name": f"{name}" if mode == "fincycle" else f"{name} (CE)",
            "country_id": env.ref(f"base.{country.lower()}").id,
            "currency_id": env.ref(f"base.{currency}").id,
        }
    )
    env["account.chart.template"].try_loading(chart, company=company, install_demo=False)
    company.capture_enabled = mode == "fincycle"
    env.user.company_ids |= company
    return company


def vendor_for(env, doc, company, known):
    key = (company.id, doc.get("vendor_vat") or doc["vendor_name"])
    if key in known:
        return known[key]
    vat = doc.get("vendor_vat")
    vals = {"name": doc["vendor_name"], "is_company": True, "company_id": company.id}
    if vat:
        vals["vat"] = vat
    partner = env["res.partner"].with_context(no_vat_validation=True).create(vals)
    for iban in doc.get("vendor_ibans_printed") or (
        [doc["vendor_iban"]] if doc.get("vendor_iban") else []
    ):
        env["res.partner.bank"].create(
            {"acc_number": iban, "partner_id": partner.id, "allow_out_payment": True}
        )
    known[key] = partner
    return partner


def score(bill, doc, vendor, foreign):
    """Each bill field right or not. A foreign vendor's VAT cannot be reclaimed: the bill then
    books it as cost, so its right untaxed amount is the printed total and its VAT zero."""
    if foreign and float(doc.get("amount_tax") or 0):
        doc = {**doc, "amount_untaxed": doc.get("amount_total"), "amount_tax": 0}
    rounding = sum(
        bill.invoice_line_ids.filtered(lambda line: line.name == "Rounding").mapped(
            "price_subtotal"
        )
    )
    got = {
        "vendor": bill.partner_id == vendor,
        "ref": (bill.ref or "").replace(" ", "")
        == (doc.get("invoice_number") or "").replace(" ", ""),
        "invoice_date": bill.invoice_date
        == (date.fromisoformat(doc["invoice_date"]) if doc.get("invoice_date") else None),
        "due_date": doc.get("due_date") is None
        or bill.invoice_date_due == date.fromisoformat(doc["due_date"]),
        "currency": bill.currency_id.name == doc.get("currency"),
        # A printed 5-cent rounding is booked as its own "Rounding" line, outside the net.
        "amount_untaxed": abs(
            bill.amount_untaxed - rounding - float(doc.get("amount_untaxed") or 0)
        )
        < 0.005,
        "amount_tax": abs(bill.amount_tax - float(doc.get("amount_tax") or 0)) < 0.005,
        "amount_total": abs(bill.amount_total - float(doc.get("amount_total") or 0)) < 0.005,
        "payment_reference": not doc.get("payment_reference")
        or (bill.payment_reference or "").replace(" ", "")
        == doc["payment_reference"].replace(" ", ""),
    }
    return got


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("directory", type=Path)
    parser.add_argument("--db", default="fincycle_bench_capture")
    parser.add_argument("--keep-db", action="store_true")
    parser.add_argument("--misses", action="store_true", help="list the wrong bill fields")
    args = parser.parse_args()
    manifest = json.loads((args.directory / "manifest.json").read_text())
    documents = [
        d for d in manifest["documents"] if d.get("document_type") in ("invoice", "credit_note")
    ]
    create_database(args.db)
    env, cr = odoo_env(args.db)
    customer_names = {}
    for doc in documents:
        customer_names.setdefault(doc.get("country"), doc.get("customer_name"))
    results = {}
    reasons = defaultdict(int)
    misses = []
    try:
        for mode in ("ce", "fincycle"):
            companies = {c: make_company(env, c, mode, customer_names) for c in COMPANIES}
            known = {}
            right = defaultdict(int)
            total = 0
            posted = posted_right = 0
            seconds = 0.0
            for doc in documents:
                company = companies.get(doc.get("country"), companies["CH"])
                cenv = env(context={**env.context, "allowed_company_ids": [company.id]})
                vendor = vendor_for(cenv, doc, company, known)
                journal = cenv["account.journal"].search(
                    [("company_id", "=", company.id), ("type", "=", "purchase")], limit=1
                )
                raw = (args.directory / doc["file"]).read_bytes()
                mimetype = (
                    "application/pdf"
                    if doc["file"].endswith(".pdf")
                    else ("image/png" if doc["file"].endswith(".png") else "image/jpeg")
                )
                attachment = cenv["ir.attachment"].create(
                    {"name": Path(doc["file"]).name, "raw": raw, "mimetype": mimetype}
                )
                started = time.perf_counter()
                bills = journal.with_context(
                    default_move_type="in_invoice", capture_inline=True
                )._create_document_from_attachment(attachment.ids)
                seconds += time.perf_counter() - started
                bill = bills[:1]
                got = score(bill, doc, vendor, doc.get("country") not in COMPANIES)
                total += 1
                for name, ok in got.items():
                    right[name] += ok
                    if not ok and mode == "fincycle" and args.misses:
                        misses.append(
                            (
                                doc["id"],
                                name,
                                f"got untaxed {bill.amount_untaxed} tax {bill.amount_tax} total "
                                f"{bill.amount_total} ref {bill.ref} vendor {bill.partner_id.name}"
                                f" | printed {doc.get('amount_untaxed')} / {doc.get('amount_tax')}"
                                f" / {doc.get('amount_total')} {doc.get('currency')}",
                            )
                        )
                if bill.state == "posted":
                    posted += 1
                    posted_right += all(got.values())
                elif mode == "fincycle":
                    for reason in (bill.capture_id.review_reasons or "").splitlines():
                        reasons[reason.split(":")[0].split("(")[0][:70]] += 1
            results[mode] = (right, total, posted, posted_right, seconds)
    finally:
        cr.rollback()
        cr.close()
        from odoo.sql_db import close_all  # noqa: PLC0415

        close_all()
        if not args.keep_db:
            subprocess.run(["dropdb", "--if-exists", args.db], check=False)

    print()
    print(f"Documents: {len(documents)} invoices and credit notes from {args.directory}")
    print(f"{'field':<20} {'Odoo CE':>12} {'Fincycle':>12}")
    for name in FIELDS:
        row = [f"{results[m][0][name]}/{results[m][1]}" for m in ("ce", "fincycle")]
        print(f"{name:<20} {row[0]:>12} {row[1]:>12}")
    cells = []
    for m in ("ce", "fincycle"):
        right, total = results[m][0], results[m][1]
        cells.append(f"{sum(right.values()) / (total * len(FIELDS)):.1%}")
    print(f"{'all fields':<20} {cells[0]:>12} {cells[1]:>12}")
    for m, label in (("ce", "Odoo CE"), ("fincycle", "Fincycle")):
        _right, total, posted, posted_right, seconds = results[m]
        print(
            f"{label}: posted automatically {posted}/{total} ({posted_right} of them entirely right), "
            f"{seconds / total:.2f} s per document"
        )
    for doc_id, name, got in misses:
        print(f"  miss {doc_id:<32} {name:<18} {got}")
    print("Why the other bills wait for a review (Fincycle):")
    for reason, count in sorted(reasons.items(), key=lambda r: -r[1]):
        print(f"  {count:>3}  {reason}")


if __name__ == "__main__":
    main()
