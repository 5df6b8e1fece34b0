# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import io

from werkzeug.wsgi import get_content_length, get_input_stream

from odoo import models
from odoo.http import abort, request

from fincycle.webhooks import read_limited

# Bodies Odoo's dispatcher parses into request.params (consuming them) before the endpoint runs.
FORM_MIMETYPES = ("application/x-www-form-urlencoded", "multipart/form-data")
RAW_BODY_KEY = "fincycle.raw_body"


def read_raw_body(environ, limit):
    """The body of the WSGI request ``environ`` exactly as sent, or None when it is larger than
    ``limit`` bytes.

    Read once, at most ``limit`` + 1 bytes: a declared length above the limit is refused
    unread, and a chunked body (no length) is not read past the limit. What was read is put
    back as the input, so a retried request or a form parser sees the same bytes."""
    if RAW_BODY_KEY not in environ:
        declared = get_content_length(environ)
        if declared is not None and declared > limit:
            body = None
        else:
            body = read_limited(get_input_stream(environ), limit)
        environ[RAW_BODY_KEY] = body
        if body is not None:
            environ["wsgi.input"] = io.BytesIO(body)
    return environ[RAW_BODY_KEY]


class IrHttp(models.AbstractModel):
    _inherit = "ir.http"

    @classmethod
    def _pre_dispatch(cls, rule, args):
        # A route declaring ``fincycle_raw_body=<limit>`` verifies signatures over its raw body.
        # A form or multipart Content-Type would have the dispatcher parse (and consume) that
        # body before the endpoint runs: read it first. (Odoo's request keeps the WSGI environ
        # to itself; bus/websocket.py reads it the same way.)
        limit = rule.endpoint.routing.get("fincycle_raw_body")
        if limit and request.httprequest.mimetype in FORM_MIMETYPES:
            environ = request.httprequest._HTTPRequest__environ
            if read_raw_body(environ, limit) is None:
                abort(request.make_json_response({"error": "body too large"}, status=413))
        return super()._pre_dispatch(rule, args)
