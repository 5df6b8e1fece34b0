# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The portal door over HTTP, as a portal user: contest, "I have paid", access rules."""

import io
from unittest.mock import patch

from odoo import Command, http
from odoo.exceptions import AccessError
from odoo.tests import HttpCase, new_test_user, tagged
from odoo.tools import mute_logger

from .common import DunningCase

CONTROLLER = "odoo.addons.account_credit_control_fincycle.controllers.portal"
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00"
    b"\x00\x00IEND\xaeB`\x82"
)


@tagged("post_install", "-at_install")
class TestPortalDispute(DunningCase, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_dunning()
        cls.invoice = cls._invoice(cls.customer, 1000, 20)
        cls.other_invoice = cls._invoice(cls.other_customer, 500, 20)
        cls.portal_user = cls._portal_user("alpen.portal", cls.customer)
        cls.other_portal_user = cls._portal_user("bergsicht.portal", cls.other_customer)
        cls.other_dispute = cls.env["account.dispute"]._fincycle_record(
            cls.other_invoice,
            {"category": "contestation", "description": "<p>Bergsicht secret claim</p>"},
            source="manual",
        )

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

    def setUp(self):
        super().setUp()
        self.authenticate(self.portal_user.login, f"{self.portal_user.login}-Pw-2026")

    def _post(self, url, data, files=None, csrf=True):
        if csrf:
            data = {**data, "csrf_token": http.Request.csrf_token(self)}
        return self.url_open(url, data=data, files=files, allow_redirects=False)

    def _disputes(self, invoice):
        return self.env["account.dispute"].search([("invoice_ids", "in", invoice.ids)])

    # --- the page ------------------------------------------------------------------------------
    def test_invoice_page_offers_the_forms(self):
        response = self.url_open(f"/my/invoices/{self.invoice.id}")
        self.assertEqual(response.status_code, 200)
        self.assertIn("Contest this invoice", response.text)
        self.assertIn("I have paid", response.text)
        self.assertIn(f"/my/invoices/{self.invoice.id}/contest", response.text)
        self.assertNotIn("Bergsicht secret claim", response.text)

    # --- contest ---------------------------------------------------------------------------
    def test_contest_opens_a_dispute_shown_on_the_page(self):
        response = self._post(
            f"/my/invoices/{self.invoice.id}/contest",
            {
                "category": "contestation",
                "amount": "250.50",
                "message": "The <b>travel hours</b> were never ordered. <script>alert(1)</script>",
            },
            files={"attachment": ("quote.pdf", io.BytesIO(PDF), "application/pdf")},
        )
        self.assertEqual(response.status_code, 303)
        self.assertIn("fincycle_sent=contest", response.headers["Location"])

        dispute = self._disputes(self.invoice)
        self.assertEqual(len(dispute), 1)
        self.assertEqual(
            (dispute.source, dispute.category, dispute.state),
            ("portal", "contestation", "open"),
        )
        self.assertEqual(dispute.disputed_amount, 250.50)
        self.assertEqual(dispute.partner_id, self.customer)
        self.assertTrue(dispute.activity_ids, "the owner gets an activity")
        message = dispute.message_ids.filtered(
            lambda m: m.author_id == self.portal_user.partner_id and m.message_type == "comment"
        )
        self.assertEqual(len(message), 1)
        self.assertIn("&lt;script&gt;", message.body)
        self.assertNotIn("<script", message.body)
        self.assertNotIn("<b>", message.body)
        self.assertEqual(message.attachment_ids.mapped("name"), ["quote.pdf"])
        self.assertEqual(message.attachment_ids.mimetype, "application/pdf")
        self.assertEqual(self.invoice.dunning_pause_reason, False)  # partial: the rest reminded

        # the customer sees the dispute, its state and the conversation; an answer of the
        # accounting team is shown, its internal notes are not
        dispute.message_post(
            body="We are checking the hours.",
            message_type="comment",
            subtype_xmlid="mail.mt_comment",
        )
        dispute.message_post(body="Internal: customer is right", subtype_xmlid="mail.mt_note")
        page = self.url_open(f"/my/invoices/{self.invoice.id}").text
        self.assertIn(dispute.name, page)
        self.assertIn("o_fincycle_dispute_state", page)
        self.assertIn("travel hours", page)
        self.assertIn("We are checking the hours.", page)
        self.assertNotIn("Internal: customer is right", page)

    def test_second_contest_updates_the_dispute(self):
        for text in ("First message", "Second message"):
            self._post(
                f"/my/invoices/{self.invoice.id}/contest",
                {"category": "invoice_error", "message": text},
            )
        dispute = self._disputes(self.invoice)
        self.assertEqual(len(dispute), 1)
        self.assertEqual(dispute.category, "invoice_error")
        self.assertEqual(self.invoice.dunning_pause_reason, "dispute")

    def test_contest_refuses_bad_input(self):
        url = f"/my/invoices/{self.invoice.id}/contest"
        cases = [
            ({"category": "contestation", "amount": "-5", "message": "x"}, None, "amount"),
            ({"category": "contestation", "amount": "1000.01", "message": "x"}, None, "amount"),
            ({"category": "contestation", "amount": "1e3", "message": "x"}, None, "amount"),
            ({"category": "contestation", "amount": "abc", "message": "x"}, None, "amount"),
            ({"category": "admin", "message": "x"}, None, "category"),
            ({"category": "contestation", "message": "  "}, None, "message"),
            ({"category": "contestation", "message": "y" * 4001}, None, "message"),
            (
                {"category": "contestation", "message": "see file"},
                {
                    "attachment": (
                        "evil.pdf",
                        io.BytesIO(b"<html><script>x</script>"),
                        "application/pdf",
                    )
                },
                "attachment",
            ),
        ]
        for data, files, error in cases:
            with self.subTest(error=error, data=str(data)[:60]):
                response = self._post(url, data, files=files)
                self.assertEqual(response.status_code, 303)
                self.assertIn(f"fincycle_error={error}", response.headers["Location"])
        # the size limit: ours (patched small here), and the server's for huge uploads
        with patch(f"{CONTROLLER}.MAX_ATTACHMENT_BYTES", 1024):
            response = self._post(
                url,
                {"category": "contestation", "message": "big file"},
                files={"attachment": ("big.pdf", io.BytesIO(PDF + b"0" * 2048), "application/pdf")},
            )
        self.assertIn("fincycle_error=attachment", response.headers["Location"])
        huge = io.BytesIO(PDF + b"0" * (12 * 1024 * 1024))
        response = self._post(
            url,
            {"category": "contestation", "message": "huge file"},
            files={"attachment": ("huge.pdf", huge, "application/pdf")},
        )
        self.assertTrue(
            response.status_code == 413
            or "fincycle_error=attachment" in response.headers.get("Location", "")
        )
        self.assertFalse(self._disputes(self.invoice))

    # --- I have paid -----------------------------------------------------------------------
    def test_i_have_paid_with_proof(self):
        response = self._post(
            f"/my/invoices/{self.invoice.id}/paid",
            {"date": "2026-02-20", "amount": "1'000.00", "message": "Paid by bank transfer."},
            files={"proof": ("transfer.png", io.BytesIO(PNG), "image/png")},
        )
        self.assertEqual(response.status_code, 303)
        self.assertIn("fincycle_sent=paid", response.headers["Location"])
        dispute = self._disputes(self.invoice)
        self.assertEqual((dispute.category, dispute.source), ("already_paid", "portal"))
        self.assertEqual(dispute.disputed_amount, 1000.0)
        self.assertEqual(self.invoice.dunning_pause_reason, "dispute")
        message = dispute.message_ids.filtered(
            lambda m: m.author_id == self.portal_user.partner_id and m.message_type == "comment"
        )
        self.assertIn("2026-02-20", message.body)
        self.assertEqual(message.attachment_ids.mimetype, "image/png")

    def test_i_have_paid_refuses_future_date_and_bad_amount(self):
        url = f"/my/invoices/{self.invoice.id}/paid"
        for data, error in (
            ({"date": "2999-01-01", "amount": "100"}, "date"),
            ({"date": "yesterday", "amount": "100"}, "date"),
            ({"date": "2026-02-20", "amount": ""}, "amount"),
            ({"date": "2026-02-20", "amount": "0"}, "amount"),
            ({"date": "2026-02-20", "amount": "5000"}, "amount"),
        ):
            with self.subTest(error=error):
                response = self._post(url, data)
                self.assertIn(f"fincycle_error={error}", response.headers["Location"])
        self.assertFalse(self._disputes(self.invoice))

    # --- access ----------------------------------------------------------------------------
    @mute_logger("odoo.http", "odoo.addons.http_routing.models.ir_http")
    def test_another_customers_invoice_is_refused(self):
        for route in ("contest", "paid"):
            response = self._post(
                f"/my/invoices/{self.other_invoice.id}/{route}",
                {"category": "contestation", "message": "x", "date": "2026-02-20", "amount": "1"},
            )
            self.assertIn(response.status_code, (403, 404))
        response = self._post(
            "/my/invoices/999999999/contest", {"category": "contestation", "message": "x"}
        )
        self.assertEqual(response.status_code, 404)
        # a wrong access token does not help either
        response = self._post(
            f"/my/invoices/{self.other_invoice.id}/contest",
            {"category": "contestation", "message": "x", "access_token": "not-the-token"},
        )
        self.assertIn(response.status_code, (403, 404))
        self.assertEqual(self._disputes(self.other_invoice), self.other_dispute)
        authors = self.other_dispute.message_ids.author_id
        self.assertNotIn(self.portal_user.partner_id, authors)

    @mute_logger("odoo.http", "odoo.addons.http_routing.models.ir_http")
    def test_csrf_token_is_required(self):
        response = self._post(
            f"/my/invoices/{self.invoice.id}/contest",
            {"category": "contestation", "message": "no token"},
            csrf=False,
        )
        self.assertEqual(response.status_code, 400)
        self.assertFalse(self._disputes(self.invoice))

    def test_invoice_token_holder_can_contest_without_login(self):
        self.authenticate(None, None)
        response = self._post(
            f"/my/invoices/{self.invoice.id}/contest",
            {
                "category": "contestation",
                "message": "Sent from the e-mail link",
                "access_token": self.invoice._portal_ensure_token(),
            },
        )
        self.assertEqual(response.status_code, 303)
        dispute = self._disputes(self.invoice)
        self.assertEqual(dispute.source, "portal")
        self.assertIn(self.customer, dispute.message_ids.author_id)

    def test_portal_user_reads_only_his_companys_disputes(self):
        own = self.env["account.dispute"]._fincycle_record(
            self.invoice, {"category": "invoice_error"}, source="manual"
        )
        Dispute = self.env["account.dispute"].with_user(self.portal_user)
        self.assertEqual(Dispute.search([]), own)
        with self.assertRaises(AccessError):
            self.other_dispute.with_user(self.portal_user).read(["name"])
        with self.assertRaises(AccessError):
            own.with_user(self.portal_user).write({"state": "resolved"})
        with self.assertRaises(AccessError):
            self.other_dispute.with_user(self.portal_user).write({"urgency": "5"})
        with self.assertRaises(AccessError):
            Dispute.create({"invoice_ids": [Command.set(self.other_invoice.ids)]})
        # the other customer's portal user sees only his
        other = self.env["account.dispute"].with_user(self.other_portal_user).search([])
        self.assertEqual(other, self.other_dispute)
