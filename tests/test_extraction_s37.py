# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Session 37: rules of the reader."""

import io
from decimal import Decimal

from reportlab.pdfgen import canvas

from fincycle.extraction import crosscheck, pipeline, rules
from fincycle.extraction.model import TextLine

OPTIONS = pipeline.CaptureOptions(ocr=False)


def line(text: str, top: float, x0: float = 40.0) -> TextLine:
    """A text-layer line of ``text`` at ``top``, 6 points a character wide."""
    return TextLine(text, 0, x0, top, x0 + 6 * len(text), top + 10)


def _pdf(rows: list[tuple[str, float, float]]) -> bytes:
    """A one-page text PDF of (text, x, y from the top) rows."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    for text, x, y in rows:
        pdf.drawString(x, 842 - y, text)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


# --- a page that names no VAT -----------------------------------------------------------------

NO_VAT_PAGE = [
    ("Lakeside Web Studio LLC", 40, 60),
    ("12 Harbor Road, Portland, ME 04101", 40, 74),
    ("Invoice No. 2024-118", 40, 140),
    ("Date: 2024-05-14", 360, 140),
    ("Bill to: Northwind Traders", 40, 170),
    ("Website maintenance, May", 40, 220),
    ("450.00", 480, 220),
    ("Hosting, May", 40, 236),
    ("50.00", 486, 236),
    ("Subtotal", 380, 270),
    ("500.00", 480, 270),
    ("Total USD", 380, 290),
    ("500.00", 480, 290),
]


def test_a_net_equal_to_the_total_leaves_the_vat_unread():
    """The page prints no VAT: its amounts are net, and no VAT of zero is made up."""
    ext = pipeline.extract(_pdf(NO_VAT_PAGE), "invoice.pdf", OPTIONS)
    assert ext.value("amount_total") == Decimal("500.00")
    assert ext.value("amount_untaxed") == Decimal("500.00")
    assert ext.value("amount_tax") is None
    assert not ext.taxes
    # for posting, the total carries the amounts, as it does for a bill printing 0.00 VAT
    assert crosscheck.key_scores(ext)["amounts"][0] == "amount_total"


def test_a_printed_vat_of_zero_is_read():
    rows = [*NO_VAT_PAGE[:-2], ("VAT 0%", 380, 280), ("0.00", 486, 280), *NO_VAT_PAGE[-2:]]
    ext = pipeline.extract(_pdf(rows), "invoice.pdf", OPTIONS)
    assert ext.value("amount_tax") == Decimal("0.00")


def test_a_net_and_a_larger_total_still_give_the_vat_between_them():
    lines = [
        line("Lakeside Web Studio LLC", 60),
        line("Invoice No. 2024-119", 140),
        line("Net amount", 270, 380),
        line("500.00", 270, 480),
        line("Total", 290, 380),
        line("540.00", 290, 480),
    ]
    assert rules.extract_from_lines(lines).value("amount_tax") == Decimal("40.00")
