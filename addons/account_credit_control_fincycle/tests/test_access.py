# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import Command
from odoo.exceptions import AccessError
from odoo.tests import TransactionCase, freeze_time, new_test_user, tagged

from .common import DunningCase


@tagged("post_install", "-at_install")
@freeze_time("2026-03-02 08:30:00")
class TestDisputeAccess(DunningCase, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_dunning()
        cls.company_b = cls._make_company("Rhône Conseil SA", "CHF", "CH", "Europe/Zurich")
        cls.invoice_a = cls._invoice(cls.customer, 1000, 20)
        cls.invoice_b = cls._invoice(cls.customer, 2000, 20, company=cls.company_b)

        def user(login, groups, company):
            return new_test_user(
                cls.env,
                login=login,
                groups=groups,
                company_id=company.id,
                company_ids=[Command.set(company.ids)],
            )

        cls.clerk_a = user("dispute_clerk_a", "account.group_account_invoice", cls.company)
        cls.accountant_a = user("dispute_accountant_a", "account.group_account_user", cls.company)
        cls.accountant_b = user("dispute_accountant_b", "account.group_account_user", cls.company_b)

    def _as(self, user):
        return self.env(user=user, context={"allowed_company_ids": user.company_ids.ids})

    def test_company_isolation(self):
        dispute_a = self._dispute(self.invoice_a, category="contestation")
        dispute_b = self._dispute(self.invoice_b, category="contestation")
        Dispute_b = self._as(self.accountant_b)["account.dispute"]
        self.assertEqual(Dispute_b.search([]), dispute_b)
        with self.assertRaises(AccessError):
            Dispute_b.browse(dispute_a.id).read(["name"])
        self.assertEqual(self._as(self.clerk_a)["account.dispute"].search([]), dispute_a)
        # the partner's count only sees the user's companies
        partner_b = self.customer.with_env(self._as(self.accountant_b))
        self.assertEqual(partner_b.open_dispute_count, 1)

    def test_invoicing_user_records_but_does_not_decide(self):
        env = self._as(self.clerk_a)
        dispute = env["account.dispute"].create(
            {
                "invoice_ids": [Command.set(self.invoice_a.ids)],
                "category": "already_paid",
                "description": "<p>Paid on 1 March</p>",
            }
        )
        self.assertEqual(dispute.partner_id, self.customer)
        self.assertEqual(dispute.user_id, self.clerk_a)
        dispute.write({"urgency": "4"})
        dispute.action_start()
        dispute.message_post(body="Customer sends the bank slip")
        with self.assertRaises(AccessError):
            dispute.action_resolve("payment_found")
        with self.assertRaises(AccessError):
            dispute.write({"state": "resolved"})
        with self.assertRaises(AccessError):
            dispute.action_reject()
        with self.assertRaises(AccessError):
            dispute.unlink()
        # an accountant decides
        dispute.with_env(self._as(self.accountant_a)).action_resolve("payment_found")
        self.assertEqual(dispute.state, "resolved")
        self.assertEqual(self.invoice_a.dunning_resume_date.isoformat(), "2026-03-02")

    def test_invoicing_user_opens_from_the_invoice(self):
        env = self._as(self.clerk_a)
        action = self.invoice_a.with_env(env).action_open_dispute()
        dispute = env["account.dispute"].with_context(**action["context"]).create({})
        self.assertEqual(dispute.invoice_ids, self.invoice_a)
        self.assertEqual(dispute.source, "manual")
        self.assertEqual(dispute.company_id, self.company)
        self.assertEqual(self.invoice_a.with_env(env).dunning_pause_reason, "dispute")

    def test_views_open_for_an_invoicing_user(self):
        env = self._as(self.clerk_a)
        views = env["account.dispute"].get_views(
            [(False, "list"), (False, "form"), (False, "kanban"), (False, "search")]
        )
        self.assertEqual(set(views["views"]), {"list", "form", "kanban", "search"})
        form = env["account.move"].get_views([(False, "form")])["views"]["form"]["arch"]
        self.assertIn("action_open_dispute", form)
        self.assertIn("dunning_pause_reason", form)
        partner_form = env["res.partner"].get_views([(False, "form")])["views"]["form"]["arch"]
        self.assertIn("action_view_disputes", partner_form)
