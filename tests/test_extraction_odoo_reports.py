"""Rules found on invoices printed by Odoo's own report engine (wkhtmltopdf), each checked on
synthetic documents written for the test: word spaces on a page whose matrix scales the text
down, the totals box Odoo adds in the company's currency, the customer's VAT id printed under
its address, the invoice number in the document title and the "Payment Communication" line."""

import io

import pytest

from fincycle.extraction import text
from fincycle.extraction.model import TextLine
from fincycle.extraction.rules import extract_from_lines


def layout(rows, size=9.0):
    """TextLines from (text, x0, top) rows; the width follows the text length."""
    return [TextLine(t, 0, x0, top, x0 + 0.5 * size * len(t), top + size) for t, x0, top in rows]


def read(rows):
    return extract_from_lines(layout(rows))


# --- word spaces on a page that scales its text down ------------------------------------------


@pytest.mark.parametrize(
    ("font_size", "box_height", "expected"),
    [
        (1.0, 12.0, 9.6),  # the scale in the text matrix: the box tells
        (10.0, 12.0, 10.0),  # the size as printed
        (16.0, 10.3, 8.24),  # a page matrix that prints 16-unit fonts as 8-point glyphs
    ],
)
def test_glyph_size(font_size, box_height, expected):
    assert text.glyph_size(font_size, box_height) == pytest.approx(expected)


def _scaled_pdf(words, scale=0.5, font=18, gap_em=0.2, one_string=False):
    """Words drawn one by one (no space glyph, as wkhtmltopdf does) on a page whose matrix
    scales the text down; the gap between them is ``gap_em`` of the printed size."""
    from reportlab.pdfgen import canvas  # noqa: PLC0415

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(595, 842))
    pdf.scale(scale, scale)
    pdf.setFont("Helvetica", font)
    x, y = 100 / scale, 700 / scale
    if one_string:
        pdf.drawString(x, y, "".join(words))
    else:
        for word in words:
            pdf.drawString(x, y, word)
            x += pdf.stringWidth(word, "Helvetica", font) + gap_em * font
    pdf.save()
    return buffer.getvalue()


def test_word_space_on_a_scaled_page():
    lines = text.pdf_text_lines(_scaled_pdf(["Untaxed", "Amount", "CHF", "96.30"]))
    assert [ln.text for ln in lines] == ["Untaxed Amount CHF 96.30"]


def test_scaled_page_keeps_a_word_whole():
    # negative: glyphs of one word, however the page scales them, stay one word
    lines = text.pdf_text_lines(_scaled_pdf(["Rechnungs", "betrag"], one_string=True))
    assert [ln.text for ln in lines] == ["Rechnungsbetrag"]
