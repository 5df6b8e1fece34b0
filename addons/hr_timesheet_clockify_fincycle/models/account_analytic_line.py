# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models

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
