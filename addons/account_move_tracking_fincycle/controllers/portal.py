# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

from odoo import http
from odoo.exceptions import AccessError, MissingError
from odoo.http import request

from odoo.addons.account.controllers.portal import PortalAccount


class PortalAccountTracking(PortalAccount):
    @http.route()
    def portal_my_invoice_detail(
        self, invoice_id, access_token=None, report_type=None, download=False, **kw
    ):
        """The customer viewing her invoice, or its PDF, is noted on it. Only once the
        portal has let her in (her own invoice, or the invoice's access token, checked by
        ``_document_check_access`` as the page itself does: an invoice id of somebody else
        stamps nothing) and only for a portal or public visitor: an internal user (the
        Preview button) is not the customer."""
        response = super().portal_my_invoice_detail(
            invoice_id, access_token=access_token, report_type=report_type, download=download, **kw
        )
        if request.env.user.share:
            try:
                invoice_sudo = self._document_check_access("account.move", invoice_id, access_token)
            except (AccessError, MissingError):
                return response
            invoice_sudo._tracking_portal_stamp()
        return response
