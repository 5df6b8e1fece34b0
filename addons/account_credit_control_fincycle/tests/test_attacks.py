# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The collections module probed as an attacker: the portal doors over real HTTP (public
visitor, another customer, hostile input and files), RPC calls of back-office users of another
company or without the rights, and the fields a portal user can read."""

import io
from datetime import date

from odoo import Command, http
from odoo.exceptions import AccessError, ValidationError
from odoo.tests import HttpCase, TransactionCase, freeze_time, new_test_user, tagged
from odoo.tests.common import JsonRpcException
from odoo.tools import mute_logger

from .common import DunningCase

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00"
    b"\x00\x00IEND\xaeB`\x82"
)
SVG = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">'
    b"<script>alert(document.cookie)</script></svg>"
)
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 64 + b"PE\x00\x00"
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
MUTE = ("odoo.http", "odoo.addons.http_routing.models.ir_http")


@tagged("post_install", "-at_install")
class TestPortalAttacks(DunningCase, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_dunning()
        cls.invoice = cls._invoice(cls.customer, 1000, 20)
        cls.invoice_2 = cls._invoice(cls.customer, 300, 20)
        cls.other_invoice = cls._invoice(cls.other_customer, 500, 20)
        cls.portal_user = cls._portal_user("alpen.attack", cls.customer)
        cls.other_portal_user = cls._portal_user("bergsicht.attack", cls.other_customer)

    @classmethod
    def _portal_user(cls, login, customer):
        user = new_test_user(
            cls.env,
            login=login,
            password=f"{login}-Pw-2026",
            groups="base.group_portal",
            company_id=cls.company.id,
            company_ids=[Command.set(cls.company.ids)],
        )
        user.partner_id.write({"parent_id": customer.id, "email": f"{login}@example.com"})
        return user

    def _login(self, user):
        self.authenticate(user.login, f"{user.login}-Pw-2026")

    def _post(self, url, data, files=None):
        data = {**data, "csrf_token": http.Request.csrf_token(self)}
        return self.url_open(url, data=data, files=files, allow_redirects=False)

    def _contest(self, invoice, message="The hours are wrong.", files=None, **data):
        return self._post(
            f"/my/invoices/{invoice.id}/contest",
            {"category": "contestation", "message": message, **data},
            files=files,
        )

    def _paid(self, invoice, on="2026-02-20", amount="100", **data):
        return self._post(f"/my/invoices/{invoice.id}/paid", {"date": on, "amount": amount, **data})

    def _disputes(self, invoice):
        return self.env["account.dispute"].search([("invoice_ids", "in", invoice.ids)])

    def _customer_message(self, dispute):
        return dispute.message_ids.filtered(lambda m: m.message_type == "comment")

    def _error(self, response):
        self.assertEqual(response.status_code, 303, response.text[:300])
        location = response.headers["Location"]
        return (
            location.split("fincycle_error=")[1].split("&")[0].split("#")[0]
            if ("fincycle_error=" in location)
            else None
        )

    # --- who may knock -------------------------------------------------------------------------
    @mute_logger(*MUTE)
    def test_public_visitor_needs_the_invoice_token(self):
        self.authenticate(None, None)
        token_b = self.other_invoice._portal_ensure_token()
        for route in ("contest", "paid"):
            with self.subTest(route=route, token="none"):
                response = self._post(
                    f"/my/invoices/{self.invoice.id}/{route}",
                    {
                        "category": "contestation",
                        "message": "x",
                        "date": "2026-02-20",
                        "amount": "1",
                    },
                )
                self.assertEqual(response.status_code, 403)
            with self.subTest(route=route, token="another invoice's"):
                response = self._post(
                    f"/my/invoices/{self.invoice.id}/{route}",
                    {
                        "category": "contestation",
                        "message": "x",
                        "date": "2026-02-20",
                        "amount": "1",
                        "access_token": token_b,
                    },
                )
                self.assertEqual(response.status_code, 403)
        self.assertFalse(self._disputes(self.invoice))

    @mute_logger(*MUTE)
    def test_vendor_bill_draft_and_cancelled_invoices_are_refused(self):
        bill = self.env["account.move"].create(
            {
                "move_type": "in_invoice",
                "partner_id": self.customer.id,
                "invoice_date": date(2026, 2, 1),
                "invoice_line_ids": [Command.create({"name": "x", "price_unit": 10})],
            }
        )
        bill.action_post()
        self._login(self.portal_user)
        response = self._contest(bill, access_token=bill._portal_ensure_token())
        self.assertEqual(response.status_code, 404)
        draft = self.invoice.copy()
        cancelled = self.invoice.copy()
        cancelled.button_cancel()
        for move in (draft, cancelled):
            with self.subTest(state=move.state):
                token = move._portal_ensure_token()
                self.assertEqual(self._error(self._contest(move, access_token=token)), "state")
                self.assertEqual(self._error(self._paid(move, access_token=token)), "state")
                self.assertFalse(self._disputes(move))
        self.assertFalse(self._disputes(bill))

    # --- hostile input -------------------------------------------------------------------------
    def test_hostile_amounts_and_dates(self):
        self._login(self.portal_user)
        for amount in (
            "-5",
            "0",
            "0.00",
            "nan",
            "NaN",
            "inf",
            "1e308",
            "9" * 40,
            "1.005",
            "0x10",
            "\uff11\uff10\uff10",
            "100;DROP",
            " ",
            "1,000.50",
        ):
            with self.subTest(amount=amount):
                self.assertEqual(self._error(self._paid(self.invoice, amount=amount)), "amount")
        for on in (
            "0001-01-01",
            "1900-02-20",
            "2999-12-31",
            "2026-02-30",
            "20-02-2026",
            "2026-02-20T00:00",
            "2026-02-20\x00",
            "",
            "' OR 1=1 --",
        ):
            with self.subTest(on=on):
                self.assertEqual(self._error(self._paid(self.invoice, on=on)), "date")
        self.assertFalse(self._disputes(self.invoice))

    def test_amount_above_what_is_still_due_is_refused(self):
        """600 of 1000 are paid: 400 are due; no one contests or says he paid 800."""
        self.env["account.payment.register"].with_company(self.company).with_context(
            active_model="account.move", active_ids=self.invoice.ids
        ).create({"amount": 600, "payment_date": date(2026, 2, 25)})._create_payments()
        self.assertEqual(self.invoice.amount_residual, 400)
        self._login(self.portal_user)
        self.assertEqual(self._error(self._contest(self.invoice, amount="800")), "amount")
        self.assertEqual(self._error(self._paid(self.invoice, amount="800")), "amount")
        self.assertFalse(self._disputes(self.invoice))
        self.assertIsNone(self._error(self._paid(self.invoice, amount="400")))
        self.assertEqual(self._disputes(self.invoice).disputed_amount, 400)

    def test_errors_are_shown_in_the_customers_language(self):
        self.env["res.lang"]._activate_lang("fr_FR")
        self.env["ir.module.module"]._load_module_terms(
            ["account_credit_control_fincycle"], ["fr_FR"]
        )
        self.portal_user.lang = "fr_FR"
        self._login(self.portal_user)
        response = self._paid(self.invoice, amount="5000")
        self.assertEqual(self._error(response), "amount")
        page = self.url_open(response.headers["Location"]).text
        self.assertIn("Le montant doit être un nombre positif, au plus le montant dû.", page)
        self.assertNotIn("The amount must be", page)

    def test_control_characters_in_the_message_are_no_server_error(self):
        self._login(self.portal_user)
        response = self._contest(self.invoice, message="Wrong\x00 hours\x1b[31m\r\nsee\tbelow")
        self.assertIsNone(self._error(response))
        body = self._customer_message(self._disputes(self.invoice)).body
        self.assertIn("Wrong hours", body)
        self.assertNotIn("\x00", body)
        self.assertNotIn("\x1b", body)
        response = self._paid(self.invoice, message="paid\x00")
        self.assertIsNone(self._error(response))

    def test_script_in_the_message_is_shown_as_text(self):
        self._login(self.portal_user)
        payload = '"><img src=x onerror=alert(1)><script>alert(2)</script>'
        self._paid(self.invoice, message=payload)
        dispute = self._disputes(self.invoice)
        for html in (self._customer_message(dispute).body, dispute.description):
            self.assertNotIn("<script", html)
            self.assertNotIn("<img", html)
        page = self.url_open(f"/my/invoices/{self.invoice.id}").text
        self.assertNotIn("<script>alert(2)", page)
        self.assertNotIn("<img src=x", page)
        self.assertIn("&lt;script&gt;alert(2)", page)

    def test_hostile_attachments(self):
        self._login(self.portal_user)
        for name, content in (
            ("invoice.svg", SVG),
            ("invoice.pdf", SVG),
            ("setup.exe", EXE),
            ("proof.png", EXE),
            ("page.html", HTML),
            ("page.txt", HTML),
        ):
            with self.subTest(name=name):
                response = self._contest(
                    self.invoice, files={"attachment": (name, io.BytesIO(content), "image/png")}
                )
                self.assertEqual(self._error(response), "attachment")
        self.assertFalse(self._disputes(self.invoice))
        # an empty file is no attachment; the message is still taken
        response = self._contest(
            self.invoice, files={"attachment": ("empty.pdf", io.BytesIO(b""), "application/pdf")}
        )
        self.assertIsNone(self._error(response))
        self.assertFalse(self._customer_message(self._disputes(self.invoice)).attachment_ids)

    def test_attachment_is_stored_under_the_type_it_really_is(self):
        """A PNG named .exe, .html or .svg is kept as a .png image: no one downloads an
        executable or opens a page from the customer's upload."""
        self._login(self.portal_user)
        names = ("proof.exe", 'x"><img src=y onerror=alert(1)>.html', "proof.svg", "proof")
        for name in names:
            self._contest(self.invoice, files={"attachment": (name, io.BytesIO(PNG), "text/html")})
        attachments = self._customer_message(self._disputes(self.invoice)).attachment_ids
        self.assertEqual(len(attachments), len(names))
        for attachment in attachments:
            with self.subTest(name=attachment.name):
                self.assertEqual(attachment.mimetype, "image/png")
                self.assertTrue(attachment.name.endswith(".png"), attachment.name)
                self.assertNotIn("<", attachment.name)
                self.assertNotIn(".exe", attachment.name)

    def test_repeated_submissions_keep_one_dispute(self):
        self._login(self.portal_user)
        for _i in range(2):
            self._contest(self.invoice)
            self._paid(self.invoice)
        dispute = self._disputes(self.invoice)
        self.assertEqual(len(dispute), 1)
        self.assertEqual(len(self._customer_message(dispute)), 4)
        self.assertEqual(len(dispute.activity_ids), 1)

    def test_a_flood_of_messages_is_refused(self):
        self._login(self.portal_user)
        for _i in range(5):
            self.assertEqual(self._contest(self.invoice).status_code, 303)
        self.assertEqual(self._error(self._contest(self.invoice)), "too_many")
        self.assertEqual(self._error(self._paid(self.invoice)), "too_many")
        dispute = self._disputes(self.invoice)
        self.assertEqual(len(self._customer_message(dispute)), 5)
        # another invoice of the same customer is not affected
        self.assertEqual(self._contest(self.invoice_2).status_code, 303)
        self.assertTrue(self._disputes(self.invoice_2))

    # --- what the customer sees ----------------------------------------------------------------
    def test_another_customers_dispute_and_conversation_stay_hidden(self):
        secret = self.env["account.dispute"]._fincycle_record(
            self.other_invoice,
            {"category": "contestation", "description": "<p>Bergsicht claim</p>"},
            body="Bergsicht conversation",
            source="manual",
        )
        # no dispute lists another customer's invoice: the visitor's message would go to it,
        # and he would follow its conversation
        with self.assertRaises(ValidationError), self.cr.savepoint():
            secret.invoice_ids |= self.invoice
        with self.assertRaises(ValidationError), self.cr.savepoint():
            self.env["account.dispute"].create(
                {
                    "partner_id": self.other_customer.id,
                    "invoice_ids": [Command.set((self.invoice | self.other_invoice).ids)],
                }
            )
        self._login(self.portal_user)
        self._contest(self.invoice)
        self.assertNotIn(self.portal_user.partner_id, secret.message_partner_ids)
        page = self.url_open(f"/my/invoices/{self.invoice.id}").text
        self.assertNotIn("Bergsicht", page)
        self.assertNotIn(secret.name, page)
        page = self.url_open(f"/my/invoices/{self.other_invoice.id}")
        self.assertNotIn("Bergsicht conversation", page.text)

    def test_a_rejected_claim_is_not_revived_by_sending_it_again(self):
        self._login(self.portal_user)
        self._contest(self.invoice, message="The hours are wrong.")
        dispute = self._disputes(self.invoice)
        dispute.action_reject()
        self.assertFalse(dispute.activity_ids)
        self.assertFalse(self.invoice.dunning_pause_reason)
        self.assertIsNone(self._error(self._contest(self.invoice, message="Still wrong!")))
        self.assertEqual(self._disputes(self.invoice), dispute)
        self.assertEqual(dispute.state, "rejected")
        self.assertFalse(self.invoice.dunning_pause_reason, "reminders go on")
        self.assertIn("Still wrong!", self._customer_message(dispute)[:1].body)
        self.assertEqual(len(dispute.activity_ids), 1, "its owner reviews the new message")
        self.assertGreaterEqual(dispute.activity_ids.date_deadline, date.today())
        # another claim (now paid) is a new dispute
        self.assertIsNone(self._error(self._paid(self.invoice, amount="1000")))
        self.assertEqual(len(self._disputes(self.invoice)), 2)
        self.assertEqual(self.invoice.dunning_pause_reason, "dispute")

    def test_internal_messages_never_reach_the_invoice_page(self):
        self._login(self.portal_user)
        self._contest(self.invoice, message="The hours are wrong.")
        dispute = self._disputes(self.invoice)
        dispute.message_post(
            body="Public answer", message_type="comment", subtype_xmlid="mail.mt_comment"
        )
        dispute.message_post(body="Note: known late payer", subtype_xmlid="mail.mt_note")
        flagged = dispute.message_post(
            body="Employee only: lawyer says no",
            message_type="comment",
            subtype_xmlid="mail.mt_comment",
        )
        flagged.sudo().is_internal = True
        page = self.url_open(f"/my/invoices/{self.invoice.id}").text
        self.assertIn("Public answer", page)
        self.assertNotIn("known late payer", page)
        self.assertNotIn("lawyer says no", page)

    @mute_logger(*MUTE)
    def test_portal_user_reads_no_internal_field_over_rpc(self):
        dispute = self.env["account.dispute"]._fincycle_record(
            self.invoice,
            {"category": "contestation", "evidence": "Reader: angry tone, threatens lawyer"},
            source="email",
        )
        dispute.resolution_note = "Internal: known late payer, do not give in"
        self._login(self.portal_user)

        def call(method, args, kwargs=None):
            return self.make_jsonrpc_request(
                "/web/dataset/call_kw",
                {
                    "model": "account.dispute",
                    "method": method,
                    "args": args,
                    "kwargs": kwargs or {},
                },
            )

        rows = call("search_read", [[]], {"fields": ["name", "state", "disputed_amount"]})
        self.assertEqual([row["id"] for row in rows], dispute.ids)
        for fname in ("evidence", "resolution_note"):
            with self.subTest(field=fname), self.assertRaises(JsonRpcException):
                call("read", [dispute.ids, [fname]])
        # a plain read of every field he may see leaks neither
        fields_seen = call("fields_get", [], {"attributes": ["type"]})
        self.assertNotIn("evidence", fields_seen)
        self.assertNotIn("resolution_note", fields_seen)
        # and he decides nothing
        for method, args in (
            ("action_resolve", [dispute.ids, "credit_note"]),
            ("action_reject", [dispute.ids]),
            ("action_start", [dispute.ids]),
            ("write", [dispute.ids, {"state": "rejected"}]),
            ("message_post", [dispute.ids]),
            ("unlink", [dispute.ids]),
        ):
            with self.subTest(method=method), self.assertRaises(JsonRpcException):
                call(method, args, {"body": "x"} if method == "message_post" else {})
        self.assertEqual(dispute.state, "open")

    @mute_logger(*MUTE)
    def test_portal_user_reads_his_invoice_but_not_why_reminders_wait(self):
        self.customer.sudo().write(
            {"no_dunning": True, "no_dunning_reason": "In bankruptcy talks, do not chase"}
        )
        self._login(self.portal_user)

        def call(model, method, args, kwargs=None):
            return self.make_jsonrpc_request(
                "/web/dataset/call_kw",
                {"model": model, "method": method, "args": args, "kwargs": kwargs or {}},
            )

        # the fields he sees of his own invoice: ours that are internal are not among them
        # (a read of every field fails on Odoo's own accounting fields anyway)
        seen = call("account.move", "fields_get", [], {"attributes": ["type"]})
        self.assertNotIn("dunning_pause_reason", seen)
        (row,) = call("account.move", "read", [self.invoice.ids, ["name", "dispute_count"]])
        self.assertEqual(row["id"], self.invoice.id)
        for model, ids, fname in (
            ("res.partner", self.customer.ids, "no_dunning_reason"),
            ("res.partner", self.customer.ids, "no_dunning"),
            ("account.move", self.invoice.ids, "dunning_pause_reason"),
            ("account.move", self.invoice.ids, "partner_risk_score"),
            ("account.move", self.invoice.ids, "partner_risk_warning"),
        ):
            with self.subTest(field=fname), self.assertRaises(JsonRpcException):
                call(model, "read", [ids, [fname]])

    def test_internal_user_speaks_as_himself_not_as_the_customer(self):
        clerk = new_test_user(
            self.env,
            login="attack.clerk",
            password="attack.clerk-Pw-2026",
            groups="account.group_account_invoice",
            company_id=self.company.id,
            company_ids=[Command.set(self.company.ids)],
        )
        self.authenticate(clerk.login, "attack.clerk-Pw-2026")
        self.url_open(f"/my/invoices/{self.invoice.id}")
        response = self._contest(self.invoice, message="Typed by the clerk")
        self.assertIsNone(self._error(response))
        message = self._customer_message(self._disputes(self.invoice))
        self.assertEqual(message.author_id, clerk.partner_id)
        self.assertNotEqual(message.author_id, self.customer)


@tagged("post_install", "-at_install")
@freeze_time("2026-03-02 08:30:00")
class TestBackOfficeAttacks(DunningCase, TransactionCase):
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

        cc_group = "account_credit_control.group_account_credit_control_user"
        cls.clerk_a = user("attack_clerk_a", "account.group_account_invoice", cls.company)
        cls.controller_a = user(
            "attack_controller_a", f"account.group_account_invoice,{cc_group}", cls.company
        )
        cls.dispute_b = cls._dispute_of(cls.invoice_b)

    @classmethod
    def _dispute_of(cls, invoice):
        return cls.env["account.dispute"]._fincycle_record(
            invoice, {"category": "contestation"}, source="manual"
        )

    def _as(self, user):
        return self.env(user=user, context={"allowed_company_ids": user.company_ids.ids})

    def test_controller_of_a_cannot_touch_company_bs_disputes(self):
        Dispute = self._as(self.controller_a)["account.dispute"]
        dispute = Dispute.browse(self.dispute_b.id)
        for method, args in (
            ("action_resolve", ("credit_note",)),
            ("action_reject", ()),
            ("action_start", ()),
            ("action_reopen", ()),
            ("action_open_invoices", ()),
        ):
            with self.subTest(method=method), self.assertRaises(AccessError):
                getattr(dispute, method)(*args)
        with self.assertRaises(AccessError):
            dispute.write({"urgency": "1"})
        self.assertEqual(self.dispute_b.state, "open")
        self.assertEqual(Dispute.search([]), Dispute)
        # nor open one on company B's invoice
        with self.assertRaises(AccessError):
            Dispute.create(
                {"invoice_ids": [Command.set(self.invoice_b.ids)], "company_id": self.company_b.id}
            )
        with self.assertRaises(AccessError):
            self.invoice_b.with_env(self._as(self.controller_a)).action_open_dispute()

    def test_controller_of_a_cannot_read_again_company_bs_replies(self):
        raw = self.env["ir.attachment"].create(
            {"name": "r.eml", "raw": b"Subject: x\r\n\r\nWe contest this invoice."}
        )
        reply_b = self.env["account.dispute.reply"].create(
            {
                "company_id": self.company_b.id,
                "name": "x",
                "state": "failed",
                "invoice_ids": [Command.set(self.invoice_b.ids)],
                "raw_attachment_id": raw.id,
                "stage": "invoice",
            }
        )
        with self.assertRaises(AccessError):
            reply_b.with_env(self._as(self.controller_a)).action_read_again()
        self.assertEqual(reply_b.state, "failed")
        self.assertFalse(reply_b.dispute_id)

    def test_risk_and_report_are_per_company(self):
        Risk = self.env["fincycle.partner.risk"]
        risk_b = Risk.create(
            {"partner_id": self.customer.id, "company_id": self.company_b.id, "score": 90}
        )
        env_a = self._as(self.controller_a)
        self.assertFalse(env_a["fincycle.partner.risk"].search([]))
        with self.assertRaises(AccessError):
            risk_b.with_env(env_a).read(["score"])
        with self.assertRaises(AccessError):
            env_a["fincycle.partner.risk"].create(
                {"partner_id": self.customer.id, "company_id": self.company.id, "score": 0}
            )
        groups = env_a["account.dispute"].formatted_read_group(
            [], aggregates=["disputed_amount_company:sum", "__count"]
        )
        self.assertEqual(groups[0]["__count"], 0)

    def test_language_of_the_invoice_notes_is_the_companys(self):
        """The gateway and the portal act in English; the accountants read French."""
        self.env["res.lang"]._activate_lang("fr_FR")
        self.env["ir.module.module"]._load_module_terms(
            ["mail", "account_credit_control_fincycle"], ["fr_FR"]
        )
        self.company.partner_id.lang = "fr_FR"
        invoice = self._invoice(self.customer, 300, 20)
        Dispute = self.env["account.dispute"].with_context(lang="en_US")
        dispute = Dispute._fincycle_record(invoice, {"category": "contestation"}, source="email")
        promise_invoice = self._invoice(self.customer, 200, 20)
        Dispute._fincycle_record(
            promise_invoice,
            {"category": "payment_promise", "promised_date": date(2026, 3, 10)},
            source="email",
        )
        accountant = new_test_user(
            self.env,
            login="attack_accountant_fr",
            groups="account.group_account_user",
            company_id=self.company.id,
            company_ids=[Command.set(self.company.ids)],
            lang="en_US",
        )
        dispute.with_env(self._as(accountant)).with_context(lang="en_US").action_reject()
        dispute.with_env(self._as(accountant)).with_context(lang="en_US").action_reopen()
        notes = " ".join(invoice.message_ids.mapped("body"))
        self.assertIn("sont suspendus tant que le litige", notes)
        self.assertIn("de nouveau suspendus", notes)
        self.assertNotIn("Reminders for this invoice", notes)
        self.assertNotIn("reminders resume", notes)
        promise_notes = " ".join(promise_invoice.message_ids.mapped("body"))
        self.assertNotIn("Payment promised for", promise_notes)
        created = " ".join(dispute.message_ids.mapped("body"))
        self.assertIn("Litige client cr", created)
        self.assertNotIn("Customer Dispute created", created)

    def test_invoicing_user_cannot_end_the_pause_another_way(self):
        """Resolving, rejecting, reopening is for accountants and credit controllers; so is
        ending the pause by another door."""
        env = self._as(self.clerk_a)
        dispute = self._dispute_of(self.invoice_a).with_env(env)
        second = self._invoice(self.customer, 300, 20)
        dispute.write({"invoice_ids": [Command.link(second.id)], "urgency": "4"})  # recording
        for vals in (
            {"category": "other"},
            {"category": "acknowledgement"},
            {"invoice_ids": [Command.unlink(second.id)]},
            {"invoice_ids": [Command.set(second.ids)]},
            {"invoice_ids": [Command.clear()]},
        ):
            with self.subTest(vals=str(vals)), self.assertRaises(AccessError):
                dispute.write(vals)
        self.assertEqual(self.invoice_a.dunning_pause_reason, "dispute")
        self.assertEqual(dispute.invoice_ids, self.invoice_a | second)
        # nor open one already closed
        for vals in ({"state": "resolved"}, {"state": "rejected"}, {"resolution": "credit_note"}):
            with self.subTest(vals=str(vals)), self.assertRaises(AccessError):
                env["account.dispute"].create(
                    {"invoice_ids": [Command.set(self.invoice_a.ids)], **vals}
                )
        # the door it came by is the system's to say
        created = env["account.dispute"].create(
            {"invoice_ids": [Command.set(second.ids)], "source": "portal"}
        )
        self.assertEqual(created.source, "manual")
        created.write({"source": "email", "urgency": "3"})
        self.assertEqual((created.source, created.urgency), ("manual", "3"))
        # an accountant decides all of it
        accountant = new_test_user(
            self.env,
            login="attack_accountant_a",
            groups="account.group_account_user",
            company_id=self.company.id,
            company_ids=[Command.set(self.company.ids)],
        )
        dispute.with_env(self._as(accountant)).write(
            {"invoice_ids": [Command.unlink(second.id)], "category": "other"}
        )
        self.assertFalse(self.invoice_a.dunning_pause_reason)
