"""Rules found on invoices printed by Odoo's own report engine (wkhtmltopdf), each checked on
synthetic documents written for the test: word spaces on a page whose matrix scales the text
down, the totals box Odoo adds in the company's currency, the customer's VAT id printed under
its address, the invoice number in the document title and the "Payment Communication" line."""

import io
from decimal import Decimal

import pytest

from fincycle.extraction import text
from fincycle.extraction.model import TextLine
from fincycle.extraction.rules import extract_from_lines


def layout(rows, size=9.0):
    """TextLines from (text, x0, top) rows; the width follows the text length."""
    return [TextLine(t, 0, x0, top, x0 + 0.5 * size * len(t), top + size) for t, x0, top in rows]


def read(rows):
    return extract_from_lines(layout(rows))


# --- word spaces on a page that scales its text down ------------------------------------------


@pytest.mark.parametrize(
    ("font_size", "box_height", "scale", "expected"),
    [
        (1.0, 12.0, None, 9.6),  # the scale in the text matrix: the box tells
        (10.0, 12.0, None, 10.0),  # the size as printed
        (10.0, 4.0, None, 10.0),  # a comma of another font, with a short box: still 10
        (16.0, 10.3, 0.515, 8.24),  # a page matrix that prints 16-unit fonts as 8-point glyphs
        (16.0, 4.0, 0.515, 8.24),  # that page's comma: the page's scale, not its own box
    ],
)
def test_glyph_size(font_size, box_height, scale, expected):
    assert text.glyph_size(font_size, box_height, scale) == pytest.approx(expected)


def test_page_scale():
    # most glyphs print 16-unit fonts 10.3 high: the page scales its text down
    assert text.page_scale([(16.0, 10.3)] * 9 + [(16.0, 4.0)]) == pytest.approx(0.515)
    # negative: a page of ordinary glyphs with a few short punctuation boxes is not scaled
    assert text.page_scale([(10.0, 12.0)] * 9 + [(10.0, 4.0)] * 3) is None
    assert text.page_scale([(1.0, 12.0)] * 5) is None  # the scale in the text matrix
    # negative: a font whose loose box is 0.9 of its size (letter-spaced e-invoice stylesheets)
    assert text.page_scale([(9.8, 8.9)] * 10) is None


def _scaled_pdf(words, scale=0.5, font=18, gap_em=0.2, one_string=False):
    """Words drawn one by one (no space glyph, as wkhtmltopdf does) on a page whose matrix
    scales the text down; the gap between them is ``gap_em`` of the printed size."""
    from reportlab.pdfgen import canvas  # noqa: PLC0415

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(595, 842))
    pdf.scale(scale, scale)
    pdf.setFont("Helvetica", font)
    x, y = 100 / scale, 700 / scale
    if one_string:
        pdf.drawString(x, y, "".join(words))
    else:
        for word in words:
            pdf.drawString(x, y, word)
            x += pdf.stringWidth(word, "Helvetica", font) + gap_em * font
    pdf.save()
    return buffer.getvalue()


def test_word_space_on_a_scaled_page():
    lines = text.pdf_text_lines(_scaled_pdf(["Untaxed", "Amount", "CHF", "96.30"]))
    assert [ln.text for ln in lines] == ["Untaxed Amount CHF 96.30"]


def test_scaled_page_keeps_a_word_whole():
    # negative: glyphs of one word, however the page scales them, stay one word
    lines = text.pdf_text_lines(_scaled_pdf(["Rechnungs", "betrag"], one_string=True))
    assert [ln.text for ln in lines] == ["Rechnungsbetrag"]


# --- the totals box in the company's currency -------------------------------------------------


def _foreign_currency_bill(labels, heading, own, own_is_box=True):
    untaxed, vat, total = labels
    rows = [
        ("Helvetic Print AG", 380, 40),
        ("Via Cantonale 106", 380, 52),
        ("6850 Mendrisio", 380, 64),
        ("Verein Kulturhaus", 60, 110),
        ("Via Nassa 85", 60, 122),
        ("6500 Bellinzona", 60, 134),
        ("Invoice INV/2025/00007", 60, 180),
        ("Strategy consulting", 60, 240),
        ("101.12 €", 500, 240),
        (untaxed, 357, 300),
        ("101.12 €", 500, 300),
        (f"{vat} 3.8%", 357, 320),
        ("3.84 €", 510, 320),
        (total, 357, 340),
        ("104.96 €", 500, 340),
    ]
    if own_is_box:
        rows += [
            (heading, 357, 390),
            (untaxed, 362, 410),
            (f"{own} 96.30", 496, 410),
            (f"{vat} 3.8%", 362, 430),
            (f"{own} 3.66", 502, 430),
            (total, 362, 450),
            (f"{own} 99.96", 496, 450),
        ]
    return rows


@pytest.mark.parametrize(
    ("labels", "heading"),
    [
        (("Untaxed Amount", "VAT", "Total"), "Taxes CHF"),
        (("Montant hors taxes", "TVA", "Total"), "Taxes CHF"),
        (("Nettobetrag", "MwSt.", "Gesamt"), "Steuern CHF"),
        (("Imponibile", "IVA", "Totale"), "Imposte CHF"),
    ],
)
def test_totals_box_in_company_currency_is_left_out(labels, heading):
    ext = read(_foreign_currency_bill(labels, heading, "CHF"))
    assert ext.value("currency") == "EUR"
    assert ext.value("amount_untaxed") == Decimal("101.12")
    assert ext.value("amount_tax") == Decimal("3.84")
    assert ext.value("amount_total") == Decimal("104.96")


def test_vat_table_headed_with_the_bills_own_currency_stays():
    # negative: a bill in francs whose only VAT table is headed "MWST CHF"
    rows = [
        ("Bäckerei Sonnenschein GmbH", 60, 40),
        ("Seestrasse 4", 60, 52),
        ("8001 Zürich", 60, 64),
        ("Rechnung 2025-118", 60, 150),
        ("Brot und Gebäck", 60, 200),
        ("CHF 240.00", 480, 200),
        ("MWST CHF", 357, 260),
        ("Netto 2.6%", 362, 280),
        ("CHF 240.00", 480, 280),
        ("MWST 2.6%", 362, 300),
        ("CHF 6.24", 486, 300),
        ("Total", 362, 320),
        ("CHF 246.24", 480, 320),
    ]
    ext = read(rows)
    assert ext.value("amount_total") == Decimal("246.24")
    assert ext.value("amount_tax") == Decimal("6.24")


# --- the customer's VAT id under its address ----------------------------------------------------


def _bill_with_customer_vat(customer_vat_line, vendor_vat_line, gap=14):
    return [
        ("Northgate Consulting Ltd", 460, 30),
        ("Rue des Alpes 58", 490, 42),
        ("1003 Lausanne", 500, 54),
        ("Verein Kulturhaus", 363, 118),
        ("Via San Gottardo 139", 363, 130),
        ("6500 Bellinzona", 363, 142),
        (customer_vat_line, 363, 151 + gap),
        ("Invoice 2025.001", 66, 203),
        ("Development hours", 70, 302),
        ("CHF 10,119.50", 500, 302),
        ("Untaxed Amount", 357, 400),
        ("CHF 10,119.50", 500, 400),
        ("VAT 2.6%", 357, 424),
        ("CHF 263.11", 508, 424),
        ("Total", 357, 447),
        ("CHF 10,382.61", 499, 447),
        (vendor_vat_line, 200, 800),
    ]


@pytest.mark.parametrize(
    ("customer_vat_line", "vendor_vat_line"),
    [
        ("Tax ID: CHE-353.863.981 MWST", "info@northgate.ch CHE-610.873.062 MWST"),
        ("TVA: CHE-353.863.981 TVA", "N° TVA CHE-610.873.062 TVA"),
        ("MWST: CHE-353.863.981", "MWST-Nr. CHE-610.873.062 MWST"),
        ("IVA: CHE-353.863.981 IVA", "N. IVA CHE-610.873.062 IVA"),
    ],
)
def test_vat_id_under_the_customer_address_is_the_customers(customer_vat_line, vendor_vat_line):
    ext = read(_bill_with_customer_vat(customer_vat_line, vendor_vat_line))
    assert ext.value("vendor_vat") == "CHE610873062"


def test_vat_id_under_the_customer_address_alone_is_no_vendor_vat():
    rows = [r for r in _bill_with_customer_vat("Tax ID: CHE-353.863.981 MWST", "") if r[0]]
    assert read(rows).value("vendor_vat") is None


def test_vat_id_far_below_the_customer_column_stays_the_vendors():
    # negative: the same line, but well apart from the address (a notice lower in the column)
    rows = [r for r in _bill_with_customer_vat("VAT: CHE-610.873.062 MWST", "", gap=80) if r[0]]
    assert read(rows).value("vendor_vat") == "CHE610873062"


# --- the payment communication line -------------------------------------------------------------


def _bill_with_communication(line):
    return [
        ("Lefèvre Menuiserie SARL", 24, 40),
        ("Rue de la République 130", 24, 52),
        ("67000 Strasbourg", 24, 64),
        ("Domaine des Trois Chênes EARL", 350, 120),
        ("Chemin des Vignes 104", 350, 132),
        ("31000 Toulouse", 350, 144),
        ("Facture FAC/2026/00001", 24, 200),
        ("Montant hors taxes", 350, 300),
        ("373,23 €", 520, 300),
        ("TVA 10%", 350, 320),
        ("37,32 €", 525, 320),
        ("Total", 350, 340),
        ("410,55 €", 520, 340),
        (line, 24, 450),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Communication de paiement : 6202600001",
        "Comunicazione del pagamento: 6202600001",
        "Payment Communication: 6202600001",
        "Zahlungsreferenz: 6202600001",
    ],
)
def test_payment_communication_line(line):
    assert read(_bill_with_communication(line)).value("payment_reference") == "6202600001"


def test_communication_that_is_no_payment_label():
    # negative: a line about communication in general names no payment reference
    line = "Communication de presse : 6202600001"
    assert read(_bill_with_communication(line)).value("payment_reference") is None


# --- the letterhead set flush right ---------------------------------------------------------------


def _right(text, right, top, size=9.0):
    return (text, right - 0.5 * size * len(text), top)


def _flush_right_letterhead(vendor, street, city, country, customer, vat_line):
    return [
        _right(vendor, 570, 53),
        _right(street, 570, 65),
        _right(city, 570, 77),
        _right(country, 570, 89),
        (customer, 24, 115),
        ("Chemin des Vignes 114", 24, 127),
        ("33000 Bordeaux", 24, 139),
        ("France", 24, 151),
        (vat_line, 24, 163),
        ("Facture 2026-0001", 405, 190),
        ("Montant hors taxes", 350, 300),
        ("2 270,16 €", 500, 300),
        ("TVA 10%", 350, 320),
        ("227,02 €", 510, 320),
        ("Total", 350, 340),
        ("2 497,18 €", 500, 340),
    ]


@pytest.mark.parametrize(
    ("vendor", "street", "city", "country", "customer"),
    [
        ("Alpine Print SAS", "Avenue de la Gare 126", "31000 Toulouse", "France",
         "Cabinet Moreau & Associés"),
        ("Treuhand Steiner GmbH", "Dorfstrasse 10", "4051 Basel", "Schweiz",
         "Pharmacie de la Gare SA"),
        ("Paysagisme Bonvin Sàrl", "Boulevard Voltaire 144", "1201 Genève", "Suisse",
         "TechNova AG"),
    ],
)  # fmt: skip
def test_flush_right_letterhead_is_the_vendor(vendor, street, city, country, customer):
    ext = read(
        _flush_right_letterhead(vendor, street, city, country, customer, "TVA: FR35728055559")
    )
    assert ext.value("vendor_name") == vendor
    assert ext.value("vendor_vat") is None  # the customer's, under its address


def _doc_of(rows):
    from fincycle.extraction.layout import Doc  # noqa: PLC0415

    return Doc(layout(rows), [], [])


def test_flush_left_and_centred_blocks_are_not_flush_right():
    from fincycle.extraction import parties  # noqa: PLC0415

    # negative: a window address set flush left on the right half, and a centred letterhead
    left = _doc_of(
        [("Hôtel du Parc SA", 360, 60), ("Rue du Lac 3", 360, 72), ("1201 Genève", 360, 84)]
    )
    centred = _doc_of(
        [("Menuiserie Rochat Sàrl", 230, 60), ("Rue du Lac 3", 260, 72), ("1201 Genève", 255, 84)]
    )
    right = _doc_of([_right("Menuiserie Rochat Sàrl", 570, 60), _right("Rue du Lac 3", 570, 72),
                     _right("1201 Genève", 570, 84)])  # fmt: skip
    assert not parties._flush_right(left, left.blocks[0])
    assert not parties._flush_right(centred, centred.blocks[0])
    assert parties._flush_right(right, right.blocks[0])


# --- a slogan over the letterhead's name --------------------------------------------------------


def _letterhead(upper, name, gap):
    top = 54 + 9 + gap  # the name's top: the upper line is 9 high
    return [
        (upper, 24, 54),
        (name, 24, top),
        ("Chemin des Vignes 93", 24, top + 11),
        ("33000 Bordeaux", 24, top + 22),
        ("Hôtel Le Méridien Sud SAS", 354, 154),
        ("Rue de la Poste 42", 354, 166),
        ("31000 Toulouse", 354, 178),
        ("Facture FAC/2025/00002", 24, 224),
        ("Total", 350, 340),
        ("1 234,00 €", 500, 340),
    ]


@pytest.mark.parametrize(
    ("slogan", "name"),
    [
        ("Ihr Partner in der Region", "Girard Imprimerie SARL"),
        ("Qualité et précision depuis 1987", "Menuiserie Rochat Sàrl"),
        ("Swiss quality", "Helvetic Print AG"),
    ],
)
def test_slogan_set_apart_over_the_name_is_left_out(slogan, name):
    assert read(_letterhead(slogan, name, gap=7.7)).value("vendor_name") == name


def test_name_wrapped_at_the_blocks_leading_is_joined():
    # negative: the same two lines at the block's own leading are one name over two lines
    ext = read(_letterhead("Schreinerei Brunner", "& Söhne AG", gap=2.0))
    assert ext.value("vendor_name") == "Schreinerei Brunner & Söhne AG"


# --- VAT bases wrapped under their rate, "Untaxed Amount" ----------------------------------------


def _wrapped_vat_rows(untaxed_label, vat_word, on, total_label, base_x=352):
    return [
        ("Alpine Print AG", 60, 40),
        ("Seestrasse 4", 60, 52),
        ("8001 Zürich", 60, 64),
        ("Invoice INV/2025/00031", 60, 150),
        (untaxed_label, 352, 241.6),
        ("CHF 27,798.08", 486, 241.6),
        (f"{vat_word} 2.6% {on}", 352, 264.6),
        ("CHF 73.67", 506, 264.6),
        ("CHF 2,833.53", base_x, 278.4),
        (f"{vat_word} 3.8% {on}", 352, 301.5),
        ("CHF 211.61", 500, 301.5),
        ("CHF 5,568.74", base_x, 315.3),
        (f"{vat_word} 8.1% {on}", 352, 338.3),
        ("CHF 1,571.06", 491, 338.3),
        ("CHF 19,395.82", base_x, 352.1),
        (total_label, 352, 376.2),
        ("CHF 29,654.42", 480, 376.2),
    ]


@pytest.mark.parametrize(
    ("untaxed_label", "vat_word", "on", "total_label"),
    [
        ("Untaxed Amount", "VAT", "on", "Total"),
        ("Montant hors taxes", "TVA", "sur", "Total"),
        ("Nettobetrag", "MwSt.", "auf", "Gesamt"),
        ("Imponibile", "IVA", "su", "Totale"),
    ],
)
def test_vat_base_wrapped_under_its_rate(untaxed_label, vat_word, on, total_label):
    ext = read(_wrapped_vat_rows(untaxed_label, vat_word, on, total_label))
    rows = sorted((t.rate, t.base, t.amount) for t in ext.taxes)
    assert rows == [
        (Decimal("2.6"), Decimal("2833.53"), Decimal("73.67")),
        (Decimal("3.8"), Decimal("5568.74"), Decimal("211.61")),
        (Decimal("8.1"), Decimal("19395.82"), Decimal("1571.06")),
    ]
    assert ext.value("amount_untaxed") == Decimal("27798.08")


def test_amount_under_a_rate_but_off_its_label_is_no_base():
    # negative: the amount under "VAT 2.6% on" starts elsewhere (another column): not its base
    ext = read(_wrapped_vat_rows("Untaxed Amount", "VAT", "on", "Total", base_x=420))
    assert all(t.base is None for t in ext.taxes)


@pytest.mark.parametrize("label", ["Untaxed Amount", "Total untaxed", "Amount untaxed"])
def test_untaxed_amount_label(label):
    from fincycle.extraction.amount_rows import classify  # noqa: PLC0415
    from fincycle.extraction.labels import fold  # noqa: PLC0415

    assert classify(fold(label)) == "untaxed"
    assert classify(fold("Taxed amount")) != "untaxed"  # negative


# --- O read for 0 in a creditor reference (OCR) ----------------------------------------------------


@pytest.mark.parametrize(
    ("line", "reference"),
    [
        ("Communication de paiement : RF50 FVo0 0030", "RF50FV000030"),
        ("Zahlungsreferenz: RF50 FV0O 0030", "RF50FV000030"),
        ("Payment Communication: RF50 FVOO OO30", "RF50FV000030"),
    ],
)
def test_creditor_reference_with_o_read_for_zero(line, reference):
    from fincycle.extraction import identifiers  # noqa: PLC0415

    assert [m.value for m in identifiers.find_references(line)] == [reference]


def test_creditor_reference_that_fails_its_check_digits_stays_unread():
    from fincycle.extraction import identifiers  # noqa: PLC0415

    # negative: zeros for O's do not make the check digits hold: no structured reference
    assert identifiers.find_references("Payment Communication: RF50 FVo0 0031") == []


# --- the customer's VAT id set apart at the end of its address block (scans) -----------------------


def _scanned_bill(vat_top):
    return [
        ("Menuiserie Mercier Sàrl", 70, 40),
        ("Rue de la Poste 136", 70, 51),
        ("1700 Fribourg", 70, 62),
        ("Suisse", 70, 73),
        ("Fondation Les Oliviers", 360, 114),
        ("Rue de la République 92", 360, 124),
        ("1950 Sion", 360, 134),
        ("Suisse", 360, 144),
        ("N° TVA: CHE-365.504.276 TVA", 360, vat_top),
        ("Facture 2025.005", 70, 200),
        ("Montant hors taxes", 350, 300),
        ("CHF 1 885.52", 500, 300),
        ("TVA 2,6%", 350, 320),
        ("CHF 49.02", 510, 320),
        ("Total", 350, 340),
        ("CHF 1 934.54", 500, 340),
    ]


def test_vat_line_set_apart_ends_the_customer_block():
    ext = read(_scanned_bill(vat_top=160))
    assert ext.value("customer_name") == "Fondation Les Oliviers"
    assert ext.value("vendor_vat") is None  # the customer's


def test_last_line_apart_needs_a_vat_id_and_a_gap():
    from fincycle.extraction import parties  # noqa: PLC0415

    apart = _doc_of(_scanned_bill(vat_top=160))
    block = next(b for b in apart.blocks if len(b.indexes) == 5)
    assert parties._last_line_apart(apart, block)
    # negative: the same line at the block's leading belongs to the address as printed
    close = _doc_of(_scanned_bill(vat_top=154))
    block = next(b for b in close.blocks if len(b.indexes) == 5)
    assert not parties._last_line_apart(close, block)
