# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from datetime import datetime, time, timedelta

from odoo import api, fields, models
from odoo.exceptions import ValidationError

from fincycle.timesheets import month_end


class ResCompany(models.Model):
    _inherit = "res.company"

    time_invoice_enabled = fields.Boolean(
        "Month-End Time Invoicing",
        default=True,
        help="After each month end, the hours of the month delivered on the sale order "
        "lines invoiced on timesheets become one invoice per sale order, posted or sent "
        "for approval by the approval rules.",
    )
    time_invoice_workday = fields.Integer(
        "Working Day After Month End",
        default=1,
        help="On which working day of the new month (1 = the first, per the company's "
        "working hours and public holidays) the previous month is invoiced.",
    )
    time_invoice_timesheet_detail = fields.Boolean(
        "Timesheet Detail on Invoices",
        default=True,
        help="The invoice PDF and the customer's portal invoice list the invoiced "
        "timesheets: date, employee, description and hours.",
    )

    @api.constrains("time_invoice_workday")
    def _check_time_invoice_workday(self):
        for company in self:
            if not 1 <= company.time_invoice_workday <= month_end.MAX_WORKDAY:
                raise ValidationError(
                    self.env._(
                        "The working day of the month-end time invoicing must be between "
                        "1 and %(max)s.",
                        max=month_end.MAX_WORKDAY,
                    )
                )

    def _time_invoice_is_working(self, first):
        """A predicate telling the working days of the company's calendar (public
        holidays and company closures taken out) over the month from ``first``; Monday to
        Friday without a calendar."""
        self.ensure_one()
        calendar = self.resource_calendar_id
        if not calendar:
            return month_end.weekday_is_working
        last = first + timedelta(days=month_end.SEARCH_DAYS)
        unusual = calendar._get_unusual_days(
            datetime.combine(first, time.min), datetime.combine(last, time.max), self
        )
        return lambda day: not unusual.get(fields.Date.to_string(day), True)

    def _time_invoice_due_date(self, period_end):
        """The day the month ending ``period_end`` is invoiced."""
        self.ensure_one()
        first = period_end + timedelta(days=1)
        return month_end.due_date(
            period_end, self.time_invoice_workday, self._time_invoice_is_working(first)
        )

    def _time_invoice_period(self, today):
        """(first, last) day of the month a run on ``today`` invoices, or None before its
        working day."""
        self.ensure_one()
        start, end = month_end.previous_month(today)
        if today < self._time_invoice_due_date(end):
            return None
        return start, end
