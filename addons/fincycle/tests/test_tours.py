# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.addons.fincycle_base.tests.tours import FincycleTourCase


class TestDemoScreens(FincycleTourCase):
    def test_dashboard_of_each_demo_user(self):
        for login in ("admin", "accountant", "comptable"):
            self.screenshot(f"dashboard_{login}", "/odoo", login)
