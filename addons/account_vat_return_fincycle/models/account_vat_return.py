# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""A VAT return per company and period: boxes from the tax tags of the posted, tax-exigible
journal items (``fincycle.vat.ch_return`` / ``fincycle.vat.ca3`` compute the form), manual
adjustments with a reason, checks before filing, filing under the tax lock date, the Swiss
eCH-0217 file validated against the official XSD before it is offered."""

import base64
from ast import literal_eval
from datetime import date, datetime
from decimal import Decimal

from odoo import Command, api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.fields import Domain
from odoo.tools import SQL
from odoo.tools.translate import LazyTranslate

from fincycle.vat import ca3, ch_return, ech0217
from fincycle.vat import rates as vat_rates

from . import vat_boxes
from .res_company import CH_METHODS, check_net_rates

_lt = LazyTranslate(__name__)

COUNTRIES = [("CH", "Switzerland"), ("FR", "France")]
MAIL_FIELDS = {"message_main_attachment_id", "message_follower_ids", "activity_ids"}
# The files the buttons build: written by the buttons only (as superuser), never by RPC; a
# filed return keeps the files it was filed with.
GENERATED_FIELDS = frozenset(
    {"ech_file", "ech_filename", "ech_messages", "ca3_file", "ca3_filename"}
)
FILED_WRITABLE = {"closing_move_id", "closing_rounding_account_id"}
CHECKED_WRITABLE = FILED_WRITABLE | GENERATED_FIELDS | {"state", "filed_date", "check_ids"}
CA3_FLAG_FIELDS = {
    "nil_return": "fr_nil_return",
    "group_member": "fr_group_member",
    "single_taxpayer_representative": "fr_single_taxpayer_representative",
    "payment_by_offset": "fr_payment_by_offset",
    "express_mention": "fr_express_mention",
    "paid_leave_instalment": "fr_paid_leave_instalment",
    "other": "fr_other_flag",
}
# eCH-0217 rules that the checks of a net-tax-rate return apply before filing
NET_RATE_ECH_CHECKS = {
    "METHOD_PERIOD",
    "PERIOD_LENGTH",
    "PERIOD_BOUNDS",
    "PERIOD_NEEDS_APPROVAL",
    "PERIOD_ALIGNMENT",
    "ACTIVITY_ID",
    "CREDITS_NOT_IN_METHOD",
    "RATE_NOT_YET_VALID",
}
ERROR_NOTES = {
    "REFUND_ABOVE_CREDIT",
    "REFUND_BELOW_MINIMUM",
    "UNKNOWN_ADJUSTMENTS",
    "NET_RATE_MISSING",
    "TOO_MANY_RATES",
    "RATE_NOT_ON_LADDER",
    "TURNOVER_MISMATCH",
    "REGIME",
    "UNKNOWN_FLAG",
    "NIL_RETURN_NOT_NIL",
}
WARNING_NOTES = {"UNKNOWN_TAGS", "NEGATIVE_BOX", "INPUT_TAX_NOT_DEDUCTED", "PERIOD_REGIME"}

CHECK_MESSAGES = {
    "DRAFT_MOVES": _lt(
        "%(count)s draft journal entries are dated in the period: post or delete them before "
        "filing."
    ),
    "UNTAGGED_TAX_ITEMS": _lt(
        "%(count)s posted tax lines of the period have no tax grid of this country: their "
        "tax is in no box."
    ),
    "NOT_YET_EXIGIBLE": _lt(
        "%(count)s tax lines of the period are due on payment and not paid yet: they count "
        "in the return of the payment's period."
    ),
    "ACCOUNTS_DIFFERENCE": _lt(
        "The VAT accounts (%(accounts)s) moved by %(accounts_net)s in the period, the boxes "
        "give %(boxes_net)s: difference %(difference)s."
    ),
    "ACCOUNTS_MATCH": _lt("The VAT accounts (%(accounts)s) match the boxes: %(boxes_net)s."),
    "RATE_PREVIOUS_PERIOD": _lt(
        "Tax %(tax)s (%(rate)s %%) on %(count)s items supplied from %(first)s: a rate of an "
        "earlier period, right only for supplies made before the change; set the taxable "
        "supply date."
    ),
    "RATE_LATER_PERIOD": _lt(
        "Tax %(tax)s (%(rate)s %%) on %(count)s items supplied from %(first)s: the rate was "
        "not yet in force on the day of supply."
    ),
    "RATE_UNKNOWN": _lt(
        "Tax %(tax)s (%(rate)s %%) on %(count)s items: not a statutory rate of the country."
    ),
    "STALE": _lt(
        "Journal items of the period changed since the figures were computed: compute again."
    ),
    "TAX_ROUNDING": _lt(
        "Box %(box)s: the tax computed from the turnover is %(computed)s, the tax booked "
        "%(booked)s."
    ),
    "QUIRK_205": _lt(
        "Box 205 (%(opted)s) is a part of box 200 (%(box_200)s); Odoo's own report would "
        "show %(odoo_200)s."
    ),
    "SIGN_NORMALISED": _lt("The grid %(tag)s had the other sign (%(raw)s): taken as positive."),
    "UNKNOWN_TAGS": _lt("Grids not on the form: %(tags)s."),
    "NEGATIVE_BOX": _lt("Box %(box)s is negative (%(value)s): filed as 0."),
    "REFUND_ABOVE_CREDIT": _lt(
        "The refund requested (%(refund)s) is more than the credit of line 25 (%(credit)s)."
    ),
    "REFUND_BELOW_MINIMUM": _lt(
        "The refund requested (%(refund)s) is below the minimum of %(minimum)s (form 3519)."
    ),
    "NOT_FED_BY_ODOO": _lt("Boxes no Odoo tax feeds, filled by adjustments: %(boxes)s."),
    "UNKNOWN_ADJUSTMENTS": _lt("Adjustments on boxes that do not exist: %(boxes)s."),
    "TURNOVER_MISMATCH": _lt(
        "Box 299 (%(box_299)s) differs from the turnover per rate (%(supplies_total)s)."
    ),
    "NET_RATE_MISSING": _lt(
        "Box %(box)s has a turnover of %(turnover)s but the return has no net tax rate for "
        "it: set the approved rate."
    ),
    "TOO_MANY_RATES": _lt("The form has two net tax rates; %(rate)s %% is one too many."),
    "RATE_NOT_ON_LADDER": _lt("%(rate)s %% is not a net tax rate of the ESTV's ladder."),
    "INPUT_TAX_NOT_DEDUCTED": _lt(
        "Input tax of %(amount)s is booked in the period: the net tax rate method deducts no "
        "input tax."
    ),
    "NET_RATE_DIFFERENCE": _lt(
        "The VAT accounts (%(accounts)s) hold %(accounts_net)s, the tax at the net tax rates "
        "is %(boxes_net)s: the closing entry books the difference %(difference)s."
    ),
    "NET_RATE_LIMIT": _lt(
        "Brought to a year, the taxable turnover is %(turnover)s (limit %(turnover_limit)s) "
        "and the tax at the net tax rates %(tax)s (limit %(tax_limit)s): above a limit the "
        "net tax rate method is no longer allowed (MWSTG Art. 37)."
    ),
    "METHOD_PERIOD": _lt(
        "The net tax rate rows of a period until 2024 and of a period from 2025 are filed "
        "differently: a period may not straddle 1 January 2025."
    ),
    "PERIOD_LENGTH": _lt("A period of %(months)s months does not fit the method."),
    "PERIOD_BOUNDS": _lt("The period must run from the first day of a month to a month's end."),
    "PERIOD_NEEDS_APPROVAL": _lt("A period of %(months)s months needs the ESTV's approval."),
    "PERIOD_ALIGNMENT": _lt("The period does not start at the beginning of a calendar half-year."),
    "ACTIVITY_ID": _lt(
        "From 2025 each net tax rate needs its ESTV activity code (5 characters): %(value)s"
    ),
    "CREDITS_NOT_IN_METHOD": _lt(
        "From 2025 the eCH-0217 file has no place for boxes 470 and 471: file them on the "
        "ESTV portal."
    ),
    "RATE_NOT_YET_VALID": _lt("The rate %(rate)s %% is not yet valid in this period."),
    "REGIME": _lt("The regime %(value)s is not one the CA3 knows."),
    "UNKNOWN_FLAG": _lt("Unknown CA3 header flags: %(flags)s."),
    "PERIOD_REGIME": _lt(
        "The period (%(months)s months) does not fit the regime: the CA3 is monthly, or "
        "quarterly for a calendar quarter."
    ),
    "NIL_RETURN_NOT_NIL": _lt("The return is marked nil but these boxes are not zero: %(boxes)s."),
    "NIL_RETURN_POSSIBLE": _lt("Every box is zero: the return may be marked nil."),
}
GENERIC_CHECK = _lt("Check %(code)s: %(data)s")
ECH_MESSAGES = {
    "UID_FORMAT": _lt("The company's VAT number %(value)s is not a CHE number (CHE + 9 digits)."),
    "UID_CHECK_DIGIT": _lt("The check digit of the company's VAT number %(value)s is wrong."),
    "PERIOD_BOUNDS": _lt("The period must run from the first day of a month to a month's end."),
    "PERIOD_LENGTH": _lt("A period of %(months)s months does not fit the method."),
    "PERIOD_NEEDS_APPROVAL": _lt("A period of %(months)s months needs the ESTV's approval."),
    "PERIOD_ALIGNMENT": _lt("The period does not start at the beginning of a calendar quarter."),
    "TURNOVER_MISMATCH": CHECK_MESSAGES["TURNOVER_MISMATCH"],
    "RATE_UNKNOWN": _lt("The rate %(rate)s %% is not a Swiss rate."),
    "RATE_NOT_YET_VALID": _lt("The rate %(rate)s %% is not yet valid in this period."),
    "RATE_PREVIOUS_PERIOD": _lt(
        "The rate %(rate)s %% is one of an earlier period: right only for earlier supplies."
    ),
    "DESCRIPTION": _lt("Box 280 needs a description of at most 50 characters."),
    "FIELD_LENGTH": _lt("The field %(field)s is empty or too long (at most %(limit)s)."),
    "AMOUNT_PRECISION": _lt("The amount of %(field)s has more than two decimals."),
    "PAYABLE_MISMATCH": _lt("The payable tax differs from the tax the ESTV computes."),
    "XSD": _lt("Schema: %(message)s (line %(line)s)"),
    "XSD_MISSING": _lt("The eCH-0217 schemas are missing."),
    "XSD_SCHEMA": _lt("The eCH-0217 schemas do not compile: %(message)s"),
    "XML_SYNTAX": _lt("The file is not well-formed XML: %(message)s"),
    "METHOD_PERIOD": CHECK_MESSAGES["METHOD_PERIOD"],
    "ACTIVITY_ID": CHECK_MESSAGES["ACTIVITY_ID"],
    "CREDITS_NOT_IN_METHOD": CHECK_MESSAGES["CREDITS_NOT_IN_METHOD"],
}


def _plain_domain(domain):
    """A domain with dates as strings, to store and read back with literal_eval."""
    return [
        (leaf[0], leaf[1], _plain_value(leaf[2])) if isinstance(leaf, (list, tuple)) else leaf
        for leaf in domain
    ]


def _plain_value(value):
    if isinstance(value, (date, datetime)):
        return fields.Date.to_string(value)
    if isinstance(value, (list, tuple)):
        return [_plain_value(v) for v in value]
    return value


def _json_data(data):
    """The check's data as JSON: amounts and dates as text (the messages show them as text)."""
    out = {}
    for key, value in (data or {}).items():
        if isinstance(value, (list, tuple, set)):
            out[key] = [v if isinstance(v, (int, str)) else str(v) for v in value]
        elif value is None or isinstance(value, (bool, int, str)):
            out[key] = value
        else:
            out[key] = str(value)
    return out


class _Data(dict):
    def __missing__(self, key):
        return ""


def _message(messages, code, data, lang=""):
    data = _Data(
        {
            key: ", ".join(map(str, value)) if isinstance(value, (list, tuple, set)) else value
            for key, value in (data or {}).items()
        }
    )
    template = messages.get(code)
    if template is None:
        return GENERIC_CHECK._translate(lang) % {"code": code, "data": dict(data)}
    return template._translate(lang) % data


class AccountVatReturn(models.Model):
    _name = "account.vat.return"
    _description = "VAT return"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "date_from desc, id desc"
    _check_company_auto = True

    name = fields.Char(compute="_compute_name", store=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, tracking=True
    )
    country_code = fields.Selection(
        COUNTRIES,
        string="Country",
        required=True,
        default=lambda self: self._default_country_code(),
        tracking=True,
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    date_from = fields.Date(string="From", required=True, tracking=True)
    date_to = fields.Date(string="To", required=True, tracking=True)
    state = fields.Selection(
        [("draft", "Draft"), ("checked", "Checked"), ("filed", "Filed")],
        default="draft",
        required=True,
        readonly=True,
        tracking=True,
        copy=False,
    )
    line_ids = fields.One2many("account.vat.return.line", "return_id", readonly=True, copy=False)
    adjustment_ids = fields.One2many("account.vat.return.adjustment", "return_id", copy=False)
    check_ids = fields.One2many("account.vat.return.check", "return_id", readonly=True, copy=False)
    computed_at = fields.Datetime(readonly=True, copy=False)
    checked_error_count = fields.Integer(compute="_compute_check_counts")
    checked_warning_count = fields.Integer(compute="_compute_check_counts")
    amount_payable = fields.Monetary(
        readonly=True, copy=False, help="Positive: to pay; negative: a credit."
    )
    filed_date = fields.Date(readonly=True, copy=False, tracking=True)
    # France
    previous_return_id = fields.Many2one(
        "account.vat.return", readonly=True, copy=False, check_company=True
    )
    carry_over_credit = fields.Monetary(
        readonly=True, copy=False, help="Line 27 of the previous filed return, carried to line 22."
    )
    refund_requested = fields.Monetary(
        string="Refund requested (3519)",
        tracking=True,
        help="Line 26: the part of the credit claimed back with form 3519.",
    )
    refund_annual = fields.Boolean(
        string="Annual refund claim", help="The minimum of the claim is 150 EUR instead of 760."
    )
    # Switzerland
    ch_form_of_reporting = fields.Selection(
        [("agreed", "Agreed consideration"), ("received", "Received consideration")],
        string="Form of reporting",
        default="agreed",
    )
    ch_submission_type = fields.Selection(
        [
            ("initial", "Initial"),
            ("correction", "Correction"),
            ("annual_reconciliation", "Annual reconciliation"),
        ],
        string="Submission type",
        default="initial",
    )
    ch_various_deduction_description = fields.Char(
        string="Box 280 description", size=50, help="Required when box 280 is not zero."
    )
    ch_method = fields.Selection(
        CH_METHODS,
        string="VAT method",
        compute="_compute_ch_method",
        store=True,
        readonly=False,
        precompute=True,
        help="From the company's setting when the return is created.",
    )
    ch_net_rate_1 = fields.Float(
        string="Net tax rate (%)",
        digits=(5, 2),
        compute="_compute_ch_method",
        store=True,
        readonly=False,
        precompute=True,
    )
    ch_net_rate_2 = fields.Float(
        string="Second net tax rate (%)",
        digits=(5, 2),
        compute="_compute_ch_method",
        store=True,
        readonly=False,
        precompute=True,
    )
    ch_net_activity_1 = fields.Char(
        string="ESTV activity code",
        compute="_compute_ch_method",
        store=True,
        readonly=False,
        precompute=True,
    )
    ch_net_activity_2 = fields.Char(
        string="ESTV activity code (second rate)",
        compute="_compute_ch_method",
        store=True,
        readonly=False,
        precompute=True,
    )
    ech_file = fields.Binary(string="eCH-0217 file", readonly=True, attachment=True, copy=False)
    ech_filename = fields.Char(readonly=True, copy=False)
    ech_messages = fields.Text(string="eCH-0217 validation", readonly=True, copy=False)
    ca3_file = fields.Binary(string="CA3 file", readonly=True, attachment=True, copy=False)
    ca3_filename = fields.Char(readonly=True, copy=False)
    # France: the CA3 header
    fr_regime = fields.Selection(
        [
            ("normal_monthly", "Normal regime, monthly"),
            ("normal_quarterly", "Normal regime, quarterly"),
        ],
        string="Regime",
        compute="_compute_fr_regime",
        store=True,
        readonly=False,
        precompute=True,
        help="Réel normal: the CA3 is monthly; quarterly when the yearly VAT is below 4,000 EUR.",
    )
    fr_nil_return = fields.Boolean(string="Nil return (KF)", tracking=True)
    fr_group_member = fields.Boolean(string="Member of a VAT group (HJ)")
    fr_single_taxpayer_representative = fields.Boolean(
        string="Representative of a single taxpayer (LS)"
    )
    fr_payment_by_offset = fields.Boolean(string="Payment by offset (BB)")
    fr_express_mention = fields.Boolean(string="Express mention (BC)")
    fr_paid_leave_instalment = fields.Boolean(string="Paid-leave instalment (AA)")
    fr_other_flag = fields.Boolean(string="Other mention (AC)")
    fr_tic_offset = fields.Monetary(
        string="TIC credit offset against VAT (X5)",
        help="Annex 3310-TIC: the energy excise credit set against the VAT due (line 28).",
    )
    fr_tic_due = fields.Monetary(
        string="TIC due (Z5)", help="Annex 3310-TIC: the energy excise due (added to line 32)."
    )
    # Closing entry
    closing_move_id = fields.Many2one(
        "account.move", string="Closing entry", readonly=True, copy=False, check_company=True
    )
    closing_rounding_account_id = fields.Many2one(
        "account.account",
        string="Rounding account",
        check_company=True,
        help="Takes the difference between the VAT accounts and the boxes in the closing entry.",
    )

    _check_tic = models.Constraint(
        "CHECK (fr_tic_offset >= 0 AND fr_tic_due >= 0 AND refund_requested >= 0)",
        "The refund requested and the TIC amounts are not negative.",
    )
    _check_dates = models.Constraint(
        "CHECK (date_from <= date_to)", "The start of the period must be before its end."
    )

    # ------------------------------------------------------------------ defaults, compute

    @api.model
    def _default_country_code(self):
        code = self.env.company.account_fiscal_country_id.code
        return code if code in dict(COUNTRIES) else False

    @api.depends("company_id")
    def _compute_ch_method(self):
        """The company's method and rates when the return is made (a later change of the
        setting does not change the returns made)."""
        for record in self:
            company = record.company_id.sudo()
            record.ch_method = company.fincycle_ch_vat_method or "effective"
            record.ch_net_rate_1 = company.fincycle_ch_net_rate_1
            record.ch_net_rate_2 = company.fincycle_ch_net_rate_2
            record.ch_net_activity_1 = company.fincycle_ch_net_activity_1
            record.ch_net_activity_2 = company.fincycle_ch_net_activity_2

    @api.depends("date_from", "date_to")
    def _compute_fr_regime(self):
        """Quarterly for a period of three months, else monthly."""
        for record in self:
            months = 0
            if record.date_from and record.date_to:
                months = (
                    (record.date_to.year - record.date_from.year) * 12
                    + record.date_to.month
                    - record.date_from.month
                    + 1
                )
            record.fr_regime = "normal_quarterly" if months == 3 else "normal_monthly"

    @api.constrains(
        "ch_method", "ch_net_rate_1", "ch_net_rate_2", "ch_net_activity_1", "ch_net_activity_2"
    )
    def _check_ch_net_rates(self):
        for record in self.filtered(lambda r: r.country_code == "CH"):
            check_net_rates(
                self.env,
                record.ch_method,
                (record.ch_net_rate_1, record.ch_net_rate_2),
                (record.ch_net_activity_1, record.ch_net_activity_2),
            )

    @api.depends("country_code", "date_from", "date_to", "company_id")
    def _compute_name(self):
        for record in self:
            if record.date_from and record.date_to:
                record.name = (
                    f"{record.country_code or ''} VAT {record.date_from} - {record.date_to}"
                )
            else:
                record.name = False

    @api.depends("country_code", "date_from", "date_to")
    @api.depends_context("lang")
    def _compute_display_name(self):
        """The name in the reader's language (``name`` is stored in English, for searches)."""
        for record in self:
            if record.date_from and record.date_to:
                record.display_name = self.env._(
                    "%(country)s VAT %(date_from)s - %(date_to)s",
                    country=record.country_code or "",
                    date_from=record.date_from,
                    date_to=record.date_to,
                )
            else:
                record.display_name = record.name or False

    @api.depends("check_ids.severity")
    def _compute_check_counts(self):
        for record in self:
            record.checked_error_count = len(
                record.check_ids.filtered(lambda c: c.severity == "error")
            )
            record.checked_warning_count = len(
                record.check_ids.filtered(lambda c: c.severity == "warning")
            )

    @api.constrains("company_id", "country_code", "date_from", "date_to", "ch_submission_type")
    def _check_overlap(self):
        for record in self:
            if record.ch_submission_type not in (False, "initial"):
                continue  # corrections and the annual reconciliation cover filed periods
            if self.search_count(
                [
                    ("id", "!=", record.id),
                    ("company_id", "=", record.company_id.id),
                    ("country_code", "=", record.country_code),
                    ("date_from", "<=", record.date_to),
                    ("date_to", ">=", record.date_from),
                    ("ch_submission_type", "in", [False, "initial"]),
                ]
            ):
                raise ValidationError(
                    self.env._("A VAT return of this company already covers part of the period.")
                )

    def _check_state_by_buttons(self, vals_list):
        """The state moves through the buttons only (Check runs the checks, File moves the
        tax lock date; they write it as superuser), never by a plain write."""
        if self.env.su:
            return
        # the closing entry is left out of the VAT account check: only its button links it
        if (
            any(vals.get("state", "draft") != "draft" for vals in vals_list)
            or (self and any("state" in vals for vals in vals_list))
            or any(vals.get("closing_move_id") for vals in vals_list)
            or (self and any("closing_move_id" in vals for vals in vals_list))
        ):
            raise UserError(
                self.env._(
                    "The state and the closing entry of a VAT return change through its "
                    "buttons only."
                )
            )

    @api.model_create_multi
    def create(self, vals_list):
        self._check_state_by_buttons(vals_list)
        return super().create(vals_list)

    def _has_field_access(self, field, operation):
        """The generated files are written by their buttons only (as superuser)."""
        if operation == "write" and field.name in GENERATED_FIELDS and not self.env.su:
            return False
        return super()._has_field_access(field, operation)

    def write(self, vals):
        self._check_state_by_buttons([vals])
        keys = set(vals) - MAIL_FIELDS
        if keys - FILED_WRITABLE and any(r.state == "filed" for r in self):
            raise UserError(self.env._("A filed VAT return cannot be changed."))
        if keys - CHECKED_WRITABLE and any(r.state == "checked" for r in self):
            raise UserError(self.env._("Reset the VAT return to draft to change it."))
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_only_draft(self):
        if any(r.state != "draft" for r in self):
            raise UserError(self.env._("Only a draft VAT return can be deleted."))

    # ------------------------------------------------------------------ figures

    def _companies(self):
        """The company and its branches (one VAT registration). A user who may not see one
        of the branches gets none of its figures through the parent."""
        companies = self.env["res.company"].sudo().search([("id", "child_of", self.company_id.id)])
        hidden = companies - self.env.user.company_ids
        if hidden and not self.env.su:
            raise AccessError(
                self.env._(
                    "The VAT return of %(company)s includes its branches; you have no access "
                    "to %(branches)s.",
                    company=self.company_id.sudo().name,
                    branches=", ".join(hidden.mapped("name")),
                )
            )
        return companies

    def _country(self):
        return self.env["res.country"].search([("code", "=", self.country_code)], limit=1)

    def _period_domain(self):
        return Domain(
            [
                ("company_id", "in", self._companies().ids),
                ("parent_state", "=", "posted"),
                ("date", ">=", self.date_from),
                ("date", "<=", self.date_to),
            ]
        )

    def _exigible_domain(self):
        return self._period_domain() & Domain(
            self.env["account.move.line"]._get_tax_exigible_domain()
        )

    def _tags(self, names=None):
        domain = [("applicability", "=", "taxes"), ("country_id", "=", self._country().id)]
        tags = self.env["account.account.tag"].with_context(active_test=False).search(domain)
        if names is not None:
            tags = tags.filtered(lambda t: t.with_context(lang="en_US").name in set(names))
        return tags

    def _second_rate_taxes(self):
        """The sales taxes whose supplies go to the second net tax rate (company setting)."""
        return self.company_id.sudo().fincycle_ch_net_rate_2_tax_ids

    def _is_net_rate(self):
        return self.country_code == "CH" and self.ch_method == "net_tax_rate"

    def _tag_balances(self):
        """{tag name: Σ balance} of the posted, tax-exigible items of the period with the
        country's tax tags (Decimal, company currency). Net tax rate method: a pair of such
        dicts, the items of the first rate and those of the second rate's taxes."""
        self.ensure_one()
        self.env.flush_all()
        Line = self.env["account.move.line"].sudo()
        query = Line._search(self._exigible_domain())
        country = self._country()
        second = self._second_rate_taxes().ids if self._is_net_rate() else []
        is_second = SQL("FALSE")
        if second:
            is_second = SQL(
                """(l.tax_line_id = ANY(%(second)s) OR EXISTS (
                        SELECT 1 FROM account_move_line_account_tax_rel t
                         WHERE t.account_move_line_id = l.id
                           AND t.account_tax_id = ANY(%(second)s)))""",
                second=second,
            )
        self.env.cr.execute(
            SQL(
                """
                SELECT tag.name->>'en_US', %(is_second)s, SUM(l.balance)
                  FROM account_move_line l
                  JOIN account_account_tag_account_move_line_rel rel
                    ON rel.account_move_line_id = l.id
                  JOIN account_account_tag tag ON tag.id = rel.account_account_tag_id
                 WHERE l.id IN %(ids)s
                   AND tag.applicability = 'taxes' AND tag.country_id = %(country)s
              GROUP BY 1, 2
                """,
                ids=query.subselect(),
                country=country.id,
                is_second=is_second,
            )
        )
        parts = ({}, {})
        for name, is_second, total in self.env.cr.fetchall():
            part = parts[1 if is_second else 0]
            part[name] = part.get(name, Decimal(0)) + Decimal(str(total))
        parts = tuple(
            {name: value.quantize(Decimal("0.01")) for name, value in part.items()}
            for part in parts
        )
        if self._is_net_rate():
            return parts
        total = dict(parts[0])
        for name, value in parts[1].items():
            total[name] = total.get(name, Decimal(0)) + value
        return total

    def _adjustments(self):
        totals = {}
        for adjustment in self.adjustment_ids:
            box = adjustment.box.split("_", 1)[1]
            totals[box] = totals.get(box, Decimal(0)) + Decimal(str(adjustment.amount))
        return totals

    def _previous_return(self):
        return self.search(
            [
                ("company_id", "=", self.company_id.id),
                ("country_code", "=", self.country_code),
                ("state", "=", "filed"),
                ("date_to", "<", self.date_from),
                ("id", "!=", self.id),
            ],
            order="date_to desc",
            limit=1,
        )

    def _net_rate_buckets(self, balances):
        """The pure core's buckets: (first rate, its items' balances), (second rate, ...)."""
        buckets = []
        for rate, part, activity in (
            (self.ch_net_rate_1, balances[0], self.ch_net_activity_1),
            (self.ch_net_rate_2, balances[1], self.ch_net_activity_2),
        ):
            buckets.append(
                ch_return.NetRateBucket(
                    Decimal(f"{rate:.2f}") if rate else None, part, (activity or "").strip()
                )
            )
        return buckets

    def _result(self, balances, adjustments):
        """The pure core's result for these balances and adjustments."""
        if self._is_net_rate():
            return ch_return.net_tax_rate_from_tags(
                self._net_rate_buckets(balances), adjustments=adjustments
            )
        if self.country_code == "CH":
            effective = {b: a for b, a in adjustments.items() if b in vat_boxes.CH_ADJUSTABLE}
            result = ch_return.effective_return(vat_boxes.ch_adjust_balances(balances, effective))
            other = sorted(set(adjustments) - set(effective))
            if other:
                result.notes.append(("UNKNOWN_ADJUSTMENTS", {"boxes": other}))
            return result
        return ca3.ca3_return(
            balances,
            adjustments=adjustments,
            previous_credit=Decimal(str(self.carry_over_credit or 0)),
            refund_requested=Decimal(str(self.refund_requested or 0)),
            refund_annual=self.refund_annual,
            tic_offset=Decimal(str(self.fr_tic_offset or 0)),
            tic_due=Decimal(str(self.fr_tic_due or 0)),
        )

    def _line_values(self, computed, final):
        values = []
        if self._is_net_rate():
            for sequence, box in enumerate(vat_boxes.CH_NET_ORDER):
                tax = sum(
                    (
                        row["tax"]
                        for row in final.rates.values()
                        if row.get("box") == box and "tax" in row
                    ),
                    Decimal(0),
                )
                values.append(
                    {
                        "sequence": sequence,
                        "box": box,
                        "computed_amount": float(computed.boxes.get(box, 0)),
                        "amount": float(final.boxes.get(box, 0)),
                        "tax_amount": float(tax),
                        "is_total": box in vat_boxes.CH_NET_TOTAL_BOXES,
                        "tag_names": " ".join(vat_boxes.ch_tags(box, "net_tax_rate")),
                    }
                )
            return values
        if self.country_code == "CH":
            for sequence, box in enumerate(vat_boxes.CH_ORDER):
                row = final.rates.get(box, {})
                values.append(
                    {
                        "sequence": sequence,
                        "box": box,
                        "computed_amount": float(computed.boxes.get(box, 0)),
                        "amount": float(final.boxes.get(box, 0)),
                        "tax_amount": float(row.get("tax", 0)),
                        "is_total": box in vat_boxes.CH_TOTAL_BOXES,
                        "tag_names": " ".join(vat_boxes.ch_tags(box)),
                    }
                )
            return values
        for sequence, box in enumerate(vat_boxes.FR_ORDER):
            amount = final.boxes.get(box, Decimal(0))
            tax = final.taxes.get(box, Decimal(0))
            if box not in vat_boxes.FR_MAIN and not amount and not tax:
                continue
            edi, edi_tax = vat_boxes.fr_edi(box)
            values.append(
                {
                    "sequence": sequence,
                    "box": box,
                    "computed_amount": float(computed.boxes.get(box, 0)),
                    "amount": float(amount),
                    "tax_amount": float(tax),
                    "edi_code": edi,
                    "edi_tax_code": edi_tax,
                    "is_total": box in vat_boxes.FR_TOTAL_ORDER,
                    "tag_names": " ".join(vat_boxes.fr_tags(box)),
                }
            )
        return values

    def _compute_figures(self):
        """(balances, result without adjustments, result with them)."""
        balances = self._tag_balances()
        computed = self._result(balances, {})
        final = self._result(balances, self._adjustments())
        return balances, computed, final

    def _payable(self, final):
        if self.country_code == "CH":
            return final.boxes["500"] - final.boxes["510"]
        return final.boxes["32"] - final.boxes["25"]

    def action_compute(self):
        for record in self:
            if record.state != "draft":
                raise UserError(self.env._("Only a draft VAT return is computed again."))
            if record.country_code == "FR":
                previous = record._previous_return()
                credit = previous.line_ids.filtered(lambda line: line.box == "27")[:1].amount
                record.write(
                    {"previous_return_id": previous.id, "carry_over_credit": credit or 0.0}
                )
            _balances, computed, final = record._compute_figures()
            record.line_ids.unlink()
            record.write(
                {
                    "line_ids": [Command.create(v) for v in record._line_values(computed, final)],
                    "computed_at": fields.Datetime.now(),
                    "amount_payable": float(record._payable(final)),
                }
            )
            # the files of other figures are gone (written as superuser: no RPC writes them)
            record.sudo().write(dict.fromkeys(GENERATED_FIELDS, False))
        return True

    # ------------------------------------------------------------------ checks

    def _run_checks(self, final):
        """[(code, severity, data, model, domain)] for the record."""
        self.ensure_one()
        found = []
        Move = self.env["account.move"].sudo()
        Line = self.env["account.move.line"].sudo()
        drafts = [
            ("company_id", "in", self._companies().ids),
            ("state", "=", "draft"),
            ("date", ">=", self.date_from),
            ("date", "<=", self.date_to),
        ]
        count = Move.search_count(drafts)
        if count:
            found.append(("DRAFT_MOVES", "error", {"count": count}, "account.move", drafts))
        tags = self._tags()
        exigible = Domain(self.env["account.move.line"]._get_tax_exigible_domain())
        untagged = list(
            self._period_domain()
            & exigible
            & Domain(
                [
                    ("tax_line_id.country_id.code", "=", self.country_code),
                    ("tax_tag_ids", "not in", tags.ids),
                ]
            )
        )
        count = Line.search_count(untagged)
        if count:
            found.append(
                ("UNTAGGED_TAX_ITEMS", "warning", {"count": count}, "account.move.line", untagged)
            )
        # on-payment VAT of documents not paid yet: their cash basis entries come later
        pending = list(
            self._period_domain()
            & ~exigible
            & Domain(
                [
                    ("tax_line_id", "!=", False),
                    ("move_id.payment_state", "in", ["not_paid", "partial"]),
                ]
            )
        )
        count = Line.search_count(pending)
        if count:
            found.append(
                ("NOT_YET_EXIGIBLE", "info", {"count": count}, "account.move.line", pending)
            )
        found += self._check_accounts(final)
        found += self._check_rates()
        notes = list(final.notes)
        if self.country_code == "FR":
            notes += self._ca3_header(final)[1]
        for code, data in notes:
            severity = "info"
            if code in ERROR_NOTES:
                severity = "error"
            elif code in WARNING_NOTES:
                severity = "warning"
            found.append((code, severity, data, False, False))
        if self._is_net_rate():
            found += self._check_net_rate_limits(final)
            for finding in ech0217.check_return(self._ech_return(final)):
                if finding.code in NET_RATE_ECH_CHECKS:
                    found.append((finding.code, finding.severity, finding.data, False, False))
        return found

    def _check_net_rate_limits(self, final):
        """MWSTG Art. 37: the net tax rate method is for a taxable turnover and a tax at the
        net tax rates up to the yearly limits; the period's figures are brought to a year
        (a warning: the ESTV judges the business year)."""
        limits = vat_rates.ch_net_tax_rate_limits(self.date_to)
        months = (
            (self.date_to.year - self.date_from.year) * 12
            + self.date_to.month
            - self.date_from.month
            + 1
        )
        if not limits or months <= 0:
            return []
        turnover_limit, tax_limit = limits
        year = Decimal(12) / Decimal(months)
        turnover = (final.boxes["299"] * year).quantize(Decimal("0.01"))
        tax = (final.boxes["399"] * year).quantize(Decimal("0.01"))
        if turnover <= turnover_limit and tax <= tax_limit:
            return []
        data = {
            "turnover": turnover,
            "turnover_limit": turnover_limit,
            "tax": tax,
            "tax_limit": tax_limit,
        }
        return [("NET_RATE_LIMIT", "warning", data, False, False)]

    def _vat_accounts(self):
        taxes = (
            self.env["account.tax"]
            .sudo()
            .with_context(active_test=False)
            .search(
                [
                    ("company_id", "in", self._companies().ids),
                    ("country_id.code", "=", self.country_code),
                ]
            )
        )
        return taxes.repartition_line_ids.filtered(
            lambda r: r.repartition_type == "tax" and r.account_id
        ).account_id

    def _check_accounts(self, final):
        accounts = self._vat_accounts()
        if not accounts:
            return []
        domain = self._vat_account_domain(accounts)
        groups = self.env["account.move.line"].sudo()._read_group(domain, [], ["balance:sum"])
        accounts_net = -Decimal(str(groups[0][0] or 0)).quantize(Decimal("0.01"))
        boxes_net = self._boxes_net(final)
        difference = accounts_net - boxes_net
        codes = ", ".join(accounts.with_company(self.company_id).mapped("code"))
        data = {
            "accounts": codes,
            "accounts_net": accounts_net,
            "boxes_net": boxes_net,
            "difference": difference,
        }
        code = "ACCOUNTS_DIFFERENCE" if difference else "ACCOUNTS_MATCH"
        severity = "warning" if difference else "info"
        if self._is_net_rate():
            # the VAT invoiced at the statutory rates is not the tax at the net tax rates
            code, severity = "NET_RATE_DIFFERENCE", "info"
        return [(code, severity, data, "account.move.line", domain)]

    def _vat_account_domain(self, accounts):
        """The period's items on the VAT accounts, closing entries of returns left out."""
        closings = self.sudo().search([("closing_move_id", "!=", False)]).closing_move_id
        return list(
            self._period_domain()
            & Domain([("account_id", "in", accounts.ids), ("move_id", "not in", closings.ids)])
        )

    def _boxes_net(self, final):
        """The VAT of the period by the boxes: positive = due (the carry-over excluded)."""
        if self.country_code == "CH":
            return final.boxes["399"] - final.boxes["479"]
        return final.boxes["16"] - (final.boxes["23"] - final.boxes["22"])

    def _check_rates(self):
        """Every percent tax of the country booked in the period against the statutory rates
        on the day of supply (taxable supply date, else delivery date, invoice date, date)."""
        self.env.flush_all()
        query = (
            self.env["account.move.line"]
            .sudo()
            ._search(self._period_domain() & Domain([("tax_line_id", "!=", False)]))
        )
        self.env.cr.execute(
            SQL(
                """
                SELECT l.tax_line_id,
                       COALESCE(m.taxable_supply_date, m.delivery_date, m.invoice_date, l.date),
                       COUNT(*)
                  FROM account_move_line l
                  JOIN account_move m ON m.id = l.move_id
                 WHERE l.id IN %(ids)s
              GROUP BY 1, 2
                """,
                ids=query.subselect(),
            )
        )
        per_tax = {}
        taxes = self.env["account.tax"].sudo().with_context(active_test=False)
        for tax_id, supply_day, count in self.env.cr.fetchall():
            tax = taxes.browse(tax_id)
            if (
                tax.amount_type != "percent"
                or tax.country_id.code != self.country_code
                or abs(tax.amount) >= 100
            ):
                continue
            status = vat_rates.supply_rate_status(self.country_code, abs(tax.amount), supply_day)
            if status in (None, "valid", "exempt"):
                continue
            key = (tax, status)
            entry = per_tax.setdefault(key, {"count": 0, "first": supply_day})
            entry["count"] += count
            entry["first"] = min(entry["first"], supply_day)
        found = []
        for (tax, status), entry in per_tax.items():
            code = {
                "previous_period": "RATE_PREVIOUS_PERIOD",
                "later_period": "RATE_LATER_PERIOD",
            }.get(status, "RATE_UNKNOWN")
            severity = "warning" if code == "RATE_PREVIOUS_PERIOD" else "error"
            domain = list(self._period_domain() & Domain([("tax_line_id", "=", tax.id)]))
            found.append(
                (
                    code,
                    severity,
                    {
                        "tax": tax.name,
                        "rate": abs(tax.amount),
                        "count": entry["count"],
                        "first": entry["first"],
                    },
                    "account.move.line",
                    domain,
                )
            )
        return found

    def _store_checks(self, found):
        self.check_ids.unlink()
        self.write(
            {
                "check_ids": [
                    Command.create(
                        {
                            "code": code,
                            "severity": severity,
                            "data": _json_data(data),
                            "difference": float(data.get("difference", 0) or 0),
                            "res_model": model or False,
                            "domain": repr(_plain_domain(domain)) if domain else False,
                        }
                    )
                    for code, severity, data, model, domain in found
                ]
            }
        )

    def _figures_changed(self, final):
        stored = {line.box: line.amount for line in self.line_ids}
        return any(
            abs(stored.get(box, 0.0) - float(value)) > 0.001
            for box, value in final.boxes.items()
            if box in stored
        )

    def action_check(self):
        """Compute again, run the checks; no error → checked."""
        for record in self:
            if record.state != "draft":
                raise UserError(self.env._("Only a draft VAT return is checked."))
            record.action_compute()
            _balances, _computed, final = record._compute_figures()
            found = record._run_checks(final)
            record._store_checks(found)
            if not any(severity == "error" for _c, severity, *_rest in found):
                record.sudo().state = "checked"
        return True

    def action_reset_draft(self):
        for record in self:
            if record.state != "checked":
                raise UserError(self.env._("Only a checked VAT return goes back to draft."))
            record.sudo().state = "draft"
        return True

    def action_file(self):
        """File a checked return: the figures must not have changed since the check; the
        company's tax lock date moves to the end of the period (never the fiscal year lock)."""
        for record in self:
            if record.state != "checked":
                raise UserError(self.env._("Check the VAT return before filing it."))
            _balances, _computed, final = record._compute_figures()
            if record._figures_changed(final):
                record._store_checks([("STALE", "error", {}, False, False)])
                record.sudo().state = "draft"
                continue
            company = record.company_id.sudo()
            if not company.tax_lock_date or company.tax_lock_date < record.date_to:
                company.write({"tax_lock_date": record.date_to})
            record.sudo().write({"state": "filed", "filed_date": fields.Date.context_today(record)})
            record.message_post(
                body=self.env._(
                    "Filed; the tax lock date of %(company)s is now %(date)s.",
                    company=company.name,
                    date=company.tax_lock_date,
                )
            )
        return True

    # ------------------------------------------------------------------ Switzerland: eCH-0217

    def _ech_method(self):
        """The eCH-0217 method element: effective, or for the net tax rate method
        ``netTaxRateMethod`` for periods until 2024 and ``simpleTaxRateMethod`` (rows keyed by
        the ESTV activity code) from 2025 (rule MWST-0002)."""
        if not self._is_net_rate():
            return "effective"
        return "net_tax_rate" if self.date_to < ech0217.METHOD_CHANGE else "simple_tax_rate"

    def _ech_return(self, final):
        company = self.company_id
        return ch_return.to_ech0217(
            final,
            method=self._ech_method(),
            uid=company.vat or "",
            organisation_name=company.name,
            period_from=self.date_from,
            period_till=self.date_to,
            form_of_reporting=self.ch_form_of_reporting or "agreed",
            submission_type=self.ch_submission_type or "initial",
            various_deduction_description=self.ch_various_deduction_description or "",
        )

    def action_build_ech0217(self):
        """Build the eCH-0217 file, apply the rules outside the XSD and validate it against
        the official XSD; only a file without error is offered."""
        self.ensure_one()
        if self.country_code != "CH":
            raise UserError(self.env._("The eCH-0217 file is for Swiss returns."))
        if self.state == "filed" and self.ech_file:
            return self._download("ech_file", self.ech_filename)
        self._check_can_build()
        _balances, _computed, final = self._compute_figures()
        declaration = self._ech_return(final)
        findings = [f for f in ech0217.check_return(declaration) if f.severity == "error"]
        xml = None
        if not findings:
            try:
                xml = ech0217.build_xml(declaration)
            except ValueError as error:
                findings = [ech0217.EchFinding(str(error), "error", {})]
        if xml is not None:
            findings = ech0217.validate_xsd(xml)
        if findings:
            self.sudo().write(
                {
                    "ech_file": False,
                    "ech_filename": False,
                    "ech_messages": "\n".join(
                        _message(ECH_MESSAGES, f.code, f.data, self.env.lang) for f in findings
                    ),
                }
            )
            return False
        uid = ech0217.normalize_uid(self.company_id.vat)
        self.sudo().write(
            {
                "ech_file": base64.b64encode(xml),
                "ech_filename": f"eCH-0217_{uid}_{self.date_from}_{self.date_to}.xml",
                "ech_messages": self.env._("Valid against the eCH-0217 v2.0.0 schema."),
            }
        )
        return self._download("ech_file", self.ech_filename)

    def _check_can_build(self):
        """The files are built from a checked return; a filed return keeps the files it was
        filed with (a draft's figures are not checked yet)."""
        if self.state == "filed":
            raise UserError(
                self.env._("A filed VAT return keeps its files: build them before filing.")
            )
        if self.state != "checked":
            raise UserError(self.env._("Check the VAT return before building its file."))

    def _download(self, field_name, filename):
        return {
            "type": "ir.actions.act_url",
            "url": f"/web/content/{self._name}/{self.id}/{field_name}/{filename}?download=true",
            "target": "self",
        }

    # ------------------------------------------------------------------ France: EDI summary

    def _ca3_edi(self):
        """{EDI code: whole euros} of the CA3 (non-zero zones)."""
        self.ensure_one()
        if self.country_code != "FR":
            return {}
        _balances, _computed, final = self._compute_figures()
        return dict(final.edi)

    def _ca3_flags(self):
        return [flag for flag, name in CA3_FLAG_FIELDS.items() if self[name]]

    def _ca3_header(self, final):
        """(header rows, notes) of the CA3 (``fincycle.vat.ca3.ca3_header``)."""
        return ca3.ca3_header(
            final,
            regime=self.fr_regime or "normal_monthly",
            flags=self._ca3_flags(),
            period_from=self.date_from,
            period_to=self.date_to,
        )

    def action_build_ca3(self):
        """The CA3 as a CSV: the header first (regime, period, the header flags with their EDI
        codes, the annexes the figures use), an empty line, then its zones: box, label, EDI
        code, whole euros, EDI code and amount of the tax (for typing into the form or handing
        to an EDI partner)."""
        self.ensure_one()
        if self.country_code != "FR":
            raise UserError(self.env._("The CA3 is for French returns."))
        if self.state == "filed" and self.ca3_file:
            return self._download("ca3_file", self.ca3_filename)
        self._check_can_build()
        _balances, _computed, final = self._compute_figures()
        header, _notes = self._ca3_header(final)
        rows = ["header;edi_code;value"]
        rows += [f"{key};{edi};{value}" for key, edi, value in header]
        rows += ["", "box;label;edi_code;amount;edi_tax_code;tax"]
        for line in self.line_ids:
            rows.append(
                ";".join(
                    [
                        line.box,
                        (line.name or "").replace(";", ","),
                        line.edi_code or "",
                        str(int(line.amount)),
                        line.edi_tax_code or "",
                        str(int(line.tax_amount)) if line.edi_tax_code else "",
                    ]
                )
            )
        content = "\r\n".join(rows) + "\r\n"
        self.sudo().write(
            {
                "ca3_file": base64.b64encode(content.encode("utf-8")),
                "ca3_filename": f"CA3_{self.date_from:%Y%m}_{self.date_to:%Y%m}.csv",
            }
        )
        return self._download("ca3_file", self.ca3_filename)

    # ------------------------------------------------------------------ closing entry

    def _settlement_accounts(self):
        """(payable, receivable) settlement accounts of the country's tax groups."""
        groups = (
            self.env["account.tax.group"]
            .sudo()
            .search(
                [
                    ("company_id", "in", self._companies().ids),
                    ("country_id.code", "=", self.country_code),
                ]
            )
        )
        payable = groups.tax_payable_account_id[:1]
        receivable = groups.tax_receivable_account_id[:1]
        return payable, receivable

    def action_create_closing_entry(self):
        """Move the period's balances of the VAT accounts to the settlement account (payable
        or receivable of the tax groups), the difference to the boxes on a rounding line;
        dated the last day of the period, posted."""
        self.ensure_one()
        if self.state not in ("checked", "filed"):
            raise UserError(self.env._("Check the VAT return before closing it."))
        if self.closing_move_id and self.closing_move_id.state != "cancel":
            raise UserError(self.env._("The VAT return already has its closing entry."))
        _balances, _computed, final = self._compute_figures()
        accounts = self._vat_accounts()
        Line = self.env["account.move.line"].sudo()
        per_account = Line._read_group(
            self._vat_account_domain(accounts), ["account_id"], ["balance:sum"]
        )
        currency = self.company_id.currency_id
        lines = []
        accounts_net = Decimal(0)
        for account, balance in per_account:
            amount = Decimal(str(balance or 0)).quantize(Decimal("0.01"))
            if amount:
                accounts_net -= amount
                lines.append((account, -amount, self.env._("VAT closing %s", self.name)))
        boxes_net = self._boxes_net(final)
        payable, receivable = self._settlement_accounts()
        settlement = payable if boxes_net >= 0 else receivable
        if boxes_net:
            if not settlement:
                raise UserError(
                    self.env._(
                        "Set the VAT payable and receivable accounts on the tax groups of "
                        "the country."
                    )
                )
            lines.append((settlement, -boxes_net, self.env._("VAT due for %s", self.name)))
        difference = accounts_net - boxes_net
        if difference:
            loss, profit = self.company_id._fincycle_vat_rounding_accounts()
            account = self.closing_rounding_account_id or (profit if difference > 0 else loss)
            if not account:
                raise UserError(
                    self.env._(
                        "The VAT accounts and the boxes differ by %(difference)s: choose the "
                        "rounding account of the closing entry.",
                        difference=difference,
                    )
                )
            label = (
                self.env._("Net tax rate difference")
                if self._is_net_rate()
                else self.env._("VAT rounding")
            )
            lines.append((account, -difference, label))
        if not lines:
            raise UserError(self.env._("Nothing to close: the VAT accounts did not move."))
        journal = (
            self.env["account.journal"]
            .sudo()
            .search(
                [
                    *self.env["account.journal"]._check_company_domain(self.company_id),
                    ("type", "=", "general"),
                ],
                limit=1,
            )
        )
        if not journal:
            raise UserError(self.env._("The company has no miscellaneous journal."))
        move = (
            self.env["account.move"]
            .sudo()
            .with_company(self.company_id)
            .create(
                {
                    "move_type": "entry",
                    "journal_id": journal.id,
                    "date": self.date_to,
                    "ref": self.name,
                    "line_ids": [
                        Command.create(
                            {
                                "account_id": account.id,
                                "name": label,
                                "balance": float(currency.round(float(amount))),
                            }
                        )
                        for account, amount, label in lines
                    ],
                }
            )
        )
        move.action_post()
        self.sudo().closing_move_id = move
        return {
            "type": "ir.actions.act_window",
            "res_model": "account.move",
            "res_id": move.id,
            "view_mode": "form",
        }


class AccountVatReturnDraftPart(models.AbstractModel):
    """A part of a VAT return (its boxes, its adjustments) that is created, changed or
    deleted only while the return is a draft, before and after the change."""

    _name = "account.vat.return.draft.part"
    _description = "Part of a Draft VAT Return"

    def _draft_only_message(self):
        raise NotImplementedError

    def _check_return_draft(self):
        if any(part.return_id.state != "draft" for part in self):
            raise UserError(self._draft_only_message())

    @api.model_create_multi
    def create(self, vals_list):
        records = super().create(vals_list)
        records._check_return_draft()
        return records

    def write(self, vals):
        self._check_return_draft()
        result = super().write(vals)
        self._check_return_draft()
        return result

    @api.ondelete(at_uninstall=False)
    def _unlink_return_draft(self):
        self._check_return_draft()


class AccountVatReturnLine(models.Model):
    _name = "account.vat.return.line"
    _inherit = ["account.vat.return.draft.part"]
    _description = "VAT return box"
    _order = "return_id, sequence, id"

    return_id = fields.Many2one("account.vat.return", required=True, ondelete="cascade", index=True)
    company_id = fields.Many2one(related="return_id.company_id", store=True)
    currency_id = fields.Many2one(related="return_id.currency_id")
    sequence = fields.Integer()
    box = fields.Char(required=True)
    name = fields.Char(string="Label", compute="_compute_name")
    computed_amount = fields.Monetary(string="Computed")
    adjustment_amount = fields.Monetary(string="Adjustment", compute="_compute_adjustment")
    amount = fields.Monetary()
    tax_amount = fields.Monetary(string="Tax")
    edi_code = fields.Char(string="EDI")
    edi_tax_code = fields.Char(string="EDI (tax)")
    is_total = fields.Boolean()
    tag_names = fields.Char(string="Tax grids")

    @api.depends("box", "return_id.country_code", "return_id.ch_method")
    @api.depends_context("lang")
    def _compute_name(self):
        """The box's label in the reader's language."""
        for line in self:
            line.name = vat_boxes.label(
                line.return_id.country_code,
                line.box,
                self.env.lang,
                line.return_id.ch_method or "effective",
            )

    @api.depends("computed_amount", "amount")
    def _compute_adjustment(self):
        for line in self:
            line.adjustment_amount = line.amount - line.computed_amount

    def _draft_only_message(self):
        # the boxes change with their draft return only: a checked or filed return's boxes
        # are what was checked or filed (and carried over to the next French return)
        return self.env._("The boxes of a checked or filed VAT return are kept.")

    def action_open_items(self):
        """The journal items behind the box (posted, tax-exigible, in the period)."""
        self.ensure_one()
        vat_return = self.return_id
        tags = vat_return._tags(self.tag_names.split() if self.tag_names else [])
        domain = vat_return._exigible_domain() & Domain([("tax_tag_ids", "in", tags.ids)])
        slot = vat_boxes.CH_NET_SLOTS.get(self.box) if vat_return._is_net_rate() else None
        if slot is not None:
            # the first rate's boxes: items of the other taxes; the second's: of its taxes
            taxes = vat_return._second_rate_taxes().ids
            second = Domain([("tax_line_id", "in", taxes)]) | Domain([("tax_ids", "in", taxes)])
            domain &= second if slot else ~second
        domain = list(domain)
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Box %(box)s", box=self.box),
            "res_model": "account.move.line",
            "view_mode": "list,form",
            "domain": domain,
            "context": {"search_default_group_by_move": 0, "create": False},
        }


class AccountVatReturnAdjustment(models.Model):
    _name = "account.vat.return.adjustment"
    _inherit = ["account.vat.return.draft.part"]
    _description = "VAT return adjustment"

    return_id = fields.Many2one("account.vat.return", required=True, ondelete="cascade", index=True)
    company_id = fields.Many2one(related="return_id.company_id", store=True)
    currency_id = fields.Many2one(related="return_id.currency_id")
    box = fields.Selection(vat_boxes.adjustable_selection(), required=True)
    amount = fields.Monetary(required=True)
    reason = fields.Char(required=True)

    @api.constrains("box", "reason", "return_id")
    def _check_box(self):
        for adjustment in self:
            if not (adjustment.reason or "").strip():
                raise ValidationError(self.env._("An adjustment needs a reason."))
            prefix = adjustment.box.split("_", 1)[0].upper()
            if prefix != adjustment.return_id.country_code:
                raise ValidationError(
                    self.env._("Box %(box)s is not a box of this return.", box=adjustment.box)
                )

    def _draft_only_message(self):
        return self.env._("Adjustments change only on a draft VAT return.")


class AccountVatReturnCheck(models.Model):
    _name = "account.vat.return.check"
    _description = "VAT return check"
    _order = "return_id, severity, id"

    return_id = fields.Many2one("account.vat.return", required=True, ondelete="cascade", index=True)
    company_id = fields.Many2one(related="return_id.company_id", store=True)
    currency_id = fields.Many2one(related="return_id.currency_id")
    code = fields.Char(readonly=True)
    severity = fields.Selection(
        [("error", "Error"), ("warning", "Warning"), ("info", "Information")], readonly=True
    )
    data = fields.Json(readonly=True, help="The figures the message names.")
    message = fields.Char(compute="_compute_message")
    difference = fields.Monetary(readonly=True)
    res_model = fields.Char(readonly=True)
    domain = fields.Char(readonly=True)

    @api.depends("code", "data")
    @api.depends_context("lang")
    def _compute_message(self):
        """The finding worded in the reader's language."""
        for check in self:
            check.message = _message(CHECK_MESSAGES, check.code, check.data or {}, self.env.lang)

    def action_open(self):
        self.ensure_one()
        if not self.res_model:
            return False
        return {
            "type": "ir.actions.act_window",
            "name": self.code,
            "res_model": self.res_model,
            "view_mode": "list,form",
            "domain": literal_eval(self.domain),
            "context": {"create": False},
        }
