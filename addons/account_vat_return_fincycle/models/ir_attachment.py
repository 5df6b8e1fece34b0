# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""The generated files of a VAT return (eCH-0217, CA3) are attachments: nobody writes them
through ``ir.attachment`` either, only the return's buttons (as superuser)."""

from odoo import models

from .account_vat_return import GENERATED_FIELDS


class IrAttachment(models.Model):
    _inherit = "ir.attachment"

    def _has_field_access(self, field, operation):
        if (
            operation == "write"
            and field.model_name == "account.vat.return"
            and field.name in GENERATED_FIELDS
            and not self.env.su
        ):
            return False
        return super()._has_field_access(field, operation)
