# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import Command, api, fields, models
from odoo.exceptions import UserError

from odoo.addons.base.models.res_bank import sanitize_account_number

from fincycle.http import FincycleHttpError


class FincycleBankAccountMap(models.AbstractModel):
    """The provider's "Map Accounts" wizard: ``line_ids`` (one per provider account) are
    defined by the inheritor, with ``_fincycle_remote_accounts`` that reads the accounts;
    ``_load_accounts`` fills the lines from them."""

    _name = "fincycle.bank.account.map"
    _description = "Map provider accounts to bank journals"
    _fincycle_label = None
    # Whether an account's IBAN names it alone, so that a provider with that IBAN but no
    # remote account id (an older mapping) is its mapping too. Not where several accounts
    # of one connection can share an IBAN (Revolut's currency pockets).
    _fincycle_match_iban = False

    integration_id = fields.Many2one("fincycle.integration", required=True, ondelete="cascade")
    company_id = fields.Many2one(related="integration_id.company_id")

    def _fincycle_remote_accounts(self):
        """The provider's accounts, as line values: ``remote_account_id``, ``remote_name``,
        ``currency_code``, ``balance``, ``iban``, ``bic`` and the provider's own fields.
        Raise ``FincycleHttpError`` when the accounts cannot be read."""
        raise NotImplementedError

    def _load_accounts(self):
        """One line per provider account, pre-filled with its current mapping."""
        self.ensure_one()
        try:
            accounts = list(self._fincycle_remote_accounts())
        except FincycleHttpError as exc:
            raise UserError(exc.message) from None
        Provider = self.env["online.bank.statement.provider"].with_context(active_test=False)
        providers = Provider.search([("fincycle_integration_id", "=", self.integration_id.id)])
        by_remote = {p.fincycle_remote_account_id: p for p in providers}
        by_iban = {}
        if self._fincycle_match_iban:
            by_iban = {p.account_number: p for p in providers if p.account_number}
        Currency = self.env["res.currency"].with_context(active_test=False)
        lines = []
        for vals in accounts:
            provider = by_remote.get(vals["remote_account_id"]) or by_iban.get(
                sanitize_account_number(vals.get("iban") or "")
            )
            currency = Currency.search([("name", "=", vals.get("currency_code"))], limit=1)
            lines.append(
                dict(
                    vals,
                    currency_id=currency.id,
                    journal_id=provider.journal_id.id if provider else False,
                )
            )
        self.line_ids = [Command.clear()] + [Command.create(vals) for vals in lines]

    def action_apply(self):
        self.ensure_one()
        self.integration_id.check_access("write")
        mapped = [line._apply() for line in self.line_ids if line.journal_id or line.create_journal]
        if mapped:
            self.integration_id.message_post(
                body=self.env._(
                    "%(provider)s accounts mapped: %(list)s",
                    provider=self._fincycle_label,
                    list="; ".join(mapped),
                )
            )
        return {"type": "ir.actions.act_window_close"}


class FincycleBankAccountMapLine(models.AbstractModel):
    """One provider account (Revolut pocket, Qonto account) to one bank journal of the
    connection's company and currency. The provider's "Map Accounts" wizard lines inherit it
    and set ``_fincycle_service``, ``_fincycle_label`` and ``_fincycle_code_prefix``."""

    _name = "fincycle.bank.account.map.line"
    _description = "Provider account to bank journal"
    _fincycle_service = None
    _fincycle_label = None
    _fincycle_code_prefix = None

    company_id = fields.Many2one("res.company")  # related to the wizard's, in the inheritors
    remote_account_id = fields.Char("Provider Account", required=True, readonly=True)
    remote_name = fields.Char("Name", readonly=True)
    iban = fields.Char("IBAN", readonly=True)
    bic = fields.Char("BIC", readonly=True)
    currency_code = fields.Char("Currency (Provider)", readonly=True)
    currency_id = fields.Many2one("res.currency", readonly=True)
    balance = fields.Float(readonly=True)
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

    def _integration(self):
        return self.wizard_id.integration_id

    def _apply(self):
        """Create or update the journal's provider; return a line for the chatter."""
        self.ensure_one()
        journal = self.journal_id or self._create_journal()
        self.write({"journal_id": journal.id, "create_journal": False})
        self._check_journal(journal)
        integration = self._integration()
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
            "service": self._fincycle_service,
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
        company = self._integration().company_id
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
                    "%(provider)s account %(name)s is in %(currency)s; journal %(journal)s is "
                    "in %(journal_currency)s. Choose a journal in %(currency)s or create one.",
                    provider=self._fincycle_label,
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
                    "Journal %(journal)s is for account %(current)s, not the %(provider)s "
                    "account %(iban)s.",
                    journal=journal.display_name,
                    current=journal.bank_account_id.acc_number,
                    provider=self._fincycle_label,
                    iban=self.iban,
                )
            )
        if not current:
            # The IBAN prefixes the unique ids of the lines, as in the OCA framework.
            journal.bank_account_id = self._bank_account(company)

    def _bank_account(self, company):
        # The company's own account at the provider, read from the provider: mapping is a
        # Fincycle manager's job, who needs no right to create contacts' bank accounts for it.
        BankAccount = self.env["res.partner.bank"].sudo()
        return BankAccount.search(
            [
                ("sanitized_acc_number", "=", sanitize_account_number(self.iban)),
                ("partner_id", "=", company.partner_id.id),
            ],
            limit=1,
        ) or BankAccount.create({"acc_number": self.iban, "partner_id": company.partner_id.id})

    def _create_journal(self):
        self.ensure_one()
        company = self._integration().company_id
        if not self.currency_id:
            raise UserError(
                self.env._(
                    "Currency %(code)s of %(provider)s account %(name)s is not known in Odoo.",
                    code=self.currency_code,
                    provider=self._fincycle_label,
                    name=self.remote_name,
                )
            )
        if not self.currency_id.active:
            self.currency_id.sudo().active = True
        Journal = self.env["account.journal"].with_company(company)
        vals = {
            "name": self._journal_name(),
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

    def _journal_name(self):
        name = f"{self._fincycle_label} {self.currency_code}"
        if self.remote_name and self.currency_code not in self.remote_name:
            name = f"{name} {self.remote_name}"
        return name

    def _free_code(self, Journal, company):
        prefix = self._fincycle_code_prefix
        for number in range(1, 100):
            code = f"{prefix}{number}"[:5]
            if not Journal.search_count([("code", "=", code), ("company_id", "=", company.id)]):
                return code
        raise UserError(
            self.env._("No free journal code %(prefix)s1 to %(prefix)s99 is left.", prefix=prefix)
        )
