# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from werkzeug.exceptions import BadRequest

from odoo import http
from odoo.http import request


class QontoOAuthController(http.Controller):
    """Where Qonto's consent page sends the browser back. The consent starts with the
    'Connect with Qonto' button (fincycle_base binds its state to the session)."""

    @http.route("/fincycle/qonto/oauth/callback", type="http", auth="user", methods=["GET"])
    def qonto_oauth_callback(self, code=None, state=None, error=None, **kwargs):
        account, verifier = request.env["fincycle.integration"]._fincycle_consent_take(state)
        if not account or account.provider != "qonto":
            raise BadRequest(
                request.env._(
                    "This Qonto authorisation does not belong to your session, is older than "
                    "10 minutes or was already used. Open the Qonto connection and click "
                    "'Connect with Qonto' again."
                )
            )
        if error or not code:
            account._fincycle_record_error(
                request.env._(
                    "Qonto consent not given: %(error)s %(description)s",
                    error=error or "no code",
                    description=(kwargs.get("error_description") or "")[:200],
                )
            )
        else:
            account._qonto_oauth_finish(code, verifier)
        return request.redirect(
            f"/odoo/action-fincycle_base.action_fincycle_integration/{account.id}"
        )
