"""Scan rules (third set), each on synthetic OCR boxes written for the test."""

from decimal import Decimal

import numpy as np
import pytest
from PIL import Image, ImageDraw

from fincycle.extraction import ocr
from fincycle.extraction.amount_rows import _ocr_clean, row_groups
from fincycle.extraction.amounts import build_rows, extract_amounts
from fincycle.extraction.model import Extraction, TextLine

D = Decimal


def run(lines: list[TextLine]) -> Extraction:
    ext = Extraction()
    extract_amounts(lines, ext, None)
    return ext


def box(text: str, x0: float, top: float, width: float = 0.0, height: float = 40.0) -> TextLine:
    return TextLine(text, 0, x0, top, x0 + (width or 16 * len(text)), top + height, 0.95)


def test_regular_rows_are_not_shifted_by_one_row_to_a_far_column():
    # A statement summary: labels on the left, amounts far right, rows at a regular pitch.
    # A slope that moves the right column up by one row also lines up every pair (and the
    # footer's two columns, by chance): the level reading must win.
    summary = [
        ("Hosting", "$4.10"),
        ("Charges", "$4.10"),
        ("Credits", "$0.00"),
        ("Tax", "$0.00"),
        ("Storage", "$1.20"),
        ("Charges", "$1.20"),
        ("VAT", "$0.00"),
        ("Transfer", "$2.90"),
        ("Charges", "$2.90"),
        ("VAT", "$0.00"),
        ("Total for this invoice", "$8.20"),
        ("Paid", "$0.00"),
    ]
    boxes = []
    for i, (label, amount) in enumerate(summary):
        boxes += [box(label, 150, 1100 + 60 * i), box(amount, 2025, 1100 + 60 * i, 75)]
    footer = [
        ("Questions? Write to us", "Service provider:"),
        ("Prices in US dollars", "Cloud Inc."),
    ]
    for j, (left, right) in enumerate(footer):
        boxes += [box(left, 150, 2000 + 130 * j), box(right, 2025, 1940 + 130 * j)]
    texts = [r.text for r in build_rows(boxes)]
    assert "Total for this invoice $8.20" in texts
    assert "Credits $0.00" in texts
    assert run(boxes).value("amount_total") == D("8.20")


def _grid(labels: list[str], rates: list[str], amounts: list[str], top: float = 1000.0):
    """A row of labels, a row of rates (blank where a column has none) and a row of amounts,
    each column 260 px wide, as OCR boxes."""
    boxes = []
    for k, (label, rate, amount) in enumerate(zip(labels, rates, amounts, strict=True)):
        x = 100 + 260 * k
        boxes.append(box(label, x, top, 230, 22))
        if rate:
            boxes.append(box(rate, x + 90, top + 26, 50, 22))
        boxes.append(box(amount, x + 40, top + 52, 150, 22))
    return boxes


def test_vat_table_in_columns_with_a_row_of_rates_between_labels_and_amounts():
    boxes = [box("Rechnung 4711", 100, 200, 300, 22)]
    boxes += _grid(
        ["Summe netto", "Summe netto", "zzgl. MwSt.", "zzgl. MwSt.", "Gesamtbetrag"],
        ["7 %", "19 %", "7 %", "19 %", ""],
        ["EUR 100,00", "EUR 200,00", "EUR 7,00", "EUR 38,00", "EUR 345,00"],
    )
    ext = run(boxes)
    assert ext.value("amount_untaxed") == D("300.00")
    assert ext.value("amount_tax") == D("45.00")
    assert ext.value("amount_total") == D("345.00")
    assert {(t.rate, t.base, t.amount) for t in ext.taxes} == {
        (D(7), D("100.00"), D("7.00")),
        (D(19), D("200.00"), D("38.00")),
    }


def test_vat_columns_a_label_without_rate_is_the_kinds_total_and_an_empty_rate_is_no_row():
    # 0 % column with nothing on it, a VAT column per rate and its total column.
    boxes = _grid(
        ["Net amount", "Net amount", "plus VAT", "VAT total", "Total incl. VAT"],
        ["0%", "20%", "20%", "", ""],
        ["EUR 0,00", "EUR 54,10", "EUR 10,82", "EUR 10,82", "EUR 64,92"],
    )
    ext = run(boxes)
    assert ext.value("amount_untaxed") == D("54.10")
    assert ext.value("amount_tax") == D("10.82")
    assert ext.value("amount_total") == D("64.92")
    assert {(t.rate, t.base, t.amount) for t in ext.taxes} == {(D(20), D("54.10"), D("10.82"))}


def test_vat_columns_that_do_not_add_up_give_no_totals_from_the_grid():
    boxes = _grid(
        ["Summe netto", "zzgl. MwSt.", "Gesamtbetrag"],
        ["19 %", "19 %", ""],
        ["EUR 100,00", "EUR 19,00", "EUR 150,00"],
    )
    ext = run(boxes)
    assert ext.value("amount_untaxed") != D("100.00") or ext.value("amount_total") != D("150.00")


def _rows(*texts: str, top: float = 300.0) -> list[TextLine]:
    """One OCR box per text, one row each, 30 px apart."""
    return [box(t, 80, top + 30 * i, 16 * len(t), 22) for i, t in enumerate(texts)]


def test_net_price_columns_and_no_vat_anywhere_make_the_total_the_untaxed_amount():
    ext = run(
        _rows(
            "Rechnung 2031",
            "Pos. Menge Beschreibung Einzelpreis Betrag",
            "ohne MwSt. ohne MwSt.",
            "1 2 Wartung Server 40,00 80,00",
            "2 1 Lizenz Backup 40,00 40,00",
            "Total EUR 120,00",
            "Zahlbar innert 30 Tagen netto",
        )
    )
    assert ext.value("amount_total") == D("120.00")
    assert ext.value("amount_untaxed") == D("120.00")
    assert ext.value("amount_tax") is None
    assert ext.field_confidence("amount_untaxed") < 0.9


def test_net_price_columns_with_a_rate_elsewhere_leave_the_untaxed_amount_open():
    ext = run(
        _rows(
            "Rechnung 2032",
            "Pos. Menge Beschreibung Einzelpreis Betrag",
            "ohne MwSt. ohne MwSt.",
            "1 2 Wartung Server 40,00 80,00",
            "Total EUR 95,20",
            "enthält 19 % MwSt.",
        )
    )
    assert ext.value("amount_untaxed") != D("95.20")


def test_a_price_table_naming_no_vat_gives_its_total_as_a_net_to_confirm():
    # No VAT word, rate or row anywhere: the total is the net (the public corpus's convention,
    # an export or a small business), but only as a guess below any bar that posts.
    ext = run(
        _rows(
            "Pos. Menge Beschreibung Einzelpreis Betrag",
            "1 2 Wartung Server 40,00 80,00",
            "Total EUR 80,00",
        )
    )
    assert ext.value("amount_untaxed") == D("80.00")
    assert ext.field_confidence("amount_untaxed") < 0.9


def _summary(*texts: str) -> Extraction:
    return run(_rows(*texts))


def test_letters_read_for_digits_inside_an_amount_or_a_rate():
    ext = _summary("Netto EUR 2O,OO", "MwSt l9% 3,8O", "Summe EUR 23,8O")
    assert ext.value("amount_untaxed") == D("20.00")
    assert ext.value("amount_total") == D("23.80")
    ext = _summary("Netto EUR 10,00", "MwSt l9% 1,90", "Summe EUR 1l,9O")
    assert (ext.value("amount_untaxed"), ext.value("amount_tax"), ext.value("amount_total")) == (
        D("10.00"),
        D("1.90"),
        D("11.90"),
    )
    assert {(t.rate, t.base, t.amount) for t in ext.taxes} == {(D(19), D("10.00"), D("1.90"))}


def test_a_semicolon_read_for_the_decimal_comma():
    ext = _summary("Netto 40,00", "MwSt 19 % 7,60", "Summe EUR 47;60")
    assert ext.value("amount_total") == D("47.60")
    assert ext.value("amount_untaxed") == D("40.00")


def test_lookalike_letters_outside_numbers_are_left_alone():
    assert _ocr_clean("ISO 9001 SOS") == "ISO 9001 SOS"
    assert _ocr_clean("Art. S 5,90") == "Art. S 5,90"
    assert _ocr_clean("Tel. 0l 23") == "Tel. 0l 23"


def test_digits_read_inside_a_total_label():
    for label in ("T0TAL", "5umme", "5UMME", "Surnme", "Gesamt"):
        ext = _summary("Netto 10,00", "MwSt 19% 1,90", f"{label} EUR 11,90")
        assert ext.value("amount_total") == D("11.90"), label
        assert ext.value("amount_untaxed") == D("10.00"), label
    ext = _summary("Nett0 10,00", "Mw5t 19% 1,90", "Summe 12,50")
    assert ext.value("amount_total") == D("12.50")
    assert ext.value("amount_untaxed") != D("10.00") or ext.value("amount_tax") != D("1.90")


@pytest.mark.skipif(not ocr.engine_available(), reason="rapidocr-onnxruntime is not installed")
def test_detector_input_through_the_byte_table_is_rapidocrs_own():
    det = ocr._get_engine().text_det
    table_op = det.get_preprocess(1600)  # the engine's, normalised through the table
    own_op = type(det).get_preprocess(det, 1600)  # RapidOCR's arithmetic
    assert table_op.normalize is not None
    rng = np.random.default_rng(7)
    page = rng.integers(0, 256, size=(96, 160, 3), dtype=np.uint8)
    page[:, :40] = 255  # white margin, black text strokes
    page[40:44, 60:150] = 0
    ours, theirs = table_op(page), own_op(page)
    assert ours.dtype == theirs.dtype == np.float32
    assert ours.shape == theirs.shape
    assert np.array_equal(ours, theirs)


def test_a_page_image_already_read_is_not_recognised_again(monkeypatch):
    calls = []

    def fake(img, page):
        calls.append(page)
        return [TextLine(f"Total {img.getpixel((0, 0))[0]}", page, 1, 2, 3, 4, 0.9)]

    monkeypatch.setattr(ocr, "_ocr_image", fake)
    monkeypatch.setattr(ocr, "_seen", {})
    original = Image.new("RGB", (40, 20), (200, 200, 200))
    copy_page = Image.new("RGB", (40, 20), (200, 200, 200))  # same pixels, another object
    other = Image.new("RGB", (40, 20), (10, 10, 10))
    first = ocr.ocr_image(original, page=0)
    again = ocr.ocr_image(copy_page, page=3)
    assert calls == [0]
    assert [(ln.text, ln.page, ln.top) for ln in again] == [("Total 200", 3, 2)]
    again[0].text = "changed by a caller"
    assert ocr.ocr_image(original, page=1)[0].text == "Total 200"
    assert first[0].page == 0
    assert ocr.ocr_image(other, page=2)[0].text == "Total 10"
    assert calls == [0, 2]


def test_a_letter_o_read_for_the_zero_of_a_rate():
    ext = _summary(
        "Milch 1,19", "SUMME EUR 5,03", "A 19,O% 1,13 0,22 1,35", "B 7,O% 3,44 0,24 3,68"
    )
    assert {(t.rate, t.base, t.amount) for t in ext.taxes} == {
        (D(19), D("1.13"), D("0.22")),
        (D(7), D("3.44"), D("0.24")),
    }
    assert ext.value("amount_untaxed") == D("4.57")


def test_till_receipt_with_an_unreadable_sum_gives_cash_handed_over_less_change():
    receipt = [
        "Backstube Kornfeld",
        "Roggenbrot 3,20 B",
        "Kaffee 2,60 A",
        "S#n#e EUR 5,80",  # the sum's label unreadable
        "Gegeben BAR EUR 20,00",
        "Rückgeld EUR 14,20",
        "A 19% 2,18 0,42 2,60",
        "B 7% 2,99 0,21 3,20",
    ]
    ext = _summary(*receipt)
    assert ext.value("amount_total") == D("5.80")
    assert ext.value("amount_untaxed") == D("5.17")
    assert ext.value("amount_tax") == D("0.63")


def test_cash_handed_over_without_change_is_no_total():
    ext = _summary("Backstube Kornfeld", "Roggenbrot 3,20", "Gegeben BAR EUR 20,00", "Kassierer 3")
    assert ext.value("amount_total") != D("20.00")


def test_vat_table_whose_header_names_a_gross_column_gives_net_bases():
    # "Steuer % Brutto Steuer": the amount column beside the rate is the gross.
    ext = _summary(
        "Kornfeld Markt",
        "Butter 2,29 B",
        "Seife 1,79 A",
        "SUMME EUR 4,08",
        "Steuer % Brutto Steuer",
        "A 19,0 % 1,79 0,29",
        "B 7,0 % 2,29 0,15",
    )
    assert {(t.rate, t.base, t.amount) for t in ext.taxes} == {
        (D(19), D("1.50"), D("0.29")),
        (D(7), D("2.14"), D("0.15")),
    }
    assert ext.value("amount_untaxed") == D("3.64")
    assert ext.value("amount_tax") == D("0.44")


def test_vat_table_with_a_net_column_keeps_its_bases():
    ext = _summary(
        "SUMME EUR 4,08",
        "Steuer % Netto Steuer Brutto",
        "A 19,0 % 1,50 0,29 1,79",
        "B 7,0 % 2,14 0,15 2,29",
    )
    assert {(t.rate, t.base) for t in ext.taxes} == {(D(19), D("1.50")), (D(7), D("2.14"))}


def test_a_vat_row_on_a_gross_amount_that_fits_to_the_cent_is_read_as_gross():
    # 7 % of 3.68 is 0.26 (two cents off 0.24), 7 % included in 3.68 is 0.24 exactly.
    ext = _summary("Summe EUR 5,03", "19% MwSt von 1,35 = 0,22", "7% MwSt von 3,68 = 0,24")
    assert {(t.rate, t.base, t.amount) for t in ext.taxes} == {
        (D(19), D("1.13"), D("0.22")),
        (D(7), D("3.44"), D("0.24")),
    }
    assert ext.value("amount_tax") == D("0.46")


def test_vat_label_with_its_rate_over_the_amount_on_the_next_row():
    # OCR puts each label on its own row, the amount on the row below.
    ext = _summary(
        "Nettobetrag", "250,00 €", "MwSt. 19 %", "47,50 €", "Rechnungsbetrag", "297,50 €"
    )
    assert ext.value("amount_tax") == D("47.50")
    assert ext.field_confidence("amount_tax") >= 0.9
    assert {(t.rate, t.base, t.amount) for t in ext.taxes} == {(D(19), D("250.00"), D("47.50"))}


def test_vat_label_without_a_rate_over_an_amount_is_not_a_vat_row():
    ext = _summary("Nettobetrag", "250,00 €", "MwSt.", "47,50 €", "Rechnungsbetrag", "297,50 €")
    assert ext.value("amount_total") == D("297.50")
    assert all(t.rate != 0 or t.amount == 0 for t in ext.taxes)


def test_an_item_count_between_the_sum_label_and_its_amount():
    for row in ("Summe 3 Artikel 7,50", "TOTAL 3 items 7,50", "Summe 3 Pos. EUR 7,50"):
        ext = _summary("Apfel 2,50", "Birne 2,50", "Pflaume 2,50", row, "A 19% 6,30 1,20 7,50")
        assert ext.value("amount_total") == D("7.50"), row
        assert ext.value("amount_untaxed") == D("6.30"), row


def test_a_count_without_a_counted_word_stays_an_amount():
    def kinds(text):
        row = build_rows([box(text, 80, 300, 0, 22)])[0]
        return [(g.kind, [a.value for a in g.amounts]) for g in row_groups(row)]

    assert kinds("Summe 3 Artikel 7,50") == [("", [D(3)]), ("total", [D("7.50")])]
    assert kinds("Summe 3 Wochen 7,50")[0] == ("total", [D(3)])
    assert kinds("Summe 3,00 Artikel 7,50")[0] == ("total", [D("3.00")])


def test_vat_row_prefers_the_base_that_gives_the_vat_to_the_cent():
    # "MwSt % Brutto MwSt Netto": 7 % of the gross 3,68 is 0,26, two cents off the printed
    # 0,24; the net 3,44 gives it exactly and adds up with it to the gross.
    ext = _summary(
        "SUMME 5,03",
        "MwSt % Brutto MwSt Netto",
        "A 19% 1,35 0,22 1,13",
        "B 7% 3,68 0,24 3,44",
    )
    assert {(t.rate, t.base, t.amount) for t in ext.taxes} == {
        (D(19), D("1.13"), D("0.22")),
        (D(7), D("3.44"), D("0.24")),
    }


def test_vat_table_of_turnover_per_rate_is_gross():
    ext = _summary("SUMME 5,03", "MwSt Umsatz MwSt-Betrag", "A 19% 1,35 0,22", "B 7% 3,68 0,24")
    assert {(t.rate, t.base, t.amount) for t in ext.taxes} == {
        (D(19), D("1.13"), D("0.22")),
        (D(7), D("3.44"), D("0.24")),
    }
    ext = _summary("SUMME 119,00", "MwSt Netto-Umsatz MwSt-Betrag", "A 19% 100,00 19,00")
    assert {(t.rate, t.base, t.amount) for t in ext.taxes} == {(D(19), D("100.00"), D("19.00"))}


@pytest.mark.skipif(not ocr.engine_available(), reason="rapidocr-onnxruntime is not installed")
def test_crops_read_two_at_a_time_give_the_text_read_one_at_a_time(monkeypatch):
    page = Image.new("RGB", (900, 260), "white")
    draw = ImageDraw.Draw(page)
    for k, text in enumerate(["Zwischensumme 84,03", "MwSt 19% 15,97", "Gesamt EUR 100,00"]):
        draw.text((40, 30 + 70 * k), text, fill="black", font_size=34)
    monkeypatch.setattr(ocr, "_cores", lambda: 2)
    read = {}
    for threads in (1, 2):
        monkeypatch.setattr(ocr, "REC_THREADS", threads)
        monkeypatch.setattr(ocr, "_seen", {})
        read[threads] = ocr.ocr_image(page)
    assert read[1] == read[2]
    assert any("100,00" in ln.text for ln in read[2])
