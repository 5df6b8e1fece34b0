# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import re

from odoo import models


def _words(text):
    return re.sub(r"[^0-9a-z]+", " ", (text or "").lower()).strip()


class AccountBankStatementLine(models.Model):
    _inherit = "account.bank.statement.line"

    def _fincycle_names_payer(self, move, commercial_partner):
        """A bank line without partner names the payer when its label carries the invoice's
        number or payment reference, or its counterpart name is the customer's."""
        self.ensure_one()
        label = _words(f"{self.payment_ref or ''} {self.narration or ''}")
        for value in (move.name, move.payment_reference, move.ref):
            ref = _words(value)
            if ref and len(ref) >= 4 and ref in label:
                return True
        name = _words(self.partner_name)
        return bool(name) and name == _words(commercial_partner.name)
