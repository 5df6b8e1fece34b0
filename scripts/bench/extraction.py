#!/usr/bin/env python3
# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Bill-capture accuracy and speed on a directory of documents with ground truth.

    .venv/bin/python scripts/bench/extraction.py /work/shared/samples/ocr [--misses] [--json F]
    .venv/bin/python scripts/bench/extraction.py /tmp/real_corpus --hide-xml --split held

``--hide-xml`` reads every PDF as if it had no e-invoice XML (the pipeline's embedded-XML stage
finds nothing), so an e-invoice corpus (``make_real_corpus.py``) scores the text
and OCR paths against the XML's own values; such documents then count as text PDF / scan.
``--split dev|held`` keeps the documents of that part of the manifest (``split`` field),
``--kind`` those of one kind (``pdf_text``, ``pdf_image``...), ``--layout`` those of one layout
(``designed``, ``xml_rendering``), ``--skip-flagged`` those whose ground truth has no ``flags``,
``--skip-flag FLAG`` (repeatable) those without that flag. A field a document lists in
``not_in_xml`` (its e-invoice XML leaves it empty: no ground truth) is not scored, only counted
with how many the reading filled; ``--score-absent`` scores it as expected empty. A field in
``not_on_page`` (the page does not print the XML's value) is not scored when the page is read
(XML hidden, a scan copy); ``--score-unprinted`` scores it.
``--own-company`` tells the pipeline the receiving company (``customer_name``,
``customer_vat`` of a document), as Odoo passes the company's own name and VAT id.

DIR holds ``manifest.json`` (``documents[]``: ``file``, ``kind``, ``pages``, ``has_qr_bill``,
``has_embedded_xml`` and the expected fields) and the files it names. Every document goes
through :func:`fincycle.extraction.pipeline.extract` exactly as Odoo calls it (no LLM), one
process, one document at a time.

Printed: per document kind (QR-bill fields, text PDF, scan, embedded XML), the share of fields
right and the seconds per page; then accuracy per field and the misses. A field whose expected
value is null is right only when nothing is returned. Identifiers are compared without spaces,
dots and dashes; amounts to the cent; dates as ISO; names casefolded without accents and
punctuation (the vendor lookup compares them the same way), a trailing legal form left out
("Au bon moulin SARL" is right for "Au bon moulin"); taxes as the set of
(rate, base, amount) rows.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
import time
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from fincycle.extraction import pipeline
from fincycle.extraction.identifiers import name_key
from fincycle.extraction.model import TRUTH_FIELDS, ExtractionError

sys.path.insert(0, str(Path(__file__).resolve().parent))
import llm_fake
from autopost import AutopostTally

FIELDS = TRUTH_FIELDS
# What a Swiss QR-bill carries: these must be exact on every document that has one.
QR_FIELDS = ("vendor_iban", "amount_total", "currency", "payment_reference")
KINDS = ("QR-bill fields", "text PDF", "scan", "embedded XML")
GOALS = {"QR-bill fields": 0.99, "text PDF": 0.97, "scan": 0.90, "embedded XML": 0.97}
SPEED_GOALS = {"text PDF": 0.5, "scan": 4.0, "embedded XML": 0.5}


def ident(value) -> str:
    return "".join(ch for ch in str(value).upper() if ch.isalnum())


def amount(value) -> Decimal | None:
    return None if value is None else Decimal(str(value)).quantize(Decimal("0.01"))


def _tax_key(row: tuple) -> tuple:
    """Tax rows in order of rate, base, amount; a missing base or amount (a Swico "/32/8.1"
    gives a rate alone) before any value, so rows of one rate still sort."""
    return tuple((value is not None, value or 0) for value in row)


def got_value(ext, name):
    if name == "taxes":
        if not ext.taxes:
            return None
        return sorted(
            ((amount(t.rate), amount(t.base), amount(t.amount)) for t in ext.taxes), key=_tax_key
        )
    value = ext.value(name)
    if value is None:
        return None
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def same(name, expected, got) -> bool:
    if expected in (None, "", []):
        return got in (None, "", [])
    if got in (None, "", []):
        return False
    if name == "taxes":
        want = sorted(
            ((amount(t["rate"]), amount(t.get("base")), amount(t.get("amount"))) for t in expected),
            key=_tax_key,
        )
        if len(want) != len(got):
            return False
        return all(
            w[0] == g[0] and (w[1] is None or w[1] == g[1]) and (w[2] is None or w[2] == g[2])
            for w, g in zip(want, got, strict=True)
        )
    if name.startswith("amount_"):
        return amount(expected) == amount(got)
    if name in ("vendor_vat", "vendor_iban", "payment_reference", "invoice_number"):
        return ident(expected) == ident(got)
    if name == "vendor_name":
        # the same company for a user: "Au bon moulin SARL" read for "Au bon moulin"
        return name_key(expected, drop_legal_form=True) == name_key(str(got), drop_legal_form=True)
    return str(expected) == str(got)


def kinds_of(doc, hide_xml: bool = False) -> list[str]:
    if doc.get("has_embedded_xml") and not hide_xml:
        main = "embedded XML"
    elif doc.get("kind") in ("image_scan", "pdf_image"):
        main = "scan"
    else:
        main = "text PDF"
    return [main]


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("directory", type=Path)
    parser.add_argument("--misses", action="store_true", help="list every wrong field")
    parser.add_argument("--json", type=Path, help="write the per-document results here")
    parser.add_argument("--only", help="only documents whose id contains this text")
    parser.add_argument(
        "--hide-xml", action="store_true", help="ignore PDF attachments (embedded e-invoice XML)"
    )
    parser.add_argument("--split", choices=("dev", "held"), help="only this part of the manifest")
    parser.add_argument(
        "--kind", help="only documents of this manifest kind (pdf_text, pdf_image...)"
    )
    parser.add_argument("--layout", help="only documents of this manifest layout (designed...)")
    parser.add_argument(
        "--skip-flagged", action="store_true", help="leave out documents with ground-truth flags"
    )
    parser.add_argument(
        "--skip-flag",
        action="append",
        default=[],
        metavar="FLAG",
        help="leave out documents with this ground-truth flag (repeatable), e.g. "
        "number_not_printed: the page does not print the XML's invoice number",
    )
    parser.add_argument(
        "--own-company",
        action="store_true",
        help="tell the pipeline the receiving company (a document's customer_name and "
        "customer_vat), as Odoo passes its own name and VAT id: never the vendor's",
    )
    parser.add_argument(
        "--score-absent",
        action="store_true",
        help="score the fields a document's e-invoice XML leaves empty (its not_in_xml) as "
        "expected empty; by default they have no ground truth and are not scored",
    )
    parser.add_argument(
        "--score-unprinted",
        action="store_true",
        help="score, when the page is read (XML hidden, scan copies), the fields whose XML "
        "value the page does not print (a document's not_on_page); by default not scored",
    )
    parser.add_argument(
        "--threshold",
        type=float,
        default=0.90,
        help="auto-post bar: overall confidence a bill needs (the company default, 0.90)",
    )
    parser.add_argument(
        "--llm",
        choices=("off", "oracle", "garbage"),
        default="off",
        help="add the LLM stage against the local fake: oracle answers the ground truth "
        "(the ceiling a perfect model could reach), garbage answers plausible wrong values "
        "(what the rules must withstand)",
    )
    args = parser.parse_args()

    manifest = json.loads((args.directory / "manifest.json").read_text())
    documents = manifest["documents"] if isinstance(manifest, dict) else manifest
    if args.only:
        documents = [d for d in documents if args.only in d["id"]]
    if args.split:
        documents = [d for d in documents if d.get("split") == args.split]
    if args.kind:
        documents = [d for d in documents if d.get("kind") == args.kind]
    if args.layout:
        documents = [d for d in documents if d.get("layout") == args.layout]
    if args.skip_flagged:
        documents = [d for d in documents if not d.get("flags")]
    if args.skip_flag:
        documents = [d for d in documents if not set(d.get("flags") or ()) & set(args.skip_flag)]
    if args.hide_xml:
        from fincycle.extraction import xmlinvoice  # noqa: PLC0415

        # Bench only: the pipeline's embedded-XML stage finds nothing (wherever the XML sits in
        # the PDF); every other stage runs as it does in Odoo.
        xmlinvoice.extract_embedded_xml = lambda doc: None
    if not documents:
        print("no document matches the options (kinds in the manifest: see --kind)")
        return 1
    options = pipeline.CaptureOptions()
    fake_llm = llm_fake.start(args.llm, options) if args.llm != "off" else None

    right = defaultdict(int)
    total = defaultdict(int)
    field_right = defaultdict(int)
    field_total = defaultdict(int)
    seconds = defaultdict(float)
    pages = defaultdict(int)
    doc_count = defaultdict(int)
    misses = []
    per_doc = []
    absent = absent_filled = 0  # fields without ground truth (not_in_xml), and filled
    unprinted = 0  # fields whose XML value the page does not print, read from the page
    # Warm the OCR engine once: loading models is a per-process cost, not a per-page one.
    if any(d.get("kind") in ("image_scan", "pdf_image") for d in documents):
        from fincycle.extraction import ocr  # noqa: PLC0415

        if ocr.engine_available():
            from PIL import Image, ImageDraw  # noqa: PLC0415

            warm = Image.new("L", (400, 80), 255)
            ImageDraw.Draw(warm).text((10, 30), "Total CHF 12.50", fill=0)
            ocr.ocr_image(warm)
    autopost = AutopostTally(args.threshold)
    for doc in documents:
        data = (args.directory / doc["file"]).read_bytes()
        if fake_llm:
            fake_llm.document = doc
        doc_options = options
        if args.own_company:
            doc_options = dataclasses.replace(
                options,
                customer_names=tuple(n for n in [doc.get("customer_name")] if n),
                customer_vat_ids=tuple(v for v in [doc.get("customer_vat")] if v),
            )
        started = time.perf_counter()
        try:
            ext = pipeline.extract(data, os.path.basename(doc["file"]), doc_options)
            error = None
        except ExtractionError as exc:
            ext, error = None, exc.message
        elapsed = time.perf_counter() - started
        row = {"id": doc["id"], "seconds": round(elapsed, 3), "error": error, "fields": {}}
        for kind in kinds_of(doc, args.hide_xml):
            seconds[kind] += elapsed
            pages[kind] += doc.get("pages") or 1
            doc_count[kind] += 1
        for name in FIELDS:
            expected = doc.get(name)
            got = got_value(ext, name) if ext else None
            # a manifest may accept other readings of a field ("invoice_number_alternatives")
            alternatives = doc.get(f"{name}_alternatives") or []
            ok = same(name, expected, got) or any(same(name, alt, got) for alt in alternatives)
            row["fields"][name] = {"expected": expected, "got": _jsonable(got), "ok": ok}
            if name in (doc.get("not_in_xml") or ()) and not args.score_absent:
                absent += 1
                absent_filled += got not in (None, "", [])
                row["fields"][name]["scored"] = False
                continue
            if (
                name in (doc.get("not_on_page") or ())
                and "embedded XML" not in kinds_of(doc, args.hide_xml)
                and not args.score_unprinted
            ):
                unprinted += 1  # the page does not print the XML's value: no truth to read
                row["fields"][name]["scored"] = False
                continue
            field_total[name] += 1
            field_right[name] += ok
            for kind in kinds_of(doc, args.hide_xml):
                total[kind] += 1
                right[kind] += ok
            if doc.get("has_qr_bill") and name in QR_FIELDS:
                total["QR-bill fields"] += 1
                right["QR-bill fields"] += ok
            if not ok:
                misses.append((doc["id"], name, expected, _jsonable(got)))
        if doc.get("has_qr_bill"):
            doc_count["QR-bill fields"] += 1
        row["confidence"] = ext.confidence if ext else 0
        autopost.add(doc, ext, row["fields"])
        per_doc.append(row)

    print(f"Documents: {len(documents)} from {args.directory}")
    print()
    print(
        f"{'kind':<16} {'docs':>4} {'fields right':>14} {'accuracy':>9} {'goal':>6}  {'s/page':>7} {'goal':>6}"
    )
    for kind in KINDS:
        if not total[kind]:
            continue
        acc = right[kind] / total[kind]
        per_page = f"{seconds[kind] / pages[kind]:.3f}" if pages[kind] else "-"
        speed_goal = f"<{SPEED_GOALS[kind]}" if kind in SPEED_GOALS else ""
        print(
            f"{kind:<16} {doc_count[kind]:>4} {right[kind]:>6}/{total[kind]:<7} {acc:>8.1%}"
            f" {GOALS[kind]:>6.0%}  {per_page:>7} {speed_goal:>6}"
        )
    all_right = sum(field_right.values())
    all_total = sum(field_total.values())
    print(
        f"{'all fields':<16} {len(documents):>4} {all_right:>6}/{all_total:<7} {all_right / all_total:>8.1%}"
    )
    if absent:
        print(
            f"not scored: {absent} fields the e-invoice XML leaves empty (no ground truth), "
            f"{absent_filled} of them filled from the page (--score-absent scores them as empty)"
        )
    if unprinted:
        print(
            f"not scored: {unprinted} fields whose XML value the page does not print "
            "(--score-unprinted scores them)"
        )
    print()
    print("Per field (all documents):")
    for name in sorted(FIELDS, key=lambda n: field_right[n] / max(field_total[n], 1)):
        if not field_total[name]:
            continue
        print(
            f"  {name:<18} {field_right[name]:>3}/{field_total[name]:<3} {field_right[name] / field_total[name]:>7.1%}"
        )
    print()
    autopost.report(show_wrong=True)
    if fake_llm:
        fake_llm.report(len(documents))
        fake_llm.stop()
    if args.misses:
        print()
        print("Misses (document, field, expected, got):")
        for doc_id, name, expected, got in misses:
            print(f"  {doc_id:<34} {name:<18} {expected!s:<30} {got!s}")
    if args.json:
        args.json.write_text(json.dumps(per_doc, indent=1, default=str))
    return 0


def _jsonable(value):
    if isinstance(value, list):
        return [[str(x) if x is not None else None for x in row] for row in value]
    if isinstance(value, Decimal):
        return str(value)
    return value


if __name__ == "__main__":
    sys.exit(main())
