# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import logging

from werkzeug.datastructures import EnvironHeaders

from odoo import SUPERUSER_ID, http
from odoo.http import request

from fincycle.webhooks import logs

from ..models.ir_http import read_raw_body

_logger = logging.getLogger(__name__)

MAX_BODY_BYTES = 5 * 1024 * 1024  # DocuSeal "form.completed" bodies carry document lists

# Every line these loggers write has its webhook tokens masked and its control characters
# escaped (werkzeug's access log repeats each request path; an encoded CR/LF in a path would
# start a forged line).
logs.install(
    (
        "werkzeug",
        "odoo.http",
        "odoo.addons.base.models.ir_http",
        __name__,
        "odoo.addons.fincycle_base.controllers.fast_path",
        "odoo.addons.fincycle_base.models.fincycle_webhook_event",
    )
)


def handle_delivery(env, environ, provider, token):
    """``(HTTP status, JSON answer)`` for a POST to /fincycle/webhook/<provider>/<token>: find
    the connection, read the body (at most MAX_BODY_BYTES), verify, store.

    ``env`` is a superuser environment on the request's database, ``environ`` the request's
    WSGI environ. Shared by the route below and the WSGI fast path (fast_path.py)."""
    remote_addr = environ.get("REMOTE_ADDR")
    endpoint = env["fincycle.integration"]._fincycle_webhook_endpoint(provider, token)
    if endpoint is None or endpoint.state == "disabled":
        # Log no part of the token: it is a secret.
        _logger.warning(
            "Fincycle webhook for unknown account: provider=%r from %s", provider[:40], remote_addr
        )
        return 404, {"error": "unknown webhook"}
    if endpoint.scheme is None:
        return 404, {"error": "provider sends no webhooks"}
    body = read_raw_body(environ, MAX_BODY_BYTES)
    if body is None:
        _logger.warning(
            "Fincycle webhook for account %s refused: body too large", endpoint.integration_id
        )
        return 413, {"error": "body too large"}
    receipt = env["fincycle.webhook.event"]._fincycle_receive(
        endpoint, body, EnvironHeaders(environ), remote_addr
    )
    if receipt.state == "rejected":
        if receipt.stored:  # past the per-minute quota, neither stored nor logged
            _logger.warning(
                "Fincycle webhook rejected: provider=%s account=%s event=%s reason=%s from %s",
                endpoint.provider,
                endpoint.integration_id,
                receipt.event_id,
                receipt.reason,
                remote_addr,
            )
        return receipt.status, {"error": "rejected", "reason": receipt.reason}
    return receipt.status, {"status": receipt.state, "event": receipt.event_id}


class FincycleWebhookController(http.Controller):
    """One endpoint for every provider: find the account, verify, store, answer fast.

    The work is done later by the cron ``Fincycle: process webhook events`` (woken up at once),
    so providers that want an answer within a second (Qonto) get it. Deliveries are normally
    answered by the WSGI fast path (fast_path.py) before Odoo's request machinery; this route
    answers those it leaves to Odoo, with the same code."""

    @http.route(
        "/fincycle/webhook/<string:provider>/<string:token>",
        type="http",
        # No session, no user: the URL token and the signature are the authentication.
        auth="none",
        readonly=False,  # auth="none" routes default to a read-only cursor
        methods=["POST"],
        csrf=False,
        save_session=False,
        fincycle_raw_body=MAX_BODY_BYTES,  # see ir.http _pre_dispatch
    )
    def fincycle_webhook(self, provider, token, **kwargs):
        status, answer = handle_delivery(
            request.env(user=SUPERUSER_ID),
            # Odoo's request keeps the WSGI environ to itself; bus/websocket.py reads it too.
            request.httprequest._HTTPRequest__environ,
            provider,
            token,
        )
        return request.make_json_response(answer, status=status)
