# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from itertools import pairwise

from stdnum import vatin

from odoo import fields
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
        # euros and francs convert at the day's rate in every company (the cockpit's group total)
        eur, chf = self.env.ref("base.EUR"), self.env.ref("base.CHF")
        today = fields.Date.context_today(self.env.user)
        for company in self.companies:
            rate = self.env["res.currency"]._get_conversion_rate(eur, chf, company, today)
            self.assertTrue(0.85 < rate < 1.0, (company.name, rate))
        for company in self.companies:
            compact = company.vat.replace("-", "").replace(".", "").replace(" ", "")
            self.assertTrue(vatin.is_valid(compact), company.vat)
            bank = self.env["account.journal"].search(
                [("company_id", "=", company.id), ("type", "=", "bank")], limit=1
            )
            validate_iban(bank.bank_account_id.acc_number)  # raises if invalid

    def test_partners_have_vat_and_ibans(self):
        partners = self.env["res.partner"].search(
            [
                ("company_id", "in", self.companies.ids),
                "|",
                ("user_ids", "=", False),
                ("user_ids.share", "=", True),  # not the employees' own contacts
            ]
        )
        self.assertGreaterEqual(len(partners), 10)
        self.assertFalse(
            [p.name for p in partners if not (p.bank_ids or p.country_id.code == "CH")]
        )
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
            retainers = (
                self.env["account.move"]
                .search([("company_id", "=", company.id), ("ref", "=", False)])
                .filtered(lambda m: "retainer" in (m.invoice_line_ids[:1].name or "").lower())
            )
            overdue_days = sorted(
                (today - m.invoice_date_due).days
                for m in posted - retainers
                if m.payment_state == "not_paid" and m.invoice_date_due < today
            )
            # one per reminder level (15/30/45 days); the 10-day one was paid by bank
            self.assertEqual(overdue_days, [20, 40, 70])
            self.assertTrue(
                self.env["account.move"].search_count(
                    [
                        ("company_id", "=", company.id),
                        ("move_type", "=", "in_invoice"),
                        ("state", "=", "posted"),
                    ]
                )
            )

    def test_bank_feeds_populated_with_valid_statements(self):
        for number, company in enumerate(self.companies):
            integrations = self.env["fincycle.integration"].search(
                [("company_id", "=", company.id)]
            )
            self.assertIn("revolut", integrations.mapped("provider"))
            self.assertTrue(all(i.environment == "sandbox" for i in integrations))
            revolut = integrations.filtered(lambda i: i.provider == "revolut")
            # The holding's connection looks like a live feed after a pull; the others wait.
            self.assertEqual(revolut.state, "connected" if number == 0 else "draft")
            self.assertEqual(bool(revolut.last_success_at), number == 0)
            provider = (
                self.env["online.bank.statement.provider"]
                .with_context(active_test=False)
                .search([("company_id", "=", company.id), ("service", "=", "revolut")])
            )
            self.assertEqual(provider.fincycle_balance_state, "ok")
            lines = self.env["account.bank.statement.line"].search(
                [("journal_id", "=", provider.journal_id.id)]
            )
            # the live-looking feed's pull is listed with the sync runs, like a scheduled one
            runs = self.env["fincycle.sync.run"].search([("bank_provider_id", "=", provider.id)])
            self.assertEqual(len(runs), 1 if number == 0 else 0)
            if runs:
                self.assertEqual((runs.state, runs.created_count), ("done", len(lines)))
            self.assertGreaterEqual(len(lines), 7)
            self.assertEqual(len(set(lines.mapped("date"))), 7)  # a week
            self.assertTrue(all(lines.mapped("unique_import_id")))
            # Running balances in date order: every statement valid and chained
            # (the dashboard showed "Invalid Statement(s)" when they were not).
            statements = lines.statement_id.sorted(lambda st: (st.date, st.id))
            self.assertTrue(all(statements.mapped("is_valid")), statements.mapped("name"))
            self.assertTrue(all(statements.mapped("is_complete")), statements.mapped("name"))
            for previous, current in pairwise(statements):
                self.assertAlmostEqual(previous.balance_end_real, current.balance_start)
        french = self.companies.filtered(lambda c: c.country_id.code == "FR")
        self.assertTrue(
            self.env["fincycle.integration"].search(
                [("company_id", "in", french.ids), ("provider", "=", "qonto")]
            )
        )

    def test_autopilot_work_and_a_suggestion_to_review(self):
        for company in self.companies:
            lines = self.env["account.bank.statement.line"].search(
                [("company_id", "=", company.id), ("autopilot_state", "!=", False)]
            )
            self.assertGreaterEqual(lines.mapped("autopilot_state").count("auto"), 2)
            proposed = self.env["account.reconcile.suggestion"].search(
                [("statement_line_id", "in", lines.ids), ("state", "=", "proposed")]
            )
            self.assertTrue(proposed, company.name)
            # a genuine ambiguity: two open retainers of the amount paid
            retainer_texts = {"Monatspauschale", "Forfait mensuel"}  # in the company's language
            self.assertTrue(retainer_texts & set(proposed.statement_line_id.mapped("payment_ref")))
            self.assertEqual(
                company.partner_id.lang[:2],
                "fr" if company.name != "Seeblick Treuhand AG" else "de",
            )

    def test_captured_bills(self):
        """The demo bills went through the real capture: one posted, one waiting for review."""
        for company in self.companies.filtered(lambda c: c.country_id.code == "CH"):
            key = (
                self.env["ir.model.data"]
                .search([("model", "=", "res.company"), ("res_id", "=", company.id)], limit=1)
                .name.removeprefix("company_")
            )
            posted = self.env.ref(f"fincycle_demo.{key}_captured_bill_1")
            review = self.env.ref(f"fincycle_demo.{key}_captured_bill_2")
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
        accountant = self.env.ref("fincycle_demo.user_accountant")
        self.assertEqual(set(accountant.company_ids.mapped("country_id.code")), {"CH"})
        self.assertTrue(accountant.has_group("fincycle_base.group_fincycle_manager"))

    def test_demo_users_work_in_their_language_on_the_dashboard(self):
        active = set(self.env["res.lang"].search([]).mapped("code"))
        self.assertTrue({"de_CH", "fr_CH", "fr_FR", "it_IT"} <= active, active)
        self.assertEqual(self.env["res.lang"]._lang_get("de_CH").date_format, "%d.%m.%Y")
        dashboard = self.env.ref("account.open_account_journal_dashboard_kanban")
        admin = self.env.ref("base.user_admin")
        self.assertEqual(admin.company_id, self.companies[0])
        for xmlid, lang in (
            ("fincycle_demo.user_accountant", "de_CH"),
            ("fincycle_demo.user_comptable", "fr_FR"),
        ):
            user = self.env.ref(xmlid)
            self.assertEqual(user.lang, lang)
            self.assertEqual(user.action_id.id, dashboard.id)
            # Reconcile, Import Statement and the autopilot's menus need full accounting
            self.assertTrue(user.has_group("account.group_account_user"))
            self.assertTrue(user.has_group("base.group_partner_manager"))  # Create Vendor
        self.assertEqual(admin.action_id.id, dashboard.id)
        # a German user reads German labels
        label = (
            self.env["ir.model.fields"]
            .with_context(lang="de_CH")
            .search([("model", "=", "account.move"), ("name", "=", "partner_id")])
            .field_description
        )
        self.assertEqual(label, "Kunde")
        menu = self.env.ref("account.menu_finance").with_context(lang="fr_FR").name
        self.assertIn(menu, ("Facturation", "Comptabilité"))

    def test_credit_control_cases_and_the_day_s_reminders(self):
        ref = self.env.ref
        controller = ref("fincycle_demo.user_controller")
        self.assertTrue(
            controller.has_group("account_credit_control.group_account_credit_control_manager")
        )
        self.assertTrue(controller.has_group("account.group_account_invoice"))
        self.assertEqual(controller.company_ids, self.companies)
        levels = set()
        for company in self.companies:
            self.assertEqual(company.credit_policy_id.level_ids.mapped("delay_days"), [15, 30, 45])
            self.assertIn(company.partner_id.tz, ("Europe/Zurich", "Europe/Paris"))
            self.assertEqual(company.credit_controller_id, controller)
            run = self.env["credit.control.run"].search(
                [("company_id", "=", company.id), ("date", "=", self.env.cr.now().date())]
            )
            self.assertEqual(set(run.line_ids.mapped("state")), {"draft"}, company.name)
            levels |= set(run.line_ids.mapped("level"))
        self.assertEqual(levels, {1, 2, 3})  # the earlier runs were sent
        dispute = ref("fincycle_demo.seeblick_dispute")
        self.assertEqual(
            (dispute.state, dispute.category, dispute.urgency, dispute.source),
            ("open", "contestation", "3", "email"),
        )
        self.assertEqual(dispute.disputed_amount, dispute.invoice_ids.amount_residual)
        self.assertEqual(dispute.user_id, controller)
        emails = dispute.message_ids.filtered(lambda m: m.message_type == "email")
        self.assertEqual(emails.author_id, ref("fincycle_demo.portal_contact"))
        promise = ref("fincycle_demo.seeblick_promise")
        self.assertGreater(promise.promised_date, self.env.cr.now().date())
        self.assertEqual(
            self.env["account.dispute"].search_count(
                [("state", "in", ("open", "in_progress")), ("is_dispute", "=", True)]
            ),
            1,
        )
        customer = ref("fincycle_demo.seeblick_customer_3")
        self.assertTrue(customer.no_dunning and customer.no_dunning_reason)
        waiting = ref("fincycle_demo.seeblick_bank_line_waiting")
        self.assertFalse(waiting.is_reconciled)
        # what the daily run holds back, and why
        self.assertEqual(dispute.invoice_ids.dunning_pause_reason, "dispute")
        self.assertEqual(promise.invoice_ids.dunning_pause_reason, "promise")
        self.assertEqual(
            ref("fincycle_demo.seeblick_retainer_5").dunning_pause_reason, "bank_pending"
        )
        self.assertEqual(
            ref("fincycle_demo.seeblick_invoice_partial").dunning_pause_reason, "no_dunning"
        )
        run = ref("fincycle_demo.seeblick_reminder_run")
        self.assertEqual(run.held_line_count, 4)  # dispute, promise, two retainers

    def test_portal_customer_sees_her_invoices(self):
        portal = self.env.ref("fincycle_demo.user_portal")
        self.assertTrue(portal._is_portal())
        invoices = (
            self.env["account.move"].with_user(portal).search([("move_type", "=", "out_invoice")])
        )
        self.assertTrue(invoices)
        self.assertEqual(invoices.partner_id.commercial_partner_id.name, "Praxis Dr. Meier")

    def test_history_posted_before_the_approval_rules(self):
        """Invoices above 2,000 of the history are posted; the companies have the approval
        module's default rules, made once (a second load makes none)."""
        large = self.env["account.move"].search(
            [
                ("company_id", "in", self.companies.ids),
                ("move_type", "=", "out_invoice"),
                ("state", "=", "posted"),
                ("tier_amount_company", ">", 2000),
            ]
        )
        self.assertTrue(large)
        Definition = self.env["tier.definition"]
        for company in self.companies:
            self.assertTrue(company.tier_defaults_created)
            self.assertEqual(Definition.search_count([("company_id", "=", company.id)]), 2)
        self.env["fincycle.demo.loader"]._load_demo()
        self.assertEqual(
            Definition.search_count([("company_id", "in", self.companies.ids)]),
            2 * len(self.companies),
        )

    def test_invoice_waits_for_admin_s_approval(self):
        invoice = self.env.ref("fincycle_demo.seeblick_invoice_to_approve")
        accountant = self.env.ref("fincycle_demo.user_accountant")
        admin = self.env.ref("base.user_admin")
        self.assertEqual(invoice.company_id, self.env.ref("fincycle_demo.company_seeblick"))
        self.assertEqual((invoice.state, invoice.move_type), ("draft", "out_invoice"))
        self.assertGreater(invoice.tier_amount_company, 2000)
        self.assertEqual(invoice.tier_requested_by, accountant)
        self.assertEqual(invoice.create_uid, accountant)
        queue = (
            self.env["account.move"]
            .with_user(admin)
            .search([("state", "=", "draft"), ("validation_status", "in", ("waiting", "pending"))])
        )
        self.assertIn(invoice, queue)
        self.assertTrue(invoice.with_user(admin).can_review)
        self.assertFalse(invoice.with_user(accountant).can_review)

    def test_fixed_fee_contracts_start_next_month(self):
        today = fields.Date.context_today(self.env["res.users"])
        contracts = self.env.ref("fincycle_demo.seeblick_contract_bookkeeping") | self.env.ref(
            "fincycle_demo.seeblick_contract_payroll"
        )
        self.assertEqual(sorted(contracts.mapped("recurring_rule_type")), ["monthly", "quarterly"])
        self.assertEqual(contracts.company_id, self.env.ref("fincycle_demo.company_seeblick"))
        for contract in contracts:
            self.assertGreater(contract.recurring_next_date, today)
            self.assertFalse(contract._get_related_invoices())
