# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""A VAT table with rows of both signs (a till receipt's deposit refund) becomes lines of both
signs: the bill keeps the receipt's net, VAT and total."""

from decimal import Decimal

from odoo.tests import TransactionCase, tagged

from fincycle.extraction.model import Extraction, TaxLine

from .common import CaptureCase


@tagged("post_install", "-at_install")
class TestSignedVatRows(CaptureCase, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_capture()
        cls.decoder = cls.env["account.invoice.capture.decoder"]

    def test_deposit_refund_row_becomes_a_negative_line(self):
        ext = Extraction()
        for name, value in (
            ("vendor_name", self.vendor.name),
            ("currency", "CHF"),
            ("amount_untaxed", Decimal("8.00")),
            ("amount_tax", Decimal("0.65")),
            ("amount_total", Decimal("8.65")),
        ):
            ext.set(name, value, 0.95, "text")
        # 8.1 %: 10.00 sold, 0.81 VAT; 2.00 of deposit given back, -0.16 VAT
        ext.taxes = [
            TaxLine(Decimal("8.1"), Decimal("10.00"), Decimal("0.81")),
            TaxLine(Decimal("8.1"), Decimal("-2.00"), Decimal("-0.16")),
        ]
        bill = self.env["account.move"].create(
            {"move_type": "in_invoice", "company_id": self.company.id, "partner_id": self.vendor.id}
        )
        self.decoder._fill_lines(bill, ext, self.vendor)
        self.assertEqual(sorted(bill.invoice_line_ids.mapped("price_subtotal")), [-2.0, 10.0])
        self.assertEqual(bill.invoice_line_ids.tax_ids, self.taxes["8.1"])
        self.assertAlmostEqual(bill.amount_untaxed, 8.0, places=2)
        self.assertAlmostEqual(bill.amount_tax, 0.65, places=2)
        self.assertAlmostEqual(bill.amount_total, 8.65, places=2)
