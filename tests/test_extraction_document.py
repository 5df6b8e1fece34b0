"""Document loading: type sniffing, lazy pages, rendering, attachments and every kind of bad
input (empty, unsupported, encrypted, corrupt, too large, decompression bombs). Every file is
built here with reportlab / Pillow / pypdfium2, in memory."""

import io
import struct
import time
import zlib

import pypdfium2 as pdfium
import pytest
from PIL import Image
from reportlab.lib import pdfencrypt
from reportlab.pdfgen import canvas

from fincycle.extraction import document
from fincycle.extraction.messages import msg
from fincycle.extraction.model import ExtractionError

LINE = "Rechnung Nr. 2024-001 vom 12.03.2024, CHF 1'234.50"


def make_pdf(pages=1, text=LINE, encrypt=None, pagesize=(595.27, 841.89)) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=pagesize, encrypt=encrypt)
    for number in range(1, pages + 1):
        if text:
            pdf.drawString(72, pagesize[1] - 72, f"{text} (page {number})")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def image_bytes(image: Image.Image, fmt: str, **params) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **params)
    return buffer.getvalue()


def png_header(width: int, height: int) -> bytes:
    """A PNG whose header claims ``width`` x ``height`` but holds 8 x 8 pixels of data: a
    decompression bomb look-alike that costs nothing to build."""
    data = bytearray(image_bytes(Image.new("L", (8, 8), 255), "PNG"))
    ihdr = struct.pack(">II", width, height) + bytes(data[24:29])
    data[16:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    return bytes(data)


def code_of(data: bytes, **kwargs) -> str:
    with pytest.raises(ExtractionError) as info:
        document.load(data, **kwargs)
    assert info.value.message.endswith(".")  # a sentence for the user
    return info.value.code


# --- sniffing -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"%PDF-1.7\n...", "pdf"),
        (b"\r\n%PDF-1.4 junk before the header", "pdf"),
        (b"\x89PNG\r\n\x1a\n....", "png"),
        (b"\xff\xd8\xff\xe0....", "jpeg"),
        (b"II*\x00....", "tiff"),
        (b"MM\x00*....", "tiff"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "webp"),
        (b"GIF89a....", "gif"),
        (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00", "heic"),
        (b"<?xml version='1.0'?><Invoice/>", ""),
        (b"PK\x03\x04 a zip", ""),
    ],
)
def test_sniff(data, expected):
    assert document.sniff(data) == expected


def test_type_comes_from_the_bytes_not_the_name():
    with document.load(make_pdf(), "scan.png") as doc:
        assert (doc.kind, doc.format) == ("pdf", "pdf")
    png = image_bytes(Image.new("RGB", (40, 30), "white"), "PNG")
    with document.load(png, "invoice.pdf") as doc:
        assert (doc.kind, doc.format) == ("image", "png")


# --- PDFs ---------------------------------------------------------------------------------------


def test_text_pdf_pages_text_and_render():
    with document.load(make_pdf(pages=2), "bill.pdf") as doc:
        assert doc.kind == "pdf"
        assert doc.page_count == 2
        assert [p.index for p in doc.pages] == [0, 1]
        assert not doc.truncated and doc.warnings == []
        page = doc.pages[1]
        assert page.has_text
        assert "2024-001" in page.text() and "(page 2)" in page.text()
        assert round(page.width) == 595 and round(page.height) == 842
        image = page.render(72)
        assert image.mode == "L"
        assert abs(image.width - 595) <= 1 and abs(image.height - 842) <= 1
        assert page.render(72) is image  # cached per dpi
        assert abs(page.render(144).width - 1191) <= 1
        assert page.render(72, grayscale=False).mode == "RGB"
        # Black text on white paper: some dark pixels, mostly white.
        assert image.getextrema() == (0, 255) or image.getextrema()[0] < 100


def test_pdf_without_text_layer_has_no_text():
    with document.load(make_pdf(text="")) as doc:
        assert doc.page_count == 1
        assert not doc.pages[0].has_text
        assert not doc.has_text
        assert doc.pages[0].render(50).getextrema() == (255, 255)  # a blank page


def test_plumber_gives_the_text_layer_of_kept_pages():
    with document.load(make_pdf(pages=3), max_pages=2) as doc:
        plumber = doc.plumber()
        assert doc.plumber() is plumber
        assert len(plumber.pages) == 2  # page 1 and the last page
        assert "(page 3)" in plumber.pages[1].extract_text()
        assert doc.pages[1].plumber_page().extract_text() == plumber.pages[1].extract_text()
    assert doc.plumber() is None  # closed


def test_two_hundred_pages_are_truncated_quickly_and_keep_the_last_page():
    data = make_pdf(pages=200)
    started = time.perf_counter()
    doc = document.load(data, max_pages=50)
    opening = time.perf_counter() - started
    with doc:
        assert opening < 0.5
        assert doc.page_count == 200
        assert doc.truncated
        assert len(doc.pages) == 50
        assert [p.index for p in doc.pages[:2]] == [0, 1]
        assert doc.pages[-2].index == 48
        assert doc.pages[-1].index == 199
        assert "(page 200)" in doc.pages[-1].text()
        assert doc.warnings == [msg("pages_limited", count=200, last=49, limit=50)]
        assert "200 pages" in doc.warnings[0].text


def test_owner_password_only_pdf_is_read():
    encryption = pdfencrypt.StandardEncryption(
        "", ownerPassword="owner-secret", canPrint=0, canModify=0, canCopy=0
    )
    with document.load(make_pdf(encrypt=encryption)) as doc:
        assert doc.page_count == 1
        assert "2024-001" in doc.pages[0].text()
        assert "2024-001" in doc.plumber().pages[0].extract_text()


def test_pdf_with_user_password_is_encrypted():
    assert code_of(make_pdf(encrypt="secret")) == "encrypted"


@pytest.mark.parametrize("fraction", [0.05, 0.3, 0.6, 0.95])
def test_truncated_pdf_is_corrupt(fraction):
    data = make_pdf(pages=2)
    assert code_of(data[: int(len(data) * fraction)]) == "corrupt"


def test_pdf_header_followed_by_garbage_is_corrupt():
    assert code_of(b"%PDF-1.4\n" + bytes(range(256)) * 8) == "corrupt"


def test_pdf_without_pages_is_empty():
    buffer = io.BytesIO()
    canvas.Canvas(buffer).save()  # a page tree with no page
    empty = buffer.getvalue()
    assert code_of(empty) == "empty"
    # pdfium's error code is global: a failure just before must not change the answer.
    assert code_of(make_pdf(encrypt="secret")) == "encrypted"
    assert code_of(empty) == "empty"
    assert code_of(make_pdf()[:500]) == "corrupt"
    assert code_of(empty) == "empty"


def test_empty_and_unsupported_files():
    assert code_of(b"") == "empty"
    assert code_of(b"Just a text file, not an invoice.") == "unsupported"
    assert code_of(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic") == "unsupported"


def test_file_above_max_bytes_is_too_large():
    data = make_pdf()
    assert code_of(data, max_bytes=len(data) - 1) == "too_large"
    with document.load(data, max_bytes=len(data)) as doc:
        assert doc.page_count == 1


def test_huge_pdf_page_renders_within_the_pixel_limit():
    data = make_pdf(pagesize=(14400, 14400))  # 200 x 200 inches
    with document.load(data, max_pixels=4_000_000) as doc:
        image = doc.pages[0].render(200)
        assert image.width * image.height <= 4_000_000
        assert image.width > 1900


def test_embedded_files_are_listed():
    pdf = pdfium.PdfDocument(make_pdf())
    pdf.new_attachment("factur-x.xml").set_data(b"<x>1</x>")
    pdf.new_attachment("notes.txt").set_data(b"hello")
    buffer = io.BytesIO()
    pdf.save(buffer)
    pdf.close()
    with document.load(buffer.getvalue()) as doc:
        assert sorted(doc.embedded_files()) == [
            ("factur-x.xml", b"<x>1</x>"),
            ("notes.txt", b"hello"),
        ]
    with document.load(make_pdf()) as doc:
        assert doc.embedded_files() == []


# --- images -------------------------------------------------------------------------------------


def test_png_is_one_page_image():
    data = image_bytes(Image.new("RGB", (300, 200), (10, 200, 30)), "PNG")
    with document.load(data) as doc:
        assert (doc.kind, doc.page_count, len(doc.pages)) == ("image", 1, 1)
        page = doc.pages[0]
        assert (page.width, page.height) == (300, 200)
        assert not page.has_text
        assert page.text() == ""
        assert doc.plumber() is None
        assert doc.embedded_files() == []
        image = page.render(150)
        assert image.mode == "RGB" and image.getpixel((5, 5)) == (10, 200, 30)


def test_jpeg_exif_orientation_is_applied():
    image = Image.new("RGB", (300, 100), "white")
    exif = image.getexif()
    exif[0x0112] = 6  # rotated 90° clockwise
    with document.load(image_bytes(image, "JPEG", exif=exif)) as doc:
        assert doc.pages[0].render().size == (100, 300)


def test_transparent_and_palette_images_become_rgb_or_l():
    rgba = Image.new("RGBA", (20, 10), (0, 0, 0, 0))
    with document.load(image_bytes(rgba, "PNG")) as doc:
        rendered = doc.pages[0].render()
        assert rendered.mode == "RGB" and rendered.getpixel((0, 0)) == (255, 255, 255)
    bilevel = Image.new("1", (20, 10), 1)
    with document.load(image_bytes(bilevel, "TIFF")) as doc:
        assert doc.pages[0].render().mode == "L"
    with document.load(image_bytes(Image.new("P", (20, 10)), "GIF")) as doc:
        assert doc.pages[0].render().mode in ("L", "RGB")
    webp = image_bytes(Image.new("RGB", (20, 10), "white"), "WEBP")
    with document.load(webp) as doc:
        assert doc.format == "webp" and doc.pages[0].render().size == (20, 10)


def test_multi_page_tiff():
    frames = [Image.new("L", (60, 80), shade) for shade in (0, 100, 200)]
    data = image_bytes(frames[0], "TIFF", save_all=True, append_images=frames[1:])
    with document.load(data) as doc:
        assert doc.page_count == 3
        assert [p.render().getpixel((1, 1)) for p in doc.pages] == [0, 100, 200]
    with document.load(data, max_pages=2) as doc:
        assert doc.truncated
        assert [p.index for p in doc.pages] == [0, 2]
        assert doc.pages[1].render().getpixel((1, 1)) == 200


@pytest.mark.parametrize(("width", "height"), [(9000, 9000), (100_000, 100_000), (60_001, 1000)])
def test_image_above_max_pixels_is_refused_from_its_header(width, height):
    started = time.perf_counter()
    assert code_of(png_header(width, height)) == "image_too_large"
    assert time.perf_counter() - started < 0.5  # nothing was decoded


def test_max_pixels_parameter():
    data = image_bytes(Image.new("L", (200, 200), 255), "PNG")
    assert code_of(data, max_pixels=39_999) == "image_too_large"
    with document.load(data, max_pixels=40_000) as doc:
        assert doc.pages[0].render().size == (200, 200)


def test_truncated_or_damaged_images_are_corrupt():
    jpeg = image_bytes(Image.new("RGB", (400, 300), "white"), "JPEG")
    assert code_of(jpeg[:300]) == "corrupt"
    assert code_of(png_header(100, 100)) == "corrupt"  # header fine, pixel data missing
    assert code_of(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40) == "corrupt"


def test_closed_document_frees_its_resources():
    doc = document.load(make_pdf())
    page = doc.pages[0]
    page.render(50)
    doc.close()
    doc.close()  # idempotent
    with pytest.raises(ExtractionError):
        page.render(60)


def test_pdf_text_pages_answers_without_rendering():
    assert document.pdf_text_pages(make_pdf(), max_pages=10) is True
    assert document.pdf_text_pages(make_pdf(text=""), max_pages=10) is False
    assert document.pdf_text_pages(b"%PDF-1.7 broken", max_pages=10) is None
    assert document.pdf_text_pages(b"", max_pages=10) is None
