# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import fields, models
from odoo.tools import SQL


class TimesheetForfaitReport(models.Model):
    """FORFAIT work per project and month: the hours consumed (Clockify's FORFAIT
    timesheets) against the fee (the project's posted customer invoice revenue other
    than hours billed on timesheets: the fixed-fee sale order lines and the contracts'
    invoices booked on the project's analytic account), and the effective hourly rate."""

    _name = "timesheet.forfait.report"
    _description = "Fixed-Fee Hours vs Fee"
    _auto = False
    _order = "month desc, project_id"

    month = fields.Date(readonly=True)
    project_id = fields.Many2one("project.project", readonly=True)
    partner_id = fields.Many2one("res.partner", "Customer", readonly=True)
    company_id = fields.Many2one("res.company", readonly=True)
    currency_id = fields.Many2one("res.currency", readonly=True)
    hours = fields.Float("FORFAIT Hours", readonly=True)
    fee = fields.Monetary(
        readonly=True,
        help="Posted customer invoices (less credit notes) of the month on the project's "
        "analytic account, except the hours billed on timesheets: the fixed fees.",
    )
    effective_rate = fields.Monetary(
        "Effective Hourly Rate",
        readonly=True,
        aggregator=None,
        help="The fee divided by the FORFAIT hours of the month.",
    )

    @property
    def _table_query(self):
        return SQL(
            """
            WITH hours AS (
                SELECT aal.project_id, aal.company_id,
                       date_trunc('month', aal.date)::date AS month,
                       SUM(aal.unit_amount) AS hours
                  FROM account_analytic_line aal
                 WHERE aal.project_id IS NOT NULL AND aal.clockify_category = 'FORFAIT'
              GROUP BY 1, 2, 3
            ), fees AS (
                SELECT p.id AS project_id, aal.company_id,
                       date_trunc('month', aal.date)::date AS month,
                       SUM(aal.amount) AS fee
                  FROM account_analytic_line aal
                  JOIN project_project p ON p.account_id = aal.account_id
                  JOIN account_move_line aml ON aml.id = aal.move_line_id
                  JOIN account_move am ON am.id = aml.move_id
             LEFT JOIN product_product pp ON pp.id = aml.product_id
             LEFT JOIN product_template pt ON pt.id = pp.product_tmpl_id
                 WHERE aal.project_id IS NULL
                   AND am.state = 'posted'
                   AND am.move_type IN ('out_invoice', 'out_refund')
                   AND NOT (COALESCE(pt.service_type, '') = 'timesheet'
                            AND COALESCE(pt.invoice_policy, '') = 'delivery')
                   AND p.id IN (SELECT project_id FROM hours)
              GROUP BY 1, 2, 3
            )
            SELECT row_number() OVER (ORDER BY k.month, k.project_id, k.company_id) AS id,
                   k.month, k.project_id, k.company_id,
                   p.partner_id, c.currency_id,
                   COALESCE(h.hours, 0) AS hours,
                   COALESCE(f.fee, 0) AS fee,
                   CASE WHEN h.hours > 0 THEN COALESCE(f.fee, 0) / h.hours END AS effective_rate
              FROM (SELECT project_id, company_id, month FROM hours
                    UNION SELECT project_id, company_id, month FROM fees) k
              JOIN project_project p ON p.id = k.project_id
              JOIN res_company c ON c.id = k.company_id
         LEFT JOIN hours h ON h.project_id = k.project_id AND h.company_id = k.company_id
                          AND h.month = k.month
         LEFT JOIN fees f ON f.project_id = k.project_id AND f.company_id = k.company_id
                         AND f.month = k.month
            """
        )
