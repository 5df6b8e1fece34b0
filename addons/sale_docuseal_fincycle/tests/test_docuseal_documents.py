# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Any PDF attached to an order or a partner (general terms, a contract) sent for signature:
document mode where the edition allows it, else the template of that kind; the signed PDF
kept on the same record with its SHA-256, nothing confirmed; bad documents (not a PDF by its
content, empty, huge, a link, of another record or company, of a record the user cannot
read), permissions and company isolation. Also: the signatory follows the order, and the
expiry of a waiting request is moved in DocuSeal."""

import base64
import hashlib
import json
from unittest.mock import patch

from odoo import Command
from odoo.exceptions import AccessError, UserError
from odoo.tests import Form, TransactionCase, new_test_user, tagged

from fincycle.signing import docuseal as ds
from fincycle.testing.fake_docuseal import fake_pdf

from .common import DocusealCommon

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@tagged("post_install", "-at_install")
class TestDocusealDocuments(DocusealCommon, TransactionCase):
    def setUp(self):
        super().setUp()
        self.terms_template = self.fake.add_template("CGV", ["Customer"])
        self.contract_template = self.fake.add_template("Contract", ["Customer", "Company"])
        self.terms_map_a = self._map(
            self.account_a, self.terms_template["id"], document_kind="terms", company_role=False
        )
        self.contract_map_a = self._map(
            self.account_a, self.contract_template["id"], document_kind="contract"
        )
        self.cgv = self.attach(self.order, "CGV 2026.pdf", fake_pdf("CGV 2026"))
        self.contract = self.attach(self.customer, "Framework contract.pdf", fake_pdf("Contract"))
        self.order_b = self._order(self.company_b, self.salesman_b)
        self.cgv_b = self.attach(self.order_b, "CGV B.pdf", fake_pdf("CGV B"), self.company_b)

    # -- helpers -----------------------------------------------------------------------------
    def attach(self, record, name, raw, company=None, **vals):
        return self.env["ir.attachment"].create(
            {
                "name": name,
                "raw": raw,
                "res_model": record._name,
                "res_id": record.id,
                "company_id": (company or self.company_a).id,
                **vals,
            }
        )

    def send_doc(self, record, attachments, user=None, kind="terms", **vals):
        env = self.env(user=user) if user else self.env
        source = (
            {"default_order_id": record.id}
            if record._name == "sale.order"
            else {"default_document_partner_id": record.id}
        )
        company = record.company_id or self.company_a
        wizard = (
            env["sale.signature.send"]
            .with_company(company)
            .with_context(default_document_kind=kind, **source)
            .create(
                {
                    "partner_id": self.signer.id,
                    "attachment_ids": [Command.set(attachments.ids)],
                    **vals,
                }
            )
        )
        wizard.action_send()
        return self.doc_requests(attachments)

    def doc_requests(self, attachments):
        return self.env["sale.signature.request"].search(
            [("source_attachment_ids", "in", attachments.ids)], order="id desc"
        )

    def pdf_calls(self):
        return list(self.fake.calls("POST", "/api/submissions/pdf"))

    def template_calls(self):
        return list(self.fake.calls("POST", "/api/submissions"))

    def sign_and_poll(self, request, signers=None):
        for submitter_id in (
            signers or self.fake.submissions[request.submission_id]["submitter_ids"]
        ):
            self.fake.sign(submitter_id, ip="198.51.100.23")
        self.assertEqual(self.account_a._docuseal_poll(), 1)
        self.env["fincycle.webhook.event"].sudo()._cron_process_pending()
        self.env.invalidate_all()

    def assert_nothing_sent(self, attachments):
        self.assertFalse(self.pdf_calls())
        self.assertFalse(self.template_calls())
        self.assertFalse(self.doc_requests(attachments))

    # -- sending -----------------------------------------------------------------------------
    def test_order_document_sent_as_its_own_pdf(self):
        request = self.send_doc(self.order, self.cgv, user=self.salesman_a)
        self.assertEqual(
            (request.document_kind, request.mode, request.state), ("terms", "document", "sent")
        )
        self.assertEqual(request.order_id, self.order)
        self.assertEqual(request.source_attachment_ids, self.cgv)
        self.assertEqual(request.user_id, self.salesman_a)
        body = json.loads(self.pdf_calls()[0].body)
        self.assertEqual(body["documents"][0]["name"], "CGV 2026.pdf")
        self.assertEqual(base64.b64decode(body["documents"][0]["file"]), self.cgv.raw)
        self.assertEqual(body["name"], "CGV 2026.pdf")
        self.assertIn("CGV 2026.pdf", body["message"]["subject"])
        self.assertTrue(body["submitters"][0]["external_id"].endswith(f"-{self.cgv.id}-customer"))
        self.assertEqual(body["submitters"][0]["metadata"]["odoo_attachment_ids"], self.cgv.ids)
        # the quotation itself is untouched: still a draft, no quote signature state
        self.assertEqual(self.order.state, "draft")
        self.assertFalse(self.order.signature_state)
        self.assertFalse(self.order.signature_request_ids)
        self.assertEqual(self.order.signature_document_request_ids, request)
        self.assertEqual(self.order.signature_request_count, 1)
        self.assertIn("CGV 2026.pdf sent for signature", self.order.message_ids[0].body)
        # and the quotation can still be sent for signature beside it
        quote_request = self.send(user=self.salesman_a)
        self.assertEqual(quote_request.document_kind, "quote")
        self.assertEqual(self.order.signature_request_ids, quote_request)

    def test_a_pdf_is_told_by_its_content_not_its_name(self):
        notes = self.attach(self.order, "notes.txt", fake_pdf("notes"), mimetype="text/plain")
        request = self.send_doc(self.order, notes, user=self.salesman_a)
        self.assertEqual(request.state, "sent")
        body = json.loads(self.pdf_calls()[0].body)
        self.assertEqual(body["documents"][0]["name"], "notes.txt.pdf")

    def test_several_documents_in_one_request(self):
        annex = self.attach(self.order, "Annex.pdf", fake_pdf("Annex"))
        request = self.send_doc(self.order, self.cgv | annex, user=self.salesman_a)
        body = json.loads(self.pdf_calls()[0].body)
        self.assertEqual([d["name"] for d in body["documents"]], ["CGV 2026.pdf", "Annex.pdf"])
        self.assertEqual(request.source_attachment_ids, self.cgv | annex)

    def test_template_mode_on_an_edition_without_create_from_pdf(self):
        self.fake.edition = "community"
        self.account_a.sudo().write({"docuseal_edition": "community", "docuseal_pdf_mode": False})
        request = self.send_doc(self.customer, self.contract, user=self.salesman_a, kind="contract")
        self.assertEqual((request.mode, request.template_map_id), ("template", self.contract_map_a))
        self.assertEqual(request.document_partner_id, self.customer)
        self.assertFalse(request.order_id)
        self.assertEqual(request.company_id, self.company_a)
        self.assertFalse(self.pdf_calls())
        submission = self.fake.submissions[request.submission_id]
        self.assertEqual(submission["template_id"], self.contract_template["id"])
        self.assertIn("sent for signature", self.customer.message_ids[0].body)
        self.assertEqual(self.customer.docuseal_request_count, 1)

    def test_no_template_of_that_kind_is_said(self):
        self.account_a.sudo().docuseal_pdf_mode = False
        self.contract_map_a.active = False
        with self.assertRaisesRegex(UserError, "No DocuSeal template"):
            self.send_doc(self.order, self.cgv, user=self.salesman_a, kind="contract")
        # a template of another kind forced in by RPC
        with self.assertRaisesRegex(UserError, "kind of document"):
            self.send_doc(
                self.order,
                self.cgv,
                user=self.salesman_a,
                kind="contract",
                template_map_id=self.map_a.id,
            )
        self.assert_nothing_sent(self.cgv)

    def test_document_mode_asked_on_community_is_refused(self):
        self.account_a.sudo().docuseal_pdf_mode = False
        with self.assertRaisesRegex(UserError, "cannot sign a PDF"):
            self.send_doc(self.order, self.cgv, user=self.salesman_a, mode="document")
        self.assert_nothing_sent(self.cgv)

    def test_an_open_request_blocks_a_second_send_of_the_document(self):
        self.send_doc(self.order, self.cgv, user=self.salesman_a)
        with self.assertRaisesRegex(UserError, "still waiting"):
            self.send_doc(self.order, self.cgv, user=self.salesman_a)
        self.assertEqual(len(self.pdf_calls()), 1)

    # -- completion --------------------------------------------------------------------------
    def test_completion_keeps_the_signed_pdf_on_the_order_and_confirms_nothing(self):
        self.fake.file_links_expire = False
        request = self.send_doc(self.order, self.cgv, user=self.salesman_a)
        self.sign_and_poll(request)
        self.assertEqual(request.state, "completed")
        submission = self.fake.submissions[request.submission_id]
        signed = self.fake.blobs[submission["documents"][0]][1]
        self.assertEqual(request.signed_attachment_id.raw, signed)
        self.assertEqual(request.signed_sha256, hashlib.sha256(signed).hexdigest())
        self.assertEqual(
            (request.signed_attachment_id.res_model, request.signed_attachment_id.res_id),
            ("sale.order", self.order.id),
        )
        self.assertEqual(request.signed_attachment_id.name, "CGV 2026 - signed.pdf")
        self.assertIn(request.signed_sha256, " ".join(self.order.message_ids.mapped("body")))
        self.assertEqual(self.order.state, "draft", "a signed document confirms nothing")
        self.assertFalse(self.order.invoice_ids)
        self.assertFalse(request.deposit_invoice_id)

    def test_completion_of_a_partner_document_stays_on_the_partner(self):
        self.fake.file_links_expire = False
        request = self.send_doc(self.customer, self.contract, user=self.salesman_a, kind="contract")
        self.sign_and_poll(request)
        self.assertEqual(request.state, "completed")
        att = request.signed_attachment_id
        self.assertEqual((att.res_model, att.res_id), ("res.partner", self.customer.id))
        self.assertEqual(att.company_id, self.company_a)
        self.assertEqual(request.signed_sha256, hashlib.sha256(att.raw).hexdigest())
        self.assertIn(request.signed_sha256, " ".join(self.customer.message_ids.mapped("body")))

    def test_a_declined_document_gives_its_sender_an_activity(self):
        request = self.send_doc(self.customer, self.contract, user=self.salesman_a, kind="contract")
        request._docuseal_declined(None)
        self.assertEqual(request.state, "declined")
        activity = self.customer.activity_ids
        self.assertEqual(activity.user_id, self.salesman_a)
        self.assertEqual(activity.summary, "Document declined in DocuSeal")

    # -- bad documents -----------------------------------------------------------------------
    def test_bad_documents_are_refused_before_anything_is_sent(self):
        other_order = self._order(self.company_a, self.salesman_a)
        cases = {
            "not a PDF, named as one": self.attach(
                self.order, "scan.pdf", PNG, mimetype="application/pdf"
            ),
            "empty": self.attach(self.order, "empty.pdf", b""),
            "a link": self.attach(
                self.order, "link.pdf", b"", type="url", url="https://example.com/x.pdf"
            ),
            "of another order": self.attach(other_order, "other.pdf", fake_pdf("other")),
            "of the partner, not the order": self.contract,
            "a field's binary": self.attach(
                self.order, "field.pdf", fake_pdf("f"), res_field="message_main_attachment_id"
            ),
        }
        for label, attachment in cases.items():
            with self.subTest(label), self.assertRaises(UserError):
                self.send_doc(self.order, attachment, user=self.salesman_a)
            self.assert_nothing_sent(attachment)

    def test_a_huge_pdf_is_refused_by_its_size(self):
        big = self.attach(self.order, "big.pdf", fake_pdf("x" * 4000))
        with patch.object(ds, "PDF_MAX_BYTES", 1024), self.assertRaisesRegex(UserError, "larger"):
            self.send_doc(self.order, big, user=self.salesman_a)
        self.assert_nothing_sent(big)

    def test_kind_and_choice_are_checked(self):
        with self.assertRaisesRegex(UserError, "Choose the PDF"):
            self.send_doc(self.order, self.env["ir.attachment"], user=self.salesman_a)
        with self.assertRaisesRegex(UserError, "kind of document"):
            self.send_doc(self.order, self.cgv, user=self.salesman_a, kind="quote")
        with self.assertRaisesRegex(UserError, "one order or one partner"):
            self.send_doc(
                self.order,
                self.cgv,
                user=self.salesman_a,
                document_partner_id=self.customer.id,
            )
        outsider = self.env["res.partner"].create({"name": "Other", "email": "o@x.example"})
        with self.assertRaisesRegex(UserError, "contact of the customer"):
            self.send_doc(self.order, self.cgv, user=self.salesman_a, partner_id=outsider.id)
        self.assert_nothing_sent(self.cgv)

    # -- permissions and companies -----------------------------------------------------------
    def test_salesman_of_a_cannot_send_a_document_of_company_b(self):
        # B's order as the source
        with self.assertRaises(UserError):
            self.send_doc(self.order_b, self.cgv_b, user=self.salesman_a)
        # B's attachment slipped into a send from A's order
        with self.assertRaises(UserError):
            self.send_doc(self.order, self.cgv_b, user=self.salesman_a)
        # an attachment of company B on a partner both companies share
        shared = self.attach(self.customer, "B terms.pdf", fake_pdf("B terms"), self.company_b)
        with self.assertRaisesRegex(UserError, "another company"):
            self.send_doc(self.customer, shared, user=self.salesman_a)
        # a partner of company B and its document
        partner_b = self.env["res.partner"].create(
            {"name": "B only", "email": "b@b.example", "company_id": self.company_b.id}
        )
        doc_b = self.attach(partner_b, "B contract.pdf", fake_pdf("B"), self.company_b)
        with self.assertRaises(AccessError):
            self.send_doc(partner_b, doc_b, user=self.salesman_a, partner_id=partner_b.id)
        # from the attachment itself
        with self.assertRaises(AccessError):
            self.cgv_b.with_user(self.salesman_a).action_docuseal_send()
        with self.assertRaises(AccessError):
            doc_b.with_user(self.salesman_a).action_docuseal_send()
        self.assert_nothing_sent(self.cgv_b | shared | doc_b)
        # company B's salesperson sends her own: it stays hers
        self._map(
            self.account_b, self.terms_template["id"], document_kind="terms", company_role=False
        )
        request = self.send_doc(
            partner_b, doc_b, user=self.salesman_b, partner_id=partner_b.id, mode="template"
        )
        self.assertEqual(request.company_id, self.company_b)
        self.assertFalse(self.env["sale.signature.request"].with_user(self.salesman_a).search([]))

    def test_document_of_an_order_the_user_cannot_read(self):
        """A salesperson who sees only her own orders cannot send another one's documents,
        whatever the attachment says."""
        boss_order = self._order(self.company_a, self.env.user)
        secret = self.attach(boss_order, "Secret terms.pdf", fake_pdf("secret"))
        self.assertFalse(
            self.env["sale.order"].with_user(self.salesman_a).search([("id", "=", boss_order.id)])
        )
        with self.assertRaises(UserError):
            self.send_doc(boss_order, secret, user=self.salesman_a)
        with self.assertRaises(UserError):
            self.send_doc(self.order, secret, user=self.salesman_a)
        with self.assertRaises(AccessError):
            secret.with_user(self.salesman_a).action_docuseal_send()
        self.assert_nothing_sent(secret)

    def test_a_portal_user_cannot_send(self):
        portal = new_test_user(self.env, login="ds_doc_portal", groups="base.group_portal")
        with self.assertRaises(AccessError):
            self.send_doc(self.order, self.cgv, user=portal)
        self.assert_nothing_sent(self.cgv)

    def test_requests_of_company_a_are_invisible_to_company_b(self):
        request = self.send_doc(self.customer, self.contract, user=self.salesman_a, kind="contract")
        Request = self.env["sale.signature.request"].with_user(self.salesman_b)
        self.assertFalse(Request.search([("id", "=", request.id)]))
        with self.assertRaises(AccessError):
            request.with_user(self.salesman_b).action_extend_expiry()
        with self.assertRaises(AccessError):
            request.with_user(self.salesman_b).action_cancel()

    # -- from the attachment and the forms ---------------------------------------------------
    def test_from_the_attachments_and_the_forms(self):
        action = self.cgv.with_user(self.salesman_a).action_docuseal_send()
        self.assertEqual(action["res_model"], "sale.signature.send")
        self.assertEqual(action["context"]["default_order_id"], self.order.id)
        self.assertEqual(action["context"]["default_document_kind"], "terms")
        action = self.contract.with_user(self.salesman_a).action_docuseal_send()
        self.assertEqual(action["context"]["default_document_partner_id"], self.customer.id)
        with self.assertRaisesRegex(UserError, "one order or one partner"):
            (self.cgv | self.contract).with_user(self.salesman_a).action_docuseal_send()
        user_doc = self.attach(self.salesman_a.partner_id, "x.pdf", fake_pdf("x"))
        user_doc.write({"res_model": "res.users", "res_id": self.salesman_a.id})
        with self.assertRaisesRegex(UserError, "order or a partner"):
            user_doc.action_docuseal_send()
        action = self.order.with_user(self.salesman_a).action_docuseal_send_document()
        self.assertEqual(action["context"]["default_order_id"], self.order.id)
        action = self.customer.with_user(self.salesman_a).action_docuseal_send_document()
        self.assertEqual(action["context"]["default_document_partner_id"], self.customer.id)
        # the wizard as the form opens it: document mode proposed on this edition
        form = Form(
            self.env["sale.signature.send"]
            .with_user(self.salesman_a)
            .with_context(**action["context"])
        )
        form.attachment_ids.add(self.contract)
        wizard = form.save()
        self.assertEqual((wizard.mode, wizard.document_kind), ("document", "terms"))
        self.assertEqual(wizard.partner_id, self.customer)
        self.assertEqual(wizard.company_id, self.company_a)
        self.assertIn("please sign Framework contract.pdf", wizard.subject)
        wizard.action_send()
        self.assertEqual(self.doc_requests(self.contract).state, "sent")
        # the forms load for a salesperson
        for model in ("res.partner", "sale.order", "sale.signature.extend", "sale.signature.send"):
            self.env[model].with_user(self.salesman_a).get_views([(False, "form")])

    # -- the signatory follows the order -----------------------------------------------------
    def test_the_signatory_follows_the_order_once(self):
        self.assertNotIn(self.signer, self.order.message_partner_ids)
        self.send(user=self.salesman_a)
        self.assertIn(self.signer, self.order.message_partner_ids)
        followers = self.order.message_follower_ids.filtered(lambda f: f.partner_id == self.signer)
        self.assertEqual(len(followers), 1)
        # a second request (the first cancelled): still one follower line
        self.requests()[:1].with_user(self.salesman_a).action_cancel()
        self.send(user=self.salesman_a)
        followers = self.order.message_follower_ids.filtered(lambda f: f.partner_id == self.signer)
        self.assertEqual(len(followers), 1)

    def test_the_signatory_of_an_order_document_follows_the_order(self):
        self.send_doc(self.order, self.cgv, user=self.salesman_a)
        self.assertIn(self.signer, self.order.message_partner_ids)

    # -- extending the expiry ----------------------------------------------------------------
    def extend(self, request, date, user=None):
        env = self.env(user=user) if user else self.env
        wizard = (
            env["sale.signature.extend"]
            .with_context(default_request_id=request.id)
            .create({"expire_date": date})
        )
        return wizard.action_extend()

    def test_extend_the_expiry_in_docuseal(self):
        request = self.send(user=self.salesman_a, expire_date=self.in_days(5))
        request.sudo().reminded_at = "2026-01-01 00:00:00"
        action = request.with_user(self.salesman_a).action_extend_expiry()
        self.assertEqual(action["res_model"], "sale.signature.extend")
        self.extend(request, self.in_days(40), user=self.salesman_a)
        calls = list(self.fake.calls("PUT", f"/api/submissions/{request.submission_id}"))
        self.assertEqual(len(calls), 1)
        sent = json.loads(calls[0].body)
        self.assertEqual(sent, {"expire_at": f"{self.in_days(40).isoformat()}T23:59:00Z"})
        self.assertEqual(
            self.fake.submissions[request.submission_id]["expire_at"], sent["expire_at"]
        )
        self.assertEqual(request.expire_at.date(), self.in_days(40))
        self.assertFalse(request.reminded_at, "the reminder is sent again before the new date")
        self.assertIn("now expires on", self.order.message_ids[0].body)

    def test_extend_bad_dates_and_states(self):
        request = self.send(user=self.salesman_a, expire_date=self.in_days(20))
        for days in (-1, 0, 10, 20):
            with self.subTest(days=days), self.assertRaisesRegex(UserError, "new expiry date"):
                self.extend(request, self.in_days(days), user=self.salesman_a)
        request.with_user(self.salesman_a).action_cancel()
        with self.assertRaisesRegex(UserError, "waiting for signature"):
            self.extend(request, self.in_days(40), user=self.salesman_a)
        with self.assertRaisesRegex(UserError, "waiting for signature"):
            request.with_user(self.salesman_a).action_extend_expiry()
        self.assertFalse(list(self.fake.calls("PUT", f"/api/submissions/{request.submission_id}")))

    def test_extend_refused_to_others(self):
        request = self.send(user=self.salesman_a, expire_date=self.in_days(5))
        with self.assertRaises(AccessError):
            self.extend(request, self.in_days(40), user=self.salesman_b)
        portal = new_test_user(self.env, login="ds_ext_portal", groups="base.group_portal")
        with self.assertRaises(AccessError):
            self.extend(request, self.in_days(40), user=portal)
        self.assertFalse(list(self.fake.calls("PUT", f"/api/submissions/{request.submission_id}")))

    def test_extend_a_document_request_of_a_partner(self):
        request = self.send_doc(self.customer, self.contract, user=self.salesman_a, kind="contract")
        self.extend(request, self.in_days(60), user=self.salesman_a)
        self.assertEqual(request.expire_at.date(), self.in_days(60))
        self.assertIn("now expires on", self.customer.message_ids[0].body)

    def test_extend_error_of_docuseal_is_worded(self):
        request = self.send(user=self.salesman_a, expire_date=self.in_days(5))
        del self.fake.submissions[request.submission_id]
        with self.assertRaisesRegex(UserError, "Cancel the request and send a new one"):
            self.extend(request, self.in_days(40), user=self.salesman_a)
        self.assertEqual(request.expire_at.date(), self.in_days(5))
        self.assertEqual(request.state, "sent")
