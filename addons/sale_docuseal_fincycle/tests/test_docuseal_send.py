# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Sending a quotation for signature against the fake DocuSeal through the real client:
template and document modes, editions, levels, idempotence, resend and cancel, bad input,
permissions and company isolation."""

import json
from datetime import timedelta

import psycopg2

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import TransactionCase, new_test_user, tagged
from odoo.tools import mute_logger

from fincycle.signing import docuseal as ds

from .common import DocusealCommon


@tagged("post_install", "-at_install")
class TestDocusealSend(DocusealCommon, TransactionCase):
    def _created(self):
        return list(self.fake.calls("POST", "/api/submissions"))

    def test_template_mode_sends_both_roles_in_order(self):
        request = self.send(expire_date=self.in_days(10), signing_order=ds.ORDER_PRESERVED)
        self.assertEqual(request.state, "sent")
        self.assertEqual(self.order.state, "sent")
        self.assertEqual(self.order.signature_state, "sent")
        submission = self.fake.submissions[request.submission_id]
        self.assertEqual(submission["template_id"], self.template["id"])
        self.assertEqual(submission["submitters_order"], "preserved")
        body = json.loads(self._created()[0].body)
        roles = [(s["role"], s["email"]) for s in body["submitters"]]
        self.assertEqual(
            roles, [("Customer", "jane@acme.example"), ("Company", "sam@seeblick.example")]
        )
        self.assertTrue(body["submitters"][0]["external_id"].endswith("-customer"))
        self.assertIn(self.order.name, body["message"]["subject"])
        self.assertIn("{{submitter.link}}", body["message"]["body"])
        self.assertTrue(body["expire_at"].endswith("23:59:00Z"))
        self.assertTrue(request.embed_src.startswith(self.fake.url + "/s/"))
        self.assertEqual(request.customer_submitter_id, submission["submitter_ids"][0])
        # the key went in the header, never in a URL or the chatter
        call = self._created()[0]
        self.assertEqual(self.fake.header(call, "X-Auth-Token"), self.fake.api_key)
        self.assertNotIn(self.fake.api_key, call.path)
        messages = " ".join(self.order.message_ids.mapped("body"))
        self.assertNotIn(self.fake.api_key, messages)
        self.assertIn("Sent for signature", messages)

    def test_parallel_order_is_passed_on(self):
        request = self.send(signing_order=ds.ORDER_RANDOM)
        self.assertEqual(self.fake.submissions[request.submission_id]["submitters_order"], "random")

    def test_message_defaults_to_the_customers_language(self):
        self.env["res.lang"]._activate_lang("fr_FR")
        self.env["ir.module.module"]._load_module_terms(
            ["sale_docuseal_fincycle"], ["fr_FR"], overwrite=True
        )
        self.signer.lang = "fr_FR"
        request = self.send()
        body = json.loads(self._created()[0].body)
        self.assertIn("veuillez signer", body["message"]["subject"])
        self.assertIn("{{submitter.link}}", body["message"]["body"])
        self.assertTrue(body["message"]["body"].startswith("Bonjour Jane Doe"))
        # the salesperson's chatter stays in her language
        self.assertIn("Sent for signature", request.message_ids[0].body)

    def test_document_mode_on_a_paid_edition(self):
        request = self.send(mode="document")
        self.assertEqual(request.mode, "document")
        calls = self.fake.calls("POST", "/api/submissions/pdf")
        self.assertEqual(len(calls), 1)
        body = json.loads(calls[0].body)
        self.assertEqual(body["documents"][0]["name"], f"{self.order.name}.pdf")
        self.assertEqual(request.state, "sent")

    def test_document_mode_refused_cleanly_on_community(self):
        self.fake.edition = "community"
        self.account_a.action_test_connection()
        self.assertEqual(self.account_a.docuseal_edition, "community")
        self.assertFalse(self.account_a.docuseal_pdf_mode)
        probes = len(self.fake.calls("POST", "/api/submissions/pdf"))
        with self.assertRaisesRegex(UserError, "cannot sign a PDF"):
            self.send(mode="document")
        self.assertEqual(len(self.fake.calls("POST", "/api/submissions/pdf")), probes)
        self.assertFalse(self.requests())
        # template mode still works on the community edition
        self.assertEqual(self.send().state, "sent")

    def test_document_mode_answered_404_is_refused_cleanly(self):
        self.fake.edition = "community"  # the flag still says pdf: the 404 decides
        with self.assertRaisesRegex(UserError, "cannot sign a PDF"):
            self.send(mode="document")
        self.assertFalse(self.requests())

    def test_test_connection_detects_pro(self):
        self.account_a.sudo().docuseal_pdf_mode = False
        self.account_a.action_test_connection()
        self.assertEqual(
            (self.account_a.docuseal_edition, self.account_a.docuseal_pdf_mode), ("pro", True)
        )

    def test_a_level_without_template_is_not_available(self):
        with self.assertRaisesRegex(UserError, "not available"):
            self.send(level=ds.LEVEL_QUALIFIED)
        with self.assertRaisesRegex(UserError, "simple level only"):
            self.send(mode="document", level=ds.LEVEL_ADVANCED)
        self.assertFalse(self._created())

    def test_a_template_that_does_not_give_its_level_is_refused(self):
        # mapped as qualified, but the DocuSeal template has no identity verification
        self._map(self.account_a, self.template["id"], level=ds.LEVEL_QUALIFIED)
        with self.assertRaisesRegex(UserError, "not available with it"):
            self.send(level=ds.LEVEL_QUALIFIED)
        self.assertFalse(self._created())

    def test_qualified_template_gives_the_qualified_level(self):
        mapping = self._map(self.account_a, self.template_qes["id"], level=ds.LEVEL_QUALIFIED)
        self.account_a.action_docuseal_check_templates()
        self.assertEqual(mapping.detected_level, ds.LEVEL_QUALIFIED)
        self.assertEqual(mapping.check_message, "Template fits.")
        request = self.send(level=ds.LEVEL_QUALIFIED)
        self.assertEqual(request.level_required, ds.LEVEL_QUALIFIED)

    def test_check_templates_reports_a_wrong_role(self):
        self.map_a.company_role = "Seller"
        self.account_a.action_docuseal_check_templates()
        self.assertIn("no role Seller", self.map_a.check_message)

    def test_a_lost_answer_is_found_again_not_sent_twice(self):
        request = self.send()
        first = request.submission_id
        # The answer to the create was lost: Odoo rolled the request back, DocuSeal kept it.
        request.sudo().unlink()
        self.order.state = "draft"
        again = self.send()
        self.assertEqual(again.submission_id, first)
        self.assertEqual(len(self._created()), 1, "no second submission")
        # DocuSeal gives the signing link only in the create answer: the customer signs
        # from the e-mail then.
        self.assertEqual(again.state, "sent")
        # sent again with another template: a new submission, not the pending one
        again.sudo().unlink()
        self.order.state = "draft"
        qes = self._map(self.account_a, self.template_qes["id"], level=ds.LEVEL_QUALIFIED)
        third = self.send(level=ds.LEVEL_QUALIFIED)
        self.assertEqual(third.template_map_id, qes)
        self.assertNotEqual(third.submission_id, first)
        self.assertEqual(len(self._created()), 2)

    def test_an_open_request_blocks_a_second_send(self):
        self.send()
        with self.assertRaisesRegex(UserError, "still waiting"):
            self.send()

    def test_bad_input(self):
        with self.assertRaisesRegex(UserError, "future"):
            self.send(expire_date=self.in_days(0))
        stranger = self.env["res.partner"].create({"name": "Other", "email": "o@x.example"})
        with self.assertRaisesRegex(UserError, "contact of the customer"):
            self.send(partner_id=stranger.id)
        self.signer.email = False
        with self.assertRaisesRegex(UserError, "no e-mail"):
            self.send()
        self.signer.email = "jane@acme.example"
        self.order.action_confirm()
        with self.assertRaisesRegex(UserError, "Only a quotation"):
            self.send()
        with self.assertRaises(ValidationError):
            self.account_a.docuseal_header_name = "X-Bad Header\r\n"
        with self.assertRaises(psycopg2.IntegrityError), mute_logger("odoo.sql_db"):
            self.map_a.deposit_percent = 150
            self.map_a.flush_recordset()

    def test_a_refused_key_is_worded_for_the_user(self):
        self.account_a.sudo().api_key = "wrong-key"
        with self.assertRaisesRegex(UserError, "refused the API key"):
            self.send()

    def test_a_template_docuseal_rejects_is_reported(self):
        self.map_a.template_ref = 999999
        with self.assertRaisesRegex(UserError, "DocuSeal"):
            self.send()
        self.assertFalse(self.requests())

    def test_resend_and_cancel(self):
        request = self.send()
        sub_id = request.customer_submitter_id
        request.action_resend()
        self.assertTrue(self.fake.calls("PUT", f"/api/submitters/{sub_id}"))
        request.action_cancel()
        self.assertEqual(request.state, "archived")
        self.assertTrue(self.fake.submissions[request.submission_id]["archived_at"])
        with self.assertRaisesRegex(UserError, "waiting for signature"):
            request.action_resend()
        # a new request may be sent once the old one is cancelled
        self.assertEqual(self.send().state, "sent")

    def test_salesman_sends_but_cannot_read_the_key(self):
        request = self.send(user=self.salesman_a)
        self.assertEqual(request.state, "sent")
        account = self.account_a.with_user(self.salesman_a)
        with self.assertRaises(AccessError):
            account.read(["api_key"])
        with self.assertRaises(AccessError):
            account.read(["docuseal_hmac_secret"])
        # her request is readable, its connection field is not for her
        mine = request.with_user(self.salesman_a)
        self.assertEqual(mine.state, "sent")
        # a request changes only through DocuSeal: nobody forges a signature
        with self.assertRaises(AccessError):
            mine.write({"state": "completed"})
        with self.assertRaises(AccessError):
            self.env["sale.signature.request"].with_user(self.salesman_a).create(
                {
                    "order_id": self.order.id,
                    "partner_id": self.signer.id,
                    "integration_id": self.account_a.id,
                }
            )
        mine.action_resend()
        mine.action_cancel()
        self.assertEqual(request.state, "archived")
        self.assertNotIn("integration_id", mine.fields_get())
        with self.assertRaises(AccessError):
            self.map_a.with_user(self.salesman_a).write({"template_ref": 1})

    def test_company_isolation(self):
        request = self.send()
        other = self.env["sale.signature.request"].with_user(self.salesman_b)
        self.assertFalse(other.search([("id", "=", request.id)]))
        with self.assertRaises(AccessError):
            request.with_user(self.salesman_b).read(["state"])
        templates = self.env["sale.docuseal.template"].with_user(self.salesman_b).search([])
        self.assertEqual(templates, self.map_b)
        # B's order goes through B's connection and B's template
        order_b = self._order(self.company_b, self.salesman_b)
        request_b = self.send(order=order_b, user=self.salesman_b)
        self.assertEqual(request_b.sudo().integration_id, self.account_b)
        self.assertEqual(request_b.template_map_id, self.map_b)
        # A's template cannot be used for B's order
        request_b.sudo().action_cancel()
        with self.assertRaisesRegex(UserError, "another company"):
            self.send(order=order_b, template_map_id=self.map_a.id)

    def test_reminder_before_expiry_once(self):
        request = self.send(expire_date=self.in_days(10))
        Request = self.env["sale.signature.request"]
        Request._cron_docuseal_remind()
        self.assertFalse(request.reminded_at, "10 days left: no reminder yet")
        request.sudo().expire_at = request.expire_at - timedelta(days=8)
        Request._cron_docuseal_remind()
        Request._cron_docuseal_remind()
        self.assertTrue(request.reminded_at)
        puts = self.fake.calls("PUT", f"/api/submitters/{request.customer_submitter_id}")
        self.assertEqual(len(puts), 1, "one reminder")
        self.assertTrue(json.loads(puts[0].body)["send_email"])
        self.assertIn("Reminder sent", self.order.message_ids[0].body)

    def test_deployments_and_who_may_point_the_key_elsewhere(self):
        manager = new_test_user(
            self.env,
            login="ds_fc_manager",
            groups="base.group_user,fincycle_base.group_fincycle_manager",
            company_id=self.company_a.id,
            company_ids=[self.company_a.id],
        )
        Integration = self.env["fincycle.integration"].with_user(manager)
        cloud = Integration.create(
            {
                "name": "EU",
                "provider": "docuseal",
                "docuseal_deployment": ds.CLOUD_EU,
                "environment": "sandbox",
                "company_id": self.company_a.id,
            }
        )
        self.assertEqual(cloud.base_url, ds.CLOUD_EU_API)
        cloud.docuseal_deployment = ds.CLOUD
        self.assertEqual(cloud.base_url, ds.CLOUD_API)
        # only a system administrator sends the key to another host
        with self.assertRaises(AccessError):
            cloud.base_url = "https://evil.example"
        with self.assertRaises(AccessError):
            cloud.read(["api_key"])
        # a self-hosted address must be https (plain http only on the loopback: tests)
        cloud.sudo().write(
            {"docuseal_deployment": ds.SELF_HOSTED, "base_url": "http://sign.example"}
        )
        cloud.sudo().api_key = "k"
        with self.assertRaisesRegex(UserError, "https"):
            cloud._docuseal_client()

    def test_salesman_views_load_and_read(self):
        request = self.send(user=self.salesman_a)
        Request = self.env["sale.signature.request"].with_user(self.salesman_a)
        views = Request.get_views([(False, "form"), (False, "list")])
        self.assertNotIn("integration_id", views["views"]["form"]["arch"])
        readable = Request.fields_get()
        spec = {
            name: {}
            for name in readable
            if Request._fields[name].type not in ("one2many", "many2many")
        }
        data = request.with_user(self.salesman_a).web_read(spec)
        self.assertEqual(data[0]["state"], "sent")
        order_views = self.order.with_user(self.salesman_a).get_views([(False, "form")])
        self.assertIn("action_docuseal_send", order_views["views"]["form"]["arch"])
        wizard_views = (
            self.env["sale.signature.send"].with_user(self.salesman_a).get_views([(False, "form")])
        )
        self.assertIn("action_send", wizard_views["views"]["form"]["arch"])
        # the connection form of a Fincycle user hides the secrets
        user = new_test_user(
            self.env,
            login="ds_fc_user",
            groups="base.group_user,fincycle_base.group_fincycle_user",
            company_id=self.company_a.id,
            company_ids=[self.company_a.id],
        )
        arch = (
            self.env["fincycle.integration"]
            .with_user(user)
            .get_views([(False, "form")])["views"]["form"]["arch"]
        )
        self.assertIn("docuseal_deployment", arch)
        self.assertNotIn('name="docuseal_hmac_secret"', arch)
        self.assertNotIn('name="api_key"', arch)
        account = self.account_a.with_user(user)
        spec = {name: {} for name in account.fields_get()}
        data = json.dumps(account.web_read(spec), default=str)
        self.assertNotIn(self.fake.api_key, data)
        self.assertIn(
            str(self.template["id"]), json.dumps(account.docuseal_template_ids.read(), default=str)
        )

    def test_the_quote_pdf_carries_the_text_tags_only_for_docuseal(self):
        Report = self.env["ir.actions.report"]
        report = "sale.action_report_saleorder"
        tag = "{{Customer Signature;role=Customer;type=signature}}"
        plain, _type = Report._render_qweb_html(report, self.order.ids)
        self.assertNotIn(tag, plain.decode())
        tagged_html, _type = Report.with_context(docuseal_text_tags=True)._render_qweb_html(
            report, self.order.ids
        )
        self.assertIn(tag, tagged_html.decode())
        self.assertIn("{{Company Signature;role=Company;type=signature}}", tagged_html.decode())
