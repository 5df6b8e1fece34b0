"""Vendor identification (fincycle.extraction.parties, company_names): synthetic layouts in the
EU languages; the seller's section and label, the block of the vendor's identifiers, names
cleaned of identifier prefixes and legal notices, never a title, a label, a currency or a street.
"""

import pytest

from fincycle.extraction.company_names import (
    clean_company_name,
    looks_like_address,
    name_line,
    plausible_company,
)
from fincycle.extraction.identifiers import name_key, strip_legal_form
from fincycle.extraction.model import TextLine
from fincycle.extraction.rules import extract_from_lines


def layout(rows, size=9.0, page=0):
    """TextLines from (text, x0, top) rows; the width follows the text length."""
    return [
        TextLine(text, page, x0, top, x0 + 0.5 * size * len(text), top + size)
        for text, x0, top in rows
    ]


def vendor(rows, **kwargs):
    return extract_from_lines(layout(rows), **kwargs).value("vendor_name")


# --- one line: cleaning and plausibility ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("GLN 4012345000009 Lief-Nr: 77812 NORDWIND HANDEL GMBH", "NORDWIND HANDEL GMBH"),
        ("Kunden-Nr. 4711 Brunnen Apotheke e.K.", "Brunnen Apotheke e.K."),
        ("Atelier Dupont SAS au capital de 10 000 EUR - RCS Nantes", "Atelier Dupont SAS"),
        ("Nordlicht Medien GmbH, Sitz Kiel, Geschäftsführer: Jan Hansen", "Nordlicht Medien GmbH"),
        ("Officine Bianchi S.r.l. - P.IVA 01234567897 - REA MI 123456", "Officine Bianchi S.r.l."),
        ("Bakkerij de Vries B.V. KvK 12345678", "Bakkerij de Vries B.V."),
        ("Fornecedor: Tecnologias Lusas, Lda", "Tecnologias Lusas, Lda"),
        ("Vendeur : Fromagerie des Alpes SA", "Fromagerie des Alpes SA"),
        ("3 Suisses Mode SA", "3 Suisses Mode SA"),  # a digit in the name is no identifier
    ],
)
def test_company_name_is_cleaned_of_prefixes_labels_and_legal_notices(text, name):
    assert clean_company_name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Zeeland Koffie B.V. Havenweg 3 4381 AB Vlissingen", "Zeeland Koffie B.V."),
        ("Atelier Morel SARL 14 rue des Tanneurs 67000 Strasbourg", "Atelier Morel SARL"),
        ("Hierros Duero S.L. C/ Mayor 5, 47001 Valladolid", "Hierros Duero S.L."),
        ("Kestrel Audio Ltd | 9 Mill Lane | Bristol", "Kestrel Audio Ltd"),
        ("Lindner Bau GmbH & Co. KG 80331 München", "Lindner Bau GmbH & Co. KG"),
        ("Studio 54 GmbH", "Studio 54 GmbH"),
    ],
)
def test_company_with_its_address_on_one_line_is_cut_after_the_legal_form(text, name):
    assert clean_company_name(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "Stylesheet for rendering the XML data of electronic invoices",
        "Visualisation des données XML de factures électroniques",
        "Beispiel-Rechnungen für eine Testumgebung",
        "EUR",
        "CHF",
        "Leopoldstr. 17",
        "Via Garibaldi 21",
        "Calle de Alcalá 45",
        "Rua das Flores 8",
        "Prinsengracht 263",
        "FR 69002 Lyon",
        "1017 CS Amsterdam",
        "Name:",
        "Anschrift",
        "Kundennummer",
        "Käufer",
        "Proveedor",
        "123 456 789 00012",
        "Facture",
    ],
)
def test_titles_labels_currencies_streets_and_numbers_are_no_company(text):
    assert not plausible_company(text)
    assert name_line(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Brunnen Apotheke e.K.",
        "Physiopraxis am Park",
        "Smart Invoice Services Ltd",
        "Kiosk 24 GmbH",
    ],
)
def test_company_names_are_plausible(text):
    assert plausible_company(text)


def test_addresses_in_several_countries():
    for text in ["DE 10115 Berlin", "GB EC1A 1BB London", "1100-148 Lisboa", "28014 Madrid"]:
        assert looks_like_address(text)
    assert not looks_like_address("USt-IdNr: DE123456789")
    assert not looks_like_address("5 Mio. € je Schadensfall, max. 10 Mio. € pro Jahr")


def test_legal_form_is_left_out_of_the_comparison_key():
    assert strip_legal_form("Lieferwerk Süd GmbH & Co. KG") == "Lieferwerk Süd"
    assert strip_legal_form("Officine Bianchi S.p.A.") == "Officine Bianchi"
    assert strip_legal_form("Distribuciones Garcia S.L.") == "Distribuciones Garcia"
    assert strip_legal_form("AG") == "AG"  # nothing else left: unchanged
    assert strip_legal_form("Kunden AG Mitte") == "Kunden AG Mitte"  # not at the end
    assert name_key("Fromagerie Roux SARL", drop_legal_form=True) == name_key(
        "Fromagerie Roux", drop_legal_form=True
    )
    assert name_key("Fromagerie Roux SARL") != name_key("Fromagerie Roux")  # default unchanged


# --- the seller's section ------------------------------------------------------------------------

GRID_DE = [
    ("Darstellung der XML-Daten einer elektronischen Rechnung", 60, 40),
    ("Rechnung Nr. 2024-17 vom 03.05.2024", 60, 80),
    ("Währung:", 66, 110),
    ("EUR", 300, 110),
    ("Verkäufer", 66, 160),
    ("Nummer:", 66, 175),
    ("88123", 300, 175),
    ("Name:", 66, 190),
    ("Brunnen Apotheke e.K.", 300, 190),
    ("Ansprechpartner:", 66, 205),
    ("Petra Brunnen", 300, 205),
    ("Anschrift:", 66, 220),
    ("Leopoldstr. 17", 300, 220),
    ("DE 80802 München", 300, 235),
    ("USt-IdNr.:", 66, 250),
    ("DE136695976", 300, 250),
    ("Käufer", 66, 300),
    ("Name:", 66, 315),
    ("Klinik am See GmbH", 300, 315),
    ("Anschrift:", 66, 330),
    ("Seeweg 4", 300, 330),
    ("DE 82319 Starnberg", 300, 345),
]


def test_rendered_grid_seller_section_name_field():
    ext = extract_from_lines(layout(GRID_DE))
    assert ext.value("vendor_name") == "Brunnen Apotheke e.K."
    assert ext.field_confidence("vendor_name") >= 0.85


def test_rendered_grid_name_wrapped_over_two_lines():
    rows = [
        ("Verkäufer", 70, 160),
        ("Nummer:", 70, 178),
        ("4711", 260, 178),
        ("Hanseatische Versicherungs-", 260, 196),
        ("Name:", 70, 208),
        ("gesellschaft Nord a.G.", 260, 208),
        ("Anschrift:", 70, 226),
        ("Hafenstr. 3", 260, 226),
        ("DE 20457 Hamburg", 260, 244),
    ]
    assert vendor(rows) == "Hanseatische Versicherungs- gesellschaft Nord a.G."


def test_italian_cedente_section_with_denominazione():
    rows = [
        ("Visualizzazione della fattura elettronica", 60, 30),
        ("Cedente/Prestatore", 60, 100),
        ("Denominazione:", 60, 115),
        ("Officine Bianchi S.r.l.", 250, 115),
        ("Indirizzo:", 60, 130),
        ("Via Garibaldi 21", 250, 130),
        ("20121 Milano (MI)", 250, 145),
        ("Partita IVA:", 60, 160),
        ("IT01234567897", 250, 160),
        ("Cessionario/Committente", 60, 200),
        ("Denominazione:", 60, 215),
        ("Studio Verdi S.a.s.", 250, 215),
    ]
    assert vendor(rows) == "Officine Bianchi S.r.l."


def test_seller_heading_over_its_block_in_spanish():
    rows = [
        ("FACTURA", 250, 30),
        ("Emisor", 50, 90),
        ("Distribuciones Garcia S.L.", 50, 110),
        ("Calle de Alcalá 45", 50, 122),
        ("28014 Madrid", 50, 134),
        ("Cliente", 320, 90),
        ("Hostal Sol y Mar", 320, 110),
        ("Paseo Marítimo 3", 320, 122),
        ("29016 Málaga", 320, 134),
    ]
    assert vendor(rows) == "Distribuciones Garcia S.L."


def test_seller_label_and_name_on_one_line_in_english():
    rows = [
        ("INVOICE", 50, 30),
        ("Seller: Northwind Trading Ltd", 50, 80),
        ("Buyer: Harbour Foods Ltd", 320, 80),
        ("12 Quay Street", 50, 92),
        ("Total due GBP 120.00", 300, 400),
    ]
    assert vendor(rows) == "Northwind Trading Ltd"


def test_a_section_name_with_an_identifier_prefix():
    rows = [
        ("Lieferant", 40, 60),
        ("Kunde", 210, 60),
        ("GLN 4012345000009 Lief-Nr: 77812", 40, 70),
        ("GLN 4012345000016", 210, 70),
        ("NORDWIND HANDEL GMBH", 40, 80),
        ("BRAUHAUS MITTE GMBH", 210, 80),
        ("HAFENSTR. 3", 40, 90),
        ("KANALWEG 9", 210, 90),
        ("20457 HAMBURG", 40, 100),
        ("10115 BERLIN", 210, 100),
    ]
    assert vendor(rows) == "NORDWIND HANDEL GMBH"


def test_supplier_column_header_of_the_line_items_is_no_section():
    rows = [
        ("Zeefhuis Noord B.V.", 50, 30),
        ("Havenstraat 12", 50, 42),
        ("1013 AB Amsterdam", 50, 54),
        ("Art.", 50, 300),
        ("Leverancier", 120, 300),
        ("Omschrijving", 220, 300),
        ("Bedrag", 450, 300),
        ("1", 50, 315),
        ("Molen Groep", 120, 315),
        ("Zeefdoek 2 m", 220, 315),
        ("40,00", 450, 315),
    ]
    assert vendor(rows) == "Zeefhuis Noord B.V."


# --- the block of the vendor's identifiers -------------------------------------------------------


def test_name_over_the_address_of_the_vat_block_not_the_trade_name_or_logo():
    rows = [
        ("LOGO ATELIER", 80, 40),
        ("ENSEIGNE COMMERCIALE", 80, 64),
        ("ATELIER DUPONT", 80, 74),
        ("8 rue des Tanneurs, bâtiment B", 80, 84),
        ("44000 NANTES, FR", 80, 94),
        ("Contact : 02 40 00 00 00", 80, 104),
        ("SIRET : 73282932000074", 80, 114),
        ("N° TVA intra : FR44732829320", 80, 124),
        ("FACTURE N° : F-88", 300, 40),
        ("CLIENT :", 300, 64),
        ("MAISON LEROY", 300, 74),
        ("3 place du Marché", 300, 84),
        ("49000 ANGERS, FR", 300, 94),
    ]
    assert vendor(rows) == "ATELIER DUPONT"


def test_buyer_block_identifiers_never_name_the_vendor():
    rows = [
        ("Facture", 250, 20),
        ("Client", 330, 80),
        ("Maison Leroy", 330, 94),
        ("3 place du Marché", 330, 106),
        ("49000 Angers", 330, 118),
        ("TVA FR44732829320", 330, 130),
        ("Atelier Dupont SAS au capital de 10 000 EUR - RCS Nantes 732 829 320", 60, 800),
    ]
    assert vendor(rows) == "Atelier Dupont SAS"


# --- customer block and sender line --------------------------------------------------------------


def test_addressee_after_a_to_label_is_not_the_vendor():
    rows = [
        ("www.example-shop.test", 430, 80),
        ("Sample Invoice", 210, 110),
        ("TO:", 93, 150),
        ("Harriet Jones", 126, 150),
        ("Issue Date:", 385, 150),
        ("4 Mar 2024", 462, 150),
        ("Old Mill Lane", 126, 160),
        ("Leeds", 126, 170),
        ("LS1 4AP Leeds", 126, 180),
    ]
    assert vendor(rows) is None


def test_sender_line_printed_in_pieces_with_round_bullets():
    rows = [
        ("2024-05-03", 64, 60),
        ("Werkstatt Krause GmbH", 450, 120),
        ("Ecke 7", 450, 134),
        ("34117 Kassel", 450, 148),
        ("Werkstatt Krause GmbH", 100, 155),
        ("●", 208, 155),
        ("Ecke 7", 216, 155),
        ("●", 250, 155),
        ("34117 Kassel", 258, 155),
        ("Jana Est", 70, 168),
        ("Lindenweg 4", 70, 198),
        ("34119 Kassel", 70, 240),
        ("Rechnung Nr. 17 vom 03.05.2024", 56, 350),
        ("Bitte überweisen Sie den Betrag bis zum 24.05.2024.", 56, 560),
        ("Powered by Rechnungsprogramm", 56, 800),
    ]
    ext = extract_from_lines(layout(rows))
    assert ext.value("vendor_name") == "Werkstatt Krause GmbH"
    assert ext.value("customer_name") != "Werkstatt Krause GmbH"


def test_footer_notice_gives_the_name_without_the_capital():
    rows = [
        ("Facture n° 2024-118", 300, 60),
        ("Boutique Lumière", 330, 140),
        ("5 avenue Foch", 330, 152),
        ("75116 Paris", 330, 164),
        ("Total TTC 240,00 EUR", 300, 500),
        ("Céramiques Morel SARL au capital de 8 000 EUR - RCS Limoges 512 345 678", 120, 800),
    ]
    assert vendor(rows) == "Céramiques Morel SARL"


def test_sender_line_in_a_name_is_cut_to_the_name():
    assert clean_company_name("Kaiser Hosting GmbH • Bergstr. 9 • 93047 Regensburg") == (
        "Kaiser Hosting GmbH"
    )
    assert clean_company_name("> . . . Harbour Tools (NZ) Limited") == "Harbour Tools (NZ) Limited"
    assert not plausible_company("Would you like to pay online? Register today")


def test_flush_right_letterhead_over_a_gst_number_with_a_district_line():
    def right(text, top, edge=560):
        return (text, edge - 0.5 * 9.0 * len(text), top)

    rows = [
        right("Tax Invoice", 20),
        right("Kauri Garden Care", 40),
        right("Limited", 52),
        right("PO Box 4102", 64),
        right("Northcote", 76),
        right("Auckland 0748", 88),
        right("New Zealand", 100),
        right("GST No.: 98-765-432", 112),
        ("Invoice: K-1002", 40, 140),
        ("Hillside Body Corporate", 90, 200),
        ("14 Lake Road", 90, 212),
        ("Takapuna", 90, 224),
        ("Amount due $230.00", 400, 500),
    ]
    assert vendor(rows) == "Kauri Garden Care Limited"


def test_vendor_named_in_the_title_when_nothing_else_names_it():
    rows = [
        ("Cloudpeak Hosting Invoice", 250, 60),
        ("Invoice Number: 774411", 250, 110),
        ("Bill to Address:", 36, 140),
        ("ATTN: Fjord Analytics AS", 36, 150),
        ("Total for this invoice $12.00", 40, 360),
        ("Page 1 of 1", 40, 800),
    ]
    assert vendor(rows) == "Cloudpeak Hosting"
    assert vendor([("Tax Invoice", 250, 60), ("Total $12.00", 40, 360), ("1/1", 40, 800)]) is None


def test_account_holder_names_the_vendor_as_a_last_resort():
    rows = [
        ("FACTURE", 250, 40),
        ("Total TTC 120,00 EUR", 300, 400),
        ("Titulaire du compte : Vergers du Lot SARL", 60, 760),
        ("IBAN FR76 3000 4000 0312 3456 7890 143", 60, 772),
    ]
    assert vendor(rows) == "Vergers du Lot SARL"
    person = [*rows[:2], ("Titulaire du compte : Jeanne Lacombe", 60, 760), rows[3]]
    assert vendor(person) is None  # a person holding the account names no company


def test_block_with_the_vendors_legal_notice_is_not_the_customer():
    rows = [
        ("Page :1/2", 780, 18),
        ("Livré à 004411", 285, 66),
        ("Facturé à 004411", 560, 66),
        ("BIOCOOP DES MONTS SAS au capital de 90000 EUR", 22, 88),
        ("EPICERIE DU PONT", 290, 88),
        ("EPICERIE DU PONT", 567, 88),
        ("ZA Les Prés", 22, 100),
        ("7, RUE HAUTE", 290, 112),
        ("7, RUE HAUTE", 567, 112),
        ("26000 VALENCE", 22, 113),
        ("38000 GRENOBLE", 290, 136),
        ("38000 GRENOBLE", 567, 136),
        ("N° Siret : 34505228600027", 22, 148),
        ("Identifiant TVA : FR30345052286", 22, 173),
        ("FACTURE No 4471 du 07/02/23", 26, 205),
        ("Total TTC 88,00", 600, 500),
    ]
    ext = extract_from_lines(layout(rows))
    assert ext.value("vendor_name") == "BIOCOOP DES MONTS SAS"
    assert ext.value("customer_name") != "BIOCOOP DES MONTS SAS au capital de 90000 EUR"


def test_ocr_sender_line_glued_with_dashes_is_cut_before_the_address():
    assert clean_company_name("Atelier Roux SARL-8 rue Neuve-69002 Lyon-France") == (
        "Atelier Roux SARL"
    )
    assert clean_company_name("Studio-54 Bar SA") == "Studio-54 Bar SA"  # no address follows
    assert not plausible_company("fx.b")  # OCR debris: no word in it


def test_a_legal_form_alone_is_no_company_name():
    from fincycle.extraction.labels import only_legal_form  # noqa: PLC0415

    for text in ("SARL", "GmbH & Co. KG", "S.A.", "Sàrl", "Ltd.", "AG"):
        assert only_legal_form(text), text
    for text in ("Acme SARL", "Au bon moulin", "SA Lebensmittel", "Bei Spiel GmbH"):
        assert not only_legal_form(text), text
    # The footer's legal notice starts with the legal form alone; the customer's VAT id, known
    # as the company's own, is left out: the vendor is the letterhead's, never "SARL".
    rows = [
        ("FOURNISSEUR F", 220, 20),
        ("CLIENT 1", 333, 85),
        ("1 rue du Client", 333, 113),
        ("75015 PARIS", 333, 128),
        ("Numero TVA FR51777888991", 333, 142),
        ("FACTURE", 266, 181),
        ("NUMERO DE FACTURE 2017-TEST-01", 300, 216),
        ("Total TTC 120,00", 400, 500),
        ("SARL au capital de 50 000 Euros, - R.C.S. NANTERRE 999 888 779", 91, 787),
        ("No TVA intracommunautaire : FR 34 999 888 779", 216, 796),
    ]
    assert vendor(rows, own_vat_ids=("FR51777888991",)) == "FOURNISSEUR F"


def test_footer_company_over_a_post_box_and_a_town_is_the_vendor():
    rows = [
        ("Tax Invoice", 40, 36),
        ("Invoice No. INV1001", 380, 110),
        ("Blue Harbour Flats", 40, 127),
        ("21 Quay Mews", 40, 139),
        ("Seaview 0920", 40, 151),
        ("Monthly maintenance 1,200.00", 40, 330),
        ("TOTAL: $1,380.00", 400, 700),
        ("Kauri Cleaning Services Limited", 36, 731),
        ("P.O. Box 33-127", 36, 742),
        ("Takapuna", 36, 752),
        ("Ph: (09) 555-0101", 36, 776),
    ]
    lines = [TextLine(t, 0, x, y, x + 4.5 * len(t), y + 9) for t, x, y in rows]
    assert extract_from_lines(lines).value("vendor_name") == "Kauri Cleaning Services Limited"
    # without a legal form, a name over a town is no sender block
    rows[7] = ("Kauri Cleaning Services", 36, 731)
    lines = [TextLine(t, 0, x, y, x + 4.5 * len(t), y + 9) for t, x, y in rows]
    assert extract_from_lines(lines).value("vendor_name") != "Kauri Cleaning Services"


# --- headings and labels are never the vendor ---------------------------------------------------


@pytest.mark.parametrize(
    "heading",
    ["PAYMENT RECEIPT", "Sales Receipt", "Kassenbeleg", "Reçu de paiement", "Order Confirmation",
     "Account Statement", "Betaalbewijs", "Recibo", "Delivery Note"],
)  # fmt: skip
def test_a_receipt_or_statement_heading_is_no_company(heading):
    assert not plausible_company(heading)
    assert plausible_company("Statement Apparel Ltd")  # a legal form: a company after all


def test_receipt_heading_over_the_letterhead_gives_the_name_under_it():
    rows = [
        ("Sales Receipt", 60, 40),
        ("Pinewood Garden Supplies", 60, 60),
        ("Receipt No. 7310", 380, 80),
        ("Date: 14/06/2024", 380, 95),
        ("Total 58.40", 380, 300),
    ]
    assert vendor(rows) == "Pinewood Garden Supplies"


def test_receipt_heading_is_not_taken_when_the_sender_is_in_the_footer():
    rows = [
        ("PAYMENT RECEIPT", 60, 40),
        ("Receipt number: 4417-2210", 60, 80),
        ("Bill to", 60, 130),
        ("Maria Lopez", 60, 143),
        ("8 Elm Road", 60, 156),
        ("Leeds LS1 4AP", 60, 169),
        ("Amount paid £30.00", 60, 300),
        ("Skyline Hosting Ltd", 60, 760),
        ("40 Canal Street", 60, 773),
        ("Manchester M1 3HE", 60, 786),
    ]
    assert vendor(rows) == "Skyline Hosting Ltd"


@pytest.mark.parametrize(
    "label",
    ["Factuuradres", "Afleveradres", "Dirección de facturación", "Morada de faturação",
     "Endereço de cobrança", "Facturar a"],
)  # fmt: skip
def test_a_billing_address_label_heads_the_customer_block_even_at_the_top(label):
    """The addressee under a billing-address label is the customer, never the vendor, even
    when the block is the first one on the page; the label is no name either."""
    rows = [
        (label, 60, 40),
        ("Pieter de Wit", 60, 53),
        ("Lindenlaan 7", 60, 66),
        ("3511 AB Utrecht", 60, 79),
        ("Factuurnummer: 20240311", 380, 120),
        ("Factuurdatum: 11-03-2024", 380, 133),
        ("Totaal 121,00", 380, 426),
        ("IBAN NL91ABNA0417164300", 60, 780),
    ]
    assert vendor(rows) is None
    assert not plausible_company(label)


@pytest.mark.parametrize(
    "text",
    ["Payment details", "Terms and conditions", "Betalingsvoorwaarden", "Uw referentie",
     "Forma de pago", "Datos bancarios", "Dados bancários", "Coordonnées bancaires",
     "Modalità di pagamento", "Zahlungsinformationen", "Thank you for your business"],
)  # fmt: skip
def test_section_headings_and_field_labels_are_no_company(text):
    assert not plausible_company(text)


@pytest.mark.parametrize(
    "text", ["Payment Solutions Ltd", "Original Foods", "Prix Malin", "Bank Austria"]
)
def test_names_with_one_word_of_a_heading_stay_companies(text):
    assert plausible_company(text)


@pytest.mark.parametrize(
    "top",
    [
        [("Bankgegevens", 60, 760), ("Havenweg 3", 60, 773), ("3011 AA Rotterdam", 60, 786)],
        [("Datos fiscales", 60, 740), ("Calle Mayor 5", 60, 753), ("28013 Madrid", 60, 766),
         ("NIF B12345678", 60, 779)],
        [("Datos bancarios", 60, 30), ("IBAN ES9121000418450200051332", 60, 43)],
    ],
)  # fmt: skip
def test_a_section_heading_over_an_address_or_identifier_is_not_the_vendor(top):
    rows = [
        ("Factura nº 2024-7", 380, 40),
        ("Fecha 05/03/2024", 380, 53),
        ("Total 1.210,00", 380, 400),
        ("Página 1", 300, 800),
        *top,
    ]
    assert vendor(rows) is None


# --- the vendor from its identifiers, signature or payee when the letterhead is a logo --------

_ADDRESSEE_ONLY = [
    ("Factuur", 380, 40),
    ("Factuurnummer: 7781", 380, 60),
    ("Factuurdatum: 02-04-2024", 380, 73),
    ("Anna de Boer", 60, 120),
    ("Molenweg 4", 60, 133),
    ("2011 BC Haarlem", 60, 146),
    ("Totaal 242,00", 330, 426),
]


@pytest.mark.parametrize(
    ("footer", "name"),
    [
        ([("Dijkstra Installaties B.V. | KvK 56781234 | BTW NL853746333B01", 60, 780)],
         "Dijkstra Installaties B.V."),
        ([("Dijkstra Installaties - KvK 56781234 - BTW NL853746333B01", 60, 780)],
         "Dijkstra Installaties"),
        ([("Dijkstra Installaties B.V.", 60, 770), ("KvK 56781234", 60, 783),
          ("BTW NL853746333B01", 300, 770)], "Dijkstra Installaties B.V."),
        ([("Met vriendelijke groet,", 60, 600), ("Dijkstra Installaties B.V.", 60, 613)],
         "Dijkstra Installaties B.V."),
        ([("Make all checks payable to Dijkstra Installaties B.V.", 60, 700)],
         "Dijkstra Installaties B.V."),
    ],
)  # fmt: skip
def test_vendor_from_its_id_line_signature_or_payee_not_the_addressee(footer, name):
    assert vendor([*_ADDRESSEE_ONLY, *footer]) == name


def test_a_bank_named_before_its_iban_is_not_the_vendor():
    rows = [
        *_ADDRESSEE_ONLY,
        ("Rabobank N.V. IBAN NL91ABNA0417164300", 60, 770),
        ("Rabobank N.V.", 300, 770),
        ("IBAN NL91ABNA0417164300", 300, 783),
    ]
    assert vendor(rows) != "Rabobank N.V."


def test_an_addressee_in_the_window_is_weaker_than_a_letterhead():
    ext = extract_from_lines(layout(_ADDRESSEE_ONLY))
    assert ext.value("vendor_name") == "Anna de Boer"  # nothing else names anyone
    assert ext.field_confidence("vendor_name") < 0.7


def test_a_block_with_phone_and_fax_under_it_is_the_sender_not_the_customer():
    """A till receipt: the shop's centred address with its phone and fax line under it is no
    addressee, and an item printed like "3957 LADEKABEL" is no letterhead."""
    rows = [
        ("NORDWIND MARKT", 250, 100),
        ("Hafenstr. 5", 255, 113),
        ("20457 HAMBURG", 252, 126),
        ("TEL.: 040 123456 FAX: 040 123457", 230, 145),
        ("2121161", 200, 200),
        ("KABEL", 200, 213),
        ("3957 LADEKABEL", 200, 226),
        ("12,00", 400, 226),
        ("Total EUR 12,00", 200, 300),
        ("Datum: 14.05.2020", 200, 400),
        ("Bitte Beleg aufbewahren", 200, 700),
    ]
    assert vendor(rows) == "NORDWIND MARKT"


def test_the_only_address_block_with_its_phone_number_is_the_sender():
    rows = [
        ("Kaiser Backstube", 300, 100),
        ("Marktplatz 4", 300, 113),
        ("79098 Freiburg", 300, 126),
        ("0761/2233445", 300, 139),
        ("Brezel 2,40", 200, 250),
        ("Summe 2,40", 200, 300),
    ]
    assert vendor(rows) == "Kaiser Backstube"
