# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from collections import defaultdict

from odoo import api, fields, models

from .clockify_mapping import CATEGORY_SELECTION


class AccountAnalyticLine(models.Model):
    _inherit = "account.analytic.line"

    # looked up by company and id: the unique index below
    clockify_entry_id = fields.Char(copy=False, readonly=True)
    clockify_integration_id = fields.Many2one(
        "fincycle.integration", "Clockify Connection", copy=False, readonly=True, index=True
    )
    clockify_category = fields.Selection(CATEGORY_SELECTION, copy=False, readonly=True)
    clockify_fingerprint = fields.Char(copy=False, readonly=True)
    clockify_seen_at = fields.Datetime(
        copy=False, readonly=True, help="When a pull last found the entry in Clockify."
    )
    clockify_correction_of_id = fields.Many2one(
        "account.analytic.line",
        "Correction Of",
        copy=False,
        readonly=True,
        index="btree_not_null",
        ondelete="restrict",
        help="The timesheet of a locked period this line corrects: Clockify changed or "
        "deleted the entry after the period was locked.",
    )
    clockify_correction_ids = fields.One2many(
        "account.analytic.line", "clockify_correction_of_id", "Clockify Corrections"
    )

    _clockify_entry_company_uniq = models.UniqueIndex(
        "(company_id, clockify_entry_id) WHERE clockify_entry_id IS NOT NULL",
        "A Clockify entry is booked once per company.",
    )

    # -- creating many timesheets ------------------------------------------------------------
    @api.model
    def _clockify_create(self, vals_list):
        """``create(vals_list)`` with hr_timesheet's cost written once per distinct amount.

        hr_timesheet's ``create`` computes each new timesheet's cost (``amount``) and writes
        it line by line: a full ``write`` per timesheet, most of an import's time. Here those
        writes are collected while ``create`` runs and made afterwards, one ``write`` per
        amount. Every override of ``_timesheet_postprocess`` still runs as it is; the lines
        end exactly as a plain ``create`` leaves them."""
        amounts = {}
        lines = self.with_context(clockify_deferred_amounts=amounts).create(vals_list)
        lines = lines.with_env(self.env)
        by_amount = defaultdict(list)
        for line_id, amount in amounts.items():
            by_amount[amount].append(line_id)
        for amount, line_ids in by_amount.items():
            self.browse(line_ids).sudo().write({"amount": amount})
        return lines

    def write(self, vals):
        deferred = self.env.context.get("clockify_deferred_amounts")
        if deferred is not None and vals.keys() == {"amount"}:
            # hr_timesheet's cost, written by _clockify_create once per amount
            deferred.update(dict.fromkeys(self.ids, vals["amount"]))
            return True
        return super().write(vals)
