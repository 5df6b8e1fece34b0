# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

from odoo.addons.base.models.res_bank import sanitize_account_number

from fincycle.http import FincycleHttpError


class QontoAccountMap(models.TransientModel):
    _name = "qonto.account.map"
    _description = "Map Qonto bank accounts to bank journals"

    integration_id = fields.Many2one("fincycle.integration", required=True, ondelete="cascade")
    company_id = fields.Many2one(related="integration_id.company_id")
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

    def action_apply(self):
        self.ensure_one()
        self.integration_id.check_access("write")
        mapped = [line._apply() for line in self.line_ids if line.journal_id or line.create_journal]
        if mapped:
            self.integration_id.message_post(
                body=self.env._("Qonto accounts mapped: %(list)s", list="; ".join(mapped))
            )
        return {"type": "ir.actions.act_window_close"}


class QontoAccountMapLine(models.TransientModel):
    _name = "qonto.account.map.line"
    _description = "Qonto bank account to journal"

    wizard_id = fields.Many2one("qonto.account.map", required=True, ondelete="cascade")
    company_id = fields.Many2one(related="wizard_id.company_id")
    remote_account_id = fields.Char("Qonto Account", required=True, readonly=True)
    remote_name = fields.Char("Name", readonly=True)
    iban = fields.Char("IBAN", readonly=True)
    bic = fields.Char("BIC", readonly=True)
    currency_code = fields.Char(readonly=True)
    currency_id = fields.Many2one("res.currency", readonly=True)
    balance = fields.Float(readonly=True)
    is_external = fields.Boolean(
        "External", readonly=True, help="An account at another bank that Qonto shows."
    )
    remote_status = fields.Char("Status", readonly=True)
    journal_id = fields.Many2one(
        "account.journal",
        domain="[('type', '=', 'bank'), ('company_id', '=', company_id)]",
    )
    create_journal = fields.Boolean(
        help="Create a bank journal for this account in its currency, with its IBAN."
    )

    @api.onchange("journal_id")
    def _onchange_journal_id(self):
        if self.journal_id:
            self.create_journal = False

    def _apply(self):
        """Create or update the journal's Qonto provider; return a line for the chatter."""
        self.ensure_one()
        journal = self.journal_id or self._create_journal()
        self.write({"journal_id": journal.id, "create_journal": False})
        self._check_journal(journal)
        integration = self.wizard_id.integration_id
        Provider = self.env["online.bank.statement.provider"].with_context(active_test=False)
        previous = Provider.search(
            [
                ("fincycle_integration_id", "=", integration.id),
                ("fincycle_remote_account_id", "=", self.remote_account_id),
                ("journal_id", "!=", journal.id),
            ]
        )
        if previous:  # the account moves to another journal: one journal per account
            previous.write({"fincycle_remote_account_id": False, "active": False})
            previous.flush_recordset()  # before the insert below meets the unique index
        vals = {
            "service": "qonto",
            "fincycle_integration_id": integration.id,
            "fincycle_remote_account_id": self.remote_account_id,
            "active": True,
        }
        provider = Provider.search([("journal_id", "=", journal.id)], limit=1)
        if provider:
            provider.write(vals)
        else:
            Provider.create(
                dict(vals, journal_id=journal.id, interval_type="minutes", interval_number=15)
            )
        return f"{self.remote_name} ({self.iban or self.currency_code}) → {journal.display_name}"

    def _check_journal(self, journal):
        company = self.wizard_id.company_id
        if journal.company_id != company:
            raise UserError(
                self.env._(
                    "Journal %(journal)s belongs to another company than the connection.",
                    journal=journal.display_name,
                )
            )
        currency = journal.currency_id or company.currency_id
        if currency.name != self.currency_code:
            raise UserError(
                self.env._(
                    "Qonto account %(name)s is in %(currency)s; journal %(journal)s is in "
                    "%(journal_currency)s. Choose a journal in %(currency)s or create one.",
                    name=self.remote_name,
                    currency=self.currency_code,
                    journal=journal.display_name,
                    journal_currency=currency.name,
                )
            )
        if not self.iban:
            return
        wanted = sanitize_account_number(self.iban)
        current = journal.bank_account_id.sanitized_acc_number
        if current and current != wanted:
            raise UserError(
                self.env._(
                    "Journal %(journal)s is for account %(current)s, not the Qonto account "
                    "%(iban)s.",
                    journal=journal.display_name,
                    current=journal.bank_account_id.acc_number,
                    iban=self.iban,
                )
            )
        if not current:
            # The IBAN prefixes the unique ids of the lines, as with the OCA module.
            journal.bank_account_id = self._bank_account(company)

    def _bank_account(self, company):
        return self.env["res.partner.bank"].search(
            [
                ("sanitized_acc_number", "=", sanitize_account_number(self.iban)),
                ("partner_id", "=", company.partner_id.id),
            ],
            limit=1,
        ) or self.env["res.partner.bank"].create(
            {"acc_number": self.iban, "partner_id": company.partner_id.id}
        )

    def _create_journal(self):
        self.ensure_one()
        company = self.wizard_id.company_id
        if not self.currency_id:
            raise UserError(
                self.env._(
                    "Currency %(code)s of Qonto account %(name)s is not known in Odoo.",
                    code=self.currency_code,
                    name=self.remote_name,
                )
            )
        if not self.currency_id.active:
            self.currency_id.sudo().active = True
        Journal = self.env["account.journal"].with_company(company)
        vals = {
            "name": f"Qonto {self.remote_name}",
            "code": self._free_code(Journal, company),
            "type": "bank",
            "company_id": company.id,
            "currency_id": False
            if self.currency_id == company.currency_id
            else self.currency_id.id,
        }
        if self.iban:
            vals["bank_account_id"] = self._bank_account(company).id
        return Journal.create(vals)

    def _free_code(self, Journal, company):
        for number in range(1, 100):
            code = f"QNT{number}"[:5]
            if not Journal.search_count([("code", "=", code), ("company_id", "=", company.id)]):
                return code
        raise UserError(self.env._("No free journal code QNT1 to QNT99 is left."))
