"""Synthetic matching scenarios: open items, bank lines and the truth, for calibration, tests
and the large benchmark.

A scenario mimics one company's receivables and bank feeds over about six weeks, with the
same kinds of transactions as the development sample (structured references, numbers in free
text, typos, partial payments, fees, discounts, several invoices in one transfer, credit
notes, foreign currency, duplicates, returns, ambiguous subscriptions, noise, unknown payers),
but random names, numbering schemes, amounts, dates and wording in German, French and English.
Bank lines are shaped like the project's parsers deliver them (MT940 free text with the name
and IBAN in the label, camt details with structured fields, Revolut and Qonto JSON).

Everything is driven by one ``random.Random(seed)``: the same seed gives the same scenario.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Hashable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from fincycle.banking.references import QRR, SCOR, qrr_check_digit

from ..model import BankLine, OpenItem

__all__ = ["CATEGORY_WEIGHTS", "Scenario", "generate"]

CENT = Decimal("0.01")

# Share of each kind of bank line (per 100), as in the development sample; batch credits are
# counted as structured-reference lines (they arrive split into their QR details).
CATEGORY_WEIGHTS = {
    "exact_structured_ref": 25,
    "noise": 20,
    "ref_in_free_text": 10,
    "no_ref_partner_amount": 7,
    "ref_with_typo": 6,
    "partial_payment": 5,
    "bank_fees_deducted": 4,
    "multi_invoice": 4,
    "unknown_payer": 4,
    "amount_mismatch": 3,
    "ambiguous_recurring": 2,
    "cash_discount": 2,
    "other_currency": 2,
    "duplicate_payment": 2,
    "refund_credit_note": 2,
    "invoice_minus_credit_note": 1,
    "returned_payment": 1,
}

SURNAMES = """Müller Meier Schmid Keller Weber Huber Schneider Meyer Steiner Fischer Gerber Brunner
Baumann Frei Zimmermann Moser Widmer Wyss Graf Roth Lüthi Hofer Kälin Bühler Suter Favre Girard
Rochat Dubois Morel Monnier Bonvin Berthoud Fournier Gauthier Lambert Mercier Rossi Bianchi
Ferrari Romano Colombo Brown Smith Taylor Wilson Evans Walker Jäggi Egger Kunz Aebi Zürcher
Perrin Chevalier Blanc Fontaine Rousseau Vincent Muller Leroy Roux Faure André Martin Bernard
Petit Durand Lefebvre Garnier Schwab Küng Bärtschi Odermatt Wenger Ammann Vogel Pfister
Sutter Marti Lehmann Nussbaum Ochsner Studer Gasser Kaufmann Christen Hess Senn""".split()
FIRST_NAMES = """Anna Thomas Daniel Andrea Monika Peter Martin Ursula Christian Sandra Nicolas
Céline Jean Marie Antoine Sophie Julien Camille Laura Marco Giulia Luca Sarah David Michael
Emma Lucas Hugo Léa Chloé Louis Elena Stefan Barbara Reto Beat Nadia Yves Claire Pascal""".split()
TRADES = {
    "de": """Garage Gartenbau Handels Treuhand Transport Bürobedarf Elektro Sanitär Holzbau
    Immobilien Druckerei Bäckerei Informatik Reinigung Maler Architektur Beratung Logistik""".split(),
    "fr": """Plomberie Menuiserie Fournitures Conseil Services Peinture Transports Informatique
    Électricité Nettoyage Architecture Imprimerie Boulangerie Fiduciaire Distribution""".split(),
    "en": """Consulting Partners Logistics Systems Trading Solutions Media Analytics Capital
    Design Software Engineering Supply Ventures""".split(),
}
BRANDS = """Seeblick Alpina Rigi Säntis Mistral Rhône Loire Vertex Bluewater Lumen Jura Léman Aare
Nord Horizon Cèdre Atlas Orion Helvetia Edelweiss Pilatus Azur Gotthard Tessin Mont-Blanc""".split()
LEGAL = {
    "de": ["AG", "GmbH", "GmbH & Co. KG", "Genossenschaft", "& Co."],
    "fr": ["SA", "SARL", "SAS", "SASU", "& Fils", "Sàrl"],
    "en": ["Ltd", "Inc.", "LLC", "Partners Ltd", "plc"],
}
MONTHS = "Januar Februar März April Mai Juni Juli janvier février mars avril mai juin".split()
MERCHANTS = """SBB CFF SNCF Migros Coop Digitec AWS EMEA Google Cloud Swisscom Orange OVH Amazon
Apple Microsoft Zoom Adobe Shell Lufthansa Swiss Hotel Ibis Manor Fnac""".split()

NUMBER_FORMATS = [
    "INV/{y}/{n:05d}",
    "FAC-{y}-{n:05d}",
    "RE-{y}-{n:04d}",
    "{y}-{n:05d}",
    "F{y}{n:05d}",
    "R{n:06d}",
    "RG{y}.{n:04d}",
    "INV-{n:06d}",
    "FA{yy}-{n:04d}",
]
CREDIT_FORMATS = ["GS/{y}/{n:05d}", "AV-{y}-{n:05d}", "CN-{y}-{n:04d}", "GU-{y}-{n:04d}"]

REF_TEXTS = [
    "{n}",
    "{n}",
    "{n}",
    "Facture {n}",
    "Fact. {n}",
    "Rechnung {n}",
    "RE {n} besten Dank",
    "Zahlung {n}",
    "Paiement {n}",
    "Règlement facture {n}",
    "Invoice {n}",
    "Inv {n}",
    "{n} merci",
    "Payment for invoice {n}",
    "Rechnung Nr. {n}",
    "Facture n° {n}",
    "Ihre Rechnung {n} vom {d}",
    "Rechnung {n} Kunde {c}",
]
MULTI_TEXTS = [
    "Factures {ns}",
    "Invoices {ns}",
    "Rechnungen {ns}",
    "{ns}",
    "Zahlung {ns}",
    "Paiement factures {ns}",
]
PARTIAL_TEXTS = [
    "Akonto {n}",
    "1. Rate {n}",
    "{n} Teilzahlung",
    "Acompte {n}",
    "Partial payment {n}",
    "Anzahlung {n}",
    "{n} acompte",
]
REST_TEXTS = ["2. Rate {n}", "Restzahlung {n}", "Solde {n}", "Balance {n}", "{n}"]
DISCOUNT_TEXTS = [
    "{n} Skonto {p}%",
    "{n} escompte {p}",
    "{n} -{p}% discount",
    "{n}",
    "{n} abzgl. Skonto",
]
GENERIC_TEXTS = [
    "Überweisung",
    "Payment",
    "Virement",
    "Zahlung",
    "Paiement",
    "Kunde {c}",
    "",
    "Virement SEPA",
    "Gutschrift",
    "Dauerauftrag",
    "Transfer",
]
SUBSCRIPTION_TEXTS = [
    "Abonnement",
    "Subscription",
    "Monatsbeitrag",
    "Cotisation",
    "",
    "Mitgliederbeitrag",
]
REFUND_TEXTS = [
    "Refund {n}",
    "Gutschrift {n}",
    "Remboursement avoir {n}",
    "Rückerstattung {n}",
    "{n}",
]
CREDIT_NOTE_TEXTS = ["{n} ./. {cn}", "{n} abzgl. {cn}", "{n} moins avoir {cn}", "{n} - {cn}", "{n}"]
NEG_NOISE = [
    "Lohnzahlungen {m}",
    "Salaires {m}",
    "Miete Büro {m}",
    "Loyer {m}",
    "Lieferantenzahlung {k}",
    "Facture fournisseur {k}",
    "Debitkarte {merchant}",
    "Kontoführungsgebühren",
    "Frais bancaires",
    "SVA Ausgleichskasse AHV/IV/EO",
    "URSSAF cotisations",
    "TVA {mm}/{yyyy}",
    "MWST {mm}/{yyyy}",
    "EDF Entreprises {mm}/{yyyy}",
    "Sammelauftrag eBanking",
    "Abonnement Qonto",
    "Versicherung Prämie {yyyy}",
]
POS_NOISE = [
    "TWINT Auszahlung",
    "Zinsgutschrift",
    "Rückerstattung {supplier}",
    "Remboursement {supplier}",
    "Übertrag von Konto",
    "Apport en compte courant",
    "Interest",
    "Stripe payout",
    "SumUp Auszahlung",
    "Kapitaleinlage",
]
UNKNOWN_TEXTS = ["Zahlung", "Virement", "Payment", "", "Rechnung {bad}", "Facture {bad}", "Spende"]


@dataclass
class Scenario:
    """``truth``/``allocations`` are keyed by bank line id; ``allocations`` gives what each
    line really applies to each item (in the item's currency, signed like its residual)."""

    items: list[OpenItem]
    lines: list[BankLine]
    truth: dict[Hashable, set] = field(default_factory=dict)
    allocations: dict[Hashable, dict[Hashable, Decimal]] = field(default_factory=dict)
    alternatives: dict[Hashable, list[set]] = field(default_factory=dict)
    categories: dict[Hashable, str] = field(default_factory=dict)
    rates: dict[str, Decimal] = field(default_factory=dict)  # currency → value in CHF

    def fx_rate(self, source: str, target: str, _day: date | None = None) -> Decimal | None:
        if source not in self.rates or target not in self.rates:
            return None
        return self.rates[source] / self.rates[target]


def _money(value) -> Decimal:
    return Decimal(value).quantize(CENT, ROUND_HALF_UP)


def _mod97(value: str) -> int:
    remainder = 0
    for char in value:
        remainder = (remainder * (100 if char.isalpha() else 10) + int(char, 36)) % 97
    return remainder


def make_iban(rng: random.Random, country: str) -> str:
    length = {"CH": 17, "FR": 23, "DE": 18, "AT": 16, "GB": 18, "IT": 23, "LT": 16}.get(country, 18)
    if country == "GB":
        bban = rng.choice(["NWBK", "BARC", "HBUK", "REVO"]) + "".join(
            rng.choice("0123456789") for _ in range(14)
        )
    else:
        bban = "".join(rng.choice("0123456789") for _ in range(length))
    check = 98 - _mod97(bban + country + "00")
    return f"{country}{check:02d}{bban}"


def make_qrr(rng: random.Random, customer: int, number: int) -> str:
    body = f"{customer:06d}{rng.randrange(10**6):06d}{number:014d}"[-26:]
    return body + str(qrr_check_digit(body))


def make_scor(body: str) -> str:
    body = "".join(c for c in body.upper() if c.isalnum())[-21:] or "0"
    check = 98 - _mod97(body + "RF00")
    return f"RF{check:02d}{body}"


def _group(text: str, size: int, first: int = 0) -> str:
    parts = [text[:first]] if first else []
    rest = text[first:]
    parts += [rest[i : i + size] for i in range(0, len(rest), size)]
    return " ".join(p for p in parts if p)


def _mt940_line(
    rng: random.Random,
    base: dict,
    *,
    text: str = "",
    name: str = "",
    iban: str = "",
    structured: str = "",
    structured_type: str = "",
    instructed: tuple[Decimal, str] | None = None,
    outgoing_kind: str = "",
) -> BankLine:
    """MT940: name and IBAN in the label, the :86: text as narration."""
    del outgoing_kind  # (not shown by this channel)
    extra = ""
    if instructed:
        rate = (base["amount"] / instructed[0]).quantize(Decimal("0.0001"))
        extra = f" / {instructed[1]} {instructed[0]} KURS {rate}"
    shown = text
    if structured and not text:
        shown = ("QRR " if structured_type == QRR else "SCOR ") + structured
    parts = [shown or rng.choice(["Zahlung", "Payment", "Gutschrift", ""]), name, iban]
    label = " / ".join(p for p in parts if p) + extra
    return BankLine(
        **base,
        label=label,
        reference=structured,
        counterparty_iban=iban,
        narration=f"Information (:86:): {label}",
    )


def _camt_line(
    base: dict,
    *,
    text: str = "",
    name: str = "",
    iban: str = "",
    structured: str = "",
    structured_type: str = "",
    instructed: tuple[Decimal, str] | None = None,
    outgoing_kind: str = "",
) -> BankLine:
    """camt.053: structured fields, the instructed amount of a foreign payment."""
    del outgoing_kind
    return BankLine(
        **base,
        label=text or structured,
        reference=structured,
        structured_ref=structured,
        structured_ref_type=structured_type,
        counterparty_name=name,
        counterparty_iban=iban,
        narration=("GUTSCHRIFT " if base["amount"] > 0 else "BELASTUNG ") + (name or ""),
        instructed_amount=instructed[0] if instructed else None,
        instructed_currency=instructed[1] if instructed else None,
    )


def _revolut_line(
    base: dict,
    *,
    text: str = "",
    name: str = "",
    structured: str = "",
    outgoing_kind: str = "",
    **_unused,
) -> BankLine:
    """Revolut JSON: a reference and a description, no IBAN."""
    amount = base["amount"]
    reference = text or structured
    description = (
        f"Payment from {name}" if name and amount > 0 else (f"To {name}" if name else "Transfer")
    )
    return BankLine(
        **base,
        label=reference or description,
        reference=reference,
        counterparty_name=name,
        narration=f"{description}\nType: {'topup' if amount > 0 else outgoing_kind or 'transfer'}",
    )


def _qonto_line(
    base: dict,
    *,
    text: str = "",
    name: str = "",
    iban: str = "",
    structured: str = "",
    outgoing_kind: str = "",
    **_unused,
) -> BankLine:
    """Qonto JSON: the payer's name (or the reference) as label, the operation type."""
    reference = text or structured
    shown_name = name or reference or "Virement"
    income = base["amount"] > 0
    return BankLine(
        **base,
        label=" - ".join(x for x in (shown_name, reference) if x) or "/",
        reference=reference,
        counterparty_name=shown_name,
        counterparty_iban=iban,
        narration=f"Operation: {'income' if income else outgoing_kind or 'transfer'}",
    )


class _Builder:
    def __init__(self, seed: int, n_items: int, n_lines: int, base: str | None, start: date):
        self.rng = random.Random(seed)
        rng = self.rng
        self.base = base or rng.choice(["CHF", "EUR"])
        self.start = start
        self.n_items = n_items
        self.n_lines = n_lines
        self.year = start.year
        self.lang = rng.choice(["de", "fr"]) if self.base == "CHF" else "fr"
        self.number_format = rng.choice(NUMBER_FORMATS)
        self.credit_format = rng.choice(CREDIT_FORMATS)
        self.rates = {
            "CHF": Decimal(1),
            "EUR": Decimal(str(round(rng.uniform(0.92, 0.97), 4))),
            "USD": Decimal(str(round(rng.uniform(0.80, 0.90), 4))),
            "GBP": Decimal(str(round(rng.uniform(1.05, 1.15), 4))),
        }
        self.items: dict[Hashable, OpenItem] = {}
        self.open: dict[Hashable, int] = {}  # residual cents, signed
        self.partners: list[dict] = []
        self.partner_items: dict[int, list] = defaultdict(list)
        self.lines: list[BankLine] = []
        self.truth: dict = {}
        self.allocations: dict = {}
        self.alternatives: dict = {}
        self.categories: dict = {}
        self.paid_lines: list[tuple[BankLine, dict]] = []
        self.settling_lines: list[BankLine] = []  # paid one invoice in full at once
        self.partials: list[Hashable] = []
        self.sequence = 0

    # -- the world -----------------------------------------------------------------------

    def _name(self, company: bool | None = None) -> tuple[str, bool]:
        rng = self.rng
        if company is None:
            company = rng.random() < 0.7
        if not company:
            return f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}", False
        lang = rng.choice(["de", "fr", "en"]) if rng.random() < 0.3 else self.lang
        style = rng.random()
        if style < 0.4:
            core = f"{rng.choice(SURNAMES)} {rng.choice(TRADES[lang])}"
        elif style < 0.7:
            core = f"{rng.choice(BRANDS)} {rng.choice(TRADES[lang])}"
        elif style < 0.85:
            core = f"{rng.choice(TRADES[lang])} {rng.choice(SURNAMES)}"
        else:
            core = f"{rng.choice(SURNAMES)} + {rng.choice(SURNAMES)}"
        return f"{core} {rng.choice(LEGAL[lang])}", True

    def _country(self) -> str:
        rng = self.rng
        home = "CH" if self.base == "CHF" else "FR"
        return home if rng.random() < 0.75 else rng.choice(["DE", "AT", "FR", "CH", "GB", "IT"])

    def build_world(self) -> None:
        rng = self.rng
        n_partners = max(6, self.n_items // 5)
        for index in range(n_partners):
            name, company = self._name()
            country = self._country()
            known = rng.choices([0, 1, 2], [25, 55, 20])[0]
            self.partners.append(
                {
                    "id": index + 1,
                    "name": name,
                    "company": company,
                    "country": country,
                    "ibans": [make_iban(rng, country) for _ in range(known)],
                    "recurring": rng.random() < 0.08,
                    "customer_no": rng.randrange(100, 99999),
                }
            )
        # a few customers get most invoices
        weights = [1.0 / (rank + 1) ** 0.7 for rank in range(n_partners)]
        other = ["EUR", "USD", "GBP"] if self.base == "CHF" else ["USD", "CHF", "GBP"]
        drafts = []
        for partner in self.partners:
            if partner["recurring"]:
                amount = rng.choice([49, 89.9, 99, 120, 150, 250, 480, 1200])
                months = rng.randint(3, 4)
                first = self.start - timedelta(days=30 * months - rng.randint(0, 20))
                for month in range(months):
                    drafts.append(
                        (
                            partner,
                            Decimal(str(amount)),
                            first + timedelta(days=30 * month),
                            self.base,
                        )
                    )
        while len(drafts) < self.n_items * 0.95:
            partner = rng.choices(self.partners, weights)[0]
            foreign = 0.25 if self.base == "CHF" else 0.04  # Swiss firms bill in EUR often
            currency = self.base if rng.random() > foreign else rng.choices(other, [75, 20, 5])[0]
            if rng.random() < 0.15:
                amount = Decimal(
                    rng.choice([50, 80, 100, 150, 200, 250, 300, 500, 750, 1000, 1500, 2000, 5000])
                )
            else:
                amount = _money(Decimal(str(round(rng.lognormvariate(6.3, 1.1), 2))))
            amount = max(amount, Decimal("15.00"))
            invoice_date = self.start - timedelta(days=rng.randint(-30, 110))
            drafts.append((partner, amount, invoice_date, currency))
        drafts.sort(key=lambda d: d[2])
        number = rng.choice([1, 1, rng.randint(100, 5000)])
        for partner, amount, invoice_date, currency in drafts:
            self._invoice(partner, amount, invoice_date, currency, number)
            number += 1
        # credit notes: about 5 %, for customers with invoices
        credit = rng.randint(1, 50)
        for _ in range(max(1, self.n_items - len(drafts))):
            partner = rng.choices(self.partners, weights)[0]
            invoices = [i for i in self.partner_items[partner["id"]] if self.open[i] > 0]
            if not invoices:
                continue
            source = self.items[rng.choice(invoices)]
            value = min(source.residual, _money(source.residual * Decimal(rng.uniform(0.1, 0.9))))
            self._credit_note(partner, value, source, credit)
            credit += 1

    def _invoice(self, partner, amount, invoice_date, currency, number) -> None:
        rng = self.rng
        y = invoice_date.year
        text = self.number_format.format(y=y, yy=y % 100, n=number)
        ref, ref_type = text, ""
        if currency == "CHF" and self.base == "CHF" and rng.random() < 0.8:
            ref, ref_type = make_qrr(rng, partner["customer_no"], number), QRR
        elif currency != "CHF" and rng.random() < 0.5:
            ref, ref_type = make_scor(f"{y % 100:02d}{number:05d}"), SCOR
        residual = amount
        if rng.random() < 0.08:
            residual = _money(amount * Decimal(rng.uniform(0.3, 0.8)))  # partly paid earlier
        customer_ref = ""
        if rng.random() < 0.08:
            customer_ref = rng.choice(["PO-", "Bestellung ", "BC ", "Order "]) + str(
                rng.randrange(1000, 999999)
            )
        item = OpenItem(
            id=f"I{len(self.items) + 1:06d}",
            residual=residual,
            currency=currency,
            partner_id=partner["id"],
            partner_name=partner["name"],
            partner_ibans=tuple(partner["ibans"]),
            number=text,
            customer_ref=customer_ref,
            payment_ref=ref,
            payment_ref_type=ref_type,
            invoice_date=invoice_date,
            due_date=invoice_date + timedelta(days=rng.choice([10, 14, 20, 30, 30, 45, 60])),
            amount_total=amount,
            kind="out_invoice",
        )
        self._store(item, partner)

    def _credit_note(self, partner, value, source: OpenItem, number) -> None:
        y = source.invoice_date.year
        text = self.credit_format.format(y=y, n=number)
        day = source.invoice_date + timedelta(days=self.rng.randint(1, 40))
        item = OpenItem(
            id=f"I{len(self.items) + 1:06d}",
            residual=-value,
            currency=source.currency,
            partner_id=partner["id"],
            partner_name=partner["name"],
            partner_ibans=tuple(partner["ibans"]),
            number=text,
            payment_ref=text,
            invoice_date=day,
            due_date=day + timedelta(days=30),
            amount_total=-value,
            kind="out_refund",
        )
        self._store(item, partner)

    def _store(self, item: OpenItem, partner) -> None:
        self.items[item.id] = item
        self.open[item.id] = int(item.residual * 100)
        self.partner_items[partner["id"]].append(item.id)

    # -- helpers for lines ---------------------------------------------------------------

    def _partner(self, item_id) -> dict:
        return self.partners[self.items[item_id].partner_id - 1]

    def _residual(self, item_id) -> Decimal:
        return Decimal(self.open[item_id]) / 100

    def _pick(self, test, tries: int = 60):
        """A random open item satisfying ``test`` (None when none is found)."""
        rng = self.rng
        keys = [k for k, v in self.open.items() if v] if len(self.open) < 400 else None
        for _ in range(tries):
            item_id = rng.choice(keys) if keys else rng.choice(self._open_keys())
            if self.open[item_id] and test(self.items[item_id]):
                return item_id
        return None

    def _open_keys(self):
        if getattr(self, "_keys_cache_size", None) != len(self.open):
            self._keys_cache = list(self.open)
            self._keys_cache_size = len(self.open)
        return self._keys_cache

    def _ref_text(self, item_id, structured_ok=True) -> str:
        """How a payer writes the reference of an item in free text."""
        rng = self.rng
        item = self.items[item_id]
        if structured_ok and item.payment_ref_type and rng.random() < 0.3:
            if item.payment_ref_type == QRR:
                return _group(item.payment_ref, 5, first=2)
            return _group(item.payment_ref, 4)
        if item.customer_ref and rng.random() < 0.3:
            return item.customer_ref
        return item.number

    def _typo(self, text: str) -> str:
        rng = self.rng
        kind = rng.choice(["lower", "ocr", "nosep", "spaces", "drop", "swap", "sub", "double"])
        if kind == "lower" and text.upper() != text.lower():
            return text.lower()
        if kind == "ocr":
            table = {"I": "1", "O": "0", "0": "O", "1": "I", "S": "5", "B": "8"}
            spots = [i for i, c in enumerate(text) if c in table]
            if spots:
                i = rng.choice(spots)
                return text[:i] + table[text[i]] + text[i + 1 :]
        if kind == "nosep" and any(not c.isalnum() for c in text):
            return "".join(c for c in text if c.isalnum())
        if kind == "spaces":
            i = rng.randrange(1, max(2, len(text) - 1))
            return text[:i] + " " + text[i:]
        digits = [i for i, c in enumerate(text) if c.isdigit()]
        if not digits:
            return text.lower()
        i = rng.choice(digits[-4:])
        if kind == "drop":
            return text[:i] + text[i + 1 :]
        if (
            kind == "swap"
            and i + 1 < len(text)
            and text[i + 1].isdigit()
            and text[i] != text[i + 1]
        ):
            return text[:i] + text[i + 1] + text[i] + text[i + 2 :]
        if kind == "double":
            return text[:i] + text[i] + text[i:]
        return text[:i] + rng.choice([d for d in "0123456789" if d != text[i]]) + text[i + 1 :]

    def _payer(self, partner, allow_missing=True) -> tuple[str, str, str]:
        """(name as the bank shows it, IBAN, variant)."""
        rng = self.rng
        variants = ["exact", "upper", "truncated", "missing", "different"]
        weights = [55, 15, 12, 8 if allow_missing else 0, 10 if allow_missing else 0]
        variant = rng.choices(variants, weights)[0]
        name = partner["name"]
        if variant == "upper":
            name = name.upper()
        elif variant == "truncated":
            cut = rng.randint(10, 20)
            name = name[:cut].rstrip() if len(name) > cut else name.upper()
            if rng.random() < 0.5:
                name = name.upper()
        elif variant == "missing":
            name = ""
        elif variant == "different":
            name = self._name(company=rng.random() < 0.3)[0]
        if variant != "different" and partner["ibans"] and rng.random() < 0.65:
            iban = rng.choice(partner["ibans"])
        else:
            iban = make_iban(rng, partner["country"] if variant != "different" else self._country())
        return name, iban, variant

    def _channel(self, currency: str) -> tuple[str, str]:
        """(channel, account currency) for a payment in ``currency``."""
        rng = self.rng
        if self.base == "CHF":
            if currency == "CHF":
                return rng.choices(["mt940", "camt", "revolut"], [45, 30, 25])[0], "CHF"
            if rng.random() < 0.85:
                return "revolut", currency
            return rng.choice(["mt940", "camt"]), "CHF"
        if currency == "EUR":
            return rng.choices(["qonto", "camt"], [80, 20])[0], "EUR"
        return "qonto", "EUR"

    def _line(
        self,
        category: str,
        channel: str,
        amount: Decimal,
        currency: str,
        day: date,
        *,
        partner_id: int | None = None,
        **text,
    ) -> BankLine:
        """A bank line as ``channel`` delivers it; ``text``: the keywords of ``_mt940_line``."""
        self.sequence += 1
        base = {"id": f"L{self.sequence:06d}", "amount": _money(amount), "currency": currency}
        base["date"] = day
        if channel == "mt940":
            line = _mt940_line(self.rng, base, **text)
        else:
            shape = {"camt": _camt_line, "revolut": _revolut_line}.get(channel, _qonto_line)
            line = shape(base, **text)
        if partner_id is not None:
            line = replace(line, partner_id=partner_id)
        self.lines.append(line)
        self.categories[line.id] = category
        self.truth[line.id] = set()
        self.allocations[line.id] = {}
        return line

    def _pay(self, line: BankLine, allocations: dict) -> None:
        """Record the truth of a paying line and consume the residuals."""
        self.truth[line.id] = set(allocations)
        self.allocations[line.id] = {i: _money(a) for i, a in allocations.items()}
        settles = True
        for item_id, value in allocations.items():
            self.open[item_id] -= int(_money(value) * 100)
            settles = settles and self.open[item_id] == 0
        self.paid_lines.append((line, allocations))
        if settles and len(allocations) == 1:
            self.settling_lines.append(line)

    def _fx_amount(self, value: Decimal, source: str, target: str) -> Decimal:
        rate = self.rates[source] / self.rates[target]
        # the day's rate moves, and the bank keeps a margin of up to about 1.5 %
        spread = self.rng.gauss(0, 0.003) - self.rng.uniform(0, 0.015)
        return _money(value * rate * (1 + Decimal(str(round(spread, 4)))))

    def _pay_item(
        self,
        category,
        item_id,
        amount_item,
        day,
        text,
        *,
        struct=False,
        allow_missing=True,
        force_fx=False,
    ) -> BankLine:
        """A payment of ``amount_item`` (item currency) on one item through a likely channel."""
        item = self.items[item_id]
        partner = self._partner(item_id)
        channel, account = self._channel(item.currency)
        if force_fx:
            if self.base == "CHF":
                account = "CHF" if item.currency != "CHF" else self.rng.choice(["EUR", "USD"])
                channel = self.rng.choice(["mt940", "camt"]) if account == "CHF" else "revolut"
            else:
                account, channel = "EUR", "qonto"
        name, iban, _variant = self._payer(partner, allow_missing)
        amount = amount_item
        instructed = None
        if account != item.currency:
            amount = self._fx_amount(amount_item, item.currency, account)
            if channel in ("mt940", "camt") and self.rng.random() < 0.7:
                instructed = (_money(amount_item), item.currency)
        structured = ""
        structured_type = ""
        if struct and item.payment_ref_type:
            structured, structured_type = item.payment_ref, item.payment_ref_type
            if channel in ("revolut", "qonto"):
                text = text or structured
        if channel == "revolut":
            iban = ""
        # what Odoo fills in before the matcher runs: the partner of a known account number,
        # rarely a wrong one (a name found by a loose search)
        partner_id = None
        if iban and iban in partner["ibans"] and self.rng.random() < 0.8:
            partner_id = partner["id"]
        elif name and name.lower() == partner["name"].lower() and self.rng.random() < 0.3:
            partner_id = partner["id"]
        elif self.rng.random() < 0.005:
            partner_id = self.rng.choice(self.partners)["id"]
        return self._line(
            category,
            channel,
            amount,
            account,
            day,
            text=text,
            name=name,
            iban=iban,
            structured=structured if channel in ("camt", "mt940") else "",
            structured_type=structured_type,
            instructed=instructed,
            partner_id=partner_id,
        )

    # -- categories ----------------------------------------------------------------------

    def _date(self, item: OpenItem | None = None) -> date:
        """The date of the line being made: lines are made in date order, so that partial
        payments, their rest, duplicates and returns follow each other as in a real feed."""
        del item
        return self.start + timedelta(days=(45 * len(self.lines)) // max(1, self.n_lines))

    def _issued(self, item: OpenItem) -> bool:
        """Issued by the current date (now and then a payment comes a little early)."""
        slack = 10 if self.rng.random() < 0.05 else 0
        return item.invoice_date <= self._date() + timedelta(days=slack)

    def _receivable(self, item: OpenItem) -> bool:
        return item.residual > 0 and self.open[item.id] > 0 and self._issued(item)

    def _template(self, templates, **values) -> str:
        return self.rng.choice(templates).format(**values)

    def _values(self, item_id) -> dict:
        partner = self._partner(item_id)
        item = self.items[item_id]
        return {
            "d": item.invoice_date.strftime("%d.%m.%Y") if item.invoice_date else "",
            "c": partner["customer_no"],
        }

    def cat_exact_structured_ref(self):
        item_id = self._pick(lambda i: self._receivable(i) and i.payment_ref_type)
        if item_id is None:
            return self.cat_ref_in_free_text()
        item = self.items[item_id]
        line = self._pay_item(
            "exact_structured_ref",
            item_id,
            self._residual(item_id),
            self._date(item),
            "",
            struct=True,
        )
        self._pay(line, {item_id: self._residual(item_id)})
        return line

    def cat_ref_in_free_text(self, category="ref_in_free_text", typo=False):
        item_id = self._pick(self._receivable)
        if item_id is None:
            return self.cat_noise()
        item = self.items[item_id]
        reference = self._ref_text(item_id)
        if typo:
            reference = self._typo(reference)
        text = self._template(REF_TEXTS, n=reference, **self._values(item_id))
        line = self._pay_item(category, item_id, self._residual(item_id), self._date(item), text)
        self._pay(line, {item_id: self._residual(item_id)})
        return line

    def cat_ref_with_typo(self):
        return self.cat_ref_in_free_text("ref_with_typo", typo=True)

    def cat_no_ref_partner_amount(self):
        item_id = self._pick(self._receivable)
        if item_id is None:
            return self.cat_noise()
        item = self.items[item_id]
        text = self._template(GENERIC_TEXTS, c=self._partner(item_id)["customer_no"])
        known = bool(self._partner(item_id)["ibans"]) and self.rng.random() < 0.2
        line = self._pay_item(
            "no_ref_partner_amount",
            item_id,
            self._residual(item_id),
            self._date(item),
            text,
            allow_missing=known,
        )
        self._pay(line, {item_id: self._residual(item_id)})
        return line

    def cat_partial_payment(self):
        rng = self.rng
        rest = [i for i in self.partials if self.open[i] > 0]
        if rest and rng.random() < 0.45:
            item_id = rng.choice(rest)
            self.partials.remove(item_id)
            text = self._template(REST_TEXTS, n=self._ref_text(item_id))
            amount = self._residual(item_id)
            day = self._date()
        else:
            item_id = self._pick(lambda i: self._receivable(i) and i.residual >= 60)
            if item_id is None:
                return self.cat_noise()
            residual = self._residual(item_id)
            if rng.random() < 0.3:
                amount = Decimal(max(10, int(residual * Decimal(rng.uniform(0.2, 0.7)) / 10) * 10))
            else:
                amount = _money(residual * Decimal(rng.uniform(0.15, 0.8)))
            text = self._template(PARTIAL_TEXTS, n=self._ref_text(item_id))
            self.partials.append(item_id)
            day = self._date(self.items[item_id])
        line = self._pay_item("partial_payment", item_id, amount, day, text)
        self._pay(line, {item_id: amount})
        return line

    def cat_bank_fees_deducted(self):
        rng = self.rng
        item_id = self._pick(lambda i: self._receivable(i) and i.residual >= 60)
        if item_id is None:
            return self.cat_noise()
        item = self.items[item_id]
        residual = self._residual(item_id)
        fee = Decimal(str(rng.choice([5, 7.5, 10, 12, 15, 20, 25, 30])))
        fee = min(fee, _money(residual / 4))
        text = ""
        if rng.random() < 0.75:
            text = self._template(REF_TEXTS, n=self._ref_text(item_id), **self._values(item_id))
        line = self._pay_item(
            "bank_fees_deducted",
            item_id,
            residual - fee,
            self._date(item),
            text,
            struct=not text and rng.random() < 0.5,
            allow_missing=bool(text),
        )
        self._pay(line, {item_id: residual})
        return line

    def cat_cash_discount(self):
        rng = self.rng
        item_id = self._pick(lambda i: self._receivable(i) and i.residual >= 40)
        if item_id is None:
            return self.cat_noise()
        item = self.items[item_id]
        residual = self._residual(item_id)
        pct = rng.choice([Decimal(2), Decimal(2), Decimal(3), Decimal(1), Decimal("2.5")])
        discount = _money(residual * pct / 100)
        text = self._template(DISCOUNT_TEXTS, n=self._ref_text(item_id, False), p=f"{pct:g}")
        line = self._pay_item("cash_discount", item_id, residual - discount, self._date(item), text)
        self._pay(line, {item_id: residual})
        return line

    def cat_amount_mismatch(self):
        rng = self.rng
        item_id = self._pick(lambda i: self._receivable(i) and i.residual >= 50)
        if item_id is None:
            return self.cat_noise()
        item = self.items[item_id]
        residual = self._residual(item_id)
        kind = rng.choice(["over", "under", "rounding"])
        text = self._template(REF_TEXTS, n=self._ref_text(item_id), **self._values(item_id))
        if kind == "over":
            amount = _money(residual * Decimal(rng.uniform(1.01, 1.12)))
            applied = residual
        elif kind == "under":
            amount = _money(residual * Decimal(rng.uniform(0.9, 0.985)))
            if (residual - amount) * 100 % 50 == 0:
                amount -= CENT
            applied = amount
        else:
            step = Decimal("0.05") if item.currency == "CHF" else CENT
            amount = residual + rng.choice([-1, 1]) * step * rng.choice([1, 1, 2]) / (
                2 if step > CENT else 1
            )
            amount = _money(amount)
            applied = residual
            if rng.random() < 0.4:
                text = self._template(GENERIC_TEXTS, c=self._partner(item_id)["customer_no"])
        line = self._pay_item(
            "amount_mismatch", item_id, amount, self._date(item), text, allow_missing=False
        )
        self._pay(line, {item_id: applied})
        return line

    def cat_multi_invoice(self):
        rng = self.rng
        partner_id = self._partner_with(lambda ids: len(ids) >= 2, same_currency=True)
        if partner_id is None:
            return self.cat_ref_in_free_text()
        ids = [i for i in self._open_of(partner_id, receivable=True) if self._issued(self.items[i])]
        if not ids:
            return self.cat_ref_in_free_text()
        currency = rng.choice(sorted({self.items[i].currency for i in ids}))
        ids = [i for i in ids if self.items[i].currency == currency]
        if len(ids) < 2:
            return self.cat_ref_in_free_text()
        chosen = rng.sample(ids, min(len(ids), rng.choices([2, 3, 4], [65, 25, 10])[0]))
        allocations = {i: self._residual(i) for i in chosen}
        mention = rng.choices(["all", "some", "none"], [60, 30, 10])[0]
        if mention == "all" and rng.random() < 0.15:
            short = rng.choice(chosen)
            part = _money(allocations[short] * Decimal(rng.uniform(0.3, 0.8)))
            allocations[short] = part
            self.partials.append(short)
        if mention == "all":
            named = chosen
        elif mention == "some":
            named = rng.sample(chosen, rng.randint(1, len(chosen) - 1))
        else:
            named = []
        text = (
            self._template(
                MULTI_TEXTS,
                ns=rng.choice([" ", ", ", " / ", " + "]).join(self.items[i].number for i in named),
            )
            if named
            else self._template(GENERIC_TEXTS, c=self.partners[partner_id - 1]["customer_no"])
        )
        day = self._date()
        total = sum(allocations.values())
        first = chosen[0]
        line = self._pay_item("multi_invoice", first, total, day, text, allow_missing=bool(named))
        self._pay(line, allocations)
        return line

    def _partner_with(self, test, same_currency=False, tries=60):
        rng = self.rng
        for _ in range(tries):
            partner = rng.choice(self.partners)
            ids = self._open_of(partner["id"], receivable=True)
            if test(ids):
                return partner["id"]
        return None

    def _open_of(self, partner_id, receivable=None):
        ids = [i for i in self.partner_items[partner_id] if self.open[i]]
        if receivable is True:
            ids = [i for i in ids if self.open[i] > 0]
        elif receivable is False:
            ids = [i for i in ids if self.open[i] < 0]
        return ids

    def cat_ambiguous_recurring(self):
        rng = self.rng

        def same_amounts(ids):
            amounts = defaultdict(list)
            for i in ids:
                if self.items[i].invoice_date <= self._date():
                    amounts[(self.open[i], self.items[i].currency)].append(i)
            return [v for v in amounts.values() if len(v) >= 2]

        partner_id = self._partner_with(lambda ids: bool(same_amounts(ids)))
        if partner_id is None:
            return self.cat_no_ref_partner_amount()
        group = rng.choice(same_amounts(self._open_of(partner_id, receivable=True)))
        group.sort(key=lambda i: (self.items[i].invoice_date, i))
        oldest = group[0]
        item = self.items[oldest]
        day = self._date(item)
        text = self._template(SUBSCRIPTION_TEXTS)
        line = self._pay_item(
            "ambiguous_recurring", oldest, self._residual(oldest), day, text, allow_missing=False
        )
        others = [i for i in group[1:] if self.items[i].invoice_date <= day]
        if others:
            self.alternatives[line.id] = [{i} for i in others]
        self._pay(line, {oldest: self._residual(oldest)})
        return line

    def cat_other_currency(self):
        item_id = self._pick(self._receivable)
        if item_id is None:
            return self.cat_noise()
        item = self.items[item_id]
        text = self._template(REF_TEXTS, n=self._ref_text(item_id), **self._values(item_id))
        line = self._pay_item(
            "other_currency",
            item_id,
            self._residual(item_id),
            self._date(item),
            text,
            force_fx=True,
        )
        self._pay(line, {item_id: self._residual(item_id)})
        return line

    def cat_duplicate_payment(self):
        rng = self.rng
        # the same transfer again for an invoice it had settled in one go (a second
        # instalment of a partial payment would be a payment, not a duplicate)
        if not self.settling_lines:
            return self.cat_noise()
        line = rng.choice(self.settling_lines[-30:])
        copy = replace(
            line,
            id=f"L{self.sequence + 1:06d}",
            date=line.date + timedelta(days=rng.randint(1, 12)),
        )
        self.sequence += 1
        self.lines.append(copy)
        self.categories[copy.id] = "duplicate_payment"
        self.truth[copy.id] = set()
        self.allocations[copy.id] = {}
        return copy

    def cat_returned_payment(self):
        rng = self.rng
        if not self.paid_lines:
            return self.cat_noise()
        line, _alloc = rng.choice(self.paid_lines[-30:])
        text = rng.choice(["Retour {t}", "Rücküberweisung {t}", "{t}", "Return: {t}"]).format(
            t=line.reference or line.label
        )
        back = replace(
            line,
            id=f"L{self.sequence + 1:06d}",
            amount=-line.amount,
            date=line.date + timedelta(days=rng.randint(1, 10)),
            label=text,
            structured_ref="",
            structured_ref_type="",
        )
        self.sequence += 1
        self.lines.append(back)
        self.categories[back.id] = "returned_payment"
        self.truth[back.id] = set()
        self.allocations[back.id] = {}
        return back

    def cat_refund_credit_note(self):
        item_id = self._pick(
            lambda i: i.residual < 0 and self.open[i.id] < 0 and self._issued(i), tries=200
        )
        if item_id is None:
            return self.cat_noise()
        item = self.items[item_id]
        partner = self._partner(item_id)
        channel, account = self._channel(item.currency)
        if account != item.currency:
            channel, account = ("mt940", item.currency) if self.base == "CHF" else ("qonto", "EUR")
        text = self._template(REFUND_TEXTS, n=item.number)
        iban = partner["ibans"][0] if partner["ibans"] else make_iban(self.rng, partner["country"])
        residual = self._residual(item_id)
        line = self._line(
            "refund_credit_note",
            channel,
            residual,
            account,
            self._date(item),
            text=text,
            name=partner["name"],
            iban="" if channel == "revolut" else iban,
            outgoing_kind="transfer",
        )
        self._pay(line, {item_id: residual})
        return line

    def cat_invoice_minus_credit_note(self):
        rng = self.rng

        partner_id = None
        for _ in range(80):
            partner = rng.choice(self.partners)
            credits = self._open_of(partner["id"], receivable=False)
            invoices = self._open_of(partner["id"], receivable=True)
            pairs = [
                (i, c)
                for c in credits
                for i in invoices
                if self.items[i].currency == self.items[c].currency
                and self.open[i] > -self.open[c]
                and self._issued(self.items[c])
            ]
            if pairs:
                partner_id = partner["id"]
                break
        if partner_id is None:
            return self.cat_multi_invoice()
        invoice, credit = rng.choice(pairs)
        net = self._residual(invoice) + self._residual(credit)
        text = self._template(
            CREDIT_NOTE_TEXTS, n=self.items[invoice].number, cn=self.items[credit].number
        )
        day = self._date()
        line = self._pay_item("invoice_minus_credit_note", invoice, net, day, text)
        self._pay(line, {invoice: self._residual(invoice), credit: self._residual(credit)})
        return line

    def cat_unknown_payer(self):
        rng = self.rng
        name, _company = self._name()
        if rng.random() < 0.3:
            # shares a word with a customer ("Mistral Distribution SA")
            word = rng.choice(self.partners)["name"].split()[0]
            name = f"{word} {rng.choice(TRADES[self.lang])} {rng.choice(LEGAL[self.lang])}"
        amount = _money(Decimal(str(round(rng.lognormvariate(6.2, 1.0), 2))))
        if rng.random() < 0.3:
            amount = Decimal(rng.choice([50, 100, 150, 200, 300, 500, 750, 1000, 1500, 2000]))
        bad = self.number_format.format(
            y=self.year, yy=self.year % 100, n=rng.randint(90000, 99999)
        )
        text = self._template(UNKNOWN_TEXTS, bad=bad)
        channel, account = self._channel(self.base)
        iban = "" if channel == "revolut" else make_iban(rng, self._country())
        return self._line(
            "unknown_payer", channel, amount, account, self._date(), text=text, name=name, iban=iban
        )

    def cat_noise(self):
        rng = self.rng
        channel, account = self._channel(self.base)
        if rng.random() < 0.75:
            template = rng.choice(NEG_NOISE)
            amount = -_money(Decimal(str(round(rng.lognormvariate(5.8, 1.4), 2))))
            kind = rng.choice(["card_payment", "transfer", "fee", "direct_debit"])
        else:
            template = rng.choice(POS_NOISE)
            amount = _money(Decimal(str(round(rng.lognormvariate(4.8, 1.2), 2))))
            if rng.random() < 0.35:  # transfers between own accounts, capital, payouts
                amount = Decimal(rng.choice([50, 100, 200, 250, 500, 1000, 2000, 5000, 10000]))
            kind = "topup"
        text = template.format(
            m=rng.choice(MONTHS),
            k=rng.randint(10000, 99999),
            merchant=rng.choice(MERCHANTS),
            mm=f"{rng.randint(1, 12):02d}",
            yyyy=self.year,
            supplier=self._name(company=True)[0],
        )
        name = "" if rng.random() < 0.5 else self._name(company=True)[0]
        iban = "" if channel == "revolut" or not name else make_iban(rng, self._country())
        return self._line(
            "noise",
            channel,
            amount,
            account,
            self._date(),
            text=text,
            name=name,
            iban=iban,
            outgoing_kind=kind,
        )

    def build_lines(self) -> None:
        rng = self.rng
        names = list(CATEGORY_WEIGHTS)
        weights = [CATEGORY_WEIGHTS[n] for n in names]
        paying = {"noise", "unknown_payer", "duplicate_payment", "returned_payment"}
        receivables = sum(1 for i in self.items.values() if i.residual > 0)
        while len(self.lines) < self.n_lines:
            category = rng.choices(names, weights)[0]
            still_open = (
                sum(1 for v in self.open.values() if v > 0) if len(self.lines) % 50 == 0 else None
            )
            if still_open is not None:
                self._exhausted = still_open < 0.12 * receivables
            if getattr(self, "_exhausted", False) and category not in paying:
                category = rng.choices(
                    ["noise", "unknown_payer", "duplicate_payment"], [70, 20, 10]
                )[0]
            getattr(self, "cat_" + category)()


def generate(
    seed: int,
    n_items: int = 110,
    n_lines: int = 100,
    base: str | None = None,
    start: date = date(2025, 5, 1),
) -> Scenario:
    """A scenario with about ``n_items`` open items and ``n_lines`` bank lines (sorted by
    date). When the open invoices run out, the remaining lines are noise and unknown payers."""
    builder = _Builder(seed, n_items, n_lines, base, start)
    builder.build_world()
    builder.build_lines()
    lines = sorted(builder.lines, key=lambda line: (line.date, line.id))
    return Scenario(
        items=list(builder.items.values()),
        lines=lines,
        truth=builder.truth,
        allocations=builder.allocations,
        alternatives=builder.alternatives,
        categories=builder.categories,
        rates=builder.rates,
    )
