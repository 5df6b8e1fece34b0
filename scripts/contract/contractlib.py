# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""What the contract scripts share: the command line, a recorder of every HTTP exchange the real
client makes, the document's shapes, and the report.

``scripts/contract/<provider>.py --base-url URL --token TOKEN`` drives, through the real client,
every API call the connector makes, with harmless inputs (reads, an unknown id, a webhook made
and deleted at once, a refused token request), and prints one line per HTTP exchange::

    <METHOD> <path> <HTTP status> OK
    <METHOD> <path> <HTTP status, or - when nothing came back> ERROR: <what is wrong>

``ERROR (optional)`` marks a call the connector can do without.  The exit status is 1 when a call
the connector depends on failed (2: bad arguments); a summary goes to stderr.  A call is OK when
the answer has the documented status and shape and the client makes of it what it should.
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import parse_qs, urlsplit

from fincycle.http import BreakerRegistry, HttpPolicy, ProviderError, make_session, origin

# A real server is not hammered: three tries, the documented Retry-After honoured (up to 60 s).
POLICY = HttpPolicy(max_attempts=3, breaker_threshold=1000)
RETRIED = (429, 500, 502, 503, 504)  # an answer the client retries is fine before the last one
NIL_ID = "00000000-0000-4000-8000-000000000000"  # an id no account has: a harmless 404
# What every script reads and makes: little, and nothing that stays.
PAGE = 5  # transactions a page
PAGES = 3  # pages read at the most
DAYS = 30  # back from now
WEBHOOK_URL = "https://example.com/fincycle/contract-check"

# -- shapes ------------------------------------------------------------------------------------
#   dict   an object with these keys ("key?" optional, "!key" must be absent); others allowed
#   [s]    a list whose items all have shape s
#   tuple  any one of these shapes
#   None   null
#   a type isinstance (bool is not an int here)
#   Check  a named predicate


@dataclass(frozen=True)
class Check:
    name: str
    test: Callable[[object], bool]


def _is_timestamp(value) -> bool:
    if not isinstance(value, str) or "T" not in value:
        return False
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return False
    return True


NUMBER = Check("a number", lambda v: isinstance(v, (int, float)) and not isinstance(v, bool))
INTEGER = Check("an integer", lambda v: isinstance(v, int) and not isinstance(v, bool))
TIMESTAMP = Check("an ISO-8601 date-time", _is_timestamp)
CURRENCY = Check(
    "an ISO 4217 code", lambda v: isinstance(v, str) and bool(re.fullmatch("[A-Z]{3}", v))
)
NON_EMPTY = Check("a non-empty string", lambda v: isinstance(v, str) and bool(v.strip()))
OAUTH_ERROR = {"error": NON_EMPTY, "error_description?": str}  # RFC 6749 §5.2


def one_of(*values) -> Check:
    return Check("one of " + ", ".join(map(repr, values)), lambda v: v in values)


def starts_with(prefix: str) -> Check:
    return Check(
        f"a string starting {prefix!r}", lambda v: isinstance(v, str) and v.startswith(prefix)
    )


def _kind(value) -> str:
    return "null" if value is None else type(value).__name__


def problems(value, shape, where: str = "$") -> list[str]:
    """What is wrong with ``value`` against ``shape`` (empty when it fits)."""
    if isinstance(shape, dict):
        return _object_problems(value, shape, where)
    if isinstance(shape, list):
        if not isinstance(value, list):
            return [f"{where} is {_kind(value)}, not a list"]
        return [
            p for i, item in enumerate(value) for p in problems(item, shape[0], f"{where}[{i}]")
        ]
    if isinstance(shape, tuple):
        if any(not problems(value, option, where) for option in shape):
            return []
        return [f"{where} is {value!r:.60}, not {' or '.join(_name(s) for s in shape)}"]
    if shape is None:
        return [] if value is None else [f"{where} is {value!r:.60}, not null"]
    if isinstance(shape, Check) or shape is int:
        shape = INTEGER if shape is int else shape
        return [] if shape.test(value) else [f"{where} is {value!r:.60}, not {shape.name}"]
    if isinstance(value, shape) and not (isinstance(value, bool) and shape is not bool):
        return []
    return [f"{where} is {_kind(value)}, not {shape.__name__}"]


def _object_problems(value, shape: dict, where: str) -> list[str]:
    if not isinstance(value, dict):
        return [f"{where} is {_kind(value)}, not an object"]
    found = []
    for key, sub in shape.items():
        name = key.strip("!?")
        if key.startswith("!"):
            found += [f"{where}.{name} must not be there"] if name in value else []
        elif name in value:
            found += problems(value[name], sub, f"{where}.{name}")
        elif not key.endswith("?"):
            found.append(f"{where}.{name} missing")
    return found


def _name(shape) -> str:
    if isinstance(shape, Check):
        return shape.name
    return {dict: "an object", list: "a list", type(None): "null"}.get(
        type(shape), getattr(shape, "__name__", repr(shape))
    )


def fails(condition: bool, why: str) -> list[str]:
    """A ``then`` check: ``why`` unless ``condition``."""
    return [] if condition else [why]


# -- exchanges ---------------------------------------------------------------------------------


@dataclass
class Exchange:
    """One HTTP request the client sent and the answer it got (each retry is one)."""

    method: str
    path: str
    query: dict[str, list[str]]
    status: int
    headers: dict[str, str]
    body: object  # parsed JSON, the text if not JSON, None if empty


class Recorder:
    """Records every exchange of the ``requests`` sessions it is attached to (a response hook
    runs for each attempt, retries included)."""

    def __init__(self):
        self.exchanges: list[Exchange] = []

    def attach(self, session):
        session.hooks["response"].append(self._hook)
        return session

    def _hook(self, response, *args, **kwargs):
        split = urlsplit(response.request.url)
        try:
            body = response.json() if response.content else None
        except ValueError:
            body = response.text
        self.exchanges.append(
            Exchange(
                response.request.method,
                split.path,
                parse_qs(split.query),
                response.status_code,
                dict(response.headers),
                body,
            )
        )
        return response

    def take(self) -> list[Exchange]:
        taken, self.exchanges = self.exchanges, []
        return taken


def query(name: str, value: str):
    """An Expect check: the request's query parameter ``name`` must be ``value``."""

    def check(exchange: Exchange) -> list[str]:
        got = exchange.query.get(name)
        return [] if got == [value] else [f"query {name}={got}, expected {value!r}"]

    return check


def retry_after(exchange: Exchange) -> list[str]:
    """An Expect check for a 429: a Retry-After header in seconds."""
    value = next((v for k, v in exchange.headers.items() if k.lower() == "retry-after"), "")
    return [] if value.strip().isdigit() else [f"Retry-After {value!r}, not seconds"]


# -- expectations and the report ----------------------------------------------------------------


@dataclass
class Expect:
    """What every exchange of one client call must look like: ``route`` with ``{id}`` for any
    path segment, the documented ``status`` (one or several), the ``shape`` of the answer and
    ``checks`` on anything else (query, headers) → problems."""

    method: str
    route: str
    status: int | tuple[int, ...] = 200
    shape: object = None
    checks: tuple[Callable[[Exchange], list[str]], ...] = ()

    @property
    def statuses(self) -> tuple[int, ...]:
        return self.status if isinstance(self.status, tuple) else (self.status,)

    def matches(self, exchange: Exchange) -> bool:
        pattern = "^" + re.sub(r"\\\{\w+\\\}", "[^/]+", re.escape(self.route)) + "$"
        return exchange.method == self.method and re.match(pattern, exchange.path) is not None


@dataclass
class Contract:
    """Runs client calls and prints one line per exchange (``out``)."""

    provider: str
    args: argparse.Namespace
    out: Callable[[str], object] = print
    recorder: Recorder = field(default_factory=Recorder)
    lines: int = 0
    failed: int = 0  # calls the connector depends on
    optional_failed: int = 0

    def session(self, provider: str, *urls: str):
        """A ``fincycle.http`` session as the connector makes it, limited to the origins of
        ``urls`` (the token goes nowhere else), the token masked in messages, recorded."""
        session = make_session(
            POLICY,
            provider=provider,
            breaker_key=f"{provider}:contract",
            breakers=BreakerRegistry(),
            secrets=[self.args.token],
            allowed_origins=[origin(u) for u in urls],
        )
        return self.recorder.attach(session)

    def call(
        self,
        action: Callable[[], object],
        expect: Expect,
        *,
        raises: type[BaseException] | tuple[type[BaseException], ...] | None = None,
        then: Callable[[object], list[str]] | None = None,
        required: bool = True,
    ):
        """Run one client call; ``raises``: the error it must raise; ``then(result or error)``
        → problems with what it returned (or raised).  Returns the result (None on failure)."""
        self.recorder.take()
        result = error = None
        try:
            result = action()
        except Exception as exc:  # reported on the call's line, not raised
            error = exc
        outcome: list[str] = []
        if raises is None and error is not None:
            outcome.append(f"{type(error).__name__}: {str(error)[:300]}")
        elif raises is not None and not isinstance(error, raises):
            outcome.append(
                "should have raised "
                + (f"{raises.__name__}, " if isinstance(raises, type) else "an error, ")
                + (f"raised {type(error).__name__}: {str(error)[:300]}" if error else "returned")
            )
        elif then is not None:
            try:
                outcome += then(error if raises else result)
            except Exception as exc:  # a broken check is a failure too
                outcome.append(f"check failed: {type(exc).__name__}: {exc}")
        exchanges = self.recorder.take()
        for index, exchange in enumerate(exchanges):
            last = index == len(exchanges) - 1
            found = self._exchange_problems(expect, exchange, last)
            self._line(
                exchange.method,
                exchange.path,
                exchange.status,
                found + (outcome if last else []),
                required,
            )
        if not exchanges:
            self._line(expect.method, expect.route, "-", outcome or ["no request sent"], required)
        return None if outcome or error else result

    def not_sent(self, expect: Expect, why: str, *, required: bool = True) -> None:
        """A call that could not be made (what it needed failed before)."""
        self._line(expect.method, expect.route, "-", [f"not sent: {why}"], required)

    @staticmethod
    def _exchange_problems(expect: Expect, exchange: Exchange, last: bool) -> list[str]:
        if not expect.matches(exchange):
            return [f"expected {expect.method} {expect.route}"]
        if exchange.status not in expect.statuses:
            if not last and exchange.status in RETRIED:
                return []  # retried by the client, as the policy says
            wanted = " or ".join(map(str, expect.statuses))
            detail = f" ({exchange.body!r:.200})" if exchange.body else ""
            return [f"expected HTTP {wanted}{detail}"]
        found = []
        if expect.shape is not None or exchange.status == 204:
            found += problems(exchange.body, expect.shape)
        for check in expect.checks:
            found += check(exchange)
        return found

    def _line(self, method, path, status, found: list[str], required: bool) -> None:
        self.lines += 1
        if not found:
            self.out(f"{method} {path} {status} OK")
            return
        if required:
            self.failed += 1
        else:
            self.optional_failed += 1
        label = "ERROR" if required else "ERROR (optional)"
        self.out(f"{method} {path} {status} {label}: {'; '.join(found)[:500]}")

    def summary(self) -> str:
        return f"contract {self.provider}: {self.lines} calls, {self.failed} failed" + (
            f", {self.optional_failed} optional failed" if self.optional_failed else ""
        )


def main(
    provider: str,
    doc: str,
    drive: Callable[[Contract], None],
    argv: list[str] | None = None,
    *,
    options: Callable[[argparse.ArgumentParser], None] | None = None,
    out: Callable[[str], object] = print,
    err=None,
) -> int:
    """Parse ``--base-url``/``--token`` (and the provider's ``options``), run ``drive``, print
    the summary on stderr; 1 if a call the connector depends on failed."""
    parser = argparse.ArgumentParser(
        prog=f"scripts/contract/{provider}.py",
        description=doc,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--base-url", required=True, help="the API base, as the provider documents it"
    )
    parser.add_argument("--token", required=True, help="the credential the connector sends")
    if options:
        options(parser)
    contract = Contract(provider, parser.parse_args(argv), out)
    try:
        drive(contract)
    except ValueError as exc:  # the client refused its arguments (a base URL it cannot use)
        parser.error(str(exc))
    print(contract.summary(), file=err or sys.stderr)
    return 1 if contract.failed else 0


def webhook_and_client_options(webhook_help: str) -> Callable[[argparse.ArgumentParser], None]:
    """The ``options`` of a script that makes a webhook (``--webhook-url``) and sends refused
    token requests (``--client-id``)."""

    def options(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--webhook-url", default=WEBHOOK_URL, help=webhook_help)
        parser.add_argument(
            "--client-id",
            default="fincycle-contract-check",
            help="the Client ID in the refused token requests",
        )

    return options


def check_by_id(
    c: Contract,
    get: Callable[[str], dict],
    item_id: str | None,
    *,
    path: str,
    shape,
    error,
    what: str,
) -> None:
    """``get`` an item the script has read by its id (the same one comes back); with none read,
    an id nobody has: 404 with the provider's ``error`` shape."""
    if item_id:
        c.call(
            lambda: get(item_id),
            Expect("GET", path, 200, shape),
            then=lambda item: fails(item["id"] == item_id, f"another {what}"),
        )
    else:
        c.call(lambda: get(NIL_ID), Expect("GET", path, 404, error), raises=ProviderError)


def run(
    provider: str,
    doc: str,
    drive: Callable[[Contract], None],
    options: Callable[[argparse.ArgumentParser], None] | None = None,
) -> None:
    """A script's ``__main__``: ``main`` on the command line, its status as the exit status."""
    logging.basicConfig(level=logging.ERROR)  # the expected 4xx are not news here
    sys.exit(main(provider, doc, drive, sys.argv[1:], options=options))
