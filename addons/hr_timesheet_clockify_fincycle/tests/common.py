# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Two companies, each with a Clockify connection to the same fake workspace (one FakeClockify
on 127.0.0.1), an employee and a timesheet project."""

from datetime import date, datetime, time, timedelta, timezone
from unittest.mock import patch

from odoo import fields

from odoo.addons.fincycle_base.tests.common import FincycleHttpTestMixin

from fincycle.http import HttpPolicy
from fincycle.testing.fake_clockify import FakeClockify

FAST = HttpPolicy(
    max_attempts=3,
    backoff_initial=0.01,
    backoff_max=0.02,
    backoff_jitter=0.0,
    connect_timeout=5,
    read_timeout=10,
    max_retry_after=3,
)


def last_sunday(year, month):
    day = date(year, month + 1, 1) - timedelta(days=1) if month < 12 else date(year, 12, 31)
    return day - timedelta(days=(day.weekday() + 1) % 7)


class ClockifyCommon(FincycleHttpTestMixin):
    fake = None

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.fake = FakeClockify()
        cls.fake.start()
        cls.addClassCleanup(cls.fake.stop)
        Integration = type(cls.env["fincycle.integration"])
        cls.startClassPatcher(patch.object(Integration, "_clockify_http_policy", lambda self: FAST))
        cls.company_a = cls.env["res.company"].create({"name": "Seeblick A"})
        cls.company_b = cls.env["res.company"].create({"name": "Seeblick B"})
        cls.employee_a = cls._employee(cls.company_a, "Jane Doe", "jane@example.com")
        cls.employee_b = cls._employee(cls.company_b, "Jane Doe", "jane@example.com")
        cls.project_a = cls._project(cls.company_a, "ACME website")
        cls.project_b = cls._project(cls.company_b, "ACME website")
        cls.account_a = cls._integration(cls.company_a, "Clockify A")
        cls.account_b = cls._integration(cls.company_b, "Clockify B")
        cls.Line = cls.env["account.analytic.line"]
        cls.today = fields.Date.context_today(cls.account_a)

    @classmethod
    def _employee(cls, company, name, email):
        return cls.env["hr.employee"].create(
            {"name": name, "work_email": email, "company_id": company.id, "tz": "Europe/Zurich"}
        )

    @classmethod
    def _project(cls, company, name):
        return cls.env["project.project"].create(
            {"name": name, "company_id": company.id, "allow_timesheets": True}
        )

    @classmethod
    def _integration(cls, company, name):
        account = cls.env["fincycle.integration"].create(
            {
                "name": name,
                "provider": "clockify",
                "company_id": company.id,
                # a test server: webhooks may call back over http
                "environment": "sandbox",
                "clockify_workspace_id": cls.fake.workspace_id,
            }
        )
        # A system administrator points it at the fake, then enters the key.
        account.write({"base_url": cls.fake.api_url, "clockify_reports_url": cls.fake.reports_url})
        account.write({"api_key": cls.fake.api_key, "state": "connected"})
        return account

    def setUp(self):
        super().setUp()
        self.fake.reset()
        self.jane = self.fake.add_user("Jane Doe", "jane@example.com", "Europe/Zurich")
        self.acme = self.fake.add_project("ACME website", self.fake.add_client("ACME SA")["id"])
        self.account_a.action_clockify_refresh_mappings()

    # -- helpers -----------------------------------------------------------------------------
    def at(self, days_ago, hour, minute=0):
        """A UTC instant ``days_ago`` days before today, at ``hour`` UTC."""
        day = self.today - timedelta(days=days_ago)
        return datetime.combine(day, time(hour, minute), tzinfo=timezone.utc)

    def entry(self, start, end, **kwargs):
        kwargs.setdefault("project_id", self.acme["id"])
        kwargs.setdefault("description", "Odoo upgrade")
        return self.fake.add_entry(self.jane["id"], start, end, **kwargs)

    def pull(self, account=None, page_size=1000):
        run = (
            (account or self.account_a)
            .with_company((account or self.account_a).company_id)
            ._clockify_pull(page_size=page_size)
        )
        self.assertEqual(run.state, "done", run.error)
        return run

    def lines(self, account=None):
        account = account or self.account_a
        return self.Line.search([("clockify_integration_id", "=", account.id)], order="date, id")

    def line(self, entry, account=None):
        account = account or self.account_a
        return self.Line.search(
            [("clockify_entry_id", "=", entry["id"]), ("company_id", "=", account.company_id.id)]
        )
