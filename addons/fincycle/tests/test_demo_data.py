# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from stdnum import vatin

from odoo.tests import TransactionCase, tagged

from odoo.addons.base_iban.models.res_partner_bank import validate_iban


@tagged("post_install", "-at_install")
class TestDemoData(TransactionCase):
    """The demo loader is what run.sh shows newcomers: it must build a complete group."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.companies = cls.env["fincycle.demo.loader"]._load_demo()

    def test_group_of_companies(self):
        self.assertEqual(len(self.companies), 3)
        swiss = self.companies.filtered(lambda c: c.country_id.code == "CH")
        french = self.companies - swiss
        self.assertEqual(len(swiss), 2)
        self.assertEqual(swiss.currency_id.mapped("name"), ["CHF"])
        self.assertEqual(french.currency_id.name, "EUR")
        self.assertEqual(set(swiss.mapped("chart_template")), {"ch"})
        self.assertEqual(french.chart_template, "fr")
        for company in swiss:
            rates = set(
                self.env["account.tax"]
                .search([("company_id", "=", company.id), ("type_tax_use", "=", "sale")])
                .mapped("amount")
            )
            self.assertTrue({8.1, 2.6, 3.8} <= rates, rates)
        for company in self.companies:
            compact = company.vat.replace("-", "").replace(".", "").replace(" ", "")
            self.assertTrue(vatin.is_valid(compact), company.vat)
            bank = self.env["account.journal"].search(
                [("company_id", "=", company.id), ("type", "=", "bank")], limit=1
            )
            validate_iban(bank.bank_account_id.acc_number)  # raises if invalid

    def test_partners_have_vat_and_ibans(self):
        partners = self.env["res.partner"].search([("company_id", "in", self.companies.ids)])
        self.assertGreaterEqual(len(partners), 10)
        self.assertTrue(all(p.bank_ids or p.country_id.code == "CH" for p in partners))
        for bank in partners.bank_ids:
            validate_iban(bank.acc_number)
        self.assertTrue(partners.filtered("vat"))

    def test_invoices_in_every_state(self):
        today = self.env.cr.now().date()
        for company in self.companies:
            moves = self.env["account.move"].search(
                [("company_id", "=", company.id), ("move_type", "=", "out_invoice")]
            )
            self.assertIn("draft", moves.mapped("state"))
            posted = moves.filtered(lambda m: m.state == "posted")
            states = set(posted.mapped("payment_state"))
            self.assertTrue({"not_paid", "partial"} <= states, states)
            # fully paid: "in_payment" until the bank statement line is reconciled
            self.assertTrue(states & {"paid", "in_payment"}, states)
            overdue_days = sorted(
                (today - m.invoice_date_due).days
                for m in posted
                if m.payment_state == "not_paid" and m.invoice_date_due < today
            )
            self.assertEqual(overdue_days, [10, 40, 70])
            self.assertTrue(
                self.env["account.move"].search_count(
                    [
                        ("company_id", "=", company.id),
                        ("move_type", "=", "in_invoice"),
                        ("state", "=", "posted"),
                    ]
                )
            )

    def test_bank_feeds_populated_not_connected(self):
        for company in self.companies:
            integrations = self.env["fincycle.integration"].search(
                [("company_id", "=", company.id)]
            )
            self.assertIn("revolut", integrations.mapped("provider"))
            self.assertEqual(set(integrations.mapped("state")), {"draft"})
            self.assertTrue(all(i.environment == "sandbox" for i in integrations))
            provider = (
                self.env["online.bank.statement.provider"]
                .with_context(active_test=False)
                .search([("company_id", "=", company.id), ("service", "=", "revolut")])
            )
            lines = self.env["account.bank.statement.line"].search(
                [("journal_id", "=", provider.journal_id.id)]
            )
            self.assertGreaterEqual(len(lines), 5)
            self.assertEqual(len(set(lines.mapped("date"))), 5)  # a few days
            self.assertTrue(all(lines.mapped("unique_import_id")))
        french = self.companies.filtered(lambda c: c.country_id.code == "FR")
        self.assertTrue(
            self.env["fincycle.integration"].search(
                [("company_id", "in", french.ids), ("provider", "=", "qonto")]
            )
        )

    def test_captured_bills(self):
        """The demo bills went through the real capture: one posted, one waiting for review."""
        for company in self.companies.filtered(lambda c: c.country_id.code == "CH"):
            key = (
                self.env["ir.model.data"]
                .search([("model", "=", "res.company"), ("res_id", "=", company.id)], limit=1)
                .name.removeprefix("company_")
            )
            posted = self.env.ref(f"fincycle.{key}_captured_bill_1")
            review = self.env.ref(f"fincycle.{key}_captured_bill_2")
            self.assertEqual(posted.capture_id.state, "done", posted.capture_id.error_message)
            self.assertEqual(posted.ref, "2026-4711")
            self.assertIn("qr", posted.capture_id.sources)
            self.assertEqual(posted.state, "posted", posted.capture_id.review_reasons)
            self.assertEqual(review.state, "draft")
            self.assertEqual(review.capture_vendor_proposal, "Druckerei Gutenberg AG")

    def test_loader_is_idempotent(self):
        count = self.env["account.move"].search_count([])
        again = self.env["fincycle.demo.loader"]._load_demo()
        self.assertEqual(again, self.companies)
        self.assertEqual(self.env["account.move"].search_count([]), count)

    def test_demo_users_see_their_companies(self):
        accountant = self.env.ref("fincycle.user_accountant")
        self.assertEqual(set(accountant.company_ids.mapped("country_id.code")), {"CH"})
        self.assertTrue(accountant.has_group("fincycle_base.group_fincycle_manager"))
