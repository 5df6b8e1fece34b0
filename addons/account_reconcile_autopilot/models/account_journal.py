# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class AccountJournal(models.Model):
    _inherit = "account.journal"

    autopilot_auto_threshold = fields.Float(
        "Auto-Reconcile From",
        help="Overrides the company's threshold for this journal (0 = the company's).",
    )
    autopilot_suggest_threshold = fields.Float(
        "Suggest From",
        help="Overrides the company's threshold for this journal (0 = the company's).",
    )

    def _autopilot_thresholds(self):
        self.ensure_one()
        company = self.company_id
        return (
            self.autopilot_auto_threshold or company.autopilot_auto_threshold,
            self.autopilot_suggest_threshold or company.autopilot_suggest_threshold,
        )
