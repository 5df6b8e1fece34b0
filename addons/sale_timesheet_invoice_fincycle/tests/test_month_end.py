# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from datetime import date
from unittest.mock import patch

from freezegun import freeze_time

from odoo import Command
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from odoo.addons.account_move_tier_validation_fincycle.tests.common import TierTestCommon
from odoo.addons.fincycle_base.tests.common import InvoiceRunLogTestMixin

from ..models.sale_order import SaleOrder


@tagged("post_install", "-at_install")
class TestMonthEnd(InvoiceRunLogTestMixin, TierTestCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env.user.group_ids |= (
            cls.env.ref("hr.group_hr_user")
            | cls.env.ref("sales_team.group_sale_manager")
            | cls.env.ref("project.group_project_manager")
            | cls.env.ref("hr_timesheet.group_timesheet_manager")
        )
        cls.company = cls.company_data["company"]
        cls.company_data_b = cls.setup_other_company(name="Company B")
        cls.company_b = cls.company_data_b["company"]
        (cls.company | cls.company_b)._fincycle_tier_create_defaults()
        cls.manager = cls._user("manager", "account.group_account_manager", cls.company)
        cls.manager_2 = cls._user("manager2", "account.group_account_manager", cls.company)
        cls.manager_b = cls._user("manager_b", "account.group_account_manager", cls.company_b)
        cls.clerk = cls._user("clerk", "account.group_account_invoice", cls.company)
        cls.plain = cls._user("plain", "base.group_user", cls.company)
        cls.root = cls.env.ref("base.user_root")
        cls.uom_hour = cls.env.ref("uom.product_uom_hour")
        cls.hour = cls.env["product.product"].create(
            {
                "name": "Consulting hour",
                "type": "service",
                "invoice_policy": "delivery",
                "service_type": "timesheet",
                "service_tracking": "no",
                "uom_id": cls.uom_hour.id,
                "list_price": 100.0,
                "taxes_id": [Command.clear()],
            }
        )
        cls.fee = cls.env["product.product"].create(
            {
                "name": "Monthly fee",
                "type": "service",
                "invoice_policy": "order",
                "service_tracking": "no",
                "list_price": 500.0,
                "taxes_id": [Command.clear()],
            }
        )
        cls.partner_c = cls.env["res.partner"].create({"name": "Partner C"})
        # the projects' plan: its accounts are the timesheets' and invoice lines' account_id
        cls.plan, _other_plans = cls.env["account.analytic.plan"]._get_all_plans()
        cls.employee = cls.env["hr.employee"].create(
            {"name": "Erika Muster", "company_id": cls.company.id}
        )
        cls.employee_b = cls.env["hr.employee"].create(
            {"name": "Bruno B", "company_id": cls.company_b.id}
        )
        cls.Run = cls.env["timesheet.invoice.run"]
        cls.cron = cls.env.ref("sale_timesheet_invoice_fincycle.ir_cron_time_invoice_month_end")

    # ------------------------------------------------------------------ helpers
    def _order(self, partner, company=None, fee=False, price=100.0):
        """A confirmed sale order billing the hours of a project of its own."""
        company = company or self.company
        lines = [
            Command.create({"product_id": self.hour.id, "product_uom_qty": 1, "price_unit": price})
        ]
        if fee:
            lines.append(Command.create({"product_id": self.fee.id, "product_uom_qty": 1}))
        order = (
            self.env["sale.order"]
            .with_company(company)
            .create({"partner_id": partner.id, "company_id": company.id, "order_line": lines})
        )
        order.action_confirm()
        account = self.env["account.analytic.account"].create(
            {"name": order.name, "plan_id": self.plan.id, "company_id": company.id}
        )
        project = (
            self.env["project.project"]
            .with_company(company)
            .create(
                {
                    "name": f"Project {order.name}",
                    "company_id": company.id,
                    "partner_id": partner.id,
                    "allow_timesheets": True,
                    "allow_billable": True,
                    "account_id": account.id,
                    "sale_line_id": order.order_line[0].id,
                }
            )
        )
        return order, project

    def _timesheet(self, project, day, hours, name="Work", category=False, employee=None):
        return (
            self.env["account.analytic.line"]
            .with_company(project.company_id)
            .create(
                {
                    "project_id": project.id,
                    "employee_id": (employee or self.employee).id,
                    "date": day,
                    "unit_amount": hours,
                    "name": name,
                    "clockify_category": category,
                }
            )
        )

    def _cron(self, moment, company=None):
        """The scheduled action as Odoo runs it (as the system user); the run of
        ``company`` (A by default: the database's other companies run too)."""
        with freeze_time(moment):
            runs = (
                self.Run.with_user(self.root).with_context(cron_id=self.cron.id)._cron_month_end()
            )
        return runs.sudo().filtered(lambda r: r.company_id == (company or self.company))

    @staticmethod
    def _time_invoices(order):
        return order.invoice_ids.filtered(lambda m: m.move_type == "out_invoice").sorted("id")

    # ------------------------------------------------------------------ tests
    def test_month_boundaries_and_next_month(self):
        order, project = self._order(self.partner_a)
        last_day = self._timesheet(project, "2026-10-31", 3.0, "Last day of October")
        first = self._timesheet(project, "2026-10-01", 2.0, "First day of October")
        september = self._timesheet(project, "2026-09-30", 1.0, "End of September")
        november = self._timesheet(project, "2026-11-01", 4.0, "First day of November")
        # 1 November 2026 is a Sunday: the first working day is Monday the 2nd
        self.assertFalse(self._cron("2026-11-01 05:00"))
        self.assertFalse(self._time_invoices(order))
        run = self._cron("2026-11-02 05:00")
        self.assertEqual(len(run), 1)
        invoice = self._time_invoices(order)
        self.assertEqual(len(invoice), 1)
        self.assertEqual(invoice.state, "posted")
        self.assertEqual(invoice.invoice_line_ids.quantity, 5.0)
        self.assertEqual(invoice.amount_untaxed, 500.0)
        self.assertIn("10/01/2026", invoice.invoice_line_ids.name)
        self.assertIn("10/31/2026", invoice.invoice_line_ids.name)
        self.assertEqual(invoice.timesheet_ids, last_day | first)
        self.assertFalse(september.timesheet_invoice_id)
        self.assertFalse(november.timesheet_invoice_id)
        if "work_end_date" in invoice._fields:
            self.assertEqual(invoice.work_end_date, date(2026, 10, 31))
        self.assertEqual(
            (run.period_start, run.period_end, run.created_count, run.posted_count),
            (date(2026, 10, 1), date(2026, 10, 31), 1, 1),
        )
        self.assertEqual(run.move_ids, invoice)
        self.assertGreaterEqual(run.duration, 0.0)
        self.assertTrue(run.date_end >= run.date_start)
        # the September hour is left behind and named, not forgotten
        self.assertIn(f"{order.name}: 1.00 h dated before 10/01/2026", run.detail)

        # December: November's hours, once
        self._cron("2026-12-01 05:00")
        december = self._time_invoices(order) - invoice
        self.assertEqual(len(december), 1)
        self.assertEqual(december.timesheet_ids, november)
        self.assertEqual(december.invoice_line_ids.quantity, 4.0)

    def test_one_invoice_per_sale_order_and_only_the_hours(self):
        order_1, project_1 = self._order(self.partner_a, fee=True)
        order_2, project_2 = self._order(self.partner_a, price=120.0)
        order_3, project_3 = self._order(self.partner_b)
        self._order(self.partner_c)  # no time: no invoice
        for project in project_1 | project_2 | project_3:
            self._timesheet(project, "2026-10-05", 2.0)
            self._timesheet(project, "2026-10-06", 1.5)
        self._cron("2026-11-02 05:00")
        for order, price in ((order_1, 100.0), (order_2, 120.0), (order_3, 100.0)):
            invoice = self._time_invoices(order)
            self.assertEqual(len(invoice), 1, order.name)
            self.assertEqual(invoice.partner_id, order.partner_invoice_id)
            self.assertEqual(invoice.invoice_origin, order.name)
            # only the hours: the fixed fee of order 1 is left to Odoo's invoicing by hand
            self.assertEqual(invoice.invoice_line_ids.product_id, self.hour)
            self.assertEqual(invoice.amount_untaxed, 3.5 * price)
        self.assertEqual(
            order_1.order_line.filtered(lambda line: line.product_id == self.fee).qty_invoiced, 0
        )
        run = self.Run.sudo().search([("company_id", "=", self.company.id)])
        self.assertEqual(run.created_count, 3)

    def test_forfait_and_interne_are_never_billed_by_the_hour(self):
        order, project = self._order(self.partner_a)
        billable = self._timesheet(project, "2026-10-05", 2.0, category="FACTURABLE")
        forfait = self._timesheet(project, "2026-10-05", 5.0, category="FORFAIT")
        interne = self._timesheet(project, "2026-10-06", 3.0, category="INTERNE")
        plain = self._timesheet(project, "2026-10-07", 1.0)
        self.assertEqual(billable.so_line, order.order_line)
        self.assertEqual(plain.so_line, order.order_line)
        for timesheet in forfait | interne:
            self.assertFalse(timesheet.so_line)
            self.assertEqual(timesheet.timesheet_invoice_type, "non_billable")
        self.assertEqual(order.order_line.qty_delivered, 3.0)
        # put by hand on the hourly line: refused
        with self.assertRaises(ValidationError):
            forfait.write({"so_line": order.order_line.id, "is_so_line_edited": True})
        # Clockify turns a billable entry into FORFAIT: it leaves the hourly line
        billable.clockify_category = "FORFAIT"
        self.assertFalse(billable.so_line)
        billable.clockify_category = "FACTURABLE"
        self.assertEqual(billable.so_line, order.order_line)
        self._cron("2026-11-02 05:00")
        invoice = self._time_invoices(order)
        self.assertEqual(invoice.invoice_line_ids.quantity, 3.0)
        self.assertEqual(invoice.timesheet_ids, billable | plain)
        self.assertFalse((forfait | interne).timesheet_invoice_id)

    def test_idempotent_rerun(self):
        order, project = self._order(self.partner_a)
        self._timesheet(project, "2026-10-05", 2.0)
        first = self._cron("2026-11-02 05:00")
        self.assertEqual(len(first), 1)
        invoice = self._time_invoices(order)
        self.assertEqual(len(invoice), 1)
        # the same day, the next day: no run, nothing new
        self.assertFalse(self._cron("2026-11-02 18:00"))
        self.assertFalse(self._cron("2026-11-03 05:00"))
        # a manager runs it again by hand: a run that creates nothing
        with freeze_time("2026-11-03 09:00"):
            action = (
                self.Run.with_user(self.manager).with_company(self.company).action_run_month_end()
            )
        again = self.Run.sudo().browse(action["res_id"])
        self.assertEqual((again.created_count, again.failed_count), (0, 0))
        self.assertEqual(again.trigger, "manual")
        self.assertEqual(again.user_id, self.manager)
        self.assertEqual(self._time_invoices(order), invoice)
        self.assertEqual(
            self.Run.sudo().search([("company_id", "=", self.company.id)]), first | again
        )

    def test_large_invoice_waits_for_approval_then_is_posted(self):
        order_small, project_small = self._order(self.partner_a)
        order_large, project_large = self._order(self.partner_b)
        self._timesheet(project_small, "2026-10-05", 5.0)  # 500
        self._timesheet(project_large, "2026-10-05", 25.0)  # 2,500 > 2,000
        run = self._cron("2026-11-02 05:00")
        small, large = self._time_invoices(order_small), self._time_invoices(order_large)
        self.assertEqual(small.state, "posted")
        self.assertEqual(large.state, "draft")
        self.assertEqual(large.validation_status, "pending")
        self.assertEqual(large.review_ids.requested_by, self.root)
        self.assertEqual((run.created_count, run.posted_count, run.waiting_count), (2, 1, 1))
        self.assertIn("waits for approval", run.detail)
        queue = self.env["account.move"].with_user(self.manager).search([("can_review", "=", True)])
        self.assertIn(large, queue)
        # automation never approves
        with self.assertRaises(UserError):
            large.with_user(self.root).with_context(cron_id=self.cron.id).validate_tier()
        # a manager approves; the next morning's run posts it, once
        action = large.with_user(self.manager).validate_tier()
        self.env["comment.wizard"].with_user(self.manager).with_context(**action["context"]).create(
            {"comment": "Checked"}
        ).add_comment()
        self.assertEqual(large.validation_status, "validated")
        later = self._cron("2026-11-03 05:00")
        self.assertEqual(large.state, "posted")
        self.assertEqual((later.created_count, later.approved_count, later.invoiced), (0, 1, False))
        self.assertIn("posted after its approval", later.detail)
        self.assertFalse(self._cron("2026-11-04 05:00"))

    def test_companies_are_isolated(self):
        order_a, project_a = self._order(self.partner_a)
        order_b, project_b = self._order(self.partner_a, company=self.company_b)
        self._timesheet(project_a, "2026-10-05", 2.0)
        sheet_b = self._timesheet(project_b, "2026-10-05", 2.0, employee=self.employee_b)
        # B invoices on its third working day, A on its first
        self.company_b.time_invoice_workday = 3
        self.assertTrue(self._cron("2026-11-02 05:00"))
        self.assertFalse(self._cron("2026-11-02 05:00", self.company_b))
        self.assertTrue(self._time_invoices(order_a))
        self.assertFalse(self._time_invoices(order_b))
        self.assertFalse(sheet_b.timesheet_invoice_id)
        # a manager of A running it by hand invoices A only
        with freeze_time("2026-11-02 09:00"):
            self.Run.with_user(self.manager).with_company(self.company).action_run_month_end()
        self.assertFalse(self._time_invoices(order_b))
        runs_b = self._cron("2026-11-04 05:00", self.company_b)
        self.assertEqual(len(runs_b), 1)
        self.assertEqual(len(self._time_invoices(order_b)), 1)
        # each company's people see their own runs only
        runs_a = self.Run.with_user(self.manager).search([])
        self.assertEqual(runs_a.company_id, self.company)
        self.assertEqual(self.Run.with_user(self.manager_b).search([]).company_id, self.company_b)
        self.assertEqual(self.Run.with_user(self.clerk).search([]), runs_a)
        with self.assertRaises(AccessError):
            runs_b.with_user(self.manager).read(["detail"])
        # a company that turned it off is left alone
        self.company_b.time_invoice_enabled = False
        self._timesheet(project_b, "2026-11-05", 2.0, employee=self.employee_b)
        self.assertFalse(self._cron("2026-12-01 05:00", self.company_b))

    def test_a_failing_order_does_not_stop_the_others(self):
        order_ok, project_ok = self._order(self.partner_a)
        order_ko, project_ko = self._order(self.partner_b)
        self._timesheet(project_ok, "2026-10-05", 2.0)
        sheet_ko = self._timesheet(project_ko, "2026-10-05", 2.0)
        original = SaleOrder._time_invoice_create

        def create(orders, *args):
            if order_ko in orders:
                raise UserError(self.env._("The customer has no invoicing address"))
            return original(orders, *args)

        with patch.object(SaleOrder, "_time_invoice_create", autospec=True, side_effect=create):
            run = self._cron("2026-11-02 05:00")
        self.assertEqual(self._time_invoices(order_ok).state, "posted")
        self.assertFalse(self._time_invoices(order_ko))
        self.assertFalse(sheet_ko.timesheet_invoice_id)
        self.assertEqual((run.created_count, run.failed_count), (1, 1))
        self.assertEqual(run.failed_order_ids, order_ko)
        self.assertIn(
            f"{order_ko.name}: no invoice created (The customer has no invoicing address)",
            run.detail,
        )
        self.assertIn("The customer has no invoicing address", order_ko.message_ids[0].body)
        activity = order_ko.activity_ids
        self.assertEqual(activity.summary, "Month-end invoice not created")
        # fixed: the next morning's run invoices it, and only it
        retry = self._cron("2026-11-03 05:00")
        self.assertEqual(retry.created_count, 1)
        self.assertEqual(len(self._time_invoices(order_ko)), 1)
        self.assertEqual(len(self._time_invoices(order_ok)), 1)
        self.assertFalse(self._cron("2026-11-04 05:00"))

    def test_a_failing_company_does_not_stop_the_others(self):
        order_a, project_a = self._order(self.partner_a)
        order_b, project_b = self._order(self.partner_a, company=self.company_b)
        self._timesheet(project_a, "2026-10-05", 2.0)
        self._timesheet(project_b, "2026-10-05", 2.0, employee=self.employee_b)
        Run = type(self.Run)
        original = Run._older_hours_lines

        def older(run_model, company, start):
            if company == self.company:
                raise UserError(self.env._("Broken company"))
            return original(run_model, company, start)

        with (
            patch.object(Run, "_older_hours_lines", autospec=True, side_effect=older),
            freeze_time("2026-11-02 05:00"),
        ):
            runs = self.Run.with_user(self.root)._cron_month_end().sudo()
        self.assertEqual(runs.company_id & (self.company | self.company_b), self.company_b)
        self.assertFalse(self._time_invoices(order_a))  # rolled back, run and all
        self.assertEqual(len(self._time_invoices(order_b)), 1)
        self.assertEqual(self._cron("2026-11-03 05:00").created_count, 1)
        self.assertEqual(len(self._time_invoices(order_a)), 1)

    def test_an_invoice_that_cannot_be_posted_stays_in_draft_visibly(self):
        order, project = self._order(self.partner_a)
        self._timesheet(project, "2026-10-05", 2.0)
        with patch.object(
            SaleOrder,
            "_time_invoice_submit",
            autospec=True,
            side_effect=UserError(self.env._("Locked journal")),
        ):
            run = self._cron("2026-11-02 05:00")
        invoice = self._time_invoices(order)
        self.assertEqual(invoice.state, "draft")
        self.assertEqual((run.created_count, run.failed_count, run.not_created_count), (1, 1, 0))
        self.assertEqual(run.failed_order_ids, order)
        self.assertIn("stays in draft", run.detail)
        self.assertEqual(order.activity_ids.summary, "Month-end invoice not posted")
        # the invoice exists: the next run does not invoice the hours twice
        self.assertFalse(self._cron("2026-11-03 05:00"))

    def test_permissions(self):
        with self.assertRaises(AccessError):
            self.Run.with_user(self.plain).search([])
        for user in (self.plain, self.clerk):
            with self.assertRaises(AccessError):
                self.Run.with_user(user).action_run_month_end()
        with self.assertRaises(AccessError):
            self.Run.with_user(self.clerk).create(
                {
                    "company_id": self.company.id,
                    "period_start": "2026-10-01",
                    "period_end": "2026-10-31",
                    "trigger": "manual",
                }
            )

    def test_run_logs_deleted_by_system_admins_only(self):
        vals = {"period_start": "2026-10-01", "period_end": "2026-10-31", "trigger": "manual"}
        run, run_b = self.Run.sudo().create(
            [{**vals, "company_id": c.id} for c in (self.company, self.company_b)]
        )
        denied = [(user, run) for user in (self.manager, self.manager_2, self.clerk, self.plain)]
        admin = self._user("admin_a", "base.group_system", self.company)
        self._assert_deleted_by_system_admins_only(
            run, run_b, [*denied, (self.manager_b, run_b)], admin
        )

    def test_settings(self):
        with self.assertRaises(ValidationError):
            self.company.time_invoice_workday = 0
        with self.assertRaises(ValidationError):
            self.company.time_invoice_workday = 11
        self.company.time_invoice_workday = 2
        # 1 October 2026 is a Thursday: the second working day is Friday the 2nd
        self.assertIsNone(self.company._time_invoice_period(date(2026, 10, 1)))
        self.assertEqual(
            self.company._time_invoice_period(date(2026, 10, 2)),
            (date(2026, 9, 1), date(2026, 9, 30)),
        )

    def test_timesheet_detail_on_the_invoice(self):
        order, project = self._order(self.partner_a)
        self._timesheet(project, "2026-10-05", 2.0, "Workshop with the board")
        self._timesheet(project, "2026-10-06", 1.5, "Follow-up notes")
        self._timesheet(project, "2026-10-06", 4.0, "Internal meeting", category="INTERNE")
        self._cron("2026-11-02 05:00")
        invoice = self._time_invoices(order)
        html = str(
            self.env["ir.actions.report"]._render_qweb_html("account.report_invoice", invoice.ids)[
                0
            ]
        )
        self.assertIn("Timesheet Detail", html)
        self.assertIn("Workshop with the board", html)
        self.assertIn("Follow-up notes", html)
        self.assertIn("Erika Muster", html)
        self.assertNotIn("Internal meeting", html)
        # a portal customer's page shows the same document, rendered for her
        html = str(
            self.env["ir.actions.report"]
            .with_user(self.env.ref("base.public_user"))
            .sudo()
            ._render_qweb_html("account.report_invoice", invoice.ids)[0]
        )
        self.assertIn("Workshop with the board", html)
        self.company.time_invoice_timesheet_detail = False
        html = str(
            self.env["ir.actions.report"]._render_qweb_html("account.report_invoice", invoice.ids)[
                0
            ]
        )
        self.assertNotIn("Workshop with the board", html)

    def test_forfait_hours_against_the_fee(self):
        order, project = self._order(self.partner_a, fee=True)
        fee_line = order.order_line.filtered(lambda line: line.product_id == self.fee)
        fee_line.analytic_distribution = {str(project.account_id.id): 100}
        self._timesheet(project, "2026-10-05", 5.0, category="FORFAIT")
        self._timesheet(project, "2026-10-20", 3.0, category="FORFAIT")
        self._timesheet(project, "2026-10-21", 2.0, category="FACTURABLE")
        self._timesheet(project, "2026-11-03", 4.0, category="FORFAIT")
        _other_order, other_project = self._order(self.partner_b)
        self._timesheet(other_project, "2026-10-05", 1.0)  # no FORFAIT: not listed
        # the fixed fee of October, invoiced by hand; the hours by the month-end run
        with freeze_time("2026-10-31"):
            fee_invoice = order._create_invoices()
            fee_invoice.invoice_line_ids.filtered(
                lambda line: line.product_id == self.hour
            ).unlink()
            fee_invoice.action_post()
        self.assertEqual(fee_invoice.amount_untaxed, 500.0)
        self._cron("2026-11-02 05:00")
        Report = self.env["timesheet.forfait.report"]
        rows = Report.search([("project_id", "in", (project | other_project).ids)])
        self.assertEqual(
            [(r.month, r.hours, r.fee, r.effective_rate) for r in rows.sorted("month")],
            [(date(2026, 10, 1), 8.0, 500.0, 62.5), (date(2026, 11, 1), 4.0, 0.0, 0.0)],
        )
        # another company's people see nothing of it
        self.assertFalse(Report.with_user(self.manager_b).search([("project_id", "=", project.id)]))
        self.assertTrue(Report.with_user(self.clerk).search([("project_id", "=", project.id)]))
        with self.assertRaises(AccessError):
            Report.with_user(self.plain).search([])
