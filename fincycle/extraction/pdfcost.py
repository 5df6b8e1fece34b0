# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""How many drawing objects a PDF page makes a renderer build, counted from the raw file
before pdfium opens the page.

pdfium parses a page's whole content when it loads it, the forms (XObjects) it draws included,
once per time a form is drawn. A 2 kB file nesting a form that draws a form ten times, eight
levels deep, is a hundred million objects: pdfium takes all the memory it gets and aborts the
process (no exception to catch), which in Odoo is the web worker, the cron worker or, in
threaded mode, the whole server. So the content streams are read here with pdfminer (pure
Python, lazy): each form's painting operators counted once, multiplied by the times it is
drawn, without ever expanding them. The count is an upper bound of pdfium's (an operator
spelled inside a text string counts too), close enough to tell an invoice (the busiest page
of our corpora: 6,089 objects) from a bomb.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import zlib
from collections import Counter
from collections.abc import Iterable

# pdfium makes one page object per painted path, text run, image, shading or form drawn.
_PAINT = re.compile(rb"(?<![^\s\]\)>])(?:f\*?|F|S|s|B\*?|b\*?|Tj|TJ|'|\"|BI|sh)(?![^\s\[\(/<%])")
_DRAW_XOBJECT = re.compile(rb"/([^\s/\[\]\(\)<>\{\}%]+)\s*Do(?![^\s\[\(/<%])")
# Decoded content read in all, and how deep forms may nest, before the file is too complex.
MAX_DECODED_BYTES = 64 * 1024 * 1024
MAX_FORM_DEPTH = 30
# A file pdfminer cannot walk is loaded by pdfium in a child process with this much memory
# and time (a normal page: ~60 MB, 50 ms).
CHILD_MEMORY = 1024 * 1024 * 1024
CHILD_SECONDS = 30
# Set by fincycle.extraction.sandbox in its child: pdfium is then loaded here, not in another
# child.
IN_SANDBOX = False


class TooComplex(Exception):
    """The page cannot be counted within the bounds (too deep, too much content)."""


def page_object_counts(data: bytes, pages: Iterable[int], limit: int) -> dict[int, int] | None:
    """Per page of ``pages`` (0-based, in the page tree's order), its drawing objects, forms
    opened, counted up to just past ``limit``: ``limit + 1`` for a page at or past it, or one
    that cannot be counted within the bounds. None when the file does not open at all."""
    from pdfminer.pdfdocument import PDFDocument  # noqa: PLC0415
    from pdfminer.pdfpage import PDFPage  # noqa: PLC0415
    from pdfminer.pdfparser import PDFParser  # noqa: PLC0415

    wanted = set(pages)
    counts: dict[int, int] = {}
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
        counter = _Counter(limit)
        for index, page in enumerate(PDFPage.create_pages(document)):
            if len(counts) == len(wanted):
                break
            if index not in wanted:
                continue
            try:
                counts[index] = counter.page(page)
            except TooComplex:
                counts[index] = limit + 1
    except Exception:  # a structure pdfminer cannot walk (pdfium repairs more): count apart
        if IN_SANDBOX:
            return _counts_with_pdfium(data, sorted(wanted), limit)
        return _counts_in_child(data, sorted(wanted), limit)
    return counts


def _counts_with_pdfium(data: bytes, pages: list[int], limit: int) -> dict[int, int] | None:
    """The counts by pdfium in this process: only inside the sandbox's child, where an abort
    costs nothing but the child (a further child would outlive its deadline)."""
    import pypdfium2 as pdfium  # noqa: PLC0415
    import pypdfium2.raw as pdfium_c  # noqa: PLC0415

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return None
    counts = {}
    try:
        for index in pages:
            if index < len(pdf):
                page = pdf[index]
                counts[index] = _loaded_count(page.raw, limit, pdfium_c)
                page.close()
    finally:
        pdf.close()
    return counts


def _counts_in_child(data: bytes, pages: list[int], limit: int) -> dict[int, int] | None:
    """The counts of a file pdfminer cannot walk, by pdfium itself loading the pages in a
    child process with bounded memory and time: a bomb kills the child, not Odoo. Every page
    is too complex when the child dies; None when pdfium cannot open the file either."""
    command = [sys.executable, "-m", "fincycle.extraction.pdfcost", str(limit), *map(str, pages)]
    try:
        done = subprocess.run(  # noqa: S603 - our own module, numbers as arguments
            command, input=data, capture_output=True, timeout=CHILD_SECONDS, check=False
        )
    except subprocess.TimeoutExpired:
        done = None
    if done is None or done.returncode not in (0, 3):
        return dict.fromkeys(pages, limit + 1)
    if done.returncode == 3:
        return None  # pdfium does not open it: the caller's own opening says why
    return {int(k): int(v) for k, v in json.loads(done.stdout).items()}


def _child(argv: list[str]) -> int:
    """``python -m fincycle.extraction.pdfcost LIMIT PAGE...`` with the PDF on stdin: JSON
    counts on stdout, exit 3 when pdfium cannot open it."""
    import resource  # noqa: PLC0415

    import pypdfium2 as pdfium  # noqa: PLC0415
    import pypdfium2.raw as pdfium_c  # noqa: PLC0415

    resource.setrlimit(resource.RLIMIT_AS, (CHILD_MEMORY, CHILD_MEMORY))
    limit, pages = int(argv[0]), [int(p) for p in argv[1:]]
    try:
        pdf = pdfium.PdfDocument(sys.stdin.buffer.read())
    except pdfium.PdfiumError:
        return 3
    counts = {}
    for index in pages:
        if index < len(pdf):
            page = pdf[index]
            counts[index] = _loaded_count(page.raw, limit, pdfium_c)
            page.close()
    sys.stdout.write(json.dumps(counts))
    return 0


def _loaded_count(raw_page, limit: int, pdfium_c) -> int:
    """A loaded page's objects, those inside form XObjects included, up to past ``limit``."""
    pending = [
        pdfium_c.FPDFPage_GetObject(raw_page, i)
        for i in range(min(pdfium_c.FPDFPage_CountObjects(raw_page), limit + 1))
    ]
    count = len(pending)
    while pending and count <= limit:
        obj = pending.pop()
        if pdfium_c.FPDFPageObj_GetType(obj) != pdfium_c.FPDF_PAGEOBJ_FORM:
            continue
        inner = pdfium_c.FPDFFormObj_CountObjects(obj)
        count += max(inner, 0)
        pending.extend(pdfium_c.FPDFFormObj_GetObject(obj, i) for i in range(min(inner, limit + 1)))
    return min(count, limit + 1)


class _Counter:
    def __init__(self, limit: int):
        self.limit = limit
        self.budget = MAX_DECODED_BYTES
        self.forms: dict[int, int] = {}  # form object id -> its objects, forms opened
        self.opening: set[int] = set()

    def page(self, page) -> int:
        from pdfminer.pdftypes import resolve1  # noqa: PLC0415

        content = b"\n".join(self._decoded(resolve1(s)) for s in page.contents)
        return self._count(content, page.resources, 0)

    def _count(self, content: bytes, resources, depth: int) -> int:
        from pdfminer.pdftypes import PDFStream, resolve1  # noqa: PLC0415

        count = len(_PAINT.findall(content))
        drawn = Counter(_DRAW_XOBJECT.findall(content))
        if not drawn:
            return min(count, self.limit + 1)
        xobjects = resolve1((resolve1(resources) or {}).get("XObject")) or {}
        for name, times in drawn.items():
            ref = xobjects.get(name.decode("latin-1"))
            form = resolve1(ref)
            count += times  # the image or form object itself
            if isinstance(form, PDFStream) and _name(form.get("Subtype")) == "Form":
                key = getattr(ref, "objid", None) or id(form)
                count += times * self._form(key, form, resources, depth + 1)
            if count > self.limit:
                return self.limit + 1
        return count

    def _form(self, key: int, form, inherited, depth: int) -> int:
        if key in self.forms:
            return self.forms[key]
        if depth > MAX_FORM_DEPTH or key in self.opening:
            raise TooComplex  # nested past reason, or drawing itself
        self.opening.add(key)
        try:
            resources = form.get("Resources") or inherited
            count = self._count(self._decoded(form), resources, depth)
        finally:
            self.opening.discard(key)
        self.forms[key] = count
        return count

    def _decoded(self, stream) -> bytes:
        """A content stream's bytes, Flate inflated no further than what is left of the
        budget (a damaged stream gives what came out before the damage, as pdfium reads
        it); other filters (rare in content: ASCII85, LZW) through pdfminer, from a raw size
        small enough that even LZW's ratio stays in the budget."""
        from pdfminer.pdftypes import LITERALS_FLATE_DECODE, PDFStream  # noqa: PLC0415

        if not isinstance(stream, PDFStream):
            return b""
        filters = stream.get_filters()
        if all(name in LITERALS_FLATE_DECODE for name, _params in filters):
            data = stream.rawdata or b""
            if stream.decipher:
                data = stream.decipher(stream.objid, stream.genno, data, stream.attrs)
            for _filter in filters:
                data = _inflate(data, self.budget + 1)
        elif len(stream.rawdata or b"") > self.budget // 2048:
            raise TooComplex
        else:
            data = stream.get_data() or b""
        self.budget -= len(data)
        if self.budget < 0:
            raise TooComplex
        return data


def _inflate(data: bytes, max_size: int) -> bytes:
    """``data`` inflated up to ``max_size`` bytes, fed in pieces so that a damaged stream
    still gives what came before the damage."""
    inflater = zlib.decompressobj()
    out = []
    size = 0
    for start in range(0, len(data), 65536):
        try:
            piece = inflater.decompress(data[start : start + 65536], max_size - size)
        except zlib.error:
            break
        out.append(piece)
        size += len(piece)
        if size >= max_size or inflater.unconsumed_tail:
            break
    return b"".join(out)


def _name(value) -> str:
    return getattr(value, "name", "") or ""


if __name__ == "__main__":
    sys.exit(_child(sys.argv[1:]))
