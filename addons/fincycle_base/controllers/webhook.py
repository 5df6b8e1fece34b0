# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import logging

from odoo import SUPERUSER_ID, http
from odoo.http import request

from fincycle.webhooks import logs

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
        "odoo.addons.fincycle_base.models.fincycle_webhook_event",
    )
)


class FincycleWebhookController(http.Controller):
    """One endpoint for every provider: find the account, verify, store, answer fast.

    The work is done later by the cron ``Fincycle: process webhook events`` (woken up at once),
    so providers that want an answer within a second (Qonto) get it."""

    @http.route(
        "/fincycle/webhook/<string:provider>/<string:token>",
        type="http",
        # No session, no user: the URL token and the signature are the authentication. With
        # auth="none" Odoo skips the public user's lookup and the session handling that cost
        # most of the time of a delivery; the database is the one the request was routed to.
        auth="none",
        readonly=False,  # auth="none" routes default to a read-only cursor
        methods=["POST"],
        csrf=False,
        save_session=False,
        fincycle_raw_body=MAX_BODY_BYTES,  # see ir.http _pre_dispatch
    )
    def fincycle_webhook(self, provider, token, **kwargs):
        httprequest = request.httprequest
        remote = httprequest.remote_addr
        env = request.env(user=SUPERUSER_ID)
        endpoint = env["fincycle.integration"]._fincycle_webhook_endpoint(provider, token)
        if endpoint is None or endpoint.state == "disabled":
            # Log no part of the token: it is a secret.
            _logger.warning(
                "Fincycle webhook for unknown account: provider=%r from %s", provider[:40], remote
            )
            return request.make_json_response({"error": "unknown webhook"}, status=404)
        if endpoint.scheme is None:
            return request.make_json_response({"error": "provider sends no webhooks"}, status=404)
        body = env["ir.http"]._fincycle_raw_body(MAX_BODY_BYTES)
        if body is None:
            _logger.warning(
                "Fincycle webhook for account %s refused: body too large", endpoint.integration_id
            )
            return request.make_json_response({"error": "body too large"}, status=413)
        receipt = env["fincycle.webhook.event"]._fincycle_receive(
            endpoint, body, httprequest.headers, remote
        )
        if receipt.state == "rejected":
            if receipt.stored:  # past the per-minute quota, neither stored nor logged
                _logger.warning(
                    "Fincycle webhook rejected: provider=%s account=%s event=%s reason=%s from %s",
                    endpoint.provider,
                    endpoint.integration_id,
                    receipt.event_id,
                    receipt.reason,
                    remote,
                )
            return request.make_json_response(
                {"error": "rejected", "reason": receipt.reason}, status=receipt.status
            )
        return request.make_json_response(
            {"status": receipt.state, "event": receipt.event_id}, status=receipt.status
        )
