# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models
from odoo.exceptions import UserError

from odoo.addons.base.models.res_bank import sanitize_account_number

from fincycle.http import FincycleHttpError


class QontoAccountMap(models.TransientModel):
    _name = "qonto.account.map"
    _inherit = "fincycle.bank.account.map"
    _fincycle_label = "Qonto"
    _description = "Map Qonto bank accounts to bank journals"

    line_ids = fields.One2many("qonto.account.map.line", "wizard_id")

    def _load_accounts(self):
        """One line per Qonto bank account, external ones included, with its mapping."""
        self.ensure_one()
        try:
            accounts = self.integration_id._qonto_client().bank_accounts(
                include_external_accounts=True
            )
        except FincycleHttpError as exc:
            raise UserError(exc.message) from None
        Provider = self.env["online.bank.statement.provider"].with_context(active_test=False)
        providers = Provider.search([("fincycle_integration_id", "=", self.integration_id.id)])
        by_remote = {p.fincycle_remote_account_id: p for p in providers}
        by_iban = {p.account_number: p for p in providers if p.account_number}
        lines = []
        for account in accounts:
            iban = account.get("iban") or False
            provider = by_remote.get(account.get("id")) or by_iban.get(
                sanitize_account_number(iban or "")
            )
            currency = (
                self.env["res.currency"]
                .with_context(active_test=False)
                .search([("name", "=", account.get("currency"))], limit=1)
            )
            lines.append(
                {
                    "remote_account_id": account.get("id"),
                    "remote_name": account.get("name") or account.get("slug") or account.get("id"),
                    "iban": iban,
                    "bic": account.get("bic") or False,
                    "currency_code": account.get("currency"),
                    "currency_id": currency.id,
                    "balance": account.get("balance") or 0.0,
                    "is_external": bool(account.get("is_external_account")),
                    "remote_status": account.get("status") or False,
                    "journal_id": provider.journal_id.id if provider else False,
                }
            )
        self.line_ids = [(5, 0, 0)] + [(0, 0, vals) for vals in lines]


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
