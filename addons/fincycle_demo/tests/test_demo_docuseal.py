# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import Command
from odoo.exceptions import UserError
from odoo.tests import TransactionCase, tagged

from fincycle.signing import docuseal as ds


@tagged("post_install", "-at_install")
class TestDemoDocuseal(TransactionCase):
    """The holding's DocuSeal: a connection waiting for its key says so, nothing is sent
    anywhere, and the quotation recorded as sent for signature offers no signing form."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["fincycle.demo.loader"]._load_demo()
        cls.company = cls.env.ref("fincycle_demo.company_seeblick")
        cls.connection = cls.env.ref("fincycle_demo.seeblick_docuseal_connection")
        cls.template = cls.env.ref("fincycle_demo.seeblick_docuseal_template_quote")
        cls.request = cls.env.ref("fincycle_demo.seeblick_quote_signature_request")

    def test_connection_waits_for_its_key(self):
        connection = self.connection
        self.assertEqual((connection.provider, connection.company_id), ("docuseal", self.company))
        self.assertEqual(connection.docuseal_deployment, ds.CLOUD_EU)
        self.assertEqual(connection.environment, "sandbox")  # a testing key, when entered
        self.assertEqual(connection.base_url, ds.CLOUD_EU_API)
        self.assertEqual(connection.state, "draft")
        self.assertFalse(connection.docuseal_has_api_key)
        self.assertFalse(connection.sudo().api_key)
        self.assertEqual(
            (self.template.document_kind, self.template.level, self.template.company_id),
            ("quote", ds.LEVEL_SIMPLE, self.company),
        )
        with self.assertRaisesRegex(UserError, "API key"):
            connection._docuseal_client()

    def test_sending_a_quote_says_the_key_is_missing(self):
        product = self.env.ref("fincycle_demo.product_annual_accounts")
        customer = self.env.ref("fincycle_demo.seeblick_customer_3")
        order = (
            self.env["sale.order"]
            .with_company(self.company)
            .create(
                {
                    "partner_id": customer.id,
                    "company_id": self.company.id,
                    "order_line": [Command.create({"product_id": product.id})],
                }
            )
        )
        wizard = (
            self.env["sale.signature.send"]
            .with_company(self.company)
            .with_context(default_order_id=order.id)
            .create({"partner_id": customer.id})  # as the form's onchange fills it
        )
        self.assertTrue(wizard.has_connection)
        self.assertEqual(wizard.template_map_id, self.template)
        with self.assertRaisesRegex(UserError, "API key"):
            wizard.action_send()
        self.assertFalse(order.signature_request_ids)
        self.assertEqual(order.state, "draft")

    def test_quote_recorded_as_sent_offers_no_form(self):
        request, order = self.request, self.request.order_id
        self.assertEqual((request.state, order.state, order.signature_state), ("sent",) * 3)
        self.assertEqual(request.template_map_id, self.template)
        self.assertEqual(request.order_fingerprint, order._docuseal_fingerprint())
        # no DocuSeal submission: no webhook or poll can match it, no signing link
        self.assertEqual((request.submission_id, request.customer_submitter_id), (0, 0))
        self.assertFalse(request.embed_src)
        self.assertFalse(order._docuseal_portal_embed())
        self.assertFalse(order._has_to_be_signed())
        with self.assertRaises(UserError):
            request.action_resend()
        # loading again adds nothing
        count = self.env["sale.signature.request"].search_count([])
        self.env["fincycle.demo.loader"]._load_docuseal(order.date_order.date())
        self.assertEqual(self.env["sale.signature.request"].search_count([]), count)

    def test_other_companies_see_none_of_it(self):
        comptable = self.env.ref("fincycle_demo.user_comptable")
        self.assertNotIn(self.company, comptable.company_ids)
        Integration = self.env["fincycle.integration"].with_user(comptable)
        self.assertFalse(Integration.search([("id", "=", self.connection.id)]))
        Template = self.env["sale.docuseal.template"].with_user(comptable)
        self.assertFalse(Template.search([("id", "=", self.template.id)]))
