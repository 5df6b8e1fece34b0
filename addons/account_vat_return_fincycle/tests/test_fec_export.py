# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64
import re
from datetime import date
from decimal import Decimal

from odoo import Command
from odoo.exceptions import AccessError
from odoo.tests import tagged

from fincycle.vat import fec

from ..wizards.fec_messages import FILENAME_MESSAGES, MESSAGES, finding_message
from .common import VatReturnCommon

LOCK_FIELDS = (
    "fiscalyear_lock_date",
    "tax_lock_date",
    "sale_lock_date",
    "purchase_lock_date",
    "hard_lock_date",
)


@tagged("post_install", "-at_install")
class TestFecExport(VatReturnCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = cls._company("Atelier Lyon SAS", "FR", "fr", vat="FR44732829320")
        cls.other = cls._company("Autre Société SARL", "FR")
        cls.customer = cls._partner("Client Genève SA", "FR")
        cls.customer.ref = "CLI001"
        cls.supplier = cls._partner("Fournisseur | Tab\tSARL", "FR")
        cls.tax_20 = cls._tax(cls.company, "tva_normale")
        cls.tax_buy = cls._tax(cls.company, "tva_acq_normale")
        # 2024: the opening balances of 2025
        cls._move(cls.company, "out_invoice", date(2024, 11, 5), [(1000, cls.tax_20)], cls.customer)
        cls.invoices = cls.env["account.move"]
        for day, price in ((date(2025, 1, 10), 500), (date(2025, 2, 3), 250.55)):
            cls.invoices |= cls._move(
                cls.company, "out_invoice", day, [(price, cls.tax_20)], cls.customer
            )
        cls.bill = cls._move(
            cls.company, "in_invoice", date(2025, 3, 1), [(80, cls.tax_buy)], cls.supplier
        )
        cls._move(
            cls.company, "out_invoice", date(2025, 4, 1), [(99, cls.tax_20)], cls.customer, False
        )
        cls.accountant = cls._user("fec_accountant", "account.group_account_manager", cls.company)

    def _export(self, user=None, **values):
        company = self.env["res.company"].browse(values.get("company_id", self.company.id))
        wizard = (
            self.env["account.fec.export"]
            .with_user(user or self.accountant)
            .with_company(company)
            .create(
                {
                    "company_id": self.company.id,
                    "date_from": date(2025, 1, 1),
                    "date_to": date(2025, 12, 31),
                }
                | values
            )
        )
        wizard.action_export()
        return wizard

    def test_export_locks_nothing_and_checks_clean(self):
        before = {name: self.company[name] for name in LOCK_FIELDS}
        wizard = self._export()
        self.company.invalidate_recordset()
        self.assertEqual({name: self.company[name] for name in LOCK_FIELDS}, before)
        self.assertEqual(wizard.fec_filename, "732829320FEC20251231.txt")
        content = base64.b64decode(wizard.fec_file)
        lines = content.decode("utf-8").split("\r\n")
        self.assertEqual(lines[-1], "")  # every record ends with CR LF
        rows = [line.split("|") for line in lines[:-1]]
        self.assertEqual(tuple(rows[0]), fec.COLUMNS)
        self.assertTrue(all(len(row) == 18 for row in rows))
        # opening balances first, dated the first day; then the three posted documents
        self.assertEqual(rows[1][0], "OUV")
        self.assertEqual(rows[1][3], "20250101")
        body = [row for row in rows[1:] if row[0] != "OUV"]
        self.assertEqual(len({row[2] for row in body}), 3)  # the draft is not exported
        debit = sum(Decimal(row[11].replace(",", ".")) for row in rows[1:])
        credit = sum(Decimal(row[12].replace(",", ".")) for row in rows[1:])
        self.assertEqual(debit, credit)
        # 2024 invoice: 1,200 receivable from CLI001; 2025: 600 + 300.66 + 96 purchase
        opening = [row for row in rows[1:] if row[0] == "OUV"]
        receivable = [row for row in opening if row[6] == "CLI001"]
        self.assertEqual([row[11] for row in receivable], ["1200,00"])
        self.assertEqual(debit, Decimal("1200.00") + Decimal("600.00") + Decimal("300.66") + 96)
        supplier_line = next(row for row in body if row[7].startswith("Fournisseur"))
        self.assertEqual(supplier_line[7], "Fournisseur   Tab SARL")
        self.assertEqual(wizard.error_count, 0, wizard.finding_ids.mapped("message"))
        self.assertEqual(wizard.line_count, len(rows) - 1)
        self.assertEqual(Decimal(str(wizard.total_debit)), debit)
        report = fec.check_fec(content, fiscal_year_start=date(2025, 1, 1))
        self.assertTrue(report.ok)
        note = base64.b64decode(wizard.note_file).decode("utf-8")
        self.assertIn("NOTICE DESCRIPTIVE", note)
        self.assertIn("barre verticale", note)
        self.assertEqual(wizard.note_filename, "732829320FEC20251231_notice.txt")

    def test_tab_latin9(self):
        wizard = self._export(separator="tab", encoding="iso-8859-15")
        content = base64.b64decode(wizard.fec_file)
        with self.assertRaises(UnicodeDecodeError):
            content.decode("utf-8")  # the e acute of Société / Genève is one Latin-9 byte
        text = content.decode("iso-8859-15")
        self.assertIn("\t", text.splitlines()[0])
        self.assertTrue(all(len(line.split("\t")) == 18 for line in text.splitlines()))
        self.assertEqual(wizard.error_count, 0, wizard.finding_ids.mapped("message"))
        self.assertIn("tabulation", base64.b64decode(wizard.note_file).decode())

    def test_broken_case_findings(self):
        """No SIREN and an account number the DGFiP tool rejects: findings in words."""
        self.company.vat = False
        account = self.env["account.account"].create(
            {
                "name": "Compte libre",
                "code": "ABC999",
                "account_type": "expense",
                "company_ids": [Command.set(self.company.ids)],
            }
        )
        journal = self.env["account.journal"].search(
            [("company_id", "=", self.company.id), ("type", "=", "general")], limit=1
        )
        move = self.env["account.move"].create(
            {
                "journal_id": journal.id,
                "date": date(2025, 5, 5),
                "line_ids": [
                    Command.create({"account_id": account.id, "debit": 10, "name": "x"}),
                    Command.create(
                        {
                            "account_id": self.company.account_journal_suspense_account_id.id
                            or journal.default_account_id.id,
                            "credit": 10,
                            "name": "x",
                        }
                    ),
                ],
            }
        )
        move.action_post()
        wizard = self._export()
        codes = set(wizard.finding_ids.mapped("code"))
        self.assertIn("FEC_FILENAME", codes)
        self.assertIn("FEC_ACCOUNT_FORMAT", codes)
        self.assertEqual(wizard.fec_filename, "FEC20251231.txt")
        self.assertGreaterEqual(wizard.error_count, 2)
        message = wizard.finding_ids.filtered(lambda f: f.code == "FEC_ACCOUNT_FORMAT").message
        self.assertIn("ABC999", message)
        french = wizard.with_context(lang="fr_FR")
        self.assertTrue(french.finding_ids)  # stored in the exporting user's language

    def test_every_finding_code_has_a_sentence(self):
        codes = set(re.findall(r"``(FEC_[A-Z_]+)``", fec.__doc__))
        self.assertTrue(codes)
        missing = codes - set(MESSAGES) - {"FEC_FILENAME"}
        self.assertFalse(missing)
        for reason in ("pattern", "siren", "date", "closing_day", "suffix"):
            self.assertIn(reason, FILENAME_MESSAGES)
        text = finding_message("FEC_UNBALANCED", {"journal": "VT", "number": "VT/1"}, "en_US")
        self.assertIn("VT/1", text)
        self.assertIn("FEC_NEW", finding_message("FEC_NEW", {}))

    def test_bad_period(self):
        with self.assertRaises(Exception):  # noqa: B017 - UserError from the wizard
            self._export(date_from=date(2025, 12, 31), date_to=date(2025, 1, 1))
        with self.assertRaises(Exception):  # noqa: B017
            self._export(date_from=date(2020, 1, 1), date_to=date(2025, 12, 31))

    def test_fiscal_year_fills_dates(self):
        wizard = self.env["account.fec.export"].new(
            {"company_id": self.company.id, "fiscal_year": 2024}
        )
        wizard._onchange_fiscal_year()
        self.assertEqual((wizard.date_from, wizard.date_to), (date(2024, 1, 1), date(2024, 12, 31)))

    def test_company_isolation(self):
        """An accountant of company B cannot export company A."""
        other_accountant = self._user(
            "fec_other_accountant", "account.group_account_manager", self.other
        )
        with self.assertRaises(AccessError):
            self.env["account.fec.export"].with_user(other_accountant).create(
                {"company_id": self.company.id, "date_from": "2025-01-01", "date_to": "2025-12-31"}
            )
        wizard = (
            self.env["account.fec.export"]
            .sudo()
            .create(
                {"company_id": self.company.id, "date_from": "2025-01-01", "date_to": "2025-12-31"}
            )
        )
        with self.assertRaises(AccessError):
            wizard.with_user(other_accountant).action_export()
        # and B's own export holds nothing of A
        own = self._export(user=other_accountant, company_id=self.other.id)
        self.assertNotIn(b"Client Gen", base64.b64decode(own.fec_file))

    def test_only_accountants(self):
        invoicing = self._user("fec_invoicing", "account.group_account_invoice", self.company)
        with self.assertRaises(AccessError):
            self._export(user=invoicing)
        auditor = self._user("fec_auditor", "account.group_account_readonly", self.company)
        wizard = self._export(user=auditor)
        self.assertTrue(wizard.fec_file)

    def test_findings_in_the_users_language(self):
        self.env["res.lang"]._activate_lang("fr_FR")
        self.env["ir.module.module"]._load_module_terms(
            ["account_vat_return_fincycle"], ["fr_FR"], overwrite=True
        )
        self.company.vat = False
        self.env = self.env(context=dict(self.env.context, lang="fr_FR"))
        wizard = self._export()
        message = wizard.finding_ids.filtered(lambda f: f.code == "FEC_FILENAME").message
        self.assertIn("SIREN à 9 chiffres", message)

    def test_lettering_and_foreign_currency(self):
        usd = self.env.ref("base.USD")
        usd.active = True
        self.env["res.currency.rate"].create(
            {
                "name": "2025-01-01",
                "rate": 1.25,
                "currency_id": usd.id,
                "company_id": self.company.id,
            }
        )
        foreign = self._move(
            self.company,
            "out_invoice",
            date(2025, 6, 2),
            [(125, self.tax_20)],
            self.customer,
            currency_id=usd.id,
        )
        self.env["account.payment.register"].with_context(
            active_model="account.move", active_ids=self.invoices[:1].ids
        ).create({"payment_date": date(2025, 2, 1)})._create_payments()
        wizard = self._export()
        self.assertEqual(wizard.error_count, 0, wizard.finding_ids.mapped("message"))
        rows = [
            line.split("|")
            for line in base64.b64decode(wizard.fec_file).decode().split("\r\n")[1:-1]
        ]
        lettered = [row for row in rows if row[13]]
        self.assertEqual(len(lettered), 2)  # the invoice's receivable and the payment's
        self.assertEqual(len({row[13] for row in lettered}), 1)
        self.assertTrue(all(row[14] for row in lettered))
        usd_rows = [row for row in rows if row[2] == foreign.name]
        self.assertTrue(usd_rows)
        self.assertTrue(all(row[17] == "USD" and row[16] for row in usd_rows))
        receivable = next(row for row in usd_rows if row[6] == "CLI001")
        self.assertEqual((receivable[11], receivable[16]), ("120,00", "150,00"))
        euro_rows = [row for row in rows if row[0] != "OUV" and row[2] != foreign.name]
        self.assertFalse([row for row in euro_rows if row[16] or row[17]])

    def test_period_inside_the_year(self):
        """From February: January's income stays on its account in the opening entry, the
        2024 result goes to the unaffected earnings account; the opening entry balances."""
        wizard = self._export(date_from=date(2025, 2, 1))
        self.assertEqual(wizard.error_count, 0, wizard.finding_ids.mapped("message"))
        rows = [
            line.split("|")
            for line in base64.b64decode(wizard.fec_file).decode().split("\r\n")[1:-1]
        ]
        opening = [row for row in rows if row[0] == "OUV"]
        self.assertTrue(all(row[3] == "20250201" for row in opening))
        amounts = {(row[4], row[11], row[12]) for row in opening}
        income = self.invoices[0].invoice_line_ids.account_id
        unaffected = self.env["account.account"].search(
            [
                *self.env["account.account"]._check_company_domain(self.company),
                ("account_type", "=", "equity_unaffected"),
            ],
            limit=1,
        )
        self.assertIn((income.with_company(self.company).code, "0,00", "500,00"), amounts)
        self.assertIn((unaffected.with_company(self.company).code, "0,00", "1000,00"), amounts)
        debit = sum(Decimal(row[11].replace(",", ".")) for row in opening)
        credit = sum(Decimal(row[12].replace(",", ".")) for row in opening)
        self.assertEqual(debit, credit)
        self.assertEqual(wizard.fec_filename, "732829320FEC20251231.txt")
