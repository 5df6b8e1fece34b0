"""Who sent the bill and to whom: the customer block, and the vendor's name and address.

The customer is the recipient address block (address window, "Bill to", "Rechnungsadresse",
salutation, the company's own names as hints) and is never returned as vendor. The vendor comes
from the QR payment part ("Zahlbar an"), a sender line ("Name · Street · ZIP City"), a legal
notice, the letterhead or the footer; agreeing sources raise the confidence.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from . import identifiers
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
    sender_line_parts,
)
from .layout import Block, Doc, block_above, label_hits, line_above
from .model import Extraction


def _block_has_address(doc: Doc, block: Block) -> bool:
    return any(is_zip_city(doc.lines[i].text) for i in block.indexes)


def _sender_line_above(doc: Doc, i: int) -> bool:
    """A one-line sender address ("Name · Street · ZIP City") printed higher on the page."""
    line = doc.lines[i]
    return any(
        other.page == line.page
        and other.bottom <= line.top
        and doc.block_of.get(j) != doc.block_of.get(i)
        and sender_line_parts(other.text)
        for j, other in enumerate(doc.lines[:i])
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
    if up is not None and CUSTOMER_LABEL.match(doc.folded[up]):
        score += 3
    if CUSTOMER_LABEL.match(doc.folded[first]):
        score += 3
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
    if up is not None and sender_line_parts(doc.lines[up].text):
        score += 2
    rel = doc.rel_top(first)
    if 0.1 <= rel <= 0.45:
        score += 1
    if rel < 0.09:
        score -= 2
    if doc.rel_x(first) > 0.4:
        score += 0.5
    texts = " ".join(doc.folded[i] for i in block.indexes)
    if any(CUSTOMER_ID_CONTEXT.search(doc.folded[i]) for i in block.indexes):
        score += 2  # "Your VAT no.", "Vs. P.IVA" inside the block
    elif re.search(r"@|www\.|\btel\b|phone|telefon|mwst|tva|vat|iban", texts):
        score -= 2
    return score - 0.001 * line.page * 100


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
    others = [c for c in candidates if c[2] != doc.customer_block]
    if others:  # the vendor letterhead is the top-most other address block
        doc.vendor_block = min(others, key=lambda c: doc.lines[doc.blocks[c[2]].indexes[0]].top)[2]


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


def _vendor_candidates(doc: Doc) -> list[tuple[_Party, float, str]]:
    out: list[tuple[_Party, float, str]] = []
    out.extend(_from_qr_payee(doc))
    out.extend(_from_sender_lines(doc))
    out.extend(_from_legal_notice(doc))
    out.extend(_from_letterhead(doc))
    out.extend(_from_footer(doc))
    for party, _weight, _kind in out:
        party.name = _strip_vendor_label(party.name or "") or None
    return [
        c
        for c in out
        if c[0].name
        and norm_name(c[0].name) not in doc.hints
        and not _is_customer_name(doc, c[0].name)
    ]


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
    for i, line in enumerate(doc.lines):
        parts = sender_line_parts(line.text)
        if not parts or doc.in_customer_block(i):
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
        if not name_ok(name) or is_zip_city(name):
            continue
        party = _Party(name=name)
        _parse_address_parts(address, party)
        weight = 0.85 if (rel > 0.8 or above_customer) else 0.78 if rel < 0.12 else 0.6
        out.append((party, weight, "sender"))
    return out


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
        if any(name_ok(doc.lines[k].text) for k in block.indexes[:2]):
            return b
    return None


def _from_letterhead(doc: Doc) -> list[tuple[_Party, float, str]]:
    b = _letterhead_block(doc)
    if b is None:
        return []
    block = doc.blocks[b]
    texts = [_strip_vendor_label(doc.lines[i].text) for i in block.indexes]
    texts = [t for t in texts if t]
    names = [k for k, t in enumerate(texts[:3]) if name_ok(t)]
    if not names or is_street(texts[0]) or is_zip_city(texts[0]):
        # the name printed apart (larger, higher) above its address block
        above = block_above(doc, block.indexes[0])
        if above is None:
            return []
        head = [doc.lines[i].text.strip() for i in doc.blocks[above].indexes]
        if not head or not all(name_ok(t) for t in head[:2]) or len(head) > 2:
            return []
        texts = head + texts
        names = [0]
    k = names[0]
    if k + 1 < len(texts) and norm_name(texts[k + 1]).startswith(norm_name(texts[k])):
        k += 1  # a logo word above the full name ("Acme" over "Acme Trading SA")
    name = texts[k]
    folded_name = fold(name)
    if (
        not LEGAL_FORM.search(folded_name)
        and k + 1 < len(texts)
        and name_ok(texts[k + 1])
        and LEGAL_FORM.search(fold(texts[k + 1]))
    ):
        name = f"{name} {texts[k + 1]}"
        k += 1
    party = _Party(name=name)
    rest = []
    for t in texts[k + 1 :]:
        parts = sender_line_parts(t)
        rest.extend(parts if parts else [t])
    _parse_address_parts(rest, party)
    weight = 0.75 if LEGAL_FORM.search(fold(name)) or party.zip else 0.6
    return [(party, weight, "letterhead")]


def _from_footer(doc: Doc) -> list[tuple[_Party, float, str]]:
    """The sender's name and address printed as a block in the page footer."""
    out = []
    for b, block in enumerate(doc.blocks):
        i = block.indexes[0]
        if b == doc.customer_block or doc.rel_top(i) < 0.8 or len(block.indexes) > 5:
            continue
        texts = [doc.lines[k].text.strip() for k in block.indexes]
        name = _strip_vendor_label(texts[0])
        if not name_ok(name) or not any(is_zip_city(t) for t in texts[1:4]):
            continue
        party = _Party(name=name)
        _parse_address_parts(texts[1:], party)
        out.append((party, 0.72, "footer"))
        break
    return out


def _pretty(name: str, alternatives: list[str]) -> str:
    """Prefer a mixed-case spelling over an all-caps logo line."""
    for alt in [name, *alternatives]:
        if not alt.isupper():
            return alt
    return name


def read_vendor(doc: Doc, ext: Extraction, source: str) -> None:
    candidates = _vendor_candidates(doc)
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
    name = _pretty(full[0], full[1:])
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
