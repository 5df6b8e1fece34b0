"""A scriptable HTTP server on 127.0.0.1 that stands in for a provider in tests.

Tests queue answers per route (method + path) and read back what the client sent, so the real
client code path (sockets, headers, timeouts, retries) is exercised.  Routes may also be
callables, to model pagination or auth from the request.
"""

from __future__ import annotations

import json
import threading
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


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
                try:
                    self.send_response(answer.status)
                    for name, value in headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(payload)))
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
