"""Amount rules on synthetic text lines (FR/DE/IT/EN) and on the sample PDFs."""

import json
from decimal import Decimal
from pathlib import Path

import pytest

from fincycle.extraction.amount_rows import fold
from fincycle.extraction.amounts import build_rows, classify, extract_amounts
from fincycle.extraction.model import Extraction, TextLine

D = Decimal
SAMPLES = Path("/work/shared/samples/ocr")  # the development set (skipped where absent)


def page(*texts: str, page_no: int = 0, start: float = 50.0) -> list[TextLine]:
    """One TextLine per text, 14 points apart, like a PDF text layer."""
    return [
        TextLine(t, page_no, 50.0, start + 14 * i, 500.0, start + 14 * i + 10)
        for i, t in enumerate(texts)
    ]


def run(lines: list[TextLine]) -> Extraction:
    ext = Extraction()
    extract_amounts(lines, ext, None)
    return ext


def taxes(ext: Extraction) -> set[tuple]:
    return {(t.rate, t.base, t.amount) for t in ext.taxes}


def test_german_two_rates_rounding_and_lines():
    ext = run(
        page(
            "Muster Handel AG",
            "Rechnung Nr. 2024-0117",
            "Pos. Bezeichnung Menge Einzelpreis MWST Betrag",
            "1 Kaffeebohnen 1 kg 10 12.50 2.6% 125.00",
            "2 Beratung 2 150.00 8.1% 300.00",
            "Zwischensumme 425.00",
            "MWST 2.6% von 125.00 3.25",
            "MWST 8.1% von 300.00 24.30",
            "Rundung -0.05",
            "Total inkl. MWST CHF 452.50",
        )
    )
    assert ext.value("document_type") == "invoice"
    assert ext.value("currency") == "CHF"
    assert ext.value("amount_untaxed") == D("425.00")
    assert ext.value("amount_tax") == D("27.55")
    assert ext.value("amount_rounding") == D("-0.05")
    assert ext.value("amount_total") == D("452.50")
    assert ext.field_confidence("amount_total") >= 0.95
    assert taxes(ext) == {(D("2.6"), D("125.00"), D("3.25")), (D("8.1"), D("300.00"), D("24.30"))}
    assert ext.taxes_confidence >= 0.9
    assert [
        (ln.description, ln.quantity, ln.price_unit, ln.tax_rate, ln.subtotal) for ln in ext.lines
    ] == [
        ("Kaffeebohnen 1 kg", D(10), D("12.50"), D("2.6"), D("125.00")),
        ("Beratung", D(2), D("150.00"), D("8.1"), D("300.00")),
    ]
    assert not ext.prices_include_tax


def test_french_credit_note_amounts_are_positive():
    ext = run(
        page(
            "Fournitures Dupont SARL",
            "AVOIR N° AV-2025-012",
            "Avoir sur facture F-2025-101",
            "Total HT -1 000,00 €",
            "TVA 20 % -200,00 €",
            "Total TTC -1 200,00 €",
        )
    )
    assert ext.value("document_type") == "credit_note"
    assert ext.value("currency") == "EUR"
    assert (ext.value("amount_untaxed"), ext.value("amount_tax"), ext.value("amount_total")) == (
        D("1000.00"),
        D("200.00"),
        D("1200.00"),
    )
    assert taxes(ext) == {(D(20), D("1000.00"), D("200.00"))}


def test_italian_invoice():
    ext = run(
        page(
            "Fattura n. 45/2025 del 12/03/2025",
            "Descrizione Quantità Prezzo IVA Importo",
            "Consulenza 10 100,00 22% 1.000,00",
            "Imponibile 1.000,00",
            "IVA 22% 220,00",
            "Totale fattura € 1.220,00",
        )
    )
    assert ext.value("document_type") == "invoice"
    assert ext.value("currency") == "EUR"
    assert ext.value("amount_untaxed") == D("1000.00")
    assert ext.value("amount_tax") == D("220.00")
    assert ext.value("amount_total") == D("1220.00")
    assert taxes(ext) == {(D(22), D("1000.00"), D("220.00"))}
    assert len(ext.lines) == 1 and ext.lines[0].subtotal == D("1000.00")


def test_english_multi_page_carried_forward_is_not_the_total():
    first = page(
        "TAX INVOICE 4471",
        "Description Qty Unit price Amount",
        "Consulting 4 100.00 400.00",
        "Carried forward £400.00",
    )
    second = page(
        "Brought forward £400.00",
        "Travel 1 400.00 400.00",
        "Subtotal 800.00",
        "VAT 20% 160.00",
        "Total £960.00",
        "Amount due £960.00",
        page_no=1,
    )
    ext = run(first + second)
    assert ext.value("currency") == "GBP"
    assert ext.value("amount_total") == D("960.00")
    assert ext.value("amount_untaxed") == D("800.00")
    assert ext.value("amount_tax") == D("160.00")
    assert taxes(ext) == {(D(20), D("800.00"), D("160.00"))}


def test_page_subtotal_above_the_final_total():
    ext = run(
        page(
            "Rechnung 99",
            "Bezeichnung Menge Preis Betrag",
            "Montage 3 100.00 300.00",
            "Total Montage 300.00",
            "Material 2 50.00 100.00",
            "Total Material 100.00",
            "Total exkl. MWST 400.00",
            "MWST 8.1% 32.40",
            "Total CHF 432.40",
        )
    )
    assert ext.value("amount_total") == D("432.40")
    assert ext.value("amount_untaxed") == D("400.00")
    assert ext.value("amount_tax") == D("32.40")


def test_prices_including_vat_give_net_bases():
    ext = run(
        page(
            "Rechnung 2025-77",
            "Preise inkl. MWST",
            "Total CHF 1'789.20",
            "MWST 8.1% von 1'232.83 92.38",
            "MWST 2.6% von 556.38 14.10",
            "Rundungsdifferenz CHF -0.01",
        )
    )
    assert ext.prices_include_tax
    assert ext.value("amount_total") == D("1789.20")
    assert ext.value("amount_tax") == D("106.48")
    assert ext.value("amount_untaxed") == D("1682.73")
    assert taxes(ext) == {(D("8.1"), D("1140.45"), D("92.38")), (D("2.6"), D("542.28"), D("14.10"))}


def test_vat_summary_table_without_labels():
    ext = run(
        page(
            "Facture 2024.38079",
            "Total HT 4'175.98",
            "TVA 279.78",
            "Total TTC 4'455.76",
            "Récapitulatif TVA",
            "Taux Base HT Montant TVA",
            "8.1 % 3'112.87 252.14",
            "2.6 % 1'063.11 27.64",
        )
    )
    assert ext.value("amount_total") == D("4455.76")
    assert taxes(ext) == {
        (D("8.1"), D("3112.87"), D("252.14")),
        (D("2.6"), D("1063.11"), D("27.64")),
    }
    assert ext.field_confidence("amount_tax") >= 0.95


def test_item_line_with_a_vat_word_is_not_a_vat_amount():
    ext = run(
        page(
            "Invoice VT/2022/0001",
            "Description Quantity Unit Price Taxes Amount",
            "[CONS_0001] Whiteboard Pen 15.00 Units 100.00 TVA 20% 1,500.00 €",
            "[CONS_25630] Screw 45.00 Units 0.20 TVA 20% 9.00 €",
            "Subtotal 1,509.00 €",
            "TVA 20% 301.80 €",
            "Total 1,810.80 €",
        )
    )
    assert taxes(ext) == {(D(20), D("1509.00"), D("301.80"))}
    assert ext.value("amount_total") == D("1810.80")
    assert [ln.subtotal for ln in ext.lines] == [D("1500.00"), D("9.00")]


def test_qr_bill_amount_alone_is_a_low_confidence_total():
    ext = run(page("Zahlteil", "Währung Betrag", "CHF 1 449.90"))
    assert ext.value("amount_total") == D("1449.90")
    assert ext.value("currency") == "CHF"
    assert ext.field_confidence("amount_total") < 0.9


def test_ocr_boxes_of_one_row_are_joined_despite_skew():
    # Labels on the left, values on the right and 12 px higher (skewed scan), as OCR boxes.
    boxes = []
    for i, (label, value) in enumerate(
        [("Total HT", "169,56"), ("TVA 5,5 %", "9,33"), ("Total TTC", "178,89 €")]
    ):
        top = 900 + 40 * i
        boxes.append(TextLine(label, 0, 670, top, 790, top + 30, 0.97))
        boxes.append(TextLine(value, 0, 1500, top - 12, 1600, top + 18, 0.95))
    boxes += [
        TextLine(
            f"word{i}",
            0,
            100 + 150 * (i % 9),
            100 + 40 * (i // 9) - 0.013 * (100 + 150 * (i % 9)),
            200 + 150 * (i % 9),
            130 + 40 * (i // 9) - 0.013 * (100 + 150 * (i % 9)),
            0.9,
        )
        for i in range(18)
    ]
    rows = build_rows(boxes)
    assert any(r.text == "Total TTC 178,89 €" for r in rows)
    ext = run(boxes)
    assert ext.value("amount_total") == D("178.89")
    assert ext.value("amount_tax") == D("9.33")
    assert ext.fields["amount_total"].source == "ocr"


def test_terms_and_conditions_are_not_an_invoice():
    ext = run(
        page(
            "Allgemeine Geschäftsbedingungen",
            "1. Geltungsbereich",
            "Rechnungen sind innert 30 Tagen zahlbar. Verzugszins 5 %.",
            "2. Gerichtsstand ist Zürich.",
        )
    )
    assert ext.value("document_type") == "not_an_invoice"
    assert ext.value("amount_total") is None


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("total ttc", "total"),
        ("total inkl. mwst", "total"),
        ("rechnungsbetrag", "total"),
        ("totale fattura", "total"),
        ("total ht", "untaxed"),
        ("total exkl. mwst", "untaxed"),
        ("imponibile", "untaxed"),
        ("net total", "untaxed"),
        ("zwischensumme", "subtotal"),
        ("sous-total", "subtotal"),
        ("mwst 8.1% von", "tax"),
        ("total tva", "tax"),
        ("iva 22%", "tax"),
        ("net a payer", "due"),
        ("zu bezahlen", "due"),
        ("balance due", "due"),
        ("ubertrag", "carried"),
        ("rundungsdifferenz", "rounding"),
        ("arrondi", "rounding"),
        ("n° tva", "ignore"),
        ("mwst-nr.", "ignore"),
    ],
)
def test_classify_labels(label, kind):
    assert classify(label) == kind


# --- the sample PDFs (skipped when the shared samples are not there) ------------------------

needs_samples = pytest.mark.skipif(
    not (SAMPLES / "manifest.json").exists(), reason="samples not available"
)


def _pdf_lines(name: str) -> list[TextLine]:
    pdfplumber = pytest.importorskip("pdfplumber")
    lines = []
    with pdfplumber.open(SAMPLES / "files" / name) as pdf:
        for no, pg in enumerate(pdf.pages):
            for ln in pg.extract_text_lines():
                lines.append(TextLine(ln["text"], no, ln["x0"], ln["top"], ln["x1"], ln["bottom"]))
    return lines


def _truth(doc_id: str) -> dict:
    docs = json.loads((SAMPLES / "manifest.json").read_text())["documents"]
    return next(d for d in docs if d["id"] == doc_id)


@needs_samples
@pytest.mark.parametrize(
    "doc_id",
    [
        "real_oca_bouygues_telecom",
        "real_i2d_azure_interior",
        "sample_ch_003",
        "sample_ch_009",
        "sample_fr_005",
    ],
)
def test_sample_pdfs(doc_id):
    truth = _truth(doc_id)
    ext = run(_pdf_lines(Path(truth["file"]).name))
    assert ext.value("document_type") == truth["document_type"]
    assert ext.value("currency") == truth["currency"]
    for name in ("amount_untaxed", "amount_tax", "amount_total"):
        assert ext.value(name) == D(str(truth[name])).quantize(D("0.01")), name
    expected = {
        (
            D(str(t["rate"])),
            D(str(t["base"])).quantize(D("0.01")),
            D(str(t["amount"])).quantize(D("0.01")),
        )
        for t in truth["taxes"]
    }
    assert {(t.rate, t.base, t.amount) for t in ext.taxes} == expected
    if truth.get("lines"):
        assert [(ln.quantity, ln.price_unit, ln.subtotal) for ln in ext.lines] == [
            (
                D(str(x["quantity"])),
                D(str(x["price_unit"])),
                D(str(x["subtotal"])).quantize(D("0.01")),
            )
            for x in truth["lines"]
        ]


def test_amount_printed_below_its_label():
    ext = run(
        page("Invoice 12", "Net total 100.00", "VAT 8.1% 8.10", "Total amount due", "CHF 108.10")
    )
    assert ext.value("amount_total") == D("108.10")
    assert ext.field_confidence("amount_total") >= 0.95


def row_of(*boxes: tuple[str, float], top: float = 40.0) -> list[TextLine]:
    """Boxes of one visual row (text, left x), like two columns of a letterhead."""
    return [TextLine(t, 0, x, top, x + 6 * len(t), top + 10) for t, x in boxes]


@pytest.mark.parametrize(
    "rows",
    [
        ("Imponibile -1'000.00", "IVA 8.1% su -1'000.00 -81.00", "Totale documento -1'081.00"),
        ("Net total 1'000.00-", "VAT 8.1% on 1'000.00- 81.00-", "Total 1'081.00-"),
        ("Net total (1'000.00)", "VAT 8.1% on (1'000.00) (81.00)", "Total (1'081.00)"),
    ],
)
def test_credit_note_printed_negative_keeps_base_and_vat_apart(rows):
    ext = run(page("Credit note 17", *rows))
    assert ext.value("document_type") == "credit_note"
    assert (ext.value("amount_untaxed"), ext.value("amount_tax"), ext.value("amount_total")) == (
        D("1000.00"),
        D("81.00"),
        D("1081.00"),
    )
    assert taxes(ext) == {(D("8.1"), D("1000.00"), D("81.00"))}


def test_rounding_of_a_negative_credit_note_changes_sign():
    ext = run(
        page(
            "Nota di credito n. 12",
            "Imponibile -10'134.34",
            "IVA 8.1% su -10'134.34 -820.88",
            "Arrotondamento 0.02",
            "Totale documento -10'955.20",
        )
    )
    assert ext.value("amount_untaxed") == D("10134.34")
    assert ext.value("amount_rounding") == D("-0.02")
    assert ext.field_confidence("amount_total") >= 0.95


@pytest.mark.parametrize(
    "title",
    [
        [("GUTSCHRIFTSANZEIGE", 50.0)],
        [("Lemoine & Dumont SAS", 50.0), ("Avoir", 450.0)],
        [("LEMOINE & DUMONT SAS AVOIR", 50.0)],
        [("Credit memo CM-2024-7", 50.0)],
    ],
)
def test_credit_note_titles(title):
    lines = row_of(*title) + page("Net 100.00", "VAT 20% 20.00", "Total 120.00", start=80.0)
    assert run(lines).value("document_type") == "credit_note"


def test_credit_note_known_by_its_total_label_or_negative_total():
    labelled = run(page("Muster AG", "Netto 100.00", "MwSt 8.1% 8.10", "Gutschriftsbetrag 108.10"))
    assert labelled.value("document_type") == "credit_note"
    assert labelled.value("amount_total") == D("108.10")
    negative = run(page("Muster AG", "Net 100.00", "VAT 20% -20.00", "Total -120.00"))
    assert negative.value("document_type") == "credit_note"
    plain = run(page("Invoice 12", "Il faut avoir payé", "Net 100.00", "Total 100.00"))
    assert plain.value("document_type") == "invoice"


def test_exempt_invoice_with_a_zero_rate_row():
    ext = run(
        page(
            "Invoice 7",
            "Net amount: £ 18,406.03",
            "VAT @ 0% on 18,406.03 £ 0.00",
            "Total due: £ 18,406.03",
        )
    )
    assert ext.value("amount_tax") == D("0.00")
    assert taxes(ext) == {(D(0), D("18406.03"), D("0.00"))}


def test_zero_rate_row_beside_another_rate():
    ext = run(
        page(
            "Rechnung 5",
            "Pos. Bezeichnung Anzahl Preis MwSt. Gesamt",
            "1 Montage 12 80.58 19% 966.96",
            "2 Auslagen (nicht steuerbar) 1 12.64 0% 12.64",
            "Zwischensumme: EUR 979.60",
            "USt. 19% von 966.96 EUR 183.72",
            "USt. 0% von 12.64 EUR 0.00",
            "Rechnungsbetrag: EUR 1163.32",
        )
    )
    assert ext.value("amount_untaxed") == D("979.60")
    assert taxes(ext) == {(D(19), D("966.96"), D("183.72")), (D(0), D("12.64"), D("0.00"))}
    assert [ln.tax_rate for ln in ext.lines] == [D(19), D(0)]


def test_zero_rate_base_from_the_vat_table():
    ext = run(
        page(
            "Invoice 9",
            "Net amount 11,363.20",
            "VAT 20 % 1,183.43",
            "VAT 0 % 0.00",
            "Total incl. VAT 12,546.63",
            "VAT rate Net VAT Gross",
            "20 % 5,917.15 1,183.43 7,100.58",
            "0 % 5,446.05 0.00 5,446.05",
        )
    )
    assert taxes(ext) == {
        (D(20), D("5917.15"), D("1183.43")),
        (D(0), D("5446.05"), D("0.00")),
    }


def test_zero_rate_kept_out_when_not_printed_with_a_base():
    bare = run(page("Invoice 3", "Net 100.00", "VAT 8.1% 8.10", "VAT 0% 0.00", "Total 108.10"))
    assert taxes(bare) == {(D("8.1"), D("100.00"), D("8.10"))}
    # No VAT row, but the page says why: one 0 % row of that category (taxes.py).
    exempt = run(page("Invoice 4", "Net 500.00", "Total 500.00", "Exempt from VAT"))
    assert [(t.rate, t.base, t.amount, t.category) for t in exempt.taxes] == [
        (D(0), D("500.00"), D("0.00"), "E")
    ]
    plain = run(page("Invoice 6", "Net 500.00", "Total 500.00"))
    assert plain.taxes == []
    # An item at 0 % is no VAT row: there is no printed 0.00 after its amount.
    item = run(page("Invoice 5", "Book 2 12.50 0% 25.00", "Total 25.00"))
    assert item.taxes == []


def test_vat_included_line_glued_to_an_abbreviation():
    ext = run(
        page(
            "FATTURA",
            "Subtotale 2'230.87 CHF",
            "Arrotondamento -0.02 CHF",
            "Totale da pagare: 2'230.85 CHF",
            "IVA inclusa:",
            "Aliq.8.1% su 2'230.87 167.16",
        )
    )
    assert (ext.value("amount_untaxed"), ext.value("amount_tax")) == (D("2063.71"), D("167.16"))
    assert taxes(ext) == {(D("8.1"), D("2063.71"), D("167.16"))}
    assert ext.prices_include_tax


def test_printed_vat_rows_that_add_up_are_very_sure():
    ext = run(page("Invoice 1", "Net 100.00", "VAT 8.1% on 100.00 8.10", "Total 108.10"))
    assert ext.taxes_confidence >= 0.97


def test_credit_deducted_on_an_invoice_does_not_make_a_credit_note():
    ext = run(
        page(
            "Muster AG",
            "Netto 200.00",
            "abzgl. Gutschriftsbetrag -50.00",
            "MwSt 8.1% von 150.00 12.15",
            "Total 162.15",
        )
    )
    assert ext.value("document_type") == "invoice"
    assert ext.value("amount_total") == D("162.15")


def test_exempt_invoice_with_a_bare_zero_rate_row_uses_the_untaxed_amount():
    ext = run(page("Facture 8", "Total HT 500,00", "TVA 0 % 0,00", "Total TTC 500,00"))
    assert (ext.value("amount_untaxed"), ext.value("amount_tax")) == (D("500.00"), D("0.00"))
    assert taxes(ext) == {(D(0), D("500.00"), D("0.00"))}


def test_zero_rate_row_with_only_its_base():
    # no VAT amount printed: none is made up (the rate and its base are read)
    ext = run(page("Rechnung 3", "Netto 1'000.00", "MWST 0% 1'000.00", "Total CHF 1'000.00"))
    assert ext.value("amount_tax") is None
    assert ext.value("amount_untaxed") == D("1000.00")
    assert taxes(ext) == {(D(0), D("1000.00"), None)}


@pytest.mark.parametrize(
    "title",
    [
        "Facture d'avoir FA-12",
        "Avis de crédit 2024-3",
        "Nota credito 7/2024",
        "Stornorechnung 88",
        "RECHNUNGS-KORREKTUR Seite 1",
        "Rechnungs-Korrektur Nr. RK-7",
    ],
)
def test_more_credit_note_titles(title):
    ext = run(page(title, "Net 100.00", "VAT 20% 20.00", "Total 120.00"))
    assert ext.value("document_type") == "credit_note"


def test_an_amount_due_after_a_prepayment_is_said_and_the_total_kept():
    ext = run(
        page(
            "Schlussrechnung Nr. 210113",
            "Rechnungssumme ohne USt. 14.100,00",
            "Steuerbetrag 19 % 2.679,00",
            "Bruttosumme 16.779,00",
            "Erhaltene Anzahlungen 10.000,00",
            "Zahlbetrag 6.779,00",
        )
    )
    assert ext.value("amount_total") == D("16779.00")
    (warning,) = [w for w in ext.warnings if w.code == "amount_due_differs"]
    assert warning.params["due_amount"] == "6779.00"


def test_no_prepayment_no_amount_due_warning():
    ext = run(page("Rechnung Nr. 5", "Netto 100.00", "MwSt 8.1% 8.10", "Zahlbetrag 108.10"))
    assert not [w for w in ext.warnings if w.code == "amount_due_differs"]


@pytest.mark.parametrize(
    ("title", "expected", "sure"),
    [
        ("Gutschrift (Selbst ausgestellte Rechnung) (389) Nr. 47110818", "invoice", False),
        ("Abrechnungsgutschrift Nr. 12", "invoice", False),
        ("Autofacturation n° 12", "invoice", False),
        ("Gutschrift Nr. 12", "credit_note", False),  # German: may be self-billing too
        ("Gutschrift zu Rechnung 11", "credit_note", True),
        ("Avoir n° 12", "credit_note", True),
    ],
)
def test_self_billing_and_credit_note_titles(title, expected, sure):
    ext = run(page(title, "Netto 100.00", "MwSt 8.1% 8.10", "Total 108.10"))
    field = ext.fields["document_type"]
    assert field.value == expected
    assert (field.confidence >= 0.9) is sure


def test_a_bare_dollar_is_the_dollar_of_the_vendors_country():
    nz = run(
        page("Harbour Glaziers Limited", "Auckland, New Zealand", "GST $15.00", "Total $115.00")
    )
    assert nz.value("currency") == "NZD"
    au = run(page("Outback Supplies Pty Ltd", "Sydney NSW 2000, Australia", "Total $110.00"))
    assert au.value("currency") == "AUD"
    # the ANZ bank's name says nothing of the vendor's country
    anz = run(page("Bank: Australia and New Zealand Banking Group", "Total $110.00"))
    assert anz.value("currency") == "NZD"
    us = run(page("Sydney, Australia", "All prices are in US dollars.", "Total $110.00"))
    assert us.value("currency") == "USD"
    plain = run(page("Acme Inc.", "Total $110.00"))
    assert plain.value("currency") == "USD"
    both = run(page("Auckland, New Zealand", "Shipping from Canada", "Total $110.00"))
    assert both.value("currency") == "USD"  # two countries: the symbol's default


def test_a_word_is_no_country_code_for_the_currency():
    # "FILM 260.00" once read as a Finnish VAT id, hence euros, on a page without any currency
    ext = run(page("TRAVEL 22.00 22.00", "FILM 260.00 260.00", "TOTAL 282.00"))
    assert ext.value("currency") in (None, "")


def _box(text, x0, top, width=None):
    return TextLine(text, 0, x0, top, x0 + (width or 4.5 * len(text)), top + 8)


def test_totals_in_columns_under_their_labels_beside_a_vat_table():
    lines = [
        _box("Base", 70, 426),
        _box("Rate", 180, 426),
        _box("VAT", 237, 426),
        _box("400.00", 70, 440),
        _box("5.5%", 180, 440),
        _box("22.00", 237, 440),
        _box("Total HT", 344, 440),
        _box("Total TVA", 540, 440),
        _box("Total TTC", 658, 440),
        _box("100.00", 70, 451),
        _box("20%", 182, 451),
        _box("20.00", 237, 451),
        _box("500,00", 431, 454),
        _box("42,00", 554, 454),
        _box("542,00", 669, 454),
    ]
    ext = run(lines)
    assert ext.value("amount_untaxed") == D("500.00")
    assert ext.value("amount_tax") == D("42.00")
    assert ext.value("amount_total") == D("542.00")


def test_column_labels_over_amounts_that_do_not_add_up_are_no_totals():
    # a line-item table: its column headers over the first item
    lines = [
        _box("Prix Net", 400, 200),
        _box("Montant TVA", 500, 200),
        _box("Total TTC", 600, 200),
        _box("12,00", 400, 214),
        _box("2,40", 500, 214),
        _box("99,00", 600, 214),
    ]
    cands = run(lines).value("amount_total")
    assert cands != D("99.00")


def test_a_till_slip_is_a_receipt_an_invoice_paid_by_card_stays_an_invoice():
    slip = run(
        page(
            "Drogerie Markt",
            "Pohlweg 110",
            "Summe 3,55",
            "BAR EUR 5,55",
            "Rückgeld EUR 2,00",
            "Terminal-ID 65421895",
        )
    )
    assert slip.value("document_type") == "receipt"
    one_mark = run(page("Drogerie Markt", "Summe 3,55", "Rückgeld EUR 2,00"))
    assert one_mark.value("document_type") == "invoice"
    invoice = run(
        page("Rechnung Nr. 2024-17", "Kartenzahlung", "Terminal-ID 65421895", "Gesamt EUR 39,00")
    )
    assert invoice.value("document_type") == "invoice"


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Bedrag exclusief btw", "untaxed"),
        ("Totaal exclusief BTW", "untaxed"),
        ("Totaal inclusief BTW", "total"),
        ("Factuurbedrag", "total"),
        ("Eindtotaal", "total"),
        ("Te voldoen", "due"),
        ("Importe neto", "untaxed"),
        ("Total s/ IVA", "untaxed"),
        ("Total c/ IVA", "total"),
        ("Valor sem IVA", "untaxed"),
        ("Total ilíquido", "subtotal"),
    ],
)
def test_dutch_spanish_portuguese_total_labels(label, kind):
    assert classify(fold(label)) == kind


def test_dutch_totals_with_exclusief_and_te_voldoen():
    ext = run(
        page(
            "Bedrag exclusief btw € 1.000,00",
            "21% btw over € 1.000,00 € 210,00",
            "Te voldoen € 1.210,00",
        )
    )
    assert ext.value("amount_untaxed") == D("1000.00")
    assert ext.value("amount_tax") == D("210.00")
    assert ext.value("amount_total") == D("1210.00")


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("Grand Total ₹ 2,360.00", "INR"),
        ("Total Amount Rs. 2,360.00", "INR"),
        ("Total: Rs 2360.00", "INR"),
        ("Valor total R$ 2.360,00", "BRL"),
    ],
)
def test_rupee_and_real_symbols_give_the_currency(line, code):
    ext = run(page("Invoice No. 41", line))
    assert ext.value("currency") == code
    assert ext.value("amount_total") == D("2360.00")


def test_mrs_is_no_rupee():
    ext = run(page("Invoice No. 41", "Mrs. Dalton", "Total 2,360.00 EUR"))
    assert ext.value("currency") == "EUR"


def _items_page(header, items, totals):
    """A line-item table (one box per cell) and the totals under it."""
    lines, top = [], 200.0
    for cells in [header, *items]:
        for cell, x in zip(cells, (60.0, 260.0, 320.0, 400.0, 480.0), strict=True):
            lines.append(TextLine(cell, 0, x, top, x + 4.5 * len(cell), top + 9))
        top += 13
    for k, text in enumerate(totals):
        lines.append(TextLine(text, 0, 400.0, 400.0 + 13 * k, 400 + 4.5 * len(text), 409 + 13 * k))
    return lines


@pytest.mark.parametrize(
    ("header", "totals", "expected"),
    [
        # 22,80 on 120,00 is 19 %, but the items say 21 % of 100,00 and 9 % of 20,00
        (("Omschrijving", "Aantal", "Prijs", "BTW", "Bedrag"),
         ("Subtotaal 120,00", "BTW 22,80", "Totaal 142,80"),
         {(D("21"), D("100.00"), D("21.00")), (D("9"), D("20.00"), D("1.80"))}),
        (("Concepto", "Cant.", "Precio", "IVA", "Importe"),
         ("Base imponible 120,00", "IVA 22,80", "Total 142,80"),
         {(D("21"), D("100.00"), D("21.00")), (D("9"), D("20.00"), D("1.80"))}),
        (("Descrição", "Qtd.", "Preço", "IVA", "Valor"),
         ("Total sem IVA 120,00", "IVA 22,80", "Total 142,80"),
         {(D("21"), D("100.00"), D("21.00")), (D("9"), D("20.00"), D("1.80"))}),
    ],
)  # fmt: skip
def test_rates_of_the_items_win_over_a_rate_implied_by_the_vat_total(header, totals, expected):
    items = [("Hamer", "2", "50,00", "21%", "100,00"), ("Brood", "1", "20,00", "9%", "20,00")]
    ext = run(_items_page(header, items, totals))
    assert len(ext.lines) == 2
    assert taxes(ext) == expected
