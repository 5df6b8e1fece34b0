# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, models
from odoo.exceptions import ValidationError

from fincycle.timesheets import clockify as ck


class AccountAnalyticLine(models.Model):
    _inherit = "account.analytic.line"

    def _fincycle_billable_on(self, sale_line):
        """Whether this timesheet may count on ``sale_line``: INTERNE time is never
        billable; FORFAIT time is covered by a fixed fee, so it never counts on a line
        invoiced by the hour (delivered timesheets). Other time follows Odoo."""
        self.ensure_one()
        if not sale_line or not self.clockify_category:
            return True
        if self.clockify_category == ck.CAT_INTERNE:
            return False
        if self.clockify_category == ck.CAT_FORFAIT:
            return not sale_line.sudo().product_id._is_delivered_timesheet()
        return True

    def _timesheet_determine_sale_line(self):
        sale_line = super()._timesheet_determine_sale_line()
        return sale_line if self._fincycle_billable_on(sale_line) else False

    @api.depends("clockify_category")
    def _compute_so_line(self):
        # Odoo keeps a sale order item set by hand; a category that is not billed by
        # the hour takes it away all the same (the timesheet becomes non-billable).
        res = super()._compute_so_line()
        for timesheet in self:
            if (
                timesheet.so_line
                and timesheet._is_not_billed()
                and not timesheet._fincycle_billable_on(timesheet.so_line)
            ):
                timesheet.so_line = False
        return res

    @api.constrains("so_line", "clockify_category")
    def _check_fincycle_category_not_billed_by_hour(self):
        for timesheet in self:
            if timesheet._is_not_billed() and not timesheet._fincycle_billable_on(
                timesheet.so_line
            ):
                raise ValidationError(
                    self.env._(
                        "The timesheet %(timesheet)s is %(category)s time: it is never "
                        "invoiced by the hour, so it cannot count on the sale order item "
                        "%(item)s, which invoices the timesheets' hours.",
                        timesheet=timesheet.name or timesheet.date,
                        category=timesheet.clockify_category,
                        item=timesheet.so_line.sudo().display_name,
                    )
                )
