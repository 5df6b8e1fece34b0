# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ClockifyReminder(models.Model):
    """A "no time booked" reminder sent to an employee for a day: at most one per employee
    and day, whatever runs the reminder job."""

    _name = "clockify.reminder"
    _description = "Clockify Timesheet Reminder"
    _order = "day desc, id desc"

    employee_id = fields.Many2one("hr.employee", required=True, ondelete="cascade", index=True)
    company_id = fields.Many2one("res.company", required=True, index=True)
    integration_id = fields.Many2one("fincycle.integration", ondelete="set null")
    day = fields.Date(required=True)
    channel = fields.Selection([("activity", "Activity"), ("email", "E-mail")], required=True)

    _employee_day_uniq = models.UniqueIndex(
        "(employee_id, day)", "An employee is reminded once for a day."
    )
