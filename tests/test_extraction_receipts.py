"""Till receipts read by the rules (fincycle.extraction): synthetic paper rolls, narrow and
tall, labels at the left edge and values at the right edge."""

from datetime import date
from decimal import Decimal

from fincycle.extraction.amount_rows import classify
from fincycle.extraction.model import TextLine
from fincycle.extraction.rules import extract_from_lines

ROLL_WIDTH = 240.0


def roll(rows, size=9.0):
    """TextLines from (text, x0, top) rows on a roll 240 wide; a text at x0 < 0 ends at the
    right edge (amounts, numbers)."""
    out = []
    for text, x, top in rows:
        width = 0.5 * size * len(text)
        x0 = ROLL_WIDTH - width if x < 0 else x
        out.append(TextLine(text, 0, x0, top, x0 + width, top + size))
    return out


HEADER = [
    ("Bäckerei Kornfeld GmbH", 40, 20),
    ("Lindenweg 7", 60, 32),
    ("54321 Kleinstadt", 55, 44),
    ("EUR", -1, 70),
    ("ROGGENBROT", 10, 82),
    ("3,40 B", -1, 82),
    ("KAFFEE", 10, 94),
    ("2,10 A", -1, 94),
]


def test_receipt_number_after_bon_nr_wins_over_the_card_slip_number():
    ext = extract_from_lines(
        roll(
            [
                *HEADER,
                ("SUMME", 10, 120),
                ("EUR 5,50", -1, 120),
                ("Kundenbeleg", 80, 150),
                ("Beleg-Nr.", 10, 162),
                ("2468", -1, 162),
                ("Trace-Nr.", 10, 174),
                ("135790", -1, 174),
                ("Terminal-ID", 10, 186),
                ("11223344", -1, 186),
                ("17.02.2023", 10, 600),
                ("09:14", 90, 600),
                ("Bon-Nr.:5172", 150, 600),
            ]
        )
    )
    assert ext.value("invoice_number") == "5172"
    assert ext.value("invoice_date") == date(2023, 2, 17)  # the stamp at the foot
    assert ext.value("document_type") == "receipt"


def test_card_slip_number_alone_is_unsure_and_glued_bon_number_is_read():
    slip = [
        ("Kundenbeleg", 80, 150),
        ("Beleg-Nr.", 10, 162),
        ("2468", -1, 162),
        ("Terminal-ID", 10, 174),
        ("11223344", -1, 174),
    ]
    ext = extract_from_lines(roll([*HEADER, *slip, ("Summe EUR", 10, 600), ("5,50", -1, 600)]))
    assert ext.value("invoice_number") == "2468"
    assert ext.field_confidence("invoice_number") < 0.7
    ext = extract_from_lines(
        roll([*HEADER, *slip, ("Summe EUR", 10, 600), ("5,50", -1, 600), ("Bon 0372", 10, 620)])
    )
    assert ext.value("invoice_number") == "0372"


def test_far_right_value_of_a_label_on_a_till_roll():
    ext = extract_from_lines(
        roll([*HEADER, ("Summe", 10, 120), ("5,50", -1, 120), ("Datum:", 10, 400)])
        + roll([("03.05.2022", -1, 399), ("Vielen Dank", 60, 700)])
    )
    assert ext.value("invoice_date") == date(2022, 5, 3)


def test_date_after_dat_and_stamp_time_in_the_next_cell():
    ext = extract_from_lines(
        roll(
            [
                *HEADER,
                ("Summe", 10, 120),
                ("5,50", -1, 120),
                ("Dat.14.11.2019 Zeit08:15:02", 10, 600),
            ]
        )
    )
    assert ext.value("invoice_date") == date(2019, 11, 14)


def test_letter_spaced_and_split_labels():
    assert classify("s u m m e ") == "total"
    assert classify("zwi schensumme eur ") == "subtotal"
    assert classify("ne t t o-umsat z ") == "untaxed"
    assert classify("artikel ") == ""


def test_subtotal_is_the_total_of_a_till_receipt_without_a_sum_line():
    ext = extract_from_lines(
        roll(
            [
                *HEADER,
                ("Zwi schensumme", 10, 120),
                ("EUR 5,50", -1, 120),
                ("BAR", 10, 132),
                ("10,00", -1, 132),
                ("Ruckge ld EUR", 10, 144),
                ("4,50", -1, 144),
                ("Kas: 002/0031", 10, 600),
                ("Bon0412", 110, 600),
            ]
        )
    )
    assert ext.value("amount_total") == Decimal("5.50")
    assert ext.value("document_type") == "receipt"
    assert ext.value("invoice_number") == "0412"


def test_subtotal_alone_on_an_invoice_is_no_total():
    lines = [
        TextLine("Rechnung", 0, 50, 100, 120, 110),
        TextLine("Zwischensumme 120,00 EUR", 0, 300, 400, 450, 410),
    ]
    ext = extract_from_lines(lines)
    assert ext.value("amount_total") is None


def test_total_after_a_pair_of_another_column_on_its_row():
    lines = [
        TextLine("Facture n° 2023-88", 0, 50, 60, 200, 70),
        TextLine("Sous-total  45,00 €", 0, 300, 400, 480, 410),
        TextLine("TVA 20% 9,00 €", 0, 300, 415, 480, 425),
        TextLine("Paiement par carte  54,00 €", 0, 40, 429, 220, 439),
        TextLine("Total EUR  54,00 €", 0, 300, 430, 480, 440),
    ]
    ext = extract_from_lines(lines)
    assert ext.value("amount_total") == Decimal("54.00")
    assert ext.value("amount_untaxed") == Decimal("45.00")


def test_lone_rate_row_is_the_net_when_it_adds_up_to_the_total():
    def receipt(vat_row):
        return roll(
            [
                *HEADER,
                ("SUMME EUR", 10, 120),
                ("35.70", -1, 120),
                ("M W S T-CODE  N E T T O", 10, 300),
                ("19.00%", 10, 312),
                (vat_row, -1, 312),
                ("Vielen Dank", 60, 700),
            ]
        )

    ext = extract_from_lines(receipt("30.00"))
    assert ext.value("amount_untaxed") == Decimal("30.00")
    assert ext.value("amount_tax") == Decimal("5.70")
    assert [(t.rate, t.base, t.amount) for t in ext.taxes] == [
        (Decimal("19"), Decimal("30.00"), Decimal("5.70"))
    ]
    ext = extract_from_lines(receipt("12.00"))  # 12.00 + 19 % is not the total: no net
    assert ext.value("amount_untaxed") is None


def test_receipt_number_under_its_label_in_a_row_of_column_labels():
    lines = [
        *roll([*HEADER, ("SUMME EUR", 10, 120), ("5,50", -1, 120), ("Vielen Dank", 60, 700)]),
        TextLine("Datum", 0, 10, 600, 35, 609),
        TextLine("Zeit BonNr KasNr", 0, 70, 600, 190, 609),
        TextLine("21.03.2021 10:02 6093", 0, 10, 611, 150, 620),
        TextLine("12", 0, 170, 611, 180, 620),
    ]
    ext = extract_from_lines(lines)
    assert ext.value("invoice_number") == "6093"


def test_a_dutch_till_receipt_paid_by_card_is_a_receipt():
    ext = extract_from_lines(
        roll(
            [
                ("Supermarkt De Linde", 40, 20),
                ("Dorpsstraat 3", 60, 32),
                ("KAAS", 10, 82),
                ("4,29", -1, 82),
                ("BROOD", 10, 94),
                ("2,15", -1, 94),
                ("TOTAAL", 10, 120),
                ("6,44", -1, 120),
                ("PINNEN", 10, 132),
                ("6,44", -1, 132),
                ("KLANTTICKET", 80, 160),
                ("Merchant: 1234567", 10, 172),
                ("Leesmethode: CHIP", 10, 184),
            ]
        )
    )
    assert ext.value("document_type") == "receipt"
    assert ext.value("amount_total") == Decimal("6.44")


def test_an_invoice_that_mentions_contactless_payment_stays_an_invoice():
    ext = extract_from_lines(
        roll(
            [
                ("Invoice", 10, 10),
                ("Atelier Nordlicht GmbH", 40, 24),
                ("Invoice No. 2024-117", 10, 40),
                ("Repair of the display", 10, 82),
                ("120.00", -1, 82),
                ("Total", 10, 120),
                ("120.00", -1, 120),
                ("Paid contactless, thank you", 10, 140),
                ("Merchant copy", 10, 152),
            ]
        )
    )
    assert ext.value("document_type") == "invoice"


def test_a_dutch_or_spanish_invoice_titled_so_is_no_receipt_despite_card_lines():
    for title in ("Factuur", "Factura", "Fatura"):
        ext = extract_from_lines(
            roll(
                [
                    (title, 10, 10),
                    ("Installatiebedrijf Van Dam B.V.", 40, 24),
                    ("Onderhoud ketel", 10, 82),
                    ("150,00", -1, 82),
                    ("Totaal", 10, 120),
                    ("150,00", -1, 120),
                    ("Pinbetaling", 10, 140),
                    ("Klantticket", 10, 152),
                ]
            )
        )
        assert ext.value("document_type") == "invoice", title
