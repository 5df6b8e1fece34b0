# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64
from datetime import date
from unittest.mock import patch

from lxml import etree

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from fincycle.vat import ech0217

from .common import VatReturnCommon

NS = {"e": ech0217.NS_0217}


@tagged("post_install", "-at_install")
class TestVatReturnCh(VatReturnCommon):
    """Q1 2025 of a Swiss company, boxes computed by hand:

    ======================================  =========  ====================
    document                                net        boxes
    ======================================  =========  ====================
    invoice 8.1 %                           10,000.00  303: +10,000
    invoice 2.6 %                            2,000.00  313: +2,000
    export invoice 0 % EX                    5,000.00  220: 5,000
    credit note 8.1 %                        1,000.00  303: -1,000
    bill 8.1 % material and services         3,000.00  400: 243.00
    bill 8.1 % investments                   1,000.00  405: 81.00
    ======================================  =========  ====================

    303 = 9,000; 313 = 2,000; 289 = 220 = 5,000; 200 = 9,000 + 2,000 + 5,000 = 16,000;
    299 = 11,000; 399 = 9,000 x 8.1 % + 2,000 x 2.6 % = 729 + 52 = 781; 479 = 243 + 81 = 324;
    500 = 781 - 324 = 457.00.
    """

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = cls._company("Seeblick Treuhand AG", "CH", "ch", vat="CHE-100.000.006 MWST")
        cls.other = cls._company("Andere GmbH", "CH")
        cls.customer = cls._partner("Kunde AG", "CH")
        cls.foreign = cls._partner("Client SARL", "FR")
        cls.supplier = cls._partner("Lieferant AG", "CH")
        tax = lambda xmlid: cls._tax(cls.company, xmlid)  # noqa: E731
        cls.sale_81, cls.sale_26, cls.export = tax("vat_sale_81"), tax("vat_sale_26"), tax("vat_XO")
        cls.buy_81, cls.invest_81 = tax("vat_purchase_81"), tax("vat_purchase_81_invest")
        cls.sale_77 = tax("vat_77")
        move = cls._move
        c = cls.company
        cls.invoice = move(
            c, "out_invoice", date(2025, 1, 15), [(10000, cls.sale_81)], cls.customer
        )
        move(c, "out_invoice", date(2025, 2, 10), [(2000, cls.sale_26)], cls.customer)
        move(c, "out_invoice", date(2025, 2, 20), [(5000, cls.export)], cls.foreign)
        move(c, "out_refund", date(2025, 3, 5), [(1000, cls.sale_81)], cls.customer)
        move(c, "in_invoice", date(2025, 3, 10), [(3000, cls.buy_81)], cls.supplier)
        move(c, "in_invoice", date(2025, 3, 12), [(1000, cls.invest_81)], cls.supplier)
        # outside the quarter: not in the return
        move(c, "out_invoice", date(2025, 4, 1), [(700, cls.sale_81)], cls.customer)
        cls.accountant = cls._user("ch_vat_accountant", "account.group_account_manager", c)

    def _return(self, **values):
        return (
            self.env["account.vat.return"]
            .with_user(self.accountant)
            .create(
                {
                    "company_id": self.company.id,
                    "country_code": "CH",
                    "date_from": date(2025, 1, 1),
                    "date_to": date(2025, 3, 31),
                }
                | values
            )
        )

    def _boxes(self, vat_return):
        return {line.box: line.amount for line in vat_return.line_ids}

    def test_figures_check_file_xml(self):
        vat_return = self._return()
        vat_return.action_compute()
        boxes = self._boxes(vat_return)
        expected = {
            "200": 16000.0,
            "220": 5000.0,
            "289": 5000.0,
            "299": 11000.0,
            "303": 9000.0,
            "313": 2000.0,
            "399": 781.0,
            "400": 243.0,
            "405": 81.0,
            "479": 324.0,
            "500": 457.0,
            "510": 0.0,
        }
        self.assertEqual({box: boxes[box] for box in expected}, expected)
        tax_303 = vat_return.line_ids.filtered(lambda line: line.box == "303").tax_amount
        self.assertEqual(tax_303, 729.0)
        self.assertEqual(vat_return.amount_payable, 457.0)

        # drill-down: the items behind 303 are the two 8.1 % documents' base and tax lines
        action = vat_return.line_ids.filtered(lambda line: line.box == "303").action_open_items()
        items = self.env["account.move.line"].search(action["domain"])
        self.assertEqual(len(items.move_id), 2)
        self.assertEqual(sum(items.mapped("balance")), -(9000 + 729))

        vat_return.action_check()
        self.assertEqual(vat_return.state, "checked", vat_return.check_ids.mapped("message"))
        accounts = vat_return.check_ids.filtered(lambda c: c.code == "ACCOUNTS_MATCH")
        self.assertTrue(accounts)
        self.assertFalse(vat_return.check_ids.filtered(lambda c: c.severity == "error"))

        action = vat_return.action_build_ech0217()
        self.assertEqual(action["type"], "ir.actions.act_url")
        xml = base64.b64decode(vat_return.ech_file)
        self.assertEqual(ech0217.validate_xsd(xml), [])
        root = etree.fromstring(xml)
        self.assertEqual(root.findtext(".//e:uid", namespaces=NS), "CHE100000006")
        self.assertEqual(root.findtext(".//e:totalConsideration", namespaces=NS), "16000.00")
        self.assertEqual(root.findtext(".//e:suppliesToForeignCountries", namespaces=NS), "5000.00")
        rows = {
            row.findtext("e:taxRate", namespaces=NS): row.findtext("e:turnover", namespaces=NS)
            for row in root.iterfind(".//e:suppliesPerTaxRate", namespaces=NS)
        }
        self.assertEqual(rows, {"8.1": "9000.00", "2.6": "2000.00"})
        self.assertEqual(root.findtext(".//e:inputTaxMaterialAndServices", namespaces=NS), "243.00")
        self.assertEqual(root.findtext(".//e:inputTaxInvestments", namespaces=NS), "81.00")
        self.assertEqual(root.findtext(".//e:payableTax", namespaces=NS), "457.00")

        fiscal_lock = self.company.fiscalyear_lock_date
        vat_return.action_file()
        self.assertEqual(vat_return.state, "filed")
        self.assertEqual(self.company.tax_lock_date, date(2025, 3, 31))
        self.assertEqual(self.company.fiscalyear_lock_date, fiscal_lock)
        with self.assertRaises(UserError):
            vat_return.write({"date_to": date(2025, 6, 30)})
        with self.assertRaises(UserError):
            vat_return.unlink()
        # the filed period is locked for taxes: the invoice cannot be changed back
        with self.assertRaises(UserError):
            self.invoice.button_draft()

    def test_xsd_failure_offers_no_file(self):
        vat_return = self._return()
        vat_return.action_check()
        with patch.object(ech0217, "build_xml", return_value=b"<VATDeclaration/>"):
            self.assertFalse(vat_return.action_build_ech0217())
        self.assertFalse(vat_return.ech_file)
        self.assertTrue(vat_return.ech_messages)
        # a wrong UID is refused before the schema
        # base_vat refuses the number on the form: write it below the ORM, as an import would
        self.env.cr.execute(
            "UPDATE res_partner SET vat = 'CHE-100.000.007 MWST' WHERE id = %s",
            (self.company.partner_id.id,),
        )
        self.company.partner_id.invalidate_recordset(["vat"])
        self.company.invalidate_recordset(["vat"])
        self.assertFalse(vat_return.action_build_ech0217())
        self.assertFalse(vat_return.ech_file)
        self.assertIn("CHE-100.000.007", vat_return.ech_messages)

    def test_adjustment_needs_reason_and_moves_totals(self):
        vat_return = self._return(ch_various_deduction_description="Land value")
        Adjustment = self.env["account.vat.return.adjustment"].with_user(self.accountant)
        with self.assertRaises(ValidationError):
            Adjustment.create(
                {"return_id": vat_return.id, "box": "ch_280", "amount": 100, "reason": "  "}
            )
        with self.assertRaises(ValidationError):
            Adjustment.create(
                {"return_id": vat_return.id, "box": "fr_08", "amount": 100, "reason": "x"}
            )
        Adjustment.create(
            {"return_id": vat_return.id, "box": "ch_280", "amount": 100, "reason": "Land value"}
        )
        vat_return.action_compute()
        boxes = self._boxes(vat_return)
        self.assertEqual((boxes["280"], boxes["289"], boxes["200"]), (100.0, 5100.0, 16100.0))
        self.assertEqual(boxes["299"], 11000.0)
        line = vat_return.line_ids.filtered(lambda line: line.box == "280")
        self.assertEqual((line.computed_amount, line.adjustment_amount), (0.0, 100.0))
        vat_return.action_check()
        self.assertEqual(vat_return.state, "checked")
        with self.assertRaises(UserError):
            vat_return.adjustment_ids.amount = 5
        vat_return.action_build_ech0217()
        xml = base64.b64decode(vat_return.ech_file)
        self.assertIn(b"Land value", xml)

    def test_draft_in_period_blocks(self):
        draft = self._move(
            self.company,
            "out_invoice",
            date(2025, 2, 2),
            [(50, self.sale_81)],
            self.customer,
            False,
        )
        vat_return = self._return()
        vat_return.action_check()
        self.assertEqual(vat_return.state, "draft")
        check = vat_return.check_ids.filtered(lambda c: c.code == "DRAFT_MOVES")
        self.assertEqual(check.severity, "error")
        action = check.action_open()
        self.assertEqual(self.env["account.move"].search(action["domain"]), draft)

    def test_old_rate_on_new_supply_warns(self):
        """7.7 % on a supply of 2025 is a rate of an earlier period (a warning: right only for
        work done before 2024); 7.7 % on 2023 work billed in 2025 is fine."""
        old_work = self._move(
            self.company,
            "out_invoice",
            date(2025, 1, 20),
            [(100, self.sale_77)],
            self.customer,
            taxable_supply_date=date(2023, 12, 15),
        )
        vat_return = self._return()
        vat_return.action_check()
        self.assertFalse(vat_return.check_ids.filtered(lambda c: c.code.startswith("RATE_")))
        vat_return.action_reset_draft()
        old_work.button_draft()
        old_work.taxable_supply_date = date(2025, 1, 10)
        old_work.action_post()
        vat_return.action_check()
        check = vat_return.check_ids.filtered(lambda c: c.code == "RATE_PREVIOUS_PERIOD")
        self.assertEqual(check.severity, "warning")
        self.assertIn("7.7", check.message)
        self.assertEqual(self._boxes(vat_return)["302"], 100.0)

    def test_overlap_and_bad_period(self):
        self._return()
        with self.assertRaises(ValidationError):
            self._return(date_from=date(2025, 3, 1), date_to=date(2025, 5, 31))
        with self.assertRaises(Exception):  # noqa: B017 - the SQL constraint
            with self.env.cr.savepoint():
                self._return(date_from=date(2025, 9, 30), date_to=date(2025, 7, 1))

    def test_access(self):
        vat_return = self._return()
        other_accountant = self._user(
            "ch_other_accountant", "account.group_account_manager", self.other
        )
        returns = self.env["account.vat.return"].with_user(other_accountant)
        self.assertFalse(returns.search([]))
        with self.assertRaises(AccessError):
            vat_return.with_user(other_accountant).read(["name"])
        with self.assertRaises(AccessError):
            returns.create(
                {
                    "company_id": self.company.id,
                    "country_code": "CH",
                    "date_from": "2025-04-01",
                    "date_to": "2025-06-30",
                }
            )
        clerk = self._user("ch_clerk", "account.group_account_invoice", self.company)
        with self.assertRaises(AccessError):
            vat_return.with_user(clerk).read(["name"])
        with self.assertRaises(AccessError):
            self.env["account.vat.return"].with_user(clerk).create(
                {
                    "company_id": self.company.id,
                    "country_code": "CH",
                    "date_from": "2025-04-01",
                    "date_to": "2025-06-30",
                }
            )

    def test_boxes_and_checks_in_german(self):
        self.env["res.lang"]._activate_lang("de_DE")
        self.env["ir.module.module"]._load_module_terms(
            ["account_vat_return_fincycle"], ["de_DE"], overwrite=True
        )
        self._move(
            self.company,
            "out_invoice",
            date(2025, 2, 2),
            [(50, self.sale_81)],
            self.customer,
            False,
        )
        self.env = self.env(context=dict(self.env.context, lang="de_DE"))
        vat_return = self._return()
        vat_return.action_check()
        line = vat_return.line_ids.filtered(lambda line: line.box == "400")
        self.assertEqual(line.name, "Vorsteuer auf Material- und Dienstleistungsaufwand")
        check = vat_return.check_ids.filtered(lambda c: c.code == "DRAFT_MOVES")
        self.assertIn("Buchungen im Entwurf", check.message)

    def test_closing_entry_with_rounding_line(self):
        """Three invoices of 0.10 at 8.1 % book 0.01 tax each (0.03); the ESTV computes
        0.30 x 8.1 % = 0.02: the closing entry needs a rounding line of 0.01."""
        for day in (4, 5, 6):
            self._move(
                self.company,
                "out_invoice",
                date(2025, 3, day),
                [(0.10, self.sale_81)],
                self.customer,
            )
        vat_return = self._return()
        vat_return.action_check()
        boxes = self._boxes(vat_return)
        self.assertEqual((boxes["303"], boxes["399"], boxes["500"]), (9000.30, 781.02, 457.02))
        difference = vat_return.check_ids.filtered(lambda c: c.code == "ACCOUNTS_DIFFERENCE")
        self.assertEqual(difference.difference, 0.01)
        self.assertEqual(difference.severity, "warning")
        vat_return.action_file()
        # neither a setting nor the chart's cash difference accounts: the user must choose
        company = self.company
        fallbacks = (
            company.default_cash_difference_income_account_id,
            company.default_cash_difference_expense_account_id,
        )
        company.default_cash_difference_income_account_id = False
        company.default_cash_difference_expense_account_id = False
        with self.assertRaises(UserError):
            vat_return.action_create_closing_entry()
        self.assertFalse(vat_return.closing_move_id)
        company.default_cash_difference_income_account_id = fallbacks[0]
        company.default_cash_difference_expense_account_id = fallbacks[1]
        # the company's setting wins over the chart's default (4992)
        rounding = self.env["account.chart.template"].with_company(company).ref("ch_coa_3806")
        company.fincycle_vat_rounding_profit_account_id = rounding
        vat_return.action_create_closing_entry()
        move = vat_return.closing_move_id
        self.assertEqual(move.state, "posted")
        self.assertEqual(move.date, date(2025, 3, 31))
        by_code = {line.account_id.code: line.balance for line in move.line_ids}
        self.assertEqual(by_code["2200"], 781.03)  # 810 - 81 + 52 + 0.03
        self.assertEqual(by_code["1170"], -243.0)
        self.assertEqual(by_code["1171"], -81.0)
        self.assertEqual(by_code["2201"], -457.02)
        self.assertEqual(by_code[rounding.code], -0.01)
        with self.assertRaises(UserError):
            vat_return.action_create_closing_entry()  # only once

    def test_reverse_charge_accommodation_exempt(self):
        """On top of the quarter: accommodation 3.8 % on 1,000 (343: 1,000, tax 38), a supply
        excluded without option of 400 (230), services from abroad 2,000 under reverse charge
        (383: 2,000, acquisition tax 162, deducted again in 400).
        200 = 16,000 + 1,000 + 400 = 17,400; 289 = 5,400; 299 = 12,000;
        399 = 781 + 38 + 162 = 981; 400 = 243 + 162 = 405; 479 = 486; 500 = 495."""
        c = self.company
        self._move(
            c, "out_invoice", date(2025, 2, 3), [(1000, self._tax(c, "vat_sale_38"))], self.customer
        )
        self._move(
            c,
            "out_invoice",
            date(2025, 2, 4),
            [(400, self._tax(c, "vat_O_exclude"))],
            self.customer,
        )
        self._move(
            c,
            "in_invoice",
            date(2025, 3, 14),
            [(2000, self._tax(c, "vat_purchase_81_reverse"))],
            self.foreign,
        )
        vat_return = self._return()
        vat_return.action_check()
        self.assertEqual(vat_return.state, "checked", vat_return.check_ids.mapped("message"))
        boxes = self._boxes(vat_return)
        expected = {
            "200": 17400.0,
            "230": 400.0,
            "289": 5400.0,
            "299": 12000.0,
            "343": 1000.0,
            "383": 2000.0,
            "399": 981.0,
            "400": 405.0,
            "479": 486.0,
            "500": 495.0,
        }
        self.assertEqual({box: boxes[box] for box in expected}, expected)
        self.assertTrue(vat_return.check_ids.filtered(lambda c: c.code == "ACCOUNTS_MATCH"))
        vat_return.action_build_ech0217()
        root = etree.fromstring(base64.b64decode(vat_return.ech_file))
        acquisition = root.find(".//e:acquisitionTax", namespaces=NS)
        self.assertEqual(acquisition.findtext("e:taxRate", namespaces=NS), "8.1")
        self.assertEqual(acquisition.findtext("e:turnover", namespaces=NS), "2000.00")
        self.assertEqual(root.findtext(".//e:suppliesExemptFromTax", namespaces=NS), "400.00")
        self.assertEqual(root.findtext(".//e:payableTax", namespaces=NS), "495.00")

    def test_changed_after_check_goes_back_to_draft(self):
        vat_return = self._return()
        vat_return.action_check()
        self.assertEqual(vat_return.state, "checked")
        self._move(
            self.company, "out_invoice", date(2025, 3, 30), [(100, self.sale_81)], self.customer
        )
        vat_return.action_file()
        self.assertEqual(vat_return.state, "draft")
        self.assertEqual(vat_return.check_ids.code, "STALE")
        self.assertFalse(self.company.tax_lock_date)
        vat_return.action_check()
        self.assertEqual(self._boxes(vat_return)["303"], 9100.0)

    def test_filing_never_moves_a_lock_date_back(self):
        self.company.tax_lock_date = date(2025, 6, 30)
        vat_return = self._return()
        # the checks read the period; the lock date is later already
        vat_return.action_check()
        vat_return.action_file()
        self.assertEqual(vat_return.state, "filed")
        self.assertEqual(self.company.tax_lock_date, date(2025, 6, 30))

    def test_auditor_sees_no_return(self):
        vat_return = self._return()
        auditor = self._user("ch_auditor", "account.group_account_readonly", self.company)
        with self.assertRaises(AccessError):
            vat_return.with_user(auditor).read(["name"])
        vat_return.action_compute()
        with self.assertRaises(AccessError):
            vat_return.line_ids[:1].with_user(auditor).read(["amount"])
