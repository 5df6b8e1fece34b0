"""Text lines from a PDF text layer (pdfplumber), one :class:`TextLine` per visual line segment.

pdfplumber's own ``extract_text`` joins everything on a baseline, so a sender address printed
next to the recipient window becomes one mixed line. Here words are grouped by baseline and a
line is cut where the horizontal gap between two words is much wider than a space: columns
(address blocks side by side, label/value tables) stay separate lines with their own boxes.
"""

from __future__ import annotations

import ctypes
import io
import math
import re
import unicodedata
from collections.abc import Iterable

from .messages import msg
from .model import ExtractionError, TextLine

__all__ = ["group_chars", "lines_text", "pdf_lines", "pdf_text_lines", "split_words_into_lines"]

# Words whose vertical middles are closer than this fraction of the font size share a line.
_SAME_LINE = 0.45
# A gap wider than this many font sizes splits a line into two columns (a space is ~0.25-0.3).
_COLUMN_GAP = 1.0
_UNDERSCORES = re.compile(r"_{3,}")


def _word_size(word: dict) -> float:
    return max(float(word["bottom"]) - float(word["top"]), 1.0)


def split_words_into_lines(words: Iterable[dict], page: int = 0) -> list[TextLine]:
    """Group word dicts (``text``, ``x0``, ``x1``, ``top``, ``bottom``) into line segments.
    A run of underscores (a form's blank or a rule drawn as text) is no word: kept, it glued
    a value to the leader before it and gave it the leader's columns."""
    words = [w for w in words if not _UNDERSCORES.fullmatch(str(w["text"]))]
    rows: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (float(w["top"]) + float(w["bottom"])) / 2):
        middle = (float(word["top"]) + float(word["bottom"])) / 2
        if rows:
            last = rows[-1]
            ref = sum((float(w["top"]) + float(w["bottom"])) / 2 for w in last) / len(last)
            if abs(middle - ref) <= _SAME_LINE * _word_size(word):
                last.append(word)
                continue
        rows.append([word])
    lines: list[TextLine] = []
    for row in rows:
        row.sort(key=lambda w: float(w["x0"]))
        segment: list[dict] = []
        for word in row:
            if segment:
                gap = float(word["x0"]) - float(segment[-1]["x1"])
                size = max(_word_size(word), _word_size(segment[-1]))
                if gap > _COLUMN_GAP * size:
                    lines.append(_make_line(segment, page))
                    segment = []
            segment.append(word)
        if segment:
            lines.append(_make_line(segment, page))
    return lines  # rows top to bottom, segments left to right


def _make_line(words: list[dict], page: int) -> TextLine:
    return TextLine(
        text=" ".join(str(w["text"]) for w in words),
        page=page,
        x0=round(min(float(w["x0"]) for w in words), 2),
        top=round(min(float(w["top"]) for w in words), 2),
        x1=round(max(float(w["x1"]) for w in words), 2),
        bottom=round(max(float(w["bottom"]) for w in words), 2),
        confidence=1.0,
    )


def _wanted(count: int, max_pages: int | None, indexes) -> list[int]:
    """The file's page indexes to read: ``indexes`` when given, else the first ``max_pages``."""
    if indexes is not None:
        return [i for i in indexes if 0 <= i < count]
    return list(range(count if max_pages is None else min(count, max_pages)))


def pdf_lines(pdf, max_pages: int | None = None, indexes=None) -> list[TextLine]:
    """Lines of an open ``pdfplumber.PDF`` (all pages, the first ``max_pages``, or the pages
    of ``indexes``), numbered by their page's index in the file."""
    lines: list[TextLine] = []
    for index in _wanted(len(pdf.pages), max_pages, indexes):
        page = pdf.pages[index]
        upright = page.filter(
            lambda obj: obj.get("object_type") != "char" or obj.get("upright", True)
        )
        words = upright.extract_words(
            x_tolerance=2, y_tolerance=2, keep_blank_chars=False, use_text_flow=False
        )
        lines.extend(split_words_into_lines(words, page=index))
        lines.extend(_rotated_lines([c for c in page.chars if not c.get("upright", True)], index))
        page.flush_cache()
    return lines


def _rotated_lines(chars: list[dict], page: int) -> list[TextLine]:
    """Vertical text (legal notices printed along the margin) as one line per column, read in
    its writing direction (bottom-up when the text is rotated counter-clockwise)."""
    columns: dict[int, list[dict]] = {}
    for char in chars:
        columns.setdefault(round(float(char["x0"])), []).append(char)
    out = []
    for column in columns.values():
        bottom_up = (column[0].get("matrix") or (0, 1))[1] > 0
        column.sort(key=lambda c: float(c["top"]), reverse=bottom_up)
        width = max(float(c["x1"]) - float(c["x0"]) for c in column)
        parts = []
        for k, char in enumerate(column):
            if k:  # a space where the glyphs are far apart along the writing direction
                prev = column[k - 1]
                gap = (
                    float(prev["top"]) - float(char["bottom"])
                    if bottom_up
                    else float(char["top"]) - float(prev["bottom"])
                )
                if gap > 0.2 * width:
                    parts.append(" ")
            parts.append(str(char["text"]))
        text = re.sub(r"\s+", " ", "".join(parts)).strip()
        if len(text) < 3:
            continue
        out.append(
            TextLine(
                text=text,
                page=page,
                x0=round(min(float(c["x0"]) for c in column), 2),
                top=round(min(float(c["top"]) for c in column), 2),
                x1=round(max(float(c["x1"]) for c in column), 2),
                bottom=round(max(float(c["bottom"]) for c in column), 2),
            )
        )
    return out


def _pdfium_page_lines(page, index: int) -> list[TextLine]:
    words, rotated = group_chars(_pdfium_chars(page))
    return split_words_into_lines(words, page=index) + _rotated_lines(rotated, index)


def glyph_size(font_size: float, box_height: float, page_scale: float | None = None) -> float:
    """The font size of a glyph on the page, from the size pdfium reports, the height of the
    glyph's loose box (ascent to descent, about 1.2 font sizes) and the page's ``page_scale``
    (:func:`page_scale`).

    The reported size is in text space: 1 when the text matrix carries the scale (then the box
    tells), and larger than the glyph when the page's matrix scales the text down (wkhtmltopdf,
    so Odoo's reports, prints 16-unit fonts as 9-point glyphs): there the page's scale tells,
    else a word space of such a page reads as letter spacing and words run together. The scale
    is the page's, not the glyph's: a comma of another font has a shorter box than its digits,
    and its own box would read the gaps around it as word spaces ("59 , 50")."""
    if page_scale is not None:
        return max(font_size * page_scale, 1.0)
    return max(font_size, 0.8 * box_height, 1.0)


def page_scale(samples: Iterable[tuple[float, float]]) -> float | None:
    """The factor from reported font size to printed size on a page whose matrix scales its
    text down, or None. Over the glyphs' (font size, box height), the median box is under 0.8
    of the size there (a page printing 16-unit fonts as 9-point glyphs; a loose box is 0.9 to
    1.2 font sizes high elsewhere), and the printed size is 0.8 box. Glyphs whose reported
    size is 1 (the scale in the text matrix) do not count."""
    ratios = sorted(box / size for size, box in samples if size > 1.0 and box > 0)
    if not ratios:
        return None
    ratio = ratios[len(ratios) // 2]
    return 0.8 * ratio if ratio < 0.8 else None


def char_text(code: int) -> str:
    """The text of a character code: "" for none, a lone surrogate, or a private-use code,
    which is an icon font's glyph (the phone or pin before a contact line), no letter: it
    separates words like a space."""
    return chr(code) if code and not 0xD800 <= code < 0xF900 else ""


def _trim_tall_boxes(glyphs: list[dict]) -> None:
    """A font whose ascent is written twice as high as its letters (a loose box of 2.3 font
    sizes for 10-point text) makes boxes that overlap the lines above: such a box keeps its
    foot and is cut to 1.3 font sizes. Only where the letters' ink agrees with the reported
    size (a page whose text matrix scales the glyphs up reports a small size for big letters:
    there the boxes tell the size, see :func:`glyph_size`)."""
    tall = [c for c in glyphs if c["size"] > 1 and c["bottom"] - c["top"] > 1.6 * c["size"]]
    inks = sorted(c["ink"] / c["size"] for c in tall if c.get("ink") and c["size"] > 1)
    if not inks or inks[len(inks) // 2] > 1.0:
        return
    for char in tall:
        char["top"] = char["bottom"] - 1.3 * char["size"]


# Characters of a page read: the densest page of our corpora holds 7 000; a hostile one of a
# million (7 KB of PDF) would cost seconds of Python per page.
MAX_PAGE_CHARS = 60_000


def _pdfium_chars(page) -> list[dict]:
    """The page's characters as pdfium reads them: ``text`` (one character, "" for none),
    ``generated`` (a space pdfium inferred from a gap), ``angle`` and, for glyphs, the box
    (``x0``, ``x1``, ``top``, ``bottom`` from the page top) and the font ``size``."""
    from pypdfium2 import raw  # noqa: PLC0415

    height = page.get_height()
    textpage = page.get_textpage()
    rect = raw.FS_RECTF()
    edges = [ctypes.c_double() for _ in range(4)]  # a glyph's tight box: left right bottom top
    chars = []
    try:
        for i in range(min(textpage.count_chars(), MAX_PAGE_CHARS)):
            code = raw.FPDFText_GetUnicode(textpage.raw, i)
            char = {
                "text": char_text(code),
                "generated": raw.FPDFText_IsGenerated(textpage.raw, i) == 1,
                "angle": raw.FPDFText_GetCharAngle(textpage.raw, i),
            }
            if char["text"] and not char["text"].isspace() and not char["generated"]:
                raw.FPDFText_GetLooseCharBox(textpage.raw, i, rect)
                char["size"] = raw.FPDFText_GetFontSize(textpage.raw, i)
                char.update(
                    x0=rect.left, x1=rect.right, top=height - rect.top, bottom=height - rect.bottom
                )
                if char["text"].isalpha():
                    raw.FPDFText_GetCharBox(textpage.raw, i, *(ctypes.byref(e) for e in edges))
                    char["ink"] = edges[3].value - edges[2].value
            chars.append(char)
    finally:
        textpage.close()
    glyphs = [c for c in chars if "size" in c]
    _trim_tall_boxes(glyphs)
    scale = page_scale((c["size"], c["bottom"] - c["top"]) for c in glyphs)
    for char in glyphs:
        char["size"] = glyph_size(char["size"], char["bottom"] - char["top"], scale)
    return chars


def group_chars(chars: Iterable[dict]) -> tuple[list[dict], list[dict]]:
    """Upright characters (see :func:`_pdfium_chars`) into word boxes, and the rotated ones
    apart. Glyphs closer than a quarter of the font size make one word; a space in the text
    ends it. A space pdfium inferred from a gap (``generated``) ends it only when the gap is
    wider than letter spacing: a stylesheet that spaces its letters gets such spaces inside
    words ("Rechnungskor rektur", "Ver käufer") at a tenth of the font size, where the
    narrowest word space is a fifth."""
    words: list[dict] = []
    rotated: list[dict] = []
    current: dict | None = None
    generated_gap = False  # pdfium put a space of its own after ``current``
    for char in chars:
        text, angle = char["text"], char["angle"]
        upright = angle < 0.05 or angle > 2 * math.pi - 0.05
        if char["generated"] and text == " " and current and upright:
            generated_gap = True  # the next glyph decides
            continue
        if not text or text.isspace() or char["generated"]:
            if current:
                words.append(current)
                current = None
            if text == " " and not upright and rotated:
                rotated[-1]["space"] = True
            continue
        size = char["size"]
        box = {key: char[key] for key in ("text", "x0", "x1", "top", "bottom")}
        if not upright:
            box["matrix"] = (0, 1 if angle > math.pi else -1)
            rotated.append(box)
            continue
        low, high = (-0.1, 0.12) if generated_gap else (-0.5, 0.25)
        generated_gap = False
        if (
            current
            and low * size < box["x0"] - current["x1"] < high * size
            # on the same line: the same top, or the same foot (a comma whose box is shorter
            # than its digits' stands on their baseline)
            and min(abs(box["top"] - current["top"]), abs(box["bottom"] - current["bottom"]))
            < 0.5 * size
        ):
            current["text"] += text
            current["x1"] = max(current["x1"], box["x1"])
            current["bottom"] = max(current["bottom"], box["bottom"])
        else:
            if current:
                words.append(current)
            current = box
    if current:
        words.append(current)
    for box in rotated:
        if box.pop("space", False):
            box["text"] += " "
    return words, rotated


def pdfium_text_lines(data: bytes, max_pages: int | None = 20, indexes=None) -> list[TextLine]:
    """Same lines as :func:`pdf_lines`, read with pdfium (C, ~20x faster than pdfminer)."""
    import pypdfium2 as pdfium  # noqa: PLC0415

    document = pdfium.PdfDocument(data)
    try:
        lines: list[TextLine] = []
        for index in _wanted(len(document), max_pages, indexes):
            page = document[index]
            try:
                lines.extend(_pdfium_page_lines(page, index))
            finally:
                page.close()
        return lines
    finally:
        document.close()


def pdf_text_lines(data: bytes, max_pages: int | None = 20, indexes=None) -> list[TextLine]:
    """Lines of a PDF given as bytes (pdfium, pdfplumber as fallback), of the first
    ``max_pages`` pages or of the pages of ``indexes``, numbered by their page's index in the
    file; raises :class:`ExtractionError` when it cannot be read."""
    try:
        return pdfium_text_lines(data, max_pages=max_pages, indexes=indexes)
    except Exception:  # noqa: S110 - pdfplumber below reports the problem
        pass
    import pdfplumber  # noqa: PLC0415 - heavy import, only where PDFs are read

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            return pdf_lines(pdf, max_pages=max_pages, indexes=indexes)
    except ExtractionError:
        raise
    except Exception as exc:  # pdfminer raises many unrelated types on broken files
        raise ExtractionError("unreadable_pdf", msg("pdf_unreadable")) from exc


def lines_text(lines: Iterable[TextLine]) -> str:
    """Plain text, one line per :class:`TextLine`, a blank line between pages."""
    out: list[str] = []
    page = None
    for line in lines:
        if page is not None and line.page != page:
            out.append("")
        page = line.page
        out.append(line.text)
    return "\n".join(out)


# A letter of the text's script next to one of another ("Ber!!a" for Berlin, an Arabic digit
# for an "o", a Cyrillic "Germany"): what a poor OCR layer under a scan prints, never a typeset
# page.
_MIXED_IN_WORD = re.compile(r"[^\W\d_][!\u00a1\u061b\u0660-\u0669][^\W\d_]")


_SCRIPTS = frozenset(
    "LATIN CYRILLIC GREEK ARABIC HEBREW THAI CJK HIRAGANA KATAKANA HANGUL DEVANAGARI".split()
)


def _scripts(word: str) -> set[str]:
    """The scripts of a word's letters ("º" and other signs belong to none)."""
    names = (unicodedata.name(char, "?").split(" ", 1)[0] for char in word if char.isalpha())
    return {name for name in names if name in _SCRIPTS}


def garbled_ocr(page_text: str, min_bad: int = 2, min_words: int = 40) -> bool:
    """Whether a page's text layer is a garbled OCR: ``min_bad`` of its words or more mix
    letters of two scripts or hold an exclamation mark or Arabic digit between letters (no
    typeset page of our corpora has one; the poor OCR layers of hotel folios, 1 to 14 in
    120 words)."""
    words = [w for w in page_text.split() if any(c.isalpha() for c in w)]
    if len(words) < min_words:
        return False
    bad = sum(1 for w in words if len(_scripts(w)) > 1 or _MIXED_IN_WORD.search(w))
    return bad >= min_bad


# Signs a typeset invoice hardly prints between letters, but which a font without a Unicode
# map yields for its letters ("=E>824=D<14A" for "Invoice..."): pdfium reads the glyph codes.
# Rules of "=====" and table borders "| 1 |" stand apart from letters and do not count.
_CIPHER_SIGN = re.compile(
    r"(?<=[^\W_])[=<>?;^~`]|[=<>?;^~`](?=[^\W_])|[\x00-\x08\x0e-\x1f\ue000-\uf8ff\ufffd]"
)


def unmapped_font(page_text: str, share: float = 0.1, min_chars: int = 200) -> bool:
    """Whether a page's text layer is a font's glyph codes rather than its letters: more than
    ``share`` of its characters are such signs beside a letter or digit (at most 2.2 % on our
    corpora's typeset pages, 43 % on a cipher page)."""
    chars = sum(1 for c in page_text if not c.isspace())
    if chars < min_chars:
        return False
    return len(_CIPHER_SIGN.findall(page_text)) > share * chars


def unreadable_layer(page_text: str) -> bool:
    """A text layer to read again with OCR: a poor OCR's or a font's glyph codes."""
    return garbled_ocr(page_text) or unmapped_font(page_text)
