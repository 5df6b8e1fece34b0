# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class FincycleInvoiceRunMixin(models.AbstractModel):
    """What one run of a scheduled invoicing job did in one company: the invoices it
    created, how many were posted, how many wait for an approval, how many posted after
    their approval and how many failed, with a summary line per invoice.

    A run log inherits it and adds what it invoiced (a month, a date), what failed (its
    sale orders, its contracts), its display name, and names the table of ``move_ids``:
    ``move_ids = fields.Many2many(relation="my_run_move_rel")``."""

    _name = "fincycle.invoice.run.mixin"
    _description = "Invoicing Run (shared fields)"
    _order = "date_start desc, id desc"
    _check_company_auto = True

    company_id = fields.Many2one("res.company", required=True, readonly=True, index=True)
    date_start = fields.Datetime("Started", readonly=True)
    date_end = fields.Datetime("Finished", readonly=True)
    move_ids = fields.Many2many(
        "account.move",
        column1="run_id",
        column2="move_id",
        string="Invoices Created",
        readonly=True,
        check_company=True,
    )
    created_count = fields.Integer("Created", readonly=True)
    posted_count = fields.Integer("Posted", readonly=True)
    waiting_count = fields.Integer(
        "Waiting for Approval",
        readonly=True,
        help="Invoices held by an approval rule: they stay in draft in the managers' "
        "queue (Invoicing > Invoices to Approve).",
    )
    approved_count = fields.Integer(
        "Posted after Approval",
        readonly=True,
        help="Invoices of earlier runs that waited for an approval, were approved since "
        "and were posted by this run.",
    )
    failed_count = fields.Integer("Failed", readonly=True)
    detail = fields.Text(readonly=True)
