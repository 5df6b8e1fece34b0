"""Open an uploaded bill (PDF or image) safely and lazily → :class:`Document`.

The file type is sniffed from the bytes, never from the name. Everything that cannot be read at
all raises :class:`~fincycle.extraction.model.ExtractionError` with a stable ``code``:

========================  ====================================================================
``empty``                 no bytes, or a PDF without pages
``too_large``             more than ``max_bytes``
``unsupported``           not a PDF or a supported image (HEIC/AVIF photos included)
``encrypted``             a PDF that needs a password to open (an owner password alone, with an
                          empty user password, is not a problem: such PDFs are read)
``corrupt``               a PDF or image that the libraries cannot parse
``image_too_large``       an image (or TIFF page) above ``max_pixels``, judged from the header
                          before anything is decoded (decompression bombs)
========================  ====================================================================

Nothing is parsed or rendered up front: pages load their text and bitmap on first use, so
opening a 200-page PDF costs a few milliseconds. A PDF with more than ``max_pages`` pages is
not an error: :attr:`Document.truncated` is set, a warning is added, and the first
``max_pages - 1`` pages **plus the last page** are kept, because the Swiss QR payment part and
the totals are usually at the end; the amount of work stays bounded by ``max_pages``.

pdfium is not thread-safe: use one :class:`Document` per thread and close it (context manager).
"""

from __future__ import annotations

import io
import re
import warnings
import zlib
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image, ImageOps

from fincycle.extraction import pdfcost
from fincycle.extraction.messages import Message, msg
from fincycle.extraction.model import ExtractionError
from fincycle.extraction.text import MAX_PAGE_CHARS

__all__ = ["Document", "Page", "load", "sniff"]

MiB = 1024 * 1024
MAX_BYTES = 30 * MiB
MAX_PAGES = 50
MAX_PIXELS = 60_000_000
# Drawing objects a page may make pdfium build, forms opened (the busiest invoice page of our
# corpora: 6,089; pdfium needs ~300 bytes an object and aborts the process when out of memory).
MAX_PAGE_OBJECTS = 500_000
# The hidden-text check renders a page twice at 50 dpi, at most this many pixels (A4: 0.24 MP).
HIDDEN_CHECK_PIXELS = 4_000_000
# A page "has text" when its text layer holds at least this many non-blank characters; fewer
# is a scan with a stray header, a page number or an invisible OCR stub.
MIN_TEXT_CHARS = 30
_POINTS_PER_INCH = 72.0

_IMAGE_FORMATS = {"png", "jpeg", "tiff", "webp", "gif", "bmp"}


def sniff(data: bytes) -> str:
    """The file type from its first bytes: ``pdf``, ``png``, ``jpeg``, ``tiff``, ``webp``,
    ``gif``, ``bmp``, ``heic`` (recognised but unsupported) or ``""`` (unknown)."""
    head = data[:1024]
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "tiff"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if head[:2] == b"BM" and len(head) > 26:
        return "bmp"
    if head[4:8] == b"ftyp" and head[8:12] in (
        b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1", b"avif", b"avis",
    ):  # fmt: skip
        return "heic"
    # The PDF header may legally follow some junk (mail gateways, printers).
    if b"%PDF-" in head:
        return "pdf"
    return ""


@dataclass
class Page:
    """One page (or one image frame). ``index`` is its 0-based number in the original file,
    ``width``/``height`` are in points for PDF pages and pixels for images."""

    document: Document
    index: int
    width: float
    height: float

    def __post_init__(self):
        self._text: str | None = None
        self._hidden: bool | None = None
        self._renders: dict[tuple[int, bool], Image.Image] = {}

    # --- text -----------------------------------------------------------------------------------
    def text(self) -> str:
        """The PDF text layer as pdfium reads it (fast, reading order); ``""`` for images."""
        if self._text is None:
            self._text = self.document._page_text(self.index)
        return self._text

    def _letters(self) -> int:
        return len("".join(self.text().split()))

    @property
    def has_text(self) -> bool:
        return self._letters() >= MIN_TEXT_CHARS

    @property
    def hidden_text(self) -> bool:
        """Whether the page's text draws (nearly) nothing a reader sees."""
        if self._hidden is None:
            self._hidden = self.document._text_hidden(self.index, self._letters())
        return self._hidden

    # --- bitmap ---------------------------------------------------------------------------------
    def render(self, dpi: int = 200, *, grayscale: bool = True, cache: bool = True) -> Image.Image:
        """The page as a PIL image in mode ``L`` (``grayscale``) or ``RGB``. PDF pages are
        rendered at ``dpi`` (lowered when the bitmap would exceed the document's
        ``max_pixels``) and cached per dpi unless ``cache`` is false (a look no other stage
        takes again: up to 60 MP each); images come at their own resolution, EXIF-rotated
        upright, in their own mode (``L`` or ``RGB``), and ``dpi`` is ignored."""
        if self.document.kind == "image":
            return self.document._image_frame(self.index, cache=cache)
        key = (dpi, grayscale)
        image = self._renders.get(key)
        if image is None:
            image = self.document._render_pdf_page(self.index, dpi, grayscale)
            if cache:
                self._renders[key] = image
        return image

    def plumber_page(self):
        """The pdfplumber page (text with positions, words, tables), or None for images."""
        pdf = self.document.plumber()
        if pdf is None:
            return None
        return pdf.pages[self.document.pages.index(self)]


class Document:
    """An opened bill. Use :func:`load`; close it (or use ``with``) to free pdfium memory."""

    def __init__(self, data: bytes, filename: str, fmt: str, max_pages: int, max_pixels: int):
        self.data = data
        self.filename = filename
        self.format = fmt  # pdf | png | jpeg | tiff | webp | gif | bmp
        self.kind = "pdf" if fmt == "pdf" else "image"
        self.max_pages = max_pages
        self.max_pixels = max_pixels
        self.page_count = 0
        self.pages: list[Page] = []
        self.truncated = False
        self.warnings: list[Message] = []
        self._pdf: pdfium.PdfDocument | None = None
        self._plumber = None
        self._image: Image.Image | None = None
        self._frames: dict[int, Image.Image] = {}
        self._closed = False

    # --- lifecycle ------------------------------------------------------------------------------
    def __enter__(self) -> Document:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._plumber is not None:
            self._plumber.close()
            self._plumber = None
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None
        if self._image is not None:
            self._image.close()
            self._image = None
        self._frames.clear()
        for page in self.pages:
            page._renders.clear()

    def __repr__(self) -> str:
        return (
            f"<Document {self.filename or '?'} {self.format} {self.page_count} page(s)"
            f"{' truncated' if self.truncated else ''}>"
        )

    # --- page selection -------------------------------------------------------------------------
    def _kept_indexes(self, total: int) -> list[int]:
        if total <= self.max_pages:
            return list(range(total))
        self.truncated = True
        kept = [*range(max(self.max_pages - 1, 0)), total - 1]
        self.warnings.append(
            msg("pages_limited", count=total, last=len(kept) - 1, limit=self.max_pages)
        )
        return kept

    @property
    def has_text(self) -> bool:
        """True when any kept page has a real text layer."""
        return any(page.has_text for page in self.pages)

    # --- PDF ------------------------------------------------------------------------------------
    def _open_pdf(self) -> None:
        try:
            pdf = pdfium.PdfDocument(self.data)
        except pdfium.PdfiumError as error:
            raise _pdf_open_error(getattr(error, "err_code", None), self.data) from error
        self._pdf = pdf
        total = len(pdf)
        if total == 0:
            raise ExtractionError("empty", msg("pdf_no_pages"))
        self.page_count = total
        kept = self._kept_indexes(total)
        # counted from the raw file before pdfium loads any page (see pdfcost)
        counts = pdfcost.page_object_counts(self.data, kept, MAX_PAGE_OBJECTS) or {}
        for index, count in sorted(counts.items()):
            if count > MAX_PAGE_OBJECTS:
                raise ExtractionError(
                    "too_complex",
                    msg("pdf_too_complex", page=index + 1, limit=MAX_PAGE_OBJECTS),
                )
        for index in kept:
            try:
                width, height = pdf.get_page_size(index)
            except pdfium.PdfiumError as error:
                raise ExtractionError("corrupt", msg("pdf_page_damaged", page=index + 1)) from error
            self.pages.append(Page(self, index, float(width), float(height)))

    def _page_text(self, index: int) -> str:
        if self._pdf is None:
            return ""
        try:
            page = self._pdf[index]
            textpage = page.get_textpage()
            try:
                # the characters the text reader reads too
                return textpage.get_text_bounded()[:MAX_PAGE_CHARS]
            finally:
                textpage.close()
                page.close()
        except pdfium.PdfiumError:
            return ""

    def _text_hidden(self, index: int, letters: int) -> bool:
        """Whether the page's text draws (nearly) nothing: the page rendered at 50 dpi with
        its text objects and with them made invisible differs by fewer pixels than half its
        letters. Invisible render modes, white on white, text under a picture or clipped
        away, a 0.1-point size all come out so; ~20 ms a page."""
        if self._pdf is None:
            return False
        try:
            page = self._pdf[index]
            try:
                return _drawn_pixels(page) < 0.5 * letters
            finally:
                page.close()
        except pdfium.PdfiumError:
            return False

    def _render_pdf_page(self, index: int, dpi: int, grayscale: bool) -> Image.Image:
        if self._pdf is None:
            raise ExtractionError("corrupt", msg("document_closed"))
        page = self._pdf[index]
        try:
            width, height = page.get_size()
            scale = dpi / _POINTS_PER_INCH
            pixels = width * height * scale * scale
            if pixels > self.max_pixels:
                # A poster-sized page: render smaller rather than allocate gigabytes.
                scale *= (self.max_pixels / pixels) ** 0.5
            bitmap = page.render(scale=scale, grayscale=grayscale, may_draw_forms=True)
            image = bitmap.to_pil()
            bitmap.close()
        except pdfium.PdfiumError as error:
            raise ExtractionError("corrupt", msg("pdf_page_render", page=index + 1)) from error
        finally:
            page.close()
        wanted = "L" if grayscale else "RGB"
        return image if image.mode == wanted else image.convert(wanted)

    def plumber(self):
        """An open ``pdfplumber.PDF`` limited to the kept pages, or None for images. Opened
        on first call (pdfminer parses lazily), closed with the document."""
        if self.kind != "pdf" or self._closed:
            return None
        if self._plumber is None:
            import pdfplumber  # noqa: PLC0415 - heavy import, only for PDFs with text

            try:
                self._plumber = pdfplumber.open(
                    io.BytesIO(self.data),
                    password="",
                    pages=[page.index + 1 for page in self.pages],
                )
            except Exception:  # pdfminer raises many types on damaged files
                self.warnings.append(msg("text_layer_unreadable"))
                return None
        return self._plumber

    def embedded_files(self, max_size: int = 20 * MiB) -> list[tuple[str, bytes]]:
        """Files attached to the PDF (Factur-X / ZUGFeRD / XRechnung XML...) as ``(name,
        data)``, from the catalog's EmbeddedFiles name tree; attachments above ``max_size``
        bytes once decoded are skipped with a warning. Read with pdfminer and inflated no
        further than that (:func:`read_filespecs`), never with pdfium, which inflates an
        attachment whole to tell its size (a 3 MB zip bomb takes 6 GB)."""
        if self._pdf is None:
            return []
        found, too_large = pdf_embedded_files(self.data, max_size)
        for name in too_large:
            self.warnings.append(msg("attachment_too_large", name=name))
        return found

    # --- images ---------------------------------------------------------------------------------
    def _open_image(self) -> None:
        with warnings.catch_warnings():
            # Our own pixel limit applies; Pillow's bomb warning would only add noise.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            try:
                image = Image.open(io.BytesIO(self.data))  # reads the header only
            except Image.DecompressionBombError as error:
                raise _too_many_pixels(None, self.max_pixels) from error
            except Exception as error:  # Pillow raises many types on damaged headers
                raise ExtractionError("corrupt", msg("image_damaged")) from error
        self._image = image
        frames = getattr(image, "n_frames", 1) if self.format == "tiff" else 1
        self.page_count = frames
        for index in self._kept_indexes(frames):
            try:
                image.seek(index)
            except EOFError as error:
                raise ExtractionError(
                    "corrupt", msg("tiff_page_damaged", page=index + 1)
                ) from error
            width, height = image.size
            if width <= 0 or height <= 0:
                raise ExtractionError("corrupt", msg("image_no_pixels"))
            if width * height > self.max_pixels:
                raise _too_many_pixels((width, height), self.max_pixels)
            self.pages.append(Page(self, index, float(width), float(height)))

    def _image_frame(self, index: int, cache: bool = True) -> Image.Image:
        frame = self._frames.get(index)
        if frame is not None:
            return frame
        if self._image is None:
            raise ExtractionError("corrupt", msg("document_closed"))
        try:
            self._image.seek(index)
            frame = ImageOps.exif_transpose(self._image)
            frame = _to_rgb_or_l(frame)
        except ExtractionError:
            raise
        except Exception as error:  # truncated data surfaces only when decoding
            raise ExtractionError("corrupt", msg("image_incomplete")) from error
        if frame.width * frame.height > self.max_pixels:  # EXIF/transposition cannot grow it
            raise _too_many_pixels(frame.size, self.max_pixels)
        if cache:
            self._frames[index] = frame
        return frame


def load(
    data: bytes,
    filename: str = "",
    *,
    max_pages: int = MAX_PAGES,
    max_bytes: int = MAX_BYTES,
    max_pixels: int = MAX_PIXELS,
) -> Document:
    """Open ``data`` as a PDF or image. Raises :class:`ExtractionError` when it cannot be read
    at all (see the module docstring for the codes)."""
    if not data:
        raise ExtractionError("empty", msg("file_empty"))
    if len(data) > max_bytes:
        size, limit = f"{len(data) / MiB:.1f}", f"{max_bytes / MiB:.0f}"
        raise ExtractionError("too_large", msg("file_too_large", size_mb=size, limit_mb=limit))
    fmt = sniff(data)
    if fmt == "heic":
        raise ExtractionError("unsupported", msg("heic_unsupported"))
    if fmt != "pdf" and fmt not in _IMAGE_FORMATS:
        raise ExtractionError("unsupported", msg("format_unsupported"))
    document = Document(bytes(data), filename, fmt, max(int(max_pages), 1), int(max_pixels))
    try:
        if fmt == "pdf":
            document._open_pdf()
        else:
            document._open_image()
            # A damaged bitmap only shows when decoding: decode the first page now (it is
            # needed anyway) so that load() reports it, not a later render().
            document.pages[0].render()
    except BaseException:
        document.close()
        raise
    return document


# --- helpers --------------------------------------------------------------------------------------


_PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


def pdf_text_pages(
    data: bytes, max_pages: int, max_objects: int = 20_000, min_chars: int = 20
) -> bool | None:
    """Whether a PDF has at most ``max_pages`` pages, each with a text layer and at most
    ``max_objects`` drawing objects (no rendering); None when the PDF does not open. Lets a
    caller read short, plain text PDFs at once and queue the rest (scans, mixed files, long
    ones, pages painting a million shapes), whose reading may take minutes."""
    try:
        pdf = pdfium.PdfDocument(data)
    except Exception:  # any open failure: the full load says why
        return None
    try:
        if not len(pdf):
            return None
        if len(pdf) > max_pages:
            return False
        # counted before pdfium loads a page: loading is what a page of nested forms kills
        counts = pdfcost.page_object_counts(data, range(len(pdf)), max_objects)
        if counts is None or any(count > max_objects for count in counts.values()):
            return False
        for i in range(len(pdf)):
            page = pdf[i]
            if len(page.get_textpage().get_text_range().strip()) < min_chars:
                return False
        return True
    except Exception:
        return None
    finally:
        pdf.close()


def _pdf_open_error(code: int | None, data: bytes) -> ExtractionError:
    """Why pdfium refused the file. pdfium's error code is global state that a failure
    without a code (a page tree with no page) does not reset, so it is confirmed against the
    bytes."""
    if code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY) and b"/Encrypt" in data:
        return ExtractionError("encrypted", msg("pdf_encrypted"))
    if b"%%EOF" in data[-1024:] and not _PAGE_OBJECT.search(data):
        return ExtractionError("empty", msg("pdf_no_pages"))
    return ExtractionError("corrupt", msg("pdf_damaged"))


def _too_many_pixels(size: tuple[int, int] | None, limit: int) -> ExtractionError:
    limit_mpx = f"{limit / 1e6:.0f}"
    if size:
        reason = msg("image_too_large_size", width=size[0], height=size[1], limit_mpx=limit_mpx)
    else:
        reason = msg("image_too_large", limit_mpx=limit_mpx)
    return ExtractionError("image_too_large", reason)


def _to_rgb_or_l(image: Image.Image) -> Image.Image:
    if image.mode in ("L", "RGB"):
        image.load()
        return image
    if image.mode in ("I", "I;16", "I;16B", "I;16L", "F"):
        return _deep_grey_to_l(image)
    if image.mode == "1":
        return image.convert("L")
    if image.mode == "P" and "transparency" in image.info:
        image = image.convert("RGBA")
    if image.mode in ("RGBA", "LA", "PA"):
        # Transparent areas of a scan are paper: flatten on white.
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("RGB")


def _deep_grey_to_l(image: Image.Image) -> Image.Image:
    """8-bit grey from a 16-bit or float grey scan: Pillow's own conversion clips every value
    above 255 to white, which leaves a 16-bit page only its blackest strokes."""
    high = image.getextrema()[1]
    if image.mode == "F" and high <= 1.0:
        scale = 255.0  # floats in 0..1
    elif high > 255:
        scale = 255.0 / 65535.0  # 16 bits, whatever the page's own range
    else:
        return image.convert("L")
    return image.convert("F").point(lambda v: v * scale + 0.5).convert("L")


def _drawn_pixels(page) -> int:
    """How many pixels of ``page`` (a pdfium page, rendered grey at 50 dpi) its text objects
    make darker; their render modes are put back."""
    import numpy as np  # noqa: PLC0415

    texts = [
        obj.raw for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_TEXT,), max_depth=15)
    ]
    if not texts:
        return 0
    scale = 50 / 72
    width, height = page.get_size()
    # a poster-sized page (14,400 points a side: 100 million pixels at 50 dpi) is looked at
    # smaller, its count of pixels scaled back
    shrink = min(1.0, (HIDDEN_CHECK_PIXELS / max(width * height * scale * scale, 1.0)) ** 0.5)
    scale *= shrink
    with_text = np.asarray(page.render(scale=scale, grayscale=True).to_pil(), dtype=np.int16)
    modes = [pdfium_c.FPDFTextObj_GetTextRenderMode(raw) for raw in texts]
    try:
        for raw in texts:
            pdfium_c.FPDFTextObj_SetTextRenderMode(raw, pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE)
        bare = np.asarray(page.render(scale=scale, grayscale=True).to_pil(), dtype=np.int16)
    finally:
        for raw, mode in zip(texts, modes, strict=True):
            pdfium_c.FPDFTextObj_SetTextRenderMode(raw, mode)
    # darker only: ink on paper; white letters over a picture's own dark ones draw no text
    return int((bare - with_text > 32).sum() / (shrink * shrink))


# Attached files read at the most, and their decoded bytes together: a name tree of a thousand
# entries, or a hundred references to one 19 MB stream, would be GBs.
MAX_ATTACHMENTS = 20
_FILE_KEYS = ("F", "UF", "DOS", "Mac", "Unix")  # where a file specification's /EF keeps it


def may_have_attached_files(data: bytes) -> bool:
    """A cheap look before parsing: the name of an attached file's dictionary in clear, or
    object streams, where a file's catalog and specification may be compressed."""
    return b"/EmbeddedFile" in data or b"/ObjStm" in data


def pdf_embedded_files(data: bytes, max_size: int) -> tuple[list[tuple[str, bytes]], list[str]]:
    """``(name, data)`` of the files of a PDF's EmbeddedFiles name tree, and the names of
    those skipped as larger than ``max_size`` once decoded (:func:`read_filespecs`); nothing
    for a file that has none or does not parse."""
    if not may_have_attached_files(data):
        return [], []
    try:
        from pdfminer.pdfdocument import PDFDocument  # noqa: PLC0415
        from pdfminer.pdfparser import PDFParser  # noqa: PLC0415
        from pdfminer.pdftypes import resolve1  # noqa: PLC0415

        document = PDFDocument(PDFParser(io.BytesIO(data)), password="")
        names = resolve1(resolve1(document.catalog.get("Names") or {}).get("EmbeddedFiles"))
        return read_filespecs(_name_tree(names, resolve1), resolve1, max_size)
    except Exception:  # pdfminer raises many types on damaged files
        return [], []


def read_filespecs(specs, resolve, max_size: int) -> tuple[list[tuple[str, bytes]], list[str]]:
    """``(name, data)`` of the files of ``specs`` (``(name, file specification)`` pairs of
    pdfminer objects), each stream once, each inflated no further than ``max_size`` and all
    together no further than twice that, and the names of those skipped as too large."""
    found: list[tuple[str, bytes]] = []
    too_large: list[str] = []
    seen: set = set()
    budget = 2 * max_size
    for count, (name, reference) in enumerate(specs):
        if count >= MAX_ATTACHMENTS:
            break
        spec = resolve(reference)
        if not isinstance(spec, dict):
            continue
        files = resolve(spec.get("EF")) or {}
        key = next((k for k in _FILE_KEYS if isinstance(files, dict) and k in files), None)
        stream = resolve(files[key]) if key else None
        if stream is None or not hasattr(stream, "get_filters"):
            continue
        ident = (stream.objid, stream.genno) if stream.objid is not None else id(stream)
        if ident in seen:
            continue
        seen.add(ident)
        label = _pdf_string(spec.get("UF") or spec.get("F") or name)
        data = bounded_stream_data(stream, min(max_size, budget))
        if data is None:
            too_large.append(label)
            continue
        budget -= len(data)
        found.append((label, data))
    return found, too_large


def bounded_stream_data(stream, max_size: int) -> bytes | None:
    """The decoded bytes of a pdfminer stream (an attached file), ``None`` when they would
    pass ``max_size`` or come through another filter than Flate (the attachments' one):
    each Flate of a chain is inflated no further than ``max_size``."""
    from pdfminer.pdftypes import LITERALS_FLATE_DECODE  # noqa: PLC0415

    if stream.data is not None:  # decoded already
        return stream.data if len(stream.data) <= max_size else None
    data = stream.rawdata or b""
    if stream.decipher:
        data = stream.decipher(stream.objid, stream.genno, data, stream.attrs)
    for name, params in stream.get_filters():
        if name not in LITERALS_FLATE_DECODE or "Predictor" in (params or {}):
            return None
        inflater = zlib.decompressobj()
        try:
            data = inflater.decompress(data, max_size + 1)
        except zlib.error:
            return None
        if len(data) > max_size or inflater.unconsumed_tail:
            return None
    return data if len(data) <= max_size else None


def _name_tree(node, resolve, depth: int = 0):
    """(name, value) pairs of a PDF name tree (bounded depth against reference loops; deeper
    entries are not read at all)."""
    node = resolve(node)
    if not isinstance(node, dict) or depth > 16:
        return
    names = resolve(node.get("Names")) or []
    for i in range(0, len(names) - 1, 2):
        yield _pdf_string(resolve(names[i])), names[i + 1]
    for kid in resolve(node.get("Kids")) or []:
        yield from _name_tree(kid, resolve, depth + 1)


def _pdf_string(value) -> str:
    """A PDF string as text, without control characters (a file named "invoice.xml\\0")."""
    if isinstance(value, bytes):
        if value.startswith((b"\xfe\xff", b"\xff\xfe")):
            value = value.decode("utf-16", "replace")
        else:
            value = value.decode("latin-1")
    return re.sub(r"[\x00-\x1f\x7f]", "", str(value))
