# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo import fields
from odoo.tests import TransactionCase, tagged


@tagged("post_install", "-at_install")
class TestDemoTimeBilling(TransactionCase):
    """The demo's hours wait for the month end; a month-end run invoices last month."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["fincycle.demo.loader"]._load_demo()
        cls.company = cls.env.ref("fincycle_demo.company_seeblick")
        cls.orders = cls.env.ref("fincycle_demo.seeblick_time_order_1") | cls.env.ref(
            "fincycle_demo.seeblick_time_order_2"
        )

    def test_month_end_run_on_the_demo(self):
        self.assertFalse(self.orders.invoice_ids)  # nothing invoiced at load
        today = fields.Date.context_today(self.env["res.company"])
        end = today.replace(day=1) - timedelta(days=1)
        run = (
            self.env["timesheet.invoice.run"]
            .with_company(self.company)
            ._run(self.company, end.replace(day=1), end, trigger="manual")
            .sudo()
        )
        self.assertEqual(
            (run.created_count, run.posted_count, run.waiting_count, run.failed_count),
            (2, 1, 1, 0),
            run.detail,
        )
        arosa = self.orders[0].invoice_ids
        self.assertEqual(arosa.state, "draft")
        self.assertEqual(arosa.validation_status, "pending")
        self.assertEqual(arosa.invoice_line_ids.quantity, 14.0)  # FORFAIT and INTERNE left out
        self.assertEqual(self.orders[1].invoice_ids.state, "posted")
        # this month's hours wait for the next month end
        waiting = self.env["account.analytic.line"].search(
            [("order_id", "in", self.orders.ids), ("timesheet_invoice_id", "=", False)]
        )
        self.assertEqual(set(waiting.mapped("date")), {today.replace(day=1)})
