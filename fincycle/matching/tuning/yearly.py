"""A second scenario generator, independent of ``synthetic``: a year or more of one company's
receivables and bank feed, produced customer by customer from their habits.

``synthetic`` draws a category for each bank line, then an open item that fits it. Here the
world comes first: customers, each with habits of their own (how they write a reference or
whether they write one, how late they pay, in instalments, several invoices in one transfer,
net of a bank fee or a discount, rounded, twice), invoices issued month after month
(subscriptions with the same amount every month, one-off work, credit notes), and the bank
lines are what those habits produce in date order, with the company's other traffic in
between. Names, numbering schemes, wording (Italian, Spanish, Dutch and English besides
German and French) and the layout of the bank text are its own. Every share the habits are
drawn from is a field of ``Profile``, so scenarios can be drawn with distributions the
matcher was neither fitted nor tuned on (``PROFILES``: which ones fit, which ones are held
out).

Truth follows the development sample: a line pays a set of items (none for noise, unknown
payers and a second payment of a settled invoice); a subscription payment without a
reference pays the oldest open invoice of that amount, the others already issued being
acceptable alternatives, unless the payer named the month: then that month's invoice only;
a camt.053 batch booking whose details never arrive pays all the invoices of its payments.
"""

from __future__ import annotations

import heapq
import random
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from fincycle.banking.references import QRR, SCOR, qrr_check_digit

from ..model import BankLine, OpenItem
from .synthetic import Scenario

__all__ = [
    "FIT_PROFILES",
    "FIT_SETS",
    "HELD_OUT_PROFILES",
    "HELD_OUT_SETS",
    "PROFILES",
    "UNSEEN_SEEDS",
    "Profile",
    "generate",
]


@dataclass(frozen=True)
class Profile:
    """Where the habits are drawn from. Shares are probabilities (0..1); ``items`` and
    ``months`` set the size, ``noise`` the share of bank lines that pay no invoice."""

    name: str = "default"
    base: str = "CHF"  # the company's currency ("CHF" or "EUR")
    months: int = 12
    items: int = 2500  # invoices and credit notes issued over the period (about)
    noise: float = 0.30  # share of lines that pay nothing (other traffic, unknown payers)
    unknown_payers: float = 0.15  # of those, payments by strangers (some with common prices)
    foreign_invoices: float = 0.12  # invoices in another currency than the company's
    credit_notes: float = 0.03
    # customers
    recurring: float = 0.06  # share of customers on a monthly subscription
    shared_prices: float = 0.5  # subscribers on a price list (49.00 ...) rather than own price
    namesakes: float = 0.08  # customers whose name (or nearly) another customer has too
    persons: float = 0.3  # private customers rather than companies
    # how customers write the reference (the shares of customers with each habit)
    structured: float = 0.6  # pay a QR/creditor reference as such when the invoice has one
    no_reference: float = 0.15  # never write a reference
    period_text: float = 0.3  # subscribers who name the month they pay
    typos: float = 0.05  # share of typed references with a mistake
    # how they pay
    statement_payers: float = 0.08  # pay all their open invoices in one transfer now and then
    name_all: float = 0.5  # statement payments that list every invoice (else some or none)
    instalments: float = 0.04  # invoices paid in two or three parts
    fee_deducted: float = 0.35  # foreign payers whose bank deducts a fee
    discount: float = 0.04  # invoices paid less a cash discount
    rounding: float = 0.04  # payments rounded to the unit (or to 5 for large ones)
    over_under: float = 0.03  # paid somewhat more or less than the invoice
    netting: float = 0.3  # open credit notes deducted from the next payment
    late: float = 0.25  # customers who pay weeks after the due date
    unpaid: float = 0.12  # invoices not paid within the period
    twice: float = 0.01  # payments made a second time
    returned: float = 0.004  # payments sent back by the bank
    skip_month: float = 0.08  # subscribers who miss a month and pay two together
    # what the bank delivers
    name_shown: float = 0.85  # the payer's name reaches the statement
    known_iban: float = 0.6  # the payer pays from an account the company knows
    batch: float = 0.15  # QR payments credited in a batch booking (CHF company)
    batch_details: float = 0.6  # batch bookings whose details (camt.054) arrive


# Fitted on (with ``synthetic``): scripts/bench/calibrate_matching.py uses FIT_PROFILES.
# HELD_OUT_PROFILES never feed the fit nor the tuning of the rules: they are only measured.
FIT_PROFILES = {
    "fit-mixed": Profile(name="fit-mixed"),
    "fit-subscriptions": Profile(
        name="fit-subscriptions",
        base="EUR",
        months=14,
        recurring=0.3,
        shared_prices=0.7,
        period_text=0.2,
        skip_month=0.12,
        no_reference=0.25,
        noise=0.25,
    ),
    "fit-sloppy": Profile(
        name="fit-sloppy",
        no_reference=0.35,
        typos=0.12,
        rounding=0.08,
        over_under=0.06,
        discount=0.06,
        instalments=0.07,
        fee_deducted=0.6,
        foreign_invoices=0.2,
        name_shown=0.7,
        known_iban=0.4,
        twice=0.02,
    ),
    "fit-namesakes": Profile(
        name="fit-namesakes",
        namesakes=0.25,
        persons=0.5,
        statement_payers=0.15,
        name_all=0.3,
        batch=0.3,
        batch_details=0.3,
        unknown_payers=0.3,
    ),
}
HELD_OUT_PROFILES = {
    "held-retail": Profile(
        name="held-retail",
        base="EUR",
        months=18,
        items=3000,
        recurring=0.45,
        shared_prices=0.8,
        persons=0.7,
        namesakes=0.15,
        no_reference=0.45,
        period_text=0.4,
        skip_month=0.15,
        late=0.4,
        twice=0.03,
        structured=0.4,
        noise=0.2,
        unknown_payers=0.35,
        known_iban=0.5,
    ),
    "held-b2b": Profile(
        name="held-b2b",
        base="CHF",
        months=12,
        items=3000,
        recurring=0.05,
        namesakes=0.35,
        persons=0.1,
        statement_payers=0.25,
        name_all=0.25,
        instalments=0.1,
        fee_deducted=0.7,
        foreign_invoices=0.3,
        discount=0.1,
        over_under=0.07,
        rounding=0.1,
        typos=0.15,
        batch=0.4,
        batch_details=0.2,
        credit_notes=0.06,
        netting=0.5,
        noise=0.35,
    ),
    "held-large": Profile(
        name="held-large",
        base="CHF",
        months=12,
        items=10_000,
        recurring=0.2,
        namesakes=0.2,
        no_reference=0.3,
        typos=0.08,
        statement_payers=0.12,
        rounding=0.06,
        over_under=0.05,
        twice=0.02,
        batch=0.25,
        batch_details=0.4,
        noise=0.42,
    ),
}
PROFILES = {**FIT_PROFILES, **HELD_OUT_PROFILES}
# (profile, seed) of the scenarios: fitted on; kept out (other profiles, other seeds); and the
# fitting profiles drawn with seeds never fitted on.
FIT_SETS = tuple((name, seed) for name in FIT_PROFILES for seed in range(100, 106))
HELD_OUT_SETS = (
    ("held-retail", 9001),
    ("held-retail", 9002),
    ("held-b2b", 9011),
    ("held-b2b", 9012),
    ("held-large", 9021),
)
UNSEEN_SEEDS = tuple((name, 9100 + k) for k, name in enumerate(FIT_PROFILES))

# -- vocabulary (its own: the matcher must not have learnt these lists) ----------------------

SURNAMES = {
    "de": """Zbinden Imhof Aeschlimann Stucki Hürlimann Tschanz Gygax Siegrist Wüthrich Rüegg
    Zwahlen Bachmann Flückiger Gisler Schläpfer Amstutz Eberhard Jenni Rohner Zürrer Nydegger
    Hostettler Bürgi Zaugg Loosli""".split(),
    "fr": """Chappuis Pittet Jaquier Cuénod Rey Gilliéron Bovet Dufour Perret Rochat Favez Ducret
    Monod Jaccard Sauthier Maillard Cretton Vuilleumier Dumoulin Borloz""".split(),
    "it": """Bernasconi Galli Ricci Bernardi Fontana Conti Marchetti Lombardi Pedrazzini Rusconi
    Cattaneo Ferretti Moretti Gianola Bianchetti Pellandini Zanetti""".split(),
    "es": """García Fernández López Martínez Sánchez Romero Navarro Torres Domínguez Vázquez
    Serrano Ortega""".split(),
    "nl": """Jansen Bakker Visser Smit Meijer Mulder Bos Vos Dekker Kok Hendriks Brouwer""".split(),
    "en": """Harrington O'Connor McAllister Whitfield Thornton Ashworth Pemberton Fairbanks Holloway
    Kingsley Radcliffe""".split(),
}
FIRST = {
    "de": "Hans Ruth Urs Verena Jürg Regula Kurt Brigitte Lukas Simone Fabian Nadine".split(),
    "fr": "Luc Nathalie Olivier Isabelle Sébastien Valérie Gilles Aurélie Mathieu".split(),
    "it": "Giuseppe Francesca Alessandro Chiara Matteo Paola Stefano Giorgia".split(),
    "es": "Javier Lucía Carlos Marta Pablo Elena Diego".split(),
    "nl": "Jeroen Sanne Bram Lotte Daan Femke".split(),
    "en": "Oliver Charlotte George Amelia Harry Isla".split(),
}
TRADES = {
    "de": "Metallbau Schreinerei Haustechnik Gartenpflege Treuhand Zahnarztpraxis Fahrschule",
    "fr": "Charpente Carrosserie Paysagisme Comptabilité Ferblanterie Traiteur Ambulances",
    "it": "Costruzioni Impianti Trasporti Informatica Consulenze Serramenti Autofficina",
    "es": "Construcciones Soluciones Distribuciones Reformas Asesores",
    "nl": "Bouw Techniek Installaties Advies Logistiek",
    "en": "Surveying Brewing Catering Robotics Holdings Studios",
}
TRADES = {lang: words.split() for lang, words in TRADES.items()}
BRANDS = """Albula Bernina Calanda Glärnisch Lavaux Engadina Solaris Nordlicht Aurora Kestrel
Zephyr Ticino Verbano Arosa Chasseral Moléson Ceresio Flumserberg Hasliberg Nufenen""".split()
FORMS = {
    "de": ["AG", "GmbH", "Genossenschaft", "KLG"],
    "fr": ["SA", "Sàrl", "SNC"],
    "it": ["SA", "Sagl", "SRL", "SpA"],
    "es": ["SL", "SA"],
    "nl": ["BV", "NV"],
    "en": ["Ltd", "LLP", "Limited"],
}
PLACES = "Thun Spiez Lugano Bellinzona Sion Sierre Aarau Olten Chur Vevey Bulle Uster".split()
LANGS = ["de", "fr", "it", "es", "nl", "en"]

NUMBERINGS = ["FT-{y}/{n:07d}", "{yy}-INV-{n:05d}", "A{y}-{n:04d}", "VR/{yy}/{n:05d}", "RN{n:07d}"]
CREDIT_NUMBERINGS = ["NC-{y}/{n:05d}", "{yy}-CN-{n:04d}", "GU{n:06d}"]

REFERENCE_TEXTS = {
    "de": ["Rg. {n}", "Rechnung Nr {n}", "Kd {c} Rg {n}", "{n}", "RE {n} Dank", "Zahlung zu {n}"],
    "fr": ["Fact {n}", "facture no {n}", "{n}", "Règlement {n}", "N/réf. {n}"],
    "it": ["Fattura {n}", "Fatt. n. {n}", "saldo fattura {n}", "{n}", "pagamento {n}"],
    "es": ["Factura {n}", "pago factura {n}", "{n}"],
    "nl": ["Factuur {n}", "betaling factuur {n}", "{n}"],
    "en": ["Inv. {n}", "Ref {n}", "{n}", "invoice {n} thanks"],
}
MULTI_JOIN = [" ", ", ", "/", " + ", " u. ", " et "]
MULTI_TEXTS = {
    "de": ["Rg. {ns}", "Sammelzahlung {ns}", "{ns}"],
    "fr": ["Factures {ns}", "{ns}"],
    "it": ["Fatture {ns}", "{ns}"],
    "es": ["Facturas {ns}", "{ns}"],
    "nl": ["Facturen {ns}", "{ns}"],
    "en": ["Invoices {ns}", "{ns}"],
}
GENERIC = {
    "de": ["Zahlung", "Überweisung", "Kontoausgleich", "Kd-Nr {c}", ""],
    "fr": ["Paiement", "Virement", "solde compte", "client {c}", ""],
    "it": ["Bonifico", "Pagamento", "saldo", "cliente {c}", ""],
    "es": ["Transferencia", "Pago", ""],
    "nl": ["Overboeking", "Betaling", ""],
    "en": ["Payment", "Transfer", "account {c}", ""],
}
SUBSCRIPTION = {
    "de": ["Abo", "Monatsbeitrag", "Dauerauftrag Abo", ""],
    "fr": ["Abonnement", "Cotisation mensuelle", ""],
    "it": ["Canone mensile", "Abbonamento", ""],
    "es": ["Cuota mensual", "Suscripción", ""],
    "nl": ["Contributie", "Abonnement maand", ""],
    "en": ["Monthly fee", "Subscription", ""],
}
MONTH_NAMES = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
    "dicembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "en": "January February March April May June July August September October November December",
}
MONTH_NAMES = {lang: names.split() for lang, names in MONTH_NAMES.items()}
PERIOD_TEXTS = ["{s} {m} {y}", "{s} {mm}/{y}", "{s} {m}", "{s} {y}-{mm}", "{m} {y}"]
INSTALMENT_TEXTS = {
    "de": ["Teilzahlung {n}", "1. Rate {n}", "Akonto {n}"],
    "fr": ["Acompte {n}", "{n} 1er versement"],
    "it": ["Acconto {n}", "rata 1/2 {n}"],
    "es": ["Pago parcial {n}"],
    "nl": ["Deelbetaling {n}"],
    "en": ["Part payment {n}", "1st instalment {n}"],
}
REST_TEXTS = ["Rest {n}", "Solde {n}", "saldo {n}", "{n}", "balance {n}"]
NOISE_OUT = [
    "Salari {m}",
    "Löhne {m}",
    "Loyer bureau {m}",
    "Affitto ufficio",
    "Leasing Fahrzeug {k}",
    "Kartenzahlung {shop}",
    "Fornitore {k}",
    "Facture fournisseur {k}",
    "AHV/ALV Beiträge Q{q}",
    "Spesen Konto",
    "Steuerverwaltung Rate {q}",
    "Telefon {shop}",
    "Versicherung {k}",
]
NOISE_IN = [
    "Zinsen",
    "Rimborso {other}",
    "Remboursement {other}",
    "Übertrag Sparkonto",
    "Stripe payout {k}",
    "SumUp {k}",
    "Apport associé",
    "Anticipo cliente ordine {k}",
    "Kaution Rückzahlung",
    "Subsidio",
]
SHOPS = "Coop Migros Manor Galaxus Swisscom Sunrise Salt Ikea Jumbo Hornbach Lidl Aldi".split()
PRICE_LIST = [Decimal(x) for x in ("19.90", "29.00", "39.00", "49.00", "59.00", "79.00", "99.00")]
COMMON_PRICES = [Decimal(x) for x in ("50", "100", "150", "200", "250", "300", "500", "1000")]
BATCH_TEXTS = [
    "Sammelgutschrift QR-Zahlungen ({k})",
    "Crédit groupé paiements QR ({k})",
    "Accredito collettivo QR ({k})",
    "Gutschrift QR-Rechnung Sammelbuchung",
]

CENT = Decimal("0.01")


def _money(value) -> Decimal:
    return Decimal(value).quantize(CENT, ROUND_HALF_UP)


def _iban(rng: random.Random, country: str) -> str:
    length = {"CH": 17, "DE": 18, "FR": 23, "IT": 23, "ES": 20, "NL": 14, "GB": 18}[country]
    if country == "NL":
        bban = rng.choice(["ABNA", "RABO", "INGB"]) + "".join(rng.choices("0123456789", k=10))
    elif country == "GB":
        bban = rng.choice(["MIDL", "LOYD"]) + "".join(rng.choices("0123456789", k=14))
    else:
        bban = "".join(rng.choices("0123456789", k=length))
    digits = "".join(str(int(c, 36)) for c in bban + country) + "00"
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def _scor(body: str) -> str:
    digits = "".join(str(int(c, 36)) for c in body + "RF") + "00"
    return f"RF{98 - int(digits) % 97:02d}{body}"


@dataclass
class _Customer:
    id: int
    name: str
    lang: str
    country: str
    person: bool
    ibans: list[str]
    number: int  # customer number
    writes: str  # "structured" | "number" | "nothing"
    late_days: int
    statement_every: int = 0  # days between statement payments (0: pays invoice by invoice)
    subscription: Decimal | None = None
    names_month: bool = False
    skips: bool = False
    rounds: bool = False
    pay_day: int = 1


@dataclass
class _Payment:
    """One transfer before it is shaped as a bank line: applied amounts per item (cents, item
    currency, signed like the residual) and what the line says."""

    day: date
    customer: _Customer | None
    amount: Decimal  # in ``currency``, signed (+ money in)
    currency: str
    category: str
    allocations: dict[str, int] = field(default_factory=dict)
    text: str = ""
    structured: tuple[str, str] = ("", "")
    instructed: tuple[Decimal, str] | None = None
    alternatives: list[set] = field(default_factory=list)
    channel: str = ""
    payer_name: str | None = None  # None: as the customer's habit says
    again: _Payment | None = None  # the transfer this one repeats, as its bank ran it again


class _Year:
    def __init__(self, seed: int, profile: Profile, start: date):
        self.rng = random.Random(seed)
        self.p = profile
        self.start = start
        self.end = start + timedelta(days=round(30.44 * profile.months))
        self.base = profile.base
        self.country = "CH" if self.base == "CHF" else self.rng.choice(["DE", "IT", "NL", "ES"])
        rng = self.rng
        self.numbering = rng.choice(NUMBERINGS)
        self.credit_numbering = rng.choice(CREDIT_NUMBERINGS)
        self.foreign = ["EUR", "USD"] if self.base == "CHF" else ["CHF", "USD", "GBP"]
        self.rates = {"CHF": Decimal(1)}
        self.rates["EUR"] = Decimal(str(round(rng.uniform(0.90, 0.99), 4)))
        self.rates["USD"] = Decimal(str(round(rng.uniform(0.78, 0.92), 4)))
        self.rates["GBP"] = Decimal(str(round(rng.uniform(1.05, 1.18), 4)))
        self.customers: list[_Customer] = []
        self.items: dict[str, OpenItem] = {}
        self.open: dict[str, int] = {}  # residual in cents while payments are made
        self.customer_items: dict[int, list[str]] = defaultdict(list)
        self.subscriptions: set[str] = set()  # items of a monthly subscription
        self.payments: list[_Payment] = []
        self.pending_rest: list[tuple] = []  # second parts of instalments
        self.sequence = 0

    # -- customers ---------------------------------------------------------------------------

    def _name(self, lang: str, person: bool) -> str:
        rng = self.rng
        surname = rng.choice(SURNAMES[lang])
        if person:
            return f"{rng.choice(FIRST[lang])} {surname}"
        style = rng.random()
        if style < 0.45:
            core = f"{surname} {rng.choice(TRADES[lang])}"
        elif style < 0.75:
            core = f"{rng.choice(BRANDS)} {rng.choice(TRADES[lang])}"
        elif style < 0.9:
            core = f"{rng.choice(TRADES[lang])} {surname} & {rng.choice(SURNAMES[lang])}"
        else:
            core = f"{surname} {rng.choice(TRADES[lang])} {rng.choice(PLACES)}"
        return f"{core} {rng.choice(FORMS[lang])}"

    def _namesake(self, other: _Customer) -> str:
        """The same name, the same with another legal form, or with a place added."""
        rng = self.rng
        if other.person or rng.random() < 0.4:
            return other.name
        words = other.name.split()
        if words[-1] in FORMS[other.lang] and rng.random() < 0.5:
            forms = [f for f in FORMS[other.lang] if f != words[-1]] or FORMS[other.lang]
            return " ".join([*words[:-1], rng.choice(forms)])
        return " ".join([*words[:-1], rng.choice(PLACES), words[-1]])

    def build_customers(self, count: int) -> None:
        rng, p = self.rng, self.p
        home = (
            "de"
            if self.country in ("CH", "DE")
            else {"IT": "it", "NL": "nl", "ES": "es"}.get(self.country, "fr")
        )
        for index in range(count):
            lang = home if rng.random() < 0.55 else rng.choice(LANGS)
            person = rng.random() < p.persons
            if self.customers and rng.random() < p.namesakes:
                twin = rng.choice(self.customers)
                name, lang, person = self._namesake(twin), twin.lang, twin.person
            else:
                name = self._name(lang, person)
            country = {"de": "CH", "fr": "CH", "it": "IT", "es": "ES", "nl": "NL", "en": "GB"}[lang]
            if rng.random() < 0.5:
                country = self.country
            writes = rng.choices(
                ["structured", "number", "nothing"],
                [p.structured, 1 - p.structured, 0],
            )[0]
            if rng.random() < p.no_reference:
                writes = "nothing"
            self.customers.append(
                _Customer(
                    id=index + 1,
                    name=name,
                    lang=lang,
                    country=country,
                    person=person,
                    ibans=[
                        _iban(rng, country)
                        for _ in range(rng.choices([0, 1, 2, 3], [2, 6, 2, 1])[0])
                    ],
                    number=rng.randrange(1000, 99999),
                    writes=writes,
                    late_days=rng.randint(25, 120)
                    if rng.random() < p.late
                    else rng.randint(-5, 12),
                    statement_every=rng.choice([28, 35, 42, 60])
                    if rng.random() < p.statement_payers
                    else 0,
                    rounds=rng.random() < p.rounding,
                    pay_day=rng.randint(1, 28),
                )
            )

    # -- invoices ----------------------------------------------------------------------------

    def _number(self, template: str, day: date, number: int) -> str:
        return template.format(y=day.year, yy=day.year % 100, n=number)

    def build_invoices(self) -> None:
        rng, p = self.rng, self.p
        subscribers = [c for c in self.customers if rng.random() < p.recurring]
        for customer in subscribers:
            if rng.random() < p.shared_prices:
                customer.subscription = rng.choice(PRICE_LIST)
            else:
                customer.subscription = _money(rng.uniform(25, 400))
            customer.names_month = rng.random() < p.period_text
            customer.skips = rng.random() < p.skip_month
            customer.statement_every = 0
        drafts = []  # (day, customer, amount, currency, subscription)
        first = self.start - timedelta(days=75)
        for customer in subscribers:
            day = date(first.year, first.month, 1)
            amount = customer.subscription
            while day < self.end:
                drafts.append((day, customer, amount, self.base, True))
                day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
                if day.month == 1 and rng.random() < 0.3:
                    amount = _money(amount * Decimal("1.05"))  # a yearly price rise
        others = [c for c in self.customers if c.subscription is None]
        weights = [1 / (rank + 1) ** 0.8 for rank in range(len(others))]
        span = (self.end - first).days
        target = max(p.items - len(drafts), p.items // 3)
        for _ in range(int(target * (1 - p.credit_notes))):
            customer = rng.choices(others, weights)[0]
            currency = self.base
            if rng.random() < p.foreign_invoices:
                currency = rng.choices(
                    self.foreign, [80, 20] if len(self.foreign) == 2 else [60, 25, 15]
                )[0]
            if rng.random() < 0.12:
                amount = rng.choice(COMMON_PRICES) * rng.choice([1, 1, 2, 3])
            else:
                amount = _money(rng.lognormvariate(6.0, 1.2))
            day = first + timedelta(days=rng.randrange(span))
            drafts.append((day, customer, max(amount, Decimal("12.00")), currency, False))
        drafts.sort(key=lambda d: (d[0], d[1].id))
        number = rng.randint(1, 900)
        for day, customer, amount, currency, subscription in drafts:
            self._invoice(customer, day, amount, currency, number, subscription=subscription)
            number += 1
        credit_number = rng.randint(1, 90)
        invoices = [i for i in self.items.values() if i.id not in self.subscriptions]
        for _ in range(int(target * p.credit_notes)):
            source = rng.choice(invoices)
            customer = self.customers[source.partner_id - 1]
            value = _money(source.residual * Decimal(str(round(rng.uniform(0.05, 0.6), 3))))
            day = source.invoice_date + timedelta(days=rng.randint(3, 50))
            text = self._number(self.credit_numbering, day, credit_number)
            credit_number += 1
            self._store(
                OpenItem(
                    id=f"Y{len(self.items) + 1:06d}",
                    residual=-value,
                    currency=source.currency,
                    partner_id=customer.id,
                    partner_name=customer.name,
                    partner_ibans=tuple(customer.ibans),
                    number=text,
                    payment_ref=text,
                    invoice_date=day,
                    due_date=day + timedelta(days=30),
                    amount_total=-value,
                    kind="out_refund",
                ),
                customer,
            )

    def _invoice(self, customer, day, amount, currency, number, *, subscription) -> None:
        rng = self.rng
        text = self._number(self.numbering, day, number)
        ref, kind = text, ""
        if currency == "CHF" and self.base == "CHF" and rng.random() < 0.85:
            body = f"{customer.number:07d}{day.year % 100:02d}{number:09d}"
            body = body.rjust(26, "0")[-26:]
            ref, kind = body + str(qrr_check_digit(body)), QRR
        elif currency != "CHF" and rng.random() < 0.45:
            ref, kind = _scor(f"{customer.number}{number:06d}"), SCOR
        residual = amount
        if not subscription and rng.random() < 0.04:
            residual = _money(amount * Decimal(str(round(rng.uniform(0.2, 0.7), 3))))
        po = ""
        if not subscription and rng.random() < 0.06:
            po = rng.choice(["PO ", "Bestellung ", "Ordine ", "Commande "]) + str(
                rng.randrange(10_000, 9_999_999)
            )
        item = OpenItem(
            id=f"Y{len(self.items) + 1:06d}",
            residual=residual,
            currency=currency,
            partner_id=customer.id,
            partner_name=customer.name,
            partner_ibans=tuple(customer.ibans),
            number=text,
            customer_ref=po,
            payment_ref=ref,
            payment_ref_type=kind,
            invoice_date=day,
            due_date=day + timedelta(days=10 if subscription else rng.choice([10, 20, 30, 30, 60])),
            amount_total=amount,
            kind="out_invoice",
        )
        self._store(item, customer)
        if subscription:
            self.subscriptions.add(item.id)

    def _store(self, item: OpenItem, customer: _Customer) -> None:
        self.items[item.id] = item
        self.open[item.id] = int(item.residual * 100)
        self.customer_items[customer.id].append(item.id)

    # -- what customers do -------------------------------------------------------------------

    def _written(self, item_id: str, customer: _Customer) -> tuple[str, tuple[str, str], bool]:
        """(free text, structured reference, mistyped) of a payment of one item."""
        rng, item = self.rng, self.items[item_id]
        if customer.writes == "nothing":
            return "", ("", ""), False
        if customer.writes == "structured" and item.payment_ref_type and rng.random() < 0.9:
            return "", (item.payment_ref, item.payment_ref_type), False
        shown = item.number
        if item.payment_ref_type and rng.random() < 0.15:
            shown = item.payment_ref
            if item.payment_ref_type == QRR:
                shown = " ".join(shown[i : i + 5] for i in range(2, 27, 5))
                shown = item.payment_ref[:2] + " " + shown
        elif item.customer_ref and rng.random() < 0.4:
            shown = item.customer_ref
        mangled = rng.random() < self.p.typos
        if mangled:
            shown = self._mangle(shown)
        template = rng.choice(REFERENCE_TEXTS[customer.lang])
        return template.format(n=shown, c=customer.number), ("", ""), mangled

    def _mangle(self, text: str) -> str:
        rng = self.rng
        how = rng.choice(["swap", "wrong", "missing", "extra", "year", "case"])
        digits = [i for i, c in enumerate(text) if c.isdigit()]
        if how == "case" or not digits:
            return text.lower()
        i = rng.choice(digits[-5:])
        if how == "swap" and i + 1 < len(text) and text[i + 1].isdigit() and text[i] != text[i + 1]:
            return text[:i] + text[i + 1] + text[i] + text[i + 2 :]
        if how == "missing":
            return text[:i] + text[i + 1 :]
        if how == "extra":
            return text[:i] + text[i] + text[i:]
        if how == "year" and str(self.start.year) in text:
            return text.replace(str(self.start.year), str(self.start.year - 1), 1)
        return text[:i] + rng.choice([d for d in "0123456789" if d != text[i]]) + text[i + 1 :]

    def _due_payment_day(self, item: OpenItem, customer: _Customer) -> date:
        jitter = self.rng.randint(-3, 6)
        return item.due_date + timedelta(days=customer.late_days + jitter)

    def plan(self) -> list:
        """Payment intents in date order: (day, sequence, kind, customer, items)."""
        rng, p = self.rng, self.p
        heap = []

        def push(day, kind, customer, items=()):
            self.sequence += 1
            heapq.heappush(heap, (day, self.sequence, kind, customer.id, tuple(items)))

        for customer in self.customers:
            ids = self.customer_items[customer.id]
            if customer.subscription is not None:
                for item_id in ids:
                    item = self.items[item_id]
                    if item.residual > 0 and rng.random() > p.unpaid / 2:
                        day = item.invoice_date + timedelta(days=max(0, customer.late_days // 3))
                        day = date(day.year, day.month, min(customer.pay_day, 28))
                        if day < item.invoice_date:
                            day += timedelta(days=30)
                        push(day, "subscription", customer, (item_id,))
                continue
            if customer.statement_every:
                day = self.start - timedelta(days=rng.randrange(customer.statement_every))
                while day < self.end:
                    push(day, "statement", customer)
                    day += timedelta(days=customer.statement_every + rng.randint(-4, 4))
                continue
            for item_id in ids:
                item = self.items[item_id]
                if item.residual < 0 or rng.random() < p.unpaid:
                    continue
                push(self._due_payment_day(item, customer), "invoice", customer, (item_id,))
        return [heapq.heappop(heap) for _ in range(len(heap))]

    def _still_open(self, item_id: str) -> bool:
        return self.open[item_id] > 0

    def _record(self, payment: _Payment) -> _Payment:
        for item_id, cents in payment.allocations.items():
            self.open[item_id] -= cents
        self.payments.append(payment)
        return payment

    def _pay_subscription(self, day, customer, items) -> None:
        rng = self.rng
        meant = items[0]
        if not self._still_open(meant):
            return
        item = self.items[meant]
        same = sorted(
            (
                i
                for i in self.customer_items[customer.id]
                if self._still_open(i)
                and self.open[i] == self.open[meant]
                and self.items[i].invoice_date <= day
            ),
            key=lambda i: (self.items[i].invoice_date, i),
        )
        if customer.skips and rng.random() < 0.15 and len(same) == 1:
            return  # a month missed: paid with the next one
        count = 2 if customer.skips and len(same) >= 2 and rng.random() < 0.6 else 1
        lang = customer.lang
        text = rng.choice(SUBSCRIPTION[lang])
        structured = ("", "")
        alternatives: list[set] = []
        if customer.names_month:
            # the month paid is named: that invoice, whatever else is open
            chosen = [meant]
            month = item.invoice_date
            text = (
                rng.choice(PERIOD_TEXTS)
                .format(
                    s=text or rng.choice(SUBSCRIPTION[lang][:2]),
                    m=MONTH_NAMES[lang][month.month - 1],
                    mm=f"{month.month:02d}",
                    y=month.year,
                )
                .strip()
            )
        elif customer.writes != "nothing" and count == 1 and rng.random() < 0.5:
            chosen = [meant]  # the invoice is named: that one
            text, structured, _mangled = self._written(meant, customer)
        else:
            chosen = same[:count]  # the oldest open ones, by the accountant's convention
            if count == 1:
                alternatives = [{i} for i in same[1:]]
        if count > 1 and len(chosen) > 1:
            category = "multi_invoice"
        elif alternatives:
            category = "ambiguous_recurring"
        elif customer.names_month:
            category = "recurring_period"
        elif structured[0]:
            category = "exact_structured_ref"
        elif text and text not in SUBSCRIPTION[lang]:
            category = "ref_in_free_text"
        else:
            category = "no_ref_partner_amount"
        cents = {i: self.open[i] for i in chosen}
        self._record(
            _Payment(
                day,
                customer,
                Decimal(sum(cents.values())) / 100,
                self.base,
                category,
                cents,
                text=text,
                structured=structured,
                alternatives=alternatives,
            )
        )

    def _pay_statement(self, day, customer, _items) -> None:
        """All open invoices issued two weeks before (credit notes deducted), up to six."""
        rng = self.rng
        due = [
            i
            for i in self.customer_items[customer.id]
            if self.open[i] and self.items[i].invoice_date <= day - timedelta(days=14)
        ]
        by_currency = defaultdict(list)
        for i in due:
            by_currency[self.items[i].currency].append(i)
        for currency, all_ids in by_currency.items():
            ids = sorted(all_ids, key=lambda i: (self.items[i].invoice_date, i))[:6]
            cents = {i: self.open[i] for i in ids}
            if sum(cents.values()) <= 0 or not any(v > 0 for v in cents.values()):
                continue
            if len(ids) == 1:
                self._pay_invoice(day, customer, ids)
                continue
            named = (
                ids
                if rng.random() < self.p.name_all
                else rng.sample(ids, rng.randint(0, len(ids) - 1))
            )
            if customer.writes == "nothing":
                named = []
            text = (
                rng.choice(MULTI_TEXTS[customer.lang]).format(
                    ns=rng.choice(MULTI_JOIN).join(self.items[i].number for i in named)
                )
                if named
                else rng.choice(GENERIC[customer.lang]).format(c=customer.number)
            )
            credit = any(v < 0 for v in cents.values())
            self._record(
                _Payment(
                    day,
                    customer,
                    Decimal(sum(cents.values())) / 100,
                    currency,
                    "invoice_minus_credit_note" if credit else "multi_invoice",
                    cents,
                    text=text,
                )
            )

    def _pay_invoice(self, day, customer, items) -> None:
        item_id = items[0]
        if not self._still_open(item_id):
            return
        text, structured, mangled = self._written(item_id, customer)
        if self._pay_net_of_credit(day, customer, item_id, text):
            return
        if self._pay_in_parts(day, customer, item_id):
            return
        owed = self.open[item_id]
        if structured[0]:
            category = "exact_structured_ref"
        elif text:
            category = "ref_with_typo" if mangled else "ref_in_free_text"
        else:
            category = "no_ref_partner_amount"
        amount, changed, text = self._amount_paid(customer, owed, text)
        category = changed or category
        applied = owed
        if category == "amount_mismatch" and amount < owed - 100:
            applied = amount  # paid short: the rest stays open (a rounding is written off)
        self._record(self._in_account_currency(
            _Payment(day, customer, Decimal(amount) / 100, self.items[item_id].currency,
                     category, {item_id: applied}, text=text, structured=structured)
        ))  # fmt: skip

    def _pay_net_of_credit(self, day, customer, item_id, text) -> bool:
        """The invoice less an open credit note of the customer, in one transfer."""
        owed, currency = self.open[item_id], self.items[item_id].currency
        credits = [
            i
            for i in self.customer_items[customer.id]
            if self.open[i] < 0
            and self.items[i].currency == currency
            and self.items[i].invoice_date <= day
            and -self.open[i] < owed
        ]
        if not credits or self.rng.random() >= self.p.netting:
            return False
        credit = credits[0]
        cents = {item_id: owed, credit: self.open[credit]}
        if text:
            text = f"{text} ./. {self.items[credit].number}"
        self._record(
            _Payment(day, customer, Decimal(sum(cents.values())) / 100, currency,
                     "invoice_minus_credit_note", cents, text=text)
        )  # fmt: skip
        return True

    def _pay_in_parts(self, day, customer, item_id) -> bool:
        """A round first part now, the rest one to ten weeks later."""
        rng, item, owed = self.rng, self.items[item_id], self.open[item_id]
        if (
            rng.random() >= self.p.instalments
            or owed < 20_000
            or item.residual != item.amount_total
        ):
            return False
        part = int(owed * rng.uniform(0.25, 0.6)) // 1000 * 1000 or owed // 2
        shown = item.number if customer.writes != "nothing" else ""
        text = rng.choice(INSTALMENT_TEXTS[customer.lang]).format(n=shown).strip()
        self._record(
            _Payment(day, customer, Decimal(part) / 100, item.currency, "partial_payment",
                     {item_id: part}, text=text)
        )  # fmt: skip
        later = day + timedelta(days=rng.randint(20, 75))
        if later < self.end:
            rest_text = rng.choice(REST_TEXTS).format(n=shown).strip()
            self.pending_rest.append((later, customer, item_id, rest_text))
        return True

    def _amount_paid(self, customer, owed: int, text: str) -> tuple[int, str, str]:
        """(cents paid, category when it is not the invoice amount, text): a fee deducted by
        a foreign payer's bank, a cash discount, a rounded amount, more or less."""
        rng, p = self.rng, self.p
        if customer.country != self.country and rng.random() < p.fee_deducted and owed > 5000:
            fee = rng.choice([500, 750, 1000, 1200, 1500, 2000, 2500, 3000, 1337, 863])
            return owed - fee, "bank_fees_deducted", text
        if rng.random() < p.discount and owed > 4000:
            rate = rng.choice(["0.02", "0.02", "0.03", "0.04", "0.05", "0.015"])
            discount = int((Decimal(owed) * Decimal(rate)).to_integral_value(ROUND_HALF_UP))
            if text and rng.random() < 0.5:
                text = f"{text} -{Decimal(rate) * 100:g}% Skonto"
            return owed - discount, "cash_discount", text
        if customer.rounds and owed % 100:
            step = 500 if owed > 100_000 else 100
            return (owed // step + (rng.random() < 0.3)) * step or owed, "amount_mismatch", text
        if rng.random() < p.over_under:
            factor = rng.choice([rng.uniform(0.85, 0.97), rng.uniform(1.02, 1.15)])
            return int(owed * factor), "amount_mismatch", text
        return owed, "", text

    def _in_account_currency(self, payment: _Payment) -> _Payment:
        """A foreign invoice paid into the company's main account, converted (a CHF company
        also holds pockets in the invoice currencies; a EUR company does not)."""
        rng = self.rng
        if payment.currency == self.base or (self.base != "EUR" and rng.random() >= 0.35):
            return payment
        rate = self.rates[payment.currency] / self.rates[self.base]
        spread = Decimal(str(round(rng.uniform(-0.02, 0.002), 4)))
        if rng.random() < 0.6:
            payment.instructed = (payment.amount, payment.currency)
        payment.amount = _money(payment.amount * rate * (1 + spread))
        payment.currency = self.base
        if payment.category in (
            "exact_structured_ref",
            "ref_in_free_text",
            "no_ref_partner_amount",
        ):
            payment.category = "other_currency"
        return payment

    def _pay_rest(self) -> None:
        """Second parts of instalments, once their day has come (they are made late)."""
        for day, customer, item_id, text in sorted(self.pending_rest, key=lambda r: (r[0], r[2])):
            owed = self.open[item_id]
            if owed <= 0:
                continue
            self._record(
                _Payment(
                    day, customer, Decimal(owed) / 100, self.items[item_id].currency,
                    "partial_payment", {item_id: owed}, text=text,
                )
            )  # fmt: skip

    # -- after the customers -----------------------------------------------------------------

    def _twice(self) -> None:
        """Some transfers are made a second time a few days later (a standing order run twice,
        an invoice paid by two people): the copy pays nothing."""
        rng = self.rng
        for payment in list(self.payments):
            if payment.amount <= 0 or payment.customer is None or rng.random() >= self.p.twice:
                continue
            day = payment.day + timedelta(days=rng.randint(1, 25))
            if day >= self.end:
                continue
            copy = replace(
                payment, day=day, category="duplicate_payment", allocations={}, alternatives=[]
            )
            if rng.random() < 0.3:
                copy.channel = "other"  # the second time by someone else, through another bank
            else:
                copy.again = payment  # the same order run again: the same account and text
            self.payments.append(copy)

    def _returns(self) -> None:
        rng = self.rng
        for payment in list(self.payments):
            if payment.amount > 0 and payment.allocations and rng.random() < self.p.returned:
                day = payment.day + timedelta(days=rng.randint(1, 6))
                if day >= self.end:
                    continue
                self.payments.append(
                    _Payment(
                        day, payment.customer, -payment.amount, payment.currency,
                        "returned_payment", text=f"Retour {payment.text}".strip(),
                    )
                )  # fmt: skip

    def _refunds(self) -> None:
        """Credit notes nobody deducted: some are paid out."""
        rng = self.rng
        for item_id, cents in self.open.items():
            item = self.items[item_id]
            if cents < 0 and rng.random() < 0.3:
                day = item.invoice_date + timedelta(days=rng.randint(5, 40))
                if self.start <= day < self.end:
                    customer = self.customers[item.partner_id - 1]
                    text = rng.choice(["Rückerstattung {n}", "Remboursement {n}", "Refund {n}",
                                       "Rimborso {n}", "{n}"]).format(n=item.number)  # fmt: skip
                    self._record(
                        _Payment(
                            day, customer, Decimal(cents) / 100, item.currency,
                            "refund_credit_note", {item_id: cents}, text=text,
                            payer_name=customer.name,
                        )
                    )  # fmt: skip

    def _batches(self) -> None:
        """QR payments of one day credited together: details arrive, or only the total."""
        if self.base != "CHF":
            return
        rng = self.rng
        by_day = defaultdict(list)
        for payment in self.payments:
            if payment.structured[1] == QRR and payment.category == "exact_structured_ref":
                by_day[payment.day].append(payment)
        for day, group in by_day.items():
            if len(group) < 2 or rng.random() >= self.p.batch:
                continue
            members = group[: rng.randint(2, 9)]
            if rng.random() < self.p.batch_details:
                for member in members:
                    member.category = "batch_booking"
                    member.channel = "camt"
                continue
            for member in members:
                self.payments.remove(member)
            allocations = {}
            for member in members:
                allocations.update(member.allocations)
            total = sum((m.amount for m in members), Decimal(0))
            self.payments.append(
                _Payment(
                    day, None, total, "CHF", "batch_booking", allocations,
                    text=rng.choice(BATCH_TEXTS).format(k=len(members)), channel="camt",
                    payer_name="",
                )
            )  # fmt: skip

    def _noise(self) -> None:
        rng, p = self.rng, self.p
        paying = len(self.payments)
        count = int(paying * p.noise / max(0.05, 1 - p.noise))
        span = (self.end - self.start).days
        items = [i for i in self.items.values() if i.residual > 0]
        for _ in range(count):
            day = self.start + timedelta(days=rng.randrange(span))
            if rng.random() < p.unknown_payers:
                lang = rng.choice(LANGS)
                name = self._name(lang, rng.random() < 0.6)
                if rng.random() < 0.3:
                    # a stranger sharing a customer's surname or brand
                    word = rng.choice(self.customers).name.split()[0]
                    name = f"{word} {rng.choice(TRADES[lang])} {rng.choice(FORMS[lang])}"
                amount = _money(rng.lognormvariate(5.5, 1.1))
                if rng.random() < 0.35:
                    amount = rng.choice(PRICE_LIST + COMMON_PRICES)
                elif rng.random() < 0.1 and items:
                    amount = rng.choice(items).residual  # by chance the price of an invoice
                text = rng.choice(["Zahlung", "Spende", "Pagamento", "Payment", "", "Anzahlung"])
                self.payments.append(
                    _Payment(day, None, amount, self.base, "unknown_payer", text=text,
                             payer_name=name)
                )  # fmt: skip
                continue
            outgoing = rng.random() < 0.7
            template = rng.choice(NOISE_OUT if outgoing else NOISE_IN)
            text = template.format(
                m=MONTH_NAMES["de"][day.month - 1],
                k=rng.randrange(1000, 999_999),
                shop=rng.choice(SHOPS),
                q=rng.randint(1, 4),
                other=self._name(rng.choice(LANGS), False),
            )
            amount = _money(rng.lognormvariate(6.2 if outgoing else 5.0, 1.3))
            if rng.random() < 0.25:
                amount = rng.choice(COMMON_PRICES) * rng.choice([1, 2, 10])
            name = ""
            if not outgoing and rng.random() < 0.15:
                name = rng.choice(self.customers).name  # a customer's deposit, no invoice
            self.payments.append(
                _Payment(day, None, -amount if outgoing else amount, self.base, "noise",
                         text=text, payer_name=name)
            )  # fmt: skip

    # -- bank lines --------------------------------------------------------------------------

    def _payer(self, payment: _Payment) -> tuple[str, str]:
        """(name as the bank shows it, IBAN)."""
        rng, p = self.rng, self.p
        customer = payment.customer
        if payment.payer_name is not None or customer is None:
            name = payment.payer_name or ""
            iban = _iban(rng, rng.choice(["CH", "DE", "IT", "FR"])) if name else ""
            if customer is not None and customer.ibans and rng.random() < 0.5:
                iban = rng.choice(customer.ibans)
            return name, iban
        name = customer.name
        if rng.random() > p.name_shown:
            name = ""
        else:
            style = rng.random()
            if style < 0.2:
                name = name.upper().replace("Ü", "UE").replace("Ä", "AE").replace("Ö", "OE")
            elif style < 0.32:
                name = name.upper()[: rng.choice([16, 20, 27, 35])].rstrip()
            elif style < 0.4 and customer.person:
                first, *rest = name.split()
                name = " ".join([*rest, first]).upper()
            elif style < 0.46:
                name = f"{name} {rng.choice(PLACES)}".upper()
            elif style < 0.52:
                # someone pays for the customer (spouse, parent company, fiduciary)
                name = self._name(customer.lang, rng.random() < 0.5)
        if customer.ibans and rng.random() < p.known_iban:
            iban = rng.choice(customer.ibans)
        else:
            iban = _iban(rng, customer.country)
        return name, iban

    def _channel(self, payment: _Payment) -> str:
        rng = self.rng
        if payment.channel and payment.channel != "other":
            return payment.channel
        if payment.structured[0]:
            return "camt" if self.base == "CHF" or rng.random() < 0.6 else "mt940"
        if self.base == "CHF":
            if payment.currency != "CHF":
                return "feed_r" if rng.random() < 0.8 else "camt"
            return rng.choices(["camt", "csv", "feed_r", "mt940"], [45, 15, 20, 20])[0]
        return rng.choices(["feed_q", "camt", "mt940"], [60, 25, 15])[0]

    def line(self, payment: _Payment, line_id: str) -> BankLine:
        name, iban = self._payer(payment)
        channel = self._channel(payment)
        text = payment.text
        ref, kind = payment.structured
        common = {
            "id": line_id,
            "amount": _money(payment.amount),
            "currency": payment.currency,
            "date": payment.day,
        }
        if payment.instructed:
            common["instructed_amount"], common["instructed_currency"] = payment.instructed
        if channel == "camt":
            return BankLine(
                **common,
                label=text or ref or ("Gutschrift" if payment.amount > 0 else "Belastung"),
                reference=ref,
                structured_ref=ref,
                structured_ref_type=kind,
                counterparty_name=name,
                counterparty_iban=iban,
                narration="Gutschrift" if payment.amount > 0 else "Belastung",
            )
        if channel == "mt940":
            parts = ["SEPA-GUTSCHRIFT" if payment.amount > 0 else "SEPA-LASTSCHRIFT"]
            if ref or text:
                parts.append("SVWZ+" + (text or ref))
            if name:
                parts.append("ABWA+" + name.upper())
            return BankLine(
                **common,
                label=" ".join(parts),
                reference=ref,
                counterparty_iban=iban,
                narration=" ".join(parts),
            )
        if channel == "csv":
            label = f"{'Gutschrift' if payment.amount > 0 else 'Belastung'} {name}".strip()
            if text or ref:
                label += f" Mitteilung: {text or ref}"
            return BankLine(**common, label=label)
        if channel == "feed_r":
            if payment.currency != self.base:
                common.pop("instructed_amount", None)
                common.pop("instructed_currency", None)
            shown = text or ref
            return BankLine(
                **common,
                label=shown or (f"Payment from {name}" if name else "Transfer"),
                reference=shown,
                counterparty_name=name,
                narration=f"Payment from {name}" if name else "Transfer",
            )
        shown = text or ref
        return BankLine(
            **common,
            label=" - ".join(x for x in (name, shown) if x) or "/",
            reference=shown,
            counterparty_name=name or shown,
            counterparty_iban=iban,
        )


def generate(
    seed: int,
    profile: Profile | str = "fit-mixed",
    start: date = date(2024, 1, 1),
    items: int | None = None,
) -> Scenario:
    """A scenario of ``profile`` (a ``Profile`` or the name of one in ``PROFILES``); ``items``
    overrides its size. Lines are sorted by date; their ids follow that order."""
    if isinstance(profile, str):
        profile = PROFILES[profile]
    if items is not None:
        profile = replace(profile, items=items)
    year = _Year(seed, profile, start)
    per_customer = profile.recurring * (profile.months + 2.5) + (1 - profile.recurring) * 3.5
    year.build_customers(max(8, int(profile.items / per_customer)))
    year.build_invoices()
    for day, _seq, kind, customer_id, items_ in year.plan():
        if day >= year.end:
            continue
        if day < year.start:
            for item_id in items_:  # paid before the period: no longer open
                if year.items[item_id].residual > 0 and kind != "statement":
                    year.items[item_id] = replace(year.items[item_id], residual=Decimal("0.00"))
                    year.open[item_id] = 0
            continue
        customer = year.customers[customer_id - 1]
        getattr(year, "_pay_" + kind)(day, customer, items_)
    year._pay_rest()
    year._batches()
    year._twice()
    year._returns()
    year._refunds()
    year._noise()
    payments = sorted(
        year.payments, key=lambda pay: (pay.day, pay.customer.id if pay.customer else 0)
    )
    scenario = Scenario(items=[], lines=[], rates=dict(year.rates))
    shown = {}
    for index, payment in enumerate(payments, start=1):
        if payment.again is not None and id(payment.again) in shown:
            line = replace(shown[id(payment.again)], id=f"B{index:06d}", date=payment.day)
        else:
            line = year.line(payment, f"B{index:06d}")
        shown[id(payment)] = line
        scenario.lines.append(line)
        scenario.truth[line.id] = set(payment.allocations)
        scenario.allocations[line.id] = {
            i: _money(Decimal(c) / 100) for i, c in payment.allocations.items()
        }
        scenario.categories[line.id] = payment.category
        if payment.alternatives:
            scenario.alternatives[line.id] = payment.alternatives
    scenario.items = [i for i in year.items.values() if i.residual]
    return scenario
