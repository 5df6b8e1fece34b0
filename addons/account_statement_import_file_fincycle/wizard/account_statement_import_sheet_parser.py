# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models

# Key added to a parsed sheet line when its mapping says the transaction id is the bank's
# booking reference.
BANK_REFERENCE_KEY = "fincycle_bank_reference"


class AccountStatementImportSheetParser(models.TransientModel):
    _inherit = "account.statement.import.sheet.parser"

    def _parse_one_line(self, mapping, currency_code, values, columns):
        line = super()._parse_one_line(mapping, currency_code, values, columns)
        if line and mapping.fincycle_transaction_id_is_bank_ref:
            line[BANK_REFERENCE_KEY] = True
        return line

    @api.model
    def _convert_line_to_transactions(self, line):
        transactions = super()._convert_line_to_transactions(line)
        reference = (line.get("transaction_id") or "").strip()
        if line.get(BANK_REFERENCE_KEY) and reference:
            for transaction in transactions:
                # The sheet parser appends the booking time, which camt and MT940 do not.
                transaction["unique_import_id"] = reference
                if transaction.get("payment_ref"):
                    transaction["payment_ref"] = " ".join(transaction["payment_ref"].split())
        return transactions
