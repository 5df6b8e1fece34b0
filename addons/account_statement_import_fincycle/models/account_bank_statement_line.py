# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models

from fincycle.banking.references import (
    QRR,
    SCOR,
    find_structured_reference,
    is_valid_qrr,
    is_valid_scor,
    normalize_qrr,
    normalize_scor,
)


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
    fincycle_batch_ref = fields.Char(
        string="Batch Booking Import ID",
        index="btree_not_null",
        copy=False,
        help="Import ID of the bank booking this line is one payment of (a batch credit whose "
        "details came in the camt file, for example a camt.054 notification). The booking "
        "itself is then not imported again from a camt.053, MT940 or CSV statement.",
    )

    @api.model
    def _fincycle_structured_ref_values(self, vals):
        """Values of the structured reference fields for the create values ``vals``."""
        ref = vals.get("fincycle_structured_ref")
        if ref:
            kind = vals.get("fincycle_structured_ref_type")
            if kind == QRR or (not kind and is_valid_qrr(ref)):
                return {
                    "fincycle_structured_ref": normalize_qrr(ref),
                    "fincycle_structured_ref_type": QRR,
                }
            if kind == SCOR or (not kind and is_valid_scor(ref)):
                return {
                    "fincycle_structured_ref": normalize_scor(ref),
                    "fincycle_structured_ref_type": SCOR,
                }
            return {}
        for key in ("ref", "payment_ref"):
            found = find_structured_reference(vals.get(key))
            if found:
                return {
                    "fincycle_structured_ref_type": found[0],
                    "fincycle_structured_ref": found[1],
                }
        return {}

    @api.model_create_multi
    def create(self, vals_list):
        # Every source (file import, online pull, manual entry) gets the reference the
        # matcher looks for.
        for vals in vals_list:
            vals.update(self._fincycle_structured_ref_values(vals))
        return super().create(vals_list)
