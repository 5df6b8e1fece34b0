# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import logging

from werkzeug.exceptions import BadRequest

from odoo import http
from odoo.exceptions import UserError
from odoo.http import request

_logger = logging.getLogger(__name__)


class RevolutOAuthController(http.Controller):
    @http.route("/fincycle/revolut/oauth/callback", type="http", auth="user", methods=["GET"])
    def revolut_oauth_callback(self, code=None, state=None, error=None, **kwargs):
        """Revolut sends the browser back here with a code valid for two minutes."""
        account, _verifier = request.env["fincycle.integration"]._fincycle_consent_take(state)
        if not account or account.provider != "revolut":
            raise BadRequest(
                request.env._(
                    "This Revolut authorisation does not belong to your session, is older than "
                    "10 minutes or was already used. Open the connection and click Connect again."
                )
            )
        if error or not code:
            account._fincycle_record_error(
                request.env._("Revolut consent not given: %(error)s", error=error or "no code")
            )
        else:
            try:
                account._revolut_finish_consent(code)
            except UserError as exc:  # recorded on the connection, shown on its form
                _logger.info("Revolut consent of account %s failed: %s", account.id, exc)
        return request.redirect(
            f"/odoo/action-fincycle_base.action_fincycle_integration/{account.id}"
        )
