"""Amounts, VAT rows, invoice numbers and dates on layouts of other writers, stop 31
(fincycle.extraction): totals labelled "without VAT" / "with VAT", a VAT rate alone on the row
above its VAT, India's CGST and SGST halves of one rate, no VAT rate implied on a US sales tax,
a one-digit invoice number, a bare "#" heading the header grid, a place and date without the
comma, a date right after the payment terms, a request to quote the invoice number with the
payment. Each rule has a case that must not trigger it."""

from datetime import date
from decimal import Decimal

import pytest

from fincycle.extraction.amount_rows import Row, row_groups
from fincycle.testing.text_layer import read_rows, row_fields, text_lines

layout, read, fields = text_lines, read_rows, row_fields


def taxes(ext):
    return sorted((t.rate, t.base, t.amount) for t in ext.taxes)


D = Decimal


def _header(title="Invoice", number=("Invoice Number:", "INV-77")):
    return [
        (title, 330, 26, 20),
        (number[0], 330, 49),
        (number[1], 330, 65),
        ("Date:", 330, 112),
        ("22/10/21", 330, 128),
        ("Big Corp", 330, 190),
        ("2 Flowers Street, London", 330, 205),
        ("Nike Air Max", 30, 423),
        ("1", 330, 423),
        ("53 EUR", 490, 423),
    ]


# --- "without VAT" / "with VAT", and the rate on the row above its VAT ------------------------------


@pytest.mark.parametrize(
    ("untaxed", "rate", "tax", "total"),
    [
        ("Total without VAT", "VAT Rate", "VAT Paid", "Total paid with VAT"),
        ("Total sans TVA", "Taux de TVA", "Montant TVA", "Total avec TVA"),
        ("Summe ohne MwSt.", "MwSt.-Satz", "MwSt. Betrag", "Summe mit MwSt."),
        ("Totale senza IVA", "Aliquota IVA", "Importo IVA", "Totale con IVA"),
        ("Totaal zonder btw", "Btw-tarief", "Btw-bedrag", "Totaal met btw"),
    ],
)
def test_totals_without_and_with_vat_and_a_rate_over_its_vat(untaxed, rate, tax, total):
    rows = [
        *_header(),
        (untaxed, 330, 525),
        ("43 EUR", 490, 525),
        (rate, 330, 548),
        ("20%", 490, 548),
        (tax, 330, 572),
        ("8.6 EUR", 490, 572),
        (total, 330, 595),
        ("51.6 EUR", 490, 595),
    ]
    ext = read(rows)
    assert ext.value("amount_untaxed") == D("43.00")
    assert ext.value("amount_tax") == D("8.60")
    assert ext.value("amount_total") == D("51.60")
    assert taxes(ext) == [(D("20"), D("43.00"), D("8.60"))]


def test_a_rate_over_a_vat_row_with_its_own_rate_keeps_that_rate():
    rows = [
        *_header(),
        ("Subtotal", 330, 525),
        ("43.00 EUR", 490, 525),
        ("VAT rate 20%", 330, 548),
        ("VAT 10%", 330, 572),
        ("4.30 EUR", 490, 572),
        ("Total", 330, 595),
        ("47.30 EUR", 490, 595),
    ]
    ext = read(rows)
    assert [t.rate for t in ext.taxes] == [D("10")]
    assert ext.value("amount_tax") == D("4.30")


def test_a_total_with_vat_is_no_vat_amount():
    rows = [*_header(), ("Total with VAT", 330, 595), ("51.60 EUR", 490, 595)]
    ext = read(rows)
    assert ext.value("amount_total") == D("51.60")
    assert ext.value("amount_tax") is None


# --- CGST and SGST: two halves of one rate ------------------------------------------------------


def _gst(rows):
    return [
        ("Prerna Tax Financial Services", 48, 55, 14),
        ("GSTIN 24ABHPT7057L1Z3", 48, 92),
        ("TAX INVOICE", 430, 94, 16),
        ("Invoice No : INV-000007", 44, 124),
        ("Invoice Date : 11/12/2023", 44, 135),
        *rows,
    ]


def test_cgst_and_sgst_at_one_rate_are_two_rows():
    ext = read(
        _gst(
            [
                ("Sub Total (Tax Inclusive)", 420, 320),
                ("135.01", 536, 320),
                ("CGST2.5 (2.5%)", 413, 339),
                ("3.21", 545, 339),
                ("SGST2.5 (2.5%)", 413, 351),
                ("3.21", 545, 351),
                ("Total", 447, 363),
                ("₹135.01", 531, 363),
            ]
        )
    )
    assert taxes(ext) == [(D("2.5"), None, D("3.21")), (D("2.5"), None, D("3.21"))]
    assert ext.value("amount_tax") == D("6.42")
    assert ext.value("amount_total") == D("135.01")


def test_igst_is_one_tax_row():
    ext = read(
        _gst(
            [
                ("Sub Total", 420, 320),
                ("1,000.00", 536, 320),
                ("IGST18 (18%)", 413, 339),
                ("180.00", 545, 339),
                ("Total", 447, 363),
                ("₹1,180.00", 531, 363),
            ]
        )
    )
    assert taxes(ext) == [(D("18"), D("1000.00"), D("180.00"))]


def test_one_rate_read_twice_is_still_one_row():
    ext = read(
        _gst(
            [
                ("VAT 19% on 100.00", 380, 320),
                ("19.00", 545, 320),
                ("VAT 19%", 413, 339),
                ("19.00", 545, 339),
                ("Total", 447, 363),
                ("119.00 EUR", 531, 363),
            ]
        )
    )
    assert taxes(ext) == [(D("19"), D("100.00"), D("19.00"))]


def _groups(text):
    return [(g.kind, [a.value for a in g.amounts]) for g in row_groups(Row(text, 0, 0, 10, 0, 300))]


def test_a_number_glued_to_a_tax_name_is_part_of_its_label():
    assert _groups("CGST2.5 (2.5%)  3.21") == [("tax", [D("3.21")])]
    assert _groups("UTGST9 (9%)  9.00") == [("tax", [D("9.00")])]


def test_money_glued_to_a_label_stays_money():
    # OCR glues a receipt's sum to its label: the amount is no part of the label
    assert _groups("SUMME19,99") == [("total", [D("19.99")])]
    # a code before an amount of another label's group is left alone
    assert _groups("Art. A4  Total  12.00")[-1] == ("total", [D("12.00")])


# --- a VAT rate implied from the amounts: not on a US sales tax ---------------------------------


def _no_rate(currency_before, currency_after):
    def money(value):
        return f"{currency_before}{value}{currency_after}"

    return [
        ("CONTOSO LTD.", 40, 40, 14),
        ("INVOICE", 400, 40, 18),
        ("INVOICE: INV-100", 400, 120),
        ("INVOICE DATE: 11/15/2019", 400, 132),
        ("SUBTOTAL", 400, 400),
        (money("100.00"), 500, 400),
        ("SALES TAX" if currency_before == "$" else "VAT", 400, 412),
        (money("10.00"), 500, 412),
        ("TOTAL", 400, 424),
        (money("110.00"), 500, 424),
    ]


def test_a_us_sales_tax_without_rate_gives_no_tax_row():
    ext = read(_no_rate("$", ""))
    assert ext.value("currency") == "USD"
    assert ext.value("amount_tax") == D("10.00")
    assert ext.taxes == []


@pytest.mark.parametrize(("before", "after"), [("", " EUR"), ("CHF ", ""), ("£", "")])
def test_a_vat_without_rate_in_a_vat_currency_still_implies_the_usual_rate(before, after):
    ext = read(_no_rate(before, after))
    assert taxes(ext) == [(D("10"), D("100.00"), D("10.00"))]


# --- invoice numbers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "value", "expected"),
    [
        ("Invoice Number:", "1", "1"),
        ("Facture n°", "7", "7"),
        ("Rechnungsnummer:", "3", "3"),
        ("Fattura n.", "2", "2"),
        ("Factuurnummer:", "9", "9"),
        # not a lone digit in its cell: no number
        ("Invoice Number:", "1 of 3", None),
        ("Page", "1", None),
    ],
)
def test_a_one_digit_invoice_number_alone_in_its_cell(label, value, expected):
    rows = [
        ("Big Corp", 30, 30, 14),
        ("2 Flowers Street, London", 30, 50),
        (label, 330, 49),
        (value, 330, 65),
        ("Date: 22/10/2021", 330, 112),
        ("Total", 330, 595),
        ("51.60 EUR", 490, 595),
    ]
    assert fields(rows).get("invoice_number") == expected


@pytest.mark.parametrize(
    "date_label", ["Invoice Date", "Date de facture", "Rechnungsdatum", "Data fattura"]
)
def test_a_bare_hash_heading_the_header_grid_labels_the_number(date_label):
    rows = [
        ("Prerna Tax Financial Services", 48, 55, 14),
        ("TAX INVOICE", 430, 94, 16),
        ("#", 44, 124),
        (": INV-000007", 172, 124),
        (date_label, 44, 135),
        (": 11/12/2023", 172, 135),
        ("Total", 447, 363),
        ("135.01", 531, 363),
    ]
    assert fields(rows)["invoice_number"] == "INV-000007"


def test_a_hash_heading_the_item_table_labels_no_number():
    rows = [
        ("Prerna Tax Financial Services", 48, 55, 14),
        ("TAX INVOICE", 430, 94, 16),
        ("#", 48, 281),
        ("Item & Description", 67, 281),
        ("Amount", 530, 281),
        ("1", 48, 294),
        ("Blanket AB-100", 66, 294),
        ("135.01", 537, 294),
        ("Total", 447, 363),
        ("135.01", 531, 363),
    ]
    assert fields(rows).get("invoice_number") is None


# --- dates --------------------------------------------------------------------------------------


def _letter(place_line, town="1234 Musterstadt"):
    return [
        ("SwissQRBill", 57, 96),
        ("Musterstrasse 7", 57, 110),
        (town, 57, 124),
        ("Peter Muster", 368, 167),
        ("Rechnung Nr. 1071672", 57, 280),
        (place_line, 423, 297),
        ("Rechnungstotal", 175, 467),
        ("CHF 2'606.35", 458, 467),
        ("Zahlbar innert 30 Tagen", 57, 800),
    ]


@pytest.mark.parametrize(
    ("place_line", "town", "expected"),
    [
        ("Musterstadt 29.10.2023", "1234 Musterstadt", date(2023, 10, 29)),
        ("Lausanne 3.11.2023", "1003 Lausanne", date(2023, 11, 3)),
        ("Lugano 5.12.2023", "CH-6900 Lugano", date(2023, 12, 5)),
        ("Bad Ragaz 7.1.2024", "7310 Bad Ragaz", date(2024, 1, 7)),
        # the word before the date is no town of an address on the page
        ("Musterstadt 29.10.2023", "1234 Beispielhausen", None),
        ("Lieferdatum 29.10.2023", "1234 Lieferdatum", None),
        # more after the date: no letter's place and date
        ("Musterstadt 29.10.2023 bis 30.11.2023", "1234 Musterstadt", None),
    ],
)
def test_a_place_and_date_without_the_comma(place_line, town, expected):
    assert fields(_letter(place_line, town)).get("invoice_date") == expected


@pytest.mark.parametrize(
    ("terms", "expected"),
    [
        ("Payment Terms : 09/30/2018", date(2018, 9, 30)),
        ("Conditions de paiement : 30/09/2018", date(2018, 9, 30)),
        ("Zahlungsbedingungen: 30.09.2018", date(2018, 9, 30)),
        ("Condizioni di pagamento: 30/09/2018", date(2018, 9, 30)),
        ("Betalingsvoorwaarden: 30-09-2018", date(2018, 9, 30)),
        # terms, not a date; a discount's date; a period
        ("Payment Terms : 30 days net", None),
        ("Zahlungsbedingungen: 25.09.2018 2% Skonto", None),
        ("Payment Terms : 09/20/2018 - 09/30/2018", None),
    ],
)
def test_a_date_right_after_the_payment_terms_is_the_due_date(terms, expected):
    us = "Payment Terms" in terms
    rows = [
        ("GEMINI FURNITURE", 31, 36, 20),
        ("invoice no.", 316, 205),
        ("DATE", 460, 205),
        ("INV/2018/0057", 316, 219),
        ("09/17/2018" if us else "17.09.2018", 460, 219),
        ("Total", 400, 500),
        ("622.27 €", 472, 500),
        (terms, 30, 584),
    ]
    assert fields(rows).get("due_date") == expected


# --- the invoice number asked for with the payment ----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Virement bancaire (IBAN : FR76 3000 6000 0112 3456 7890 189) en indiquant le numéro de facture",
            "2023-6013",
        ),
        ("Bitte überweisen Sie den Betrag unter Angabe der Rechnungsnummer.", "2023-6013"),
        ("Bitte geben Sie bei Zahlung die Rechnungsnummer an.", "2023-6013"),
        ("Please quote the invoice number with your payment.", "2023-6013"),
        ("Bonifico bancario indicando il numero di fattura nella causale.", "2023-6013"),
        ("Graag betalen onder vermelding van het factuurnummer.", "2023-6013"),
        # the number asked for in letters, but not with the payment
        ("Please quote the invoice number on all correspondence.", None),
        # a label of another invoice, not a request
        ("Reference invoice no. 2022-0001 for your payment records", None),
    ],
)
def test_a_request_to_quote_the_invoice_number_with_the_payment(sentence, expected):
    rows = [
        ("Société Hôtelière du Pacano", 40, 40, 14),
        ("FACTURE", 400, 40, 18),
        ("Invoice no. 2023-6013", 400, 70),
        ("Date 20/09/2023", 400, 84),
        ("Total", 400, 500),
        ("1.368,84 €", 480, 500),
        (sentence, 40, 600),
    ]
    assert fields(rows).get("payment_reference") == expected
