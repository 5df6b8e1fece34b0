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
        Integration = request.env["fincycle.integration"]
        account = Integration._revolut_pending_consent(state)
        if not account:
            raise BadRequest(
                request.env._(
                    "No Revolut connection is waiting for this consent (it is older than 10 "
                    "minutes or was started by another user). Click Connect again."
                )
            )
        if error or not code:
            account._fincycle_record_error(
                request.env._("Revolut consent not given: %(error)s", error=error or "no code")
            )
        else:
            try:
                account.with_user(request.env.user)._revolut_finish_consent(code)
            except UserError as exc:
                _logger.info("Revolut consent of account %s failed: %s", account.id, exc)
        return request.redirect(
            f"/odoo/action-fincycle_base.action_fincycle_integration/{account.id}"
        )
