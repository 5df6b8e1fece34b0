# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""camt.053/054, MT940 and e-banking CSV files through the real import wizard, checked against
the ground truth of the CHF sample scenario (tests/data/README.md)."""

import base64
import io
import json
import zipfile
from pathlib import Path

from odoo.exceptions import AccessError, UserError
from odoo.tests import TransactionCase, new_test_user, tagged

DATA = Path(__file__).parent / "data"
IBAN_CHF = "CH1600230893675702984"
IBAN_EUR = "NL77ABNA0574908765"
CAMT_1 = "camt053_seeblick_chf_20250501_20250523.xml"
CAMT_2 = "camt053_seeblick_chf_20250524_20250615.xml"
REDELIVERY = "camt053_seeblick_chf_20250524_20250615_redelivery.xml"
CAMT_054 = "camt054_seeblick_qr_20250614.xml"
MT940_1 = "mt940_seeblick_chf_20250501_20250523.sta"
MT940_2 = "mt940_seeblick_chf_20250524_20250615.sta"
CSV_1 = "ebanking_export_chf_20250501_20250523.csv"
CSV_2 = "ebanking_export_chf_20250524_20250615.csv"
BATCHES = ("250614000038454", "250614000039824")


@tagged("post_install", "-at_install")
class TestFileImport(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.chf = cls.env.ref("base.CHF")
        cls.eur = cls.env.ref("base.EUR")
        (cls.chf | cls.eur).active = True
        cls.company = cls._company("Seeblick Consulting GmbH")
        cls.other_company = cls._company("Other Treuhand AG")
        cls.user = cls._accountant("fincycle_import_a", cls.company)
        cls.other_user = cls._accountant("fincycle_import_b", cls.other_company)
        cls.journal = cls._journal(cls.company, "BCGE", IBAN_CHF)
        # The same bank account in EUR (a multi-currency account): CHF files must still go
        # to the CHF journal.
        cls.journal_same_iban_eur = cls.env["account.journal"].create(
            {
                "name": "BCGE EUR",
                "code": "BCGEE",
                "type": "bank",
                "company_id": cls.company.id,
                "bank_account_id": cls.journal.bank_account_id.id,
                "currency_id": cls.eur.id,
            }
        )
        cls.journal_eur = cls._journal(cls.company, "ABN", IBAN_EUR, cls.eur)
        cls.other_journal = cls._journal(cls.other_company, "OTH", IBAN_CHF)
        Partner = cls.env["res.partner"]
        # IBANs stored the way base_iban formats them.
        cls.rigi = Partner.create(
            {
                "name": "Rigi Fiduciaire",
                "bank_ids": [(0, 0, {"acc_number": "CH30 0076 2583 1908 9376 7"})],
            }
        )
        cls.lumen = Partner.create(
            {
                "name": "Lumen Gartenbau",
                "bank_ids": [(0, 0, {"acc_number": "CH06 0070 0193 8341 4481 6"})],
            }
        )
        cls.mapping = cls.env.ref(
            "account_statement_import_file_fincycle.sheet_mapping_ch_ebanking"
        )
        truth = json.loads((DATA / "ground_truth_chf.json").read_text())["transactions"]
        cls.truth = [record for record in truth if not record["duplicate_of"]]

    @classmethod
    def _company(cls, name):
        company = cls.env["res.company"].create(
            {"name": name, "currency_id": cls.chf.id, "country_id": cls.env.ref("base.ch").id}
        )
        cls.env["account.chart.template"].try_loading(
            "generic_coa", company=company, install_demo=False
        )
        company.currency_id = cls.chf  # the generic chart sets USD
        return company

    @classmethod
    def _accountant(cls, login, company):
        return new_test_user(
            cls.env,
            login=login,
            groups="base.group_user,account.group_account_user",
            company_id=company.id,
            company_ids=[company.id],
        )

    @classmethod
    def _journal(cls, company, code, iban, currency=None):
        bank = cls.env["res.partner.bank"].create(
            {"acc_number": iban, "partner_id": company.partner_id.id, "company_id": company.id}
        )
        return cls.env["account.journal"].create(
            {
                "name": f"Bank {code}",
                "code": code,
                "type": "bank",
                "company_id": company.id,
                "bank_account_id": bank.id,
                "currency_id": currency.id if currency else False,
            }
        )

    # -- helpers ----------------------------------------------------------------------------------

    def _wizard(self, name, data=None, user=None, journal=None, **values):
        data = data if data is not None else (DATA / name).read_bytes()
        Wizard = self.env["account.statement.import"]
        if values.get("sheet_mapping_id"):
            # Sheet files carry no account number: the import starts from the journal.
            Wizard = Wizard.with_context(journal_id=(journal or self.journal).id)
        return Wizard.with_user(user or self.user).create(
            {
                "statement_file": base64.b64encode(data),
                "statement_filename": name,
                **values,
            }
        )

    def _import(self, name, **kwargs):
        return self._wizard(name, **kwargs)._import_file()

    def _lines(self, journal=None):
        return self.env["account.bank.statement.line"].search(
            [("journal_id", "=", (journal or self.journal).id)]
        )

    def _line(self, key, journal=None):
        journal = journal or self.journal
        uid = f"{IBAN_CHF}-{journal.id}-{key}"
        return self.env["account.bank.statement.line"].search([("unique_import_id", "=", uid)])

    def _truth_for(self, name):
        return [record for record in self.truth if name in record["files"]]

    def _assert_matches_truth(self, name, journal=None):
        for record in self._truth_for(name):
            line = self._line(record["key"][3:], journal)
            self.assertEqual(len(line), 1, record["key"])
            self.assertEqual(line.amount, record["amount"], record["key"])
            self.assertEqual(str(line.date), record["date"], record["key"])

    def _assert_already_imported(self, name, **kwargs):
        before = len(self._lines())
        action = self._wizard(name, **kwargs).import_file_button()
        self.assertEqual(action["tag"], "display_notification")
        self.assertEqual(action["params"]["type"], "info")
        self.assertIn("already imported", action["params"]["message"])
        self.assertNotIn("next", action["params"])
        self.assertEqual(len(self._lines()), before)
        return action["params"]["message"]

    # -- camt.053 ---------------------------------------------------------------------------------

    def test_camt053_lines_match_ground_truth(self):
        result = self._import(CAMT_1)
        statement = self.env["account.bank.statement"].browse(result["statement_ids"])
        self.assertEqual(len(statement), 1)
        self.assertEqual(statement.journal_id, self.journal)
        self.assertEqual(len(statement.line_ids), 18)
        self.assertEqual(statement.balance_start, 48250.35)
        self.assertEqual(statement.balance_end_real, 29520.84)
        self.assertTrue(statement.is_complete)
        self._assert_matches_truth(CAMT_1)
        self.assertFalse(self._lines(self.journal_same_iban_eur))
        # The QR reference of the structured remittance field, typed.
        qrr = self._line("250518000013491")
        self.assertEqual(qrr.fincycle_structured_ref, "000006000029300320250000378")
        self.assertEqual(qrr.fincycle_structured_ref_type, "qrr")
        # A QR reference typed in groups in the free text is found too.
        grouped = self._line("250520000016943")
        self.assertEqual(grouped.fincycle_structured_ref, "000007000031676020250000409")
        self.assertFalse(self._line("250501000001580").fincycle_structured_ref)
        # Partner found by an IBAN stored with spaces.
        self.assertEqual(self._line("250508000004248").partner_id, self.rigi)
        self.assertEqual(self._line("250511000005833").partner_id, self.lumen)
        self.assertIn("<Refs>", self._line("250508000004248").raw_data)

    def test_reimport_and_redelivery_add_nothing(self):
        self._import(CAMT_1)
        self._import(CAMT_2)
        self.assertEqual(len(self._lines()), 40)
        message = self._assert_already_imported(CAMT_1)
        self.assertIn("All 18 transactions", message)
        self._assert_already_imported(REDELIVERY)
        self.assertEqual(len(self._line("250609000032927")), 1)
        statements = self._lines().statement_id
        self.assertEqual(len(statements), 2)
        self.assertTrue(all(statements.mapped("is_complete")))

    def test_eur_camt_goes_to_the_eur_journal(self):
        expected = json.loads((DATA / "oca_test_camt053.expected.json").read_text())
        self._import("oca_test_camt053.xml")
        lines = self._lines(self.journal_eur)
        statement = lines.statement_id
        self.assertEqual(statement.balance_start, expected["statements"][0]["balance_start"])
        self.assertEqual(statement.balance_end_real, expected["statements"][0]["balance_end_real"])
        self.assertEqual(
            sorted(lines.mapped("amount")),
            sorted(t["amount"] for t in expected["statements"][0]["transactions"]),
        )
        self.assertEqual(
            sorted(lines.mapped("ref")),
            sorted(t["ref"] for t in expected["statements"][0]["transactions"]),
        )
        # No bank reference in that file: the ids are digests, stable on a second import.
        prefix = f"{IBAN_EUR}-{self.journal_eur.id}-h"
        self.assertTrue(all(uid.startswith(prefix) for uid in lines.mapped("unique_import_id")))
        self.assertEqual(len(set(lines.mapped("unique_import_id"))), 4)
        self._assert_already_imported("oca_test_camt053.xml")
        self.assertEqual(len(self._lines(self.journal_eur)), 4)
        # A camt.054 without balances: its statement follows on from the previous one, and
        # its one-payment batch is keyed by entry and payment reference.
        self._import("oca_test_camt054.xml")
        line = self._lines(self.journal_eur) - lines
        prefix = f"{IBAN_EUR}-{self.journal_eur.id}-98888208N8"
        self.assertEqual(line.unique_import_id, f"{prefix}-15180015077602405")
        self.assertEqual(line.fincycle_batch_ref, prefix)
        self.assertEqual(line.amount, 5.0)
        self.assertFalse(line.fincycle_structured_ref)  # "…0003" fails the QRR check digit
        self.assertEqual(line.statement_id.balance_start, 15121.12)
        self.assertEqual(line.statement_id.balance_end_real, 15126.12)
        self.assertTrue(line.statement_id.is_complete)

    # -- camt.053 + camt.054 batch credits ------------------------------------------------------------

    def _assert_batches_as_payments(self, total=30):
        lines = self._lines()
        for key in BATCHES:
            self.assertFalse(
                self._line(key), "the batch booking must not stay next to its payments"
            )
        for record in self._truth_for(CAMT_054):
            booking = f"{IBAN_CHF}-{self.journal.id}-{record['key'][3:]}"
            details = lines.filtered(
                lambda line, booking=booking: line.fincycle_batch_ref == booking
            )
            self.assertEqual(
                sorted(details.mapped("unique_import_id")),
                sorted(f"{IBAN_CHF}-{self.journal.id}-{d['key'][3:]}" for d in record["details"]),
            )
            self.assertEqual(
                sorted(details.mapped("amount")), sorted(d["amount"] for d in record["details"])
            )
            self.assertAlmostEqual(sum(details.mapped("amount")), record["amount"], places=2)
            self.assertTrue(all(details.mapped("fincycle_structured_ref")))
            self.assertEqual(set(details.mapped("fincycle_structured_ref_type")), {"qrr"})
        statement = self._line("250527000019142").statement_id
        self.assertEqual(len(statement.line_ids), 30)
        self.assertEqual(statement.balance_start, 29520.84)
        self.assertEqual(statement.balance_end_real, 51603.22)
        self.assertTrue(statement.is_complete)
        self.assertEqual(len(lines), total)
        if total == 30:
            self.assertEqual(lines.statement_id, statement)
        return statement

    def test_camt054_after_camt053_replaces_the_batch_booking(self):
        self._import(CAMT_2)
        self.assertEqual(len(self._lines()), 22)
        action = self._wizard(CAMT_054).import_file_button()
        self.assertIn("was replaced by its 3 payments", action["params"]["message"])
        statement = self._assert_batches_as_payments()
        self.assertEqual(len(statement.attachment_ids), 2)
        # Every format of the same period now brings nothing new.
        self._assert_already_imported(CAMT_054)
        self._assert_already_imported(CAMT_2)
        self._assert_already_imported(MT940_2)
        self._assert_already_imported(CSV_2, sheet_mapping_id=self.mapping.id)
        self.assertEqual(len(self._lines()), 30)

    def test_camt054_before_camt053_moves_the_payments(self):
        self._import(CAMT_054)
        notification = self._lines().statement_id
        self.assertEqual(len(self._lines()), 10)
        self.assertTrue(notification.is_complete)
        result = self._import(CAMT_2)
        self.assertIn("2 batch booking(s) already imported", "\n".join(result["notifications"]))
        statement = self._assert_batches_as_payments()
        self.assertFalse(notification.exists())
        self.assertEqual(
            sorted(statement.attachment_ids.mapped("name")), sorted([CAMT_054, CAMT_2])
        )
        self._assert_already_imported(MT940_2)
        self._assert_already_imported(CAMT_054)

    def test_batch_payments_keep_their_own_notes(self):
        data = (DATA / CAMT_054).read_bytes()
        second = data.index(b"<AcctSvcrRef>250614000038454-02")
        start = data.index(b"<RmtInf>", second)
        end = data.index(b"</RmtInf>", start) + len(b"</RmtInf>")
        self._import(CAMT_054, data=data[:start] + data[end:])
        first, second = self._line("250614000038454-01"), self._line("250614000038454-02")
        self.assertIn("000020000038011220250000485", first.narration)
        self.assertNotIn("000020000038011220250000485", second.narration)
        self.assertFalse(second.fincycle_structured_ref)
        self.assertEqual(second.ref, "QRR-50000577")

    def test_camt053_and_camt054_in_one_zip(self):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            for name in (CAMT_2, CAMT_054):
                archive.writestr(name, (DATA / name).read_bytes())
        self._import("bank.zip", data=buffer.getvalue())
        self._assert_batches_as_payments()

    def test_camt054_does_not_touch_a_reconciled_or_different_booking(self):
        Line = self.env["account.bank.statement.line"]
        income = self.env["account.account"].search(
            [("company_ids", "in", self.company.id), ("account_type", "=", "income")], limit=1
        )
        base = {
            "journal_id": self.journal.id,
            "date": "2025-06-14",
            "payment_ref": "Sammelgutschrift",
        }
        reconciled = Line.create(
            dict(
                base,
                amount=1633.84,
                unique_import_id=f"{IBAN_CHF}-{self.journal.id}-{BATCHES[0]}",
                counterpart_account_id=income.id,
            )
        )
        different = Line.create(
            dict(
                base, amount=15000.0, unique_import_id=f"{IBAN_CHF}-{self.journal.id}-{BATCHES[1]}"
            )
        )
        self.assertTrue(reconciled.is_reconciled)
        message = self._assert_already_imported(CAMT_054)
        self.assertIn("already reconciled as one line", message)
        self.assertIn("add up to 15835.96", message)
        self.assertTrue(reconciled.exists() and different.exists())
        self.assertEqual(len(self._lines()), 2)

    # -- MT940 and CSV --------------------------------------------------------------------------------

    def test_mt940_same_ids_as_camt(self):
        self._import(MT940_1)
        self._import(MT940_2)
        self.assertEqual(len(self._lines()), 40)
        self._assert_matches_truth(MT940_1)
        self._assert_matches_truth(MT940_2)
        for statement in self._lines().statement_id:
            self.assertTrue(statement.is_complete, statement.name)
        self.assertEqual(
            self._line("250531000022860").fincycle_structured_ref, "000009000016629920250000214"
        )
        self.assertEqual(self._line("250614000040586").fincycle_structured_ref, "RF31250000039")
        self.assertEqual(self._line("250614000040586").fincycle_structured_ref_type, "scor")
        self.assertEqual(self._line("250508000004248").partner_id, self.rigi)
        # The camt files of the same period bring nothing new; their camt.054 details replace
        # the batch bookings the MT940 had.
        self._assert_already_imported(CAMT_1)
        self._assert_already_imported(CAMT_2)
        self._import(CAMT_054)
        self._assert_batches_as_payments(total=48)

    def test_mt940_then_camt_after_camt054(self):
        self._import(CAMT_054)
        self._import(MT940_2)
        self._assert_batches_as_payments()

    def test_ebanking_csv(self):
        result = self._import(CSV_1, sheet_mapping_id=self.mapping.id)
        self.assertEqual(len(result["statement_ids"]), 1)
        self.assertEqual(len(self._lines()), 18)
        self._assert_matches_truth(CSV_1)
        self.assertEqual(
            self._line("250518000013491").fincycle_structured_ref, "000006000029300320250000378"
        )
        self.assertEqual(self._line("250508000004248").partner_id, self.rigi)
        self.assertEqual(self._line("250508000004248").payment_ref, "INV/2025/00024 Gutschrift")
        self._assert_already_imported(CAMT_1)
        self._assert_already_imported(MT940_1)
        self._assert_already_imported(CSV_1, sheet_mapping_id=self.mapping.id)
        self._import(CSV_2, sheet_mapping_id=self.mapping.id)
        self._assert_matches_truth(CSV_2)
        self.assertEqual(len(self._lines()), 40)

    # -- bad files --------------------------------------------------------------------------------

    def test_damaged_camt_is_refused_and_nothing_created(self):
        data = (DATA / CAMT_1).read_bytes()
        for damaged in (data[: len(data) // 2], data.replace(b"</Ntry>", b"</Ntr>", 1)):
            with self.assertRaisesRegex(UserError, "damaged or incomplete"):
                self._import(CAMT_1, data=damaged)
        self.assertFalse(self._lines())
        self.assertFalse(
            self.env["account.bank.statement"].search([("journal_id", "=", self.journal.id)])
        )

    def test_damaged_mt940_is_refused(self):
        data = (DATA / MT940_1).read_bytes()
        with self.assertRaisesRegex(UserError, "no closing balance"):
            self._import(MT940_1, data=data[: data.index(b":62F:")])
        with self.assertRaisesRegex(UserError, r"line 5 \(:61:\)"):
            self._import(MT940_1, data=data.replace(b"D5164,40", b"D5164;40"))
        self.assertFalse(self._lines())

    def test_mt942_intraday_report_is_refused_in_its_own_words(self):
        # An intraday report of the journal's own account: without the refusal it would
        # become a statement without balances.
        mt942 = (
            f":20:INTRADAY1\n:25:{IBAN_CHF}\n:28C:00012/00001\n:34F:CHFD0,00\n"
            ":13D:2506141030+0200\n:61:2506140614C120,00NTRFNONREF//250614000099001\n"
            ":86:Gutschrift Lumen Gartenbau\n:90C:1CHF120,00\n-\n"
        ).encode()
        swift_header = (
            b"{1:F01BCGECHGGAXXX0000000000}{2:O9421030250614BCGECHGGAXXX00000000002506141030N}{4:\n"
            + mt942.replace(b":34F:CHFD0,00\n:13D:2506141030+0200\n", b"")
            + b"}"
        )
        for data in (mt942, swift_header):
            with self.assertRaisesRegex(
                UserError, r"^MT942 intraday report: not a statement, not imported\.$"
            ):
                self._import("intraday.sta", data=data)
        self.assertFalse(self._lines())
        self.assertFalse(
            self.env["account.bank.statement"].search([("journal_id", "=", self.journal.id)])
        )

    def test_dutch_mt940_lines_get_the_counterparty(self):
        """/KEY/ fields of a Dutch :86: become partner name, account number, payment
        reference and reference, like the German ?nn subfields."""
        bakery = self.env["res.partner"].create(
            {
                "name": "Bakkerij De Vries",
                "bank_ids": [(0, 0, {"acc_number": "NL91 ABNA 0417 1643 00"})],
            }
        )
        data = (
            f":20:940S250614\n:25:{IBAN_EUR}\n:28C:1\n:60F:C250613EUR1000,00\n"
            ":61:2506140614C250,00N541EREF\n"
            # Wrapped at 65 characters, the tag included (Rabobank).
            ":86:/EREF/E2E-2025-0042/ORDP//NAME/Bakkerij De Vries/IBAN/NL91ABN\n"
            "A0417164300/BIC/ABNANL2A/REMI/Factuur 2025-017/ISDT/2025-06-14\n"
            ":62F:C250614EUR1250,00\n-\n"
        ).encode()
        self._import("rabobank.sta", data=data)
        line = self._lines(self.journal_eur)
        self.assertEqual(len(line), 1)
        self.assertEqual(line.amount, 250.0)
        self.assertEqual(line.partner_name, "Bakkerij De Vries")
        self.assertEqual(line.account_number, "NL91ABNA0417164300")
        self.assertEqual(line.payment_ref, "Factuur 2025-017")
        self.assertEqual(line.ref, "E2E-2025-0042")
        self.assertEqual(line.partner_id, bakery)

    def test_file_without_transactions(self):
        with self.assertRaisesRegex(UserError, "contains no bank transactions"):
            self._import("oca_test_camt053_no_ntry.xml")
        # A sheet file read outside its journal: say where to start from.
        wizard = (
            self.env["account.statement.import"]
            .with_user(self.user)
            .create(
                {
                    "statement_file": base64.b64encode((DATA / CSV_1).read_bytes()),
                    "statement_filename": CSV_1,
                    "sheet_mapping_id": self.mapping.id,
                }
            )
        )
        with self.assertRaisesRegex(UserError, "start the import from the bank journal"):
            wizard._import_file()
        self.assertFalse(self._lines())

    # -- partners, references, companies ---------------------------------------------------------------

    def test_partner_lookup_uses_sanitized_numbers(self):
        speeddict = self.journal._statement_line_import_speeddict()
        self.assertEqual(
            speeddict["account_number"]["CH3000762583190893767"]["partner_id"], self.rigi.id
        )
        # A number held by two partners is not guessed.
        self.env["res.partner"].create(
            {"name": "Rigi bis", "bank_ids": [(0, 0, {"acc_number": "ch3000762583190893767"})]}
        )
        speeddict = self.journal._statement_line_import_speeddict()
        self.assertNotIn("CH3000762583190893767", speeddict["account_number"])
        vals = {"account_number": "CH06 0070 0193 8341 4481 6"}
        self.journal._statement_line_import_update_hook(vals, speeddict)
        self.assertEqual(vals["partner_id"], self.lumen.id)

    def test_structured_reference_on_any_line(self):
        Line = self.env["account.bank.statement.line"]
        base = {"journal_id": self.journal.id, "date": "2025-06-01", "amount": 10.0}
        scor = Line.create(dict(base, payment_ref="Rechnung rf18 5390 0754 7034 danke"))
        self.assertEqual(
            (scor.fincycle_structured_ref, scor.fincycle_structured_ref_type),
            ("RF18539007547034", "scor"),
        )
        qrr = Line.create(dict(base, payment_ref="/", ref="21 00000 00003 13947 14300 09017"))
        self.assertEqual(qrr.fincycle_structured_ref, "210000000003139471430009017")
        typo = Line.create(dict(base, payment_ref="21 00000 00003 13947 14300 09018"))
        self.assertFalse(typo.fincycle_structured_ref)

    def test_companies_do_not_see_each_other(self):
        self._import(CAMT_1, user=self.other_user)
        self._import(CAMT_1)
        mine = self._lines()
        theirs = self._lines(self.other_journal)
        self.assertEqual((len(mine), len(theirs)), (18, 18))
        Line = self.env["account.bank.statement.line"]
        self.assertEqual(Line.with_user(self.user).search([("amount", "!=", 0)]), mine)
        with self.assertRaises(AccessError):
            theirs[0].with_user(self.user).read(["amount"])
        with self.assertRaises(AccessError):
            theirs.statement_id.with_user(self.user).read(["name"])
