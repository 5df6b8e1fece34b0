"""Layouts of other writers, stop 33 (fincycle.extraction): a text layer whose font maps no
letters, the labels of Nordic and Central and Eastern European bills, Poland's date-shaped
numbers, a label waiting for its value, a VAT table under its title, a Spanish web shop's
invoice, sums that add up but are no bill's, the EU One-Stop-Shop number. Each rule has a case
that must not trigger it."""

from datetime import date
from decimal import Decimal

import pytest
from test_extraction_pipeline import CIPHER_LAYER

from fincycle.extraction import crosscheck, identifiers, text
from fincycle.extraction.amount_rows import classify
from fincycle.extraction.labels import is_zip_city
from fincycle.extraction.model import Extraction, TaxLine
from fincycle.testing.text_layer import read_rows, row_fields

# --- a font without a Unicode map -----------------------------------------------------------


def test_a_layer_of_glyph_codes_is_an_unmapped_font():
    assert text.unmapped_font("\n".join(CIPHER_LAYER))
    assert text.unreadable_layer("\n".join(CIPHER_LAYER))


@pytest.mark.parametrize(
    "page",
    [
        # rules, borders and signs a typeset page prints
        "\n".join(
            ["Rechnung 2026-118 <info@example.ch> https://shop.example.ch/?id=5&lang=de"]
            + ["=" * 60, "| 1 | Beratung | 8.00 h | 1'200.00 |", "-" * 60] * 8
            + ["Total CHF 1'081.00", "MWST 8.1 % auf 1'000.00 = 81.00"]
        ),
        # too short to judge
        "=E>824=D<14A",
    ],
)
def test_a_typeset_page_is_no_unmapped_font(page):
    assert not text.unmapped_font(page)


# --- Poland: "Numer faktury" and a number shaped like a date ------------------------------


def _faktura(number, issued="2023-11-30"):
    return [
        ("Krajowy System e-Faktur", 28, 24),
        ("Numer faktury", 505, 36),
        (number, 490, 46),
        ("Faktura podstawowa", 480, 72),
        ("Sprzedawca", 28, 128),
        ("Nabywca", 298, 128),
        ("Nazwa: ABC Developex S.A.", 28, 163),
        ("Nazwa: F.H.U. Jan Kowalski", 298, 163),
        ("ul. Sadowa 1 m. 3, 00-002 Kraków", 28, 199),
        ("ul. Polna 1, 00-001 Warszawa", 298, 199),
        (f"Data wystawienia: {issued}", 28, 455),
        ("Wartość netto 13 915,00 Kwota VAT 3 200,45 Wartość brutto 17 115,45", 28, 520),
    ]


@pytest.mark.parametrize("number", ["FV/2023/11/0042", "2/11/2023", "14/12/2023"])
def test_polish_invoice_number_label(number):
    assert row_fields(_faktura(number))["invoice_number"] == number


def test_a_date_shaped_value_that_is_the_issue_date_is_no_number():
    # the negative case: "30/11/2023" under the label is the page's own date, a column misread
    got = row_fields(_faktura("30/11/2023"))
    assert got.get("invoice_number") is None
    assert got["invoice_date"] == date(2023, 11, 30)


# --- a label waiting for its value at the top of the page ------------------------------------


def _receipt(first_line):
    return [
        ("Buyer Receipt", 261, 13, 14),
        ("Receipt Date", 271, 70),
        ("10/26/2022", 376, 70),
        (first_line, 46, 113),
        ("999 - Corporate", 46, 127),
        ("Two Westbrook Corporate Center Suite 500", 46, 140),
        ("Westchester IL 60154", 46, 154),
        ("Total Paid", 271, 400),
        ("$20,383.00", 376, 400),
    ]


def test_a_label_waiting_for_its_value_is_no_letterhead():
    assert row_fields(_receipt("Paid At:")).get("vendor_name") != "Paid At"


def test_a_name_over_its_address_stays_the_letterhead():
    # the negative case: the same block headed by a company's name
    assert row_fields(_receipt("Dream Rides LLC"))["vendor_name"] == "Dream Rides LLC"


# --- labels of Nordic and Central and Eastern European bills -------------------------------

LANGUAGES = {
    # title, number, date, due, net, VAT, total, payment reference labels
    "sv": ("Faktura", "Fakturanummer", "Fakturadatum", "Förfallodatum", "Summa exkl. moms",
           "Moms 25 %", "Att betala", "OCR-nummer"),
    "no": ("Faktura", "Fakturanr.", "Fakturadato", "Forfallsdato", "Netto", "MVA 25 %",
           "Å betale", "KID-nr."),
    "da": ("Faktura", "Fakturanummer", "Fakturadato", "Forfaldsdato", "Netto", "Moms 25 %",
           "At betale", None),
    "fi": ("Lasku", "Laskun numero", "Laskun päivämäärä", "Eräpäivä", "Yhteensä ilman ALV",
           "ALV 25 %", "Maksettava", "Viitenumero"),
    "pl": ("Faktura VAT", "Numer faktury", "Data wystawienia", "Termin płatności",
           "Wartość netto", "VAT 25 %", "Do zapłaty", None),
    "cs": ("Faktura - daňový doklad", "Číslo faktury", "Datum vystavení", "Datum splatnosti",
           "Základ daně", "DPH 25 %", "Celkem k úhradě", "Variabilní symbol"),
    "hr": ("Račun", "Broj računa", "Datum računa", "Rok plaćanja", "Osnovica", "PDV 25 %",
           "Za plaćanje", "Poziv na broj"),
    "sl": ("Račun", "Številka računa", "Datum izdaje", "Rok plačila", "Skupaj brez DDV",
           "DDV 25 %", "Za plačilo", "Sklic"),
    "hu": ("Számla", "Számla sorszáma", "Számla kelte", "Fizetési határidő", "Nettó",
           "ÁFA 25 %", "Fizetendő", None),
}  # fmt: skip


def _bill(labels):
    title, number, issued, due, net, vat, total, reference = labels
    rows = [
        ("Nordlys Konsult AB", 50, 40, 16),
        ("Storgatan 12", 50, 62),
        (title, 400, 40, 18),
        (f"{number}: 2026-0417", 360, 100),
        (f"{issued}: 02.03.2026", 360, 114),
        (f"{due}: 01.04.2026", 360, 128),
        ("Kund AB", 50, 160),
        ("Kundvägen 3", 50, 172),
        ("Konsultation", 50, 300),
        ("1 000,00", 480, 300),
        (net, 330, 400),
        ("1 000,00", 480, 400),
        (vat, 330, 414),
        ("250,00", 480, 414),
        (total, 330, 428),
        ("1 250,00", 480, 428),
    ]
    if reference:
        rows.append((f"{reference}: 7001234", 50, 500))
    return rows


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_labels_of_nordic_and_eastern_european_bills(language):
    got = row_fields(_bill(LANGUAGES[language]))
    assert got["document_type"] == "invoice"
    assert got["invoice_number"] == "2026-0417"
    assert got["invoice_date"] == date(2026, 3, 2)
    assert got["due_date"] == date(2026, 4, 1)
    assert got["amount_untaxed"] == Decimal("1000.00")
    assert got["amount_tax"] == Decimal("250.00")
    assert got["amount_total"] == Decimal("1250.00")
    if LANGUAGES[language][-1]:
        assert got["payment_reference"] == "7001234"


def test_a_bank_accounts_racun_br_is_no_invoice_number():
    # the negative case: "tekući račun br." is the payee's account, not the bill's number
    rows = [
        *_bill(LANGUAGES["hr"])[:3],
        ("Uplatu izvršiti na tekući račun br.: 150-0000000043155-71", 50, 480),
        *_bill(LANGUAGES["hr"])[4:],
    ]
    assert row_fields(rows).get("invoice_number") is None


def test_a_guest_count_is_no_norwegian_kid_reference():
    rows = [*_bill(LANGUAGES["no"])[:-1], ("Adult/Kid 2/1", 50, 500)]
    assert row_fields(rows).get("payment_reference") is None


# --- the currency of the vendor's country, from ids whose check digits hold -----------------


def _till(id_line):
    return [
        ("SUPERMARKT", 60, 20, 14),
        (id_line, 40, 60),
        ("BROT", 40, 100),
        ("2.96", 300, 100),
        ("MILCH", 40, 114),
        ("1.04", 300, 114),
        ("SUMME", 40, 140),
        ("4.00", 300, 140),
    ]


@pytest.mark.parametrize(
    "vat",
    [
        "USt-IdNr. DE 115 055 186",
        "USt-IdNr. DE 115 055 187",  # a check digit misread by OCR: the shape still says DE
    ],
)
def test_a_german_vat_id_implies_the_euro(vat):
    assert row_fields(_till(vat))["currency"] == "EUR"


def test_an_article_code_after_it_is_no_italian_vat_id():
    # the negative case: "CHEEZE IT 0024100536", a US till's article and its UPC
    assert row_fields(_till("CHEEZE IT 0024100536")).get("currency") != "EUR"


# --- a VAT table titled above a header that names no tax; a total printed only as a due sum --


def _data_players(title="Détail de la TVA", schedule="2 880,00 € au 26/07/2024"):
    return [
        ("DATA PLAYERS", 30, 40, 16),
        ("Facture FAC00000014", 380, 40),
        ("Date : 26/06/2024", 380, 56),
        ("Libellé", 37, 308),
        ("Montant HT", 458, 308),
        ("TVA", 549, 308),
        ("Hébergement prix par mois", 35, 330),
        ("2 400,00 €", 478, 330),
        ("20,00%", 540, 330),
        (title, 35, 595),
        ("Total HT", 393, 595),
        ("2 400,00 €", 523, 595),
        ("Code", 35, 611),
        ("Base HT", 108, 611),
        ("Taux", 188, 611),
        ("Montant", 245, 611),
        ("TVA", 393, 611),
        ("480,00 €", 534, 611),
        ("Normale", 35, 628),
        ("2 400,00 €", 97, 628),
        ("20,00%", 178, 628),
        ("480,00 €", 248, 628),
        ("Echéance(s)", 35, 669),
        (schedule, 123, 669),
    ]


def test_a_vat_table_under_its_title_and_a_total_printed_as_the_due_sum():
    ext = read_rows(_data_players())
    assert [(t.rate, t.base, t.amount) for t in ext.taxes] == [
        (Decimal(20), Decimal("2400.00"), Decimal("480.00"))
    ]
    assert ext.value("amount_total") == Decimal("2880.00")


def test_no_total_is_made_up_when_the_page_prints_no_such_sum():
    # the negative case: net plus VAT printed nowhere, no total
    ext = read_rows(_data_players(schedule="à 30 jours"))
    assert ext.value("amount_total") is None


def test_a_header_under_another_title_is_no_vat_table():
    ext = read_rows(_data_players(title="Détail des prestations"))
    assert not ext.taxes


def test_vat_charged_without_a_rate_never_posts_by_itself():
    # a Factur-X MINIMUM: net, VAT and total sure, no VAT row to book the VAT under
    ext = Extraction()
    for name, value in (
        ("vendor_vat", "FR69832710487"),
        ("invoice_number", "FAC00000014"),
        ("invoice_date", date(2024, 6, 26)),
        ("currency", "EUR"),
        ("amount_untaxed", Decimal("2400.00")),
        ("amount_tax", Decimal("480.00")),
        ("amount_total", Decimal("2880.00")),
    ):
        ext.set(name, value, 0.99, "xml")
    assert crosscheck.key_scores(ext)["amounts"] == ("taxes", 0.0)
    ext.taxes = [TaxLine(Decimal(20), Decimal("2400.00"), Decimal("480.00"))]
    ext.taxes_confidence = 0.99
    assert crosscheck.overall_confidence(ext) == 0.99


# --- a Spanish web shop's invoice: two labelled addresses, a spaced number, a register line --


def _decathlon(
    register="Registro Mercantil de Madrid, Tomo 12049, Libro 0, Folio 203, Hoja M-18870.",
):
    return [
        ("FACTURA", 38, 50, 14),
        ("DECATHLON ESPANA SAU", 463, 86),
        ("C/ SALVADOR DE MADARIAGA S/N", 433, 100),
        ("28702 SAN SEBASTIAN DE LOS REYES", 423, 113),
        ("ESA79935607", 508, 127),
        ("Fecha de emisión", 38, 144),
        ("21.03.24", 117, 144),
        ("Factura", 38, 158),
        ("1 24 0005 0001201345", 117, 158),
        ("DIRECCIÓN DE FACTURACIÓN", 38, 193),
        ("DIRECCIÓN DE ENVÍO", 211, 193),
        ("Josep Guardiola", 38, 227),
        ("Josep Guardiola", 211, 227),
        ("C/ Saleretes Nº10", 38, 240),
        ("C/ Saleretes Nº10", 211, 240),
        ("12110 Alcora (l'), España", 38, 253),
        ("12110 Alcora (l'), España", 211, 253),
        ("DNI / CIF de la Empresa : 53785377S", 38, 267),
        ("Total sin IVA", 380, 600),
        ("107.40", 520, 600),
        ("IVA 21 %", 380, 614),
        ("22.56", 520, 614),
        ("Total", 380, 628),
        ("129.96", 520, 628),
        (register, 38, 758),
    ]


def test_a_spanish_shops_invoice():
    got = row_fields(_decathlon())
    assert got["vendor_name"] == "DECATHLON ESPANA SAU"  # not its street "C/ ... S/N"
    assert got["vendor_vat"] == "ESA79935607"  # not the buyer's DNI under the billing label
    assert got["invoice_number"] == "1 24 0005 0001201345"  # not the register's "Folio 203"


def test_a_hotels_marked_folio_number_still_numbers_its_bill():
    # the negative case of the register line: "Folio No. : 227639" on a hotel's folio
    rows = [*_decathlon()[:7], *_decathlon()[9:], ("Folio No. : 227639", 38, 680)]
    assert row_fields(rows)["invoice_number"] == "227639"


@pytest.mark.parametrize(
    ("line", "city"),
    [
        ("12110 Alcora (l'), España", "Alcora"),
        ("8001 Zürich, Schweiz", "Zürich"),
        ("10115 Berlin", "Berlin"),
    ],
)
def test_a_town_line_with_its_article_and_country(line, city):
    assert is_zip_city(line).group(3) == city


def test_an_item_with_a_comma_is_no_town_line():
    assert is_zip_city("2400 Beratung, Pauschal") is None


# --- sums that add up but are no bill's --------------------------------------------------------


def test_a_vat_larger_than_the_total_is_no_vat_and_gives_no_negative_net():
    rows = [
        ("CORNER STORE", 60, 20, 14),
        ("MILK", 40, 100),
        ("$3.49", 300, 100),
        ("Tax: 87.89 @ 8.625%", 40, 120),  # an OCR'd "$7.89" base with its "$" read as 8
        ("$87.89", 300, 120),
        ("Total", 40, 140),
        ("$0.40", 300, 140),
    ]
    got = row_fields(rows)
    assert got.get("amount_tax") != Decimal("87.89")
    assert got.get("amount_untaxed") is None or got["amount_untaxed"] >= 0


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("total bottle deposit", "ignore"),
        ("tota l bott le deposit", "ignore"),  # as OCR splits it
        ("total savings", "ignore"),
        ("total", "total"),  # the negative case
        ("deposit", ""),
    ],
)
def test_a_recap_of_some_lines_is_no_total(label, kind):
    assert classify(label) == kind


# --- the EU One-Stop-Shop number of a seller outside the Union -------------------------------


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("EU OSS VAT EU372041333", ["EU372041333"]),
        ("VAT: EU 372 041 333", ["EU372041333"]),
        ("Order EU372041333", []),  # the negative case: no VAT or OSS label
        ("EU OSS VAT EU3720413331", []),  # ten digits
    ],
)
def test_an_eu_oss_number_after_its_label(line, found):
    assert [m.value for m in identifiers.find_labelled_tax_ids(line)] == found


def test_a_saas_bill_names_its_seller_by_its_oss_number():
    rows = [
        ("OpenAI, LLC", 30, 40, 14),
        ("548 Market Street, PMB 97273", 30, 60),
        ("San Francisco, California 94104-5401", 30, 72),
        ("EU OSS VAT EU372041333", 30, 96),
        ("Bill to", 250, 40),
        ("3Qcode Sp. z o.o.", 250, 54),
        ("PL VAT PL5213938224", 250, 68),
        ("Invoice number 2E9958F3-0010", 30, 140),
        ("Date of issue May 5, 2024", 30, 154),
        ("Subtotal", 300, 300),
        ("$20.00", 480, 300),
        ("Total", 300, 314),
        ("$20.00", 480, 314),
    ]
    assert row_fields(rows)["vendor_vat"] == "EU372041333"
