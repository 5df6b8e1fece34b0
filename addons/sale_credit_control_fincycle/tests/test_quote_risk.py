# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import Command
from odoo.exceptions import AccessError, UserError
from odoo.tests import TransactionCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestQuoteRisk(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        env = cls.env
        cls.company_a = env["res.company"].create({"name": "Seeblick Treuhand AG"})
        cls.company_b = env["res.company"].create({"name": "Rhône Conseil SA"})
        env.user.company_ids |= cls.company_a | cls.company_b
        cls.customer = env["res.partner"].create({"name": "Alpen Bau AG", "is_company": True})
        cls.contact = env["res.partner"].create(
            {"name": "Anna Muster", "parent_id": cls.customer.id, "type": "contact"}
        )
        # pays company B late only
        cls.customer_b = env["res.partner"].create({"name": "Bergsicht GmbH", "is_company": True})
        Risk = env["fincycle.partner.risk"]
        cls.risk_a = Risk.create(
            {"partner_id": cls.customer.id, "company_id": cls.company_a.id, "score": 80}
        )
        Risk.create({"partner_id": cls.customer_b.id, "company_id": cls.company_b.id, "score": 95})
        cls.product = env["product.product"].create(
            {"name": "Audit", "type": "service", "list_price": 100}
        )
        (cls.company_a | cls.company_b).write({"risk_threshold": 70, "risk_block": False})
        cls.salesman = cls._user("quote_salesman", "sales_team.group_sale_salesman", cls.company_a)
        cls.sales_manager = cls._user(
            "quote_sales_manager", "sales_team.group_sale_manager", cls.company_a
        )
        cls.accounting_manager = cls._user(
            "quote_account_manager",
            "sales_team.group_sale_salesman,account.group_account_manager",
            cls.company_a,
        )

    @classmethod
    def _user(cls, login, groups, company):
        return new_test_user(
            cls.env,
            login=login,
            groups=groups,
            company_id=company.id,
            company_ids=[Command.set(company.ids)],
        )

    def _quote(self, partner, company=None, user=None):
        company = company or self.company_a
        return (
            self.env["sale.order"]
            .with_company(company)
            .create(
                {
                    "partner_id": partner.id,
                    "company_id": company.id,
                    "user_id": (user or self.salesman).id,
                    "order_line": [Command.create({"product_id": self.product.id})],
                }
            )
        )

    def test_warning_around_the_threshold(self):
        quote = self._quote(self.contact)  # the contact's company is scored
        self.assertEqual(quote.partner_risk_score, 80)
        self.assertTrue(quote.partner_risk_warning)
        self.company_a.risk_threshold = 80
        quote.invalidate_recordset()
        self.assertTrue(quote.partner_risk_warning, "at the threshold")
        self.company_a.risk_threshold = 81
        quote.invalidate_recordset()
        self.assertFalse(quote.partner_risk_warning, "below the threshold")
        self.assertEqual(quote.partner_risk_score, 80)
        # 0: never, even for a customer never scored (0 >= 0)
        self.company_a.risk_threshold = 0
        quote.invalidate_recordset()
        self.assertFalse(quote.partner_risk_warning)
        unscored = self._quote(self.env["res.partner"].create({"name": "Neu AG"}))
        self.assertEqual(unscored.partner_risk_score, 0)
        self.assertFalse(unscored.partner_risk_warning)
        # the banner is on the quotation form, for quotes only
        arch = self.env["sale.order"].get_views([(False, "form")])["views"]["form"]["arch"]
        self.assertIn("state not in ('draft', 'sent')", arch)
        self.assertIn('name="partner_risk_score"', arch)

    def test_another_companys_risk_is_not_used(self):
        quote_a = self._quote(self.customer_b)
        self.assertEqual(quote_a.partner_risk_score, 0)
        self.assertFalse(quote_a.partner_risk_warning)
        # the order's company counts, not the user's current one
        quote_a.invalidate_recordset()
        self.assertEqual(quote_a.with_company(self.company_b).partner_risk_score, 0)
        quote_b = self._quote(self.customer_b, company=self.company_b, user=self.env.user)
        self.assertEqual(quote_b.partner_risk_score, 95)
        self.assertTrue(quote_b.partner_risk_warning)
        self.assertEqual(self._quote(self.customer, company=self.company_b).partner_risk_score, 0)

    def test_block_for_a_salesman_not_for_managers(self):
        self.company_a.risk_block = True
        quote = self._quote(self.contact)
        with self.assertRaises(UserError) as error:
            quote.with_user(self.salesman).action_confirm()
        self.assertIn("Alpen Bau AG", str(error.exception))
        self.assertIn("80", str(error.exception))
        self.assertIn("70", str(error.exception))
        self.assertEqual(quote.state, "draft")
        quote.with_user(self.sales_manager).action_confirm()
        self.assertEqual(quote.state, "sale")
        other = self._quote(self.customer, user=self.accounting_manager)
        other.with_user(self.accounting_manager).action_confirm()
        self.assertEqual(other.state, "sale")
        # the system (portal signature, online payment) confirms as superuser
        third = self._quote(self.customer)
        third.sudo().action_confirm()
        self.assertEqual(third.state, "sale")
        # below the threshold the salesman confirms
        self.company_a.risk_threshold = 81
        fourth = self._quote(self.customer)
        fourth.with_user(self.salesman).action_confirm()
        self.assertEqual(fourth.state, "sale")

    def test_block_message_in_the_users_language(self):
        self.env["res.lang"]._activate_lang("fr_FR")
        self.env["ir.module.module"]._load_module_terms(["sale_credit_control_fincycle"], ["fr_FR"])
        self.salesman.lang = "fr_FR"
        self.company_a.risk_block = True
        quote = self._quote(self.customer)
        as_salesman = quote.with_user(self.salesman).with_context(lang=self.salesman.lang)
        with self.assertRaisesRegex(UserError, "risque de paiement de 80 \\(seuil 70\\)"):
            as_salesman.action_confirm()

    def test_no_block_when_off(self):
        quote = self._quote(self.customer)
        self.assertTrue(quote.partner_risk_warning)
        quote.with_user(self.salesman).action_confirm()
        self.assertEqual(quote.state, "sale")

    def test_salesman_cannot_read_another_companys_risk_through_the_order(self):
        quote_b = self._quote(self.customer_b, company=self.company_b, user=self.salesman)
        self.assertEqual(quote_b.partner_risk_score, 95)
        quote_b.invalidate_recordset()
        with self.assertRaises(AccessError):
            quote_b.with_user(self.salesman).read(["partner_risk_score"])
        self.assertFalse(
            self.env["sale.order"].with_user(self.salesman).search([("id", "=", quote_b.id)])
        )
        with self.assertRaises(AccessError):
            self.env["fincycle.partner.risk"].with_user(self.salesman).search([])
        # his own company's quote shows that company's score only
        quote_a = self._quote(self.customer_b).with_user(self.salesman)
        self.assertEqual(quote_a.partner_risk_score, 0)
