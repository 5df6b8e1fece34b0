# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Two companies with a chart of accounts, each with a DocuSeal connection to one fake
DocuSeal on 127.0.0.1 (self-hosted layout: the API under /api), a quote template mapped per
company, a customer with a contact, and a quotation."""

from datetime import timedelta
from unittest.mock import patch

from odoo import fields
from odoo.tests import new_test_user

from odoo.addons.fincycle_base.tests.common import (
    FincycleHttpTestMixin,
    make_accounting_company,
)

from fincycle.http import HttpPolicy
from fincycle.signing import docuseal as ds
from fincycle.testing.fake_docuseal import FakeDocuseal, fake_pdf

FAST = HttpPolicy(
    max_attempts=2,
    backoff_initial=0.01,
    backoff_max=0.02,
    backoff_jitter=0.0,
    connect_timeout=5,
    read_timeout=10,
    max_retry_after=2,
)
HEADER = "X-Odoo-Secret"


class DocusealCommon(FincycleHttpTestMixin):
    fake = None

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.fake = FakeDocuseal()
        cls.fake.start()
        cls.addClassCleanup(cls.fake.stop)
        Integration = type(cls.env["fincycle.integration"])
        cls.startClassPatcher(patch.object(Integration, "_docuseal_http_policy", lambda s: FAST))
        Request = type(cls.env["sale.signature.request"])
        cls.startClassPatcher(
            patch.object(Request, "_docuseal_quote_pdf", lambda s: fake_pdf(s.order_id.name))
        )
        cls.company_a = make_accounting_company(cls.env, "Seeblick Signs A", "CHF")
        cls.company_b = make_accounting_company(cls.env, "Seeblick Signs B", "CHF")
        cls.account_a = cls._integration(cls.company_a, "DocuSeal A")
        cls.account_b = cls._integration(cls.company_b, "DocuSeal B")
        cls.salesman_a = new_test_user(
            cls.env,
            login="ds_salesman_a",
            password="ds_salesman_a_pw",
            name="Sam Sales",
            email="sam@seeblick.example",
            groups="sales_team.group_sale_salesman",
            company_id=cls.company_a.id,
            company_ids=[cls.company_a.id],
        )
        cls.salesman_b = new_test_user(
            cls.env,
            login="ds_salesman_b",
            groups="sales_team.group_sale_salesman_all_leads",
            company_id=cls.company_b.id,
            company_ids=[cls.company_b.id],
        )
        cls.customer = cls.env["res.partner"].create(
            {"name": "ACME SA", "is_company": True, "email": "office@acme.example", "lang": "en_US"}
        )
        cls.signer = cls.env["res.partner"].create(
            {
                "name": "Jane Doe",
                "email": "jane@acme.example",
                "parent_id": cls.customer.id,
                "type": "contact",
            }
        )
        cls.product = cls.env["product.product"].create(
            {"name": "Consulting day", "list_price": 1000.0, "type": "service", "taxes_id": False}
        )

    @classmethod
    def _integration(cls, company, name):
        account = cls.env["fincycle.integration"].create(
            {
                "name": name,
                "provider": "docuseal",
                "company_id": company.id,
                "docuseal_deployment": ds.SELF_HOSTED,
                "docuseal_header_name": HEADER,
            }
        )
        # A system administrator points it at the installation, then enters the key.
        account.write({"base_url": cls.fake.url})
        account.write({"api_key": cls.fake.api_key, "state": "connected"})
        return account

    def setUp(self):
        super().setUp()
        self.fake.reset()
        self.fake.edition = "pro"
        self.template = self.fake.add_template("Quote", ["Customer", "Company"])
        self.template_qes = self.fake.add_template(
            "Quote QES", ["Customer", "Company"], verification="qes"
        )
        self.map_a = self._map(self.account_a, self.template["id"])
        self.map_b = self._map(self.account_b, self.template["id"])
        self.account_a.sudo().write({"docuseal_edition": "pro", "docuseal_pdf_mode": True})
        self.order = self._order(self.company_a, self.salesman_a)

    def _map(self, account, template_id, level=ds.LEVEL_SIMPLE, **vals):
        return self.env["sale.docuseal.template"].create(
            {
                "name": f"Quote {level}",
                "integration_id": account.id,
                "document_kind": "quote",
                "level": level,
                "template_ref": template_id,
                "customer_role": "Customer",
                "company_role": "Company",
                **vals,
            }
        )

    def _order(self, company, user, price=1000.0, qty=10):
        return (
            self.env["sale.order"]
            .with_company(company)
            .create(
                {
                    "partner_id": self.customer.id,
                    "company_id": company.id,
                    "user_id": user.id,
                    "order_line": [
                        (
                            0,
                            0,
                            {
                                "product_id": self.product.id,
                                "product_uom_qty": qty,
                                "price_unit": price,
                                "tax_ids": False,
                            },
                        )
                    ],
                }
            )
        )

    def send(self, order=None, user=None, **vals):
        order = order or self.order
        env = self.env(user=user) if user else self.env
        wizard = (
            env["sale.signature.send"]
            .with_company(order.company_id)
            .with_context(default_order_id=order.id)
            .create({"partner_id": self.signer.id, **vals})
        )
        wizard.action_send()
        return self.requests(order)[:1]

    def requests(self, order=None):
        return self.env["sale.signature.request"].search(
            [("order_id", "=", (order or self.order).id)], order="id desc"
        )

    def in_days(self, days):
        return fields.Date.context_today(self.order) + timedelta(days=days)
