"""Words printed only as pictures at the top of a text PDF: the sender's logo.

Many real bills print the vendor's name only in their logo (an image or drawn paths) and
never in the text layer: the rules then find no vendor, or guess one from a repeated brand.
:func:`logo_texts` renders the top band of the first page, paints the text layer's lines
white, and reads what is left with the scan OCR. What it returns are suggestions for the
vendor rules (:func:`.parties.read_vendor`), never fields on their own.

Cost: one render of the page (about 0.05 s) when the band holds no ink besides the text
layer; otherwise also one OCR of the band (0.05-0.4 s; the first OCR in a process also loads
the engine, about 1 s).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import TextLine

# The band read: the top of the first page, where letterheads are (A4 letterheads end at
# about a quarter of the page; a receipt's logo at about an eighth of its length), at most
# BAND_MAX points (a till roll several metres long keeps its items and their pictures out).
BAND_SHARE = 0.35
BAND_MAX = 320.0
DPI = 200
MIN_SCORE = 0.8  # OCR segments below this are graphics read as letters
# Ink below this many dark pixels in the masked band is dust: no OCR.
MIN_INK_PIXELS = 150
DARK = 200  # grey level under which a pixel is ink (0 black, 255 white)
TEXT_PAD = 1.5  # points of margin painted white around each text-layer line
BORDER = 24  # white pixels around the band: the detector misses text that touches the edge
# Short words a name keeps ("Le Relais Local", "Bell & Ross"); other tokens of one or two
# characters in a logo are marks read as letters (a monogram beside the name).
_SHORT_WORDS = frozenset(
    "le la les l de du des d et en au aux of the & + y e el lo il di da von der und to by at"
    " am im an ag sa bv nv ab as oy".split()
)
_TOKEN = re.compile(r"[^\W_]+(?:['\u2019.-][^\W_]+)*|&|\+", re.UNICODE)


@dataclass
class LogoText:
    """One logo's words (stacked lines joined, top first) and the height of its tallest line
    in points: taller words are the name, smaller ones a tagline or a mark."""

    text: str
    height: float


def logo_texts(doc, lines: list[TextLine]) -> list[LogoText]:
    """The words drawn as pictures in the top band of the first page of a text PDF, tallest
    logo first; ``[]`` when there are none, the page is no PDF page or the OCR is missing."""
    from . import ocr  # noqa: PLC0415 - loads onnxruntime, only when a logo is read

    if doc.kind != "pdf" or not doc.pages:
        return []
    page = doc.pages[0]
    band = min(page.height * BAND_SHARE, BAND_MAX)
    image = page.render(DPI).copy()
    scale = image.height / page.height  # lowered when the page is huge (max_pixels)
    image = image.crop((0, 0, image.width, int(band * scale)))
    _mask_text(image, [ln for ln in lines if ln.page == page.index and ln.top < band], scale)
    if _ink(image) < MIN_INK_PIXELS or not ocr.engine_available():
        return []
    from PIL import ImageOps  # noqa: PLC0415

    padded = ImageOps.expand(image, border=BORDER, fill=255)
    found = [
        TextLine(
            text=ln.text,
            x0=(ln.x0 - BORDER) / scale,
            top=(ln.top - BORDER) / scale,
            x1=(ln.x1 - BORDER) / scale,
            bottom=(ln.bottom - BORDER) / scale,
            confidence=ln.confidence,
        )
        for ln in ocr.ocr_image(padded)
        if ln.confidence >= MIN_SCORE and sum(c.isalpha() for c in ln.text) >= 2
    ]
    return _logos(found)


def _mask_text(image, lines: list[TextLine], scale: float) -> None:
    from PIL import ImageDraw  # noqa: PLC0415

    draw = ImageDraw.Draw(image)
    for ln in lines:
        draw.rectangle(
            (
                (ln.x0 - TEXT_PAD) * scale,
                (ln.top - TEXT_PAD) * scale,
                (ln.x1 + TEXT_PAD) * scale,
                (ln.bottom + TEXT_PAD) * scale,
            ),
            fill=255,
        )


def _ink(image) -> int:
    histogram = image.convert("L").histogram()
    return sum(histogram[:DARK])


def _logos(found: list[TextLine]) -> list[LogoText]:
    """Short lines stacked on each other (overlapping columns, a gap under a line height, at
    most two words each) form one logo ("agro" over "sourcing"); a tagline of more words
    ("au-delà du jardin") stays apart. The words of each, cleaned, tallest logo first."""
    # by the foot of the letters: a mark beside a word makes its box start higher
    found = sorted(found, key=lambda ln: (ln.bottom, ln.x0))
    groups: list[list[tuple[TextLine, list[str]]]] = []
    for line in found:
        words = _words(line.text)
        if not words:
            continue
        for group in groups:
            last, last_words = group[-1]
            overlap = min(last.x1, line.x1) - max(last.x0, line.x0)
            narrower = min(last.x1 - last.x0, line.x1 - line.x0)
            gap = line.top - last.bottom
            if (
                len(words) <= 2
                and len(last_words) <= 2
                and overlap >= 0.3 * narrower
                and gap < 0.8 * min(_h(last), _h(line))
            ):
                group.append((line, words))
                break
        else:
            groups.append([(line, words)])
    out = []
    for group in groups:
        words = [w for _line, line_words in group for w in line_words]
        if sum(c.isalpha() for w in words for c in w) >= 3:
            out.append(LogoText(" ".join(words), max(_h(line) for line, _w in group)))
    return sorted(out, key=lambda logo: -logo.height)


def _words(text: str) -> list[str]:
    tokens = _TOKEN.findall(text)
    return [t for t in tokens if len(t) > 2 or t.lower() in _SHORT_WORDS or t.isdigit()]


def _h(line: TextLine) -> float:
    return max(line.bottom - line.top, 1.0)
