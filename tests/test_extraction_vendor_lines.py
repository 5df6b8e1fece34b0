"""Vendor lines (fincycle.extraction): an address line is never the vendor, and a brand the
page repeats is a weak suggestion when no line names the vendor. Synthetic documents."""

import pytest

from fincycle.extraction.company_names import looks_like_address, plausible_company
from fincycle.extraction.model import TextLine
from fincycle.extraction.rules import extract_from_lines

ROLL_WIDTH = 240.0


def roll(rows, size=9.0):
    """TextLines from (text, x0, top) rows on a till roll 240 wide; x0 < 0 ends at the right
    edge (amounts)."""
    out = []
    for text, x, top in rows:
        width = 0.5 * size * len(text)
        x0 = ROLL_WIDTH - width if x < 0 else x
        out.append(TextLine(text, 0, x0, top, x0 + width, top + size))
    return out


def page(rows, size=9.0):
    """TextLines from (text, x0, top) rows on an A4 page (595 x 842)."""
    return [
        TextLine(text, 0, x, top, x + 0.5 * size * len(text), top + size) for text, x, top in rows
    ]


# --- 1. an address line is never a vendor ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kastanienallee-Str. 14",
        "***** Lindenhof-Str. 9 *****",
        "Hinterer Mühlweg",
        "Obere Bachgasse",
        "Ahornstraße",
        "Lerchenplatz",
        "Rue des Tanneurs",
        "Avenue du Lac",
        "Chemin de la Source",
        "Allée des Peupliers",
        "Impasse du Moulin",
        "Boulevard Central",
        "Via dei Mille",
        "Piazza Cavour",
        "Corso Ticino",
        "Viale Lombardia",
        "Orchard Road",
        "Millbrook Lane",
        "Station Street",
        "ZA des Grands Champs",
        "ZI de la Plaine",
        "ZAC du Verger",
        "Zone artisanale Nord",
        "Parc d'activités des Sources",
        "Pôle Émile Fabre",
        "Technopôle du Lac",
        "Gewerbegebiet Am Kanal",
        "Industriestrasse",
        "**** 79100 Bergdorf-Süd ****",
        "73340 LESVILLARDS",
    ],
)
def test_street_business_park_and_town_lines_are_addresses_never_names(text):
    assert looks_like_address(text)
    assert not plausible_company(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lindenweg Bau GmbH",  # a legal form: a company named after a street
        "Avenue Partners SAS",
        "Via Nova S.r.l.",
        "Parc Loisirs SA",
        "Orchard Road Ltd",
        "Kornfeld Handel",
        "Atelier Sourcing",
        "Streetwise Consulting",
        "Routex Logistik",
        "Placido Bertoni",
    ],
)
def test_names_with_street_words_stay_names(text):
    assert not looks_like_address(text)
    assert plausible_company(text)


def test_a_business_park_above_the_street_is_no_letterhead_name():
    lines = page(
        [
            ("Pôle Émile Fabre", 14, 72),
            ("Facture", 296, 81),
            ("F-40211", 385, 81),
            ("21 Avenue des Artisans", 14, 85),
            ("Date : 14/03/24", 353, 96),
            ("26110 VILLENEUVE", 14, 97),
            ("Tél : 04 75 00 00 00", 14, 110),
            ("SAS au capital de 80000 €", 14, 122),
            ("N° TVA FR40123456824", 14, 159),
            ("CLIENT FACTURE", 388, 180),
            ("LA BONNE EPICERIE", 297, 192),
            ("3, Rue du Four", 297, 204),
            ("38000 GRENOBLE", 297, 216),
            ("Total HT", 400, 600),
            ("100,00", 500, 600),
            ("TVA 5,5 %", 400, 612),
            ("5,50", 500, 612),
            ("Total TTC", 400, 624),
            ("105,50", 500, 624),
        ]
    )
    ext = extract_from_lines(lines)
    name = ext.value("vendor_name")
    assert name not in ("Pôle Émile Fabre", "VILLENEUVE", "26110 VILLENEUVE")
    assert name is None or "Avenue" not in name


# --- 2. a brand repeated in brand positions: a weak suggestion ---------------------------------

SLIP = [
    ("***** Lindenhof-Str. 9 *****", 20, 20),
    ("79100 Bergdorf-Süd", 60, 32),
    ("Tel. 0761 000000", 60, 44),
    ("EUR", -1, 70),
    ("HAFERFLOCKEN", 10, 82),
    ("1,29 B", -1, 82),
    ("SPÜLMITTEL", 10, 94),
    ("2,49 A", -1, 94),
    ("SUMME", 10, 120),
    ("EUR 3,78", -1, 120),
    ("Geg. BAR", 10, 132),
    ("EUR 5,00", -1, 132),
    ("Rückgeld BAR", 10, 144),
    ("EUR 1,22", -1, 144),
    ("11.03.2024 18:02 Bon-Nr.:4411", 20, 170),
]


def test_brand_before_loyalty_words_and_in_the_domain_with_its_legal_line():
    lines = roll(
        [
            *SLIP,
            ("Ihre KORNO BONUS Vorteile heute", 20, 200),
            ("Einfach KORNO Guthaben aufladen", 20, 212),
            ("Korno Filialen GmbH", 40, 240),
            ("Fragen? Antworten unter www.korno.de", 10, 264),
        ]
    )
    ext = extract_from_lines(lines)
    assert ext.value("vendor_name") == "Korno Filialen GmbH"
    assert ext.field_confidence("vendor_name") < 0.6  # a suggestion, never enough to post


def test_brand_alone_when_no_line_gives_its_legal_name():
    lines = roll(
        [
            *SLIP,
            ("Mit der KORNO App sparen", 20, 200),
            ("KORNO Card: 12 Punkte", 20, 212),
        ]
    )
    ext = extract_from_lines(lines)
    assert ext.value("vendor_name") == "KORNO"
    assert ext.field_confidence("vendor_name") < 0.6


def test_brand_in_capitals_that_forms_the_web_domain():
    lines = roll([*SLIP, ("Danke für Ihren Einkauf bei FELDO", 20, 200), ("www.feldo.de", 60, 212)])
    lines += roll([("FELDO wünscht einen schönen Tag", 20, 224)])
    ext = extract_from_lines(lines)
    assert ext.value("vendor_name") == "FELDO"


def test_no_brand_from_one_mention_or_a_loyalty_programme_alone():
    once = roll([*SLIP, ("Danke für Ihren Einkauf bei FELDO", 20, 200), ("www.feldo.de", 60, 212)])
    assert extract_from_lines(once).value("vendor_name") is None
    programme = roll(
        [*SLIP, ("PAYBACK Punkte gesammelt: 12", 20, 200), ("Mit PAYBACK Punkten zahlen", 20, 212)]
    )
    assert extract_from_lines(programme).value("vendor_name") is None


def test_two_brands_as_strong_give_no_suggestion():
    lines = roll(
        [
            *SLIP,
            ("KORNO Card und FELDO Card", 20, 200),
            ("KORNO App / FELDO App", 20, 212),
        ]
    )
    assert extract_from_lines(lines).value("vendor_name") is None


def test_brand_never_replaces_a_name_a_line_gives():
    lines = roll(
        [
            ("Bäckerei Kornfeld GmbH", 40, 8),
            *SLIP,
            ("Ihre KORNO BONUS Vorteile heute", 20, 200),
            ("Einfach KORNO Guthaben aufladen", 20, 212),
        ]
    )
    ext = extract_from_lines(lines)
    assert ext.value("vendor_name") == "Bäckerei Kornfeld GmbH"
