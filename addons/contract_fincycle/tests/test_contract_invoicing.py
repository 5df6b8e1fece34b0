# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from datetime import date
from unittest.mock import patch

from freezegun import freeze_time

from odoo import Command
from odoo.exceptions import AccessError, ValidationError
from odoo.tests import tagged

from odoo.addons.account_move_tier_validation_fincycle.tests.common import TierTestCommon
from odoo.addons.fincycle_base.tests.common import InvoiceRunLogTestMixin

from ..models import contract_contract


@tagged("post_install", "-at_install")
class TestContractInvoicing(InvoiceRunLogTestMixin, TierTestCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = cls.company_data["company"]
        cls.company_data_b = cls.setup_other_company(name="Company B")
        cls.company_b = cls.company_data_b["company"]
        # Companies made while tests run get the approval rules only when asked.
        (cls.company | cls.company_b)._fincycle_tier_create_defaults()
        cls.manager = cls._user("manager", "account.group_account_manager", cls.company)
        cls.manager_b = cls._user("manager_b", "account.group_account_manager", cls.company_b)
        cls.clerk = cls._user("clerk", "account.group_account_invoice", cls.company)
        cls.tax_a = cls.company_data["default_tax_sale"]
        cls.tax_b = cls.company_data_b["default_tax_sale"]
        cls.fee = cls.env["product.product"].create(
            {
                "name": "Fixed fee",
                "type": "service",
                "list_price": 100.0,
                "taxes_id": [Command.set((cls.tax_a | cls.tax_b).ids)],
            }
        )
        cls.root = cls.env.ref("base.user_root")
        cls.Contract = cls.env["contract.contract"]
        cls.Run = cls.env["contract.invoice.run"]

    def _contract(
        self,
        name,
        amount,
        rule="monthly",
        invoicing="post-paid",
        date_start="2026-10-01",
        company=None,
    ):
        company = company or self.company
        contract = (
            self.Contract.with_company(company)
            .with_user(self.manager if company == self.company else self.manager_b)
            .create(
                {
                    "name": name,
                    "partner_id": self.partner_a.id,
                    "company_id": company.id,
                    "recurring_rule_type": rule,
                    "recurring_invoicing_type": invoicing,
                    "date_start": date_start,
                    "contract_line_ids": [
                        Command.create(
                            {
                                "product_id": self.fee.id,
                                "name": f"{name} #START# - #END#",
                                "quantity": 1,
                                "uom_id": self.fee.uom_id.id,
                                "price_unit": amount,
                                "date_start": date_start,
                                "recurring_rule_type": rule,
                                "recurring_invoicing_type": invoicing,
                            }
                        )
                    ],
                }
            )
        )
        return contract.with_env(self.env)

    def _cron(self):
        """The scheduled action as Odoo runs it: as the system user."""
        cron = self.env.ref("contract.contract_cron_for_invoice")
        self.assertEqual(cron.user_id, self.root)
        self.Contract.with_user(self.root).with_context(
            cron_id=cron.id
        ).cron_recurring_create_invoice()

    @staticmethod
    def _invoices(contract):
        return contract._get_related_invoices().sorted("id")

    def _runs(self, company=None):
        return self.Run.search([("company_id", "=", (company or self.company).id)])

    # ------------------------------------------------------------- recurrence
    def test_monthly_post_paid_and_quarterly_pre_paid(self):
        with freeze_time("2026-10-20"):
            monthly = self._contract("Monthly", 500.0)
            quarterly = self._contract(
                "Quarterly", 900.0, rule="quarterly", invoicing="pre-paid", date_start="2026-11-01"
            )
        # Post-paid: the day after the month; pre-paid: the first day of the quarter.
        self.assertEqual(monthly.recurring_next_date, date(2026, 11, 1))
        self.assertEqual(quarterly.recurring_next_date, date(2026, 11, 1))
        with freeze_time("2026-10-31 06:00"):
            self._cron()
        self.assertFalse(self._invoices(monthly) | self._invoices(quarterly))
        self.assertFalse(self._runs())

        with (
            freeze_time("2026-11-01 06:00"),
            patch.object(contract_contract, "_logger") as logger,
        ):
            self._cron()
        args = logger.info.call_args.args
        self.assertEqual(
            args[0] % args[1:],
            f"Contract invoicing of 2026-11-01 in {self.company.name}: 2 created, 2 posted, "
            "0 waiting for approval, 0 posted after approval, 0 failed",
        )
        invoice_m, invoice_q = self._invoices(monthly), self._invoices(quarterly)
        self.assertEqual(len(invoice_m), 1)
        self.assertEqual(len(invoice_q), 1)
        for invoice in invoice_m | invoice_q:
            self.assertEqual(invoice.state, "posted")
            self.assertEqual(invoice.invoice_date, date(2026, 11, 1))
            self.assertEqual(invoice.move_type, "out_invoice")
        self.assertEqual(invoice_m.invoice_line_ids.name, "Monthly 10/01/2026 - 10/31/2026")
        self.assertEqual(invoice_q.invoice_line_ids.name, "Quarterly 11/01/2026 - 01/31/2027")
        self.assertEqual(invoice_m.amount_untaxed, 500.0)
        self.assertEqual(invoice_q.amount_untaxed, 900.0)
        self.assertEqual(monthly.recurring_next_date, date(2026, 12, 1))
        self.assertEqual(quarterly.recurring_next_date, date(2027, 2, 1))
        run = self._runs()
        self.assertEqual(len(run), 1)
        self.assertEqual(run.move_ids, invoice_m | invoice_q)
        self.assertEqual(
            (run.created_count, run.posted_count, run.waiting_count, run.failed_count),
            (2, 2, 0, 0),
        )
        self.assertIn("Monthly", run.detail)
        self.assertIn("posted", run.detail)

        # A second run the same day (or a day later) invoices nothing again.
        for moment in ("2026-11-01 18:00", "2026-11-02 06:00"):
            with freeze_time(moment):
                self._cron()
            self.assertEqual(self._invoices(monthly), invoice_m)
            self.assertEqual(self._invoices(quarterly), invoice_q)
            self.assertEqual(self._runs(), run)
        self.assertEqual(monthly.recurring_next_date, date(2026, 12, 1))

        # The next month: the monthly contract again, the quarterly one not.
        with freeze_time("2026-12-01 06:00"):
            self._cron()
        new = self._invoices(monthly) - invoice_m
        self.assertEqual(len(new), 1)
        self.assertEqual(new.invoice_line_ids.name, "Monthly 11/01/2026 - 11/30/2026")
        self.assertEqual(new.state, "posted")
        self.assertEqual(self._invoices(quarterly), invoice_q)
        self.assertEqual(monthly.recurring_next_date, date(2027, 1, 1))

    # --------------------------------------------------------------- approval
    def test_large_invoice_waits_for_approval_small_one_is_posted(self):
        with freeze_time("2026-10-20"):
            small = self._contract("Small", 500.0)
            large = self._contract("Large", 2500.0)
        with freeze_time("2026-11-01 06:00"):
            self._cron()
        small_invoice, large_invoice = self._invoices(small), self._invoices(large)
        self.assertEqual(small_invoice.state, "posted")
        self.assertEqual(large_invoice.state, "draft")
        self.assertGreater(large_invoice.tier_amount_company, 2000.0)
        self.assertEqual(large_invoice.validation_status, "pending")
        self.assertEqual(large_invoice.review_ids.requested_by, self.root)
        # It is in the managers' queue, and a manager may approve it.
        queue = self.env["account.move"].with_user(self.manager).search([("can_review", "=", True)])
        self.assertIn(large_invoice, queue)
        self.assertNotIn(small_invoice, queue)
        self.assertIn("Approval requested by", large_invoice.message_ids.mapped("body")[0])
        run = self._runs()
        self.assertEqual(
            (run.created_count, run.posted_count, run.waiting_count, run.failed_count),
            (2, 1, 1, 0),
        )
        self.assertIn("waits for approval", run.detail)
        # Nothing else is created or requested on a second run.
        with freeze_time("2026-11-01 18:00"):
            self._cron()
        self.assertEqual(self._invoices(large), large_invoice)
        self.assertEqual(len(large_invoice.review_ids), 1)
        self.assertEqual(large_invoice.state, "draft")
        self.assertEqual(self._runs(), run)

        # A manager approves it; the next run posts it, and only once.
        action = large_invoice.with_user(self.manager).validate_tier()
        self.env["comment.wizard"].with_user(self.manager).with_context(**action["context"]).create(
            {"comment": "Checked"}
        ).add_comment()
        self.assertEqual(large_invoice.validation_status, "validated")
        self.assertEqual(large_invoice.state, "draft")
        with freeze_time("2026-11-02 06:00"):
            self._cron()
        self.assertEqual(large_invoice.state, "posted")
        self.assertEqual(self._invoices(large), large_invoice)
        next_run = self._runs() - run
        self.assertEqual(
            (next_run.created_count, next_run.approved_count, next_run.failed_count),
            (0, 1, 0),
        )
        self.assertIn("posted after its approval", next_run.detail)
        with freeze_time("2026-11-03 06:00"):
            self._cron()
        self.assertEqual(self._runs(), run | next_run)

    # ---------------------------------------------------------------- failure
    def test_a_failing_contract_does_not_stop_the_others(self):
        with freeze_time("2026-10-20"):
            good = self._contract("Good", 500.0)
            broken = self._contract("Broken", 700.0)
            unapprovable = self._contract("Unapprovable", 3000.0)
        # Nobody could approve the large invoice: its rule's group is empty.
        rule = self.env["tier.definition"].search(
            [
                ("company_id", "=", self.company.id),
                ("definition_domain", "ilike", "out_invoice"),
            ]
        )
        rule.reviewer_group_id = self.env["res.groups"].create({"name": "Nobody"})
        Contract = type(self.Contract)
        prepare = Contract._prepare_invoice

        def prepare_invoice(contract, date_invoice, journal=None):
            if contract == broken:
                raise ValidationError(self.env._("Broken contract data"))
            return prepare(contract, date_invoice, journal=journal)

        with (
            freeze_time("2026-11-01 06:00"),
            patch.object(Contract, "_prepare_invoice", prepare_invoice),
        ):
            self._cron()
        self.assertEqual(self._invoices(good).state, "posted")
        # Not created: rolled back alone and flagged (OCA), retried next run.
        self.assertFalse(self._invoices(broken))
        self.assertIn("Broken contract data", broken.invoice_generation_error)
        self.assertEqual(broken.recurring_next_date, date(2026, 11, 1))
        # Created but neither posted nor sent for approval: stays in draft,
        # the contract's responsible has a to-do saying why.
        held = self._invoices(unapprovable)
        self.assertEqual(held.state, "draft")
        self.assertFalse(held.review_ids)
        activity = unapprovable.activity_ids
        self.assertEqual(activity.summary, "Scheduled invoice not posted")
        self.assertEqual(activity.user_id, self.manager)
        self.assertIn("nobody can give", activity.note)
        self.assertIn("stays in draft", unapprovable.message_ids[0].body)
        run = self._runs()
        self.assertEqual(
            (run.created_count, run.posted_count, run.waiting_count, run.failed_count),
            (2, 1, 0, 2),
        )
        self.assertEqual(run.failed_contract_ids, broken | unapprovable)
        self.assertIn("Broken contract data", run.detail)
        self.assertIn("nobody can give", run.detail)

    # --------------------------------------------------------------- companies
    def test_each_company_its_journal_taxes_and_run(self):
        with freeze_time("2026-10-20"):
            contract_a = self._contract("Fee A", 500.0)
            contract_b = self._contract("Fee B", 2500.0, company=self.company_b)
        self.assertEqual(contract_b.journal_id.company_id, self.company_b)
        self.assertEqual(contract_b.journal_id.type, "sale")
        with freeze_time("2026-11-01 06:00"):
            self._cron()
        invoice_a, invoice_b = self._invoices(contract_a), self._invoices(contract_b)
        self.assertEqual(invoice_a.journal_id, self.company_data["default_journal_sale"])
        self.assertEqual(invoice_b.journal_id, self.company_data_b["default_journal_sale"])
        self.assertEqual(invoice_a.invoice_line_ids.tax_ids, self.tax_a)
        self.assertEqual(invoice_b.invoice_line_ids.tax_ids, self.tax_b)
        self.assertEqual(invoice_b.company_id, self.company_b)
        # Company B's rule holds its invoice; its reviewer is B's manager.
        self.assertEqual(invoice_a.state, "posted")
        self.assertEqual(invoice_b.state, "draft")
        self.assertIn(self.manager_b, invoice_b.review_ids.reviewer_ids)
        self.assertNotIn(self.manager, invoice_b.review_ids.reviewer_ids)
        run_a, run_b = self._runs(), self._runs(self.company_b)
        self.assertEqual((run_a.posted_count, run_a.waiting_count), (1, 0))
        self.assertEqual((run_b.posted_count, run_b.waiting_count), (0, 1))

        # A user of company A sees none of company B's contracts or runs.
        clerk_contracts = self.Contract.with_user(self.clerk).search([])
        self.assertIn(contract_a, clerk_contracts)
        self.assertNotIn(contract_b, clerk_contracts)
        self.assertEqual(self.Run.with_user(self.clerk).search([]), run_a)
        with self.assertRaises(AccessError):
            contract_b.with_user(self.clerk).read(["name"])
        with self.assertRaises(AccessError):
            run_b.with_user(self.clerk).read(["detail"])

    # ------------------------------------------------------------- access
    def test_run_logs_deleted_by_system_admins_only(self):
        run, run_b = self.Run.sudo().create(
            [{"company_id": c.id, "date_ref": "2026-11-01"} for c in (self.company, self.company_b)]
        )
        self._assert_deleted_by_system_admins_only(
            run,
            run_b,
            [(self.manager, run), (self.clerk, run), (self.manager_b, run_b)],
            self._user("admin_a", "base.group_system", self.company),
        )
