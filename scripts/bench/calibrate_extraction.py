#!/usr/bin/env python3
# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Fit the confidence calibration of the text/OCR rules, and check it on held-out documents.

    .venv/bin/python scripts/bench/calibrate_extraction.py --fit DIR [DIR...] \\
        [--check DIR [DIR...]] [--write] [--hide-xml]
    .venv/bin/python scripts/bench/calibrate_extraction.py --hide-xml --skip-flagged \\
        --fit ../shared/samples/ocr /tmp/gen1 /tmp/real_corpus:dev /tmp/public_corpus:dev \\
        --check /tmp/real_corpus:held /tmp/public_corpus:held --write

Each DIR is laid out like /work/shared/samples/ocr (manifest.json + files/); ``DIR:split``
reads only that part of its manifest (the real corpus's ``dev`` to fit, ``held`` to check). Every document
is read by the pipeline's stages without calibration; each value the text or OCR rules
returned is scored against the ground truth (as scripts/bench/extraction.py scores it) and
counted in its (source, field, raw-confidence bucket). The calibrated confidence of a bucket
is the lower bound of the 95 % Wilson interval of its share right, made non-decreasing over
the buckets; buckets with fewer than MIN_COUNT values keep the raw figure.

``--check`` prints, on other documents, how often values were right per calibrated
confidence band (the reliability the auto-post threshold relies on). ``--write`` rewrites
fincycle/extraction/calibration_table.py.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from extraction import FIELDS, same  # noqa: E402 - scored as the accuracy benchmark scores

from fincycle.extraction import calibration, document, pipeline  # noqa: E402
from fincycle.extraction.model import ExtractionError  # noqa: E402

BUCKETS = [0.0, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95]
MIN_COUNT = 8
SKIP_FLAGGED = False  # --skip-flagged
Z = 1.96
TABLE_FILE = ROOT / "fincycle" / "extraction" / "calibration_table.py"


def wilson_lower(right: int, n: int) -> float:
    if not n:
        return 0.0
    p = right / n
    centre = p + Z * Z / (2 * n)
    margin = Z * math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n))
    return (centre - margin) / (1 + Z * Z / n)


def corpus(spec: str) -> tuple[Path, str | None]:
    """``DIR`` or ``DIR:split`` (``/tmp/real_corpus:dev``): a folder and the part of its
    manifest to read."""
    directory, _, split = spec.partition(":")
    return Path(directory), split or None


def rule_values(spec: str):
    """(source, field, raw confidence, right) for each value the rules returned."""
    directory, split = corpus(spec)
    manifest = json.loads((directory / "manifest.json").read_text())
    options = pipeline.CaptureOptions(calibrate=False)
    documents = [d for d in manifest["documents"] if split in (None, d.get("split"))]
    if SKIP_FLAGGED:
        # a flagged document's truth disagrees with its page (a number or total not printed,
        # negative amounts of a correction invoice): a miss there is not the rules'
        documents = [d for d in documents if not d.get("flags")]
    for doc in documents:
        data = (directory / doc["file"]).read_bytes()
        try:
            with document.load(data, doc["file"], max_pages=options.max_pages) as loaded:
                stages, _kind, _w, _t = pipeline._run_stages(loaded, data, options, {})
        except ExtractionError:
            continue
        for stage in stages:
            for name in FIELDS:
                if name in (doc.get("not_in_xml") or ()):
                    continue  # the e-invoice XML leaves it empty: no ground truth
                if name == "taxes":
                    if not stage.taxes:
                        continue
                    source = next(
                        (f.source for f in stage.fields.values() if f.source in ("text", "ocr")),
                        None,
                    )
                    if not source:
                        continue
                    got = sorted(
                        (
                            _q(t.rate),
                            _q(t.base),
                            _q(t.amount),
                        )
                        for t in stage.taxes
                    )
                    yield source, name, stage.taxes_confidence, _right(doc, name, got)
                    continue
                f = stage.fields.get(name)
                if not f or f.value in (None, "") or f.source not in ("text", "ocr"):
                    continue
                value = f.value.isoformat() if hasattr(f.value, "isoformat") else f.value
                yield f.source, name, f.confidence, _right(doc, name, value)


def _right(doc: dict, name: str, got) -> bool:
    """The truth's value, or one of its listed alternatives (``<field>_alternatives``)."""
    alternatives = doc.get(f"{name}_alternatives") or []
    return same(name, doc.get(name), got) or any(same(name, alt, got) for alt in alternatives)


def _q(value):
    from decimal import Decimal  # noqa: PLC0415

    return None if value is None else Decimal(str(value)).quantize(Decimal("0.01"))


def bucket(raw: float) -> int:
    index = 0
    for i, low in enumerate(BUCKETS):
        if raw >= low:
            index = i
    return index


def fit(directories):
    counts = defaultdict(lambda: [[0, 0] for _ in BUCKETS])
    for directory in directories:
        for source, name, raw, ok in rule_values(directory):
            cell = counts[f"{source}:{name}"][bucket(raw)]
            cell[0] += ok
            cell[1] += 1
    table = {}
    for key, cells in sorted(counts.items()):
        row = []
        floor = 0.0
        for right, n in cells:
            if n < MIN_COUNT:
                row.append(None)
                continue
            value = max(floor, round(wilson_lower(right, n), 4))
            floor = value
            row.append(min(value, 0.99))
        table[key] = row
    return table, counts


def write_table(table):
    lines = [
        '"""Generated by scripts/bench/calibrate_extraction.py --write: do not edit by hand.',
        "",
        "Per ``source:field``, the calibrated confidence of each raw-confidence bucket (lower",
        "bound of a 95 % Wilson interval of the share right; None = too few observations).",
        '"""',
        "",
        f"BUCKETS = {BUCKETS!r}",
        "TABLE = {",
    ]
    for key, row in table.items():
        lines.append(f'    "{key}": {row!r},')
    lines.append("}")
    TABLE_FILE.write_text("\n".join(lines) + "\n")


def check(directories):
    bands = [(0.0, 0.6), (0.6, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 1.01)]
    seen = defaultdict(lambda: [0, 0])
    for directory in directories:
        for source, name, raw, ok in rule_values(directory):
            conf = calibration.calibrated(name, source, raw)
            for low, high in bands:
                if low <= conf < high:
                    seen[(low, high)][0] += ok
                    seen[(low, high)][1] += 1
    print("Held-out reliability (values returned by the text/OCR rules):")
    print(f"  {'calibrated confidence':<24} {'values':>7} {'right':>7}")
    for low, high in bands:
        right, n = seen[(low, high)]
        share = f"{right / n:.1%}" if n else "-"
        print(f"  {f'{low:.2f}-{min(high, 1):.2f}':<24} {n:>7} {share:>7}")


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--fit", nargs="+", required=True, help="DIR or DIR:split")
    parser.add_argument("--check", nargs="*", default=[], help="DIR or DIR:split")
    parser.add_argument("--write", action="store_true")
    parser.add_argument(
        "--hide-xml",
        action="store_true",
        help="read e-invoice PDFs as if they had no XML (a real e-invoice corpus scores the "
        "text and OCR rules against its XML)",
    )
    parser.add_argument(
        "--skip-flagged",
        action="store_true",
        help="leave out documents whose ground truth has flags (page and truth disagree)",
    )
    args = parser.parse_args()
    global SKIP_FLAGGED  # noqa: PLW0603 - a script-wide switch read by rule_values
    SKIP_FLAGGED = args.skip_flagged
    if args.hide_xml:
        from fincycle.extraction import xmlinvoice  # noqa: PLC0415

        xmlinvoice.extract_embedded_xml = lambda doc: None
    table, counts = fit(args.fit)
    print(f"Fitted on {', '.join(args.fit)}")
    for key, row in table.items():
        ns = [n for _r, n in counts[key]]
        shown = " ".join("  -  " if v is None else f"{v:.3f}" for v in row)
        print(f"  {key:<26} {shown}   (n per bucket {ns})")
    if args.write:
        write_table(table)
        print(f"wrote {TABLE_FILE.relative_to(ROOT)}")
        import importlib  # noqa: PLC0415

        from fincycle.extraction import calibration_table  # noqa: PLC0415

        importlib.reload(calibration_table)
        importlib.reload(calibration)
    if args.check:
        check(args.check)


if __name__ == "__main__":
    main()
