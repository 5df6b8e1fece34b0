# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class QontoAccountMap(models.TransientModel):
    _name = "qonto.account.map"
    _inherit = "fincycle.bank.account.map"
    _fincycle_label = "Qonto"
    _fincycle_match_iban = True
    _description = "Map Qonto bank accounts to bank journals"

    line_ids = fields.One2many("qonto.account.map.line", "wizard_id")

    def _fincycle_remote_accounts(self):
        """Every Qonto bank account, external ones included."""
        accounts = self.integration_id._qonto_client().bank_accounts(include_external_accounts=True)
        for account in accounts:
            yield {
                "remote_account_id": account.get("id"),
                "remote_name": account.get("name") or account.get("slug") or account.get("id"),
                "iban": account.get("iban") or False,
                "bic": account.get("bic") or False,
                "currency_code": account.get("currency"),
                "balance": account.get("balance") or 0.0,
                "is_external": bool(account.get("is_external_account")),
                "remote_status": account.get("status") or False,
            }


class QontoAccountMapLine(models.TransientModel):
    _name = "qonto.account.map.line"
    _inherit = "fincycle.bank.account.map.line"
    _description = "Qonto bank account to journal"
    _fincycle_service = "qonto"
    _fincycle_label = "Qonto"
    _fincycle_code_prefix = "QNT"

    wizard_id = fields.Many2one("qonto.account.map", required=True, ondelete="cascade")
    company_id = fields.Many2one(related="wizard_id.company_id")
    is_external = fields.Boolean(
        "External", readonly=True, help="An account at another bank that Qonto shows."
    )
    remote_status = fields.Char("Status", readonly=True)
