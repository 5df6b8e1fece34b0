# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import fields, models


class ContractInvoiceRun(models.Model):
    """What one run of the contracts' invoicing job did in one company: the
    invoices it created, how many were posted, how many wait for an approval
    and which contracts or invoices failed (and why)."""

    _name = "contract.invoice.run"
    _description = "Contract Invoicing Run"
    _order = "date_start desc, id desc"
    _check_company_auto = True

    company_id = fields.Many2one("res.company", required=True, readonly=True, index=True)
    date_ref = fields.Date(
        "Invoicing Date",
        readonly=True,
        help="The contracts whose next invoice date is on or before this date were invoiced.",
    )
    date_start = fields.Datetime("Started", readonly=True)
    date_end = fields.Datetime("Finished", readonly=True)
    move_ids = fields.Many2many(
        "account.move",
        "contract_invoice_run_move_rel",
        "run_id",
        "move_id",
        string="Invoices Created",
        readonly=True,
        check_company=True,
    )
    failed_contract_ids = fields.Many2many(
        "contract.contract",
        "contract_invoice_run_failed_contract_rel",
        "run_id",
        "contract_id",
        string="Contracts That Failed",
        readonly=True,
        help="Contracts whose invoice was not created, or created but neither "
        "posted nor sent for approval. Each has an activity saying why.",
    )
    created_count = fields.Integer("Created", readonly=True)
    posted_count = fields.Integer("Posted", readonly=True)
    waiting_count = fields.Integer(
        "Waiting for Approval",
        readonly=True,
        help="Invoices held by an approval rule: they stay in draft in the "
        "managers' queue (Invoicing > Invoices to Approve).",
    )
    approved_count = fields.Integer(
        "Posted after Approval",
        readonly=True,
        help="Invoices of earlier runs that waited for an approval, were "
        "approved since and were posted by this run.",
    )
    failed_count = fields.Integer("Failed", readonly=True)
    detail = fields.Text(readonly=True)

    def _compute_display_name(self):
        for run in self:
            run.display_name = self.env._(
                "Contract invoicing of %(date)s, %(company)s",
                date=fields.Date.to_string(run.date_ref) if run.date_ref else "",
                company=run.company_id.name or "",
            )
