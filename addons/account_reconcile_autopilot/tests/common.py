# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo import Command, fields
from odoo.tests import TransactionCase

from odoo.addons.fincycle_base.tests.common import make_accounting_company

QRR = "210000000003139471430009017"  # valid mod-10 check digit


class AutopilotCase(TransactionCase):
    """A Swiss company with a bank journal, a write-off account and three customers."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env.ref("base.EUR").active = True
        cls.company = make_accounting_company(cls.env, "Autopilot AG", currency="CHF")
        cls.other_company = make_accounting_company(cls.env, "Other SA", currency="CHF")
        cls.env.user.company_ids |= cls.company | cls.other_company
        cls.env = cls.env(context=dict(cls.env.context, allowed_company_ids=[cls.company.id]))
        cls.journal = cls.env["account.journal"].create(
            {"name": "Bank CHF", "code": "BCHF", "type": "bank", "company_id": cls.company.id}
        )
        cls.writeoff = cls.env["account.account"].create(
            {
                "name": "Bank fees",
                "code": "689000",
                "account_type": "expense",
                "company_ids": [Command.link(cls.company.id)],
            }
        )
        cls.company.autopilot_writeoff_account_id = cls.writeoff
        cls.alpha = cls.env["res.partner"].create(
            {
                "name": "Alpha Consulting GmbH",
                "bank_ids": [Command.create({"acc_number": "CH93 0076 2011 6238 5295 7"})],
            }
        )
        cls.beta = cls.env["res.partner"].create({"name": "Beta Bau AG"})
        cls.gamma = cls.env["res.partner"].create({"name": "Gamma Garten"})
        cls.today = fields.Date.context_today(cls.env.user)

    # -- helpers ---------------------------------------------------------------------------
    def _invoice(self, partner, amount, payment_reference=None, currency=None, days=20):
        move = self.env["account.move"].create(
            {
                "move_type": "out_invoice",
                "company_id": self.company.id,
                "partner_id": partner.id,
                "invoice_date": self.today - timedelta(days=days),
                "currency_id": (currency or self.company.currency_id).id,
                "invoice_line_ids": [
                    Command.create(
                        {"name": "Work", "quantity": 1, "price_unit": amount, "tax_ids": []}
                    )
                ],
            }
        )
        move.action_post()
        if payment_reference:
            move.payment_reference = payment_reference
        return move

    def _line(self, amount, label, **extra):
        vals = {
            "journal_id": self.journal.id,
            "date": self.today,
            "amount": amount,
            "payment_ref": label,
            **extra,
        }
        return self.env["account.bank.statement.line"].create(vals)

    def _run(self, lines):
        lines.invalidate_recordset()
        lines.with_company(self.company)._autopilot_run()
        lines.invalidate_recordset()
        return lines
