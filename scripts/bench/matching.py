#!/usr/bin/env python3
# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Bank line ↔ invoice matching benchmark, end to end, in one run on one fresh database.

DIR is laid out like /work/shared/samples/matching (README, manifest.json, invoices.json,
partners.json, ground_truth.json, bank/). The run:

  1. installs the autopilot and the Revolut and Qonto feeds in a new database;
  2. loads the world of DIR: both companies (charts, currencies, rates, bank journals), the
     customers with their IBANs, every open invoice and credit note with its number, dates,
     currency, amount, payment reference and earlier part-payment;
  3. brings the bank lines in through the real importers: camt.053 (and its re-delivery),
     camt.054, MT940 and CSV files through the import wizard, Revolut from the fake Revolut
     server and Qonto from the fake Qonto server through real providers;
  4. runs the autopilot (``_autopilot_run`` per company), timed, scored against the ground
     truth: auto-reconcile precision and recall, top-1 suggestion accuracy, errors per category;
  5. times the engine alone (``Matcher.match_all``) on the same lines and open items;
  6. undoes the autopilot and runs OCA's own matcher on the same lines, timed and scored;
  7. reconciles the true pairs through the OCA reconcile form, timed: the floor of Odoo's own
     cost of reconciling, against which our cost per auto-reconciled line is set;
  8. with ``--large``: the engine alone on a generated 20,000 lines x 10,000 open invoices.

Usage: .venv/bin/python scripts/bench/matching.py DIR [--large] [--keep-db] [--db NAME]
"""

import argparse
import base64
import hashlib
import json
import os
import re
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from benchlib import connected_revolut_integration

ROOT = Path(__file__).resolve().parents[2]
PY = str(ROOT / ".venv" / "bin" / "python")
MODULES = [
    "account_reconcile_autopilot",
    "account_statement_import_online_revolut",
    "account_statement_import_online_qonto_fincycle",
    "account_statement_import_file_fincycle",
]
# Charts of accounts, installed with the modules when this Odoo has them (else generic_coa).
CHARTS = {"CH": ("l10n_ch", "ch"), "FR": ("l10n_fr_account", "fr")}
ISSUER = "bench.fincycle.test"
# Units of the currency per unit of CHF, when the ground truth gives no rate for it.
DEFAULT_RATES_PER_CHF = {"EUR": 1.064, "USD": 1.20, "GBP": 0.90}
RATE_DATE = date(2025, 1, 1)
# What every run needs in DIR; the bank files are listed by manifest.json.
REQUIRED = ("manifest.json", "invoices.json", "partners.json", "ground_truth.json")
FILE_FORMATS = ("camt.053", "camt.054", "MT940", "CSV")
INVOICE_TYPES = ("out_invoice", "out_refund", "in_invoice", "in_refund")


class BenchError(Exception):
    """A problem with the input or the run, told to the user without a traceback."""


def say(text):
    print(f"[bench] {text}", flush=True)


# -- the sample directory -------------------------------------------------------------------


@dataclass
class Sample:
    root: Path
    manifest: dict
    companies: dict
    invoices: list
    partners: list
    truth: list
    files: dict = field(default_factory=dict)  # format → [Path], in import order
    revolut: Path | None = None
    qonto: Path | None = None


def _read_json(path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BenchError(f"{path} is missing") from None
    except (OSError, ValueError) as exc:
        raise BenchError(f"{path} cannot be read as JSON: {exc}") from None


def _format_of(name, declared):
    declared = (declared or "").lower()
    if "camt.053" in declared:
        return "camt.053"
    if "camt.054" in declared:
        return "camt.054"
    if "mt940" in declared or name.endswith((".sta", ".mt940")):
        return "MT940"
    if "revolut" in declared:
        return "revolut"
    if "qonto" in declared:
        return "qonto"
    if declared.startswith("csv") or (name.endswith(".csv") and name.startswith("bank/")):
        return "CSV"
    return None


def load_sample(directory):
    root = Path(directory)
    if not root.is_dir():
        raise BenchError(f"{root} is not a directory")
    missing = [name for name in REQUIRED if not (root / name).is_file()]
    if missing:
        raise BenchError(f"{root} lacks {', '.join(missing)}")
    manifest = _read_json(root / "manifest.json")
    invoices = _read_json(root / "invoices.json")
    if not isinstance(invoices, dict) or "companies" not in invoices or "invoices" not in invoices:
        raise BenchError(f"{root / 'invoices.json'} has no 'companies' and 'invoices'")
    truth = _read_json(root / "ground_truth.json")
    if not isinstance(truth, dict) or not isinstance(truth.get("transactions"), list):
        raise BenchError(f"{root / 'ground_truth.json'} has no 'transactions' list")
    sample = Sample(
        root=root,
        manifest=manifest,
        companies=invoices["companies"],
        invoices=invoices["invoices"],
        partners=_read_json(root / "partners.json"),
        truth=truth["transactions"],
    )
    files = defaultdict(list)
    problems = []
    for entry in manifest.get("files") or []:
        name = entry.get("file") or ""
        kind = _format_of(name, entry.get("format"))
        if kind is None:
            continue
        path = root / name
        if not path.is_file():
            problems.append(f"{name} (listed in manifest.json) is missing")
            continue
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if entry.get("sha256") and entry["sha256"] != digest:
            say(f"warning: {name} differs from its sha256 in manifest.json")
        if kind == "revolut":
            sample.revolut = path
        elif kind == "qonto":
            sample.qonto = path
        else:
            files[kind].append(path)
    if problems:
        raise BenchError("; ".join(problems))
    if not files and not sample.revolut and not sample.qonto:
        raise BenchError(f"manifest.json of {root} lists no bank file")
    for kind in FILE_FORMATS:
        # originals before re-deliveries, older periods first
        sample.files[kind] = sorted(files[kind], key=lambda p: ("redelivery" in p.name, p.name))
    check_sample(sample)
    return sample


def check_sample(sample):
    """References between the files, checked before a database is created."""
    problems = []
    partners = {p.get("id") for p in sample.partners if isinstance(p, dict)}
    numbers = set()
    needed = ("company", "move_type", "number", "partner_id", "invoice_date", "due_date",
              "currency", "amount_total", "amount_residual")  # fmt: skip
    for index, invoice in enumerate(sample.invoices):
        missing = [name for name in needed if invoice.get(name) in (None, "")]
        if missing:
            problems.append(f"invoice #{index + 1} lacks {', '.join(missing)}")
            continue
        numbers.add(invoice["number"])
        if invoice["company"] not in sample.companies:
            problems.append(f"{invoice['number']}: unknown company {invoice['company']}")
        if invoice["partner_id"] not in partners:
            problems.append(f"{invoice['number']}: partner {invoice['partner_id']} not in "
                            "partners.json")  # fmt: skip
    for key, data in sample.companies.items():
        accounts = data.get("bank_accounts") or {}
        if accounts.get("revolut_account_ids") and not accounts.get("revolut"):
            problems.append(f"company {key}: Revolut account ids without the Revolut IBAN")
        if accounts.get("qonto_bank_account_id") and not accounts.get("EUR"):
            problems.append(f"company {key}: Qonto account id without the EUR IBAN")
    if sample.revolut and not any(
        (d.get("bank_accounts") or {}).get("revolut_account_ids") for d in sample.companies.values()
    ):
        problems.append("a Revolut file but no company with revolut_account_ids")
    if sample.qonto and not any(
        (d.get("bank_accounts") or {}).get("qonto_bank_account_id")
        for d in sample.companies.values()
    ):
        problems.append("a Qonto file but no company with qonto_bank_account_id")
    if problems:
        raise BenchError("; ".join(problems[:10]))
    unknown = sorted(
        {m.get("invoice") for r in sample.truth for m in r.get("matches") or []} - numbers
    )
    if unknown:
        say(f"warning: the ground truth names unknown invoices: {', '.join(unknown[:8])}")


# -- ground truth -----------------------------------------------------------------------------


@dataclass
class Truth:
    key: str
    category: str
    matches: frozenset
    alternatives: tuple = ()
    channel: str = ""

    def accepts(self, documents):
        if documents == self.matches:
            return True
        return len(documents) == 1 and next(iter(documents)) in self.alternatives


def truth_by_key(sample):
    """One record per transaction key: the first delivery (copies are ``duplicate_of``), and
    the payments of a batch booking under their own keys as well."""
    result = {}

    def add(record, category=None):
        result[record["key"]] = Truth(
            key=record["key"],
            category=category or record.get("category") or "?",
            matches=frozenset(m["invoice"] for m in record.get("matches") or []),
            alternatives=tuple(record.get("acceptable_alternatives") or ()),
            channel=record.get("channel") or "",
        )

    for record in sample.truth:
        if record.get("duplicate_of"):
            continue
        add(record)
        for detail in record.get("details") or []:
            add(detail, detail.get("category") or record.get("category"))
    return result


# -- Odoo -------------------------------------------------------------------------------------


def create_database(db, modules):
    say(f"creating database {db} with {', '.join(modules)}")
    subprocess.run(["dropdb", "--if-exists", db], check=False)
    started = time.monotonic()
    result = subprocess.run(
        [PY, "-m", "odoo", "-c", "odoo.conf", "-d", db, "-i", ",".join(modules),
         "--stop-after-init", "--log-level=warn"],
        cwd=ROOT,
        check=False,
        capture_output=True,
        text=True,
    )  # fmt: skip
    if result.returncode:
        print(result.stdout[-4000:], result.stderr[-4000:], file=sys.stderr)
        raise BenchError(f"installing {', '.join(modules)} failed (exit {result.returncode})")
    say(f"install took {time.monotonic() - started:.0f} s")


def odoo_env(db):
    import odoo  # noqa: PLC0415 - Odoo is configured first
    from odoo.modules.registry import Registry  # noqa: PLC0415
    from odoo.tools import config  # noqa: PLC0415

    config.parse_config(["-c", str(ROOT / "odoo.conf"), "-d", db, "--log-level=warn"])
    registry = Registry(db)
    cr = registry.cursor()
    return odoo.api.Environment(cr, odoo.SUPERUSER_ID, {"tracking_disable": True}), cr


def module_installed(env, name):
    return bool(
        env["ir.module.module"].search_count([("name", "=", name), ("state", "=", "installed")])
    )


# -- the world --------------------------------------------------------------------------------


def rates_per_chf(sample):
    """Units of each currency per CHF: from the exchange rates of the ground truth (median),
    else DEFAULT_RATES_PER_CHF."""
    seen = defaultdict(list)
    for record in sample.truth:
        fx = record.get("fx") or {}
        if not fx.get("rate"):
            continue
        account, instructed = record.get("currency"), fx.get("instructed_currency")
        rate = float(fx["rate"])
        # amount (account currency) = instructed amount x rate
        if instructed == "CHF" and account != "CHF":
            seen[account].append(rate)
        elif account == "CHF" and instructed != "CHF":
            seen[instructed].append(1 / rate)
    rates = dict(DEFAULT_RATES_PER_CHF)
    rates.update({code: round(statistics.median(values), 6) for code, values in seen.items()})
    return rates


def activate_currencies(env, codes):
    currencies = env["res.currency"].with_context(active_test=False).search([("name", "in", codes)])
    currencies.write({"active": True})
    return {c.name: c for c in currencies}


def make_company(env, key, data, currency):
    country = env["res.country"].search([("code", "=", data.get("country") or key)], limit=1)
    street = " ".join(filter(None, [data.get("street"), data.get("house")]))
    company = env["res.company"].create(
        {
            "name": data["name"],
            "currency_id": currency.id,
            "country_id": country.id,
            "street": street,
            "zip": data.get("zip"),
            "city": data.get("city"),
        }
    )
    env.user.company_ids |= company
    module, template = CHARTS.get(key, (None, None))
    chart = template if module and module_installed(env, module) else "generic_coa"
    env["account.chart.template"].try_loading(chart, company=company, install_demo=False)
    company.currency_id = currency  # the generic chart brings USD
    say(f"company {company.name}: {currency.name}, chart {chart}")
    return company


def bank_account(env, company, iban, cache):
    if iban not in cache:
        cache[iban] = env["res.partner.bank"].create(
            {"acc_number": iban, "partner_id": company.partner_id.id, "company_id": company.id}
        )
    return cache[iban]


def bank_journal(env, company, name, code, bank, *, currency=None):
    return env["account.journal"].create(
        {
            "name": name,
            "code": code,
            "type": "bank",
            "company_id": company.id,
            "bank_account_id": bank.id if bank else False,
            "currency_id": currency.id if currency and currency != company.currency_id else False,
        }
    )


def writeoff_account(env, company):
    Account = env["account.account"].with_company(company)
    found = Account.search(
        [
            ("company_ids", "in", company.id),
            ("account_type", "=", "expense"),
            "|",
            ("name", "ilike", "bank"),
            ("name", "ilike", "frais"),
        ],
        limit=1,
    )
    return found or Account.create(
        {"name": "Bank fees and discounts", "code": "689900", "account_type": "expense",
         "company_ids": [(4, company.id)]}
    )  # fmt: skip


@dataclass
class World:
    companies: dict  # "CH"/"FR" → res.company
    currencies: dict  # code → res.currency
    file_journal: object = None  # the CHF account: camt, MT940, CSV
    revolut_journals: dict = field(default_factory=dict)  # pocket currency → journal
    qonto_journal: object = None
    revolut_company: str = ""  # key of the company with the Revolut account
    qonto_company: str = ""
    partners: dict = field(default_factory=dict)  # partner id of the sample → res.partner
    invoices: dict = field(default_factory=dict)  # number → account.move
    rates: dict = field(default_factory=dict)


def build_world(env, sample):
    codes = {"CHF", "EUR"} | {i["currency"] for i in sample.invoices}
    codes |= {d["currency"] for d in sample.companies.values() if d.get("currency")}
    ch = sample.companies.get("CH") or {}
    codes |= set((ch.get("bank_accounts") or {}).get("revolut_account_ids") or {})
    currencies = activate_currencies(env, sorted(codes))
    unknown = codes - set(currencies)
    if unknown:
        raise BenchError(f"unknown currencies in the sample: {', '.join(sorted(unknown))}")
    companies = {}
    for key, data in sample.companies.items():
        country = data.get("country") or key
        home = data.get("currency") or ("CHF" if country in ("CH", "LI") else "EUR")
        companies[key] = make_company(env, key, data, currencies[home])
    world = World(companies=companies, currencies=currencies)
    set_rates(env, sample, world)
    banks = {}
    for key, company in companies.items():
        accounts = sample.companies[key].get("bank_accounts") or {}
        if "autopilot_writeoff_account_id" in company._fields:
            company.autopilot_writeoff_account_id = writeoff_account(env, company)
        if key == "CH" and accounts.get("CHF"):
            bank = bank_account(env, company, accounts["CHF"], banks)
            if accounts.get("CHF_QR") and "l10n_ch_qr_iban" in bank._fields:
                bank.l10n_ch_qr_iban = accounts["CHF_QR"]
            world.file_journal = bank_journal(env, company, "BCGE CHF", "BCGE", bank)
        if accounts.get("revolut_account_ids"):
            world.revolut_company = key
            bank = bank_account(env, company, accounts["revolut"], banks)
            for code in accounts["revolut_account_ids"]:
                world.revolut_journals[code] = bank_journal(
                    env, company, f"Revolut {code}", f"RV{code}", bank, currency=currencies[code]
                )
        if accounts.get("qonto_bank_account_id"):
            world.qonto_company = key
            bank = bank_account(env, company, accounts["EUR"], banks)
            world.qonto_journal = bank_journal(env, company, "Qonto", "QNTO", bank)
    world.partners = load_partners(env, sample)
    world.invoices = load_invoices(env, sample, world)
    return world


def set_rates(env, sample, world):
    world.rates = rates_per_chf(sample)
    chf = world.currencies.get("CHF")
    for company in world.companies.values():
        home = company.currency_id
        for code, currency in world.currencies.items():
            if currency == home or (code not in world.rates and code != "CHF"):
                continue
            per_chf = 1.0 if code == "CHF" else world.rates[code]
            home_per_chf = 1.0 if home == chf else world.rates.get(home.name)
            if not home_per_chf:
                continue
            env["res.currency.rate"].create(
                {"name": RATE_DATE, "currency_id": currency.id, "company_id": company.id,
                 "rate": per_chf / home_per_chf}
            )  # fmt: skip
    say("rates per CHF: " + ", ".join(f"{k} {v:g}" for k, v in sorted(world.rates.items())))


def load_partners(env, sample):
    Partner = env["res.partner"]
    partners = {}
    refused_vat = []
    for data in sample.partners:
        country = env["res.country"].search([("code", "=", data.get("country") or "")], limit=1)
        vals = {
            "name": data["name"],
            "ref": data["id"],
            "is_company": bool(data.get("is_company")),
            "street": data.get("street"),
            "zip": data.get("zip"),
            "city": data.get("city"),
            "country_id": country.id or False,
            "bank_ids": [(0, 0, {"acc_number": iban}) for iban in data.get("bank_ibans") or []],
        }
        try:
            with env.cr.savepoint():
                partner = Partner.create(dict(vals, vat=data.get("vat") or False))
        except Exception:  # VAT validation: keep the partner without it
            partner = Partner.create(vals)
            refused_vat.append(f"{data['id']} {data.get('vat')}")
        partners[data["id"]] = partner
    refused = f" (VAT refused by Odoo, left out: {', '.join(refused_vat)})" if refused_vat else ""
    say(f"{len(partners)} partners{refused}")
    return partners


def load_invoices(env, sample, world):
    Move = env["account.move"].with_context(tracking_disable=True)
    by_company = defaultdict(list)
    for data in sample.invoices:
        by_company[data["company"]].append(data)
    invoices = {}
    for key, items in by_company.items():
        company = world.companies[key]
        journal = env["account.journal"].search(
            [("company_id", "=", company.id), ("type", "=", "sale")], limit=1
        )
        vals_list = [
            {
                "move_type": data["move_type"],
                "name": data["number"],
                "company_id": company.id,
                "journal_id": journal.id,
                "partner_id": world.partners[data["partner_id"]].id,
                "invoice_date": data["invoice_date"],
                "date": data["invoice_date"],
                "invoice_date_due": data["due_date"],
                "currency_id": world.currencies[data["currency"]].id,
                "payment_reference": data.get("payment_reference") or False,
                "invoice_line_ids": [
                    (0, 0, {"name": f"Services {data['number']}", "quantity": 1,
                            "price_unit": data["amount_total"], "tax_ids": [(6, 0, [])]})
                ],
            }
            for data in items
        ]  # fmt: skip
        moves = Move.with_company(company).create(vals_list)
        moves.action_post()
        for data, move in zip(items, moves, strict=True):
            invoices[data["number"]] = move
            if move.name != data["number"]:
                raise BenchError(f"invoice {data['number']} was posted as {move.name}")
            if (
                data.get("payment_reference")
                and move.payment_reference != data["payment_reference"]
            ):
                move.payment_reference = data["payment_reference"]
            if move.currency_id.compare_amounts(move.amount_total, data["amount_total"]):
                raise BenchError(f"{move.name}: total {move.amount_total} ≠ {data['amount_total']}")
    paid = 0
    for data in sample.invoices:
        earlier = round(data["amount_total"] - data["amount_residual"], 2)
        if earlier > 0:
            register_earlier_payment(env, invoices[data["number"]], earlier, world)
            paid += 1
        move = invoices[data["number"]]
        if move.currency_id.compare_amounts(move.amount_residual, data["amount_residual"]):
            raise BenchError(
                f"{move.name}: residual {move.amount_residual} ≠ {data['amount_residual']}"
            )
    say(f"{len(invoices)} invoices and credit notes posted, {paid} with an earlier part-payment")
    return invoices


def register_earlier_payment(env, invoice, amount, world):
    """A payment received before the period, booked on the company's bank account and
    reconciled with the invoice: its residual is then what the sample says is open."""
    company = invoice.company_id
    receivable = invoice.line_ids.filtered(
        lambda x: x.account_id.account_type in ("asset_receivable", "liability_payable")
    )
    journal = env["account.journal"].search(
        [("company_id", "=", company.id), ("type", "=", "general")], limit=1
    )
    liquidity = env["account.journal"].search(
        [("company_id", "=", company.id), ("type", "in", ("cash", "bank"))]
    )
    # the cash box, else a bank account in the company's currency
    cash = liquidity.filtered(lambda j: j.type == "cash" and not j.default_account_id.currency_id)
    cash = cash or liquidity.filtered(lambda j: not j.default_account_id.currency_id)
    cash = cash[:1]
    sign = 1 if invoice.move_type in ("out_invoice", "in_refund") else -1
    currency = invoice.currency_id
    balance = currency._convert(amount, company.currency_id, company, invoice.invoice_date)
    common = {"partner_id": invoice.partner_id.id, "currency_id": currency.id}
    move = env["account.move"].create(
        {
            "move_type": "entry",
            "journal_id": journal.id,
            "company_id": company.id,
            "date": invoice.invoice_date,
            "ref": f"Earlier payment of {invoice.name}",
            "line_ids": [
                (0, 0, dict(common, account_id=receivable.account_id.id,
                            amount_currency=-sign * amount, balance=-sign * balance,
                            name=f"Earlier payment of {invoice.name}")),
                (0, 0, dict(common, account_id=cash.default_account_id.id,
                            amount_currency=sign * amount, balance=sign * balance,
                            name=f"Earlier payment of {invoice.name}")),
            ],
        }
    )  # fmt: skip
    move.action_post()
    (
        move.line_ids.filtered(lambda x: x.account_id == receivable.account_id) | receivable
    ).reconcile()


# -- bank lines through the importers ---------------------------------------------------------


@dataclass
class Delivery:
    source: str
    delivered: int
    created: int
    note: str = ""
    removed: int = 0  # batch bookings replaced by their payments


def journal_lines(env, journals):
    return env["account.bank.statement.line"].search([("journal_id", "in", journals.ids)])


def count_parsed(wizard, data):
    parsed = wizard._parse_file(data)
    parsed = parsed if isinstance(parsed, list) else [parsed]
    return sum(len(st["transactions"]) for _c, _a, stmts in parsed for st in stmts)


def import_files(env, sample, world):
    """Every camt/MT940/CSV file through the import wizard into the CHF journal."""
    from odoo.exceptions import UserError  # noqa: PLC0415

    journal = world.file_journal
    deliveries = []
    if not journal:
        return deliveries
    mapping = env.ref(
        "account_statement_import_file_fincycle.sheet_mapping_ch_ebanking", raise_if_not_found=False
    )
    if sample.files["CSV"] and not mapping:
        raise BenchError("the Swiss e-banking CSV sheet mapping is not installed")
    # as the accountant does: in the journal's company, from the journal
    Wizard = (
        env["account.statement.import"]
        .with_company(journal.company_id)
        .with_context(journal_id=journal.id)
    )
    for kind in FILE_FORMATS:
        for path in sample.files[kind]:
            data = path.read_bytes()
            vals = {"statement_file": base64.b64encode(data), "statement_filename": path.name}
            if kind == "CSV":
                vals["sheet_mapping_id"] = mapping.id
            wizard = Wizard.create(vals)
            delivered = count_parsed(wizard.with_context(active_id=wizard.id), data)
            before = set(journal_lines(env, journal).ids)
            try:
                with env.cr.savepoint():
                    action = wizard.import_file_button()
            except UserError as exc:
                raise BenchError(f"import of {path.name} failed: {exc}") from None
            after = set(journal_lines(env, journal).ids)
            created, removed = len(after - before), len(before - after)
            note = (action.get("params") or {}).get("message") or ""
            deliveries.append(Delivery(f"{kind} {path.name}", delivered, created, note, removed))
            say(f"{kind:8} {path.name}: {delivered} in the file, {created} lines created"
                + (f", {removed} replaced" if removed else ""))  # fmt: skip
    env.cr.commit()
    return deliveries


def _last_balances(transactions):
    balances = {}
    ordered = sorted(transactions, key=lambda tx: tx.get("created_at") or "")
    for tx in ordered:
        for leg in tx.get("legs") or []:
            if leg.get("account_id") and leg.get("balance") is not None:
                balances[leg["account_id"]] = leg["balance"]
    return balances


def pull_revolut(env, sample, world, fakes):
    from fincycle.testing.fake_revolut import FakeRevolut  # noqa: PLC0415

    if not sample.revolut or not world.revolut_journals:
        return []
    transactions = _read_json(sample.revolut)
    if isinstance(transactions, dict):
        transactions = transactions.get("transactions") or transactions.get("data") or []
    key = world.revolut_company
    accounts = sample.companies[key]["bank_accounts"]
    fake = FakeRevolut(client_id="bench-client", issuer=ISSUER, require_https_webhooks=False)
    fake.start()
    fakes.append(fake)
    balances = _last_balances(transactions)
    for code, account_id in accounts["revolut_account_ids"].items():
        fake.add_account(
            code, account_id=account_id, iban=accounts.get("revolut"),
            balance=balances.get(account_id, 0),
        )  # fmt: skip
    fake.load_transactions(transactions)
    company = world.companies[key]
    env["ir.config_parameter"].set_param("web.base.url", f"https://{ISSUER}")
    integration = connected_revolut_integration(env, fake, company, "bench-client")
    deliveries = []
    for code, account_id in accounts["revolut_account_ids"].items():
        journal = world.revolut_journals[code]
        provider = provider_for(env, journal, "revolut", integration, account_id)
        delivered = sum(
            1
            for tx in transactions
            for leg in tx.get("legs") or []
            if leg.get("account_id") == account_id
        )
        deliveries.append(pull(env, provider, f"Revolut {code}", delivered, transactions))
    return deliveries


def pull_qonto(env, sample, world, fakes):
    from fincycle.testing.fake_qonto import FakeQonto  # noqa: PLC0415

    if not sample.qonto or not world.qonto_journal:
        return []
    payload = _read_json(sample.qonto)
    transactions = payload.get("transactions") if isinstance(payload, dict) else payload
    key = world.qonto_company
    accounts = sample.companies[key]["bank_accounts"]
    account_id = accounts["qonto_bank_account_id"]
    fake = FakeQonto()
    fake.start()
    fakes.append(fake)
    settled = sorted(
        (tx for tx in transactions if tx.get("settled_balance") is not None),
        key=lambda tx: tx.get("settled_at") or "",
    )
    balance = settled[-1]["settled_balance"] if settled else 0
    fake.add_bank_account(account_id=account_id, iban=accounts["EUR"], balance=str(balance))
    fake.load_transactions(transactions)
    company = world.companies[key]
    integration = env["fincycle.integration"].create(
        {"name": "Qonto bench", "provider": "qonto", "company_id": company.id,
         "base_url": fake.url, "qonto_oauth_base_url": fake.url, "qonto_auth_mode": "api_key"}
    )  # fmt: skip
    integration.write({"api_key": fake.login, "api_secret": fake.secret_key})
    provider = provider_for(env, world.qonto_journal, "qonto", integration, account_id)
    return [pull(env, provider, "Qonto EUR", len(transactions), transactions)]


def provider_for(env, journal, service, integration, remote_id):
    return env["online.bank.statement.provider"].create(
        {"journal_id": journal.id, "service": service, "fincycle_integration_id": integration.id,
         "fincycle_remote_account_id": remote_id, "interval_type": "minutes",
         "interval_number": 15, "tz": "UTC"}
    )  # fmt: skip


def _oldest(transactions):
    stamps = [
        tx.get(name)
        for tx in transactions
        for name in ("created_at", "settled_at", "updated_at", "emitted_at")
        if tx.get(name)
    ]
    oldest = min(stamps) if stamps else "2025-01-01"
    return datetime.fromisoformat(oldest[:10]) - timedelta(days=2)


def pull(env, provider, source, delivered, transactions):
    since = _oldest(transactions)
    until = datetime.now() + timedelta(seconds=5)
    provider.write({"last_successful_run": since, "next_run": datetime.now()})
    before = len(journal_lines(env, provider.journal_id))
    provider.with_context(scheduled=True, tracking_disable=True)._pull(since, until)
    env.flush_all()
    env.cr.commit()
    created = len(journal_lines(env, provider.journal_id)) - before
    note = provider.fincycle_last_failure_message or ""
    if note:
        say(f"{source}: pull failed: {note}")
    say(f"{source}: {delivered} delivered by the fake server, {created} lines created, "
        f"balance check {provider.fincycle_balance_state}")  # fmt: skip
    return Delivery(source, delivered, created, note)


def line_keys(env, lines, world):
    """Ground-truth key of each statement line, from its import id: camt/MT940/CSV
    ``<IBAN>-<journal>-<AcctSvcrRef>[#n]``, Revolut ``<IBAN>-<journal>-<tx id>-<leg id>``,
    Qonto ``<IBAN>-<journal>-<transaction_id>``."""
    revolut = set(world.revolut_journals.values())
    keys = {}
    for line in lines:
        uid = line.unique_import_id or ""
        found = re.match(rf"^(?:[A-Za-z0-9]+-)?{line.journal_id.id}-(.+)$", uid)
        if not found:
            keys[line.id] = f"?{uid or line.id}"
            continue
        rest = found.group(1)
        if line.journal_id == world.file_journal:
            keys[line.id] = "CH:" + rest.split("#", 1)[0]
        elif line.journal_id in revolut:
            tx_id = rest[:36]
            keys[line.id] = f"revolut:{tx_id}" + (":fee" if rest.endswith("-fee") else "")
        elif line.journal_id == world.qonto_journal:
            keys[line.id] = f"qonto:{rest}"
        else:
            keys[line.id] = f"?{uid}"
    return keys


# -- what was reconciled ----------------------------------------------------------------------


def reconciled_documents(env, lines):
    """Invoice/credit-note numbers each line is reconciled with, read from the partials of its
    journal entry (exchange difference entries left aside)."""
    result = {line.id: set() for line in lines}
    amls = lines.move_id.line_ids
    owner = {aml.id: aml.move_id.statement_line_id.id for aml in amls}
    partials = env["account.partial.reconcile"].search(
        ["|", ("debit_move_id", "in", amls.ids), ("credit_move_id", "in", amls.ids)]
    )
    for partial in partials:
        for mine, other in (
            (partial.debit_move_id, partial.credit_move_id),
            (partial.credit_move_id, partial.debit_move_id),
        ):
            if mine.id in owner and other.move_id.move_type in INVOICE_TYPES:
                result[owner[mine.id]].add(other.move_id.name)
    return {k: frozenset(v) for k, v in result.items()}


# -- scoring ----------------------------------------------------------------------------------


@dataclass
class Score:
    name: str
    lines: int = 0
    with_match: int = 0
    autos: int = 0
    correct_autos: int = 0
    top1_correct: int = 0
    wrong: list = field(default_factory=list)  # (key, category, got, expected)
    missed: list = field(default_factory=list)  # (key, category, expected, top-1, state)
    per_category: dict = field(default_factory=dict)
    has_top1: bool = False

    @property
    def precision(self):
        return self.correct_autos / self.autos if self.autos else 0.0

    @property
    def recall(self):
        return self.correct_autos / self.with_match if self.with_match else 0.0

    @property
    def top1(self):
        return self.top1_correct / self.with_match if self.with_match else 0.0


def score(name, keys, truths, autos, *, top1=None, states=None):
    """``autos``: line id → documents it was reconciled with (empty: not reconciled);
    ``top1``: line id → (documents, score) of the rank-1 candidate (None: not scored);
    ``states``: line id → what became of the line (for the list of misses)."""
    result = Score(name, has_top1=top1 is not None)
    categories = defaultdict(Counter)
    for line_id, key in keys.items():
        truth = truths.get(key)
        expected = truth.matches if truth else frozenset()
        category = truth.category if truth else "no ground truth"
        got = autos.get(line_id) or frozenset()
        stats = categories[category]
        result.lines += 1
        stats["lines"] += 1
        if expected:
            result.with_match += 1
            stats["with match"] += 1
        if got:
            result.autos += 1
            stats["auto"] += 1
            if truth and expected and truth.accepts(got):
                result.correct_autos += 1
                stats["auto ok"] += 1
            else:
                stats["auto wrong"] += 1
                result.wrong.append((key, category, sorted(got), sorted(expected)))
        elif expected:
            stats["missed"] += 1
            first = (top1 or {}).get(line_id)
            state = (states or {}).get(line_id, "")
            result.missed.append((key, category, sorted(expected), first, state))
        if top1 is not None and expected:
            first = (top1.get(line_id) or (frozenset(), 0.0))[0]
            if truth.accepts(first):
                result.top1_correct += 1
                stats["top-1 ok"] += 1
    result.per_category = categories
    return result


def print_score(result, show_lists=True):
    print()
    print(f"== {result.name}")
    print(f"lines {result.lines}, with a true match {result.with_match}, "
          f"auto-reconciled {result.autos} ({result.correct_autos} right)")  # fmt: skip
    top1 = f"   top-1 {100 * result.top1:5.1f} %" if result.has_top1 else ""
    print(f"auto precision {100 * result.precision:5.1f} %   "
          f"recall {100 * result.recall:5.1f} %{top1}")  # fmt: skip
    header = ("category", "lines", "match", "auto ok", "wrong", "missed", "top-1 ok")
    print(f"{header[0]:28}" + "".join(f"{h:>9}" for h in header[1:]))
    for category, stats in sorted(result.per_category.items(), key=lambda kv: -kv[1]["lines"]):
        print(
            f"{category:28}{stats['lines']:9}{stats['with match']:9}{stats['auto ok']:9}"
            f"{stats['auto wrong']:9}{stats['missed']:9}"
            + (f"{stats['top-1 ok']:9}" if result.has_top1 else f"{'-':>9}")
        )
    if not show_lists:
        return
    if result.wrong:
        print("wrong autos:")
        for key, category, got, expected in result.wrong:
            print(f"  {key} [{category}] reconciled {got or '-'}, truth {expected or 'none'}")
    if result.missed:
        print("misses (true match not auto-reconciled):")
        for key, category, expected, first, state in result.missed:
            rank1 = ""
            if result.has_top1:
                rank1 = (
                    f", rank 1: {sorted(first[0])} ({first[1]:.2f})" if first else ", no suggestion"
                )
            print(
                f"  {key} [{category}] truth {expected}{rank1}" + (f" -> {state}" if state else "")
            )


# -- 4. the autopilot -------------------------------------------------------------------------


def engine_inputs(env, world, lines):
    """The module's converters: per company the config, fx rates, open items and bank lines,
    as the autopilot sees them before it runs."""
    inputs = {}
    Line = env["account.bank.statement.line"]
    for company in world.companies.values():
        mine = lines.filtered(lambda x, c=company: x.company_id == c).with_company(company)
        if not mine:
            continue
        Mine = Line.with_company(company)
        inputs[company.id] = {
            "company": company,
            "config": Mine._autopilot_config(company),
            "fx_rate": mine._autopilot_fx_rate(company),
            "items": Mine._autopilot_open_items(company),
            "lines": [line._autopilot_bank_line() for line in mine],
        }
    return inputs


def run_autopilot(env, world, lines):
    outcome = {}
    started = time.perf_counter()
    for company in world.companies.values():
        mine = lines.filtered(lambda x, c=company: x.company_id == c)
        if mine:
            outcome.update(mine.with_company(company)._autopilot_run() or {})
    env.flush_all()
    env.cr.commit()
    return time.perf_counter() - started, outcome


def autopilot_top1(env, lines):
    """Line id → (documents, score) of its rank-1 suggestion (auto or proposed)."""
    result = {}
    suggestions = env["account.reconcile.suggestion"].search(
        [("statement_line_id", "in", lines.ids), ("state", "in", ("auto", "proposed"))],
        order="statement_line_id, rank, id",
    )
    for suggestion in suggestions:
        result.setdefault(
            suggestion.statement_line_id.id,
            (frozenset(suggestion.move_line_ids.move_id.mapped("name")), suggestion.score),
        )
    return result


# -- 5. the engine alone ----------------------------------------------------------------------


def engine_alone(inputs, repeat=3):
    """Time ``match_all`` only; the best of ``repeat`` runs (the first warms the fx cache)."""
    from fincycle.matching import Matcher  # noqa: PLC0415

    best, results, count = None, {}, 0
    for _n in range(repeat):
        elapsed = 0.0
        results, count = {}, 0
        for data in inputs.values():
            matcher = Matcher(data["items"], data["config"], fx_rate=data["fx_rate"])
            started = time.perf_counter()
            found = matcher.match_all(data["lines"])
            elapsed += time.perf_counter() - started
            results.update(found)
            count += len(data["lines"])
        best = elapsed if best is None else min(best, elapsed)
    return best, count, results


def engine_decisions(inputs, results):
    """(autos, top-1) of the engine's candidates, in document numbers, with the module's
    thresholds: auto from ``auto_threshold``, suggested from ``suggest_threshold``."""
    numbers = {}
    config = {}
    for data in inputs.values():
        numbers.update({item.id: item.number for item in data["items"]})
        for line in data["lines"]:
            config[line.id] = data["config"]
    autos, top1 = {}, {}
    for line_id, candidates in results.items():
        if not candidates:
            continue
        best = candidates[0]
        documents = frozenset(numbers.get(i, f"#{i}") for i in best.items)
        if best.score >= config[line_id].suggest_threshold:
            top1[line_id] = (documents, best.score)
        if best.score >= config[line_id].auto_threshold:
            autos[line_id] = documents
    return autos, top1


def engine_best(inputs, results):
    """Line id → (documents, score) of the engine's best candidate, whatever its score."""
    numbers = {item.id: item.number for data in inputs.values() for item in data["items"]}
    return {
        line_id: (frozenset(numbers.get(i, f"#{i}") for i in found[0].items), found[0].score)
        for line_id, found in results.items()
        if found
    }


# -- 6. OCA's matcher -------------------------------------------------------------------------


def undo_autopilot(env, lines):
    done = lines.filtered(lambda x: x.autopilot_state == "auto" and x.is_reconciled)
    started = time.perf_counter()
    for line in done:
        line.action_autopilot_undo()
    env.flush_all()
    env.cr.commit()
    return len(done), time.perf_counter() - started


def unreconcile_all(env, lines):
    done = lines.filtered("is_reconciled")
    for line in done:
        line.unreconcile_bank_line()
    env.flush_all()
    env.cr.commit()
    return len(done)


def reconcile_each(records, reconcile, savepoint):
    """Run ``reconcile(record)`` for each record inside its own ``savepoint()``: a record that
    raises is rolled back alone and the others go on. Returns (reconciled, failures), failures
    being (record, message) pairs. The anchors reconcile a whole batch in one loop, where one
    error (two lines decided for the same invoice: the second finds it reconciled) aborts the
    run and every figure with it."""
    done, failures = [], []
    for record in records:
        try:
            with savepoint():
                reconcile(record)
        except Exception as exc:  # whatever the anchor raises is its failure on this record
            message = str(exc).strip()
            failures.append((record, message.splitlines()[0] if message else repr(exc)))
        else:
            done.append(record)
    return done, failures


def oca_decisions(lines):
    """The lines OCA's matcher decides to reconcile, with their reconcile data filled in,
    decided in one go as ``_do_auto_reconcile`` does at import: the lines an automatic
    reconcile rule takes, then the lines whose label names exactly one open item (one query
    for the whole batch: two lines may be decided for the same invoice)."""
    to_do = lines.filtered(lambda x: not x.is_reconciled)
    ruled = to_do.browse(list(lines.env["account.reconcile.model"]._get_rules(to_do)))
    if ruled:
        ruled._do_auto_reconcile(False)  # the rules' data; nothing is reconciled yet
    _rest, matched = (to_do - ruled)._do_auto_reconcile_invoices()
    return ruled | matched


def run_oca(env, world, lines):
    """OCA's matcher on ``lines``: decided per company as at import, then each decided line
    reconciled in its own savepoint. Returns (seconds, failures as (line, message))."""
    started = time.perf_counter()
    failures = []
    for company in world.companies.values():
        mine = lines.filtered(lambda x, c=company: x.company_id == c and not x.is_reconciled)
        if not mine:
            continue
        decided = oca_decisions(mine.with_company(company).with_context(autopilot_oca_matcher=True))
        _done, failed = reconcile_each(
            decided, lambda line: line.reconcile_bank_line(), env.cr.savepoint
        )
        failures += failed
    env.flush_all()
    env.cr.commit()
    return time.perf_counter() - started, failures


# -- 7. the floor: the OCA reconcile form with the true documents -----------------------------


def true_pairs(env, world, lines, keys, truths):
    pairs = []
    for line in lines:
        truth = truths.get(keys[line.id])
        if not truth or not truth.matches:
            continue
        moves = [world.invoices.get(name) for name in sorted(truth.matches)]
        if not all(moves):
            continue
        amls = env["account.move.line"].browse(
            [
                aml.id
                for move in moves
                for aml in move.line_ids
                if aml.account_id.account_type in ("asset_receivable", "liability_payable")
                and not aml.reconciled
            ]
        )
        if amls:
            pairs.append((line, amls))
    return pairs


def reconcile_by_form(env, pairs):
    """What an accountant's click does in the OCA form, per line: open it, add each true
    document, validate. Credit notes first (as the autopilot orders them)."""
    started = time.perf_counter()
    for record, amls in pairs:
        line = record.with_company(record.company_id)  # as the form runs: in its company
        partner = amls.partner_id.commercial_partner_id
        if len(partner) == 1 and line.partner_id != partner:
            line.partner_id = partner
        line.reconcile_data_info = line._default_reconcile_data()
        sign = 1 if line.amount >= 0 else -1
        ordered = amls.sorted(
            lambda a, sign=sign: (a.amount_residual * sign > 0, a.date_maturity or a.date)
        )
        for aml in ordered:
            line._add_account_move_line(aml, keep_current=True)
        line.reconcile_bank_line()
    env.flush_all()
    env.cr.commit()
    elapsed = time.perf_counter() - started
    reconciled = sum(1 for line, _amls in pairs if line.is_reconciled)
    return elapsed, reconciled


# -- 8. the large generated case --------------------------------------------------------------


def run_large(lines_count, items_count, seed):
    """The engine alone on a generated scenario: index build and ``match_all`` timed apart,
    scored with the engine's own evaluation against the generator's truth."""
    from fincycle.matching import MatchConfig, Matcher  # noqa: PLC0415
    from fincycle.matching.tuning import synthetic  # noqa: PLC0415
    from fincycle.matching.tuning.evaluate import evaluate  # noqa: PLC0415

    started = time.perf_counter()
    case = synthetic.generate(seed, n_items=items_count, n_lines=lines_count)
    say(f"--large: generated {len(case.lines)} lines x {len(case.items)} open items "
        f"in {time.perf_counter() - started:.1f} s")  # fmt: skip
    config = MatchConfig()
    started = time.perf_counter()
    matcher = Matcher(case.items, config, fx_rate=case.fx_rate)
    index = time.perf_counter() - started
    started = time.perf_counter()
    results = matcher.match_all(case.lines)
    elapsed = time.perf_counter() - started
    figures = {"lines": len(case.lines), "items": len(case.items), "index": index,
               "seconds": elapsed}  # fmt: skip
    say(f"--large: index {index:.2f} s, match_all {elapsed:.2f} s")
    if case.truth:
        report = evaluate(
            results, case.truth, auto_threshold=config.auto_threshold,
            suggest_threshold=config.suggest_threshold, alternatives=case.alternatives,
            categories=case.categories,
        )  # fmt: skip
        figures.update(precision=report.precision, recall=report.recall, top1=report.top1,
                       autos=report.auto, wrong=report.auto - report.auto_correct)  # fmt: skip
        print()
        print(f"== large case: {report.lines} lines scored, {report.with_match} with a match, "
              f"{report.auto} auto ({report.auto - report.auto_correct} wrong)")  # fmt: skip
        print(f"{'category':28}{'lines':>9}{'auto ok':>9}{'wrong':>9}{'not auto':>9}"
              f"{'top-1 bad':>10}")  # fmt: skip
        for category, row in sorted(report.by_category.items(), key=lambda kv: -kv[1]["lines"]):
            print(f"{category or '?':28}{row['lines']:9}{row['auto_right']:9}"
                  f"{row['auto_wrong']:9}{row['not_auto']:9}{row['top1_wrong']:10}")  # fmt: skip
    return figures


# -- the run ----------------------------------------------------------------------------------


def print_deliveries(deliveries):
    print()
    print("== bank lines through the importers")
    print(f"{'source':62}{'delivered':>10}{'created':>9}{'skipped':>9}{'replaced':>9}")
    for d in deliveries:
        skipped = max(d.delivered - d.created, 0)
        print(f"{d.source[:62]:62}{d.delivered:10}{d.created:9}{skipped:9}{d.removed:9}")
    delivered = sum(d.delivered for d in deliveries)
    created = sum(d.created for d in deliveries)
    removed = sum(d.removed for d in deliveries)
    print(f"{'total':62}{delivered:10}{created:9}{delivered - created:9}{removed:9}")
    print("(skipped: recognised as already imported; replaced: batch bookings deleted in favour "
          "of their camt.054 payments)")  # fmt: skip


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("directory", metavar="DIR", help="a directory laid out like "
                        "/work/shared/samples/matching")  # fmt: skip
    parser.add_argument("--large", action="store_true", help="also the generated large case")
    parser.add_argument("--large-lines", type=int, default=20_000)
    parser.add_argument("--large-items", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=2201)
    parser.add_argument("--db", default=f"fincycle_bench_matching_{os.getpid()}")
    parser.add_argument("--keep-db", action="store_true")
    args = parser.parse_args()
    directory = Path(args.directory).resolve()
    sys.path.insert(0, str(ROOT))
    os.chdir(ROOT)
    try:
        sample = load_sample(directory)
        figures = run(args, sample)
    except BenchError as exc:
        print(f"[bench] error: {exc}", file=sys.stderr)
        sys.exit(2)
    print_summary(figures)


@dataclass
class Bench:
    """What the steps share."""

    env: object
    sample: Sample
    truths: dict
    world: World = None
    lines: object = None  # every statement line of the run
    keys: dict = field(default_factory=dict)  # line id → ground-truth key
    figures: dict = field(default_factory=dict)


def disable_crons(env):
    for xmlid in ("account_reconcile_autopilot.ir_cron_autopilot",
                  "account_reconcile_autopilot.ir_cron_reconcile_control"):  # fmt: skip
        cron = env.ref(xmlid, raise_if_not_found=False)
        if cron:
            cron.active = False  # this run drives the autopilot itself


def step_world(bench):
    started = time.perf_counter()
    bench.world = build_world(bench.env, bench.sample)
    bench.env.cr.commit()
    say(f"world loaded in {time.perf_counter() - started:.1f} s")


def step_import(bench, fakes):
    env, world, truths = bench.env, bench.world, bench.truths
    started = time.perf_counter()
    deliveries = import_files(env, bench.sample, world)
    deliveries += pull_revolut(env, bench.sample, world, fakes)
    deliveries += pull_qonto(env, bench.sample, world, fakes)
    bench.figures.update(import_seconds=time.perf_counter() - started, deliveries=deliveries)
    print_deliveries(deliveries)
    journals = [world.file_journal, world.qonto_journal, *world.revolut_journals.values()]
    bench.lines = journal_lines(env, env["account.journal"].browse([j.id for j in journals if j]))
    bench.keys = line_keys(env, bench.lines, world)
    unknown = sorted(k for k in bench.keys.values() if k not in truths)
    if unknown:
        say(f"{len(unknown)} lines without a ground-truth key: {', '.join(unknown[:8])}")
    present = set(bench.keys.values())
    absent = sorted(
        k
        for k in truths
        if k not in present
        and k.rsplit("-", 1)[0] not in present  # a booking kept whole
        and not any(p.startswith(k + "-") for p in present)  # a booking split in payments
    )
    if absent:
        say(f"{len(absent)} ground-truth transactions without a line: {', '.join(absent[:8])}")
    already = bench.lines.filtered("is_reconciled")
    if already:
        say(f"warning: {len(already)} lines were reconciled at import already")


def step_autopilot(bench):
    """4 and 5: the autopilot end to end, then the engine alone on what it was given."""
    env, lines, keys = bench.env, bench.lines, bench.keys
    pending = lines.filtered(lambda x: x.autopilot_state == "pending" and not x.is_reconciled)
    inputs = engine_inputs(env, bench.world, pending)
    elapsed, outcome = run_autopilot(env, bench.world, pending)
    lines.invalidate_recordset()
    counts = Counter(outcome.values())
    say(f"autopilot: {len(pending)} lines in {elapsed:.2f} s: "
        + ", ".join(f"{v} {k}" for k, v in sorted(counts.items())))  # fmt: skip
    engine_seconds, count, results = engine_alone(inputs)
    engine_autos, engine_top1 = engine_decisions(inputs, results)
    best = engine_best(inputs, results)
    done = reconciled_documents(env, lines)
    autos = {i: d for i, d in done.items() if d}
    states = {}
    for line in lines:
        states[line.id] = line.autopilot_state or ""
        if line.autopilot_state == "unmatched" and line.id in best:
            documents, value = best[line.id]
            states[line.id] += f" (engine's best {sorted(documents)} scored {value:.2f})"
    ours = score("autopilot (end to end)", keys, bench.truths, autos,
                 top1=autopilot_top1(env, lines), states=states)  # fmt: skip
    print_score(ours)
    wrong_state = [i for i in keys if states[i] == "auto" and not done[i]]
    if wrong_state:
        say(f"warning: {len(wrong_state)} lines say 'auto' but reconcile no invoice")
    engine = score("engine alone (match_all)", keys, bench.truths, engine_autos, top1=engine_top1)
    print_score(engine, show_lists=False)
    differ = [
        keys[i] for i in keys if engine_autos.get(i, frozenset()) != autos.get(i, frozenset())
    ]
    if differ:
        say(f"engine decisions differ from the module's on {len(differ)} lines: "
            + ", ".join(differ[:10]))  # fmt: skip
    bench.figures.update(
        autopilot_seconds=elapsed, autopilot=ours, pending=pending, outcome=counts,
        engine_seconds=engine_seconds, engine_lines=count, engine=engine,
    )  # fmt: skip


def step_oca(bench):
    env, lines = bench.env, bench.lines
    undone, undo_seconds = undo_autopilot(env, lines)
    say(f"undid {undone} autopilot reconciliations in {undo_seconds:.2f} s")
    oca_seconds, failures = run_oca(env, bench.world, bench.figures["pending"])
    lines.invalidate_recordset()
    oca_done = {i: d for i, d in reconciled_documents(env, lines).items() if d}
    oca = score("OCA matcher (_do_auto_reconcile)", bench.keys, bench.truths, oca_done)
    print_score(oca, show_lists=False)
    for key, category, got, expected in oca.wrong:
        print(f"  wrong: {key} [{category}] reconciled {got}, truth {expected or 'none'}")
    print(oca_failures_line(len(failures)))
    for line, message in failures:
        print(f"  error: {bench.keys.get(line.id, line.id)}: {message}")
    bench.figures.update(oca_seconds=oca_seconds, oca=oca, oca_failures=len(failures))
    say(f"undid {unreconcile_all(env, lines)} OCA reconciliations")


def oca_failures_line(count):
    """The anchor's failures as a figure (a line it could not reconcile was rolled back)."""
    return f"OCA matcher: {count} lines raised an error"


def step_floor(bench, rounds=2):
    """The true pairs through the OCA form, ``rounds`` times (unreconciled in between); the
    fastest round is the floor, which only makes our ratio to it stricter."""
    env = bench.env
    timings = []
    for _round in range(rounds):
        if timings:
            unreconcile_all(env, bench.lines)
        bench.lines.invalidate_recordset()
        pairs = true_pairs(env, bench.world, bench.lines, bench.keys, bench.truths)
        floor_seconds, floor_done = reconcile_by_form(env, pairs)
        timings.append(floor_seconds)
        say(f"OCA form with the true documents: {len(pairs)} lines in {floor_seconds:.2f} s, "
            f"{floor_done} reconciled")  # fmt: skip
    bench.figures.update(floor_seconds=min(timings), floor_pairs=len(pairs), floor_done=floor_done)


def run(args, sample):
    modules = MODULES + [module for module, _template in CHARTS.values()]
    create_database(args.db, modules)
    env, cr = odoo_env(args.db)
    bench = Bench(env=env, sample=sample, truths=truth_by_key(sample))
    fakes = []
    try:
        disable_crons(env)
        step_world(bench)
        step_import(bench, fakes)
        step_autopilot(bench)
        step_oca(bench)
        step_floor(bench)
        if args.large:
            bench.figures["large"] = run_large(args.large_lines, args.large_items, args.seed)
        bench.figures["load"] = os.getloadavg()
    finally:
        for fake in fakes:
            fake.stop()
        cr.close()
        import odoo.sql_db  # noqa: PLC0415

        odoo.sql_db.close_all()
        if not args.keep_db:
            subprocess.run(["dropdb", "--if-exists", args.db], check=False)
        else:
            say(f"database {args.db} kept")
    return bench.figures


def _ratio(a, b):
    return a / b if b else float("nan")


def print_summary(f):
    ours, engine, oca = f["autopilot"], f["engine"], f["oca"]
    per_auto = _ratio(f["autopilot_seconds"], ours.autos)
    floor = _ratio(f["floor_seconds"], f["floor_pairs"])
    print()
    print("=" * 78)
    print("MATCHING BENCHMARK SUMMARY")
    print("=" * 78)
    created = sum(d.created for d in f["deliveries"])
    delivered = sum(d.delivered for d in f["deliveries"])
    replaced = sum(d.removed for d in f["deliveries"])
    print(
        f"bank lines              {delivered} delivered, {created} created, "
        f"{delivered - created} recognised as already imported"
        + (f", {replaced} batch bookings replaced by their payments" if replaced else "")
    )
    outcome = ", ".join(f"{v} {k}" for k, v in sorted(f["outcome"].items()))
    print(f"lines matched           {len(f['pending'])} ({ours.with_match} with a true match): "
          f"{outcome}")  # fmt: skip
    print(f"{'':24}{'autopilot':>12}{'OCA':>12}{'ours/OCA':>10}")
    for label, a, b in (
        ("auto precision", ours.precision, oca.precision),
        ("auto recall", ours.recall, oca.recall),
    ):
        print(f"{label:24}{100 * a:11.1f}%{100 * b:11.1f}%{_ratio(a, b):10.2f}")
    print(f"{'auto-reconciled':24}{ours.autos:12}{oca.autos:12}")
    print(f"{'wrong autos':24}{len(ours.wrong):12}{len(oca.wrong):12}")
    print(oca_failures_line(f.get("oca_failures", 0)))
    print(f"{'time (s)':24}{f['autopilot_seconds']:12.2f}{f['oca_seconds']:12.2f}"
          f"{_ratio(f['autopilot_seconds'], f['oca_seconds']):10.2f}")  # fmt: skip
    oca_per = _ratio(f["oca_seconds"], oca.autos)
    print(f"{'s per reconciled line':24}{per_auto:12.3f}{oca_per:12.3f}"
          f"{_ratio(per_auto, oca_per):10.2f}")  # fmt: skip
    print(f"top-1 suggestion accuracy {100 * ours.top1:.1f} % "
          f"(engine alone {100 * engine.top1:.1f} %)")  # fmt: skip
    print(f"engine alone decisions  precision {100 * engine.precision:.1f} %, recall "
          f"{100 * engine.recall:.1f} % ({engine.autos} autos)")  # fmt: skip
    print(f"engine alone            {f['engine_lines']} lines in {f['engine_seconds']:.3f} s = "
          f"{_ratio(f['engine_lines'], f['engine_seconds']):.0f} lines/s")  # fmt: skip
    print(f"floor (OCA form, true)  {floor:.3f} s per line ({f['floor_done']}/{f['floor_pairs']} "
          "reconciled)")  # fmt: skip
    print(f"ours per auto line      {per_auto:.3f} s = {_ratio(per_auto, floor):.2f}x the floor "
          "(goal <= 1.5x)")  # fmt: skip
    print(f"machine load            {' / '.join(f'{x:.1f}' for x in f['load'])} (1/5/15 min "
          "load average at the end; timings are wall clock)")  # fmt: skip
    large = f.get("large")
    if large:
        print(f"large case              {large['lines']} lines x {large['items']} items: "
              f"match_all {large['seconds']:.2f} s (goal < 10 s), index "
              f"{large['index']:.2f} s")  # fmt: skip
        if "precision" in large:
            print(f"{'':24}auto precision {100 * large['precision']:.1f} %, recall "
                  f"{100 * large['recall']:.1f} %, top-1 (any score) "
                  f"{100 * large['top1']:.1f} %, {large['wrong']} wrong autos")  # fmt: skip
    print("=" * 78)


if __name__ == "__main__":
    main()
