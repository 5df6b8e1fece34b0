"""QR-bills on small pictures (screenshots, cropped payment parts) whose code has under two
pixels a module: a second look at twice the size reads them; large pictures keep one look.
And the QR-bill corpus builder's own payload parser (independent of fincycle's), which gives
that corpus its ground truth."""

import hashlib
import importlib.util
import io
import sys
from pathlib import Path

import numpy as np
import pytest
import qrcode
from PIL import Image, ImageDraw, ImageFilter

from fincycle.extraction import document, pipeline, qrdecode

BENCH = Path(__file__).resolve().parents[1] / "scripts" / "bench"
IBAN = "CH5800791123000889012"
QR_IBAN = "CH4431999123000889012"
QRR = "210000000003139471430009017"


def payload(
    iban=IBAN,
    name="Atelier Rüegg GmbH",
    amount="245.60",
    currency="CHF",
    reference_type="SCOR",
    reference="RF18539007547034",
    message="Facture 2025-117",
):
    creditor = ["S", name, "Bahnhofstrasse", "12", "8001", "Zürich", "CH"]
    debtor = ["S", "Claire Dubois", "Rue du Marché", "3", "1204", "Genève", "CH"]
    lines = ["SPC", "0200", "1", iban, *creditor, *[""] * 7, amount, currency, *debtor]
    return "\r\n".join([*lines, reference_type, reference, message, "EPD"])


def small_payment_part(text: str, pixels_per_module: float = 1.8) -> Image.Image:
    """A 600 x 320 picture of a payment part whose QR code has ``pixels_per_module`` pixels
    a module, anti-aliased as a screenshot scaled down is."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=10, border=4)
    code.add_data(text.encode("utf-8"))
    big = code.make_image(fill_color="black", back_color="white").convert("L")
    side = round(big.width / 10 * pixels_per_module)
    page = Image.new("L", (600, 320), 255)
    draw = ImageDraw.Draw(page)
    draw.text((20, 20), "Zahlteil", fill=0)
    draw.text((20, 60), "Konto / Zahlbar an", fill=0)
    page.paste(big.resize((side, side), Image.BILINEAR), (330, 20))
    return page


def noisy(image: Image.Image, seed: int = 1, sigma: float = 30) -> Image.Image:
    rng = np.random.default_rng(seed)
    pixels = np.asarray(image, dtype=np.float32) + rng.normal(0, sigma, image.size[::-1])
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def tilted(image: Image.Image, angle: float = 3) -> Image.Image:
    turned = image.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=255)
    return turned.filter(ImageFilter.GaussianBlur(0.8))


def png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


# --- a second look at twice the size ------------------------------------------------------------


@pytest.mark.parametrize("degrade", [noisy, tilted], ids=["noise", "tilt"])
def test_small_picture_is_read_at_twice_its_size(degrade):
    text = payload()
    picture = degrade(small_payment_part(text))
    # one look at its own size reads nothing: the code has 1.8 pixels a module
    assert qrdecode.decode_image(picture, retry=True) == []
    with document.load(png(picture), "zahlteil.png") as doc:
        [(index, bill)] = qrdecode.find_qr_bills(doc)
    assert index == 0
    assert bill.iban == IBAN and bill.creditor.name == "Atelier Rüegg GmbH"
    assert str(bill.amount) == "245.60" and bill.currency == "CHF"
    assert bill.payment_reference == "RF18539007547034"


def test_small_picture_through_the_pipeline():
    text = payload(
        iban=QR_IBAN, name="Studio Bianchi SA", amount="", reference_type="QRR", reference=QRR
    )
    picture = noisy(small_payment_part(text), seed=2)
    ext = pipeline.extract(png(picture), "sezione_pagamento.png")
    assert ext.value("vendor_iban") == QR_IBAN
    assert ext.value("vendor_name") == "Studio Bianchi SA"
    assert ext.value("payment_reference") == QRR
    assert ext.value("currency") == "CHF"
    assert ext.value("amount_total") is None  # the amount field is blank: nothing invented


def test_upscaled_doubles_small_pictures_only():
    small = Image.new("L", (1200, 800), 255)
    assert qrdecode.upscaled(small).size == (2400, 1600)
    edge = Image.new("L", (qrdecode.UPSCALE_MAX_SIDE, 10), 255)
    assert qrdecode.upscaled(edge).size == (2 * qrdecode.UPSCALE_MAX_SIDE, 20)
    large = Image.new("L", (qrdecode.UPSCALE_MAX_SIDE + 1, 3000), 255)
    assert qrdecode.upscaled(large) is None


def test_large_picture_gets_no_second_look(monkeypatch):
    """A phone photo (over UPSCALE_MAX_SIDE pixels) where nothing decodes is not enlarged."""
    calls = []
    real = qrdecode.decode_image

    def counting(img, *, retry=False):
        calls.append(img.size)
        return real(img, retry=retry)

    monkeypatch.setattr(qrdecode, "decode_image", counting)
    photo = Image.new("L", (3024, 4032), 235)
    with document.load(png(photo), "photo.png") as doc:
        assert qrdecode.find_qr_bills(doc) == []
    assert calls == [(3024, 4032)]


def test_small_picture_without_qr_bill_gives_nothing():
    page = Image.new("L", (600, 320), 255)
    ImageDraw.Draw(page).text((20, 20), "Rechnung 2025-117  Total CHF 245.60", fill=0)
    with document.load(png(noisy(page)), "rechnung.png") as doc:
        assert qrdecode.find_qr_bills(doc) == []


def test_small_picture_with_another_qr_code_gives_no_bill():
    # a link, not a QR-bill payload: found by zxing, refused as a bill
    picture = noisy(small_payment_part("https://example.ch/facture/2025-117"))
    with document.load(png(picture), "lien.png") as doc:
        assert qrdecode.find_qr_bills(doc) == []


# --- the corpus builder's own parser (its ground truth does not come from fincycle) ---------


def _builder():
    spec = importlib.util.spec_from_file_location(
        "make_qrbill_corpus", BENCH / "make_qrbill_corpus.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_builder_parses_the_payload_by_line_number():
    fields = _builder().parse_payload(payload())
    assert fields["vendor_iban"] == IBAN
    assert fields["vendor_name"] == "Atelier Rüegg GmbH"
    assert fields["amount_total"] == "245.60"
    assert fields["currency"] == "CHF"
    assert fields["payment_reference"] == "RF18539007547034"
    assert fields["payment_reference_type"] == "SCOR"


def test_builder_blank_amount_non_reference_and_mojibake():
    builder = _builder()
    text = payload(amount="", reference_type="NON", reference="", name="Café Müller")
    fields = builder.parse_payload(text)
    assert fields["amount_total"] is None
    assert fields["payment_reference"] is None
    # a decoder that returned the UTF-8 bytes as Latin-1
    garbled = text.encode("utf-8").decode("latin-1")
    assert builder.parse_payload(garbled)["vendor_name"] == "Café Müller"


@pytest.mark.parametrize(
    "text",
    [
        "https://example.ch",
        "SPC\r\n0100\r\n1\r\nCH5800791123000889012",  # too short, old version
        payload().replace("245.60", "245,60"),  # not an amount
        "BCD\n001\n1\nSCT\nGENODEF1XXX\nMax Muster\nDE89370400440532013000\nEUR12.30",
    ],
    ids=["url", "short", "bad_amount", "epc"],
)
def test_builder_refuses_what_is_no_qr_bill(text):
    assert _builder().parse_payload(text) is None


def test_builder_split_keeps_a_payload_on_one_side():
    builder = _builder()
    key = builder.payload_key(payload())
    # the same payload with other line ends and trailing blank lines: the same key
    assert builder.payload_key(payload().replace("\r\n", "\n") + "\n\n") == key
    digest = hashlib.sha256(key.encode()).hexdigest()
    assert builder.split_of(digest) in ("dev", "held")
    halves = {builder.split_of(f"{n:064x}") for n in (0, 49, 50, 99)}
    assert halves == {"dev", "held"}
