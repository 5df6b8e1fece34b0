# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import logging

from odoo import http
from odoo.http import request

_logger = logging.getLogger(__name__)

MAX_BODY_BYTES = 5 * 1024 * 1024  # DocuSeal "form.completed" bodies carry document lists


class FincycleWebhookController(http.Controller):
    """One endpoint for every provider: find the account, verify, store, answer fast.

    The work is done later by the cron ``Fincycle: process webhook events`` (woken up at once),
    so providers that want an answer within a second (Qonto) get it."""

    @http.route(
        "/fincycle/webhook/<string:provider>/<string:token>",
        type="http",
        auth="public",
        methods=["POST"],
        csrf=False,
        save_session=False,
    )
    def fincycle_webhook(self, provider, token, **kwargs):
        httprequest = request.httprequest
        remote = httprequest.remote_addr
        account = (
            request.env["fincycle.integration"]
            .sudo()
            ._fincycle_find_by_webhook_token(provider, token)
        )
        if not account or account.state == "disabled":
            # Log no part of the token: it is a secret.
            _logger.warning(
                "Fincycle webhook for unknown account: provider=%s from %s", provider, remote
            )
            return request.make_json_response({"error": "unknown webhook"}, status=404)
        scheme = account._fincycle_webhook_scheme()
        if scheme is None:
            return request.make_json_response({"error": "provider sends no webhooks"}, status=404)
        if (httprequest.content_length or 0) > MAX_BODY_BYTES:
            _logger.warning("Fincycle webhook for account %s refused: body too large", account.id)
            return request.make_json_response({"error": "body too large"}, status=413)
        body = httprequest.get_data(cache=False)
        if len(body) > MAX_BODY_BYTES:
            return request.make_json_response({"error": "body too large"}, status=413)
        Event = request.env["fincycle.webhook.event"].sudo()
        event, status = Event._fincycle_receive(account, body, httprequest.headers, remote)
        if status == 200 and event.state == "received":
            request.env.ref("fincycle_base.ir_cron_process_webhook_events").sudo()._trigger()
        if status != 200:
            _logger.warning(
                "Fincycle webhook rejected: provider=%s account=%s event=%s reason=%s from %s",
                provider,
                account.id,
                event.id,
                event.signature_verdict or event.last_error,
                remote,
            )
            return request.make_json_response(
                {"error": "rejected", "reason": event.last_error}, status=status
            )
        return request.make_json_response({"status": event.state, "event": event.id}, status=200)
