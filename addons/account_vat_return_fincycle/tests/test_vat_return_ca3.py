# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64
from datetime import date

from psycopg2 import IntegrityError

from odoo.exceptions import AccessError
from odoo.tests import tagged
from odoo.tools import mute_logger

from .common import VatReturnCommon


@tagged("post_install", "-at_install")
class TestVatReturnCa3Header(VatReturnCommon):
    """The CA3 header on the return (regime, flags, TIC), written into the CA3 file, and the
    rounding line of the closing entry on the French chart's 758 / 658 by default.

    April: one invoice of 1,000.40 at 20 % (tax booked 200.08). Line 08 = 1,000 (whole
    euros) → tax 200; 16 = 200; TD = 200; TIC: X5 = 30 offset → 28 = 170; Z5 = 12 → 32 = 182.
    The VAT account 44571 holds 200.08: the closing entry puts 0.08 on 758000."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = cls._company("Atelier Nantes SAS", "FR", "fr", vat="FR44732829320")
        cls.other = cls._company("Atelier Brest SAS", "FR", "fr")
        customer = cls._partner("Client SARL", "FR")
        cls._move(
            cls.company,
            "out_invoice",
            date(2025, 4, 10),
            [(1000.40, cls._tax(cls.company, "tva_normale"))],
            customer,
        )
        cls.accountant = cls._user("ca3_accountant", "account.group_account_manager", cls.company)
        cls.outsider = cls._user("ca3_outsider", "account.group_account_manager", cls.other)

    def _return(self, user=None, **values):
        return (
            self.env["account.vat.return"]
            .with_user(user or self.accountant)
            .create(
                {
                    "company_id": self.company.id,
                    "country_code": "FR",
                    "date_from": date(2025, 4, 1),
                    "date_to": date(2025, 4, 30),
                }
                | values
            )
        )

    def test_header_in_file_tic_and_rounding_account(self):
        vat_return = self._return(
            fr_group_member=True, fr_payment_by_offset=True, fr_tic_offset=30, fr_tic_due=12
        )
        self.assertEqual(vat_return.fr_regime, "normal_monthly")
        vat_return.action_check()
        self.assertEqual(vat_return.state, "checked", vat_return.check_ids.mapped("message"))
        boxes = {line.box: line.amount for line in vat_return.line_ids}
        self.assertEqual((boxes["08"], boxes["16"], boxes["TD"]), (1000, 200, 200))
        self.assertEqual((boxes["28"], boxes["32"]), (170, 182))
        vat_return.action_build_ca3()
        rows = base64.b64decode(vat_return.ca3_file).decode().split("\r\n")
        header = rows[: rows.index("")]
        self.assertEqual(
            header,
            [
                "header;edi_code;value",
                "regime;;normal_monthly",
                "period_from;;20250401",
                "period_to;;20250430",
                "nil_return;KF;0",
                "group_member;HJ;1",
                "single_taxpayer_representative;LS;0",
                "payment_by_offset;BB;1",
                "express_mention;BC;0",
                "paid_leave_instalment;AA;0",
                "other;AC;0",
                "refund_3519;JB;0",
                "annex_3310_a;KB;0",
                "annex_3310_tic;;1",
            ],
        )
        self.assertIn("08;Normal rate 20 %;FP;1000;GP;200", rows)
        vat_return.action_file()
        vat_return.action_create_closing_entry()
        move = vat_return.closing_move_id
        by_code = {line.account_id.with_company(self.company).code: line for line in move.line_ids}
        self.assertEqual(by_code["758000"].balance, -0.08)
        self.assertEqual(by_code["758000"].name, "VAT rounding")
        self.assertAlmostEqual(sum(move.line_ids.mapped("balance")), 0, places=2)

    def test_quarter_and_bad_flags(self):
        quarter = self._return(date_from=date(2025, 4, 1), date_to=date(2025, 6, 30))
        self.assertEqual(quarter.fr_regime, "normal_quarterly")
        quarter.fr_regime = "normal_monthly"
        quarter.fr_nil_return = True  # but box 08 is not zero
        quarter.action_check()
        self.assertEqual(quarter.state, "draft")
        checks = {c.code: c.severity for c in quarter.check_ids}
        self.assertEqual(checks["NIL_RETURN_NOT_NIL"], "error")
        self.assertEqual(checks["PERIOD_REGIME"], "warning")
        message = quarter.check_ids.filtered(lambda c: c.code == "NIL_RETURN_NOT_NIL").message
        self.assertIn("08", message)
        # a CA3 file only from a checked return
        with self.assertRaises(Exception):  # noqa: B017 - UserError
            quarter.action_build_ca3()
        with self.assertRaises(ValueError):
            quarter.fr_regime = "simplified"
        for field in ("fr_tic_offset", "fr_tic_due", "refund_requested"):
            with (
                self.subTest(field=field),
                self.assertRaises(IntegrityError),
                mute_logger("odoo.sql_db"),
                self.env.cr.savepoint(),
            ):
                quarter.write({field: -1})
                quarter.flush_recordset()

    def test_other_company_cannot_read_or_file(self):
        vat_return = self._return()
        vat_return.action_check()
        with self.assertRaises(AccessError):
            vat_return.with_user(self.outsider).read(["fr_nil_return"])
        with self.assertRaises(AccessError):
            vat_return.with_user(self.outsider).action_file()
        with self.assertRaises(AccessError):
            vat_return.with_user(self.outsider).action_build_ca3()
        with self.assertRaises(AccessError):
            vat_return.with_user(self.outsider).write({"fr_group_member": True})
        self.assertEqual(vat_return.state, "checked")
        self.assertFalse(self.company.tax_lock_date)
        with self.assertRaises(AccessError):
            self._return(user=self.outsider, date_from=date(2025, 5, 1), date_to=date(2025, 5, 31))
