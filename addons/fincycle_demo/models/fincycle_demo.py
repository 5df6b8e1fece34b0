# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The demo group: two Swiss companies (CHF, Swiss chart, VAT 8.1 / 2.6 / 3.8 %) and one
French company (EUR, French chart), with customers and vendors carrying VAT numbers and
IBANs, bank journals, and invoices in every state a finance team meets."""

import logging
import unicodedata
from datetime import timedelta
from email.utils import formataddr

from dateutil.relativedelta import relativedelta
from markupsafe import Markup
from stdnum import luhn
from stdnum.ch import uid as ch_uid

from odoo import Command, api, fields, models

from odoo.addons.account_statement_import_fincycle.models.fincycle_sync_run import (
    BANK_STATEMENTS,
)

_logger = logging.getLogger(__name__)

MODULE = "fincycle_demo"
# The accountants of a Swiss and French group: German and French in Switzerland (dd.mm.yyyy),
# French in France, Italian for Ticino.
DEMO_LANGUAGES = ("de_CH", "fr_CH", "fr_FR", "it_IT")
# The customers' towns where French is spoken (their invoices are in French).
ROMANDIE = ("Genève", "Lausanne", "Sion")
# The customers' streets: a Swiss QR-bill needs the debtor's full postal address.
STREETS = {
    "Bergbahnen Arosa AG": "Poststrasse 2",
    "Praxis Dr. Meier": "Marktgasse 12",
    "Lemanic Watches SA": "Rue du Rhône 48",
    "Hotel Riffelalp AG": "Riffelalp 1",
    "Genossenschaft Wohnen 2000": "Badenerstrasse 120",
    "Maison Verdier SARL": "18 rue Oberkampf",
    "Librairie du Parc": "5 cours de l'Intendance",
    "Hôtel des Alpes SA": "Avenue de la Gare 10",
}


def ascii_word(word):
    """``word`` without its accents, as in an e-mail address (Hôtel: hotel)."""
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


def ch_vat(digits8):
    """A valid Swiss UID with MWST suffix from 8 digits (the 9th is the check digit)."""
    number = digits8 + ch_uid.calc_check_digit(digits8)
    return f"CHE-{number[0:3]}.{number[3:6]}.{number[6:9]} MWST"


def fr_vat(siren8):
    siren = siren8 + luhn.calc_check_digit(siren8)
    key = (12 + 3 * (int(siren) % 97)) % 97
    return f"FR{key:02d}{siren}"


def make_iban(country, bban):
    # ISO 13616 check digits (stdnum.iban loads a data file Odoo's importer cannot open)
    digits = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


COMPANIES = [
    {
        "key": "seeblick",
        "name": "Seeblick Treuhand AG",
        "country": "ch",
        "chart": "ch",
        "currency": "CHF",
        "street": "Seestrasse 41",
        "zip": "8002",
        "city": "Zürich",
        "vat": ch_vat("11628171"),
        "iban": make_iban("CH", "00762011623852957"),
        "email": "finance@seeblick.example",
        "lang": "de_CH",
        "customers": [
            ("Bergbahnen Arosa AG", "CH", ch_vat("10654322"), "00700110000123456", "7050", "Arosa"),
            ("Praxis Dr. Meier", "CH", False, "00235235123456789", "3011", "Bern"),
            ("Lemanic Watches SA", "CH", ch_vat("11345678"), "00243243598765432", "1204", "Genève"),
        ],
        "vendors": [
            (
                "Swisscom (Schweiz) AG",
                "CH",
                ch_vat("10297368"),
                "00762011623852111",
                "3050",
                "Bern",
            ),
            (
                "Büromaterial Huber GmbH",
                "CH",
                ch_vat("10987654"),
                "00230230987612345",
                "8400",
                "Winterthur",
            ),
        ],
        "taxes": [8.1, 2.6, 3.8],
    },
    {
        "key": "alpenrose",
        "name": "Alpenrose Digital GmbH",
        "country": "ch",
        "chart": "ch",
        "currency": "CHF",
        "street": "Rue du Simplon 12",
        "zip": "1006",
        "city": "Lausanne",
        "vat": ch_vat("12345670"),
        "iban": make_iban("CH", "00243243111122223"),
        "email": "compta@alpenrose.example",
        "lang": "fr_CH",
        "customers": [
            (
                "Hotel Riffelalp AG",
                "CH",
                ch_vat("10543216"),
                "00767000E52345678",
                "3920",
                "Zermatt",
            ),
            ("Genossenschaft Wohnen 2000", "CH", False, "00700115500334455", "8005", "Zürich"),
        ],
        "vendors": [
            ("Cloudscale AG", "CH", ch_vat("11876543"), "00700110000654321", "8048", "Zürich"),
        ],
        "taxes": [8.1, 3.8],
    },
    {
        "key": "lumiere",
        "name": "Atelier Lumière SAS",
        "country": "fr",
        "chart": "fr",
        "currency": "EUR",
        "street": "12 Quai Saint-Antoine",
        "zip": "69002",
        "city": "Lyon",
        "vat": fr_vat("82345678"),
        "iban": make_iban("FR", "30004000031234567890143"),
        "email": "compta@lumiere.example",
        "lang": "fr_FR",
        "customers": [
            (
                "Maison Verdier SARL",
                "FR",
                fr_vat("53245678"),
                "20041010050500013M02606",
                "75011",
                "Paris",
            ),
            ("Librairie du Parc", "FR", False, "10107001180001234567815", "33000", "Bordeaux"),
            ("Hôtel des Alpes SA", "CH", False, "00767000A11223344", "1950", "Sion"),
        ],
        "vendors": [
            (
                "Orange Business SA",
                "FR",
                fr_vat("38012986"),
                "30003035400005045678915",
                "92130",
                "Issy-les-Moulineaux",
            ),
        ],
        "taxes": [20.0, 5.5],
    },
]

# What a company's own bank movements say, in its language.
BANK_TEXTS = {
    "de": {
        "opening": "Eröffnungsüberweisung",
        "own": "Eigenes Konto",
        "retainer": "Monatspauschale",
        "rent": "Büromiete",
        "lunch": "Teamessen",
        "payment_from": "Zahlung von {name}",
        "to": "An {name}",
    },
    "fr": {
        "opening": "Virement d'ouverture",
        "own": "Compte propre",
        "retainer": "Forfait mensuel",
        "rent": "Loyer du bureau",
        "lunch": "Déjeuner d'équipe",
        "payment_from": "Paiement de {name}",
        "to": "À {name}",
    },
}

# Reminder runs before today's (days ago): the levels 15/30/45 days after the due date go
# out one after the other.
REMINDER_HISTORY = (30, 15)

# (xml id suffix, days overdue or None, state) — the invoice mix of every company.
INVOICE_MIX = [
    ("draft", None, "draft"),
    ("open", None, "posted"),
    ("overdue_10", 10, "posted"),
    ("overdue_40", 40, "posted"),
    ("overdue_70", 70, "posted"),
    ("partial", 5, "partial"),
    ("paid", None, "paid"),
]


class FincycleDemoLoader(models.AbstractModel):
    _name = "fincycle.demo.loader"
    _description = "Fincycle demo data loader"

    # -- xml ids -----------------------------------------------------------------------------
    def _ref(self, name):
        return self.env.ref(f"{MODULE}.{name}", raise_if_not_found=False)

    def _name_record(self, name, record):
        self.env["ir.model.data"]._update_xmlids(
            [{"xml_id": f"{MODULE}.{name}", "record": record, "noupdate": True}]
        )
        return record

    def _get_or_create(self, name, model, vals):
        record = self._ref(name)
        if record:
            return record
        return self._name_record(name, self.env[model].create(vals))

    # -- entry point -------------------------------------------------------------------------
    @api.model
    def _load_demo(self):
        today = fields.Date.context_today(self)
        admin = self.env.ref("base.user_admin")
        self._load_languages()
        companies = self.env["res.company"]
        # The group's history (invoices above the approval limits posted months ago) predates
        # the approval rules: the companies made here get theirs once it is loaded.
        without_rules = self.env["res.company"]
        for spec in COMPANIES:
            new = not self._ref(f"company_{spec['key']}")
            company = self._load_company(spec)
            if new:
                without_rules |= company
            companies |= company
            self._load_partners_and_invoices(spec, company, today)
            self._load_bank_feeds(spec, company, today)
            self._load_captured_bills(spec, company)
        # The group's Swiss holding first, landing on the accounting dashboard.
        admin.write(
            {
                "company_ids": [Command.link(c.id) for c in companies],
                "company_id": companies[0].id,
                "action_id": self.env.ref("account.open_account_journal_dashboard_kanban").id,
            }
        )
        self._load_users(companies)
        self._load_portal_customer(companies[0])
        self._run_autopilot(companies)
        self._load_credit_control(companies, today)
        self._load_approval_rules(without_rules)
        self._load_invoice_sending(without_rules)
        self._load_invoice_to_approve(today)
        self._load_contracts(today)
        self._load_time_billing(today)
        self._load_invoice_tracking(today)
        self._load_docuseal(today)
        self._load_vat_returns(today)
        self._load_mautic(today)
        _logger.info("Fincycle demo group loaded: %s", ", ".join(companies.mapped("name")))
        return companies

    def _load_languages(self):
        """The languages of the group's accountants, with every installed module's terms."""
        codes = [code for code in DEMO_LANGUAGES if self.env["res.lang"]._activate_lang(code)]
        modules = self.env["ir.module.module"].search(
            [("state", "in", ("installed", "to install", "to upgrade"))]
        )
        modules._update_translations(codes)

    def _run_autopilot(self, companies):
        """What the autopilot's cron does every few minutes: match the demo's bank lines, so
        the first screen shows reconciled lines and a suggestion to review."""
        Line = self.env["account.bank.statement.line"]
        for company in companies:
            lines = Line.search(
                [("company_id", "=", company.id), ("autopilot_state", "=", "pending")]
            )
            lines.with_company(company)._autopilot_run()

    def _load_company(self, spec):
        key = spec["key"]
        company = self._ref(f"company_{key}")
        if not company:
            country = self.env.ref(f"base.{spec['country']}")
            company = self._name_record(
                f"company_{key}",
                self.env["res.company"]
                .with_context(install_mode=True)  # we load the chart ourselves
                .create(
                    {
                        "name": spec["name"],
                        "country_id": country.id,
                        "currency_id": self.env.ref(f"base.{spec['currency']}").id,
                        "street": spec["street"],
                        "zip": spec["zip"],
                        "city": spec["city"],
                        "vat": spec["vat"],
                        "email": spec["email"],
                        # no approval rules yet: see _load_approval_rules
                        "tier_defaults_created": True,
                        # nor automatic sending: see _load_invoice_sending
                        "invoice_autosend": "none",
                    }
                ),
            )
        self.env.user.company_ids |= company
        if self.env["res.lang"]._lang_get(spec["lang"]):
            # What the automation writes by itself (chatter) is in the company's language.
            company.partner_id.lang = spec["lang"]
        if not company.chart_template:
            self.env["account.chart.template"].try_loading(
                spec["chart"], company=company, install_demo=False
            )
        self._load_rates(company)
        bank_journal = self.env["account.journal"].search(
            [("company_id", "=", company.id), ("type", "=", "bank")], limit=1
        )
        if bank_journal and not bank_journal.bank_account_id:
            bank_account = self._get_or_create(
                f"bank_account_{key}",
                "res.partner.bank",
                {
                    "acc_number": spec["iban"],
                    "partner_id": company.partner_id.id,
                    "company_id": company.id,
                },
            )
            bank_journal.bank_account_id = bank_account
            self._name_record(f"journal_bank_{key}", bank_journal)
        return company

    def _load_rates(self, company):
        """EUR/CHF rates of the last 18 months for the company (Odoo's demo has rates for its
        own first company only): without them the cockpit would add the French company's
        euros into the group's francs one for one."""
        other = self.env.ref("base.EUR" if company.currency_id.name == "CHF" else "base.CHF")
        Rate = self.env["res.currency.rate"]
        if Rate.search_count([("company_id", "=", company.id), ("currency_id", "=", other.id)]):
            return
        today = fields.Date.context_today(self)
        # CHF for one euro, month by month back from today (about the 2025-2026 level)
        chf_per_eur = [0.94, 0.935, 0.93, 0.938, 0.942, 0.945, 0.95, 0.948, 0.944, 0.94,
                       0.936, 0.932, 0.928, 0.934, 0.94, 0.946, 0.952, 0.955]  # fmt: skip
        Rate.create(
            [
                {
                    "currency_id": other.id,
                    "company_id": company.id,
                    "name": today - relativedelta(months=months),
                    # a rate is units of the currency for one unit of the company's
                    "rate": round(1 / value if other.name == "EUR" else value, 6),
                }
                for months, value in enumerate(chf_per_eur)
            ]
        )

    def _load_partners_and_invoices(self, spec, company, today):
        key = spec["key"]
        env = self.with_company(company).env
        customers = self.env["res.partner"]
        for index, row in enumerate(spec["customers"], 1):
            customers |= self._partner(f"{key}_customer_{index}", company, row, customer=True)
        vendors = self.env["res.partner"]
        for index, row in enumerate(spec["vendors"], 1):
            vendors |= self._partner(f"{key}_vendor_{index}", company, row, customer=False)
        taxes = {rate: self._tax(env, company, "sale", rate) for rate in spec["taxes"]}
        for number, mix in enumerate(INVOICE_MIX):
            partner = customers[number % len(customers)]
            rate = spec["taxes"][number % len(spec["taxes"])]
            self._load_invoice(
                env, mix, key=key, number=number, partner=partner, tax=taxes[rate], today=today
            )
        self._load_retainers(key, env, customers[0], taxes[spec["taxes"][0]], today)
        if vendors:
            self._load_vendor_bill(key, env, vendors[0], spec["taxes"][0], today)

    @staticmethod
    def _tax(env, company, use, rate):
        return env["account.tax"].search(
            [
                ("company_id", "=", company.id),
                ("type_tax_use", "=", use),
                ("amount", "=", rate),
                ("amount_type", "=", "percent"),
                ("price_include", "=", False),
            ],
            limit=1,
        )

    def _load_invoice(self, env, mix, *, key, number, partner, tax, today):
        """One customer invoice of ``INVOICE_MIX``: draft, open, overdue, partly or fully paid."""
        suffix, overdue, state = mix
        name = f"{key}_invoice_{suffix}"
        if self._ref(name):
            return
        if overdue is not None:
            due = today - timedelta(days=overdue)
            invoice_date = due - timedelta(days=30)
        else:
            invoice_date = today - timedelta(days=5 + number)
            due = invoice_date + timedelta(days=30)
        lines = [
            (f"Consulting {invoice_date:%B %Y}", 4 + number, 180.0),
            ("Software subscription", 1, 95.0),
        ]
        move = env["account.move"].create(
            {
                "move_type": "out_invoice",
                "partner_id": partner.id,
                "invoice_date": invoice_date,
                "invoice_date_due": due,
                "invoice_line_ids": [
                    Command.create(
                        {
                            "name": label,
                            "quantity": quantity,
                            "price_unit": price,
                            "tax_ids": [Command.set(tax.ids)],
                        }
                    )
                    for label, quantity, price in lines
                ],
            }
        )
        self._name_record(name, move)
        if state == "draft":
            return
        move.action_post()
        if state in ("partial", "paid"):
            bank = env["account.journal"].search(
                [("company_id", "=", move.company_id.id), ("type", "=", "bank")], limit=1
            )
            amount = move.amount_total if state == "paid" else round(move.amount_total / 2, 2)
            env["account.payment.register"].with_context(
                active_model="account.move", active_ids=move.ids
            ).create(
                {"amount": amount, "payment_date": today - timedelta(days=2), "journal_id": bank.id}
            )._create_payments()

    def _load_vendor_bill(self, key, env, vendor, rate, today):
        bill_name = f"{key}_bill_1"
        if self._ref(bill_name):
            return
        purchase_tax = self._tax(env, env.company, "purchase", rate)
        bill = env["account.move"].create(
            {
                "move_type": "in_invoice",
                "partner_id": vendor.id,
                "invoice_date": today - timedelta(days=12),
                "invoice_date_due": today + timedelta(days=18),
                "ref": f"{key.upper()}-BILL-001",
                "invoice_line_ids": [
                    Command.create(
                        {
                            "name": "Telecom and cloud services",
                            "quantity": 1,
                            "price_unit": 420.0,
                            "tax_ids": [Command.set(purchase_tax.ids)],
                        }
                    )
                ],
            }
        )
        bill.action_post()
        self._name_record(bill_name, bill)

    def _load_retainers(self, key, env, customer, tax, today):
        """Two open monthly retainers of the same amount for one customer who is months
        behind: a payment of that amount without a reference cannot tell which month it pays
        (a suggestion to review; a payer up to date would be booked first in, first out)."""
        for months_ago in (5, 4):
            name = f"{key}_retainer_{months_ago}"
            if self._ref(name):
                continue
            invoice_date = today - timedelta(days=30 * months_ago + 3)
            move = env["account.move"].create(
                {
                    "move_type": "out_invoice",
                    "partner_id": customer.id,
                    "invoice_date": invoice_date,
                    "invoice_date_due": invoice_date + timedelta(days=30),
                    "invoice_line_ids": [
                        Command.create(
                            {
                                "name": "Monthly accounting retainer",
                                "quantity": 1,
                                "price_unit": 1200.0,
                                "tax_ids": [Command.set(tax.ids)],
                            }
                        )
                    ],
                }
            )
            move.action_post()
            self._name_record(name, move)

    # -- bank feeds --------------------------------------------------------------------------
    def _load_bank_feeds(self, spec, company, today):
        """Per company a sandbox Revolut connection (not connected) mapped to a Revolut
        journal in the company currency, with a few days of movements booked through the
        same path as a real pull; French companies also get a Qonto connection."""
        key = spec["key"]
        if self._ref(f"revolut_provider_{key}"):
            return
        integration = self._get_or_create(
            f"integration_revolut_{key}",
            "fincycle.integration",
            {
                "name": f"Revolut Business - {company.name}",
                "provider": "revolut",
                "company_id": company.id,
                "environment": "sandbox",
            },
        )
        journal = self._get_or_create(
            f"journal_revolut_{key}",
            "account.journal",
            {
                "name": f"Revolut {spec['currency']}",
                "code": "REVO",
                "type": "bank",
                "company_id": company.id,
            },
        )
        account_id = f"demo-{key}-{spec['currency'].lower()}"
        provider = self._name_record(
            f"revolut_provider_{key}",
            self.env["online.bank.statement.provider"].create(
                {
                    "journal_id": journal.id,
                    "service": "revolut",
                    "fincycle_integration_id": integration.id,
                    "fincycle_remote_account_id": account_id,
                    "interval_type": "minutes",
                    "interval_number": 15,
                    "active": False,  # not connected: the scheduled pull leaves it alone
                    "tz": "Europe/Zurich" if spec["country"] == "ch" else "Europe/Paris",
                }
            ),
        )
        lines, balance = self._demo_revolut_lines(spec, company, account_id, today)
        provider = provider.with_company(company)
        booked = provider._fincycle_book({"lines": lines})
        provider._fincycle_check_balance(balance)
        if key == COMPANIES[0]["key"]:
            self._record_demo_pull(provider, len(booked))
            # One connection as after a successful pull (the sample movements above): its
            # balance, last pull and state show what a live feed looks like.
            provider.last_successful_run = fields.Datetime.now()
            integration.sudo().write(
                {"state": "connected", "last_success_at": fields.Datetime.now()}
            )
            integration.with_context(lang=company.partner_id.lang).message_post(
                body=self.with_context(lang=company.partner_id.lang).env._(
                    "Demo: the movements of this journal were booked from sample Revolut "
                    "data. Generate a key pair and connect a Revolut Business account to pull "
                    "live movements."
                )
            )
        else:
            integration.sudo().write({"state": "draft", "last_success_at": False})
        if spec["country"] == "fr" and "qonto" in dict(
            self.env["fincycle.integration"]._fields["provider"].selection
        ):
            self._get_or_create(
                f"integration_qonto_{key}",
                "fincycle.integration",
                {
                    "name": f"Qonto - {company.name}",
                    "provider": "qonto",
                    "company_id": company.id,
                    "environment": "sandbox",
                },
            )

    def _record_demo_pull(self, provider, booked):
        """The sample movements' booking as the sync run a scheduled pull leaves (Configuration
        → Fincycle → Sync Runs shows it like a live feed's)."""
        run = self.env["fincycle.sync.run"]._open(
            BANK_STATEMENTS,
            [("bank_provider_id", "=", provider.id)],
            {
                "bank_provider_id": provider.id,
                "integration_id": provider.fincycle_integration_id.id,
                "source": provider.journal_id.display_name,
            },
        )
        run._checkpoint(
            cursor=fields.Datetime.to_string(fields.Datetime.now()), done=1, total=1, created=booked
        )
        run._finish(record=False)

    def _demo_revolut_lines(self, spec, company, account_id, today):
        """A week of movements, in the order they happened (running balances chain, so the
        statements are valid): invoices paid with their reference, one retainer paid without
        (two retainers of that amount are open: a suggestion), card payments and rent."""
        from fincycle.banking import revolut  # noqa: PLC0415 - pyjwt only where Revolut is used

        key = spec["key"]
        retainers = self._ref(f"{key}_retainer_5") | self._ref(f"{key}_retainer_4")
        # Paid with their reference: the autopilot reconciles them. The older overdue ones
        # stay open (for the dunning), and so does the partly paid one.
        invoices = self._ref(f"{key}_invoice_open") | self._ref(f"{key}_invoice_overdue_10")
        currency = spec["currency"]
        text = BANK_TEXTS[spec["lang"][:2]]
        # (days ago, amount, reference, counterparty, IBAN); sorted by day below
        movements = [(6, 250000.0, text["opening"], text["own"], None)]
        for days_ago, invoice in zip((3, 1), invoices, strict=False):
            movements.append(
                (
                    days_ago,
                    invoice.amount_residual,
                    invoice.payment_reference or invoice.name,
                    invoice.partner_id.name,
                    invoice.partner_id.bank_ids[:1].acc_number,
                )
            )
        if retainers:
            customer = retainers[0].partner_id
            movements.append(
                (
                    2,
                    retainers[0].amount_residual,
                    text["retainer"],
                    customer.name,
                    customer.bank_ids[:1].acc_number,
                )
            )
        movements += [
            (5, -89.90, "Adobe Creative Cloud", "Adobe", None),
            (4, -1250.0, text["rent"], "Immobilien Verwaltung", None),
            (0, -14.50, text["lunch"], "Café du Lac", None),
        ]
        movements.sort(key=lambda movement: -movement[0])  # stable: same-day order kept
        Provider = self.env["online.bank.statement.provider"]
        balance = 0.0
        lines = []
        for number, (days_ago, amount, reference, name, iban) in enumerate(movements):
            balance = round(balance + amount, 2)
            moment = fields.Datetime.to_datetime(today - timedelta(days=days_ago)) + timedelta(
                hours=8, minutes=number
            )
            transaction = {
                "id": f"{account_id}-tx-{number:03d}",
                "type": "transfer" if amount > 0 or number < 5 else "card_payment",
                "state": "completed",
                "created_at": moment.isoformat() + "Z",
                "updated_at": moment.isoformat() + "Z",
                "completed_at": moment.isoformat() + "Z",
                "reference": reference,
                "legs": [
                    {
                        "leg_id": f"{account_id}-leg-{number:03d}",
                        "account_id": account_id,
                        "amount": amount,
                        "currency": currency,
                        "balance": balance,
                        "description": (text["payment_from"] if amount > 0 else text["to"]).format(
                            name=name
                        ),
                    }
                ],
            }
            result = revolut.leg_lines(transaction, account_id)
            for line in result.lines:
                if iban:
                    line["account_number"] = iban
                lines += Provider._revolut_line_values(line)
        return lines, balance

    def _load_captured_bills(self, spec, company):
        """Bills read by the capture from generated PDFs, through the real upload: one from a
        known vendor with a Swiss QR-bill (posted automatically), one from a vendor that is
        not a contact yet (waits for review with a Create Vendor button)."""
        if spec["country"] != "ch" or self._ref(f"{spec['key']}_captured_bill_1"):
            return
        from fincycle.testing.invoices import invoice_pdf, qr_payload  # noqa: PLC0415

        vendor = self._ref(f"{spec['key']}_vendor_{len(spec['vendors'])}")
        iban = vendor.bank_ids[:1].sanitized_acc_number
        customer = (company.name, company.street, f"{company.zip} {company.city}")
        letter = {
            "vendor": vendor.name,
            "street": "Industriestrasse 3",
            "city": f"{vendor.zip} {vendor.city}",
            "vat": vendor.vat,
            "iban": iban,
            "number": "2026-4711",
            "customer": customer,
            "lines": (
                ("Kopierpapier A4, 500 Blatt", 20, "6.90", "8.1"),
                ("Fachbuch MWST", 1, "48.00", "2.6"),
            ),
        }
        # Drawn once for the total its QR-bill must carry, then with the payment part.
        _draft, printed = invoice_pdf(**letter)
        address = ("Industriestrasse", "3", vendor.zip, vendor.city)
        debtor = (company.name, *company.street.rsplit(" ", 1), company.zip, company.city)
        known, _printed = invoice_pdf(
            **letter,
            qr=qr_payload(iban, vendor.name, address, printed["total"], debtor=debtor),
        )
        unknown, _printed = invoice_pdf(
            vendor="Druckerei Gutenberg AG",
            street="Lindenhofstrasse 8",
            city="8001 Zürich",
            vat=ch_vat("10876543"),
            iban=make_iban("CH", "00700110000777888"),
            number="G-2026-0093",
            customer=customer,
            lines=(("Visitenkarten, 500 Stück", 4, "89.00", "8.1"),),
        )
        journal = self.env["account.journal"].search(
            [("company_id", "=", company.id), ("type", "=", "purchase")], limit=1
        )
        env = self.with_company(company).env
        for index, (name, raw) in enumerate(
            (("rechnung-2026-4711.pdf", known), ("gutenberg-G-2026-0093.pdf", unknown)), 1
        ):
            attachment = env["ir.attachment"].create(
                {"name": name, "raw": raw, "mimetype": "application/pdf"}
            )
            # Not Odoo's upload route: it commits, and this runs inside the module install.
            bill = (
                env["account.move"]
                .with_context(
                    default_move_type="in_invoice",
                    default_journal_id=journal.id,
                    capture_inline=True,
                )
                ._capture_bill_from_attachment(attachment)
            )
            self._name_record(f"{spec['key']}_captured_bill_{index}", bill[:1])

    def _partner(self, name, company, row, customer):
        partner_name, country, vat, bban, zip_code, city = row
        partner = self._ref(name)
        if partner:
            return partner
        partner = self._name_record(
            name,
            self.env["res.partner"].create(
                {
                    "name": partner_name,
                    "is_company": True,
                    "company_id": company.id,
                    "country_id": self.env.ref(f"base.{country.lower()}").id,
                    "street": STREETS.get(partner_name, False),
                    "zip": zip_code,
                    "city": city,
                    "vat": vat,
                    "email": f"{ascii_word(partner_name.split()[0].lower())}@example.com",
                    # the language of its invoices and e-mails
                    "lang": self._partner_lang(country, city),
                    "customer_rank": 1 if customer else 0,
                    "supplier_rank": 0 if customer else 1,
                }
            ),
        )
        if bban:
            self._name_record(
                f"{name}_bank",
                self.env["res.partner.bank"].create(
                    {
                        "acc_number": make_iban(country, bban),
                        "partner_id": partner.id,
                        # a vendor's account, confirmed by phone: captured bills post to it
                        "allow_out_payment": not customer,
                    }
                ),
            )
        return partner

    def _partner_lang(self, country, city):
        """French in France and in French-speaking Switzerland, else Swiss German."""
        lang = "fr_FR" if country == "FR" else "fr_CH" if city in ROMANDIE else "de_CH"
        return lang if self.env["res.lang"]._lang_get(lang) else "en_US"

    def _load_users(self, companies):
        ch = companies.filtered(lambda c: c.country_id.code == "CH")
        fr = companies - ch
        dashboard = self.env.ref("account.open_account_journal_dashboard_kanban")
        groups = [
            "base.group_user",
            "account.group_account_manager",
            "account.group_account_user",  # Show Full Accounting Features: Reconcile, Import
            "base.group_partner_manager",  # creates the vendor of a captured bill
            "fincycle_base.group_fincycle_manager",
        ]
        for login, name, allowed, lang in (
            ("accountant", "Anna Keller (accountant CH)", ch, "de_CH"),
            ("comptable", "Julie Martin (comptable FR)", fr, "fr_FR"),
        ):
            if self._ref(f"user_{login}") or not allowed:
                continue
            lang_code = lang if self.env["res.lang"]._lang_get(lang) else "en_US"
            user = (
                self.env["res.users"]
                .with_context(no_reset_password=True)
                .create(
                    {
                        "name": name,
                        "login": login,
                        "password": login,
                        "lang": lang_code,
                        "tz": "Europe/Zurich" if allowed == ch else "Europe/Paris",
                        "company_id": allowed[0].id,
                        "company_ids": [Command.set(allowed.ids)],
                        "action_id": dashboard.id,
                        "group_ids": [Command.link(self.env.ref(g).id) for g in groups],
                    }
                )
            )
            self._name_record(f"user_{login}", user)

    def _load_portal_customer(self, company):
        """A customer's contact with a portal login: sees her practice's invoices online."""
        if self._ref("user_portal"):
            return
        practice = self._ref(f"{COMPANIES[0]['key']}_customer_2")
        contact = self._name_record(
            "portal_contact",
            self.env["res.partner"].create(
                {
                    "name": "Dr. Lea Meier",
                    "parent_id": practice.id,
                    "country_id": practice.country_id.id,
                    "type": "invoice",
                    "email": "lea.meier@praxis-meier.example",
                    "lang": "de_CH" if self.env["res.lang"]._lang_get("de_CH") else "en_US",
                    "company_id": company.id,
                }
            ),
        )
        user = (
            self.env["res.users"]
            .with_context(no_reset_password=True)
            .create(
                {
                    "login": "praxis",
                    "password": "praxis",
                    "partner_id": contact.id,
                    "company_id": company.id,
                    "company_ids": [Command.set(company.ids)],
                    "group_ids": [Command.set(self.env.ref("base.group_portal").ids)],
                }
            )
        )
        self._name_record("user_portal", user)

    # -- credit control ----------------------------------------------------------------------
    def _load_credit_control(self, companies, today):
        """The collection side of the group: every company with its reminder policy (three
        levels), its time zone and its credit controller, an invoice at each level; at the
        holding, a customer in each situation the daily run must respect (an open dispute
        read from an e-mail, a payment promise, a customer marked "no reminders", a payment
        waiting in the bank); per company the day's run, generated but not sent."""
        controller = self._load_credit_controller(companies)
        for spec in COMPANIES:
            company = self._ref(f"company_{spec['key']}")
            company._fincycle_ensure_credit_policy()
            if not company.partner_id.tz:
                company.partner_id.tz = (
                    "Europe/Zurich" if spec["country"] == "ch" else "Europe/Paris"
                )
            if not company.credit_controller_id:
                company.credit_controller_id = controller
            # 20 days late: the first level (15 days), beside the 40 and 70 days of the mix
            env = self.with_company(company).env
            self._load_invoice(
                env,
                ("overdue_20", 20, "posted"),
                key=spec["key"],
                number=len(INVOICE_MIX),
                partner=self._ref(f"{spec['key']}_customer_1"),
                tax=self._tax(env, company, "sale", spec["taxes"][0]),
                today=today,
            )
        # a month of reminders already sent (before the customers answered), then the cases
        for days_ago in REMINDER_HISTORY:
            for spec in COMPANIES:
                self._load_reminder_run(spec["key"], today, days_ago)
        self._load_collection_cases(COMPANIES[0]["key"], today)
        for spec in COMPANIES:
            self._load_reminder_run(spec["key"], today, 0)

    # -- approvals and recurring invoices ----------------------------------------------------
    def _load_approval_rules(self, companies):
        """The default approval rules of the demo companies made by this load, made as the
        approval module makes them for any new company, now that the history is posted."""
        companies.tier_defaults_created = False
        companies._fincycle_tier_create_defaults()

    def _load_invoice_sending(self, companies):
        """From now on the companies e-mail their approved and scheduled invoices by
        themselves; the history posted above was sent long ago and is not queued. No e-mail
        leaves the demo: it has no outgoing mail server, so an invoice approved on the demo
        server ends "not sent" (connection refused) with an activity to send it by hand."""
        companies.invoice_autosend = "approved"

    def _load_invoice_to_approve(self, today):
        """At the holding, the accountant's year-end invoice above 2,000: she asked for its
        approval, another accounting manager (admin) finds it in Invoices to Approve."""
        name = f"{COMPANIES[0]['key']}_invoice_to_approve"
        accountant = self._ref("user_accountant")
        if self._ref(name) or not accountant:
            return
        company = self._ref(f"company_{COMPANIES[0]['key']}")
        # she works in German: the approval's note in the chatter is hers
        env = (
            self.with_user(accountant).with_company(company).with_context(lang=accountant.lang).env
        )
        tax = self._tax(env, company, "sale", COMPANIES[0]["taxes"][0])
        move = env["account.move"].create(
            {
                "move_type": "out_invoice",
                "partner_id": self._ref(f"{COMPANIES[0]['key']}_customer_1").id,
                "invoice_date": today,
                "invoice_line_ids": [
                    Command.create(
                        {
                            "name": label,
                            "quantity": 1,
                            "price_unit": price,
                            "tax_ids": [Command.set(tax.ids)],
                        }
                    )
                    for label, price in (
                        (f"Year-end closing {today.year - 1}", 3800.0),
                        (f"Tax return {today.year - 1}", 650.0),
                    )
                ],
            }
        )
        self._name_record(name, move)
        move.request_validation()

    def _load_contracts(self, today):
        """The holding's fixed fees as OCA contracts: a monthly bookkeeping mandate and a
        quarterly payroll retainer, both starting next month (nothing is invoiced at load)."""
        key = COMPANIES[0]["key"]
        company = self._ref(f"company_{key}")
        env = self.with_company(company).env
        tax = self._tax(env, company, "sale", COMPANIES[0]["taxes"][0])
        start = (today.replace(day=1) + timedelta(days=32)).replace(day=1)
        for suffix, customer, label, price, rule in (
            ("bookkeeping", 1, "Bookkeeping mandate", 850.0, "monthly"),
            ("payroll", 2, "Payroll retainer", 1350.0, "quarterly"),
        ):
            name = f"{key}_contract_{suffix}"
            if self._ref(name):
                continue
            product = self._get_or_create(
                f"product_{suffix}",
                "product.product",
                {
                    "name": label,
                    "type": "service",
                    "list_price": price,
                    "company_id": company.id,
                    "taxes_id": [Command.set(tax.ids)],
                },
            )
            self._name_record(
                name,
                env["contract.contract"].create(
                    {
                        "name": label,
                        "partner_id": self._ref(f"{key}_customer_{customer}").id,
                        "company_id": company.id,
                        "recurring_rule_type": rule,
                        "recurring_invoicing_type": "pre-paid",
                        "date_start": start,
                        "contract_line_ids": [
                            Command.create(
                                {
                                    "product_id": product.id,
                                    "name": f"{label} #START# - #END#",
                                    "quantity": 1,
                                    "uom_id": product.uom_id.id,
                                    "price_unit": price,
                                    "date_start": start,
                                    "recurring_rule_type": rule,
                                    "recurring_invoicing_type": "pre-paid",
                                }
                            )
                        ],
                    }
                ),
            )

    def _load_credit_controller(self, companies):
        """The group's credit controller: invoicing and credit control (OCA's manager), lands
        on the dispute worklist; notified in Odoo, not by e-mail."""
        user = self._ref("user_controller")
        if user:
            return user
        groups = [
            "base.group_user",
            "base.group_partner_manager",  # marks a customer "no reminders"
            "account.group_account_invoice",
            "account_credit_control.group_account_credit_control_manager",  # implies user
        ]
        user = (
            self.env["res.users"]
            .with_context(no_reset_password=True)
            .create(
                {
                    "name": "Marco Bernasconi (credit controller)",
                    "login": "controller",
                    "password": "controller",
                    "lang": "en_US",
                    "tz": "Europe/Zurich",
                    "notification_type": "inbox",
                    "company_id": companies[0].id,
                    "company_ids": [Command.set(companies.ids)],
                    "action_id": self.env.ref(
                        "account_credit_control_fincycle.action_account_dispute"
                    ).id,
                    "group_ids": [Command.link(self.env.ref(g).id) for g in groups],
                }
            )
        )
        return self._name_record("user_controller", user)

    def _load_collection_cases(self, key, today):
        """At the holding: Praxis Dr. Meier contests its 70-days-late invoice by e-mail (the
        open dispute), Bergbahnen Arosa promises to pay its 40-days-late one next week,
        Lemanic Watches is marked "no reminders", and a payment of one of Arosa's overdue
        retainers waits unreconciled in the bank (the run asks to check it)."""
        company = self._ref(f"company_{key}")
        Dispute = self.env["account.dispute"].with_company(company)
        if not self._ref(f"{key}_dispute"):
            invoice = self._ref(f"{key}_invoice_overdue_70")
            paid = self._ref(f"{key}_invoice_open")
            contact = self._ref("portal_contact") or invoice.partner_id
            sentence = (
                f"Wir bestreiten die Rechnung {invoice.name}: die Beratungsstunden wurden "
                f"bereits mit der Rechnung {paid.name} verrechnet, die wir bezahlt haben."
            )
            words = Markup(
                "<p>Guten Tag</p><p>%s Bitte stellen Sie uns eine Gutschrift aus.</p>"
            ) % (sentence)
            dispute = Dispute._fincycle_record(
                invoice,
                {
                    "category": "contestation",
                    "urgency": 3,
                    "disputed_amount": invoice.amount_residual,
                    "date_opened": today - timedelta(days=1),
                    "description": words,
                    "evidence": sentence,
                },
                source="email",
            )
            self._name_record(f"{key}_dispute", dispute)
            self._post_customer_email(
                dispute,
                contact,
                f"Re: {company.name} Rechnung {invoice.name}",
                words
                + Markup(
                    "<p>Freundliche Grüsse<br/>Dr. Lea Meier<br/>Praxis Dr. Meier</p>"
                    "<blockquote>%s</blockquote>"
                )
                % (
                    f"{company.name} schrieb: Sehr geehrte Damen und Herren, in der Beilage "
                    f"erhalten Sie unsere Rechnung {invoice.name}."
                ),
            )
        if not self._ref(f"{key}_promise"):
            invoice = self._ref(f"{key}_invoice_overdue_40")
            promised = today + timedelta(days=7)
            words = Markup("<p>Guten Tag</p><p>%s</p>") % (
                f"Die Rechnung {invoice.name} überweisen wir am {promised:%d.%m.%Y}. "
                "Entschuldigen Sie die Verspätung."
            )
            promise = Dispute._fincycle_record(
                invoice,
                {
                    "category": "payment_promise",
                    "urgency": 1,
                    "promised_date": promised,
                    "description": words,
                },
                source="email",
            )
            self._name_record(f"{key}_promise", promise)
            self._post_customer_email(
                promise,
                invoice.partner_id,
                f"Re: {company.name} Rechnung {invoice.name}",
                words
                + Markup("<p>Freundliche Grüsse<br/>Buchhaltung %s</p>") % invoice.partner_id.name,
            )
        customer = self._ref(f"{key}_customer_3")
        if not customer.no_dunning:
            customer.write(
                {
                    "no_dunning": True,
                    "no_dunning_reason": "Composition proceedings (Nachlassstundung): our claim "
                    "is lodged with the administrator",
                }
            )
        if not self._ref(f"{key}_bank_line_waiting"):
            # the retainer paid without reference (_demo_revolut_lines): two open retainers of
            # that amount, so the autopilot only suggests; it waits in the reconcile queue
            retainer = self._ref(f"{key}_retainer_5")
            waiting = self.env["account.bank.statement.line"].search(
                [
                    ("company_id", "=", company.id),
                    ("is_reconciled", "=", False),
                    ("amount", "=", retainer.amount_residual),
                ],
                limit=1,
            )
            if waiting:
                self._name_record(f"{key}_bank_line_waiting", waiting)

    def _post_customer_email(self, record, author, subject, body):
        """A customer's e-mail in ``record``'s chatter, as the mail gateway files it."""
        record.message_post(
            body=body,
            subject=subject,
            message_type="email",
            subtype_xmlid="mail.mt_comment",
            author_id=author.id,
            email_from=formataddr((author.name, author.email)),
        )

    def _load_reminder_run(self, key, today, days_ago):
        """The reminder run of ``days_ago`` days before ``today``: earlier runs as sent (so
        today's run reaches levels 2 and 3), today's generated but not sent (for the credit
        controller to review; no e-mail leaves the demo), with the invoices it holds back in
        its report."""
        company = self._ref(f"company_{key}")
        name = f"{key}_reminder_run" if not days_ago else f"{key}_reminder_run_{days_ago}"
        if self._ref(name) or not company.credit_policy_id:
            return
        run = (
            self.env["credit.control.run"]
            .with_company(company)
            .create(
                {
                    "date": today - timedelta(days=days_ago),
                    "company_id": company.id,
                    "policy_ids": [Command.set(company.credit_policy_id.ids)],
                }
            )
        )
        run.generate_credit_lines()
        if days_ago:
            run.line_ids.write({"state": "sent"})
            # OCA selects the next level in SQL (state, and the stored related level)
            self.env.flush_all()
        else:
            # today's run is this one, to review: the daily cron sends from tomorrow on
            company.dunning_last_run_date = run.date
        self._name_record(name, run)
