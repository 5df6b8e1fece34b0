# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Rendering of a synthetic invoice to PDF: letterhead and parties, the label/value block, the
line table (multi-page with carried-forward subtotals), totals, notes, footer with the bank
accounts, and the Swiss QR-bill payment part (:mod:`.qrpart`) when the document has one.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from .data import TRADES, L, fmt_amount
from .identifiers import group, print_qrr, random_digits
from .model import Doc, invoice_number
from .pdf import MM, H, Pdf, W
from .qrpart import draw_qr_part


def info_pairs(doc: Doc) -> list[tuple[str, str]]:
    """Label/value pairs near the invoice number: the number and dates plus distractors."""
    rng = doc.rng
    credit = doc.doc_type == "credit_note"
    pairs = [
        (doc.t("no_cn" if credit else "no"), doc.invoice_number),
        (doc.t("date"), doc.date(doc.invoice_date)),
    ]
    if doc.due_printed:
        pairs.append((doc.t("due"), doc.date(doc.due_date)))
    extra = []
    if rng.random() < 0.8:
        extra.append((doc.t("customer_no"), str(rng.randint(10000, 999999))))
    if rng.random() < 0.7:
        extra.append(
            (
                doc.t("order"),
                rng.choice(
                    [
                        f"PO-{rng.randint(1000, 99999)}",
                        f"45{random_digits(rng, 8)}",
                        f"B{doc.invoice_date.year}-{rng.randint(100, 9999)}",
                    ]
                ),
            )
        )
    if rng.random() < 0.4:
        extra.append(
            (
                doc.t("delivery"),
                rng.choice(
                    [
                        f"LS-{doc.invoice_date.year}-{rng.randint(100, 9999):04d}",
                        f"{rng.randint(700000, 799999)}",
                    ]
                ),
            )
        )
    if rng.random() < 0.5:
        extra.append(
            (
                doc.t("delivery_date"),
                doc.date(doc.invoice_date - timedelta(days=rng.randint(1, 20))),
            )
        )
    if rng.random() < 0.6:
        extra.append((cust_vat_label(doc), doc.customer.vat_printed))
    rng.shuffle(extra)
    doc.distractors["order"] = next((v for k, v in extra if k == doc.t("order")), None)
    # Distractors sometimes come before the invoice number.
    if rng.random() < 0.3:
        return extra[:2] + pairs + extra[2:]
    return pairs + extra


def vendor_lines(doc: Doc, with_vat: bool) -> list[str]:
    v = doc.vendor
    rng = doc.rng
    lines = [v.street_line, v.city_line]
    if doc.country != doc.customer.country or rng.random() < 0.3:
        lines[-1] = (
            {"CH": "CH-", "DE": "D-", "FR": "F-", "IT": "I-", "GB": ""}[v.country] + lines[-1]
            if rng.random() < 0.5
            else lines[-1]
        )
    phone = {
        "CH": "+41 44 {} {} {}",
        "FR": "+33 1 {} {} {}",
        "DE": "+49 89 {} {} {}",
        "IT": "+39 02 {} {} {}",
        "GB": "+44 20 {} {} {}",
    }[v.country]
    lines.append(
        f"{doc.t('phone')} "
        + phone.format(rng.randint(200, 999), rng.randint(10, 99), rng.randint(10, 99))
    )
    domain = "".join(ch for ch in v.name.split()[0].lower() if ch.isalpha())
    tld = {"CH": "ch", "FR": "fr", "DE": "de", "IT": "it", "GB": "co.uk"}[v.country]
    lines.append(f"info@{domain}.{tld}")
    if with_vat:
        lines.append(vat_text(doc))
    return lines


def vat_label(doc: Doc) -> str:
    """The VAT-id label: Swiss ones (UID/IDE/IDI/MWST) only on Swiss letters."""
    swiss = {"UID", "IDE", "IDI", "MWST-Nr."}
    labels = [x for x in L[doc.lang]["vat_label"] if (x in swiss) == (doc.country == "CH")]
    labels = labels or [x for x in L[doc.lang]["vat_label"] if x not in swiss]
    return doc.distractors.setdefault("vat_label", doc.rng.choice(labels))


def cust_vat_label(doc: Doc) -> str:
    labels = L[doc.lang]["cust_vat"]
    if doc.lang == "de":  # MWST/UID are Swiss words, USt-IdNr. German
        labels = [x for x in labels if ("USt" in x) != (doc.country == "CH")]
    return doc.distractors.setdefault("cust_vat_label", doc.rng.choice(labels))


def vat_text(doc: Doc) -> str:
    printed = doc.vendor.vat_printed
    if doc.country == "CH" and printed.startswith("CHE"):
        return printed if doc.rng.random() < 0.5 else f"{vat_label(doc)} {printed}"
    if doc.country == "IT":
        return f"{vat_label(doc)} {printed}"
    return f"{vat_label(doc)}: {printed}"


def customer_lines(doc: Doc) -> list[str]:
    c = doc.customer
    rng = doc.rng
    out = [c.name]
    if rng.random() < 0.4:
        dept = {
            "de": "Buchhaltung",
            "fr": "Comptabilité",
            "it": "Amministrazione",
            "en": "Accounts Payable",
        }[doc.lang]
        out.append(f"{doc.t('attn')} {dept}")
    out += [c.street_line, c.city_line]
    if c.country != doc.country:
        out.append(
            {
                "CH": "Schweiz" if doc.lang == "de" else "Suisse",
                "FR": "France",
                "DE": "Deutschland",
                "IT": "Italia",
                "GB": "United Kingdom",
            }[c.country]
        )
    if rng.random() < 0.25:
        out.append(f"{cust_vat_label(doc)}: {c.vat_printed}")
    return out


def draw_header(pdf: Pdf, doc: Doc) -> None:
    """Letterhead, customer address, title and invoice data, per layout; sets pdf.y."""
    rng = doc.rng
    layout = doc.layout
    vat_in_head = rng.random() < 0.5
    doc.distractors["vat_in_head"] = vat_in_head
    info = info_pairs(doc)
    title = doc.title
    _HEADERS[layout](pdf, doc, info, title, vat_in_head)
    if doc.doc_type == "credit_note" and rng.random() < 0.7:
        orig_no = invoice_number(rng, doc.invoice_date - timedelta(days=40), False, doc.lang)
        pdf.text(
            50 if layout != "sidebar" else 180,
            pdf.y,
            doc.t("ref_cn").format(n=orig_no, d=doc.date(doc.invoice_date - timedelta(days=40))),
            9,
        )
        pdf.y += 16
    if layout not in ("mono", "parties") and rng.random() < 0.5:
        x0 = 180 if layout == "sidebar" else 50
        pdf.text(x0, pdf.y, doc.t("greeting"), 9)
        pdf.text(x0, pdf.y + 12, doc.t("intro_cn" if doc.doc_type == "credit_note" else "intro"), 9)
        pdf.y += 30


def _header_left(pdf: Pdf, doc: Doc, info: list, title: str, vat_in_head: bool) -> None:
    """Letterhead top left, customer in the address window, title and label: value rows."""
    v = doc.vendor
    pdf.text(50, 60, v.name, 15, bold=True)
    for i, s in enumerate(vendor_lines(doc, vat_in_head)):
        pdf.text(50, 76 + i * 11, s, 8.5)
    for i, s in enumerate(customer_lines(doc)):
        pdf.text(330, 150 + i * 12, s, 10)
    pdf.text(50, 250, title, 16, bold=True)
    y = 272
    for label, value in info:
        pdf.text(50, y, f"{label}:", 9)
        pdf.text(170, y, value, 9)
        y += 12
    pdf.y = y + 14


def _header_right(pdf: Pdf, doc: Doc, info: list, title: str, vat_in_head: bool) -> None:
    """Letterhead right-aligned, a one-line sender above the customer, info table on the right."""
    rng = doc.rng
    v = doc.vendor
    pdf.text(545, 55, v.name, 13, bold=True, align="right")
    for i, s in enumerate(vendor_lines(doc, vat_in_head)):
        pdf.text(545, 70 + i * 10.5, s, 8, align="right")
    pdf.text(50, 140, f"{v.name} · {v.street_line} · {v.city_line}", 6.5)
    pdf.hline(50, 280, 143, 0.3)
    for i, s in enumerate(customer_lines(doc)):
        pdf.text(50, 158 + i * 12, s, 10)
    # a right-aligned info table
    y = 158
    for label, value in info:
        pdf.text(360, y, label, 8.5)
        pdf.text(545, y, value, 8.5, align="right")
        y += 12
    y = max(y, 240) + 16
    pdf.text(50, y, f"{title} {doc.invoice_number}" if rng.random() < 0.5 else title, 14, bold=True)
    pdf.y = y + 20


def _header_centered(pdf: Pdf, doc: Doc, info: list, title: str, vat_in_head: bool) -> None:
    """Centred letterhead, title centred, the first info pairs as a grey grid row."""
    rng = doc.rng
    v = doc.vendor
    pdf.text(
        W / 2,
        58,
        v.name.upper() if rng.random() < 0.4 else v.name,
        17,
        bold=True,
        align="center",
    )
    vl = vendor_lines(doc, vat_in_head)
    pdf.text(W / 2, 74, " · ".join(vl[:2]), 8.5, align="center")
    pdf.text(W / 2, 85, " · ".join(vl[2:]), 8.5, align="center")
    pdf.hline(50, 545, 93, 1.0)
    for i, s in enumerate(customer_lines(doc)):
        pdf.text(50, 125 + i * 12, s, 10)
    pdf.text(W / 2, 215, title.upper(), 15, bold=True, align="center")
    # horizontal grid: labels on one row, values below
    cols = info[:4]
    rest = info[4:]
    cw = 495 / max(1, len(cols))
    pdf.box(50, 228, 495, 30, fill=(0.93, 0.93, 0.93))
    for i, (label, value) in enumerate(cols):
        pdf.text(55 + i * cw, 240, label, 7.5, bold=True)
        pdf.text(55 + i * cw, 252, value, 9)
    y = 274
    for label, value in rest:
        pdf.text(50, y, f"{label}: {value}", 8.5)
        y += 11
    pdf.y = y + 10


def _header_band(pdf: Pdf, doc: Doc, info: list, title: str, vat_in_head: bool) -> None:
    """A coloured band with name, address and title; info in a box beside the customer."""
    rng = doc.rng
    v = doc.vendor
    color = rng.choice([(0.1, 0.25, 0.45), (0.35, 0.1, 0.15), (0.1, 0.35, 0.25), (0.2, 0.2, 0.2)])
    pdf.box(0, 0, W, 70, fill=color, stroke=False)
    pdf.text(50, 38, v.name, 18, bold=True, color=(1, 1, 1))
    pdf.text(50, 56, f"{v.street_line} · {v.city_line}", 9, color=(1, 1, 1))
    pdf.text(545, 38, title.upper(), 20, bold=True, color=(1, 1, 1), align="right")
    if vat_in_head:
        pdf.text(545, 56, vat_text(doc), 8, color=(1, 1, 1), align="right")
    for i, s in enumerate(customer_lines(doc)):
        pdf.text(50, 110 + i * 12, s, 10)
    pdf.box(320, 100, 225, 14 + 12 * len(info))
    y = 113
    for label, value in info:
        pdf.text(328, y, label, 8.5, bold=True)
        pdf.text(538, y, value, 8.5, align="right")
        y += 12
    pdf.y = max(y, 190) + 20


def _header_sidebar(pdf: Pdf, doc: Doc, info: list, title: str, vat_in_head: bool) -> None:
    """A grey sidebar with the vendor, its bank and accounts; customer and info beside it."""
    v = doc.vendor
    pdf.box(0, 0, 150, H, fill=(0.92, 0.94, 0.96), stroke=False)
    pdf.text(20, 60, v.name if len(v.name) < 24 else v.name.split(" ")[0], 12, bold=True)
    if len(v.name) >= 24:
        pdf.text(20, 74, " ".join(v.name.split(" ")[1:]), 12, bold=True)
        doc.features.append("name_two_lines")
    y = 100
    for s in vendor_lines(doc, True):
        pdf.text(20, y, s, 7.5)
        y += 11
    y += 10
    pdf.text(20, y, doc.t("bank"), 7.5, bold=True)
    pdf.text(20, y + 11, doc.bank[0], 7.5)
    accounts = bank_accounts(doc)
    for i, text in enumerate(accounts):
        pdf.text(20, y + 22 + 11 * i, text.replace("IBAN ", ""), 6.5)
    pdf.text(20, y + 26 + 11 * len(accounts), f"BIC {doc.bank[1]}", 7.5)
    doc.distractors["bank_in_sidebar"] = True
    for i, s in enumerate(customer_lines(doc)):
        pdf.text(180, 90 + i * 12, s, 10)
    pdf.text(180, 200, title, 18, bold=True)
    y = 222
    for label, value in info:
        pdf.text(180, y, label, 8.5)
        pdf.text(300, y, value, 8.5, bold=True)
        y += 12
    pdf.y = y + 14


def _header_mono(pdf: Pdf, doc: Doc, info: list, title: str, vat_in_head: bool) -> None:
    """Typewriter style: Courier, info rows with dot leaders."""
    v = doc.vendor
    f = "Courier"
    pdf.text(50, 50, v.name, 11, font="Courier-Bold")
    for i, s in enumerate(vendor_lines(doc, vat_in_head)):
        pdf.text(50, 63 + i * 10, s, 8.5, font=f)
    for i, s in enumerate(customer_lines(doc)):
        pdf.text(330, 130 + i * 11, s, 9, font=f)
    y = 215
    pdf.text(50, y, f"{title.upper()}", 12, font="Courier-Bold")
    y += 18
    for label, value in info:
        pdf.text(50, y, f"{label} ".ljust(24, ".") + f" {value}", 8.5, font=f)
        y += 11
    pdf.y = y + 12


def _header_parties(pdf: Pdf, doc: Doc, info: list, title: str, vat_in_head: bool) -> None:
    """Two labelled blocks side by side ("From"/"To"), title with number and date inline."""
    rng = doc.rng
    v = doc.vendor
    pdf.text(50, 55, v.name, 14, bold=True)
    pdf.text(
        50,
        69,
        rng.choice(["", "", f"{rng.choice(TRADES[doc.lang])} · {rng.choice(TRADES[doc.lang])}"]),
        8,
    )
    pdf.box(50, 85, 240, 100)
    pdf.box(305, 85, 240, 100)
    pdf.text(56, 97, doc.t("from"), 7.5, bold=True)
    pdf.text(311, 97, doc.t("to"), 7.5, bold=True)
    vl = [v.name, v.street_line, v.city_line, vat_text(doc)]
    for i, s in enumerate(vl):
        pdf.text(56, 110 + i * 11, s, 8.5)
    cl = [
        doc.customer.name,
        doc.customer.street_line,
        doc.customer.city_line,
        f"{doc.t('vat_label')} {doc.customer.vat_printed}",
    ]
    for i, s in enumerate(cl):
        pdf.text(311, 110 + i * 11, s, 8.5)
    joiner = {"de": "vom", "fr": "du", "it": "del", "en": "dated"}[doc.lang]
    number_word = {"de": "Nr.", "fr": "n°", "it": "n.", "en": "no."}[doc.lang]
    pdf.text(
        50,
        210,
        f"{title} {number_word} {doc.invoice_number} {joiner} {doc.date(doc.invoice_date)}",
        12,
        bold=True,
    )
    y = 228
    rest = [p for p in info if p[1] not in (doc.invoice_number, doc.date(doc.invoice_date))]
    for i in range(0, len(rest), 2):
        chunk = rest[i : i + 2]
        pdf.text(50, y, "    ".join(f"{k}: {val}" for k, val in chunk), 8.5)
        y += 12
    pdf.y = y + 12
    doc.distractors["vat_in_head"] = True


_HEADERS = {
    "left": _header_left,
    "right": _header_right,
    "centered": _header_centered,
    "band": _header_band,
    "sidebar": _header_sidebar,
    "mono": _header_mono,
    "parties": _header_parties,
}


def table_columns(doc: Doc) -> list[tuple[str, str, float, str]]:
    rng = doc.rng
    multi_rate = len({ln.rate for ln in doc.lines}) > 1
    show_vat = multi_rate or rng.random() < 0.35
    show_disc = any(ln.discount for ln in doc.lines)
    cols = []
    if rng.random() < 0.5:
        cols.append(("pos", doc.t("pos"), 26, "left"))
    elif rng.random() < 0.5:
        cols.append(("code", doc.t("code"), 44, "left"))
    cols.append(("desc", doc.t("desc"), 0, "left"))
    cols.append(("qty", doc.t("qty"), 40, "right"))
    if rng.random() < 0.6:
        cols.append(("unit", doc.t("unit"), 42, "left"))
    cols.append(("price", doc.t("price_incl", False) if doc.incl else doc.t("price"), 62, "right"))
    if show_disc:
        cols.append(("disc", doc.t("disc"), 38, "right"))
    if show_vat:
        cols.append(("vat", doc.t("vat"), 38, "right"))
    amount_head = doc.t("amount")
    if rng.random() < 0.4:
        amount_head += f" {doc.currency}"
        doc.distractors["currency_in_head"] = True
    cols.append(("amount", amount_head, 68, "right"))
    return cols


def draw_table(pdf: Pdf, doc: Doc, page_header) -> None:
    rng = doc.rng
    x0 = 180 if doc.layout == "sidebar" else 50
    x1 = 545
    size = 8.0 if doc.layout == "sidebar" else 8.5
    # a fixed column is at least as wide as its header
    cols = [
        (k, h, w and max(w, pdf.width(h, size - 0.5, bold=True) + 8), a)
        for k, h, w, a in table_columns(doc)
    ]
    fixed = sum(c[2] for c in cols)
    cols = [(k, h, w or (x1 - x0 - fixed), a) for k, h, w, a in cols]
    grid = rng.choice(["lines", "zebra", "plain"])
    row_h = 13.0
    bottom = H - 110  # leave room for the footer

    def header():
        if grid != "plain":
            pdf.box(x0, pdf.y - 10, x1 - x0, 14, fill=(0.85, 0.87, 0.9), stroke=False)
        x = x0
        for _k, head, w, align in cols:
            pdf.text(
                x + w - 3 if align == "right" else x + 2,
                pdf.y,
                head,
                size - 0.5,
                bold=True,
                align=align,
            )
            x += w
        pdf.hline(x0, x1, pdf.y + 4, 0.8)
        pdf.y += row_h + 2

    def carry(label, value):
        pdf.text(x1 - cols[-1][2] - 6, pdf.y, label, size, bold=True, align="right")
        pdf.text(x1 - 3, pdf.y, doc.money(value), size, bold=True, align="right")
        pdf.y += row_h

    header()
    running = Decimal(0)
    carry_label = doc.t("carry")
    for i, ln in enumerate(doc.lines):
        if pdf.y > bottom:
            pdf.hline(x0, x1, pdf.y - 9, 0.5)
            carry(carry_label, running)
            draw_footer(pdf, doc)
            pdf.new_page()
            page_header()
            carry(doc.t("carry_in", False).format(p=pdf.page - 1), running)
            header()
        values = {
            "pos": str(i + 1),
            "code": ln.code,
            "desc": ln.description,
            "qty": fmt_amount(ln.quantity, doc.amount_style)[:-3]
            if ln.quantity == ln.quantity.to_integral()
            else fmt_amount(ln.quantity, doc.amount_style),
            "unit": ln.unit,
            "price": fmt_amount(ln.price_unit, doc.amount_style),
            "disc": f"{ln.discount.normalize():f}%" if ln.discount else "",
            "vat": doc.rate(ln.rate),
            "amount": doc.money(ln.subtotal),
        }
        if grid == "zebra" and i % 2:
            pdf.box(x0, pdf.y - 9.5, x1 - x0, row_h, fill=(0.95, 0.95, 0.95), stroke=False)
        x = x0
        for key, _h, w, align in cols:
            text = values[key]
            while key == "desc" and pdf.width(text, size) > w - 6 and len(text) > 8:
                text = text[:-2]
            pdf.text(x + w - 3 if align == "right" else x + 2, pdf.y, text, size, align=align)
            x += w
        if grid == "lines":
            pdf.hline(x0, x1, pdf.y + 3.5, 0.2, gray=0.6)
        pdf.y += row_h
        running += ln.subtotal
    pdf.hline(x0, x1, pdf.y - 8, 0.8)
    pdf.y += 6
    doc.distractors["table_cols"] = [c[0] for c in cols]


def draw_totals(pdf: Pdf, doc: Doc) -> None:
    rng = doc.rng
    xl = 300 if doc.layout != "sidebar" else 330
    xr = 545
    credit = doc.doc_type == "credit_note"
    total_label = doc.t("total_cn" if credit else "total")
    if doc.incl and total_label in ("Total", "Totale"):
        total_label = {
            "de": "Total inkl. MWST",
            "fr": "Total TTC",
            "it": "Totale IVA inclusa",
            "en": "Total incl. VAT",
        }[doc.lang]
    inline = rng.random() < 0.5
    doc.features.append("tax_inline" if inline else "tax_table")
    plain = doc.distractors.get("currency_in_head") and rng.random() < 0.5

    def row(label, value, bold=False, size=9.0):
        pdf.text(xl, pdf.y, label, size, bold=bold)
        text = doc.money(value)
        pdf.text(
            xr, pdf.y, text if plain else doc.with_currency(text), size, bold=bold, align="right"
        )
        pdf.y += 13

    if doc.global_discount:
        row(doc.t("subtotal", False), doc.lines_sum)
        row(
            f"{doc.t('discount', False)} {doc.global_discount}%",
            -doc.discount_amount,
        )
    sep = rng.choice([":", ""])
    if not doc.incl:
        row(doc.t("net") + sep, doc.untaxed)
        for t in doc.taxes:
            label = doc.t("tax").format(r=doc.rate(t["rate"]))
            if inline:
                label += f" {doc.t('of', False)} {doc.money(t['base'])}"
            row(label, t["amount"])
        if doc.rounding:
            row(doc.t("rounding"), doc.rounding)
        pdf.hline(xl, xr, pdf.y - 9, 0.8)
        pdf.y += 3
        row(total_label + sep, doc.total, bold=True, size=10.5)
    else:
        if len(doc.lines) > 1 and rng.random() < 0.5 and not doc.global_discount:
            row(doc.t("subtotal", False), doc.lines_sum)
        if doc.rounding:
            row(doc.t("rounding"), doc.rounding)
        pdf.hline(xl, xr, pdf.y - 9, 0.8)
        pdf.y += 3
        row(total_label + sep, doc.total, bold=True, size=10.5)
        pdf.y += 4
        pdf.text(xl if inline else 50, pdf.y, doc.t("incl_note") + ":", 8.5)
        pdf.y += 12
        if inline:
            for t in doc.taxes:  # VAT included: printed on the gross amount
                pdf.text(
                    xl,
                    pdf.y,
                    f"{doc.t('vat')} {doc.rate(t['rate'])} {doc.t('of', False)} {doc.money(t['gross'])}",
                    8.5,
                )
                pdf.text(xr, pdf.y, doc.money(t["amount"]), 8.5, align="right")
                pdf.y += 12
            return
    if not inline:
        pdf.y += 8
        heads = doc.t("sum_head", False)
        x0 = 180 if doc.layout == "sidebar" else 50
        xs = [x0, x0 + 170, x0 + 250, x0 + 330]  # first column left-aligned, the others right
        for i, (x, h) in enumerate(zip(xs, heads, strict=True)):
            pdf.text(x, pdf.y, h, 8, bold=True, align="right" if i else "left")
        pdf.hline(x0, x0 + 335, pdf.y + 3, 0.4)
        pdf.y += 13
        for t in doc.taxes:
            cells = [
                doc.rate(t["rate"]),
                doc.money(t["base"]),
                doc.money(t["amount"]),
                doc.money(t["gross"]),
            ]
            for i, (x, cell) in enumerate(zip(xs, cells, strict=True)):
                pdf.text(x, pdf.y, cell, 8.5, align="right" if i else "left")
            pdf.y += 12
        if doc.currency != "EUR" or rng.random() < 0.5:
            pdf.text(x0, pdf.y + 2, doc.t("currency_note", False).format(c=doc.currency), 7.5)
            pdf.y += 12


def draw_notes(pdf: Pdf, doc: Doc) -> None:
    rng = doc.rng
    x = 180 if doc.layout == "sidebar" else 50
    pdf.y += 10
    if doc.exempt_reason:
        pdf.text(x, pdf.y, doc.exempt_reason, 8.5)
        pdf.y += 12
    if doc.doc_type == "invoice":
        terms = doc.t("terms").format(d=doc.terms_days)
        if doc.due_printed and rng.random() < 0.3:
            terms += f" ({doc.date(doc.due_date)})"
        pdf.text(x, pdf.y, terms, 8.5)
        pdf.y += 12
        if doc.lang == "de" and rng.random() < 0.2:
            pdf.text(x, pdf.y, doc.t("skonto", False), 8.5)
            pdf.y += 12
    if doc.reference_in_text and doc.payment_reference:
        ref = print_qrr(doc.payment_reference) if doc.qr == "QRR" else group(doc.payment_reference)
        pdf.text(x, pdf.y, f"{doc.t('pay_ref')}: {ref}", 8.5, bold=True)
        pdf.y += 12
    if doc.lang == "fr" and doc.country == "FR":
        pdf.text(x, pdf.y, L["fr"]["penalties"], 6.5)
        pdf.y += 10
    pdf.text(x, pdf.y + 4, doc.t("thanks"), 8.5)
    pdf.y += 16


def draw_footer(pdf: Pdf, doc: Doc, top: float | None = None, compact: bool = False) -> None:
    """Bank details and registry numbers; ``top`` moves it above a QR-bill payment part."""
    rng = doc.rng
    style = doc.distractors.setdefault("footer", rng.choice(["lines", "columns"]))
    y = top if top is not None else H - 62
    v = doc.vendor
    x0 = 165 if doc.layout == "sidebar" else 50
    accounts = bank_accounts(doc)
    vat = vat_text(doc) if not doc.distractors.get("vat_in_head") else ""
    size = 7.0
    pdf.text(545, 22, doc.t("page", False).format(p=pdf.page, n=pdf.total_pages), 7, align="right")
    if compact:  # one line above a QR-bill payment part
        pdf.text(x0, y, " · ".join(p for p in [v.name, vat, *accounts] if p), 6.5)
        return
    pdf.hline(x0, 545, y - 10, 0.4, gray=0.5)
    if style == "lines":
        parts = [
            f"{v.name} · {v.street_line} · {v.city_line}",
            " · ".join(p for p in [vat, doc.registry] if p),
            f"{doc.t('bank')}: {doc.bank[0]} · " + " · ".join(accounts) + f" · BIC {doc.bank[1]}",
        ]
        for i, p in enumerate(parts):
            pdf.text((x0 + 545) / 2, y + i * 9, p, size, align="center")
    else:
        cols = [
            [v.name, v.street_line, v.city_line],
            [p for p in [vat, *(doc.registry or "").replace(" \u2013 ", " · ").split(" · ")] if p],
            [doc.bank[0], *accounts, f"BIC {doc.bank[1]}"],
        ]
        cw = (545 - x0) / 3
        for ci, col in enumerate(cols):
            for i, p in enumerate(col):
                pdf.text(x0 + ci * cw, y + i * 8.5, p, 6.5)


def bank_accounts(doc: Doc) -> list[str]:
    """The vendor's IBANs as the letter prints them (the QR-IBAN only shows in the QR part)."""
    rng = doc.rng
    ibans = [ib for ib in doc.iban_printed if not (doc.qr == "QRR" and ib == doc.iban)]
    compact = doc.distractors.setdefault("iban_compact", rng.random() < 0.2)
    out = []
    for i, ib in enumerate(ibans):
        text = ib if compact else group(ib)
        if len(ibans) > 1:
            cur = "CHF" if i == 0 else "EUR"
            out.append(f"{doc.t('account_for', False).format(c=cur)}: IBAN {text}")
        else:
            out.append(f"IBAN {text}")
    return out


def render(doc: Doc, total_pages: int = 1) -> tuple[bytes, int]:
    """The PDF and its page count (render twice to print "page 1 of N" right)."""
    pdf = Pdf(doc, total_pages)

    def page_header():
        pdf.text(50, 40, doc.vendor.name, 9, bold=True)
        pdf.text(
            545,
            40,
            f"{doc.title} {doc.invoice_number} \u2013 {doc.t('continued', False)}",
            8.5,
            align="right",
        )
        pdf.hline(50, 545, 46, 0.4)
        pdf.y = 70

    draw_header(pdf, doc)
    draw_table(pdf, doc, page_header)
    n = len(doc.taxes)
    need = 13 * (5 + n) + 12 * (n + 3) + 90
    if pdf.y + need > H - 90:
        draw_footer(pdf, doc)
        pdf.new_page()
        page_header()
    draw_totals(pdf, doc)
    draw_notes(pdf, doc)
    if doc.qr:
        qr_top = H - 105 * MM
        if pdf.y + 60 < qr_top:  # room for the footer above the payment part
            draw_footer(pdf, doc, top=qr_top - 32)
        elif pdf.y + 22 < qr_top:
            draw_footer(pdf, doc, top=qr_top - 12, compact=True)
        else:
            draw_footer(pdf, doc)
            pdf.new_page()
            pdf.text(50, 50, doc.vendor.name, 10, bold=True)
            pdf.text(50, 64, doc.t("qr_cover", False).format(t=doc.title, n=doc.invoice_number), 9)
            doc.features.append("qr_own_page")
        draw_qr_part(pdf, doc)
    else:
        draw_footer(pdf, doc)
    pdf.c.showPage()
    pdf.c.save()
    return pdf.buf.getvalue(), pdf.page
