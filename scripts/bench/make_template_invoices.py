#!/usr/bin/env python3
# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Bills printed through third-party open-source HTML invoice templates (issue 13).

    .venv/bin/python scripts/bench/make_template_invoices.py /tmp/tpl_corpus \\
        --sources /work/.mirror/sparksuite+simple-html-invoice-template/repo ... \\
        [--count-per-template 5] [--seed 13]

Each ``--sources`` directory is a git snapshot (``fetch github:owner/name``) of a template
repository under a permissive licence; the templates are read from its HEAD and never copied
into this repository. Per template a small adapter below fills its placeholders, or replaces
the sample data of its elements, with a random Swiss, French or German supplier's bill (legal
form, address, VAT id with a valid check digit, IBAN, lines, VAT rates of the country, totals
in Decimal), keeping the template's own markup and CSS; labels are put in the bill's language
(de/fr/it/en) where the template prints them. Headless Chromium prints each to PDF.

``manifest.json`` has the layout of ``/work/shared/samples/ocr`` (``documents[]``, the truth
fields of :data:`fincycle.extraction.model.TRUTH_FIELDS`); a field the template does not
print is null: a multi-rate bill's base per rate where the template prints only the rate
and the tax, the due date where it prints a payment term ("zahlbar innerhalb 14 Tagen"), the
IBAN of an invoice e-mail. ``split``: whole templates are held out: ``held`` when
``sha256(template id) % 3 == 0``, so ``--split held`` measures layouts never looked at.

Templates (all MIT; ``manifest.json`` ``templates`` records each one's commit):
sparksuite/simple-html-invoice-template invoice.html, anvilco/html-pdf-invoice-template
invoice.html (held), pratikborsadiya/vali-admin docs/page-invoice.html, ColorlibHQ/AdminLTE
dist/pages/invoice.html, rockdaboot/invoice-html5-to-pdf out.html (its print of
invoice_a4.php), ActiveCampaign/postmark-templates basic invoice e-mail (held),
themefisher/sleek-bootstrap theme/invoice.html, puikinsh/srtdash-admin-dashboard
srtdash/invoice.html. Admin-theme pages print only their invoice card (navigation left out);
remote stylesheets and scripts are dropped (no network when printing). Tried and left out:
kimai/invoice-templates din5008 (laid out for mPDF, it overlaps in a browser), Invoicebus (its
CSS needs Compass to build).
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import random
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pypdfium2
from bs4 import BeautifulSoup
from invoicegen import data as D
from invoicegen import identifiers as ids

CHROMIUM = "/usr/bin/chromium"
CENT = Decimal("0.01")

# Labels the adapters print, per language.
LBL = {
    "de": {
        "invoice": "Rechnung",
        "no": "Rechnung Nr.",
        "date": "Rechnungsdatum",
        "due": "Fällig am",
        "total": "Total",
        "subtotal": "Zwischensumme",
        "vat": "MwSt.",
        "to": "Rechnung an",
        "from": "Von",
        "desc": "Beschreibung",
        "qty": "Menge",
        "price": "Preis",
        "amount": "Betrag",
        "pay": "Zahlungsart",
        "transfer": "Banküberweisung",
        "vat_id": "MWST-Nr.",
        "thanks": "Vielen Dank!",
        "item": "Position",
        "pay_info": "Zahlungsinformationen",
        "due_by": "Zahlbar bis",
        "total_due": "Zu bezahlen",
    },
    "fr": {
        "invoice": "Facture",
        "no": "Facture n°",
        "date": "Date de facture",
        "due": "Échéance",
        "total": "Total",
        "subtotal": "Sous-total",
        "vat": "TVA",
        "to": "Facturé à",
        "from": "De",
        "desc": "Description",
        "qty": "Qté",
        "price": "Prix",
        "amount": "Montant",
        "pay": "Mode de paiement",
        "transfer": "Virement bancaire",
        "vat_id": "N° TVA",
        "thanks": "Merci !",
        "item": "Article",
        "pay_info": "Informations de paiement",
        "due_by": "Payable jusqu'au",
        "total_due": "Total à payer",
    },
    "it": {
        "invoice": "Fattura",
        "no": "Fattura n.",
        "date": "Data fattura",
        "due": "Scadenza",
        "total": "Totale",
        "subtotal": "Subtotale",
        "vat": "IVA",
        "to": "Fatturato a",
        "from": "Da",
        "desc": "Descrizione",
        "qty": "Quantità",
        "price": "Prezzo",
        "amount": "Importo",
        "pay": "Modalità di pagamento",
        "transfer": "Bonifico bancario",
        "vat_id": "N. IVA",
        "thanks": "Grazie!",
        "item": "Articolo",
        "pay_info": "Dati di pagamento",
        "due_by": "Pagabile entro",
        "total_due": "Totale dovuto",
    },
    "en": {
        "invoice": "Invoice",
        "no": "Invoice #",
        "date": "Invoice date",
        "due": "Due date",
        "total": "Total",
        "subtotal": "Subtotal",
        "vat": "VAT",
        "to": "Bill to",
        "from": "From",
        "desc": "Description",
        "qty": "Qty",
        "price": "Price",
        "amount": "Amount",
        "pay": "Payment method",
        "transfer": "Bank transfer",
        "vat_id": "VAT no.",
        "thanks": "Thank you!",
        "item": "Item",
        "pay_info": "Payment info",
        "due_by": "Due by",
        "total_due": "Total due",
    },
}
PROFILES = [
    ("CH", "de", 4),
    ("CH", "fr", 4),
    ("CH", "it", 1),
    ("CH", "en", 1),
    ("FR", "fr", 3),
    ("DE", "de", 3),
]
AMOUNT_STYLE = {"CH": ["ch", "plain", "en"], "FR": ["fr", "frnb"], "DE": ["de"]}


@dataclass
class Bill:
    country: str
    lang: str
    vendor: str
    street: str
    zip: str
    city: str
    vat: str
    vat_printed: str
    iban: str
    bic: str
    bank: str
    email: str
    phone: str
    web: str
    customer: str
    cust_street: str
    cust_zip: str
    cust_city: str
    number: str
    date: date
    due: date
    currency: str
    lines: list = field(default_factory=list)  # (description, qty, unit, rate, total)
    taxes: list = field(default_factory=list)  # (rate, base, amount)
    untaxed: Decimal = Decimal(0)
    tax: Decimal = Decimal(0)
    total: Decimal = Decimal(0)
    date_style: str = "dotted"
    amount_style: str = "ch"

    @property
    def L(self):
        if self.country == "DE":
            return {**LBL[self.lang], "vat_id": "USt-IdNr.", "vat": "MwSt."}
        return LBL[self.lang]

    def d(self, value: date) -> str:
        return D.fmt_date(value, self.date_style, self.lang)

    def a(self, value: Decimal) -> str:
        return D.fmt_amount(value, self.amount_style)

    def m(self, value: Decimal) -> str:
        return f"{self.currency} {self.a(value)}"

    def r(self, rate: Decimal) -> str:
        return D.fmt_rate(rate, self.amount_style, self.lang == "fr")


def make_bill(rng: random.Random, single_rate: bool = False, due_days: int = 0) -> Bill:
    country, lang = rng.choices([(c, lg) for c, lg, _ in PROFILES], [w for *_, w in PROFILES])[0]
    cdata = D.COUNTRY[country]
    if isinstance(cdata["cities"], dict):
        clang = lang if lang in cdata["cities"] else "de"
        cities, streets = cdata["cities"][clang], cdata["streets"][clang]
    else:
        clang, cities, streets = lang, cdata["cities"], cdata["streets"]
    zip_, city = rng.choice(cities)
    street = f"{rng.choice(streets)} {rng.randint(1, 120)}"
    key = f"{country}-{lang}"
    surname = rng.choice(D.SURNAMES.get(key) or D.SURNAMES[f"{country}-{clang}"])
    trade = rng.choice(D.TRADES[lang])
    form = rng.choice(D.FORMS.get(key) or D.FORMS[f"{country}-{clang}"])
    vendor = f"{surname} {trade} {form}" if lang != "fr" else f"{trade} {surname} {form}"
    vat = ids.make_vat(rng, country)
    bank, bic, code = rng.choice(cdata["banks"])
    iban = ids.make_iban(rng, country, code)
    slug = re.sub(r"[^a-z]", "", surname.lower().translate(str.maketrans("äöüéèç", "aoueec")))
    tld = {"CH": "ch", "FR": "fr", "DE": "de"}[country]
    cust = rng.choice(D.CUSTOMERS[country])
    inv_date = date(2025, 1, 1) + timedelta(days=rng.randint(0, 600))
    due = inv_date + timedelta(days=due_days or rng.choice([10, 14, 20, 30, 30, 45, 60]))
    number = rng.choice(
        [
            f"{inv_date.year}-{rng.randint(1, 999):04d}",
            f"R{rng.randint(10000, 99999)}",
            f"F{inv_date:%y}{rng.randint(100, 9999):04d}",
            f"{rng.randint(1000, 99999)}",
            f"INV-{inv_date.year}-{rng.randint(1, 999):03d}",
        ]
    )
    rates = D.RATES["CH_new" if country == "CH" else country]
    bill = Bill(
        country=country,
        lang=lang,
        vendor=vendor,
        street=street,
        zip=zip_,
        city=city,
        vat=vat,
        vat_printed=ids.print_vat(rng, vat, lang),
        iban=iban,
        bic=bic,
        bank=bank,
        email=f"info@{slug}.{tld}",
        phone={"CH": "+41", "FR": "+33", "DE": "+49"}[country]
        + " "
        + " ".join(ids.random_digits(rng, 2) for _ in range(4)),
        web=f"www.{slug}.{tld}",
        customer=cust[0],
        cust_street=f"{cust[1]} {rng.randint(1, 60)}",
        cust_zip=cust[2],
        cust_city=cust[3],
        number=number,
        date=inv_date,
        due=due,
        currency="CHF" if country == "CH" else "EUR",
        date_style=rng.choice(D.DATE_STYLES[lang]),
        amount_style=rng.choice(AMOUNT_STYLE[country]),
    )
    pool = list(D.ITEMS)
    rng.shuffle(pool)
    fixed_rate = rng.choice(["std", "std", "mid", "red"]) if single_rate else None
    for names, _unit, (low, high), rate_key, *_ in pool[: rng.randint(1, 5)]:
        rate = Decimal(rates[fixed_rate or rate_key])
        qty = Decimal(rng.choice([1, 1, 2, 3, 4, 5, 8, 10, 12]))
        unit = Decimal(rng.randint(low * 100, high * 100)) / 100
        bill.lines.append((names[lang], qty, unit, rate, (qty * unit).quantize(CENT)))
    by_rate = {}
    for *_, rate, total in bill.lines:
        by_rate[rate] = by_rate.get(rate, Decimal(0)) + total
    for rate, base in sorted(by_rate.items()):
        bill.taxes.append((rate, base, (base * rate / 100).quantize(CENT)))
    bill.untaxed = sum((t[1] for t in bill.taxes), Decimal(0))
    bill.tax = sum((t[2] for t in bill.taxes), Decimal(0))
    bill.total = bill.untaxed + bill.tax
    return bill


def esc(text) -> str:
    return html.escape(str(text))


def qty_text(q: Decimal) -> str:
    return f"{q.normalize():f}"


# ---------------------------------------------------------------------------------------------
# Adapters: (repo dir name, template path) -> function(source text, bill) -> html


def sparksuite(src: str, b: Bill) -> str:
    """sparksuite/simple-html-invoice-template: the sample rows replaced, CSS kept."""
    soup = BeautifulSoup(src, "html.parser")
    L = b.L
    title = soup.select_one("td.title")
    title.clear()
    title.append(BeautifulSoup(f"<span>{esc(b.vendor)}</span>", "html.parser"))
    meta = title.find_next_sibling("td")
    meta.clear()
    meta.append(
        BeautifulSoup(
            f"{esc(L['no'])}: {esc(b.number)}<br />{esc(L['date'])}: {esc(b.d(b.date))}<br />"
            f"{esc(L['due'])}: {esc(b.d(b.due))}",
            "html.parser",
        )
    )
    info = soup.select("tr.information td table td")
    info[0].clear()
    info[0].append(
        BeautifulSoup(
            f"{esc(b.vendor)}<br />{esc(b.street)}<br />{esc(b.zip)} {esc(b.city)}<br />"
            f"{esc(L['vat_id'])} {esc(b.vat_printed)}",
            "html.parser",
        )
    )
    info[1].clear()
    info[1].append(
        BeautifulSoup(
            f"{esc(b.customer)}<br />{esc(b.cust_street)}<br />{esc(b.cust_zip)} {esc(b.cust_city)}",
            "html.parser",
        )
    )
    headings = soup.select("tr.heading")
    cells = headings[0].find_all("td")
    cells[0].string, cells[1].string = L["pay"], "IBAN"
    det = soup.select_one("tr.details").find_all("td")
    det[0].string, det[1].string = L["transfer"], ids.group(b.iban)
    cells = headings[1].find_all("td")
    cells[0].string, cells[1].string = L["item"], L["price"]
    items = soup.select("tr.item")
    proto = items[0]
    for row in items:
        row.extract()
    total_row = soup.select_one("tr.total")
    for i, (desc, qty, unit, _rate, amount) in enumerate(b.lines):
        row = BeautifulSoup(str(proto), "html.parser").tr
        row["class"] = ["item", "last"] if i == len(b.lines) - 1 else ["item"]
        tds = row.find_all("td")
        label = desc if qty == 1 else f"{desc} ({qty_text(qty)} x {b.a(unit)})"
        tds[0].string, tds[1].string = label, b.m(amount)
        total_row.insert_before(row)
    sums = [(L["subtotal"], b.untaxed)] + [
        (f"{L['vat']} {b.r(rate)}", amount) for rate, _base, amount in b.taxes
    ]
    for label, value in sums:
        row = BeautifulSoup(str(total_row), "html.parser").tr
        row.find_all("td")[1].string = f"{label}: {b.m(value)}"
        total_row.insert_before(row)
    total_row.find_all("td")[1].string = f"{L['total']}: {b.m(b.total)}"
    return str(soup)


def anvil(src: str, b: Bill) -> str:
    """anvilco/html-pdf-invoice-template: invoice.html in index.html's stylesheets."""
    L = b.L
    soup = BeautifulSoup(src, "html.parser")
    for img in soup.find_all("img"):
        img.decompose()
    logo = soup.select_one(".logo-container")
    logo.append(BeautifulSoup(f"<strong>{esc(b.vendor)}</strong>", "html.parser"))
    page = soup.select_one(".page-container")
    if page:
        page.decompose()
    rows = soup.select("table.invoice-info-container tr")
    rows[0].select_one("td.client-name").clear()
    rows[0].select_one("td.client-name").append(
        BeautifulSoup(
            f"{esc(b.customer)}<br/><small>{esc(b.cust_street)}, {esc(b.cust_zip)} "
            f"{esc(b.cust_city)}</small>",
            "html.parser",
        )
    )
    right = [
        rows[0].find_all("td")[1],
        rows[1].find_all("td")[0],
        rows[2].find_all("td")[1],
        rows[3].find_all("td")[1],
    ]
    for cell, text in zip(
        right,
        [b.vendor, b.street, f"{b.zip} {b.city}", f"{L['vat_id']} {b.vat_printed}"],
        strict=True,
    ):
        cell.string = text
    for cell, label, value in (
        (rows[2].find_all("td")[0], L["date"], b.d(b.date)),
        (rows[3].find_all("td")[0], L["no"], b.number),
    ):
        cell.clear()
        cell.append(BeautifulSoup(f"{esc(label)}: <strong>{esc(value)}</strong>", "html.parser"))
    tables = soup.select("table.line-items-container")
    ths = tables[0].select("thead th")
    for th, text in zip(ths, [L["qty"], L["desc"], L["price"], L["amount"]], strict=True):
        th.string = text
    body = tables[0].select_one("tbody")
    proto = body.find("tr")
    body.clear()
    for desc, qty, unit, rate, amount in b.lines:
        row = BeautifulSoup(str(proto), "html.parser").tr
        tds = row.find_all("td")
        desc_text = desc if len(b.taxes) == 1 else f"{desc} ({b.r(rate)})"
        for td, text in zip(tds, [qty_text(qty), desc_text, b.a(unit), b.a(amount)], strict=True):
            td.string = text
        body.append(row)
    sums = [(L["subtotal"], b.untaxed)] + [
        (f"{L['vat']} {b.r(rate)} ({b.a(base)})", amount) for rate, base, amount in b.taxes
    ]
    for label, value in sums:
        row = BeautifulSoup(str(proto), "html.parser").tr
        tds = row.find_all("td")
        for td, text in zip(tds, ["", label, "", b.a(value)], strict=True):
            td.string = text
        body.append(row)
    ths = tables[1].select("thead th")
    for th, text in zip(ths, [L["pay_info"], L["due_by"], L["total_due"]], strict=True):
        th.string = text
    info = tables[1].select_one("td.payment-info")
    info.clear()
    info.append(
        BeautifulSoup(
            f"<div>IBAN: <strong>{esc(ids.group(b.iban))}</strong></div>"
            f"<div>BIC: <strong>{esc(b.bic)}</strong></div>",
            "html.parser",
        )
    )
    tds = tables[1].select("tbody td")
    tds[1].string = b.d(b.due)
    tds[2].string = b.m(b.total)
    spans = soup.select(".footer-info span")
    for span, text in zip(spans, [b.email, b.phone, b.web], strict=True):
        span.string = text
    thanks = soup.select_one(".footer-thanks span")
    if thanks:
        thanks.string = L["thanks"]
    head = (
        '<!doctype html><html><head><meta charset="utf-8">'
        '<link rel="stylesheet" href="web/modern-normalize.css">'
        '<link rel="stylesheet" href="web/web-base.css">'
        '<link rel="stylesheet" href="invoice.css"></head><body><div class="web-container">'
    )
    return head + str(soup) + "</div></body></html>"


def _strip_remote(soup) -> None:
    """No network when printing: remote stylesheets, fonts and scripts are left out."""
    for tag in soup.find_all(["script", "link"]):
        if tag.name == "script" or re.match(r"(https?:)?//", tag.get("href", "")):
            tag.decompose()


def _lines_rows(b: Bill) -> list:
    return [
        (desc, qty_text(qty), b.a(unit), b.a(amount), rate)
        for desc, qty, unit, rate, amount in b.lines
    ]


def vali(src: str, b: Bill) -> str:
    """pratikborsadiya/vali-admin docs/page-invoice.html: the invoice section of the admin
    page (navigation left out), sample rows replaced, sums added as rows of its table."""
    L = b.L
    soup = BeautifulSoup(src, "html.parser")
    _strip_remote(soup)
    for sel in (
        "header.app-header",
        "aside",
        ".app-sidebar__overlay",
        "ul.app-breadcrumb",
        ".app-title p",
        ".d-print-none",
    ):
        for tag in soup.select(sel):
            tag.decompose()
    title = soup.select_one(".app-title h1")
    title.string = L["invoice"]
    section = soup.select_one("section.invoice")
    section.select_one("h2.page-header").string = b.vendor
    section.select_one("h5").string = f"{L['date']}: {b.d(b.date)}"
    cols = section.select(".invoice-info > div")
    cols[0].clear()
    cols[0].append(
        BeautifulSoup(
            f"{esc(L['from'])}<address><strong>{esc(b.vendor)}</strong><br>{esc(b.street)}<br>"
            f"{esc(b.zip)} {esc(b.city)}<br>{esc(L['vat_id'])} {esc(b.vat_printed)}<br>"
            f"Email: {esc(b.email)}</address>",
            "html.parser",
        )
    )
    cols[1].clear()
    cols[1].append(
        BeautifulSoup(
            f"{esc(L['to'])}<address><strong>{esc(b.customer)}</strong><br>{esc(b.cust_street)}"
            f"<br>{esc(b.cust_zip)} {esc(b.cust_city)}</address>",
            "html.parser",
        )
    )
    cols[2].clear()
    cols[2].append(
        BeautifulSoup(
            f"<b>{esc(L['invoice'])} #{esc(b.number)}</b><br><br><b>{esc(L['due'])}:</b> "
            f"{esc(b.d(b.due))}<br><b>IBAN:</b> {esc(ids.group(b.iban))}",
            "html.parser",
        )
    )
    heads = section.select("thead th")
    for th, text in zip(
        heads, [L["qty"], L["item"], L["vat"], L["price"], L["amount"]], strict=True
    ):
        th.string = text
    body = section.select_one("tbody")
    body.clear()
    for desc, qty, unit, amount, rate in _lines_rows(b):
        body.append(
            BeautifulSoup(
                f"<tr><td>{qty}</td><td>{esc(desc)}</td><td>{esc(b.r(rate))}</td><td>{unit}</td>"
                f"<td>{esc(b.currency)} {amount}</td></tr>",
                "html.parser",
            )
        )
    sums = (
        [(L["subtotal"], b.untaxed)]
        + [(f"{L['vat']} {b.r(rate)}", amount) for rate, _base, amount in b.taxes]
        + [(L["total"], b.total)]
    )
    for label, value in sums:
        body.append(
            BeautifulSoup(
                f"<tr><td></td><td></td><td></td><td><b>{esc(label)}</b></td>"
                f"<td><b>{esc(b.m(value))}</b></td></tr>",
                "html.parser",
            )
        )
    return str(soup)


def adminlte(src: str, b: Bill) -> str:
    """ColorlibHQ/AdminLTE dist/pages/invoice.html: the invoice card of the admin page
    (navigation left out), sample texts replaced."""
    L = b.L
    soup = BeautifulSoup(src, "html.parser")
    _strip_remote(soup)
    for sel in (
        "nav.app-header",
        "aside.app-sidebar",
        "footer.app-footer",
        ".app-content-header",
        ".d-print-none",
        ".badge",
    ):
        for tag in soup.select(sel):
            tag.decompose()
    card = soup.select_one(".card-body")
    rows = card.find_all("div", class_="row", recursive=False)
    left, right = rows[0].find_all("div", recursive=False)
    left.select_one("h2").string = b.vendor
    left.select_one("p").clear()
    left.select_one("p").append(
        BeautifulSoup(
            f"{esc(b.street)}<br />{esc(b.zip)} {esc(b.city)}<br />{esc(b.email)}<br />"
            f"{esc(L['vat_id'])} {esc(b.vat_printed)}",
            "html.parser",
        )
    )
    right.select_one("h1").string = L["invoice"]
    right.select_one("p").clear()
    right.select_one("p").append(
        BeautifulSoup(f'<span class="fw-semibold">#</span>{esc(b.number)}', "html.parser")
    )
    left, right = rows[1].find_all("div", recursive=False)
    ps = left.find_all("p")
    ps[0].string, ps[1].string = L["to"], b.customer
    ps[2].clear()
    ps[2].append(
        BeautifulSoup(
            f"{esc(b.cust_street)}<br />{esc(b.cust_zip)} {esc(b.cust_city)}", "html.parser"
        )
    )
    ps = right.find_all("p")
    ps[0].string, ps[1].string = L["date"], b.d(b.date)
    ps[2].string, ps[3].string = L["due"], b.d(b.due)
    heads = card.select("thead th")
    for th, text in zip(heads, [L["desc"], L["qty"], L["price"], L["amount"]], strict=True):
        th.string = text
    body = card.select_one("tbody")
    proto = body.find("tr")
    body.clear()
    for desc, qty, unit, amount, rate in _lines_rows(b):
        row = BeautifulSoup(str(proto), "html.parser").tr
        row.select_one("p").string = desc
        row.select_one("small").string = f"{L['vat']} {b.r(rate)}"
        tds = row.find_all("td")
        tds[1].string, tds[2].string, tds[3].string = qty, unit, amount
        body.append(row)
    dl = card.select_one("dl")
    dts, dds = dl.find_all("dt"), dl.find_all("dd")
    proto_dt, proto_dd = str(dts[1]), str(dds[1])
    dts[0].string, dds[0].string = L["subtotal"], b.a(b.untaxed)
    dts[2].string, dds[2].string = L["total_due"], b.m(b.total)
    dts[1].decompose()
    dds[1].decompose()
    for rate, base, amount in reversed(b.taxes):
        dt = BeautifulSoup(proto_dt, "html.parser").dt
        dd = BeautifulSoup(proto_dd, "html.parser").dd
        dt.string = f"{L['vat']} ({b.r(rate)} / {b.a(base)})"
        dd.string = b.a(amount)
        dds[0].insert_after(dd)
        dds[0].insert_after(dt)
    note = card.find_all("p")[-1]
    note.clear()
    note.append(
        BeautifulSoup(
            f"{esc(b.bank)} · IBAN {esc(ids.group(b.iban))} · BIC {esc(b.bic)}", "html.parser"
        )
    )
    return str(soup)


RDB = {  # rockdaboot labels per language (the template prints them in German)
    "de": (
        "Rechnung",
        "den",
        "KundenNr.",
        "Zeitraum",
        "Artikel",
        "Beschreibung",
        "Menge",
        "Einzelpreis",
        "Preis",
        "Nettobetrag",
        "Umsatzsteuer",
        "Rechnungsbetrag",
        "Hinweise",
        "Der Rechnungsbetrag ist zahlbar innerhalb {n} Tagen ohne Abzug.",
        "Geschäftsführer",
        "USt-IdNr.",
    ),
    "fr": (
        "Facture",
        "le",
        "N° client",
        "Période",
        "Article",
        "Description",
        "Quantité",
        "Prix unitaire",
        "Prix",
        "Montant HT",
        "TVA",
        "Montant de la facture",
        "Remarques",
        "Le montant de la facture est payable dans les {n} jours sans escompte.",
        "Gérant",
        "N° TVA",
    ),
    "it": (
        "Fattura",
        "il",
        "N. cliente",
        "Periodo",
        "Articolo",
        "Descrizione",
        "Quantità",
        "Prezzo unitario",
        "Prezzo",
        "Imponibile",
        "IVA",
        "Importo fattura",
        "Note",
        "L'importo della fattura è pagabile entro {n} giorni senza sconto.",
        "Amministratore",
        "Partita IVA",
    ),
    "en": (
        "Invoice",
        "",
        "Customer no.",
        "Period",
        "Article",
        "Description",
        "Quantity",
        "Unit price",
        "Price",
        "Net amount",
        "VAT",
        "Invoice total",
        "Notes",
        "The invoice amount is payable within {n} days without deduction.",
        "Managing director",
        "VAT no.",
    ),
}


def rockdaboot(src: str, b: Bill) -> str:
    """rockdaboot/invoice-html5-to-pdf: out.html, the repository's own print of its
    invoice_a4.php (a German DIN letter), its texts replaced; one VAT rate, a payment term
    instead of a due date, bank and VAT id in the footer."""
    t = RDB[b.lang]
    cur = "€" if b.currency == "EUR" else "CHF"
    money = lambda v: f"{b.a(v)} {cur}"  # noqa: E731
    soup = BeautifulSoup(src, "html.parser")
    soup.find("div", style=re.compile("background:url")).decompose()
    tables = soup.select("body > div > table")
    head_td = tables[0].find("tr").find_all("td", recursive=False)
    head_td[0].clear()
    head_td[0].append(
        BeautifulSoup(
            f'<span style="width:70%; font-size:65%; text-decoration:underline;">{esc(b.vendor)}'
            f" · {esc(b.street)} · {esc(b.zip)} {esc(b.city)}</span><br><br>"
            f"<strong>{esc(b.customer)}</strong><br>{esc(b.cust_street)}<br><br>{esc(b.cust_zip)} "
            f"{esc(b.cust_city)}<br><br><br><br><br><br><br>",
            "html.parser",
        )
    )
    contact = head_td[1].find("table")
    contact.extract()
    head_td[1].clear()
    head_td[1].append(
        BeautifulSoup(
            f"<strong>{esc(b.vendor)}</strong><br>{esc(b.street)}<br>{esc(b.zip)} {esc(b.city)}"
            "<br><br>",
            "html.parser",
        )
    )
    values = [b.phone, b.phone[:-2] + "99", b.email, b.web]
    for tr, value in zip(contact.find_all("tr"), values, strict=True):
        tr.find_all("td")[1].string = value
    head_td[1].append(contact)
    tds = tables[1].find_all("td")
    tds[0].string = f"{t[0]} {b.number}"
    tds[1].string = f"{b.city}, {t[1] + ' ' if t[1] else ''}{b.d(b.date)}"
    period = f"{b.date - timedelta(days=30):%d%m%y}-{b.date - timedelta(days=1):%d%m%y}"
    tds[2].clear()
    tds[2].append(
        BeautifulSoup(
            f"<br>{esc(t[2])}: {rng_custid(b)}<br>{esc(t[3])}: {period}<br><br><br>", "html.parser"
        )
    )
    rows = tables[2].find_all("tr", recursive=False)
    for td, text in zip(rows[0].find_all("td"), t[4:9], strict=True):
        td.string = text
    proto = rows[2]
    for row in rows[2 : 2 + len(rows) - 9]:
        row.extract()
    anchor = rows[-7]  # the rule below the items
    for desc, qty, unit, amount, _rate in _lines_rows(b):
        row = BeautifulSoup(str(proto), "html.parser").tr
        cells = row.find_all("td")
        word = desc.split()[0]
        for td, text in zip(
            cells, [word, desc, qty, f"{unit} {cur}", f"{amount} {cur}"], strict=True
        ):
            td.string = text
        anchor.insert_before(row)
    rate, _base, tax = b.taxes[0]
    sums = rows[-7:]
    sums[2].find_all("td")[0].string = t[9]
    sums[2].find_all("td")[1].string = money(b.untaxed)
    vat_word = "MWST" if b.country == "CH" and b.lang == "de" else t[10]
    sums[3].find_all("td")[0].string = f"{vat_word} {qty_text(rate)}%"
    sums[3].find_all("td")[1].string = money(tax)
    sums[6].find_all("td")[0].string = t[11]
    sums[6].find_all("td")[1].string = money(b.total)
    notes = tables[3].find_all("td")
    notes[0].clear()
    notes[0].append(BeautifulSoup(f"<u>{esc(t[12])}</u>", "html.parser"))
    notes[1].clear()
    notes[1].append(
        BeautifulSoup(
            f"<br>{esc(t[13].format(n=(b.due - b.date).days))}<br><br><br>{esc(b.L['thanks'])}",
            "html.parser",
        )
    )
    footer = soup.find("footer")
    footer.clear()
    footer.append(
        BeautifulSoup(
            f"{esc(t[14])} {esc(b.vendor.split()[0])} · {esc(t[15])} {esc(b.vat_printed)}<br>"
            f"{esc(b.bank)} · IBAN {esc(ids.group(b.iban))} · BIC {esc(b.bic)}",
            "html.parser",
        )
    )
    return str(soup)


def rng_custid(b: Bill) -> str:
    return str(int(hashlib.sha256(b.number.encode()).hexdigest()[:4], 16) % 900 + 100)


POSTMARK = {  # the email's English texts and their translations
    "de": {
        "Amount Due:": "Fälliger Betrag:",
        "Due By:": "Fällig am:",
        "Pay Invoice": "Rechnung bezahlen",
        ">Description<": ">Beschreibung<",
        ">Amount<": ">Betrag<",
        ">Total<": ">Total<",
        "Hi ": "Hallo ",
        "Cheers,": "Freundliche Grüsse",
    },
    "fr": {
        "Amount Due:": "Montant dû :",
        "Due By:": "À payer avant le :",
        "Pay Invoice": "Payer la facture",
        ">Description<": ">Description<",
        ">Amount<": ">Montant<",
        ">Total<": ">Total<",
        "Hi ": "Bonjour ",
        "Cheers,": "Meilleures salutations,",
    },
    "it": {
        "Amount Due:": "Importo dovuto:",
        "Due By:": "Scadenza:",
        "Pay Invoice": "Paga la fattura",
        ">Description<": ">Descrizione<",
        ">Amount<": ">Importo<",
        ">Total<": ">Totale<",
        "Hi ": "Buongiorno ",
        "Cheers,": "Cordiali saluti,",
    },
    "en": {},
}


def postmark(src: str, b: Bill) -> str:
    """ActiveCampaign/postmark-templates basic invoice e-mail (Mustache): its placeholders
    filled, the VAT rows as rows of its purchase table, the sender's address in its footer."""
    L = b.L
    head, rest = src.split("{{#each invoice_details}}", 1)
    row, tail = rest.split("{{/each}}", 1)
    rows = []
    details = [
        (f"{desc} ({qty_text(qty)} x {b.a(unit)})" if qty != 1 else desc, amount)
        for desc, qty, unit, _rate, amount in b.lines
    ]
    details.append((L["subtotal"], b.untaxed))
    details += [(f"{L['vat']} {b.r(rate)}", amount) for rate, _base, amount in b.taxes]
    for desc, amount in details:
        rows.append(
            row.replace("{{description}}", esc(desc)).replace("{{amount}}", esc(b.m(amount)))
        )
    text = head + "".join(rows) + tail
    values = {
        "name": b.customer,
        "total": b.m(b.total),
        "due_date": b.d(b.due),
        "purchase_date": b.d(b.date),
        "invoice_id": f"{L['invoice']} {b.number}",
        "date": b.d(b.date),
        "action_url": f"https://{b.web}/pay",
        "support_url": f"https://{b.web}/support",
    }
    text = re.sub(r"\{\{\s*(\w+)\s*\}\}", lambda m: esc(values.get(m.group(1), "")), text)
    text = text.replace("[Product Name]", esc(b.vendor))
    text = text.replace("[Company Name, LLC]", esc(b.vendor))
    text = text.replace("1234 Street Rd.", f"{esc(b.street)}, {esc(b.zip)} {esc(b.city)}")
    text = text.replace("Suite 1234", f"{esc(L['vat_id'])} {esc(b.vat_printed)}")
    for english, local in POSTMARK[b.lang].items():
        text = text.replace(english, local)
    return text


def sleek(src: str, b: Bill) -> str:
    """themefisher/sleek-bootstrap theme/invoice.html: the invoice of the admin page
    (navigation left out), sample texts replaced."""
    L = b.L
    soup = BeautifulSoup(src, "html.parser")
    _strip_remote(soup)
    for sel in (
        "aside",
        "header",
        "footer",
        ".btn-group",
        ".btn",
        ".right-sidebar-2",
        "#sidebar",
        ".card-default",
    ):
        for tag in soup.select(sel):
            tag.decompose()
    inv = soup.select_one(".invoice-wrapper")
    inv.select_one("h2").string = f"{L['invoice']} #{b.number}"
    cols = inv.select(".row.pt-5 > div")
    for col, label, lines in (
        (
            cols[0],
            L["from"],
            [b.vendor, f"{b.street}, {b.zip} {b.city}", f"Email: {b.email}", f"Tel: {b.phone}"],
        ),
        (cols[1], L["to"], [b.customer, f"{b.cust_street}, {b.cust_zip} {b.cust_city}"]),
        (
            cols[2],
            {"de": "Details", "fr": "Détails", "it": "Dettagli", "en": "Details"}[b.lang],
            [
                f"{L['no']}: #{b.number}",
                b.d(b.date),
                f"{L['vat_id']}: {b.vat_printed}",
                f"{L['due']}: {b.d(b.due)}",
            ],
        ),
    ):
        col.select_one("p").string = label
        address = col.select_one("address")
        address.clear()
        address.append(BeautifulSoup("<br> ".join(esc(x) for x in lines), "html.parser"))
    heads = inv.select("thead th")
    for th, text in zip(
        heads, ["#", L["item"], L["desc"], L["qty"], L["price"], L["total"]], strict=True
    ):
        th.string = text
    body = inv.select_one("tbody")
    body.clear()
    for i, (desc, qty, unit, amount, _rate) in enumerate(_lines_rows(b), 1):
        body.append(
            BeautifulSoup(
                f"<tr><td>{i}</td><td>{esc(desc.split()[0])}</td><td>{esc(desc)}</td><td>{qty}</td>"
                f"<td>{esc(b.currency)} {unit}</td><td>{esc(b.currency)} {amount}</td></tr>",
                "html.parser",
            )
        )
    items = inv.select("ul.list-unstyled li")
    proto_mid = str(items[1])
    items[0].contents[0].replace_with(f" {L['subtotal']} ")
    items[0].span.string = b.m(b.untaxed)
    items[2].contents[0].replace_with(f"{L['total']} ")
    items[2].span.string = b.m(b.total)
    items[1].decompose()
    for rate, _base, amount in reversed(b.taxes):
        li = BeautifulSoup(proto_mid, "html.parser").li
        li.contents[0].replace_with(f"{L['vat']}({b.r(rate)})")
        li.span.string = b.m(amount)
        items[0].insert_after(li)
    note = soup.new_tag("p", attrs={"class": "mt-4 text-dark"})
    note.string = f"{L['transfer']}: IBAN {ids.group(b.iban)} · BIC {b.bic} · {b.bank}"
    inv.append(note)
    return str(soup)


def srtdash(src: str, b: Bill) -> str:
    """puikinsh/srtdash-admin-dashboard srtdash/invoice.html: the invoice area of the admin
    page (navigation left out), sample texts replaced; the sender, who is the page's logo,
    printed in a line under the table."""
    L = b.L
    soup = BeautifulSoup(src, "html.parser")
    _strip_remote(soup)
    area = soup.select_one(".invoice-area")
    main = soup.select_one(".main-content-inner") or area.parent
    body_tag = soup.body
    body_tag.clear()
    wrapper = soup.new_tag("div", attrs={"class": "container mt-5"})
    wrapper.append(area)
    body_tag.append(wrapper)
    del main
    area.select_one(".iv-left span").string = L["invoice"]
    area.select_one(".iv-right span").string = f"#{b.number}"
    addr = area.select_one(".invoice-address")
    addr.select_one("h3").string = L["to"]
    addr.select_one("h5").string = b.customer
    ps = addr.find_all("p")
    ps[0].string = b.cust_street
    ps[1].string = f"{b.cust_zip} {b.cust_city}"
    ps[2].decompose()
    lis = area.select("ul.invoice-date li")
    lis[0].string = f"{L['date']} : {b.d(b.date)}"
    lis[1].string = f"{L['due']} : {b.d(b.due)}"
    heads = area.select("thead th")
    for th, text in zip(heads, ["id", L["desc"], L["qty"], L["price"], L["total"]], strict=True):
        th.string = text
    tbody = area.select_one("tbody")
    tbody.clear()
    for i, (desc, qty, unit, amount, rate) in enumerate(_lines_rows(b), 1):
        tbody.append(
            BeautifulSoup(
                f'<tr><td class="text-center">{i}</td><td class="text-left">{esc(desc)} '
                f"({esc(b.r(rate))})</td><td>{qty}</td><td>{unit}</td><td>{amount}</td></tr>",
                "html.parser",
            )
        )
    tfoot = area.select_one("tfoot")
    proto = str(tfoot.find("tr"))
    tfoot.clear()
    sums = (
        [(L["subtotal"], b.a(b.untaxed))]
        + [(f"{L['vat']} {b.r(rate)}", b.a(amount)) for rate, _base, amount in b.taxes]
        + [(f"{L['total']} {b.currency}", b.a(b.total))]
    )
    for label, value in sums:
        row = BeautifulSoup(proto, "html.parser").tr
        tds = row.find_all("td")
        tds[0].string, tds[1].string = f"{label} :", value
        tfoot.append(row)
    note = soup.new_tag("p", attrs={"class": "mt-4"})
    note.string = (
        f"{b.vendor} · {b.street} · {b.zip} {b.city} · {L['vat_id']} "
        f"{b.vat_printed} · IBAN {ids.group(b.iban)}"
    )
    area.append(note)
    return str(soup)


@dataclass
class Template:
    id: str
    repo: str  # owner/name
    mirror: str  # directory name under the mirrors
    path: str
    license: str
    adapter: object
    single_rate: bool = False
    prints: tuple = ()  # truth fields the template prints (others are null)
    html_name: str = "invoice.html"
    prints_bases: bool = False  # each VAT rate's base printed (else null in the truth)
    assets: str = ""  # the folder of its stylesheets when not the page's
    due_days: int = 0  # the template prints a payment term of the bill's days, no due date


ALL = (
    "vendor_name",
    "vendor_vat",
    "vendor_iban",
    "invoice_number",
    "invoice_date",
    "due_date",
    "currency",
    "amount_untaxed",
    "amount_tax",
    "amount_total",
    "taxes",
)
TEMPLATES = [
    Template(
        "sparksuite_simple",
        "sparksuite/simple-html-invoice-template",
        "sparksuite+simple-html-invoice-template",
        "invoice.html",
        "MIT",
        sparksuite,
        prints=ALL,
    ),
    Template(
        "anvil_html_pdf",
        "anvilco/html-pdf-invoice-template",
        "anvilco+html-pdf-invoice-template",
        "invoice.html",
        "MIT",
        anvil,
        prints=ALL,
        prints_bases=True,
        html_name="rendered.html",
    ),
    Template(
        "vali_admin",
        "pratikborsadiya/vali-admin",
        "pratikborsadiya+vali-admin",
        "docs/page-invoice.html",
        "MIT",
        vali,
        prints=ALL,
        html_name="docs/rendered.html",
    ),
    Template(
        "adminlte4",
        "ColorlibHQ/AdminLTE",
        "ColorlibHQ+AdminLTE",
        "dist/pages/invoice.html",
        "MIT",
        adminlte,
        prints=ALL,
        prints_bases=True,
        html_name="dist/pages/rendered.html",
        assets="dist/css",
    ),
    Template(
        "rockdaboot_a4",
        "rockdaboot/invoice-html5-to-pdf",
        "rockdaboot+invoice-html5-to-pdf",
        "out.html",
        "MIT",
        rockdaboot,
        single_rate=True,
        prints=ALL,
        html_name="rendered.html",
        due_days=14,
    ),
    Template(
        "postmark_basic",
        "ActiveCampaign/postmark-templates",
        "ActiveCampaign+postmark-templates",
        "templates-inlined/basic/invoice/content.html",
        "MIT",
        postmark,
        prints=ALL[:2] + ALL[3:],
    ),
    Template(
        "sleek_bootstrap",
        "themefisher/sleek-bootstrap",
        "themefisher+sleek-bootstrap",
        "theme/invoice.html",
        "MIT",
        sleek,
        prints=ALL,
        html_name="theme/rendered.html",
    ),
    Template(
        "srtdash_admin",
        "puikinsh/srtdash-admin-dashboard",
        "puikinsh+srtdash-admin-dashboard",
        "srtdash/invoice.html",
        "MIT",
        srtdash,
        prints=ALL,
        html_name="srtdash/rendered.html",
    ),
]


def split_of(template_id: str) -> str:
    return (
        "held" if int(hashlib.sha256(template_id.encode()).hexdigest()[:8], 16) % 3 == 0 else "dev"
    )


def git(repo: Path, *args) -> bytes:
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True).stdout


ASSET_EXT = (".css", ".woff", ".woff2", ".ttf", ".otf", ".eot")


def extract_assets(repo: Path, tpl: Template, dest: Path) -> None:
    """The stylesheets and fonts beside the template (blobs absent from a snapshot skipped)."""
    folder = tpl.assets or str(Path(tpl.html_name).parent)
    listing = git(repo, "ls-tree", "-r", "HEAD", "--", "." if folder == "." else folder)
    for line in listing.decode().splitlines():
        meta, path = line.split("\t", 1)
        if not path.endswith(ASSET_EXT):
            continue
        try:
            blob = git(repo, "cat-file", "blob", meta.split()[2])
        except subprocess.CalledProcessError:
            continue
        target = dest / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(blob)


def pdf_text(pdf: bytes) -> tuple[str, int]:
    doc = pypdfium2.PdfDocument(pdf)
    text = "\n".join(page.get_textpage().get_text_range() for page in doc)
    return text, len(doc)


def printed(value: str, text: str) -> bool:
    squash = lambda s: re.sub(r"[\s.\-/']", "", s).casefold()  # noqa: E731
    return squash(value) in squash(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--sources", nargs="+", type=Path, required=True)
    parser.add_argument("--count-per-template", type=int, default=5)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    files = args.out / "files"
    files.mkdir(parents=True, exist_ok=True)
    mirrors = {}
    for src in args.sources:
        repo = src if (src / "HEAD").exists() or (src / ".git").exists() else src / "repo"
        mirrors[repo.parent.name if repo.name in ("repo", ".git") else repo.name] = repo
    documents, used = [], []
    for tpl in TEMPLATES:
        repo = mirrors.get(tpl.mirror)
        if repo is None:
            print(f"skip {tpl.id}: no --sources for {tpl.repo}")
            continue
        commit = git(repo, "rev-parse", "HEAD").decode().strip()
        source = git(repo, "show", f"HEAD:{tpl.path}").decode()
        split = split_of(tpl.id)
        used.append(
            {
                "id": tpl.id,
                "repo": tpl.repo,
                "path": tpl.path,
                "commit": commit,
                "license": tpl.license,
                "split": split,
            }
        )
        with tempfile.TemporaryDirectory() as tmp:
            extract_assets(repo, tpl, Path(tmp))
            for k in range(args.count_per_template):
                bill = make_bill(rng, tpl.single_rate, tpl.due_days)
                page = Path(tmp) / tpl.html_name
                page.parent.mkdir(parents=True, exist_ok=True)
                page.write_text(tpl.adapter(source, bill), encoding="utf-8")
                out_pdf = Path(tmp) / "out.pdf"
                subprocess.run(
                    [
                        CHROMIUM,
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--blink-settings=imagesEnabled=false",
                        f"--print-to-pdf={out_pdf}",
                        "--no-pdf-header-footer",
                        "--virtual-time-budget=2000",
                        page.as_uri(),
                    ],
                    check=True,
                    capture_output=True,
                    timeout=120,
                )
                pdf = out_pdf.read_bytes()
                doc_id = f"tpl_{tpl.id}_{k + 1:02d}"
                (files / f"{doc_id}.pdf").write_bytes(pdf)
                text, pages = pdf_text(pdf)
                documents.append(
                    document(doc_id, tpl, commit, split, bill, pdf=pdf, text=text, pages=pages)
                )
                print(doc_id, split, pages, "pages")
    manifest = {
        "set": "third_party_html_templates",
        "seed": args.seed,
        "split_rule": "whole templates: sha256(template id) % 3 == 0 -> held",
        "templates": used,
        "count": len(documents),
        "splits": {s: sum(d["split"] == s for d in documents) for s in ("dev", "held")},
        "documents": documents,
    }
    (args.out / "manifest.json").write_text(
        json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(
        f"{len(documents)} documents ({manifest['splits']['dev']} dev, "
        f"{manifest['splits']['held']} held) in {args.out}"
    )


def document(doc_id, tpl, commit, split, b: Bill, *, pdf, text, pages) -> dict:
    truth = {
        "document_type": "invoice",
        "vendor_name": b.vendor,
        "vendor_vat": b.vat,
        "vendor_iban": b.iban,
        "invoice_number": b.number,
        "invoice_date": b.date.isoformat(),
        # a payment term ("zahlbar innerhalb 14 Tagen") is no printed due date
        "due_date": None if tpl.due_days else b.due.isoformat(),
        "currency": b.currency,
        "amount_untaxed": float(b.untaxed),
        # a multi-rate bill's base per rate only where the template prints it
        "taxes": [
            {
                "rate": float(r),
                "base": float(base) if tpl.prints_bases or len(b.taxes) == 1 else None,
                "amount": float(a),
            }
            for r, base, a in b.taxes
        ],
        "amount_tax": float(b.tax),
        "amount_total": float(b.total),
        "payment_reference": None,
        "payment_reference_type": None,
    }
    for name in ALL:
        if name not in tpl.prints:
            truth[name] = [] if name == "taxes" else None
    flags = []
    for name in ("vendor_vat", "vendor_iban", "invoice_number"):
        if truth[name] and not printed(truth[name], text):
            flags.append(f"{name}_not_printed")
            truth[name] = None
    return {
        "id": doc_id,
        "file": f"files/{doc_id}.pdf",
        "source": f"github:{tpl.repo}:{tpl.path}@{commit[:12]}",
        "license": f"template {tpl.license}; data generated (make_template_invoices.py)",
        "template": tpl.id,
        "kind": "pdf_text",
        "pages": pages,
        "country": b.country,
        "language": b.lang,
        "layout": "designed",
        "has_embedded_xml": False,
        "has_text_layer": True,
        "has_qr_bill": False,
        "gt_origin": "generator values at print time",
        **truth,
        "customer_name": b.customer,
        "customer_vat": None,
        "lines": len(b.lines),
        "flags": flags,
        "split": split,
        "sha256": hashlib.sha256(pdf).hexdigest(),
        "bytes": len(pdf),
    }


if __name__ == "__main__":
    main()
