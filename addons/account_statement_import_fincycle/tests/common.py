# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.addons.fincycle_base.tests.common import make_accounting_company


def make_dummy_feed(env, company_name, journal_name, journal_code):
    """A company with a bank journal fed hourly by the OCA dummy provider (daily statements)."""
    company = make_accounting_company(env, company_name, currency="CHF")
    journal = env["account.journal"].create(
        {
            "name": journal_name,
            "code": journal_code,
            "type": "bank",
            "company_id": company.id,
        }
    )
    provider = env["online.bank.statement.provider"].create(
        {
            "journal_id": journal.id,
            "service": "dummy",
            "interval_type": "hours",
            "interval_number": 1,
            "statement_creation_mode": "daily",
            "tz": "UTC",
        }
    )
    return company, journal, provider
