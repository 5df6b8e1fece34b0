# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""What an attacker tried on the cockpit (issue 19): a branch's money in its parent's cash, a
bank account of two journals counted twice, refreshes run in parallel and over again, the
snapshot's day taken from the caller's time zone, the screen moved to another company, the
cash threshold read by anyone, a bogus ageing bucket."""

from datetime import timedelta

from odoo import Command, fields
from odoo.exceptions import AccessError, UserError
from odoo.sql_db import db_connect
from odoo.tests import new_test_user, tagged

from odoo.addons.account.tests.common import AccountTestInvoicingCommon

from ..models.cockpit_snapshot import REFRESH_LOCK


@tagged("post_install", "-at_install")
class TestCockpitSecurity(AccountTestInvoicingCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Snapshot = cls.env["fincycle.cockpit.snapshot"]
        cls.company_a = cls.company_data["company"]
        cls.company_a.partner_id.tz = False  # the company's day: UTC
        cls.company_b = cls.setup_other_company(name="Company B")["company"]
        cls.today = cls.Snapshot._today(cls.company_a)
        cls.bank = cls.company_data["default_journal_bank"]
        cls.env["account.bank.statement.line"].create(
            {
                "journal_id": cls.bank.id,
                "date": cls.today - timedelta(days=2),
                "amount": 5000,
                "payment_ref": "Opening",
            }
        )
        cls.director_a = new_test_user(
            cls.env,
            login="sec_director_a",
            groups="account.group_account_manager",
            company_id=cls.company_a.id,
            company_ids=[cls.company_a.id],
        )
        cls.employee = new_test_user(
            cls.env,
            login="sec_employee",
            groups="base.group_user",
            company_id=cls.company_a.id,
            company_ids=[cls.company_a.id],
        )
        cls.portal = new_test_user(
            cls.env, login="sec_portal", groups="base.group_portal", company_id=cls.company_a.id
        )

    def _cockpit(self, user, companies):
        return (
            self.env["fincycle.cockpit"]
            .with_user(user)
            .with_context(allowed_company_ids=companies.ids)
            .create({})
        )

    def _cash_days(self, snapshot, day):
        return snapshot.line_ids.filtered(lambda line: line.kind == "cash_day" and line.date == day)

    # ------------------------------------------------------------------ 1. company of the cash
    def test_branch_money_on_the_parents_bank_account(self):
        self.company_a.write({"child_ids": [Command.create({"name": "Branch A1"})]})
        self.env.cr.precommit.run()  # the branch's chart (shared accounts)
        branch = self.company_a.child_ids
        account = self.bank.default_account_id
        # the branch posts 300 to its parent's bank account (journals and accounts are shared)
        entry = (
            self.env["account.move"]
            .with_company(branch)
            .create(
                {
                    "move_type": "entry",
                    "company_id": branch.id,
                    "journal_id": self.company_data["default_journal_misc"].id,
                    "date": self.today - timedelta(days=1),
                    "line_ids": [
                        Command.create({"account_id": account.id, "debit": 300, "name": "in"}),
                        Command.create(
                            {
                                "account_id": self.company_data["default_account_revenue"].id,
                                "credit": 300,
                                "name": "in",
                            }
                        ),
                    ],
                }
            )
        )
        entry.action_post()
        self.assertEqual(entry.line_ids.company_id, branch)
        parent = self.Snapshot._refresh(self.company_a)
        self.assertEqual(parent.cash_total, 5000)  # the branch's money is not the parent's
        self.assertEqual(sum(self._cash_days(parent, self.today).mapped("amount")), 5000)
        # the branch's own bank journal on the same account: each company its own lines
        self.env["account.journal"].create(
            {
                "name": "Branch Bank",
                "code": "BRB",
                "type": "bank",
                "company_id": branch.id,
                "default_account_id": account.id,
            }
        )
        snaps = self.Snapshot._refresh(self.company_a | branch)
        self.env.flush_all()
        self.env.cr.execute(
            "SELECT SUM(balance) FROM account_move_line WHERE account_id = %s "
            "AND parent_state = 'posted'",
            [account.id],
        )
        ledger = self.env.cr.fetchone()[0]
        self.assertEqual(ledger, 5300)
        self.assertEqual(
            sorted(snaps.mapped("cash_total")), [300, 5000]
        )  # branch, parent: no double count
        director = new_test_user(
            self.env,
            login="sec_director_branch",
            groups="account.group_account_manager",
            company_id=self.company_a.id,
            company_ids=[self.company_a.id, branch.id],
        )
        both = self._cockpit(director, self.company_a | branch)
        self.assertTrue(both.consolidated)
        rate = snaps[:1].rate_to_group
        self.assertAlmostEqual(both.cash_total, ledger * rate)

    # ------------------------------------------------------------------ 2. shared account
    def test_two_journals_on_one_bank_account_counted_once(self):
        second = self.env["account.journal"].create(
            {
                "name": "Same Account",
                "code": "SAME",
                "type": "bank",
                "company_id": self.company_a.id,
                "default_account_id": self.bank.default_account_id.id,
            }
        )
        snap = self.Snapshot._refresh(self.company_a)
        self.assertEqual(snap.cash_total, 5000)
        self.assertEqual(sum(self._cash_days(snap, self.today).mapped("amount")), 5000)
        cash = snap.line_ids.filtered(lambda line: line.kind == "cash")
        self.assertEqual(sum(cash.mapped("amount")), snap.cash_total)
        self.assertEqual(cash.filtered(lambda line: line.journal_id == second).amount, 0)

    # ------------------------------------------------------------------ 3. refresh
    def test_refresh_on_demand_kept_when_recent(self):
        cockpit = self._cockpit(self.director_a, self.company_a)
        cockpit.action_refresh()
        first = self.Snapshot.search([("company_id", "=", self.company_a.id)])
        self.assertEqual(len(first), 1)
        cockpit.action_refresh()  # again at once: the snapshot of a moment ago is kept
        self.assertEqual(self.Snapshot.search([("company_id", "=", self.company_a.id)]), first)
        # computed more than two minutes ago: recomputed
        first.sudo().computed_at = fields.Datetime.now() - timedelta(minutes=3)
        cockpit.action_refresh()
        again = self.Snapshot.search([("company_id", "=", self.company_a.id)])
        self.assertNotEqual(again, first)
        # the nightly cron always recomputes
        self.Snapshot._cron_refresh()
        self.assertNotEqual(self.Snapshot.search([("company_id", "=", self.company_a.id)]), again)

    def test_refresh_already_running(self):
        cockpit = self._cockpit(self.director_a, self.company_a)
        with db_connect(self.env.cr.dbname).cursor() as other:
            other.execute("SELECT pg_advisory_xact_lock(%s, %s)", (REFRESH_LOCK, self.company_a.id))
            with self.assertRaisesRegex(UserError, "already running"):
                cockpit.action_refresh()
            other.rollback()  # its refresh is over
        cockpit.action_refresh()
        self.assertTrue(self.Snapshot.search([("company_id", "=", self.company_a.id)]))

    # ------------------------------------------------------------------ 4. the day
    def test_snapshot_day_is_the_companys_not_the_callers(self):
        yesterday = self.Snapshot._refresh(self.company_a, as_of=self.today - timedelta(days=1))
        computed_at = yesterday.computed_at
        self.director_a.tz = "Etc/GMT+12"
        # whatever the hour, one of these zones is on another day than UTC
        for tz in ("Etc/GMT+12", "Etc/GMT-14"):
            cockpit = self._cockpit(self.director_a, self.company_a).with_context(tz=tz)
            cockpit.action_refresh()
        self.assertTrue(yesterday.exists())
        self.assertEqual(yesterday.computed_at, computed_at)
        snaps = self.Snapshot.search([("company_id", "=", self.company_a.id)])
        self.assertEqual(sorted(snaps.mapped("date")), [self.today - timedelta(days=1), self.today])
        # the company's own zone decides
        self.company_a.partner_id.tz = "Pacific/Kiritimati"
        self.assertEqual(
            self.Snapshot._today(self.company_a),
            fields.Date.context_today(self.Snapshot.with_context(tz="Pacific/Kiritimati")),
        )

    def test_older_day_never_replaced_on_demand(self):
        later = self.Snapshot._refresh(self.company_a, as_of=self.today + timedelta(days=1))
        self._cockpit(self.director_a, self.company_a).action_refresh()
        self.assertEqual(self.Snapshot.search([("company_id", "=", self.company_a.id)]), later)

    # ------------------------------------------------------------------ 5. the screen's company
    def test_cockpit_not_moved_to_another_company(self):
        cockpit = self._cockpit(self.director_a, self.company_a)
        with self.assertRaises(UserError):
            cockpit.write({"company_id": self.company_b.id})
        cockpit.write({"company_id": self.company_a.id})  # unchanged: fine
        self.assertEqual(cockpit.company_id, self.company_a)

    # ------------------------------------------------------------------ 6. the threshold
    def test_cash_threshold_for_managers_only(self):
        self.company_a.fincycle_cockpit_cash_threshold = 1000
        for user in (self.employee, self.portal):
            with self.assertRaises(AccessError):
                self.company_a.with_user(user).read(["fincycle_cockpit_cash_threshold"])
            Settings = self.env["res.config.settings"].with_user(user)
            self.assertNotIn("fincycle_cockpit_cash_threshold", Settings.fields_get())
            defaults = Settings.default_get(["fincycle_cockpit_cash_threshold"])
            self.assertNotEqual(defaults.get("fincycle_cockpit_cash_threshold"), 1000)
        company = self.company_a.with_user(self.director_a)
        self.assertEqual(
            company.read(["fincycle_cockpit_cash_threshold"])[0]["fincycle_cockpit_cash_threshold"],
            1000,
        )
        # the settings still open and save, for a manager and for an administrator who is not
        admin = new_test_user(
            self.env,
            login="sec_admin",
            groups="base.group_system,account.group_account_manager",
            company_id=self.company_a.id,
            company_ids=[self.company_a.id],
        )
        settings = (
            self.env["res.config.settings"]
            .with_user(admin)
            .create({"fincycle_cockpit_cash_threshold": 2500})
        )
        settings.execute()
        self.assertEqual(self.company_a.fincycle_cockpit_cash_threshold, 2500)
        plain_admin = new_test_user(
            self.env,
            login="sec_plain_admin",
            groups="base.group_system",
            company_id=self.company_a.id,
            company_ids=[self.company_a.id],
        )
        Settings = self.env["res.config.settings"].with_user(plain_admin)
        Settings.get_views([(False, "form")])
        Settings.create({}).execute()
        self.assertEqual(self.company_a.fincycle_cockpit_cash_threshold, 2500)

    # ------------------------------------------------------------------ 7. bad arguments
    def test_bogus_bucket(self):
        snap = self.Snapshot._refresh(self.company_a).with_user(self.director_a)
        for bucket in ("bogus", None, ["1_1_30"], 1):
            self.assertFalse(snap.action_view_bucket(bucket), bucket)
        self.assertFalse(self.Snapshot.with_user(self.director_a).action_view_bucket("1_1_30"))
        self.assertEqual(snap.action_view_bucket("1_1_30")["res_model"], "account.move.line")
        cockpit = self._cockpit(self.director_a, self.company_a)
        self.assertFalse(cockpit.with_context(bucket="x' OR 1=1").action_view_bucket())
        self.assertFalse(cockpit.with_context(urgency="9").action_view_disputes())
        self.assertFalse(cockpit.with_context(level="1 OR 1").action_view_reminders())
