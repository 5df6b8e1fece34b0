# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""A manager approves an invoice from the queue, in a browser.

Not a demo tour (``test_tours.py`` runs on the demo database, which does not install approval
yet): it builds its own company and users, so the Odoo test layer runs it."""

from unittest import SkipTest

from odoo import Command
from odoo.tests import HttpCase, new_test_user, tagged

MODULE = "account_move_tier_validation_fincycle"


@tagged("post_install", "-at_install")
class TestTierQueueTour(HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        if cls.env["ir.module.module"]._get(MODULE).state != "installed":
            raise SkipTest(f"{MODULE} is not installed in this database")
        cls.company = cls.env["res.company"].create(
            {"name": "Tour Treuhand AG", "currency_id": cls.env.ref("base.CHF").id}
        )
        cls.env["account.chart.template"].try_loading(
            "generic_coa", company=cls.company, install_demo=False
        )
        cls.company.currency_id = cls.env.ref("base.CHF")
        cls.company._fincycle_tier_create_defaults()
        users = {}
        for login in ("tour_requester", "tour_approver"):
            users[login] = new_test_user(
                cls.env,
                login=login,
                password=login,
                name=login.replace("_", " ").title(),
                groups="base.group_user,account.group_account_manager",
                company_id=cls.company.id,
                company_ids=[Command.set(cls.company.ids)],
                lang="en_US",
            )
        cls.requester, cls.approver = users["tour_requester"], users["tour_approver"]
        partner = cls.env["res.partner"].create({"name": "Tour Customer"})
        cls.move = (
            cls.env["account.move"]
            .with_user(cls.requester)
            .with_company(cls.company)
            .create(
                {
                    "move_type": "out_invoice",
                    "partner_id": partner.id,
                    "invoice_line_ids": [
                        Command.create(
                            {
                                "name": "Audit",
                                "quantity": 1,
                                "price_unit": 4800,
                                "tax_ids": [Command.clear()],
                            }
                        )
                    ],
                }
            )
        )
        cls.move.with_user(cls.requester).request_validation()

    def test_manager_approves_from_the_queue_and_posts(self):
        self.start_tour(
            f"/odoo/action-{MODULE}.action_move_tier_queue",
            "account_move_tier_validation_fincycle_queue",
            login="tour_approver",
        )
        self.env.invalidate_all()
        self.assertEqual(self.move.validation_status, "validated")
        self.assertEqual(self.move.state, "posted")
        notes = " ".join(self.move.message_ids.mapped("body"))
        self.assertIn("Approved by Tour Approver", notes)
        self.assertIn("Rates checked", notes)
