"""Bill capture on till receipts, stop 30 (fincycle.extraction): synthetic OCR line lists for
each class of miss met on the development receipts (German, French, Italian, Dutch shops),
each with a case that must not trigger the rule."""

from datetime import date
from decimal import Decimal

import numpy as np
import pytest

from fincycle.extraction import ocr, parties
from fincycle.extraction.amount_rows import classify
from fincycle.extraction.company_names import unspace_letters
from fincycle.extraction.model import TextLine
from fincycle.extraction.rules import extract_from_lines


def layout(rows, size=40.0, confidence=0.95):
    """OCR TextLines (pixels) from (text, x0, top[, size]) rows, the width following the
    text, or (text, x0, top, x1, bottom) rows as the OCR boxed them."""
    out = []
    for row in rows:
        text, x0, top = row[:3]
        if len(row) == 5:
            out.append(TextLine(text, 0, x0, top, row[3], row[4], confidence))
            continue
        s = row[3] if len(row) > 3 else size
        out.append(TextLine(text, 0, x0, top, x0 + 0.42 * s * len(text), top + s, confidence))
    return out


def fields(rows, **kw):
    ext = extract_from_lines(layout(rows, **kw), source="ocr")
    return {name: f.value for name, f in ext.fields.items()}


# --- a receipt's header: name, address, split "T el.:" and a "UID Nr." -----------------------


def _receipt(head):
    return [
        *head,
        ("EUR", 738, 497),
        ("PFEFFERMINZ TEE", 142, 539),
        ("1,98 B", 726, 536),
        ("APFELSAFT 1L", 144, 611),
        ("3,20 A", 724, 606),
        ("SUMME", 145, 852),
        ("EUR", 565, 848),
        ("5,18", 723, 848),
        ("Steuer%", 142, 1029),
        ("Netto", 393, 1026),
        ("Steuer", 565, 1026),
        ("Brutto", 751, 1025),
        ("A= 19,0%", 143, 1067),
        ("2,69", 407, 1065),
        ("0,51", 591, 1062),
        ("3,20", 776, 1060),
        ("B= 7,0%", 142, 1102),
        ("1,85", 408, 1101),
        ("0,13", 592, 1100),
        ("1,98", 776, 1097),
    ]


@pytest.mark.parametrize(
    ("head", "vat"),
    [
        (
            [
                ("frischmarkt", 405, 310, 560, 351),
                ("Lindenallee 77", 336, 343, 600, 387),
                ("44263 Dortmund", 353, 379, 605, 418),
                ("T el.: 0231/618079-903", 287, 414, 659, 453),
                ("UID Nr.: DE213456786", 302, 450, 659, 488),
            ],
            "DE213456786",
        ),
        (
            [
                ("frischmarkt", 405, 310),
                ("Lindenallee 77", 336, 343),
                ("44263 Dortmund", 353, 379),
                ("USt-IdNr.: DE 311 223 342", 302, 414),
            ],
            "DE311223342",
        ),
        (
            [
                ("versmarkt", 405, 310),
                ("Eikenlaan 39", 336, 343),
                ("9741 AB Groningen", 330, 379),
                ("BTW NL123456782B01", 302, 414),
            ],
            "NL123456782B01",
        ),
        (
            [
                ("mercato fresco", 390, 310),
                ("Via Roma 12", 336, 343),
                ("20121 Milano MI", 330, 379),
                ("P. IVA 12345670017", 302, 414),
            ],
            "IT12345670017",
        ),
    ],
)
def test_receipt_header_is_the_vendor_not_the_customer(head, vat):
    got = fields(_receipt(head))
    assert got.get("vendor_vat") == vat
    assert got.get("vendor_name") == head[0][0]
    assert "customer_name" not in got and "customer_vat" not in got


def test_addressee_block_with_your_vat_label_stays_the_customer():
    """An invoice's addressee block, labelled and carrying "Ihre USt-IdNr.", is still the
    customer's: the sender's contact words do not turn it into the vendor."""
    rows = [
        ("Nordwind Handel GmbH", 60, 40, 14),
        ("Hafenstr. 5, 20457 Hamburg", 60, 60, 9),
        ("USt-IdNr. DE311223342", 60, 74, 9),
        ("Rechnung an:", 60, 150, 9),
        ("Gartenbau Meyer KG", 60, 164, 9),
        ("Lindenallee 77", 60, 178, 9),
        ("44263 Dortmund", 60, 192, 9),
        ("Ihre USt-IdNr.: DE213456786", 60, 206, 9),
        ("RECHNUNG Nr. 2024-118", 60, 260, 14),
        ("Summe netto 100,00 EUR", 300, 400, 9),
        ("MwSt 19 % 19,00 EUR", 300, 414, 9),
        ("Gesamtbetrag 119,00 EUR", 300, 428, 9),
    ]
    got = fields(rows, size=9.0)
    assert got.get("vendor_vat") == "DE311223342"
    assert got.get("customer_vat") == "DE213456786"


# --- the company and its seat in the footer, with OCR digits for letters ------------------------


@pytest.mark.parametrize(
    ("printed", "seat"),
    [
        ("Ho1te", "Holte"),
        ("B0nn", "Bonn"),
        ("1eer", "leer"),
    ],
)
def test_ocr_letters_in_words(printed, seat):
    assert parties._ocr_letters(printed) == seat


@pytest.mark.parametrize("text", ["Kamp 32", "33100 Paderborn", "0,19 EUR", "Filiale 1014"])
def test_ocr_letters_leave_numbers(text):
    assert parties._ocr_letters(text) == text


def _footer_receipt(footer, confidence=0.93):
    rows = [
        ("Pohlweg 110", 200, 60),
        ("33100 Paderborn", 190, 95),
        ("WURFELZUCKER", 10, 300),
        ("0,89 C", 640, 300),
        ("ZU ZAHLEN EURO", 10, 360),
        ("0,89", 640, 360),
        ("Vielen Dank fur Ihren Einkauf !", 116, 700),
        (footer, 97, 760),
        ("14:22 25.04.2020", 476, 850),
    ]
    return fields(rows, confidence=confidence)


@pytest.mark.parametrize(
    ("footer", "name"),
    [
        ("Nordhof GmbH & Co. KG, Sch loB Ho 1te", "Nordhof GmbH & Co. KG"),
        ("Brunnen Markt GmbH, B0nn", "Brunnen Markt GmbH"),
    ],
)
def test_footer_company_and_seat_read_through_ocr_digits(footer, name):
    assert _footer_receipt(footer).get("vendor_name") == name


def test_footer_without_legal_form_names_no_vendor():
    assert _footer_receipt("Vielen Dank, Ho1te").get("vendor_name") is None


# --- letter-spaced names: a capital after small letters starts the next word -----------------


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("t o o m B a u m a r k t GmbH", "toom Baumarkt GmbH"),
        ("m a i s o n D u p o n t SARL", "maison Dupont SARL"),
        ("N O R D W I N D H A N D E L", "NORDWINDHANDEL"),
        ("B a u h a u s", "Bauhaus"),
    ],
)
def test_unspace_letters_splits_at_capitals(printed, name):
    assert unspace_letters(printed) == name


# --- a logo word over a slogan over the full legal name ---------------------------------------


def _logo_head(third):
    return [
        ("hobra", 1451, 257, 2048, 407),
        ("Respekt, wer's selber macht.", 1448, 396, 2158, 463),
        (third, 1500, 548, 2040, 596),
        ("Gruner Weg 41", 1650, 585, 1886, 630),
        ("33098 Paderborn", 1637, 619, 1905, 660),
        ("Tel. 05251-871871-0", 1466, 652, 1806, 696),
        ("Fax 871871-10", 1847, 647, 2092, 694),
        ("4078500873307 Grasschere", 1449, 718, 1871, 761),
        ("1.000 STK", 1513, 756, 1682, 793),
        ("19.99 19", 1995, 744, 2145, 795),
        ("SUMME", 1451, 819, 1552, 861),
        ("EUR", 1599, 819, 1667, 861),
        ("19.99 *", 1997, 814, 2132, 859),
        ("MWST-CODE NETTO-Entgelt MWST-Betrag", 1451, 1000, 2100, 1040),
        ("19.00 % 16.80 3.19", 1451, 1040, 2100, 1080),
        ("Vielen Dank fur Ihren Einkauf", 1500, 1640, 2100, 1680),
    ]


@pytest.mark.parametrize(
    "third", ["h o b r a H a u s m a r k t GmbH", "hobra Hausmarkt GmbH", "HOBRA Hausmarkt GmbH"]
)
def test_logo_word_then_full_legal_name(third):
    name = fields(_logo_head(third)).get("vendor_name") or ""
    assert name.casefold() == "hobra hausmarkt gmbh"


def test_logo_word_then_another_company_keeps_the_logo():
    """The line under the slogan names another company (the operator of a franchised shop):
    it does not begin with the logo's word, so it is no fuller spelling of it."""
    name = fields(_logo_head("Kaufpark Service GmbH")).get("vendor_name") or ""
    assert name.casefold() == "hobra"


# --- OCR: a till roll photographed sideways is turned upright ------------------------------


class _FakeCv2:
    ROTATE_90_CLOCKWISE = "cw"
    ROTATE_180 = "180"

    def __init__(self):
        self.turns = []

    def rotate(self, img, how):
        self.turns.append(how)
        return img


def _box(x, y, w, h):
    return np.array([[x, y], [x + w, y], [x + w, y + h], [x, y + h]], dtype=np.float32)


def _upright_turns(monkeypatch, boxes):
    monkeypatch.setattr(ocr, "_detect", lambda engine, bgr, cv2: list(boxes))
    monkeypatch.setattr(ocr, "_upside_down", lambda engine, bgr, boxes: False)
    cv2 = _FakeCv2()
    ocr._upright(object(), np.zeros((10, 10, 3), dtype=np.uint8), cv2)
    return cv2.turns


def test_sideways_roll_with_many_short_boxes_is_turned(monkeypatch):
    """Eight long vertical item lines and twenty square boxes (tax letters, lone digits):
    fewer than half the boxes are tall, but the text runs vertically."""
    long_lines = [_box(100 + 40 * k, 50, 30, 600) for k in range(8)]
    squares = [_box(100 + 40 * k, 700 + 20 * (k % 3), 30, 30) for k in range(20)]
    assert _upright_turns(monkeypatch, long_lines + squares) == ["cw"]


def test_upright_page_with_a_few_vertical_marks_is_not_turned(monkeypatch):
    """An upright invoice: long horizontal lines, a vertical margin print and short boxes."""
    lines = [_box(50, 50 + 30 * k, 500, 20) for k in range(12)]
    margin = [_box(5, 100, 15, 400)]
    squares = [_box(560, 50 + 30 * k, 20, 20) for k in range(15)]
    assert _upright_turns(monkeypatch, lines + margin + squares) == []


# --- a till's date-and-time stamp whose dots OCR read as '*' or ',' ---------------------------


def _foot_receipt(stamp, confidence=0.93):
    rows = [
        ("Warburger Strasse 130", 200, 60),
        ("33100 Paderborn", 190, 95),
        ("BANANEN", 10, 300),
        ("0,19 A", 640, 300),
        ("zu zahlen", 10, 360),
        ("0,19", 640, 360),
        ("Bar", 10, 400),
        ("1,00", 640, 400),
        ("Ruckgeld", 10, 440),
        ("-0,81", 640, 440),
        (stamp, 13, 1390),
        ("Vielen Dank", 200, 1450),
    ]
    return extract_from_lines(layout(rows, confidence=confidence), source="ocr")


@pytest.mark.parametrize(
    "stamp",
    [
        "3182 295069/02 30*04.20* *09:58",
        "30,04.20 09:58 3182",
        "30.04*2020 09:58",
        "30.04.20 09:58",
    ],
)
def test_stamp_with_slipped_dots_dates_the_receipt(stamp):
    assert _foot_receipt(stamp).value("invoice_date") == date(2020, 4, 30)


@pytest.mark.parametrize("stamp", ["3182 295069/02 30*04*20 09:58", "Filiale 30,04 EUR 09:58"])
def test_no_date_without_a_dot_in_the_stamp(stamp):
    assert _foot_receipt(stamp).value("invoice_date") is None


def test_text_layer_stamp_is_not_mended():
    assert _foot_receipt("30*04.20* *09:58", confidence=1.0).value("invoice_date") is None


# --- till marks read through OCR: "ROCKGELD", the TSE block ----------------------------------


def _till_page(marks):
    rows = [
        ("Husener Str. 121", 200, 60),
        ("33100 Paderborn", 190, 95),
        ("KAROTTENSALAT", 240, 380),
        ("1,19 E", 700, 378),
        ("SUMME EUR", 240, 640),
        ("16,62", 680, 640),
        *marks,
    ]
    return extract_from_lines(layout(rows), source="ocr").value("document_type")


@pytest.mark.parametrize(
    "marks",
    [
        [
            ("Bar EUR", 240, 720),
            ("20,00", 686, 720),
            ("ROCKGELD EUR", 240, 755),
            ("3,38", 698, 755),
        ],
        [("Bar EUR", 240, 720), ("20,00", 686, 720), ("TSE-Signatur:", 140, 900)],
        [("Contanti", 240, 720), ("20,00", 686, 720), ("Resto", 240, 755), ("3,38", 698, 755)],
    ],
)
def test_till_marks_make_a_receipt(marks):
    assert _till_page(marks) == "receipt"


def test_one_till_mark_is_no_receipt():
    assert _till_page([("Bar EUR", 240, 720), ("20,00", 686, 720)]) == "invoice"


# --- a till's VAT table read through OCR: "HUST" for MWST, "198" for 19 %, a lost rate --------


def _vat_table(rows_text):
    """A till's VAT table as OCR boxes it: one box per cell, 30 px high, 34 px apart."""

    def cell(text, x, top):
        return (text, x, top, x + 16 * len(text), top + 30)

    rows = [
        cell("Kamp 32", 1600, 100),
        cell("Total", 1449, 626),
        cell("17,33", 1939, 626),
        cell("WUST Gruppe", 1444, 790),
        cell("Netto", 1703, 790),
        cell("HUST", 1868, 790),
        cell("Total", 2025, 790),
    ]
    top = 825
    for cells in rows_text:
        # label, rate, net, VAT, gross; a row without a rate skips the rate column
        xs = [1418, 1578, 1703, 1866, 2025] if len(cells) == 5 else [1418, 1703, 1866, 2025]
        for text, x in zip(cells, xs, strict=True):
            rows.append(cell(text, x, top))
        top += 34
    return extract_from_lines(layout(rows), source="ocr")


def _taxes(ext):
    return sorted((t.rate, t.base, t.amount) for t in ext.taxes)


def test_vat_table_with_ocr_slips():
    ext = _vat_table(
        [
            ("A HUST A", "198", "12,97", "2,47", "15,44"),
            ("B HUST B", "1,77", "0,12", "1,89"),
            ("HuSt Total", "14,74", "2,59", "17,33"),
        ]
    )
    assert _taxes(ext) == [
        (Decimal(7), Decimal("1.77"), Decimal("0.12")),
        (Decimal(19), Decimal("12.97"), Decimal("2.47")),
    ]
    assert ext.value("amount_untaxed") == Decimal("14.74")
    assert ext.value("amount_tax") == Decimal("2.59")


@pytest.mark.parametrize(
    ("row", "rate"),
    [
        (("A IVA", "228", "10,00", "2,20", "12,20"), Decimal(22)),
        (("A TVA", "208", "50,00", "10,00", "60,00"), Decimal(20)),
        (("A BTW", "218", "10,00", "2,10", "12,10"), Decimal(21)),
    ],
)
def test_percent_read_as_eight(row, rate):
    assert [t.rate for t in _vat_table([row]).taxes] == [rate]


def test_eight_that_does_not_fit_is_no_rate():
    """ "198" before a base and a VAT that 19 % does not give: no row."""
    assert _vat_table([("A HUST A", "198", "12,97", "3,10", "16,07")]).taxes == []


def test_lost_rate_needs_one_fitting_rate():
    # 0,03 on 0,50 fits 5 %, 5.5 % and 6 %: no rate is implied
    ext = _vat_table(
        [("A HUST A", "19%", "12,97", "2,47", "15,44"), ("B HUST B", "0,50", "0,03", "0,53")]
    )
    assert _taxes(ext) == [(Decimal(19), Decimal("12.97"), Decimal("2.47"))]


# --- receipts of other countries: marks, receipt numbers, stamps, VAT sum rows ---------------

ROLL = 240.0


def roll(spec, start=20, step=12, size=9.0):
    """A narrow till roll: each item is a label at the left, or a tuple (text, x, ...) of
    cells on one row; x < 0 sets the cell flush right."""
    out = []
    top = start
    for item in spec:
        cells = item if isinstance(item, tuple) else (item, 10)
        for text, x in zip(cells[::2], cells[1::2], strict=True):
            width = 0.5 * size * len(text)
            x0 = ROLL - width if x < 0 else x
            out.append(TextLine(text, 0, x0, top, x0 + width, top + size, 0.95))
        top += step
    return extract_from_lines(out, source="ocr")


IT_RECEIPT = [
    ("Supermercato Rondine S.r.l.", 20),
    ("Via Roma 12", 40),
    ("20121 Milano", 40),
    ("P.IVA 12345670017", 30),
    ("DOCUMENTO COMMERCIALE", 30),
    ("di vendita o prestazione", 30),
    ("PANE", 10, "2,50", -1),
    ("VINO ROSSO", 10, "8,00", -1),
    ("TOTALE COMPLESSIVO", 10, "10,50", -1),
    ("DI CUI IVA", 10, "1,54", -1),
    ("PAGAMENTO ELETTRONICO", 10, "10,50", -1),
    "12-03-2024 18:22",
    "DOCUMENTO N. 0123-0456",
]

FR_RECEIPT = [
    ("SARL DUBOIS DISTRIBUTION", 20),
    ("12 rue de la Gare", 30),
    ("69003 LYON", 40),
    ("TVA FR11123456782", 20),
    ("BAGUETTE", 10, "1,10", -1),
    ("VIN ROUGE", 10, "12,30", -1),
    ("TOTAL", 10, "13,40", -1),
    ("CB EMV", 10, "13,40", -1),
    ("Taux", 10, "HT", 70, "TVA", 130, "TTC", -1),
    ("5,50%", 10, "1,04", 70, "0,06", 130, "1,10", -1),
    ("20,00%", 10, "10,25", 70, "2,05", 130, "12,30", -1),
    "Ticket N° 4567 Caisse 003 Magasin 0123",
    "Le 12/03/2024 a 18:22",
]

NL_RECEIPT = [
    ("versmarkt", 40),
    ("Eikenlaan 39", 40),
    ("1 BROOD", 10, "2,50", -1),
    ("1 WIJN", 10, "9,00", -1),
    ("BONUSKAART", 10, "xx0802", -1),
    ("SUBTOTAAL", 10, "11,50", -1),
    ("UW VOORDEEL", 10, "1,00", -1),
    ("TOTAAL", 10, "10,50", -1),
    ("PINNEN", 10, "10,50", -1),
    ("BTW", 10, "OVER", 80, "EUR", -1),
    ("9%", 10, "2,29", 80, "0,21", -1),
    ("21%", 10, "6,61", 80, "1,39", -1),
    ("TOTAAL", 10, "8,90", 80, "1,60", -1),
    "1093 32 93",
    "13:50 24-1-2023",
]

CH_RECEIPT = [
    ("MIGROL AG", 40),
    ("Bahnhofstrasse 1", 30),
    ("8001 Zurich", 40),
    ("CHE-123.456.788 MWST", 20),
    "Bon-Nr 1234 Kasse 12 Filiale 1014",
    ("Brot", 10, "3.20", -1),
    ("Wein", 10, "12.90", -1),
    ("Total CHF", 10, "16.10", -1),
    ("Maestro", 10, "16.10", -1),
    "12.03.2024 18:22",
]


@pytest.mark.parametrize("spec", [IT_RECEIPT, FR_RECEIPT, NL_RECEIPT, CH_RECEIPT])
def test_foreign_receipts_are_receipts(spec):
    assert roll(spec).value("document_type") == "receipt"


def test_french_ticket_number_and_stamp():
    ext = roll(FR_RECEIPT)
    assert ext.value("invoice_number") == "4567"
    assert ext.value("invoice_date") == date(2024, 3, 12)


def test_dutch_time_then_date_and_vat_sum_row():
    ext = roll(NL_RECEIPT)
    assert ext.value("invoice_date") == date(2023, 1, 24)
    assert ext.value("invoice_number") is None  # store, till and sale numbers without labels
    assert ext.value("amount_total") == Decimal("10.50")
    assert ext.value("amount_untaxed") == Decimal("8.90")
    assert ext.value("amount_tax") == Decimal("1.60")


def test_swiss_bon_number_not_the_branch():
    ext = roll(CH_RECEIPT)
    assert ext.value("invoice_number") == "1234"


@pytest.mark.parametrize(
    "line",
    ["Filiale 1014 Kasse 12", "Filiale 1014", "Magasin 0123 Caisse 003", "Negozio 12 Cassa 3"],
)
def test_branch_and_till_numbers_are_no_receipt_number(line):
    spec = [s for s in CH_RECEIPT if s != "Bon-Nr 1234 Kasse 12 Filiale 1014"] + [line]
    assert roll(spec).value("invoice_number") is None


def test_invoice_with_a_branch_number_keeps_its_own_number():
    """An invoice (not a till slip) naming the seller's "Filiale": the number is the invoice's."""
    ext = roll(
        [
            ("Nordwind Handel GmbH", 20),
            ("Filiale 1014 Hamburg-Altona", 20),
            ("RECHNUNG Nr. 2024-118", 10),
            ("Datum 12.03.2024", 10),
            ("Summe netto", 10, "100,00", -1),
            ("MwSt 19 %", 10, "19,00", -1),
            ("Gesamtbetrag", 10, "119,00", -1),
        ]
    )
    assert ext.value("invoice_number") == "2024-118"
    assert ext.value("document_type") == "invoice"


@pytest.mark.parametrize("lead", ["Le", "am", "op"])
def test_stamp_with_lead_word_and_linked_time(lead):
    link = {"Le": "a", "am": "um", "op": "om"}[lead]
    spec = [s for s in FR_RECEIPT if not str(s).startswith("Le ")] + [
        f"{lead} 12/03/2024 {link} 18:22"
    ]
    assert roll(spec).value("invoice_date") == date(2024, 3, 12)


def test_a_sentence_with_a_date_is_no_stamp():
    spec = [s for s in FR_RECEIPT if not str(s).startswith("Le ")] + [
        "Offre valable jusqu'au 12/03/2024 a 18:22"
    ]
    assert roll(spec).value("invoice_date") is None


def test_invoice_with_one_till_like_word_stays_an_invoice():
    ext = roll(
        [
            ("Nordwind Handel GmbH", 20),
            ("RECHNUNG Nr. 2024-118", 10),
            "Zahlbar per Maestro oder Kasse 3 im Laden",
            ("Gesamtbetrag", 10, "119,00", -1),
        ]
    )
    assert ext.value("document_type") == "invoice"


# --- a till's deposit refund: a negative VAT row and a negative VAT sum ----------------------

DEPOSIT = [
    ("GETRAENKE WELT GmbH", 20),
    ("Hauptstr. 1", 40),
    ("12345 Musterstadt", 30),
    ("WASSER", 10, "2,99 A", -1),
    ("BROT", 10, "2,00 B", -1),
    ("LEERGUT", 10, "-4,80 A", -1),
    ("SUMME", 10, "EUR 0,19", -1),
    ("Kartenzahlung", 10, "EUR 0,19", -1),
    ("MwSt", 10, "Netto", 60, "MwSt", 120, "Brutto", -1),
    ("A 19%", 10, "-1,52", 60, "-0,29", 120, "-1,81", -1),
    ("B 7%", 10, "1,87", 60, "0,13", 120, "2,00", -1),
    ("Summe", 10, "0,35", 60, "-0,16", 120, "0,19", -1),
    "12.03.2024 18:22 Bon 4711",
]


def test_deposit_refund_keeps_the_negative_vat_sum():
    ext = roll(DEPOSIT)
    assert ext.value("amount_total") == Decimal("0.19")
    assert ext.value("amount_untaxed") == Decimal("0.35")
    assert ext.value("amount_tax") == Decimal("-0.16")
    assert sorted((t.rate, t.base, t.amount) for t in ext.taxes) == [
        (Decimal(7), Decimal("1.87"), Decimal("0.13")),
        (Decimal(19), Decimal("-1.52"), Decimal("-0.29")),
    ]


def test_credit_note_still_reports_positive_vat():
    ext = roll(
        [
            ("Nordwind Handel GmbH", 20),
            ("GUTSCHRIFT Nr. G-17", 10),
            ("Summe netto", 10, "-100,00", -1),
            ("MwSt 19 %", 10, "-19,00", -1),
            ("Gesamtbetrag", 10, "-119,00", -1),
        ]
    )
    assert ext.value("document_type") == "credit_note"
    assert ext.value("amount_tax") in (Decimal("19.00"), None)


def test_vat_sum_row_is_no_total_when_the_arithmetic_fails():
    """OCR misread the total ("10,56") and no payment line repeats it: the VAT table's
    "TOTAAL 8,90 1,60" still does not make 1,60 the total."""
    spec = [
        ("TOTAAL", 10, "10,56", -1) if s == ("TOTAAL", 10, "10,50", -1) else s
        for s in NL_RECEIPT
        if s != ("PINNEN", 10, "10,50", -1)
    ]
    assert roll(spec).value("amount_total") == Decimal("10.56")


def test_card_line_repeating_the_total_mends_an_ocr_slip():
    """The same with "PINNEN 10,50": the card payment repeats the total that the VAT table
    adds up to, over the misread "10,56"."""
    spec = [
        ("TOTAAL", 10, "10,56", -1) if s == ("TOTAAL", 10, "10,50", -1) else s for s in NL_RECEIPT
    ]
    assert roll(spec).value("amount_total") == Decimal("10.50")


# --- OCR'd total labels, till marks of item rows and article counts --------------------------

ITEMS = [("ROGGENBROT", 10, "3,40 B", -1), ("KAFFEE", 10, "8,99 A", -1)]
VAT_TABLE = [
    ("MwSt", 10, "Netto", 60, "MwSt", 120, "Brutto", -1),
    ("A 19%", 10, "7,55", 60, "1,44", 120, "8,99", -1),
    ("B 7%", 10, "3,18", 60, "0,22", 120, "3,40", -1),
]


@pytest.mark.parametrize(
    "label", ["SUMHE", "SUNME", "SUMNE", "5UMME", "SURNME", "Surme", "SUMMF", "Gesantbetrag"]
)
def test_ocr_slips_of_summe_are_the_total(label):
    ext = roll(
        [
            ("Baeckerei Kornfeld", 20),
            ("Lindenweg 7", 40),
            *ITEMS,
            (label, 10, "EUR 12,39", -1),
            ("Geg. BAR", 10, "EUR 20,00", -1),
            ("Ruckgeld", 10, "EUR 7,61", -1),
            *VAT_TABLE,
        ]
    )
    assert ext.value("amount_total") == Decimal("12.39")


@pytest.mark.parametrize("word", ["SUMMIT", "SUNNY", "SUHNE", "Gesandt"])
def test_other_words_are_no_summe(word):
    assert classify(word.lower()) != classify("summe")


@pytest.mark.parametrize(
    "pay",
    [("Kreditkarte", 10, "12,39", -1), ("Mastercard EUR", 10, "12,39", -1), ("Posten: 2", 10)],
)
def test_letter_coded_items_and_a_card_or_count_make_a_receipt(pay):
    ext = roll([("Lindenweg 7", 40), *ITEMS, ("zu zahlen", 10, "12,39", -1), pay, *VAT_TABLE])
    assert ext.value("document_type") == "receipt"


def test_letter_coded_items_alone_make_no_receipt():
    ext = roll([("Lindenweg 7", 40), *ITEMS, ("zu zahlen", 10, "12,39", -1), *VAT_TABLE])
    assert ext.value("document_type") == "invoice"


def test_invoice_lines_without_tax_letters_and_a_visa_line_stay_an_invoice():
    ext = roll(
        [
            ("Nordwind Handel GmbH", 20),
            ("RECHNUNG Nr. 2024-118", 10),
            ("Beratung 2 Std.", 10, "100,00", -1),
            ("Reisekosten", 10, "19,00", -1),
            ("Visa", 10, "119,00", -1),
            ("Gesamtbetrag", 10, "119,00", -1),
        ]
    )
    assert ext.value("document_type") == "invoice"


# --- a Swiss till's VAT table whose amount column is the gross -------------------------------


def _swiss(header, rows):
    return roll(
        [
            ("Coop Genossenschaft", 20),
            ("8001 Zurich", 40),
            ("Brot", 10, "3.20", -1),
            ("Wein", 10, "12.90", -1),
            ("Total CHF", 10, "16.10", -1),
            ("TWINT", 10, "16.10", -1),
            header,
            *rows,
        ]
    )


def test_swiss_vat_table_with_gross_amounts():
    ext = _swiss(
        ("MWST", 10, "Satz", 60, "Betrag", 120, "MWST", -1),
        [
            ("1", 10, "2.60%", 60, "3.20", 120, "0.08", -1),
            ("2", 10, "8.10%", 60, "12.90", 120, "0.97", -1),
        ],
    )
    assert sorted((t.rate, t.base, t.amount) for t in ext.taxes) == [
        (Decimal("2.6"), Decimal("3.12"), Decimal("0.08")),
        (Decimal("8.1"), Decimal("11.93"), Decimal("0.97")),
    ]
    assert ext.value("amount_untaxed") == Decimal("15.05")


def test_vat_table_with_a_net_column_stays_net():
    """Header naming the net ("Netto"): a row that fits only as gross is not read as gross."""
    ext = _swiss(
        ("MWST", 10, "Satz", 60, "Netto", 120, "MWST", -1),
        [
            ("1", 10, "2.60%", 60, "3.20", 120, "0.08", -1),
            ("2", 10, "8.10%", 60, "12.90", 120, "0.97", -1),
        ],
    )
    assert (Decimal("8.1"), Decimal("11.93"), Decimal("0.97")) not in [
        (t.rate, t.base, t.amount) for t in ext.taxes
    ]


# --- "EUR" alone over a till's price column --------------------------------------------------


@pytest.mark.parametrize(("code", "expected"), [("EUR", "EUR"), ("CHF", "CHF"), ("TEL", None)])
def test_currency_code_alone_over_the_prices(code, expected):
    ext = roll(
        [
            ("Rosenweg 25/27", 40),
            ("58239 Schwerte", 40),
            (code, -1),
            ("Nussecke", 10, "2,49 A", -1),
            ("Florentiner", 10, "2,49 A", -1),
            ("zu zahlen", 10, "4,98", -1),
        ]
    )
    assert ext.value("currency") == expected


# --- the company that runs the shop, after its store number on the receipt's footer ----------

SLOGAN_HEAD = [
    ("Mein Drogeriemarkt", 40),
    "20.05.2020 14:47 Bed Nr.:111 Kasse 01",
    *ITEMS,
    ("Total", 10, "12,39", -1),
    ("Bar", 10, "20,00", -1),
    *VAT_TABLE,
    ("Bon Nr.:16", 60),
]


@pytest.mark.parametrize(
    ("footer", "name"),
    [
        ("VKST: 2717 Nordhof Drogerie GmbH", "Nordhof Drogerie GmbH"),
        ("Filiale 2717 Nordhof Drogerie GmbH", "Nordhof Drogerie GmbH"),
        ("Filialbetreiber: Max Muster e.K.", "Max Muster e.K."),
        ("Magasin n° 12 Distri Nord SAS", "Distri Nord SAS"),
        ("Punto vendita 12 Rondine S.r.l.", "Rondine S.r.l."),
    ],
)
def test_store_prefix_then_company_names_the_vendor(footer, name):
    ext = roll([*SLOGAN_HEAD, footer, "Kamp 32, 33098 Paderborn"])
    assert ext.value("vendor_name") == name


@pytest.mark.parametrize("footer", ["Filiale 1014 Hamburg-Altona", "Markt 2717 Paderborn Kamp 32"])
def test_store_number_without_a_company_names_no_one(footer):
    ext = roll([*SLOGAN_HEAD, footer])
    assert ext.value("vendor_name") == "Mein Drogeriemarkt"


@pytest.mark.parametrize("label", ["Surme", "SUMMF", "Gesantbetrag", "SUMHE"])
def test_ocr_total_label_alone_gives_the_total(label):
    """No VAT table nor cash lines to confirm it: the misread label alone names the total."""
    ext = roll([("Lindenweg 7", 40), *ITEMS, (label, 10, "12,39", -1), ("Datum 12.03.2024", 10)])
    assert ext.value("amount_total") == Decimal("12.39")


# --- the till's fiscal unit (TSE) timestamp and a stamp after the sale's number --------------


def _stamped(*stamp):
    return roll(
        [
            ("Lindenweg 7", 40),
            *ITEMS,
            ("SUMME", 10, "12,39", -1),
            ("Bar", 10, "20,00", -1),
            *VAT_TABLE,
            *stamp,
        ]
    ).value("invoice_date")


@pytest.mark.parametrize(
    "stamp",
    [
        ("TSE-Start: 2024-03-12T18:22:01.000",),
        ("TSE-Start:", "2024-03-12T18:22:01.000"),
        ("TSE-Stop: 2024-03-12T18:22:09.000",),
        ("Beleg 4711 12.03.2024 18:22",),
        ("Bon 4711 12.03.2024 18:22",),
    ],
)
def test_tse_and_numbered_stamps_date_the_receipt(stamp):
    assert _stamped(*stamp) == date(2024, 3, 12)


@pytest.mark.parametrize(
    "stamp",
    [
        ("Gultig bis 12.03.2024 18:22",),
        ("Aktion bis 2024-03-31T23:59",),
        ("TSE-Start: 2024-03-12",),
    ],
)
def test_other_dates_and_times_are_no_stamp(stamp):
    assert _stamped(*stamp) is None
