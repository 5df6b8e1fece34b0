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
    # ... but it says whom the bill is addressed to.
    assert ext.value("customer_vat") == "CHE645809099"


def test_customer_vat_number_is_read_apart_from_the_vendor_one():
    ext = extract_from_lines(layout(SWISS_LETTER))  # "Ihre MWST-Nr.: CHE-645.809.099 MWST"
    assert ext.value("customer_vat") == "CHE645809099"
    assert ext.value("vendor_vat") == "CHE327434769"
    without = [row for row in SWISS_LETTER if not row[0].startswith("Ihre MWST")]
    assert extract_from_lines(layout(without)).value("customer_vat") is None


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


# --- header fields on varied layouts -------------------------------------------------------------

ITALIAN_CREDIT_NOTE = [
    ("ELETTRO ESEMPIO S.N.C.", 190, 45),
    ("Via Roma, 38 · 20121 Milano (MI)", 220, 67),
    ("Tel. +39 02 123 45 67 · info@esempio.it", 210, 78),
    ("Spett.le", 50, 105),
    ("Officine Clienti S.p.A.", 50, 117),
    ("Via Emilia, 22", 50, 129),
    ("41121 Modena (MO)", 50, 141),
    ("NOTA DI CREDITO", 220, 200),
    ("Nota di credito n.", 55, 234),
    ("Data", 180, 234),
    ("Codice cliente", 300, 234),
    ("NC 2024.0815", 55, 245),
    ("09-08-2024", 180, 245),
    ("695719", 300, 245),
    ("Vs. P.IVA: 07654320055", 50, 268),
    ("Rif.: fattura n. 46226/2024 del 30-06-2024", 50, 300),
    ("Totale documento EUR -1.234,50", 300, 500),
    ("Elettro Esempio S.n.c. · Via Roma, 38 · 20121 Milano (MI)", 200, 775),
    ("Partita IVA 01234560017 · REA MI-1558740", 180, 784),
]


def test_italian_credit_note_vendor_vat_and_own_number():
    ext = extract_from_lines(layout(ITALIAN_CREDIT_NOTE))
    # the province "(MI)" does not hide the addresses: "Spett.le" marks the customer
    assert ext.value("customer_name") == "Officine Clienti S.p.A."
    assert ext.value("vendor_name") == "Elettro Esempio S.n.c."
    assert ext.value("vendor_city") == "Milano"
    # printed without "IT"; the customer's "Vs. P.IVA" is never the vendor's
    assert ext.value("vendor_vat") == "IT01234560017"
    # the credit note's own number, not the invoice it refers to ("Rif.: fattura n.")
    assert ext.value("invoice_number") == "NC 2024.0815"
    assert ext.value("invoice_date") == date(2024, 8, 9)


def test_title_line_number_and_date():
    cases = [
        ("Facture n° F 2023.74372 du 22/11/2023", "F 2023.74372", date(2023, 11, 22)),
        ("Rechnung Nr. RE 2024 0815 vom 25.9.2023", "RE 2024 0815", date(2023, 9, 25)),
        ("Fattura n. FT 2023.73354 del 31 marzo 2023", "FT 2023.73354", date(2023, 3, 31)),
        ("Invoice INV-77 dated March 3, 2023", "INV-77", date(2023, 3, 3)),
        ("Faktura Nr. 2024-CH-19494 vom 2024-11-11", "2024-CH-19494", date(2024, 11, 11)),
    ]
    for title, number, day in cases:
        rows = [("Muster Handel AG", 50, 40), (title, 50, 200), ("Total 100.00", 300, 400)]
        ext = extract_from_lines(layout(rows))
        assert (ext.value("invoice_number"), ext.value("invoice_date")) == (number, day), title


def test_spaced_number_stops_at_a_date_or_a_word():
    rows = [("Rechnung Nr. 4711 05.03.2024", 50, 100), ("Invoice no. INV 2025 Page 1", 50, 130)]
    ext = extract_from_lines(layout(rows[:1]))
    assert ext.value("invoice_number") == "4711"
    assert ext.value("invoice_date") is None or ext.value("invoice_date") == date(2024, 3, 5)
    ext = extract_from_lines(layout(rows[1:]))
    assert ext.value("invoice_number") == "INV 2025"


def test_vendor_block_labels_are_not_part_of_the_name():
    rows = [
        ("Fournisseur", 56, 90),
        ("Client", 311, 90),
        ("Jaquier Imprimerie SA", 56, 102),
        ("Seeland Immobilien AG", 311, 102),
        ("Rue du Rhône 17", 56, 113),
        ("Marktgasse 32", 311, 113),
        ("1700 Fribourg", 56, 124),
        ("3011 Bern", 311, 124),
        ("Facture n° F-2023-1 du 22.09.2023", 50, 200),
    ]
    ext = extract_from_lines(layout(rows))
    assert ext.value("vendor_name") == "Jaquier Imprimerie SA"
    assert ext.value("customer_name") == "Seeland Immobilien AG"
    for label in ("From", "Supplier:", "Lieferant", "Fornitore"):
        rows[0] = (label, 56, 90)
        assert extract_from_lines(layout(rows)).value("vendor_name") == "Jaquier Imprimerie SA"


def test_vendor_name_wrapped_in_the_header_is_completed_from_the_footer():
    rows = [
        ("Müller", 20, 49),
        ("Treuhand GmbH & Co. KG", 20, 60),
        ("Nordwind Logistik GmbH", 180, 81),
        ("Hafenstrasse 46", 180, 93),
        ("Industriestraße 22", 20, 93),
        ("D-20095 Hamburg", 20, 104),
        ("4057 Basel", 180, 105),
        ("Rechnung Nr. 48780/2023", 180, 214),
        ("Müller Treuhand GmbH & Co. KG", 165, 774),
        ("Industriestraße 22", 165, 783),
        ("20095 Hamburg", 165, 791),
    ]
    ext = extract_from_lines(layout(rows))
    assert ext.value("vendor_name") == "Müller Treuhand GmbH & Co. KG"
    assert ext.value("customer_name") == "Nordwind Logistik GmbH"


def test_gb_vat_and_uk_customer_block():
    rows = [
        ("Northbridge Data Ltd", 50, 44),
        ("VAT Reg. No.: 123 4567 82", 50, 60),
        ("Client", 311, 90),
        ("Bluebell Catering Ltd", 311, 102),
        ("15 King Street", 311, 113),
        ("Bristol BS1 4EF", 311, 124),
        ("VAT GB 987 6543 21", 311, 135),
        ("Tax Invoice no. 82349/2025 dated 2025-08-16", 50, 200),
        ("Due: 2025-09-05", 50, 221),
    ]
    ext = extract_from_lines(layout(rows))
    assert ext.value("customer_name") == "Bluebell Catering Ltd"
    assert ext.value("vendor_vat") == "GB123456782"
    assert ext.value("invoice_number") == "82349/2025"
    assert ext.value("invoice_date") == date(2025, 8, 16)
    assert ext.value("due_date") == date(2025, 9, 5)


def test_dot_leader_labels():
    rows = [
        ("Muster Handel AG", 50, 40),
        ("Rechnungsnummer ........ 32543/2023", 50, 248),
        ("Datum .................. 11.11.2023", 50, 259),
        ("Leistungsdatum ......... 25.10.2023", 50, 292),
        ("Invoice no. .....", 50, 320),
    ]
    ext = extract_from_lines(layout(rows))
    assert ext.value("invoice_number") == "32543/2023"
    assert ext.value("invoice_date") == date(2023, 11, 11)
    # leaders printed as their own column between the label and the value
    rows = [("Datum", 50, 100), ("..........", 120, 100), ("11.11.2023", 200, 100)]
    assert extract_from_lines(layout(rows)).value("invoice_date") == date(2023, 11, 11)


@pytest.mark.parametrize(
    "line",
    [
        "Zahlungsziel: 10.04.2024",
        "Due: 10.04.2024",
        "Please pay by 10.04.2024",
        "Payable by 10.04.2024",
        "A régler avant le 10.04.2024",
        "Da pagare entro il 10.04.2024",
        "Scadenza pagamento 10.04.2024",
    ],
)
def test_due_date_labels(line):
    rows = [("Rechnung Nr. 4711", 50, 100), ("Rechnungsdatum 11.03.2024", 50, 112), (line, 50, 124)]
    ext = extract_from_lines(layout(rows))
    assert ext.value("due_date") == date(2024, 4, 10)
    assert ext.value("invoice_date") == date(2024, 3, 11)


def test_invoice_date_is_not_the_end_of_the_payment_terms():
    rows = [
        ("Facture n°", 55, 234),
        ("Date d'émission", 180, 234),
        ("F-1", 55, 245),
        ("25 octobre 2025", 180, 245),
        ("Payable à 30 jours date de facture (24 novembre 2025)", 50, 500),
    ]
    assert extract_from_lines(layout(rows)).value("invoice_date") == date(2025, 10, 25)


def test_value_row_under_a_label_row_is_read_by_column():
    labels = [("Rechnungsnr.", 50, 200), ("Datum", 200, 200), ("Fälligkeit", 350, 200)]
    # the values read as one line (narrow gaps): cut under each label
    merged = TextLine("R-2024-0815 05.03.2024 04.04.2024", 0, 50, 211, 410, 220)
    ext = extract_from_lines([*layout(labels), merged])
    assert ext.value("invoice_number") == "R-2024-0815"
    assert ext.value("invoice_date") == date(2024, 3, 5)
    assert ext.value("due_date") == date(2024, 4, 4)
    # right-aligned values wider than their label stay in their column
    rows = [("Nr.", 120, 200), ("Datum", 250, 200)]
    values = [
        TextLine("R-2024-0815", 0, 80, 211, 135, 220),
        TextLine("05.03.2024", 0, 220, 211, 272, 220),
    ]
    ext = extract_from_lines([*layout(rows), *values])
    assert ext.value("invoice_date") == date(2024, 3, 5)


def test_iban_of_the_invoice_currency():
    rows = [
        ("Muster Handel AG", 50, 40),
        ("Rechnung Nr. 4711", 50, 200),
        ("Total EUR 1'234.50", 300, 500),
        ("CHF-Konto: IBAN CH93 0076 2011 6238 5295 7", 50, 780),
        ("EUR-Konto: IBAN CH85 0076 7000 E524 8055 1", 50, 792),
    ]
    ext = extract_from_lines(layout(rows))
    assert ext.value("currency") == "EUR"
    assert ext.value("vendor_iban") == "CH8500767000E52480551"


def test_a_service_period_in_the_title_is_not_the_invoice_date():
    rows = [
        ("Muster Handel AG", 50, 40),
        ("Rechnung für Leistungen vom 01.03.2024 bis 31.03.2024", 50, 200),
        ("Invoice for the period of 1 March 2024", 50, 220),
    ]
    assert extract_from_lines(layout(rows)).value("invoice_date") is None


def test_italian_customer_salutation_on_the_name_line():
    rows = [
        ("Forniture Esempio S.r.l.", 50, 40),
        ("Via Roma, 12 · 20121 Milano (MI)", 50, 54),
        ("Spett.le Officine Clienti S.p.A.", 320, 130),
        ("Via Emilia, 22", 320, 142),
        ("41121 Modena (MO)", 320, 154),
        ("Fattura n. 2024/17 del 03/04/2024", 50, 220),
        ("Pagina 1 di 1", 480, 800),
    ]
    ext = extract_from_lines(layout(rows))
    assert ext.value("customer_name") == "Officine Clienti S.p.A."
    assert ext.value("vendor_name") == "Forniture Esempio S.r.l."
    assert ext.value("invoice_number") == "2024/17"
    assert ext.value("invoice_date") == date(2024, 4, 3)


def test_a_printed_vat_id_with_wrong_check_digits_is_kept_and_never_trusted():
    rows = [
        ("Muster Bau GmbH", 50, 40),
        ("USt.-Id.-Nr.: DE123456789", 50, 52),
        ("Rechnung Nr. 471102 vom 05.03.2026", 50, 200),
        ("Nettobetrag 100,00", 300, 400),
        ("USt. 19 % 19,00", 300, 412),
        ("Gesamtbetrag EUR 119,00", 300, 424),
    ]
    ext = extract_from_lines(layout(rows))
    vat = ext.fields["vendor_vat"]
    assert vat.value == "DE123456789" and vat.confidence < 0.5
    # with a valid one on the page, the valid one wins
    valid = [*rows, ("Steuer-Nr. / USt-IdNr. DE811569869", 50, 700)]
    assert extract_from_lines(layout(valid)).value("vendor_vat") == "DE811569869"


def test_a_customer_vat_id_with_wrong_check_digits_is_not_the_vendors():
    rows = [
        ("Muster Bau GmbH", 50, 40),
        ("Rechnung Nr. 471102 vom 05.03.2026", 50, 200),
        ("Ihre USt-IdNr.: DE123456789", 50, 212),
        ("Gesamtbetrag EUR 119,00", 300, 424),
    ]
    assert extract_from_lines(layout(rows)).value("vendor_vat") is None


def test_french_payment_advice_reference_label():
    rows = [
        ("Facture n° FA-2026-0042 du 05/03/2026", 50, 200),
        ("RÉFÉRENCE AVIS DE PAIEMENT : F20260042BUYER", 50, 212),
        ("Total TTC 120,00 €", 300, 424),
    ]
    assert extract_from_lines(layout(rows)).value("payment_reference") == "F20260042BUYER"


def test_new_zealand_gst_number_is_the_vendor_tax_id_and_abn_its_registry():
    nz = extract_from_lines(
        layout(
            [
                ("Harbour Glaziers Limited", 50, 40),
                ("12 Quay Street, Auckland 1010", 50, 52),
                ("GST No: 49-091-850", 50, 64),
                ("Tax Invoice", 350, 64),
                ("Invoice No. 5521", 350, 80),
                ("Sub-Total $100.00", 350, 300),
                ("GST $15.00", 350, 312),
                ("Total $115.00", 350, 324),
            ]
        )
    )
    assert nz.value("vendor_vat") == "49091850"
    au = extract_from_lines(
        layout(
            [
                ("Outback Supplies Pty Ltd", 50, 40),
                ("ABN: 51 824 753 556", 50, 52),
                ("Tax Invoice", 350, 64),
                ("Total $110.00", 350, 324),
            ]
        )
    )
    assert au.value("vendor_vat") is None
    assert au.value("vendor_company_registry") == "51824753556"


def test_the_vat_id_matching_the_printed_registry_number_is_the_vendors():
    rows = [
        ("Facture No 7001 du 07/02/23", 26, 40),
        ("TVA CEE : FR96552100554", 300, 100),
        ("Identifiant TVA : FR44732829320", 22, 300),
        ("RCS : ANNONAY B 732829320", 22, 312),
        ("Page 1/1", 500, 800),
    ]
    assert extract_from_lines(layout(rows)).value("vendor_vat") == "FR44732829320"
    # the registry number of the other one: the other one
    rows[3] = ("RCS : LYON B 552100554", 22, 312)
    assert extract_from_lines(layout(rows)).value("vendor_vat") == "FR96552100554"
