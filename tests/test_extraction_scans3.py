"""Scan rules (third set), each on synthetic OCR boxes written for the test."""

from decimal import Decimal

from fincycle.extraction.amounts import build_rows, extract_amounts
from fincycle.extraction.model import Extraction, TextLine

D = Decimal


def run(lines: list[TextLine]) -> Extraction:
    ext = Extraction()
    extract_amounts(lines, ext, None)
    return ext


def box(text: str, x0: float, top: float, width: float = 0.0, height: float = 40.0) -> TextLine:
    return TextLine(text, 0, x0, top, x0 + (width or 16 * len(text)), top + height, 0.95)


def test_regular_rows_are_not_shifted_by_one_row_to_a_far_column():
    # A statement summary: labels on the left, amounts far right, rows at a regular pitch.
    # A slope that moves the right column up by one row also lines up every pair (and the
    # footer's two columns, by chance): the level reading must win.
    summary = [
        ("Hosting", "$4.10"),
        ("Charges", "$4.10"),
        ("Credits", "$0.00"),
        ("Tax", "$0.00"),
        ("Storage", "$1.20"),
        ("Charges", "$1.20"),
        ("VAT", "$0.00"),
        ("Transfer", "$2.90"),
        ("Charges", "$2.90"),
        ("VAT", "$0.00"),
        ("Total for this invoice", "$8.20"),
        ("Paid", "$0.00"),
    ]
    boxes = []
    for i, (label, amount) in enumerate(summary):
        boxes += [box(label, 150, 1100 + 60 * i), box(amount, 2025, 1100 + 60 * i, 75)]
    footer = [
        ("Questions? Write to us", "Service provider:"),
        ("Prices in US dollars", "Cloud Inc."),
    ]
    for j, (left, right) in enumerate(footer):
        boxes += [box(left, 150, 2000 + 130 * j), box(right, 2025, 1940 + 130 * j)]
    texts = [r.text for r in build_rows(boxes)]
    assert "Total for this invoice $8.20" in texts
    assert "Credits $0.00" in texts
    assert run(boxes).value("amount_total") == D("8.20")
