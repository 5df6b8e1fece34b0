# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Company isolation of the mapping, the connection and the timesheets; the API key for system
administrators only; the key sent to the workspace's region only."""

from odoo.exceptions import AccessError
from odoo.tests import TransactionCase, new_test_user, tagged

from fincycle.http import HostNotAllowedError

from .common import ClockifyCommon


@tagged("post_install", "-at_install")
class TestClockifySecurity(ClockifyCommon, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.manager_a = new_test_user(
            cls.env,
            login="clockify_manager_a",
            groups="base.group_user,fincycle_base.group_fincycle_manager,"
            "hr_timesheet.group_timesheet_manager",
            company_id=cls.company_a.id,
            company_ids=[cls.company_a.id],
        )

    def test_company_a_sees_nothing_of_company_b(self):
        self.account_b.action_clockify_refresh_mappings()
        self.entry(self.at(1, 8), self.at(1, 9))
        self.pull()
        self.pull(self.account_b)
        env = self.env(user=self.manager_a)
        self.assertEqual(env["clockify.mapping"].search([]).integration_id, self.account_a)
        self.assertEqual(env["fincycle.integration"].search([]), self.account_a)
        lines = env["account.analytic.line"].search([("clockify_entry_id", "!=", False)])
        self.assertEqual(lines.company_id, self.company_a)
        with self.assertRaises(AccessError):
            env["clockify.mapping"].browse(self.account_b.clockify_mapping_ids.ids).read(["name"])

    def test_the_api_key_is_for_system_administrators_only(self):
        account = self.account_a.with_user(self.manager_a)
        with self.assertRaises(AccessError):
            account.read(["api_key"])
        with self.assertRaises(AccessError):
            account.write({"api_key": "another"})
        self.assertTrue(account.clockify_has_api_key)
        # a manager may not point the connection elsewhere either
        with self.assertRaises(AccessError):
            account.write({"clockify_reports_url": "https://evil.example.com/report/v1"})

    def test_the_key_goes_to_the_workspace_region_only(self):
        self.account_a.clockify_region = "euc1"  # the official hosts change, the key does not
        self.assertEqual(self.account_a.base_url, "https://euc1.clockify.me/api/v1")
        with self.assertRaises(HostNotAllowedError):
            self.account_a._clockify_client().users(self.fake.workspace_id)
