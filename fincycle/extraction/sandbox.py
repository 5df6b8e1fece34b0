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

import base64
import contextlib
import ctypes
import fcntl
import json
import logging
import os
import pickle
import re
import resource
import signal
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from typing import Any

from .messages import msg
from .model import Extraction, ExtractionError

_logger = logging.getLogger(__name__)

# Address space of the child: the OCR engine maps ~1 GB, a 60 MP page a few hundred MB more;
# the quick-read check renders nothing.
CHILD_MEMORY = 3 * 1024 * 1024 * 1024
QUICK_MEMORY = 1024 * 1024 * 1024
# What the quick-read check of an upload may take (a short text PDF: ~50 ms).
QUICK_SECONDS = 5
# A reading while the user waits, and one in the background queue (a scan of five pages:
# 10-20 s on two busy cores; Odoo kills a cron worker after limit_time_real, 120 s).
INLINE_SECONDS = 20
QUEUE_SECONDS = 60
# How many children may read at once on this host, whatever runs them (web workers, cron
# workers, threads of a threaded server, several databases): each may map CHILD_MEMORY, and
# five hostile files at once took 14.7 GB. Half the memory, at least two, at most the cores
# (an OCR uses one fully); FINCYCLE_SANDBOX_SLOTS overrides.
SLOT_DIR_NAME = "fincycle-sandbox-slots"
SLOT_DIR = ""  # set by the caller (Odoo's data directory); else the temporary directory
SLOT_POLL_SECONDS = 0.05
# XML files attached to a PDF (a Factur-X XML: tens of kB), read for Odoo's import, which
# parses each into a tree in the worker (30 times its size for a file of empty elements).
EMBEDDED_FILE_BYTES = 2 * 1024 * 1024
EMBEDDED_SECONDS = 10
MAX_EMBEDDED_ANSWER_BYTES = 8 * 1024 * 1024  # twice the file cap, in base64, and names
# The answer a child may give (a 50-page bill's lines: under 1 MB), and any string in it.
MAX_ANSWER_BYTES = 8 * 1024 * 1024
MAX_ANSWER_STRING = 2000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


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
    does, ``unsafe`` when the child dies (out of memory, pdfium's abort), and ``overrun``
    when it is still reading after ``seconds`` (a busy host, or a hostile file: a caller
    that had a short deadline may try again with a longer one)."""
    job = {"task": "extract", "data": data, "args": (filename, options), "seconds": seconds}
    answer = _run(job, seconds)
    return Extraction.from_dict(answer["extraction"])


def embedded_files(data: bytes) -> list[tuple[str, bytes]]:
    """The files of a PDF's EmbeddedFiles name tree (:func:`.document.pdf_embedded_files`),
    read in a child: each at most EMBEDDED_FILE_BYTES once decoded, all together twice that.
    Odoo's own import inflates every attached file whole in its process (a 0.5 MB PDF held
    512 MB of zeros). Nothing when the PDF has none, or the child dies or overruns."""
    from .document import may_have_attached_files  # noqa: PLC0415 - heavy module, rarely needed

    if not may_have_attached_files(data):
        return []  # most PDFs: no child started
    job = {"task": "embedded", "data": data, "args": (EMBEDDED_FILE_BYTES,)}
    try:
        # no reading slot: a 1 GB child for seconds, as the quick check, and an e-invoice
        # must not be dropped because scans are being read
        answer = _run(job, EMBEDDED_SECONDS, max_answer=MAX_EMBEDDED_ANSWER_BYTES, slot=False)
    except ExtractionError as exc:
        _logger.info("attached files of a PDF not read: %s", exc.code)
        return []
    return [(str(name), base64.b64decode(content)) for name, content in answer.get("files", [])]


def slots() -> int:
    """Children that may read at once on this host: FINCYCLE_SANDBOX_SLOTS, else the cores,
    at most half the memory (the container's, when it has a limit) per CHILD_MEMORY, at
    least two."""
    configured = os.environ.get("FINCYCLE_SANDBOX_SLOTS", "").strip()
    if configured:
        try:
            if int(configured) > 0:
                return int(configured)
        except ValueError:
            pass
        _logger.warning("FINCYCLE_SANDBOX_SLOTS=%r is not a positive number: ignored", configured)
    memory = _memory()
    return max(2, min(os.cpu_count() or 2, memory // (2 * CHILD_MEMORY)))


def _memory() -> int:
    try:
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError):
        memory = 4 * CHILD_MEMORY
    try:
        with open("/sys/fs/cgroup/memory.max") as limit:  # cgroup v2: "max" or bytes
            return min(memory, int(limit.read().strip()))
    except (OSError, ValueError):
        return memory


def slot_folder() -> str:
    """Where the slots' lock files are: SLOT_DIR when the caller set one (the add-on puts it
    in Odoo's data directory, which no other user can write), else the temporary directory."""
    return SLOT_DIR or os.path.join(tempfile.gettempdir(), f"{SLOT_DIR_NAME}-{os.getuid()}")


def _own_folder(folder: str) -> bool:
    """The folder exists as a real directory of this user that no one else may write to (in
    a shared /tmp another user could make it first, or link its files elsewhere)."""
    try:
        os.makedirs(os.path.dirname(folder), exist_ok=True)
        os.mkdir(folder, 0o700)
    except FileExistsError:
        pass
    except OSError:
        return False
    try:
        info = os.lstat(folder)
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o077


@contextlib.contextmanager
def _slot(seconds: float) -> Iterator[tuple[float, int | None]]:
    """One of the host's :func:`slots`, held while the child runs (an exclusive ``flock`` on
    one of as many files, released by the kernel when the last process holding it dies: the
    child gets the descriptor too); yields the seconds left of the deadline and the
    descriptor. Waiting counts against the deadline: past it, ``busy``. When the folder is
    not safely ours, readings go on without a slot (said in the log): a bound of memory must
    not stop every reading."""
    folder = slot_folder()
    if not _own_folder(folder):
        _logger.warning("sandbox slots unusable in %s: readings are not bounded", folder)
        yield seconds, None
        return
    deadline = time.monotonic() + seconds
    count = slots()
    while True:
        for number in range(count):
            path = os.path.join(folder, f"{number}.lock")
            try:
                handle = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
            except OSError:
                _logger.warning("sandbox slot %s unusable: readings are not bounded", path)
                yield deadline - time.monotonic(), None
                return
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(handle)
                continue
            try:
                yield deadline - time.monotonic(), handle
            finally:
                os.close(handle)  # the lock goes with the last descriptor (the child's)
            return
        if time.monotonic() + SLOT_POLL_SECONDS >= deadline:
            raise ExtractionError("busy", msg("reading_busy", seconds=seconds))
        time.sleep(SLOT_POLL_SECONDS)


def _run(job: dict, seconds: float, max_answer: int | None = None, slot: bool = True) -> dict:
    if not slot:
        return _run_child(job, seconds, seconds, None, max_answer or MAX_ANSWER_BYTES)
    with _slot(seconds) as (remaining, lock):
        return _run_child(job, seconds, remaining, lock, max_answer or MAX_ANSWER_BYTES)


def _run_child(
    job: dict, seconds: float, remaining: float, lock: int | None, max_answer: int
) -> dict:
    # -P: nothing of the current directory on the child's import path; a session of its own:
    # what the child starts (pdfcost's count) dies with it
    command = [sys.executable, "-P", "-m", "fincycle.extraction.sandbox", str(os.getpid())]
    with tempfile.TemporaryFile() as out:
        child = subprocess.Popen(  # noqa: S603 - our own module; the job goes through stdin
            command,
            stdin=subprocess.PIPE,
            stdout=out,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
            pass_fds=() if lock is None else (lock,),
        )
        try:
            child.communicate(pickle.dumps(job), timeout=max(remaining, 0.01))
        except subprocess.TimeoutExpired as exc:
            raise ExtractionError("overrun", msg("reading_too_long", seconds=seconds)) from exc
        finally:
            _kill_group(child)
        # the answer is read only when it is of a sane size (a file can make it huge)
        size = out.seek(0, 2)
        out.seek(0)
        answer = None
        if child.returncode == 0 and size <= max_answer:
            try:
                answer = json.loads(out.read())
            except ValueError:
                answer = None
    if not isinstance(answer, dict):
        raise ExtractionError("unsafe", msg("reading_aborted"))
    if "error" in answer:
        error = answer["error"]
        raise ExtractionError(str(error.get("code") or "unreadable"), error.get("reason") or {})
    return answer


def _kill_group(child: subprocess.Popen) -> None:
    """The child and whatever it started, killed and reaped (a no-op once they are gone)."""
    try:
        os.killpg(child.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    child.wait()


def _bounded(value: Any) -> Any:
    """The answer with every string cut to MAX_ANSWER_STRING characters: a file's own words
    (an attachment's name of 8 MB) come back in messages."""
    if isinstance(value, str):
        value = _CONTROL.sub("", value)  # a NUL in a file's name: PostgreSQL refuses it
        return value if len(value) <= MAX_ANSWER_STRING else value[:MAX_ANSWER_STRING] + "…"
    if isinstance(value, dict):
        return {k: _bounded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_bounded(v) for v in value]
    return value


def _child() -> int:
    """The child's side: a pickled job on stdin (from Odoo, trusted), JSON on stdout."""
    parent = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else os.getppid()
    _die_with_parent()
    if os.getppid() != parent:
        return 3  # the parent died before we could ask to die with it
    job = pickle.loads(sys.stdin.buffer.read())  # noqa: S301 - written by our own parent
    memory = CHILD_MEMORY if job["task"] == "extract" else QUICK_MEMORY
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    # CPU time too, inherited by what the child starts; and the first to go when the host
    # runs out of memory (not PostgreSQL)
    cpu = int(job.get("seconds") or QUEUE_SECONDS) + 5
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
    try:
        with open("/proc/self/oom_score_adj", "w") as adj:
            adj.write("1000")
    except OSError:
        pass
    from . import pdfcost  # noqa: PLC0415

    pdfcost.IN_SANDBOX = True  # pdfium may abort here: no further child for its count
    try:
        if job["task"] == "quick":
            from . import document  # noqa: PLC0415

            answer: dict = {"quick": document.pdf_text_pages(job["data"], *job["args"])}
        elif job["task"] == "embedded":
            from . import document  # noqa: PLC0415
            from .xmlinvoice import looks_like_xml  # noqa: PLC0415

            found, _too_large = document.pdf_embedded_files(job["data"], *job["args"])
            files = [
                [_bounded(n), base64.b64encode(d).decode("ascii")]
                for n, d in found
                if looks_like_xml(d)  # an e-invoice; a PDF in a PDF is not opened again
            ]
            sys.stdout.write(json.dumps({"files": files}))  # names bounded, contents whole
            return 0
        else:
            from . import pipeline  # noqa: PLC0415

            ext = pipeline.extract(job["data"], *job["args"])
            answer = {"extraction": ext.to_dict()}
    except ExtractionError as exc:
        answer = {"error": {"code": exc.code, "reason": exc.reason.to_dict()}}
    except MemoryError:
        return 2
    sys.stdout.write(json.dumps(_bounded(answer)))
    return 0


def _die_with_parent() -> None:
    """SIGKILL when the parent goes (PR_SET_PDEATHSIG): a reading whose worker was killed
    must not go on holding memory and a slot. Linux only; elsewhere the deadline's CPU limit
    still ends it."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL, 0, 0, 0)  # 1: PDEATHSIG
    except (OSError, AttributeError):
        pass


if __name__ == "__main__":
    sys.exit(_child())
