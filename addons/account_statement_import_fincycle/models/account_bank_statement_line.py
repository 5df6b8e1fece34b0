# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models

from fincycle.banking.references import QRR, SCOR, classify_reference


class AccountBankStatementLine(models.Model):
    _inherit = "account.bank.statement.line"

    fincycle_structured_ref = fields.Char(
        string="Structured Reference",
        index="btree_not_null",
        copy=False,
        help="QR reference (27 digits) or ISO 11649 creditor reference (RF…) of the payment, "
        "normalized: from the structured remittance field of a camt file, else found with a "
        "valid check digit in the reference or label of the line.",
    )
    fincycle_structured_ref_type = fields.Selection(
        selection=[(QRR, "QR reference (QRR)"), (SCOR, "Creditor reference (SCOR)")],
        string="Structured Reference Type",
        copy=False,
    )

    @api.model
    def _fincycle_structured_ref_values(self, vals):
        """Values of the structured reference fields for the create values ``vals``: the
        reference given (with its declared type), else one found in the reference or label."""
        given = vals.get("fincycle_structured_ref")
        if given:
            candidates = [(given, vals.get("fincycle_structured_ref_type"))]
        else:
            candidates = [(vals.get("ref"), ""), (vals.get("payment_ref"), "")]
        for value, declared in candidates:
            found = classify_reference(value, declared)
            if found:
                return {
                    "fincycle_structured_ref_type": found[0],
                    "fincycle_structured_ref": found[1],
                }
        return {}

    @api.model
    def _fincycle_booked_import_ids(self, import_ids):
        """The ones of ``import_ids`` that a statement line already has, in one query. Over
        every company and whatever the user may read: the unique constraint on the import id
        is global, so a line of another company blocks the import just the same."""
        wanted = list({key for key in import_ids or () if key})
        if not wanted:
            return set()
        self.flush_model(["unique_import_id"])
        self.env.cr.execute(
            "SELECT unique_import_id FROM account_bank_statement_line "
            "WHERE unique_import_id = ANY(%s)",
            [wanted],
        )
        return {row[0] for row in self.env.cr.fetchall()}

    @api.model_create_multi
    def create(self, vals_list):
        # Every source (file import, online pull, manual entry) gets the reference the
        # matcher looks for.
        for vals in vals_list:
            vals.update(self._fincycle_structured_ref_values(vals))
        return super().create(vals_list)
