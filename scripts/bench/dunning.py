# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Dunning bench: our 9:00 cron against OCA credit control's own run, on the same data.

    .venv/bin/python scripts/bench/dunning.py [--invoices 10000] [--overdue 2000] [--fresh]

1. Builds (or reuses) the database ``--db`` (default ``h9_bench``): 5 companies with the generic
   chart (so each gets our three-level policy), 200 customers each, ``--invoices`` open customer
   invoices of which ``--overdue`` are 16-60 days past due (level 1 for all), and one open
   dispute for every 20th overdue invoice. Invoices are made fast: ``account.move.create`` on
   lists of 250 minimal invoices (one line, no tax, tracking and chatter off), then
   ``action_post`` on the whole list, committed per list (10,000 in about 15 minutes on two
   cores, with the five companies' localizations installed on the way). A company created
   with a country gets its localization's chart at the commit, which replaces the generic one
   loaded first: the default policy then has no receivable account left, and the bench gives
   them back (it says so).
2. Copies it (``createdb -T``) to ``<db>_run`` so every bench starts from the same data.
3. OCA's own run, per company: ``credit.control.run`` create + ``generate_credit_lines`` +
   ``set_to_ready_lines`` + ``run_channel_action`` (communications and e-mails as OCA sends
   them), with this module's overrides of those steps switched off for the timing (pause rules,
   resume SQL, partial disputes, PDF attachment). Timed, then rolled back.
4. Our cron ``credit.control.run._cron_fincycle_daily_reminders`` at 12:00 UTC (past 9:00 in
   every company's time zone), timed; then the same cron again the same day, and once more with
   the company's last-run date cleared: the e-mails created by these re-runs are counted.

No e-mail leaves the machine: ``ir.mail_server.send_email`` is replaced by a counter, and the
runs are made with ``mail_notify_force_send=False`` (e-mails stay queued as ``mail.mail``).
The invoices' PDFs are not attached unless ``--pdf`` (2,000 wkhtmltopdf renderings on two cores
would time the renderer, not the run; OCA's own run attaches none).
"""

import argparse
import random
import subprocess
import sys
import time
from contextlib import ExitStack, contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from unittest.mock import patch

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts" / "bench"))

from benchlib import create_database, say  # noqa: E402

MODULE = "account_credit_control_fincycle"
COMPANIES = (
    ("Bench Treuhand AG", "CHF", "CH", "Europe/Zurich"),
    ("Bench Conseil SAS", "EUR", "FR", "Europe/Paris"),
    ("Bench Beratung GmbH", "EUR", "DE", "Europe/Berlin"),
    ("Bench Consulenza Srl", "EUR", "IT", "Europe/Rome"),
    ("Bench Consulting Ltd", "GBP", "UK", "Europe/London"),
)
CUSTOMERS_PER_COMPANY = 200
LANGS = ("en_US", "fr_FR", "de_DE", "it_IT")
BATCH = 250


def db_exists(db):
    out = subprocess.run(["psql", "-Atl"], capture_output=True, text=True, check=False)
    return db in {line.split("|", 1)[0] for line in out.stdout.splitlines()}


def open_env(db):
    import odoo  # noqa: PLC0415 - configured first
    from odoo.modules.registry import Registry  # noqa: PLC0415
    from odoo.tools import config  # noqa: PLC0415

    config.parse_config(["-c", str(ROOT / "odoo.conf"), "-d", db, "--log-level=warn"])
    registry = Registry(db)
    cr = registry.cursor()
    ctx = {"tracking_disable": True, "mail_create_nolog": True, "mail_notrack": True}
    return odoo.api.Environment(cr, odoo.SUPERUSER_ID, ctx), cr


def close_all():
    from odoo.modules.registry import Registry  # noqa: PLC0415
    from odoo.sql_db import close_all as close_db  # noqa: PLC0415

    Registry.registries.clear()
    close_db()


# ------------------------------------------------------------------------------------------
# Data
# ------------------------------------------------------------------------------------------
def build(env, cr, invoices, overdue, today):
    from odoo import Command  # noqa: PLC0415

    rng = random.Random(14)
    for code in LANGS[1:]:
        env["res.lang"]._activate_lang(code)
    env["res.company"].search([]).write({"dunning_auto": False})
    per_company = invoices // len(COMPANIES)
    overdue_per_company = overdue // len(COMPANIES)
    company_fields = env["res.company"]._fields
    started = time.monotonic()
    for index, (name, currency, country, tz) in enumerate(COMPANIES):
        env.ref(f"base.{currency}").active = True
        company = env["res.company"].create(
            {
                "name": name,
                "currency_id": env.ref(f"base.{currency}").id,
                "country_id": env.ref(f"base.{country.lower()}").id,
                "email": f"accounting@bench{index}.example",
                "dunning_auto": True,
                # partner_autocomplete would ask the Internet about the company's domain
                **(
                    {"iap_enrich_auto_done": True}
                    if "iap_enrich_auto_done" in company_fields
                    else {}
                ),
            }
        )
        env["account.chart.template"].try_loading(
            "generic_coa", company=company, install_demo=False
        )
        company.currency_id = env.ref(f"base.{currency}")
        company.partner_id.tz = tz
        env.user.company_ids |= company
        # no PDF unless asked: set on the policy levels, both runs read the same policy
        company.credit_policy_id.level_ids.write({"attach_invoice_pdf": False})
        customers = env["res.partner"].create(
            [
                {
                    "name": f"Customer {index}-{n:03d}",
                    "email": f"ap{n}@customer{index}.example",
                    "is_company": True,
                    "lang": LANGS[n % len(LANGS)],
                }
                for n in range(CUSTOMERS_PER_COMPANY)
            ]
        )
        cr.commit()
        Move = env["account.move"].with_company(company)
        made = 0
        while made < per_company:
            vals = []
            for n in range(made, min(made + BATCH, per_company)):
                if n < overdue_per_company:
                    due = today - timedelta(days=rng.randint(16, 60))
                else:
                    due = today + timedelta(days=rng.randint(1, 30))
                vals.append(
                    {
                        "move_type": "out_invoice",
                        "partner_id": customers[n % len(customers)].id,
                        "invoice_date": min(due - timedelta(days=30), today),
                        "invoice_date_due": due,
                        "invoice_line_ids": [
                            Command.create(
                                {
                                    "name": "Consulting",
                                    "quantity": 1,
                                    "price_unit": rng.randint(100, 5000),
                                    "tax_ids": [],
                                }
                            )
                        ],
                    }
                )
            moves = Move.create(vals)
            moves.action_post()
            made += len(vals)
            cr.commit()
            env.invalidate_all()
            say(
                f"{name}: {made}/{per_company} invoices posted "
                f"({time.monotonic() - started:.0f} s since start)"
            )
        disputed = (
            Move.search(
                [
                    ("company_id", "=", company.id),
                    ("move_type", "=", "out_invoice"),
                    ("invoice_date_due", "<", today - timedelta(days=15)),
                ],
                order="id",
            )
        )[::20]
        env["account.dispute"].with_company(company).create(
            [
                {
                    "invoice_ids": [Command.set(move.ids)],
                    "partner_id": move.partner_id.id,
                    "company_id": company.id,
                    "category": "contestation",
                }
                for move in disputed
            ]
        )
        cr.commit()
    say(f"built {invoices} invoices in {time.monotonic() - started:.0f} s")


def ensure_policy_accounts(companies):
    """A company created with a country gets its localization installed, whose chart load
    leaves our default policy without receivable accounts: give them (and say so)."""
    for company in companies:
        policy = company.credit_policy_id
        if not policy.account_ids:
            say(f"{company.name}: default policy without receivable accounts; set them")
            policy.account_ids = company._fincycle_receivable_accounts()


def bench_companies(env):
    return env["res.company"].search([("name", "in", [c[0] for c in COMPANIES])], order="id")


# ------------------------------------------------------------------------------------------
# Runs
# ------------------------------------------------------------------------------------------
@contextmanager
def oca_only(env):
    """Switch this module's overrides of the run's steps back to OCA's own methods."""
    from odoo.addons.account_credit_control.models import (  # noqa: PLC0415
        credit_control_communication as oca_comm,
    )
    from odoo.addons.account_credit_control.models import (  # noqa: PLC0415
        credit_control_line as oca_line,
    )
    from odoo.addons.account_credit_control.models import (  # noqa: PLC0415
        credit_control_policy as oca_policy,
    )
    from odoo.addons.account_credit_control.models import (  # noqa: PLC0415
        credit_control_run as oca_run,
    )

    swaps = (
        ("credit.control.run", oca_run.CreditControlRun, ("_generate_credit_lines", "_check_run_date")),
        ("credit.control.policy.level", oca_policy.CreditControlPolicyLevel, ("get_level_lines", "_get_sql_level_part")),
        ("credit.control.line", oca_line.CreditControlLine, ("_prepare_from_move_line", "create_or_update_from_mv_lines")),
        ("credit.control.communication", oca_comm.CreditControlCommunication, ("_send_communications_by_email",)),
    )  # fmt: skip
    with ExitStack() as stack:
        for model, oca_class, names in swaps:
            for name in names:
                stack.enter_context(patch.object(type(env[model]), name, oca_class.__dict__[name]))
        yield


def oca_run(env, companies, date):
    Run = env["credit.control.run"]
    for company in companies:
        policies = env["credit.control.policy"].search(
            [("company_id", "in", [company.id, False]), ("do_nothing", "=", False)]
        )
        run = Run.with_company(company).create(
            {"date": date, "company_id": company.id, "policy_ids": [(6, 0, policies.ids)]}
        )
        run.generate_credit_lines()
        run.set_to_ready_lines()
        run.run_channel_action()


def new_mails(env, since_id):
    env.flush_all()
    return env["mail.mail"].search_count([("id", ">", since_id)])


def last_mail_id(env):
    env.flush_all()
    return env["mail.mail"].search([], order="id desc", limit=1).id or 0


def no_smtp(*_args, **_kwargs):
    SMTP_CALLS[0] += 1
    return "<bench@localhost>"


SMTP_CALLS = [0]


@contextmanager
def run_copy(template, name, pdf):
    """A fresh copy ``name`` of ``template``; yields (env, cr, companies, overdue count)."""
    subprocess.run(["dropdb", "--if-exists", name], check=True)
    subprocess.run(["createdb", "-T", template, name], check=True)
    env, cr = open_env(name)
    try:
        env = env(context=dict(env.context, mail_notify_force_send=False))
        companies = bench_companies(env)
        ensure_policy_accounts(companies)
        if pdf:
            companies.credit_policy_id.level_ids.write({"attach_invoice_pdf": True})
        today = datetime.utcnow().date()
        invoices = [
            ("company_id", "in", companies.ids),
            ("move_type", "=", "out_invoice"),
            ("state", "=", "posted"),
            ("amount_residual", ">", 0),
        ]
        open_count = env["account.move"].search_count(invoices)
        overdue = env["account.move"].search_count(
            [*invoices, ("invoice_date_due", "<", today - timedelta(days=15))]
        )
        say(f"{name}: {len(companies)} companies, {open_count} open invoices, {overdue} overdue")
        cr.commit()
        with patch.object(type(env["ir.mail_server"]), "send_email", no_smtp):
            yield env, cr, companies, overdue
    finally:
        cr.close()
        close_all()


def time_oca(template, name, pdf):
    """OCA's own run on a fresh copy; rolled back after counting."""
    with run_copy(template, name, pdf) as (env, cr, companies, _overdue):
        first_id = last_mail_id(env)
        with oca_only(env):
            started = time.monotonic()
            oca_run(env, companies, datetime.utcnow().date())
            env.flush_all()
            seconds = time.monotonic() - started
        mails = new_mails(env, first_id)
        lines = env["credit.control.line"].search_count([("company_id", "in", companies.ids)])
        cr.rollback()
        say(f"OCA run: {lines} lines, {mails} e-mails queued, {seconds:.1f} s")
        return seconds


def time_ours(template, name, pdf):
    """Our cron at 12:00 UTC (past 9:00 in every company) on a fresh copy, then the same day
    again (as the hourly scheduler would, and forced with the last-run date cleared)."""
    with run_copy(template, name, pdf) as (env, cr, companies, overdue):
        now = datetime.combine(datetime.utcnow().date(), datetime.min.time()).replace(hour=12)
        first_id = last_mail_id(env)
        started = time.monotonic()
        env["credit.control.run"]._cron_fincycle_daily_reminders(now=now)
        env.flush_all()
        seconds = time.monotonic() - started
        mails = new_mails(env, first_id)
        runs = env["credit.control.run"].search([("company_id", "in", companies.ids)])
        say(
            f"our run: {len(runs.line_ids)} lines, {sum(runs.mapped('held_line_count'))} held "
            f"(disputes), {mails} e-mails queued, {sum(runs.mapped('error_count'))} failed, "
            f"{seconds:.1f} s"
        )
        second_id = last_mail_id(env)
        env["credit.control.run"]._cron_fincycle_daily_reminders(now=now + timedelta(hours=1))
        hourly = new_mails(env, second_id)
        companies.write({"dunning_last_run_date": False})
        env["credit.control.run"]._cron_fincycle_daily_reminders(now=now + timedelta(hours=2))
        forced = new_mails(env, second_id)
        cr.commit()
        return seconds, overdue, hourly, forced


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="h9_bench")
    parser.add_argument("--invoices", type=int, default=10000)
    parser.add_argument("--overdue", type=int, default=2000)
    parser.add_argument("--fresh", action="store_true", help="rebuild the database")
    parser.add_argument("--pdf", action="store_true", help="attach the invoices' PDFs")
    parser.add_argument(
        "--ours-first", action="store_true", help="time our run before OCA's (order effects)"
    )
    args = parser.parse_args(argv)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))

    if args.fresh or not db_exists(args.db):
        create_database(args.db, MODULE)
        env, cr = open_env(args.db)
        try:
            build(env, cr, args.invoices, args.overdue, datetime.utcnow().date())
            cr.commit()
        finally:
            cr.close()
            close_all()
    else:
        say(f"reusing {args.db}")

    run_db = f"{args.db}_run"
    if args.ours_first:
        ours, overdue, hourly, forced = time_ours(args.db, run_db, args.pdf)
        oca = time_oca(args.db, run_db, args.pdf)
    else:
        oca = time_oca(args.db, run_db, args.pdf)
        ours, overdue, hourly, forced = time_ours(args.db, run_db, args.pdf)
    print(
        f"dunning run {ours:.1f} s for {overdue} overdue invoices "
        f"(OCA run {oca:.1f} s, ratio {ours / oca:.2f})",
        flush=True,
    )
    print(f"second run same day: {forced} e-mails", flush=True)
    say(
        f"(hourly re-run {hourly} e-mails; forced re-run with the last-run date cleared "
        f"{forced}; SMTP calls {SMTP_CALLS[0]})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
