# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import fields, models


class ContractInvoiceRun(models.Model):
    """What one run of the contracts' invoicing job did in one company: the
    invoices it created, how many were posted, how many wait for an approval
    and which contracts or invoices failed (and why)."""

    _name = "contract.invoice.run"
    _inherit = "fincycle.invoice.run.mixin"
    _description = "Contract Invoicing Run"

    date_ref = fields.Date(
        "Invoicing Date",
        readonly=True,
        help="The contracts whose next invoice date is on or before this date were invoiced.",
    )
    move_ids = fields.Many2many(relation="contract_invoice_run_move_rel")
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

    def _compute_display_name(self):
        for run in self:
            run.display_name = self.env._(
                "Contract invoicing of %(date)s, %(company)s",
                date=fields.Date.to_string(run.date_ref) if run.date_ref else "",
                company=run.company_id.name or "",
            )
