# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64
from datetime import date

from lxml import etree

from odoo import Command
from odoo.exceptions import AccessError, ValidationError
from odoo.tests import tagged

from fincycle.vat import ech0217

from .common import VatReturnCommon

NS = {"e": ech0217.NS_0217}


@tagged("post_install", "-at_install")
class TestVatReturnChNetRate(VatReturnCommon):
    """A Swiss company under the net tax rate method, approved 6.2 % (activity 10101) and
    0.6 % for a second activity (20202, its sales taxed with a copy of the 8.1 % tax). The
    first half of 2025, by hand (gross turnover = base + VAT invoiced):

    ==========================================  ========  =====================================
    document                                    net       boxes
    ==========================================  ========  =====================================
    invoice 8.1 %                               10,000    323: +10,810
    invoice 2.6 %                                2,000    323: +2,052
    invoice 8.1 % (second activity)              5,000    333: +5,405
    export invoice 0 %                           3,000    220: 3,000
    credit note 8.1 %                            1,000    323: -1,081
    bill 8.1 %                                   3,000    input tax 243: not deducted
    services from abroad, reverse charge 8.1 %   2,000    383: 2,000 (input tax 162: idem)
    ==========================================  ========  =====================================

    323 = 11,781; 333 = 5,405; 289 = 220 = 3,000; 200 = 11,781 + 5,405 + 3,000 = 20,186;
    299 = 17,186; 399 = 11,781 x 6.2 % (730.42) + 5,405 x 0.6 % (32.43) + 2,000 x 8.1 % (162)
    = 924.85; 479 = 0; 500 = 924.85. Input tax booked: 243 + 162 = 405 (a warning).
    """

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = cls._company("Bergbeizli GmbH", "CH", "ch", vat="CHE-100.000.006 MWST")
        cls.other = cls._company("Talbeizli GmbH", "CH", "ch")
        cls.customer = cls._partner("Gast AG", "CH")
        cls.foreign = cls._partner("Client SARL", "FR")
        cls.supplier = cls._partner("Lieferant AG", "CH")
        tax = lambda xmlid: cls._tax(cls.company, xmlid)  # noqa: E731
        cls.sale_81 = tax("vat_sale_81")
        cls.second_81 = cls.sale_81.copy({"name": "8.1% Catering"})
        cls.company.write(
            {
                "fincycle_ch_vat_method": "net_tax_rate",
                "fincycle_ch_net_rate_1": 6.2,
                "fincycle_ch_net_activity_1": "10101",
                "fincycle_ch_net_rate_2": 0.6,
                "fincycle_ch_net_activity_2": "20202",
                "fincycle_ch_net_rate_2_tax_ids": [Command.set(cls.second_81.ids)],
            }
        )
        c, move = cls.company, cls._move
        move(c, "out_invoice", date(2025, 1, 15), [(10000, cls.sale_81)], cls.customer)
        move(c, "out_invoice", date(2025, 2, 10), [(2000, tax("vat_sale_26"))], cls.customer)
        cls.second_invoice = move(
            c, "out_invoice", date(2025, 3, 3), [(5000, cls.second_81)], cls.customer
        )
        move(c, "out_invoice", date(2025, 4, 20), [(3000, tax("vat_XO"))], cls.foreign)
        move(c, "out_refund", date(2025, 5, 5), [(1000, cls.sale_81)], cls.customer)
        move(c, "in_invoice", date(2025, 5, 10), [(3000, tax("vat_purchase_81"))], cls.supplier)
        move(
            c,
            "in_invoice",
            date(2025, 6, 14),
            [(2000, tax("vat_purchase_81_reverse"))],
            cls.foreign,
        )
        # outside the half year
        move(c, "out_invoice", date(2025, 7, 1), [(700, cls.sale_81)], cls.customer)
        cls.accountant = cls._user("ch_net_accountant", "account.group_account_manager", c)

    def _return(self, **values):
        return (
            self.env["account.vat.return"]
            .with_user(self.accountant)
            .create(
                {
                    "company_id": self.company.id,
                    "country_code": "CH",
                    "date_from": date(2025, 1, 1),
                    "date_to": date(2025, 6, 30),
                }
                | values
            )
        )

    def _boxes(self, vat_return):
        return {line.box: line.amount for line in vat_return.line_ids}

    def test_half_year_boxes_checks_xml_closing(self):
        vat_return = self._return()
        self.assertEqual(vat_return.ch_method, "net_tax_rate")
        self.assertEqual((vat_return.ch_net_rate_1, vat_return.ch_net_rate_2), (6.2, 0.6))
        vat_return.action_check()
        self.assertEqual(vat_return.state, "checked", vat_return.check_ids.mapped("message"))
        boxes = self._boxes(vat_return)
        expected = {
            "200": 20186.0,
            "220": 3000.0,
            "289": 3000.0,
            "299": 17186.0,
            "322": 0.0,
            "323": 11781.0,
            "332": 0.0,
            "333": 5405.0,
            "383": 2000.0,
            "399": 924.85,
            "470": 0.0,
            "471": 0.0,
            "479": 0.0,
            "500": 924.85,
            "510": 0.0,
        }
        self.assertEqual(boxes, boxes | expected)
        self.assertEqual(set(boxes), set(expected) | {"221", "225", "230", "235", "280"} | {
            "382", "900", "910"})  # fmt: skip
        self.assertNotIn("400", boxes)  # no input tax deduction boxes
        taxes = {line.box: line.tax_amount for line in vat_return.line_ids}
        self.assertEqual((taxes["323"], taxes["333"], taxes["383"]), (730.42, 32.43, 162.0))
        self.assertEqual(vat_return.amount_payable, 924.85)
        line_323 = vat_return.line_ids.filtered(lambda line: line.box == "323")
        self.assertEqual(line_323.name, "First net tax rate (supplies from 2024)")
        checks = {c.code: c for c in vat_return.check_ids}
        self.assertEqual(checks["INPUT_TAX_NOT_DEDUCTED"].severity, "warning")
        self.assertEqual(checks["INPUT_TAX_NOT_DEDUCTED"].data["amount"], "405.00")
        self.assertEqual(checks["NET_RATE_DIFFERENCE"].severity, "info")
        self.assertNotIn("ACCOUNTS_DIFFERENCE", checks)

        # drill-down: 333 holds the second activity's invoice only
        items = self.env["account.move.line"].search(
            vat_return.line_ids.filtered(lambda line: line.box == "333").action_open_items()[
                "domain"
            ]
        )
        self.assertEqual(items.move_id, self.second_invoice)
        self.assertEqual(sum(items.mapped("balance")), -5405.0)
        items = self.env["account.move.line"].search(line_323.action_open_items()["domain"])
        self.assertNotIn(self.second_invoice, items.move_id)
        self.assertEqual(sum(items.mapped("balance")), -11781.0)

        # 2025: the simple tax rate method of eCH-0217, rows by ESTV activity code
        vat_return.action_build_ech0217()
        xml = base64.b64decode(vat_return.ech_file)
        self.assertEqual(ech0217.validate_xsd(xml), [])
        root = etree.fromstring(xml)
        method = root.find("e:simpleTaxRateMethod", NS)
        self.assertIsNotNone(method)
        self.assertIsNone(root.find("e:effectiveReportingMethod", NS))
        rows = {
            row.findtext("e:activityID", namespaces=NS): (
                row.findtext("e:taxRate", namespaces=NS),
                row.findtext("e:turnover", namespaces=NS),
            )
            for row in method.iterfind("e:suppliesPerTaxRate", NS)
        }
        self.assertEqual(rows, {"10101": ("6.2", "11781.00"), "20202": ("0.6", "5405.00")})
        acquisition = method.find("e:acquisitionTax", NS)
        self.assertEqual(acquisition.findtext("e:turnover", namespaces=NS), "2000.00")
        self.assertEqual(root.findtext("e:turnoverComputation/e:totalConsideration",
                                       namespaces=NS), "20186.00")  # fmt: skip
        self.assertEqual(root.findtext("e:payableTax", namespaces=NS), "924.85")
        self.assertNotIn(b"inputTax", xml)

        vat_return.action_file()
        self.assertEqual(vat_return.state, "filed")
        self.assertEqual(self.company.tax_lock_date, date(2025, 6, 30))
        # closing: the VAT invoiced above the net-rate tax goes to the profit account
        vat_return.action_create_closing_entry()
        move = vat_return.closing_move_id
        self.assertEqual(move.state, "posted")
        by_code = {line.account_id.code: line for line in move.line_ids}
        self.assertEqual(by_code["2201"].balance, -924.85)
        # VAT accounts: 2200 1,186 (810 + 52 + 405 - 81), 1170 -243 (the reverse charge's
        # +162 / -162 cancel on it); 1,186 - 243 - 924.85 = 18.15 to the gain account of the
        # Swiss chart (cash difference gain, 4992)
        self.assertEqual(by_code["2200"].balance, 1186.0)
        self.assertEqual(by_code["1170"].balance, -243.0)
        self.assertEqual(by_code["4992"].balance, -18.15)
        self.assertEqual(by_code["4992"].name, "Net tax rate difference")

    def test_2024_half_year_net_tax_rate_method_element(self):
        """Until 2024 the file uses netTaxRateMethod; 2023 work at 7.7 % billed in 2024 goes to
        box 322 at the rung of 2023 (6.2 % then was 5.9 %): 1,077 x 5.9 % = 63.54; 1,081 x
        6.2 % = 67.02; 500 = 130.56."""
        c = self.company
        self._move(c, "out_invoice", date(2024, 2, 1), [(1000, self.sale_81)], self.customer)
        self._move(
            c,
            "out_invoice",
            date(2024, 1, 20),
            [(1000, self._tax(c, "vat_77"))],
            self.customer,
            taxable_supply_date=date(2023, 12, 15),
        )
        vat_return = self._return(date_from=date(2024, 1, 1), date_to=date(2024, 6, 30))
        vat_return.action_check()
        self.assertEqual(vat_return.state, "checked", vat_return.check_ids.mapped("message"))
        boxes = self._boxes(vat_return)
        self.assertEqual((boxes["322"], boxes["323"], boxes["500"]), (1077.0, 1081.0, 130.56))
        vat_return.action_build_ech0217()
        xml = base64.b64decode(vat_return.ech_file)
        self.assertEqual(ech0217.validate_xsd(xml), [])
        root = etree.fromstring(xml)
        rows = {
            row.findtext("e:taxRate", namespaces=NS): row.findtext("e:turnover", namespaces=NS)
            for row in root.iterfind("e:netTaxRateMethod/e:suppliesPerTaxRate", NS)
        }
        self.assertEqual(rows, {"5.9": "1077.00", "6.2": "1081.00"})
        self.assertEqual(root.findtext("e:payableTax", namespaces=NS), "130.56")

    def test_bad_periods_and_inputs_block(self):
        # a quarter is not a period of the method
        quarter = self._return(date_to=date(2025, 3, 31))
        quarter.action_check()
        self.assertEqual(quarter.state, "draft")
        check = quarter.check_ids.filtered(lambda c: c.code == "PERIOD_LENGTH")
        self.assertEqual(check.severity, "error")
        self.assertIn("3 months", check.message)
        quarter.unlink()
        # a period straddling 2025
        straddle = self._return(date_from=date(2024, 10, 1), date_to=date(2025, 3, 31))
        straddle.action_check()
        self.assertIn("METHOD_PERIOD", straddle.check_ids.mapped("code"))
        self.assertEqual(straddle.state, "draft")
        straddle.unlink()
        # no activity code from 2025; 470 cannot go into the 2025 file; 400 is no box here
        vat_return = self._return(ch_net_activity_2=False)
        Adjustment = self.env["account.vat.return.adjustment"].with_user(self.accountant)
        for box in ("ch_470", "ch_400"):
            Adjustment.create(
                {"return_id": vat_return.id, "box": box, "amount": 10, "reason": "test"}
            )
        vat_return.action_check()
        self.assertEqual(vat_return.state, "draft")
        errors = set(vat_return.check_ids.filtered(lambda c: c.severity == "error").mapped("code"))
        self.assertEqual(errors, {"ACTIVITY_ID", "CREDITS_NOT_IN_METHOD", "UNKNOWN_ADJUSTMENTS"})
        # rates not on the ESTV ladder, equal rates, activity codes of the wrong length
        for values in (
            {"ch_net_rate_1": 6.3},
            {"ch_net_rate_2": 6.2},
            {"ch_net_rate_1": 0.0},
            {"ch_net_activity_1": "1234"},
        ):
            with self.subTest(values=values), self.assertRaises(ValidationError):
                vat_return.write(values)
        with self.assertRaises(ValidationError):
            self.company.write({"fincycle_ch_net_rate_1": 7.0})
        with self.assertRaises(ValidationError):
            self.company.write({"fincycle_ch_net_activity_1": "123456"})
        # the effective method ignores the rates
        self.other.write({"fincycle_ch_vat_method": "effective", "fincycle_ch_net_rate_1": 0})

    def test_setting_kept_by_the_return(self):
        """The return keeps the method and rates it was made with."""
        vat_return = self._return()
        self.company.write({"fincycle_ch_vat_method": "effective"})
        self.assertEqual(vat_return.ch_method, "net_tax_rate")
        new = self._return(date_from=date(2025, 7, 1), date_to=date(2025, 9, 30))
        self.assertEqual(new.ch_method, "effective")
        new.action_compute()
        self.assertIn("400", new.line_ids.mapped("box"))

    def test_other_company_cannot_read_or_file(self):
        vat_return = self._return()
        vat_return.action_check()
        outsider = self._user("ch_net_outsider", "account.group_account_manager", self.other)
        with self.assertRaises(AccessError):
            vat_return.with_user(outsider).read(["ch_net_rate_1"])
        with self.assertRaises(AccessError):
            vat_return.with_user(outsider).action_file()
        with self.assertRaises(AccessError):
            vat_return.with_user(outsider).action_build_ech0217()
        self.assertEqual(vat_return.state, "checked")
        self.assertFalse(self.company.tax_lock_date)
        # an accountant does not change the company's method (company settings: admins)
        with self.assertRaises(AccessError):
            self.company.with_user(self.accountant).write({"fincycle_ch_net_rate_1": 0.6})

    def test_boxes_and_checks_in_german_and_french(self):
        for lang in ("de_DE", "fr_FR"):
            self.env["res.lang"]._activate_lang(lang)
        self.env["ir.module.module"]._load_module_terms(
            ["account_vat_return_fincycle"], ["de_DE", "fr_FR"], overwrite=True
        )
        vat_return = self._return()
        vat_return.action_check()
        german = vat_return.with_context(lang="de_DE")
        line = german.line_ids.filtered(lambda line: line.box == "333")
        self.assertEqual(line.name, "Zweiter Saldosteuersatz (Leistungen ab 2024)")
        check = german.check_ids.filtered(lambda c: c.code == "INPUT_TAX_NOT_DEDUCTED")
        self.assertIn("Saldosteuersatzmethode", check.message)
        french = vat_return.with_context(lang="fr_FR")
        line = french.line_ids.filtered(lambda line: line.box == "200")
        self.assertIn("TVA comprise (brut)", line.name)

    def test_turnover_above_the_method_limit_warns(self):
        """On top of the half year, 2,400,000 at 8.1 % (gross 2,594,400): 299 = 2,611,586,
        5,223,172 a year (limit 5,024,000): a warning, the return still checks."""
        self._move(
            self.company, "out_invoice", date(2025, 6, 20), [(2400000, self.sale_81)], self.customer
        )
        vat_return = self._return()
        vat_return.action_check()
        check = vat_return.check_ids.filtered(lambda c: c.code == "NET_RATE_LIMIT")
        self.assertEqual(check.severity, "warning")
        self.assertEqual(check.data["turnover"], "5223172.00")
        self.assertEqual(check.data["turnover_limit"], "5024000")
        self.assertIn("MWSTG Art. 37", check.message)
        self.assertEqual(vat_return.state, "checked")
