# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""What the tests of approval and of the add-ons built on it (contracts, sending) share."""

from odoo import Command
from odoo.tests import new_test_user

from odoo.addons.account.tests.common import AccountTestInvoicingCommon


class TierTestCommon(AccountTestInvoicingCommon):
    @classmethod
    def _user(cls, login, group, company):
        """An internal user of ``company`` only, with ``group`` and an e-mail address."""
        return new_test_user(
            cls.env,
            login=login,
            name=login.title(),
            email=f"{login}@example.com",
            groups=f"base.group_user,{group}",
            company_id=company.id,
            company_ids=[Command.set(company.ids)],
        )
