"""OCR page orientation on pages of long lines (issue 13, scans of real e-invoices).

The direction classifier sees 48x192 pixels: a whole 1200 px line squeezed into it was voted
upside down, and an upright insurer's letter came out as four upside-down amounts. The vote now
runs on pieces of the classifier's own shape."""

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from fincycle.extraction import ocr

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

needs_engine = pytest.mark.skipif(
    not ocr.engine_available(), reason="rapidocr-onnxruntime is not installed"
)

# Long body lines of a letter-like invoice, one language each (fr, de, it, en).
LETTERS = {
    "fr": [
        "Nous vous remercions de votre commande et vous prions de trouver ci-joint la facture",
        "Le montant total de 1 234,50 EUR est payable dans les trente jours suivant la date",
        "En cas de retard de paiement, une pénalité égale à trois fois le taux d'intérêt légal",
    ],
    "de": [
        "Zu Ihrer Haftpflichtversicherung wird der Beitrag für den Zeitraum vom 06.12.2013",
        "Einen zu zahlenden Beitrag überweisen Sie bitte auf folgende Bankverbindung: IBAN",
        "Einfacher für Sie ist es, wenn Sie uns ein SEPA-Lastschriftmandat erteilen. Wir würden",
    ],
    "it": [
        "Vi ringraziamo per il vostro ordine e vi preghiamo di trovare in allegato la fattura",
        "L'importo totale di 1.234,50 EUR è pagabile entro trenta giorni dalla data della fattura",
        "In caso di ritardo nel pagamento saranno applicati gli interessi di mora previsti dalla",
    ],
    "en": [
        "Thank you for your order. Please find enclosed our invoice for the services rendered",
        "The total amount of EUR 1,234.50 is payable within thirty days of the invoice date to",
        "Late payments bear interest at the statutory rate; please quote the invoice number on",
    ],
}


def _letter(lines: list[str]) -> Image.Image:
    img = Image.new("RGB", (1400, 420), "white")
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONT), 24) if FONT.exists() else ImageFont.load_default()
    for k, text in enumerate(lines):
        draw.text((30, 40 + 120 * k), text, fill="black", font=font)
    return img


def _boxes_and_bgr(img: Image.Image):
    import cv2  # noqa: PLC0415

    engine = ocr._get_engine()
    bgr = ocr._to_bgr(img, cv2)
    return engine, bgr, ocr._detect(engine, bgr, cv2)


@needs_engine
@pytest.mark.parametrize("lang", sorted(LETTERS))
def test_upright_page_of_long_lines_is_not_turned(lang):
    # Negative case: an upright page must not be flipped.
    engine, bgr, boxes = _boxes_and_bgr(_letter(LETTERS[lang]))
    assert boxes
    assert not ocr._upside_down(engine, bgr, boxes)


@needs_engine
@pytest.mark.parametrize("lang", sorted(LETTERS))
def test_upside_down_page_of_long_lines_is_turned(lang):
    engine, bgr, boxes = _boxes_and_bgr(_letter(LETTERS[lang]).rotate(180))
    assert boxes
    assert ocr._upside_down(engine, bgr, boxes)


@needs_engine
def test_upright_page_of_long_lines_is_read():
    lines = ocr.ocr_image(_letter(LETTERS["de"]))
    text = " ".join(ln.text for ln in lines)
    assert "Haftpflichtversicherung" in text.replace(" ", "")
    assert "06.12.2013" in text


def test_long_crop_is_cut_into_classifier_pieces():
    crop = np.zeros((30, 1000, 3), dtype=np.uint8)
    pieces = ocr._cls_pieces(crop)
    assert len(pieces) == ocr.CLS_PIECES
    assert all(p.shape == (30, 120, 3) for p in pieces)


def test_short_crop_stays_whole():
    # Negative case: a label as short as the classifier's input is not cut.
    crop = np.zeros((30, 150, 3), dtype=np.uint8)
    pieces = ocr._cls_pieces(crop)
    assert len(pieces) == 1 and pieces[0].shape == crop.shape


def test_middle_crop_stays_whole():
    # Negative case: "Zwischensumme 84,03" (8 heights): cut, its pieces would read the same
    # upside down.
    crop = np.zeros((30, 240, 3), dtype=np.uint8)
    assert [p.shape for p in ocr._cls_pieces(crop)] == [crop.shape]


# --- lone characters: upright boxes -------------------------------------------------------
def _box(points):
    return np.array(points, dtype=np.float32)


def test_diamond_box_of_a_lone_digit_becomes_upright():
    # The detector's box around the "7" of a 7 % VAT row of a scanned Rechnung: a 45-degree
    # diamond; its crop, turned, read "1".
    diamond = _box([[1299.6, 1641.7], [1314.2, 1656.3], [1299.6, 1669.5], [1285.0, 1654.8]])
    level = ocr._level(diamond)
    assert (
        level.tolist()
        == _box([[1285.0, 1641.7], [1314.2, 1641.7], [1314.2, 1669.5], [1285.0, 1669.5]]).tolist()
    )


def test_slightly_skewed_line_box_is_kept():
    # Negative case: a line of a scan skewed by 2 degrees keeps its own box (deskewed later).
    line = _box([[100, 200], [900, 228], [899, 258], [99, 230]])
    assert ocr._level(line) is line
