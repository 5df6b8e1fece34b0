"""The vendor's name drawn only as a logo at the top of a text PDF (fincycle.extraction.logo)."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from fincycle.extraction import document, logo, ocr, pipeline, rules
from fincycle.extraction.logo import LogoText
from fincycle.extraction.model import TextLine
from fincycle.extraction.text import pdf_text_lines

needs_engine = pytest.mark.skipif(
    not ocr.engine_available(), reason="rapidocr-onnxruntime is not installed"
)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def _line(text, top, x0=40.0, height=10.0, width=None, page=0):
    width = width if width is not None else 5.5 * len(text)
    return TextLine(text, page, x0, top, x0 + width, top + height)


# --- grouping of what the OCR read ----------------------------------------------------------------
def test_stacked_short_words_form_one_logo_and_a_tagline_stays_apart():
    found = [
        _line("agro", 20, x0=60, height=20, width=50),
        _line("sourcing", 42, x0=55, height=22, width=100),
        _line("au-delà du jardin de qualité", 90, x0=40, height=8, width=150),
    ]
    logos = logo._logos(found)
    assert [lg.text for lg in logos] == ["agro sourcing", "au-delà du jardin de qualité"]
    assert logos[0].height == 22


def test_a_monogram_read_as_letters_is_dropped_but_short_words_of_a_name_stay():
    assert logo._words("OS sourcing") == ["sourcing"]
    assert logo._words("Le Relais Local") == ["Le", "Relais", "Local"]
    assert logo._words("Bell & Ross") == ["Bell", "&", "Ross"]
    assert logo._logos([_line("Z", 10)]) == []  # nothing left that can be a name


def test_side_by_side_words_are_separate_logos_tallest_first():
    found = [
        _line("Nordlicht", 20, x0=40, height=14, width=80),
        _line("Partner", 22, x0=400, height=30, width=80),  # no column overlap
    ]
    assert [lg.text for lg in logo._logos(found)] == ["Partner", "Nordlicht"]


# --- the vendor rules with the logo's words -----------------------------------------------------
def _page(*texts):
    return [_line(t, 200 + 14 * i) for i, t in enumerate(texts)]


BODY = (
    "Rechnung Nr. 2026-118",
    "Datum: 03.11.2026",
    "Rechnung an:",
    "Baumann Elektro AG",
    "Gewerbestrasse 4",
    "8400 Winterthur",
    "Total CHF 540.00",
)


def _vendor(lines, logos, **kwargs):
    ext = rules.extract_from_lines(lines, logo_texts=logos, **kwargs)
    return ext.value("vendor_name"), ext.field_confidence("vendor_name")


def test_the_logo_names_the_vendor_when_no_line_does_as_a_weak_suggestion():
    name, confidence = _vendor(_page(*BODY), [LogoText("Alpenglanz", 30)])
    assert name == "Alpenglanz"
    assert confidence < 0.6  # under any bar that posts


def test_no_logo_no_vendor():
    assert _vendor(_page(*BODY), [])[0] is None


def test_a_lowercase_logo_is_written_as_a_name():
    assert _vendor(_page(*BODY), [LogoText("agro sourcing", 30)])[0] == "Agro Sourcing"


def test_the_legal_line_that_begins_with_the_logo_word_is_the_name():
    lines = _page(*BODY, "Vielen Dank für Ihren Einkauf", "Alpenglanz Reinigung GmbH")
    assert _vendor(lines, [LogoText("ALPENGLANZ", 30)])[0] == "Alpenglanz Reinigung GmbH"


def test_an_ocr_slip_takes_the_spelling_the_page_prints():
    lines = _page(*BODY, "Merci de votre confiance, l'équipe de Le Relais Local")
    assert _vendor(lines, [LogoText("Le Relals Local", 30)])[0] == "Le Relais Local"


def test_a_title_or_the_customer_drawn_big_is_no_vendor():
    assert _vendor(_page(*BODY), [LogoText("RECHNUNG", 40)])[0] is None
    name, _conf = _vendor(
        _page(*BODY), [LogoText("Baumann Elektro", 40)], customer_hints=["Baumann Elektro AG"]
    )
    assert name is None


def test_a_name_printed_in_the_text_wins_over_the_logo():
    lines = [_line("Holzbau Keller GmbH", 40), *_page(*BODY)]
    assert _vendor(lines, [LogoText("Kellerholz", 30)])[0] == "Holzbau Keller GmbH"


# --- end to end: a text PDF whose name is a picture -----------------------------------------------
def _logo_pdf(word, size=A4, picture_down=60, title=None) -> bytes:
    """A one-page bill: ``BODY`` in the text layer, ``word`` drawn as a picture whose top is
    ``picture_down`` points below the page's top, ``title`` as big text-layer words."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=size)
    if word:
        image = Image.new("L", (700, 150), 255)
        ImageDraw.Draw(image).text((20, 20), word, font=ImageFont.truetype(FONT, 90), fill=0)
        pdf.drawImage(ImageReader(image), 20, size[1] - picture_down - 50, width=233, height=50)
    if title:
        pdf.setFont("Helvetica-Bold", 28)
        pdf.drawString(20, size[1] - 80, title)
    pdf.setFont("Helvetica", 9)
    y = size[1] - 180
    for line in BODY:
        pdf.drawString(20, y, line)
        y -= 12
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _logos_of(data: bytes) -> list[LogoText]:
    with document.load(data, "bill.pdf") as doc:
        return logo.logo_texts(doc, pdf_text_lines(data))


@needs_engine
def test_a_text_pdf_with_its_name_in_an_image_logo():
    result = pipeline.extract(_logo_pdf("Vollmond"), "bill.pdf")
    assert result.value("vendor_name") == "Vollmond"
    assert result.field_confidence("vendor_name") < 0.6
    assert result.value("invoice_number") == "2026-118"  # the rest still from the text layer


@needs_engine
def test_no_logo_read_without_ocr_or_without_a_picture():
    off = pipeline.extract(_logo_pdf("Vollmond"), "bill.pdf", pipeline.CaptureOptions(ocr=False))
    assert off.value("vendor_name") is None
    plain = pipeline.extract(_logo_pdf(None), "bill.pdf")
    assert plain.value("vendor_name") is None
    assert plain.timings.get("logo", 0.0) < 0.5  # no ink besides the text: no OCR


@needs_engine
def test_the_text_layer_is_masked_so_printed_words_are_not_read_twice():
    assert _logos_of(_logo_pdf(None, title="RECHNUNG")) == []


@needs_engine
def test_a_picture_far_down_a_long_till_roll_is_no_logo():
    roll = (283, 3000)
    assert [lg.text for lg in _logos_of(_logo_pdf("Sonnhalde", size=roll))] == ["Sonnhalde"]
    assert _logos_of(_logo_pdf("Sonnhalde", size=roll, picture_down=850)) == []
