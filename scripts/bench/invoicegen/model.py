# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The synthetic invoice as a model: what is printed and its exact ground truth.

:func:`build` draws one document from ``random.Random(seed * 100003 + index)``: same seed and
index, same document (vendor, customer, lines, taxes, dates, layout, distractors).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from stdnum import luhn

from .data import (
    COUNTRY,
    CUSTOMERS,
    DATE_STYLES,
    FONTS,
    FORMS,
    ITEMS,
    LAYOUTS,
    PROFILES,
    RATES,
    SURNAMES,
    TRADES,
    L,
    fmt_amount,
    fmt_date,
    fmt_rate,
    q2,
)
from .identifiers import make_iban, make_qrr, make_scor, make_vat, print_vat, random_digits


@dataclass
class Party:
    name: str
    street: str
    number: str
    zip: str
    city: str
    country: str
    vat: str | None = None
    vat_printed: str | None = None
    province: str = ""

    @property
    def street_line(self) -> str:
        if self.country in ("FR", "GB"):
            return f"{self.number} {self.street}"
        if self.country == "IT":
            return f"{self.street}, {self.number}"
        return f"{self.street} {self.number}"

    @property
    def city_line(self) -> str:
        if self.country == "GB":
            return f"{self.city} {self.zip}"
        if self.province:
            return f"{self.zip} {self.city} ({self.province})"
        return f"{self.zip} {self.city}"


@dataclass
class Line:
    description: str
    quantity: Decimal
    price_unit: Decimal
    rate: Decimal
    unit: str
    code: str
    discount: Decimal = Decimal(0)

    @property
    def subtotal(self) -> Decimal:
        return q2(self.quantity * self.price_unit * (100 - self.discount) / 100)


@dataclass
class Doc:
    id: str
    rng: random.Random
    country: str
    lang: str
    currency: str
    doc_type: str
    vendor: Party
    customer: Party
    invoice_number: str
    invoice_date: date
    due_date: date | None
    due_printed: bool
    terms_days: int
    lines: list[Line]
    incl: bool
    rounding_05: bool
    global_discount: Decimal
    exempt_reason: str | None
    iban: str
    iban_printed: list[str]
    bank: tuple
    qr: str | None  # None | QRR | SCOR | NON
    payment_reference: str | None
    reference_in_text: bool
    registry: str | None
    layout: str
    amount_style: str
    date_style: str
    fonts: tuple
    negative_printed: bool
    features: list[str] = field(default_factory=list)
    taxes: list[dict] = field(default_factory=list)
    untaxed: Decimal = Decimal(0)
    tax: Decimal = Decimal(0)
    rounding: Decimal = Decimal(0)
    total: Decimal = Decimal(0)
    lines_sum: Decimal = Decimal(0)
    discount_amount: Decimal = Decimal(0)
    distractors: dict = field(default_factory=dict)

    def compute(self) -> None:
        by_rate: dict[Decimal, Decimal] = {}
        for ln in self.lines:
            by_rate[ln.rate] = by_rate.get(ln.rate, Decimal(0)) + ln.subtotal
        self.lines_sum = sum(by_rate.values(), Decimal(0))
        if self.global_discount:
            discounted = {r: q2(v * (100 - self.global_discount) / 100) for r, v in by_rate.items()}
            self.discount_amount = self.lines_sum - sum(discounted.values(), Decimal(0))
            by_rate = discounted
        self.taxes = []
        for rate in sorted(by_rate, reverse=True):
            amount_printed = by_rate[rate]
            if self.incl:  # the lines are gross: VAT is extracted from the gross amount
                tax = q2(amount_printed * rate / (100 + rate))
                base = amount_printed - tax
                gross = amount_printed
            else:
                base = amount_printed
                tax = q2(base * rate / 100)
                gross = base + tax
            self.taxes.append({"rate": rate, "base": base, "amount": tax, "gross": gross})
        self.untaxed = sum((t["base"] for t in self.taxes), Decimal(0))
        self.tax = sum((t["amount"] for t in self.taxes), Decimal(0))
        exact = self.untaxed + self.tax
        if self.rounding_05:
            rounded = (exact / Decimal("0.05")).quantize(
                Decimal(1), rounding=ROUND_HALF_UP
            ) * Decimal("0.05")
            self.rounding = q2(rounded - exact)
        self.total = exact + self.rounding

    def money(self, value: Decimal) -> str:
        if self.negative_printed and value != 0:
            value = -value
        return fmt_amount(value, self.amount_style)

    def rate(self, rate: Decimal) -> str:
        spaced = self.distractors.setdefault(
            "rate_spaced", self.lang == "fr" or self.rng.random() < 0.3
        )
        return fmt_rate(rate, self.amount_style, spaced)

    def date(self, d: date) -> str:
        return fmt_date(d, self.date_style, self.lang)

    def t(self, key: str, pick: bool = True):
        value = L[self.lang][key]
        if isinstance(value, list) and pick:
            return self.distractors.setdefault(f"t:{key}", self.rng.choice(value))
        return value

    @property
    def title(self) -> str:
        return self.t("credit_note" if self.doc_type == "credit_note" else "invoice")

    def with_currency(self, text: str) -> str:
        """Amount with the currency as the document prints it in the totals."""
        style = self.distractors.setdefault(
            "cur_style", self.rng.choice(["prefix", "suffix", "suffix", "symbol"])
        )
        symbol = {"EUR": "€", "GBP": "£", "USD": "$"}.get(self.currency)
        if style == "symbol" and symbol and self.currency != "USD":
            return f"{symbol} {text}" if self.amount_style in ("en", "ch") else f"{text} {symbol}"
        if style == "prefix":
            return f"{self.currency} {text}"
        return f"{text} {self.currency}"


def _party(rng, country: str, lang: str, name: str) -> Party:
    info = COUNTRY[country]
    if country == "CH":
        zip_, city = rng.choice(info["cities"][lang if lang != "en" else rng.choice(["de", "fr"])])
        street = rng.choice(info["streets"][lang if lang in info["streets"] else "de"])
        return Party(name, street, str(rng.randint(1, 180)), zip_, city, country)
    city = rng.choice(info["cities"])
    street = rng.choice(info["streets"])
    number = str(rng.randint(1, 120)) + rng.choice(["", "", "", "a", "b"])
    return Party(
        name, street, number, city[0], city[1], country, province=city[2] if len(city) > 2 else ""
    )


def vendor_name(rng, country: str, lang: str) -> str:
    key = f"{country}-{lang}"
    surname = rng.choice(SURNAMES[key])
    trade = rng.choice(TRADES[lang])
    form = rng.choice(FORMS[key])
    pattern = rng.randint(0, 2)
    if form.startswith("&"):
        return f"{surname} {trade} {form}"
    if pattern == 0 or lang == "en":
        return f"{surname} {trade} {form}"
    if pattern == 1:
        return f"{trade} {surname} {form}"
    other = rng.choice([s for s in SURNAMES[key] if s != surname])
    return f"{surname} & {other} {form}"


PREFIXES = {"de": ("RE", "GS"), "fr": ("F", "AV"), "it": ("FT", "NC"), "en": ("INV", "CN")}


def invoice_number(rng, d: date, credit: bool, lang: str) -> str:
    n = rng.randint(1, 99999)
    prefix = PREFIXES[lang][credit]
    return rng.choice(
        [
            f"{prefix}-{d.year}-{n:05d}",
            f"{d.year}/{n:04d}",
            f"{prefix}{d:%y%m}{n % 1000:03d}",
            f"{prefix}-{n:06d}",
            f"{n:06d}",
            f"{n}/{d.year}",
            f"{d.year}-{rng.choice(['A', 'B', 'CH', 'IT'])}-{n:04d}",
            f"{prefix} {d.year}.{n:05d}",
        ]
    )


def _customer(rng: random.Random, country: str, lang: str) -> Party:
    """The customer: same country mostly, sometimes cross-border; always another company."""
    cust_country = (
        country if rng.random() < 0.75 else rng.choice([c for c in CUSTOMERS if c != country])
    )
    cname, cstreet, czip, ccity = rng.choice(CUSTOMERS[cust_country])
    customer = Party(cname, cstreet, str(rng.randint(1, 60)), czip, ccity, cust_country)
    customer.vat = make_vat(rng, cust_country)
    customer.vat_printed = print_vat(
        rng, customer.vat, lang if cust_country != "CH" or lang != "en" else "de"
    )
    return customer


def _line_items(
    rng: random.Random,
    *,
    lang: str,
    n_lines: int,
    cats: list[str],
    rates: dict,
    exempt: str | None,
    line_discounts: bool,
    features: list[str],
) -> list[Line]:
    """The invoice lines (and, rarely, a disbursement at 0 %)."""
    lines = []
    units = L[lang]["units"]
    for _ in range(n_lines):
        cat = rng.choice(cats)
        texts, unit_i, (lo, hi), _c = rng.choice([it for it in ITEMS if it[3] == cat] or ITEMS)
        rate = Decimal(0) if exempt else Decimal(rates[cat])
        if unit_i == 1:
            qty = Decimal(rng.choice([1, 2, 3, 4, 6, 8]) * 25) / 100 * rng.randint(1, 8)
        elif unit_i in (2, 4):
            qty = Decimal(rng.randint(10, 1800))
        else:
            qty = Decimal(rng.randint(1, 24))
        price = q2(Decimal(str(rng.uniform(lo, hi))))
        disc = Decimal(rng.choice([0, 0, 5, 10, 15])) if line_discounts else Decimal(0)
        lines.append(
            Line(texts[lang], qty, price, rate, units[unit_i], f"{rng.randint(100, 99999)}", disc)
        )
    if rng.random() < 0.05 and not exempt:
        lines.append(
            Line(
                L[lang]["disbursement"],
                Decimal(1),
                q2(Decimal(str(rng.uniform(10, 90)))),
                Decimal(0),
                units[3],
                "999",
                Decimal(0),
            )
        )
        features.append("zero_rate_line")
    return lines


def _payment(
    rng: random.Random,
    *,
    country: str,
    currency: str,
    credit: bool,
    inv_date: date,
    lang: str,
    features: list[str],
) -> tuple:
    """Bank, IBAN to pay, IBANs printed, QR-bill type, payment reference and the invoice number
    (drawn between the QR-bill type and the reference)."""
    bank = rng.choice(COUNTRY[country]["banks"])
    iban = make_iban(rng, country, bank[2])
    ibans = [iban]
    qr = None
    reference = None
    if country == "CH" and currency in ("CHF", "EUR") and not credit and rng.random() < 0.7:
        qr = rng.choices(["QRR", "SCOR", "NON"], [55, 25, 20])[0]
    inv_no = invoice_number(rng, inv_date, credit, lang)
    if qr == "QRR":
        iban = make_iban(rng, "CH", qr=True)  # pay to the QR-IBAN; the footer keeps the normal IBAN
        ibans.append(iban)
        reference = make_qrr(rng)
    elif qr == "SCOR" or (qr is None and not credit and rng.random() < 0.12):
        reference = make_scor(
            rng, inv_no if rng.random() < 0.5 else random_digits(rng, rng.randint(6, 15))
        )
    if country == "CH" and currency in ("CHF", "EUR") and rng.random() < 0.15 and qr != "QRR":
        other = make_iban(rng, "CH", rng.choice(COUNTRY["CH"]["banks"])[2])
        ibans.append(other)  # a second account in the other currency: GT is the invoice currency's
        features.append("two_ibans")
    return bank, iban, ibans, qr, reference, inv_no


def _registry(rng: random.Random, country: str, vendor: Party) -> str:
    """The company register line of the footer (SIRET/RCS, HRB, REA, UID, Companies House)."""
    if country == "FR":
        siren = vendor.vat[4:]
        nic = random_digits(rng, 4)
        siret = siren + nic + luhn.calc_check_digit(siren + nic)
        registry = f"SIRET {siret[:3]} {siret[3:6]} {siret[6:9]} {siret[9:]} \u2013 RCS {vendor.city} B {siren[:3]} {siren[3:6]} {siren[6:]}"
    elif country == "DE":
        registry = f"Amtsgericht {vendor.city} HRB {rng.randint(1000, 240000)} · Steuernummer {rng.randint(10, 99)}/{rng.randint(100, 999)}/{rng.randint(10000, 99999)}"
    elif country == "IT":
        registry = f"REA {vendor.province}-{rng.randint(100000, 2999999)} · Cap. soc. € {rng.choice(['10.000', '50.000', '120.000'])} i.v."
    elif country == "CH":
        d = vendor.vat[3:]
        registry = f"Handelsregister: CHE-{d[:3]}.{d[3:6]}.{d[6:]}"
    else:
        registry = f"Registered in England and Wales No. {rng.randint(1000000, 13999999):08d}"
    return registry


def _styles(rng: random.Random, country: str, lang: str, credit: bool) -> tuple:
    """Amount and date styles, a credit note printed negative, layout and fonts."""
    amount_style = {
        "CH": rng.choice(["ch", "ch", "ch", "plain"] + (["en"] if lang == "en" else [])),
        "FR": rng.choice(["fr", "fr", "frnb", "plain"]),
        "DE": rng.choice(["de", "de", "de", "plain"]),
        "IT": rng.choice(["de", "de", "plain"]),
        "GB": "en",
    }[country]
    date_style = rng.choice(DATE_STYLES[lang])
    if country == "CH" and date_style in ("slash", "dashed"):
        date_style = "dotted"
    negative = credit and rng.random() < 0.3
    layout = rng.choice(LAYOUTS)
    fonts = ("Courier", "Courier-Bold") if layout == "mono" else rng.choice(FONTS)
    return amount_style, date_style, negative, layout, fonts


def build(index: int, seed: int) -> Doc:
    """Document ``index`` of the set drawn with ``seed``; the same pair always gives the same
    document (the draws are made in a fixed order: keep it when changing this)."""
    rng = random.Random(seed * 100003 + index)
    country, lang, _ = rng.choices(PROFILES, weights=[p[2] for p in PROFILES])[0]
    if country == "CH":
        currency = rng.choices(["CHF", "EUR", "USD"], [75, 20, 5 if lang == "en" else 0])[0]
    elif country == "GB":
        currency = rng.choices(["GBP", "EUR", "USD"], [70, 15, 15])[0]
    else:
        currency = "EUR"
    inv_date = date(2023, 1, 1) + timedelta(days=rng.randint(0, 1094))
    credit = rng.random() < 0.1
    rates = (
        RATES["CH_new" if inv_date >= date(2024, 1, 1) else "CH_old"]
        if country == "CH"
        else RATES[country]
    )

    vendor = _party(rng, country, lang, vendor_name(rng, country, lang))
    vendor.vat = make_vat(rng, country)
    vendor.vat_printed = print_vat(rng, vendor.vat, lang)
    customer = _customer(rng, country, lang)
    assert customer.vat != vendor.vat and customer.name != vendor.name

    features: list[str] = []
    incl = (country == "CH" and lang != "en" and rng.random() < 0.18) or (
        country == "FR" and rng.random() < 0.08
    )
    rounding_05 = currency == "CHF" and (incl or rng.random() < 0.5)
    exempt = None
    n_rates = rng.choices([1, 2, 3], [60, 30, 10])[0]
    cats = rng.sample(["std", "red", "mid", "low"], n_rates)
    if "std" not in cats and rng.random() < 0.6:
        cats[0] = "std"
    if rng.random() < 0.06 and not incl:
        exempt = rng.choice(L[lang]["exempt"])
        features.append("exempt")
    multi = rng.random() < 0.15
    n_lines = (
        rng.randint(26, 42)
        if multi
        else rng.choices(range(1, 10), [14, 14, 14, 12, 10, 8, 6, 5, 4])[0]
    )
    line_discounts = rng.random() < 0.15
    lines = _line_items(
        rng,
        lang=lang,
        n_lines=n_lines,
        cats=cats,
        rates=rates,
        exempt=exempt,
        line_discounts=line_discounts,
        features=features,
    )
    global_discount = Decimal(rng.choice([3, 5, 10])) if rng.random() < 0.1 else Decimal(0)

    terms = rng.choice([10, 14, 20, 30, 30, 45, 60])
    due_printed = not credit and rng.random() < 0.7
    due = inv_date + timedelta(days=terms) if due_printed else None

    bank, iban, ibans, qr, reference, inv_no = _payment(
        rng,
        country=country,
        currency=currency,
        credit=credit,
        inv_date=inv_date,
        lang=lang,
        features=features,
    )

    registry = _registry(rng, country, vendor)

    amount_style, date_style, negative, layout, fonts = _styles(rng, country, lang, credit)

    if "two_ibans" in features:
        iban = ibans[0] if currency == "CHF" else ibans[1]  # first account CHF, second EUR
    doc = Doc(
        id="",
        rng=rng,
        country=country,
        lang=lang,
        currency=currency,
        doc_type="credit_note" if credit else "invoice",
        vendor=vendor,
        customer=customer,
        invoice_number=inv_no,
        invoice_date=inv_date,
        due_date=due,
        due_printed=due_printed,
        terms_days=terms,
        lines=lines,
        incl=incl,
        rounding_05=rounding_05,
        global_discount=global_discount,
        exempt_reason=exempt,
        iban=iban,
        iban_printed=ibans,
        bank=bank,
        qr=qr,
        payment_reference=reference,
        reference_in_text=reference is not None and (qr is None or rng.random() < 0.4),
        registry=registry,
        layout=layout,
        amount_style=amount_style,
        date_style=date_style,
        fonts=fonts,
        negative_printed=negative,
        features=features,
    )
    doc.compute()
    doc.features += [
        f
        for f, on in [
            ("incl_vat", incl),
            ("rounding", doc.rounding != 0),
            ("line_discount", line_discounts),
            ("global_discount", bool(global_discount)),
            ("multi_rate", len(doc.taxes) > 1),
            ("terms_only", not due_printed and not credit),
            ("credit_note", credit),
            ("negative_printed", negative),
            ("words_date", date_style.startswith("words")),
        ]
        if on
    ]
    return doc
