# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Issue 16's signed quotes at the holding: a DocuSeal connection on the EU cloud that waits
for its API key, a quotation template mapped at the simple level, and a quotation already
out for signature."""

from datetime import datetime, time, timedelta

from odoo import Command, models

from fincycle.signing import docuseal as ds

from .fincycle_demo import COMPANIES

# Stands for the number of the holding's quotation template in its DocuSeal account: an
# administrator enters the real one (and the API key) before the first sending.
DEMO_TEMPLATE_REF = 1


# each step of the demo in its own file, as demo_time_billing.py
# pylint: disable=consider-merging-classes-inherited
class FincycleDemoLoader(models.AbstractModel):
    _inherit = "fincycle.demo.loader"

    def _load_docuseal(self, today):
        """At the holding: a DocuSeal connection (EU cloud; a sandbox like the demo's other
        connections: DocuSeal's testing key goes there) without API key, so its form and
        the Send for Signature wizard say what is missing (no key: nothing reaches DocuSeal;
        a system administrator enters it, then Test Connection); a quote template mapped at
        the simple level (customer, then the company's representative); and a quotation for
        Bergbahnen Arosa sent for signature.

        The demo has no DocuSeal account: the request is recorded as the module records a
        submission DocuSeal created (``_docuseal_store_created``), without a submission
        (id 0: no webhook or poll can ever match it) and without a signing link, so the
        customer's portal page shows no form."""
        key = COMPANIES[0]["key"]
        company = self._ref(f"company_{key}")
        if not company or self._ref(f"{key}_docuseal_connection"):
            return
        env = self.with_company(company).env
        admin = self.env.ref("base.user_admin")
        connection = self._name_record(
            f"{key}_docuseal_connection",
            env["fincycle.integration"].create(
                {
                    "name": f"DocuSeal EU - {company.name}",
                    "provider": "docuseal",
                    "company_id": company.id,
                    "environment": "sandbox",  # like every demo connection
                    "docuseal_deployment": ds.CLOUD_EU,
                }
            ),
        )
        template = self._name_record(
            f"{key}_docuseal_template_quote",
            env["sale.docuseal.template"].create(
                {
                    "name": "Quotation",
                    "integration_id": connection.id,
                    "document_kind": "quote",
                    "level": ds.LEVEL_SIMPLE,
                    "template_ref": DEMO_TEMPLATE_REF,
                    "customer_role": "Customer",
                    "company_role": "Company",
                }
            ),
        )
        tax = self._tax(env, company, "sale", COMPANIES[0]["taxes"][0])
        product = self._get_or_create(
            "product_annual_accounts",
            "product.product",
            {
                "name": "Annual accounts and tax return",
                "type": "service",
                "invoice_policy": "order",
                "list_price": 4800.0,
                "company_id": company.id,
                "taxes_id": [Command.set(tax.ids)],
            },
        )
        customer = self._ref(f"{key}_customer_1")
        order = self._name_record(
            f"{key}_quote_for_signature",
            env["sale.order"].create(
                {
                    "partner_id": customer.id,
                    "company_id": company.id,
                    "user_id": admin.id,
                    "validity_date": today + timedelta(days=30),
                    "order_line": [
                        Command.create({"product_id": product.id, "product_uom_qty": 1}),
                    ],
                }
            ),
        )
        expire = datetime.combine(today + timedelta(days=30), time(23, 59))
        request = (
            self.env["sale.signature.request"]
            .sudo()
            .create(
                {
                    "order_id": order.id,
                    "partner_id": customer.id,
                    "representative_id": admin.id,
                    "integration_id": connection.id,
                    "template_map_id": template.id,
                    "mode": "template",
                    "level_required": ds.LEVEL_SIMPLE,
                    "expire_at": expire,
                }
            )
        )
        request._docuseal_store_created(ds.Created(submission_id=0, submitters=()))
        self._name_record(f"{key}_quote_signature_request", request)
        # demo data, stored in the loading language like the demo's other chatter
        request._post(
            "Demo data: recorded as sent for signature without calling DocuSeal (the demo has "
            "no DocuSeal account: no signing link, nothing to resend)."
        )
        order.write({"state": "sent"})
