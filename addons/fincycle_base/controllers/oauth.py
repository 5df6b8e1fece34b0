# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from werkzeug.exceptions import BadRequest

from odoo import http
from odoo.http import request


class FincycleOAuthController(http.Controller):
    """Where a provider's consent page sends the browser back, for every connector. The
    consent starts with the connection's Connect button (a POST bound to the session)."""

    @http.route(
        "/fincycle/<string:provider>/oauth/callback", type="http", auth="user", methods=["GET"]
    )
    def fincycle_oauth_callback(self, provider, code=None, state=None, error=None, **kwargs):
        account, verifier = request.env["fincycle.integration"]._fincycle_consent_take(state)
        if not account or account.provider != provider:
            raise BadRequest(
                request.env._(
                    "This authorisation does not belong to your session, is older than 10 "
                    "minutes or was already used. Open the connection and click Connect again."
                )
            )
        if error or not code:
            account._fincycle_record_error(
                request.env._(
                    "%(provider)s consent not given: %(error)s %(description)s",
                    provider=account._fincycle_label(),
                    error=error or "no code",
                    description=(kwargs.get("error_description") or "")[:200],
                )
            )
        else:
            account._fincycle_oauth_finish(code, verifier)
        return request.redirect(
            f"/odoo/action-fincycle_base.action_fincycle_integration/{account.id}"
        )
