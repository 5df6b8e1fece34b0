# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models


class AccountJournal(models.Model):
    _inherit = "account.journal"

    def _statement_line_import_speeddict(self):
        """Key the counterparty bank accounts by their sanitized number.

        The base module keys them by ``acc_number`` as typed, but the update hook looks them up
        with the sanitized number of the line: IBANs stored with spaces (``base_iban`` formats
        them so) never matched. A number held by two different partners is left out rather
        than guessed. Used by file imports and online pulls alike."""
        speeddict = super()._statement_line_import_speeddict()
        partner_banks = self.env["res.partner.bank"].search_read(
            [("company_id", "in", (False, self.company_id.id))],
            ["sanitized_acc_number", "partner_id"],
        )
        by_number = {}
        ambiguous = set()
        for bank in partner_banks:
            number = bank["sanitized_acc_number"]
            if not number or not bank["partner_id"]:
                continue
            values = {"partner_id": bank["partner_id"][0], "partner_bank_id": bank["id"]}
            known = by_number.setdefault(number, values)
            if known["partner_id"] != values["partner_id"]:
                ambiguous.add(number)
        for number in ambiguous:
            del by_number[number]
        speeddict["account_number"] = by_number
        return speeddict
