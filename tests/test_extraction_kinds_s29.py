"""Bill capture on real vendors' layouts, stop 29 (fincycle.extraction): synthetic line lists
for each class of miss met on the development documents, each with a case that must not
trigger the rule."""

import pytest

from fincycle.extraction import identifiers
from fincycle.extraction.model import TextLine
from fincycle.extraction.rules import extract_from_lines


def layout(rows, size=9.0):
    """TextLines from (text, x0, top[, size]) rows; the width follows the text length."""
    out = []
    for row in rows:
        text, x0, top = row[:3]
        s = row[3] if len(row) > 3 else size
        out.append(TextLine(text, 0, x0, top, x0 + 0.5 * s * len(text), top + s))
    return out


def value(rows, name):
    field = extract_from_lines(layout(rows)).fields.get(name)
    return field.value if field else None


# --- a title over its date over its marked number ---------------------------------------------


@pytest.mark.parametrize(
    ("title", "day", "number"),
    [
        ("FACTURE", "20/09/2023", "nº 2023-6013"),
        ("RECHNUNG", "20.09.2023", "Nr. 2023-6013"),
        ("FATTURA", "20/09/2023", "n. 2023-6013"),
        ("INVOICE", "20/09/2023", "No. 2023-6013"),
    ],
)
def test_title_date_then_number(title, day, number):
    rows = [
        (title, 470, 75, 16),
        (day, 500, 113),
        (number, 493, 127),
        ("Hotel du Pacano SARL", 42, 170),
        ("2, rue de la Paix", 42, 184),
    ]
    assert value(rows, "invoice_number") == "2023-6013"


@pytest.mark.parametrize("title", ["FACTURE", "RECHNUNG", "FATTURA", "INVOICE"])
def test_title_date_then_unmarked_line(title):
    """Under the date, a line with digits but no number mark is not the invoice number."""
    rows = [
        (title, 470, 75, 16),
        ("20/09/2023", 500, 113),
        ("Tel 01 12 34 56", 493, 127),
        ("Hotel du Pacano SARL", 42, 170),
    ]
    assert value(rows, "invoice_number") != "01123456"
    assert value(rows, "invoice_number") is None


# --- the legal notice names the vendor's SIREN ------------------------------------------------


def _two_vat_page(notice):
    return [
        ("FOURNISSEUR F", 220, 20, 14),
        ("Issy les Moulineaux, le 31 octobre 2017", 347, 59),
        ("CLIENT 1", 333, 85),
        ("1 rue du Client", 333, 99),
        ("75015 PARIS", 333, 113),
        ("Numero TVA FR51777888991", 333, 127),
        ("SIRET 777 888 991 00018", 333, 141),
        ("FACTURE", 266, 181),
        ("Total TTC 120,00 EUR", 300, 500),
        ("25 rue du Fournisseur 92120 MONTROUGE", 162, 778),
        (notice, 91, 787),
        ("No TVA intracommunautaire : FR 34 999 888 779", 216, 796),
    ]


def test_legal_notice_siren_picks_vendor_vat():
    rows = _two_vat_page("SARL au capital de 50 000 Euros - R.C.S. NANTERRE 999 888 779")
    assert value(rows, "vendor_vat") == "FR34999888779"


def test_legal_notice_without_siren_keeps_both_open():
    """A notice without a SIREN does not lower the addressee's VAT id: nothing changes."""
    with_notice = _two_vat_page("SARL au capital de 50 000 Euros")
    plain = _two_vat_page("Merci de votre confiance")
    assert value(with_notice, "vendor_vat") == value(plain, "vendor_vat")


# --- the sender line's company, not its contact person ------------------------------------------


@pytest.mark.parametrize(
    ("company", "person", "street"),
    [
        ("Lieferant GmbH & Co. KG", "Tim Fuchs", "Teststraße 12, 98765 Weitstadt, DE"),
        ("Fournisseur SARL", "Jean Dupont", "12 rue de la Gare, 75010 Paris, FR"),
        ("Fornitore S.r.l.", "Mario Rossi", "Via Roma 12, 20121 Milano, IT"),
        ("Supplier Ltd", "John Smith", "12 High Street, 8001 Zurich, CH"),
    ],
)
def test_sender_line_company_over_contact(company, person, street):
    rows = [
        (company, 40, 46),
        ("Tax no.: 12/345/67890", 40, 59),
        (person, 40, 69),
        (street, 40, 79),
        ("Invoice", 307, 58, 14),
        ("Invoice number:", 307, 80),
        ("6063636771001", 484, 80),
        ("Page 1 of 1", 480, 800),
        ("Customer name / company", 40, 148),
        ("Musterkunde AG", 40, 160),
        ("Musterstrasse 44, 40789 Musterstadt, DE", 40, 170),
    ]
    assert value(rows, "vendor_name") == company


@pytest.mark.parametrize(
    ("company", "person", "street"),
    [
        ("Lieferant Handel", "Tim Fuchs", "Teststraße 12, 98765 Weitstadt, DE"),
        ("Boulangerie du Coin", "Jean Dupont", "12 rue de la Gare, 75010 Paris, FR"),
    ],
)
def test_sender_line_name_kept_without_legal_form(company, person, street):
    """No legal form over the name: the name on the line over the street stays the sender's."""
    rows = [
        (company, 40, 30),
        ("Tax no.: 12/345/67890", 40, 59),
        (person, 40, 69),
        (street, 40, 79),
        ("Invoice", 307, 58, 14),
        ("Invoice number:", 307, 80),
        ("6063636771001", 484, 80),
        ("Page 1 of 1", 480, 800),
    ]
    assert value(rows, "vendor_name") != company


# --- a due-date label glued to its date ---------------------------------------------------------


@pytest.mark.parametrize(
    "label",
    ["Fälligkeitsdatum", "Fälligkeit", "Date d'échéance", "Scadenza", "Due date"],
)
def test_due_label_glued_to_date(label):
    rows = [
        ("RECHNUNG", 300, 50, 14),
        ("Rechnungsdatum: 27.08.2026", 300, 120),
        (f"Leistungsdatum: 27.08.2026 - {label}16.09.2026", 40, 275),
        ("Page 1 of 1", 480, 800),
    ]
    assert str(value(rows, "due_date")) == "2026-09-16"


def test_due_plural_glued_is_no_due_date():
    """ "Fälligkeiten" lists instalments: still no single due date, glued or not."""
    rows = [
        ("RECHNUNG", 300, 50, 14),
        ("Rechnungsdatum: 27.08.2026", 300, 120),
        ("Fälligkeiten16.09.2026, 16.10.2026", 40, 275),
        ("Page 1 of 1", 480, 800),
    ]
    assert value(rows, "due_date") is None


# --- Spanish and Portuguese tax ids printed without their country prefix -----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CIF: B12345674", "ESB12345674"),
        ("N.I.F. B-12345674", "ESB12345674"),
        ("NIF 12345678Z", "ES12345678Z"),
        ("NIF: 501964843", "PT501964843"),
        ("Contribuinte n.º 501 964 843", "PT501964843"),
        ("NIPC 501964843", "PT501964843"),
    ],
)
def test_iberian_tax_id_after_label(text, expected):
    assert [m.value for m in identifiers.find_labelled_vats(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Pedido B12345674",  # an order number, no tax label
        "Rechnungsnummer 501964843",
        "Numéro de facture 501964843",
        "Fattura n. 501964843",
        "Invoice no. 12345678Z",
        "CIF: B12345675",  # wrong check character
        "NIF: 501964844",  # wrong check digit
    ],
)
def test_iberian_tax_id_needs_label_and_check(text):
    assert identifiers.find_labelled_vats(text) == []


def test_spanish_vendor_cif_in_footer():
    rows = [
        ("Panadería García S.L.", 40, 40),
        ("Calle Mayor 1", 40, 52),
        ("28013 Madrid", 40, 64),
        ("FACTURA", 300, 100, 14),
        ("Nº factura: A-2024/113", 300, 130),
        ("Total factura 121,00 €", 300, 424),
        ("CIF: B12345674", 40, 700),
        ("Page 1 of 1", 480, 800),
    ]
    assert value(rows, "vendor_vat") == "ESB12345674"


# --- the account holder with the account's details on its line ------------------------------------


def _holder_page(line):
    return [
        ("RECHNUNG", 300, 40, 16),
        ("Kunde AG", 40, 120),
        ("Kundenweg 2", 40, 132),
        ("80000 Stadt", 40, 144),
        ("Rechnungsnr. 113", 300, 120),
        ("Total 121,00 EUR", 300, 424),
        (line, 40, 760),
        ("Page 1 of 1", 480, 800),
    ]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (
            "Kontoinhaber: Müller Elektro GmbH, IBAN DE89 3704 0044 0532 0130 00",
            "Müller Elektro GmbH",
        ),
        (
            "Titulaire du compte : Dupont Frères SARL - IBAN FR76 3000 6000 0112 3456 7890 189",
            "Dupont Frères SARL",
        ),
        (
            "Intestatario: Forniture Rossi S.r.l. IBAN IT60 X054 2811 1010 0000 0123 456",
            "Forniture Rossi S.r.l.",
        ),
        ("Account name: Acme Supplies Ltd; Bank: Barclays", "Acme Supplies Ltd"),
    ],
)
def test_account_holder_before_bank_details(line, name):
    assert value(_holder_page(line), "vendor_name") == name


def test_account_holder_person_is_no_vendor():
    """A person holding the account (no legal form) names no vendor."""
    line = "Kontoinhaber: Hans Müller, IBAN DE89 3704 0044 0532 0130 00"
    assert value(_holder_page(line), "vendor_name") is None


# --- the sums row under a VAT table is no VAT row ----------------------------------------------


def _receipt_vat_table(head, code, sums):
    return [
        ("Musterladen GmbH", 250, 30, 30),
        ("Hauptstr. 1", 250, 70, 30),
        ("33100 Paderborn", 250, 110, 30),
        ("Artikel 1", 17, 250, 30),
        ("7,16 A", 720, 250, 30),
        ("zu zahlen", 11, 394, 30),
        ("7,16", 725, 393, 30),
        (head[0], 28, 638, 30),
        (head[1], 251, 641, 30),
        (head[2], 449, 641, 30),
        (head[3], 727, 638, 30),
        (code, 9, 688, 30),
        ("0,47", 267, 688, 30),
        ("6,69", 488, 688, 30),
        ("7,16", 726, 686, 30),
        (sums, 7, 736, 30),
        ("0,47", 266, 737, 30),
        ("6,69", 487, 736, 30),
        ("7,16", 726, 738, 30),
        ("02.03.20 15:59", 528, 940, 30),
    ]


@pytest.mark.parametrize(
    ("head", "code", "sums"),
    [
        (("MWST%", "MWST +", "Netto", "Brutto"), "A 7%", "Summe"),
        (("TVA %", "TVA", "HT", "TTC"), "A 7%", "Total"),
        (("IVA %", "IVA", "Imponibile", "Totale"), "A 7%", "Totale"),
        (("VAT %", "VAT", "Net", "Gross"), "A 7%", "Total"),
    ],
)
def test_sums_row_is_no_vat_row(head, code, sums):
    ext = extract_from_lines(layout(_receipt_vat_table(head, code, sums)))
    rows = sorted((str(t.rate), str(t.base), str(t.amount)) for t in ext.taxes)
    assert rows == [("7", "6.69", "0.47")]
    assert str(ext.fields["amount_tax"].value) == "0.47"


def test_row_with_percent_rate_after_total_word_still_read():
    """A row that starts with a total word but prints its rate with % stays a VAT row."""
    rows = _receipt_vat_table(("MWST%", "MWST", "Netto", "Brutto"), "Total 7%", "Gesamt")
    ext = extract_from_lines(layout(rows))
    assert ("7", "6.69", "0.47") in {(str(t.rate), str(t.base), str(t.amount)) for t in ext.taxes}


# --- a short receipt dated by its stamp at the foot ---------------------------------------------


def _short_receipt(name, total_label, stamps):
    rows = [
        (name, 250, 30, 30),
        ("Hauptstr. 1", 250, 70, 30),
        ("Artikel 1", 17, 250, 30),
        ("7,16", 720, 250, 30),
        (total_label, 11, 394, 30),
        ("7,16", 725, 393, 30),
    ]
    return rows + [(s, 528, 900 + 40 * k, 30) for k, s in enumerate(stamps)]


@pytest.mark.parametrize(
    ("name", "total_label", "stamp"),
    [
        ("Musterladen GmbH", "zu zahlen", "02.03.20 15:59"),
        ("Boulangerie SARL", "Total TTC", "02/03/2020 15:59"),
        ("Panificio S.r.l.", "Totale", "02/03/2020 15:59:10"),
        ("Corner Shop Ltd", "Total", "02/03/2020 15:59"),
        ("Musterladen GmbH", "zu zahlen", "02.03.20 15: 59 8665111 0176"),  # OCR: "15: 59"
        ("Corner Shop Ltd", "Total", "02/03/2020 15: 59: 10"),
        ("Musterladen GmbH", "zu zahlen", "19635 8337 399 120312 02.03.2020 15:56"),
        ("Boulangerie SARL", "Total TTC", "25497 M039 101 15515 02/03/2020 14:59"),
    ],
)
def test_receipt_stamp_at_foot(name, total_label, stamp):
    rows = _short_receipt(name, total_label, [stamp])
    assert str(value(rows, "invoice_date")) == "2020-03-02"


@pytest.mark.parametrize(
    "stamps",
    [
        ["02.03.20"],  # a date alone at the foot, no time: no stamp
        ["02.03.20 15:59", "05.03.20 10:00"],  # two stamps: which one?
        ["Gedruckt am 02.03.20 15:59"],  # a print date after its label
        ["02.03.20 15 59"],  # no colon: no time
        ["Filiale Nord 02.03.2020 15:56"],  # words before the date: not the till's numbers
    ],
)
def test_no_receipt_stamp(stamps):
    assert value(_short_receipt("Musterladen GmbH", "zu zahlen", stamps), "invoice_date") is None


# --- a receipt's name over its street, set apart from the ZIP and city ---------------------------


def _receipt_head(name, street, city, total_label):
    return [
        (name, 337, 10, 40),
        (street, 252, 100, 30),
        (city, 293, 190, 30),
        ("Artikel 1", 17, 300, 30),
        ("7,16", 730, 300, 30),
        (total_label, 11, 394, 30),
        ("7,16", 725, 393, 30),
        ("02.03.20 15:59", 528, 940, 30),
    ]


@pytest.mark.parametrize(
    ("name", "street", "city", "total_label"),
    [
        ("LIDL", "Warburger Straße 130", "33100 Paderborn", "zu zahlen"),
        ("CARREFOUR", "12 rue de la Gare", "75010 Paris", "Total TTC"),
        ("ESSELUNGA", "Via Roma 12", "20121 Milano", "Totale"),
        ("TESCO", "12 High Street", "8001 Zurich", "Total"),
    ],
)
def test_receipt_name_over_street_apart(name, street, city, total_label):
    assert value(_receipt_head(name, street, city, total_label), "vendor_name") == name


def test_receipt_street_under_another_address_line_names_no_one():
    """Over the street stands another address line, no name: no vendor from the letterhead."""
    rows = _receipt_head("Postfach 12", "Warburger Straße 130", "33100 Paderborn", "zu zahlen")
    assert value(rows, "vendor_name") is None


# --- a "$" in a till's barcode line is no dollar ------------------------------------------------


def _till(vat, total, code_line):
    return [
        ("Musterladen", 250, 30, 30),
        ("Hauptstr. 1", 250, 70, 30),
        ("Artikel 1", 17, 250, 30),
        (total, 720, 250, 30),
        ("Summe", 11, 394, 30),
        (total, 725, 393, 30),
        (f"USt-IdNr. {vat}", 200, 600, 30),
        (code_line, 200, 900, 30),
    ]


@pytest.mark.parametrize(
    ("vat", "expected"),
    [
        ("DE124981337", "EUR"),
        ("FR40303265045", "EUR"),
        ("IT00743110157", "EUR"),
        ("GB123456789", "GBP"),
    ],
)
def test_dollar_sign_in_code_line_is_no_currency(vat, expected):
    rows = _till(vat, "59,96", "$ B A 0 5 R 0 2 4 7 4 7")
    assert value(rows, "currency") == expected


def test_dollar_sign_next_to_amount_is_dollar():
    rows = _till("DE124981337", "$59.96", "B A 0 5 R 0 2 4 7 4 7")
    assert value(rows, "currency") == "USD"


# --- "EURO" spelt out names the currency ---------------------------------------------------------


def _euro_till(item, total_label):
    return [
        ("Musterladen", 250, 30, 30),
        ("Hauptstr. 1", 250, 70, 30),
        (item, 9, 478, 30),
        ("1,49", 720, 478, 30),
        ("Artikel 2", 9, 525, 30),
        ("16,52", 720, 525, 30),
        (total_label, 9, 1181, 30),
        ("18,01", 720, 1181, 30),
    ]


@pytest.mark.parametrize(
    ("item", "total_label"),
    [
        ("ST OLZENFELS SEK T O,2 L", "ZU ZAHLEN EURO"),
        ("CREMANT SEK 0,2 L", "TOTAL EUROS"),
        ("PROSECCO SEK 0,2 L", "TOTALE EURO"),
        ("SPARKLING SEK 0,2 L", "TOTAL EURO"),
    ],
)
def test_euro_spelt_out_beats_code_in_item(item, total_label):
    assert value(_euro_till(item, total_label), "currency") == "EUR"


def test_europa_is_no_euro():
    rows = _euro_till("EUROPA-PARK TICKET", "TOTAL $18.01")
    assert value(rows, "currency") == "USD"


# --- a misread total the VAT breakdown and the payment line contradict ----------------------------


def _misread_total(total_label, total, paid_label, vat_head):
    return [
        ("Musterladen GmbH", 500, 140, 30),
        ("33100 Paderborn", 500, 175, 30),
        ("Artikel 1", 252, 377, 30),
        ("1,48 E", 709, 377, 30),
        ("Artikel 2", 252, 416, 30),
        ("3,99 E", 709, 416, 30),
        (total_label, 250, 489, 30),
        (total, 708, 489, 30),
        (paid_label, 246, 566, 30),
        ("5,47", 707, 565, 30),
        (vat_head, 174, 643, 30),
        ("7,0%", 150, 682, 30),
        ("0,36", 325, 681, 30),
        ("5,11", 496, 681, 30),
        ("5,47", 708, 681, 30),
    ]


@pytest.mark.parametrize(
    ("total_label", "paid_label", "vat_head"),
    [
        ("SUMME EUR", "Bar EUR", "MwSt% MwSt Netto Brutto"),
        ("TOTAL EUR", "Espèces EUR", "TVA% TVA HT TTC"),
        ("TOTALE EUR", "Contanti EUR", "IVA% IVA Imponibile Totale"),
        ("TOTAL EUR", "Cash EUR", "VAT% VAT Net Gross"),
    ],
)
def test_misread_total_replaced_by_printed_vat_gross(total_label, paid_label, vat_head):
    rows = _misread_total(total_label, "5.417", paid_label, vat_head)
    assert str(value(rows, "amount_total")) == "5.47"


def test_total_kept_when_gross_printed_nowhere_else():
    """Without a second print of the breakdown's gross, the labelled total stays."""
    rows = _misread_total("SUMME EUR", "5.417", "Bar EUR", "MwSt% MwSt Netto Brutto")
    rows = [r for r in rows if r[0] not in ("Bar EUR",) and not (r[0] == "5,47" and r[2] == 565)]
    assert str(value(rows, "amount_total")) != "5.47"


# --- a deposit refund row under a till's VAT table keeps its sign --------------------------------


def _deposit_till(total_label, head, base_sign="-"):
    return [
        ("Pohlweg 110", 1676, 100, 45),
        ("33100 Paderborn", 1648, 190, 45),
        ("LEERGUT", 1428, 492, 45),
        ("0,25- D", 2023, 490, 45),
        ("SNACKS", 1427, 537, 45),
        ("11,58 C", 2023, 534, 45),
        (total_label, 1430, 881, 45),
        ("11,33", 2010, 881, 45),
        (head, 1656, 2099, 45),
        ("C 7,00%", 1427, 2138, 45),
        ("10,82", 1640, 2138, 45),
        ("0,76", 1870, 2139, 45),
        ("11,58", 2033, 2140, 45),
        ("D 19,00%", 1428, 2183, 45),
        (f"0,21{base_sign}", 1651, 2184, 45),
        (f"0,04{base_sign}", 1872, 2182, 45),
        (f"0,25{base_sign}", 2043, 2182, 45),
    ]


@pytest.mark.parametrize(
    ("total_label", "head"),
    [
        ("ZU ZAHLEN", "Netto MWST-BETRAG"),
        ("TOTAL TTC", "HT MONTANT TVA"),
        ("TOTALE", "IMPONIBILE IVA"),
        ("TOTAL", "NET VAT AMOUNT"),
    ],
)
def test_deposit_refund_vat_row_keeps_sign(total_label, head):
    ext = extract_from_lines(layout(_deposit_till(total_label, head)))
    rows = {(str(t.rate), str(t.base), str(t.amount)) for t in ext.taxes}
    assert ("19", "-0.21", "-0.04") in rows
    assert str(ext.fields["amount_tax"].value) == "0.72"
    assert str(ext.fields["amount_untaxed"].value) == "10.61"


def test_rows_of_one_sign_stay_positive():
    """Every row positive (no refund): the rows stay as printed, positive."""
    ext = extract_from_lines(layout(_deposit_till("ZU ZAHLEN", "Netto MWST-BETRAG", "")))
    assert all(t.base > 0 and t.amount > 0 for t in ext.taxes)


@pytest.mark.parametrize(
    ("name", "total_label", "time"),
    [
        ("Musterladen GmbH", "zu zahlen", "14:57:42 Uhr"),
        ("Boulangerie SARL", "Total TTC", "14:57"),
        ("Panificio S.r.l.", "Totale", "14:57:42"),
        ("Corner Shop Ltd", "Total", "14:57"),
    ],
)
def test_receipt_date_with_time_under(name, total_label, time):
    rows = [
        *_short_receipt(name, total_label, []),
        ("02.03.2020", 528, 900, 30),
        (time, 520, 935, 30),
    ]
    assert str(value(rows, "invoice_date")) == "2020-03-02"


def test_receipt_date_with_amount_under_is_no_stamp():
    rows = [
        *_short_receipt("Musterladen GmbH", "zu zahlen", []),
        ("02.03.2020", 528, 900, 30),
        ("14,57", 520, 935, 30),
    ]
    assert value(rows, "invoice_date") is None


# --- OCR's readings of "MwSt" on a receipt ------------------------------------------------------


def _incl_vat_receipt(tax_line):
    return [
        ("Saturn Paderborn", 1624, 100, 45),
        ("33038 Paderborn", 1622, 150, 45),
        ("WLAN-USB-ADAPTER", 1444, 920, 45),
        ("114,98 b", 2019, 920, 45),
        ("Total EUR", 1464, 1119, 45),
        ("114,98", 2025, 1112, 45),
        (tax_line, 1441, 1291, 45),
        ("18,36", 2008, 1294, 45),
        ("Netto-Warenwert: (b)", 1440, 1338, 45),
        ("96,62", 2004, 1338, 45),
    ]


@pytest.mark.parametrize(
    "tax_line",
    ["incl.19,00% MAst (b)", "incl.19,00% Mst (b)", "inkl. 19,00% HwSt", "inkl. 19% MwS t"],
)
def test_ocr_mwst_variants_read_as_vat(tax_line):
    ext = extract_from_lines(layout(_incl_vat_receipt(tax_line)))
    assert [(str(t.rate), str(t.base), str(t.amount)) for t in ext.taxes] == [
        ("19", "96.62", "18.36")
    ]


@pytest.mark.parametrize("tax_line", ["You must 19,00%", "Most 19,00%", "Mist 19,00%"])
def test_english_words_are_no_vat_label(tax_line):
    ext = extract_from_lines(layout(_incl_vat_receipt(tax_line)))
    assert ext.taxes == []


# --- the vendor's country from a VAT id printed in groups, when no currency is printed -----------


@pytest.mark.parametrize(
    ("vat_line", "expected"),
    [
        ("UmSt-Id.Nr. DE 115 055 186", "EUR"),
        ("N° TVA FR 40 303 265 045", "EUR"),
        ("P.IVA IT 007 431 101 57", "EUR"),
        ("BTW NL 8204 71 616 B01", "EUR"),
    ],
)
def test_spaced_vat_id_gives_currency(vat_line, expected):
    rows = [
        ("Drogerie", 1425, 164, 45),
        ("Artikel", 1464, 492, 45),
        ("17,33", 2024, 492, 45),
        ("Total", 1449, 626, 45),
        ("17,33", 1939, 626, 45),
        (vat_line, 1588, 1057, 45),
    ]
    assert value(rows, "currency") == expected


def test_no_currency_from_a_phone_number():
    rows = [
        ("Drogerie", 1425, 164, 45),
        ("Total", 1449, 626, 45),
        ("17,33", 1939, 626, 45),
        ("Tel. 05251 1 42 06 53", 1588, 1057, 45),
    ]
    assert value(rows, "currency") is None


# --- a company and its seat on the receipt's last line -------------------------------------------


def _seat_receipt(foot, confidence=1.0):
    rows = [
        ("Pohlweg 110", 311, 93, 45),
        ("33100 Paderborn", 275, 197, 45),
        ("BIO HONIG", 16, 499, 45),
        ("3,29", 712, 498, 45),
        ("ZU ZAHLEN", 20, 1100, 45),
        ("3,29", 712, 1100, 45),
        ("Vielen Dank fur Ihren Einkauf !", 139, 1958, 45),
        (foot, 119, 2106, 45),
    ]
    lines = layout(rows)
    lines[-1].confidence = confidence
    return lines


@pytest.mark.parametrize(
    ("foot", "name"),
    [
        ("Aldi GmbH & Co. KG, Schloß Holte", "Aldi GmbH & Co. KG"),
        ("Boulangerie Martin SARL, Lyon", "Boulangerie Martin SARL"),
        ("Panificio Rossi S.r.l., Milano", "Panificio Rossi S.r.l."),
        ("Corner Shop Ltd, Manchester", "Corner Shop Ltd"),
    ],
)
def test_company_and_seat_in_footer(foot, name):
    ext = extract_from_lines(_seat_receipt(foot))
    assert ext.fields["vendor_name"].value == name


def test_company_and_seat_ocr_cut_letter_joined():
    ext = extract_from_lines(_seat_receipt("A ldi GmbH & Co. KG, Sch loB Ho lte", 0.9))
    assert ext.fields["vendor_name"].value == "Aldi GmbH & Co. KG"


@pytest.mark.parametrize(
    "foot", ["Vielen Dank, Paderborn", "Hauptstr. 1, Berlin", "Merci, à bientôt"]
)
def test_no_company_without_legal_form(foot):
    ext = extract_from_lines(_seat_receipt(foot))
    assert "vendor_name" not in ext.fields


# --- a euro sign read through the wrong font encoding ("Ä59,50") -----------------------------------


@pytest.mark.parametrize("label", ["TOTAL", "Summe", "Totale", "Total dû"])
def test_macroman_euro_sign_glued_to_amount(label):
    rows = [
        ("Demo Invoice", 212, 113, 14),
        ("Rock", 92, 229),
        ("Ä25,00", 478, 229),
        ("River Pebble", 92, 243),
        ("Ä25,00", 478, 243),
        ("VAT", 340, 257),
        ("Ä9,50", 482, 257),
        (label, 340, 270),
        ("Ä59,50", 478, 270),
        ("Page 1 of 1", 480, 800),
    ]
    assert value(rows, "currency") == "EUR"


def test_umlaut_word_is_no_euro():
    rows = [
        ("Demo Invoice", 212, 113, 14),
        ("Äpfel 25,00", 92, 229),
        ("TOTAL", 340, 270),
        ("$59.50", 478, 270),
        ("Page 1 of 1", 480, 800),
    ]
    assert value(rows, "currency") == "USD"


# --- "sold by" / "issued by" in other languages label the seller, never part of its name -----------


def _sold_by_page(label_line, under=()):
    rows = [
        ("INVOICE", 300, 40, 16),
        ("Bill to:", 40, 100),
        ("Client Final SARL", 40, 112),
        ("2 rue du Client", 40, 124),
        ("75015 Paris", 40, 136),
        (label_line, 300, 100),
        *[(t, 300, 112 + 12 * k) for k, t in enumerate(under)],
        ("Invoice No: 113", 300, 170),
        ("Total 121,00 EUR", 300, 424),
        ("Page 1 of 1", 480, 800),
    ]
    return rows


@pytest.mark.parametrize(
    "label",
    [
        "Verkauft von",
        "Ausgestellt von",
        "Vendu par",
        "Émise par",
        "Venduto da",
        "Emessa da",
        "Vendido por",
        "Verkocht door",
        "Remit to",
    ],
)
def test_sold_by_label_same_line(label):
    assert value(_sold_by_page(f"{label}: Acme Trading GmbH"), "vendor_name") == "Acme Trading GmbH"


@pytest.mark.parametrize("label", ["Verkauft von", "Vendu par", "Venduto da", "Vendido por"])
def test_sold_by_label_over_block(label):
    rows = _sold_by_page(f"{label}:", ["Acme Trading GmbH", "Industriestr. 5", "80331 München"])
    assert value(rows, "vendor_name") == "Acme Trading GmbH"


@pytest.mark.parametrize(
    "line", ["Vendu par lot de 6", "Verkauft von unserem Partner", "Venduto da noi"]
)
def test_sold_by_phrase_in_items_changes_nothing(line):
    """The words in an item's name or a sentence, under the line items: the letterhead stays."""
    rows = [
        ("Acme Trading GmbH", 40, 30),
        ("Industriestr. 5", 40, 42),
        ("80331 München", 40, 54),
        ("INVOICE", 300, 40, 16),
        ("Bill to:", 300, 100),
        ("Client Final SARL", 300, 112),
        ("2 rue du Client", 300, 124),
        ("75015 Paris", 300, 136),
        ("Invoice No: 113", 300, 170),
        (line, 40, 300),
        ("12,00", 480, 300),
        ("Total 121,00 EUR", 300, 424),
        ("Page 1 of 1", 480, 800),
    ]
    assert value(rows, "vendor_name") == "Acme Trading GmbH"


# --- the buyer named as such is never the vendor ---------------------------------------------------


@pytest.mark.parametrize(
    ("title", "label"),
    [
        ("FATTURA", "Cessionario/Committente"),
        ("FATTURA", "Acquirente"),
        ("FATURA", "Adquirente"),
        ("FACTURA", "Comprador"),
        ("FACTUUR", "Koper"),
        ("INVOICE", "Buyer"),
        ("FACTURE", "Acheteur"),
        ("RECHNUNG", "Käufer"),
    ],
)
def test_buyer_label_block_is_customer(title, label):
    rows = [
        (title, 300, 40, 16),
        (label, 40, 100),
        ("Groothandel Klant B.V.", 40, 112),
        ("Kerkstraat 2", 40, 124),
        ("1012 AB Amsterdam", 40, 136),
        ("Nr. 113", 300, 160),
        ("Total 121,00 EUR", 300, 424),
        ("Page 1 of 1", 480, 800),
    ]
    assert value(rows, "vendor_name") is None
    assert value(rows, "customer_name") == "Groothandel Klant B.V."


def test_seller_label_block_stays_vendor():
    rows = [
        ("FATTURA", 300, 40, 16),
        ("Cedente/Prestatore", 40, 100),
        ("Forniture Rossi S.r.l.", 40, 112),
        ("Via Roma 1", 40, 124),
        ("20121 Milano", 40, 136),
        ("Nr. 113", 300, 160),
        ("Total 121,00 EUR", 300, 424),
        ("Page 1 of 1", 480, 800),
    ]
    assert value(rows, "vendor_name") == "Forniture Rossi S.r.l."


# --- Dutch "d.d." (de dato) links a title's number to its date ------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Factuur F-2024-113 d.d. 3 maart 2024", "2024-03-03"),
        ("Factuur nr. 113 d.d. 03-03-2024", "2024-03-03"),
        ("Creditnota 113 dd. 03-03-2024", "2024-03-03"),
        ("Facture 113 du 3 mars 2024", "2024-03-03"),
    ],
)
def test_title_number_dd_date(line, expected):
    rows = [
        ("Acme B.V.", 40, 40),
        ("Dorpsstraat 1", 40, 52),
        ("1234 AB Utrecht", 40, 64),
        (line, 300, 130),
        ("Total 121,00", 300, 424),
        ("Page 1", 480, 800),
    ]
    assert str(value(rows, "invoice_date")) == expected


def test_dd_in_other_words_is_no_date_link():
    """ "d.d." only after a document title and its number: a delivery line keeps its date out."""
    rows = [
        ("Acme B.V.", 40, 40),
        ("Dorpsstraat 1", 40, 52),
        ("1234 AB Utrecht", 40, 64),
        ("Levering d.d. 01-02-2024", 300, 130),
        ("Total 121,00", 300, 424),
        ("Page 1", 480, 800),
    ]
    assert str(value(rows, "invoice_date")) != "2024-02-01"


# --- credit notes titled in Portuguese, Spanish and Dutch ------------------------------------------


def _titled(title, extra=()):
    return [
        ("Acme Lda", 40, 40),
        ("Rua Augusta 1", 40, 52),
        ("1100-048 Lisboa", 40, 64),
        (title, 300, 130),
        *[(t, 40, 200 + 12 * k) for k, t in enumerate(extra)],
        ("Total 121,00", 300, 424),
        ("Page 1", 480, 800),
    ]


@pytest.mark.parametrize(
    "title",
    [
        "Nota de crédito NC 2024/113",
        "NOTA DE CRÉDITO NC 2024/113",
        "Creditnota 2024-113",
        "Creditfactuur 2024-113",
        "Factura de abono A-113",
        "Nota di credito n. 113",
        "Gutschrift Nr. 113",
        "Credit note no. 113",
    ],
)
def test_credit_note_titles(title):
    assert value(_titled(title), "document_type") == "credit_note"


@pytest.mark.parametrize(
    ("title", "line"),
    [
        ("Fatura FT 2024/113", "Referente à nota de crédito NC 2024/100"),
        ("Factuur 2024-113", "Zie ook onze creditnota van vorige maand"),
        ("Factura A-113", "Sin factura de abono pendiente"),
    ],
)
def test_credit_words_in_text_keep_invoice(title, line):
    assert value(_titled(title, [line]), "document_type") == "invoice"
