"""The vendor's identifiers printed on the bill: VAT number, company registry, IBAN, e-mail.

Numbers in the customer's block or labelled as the customer's ("Your VAT no.", "Vs. P.IVA")
and the company's own VAT numbers are never the vendor's; the customer's VAT number is kept
apart (``customer_vat``). With one account per currency, the bill is paid to the account in its
own currency.
"""

from __future__ import annotations

import re

from . import identifiers
from .company_names import BUYER_LABEL
from .labels import CUSTOMER_ID_CONTEXT, CUSTOMER_LABEL, QR_PAYEE, VENDOR_ID_LABEL, norm_name
from .layout import Doc, Votes, column_below, label_hits
from .messages import msg
from .model import Extraction

_GLUED_LABEL = re.compile(r"(IBAN|TVA|VAT|MWST|UID|IVA)(?=[A-Z]{2,3}[\d-])")


def _id_text(text: str) -> str:
    return _GLUED_LABEL.sub(r"\1 ", text)


def _is_customer_context(doc: Doc, i: int) -> bool:
    return (
        doc.in_customer_block(i)
        or _under_customer_block(doc, i)
        or _in_labelled_address(doc, i)
        or bool(CUSTOMER_ID_CONTEXT.search(doc.context(i)))
    )


def _in_labelled_address(doc: Doc, i: int) -> bool:
    """A line of a block headed by a billing or delivery label ("Dirección de facturación"
    over "Josep Guardiola / ... / DNI: 53785377S"), even when the customer's block is another
    (the delivery address beside it)."""
    b = doc.block_of.get(i)
    if b is None:
        return False
    up = doc.above(doc.blocks[b].indexes[0], 4.5)
    return up is not None and bool(CUSTOMER_LABEL.match(doc.folded[up]))


def _under_customer_block(doc: Doc, i: int) -> bool:
    """A line set just under the customer's address, aligned on its left edge, that holds an
    identifier alone ("Tax ID: CHE-353.863.981 MWST", "TVA : FR28778228742"): the customer's,
    printed a little apart from its address (Odoo's invoice report does). Lines further down,
    or starting elsewhere, are not."""
    if doc.customer_block is None or doc.in_customer_block(i):
        return False
    block = doc.blocks[doc.customer_block].indexes
    line, last = doc.lines[i], doc.lines[block[-1]]
    h = doc.height(last)
    lefts = [min(doc.lines[j].x0 for j in block)]
    label = doc.left_of(block[0])  # "Bill To : | Odoo SA": the id may align with the label
    if label is not None and (
        CUSTOMER_LABEL.match(doc.folded[label]) or BUYER_LABEL.match(doc.folded[label])
    ):
        lefts.append(doc.lines[label].x0)
    return (
        line.page == last.page
        and 0 <= line.top - last.bottom <= 2.5 * h
        and any(abs(line.x0 - left) <= 0.5 * h for left in lefts)
        and len(line.text.split()) <= 6
    )


def read_vendor_vat(doc: Doc, ext: Extraction, source: str) -> None:
    votes = Votes()
    customer = Votes()  # the VAT number of the company the bill is addressed to
    for i, line in enumerate(doc.lines):
        text = _id_text(line.text)
        found = identifiers.find_vat_ids(text)
        bare = False
        if not found and re.search(r"\d{3}", text):
            labels = doc.context(i).split(" | ", 1)[1:]
            found = identifiers.find_labelled_vats(text, " | ".join(labels))
            found = found or identifiers.find_labelled_tax_ids(text, " | ".join(labels))
            bare = True
        if not found:
            continue
        if _is_customer_context(doc, i):
            labelled_customer = bool(CUSTOMER_ID_CONTEXT.search(doc.context(i)))
            if labelled_customer or not bare:
                for m in found:
                    customer.add(m.value, m.value, 0.9 if labelled_customer else 0.8)
            continue
        labelled = bool(VENDOR_ID_LABEL.search(doc.context(i)))
        for m in found:
            if m.value in doc.own_vats:
                customer.add(m.value, m.value, 0.9)
                continue
            conf = 0.95 if (labelled or m.suffix in ("MWST", "TVA", "IVA")) else 0.88
            if bare:
                conf = 0.9
            if doc.rel_top(i) > 0.8 or doc.block_of.get(i) == doc.vendor_block:
                conf += 0.01
            votes.add(m.value, m.value, conf)
    _without_customer_repeats(votes, customer)
    if len(votes.items) > 1:
        _registry_agrees(doc, votes)
    _set_vendor_vat(doc, ext, source, votes.best())
    best = customer.best()
    if best and best["value"] != ext.value("vendor_vat"):
        ext.set("customer_vat", best["value"], best["score"], source)


def _without_customer_repeats(votes: Votes, customer: Votes) -> None:
    """The customer's id printed again in a second block of its own ("Client" and "Buyer"):
    the customer's there too, while another id is left for the vendor."""
    if len(votes.items) > 1:
        for key in [k for k in votes.items if k in customer.items]:
            del votes.items[key]


def _registry_agrees(doc: Doc, votes: Votes) -> None:
    """Two VAT ids on the page, neither in the customer's block: the French one whose SIREN is
    the company registry number printed outside the customer's block (SIRET, RCS) is the
    vendor's (the other, the customer's, sits in an address block the layout split)."""
    sirens, notice = set(), set()
    for i, line in enumerate(doc.lines):
        if _is_customer_context(doc, i):
            continue
        found = {m.value[:9] for m in identifiers.find_sirets(line.text)}
        found.update(m.value for m in identifiers.find_sirens(line.text))
        sirens.update(found)
        if _LEGAL_NOTICE.search(doc.folded[i]):
            notice.update(found)
    for item in list(votes.items.values()):
        vat = item["value"]
        if vat.startswith("FR") and vat[4:] in sirens:
            votes.add(vat, vat, item["conf"])
    # The legal notice ("SARL au capital de ... RCS Nanterre 999 888 779") is the vendor's own:
    # when it names the SIREN of one VAT id only, a SIRET printed by another (the addressee's,
    # in a block not recognised as such) does not make that other one as sure.
    named = [v for v in votes.items if v.startswith("FR") and v[4:] in notice]
    if len(named) == 1:
        for key, item in votes.items.items():
            if key != named[0]:
                item["conf"] -= 0.05


_LEGAL_NOTICE = re.compile(r"au\s*capital|capital\s*social|\br\.?\s?c\.?\s?s\b")


# A VAT id printed with wrong check digits is kept as printed for the reviewer, far below the
# auto-post bar (the cross-check "vat_id" then fails and says why), like a bad IBAN.
BAD_CHECKSUM_CONFIDENCE = 0.3


def _set_vendor_vat(doc: Doc, ext: Extraction, source: str, best: dict | None) -> None:
    if best:
        ext.set("vendor_vat", best["value"], best["score"], source)
        return
    own = {identifiers.normalize_vat(v) for v in doc.own_vats}
    for i, line in enumerate(doc.lines):
        if _is_customer_context(doc, i) or not VENDOR_ID_LABEL.search(doc.context(i)):
            continue
        for m in identifiers.find_bad_checksum_vats(_id_text(line.text)):
            if m.value not in own:
                ext.set(
                    "vendor_vat",
                    m.value,
                    BAD_CHECKSUM_CONFIDENCE,
                    source,
                    "The printed VAT number has wrong check digits.",
                )
                return


def read_company_registry(doc: Doc, ext: Extraction, source: str) -> None:
    vat = ext.value("vendor_vat") or ""
    if vat.startswith("CHE"):
        ext.set(
            "vendor_company_registry",
            identifiers.format_swiss_uid(vat),
            ext.field_confidence("vendor_vat") - 0.02,
            source,
        )
        return
    votes = Votes()
    siren_of_vat = vat[4:] if vat.startswith("FR") else ""
    for i, line in enumerate(doc.lines):
        if _is_customer_context(doc, i):
            continue
        for m in identifiers.find_sirets(line.text):
            conf = 0.92 if re.search(r"siret", doc.folded[i]) else 0.8
            if siren_of_vat and m.value.startswith(siren_of_vat):
                conf += 0.03
            votes.add(m.value, m.value, conf)
        rcs = re.search(
            r"(\d{3}\s?\d{3}\s?\d{3})\s*R\.?\s?C\.?\s?S\.?\s+([A-Z][A-Za-z\-]+)", line.text
        )
        for m in identifiers.find_abns(line.text):
            votes.add(m.value, m.value, 0.9)
        if rcs and not votes.items:
            votes.add(rcs.group(0), rcs.group(0), 0.75)
    best = votes.best()
    if best:
        ext.set("vendor_company_registry", best["value"], best["score"], source)


# --- IBAN and e-mail ------------------------------------------------------------------------------


_BANK_CONTEXT = re.compile(
    r"iban|bank|konto|compte|conto|account|coordonnees|bancaire|zahlbar|payable"
)
_FOREIGN_ACCOUNT = re.compile(
    r"(?:ihr|ihre|votre|your|vostro)\s*(?:konto|compte|conto|account|iban)"
)


def read_vendor_iban(doc: Doc, ext: Extraction, source: str) -> None:
    votes = Votes()
    invalid: list[str] = []
    payee_lines = {j for i, _m in label_hits(doc, QR_PAYEE) for j in column_below(doc, i, 2)}
    for i, line in enumerate(doc.lines):
        text = _id_text(line.text)
        found = identifiers.find_ibans(text, allow_bad_checksum=True) or _wrapped_iban(doc, i)
        if not found or doc.in_customer_block(i) or _FOREIGN_ACCOUNT.search(doc.context(i)):
            continue
        for m in found:
            tag = _ACCOUNT_CURRENCY.findall(line.text[max(0, m.start - 30) : m.start])
            if tag:
                doc.iban_currency[m.value] = tag[-1].upper()
            if not m.valid:
                up = doc.above(i, 1.5)
                context = doc.folded[i] + (doc.folded[up] if up is not None else "")
                if _BANK_CONTEXT.search(context):
                    invalid.append(m.value)
                continue
            conf = 0.88
            if i in payee_lines:
                conf = 0.96
            elif m.kind == "qr_iban":
                conf = 0.93
            elif "iban" in doc.folded[i]:
                conf = 0.9
            votes.add(m.value, m.value, conf)
    best = votes.best()
    if best:
        ext.set("vendor_iban", best["value"], best["score"], source)
    elif invalid:
        ext.set("vendor_iban", invalid[0], 0.3, source, "The printed IBAN has wrong check digits.")
        ext.warnings.append(msg("iban_check_digits", iban=invalid[0]))


_ACCOUNT_CURRENCY = re.compile(r"\b(CHF|EUR|USD|GBP)\b", re.IGNORECASE)


def _under_iban_heading(doc: Doc, i: int) -> bool:
    """A column headed "IBAN" right over the line (a heading aligned to the right, too)."""
    line = doc.lines[i]
    h = doc.height(line)
    return any(
        0 <= line.top - (other := doc.lines[j]).bottom <= 1.5 * h
        and other.x1 >= line.x0
        and other.x0 <= line.x1
        and re.fullmatch(r"\W*iban\W*", doc.folded[j])
        for j in doc.on_page[line.page]
    )


def _wrapped_iban(doc: Doc, i: int) -> list:
    """An IBAN its narrow cell wraps onto the line under it ("IBAN: DE91 3705 0198 7705" over
    "3474 25"): read only when "IBAN" labels the line (on it, at its left or heading its
    column), the line ends on digit groups and the joined text gives an IBAN with right check
    digits."""
    if not (re.search(r"\biban\b", doc.context(i)) or _under_iban_heading(doc, i)) or not re.search(
        r"[A-Z]{2}\d{2}[\d\s]*\d\s*$", doc.lines[i].text
    ):
        return []
    below = doc.below(i, 0.9)
    if below is None or not re.fullmatch(r"[\d\s]{2,20}", doc.lines[below].text.strip()):
        return []
    joined = _id_text(f"{doc.lines[i].text.rstrip()} {doc.lines[below].text.strip()}")
    return [m for m in identifiers.find_ibans(joined) if m.valid]


def iban_for_currency(doc: Doc, ext: Extraction, source: str) -> None:
    """Accounts printed per currency ("CHF-Konto: IBAN …, EUR-Konto: IBAN …"): the bill is
    paid to the account in its own currency."""
    iban, currency = ext.value("vendor_iban"), ext.value("currency")
    if not iban or not currency or doc.iban_currency.get(iban, currency) == currency:
        return
    match = [v for v, c in doc.iban_currency.items() if c == currency]
    if len(match) == 1:
        previous = ext.fields.pop("vendor_iban")
        ext.set("vendor_iban", match[0], previous.confidence, source)


def read_vendor_email(doc: Doc, ext: Extraction, source: str) -> None:
    vendor = norm_name(ext.value("vendor_name") or "")
    votes = Votes()
    for i, line in enumerate(doc.lines):
        if doc.in_customer_block(i):
            continue
        for m in identifiers.find_emails(line.text):
            domain = m.value.split("@", 1)[1].split(".")[0]
            conf = 0.7
            if (
                vendor
                and len(domain) >= 3
                and (domain.replace("-", "") in vendor or vendor[:6] in domain)
            ):
                conf = 0.85
            votes.add(m.value, m.value, conf)
    best = votes.best()
    if best:
        ext.set("vendor_email", best["value"], best["score"], source)
