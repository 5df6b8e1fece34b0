#!/usr/bin/env python3
# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""VAT return and FEC benchmark, in one run on one fresh database.

A fresh database with the demo group (fincycle_demo, with its demo records), then a year of
documents (last year) for the Swiss holding (Seeblick Treuhand AG) and the French company
(Atelier Lumière SAS), N journal items each (default 50,000):

- a dozen customer invoices and vendor bills per company are made and posted through the ORM
  with the company's demo taxes (sale and purchase, every rate), line amounts in hundreds so
  every tax is exact to the cent;
- the bulk is those documents again, copied by SQL in batches as posted documents spread over
  the year, each one's quantities and amounts multiplied by a whole factor (1 to 9): every
  entry stays balanced, its tax lines carry the tax and its grid tags, names continue each
  journal's sequence (yearly or monthly) in date order, nothing is reconciled.

Timed in the same run:

  1. the Swiss return of the second quarter: ``action_check`` (tax-grid balances, the boxes,
     every check), then its eCH-0217 file, validated against the XSD, written into DIR
  2. our FEC of the French company for the year (``account.fec.export``: SQL read, writer,
     the DGFiP checks, the file and the note stored), written into DIR
  3. Odoo's FEC generator (``l10n_fr.fec.export.wizard.generate_fec`` with ``test_file``, so
     that nothing is locked) on the same data, written into DIR

  2 and 3 run twice, alternately (ours, Odoo's, ours, Odoo's); the faster run of each counts.

Prints exactly::

    return <X> s for <N> journal items
    fec <Y> lines/s
    odoo fec <Z> lines/s
    box <code> <amount>          (one line per box of the Swiss return)

``N`` is the number of the Swiss company's posted journal items in the quarter (what the return
reads).

Usage: .venv/bin/python scripts/bench/vat_return.py --out DIR [--items 50000] [--db NAME]
       [--keep-db] [--template DB] [--profile]

``--template DB`` copies an existing demo database instead of installing one (a quicker run while
developing; the install is not timed either way).
"""

import argparse
import base64
import os
import re
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import benchlib
from benchlib import PY, ROOT, say

MODULE = "fincycle_demo"
SWISS, FRENCH = "seeblick", "lumiere"
FACTORS = 9
# (move type, [(quantity, price, tax rate index) per line]): amounts in hundreds.
TEMPLATES = [
    ("out_invoice", [(4, 100, 0), (2, 300, 0)]),
    ("out_invoice", [(1, 500, 0), (3, 100, 1)]),
    ("out_invoice", [(2, 200, 1), (1, 100, 2)]),
    ("out_invoice", [(5, 100, 0)]),
    ("out_invoice", [(1, 700, 0), (2, 100, 2), (1, 200, 1)]),
    ("out_invoice", [(3, 200, 0), (1, 100, 0)]),
    ("out_refund", [(1, 100, 0)]),
    ("in_invoice", [(2, 100, 0), (1, 300, 1)]),
    ("in_invoice", [(1, 400, 0)]),
    ("in_invoice", [(3, 100, 0), (1, 100, 2)]),
    ("in_invoice", [(1, 200, 1), (1, 100, 0)]),
    ("in_refund", [(1, 100, 0)]),
]


def create_demo_database(db, template=None):
    subprocess.run(["dropdb", "--if-exists", db], check=False)
    started = time.monotonic()
    if template:
        say(f"copying database {template} into {db}")
        subprocess.run(["createdb", "-T", template, db], check=True)
    else:
        say(f"creating database {db} with {MODULE} and its demo records")
        subprocess.run(
            [PY, "-m", "odoo", "-c", "odoo.conf", "-d", db, "-i", MODULE, "--with-demo",
             "--stop-after-init", "--log-level=warn"],
            cwd=ROOT,
            check=True,
        )  # fmt: skip
    say(f"database ready in {time.monotonic() - started:.0f} s")


def company_taxes(env, company, use):
    """The company's percent taxes of ``use`` excluded from the price, highest rate first."""
    taxes = env["account.tax"].search(
        [
            ("company_id", "=", company.id),
            ("type_tax_use", "=", use),
            ("amount_type", "=", "percent"),
            ("price_include", "=", False),
            ("amount", ">", 0),
            ("country_id", "=", company.account_fiscal_country_id.id),
        ]
    )
    rates = {}
    for tax in taxes.sorted(lambda t: (-t.amount, t.sequence, t.id)):
        rates.setdefault(tax.amount, tax)  # one tax a rate: the first (the default kind)
    return list(rates.values())


def make_templates(env, company, year):
    """The documents of TEMPLATES posted through the ORM on 1 January (the ones the bulk
    copies)."""
    env = env(context=dict(env.context, allowed_company_ids=[company.id], tracking_disable=True))
    company = company.with_env(env)
    partners = {
        kind: env["res.partner"].search(
            [("company_id", "in", (company.id, False)), (f"{kind}_rank", ">", 0)],
            order="id",
            limit=3,
        )
        for kind in ("customer", "supplier")
    }
    taxes = {use: company_taxes(env, company, use) for use in ("sale", "purchase")}
    product = env["product.product"].create(
        {"name": "VAT bench service", "type": "service", "company_id": company.id}
    )
    day = date(year, 1, 1)
    moves = env["account.move"]
    for number, (move_type, lines) in enumerate(TEMPLATES):
        sale = move_type.startswith("out")
        partner_pool = partners["customer" if sale else "supplier"]
        tax_pool = taxes["sale" if sale else "purchase"]
        vals = {
            "move_type": move_type,
            "company_id": company.id,
            "partner_id": partner_pool[number % len(partner_pool)].id,
            "invoice_date": day,
            "date": day,
            "invoice_line_ids": [
                (
                    0,
                    0,
                    {
                        "product_id": product.id,
                        "name": f"Service {number}-{index}",
                        "quantity": quantity,
                        "price_unit": price,
                        "tax_ids": [(6, 0, tax_pool[rate % len(tax_pool)].ids)],
                    },
                )
                for index, (quantity, price, rate) in enumerate(lines)
            ],
        }
        if not sale:
            vals["ref"] = f"BENCH-{number}"
        moves |= env["account.move"].create(vals)
    moves.action_post()
    env.flush_all()
    bad = moves.filtered(lambda m: m.state != "posted")
    if bad:
        raise SystemExit(f"templates not posted: {bad.mapped('name')}")
    return moves


def columns(cr, table):
    cr.execute(
        """SELECT column_name, data_type FROM information_schema.columns
            WHERE table_name = %s AND table_schema = current_schema() ORDER BY ordinal_position""",
        (table,),
    )
    return cr.fetchall()


def _prefix_for(prefix, day):
    """The template's sequence prefix on ``day`` (a yearly or monthly sequence)."""
    if re.search(r"\d{4}/\d{2}/$", prefix):
        return re.sub(r"\d{4}/\d{2}/$", f"{day:%Y/%m}/", prefix)
    if re.search(r"\d{4}/$", prefix):
        return re.sub(r"\d{4}/$", f"{day:%Y}/", prefix)
    return prefix


def clone_year(env, company, templates, year, items):
    """Copies of ``templates`` over the year (dates in order, names continuing each sequence)
    until the company has ``items`` journal items in the year; returns the number of items."""
    cr = env.cr
    info = {
        m.id: (m.sequence_prefix, len(m.name) - len(m.sequence_prefix), len(m.line_ids))
        for m in templates
    }
    per_round = sum(v[2] for v in info.values())
    cr.execute(
        """SELECT COUNT(*) FROM account_move_line
            WHERE company_id = %s AND parent_state = 'posted' AND date BETWEEN %s AND %s""",
        (company.id, date(year, 1, 1), date(year, 12, 31)),
    )
    have = cr.fetchone()[0]
    needed = max(items - have, 0)
    count = -(-needed // per_round) * len(templates)  # whole rounds of the templates
    ids = list(info)
    cr.execute(
        """SELECT sequence_prefix, MAX(sequence_number) FROM account_move
            WHERE company_id = %s GROUP BY 1""",
        (company.id,),
    )
    last = dict(cr.fetchall())
    first, days = date(year, 1, 2), (date(year, 12, 31) - date(year, 1, 2)).days + 1
    rows = []
    for n in range(count):
        tmpl = ids[n % len(ids)]
        prefix, width, _lines = info[tmpl]
        day = first + timedelta(days=n * days // max(count, 1))
        seq_prefix = _prefix_for(prefix, day)
        number = last.get(seq_prefix, 0) + 1
        last[seq_prefix] = number
        rows.append((n, tmpl, 1 + (n * 7) % FACTORS, day, seq_prefix, number, width))
    cr.execute(
        """CREATE TEMP TABLE bench_clone (n int, tmpl int, k int, d date, prefix varchar,
           num int, width int, new_id int) ON COMMIT DROP"""
    )
    batch = 5000
    for start in range(0, len(rows), batch):
        chunk = rows[start : start + batch]
        cr.execute(
            "INSERT INTO bench_clone (n, tmpl, k, d, prefix, num, width) VALUES "  # noqa: S608
            + ",".join(["(%s,%s,%s,%s,%s,%s,%s)"] * len(chunk)),
            [v for row in chunk for v in row],
        )
    cr.execute("UPDATE bench_clone SET new_id = nextval('account_move_id_seq')")
    move_cols = columns(cr, "account_move")
    line_cols = columns(cr, "account_move_line")
    name = "c.prefix || lpad(c.num::text, c.width, '0')"
    move_over = {
        "id": "c.new_id",
        "name": name,
        "date": "c.d",
        "invoice_date": "c.d",
        "invoice_date_due": "c.d + (m.invoice_date_due - m.invoice_date)",
        "sequence_prefix": "c.prefix",
        "sequence_number": "c.num",
        "ref": "CASE WHEN m.ref IS NULL THEN NULL ELSE m.ref || '-' || c.n END",
        "payment_reference": name,
        "inalterable_hash": "NULL",
        "secure_sequence_number": "NULL",
        "access_token": "NULL",
        "message_main_attachment_id": "NULL",
        "taxable_supply_date": "NULL",
        "delivery_date": "NULL",
        "create_date": "now() at time zone 'UTC'",
        "write_date": "now() at time zone 'UTC'",
    }
    line_over = {
        "id": "b.new_line",
        "move_id": "c.new_id",
        "move_name": name,
        "date": "c.d",
        "invoice_date": "c.d",
        "date_maturity": "c.d + (l.date_maturity - l.date)",
        "full_reconcile_id": "NULL",
        "matching_number": "NULL",
        "reconciled": "false",
        "create_date": "now() at time zone 'UTC'",
        "write_date": "now() at time zone 'UTC'",
    }
    scaled_lines = {
        "debit", "credit", "balance", "amount_currency", "amount_residual",
        "amount_residual_currency", "price_subtotal", "price_total", "tax_base_amount",
        "quantity",
    }  # fmt: skip

    def select(cols, alias, over, scaled):
        out = []
        for col, kind in cols:
            if col in over:
                out.append(over[col])
            elif col in scaled and kind == "numeric":
                out.append(f"{alias}.{col} * c.k")
            else:
                out.append(f"{alias}.{col}")
        return ", ".join(out)

    scaled_moves = {c for c, kind in move_cols if c.startswith("amount_") and kind == "numeric"}
    cr.execute(
        f"""INSERT INTO account_move ({", ".join(c for c, _k in move_cols)})
            SELECT {select(move_cols, "m", move_over, scaled_moves)}
              FROM bench_clone c JOIN account_move m ON m.id = c.tmpl ORDER BY c.n"""  # noqa: S608
    )
    cr.execute(
        """CREATE TEMP TABLE bench_line ON COMMIT DROP AS
           SELECT nextval('account_move_line_id_seq') AS new_line, l.id AS old_line, c.n
             FROM bench_clone c JOIN account_move_line l ON l.move_id = c.tmpl
            ORDER BY c.n, l.id"""
    )
    cr.execute(
        f"""INSERT INTO account_move_line ({", ".join(c for c, _k in line_cols)})
            SELECT {select(line_cols, "l", line_over, scaled_lines)}
              FROM bench_line b JOIN bench_clone c ON c.n = b.n
              JOIN account_move_line l ON l.id = b.old_line"""  # noqa: S608
    )
    created = cr.rowcount
    for table, column in (
        ("account_account_tag_account_move_line_rel", "account_account_tag_id"),
        ("account_move_line_account_tax_rel", "account_tax_id"),
    ):
        cr.execute(
            f"""INSERT INTO {table} (account_move_line_id, {column})
                SELECT b.new_line, r.{column} FROM bench_line b
                  JOIN {table} r ON r.account_move_line_id = b.old_line"""  # noqa: S608
        )
    cr.execute("DROP TABLE bench_line; DROP TABLE bench_clone")
    env.invalidate_all()
    return have + created


def check_balanced(env, company, year):
    env.cr.execute(
        """SELECT COUNT(*) FROM (SELECT move_id FROM account_move_line
            WHERE company_id = %s AND date BETWEEN %s AND %s
            GROUP BY move_id HAVING SUM(debit) != SUM(credit) OR SUM(balance) != 0) x""",
        (company.id, date(year, 1, 1), date(year, 12, 31)),
    )
    unbalanced = env.cr.fetchone()[0]
    if unbalanced:
        raise SystemExit(f"{unbalanced} unbalanced entries at {company.name}")


def swiss_return(env, company, year, out):
    env = env(context=dict(env.context, allowed_company_ids=[company.id], lang="en_US"))
    start, end = date(year, 4, 1), date(year, 6, 30)
    env.cr.execute(
        """SELECT COUNT(*) FROM account_move_line
            WHERE company_id = %s AND parent_state = 'posted' AND date BETWEEN %s AND %s""",
        (company.id, start, end),
    )
    count = env.cr.fetchone()[0]
    record = env["account.vat.return"].create(
        {"company_id": company.id, "country_code": "CH", "date_from": start, "date_to": end}
    )
    env.cr.commit()
    started = time.perf_counter()
    record.action_check()
    env.flush_all()
    seconds = time.perf_counter() - started
    env.cr.commit()
    say(f"1. Swiss return {start} - {end}: {record.state}, checks: "
        + (", ".join(f"{c.code} ({c.severity})" for c in record.check_ids) or "none"))  # fmt: skip
    if record.state != "checked":
        raise SystemExit("the Swiss return did not pass its checks")
    if not record.action_build_ech0217():
        raise SystemExit(f"eCH-0217 file refused: {record.ech_messages}")
    path = out / record.ech_filename
    path.write_bytes(base64.b64decode(record.ech_file))
    say(f"   eCH-0217: {path} ({record.ech_messages})")
    return record, seconds, count


def our_fec(env, company, year, out):
    env = env(context=dict(env.context, allowed_company_ids=[company.id]))
    wizard = env["account.fec.export"].create(
        {"company_id": company.id, "date_from": date(year, 1, 1), "date_to": date(year, 12, 31)}
    )
    started = time.perf_counter()
    wizard.action_export()
    env.flush_all()
    seconds = time.perf_counter() - started
    path = out / wizard.fec_filename
    path.write_bytes(base64.b64decode(wizard.fec_file))
    say(
        f"2. our FEC: {wizard.line_count} lines, {wizard.entry_count} entries in {seconds:.2f} s, "
        f"{wizard.error_count} errors, {wizard.warning_count} warnings: "
        + ", ".join(sorted({f.code for f in wizard.finding_ids}))
    )
    say(f"   {path}")
    return wizard.line_count, seconds


def odoo_fec(env, company, year, out):
    env = env(context=dict(env.context, allowed_company_ids=[company.id]))
    lock = company.fiscalyear_lock_date
    wizard = env["l10n_fr.fec.export.wizard"].create(
        {"date_from": date(year, 1, 1), "date_to": date(year, 12, 31), "test_file": True}
    )
    started = time.perf_counter()
    result = wizard.generate_fec()
    seconds = time.perf_counter() - started
    content = result["file_content"]
    lines = content.count(b"\n")  # the header and every line but the last end with CRLF
    path = out / f"odoo_{result['file_name']}"
    path.write_bytes(content)
    if company.fiscalyear_lock_date != lock:
        raise SystemExit("Odoo's FEC generator locked the fiscal year")
    say(f"3. Odoo's FEC: {lines} lines in {seconds:.2f} s: {path}")
    return lines, seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--items", type=int, default=50_000, help="journal items per company")
    parser.add_argument("--db", default=f"fincycle_bench_vat_{os.getpid()}")
    parser.add_argument("--keep-db", action="store_true")
    parser.add_argument("--template", help="copy this demo database instead of installing")
    parser.add_argument("--profile", action="store_true", help="cProfile our FEC export")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    os.chdir(ROOT)
    args.out.mkdir(parents=True, exist_ok=True)
    out = args.out.resolve()
    year = date.today().year - 1
    create_demo_database(args.db, args.template)
    env, cr = benchlib.odoo_env(args.db)
    try:
        companies = {key: env.ref(f"{MODULE}.company_{key}") for key in (SWISS, FRENCH)}
        for company in companies.values():
            started = time.perf_counter()
            templates = make_templates(env, company, year)
            total = clone_year(env, company, templates, year, args.items)
            check_balanced(env, company, year)
            cr.commit()
            say(f"{company.name}: {total} journal items in {year} "
                f"({time.perf_counter() - started:.0f} s)")  # fmt: skip
        env.invalidate_all()
        record, seconds, count = swiss_return(env, companies[SWISS], year, out)
        # Each FEC generator twice, one after the other (ours, Odoo's, ours, Odoo's): the first
        # runs warm the database's caches for both; the faster run of each counts.
        ours_runs, theirs_runs = [], []
        for _round in range(2):
            profiler = None
            if args.profile and _round:
                import cProfile  # noqa: PLC0415

                profiler = cProfile.Profile()
                profiler.enable()
            ours, ours_s = our_fec(env, companies[FRENCH], year, out)
            if profiler:
                import pstats  # noqa: PLC0415

                profiler.disable()
                pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
            cr.rollback()
            theirs, theirs_s = odoo_fec(env, companies[FRENCH], year, out)
            cr.rollback()
            ours_runs.append(ours_s)
            theirs_runs.append(theirs_s)
        ours_s, theirs_s = min(ours_runs), min(theirs_runs)
        print(f"return {seconds:.2f} s for {count} journal items")
        print(f"fec {ours / ours_s:.0f} lines/s")
        print(f"odoo fec {theirs / theirs_s:.0f} lines/s")
        for line in record.line_ids.sorted("sequence"):
            print(f"box {line.box} {line.amount:.2f}")
    finally:
        cr.close()
        import odoo.sql_db  # noqa: PLC0415

        odoo.sql_db.close_db(args.db)
        if not args.keep_db:
            subprocess.run(["dropdb", "--if-exists", args.db], check=False)


if __name__ == "__main__":
    main()
