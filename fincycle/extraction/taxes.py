"""VAT breakdown tables and VAT categories read from the page (no dependency on the rest).

A VAT breakdown is a small table: a header row that names a rate column and a VAT or base
column (``Steuersatz | Basisbetrag | Steuerbetrag``, ``Code | Taux | Base TVA | Montant TVA``,
``VAT % | Net | VAT``, ``Aliquota | Imponibile | Imposta``, ``BTW % | Grondslag | Bedrag``,
``Tipo | Base imponible | Cuota``), then one row per rate. The columns come in any order and
empty cells leave no trace in a text layer, so a row is read by its arithmetic: among its
numbers, a rate (printed with or without ``%``), a base and a VAT amount with
``base * rate = VAT`` to the cent; a 0 % row needs a printed ``0.00``. Without a header, a row
whose numbers also hold the gross (``base + VAT``) is read the same way (summary rows of forms
whose column titles are not in the text layer).

Each row gets a VAT category, the UNTDID 5305 code that e-invoices use (``S`` standard,
``Z`` zero rated, ``E`` exempt, ``AE`` reverse charge, ``K`` intra-EU supply, ``G`` export,
``O`` outside the scope): a code printed in the row (``VAT (S)``, ``K 0,00%``), else the
wording of the row or of the lines around it (``Steuerschuldnerschaft des
Leistungsempfängers``, ``autoliquidation``, ``exonération de TVA, article 262 ter I du
CGI``...), else for a 0 % row the wording anywhere on the page, else ``S`` above 0 %.

:func:`totals_row` finds the untaxed amount, the VAT and the total printed side by side
without their own labels (``TOTAL HT  TOTAL TVA  TOTAL TTC`` on the row above, or a sum row of
the VAT breakdown).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from itertools import permutations
from types import SimpleNamespace
from typing import Any

from .amount_rows import TAX_HEADER_WORD, fold
from .numbers import Amount, find_amounts

__all__ = [
    "VatRow",
    "categorize",
    "category_of",
    "document_category",
    "read_vat_rows",
    "totals_row",
]

CENT = Decimal("0.01")
# Rates printed without a percent sign are only believed when they are a usual VAT rate.
USUAL_RATES = frozenset(
    Decimal(r)
    for r in (
        "0 2.1 2.5 2.6 3 3.7 3.8 4 5 5.5 6 7 7.7 8 8.1 8.5 9 10 12 13 13.5 14 15 16 17 18 19 "
        "20 21 22 23 24 25 25.5 26 27"
    ).split()
)

_TAXW = TAX_HEADER_WORD
_RATEW = (
    r"(?:satz|%|taux|rate|aliquota|aliq|tarief|tipo|tasa|taxa|percent|pourcentage|code|"
    r"kategorie|category|categorie)"
)
_BASEW = (
    r"(?:basis|base|grundlage|imponibile|imponible|grondslag|netto|net|warenwert|taxable|ht|"
    r"bemessung|tributavel|entgelt|bedrag|betrag|montant|amount|importe|importo|valor)"
)
# Line-item tables also name a rate column: their header names quantities or descriptions.
_ITEM_HEADER = re.compile(
    r"(?<![a-z])(?:menge|anzahl|qty|quantity|qte|quantite|quantita|qta|aantal|cantidad|"
    r"quantidade|beschreibung|bezeichnung|description|designation|descrizione|omschrijving|"
    r"descripcion|descricao|artikel|article|articolo|artikelnr|pos|item|einzelpreis|"
    r"unit\s?price|prix\s?unitaire|p\.u\.)(?![a-z])"
)
# A row of totals or any labelled amount that is no VAT row ends the table.
_END = re.compile(
    r"(?<![a-z])(?:total|totale|totaal|gesamt|summe|rechnungs|brutto|zahlbetrag|net\s?a\s?payer|"
    r"amount\s?due|balance|te\s?betalen|importe\s?total|a\s?pagar|da\s?pagare|payer)"
)
# A row of column sums under a VAT table ("Summe", "Total", "Gesamt").
_SUM_ROW = re.compile(r"^\W*(?:summe|gesamt|total|totale|totaal|somme|suma|soma)(?![a-z])")
_ALLOWANCE = re.compile(
    r"(?<![a-z])(?:zuschlag|abschlag|zu-?\s?/\s?abschlag|rabatt|remise|rabais|sconto|discount|"
    r"allowance|charge|frais|korting|toeslag|descuento|recargo|desconto|skonto|escompte)"
)


@dataclass
class VatRow:
    rate: Decimal
    base: Decimal
    amount: Decimal
    row: Any  # the amount_rows.Row it was read on
    category: str = ""
    exemption: str = ""
    gross: Decimal | None = None
    base_row: Any = None  # a transposed table's row of bases


# --- categories --------------------------------------------------------------------------

# Wording, on folded text (lower case, no accents), first match wins.
CATEGORY_WORDING = [
    (
        "AE",
        r"reverse[-\s]?charge|steuerschuldnerschaft|leistungsempfanger\s?schuldet|"
        r"schuldet\s?der\s?leistungsempfanger|13\s?b\s?ustg|auto-?liquidation|"
        r"inversione\s?contabile|verlegd|verleggingsregeling|omgekeerde\s?heffing|"
        r"inversion\s?del\s?sujeto\s?pasivo|sujeto\s?pasivo|autoliquidacao|vatex-eu-ae|"
        r"article\s?283|art\.?\s?196|art\.?\s?17\s?(?:c\.?\s?)?6",
    ),
    (
        # Not the "TVA intracommunautaire" of a VAT number: a supply, delivery or article.
        "K",
        r"innergemeinschaftliche\w*\s?(?:lieferung|leistung|warenlieferung|erwerb|dreiecks)|"
        r"(?:livraison|prestation|acquisition|operation)s?\s?intra-?\s?communautaires?|"
        r"intra-?\s?(?:community|eu)\s?(?:supply|supplies|delivery|deliveries|acquisition)|"
        r"cession[ei]\s?intracomunitari[ae]|intracommunautaire\s?levering|"
        r"entregas?\s?intracomunitarias?|262\s?ter|4\s?nr\.?\s?1\s?b|art\.?\s?138|"
        r"art\.?\s?41\s?(?:d\.?l\.?|dl)|vatex-eu-ic",
    ),
    (
        "G",
        r"ausfuhrlieferung|steuerfreie\s?ausfuhr|exportation|export\s?(?:outside|hors|delivery|"
        r"supply|sale)|esportazion\w*|non\s?imponibile\s?art\.?\s?8|exportacion|uitvoer|"
        r"4\s?nr\.?\s?1\s?a|art\.?\s?146|262\s?i\b|vatex-eu-g",
    ),
    (
        "O",
        r"nicht\s?steuerbar|non\s?soumis\w*\s?a\s?(?:la\s?)?tva|hors\s?(?:du\s?)?champ|"
        r"not\s?subject\s?to\s?(?:vat|tax)|outside\s?(?:the\s?)?scope|fuori\s?campo|"
        r"niet\s?belast|no\s?sujet[oa]|vatex-eu-o",
    ),
    (
        "E",
        r"steuerfrei\w*|steuerbefrei\w*|umsatzsteuerfrei|mwst-?\s?frei|befreit|"
        r"kleinunternehmer|19\s?ustg|exonere\w*|exoneration|exempt\w*|esente|esenzione|"
        r"vrijgesteld|vrijstelling|exento|exenta|exencion|isento|isencao|"
        r"(?:tva|vat|iva|btw|mwst)\s?non\s?applicable|(?:vat|tax)\s?not\s?applicable|293\s?b|"
        r"art\.?\s?261|art\.?\s?10\s?d|4\s?nr\.?\s?\d+|vatex-eu-[0-9a-z]|"
        r"franchise\s?en\s?base",
    ),
    (
        "Z",
        r"zero[-\s]?rated|(?<![a-z])zero(?![a-z])|taux\s?zero|nullsatz|aliquota\s?zero|"
        r"tipo\s?cero|nultarief",
    ),
]
_CATEGORY_WORDING = [(code, re.compile(p)) for code, p in CATEGORY_WORDING]
# A code printed next to the rate or the VAT label: "VAT (S)", "(AE) 0,00%", "K 0,00 %".
_CODE_NEAR = re.compile(
    r"(?:(?:mwst|ust|vat|tva|iva|btw|gst|steuer|umsatzsteuer|tax|code|cat\w*)\.?\s?\(\s?"
    r"(AE|S|Z|E|K|G|O|L|M)\s?\))|(?<![A-Za-z\-])(AE|S|Z|E|K|G|O)(?=\s?\(?\s?\d{1,2}(?:[.,]\d{1,2})?\s?%)"
    r"|\((AE|S|Z|E|K|G|O)\)",
    re.I,
)


def category_of(text: str, folded: str | None = None) -> str:
    """The VAT category a row's text states: a printed code, else its wording; '' if none."""
    return _printed_code(text) or wording_category(folded if folded is not None else fold(text))


def wording_category(folded: str) -> str:
    """The category that the wording of ``folded`` states (no printed code); '' if none."""
    for code, pattern in _CATEGORY_WORDING:
        if pattern.search(folded):
            return code
    return ""


def document_category(rows: Sequence[Any]) -> tuple[str, str]:
    """A category without VAT that the page states anywhere (reverse charge, intra-EU supply,
    export, exemption) and the row that says it (the exemption reason as printed)."""
    for code in ("AE", "K", "G", "O", "E", "Z"):
        pattern = dict(_CATEGORY_WORDING)[code]
        for row in rows:
            if pattern.search(row.norm):
                return code, row.text.strip()
    return "", ""


# --- one row -----------------------------------------------------------------------------


def _q(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass
class _Num:
    value: Decimal
    start: int
    percent: bool
    money: bool  # 2 decimals, grouped or with a currency


def _numbers(row: Any, amounts: list[Amount]) -> list[_Num]:
    nums = [_Num(p.value, p.start, True, False) for p in row.percents] + [
        _Num(a.value, a.start, False, a.money_like) for a in amounts if _plain_number(a)
    ]
    return sorted(nums, key=lambda n: n.start)


def _plain_number(a: Amount) -> bool:
    return a.decimals <= 4 and len(str(abs(a.value)).split(".")[0]) <= 9


def _rate_ok(n: _Num, header: bool) -> bool:
    if n.percent:
        return 0 <= n.value <= 30
    if n.value < 0 or n.value > 27 or (n.money and not header and n.value not in USUAL_RATES):
        return False
    return n.value in USUAL_RATES or header


def row_triple(row: Any, *, header: bool, order: int = 0, gross: bool = False) -> VatRow | None:
    """(rate, base, VAT) among the numbers of ``row``: ``base * rate = VAT`` to the cent, base
    and VAT of one sign, the VAT a money amount. Without a table header the row must also
    print the gross (base + VAT) and a usual rate. A rate column beside the VAT column
    ("19 163,16") is first read as one number: the row is read again without space groups.
    Rate and base multiply alike ("12,60 21,00 2,65"): the rate is the one printed with %,
    else the usual VAT rate, else the one in the header's rate column (``order``: 1 when the
    header names the rate before the base, -1 after, 0 unknown; see :func:`header_order`).
    ``gross``: the header names a gross column and no net one ("Steuer % Brutto Steuer", till
    receipts): the base column holds the gross, VAT = gross * rate / (100 + rate), and the
    base returned is the net (gross - VAT)."""
    found = _triple(row, _numbers(row, row.amounts), header, order, gross)
    if found is None and re.search(r"\d \d", row.text):
        nums = _numbers(row, find_amounts(row.text, space_groups=False))
        found = _triple(row, nums, header, order, gross)
    if found is None and header:
        nums = _numbers(row, row.amounts)
        slipped = [_slipped_rate(n) for n in nums]
        if any(n is not m for n, m in zip(nums, slipped, strict=True)):
            found = _triple(row, slipped, header, order, gross)
    return found


def _slipped_rate(n: _Num) -> _Num:
    """A rate whose "%" OCR read as an "8" ("19%" -> "198", "7%" -> "78"): the rate, when the
    digits before the 8 are a usual VAT rate from 5 %; else ``n`` itself. Only tried in a VAT
    table whose row gave no triple, and the row's arithmetic must still hold."""
    digits = str(n.value)
    if n.percent or n.money or not re.fullmatch(r"\d{1,2}8", digits):
        return n
    rate = Decimal(digits[:-1])
    return _Num(rate, n.start, False, False) if rate >= 5 and rate in USUAL_RATES else n


_LETTER_CODE = re.compile(r"^\W*[A-Z1-4]\b")


def implied_rate_row(row: Any) -> VatRow | None:
    """A till's VAT row whose rate OCR lost ("B MWST B 1,77 0,12 1,89"): it opens with the
    tax letter, prints base, VAT and gross (base + VAT = gross) and one usual rate gives the
    VAT to the cent. Only under a VAT table's header."""
    if not _LETTER_CODE.match(row.text) or row.percents:
        return None
    money = [a.value for a in row.amounts if a.money_like]
    if len(money) != 3 or len(row.amounts) != 3:
        return None
    base, tax, gross = money
    if not (0 < tax < base) or abs(base + tax - gross) > CENT / 2:
        return None
    fits = [r for r in USUAL_RATES if r >= 5 and _q(base * r / 100) == tax]
    if len(fits) != 1:
        return None
    return VatRow(fits[0], base, tax, row, gross=gross)


_GROSS_COLUMN = re.compile(r"(?<![a-z])(?:brutto\w*|gross|ttc|incl\w*|inkl\w*|umsatz)")


def gross_header(norm: str) -> bool:
    """A VAT table header naming a gross column and no net (base) column."""
    return bool(_GROSS_COLUMN.search(norm)) and not _BASE_COLUMN.search(norm)


_RATE_COLUMN = re.compile(
    r"[a-z]*satz|%|(?<![a-z])(?:taux|rate|aliquota|aliq|tarief|tipo|tasa|taxa|percent|pourcentage)"
)
_BASE_COLUMN = re.compile(
    r"(?<![a-z])(?:basis|base|grundlage|imponibile|imponible|grondslag|netto\w*|net|warenwert"
    r"|taxable|ht|bemessung\w*|tributavel|entgelt)(?![a-z])"
)


def header_order(norm: str) -> int:
    """1 when a VAT table's header (folded) names the rate column before the base column, -1
    when after, 0 when it does not name both."""
    rate, base = _RATE_COLUMN.search(norm), _BASE_COLUMN.search(norm)
    if not rate or not base:
        return 0
    return 1 if rate.start() < base.start() else -1


def _close_tax(computed: Decimal, printed: Decimal) -> bool:
    return abs(_q(computed) - printed) <= Decimal("0.021")


def _net_base(rate: _Num, base: _Num, tax: _Num, after: bool, gross_base: bool) -> Decimal | None:
    """The net base when ``base * rate = tax`` (a gross base, ``gross_base``: ``base * rate /
    (100 + rate) = tax``, the net is base - tax); None when they do not fit. ``after``: the
    VAT is printed after the base."""
    if rate.value == 0:
        return base.value if tax.value == 0 and tax.money and after else None
    if gross_base and _close_tax(base.value * rate.value / (100 + rate.value), tax.value):
        return base.value - tax.value
    return base.value if _close_tax(base.value * rate.value / 100, tax.value) else None


MAX_VAT_ROW_NUMBERS = 16


def _triple(
    row: Any, nums: list[_Num], header: bool, order: int = 0, gross_base: bool = False
) -> VatRow | None:
    # a row of more numbers than a VAT table's widest (rate, base, VAT, gross, code, their
    # currencies) is no VAT row; the bound keeps the search over triples small
    if not 3 <= len(nums) <= MAX_VAT_ROW_NUMBERS:
        return None
    sum_row = bool(_SUM_ROW.match(getattr(row, "norm", "") or ""))
    best: tuple[tuple, VatRow] | None = None
    rates = [i for i, n in enumerate(nums) if _rate_ok(n, header)]
    triples = (
        (r, b, t) for r in rates for b, t in permutations(range(len(nums)), 2) if r not in (b, t)
    )
    for r, b, t in triples:
        rate, base, tax = nums[r], nums[b], nums[t]
        if base.percent or tax.percent:
            continue
        if sum_row and not rate.percent and rate.value not in USUAL_RATES:
            continue  # "Summe 0,47 6,69 7,16": the sums of the columns, no rate among them
        if not (tax.money or tax.value == 0) or not base.money or base.value == 0:
            continue
        if (base.value < 0) != (tax.value < 0) and tax.value != 0:
            continue
        if abs(tax.value) >= abs(base.value):
            continue
        net = _net_base(rate, base, tax, t > b, gross_base)
        if net is None:
            continue
        if net != base.value:  # the printed base was the gross
            gross: Decimal | None = base.value
        else:
            gross = next(
                (
                    n.value
                    for i, n in enumerate(nums)
                    if i not in (r, b, t)
                    and n.money
                    and abs(n.value - base.value - tax.value) <= CENT
                ),
                None,
            )
        if not header and (gross is None or (not rate.percent and rate.value == 0)):
            continue
        # Prefer a rate with %, then a usual rate, then the header's column order, then base
        # before VAT, then the rightmost VAT (columns).
        in_order = order == 0 or (r < b) == (order > 0)
        usual = rate.value in USUAL_RATES
        # ... and a base that gives the VAT to the cent over one two cents off ("19 % 1,35
        # 0,22 1,13": 1,13 and 0,22 add up to the gross printed beside them).
        exact = abs(_q(net * rate.value / 100) - tax.value) <= CENT or gross is not None
        key = (rate.percent, usual, in_order, exact, b < t, gross is not None, t, -abs(r - b))
        if best is None or key > best[0]:
            best = (key, VatRow(rate.value, net, tax.value, row, gross=gross))
    return best[1] if best else None


# --- tables ------------------------------------------------------------------------------


def is_vat_header(row: Any) -> bool:
    """A column header of a VAT breakdown: a tax word and a rate or base word, no amount, no
    line-item column."""
    norm = row.norm
    if any(a.money_like for a in row.amounts) or len(norm.split()) < 2:
        return False
    if _ITEM_HEADER.search(norm):
        return False
    words = re.findall(r"[a-z]{2,}|%", norm)
    return bool(
        re.search(r"(?<![a-z])" + _TAXW, norm)
        and (re.search(_RATEW, norm) or re.search(r"(?<![a-z])" + _BASEW + r"(?![a-z])", norm))
        and 3 <= len(words) <= 16  # column titles, not a sentence
    )


# The title over a VAT table whose column header names no tax ("Détail de la TVA" over
# "Code | Base HT | Taux | Montant").
_VAT_TABLE_TITLE = re.compile(
    r"(?:detail|recapitulatif|recap|ventilation|repartition|decompte)\w*\s(?:de\s)?(?:la\s|des\s)?"
    r"(?:tva|taxes?)|(?:vat|tax)\s(?:summary|breakdown|analysis|details?)"
    r"|(?:mwst|mehrwertsteuer|ust|umsatzsteuer)[-\s]?(?:aufstellung|ubersicht|zusammenfassung)"
    r"|(?:riepilogo|dettaglio)\s(?:dell\W?)?iva|btw[-\s]?(?:overzicht|specificatie)"
)


def _titled_header(rows: Sequence[Any], i: int, norm: str) -> bool:
    """Column titles of rate and base (``norm``: the row's, or its part left of a totals
    column), under a VAT table's title."""
    if i == 0 or _ITEM_HEADER.search(norm) or find_amounts(norm):
        return False
    if not (re.search(_RATEW, norm) and re.search(r"(?<![a-z])" + _BASEW, norm)):
        return False
    above = rows[i - 1]
    return above.page == rows[i].page and bool(_VAT_TABLE_TITLE.search(above.norm))


def read_vat_rows(rows: Sequence[Any]) -> tuple[list[VatRow], bool]:
    """The rows of the VAT breakdown tables (``True``) or, without any, the unlabelled VAT
    rows that print their gross (``False``)."""
    found: list[VatRow] = []
    used: set[int] = set()
    for i, row in enumerate(rows):
        header = is_vat_header(row) or _titled_header(rows, i, row.norm)
        head = _head_before_totals(row)
        beside = (
            not header
            and head is not None
            and (
                is_vat_header(SimpleNamespace(norm=head, amounts=find_amounts(head)))
                or _titled_header(rows, i, head)
            )
        )
        if i in used or not (beside or header):
            continue
        table = _table_below(rows, i, beside=beside)
        for t in table:
            used.add(t.row.index)
        found.extend(table)
    found.extend(_transposed(rows, used))
    if found:
        categorize(rows, found)
        return found, True
    loose = [
        t
        for row in rows
        if len(row.amounts) >= 3 and not _ALLOWANCE.search(row.norm)
        for t in [row_triple(row, header=False)]
        if t is not None
    ]
    categorize(rows, loose)
    return loose, False


def _transposed(rows: Sequence[Any], used: set[int]) -> list[VatRow]:
    """A VAT table printed across: a row of rates (``TVA 20 % 5,5 %``), then a row of bases
    and a row of VAT amounts with one column per rate (and maybe a total column)."""
    out: list[VatRow] = []
    for i, row in enumerate(rows):
        rates = [p.value for p in row.percents]
        if len(rates) < 2 or len(set(rates)) < len(rates) or i in used:
            continue
        if any(a.money_like for a in row.amounts):
            continue
        k = len(rates)
        below = []
        for r in rows[i + 1 : i + 5]:
            money = [a.value for a in r.amounts if a.money_like]
            if r.page == row.page and r.index not in used and len(money) in (k, k + 1):
                below.append((r, money[:k]))
        pair = next(
            (
                (rb, b, rt, t)
                for (rb, b), (rt, t) in permutations(below, 2)
                if rb.index < rt.index and all(map(_vat_ok, b, rates, t))
            ),
            None,
        )
        if pair is not None:
            rb, bases, rt, amounts = pair
            out.extend(
                VatRow(r, b, t, rt, base_row=rb)
                for r, b, t in zip(rates, bases, amounts, strict=True)
            )
            used.update({rb.index, rt.index})
    return out


def _vat_ok(base: Decimal, rate: Decimal, tax: Decimal) -> bool:
    if base == 0 or abs(tax) >= abs(base):
        return False
    return tax == 0 if rate == 0 else abs(_q(base * rate / 100) - tax) <= Decimal("0.021")


def _head_before_totals(row: Any) -> str | None:
    """A VAT table's header may share its row with a labelled total printed on its right
    ("Base HT | % TVA | MT TVA ... Total HT 319,39"): the columns before that label."""
    parts = list(getattr(row, "parts", None) or [])
    money = next(
        (k for k, part in enumerate(parts) if any(a.money_like for a in find_amounts(part))), None
    )
    if money is None or money < 2:
        return None
    return " ".join(parts[: money - 1])


def _table_below(rows: Sequence[Any], start: int, *, beside: bool = False) -> list[VatRow]:
    """The VAT rows under the header ``rows[start]``. ``beside``: the header shares its rows
    with a column of totals on the right, whose rows ("Total taxes 46,25") do not end it; nor
    does a row of totals printed wholly right of the header."""
    header = rows[start]
    order = header_order(header.norm)
    gross = gross_header(header.norm)
    out: list[VatRow] = []
    misses = 0
    grossed = False
    for row in rows[start + 1 : start + 16]:
        if row.page != header.page or is_vat_header(row):
            break
        if row.amounts and _ALLOWANCE.search(row.norm):
            break
        triple = row_triple(row, header=True, order=order, gross=gross)
        if triple is None and not gross and not _BASE_COLUMN.search(header.norm):
            # "MWST Satz Betrag MWST" (Swiss tills): the amount column holds the gross
            triple = row_triple(row, header=True, order=order, gross=True)
            grossed = grossed or triple is not None
        if triple is None and out and not gross:
            triple = implied_rate_row(row)
        if triple is not None:
            out.append(triple)
            misses = 0
            continue
        if (
            not beside
            and getattr(row, "x0", 0) < getattr(header, "x1", 1e9)  # a totals column on the right
            and row.amounts
            and _END.search(row.norm)
            and any(a.money_like for a in row.amounts)
        ):
            break
        misses += 1
        if misses > (2 if out else 5):  # field grids wrap a category's wording
            break
    if grossed:
        # one column, one meaning: rows that fit as net and as gross are read as gross too
        again = [row_triple(t.row, header=True, order=order, gross=True) for t in out]
        if all(a is not None for a in again):
            out = [a for a in again if a is not None]
    return out


def categorize(rows: Sequence[Any], found: Sequence[Any]) -> None:
    """Category and exemption reason of each VAT row (anything with ``rate``, ``row``,
    ``category``, ``exemption``) that has none: a code printed in the row or in the text
    rows around it (a grid wraps "Umsatzsteuer (K) / Kein Ausweis der Umsatzsteuer bei /
    innergemeinschaftlichen Lieferungen" over several rows), else their wording, else the
    page's wording for a 0 % row; ``S`` above 0 %."""
    page: tuple[str, str] | None = None
    printed = sorted((t for t in found if t.row is not None), key=lambda t: t.row.index)
    for k, t in enumerate(printed):
        if t.category:
            continue
        stop_before = printed[k - 1].row.index if k else -1
        stop_after = printed[k + 1].row.index if k + 1 < len(printed) else len(rows)
        block = _block(rows, t.row, stop_before, stop_after)
        code = next((c for r in block if (c := _printed_code(r.text))), "")
        words = " ".join(_reason(r.norm) for r in block)
        code = code or wording_category(words)
        if t.rate:
            t.category = code if code in ("S", "L", "M") else "S"
            continue
        reason = " ".join(r.text for r in block)
        if code in ("", "S"):
            page = page if page is not None else document_category(rows)
            code, reason = page
        t.category, t.exemption = code, _reason(reason)
    for t in found:
        if t.row is None and not t.category:
            if t.rate:
                t.category = "S"
            else:
                page = page if page is not None else document_category(rows)
                t.category, t.exemption = page[0], _reason(page[1])


def _printed_code(text: str) -> str:
    m = _CODE_NEAR.search(text)
    if not m:
        return ""
    code = next(g for g in m.groups() if g)
    return code.upper() if code.isupper() or "(" in m.group(0) else ""


def _block(rows: Sequence[Any], row: Any, stop_before: int, stop_after: int) -> list[Any]:
    """``row`` and the text-only rows next to it (up to 4 above, 3 below) on its page, up to
    the neighbouring VAT rows, a header or a row with amounts."""

    def text_only(r: Any) -> bool:
        return r.page == row.page and not r.amounts and not is_vat_header(r)

    above = []
    for r in reversed(rows[max(stop_before + 1, row.index - 4) : row.index]):
        if not text_only(r):
            break
        above.insert(0, r)
    below = []
    for r in rows[row.index + 1 : min(stop_after, row.index + 4)]:
        if not text_only(r):
            break
        below.append(r)
    return [*above, row, *below]


def _reason(text: str) -> str:
    """The wording of an exemption row without its amounts and rates."""
    text = re.sub(
        r"(?<!\S)-?\d[\d.,' ]*[.,]\d{1,4}(?!\S)|\d{1,3}(?:[.,]\d+)?\s?%|(?<!\S)0(?!\S)", " ", text
    )
    return " ".join(text.split())[:200]


# --- totals without labels -------------------------------------------------------------------


def totals_row(
    rows: Sequence[Any], bases: Decimal | None, vat: Decimal | None
) -> tuple[Amount, Amount, Amount, Any] | None:
    """(untaxed, VAT, total) printed side by side with ``untaxed + VAT = total``: under a label
    row that names a VAT and a total (``TOTAL HT  TOTAL TVA  TOTAL TTC``), or equal to the sums
    of the VAT breakdown (``bases``, ``vat``). The lowest such row wins."""
    best = None
    for i, row in enumerate(rows):
        money = [a for a in row.amounts if a.money_like]
        if len(money) < 3:
            continue
        above = [
            r
            for r in rows[max(0, i - 3) : i]
            if r.page == row.page and not any(a.money_like for a in r.amounts)
        ]
        labelled = any(
            re.search(r"(?<![a-z])" + _TAXW + r"(?![a-z])", r.norm)
            and re.search(r"(?<![a-z])(?:total|totale|totaal|gesamt|summe|brutto|ttc)", r.norm)
            for r in above
        )
        for k in range(len(money) - 2):
            u, t, g = money[k], money[k + 1], money[k + 2]
            if abs(u.value + t.value - g.value) > CENT or abs(t.value) >= abs(u.value):
                continue
            sums = (
                bases is not None
                and vat is not None
                and u.value == bases
                and t.value == vat
                and u.value != 0
            )
            if labelled or sums:
                best = (u, t, g, row)
    return best
