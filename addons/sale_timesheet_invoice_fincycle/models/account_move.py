# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import fields, models


class AccountMove(models.Model):
    _inherit = "account.move"

    time_invoice_run_ids = fields.Many2many(
        "timesheet.invoice.run",
        "timesheet_invoice_run_move_rel",
        "move_id",
        "run_id",
        string="Month-End Time Invoicing Runs",
        readonly=True,
        copy=False,
        groups="account.group_account_invoice",
        help="The month-end time invoicing run that created this invoice.",
    )

    def _time_invoice_detail_lines(self):
        """The timesheets the customer reads on the invoice (PDF and portal), by date:
        those the invoice bills, when its company shows them."""
        self.ensure_one()
        if not self.company_id.time_invoice_timesheet_detail or self.move_type != "out_invoice":
            return self.env["account.analytic.line"]
        return (
            self.sudo()
            .timesheet_ids.filtered("project_id")
            .sorted(lambda t: (t.date, t.employee_id.name or "", t.id))
        )
