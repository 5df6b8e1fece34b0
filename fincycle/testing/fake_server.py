"""A scriptable HTTP server on 127.0.0.1 that stands in for a provider in tests.

Tests queue answers per route (method + path) and read back what the client sent, so the real
client code path (sockets, headers, timeouts, retries) is exercised.  Routes may also be
callables, to model pagination or auth from the request.

``FakeProvider`` is the base of the contract-following fakes (``fake_revolut``, ``fake_qonto``,
``fake_openai``): a clock tests can move, failure injection (429 and 5xx for the next calls),
the header, form and JSON readers their auth checks use, and paging helpers.  Each fake adds
its provider's routes, auth rules and error bodies, as its document describes them.
"""

from __future__ import annotations

import json
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

_JSON_TYPES = (dict, list)
_UNSET = object()


@dataclass
class FakeResponse:
    status: int = 200
    body: object = None  # dict/list → JSON; str/bytes → sent as is
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to sleep before answering (timeouts)

    def encoded(self) -> tuple[bytes, dict[str, str]]:
        headers = dict(self.headers)
        if self.body is None:
            return b"", headers
        if isinstance(self.body, bytes):
            return self.body, headers
        if isinstance(self.body, str):
            headers.setdefault("Content-Type", "text/plain; charset=utf-8")
            return self.body.encode(), headers
        headers.setdefault("Content-Type", "application/json")
        return json.dumps(self.body).encode(), headers


@dataclass
class RecordedRequest:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    def json(self):
        return json.loads(self.body or b"null")


Handler = Callable[[RecordedRequest], FakeResponse]


class FakeServer:
    """``with FakeServer() as srv: srv.add("GET", "/x", FakeResponse(200, {...}))``"""

    def __init__(self):
        self.routes: dict[tuple[str, str], deque[FakeResponse | Handler]] = defaultdict(deque)
        self.sticky: dict[tuple[str, str], FakeResponse | Handler] = {}
        self.requests: list[RecordedRequest] = []
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- scripting -------------------------------------------------------------------------
    def add(self, method: str, path: str, *responses: FakeResponse | Handler) -> FakeServer:
        """Queue answers, used once each in order; the last one queued is repeated."""
        key = (method.upper(), path)
        self.routes[key].extend(responses)
        if responses:
            self.sticky[key] = responses[-1]
        return self

    def calls(self, method: str | None = None, path: str | None = None) -> list[RecordedRequest]:
        return [
            r
            for r in self.requests
            if (method is None or r.method == method.upper()) and (path is None or r.path == path)
        ]

    @property
    def url(self) -> str:
        assert self._httpd is not None, "server not started"
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> FakeServer:
        server = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # keep test output clean
                pass

            def _handle(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                split = urlsplit(self.path)
                request = RecordedRequest(
                    self.command,
                    split.path,
                    parse_qs(split.query),
                    dict(self.headers.items()),
                    body,
                )
                server.requests.append(request)
                key = (self.command, split.path)
                queue = server.routes.get(key)
                answer = queue.popleft() if queue else server.sticky.get(key)
                if answer is None:
                    answer = FakeResponse(
                        404, {"message": f"no fake route {self.command} {split.path}"}
                    )
                if callable(answer):
                    answer = answer(request)
                if answer.delay:
                    threading.Event().wait(answer.delay)
                payload, headers = answer.encoded()
                # One request per connection: a kept-alive connection holds a server thread
                # until the client closes it, and a long test run of never-closed sessions
                # ran out of threads ("can't start new thread").
                self.close_connection = True
                try:
                    self.send_response(answer.status)
                    for name, value in headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(payload)))
                    self.send_header("Connection", "close")
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout test)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> FakeServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def oauth_error(status: int, error: str, description: str) -> FakeResponse:
    """An OAuth 2 token endpoint error body (RFC 6749 §5.2)."""
    return FakeResponse(status, {"error": error, "error_description": description})


class ContractRoutes(dict):
    """Sticky answers for a fake provider: scripted routes first, then the provider's contract
    model (``fallback``) for every route nobody scripted."""

    def __init__(self, fallback):
        super().__init__()
        self.fallback = fallback

    def get(self, key, default=None):
        return self[key] if key in self else self.fallback


@dataclass
class Switch:
    """An injected failure: answer ``status`` to the next ``calls`` requests (of ``path`` only
    if set), after letting ``after`` of them through; a 429 carries ``retry_after``."""

    status: int
    calls: int
    after: int = 0
    path: str | None = None
    retry_after: str | None = None


class FakeProvider(FakeServer):
    """Base of the fakes that answer from a provider's contract.

    Unscripted routes go to ``_dispatch``: under one lock, ``_before_switches`` (a check the
    provider makes before anything else, e.g. the path or the key), then the injected failures,
    then ``_route`` (the subclass's contract model); JSON bodies are serialised under the lock.
    A subclass declares its configuration as class attributes (the defaults; the constructor's
    keyword arguments override them on the instance), extends ``reset`` (which the constructor
    calls) and gives its error bodies in ``_rate_limited`` and ``_server_error``."""

    default_fail_status = 503

    def __init__(self, **config):
        super().__init__()
        self.sticky = ContractRoutes(self._dispatch)
        self._lock = threading.RLock()
        for name, value in config.items():
            default = getattr(type(self), name, _UNSET)
            if name.startswith("_") or default is _UNSET or callable(default):
                raise TypeError(f"{type(self).__name__}() has no setting {name!r}")
            setattr(self, name, value)
        self.reset()

    def reset(self) -> None:
        """Forget scripted routes, recorded calls, injected failures and the clock offset."""
        with self._lock:
            self.routes.clear()
            self.sticky.clear()
            self.requests.clear()
            self.clock_offset = 0.0
            self._switches: list[Switch] = []

    def start(self):
        super().start()
        # Headers and body go out in two writes: without TCP_NODELAY every answer waits for
        # the client's delayed ACK (~40 ms), which a 10,000-transaction benchmark would feel.
        self._httpd.RequestHandlerClass.disable_nagle_algorithm = True
        return self

    def once(self, method: str, path: str, *responses: FakeResponse) -> None:
        """Script the next answers of a route, then go back to the contract model."""
        self.routes[(method.upper(), path)].extend(responses)

    # -- clock -----------------------------------------------------------------------------
    def now(self) -> float:
        return time.time() + self.clock_offset

    def advance(self, seconds: float) -> None:
        """Move the fake's clock (codes, tokens and grace periods expire by it)."""
        self.clock_offset += seconds

    # -- failure injection -----------------------------------------------------------------
    def rate_limit_next(
        self,
        calls: int = 1,
        retry_after: str | None = "1",
        *,
        after: int = 0,
        path: str | None = None,
    ) -> None:
        """Answer 429 (with ``Retry-After`` unless None) to the next ``calls`` calls (of
        ``path`` only if given), after letting ``after`` of them through."""
        with self._lock:
            self._switches.append(Switch(429, calls, after, path, retry_after))

    def fail_next(
        self,
        calls: int = 1,
        status: int | None = None,
        *,
        after: int = 0,
        path: str | None = None,
    ) -> None:
        """Answer ``status`` (a 5xx; default ``default_fail_status``) to the next ``calls``
        calls (of ``path`` only if given), after letting ``after`` of them through."""
        status = self.default_fail_status if status is None else status
        with self._lock:
            self._switches.append(Switch(status, calls, after, path))

    def _switched(self, request: RecordedRequest) -> FakeResponse | None:
        """The injected failure this request gets, if any (switches apply in order)."""
        for switch in self._switches:
            if switch.calls <= 0 or (switch.path and request.path != switch.path):
                continue
            if switch.after > 0:
                switch.after -= 1
                continue
            switch.calls -= 1
            if switch.status == 429:
                answer = self._rate_limited()
                if switch.retry_after:
                    answer.headers["Retry-After"] = switch.retry_after
                return answer
            return self._server_error(switch.status)
        return None

    def _rate_limited(self) -> FakeResponse:
        """The provider's 429 answer (the Retry-After header is added)."""
        return FakeResponse(429, {"message": "Too many requests"})

    def _server_error(self, status: int) -> FakeResponse:
        """The provider's 5xx answer."""
        return FakeResponse(status, {"message": "Something went wrong"})

    # -- dispatch --------------------------------------------------------------------------
    def _dispatch(self, request: RecordedRequest) -> FakeResponse:
        with self._lock:
            response = (
                self._before_switches(request) or self._switched(request) or self._route(request)
            )
            if isinstance(response.body, _JSON_TYPES):  # serialise under the lock
                response = replace(
                    response,
                    body=json.dumps(response.body).encode(),
                    headers={"Content-Type": "application/json", **response.headers},
                )
            return response

    def _before_switches(self, request: RecordedRequest) -> FakeResponse | None:
        return None

    def _route(self, request: RecordedRequest) -> FakeResponse:
        raise NotImplementedError

    @staticmethod
    def match_route(table, method: str, parts: list[str]):
        """``(entry, args)`` of the first ``(verb, pattern, ...)`` entry of ``table`` whose verb
        is ``method`` and whose pattern (``*`` = any one segment) matches ``parts``; else None.
        ``args`` are the segments the stars matched."""
        for entry in table:
            verb, pattern = entry[0], entry[1]
            if verb != method or len(pattern) != len(parts):
                continue
            args = []
            for want, got in zip(pattern, parts, strict=True):
                if want == "*":
                    args.append(got)
                elif want != got:
                    break
            else:
                return entry, args
        return None

    @staticmethod
    def sole(items: dict, what: str):
        """The key of the one entry of ``items`` (a test that names none means that one);
        ValueError when there are none or several."""
        if len(items) != 1:
            raise ValueError(f"{len(items)} {what}: name one")
        return next(iter(items))

    # -- OAuth authorization endpoint ------------------------------------------------------
    def _authorization_request(self, request: RecordedRequest) -> dict[str, str] | FakeResponse:
        """The parameters (last value of each) of an OAuth 2 authorization request (RFC 6749
        §4.1.1) for ``self.client_id``, or the page the provider shows for a bad one: unknown
        ``client_id``, ``response_type`` other than ``code``, a ``redirect_uri`` that
        ``_redirect_refused`` refuses, or none."""
        query = {k: v[-1] for k, v in request.query.items()}
        if query.get("client_id") != self.client_id:
            return FakeResponse(400, "Unknown client_id")
        if query.get("response_type") != "code":
            return FakeResponse(400, "response_type must be code")
        redirect_uri = query.get("redirect_uri") or ""
        refused = self._redirect_refused(redirect_uri)
        if refused:
            return FakeResponse(400, refused)
        if not redirect_uri:
            return FakeResponse(400, "redirect_uri is required")
        return query

    def _redirect_refused(self, redirect_uri: str) -> str | None:
        """Why the provider refuses this redirect URI (it is not the client's), or None."""
        return None

    @staticmethod
    def redirect_back(redirect_uri: str, answer: dict) -> FakeResponse:
        """The consent page's 302 back to the client with ``answer`` in the query."""
        separator = "&" if urlsplit(redirect_uri).query else "?"
        return FakeResponse(
            302, None, {"Location": f"{redirect_uri}{separator}{urlencode(answer)}"}
        )

    # -- reading requests (auth checks) ----------------------------------------------------
    @staticmethod
    def header(request: RecordedRequest, name: str, default: str = "") -> str:
        """A request header, whatever the case of its name."""
        wanted = name.lower()
        return next((v for k, v in request.headers.items() if k.lower() == wanted), default)

    @classmethod
    def authorization(cls, request: RecordedRequest) -> tuple[str, str]:
        """``(scheme, credentials)`` of the Authorization header (``("", "")`` if none)."""
        scheme, _sep, credentials = cls.header(request, "Authorization").partition(" ")
        return scheme, credentials

    @classmethod
    def form(cls, request: RecordedRequest) -> dict[str, str] | None:
        """The form fields (last value of each) of a form-encoded body; None when the body is
        not ``application/x-www-form-urlencoded`` (OAuth token endpoints require it)."""
        if "application/x-www-form-urlencoded" not in cls.header(request, "Content-Type"):
            return None
        return {k: v[-1] for k, v in parse_qs(request.body.decode()).items()}

    @staticmethod
    def json_body(request: RecordedRequest, default: bytes = b"null"):
        """The parsed JSON body (``default`` when empty); ValueError if it is not JSON."""
        return json.loads(request.body or default)

    # -- query parameters and paging -------------------------------------------------------
    @staticmethod
    def last(query: dict[str, list[str]], name: str, default=None):
        """The last value of a query parameter (what a server reads when it is repeated)."""
        values = query.get(name)
        return values[-1] if values else default

    def int_param(self, query, name: str, default: int, low: int, high: int):
        """An integer query parameter in ``[low, high]`` (``default`` when absent), or the
        provider's answer to a bad one (``_bad_parameter``)."""
        raw = self.last(query, name)
        if raw is None:
            return default
        try:
            value = int(raw)
        except ValueError:
            return self._bad_parameter(name, f"{name} must be an integer, not {raw!r}")
        if not low <= value <= high:
            return self._bad_parameter(name, f"{name} must be between {low} and {high}")
        return value

    def _bad_parameter(self, name: str, detail: str) -> FakeResponse:
        return FakeResponse(400, {"message": detail})

    @staticmethod
    def page_of(items: list, page: int, per_page: int) -> list:
        """Page ``page`` (from 1) of ``items`` cut ``per_page`` at a time."""
        return items[(page - 1) * per_page : page * per_page]
