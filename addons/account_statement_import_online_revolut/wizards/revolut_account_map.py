# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import logging

from odoo import fields, models
from odoo.exceptions import UserError

from fincycle.http import FincycleHttpError

_logger = logging.getLogger(__name__)


class RevolutAccountMap(models.TransientModel):
    _name = "revolut.account.map"
    _inherit = "fincycle.bank.account.map"
    _fincycle_label = "Revolut"
    _description = "Map Revolut Business accounts to bank journals"

    line_ids = fields.One2many("revolut.account.map.line", "wizard_id")

    def _load_accounts(self):
        """One line per Revolut account (pocket), pre-filled with its current mapping."""
        self.ensure_one()
        client = self.integration_id._revolut_client()
        Provider = self.env["online.bank.statement.provider"].with_context(active_test=False)
        existing = {
            p.fincycle_remote_account_id: p
            for p in Provider.search([("fincycle_integration_id", "=", self.integration_id.id)])
        }
        lines = []
        try:
            accounts = client.accounts()
        except FincycleHttpError as exc:
            raise UserError(exc.message) from None
        for account in accounts:
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
            provider = existing.get(account["id"])
            currency = self.env["res.currency"].search([("name", "=", account.get("currency"))])
            lines.append(
                {
                    "remote_account_id": account["id"],
                    "remote_name": account.get("name") or account["id"],
                    "currency_code": account.get("currency"),
                    "currency_id": currency.id,
                    "balance": account.get("balance") or 0.0,
                    "iban": iban,
                    "bic": bic,
                    "journal_id": provider.journal_id.id if provider else False,
                    "create_journal": False,
                }
            )
        self.line_ids = [(5, 0, 0)] + [(0, 0, vals) for vals in lines]


class RevolutAccountMapLine(models.TransientModel):
    _name = "revolut.account.map.line"
    _inherit = "fincycle.bank.account.map.line"
    _description = "Revolut account to journal"
    _fincycle_service = "revolut"
    _fincycle_label = "Revolut"
    _fincycle_code_prefix = "REV"

    wizard_id = fields.Many2one("revolut.account.map", required=True, ondelete="cascade")
    company_id = fields.Many2one(related="wizard_id.company_id")
