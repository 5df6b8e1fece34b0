"""Rules found on bills printed through third-party HTML invoice templates (admin themes,
invoice e-mails, static invoice pages; ``scripts/bench/make_template_invoices.py``), each
checked on synthetic documents written for the test: a short party heading ("Von", "De",
"Da") over the vendor's address, the number marked "#" in the cell beside the title, and an
IBAN its narrow cell wraps onto the next line."""

import pytest

from fincycle.extraction.model import TextLine
from fincycle.extraction.rules import extract_from_lines


def layout(rows, size=9.0):
    """TextLines from (text, x0, top) rows; the width follows the text length."""
    return [TextLine(t, 0, x0, top, x0 + 0.5 * size * len(t), top + size) for t, x0, top in rows]


def read(rows):
    return extract_from_lines(layout(rows))


def _iban(country, bban):
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def _totals(top=400):
    return [
        ("Total", 360, top),
        ("CHF 1'083.60", 460, top),
    ]


# --- a short party heading over the vendor's address ------------------------------------------


def _parties(heading, vendor, to_heading):
    return [
        ("Rechnung #2025-0413", 60, 40),
        (heading, 60, 100),
        (to_heading, 240, 100),
        (vendor, 60, 114),
        ("Seeland Immobilien AG", 240, 114),
        ("Bahnhofstrasse 12", 60, 128),
        ("Marktgasse 4", 240, 128),
        ("8001 Zürich", 60, 142),
        ("3011 Bern", 240, 142),
        ("Email: info@brunner.ch", 60, 156),
        *_totals(),
    ]


@pytest.mark.parametrize(
    ("heading", "to_heading"),
    [("Von", "Rechnung an"), ("De", "Facturé à"), ("Da", "Fatturato a"), ("From", "Bill to")],
)
def test_short_heading_over_the_vendor(heading, to_heading):
    ext = read(_parties(heading, "Brunner Bürotechnik GmbH", to_heading))
    assert ext.value("vendor_name") == "Brunner Bürotechnik GmbH"


def test_name_starting_with_von_is_no_heading():
    # negative: "Von Allmen ..." is a name, not the heading "Von" before it
    ext = read(_parties("Absender", "Von Allmen Elektro AG", "Rechnung an"))
    assert ext.value("vendor_name") == "Von Allmen Elektro AG"


# --- the number marked "#" in the cell beside the title ---------------------------------------


def _titled(number_cell):
    return [
        ("Rechnung", 110, 60),
        (number_cell, 320, 60),
        ("RECHNUNG AN", 110, 120),
        ("Seeland Immobilien AG", 110, 150),
        ("Rechnungsdatum : 10.05.2025", 110, 210),
        *_totals(),
    ]


@pytest.mark.parametrize(
    ("title", "cell", "expected"),
    [
        ("Rechnung", "#88333", "88333"),
        ("Facture", "#F258128", "F258128"),
        ("Fattura", "# 2025-0457", "2025-0457"),
        ("Invoice", "#R79267", "R79267"),
    ],
)
def test_number_marked_beside_the_title(title, cell, expected):
    rows = _titled(cell)
    rows[0] = (title, 110, 60)
    assert read(rows).value("invoice_number") == expected


def test_marked_date_beside_the_title_is_no_number():
    # negative: a date in that cell is no number
    assert read(_titled("#12.03.2025")).value("invoice_number") is None


# --- an IBAN wrapped onto the next line -------------------------------------------------------


def _wrapped(first, second, label="IBAN:"):
    return [
        ("Rechnung #2025-0885", 60, 40),
        ("Schmidt Informatik GmbH", 60, 70),
        (f"{label} {first}", 300, 100),
        (second, 300, 111),
        ("Email: info@schmidt.de", 300, 125),
        *_totals(),
    ]


@pytest.mark.parametrize(
    ("country", "bban", "cut"),
    [
        ("DE", "370501987705123456", 19),
        ("CH", "0070011112222333344"[:17], 19),
        ("FR", "30003036350000000123455", 24),
    ],
)
def test_iban_wrapped_onto_the_next_line(country, bban, cut):
    iban = _iban(country, bban)
    grouped = " ".join(iban[k : k + 4] for k in range(0, len(iban), 4))
    ext = read(_wrapped(grouped[:cut].rstrip(), grouped[cut:].strip()))
    assert ext.value("vendor_iban") == iban


def test_digits_under_a_cut_iban_that_do_not_complete_it():
    # negative: the line under does not make the IBAN's check digits right
    iban = _iban("DE", "370501987705123456")
    grouped = " ".join(iban[k : k + 4] for k in range(0, len(iban), 4))
    ext = read(_wrapped(grouped[:19], "9999 99"))
    assert ext.value("vendor_iban") in (None, "")


def test_cut_account_without_iban_label_is_not_joined():
    # negative: no "IBAN" on the line, no joining
    iban = _iban("DE", "370501987705123456")
    grouped = " ".join(iban[k : k + 4] for k in range(0, len(iban), 4))
    ext = read(_wrapped(grouped[:19], grouped[19:].strip(), label="Konto:"))
    assert ext.value("vendor_iban") in (None, "")


# --- a date its narrow cell wraps onto the next line --------------------------------------------


def _wrapped_date(first, second):
    return [
        ("Fiduciaire Bonvin Sàrl", 66, 63),
        ("Facture n°: F251855", 424, 68),
        (first, 424, 86),
        (second, 472, 100),
        ("Seeland Immobilien AG", 406, 187),
        ("Rue du Lac 92", 66, 205),
        *_totals(),
    ]


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("Date de facture: 1er", "février 2025", "2025-02-01"),
        ("Date de facture: 17 juillet", "2026", "2026-07-17"),
        ("Rechnungsdatum: 12. Dezember", "2025", "2025-12-12"),
        ("Data fattura: 3 marzo", "2025", "2025-03-03"),
        ("Invoice date: 21 November", "2025", "2025-11-21"),
    ],
)
def test_date_wrapped_onto_the_next_line(first, second, expected):
    assert str(read(_wrapped_date(first, second)).value("invoice_date")) == expected


def test_year_under_a_dateless_label_line_is_no_date():
    # negative: the label's line holds no part of a date; a year under it is not one
    ext = read(_wrapped_date("Date de facture: voir bon", "2025"))
    assert ext.value("invoice_date") is None


def test_iban_under_its_column_heading_wrapped_right_aligned():
    iban = _iban("FR", "30003036350000000123455")
    grouped = " ".join(iban[k : k + 4] for k in range(0, len(iban), 4))
    first, second = grouped[:24], grouped[25:]
    rows = [
        ("Électricité Dumont EURL", 66, 60),
        ("Mode de paiement", 61, 298),
        ("IBAN", 518, 298),
        ("Virement bancaire", 61, 312),
        (first, 545 - 4.5 * len(first), 312),
        (second, 545 - 4.5 * len(second), 323),
        *_totals(),
    ]
    assert read(rows).value("vendor_iban") == iban


def test_cut_account_under_another_heading_is_not_joined():
    # negative: the column is headed "Konto", not "IBAN"
    iban = _iban("FR", "30003036350000000123455")
    grouped = " ".join(iban[k : k + 4] for k in range(0, len(iban), 4))
    first, second = grouped[:24], grouped[25:]
    rows = [
        ("Électricité Dumont EURL", 66, 60),
        ("Zahlungsart", 61, 298),
        ("Konto", 518, 298),
        ("Überweisung", 61, 312),
        (first, 545 - 4.5 * len(first), 312),
        (second, 545 - 4.5 * len(second), 323),
        *_totals(),
    ]
    assert read(rows).value("vendor_iban") in (None, "")
