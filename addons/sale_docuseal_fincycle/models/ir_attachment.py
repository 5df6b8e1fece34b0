# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64

from odoo import models
from odoo.exceptions import UserError

from .docuseal_template import DOCUMENT_MODELS

# What makes an attachment what it is: its content and the record it belongs to.
SIGNED_LOCKED_FIELDS = {
    "raw",
    "datas",
    "db_datas",
    "url",
    "type",
    "res_model",
    "res_id",
    "res_field",
}


class IrAttachment(models.Model):
    _inherit = "ir.attachment"

    def _docuseal_signed(self):
        """Whether one of these is the signed PDF or the audit log of a request."""
        if not self.ids:
            return False
        return bool(
            self.env["sale.signature.request"]
            .sudo()
            .search_count(
                [
                    "|",
                    ("signed_attachment_id", "in", self.ids),
                    ("audit_attachment_id", "in", self.ids),
                ],
                limit=1,
            )
        )

    def _docuseal_changed_by(self, vals):
        """Whether ``vals`` changes the content or the owner of one of these (the same
        content written again, as the storage migration does, is no change)."""
        for attachment in self.sudo():
            for name in SIGNED_LOCKED_FIELDS & set(vals):
                value = vals[name]
                if name in ("raw", "datas", "db_datas"):
                    if name == "datas":
                        value = base64.b64decode(value or b"")
                    elif isinstance(value, str):
                        value = value.encode()
                    if self._compute_checksum(value) != attachment.checksum:
                        return True
                elif (attachment[name] or False) != (value or False):
                    return True
        return False

    def _docuseal_check_not_signed(self, vals=None):
        """The signed PDF and the audit log of a request stay as DocuSeal returned them (their
        SHA-256 is on the request): whoever edits the order does not replace or delete them."""
        if self.env.su or not self._docuseal_signed():
            return
        locked = self.filtered(lambda a: a._docuseal_signed())
        if vals is None or locked._docuseal_changed_by(vals):
            raise UserError(
                self.env._(
                    "A signed document and its audit log are kept as DocuSeal returned them: "
                    "they are neither changed nor deleted."
                )
            )

    def _has_attachments_ownership(self, attachment_tokens):
        """Nobody owns them either: the chatter's delete (/mail/attachment/delete, which then
        deletes as superuser) leaves them alone."""
        if not self.env.su and self._docuseal_signed():
            return False
        return super()._has_attachments_ownership(attachment_tokens)

    def write(self, vals):
        if SIGNED_LOCKED_FIELDS & set(vals):
            self._docuseal_check_not_signed(vals)
        return super().write(vals)

    def unlink(self):
        self._docuseal_check_not_signed()
        return super().unlink()

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
