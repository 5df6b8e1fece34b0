"""OCR of scanned pages: real recognition of small images drawn here (a few seconds in all),
line merging on hand-made segments, and the missing-engine path."""

import sys
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from fincycle.extraction import ocr
from fincycle.extraction.model import ExtractionError, TextLine

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

needs_engine = pytest.mark.skipif(
    not ocr.engine_available(), reason="rapidocr-onnxruntime is not installed"
)


def _invoice_image() -> Image.Image:
    """A white strip with a header line, a label/value pair in two columns and a total."""
    img = Image.new("RGB", (1100, 330), "white")
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONT), 34) if FONT.exists() else ImageFont.load_default()
    draw.text((40, 30), "Rechnung Nr. 2024-0815", fill="black", font=font)
    draw.text((40, 130), "Datum:", fill="black", font=font)
    draw.text((700, 130), "15.08.2024", fill="black", font=font)
    draw.text((40, 230), "Total CHF 1'234.50", fill="black", font=font)
    return img


def _compact(text: str) -> str:
    return "".join(text.split())


@needs_engine
def test_ocr_reads_number_amount_and_keeps_columns_apart():
    lines = ocr.ocr_image(_invoice_image(), page=2)

    texts = [ln.text for ln in lines]
    assert len(lines) == 4, texts
    assert "2024-0815" in texts[0]
    assert texts[0].startswith("Rechnung")
    # Label and value sit on one row but far apart: two lines, label first.
    assert texts[1].startswith("Datum") and texts[2] == "15.08.2024"
    assert "1'234.50" in _compact(texts[3]) or "1234.50" in _compact(texts[3])
    assert all(ln.page == 2 and 0.5 <= ln.confidence <= 1 for ln in lines)
    assert lines[0].top < lines[1].top < lines[3].top
    assert lines[1].x1 < lines[2].x0


@needs_engine
def test_recogniser_runs_on_one_thread_that_does_not_spin():
    engine = ocr._get_engine()
    rec = engine.text_rec.session.session.get_session_options()
    det = engine.text_det.infer.session.get_session_options()

    assert rec.intra_op_num_threads == 1
    assert 1 <= det.intra_op_num_threads <= ocr.DET_THREADS
    for opts in (rec, det):
        assert opts.get_session_config_entry("session.intra_op.allow_spinning") == "0"


@needs_engine
def test_ocr_turns_an_upside_down_page():
    lines = ocr.ocr_image(_invoice_image().rotate(180))

    texts = [ln.text for ln in lines]
    assert "2024-0815" in texts[0], texts
    assert "Total" in texts[-1]
    # Boxes refer to the upright page: the header is at the top left.
    assert lines[0].top < 100 and lines[0].x0 < 100


def test_merge_joins_close_segments_only():
    h = 20
    segments = [
        TextLine("Blanc", 0, 100, 50, 160, 50 + h, 0.9),
        TextLine("Fournitures", 0, 166, 51, 300, 51 + h, 0.7),  # gap 6 px: same words
        TextLine("IBAN", 0, 700, 52, 760, 52 + h, 1.0),  # far right: another column
        TextLine("Nantes", 0, 100, 90, 180, 90 + h, 1.0),
    ]
    lines = ocr._merge_lines(segments)

    assert [ln.text for ln in lines] == ["Blanc Fournitures", "IBAN", "Nantes"]
    assert lines[0].x1 == 300 and lines[0].confidence == 0.8


def test_missing_engine_is_reported(monkeypatch):
    monkeypatch.setattr(ocr, "_engine", None)
    monkeypatch.setattr(ocr, "_engine_error", "")
    monkeypatch.setitem(sys.modules, "rapidocr_onnxruntime", None)  # import fails

    assert ocr.engine_available() is False
    with pytest.raises(ExtractionError) as err:
        ocr.ocr_image(Image.new("RGB", (100, 50), "white"))
    assert err.value.code == "ocr_unavailable"
    assert "rapidocr-onnxruntime" in err.value.message
