# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.addons.fincycle_base.tests.tours import FincycleTourCase

PORTAL_READY = "document.querySelector('a[href*=\\'/my/invoices/\\']')"


class TestDemoScreens(FincycleTourCase):
    def test_dashboard_of_each_demo_user(self):
        for login in ("admin", "accountant", "comptable"):
            self.screenshot(f"dashboard_{login}", "/odoo", login)

    def test_sync_runs_in_the_accountant_s_language(self):
        self.screenshot(
            "sync_runs_de", "/odoo/action-fincycle_base.action_fincycle_sync_run", "accountant"
        )

    def test_portal_customer_sees_her_invoices(self):
        self.start_tour("/my/invoices", "fincycle_portal_invoices", login="praxis")
        self.screenshot("portal_invoices", "/my/invoices", "praxis", ready=PORTAL_READY)
