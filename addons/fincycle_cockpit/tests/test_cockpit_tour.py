# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""A director opens the cockpit and drills from the forecast to an invoice, in a browser."""

from datetime import timedelta

from odoo import Command, fields
from odoo.tests import HttpCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestCockpitTour(HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = cls.env["res.company"].create({"name": "Tour Cockpit SA"})
        cls.env["account.chart.template"].try_loading(
            "generic_coa", company=cls.company, install_demo=False
        )
        new_test_user(
            cls.env,
            login="tour_director",
            groups="account.group_account_manager",
            company_id=cls.company.id,
            company_ids=[cls.company.id],
        )
        customer = cls.env["res.partner"].create({"name": "Tour Customer"})
        today = fields.Date.context_today(cls.env["res.partner"])
        cls.invoice = (
            cls.env["account.move"]
            .with_company(cls.company)
            .create(
                {
                    "move_type": "out_invoice",
                    "partner_id": customer.id,
                    "invoice_date": today - timedelta(days=20),
                    "invoice_date_due": today + timedelta(days=10),
                    "invoice_line_ids": [
                        Command.create(
                            {"name": "Audit", "quantity": 1, "price_unit": 1200, "tax_ids": []}
                        )
                    ],
                }
            )
        )
        cls.invoice.action_post()

    def test_director_drills_from_forecast_to_invoice(self):
        self.start_tour(
            "/odoo/action-fincycle_cockpit.action_open_fincycle_cockpit",
            "fincycle_cockpit_forecast_to_invoice",
            login="tour_director",
        )
