# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import date, timedelta

from odoo import Command
from odoo.exceptions import AccessError, UserError
from odoo.tests import TransactionCase, freeze_time, new_test_user, tagged

from .common import TODAY, DunningCase


@tagged("post_install", "-at_install")
@freeze_time("2026-03-02 08:30:00")
class TestCustomerRisk(DunningCase, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_dunning()
        cls.company_b = cls._make_company("Rhône Conseil SA", "CHF", "CH", "Europe/Zurich")
        cls.punctual = cls._make_customer("Pünktlich AG", "ap@puenktlich.example")
        cls.Risk = cls.env["fincycle.partner.risk"]

    def _pay(self, invoice, on):
        self.env["account.payment.register"].with_company(invoice.company_id).with_context(
            active_model="account.move", active_ids=invoice.ids
        ).create({"payment_date": on})._create_payments()
        self.assertIn(invoice.payment_state, ("paid", "in_payment"))

    def _risk(self, partner, company=None):
        return self.Risk.search(
            [("partner_id", "=", partner.id), ("company_id", "=", (company or self.company).id)]
        )

    def test_score_from_history_with_factors(self):
        # the customer: an invoice paid 50 days late, one open 40 days past due and disputed,
        # reminded twice
        late = self._invoice(self.customer, 1000, 120)
        self._pay(late, TODAY - timedelta(days=70))
        open_invoice = self._invoice(self.customer, 1000, 40)
        self._dispute(open_invoice, category="contestation", disputed_amount=400)
        on_time = self._invoice(self.punctual, 1000, 60)
        self._pay(on_time, TODAY - timedelta(days=61))

        self.Risk._fincycle_recompute_company(self.company, today=TODAY)

        risk = self._risk(self.customer)
        factors = {f["code"]: f for f in risk.factors}
        self.assertEqual(factors["avg_days_late"]["value"], 45.0)  # (50 + 40) / 2
        self.assertEqual(factors["disputes_12m"]["value"], 1)
        self.assertEqual(risk.disputed_amount, 400)
        self.assertEqual(risk.overdue_amount, 1000)
        self.assertEqual(risk.dispute_count, 1)
        self.assertEqual(
            risk.score, round(sum(f["points"] for f in risk.factors)), "points add up to the score"
        )
        self.assertGreater(risk.score, 30)
        self.assertIn("Days late, average", risk.factors_html)
        self.assertEqual(self._risk(self.punctual).score, 0)
        # on the partner, for the current company
        self.assertEqual(self.customer.with_company(self.company).risk_score, risk.score)

    def test_company_isolation(self):
        self._invoice(self.customer, 1000, 60)  # company A: 60 days overdue
        b_invoice = self._invoice(self.customer, 1000, 60, company=self.company_b)
        self._pay(b_invoice, TODAY - timedelta(days=60))  # company B: paid on time

        self.Risk._cron_fincycle_recompute()

        risk_a = self._risk(self.customer)
        risk_b = self._risk(self.customer, self.company_b)
        self.assertGreater(risk_a.score, 40)
        self.assertEqual(risk_b.score, 0)
        user_b = new_test_user(
            self.env,
            login="risk_user_b",
            groups="account.group_account_invoice",
            company_id=self.company_b.id,
            company_ids=[Command.set(self.company_b.ids)],
        )
        env_b = self.env(user=user_b, context={"allowed_company_ids": self.company_b.ids})
        self.assertEqual(env_b["fincycle.partner.risk"].search([]), risk_b)
        with self.assertRaises(AccessError):
            env_b["fincycle.partner.risk"].browse(risk_a.id).read(["score"])
        self.assertEqual(self.customer.with_env(env_b).risk_score, 0)
        # a user without accounting rights opens the partner without error
        sales = new_test_user(self.env, login="risk_plain_user", groups="base.group_user")
        self.assertEqual(self.customer.with_user(sales).risk_score, 0)

    def test_cron_rescores_and_orders_the_worklist(self):
        self._invoice(self.customer, 1000, 50)
        self._invoice(self.other_customer, 1000, 20)
        self.Risk._cron_fincycle_recompute(batch_size=1)
        first = self._risk(self.customer)
        self.assertTrue(first)
        self._cron()  # reminders: lines for both customers
        lines = self.env["credit.control.line"].search([("company_id", "=", self.company.id)])
        self.assertEqual(len(lines), 2)
        self.assertEqual(
            set(lines.mapped("risk_score")), {first.score, self._risk(self.other_customer).score}
        )
        worklist = self.env["credit.control.line"].search(
            [("id", "in", lines.ids)], order="risk_score desc"
        )
        self.assertEqual(worklist[0].partner_id, self.customer)
        # the next night: the same record is updated, the lines follow
        self._dispute(self._invoice(self.customer, 500, 30), category="invoice_error")
        self.Risk._cron_fincycle_recompute()
        again = self._risk(self.customer)
        self.assertEqual(again, first)
        self.assertEqual(again.dispute_count, 1)
        self.assertEqual(worklist[0].risk_score, again.score)

    def test_invoice_warning_and_optional_block(self):
        self._invoice(self.customer, 1000, 90)
        self.Risk._fincycle_recompute_company(self.company, today=TODAY)
        score = self._risk(self.customer).score
        self.company.risk_threshold = score
        draft = (
            self.env["account.move"]
            .with_company(self.company)
            .create(
                {
                    "move_type": "out_invoice",
                    "partner_id": self.customer.id,
                    "invoice_line_ids": [
                        Command.create({"name": "More", "price_unit": 100, "tax_ids": []})
                    ],
                }
            )
        )
        self.assertTrue(draft.partner_risk_warning)
        self.assertEqual(draft.partner_risk_score, score)
        # a warning only, by default
        clerk = new_test_user(
            self.env,
            login="risk_clerk",
            groups="account.group_account_invoice",
            company_id=self.company.id,
            company_ids=[Command.set(self.company.ids)],
        )
        second = draft.copy()
        draft.with_user(clerk).action_post()
        self.assertEqual(draft.state, "posted")
        # blocking when configured: the clerk cannot, a manager can
        self.company.risk_block = True
        second.invalidate_recordset()
        with self.assertRaises(UserError):
            second.with_user(clerk).action_post()
        manager = new_test_user(
            self.env,
            login="risk_manager",
            groups="account.group_account_manager",
            company_id=self.company.id,
            company_ids=[Command.set(self.company.ids)],
        )
        second.with_user(manager).action_post()
        self.assertEqual(second.state, "posted")
        # below the threshold nothing shows
        self.company.risk_threshold = score + 1
        second.invalidate_recordset()
        self.assertFalse(second.partner_risk_warning)


@tagged("post_install", "-at_install")
@freeze_time("2026-03-02 08:30:00")
class TestMonthlyDisputeReport(DunningCase, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_dunning()
        cls.company_b = cls._make_company("Rhône Conseil SA", "CHF", "CH", "Europe/Zurich")
        cls.manager = new_test_user(
            cls.env,
            login="dispute_report_manager",
            email="manager@seeblick.example",
            groups="account.group_account_manager",
            company_id=cls.company.id,
            company_ids=[Command.set(cls.company.ids)],
        )
        cls.manager_fr = new_test_user(
            cls.env,
            login="dispute_report_manager_fr",
            email="direction@seeblick.example",
            groups="account.group_account_manager",
            company_id=cls.company.id,
            company_ids=[Command.set(cls.company.ids)],
        )
        cls.env["res.lang"]._activate_lang("fr_FR")
        cls.manager_fr.lang = "fr_FR"

    def _february(self):
        inv1 = self._invoice(self.customer, 1000, 20)
        inv2 = self._invoice(self.other_customer, 600, 25)
        inv3 = self._invoice(self.customer, 300, 30)
        d1 = self._dispute(inv1, category="contestation", urgency="4", date_opened=date(2026, 2, 3))
        d2 = self._dispute(
            inv2,
            category="already_paid",
            urgency="2",
            disputed_amount=600,
            date_opened=date(2026, 2, 10),
        )
        d3 = self._dispute(inv3, category="contestation", urgency="2", date_opened=date(2026, 1, 5))
        d2.write(
            {"state": "resolved", "resolution": "payment_found", "date_closed": date(2026, 2, 20)}
        )
        # in the other company, not in this report
        b_inv = self._invoice(self.customer, 999, 20, company=self.company_b)
        self._dispute(b_inv, category="invoice_error", date_opened=date(2026, 2, 11))
        return d1, d2, d3

    def test_resolution_days_and_company_amount(self):
        _d1, d2, _d3 = self._february()
        self.assertEqual(d2.resolution_days, 10)
        self.assertEqual(d2.disputed_amount_company, 600)

    def test_month_summary(self):
        d1, _d2, d3 = self._february()
        summary = self.env["account.dispute"]._fincycle_month_summary(
            self.company, date(2026, 2, 1)
        )
        self.assertEqual(summary["opened_count"], 2)
        self.assertEqual(summary["opened_amount"], 1600)
        by_category = {row["code"]: (row["count"], row["amount"]) for row in summary["by_category"]}
        self.assertEqual(by_category, {"contestation": (1, 1000), "already_paid": (1, 600)})
        by_urgency = {row["code"]: row["count"] for row in summary["by_urgency"]}
        self.assertEqual(by_urgency, {"4": 1, "2": 1})
        self.assertEqual(summary["closed_count"], 1)
        self.assertEqual(summary["mean_days_to_resolve"], 10.0)
        self.assertEqual(summary["open_count"], 2)  # d1 and the January d3
        self.assertEqual(summary["oldest_open"]["name"], d3.name)
        self.assertEqual(
            summary["oldest_open"]["days"], (date(2026, 2, 28) - date(2026, 1, 5)).days
        )
        self.assertNotIn(d1.name, summary["oldest_open"]["name"])

    def test_monthly_cron_mails_managers_once_in_their_language(self):
        self._february()
        Mail = self.env["mail.mail"]
        before = Mail.search([])
        self.env["account.dispute"]._cron_fincycle_monthly_report()
        mails = Mail.search([("id", "not in", before.ids), ("model", "=", "res.company")])
        mails_a = mails.filtered(lambda m: m.res_id == self.company.id)
        self.assertEqual(len(mails_a), 2)  # one per language
        self.assertEqual(
            mails_a.recipient_ids, self.manager.partner_id | self.manager_fr.partner_id
        )
        english = mails_a.filtered(lambda m: self.manager.partner_id in m.recipient_ids)
        self.assertIn("February 2026", english.subject)
        self.assertIn("Contestation", english.body_html)
        self.assertIn("Says already paid", english.body_html)
        self.assertIn("10.0", english.body_html)  # days to resolve
        self.assertEqual(self.company.dispute_report_last_month, date(2026, 2, 1))
        # the French manager's mail is rendered in French (month name)
        french = mails_a - english
        self.assertIn("février", french.subject.lower())
        # once a month
        self.env["account.dispute"]._cron_fincycle_monthly_report()
        again = Mail.search([("id", "not in", (before | mails).ids), ("model", "=", "res.company")])
        self.assertFalse(again)
