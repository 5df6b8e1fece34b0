"""Vendor lines (fincycle.extraction): an address line is never the vendor. Synthetic
documents."""

import pytest

from fincycle.extraction.company_names import looks_like_address, plausible_company
from fincycle.extraction.model import TextLine
from fincycle.extraction.rules import extract_from_lines


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
