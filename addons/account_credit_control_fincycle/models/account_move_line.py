# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from collections import defaultdict
from datetime import timedelta

from odoo import fields, models

from .account_dispute import OPEN_STATES

# Why a reminder is held, in the order they are checked (the first that applies is given).
PAUSE_REASONS = [
    ("no_dunning", "Customer marked 'no reminders'"),
    ("dispute", "Open dispute"),
    ("promise", "Payment promised"),
    ("bank_pending", "Payment waiting in the bank"),
]


class AccountMoveLine(models.Model):
    _inherit = "account.move.line"

    def _fincycle_dunning_pause_reasons(self, date=None):
        """Why each receivable line of ``self`` must not be reminded on ``date``.

        The one place where reminders are held back. Returns ``{line id: (code, record)}``
        for the lines that are held, ``code`` one of ``PAUSE_REASONS`` and ``record`` what
        holds it (the partner, the dispute or the bank statement line); lines absent from the
        result may be reminded. A dispute on part of a single invoice does not hold it: the
        reminder leaves the disputed part out and states it (see ``_fincycle_partial_disputed``).
        """
        result = {}
        if not self:
            return result
        lines = self.sudo()
        date = date or fields.Date.context_today(self)
        moves = lines.move_id
        # 1. the customer is marked "no reminders"
        for line in lines:
            commercial = line.partner_id.commercial_partner_id
            if commercial.no_dunning:
                result[line.id] = ("no_dunning", commercial)
        # 2. and 3. an open dispute on the invoice, a payment promise not yet expired
        records = (
            self.env["account.dispute"]
            .sudo()
            .search(
                [("invoice_ids", "in", moves.ids), ("state", "in", OPEN_STATES)],
                order="id",
            )
        )
        disputes_by_move = defaultdict(lambda: self.env["account.dispute"])
        for record in records:
            for move in record.invoice_ids:
                disputes_by_move[move.id] |= record
        for line in lines:
            if line.id in result:
                continue
            for record in disputes_by_move.get(line.move_id.id, ()):
                if record.is_dispute and not record._fincycle_is_partial_for(line.move_id):
                    result[line.id] = ("dispute", record)
                    break
                if record.category == "payment_promise" and record.promised_date:
                    grace = record.company_id.dunning_grace_days
                    if record.promised_date + timedelta(days=grace) >= date:
                        result[line.id] = ("promise", record)
                        break
        # 4. a bank line of the same amount from that payer waits to be reconciled
        pending = lines.filtered(lambda aml: aml.id not in result)
        for line, st_line in pending._fincycle_pending_bank_lines().items():
            result[line.id] = ("bank_pending", st_line)
        return result

    def _fincycle_pending_bank_lines(self):
        """``{receivable line: bank statement line}`` for the lines whose amount waits,
        unreconciled, in a bank statement line from the same payer."""
        found = {}
        if not self:
            return found
        st_lines = (
            self.env["account.bank.statement.line"]
            .sudo()
            .search(
                [
                    ("company_id", "in", self.company_id.ids),
                    ("is_reconciled", "=", False),
                    ("amount", ">", 0),
                ]
            )
        )
        if not st_lines:
            return found

        def key(currency, amount):
            return currency.id, round(abs(amount), currency.decimal_places)

        by_amount = defaultdict(list)
        for st_line in st_lines:
            if st_line.foreign_currency_id:
                by_amount[key(st_line.foreign_currency_id, st_line.amount_currency)].append(st_line)
            by_amount[key(st_line.currency_id, st_line.amount)].append(st_line)
        for line in self:
            move = line.move_id
            currency = line.currency_id or line.company_id.currency_id
            residual = abs(
                line.amount_residual_currency if line.currency_id else line.amount_residual
            )
            commercial = line.partner_id.commercial_partner_id
            for st_line in by_amount.get(key(currency, residual), ()):
                if st_line.company_id != line.company_id:
                    continue
                if st_line.partner_id:
                    if st_line.partner_id.commercial_partner_id != commercial:
                        continue
                elif not st_line._fincycle_names_payer(move, commercial):
                    continue
                found[line] = st_line
                break
        return found

    def _fincycle_partial_disputed(self):
        """``{line id: disputed amount}`` for the lines whose invoice has an open dispute on
        part of its amount only: that part is left out of the reminder and stated in it."""
        amounts = {}
        records = (
            self.env["account.dispute"]
            .sudo()
            .search(
                [
                    ("invoice_ids", "in", self.move_id.ids),
                    ("state", "in", OPEN_STATES),
                    ("is_dispute", "=", True),
                ]
            )
        )
        for line in self:
            for record in records:
                if line.move_id in record.invoice_ids and record._fincycle_is_partial_for(
                    line.move_id
                ):
                    amounts[line.id] = amounts.get(line.id, 0.0) + record.disputed_amount
        return amounts
