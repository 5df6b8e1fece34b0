# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models
from odoo.exceptions import UserError

from .docuseal_template import DOCUMENT_MODELS


class IrAttachment(models.Model):
    _inherit = "ir.attachment"

    def action_docuseal_send(self):
        """The send wizard for these attachments: PDFs of one order or one partner (the
        wizard checks them again when sending)."""
        if not self:
            raise UserError(self.env._("Choose the PDF documents to sign."))
        self.check_access("read")
        owners = {(a.res_model, a.res_id) for a in self.sudo()}
        if len(owners) != 1:
            raise UserError(self.env._("Choose the documents of one order or one partner."))
        res_model, res_id = owners.pop()
        if res_model not in DOCUMENT_MODELS or not res_id:
            raise UserError(
                self.env._("Only the documents of an order or a partner are sent for signature.")
            )
        record = self.env[res_model].browse(res_id).exists()
        if not record:
            raise UserError(self.env._("Choose the documents of an order or a partner."))
        record.check_access("read")
        Send = self.env["sale.signature.send"]
        if res_model == "sale.order":
            return Send._docuseal_document_action(order=record, attachments=self)
        return Send._docuseal_document_action(partner=record, attachments=self)
