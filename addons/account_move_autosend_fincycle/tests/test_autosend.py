# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from ast import literal_eval
from unittest.mock import patch

from freezegun import freeze_time
from lxml import etree

from odoo import Command
from odoo.exceptions import UserError
from odoo.tests import tagged

from odoo.addons.account.models.account_move_send import AccountMoveSend
from odoo.addons.account_move_tier_validation_fincycle.tests.common import TierTestCommon


@tagged("post_install", "-at_install")
class TestAutosend(TierTestCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = cls.company_data["company"]
        cls.company.email = "billing@company-a.example.com"
        cls.company_b = cls.setup_other_company(name="Company B")["company"]
        cls.company_b.email = "billing@company-b.example.com"
        (cls.company | cls.company_b)._fincycle_tier_create_defaults()
        cls.clerk = cls._user("clerk", "account.group_account_invoice", cls.company)
        cls.manager = cls._user("manager", "account.group_account_manager", cls.company)
        cls.root = cls.env.ref("base.user_root")
        cls.customer = cls.env["res.partner"].create(
            {
                "name": "Kunde AG",
                "is_company": True,
                "email": "info@kunde.example.com",
                "lang": "en_US",
            }
        )
        cls.billing_contact = cls.env["res.partner"].create(
            {
                "name": "Buchhaltung Kunde",
                "type": "invoice",
                "parent_id": cls.customer.id,
                "email": "rechnungen@kunde.example.com",
            }
        )
        # Invoices of the database waiting to be sent are not this test's.
        cls.env["account.move"].sudo().search([("autosend_state", "=", "to_send")]).write(
            {"autosend_state": False}
        )
        cls.no_mail_customer = cls.env["res.partner"].create(
            {"name": "Sans Courriel SA", "is_company": True}
        )

    def _invoice(self, amount, partner=None, user=None, company=None, move_type="out_invoice"):
        company = company or self.company
        return (
            self.env["account.move"]
            .with_user(user or self.clerk)
            .with_company(company)
            .create(
                {
                    "move_type": move_type,
                    "partner_id": (partner or self.customer).id,
                    "invoice_date": "2026-11-30",
                    "invoice_line_ids": [
                        Command.create(
                            {
                                "name": "Fees",
                                "quantity": 1,
                                "price_unit": amount,
                                "tax_ids": [Command.clear()],
                            }
                        )
                    ],
                }
            )
        )

    def _scheduled_post(self, move):
        """Posted as the contracts' morning run posts: by a scheduled action."""
        move.with_user(self.root).with_context(cron_id=1).action_post()
        self.assertEqual(move.state, "posted")

    def _approve(self, move, user):
        action = move.with_user(user).validate_tier()
        self.env["comment.wizard"].with_user(user).with_context(**action["context"]).create(
            {"comment": "OK"}
        ).add_comment()

    def _run(self):
        return self.env["account.move"].with_user(self.root)._cron_autosend_invoices()

    def _sent_messages(self, move):
        return move.message_ids.filtered(
            lambda m: (
                m.message_type == "comment" and m.subtype_id == self.env.ref("mail.mt_comment")
            )
        )

    def _activities(self, move):
        return self.env["mail.activity"].search(
            [("res_model", "=", "account.move"), ("res_id", "=", move.id)]
        )

    # --------------------------------------------------------------- tests
    def test_approved_invoice_sent_in_customer_language_to_invoice_contact(self):
        self.env["res.lang"]._activate_lang("de_CH")
        self.env["ir.module.module"]._load_module_terms(["account"], ["de_CH"], overwrite=True)
        self.customer.lang = "de_CH"
        move = self._invoice(2500)
        move.with_user(self.clerk).request_validation()
        self._approve(move, self.manager)
        move.with_user(self.clerk).action_post()
        self.assertEqual(move.state, "posted")
        self.assertTrue(move.autosend_approved)
        self.assertEqual(move.autosend_state, "to_send")
        self.assertEqual(self._run(), {"sent": 1, "not_sent": 0, "retry": 0})
        self.assertEqual(move.autosend_state, "sent")
        self.assertTrue(move.autosend_date)
        self.assertEqual(move.autosend_partner_ids, self.billing_contact)
        message = self._sent_messages(move)
        self.assertEqual(len(message), 1)
        self.assertEqual(move.autosend_message_id, message)
        # To the invoice contact only, not the customer's general address.
        self.assertEqual(message.partner_ids, self.billing_contact)
        self.assertIn("Rechnung", message.subject)
        # Odoo's sending made the PDF, attached to the e-mail.
        self.assertTrue(move.invoice_pdf_report_id)
        self.assertTrue(message.attachment_ids.filtered(lambda a: a.mimetype == "application/pdf"))
        mail = self.env["mail.mail"].sudo().search([("mail_message_id", "=", message.id)])
        self.assertEqual(mail.recipient_ids, self.billing_contact)

    def test_hand_posted_small_invoice_is_left_to_its_author(self):
        move = self._invoice(500)
        move.with_user(self.clerk).action_post()
        self.assertFalse(move.autosend_state)
        self.assertEqual(self._run(), {"sent": 0, "not_sent": 0, "retry": 0})
        self.assertFalse(self._sent_messages(move))
        # With "all customer invoices", it is sent too.
        self.company.invoice_autosend = "all"
        other = self._invoice(500)
        other.with_user(self.clerk).action_post()
        self.assertEqual(other.autosend_state, "to_send")
        self._run()
        self.assertEqual(other.autosend_state, "sent")
        self.assertFalse(move.autosend_state)

    def test_scheduled_post_is_sent(self):
        move = self._invoice(800)
        self._scheduled_post(move)
        self.assertEqual(move.autosend_state, "to_send")
        self.assertFalse(move.autosend_approved)
        self._run()
        self.assertEqual(move.autosend_state, "sent")

    def test_customer_without_email_gets_an_activity(self):
        move = self._invoice(800, partner=self.no_mail_customer)
        self._scheduled_post(move)
        self.assertEqual(self._run(), {"sent": 0, "not_sent": 1, "retry": 0})
        self.assertEqual(move.autosend_state, "not_sent")
        self.assertIn("has no e-mail", move.autosend_error)
        self.assertFalse(self._sent_messages(move))
        self.assertFalse(move.autosend_partner_ids)
        activity = self._activities(move)
        self.assertEqual(len(activity), 1)
        self.assertEqual(
            activity.summary, f"Send invoice {move.name} by hand: the customer has no e-mail"
        )
        # The responsible is a person of the company, never the system.
        self.assertEqual(activity.user_id, self.clerk)
        # The next run does nothing more.
        self._run()
        self.assertEqual(len(self._activities(move)), 1)
        # Once the address is known, the invoice can go back to the queue.
        self.no_mail_customer.email = "compta@sans-courriel.example.com"
        move.with_user(self.clerk).action_autosend_retry()
        self._run()
        self.assertEqual(move.autosend_state, "sent")

    def test_one_failing_invoice_does_not_stop_the_others(self):
        moves = self._invoice(100) | self._invoice(200) | self._invoice(300)
        for move in moves:
            self._scheduled_post(move)
        bad = moves[1]
        original = AccountMoveSend._generate_and_send_invoices

        def flaky(self_send, invoices, *args, **kwargs):
            if bad in invoices:
                raise UserError(self.env._("SMTP server unreachable"))
            return original(self_send, invoices, *args, **kwargs)

        with patch.object(AccountMoveSend, "_generate_and_send_invoices", flaky):
            self.assertEqual(self._run(), {"sent": 2, "not_sent": 0, "retry": 1})
            self.assertEqual((moves - bad).mapped("autosend_state"), ["sent", "sent"])
            self.assertEqual(bad.autosend_state, "to_send")
            self.assertEqual(bad.autosend_attempts, 1)
            self.assertIn("SMTP server unreachable", bad.autosend_error)
            self.assertFalse(self._sent_messages(bad))
            self.assertFalse(self._activities(bad))
            self._run()
            self.assertEqual(self._run(), {"sent": 0, "not_sent": 1, "retry": 0})
            self.assertEqual(bad.autosend_attempts, 3)
            self.assertEqual(bad.autosend_state, "not_sent")
            activity = self._activities(bad)
            self.assertEqual(len(activity), 1)
            self.assertIn("SMTP server unreachable", activity.note)
            # Never tried again by itself.
            self.assertEqual(self._run(), {"sent": 0, "not_sent": 0, "retry": 0})
        self.assertEqual(len(self._sent_messages(moves[0])), 1)

    def test_any_error_of_one_invoice_leaves_the_others(self):
        moves = self._invoice(100) | self._invoice(200)
        for move in moves:
            self._scheduled_post(move)
        bad = moves[0]
        Move = type(self.env["account.move"])
        original = Move._autosend_contact

        def broken(move_self):
            if move_self == bad:
                raise ValueError("broken address")
            return original(move_self)

        with patch.object(Move, "_autosend_contact", broken):
            self.assertEqual(self._run(), {"sent": 1, "not_sent": 0, "retry": 1})
        self.assertEqual(moves[1].autosend_state, "sent")
        self.assertEqual(bad.autosend_state, "to_send")
        self.assertIn("broken address", bad.autosend_error)

    def test_company_isolation(self):
        self.company_b.invoice_autosend = "none"
        move_a = self._invoice(800)
        move_b = self._invoice(800, user=self.env.user, company=self.company_b)
        self._scheduled_post(move_a)
        move_b.with_user(self.root).with_company(self.company_b).with_context(
            cron_id=1
        ).action_post()
        self.assertEqual(move_a.autosend_state, "to_send")
        self.assertFalse(move_b.autosend_state)
        self._run()
        self.assertEqual(move_a.autosend_state, "sent")
        self.assertFalse(self._sent_messages(move_b))
        # B's own invoices are sent with B's settings and as B.
        self.company_b.invoice_autosend = "all"
        move_b2 = self._invoice(900, user=self.env.user, company=self.company_b)
        # No salesperson: the e-mail comes from the invoice's company.
        move_b2.invoice_user_id = False
        move_b2.with_company(self.company_b).action_post()
        self._run()
        self.assertEqual(move_b2.autosend_state, "sent")
        self.assertIn("company-b", self._sent_messages(move_b2).email_from)
        # A's clerk sees neither B's invoices nor its sending.
        seen = (
            self.env["account.move"].with_user(self.clerk).search([("autosend_state", "=", "sent")])
        )
        self.assertIn(move_a, seen)
        self.assertNotIn(move_b2, seen)

    def test_never_a_draft_or_a_vendor_bill(self):
        self.company.invoice_autosend = "all"
        draft = self._invoice(800)
        bill = self._invoice(800, move_type="in_invoice")
        bill.action_post()
        self.assertFalse(bill.autosend_state)
        # Even when flagged by mistake, the run leaves them alone.
        (draft | bill).sudo().write({"autosend_state": "to_send"})
        self.assertEqual(self._run(), {"sent": 0, "not_sent": 0, "retry": 0})
        self.assertFalse(self._sent_messages(draft) | self._sent_messages(bill))
        self.assertEqual((draft | bill).mapped("autosend_state"), ["to_send", "to_send"])

    def test_a_rerun_sends_nothing_twice(self):
        move = self._invoice(800)
        self._scheduled_post(move)
        self._run()
        self.assertEqual(len(self._sent_messages(move)), 1)
        self.assertEqual(self._run(), {"sent": 0, "not_sent": 0, "retry": 0})
        # Reset to draft and posted again: not sent a second time by itself.
        move.button_draft()
        self._scheduled_post(move)
        self.assertEqual(move.autosend_state, "sent")
        self._run()
        self.assertEqual(len(self._sent_messages(move)), 1)

    def test_invoice_sent_by_hand_is_not_sent_again(self):
        move = self._invoice(800)
        self._scheduled_post(move)
        self.env["account.move.send"].with_user(self.clerk)._generate_and_send_invoices(move)
        self.assertEqual(move.autosend_state, "sent")
        self.assertEqual(move.autosend_partner_ids, self.customer)
        self._run()
        self.assertEqual(len(self._sent_messages(move)), 1)

    def test_invoice_in_odoo_batch_sending_is_left_to_it(self):
        move = self._invoice(800)
        self._scheduled_post(move)
        move.sending_data = {
            "author_user_id": self.clerk.id,
            "author_partner_id": self.clerk.partner_id.id,
        }
        self.assertEqual(self._run(), {"sent": 0, "not_sent": 0, "retry": 0})
        self.assertFalse(self._sent_messages(move))
        # Odoo's sending cron sends it (as _cron_account_move_send does);
        # ours then has nothing left to do.
        self.env["account.move.send"]._generate_and_send_invoices(move, from_cron=True)
        self.assertEqual(move.autosend_state, "sent")
        self.assertEqual(self._run(), {"sent": 0, "not_sent": 0, "retry": 0})
        self.assertEqual(len(self._sent_messages(move)), 1)

    def test_manual_sending_method_gets_an_activity(self):
        self.customer.with_company(self.company).invoice_sending_method = "manual"
        move = self._invoice(800)
        self._scheduled_post(move)
        self._run()
        self.assertEqual(move.autosend_state, "not_sent")
        self.assertIn("Manual", move.autosend_error)
        self.assertEqual(len(self._activities(move)), 1)

    def test_bounce_becomes_an_activity(self):
        move = self._invoice(800)
        self._scheduled_post(move)
        self._run()
        notification = move.autosend_message_id.notification_ids
        self.assertTrue(notification)
        notification.sudo().write(
            {
                "notification_status": "bounce",
                "failure_type": "mail_bounce",
                "failure_reason": "550 mailbox unknown",
            }
        )
        self.assertEqual(move.autosend_state, "not_sent")
        self.assertIn("550 mailbox unknown", move.autosend_error)
        activity = self._activities(move)
        self.assertEqual(len(activity), 1)
        self.assertIn("bounced", activity.summary)

    def test_filter_approved_not_sent(self):
        move = self._invoice(2500)
        move.with_user(self.clerk).request_validation()
        self._approve(move, self.manager)
        move.with_user(self.clerk).action_post()
        view = self.env.ref("account_move_autosend_fincycle.view_account_invoice_filter_autosend")
        node = etree.fromstring(view.arch).xpath("//filter[@name='approved_not_sent']")[0]
        domain = literal_eval(node.get("domain"))
        self.assertIn(move, self.env["account.move"].search(domain))
        self._run()
        self.assertNotIn(move, self.env["account.move"].search(domain))

    def test_activity_in_the_responsible_language(self):
        self.env["res.lang"]._activate_lang("fr_FR")
        self.env["ir.module.module"]._load_module_terms(
            ["account_move_autosend_fincycle"], ["fr_FR"], overwrite=True
        )
        self.clerk.lang = "fr_FR"
        move = self._invoice(800, partner=self.no_mail_customer)
        self._scheduled_post(move)
        self._run()
        self.assertEqual(
            self._activities(move).summary,
            f"Envoyer la facture {move.name} à la main : le client n'a pas d'e-mail",
        )
        self.assertIn("n'a pas d'adresse e-mail", move.autosend_error)

    def test_undelivered_email_becomes_an_activity(self):
        move = self._invoice(800)
        self._scheduled_post(move)
        self._run()
        move.autosend_message_id.notification_ids.sudo().write(
            {"notification_status": "exception", "failure_type": "mail_smtp"}
        )
        self.assertEqual(move.autosend_state, "not_sent")
        self.assertIn("rechnungen@kunde.example.com", move.autosend_error)
        self.assertNotIn("mail_smtp", move.autosend_error)
        self.assertIn("could not be delivered", self._activities(move).summary)
        # A second failure notice of the same e-mail adds nothing.
        move.autosend_message_id.notification_ids.sudo().write(
            {"notification_status": "exception", "failure_type": "mail_smtp"}
        )
        self.assertEqual(len(self._activities(move)), 1)

    def test_factur_x_follows_the_customer_settings(self):
        """Odoo's sending makes the Factur-X of a customer whose e-invoice
        format is Factur-X: attached to the e-mail, and embedded in the PDF. An
        invoice whose Factur-X cannot be made is not sent without it: the run
        says why and tries again."""
        client = self.env["res.partner"].create(
            {
                "name": "Client SARL",
                "is_company": True,
                "email": "compta@client.example.fr",
                "country_id": self.env.ref("base.fr").id,
                "street": "1 rue de la Paix",
                "zip": "75002",
                "city": "Paris",
                "vat": "FR23334175221",
                "lang": "en_US",
            }
        )
        client.with_company(self.company).invoice_edi_format = "facturx"
        move = self._invoice(800, partner=client)
        self._scheduled_post(move)
        self.assertEqual(self._run(), {"sent": 0, "not_sent": 0, "retry": 1})
        self.assertIn("Factur-x", move.autosend_error)
        self.assertFalse(self._sent_messages(move))
        # Completed as Factur-X needs it, the next try sends it.
        move.button_draft()
        self.company.write({"phone": "+33 1 23 45 67 89", "vat": "FR23334175221"})
        move.partner_bank_id = self.env["res.partner.bank"].create(
            {"acc_number": "FR7630006000011234567890189", "partner_id": self.company.partner_id.id}
        )
        move.invoice_line_ids.tax_ids = self.tax_sale_a
        self._scheduled_post(move)
        self.assertEqual(self._run(), {"sent": 1, "not_sent": 0, "retry": 0})
        names = self._sent_messages(move).attachment_ids.mapped("name")
        self.assertIn(f"{move.name.replace('/', '_')}_factur_x.xml", names)
        self.assertTrue(
            self.env["ir.attachment"].search(
                [
                    ("res_model", "=", "account.move"),
                    ("res_id", "=", move.id),
                    ("name", "=", "factur-x.xml"),
                ]
            )
        )

    def test_contract_run_then_approval_then_sending(self):
        """End to end with the contracts' morning run, when contract_fincycle
        is installed (this module does not need it): the small invoice posted
        by the run and the large one posted by the next run once approved are
        both sent."""
        if "contract.invoice.run" not in self.env:
            self.skipTest("contract_fincycle is not installed")
        fee = self.env["product.product"].create(
            {"name": "Fixed fee", "type": "service", "taxes_id": [Command.clear()]}
        )

        def contract(name, amount):
            return (
                self.env["contract.contract"]
                .with_company(self.company)
                .create(
                    {
                        "name": name,
                        "partner_id": self.customer.id,
                        "company_id": self.company.id,
                        "recurring_rule_type": "monthly",
                        "recurring_invoicing_type": "post-paid",
                        "date_start": "2026-10-01",
                        "contract_line_ids": [
                            Command.create(
                                {
                                    "product_id": fee.id,
                                    "name": name,
                                    "quantity": 1,
                                    "uom_id": fee.uom_id.id,
                                    "price_unit": amount,
                                    "date_start": "2026-10-01",
                                    "recurring_rule_type": "monthly",
                                    "recurring_invoicing_type": "post-paid",
                                }
                            )
                        ],
                    }
                )
            )

        small = contract("Small", 500.0)
        large = contract("Large", 2500.0)
        cron = self.env.ref("contract.contract_cron_for_invoice")
        contracts = self.env["contract.contract"].with_user(self.root).with_context(cron_id=cron.id)
        with freeze_time("2026-11-01"):
            contracts.cron_recurring_create_invoice()
        small_invoice = small._get_related_invoices()
        large_invoice = large._get_related_invoices()
        self.assertEqual(small_invoice.state, "posted")
        self.assertEqual(large_invoice.state, "draft")
        self.assertEqual(self._run(), {"sent": 1, "not_sent": 0, "retry": 0})
        self.assertEqual(small_invoice.autosend_partner_ids, self.billing_contact)
        self.assertFalse(large_invoice.autosend_state)
        self._approve(large_invoice, self.manager)
        with freeze_time("2026-11-02"):
            contracts.cron_recurring_create_invoice()
        self.assertEqual(large_invoice.state, "posted")
        self.assertTrue(large_invoice.autosend_approved)
        self.assertEqual(self._run(), {"sent": 1, "not_sent": 0, "retry": 0})
        self.assertEqual(large_invoice.autosend_partner_ids, self.billing_contact)
