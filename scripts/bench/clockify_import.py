#!/usr/bin/env python3
# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Clockify → timesheets benchmark, in one run on one fresh database.

Five companies, each with its Clockify connection to its own fake workspace
(fincycle.testing.fake_clockify, contract-following, on 127.0.0.1, served by a process of its
own as Clockify is another machine): N entries in all (default
20,000) over the last month, spread over the companies' users and projects. Timed in the same
run:

  1. our import: each connection's pull (detailed report paged by 1000 through the real client,
     mapping, idempotence by entry id, categories), committed
  2. the floor: a bare ORM ``account.analytic.line.create`` of the same timesheets
  3. a full re-delivery: every connection pulls again (nothing created)

Prints exactly::

    import <X> entries/s, floor <Y> entries/s
    re-delivery <Z> entries/s

Usage: .venv/bin/python scripts/bench/clockify_import.py [--entries 20000] [--db NAME] [--keep-db]
"""

import argparse
import multiprocessing
import os
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from datetime import time as dtime

import benchlib
from benchlib import ROOT, say

COMPANIES = 5
USERS = 8  # per company
PROJECTS = 6  # per company
DAYS = 30


def serve_fakes(conn, companies, per_company):
    """In a process of its own (Clockify is another machine: its work must not take this
    process's interpreter): one fake workspace per company, filled, served until told to stop.
    Sends ``[(api_url, reports_url, api_key, workspace_id)]`` once ready."""
    from fincycle.testing.fake_clockify import FakeClockify  # noqa: PLC0415

    fakes = []
    today = datetime.now(timezone.utc).date()
    first = datetime.combine(today - timedelta(days=DAYS), dtime.min, tzinfo=timezone.utc)
    for index in range(companies):
        fake = FakeClockify(workspace_id=f"{index:024x}").start()
        users = [
            fake.add_user(f"User {index}-{n}", f"user{n}@company{index}.example.com")
            for n in range(USERS)
        ]
        projects = [
            fake.add_project(f"Project {index}-{n}", fake.add_client(f"Client {index}-{n}")["id"])
            for n in range(PROJECTS)
        ]
        fake.generate(per_company, users, projects, first, days=DAYS)
        fakes.append(fake)
    conn.send([(f.api_url, f.reports_url, f.api_key, f.workspace_id) for f in fakes])
    conn.recv()  # stop
    for fake in fakes:
        fake.stop()


def setup_company(env, index, fake):
    """A company with the employees and projects the fake workspace ``fake`` names, and a
    connection to it with everything mapped."""
    api_url, reports_url, api_key, workspace_id = fake
    company = env["res.company"].create({"name": f"Clockify bench {index}"})
    for number in range(USERS):
        env["hr.employee"].create(
            {"name": f"User {index}-{number}", "company_id": company.id, "tz": "Europe/Zurich",
             "work_email": f"user{number}@company{index}.example.com"}
        )  # fmt: skip
    for number in range(PROJECTS):
        env["project.project"].create(
            {"name": f"Project {index}-{number}", "company_id": company.id,
             "allow_timesheets": True}
        )  # fmt: skip
    account = env["fincycle.integration"].create(
        {
            "name": f"Clockify bench {index}",
            "provider": "clockify",
            "company_id": company.id,
            "environment": "sandbox",
            "clockify_workspace_id": workspace_id,
        }
    )
    account.write({"base_url": api_url, "clockify_reports_url": reports_url})
    account.write({"api_key": api_key, "state": "connected"})
    account.action_clockify_refresh_mappings()
    unmapped = account.clockify_mapping_ids.filtered(
        lambda m: not m.is_mapped and m.kind in ("user", "project")
    )
    # the fake's owner has no entries; every other user and project is suggested by name/e-mail
    assert len(unmapped) == 1, unmapped.mapped("name")
    return account


def warm_up(env, accounts):
    """One timesheet per company created and removed before anything is timed: the first
    timesheet of a company fills caches (analytic accounts, units) that neither the import
    nor the floor, measured after, should pay for alone."""
    for account in accounts:
        company = account.company_id
        employee = env["hr.employee"].search([("company_id", "=", company.id)], limit=1)
        project = env["project.project"].search([("company_id", "=", company.id)], limit=1)
        line = env["account.analytic.line"].with_company(company).create(
            {"employee_id": employee.id, "project_id": project.id, "unit_amount": 1,
             "name": "warm-up", "company_id": company.id}
        )  # fmt: skip
        env.flush_all()
        line.unlink()
    env.cr.commit()


def pull_all(env, accounts):
    """Seconds the pulls of ``accounts`` take, committed, and the runs."""
    started = time.perf_counter()
    runs = []
    for account in accounts:
        run = account.with_company(account.company_id)._clockify_pull()
        env.cr.commit()
        if run.state != "done":
            raise SystemExit(f"pull of {account.name} failed: {run.error}")
        runs.append(run)
    return time.perf_counter() - started, runs


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--entries", type=int, default=20_000)
    parser.add_argument("--db", default=f"fincycle_bench_clockify_{os.getpid()}")
    parser.add_argument("--keep-db", action="store_true")
    parser.add_argument("--profile", action="store_true", help="cProfile our import (step 1)")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    os.chdir(ROOT)
    per_company = args.entries // COMPANIES
    context = multiprocessing.get_context("spawn")
    conn, child_conn = context.Pipe()
    server = context.Process(
        target=serve_fakes, args=(child_conn, COMPANIES, per_company), daemon=True
    )
    server.start()
    benchlib.create_database(args.db, "hr_timesheet_clockify_fincycle")
    env, cr = benchlib.odoo_env(args.db)
    try:
        fakes = conn.recv()
        accounts = [setup_company(env, index, fake) for index, fake in enumerate(fakes)]
        cr.commit()
        warm_up(env, accounts)
        total = per_company * COMPANIES
        say(f"{COMPANIES} companies, {total} entries over {DAYS} days in the fake workspaces")

        # 1. our import
        profiler = None
        if args.profile:
            import cProfile  # noqa: PLC0415

            profiler = cProfile.Profile()
            profiler.enable()
        ours, runs = pull_all(env, accounts)
        if profiler:
            import pstats  # noqa: PLC0415

            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
        created = sum(run.created_count for run in runs)
        say(f"1. our import: {created} timesheets in {ours:.1f} s")
        if created != total:
            raise SystemExit(f"expected {total} timesheets, got {created}")

        # 2. the floor: the same timesheets, bare ORM create
        Line = env["account.analytic.line"]
        fields_ = ["employee_id", "project_id", "date", "unit_amount", "name", "company_id"]
        batches = []
        for account in accounts:
            rows = Line.search_read([("clockify_integration_id", "=", account.id)], fields_)
            batches.append(
                (
                    account.company_id,
                    [{k: v[0] if isinstance(v, tuple) else v for k, v in row.items() if k != "id"}
                     for row in rows],
                )
            )  # fmt: skip
        started = time.perf_counter()
        for company, vals_list in batches:
            Line.with_company(company).create(vals_list)
            env.flush_all()
            cr.commit()
        floor = time.perf_counter() - started
        say(f"2. bare ORM create: {sum(len(b[1]) for b in batches)} timesheets in {floor:.1f} s")

        # 3. a full re-delivery: nothing created
        again, runs = pull_all(env, accounts)
        added = sum(run.created_count + run.updated_count for run in runs)
        say(f"3. re-delivery: {added} created or updated in {again:.1f} s")
        if added:
            raise SystemExit(f"a re-delivery changed {added} timesheets")

        print(f"import {total / ours:.0f} entries/s, floor {total / floor:.0f} entries/s")
        print(f"re-delivery {total / again:.0f} entries/s")
    finally:
        conn.send("stop")
        server.join(30)
        cr.close()
        import odoo.sql_db  # noqa: PLC0415

        odoo.sql_db.close_db(args.db)  # the registry's pool, or dropdb finds it in use
        if not args.keep_db:
            subprocess.run(["dropdb", "--if-exists", args.db], check=False)


if __name__ == "__main__":
    main()
