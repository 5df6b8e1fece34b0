"""Layouts of other writers, stop 32 (fincycle.extraction): a page set double-spaced, a
"From:" section beside a field grid, a page that names no VAT, a net date after a cash
discount's, and a request to quote the invoice number. Each rule has a case that must not
trigger it."""

from datetime import date
from decimal import Decimal

import pytest

from fincycle.extraction import parties
from fincycle.extraction.layout import Doc
from fincycle.testing.text_layer import read_rows, row_fields, text_lines

fields = row_fields


# --- a page set double-spaced ---------------------------------------------------------------


def _double_spaced(name, street, city, contact, bill_to, customer):
    """A name set large and centred over an address on the left and contacts on the right,
    every line a blank line apart (LaTeX's invoice classes, a word processor at 2.0)."""
    rows = [
        (name, 240, 57, 22),
        (street, 57, 115),
        ("555 356 7936", 474, 115),
        (city, 57, 137),
        (contact, 448, 137),
        (bill_to, 57, 180),
        (customer, 72, 202),
        ("Date:", 57, 274),
        ("October 15, 2011", 72, 296),
        ("Consulting Services", 61, 368),
        ("8.00 hours", 285, 390),
        ("$100.08", 512, 389),
        ("Web hosting", 61, 412),
        ("1", 285, 412),
        ("$20.00", 512, 412),
        ("Domain renewal", 61, 434),
        ("1", 285, 434),
        ("$10.00", 512, 434),
        ("Support call", 61, 456),
        ("1", 285, 456),
        ("$10.00", 512, 456),
        ("Subtotal", 65, 498),
        ("$140.08", 503, 498),
        ("Balance Due", 65, 520),
        ("$140.08", 503, 520),
    ]
    return rows


@pytest.mark.parametrize(
    ("name", "street", "city", "bill_to"),
    [
        ("Joan Miller", "5555 Front St.", "Toledo, OH 43602", "Invoice To:"),
        ("Lena Hofmann", "Gartenstraße 12", "80331 München", "Rechnung an:"),
        ("Claire Dubois", "12 rue des Lilas", "69003 Lyon", "Facturé à :"),
    ],
)
def test_a_name_set_large_over_a_double_spaced_address_is_the_sender(name, street, city, bill_to):
    got = fields(_double_spaced(name, street, city, "joan@example.com", bill_to, "ACME Corp"))
    assert got["vendor_name"] == name


def test_a_page_at_its_usual_leading_keeps_the_usual_blocks():
    # the negative case: lines of a block set close together; the gap stays 0.9 line heights
    rows = [(f"Line {k}", 50, 100 + 12 * k) for k in range(12)]
    assert Doc(text_lines(rows), [], []).block_gap == 0.9


def test_a_double_spaced_page_joins_its_lines_into_blocks():
    rows = _double_spaced("Joan Miller", "5555 Front St.", "Toledo, OH 43602", "x", "To:", "Y")
    doc = Doc(text_lines(rows), [], [])
    assert doc.block_gap > 1.2
    street = next(i for i, ln in enumerate(doc.lines) if ln.text == "5555 Front St.")
    city = next(i for i, ln in enumerate(doc.lines) if ln.text == "Toledo, OH 43602")
    assert doc.block_of[street] == doc.block_of[city]


# --- "From:" beside a field grid -------------------------------------------------------------


def _from_beside_grid(label, name):
    return [
        ("Invoice", 480, 54, 20),
        ("Invoice Number", 348, 118),
        ("INV-3337", 452, 118),
        (label, 42, 124),
        (name, 42, 137),
        ("Order Number", 348, 134),
        ("12345", 452, 134),
        ("Suite 5A-1204", 42, 149),
        ("Invoice Date", 348, 150),
        ("January 25, 2016", 452, 150),
        ("123 Somewhere Street", 42, 162),
        ("Your City AZ 12345", 42, 174),
        ("To:", 42, 234),
        ("Test Business", 42, 246),
        ("123 Somewhere St", 42, 259),
        ("Melbourne, VIC 3000", 42, 271),
        ("Sub Total", 397, 393),
        ("$85.00", 517, 393),
        ("Tax", 420, 409),
        ("$8.50", 522, 409),
        ("Total", 414, 425),
        ("$93.50", 517, 425),
    ]


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("From:", "Brightline Design Ltd"),
        ("Lieferant:", "Brightline Design GmbH"),
        ("Fournisseur :", "Brightline Design SARL"),
    ],
)
def test_a_seller_label_with_a_colon_beside_a_field_grid_heads_the_sender(label, name):
    assert fields(_from_beside_grid(label, name))["vendor_name"] == name
    doc = Doc(text_lines(_from_beside_grid(label, name)), [], [])
    assert [party.name for party, _w, _k in parties._from_seller_section(doc)] == [name]


def test_a_seller_column_header_among_others_is_no_section():
    # the negative case: "Lieferant" heads a column of the items table, without a colon
    rows = [
        ("Bergmann Werkzeuge GmbH", 40, 40, 14),
        ("Industriestraße 4", 40, 60),
        ("70173 Stuttgart", 40, 72),
        ("Rechnung Nr. 2024-118", 40, 140),
        ("Datum: 03.05.2024", 40, 152),
        ("Art-Nr", 40, 200),
        ("Lieferant", 120, 200),
        ("Menge", 300, 200),
        ("Preis", 450, 200),
        ("4711", 40, 214),
        ("Hahn & Söhne KG", 120, 214),
        ("2", 300, 214),
        ("119,00", 450, 214),
        ("Summe netto", 300, 300),
        ("100,00", 450, 300),
        ("MwSt 19 %", 300, 312),
        ("19,00", 450, 312),
        ("Gesamtbetrag", 300, 324),
        ("119,00", 450, 324),
    ]
    assert fields(rows)["vendor_name"] == "Bergmann Werkzeuge GmbH"


# --- a page that names no VAT ----------------------------------------------------------------


def _no_vat_page(lines, total_label, total):
    return [
        ("Foo Bar Consulting", 400, 40),
        ("1 Baz Street, Quux", 400, 52),
        ("INVOICE", 270, 150, 13),
        ("Invoice To:", 72, 195),
        ("INV#", 445, 193),
        ("INV0001", 484, 193),
        ("1 Makebelieve Avenue,", 72, 207),
        ("INV DATE", 422, 205),
        ("2024/01/08", 484, 205),
        ("Sim City", 72, 219),
        *lines,
        (total_label, 349, 477),
        (total, 473, 477),
    ]


@pytest.mark.parametrize(
    ("lines", "label", "total", "net"),
    [
        (
            [("Random Project 15 h", 78, 365), ("300.00", 479, 365)],
            "Total",
            "£320.00",
            "320.00",
        ),
        (
            [("Projet web 3 jours", 78, 365), ("1 200,00", 479, 365)],
            "Total à payer",
            "1 200,00 €",
            "1200.00",
        ),
        (
            [("Beratung 5 Stunden", 78, 365), ("450,00", 479, 365)],
            "Gesamtbetrag",
            "450,00 €",
            "450.00",
        ),
    ],
)
def test_a_page_naming_no_vat_bills_its_total_net(lines, label, total, net):
    got = fields(_no_vat_page(lines, label, total))
    assert got["amount_untaxed"] == Decimal(net)


@pytest.mark.parametrize(
    "tax_row",
    [
        ("PB1 (10%)", "4.50"),  # a local tax named only by its rate
        ("VAT 20%", "4.50"),
        ("MwSt.", "4.50"),
    ],
)
def test_a_page_with_a_tax_row_keeps_its_subtotal_net(tax_row):
    # the negative case: a tax printed, by its name or its rate beside an amount
    label, amount = tax_row
    rows = _no_vat_page(
        [
            ("Subtotal", 349, 440),
            ("45.00", 479, 440),
            (label, 349, 455),
            (amount, 479, 455),
        ],
        "Total",
        "49.50",
    )
    got = fields(rows)
    assert got["amount_untaxed"] == Decimal("45.00")
    assert got["amount_total"] == Decimal("49.50")


def test_a_till_slip_naming_no_vat_gives_no_net():
    # the negative case: a till sells at gross prices, VAT printed or not
    rows = [
        ("Bäckerei Sonnenschein", 40, 40),
        ("Marktplatz 3, 33098 Paderborn", 40, 52),
        ("Brötchen 4 x 0,45", 40, 100),
        ("1,80", 200, 100),
        ("Kaffee", 40, 112),
        ("2,40", 200, 112),
        ("SUMME EUR", 40, 130),
        ("4,20", 200, 130),
        ("Bar", 40, 142),
        ("5,00", 200, 142),
        ("Rückgeld", 40, 154),
        ("0,80", 200, 154),
        ("Kasse 2 Bon-Nr. 8381", 40, 170),
    ]
    got = fields(rows)
    assert got["amount_total"] == Decimal("4.20")
    assert got.get("amount_untaxed") is None


# --- the net date after a cash discount's ----------------------------------------------------


def _terms(*lines):
    return [
        ("Dachdecker Einkauf Süd eG", 40, 40, 14),
        ("Hauptstraße 1, 74078 Heilbronn", 40, 60),
        ("Rechnungsnummer: 94165608", 316, 125),
        ("Rechnungsdatum: 30.08.2018", 316, 137),
        ("Summe Positionen", 300, 420),
        ("10,80", 500, 420),
        ("Mehrwertsteuer 19,00 %", 300, 432),
        ("2,05", 500, 432),
        ("Endbetrag", 300, 444),
        ("12,85 EUR", 500, 444),
        *[(text, x, 538 + 12 * k) for k, (text, x) in enumerate(lines)],
    ]


@pytest.mark.parametrize(
    "lines",
    [
        [
            ("Zahlungsbedingung: Bis zum 09.09.2018 erhalten Sie 3,000 % Skonto.", 65),
            ("Bis zum 29.09.2018 ohne Abzug eingehend bei uns.", 163),
        ],
        [
            ("Zahlungsbedingungen: bis 09.09.2018 mit 3 % Skonto,", 65),
            ("bis 29.09.2018 netto.", 163),
        ],
    ],
)
def test_the_terms_discount_date_gives_way_to_the_net_date(lines):
    assert fields(_terms(*lines))["due_date"] == date(2018, 9, 29)


def test_terms_naming_only_a_discount_rate_give_no_due_date():
    # the negative case: no date to pay by is printed
    got = fields(_terms(("Zahlungsbedingung: 3 % Skonto innerhalb von 10 Tagen.", 65)))
    assert got.get("due_date") is None


# --- the invoice number to quote with the payment ---------------------------------------------


@pytest.mark.parametrize(
    "request_lines",
    [
        ["Please add the invoice number to your payment description."],
        ["Bei Zahlung unbedingt Rechnungs- und Kundennummer in", "voller Länge angeben!"],
        ["Merci d'ajouter le numéro de facture au libellé de votre virement."],
        ["Bitte fügen Sie bei der Überweisung die Rechnungsnummer hinzu."],
    ],
)
def test_a_request_to_quote_the_invoice_number_makes_it_the_reference(request_lines):
    rows = _terms(*[(text, 65) for text in request_lines])
    assert fields(rows)["payment_reference"] == "94165608"


def test_the_invoice_number_named_outside_a_payment_request_is_no_reference():
    # the negative case: "add" and the invoice number, but nothing about the payment
    rows = _terms(("Please add the invoice number to any question about your order.", 65))
    assert fields(rows).get("payment_reference") is None


# --- US receipts: month-first dates, letters OCR split off their words, the change given ----


def _us_receipt(*lines):
    return [
        ("McDonald's Restaurant #31278", 46, 328),
        ("2378 PINE RD NH", 95, 345),
        ("RICE, MN 56367-9740", 86, 359),
        ("KS# 1", 15, 412),
        ("12/08/2022 08:48 PM", 161, 412),
        ("1 Happy Meal 6 Pc", 14, 460),
        ("4.89", 265, 460),
        ("1 Snack Oreo McFlurry", 13, 544),
        ("2.69", 265, 545),
        *lines,
    ]


_US_TOTALS = [
    ("Subtotal", 15, 579),
    ("7.58", 266, 578),
    ("Tax", 28, 598),
    ("0.52", 266, 597),
    ("T ake-Out Tota l", 16, 614),
    ("8.10", 266, 614),
    ("Cash Tendered", 15, 646),
    ("10.00", 261, 647),
    ("Change", 14, 663),
    ("1.90", 265, 664),
]


def test_a_us_address_dates_an_ambiguous_date_month_first():
    assert fields(_us_receipt(*_US_TOTALS))["invoice_date"] == date(2022, 12, 8)


@pytest.mark.parametrize(
    "address",
    [
        "Hauptstraße 5, DE 74465 Demoort",  # "DE" before a German postcode: no US state
        "RICE, MN 56367-9740 — total in EUR",  # a US customer billed in euros
    ],
)
def test_a_page_without_a_us_seller_dates_day_first(address):
    rows = [(address if k == 2 else text, x, y) for k, (text, x, y) in enumerate(_us_receipt())]
    assert fields([*rows, *_US_TOTALS])["invoice_date"] == date(2022, 8, 12)


def test_a_label_whose_letters_ocr_split_off_still_names_the_total():
    got = fields(_us_receipt(*_US_TOTALS))
    assert got["amount_total"] == Decimal("8.10")
    assert got["amount_untaxed"] == Decimal("7.58")
    assert got["document_type"] == "receipt"  # cash tendered and the change given


def test_a_change_order_is_no_till_mark():
    # the negative case: "Change" names no money given back when no amount follows it
    rows = _us_receipt(
        ("Subtotal", 15, 579),
        ("7.58", 266, 578),
        ("Total", 16, 614),
        ("8.10", 266, 614),
        ("Change request approved by the client", 14, 663),
    )
    assert fields(rows)["document_type"] == "invoice"


# --- Polish seller sections -------------------------------------------------------------------


def test_the_name_under_a_polish_seller_label_is_the_vendor():
    rows = [
        ("Krajowy System e-Faktur", 28, 24, 27),
        ("Numer faktury", 505, 37),
        ("FV 2/11/2023", 490, 46),
        ("Sprzedawca", 28, 128, 16),
        ("Nabywca", 298, 128, 16),
        ("NIP: 9999999999", 28, 152),
        ("NIP: 1111111111", 298, 152),
        ("Nazwa: ABC Developex S.A.", 28, 163),
        ("Nazwa: F.H.U. Jan Kowalski", 298, 163),
        ("Adres", 28, 187),
        ("Adres", 298, 187),
        ("ul. Sadowa 1 m. 3, 00-002 Kraków", 28, 199),
        ("ul. Polna 1, 00-001 Warszawa", 298, 199),
        ("Dane kontaktowe", 28, 223),
        ("Dane kontaktowe", 298, 223),
        ("Razem do zapłaty 123,00 PLN", 28, 500),
    ]
    assert fields(rows)["vendor_name"] == "ABC Developex S.A."


def test_a_polish_contact_heading_names_no_one():
    from fincycle.extraction.company_names import plausible_company  # noqa: PLC0415

    assert not plausible_company("Dane kontaktowe")
    assert plausible_company("Dane Kontaktowe Sp. z o.o.")  # a legal form makes it a name


# --- a hotel folio: charges, the payment that settles them, a zero balance --------------------


def _folio(number_label, charges_label, payments_label, balance_label):
    return [
        ("Motel One Germany Betriebs GmbH", 70, 40, 14),
        ("Apimeister Consulting GmbH", 71, 152),
        ("Friedrichstrasse 123", 71, 164),
        ("10117 Berlin", 71, 176),
        ("Rechnung", 72, 234, 14),
        ("Datum: 25.02.2019", 72, 255),
        (f"{number_label} 524544306", 72, 266),
        ("Übernachtung 2 x 69,00", 72, 347),
        ("138,00", 495, 347),
        ("Frühstück 2 x 11,50", 72, 336),
        ("23,00", 500, 336),
        (charges_label, 72, 362),
        ("161,00", 495, 362),
        ("25.02.2019 Mastercard ************ 2825", 72, 404),
        (payments_label, 72, 431),
        ("-161,00", 492, 431),
        (balance_label, 72, 452),
        ("0,00", 507, 452),
        ("19,00 % MwSt 19,33 3,67 23,00", 72, 500),
        ("7,00 % MwSt 128,97 9,03 138,00", 72, 511),
    ]


@pytest.mark.parametrize(
    "labels",
    [
        ("Rechnungsnummer:", "Saldo Leistungen", "Saldo Zahlungen", "Rechnungsbetrag"),
        ("Rechnungs.-Nr.", "Saldo Leistungen", "Saldo Zatilungen", "Saldo"),  # an OCR's misreading
        ("Invoice No.", "Total charges", "Total payments", "Balance due"),
        ("Facture N°", "Total prestations", "Total paiements", "Solde"),
    ],
)
def test_a_payment_that_settles_the_charges_makes_no_credit_note(labels):
    got = fields(_folio(*labels))
    assert got["document_type"] == "invoice"
    assert got["amount_total"] == Decimal("161.00")
    assert got["invoice_number"] == "524544306"


def test_a_negative_total_alone_is_still_a_credit_note():
    # the negative case: no charge of the same amount above it
    rows = [
        ("Motel One Germany Betriebs GmbH", 70, 40, 14),
        ("Rechnungskorrektur", 72, 234, 14),
        ("Datum: 25.02.2019", 72, 255),
        ("Rechnungsnummer: 524544307", 72, 266),
        ("Übernachtung Storno", 72, 347),
        ("-69,00", 495, 347),
        ("Gesamtbetrag", 72, 452),
        ("-69,00", 495, 452),
    ]
    assert fields(rows)["document_type"] == "credit_note"


# --- a brand and the legal entity the page names under it -------------------------------------


def _branded(brand, legal_lines, footer_y=780):
    return [
        (brand, 380, 60, 20),
        ("An der Urania 12, 10787 Berlin", 380, 84),
        ("Rechnungsempfänger:", 71, 140),
        ("Apimeister Consulting GmbH", 71, 152),
        ("Friedrichstrasse 123", 71, 164),
        ("10117 Berlin", 71, 176),
        ("Rechnung", 72, 234, 14),
        ("Rechnungsnummer: 524544306", 72, 266),
        ("Datum: 25.02.2019", 72, 255),
        ("Übernachtung", 72, 347),
        ("161,00", 495, 347),
        ("Gesamtbetrag EUR", 72, 452),
        ("161,00", 495, 452),
        ("7,00 % MwSt 150,47 10,53 161,00", 72, 500),
        *[(text, 72, footer_y + 10 * k, 7) for k, text in enumerate(legal_lines)],
    ]


@pytest.mark.parametrize(
    ("brand", "legal_lines", "expected"),
    [
        (
            "Motel One Berlin-Tiergarten",
            ["Motel One Germany Betriebs GmbH Motel One Berlin-Tiergarten An der Urania 12"],
            "Motel One Germany Betriebs GmbH",
        ),
        ("Thalia", ["Thalia Partner", "GmbH & Co. KG"], "Thalia Partner GmbH & Co. KG"),
        (
            "Librairie Kléber",
            ["Librairie Kléber SAS au capital de 40 000 €"],
            "Librairie Kléber SAS",
        ),
    ],
)
def test_a_brand_gives_way_to_the_legal_entity_spelled_under_its_name(brand, legal_lines, expected):
    assert fields(_branded(brand, legal_lines))["vendor_name"] == expected


@pytest.mark.parametrize(
    ("brand", "legal_lines"),
    [
        # the negative cases: another company's name, and the customer's own legal name
        ("Moxy Frankfurt Airport", ["QMHotel Germany GmbH, Amtsgericht Frankfurt HRB 1234"]),
        ("Apimeister", ["Zimmer 519"]),
        # a name holding its legal form already is no brand
        ("Rohstoff AG Salzgitter", ["Rohstoff AG, Amtsgericht Braunschweig HRB 1234"]),
    ],
)
def test_a_brand_without_its_legal_spelling_stays_the_brand(brand, legal_lines):
    assert fields(_branded(brand, legal_lines))["vendor_name"] == brand


# --- a date label wrapped with its second half ------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [("Rechnungsdatum", "/Lieferdatum"), ("Date de facture", "/ de livraison")],
)
def test_the_value_right_of_a_wrapped_label_is_its_date(first, second):
    rows = [
        ("Amazon EU S.à r.l.", 40, 40, 14),
        ("Rechnung", 344, 100, 12),
        (first, 344, 118, 7),
        (second, 344, 128, 7),
        ("06.02.2025", 423, 128, 7),
        ("Bestelldatum", 35, 420, 7),
        ("05.02.2025", 154, 420, 7),
        ("Gesamtbetrag EUR 59,90", 300, 500),
    ]
    assert fields(rows)["invoice_date"] == date(2025, 2, 6)


def test_a_label_with_its_value_beside_it_ignores_the_line_below():
    # the negative case: the value on the label's own row wins over a "/" line under it
    rows = [
        ("Acme Versand GmbH", 40, 40, 14),
        ("Rechnungsdatum", 344, 118, 7),
        ("01.03.2025", 423, 118, 7),
        ("/Lieferdatum", 344, 128, 7),
        ("06.03.2025", 423, 128, 7),
        ("Gesamtbetrag EUR 59,90", 300, 500),
    ]
    assert fields(rows)["invoice_date"] == date(2025, 3, 1)


def test_a_us_till_slip_implies_no_vat_rate():
    # a sales tax of 0.52 on 7.58 fits no national VAT rate meant: no rate row is made up
    got = read_rows(_us_receipt(*_US_TOTALS))
    assert got.taxes == []
    assert got.value("amount_tax") == Decimal("0.52")


def test_a_european_page_still_implies_its_vat_rate():
    # the negative case: the same figures with a German address imply 7 % VAT
    rows = [
        ("Bäckerei Sonnenschein GmbH", 40, 40),
        ("Marktplatz 3, 33098 Paderborn", 40, 52),
        ("Rechnung 2022-118 vom 12.08.2022", 40, 90),
        ("Subtotal", 15, 579),
        ("7,58 €", 266, 578),
        ("MwSt", 28, 598),
        ("0,53 €", 266, 597),
        ("Gesamtbetrag", 16, 614),
        ("8,11 €", 266, 614),
    ]
    assert [t.rate for t in read_rows(rows).taxes] == [Decimal("7")]


@pytest.mark.parametrize(
    "marks",
    [
        ["XXXXXXXXXXXX7373 VISA", "AUTH C0DE 025972/8585391", "SEL F CHECK OUT"],
        ["VISA ACCT 1850", "AUTH CODE 012345", "THANK YOU FOR SHOPPING AT OUR STORE"],
    ],
)
def test_us_card_slips_are_receipts(marks):
    rows = [
        ("2250 SOUTHGATE RD, COLORADO SPRINGS, CO 80906", 40, 40),
        ("SUBTOTAL 32.29", 40, 300),
        ("SALES TAX 2.66", 40, 312),
        ("TOTAL $34.95", 40, 324),
        *[(text, 40, 340 + 12 * k) for k, text in enumerate(marks)],
    ]
    assert fields(rows)["document_type"] == "receipt"


def test_an_invoice_paid_by_card_stays_an_invoice():
    # the negative case: one card mark on an invoice titled so
    rows = [
        ("Invoice INV-2207", 40, 40),
        ("Acme Tools LLC, 12 Main St, Denver, CO 80202", 40, 60),
        ("SUBTOTAL 32.29", 40, 300),
        ("SALES TAX 2.66", 40, 312),
        ("TOTAL $34.95", 40, 324),
        ("Paid by VISA, auth code 025972", 40, 340),
    ]
    assert fields(rows)["document_type"] == "invoice"


# --- a number whose hyphen an OCR set apart ---------------------------------------------------


def _numbered(number_text):
    return [
        ("Citadines Betriebs GmbH", 40, 40, 14),
        ("Ludwig-Erhard-Straße 7, 20459 Hamburg", 40, 58),
        ("Rechnung", 300, 100, 14),
        (f"Rechnungsnr. : {number_text}", 300, 130),
        ("Rechnungsdatum : 05.04.2019", 300, 142),
        ("Gesamtbetrag EUR 903,63", 300, 400),
    ]


@pytest.mark.parametrize(
    ("printed", "number"),
    [("083 -72561", "083-72561"), ("2024- 118", "2024-118"), ("4711 - Seite 1", "4711")],
)
def test_an_ocr_space_beside_a_hyphen_joins_the_number(printed, number):
    assert fields(_numbered(printed))["invoice_number"] == number


# --- a hotel folio: its number and its title beside the date ----------------------------------


def _hotel_folio(number_label, title_row):
    return [
        ("MOXY Frankfurt Airport", 200, 50, 12),
        ("Amelia-Mary-Earhart-Strasse 5, 60549 Frankfurt/Main", 200, 64),
        ("Guest Name : Maik Walter", 30, 170),
        ("Room No. : 306", 30, 182),
        (f"{number_label} : 227639", 30, 194),
        ("Cashier No. : 8370", 30, 206),
        *title_row,
        ("30.11.19 Accommodation", 30, 300),
        ("48.00", 215, 300),
        ("Total", 190, 340),
        ("48.00", 270, 340),
        ("Balance to pay", 140, 352),
        ("0.00", 275, 352),
        ("VAT 7% 44.86 3.14 48.00", 30, 380),
        ("Credit Card Details", 30, 400),
        ("Merchant No. 123456", 30, 412),
    ]


@pytest.mark.parametrize("label", ["Folio No.", "Folio-Nr.", "Folio"])
def test_a_folio_number_is_the_number_of_a_bill_that_prints_no_other(label):
    rows = _hotel_folio(label, [("Date: 01.12.19", 30, 250), ("INVOICE", 435, 250, 14)])
    assert fields(rows)["invoice_number"] == "227639"


def test_an_invoice_number_wins_over_the_folio():
    # the negative case: the bill prints its invoice number too
    rows = _hotel_folio("Folio No.", [("Invoice No. 2019-4471", 30, 250)])
    assert fields(rows)["invoice_number"] == "2019-4471"


@pytest.mark.parametrize("title", ["INVOICE", "RECHNUNG", "FACTURE"])
def test_a_title_alone_in_its_box_beside_the_date_makes_an_invoice(title):
    rows = _hotel_folio("Folio No.", [("Date: 01.12.19", 30, 250), (title, 435, 250, 14)])
    assert fields(rows)["document_type"] == "invoice"


def test_a_card_slip_without_a_title_stays_a_receipt():
    # the negative case: the same slip without its title box
    rows = _hotel_folio("Folio No.", [("Date: 01.12.19", 30, 250)])
    rows += [("Auth Code 025972", 30, 424), ("Thank you for shopping", 30, 436)]
    assert fields(rows)["document_type"] == "receipt"
