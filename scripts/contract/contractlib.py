# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""What the contract scripts share: a recorder of every HTTP exchange the real client makes, a
small shape checker (the document's required keys and types), and the report.

A script drives each public call of a client against its contract-following fake, says which
exchanges it expects (method, route, status, shape of the answer) and what the call must return
or raise; the report prints one line per exchange, ``<METHOD> <path>: ok|FAIL <why>``, and the
summary ``contract <provider>: <N> calls, <F> failed``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import parse_qs, urlsplit

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


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _is_timestamp(value) -> bool:
    if not isinstance(value, str) or "T" not in value:
        return False
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return False
    return True


NUMBER = Check("a number", _is_number)
INTEGER = Check("an integer", lambda v: isinstance(v, int) and not isinstance(v, bool))
TIMESTAMP = Check("an ISO-8601 date-time", _is_timestamp)
CURRENCY = Check(
    "an ISO 4217 code", lambda v: isinstance(v, str) and bool(re.fullmatch("[A-Z]{3}", v))
)
NON_EMPTY = Check("a non-empty string", lambda v: isinstance(v, str) and bool(v.strip()))


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
    if shape is int:
        shape = INTEGER
    if isinstance(shape, Check):
        return [] if shape.test(value) else [f"{where} is {value!r:.60}, not {shape.name}"]
    if isinstance(value, shape) and not (isinstance(value, bool) and shape is not bool):
        return []
    return [f"{where} is {_kind(value)}, not {shape.__name__}"]


def _object_problems(value, shape: dict, where: str) -> list[str]:
    if not isinstance(value, dict):
        return [f"{where} is {_kind(value)}, not an object"]
    found = []
    for key, sub in shape.items():
        if key.startswith("!"):
            if key[1:] in value:
                found.append(f"{where}.{key[1:]} must not be there")
            continue
        name = key.rstrip("?")
        if name in value:
            found += problems(value[name], sub, f"{where}.{name}")
        elif not key.endswith("?"):
            found.append(f"{where}.{name} missing")
    return found


def _name(shape) -> str:
    if shape is None:
        return "null"
    if isinstance(shape, Check):
        return shape.name
    if isinstance(shape, dict):
        return "an object"
    if isinstance(shape, list):
        return "a list"
    return getattr(shape, "__name__", repr(shape))


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
    """Records every exchange of the ``requests`` sessions it is attached to (a response
    hook runs for each attempt, retries included)."""

    def __init__(self):
        self.exchanges: list[Exchange] = []

    def attach(self, session):
        session.hooks["response"].append(self._hook)
        return session

    def _hook(self, response, *args, **kwargs):
        split = urlsplit(response.request.url)
        if not response.content:
            body = None
        else:
            try:
                body = response.json()
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


# -- expectations and the report ----------------------------------------------------------------


@dataclass
class Expect:
    """One exchange a call must make: ``route`` with ``{id}`` for any path segment; ``shape``
    of the answer's body; ``check(exchange)`` for anything else (headers, query) → problems."""

    method: str
    route: str
    status: int
    shape: object = None
    check: Callable[[Exchange], list[str]] | None = None
    label: str | None = None  # what to print instead of the route (e.g. with ?page=2)

    def matches_path(self, path: str) -> bool:
        pattern = "^" + re.sub(r"\\\{\w+\\\}", "[^/]+", re.escape(self.route)) + "$"
        return re.match(pattern, path) is not None


@dataclass
class Contract:
    provider: str
    recorder: Recorder
    lines: list[str] = field(default_factory=list)
    failed: int = 0

    def call(
        self,
        what: str,
        action: Callable[[], object],
        expected: list[Expect],
        *,
        raises: type[BaseException] | None = None,
        then: Callable[[object], list[str]] | None = None,
    ):
        """Run one client call; ``raises``: the error type it must raise; ``then(result or
        error)`` → problems with what it returned (or raised)."""
        self.recorder.take()
        result = error = None
        try:
            result = action()
        except Exception as exc:  # reported as a failed line, not raised
            error = exc
        exchanges = self.recorder.take()
        outcome: list[str] = []
        if raises is None and error is not None:
            outcome.append(f"raised {type(error).__name__}: {str(error)[:200]}")
        elif raises is not None and not isinstance(error, raises):
            outcome.append(
                f"should raise {raises.__name__}, "
                + (f"raised {type(error).__name__}: {error}" if error else "returned")
            )
        elif then is not None:
            try:
                outcome += then(error if raises else result)
            except Exception as exc:  # a broken check is a failure too
                outcome.append(f"check failed: {type(exc).__name__}: {exc}")
        self._report(what, expected, exchanges, outcome)
        return result

    def _report(self, what, expected, exchanges, outcome) -> None:
        count = max(len(expected), len(exchanges), 1)
        for index in range(count):
            want = expected[index] if index < len(expected) else None
            got = exchanges[index] if index < len(exchanges) else None
            found = []
            if want is None:
                found.append(f"unexpected request (HTTP {got.status})")
            elif got is None:
                found.append("not sent")
            else:
                if got.method != want.method or not want.matches_path(got.path):
                    found.append(f"sent {got.method} {got.path}")
                if got.status != want.status:
                    found.append(f"HTTP {got.status}, expected {want.status}")
                elif want.shape is not None or want.status == 204:
                    found += problems(got.body, want.shape)
                if want.check is not None:
                    found += want.check(got)
            if index == count - 1:
                found += outcome
            method = want.method if want else got.method
            label = (want.label or want.route) if want else got.path
            status = got.status if got else "-"
            if found:
                self.failed += 1
                self.lines.append(f"{method} {label}: FAIL {'; '.join(found)[:400]} [{what}]")
            else:
                self.lines.append(f"{method} {label}: ok ({status} {what})")

    def summary(self) -> str:
        return f"contract {self.provider}: {len(self.lines)} calls, {self.failed} failed"

    def print(self, out=print) -> int:
        for line in self.lines:
            out(line)
        out(self.summary())
        return 1 if self.failed else 0


def header(name: str, test: Callable[[str | None], bool], why: str):
    """An Expect.check: the answer's header ``name`` must pass ``test``."""

    def check(exchange: Exchange) -> list[str]:
        value = next((v for k, v in exchange.headers.items() if k.lower() == name.lower()), None)
        return [] if test(value) else [f"header {name} {why} (got {value!r})"]

    return check


def query(name: str, value: str):
    """An Expect.check: the request's query parameter ``name`` must be ``value``."""

    def check(exchange: Exchange) -> list[str]:
        got = exchange.query.get(name)
        return [] if got == [value] else [f"query {name}={got}, expected {value!r}"]

    return check


def expect_all(*checks: Callable[[Exchange], list[str]]):
    def check(exchange: Exchange) -> list[str]:
        return [p for c in checks for p in c(exchange)]

    return check
