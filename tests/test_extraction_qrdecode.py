"""Swiss QR-bill decoding: QR codes drawn here (qrcode + reportlab / Pillow) on PDF pages and
images, the choice of pages to render, the mapping to bill fields with confidences, and the
QR samples of the shared OCR set when present (all 10 must give the ground truth)."""

import io
import json
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import qrcode
from PIL import Image
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from fincycle.extraction import document, qrbill, qrdecode
from fincycle.extraction.messages import msg

QR_IBAN = "CH4431999123000889012"
IBAN = "CH5800791123000889012"
QRR = "210000000003139471430009017"
SCOR = "RF18539007547034"


def payload(
    iban=QR_IBAN,
    creditor=("S", "Robert Schneider AG", "Rue du Lac", "1268", "2501", "Biel", "CH"),
    amount="1949.75",
    currency="CHF",
    debtor=("S", "Pia Rutschmann", "Marktgasse", "28", "9400", "Rorschach", "CH"),
    reference_type="QRR",
    reference=QRR,
    message="Rechnung Nr. 2024-0815",
    billing="",
):
    lines = ["SPC", "0200", "1", iban, *creditor, *[""] * 7, amount, currency, *debtor]
    lines += [reference_type, reference, message, "EPD"]
    if billing:
        lines.append(billing)
    return "\r\n".join(lines)


def qr_image(text: str, box: int = 6) -> Image.Image:
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=box, border=4)
    code.add_data(text.encode("utf-8"))
    return code.make_image(fill_color="black", back_color="white").convert("L")


def pdf_with_qr(pages: list[dict]) -> bytes:
    """One page per dict: ``text`` lines, and ``qr`` a payload drawn 46 mm wide at the
    bottom right (where the payment part is)."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    for spec in pages:
        y = 800
        for line in spec.get("text", []):
            pdf.drawString(60, y, line)
            y -= 16
        if spec.get("qr"):
            image = ImageReader(qr_image(spec["qr"]))
            pdf.drawImage(image, 67 * mm, 42 * mm, width=46 * mm, height=46 * mm)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


FILLER = [f"Position {n}: Beratung und Umsetzung, 4 h à CHF 120.00 = CHF 480.00" for n in range(8)]


# --- decoding -----------------------------------------------------------------------------------


def test_decode_image_reads_rotated_codes():
    text = payload()
    page = Image.new("L", (1240, 1750), 255)
    page.paste(qr_image(text, box=4), (700, 1200))
    assert qrdecode.decode_image(page) == [text]
    assert qrdecode.decode_image(page.rotate(180)) == [text]
    assert qrdecode.decode_image(page.rotate(90, expand=True)) == [text]
    assert qrdecode.decode_image(page.rotate(3, fillcolor=255)) == [text]
    assert qrdecode.decode_image(Image.new("L", (800, 600), 255)) == []


def test_qr_bill_on_the_last_page_of_a_text_pdf():
    text = payload()
    data = pdf_with_qr(
        [
            {"text": ["Rechnung Nr. 2024-0815", *FILLER]},
            {"text": ["Empfangsschein", "Zahlteil", "Konto / Zahlbar an"], "qr": text},
        ]
    )
    with document.load(data) as doc:
        assert [p.index for p in qrdecode.candidate_pages(doc)] == [1]
        found = qrdecode.find_qr_bills(doc)
    assert len(found) == 1
    page, bill = found[0]
    assert page == 1
    assert bill.is_valid
    assert (bill.iban, bill.amount, bill.reference) == (QR_IBAN, Decimal("1949.75"), QRR)


def test_qr_without_captions_is_found_on_the_last_page():
    # The payment part pasted as a picture: no caption in the text layer.
    data = pdf_with_qr([{"text": FILLER}, {"text": FILLER}, {"text": FILLER, "qr": payload()}])
    with document.load(data) as doc:
        assert [p.index for p in qrdecode.candidate_pages(doc)] == [2, 0]
        assert [page for page, _ in qrdecode.find_qr_bills(doc)] == [2]


def test_pages_without_text_are_all_tried_and_duplicates_dropped():
    text = payload()
    data = pdf_with_qr(
        [{"qr": text}, {"text": FILLER}, {"qr": text}, {"qr": payload(amount="5.00")}]
    )
    with document.load(data) as doc:
        candidates = [p.index for p in qrdecode.candidate_pages(doc)]
        assert candidates == [1, 0, 2, 3]
        found = qrdecode.find_qr_bills(doc)
    assert [(page, bill.amount) for page, bill in found] == [
        (0, Decimal("1949.75")),
        (3, Decimal("5.00")),
    ]


def test_other_qr_codes_are_ignored():
    data = pdf_with_qr([{"text": ["Receipt", *FILLER], "qr": "https://example.com/track/123"}])
    with document.load(data) as doc:
        assert qrdecode.find_qr_bills(doc) == []


def test_broken_payload_is_returned_with_its_errors():
    data = pdf_with_qr([{"text": ["Payment part"], "qr": payload(iban="CH4431999123000889013")}])
    with document.load(data) as doc:
        [(_, bill)] = qrdecode.find_qr_bills(doc)
    assert not bill.is_valid
    assert any("IBAN" in error.text for error in bill.errors)


def test_scanned_image_upside_down():
    page = Image.new("L", (1654, 2339), 250)
    page.paste(qr_image(payload(), box=5), (600, 1700))
    buffer = io.BytesIO()
    page.rotate(180).save(buffer, "PNG")
    with document.load(buffer.getvalue()) as doc:
        [(index, bill)] = qrdecode.find_qr_bills(doc)
    assert index == 0 and bill.reference == QRR


def test_payment_part_words_in_every_language():
    for words in ("Zahlteil", "Section paiement", "Sezione pagamento", "Payment part", "Récépissé"):
        assert qrdecode.mentions_payment_part(f"xx {words} yy")
    assert not qrdecode.mentions_payment_part("Rechnung Nr. 12, zahlbar innert 30 Tagen")


# --- fields -------------------------------------------------------------------------------------


def test_qr_extraction_fields_and_confidence():
    result = qrdecode.qr_extraction(qrbill.parse(payload()))
    expected = {
        "vendor_iban": QR_IBAN,
        "vendor_name": "Robert Schneider AG",
        "vendor_street": "Rue du Lac 1268",
        "vendor_zip": "2501",
        "vendor_city": "Biel",
        "vendor_country": "CH",
        "customer_name": "Pia Rutschmann",
        "amount_total": Decimal("1949.75"),
        "currency": "CHF",
        "payment_reference": QRR,
        "payment_reference_type": "QRR",
        "invoice_number": "2024-0815",
        "document_type": "invoice",
    }
    assert {name: result.value(name) for name in expected} == expected
    assert all(result.fields[name].source == "qr" for name in expected)
    assert result.field_confidence("amount_total") == 0.99
    assert result.field_confidence("vendor_iban") == 0.99
    assert result.field_confidence("invoice_number") < 0.9  # read from free text
    assert result.errors == [] and result.warnings == []


def test_non_reference_and_combined_address():
    bill = qrbill.parse(
        payload(
            iban=IBAN,
            creditor=("K", "Muster AG", "Bahnhofstrasse 1", "8001 Zürich", "", "", "CH"),
            reference_type="NON",
            reference="",
            amount="",
            message="",
        )
    )
    assert bill.is_valid
    result = qrdecode.qr_extraction(bill)
    assert result.value("payment_reference") is None
    assert result.value("payment_reference_type") is None
    assert result.value("amount_total") is None
    assert result.value("document_type") is None
    assert (
        result.value("vendor_street"),
        result.value("vendor_zip"),
        result.value("vendor_city"),
    ) == (
        "Bahnhofstrasse 1",
        "8001",
        "Zürich",
    )
    assert result.warnings[0] == msg("qr_no_amount")


def test_scor_reference():
    result = qrdecode.qr_extraction(
        qrbill.parse(payload(iban=IBAN, reference_type="SCOR", reference=SCOR))
    )
    assert (result.value("payment_reference"), result.value("payment_reference_type")) == (
        SCOR,
        "SCOR",
    )
    assert result.field_confidence("payment_reference") == 0.99


def test_errors_lower_only_the_fields_they_concern():
    bill = qrbill.parse(payload(iban="CH4431999123000889013"))  # bad check digits
    result = qrdecode.qr_extraction(bill)
    assert result.value("vendor_iban") == "CH4431999123000889013"
    assert result.field_confidence("vendor_iban") < 0.7
    assert result.field_confidence("amount_total") == 0.99
    assert result.field_confidence("vendor_name") == 0.99
    assert any(w.code.startswith("qr_iban") for w in result.warnings)

    bill = qrbill.parse(payload(amount="12,50"))
    result = qrdecode.qr_extraction(bill)
    assert result.value("amount_total") is None
    assert result.field_confidence("vendor_iban") == 0.99


def test_shifted_lines_lower_every_field():
    text = payload().replace("\r\nCHF\r\n", "\r\nCHF\r\n\r\n")  # one line too many
    result = qrdecode.qr_extraction(qrbill.parse(text))
    assert max(f.confidence for f in result.fields.values()) <= 0.7


def test_swico_billing_information():
    billing = "//S1/10/10201409/11/240512/20/PO-4711/30/106017086/32/8.1:1000;2.6:200/40/2:10;0:30"
    result = qrdecode.qr_extraction(
        qrbill.parse(payload(amount="1286.20", message="", billing=billing))
    )
    assert result.value("invoice_number") == "10201409"
    assert result.field_confidence("invoice_number") == 0.99
    assert result.value("invoice_date") == date(2024, 5, 12)
    assert result.value("due_date") == date(2024, 6, 11)
    assert result.value("vendor_vat") == "CHE106017086"
    assert result.value("po_number") == "PO-4711"
    assert [(t.rate, t.base, t.amount) for t in result.taxes] == [
        (Decimal("8.1"), Decimal("1000"), Decimal("81.00")),
        (Decimal("2.6"), Decimal("200"), Decimal("5.20")),
    ]
    assert result.value("amount_untaxed") == Decimal("1200.00")
    assert result.value("amount_tax") == Decimal("86.20")


def test_swico_single_rate_and_inconsistent_amounts():
    billing = "//S1/10/R-1/32/8.1"
    result = qrdecode.qr_extraction(qrbill.parse(payload(message="", billing=billing)))
    assert [(t.rate, t.base, t.amount) for t in result.taxes] == [(Decimal("8.1"), None, None)]
    assert result.value("amount_untaxed") is None
    billing = "//S1/10/R-1/32/8.1:5000"  # net 5000 does not fit a total of 1949.75
    result = qrdecode.qr_extraction(qrbill.parse(payload(message="", billing=billing)))
    assert result.taxes[0].base == Decimal("5000")
    assert result.value("amount_untaxed") is None


@pytest.mark.parametrize(
    ("message", "number"),
    [
        ("Rechnung Nr. F2024-92160", "F2024-92160"),
        ("Facture n° 2024.38079", "2024.38079"),
        ("Invoice no. RE-2025-59649", "RE-2025-59649"),
        ("Fattura n. 33/2024", "33/2024"),
        ("Rechnungsnummer: 4711.", "4711"),
        ("Auftrag vom 15.06.2020", None),
        ("Merci pour votre commande", None),
        ("", None),
    ],
)
def test_invoice_number_from_message(message, number):
    assert qrdecode.invoice_number_from_message(message) == number


# --- shared samples -----------------------------------------------------------------------------

SAMPLES = Path("/work/shared/samples/ocr")


def _qr_samples():
    manifest = SAMPLES / "manifest.json"
    if not manifest.exists():
        return []
    documents = json.loads(manifest.read_text())["documents"]
    return [d for d in documents if d.get("has_qr_bill")]


@pytest.mark.skipif(not _qr_samples(), reason="shared OCR samples not present")
@pytest.mark.parametrize("truth", _qr_samples(), ids=lambda d: d["id"])
def test_samples_give_the_ground_truth(truth):
    data = (SAMPLES / truth["file"]).read_bytes()
    started = time.perf_counter()
    with document.load(data, truth["file"]) as doc:
        found = qrdecode.find_qr_bills(doc)
    elapsed = time.perf_counter() - started
    assert found, "no QR-bill found"
    result = qrdecode.qr_extraction(found[0][1])
    assert found[0][1].is_valid
    assert result.value("vendor_iban") == truth["vendor_iban"]
    assert result.value("amount_total") == Decimal(str(truth["amount_total"])).quantize(
        Decimal("0.01")
    )
    assert result.value("currency") == truth["currency"]
    assert result.value("payment_reference") == truth["payment_reference"]
    assert result.value("payment_reference_type") == truth["payment_reference_type"]
    assert result.value("vendor_name") == truth["vendor_name"]
    assert elapsed < 1.0
