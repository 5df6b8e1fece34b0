# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import api, models
from odoo.tools.mimetypes import guess_mimetype

from fincycle.extraction import sandbox

# Embedded PDFs within embedded PDFs opened at the most (Odoo's unwrapping recurses freely).
MAX_UNWRAP_DEPTH = 3


class AccountDocumentImportMixin(models.AbstractModel):
    _inherit = "account.document.import.mixin"

    @api.model
    def _unwrap_attachment(self, file_data, recurse=True):
        """The files attached to an uploaded or e-mailed PDF (a Factur-X XML), read in a child
        process with a size cap, as every opening of a document here: Odoo's own unwrapping
        inflates each attached file whole in the worker (a 0.5 MB PDF from anyone who can
        write to the alias held 512 MB of zeros)."""
        if file_data["import_file_type"] != "pdf":
            return super()._unwrap_attachment(file_data, recurse=recurse)
        depth = self.env.context.get("capture_unwrap_depth", 0)
        if depth >= MAX_UNWRAP_DEPTH:
            return []
        embedded = []
        for filename, content in sandbox.embedded_files(file_data["raw"] or b""):
            embedded_file_data = {
                "name": filename,
                "raw": content,
                "mimetype": guess_mimetype(content),
                "attachment": None,
                "origin_attachment": file_data["origin_attachment"],
                "origin_import_file_type": file_data["origin_import_file_type"],
            }
            embedded_file_data["xml_tree"] = self._get_xml_tree(embedded_file_data)
            embedded_file_data["import_file_type"] = self._get_import_file_type(embedded_file_data)
            embedded.append(embedded_file_data)
        if embedded and recurse:
            deeper = self.with_context(capture_unwrap_depth=depth + 1)
            embedded.extend(deeper._unwrap_attachments(embedded))
        return embedded
