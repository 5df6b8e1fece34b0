# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


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
        for account in client.accounts():
            if account.get("state", "active") != "active":
                continue
            iban = bic = False
            try:
                for details in client.bank_details(account["id"]):
                    if details.get("iban"):
                        iban, bic = details["iban"], details.get("bic")
                        break
            except Exception:  # details are a convenience; the mapping works without them
                iban = False
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
