# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The company's VAT return settings: the Swiss method (effective or net tax rate) with its one
or two approved net tax rates, and the accounts of the closing entry's rounding line."""

from decimal import Decimal

from odoo import api, fields, models
from odoo.exceptions import ValidationError

from fincycle.vat import rates as vat_rates

CH_METHODS = [("effective", "Effective method"), ("net_tax_rate", "Net tax rate method")]
# every rung of every ladder (the ESTV letter gives the rung of its day)
_LADDER = {rate for _start, ladder in vat_rates.CH_NET_TAX_RATES for rate in ladder}


def check_net_rates(env, method, rates, activities):
    """Raise ValidationError for net tax rates the method cannot file (bad inputs).
    ``rates``: (first, second) in percent; ``activities``: their ESTV activity codes."""
    if method != "net_tax_rate":
        return
    rate_1, rate_2 = rates
    if not rate_1:
        raise ValidationError(env._("The net tax rate method needs the approved net tax rate."))
    for rate in (rate_1, rate_2):
        if rate and Decimal(f"{rate:.2f}") not in _LADDER:
            raise ValidationError(
                env._(
                    "%(rate)s %% is not a net tax rate (the ESTV ladder: %(ladder)s).",
                    rate=rate,
                    ladder=", ".join(
                        str(r) for r in vat_rates.ch_net_tax_rates(fields.Date.today()) or ()
                    ),
                )
            )
    if rate_2 and abs(rate_2 - rate_1) < 0.001:
        raise ValidationError(env._("The second net tax rate must differ from the first."))
    for code in activities:
        if code and len(code.strip()) != 5:
            raise ValidationError(
                env._("An ESTV activity code has exactly 5 characters: %(code)s", code=code)
            )


class ResCompany(models.Model):
    _inherit = "res.company"

    fincycle_ch_vat_method = fields.Selection(
        CH_METHODS,
        string="Swiss VAT method",
        default="effective",
        help="Effective: output tax less input tax, quarterly. Net tax rate (Saldosteuersatz): "
        "the gross turnover times the rates the ESTV approved, no input tax, half-yearly.",
    )
    fincycle_ch_net_rate_1 = fields.Float(
        string="Approved net tax rate (%)", digits=(5, 2), help="As in the ESTV's letter."
    )
    fincycle_ch_net_rate_2 = fields.Float(
        string="Second net tax rate (%)", digits=(5, 2), help="Only if the ESTV approved two."
    )
    fincycle_ch_net_activity_1 = fields.Char(
        string="ESTV activity code", help="Needed for periods from 2025 (5 characters)."
    )
    fincycle_ch_net_activity_2 = fields.Char(string="ESTV activity code (second rate)")
    fincycle_ch_net_rate_2_tax_ids = fields.Many2many(
        "account.tax",
        "fincycle_ch_net_rate_2_tax_rel",
        "company_id",
        "tax_id",
        string="Sales taxes of the second net tax rate",
        check_company=True,
        domain="[('type_tax_use', '=', 'sale'), ('company_id', 'parent_of', id)]",
        help="The supplies taxed with these taxes go to the second net tax rate, all others "
        "to the first.",
    )
    fincycle_vat_rounding_loss_account_id = fields.Many2one(
        "account.account",
        string="VAT closing: loss account",
        check_company=True,
        help="Takes a closing entry's rounding difference when the boxes are more than the VAT "
        "accounts. Empty: the French chart's rounding loss account (658), else the cash "
        "difference loss account (Swiss chart: 4991).",
    )
    fincycle_vat_rounding_profit_account_id = fields.Many2one(
        "account.account",
        string="VAT closing: profit account",
        check_company=True,
        help="Takes a closing entry's rounding difference (and, under the net tax rate method, "
        "the VAT invoiced above the tax due) when the VAT accounts are more than the boxes. "
        "Empty: the French chart's rounding profit account (758), else the cash difference "
        "gain account (Swiss chart: 4992).",
    )

    @api.constrains(
        "fincycle_ch_vat_method",
        "fincycle_ch_net_rate_1",
        "fincycle_ch_net_rate_2",
        "fincycle_ch_net_activity_1",
        "fincycle_ch_net_activity_2",
    )
    def _check_fincycle_ch_net_rates(self):
        for company in self:
            check_net_rates(
                self.env,
                company.fincycle_ch_vat_method,
                (company.fincycle_ch_net_rate_1, company.fincycle_ch_net_rate_2),
                (company.fincycle_ch_net_activity_1, company.fincycle_ch_net_activity_2),
            )

    def _fincycle_vat_rounding_accounts(self):
        """(loss, profit) accounts of the VAT closing entry's rounding line: the company's
        setting, else the French chart's rounding accounts (658 / 758), else the cash
        difference accounts every chart sets (Swiss chart: 4991 / 4992)."""
        self.ensure_one()
        company = self.sudo()
        loss = company.fincycle_vat_rounding_loss_account_id
        profit = company.fincycle_vat_rounding_profit_account_id
        for loss_field, profit_field in (
            ("l10n_fr_rounding_difference_loss_account_id", "l10n_fr_rounding_difference_profit_account_id"),
            ("default_cash_difference_expense_account_id", "default_cash_difference_income_account_id"),
        ):  # fmt: skip
            if loss_field in company._fields:
                loss = loss or company[loss_field]
                profit = profit or company[profit_field]
        return loss, profit
