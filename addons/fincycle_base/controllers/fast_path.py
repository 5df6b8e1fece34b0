# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Webhook deliveries answered before Odoo's request machinery (a deliberate bypass).

A delivery needs a database cursor, the registry's cache check, one INSERT and a commit. Odoo's
HTTP stack adds, for every request, a session, the routing map, every module's ir.http
_pre_dispatch/_post_dispatch and the dispatcher. In scripts/bench/webhook_intake.py (2 workers
on 2 cores) a delivery through Odoo's route cost 2.2 ms of server CPU, against 1.45 ms here and
1.4 ms for GET /web/health, and intake stayed near 0.55x that floor (0.6x-0.7x here). So
``POST /fincycle/webhook/<provider>/<token>`` on a database with fincycle_base is served here,
with Odoo's own pieces: the same database selection (X-Odoo-Database, db filter, single
database), proxy mode, Registry and its cache signalling, a registry cursor, and the steps of
``odoo.service.model.retrying`` (concurrency errors retried, commit, signalling).
Everything else (a session cookie, no database found, a database without the module, any
other path or method) goes to Odoo as usual, where the route in webhook.py gives the same
answers with the same code (``handle_delivery``).

Off switch: ``fincycle_webhook_fast_path = False`` in the Odoo configuration file.
"""

import functools
import json
import logging
import threading

from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.wrappers import Response

from odoo import SUPERUSER_ID, api
from odoo.http import Application, db_filter, db_list
from odoo.modules.registry import Registry
from odoo.service.model import (
    MAX_TRIES_ON_CONCURRENCY_FAILURE,
    PG_CONCURRENCY_EXCEPTIONS_TO_RETRY,
)
from odoo.service.server import thread_local
from odoo.tools import config
from odoo.tools.misc import real_time, str2bool

from .webhook import handle_delivery

_logger = logging.getLogger(__name__)

PREFIX = "/fincycle/webhook/"


def _enabled():
    return str2bool(str(config.get("fincycle_webhook_fast_path", True)), True)


def _database(environ):
    """The database Odoo would serve this request from, or None to let Odoo decide (a session
    cookie, several databases and nothing to choose between them)."""
    if "session_id=" in environ.get("HTTP_COOKIE", ""):
        return None
    host = environ.get("HTTP_HOST", "")
    header_db = environ.get("HTTP_X_ODOO_DATABASE")
    if header_db:
        return header_db if db_filter([header_db], host=host) else None
    databases = db_list(force=True, host=host)
    return databases[0] if len(databases) == 1 else None


def _json(status, answer):
    response = Response(json.dumps(answer), status=status, content_type="application/json")
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


def serve(environ):
    """The response to a webhook delivery, or None to leave the request to Odoo."""
    path = environ.get("PATH_INFO", "")
    # WSGI paths are latin-1 strings of the request's bytes; Odoo's routing decodes UTF-8.
    raw = path[len(PREFIX) :].encode("latin-1", "replace")
    parts = raw.decode("utf-8", "replace").split("/")
    if len(parts) != 2 or not all(parts):
        return None
    db = _database(environ)
    if not db:
        return None
    try:
        registry = Registry(db)
    except Exception:  # Odoo reports an unusable database its own way
        return None
    if "fincycle.webhook.event" not in registry:
        return None

    # What Odoo's Application.__call__ prepares for the access log and log records.
    current_thread = threading.current_thread()
    current_thread.query_count = 0
    current_thread.query_time = 0
    current_thread.perf_t0 = real_time()
    current_thread.cursor_mode = "rw"
    current_thread.dbname = db
    if hasattr(current_thread, "uid"):
        del current_thread.uid
    thread_local.rpc_model_method = ""
    if config["proxy_mode"] and environ.get("HTTP_X_FORWARDED_HOST"):
        ProxyFix(lambda environ, start_response: [])(environ, lambda status, headers: None)

    provider, token = parts
    try:
        with registry.cursor() as cr:
            registry = registry.check_signaling(cr)
            env = api.Environment(cr, SUPERUSER_ID, {})
            status, answer = _deliver(env, environ, provider, token)
    except Exception:
        _logger.exception("Fincycle webhook delivery failed")
        return _json(500, {"error": "internal error, please retry"})
    return _json(status, answer)


def _deliver(env, environ, provider, token):
    """``handle_delivery`` committed, retried at once after a concurrency error.

    Odoo's ``retrying`` (whose steps these are) first sleeps up to 2 s, holding one of the few
    workers; the concurrency error met here is a delivery racing its own duplicate (under
    REPEATABLE READ, ON CONFLICT may not see the other's row), settled by a fresh snapshot."""
    for tries_left in reversed(range(MAX_TRIES_ON_CONCURRENCY_FAILURE)):
        try:
            result = handle_delivery(env, environ, provider, token)
            env.cr.commit()
        except PG_CONCURRENCY_EXCEPTIONS_TO_RETRY as exc:
            env.cr.rollback()
            env.transaction.reset()
            env.registry.reset_changes()
            if not tries_left:
                raise
            _logger.info("%s, retrying a webhook delivery at once", type(exc).__name__)
            continue
        except Exception:
            env.transaction.reset()
            env.registry.reset_changes()
            raise
        env.registry.signal_changes()
        return result
    raise RuntimeError("unreachable")


def install():
    """Put ``serve`` in front of Odoo's WSGI application (once per process)."""
    odoo_call = Application.__call__
    if getattr(odoo_call, "fincycle_webhook_fast_path", False):
        return

    @functools.wraps(odoo_call)
    def __call__(self, environ, start_response):
        if (
            environ.get("REQUEST_METHOD") == "POST"
            and environ.get("PATH_INFO", "").startswith(PREFIX)
            and _enabled()
        ):
            response = serve(environ)
            if response is not None:
                return response(environ, start_response)
        return odoo_call(self, environ, start_response)

    __call__.fincycle_webhook_fast_path = True
    Application.__call__ = __call__


install()
