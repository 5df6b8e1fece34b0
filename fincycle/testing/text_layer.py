"""Text-layer lines for tests of the bill reader: a page written as rows of (text, x0, top)
or (text, x0, top, size) in points, read by :func:`fincycle.extraction.rules.extract_from_lines`
as a text PDF's lines are."""

from fincycle.extraction.model import Extraction, TextLine
from fincycle.extraction.rules import extract_from_lines

__all__ = ["read_rows", "row_fields", "text_lines"]


def text_lines(rows, size: float = 10.0) -> list[TextLine]:
    """TextLines from (text, x0, top[, size]) rows, each glyph half a size wide."""
    out = []
    for row in rows:
        text, x0, top = row[:3]
        s = row[3] if len(row) > 3 else size
        out.append(TextLine(text, 0, x0, top, x0 + 0.5 * s * len(text), top + s, 1.0))
    return out


def read_rows(rows, size: float = 10.0) -> Extraction:
    return extract_from_lines(text_lines(rows, size), source="pdf")


def row_fields(rows, size: float = 10.0) -> dict:
    """The values read from the rows, by field name."""
    return {name: f.value for name, f in read_rows(rows, size).fields.items()}
