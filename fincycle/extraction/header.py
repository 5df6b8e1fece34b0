"""Header fields read after their labels: language, invoice and order numbers, payment
reference, invoice and due dates.

A label preceded by a reference word ("Rif.: fattura n.", "Bezug: Rechnung Nr.",
"Ursprungsbeleg-Nr.") or followed by one ("N° de facture associée") names another document and
is skipped. Labelled numbers come first: a bare "Nummer:" (often a party's id in a field grid)
counts only when no invoice-number label gave a value. The heading of an e-invoice viewer
("Handelsrechnung (380) Nr. 471102 vom 05.03.2024") gives the number and the date. A due date
only given as payment terms is not set: a warning gives the date the terms yield from the
invoice date ("30 jours fin de mois" to the month's end); e-invoices that print only terms
carry no due date either. A discount date ("Skonto bis") is never the due date.
"""

from __future__ import annotations

import re
from datetime import timedelta

from . import dates, identifiers
from .labels import (
    CARD_SLIP,
    CREDIT_NO,
    DATE_IN_TEXT,
    DATE_WORD_START,
    DEBIT_DATE,
    DISCOUNT,
    DUE_DATE,
    GENERIC_DATE,
    INVOICE_DATE,
    INVOICE_NO,
    INVOICE_NO_LOOSE,
    LANG_RX,
    NOT_INVOICE_DATE,
    NUMBER_ONLY,
    ORDER_DATE,
    PAID_DATE,
    PAYMENT_REF,
    PO,
    QUOTE_CONTEXT,
    QUOTE_INVOICE_NO,
    RECEIPT_NO,
    REF_LABEL,
    REFERENCE_PREFIX,
    REFERENCE_SUFFIX,
    TERMS_PREFIX,
    TITLE,
    TYPE_CODE_HEADING,
    WRAPPED_HEADING,
    fold,
)
from .layout import Doc, Votes, column_text, label_hits, values_after
from .messages import msg
from .model import Extraction

# --- tokens that look like a document number ------------------------------------------------------

_TOKEN_STRIP = " .,;:)(]["  # noqa: S105 - not a password


_PREFIX_WORD = re.compile(r"[A-Z]{1,4}")
_NOT_PREFIX = {"CHF", "EUR", "USD", "GBP", "NR", "NO", "DU", "VOM", "DEL", "OF"}
_DIGIT_GROUP = re.compile(r"\d{3,}")


def _identifier_token(text: str, spaced: bool = False) -> str | None:
    """First token of ``text`` that looks like a document number. With ``spaced``, a number
    printed in groups ("FT 2023.73354", "RE 2024 0815") is kept whole up to the next wide gap,
    word or date."""
    segment = re.split(r"\s{2,}|\s[|·•]\s", text.strip())[0]
    tokens = [t.strip(_TOKEN_STRIP) for t in segment.split()]
    tokens = [t[1:] if t.startswith("#") and len(t) > 2 else t for t in tokens]  # "#INV-001"
    tokens = [t for t in tokens if t]
    if not tokens:
        return None
    token, k = tokens[0], 1
    if (
        len(tokens) > 1
        and re.fullmatch(r"[A-Z0-9]+-?", token)
        and re.fullmatch(r"-?\d{2,}", tokens[1])
        and token.endswith("-") != tokens[1].startswith("-")
    ):
        token, k = token + tokens[1], 2  # an OCR's space beside the hyphen: "083 -72561"
    if spaced:
        if (
            k == 1
            and _PREFIX_WORD.fullmatch(token)
            and token not in _NOT_PREFIX
            and len(tokens) > 1
            and re.match(r"\d|[A-Z0-9]{1,6}/\d", tokens[1])  # "FT 2026/153", "FT A/153"
            and not _is_date_token(tokens[1])
        ):
            token, k = f"{token} {tokens[1]}", 2
        while (
            k < len(tokens)
            and _DIGIT_GROUP.fullmatch(tokens[k])
            and token[-1].isdigit()
            and not _is_date_token(" ".join(tokens[k : k + 3]))
        ):
            token, k = f"{token} {tokens[k]}", k + 1
    if not token or len(token) < 2 or len(token) > 32 or not any(c.isdigit() for c in token):
        return None
    if dates.find_dates(token) and dates.find_dates(token)[0].text == token:
        return None
    if re.fullmatch(r"[\d'.,]+", token) and re.search(r"[.,]\d{2}$", token) and "'" in token:
        return None  # an amount
    return token


def _is_date_token(text: str) -> bool:
    found = dates.find_dates(text)
    return bool(found) and found[0].start == 0


# --- language -------------------------------------------------------------------------------------


def read_language(doc: Doc) -> tuple[str | None, float]:
    counts = dict.fromkeys(LANG_RX, 0)
    for text in doc.folded:
        for lang, rx in LANG_RX.items():
            counts[lang] += len(rx.findall(text))
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    top, second = ranked[0], ranked[1]
    if top[1] < 3:
        return None, 0.0
    margin = (top[1] - second[1]) / top[1]
    return top[0], round(min(0.95, 0.6 + margin), 3)


# --- document numbers -----------------------------------------------------------------------------


def _other_document(doc: Doc, i: int, m: re.Match) -> bool:
    """The label names another document: "Bezug: Rechnung Nr.", "Ursprungsbeleg-Nr.",
    "N° de facture associée"."""
    text = doc.folded[i]
    return bool(
        REFERENCE_PREFIX.search(text[: m.start()]) or REFERENCE_SUFFIX.match(text[m.end() :])
    )


# marked: a company register's "Tomo 12049, Libro 0, Folio 203" is no folio number
_FOLIO_NO = re.compile(r"\bfolio\s*-?\s*(?:(?:no|nr|n°|number|nummer|#)(?![a-z])\.?|:)")


def read_invoice_number(doc: Doc, ext: Extraction, source: str) -> None:
    votes = Votes()
    for _i, number, _day, conf in _type_code_headings(doc):
        votes.add(_norm_number(number), number, conf)
    for pattern, conf in (
        (CREDIT_NO, 0.95),
        (RECEIPT_NO, 0.94),
        (INVOICE_NO, 0.93),
        (INVOICE_NO_LOOSE, 0.82),
    ):
        _labelled_numbers(doc, pattern, conf, votes, one_digit=pattern in (CREDIT_NO, INVOICE_NO))
    for i, text in enumerate(doc.folded):
        m = TITLE.match(text)
        if m:
            token = _identifier_token(doc.lines[i].text[m.end() :], spaced=True)
            if token and not _looks_like_other_id(token):
                votes.add(_norm_number(token), token, 0.85)
    if not votes.items:  # a bare "Nummer:" only when no invoice-number label gave a value
        _labelled_numbers(doc, NUMBER_ONLY, 0.75, votes)
    if not votes.items:  # a hotel's folio ("Folio No. : 227639") when it prints no other
        _labelled_numbers(doc, _FOLIO_NO, 0.72, votes)
    if not votes.items:
        _doc_word_column(doc, votes)
    if not votes.items:
        _hash_field(doc, votes)
    if not votes.items:
        _date_shaped_number(doc, votes)
    best = votes.best()
    if best:
        ext.set("invoice_number", best["value"], best["score"], source)


_SLASHED_NUMBER = re.compile(r"\d{1,4}/\d{1,2}/\d{4}")


def _date_shaped_number(doc: Doc, votes: Votes) -> None:
    """A number shaped like a date alone under an invoice-number label: Poland's "2/11/2023"
    (the second invoice of November 2023). Kept when it is not the date the page is issued on,
    which a misread column would give."""
    issued = Votes()
    _dated_label(doc, INVOICE_DATE, issued, 0.94, skip=TERMS_PREFIX)
    for i, m in label_hits(doc, INVOICE_NO):
        if _other_document(doc, i, m):
            continue
        for text, _j, weight in values_after(doc, i, m.end()):
            token = text.strip(_TOKEN_STRIP)
            if not _SLASHED_NUMBER.fullmatch(token):
                break
            day = dates.find_dates(token, doc.order)
            if not day or day[0].value not in issued.items:
                votes.add(_norm_number(token), token, 0.8 * weight)
            break


_HASH_LABEL = re.compile(r"^\s*#\s*:?\s*$")


def _hash_field(doc: Doc, votes: Votes) -> None:
    """A bare "#" labelling the first field of the document's header grid ("# : INV-000007"
    over "Invoice Date : 11/12/2023"): the number. A "#" heading a column of the line-item
    table ("# | Item & Description") has no date label under it."""
    for i, text in enumerate(doc.folded):
        if not _HASH_LABEL.match(text):
            continue
        line = doc.lines[i]
        h = doc.height(line)
        under = [
            k
            for k in doc.on_page[line.page]
            if abs((other := doc.lines[k]).x0 - line.x0) < 1.5 * h
            and 0 < other.top - line.top < 4.5 * h
        ]
        if not any(INVOICE_DATE.search(doc.folded[k]) for k in under):
            continue
        for value, _j, weight in values_after(doc, i, len(text)):
            token = _identifier_token(value)
            if token and _lone_identifier(token) and re.search(r"[a-z].*\d", token, re.I):
                votes.add(_norm_number(token), token, 0.8 * weight)
            break


_DOC_WORD = re.compile(
    r"^\s*(?:(?:tax|vat|gst|commercial|sales)\s+)?"
    r"(?:rechnung|facture|invoice|fattura|factuur|factura|fatura|gutschrift|avoir|credit\s*note)"
    r"\s*[:#]?\s*$"
)


_NUMBER_MARK = re.compile(
    r"^\s*(?:#|no\.|nr\.?|n°|n\.?\s*o|n\.|number|nummer|numero)\s*:?\s*(?=\S*\d)"
)


def _lone_identifier(text: str) -> bool:
    """One token with digits, no date, no amount, nothing else in its cell."""
    token = text.strip()
    return (
        bool(re.fullmatch(r"[A-Za-z]{0,4}[-/]?\d[\w\-/.]{2,24}", token))
        and not dates.find_dates(token)
        and not re.fullmatch(r"\d{1,3}(?:[.,]\d{3})*[.,]\d{2}", token)
        and not _looks_like_other_id(token)
    )


# A number printed in digit groups, long enough to be no amount ("1 24 0005 0001201345").
_SPACED_DIGITS = re.compile(r"(?=(?:\D*\d){8})\d{1,6}(?: \d{1,12}){1,5}")


def _bare_date(text: str) -> bool:
    """A cell holding one date and nothing else ("20/09/2023", "3 mars 2024")."""
    found = dates.find_dates(text)
    if len(found) != 1:
        return False
    rest = re.sub(r"[\W\d_]+", " ", text).split()
    return len(rest) <= 2


def _doc_word_column(doc: Doc, votes: Votes) -> None:
    """A bare document word heading a column in a row of labels ("Factura | Fecha | Vencimiento"
    over "A-153 | 05/12/2026 | 04/01/2027"): the identifier under it is the number; a title
    with its number marked on the line under it ("INVOICE" over "# 2024-118") likewise."""
    for i, text in enumerate(doc.folded):
        if not _DOC_WORD.match(text):
            continue
        under = doc.below(i)
        if under is not None and _bare_date(doc.lines[under].text):
            # "FACTURE" over "20/09/2023" over "nº 2023-6013": the date sits between them
            under = doc.below(under)
        mark = _NUMBER_MARK.match(doc.folded[under]) if under is not None else None
        if mark:
            # "INVOICE" over "# 2024-118" (or "No. 2024-118"): the title's number on its own line
            token = _identifier_token(doc.lines[under].text[mark.end() :], spaced=True)
            if token and not _looks_like_other_id(token):
                votes.add(_norm_number(token), token, 0.8)
                continue
        right = doc.right_of(i)
        if right is not None and (
            _lone_identifier(doc.lines[right].text)
            or _SPACED_DIGITS.fullmatch(doc.lines[right].text.strip())
        ):
            # "Facture | 082083": the title and, in the next cell of its row, the number alone
            # (also in groups: "Factura | 1 24 0005 0001201345")
            votes.add(
                _norm_number(doc.lines[right].text.strip()), doc.lines[right].text.strip(), 0.8
            )
            continue
        mark = _NUMBER_MARK.match(doc.folded[right]) if right is not None else None
        if mark and _lone_identifier(doc.lines[right].text[mark.end() :]):
            # "Rechnung | #88333": the number, with its mark, in the next cell of the title's row
            token = doc.lines[right].text[mark.end() :].strip()
            votes.add(_norm_number(token), token, 0.8)
            continue
        neighbours = [k for k in (doc.left_of(i), doc.right_of(i)) if k is not None]
        if not any(
            INVOICE_DATE.search(doc.folded[k]) or GENERIC_DATE.match(doc.folded[k])
            for k in neighbours
        ):
            continue
        below = doc.below(i)
        if below is None:
            continue
        token = _identifier_token(column_text(doc, i, below), spaced=True)
        if token and not _looks_like_other_id(token):
            votes.add(_norm_number(token), token, 0.8)


_SLIP_NO = re.compile(r"^\W*beleg")


_ONE_DIGIT = re.compile(r"^[\s:#]*([1-9])\s*$")


def _labelled_numbers(
    doc: Doc, pattern: re.Pattern, conf: float, votes: Votes, *, one_digit: bool = False
) -> None:
    """The number after each label. ``one_digit``: a single digit alone in the label's value
    cell counts too ("Invoice Number:" over "1": a new business's first invoice)."""
    for i, m in label_hits(doc, pattern):
        if _other_document(doc, i, m):
            continue
        weight_label = 0.65 if _card_slip_number(doc, i, m) else 1.0
        for text, _j, weight in values_after(doc, i, m.end()):
            token = _identifier_token(text, spaced=True)
            digit = _ONE_DIGIT.match(text) if one_digit and token is None else None
            if digit:
                token = digit.group(1)
            if token and not _looks_like_other_id(token):
                votes.add(_norm_number(token), token, conf * weight * weight_label)
                break
        else:
            token = _token_under(doc, i, m)
            if token and not _looks_like_other_id(token):
                votes.add(_norm_number(token), token, conf * 0.9 * weight_label)


def _token_under(doc: Doc, i: int, m: re.Match) -> str | None:
    """In a row of column labels read as one line ("Datum Zeit BonNr KasNr"), the value
    printed under the label: the token of the next row nearest below the label's middle
    (positions estimated from the character offsets)."""
    line = doc.lines[i]
    if any(c.isdigit() for c in line.text[m.end() :]) or len(line.text) < 2:
        return None
    h = doc.height(line)
    scale = (line.x1 - line.x0) / len(line.text)
    middle = line.x0 + scale * (m.start() + m.end()) / 2
    best, best_gap = None, 1.5 * scale * (m.end() - m.start())
    for other in doc.lines:
        if other.page != line.page or not line.top + 0.5 * h < other.top < line.bottom + 0.8 * h:
            continue
        other_scale = (other.x1 - other.x0) / max(len(other.text), 1)
        for tm in re.finditer(r"\S+", other.text):
            gap = abs(other.x0 + other_scale * (tm.start() + tm.end()) / 2 - middle)
            if gap < best_gap:
                best, best_gap = tm.group(0), gap
    return _identifier_token(best) if best and re.search(r"\d", best) else None


def _card_slip_number(doc: Doc, i: int, m: re.Match) -> bool:
    """A "Beleg-Nr." among a card terminal's lines ("Trace-Nr.", "Terminal-ID") numbers the
    card slip, not the sale: it only counts when nothing better numbers the document."""
    if not _SLIP_NO.match(doc.folded[i][m.start() :]):
        return False
    near = range(max(0, i - 6), min(len(doc.folded), i + 7))
    return any(CARD_SLIP.search(doc.folded[k]) for k in near)


def _type_code_headings(doc: Doc):
    """(line, number, date, confidence) of each e-invoice viewer heading "<Type> (380) Nr.
    <number> vom <date>" (the number is the free text up to the date word), the date maybe
    wrapped to the line below; and of a heading "<Type> Nr. <number>" over "vom <date>"."""
    for i, text in enumerate(doc.folded):
        m = TYPE_CODE_HEADING.match(text)
        conf = 0.95
        if m is None:
            m, conf = WRAPPED_HEADING.match(text), 0.9
        if not m or _other_document(doc, i, m):
            continue
        raw = doc.lines[i].text
        number = raw[m.start("number") : m.end("number")].strip(_TOKEN_STRIP)
        found = dates.find_dates(raw[m.end() :], doc.order)
        if not raw[m.end() :].strip():
            below = doc.below(i)
            start = DATE_WORD_START.match(doc.folded[below]) if below is not None else None
            if start is None:
                continue
            found = dates.find_dates(doc.lines[below].text[start.end() :], doc.order)
        if not found or found[0].start > 2:
            continue
        if not any(c.isdigit() for c in number) or len(number.split()) > 4:
            continue
        yield i, number, found[0].value, conf


def _norm_number(token: str) -> str:
    return re.sub(r"[^0-9A-Z]", "", token.upper())


def _looks_like_other_id(token: str) -> bool:
    compact = re.sub(r"[\s.\-]", "", token).upper()
    return (
        bool(identifiers.find_ibans(compact) or identifiers.find_vat_ids(compact))
        and len(compact) > 10
    )


def _labelled_identifier(doc: Doc, label, confidence: float) -> dict | None:
    """The identifier most often printed after ``label`` (the first one after each label)."""
    votes = Votes()
    for i, m in label_hits(doc, label):
        for text, _j, weight in values_after(doc, i, m.end()):
            token = _identifier_token(text)
            if token:
                votes.add(token, token, confidence * weight)
                break
    return votes.best()


def read_po_number(doc: Doc, ext: Extraction, source: str) -> None:
    best = _labelled_identifier(doc, PO, 0.85)
    if best:
        ext.set("po_number", best["value"], best["score"], source)


def read_payment_reference(doc: Doc, ext: Extraction, source: str) -> None:
    votes = Votes()
    for i, line in enumerate(doc.lines):
        for m in identifiers.find_references(line.text):
            up = doc.above(i, 1.5)
            labelled = up is not None and REF_LABEL.match(doc.folded[up])
            labelled = labelled or re.search(r"ref", doc.folded[i][: m.start])
            votes.add(m.value, m.value, 0.96 if labelled else 0.88, kind=m.kind)
    best = votes.best()
    if best:
        ext.set("payment_reference", best["value"], best["score"], source)
        ext.set(
            "payment_reference_type",
            "QRR" if best["kind"] == "QRR" else "SCOR",
            best["score"],
            source,
        )
        return
    votes = Votes()
    for i, m in label_hits(doc, PAYMENT_REF):
        for text, j, weight in values_after(doc, i, m.end()):
            value = _remittance_text(text, same_line=j == i)
            if value:
                votes.add(_norm_number(value), value, 0.8 * weight)
                break
        else:
            value = _number_before_quote_note(doc, i, m)
            if value:
                votes.add(_norm_number(value), value, 0.78)
    if not votes.items:
        _unlabelled_reference(doc, ext, votes)
    best = votes.best()
    if best:
        ext.set("payment_reference", best["value"], best["score"], source)


def _unlabelled_reference(doc: Doc, ext: Extraction, votes: Votes) -> None:
    """No payment-reference label gave a value: the bank block's reference, a payee's code,
    a number a sentence asks to quote, and last the invoice number when the page asks for it."""
    for read in (_bank_block_reference, _payee_code_reference, _requested_in_sentence):
        read(doc, votes)
        if votes.items:
            return
    number = ext.value("invoice_number")
    if number and _invoice_number_requested(doc):
        conf = min(0.75, ext.field_confidence("invoice_number"))
        votes.add(_norm_number(number), number, conf)


def _invoice_number_requested(doc: Doc) -> bool:
    """The page asks to quote the invoice number with the payment, naming it without printing
    it ("Virement bancaire en indiquant le numéro de facture", "Bitte überweisen Sie den Betrag
    unter Angabe der Rechnungsnummer"): the payment words on the request's line or the one
    before it (a sentence wrapped over two lines)."""
    for i, folded in enumerate(doc.folded):
        if doc.in_customer_block(i):
            continue
        context = folded if i == 0 else f"{doc.folded[i - 1]} {folded}"
        if QUOTE_INVOICE_NO.search(context) and QUOTE_CONTEXT.search(context):
            return True
    return False


_NOTE_OPEN = re.compile(r"^\W*$")
_NUMBER_WORD = re.compile(r"(?:\b(?:nr|no|nummer|number|numero|n)\s*[.°o]?|#|:)\s*$")


def _number_before_quote_note(doc: Doc, i: int, m: re.Match) -> str | None:
    """A note asking to quote a number with the payment, printed after it ("Vertrag Nr:
    00.123.456.7" over "(Bei Schriftwechsel und Zahlung bitte angeben.)", "Policy no. 88-1204
    (please quote with your payment)"): the number that ends the text before the note, on its
    line or, when the note opens its line, on the line above. Only a number after a number
    word ("Nr", "No.", ":"): a heading's date or an amount is not meant."""
    if any(c.isdigit() for c in m.group(0)) or not _NOTE_OPEN.match(doc.folded[i][m.end() :]):
        return None  # the number is inside the sentence, or the note goes on: not a note after it
    before = doc.lines[i].text[: m.start()]
    if _NOTE_OPEN.match(before):
        up = doc.above(i, 1.5)
        if up is None:
            return None
        before = doc.lines[up].text
    before = before.rstrip(" (-\u2013")
    found = re.search(r"(\S+)$", before)
    if not found or not any(c.isdigit() for c in found.group(1)):
        return None
    if not _NUMBER_WORD.search(fold(before[: found.start()])):
        return None
    token = _identifier_token(found.group(1))
    return token if token and not _looks_like_other_id(token) else None


_BANK_LINE = re.compile(
    r"account|iban|bank|konto|compte|conto|bsb|sort\s*code|rekening|cuenta|conta|bic|swift"
)
_BARE_REF = re.compile(r"^\s*(?:referenz|reference|riferimento|referentie|referencia|ref\.?)\s*:")


def _bank_block_reference(doc: Doc, votes: Votes) -> None:
    """ "Reference: IV-963" in the bank details the payer is asked to use ("Bank Name / Account
    Number / Account Name / Reference"): the reference to quote, though its label says no more.
    Elsewhere a bare "Reference" is anyone's (the customer's, an order's)."""
    for i, folded in enumerate(doc.folded):
        m = _BARE_REF.match(folded)
        if not m or doc.in_customer_block(i):
            continue
        line = doc.lines[i]
        height = doc.height(line)
        bank_above = any(
            abs((other := doc.lines[j]).x0 - line.x0) < 2 * height
            and 0 < line.top - other.top < 4.5 * height
            and _BANK_LINE.search(doc.folded[j])
            for j in doc.on_page[line.page]
        )
        if not bank_above:
            continue
        for text, j, weight in values_after(doc, i, m.end()):
            near = j == i or (
                abs(doc.lines[j].top - line.top) < 0.5 * height
                and doc.lines[j].x0 - line.x1 < 8 * height
            )
            value = _remittance_text(text, same_line=j == i)
            if near and value and len(value.split()) == 1:
                votes.add(_norm_number(value), value, 0.75 * weight)
            break  # the value next to the label, or none (a far cell is another field's)


_PARTICULARS = re.compile(r"^\W*particulars\s*:")
_PAYEE_FIELD = re.compile(r"^\W*(?P<field>code|reference)\s*:\s*(?P<value>\S*)")


def _payee_code_reference(doc: Doc, votes: Votes) -> None:
    """The three fields a payer fills in for a New Zealand bank transfer, printed as
    "Particulars: <name>" / "Code: <account no.>" / "Reference: <...>" under the payee's bank
    account: the filled Reference is what to quote, else the Code (the customer's account
    number with the biller)."""
    for i, folded in enumerate(doc.folded):
        if not _PARTICULARS.match(folded) or doc.in_customer_block(i):
            continue
        line = doc.lines[i]
        height = doc.height(line)
        fields = {}
        for j in range(i + 1, min(i + 6, len(doc.lines))):
            other = doc.lines[j]
            if other.page != line.page or abs(other.x0 - line.x0) > height:
                continue
            if not 0 < other.top - line.top < 4 * height:
                continue
            m = _PAYEE_FIELD.match(doc.folded[j])
            if m:
                raw = other.text[m.start("value") : m.end("value")]
                fields.setdefault(m.group("field"), raw)
        for field, conf in (("reference", 0.78), ("code", 0.74)):
            token = _identifier_token(fields.get(field) or "")
            if token and not _looks_like_other_id(token):
                votes.add(_norm_number(token), token, conf)
                return


_QUOTE_REQUEST = re.compile(
    r"\b(?:quote|use|include|state|mention|enter|reference)\b.{0,60}?(?:\bas\s+(?:the\s+|your\s+|a\s+)?"
    r"(?:payment\s+)?reference|\bwhen\s+(?:paying|making\s+(?:your\s+|the\s+)?payment)"
    r"|\b(?:with|on)\s+(?:your\s+|the\s+)?(?:payment|remittance|transfer|deposit)\b)"
    r"|\bbei\s+(?:der\s+|ihrer\s+)?(?:zahlung|uberweisung)\b.{0,60}?\ban(?:zugeben)?\b"
    r"|\b(?:indiquer|mentionner|rappeler)\b.{0,60}?\blors\s+(?:de\s+votre|du)\s+(?:virement|paiement|reglement)"
    r"|\bindicare\b.{0,60}?\bnel(?:la)?\s+(?:causale|bonifico|pagamento)"
)
_NZ_ACCOUNT = re.compile(r"^\d{2}-\d{4}-\d{7}-\d{2,3}$")


def _requested_in_sentence(doc: Doc, votes: Votes) -> None:
    """A sentence asking the payer to quote a number with the payment ("Please use INV-0042
    as your payment reference", "Bitte geben Sie bei Zahlung die Kundennummer 55123 an",
    "Merci d'indiquer la référence 2024-118 lors de votre virement"): that number."""
    for i, folded in enumerate(doc.folded):
        m = _QUOTE_REQUEST.search(folded)
        if not m or doc.in_customer_block(i):
            continue
        for token in doc.lines[i].text[m.start() : m.end()].split():
            value = _identifier_token(token)
            if (
                value
                and not re.search(r"[$€£%]", value)
                and sum(c.isdigit() for c in value) >= 3
                and not _looks_like_other_id(value)
                and not _NZ_ACCOUNT.match(value)
                and not re.fullmatch(r"\d{1,3}(?:[.,']\d{3})*[.,]\d{2}", value)
            ):
                votes.add(_norm_number(value), value, 0.76)
                break


def _remittance_text(text: str, same_line: bool) -> str | None:
    """The remittance text after a payment-reference label. A value in its own cell (field grid,
    "Verwendungszweck | Rechnung 181301674") is free text and kept whole (up to 8 words); after
    the label on the same line, the words up to a wide gap or the next label (up to 4 words),
    else the first identifier."""
    segment = re.split(r"\s{2,}|\s[|·•]\s", text.strip())[0].strip(" :;,")
    words = segment.split()
    if not same_line and 0 < len(words) <= 8 and len(segment) <= 70:
        return " ".join(words) if any(c.isdigit() for c in segment) else None
    kept = []
    for word in words[:4]:
        if word.endswith(":") and kept:
            break
        kept.append(word)
    whole = " ".join(kept).strip(" :;,.")
    if kept and len(kept) == len(words) and any(c.isdigit() for c in whole):
        return whole
    return _identifier_token(text)


# --- dates ----------------------------------------------------------------------------------------


def _first_date(doc: Doc, text: str):
    found = dates.find_dates(identifiers.fix_ocr_digits(text), doc.order)
    return found[0].value if found else None


_PERIOD = re.compile(r"^\W*(?:bis|au|to|till|until|al|tot|hasta|ate|a|-|\u2013)\W")


def _dated_label(
    doc: Doc,
    pattern: re.Pattern,
    votes: Votes,
    conf: float,
    skip=None,
    *,
    no_period: bool = False,
    at_start: bool = False,
) -> None:
    """Dates after each label. ``no_period``: a date that starts a period ("vom 01.11. bis
    30.11.") is skipped; ``at_start``: the date must follow the label (a label inside a
    sentence)."""
    for i, m in label_hits(doc, pattern):
        before = doc.folded[i][: m.start()]
        if skip is not None and skip.search(before):
            continue
        if _other_document(doc, i, m) or DISCOUNT.search(m.group(0)):
            continue
        for text, _j, weight in values_after(doc, i, m.end()):
            found = dates.find_dates(identifiers.fix_ocr_digits(text), doc.order)
            if not found:
                continue
            first = found[0]
            if at_start and first.start > 2:
                break
            if no_period and _PERIOD.match(text[first.end :]):
                break
            votes.add(first.value, first.value, conf * weight)
            break
        else:
            wrapped = _date_wrapped_under(doc, i, m.end())
            if wrapped is None:
                wrapped = _date_captioned(doc, i, m.end())
            if wrapped is not None:
                votes.add(wrapped, wrapped, conf * 0.9)


def _date_wrapped_under(doc: Doc, i: int, start: int):
    """A date its narrow cell wraps after the label's line ("Date de facture: 17 juillet" over
    "2026", "Datum: 1er" over "février 2025"): read when the date begins on the label's line
    and ends on the line under it, which holds nothing else."""
    rest = doc.lines[i].text[start:].strip(" :")
    below = doc.below(i, 0.9)
    if not rest or below is None or not re.search(r"\d", rest + doc.lines[below].text):
        return None
    joined = f"{rest} {doc.lines[below].text.strip()}"
    found = dates.find_dates(identifiers.fix_ocr_digits(joined), doc.order)
    if not found or found[0].start >= len(rest) or found[0].end <= len(rest) + 1:
        return None
    if joined[found[0].end :].strip():
        return None
    return found[0].value


def _date_captioned(doc: Doc, i: int, end: int):
    """A date printed over its caption, as in the boxes of a utility bill's summary and
    payment slip ("Mar 18, 2021" over "NEW CHARGES DUE BY"): read when the label ends its line,
    the line over it holds the date alone, in a larger type, and that date is no value of a
    label over it."""
    if doc.lines[i].text[end:].strip(" :"):
        return None
    j = doc.above(i, 1.0)
    if j is None or doc.height(doc.lines[j]) < 1.3 * doc.height(doc.lines[i]):
        return None
    text = doc.lines[j].text.strip(" :")
    found = dates.find_dates(identifiers.fix_ocr_digits(text), doc.order)
    if len(found) != 1 or found[0].start > 1 or text[found[0].end :].strip(" ."):
        return None
    return found[0].value


# An invoice date whose day and month could be swapped (01-08-2025) and that nothing on the
# page settles: below the calibrated 90 % a bill needs to post by itself.
UNSETTLED_ORDER_CONFIDENCE = 0.8


def read_invoice_date(doc: Doc, ext: Extraction, source: str) -> None:
    votes = Votes()
    _dated_label(doc, INVOICE_DATE, votes, 0.94, skip=TERMS_PREFIX)
    for _i, _number, day, conf in _type_code_headings(doc):
        votes.add(day, day, conf)
    if not votes.items:
        _dated_label(doc, GENERIC_DATE, votes, 0.85, no_period=True)
        _dated_label(doc, DATE_IN_TEXT, votes, 0.88, skip=TERMS_PREFIX, at_start=True)
        _place_date(doc, votes)
    if not votes.items:
        _lone_header_date(doc, votes)
    if not votes.items:
        _stamp_anywhere(doc, votes)
    if not votes.items:  # a receipt dated by its payment, a web shop's invoice by its order
        _dated_label(doc, PAID_DATE, votes, 0.6, skip=TERMS_PREFIX, at_start=True)
    if not votes.items:
        _dated_label(doc, ORDER_DATE, votes, 0.55, skip=TERMS_PREFIX, at_start=True)
    best = votes.best()
    if best:
        score = best["score"]
        if dates.order_unsettled((ln.text for ln in doc.lines), best["value"]):
            score = min(score, UNSETTLED_ORDER_CONFIDENCE)  # a person checks the month
        ext.set("invoice_date", best["value"], score, source)


_PLACE_DATE = re.compile(r"^\s*[a-z][a-z .'\-]{1,30},\s*(?:(?:den|le|il|am|the)\s+)?(?=\d)")


def _stamp_time(doc: Doc, i: int, rest: str) -> bool:
    """A time follows the date: on its line, or alone in the next cell of its row."""
    if _TIME_AFTER.match(rest):
        return True
    right = doc.right_of(i) if not rest.strip() else None
    return right is not None and bool(_TIME_CELL.match(doc.lines[right].text))


# "Musterstadt 29.10.2023" without the comma: a capitalised place name and the date alone
_PLACE_DATE_BARE = re.compile(
    r"^\s*([A-Z\u00c0-\u00de][\w.'\-]{2,30}(?:\s[A-Z\u00c0-\u00de][\w.'\-]+)?)\s+(?=\d)"
)


def _place_date(doc: Doc, votes: Votes) -> None:
    for i, text in enumerate(doc.folded):
        m = _PLACE_DATE.match(text)
        if m and doc.rel_top(i) < 0.5:
            value = _first_date(doc, doc.lines[i].text[m.end() :])
            if value:
                votes.add(value, value, 0.82)
        elif doc.rel_top(i) < 0.5:
            value = _bare_place_date(doc, i)
            if value:
                votes.add(value, value, 0.8)


def _bare_place_date(doc: Doc, i: int):
    """ "Musterstadt 29.10.2023": a letter's place and date without the comma, read only when
    the date ends the line and the place is a town of an address on the page ("1234
    Musterstadt"), so that a label ("Lieferdatum 29.10.2023") is never taken for a place."""
    raw = doc.lines[i].text
    m = _PLACE_DATE_BARE.match(raw)
    if not m or NOT_INVOICE_DATE.search(doc.folded[i][: m.end()]):
        return None
    found = dates.find_dates(raw[m.end() :], doc.order)
    if len(found) != 1 or found[0].start != 0 or raw[m.end() + found[0].end :].strip():
        return None
    place = re.escape(fold(m.group(1)))
    town = re.compile(rf"(?:^|\s)(?:[a-z]{{1,2}}-?)?\d{{4,5}}\s+{place}\s*$")
    if not any(k != i and town.search(text) for k, text in enumerate(doc.folded)):
        return None
    return found[0].value


# OCR may set a space after the colon ("16: 15")
_TIME_AFTER = re.compile(r"\s+\d{1,2}:\s?\d{2}(?::\s?\d{2})?(?!\d)")


_TIME_CELL = re.compile(r"^\s*\d{1,2}:\s?\d{2}(?::\s?\d{2})?(?!\d)")


def _lone_header_date(doc: Doc, votes: Votes) -> None:
    """A date printed alone in the upper part of the first page, not next to another label;
    on a till roll, its date-and-time stamp wherever it stands (mostly at the foot)."""
    first_page = min((ln.page for ln in doc.lines), default=0)
    for i, line in enumerate(doc.lines):
        roll = doc.till_roll(line.page)
        if line.page != first_page or (doc.rel_top(i) > 0.5 and not roll):
            continue
        text = _stamp_text(line)
        found = dates.find_dates(text, doc.order)
        stamp = bool(found) and found[0].start <= 2 and _stamp_time(doc, i, text[found[0].end :])
        if roll and doc.rel_top(i) > 0.5 and not stamp:
            continue
        if not stamp and (len(found) != 1 or len(found[0].text) < len(line.text.strip()) - 2):
            continue  # a date alone, or a receipt's stamp "18.05.2020 16:07 2171/3 ..."
        left = doc.left_of(i)
        up = doc.above(i, 1.2)
        context = " ".join(doc.folded[k] for k in (left, up) if k is not None)
        if NOT_INVOICE_DATE.search(context):
            continue
        votes.add(found[0].value, found[0].value, 0.6)
        return


# A till's date-and-time stamp as OCR reads a faint dot: "30*04.20* *09:58", "30,04.20 09:58".
_SLIPPED_STAMP = re.compile(
    r"(?<![\d.,*])(\d{1,2})([*,.])(\d{1,2})([*,.])(\d{4}|\d{2})([\s*]+)(?=\d{1,2}:\d{2})"
)


def _stamp_text(line) -> str:
    """The line's text with OCR's digit slips mended; on a scan, a stamp whose date dots OCR
    read as '*' or ',' (one of the two still a dot, a time after it) gets its dots back. The
    length is unchanged: spans stay valid."""
    text = identifiers.fix_ocr_digits(line.text)
    if line.confidence >= 1.0:
        return text

    def mend(m: re.Match) -> str:
        seps = m.group(2) + m.group(4)
        if "." not in seps or seps == "..":
            return m.group(0)
        gap = m.group(6).replace("*", " ")
        return f"{m.group(1)}.{m.group(3)}.{m.group(5)}{gap}"

    return _SLIPPED_STAMP.sub(mend, text)


def _time_under(doc: Doc, i: int, rest: str) -> bool:
    """A date alone on its line with the time right under it ("20.05.2020" over "14:57 Uhr")."""
    under = doc.below(i, 1.0) if not rest.strip() else None
    return under is not None and bool(_TIME_CELL.match(doc.lines[under].text))


# A stamp's words: "Le 12/03/2024 à 18:22", "am 12.03.2024 um 18:22", "13:50 24-1-2023".
# A German till's fiscal unit stamps its start and end: "TSE-Start: 2024-03-12T18:22:01.000".
_STAMP_LEAD = re.compile(
    r"(?i)le|am|den|il|op|on|du|vom|del|beleg|bon|kasse|nr\.?|bed\.?"
    r"|tse-?(?:start|stop|ende|zeit)?:?|(?:start|stop|ende)(?:zeit)?:?"
)
_ISO_TIME = re.compile(r"T\d{2}:\d{2}")
_LINKED_TIME = re.compile(r"(?i)\s+(?:a|à|um|alle|ore|om|at)\s+\d{1,2}[:h]\s?\d{2}(?!\d)")
_TIME_BEFORE = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?\s+$")


def _stamp_anywhere(doc: Doc, votes: Votes) -> None:
    """A receipt photographed or scanned short (no till roll's proportions) with no other
    date: its date-and-time stamp ("02.03.20 15:59"), wherever it stands on the first page.
    Only when one stamp date is printed (a statement lists many)."""
    first_page = min((ln.page for ln in doc.lines), default=0)
    found_days = set()
    for i, line in enumerate(doc.lines):
        if line.page != first_page:
            continue
        text = _stamp_text(line)
        # the date first, or after the till's own numbers ("25497 M039 101 31.01.2019 14:59"); the
        # time after it or right under it
        found = [
            d
            for d in dates.find_dates(text, doc.order)
            if all(
                re.search(r"\d", token) or _STAMP_LEAD.fullmatch(token)
                for token in text[: d.start].split()
            )
            and (
                _stamp_time(doc, i, text[d.end :])
                or _time_under(doc, i, text[d.end :])
                or _LINKED_TIME.match(text[d.end :])
                or _TIME_BEFORE.search(text[: d.start])
                or _ISO_TIME.match(text[d.end :])
            )
        ]
        if not found:
            continue
        left = doc.left_of(i)
        up = doc.above(i, 1.2)
        context = " ".join(doc.folded[k] for k in (left, up, i) if k is not None)
        if NOT_INVOICE_DATE.search(context):
            continue
        found_days.add(found[0].value)
    if len(found_days) == 1:
        day = found_days.pop()
        votes.add(day, day, 0.55)


_NOT_DUE = re.compile(rf"liefer|livraison|delivery|levering|entrega|{DISCOUNT.pattern}")


# The date to pay by in Serbian, Croatian and Bosnian bills ("Valuta: 15.03.2023.", "Valuta
# plaćanja"), a value date in German: only a date right after it, not a currency ("Valuta EUR").
_VALUTA = re.compile(r"(?<![a-z])valuta(?:\s*placanja)?(?![a-z])")


def read_due_date(doc: Doc, ext: Extraction, source: str) -> None:
    votes = Votes()
    _dated_label(doc, DUE_DATE, votes, 0.93, skip=_NOT_DUE)
    if not votes.items:
        _terms_until(doc, votes)
    if not votes.items:
        _dated_label(doc, DEBIT_DATE, votes, 0.75)
    if not votes.items:
        _dated_label(doc, _VALUTA, votes, 0.8, at_start=True)
    best = votes.best()
    invoice_date = ext.value("invoice_date")
    if best and (invoice_date is None or best["value"] >= invoice_date):
        value, score = _net_date_after_discount(doc, best["value"], best["score"])
        ext.set("due_date", value, score, source)
        return
    if invoice_date is None:
        return
    for text in doc.folded:
        days = dates.payment_terms_days(text)
        if days:
            derived = invoice_date + timedelta(days=days)
            if _END_OF_MONTH.search(text):
                derived = _month_end(derived)
            ext.warnings.append(msg("due_date_from_terms", days=days, due_date=derived))
            return


_TERMS_LABEL = re.compile(
    r"terms\s*of\s*payment|payment\s*terms?|conditions?\s*de\s*(?:paiement|reglement)"
    r"|zahlungs\s*-?\s*(?:bedingung|kondition)(?:en)?|condizioni\s*di\s*pagamento"
    r"|betalings\s*-?\s*(?:voorwaarden|termijn)|condiciones\s*de\s*pago|condicoes\s*de\s*pagamento"
)
_UNTIL = re.compile(
    r"^\W*(?:up\s*to|until|by|before|no\s*later\s*than|bis(?:\s*zum|\s*spatestens)?|jusqu\s*'?\s*au"
    r"|avant\s*le|entro\s*il|fino\s*al|tot\s*en\s*met|uiterlijk|hasta\s*el|ate)\s+(?:the\s+)?(?=\d)"
)


def _terms_until(doc: Doc, votes: Votes) -> None:
    """ "Terms of Payment: | Up to 31.01.2020": the payment terms name a date to pay by; so
    does a date right after the label ("Payment Terms : 09/30/2018"), unless a period or
    more terms follow it ("Zahlungsbedingungen: 01.03. - 31.03.", "... 2 % Skonto")."""
    for i, m in label_hits(doc, _TERMS_LABEL):
        for text, _j, weight in values_after(doc, i, m.end()):
            folded = fold(text).lstrip(" :")
            until = _UNTIL.match(folded)
            if DISCOUNT.search(folded) and not until:
                break  # "2 % Skonto ...": terms, no date to pay by; "Bis zum 09.09. ... Skonto"
                # is a discount's date, which _net_date_after_discount turns into the net one
            rest = text.lstrip(" :")[until.end() :] if until else text.lstrip(" :")
            found = dates.find_dates(identifiers.fix_ocr_digits(rest), doc.order)
            if not found or found[0].start != 0:
                break
            if until:
                votes.add(found[0].value, found[0].value, 0.88 * weight)
            elif not rest[found[0].end :].strip(" .;,"):
                votes.add(found[0].value, found[0].value, 0.85 * weight)
            break


# A cash discount's date is not the due date: Odoo dates a bill by its last instalment, the
# net one. Read from a terms table, the choice is less sure than a lone due date.
DISCOUNT_TERMS_CONF = 0.85


def _dates_on(doc: Doc, indexes) -> list:
    found = []
    for k in indexes:
        if 0 <= k < len(doc.lines):
            found += [
                d.value
                for d in dates.find_dates(identifiers.fix_ocr_digits(doc.lines[k].text), doc.order)
            ]
    return found


def _net_date_after_discount(doc: Doc, value, score):
    """``(value, score)``, or the latest later date of the payment terms when ``value`` is the
    date of a cash discount ("Bei Zahlung bis 20.06. 2 % Skonto / bis 27.06. ohne Abzug")."""
    discount_rows = [i for i, text in enumerate(doc.folded) if DISCOUNT.search(text)]
    near_discount = {k for i in discount_rows for k in (i, i + 1)}
    if not any(value in _dates_on(doc, [k]) for k in near_discount):
        return value, score
    terms = {k for i in discount_rows for k in range(i - 2, i + 6)}
    later = [d for d in _dates_on(doc, sorted(terms)) if d > value]
    return (max(later) if later else value), min(score, DISCOUNT_TERMS_CONF)


_END_OF_MONTH = re.compile(r"fin\s*de\s*mois|end\s*of\s*(?:the\s*)?month|fine\s*mese|monatsende")


def _month_end(day):
    following = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return following - timedelta(days=1)
