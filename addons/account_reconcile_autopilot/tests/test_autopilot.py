# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo import Command
from odoo.exceptions import UserError
from odoo.tests import new_test_user, tagged

from .common import QRR, AutopilotCase


@tagged("post_install", "-at_install")
class TestAutopilot(AutopilotCase):
    # -- auto ------------------------------------------------------------------------------
    def test_exact_structured_reference_is_auto_reconciled_with_evidence(self):
        invoice = self._invoice(self.alpha, 1250.0, payment_reference=QRR)
        self._invoice(self.beta, 1250.0)  # same amount, other partner: the reference decides
        line = self._line(1250.0, "Gutschrift", ref=QRR)
        self._run(line)
        self.assertTrue(line.is_reconciled)
        self.assertEqual(line.autopilot_state, "auto")
        self.assertIn(invoice.payment_state, ("paid", "in_payment"))
        self.assertGreaterEqual(line.autopilot_score, 0.95)
        self.assertTrue(line.autopilot_evidence)
        message = "".join(line.move_id.message_ids.mapped("body"))
        self.assertIn(invoice.name, message)
        self.assertIn("Confidence", message)
        self.assertIn("Undo", message)
        self.assertIn(line.payment_ref, "".join(invoice.message_ids.mapped("body")))
        suggestion = line.autopilot_suggestion_ids.filtered(lambda s: s.state == "auto")
        self.assertEqual(suggestion.move_ids, invoice)

    def test_undo_restores_and_remembers(self):
        invoice = self._invoice(self.alpha, 800.0, payment_reference=QRR)
        line = self._line(800.0, "Zahlung", ref=QRR)
        self._run(line)
        self.assertTrue(line.is_reconciled)
        line.action_autopilot_undo()
        self.assertFalse(line.is_reconciled)
        self.assertEqual(invoice.amount_residual, 800.0)
        self.assertEqual(line.autopilot_state, "undone")
        line.autopilot_state = "pending"
        self._run(line)
        self.assertFalse(line.is_reconciled)  # the undone match is not applied again
        self.assertNotIn(
            invoice,
            line.autopilot_suggestion_ids.filtered(lambda s: s.state == "proposed").move_ids,
        )
        with self.assertRaises(UserError):
            line.action_autopilot_undo()

    def test_partial_payment_with_exact_reference(self):
        invoice = self._invoice(self.alpha, 1000.0, payment_reference=QRR)
        line = self._line(400.0, "Anzahlung", ref=QRR)
        self._run(line)
        if line.autopilot_state == "suggested":
            line.autopilot_suggestion_ids.filtered(lambda s: s.state == "proposed")[
                :1
            ].action_accept()
        self.assertTrue(line.is_reconciled)
        self.assertEqual(invoice.amount_residual, 600.0)

    def test_fees_deducted_go_to_the_writeoff_account(self):
        invoice = self._invoice(self.alpha, 1000.0, payment_reference=QRR)
        line = self._line(988.0, "Payment", ref=QRR)
        self._run(line)
        self.assertEqual(line.autopilot_state, "auto")
        self.assertTrue(line.is_reconciled)
        self.assertIn(invoice.payment_state, ("paid", "in_payment"))
        writeoff = line.move_id.line_ids.filtered(lambda x: x.account_id == self.writeoff)
        self.assertAlmostEqual(writeoff.balance, 12.0)

    def test_without_writeoff_account_the_difference_is_not_lost(self):
        self.company.autopilot_writeoff_account_id = False
        invoice = self._invoice(self.alpha, 1000.0, payment_reference=QRR)
        line = self._line(988.0, "Payment", ref=QRR)
        self._run(line)
        # either reconciled with the rest open on the partner, or left for review: never
        # booked to a made-up account
        if line.is_reconciled:
            self.assertAlmostEqual(invoice.amount_residual, 12.0)
        else:
            self.assertEqual(line.autopilot_state, "suggested")

    # -- review ----------------------------------------------------------------------------
    def test_ambiguous_same_amount_is_suggested_then_accepted(self):
        first = self._invoice(self.beta, 300.0, days=40)
        second = self._invoice(self.gamma, 300.0, days=10)
        line = self._line(300.0, "Zahlung")
        self._run(line)
        self.assertFalse(line.is_reconciled)
        proposed = line.autopilot_suggestion_ids.filtered(lambda s: s.state == "proposed")
        if not proposed:
            self.assertEqual(line.autopilot_state, "unmatched")
            return
        self.assertEqual(line.autopilot_state, "suggested")
        self.assertLessEqual(set(proposed.move_ids.ids), {first.id, second.id})
        chosen = proposed[0]
        chosen.action_accept()
        self.assertTrue(line.is_reconciled)
        self.assertIn(chosen.move_ids.payment_state, ("paid", "in_payment"))
        self.assertEqual(chosen.state, "accepted")

    def test_rejected_pair_is_not_proposed_again(self):
        invoice = self._invoice(self.beta, 450.0)
        line = self._line(450.0, "Beta Bau AG", partner_name="Beta Bau AG")
        self._run(line)
        proposed = line.autopilot_suggestion_ids.filtered(
            lambda s: s.state == "proposed" and s.move_ids == invoice
        )
        if line.is_reconciled:
            line.action_autopilot_undo()
        else:
            self.assertTrue(proposed, line.autopilot_evidence)
            proposed.action_reject()
        line.autopilot_state = "pending"
        self._run(line)
        self.assertFalse(line.is_reconciled)
        live = line.autopilot_suggestion_ids.filtered(lambda s: s.state == "proposed")
        self.assertNotIn(invoice, live.move_ids)

    def test_thresholds_per_company_and_journal(self):
        invoice = self._invoice(self.alpha, 1000.0, payment_reference=QRR)
        line = self._line(400.0, "Anzahlung", ref=QRR)  # partial: sure, but not certain
        self.company.autopilot_auto_threshold = 0.999
        self.company.autopilot_suggest_threshold = 0.5
        self._run(line)
        self.assertFalse(line.is_reconciled)
        self.assertEqual(line.autopilot_state, "suggested")
        self.assertLess(line.autopilot_score, 0.999)
        # the journal may be more trusting than the company
        self.journal.autopilot_auto_threshold = 0.9
        line.autopilot_state = "pending"
        self._run(line)
        self.assertTrue(line.is_reconciled)
        self.assertEqual(invoice.amount_residual, 600.0)

    def test_noise_is_left_alone(self):
        self._invoice(self.alpha, 500.0)
        line = self._line(-3200.0, "Salaries May")
        self._run(line)
        self.assertFalse(line.is_reconciled)
        self.assertEqual(line.autopilot_state, "unmatched")

    def test_oca_substring_matcher_is_disabled(self):
        invoice = self._invoice(self.alpha, 90.0)
        # OCA would reconcile a "/" label with the only open invoice on create
        line = (
            self.env["account.bank.statement.line"]
            .with_context(_test_account_reconcile_oca=True)
            .create(
                {
                    "journal_id": self.journal.id,
                    "date": self.today,
                    "amount": 50.0,
                    "payment_ref": "/",
                }
            )
        )
        self.assertFalse(line.is_reconciled)
        self.assertEqual(invoice.amount_residual, 90.0)
        self.assertEqual(line.autopilot_state, "pending")

    def test_reconcile_form_prefilled_with_best_suggestion(self):
        invoice = self._invoice(self.beta, 333.0)
        line = self._line(333.0, "Beta", partner_name="Beta Bau AG")
        self.company.autopilot_auto_threshold = 1.0
        self.company.autopilot_suggest_threshold = 0.3
        self._run(line)
        self.assertEqual(line.autopilot_state, "suggested")
        line.reconcile_data = False
        line.invalidate_recordset(["reconcile_data_info"])
        data = line.reconcile_data_info["data"]
        counterparts = [d for d in data if d.get("kind") == "other"]
        self.assertTrue(counterparts)
        self.assertIn(
            invoice.line_ids.filtered("account_id.reconcile").id,
            counterparts[0]["counterpart_line_ids"]
            if "counterpart_line_ids" in counterparts[0]
            else [counterparts[0]["id"]],
        )

    # -- foreign currency ------------------------------------------------------------------
    def test_foreign_currency_line_matches_in_invoice_currency(self):
        eur = self.env.ref("base.EUR")
        self.env["res.currency.rate"].create(
            {
                "currency_id": eur.id,
                "company_id": self.company.id,
                "name": self.today - timedelta(days=30),
                "rate": 1.05,
            }
        )
        invoice = self._invoice(
            self.alpha, 1000.0, payment_reference="RF18539007547034", currency=eur
        )
        line = self._line(
            940.0,
            "EUR payment RF18539007547034",
            foreign_currency_id=eur.id,
            amount_currency=1000.0,
            ref="RF18539007547034",
        )
        self._run(line)
        best = line.autopilot_suggestion_ids.sorted("rank")[:1]
        if best.state == "proposed":
            best.action_accept()
        self.assertTrue(line.is_reconciled)
        self.assertIn(invoice.payment_state, ("paid", "in_payment"))
        self.assertFalse(invoice.amount_residual)

    # -- cron ------------------------------------------------------------------------------
    def test_cron_processes_in_batches(self):
        invoices = [
            self._invoice(self.alpha, 100.0 + n, payment_reference=f"INV-CRON-{n}")
            for n in range(6)
        ]
        lines = self.env["account.bank.statement.line"]
        for n, invoice in enumerate(invoices):
            lines |= self._line(100.0 + n, f"Payment {invoice.name}")
        self.assertEqual(set(lines.mapped("autopilot_state")), {"pending"})
        for _round in range(3):
            self.env["account.bank.statement.line"]._cron_autopilot(batch_size=2)
        lines.invalidate_recordset()
        self.assertNotIn("pending", lines.mapped("autopilot_state"))

    # -- control ---------------------------------------------------------------------------
    def test_control_lists_paid_without_bank_and_balance_differences(self):
        invoice = self._invoice(self.alpha, 700.0)
        self.env["account.payment.register"].with_context(
            active_model="account.move", active_ids=invoice.ids
        ).create({"journal_id": self.journal.id})._create_payments()
        self.assertIn(invoice.payment_state, ("in_payment", "paid"))
        statement = self.env["account.bank.statement"].create(
            {
                "name": "ST1",
                "journal_id": self.journal.id,
                "balance_start": 0.0,
                "balance_end_real": 55.0,
                "line_ids": [
                    Command.create(
                        {
                            "date": self.today,
                            "amount": 50.0,
                            "payment_ref": "x",
                            "journal_id": self.journal.id,
                        }
                    )
                ],
            }
        )
        self.assertTrue(statement)
        control = self.env["account.reconcile.control"].create(
            {
                "company_id": self.company.id,
                "date_from": self.today - timedelta(days=30),
                "date_to": self.today,
            }
        )
        control.action_run()
        checks = control.line_ids.mapped("check")
        self.assertIn("paid_without_bank", checks)
        self.assertIn("balance", checks)
        self.assertEqual(control.state, "issues")
        self.assertEqual(
            control.line_ids.filtered(lambda x: x.check == "paid_without_bank").move_id, invoice
        )
        self.env["account.reconcile.control"]._cron_daily_control()
        daily = self.env["account.reconcile.control"].search(
            [("company_id", "=", self.company.id), ("id", "!=", control.id)]
        )
        self.assertTrue(daily.activity_ids)

    # -- security --------------------------------------------------------------------------
    def test_company_isolation(self):
        self._invoice(self.alpha, 210.0, payment_reference=QRR)
        line = self._line(210.0, "x", ref=QRR)
        self.company.autopilot_auto_threshold = 1.0
        self.company.autopilot_suggest_threshold = 0.1
        self._run(line)
        control = self.env["account.reconcile.control"].create(
            {"company_id": self.company.id, "date_from": self.today, "date_to": self.today}
        )
        other = self.other_company
        user = new_test_user(
            self.env(context=dict(self.env.context, allowed_company_ids=[other.id])),
            login="autopilot_other",
            groups="account.group_account_manager,account.group_account_user",
            company_id=other.id,
            company_ids=[other.id],
        )
        env_b = self.env(user=user, context={"allowed_company_ids": [other.id]})
        self.assertFalse(env_b["account.reconcile.suggestion"].search([]))
        self.assertFalse(env_b["account.reconcile.control"].search([("id", "=", control.id)]))
        self.assertFalse(
            env_b["account.bank.statement.line"].search([("autopilot_state", "!=", False)])
        )
        self.assertTrue(
            self.env["account.reconcile.suggestion"].search([("statement_line_id", "=", line.id)])
        )
