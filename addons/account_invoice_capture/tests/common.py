# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""A Swiss company ready to receive bills, and the upload the tests go through."""

from odoo import Command
from odoo.tests import new_test_user

from odoo.addons.fincycle_base.tests.common import make_accounting_company

from fincycle.testing.invoices import CH_IBAN, CH_VAT


class CaptureCase:
    """Mixin: a Swiss company with the 8.1 % and 2.6 % purchase taxes and a purchase journal."""

    @classmethod
    def _setup_capture(cls):
        env = cls.env
        cls.company = make_accounting_company(env, "Seeblick Consulting GmbH", "CHF")
        cls.company.country_id = env.ref("base.ch")
        cls.company.account_fiscal_country_id = env.ref("base.ch")
        cls.company.capture_approval_limit = 5000
        env.ref("base.EUR").active = True
        cls.taxes = {}
        group = env["account.tax.group"].create(
            {"name": "VAT", "company_id": cls.company.id, "country_id": env.ref("base.ch").id}
        )
        for rate in ("8.1", "2.6"):
            cls.taxes[rate] = env["account.tax"].create(
                {
                    "name": f"Input VAT {rate} %",
                    "amount": float(rate),
                    "amount_type": "percent",
                    "type_tax_use": "purchase",
                    "company_id": cls.company.id,
                    "country_id": env.ref("base.ch").id,
                    "tax_group_id": group.id,
                }
            )
        cls.journal = env["account.journal"].search(
            [("company_id", "=", cls.company.id), ("type", "=", "purchase")], limit=1
        )
        cls.clerk = new_test_user(
            env,
            login="capture_clerk",
            groups="account.group_account_invoice,base.group_partner_manager",
            company_id=cls.company.id,
            company_ids=[Command.set(cls.company.ids)],
        )
        cls.vendor = env["res.partner"].create(
            {
                "name": "Muster Bürobedarf AG",
                "is_company": True,
                "vat": CH_VAT,
                "country_id": env.ref("base.ch").id,
                # confirmed with the vendor: bills to it may post by themselves
                "bank_ids": [Command.create({"acc_number": CH_IBAN, "allow_out_payment": True})],
            }
        )

    def review_activity(self, bill):
        activity_type = self.env.ref("account_invoice_capture.mail_activity_capture_review")
        return bill.activity_ids.filtered(lambda a: a.activity_type_id == activity_type)

    def chatter(self, bill):
        return " ".join(bill.message_ids.mapped("body"))

    def upload(self, data, name="invoice.pdf", user=None, mimetype="application/pdf", **context):
        env = self.env(
            user=user or self.clerk,
            context={**self.env.context, "allowed_company_ids": [self.company.id]},
        )
        attachment = env["ir.attachment"].create({"name": name, "raw": data, "mimetype": mimetype})
        journal = self.journal.with_env(env).with_context(default_move_type="in_invoice", **context)
        return journal._create_document_from_attachment(attachment.ids)
