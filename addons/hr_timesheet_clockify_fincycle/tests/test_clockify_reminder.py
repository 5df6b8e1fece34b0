# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The morning after a working day without time, one reminder per mapped employee: an
activity for their user, or an e-mail; never on a weekend, never twice for a day."""

from datetime import date, datetime, timezone

from odoo.tests import TransactionCase, new_test_user, tagged

from .common import ClockifyCommon

MONDAY = date(2026, 11, 30)
# Tuesday 07:30 in Zurich (CET)
TUESDAY_MORNING = datetime(2026, 12, 1, 6, 30, tzinfo=timezone.utc)


@tagged("post_install", "-at_install")
class TestClockifyReminder(ClockifyCommon, TransactionCase):
    def setUp(self):
        super().setUp()
        self.user_jane = new_test_user(
            self.env, login="jane_clockify", company_id=self.company_a.id,
            company_ids=[self.company_a.id],
        )  # fmt: skip
        self.employee_a.user_id = self.user_jane
        self.max_user = self.fake.add_user("Max Muster", "max@example.com")
        self.max = self._employee(self.company_a, "Max Muster", "max@example.com")
        self.account_a.action_clockify_refresh_mappings()
        self.account_a.clockify_reminder = "activity"
        self.Reminder = self.env["clockify.reminder"]

    def remind(self, now=TUESDAY_MORNING):
        self.env["fincycle.integration"]._cron_clockify_remind(now)

    def activities(self, employee):
        return employee.activity_ids.filtered(lambda a: "No time booked" in (a.summary or ""))

    def mails_to(self, address):
        return self.env["mail.mail"].search([("email_to", "=", address)])

    def test_one_activity_the_morning_after_a_working_day_without_time(self):
        self.Line.create(
            {
                "employee_id": self.max.id,
                "project_id": self.project_a.id,
                "date": MONDAY,
                "unit_amount": 4,
                "name": "Work",
            }
        )
        self.remind()
        [activity] = self.activities(self.employee_a)
        self.assertEqual(activity.user_id, self.user_jane)
        self.assertIn("11/30/2026", activity.summary)
        self.assertFalse(self.activities(self.max), "Max booked time on Monday")
        self.assertEqual(self.Reminder.search([]).mapped("day"), [MONDAY])
        self.remind()  # the next hourly run: nothing more
        self.remind(datetime(2026, 12, 1, 15, 0, tzinfo=timezone.utc))
        self.assertEqual(len(self.activities(self.employee_a)), 1)

    def test_no_reminder_for_a_weekend_nor_before_the_hour(self):
        self.remind(datetime(2026, 11, 30, 6, 30, tzinfo=timezone.utc))  # Monday: Sunday checked
        self.remind(datetime(2026, 12, 1, 5, 0, tzinfo=timezone.utc))  # 06:00 in Zurich
        self.assertFalse(self.Reminder.search([]))
        self.assertFalse(self.activities(self.employee_a))

    def test_an_employee_without_a_user_gets_an_email(self):
        self.account_a.clockify_reminder = "email"
        self.remind()
        [mail] = self.mails_to("max@example.com")
        self.assertIn("No time booked", mail.subject)
        self.assertEqual(len(self.mails_to(self.employee_a.work_email)), 1)
        self.assertFalse(self.activities(self.employee_a))
        self.remind()
        self.assertEqual(len(self.mails_to("max@example.com")), 1)

    def test_nothing_when_reminders_are_off(self):
        self.account_a.clockify_reminder = "none"
        self.remind()
        self.assertFalse(self.Reminder.search([]))
