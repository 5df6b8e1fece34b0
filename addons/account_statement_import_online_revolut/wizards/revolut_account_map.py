# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import logging

from odoo import fields, models

from fincycle.http import FincycleHttpError

_logger = logging.getLogger(__name__)


class RevolutAccountMap(models.TransientModel):
    _name = "revolut.account.map"
    _inherit = "fincycle.bank.account.map"
    _fincycle_label = "Revolut"
    _description = "Map Revolut Business accounts to bank journals"

    line_ids = fields.One2many("revolut.account.map.line", "wizard_id")

    def _fincycle_remote_accounts(self):
        """The active Revolut accounts (pockets), each with its IBAN where Revolut gives one."""
        client = self.integration_id._revolut_client()
        for account in client.accounts():
            if account.get("state", "active") != "active":
                continue
            iban = bic = False
            try:
                for details in client.bank_details(account["id"]):
                    if details.get("iban"):
                        iban, bic = details["iban"], details.get("bic")
                        break
            except FincycleHttpError as exc:
                # The IBAN is a convenience (it names the journal's bank account): map without.
                _logger.info("Revolut bank details of %s not read: %s", account["id"], exc.message)
            yield {
                "remote_account_id": account["id"],
                "remote_name": account.get("name") or account["id"],
                "currency_code": account.get("currency"),
                "balance": account.get("balance") or 0.0,
                "iban": iban,
                "bic": bic,
            }


class RevolutAccountMapLine(models.TransientModel):
    _name = "revolut.account.map.line"
    _inherit = "fincycle.bank.account.map.line"
    _description = "Revolut account to journal"
    _fincycle_service = "revolut"
    _fincycle_label = "Revolut"
    _fincycle_code_prefix = "REV"

    wizard_id = fields.Many2one("revolut.account.map", required=True, ondelete="cascade")
    company_id = fields.Many2one(related="wizard_id.company_id")
