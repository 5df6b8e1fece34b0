# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Companies with the Swiss or French chart, documents and users for the VAT return tests."""

from unittest import SkipTest

from odoo import Command
from odoo.tests import TransactionCase, new_test_user


class VatReturnCommon(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True))

    @classmethod
    def _company(cls, name, country_code, chart=None, **values):
        country = cls.env["res.country"].search([("code", "=", country_code)], limit=1)
        company = cls.env["res.company"].create(
            {"name": name, "country_id": country.id, "currency_id": country.currency_id.id} | values
        )
        if chart:
            module = "l10n_ch" if chart == "ch" else "l10n_fr_account"
            if (
                cls.env["ir.module.module"].search_count(
                    [("name", "=", module), ("state", "=", "installed")]
                )
                == 0
            ):
                raise SkipTest(f"{module} is not installed")
            cls.env["account.chart.template"].try_loading(
                chart, company=company, install_demo=False
            )
        cls.env.user.company_ids |= company
        return company

    @classmethod
    def _tax(cls, company, xmlid):
        tax = cls.env["account.chart.template"].with_company(company).ref(xmlid)
        tax.active = True
        return tax

    @classmethod
    def _partner(cls, name, country_code=None):
        country = cls.env["res.country"].search([("code", "=", country_code)], limit=1)
        return cls.env["res.partner"].create({"name": name, "country_id": country.id or False})

    @classmethod
    def _move(cls, company, move_type, day, lines, partner, post=True, **values):
        """``lines``: [(price_unit, tax)]."""
        move = (
            cls.env["account.move"]
            .with_company(company)
            .create(
                {
                    "move_type": move_type,
                    "partner_id": partner.id,
                    "invoice_date": day,
                    "date": day,
                    "invoice_line_ids": [
                        Command.create(
                            {
                                "name": f"Line {price}",
                                "quantity": 1,
                                "price_unit": price,
                                "tax_ids": [Command.set(tax.ids)],
                            }
                        )
                        for price, tax in lines
                    ],
                }
                | values
            )
        )
        if post:
            move.action_post()
        return move

    @classmethod
    def _user(cls, login, groups, company):
        return new_test_user(
            cls.env,
            login=login,
            name=login.title(),
            groups=f"base.group_user,{groups}",
            company_id=company.id,
            company_ids=[Command.set(company.ids)],
        )
