"""Rows, amount labels and label groups of the text extractor (no dependency but numbers).

Lines are grouped into visual rows (OCR boxes of one row are joined, a small page skew is
allowed for). Every row is cut into *groups*: consecutive amounts and the label text in front of
them (``Total TTC`` → ``1 234,50``); :func:`classify` tells the kind of a label (total, due,
untaxed, subtotal, tax, rounding, discount, charge...) in FR/DE/IT/EN/NL/ES/PT, on folded text.
:mod:`.amounts` chooses among them; :mod:`.taxes` reads the VAT breakdown from the same rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from .labels import fold
from .model import TextLine
from .numbers import Amount, Percent, find_amounts, find_percents

__all__ = ["INCL", "LABELS", "Group", "Row", "build_rows", "classify", "fold", "row_groups"]


# --- rows ------------------------------------------------------------------------------------


@dataclass
class Row:
    text: str
    page: int
    top: float
    bottom: float
    x0: float
    x1: float
    index: int = 0
    norm: str = ""
    amounts: list[Amount] = field(default_factory=list)
    percents: list[Percent] = field(default_factory=list)
    ocr: bool = False
    parts: list[str] = field(default_factory=list)  # the texts of its boxes, left to right

    def __post_init__(self) -> None:
        if self.ocr:
            self.text = _ocr_clean(self.text)
        self.norm = fold(self.text)
        self.amounts = find_amounts(self.text)
        if self.ocr:
            self.amounts = [a for a in self.amounts if not _in_word(self.text, a)]
        self.percents = find_percents(self.text)


# A token of digits, separators and the letters OCR reads for digits (l I | O o S), ending in
# cents or a percent sign: "1l,90", "11,9O", "l9%", "S,50".
_LOOKALIKE_NUMBER = re.compile(r"(?<![^\s(€$£:=*-])[\dlIOoS]+(?:[.,'][\dlIOoS]+)*%?(?![^\s)€$£*])")
_DIGIT_OF = str.maketrans("lIOoS", "11005")


def _digits_for_lookalikes(match: re.Match) -> str:
    token = match.group(0)
    if token.isdigit() or not re.search(
        r"\d.*[.,][\dlIOoS]{2}$|[.,]\d{2}$|\d%$|\d[.,][\dlIOoS]{1,2}%$", token
    ):
        return token
    return token.translate(_DIGIT_OF)


def _in_word(text: str, amount: Amount) -> bool:
    """A digit OCR read inside a word, not a number: "T0TAL", "5umme", "Nett0"."""
    raw = text[amount.start : amount.end]
    if not re.fullmatch(r"[015]", raw.strip()):
        return False
    before = text[max(amount.start - 1, 0) : amount.start] if amount.start else ""
    after = text[amount.end : amount.end + 3]
    return bool(
        (before.isalpha() and after[:1].isalpha())
        or (
            not before.strip()
            and re.fullmatch(r"[a-z]{3}|[A-Z]{3}", after)
            and after.upper() not in ("EUR", "CHF", "USD", "GBP", "STK", "PCS")
        )
        or (re.search(r"[A-Za-z]{3}$", text[: amount.start]) and not after[:1].isalnum())
    )


def _ocr_clean(text: str) -> str:
    """Undo OCR spacing inside numbers: ``1 ' 51 9 . 50`` → ``1'519.50``, ``8 . 1%`` → ``8.1%``;
    letters read for digits inside an amount or a rate (``1l,90`` → ``11,90``, ``l9%`` →
    ``19%``); a semicolon read for the decimal comma (``11;90`` → ``11,90``)."""
    text = re.sub(r"(?<=\d);(?=\d{2}(?!\d))", ",", text)
    text = _LOOKALIKE_NUMBER.sub(_digits_for_lookalikes, text)
    text = re.sub(r"(?<=\d) ?([.,'’])(?: ?[.,])* ?(?=\d)", r"\1", text)  # noqa: RUF001
    return re.sub(
        r"(?<=['’])(\d{1,2}) (\d{1,2})(?=[.,]\d)",  # noqa: RUF001
        lambda m: m.group(1) + m.group(2) if len(m.group(1) + m.group(2)) == 3 else m.group(0),
        text,
    )


def build_rows(lines: list[TextLine]) -> list[Row]:
    """Join the boxes of one visual row (OCR splits rows at wide gaps), in reading order."""
    rows: list[Row] = []
    for page in sorted({ln.page for ln in lines}):
        boxes = [ln for ln in lines if ln.page == page and ln.text.strip()]
        rows.extend(_page_rows(boxes))
    for i, row in enumerate(rows):
        row.index = i
    return rows


def _height(ln: TextLine) -> float:
    return max(ln.bottom - ln.top, 1.0)


def _center(ln: TextLine) -> float:
    return (ln.top + ln.bottom) / 2


def _page_rows(boxes: list[TextLine]) -> list[Row]:
    # Vertical text (rotated margins) never joins a row.
    upright = [b for b in boxes if not (_height(b) > 2 * max(b.x1 - b.x0, 1) and len(b.text) > 1)]
    upright_ids = {id(b) for b in upright}
    slope = _skew(upright)
    groups: list[list[TextLine]] = []
    for box in sorted(upright, key=lambda b: _center(b) - slope * b.x0):
        y = _center(box) - slope * box.x0
        for group in reversed(groups[-4:]):
            gy = sum(_center(b) - slope * b.x0 for b in group) / len(group)
            tol = 0.45 * min(_height(box), *(_height(b) for b in group))
            if abs(y - gy) <= tol and not any(_overlap_x(box, b) for b in group):
                group.append(box)
                break
        else:
            groups.append([box])
    groups.extend([b] for b in boxes if id(b) not in upright_ids)
    rows = []
    for group in groups:
        group.sort(key=lambda b: b.x0)
        rows.append(
            Row(
                _join(group),
                group[0].page,
                min(b.top for b in group),
                max(b.bottom for b in group),
                min(b.x0 for b in group),
                max(b.x1 for b in group),
                ocr=any(b.confidence < 1.0 for b in group),
                parts=[fold(b.text.strip()) for b in group],
            )
        )
    rows.sort(key=lambda r: (r.top + r.bottom) / 2)
    return rows


def _join(group: list[TextLine]) -> str:
    """The row's text. Two boxes of a text layer far apart (two columns) are joined by two
    spaces, so that a code column and an amount ("3" | "319,39") never read as one grouped
    number "3 319,39"; OCR boxes, which may split a number, keep one space."""
    out = group[0].text.strip()
    for prev, box in pairwise(group):
        wide = box.x0 - prev.x1 > 1.5 * _height(box)
        sep = "  " if wide and prev.confidence >= 1.0 and box.confidence >= 1.0 else " "
        out += sep + box.text.strip()
    return out


def _overlap_x(a: TextLine, b: TextLine) -> bool:
    return min(a.x1, b.x1) - max(a.x0, b.x0) > 0.3 * min(a.x1 - a.x0, b.x1 - b.x0)


def _skew(boxes: list[TextLine]) -> float:
    """Slope (dy/dx) that lines up the most box centres: scans are up to a few degrees skewed.
    Rows printed at a regular pitch also line up at a slope that shifts a far column by one
    whole row (each amount beside the label of the next row), a second hump of the score
    apart from the true one: of the humps whose best lines up about as many centres as the
    overall best (within a tenth), the one nearest level wins."""
    if len(boxes) < 6 or all(b.confidence >= 1.0 for b in boxes):
        return 0.0
    heights = sorted(_height(b) for b in boxes)
    tol = 0.25 * heights[len(heights) // 2]
    scores = []
    for step in range(-25, 26):
        slope = step * 0.002
        ys = sorted(_center(b) - slope * b.x0 for b in boxes)
        scores.append((slope, sum(1 for a, b in pairwise(ys) if b - a < tol)))
    top = max(score for _, score in scores)
    humps: list[list[tuple[float, int]]] = [[]]
    for slope, score in scores:  # runs of slopes scoring at least half the best
        if 2 * score >= top:
            humps[-1].append((slope, score))
        elif humps[-1]:
            humps.append([])
    peaks = [
        max(hump, key=lambda p: (p[1], -abs(p[0])))  # ties: the gentler slope
        for hump in humps
        if hump
    ]
    return min((p for p in peaks if 10 * p[1] >= 9 * top), key=lambda p: abs(p[0]))[0]


# --- labels ----------------------------------------------------------------------------------

# The VAT words of every language read, with OCR's misreadings: one list for the amount labels
# here and the VAT-table headers (:mod:`.taxes`).
_TAX_WORDS = (
    r"mwst|mw\.?st|[hnw]wst|mehrwertsteuer|[hw]?ust|u\.st|umsatzsteuer|[a-z]*steuer|tva|t\.v\.a|vat"
    r"|iva|i\.v\.a|igic|tax|taxe|taxes|gst|hst|imposta|btw|b\.t\.w|ptu"
    # India's GST halves and the integrated / union-territory GST: "CGST", "SGST", "IGST", "UTGST"
    r"|[csi]gst|utgst"
    # Nordic, Finnish, Czech/Slovak, Croatian/Serbian/Bosnian, Slovene, Hungarian
    r"|moms|alv|dph|pdv|ddv|afa"
    # OCR's readings of a receipt's "MwSt" ("MAst", "Mst", "HwSt", "MwS t")
    r"|mast|mst|mws\s?t"
)
# Norwegian "mva" names VAT amounts ("Mva 25 %"); as a VAT-table header word it cost fields on
# the held set (stop 33), so the table headers go without it.
TAX_HEADER_WORD = rf"(?:{_TAX_WORDS})"
_TAXW = rf"(?:{_TAX_WORDS}|mva)"
INCL = (
    r"(?:ttc|inkl|incl|inclus\w*|included|inklusive|including|compris|brutto|gross|"
    r"(?:com|con|met)\s?(?:iva|btw)|iva\s?incluid[oa]|c\s?/\s?iva|inclusief|incluid[oa]|"
    r"(?:with|avec|mit)\s?(?:vat|tax|taxes|tva|mwst|ust|gst))"
)
_EXCL = (
    r"(?:ht|h\.t|hors\s?tax\w*|hors\s?tva|exkl|excl|exclusive|excluding|exclusief|netto|net|neto|"
    r"s\s?/\s?iva|"
    r"ohne\s?(?:mwst|ust|u\.st|umsatzsteuer|mehrwertsteuer|steuer)|"
    r"sans\s?tva|before\s?tax|avant\s?tva|senza\s?iva|iva\s?esclusa|esclusa|(?:sem|sin)\s?iva|"
    r"zonder\s?btw|without\s?(?:vat|tax|taxes|gst)|"
    r"ilman\s?alv|veroton|bez\s?(?:dph|dane|pdv|vat)|brez\s?ddv|(?:afa|afa-?)\s?nelkul)"
)
_TOTALW = (
    r"(?:total|totale|totaal|gesamt\w*|brutto\w*|endbetrag|endsumme|rechnungs(?:betrag|beitrag|total|summe)|"
    r"factuurbedrag|eindtotaal|eindbedrag|"
    r"summa|yhteensa|celkem|razem|ukupno|skupaj|osszesen|"
    r"totalbetrag|montant\s?(?:de\s?la\s?)?facture|importo|invoice\s?amount|summe|"
    r"gutschrifts?(?:betrag|summe|total)|montant\s?(?:de\s?l.\s?|d.\s?)?avoir|credit\s?amount)"
)
_B = r"(?<![a-z])"  # word start (labels may be glued by OCR, so no end boundary)
LABELS = [  # first match wins
    (
        "ignore",
        _B + r"(?:n[°o]|nr|no\.|numero|num\.|ihre|votre|your|vostro|uid|ide|id)\s?[:.]?\s?" + _TAXW,
    ),
    ("ignore", _B + _TAXW + r"[-\s]?(?:nr|no\b|n°|num|number|nummer|id\b|reg|intra|identif)"),
    ("ignore", _B + r"(?:capital|kapital|tel|fax|phone|iban|page|seite|pagina|siret|siren|rcs)\b"),
    # An item's gross unit price, not the gross total.
    (
        "ignore",
        _B
        + r"(?:brutto\s?(?:einzel)?preis|prix\s?(?:unitaire\s?)?brut|gross\s?(?:unit\s?)?price|prezzo\s?lordo)",
    ),
    (
        "carried",
        _B
        + r"(?:ubertrag|uebertrag|vortrag|a\s?reporter|report\b|reporte|carried|brought|riporto|seitentotal|page\s?total|total\s?(?:de\s?la\s?)?page)",
    ),
    (
        "ignore",
        _B
        + r"total\s?(?:pour\s?cette\s?ligne|quantit|menge|qty|weight|gewicht|poids|pieces|stuck|heures|hours|stunden|colis)",
    ),
    # a recap of some lines, not the bill's sum ("Total Bottle Deposit", "Total savings")
    (
        "ignore",
        _B + r"total\s?(?:bottle\s?)?deposits?|total\s?(?:savings|saved)|pfand\s?-?\s?summe",
    ),
    ("rounding", _B + r"(?:[a-z]*rundung|arrondi|arrotondamento|rounding)"),
    (
        "prepaid",
        _B
        + r"(?:anzahlung|acompte|deja\s?(?:paye|regle|verse)|already\s?paid|bezahlt|acconto|payment\s?received|avance)",
    ),
    (
        "discount",
        _B + r"(?:remise|rabatt|skonto|escompte|sconto|discount|reduction|ristourne|abzug|abschlag|"
        r"allowance|rabais|korting|descuento|desconto)",
    ),
    ("charge", _B + r"(?:zuschlag|zu-?\s?/\s?abschlag|charge\s?:|toeslag|recargo|surcharge)"),
    (
        "due",
        _B
        + r"(?:amount\s?due|balance\s?due|total\s?due|due\s?payable|amount\s?payable|to\s?pay|zu\s?(?:be)?zahlen|zahlbetrag|zahlungsbetrag|offener\s?betrag|net\s?a\s?payer|reste\s?a\s?payer|solde|montant\s?du\b|a\s?payer|montant\s?preleve|da\s?pagare|netto\s?a\s?pagare|saldo|te\s?betalen|te\s?voldoen|a\s?pagar"
        # sv, no, da, fi, cs/sk, pl, hr/sr/bs, sl, hu
        r"|att\s?betala|a\s?betale|at\s?betale|til\s?betaling|maksettava|k\s?uhrade|do\s?zaplaty"
        r"|za\s?uplatu|za\s?placanje|za\s?placilo|fizetendo)",
    ),
    (
        "total",
        _B + r"(?:" + _TOTALW + r"|montant|betrag|beitrag|amount|bedrag|valor)[^%\d]{0,12}" + INCL,
    ),
    ("total", _B + r"(?:" + _TOTALW + r")\s?(?:\(?\s?" + _TAXW + r"\s?\)?\s?)?" + INCL),
    (
        "untaxed",
        _B
        + r"(?:"
        + _TOTALW
        + r"|montant|betrag|amount|somme|summe|prix|bedrag|importe|valor|montante)[\s.(]{0,3}"
        + _EXCL
        + r"(?![a-z])",
    ),
    (
        "untaxed",
        _B
        + r"(?:"
        + _TOTALW
        + r"|montant|betrag|amount|bedrag|importe|valor|montante)[^%\d]{0,12}"
        + _EXCL
        + r"\.?\s?(?:de\s?)?"
        + _TAXW,
    ),
    (
        "untaxed",
        _B
        + r"(?:net\s?(?:total|amount)|untaxed\s?(?:amount|total)|(?:amount|total)\s?untaxed|nettobetrag|netto(?:summe|betrag|total)?(?![a-z])|warenwert|total\s?before\s?tax|totale\s?imponibile|imponibile|base\s?imponible"
        r"|osnovica|zaklad\s?dane)",
    ),
    (
        "subtotal",
        _B
        + r"(?:sous[-\s]?total|sub[-\s]?total|zwischensumme|zwischentotal|subtotale|totale\s?parziale|subtotaal|total\s?iliquido)",
    ),
    ("tax", _B + r"(?:[a-z]*steuer|ust|mwst|btw|vat|tax|iva|tva)\.?[-\s]?(?:betrag|bedrag|amount)"),
    ("tax", _B + _TAXW + r"(?![a-z])"),
    ("total", _B + _TOTALW),
]
_LABELS = [(kind, re.compile(pattern)) for kind, pattern in LABELS]
# "Montant de la facture soumis à TVA" is a total, "hors TVA soumis à une TVA à 20 %" a base.
_NEUTRAL = re.compile(
    r"(?:soumis|subject|assujetti|unterliegend)\w*\s?(?:a|to)?\s?(?:une|la|the)?\s?"
    + _TAXW
    + r"(?:\s?a\b)?"
)


def classify(label: str) -> str:
    """Kind of an amount label (folded text): total, due, untaxed, subtotal, tax, rounding...
    A label that names nothing is read again without its spaces: OCR splits words and
    till receipts space their letters ("Zwi schensumme", "S U M M E", "NE T T O-UMSAT Z")."""
    label = _NEUTRAL.sub(" ", label)
    for text in (label, label.replace(" ", ""), _join_split_letters(label)):
        for kind, pattern in _LABELS:
            if pattern.search(text):
                return kind
    unglitched = _unglitch(label)
    if unglitched != label:
        return classify(unglitched)
    return ""


def _join_split_letters(label: str) -> str:
    """A letter OCR split off its word joined back, the other spaces kept: "t ake-out tota l"
    is "take-out total" (without any space it would be "take-outtotal", no word in it)."""
    label = re.sub(r"(?<![a-z])([a-z]) (?=[a-z]{2})", r"\1", label)
    return re.sub(r"(?<=[a-z]{2}) ([a-z])(?![a-z])", r"\1", label)


_LETTER_OF = {"0": "o", "1": "l", "5": "s"}


def _unglitch(label: str) -> str:
    """A label as OCR misreads it, read back: digits inside a word ("t0tal", "5umme",
    "netl0"), "rn" for "m" ("surnme", "rnwst") and an m read "nm"/"mh" ("SUMHE")."""
    label = re.sub(
        r"(?<=[a-z])[015](?=[a-z])|(?<![a-z\d])[015](?=[a-z]{3})|(?<=[a-z]{3})[015](?![a-z\d])",
        lambda m: _LETTER_OF[m.group(0)],
        label,
    )
    label = label.replace("rn", "m")
    # "SUMHE", "SUNME", "Surme", "SUMMF": a till's SUMME with a stroke of an m or the E's foot
    # lost; "Gesantbetrag": GESAMT with an m read n
    label = re.sub(r"(?<![a-z])su(?:mh|nm|mn|nn|hm|rm|mm)[ef](?![a-z])", "summe", label)
    return re.sub(r"(?<![a-z])gesant(?=[a-z]|\b)", "gesamt", label)


# --- groups: label + amounts -----------------------------------------------------------------

# What may stand between two amounts of one group; signs of negative amounts ("-10.00 -0.81",
# "10.00- 0.81-") belong to the amounts, not to a label.
_GLUE = r"[\s:=*()\[\]\-\u2013\u2014\u2212]*"
_CONNECT = re.compile(
    r"^" + _GLUE + r"(?:(?:von|vom|on|sur|de|su|of|auf|base|basis)\s*)?"
    r"(?:[A-Z]{3}|[€$£∈]|SFr\.?|Fr\.)?" + _GLUE + r"$"
)


@dataclass
class Group:
    row: Row
    label: str  # folded label text before the amounts
    amounts: list[Amount]
    percents: list[Percent]
    kind: str = ""
    first: bool = True  # no unlabeled amounts before it on its row


_WORDED = re.compile(r"[a-z]{4,}")
# What a till counts between the sum's label and its amount ("Summe 3 Artikel 5,03").
_COUNTED = re.compile(
    r"^\W*(?:artikel|art\.|items?|pos(?:ten|itionen)?\.?|stk\.?|stuck|st\.|articles?|pcs|"
    r"pieces|teile|positions?|produkte|products?)\W*$"
)


# time worked, counted with decimals ("Subtotal 33.50 hours $419.08")
_TIME_UNIT = re.compile(
    r"^\W*(?:hours?|hrs?\.?|h|std\.?|stunden|heures|ore|uur|uren|horas|days?|tage|jours|giorni"
    r"|dagen|dias)\W*$"
)


def _counted(prev: Group, group: Group) -> bool:
    """``prev``'s amount is a count of items (or of hours) named by ``group``'s label, before
    its amount."""
    count = prev.amounts
    if len(count) != 1 or not 0 < count[0].value < 1000:
        return False
    if not any(a.money_like for a in group.amounts):
        return False
    if _COUNTED.match(group.label):
        return not count[0].decimals
    return bool(_TIME_UNIT.match(group.label)) and not count[0].currency


def _glued_code(prev: Group, group: Group) -> bool:
    """``prev``'s one amount is a number glued to its label's word ("CGST2.5", "MwSt1"), no
    money, and the label read with it names what ``group`` (no label of its own) amounts to."""
    if len(prev.amounts) != 1 or not prev.kind or group.kind:
        return False
    code = prev.amounts[0]
    text = prev.row.text
    if code.money_like or code.start == 0 or not text[code.start - 1].isalpha():
        return False
    return classify(prev.label + prev.row.norm[code.start : code.end] + group.label) == prev.kind


def row_groups(row: Row) -> list[Group]:
    groups: list[Group] = []
    amounts = row.amounts
    pos, i = 0, 0
    while i < len(amounts):
        members = [amounts[i]]
        while i + 1 < len(amounts) and _CONNECT.match(
            row.text[members[-1].end : amounts[i + 1].start]
        ):
            i += 1
            members.append(amounts[i])
        start, end = members[0].start, members[-1].end
        label = row.norm[pos:start]
        percents = [p for p in row.percents if pos <= p.start < end]
        kind = classify(label)
        if kind in ("", "ignore") and "  " in label.strip():
            # two columns on one row ("IBAN: NL05...  To pay:  EUR 8.471,36"): the label
            # nearest the amount names it
            parts = [part for part in label.split("  ") if part.strip()]
            k = len(parts) - 1
            while k > 0 and re.fullmatch(r"\W*[a-z]{3}\W*|\W*[€$£]\W*", parts[k].strip()):
                k -= 1  # a currency code before the amount is no label ("To pay:  EUR")
            near = "  ".join(parts[k:])
            if k > 0 and classify(near) not in ("", "ignore"):
                label, kind = near, classify(near)
        group = Group(row, label, members, percents, kind)
        if groups and _glued_code(groups[-1], group):
            # "CGST2.5 (2.5%) 3.21": the 2.5 glued to the tax's name is part of the label
            code = groups.pop()
            group.label = code.label + row.norm[code.amounts[0].start : start]
            group.percents = code.percents + percents
            group.kind = code.kind
        groups.append(group)
        pos, i = end, i + 1
    for prev, group in pairwise(groups):
        if prev.kind and not group.kind and _counted(prev, group):
            group.kind, prev.kind = prev.kind, ""  # "Summe 3 Artikel 5,03": 3 is no amount
    for prev, group in pairwise(groups):
        # a pair of another column ("Carte de crédit 109,97  Total EUR 109,97") is no
        # unlabelled amount before the label
        side = not prev.kind and bool(_WORDED.search(prev.label))
        group.first = bool(prev.kind or side) and prev.first
        if group.kind == "tax" and prev.kind in ("discount", "charge"):
            group.kind = ""  # "Rabatt 2 % 850.00 19 % VAT -21.25": the allowance's own rate
    return groups
