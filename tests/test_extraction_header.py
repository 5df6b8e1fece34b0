"""Header fields in more languages and layouts (fincycle.extraction.header, .labels, .dates):
invoice number, invoice date, due date, payment reference and order number read from synthetic
line lists (field grids, viewer headings, labels in Dutch, Spanish, Portuguese...)."""

from datetime import date

import pytest

from fincycle.extraction import dates
from fincycle.extraction.model import TextLine
from fincycle.extraction.rules import extract_from_lines


def layout(rows, size=9.0):
    """TextLines from (text, x0, top) rows; the width follows the text length."""
    return [
        TextLine(text, 0, x0, top, x0 + 0.5 * size * len(text), top + size)
        for text, x0, top in rows
    ]


def grid(pairs, top=200, label_x=60, value_x=260, step=13):
    """A viewer's field grid: one label and its value per row, in two columns (on a page whose
    footer reaches the right margin)."""
    rows = [("Seite 1 von 1", 480, 800)]
    for k, (label, value) in enumerate(pairs):
        rows.append((label, label_x, top + k * step))
        if value is not None:
            rows.append((value, value_x, top + k * step))
    return rows


# --- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "5 December 2026",
        "December 5th, 2026",
        "Dec 5, 2026",
        "the 5th of December 2026",
        "Saturday, December 5, 2026",
        "5. Dezember 2026",
        "5 décembre 2026",
        "5 december 2026",
        "5 dec. 2026",
        "5 de diciembre de 2026",
        "5 dic 2026",
        "5 de dezembro de 2026",
        "5 dicembre 2026",
        "2026-12-05",
        "2026/12/05",
        "05.12.2026",
        "05/12/2026",
        "05-12-2026",
        "5.12.26",
    ],
)
def test_written_and_numeric_dates(text):
    assert dates.parse_date(text) == date(2026, 12, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 mrt. 2025", date(2025, 3, 3)),
        ("17 mei 2025", date(2025, 5, 17)),
        ("1 de enero de 2025", date(2025, 1, 1)),
        ("1º de março de 2025", date(2025, 3, 1)),
        ("12 out. 2025", date(2025, 10, 12)),
        ("30 setiembre 2025", date(2025, 9, 30)),
    ],
)
def test_dutch_spanish_portuguese_months(text, expected):
    assert dates.parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Betaling binnen 30 dagen na factuurdatum", 30),
        ("Forma de pago: transferencia a 60 días", 60),
        ("Prazo de pagamento: 45 dias", 45),
    ],
)
def test_payment_terms_in_more_languages(text, days):
    assert dates.payment_terms_days(text) == days


# --- labels in seven languages ---------------------------------------------------------------

LABELS = {
    "nl": ("Factuurnummer", "Factuurdatum", "Vervaldatum", "Betalingskenmerk", "Ordernummer"),
    "es": (
        "Número de factura",
        "Fecha de emisión",
        "Fecha de vencimiento",
        "Referencia de pago",
        "Número de pedido",
    ),
    "pt": (
        "Número da fatura",
        "Data de emissão",
        "Data de vencimento",
        "Referência de pagamento",
        "Número do pedido",
    ),
    "it": ("Numero fattura", "Data fattura", "Scadenza", "Causale", "Vostro ordine"),
    "en": ("Invoice No.", "Date issued", "Payment due", "Remittance information", "PO Number"),
    "fr": (
        "Numéro de facture",
        "Date de facture",
        "Date d'échéance",
        "Référence de paiement",
        "Bon de commande",
    ),
    "de": (
        "Rechnungsnummer",
        "Rechnungsdatum",
        "Fälligkeitsdatum",
        "Verwendungszweck",
        "Bestellnummer",
    ),
}


@pytest.mark.parametrize("lang", sorted(LABELS))
@pytest.mark.parametrize("colon", ["", ":"])
def test_field_grid_labels_in_seven_languages(lang, colon):
    number, issued, due, reference, order = LABELS[lang]
    fields = grid(
        [
            (f"{number}{colon}", "2026-0457"),
            (f"{issued}{colon}", "05.12.2026"),
            (f"{due}{colon}", "04.01.2027"),
            (f"{reference}{colon}", "INV 2026 0457"),
            (f"{order}{colon}", "PO-88121"),
            (f"Leistungsdatum{colon}", "28.11.2026"),
        ]
    )
    rows = [("Lindqvist Trading BV", 60, 40), *fields]
    ext = extract_from_lines(layout(rows))
    assert ext.value("invoice_number") == "2026-0457"
    assert ext.value("invoice_date") == date(2026, 12, 5)
    assert ext.value("due_date") == date(2027, 1, 4)
    assert ext.value("payment_reference") == "INV 2026 0457"
    assert ext.value("po_number") == "PO-88121"


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("Factura n.º FV-2026/318", "FV-2026/318"),
        ("Nº factura: A-77", "A-77"),
        ("Fatura nº FT 2026/12", "FT 2026/12"),
        ("Fatura-recibo n.º FR 9/2026", "FR 9/2026"),
        ("Factuurnr. 20260091", "20260091"),
        ("N. fattura 118/B", "118/B"),
        ("Inv. No. 55-301", "55-301"),
    ],
)
def test_invoice_number_labels_on_the_same_line(line, number):
    rows = [("Sociedade Exemplo Lda", 60, 40), (line, 60, 200)]
    assert extract_from_lines(layout(rows)).value("invoice_number") == number


@pytest.mark.parametrize(
    ("title", "day"),
    [
        ("Factura FV-12 de 5 de diciembre de 2026", date(2026, 12, 5)),
        ("Fatura n.º FT 12 de 05-12-2026", date(2026, 12, 5)),
        ("Factuur 2026-12 van 5 december 2026", date(2026, 12, 5)),
        ("Rechnung # RE-2026/12 von 05.12.2026", date(2026, 12, 5)),
        ("Invoice # 2026-12 issued on 2026-12-05", date(2026, 12, 5)),
    ],
)
def test_title_line_date_in_more_languages(title, day):
    rows = [("Bakkerij Voorbeeld", 60, 40), (title, 60, 200), ("Totaal 100,00", 300, 400)]
    assert extract_from_lines(layout(rows)).value("invoice_date") == day


# --- e-invoice viewer renderings --------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "number", "day"),
    [
        ("Handelsrechnung (380) Nr. 2026-4711 vom 05.12.2026", "2026-4711", date(2026, 12, 5)),
        ("Commercial invoice (380) No. INV 77 of 2026-12-05", "INV 77", date(2026, 12, 5)),
        ("Facture commerciale (380) N° FA-9 du 5 décembre 2026", "FA-9", date(2026, 12, 5)),
        ("Teilrechnung Bau (875) Nr. 3308 mit LV vom 05.12.2026", "3308 mit LV", date(2026, 12, 5)),
        ("GUTSCHRIFT (Selbstfakturierung)(389) Nr. G12 vom 05.12.2026", "G12", date(2026, 12, 5)),
    ],
)
def test_viewer_heading_with_type_code_gives_number_and_date(heading, number, day):
    rows = [
        ("Lesbarmachung der XML-Daten", 60, 40),
        (heading, 60, 100),
        ("Liefer- und Leistungsdatum:", 60, 120),
        ("28.11.2026", 260, 120),
        ("Verkäufer", 60, 160),
        ("Nummer:", 60, 173),
        ("22 00 0 001 00001", 260, 173),
        ("Käufer/Leistungsempfänger", 60, 200),
        ("Nummer:", 60, 213),
        ("998877", 260, 213),
        ("Vom 17. Dezember 2026 bis 6. Januar 2027 haben wir Betriebsferien.", 60, 400),
    ]
    ext = extract_from_lines(layout(rows))
    assert ext.value("invoice_number") == number
    assert ext.value("invoice_date") == day


def test_a_bare_number_label_counts_only_without_an_invoice_number_label():
    party = [("Seller", 60, 160), ("Number:", 60, 173), ("549910", 260, 173)]
    rows = [("Invoice number:", 60, 100), ("A-2026-15", 260, 100), *party]
    assert extract_from_lines(layout(rows)).value("invoice_number") == "A-2026-15"
    rows = [("Facture", 60, 80), ("Numéro :", 60, 100), ("F-310", 160, 100)]
    assert extract_from_lines(layout(rows)).value("invoice_number") == "F-310"


def test_grid_payment_reference_is_the_whole_cell():
    rows = grid(
        [
            ("Rechnungsnummer:", "R-8841"),
            ("Zahlungsreferenz:", "Kunde 30017 Rechnung R-8841"),
        ]
    )
    assert extract_from_lines(layout(rows)).value("payment_reference") == (
        "Kunde 30017 Rechnung R-8841"
    )
    # on the label's own line, a short value is kept whole, a sentence gives its identifier
    rows = [("Causale: Fattura 118/B", 60, 100)]
    assert extract_from_lines(layout(rows)).value("payment_reference") == "Fattura 118/B"
    rows = [("Referencia de pago: FV-12 indíquela en su transferencia", 60, 100)]
    assert extract_from_lines(layout(rows)).value("payment_reference") == "FV-12"


# --- another document's number or date ---------------------------------------------------------


def test_labels_naming_another_document_are_skipped():
    rows = [
        ("FACTURE N° :", 300, 40),
        ("F20260031", 440, 40),
        ("Date :", 300, 53),
        ("31/01/2026", 440, 53),
        ("N° DE FACTURE ASSOCIÉE : F20260003", 85, 320),
        ("DATE DE FACTURE ASSOCIÉE : 01/01/2026", 85, 335),
    ]
    ext = extract_from_lines(layout(rows))
    assert ext.value("invoice_number") == "F20260031"
    assert ext.value("invoice_date") == date(2026, 1, 31)
    rows = [("Korrekturbeleg", 60, 40), ("Ursprungsbeleg-Nr.: R-5511", 60, 300)]
    assert extract_from_lines(layout(rows)).value("invoice_number") is None


# --- due dates --------------------------------------------------------------------------------


def test_due_date_in_a_payment_terms_table_is_not_the_discount_date():
    rows = [
        ("Invoice No. 4410 dated 01.12.2026", 60, 80),
        ("Zahlungsbedingungen", 60, 300),
        ("Beschreibung", 60, 315),
        ("Fälligkeit", 260, 315),
        ("Zahlbar mit 3% Skonto bis", 60, 328),
        ("10.12.2026", 260, 328),
        ("Zahlbar ohne Abzug bis", 60, 341),
        ("31.12.2026", 260, 341),
    ]
    assert extract_from_lines(layout(rows)).value("due_date") == date(2026, 12, 31)


def test_discount_date_under_a_due_column_gives_way_to_the_net_date():
    # a real layout: the discount sentence, its date alone below the "Fälligkeit" column,
    # then the net term on one line ("Bis zum 27.06. ohne Abzug 27.06.")
    rows = [
        ("Rechnung Nr. 210113 vom 30.05.2025", 60, 80),
        ("Zahlungsbedingungen", 60, 300),
        ("Beschreibung Fälligkeit Teilzahlung", 60, 315),
        ("Bei Zahlung bis zum 20.06.2025 zahlen Sie mit 2,50 % Skonto €", 60, 328),
        ("20.06.2025", 260, 341),
        ("Bis zum zum 27.06.2025 ohne Abzug 27.06.2025", 60, 354),
    ]
    due = extract_from_lines(layout(rows)).fields["due_date"]
    assert due.value == date(2025, 6, 27)
    assert due.confidence < 0.9  # read from a terms table: a person checks it


def test_a_lone_due_date_keeps_its_confidence():
    rows = [("Rechnung Nr. 77 vom 30.05.2025", 60, 80), ("Fällig am 27.06.2025", 60, 300)]
    due = extract_from_lines(layout(rows)).fields["due_date"]
    assert due.value == date(2025, 6, 27) and due.confidence >= 0.9


@pytest.mark.parametrize(
    "line",
    [
        "Bitte überweisen Sie den Betrag bis zum 31.12.2026.",
        "Te betalen vóór 31-12-2026",
        "Pagar antes del 31/12/2026",
        "Vence el 31 de diciembre de 2026",
        "Data de vencimento: 2026-12-31",
        "Payment deadline: December 31, 2026",
        "Please remit until 2026-12-31.",
        "Paiement au plus tard le 31 décembre 2026",
    ],
)
def test_due_date_sentences(line):
    rows = [("Factura n.º 55 de 01/12/2026", 60, 80), (line, 60, 300)]
    ext = extract_from_lines(layout(rows))
    assert ext.value("due_date") == date(2026, 12, 31)
    assert ext.value("invoice_date") == date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("2 % Skonto bei Zahlung innerhalb 10 Tagen, 30 Tage netto", 30),
        ("Zahlungsbedingungen: 10 Tage 2 % Skonto, 30 Tage netto", 30),
        ("10 jours escompte 2 %, 45 jours net", 45),
        ("Zahlbar innerhalb 30 Tagen netto, 3% Skonto innerhalb 10 Tagen", 30),
    ],
)
def test_payment_terms_days_are_not_the_discount_days(text, days):
    assert dates.payment_terms_days(text) == days


def test_terms_only_give_a_warning_with_the_computed_date():
    rows = [
        ("Facture n° F-77 du 15/01/2026", 60, 80),
        ("Conditions de paiement : 30 jours fin de mois", 60, 300),
    ]
    ext = extract_from_lines(layout(rows))
    assert ext.value("due_date") is None
    (warning,) = [w for w in ext.warnings if w.code == "due_date_from_terms"]
    assert str(warning.params["due_date"]) == "2026-02-28"


@pytest.mark.parametrize(
    "label",
    [
        "Referenz (bitte bei Zahlung angeben)",
        "Reference (please quote with your payment)",
        "Référence à rappeler lors de votre paiement",
        "Riferimento da indicare nel pagamento",
        "Kenmerk (bij betaling vermelden)",
        "Payment ID",
    ],
)
def test_reference_to_quote_with_the_payment(label):
    value_x = 60 + 4.5 * len(label) + 20
    rows = [("Seite 1 von 1", 480, 800), (label, 60, 126), ("2026-88120", value_x, 126)]
    assert extract_from_lines(layout(rows)).value("payment_reference") == "2026-88120"


def test_loose_number_label_is_not_another_documents():
    rows = [("Rechnung zu Ihrer Bestellung Nr. 4711", 60, 100)]
    assert extract_from_lines(layout(rows)).value("invoice_number") is None
    rows = [("Facture d'acompte n° FA-2026-31", 60, 100)]
    assert extract_from_lines(layout(rows)).value("invoice_number") == "FA-2026-31"


@pytest.mark.parametrize(
    "line",
    [
        "Te betalen binnen 30 dagen na factuurdatum (04.01.2027)",
        "Pago a 30 días desde la fecha de factura (04.01.2027)",
        "Pagamento a 30 dias após a data da fatura (04.01.2027)",
    ],
)
def test_terms_counted_from_the_invoice_date_are_not_the_invoice_date(line):
    rows = [("Factuur", 60, 60), ("Datum: 05.12.2026", 60, 80), (line, 60, 400)]
    assert extract_from_lines(layout(rows)).value("invoice_date") == date(2026, 12, 5)


def test_bare_document_word_heading_a_column_of_labels():
    rows = [
        ("Suministros Ejemplo S.L.", 50, 40),
        ("Factura", 50, 140),
        ("Fecha", 160, 140),
        ("Vencimiento", 280, 140),
        ("A-153", 50, 152),
        ("05/12/2026", 160, 152),
        ("04/01/2027", 280, 152),
        ("Página 1", 500, 800),
    ]
    ext = extract_from_lines(layout(rows))
    assert ext.value("invoice_number") == "A-153"
    assert ext.value("due_date") == date(2027, 1, 4)
    # a title alone is no column label
    rows = [("Factura", 50, 100), ("Calle Mayor 5", 50, 112)]
    assert extract_from_lines(layout(rows)).value("invoice_number") is None


def test_series_and_number_are_kept_together():
    rows = [("Fatura n.º FT A/153", 60, 100), ("Data de emissão: 2026-12-05", 60, 112)]
    assert extract_from_lines(layout(rows)).value("invoice_number") == "FT A/153"


def test_bilingual_and_abbreviated_labels():
    rows = [
        ("Rechnungsnr. / Invoice no.: 2026-77", 50, 100),
        ("Datum/Date: 05.12.2026", 50, 112),
        ("Fecha vto.: 04-01-2027", 50, 124),
    ]
    ext = extract_from_lines(layout(rows))
    assert ext.value("invoice_number") == "2026-77"
    assert ext.value("invoice_date") == date(2026, 12, 5)
    assert ext.value("due_date") == date(2027, 1, 4)


def test_instalment_dates_are_no_due_date():
    rows = [
        ("Beitragsrechnung Nr. 2026-5 vom 05.12.2026", 60, 80),
        ("Wir buchen zu den Fälligkeiten 01.01.2027, 01.04.2027 den Beitrag ab.", 60, 300),
    ]
    assert extract_from_lines(layout(rows)).value("due_date") is None


@pytest.mark.parametrize(
    ("heading", "wrapped"),
    [
        ("VERSICHERUNGSRECHNUNG (575) Nr. 01.234.567.8-2026-1 vom", "05.12.2026"),
        ("Avoir (autofacturation) N° 01.234.567.8-2026-1", "du 5 décembre 2026"),
        ("Credit note (self-billed) No. 01.234.567.8-2026-1", "of 2026-12-05"),
    ],
)
def test_wrapped_viewer_heading(heading, wrapped):
    rows = [
        (heading, 50, 100),
        (wrapped, 50, 116),
        ("Verkäufer", 50, 200),
        ("Nummer", 50, 212),
        (": 549910", 130, 212),
        ("Seite 1", 500, 800),
    ]
    ext = extract_from_lines(layout(rows))
    assert ext.value("invoice_number") == "01.234.567.8-2026-1"
    assert ext.value("invoice_date") == date(2026, 12, 5)


def test_terms_sentence_with_its_end_date_only_warns():
    rows = [
        ("Rechnung Nr. 2026-9 vom 05.12.2026", 60, 80),
        ("Zahlbar innerhalb 30 Tagen netto bis 04.01.2027, 2% Skonto innerhalb 10 Tagen", 60, 300),
    ]
    ext = extract_from_lines(layout(rows))
    assert ext.value("due_date") is None
    assert [w.code for w in ext.warnings if w.code == "due_date_from_terms"]
    rows[1] = ("Zahlbar ohne Abzug bis 04.01.2027", 60, 300)
    assert extract_from_lines(layout(rows)).value("due_date") == date(2027, 1, 4)


@pytest.mark.parametrize(
    "line",
    [
        "Invoice total due 18 Mar 27 $82.98",
        "TOTAL AMOUNT DUE ON March 18 , 2027",
        "Balance due 18/03/2027",
        "Payment terms: until 18.03.2027",
    ],
)
def test_due_date_right_after_due_or_in_the_payment_terms(line):
    ext = extract_from_lines(
        layout(
            [("Invoice No. 1001", 60, 100), ("Invoice date: 01.03.2027", 60, 113), (line, 60, 400)]
        )
    )
    assert ext.value("due_date") == date(2027, 3, 18)


def test_due_before_an_amount_is_no_due_date():
    ext = extract_from_lines(
        layout(
            [
                ("Invoice No. 1001", 60, 100),
                ("Invoice date: 01.03.2027", 60, 113),
                ("Amount due 18.50", 60, 400),
            ]
        )
    )
    assert ext.value("due_date") is None


def test_reference_in_the_bank_details_is_the_payment_reference():
    rows = [
        ("Invoice: INV-2201", 36, 160),
        ("How to pay", 35, 654),
        ("Bank Name:", 35, 710),
        ("Harbour Bank", 115, 710),
        ("Account Number: 12-3617-0014465-00", 35, 725),
        ("Account Name:", 35, 740),
        ("Kauri Cleaning Limited", 115, 740),
        ("Reference:", 35, 755),
        ("INV-2201", 115, 755),
    ]
    assert extract_from_lines(layout(rows)).value("payment_reference") == "INV-2201"
    # a bare "Reference" away from the bank details is anyone's
    rows[7:9] = [("Reference:", 35, 300), ("PO-55", 115, 300)]
    assert extract_from_lines(layout(rows)).value("payment_reference") is None
    # the label alone, its value a far cell: another field's
    rows[7:9] = [("Reference:", 35, 755), ("BELAC457692722", 445, 755)]
    assert extract_from_lines(layout(rows)).value("payment_reference") is None


def test_document_word_with_the_number_alone_in_the_next_cell():
    rows = [
        ("Facture", 296, 81),
        ("A-77120", 386, 82),
        ("PO153919", 296, 96),
        ("Date : 11/01/27", 353, 96),
    ]
    assert extract_from_lines(layout(rows)).value("invoice_number") == "A-77120"
    # a date or an amount in the next cell is no number
    for cell in ("11/01/27", "1,250.00"):
        rows[1] = (cell, 386, 82)
        assert extract_from_lines(layout(rows)).value("invoice_number") != cell


@pytest.mark.parametrize(
    ("label", "value", "expected"),
    [
        ("Terms of Payment:", "Up to 18.03.2027", date(2027, 3, 18)),
        ("Conditions de paiement :", "jusqu'au 18/03/2027", date(2027, 3, 18)),
        ("Zahlungsbedingungen:", "bis 18.03.2027", date(2027, 3, 18)),
        ("Terms of Payment:", "30 days from 01.03.2027", None),
        ("Terms of Payment:", "2% discount up to 08.03.2027", None),
    ],
)
def test_payment_terms_naming_the_date_to_pay_by(label, value, expected):
    rows = [("Invoice No. 1001", 60, 100), ("Invoice date: 01.03.2027", 60, 113)]
    rows += [(label, 29, 300), (value, 160, 300)]
    assert extract_from_lines(layout(rows)).value("due_date") == expected


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Date paid: 9 May 2023", date(2023, 5, 9)),
        ("Paid on 09/05/2023", date(2023, 5, 9)),
        ("Order date: 9 May 23", date(2023, 5, 9)),
        ("Bestelldatum: 09.05.2023", date(2023, 5, 9)),
        ("Fecha del pedido: 09/05/2023", date(2023, 5, 9)),
    ],
)
def test_payment_or_order_date_dates_a_document_without_an_invoice_date(label, expected):
    rows = [("Tax Invoice", 40, 40), ("Fjord Digital", 40, 60), (label, 380, 80),
            ("Invoice No. 55120", 380, 95), ("Total 12.00", 380, 300)]  # fmt: skip
    ext = extract_from_lines(layout(rows))
    assert ext.value("invoice_date") == expected
    assert ext.field_confidence("invoice_date") < 0.7
    # an invoice date printed as well wins
    rows.append(("Invoice date: 11 May 2023", 380, 110))
    assert extract_from_lines(layout(rows)).value("invoice_date") == date(2023, 5, 11)


@pytest.mark.parametrize("mark", ["#", "No.", "Nr.", "N°"])
def test_invoice_title_with_its_number_marked_on_the_line_under_it(mark):
    rows = [("Lumen Studio", 40, 30), ("INVOICE", 420, 30), (f"{mark} LS-2024-118", 420, 48),
            ("Date: 4 March 2024", 380, 110), ("Total 480.00", 380, 400)]  # fmt: skip
    assert extract_from_lines(layout(rows)).value("invoice_number") == "LS-2024-118"


def test_a_receipts_date_and_time_stamp_dates_it():
    rows = [("Kaiser Backstube", 300, 100), ("18.05.2020 16:07 2171/3 239735/10", 200, 160),
            ("Summe 2,40", 200, 700)]  # fmt: skip
    assert extract_from_lines(layout(rows)).value("invoice_date") == date(2020, 5, 18)
    # a date in a sentence is no stamp
    rows[1] = ("Gültig bis 18.05.2020 für alle Filialen", 200, 160)
    assert extract_from_lines(layout(rows)).value("invoice_date") is None
