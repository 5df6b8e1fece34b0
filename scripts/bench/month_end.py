#!/usr/bin/env python3
# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Month-end time invoicing benchmark, in one run on one fresh database.

Two companies with identical data built through the real code path: N customers, each
with sale orders selling hours (a service invoiced on timesheets) and the project of each
order with its timesheets over last month. Timed in the same run:

  1. our month-end (sale_timesheet_invoice_fincycle) on the first company: one invoice per
     order through Odoo's invoicing, each order in its own savepoint, every invoice through
     the approval rules and posted, the run logged; committed
  2. the anchor: Odoo's own "Create Invoice" wizard (sale.advance.payment.inv, delivered
     quantities, last month's dates, one invoice per order) on the second company's
     identical orders, then the same invoices posted; committed
  3. a second month-end run on the first company: nothing created

Prints exactly::

    month-end <N> invoices in <S> s, anchor <T> s, ratio <R>x

With ``--demo-db DB``, runs the month-end of last month for every company of an existing
database (the demo's) instead, rolled back unless ``--commit``, and prints::

    month-end demo: <N> invoices (<P> posted, <W> waiting approval) in <S> s

Usage: .venv/bin/python scripts/bench/month_end.py [--customers 50] [--orders 2]
       [--timesheets 12] [--db NAME] [--keep-db]
       .venv/bin/python scripts/bench/month_end.py --demo-db fincycle_demo [--commit]
"""

import argparse
import os
import subprocess
import sys
import time
from datetime import date, timedelta

import benchlib
from benchlib import ROOT, say

MODULE = "sale_timesheet_invoice_fincycle"
EMPLOYEES = 5  # per company
PRICE = 100.0  # per hour: an order's month stays under the 2,000 approval limit


def previous_month(today):
    end = today.replace(day=1) - timedelta(days=1)
    return end.replace(day=1), end


def setup_company(env, name, sizes, start, end):
    """A company with ``customers`` customers x ``orders`` confirmed sale orders selling
    hours, each with its project and ``timesheets`` timesheets over the month (every
    fourth one FORFAIT or INTERNE, never billed by the hour). Returns the company and its
    orders."""
    from odoo import Command  # noqa: PLC0415

    customers, orders, timesheets = sizes
    company = env["res.company"].create({"name": name})
    env.user.company_ids |= company
    env["account.chart.template"].try_loading("generic_coa", company=company, install_demo=False)
    env = env(context=dict(env.context, allowed_company_ids=[company.id]))
    hour = env["product.product"].create(
        {
            "name": f"Consulting hour ({name})",
            "type": "service",
            "invoice_policy": "delivery",
            "service_type": "timesheet",
            "service_tracking": "no",
            "uom_id": env.ref("uom.product_uom_hour").id,
            "list_price": PRICE,
            "taxes_id": [Command.clear()],
            "company_id": company.id,
        }
    )
    employees = env["hr.employee"].create(
        [{"name": f"{name} employee {n}", "company_id": company.id} for n in range(EMPLOYEES)]
    )
    days = [start + timedelta(days=d) for d in range((end - start).days + 1)]
    all_orders = env["sale.order"]
    sheets = []
    categories = [False, "FACTURABLE", "FORFAIT", "INTERNE"]
    for c in range(customers):
        partner = env["res.partner"].create({"name": f"{name} customer {c}"})
        for o in range(orders):
            order = env["sale.order"].create(
                {
                    "partner_id": partner.id,
                    "company_id": company.id,
                    "order_line": [Command.create({"product_id": hour.id, "product_uom_qty": 1})],
                }
            )
            order.action_confirm()
            project = env["project.project"].create(
                {
                    "name": f"{partner.name} {o}",
                    "company_id": company.id,
                    "partner_id": partner.id,
                    "allow_timesheets": True,
                    "allow_billable": True,
                    "sale_line_id": order.order_line.id,
                }
            )
            for t in range(timesheets):
                sheets.append(
                    {
                        "project_id": project.id,
                        "employee_id": employees[(c + t) % EMPLOYEES].id,
                        "date": days[(c * 7 + o * 3 + t * 2) % len(days)],
                        "unit_amount": 0.25 + (t % 4) * 0.5,
                        "name": f"Work {t} for {partner.name}",
                        "clockify_category": categories[t % 4],
                        "company_id": company.id,
                    }
                )
            # one timesheet after the month: it stays for the next month
            sheets.append(dict(sheets[-1], date=end + timedelta(days=1), name="Next month"))
            all_orders |= order
    env["account.analytic.line"].create(sheets)
    env.flush_all()
    return company, all_orders


def run_ours(env, company, start, end):
    Run = env["timesheet.invoice.run"].with_company(company)
    started = time.perf_counter()
    run = Run._run(company, start, end, trigger="manual", invoice=True)
    env.cr.commit()
    return time.perf_counter() - started, run.sudo()


def run_anchor(env, company, orders, start, end):
    env = env(context=dict(env.context, allowed_company_ids=[company.id]))
    orders = orders.with_env(env)
    started = time.perf_counter()
    wizard = (
        env["sale.advance.payment.inv"]
        .with_context(active_model="sale.order", active_ids=orders.ids)
        .create(
            {
                "advance_payment_method": "delivered",
                "date_start_invoice_timesheet": start,
                "date_end_invoice_timesheet": end,
                "consolidated_billing": False,
            }
        )
    )
    wizard.create_invoices()
    moves = orders.invoice_ids.filtered(lambda m: m.state == "draft")
    moves.action_post()
    env.cr.commit()
    return time.perf_counter() - started, moves


def demo(args):
    env, cr = benchlib.odoo_env(args.demo_db)
    try:
        today = date.today()
        start, end = previous_month(today)
        companies = env["res.company"].search([("time_invoice_enabled", "=", True)])
        started = time.perf_counter()
        runs = env["timesheet.invoice.run"]
        for company in companies:
            runs |= (
                env["timesheet.invoice.run"]
                .with_company(company)
                ._run(company, start, end, trigger="manual", invoice=True)
            )
        seconds = time.perf_counter() - started
        runs = runs.sudo()
        for run in runs.filtered("created_count"):
            say(f"{run.company_id.name}, {start} to {end}:\n{run.detail}")
        created = sum(runs.mapped("created_count"))
        posted = sum(runs.mapped("posted_count"))
        waiting = sum(runs.mapped("waiting_count"))
        if args.commit:
            cr.commit()
        else:
            cr.rollback()
        print(
            f"month-end demo: {created} invoices ({posted} posted, {waiting} waiting approval)"
            f" in {seconds:.2f} s"
        )
    finally:
        cr.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--customers", type=int, default=50)
    parser.add_argument("--orders", type=int, default=2, help="sale orders per customer")
    parser.add_argument("--timesheets", type=int, default=12, help="per sale order")
    parser.add_argument("--db", default=f"fincycle_bench_month_end_{os.getpid()}")
    parser.add_argument("--keep-db", action="store_true")
    parser.add_argument("--profile", action="store_true", help="cProfile our month-end (step 1)")
    parser.add_argument("--demo-db", help="run last month's month-end on this database")
    parser.add_argument("--commit", action="store_true", help="with --demo-db: keep it")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    os.chdir(ROOT)
    if args.demo_db:
        demo(args)
        return
    benchlib.create_database(args.db, MODULE)
    env, cr = benchlib.odoo_env(args.db)
    try:
        start, end = previous_month(date.today())
        data = {}
        for name in ("Month-end ours", "Month-end anchor"):
            data[name] = setup_company(
                env, name, (args.customers, args.orders, args.timesheets), start, end
            )
            cr.commit()
        # warm-up, not timed: the first invoices of a database fill caches (taxes, accounts,
        # sequences, reports' views) neither side should pay for alone
        warm, _warm_orders = setup_company(env, "Month-end warm-up", (2, 1, 2), start, end)
        cr.commit()
        run_ours(env, warm, start, end)
        orders = args.customers * args.orders
        say(f"2 companies x {orders} sale orders x {args.timesheets} timesheets, {start} to {end}")

        # 1. ours
        profiler = None
        if args.profile:
            import cProfile  # noqa: PLC0415

            profiler = cProfile.Profile()
            profiler.enable()
        ours, run = run_ours(env, data["Month-end ours"][0], start, end)
        if profiler:
            import pstats  # noqa: PLC0415

            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(45)
        say(
            f"1. our month-end: {run.created_count} created, {run.posted_count} posted, "
            f"{run.waiting_count} waiting, {run.failed_count} failed in {ours:.2f} s"
        )
        if run.created_count != orders or run.failed_count:
            raise SystemExit(f"expected {orders} invoices, no failure:\n{run.detail}")

        # 2. the anchor: Odoo's wizard on the identical copy
        company, anchor_orders = data["Month-end anchor"]
        anchor, moves = run_anchor(env, company, anchor_orders, start, end)
        say(f"2. Odoo's Create Invoice wizard + post: {len(moves)} invoices in {anchor:.2f} s")
        ours_total = sum(run.move_ids.mapped("amount_total"))
        anchor_total = sum(moves.mapped("amount_total"))
        if len(moves) != orders or abs(ours_total - anchor_total) > 0.01:
            raise SystemExit(
                f"the anchor differs: {len(moves)} invoices, {anchor_total} vs {ours_total}"
            )

        # 3. again: nothing
        again, rerun = run_ours(env, data["Month-end ours"][0], start, end)
        say(f"3. second run: {rerun.created_count} created in {again:.2f} s")
        if rerun.created_count:
            raise SystemExit("a second run created invoices")

        print(
            f"month-end {run.created_count} invoices in {ours:.2f} s, "
            f"anchor {anchor:.2f} s, ratio {ours / anchor:.2f}x"
        )
    finally:
        cr.close()
        import odoo.sql_db  # noqa: PLC0415

        odoo.sql_db.close_db(args.db)
        if not args.keep_db:
            subprocess.run(["dropdb", "--if-exists", args.db], check=False)


if __name__ == "__main__":
    main()
