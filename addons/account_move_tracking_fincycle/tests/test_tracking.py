# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import smtplib
import uuid
from datetime import date, datetime
from unittest.mock import patch

from freezegun import freeze_time

from odoo import Command, fields
from odoo.exceptions import AccessError
from odoo.tests import Form, tagged

from ..hooks import post_init_hook
from .common import TrackingCommon

REPLY = """From: {sender}
To: billing@company-a.example.com
Subject: Re: {subject}
Message-Id: {message_id}
In-Reply-To: {parent}
References: {parent}
Date: Wed, 02 Dec 2026 09:15:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
{headers}
{body}
"""


@tagged("post_install", "-at_install")
class TestTracking(TrackingCommon):
    # ------------------------------------------------------------ helpers
    def _mails(self, move):
        """The mail.mail of the invoice e-mails, sent now (in test mode, Odoo stops at the
        SMTP door; mail_tracking records them as sent)."""
        mails = (
            self.env["mail.mail"]
            .sudo()
            .search([("mail_message_id", "in", move.sudo().tracking_message_ids.ids)])
        )
        self.assertTrue(mails, "the invoice e-mail is queued")
        with self.mock_smtplib_connection():
            mails.send()
        self.assertTrue(self._trackings(move), "mail_tracking follows the e-mail")
        return mails

    def _trackings(self, move, partner=None):
        trackings = (
            self.env["mail.tracking.email"]
            .sudo()
            .search([("mail_message_id", "in", move.sudo().tracking_message_ids.ids)])
        )
        if partner is not None:
            trackings = trackings.filtered(lambda t: t.partner_id == partner)
        return trackings

    def _event(self, trackings, event_type, when):
        ts = when.timestamp()
        return trackings.event_create(
            event_type,
            {"timestamp": ts, "time": fields.Datetime.to_string(when), "date": str(when.date())},
        )

    def _deliver(
        self, parent, sender, body="Merci, bien reçu. Paiement la semaine prochaine.", headers=""
    ):
        message_id = f"<{uuid.uuid4().hex}@mail.kunde.example.com>"
        raw = REPLY.format(
            headers=headers,
            sender=sender,
            subject=parent.subject or "Invoice",
            message_id=message_id,
            parent=parent.message_id,
            body=body,
        )
        self.env["mail.thread"].sudo().message_process(None, raw.encode())
        return self.env["mail.message"].search([("message_id", "=", message_id)])

    def _pay(self, move, amount=None, when="2026-12-10"):
        wizard = (
            self.env["account.payment.register"]
            .with_user(self.clerk)
            .with_company(move.company_id)
            .with_context(active_model="account.move", active_ids=move.ids)
            .create({"payment_date": when, **({"amount": amount} if amount else {})})
        )
        return wizard._create_payments()

    # ------------------------------------------------------------- sending
    @freeze_time("2026-12-01 10:00:00")
    def test_automatic_sending_is_tracked_with_its_delay(self):
        move = self._sent_invoice()
        self.assertEqual(move.tracking_sent_date, datetime(2026, 12, 1, 10, 0))
        self.assertEqual(move.tracking_sent_by, "auto")
        self.assertEqual(move.tracking_send_count, 1)
        self.assertEqual(move.tracking_message_ids, move.autosend_message_id)
        self.assertEqual(move.autosend_partner_ids, self.billing_contact)
        self.assertEqual(move.tracking_stage, "sent")
        self.assertFalse(move.tracking_mail_state, "nothing left the mail server yet")
        # No work end given: the invoice date, taken at posting.
        self.assertEqual(move.work_end_date, date(2026, 11, 30))
        # 30 November ends at 23:00 UTC in Zurich: sent 11 hours later.
        self.assertEqual(move.issuance_delay_days, 0.5)
        self.assertTrue(move.issuance_within_target)

    def test_sending_by_hand_is_tracked_and_the_first_sending_kept(self):
        move = self._invoice()
        move.with_user(self.clerk).action_post()
        self.assertFalse(move.autosend_state, "a hand-posted invoice is left to its author")
        self.assertEqual(move.tracking_stage, "not_sent")
        with freeze_time("2026-12-04 16:00:00"):
            self.env["account.move.send"].with_user(self.clerk)._generate_and_send_invoices(move)
        self.assertEqual(move.tracking_sent_by, "manual")
        self.assertEqual(move.tracking_sent_date, datetime(2026, 12, 4, 16, 0))
        first_message = move.tracking_message_ids
        self.assertEqual(len(first_message), 1)
        # 3 days and 17 hours after the end of 30 November (Zurich).
        self.assertEqual(move.issuance_delay_days, 3.7)
        self.assertFalse(move.issuance_within_target)
        # Sent again a week later: counted, the first sending stays the one measured.
        with freeze_time("2026-12-11 09:00:00"):
            self.env["account.move.send"].with_user(self.clerk)._generate_and_send_invoices(move)
        self.assertEqual(move.tracking_send_count, 2)
        self.assertEqual(len(move.tracking_message_ids), 2)
        self.assertEqual(move.tracking_sent_date, datetime(2026, 12, 4, 16, 0))
        self.assertEqual(move.tracking_sent_by, "manual")
        self.assertEqual(move.autosend_date, datetime(2026, 12, 11, 9, 0))

    def test_work_end_set_by_another_module_is_kept(self):
        # The month-end time invoicing gives the period end when it creates the invoice.
        move = self._invoice(work_end_date="2026-11-30", invoice_date="2026-12-02")
        self._scheduled_post(move)
        self.assertEqual(move.work_end_date, date(2026, 11, 30))
        with freeze_time("2026-12-02 08:00:00"):
            self._autosend()
        self.assertEqual(move.issuance_delay_days, 1.4)  # 33 hours
        self.assertTrue(move.issuance_within_target)
        # Corrected afterwards (a longer period): the delay follows.
        move.with_user(self.clerk).work_end_date = "2026-11-15"
        self.assertEqual(move.issuance_delay_days, 16.4)
        self.assertFalse(move.issuance_within_target)

    def test_draft_without_date_gets_the_invoice_date_at_posting(self):
        move = self._invoice(invoice_date=False)
        self.assertFalse(move.work_end_date)
        with freeze_time("2026-12-03 12:00:00"):
            move.with_user(self.clerk).action_post()
        self.assertEqual(move.invoice_date, date(2026, 12, 3))
        self.assertEqual(move.work_end_date, date(2026, 12, 3))
        self.assertFalse(move.issuance_delay_days)
        self.assertFalse(move.issuance_within_target)

    def test_approved_invoice_tracking_never_trips_the_approval(self):
        move = self._invoice(2500)
        move.with_user(self.clerk).request_validation()
        action = move.with_user(self.manager).validate_tier()
        self.env["comment.wizard"].with_user(self.manager).with_context(**action["context"]).create(
            {"comment": "OK"}
        ).add_comment()
        self.assertEqual(move.validation_status, "validated")
        # Approved, still in draft: the time invoicing or a person corrects the work end.
        move.with_user(self.clerk).write({"work_end_date": "2026-11-28"})
        move.with_user(self.clerk).action_post()
        self.assertEqual(move.state, "posted")
        self.assertEqual(move.work_end_date, date(2026, 11, 28))
        self._autosend()
        self.assertEqual(move.tracking_sent_by, "auto")
        # Every tracked field changing on the approved, posted invoice.
        move.with_user(self.clerk).write({"work_end_date": "2026-11-30"})
        self._mails(move)
        self._event(self._trackings(move), "open", datetime(2026, 12, 2, 9, 0))
        move._tracking_portal_stamp()
        self._deliver(move.autosend_message_id, self.billing_contact.email)
        self._pay(move)
        self.assertEqual(move.tracking_stage, "paid")
        self.assertEqual(move.tracking_mail_state, "opened")
        self.assertTrue(move.tracking_portal_first_view)
        self.assertTrue(move.tracking_replied_date)
        # The exceptions are those of the approval module's check.
        exceptions = move._get_after_validation_exceptions()
        for name in (
            "work_end_date",
            "tracking_sent_date",
            "tracking_mail_state",
            "tracking_portal_last_view",
            "tracking_replied_date",
            "tracking_message_ids",
        ):
            self.assertIn(name, exceptions)

    # ------------------------------------------------------ mail_tracking
    def test_delivered_then_opened_best_recipient_wins(self):
        second = self.env["res.partner"].create(
            {
                "name": "Direktion Kunde",
                "parent_id": self.customer.id,
                "email": "direktion@kunde.example.com",
            }
        )
        move = self._invoice()
        move.with_user(self.clerk).action_post()
        self.env["account.move.send"].with_user(self.clerk)._generate_and_send_invoices(
            move, mail_partner_ids=(self.billing_contact | second).ids
        )
        # An internal follower of the invoice is notified by e-mail too: not the customer.
        self.clerk.notification_type = "email"
        self._mails(move)
        trackings = self._trackings(move)
        self.assertEqual(
            trackings.partner_id & (self.billing_contact | second), self.billing_contact | second
        )
        self.assertEqual(move.tracking_mail_state, "sent")
        self.assertEqual(move.tracking_stage, "sent")

        first = self._trackings(move, self.billing_contact)
        other = self._trackings(move, second)
        self._event(first, "delivered", datetime(2026, 12, 1, 10, 1))
        self.assertEqual(move.tracking_mail_state, "delivered")
        self.assertEqual(move.tracking_delivered_date, datetime(2026, 12, 1, 10, 1))
        self.assertEqual(move.tracking_stage, "delivered")
        # The other address bounces: one recipient got it, the invoice is delivered.
        self._event(other, "hard_bounce", datetime(2026, 12, 1, 10, 2))
        self.assertEqual(other.state, "bounced")
        self.assertEqual(move.tracking_mail_state, "delivered")
        self.assertFalse(move.tracking_bounced_date)
        self._event(first, "open", datetime(2026, 12, 1, 14, 30))
        self.assertEqual(move.tracking_mail_state, "opened")
        self.assertEqual(move.tracking_opened_date, datetime(2026, 12, 1, 14, 30))
        self.assertEqual(move.tracking_delivered_date, datetime(2026, 12, 1, 10, 1))
        self.assertEqual(move.tracking_stage, "opened")
        # Opened again: the first opening stays.
        self._event(first, "open", datetime(2026, 12, 3, 8, 0))
        self.assertEqual(move.tracking_opened_date, datetime(2026, 12, 1, 14, 30))

    def test_internal_recipient_opening_does_not_count(self):
        move = self._sent_invoice()
        mails = self._mails(move)
        self.assertTrue(mails)
        colleague = (
            self.env["mail.tracking.email"]
            .sudo()
            .create(
                {
                    "name": "Invoice",
                    "mail_message_id": move.autosend_message_id.id,
                    "partner_id": self.manager.partner_id.id,
                    "recipient": self.manager.email,
                    "state": "sent",
                }
            )
        )
        self._event(colleague, "open", datetime(2026, 12, 1, 11, 0))
        self.assertEqual(colleague.state, "opened")
        self.assertEqual(move.tracking_mail_state, "sent")
        self.assertFalse(move.tracking_opened_date)

    def test_all_bounced(self):
        move = self._sent_invoice()
        self._mails(move)
        self._event(self._trackings(move), "soft_bounce", datetime(2026, 12, 1, 10, 5))
        self.assertEqual(move.tracking_mail_state, "bounced")
        self.assertEqual(move.tracking_bounced_date, datetime(2026, 12, 1, 10, 5))
        self.assertEqual(move.tracking_stage, "bounced")
        self.assertFalse(move.tracking_delivered_date)

    def test_smtp_error_is_failed(self):
        move = self._sent_invoice()
        mails = (
            self.env["mail.mail"]
            .sudo()
            .search([("mail_message_id", "=", move.autosend_message_id.id)])
        )
        with self.mock_smtplib_connection():
            with patch.object(
                self.testing_smtp_session,
                "send_message",
                side_effect=smtplib.SMTPRecipientsRefused({"x": (550, b"no such user")}),
            ):
                mails.send()
        self.assertEqual(self._trackings(move).mapped("state"), ["error"])
        self.assertEqual(move.tracking_mail_state, "error")
        self.assertTrue(move.tracking_bounced_date)
        self.assertEqual(move.tracking_stage, "bounced")

    def test_mail_server_unreachable_is_failed(self):
        # No tracking when the mail server cannot be reached: Odoo's notification says it.
        move = self._sent_invoice()
        self.assertFalse(self._trackings(move))
        notification = move.autosend_message_id.notification_ids.filtered(
            lambda n: n.res_partner_id == self.billing_contact
        )
        self.assertTrue(notification)
        notification.sudo().write({"notification_status": "sent"})
        self.assertEqual(move.tracking_mail_state, "sent")
        notification.sudo().write({"notification_status": "exception", "failure_type": "mail_smtp"})
        self.assertEqual(move.tracking_mail_state, "error")
        self.assertTrue(move.tracking_bounced_date)
        self.assertEqual(move.tracking_stage, "bounced")

    def test_tracking_of_other_documents_is_left_alone(self):
        move = self._sent_invoice()
        partner_message = self.customer.message_post(body="Hello", message_type="comment")
        tracking = (
            self.env["mail.tracking.email"]
            .sudo()
            .create(
                {
                    "name": "Hello",
                    "mail_message_id": partner_message.id,
                    "partner_id": self.billing_contact.id,
                    "recipient": self.billing_contact.email,
                    "state": "sent",
                }
            )
        )
        self._event(tracking, "open", datetime(2026, 12, 1, 11, 0))
        self.assertFalse(move.tracking_mail_state)
        self.assertFalse(move.tracking_opened_date)

    # --------------------------------------------------------------- reply
    def test_customer_reply_is_recorded_once(self):
        move = self._sent_invoice()
        # A colleague's answer and an internal note are not the customer's.
        self._deliver(move.autosend_message_id, self.clerk.email, body="Forwarding internally.")
        move.with_user(self.clerk).message_post(body="Called the customer", message_type="comment")
        self.assertFalse(move.tracking_replied_date)
        self.assertEqual(move.tracking_stage, "sent")
        reply = self._deliver(move.autosend_message_id, self.billing_contact.email)
        self.assertEqual((reply.model, reply.res_id), ("account.move", move.id))
        self.assertEqual(move.tracking_replied_date, reply.date)
        self.assertEqual(move.tracking_stage, "replied")
        first = move.tracking_replied_date
        with freeze_time("2026-12-09 10:00:00"):
            self._deliver(move.autosend_message_id, self.billing_contact.email, body="Encore moi.")
        self.assertEqual(move.tracking_replied_date, first)

    def test_out_of_office_is_no_reply(self):
        move = self._sent_invoice()
        message = self._deliver(
            move.autosend_message_id,
            self.billing_contact.email,
            body="Je suis absente jusqu'au 14 décembre.",
            headers="Auto-Submitted: auto-replied\n",
        )
        self.assertEqual((message.model, message.res_id), ("account.move", move.id))
        self.assertFalse(move.tracking_replied_date)
        self.assertEqual(move.tracking_stage, "sent")
        # The customer's own answer afterwards counts.
        self._deliver(move.autosend_message_id, self.billing_contact.email)
        self.assertTrue(move.tracking_replied_date)

    def test_unknown_sender(self):
        move = self._sent_invoice()
        message = self._deliver(move.autosend_message_id, "someone@unknown.example.org")
        if "account.dispute.reply" in self.env:
            # The collections reply reader does not know the sender: an internal note,
            # not the customer's reply.
            self.assertTrue(message.is_internal)
            self.assertFalse(move.tracking_replied_date)
        else:
            # Odoo threads it on the invoice: somebody of the customer answering.
            self.assertEqual((message.model, message.res_id), ("account.move", move.id))
            self.assertTrue(move.tracking_replied_date)

    def test_portal_comment_is_a_reply_the_sending_is_not(self):
        # The company's own address as author (an invoice without salesperson) is no reply.
        move = self._invoice(invoice_user_id=False)
        self._scheduled_post(move)
        self._autosend()
        self.assertEqual(move.autosend_message_id.author_id, self.company.partner_id)
        self.assertFalse(move.tracking_replied_date)
        # The portal's chatter posts as the customer.
        move.sudo().message_post(
            body="Could you add our order number?",
            author_id=self.portal_user.partner_id.id,
            message_type="comment",
            subtype_xmlid="mail.mt_comment",
        )
        self.assertTrue(move.tracking_replied_date)

    # ---------------------------------------------------------------- paid
    def test_paid_date_is_the_payment_in_full(self):
        move = self._sent_invoice()
        self._pay(move, amount=300, when="2026-12-05")
        self.assertEqual(move.payment_state, "partial")
        self.assertFalse(move.tracking_paid_date)
        self.assertEqual(move.tracking_stage, "sent")
        payment = self._pay(move, when="2026-12-12")
        self.assertIn(move.payment_state, ("paid", "in_payment"))
        self.assertEqual(move.tracking_paid_date, date(2026, 12, 12))
        self.assertEqual(move.tracking_stage, "paid")
        # The second payment taken back: not paid any more.
        payment.move_id.line_ids.remove_move_reconcile()
        self.assertEqual(move.payment_state, "partial")
        self.assertFalse(move.tracking_paid_date)
        self.assertEqual(move.tracking_stage, "sent")

    # ---------------------------------------------------------- contracts
    def test_contract_invoice_bills_its_period(self):
        if "contract.contract" not in self.env:
            # Without OCA contract, the hook is never asked.
            Move = type(self.env["account.move"])
            with patch.object(Move, "_tracking_contract_work_end") as hook:
                move = self._invoice()
            hook.assert_not_called()
            self.assertFalse(move.work_end_date)
            return
        journal = self.company_data["default_journal_sale"]

        def contract(invoicing_type, start):
            return (
                self.env["contract.contract"]
                .with_company(self.company)
                .create(
                    {
                        "name": f"Mandate {invoicing_type}",
                        "partner_id": self.customer.id,
                        "company_id": self.company.id,
                        "journal_id": journal.id,
                        "line_recurrence": True,
                        "contract_line_ids": [
                            Command.create(
                                {
                                    "name": "Bookkeeping #START# - #END#",
                                    "quantity": 1,
                                    "price_unit": 900,
                                    "recurring_rule_type": "monthly",
                                    "recurring_interval": 1,
                                    "recurring_invoicing_type": invoicing_type,
                                    "date_start": start,
                                }
                            )
                        ],
                    }
                )
            )

        post_paid = contract("post-paid", "2026-10-01")
        self.assertEqual(post_paid.recurring_next_date, date(2026, 11, 1))
        october = post_paid._recurring_create_invoice()
        self.assertEqual(october.invoice_date, date(2026, 11, 1))
        self.assertEqual(october.work_end_date, date(2026, 10, 31))
        november = post_paid._recurring_create_invoice()
        self.assertEqual(november.work_end_date, date(2026, 11, 30))
        # Read when created: the contract moving on does not change it.
        self.assertEqual(october.work_end_date, date(2026, 10, 31))
        # Pre-paid: December's fee is due when November ends.
        pre_paid = contract("pre-paid", "2026-12-01")
        december = pre_paid._recurring_create_invoice()
        self.assertEqual(december.invoice_date, date(2026, 12, 1))
        self.assertEqual(december.work_end_date, date(2026, 11, 30))
        # Posted and sent on 1 December at 9:00 (Zurich): 10 hours after November's end.
        self._scheduled_post(december)
        with freeze_time("2026-12-01 08:00:00"):
            self._autosend()
        self.assertEqual(december.issuance_delay_days, 0.4)
        self.assertTrue(december.issuance_within_target)

    def test_installation_takes_the_invoices_already_sent(self):
        with freeze_time("2026-12-03 07:00:00"):
            move = self._sent_invoice()
        # As before the installation: only the automatic sending's own notes.
        self.env.flush_all()
        self.env.cr.execute(
            "UPDATE account_move SET tracking_sent_date = NULL, tracking_sent_by = NULL, "
            "tracking_send_count = 0, work_end_date = NULL, issuance_delay_days = 0, "
            "issuance_within_target = FALSE WHERE id = %s",
            [move.id],
        )
        self.env.cr.execute(
            "DELETE FROM account_move_tracking_message_rel WHERE move_id = %s", [move.id]
        )
        move.invalidate_recordset()
        self.assertFalse(move.tracking_sent_date)
        post_init_hook(self.env)
        move.invalidate_recordset()
        self.assertEqual(move.tracking_sent_date, datetime(2026, 12, 3, 7, 0))
        self.assertEqual(move.tracking_message_ids, move.autosend_message_id)
        self.assertEqual(move.work_end_date, date(2026, 11, 30))
        self.assertEqual(move.issuance_delay_days, 2.3)
        self.assertFalse(move.issuance_within_target)
        self.assertFalse(move.tracking_sent_by, "how it was sent is not known")

    def test_invoice_sent_before_the_tracking_is_not_shown_unsent(self):
        move = self._invoice()
        move.with_user(self.clerk).action_post()
        self.assertEqual(move.tracking_stage, "not_sent")
        move.is_move_sent = True
        self.assertEqual(move.tracking_stage, "sent")

    # ------------------------------------------------------------ figures
    def test_issuance_report_by_month(self):
        moves = self.env["account.move"]
        for work_end, sent in (
            ("2026-10-31", "2026-11-01 10:00:00"),  # 0.5 d
            ("2026-10-31", "2026-11-05 23:00:00"),  # 5 d
            ("2026-11-30", "2026-12-01 11:00:00"),  # 0.5 d
        ):
            move = self._invoice(work_end_date=work_end, invoice_date=sent[:10])
            self._scheduled_post(move)
            with freeze_time(sent):
                self._autosend()
            moves |= move
        self.assertEqual(moves.mapped("issuance_delay_days"), [0.5, 5.0, 0.5])
        Report = self.env["account.invoice.issuance.report"].with_user(self.clerk)
        groups = Report.read_group(
            [("move_id", "in", moves.ids)],
            ["invoice_count:sum", "delay_days:avg", "max_delay_days:max",
             "within_target_count:sum", "later_count:sum"],
            ["work_end_date:month"],
        )  # fmt: skip
        by_month = {
            g["work_end_date:month"]: (
                g["invoice_count"],
                round(g["delay_days"], 2),
                g["max_delay_days"],
                g["within_target_count"],
                g["later_count"],
            )
            for g in groups
        }
        self.assertEqual(
            by_month, {"October 2026": (2, 2.75, 5.0, 1, 1), "November 2026": (1, 0.5, 0.5, 1, 0)}
        )
        views = Report.get_views([(False, "pivot"), (False, "graph"), (False, "list")])
        self.assertIn("max_delay_days", views["views"]["pivot"]["arch"])

    # ----------------------------------------------------------- security
    def test_company_isolation(self):
        move_a = self._sent_invoice()
        move_b = self._invoice(partner=self.customer, company=self.company_b, user=self.clerk_b)
        move_b.with_user(self.clerk_b).action_post()
        self.env["account.move.send"].with_user(self.clerk_b).with_company(
            self.company_b
        )._generate_and_send_invoices(move_b)
        self.assertEqual(move_b.tracking_sent_by, "manual")
        domain = [("tracking_sent_date", "!=", False), ("id", "in", (move_a | move_b).ids)]
        self.assertEqual(self.env["account.move"].with_user(self.clerk).search(domain), move_a)
        self.assertEqual(self.env["account.move"].with_user(self.clerk_b).search(domain), move_b)
        with self.assertRaises(AccessError):
            move_b.with_user(self.clerk).read(["tracking_sent_date"])
        Report = self.env["account.invoice.issuance.report"]
        both = [("move_id", "in", (move_a | move_b).ids)]
        self.assertEqual(Report.with_user(self.clerk).search(both).move_id, move_a)
        self.assertEqual(Report.with_user(self.clerk_b).search(both).move_id, move_b)

    def test_portal_user_reads_no_tracking(self):
        own = self._sent_invoice()
        other = self._sent_invoice(partner=self.other_customer)
        portal_own = own.with_user(self.portal_user)
        portal_own.read(["name", "amount_total"])  # her invoice
        with self.assertRaises(AccessError):
            portal_own.read(["tracking_sent_date"])
        with self.assertRaises(AccessError):
            other.with_user(self.portal_user).read(["name"])
        with self.assertRaises(AccessError):
            self.env["account.invoice.issuance.report"].with_user(self.portal_user).search([])
        # Nor can she stamp anything herself.
        with self.assertRaises(AccessError):
            portal_own.write({"tracking_portal_first_view": fields.Datetime.now()})
        self.assertFalse(own.tracking_portal_first_view)

    def test_tracking_list_and_form_load_for_the_clerk(self):
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "account_move_tracking_fincycle.action_invoice_tracking"
        )
        self.assertTrue(action["domain"])
        Move = self.env["account.move"].with_user(self.clerk)
        search_view = action["search_view_id"]
        search_view_id = search_view[0] if isinstance(search_view, (list, tuple)) else search_view
        views = Move.get_views(
            [(v[0], v[1]) for v in action["views"]] + [(search_view_id, "search")]
        )
        self.assertIn("tracking_stage", views["models"]["account.move"]["fields"])
        move = self._invoice()
        move.with_user(self.clerk).action_post()
        with Form(move.with_user(self.clerk)) as form:
            self.assertEqual(form.tracking_stage, "not_sent")
            form.work_end_date = date(2026, 11, 29)
        self.assertEqual(move.work_end_date, date(2026, 11, 29))
        # Once sent, the delay is measured: the form no longer changes the work end.
        self.env["account.move.send"].with_user(self.clerk)._generate_and_send_invoices(move)
        with Form(move.with_user(self.clerk)) as form:
            self.assertEqual(form.tracking_stage, "sent")
            with self.assertRaises(AssertionError):
                form.work_end_date = date(2026, 11, 1)
