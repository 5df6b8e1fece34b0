# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""A salesperson calling the send wizard by RPC with values its form never offers: a
template of another DocuSeal connection or of another level, a company representative who
is a portal user or a user of another company."""

from odoo.exceptions import UserError
from odoo.tests import TransactionCase, new_test_user, tagged

from fincycle.signing import docuseal as ds

from .common import DocusealCommon


@tagged("post_install", "-at_install")
class TestDocusealWizardAttacks(DocusealCommon, TransactionCase):
    def _created(self):
        return list(self.fake.calls("POST", "/api/submissions"))

    def test_template_of_another_connection_is_refused(self):
        other = self.env["fincycle.integration"].create(
            {
                "name": "DocuSeal A (sandbox)",
                "provider": "docuseal",
                "company_id": self.company_a.id,
                "environment": "sandbox",
                "docuseal_deployment": ds.SELF_HOSTED,
            }
        )
        foreign_map = self._map(other, self.template["id"])
        with self.assertRaises(UserError):
            self.send(user=self.salesman_a, template_map_id=foreign_map.id)
        self.assertFalse(self._created())
        self.assertFalse(self.requests())

    def test_template_of_another_level_is_refused(self):
        # the qualified level asked, a simple template forced in
        with self.assertRaises(UserError):
            self.send(user=self.salesman_a, level=ds.LEVEL_QUALIFIED, template_map_id=self.map_a.id)
        self.assertFalse(self._created())

    def test_template_of_another_kind_is_refused(self):
        self.map_a.document_kind = "contract"
        with self.assertRaises(UserError):
            self.send(user=self.salesman_a, template_map_id=self.map_a.id)
        self.assertFalse(self._created())

    def test_representative_must_be_an_employee_of_the_company(self):
        portal = new_test_user(
            self.env,
            login="ds_portal_rep",
            email="portal.rep@example.com",
            groups="base.group_portal",
            company_id=self.company_a.id,
            company_ids=[self.company_a.id],
        )
        other_company_user = new_test_user(
            self.env,
            login="ds_other_company_rep",
            email="rep.b@example.com",
            groups="base.group_user",
            company_id=self.company_b.id,
            company_ids=[self.company_b.id],
        )
        for rep in (portal, other_company_user):
            order = self._order(self.company_a, self.salesman_a)
            with self.subTest(rep=rep.login), self.assertRaises(UserError):
                self.send(order=order, user=self.salesman_a, representative_id=rep.id)
        self.assertFalse(self._created())

    def test_the_form_values_still_send(self):
        request = self.send(user=self.salesman_a)
        self.assertEqual(request.state, "sent")

    def test_a_signing_link_of_another_host_is_never_embedded(self):
        """A hostile or compromised DocuSeal answer cannot put another host, javascript: or
        data: into the portal's iframe."""
        request = self.send(user=self.salesman_a)
        self.assertTrue(request._docuseal_embed_ok(request.embed_src))
        host = self.fake.url.split("://", 1)[1]
        for url in (
            "javascript:alert(document.cookie)",
            "JaVaScRiPt:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "https://evil.example/s/abc",
            "//evil.example/s/abc",
            f"http://{host}@evil.example/s/abc",
            f"https://{host}/s/abc",  # the right host on another scheme
            "",
        ):
            with self.subTest(url=url):
                self.assertFalse(request._docuseal_embed_ok(url))
