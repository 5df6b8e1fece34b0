# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo import api, fields, models
from odoo.tools import float_compare
from odoo.tools.misc import format_amount, format_date
from odoo.tools.translate import LazyTranslate

from .evidence import fill

_lt = LazyTranslate(__name__)

TOLERANCE = 0.01

CHECKS = [
    ("paid_without_bank", "Invoice paid, no bank line"),
    ("bank_not_applied", "Bank line not fully applied"),
    ("balance", "Balances differ"),
]

# What a difference says, per check (and per pair of balances): rendered in the reader's
# language from the parameters stored with it.
DESCRIPTIONS = {
    "paid_without_bank": _lt(
        "%(move)s is marked paid by %(payment)s, but no bank line shows that payment."
    ),
    "bank_not_applied": _lt(
        "Bank line “%(line)s” of %(date)s: %(left)s stays open on the partner."
    ),
    "ledger/statement": _lt(
        "%(journal)s: ledger balance %(first)s, ending balance of the last statement %(second)s"
    ),
    "ledger/provider": _lt(
        "%(journal)s: ledger balance %(first)s, balance reported by the bank %(second)s"
    ),
    "statement/provider": _lt(
        "%(journal)s: ending balance of the last statement %(first)s, balance reported by the "
        "bank %(second)s"
    ),
}


class AccountReconcileControl(models.Model):
    """The tri-directional control of one company and period: invoices marked paid against
    the bank lines reconciled to them, reconciled bank lines against the residuals they
    closed, and each bank journal's ledger, statement and provider balances."""

    _name = "account.reconcile.control"
    _description = "Reconciliation Control"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "date_to desc, id desc"
    _check_company_auto = True

    name = fields.Char(compute="_compute_name")
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    date_from = fields.Date(required=True)
    date_to = fields.Date(required=True, default=fields.Date.context_today)
    line_ids = fields.One2many(
        "account.reconcile.control.line", "control_id", "Differences", readonly=True
    )
    issue_count = fields.Integer(compute="_compute_issue_count", store=True)
    state = fields.Selection(
        [("ok", "Consistent"), ("issues", "Differences Found")],
        compute="_compute_issue_count",
        store=True,
    )

    @api.model_create_multi
    def create(self, vals_list):
        # a report: no "created" line in its chatter
        return super(AccountReconcileControl, self.with_context(mail_create_nolog=True)).create(
            vals_list
        )

    @api.depends("company_id", "date_from", "date_to")
    @api.depends_context("lang")
    def _compute_name(self):
        for control in self:
            control.name = "%s: %s → %s" % (  # noqa: UP031 - no sentence, dates in her format
                control.company_id.name,
                format_date(control.env, control.date_from),
                format_date(control.env, control.date_to),
            )

    @api.depends("line_ids")
    def _compute_issue_count(self):
        for control in self:
            control.issue_count = len(control.line_ids)
            control.state = "issues" if control.line_ids else "ok"

    # -- checks ----------------------------------------------------------------------------
    def action_run(self):
        for control in self:
            control.line_ids.unlink()
            rows = (
                control._check_paid_without_bank()
                + control._check_bank_not_applied()
                + control._check_balances()
            )
            self.env["account.reconcile.control.line"].create(
                [dict(row, control_id=control.id) for row in rows]
            )
        return True

    def _differs(self, first, second):
        return float_compare(abs(first - second), TOLERANCE, precision_digits=4) > 0

    def _check_paid_without_bank(self):
        """(a) Invoices and bills marked paid by payments that no bank line shows: the money
        is in the books but was never seen on the bank account."""
        payments = self.env["account.payment"].search(
            [
                ("company_id", "=", self.company_id.id),
                ("state", "in", ("in_process", "paid")),
                ("is_matched", "=", False),
                ("date", ">=", self.date_from),
                ("date", "<=", self.date_to),
                ("journal_id.type", "=", "bank"),
            ]
        )
        rows = []
        for payment in payments:
            for move in payment.reconciled_invoice_ids | payment.reconciled_bill_ids:
                if move.payment_state not in ("paid", "in_payment"):
                    continue
                rows.append(
                    {
                        "check": "paid_without_bank",
                        "params": {"move": move.name, "payment": payment.name},
                        "currency_id": payment.currency_id.id,
                        "expected": payment.amount,
                        "found": 0.0,
                        "difference": payment.amount,
                        "move_id": move.id,
                        "partner_id": move.partner_id.id,
                    }
                )
        return rows

    def _check_bank_not_applied(self):
        """(b) Reconciled bank lines whose amount is not entirely applied: the difference
        stays open on a receivable or payable instead of closing a residual."""
        lines = self.env["account.bank.statement.line"].search(
            [
                ("company_id", "=", self.company_id.id),
                ("is_reconciled", "=", True),
                ("date", ">=", self.date_from),
                ("date", "<=", self.date_to),
            ]
        )
        rows = []
        for line in lines:
            liquidity, _suspense, others = line._seek_for_lines()
            bank = sum(liquidity.mapped("balance"))
            open_left = sum(
                others.filtered(lambda x: x.account_id.reconcile).mapped("amount_residual")
            )
            applied = bank + open_left
            if self._differs(bank, applied):
                rows.append(
                    {
                        "check": "bank_not_applied",
                        "params": {
                            "line": line.payment_ref or line.name,
                            "date": line.date.isoformat(),
                            "left": -open_left,
                        },
                        "currency_id": line.company_currency_id.id,
                        "expected": bank,
                        "found": applied,
                        "difference": bank - applied,
                        "statement_line_id": line.id,
                        "move_id": line.move_id.id,
                        "partner_id": line.partner_id.id,
                    }
                )
        return rows

    def _check_balances(self):
        """(c) Per bank journal: ledger balance, last statement's ending balance and the
        provider's reported balance (bank feeds) must agree."""
        rows = []
        journals = self.env["account.journal"].search(
            [("company_id", "=", self.company_id.id), ("type", "=", "bank")]
        )
        Provider = self.env["online.bank.statement.provider"]
        for journal in journals:
            account = journal.default_account_id
            if not account:
                continue
            amount_field = "amount_currency" if journal.currency_id else "balance"
            ledger = sum(
                self.env["account.move.line"]
                .search(
                    [
                        ("account_id", "=", account.id),
                        ("parent_state", "=", "posted"),
                        ("date", "<=", self.date_to),
                    ]
                )
                .mapped(amount_field)
            )
            statement = self.env["account.bank.statement"].search(
                [("journal_id", "=", journal.id), ("date", "<=", self.date_to)],
                order="date desc, id desc",
                limit=1,
            )
            values = {"ledger": ledger}
            if statement:
                values["statement"] = statement.balance_end_real
            provider = Provider.search(
                [("journal_id", "=", journal.id), ("fincycle_balance_checked_at", "!=", False)],
                limit=1,
            )
            if provider:
                values["provider"] = provider.fincycle_provider_balance
            currency = journal.currency_id or journal.company_id.currency_id
            pairs = [("ledger", "statement"), ("ledger", "provider"), ("statement", "provider")]
            for first, second in pairs:
                if (
                    first in values
                    and second in values
                    and self._differs(values[first], values[second])
                ):
                    rows.append(
                        {
                            "check": "balance",
                            "params": {
                                "journal": journal.display_name,
                                "pair": f"{first}/{second}",
                            },
                            "currency_id": currency.id,
                            "expected": values[first],
                            "found": values[second],
                            "difference": values[first] - values[second],
                            "journal_id": journal.id,
                            "statement_id": statement.id
                            if "statement" in (first, second)
                            else False,
                        }
                    )
        return rows

    # -- cron ------------------------------------------------------------------------------
    @api.model
    def _cron_daily_control(self):
        """Run the control of the last 30 days for every company; an activity when anything
        is off, so nobody has to remember to look."""
        today = fields.Date.context_today(self)
        for company in self.env["res.company"].search([("autopilot_enabled", "=", True)]):
            user = self._control_responsible(company)
            # written for the one who reads it
            control = (
                self.with_company(company)
                .with_context(lang=user.lang or self.env.lang)
                .create(
                    {
                        "company_id": company.id,
                        "date_from": today - timedelta(days=30),
                        "date_to": today,
                    }
                )
            )
            control.action_run()
            if control.state == "issues":
                env = control.env
                control.activity_schedule(
                    "mail.mail_activity_data_todo",
                    summary=env._("Reconciliation differences to look at"),
                    note=env._(
                        "Differences above 0.01 found by the daily control: %(count)s.",
                        count=control.issue_count,
                    ),
                    user_id=user.id,
                )
            else:
                control.unlink()  # a clean day leaves nothing to read
        return True

    @api.model
    def _control_responsible(self, company):
        managers = self.env.ref("account.group_account_manager").all_user_ids.filtered(
            lambda u: company in u.company_ids and not u.share
        )
        return managers[:1] or self.env.ref("base.user_admin")


class AccountReconcileControlLine(models.Model):
    _name = "account.reconcile.control.line"
    _description = "Reconciliation Control Difference"
    _order = "check, id"

    control_id = fields.Many2one(
        "account.reconcile.control", required=True, ondelete="cascade", index=True
    )
    company_id = fields.Many2one(related="control_id.company_id", store=True, index=True)
    check = fields.Selection(CHECKS, required=True)
    params = fields.Json(
        "Parameters (technical)", help="What the description says, as data (technical)."
    )
    description = fields.Char(compute="_compute_description")
    currency_id = fields.Many2one("res.currency")
    expected = fields.Monetary()
    found = fields.Monetary()
    difference = fields.Monetary()
    move_id = fields.Many2one("account.move", "Document")
    statement_line_id = fields.Many2one("account.bank.statement.line", "Bank Line")
    statement_id = fields.Many2one("account.bank.statement")
    journal_id = fields.Many2one("account.journal")
    partner_id = fields.Many2one("res.partner")

    @api.depends("check", "params", "expected", "found", "currency_id")
    @api.depends_context("lang")
    def _compute_description(self):
        for row in self:
            params = dict(row.params or {})
            currency = row.currency_id or row.company_id.currency_id
            if row.check == "bank_not_applied":
                params["date"] = format_date(row.env, params.get("date"))
                params["left"] = format_amount(row.env, params.get("left") or 0.0, currency)
                key = row.check
            elif row.check == "balance":
                params["first"] = format_amount(row.env, row.expected, currency)
                params["second"] = format_amount(row.env, row.found, currency)
                key = params.get("pair")
            else:
                key = row.check
            template = DESCRIPTIONS.get(key)
            try:
                row.description = fill(row.env, template, params) if template else False
            except (KeyError, TypeError, ValueError):  # a row of another version
                row.description = False

    def action_open(self):
        self.ensure_one()
        record = self.move_id or self.statement_id or self.journal_id
        return {
            "type": "ir.actions.act_window",
            "res_model": record._name,
            "res_id": record.id,
            "view_mode": "form",
            "target": "current",
        }
