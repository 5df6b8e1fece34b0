#!/usr/bin/env python3
# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Contract check of the Clockify connector against a Clockify workspace.

Drives, through the real client (fincycle.timesheets.clockify.ClockifyClient), every API call
the connector makes, with harmless inputs, and checks each answer against the document
(shared/reference/apis/clockify.md):

  GET    /user, /workspaces            the key's user (its time zone) and workspaces
  GET    /workspaces/{ws}/users|clients|projects|tags   pages of 5, what the mapping lists
  GET    /workspaces/{ws}/user/{id}/time-entries   the key's user's entries of the last 30 days,
                                       pages of 5, at most 3
  GET    /workspaces/{ws}/time-entries/{id}   the first one read (an unknown id, 404, if none)
  POST   {reports}/workspaces/{ws}/reports/detailed   the last 30 days, pages of 5, at most 3:
                                       every row must be readable by the mapping; then page 2
                                       of pages of one row (the second row)
  GET    /workspaces/{ws}/webhooks, POST and DELETE (twice: then 404) .../webhooks/{id}
                                       a NEW_TIME_ENTRY webhook to --webhook-url, deleted at once

--base-url is the core API base (https://api.clockify.me/api/v1 or the workspace's regional
https://<region>.clockify.me/api/v1); the Reports API base is derived from it unless
--reports-url is given.  --token is the API key (sent as X-Api-Key).  One line per HTTP
exchange: ``<METHOD> <path> <status> OK`` or ``... ERROR: <why>``; exit status 1 if a call the
connector depends on failed.

Usage:
  .venv/bin/python scripts/contract/clockify.py --base-url https://euc1.clockify.me/api/v1 \\
      --token '<API key>'
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from itertools import islice

import contractlib as cl
from contractlib import INTEGER, NON_EMPTY, TIMESTAMP, Contract, Expect, fails

from fincycle.http import ProviderError
from fincycle.timesheets import clockify as ck

NIL_ID = "000000000000000000000000"  # an id no entry has: a harmless 404

# -- the document's shapes (clockify.md) ---------------------------------------------------------
ERRORS = {"message": str, "code?": int}
USER = {"id": NON_EMPTY, "email": str, "name": (str, None), "settings?": ({"timeZone?": str}, None)}
WORKSPACE = {"id": NON_EMPTY, "name": str}
CLIENT = {"id": NON_EMPTY, "name": str}
PROJECT = {"id": NON_EMPTY, "name": str, "clientId?": (str, None), "billable": bool}
TAG = {"id": NON_EMPTY, "name": str}
INTERVAL = {"start": TIMESTAMP, "end": (TIMESTAMP, None), "duration": (str, None)}
ENTRY = {
    "id": NON_EMPTY,
    "userId": NON_EMPTY,
    "description": (str, None),
    "billable": bool,
    "projectId": (str, None),
    "tagIds": ([str], None),
    "type?": (str, None),
    "timeInterval": INTERVAL,
}
ROW = {
    "_id": NON_EMPTY,
    "userId": NON_EMPTY,
    "billable": bool,
    "projectId": (str, None),
    "clientId?": (str, None),
    "tags": list,
    "timeInterval": {"start": TIMESTAMP, "end": (TIMESTAMP, None), "duration": (INTEGER, None)},
}
WEBHOOK = {
    "id": NON_EMPTY,
    "url": NON_EMPTY,
    "webhookEvent": NON_EMPTY,
    "triggerSourceType": str,
    "workspaceId?": str,
}


def _options(parser) -> None:
    parser.add_argument(
        "--reports-url", help="the Reports API base (default: derived from --base-url)"
    )
    parser.add_argument("--workspace", help="the workspace id (default: the user's active one)")
    parser.add_argument(
        "--webhook-url",
        default=cl.WEBHOOK_URL,
        help="the URL of the webhook made and deleted",
    )


def reports_url_for(base: str) -> str:
    """The Reports API base that goes with a core API base (clockify.md §1)."""
    base = base.rstrip("/")
    if base == ck.GLOBAL_API:
        return ck.GLOBAL_REPORTS
    if base.endswith("/api/v1"):
        return base[: -len("/api/v1")] + "/report/v1"
    raise ValueError("--base-url must end with /api/v1 (the core API base)")


PAGED = (cl.query("page-size", str(cl.PAGE)),)


def readable(found) -> list[str]:
    """Every entry must be readable by the mapping (running timers are skipped, not errors)."""
    bad = []
    for raw in found:
        try:
            ck.timesheet_values(ck.read_entry(raw), "UTC")
        except ck.ClockifyDataError as exc:
            bad.append(exc.code)
    return fails(not bad, f"entries the connector cannot read: {bad[:3]}")


def check_reads(c: Contract, client: ck.ClockifyClient) -> tuple[str, str, list]:
    me = c.call(client.current_user, Expect("GET", "/api/v1/user", 200, USER)) or {}
    spaces = c.call(client.workspaces, Expect("GET", "/api/v1/workspaces", 200, [WORKSPACE]))
    ws = c.args.workspace or me.get("activeWorkspace") or ((spaces or [{}])[0]).get("id")
    ws = ws or NIL_ID
    for what, shape in (("users", USER), ("clients", CLIENT), ("projects", PROJECT), ("tags", TAG)):
        lister = getattr(client, what)
        c.call(
            lambda lister=lister: lister(ws, page_size=cl.PAGE),
            Expect("GET", f"/api/v1/workspaces/{{ws}}/{what}", 200, [shape], PAGED),
        )
    until = datetime.now(timezone.utc)
    since = until - timedelta(days=cl.DAYS)
    user_id = me.get("id") or NIL_ID
    found = c.call(
        lambda: list(
            islice(
                client.time_entries(ws, user_id, since, until, page_size=cl.PAGE),
                cl.PAGE * cl.PAGES,
            )
        ),
        Expect(
            "GET",
            "/api/v1/workspaces/{ws}/user/{id}/time-entries",
            200,
            [ENTRY],
            (*PAGED, cl.query("start", ck.format_time(since))),
        ),
        then=readable,
    )
    one = "/api/v1/workspaces/{ws}/time-entries/{id}"
    if found:
        entry_id = found[0]["id"]
        c.call(
            lambda: client.time_entry(ws, entry_id),
            Expect("GET", one, 200, ENTRY),
            then=lambda entry: fails(entry["id"] == entry_id, "another entry"),
        )
    else:
        c.call(
            lambda: client.time_entry(ws, NIL_ID),
            Expect("GET", one, 404, ERRORS),
            raises=ProviderError,
        )
    rows = c.call(
        lambda: list(
            islice(client.detailed_report(ws, since, until, page_size=cl.PAGE), cl.PAGE * cl.PAGES)
        ),
        Expect("POST", "/report/v1/workspaces/{ws}/reports/detailed", 200, {"timeentries": [ROW]}),
        then=readable,
    )
    # What a checkpointed pull asks for: one page by its number (here: the second row).
    c.call(
        lambda: client.detailed_report_page(ws, since, until, 2, page_size=1),
        Expect("POST", "/report/v1/workspaces/{ws}/reports/detailed", 200, {"timeentries": [ROW]}),
        then=lambda page: fails(
            len(page) <= 1 and [r["_id"] for r in page] == [r["_id"] for r in (rows or [])[1:2]],
            "page 2 of one row is not the report's second row",
        ),
    )
    return ws, user_id, rows or []


def check_webhooks(c: Contract, client: ck.ClockifyClient, ws: str) -> None:
    path, one = "/api/v1/workspaces/{ws}/webhooks", "/api/v1/workspaces/{ws}/webhooks/{id}"
    c.call(
        lambda: client.webhooks(ws),
        Expect("GET", path, 200, {"webhooks": [WEBHOOK]}),
    )
    created = c.call(
        lambda: client.create_webhook(ws, c.args.webhook_url, ck.NEW_TIME_ENTRY, "Fincycle check"),
        Expect("POST", path, (200, 201), {**WEBHOOK, "authToken": NON_EMPTY}),
        then=lambda hook: fails(
            hook["webhookEvent"] == ck.NEW_TIME_ENTRY, f"event {hook['webhookEvent']}"
        ),
    )
    if not created:
        c.not_sent(Expect("DELETE", one, 200), "the webhook was not created")
        return
    c.call(lambda: client.delete_webhook(ws, created["id"]), Expect("DELETE", one, (200, 204)))
    c.call(
        lambda: client.delete_webhook(ws, created["id"]),
        Expect("DELETE", one, 404, ERRORS),
        raises=ProviderError,
    )


def drive(c: Contract) -> None:
    base = c.args.base_url.rstrip("/")
    reports = (c.args.reports_url or reports_url_for(base)).rstrip("/")
    client = ck.ClockifyClient(c.session("clockify", base, reports), c.args.token, base, reports)
    ws, _user, _rows = check_reads(c, client)
    check_webhooks(c, client, ws)


if __name__ == "__main__":
    cl.run("clockify", __doc__, drive, _options)
