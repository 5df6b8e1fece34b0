#!/usr/bin/env python3
# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""What reading each document in a child process costs (fincycle.extraction.sandbox), against
the same reading in this process (the anchor), on a directory of documents.

    .venv/bin/python scripts/bench/sandbox.py /work/shared/samples/ocr [--limit N]

Prints, per kind of document (text PDF, scan, embedded XML), the mean seconds per document
in this process and in the child, their ratio, and whether both gave the same fields.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from fincycle.extraction import pipeline, sandbox
from fincycle.extraction.model import ExtractionError


def kind(doc: dict) -> str:
    if doc.get("has_embedded_xml"):
        return "embedded XML"
    return "scan" if doc.get("kind") in ("image_scan", "pdf_image") else "text PDF"


def read(function, data: bytes, name: str, options) -> tuple[float, dict | str]:
    started = time.perf_counter()
    try:
        result = function(data, name, options).to_dict()["fields"]
    except ExtractionError as exc:
        result = exc.reason.code
    return time.perf_counter() - started, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--limit", type=int, default=0, help="first N documents only")
    args = parser.parse_args()
    documents = json.loads((args.directory / "manifest.json").read_text())["documents"]
    if args.limit:
        documents = documents[: args.limit]
    options = pipeline.CaptureOptions()
    # warm this process (imports, OCR models): the child pays its own start every time
    first = documents[0]
    pipeline.extract((args.directory / first["file"]).read_bytes(), first["file"], options)
    here, child, count, same = defaultdict(float), defaultdict(float), defaultdict(int), 0
    for doc in documents:
        data = (args.directory / doc["file"]).read_bytes()
        seconds_here, fields_here = read(pipeline.extract, data, doc["file"], options)
        seconds_child, fields_child = read(sandbox.extract, data, doc["file"], options)
        here[kind(doc)] += seconds_here
        child[kind(doc)] += seconds_child
        count[kind(doc)] += 1
        same += json.dumps(fields_here, sort_keys=True, default=str) == json.dumps(
            fields_child, sort_keys=True, default=str
        )
    print(f"Documents: {len(documents)} from {args.directory}")
    print(f"{'kind':14} {'docs':>5} {'in process s/doc':>17} {'sandbox s/doc':>14} {'ratio':>6}")
    for name in sorted(count):
        a, b = here[name] / count[name], child[name] / count[name]
        print(f"{name:14} {count[name]:5d} {a:17.3f} {b:14.3f} {b / a:6.2f}")
    print(f"same fields in process and in the sandbox: {same}/{len(documents)}")
    return 0 if same == len(documents) else 1


if __name__ == "__main__":
    sys.exit(main())
