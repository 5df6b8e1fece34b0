#!/usr/bin/env python3
# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Issuance delay per month: how long after the end of their work the customer invoices of a
database were sent (account_move_tracking_fincycle).

Reads, read-only, every posted customer invoice of every company that has a "work done by"
date (``work_end_date``) and its first sending (``tracking_sent_date``); the delay runs from
the end of the work day in the company's time zone to the sending. The months are those of
the work end (November's line: how November's work was invoiced). The figures come from
``fincycle.billing.issuance.monthly_figures``. Prints exactly, per month, oldest first::

    issuance <YYYY-MM>: <N> invoices sent, median <X> d, max <Y> d, within 48 h <P>%

Usage: .venv/bin/python scripts/bench/issuance_delay.py --db NAME [--config odoo.conf]
"""

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from fincycle.billing import issuance  # noqa: E402

QUERY = """
    SELECT m.work_end_date, m.tracking_sent_date, m.company_id
      FROM account_move m
     WHERE m.move_type = 'out_invoice'
       AND m.state = 'posted'
       AND m.work_end_date IS NOT NULL
     ORDER BY m.work_end_date, m.id
"""


def read_pairs(db, config):
    """``(work_end, sent or None, company time zone)`` of the database's invoices."""
    import odoo  # noqa: PLC0415 - Odoo is configured first
    from odoo.modules.registry import Registry  # noqa: PLC0415
    from odoo.tools import config as odoo_config  # noqa: PLC0415

    os.chdir(ROOT)  # the configuration's paths are relative to the project root
    odoo_config.parse_config(["-c", config, "-d", db, "--log-level=warn"])
    registry = Registry(db)
    with registry.cursor() as cr:
        env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
        if "tracking_sent_date" not in env["account.move"]._fields:
            sys.exit(f"{db}: account_move_tracking_fincycle is not installed")
        cr.execute(QUERY)
        rows = cr.fetchall()
        zones = {
            company.id: company._fincycle_tz()
            for company in env["res.company"].browse({row[2] for row in rows})
        }
        return [(work_end, sent, zones[company_id]) for work_end, sent, company_id in rows]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="database to read")
    parser.add_argument("--config", default=str(ROOT / "odoo.conf"), help="Odoo configuration")
    parser.add_argument(
        "--hours", type=float, default=issuance.TARGET_HOURS, help="the target (48 hours)"
    )
    args = parser.parse_args(argv)
    pairs = read_pairs(args.db, args.config)
    for figures in issuance.monthly_figures(pairs, hours=args.hours):
        print(figures.line(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
