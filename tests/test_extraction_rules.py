"""Header-field rules on text lines (fincycle.extraction.rules): synthetic layouts and, when the
sample set is present, real text PDFs."""

import json
from datetime import date
from pathlib import Path

import pytest

from fincycle.extraction import text as pdftext
from fincycle.extraction.model import TextLine
from fincycle.extraction.rules import extract_from_lines

SAMPLES = Path("/work/shared/samples/ocr")  # the development set (skipped where absent)


def layout(rows, size=9.0):
    """TextLines from (text, x0, top) rows; the width follows the text length."""
    return [
        TextLine(text, 0, x0, top, x0 + 0.5 * size * len(text), top + size)
        for text, x0, top in rows
    ]


SWISS_LETTER = [
    ("Muster Elektro AG", 50, 40),
    ("Industriestrasse 12", 50, 52),
    ("8005 Zürich", 50, 64),
    ("Tel. 044 123 45 67", 50, 76),
    ("Kunde Beispiel GmbH", 320, 140),
    ("Seestrasse 5", 320, 152),
    ("3000 Bern", 320, 164),
    ("Rechnung", 50, 240),
    ("Rechnungsnummer", 50, 270),
    ("Datum", 200, 270),
    ("Fällig am", 350, 270),
    ("R-2024-0815", 50, 281),
    ("05.03.2024", 200, 281),
    ("04.04.2024", 350, 281),
    ("Kundennummer: 4711", 50, 300),
    ("Ihre Bestellung: PO-778", 50, 312),
    ("Ihre MWST-Nr.: CHE-645.809.099 MWST", 50, 324),
    ("Total CHF 1'234.50", 300, 500),
    ("Muster Elektro AG · Industriestrasse 12 · 8005 Zürich", 150, 790),
    ("MWST-Nr. CHE-327.434.769 MWST", 200, 802),
    ("IBAN CH93 0076 2011 6238 5295 7", 200, 814),
]


def test_swiss_letter_vendor_customer_and_column_labels():
    ext = extract_from_lines(layout(SWISS_LETTER))
    assert ext.value("vendor_name") == "Muster Elektro AG"
    assert ext.field_confidence("vendor_name") >= 0.8
    assert ext.value("customer_name") == "Kunde Beispiel GmbH"
    assert ext.value("vendor_vat") == "CHE327434769"  # not the customer's id
    assert ext.field_confidence("vendor_vat") >= 0.95
    assert ext.value("vendor_company_registry") == "CHE-327.434.769"
    assert ext.value("vendor_iban") == "CH9300762011623852957"
    assert (ext.value("vendor_street"), ext.value("vendor_zip"), ext.value("vendor_city")) == (
        "Industriestrasse 12",
        "8005",
        "Zürich",
    )
    assert ext.value("vendor_country") == "CH"
    assert ext.value("invoice_number") == "R-2024-0815"  # not the customer number
    assert ext.value("invoice_date") == date(2024, 3, 5)
    assert ext.value("due_date") == date(2024, 4, 4)
    assert ext.value("po_number") == "PO-778"
    assert ext.value("language") == "de"
    assert ext.value("payment_reference") is None


def test_customer_hints_exclude_the_receiving_company():
    # Two address blocks and no other clue: the hint tells which one is ours.
    rows = [
        ("Alpha Handel AG", 50, 40),
        ("Hauptgasse 1", 50, 52),
        ("4500 Solothurn", 50, 64),
        ("Beta Bau GmbH", 50, 150),
        ("Werkstrasse 9", 50, 162),
        ("6003 Luzern", 50, 174),
        ("Rechnung Nr. 2024-17", 50, 240),
    ]
    plain = extract_from_lines(layout(rows))
    assert plain.value("vendor_name") == "Alpha Handel AG"
    hinted = extract_from_lines(layout(rows), customer_hints=["Alpha Handel AG"])
    assert hinted.value("vendor_name") != "Alpha Handel AG"
    assert hinted.value("customer_name") == "Alpha Handel AG"
    assert hinted.value("invoice_number") == "2024-17"


def test_own_vat_id_is_never_the_vendor_vat():
    rows = [*SWISS_LETTER[:8], ("UID CHE-645.809.099", 200, 802)]
    ext = extract_from_lines(layout(rows), own_vat_ids=["CHE-645.809.099 MWST"])
    assert ext.value("vendor_vat") is None


def test_italian_invoice_with_values_on_the_same_line():
    rows = [
        ("Rossi Forniture S.r.l.", 50, 40),
        ("Via Roma 10", 50, 52),
        ("6900 Lugano", 50, 64),
        ("Spett.le", 320, 140),
        ("Bianchi SA", 320, 152),
        ("Via Nassa 3", 320, 164),
        ("6901 Lugano", 320, 176),
        ("Fattura n. 2024/117", 50, 240),
        ("Data fattura: 5 maggio 2024", 50, 252),
        ("Scadenza: 04/06/2024", 50, 264),
        ("Totale CHF 100.00", 300, 400),
        ("IVA CHE-327.434.769 IVA", 200, 800),
    ]
    ext = extract_from_lines(layout(rows))
    assert ext.value("vendor_name") == "Rossi Forniture S.r.l."
    assert ext.value("customer_name") == "Bianchi SA"
    assert ext.value("invoice_number") == "2024/117"
    assert ext.value("invoice_date") == date(2024, 5, 5)
    assert ext.value("due_date") == date(2024, 6, 4)
    assert ext.value("vendor_vat") == "CHE327434769"
    assert ext.value("language") == "it"


def test_ocr_text_without_spaces_and_letter_o_for_zero():
    rows = [
        ("BlancFournituresSA", 130, 120),
        ("15 Rue Victor Hugo", 130, 160),
        ("44000Nantes", 130, 190),
        ("Maison Colibri SARL", 130, 310),
        ("8 Rue desCarmes", 130, 340),
        ("31000 Toulouse", 130, 370),
        ("FACTURE", 125, 520),
        ("Numero defacture:", 125, 580),
        ("FAC-24-79496", 360, 580),
        ("Date de facture:22/O9/2024", 125, 610),
        ("Paiementa 45joursfin demois.", 135, 1070),
        ("TVA : FR31155886443", 570, 1620),
        ("SIRET : 155 886 443 00052", 550, 1640),
    ]
    ext = extract_from_lines(layout(rows, size=25), source="ocr")
    assert ext.value("vendor_name") == "BlancFournituresSA"
    assert ext.value("vendor_zip") == "44000"
    assert ext.value("customer_name") == "Maison Colibri SARL"
    assert ext.value("invoice_number") == "FAC-24-79496"
    assert ext.value("invoice_date") == date(2024, 9, 22)
    assert ext.value("vendor_vat") == "FR31155886443"
    assert ext.value("vendor_company_registry") == "15588644300052"
    assert ext.value("due_date") is None  # only payment terms are printed
    assert ext.value("language") == "fr"
    assert ext.fields["invoice_number"].source == "ocr"


def test_us_dates_and_payment_communication():
    rows = [
        ("Azure Corp", 30, 47),
        ("4557 De Silva St", 30, 62),
        ("Fremont CA 94538", 30, 77),
        ("Invoice INV/2023/03/0008", 30, 208),
        ("Invoice Date:", 30, 248),
        ("Due Date:", 215, 248),
        ("03/20/2023", 30, 263),
        ("04/04/2023", 215, 263),
        ("Please use the following communication for your payment : 202309097001", 30, 600),
    ]
    ext = extract_from_lines(layout(rows))
    assert ext.value("invoice_number") == "INV/2023/03/0008"
    assert ext.value("invoice_date") == date(2023, 3, 20)
    assert ext.value("due_date") == date(2023, 4, 4)
    assert ext.value("payment_reference") == "202309097001"
    assert ext.value("payment_reference_type") is None
    assert ext.value("vendor_name") == "Azure Corp"
    assert ext.value("language") == "en"


def test_qr_payment_part_gives_payee_and_reference():
    rows = [
        ("Konto / Zahlbar an", 335, 567),
        ("CH44 3199 9123 0008 8901 2", 335, 577),
        ("Robert Schneider AG", 335, 587),
        ("Rue du Lac 1268", 335, 597),
        ("2501 Biel", 335, 607),
        ("Referenz", 335, 625),
        ("21 00000 00003 13947 14300 09017", 335, 635),
        ("Zahlbar durch", 335, 680),
        ("Pia-Maria Rutschmann-Schnyder", 335, 690),
    ]
    ext = extract_from_lines(layout(rows))
    assert ext.value("vendor_name") == "Robert Schneider AG"
    assert ext.value("vendor_iban") == "CH4431999123000889012"
    assert ext.value("payment_reference") == "210000000003139471430009017"
    assert ext.value("payment_reference_type") == "QRR"
    assert ext.field_confidence("payment_reference") >= 0.95
    assert ext.value("vendor_city") == "Biel"


def test_text_lines_split_columns():
    words = [
        {"text": "Seller", "x0": 50, "x1": 80, "top": 100, "bottom": 110},
        {"text": "SA", "x0": 83, "x1": 95, "top": 100, "bottom": 110},
        {"text": "Buyer", "x0": 340, "x1": 370, "top": 101, "bottom": 111},
        {"text": "GmbH", "x0": 373, "x1": 400, "top": 101, "bottom": 111},
        {"text": "Next", "x0": 50, "x1": 70, "top": 114, "bottom": 124},
    ]
    lines = pdftext.split_words_into_lines(words)
    assert [ln.text for ln in lines] == ["Seller SA", "Buyer GmbH", "Next"]
    assert (lines[1].x0, lines[1].x1) == (340, 400)
    assert pdftext.lines_text(lines) == "Seller SA\nBuyer GmbH\nNext"


def _sample(name):
    manifest = SAMPLES / "manifest.json"
    if not manifest.exists():
        pytest.skip("sample set not available")
    docs = {d["id"]: d for d in json.loads(manifest.read_text())["documents"]}
    doc = docs[name]
    lines = pdftext.pdf_text_lines((SAMPLES / doc["file"]).read_bytes())
    return doc, extract_from_lines(lines)


@pytest.mark.parametrize("name", ["real_oca_akretion_france", "sample_ch_010", "sample_fr_014"])
def test_sample_pdfs_match_ground_truth(name):
    doc, ext = _sample(name)
    assert ext.value("vendor_name").casefold() == doc["vendor_name"].casefold()
    assert ext.value("vendor_vat") == doc["vendor_vat"]
    assert ext.value("invoice_number") == doc["invoice_number"]
    assert ext.value("invoice_date").isoformat() == doc["invoice_date"]
    assert ext.value("due_date").isoformat() == doc["due_date"]
    assert ext.value("payment_reference") == doc["payment_reference"]
    assert ext.value("vendor_iban") == doc["vendor_iban"]
    assert ext.value("language") == doc["language"]
    if doc.get("customer_name"):
        assert ext.value("customer_name") == doc["customer_name"]


def test_rotated_legal_notice_is_read():
    _doc, ext = _sample("real_oca_bouygues_telecom")
    assert ext.value("vendor_vat") == "FR74397480930"
    assert ext.value("vendor_name").casefold() == "bouygues telecom"
    assert ext.value("invoice_number") == "11608848301659"
    assert ext.value("due_date") == date(2019, 11, 16)


def test_pdfium_and_pdfplumber_give_the_same_lines():
    pdfplumber = pytest.importorskip("pdfplumber")
    path = SAMPLES / "files" / "sample_ch_004.pdf"
    if not path.exists():
        pytest.skip("sample set not available")
    fast = [ln.text for ln in pdftext.pdf_text_lines(path.read_bytes())]
    with pdfplumber.open(path) as pdf:
        slow = [ln.text for ln in pdftext.pdf_lines(pdf)]
    assert "Rechnungsnummer:" in fast
    assert "IBAN CH79 0070 0451 7951 3927 5" in " ".join(fast)
    assert len(set(fast) ^ set(slow)) <= 2
