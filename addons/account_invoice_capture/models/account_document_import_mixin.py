# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import logging

from odoo import api, models
from odoo.tools.mimetypes import guess_mimetype

from fincycle.extraction import sandbox

_logger = logging.getLogger(__name__)

# Files within files unwrapped at the most (Odoo's unwrapping recurses freely: an e-invoice
# XML can wrap a PDF that carries an XML...).
MAX_UNWRAP_DEPTH = 3
# What the attached files of one upload or e-mail may come to in all: Odoo parses each XML
# into a tree in the worker, and an e-mail may carry fifty PDFs.
UNWRAP_BUDGET_BYTES = 4 * 1024 * 1024


class AccountDocumentImportMixin(models.AbstractModel):
    _inherit = "account.document.import.mixin"

    @api.model
    def _unwrap_attachments(self, files_data, recurse=True):
        if self.env.context.get("capture_unwrap_depth"):
            return super()._unwrap_attachments(files_data, recurse=recurse)
        embedded = []
        used = 0
        for file_data in files_data:
            if used >= UNWRAP_BUDGET_BYTES:
                _logger.info("attached files of %s not unwrapped: budget used", file_data["name"])
                continue
            found = self._unwrap_attachment(file_data, recurse=recurse)
            used += sum(len(f.get("raw") or b"") for f in found)
            embedded.extend(found)
        return embedded

    @api.model
    def _unwrap_attachment(self, file_data, recurse=True):
        """The XML files attached to an uploaded or e-mailed PDF (a Factur-X invoice), read in
        a child process with a size cap, as every opening of a document here: Odoo's own
        unwrapping inflates each attached file whole in the worker (a 0.5 MB PDF from anyone
        who can write to the alias held 512 MB of zeros)."""
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
