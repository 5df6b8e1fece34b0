# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import datetime, timedelta
from unittest.mock import patch

from odoo import Command
from odoo.exceptions import UserError
from odoo.tests import TransactionCase, freeze_time, tagged
from odoo.tools import mute_logger

from .common import TODAY, ZURICH_0930, DunningCase


@tagged("post_install", "-at_install")
@freeze_time("2026-03-02 08:30:00")
class TestDailyReminders(DunningCase, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_dunning()

    # --- the default policy --------------------------------------------------------------------
    def test_default_policy_three_levels_after_due_date(self):
        levels = self.policy.level_ids.sorted("level")
        self.assertEqual(self.policy.company_id, self.company)
        self.assertEqual(levels.mapped("delay_days"), [15, 30, 45])
        self.assertEqual(set(levels.mapped("computation_mode")), {"net_days"})
        self.assertEqual(levels.mapped("also_letter"), [False, False, True])
        self.assertTrue(all(levels.mapped("attach_invoice_pdf")))
        # Swiss company: no fee on the first reminder, then 20 and 30 CHF
        self.assertEqual(levels.mapped("fee_amount"), [0.0, 20.0, 30.0])
        self.assertEqual(
            levels.email_template_id,
            self.env.ref("account_credit_control_fincycle.email_template_fincycle_reminder"),
        )
        # a second call keeps the policy
        self.assertEqual(self.company._fincycle_ensure_credit_policy(), self.policy)

    def test_policy_gets_the_new_charts_accounts_back(self):
        """A chart replaced by another takes the policy's receivable accounts with it."""
        accounts = self.policy.account_ids
        self.assertTrue(accounts)
        self.policy.account_ids = False
        self.assertEqual(self.company._fincycle_ensure_credit_policy(), self.policy)
        self.assertEqual(self.policy.account_ids, accounts)

    # --- the cron ------------------------------------------------------------------------------
    def test_cron_reminds_overdue_invoices_and_holds_disputed_ones(self):
        overdue = self._invoice(self.customer, 1000, 20)
        disputed = self._invoice(self.other_customer, 500, 20)
        not_yet = self._invoice(self.customer, 300, 5)
        dispute = self._dispute(disputed, category="contestation")

        self._cron()

        run = self.env["credit.control.run"].search([("company_id", "=", self.company.id)])
        self.assertEqual(len(run), 1)
        self.assertTrue(run.fincycle_auto)
        self.assertEqual(run.date, TODAY)
        line = self._lines(overdue)
        self.assertEqual(line.level, 1)
        self.assertEqual(line.state, "queued")  # e-mail queued; the mail queue sends it
        self.assertFalse(self._lines(disputed))
        self.assertFalse(self._lines(not_yet))
        self.assertEqual(run.held_line_count, 1)
        self.assertIn(disputed.name, run.report)
        self.assertIn(dispute.name, run.report)
        messages = self._reminder_messages(self.customer)
        self.assertEqual(len(messages), 1)
        mail = self.env["mail.mail"].search([("mail_message_id", "=", messages.id)])
        self.assertIn(overdue.name, mail.body_html)
        self.assertEqual(mail.recipient_ids, self.customer)
        # the invoice PDF is attached (HTML rendering in tests)
        self.assertIn(
            overdue.name.replace("/", "_"), " ".join(messages.attachment_ids.mapped("name"))
        )
        self.assertEqual(self.company.dunning_last_run_date, TODAY)
        self.assertEqual(disputed.dunning_pause_reason, "dispute")
        self.assertFalse(overdue.dunning_pause_reason)

    def test_cron_waits_for_the_local_reminder_hour(self):
        self._invoice(self.customer, 1000, 20)
        self._cron(now=datetime(2026, 3, 2, 7, 30))  # 08:30 in Zurich
        self.assertFalse(
            self.env["credit.control.run"].search([("company_id", "=", self.company.id)])
        )
        self._cron(now=datetime(2026, 3, 2, 8, 0))  # 09:00 in Zurich
        self.assertTrue(
            self.env["credit.control.run"].search([("company_id", "=", self.company.id)])
        )

    def test_time_zones_tokyo_and_zurich(self):
        tokyo = self._make_company("Sakura Trading KK", "CHF", "CH", "Asia/Tokyo")
        jp_invoice = self._invoice(self.customer, 800, 20, company=tokyo)
        ch_invoice = self._invoice(self.customer, 900, 20)
        Run = self.env["credit.control.run"]

        # 01:00 UTC: 10:00 in Tokyo, 02:00 in Zurich
        self._cron(now=datetime(2026, 3, 2, 1, 0))
        self.assertEqual(self._lines(jp_invoice).level, 1)
        self.assertEqual(Run.search([("company_id", "=", tokyo.id)]).date, TODAY)
        self.assertFalse(self._lines(ch_invoice))
        # 08:30 UTC: Zurich's turn; Tokyo already ran today
        self._cron(now=ZURICH_0930)
        self.assertEqual(self._lines(ch_invoice).level, 1)
        self.assertEqual(len(Run.search([("company_id", "=", tokyo.id)])), 1)

        # 02:00 UTC the next day: Tokyo (11:00, 3 March) runs before Los Angeles (18:00,
        # 2 March); OCA would refuse the Los Angeles run because another company's lines
        # are dated later. Each company only compares with its own lines.
        la = self._make_company("Pacific Coast Inc", "USD", "US", "America/Los_Angeles")
        self._invoice(self.customer, 700, 20, company=la)
        self._invoice(self.other_customer, 600, 16, company=tokyo)
        with freeze_time("2026-03-03 02:00:00"):
            self._cron(now=datetime(2026, 3, 3, 2, 0))
        self.assertEqual(tokyo.dunning_last_run_date, TODAY + timedelta(days=1))
        la_run = Run.search([("company_id", "=", la.id)])
        self.assertEqual(la_run.date, TODAY)
        self.assertEqual(len(la_run.line_ids), 1)

    def test_rerun_same_day_sends_nothing_twice(self):
        invoice = self._invoice(self.customer, 1000, 20)
        self._cron()
        self.assertEqual(len(self._reminder_messages(self.customer)), 1)
        # the next hour: the company already ran today
        self._cron(now=ZURICH_0930 + timedelta(hours=1))
        self.assertEqual(
            len(self.env["credit.control.run"].search([("company_id", "=", self.company.id)])), 1
        )
        # even forced (last run forgotten), the same level is not sent again
        self.company.dunning_last_run_date = False
        self._cron(now=ZURICH_0930 + timedelta(hours=2))
        self.assertEqual(len(self._reminder_messages(self.customer)), 1)
        self.assertEqual(len(self._lines(invoice)), 1)

    def test_levels_follow_each_other_at_their_gap(self):
        invoice = self._invoice(self.customer, 1000, 40)  # reminder 1 is 25 days late
        self._cron()
        self.assertEqual(self._lines(invoice).level, 1)
        # the next day, level 2 (J+30) is due by the due date, but comes 15 days after level 1
        with freeze_time("2026-03-03 08:30:00"):
            self._cron(now=datetime(2026, 3, 3, 8, 30))
        self.assertEqual(self._lines(invoice).mapped("level"), [1])
        with freeze_time("2026-03-17 08:30:00"):
            self._cron(now=datetime(2026, 3, 17, 8, 30))
        self.assertEqual(sorted(self._lines(invoice).mapped("level")), [1, 2])

    @mute_logger("odoo.addons.account_credit_control_fincycle.models.credit_control_communication")
    def test_failing_customer_does_not_stop_the_others(self):
        failing = self._make_customer("Kaputt AG", "kaputt@example.com")
        no_email = self._make_customer("Ohne Mail GmbH", email=False)
        ok_invoice = self._invoice(self.customer, 1000, 20)
        failing_invoice = self._invoice(failing, 400, 20)
        letter_invoice = self._invoice(no_email, 300, 20)
        Comm = type(self.env["credit.control.communication"])
        original = Comm._generate_emails

        def generate_emails(comms):
            if failing in comms.partner_id:
                raise ValueError("SMTP refused the recipient")
            return original(comms)

        with patch.object(Comm, "_generate_emails", generate_emails):
            self._cron()

        self.assertEqual(self._lines(ok_invoice).state, "queued")
        failed = self._lines(failing_invoice)
        self.assertEqual(failed.state, "error")
        self.assertIn("SMTP refused", failed.send_error)
        self.assertIn("SMTP refused", failing.message_ids[:1].body)
        # no e-mail address: OCA falls back to a letter; it is printed and handed over
        letter_line = self._lines(letter_invoice)
        self.assertEqual(letter_line.channel, "letter")
        self.assertEqual(letter_line.state, "sent")
        comm = letter_line.communication_id
        self.assertTrue(
            self.env["ir.attachment"].search(
                [("res_model", "=", comm._name), ("res_id", "=", comm.id)]
            )
        )
        self.assertTrue(comm.activity_ids)
        run = self.env["credit.control.run"].search([("company_id", "=", self.company.id)])
        self.assertEqual(run.error_count, 1)
        self.assertEqual(self.company.dunning_last_run_date, TODAY)

    @mute_logger("odoo.addons.account_credit_control_fincycle.models.credit_control_communication")
    def test_without_pdf_renderer_the_email_goes_without_the_pdf(self):
        invoice = self._invoice(self.customer, 1000, 20)
        Report = type(self.env["ir.actions.report"])

        def broken(report, report_ref, res_ids=None, data=None):
            raise OSError("Unable to find Wkhtmltopdf on this system.")

        with patch.object(Report, "_render_qweb_pdf", broken):
            self._cron()
        line = self._lines(invoice)
        self.assertEqual(line.state, "queued")
        messages = self._reminder_messages(self.customer)
        self.assertEqual(len(messages), 1)
        self.assertFalse(messages.attachment_ids)
        notes = " ".join(line.communication_id.message_ids.mapped("body"))
        self.assertIn("wkhtmltopdf", notes)

    def test_final_notice_goes_as_letter_with_activity(self):
        self.company.credit_controller_id = self.env.user
        invoice = self._invoice(self.customer, 1000, 50)
        # levels 1 and 2 already sent long ago
        for level in self.policy.level_ids.sorted("level")[:2]:
            self.env["credit.control.line"].create(
                {
                    "date": TODAY - timedelta(days=50 - 15 * level.level),
                    "date_due": invoice.invoice_date_due,
                    "state": "sent",
                    "channel": "email",
                    "invoice_id": invoice.id,
                    "partner_id": self.customer.id,
                    "amount_due": 1000,
                    "balance_due": 1000,
                    "policy_level_id": level.id,
                    "move_line_id": invoice.line_ids.filtered(
                        lambda aml: aml.account_id.account_type == "asset_receivable"
                    ).id,
                }
            )
        self._cron()
        line = self._lines(invoice).filtered(lambda cl: cl.level == 3)
        self.assertEqual(line.channel, "email")
        comm = line.communication_id
        self.assertTrue(comm.activity_ids.filtered(lambda a: a.user_id == self.env.user))
        self.assertTrue(
            self.env["ir.attachment"].search(
                [("res_model", "=", comm._name), ("res_id", "=", comm.id)]
            )
        )
        mail = self.env["mail.mail"].search(
            [("mail_message_id", "in", self._reminder_messages(self.customer).ids)]
        )
        self.assertIn("30.00", mail.body_html)  # the level-3 fee, as a line of the reminder
        self.assertIn("Reminder fee", mail.body_html)

    # --- what the reminder shows ---------------------------------------------------------------
    def test_partial_dispute_is_left_out_and_stated(self):
        invoice = self._invoice(self.customer, 1000, 20)
        dispute = self._dispute(invoice, category="invoice_error", disputed_amount=200)
        self._cron()
        line = self._lines(invoice)
        self.assertEqual(line.balance_due, 800)
        self.assertEqual(line.disputed_amount, 200)
        mail = self.env["mail.mail"].search(
            [("mail_message_id", "in", self._reminder_messages(self.customer).ids)]
        )
        self.assertIn("800.00", mail.body_html)
        self.assertIn("200.00", mail.body_html)
        self.assertIn(dispute.name, mail.body_html)

    def test_french_penalties_and_recovery_indemnity_are_shown(self):
        fr = self._make_company("Atelier Lumière SAS", "EUR", "FR", "Europe/Paris")
        level1 = fr.credit_policy_id.level_ids.sorted("level")[:1]
        self.assertEqual(level1.recovery_indemnity, 40)
        self.assertTrue(level1.late_interest_rate)
        invoice = self._invoice(self.customer, 1000, 20, company=fr)
        self._cron()
        line = self._lines(invoice)
        fees = line.communication_id._fincycle_fee_lines()
        self.assertEqual(len(fees), 2)
        interest = 1000 * level1.late_interest_rate / 100 * 20 / 365
        self.assertAlmostEqual(fees[0]["amount"], round(interest, 2))
        self.assertEqual(fees[1]["amount"], 40)
        self.assertIn("L441-10", fees[1]["label"])
        mail = self.env["mail.mail"].search(
            [("mail_message_id", "in", self._reminder_messages(self.customer).ids)]
        )
        self.assertIn("L441-10", mail.body_html)


@tagged("post_install", "-at_install")
@freeze_time("2026-03-02 08:30:00")
class TestPauseRules(DunningCase, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_dunning()
        cls.invoice = cls._invoice(cls.customer, 1000, 20)
        cls.receivable = cls.invoice.line_ids.filtered(
            lambda aml: aml.account_id.account_type == "asset_receivable"
        )
        cls.bank_journal = cls.env["account.journal"].search(
            [("company_id", "=", cls.company.id), ("type", "=", "bank")], limit=1
        )

    def _reason(self, date=TODAY):
        found = self.receivable._fincycle_dunning_pause_reasons(date)
        return found.get(self.receivable.id, (None, None))[0]

    def _bank_line(self, amount, partner=None, label="Payment", partner_name=None):
        return self.env["account.bank.statement.line"].create(
            {
                "journal_id": self.bank_journal.id,
                "date": TODAY,
                "amount": amount,
                "payment_ref": label,
                "partner_id": partner.id if partner else False,
                "partner_name": partner_name,
            }
        )

    def test_nothing_holds_a_plain_overdue_invoice(self):
        self.assertIsNone(self._reason())

    def test_open_dispute_holds_until_closed(self):
        dispute = self._dispute(self.invoice, category="already_paid")
        self.assertEqual(self._reason(), "dispute")
        dispute.action_start()
        self.assertEqual(self._reason(), "dispute")
        dispute.action_reject()
        self.assertIsNone(self._reason())

    def test_non_dispute_categories_do_not_hold(self):
        for category in ("copy_request", "acknowledgement", "auto_reply", "other"):
            self._dispute(self.invoice, category=category)
        self.assertIsNone(self._reason())

    def test_promise_holds_until_promised_date_plus_grace(self):
        self._dispute(
            self.invoice, category="payment_promise", promised_date=TODAY + timedelta(days=5)
        )
        self.assertEqual(self._reason(), "promise")
        self.assertEqual(self._reason(TODAY + timedelta(days=8)), "promise")  # grace 3 days
        self.assertIsNone(self._reason(TODAY + timedelta(days=9)))
        self.company.dunning_grace_days = 10
        self.assertEqual(self._reason(TODAY + timedelta(days=9)), "promise")

    def test_no_dunning_customer(self):
        self.customer.write({"no_dunning": True, "no_dunning_reason": "Key account, calls us"})
        self.assertEqual(self._reason(), "no_dunning")

    def test_payment_waiting_in_the_bank(self):
        self._bank_line(999.0, self.customer)  # another amount
        self._bank_line(1000.0, self.other_customer)  # another payer
        self._bank_line(1000.0, label="Unrelated transfer")  # no partner, nothing names him
        self.assertIsNone(self._reason())
        st_line = self._bank_line(1000.0, label=f"Zahlung {self.invoice.name}")
        found = self.receivable._fincycle_dunning_pause_reasons(TODAY)
        self.assertEqual(found[self.receivable.id], ("bank_pending", st_line))

    def test_payment_waiting_in_the_bank_asks_once_instead_of_chasing(self):
        self._bank_line(1000.0, self.customer)
        activity_type = self.env.ref("account_credit_control_fincycle.mail_activity_check_payment")
        self._cron()
        self.assertFalse(self._lines(self.invoice))
        self.assertEqual(
            len(self.invoice.activity_ids.filtered(lambda a: a.activity_type_id == activity_type)),
            1,
        )
        self.company.dunning_last_run_date = False
        self._cron(now=ZURICH_0930 + timedelta(hours=1))
        self.assertEqual(
            len(self.invoice.activity_ids.filtered(lambda a: a.activity_type_id == activity_type)),
            1,
        )

    def test_dispute_holds_only_its_invoices(self):
        second = self._invoice(self.customer, 300, 20)
        self._dispute(self.invoice, category="contestation")
        self._cron()
        self.assertFalse(self._lines(self.invoice))
        self.assertEqual(self._lines(second).level, 1)

    def test_resolving_resumes_with_next_level_counted_from_resolution(self):
        dispute = self._dispute(self.invoice, category="contestation")
        self._cron()
        self.assertFalse(self._lines(self.invoice))
        with freeze_time("2026-03-10 10:00:00"):
            dispute.action_resolve("reminder_resumed")
            self.assertEqual(self.invoice.dunning_resume_date, TODAY + timedelta(days=8))
            self.assertEqual(
                self.invoice._fincycle_next_reminder_date(), TODAY + timedelta(days=8 + 15)
            )
            self.assertIn("2026-03-25", self.invoice.message_ids[:1].body)
            self.company.dunning_last_run_date = False
            self._cron(now=datetime(2026, 3, 10, 10, 0))
        self.assertFalse(self._lines(self.invoice))  # resumed, but not before 25 March
        with freeze_time("2026-03-25 08:30:00"):
            self._cron(now=datetime(2026, 3, 25, 8, 30))
        self.assertEqual(self._lines(self.invoice).level, 1)

    def test_resolve_needs_a_resolution(self):
        dispute = self._dispute(self.invoice, category="contestation")
        with self.assertRaises(UserError):
            dispute.action_resolve()
        dispute.resolution = "credit_note"
        dispute.action_resolve()
        self.assertEqual(dispute.state, "resolved")
        self.assertEqual(dispute.date_closed, TODAY)
        dispute.action_reopen()
        self.assertEqual(self._reason(), "dispute")

    def test_record_from_a_reply_opens_then_updates(self):
        """The door of the mail gateway and the portal: open or update, one activity."""
        activity_type = self.env.ref("account_credit_control_fincycle.mail_activity_dispute_review")
        self.company.credit_controller_id = self.env.user
        Dispute = self.env["account.dispute"]
        promise = Dispute._fincycle_record(
            self.invoice,
            {"category": "payment_promise", "urgency": 2, "promised_date": TODAY},
            body="We will pay on Monday",
        )
        self.assertEqual(promise.source, "email")
        self.assertEqual(promise.user_id, self.env.user)
        self.assertEqual(self._reason(), "promise")
        self.assertIn("no reminder before 2026-03-05", self.invoice.message_ids[:1].body)
        dispute = Dispute._fincycle_record(
            self.invoice,
            {"category": "contestation", "urgency": 4, "disputed_amount": 250.0},
            body="The second line was never delivered",
        )
        self.assertEqual(dispute, promise)  # updated, not a second record
        self.assertEqual(dispute.category, "contestation")
        self.assertEqual(dispute.urgency, "4")
        self.assertEqual(dispute.disputed_amount, 250.0)
        self.assertEqual(
            len(dispute.activity_ids.filtered(lambda a: a.activity_type_id == activity_type)), 1
        )
        self.assertIn("never delivered", dispute.message_ids[:1].body)
        dispute.action_resolve("credit_note")
        self.assertFalse(
            dispute.activity_ids.filtered(lambda a: a.activity_type_id == activity_type),
            "a closed dispute leaves no review to do",
        )

    def test_sla_deadline_from_urgency(self):
        dispute = self._dispute(self.invoice, urgency="5")
        self.assertEqual(dispute.sla_deadline, TODAY + timedelta(days=1))
        dispute.urgency = "1"
        self.assertEqual(dispute.sla_deadline, TODAY + timedelta(days=20))
        self.company.dispute_sla_days_1 = 30
        self.assertEqual(dispute.sla_deadline, TODAY + timedelta(days=30))
        self.assertTrue(dispute.name.startswith("DSP/2026/"))
        self.assertEqual(dispute.partner_id, self.customer)

    def test_open_dispute_doors(self):
        for action in (
            self.invoice.action_open_dispute(),
            self.customer.action_open_dispute(),
        ):
            self.assertEqual(action["res_model"], "account.dispute")
            self.assertEqual(action["context"]["default_partner_id"], self.customer.id)
        self.assertEqual(
            self.invoice.action_open_dispute()["context"]["default_invoice_ids"],
            [Command.set(self.invoice.ids)],
        )
        self._cron()  # nothing holds it: a level-1 line exists
        line = self._lines(self.invoice)
        action = line.action_open_dispute()
        self.assertEqual(action["context"]["default_invoice_ids"], [Command.set(self.invoice.ids)])
