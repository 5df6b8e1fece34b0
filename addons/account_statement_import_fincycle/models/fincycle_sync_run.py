# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models

# The kind of the sync run of a scheduled bank statement pull.
BANK_STATEMENTS = "bank_statements"


class FincycleSyncRun(models.Model):
    """Every scheduled pull of a bank feed is a sync run, whatever its provider (Revolut,
    Qonto, or an OCA provider without a Fincycle connection)."""

    _inherit = "fincycle.sync.run"

    bank_provider_id = fields.Many2one(
        "online.bank.statement.provider",
        string="Bank Feed",
        ondelete="cascade",
        index="btree_not_null",
        readonly=True,
    )
    journal_id = fields.Many2one(related="bank_provider_id.journal_id", string="Journal")

    @api.depends("bank_provider_id.company_id")
    def _compute_company_id(self):
        feeds = self.filtered("bank_provider_id")
        for run in feeds:
            run.company_id = run.bank_provider_id.company_id
        return super(FincycleSyncRun, self - feeds)._compute_company_id()

    @api.model
    def _kind_names(self):
        return {**super()._kind_names(), BANK_STATEMENTS: self.env._("Bank statements")}

    @api.model
    def _source_fields(self):
        return [*super()._source_fields(), "bank_provider_id"]
