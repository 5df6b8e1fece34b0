# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Customers' e-mail replies through Odoo's mail gateway (real .eml files in data/replies)."""

import time
import uuid
from datetime import date
from pathlib import Path
from unittest.mock import patch

from odoo import Command
from odoo.exceptions import AccessError
from odoo.tests import TransactionCase, freeze_time, new_test_user, tagged
from odoo.tools import mute_logger

from odoo.addons.fincycle_base.tests.common import FincycleHttpTestMixin

from fincycle.testing.fake_openai import FakeOpenAI

from .common import DunningCase

DATA = Path(__file__).parent / "data" / "replies"
READER = "odoo.addons.account_credit_control_fincycle.models.mail_reply.read_reply_with_llm"
LOGGER = "odoo.addons.account_credit_control_fincycle.models.mail_reply"


@tagged("post_install", "-at_install")
@freeze_time("2026-03-02 08:30:00")
class TestReplyGateway(FincycleHttpTestMixin, DunningCase, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_dunning()
        cls.customer.email = "buchhaltung@alpenbau.example"
        cls.invoice = cls._invoice(cls.customer, 1000, 20)
        cls.invoice_mail = cls._sent_invoice_mail(cls.invoice)

    # --- helpers ---------------------------------------------------------------------------
    @classmethod
    def _sent_invoice_mail(cls, invoice):
        """The e-mail that sent ``invoice`` to its customer (its Message-Id is replied to)."""
        return invoice.message_post(
            body=f"Please find attached invoice {invoice.name}.",
            subject=f"Invoice {invoice.name}",
            message_type="comment",
            subtype_xmlid="mail.mt_comment",
            partner_ids=invoice.partner_id.ids,
        )

    def _deliver(self, name, reply_to=None, references=None, transform=None, **values):
        """Deliver data/replies/``name`` through the gateway as a reply to the mail.message
        ``reply_to`` (``transform`` edits the raw bytes first); returns the Message-Id."""
        message_id = values.pop("MESSAGE_ID", None) or f"<{uuid.uuid4().hex}@mail.customer.example>"
        refs = references or (reply_to.message_id if reply_to else "")
        values = {
            "MESSAGE_ID": message_id,
            "IN_REPLY_TO": refs.split()[-1] if refs else "",
            "REFERENCES": refs,
            "INVOICE": self.invoice.name,
            **values,
        }
        raw = (DATA / name).read_bytes()
        if transform:
            raw = transform(raw)
        for key, value in values.items():
            raw = raw.replace(f"%%{key}%%".encode(), value.encode())
        self.env["mail.thread"].sudo().message_process(None, raw)
        return message_id

    def _posted(self, message_id):
        return self.env["mail.message"].search([("message_id", "=", message_id)])

    def _reply(self, message_id):
        return self.env["account.dispute.reply"].search([("message_id", "=", message_id)])

    def _disputes(self, invoices):
        return self.env["account.dispute"].search([("invoice_ids", "in", invoices.ids)])

    def _send_reminder(self):
        self._cron()
        return self._reminder_messages(self.customer)[:1]

    # --- replies to the invoice e-mail -----------------------------------------------------
    def test_reply_to_invoice_contests_it(self):
        message_id = self._deliver("reply_invoice_contest_fr.eml", self.invoice_mail)

        posted = self._posted(message_id)
        self.assertEqual((posted.model, posted.res_id), ("account.move", self.invoice.id))
        reply = self._reply(message_id)
        self.assertEqual(reply.state, "done")
        self.assertEqual(reply.category, "contestation")
        self.assertTrue(reply.pause_dunning)
        self.assertEqual(reply.stage, "invoice")
        self.assertEqual(reply.mail_message_id, posted)
        self.assertIn("jamais été commandées", reply.evidence)
        # the raw message is kept to read it again
        self.assertEqual(reply.raw_attachment_id.mimetype, "message/rfc822")
        self.assertIn(message_id.encode(), reply.raw_attachment_id.raw)

        dispute = reply.dispute_id
        self.assertEqual(reply.action, "dispute_opened")
        self.assertEqual(dispute, self._disputes(self.invoice))
        self.assertEqual(dispute.source, "email")
        self.assertEqual(dispute.category, "contestation")
        self.assertEqual(dispute.partner_id, self.customer)
        self.assertEqual(dispute.state, "open")
        self.assertIn("jamais été commandées", dispute.evidence)
        self.assertTrue(dispute.activity_ids, "the owner gets an activity")
        customer_words = dispute.message_ids.filtered(lambda m: "jamais" in str(m.body))
        self.assertEqual(customer_words.subtype_id, self.env.ref("mail.mt_comment"))
        self.assertEqual(customer_words.author_id, self.customer)
        self.assertEqual(self.invoice.dunning_pause_reason, "dispute")

    def test_second_reply_updates_the_open_dispute(self):
        self._deliver("reply_invoice_contest_fr.eml", self.invoice_mail)
        message_id = self._deliver("hostile_html_script.eml", self.invoice_mail)
        self.assertEqual(len(self._disputes(self.invoice)), 1)
        self.assertEqual(self._reply(message_id).action, "dispute_updated")

    def test_forward_of_the_invoice_is_an_invoice_error(self):
        # a colleague of the customer (same mail domain, not a contact yet) forwards it back
        message_id = self._deliver("forward_invoice_error_en.eml", self.invoice_mail)
        self.assertEqual(self._posted(message_id).res_id, self.invoice.id)
        reply = self._reply(message_id)
        self.assertEqual(reply.category, "invoice_error")
        self.assertEqual(reply.dispute_id.category, "invoice_error")

    def test_the_invoice_named_is_the_one_disputed(self):
        other = self._invoice(self.customer, 400, 20)
        foreign = self._invoice(self.other_customer, 700, 20)
        message_id = self._deliver(
            "names_other_invoice_en.eml", self.invoice_mail, OTHER=other.name, FOREIGN=foreign.name
        )
        # posted where it threads, the dispute on the invoice named (never another customer's)
        self.assertEqual(self._posted(message_id).res_id, self.invoice.id)
        reply = self._reply(message_id)
        self.assertEqual(reply.invoice_ids, other)
        self.assertEqual(reply.dispute_id.invoice_ids, other)
        self.assertFalse(self._disputes(self.invoice))
        self.assertFalse(self._disputes(foreign))

    # --- replies to reminders --------------------------------------------------------------
    def test_reply_to_reminder_lands_on_the_invoice(self):
        reminder = self._send_reminder()
        self.assertEqual(reminder.model, "credit.control.communication")

        message_id = self._deliver("reply_reminder_paid_de.eml", reminder)

        posted = self._posted(message_id)
        self.assertEqual((posted.model, posted.res_id), ("account.move", self.invoice.id))
        reply = self._reply(message_id)
        self.assertEqual(reply.stage, "reminder_1")
        self.assertEqual(reply.thread_model, "credit.control.communication")
        self.assertEqual(reply.category, "already_paid")
        self.assertEqual(reply.dispute_id.category, "already_paid")
        self.assertEqual(self.invoice.dunning_pause_reason, "dispute")

    def test_reply_to_a_reminder_of_two_invoices_names_one(self):
        second = self._invoice(self.customer, 250, 20)
        reminder = self._send_reminder()
        comm = self.env["credit.control.communication"].browse(reminder.res_id)
        self.assertEqual(comm.credit_control_line_ids.invoice_id, self.invoice | second)

        message_id = self._deliver("reply_reminder_paid_de.eml", reminder, INVOICE=second.name)

        self.assertEqual(self._posted(message_id).res_id, second.id)
        self.assertEqual(self._reply(message_id).dispute_id.invoice_ids, second)
        self.assertFalse(self._disputes(self.invoice))

    def test_payment_promise_sets_the_promised_date(self):
        reminder = self._send_reminder()
        message_id = self._deliver("promise_it.eml", reminder)
        reply = self._reply(message_id)
        self.assertEqual(reply.category, "payment_promise")
        self.assertEqual(reply.action, "promise")
        promise = reply.dispute_id
        self.assertEqual(promise.category, "payment_promise")
        self.assertEqual(promise.promised_date, date(2026, 3, 20))
        self.assertEqual(self.invoice.dunning_pause_reason, "promise")

    def test_auto_reply_changes_nothing_but_is_recorded(self):
        reminder = self._send_reminder()
        message_id = self._deliver("auto_reply_en.eml", reminder)
        self.assertEqual(self._posted(message_id).res_id, self.invoice.id)
        reply = self._reply(message_id)
        self.assertEqual(reply.category, "auto_reply")
        self.assertEqual((reply.state, reply.action), ("recorded", "none"))
        self.assertFalse(reply.dispute_id)
        self.assertFalse(self._disputes(self.invoice))
        self.assertFalse(self.invoice.dunning_pause_reason)

    def test_already_paid_on_a_paid_invoice_is_only_recorded(self):
        self.env["account.payment.register"].with_context(
            active_model="account.move", active_ids=self.invoice.ids
        ).create({"payment_date": date(2026, 2, 20)})._create_payments()
        self.assertIn(self.invoice.payment_state, ("paid", "in_payment"))
        message_id = self._deliver("reply_reminder_paid_de.eml", self.invoice_mail)
        reply = self._reply(message_id)
        self.assertEqual((reply.category, reply.state), ("already_paid", "recorded"))
        self.assertFalse(self._disputes(self.invoice))

    def test_same_email_twice_is_read_once(self):
        message_id = self._deliver("reply_invoice_contest_fr.eml", self.invoice_mail)
        self._deliver("reply_invoice_contest_fr.eml", self.invoice_mail, MESSAGE_ID=message_id)
        self.assertEqual(len(self._reply(message_id)), 1)
        self.assertEqual(len(self._disputes(self.invoice)), 1)

    # --- hostile and broken e-mails --------------------------------------------------------
    def test_html_with_script_is_sanitised(self):
        message_id = self._deliver("hostile_html_script.eml", self.invoice_mail)
        posted = self._posted(message_id)
        dispute = self._reply(message_id).dispute_id
        self.assertEqual(dispute.category, "contestation")
        for body in (posted.body, dispute.description, *dispute.message_ids.mapped("body")):
            html = str(body or "").lower()
            for bad in ("<script", "onerror", "onload", "javascript:", "<iframe", "evil.example"):
                self.assertNotIn(bad, html)

    def test_huge_email_is_posted_and_read_quickly(self):
        filler = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 20 + "\n") * 1800
        self.assertGreater(len(filler), 2_000_000)
        start = time.perf_counter()
        message_id = self._deliver(
            "reply_invoice_contest_fr.eml",
            self.invoice_mail,
            transform=lambda raw: raw.replace(b"Meilleures salutations", filler.encode()),
        )
        reply = self._reply(message_id)
        self.assertEqual(self._posted(message_id).res_id, self.invoice.id)
        self.assertEqual(reply.category, "contestation")
        self.assertLess(reply.read_ms, 2000)
        self.assertLess(time.perf_counter() - start, 60)

    def test_forged_references_to_another_companys_invoice(self):
        company_fr = self._make_company("Lumière Conseil SAS", "EUR", "FR", "Europe/Paris")
        client_fr = self._make_customer("Atelier Rive Gauche", "compta@rivegauche.example")
        for _i in range(2):  # numbers unlike the Swiss customer's own invoice
            self._invoice(client_fr, 100, 20, company=company_fr)
        target = self._invoice(client_fr, 900, 20, company=company_fr)
        target_mail = self._sent_invoice_mail(target)

        with mute_logger(LOGGER):
            message_id = self._deliver("forged_references_en.eml", target_mail, INVOICE=target.name)

        posted = self._posted(message_id)
        self.assertTrue(posted, "the e-mail is kept")
        self.assertNotEqual((posted.model, posted.res_id), ("account.move", target.id))
        self.assertEqual((posted.model, posted.res_id), ("res.partner", self.customer.id))
        self.assertEqual(posted.subtype_id, self.env.ref("mail.mt_note"))
        self.assertNotIn(posted, target.message_ids)
        self.assertFalse(self._disputes(target))
        self.assertEqual(self._reply(message_id).state, "rejected")

    def test_unknown_sender_is_kept_but_decides_nothing(self):
        message_id = self._deliver(
            "reply_invoice_contest_fr.eml",
            self.invoice_mail,
            transform=lambda raw: raw.replace(
                b"buchhaltung@alpenbau.example>", b"someone@elsewhere.example>"
            ),
        )
        posted = self._posted(message_id)
        self.assertEqual(posted.res_id, self.invoice.id)
        self.assertEqual(posted.subtype_id, self.env.ref("mail.mt_note"))  # not relayed
        self.assertEqual(self._reply(message_id).state, "unverified")
        self.assertFalse(self._disputes(self.invoice))

    def test_replies_read_stay_in_their_company(self):
        message_id = self._deliver("reply_invoice_contest_fr.eml", self.invoice_mail)
        reply = self._reply(message_id)
        company_fr = self._make_company("Lumière Conseil SAS", "EUR", "FR", "Europe/Paris")
        outsider = new_test_user(
            self.env,
            login="fr.accountant",
            groups="account.group_account_invoice",
            company_id=company_fr.id,
            company_ids=[Command.set(company_fr.ids)],
        )
        Reply = self.env["account.dispute.reply"].with_user(outsider)
        self.assertFalse(Reply.search([]))
        with self.assertRaises(AccessError):
            reply.with_user(outsider).read(["evidence"])
        with self.assertRaises(AccessError):
            reply.with_user(outsider).action_read_again()

    def test_reader_failure_never_loses_the_email(self):
        with patch(READER, side_effect=RuntimeError("reader broke")), mute_logger(LOGGER):
            message_id = self._deliver("reply_invoice_contest_fr.eml", self.invoice_mail)
        self.assertEqual(self._posted(message_id).res_id, self.invoice.id)
        reply = self._reply(message_id)
        self.assertEqual(reply.state, "failed")
        self.assertIn("reader broke", reply.error)
        self.assertTrue(reply.raw_attachment_id)
        self.assertFalse(self._disputes(self.invoice))
        self.assertTrue(self.invoice.activity_ids, "somebody must read it by hand")

    def test_read_again_after_a_reader_failure_acts(self):
        with patch(READER, side_effect=RuntimeError("reader broke")), mute_logger(LOGGER):
            message_id = self._deliver("reply_invoice_contest_fr.eml", self.invoice_mail)
        reply = self._reply(message_id)
        reply.action_read_again()
        self.assertEqual((reply.state, reply.category), ("done", "contestation"))
        self.assertEqual(reply.dispute_id, self._disputes(self.invoice))
        # read again once more: the reading is refreshed, nothing is opened twice
        reply.action_read_again()
        self.assertEqual(len(self._disputes(self.invoice)), 1)

    def test_read_again_accepts_a_checked_unknown_sender(self):
        message_id = self._deliver(
            "reply_invoice_contest_fr.eml",
            self.invoice_mail,
            transform=lambda raw: raw.replace(
                b"buchhaltung@alpenbau.example>", b"someone@elsewhere.example>"
            ),
        )
        reply = self._reply(message_id)
        self.assertEqual(reply.state, "unverified")
        reply.action_read_again()
        self.assertEqual(reply.state, "done")
        self.assertEqual(reply.dispute_id.invoice_ids, self.invoice)

    def test_dispute_failure_never_loses_the_email(self):
        Dispute = type(self.env["account.dispute"])
        with (
            patch.object(Dispute, "_fincycle_record", side_effect=ValueError("boom")),
            mute_logger(LOGGER),
        ):
            message_id = self._deliver("reply_invoice_contest_fr.eml", self.invoice_mail)
        self.assertEqual(self._posted(message_id).res_id, self.invoice.id)
        self.assertEqual(self._reply(message_id).state, "failed")
        self.assertFalse(self._disputes(self.invoice))

    def test_a_colleagues_answer_is_not_read(self):
        self.env.user.email = "controller@seeblick.example"
        message_id = self._deliver(
            "reply_invoice_contest_fr.eml",
            self.invoice_mail,
            transform=lambda raw: raw.replace(
                b"buchhaltung@alpenbau.example>", b"controller@seeblick.example>"
            ),
        )
        self.assertEqual(self._posted(message_id).res_id, self.invoice.id)
        self.assertFalse(self._reply(message_id))
        self.assertFalse(self._disputes(self.invoice))

    # --- the company's LLM, asked when the reader is unsure -----------------------------
    def _with_llm(self, fake):
        self.company.sudo().write(
            {
                "credit_control_llm_enabled": True,
                "fincycle_llm_base_url": fake.base_url,
                "fincycle_llm_model": fake.model,
                "fincycle_llm_api_key": fake.api_key,
            }
        )

    def _llm_answer(self, category, evidence):
        return {
            "category": category,
            "evidence": evidence,
            "disputed_amount": None,
            "promised_date": None,
            "invoice_numbers": [],
        }

    def test_unsure_reply_asks_the_llm_with_the_customers_words_only(self):
        with FakeOpenAI() as fake:
            self._with_llm(fake)
            fake.answer(self._llm_answer("contestation", "the hours on this bill look strange"))
            message_id = self._deliver("unsure_hours_en.eml", self.invoice_mail)
            (request,) = fake.chat_requests()
        sent = request["messages"][1]["content"]
        self.assertIn("hours on this bill", sent)
        self.assertNotIn("Betreibung", sent)
        reply = self._reply(message_id)
        self.assertEqual((reply.state, reply.category), ("done", "contestation"))
        self.assertIn(reply.llm_outcome, ("confirmed", "decided"))
        self.assertFalse(reply.unsure)
        self.assertEqual(reply.dispute_id, self._disputes(self.invoice))

    def test_the_llm_alone_does_not_open_a_dispute(self):
        with FakeOpenAI() as fake:
            self._with_llm(fake)
            # without the learned model the rules alone read "other": an LLM that says
            # "contestation" has no second reader, so it is recorded, not followed
            fake.answer(self._llm_answer("contestation", "the hours on this bill look strange"))
            with patch("fincycle.collections.learned.predict", return_value=None):
                message_id = self._deliver("unsure_hours_en.eml", self.invoice_mail)
        reply = self._reply(message_id)
        self.assertEqual(reply.llm_outcome, "not_confirmed")
        self.assertFalse(reply.pause_dunning)
        self.assertFalse(self._disputes(self.invoice))

    def test_a_failing_llm_never_loses_the_reply(self):
        with FakeOpenAI() as fake:
            self._with_llm(fake)
            fake.fail_next(5, status=503)
            with mute_logger("fincycle.extraction.llm", "fincycle.http"):
                message_id = self._deliver("unsure_hours_en.eml", self.invoice_mail)
        reply = self._reply(message_id)
        self.assertEqual(reply.state, "done")
        self.assertEqual(reply.llm_outcome, "failed")
        self.assertIn("503", reply.llm_error)
        self.assertTrue(reply.unsure)

    def test_llm_switched_off_sends_nothing(self):
        with FakeOpenAI() as fake:
            self._with_llm(fake)
            self.company.credit_control_llm_enabled = False
            message_id = self._deliver("unsure_hours_en.eml", self.invoice_mail)
            self.assertEqual(fake.chat_requests(), [])
        self.assertEqual(self._reply(message_id).llm_outcome, "not_asked")
