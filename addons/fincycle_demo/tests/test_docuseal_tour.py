# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Issue 16's tour on the demo: a salesperson sends a quote for signature; the portal customer
sees the embedded form. The demo's DocuSeal connection (EU cloud, no key) is pointed at a fake
DocuSeal on 127.0.0.1 for the test, as sale_docuseal_fincycle's own tests do (a system
administrator enters the address, then the key). Screens in French and German. Like
test_tours.py, on the demo database only."""

from unittest.mock import patch

from odoo import Command

from odoo.addons.fincycle_base.tests.common import FincycleHttpTestMixin
from odoo.addons.fincycle_base.tests.tours import FincycleTourCase
from odoo.addons.sale_docuseal_fincycle.tests.common import FAST

from fincycle.signing import docuseal as ds
from fincycle.testing.fake_docuseal import FakeDocuseal
from fincycle.testing.fake_server import FakeResponse

QUOTES = "/odoo/action-sale.action_quotations_with_onboarding"
CONNECTIONS = "/odoo/action-fincycle_base.action_fincycle_integration"
REQUESTS = "/odoo/action-sale_docuseal_fincycle.action_sale_signature_request"
NO_LOADING = "!document.querySelector('.o_loading_indicator')"
# the quotation's wizard, opened once the form is drawn (once: a second click would stack one)
WIZARD_READY = (
    "(document.querySelector('.modal')"
    " || document.querySelector('.o_form_statusbar button[name=action_docuseal_send]')?.click(),"
    " document.querySelector('.modal .o_field_widget[name=template_map_id] input')?.value"
    f" && {NO_LOADING})"
)
# the connection's DocuSeal tab, opened once the form is drawn
DOCUSEAL_TAB_READY = (
    "(document.querySelector('.o_notebook a[name=docuseal]:not(.active)')?.click(),"
    " document.querySelector('.o_notebook')?.scrollIntoView({block: 'start'}),"
    f" document.querySelector('.o_field_widget[name=docuseal_deployment]') && {NO_LOADING})"
)
QUOTE_READY = (
    "document.querySelector('.oe_stat_button[name=action_view_signature_requests]')"
    f" && {NO_LOADING}"
)
PORTAL_READY = "document.querySelector('#docuseal_signature iframe.o_docuseal_form')"
LANGS = (("fr_FR", "fr"), ("de_CH", "de"))


class SigningPageDocuseal(FakeDocuseal):
    """The fake DocuSeal, with a page at the signing links it hands out (the real one shows
    its signing form there): the portal's iframe shows where DocuSeal's form would be."""

    def _route(self, request):
        if request.path.startswith("/s/"):
            return FakeResponse(
                200,
                "<!DOCTYPE html><html><body style='font-family: sans-serif; padding: 2em'>"
                "<h2>DocuSeal (fake, tests)</h2><p>The signing form of "
                f"{request.path}.</p></body></html>",
                {"Content-Type": "text/html"},
            )
        return super()._route(request)


class TestDocusealSignatureTour(FincycleHttpTestMixin, FincycleTourCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.fake = SigningPageDocuseal()
        cls.fake.start()
        cls.addClassCleanup(cls.fake.stop)
        Integration = type(cls.env["fincycle.integration"])
        cls.startClassPatcher(patch.object(Integration, "_docuseal_http_policy", lambda s: FAST))

    def test_salesperson_sends_a_quote_for_signature_and_the_customer_sees_the_form(self):
        connection = self.env.ref("fincycle_demo.seeblick_docuseal_connection")
        template = self.env.ref("fincycle_demo.seeblick_docuseal_template_quote")
        demo_request = self.env.ref("fincycle_demo.seeblick_quote_signature_request")
        admin, portal = self.demo_user("admin"), self.demo_user("praxis")
        # the demo: EU cloud, no key yet (the form says so), a quote already out for signature
        self.assertEqual(connection.docuseal_deployment, ds.CLOUD_EU)
        self.assertFalse(connection.docuseal_has_api_key)
        self.assertEqual(connection.state, "draft")
        self.assertEqual(demo_request.state, "sent")
        self.assertEqual(demo_request.order_id.signature_state, "sent")
        self.assertTrue(admin.has_group("sales_team.group_sale_salesman"))
        for lang, suffix in LANGS:
            admin.lang = lang
            self.screenshot(
                f"docuseal_connection_{suffix}",
                f"{CONNECTIONS}/{connection.id}",
                "admin",
                ready=DOCUSEAL_TAB_READY,
            )
            self.screenshot(
                f"docuseal_demo_quote_{suffix}",
                f"{QUOTES}/{demo_request.order_id.id}",
                "admin",
                ready=QUOTE_READY,
            )
            self.screenshot(
                f"docuseal_demo_request_{suffix}", f"{REQUESTS}/{demo_request.id}", "admin"
            )

        # A system administrator points the connection at the (fake) installation and enters
        # its key; the quote template is the one in that account.
        remote = self.fake.add_template("Quotation", ["Customer", "Company"])
        connection.write({"docuseal_deployment": ds.SELF_HOSTED})
        connection.write({"base_url": self.fake.url})
        connection.write({"api_key": self.fake.api_key, "state": "connected"})
        template.template_ref = remote["id"]

        # the portal customer's practice asks for a quotation
        contact = portal.partner_id
        company = self.env.ref("fincycle_demo.company_seeblick")
        product = self.env.ref("fincycle_demo.product_annual_accounts")
        order = (
            self.env["sale.order"]
            .with_company(company)
            .create(
                {
                    "partner_id": contact.id,
                    "company_id": company.id,
                    "user_id": admin.id,
                    "order_line": [Command.create({"product_id": product.id})],
                }
            )
        )
        # her portal lists her practice's documents
        order.message_subscribe(partner_ids=contact.ids)
        for lang, suffix in LANGS:
            admin.lang = lang
            self.screenshot(
                f"docuseal_wizard_{suffix}", f"{QUOTES}/{order.id}", "admin", ready=WIZARD_READY
            )
        self.assertFalse(order.signature_request_ids)

        self.start_tour(
            f"{QUOTES}/{order.id}", "fincycle_docuseal_send_for_signature", login="admin"
        )
        request = order.signature_request_ids
        self.assertEqual(len(request), 1)
        self.assertEqual((request.state, order.state), ("sent", "sent"))
        self.assertEqual(request.partner_id, contact)
        self.assertEqual(request.template_map_id, template)
        submission = self.fake.submissions[request.submission_id]
        self.assertEqual(submission["template_id"], remote["id"])
        emails = [self.fake.submitters[i]["email"] for i in submission["submitter_ids"]]
        self.assertEqual(emails, [contact.email, admin.email])
        self.assertTrue(request.embed_src.startswith(self.fake.url + "/s/"))
        # the invitation in the customer's language (she works in German)
        self.assertIn("unterzeichnen", submission["_message"]["subject"])

        self.start_tour(
            order.get_portal_url(), "fincycle_docuseal_portal_signing_form", login="praxis"
        )
        for lang, suffix in LANGS:
            admin.lang = lang
            portal.lang = lang
            self.screenshot(
                f"docuseal_quote_sent_{suffix}", f"{QUOTES}/{order.id}", "admin", QUOTE_READY
            )
            self.screenshot(f"docuseal_request_{suffix}", f"{REQUESTS}/{request.id}", "admin")
            self.screenshot(
                f"docuseal_portal_{suffix}", order.get_portal_url(), "praxis", PORTAL_READY
            )

        # another customer's quotation stays out of her portal, its form with it
        other = demo_request.order_id
        self.assertNotEqual(other.partner_id.commercial_partner_id, contact.commercial_partner_id)
        self.assertFalse(self.env["sale.order"].with_user(portal).search([("id", "=", other.id)]))
