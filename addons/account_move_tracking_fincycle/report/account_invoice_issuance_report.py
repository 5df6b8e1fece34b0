# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import fields, models
from odoo.tools import SQL


class AccountInvoiceIssuanceReport(models.Model):
    """The sent customer invoices and how long after the end of their work they were
    sent: by month of the work end, the average and longest delay and how many were sent
    within 48 hours."""

    _name = "account.invoice.issuance.report"
    _description = "Invoice Issuance Delay"
    _auto = False
    _rec_name = "move_id"
    _order = "work_end_date desc, id desc"

    move_id = fields.Many2one("account.move", "Invoice", readonly=True)
    company_id = fields.Many2one("res.company", readonly=True)
    partner_id = fields.Many2one("res.partner", "Customer", readonly=True)
    invoice_user_id = fields.Many2one("res.users", "Salesperson", readonly=True)
    invoice_date = fields.Date(readonly=True)
    work_end_date = fields.Date("Work Done By", readonly=True)
    sent_date = fields.Datetime("First Sent On", readonly=True)
    sent_by = fields.Selection([("auto", "Automatically"), ("manual", "By hand")], readonly=True)
    invoice_count = fields.Integer("Invoices Sent", readonly=True, aggregator="sum")
    delay_days = fields.Float(
        "Average Delay (days)", readonly=True, digits=(16, 1), aggregator="avg"
    )
    max_delay_days = fields.Float(
        "Longest Delay (days)", readonly=True, digits=(16, 1), aggregator="max"
    )
    within_target_count = fields.Integer("Sent within 48 h", readonly=True, aggregator="sum")
    later_count = fields.Integer("Sent Later", readonly=True, aggregator="sum")

    _depends = {
        "account.move": [
            "state",
            "move_type",
            "company_id",
            "commercial_partner_id",
            "invoice_user_id",
            "invoice_date",
            "work_end_date",
            "tracking_sent_date",
            "tracking_sent_by",
            "issuance_delay_days",
            "issuance_within_target",
        ],
    }

    @property
    def _table_query(self):
        return SQL(
            """
            SELECT m.id AS id,
                   m.id AS move_id,
                   m.company_id,
                   m.commercial_partner_id AS partner_id,
                   m.invoice_user_id,
                   m.invoice_date,
                   m.work_end_date,
                   m.tracking_sent_date AS sent_date,
                   m.tracking_sent_by AS sent_by,
                   1 AS invoice_count,
                   m.issuance_delay_days AS delay_days,
                   m.issuance_delay_days AS max_delay_days,
                   CASE WHEN m.issuance_within_target THEN 1 ELSE 0 END AS within_target_count,
                   CASE WHEN m.issuance_within_target THEN 0 ELSE 1 END AS later_count
              FROM account_move m
             WHERE m.move_type = 'out_invoice'
               AND m.state = 'posted'
               AND m.tracking_sent_date IS NOT NULL
               AND m.work_end_date IS NOT NULL
            """
        )
