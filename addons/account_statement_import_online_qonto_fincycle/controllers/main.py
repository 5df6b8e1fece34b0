# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import hmac
import logging
import time

from werkzeug.exceptions import BadRequest, Forbidden

from odoo import http
from odoo.exceptions import AccessError, UserError
from odoo.http import request

_logger = logging.getLogger(__name__)

SESSION_KEY = "fincycle_qonto_oauth"
CONSENT_SECONDS = 600  # Qonto's authorisation codes live 10 minutes


class QontoOAuthController(http.Controller):
    """The OAuth consent round trip: start (binds a state to this browser session and to the
    connection) → Qonto's consent page → callback (checks both, exchanges the code server-side)."""

    @http.route("/fincycle/qonto/oauth/start/<int:integration_id>", type="http", auth="user")
    def qonto_oauth_start(self, integration_id, **kwargs):
        account = request.env["fincycle.integration"].browse(integration_id).exists()
        if not account or account.provider != "qonto":
            raise BadRequest(request.env._("No such Qonto connection."))
        try:
            url, state, verifier = account._qonto_oauth_begin()
        except (AccessError, UserError) as exc:
            raise Forbidden(str(exc.args[0] if exc.args else exc)) from None
        request.session[SESSION_KEY] = {
            "state": state,
            "verifier": verifier,
            "integration_id": account.id,
            "uid": request.env.uid,
            "expires": time.time() + CONSENT_SECONDS,
        }
        return request.redirect(url, local=False)

    @http.route("/fincycle/qonto/oauth/callback", type="http", auth="user")
    def qonto_oauth_callback(self, code=None, state=None, error=None, **kwargs):
        pending = request.session.pop(SESSION_KEY, None) or {}
        if not (
            state
            and pending.get("state")
            and hmac.compare_digest(str(pending["state"]), str(state))
            and pending.get("uid") == request.env.uid
            and pending.get("expires", 0) > time.time()
        ):
            raise BadRequest(
                request.env._(
                    "This Qonto authorisation does not belong to your session or is older than "
                    "10 minutes. Open the Qonto connection and click 'Connect with Qonto' again."
                )
            )
        account = request.env["fincycle.integration"].browse(pending["integration_id"]).exists()
        if not account or not account._qonto_oauth_state_valid(state):
            raise BadRequest(
                request.env._(
                    "The Qonto connection was changed or another consent was started since; "
                    "click 'Connect with Qonto' again."
                )
            )
        if error or not code:
            account.sudo().write({"qonto_oauth_state_hash": False})
            account._fincycle_record_error(
                request.env._(
                    "Qonto consent not given: %(error)s %(description)s",
                    error=error or "no code",
                    description=kwargs.get("error_description") or "",
                )
            )
        else:
            account._qonto_oauth_finish(code, pending.get("verifier"))
        return request.redirect(
            f"/odoo/action-fincycle_base.action_fincycle_integration/{account.id}"
        )
