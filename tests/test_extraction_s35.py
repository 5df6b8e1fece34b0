"""Layouts of other writers, stop 35 (fincycle.extraction): a date printed over its caption on
a utility bill's summary and payment slip. Each rule has a case that must not trigger it."""

from datetime import date

from fincycle.extraction import rules
from fincycle.extraction.model import TextLine


def _bill(date_line: TextLine, caption: TextLine) -> list[TextLine]:
    return [
        TextLine("Bright Power Co.", 0, 40, 30, 200, 42),
        TextLine("Statement Date: Feb 25, 2021", 0, 40, 60, 220, 69),
        TextLine("TOTAL AMOUNT YOU OWE", 0, 112, 180, 220, 189),
        TextLine("$148.57", 0, 112, 195, 180, 213),
        date_line,
        caption,
        TextLine("Total amount you owe $148.57", 0, 40, 400, 300, 409),
    ]


def test_a_due_date_printed_large_over_its_caption_is_read():
    lines = _bill(
        TextLine("Mar 18, 2021", 0, 106, 218, 209, 238),  # 20 pt
        TextLine("NEW CHARGES DUE BY", 0, 112, 239, 203, 248),  # 9 pt under it
    )
    ext = rules.extract_from_lines(lines)
    assert ext.value("due_date") == date(2021, 3, 18)


def test_a_date_in_the_captions_type_over_a_label_is_no_due_date():
    # a row of label and value over another label whose value is missing: the same type size
    lines = _bill(
        TextLine("Mar 18, 2021", 0, 112, 228, 180, 237),
        TextLine("NEW CHARGES DUE BY", 0, 112, 239, 203, 248),
    )
    assert rules.extract_from_lines(lines).value("due_date") is None


def test_a_large_line_of_more_than_a_date_over_the_caption_is_not_read():
    lines = _bill(
        TextLine("Mar 18, 2021 or on receipt", 0, 106, 218, 260, 238),
        TextLine("NEW CHARGES DUE BY", 0, 112, 239, 203, 248),
    )
    assert rules.extract_from_lines(lines).value("due_date") is None


# --- a Serbian bill: "Valuta:" is the date to pay by, a currency code in brackets ----------


def _serbian(valuta: str, total_label: str = "ZA UPLATU (rsd)") -> list[TextLine]:
    rows = [
        ("Agencija MANESTO", 30),
        ("PIB: 110190099", 45),
        ("Račun br.: MN0052/23", 80),
        ("Datum izdavanja računa: 28.02.2023", 95),
        (valuta, 110),
        ("Opis | Cena | Ukupno", 150),
        ("Tehničko održavanje 138.62 138.62", 165),
        (f"{total_label} 138.62", 200),
    ]
    return [TextLine(text, 0, 40, top, 400, top + 9) for text, top in rows]


def test_valuta_followed_by_a_date_is_the_due_date_and_rsd_in_brackets_the_currency():
    ext = rules.extract_from_lines(_serbian("Valuta: 15.03.2023."))
    assert ext.value("due_date") == date(2023, 3, 15)
    assert ext.value("currency") == "RSD"


def test_valuta_naming_a_currency_is_no_due_date():
    ext = rules.extract_from_lines(_serbian("Valuta: EUR  Zahlung 15.03.2023"))
    assert ext.value("due_date") is None


def test_a_word_in_brackets_is_no_currency():
    ext = rules.extract_from_lines(_serbian("Valuta: 15.03.2023.", "ZA UPLATU (all)"))
    assert ext.value("currency") != "ALL"
