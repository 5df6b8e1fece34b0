# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import AccessError
from odoo.tests import TransactionCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestRevolutKitSecurity(TransactionCase):
    def test_manager_cannot_swap_the_certificate_given_to_revolut(self):
        """The certificate an administrator pastes into Revolut pairs with the private key
        Odoo keeps: a manager replacing it would hand Revolut a key of his own."""
        manager = new_test_user(
            self.env,
            login="fc_revolut_cert_manager",
            groups="base.group_user,fincycle_base.group_fincycle_manager",
        )
        account = self.env["fincycle.integration"].create(
            {"name": "Revolut", "provider": "revolut", "environment": "sandbox"}
        )
        with self.assertRaises(AccessError):
            account.with_user(manager).write({"revolut_certificate": "-----BEGIN CERTIFICATE-----"})
        with self.assertRaises(AccessError):
            self.env["fincycle.integration"].with_user(manager).create(
                {
                    "name": "Revolut 2",
                    "provider": "revolut",
                    "environment": "production",
                    "revolut_certificate": "-----BEGIN CERTIFICATE-----",
                }
            )
        # the certificate Odoo generates with its key is what a manager may produce
        account.with_user(manager).action_revolut_generate_keys()
        self.assertIn("BEGIN CERTIFICATE", account.revolut_certificate)
