# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The group cockpit on a large book: how long the server takes to open it and to refresh it.

``cockpit_open.py [--scale 1.0] [--db bench_cockpit] [--reuse]`` creates a database with
``fincycle_cockpit`` (unless ``--reuse``), five companies (three in CHF, two in EUR, with the
day's rates), 1,000 customers with their own payment habits and, at scale 1, 50,000 invoices
over two years (8,000 customer invoices and 2,000 vendor bills per company, paid as their
customer pays, some partly, some never) and 200,000 bank lines (statement lines with their
journal entries: the receipts and payments of those invoices, and other movements), written
with bulk SQL in the shape the ORM leaves them (journal items, residuals, partial
reconciliations, payment states). ``--scale 0.1`` makes a tenth of it.

Then it prints the server time to refresh the five snapshots (the nightly job and the
Refresh button) and to open the cockpit as a director of the five companies (create the
screen, read every field the form shows, read the lines of its lists), cold (caches
cleared) and warm. Goal: open under 1 s.
"""

import argparse
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import create_database, odoo_env, say

COMPANIES = (
    ("Bench CH Holding", "CHF", "CH"),
    ("Bench CH Services", "CHF", "CH"),
    ("Bench CH Software", "CHF", "CH"),
    ("Bench FR Conseil", "EUR", "FR"),
    ("Bench FR Formation", "EUR", "FR"),
)
CUSTOMER_INVOICES = 8000  # per company at scale 1
VENDOR_BILLS = 2000
BANK_LINES = 40000  # per company: receipts and payments of the invoices, then other movements
CUSTOMERS = 1000
VENDORS = 200
HISTORY_DAYS = 730
RATE_EUR_PER_CHF = 1.06


class Ids:
    """Ids taken from a table's sequence in one go."""

    def __init__(self, cr, table, count):
        cr.execute(
            f"SELECT nextval('{table}_id_seq') FROM generate_series(1, %s)",  # noqa: S608
            [count],
        )
        self.ids = [row[0] for row in cr.fetchall()]
        self.pos = 0

    def next(self):
        value = self.ids[self.pos]
        self.pos += 1
        return value


def insert(cr, table, columns, rows):
    from psycopg2.extras import execute_values  # noqa: PLC0415

    if rows:
        execute_values(
            cr._obj,
            f"INSERT INTO {table} ({','.join(columns)}) VALUES %s",  # noqa: S608
            rows,
            page_size=5000,
        )


def setup_companies(env):
    chf = env.ref("base.CHF")
    eur = env.ref("base.EUR")
    (chf | eur).write({"active": True})
    today = date.today()
    companies = env["res.company"]
    for name, code, country in COMPANIES:
        company = env["res.company"].search([("name", "=", name)], limit=1)
        if not company:
            currency = chf if code == "CHF" else eur
            company = env["res.company"].create(
                {
                    "name": name,
                    "currency_id": currency.id,
                    "country_id": env.ref(f"base.{country.lower()}").id,
                }
            )
            env["account.chart.template"].try_loading("generic_coa", company, install_demo=False)
            other, rate = (eur, RATE_EUR_PER_CHF) if code == "CHF" else (chf, 1 / RATE_EUR_PER_CHF)
            env["res.currency.rate"].create(
                {"currency_id": other.id, "company_id": company.id, "name": today, "rate": rate}
            )
        companies |= company
    env["ir.config_parameter"].set_param("fincycle_cockpit.group_currency_id", chf.id)
    return companies


def accounts_of(env, company):
    Account = env["account.account"].with_company(company)
    Journal = env["account.journal"]

    def account(kind):
        return Account.search(
            [("company_ids", "in", company.id), ("account_type", "=", kind)], limit=1
        ).id

    def journal(kind):
        return Journal.search([("company_id", "=", company.id), ("type", "=", kind)], limit=1)

    bank = journal("bank")
    return {
        "receivable": account("asset_receivable"),
        "payable": account("liability_payable"),
        "income": account("income"),
        "expense": account("expense"),
        "bank_account": bank.default_account_id.id,
        "bank": bank.id,
        "sale": journal("sale").id,
        "purchase": journal("purchase").id,
    }


class Book:
    """The rows of one company's book, in the shape the ORM leaves them."""

    def __init__(self, env, company, sizes):
        cr = env.cr
        self.company = company
        self.cur = company.currency_id.id
        self.acc = accounts_of(env, company)
        n_inv, n_bill, n_bank = sizes
        self.n_bank = n_bank
        self.move_ids = Ids(cr, "account_move", n_inv + n_bill + n_bank + 10)
        self.line_ids = Ids(cr, "account_move_line", 2 * (n_inv + n_bill + n_bank) + 10)
        self.st_ids = Ids(cr, "account_bank_statement_line", n_bank + 10)
        self.partial_ids = Ids(cr, "account_partial_reconcile", n_inv + n_bill + 10)
        self.moves, self.lines, self.partials, self.st_lines = [], [], [], []

    @property
    def bank_full(self):
        return len(self.st_lines) >= self.n_bank

    def move(self, *, journal, name, day, mtype, partner, total, pay=None, due=None):
        mid = self.move_ids.next()
        inv_date = day if mtype != "entry" else None
        self.moves.append(
            (mid, journal, self.cur, "posted", mtype, "no", day, name, self.company.id,
             partner, partner, inv_date, due, total, total, abs(total), pay)
        )  # fmt: skip
        return mid

    def line(self, mid, *, journal, account, partner, day, balance, residual=0.0, due=None,
             kind="product", name=""):  # fmt: skip
        lid = self.line_ids.next()
        self.lines.append(
            (lid, mid, self.cur, kind, self.company.id, journal, account, partner, day, due,
             "posted", balance, max(balance, 0), max(-balance, 0), balance, residual, residual,
             residual == 0, self.cur, name)
        )  # fmt: skip
        return lid

    def bank_entry(self, day, amount, partner, counter_account, label):
        """A statement line and its entry: the bank account against ``counter_account``;
        returns the counterpart line's id."""
        bank = self.acc["bank"]
        mid = self.move(
            journal=bank, name=f"BNK/{self.company.id}/{len(self.st_lines)}", day=day,
            mtype="entry", partner=partner, total=amount,
        )  # fmt: skip
        common = {"journal": bank, "partner": partner, "day": day, "name": label}
        self.line(mid, account=self.acc["bank_account"], balance=amount, **common)
        counter = self.line(mid, account=counter_account, balance=-amount, **common)
        self.st_lines.append(
            (self.st_ids.next(), mid, bank, self.company.id, partner, self.cur, amount, label,
             True, 0.0, f"{day:%Y%m%d}{mid:012d}")
        )  # fmt: skip
        return counter

    def invoice(self, i, partner, habit, rng, today):
        mean, spread, never = habit
        acc = self.acc
        inv_date = today - timedelta(days=rng.randrange(HISTORY_DAYS))
        due = inv_date + timedelta(days=30)
        amount = round(rng.lognormvariate(7.5, 1.0), 2)
        pay_day = due + timedelta(days=mean + rng.randint(-spread, spread))
        payments = []
        if rng.random() >= never and pay_day <= today:
            if rng.random() < 0.1:  # half now, the rest a month later
                half = round(amount / 2, 2)
                payments.append((pay_day, half))
                if pay_day + timedelta(days=30) <= today:
                    payments.append((pay_day + timedelta(days=30), round(amount - half, 2)))
            else:
                payments.append((pay_day, amount))
        paid = round(sum(a for _d, a in payments), 2)
        residual = round(amount - paid, 2)
        mid = self.move(
            journal=acc["sale"], name=f"INV/{self.company.id}/{i:06d}", day=inv_date,
            mtype="out_invoice", partner=partner, total=amount, due=due,
            pay="paid" if residual == 0 else ("partial" if paid else "not_paid"),
        )  # fmt: skip
        common = {"journal": acc["sale"], "partner": partner, "day": inv_date}
        term = self.line(
            mid, account=acc["receivable"], balance=amount, residual=residual, due=due,
            kind="payment_term", **common,
        )  # fmt: skip
        self.line(mid, account=acc["income"], balance=-amount, name="Services", **common)
        for day, part in payments:
            if self.bank_full:
                break
            counter = self.bank_entry(day, part, partner, acc["receivable"], f"INV {i}")
            self.partials.append(
                (self.partial_ids.next(), term, counter, part, part, part, self.company.id, day)
            )

    def bill(self, i, partner, rng, today):
        acc = self.acc
        bill_date = today - timedelta(days=rng.randrange(HISTORY_DAYS))
        due = bill_date + timedelta(days=30)
        amount = round(rng.lognormvariate(7.0, 1.0), 2)
        paid = due <= today - timedelta(days=2) and not self.bank_full
        mid = self.move(
            journal=acc["purchase"], name=f"BILL/{self.company.id}/{i:06d}", day=bill_date,
            mtype="in_invoice", partner=partner, total=-amount, due=due,
            pay="paid" if paid else "not_paid",
        )  # fmt: skip
        common = {"journal": acc["purchase"], "partner": partner, "day": bill_date}
        term = self.line(
            mid, account=acc["payable"], balance=-amount, residual=0.0 if paid else -amount,
            due=due, kind="payment_term", **common,
        )  # fmt: skip
        self.line(mid, account=acc["expense"], balance=amount, name="Purchases", **common)
        if paid:
            counter = self.bank_entry(due, -amount, partner, acc["payable"], f"BILL {i}")
            self.partials.append(
                (self.partial_ids.next(), counter, term, amount, amount, amount,
                 self.company.id, due)
            )  # fmt: skip

    def write(self, cr):
        insert(
            cr,
            "account_move",
            ("id", "journal_id", "currency_id", "state", "move_type", "auto_post", "date", "name",
             "company_id", "partner_id", "commercial_partner_id", "invoice_date",
             "invoice_date_due", "amount_total_signed", "amount_total_in_currency_signed",
             "amount_total", "payment_state"),
            self.moves,
        )  # fmt: skip
        insert(
            cr,
            "account_move_line",
            ("id", "move_id", "currency_id", "display_type", "company_id", "journal_id",
             "account_id", "partner_id", "date", "date_maturity", "parent_state", "balance",
             "debit", "credit", "amount_currency", "amount_residual", "amount_residual_currency",
             "reconciled", "company_currency_id", "name"),
            self.lines,
        )  # fmt: skip
        insert(
            cr,
            "account_partial_reconcile",
            ("id", "debit_move_id", "credit_move_id", "amount", "debit_amount_currency",
             "credit_amount_currency", "company_id", "max_date"),
            self.partials,
        )  # fmt: skip
        insert(
            cr,
            "account_bank_statement_line",
            ("id", "move_id", "journal_id", "company_id", "partner_id", "currency_id", "amount",
             "payment_ref", "is_reconciled", "amount_residual", "internal_index"),
            self.st_lines,
        )  # fmt: skip


def generate(env, companies, scale, seed=7):
    cr = env.cr
    rng = random.Random(seed)
    today = date.today()
    customers = env["res.partner"].create(
        [{"name": f"Bench Customer {i:04d}", "is_company": True} for i in range(CUSTOMERS)]
    )
    vendors = env["res.partner"].create(
        [{"name": f"Bench Vendor {i:03d}", "is_company": True} for i in range(VENDORS)]
    )
    # each customer's habit: mean delay after the due date, spread, share never paid
    habits = {
        p.id: (
            rng.choice([-5, 0, 0, 3, 10, 20, 30, 45, 60]),
            rng.choice([1, 3, 7, 15]),
            rng.choice([0.0, 0.0, 0.01, 0.05]),
        )
        for p in customers
    }
    env.flush_all()
    sizes = (int(CUSTOMER_INVOICES * scale), int(VENDOR_BILLS * scale), int(BANK_LINES * scale))
    totals = {"moves": 0, "lines": 0, "bank": 0}
    for company in companies:
        book = Book(env, company, sizes)
        for i in range(sizes[0]):
            partner = customers[rng.randrange(CUSTOMERS)].id
            book.invoice(i, partner, habits[partner], rng, today)
        for i in range(sizes[1]):
            book.bill(i, vendors[rng.randrange(VENDORS)].id, rng, today)
        while not book.bank_full:  # fees, salaries, transfers
            day = today - timedelta(days=rng.randrange(HISTORY_DAYS))
            amount = round(rng.uniform(-3000, 2500), 2) or 1.0
            book.bank_entry(day, amount, None, book.acc["expense"], "Other movement")
        book.write(cr)
        totals["moves"] += len(book.moves)
        totals["lines"] += len(book.lines)
        totals["bank"] += len(book.st_lines)
        say(
            f"{company.name}: {sizes[0]} customer invoices, {sizes[1]} vendor bills, "
            f"{len(book.st_lines)} bank lines"
        )
    cr.execute("ANALYZE account_move; ANALYZE account_move_line; ANALYZE account_partial_reconcile")
    env.invalidate_all()
    env.registry.clear_cache()
    return totals


def director(env, companies):
    user = env["res.users"].search([("login", "=", "bench_director")], limit=1)
    if not user:
        user = env["res.users"].create(
            {
                "name": "Bench Director",
                "login": "bench_director",
                "company_id": companies[0].id,
                "company_ids": [(6, 0, companies.ids)],
                "group_ids": [(6, 0, [env.ref("account.group_account_manager").id])],
            }
        )
    return user


def open_cockpit(env, user, companies):
    """Server time of what the browser asks when the cockpit opens: the action, the form's
    fields, the rows of its lists."""
    started = time.monotonic()
    uenv = env(user=user.id, context={"allowed_company_ids": companies.ids})
    action = uenv["fincycle.cockpit"].action_open_cockpit()
    cockpit = uenv["fincycle.cockpit"].browse(action["res_id"])
    views = uenv["fincycle.cockpit"].get_views([(False, "form")])
    names = list(views["models"]["fincycle.cockpit"]["fields"])
    values = cockpit.read(names)[0]
    Line = uenv["fincycle.cockpit.snapshot.line"]
    rows = Line.browse(
        values["week_line_ids"] + values["overdue_line_ids"] + values["cash_line_ids"]
    )
    rows.read(["company_id", "date", "date_end", "move_id", "partner_id", "journal_id", "amount",
               "amount_group", "receipts_expected", "receipts_p10", "receipts_p90", "payments",
               "feed_balance", "days_late"])  # fmt: skip
    uenv["fincycle.cockpit.snapshot"].browse(values["snapshot_ids"]).read(
        ["date", "company_id", "cash_total", "receivable_total", "dso", "recovery_rate"]
    )
    return time.monotonic() - started, values


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--db", default="bench_cockpit")
    parser.add_argument("--reuse", action="store_true", help="use the database as it is")
    args = parser.parse_args()
    if not args.reuse:
        create_database(args.db, "fincycle_cockpit")
    env, cr = odoo_env(args.db)
    try:
        if not args.reuse:
            started = time.monotonic()
            companies = setup_companies(env)
            cr.commit()
            say(f"5 companies with their charts in {time.monotonic() - started:.0f} s")
            started = time.monotonic()
            totals = generate(env, companies, args.scale)
            cr.commit()
            say(
                f"generated {totals['moves']} moves, {totals['lines']} journal items, "
                f"{totals['bank']} bank lines in {time.monotonic() - started:.0f} s"
            )
        companies = env["res.company"].search([("name", "in", [c[0] for c in COMPANIES])])
        cr.execute(
            "SELECT COUNT(*) FILTER (WHERE move_type IN ('out_invoice', 'in_invoice')) "
            "FROM account_move WHERE company_id = ANY(%s)",
            [companies.ids],
        )
        invoices = cr.fetchone()[0]
        cr.execute(
            "SELECT COUNT(*) FROM account_bank_statement_line WHERE company_id = ANY(%s)",
            [companies.ids],
        )
        bank_lines = cr.fetchone()[0]
        user = director(env, companies)
        cr.commit()
        started = time.monotonic()
        snapshots = env["fincycle.cockpit.snapshot"]._refresh(companies)
        refresh = time.monotonic() - started
        cr.commit()
        for snap in snapshots:
            say(
                f"  {snap.company_id.name}: {snap.compute_seconds:.2f} s, "
                f"{snap.forecast_open_count} open invoices forecast, "
                f"receivables {snap.receivable_total:,.0f} {snap.currency_id.name}, "
                f"DSO {snap.dso:.0f} d, recovery {snap.recovery_rate:.0f} %"
            )
        env.invalidate_all()
        cold, values = open_cockpit(env, user, companies)
        warm = min(open_cockpit(env, user, companies)[0] for _ in range(3))
        cr.rollback()  # the screens opened for timing
        say(
            f"consolidated: cash {values['cash_total']:,.0f} CHF, in 30 days "
            f"{values['cash_30']:,.0f} ({values['cash_30_p10']:,.0f} to "
            f"{values['cash_30_p90']:,.0f}), receivables {values['receivable_total']:,.0f}"
        )
        print(
            f"cockpit: {len(companies)} companies, {invoices} invoices, {bank_lines} bank lines; "
            f"refresh {refresh:.1f} s; open {cold:.3f} s cold, {warm:.3f} s warm (goal < 1 s)"
        )
    finally:
        cr.close()


if __name__ == "__main__":
    main()
