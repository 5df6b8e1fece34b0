# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from werkzeug.exceptions import Forbidden

from odoo import http
from odoo.exceptions import AccessError
from odoo.http import content_disposition, request

from ..models.account_vat_return_export import XLSX_MIME


class VatReturnXlsx(http.Controller):
    @http.route(
        "/account_vat_return_fincycle/xlsx/<int:return_id>",
        type="http",
        auth="user",
        methods=["GET"],
    )
    def vat_return_xlsx(self, return_id, **kwargs):
        """The return's workbook, for whoever may read the return (else 403, or 404 when
        there is no such return)."""
        record = request.env["account.vat.return"].browse(return_id).exists()
        if not record:
            raise request.not_found()
        try:
            content = record._xlsx_content()
        except AccessError as error:
            raise Forbidden() from error
        return request.make_response(
            content,
            headers=[
                ("Content-Type", XLSX_MIME),
                ("Content-Disposition", content_disposition(record._xlsx_filename())),
            ],
        )
