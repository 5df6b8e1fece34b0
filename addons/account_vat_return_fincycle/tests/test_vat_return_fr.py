# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64
from datetime import date

from odoo.exceptions import UserError
from odoo.tests import tagged

from .common import VatReturnCommon


@tagged("post_install", "-at_install")
class TestVatReturnFr(VatReturnCommon):
    """A French company: February leaves a credit, March uses it. Boxes by hand (whole euros):

    February: bill 10,000 at 20 % → 20 = 2,000; 23 = 2,000; 25 = 2,000; 27 = 2,000.

    March:

    ================================================  ======  ==========================
    document                                          net     boxes
    ================================================  ======  ==========================
    invoice 20 % (goods)                              1,000   A1, 08 +1,000
    invoice 10 %                                        500   A1, 9B +500
    invoice 5.5 %                                       200   A1, 09 +200
    export invoice                                    3,000   E1 3,000
    intra-EU delivery                                 2,000   F2 2,000
    credit note 20 %                                    100   A1, 08 -100
    services 20 % on payment, paid in March             500   A1, 08 +500 (cash basis)
    services 20 % on payment, unpaid                    300   none (not exigible)
    bill 20 %                                           400   20: 80
    intra-EU acquisition of goods 20 %                1,000   B2 1,000; 08 +1,000; 17 200;
                                                              20: +200
    ================================================  ======  ==========================

    A1 = 2,100; 08 = 2,400 → 480; 9B = 500 → 50; 09 = 200 → 11; 16 = 541;
    20 = 280; 22 = 2,000 (February's line 27); 23 = 2,280; 25 = 1,739; refund (3519)
    1,000 → 26 = 1,000; 27 = 739; TD = 28 = 32 = 0.
    """

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = cls._company("Atelier Paris SAS", "FR", "fr", vat="FR44732829320")
        cls.company.tax_exigibility = True
        customer = cls._partner("Client SARL", "FR")
        export = cls._partner("Kunde AG", "CH")
        eu = cls._partner("Kunde GmbH", "DE")
        supplier = cls._partner("Fournisseur SAS", "FR")
        tax = lambda xmlid: cls._tax(cls.company, xmlid)  # noqa: E731
        c, move = cls.company, cls._move
        move(c, "in_invoice", date(2025, 2, 10), [(10000, tax("tva_acq_normale"))], supplier)
        march = date(2025, 3, 10)
        move(c, "out_invoice", march, [(1000, tax("tva_normale"))], customer)
        move(c, "out_invoice", march, [(500, tax("tva_intermediaire"))], customer)
        move(c, "out_invoice", march, [(200, tax("tva_reduite"))], customer)
        move(c, "out_invoice", march, [(3000, tax("tva_sale_good_export_0"))], export)
        move(c, "out_invoice", march, [(2000, tax("tva_sale_good_intra_0"))], eu)
        move(c, "out_refund", march, [(100, tax("tva_normale"))], customer)
        services = tax("tva_normale_encaissement")
        cls.paid = move(c, "out_invoice", date(2025, 3, 3), [(500, services)], customer)
        cls.unpaid = move(c, "out_invoice", march, [(300, services)], customer)
        move(c, "in_invoice", march, [(400, tax("tva_acq_normale"))], supplier)
        move(c, "in_invoice", march, [(1000, tax("tva_intra_normale_biens"))], eu)
        cls.env["account.payment.register"].with_context(
            active_model="account.move", active_ids=cls.paid.ids
        ).create({"payment_date": date(2025, 3, 20)})._create_payments()
        cls.accountant = cls._user("fr_vat_accountant", "account.group_account_manager", c)

    def _return(self, month, last_day, **values):
        return (
            self.env["account.vat.return"]
            .with_user(self.accountant)
            .create(
                {
                    "company_id": self.company.id,
                    "country_code": "FR",
                    "date_from": date(2025, month, 1),
                    "date_to": date(2025, month, last_day),
                }
                | values
            )
        )

    def _boxes(self, vat_return):
        return {line.box: line.amount for line in vat_return.line_ids}

    def test_month_with_carry_over_and_refund(self):
        february = self._return(2, 28)
        february.action_check()
        self.assertEqual(february.state, "checked", february.check_ids.mapped("message"))
        boxes = self._boxes(february)
        self.assertEqual(
            (boxes["20"], boxes["23"], boxes["25"], boxes["27"]), (2000, 2000, 2000, 2000)
        )
        february.action_file()
        self.assertEqual(self.company.tax_lock_date, date(2025, 2, 28))

        march = self._return(3, 31, refund_requested=1000)
        march.action_compute()
        self.assertEqual(march.previous_return_id, february)
        self.assertEqual(march.carry_over_credit, 2000)
        boxes = self._boxes(march)
        expected = {
            "A1": 2100,
            "B2": 1000,
            "E1": 3000,
            "F2": 2000,
            "08": 2400,
            "9B": 500,
            "09": 200,
            "16": 541,
            "17": 200,
            "20": 280,
            "22": 2000,
            "23": 2280,
            "25": 1739,
            "TD": 0,
            "26": 1000,
            "27": 739,
            "28": 0,
            "32": 0,
        }
        self.assertEqual({box: boxes[box] for box in expected}, expected)
        taxes = {line.box: line.tax_amount for line in march.line_ids}
        self.assertEqual((taxes["08"], taxes["9B"], taxes["09"]), (480, 50, 11))
        edi = {line.edi_code: line.amount for line in march.line_ids if line.edi_code}
        self.assertEqual(
            {code: edi[code] for code in ("CA", "CC", "DA", "DC", "FP", "HD", "JB", "JC")},
            {
                "CA": 2100,
                "CC": 1000,
                "DA": 3000,
                "DC": 2000,
                "FP": 2400,
                "HD": 2000,
                "JB": 1000,
                "JC": 739,
            },
        )
        line_08 = march.line_ids.filtered(lambda line: line.box == "08")
        self.assertEqual(line_08.edi_tax_code, "GP")
        self.assertEqual(march._ca3_edi()["GP"], 480)

        march.action_check()
        self.assertEqual(march.state, "checked", march.check_ids.mapped("message"))
        codes = set(march.check_ids.mapped("code"))
        self.assertIn("NOT_YET_EXIGIBLE", codes)  # the unpaid on-payment services
        self.assertIn("ACCOUNTS_MATCH", codes, march.check_ids.mapped("message"))
        self.assertNotIn("UNTAGGED_TAX_ITEMS", codes)
        pending = march.check_ids.filtered(lambda c: c.code == "NOT_YET_EXIGIBLE").action_open()
        self.assertEqual(
            self.env["account.move.line"].search(pending["domain"]).move_id, self.unpaid
        )
        march.action_build_ca3()
        csv_rows = base64.b64decode(march.ca3_file).decode().split("\r\n")
        self.assertEqual(
            csv_rows[:4],
            ["header;edi_code;value", "regime;;normal_monthly", "period_from;;20250301",
             "period_to;;20250331"],
        )  # fmt: skip
        self.assertIn("nil_return;KF;0", csv_rows)
        self.assertIn("refund_3519;JB;1", csv_rows)
        self.assertIn("annex_3310_tic;;0", csv_rows)
        self.assertEqual(
            csv_rows[csv_rows.index("") + 1], "box;label;edi_code;amount;edi_tax_code;tax"
        )
        self.assertIn("08;Normal rate 20 %;FP;2400;GP;480", csv_rows)
        self.assertIn("26;Refund requested (form 3519);JB;1000;;", csv_rows)
        march.action_file()
        self.assertEqual(self.company.tax_lock_date, date(2025, 3, 31))
        self.assertFalse(self.company.fiscalyear_lock_date)

    def test_refund_above_credit_blocks(self):
        march = self._return(3, 31, refund_requested=5000)
        march.action_check()
        self.assertEqual(march.state, "draft")
        check = march.check_ids.filtered(lambda c: c.code == "REFUND_ABOVE_CREDIT")
        self.assertEqual(check.severity, "error")

    def test_adjustment_on_box_odoo_does_not_feed(self):
        march = self._return(3, 31)
        self.env["account.vat.return.adjustment"].with_user(self.accountant).create(
            {"return_id": march.id, "box": "fr_29", "amount": 120.4, "reason": "Annex 3310-A"}
        )
        march.action_compute()
        boxes = self._boxes(march)
        self.assertEqual(boxes["29"], 120)
        # no carry-over (nothing filed before): 23 = 280, 16 = 541 → TD 261; 32 = 261 + 120
        self.assertEqual((boxes["22"], boxes["TD"], boxes["32"]), (0, 261, 381))
        with self.assertRaises(UserError):
            march.action_file()  # not checked
