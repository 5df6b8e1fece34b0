"""VAT breakdown tables, VAT categories and unlabelled totals on synthetic lines (taxes.py)."""

from decimal import Decimal

import pytest

from fincycle.extraction.amounts import build_rows, classify, extract_amounts
from fincycle.extraction.model import Extraction, TextLine
from fincycle.extraction.taxes import category_of, read_vat_rows

D = Decimal


def page(*texts: str) -> list[TextLine]:
    return [TextLine(t, 0, 50.0, 50.0 + 14 * i, 500.0, 60.0 + 14 * i) for i, t in enumerate(texts)]


def run(*texts: str) -> Extraction:
    ext = Extraction()
    extract_amounts(page(*texts), ext, None)
    return ext


def rows_of(ext: Extraction) -> set[tuple]:
    return {(t.rate, t.base, t.amount, t.category) for t in ext.taxes}


def test_french_table_rates_without_percent_sign():
    ext = run(
        "Papeterie Lumière SAS",
        "Facture F-2291",
        "Récapitulatif TVA",
        "Taux Base HT Montant TVA",
        "20 1 000,00 200,00",
        "5,5 200,00 11,00",
        "Total HT 1 200,00",
        "Total TVA 211,00",
        "Total TTC 1 411,00",
    )
    assert rows_of(ext) == {
        (D(20), D("1000.00"), D("200.00"), "S"),
        (D("5.5"), D("200.00"), D("11.00"), "S"),
    }
    assert ext.value("amount_untaxed") == D("1200.00")
    assert ext.value("amount_tax") == D("211.00")
    assert ext.value("amount_total") == D("1411.00")


def test_field_grid_category_codes_and_columns_in_any_order():
    # A viewer stylesheet's grid: category, goods value, allowance, base, rate, VAT.
    ext = run(
        "Steueraufschlüsselung",
        "Art (Kategorie) Warenwert Zu-/Abschlag Basisbetrag Steuersatz [%] Steuerbetrag",
        "Umsatzsteuer (S) 410,00 -10,00 400,00 7 28,00",
        "Umsatzsteuer (S) 120,00 120,00 19 22,80",
        "Positionssumme 530,00",
        "Gesamtbetrag der Zuschläge 0,00",
        "Gesamtbetrag der Abschläge -10,00",
        "Rechnungssumme ohne USt. 520,00",
        "Steuerbetrag 50,80",
        "Bruttosumme 570,80",
        "Zahlbetrag 570,80",
    )
    assert rows_of(ext) == {
        (D(7), D("400.00"), D("28.00"), "S"),
        (D(19), D("120.00"), D("22.80"), "S"),
    }
    assert ext.value("amount_untaxed") == D("520.00")
    assert ext.value("amount_tax") == D("50.80")
    assert ext.value("amount_total") == D("570.80")
    assert ext.value("document_type") == "invoice"  # the negative allowance total is no credit


def test_exempt_row_with_wrapped_reason_in_a_grid():
    ext = run(
        "Umsatzsteueraufschlüsselung",
        "Art (Kategorie) Warenwert Basisbetrag Steuersatz [%] Steuerbetrag",
        "Umsatzsteuer (E)",
        "Steuerfreie Heilbehandlung 640,00 0 0,00",
        "nach § 4 Nr. 14 UStG",
        "Rechnungssumme ohne USt. 640,00",
        "Steuerbetrag 0,00",
        "Bruttosumme 640,00",
    )
    assert rows_of(ext) == {(D(0), D("640.00"), D("0.00"), "E")}
    assert "Steuerfreie Heilbehandlung" in ext.taxes[0].exemption
    assert ext.value("amount_untaxed") == D("640.00")
    assert ext.value("amount_tax") == D("0.00")


def test_italian_summary_exempt_and_standard_rows():
    ext = run(
        "Ferramenta Rossi S.r.l.",
        "Fattura n. 118/2025",
        "Riepilogo IVA",
        "Aliquota Imponibile Imposta",
        "22% 500,00 110,00",
        "Esente art. 10 DPR 633/72 0% 80,00 0,00",
        "Totale imponibile 580,00",
        "Totale IVA 110,00",
        "Totale documento 690,00",
    )
    assert rows_of(ext) == {
        (D(22), D("500.00"), D("110.00"), "S"),
        (D(0), D("80.00"), D("0.00"), "E"),
    }
    assert ext.value("amount_total") == D("690.00")


def test_dutch_reverse_charge_row_takes_the_page_wording():
    ext = run(
        "Bouwbedrijf De Vries B.V.",
        "Factuur 2025-031",
        "BTW % Grondslag BTW-bedrag",
        "0% 2.500,00 0,00",
        "Totaal excl. BTW 2.500,00",
        "BTW 0,00",
        "Totaal 2.500,00",
        "BTW verlegd naar de afnemer",
    )
    assert rows_of(ext) == {(D(0), D("2500.00"), D("0.00"), "AE")}
    assert ext.value("amount_total") == D("2500.00")


def test_two_zero_rows_of_different_categories_stay_apart():
    ext = run(
        "Détail TVA Code Taux Base TVA Montant TVA",
        "S 20,00% 50,00 10,00",
        "EXONÉRATION ART. 261 E 0,00% 30,00 0,00",
        "LIVRAISON INTRACOMMUNAUTAIRE K 0,00% 20,00 0,00",
        "Total HT 100,00",
        "Total TVA 10,00",
        "Total TTC 110,00",
    )
    assert rows_of(ext) == {
        (D(20), D("50.00"), D("10.00"), "S"),
        (D(0), D("30.00"), D("0.00"), "E"),
        (D(0), D("20.00"), D("0.00"), "K"),
    }


def test_unlabelled_summary_rows_of_a_form_with_gross_column():
    # Column titles printed as graphics: goods, allowances, base, VAT, rate, gross.
    ext = run(
        "Brauerei Alpenglück GmbH",
        "Rechnung 7781",
        "250,00 -5,00 245,00 46,55 19,0 291,55",
        "80,00 80,00 5,60 7,0 85,60",
        "330,00 -5,00 325,00 52,15 EUR 377,15",
    )
    assert {(t.rate, t.base, t.amount) for t in ext.taxes} == {
        (D(19), D("245.00"), D("46.55")),
        (D(7), D("80.00"), D("5.60")),
    }
    assert ext.value("amount_untaxed") == D("325.00")
    assert ext.value("amount_tax") == D("52.15")
    assert ext.value("amount_total") == D("377.15")


def test_totals_printed_under_a_row_of_labels():
    ext = run(
        "Menuiserie Dupont",
        "Facture 5521",
        "Pose de parquet 1 800,00 800,00",
        "TOTAL HT TOTAL TVA TOTAL TTC",
        "Réglement à réception. 800,00 160,00 960,00",
        "NET A PAYER 960,00 EUR",
    )
    assert ext.value("amount_untaxed") == D("800.00")
    assert ext.value("amount_tax") == D("160.00")
    assert ext.value("amount_total") == D("960.00")


def test_rate_column_next_to_the_vat_column_is_not_a_thousands_group():
    ext = run(
        "Art (Kategorie) Warenwert Zu-/Abschlag Basisbetrag Steuersatz Steuerbetrag",
        "Umsatzsteuer (S) 700,00 8,75 708,75 19 134,66",
        "Rechnungssumme ohne USt. 708,75",
        "Steuerbetrag 134,66",
        "Bruttosumme 843,41",
    )
    assert rows_of(ext) == {(D(19), D("708.75"), D("134.66"), "S")}
    assert ext.value("amount_tax") == D("134.66")


def test_allowance_row_with_a_rate_is_no_vat_row():
    ext = run(
        "Zuschlag Verpackung 19 % UST (S) 12,00",
        "Abschlag Treuerabatt 2 500,00 19 % UST (S) -10,00",
        "Nettobetrag 502,00",
        "MwSt. 19 % 95,38",
        "Gesamtbetrag 597,38",
    )
    assert {(t.rate, t.base, t.amount) for t in ext.taxes} == {(D(19), D("502.00"), D("95.38"))}
    assert ext.value("amount_total") == D("597.38")


def test_line_item_header_with_a_rate_column_is_no_vat_table():
    found, table = read_vat_rows(
        build_rows(
            page(
                "Pos Beschreibung Menge Einzelpreis Steuersatz Nettobetrag",
                "1 Wartung 2 100,00 19 200,00",
                "2 Material 1 19,00 19 19,00",
            )
        )
    )
    assert not table
    assert found == []


def test_vat_implied_from_a_usual_rate_when_only_the_vat_is_labelled():
    ext = run("Gartenbau Grün", "Subtotal 40,00", "VAT 7,60", "TOTAL 47,60")
    assert {(t.rate, t.base, t.amount) for t in ext.taxes} == {(D(19), D("40.00"), D("7.60"))}


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("rechnungssumme ohne ust.", "untaxed"),
        ("summe ohne mwst", "untaxed"),
        ("steuerbetrag", "tax"),
        ("ust.-betrag", "tax"),
        ("btw 21%", "tax"),
        ("btw-bedrag", "tax"),
        ("vat amount", "tax"),
        ("gesamtbetrag der abschlage", "discount"),
        ("gesamtbetrag der zuschlage", "charge"),
        ("due payable:", "due"),
        ("rechnungsbeitrag", "total"),
    ],
)
def test_labels(label, kind):
    assert classify(label) == kind


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Umsatzsteuer (AE)", "AE"),
        ("VAT (K)", "K"),
        ("Steuerschuldnerschaft des Leistungsempfängers", "AE"),
        ("Autoliquidation", "AE"),
        ("Operazione soggetta a inversione contabile", "AE"),
        ("BTW verlegd", "AE"),
        ("Inversión del sujeto pasivo", "AE"),
        ("Steuerfreie innergemeinschaftliche Lieferung", "K"),
        ("Exonération de TVA, article 262 ter I du CGI", "K"),
        ("Livraison intracommunautaire", "K"),
        ("Cessione intracomunitaria art. 41 DL 331/93", "K"),
        ("Steuerfreie Ausfuhrlieferung", "G"),
        ("Exportation hors UE, article 262 I du CGI", "G"),
        ("TVA non applicable, art. 293 B du CGI", "E"),
        ("Kein Ausweis der Umsatzsteuer, Kleinunternehmer § 19 UStG", "E"),
        ("Operazione esente art. 10", "E"),
        ("Vrijgesteld van btw", "E"),
        ("Exento de IVA", "E"),
        ("Nicht steuerbarer Umsatz", "O"),
        ("Zero rated supply", "Z"),
        ("Zero 0% 50.00 0.00", "Z"),
        ("Beratung", ""),
    ],
)
def test_categories(text, code):
    assert category_of(text) == code


def test_reverse_charge_without_vat_row_gives_a_zero_row_of_its_category():
    ext = run(
        "Elektro Wagner GmbH",
        "Rechnung 4410",
        "Montage Schaltanlage 3.200,00",
        "Nettobetrag 3.200,00",
        "Rechnungsbetrag 3.200,00",
        "Steuerschuldnerschaft des Leistungsempfängers (§ 13b UStG)",
    )
    assert rows_of(ext) == {(D(0), D("3200.00"), D("0.00"), "AE")}
    assert ext.taxes_confidence <= 0.7


def test_vat_number_wording_is_no_intra_eu_supply():
    ext = run(
        "N° TVA intracommunautaire : FR12345678901",
        "Taux Base HT Montant TVA",
        "0% 100,00 0,00",
        "Total HT 100,00",
        "Total TTC 100,00",
    )
    assert rows_of(ext) == {(D(0), D("100.00"), D("0.00"), "")}


@pytest.mark.parametrize(
    "label", ["Währung: GBP", "Devise : Euro (GBP)", "Currency: GBP", "Valuta: GBP"]
)
def test_labelled_currency_wins_over_amount_signs(label):
    ext = run(
        "Fabrikant Noord", label, "Totaal excl. BTW € 100,00", "BTW 21% 21,00", "Totaal 121,00"
    )
    assert ext.value("currency") == "GBP"


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (("Total sem IVA 1.000,00", "IVA 23% 230,00", "Total com IVA 1.230,00"), "1230.00"),
        (("Base imponible 500,00", "IVA 21% 105,00", "Total a pagar 605,00"), "605.00"),
        (("Subtotaal 300,00", "BTW 21% 63,00", "Te betalen 363,00"), "363.00"),
    ],
)
def test_portuguese_spanish_dutch_totals(texts, expected):
    ext = run("Fornecedor Lda", *texts)
    assert ext.value("amount_total") == D(expected)
    assert len(ext.taxes) == 1 and ext.taxes[0].base is not None


def test_total_before_a_prepayment_when_only_the_amount_due_is_labelled():
    ext = run(
        "Tischlerei Holzmann",
        "Schlussrechnung 2025-17",
        "Nettobetrag 2.000,00",
        "USt. 19 % 380,00",
        "abzüglich Anzahlung 1.000,00",
        "Zahlbetrag 1.380,00",
    )
    assert ext.value("amount_total") == D("2380.00")
    assert ext.value("amount_untaxed") == D("2000.00")


def test_gross_unit_price_is_no_total():
    ext = run(
        "Netto 10,00 Bruttopreis: 11,90",
        "Nettobetrag 10,00",
        "MwSt. 19 % 1,90",
        "Gesamtbetrag 11,90",
    )
    assert ext.value("amount_total") == D("11.90")
    assert classify("bruttopreis:") == "ignore"


def test_vat_column_of_the_line_table_is_summed_per_rate():
    ext = run(
        "Invoice 12",
        "Description Qty Unit price VAT % VAT Total",
        "Widget 2 50.00 20% 20.00 120.00",
        "Gadget 3 30.00 20% 18.00 108.00",
        "Cable 1 10.00 5% 0.50 10.50",
        "Total 238.50",
    )
    assert {(t.rate, t.base, t.amount) for t in ext.taxes} == {
        (D(20), D("190.00"), D("38.00")),
        (D(5), D("10.00"), D("0.50")),
    }
    assert ext.value("amount_untaxed") == D("200.00")
    assert ext.value("amount_tax") == D("38.50")


def test_rates_printed_only_on_the_items_give_the_vat_per_rate():
    ext = run(
        "Épicerie du Marché",
        "Facture 88",
        "Désignation Qté Prix unitaire TVA Montant HT",
        "Pain 10 2,00 5,5% 20,00",
        "Vin 2 15,00 20% 30,00",
        "Total HT 50,00",
        "Total TVA 7,10",
        "Total TTC 57,10",
    )
    assert {(t.rate, t.base, t.amount) for t in ext.taxes} == {
        (D("5.5"), D("20.00"), D("1.10")),
        (D(20), D("30.00"), D("6.00")),
    }


def test_a_sentence_about_vat_is_no_table_header():
    _found, table = read_vat_rows(
        build_rows(
            page(
                "La TVA est calculée sur la base du prix hors taxe de chaque article livré "
                "au client final selon le barème en vigueur à la date de livraison",
                "Frais de port 7 19,00 1,33",
            )
        )
    )
    assert not table


@pytest.mark.parametrize(
    "texts",
    [
        (
            "Récapitulatif TVA",
            "Taux TVA 20 % 5,5 %",
            "Base HT 100,00 40,00 140,00",
            "Montant TVA 20,00 2,20 22,20",
            "Total TTC 162,20 €",
        ),
        (
            "MwSt-Satz 20% 5,5% Summe",
            "Netto 100,00 40,00 140,00",
            "MwSt 20,00 2,20 22,20",
            "Brutto 120,00 42,20 162,20",
            "Zu zahlen 162,20 EUR",
        ),
    ],
)
def test_vat_table_printed_across(texts):
    ext = run("Atelier Baumann", *texts)
    assert rows_of(ext) == {
        (D(20), D("100.00"), D("20.00"), "S"),
        (D("5.5"), D("40.00"), D("2.20"), "S"),
    }
    assert ext.value("amount_untaxed") == D("140.00")
    assert ext.value("amount_tax") == D("22.20")
    assert ext.value("amount_total") == D("162.20")


def test_vat_table_with_a_code_column_whose_header_shares_the_row_of_a_total():
    lines = [
        _tl("CONDITIONS DE REGLEMENT", 74, 680),
        _tl("BASES HT", 260, 680),
        _tl("% TVA", 317, 680),
        _tl("MT TVA", 359, 680),
        _tl("TOTAL H.T.", 451, 680),
        _tl("400,00", 537, 680),
        _tl("N°", 30, 695),
        _tl("MONTANT", 53, 695),
        _tl("2", 251, 695),  # the tax code column, far left of the base
        _tl("400,00", 288, 695),
        _tl("5,50%", 320, 695),
        _tl("22,00", 379, 695),
        _tl("TOTAL TVA", 450, 708),
        _tl("22,00", 542, 708),
        _tl("TOTAL TTC", 450, 721),
        _tl("422,00", 537, 721),
    ]
    ext = Extraction()
    extract_amounts(lines, ext, None)
    assert [(t.rate, t.base, t.amount) for t in ext.taxes] == [
        (Decimal("5.5"), Decimal("400.00"), Decimal("22.00"))
    ]
    assert ext.value("amount_untaxed") == Decimal("400.00")


def _tl(text, x0, top):
    return TextLine(text, 0, x0, top, x0 + 4.5 * len(text), top + 8)


def test_a_code_column_and_an_amount_are_two_numbers_not_one_grouped_number():
    rows = build_rows([_tl("3", 251, 695), _tl("319,39", 288, 695)])
    assert [a.value for a in rows[0].amounts] == [Decimal("3"), Decimal("319.39")]
    # one box of a text layer keeps its space-grouped thousands
    rows = build_rows([_tl("Total 3 319,39", 251, 695)])
    assert [a.value for a in rows[0].amounts] == [Decimal("3319.39")]


def test_totals_column_beside_a_vat_table_does_not_end_it():
    lines = [
        _tl("Taxe", 34, 420),
        _tl("Base", 150, 420),
        _tl("Montant", 230, 420),
        _tl("Total HT", 400, 420),
        _tl("300,00", 500, 420),
        _tl("TVA collectée 20,0%", 34, 434),
        _tl("100,00", 150, 434),
        _tl("20,00", 230, 434),
        _tl("Total taxes", 400, 441),
        _tl("31,00", 500, 441),
        _tl("TVA collectée 5,5%", 34, 448),
        _tl("200,00", 150, 448),
        _tl("11,00", 230, 448),
        _tl("Total TTC", 400, 462),
        _tl("331,00", 500, 462),
    ]
    ext = Extraction()
    extract_amounts(lines, ext, None)
    assert {(t.rate, t.base, t.amount) for t in ext.taxes} == {
        (Decimal("20"), Decimal("100.00"), Decimal("20.00")),
        (Decimal("5.5"), Decimal("200.00"), Decimal("11.00")),
    }


def test_totals_rows_right_of_a_vat_table_with_a_code_column_do_not_end_it():
    lines = [
        _tl("Total Taxable", 49, 587),
        _tl("Taux TVA", 111, 587),
        _tl("Total TVA", 169, 587),
        _tl("Montant Total HT", 259, 594),
        _tl("300,00", 375, 594),
        _tl("200,00 1", 73, 601),  # base and the rate's code
        _tl("5,5", 136, 601),
        _tl("11,00", 189, 601),
        _tl("Montant Total TVA", 272, 610),
        _tl("31,00", 384, 611),
        _tl("100,00 6", 82, 616),
        _tl("20,0", 132, 616),
        _tl("20,00", 189, 616),
        _tl("Montant Total TTC", 254, 628),
        _tl("331,00", 375, 628),
    ]
    ext = Extraction()
    extract_amounts(lines, ext, None)
    assert {(t.rate, t.base, t.amount) for t in ext.taxes} == {
        (Decimal("5.5"), Decimal("200.00"), Decimal("11.00")),
        (Decimal("20"), Decimal("100.00"), Decimal("20.00")),
    }
    assert ext.value("amount_tax") == Decimal("31.00")


@pytest.mark.parametrize(
    ("header", "row", "expected"),
    [
        # base 12,60 at 21 %: 12,60 is no usual VAT rate, 21,00 is
        ("Base HT Taux Montant TVA", "12,60 21,00 2,65", (D("21.00"), D("12.60"), D("2.65"))),
        # both are usual rates: the header's column order decides
        ("Base HT Taux Montant TVA", "20,00 5,50 1,10", (D("5.50"), D("20.00"), D("1.10"))),
        ("Taux Base HT Montant TVA", "5,50 20,00 1,10", (D("5.50"), D("20.00"), D("1.10"))),
        ("BTW % Grondslag Bedrag", "9,00 21,00 1,89", (D("9.00"), D("21.00"), D("1.89"))),
    ],
)
def test_rate_and_base_that_multiply_alike_are_not_swapped(header, row, expected):
    ext = run("Recapitulatif", header, row, "Fin")
    assert {(t.rate, t.base, t.amount) for t in ext.taxes} == {expected}
