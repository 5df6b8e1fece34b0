"""Clockify API v1 and Reports API: workspace users, clients, projects and tags, time entries
(per user, or for everybody through the detailed report) page by page, webhooks with their
static signature token, and the mapping of one time entry to timesheet values as plain data.

Contract: shared/reference/apis/clockify.md.  Pure Python (no Odoo): the add-on stores the key
and calls this; HTTP behaviour (timeouts, 429/5xx retries honouring Retry-After, breaker, typed
errors, the key masked, only the workspace's own hosts) comes from the ``fincycle.http`` session
it is given.  What this module decides is said in codes (``SKIP_*``, ``CAT_*``, ``SOURCE_*``);
the add-on words them for the user.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from urllib.parse import quote
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from fincycle.http import AuthError, BadResponseError
from fincycle.timeutil import format_time, time_parser
from fincycle.webhooks.schemes import SignatureScheme, Verdict, _any_equal, _header

# -- hosts (clockify.md §1) ---------------------------------------------------------------------
GLOBAL = "global"
REGIONS = ("euc1", "use2", "euw2", "apse2")  # EU (DE), US, UK, AU data residency
GLOBAL_API = "https://api.clockify.me/api/v1"
GLOBAL_REPORTS = "https://reports.api.clockify.me/v1"
API_KEY_HEADER = "X-Api-Key"

# -- paging and limits (§2, §4) -----------------------------------------------------------------
DEFAULT_PAGE_SIZE = 50  # the documented default of the core API lists
LIST_PAGE_SIZE = 200  # what we ask for users, clients, projects, tags
ENTRY_PAGE_SIZE = 1000  # time entries (the API takes up to 5000)
REPORT_PAGE_SIZE = 1000  # the detailed report's practical ceiling
MAX_PAGES = 100_000  # a runaway pagination stops here instead of looping forever
MAX_REPORT_DAYS = 366  # Free plan: date range of one report request

# -- webhooks (§5) --------------------------------------------------------------------------------
SIGNATURE_HEADER = "Clockify-Signature"
EVENT_TYPE_HEADER = "Clockify-Webhook-Event-Type"
NEW_TIME_ENTRY = "NEW_TIME_ENTRY"
TIME_ENTRY_UPDATED = "TIME_ENTRY_UPDATED"
TIME_ENTRY_DELETED = "TIME_ENTRY_DELETED"
TIMER_STOPPED = "TIMER_STOPPED"
# The events the connector registers (a Free workspace has 3 webhooks; a stopped timer is
# caught by the next pull when TIMER_STOPPED is not registered).
ENTRY_EVENTS = (NEW_TIME_ENTRY, TIME_ENTRY_UPDATED, TIME_ENTRY_DELETED)
# The events the connector accepts.
ACCEPTED_EVENTS = (*ENTRY_EVENTS, TIMER_STOPPED)

# Actions of a webhook event.
UPSERT = "upsert"
DELETE = "delete"
IGNORE = "ignore"

# -- categories ---------------------------------------------------------------------------------
CAT_FACTURABLE = "FACTURABLE"  # billable, invoiced at the rate of the sale line / project
CAT_FORFAIT = "FORFAIT"  # billable but covered by a fixed fee: tracked, not invoiced
CAT_INTERNE = "INTERNE"  # not billable
CATEGORIES = (CAT_FACTURABLE, CAT_FORFAIT, CAT_INTERNE)
# Where the category comes from (CategoryRules.source) and what decided it (TimesheetValues).
SOURCE_BILLABLE = "billable"
SOURCE_TAGS = "tags"
SOURCE_PROJECT = "project"
DECIDED_BY_CONFLICT = "tag_conflict"  # several category tags: the billable flag decided

# -- why an entry is not a timesheet ------------------------------------------------------------
SKIP_RUNNING = "running"  # a timer still running (no end): booked once stopped
SKIP_NOT_WORK = "not_work"  # BREAK, HOLIDAY, TIME_OFF
SKIP_NEGATIVE = "negative_duration"  # end before start
SKIP_BAD_TIME_ZONE = "bad_time_zone"  # the user's time zone is unknown
WORK_TYPES = ("REGULAR", None, "")

# Codes of ClockifyResponseError.
NOT_A_LIST = "not_a_list"
NOT_AN_OBJECT = "not_an_object"
MISSING_KEY = "missing_key"
PAGING_STALLED = "paging_stalled"
TOO_MANY_PAGES = "too_many_pages"
NO_KEY = "no_key"
BAD_REGION = "bad_region"


class ClockifyDataError(ValueError):
    """A time entry Clockify sent cannot be read; ``code`` says what is missing."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code


class ClockifyResponseError(BadResponseError):
    """A 2xx answer that is not what the contract promises; ``code`` is one of NOT_A_LIST,
    NOT_AN_OBJECT, MISSING_KEY, PAGING_STALLED, TOO_MANY_PAGES."""

    def __init__(self, code: str, message: str, **kwargs):
        super().__init__(message, **kwargs)
        self.code = code


# -- hosts --------------------------------------------------------------------------------------


def hosts(region: str | None = GLOBAL) -> tuple[str, str]:
    """(core API base, Reports API base) of a workspace's region: the global hosts, or the
    regional host for both (``https://euc1.clockify.me/api/v1`` and ``.../report/v1``)."""
    region = (region or GLOBAL).strip().lower()
    if region == GLOBAL:
        return GLOBAL_API, GLOBAL_REPORTS
    if region not in REGIONS:
        raise ValueError(f"{BAD_REGION}: {region!r} (one of {GLOBAL}, {', '.join(REGIONS)})")
    return f"https://{region}.clockify.me/api/v1", f"https://{region}.clockify.me/report/v1"


# -- times --------------------------------------------------------------------------------------


parse_time = time_parser(ClockifyDataError)


def format_report_time(value: datetime) -> str:
    """``yyyy-MM-ddTHH:mm:ss.SSSZ``, what the Reports API reads."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    value = value.astimezone(timezone.utc)
    return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"


def zone(name: str | None) -> ZoneInfo | None:
    """The time zone named ``name``, None when it is unknown or empty."""
    if not name:
        return None
    try:
        return ZoneInfo(str(name))
    except (ZoneInfoNotFoundError, ValueError):
        return None


def request_range(date_from: date, date_to: date) -> tuple[datetime, datetime]:
    """The UTC range to ask Clockify for so that every entry whose start falls on a day of
    ``[date_from, date_to)`` in any time zone is in it (one day of margin each side; the
    filters apply to the entry's start)."""
    start = datetime.combine(date_from - timedelta(days=1), time.min, tzinfo=timezone.utc)
    end = datetime.combine(date_to + timedelta(days=1), time.min, tzinfo=timezone.utc)
    return start, end - timedelta(milliseconds=1)


def pull_window(today: date, days_back: int) -> tuple[date, date]:
    """``[today - days_back, today + 1)``: the days a pull reads (and sweeps for deletions)."""
    return today - timedelta(days=max(0, days_back)), today + timedelta(days=1)


# -- entries ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One time entry, from the core API (§3), the detailed report (§4) or a webhook (§5)."""

    id: str
    user_id: str | None
    start: datetime
    end: datetime | None
    project_id: str | None = None
    client_id: str | None = None
    task_id: str | None = None
    tag_ids: tuple[str, ...] = ()
    tag_names: tuple[str, ...] = ()
    description: str = ""
    billable: bool = False
    type: str | None = "REGULAR"
    workspace_id: str | None = None


def _nested_id(raw: dict, key: str, nested: str) -> str | None:
    value = raw.get(key)
    if not value and isinstance(raw.get(nested), dict):
        value = raw[nested].get("id")
    return str(value) if value else None


def read_entry(raw) -> Entry:
    """An ``Entry`` from any of Clockify's time-entry shapes; ClockifyDataError when a field the
    mapping needs is missing or unreadable."""
    if not isinstance(raw, dict):
        raise ClockifyDataError(NOT_AN_OBJECT, type(raw).__name__)
    entry_id = raw.get("id") or raw.get("_id")
    if not entry_id:
        raise ClockifyDataError("no_id")
    interval = raw.get("timeInterval")
    if not isinstance(interval, dict):
        raise ClockifyDataError("no_time_interval", str(entry_id))
    start = parse_time(interval.get("start"))
    if start is None:
        raise ClockifyDataError("no_start", str(entry_id))
    end = parse_time(interval.get("end"))
    tag_ids, tag_names = [], []
    for tag_id in raw.get("tagIds") or ():
        if tag_id:
            tag_ids.append(str(tag_id))
    for tag in raw.get("tags") or ():  # report / hydrated: objects; some clients: ids
        if isinstance(tag, dict):
            if tag.get("id") and str(tag["id"]) not in tag_ids:
                tag_ids.append(str(tag["id"]))
            if tag.get("name"):
                tag_names.append(str(tag["name"]))
        elif tag and str(tag) not in tag_ids:
            tag_ids.append(str(tag))
    project = raw.get("project") if isinstance(raw.get("project"), dict) else {}
    client_id = raw.get("clientId") or project.get("clientId")
    return Entry(
        id=str(entry_id),
        user_id=_nested_id(raw, "userId", "user"),
        start=start,
        end=end,
        project_id=_nested_id(raw, "projectId", "project"),
        client_id=str(client_id) if client_id else None,
        task_id=_nested_id(raw, "taskId", "task"),
        tag_ids=tuple(tag_ids),
        tag_names=tuple(tag_names),
        description=str(raw.get("description") or "").strip(),
        billable=bool(raw.get("billable")),
        type=raw.get("type"),
        workspace_id=raw.get("workspaceId"),
    )


@dataclass(frozen=True)
class CategoryRules:
    """How an entry's category is found.

    ``source``: ``billable`` (the billable flag: FACTURABLE or INTERNE), ``tags`` (a tag whose
    id is in ``tag_categories`` or whose name is FACTURABLE/FORFAIT/INTERNE), ``project``
    (``project_categories`` by Clockify project id).  Whatever the source, an entry nothing
    else decides falls back to the billable flag, and a billable entry on a project marked
    FORFAIT is FORFAIT (billable, but covered by the fixed fee)."""

    source: str = SOURCE_BILLABLE
    tag_categories: Mapping[str, str] = field(default_factory=dict)
    project_categories: Mapping[str, str] = field(default_factory=dict)


def category(entry: Entry, rules: CategoryRules) -> tuple[str, str]:
    """(category, what decided it: SOURCE_* or DECIDED_BY_CONFLICT)."""
    project_category = rules.project_categories.get(entry.project_id or "")
    if rules.source == SOURCE_TAGS:
        found = {rules.tag_categories[t] for t in entry.tag_ids if t in rules.tag_categories}
        found |= {n.strip().upper() for n in entry.tag_names if n.strip().upper() in CATEGORIES}
        if len(found) == 1:
            return found.pop(), SOURCE_TAGS
        if len(found) > 1:
            return _by_flag(entry, project_category)[0], DECIDED_BY_CONFLICT
    elif rules.source == SOURCE_PROJECT and project_category in CATEGORIES:
        return project_category, SOURCE_PROJECT
    return _by_flag(entry, project_category)


def _by_flag(entry: Entry, project_category: str | None) -> tuple[str, str]:
    if not entry.billable:
        return CAT_INTERNE, SOURCE_BILLABLE
    if project_category == CAT_FORFAIT:
        return CAT_FORFAIT, SOURCE_PROJECT
    return CAT_FACTURABLE, SOURCE_BILLABLE


@dataclass(frozen=True)
class TimesheetValues:
    """What one finished entry becomes: a day (the start's date in the user's time zone, even
    when it runs past midnight), the hours actually elapsed (DST-proof: from UTC instants),
    and the category.  ``fingerprint`` changes whenever any of these does."""

    entry_id: str
    user_id: str | None
    project_id: str | None
    client_id: str | None
    task_id: str | None
    date: date
    seconds: int
    name: str
    category: str
    category_source: str
    billable: bool
    start: datetime
    end: datetime
    tag_ids: tuple[str, ...] = ()
    fingerprint: str = ""

    @property
    def hours(self) -> float:
        return self.seconds / 3600.0


@dataclass(frozen=True)
class Skipped:
    entry_id: str
    code: str  # SKIP_*


def timesheet_values(
    entry: Entry, time_zone: str | None, rules: CategoryRules | None = None
) -> TimesheetValues | Skipped:
    """The timesheet of a finished working entry, or why there is none (``Skipped``)."""
    if entry.type not in WORK_TYPES:
        return Skipped(entry.id, SKIP_NOT_WORK)
    if entry.end is None:
        return Skipped(entry.id, SKIP_RUNNING)
    tz = zone(time_zone)
    if tz is None:
        return Skipped(entry.id, SKIP_BAD_TIME_ZONE)
    seconds = round((entry.end - entry.start).total_seconds())
    if seconds < 0:
        return Skipped(entry.id, SKIP_NEGATIVE)
    cat, decided_by = category(entry, rules or CategoryRules())
    day = entry.start.astimezone(tz).date()
    name = entry.description or "/"
    key = [
        entry.user_id,
        entry.project_id,
        entry.client_id,
        entry.task_id,
        day.isoformat(),
        seconds,
        name,
        cat,
        entry.billable,
        sorted(entry.tag_ids),
    ]
    fingerprint = hashlib.sha1(json.dumps(key).encode(), usedforsecurity=False).hexdigest()
    return TimesheetValues(
        entry_id=entry.id,
        user_id=entry.user_id,
        project_id=entry.project_id,
        client_id=entry.client_id,
        task_id=entry.task_id,
        date=day,
        seconds=seconds,
        name=name,
        category=cat,
        category_source=decided_by,
        billable=entry.billable,
        start=entry.start,
        end=entry.end,
        tag_ids=entry.tag_ids,
        fingerprint=fingerprint,
    )


# -- webhooks -----------------------------------------------------------------------------------


class ClockifyScheme(SignatureScheme):
    """``Clockify-Signature: <authToken>``: the webhook's static token, no HMAC (§5).  Each
    webhook has its own token: every one we registered is a valid secret.  The event type
    header must name an event we accept."""

    name = "clockify"
    signature_header = SIGNATURE_HEADER

    def __init__(self, events: Iterable[str] = ACCEPTED_EVENTS, tolerance: float | None = None):
        super().__init__(tolerance)
        self.events = tuple(events)

    def verify(self, headers, body, secret, now=None):
        secrets, value, early = self._read(headers, secret)
        if early is not None:
            return early
        # Every token is compared (no early exit): the time does not tell which one is close.
        if not _any_equal(secrets, [value]):
            return Verdict(False, "signature token does not match")
        event = (_header(headers, EVENT_TYPE_HEADER) or "").strip()
        if not event:
            return Verdict(False, f"missing {EVENT_TYPE_HEADER} header")
        if event not in self.events:
            return Verdict(False, "event type not subscribed")
        return Verdict(True, "valid token (Clockify signs no timestamp: duplicates by event id)")

    def sign(self, body, secret, timestamp=None, event: str = NEW_TIME_ENTRY):
        return {SIGNATURE_HEADER: secret, EVENT_TYPE_HEADER: event}

    @property
    def headers_to_keep(self):
        return (EVENT_TYPE_HEADER,)  # the signature header *is* the secret: never stored


@dataclass(frozen=True)
class EntryEvent:
    action: str  # UPSERT, DELETE or IGNORE
    event_type: str
    entry_id: str | None = None
    entry: Entry | None = None  # as the event carried it (may be stale)


def parse_event(event_type: str | None, payload) -> EntryEvent:
    """What a delivery asks for: a time entry to fetch and book (UPSERT), to remove (DELETE),
    or nothing for us (IGNORE)."""
    event_type = (event_type or "").strip()
    if event_type not in ACCEPTED_EVENTS or not isinstance(payload, dict):
        return EntryEvent(IGNORE, event_type)
    entry_id = payload.get("id") or payload.get("_id")
    if not entry_id:
        return EntryEvent(IGNORE, event_type)
    try:
        entry = read_entry(payload)
    except ClockifyDataError:
        entry = None
    action = DELETE if event_type == TIME_ENTRY_DELETED else UPSERT
    return EntryEvent(action, event_type, str(entry_id), entry)


def event_key(event_type: str | None, payload, body: bytes) -> str:
    """A stable id of a delivery (Clockify sends none): the event type, the entry id and the
    body's digest, so a redelivery of the same event is a duplicate and a later change of the
    same entry is not."""
    entry_id = ""
    if isinstance(payload, dict):
        entry_id = str(payload.get("id") or payload.get("_id") or "")
    digest = hashlib.sha256(body).hexdigest()[:32]
    return f"{event_type or '?'}:{entry_id[:64]}:{digest}"


# -- API client ---------------------------------------------------------------------------------


def _segment(value) -> str:
    """An id from outside as one path segment, never a path ("../user" would walk the API)."""
    if not value:
        raise ValueError("an id is required")
    return quote(str(value), safe="")


class ClockifyClient:
    """Clockify API v1 and Reports API with one API key (``X-Api-Key``), on one session that
    may only reach the workspace's hosts (``hosts(region)``)."""

    def __init__(
        self, session, api_key: str, api_base: str = GLOBAL_API, reports_base: str | None = None
    ):
        if not api_key or not str(api_key).strip():
            raise AuthError(f"{NO_KEY}: a Clockify API key is needed (profile settings)")
        self.session = session
        self.api_key = str(api_key).strip()
        if hasattr(session, "add_secret"):
            session.add_secret(self.api_key)
        self.api_base = api_base.rstrip("/")
        self.reports_base = (reports_base or GLOBAL_REPORTS).rstrip("/")

    def _call(self, method: str, url: str, **kwargs):
        headers = {API_KEY_HEADER: self.api_key, "Accept": "application/json"}
        return self.session.json(method, url, headers=headers, **kwargs)

    def _get(self, path: str, params=None):
        return self._call("GET", self.api_base + path, params=params)

    def _pages(self, path: str, params: list, page_size: int) -> Iterator[dict]:
        """Every item of a paged list: pages from 1 until one is shorter than ``page_size``
        (bodies are plain arrays without totals, §2)."""
        previous_first = None
        for page in range(1, MAX_PAGES + 1):
            body = self._get(path, [*params, ("page", str(page)), ("page-size", str(page_size))])
            if not isinstance(body, list):
                raise ClockifyResponseError(NOT_A_LIST, f"Clockify {path}: not a list")
            first = _item_id(body[0]) if body else None
            if page > 1 and first is not None and first == previous_first:
                raise ClockifyResponseError(
                    PAGING_STALLED, f"Clockify {path}: page {page} repeats page {page - 1}"
                )
            previous_first = first
            yield from body
            if len(body) < page_size:
                return
        raise ClockifyResponseError(TOO_MANY_PAGES, f"Clockify {path}: more than {MAX_PAGES}")

    def _list(self, what: str, workspace_id: str, page_size: int, params=()) -> list[dict]:
        path = f"/workspaces/{_segment(workspace_id)}/{what}"
        return list(self._pages(path, list(params), page_size))

    # -- reads ------------------------------------------------------------------------------
    def current_user(self) -> dict:
        """The key's user: ``{id, email, name, activeWorkspace, settings{timeZone}}``."""
        user = self._get("/user")
        if not isinstance(user, dict) or not user.get("id"):
            raise ClockifyResponseError(NOT_AN_OBJECT, "Clockify /user: not a user")
        return user

    def workspaces(self) -> list[dict]:
        body = self._get("/workspaces")
        if not isinstance(body, list):
            raise ClockifyResponseError(NOT_A_LIST, "Clockify /workspaces: not a list")
        return body

    def users(self, workspace_id: str, page_size: int = LIST_PAGE_SIZE) -> list[dict]:
        return self._list("users", workspace_id, page_size)

    def clients(self, workspace_id: str, page_size: int = LIST_PAGE_SIZE) -> list[dict]:
        return self._list("clients", workspace_id, page_size)

    def projects(self, workspace_id: str, page_size: int = LIST_PAGE_SIZE) -> list[dict]:
        return self._list("projects", workspace_id, page_size)

    def tags(self, workspace_id: str, page_size: int = LIST_PAGE_SIZE) -> list[dict]:
        return self._list("tags", workspace_id, page_size)

    def time_entries(
        self,
        workspace_id: str,
        user_id: str,
        start: datetime,
        end: datetime,
        page_size: int = ENTRY_PAGE_SIZE,
    ) -> Iterator[dict]:
        """One user's entries whose start is in ``[start, end]``, page after page."""
        path = f"/workspaces/{_segment(workspace_id)}/user/{_segment(user_id)}/time-entries"
        params = [("start", format_time(start)), ("end", format_time(end))]
        yield from self._pages(path, params, page_size)

    def time_entry(self, workspace_id: str, entry_id: str) -> dict:
        """One entry as Clockify has it now (a 404 ProviderError when it was deleted)."""
        path = f"/workspaces/{_segment(workspace_id)}/time-entries/{_segment(entry_id)}"
        entry = self._get(path)
        if not isinstance(entry, dict) or not entry.get("id"):
            raise ClockifyResponseError(NOT_AN_OBJECT, "Clockify time entry: not an entry")
        return entry

    def detailed_report_page(
        self,
        workspace_id: str,
        start: datetime,
        end: datetime,
        page: int = 1,
        *,
        page_size: int = REPORT_PAGE_SIZE,
        time_zone: str = "UTC",
    ) -> list[dict]:
        """One page of the detailed report (every user's entries) of ``[start, end]``."""
        if not 1 <= page_size <= REPORT_PAGE_SIZE:
            raise ValueError(f"page_size must be between 1 and {REPORT_PAGE_SIZE}")
        if end - start > timedelta(days=MAX_REPORT_DAYS):
            raise ValueError(f"a report covers at most {MAX_REPORT_DAYS} days")
        body = {
            "dateRangeStart": format_report_time(start),
            "dateRangeEnd": format_report_time(end),
            "detailedFilter": {
                "page": page,
                "pageSize": page_size,
                "sortColumn": "ID",
                "options": {"totals": "EXCLUDE"},
            },
            "exportType": "JSON",
            "sortOrder": "ASCENDING",
            "timeZone": time_zone,
        }
        url = f"{self.reports_base}/workspaces/{_segment(workspace_id)}/reports/detailed"
        # A read, though a POST: safe to send again after a 5xx.
        answer = self._call("POST", url, json=body, idempotent=True)
        if not isinstance(answer, dict) or "timeentries" not in answer:
            raise ClockifyResponseError(MISSING_KEY, "Clockify report: no 'timeentries'")
        if not isinstance(answer["timeentries"], list):
            raise ClockifyResponseError(NOT_A_LIST, "Clockify report: 'timeentries' not a list")
        return answer["timeentries"]

    def detailed_report(
        self,
        workspace_id: str,
        start: datetime,
        end: datetime,
        page_size: int = REPORT_PAGE_SIZE,
        time_zone: str = "UTC",
    ) -> Iterator[dict]:
        """Every entry of the detailed report of ``[start, end]``, page after page."""
        for page in range(1, MAX_PAGES + 1):
            rows = self.detailed_report_page(
                workspace_id, start, end, page, page_size=page_size, time_zone=time_zone
            )
            yield from rows
            if len(rows) < page_size:
                return
        raise ClockifyResponseError(TOO_MANY_PAGES, f"Clockify report: more than {MAX_PAGES}")

    # -- webhooks ---------------------------------------------------------------------------
    def webhooks(self, workspace_id: str) -> list[dict]:
        body = self._get(f"/workspaces/{_segment(workspace_id)}/webhooks")
        hooks = body.get("webhooks") if isinstance(body, dict) else body
        if not isinstance(hooks, list):
            raise ClockifyResponseError(MISSING_KEY, "Clockify webhooks: no 'webhooks' list")
        return hooks

    def create_webhook(
        self, workspace_id: str, url: str, event: str, name: str = "Fincycle"
    ) -> dict:
        """One webhook for one event on the whole workspace; returns it with ``authToken``."""
        payload = {
            "name": name[:30],
            "url": url,
            "webhookEvent": event,
            "triggerSourceType": "WORKSPACE_ID",
            "triggerSource": [],
        }
        path = f"/workspaces/{_segment(workspace_id)}/webhooks"
        hook = self._call("POST", self.api_base + path, json=payload, idempotent=False)
        if not isinstance(hook, dict) or not hook.get("id") or not hook.get("authToken"):
            raise ClockifyResponseError(MISSING_KEY, "Clockify webhook: no id or authToken")
        return hook

    def delete_webhook(self, workspace_id: str, webhook_id: str) -> None:
        path = f"/workspaces/{_segment(workspace_id)}/webhooks/{_segment(webhook_id)}"
        self._call("DELETE", self.api_base + path)


def _item_id(item) -> str | None:
    if isinstance(item, dict):
        value = item.get("id") or item.get("_id")
        return str(value) if value else None
    return None
