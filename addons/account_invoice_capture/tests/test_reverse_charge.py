# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""A bill whose VAT is the buyer's to declare (reverse charge, intra-EU supply) gets the
company's self-assessing purchase tax, not a bare 0 % line."""

from decimal import Decimal

from odoo import Command
from odoo.tests import TransactionCase, tagged

from fincycle.extraction.model import Extraction, TaxLine

from .common import CaptureCase


@tagged("post_install", "-at_install")
class TestReverseCharge(CaptureCase, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._setup_capture()
        cls.decoder = cls.env["account.invoice.capture.decoder"]
        group = cls.taxes["8.1"].tax_group_id
        cls.self_assessing = {
            scope: cls._self_assessing_tax(group, scope) for scope in ("service", "consu")
        }
        cls.foreign = cls.env["res.partner"].create(
            {"name": "Wiener Software GmbH", "is_company": True, "vat": "ATU13585627"}
        )

    @classmethod
    def _self_assessing_tax(cls, group, scope):
        account = cls.env["account.account"].search(
            [
                *cls.env["account.account"]._check_company_domain(cls.company),
                ("account_type", "=", "liability_current"),
            ],
            limit=1,
        )
        lines = [
            Command.create({"repartition_type": "base"}),
            Command.create({"repartition_type": "tax", "factor_percent": 100}),
            Command.create(
                {"repartition_type": "tax", "factor_percent": -100, "account_id": account.id}
            ),
        ]
        return cls.env["account.tax"].create(
            {
                "name": f"Reverse charge 8.1 % {scope}",
                "amount": 8.1,
                "amount_type": "percent",
                "type_tax_use": "purchase",
                "tax_scope": scope,
                "company_id": cls.company.id,
                "tax_group_id": group.id,
                "invoice_repartition_line_ids": lines,
                "refund_repartition_line_ids": [Command.create(dict(c[2])) for c in lines],
            }
        )

    def _bill(self):
        return self.env["account.move"].create(
            {
                "move_type": "in_invoice",
                "company_id": self.company.id,
                "partner_id": self.foreign.id,
            }
        )

    def _extraction(self, category, tax="0.00"):
        ext = Extraction()
        for name, value in (
            ("vendor_name", "Wiener Software GmbH"),
            ("vendor_vat", "ATU13585627"),
            ("currency", "CHF"),
            ("amount_untaxed", Decimal("1000.00")),
            ("amount_tax", Decimal(tax)),
            ("amount_total", Decimal("1000.00") + Decimal(tax)),
        ):
            ext.set(name, value, 0.95, "text")
        ext.taxes = [TaxLine(Decimal(0), Decimal("1000.00"), Decimal(tax), category=category)]
        return ext

    def test_reverse_charge_service_gets_the_self_assessing_service_tax(self):
        bill = self._bill()
        self.decoder._fill_lines(bill, self._extraction("AE"), self.foreign)
        self.assertEqual(bill.invoice_line_ids.tax_ids, self.self_assessing["service"])
        self.assertAlmostEqual(bill.amount_total, 1000.0, places=2, msg="self-assessed: nets to 0")

    def test_intra_eu_supply_of_goods_gets_the_goods_tax(self):
        bill = self._bill()
        self.decoder._fill_lines(bill, self._extraction("K"), self.foreign)
        self.assertEqual(bill.invoice_line_ids.tax_ids, self.self_assessing["consu"])

    def test_exempt_row_and_intra_eu_row_get_their_own_tax(self):
        ext = self._extraction("K")
        ext.taxes = [
            TaxLine(Decimal(0), Decimal("600.00"), Decimal(0), category="K"),
            TaxLine(Decimal(0), Decimal("400.00"), Decimal(0), category="E"),
        ]
        bill = self._bill()
        self.decoder._fill_lines(bill, ext, self.foreign)
        by_base = {line.price_subtotal: line.tax_ids for line in bill.invoice_line_ids}
        self.assertEqual(by_base[600.0], self.self_assessing["consu"])
        self.assertFalse(by_base[400.0])

    def test_exempt_or_zero_rated_gets_no_tax(self):
        for category in ("E", "Z", "G", ""):
            with self.subTest(category=category):
                bill = self._bill()
                self.decoder._fill_lines(bill, self._extraction(category), self.foreign)
                self.assertFalse(bill.invoice_line_ids.tax_ids)

    def test_printed_vat_is_never_self_assessed(self):
        bill = self._bill()
        self.decoder._fill_lines(bill, self._extraction("AE", tax="81.00"), self.foreign)
        self.assertNotIn(self.self_assessing["service"], bill.invoice_line_ids.tax_ids)

    def test_no_self_assessing_tax_in_the_chart_leaves_the_line_bare(self):
        (self.self_assessing["service"] | self.self_assessing["consu"]).active = False
        bill = self._bill()
        self.decoder._fill_lines(bill, self._extraction("AE"), self.foreign)
        self.assertFalse(bill.invoice_line_ids.tax_ids)
