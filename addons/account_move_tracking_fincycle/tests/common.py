# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""What the tracking tests share: two companies, their users, a customer with an invoice
contact, invoices posted and sent as the automatic sending and a person do."""

from odoo import Command
from odoo.tests import new_test_user

from odoo.addons.account_move_tier_validation_fincycle.tests.common import TierTestCommon
from odoo.addons.base.tests.common import MockSmtplibCase


class TrackingCommon(TierTestCommon, MockSmtplibCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = cls.company_data["company"]
        cls.company.email = "billing@company-a.example.com"
        cls.company.partner_id.tz = "Europe/Zurich"
        cls.company_b = cls.setup_other_company(name="Company B")["company"]
        cls.company_b.email = "billing@company-b.example.com"
        (cls.company | cls.company_b)._fincycle_tier_create_defaults()
        cls.clerk = cls._user("clerk", "account.group_account_invoice", cls.company)
        cls.clerk_b = cls._user("clerk_b", "account.group_account_invoice", cls.company_b)
        cls.manager = cls._user("manager", "account.group_account_manager", cls.company)
        cls.root = cls.env.ref("base.user_root")
        cls.customer = cls.env["res.partner"].create(
            {"name": "Kunde AG", "is_company": True, "email": "info@kunde.example.com"}
        )
        cls.billing_contact = cls.env["res.partner"].create(
            {
                "name": "Buchhaltung Kunde",
                "type": "invoice",
                "parent_id": cls.customer.id,
                "email": "rechnungen@kunde.example.com",
            }
        )
        cls.other_customer = cls.env["res.partner"].create(
            {"name": "Autre Client SA", "is_company": True, "email": "compta@autre.example.com"}
        )
        cls.portal_user = new_test_user(
            cls.env,
            login="kunde_portal",
            password="kunde_portal",
            name="Kunde Portal",
            email="portal@kunde.example.com",
            groups="base.group_portal",
            company_id=cls.company.id,
            company_ids=[Command.set(cls.company.ids)],
        )
        cls.portal_user.partner_id.parent_id = cls.customer
        # Invoices of the database waiting to be sent are not these tests'.
        cls.env["account.move"].sudo().search([("autosend_state", "=", "to_send")]).write(
            {"autosend_state": False}
        )

    @classmethod
    def _invoice(cls, amount=800, partner=None, company=None, user=None, **vals):
        company = company or cls.company
        return (
            cls.env["account.move"]
            .with_user(user or cls.clerk)
            .with_company(company)
            .create(
                {
                    "move_type": "out_invoice",
                    "partner_id": (partner or cls.customer).id,
                    "invoice_date": "2026-11-30",
                    "invoice_line_ids": [
                        Command.create(
                            {
                                "name": "Fees",
                                "quantity": 1,
                                "price_unit": amount,
                                "tax_ids": [Command.clear()],
                            }
                        )
                    ],
                    **vals,
                }
            )
        )

    @classmethod
    def _scheduled_post(cls, move):
        """Posted as the contracts' morning run posts: by a scheduled action, then queued
        for the automatic sending."""
        move.with_user(cls.root).with_company(move.company_id).with_context(cron_id=1).action_post()
        assert move.state == "posted"

    @classmethod
    def _autosend(cls):
        return cls.env["account.move"].with_user(cls.root)._cron_autosend_invoices()

    @classmethod
    def _sent_invoice(cls, amount=800, partner=None, **vals):
        move = cls._invoice(amount, partner=partner, **vals)
        cls._scheduled_post(move)
        cls._autosend()
        assert move.autosend_state == "sent", move.autosend_error
        return move
