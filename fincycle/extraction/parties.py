"""Who sent the bill and to whom: the customer block, and the vendor's name and address.

The customer is the recipient address block (address window, "Bill to", "Rechnungsadresse",
"TO: | Name", "Facturé à 0042" over it, salutation, the company's own names as hints) and is
never returned as vendor; a block that repeats the sender line's name or carries the vendor's
capital notice is the vendor's own.

The vendor comes, strongest first, from the QR payment part ("Zahlbar an"), the seller's
section (a seller label in any EU language over a name, or over a "Name: | value" grid as
viewers render e-invoices), a sender line ("Name · Street · ZIP City", also printed in pieces),
the block that holds the vendor's VAT id, registry number or IBAN (the name over its address),
the letterhead, the footer or a legal notice; a title naming the vendor ("Acme Invoice") and
the account holder are last resorts. Agreeing sources raise the confidence. Every name is
cleaned (:mod:`.company_names`: no identifier prefix, no legal notice after it) and is never a
title, a label, a currency code, a street or a ZIP and city.
"""

from __future__ import annotations

import re
import weakref
from collections import defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import pairwise

from . import identifiers
from .company_names import (
    BUYER_LABEL,
    NAME_LABEL,
    SELLER_LABEL,
    clean_company_name,
    has_legal_form,
    is_city_line,
    is_field_label,
    looks_like_address,
    name_line,
    plausible_company,
    unspace_letters,
)
from .dates import find_dates
from .labels import (
    CUSTOMER_ID_CONTEXT,
    CUSTOMER_LABEL,
    LEGAL_FORM,
    LEGAL_NOTICE,
    QR_PAYEE,
    REF_LABEL,
    SALUTATION,
    UK_CITY,
    VENDOR_LABEL,
    ZIP_CITY,
    ZIP_PREFIX_COUNTRY,
    country_of,
    fold,
    is_street,
    is_zip_city,
    name_ok,
    norm_name,
    only_legal_form,
    sender_line_parts,
)
from .layout import Block, Doc, block_above, label_hits, line_above
from .model import Extraction

# Bullets some layouts print between the parts of a sender line ("Acme GmbH ● Street 1 ● City").
_BULLETS = re.compile(r"[\u25cf\u25a0\u25aa\u25c6\u2219\u22c5\u25e6\u2022\u00b7]")
_SENDER_ROWS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _runs(doc: Doc) -> list[list[int]]:
    """Pieces printed one after the other on a row (gaps under two line heights), left to
    right: a sender line the PDF split into "Name", "●", "Street 1", "●", "ZIP City"."""
    order = sorted(
        range(len(doc.lines)),
        key=lambda i: (doc.lines[i].page, doc.lines[i].top + doc.lines[i].bottom),
    )
    rows: list[list[int]] = []
    for i in order:
        line = doc.lines[i]
        middle = (line.top + line.bottom) / 2
        if rows:
            last = doc.lines[rows[-1][0]]
            if last.page == line.page and abs(
                (last.top + last.bottom) / 2 - middle
            ) <= 0.5 * doc.height(last):
                rows[-1].append(i)
                continue
        rows.append([i])
    runs: list[list[int]] = []
    for row in rows:
        row.sort(key=lambda i: doc.lines[i].x0)
        run = [row[0]]
        for i in row[1:]:
            prev = doc.lines[run[-1]]
            if 0 <= doc.lines[i].x0 - prev.x1 + 2 < 2 * doc.height(prev) + 2:
                run.append(i)
            else:
                runs.append(run)
                run = [i]
        runs.append(run)
    return runs


def _sender_rows(doc: Doc) -> dict[int, list[str]]:
    """One-line sender addresses ("Name · Street 1 · ZIP City"), by the index of their first
    line (a row split into pieces is read whole)."""
    rows = _SENDER_ROWS.get(doc)
    if rows is None:
        rows = {}
        for i, line in enumerate(doc.lines):
            parts = sender_line_parts(_BULLETS.sub(" · ", line.text))
            if parts:
                rows[i] = parts
        for run in _runs(doc):
            if len(run) < 2 or any(i in rows for i in run):
                continue
            text = " ".join(doc.lines[i].text.strip() for i in run)
            parts = sender_line_parts(_BULLETS.sub(" · ", text)) if len(text) < 120 else None
            if parts:
                rows[run[0]] = parts
        _SENDER_ROWS[doc] = rows
    return rows


def _block_has_address(doc: Doc, block: Block) -> bool:
    texts = [doc.lines[i].text.strip() for i in block.indexes]
    if any(is_zip_city(t) for t in texts):
        return True
    # the postcode on a line of its own ("Chaussée de Namur 40" / "Grand-Rosière" / "1367")
    return any(is_street(t) for t in texts) and any(re.fullmatch(r"\d{4,5}", t) for t in texts)


def _sender_line_above(doc: Doc, i: int) -> bool:
    """A one-line sender address ("Name · Street · ZIP City") printed higher on the page."""
    line = doc.lines[i]
    return any(
        doc.lines[j].page == line.page
        and doc.lines[j].bottom <= line.top
        and doc.block_of.get(j) != doc.block_of.get(i)
        for j in _sender_rows(doc)
    )


def _on_sender_row(doc: Doc, i: int) -> bool:
    line = doc.lines[i]
    h = doc.height(line)
    return any(
        doc.lines[j].page == line.page and abs(doc.lines[j].top - line.top) < 0.5 * h
        for j in _sender_rows(doc)
    )


def _strip_vendor_label(text: str) -> str:
    """ "Supplier: Acme SA" → "Acme SA"; a label alone gives "" ("Supplier Solutions Ltd" stays)."""
    m = VENDOR_LABEL.match(fold(text))
    if m and (":" in m.group(0) or m.end() >= len(text.rstrip())):
        return text[m.end() :].strip()
    return text.strip()


def _customer_score(doc: Doc, b: int) -> float:
    block = doc.blocks[b]
    first = block.indexes[0]
    line = doc.lines[first]
    score = 0.0
    up = doc.above(first, 3.0)
    labelled = False
    if up is not None and CUSTOMER_LABEL.match(doc.folded[up]):
        score += 3
        labelled = True
    if CUSTOMER_LABEL.match(doc.folded[first]):
        score += 3
        labelled = True
    score += _row_label_score(doc, b)
    if VENDOR_LABEL.match(doc.folded[first]) or (
        up is not None and VENDOR_LABEL.fullmatch(doc.folded[up])
    ):
        score -= 4
    elif _sender_line_above(doc, first):
        score += 1  # the vendor's address is already printed above: this is another party
    if any(SALUTATION.match(doc.folded[i]) for i in block.indexes[:2]):
        score += 2
    if doc.hints and any(norm_name(doc.lines[i].text) in doc.hints for i in block.indexes):
        score += 5
    if up is not None and _on_sender_row(doc, up):
        score += 2
    score += _flush_right_score(doc, b)
    rel = doc.rel_top(first)
    if 0.1 <= rel <= 0.45:
        score += 1
    if rel < 0.09 and not labelled:
        score -= 2  # the letterhead, unless a customer label heads the block ("Factuuradres")
    if doc.rel_x(first) > 0.4:
        score += 0.5
    # an identifier line set apart under the address is the addressee's VAT id (Odoo prints the
    # customer's so), not a contact line of the sender's block
    kept = block.indexes[:-1] if _last_line_apart(doc, block) else block.indexes
    texts = " ".join(doc.folded[i] for i in kept)
    if any(CUSTOMER_ID_CONTEXT.search(doc.folded[i]) for i in block.indexes):
        score += 2  # "Your VAT no.", "Vs. P.IVA" inside the block
    elif _SENDER_CONTACT.search(texts) or any(
        _PHONE_ONLY.match(doc.folded[i]) for i in block.indexes
    ):
        score -= 2  # contact lines and identifiers: the sender's block
    return score - 0.001 * line.page * 100


# Contact lines and the sender's own identifiers; an OCR'd till receipt splits "T el.:" and
# labels its VAT id "UID Nr." / "USt-IdNr." / "BTW-nr" / "P. IVA".
_SENDER_CONTACT = re.compile(
    r"@|www\.|\bt\s?el\b|phone|telefon|mwst|tva|vat|iban|\buid\b|\bust\W{0,2}id|\bbtw\b"
    r"|\bp\.?\s?iva\b"
)


def _last_line_apart(doc: Doc, block: Block) -> bool:
    """The block's last line holds a VAT id alone and stands apart from the address over it:
    a gap over 1.5 times the block's own leading, the address at least three lines."""
    idx = block.indexes
    if len(idx) < 4 or not identifiers.find_vat_ids(doc.lines[idx[-1]].text):
        return False
    tops = sorted(doc.lines[i].top for i in idx)
    gaps = sorted(b - a for a, b in pairwise(tops[:-1]))
    leading = max(gaps[len(gaps) // 2], 1.0)
    return tops[-1] - tops[-2] > 1.5 * leading


def _flush_right_score(doc: Doc, b: int) -> float:
    if _flush_right(doc, doc.blocks[b]):
        return -3  # the letterhead: a postal address is set flush left, even on the right
    if _flush_right_address_above(doc, b):
        return 1.5  # the sender's address is already set flush right higher up
    return 0.0


def _flush_right(doc: Doc, block: Block) -> bool:
    """An address block of three lines or more set flush right: the right edges aligned, the
    left ones ragged (company blocks of letterheads; a window address is set flush left)."""
    lines = [doc.lines[i] for i in block.indexes]
    if len(lines) < 3:
        return False
    h = max(doc.height(ln) for ln in lines)
    lefts = [ln.x0 for ln in lines]
    rights = [ln.x1 for ln in lines]
    return max(rights) - min(rights) <= 0.6 * h and max(lefts) - min(lefts) >= 2 * h


def _flush_right_address_above(doc: Doc, b: int) -> bool:
    first = doc.lines[doc.blocks[b].indexes[0]]
    for other, block in enumerate(doc.blocks):
        top = doc.lines[block.indexes[0]]
        if (
            other != b
            and top.page == first.page
            and top.top < first.top
            and _block_has_address(doc, block)
            and _flush_right(doc, block)
        ):
            return True
    return False


# A line holding a phone number alone ("05251/1809732", "+41 44 123 45 67", "(09) 832 8575").
_PHONE_ONLY = re.compile(r"^\s*(?:\+\d{1,3}\s?)?\(?0\d{1,4}\)?[\s/.-]?\d[\d\s/.-]{4,14}\d\s*$")
_PHONE_FAX = re.compile(r"^\W*(?:tel|telefon|telephone|phone|fon|fax)\b.*\bfax\b|^\W*fax\b")


def _row_label_score(doc: Doc, b: int) -> float:
    """A party label left of the block's first line ("TO: | Name"), and the letterhead that
    repeats the name of the sender line, carries a capital notice or has the phone and fax line
    under it (the vendor's own block)."""
    first = doc.blocks[b].indexes[0]
    line = doc.lines[first]
    score = 0.0
    left = doc.left_of(first)
    if left is not None and line.x0 - doc.lines[left].x1 < 6 * doc.height(line):
        if CUSTOMER_LABEL.match(doc.folded[left]) or BUYER_LABEL.match(doc.folded[left]):
            score += 3
        elif SELLER_LABEL.match(doc.folded[left]):
            score -= 4
    up = doc.above(first, 3.0)
    if (
        up is not None
        and BUYER_LABEL.match(doc.folded[up])
        and not CUSTOMER_LABEL.match(doc.folded[up])
    ):
        score += 3  # "Facturé à 008278", "Rechnungsempfänger (Kd.-Nr. 12)" over the block
    if _TAIL_NOTICE.search(doc.folded[first]):
        score -= 3  # "Acme SAS au capital de ...": the vendor's own block
    under = doc.below(doc.blocks[b].indexes[-1], 1.5)
    if under is not None and _PHONE_FAX.search(doc.folded[under]):
        score -= 2  # the sender's phone and fax printed under its address
    rows = _sender_rows(doc)
    senders = {norm_name(parts[0]) for parts in rows.values()}
    if norm_name(line.text) in senders and not any(doc.block_of.get(j) == b for j in rows):
        score -= 4
    return score


_TAIL_NOTICE = re.compile(r"au\s*capital|capital\s*social|capitale\s*sociale|\brcs\b|\bhrb\b")


def find_customer_block(doc: Doc) -> None:
    candidates = []
    first_page = min((ln.page for ln in doc.lines), default=0)
    for b, block in enumerate(doc.blocks):
        line = doc.lines[block.indexes[0]]
        if line.page != first_page or doc.rel_top(block.indexes[0]) > 0.5:
            continue
        if not _block_has_address(doc, block) or len(block.indexes) > 8:
            continue
        candidates.append((_customer_score(doc, b), -line.top, b))
    if not candidates:
        return
    candidates.sort(reverse=True)
    best_score, _top, best = candidates[0]
    address_blocks = len(candidates)
    if best_score >= 1.5 or (address_blocks >= 2 and best_score >= 0.5):
        doc.customer_block = best
        _split_return_address(doc, best)
    others = [c for c in candidates if c[2] != doc.customer_block]
    if others:  # the vendor letterhead is the top-most other address block
        doc.vendor_block = min(others, key=lambda c: doc.lines[doc.blocks[c[2]].indexes[0]].top)[2]


def _split_return_address(doc: Doc, b: int) -> None:
    """The sender's return address printed small over the addressee in the envelope's window
    ("Obelix GmbH & Co. KG" / "Am Steinbruch 1 · Dorf" in 7 pt over the customer in 11 pt):
    its lines leave the customer's block for a block of their own, the sender's."""
    indexes = doc.blocks[b].indexes
    heights = sorted(doc.height(doc.lines[i]) for i in indexes)
    body = heights[len(heights) // 2]
    small = 0
    while small < min(2, len(indexes) - 2) and doc.height(doc.lines[indexes[small]]) < 0.8 * body:
        small += 1
    if not small:
        return
    doc.blocks[b] = Block(indexes[small:])
    doc.blocks.append(Block(indexes[:small]))
    for i in indexes[:small]:
        doc.block_of[i] = len(doc.blocks) - 1


def read_customer_name(doc: Doc, ext: Extraction, source: str) -> None:
    if doc.customer_block is None:
        return
    block = doc.blocks[doc.customer_block]
    for i in block.indexes:
        folded = doc.folded[i]
        if CUSTOMER_LABEL.match(folded):
            continue
        if SALUTATION.match(folded) and len(folded.split()) <= 1:
            continue
        name = _customer_line_name(doc.lines[i].text)
        if name_ok(name):
            ext.set("customer_name", name, 0.8, source)
        return


# "Spett.le Officine Rossi S.p.A.", "Cliente: Officine Rossi S.p.A.", "Messrs Smith Ltd"
_CUSTOMER_PREFIX = re.compile(
    r"^\s*(?:spett\.?\s*(?:le|li)|egr\.?\s*(?:gio|gi)|messrs\.?"
    r"|(?:cliente|destinatario|intestatario|client|kunde|customer|bill\s*to|invoice\s*to)\s*:)\s*"
)


def _customer_line_name(text: str) -> str:
    m = _CUSTOMER_PREFIX.match(fold(text))
    return text[m.end() :].strip() if m else text.strip()


@dataclass
class _Party:
    name: str | None = None
    street: str | None = None
    zip: str | None = None
    city: str | None = None
    country: str | None = None


def _parse_address_parts(parts: list[str], party: _Party) -> None:
    for raw in parts:
        part = raw.strip()
        if not part:
            continue
        zc = is_zip_city(part)
        if zc and party.zip is None:
            if zc.re is ZIP_CITY:
                party.zip, party.city = zc.group(2), zc.group(3).strip()
                if zc.group(1):
                    party.country = ZIP_PREFIX_COUNTRY.get(zc.group(1).upper())
            elif zc.re is UK_CITY:
                party.city, party.zip, party.country = zc.group(1).strip(), zc.group(2), "GB"
            else:
                party.city, party.zip = zc.group(1).strip(), zc.group(3)
                party.country = "US"
        elif party.street is None and party.zip is None and is_street(part):
            party.street = part
        elif country_of(part) and party.country is None:
            party.country = country_of(part)


def _vendor_candidates(doc: Doc, ext: Extraction | None = None) -> list[tuple[_Party, float, str]]:
    out: list[tuple[_Party, float, str]] = []
    out.extend(_from_qr_payee(doc))
    out.extend(_from_seller_section(doc))
    out.extend(_from_id_block(doc, ext))
    out.extend(_from_id_line(doc, ext))
    out.extend(_from_signature(doc))
    out.extend(_from_sender_lines(doc))
    out.extend(_from_legal_notice(doc))
    out.extend(_from_letterhead(doc))
    out.extend(_from_footer(doc))
    out.extend(_from_footer_notice(doc))
    out.extend(_from_title(doc))
    out.extend(_from_account_holder(doc))
    out.extend(_from_domain_phrase(doc))
    return _kept_candidates(doc, out)


def _kept_candidates(
    doc: Doc, out: list[tuple[_Party, float, str]]
) -> list[tuple[_Party, float, str]]:
    """The candidates cleaned (:func:`.company_names.clean_company_name`) that can be a
    company's name and are not the customer's."""
    for party, _weight, _kind in out:
        name = clean_company_name(_strip_vendor_label(party.name or ""))
        party.name = name if plausible_company(name) else None
    return [
        c
        for c in out
        if c[0].name
        and norm_name(c[0].name) not in doc.hints
        and not _is_customer_name(doc, c[0].name)
        and not only_legal_form(c[0].name)
    ]


_TITLE_NAME = re.compile(
    r"^(?P<name>.{3,60}?)\s*[-\u2013:|]?\s+(?:tax\s+)?(?:invoice|rechnung|facture|fattura|factura"
    r"|factuur|fatura|credit\s*note|gutschrift|avoir)\s*$"
)
_NOT_TITLE_NAME = re.compile(
    r"^(?:tax|vat|gst|pro\s*-?\s*forma|commercial|final|interim|sales|credit|debit|original|copy"
    r"|duplicate|electronic|e|your|our|the|a|an|monthly|annual|summary|sammel|schluss|abschlags"
    r"|teil|storno|note\s*de|nota\s*di|proforma)\b"
)
_ACCOUNT_HOLDER = re.compile(
    r"^\W*(?:account\s*(?:name|holder)|kontoinhaber(?:in)?|titulaire(?:\s*du\s*compte)?"
    r"|intestatario(?:\s*del\s*conto)?|beneficiary(?:\s*name)?|begunstigde|rekeninghouder"
    r"|titular(?:\s*(?:da|de\s*la)\s*conta|\s*de\s*la\s*cuenta)?)\s*:\s*(?P<name>\S.*)$"
)


def _from_title(doc: Doc) -> list[tuple[_Party, float, str]]:
    """A title naming the vendor at the top of the first page ("Northwind Invoice")."""
    first_page = min((ln.page for ln in doc.lines), default=0)
    for i, folded in enumerate(doc.folded):
        if doc.lines[i].page != first_page or doc.rel_top(i) > 0.15:
            continue
        m = _TITLE_NAME.match(folded.strip())
        if m and not _NOT_TITLE_NAME.match(m.group("name")):
            start = len(doc.lines[i].text) - len(doc.lines[i].text.lstrip())
            name = doc.lines[i].text[start : start + m.end("name")]
            return [(_Party(name=name), 0.55, "title")]
    return []


_CONTACT_DOMAIN = re.compile(
    # a mailbox starts a word: tried once per word, not at every letter of a long one
    r"(?<![\w.+-])[\w.+-]{1,64}@(?P<mail>[a-z0-9.-]+\.[a-z]{2,})|(?:https?://|www\.)(?P<web>[a-z0-9.-]+\.[a-z]{2,})"
)
_MAILBOX_DOMAINS = {
    "gmail", "googlemail", "yahoo", "hotmail", "outlook", "live", "msn", "icloud", "gmx",
    "web", "orange", "wanadoo", "free", "laposte", "sfr", "bluewin", "tonline", "aol",
    "libero", "proton", "protonmail", "mail", "email",
}  # fmt: skip
_PHRASE_WORD = re.compile(r"[^\W_]+")


def _contact_domains(doc: Doc, min_len: int = 6) -> set[str]:
    """The names of the sender's web and mail domains ("lerelaislocal" of "Web :
    www.lerelaislocal.fr", "commande@lerelaislocal.fr"), read from short contact lines outside
    the customer's block: a domain inside a sentence ("more on www.label.org") is anyone's."""
    out = set()
    for i, folded in enumerate(doc.folded):
        if doc.in_customer_block(i) or len(folded.split()) > 6:
            continue
        for m in _CONTACT_DOMAIN.finditer(folded):
            host = (m.group("mail") or m.group("web")).split(".")
            labels = [h for h in host[:-1] if h not in ("www", "mail", "shop", "co", "com")]
            for raw in labels:
                label = raw.replace("-", "")
                if len(label) >= min_len and label.isalpha() and label not in _MAILBOX_DOMAINS:
                    out.add(label)
    return out


def _from_domain_phrase(doc: Doc) -> list[tuple[_Party, float, str]]:
    """A name of several words that spells the sender's domain ("LE RELAIS LOCAL" in the
    legal notice of a bill from www.lerelaislocal.fr, the logo being an image): the sender's."""
    domains = _contact_domains(doc)
    if not domains:
        return []
    out = []
    for i, folded in enumerate(doc.folded):
        if doc.in_customer_block(i) or _CONTACT_DOMAIN.search(folded):
            continue
        words = list(_PHRASE_WORD.finditer(folded))
        for a in range(len(words)):
            spelled = ""
            for b in range(a, min(a + 6, len(words))):
                spelled += words[b].group(0)
                if len(spelled) > 40:
                    break
                if b > a and spelled in domains:
                    name = _with_article(doc.lines[i].text, words, a, b)
                    if name_ok(name):
                        out.append((_Party(name=name), 0.62, "domain"))
    return out[:1]


# Words a brand is printed before in a till's loyalty and service lines ("REWE PAYBACK",
# "REWE Guthaben", "ACME Card", "ACME App"): a word in these is no brand itself.
_SERVICE_WORDS = frozenset(
    "payback guthaben gutschein markt card karte kundenkarte app club bonus punkte points"
    " service shop pay plus premium rewards coupon carte fidelite kaart bonuskaart".split()
)
_CAPS_WORD = re.compile(r"(?<![\w&])[A-ZÄÖÜÉÈ][A-ZÄÖÜÉÈ]{2,}(?![\w&])")


def _from_brand(doc: Doc) -> list[tuple[_Party, float, str]]:
    """A brand the page repeats where a sender's name goes, when no line names the vendor
    (the name is in the logo): a word in capitals printed at least twice that also forms the
    sender's web or mail domain ("REWE" and "www.rewe.de"), or that comes at least twice before
    a loyalty or service word ("REWE PAYBACK", "REWE Guthaben"). A line of that brand with a
    legal form ("REWE Markt GmbH") is the name; else the brand alone. A weak suggestion."""
    domains = _contact_domains(doc, min_len=3)
    seen: dict[str, list[int]] = defaultdict(list)
    before_service: dict[str, int] = defaultdict(int)
    printed: dict[str, str] = {}
    for i, line in enumerate(doc.lines):
        if doc.in_customer_block(i):
            continue
        for m in _CAPS_WORD.finditer(line.text):
            word = fold(m.group(0))
            if word in _SERVICE_WORDS:
                continue
            seen[word].append(i)
            printed.setdefault(word, m.group(0))
            after = re.match(r"[\s-]+([^\W\d_]+)", line.text[m.end() :])
            if after and fold(after.group(1)) in _SERVICE_WORDS:
                before_service[word] += 1
    brands = sorted(
        (
            (before_service[w] + (w in domains), w)
            for w, rows in seen.items()
            if (w in domains and len(rows) >= 2) or before_service[w] >= 2
        ),
        reverse=True,
    )
    if not brands or (len(brands) > 1 and brands[0][0] == brands[1][0]):
        return []  # none, or two brands as strong: no suggestion
    word = brands[0][1]
    for i, line in enumerate(doc.lines):
        text = line.text.strip()
        if (
            fold(text).startswith(word + " ")
            and len(text.split()) <= 5
            and has_legal_form(text)
            and not doc.in_customer_block(i)
        ):
            return [(_Party(name=text), 0.55, "brand")]
    return [(_Party(name=printed[word]), 0.5, "brand")]


def _from_logo(doc: Doc) -> list[tuple[_Party, float, str]]:
    """The sender's name drawn as a picture, read by OCR (:mod:`.logo`, tallest logo first):
    the page's own spelling when a line prints it (a legal line beginning with the logo's
    words, "REWE Markt GmbH" under a "REWE" logo; the same words with an OCR slip, "Le Relais
    Local" for a logo read "Le Relals Local"), else the logo's words. A weak suggestion."""
    for logo in doc.logo_texts:
        name = logo.text.title() if logo.text.islower() else logo.text
        if not name_ok(name) or not plausible_company(name):
            continue
        words = _plain_words(name)
        for i, line in enumerate(doc.lines):
            text = line.text.strip()
            if not doc.in_customer_block(i) and _legal_name_of(words, text):
                return [(_Party(name=text), 0.56, "logo")]
        return [(_Party(name=_page_spelling(doc, words) or name), 0.52, "logo")]
    return []


def _plain_words(text: str) -> list[str]:
    return re.sub(r"[^\w\s&]", " ", fold(text)).split()


def _legal_name_of(words: list[str], text: str) -> bool:
    """Whether ``text`` is a company name with a legal form that begins with the logo's
    ``words`` and adds at most four ("REWE" -> "REWE Markt GmbH")."""
    printed = _plain_words(text)
    return (
        len(words) < len(printed) <= len(words) + 4
        and printed[: len(words)] == words
        and has_legal_form(text)
    )


def _page_spelling(doc: Doc, words: list[str]) -> str | None:
    """Words of a page line that spell ``words`` but for an OCR slip (one letter in eight),
    outside the customer's block; None when no line does."""
    key = " ".join(words)
    if len(key) < 5:
        return None
    for i, line in enumerate(doc.lines):
        if doc.in_customer_block(i):
            continue
        printed = line.text.split()
        for a in range(len(printed) - len(words) + 1):
            phrase = " ".join(printed[a : a + len(words)]).strip(" ,.;:()")
            folded = " ".join(_plain_words(phrase))
            if abs(len(folded) - len(key)) > 1 or folded == key:
                continue
            if SequenceMatcher(None, folded, key).ratio() >= 1 - 1 / 8:
                return phrase
    return None


_ARTICLES = {"le", "la", "les", "the", "die", "der", "das", "il", "lo", "los", "las", "el", "het"}


def _with_article(text: str, words: list, a: int, b: int) -> str:
    """The words ``a`` to ``b`` of ``text``, with the article before them when it is printed
    in the same case ("LES FERMES DU VERCORS" of www.fermesduvercors.fr; not "de" in
    "siège de LE RELAIS LOCAL")."""
    start = words[a].start()
    if a > 0 and words[a - 1].group(0) in _ARTICLES:
        article = text[words[a - 1].start() : words[a - 1].end()]
        first = text[words[a].start() : words[a].end()]
        if article.isupper() == first.isupper() and text[words[a - 1].end() : start].strip() == "":
            start = words[a - 1].start()
    return text[start : words[b].end()]


def _from_account_holder(doc: Doc) -> list[tuple[_Party, float, str]]:
    """The holder of the account the bill is paid to ("Account Name : Acme Ltd")."""
    out = []
    for i, folded in enumerate(doc.folded):
        m = _ACCOUNT_HOLDER.match(folded)
        if not m:
            continue
        # "Kontoinhaber: Acme GmbH, IBAN DE89 ...": the account's details follow on the line
        end = _BANK_DETAIL.search(folded, m.start("name"))
        name = doc.lines[i].text[m.start("name") : end.start() if end else None].strip(" ,;|")
        if (
            has_legal_form(name)  # a company, not a person holding the account
            and not doc.in_customer_block(i)
            and not CUSTOMER_ID_CONTEXT.search(folded)
        ):
            out.append((_Party(name=name), 0.5, "account"))
    return out


_BANK_DETAIL = re.compile(
    r"\s*(?:[,;|\u00b7-]\s*)?\b(?:iban|bic|swift)\b"
    r"|\s*[,;|\u00b7-]\s*(?:bank|konto|compte|conto|cuenta|conta|rekening)\b"
)


# --- the seller's section: "Verkäufer" / "Seller" / "Fournisseur" and the lines under it -------


def _lines_under(doc: Doc, i: int, limit: int = 14) -> list[int]:
    """The lines under line ``i`` whose left edge is aligned with it (its column), top-down,
    until a wide vertical gap."""
    head = doc.lines[i]
    h = doc.height(head)
    below = sorted(
        (
            j
            for j, ln in enumerate(doc.lines)
            if ln.page == head.page and ln.top > head.top + 0.5 * h
        ),
        key=lambda j: doc.lines[j].top,
    )
    out: list[int] = []
    last_bottom = head.bottom
    for j in below:
        line = doc.lines[j]
        if abs(line.x0 - head.x0) > 1.5 * h:
            continue
        if line.top - last_bottom > 4 * h:
            break
        out.append(j)
        last_bottom = line.bottom
        if len(out) >= limit:
            break
    return out


def _right_on_row(doc: Doc, i: int) -> int | None:
    """The nearest line right of ``i`` on its row, however wide the gap (a field grid's value
    column)."""
    line = doc.lines[i]
    h = doc.height(line)
    middle = (line.top + line.bottom) / 2
    best = None
    for j in doc.on_page[line.page]:
        other = doc.lines[j]
        if j == i or other.x0 < line.x1 - 2:
            continue
        if abs((other.top + other.bottom) / 2 - middle) > 0.5 * h:
            continue
        if best is None or other.x0 < doc.lines[best].x0:
            best = j
    return best


def _row_label(doc: Doc, i: int) -> int | None:
    """The label printed left of value ``i`` on its row (a field grid), if any."""
    left = doc.left_of(i)
    if left is None:
        return None
    text = doc.folded[left].strip()
    if text.endswith(":") or is_field_label(text):
        return left
    return None


def _is_label_row(doc: Doc, j: int) -> bool:
    """ "Nummer : 549910", "Nummer" | ": 549910", "Globale Nummer:": a field of the section."""
    text = doc.folded[j].strip()
    if text.endswith(":") or is_field_label(text):
        return True
    if re.match(r"^[^:]{1,40}\s:\s|^[^:]{1,30}:\s*\S", text) and not NAME_LABEL.match(
        text.split(":")[0] + ":"
    ):
        return True
    right = doc.right_of(j)
    return right is not None and doc.lines[right].text.lstrip().startswith(":")


def _value_with_wraps(doc: Doc, v: int, label_x0: float) -> str:
    """The value on line ``v`` with the lines it wraps onto above and below (same left edge,
    no label of their own on their row)."""
    line = doc.lines[v]
    h = doc.height(line)

    def unlabelled(k: int) -> bool:
        left = doc.left_of(k)
        return left is None or abs(doc.lines[left].x0 - label_x0) > 1.5 * h

    def wrap(k: int | None) -> bool:
        return (
            k is not None
            and abs(doc.lines[k].x0 - line.x0) < 1.5 * h
            and unlabelled(k)
            and plausible_company(doc.lines[k].text)
        )

    parts = [v]
    up = doc.above(v, 0.9)
    if wrap(up):
        parts.insert(0, up)
    down = doc.below(v, 0.9)
    if wrap(down) and not has_legal_form(doc.lines[v].text):
        parts.append(down)
    return " ".join(doc.lines[k].text.strip().lstrip(": ") for k in parts)


def _name_with_next(doc: Doc, lines: list[int], k: int) -> tuple[str, int]:
    """The name on ``lines[k]``, joined with the next line when the name wraps onto it
    ("MVM Musterhafter" over "Versicherungsverein Musterstadt a.G.")."""
    name = clean_company_name(doc.lines[lines[k]].text)
    if k + 1 < len(lines) and not has_legal_form(name):
        nxt = clean_company_name(doc.lines[lines[k + 1]].text)
        gap = doc.lines[lines[k + 1]].top - doc.lines[lines[k]].bottom
        if (
            plausible_company(nxt)
            and has_legal_form(nxt)
            and gap < 0.9 * doc.height(doc.lines[lines[k]])
        ):
            return f"{name} {nxt}", k + 1
    return name, k


def _address_party(doc: Doc, name: str, lines: list[int]) -> _Party:
    party = _Party(name=name)
    texts = [doc.lines[j].text.strip().lstrip(": ") for j in lines]
    _parse_address_parts([t for t in texts if looks_like_address(t)], party)
    return party


def _from_seller_section(doc: Doc) -> list[tuple[_Party, float, str]]:
    """The name under a seller label: "Verkäufer:" over "Acme GmbH", "Seller" over a grid of
    "Name: | Acme Ltd", "Fournisseur : Acme SARL" on one line, "Vendor | Acme Inc" on a row."""
    out = []
    for i, folded in enumerate(doc.folded):
        m = SELLER_LABEL.match(folded)
        if not m or doc.in_customer_block(i):
            continue
        rest = doc.lines[i].text[m.end() :].strip()
        if rest:
            if m.group("colon"):
                out.append(((_Party(name=rest), 0.88, "seller_label"), i))
            continue
        if _in_table_row(doc, i, headed=bool(m.group("colon"))):
            continue  # a column header of the line items ("Art-Nr | Lieferant | Menge")
        right = doc.right_of(i)
        if right is not None and name_line(doc.lines[right].text.lstrip(" :")):
            out.append(((_Party(name=doc.lines[right].text.strip(" :")), 0.85, "seller_label"), i))
            continue
        found = _seller_section_name(doc, i)
        if found:
            if folded.lstrip().startswith("remit"):
                # "Remit to: Contoso Billing": where the payment goes, often the seller's
                # billing office or lockbox; its letterhead names it better
                found = (found[0], found[1] - 0.2, found[2])
            out.append((found, i))
    first_page = min((ln.page for ln in doc.lines), default=0)
    return [  # a seller's section heads the first page; later ones are weaker
        (party, weight if doc.lines[i].page == first_page else weight - 0.15, kind)
        for (party, weight, kind), i in out
    ]


def _row_items(doc: Doc, i: int) -> int:
    """How many other lines are printed on the row of line ``i``."""
    line = doc.lines[i]
    h = doc.height(line)
    middle = (line.top + line.bottom) / 2
    return sum(
        1
        for j in doc.on_page[line.page]
        if j != i and abs(((other := doc.lines[j]).top + other.bottom) / 2 - middle) <= 0.5 * h
    )


def _in_table_row(doc: Doc, i: int, headed: bool = False) -> bool:
    """A seller label that is no section heading: a column header among others on its row
    ("Art-Nr | Lieferant | Menge | Preis"), or the end of a label wrapped over two lines
    ("Art-Nr" over "Lieferant") right under another line of its column. A label ending with
    a colon (``headed``) heads a section even beside a field grid ("From: | Invoice Number")."""
    line = doc.lines[i]
    h = doc.height(line)
    up = doc.above(i, 0.8)
    if up is not None and abs(doc.lines[up].x0 - line.x0) < h:
        return True
    if headed:
        return False
    others = 0
    for j, other in enumerate(doc.lines):
        if j == i or other.page != line.page:
            continue
        if abs((other.top + other.bottom) / 2 - (line.top + line.bottom) / 2) > 0.5 * h:
            continue
        folded = doc.folded[j].strip()
        if (
            BUYER_LABEL.match(folded)
            or SELLER_LABEL.match(folded)
            or not re.search("[a-z]", folded)
        ):
            continue
        others += 1
    return others >= 2


def _seller_section_name(doc: Doc, i: int) -> tuple[_Party, float, str] | None:
    head = doc.lines[i]
    column = _lines_under(doc, i)
    for k, j in enumerate(column):
        folded = doc.folded[j].strip()
        if BUYER_LABEL.match(folded) or SELLER_LABEL.fullmatch(folded):
            return None
        if NAME_LABEL.match(folded):  # "Name: | Acme GmbH"
            right = _right_on_row(doc, j)
            if right is None:
                continue
            name = _value_with_wraps(doc, right, head.x0)
            values = [_right_on_row(doc, r) for r in column[k + 1 : k + 5]]
            return _address_party(doc, name, [v for v in values if v is not None]), 0.9, "seller"
        m = re.match(r"^\s*(?:name|nom|nome|naam|nombre|nazwa|nazev|naziv)\s*:\s*(\S.*)$", folded)
        if m:
            return _Party(name=doc.lines[j].text[m.start(1) :]), 0.9, "seller"
        if _is_label_row(doc, j):
            continue
        if looks_like_address(doc.lines[j].text):
            return None  # the address came first: no name line in this section
        if name_line(doc.lines[j].text):
            name, last = _name_with_next(doc, column, k)
            return _address_party(doc, name, column[last + 1 : last + 5]), 0.88, "seller"
    return None


# --- the block around the vendor's VAT id, registry number or IBAN ------------------------------

_ID_LABEL = re.compile(
    r"\b(?:ust|mwst|tva|vat|uid|iva|btw|nif|cif|nipc|p\.?\s?iva|partita\s*iva|steuer\w*|tax\s*id"
    r"|siret|siren|rcs|hrb|hra|kvk|handelsregister\w*|registernummer|company\s*(?:no|number)"
    r"|gst|abn|acn|ein|uen|ico|dic)\b"
)


def _id_anchors(doc: Doc, ext: Extraction | None) -> list[int]:
    """Lines holding the vendor's VAT id, registry number or IBAN (outside the customer's)."""
    vat = (ext.value("vendor_vat") if ext else None) or ""
    iban = (ext.value("vendor_iban") if ext else None) or ""
    out = []
    for i, line in enumerate(doc.lines):
        compact = re.sub(r"[\s.\-/]", "", line.text).upper()
        if not re.search(r"\d{5}", compact) or doc.in_customer_block(i):
            continue
        if (vat and vat in compact) or (iban and iban in compact):
            found = True
        elif _ID_LABEL.search(doc.folded[i]):
            found = True
        else:
            label = _row_label(doc, i)  # "USt-IdNr.: | DE123456789"
            found = label is not None and bool(_ID_LABEL.search(doc.folded[label]))
        if found and not CUSTOMER_ID_CONTEXT.search(doc.context(i)):
            out.append(i)
    return out


def _from_id_block(doc: Doc, ext: Extraction | None) -> list[tuple[_Party, float, str]]:
    """The company named over the address of the block that holds the vendor's identifiers:
    walking up the column from the VAT id (or registry number, IBAN), past the ZIP and city and
    the street, the name line (one with a legal form first, else the nearest)."""
    out = []
    seen: set[str] = set()
    for a in _id_anchors(doc, ext):
        walked = _walk_up_block(doc, a)
        if walked is None or not walked[1]:
            continue
        address, names = walked
        party = _address_party(doc, _block_name(doc, names), address)
        if norm_name(party.name) not in seen:
            seen.add(norm_name(party.name))
            out.append((party, 0.8, "id_block"))
    return out


def _from_id_line(doc: Doc, ext: Extraction | None) -> list[tuple[_Party, float, str]]:
    """The company printed on the line of the vendor's identifiers ("Acme B.V. | KvK 1234 |
    BTW NL..."), or, with a legal form, right over a column of them ("Acme B.V." over
    "KvK 1234" over "BTW NL..."): the footer of a page whose letterhead is a logo."""
    out = []
    anchors = _id_anchors(doc, ext)
    for a in anchors:
        text = doc.lines[a].text.strip()
        if _TAIL_NOTICE.search(doc.folded[a]):
            continue  # a legal notice ("Acme SARL au capital de ..."): read as such
        name = clean_company_name(text)
        at = text.find(name) + len(name) if name else -1
        if (
            name
            and len(name) < len(text) - 4
            and _ID_AFTER_NAME.match(fold(text[at:]))  # a tax or registry id, not a bank's
            and not re.search(r"[\d%]", name)
            and plausible_company(name)
        ):
            weight = 0.8 if has_legal_form(name) else 0.7
            out.append((_Party(name=name), weight, "id_line"))
            continue
        if name and plausible_company(name):
            continue  # the line holds more than an identifier
        if not _ID_AFTER_NAME.match(doc.folded[a]):
            continue  # an IBAN or account line: the name over it may be the bank's
        k = a
        for _step in range(3):
            k = _above_aligned(doc, k, 1.5)
            if k is None or doc.in_customer_block(k):
                break
            if k in anchors or _NOT_NAME_LINE.search(doc.folded[k]):
                continue  # another identifier or contact line of the column
            above = name_line(doc.lines[k].text)
            if above and has_legal_form(above) and not only_legal_form(above):
                out.append((_Party(name=above), 0.78, "id_line"))
            break
    return out


_ID_AFTER_NAME = re.compile(
    r"\W*(?:kvk|btw|vat|tva|mwst|ust|uid|iva|nif|cif|nipc|siret|siren|hrb|hra|handelsregister"
    r"|registered|company\s*(?:no|number|reg)|abn|gst|steuer|p\.?\s?iva|partita)"
)
_NOT_NAME_LINE = re.compile(r"@|www\.|\b(?:tel|fax|phone|telefon|iban|bic|swift)\b|\d{5}")
# A closing salutation: the company signing the letter is printed under it.
_CLOSING = re.compile(
    r"^\s*(?:mit\s*freundlichen\s*gru(?:ss|ß)en|freundliche\s*gru(?:ss|ß)e|beste\s*gru(?:ss|ß)e"
    r"|(?:kind|best|warm)\s*regards|regards|yours\s*(?:sincerely|faithfully|truly)|sincerely"
    r"|cordialement|(?:bien\s*)?(?:sinceres\s*)?salutations(?:\s*distinguees)?|meilleures\s*salutations"
    r"|(?:distinti|cordiali)\s*saluti|met\s*vriendelijke\s*groet(?:en)?|vriendelijke\s*groet(?:en)?"
    r"|atentamente|(?:un\s*)?(?:cordial\s*)?saludo|saludos|com\s*os\s*melhores\s*cumprimentos"
    r"|(?:melhores\s*)?cumprimentos|atenciosamente)\W*$"
)
# "Make all checks payable to Acme LLC", "chèques à l'ordre de Acme SARL"
_PAYEE = re.compile(
    r"(?:(?:checks?|cheques?)\s*(?:are\s*)?(?:made\s*)?payable\s*to|make\s*(?:all\s*)?(?:checks?|cheques?|payments?)"
    r"\s*payable\s*to|a\s*l\s*'?\s*ordre\s*de|(?:schecks?|zahlungen)\s*an)\s*:?\s*(?P<name>\S.{2,60})$"
)


def _from_signature(doc: Doc) -> list[tuple[_Party, float, str]]:
    """The company signing under a closing salutation ("Kind regards," over "Acme Ltd"), and
    the payee of cheques ("Make all checks payable to Acme LLC")."""
    out = []
    for i, folded in enumerate(doc.folded):
        if doc.in_customer_block(i):
            continue
        m = _PAYEE.search(folded)
        if m:
            name = clean_company_name(doc.lines[i].text[m.start("name") :])
            if plausible_company(name):
                out.append((_Party(name=name), 0.72, "payee"))
            continue
        if not _CLOSING.match(folded):
            continue
        k = i
        for _step in range(2):
            k = doc.below(k, 2.5)
            if k is None:
                break
            name = name_line(doc.lines[k].text)
            if name and has_legal_form(name):
                out.append((_Party(name=name), 0.72, "signature"))
                break
    return out


def _walk_up_block(doc: Doc, a: int) -> tuple[list[int], list[int]] | None:
    """Walk up the column from line ``a``: the address lines (a ZIP and city among them), then
    the name lines over them, nearest first; None when the walk meets the buyer's label."""
    h = doc.height(doc.lines[a])
    address: list[int] = []
    names: list[int] = []
    j = a
    for _step in range(14):
        k = _above_aligned(doc, j, 3.0)
        if k is None or doc.in_customer_block(k):
            break
        folded = doc.folded[k].strip()
        if BUYER_LABEL.match(folded):
            return None  # the buyer's block
        seller = SELLER_LABEL.match(folded)
        if (seller and (seller.end() == len(folded) or seller.group("colon"))) or len(folded) > 70:
            break  # the seller's label heads the block; a sentence is no part of it
        if names and doc.lines[names[-1]].top - doc.lines[k].bottom > 1.5 * h:
            break
        if _row_items(doc, k) >= 3:
            break  # a table row (line items), no address block
        text = doc.lines[k].text
        if looks_like_address(text) and not any(
            has_legal_form(name_line(doc.lines[n].text) or "") for n in names
        ):
            address[:0] = [k, *reversed(names)]  # a district line between street and city
            names = []
        elif any(is_city_line(doc.lines[i].text) for i in address):
            label = _row_label(doc, k)
            if label is not None and not NAME_LABEL.match(doc.folded[label].strip()):
                if names:
                    break  # another field's value in a grid ("Ansprechpartner: | Max Muster")
            elif name_line(text):
                names.append(k)
            elif names:
                break
        j = k
    return address, names


def _above_aligned(doc: Doc, i: int, max_gap: float) -> int | None:
    """The nearest line above ``i`` aligned with it on the left or on the right (a letterhead
    set flush right) or centred over it."""
    line = doc.lines[i]
    h = doc.height(line)
    best = None
    for j in doc.on_page[line.page]:
        other = doc.lines[j]
        if j == i or other.top >= line.top - 0.5 * h:
            continue
        if line.top - other.bottom > max_gap * h:
            continue
        left = abs(other.x0 - line.x0) <= 2 * h
        right = abs(other.x1 - line.x1) <= 2 * h
        centre = abs((other.x0 + other.x1) / 2 - (line.x0 + line.x1) / 2) <= 2 * h
        if (left or right or centre) and (best is None or other.bottom > doc.lines[best].bottom):
            best = j
    return best


def _block_name(doc: Doc, names: list[int]) -> str:
    """The name among the lines over the address: one with a legal form first (joined with the
    line above when the name wraps), else the nearest to the address."""
    cleaned = [name_line(doc.lines[k].text) or "" for k in names]
    pick = next((n for n, name in enumerate(cleaned) if has_legal_form(name)), 0)
    name = cleaned[pick]
    if pick + 1 < len(names) and has_legal_form(name) and not has_legal_form(cleaned[pick + 1]):
        upper = doc.lines[names[pick + 1]]
        if doc.lines[names[pick]].top - upper.bottom < 0.9 * doc.height(upper):
            name = f"{cleaned[pick + 1]} {name}"  # a name wrapped over two lines
    return name


def _slogan_over(doc: Doc, upper: int, i: int) -> bool:
    """Whether line ``upper`` is set apart above line ``i`` of a letterhead: their gap is well
    over the block's own leading (the gap under ``i``), as a slogan over the company's name
    ("Ihr Partner in der Region" over "Girard Imprimerie SARL"), where a name wrapped over two
    lines keeps the leading."""
    under = doc.below(i, 1.5)
    if under is None:
        return False
    gap = doc.lines[i].top - doc.lines[upper].bottom
    leading = doc.lines[under].top - doc.lines[i].bottom
    return gap > 2 * max(leading, 0.0) + 0.2 * doc.height(doc.lines[i])


def _is_customer_name(doc: Doc, name: str) -> bool:
    if doc.customer_block is None:
        return False
    key = norm_name(name)
    return any(
        norm_name(_customer_line_name(doc.lines[i].text)) == key
        for i in doc.blocks[doc.customer_block].indexes
    )


def _from_qr_payee(doc: Doc) -> list[tuple[_Party, float, str]]:
    out = []
    for i, _m in label_hits(doc, QR_PAYEE):
        party = _Party()
        j = i
        rest: list[str] = []
        for _step in range(5):
            j = doc.below(j, 1.6)
            if j is None:
                break
            text = doc.lines[j].text.strip()
            if identifiers.find_ibans(text.replace(" ", "")) or re.search(r"\d{4}\s\d{4}", text):
                continue
            if REF_LABEL.match(doc.folded[j]) or re.match(
                r"^\s*(?:referenz|reference|zus|info)", doc.folded[j]
            ):
                break
            if party.name is None:
                if not name_ok(text):
                    break
                party.name = text
            else:
                rest.append(text)
        if party.name:
            _parse_address_parts(rest, party)
            out.append((party, 0.9, "qr"))
    return out


def _from_sender_lines(doc: Doc) -> list[tuple[_Party, float, str]]:
    out = []
    for i, parts in _sender_rows(doc).items():
        if doc.in_customer_block(i):
            continue
        rel = doc.rel_top(i)
        below = doc.below(i, 3.0)
        above_customer = below is not None and doc.block_of.get(below) == doc.customer_block
        if not (rel > 0.8 or above_customer or rel < 0.2):
            continue
        name, address = parts[0], parts[1:]
        if is_street(name) and rel < 0.2:
            # "Street 1 · ZIP City" under the letterhead name
            up = line_above(doc, i, 2.5)
            name, address = (doc.lines[up].text.strip() if up is not None else ""), parts
            if up is not None and not has_legal_form(name):
                name = _company_over(doc, up) or name
        if not name_ok(name) or is_zip_city(name):
            continue
        party = _Party(name=name)
        _parse_address_parts(address, party)
        weight = 0.85 if (rel > 0.8 or above_customer) else 0.78 if rel < 0.12 else 0.6
        out.append((party, weight, "sender"))
    return out


def _company_over(doc: Doc, k: int) -> str | None:
    """A company name with a legal form printed a few lines over line ``k`` in its column,
    past contact and identifier lines ("Lieferant GmbH & Co. KG" over "VAT ID: ..." over
    "Tim Fuchs Test", the contact person, over the street): the sender, not its contact."""
    for _step in range(4):
        k = _above_aligned(doc, k, 1.5)
        if k is None or doc.in_customer_block(k):
            return None
        name = name_line(doc.lines[k].text)
        if name and has_legal_form(name) and not only_legal_form(name):
            return name
    return None


def _from_legal_notice(doc: Doc) -> list[tuple[_Party, float, str]]:
    out = []
    for i, text in enumerate(doc.folded):
        m = LEGAL_NOTICE.match(text)
        if not m or doc.in_customer_block(i):
            continue
        name = doc.lines[i].text[: m.end(1)].strip()
        if name_ok(name):
            out.append((_Party(name=name), 0.7, "legal"))
    return out


def _field_cell(doc: Doc, block: Block) -> bool:
    """A label over its date ("Dated" / "2-Aug-23" of a field grid): no one's name."""
    if len(block.indexes) < 2:
        return False
    value = doc.lines[block.indexes[1]].text.strip()
    found = find_dates(value)
    return bool(found) and len(value) <= len(found[0].text) + 3


def _letterhead_block(doc: Doc) -> int | None:
    if doc.vendor_block is not None:
        return doc.vendor_block
    first_page = min((ln.page for ln in doc.lines), default=0)
    for b, block in enumerate(doc.blocks):
        i = block.indexes[0]
        if doc.lines[i].page != first_page or b == doc.customer_block:
            continue
        if doc.rel_top(i) > 0.2:
            break
        if CUSTOMER_LABEL.match(doc.folded[i]) or BUYER_LABEL.match(doc.folded[i]):
            continue  # the addressee's block under its label ("Factuuradres", "Bill to")
        up = doc.above(i, 3.0)
        if up is not None and doc.block_of.get(up) != b and CUSTOMER_LABEL.match(doc.folded[up]):
            continue  # ... or with its label in a block of its own ("BILLED TO:" over "Name")
        if _field_cell(doc, block):
            continue
        if any(
            not looks_like_address(doc.lines[k].text)
            and not _awaits_value(doc.lines[k].text)
            and not _is_label_row(doc, k)  # a field grid's labels ("IRN | : b00e98...")
            and _row_label(doc, k) is None  # and its values ("Metoda płatności: | przelew")
            and plausible_company(clean_company_name(_strip_vendor_label(doc.lines[k].text)))
            for k in block.indexes[:2]
        ):
            return b  # the first block naming someone: not a title ("Sales Receipt")
    return None


def _awaits_value(text: str) -> bool:
    """A short label waiting for its value on the next line ("Paid At:", "Remit to:")."""
    text = text.strip()
    return text.endswith(":") and len(text.split()) <= 4


def _from_letterhead(doc: Doc) -> list[tuple[_Party, float, str]]:
    b = _letterhead_block(doc)
    if b is None:
        return []
    block = doc.blocks[b]
    indexes = [i for i in block.indexes if _strip_vendor_label(doc.lines[i].text)]
    texts = [_strip_vendor_label(doc.lines[i].text) for i in indexes]
    if (
        len(indexes) > 2
        and LEGAL_FORM.search(fold(texts[1]))
        and not LEGAL_FORM.search(fold(texts[0]))
        and _slogan_over(doc, indexes[0], indexes[1])
    ):
        indexes, texts = indexes[1:], texts[1:]  # "Qualité et précision depuis 1987" over the name
    # an address line is no name, even once its postcode is cut as an identifier ("13120 TOWN")
    names = [
        k
        for k, t in enumerate(texts[:3])
        if not looks_like_address(t)
        and not _awaits_value(t)
        and plausible_company(clean_company_name(t))
    ]
    if not names or looks_like_address(texts[0]):
        # the name printed apart (larger, higher) above its address block
        above = _name_block_above(doc, block.indexes[0])
        if above is None:
            return []
        head = [doc.lines[i].text.strip() for i in doc.blocks[above].indexes]
        if head and len(head) <= 2 and all(looks_like_address(t) for t in head):
            # a receipt's street set apart from its ZIP and city: the name stands over it
            # ("LIDL" over "Warburger Straße 130" over "33100 Paderborn")
            upper = block_above(doc, doc.blocks[above].indexes[0])
            name_lines = (
                [doc.lines[i].text.strip() for i in doc.blocks[upper].indexes]
                if upper is not None
                else []
            )
            if not name_lines or any(looks_like_address(t) for t in name_lines):
                return []
            texts = head + texts
            head = name_lines
        if not head or not all(name_ok(t) for t in head[:2]) or len(head) > 2:
            return []
        texts = head + texts
        names = [0]
    k = names[0]
    if k + 1 < len(texts) and norm_name(texts[k + 1]).startswith(norm_name(texts[k])):
        k += 1  # a logo word above the full name ("Acme" over "Acme Trading SA")
    name = clean_company_name(texts[k])
    folded_name = fold(name)
    if (
        not LEGAL_FORM.search(folded_name)
        and k + 1 < len(texts)
        and name_ok(texts[k + 1])
        and LEGAL_FORM.search(fold(texts[k + 1]))
    ):
        name = f"{name} {texts[k + 1]}"
        k += 1
    elif not LEGAL_FORM.search(folded_name):
        name = _with_legal_line_under(doc, block, texts[k], name)
        name = _legal_name_below(doc, texts[k], name)
    name = _with_spaced_word_left(doc, block, texts[k], name)
    party = _Party(name=name)
    rest = []
    for t in texts[k + 1 :]:
        parts = sender_line_parts(t)
        rest.extend(parts if parts else [t])
    _parse_address_parts(rest, party)
    weight = 0.75 if LEGAL_FORM.search(fold(name)) or party.zip else 0.6
    if weight > 0.6 and not LEGAL_FORM.search(fold(name)) and _window_address(doc, block):
        weight = 0.65  # a name and address alone where the addressee's window is: weak evidence
    return [(party, weight, "letterhead")]


def _name_block_above(doc: Doc, i: int) -> int | None:
    above = block_above(doc, i)
    return above if above is not None else _large_line_above(doc, i)


def _large_line_above(doc: Doc, i: int) -> int | None:
    """The block of a line set much larger just above line ``i`` but not over it: a name
    centred over an address on the left and contacts on the right."""
    line = doc.lines[i]
    h = doc.height(line)
    best = None
    for b, block in enumerate(doc.blocks):
        top = doc.lines[block.indexes[0]]
        if b == doc.customer_block or top.page != line.page or top.bottom > line.top:
            continue
        if doc.height(top) < 1.4 * h or line.top - top.bottom > 4 * h:
            continue
        if best is None or top.bottom > doc.lines[doc.blocks[best].indexes[0]].bottom:
            best = b
    return best


def _legal_name_below(doc: Doc, text: str, name: str) -> str:
    """A logo word over a slogan, then the company's full name with its legal form, set apart
    from both ("toom" / "Respekt, wer's selber macht." / "t o o m  B a u m a r k t  GmbH"): the
    full name, when it begins with the logo's word (one of the next three lines)."""
    at = next((i for i, ln in enumerate(doc.lines) if ln.text.strip() == text.strip()), None)
    words = _plain_words(name)
    if at is None or not words or LEGAL_FORM.search(fold(name)):
        return name
    for j in range(at + 1, min(at + 4, len(doc.lines))):
        if doc.in_customer_block(j) or doc.lines[j].page != doc.lines[at].page:
            continue
        full = clean_company_name(doc.lines[j].text)
        if _legal_name_of(words, full):
            return full
    return name


def _with_spaced_word_left(doc: Doc, block: Block, text: str, name: str) -> str:
    """A letter-spaced name that OCR cut at a wide gap ("t o o m" | "B a u m a r k t GmbH"):
    the letter-spaced word just left of the name on its row is its first word."""
    at = next((i for i in block.indexes if doc.lines[i].text.strip() == text.strip()), None)
    if at is None:
        return name
    line = doc.lines[at]
    h = doc.height(line)
    middle = (line.top + line.bottom) / 2
    for j, other in enumerate(doc.lines):
        if j == at or other.page != line.page or doc.in_customer_block(j):
            continue
        if abs((other.top + other.bottom) / 2 - middle) > 0.6 * h:
            continue
        # boxes of one line of OCR may overlap a little
        if not (other.x0 < line.x0 and line.x0 - 2 * h < other.x1 < line.x0 + h):
            continue
        raw = other.text.strip()
        word = unspace_letters(raw)
        if word != raw and " " not in word and word.isalpha():
            return f"{word} {name}"
    return name


# a legal form anywhere in a line ("TV-Hifi-Elektro GmbH Paderborn": a branch's town after it)
_LEGAL_WORD = re.compile(
    r"\b(?:gmbh|mbh|ag|kg|ohg|ug|e\.\s?k|ltd|limited|llc|inc|plc|sarl|sas|srl|s\.r\.l|spa|s\.p\.a"
    r"|bv|b\.v|nv|n\.v|oy|aps|kft|sagl)\b"
)


def _with_legal_line_under(doc: Doc, block: Block, text: str, name: str) -> str:
    """A brand over the rest of the company's name with its legal form, printed apart from the
    address under it ("MEDIA MARKT" over "TV-Hifi-Elektro GmbH Paderborn", then the street):
    the whole name."""
    at = next((i for i in block.indexes if doc.lines[i].text.strip() == text.strip()), None)
    if at is None:
        return name
    under = doc.below(at, 1.0)
    if under is None or under in block.indexes:
        return name
    rest = doc.lines[under].text.strip()
    if (
        name_ok(rest)
        and _LEGAL_WORD.search(fold(rest))
        and not is_street(rest)
        and not doc.in_customer_block(under)
    ):
        # the legal line may spell the brand again ("GEMINI FURNITURE" over "Gemini
        # Furniture Limited"): then it is the whole name
        return rest if _legal_name_of(_plain_words(name), rest) else f"{name} {rest}"
    return name


_CONTACT = re.compile(r"@|www\.|https?:|\b(?:tel|fax|phone|telefon|mobile|mob|ph)\b|\d{6,}")


def _window_address(doc: Doc, block: Block) -> bool:
    """A block below the top strip of the page with a name and an address but no contact line
    or identifier: how an addressee is printed, not a letterhead."""
    first = block.indexes[0]
    if doc.rel_top(first) < 0.1:
        return False
    return not any(_CONTACT.search(doc.folded[i]) for i in block.indexes)


_PO_BOX = re.compile(
    r"\bp\.?\s?o\.?\s*box\b|\bpostfach\b|\bcase\s*postale\b|\bapartado\b|\bpostbus\b|\bb\.?p\.?\s*\d"
)


def _from_footer(doc: Doc) -> list[tuple[_Party, float, str]]:
    """The sender's name and address printed as a block in the page footer."""
    out = []
    for b, block in enumerate(doc.blocks):
        i = block.indexes[0]
        if b == doc.customer_block or doc.rel_top(i) < 0.8 or len(block.indexes) > 5:
            continue
        texts = [doc.lines[k].text.strip() for k in block.indexes]
        name = _strip_vendor_label(texts[0])
        if not name_ok(name):
            continue
        weight = 0.72
        if not any(is_zip_city(t) for t in texts[1:4]):
            # a company (legal form) over a street or post box, the town on its own line
            # ("Harbour Glass Limited / P.O. Box 33-127 / Takapuna"): the sender all the same
            if not has_legal_form(name) or not any(
                is_street(t) or _PO_BOX.search(fold(t)) for t in texts[1:3]
            ):
                continue
            weight = 0.66
        party = _Party(name=name)
        _parse_address_parts(texts[1:], party)
        out.append((party, weight, "footer"))
        break
    return out


_NOTICE_WORD = re.compile(
    r"gesch(?:a|ae)ftsf(?:u|ue)hr|\bsitz\b|amtsgericht|registergericht|handelsregister|\bhr[ab]\b"
    r"|firmenbuch|registered\s*(?:in|office|no|number)|company\s*(?:no|number|reg)|directors?\b"
    r"|\brcs\b|\bsiret\b|\bsiren\b|capital|\bkvk\b|\brea\b|\bcif\b|\bnif\b|\buid\b|ust\s*-?\s*id"
    r"|\bvat\b|\btva\b|\bbtw\b|p\.?\s*iva|steuer\s*-?\s*(?:nr|nummer)|vorstand|inhaber"
)


_COMPANY_STATEMENT = re.compile(
    r"^\W*(?:(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d{2}\s*(?:[-\u2013]\s*(?:19|20)\d{2}\s*)?)?"
    r"(?P<name>.{3,60}?)[\s.,]*(?:all\s+rights\s+reserved|tous\s+droits|alle\s+rechte|$)"
    r"|(?P<name2>.{3,60}?)\s+(?:is\s+(?:a\s+(?:company|private\s+limited\s+company)\s+)?registered\s+in"
    r"|est\s+(?:une\s+societe\s+)?immatricul|ist\s+(?:im\s+handelsregister\s+)?eingetragen))"
)


# A company and its seat alone on a footer line: "Dirk Rossmann GmbH, Burgwedel".
_COMPANY_SEAT = re.compile(
    r"^\s*(?P<name>[^,]{3,60}?)\s*,\s*(?:sitz\s*:?\s*)?[A-ZÄÖÜ][^\W\d_]+(?:[ -][A-Za-zÄÖÜäöüß.]+){0,3}\s*$"
)


def _ocr_letters(text: str) -> str:
    """OCR's digits for letters inside a word set right ("Schloß Ho1te" -> "Holte",
    "B0nn" -> "Bonn"): a 1 or 0 between or after letters."""
    text = re.sub(r"(?<=[^\W\d_])1|1(?=[a-zäöüß]{2})", "l", text)
    return re.sub(r"(?<=[^\W\d_])0(?=[^\W\d_])", "o", text)


def _from_footer_notice(doc: Doc) -> list[tuple[_Party, float, str]]:
    """A company (legal form) opening a legal line in the page footer ("Nordwind Handel GmbH |
    Geschäftsführer: Jan Hansen | Amtsgericht Hamburg HRB 12345", "Kestrel Audio Ltd, Registered
    in England No. 01234567"): the sender, whose letterhead may be an image."""
    for i, line in enumerate(doc.lines):
        if doc.rel_top(i) < 0.8 or doc.in_customer_block(i):
            continue
        text = _strip_vendor_label(line.text.strip())
        statement = _COMPANY_STATEMENT.match(fold(text))
        if statement:
            # "© 2024 Acme Ltd. All rights reserved.", "Acme Ltd is registered in England ..."
            group = "name" if statement.group("name") else "name2"
            name = clean_company_name(text[statement.start(group) : statement.end(group)])
            if name and has_legal_form(name) and plausible_company(name):
                return [(_Party(name=name), 0.66, "footer_notice")]
            continue
        seat = _COMPANY_SEAT.match(_ocr_letters(text) if line.confidence < 1.0 else text)
        if seat and has_legal_form(seat.group("name")) and plausible_company(seat.group("name")):
            # "Aldi GmbH & Co. KG, Schloß Holte": a company and its registered seat
            name = seat.group("name")
            if line.confidence < 1.0:  # OCR cut the first letter off its word ("A ldi GmbH")
                name = re.sub(r"^([A-Z]) (?=[a-z]{2,}\b)", r"\1", name)
            return [(_Party(name=name), 0.64, "footer_notice")]
        store = _STORE_PREFIX.match(fold(text))
        if store:
            # "VKST: 2717 Dirk Rossmann GmbH", "Filialbetreiber: Max Muster e.K.": the company
            # that runs the shop, after its store number or role
            rest = text[store.end() :].strip()
            name = clean_company_name(rest)
            if name and has_legal_form(name) and plausible_company(name) and rest.startswith(name):
                return [(_Party(name=name), 0.64, "footer_notice")]
            continue
        name = clean_company_name(text)
        if not name or not has_legal_form(name) or not text.startswith(name):
            continue
        if _NOTICE_WORD.search(fold(text[len(name) :])):
            return [(_Party(name=name), 0.68, "footer_notice")]
    return []


# A shop's number or its operator's role before the company on a receipt's footer line
_STORE_PREFIX = re.compile(
    r"^\W*(?:[vu]kst|verkaufsstelle|filiale|fil|markt|store|magasin|negozio|punto\s?vendita|filiaal"
    r"|filialbetreiber|betreiber|inhaber|exploitant|gestore)\b\.?\s*(?:nr\.?|n[°o.])?\s*:?"
    r"\s*(?:\d[\d' ]{0,6}(?!\d)\s*:?)?\s*(?=[^\W\d_])"
)


def _pretty(name: str, alternatives: list[str]) -> str:
    """Prefer a mixed-case spelling over an all-caps logo line."""
    for alt in [name, *alternatives]:
        if not alt.isupper():
            return alt
    return name


def read_vendor(doc: Doc, ext: Extraction, source: str) -> None:
    # a legal form alone names no one ("SARL" of "SARL au capital de 50 000 Euros")
    candidates = _vendor_candidates(doc, ext)
    if not candidates:
        # no line names the vendor (its name is in the logo): the logo read by OCR, else the
        # brand the page repeats; suggestions below any bar that posts
        candidates = _kept_candidates(doc, _from_logo(doc)) or _kept_candidates(
            doc, _from_brand(doc)
        )
    if not candidates:
        return
    groups: dict[str, list[tuple[_Party, float, str]]] = defaultdict(list)
    for cand in candidates:
        groups[norm_name(cand[0].name)].append(cand)
    for key in sorted(groups, key=len):
        # a name cut by a line wrap joins the full spelling found elsewhere (footer, notice)
        longer = [k for k in groups if k != key and len(key) >= 4 and k.startswith(key)]
        if longer:
            groups[max(longer, key=len)].extend(groups.pop(key))

    def score(items):
        kinds = {c[2] for c in items}
        return max(c[1] for c in items) + 0.05 * (len(kinds) - 1)

    key = max(groups, key=lambda k: score(groups[k]))
    items = sorted(groups[key], key=lambda c: -c[1])
    conf = min(0.97, score(items))
    full = [c[0].name for c in items if norm_name(c[0].name) == key]
    name = _legal_name_of_brand(doc, _pretty(full[0], full[1:]))
    ext.set("vendor_name", name.strip(" ,;:"), conf, source)
    merged = _Party()
    for party, _w, _kind in items:
        for attr in ("street", "zip", "city", "country"):
            if getattr(merged, attr) is None and getattr(party, attr):
                setattr(merged, attr, getattr(party, attr))
    addr_conf = min(0.9, conf - 0.05)
    ext.set("vendor_street", merged.street, addr_conf, source)
    ext.set("vendor_zip", merged.zip, addr_conf, source)
    ext.set("vendor_city", merged.city, addr_conf, source)
    country = merged.country or _country_from_ids(ext, merged)
    ext.set("vendor_country", country, addr_conf - 0.05, source)


# A name ending with its legal form, within a longer line ("Motel One Germany Betriebs GmbH
# Motel One Berlin-Tiergarten An der Urania 12").
_NAME_WITH_FORM = re.compile(
    r"^(.{2,60}?\b(?:gmbh(?:\s*&\s*co\.?\s*kg)?|ag|se|sa|sas|sarl|ltd|llc|inc|plc|kg|ohg|bv|nv|ab"
    r"|oy|spa|srl|s\.?\s?r\.?\s?l|s\.?\s?p\.?\s?a|s\.?\s?a\.?\s?r\.?\s?l)\b\.?)"
)


def _legal_name_of_brand(doc: Doc, name: str) -> str:
    """The brand read ("Motel One Berlin-Tiergarten", "Thalia") as the legal entity the page
    spells elsewhere under the brand's first words ("Motel One Germany Betriebs GmbH",
    "Thalia Partner" over "GmbH & Co. KG"): the company the bill is booked on."""
    words = fold(name).split()
    if has_legal_form(name) or _NAME_WITH_FORM.match(fold(name)) or not words or len(words[0]) < 4:
        return name  # "Rohstoff AG Salzgitter" names its legal form already
    head = " ".join(words[: min(2, len(words))])
    for i, line_folded in enumerate(doc.folded):
        folded, text = line_folded.strip(), doc.lines[i].text.strip()
        if doc.in_customer_block(i) or not re.match(rf"{re.escape(head)}\b", folded):
            continue
        below = doc.below(i, 0.8)
        if below is not None and only_legal_form(doc.lines[below].text):
            folded = f"{folded} {doc.folded[below].strip()}"
            text = f"{text} {doc.lines[below].text.strip()}"
        m = _NAME_WITH_FORM.match(folded)
        if m and len(m.group(1).split()) <= 6:
            return text[: m.end(1)]
    return name


def _country_from_ids(ext: Extraction, party: _Party) -> str | None:
    vat = ext.value("vendor_vat") or ""
    if vat.startswith("CHE"):
        return "CH"
    if vat[:2].isalpha():
        return "GR" if vat[:2] == "EL" else vat[:2]
    iban = ext.value("vendor_iban") or ""
    if iban[:2] in ("CH", "LI") and party.zip and len(party.zip) == 4:
        return iban[:2]
    return None
