"""A fake Clockify (API v1 and Reports API) that follows the contract
(shared/reference/apis/clockify.md), not the client.

``FakeClockify`` is a ``FakeProvider`` (127.0.0.1, own thread, ``.url``, ``.calls()``, the clock
and the failure switches) laid out like a regional host: the core API under ``/api/v1`` and the
Reports API under ``/report/v1`` (``api_url`` and ``reports_url``).  Its unscripted routes are
answered from an in-memory workspace:

* ``X-Api-Key`` must be the workspace's key (any other, or none → 401 ``{"message", "code"}``);
  a workspace id that is not the fake's → 403;
* ``GET /user``, ``GET /workspaces``, ``GET /workspaces/{ws}/users|clients|projects|tags``
  (``page`` from 1, ``page-size`` default 50, plain arrays without totals),
  ``GET /workspaces/{ws}/user/{userId}/time-entries`` (``start``/``end`` applied to the entry's
  start, ``page``/``page-size`` up to 5000, running entries with ``end`` and ``duration`` null,
  ``duration`` an ISO-8601 string), ``GET /workspaces/{ws}/time-entries/{id}``;
* ``POST /report/v1/workspaces/{ws}/reports/detailed`` (``dateRangeStart/End`` at most 366
  days apart, ``detailedFilter.page/pageSize`` up to 1000, rows with ``_id``, names, ``tags``
  objects, times in the request's ``timeZone`` with their offset, ``duration`` in seconds;
  running timers are listed with ``end`` and ``duration`` null);
* ``GET|POST /workspaces/{ws}/webhooks`` (``{"webhooks": [...]}``; one event per webhook, an
  ``authToken`` each; at most ``max_webhooks``), ``DELETE /workspaces/{ws}/webhooks/{id}``;
* ``deliver(event, entry_id)`` posts a time-entry event to every webhook of that event type
  with ``Clockify-Signature: <authToken>`` and ``Clockify-Webhook-Event-Type``; ``delivery``
  gives the headers and body without sending;
* the switches answer 429 (with ``Retry-After``) or 5xx to the next calls.

No Odoo import.
"""

from __future__ import annotations

import json
import secrets
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import requests

from fincycle.timesheets.clockify import (
    EVENT_TYPE_HEADER,
    SIGNATURE_HEADER,
    format_time,
    parse_time,
)

from .fake_server import FakeProvider, FakeResponse, RecordedRequest

WEBHOOK_EVENTS = (
    "NEW_TIME_ENTRY",
    "TIME_ENTRY_UPDATED",
    "TIME_ENTRY_DELETED",
    "NEW_TIMER_STARTED",
    "TIMER_STOPPED",
    "NEW_PROJECT",
    "NEW_CLIENT",
    "NEW_TAG",
)
MAX_ENTRY_PAGE_SIZE = 5000
MAX_LIST_PAGE_SIZE = 5000
MAX_REPORT_PAGE_SIZE = 1000
MAX_REPORT_DAYS = 366


def _error(status: int, code: int, message: str) -> FakeResponse:
    return FakeResponse(status, {"message": message, "code": code})


def iso_duration(seconds: int) -> str:
    """``PT1H30M`` (what the core API sends)."""
    hours, rest = divmod(int(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    text = "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes else "")
    text += f"{secs}S" if secs or text == "PT" else ""
    return text


class FakeClockify(FakeProvider):
    """``with FakeClockify() as c: u = c.add_user(...); c.add_entry(u["id"], start, end)``."""

    api_key: str = "fake-clockify-key-0123456789"
    workspace_id: str = "64a687e29ae1f428e7ebe303"
    workspace_name: str = "Seeblick"
    max_webhooks: int = 10

    def reset(self) -> None:
        with self._lock:
            super().reset()
            self._seq = 0
            self.users: dict[str, dict] = {}
            self.clients: dict[str, dict] = {}
            self.projects: dict[str, dict] = {}
            self.tags: dict[str, dict] = {}
            self.entries: dict[str, dict] = {}
            self.webhooks: dict[str, dict] = {}
            self._sorted: list[dict] | None = None
            self.me = self.add_user("Owner", "owner@example.com", "Europe/Zurich")

    @property
    def api_url(self) -> str:
        return self.url + "/api/v1"

    @property
    def reports_url(self) -> str:
        return self.url + "/report/v1"

    # -- data ------------------------------------------------------------------------------
    def _new_id(self) -> str:
        self._seq += 1
        return f"{0x65000000 + self._seq:08x}{secrets.token_hex(8)}"[:24].ljust(24, "0")

    def add_user(self, name: str, email: str, time_zone: str = "Europe/Zurich") -> dict:
        with self._lock:
            user = {
                "id": self._new_id(),
                "name": name,
                "email": email,
                "status": "ACTIVE",
                "activeWorkspace": self.workspace_id,
                "defaultWorkspace": self.workspace_id,
                "settings": {"timeZone": time_zone, "weekStart": "MONDAY"},
                "memberships": [],
            }
            self.users[user["id"]] = user
            return user

    def add_client(self, name: str, email: str | None = None) -> dict:
        with self._lock:
            client = {
                "id": self._new_id(),
                "name": name,
                "email": email,
                "workspaceId": self.workspace_id,
                "archived": False,
                "address": None,
                "note": None,
            }
            self.clients[client["id"]] = client
            return client

    def add_project(self, name: str, client_id: str | None = None, billable: bool = True) -> dict:
        with self._lock:
            client = self.clients.get(client_id or "")
            project = {
                "id": self._new_id(),
                "name": name,
                "clientId": client_id or "",
                "clientName": client["name"] if client else "",
                "workspaceId": self.workspace_id,
                "billable": billable,
                "archived": False,
                "color": "#03A9F4",
                "hourlyRate": {"amount": 10500, "currency": "CHF"},
                "public": True,
                "template": False,
            }
            self.projects[project["id"]] = project
            return project

    def add_tag(self, name: str) -> dict:
        with self._lock:
            tag = {
                "id": self._new_id(),
                "name": name,
                "workspaceId": self.workspace_id,
                "archived": False,
            }
            self.tags[tag["id"]] = tag
            return tag

    def add_entry(
        self,
        user_id: str,
        start: datetime | str,
        end: datetime | str | None,
        *,
        project_id: str | None = None,
        billable: bool = True,
        description: str = "",
        tag_ids: tuple[str, ...] | list[str] = (),
        entry_type: str = "REGULAR",
    ) -> dict:
        """A time entry (``end`` None: a running timer)."""
        with self._lock:
            entry = {
                "id": self._new_id(),
                "workspaceId": self.workspace_id,
                "userId": user_id,
                "description": description,
                "billable": billable,
                "projectId": project_id,
                "taskId": None,
                "tagIds": list(tag_ids),
                "type": entry_type,
                "isLocked": False,
                "kioskId": None,
                "timeInterval": {},
                "hourlyRate": {"amount": 10500, "currency": "CHF"},
                "costRate": {"amount": 4000, "currency": "CHF"},
                "customFieldValues": [],
            }
            self._set_interval(entry, start, end)
            self.entries[entry["id"]] = entry
            self._sorted = None
            return entry

    @staticmethod
    def _set_interval(entry: dict, start, end) -> None:
        start_at = parse_time(start)
        end_at = parse_time(end) if end is not None else None
        entry["timeInterval"] = {
            "start": format_time(start_at),
            "end": format_time(end_at) if end_at else None,
            "duration": iso_duration((end_at - start_at).total_seconds()) if end_at else None,
        }

    def update_entry(self, entry_id: str, *, start=None, end=None, **changes) -> dict:
        """Change an entry (``start``/``end`` move its interval; other keys are its fields)."""
        with self._lock:
            entry = self.entries[entry_id]
            entry.update(changes)
            if start is not None or end is not None:
                interval = entry["timeInterval"]
                self._set_interval(
                    entry, start or interval["start"], end if end is not None else interval["end"]
                )
            self._sorted = None
            return entry

    def stop_timer(self, entry_id: str, end) -> dict:
        with self._lock:
            entry = self.entries[entry_id]
            self._set_interval(entry, entry["timeInterval"]["start"], end)
            self._sorted = None
            return entry

    def delete_entry(self, entry_id: str) -> dict:
        with self._lock:
            self._sorted = None
            return self.entries.pop(entry_id)

    def generate(
        self,
        count: int,
        users: list[dict],
        projects: list[dict],
        first_day: datetime,
        days: int = 30,
    ) -> None:
        """``count`` finished entries spread over ``days`` from ``first_day`` (UTC), the users
        and projects taken in turn, one to three hours each, every third one not billable."""
        with self._lock:
            for index in range(count):
                day = first_day + timedelta(days=index % days)
                start = day + timedelta(hours=7, minutes=(index * 7) % 600)
                end = start + timedelta(minutes=60 + (index * 13) % 120)
                self.add_entry(
                    users[index % len(users)]["id"],
                    start,
                    end,
                    project_id=projects[index % len(projects)]["id"],
                    billable=index % 3 != 0,
                    description=f"Work {index}",
                )

    # -- webhook deliveries ----------------------------------------------------------------
    def _hydrated(self, entry: dict) -> dict:
        """A time entry as an event carries it: nested project, user and tags (§5)."""
        body = dict(entry)
        project = self.projects.get(entry.get("projectId") or "")
        user = self.users.get(entry.get("userId") or "")
        body["project"] = dict(project) if project else None
        body["user"] = (
            {"id": user["id"], "name": user["name"], "email": user["email"]} if user else None
        )
        body["tags"] = [dict(self.tags[t]) for t in entry.get("tagIds") or () if t in self.tags]
        return body

    def delivery(
        self, event: str, entry: dict | str, token: str | None = None
    ) -> tuple[dict[str, str], bytes]:
        """(headers, body) of the delivery of ``event`` about ``entry`` (an entry or its id),
        signed with ``token`` or the authToken of our webhook for that event."""
        with self._lock:
            if isinstance(entry, str):
                entry = self.entries[entry]
            if token is None:
                hook = next(h for h in self.webhooks.values() if h["webhookEvent"] == event)
                token = hook["authToken"]
            body = json.dumps(self._hydrated(entry)).encode()
        headers = {
            "Content-Type": "application/json",
            SIGNATURE_HEADER: token,
            EVENT_TYPE_HEADER: event,
        }
        return headers, body

    def deliver(self, event: str, entry: dict | str, timeout: float = 10) -> list[int]:
        """POST the event to every webhook registered for it; the HTTP statuses answered."""
        with self._lock:
            if isinstance(entry, str):
                entry = self.entries.get(entry) or {"id": entry}
            hooks = [h for h in self.webhooks.values() if h["webhookEvent"] == event]
        statuses = []
        for hook in hooks:
            headers, body = self.delivery(event, entry, hook["authToken"])
            answer = requests.post(hook["url"], data=body, headers=headers, timeout=timeout)
            statuses.append(answer.status_code)
        return statuses

    # -- routing ---------------------------------------------------------------------------
    def _route(self, request: RecordedRequest) -> FakeResponse:
        path = request.path.rstrip("/")
        if path.startswith("/api/v1/"):
            parts, table = path[len("/api/v1/") :].split("/"), self._api_routes()
        elif path.startswith("/report/v1/"):
            parts, table = path[len("/report/v1/") :].split("/"), self._report_routes()
        else:
            return _error(404, 404, f"No such endpoint {path}")
        if self.header(request, "X-Api-Key") != self.api_key:
            return _error(401, 1000, "Full authentication is required to access this resource")
        found = self.match_route(table, request.method, parts)
        if not found:
            return _error(404, 404, f"No such endpoint {request.method} {path}")
        (_verb, pattern, handler), args = found
        if len(pattern) < 2 or pattern[0] != "workspaces":
            return handler(request, *args)
        if args[0] != self.workspace_id:
            return _error(403, 1002, "Access denied to this workspace")
        return handler(request, *args[1:])

    def _api_routes(self):
        ws = "workspaces"
        return (
            ("GET", ["user"], self._get_me),
            ("GET", [ws], self._get_workspaces),
            ("GET", [ws, "*", "users"], self._lister(lambda: self.users)),
            ("GET", [ws, "*", "clients"], self._lister(lambda: self.clients)),
            ("GET", [ws, "*", "projects"], self._lister(lambda: self.projects)),
            ("GET", [ws, "*", "tags"], self._lister(lambda: self.tags)),
            ("GET", [ws, "*", "user", "*", "time-entries"], self._get_user_entries),
            ("GET", [ws, "*", "time-entries", "*"], self._get_entry),
            ("GET", [ws, "*", "webhooks"], self._list_webhooks),
            ("POST", [ws, "*", "webhooks"], self._create_webhook),
            ("DELETE", [ws, "*", "webhooks", "*"], self._delete_webhook),
        )

    def _report_routes(self):
        return (("POST", ["workspaces", "*", "reports", "detailed"], self._detailed),)

    def _bad_parameter(self, name: str, detail: str) -> FakeResponse:
        return _error(400, 400, detail)

    def _paging(self, request, max_size):
        page = self.int_param(request.query, "page", 1, 1, 1_000_000)
        if isinstance(page, FakeResponse):
            return page, None
        size = self.int_param(request.query, "page-size", 50, 1, max_size)
        return page, size

    def _lister(self, items):
        def handler(request):
            page, size = self._paging(request, MAX_LIST_PAGE_SIZE)
            if isinstance(page, FakeResponse):
                return page
            if isinstance(size, FakeResponse):
                return size
            return FakeResponse(200, self.page_of(list(items().values()), page, size))

        return handler

    def _get_me(self, request):
        return FakeResponse(200, self.me)

    def _get_workspaces(self, request):
        return FakeResponse(
            200,
            [
                {
                    "id": self.workspace_id,
                    "name": self.workspace_name,
                    "hourlyRate": {"amount": 10500, "currency": "CHF"},
                    "memberships": [],
                    "workspaceSettings": {},
                }
            ],
        )

    def _by_start(self) -> list[dict]:
        """Every entry by id, with its parsed start (cached until the data changes: paging
        through 20,000 entries must not re-read every one per page)."""
        if self._sorted is None:
            self._sorted = sorted(self.entries.values(), key=lambda e: e["id"])
            self._starts = {e["id"]: parse_time(e["timeInterval"]["start"]) for e in self._sorted}
            self._ranges: dict[tuple, list[dict]] = {}
        return self._sorted

    def _in_range(self, entry: dict, start, end) -> bool:
        self._by_start()
        began = self._starts[entry["id"]]
        return (start is None or began >= start) and (end is None or began <= end)

    def _range(self, start, end) -> list[dict]:
        rows = self._by_start()
        key = (start, end)
        if key not in self._ranges:
            self._ranges[key] = [e for e in rows if self._in_range(e, start, end)]
        return self._ranges[key]

    def _get_user_entries(self, request, user_id):
        page, size = self._paging(request, MAX_ENTRY_PAGE_SIZE)
        if isinstance(page, FakeResponse):
            return page
        if isinstance(size, FakeResponse):
            return size
        try:
            start = parse_time(self.last(request.query, "start"))
            end = parse_time(self.last(request.query, "end"))
        except ValueError:
            return _error(400, 400, "start and end must be yyyy-MM-ddThh:mm:ssZ")
        found = [
            e for e in self._by_start() if e["userId"] == user_id and self._in_range(e, start, end)
        ]
        found.sort(key=lambda e: e["timeInterval"]["start"], reverse=True)  # newest first
        return FakeResponse(200, self.page_of(found, page, size))

    def _get_entry(self, request, entry_id):
        entry = self.entries.get(entry_id)
        if entry is None:
            return _error(404, 501, "Time entry doesn't belong to Workspace")
        return FakeResponse(200, entry)

    def _detailed(self, request):
        try:
            body = self.json_body(request)
        except ValueError:
            return _error(400, 400, "Body is not JSON")
        if not isinstance(body, dict):
            return _error(400, 400, "Body must be an object")
        try:
            start = parse_time(body.get("dateRangeStart"))
            end = parse_time(body.get("dateRangeEnd"))
        except ValueError:
            start = end = None
        if start is None or end is None or end < start:
            return _error(400, 400, "dateRangeStart and dateRangeEnd are required")
        if end - start > timedelta(days=MAX_REPORT_DAYS):
            return _error(400, 400, f"Date range cannot exceed {MAX_REPORT_DAYS} days")
        detailed = body.get("detailedFilter") or {}
        page, size = detailed.get("page", 1), detailed.get("pageSize", 50)
        if not isinstance(page, int) or page < 1:
            return _error(400, 400, "detailedFilter.page must be 1 or more")
        if not isinstance(size, int) or not 1 <= size <= MAX_REPORT_PAGE_SIZE:
            return _error(400, 400, f"pageSize must be between 1 and {MAX_REPORT_PAGE_SIZE}")
        try:
            tz = ZoneInfo(body.get("timeZone") or "UTC")
        except (KeyError, ValueError):
            return _error(400, 400, "Unknown timeZone")
        rows = self._range(start, end)
        if body.get("sortOrder") == "DESCENDING":
            rows = rows[::-1]
        return FakeResponse(
            200,
            {
                "totals": [],
                "timeentries": [self._row(e, tz) for e in self.page_of(rows, page, size)],
            },
        )

    def _row(self, entry: dict, tz) -> dict:
        start = parse_time(entry["timeInterval"]["start"])
        end = parse_time(entry["timeInterval"]["end"])
        user = self.users.get(entry["userId"]) or {}
        project = self.projects.get(entry.get("projectId") or "") or {}
        client = self.clients.get(project.get("clientId") or "") or {}
        seconds = int((end - start).total_seconds()) if end else None
        rate = (entry.get("hourlyRate") or {}).get("amount") or 0
        return {
            "_id": entry["id"],
            "description": entry["description"],
            "userId": entry["userId"],
            "userName": user.get("name"),
            "userEmail": user.get("email"),
            "billable": entry["billable"],
            "projectId": entry.get("projectId"),
            "projectName": project.get("name"),
            "clientId": project.get("clientId") or None,
            "clientName": client.get("name"),
            "taskId": entry.get("taskId"),
            "taskName": None,
            "tags": [
                {"id": t, "name": self.tags[t]["name"]} for t in entry["tagIds"] if t in self.tags
            ],
            "type": entry.get("type"),
            "isLocked": entry.get("isLocked", False),
            "approvalRequestId": None,
            "timeInterval": {
                "start": start.astimezone(tz).isoformat(),
                "end": end.astimezone(tz).isoformat() if end else None,
                "duration": seconds,
            },
            "rate": rate,
            "amount": int(rate * (seconds or 0) / 3600) if entry["billable"] else 0,
            "customFields": [],
        }

    # -- webhooks --------------------------------------------------------------------------
    def _public(self, hook: dict) -> dict:
        return dict(hook)

    def _list_webhooks(self, request):
        return FakeResponse(200, {"webhooks": [self._public(h) for h in self.webhooks.values()]})

    def _create_webhook(self, request):
        try:
            body = self.json_body(request)
        except ValueError:
            return _error(400, 400, "Body is not JSON")
        if not isinstance(body, dict):
            return _error(400, 400, "Body must be an object")
        event = body.get("webhookEvent")
        if event not in WEBHOOK_EVENTS:
            return _error(400, 400, f"Unknown webhookEvent {event!r}")
        url = body.get("url") or ""
        if not url.startswith(("http://", "https://")):
            return _error(400, 400, "url must be an http(s) address")
        if body.get("triggerSourceType") not in ("WORKSPACE_ID", "PROJECT_ID", "USER_ID", "TAG_ID"):
            return _error(400, 400, "Unknown triggerSourceType")
        if len(self.webhooks) >= self.max_webhooks:
            return _error(400, 501, "Webhook limit reached for this workspace")
        hook = {
            "id": self._new_id(),
            "name": str(body.get("name") or "")[:30],
            "url": url,
            "webhookEvent": event,
            "triggerSource": list(body.get("triggerSource") or []),
            "triggerSourceType": body["triggerSourceType"],
            "enabled": True,
            "userId": self.me["id"],
            "workspaceId": self.workspace_id,
            "authToken": secrets.token_urlsafe(32),
        }
        self.webhooks[hook["id"]] = hook
        return FakeResponse(201, dict(hook))

    def _delete_webhook(self, request, hook_id):
        hook = self.webhooks.pop(hook_id, None)
        if hook is None:
            return _error(404, 501, "Webhook not found")
        return FakeResponse(200, dict(hook))


def utc(*args) -> datetime:
    """``utc(2025, 3, 3, 8)``: an aware UTC datetime (for tests)."""
    return datetime(*args, tzinfo=timezone.utc)
