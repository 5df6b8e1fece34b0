# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import io
from datetime import date

from odoo import Command
from odoo.exceptions import AccessError
from odoo.tests import HttpCase, new_test_user, tagged

from .common import VatReturnCommon

try:
    import openpyxl
except ImportError:  # pragma: no cover - openpyxl ships with the venv
    openpyxl = None

REPORT = "account_vat_return_fincycle.report_vat_return"


@tagged("post_install", "-at_install")
class TestVatReturnExport(VatReturnCommon, HttpCase):
    """The PDF and the XLSX of a checked Swiss return with an adjustment, in French and German,
    for its readers only."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        for lang in ("fr_FR", "de_DE"):
            cls.env["res.lang"]._activate_lang(lang)
        cls.env["ir.module.module"]._load_module_terms(
            ["account_vat_return_fincycle", "base"], ["fr_FR", "de_DE"], overwrite=True
        )
        cls.company = cls._company("Seeblick Export AG", "CH", "ch", vat="CHE-100.000.006 MWST")
        cls.other = cls._company("Andere Export GmbH", "CH")
        customer = cls._partner("Kunde AG", "CH")
        supplier = cls._partner("Lieferant AG", "CH")
        sale = cls._tax(cls.company, "vat_sale_81")
        buy = cls._tax(cls.company, "vat_purchase_81")
        c = cls.company
        cls._move(c, "out_invoice", date(2025, 1, 15), [(10000, sale)], customer)
        cls._move(c, "out_invoice", date(2025, 2, 15), [(2000, sale)], customer)
        cls._move(c, "in_invoice", date(2025, 3, 10), [(3000, buy)], supplier)
        cls.accountant = cls._user("export_accountant", "account.group_account_manager", c)
        cls.accountant.lang = "de_DE"
        cls.vat_return = (
            cls.env["account.vat.return"]
            .with_user(cls.accountant)
            .create(
                {
                    "company_id": c.id,
                    "country_code": "CH",
                    "date_from": date(2025, 1, 1),
                    "date_to": date(2025, 3, 31),
                }
            )
        )
        cls.vat_return.adjustment_ids = [
            (0, 0, {"box": "ch_415", "amount": 12.5, "reason": "Privatanteil Fahrzeug"})
        ]
        cls.vat_return.action_check()

    def _html(self, lang, user=None):
        report = self.env["ir.actions.report"].with_context(lang=lang)
        if user:
            report = report.with_user(user)
        html, _kind = report._render_qweb_html(REPORT, self.vat_return.ids)
        return html.decode()

    def test_pdf_in_german_and_french(self):
        self.assertEqual(self.vat_return.state, "checked")
        german = self._html("de_DE", self.accountant)
        self.assertIn("Seeblick Export AG", german)
        self.assertIn("Vorsteuer auf Material- und Dienstleistungsaufwand", german)
        self.assertIn("Geprüft", german)  # the state
        self.assertIn("Privatanteil Fahrzeug", german)  # the adjustment's reason
        self.assertIn("MWST-Abrechnung", german)
        self.assertIn("31.03.2025", german)
        self.assertNotIn("Input tax on material and services", german)
        french = self._html("fr_FR")
        self.assertIn("Impôt préalable sur les coûts du matériel", french)
        self.assertIn("Contrôlée", french)
        self.assertIn("Ajustements", french)
        self.assertIn("31/03/2025", french)
        # 10,000 + 2,000 at 8.1 %: 972 due; 243 input tax, 12.50 corrected by hand
        self.assertRegex(german, r"972[.,]00")
        self.assertRegex(german, r"243[.,]00")
        content, kind = (
            self.env["ir.actions.report"]
            .with_user(self.accountant)
            ._render_qweb_pdf(REPORT, self.vat_return.ids)
        )
        self.assertTrue(content)
        self.assertIn(kind, ("pdf", "html"))  # html under test mode (no wkhtmltopdf run)

    def test_xlsx_opens_with_boxes_and_items(self):
        if openpyxl is None:
            self.skipTest("openpyxl is not installed")
        content = self.vat_return.with_user(self.accountant).with_context(lang="de_DE")
        content = content._xlsx_content()
        book = openpyxl.load_workbook(io.BytesIO(content))
        self.assertEqual(book.sheetnames, ["MWST-Abrechnung", "Buchungszeilen"])
        sheet = book["MWST-Abrechnung"]
        values = {}  # the first row of each key: the boxes come before the adjustments
        for row in sheet.iter_rows(values_only=True):
            if row and row[0] is not None:
                values.setdefault(row[0], row)
        self.assertEqual(values["Unternehmen"][2], "Seeblick Export AG")
        self.assertEqual(values["Status"][2], "Geprüft")
        self.assertEqual(values["303"][1], "Normalsatz 8,1 % (Leistungen ab 2024)")
        self.assertEqual(values["303"][4], 12000.0)
        self.assertEqual(values["400"][4], 243.0)
        self.assertEqual(values["415"][3], 12.5)  # the adjustment
        rows = list(sheet.iter_rows(values_only=True))
        self.assertIn(("415", "Privatanteil Fahrzeug", 12.5), [row[:3] for row in rows])
        items = list(book["Buchungszeilen"].iter_rows(values_only=True))
        self.assertEqual(items[0][:3], ("Ziffer", "Datum", "Buchung"))
        by_box = {}
        for row in items[1:]:
            by_box.setdefault(row[0], []).append(row)
        # the two sales' base lines and tax lines are behind box 303; the bill's tax behind 400
        self.assertEqual(len(by_box["303"]), 4)
        self.assertEqual(sorted(round(r[7], 2) for r in by_box["400"]), [243.0])
        self.assertNotIn("500", by_box)  # totals are not repeated

    def test_only_readers_of_the_return(self):
        other_accountant = self._user(
            "export_other_accountant", "account.group_account_manager", self.other
        )
        clerk = self._user("export_clerk", "account.group_account_invoice", self.company)
        for user in (other_accountant, clerk):
            with self.assertRaises(AccessError):
                self.vat_return.with_user(user)._xlsx_content()
            with self.assertRaises(AccessError):
                self._html("en_US", user)

    def test_xlsx_download_route(self):
        url = f"/account_vat_return_fincycle/xlsx/{self.vat_return.id}"
        self.authenticate("export_accountant", "export_accountant")
        response = self.url_open(url)
        self.assertEqual(response.status_code, 200)
        self.assertIn("spreadsheetml", response.headers["Content-Type"])
        self.assertIn(".xlsx", response.headers["Content-Disposition"])
        self.assertTrue(response.content.startswith(b"PK"))
        self.assertEqual(self.url_open("/account_vat_return_fincycle/xlsx/999999").status_code, 404)
        # whoever cannot read the return gets 403 (Odoo's /web/content answers so: 404 for a
        # record that does not exist, 403 for one the user may not read)
        self._user("export_outsider", "account.group_account_manager", self.other)
        self._user("export_clerk_route", "account.group_account_invoice", self.company)
        new_test_user(
            self.env,
            login="export_portal",
            groups="base.group_portal",
            company_id=self.company.id,
            company_ids=[Command.set(self.company.ids)],
        )
        for login in ("export_outsider", "export_clerk_route", "export_portal"):
            with self.subTest(login=login):
                self.authenticate(login, login)
                response = self.url_open(url)
                self.assertEqual(response.status_code, 403)
                self.assertNotIn(b"Seeblick", response.content)
                self.assertFalse(response.content.startswith(b"PK"))
                self.assertEqual(
                    self.url_open("/account_vat_return_fincycle/xlsx/999999").status_code, 404
                )
        self.authenticate(None, None)
        response = self.url_open(url, allow_redirects=False)
        self.assertNotEqual(response.status_code, 200)
