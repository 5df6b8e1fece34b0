# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The pull through the kit's sync runs against the fake Clockify: pages, 429, idempotence,
updates, deletions, the user's time zone (midnight, DST), running timers, categories, the
mapping, and locked periods corrected instead of rewritten."""

from datetime import datetime, timedelta, timezone

import psycopg2

from odoo.tests import TransactionCase, tagged
from odoo.tools import mute_logger

from fincycle.testing import FakeResponse

from .common import ClockifyCommon, last_sunday


@tagged("post_install", "-at_install")
class TestClockifyPull(ClockifyCommon, TransactionCase):
    def test_mapping_suggests_by_email_and_name_and_lists_the_unmapped(self):
        self.fake.add_user("Nobody Known", "ghost@example.com")
        self.fake.add_project("Unknown project")
        self.account_a.action_clockify_refresh_mappings()
        rows = self.account_a.clockify_mapping_ids
        jane = rows.filtered(lambda r: r.clockify_id == self.jane["id"])
        self.assertEqual((jane.employee_id, jane.match), (self.employee_a, "email"))
        self.assertEqual(jane.time_zone, "Europe/Zurich")
        acme = rows.filtered(lambda r: r.clockify_id == self.acme["id"])
        self.assertEqual((acme.project_id, acme.match), (self.project_a, "name"))
        unmapped = rows.filtered(lambda r: not r.is_mapped)
        self.assertEqual(
            sorted(unmapped.mapped("name")),
            ["ACME SA", "Nobody Known", "Owner", "Unknown project"],
        )
        self.assertEqual(self.account_a.clockify_unmapped_count, 4)
        # choosing by hand says so; listing again keeps the choice
        acme.project_id = self._project(self.company_a, "Other")
        self.assertEqual(acme.match, "manual")
        self.account_a.action_clockify_refresh_mappings()
        self.assertEqual(acme.project_id.name, "Other")

    def test_pull_pages_books_once_and_a_repull_creates_nothing(self):
        for day in range(7):
            self.entry(self.at(day + 1, 8), self.at(day + 1, 9, 30))
        self.entry(self.at(0, 8), None)  # a running timer
        self.fake.add_entry(self.fake.me["id"], self.at(1, 8), self.at(1, 9))  # unmapped user
        run = self.pull(page_size=3)
        reports = self.fake.calls("POST")
        # 9 rows, 3 a page: three full pages, then an empty one ends the report
        self.assertEqual([r.json()["detailedFilter"]["page"] for r in reports], [1, 2, 3, 4])
        self.assertEqual((run.created_count, run.skipped_count), (7, 2))
        lines = self.lines()
        self.assertEqual(len(lines), 7)
        self.assertEqual(set(lines.mapped("unit_amount")), {1.5})
        self.assertEqual(lines.employee_id, self.employee_a)
        self.assertEqual(lines.project_id, self.project_a)
        self.assertEqual(set(lines.mapped("clockify_category")), {"FACTURABLE"})
        again = self.pull(page_size=3)
        self.assertEqual((again.created_count, again.updated_count), (0, 0))
        self.assertEqual(self.lines(), lines)

    def test_the_cost_of_each_timesheet_is_the_one_a_plain_create_gives(self):
        # the import writes hr_timesheet's cost once per amount, not once per line
        self.employee_a.hourly_cost = 80.0
        durations = [(8, 9, 30), (10, 11, 30), (13, 15, 0), (15, 15, 45), (16, 18, 0)]
        for day, (start, end, minute) in enumerate(durations):
            self.entry(self.at(day + 1, start), self.at(day + 1, end, minute))
        self.pull()
        lines = self.lines()
        self.assertEqual(len(lines), 5)
        plain = self.env["account.analytic.line"].create(
            [
                {
                    "employee_id": line.employee_id.id,
                    "project_id": line.project_id.id,
                    "date": line.date,
                    "unit_amount": line.unit_amount,
                    "name": line.name,
                    "company_id": line.company_id.id,
                }
                for line in lines
            ]
        )
        self.assertEqual(lines.mapped("amount"), plain.mapped("amount"))
        self.assertEqual(sorted(lines.mapped("amount")), [-160.0, -160.0, -120.0, -120.0, -60.0])
        # outside the import, a write of the cost alone is written at once
        lines[0].amount = -1.0
        self.assertEqual(lines[0].amount, -1.0)

    def test_a_429_is_waited_for_and_the_pull_goes_on(self):
        self.entry(self.at(1, 8), self.at(1, 9))
        self.fake.rate_limit_next(1, retry_after="1")
        run = self.pull()
        statuses = [r.path for r in self.fake.calls("POST")]
        self.assertEqual(len(statuses), 2)  # the 429, then the page
        self.assertEqual(run.created_count, 1)

    def test_a_failed_page_keeps_its_checkpoint_and_the_next_run_resumes(self):
        for day in range(4):
            self.entry(self.at(day + 1, 8), self.at(day + 1, 9))
        self.fake.fail_next(3, 503, after=1)  # page 2 fails on every try
        run = self.account_a._clockify_pull(page_size=2)
        self.assertEqual(run.state, "failed")
        self.assertEqual(len(self.lines()), 2)
        resumed = self.pull(page_size=2)
        self.assertEqual(resumed.resumed_from_id, run)
        self.assertEqual(len(self.lines()), 4)
        self.assertEqual(self.fake.calls("POST")[-2].json()["detailedFilter"]["page"], 2)

    def test_updates_and_deletions_in_clockify_are_followed(self):
        kept = self.entry(self.at(2, 8), self.at(2, 9))
        gone = self.entry(self.at(3, 8), self.at(3, 9))
        self.pull()
        self.fake.update_entry(kept["id"], end=self.at(2, 10), description="Longer", billable=False)
        self.fake.delete_entry(gone["id"])
        run = self.pull()
        self.assertEqual(run.updated_count, 2)  # one changed, one removed
        line = self.line(kept)
        self.assertEqual((line.unit_amount, line.name), (2.0, "Longer"))
        self.assertEqual(line.clockify_category, "INTERNE")
        self.assertFalse(self.line(gone))

    def test_midnight_and_dst_use_the_users_time_zone(self):
        self.account_a.clockify_days_back = 400  # read as the widest window
        # last autumn's DST night in Zurich: 01:30 CEST → 02:30 CET is two hours
        night = last_sunday(self.today.year, 10)
        if night >= self.today:
            night = last_sunday(self.today.year - 1, 10)
        start = datetime.combine(night, datetime.min.time(), tzinfo=timezone.utc)
        dst = self.entry(start - timedelta(minutes=30), start + timedelta(hours=1, minutes=30))
        # 22:00 → 01:30 in Zurich (winter): the day it started
        late = self.entry(self.at(3, 21), self.at(2, 0, 30))
        self.pull()
        self.assertEqual((self.line(dst).date, self.line(dst).unit_amount), (night, 2.0))
        day = self.today - timedelta(days=3)
        self.assertEqual((self.line(late).date, self.line(late).unit_amount), (day, 3.5))

    def test_a_running_timer_is_booked_once_stopped(self):
        timer = self.entry(self.at(1, 8), None)
        run = self.pull()
        self.assertEqual((run.created_count, run.skipped_count), (0, 1))
        self.assertFalse(self.line(timer))
        self.fake.stop_timer(timer["id"], self.at(1, 11))
        self.pull()
        self.assertEqual(self.line(timer).unit_amount, 3.0)

    def test_categories_from_flag_forfait_project_and_tags(self):
        rows = self.account_a.clockify_mapping_ids
        rows.filtered(lambda r: r.clockify_id == self.acme["id"]).category = "FORFAIT"
        internal = self.entry(self.at(1, 8), self.at(1, 9), billable=False)
        fixed = self.entry(self.at(1, 10), self.at(1, 11))
        self.pull()
        self.assertEqual(self.line(internal).clockify_category, "INTERNE")
        self.assertEqual(self.line(fixed).clockify_category, "FORFAIT")
        tag = self.fake.add_tag("Facturable")
        self.fake.update_entry(internal["id"], tagIds=[tag["id"]])
        self.account_a.clockify_category_source = "tags"
        self.pull()
        self.assertEqual(self.line(internal).clockify_category, "FACTURABLE")

    def test_a_change_after_the_lock_date_becomes_a_correction(self):
        booked = self.entry(self.at(10, 8), self.at(10, 9))
        self.pull()
        original = self.line(booked)
        written = original.write_date
        self.company_a.fiscalyear_lock_date = self.today - timedelta(days=5)
        self.fake.update_entry(booked["id"], end=self.at(10, 11))
        run = self.pull()
        self.assertEqual(run.created_count, 1)
        original.invalidate_recordset()
        self.assertEqual((original.unit_amount, original.write_date), (1.0, written))
        [correction] = original.clockify_correction_ids
        self.assertEqual(correction.unit_amount, 2.0)
        self.assertEqual(correction.date, self.today)
        self.assertIn("Correction", correction.name)
        self.assertEqual(correction.clockify_category, "FACTURABLE")
        self.assertEqual(self.pull().created_count, 0)  # corrected once
        self.fake.delete_entry(booked["id"])
        self.pull()
        self.assertTrue(original.exists())
        self.assertEqual(
            sum((original | original.clockify_correction_ids).mapped("unit_amount")), 0
        )
        self.assertEqual(len(original.clockify_correction_ids), 2)

    def test_same_entry_in_two_companies_and_unique_per_company(self):
        self.account_b.action_clockify_refresh_mappings()
        shared = self.entry(self.at(1, 8), self.at(1, 9))
        self.pull()
        self.pull(self.account_b)
        self.assertEqual(self.line(shared).company_id, self.company_a)
        self.assertEqual(self.line(shared, self.account_b).company_id, self.company_b)
        with (
            mute_logger("odoo.sql_db"),
            self.assertRaises(psycopg2.IntegrityError),
            self.env.cr.savepoint(),
        ):
            self.line(shared).copy({"clockify_entry_id": shared["id"]})

    def test_an_entry_new_in_a_locked_period_is_booked_on_the_first_open_day(self):
        self.company_a.fiscalyear_lock_date = self.today - timedelta(days=5)
        late = self.entry(self.at(10, 8), self.at(10, 9))
        self.pull()
        self.assertEqual(self.line(late).date, self.today)

    def test_entries_of_an_unmapped_user_are_booked_once_mapped(self):
        joe = self.fake.add_user("Joe Bloggs", "joe@example.com")
        waiting = self.fake.add_entry(
            joe["id"], self.at(1, 8), self.at(1, 9), project_id=self.acme["id"]
        )
        self.account_a.action_clockify_refresh_mappings()
        self.assertEqual(self.pull().skipped_count, 1)
        self.assertFalse(self.line(waiting))
        row = self.account_a.clockify_mapping_ids.filtered(lambda r: r.clockify_id == joe["id"])
        row.employee_id = self._employee(self.company_a, "Joe B.", "joe.b@example.com")
        self.pull()
        self.assertEqual(self.line(waiting).employee_id, row.employee_id)

    def test_the_scheduled_pull_reads_every_configured_connection(self):
        self.account_b.action_clockify_refresh_mappings()
        entry = self.entry(self.at(1, 8), self.at(1, 9))
        self.account_b.clockify_workspace_id = False  # not configured: left alone
        self.env["fincycle.integration"]._cron_clockify_pull()
        self.assertTrue(self.line(entry))
        self.assertFalse(self.line(entry, self.account_b))
        self.assertEqual(self.account_a.sync_run_ids.kind_name, "Clockify Time Entries")

    def test_test_connection_finds_the_workspace_of_the_key(self):
        self.account_a.clockify_workspace_id = False
        self.account_a.action_test_connection()
        self.assertEqual(self.account_a.clockify_workspace_id, self.fake.workspace_id)
        self.assertEqual(self.account_a.state, "connected")
        self.account_a.clockify_workspace_id = "somebody-elses"
        self.account_a.action_test_connection()
        self.assertEqual(self.account_a.state, "error")
        self.assertIn("cannot read workspace", self.account_a.last_error_message)

    def test_an_entry_missing_from_the_report_is_checked_before_it_goes(self):
        kept = self.entry(self.at(2, 8), self.at(2, 9))
        self.pull()
        # a report that skipped it (rows shifted by a deletion while it was read)
        path = f"/report/v1/workspaces/{self.fake.workspace_id}/reports/detailed"
        self.fake.once("POST", path, FakeResponse(200, {"totals": [], "timeentries": []}))
        self.pull()
        self.assertTrue(self.line(kept))
        self.assertEqual(
            len(
                self.fake.calls(
                    "GET", f"/api/v1/workspaces/{self.fake.workspace_id}/time-entries/{kept['id']}"
                )
            ),
            1,
        )

    def test_the_connection_card_shows_the_last_pull_and_what_waits_for_a_mapping(self):
        self.pull()
        self.account_a.invalidate_recordset()
        self.assertEqual(self.account_a.feed_names, "Timesheets")
        self.assertTrue(self.account_a.last_pull_at)
        # the fake's owner is a user nobody mapped: their time waits
        self.assertEqual(self.account_a.health, "warning")
        self.assertIn("1 Clockify user(s)", self.account_a.health_reason)
        owner = self.account_a.clockify_mapping_ids.filtered(
            lambda r: r.clockify_id == self.fake.me["id"]
        )
        owner.employee_id = self._employee(self.company_a, "Owner", "owner@example.com")
        self.account_a.invalidate_recordset()
        self.assertEqual(self.account_a.health, "ok")

    def test_forfait_hours_per_project_and_month(self):
        rows = self.account_a.clockify_mapping_ids
        rows.filtered(lambda r: r.clockify_id == self.acme["id"]).category = "FORFAIT"
        self.entry(self.at(1, 8), self.at(1, 10))
        self.entry(self.at(2, 8), self.at(2, 9), billable=False)  # internal: not counted
        self.pull()
        action = self.env["ir.actions.actions"]._for_xml_id(
            "hr_timesheet_clockify_fincycle.action_clockify_forfait_hours"
        )
        self.assertEqual(action["context"], "{'search_default_clockify_forfait': 1}")
        groups = self.Line._read_group(
            [("clockify_category", "=", "FORFAIT"), ("project_id", "!=", False)],
            ["project_id", "date:month"],
            ["unit_amount:sum"],
        )
        self.assertEqual([(g[0], g[2]) for g in groups], [(self.project_a, 2.0)])

    def test_the_timesheet_analysis_splits_by_category(self):
        # The analysis report is built on the timesheets' search view, Clockify filters
        # included: its fields must exist there (installing sale_timesheet after this
        # module failed on it).
        self.entry(self.at(1, 8), self.at(1, 10))
        self.entry(self.at(2, 8), self.at(2, 9), billable=False)
        self.pull()
        Report = self.env["timesheets.analysis.report"]
        groups = Report._read_group(
            [("project_id", "=", self.project_a.id)],
            ["clockify_category"],
            ["unit_amount:sum"],
        )
        self.assertEqual(dict(groups), {"FACTURABLE": 2.0, "INTERNE": 1.0})
        Report.get_views([(False, "search")])
