# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

from odoo.addons.base.models.res_bank import sanitize_account_number


class RevolutAccountMap(models.TransientModel):
    _name = "revolut.account.map"
    _description = "Map Revolut Business accounts to bank journals"

    integration_id = fields.Many2one("fincycle.integration", required=True, ondelete="cascade")
    company_id = fields.Many2one(related="integration_id.company_id")
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

    def action_apply(self):
        self.ensure_one()
        self.integration_id.check_access("write")
        Provider = self.env["online.bank.statement.provider"].with_context(active_test=False)
        mapped = []
        for line in self.line_ids:
            journal = line.journal_id
            if line.create_journal and not journal:
                journal = line._create_journal()
            if not journal:
                continue
            line._check_journal(journal)
            provider = Provider.search(
                [
                    ("fincycle_integration_id", "=", self.integration_id.id),
                    ("fincycle_remote_account_id", "=", line.remote_account_id),
                ],
                limit=1,
            ) or Provider.search([("journal_id", "=", journal.id)], limit=1)
            vals = {
                "journal_id": journal.id,
                "service": "revolut",
                "fincycle_integration_id": self.integration_id.id,
                "fincycle_remote_account_id": line.remote_account_id,
                "active": True,
            }
            if provider:
                provider.write(vals)
            else:
                provider = Provider.create(
                    dict(vals, interval_type="minutes", interval_number=15, tz="UTC")
                )
            mapped.append(f"{line.remote_name} ({line.currency_code}) → {journal.display_name}")
        if mapped:
            self.integration_id.message_post(
                body=self.env._("Revolut accounts mapped: %(list)s", list="; ".join(mapped))
            )
        return {"type": "ir.actions.act_window_close"}


class RevolutAccountMapLine(models.TransientModel):
    _name = "revolut.account.map.line"
    _description = "Revolut account to journal"

    wizard_id = fields.Many2one("revolut.account.map", required=True, ondelete="cascade")
    company_id = fields.Many2one(related="wizard_id.company_id")
    remote_account_id = fields.Char("Revolut Account", required=True, readonly=True)
    remote_name = fields.Char("Name", readonly=True)
    currency_code = fields.Char("Currency (Revolut)", readonly=True)
    currency_id = fields.Many2one("res.currency", readonly=True)
    balance = fields.Float(readonly=True)
    iban = fields.Char("IBAN", readonly=True)
    bic = fields.Char("BIC", readonly=True)
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

    def _company_currency_match(self, journal):
        currency = journal.currency_id or journal.company_id.currency_id
        return currency.name == self.currency_code

    def _check_journal(self, journal):
        if journal.company_id != self.wizard_id.company_id:
            raise UserError(
                self.env._(
                    "Journal %(journal)s belongs to another company.", journal=journal.display_name
                )
            )
        if not self._company_currency_match(journal):
            raise UserError(
                self.env._(
                    "Revolut account %(name)s is in %(currency)s; journal %(journal)s is not.",
                    name=self.remote_name,
                    currency=self.currency_code,
                    journal=journal.display_name,
                )
            )

    def _create_journal(self):
        self.ensure_one()
        company = self.wizard_id.company_id
        if not self.currency_id:
            raise UserError(
                self.env._(
                    "Currency %(code)s of Revolut account %(name)s is not known in Odoo: "
                    "activate it first.",
                    code=self.currency_code,
                    name=self.remote_name,
                )
            )
        if not self.currency_id.active:
            self.currency_id.sudo().active = True
        Journal = self.env["account.journal"].with_company(company)
        code = self._free_code(Journal, company)
        vals = {
            "name": f"Revolut {self.currency_code}",
            "code": code,
            "type": "bank",
            "company_id": company.id,
            "currency_id": False
            if self.currency_id == company.currency_id
            else self.currency_id.id,
        }
        if self.iban:
            bank_account = self.env["res.partner.bank"].search(
                [
                    ("sanitized_acc_number", "=", sanitize_account_number(self.iban)),
                    ("partner_id", "=", company.partner_id.id),
                ],
                limit=1,
            ) or self.env["res.partner.bank"].create(
                {"acc_number": self.iban, "partner_id": company.partner_id.id}
            )
            vals["bank_account_id"] = bank_account.id
        return Journal.create(vals)

    def _free_code(self, Journal, company):
        base = f"R{self.currency_code or ''}"[:4]
        for suffix in [""] + [str(n) for n in range(1, 100)]:
            code = (base + suffix)[:5]
            if not Journal.search_count([("code", "=", code), ("company_id", "=", company.id)]):
                return code
        raise UserError(self.env._("No free journal code found for %(base)s.", base=base))
