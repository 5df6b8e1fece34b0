"""Characters of a PDF text layer into words: pdfium's inferred spaces inside letter-spaced
words (an e-invoice stylesheet's "Rechnungskor rektur") do not split them."""

import io

import pypdfium2 as pdfium
from reportlab.pdfgen import canvas

from fincycle.extraction import text


def _chars(spec, size=14.6, top=100.0):
    """``spec``: ``(character, gap after it in font sizes)`` pairs; "|" is a space pdfium
    generated, " " a real one; every glyph is half the font size wide."""
    chars, x = [], 50.0
    for item, gap in spec:
        if item in ("|", " "):
            chars.append({"text": " ", "generated": item == "|", "angle": 0.0})
            x += gap * size
            continue
        chars.append(
            {
                "text": item,
                "generated": False,
                "angle": 0.0,
                "size": size,
                "x0": x,
                "x1": x + 0.5 * size,
                "top": top,
                "bottom": top + size,
            }
        )
        x += 0.5 * size + gap * size
    return chars


def _word(letters, spacing=0.05):
    return [(letter, spacing) for letter in letters]


def _words(chars):
    words, rotated = text.group_chars(chars)
    assert rotated == []
    return [w["text"] for w in words]


def test_a_generated_space_as_narrow_as_letter_spacing_joins_the_word():
    chars = _chars([*_word("Rechnungskor", 0.05)[:-1], ("r", 0), ("|", 0.1), *_word("rektur")])
    assert _words(chars) == ["Rechnungskorrektur"]


def test_a_generated_space_as_wide_as_a_word_space_splits():
    chars = _chars([*_word("Rechnung")[:-1], ("g", 0), ("|", 0.2), *_word("Nr.")])
    assert _words(chars) == ["Rechnung", "Nr."]


def test_a_real_space_always_splits_and_close_glyphs_join():
    chars = _chars([*_word("Total")[:-1], ("l", 0), (" ", 0.02), *_word("EUR", 0.0)])
    assert _words(chars) == ["Total", "EUR"]
    assert _words(_chars(_word("EUR", 0.2))) == ["EUR"]  # below a quarter of the size
    assert _words(_chars(_word("AB", 0.3))) == ["A", "B"]


def test_pdf_letter_spacing_and_word_spaces_read_as_printed():
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    line = page.beginText(50, 700)
    line.setFont("Helvetica", 14.6)
    line.setCharSpace(0.8)
    line._code.append("[(Rechnungskorrektur) -300 (Nr.) -250 (RK-7)] TJ")
    page.drawText(line)
    page.save()
    data = buffer.getvalue()
    assert [ln.text for ln in text.pdf_text_lines(data)] == ["Rechnungskorrektur Nr. RK-7"]
    assert pdfium.PdfDocument(data)[0].get_textpage().get_text_range() == (
        "Rechnungskorrektur Nr. RK-7"
    )


def _glyph(letter, x0, top, bottom, size=6.6):
    return {
        "text": letter,
        "generated": False,
        "angle": 0.0,
        "size": size,
        "x0": x0,
        "x1": x0 + 0.6 * size,
        "top": top,
        "bottom": bottom,
    }


def test_a_comma_with_a_shorter_box_on_the_digits_baseline_joins_the_amount():
    # a font whose comma box is half the digits' height: same foot, lower top
    x = 100.0
    chars = []
    for letter in "59,50":
        top = 104.4 if letter == "," else 100.0
        chars.append(_glyph(letter, x, top, 110.0))
        x += 0.6 * 6.6
    assert _words(chars) == ["59,50"]


def test_a_raised_glyph_on_another_baseline_stays_apart():
    # negative: a superscript mark (other top and other foot) is no part of the word
    chars = [_glyph("m", 100.0, 100.0, 110.0), _glyph("2", 104.0, 95.0, 102.0)]
    assert _words(chars) == ["m", "2"]
