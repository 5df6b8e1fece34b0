"""Text-path rules found on real layouts (fourth round), each checked on synthetic documents
written for the test: a number to quote with the payment printed before the note that asks
for it, the New Zealand payee fields (Particulars / Code / Reference), and the sender's name
spelled by its web or mail domain when the logo is an image."""

import pytest

from fincycle.extraction.model import TextLine
from fincycle.extraction.rules import extract_from_lines


def layout(rows, size=9.0):
    """TextLines from (text, x0, top) rows; the width follows the text length."""
    return [
        TextLine(text, 0, x0, top, x0 + 0.5 * size * len(text), top + size)
        for text, x0, top in rows
    ]


def read(rows):
    return extract_from_lines(layout(rows))


# --- a number to quote, printed before the note asking for it ------------------------------------


def _premium_notice(number_line, note_line):
    rows = [
        ("Hanseatische Feuerkasse VVaG", 70, 80),
        ("Kaiserkai 9, 20457 Hamburg", 70, 92),
        ("Frau Lena Brandt", 70, 130),
        ("Lindenweg 4", 70, 142),
        ("22085 Hamburg", 70, 154),
        ("Beitragsrechnung", 70, 230),
        ("3. März 2025", 420, 230),
        (number_line, 70, 250),
    ]
    if note_line:
        rows.append((note_line, 70, 262))
    rows += [
        ("Hausratversicherung", 70, 300),
        ("120,00 €", 300, 300),
        ("Versicherungsteuer 19 %", 70, 312),
        ("22,80 €", 300, 312),
        ("Rechnungsbetrag", 70, 324),
        ("142,80 €", 300, 324),
    ]
    return rows


@pytest.mark.parametrize(
    ("number_line", "note_line", "reference"),
    [
        (
            "Hausratvertrag Nr: 47.310.552.9",
            "(Bei Schriftwechsel und Zahlung bitte angeben.)",
            "47.310.552.9",
        ),
        ("Versicherungsschein-Nr. HR-2025-0815", "(bei Zahlung bitte angeben)", "HR-2025-0815"),
        ("Policy no. 88-1204 (please quote with your payment)", None, "88-1204"),
        ("Vertrag: 5521-77 (Bei Rückfragen oder Zahlung bitte angeben)", None, "5521-77"),
    ],
)
def test_number_before_a_note_to_quote_it_is_the_payment_reference(
    number_line, note_line, reference
):
    ext = read(_premium_notice(number_line, note_line))
    assert ext.value("payment_reference") == reference


def test_a_note_to_quote_under_a_line_without_numbered_label_gives_no_reference():
    # the line above holds a date, not a number after "Nr" / ":": nothing to quote
    ext = read(
        _premium_notice("Ihre Beitragsrechnung vom 03.03.2025", "(Bei Zahlung bitte angeben)")
    )
    assert ext.value("payment_reference") is None


# --- New Zealand payee fields ------------------------------------------------------------------


def _nz_bill(code, reference):
    return [
        ("Kauri Power Limited", 380, 60),
        ("12 Quay Street, Auckland 1010", 380, 72),
        ("GST reg no: 111-222-333", 380, 84),
        ("Ms Aroha Smith", 60, 120),
        ("5 Rata Road", 60, 132),
        ("Hamilton 3204", 60, 144),
        ("Tax invoice", 380, 110),
        ("Invoice no. 88231", 380, 122),
        ("Total due", 60, 300),
        ("$120.50", 260, 300),
        ("Pay by internet banking", 150, 700),
        ("Account: 12-3456-7890123-00", 150, 712),
        ("Particulars: Aroha Smith", 150, 719),
        (f"Code: {code}", 150, 726),
        (f"Reference: {reference}".rstrip(), 150, 733),
    ]


def test_nz_code_is_quoted_when_the_reference_is_left_blank():
    assert read(_nz_bill("5500213", "")).value("payment_reference") == "5500213"


def test_nz_filled_reference_wins_over_the_code():
    assert read(_nz_bill("5500213", "INV88231")).value("payment_reference") == "INV88231"


# --- the sender's name spelled by its domain ----------------------------------------------------


def _bill_with_image_logo(web_line, notice):
    return [
        ("Facture N° FA-2025-311", 380, 30),
        ("8 route des Saules", 30, 100),
        ("38000 GRENOBLE", 30, 110),
        (web_line, 30, 122),
        ("SIRET : 12345678900017", 30, 134),
        ("EPICERIE DES ALPES", 330, 100),
        ("4 place Grenette", 330, 112),
        ("38000 GRENOBLE", 330, 124),
        ("Date 12/03/2025", 380, 60),
        ("TOTAL HT", 400, 600),
        ("100,00", 520, 600),
        ("TVA 5,5 %", 400, 612),
        ("5,50", 520, 612),
        ("TOTAL TTC", 400, 624),
        ("105,50", 520, 624),
        (notice, 30, 780),
    ]


@pytest.mark.parametrize(
    "web_line", ["Web : www.fermes-du-vercors.fr", "Email : compta@fermesduvercors.com"]
)
def test_phrase_spelling_the_senders_domain_names_the_vendor(web_line):
    notice = "Tout litige relève du Tribunal de Commerce du siège de LES FERMES DU VERCORS"
    ext = read(_bill_with_image_logo(web_line, notice))
    assert ext.value("vendor_name") == "LES FERMES DU VERCORS"


def test_domain_named_inside_a_sentence_is_not_the_senders():
    # a label's or a partner's site quoted in a sentence names no sender
    rows = _bill_with_image_logo(
        "Tél : 04 76 00 00 00",
        "Produits certifiés par Bio Partenaire, voir sur www.biopartenaire.com",
    )
    assert read(rows).value("vendor_name") != "Bio Partenaire"


# --- a New Zealand GST number after a bare "GST" label ------------------------------------------


def _nz_trade_bill(tax_rows):
    rows = [
        ("Harbour Plumbing Limited", 60, 50),
        ("14 Wharf Road", 60, 62),
        ("Tauranga 3110", 60, 74),
        ("TAX INVOICE", 400, 50),
        ("Invoice No: 5521", 400, 62),
        ("Date: 12/03/2024", 400, 74),
        ("Bill To:", 60, 130),
        ("Kowhai Cafe Ltd", 60, 142),
        ("2 Elm St", 60, 154),
        ("Hamilton 3204", 60, 166),
        ("Total excl GST", 350, 400),
        ("$100.00", 480, 400),
        ("GST", 350, 412),
        ("$15.00", 480, 412),
        ("Total incl GST", 350, 424),
        ("$115.00", 480, 424),
    ]
    return read(rows + tax_rows)


@pytest.mark.parametrize(
    "tax_rows",
    [
        [("GST: 104-299-202", 60, 86)],
        [("GST # 104 299 202", 60, 86)],
        [("GST 104-299-202", 60, 86)],
        [("GST:", 60, 86), ("104-299-202", 110, 86)],  # label and number in two cells
    ],
)
def test_nz_gst_number_after_a_bare_gst_label_and_its_dollar(tax_rows):
    ext = _nz_trade_bill(tax_rows)
    assert ext.value("vendor_vat") == "104299202"
    assert ext.value("currency") == "NZD"


def test_a_number_far_after_a_gst_word_is_no_gst_number():
    # "GST" earlier on the line, a phone number after other words: no tax id
    ext = _nz_trade_bill([("Prices include GST. Call us 104 299 202", 60, 86)])
    assert ext.value("vendor_vat") is None


# --- the sender's name letter-spaced, or only in the footer's legal line --------------------------


def _german_bill(sender_rows):
    return read(
        [
            *sender_rows,
            ("RECHNUNG", 400, 150),
            ("Rechnungs-Nr.: 2024-118", 400, 162),
            ("Datum: 12.03.2024", 400, 174),
            ("Café Lindenhof", 60, 150),
            ("Marktplatz 2", 60, 162),
            ("79098 Freiburg", 60, 174),
            ("Nettobetrag", 350, 400),
            ("100,00 €", 480, 400),
            ("MwSt. 19 %", 350, 412),
            ("19,00 €", 480, 412),
            ("Gesamtbetrag", 350, 424),
            ("119,00 €", 480, 424),
            ("USt-IdNr.: DE136695976", 60, 780),
        ]
    )


@pytest.mark.parametrize(
    ("letterhead", "name"),
    [
        ("B E R G L U F T   K E L L E R E I", "BERGLUFT KELLEREI"),
        ("W E I N H A U S  A M  S E E  G M B H", "WEINHAUS AM SEE GMBH"),
    ],
)
def test_letter_spaced_letterhead_name_is_read_joined(letterhead, name):
    ext = _german_bill([(letterhead, 60, 40), ("Seestraße 8 · 88709 Meersburg", 60, 60)])
    assert ext.value("vendor_name") == name


@pytest.mark.parametrize(
    "footer",
    [
        "Bergluft Kellerei GmbH | Geschäftsführer: Eva Roth | Amtsgericht Freiburg HRB 7001",
        "Bergluft Kellerei GmbH · Sitz Meersburg · Registergericht Freiburg HRB 7001",
    ],
)
def test_company_opening_the_footers_legal_line_is_the_vendor(footer):
    # the letterhead is a logo (no text): the addressee's block is not the sender
    ext = _german_bill([(footer, 60, 790)])
    assert ext.value("vendor_name") == "Bergluft Kellerei GmbH"


def test_footer_line_without_legal_notice_names_no_vendor():
    # a company named in the footer for another reason (a bank) is not taken for the sender
    ext = _german_bill([("Volksbank Freiburg eG, IBAN DE02 6809 0000 0000 1234 56", 60, 790)])
    assert ext.value("vendor_name") != "Volksbank Freiburg eG"


# --- receipts' letterheads: brand over the legal name, spaced words cut by OCR, decoration -------


def _till_receipt(head_rows, foot_rows=()):
    rows = [
        *head_rows,
        ("4012345678901 KAFFEEBOHNEN", 30, 300),
        ("12,99 A", 400, 300),
        ("SUMME", 30, 340),
        ("12,99", 400, 340),
        ("Datum: 03.05.2024", 30, 380),
        ("MwSt 19% Netto 10,92 MwSt 2,07", 30, 420),
        *foot_rows,
    ]
    lines = [TextLine(t, 0, x, y, x + 4.5 * len(t), y + 9.0) for t, x, y in rows]
    return extract_from_lines(lines).value("vendor_name")


def test_brand_over_the_rest_of_the_legal_name_gives_the_whole_name():
    # a receipt photo (pixels): the logo, the brand, then the rest of the company's name with
    # its legal form set wider between the brand and the street (OCR boxes of close lines
    # overlap)
    lines = [
        TextLine("ElektroWelt", 0, 1466, 176, 2149, 283),
        TextLine("ELEKTRO WELT", 0, 1708, 315, 1909, 358),
        TextLine("Haushaltsgeräte Handels GmbH Kassel", 0, 1558, 345, 2083, 394),
        TextLine("Ringstraße 12", 0, 1702, 382, 1912, 426),
        TextLine("34117 KASSEL", 0, 1674, 412, 1944, 461),
        TextLine("TEL.: 0561 1234-0 FAX:-99", 0, 1579, 448, 2061, 491),
        TextLine("24,90 B", 0, 2032, 546, 2169, 596),
        TextLine("4711", 0, 1470, 548, 1601, 592),
        TextLine("WASSERKOCHER 1,7L", 0, 1472, 617, 1963, 660),
        TextLine("Total EUR", 0, 1474, 748, 1637, 793),
        TextLine("24,90", 0, 2032, 748, 2134, 797),
        TextLine("Datum:", 0, 1502, 1014, 1600, 1050),
        TextLine("03.05.2024", 0, 1920, 1016, 2100, 1052),
        TextLine("Vielen Dank für Ihren Einkauf", 0, 1500, 2950, 2100, 2998),
    ]
    name = extract_from_lines(lines).value("vendor_name")
    assert name == "ELEKTRO WELT Haushaltsgeräte Handels GmbH Kassel"


def test_letter_spaced_name_with_hyphen_decoration_and_ocr_legal_form():
    name = _till_receipt(
        [
            ("*** F R I S C H - M A R K T CmbH ***", 60, 40),
            ("Hauptstraße 5", 110, 52),
            ("50667 Köln", 110, 64),
        ]
    )
    assert name == "FRISCH-MARKT GmbH"


def test_letter_spaced_word_cut_off_by_ocr_joins_the_name_on_its_right():
    # OCR boxes "k r o n e" and "G a r t e n c e n t e r GmbH" on one row (overlapping a little)
    lines = [
        TextLine("k r o n e", 0, 40, 40, 130, 49),
        TextLine("G a r t e n c e n t e r GmbH", 0, 125, 39, 300, 48),
        TextLine("Feldweg 3", 0, 130, 52, 175, 61),
        TextLine("33098 Paderborn", 0, 120, 64, 190, 73),
        TextLine("SUMME", 0, 30, 340, 60, 349),
        TextLine("12,99", 0, 400, 340, 425, 349),
    ]
    assert extract_from_lines(lines).value("vendor_name") == "krone Gartencenter GmbH"


def test_card_slip_lines_with_equals_signs_are_no_address():
    # the walk up from the VAT id passes a card slip: "Pos-Info" over "AS-Proc-Code = ..." is
    # no company over its address
    name = _till_receipt(
        [("Bäckerei Sonnenkorn GmbH", 60, 40), ("Mühlweg 2", 60, 52), ("79100 Freiburg", 60, 64)],
        [
            ("Pos-Info", 30, 440),
            ("AS-Proc-Code = 00 075 00", 30, 452),
            ("Capt.-Ref. = 0000", 30, 464),
            ("Steuer-Nr.: 215/5940/2539", 30, 476),
            ("UID Nr.: DE136695976", 30, 488),
        ],
    )
    assert name == "Bäckerei Sonnenkorn GmbH"


# --- an Indian GSTIN after a bare "GST:" label -----------------------------------------------------


def test_gstin_after_a_bare_gst_label():
    rows = [
        ("Lotus Handlooms Pvt Ltd", 60, 50),
        ("12 MG Road, Pune 411001", 60, 62),
        ("GST: 27AAPFU0939F1ZV", 60, 74),
        ("TAX INVOICE", 400, 50),
        ("Invoice No: LH-2291", 400, 62),
        ("Grand Total", 350, 400),
        ("Rs. 1,180.00", 480, 400),
    ]
    assert read(rows).value("vendor_vat") == "27AAPFU0939F1ZV"


# --- a sentence asking to quote a number with the payment ----------------------------------------


def _bill_with_request(sentences):
    rows = [
        ("Harbour Plumbing Limited", 60, 50),
        ("14 Wharf Road", 60, 62),
        ("Tauranga 3110", 60, 74),
        ("TAX INVOICE", 400, 50),
        ("Invoice No: INV-0042", 400, 62),
        ("Date: 12/03/2024", 400, 74),
        ("Bill To:", 60, 130),
        ("Kowhai Cafe Ltd", 60, 142),
        ("2 Elm St", 60, 154),
        ("Hamilton 3204", 60, 166),
        ("Total", 350, 424),
        ("$115.00", 480, 424),
    ]
    rows += [(text, 60, 600 + 12 * k) for k, text in enumerate(sentences)]
    return read(rows).value("payment_reference")


@pytest.mark.parametrize(
    ("sentence", "reference"),
    [
        ("Please use KC-7731 as your payment reference", "KC-7731"),
        ("Please quote your customer number 880412 when paying", "880412"),
        ("Bitte geben Sie bei Zahlung die Kundennummer 55123 an", "55123"),
        ("Merci d'indiquer la référence 2024-118 lors de votre virement", "2024-118"),
        ("Please quote reference 88231 with your payment", "88231"),
    ],
)
def test_number_a_sentence_asks_to_quote_with_the_payment(sentence, reference):
    assert _bill_with_request([sentence]) == reference


@pytest.mark.parametrize(
    "sentence",
    [
        "Please use account 01-0123-0456789-00 when paying",  # the payee's bank account
        "Please include $115.00 with your payment",  # an amount
        "Please quote reference 12/03/2024 with your payment",  # a date
    ],
)
def test_sentence_naming_an_account_amount_or_date_gives_no_reference(sentence):
    assert _bill_with_request([sentence]) is None


def test_a_request_sentence_with_its_own_number_is_no_note_for_the_line_above():
    # "Account No: 12345" over a request naming its own number: the number in the sentence
    ref = _bill_with_request(
        ["Account No: 12345", "Please quote reference 88231 with your payment"]
    )
    assert ref == "88231"


# --- the company named by a copyright or registration statement in the footer -------------------


def _web_service_bill(footer):
    rows = [
        ("Invoice", 60, 40),
        ("Invoice number: WS-2024-0311", 60, 60),
        ("Invoice date: March 3, 2024", 60, 72),
        ("Bill to", 60, 110),
        ("Contoso Ltd", 60, 122),
        ("Hosting plan, March 2024", 60, 300),
        ("Total", 350, 424),
        ("£24.00", 480, 424),
        (footer, 60, 790),
    ]
    return read(rows).value("vendor_name")


@pytest.mark.parametrize(
    "footer",
    [
        "© 2024 Larkspur Cloud Ltd. All rights reserved.",
        "Copyright 2019-2024 Larkspur Cloud Ltd",
        "Larkspur Cloud Ltd is registered in England and Wales, company no. 09876543",
        "Larkspur Cloud Ltd is a company registered in Scotland",
    ],
)
def test_company_of_a_footer_copyright_or_registration_statement_is_the_vendor(footer):
    assert _web_service_bill(footer) == "Larkspur Cloud Ltd"


def test_a_statement_without_a_company_names_no_vendor():
    assert _web_service_bill("© 2024 All rights reserved.") is None


# --- English header labels: bill / document date, a bare "Due" cell, "Tax Invoice" over its number


def _header(rows):
    base = [
        ("Harbour Plumbing Limited", 60, 50),
        ("14 Wharf Road", 60, 62),
        ("Tauranga 3110", 60, 74),
        ("Bill To:", 60, 130),
        ("Kowhai Cafe Ltd", 60, 142),
        ("2 Elm St", 60, 154),
        ("Hamilton 3204", 60, 166),
        ("Total", 350, 424),
        ("$115.00", 480, 424),
    ]
    return read(base + rows)


@pytest.mark.parametrize("label", ["Bill Date:", "Document Date", "Date of bill:"])
def test_bill_and_document_dates_date_the_invoice(label):
    ext = _header([("Bill Number: 5521", 380, 40), (f"{label} 12/03/2024", 380, 52)])
    assert str(ext.value("invoice_date")) == "2024-03-12"


def test_a_bare_due_cell_labels_the_due_date():
    ext = _header(
        [
            ("Invoice", 380, 52),
            ("5521", 470, 52),
            ("Date", 380, 64),
            ("12/03/2024", 470, 64),
            ("Due", 380, 76),
            ("20/03/2024", 470, 76),
        ]
    )
    assert str(ext.value("due_date")) == "2024-03-20"


def test_tax_invoice_title_over_its_number():
    ext = _header([("Tax Invoice", 380, 40), ("No. 5521", 380, 52), ("12 March 2024", 380, 64)])
    assert ext.value("invoice_number") == "5521"


@pytest.mark.parametrize(
    ("row", "number"),
    [
        ("Invoice: #INV-001", "INV-001"),
        ("Receipt #2391-4412", "2391-4412"),
        ("Invoice Reference: INV/2024/0042", "INV/2024/0042"),
    ],
)
def test_number_sign_glued_to_the_number_and_invoice_reference_label(row, number):
    ext = _header([(row, 380, 40), ("Date: 3 March 2024", 380, 52)])
    assert ext.value("invoice_number") == number


def test_credit_advice_heading_dates_the_document():
    ext = read(
        [
            ("Hofmann Bürobedarf GmbH", 50, 44),
            ("Lindenstrasse 4", 50, 56),
            ("8400 Winterthur", 50, 68),
            ("Gutschriftsanzeige Nr. GS-2024-118 vom 5. März 2024", 50, 200),
            ("Total CHF", 350, 400),
            ("120.00", 480, 400),
        ]
    )
    assert str(ext.value("invoice_date")) == "2024-03-05"


@pytest.mark.parametrize("row", ["Org.nr. 923 609 016 MVA", "MVA: NO 923 609 016 MVA"])
def test_norwegian_vat_number_with_its_mva_suffix(row):
    ext = read(
        [
            ("Fjordlys Design AS", 60, 50),
            ("Strandgata 4", 60, 62),
            ("5013 Bergen", 60, 74),
            (row, 60, 86),
            ("Faktura nr. 2024-77", 380, 50),
            ("Total NOK", 350, 400),
            ("1 250,00", 480, 400),
        ]
    )
    assert ext.value("vendor_vat") == "NO923609016MVA"


def test_a_number_with_mva_suffix_and_wrong_check_digit_is_no_vat_number():
    ext = read([("Fjordlys Design AS", 60, 50), ("Org.nr. 923 609 017 MVA", 60, 86)])
    assert ext.value("vendor_vat") is None
