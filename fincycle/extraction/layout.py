"""Page layout of the text lines, and the lookup of the value that follows a label.

:class:`Doc` holds the readable lines of a document with their folded text, page sizes,
neighbours (right, left, below, above) and the address blocks (runs of adjacent lines).
:func:`values_after` gives the candidate values of a label: the rest of its line, the next
column on the row, or the line below in the same column. :class:`Votes` adds up agreeing
candidates of one field.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field

from . import dates, identifiers
from .labels import fold, norm_name, sender_line_parts
from .model import TextLine

# --- document model -------------------------------------------------------------------------------


@dataclass
class Block:
    indexes: list[int] = field(default_factory=list)


class Doc:
    def __init__(self, lines: list[TextLine], hints: Iterable[str], own_vats: Iterable[str]):
        self.lines = [ln for ln in lines if ln.text and ln.text.strip() and not _garbled(ln.text)]
        self.folded = [fold(ln.text) for ln in self.lines]
        self.hints = {norm_name(h) for h in hints if h and len(norm_name(h)) >= 3}
        self.own_vats = {identifiers.normalize_vat(v) for v in own_vats if v}
        self.page_height: dict[int, float] = {}
        self.page_width: dict[int, float] = {}
        # each page's lines: the neighbour searches look on their own page only (a 50-page
        # bill of 90 rows each would cost them the square of the whole document's lines)
        self.on_page: dict[int, list[int]] = {}
        for j, ln in enumerate(self.lines):
            self.page_height[ln.page] = max(self.page_height.get(ln.page, 0.0), ln.bottom)
            self.page_width[ln.page] = max(self.page_width.get(ln.page, 0.0), ln.x1)
            self.on_page.setdefault(ln.page, []).append(j)
        self.order = dates.guess_order(ln.text for ln in self.lines)
        self.block_gap = self._block_gap()
        self.blocks = self._build_blocks()
        self.block_of = {i: b for b, block in enumerate(self.blocks) for i in block.indexes}
        self.customer_block: int | None = None
        self.vendor_block: int | None = None
        self.iban_currency: dict[str, str] = {}  # IBAN -> currency printed with it
        self.logo_texts: list = []  # words drawn as pictures atop page 1 (logo.LogoText)

    # geometry ---------------------------------------------------------------------------------
    @staticmethod
    def height(line: TextLine) -> float:
        return max(line.bottom - line.top, 1.0)

    def rel_top(self, i: int) -> float:
        line = self.lines[i]
        return line.top / max(self.page_height.get(line.page, 1.0), 1.0)

    def rel_x(self, i: int) -> float:
        line = self.lines[i]
        return line.x0 / max(self.page_width.get(line.page, 1.0), 1.0)

    def till_roll(self, page: int) -> bool:
        """A page at least twice as tall as its printed width: a till receipt's paper roll,
        whose labels stand at the left edge and their values at the right edge."""
        width = self.page_width.get(page, 0.0)
        return width > 0 and self.page_height.get(page, 0.0) >= 2 * width

    def right_of(self, i: int) -> int | None:
        line = self.lines[i]
        h = self.height(line)
        middle = (line.top + line.bottom) / 2
        # a value sits in the next column; on a till roll it may stand at the far edge
        reach = 0.95 if self.till_roll(line.page) else 0.45
        best, best_x = None, None
        for j in self.on_page[line.page]:
            other = self.lines[j]
            if j == i or other.x0 < line.x1 - 2:
                continue
            if abs((other.top + other.bottom) / 2 - middle) > 0.6 * h:
                continue
            if other.x0 - line.x1 > reach * self.page_width.get(line.page, 600):
                continue
            if best_x is None or other.x0 < best_x:
                best, best_x = j, other.x0
        return best

    def left_of(self, i: int) -> int | None:
        line = self.lines[i]
        h = self.height(line)
        middle = (line.top + line.bottom) / 2
        best, best_x = None, None
        for j in self.on_page[line.page]:
            other = self.lines[j]
            if j == i or other.x1 > line.x0 + 2:
                continue
            if abs((other.top + other.bottom) / 2 - middle) > 0.6 * h:
                continue
            if best_x is None or other.x1 > best_x:
                best, best_x = j, other.x1
        return best

    def below(self, i: int, max_gap: float = 2.2) -> int | None:
        """The nearest line under ``i`` in the same column (overlapping horizontally)."""
        line = self.lines[i]
        h = self.height(line)
        found = []
        for j in self.on_page[line.page]:
            other = self.lines[j]
            if j == i or other.top <= line.top + 0.5 * h:
                continue
            if other.top - line.bottom > max_gap * h:
                continue
            if other.x1 < line.x0 - h or other.x0 > line.x1 + h:
                continue
            overlap = min(other.x1, line.x1) - max(other.x0, line.x0)
            shorter = max(min(other.x1 - other.x0, line.x1 - line.x0), 1.0)
            if (
                abs(other.x0 - line.x0) > 3 * h
                and not (line.x0 - h <= other.x0 <= line.x1)
                and overlap < 0.5 * shorter  # right-aligned values under a short label
            ):
                continue
            found.append((other.top, -overlap, j))
        if not found:
            return None
        top = min(f[0] for f in found)
        # on the nearest row, the value that overlaps the label most (same column)
        return min(f for f in found if f[0] - top < 0.5 * h)[2]

    def above(self, i: int, max_gap: float = 2.2) -> int | None:
        line = self.lines[i]
        h = self.height(line)
        best, best_bottom = None, None
        for j in self.on_page[line.page]:
            other = self.lines[j]
            if j == i or other.top >= line.top - 0.5 * h:
                continue
            if line.top - other.bottom > max_gap * h:
                continue
            if abs(other.x0 - line.x0) > 2 * h:
                continue
            if best_bottom is None or other.bottom > best_bottom:
                best, best_bottom = j, other.bottom
        return best

    def _block_gap(self) -> float:
        """The widest gap, in line heights, between two lines of one block. 0.9 on a page set
        at its font's usual leading; more on a page set double-spaced (LaTeX's \\doublespacing,
        a word processor at 2.0), whose every line would otherwise be a block of its own."""
        gaps = []
        for last, line in itertools.pairwise(self.lines):  # sorted by page, top, x0
            h = self.height(line)
            if line.page == last.page and line.top > last.bottom - 0.3 * h:  # the next row
                gap = (line.top - last.bottom) / h
                if gap < 2.5:
                    gaps.append(max(gap, 0.0))
        usual = statistics.median(gaps) if len(gaps) >= 8 else 0.0
        return min(usual + 0.5, 1.6) if usual >= 0.85 else 0.9

    def _build_blocks(self) -> list[Block]:
        """Runs of vertically adjacent lines that overlap horizontally (address blocks)."""
        blocks: list[Block] = []
        open_blocks: list[int] = []
        for i, line in enumerate(self.lines):
            h = self.height(line)
            target = None
            for b in open_blocks:
                last = self.lines[blocks[b].indexes[-1]]
                if last.page != line.page:
                    continue
                if sender_line_parts(last.text):
                    continue  # a one-line sender address stands alone above the window
                gap = line.top - last.bottom
                aligned = abs(last.x0 - line.x0) < 1.5 * h or abs(last.x1 - line.x1) < 1.5 * h
                if -0.3 * h < gap < self.block_gap * h and aligned:
                    target = b
                    break
            if target is None:
                blocks.append(Block([i]))
                open_blocks.append(len(blocks) - 1)
            else:
                blocks[target].indexes.append(i)
            open_blocks = [
                b
                for b in open_blocks
                if self.lines[blocks[b].indexes[-1]].page == line.page
                and line.top - self.lines[blocks[b].indexes[-1]].bottom < 3 * h
            ]
        return blocks

    def in_customer_block(self, i: int) -> bool:
        return self.customer_block is not None and self.block_of.get(i) == self.customer_block

    def context(self, i: int) -> str:
        """Folded text of the line, its left neighbour and the label above it (column)."""
        parts = [self.folded[i]]
        left = self.left_of(i)
        if left is not None:
            parts.append(self.folded[left])
        up = self.above(i, 1.2)
        if up is not None:
            parts.append(self.folded[up])
        return " | ".join(parts)


def _garbled(text: str) -> bool:
    """Text layers with unmapped glyphs read as "(cid:12)(cid:3)…": useless, skip them."""
    return text.count("(cid:") * 6 > len(text) * 0.3


# --- value lookup ---------------------------------------------------------------------------------


_LEADING = re.compile(
    r"^[\s:#.°\-\u2013=\u2026_]*(?:(?:nr|no|n°|num|numero|nummer|number)(?![a-z0-9])\.?[\s:#.\u2026_]*)?"
)
_LEADERS = re.compile(r"^[\s.\u2026_:·-]*$")


def values_after(doc: Doc, i: int, end: int) -> list[tuple[str, int, float]]:
    """Candidate value texts for a label ending at ``end`` in line ``i``: rest of the line,
    next column on the row, line below in the same column (with a weight)."""
    out = []
    rest = doc.lines[i].text[end:]
    rest = rest[_LEADING.match(fold(rest)).end() :]
    if rest.strip():
        out.append((rest.strip(), i, 1.0))
    right = doc.right_of(i)
    if right is not None and _LEADERS.match(doc.lines[right].text):
        right = doc.right_of(right)  # "Datum ........ | 11.11.2023"
    if right is not None:
        out.append((doc.lines[right].text.strip(" :"), right, 0.97))
    below = doc.below(i)
    if below is not None and not rest.strip():
        out.append((column_text(doc, i, below).strip(" :"), below, 0.95))
        beside = doc.right_of(below)
        if (
            right is None
            and beside is not None
            and doc.lines[below].text.lstrip().startswith(("/", "&"))
        ):
            # a label wrapped with its second half ("Rechnungsdatum" over "/Lieferdatum"):
            # the value stands right of that half
            out.append((doc.lines[beside].text.strip(" :"), beside, 0.95))
    return out


def column_text(doc: Doc, i: int, j: int) -> str:
    """The words of line ``j`` that stand under label ``i``: a value row read as one line
    under a row of labels ("R-1 05.03.2024 04.04.2024" under "Nr. | Datum | Fällig") is cut
    at the middle of the gaps between the labels; word positions are estimated from the
    character offsets."""
    label, value = doc.lines[i], doc.lines[j]
    h = doc.height(label)
    if value.x1 - value.x0 < label.x1 - label.x0 + 3 * h:
        return value.text
    left, right = doc.left_of(i), doc.right_of(i)
    if left is None and right is None:
        return value.text
    low = (doc.lines[left].x1 + label.x0) / 2 if left is not None else float("-inf")
    high = (label.x1 + doc.lines[right].x0) / 2 if right is not None else float("inf")
    scale = (value.x1 - value.x0) / max(len(value.text), 1)
    words = [
        m.group(0)
        for m in re.finditer(r"\S+", value.text)
        if low <= value.x0 + scale * (m.start() + m.end()) / 2 < high
    ]
    return " ".join(words) or value.text


def label_hits(doc: Doc, pattern: re.Pattern, pages: Iterable[int] | None = None):
    allowed = set(pages) if pages is not None else None
    for i, text in enumerate(doc.folded):
        if allowed is not None and doc.lines[i].page not in allowed:
            continue
        for m in pattern.finditer(text):
            yield i, m


class Votes:
    """Candidate values per field; agreeing candidates add up."""

    def __init__(self):
        self.items: dict[str, dict] = {}

    def add(self, key, value, confidence: float, **extra) -> None:
        if value in (None, ""):
            return
        item = self.items.get(key)
        if item is None:
            self.items[key] = {"value": value, "conf": confidence, "n": 1, **extra}
            return
        item["n"] += 1
        if confidence > item["conf"]:
            item.update({"value": value, "conf": confidence, **extra})

    def best(self) -> dict | None:
        if not self.items:
            return None
        for item in self.items.values():
            item["score"] = min(0.98, item["conf"] + 0.03 * (item["n"] - 1))
        return max(self.items.values(), key=lambda it: it["score"])


def line_above(doc: Doc, i: int, max_gap: float) -> int | None:
    """The nearest line above ``i`` that overlaps it horizontally (centred letterheads too)."""
    line = doc.lines[i]
    h = doc.height(line)
    best, best_bottom = None, None
    for j in doc.on_page[line.page]:
        other = doc.lines[j]
        if other.bottom > line.top + 0.2 * h:
            continue
        if line.top - other.bottom > max_gap * h or other.x1 < line.x0 or other.x0 > line.x1:
            continue
        if best_bottom is None or other.bottom > best_bottom:
            best, best_bottom = j, other.bottom
    return best


def block_above(doc: Doc, i: int) -> int | None:
    """The block right above line ``i`` (overlapping horizontally, within a few line heights)."""
    best = line_above(doc, i, 4.0)
    if best is None:
        return None
    b = doc.block_of.get(best)
    return None if b is None or b == doc.customer_block else b


def column_below(doc: Doc, i: int, count: int) -> list[int]:
    out = []
    j = i
    for _step in range(count):
        j = doc.below(j, 1.6)
        if j is None:
            break
        out.append(j)
    return out
