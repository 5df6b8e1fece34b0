# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Documents sent for signature and extended expiries, attacked by RPC: a salesperson who
sees only her own documents, a salesperson of another company and a portal user giving the
wizards ids their forms never offer (attachments of other records, models and companies,
orders and requests they cannot read), writing requests, absurd dates, many documents at once,
and replacing or deleting the signed PDF and the audit log; also through /web/dataset/call_kw
and the chatter's attachment delete."""

import hashlib
from datetime import date
from unittest.mock import patch

from odoo import Command
from odoo.exceptions import AccessError, UserError
from odoo.tests import HttpCase, TransactionCase, new_test_user, tagged
from odoo.tests.common import JsonRpcException

from fincycle.signing import docuseal as ds
from fincycle.testing.fake_docuseal import fake_pdf

from .common import DocusealCommon


@tagged("post_install", "-at_install")
class TestDocusealDocumentAttacks(DocusealCommon, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.portal = new_test_user(cls.env, login="ds_att_portal", groups="base.group_portal")

    def setUp(self):
        super().setUp()
        self.terms_template = self.fake.add_template("CGV", ["Customer"])
        self.terms_map_a = self._map(
            self.account_a, self.terms_template["id"], document_kind="terms", company_role=False
        )
        self.cgv = self.attach(self.order, "CGV 2026.pdf", fake_pdf("CGV 2026"))
        self.order_b = self._order(self.company_b, self.salesman_b)
        self.cgv_b = self.attach(self.order_b, "CGV B.pdf", fake_pdf("CGV B"), self.company_b)
        self.boss_order = self._order(self.company_a, self.env.user)
        self.secret = self.attach(self.boss_order, "Boss secret terms.pdf", fake_pdf("secret"))
        param = self.env["ir.config_parameter"].search([], limit=1)
        self.param_doc = self.env["ir.attachment"].create(
            {
                "name": "Payroll 2026 secret.pdf",
                "raw": fake_pdf("payroll"),
                "res_model": "ir.config_parameter",
                "res_id": param.id,
            }
        )

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

    def send_doc(self, record, attachments, user, **vals):
        source = (
            {"default_order_id": record.id}
            if record._name == "sale.order"
            else {"default_document_partner_id": record.id}
        )
        wizard = (
            self.env["sale.signature.send"]
            .with_user(user)
            .with_company(record.company_id or self.company_a)
            .with_context(default_document_kind="terms", **source)
            .create(
                {"partner_id": self.signer.id, "attachment_ids": [Command.set(attachments.ids)]}
                | vals
            )
        )
        wizard.action_send()
        return self.doc_requests(attachments)

    def doc_requests(self, attachments):
        return self.env["sale.signature.request"].search(
            [("source_attachment_ids", "in", attachments.ids)], order="id desc"
        )

    def assert_nothing_sent(self, attachments):
        self.assertFalse(list(self.fake.calls("POST", "/api/submissions/pdf")))
        self.assertFalse(list(self.fake.calls("POST", "/api/submissions")))
        self.assertFalse(self.doc_requests(attachments))

    def extend(self, request, day, user):
        wizard = (
            self.env["sale.signature.extend"]
            .with_user(user)
            .with_context(default_request_id=request.id)
            .create({"expire_date": day})
        )
        return wizard.action_extend()

    def wizard(self, user, vals, **context):
        return (
            self.env["sale.signature.send"]
            .with_user(user)
            .with_context(**{"default_document_kind": "terms", **context})
        ).create({"partner_id": self.signer.id, "attachment_ids": [Command.set([])], **vals})

    def onchange(self, user, values, **context):
        Send = (
            self.env["sale.signature.send"]
            .with_user(user)
            .with_context(**{"default_document_kind": "terms", **context})
        )
        names = ("attachment_ids", "subject", "message", "partner_id", "expire_date")
        spec = {name: {} for name in names} | {"representative_id": {}, "template_map_id": {}}
        return Send.onchange(values, [], spec)["value"]

    # -- the send wizard tells nothing of what the user cannot read --------------------------
    def test_send_wizard_takes_no_attachment_the_user_cannot_read(self):
        """Refused when linked (by create, write or the form's onchange): their names never
        reach the subject, the message or an error."""
        for attachment in (self.secret, self.param_doc, self.cgv_b):
            with self.subTest(attachment=attachment.name):
                with self.assertRaises(AccessError):
                    self.wizard(
                        self.salesman_a,
                        {"attachment_ids": [Command.set(attachment.ids)]},
                        default_order_id=self.order.id,
                    )
                wizard = self.wizard(self.salesman_a, {}, default_order_id=self.order.id)
                with self.assertRaises(AccessError):
                    wizard.write({"attachment_ids": [Command.set(attachment.ids)]})
                try:
                    values = self.onchange(
                        self.salesman_a,
                        {
                            "order_id": self.order.id,
                            "partner_id": self.signer.id,
                            "attachment_ids": [Command.set(attachment.ids)],
                        },
                        default_order_id=self.order.id,
                    )
                except AccessError:
                    values = {}
                self.assertNotIn(attachment.name, str(values))
                self.assert_nothing_sent(attachment)

    def test_send_wizard_tells_nothing_of_an_order_the_user_cannot_read(self):
        """Another salesperson's order, another company's: not its customer, its salesperson,
        its name or its validity, by create or by the form's onchange."""
        self.boss_order.partner_id = self.env["res.partner"].create(
            {"name": "Very Secret Customer AG", "email": "s@secret.example"}
        )
        for order, user in ((self.boss_order, self.salesman_a), (self.order, self.salesman_b)):
            with self.subTest(order=order.name, user=user.login):
                try:
                    wizard = self.wizard(user, {}, default_order_id=order.id)
                    leaked = str(wizard.read(["subject", "message", "expire_date"]))
                except AccessError:
                    leaked = ""
                self.assertNotIn(order.name, leaked)
                for kind in ("quote", "terms"):
                    with self.assertRaises(AccessError):
                        self.onchange(
                            user,
                            {"order_id": order.id, "document_kind": kind},
                            default_order_id=order.id,
                            default_document_kind=kind,
                        )
                with self.assertRaises(UserError):
                    self.wizard(user, {}, default_order_id=order.id).action_send()
        self.assertFalse(self.doc_requests(self.cgv) | self.requests(self.boss_order))

    def test_forged_sources_and_attachments_are_refused(self):
        public_secret = self.attach(
            self.boss_order, "Public boss.pdf", fake_pdf("pub"), public=True
        )
        employee = self.env["hr.employee"] if "hr.employee" in self.env else None
        cases = [
            # a public attachment of an order she cannot read
            (self.order, public_secret),
            (self.boss_order, public_secret),
            # another model's attachment
            (self.order, self.param_doc),
        ]
        if employee is not None:
            emp = employee.create({"name": "Pat Payroll"})
            cases.append((self.order, self.attach(emp, "Pat payslip.pdf", fake_pdf("p"))))
        for record, attachment in cases:
            with self.subTest(record=record.display_name, attachment=attachment.name):
                with self.assertRaises(UserError):
                    self.send_doc(
                        record,
                        attachment,
                        user=self.salesman_a,
                        subject="s",
                        message="m",
                        partner_id=self.signer.id,
                    )
                self.assert_nothing_sent(attachment)
        # from the attachment itself
        for attachment in (public_secret, self.param_doc):
            with self.subTest(action=attachment.name), self.assertRaises(UserError):
                attachment.with_user(self.salesman_a).action_docuseal_send()

    def test_forged_template_and_company_of_another_company(self):
        terms_map_b = self._map(
            self.account_b, self.terms_template["id"], document_kind="terms", company_role=False
        )
        with self.assertRaises(UserError):
            self.send_doc(
                self.order,
                self.cgv,
                user=self.salesman_a,
                mode="template",
                template_map_id=terms_map_b.id,
            )
        # a shared partner sent under company B, which she does not belong to
        with self.assertRaises(AccessError):
            self.env["sale.signature.send"].with_user(self.salesman_a).with_context(
                allowed_company_ids=[self.company_b.id]
            ).create({"document_partner_id": self.customer.id})
        self.assert_nothing_sent(self.cgv)

    def test_a_portal_user_and_a_visitor_reach_nothing(self):
        with self.assertRaises(AccessError):
            self.cgv.with_user(self.portal).action_docuseal_send()
        with self.assertRaises(AccessError):
            self.wizard(
                self.portal,
                {"attachment_ids": [Command.set(self.cgv.ids)]},
                default_order_id=self.order.id,
            )
        request = self.send_doc(self.order, self.cgv, user=self.salesman_a)
        with self.assertRaises(AccessError):
            request.with_user(self.portal).read(["signed_sha256"])
        public = self.env.ref("base.public_user")
        with self.assertRaises(AccessError):
            request.with_user(public).read(["state"])

    def test_many_documents_are_bounded_together(self):
        """Each under the limit, together over it: refused by their stored sizes."""
        docs = self.env["ir.attachment"]
        for n in range(3):
            docs |= self.attach(self.order, f"part {n}.pdf", fake_pdf("x" * 600))
        limit = sum(docs.mapped("file_size")) - 1
        self.assertLess(max(docs.mapped("file_size")), limit)
        with (
            patch.object(ds, "PDF_MAX_BYTES", limit),
            self.assertRaisesRegex(UserError, "together are larger"),
        ):
            self.send_doc(self.order, docs, self.salesman_a)
        self.assert_nothing_sent(docs)
        with patch.object(ds, "PDF_MAX_BYTES", limit + 1):
            self.assertEqual(self.send_doc(self.order, docs, self.salesman_a).state, "sent")

    def test_document_names_are_escaped_in_the_chatter(self):
        name = '<img src=x onerror="alert(1)">.pdf'
        hostile = self.attach(self.order, name, fake_pdf("x"))
        self.send_doc(self.order, hostile, self.salesman_a)
        body = str(self.order.message_ids[0].body)
        self.assertIn("&lt;img", body)
        self.assertNotIn("<img", body)

    # -- requests are written by DocuSeal only ------------------------------------------------
    def test_requests_are_not_written_by_rpc(self):
        request = self.send_doc(self.order, self.cgv, user=self.salesman_a)
        manager = new_test_user(
            self.env,
            login="ds_att_manager",
            groups="sales_team.group_sale_manager",
            company_id=self.company_a.id,
            company_ids=[self.company_a.id],
        )
        for user in (self.salesman_a, manager):
            for vals in (
                {"signed_sha256": "0" * 64},
                {"state": "completed"},
                {"expire_at": "2099-01-01 00:00:00"},
                {"source_attachment_ids": [Command.set(self.secret.ids)]},
                {"order_id": self.boss_order.id},
            ):
                with self.subTest(user=user.login, vals=vals), self.assertRaises(AccessError):
                    request.with_user(user).write(vals)
            with self.assertRaises(AccessError):
                self.env["sale.signature.request"].with_user(user).create(
                    {"order_id": self.order.id, "partner_id": self.signer.id}
                )
        # a follower other than herself is not added by a reader
        with self.assertRaises(AccessError):
            request.with_user(self.salesman_a).message_subscribe(
                partner_ids=self.portal.partner_id.ids
            )
        self.assertEqual(request.state, "sent")

    def test_signed_pdf_and_audit_log_stay_as_signed(self):
        """Whoever edits the order may not replace or delete what DocuSeal returned signed."""
        self.fake.file_links_expire = False
        request = self.send_doc(self.order, self.cgv, self.salesman_a)
        for submitter_id in self.fake.submissions[request.submission_id]["submitter_ids"]:
            self.fake.sign(submitter_id, ip="198.51.100.23")
        self.account_a._docuseal_poll()
        self.env["fincycle.webhook.event"].sudo()._cron_process_pending()
        self.env.invalidate_all()
        self.assertEqual(request.state, "completed")
        for att in (request.signed_attachment_id, request.audit_attachment_id):
            self.assertTrue(att)
            as_salesman = att.with_user(self.salesman_a)
            self.assertTrue(as_salesman.raw, "still readable by the salesperson")
            for vals in (
                {"raw": b"%PDF-1.4 forged"},
                {"datas": "JVBERi0xLjQgZm9yZ2Vk"},
                {"res_id": self.boss_order.id},
                {"type": "url", "url": "https://evil.example/x.pdf"},
            ):
                with self.subTest(att=att.name, vals=list(vals)), self.assertRaises(UserError):
                    as_salesman.write(vals)
            with self.assertRaises(UserError):
                as_salesman.unlink()
            as_salesman.write({"name": f"{att.name} (copy)"})  # a name is not the content
            # the same content again (as an administrator's storage migration writes it) is
            # no change
            as_salesman.write({"raw": att.raw, "mimetype": att.mimetype, "res_id": att.res_id})
        self.assertEqual(
            request.signed_sha256, hashlib.sha256(request.signed_attachment_id.raw).hexdigest()
        )
        # the source document is not locked
        self.cgv.with_user(self.salesman_a).write({"raw": fake_pdf("CGV 2027")})

    # -- extending ---------------------------------------------------------------------------
    def test_extend_wizard_tells_nothing_of_a_request_the_user_cannot_read(self):
        self._map(
            self.account_b, self.terms_template["id"], document_kind="terms", company_role=False
        )
        request_b = self.send_doc(self.order_b, self.cgv_b, user=self.salesman_b)
        self.assertTrue(request_b)
        boss_request = self.send(order=self.boss_order)
        for request in (request_b, boss_request):
            with self.subTest(request=request.name):
                Extend = self.env["sale.signature.extend"].with_user(self.salesman_a)
                with self.assertRaises(AccessError):
                    wizard = Extend.create(
                        {"request_id": request.id, "expire_date": self.in_days(90)}
                    )
                    self.assertFalse(wizard.current_expire_at)
                with self.assertRaises(AccessError):
                    values = Extend.onchange(
                        {"request_id": request.id},
                        [],
                        {"current_expire_at": {}, "expire_date": {}},
                    )["value"]
                    self.assertFalse(values.get("current_expire_at"))

    def test_an_absurd_expiry_date_is_refused(self):
        """Within a year: 9999-12-31 would never expire, and shown in a time zone ahead of
        UTC it overflows (the extend form and the customer's portal page would break)."""
        for day in (date(9999, 12, 31), self.in_days(367)):
            with self.subTest(day=day), self.assertRaisesRegex(UserError, "within a year"):
                self.send(user=self.salesman_a, expire_date=day)
            with self.subTest(day=day), self.assertRaisesRegex(UserError, "within a year"):
                self.send_doc(self.order, self.cgv, self.salesman_a, expire_date=day)
        self.assert_nothing_sent(self.cgv)
        self.assertFalse(self.requests())
        request = self.send_doc(self.order, self.cgv, self.salesman_a)
        for day in (date(9999, 12, 31), self.in_days(367)):
            with self.subTest(day=day), self.assertRaisesRegex(UserError, "within a year"):
                self.extend(request, day, user=self.salesman_a)
        self.assertFalse(list(self.fake.calls("PUT", f"/api/submissions/{request.submission_id}")))
        self.extend(request, self.in_days(366), user=self.salesman_a)
        self.assertEqual(request.expire_at.date(), self.in_days(366))
        # the form's default stays within the bound
        values = (
            self.env["sale.signature.extend"]
            .with_user(self.salesman_a)
            .onchange({"request_id": request.id}, [], {"request_id": {}, "expire_date": {}})
        )
        self.assertEqual(values["value"]["expire_date"], self.in_days(366))


@tagged("post_install", "-at_install")
class TestDocusealRpcAttacks(DocusealCommon, HttpCase):
    """The same through /web/dataset/call_kw: a visitor without session, company A's
    salesperson against company B's request, a portal user."""

    def call(self, model, method, *args, **kwargs):
        params = {"model": model, "method": method, "args": list(args), "kwargs": kwargs}
        return self.make_jsonrpc_request("/web/dataset/call_kw", params)

    def assert_refused(self, error, model, method, *args, **kwargs):
        with self.assertRaises(JsonRpcException) as caught:
            self.call(model, method, *args, **kwargs)
        self.assertIn(error, str(caught.exception))

    def test_call_kw(self):
        own = self.send(user=self.salesman_a)
        other = self.send(order=self._order(self.company_b, self.salesman_b), user=self.salesman_b)
        Request = "sale.signature.request"
        self.assert_refused("SessionExpired", Request, "read", own.ids, ["state"])
        self.authenticate("ds_salesman_a", "ds_salesman_a_pw")
        self.assertEqual(self.call(Request, "read", own.ids, ["state"])[0]["state"], "sent")
        for vals in ({"signed_sha256": "0" * 64}, {"state": "completed"}):
            self.assert_refused("AccessError", Request, "write", own.ids, vals)
        self.assert_refused("AccessError", Request, "_docuseal_extend", own.ids, "2026-12-31")
        self.assert_refused("AccessError", Request, "read", other.ids, ["signed_attachment_id"])
        for method in ("action_extend_expiry", "action_cancel", "action_resend"):
            self.assert_refused("AccessError", Request, method, other.ids)
        self.assert_refused(
            "AccessError",
            "sale.signature.extend",
            "onchange",
            [],
            {"request_id": other.id},
            [],
            {"current_expire_at": {}, "expire_date": {}},
        )
        self.assert_refused(
            "AccessError",
            Request,
            "message_subscribe",
            own.ids,
            partner_ids=self.signer.ids,
        )
        self.authenticate(None, None)
        portal = new_test_user(
            self.env, login="ds_rpc_portal", password="ds_rpc_portal_pw", groups="base.group_portal"
        )
        self.authenticate(portal.login, "ds_rpc_portal_pw")
        self.assert_refused("AccessError", Request, "read", own.ids, ["state"])
        self.assert_refused(
            "AccessError",
            "sale.signature.send",
            "create",
            {"order_id": self.order.id, "partner_id": self.signer.id},
        )
        self.assertEqual((own.state, other.state), ("sent", "sent"))
        self.assertFalse(list(self.fake.calls("PUT", f"/api/submissions/{other.submission_id}")))
        self.assertFalse(list(self.fake.calls("DELETE", f"/api/submissions/{other.submission_id}")))

    def test_the_chatter_does_not_delete_the_signed_pdf(self):
        """/mail/attachment/delete deletes as superuser whatever the user may write: not the
        signed PDF or the audit log."""
        self.fake.file_links_expire = False
        request = self.send(user=self.salesman_a)
        for submitter_id in self.fake.submissions[request.submission_id]["submitter_ids"]:
            self.fake.sign(submitter_id, ip="198.51.100.23")
        self.account_a._docuseal_poll()
        self.env["fincycle.webhook.event"].sudo()._cron_process_pending()
        self.env.invalidate_all()
        signed, audit = request.signed_attachment_id, request.audit_attachment_id
        self.assertTrue(signed and audit)
        self.authenticate("ds_salesman_a", "ds_salesman_a_pw")
        for att in (signed, audit):
            with self.assertRaises(JsonRpcException):
                self.make_jsonrpc_request("/mail/attachment/delete", {"attachment_id": att.id})
        self.assertTrue((signed | audit).exists() == signed | audit)
        # another attachment of the order: the chatter deletes it as before
        other = self.env["ir.attachment"].create(
            {
                "name": "n.pdf",
                "raw": b"%PDF-1.4",
                "res_model": "sale.order",
                "res_id": self.order.id,
            }
        )
        self.make_jsonrpc_request("/mail/attachment/delete", {"attachment_id": other.id})
        self.assertFalse(other.exists())
