# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models

from .clockify_mapping import CATEGORY_SELECTION


class TimesheetsAnalysisReport(models.Model):
    """The timesheet analysis shares the timesheets' search view (Odoo builds its
    search view from it), so the Clockify filters need their fields here too; they
    also let the analysis be split by category."""

    _inherit = "timesheets.analysis.report"

    clockify_category = fields.Selection(CATEGORY_SELECTION, readonly=True)
    clockify_correction_of_id = fields.Many2one(
        "account.analytic.line", "Correction Of", readonly=True
    )

    @api.model
    def _select(self):
        return (
            super()._select()
            + """,
                A.clockify_category AS clockify_category,
                A.clockify_correction_of_id AS clockify_correction_of_id
            """
        )
