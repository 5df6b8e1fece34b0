# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Reading a document in a child process with bounded memory and time.

The readers of a PDF (pdfium, pdfminer, the OCR) are fed files from anyone: the upload form,
and the purchase journal's alias, which takes e-mail from the whole internet. pdfium aborts
the process when a page makes it run out of memory (forms drawn inside forms a hundred
million times, through names, glyphs, annotations or patterns that no count made before the
page is opened can all see), and pdfminer can be kept parsing for minutes by a few kB. In
Odoo's process that is the web worker, the cron worker, or in threaded mode the whole server.
So Odoo never opens a document itself: a fresh interpreter (``python -m
fincycle.extraction.sandbox``) reads it under ``RLIMIT_AS`` and a deadline and hands back the
extraction as JSON (never pickle: a child a hostile file took over must not run code in Odoo).
Odoo's side of the pipe only parses JSON. A child that dies or overruns is a document that
could not be read safely, said as such; nothing is lost (the file stays on the bill).

Cost: starting the interpreter and loading the readers, ~0.3 s a document (OCR: its models
load again, ~1 s, against 1.5-3 s a scanned page).
"""

from __future__ import annotations

import json
import pickle
import resource
import subprocess
import sys
from typing import Any

from .messages import msg
from .model import Extraction, ExtractionError

# Address space of the child: the OCR engine maps ~1 GB, a 60 MP page a few hundred MB more;
# the quick-read check renders nothing.
CHILD_MEMORY = 3 * 1024 * 1024 * 1024
QUICK_MEMORY = 1024 * 1024 * 1024
# What the quick-read check of an upload may take (a short text PDF: ~50 ms).
QUICK_SECONDS = 10
# A reading while the user waits, and one in the background queue (a scan of five pages:
# 10-20 s on two busy cores; Odoo kills a cron worker after limit_time_real, 120 s).
INLINE_SECONDS = 20
QUEUE_SECONDS = 60


def quick_to_read(data: bytes, max_pages: int, max_objects: int) -> bool:
    """:func:`.document.pdf_text_pages` in a child: True for a short PDF with text on every
    page, or one that does not open (reading it says why at once); False otherwise, or when
    the check itself dies or overruns."""
    try:
        answer = _run(
            {"task": "quick", "data": data, "args": (max_pages, max_objects)}, QUICK_SECONDS
        )
    except ExtractionError:
        return False
    return answer.get("quick") is not False


def extract(data: bytes, filename: str, options: Any, seconds: int = QUEUE_SECONDS) -> Extraction:
    """:func:`.pipeline.extract` in a child. Raises :class:`ExtractionError` as the pipeline
    does, and ``unsafe`` when the child dies (out of memory, pdfium's abort) or overruns."""
    answer = _run({"task": "extract", "data": data, "args": (filename, options)}, seconds)
    return Extraction.from_dict(answer["extraction"])


def _run(job: dict, seconds: int) -> dict:
    command = [sys.executable, "-m", "fincycle.extraction.sandbox"]
    try:
        done = subprocess.run(  # noqa: S603 - our own module; the job goes through stdin
            command, input=pickle.dumps(job), capture_output=True, timeout=seconds, check=False
        )
    except subprocess.TimeoutExpired as exc:
        raise ExtractionError("unsafe", msg("reading_too_long", seconds=seconds)) from exc
    try:
        answer = json.loads(done.stdout) if done.returncode == 0 else None
    except ValueError:
        answer = None
    if not isinstance(answer, dict):
        raise ExtractionError("unsafe", msg("reading_aborted"))
    if "error" in answer:
        error = answer["error"]
        raise ExtractionError(str(error.get("code") or "unreadable"), error.get("reason") or {})
    return answer


def _child() -> int:
    """The child's side: a pickled job on stdin (from Odoo, trusted), JSON on stdout."""
    job = pickle.loads(sys.stdin.buffer.read())  # noqa: S301 - written by our own parent
    memory = QUICK_MEMORY if job["task"] == "quick" else CHILD_MEMORY
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    try:
        if job["task"] == "quick":
            from . import document  # noqa: PLC0415

            answer: dict = {"quick": document.pdf_text_pages(job["data"], *job["args"])}
        else:
            from . import pipeline  # noqa: PLC0415

            ext = pipeline.extract(job["data"], *job["args"])
            answer = {"extraction": ext.to_dict()}
    except ExtractionError as exc:
        answer = {"error": {"code": exc.code, "reason": exc.reason.to_dict()}}
    except MemoryError:
        return 2
    sys.stdout.write(json.dumps(answer))
    return 0


if __name__ == "__main__":
    sys.exit(_child())
