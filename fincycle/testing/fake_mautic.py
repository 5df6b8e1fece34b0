"""A fake Mautic (classic REST API of v5/v6) that follows the contract
(shared/reference/apis/mautic.md), not the client.

``FakeMautic`` is a ``FakeProvider`` (127.0.0.1, own thread, ``.url``, ``.calls()``, the clock
and the failure switches) laid out like an installation: the API under ``/api`` (``api_url``),
the OAuth2 token endpoint at ``/oauth/v2/token``.  Its unscripted routes are answered from an
in-memory instance:

* ``api_enabled`` off → 403 "API disabled" on every ``/api`` call (§1);
* Basic auth (``username``/``password``, only with ``basic_enabled``) or a Bearer token from
  ``POST /oauth/v2/token`` (form-encoded ``grant_type=client_credentials`` with the client's
  id and secret → ``{"access_token", "expires_in", "token_type": "bearer", "scope": ""}``,
  no refresh token; a wrong secret → 400 ``{"error": "invalid_client", ...}``); tokens expire
  ``token_lifetime`` seconds after they were issued by the fake's clock; a missing, unknown or
  expired credential → 401 ``{"errors": [{"code": 401, "message", "details", "type"}]}`` (§1, §2);
* lists are objects keyed by id (``{"total": "<n>", "contacts": {"<id>": {...}}}``; an empty
  one is ``[]``, as PHP sends an empty array), with ``start``, ``limit`` (default 30),
  ``orderBy``/``orderByDir``, ``search`` (``segment:``, ``email:``, ``ids:``, ``tag:``) and,
  for contacts and companies, ``where[i][col|expr|val]`` with the Doctrine expressions (§3;
  Mautic's list controller reads it for every entity);
* contacts: ``GET /contacts[/{id}]``, ``POST /contacts/new`` (an e-mail of an existing contact
  updates that one: 200, not 201 — the unique identifier), ``POST /contacts/batch/new``,
  ``PATCH /contacts/{id}/edit`` (404 if missing), ``PATCH|PUT /contacts/batch/edit``,
  ``DELETE /contacts/{id}/delete``, ``DELETE /contacts/batch/delete?ids=``, DNC add/remove,
  ``GET /contacts/list/fields``; field aliases that are not fields are ignored (a custom field
  must exist before its value is kept); tags (``-tag`` removes) (§4);
* batch calls take at most ``batch_max`` (200) items, else 400 "A max of 200 entities are
  supported at a time."; their answer is keyed by the item's index (an array when every item
  succeeded, an object when some failed) with ``statusCodes`` and ``errors`` (Mautic's
  ``CommonApiController``, see fincycle/marketing/README.md);
* ``POST /fields/contact|company/new`` and ``GET /fields/contact|company`` (Mautic's fields
  API, beyond the document: README);
* companies, segments (``lists``), campaigns, e-mails (``sentCount``/``readCount``) with the
  membership routes of §5;
* the Stats API as Mautic's developer documentation gives it (developer.mautic.org, "Stats"):
  ``GET /stats`` → ``{"availableTables": [...], "stats": []}``; ``GET /stats/<table>`` →
  ``{"stats": [{column: "<value as a string>", ...}]}`` with ``start``, ``limit``,
  ``order[i][col|dir]`` and ``where[i][col|expr|val]`` on the table's columns (an unknown
  column → 400, an unknown table → 404); the table served is ``channel_url_trackables``
  (``channel``, ``channel_id``, ``redirect_id``, ``hits``, ``unique_hits``: the clicks on an
  e-mail's tracked links, ``add_trackable``); ``stats_allowed`` off → 403 "You do not have
  access to the requested area/action." (an API user without the statistics permission);
* the rate limiter (``rate_limit`` calls per hour, off at 0): 429 ``{"errors": [{"code": 429,
  "message": "You exceeded the rate limit of N API calls per hour.", "details": []}]}`` with
  ``X-RateLimit-Limit|Remaining|Reset`` and no Retry-After (§2);
* webhooks (``add_webhook``): ``deliver(event_type, payloads)`` posts
  ``{event_type: [payload, ...]}`` with ``Webhook-Signature`` = base64 HMAC-SHA256 of the raw
  body, ``X-Origin-Base-URL`` and JSON content type; ``delivery`` returns them without sending;
  ``add_points``, ``unsubscribe`` and ``update_contact`` change a contact and deliver the event
  to the webhooks that asked for it (§7);
* the switches answer 429 (the limiter's body) or 5xx ``{"errors": [...]}``.

No Odoo import.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import secrets
from datetime import datetime, timezone
from urllib.parse import parse_qs

import requests

from .fake_server import FakeProvider, FakeResponse, RecordedRequest

SIGNATURE_HEADER = "Webhook-Signature"
DEFAULT_LIMIT = 30
CORE_FIELDS = (
    ("title", "Title", "lookup"),
    ("firstname", "First Name", "text"),
    ("lastname", "Last Name", "text"),
    ("company", "Primary company", "text"),
    ("position", "Position", "text"),
    ("email", "Email", "email"),
    ("mobile", "Mobile", "tel"),
    ("phone", "Phone", "tel"),
    ("points", "Points", "number"),
    ("address1", "Address Line 1", "text"),
    ("address2", "Address Line 2", "text"),
    ("city", "City", "text"),
    ("state", "State", "region"),
    ("zipcode", "Zip Code", "text"),
    ("country", "Country", "country"),
    ("preferred_locale", "Preferred Locale", "locale"),
    ("timezone", "Preferred Timezone", "timezone"),
    ("website", "Website", "url"),
)
COMPANY_FIELDS = (
    ("companyname", "Company Name", "text"),
    ("companyemail", "Company Email", "email"),
    ("companyphone", "Company Phone", "tel"),
    ("companyaddress1", "Company Address 1", "text"),
    ("companycity", "Company City", "text"),
    ("companyzipcode", "Company Zip Code", "text"),
    ("companycountry", "Company Country", "country"),
    ("companywebsite", "Company Website", "url"),
)
DNC_STATUS = {1: "unsubscribed", 2: "bounced", 3: "manual"}


def _errors(status: int, message: str, details=None, error_type=None) -> FakeResponse:
    return FakeResponse(
        status,
        {
            "errors": [
                {
                    "code": status,
                    "message": message,
                    "details": details if details is not None else [],
                    "type": error_type,
                }
            ]
        },
    )


def _mysql(value: datetime) -> str:
    return value.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S")


def _iso(value: datetime) -> str:
    return value.astimezone(timezone.utc).isoformat(timespec="seconds")


def _comma_set(text: str | None) -> frozenset[str]:
    return frozenset(t.strip() for t in (text or "").split(","))


def _keyed(items: list[dict]):
    """A PHP associative array by id: an object, or ``[]`` when empty."""
    return {str(item["id"]): item for item in items} if items else []


def _by_index(values: dict[int, object], count: int):
    """A PHP array keyed by index: a list when every index is there, else an object."""
    if len(values) == count and all(i in values for i in range(count)):
        return [values[i] for i in range(count)]
    return {str(k): v for k, v in sorted(values.items())} if values else []


class FakeMautic(FakeProvider):
    """``with FakeMautic() as m: m.add_contact(email="a@b.c"); m.api_url``."""

    username: str = "api-user"
    password: str = "fake-mautic-password-123"  # noqa: S105 - the fake's own
    client_id: str = "1_fakemauticclientid"
    client_secret: str = "fake-mautic-client-secret-0123456789"  # noqa: S105
    basic_enabled: bool = True
    api_enabled: bool = True
    stats_allowed: bool = True  # off: the API user lacks the permission of the Stats API
    token_lifetime: int = 3600
    batch_max: int = 200
    rate_limit: int = 0  # API calls per hour, 0: the limiter is off (the default)
    site: str = ""  # X-Origin-Base-URL of the webhooks (default: the fake's own URL)
    default_fail_status = 500

    def reset(self) -> None:
        with self._lock:
            super().reset()
            self._seq = {"contact": 0, "company": 0, "segment": 0, "campaign": 0, "email": 0}
            self._field_seq = 0
            self.fields: dict[str, dict] = {}  # alias → field (contacts and companies)
            for alias, label, kind in CORE_FIELDS:
                self._add_field("lead", alias, label, kind)
            for alias, label, kind in COMPANY_FIELDS:
                self._add_field("company", alias, label, kind)
            self.contacts: dict[int, dict] = {}
            # e-mail → ids that held it (checked on use: tests may drop contacts directly)
            self._by_email: dict[str, set[int]] = {}
            self.companies: dict[int, dict] = {}
            self.segments: dict[int, dict] = {}
            self.campaigns: dict[int, dict] = {}
            self.emails: dict[int, dict] = {}
            self.trackables: list[dict] = []  # channel_url_trackables rows
            self.tokens: dict[str, float] = {}  # access token → expiry (fake clock)
            self.webhooks: list[dict] = []
            self.sent: list[dict] = []  # deliveries: {url, headers, body, status}
            self._window: tuple[float, int] = (0.0, 0)  # limiter: window start, calls in it

    @property
    def api_url(self) -> str:
        return self.url + "/api"

    @property
    def token_url(self) -> str:
        return self.url + "/oauth/v2/token"

    # -- data ------------------------------------------------------------------------------
    def _next(self, kind: str) -> int:
        self._seq[kind] += 1
        return self._seq[kind]

    def _at(self) -> datetime:
        return datetime.fromtimestamp(self.now(), timezone.utc)

    def _add_field(self, obj: str, alias: str, label: str, kind: str = "text") -> dict:
        self._field_seq += 1
        item = {
            "id": self._field_seq,
            "label": label,
            "alias": alias,
            "type": kind,
            "group": "core",
            "order": self._field_seq,
            "object": obj,
            "defaultValue": None,
            "isPublished": True,
            "isUniqueIdentifier": alias == "email",
        }
        self.fields[alias] = item
        return item

    def add_field(self, alias: str, label: str | None = None, obj: str = "lead") -> dict:
        """A custom field made in the UI (``obj``: lead or company)."""
        with self._lock:
            return self._add_field(obj, alias, label or alias)

    def _lead_fields(self) -> dict[str, dict]:
        return {a: f for a, f in self.fields.items() if f["object"] == "lead"}

    def add_contact(self, tags=(), points: int = 0, **values) -> dict:
        """A contact as if made in Mautic (field aliases as keyword arguments)."""
        with self._lock:
            return self._new_contact({**values, "tags": list(tags)}, points=points)

    def _new_contact(self, values: dict, points: int = 0) -> dict:
        now = self._at()
        contact = {
            "id": self._next("contact"),
            "values": {},
            "tags": [],
            "dnc": {},
            "points": points,
            "dateAdded": now,
            "dateModified": now,
            "segments": set(),
            "campaigns": set(),
            "companies": set(),
        }
        self._apply_values(contact, values)
        self.contacts[contact["id"]] = contact
        return contact

    def _apply_values(self, contact: dict, values: dict, replace_all: bool = False) -> None:
        known = self._lead_fields()
        if replace_all:
            contact["values"] = {}
        for alias, value in values.items():
            if alias in known and alias != "points":
                contact["values"][alias] = value if value != "" else None
                if alias == "email" and value:
                    self._by_email.setdefault(str(value).lower(), set()).add(contact["id"])
        tags = values.get("tags")
        if isinstance(tags, str):
            tags = [t.strip() for t in tags.split(",") if t.strip()]
        for raw in tags or ():
            tag = str(raw)
            if tag.startswith("-"):
                if tag[1:] in contact["tags"]:
                    contact["tags"].remove(tag[1:])
            elif tag not in contact["tags"]:
                contact["tags"].append(tag)
        contact["dateModified"] = self._at()

    def add_segment(self, name: str, alias: str | None = None) -> dict:
        with self._lock:
            return self._new_segment(name, alias)

    def _new_segment(self, name: str, alias: str | None) -> dict:
        segment = {
            "id": self._next("segment"),
            "name": name,
            "alias": alias or re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-"),
            "isPublished": True,
            "isGlobal": False,
            "filters": [],
        }
        self.segments[segment["id"]] = segment
        return segment

    def add_campaign(self, name: str) -> dict:
        with self._lock:
            campaign = {"id": self._next("campaign"), "name": name, "isPublished": True}
            self.campaigns[campaign["id"]] = campaign
            return campaign

    def add_email(self, name: str, sent: int = 0, read: int = 0) -> dict:
        with self._lock:
            email = {
                "id": self._next("email"),
                "name": name,
                "subject": name,
                "emailType": "template",
                "isPublished": True,
                "sentCount": sent,
                "readCount": read,
            }
            self.emails[email["id"]] = email
            return email

    def add_trackable(
        self,
        channel_id: int,
        hits: int = 0,
        unique_hits: int | None = None,
        channel: str = "email",
        redirect_id: int | None = None,
    ) -> dict:
        """A tracked link of an e-mail (``channel_id``) and its clicks."""
        with self._lock:
            row = {
                "redirect_id": redirect_id or len(self.trackables) + 1,
                "channel": channel,
                "channel_id": channel_id,
                "hits": hits,
                "unique_hits": hits if unique_hits is None else unique_hits,
            }
            self.trackables.append(row)
            return row

    def add_company(self, **values) -> dict:
        with self._lock:
            return self._new_company(values)

    def _new_company(self, values: dict) -> dict:
        company = {"id": self._next("company"), "values": {}}
        self._apply_company(company, values)
        self.companies[company["id"]] = company
        return company

    def _apply_company(self, company: dict, values: dict) -> None:
        known = {a for a, f in self.fields.items() if f["object"] == "company"}
        for alias, value in values.items():
            if alias in known:
                company["values"][alias] = value

    def issue_token(self) -> str:
        """An access token as the token endpoint would give (for tests)."""
        with self._lock:
            token = secrets.token_urlsafe(24)
            self.tokens[token] = self.now() + self.token_lifetime
            return token

    def contact_by(self, alias: str, value) -> list[dict]:
        return [c for c in self.contacts.values() if str(c["values"].get(alias)) == str(value)]

    # -- JSON ------------------------------------------------------------------------------
    def contact_json(self, contact: dict) -> dict:
        lead_fields = self._lead_fields()
        flat = {"id": contact["id"]}
        core = {}
        for alias, item in lead_fields.items():
            value = contact["points"] if alias == "points" else contact["values"].get(alias)
            flat[alias] = value
            core[alias] = {
                "id": item["id"],
                "label": item["label"],
                "alias": alias,
                "type": item["type"],
                "group": item["group"],
                "value": value,
            }
        return {
            "id": contact["id"],
            "isPublished": True,
            "dateAdded": _iso(contact["dateAdded"]),
            "dateModified": _iso(contact["dateModified"]),
            "dateIdentified": _iso(contact["dateAdded"]),
            "lastActive": None,
            "points": contact["points"],
            "color": None,
            "owner": None,
            "stage": None,
            "ipAddresses": [],
            "fields": {
                "core": core,
                "social": [],
                "personal": [],
                "professional": [],
                "all": flat,
            },
            "tags": [{"id": i + 1, "tag": t} for i, t in enumerate(contact["tags"])],
            "utmtags": [],
            "doNotContact": [
                {"id": i + 1, "reason": d["reason"], "comments": d["comments"], "channel": ch}
                for i, (ch, d) in enumerate(sorted(contact["dnc"].items()))
            ],
        }

    def company_json(self, company: dict) -> dict:
        fields = {
            a: company["values"].get(a) for a, f in self.fields.items() if f["object"] == "company"
        }
        return {
            "id": company["id"],
            "isPublished": True,
            "fields": {"core": {}, "all": {"id": company["id"], **fields}},
        }

    # -- auth and limiter ------------------------------------------------------------------
    def _rate_limited(self) -> FakeResponse:
        limit = self.rate_limit or 100
        answer = _errors(429, f"You exceeded the rate limit of {limit} API calls per hour.")
        answer.headers.update(
            {
                "X-RateLimit-Limit": str(limit),
                "X-RateLimit-Remaining": "0",
                "X-RateLimit-Reset": str(int((self._window[0] or self.now()) + 3600)),
            }
        )
        return answer

    def _server_error(self, status: int) -> FakeResponse:
        return _errors(status, "Looks like I encountered an error (error code: 500).")

    def _before_switches(self, request: RecordedRequest) -> FakeResponse | None:
        if request.path == "/oauth/v2/token":
            return None  # the token endpoint is not under /api: no auth, no limiter
        if not request.path.startswith("/api/"):
            return _errors(404, "Requested URL not found.")
        if not self.api_enabled:
            return _errors(
                403,
                "API disabled. You need to enable the API in the API settings of Mautic's "
                "Configuration.",
                error_type="api_disabled",
            )
        refused = self._authenticate(request)
        if refused:
            return refused
        if self.rate_limit:
            start, count = self._window
            if self.now() - start >= 3600:
                start, count = self.now(), 0
            count += 1
            self._window = (start, count)
            if count > self.rate_limit:
                return self._rate_limited()
        return None

    def _authenticate(self, request: RecordedRequest) -> FakeResponse | None:
        scheme, credentials = self.authorization(request)
        if scheme.lower() == "basic" and self.basic_enabled:
            try:
                user, _sep, password = base64.b64decode(credentials).decode().partition(":")
            except (ValueError, UnicodeDecodeError):
                user = password = ""
            if hmac.compare_digest(user, self.username) and hmac.compare_digest(
                password, self.password
            ):
                return None
        if scheme.lower() == "bearer":
            expiry = self.tokens.get(credentials)
            if expiry is not None and self.now() < expiry:
                return None
            if expiry is not None:
                return _errors(
                    401, "The access token provided has expired.", error_type="invalid_grant"
                )
            return _errors(401, "The access token provided is invalid.", error_type="invalid_grant")
        return _errors(401, "API authorization denied.", error_type="access_denied")

    def _token(self, request: RecordedRequest) -> FakeResponse:
        if request.method != "POST":
            return _errors(405, "Method Not Allowed")
        form = self.form(request)
        if form is None:
            return FakeResponse(
                400,
                {
                    "error": "invalid_request",
                    "error_description": "Invalid grant_type parameter or parameter missing",
                },
            )
        if form.get("grant_type") != "client_credentials":
            return FakeResponse(
                400,
                {
                    "error": "unsupported_grant_type",
                    "error_description": "Invalid grant_type parameter or parameter missing",
                },
            )
        if form.get("client_id") != self.client_id or not hmac.compare_digest(
            form.get("client_secret", ""), self.client_secret
        ):
            return FakeResponse(
                400,
                {
                    "error": "invalid_client",
                    "error_description": "The client credentials are invalid",
                },
            )
        token = secrets.token_urlsafe(24)
        self.tokens[token] = self.now() + self.token_lifetime
        return FakeResponse(
            200,
            {
                "access_token": token,
                "expires_in": self.token_lifetime,
                "token_type": "bearer",
                "scope": "",
            },
        )

    # -- dispatch --------------------------------------------------------------------------
    def _route(self, request: RecordedRequest) -> FakeResponse:
        if request.path == "/oauth/v2/token":
            return self._token(request)
        parts = request.path[len("/api/") :].rstrip("/").split("/")
        found = self.match_route(self._routes(), request.method, parts)
        if not found:
            return _errors(404, "Requested URL not found.")
        (_verb, _pattern, handler), args = found
        body = None
        if request.body:
            if "application/json" in self.header(request, "Content-Type"):
                try:
                    body = self.json_body(request)
                except ValueError:
                    return _errors(400, "Request body is not valid JSON.")
            else:
                body = {
                    k: (v if k.endswith("[]") else v[-1])
                    for k, v in parse_qs(request.body.decode()).items()
                }
        return handler(request, body, *args)

    def _routes(self):
        c, s, k, co = "contacts", "segments", "campaigns", "companies"
        return (
            ("GET", [c, "list", "fields"], self._list_fields),
            ("POST", ["fields", "*", "new"], self._new_field),
            ("GET", ["fields", "*"], self._list_object_fields),
            ("GET", [c], self._list_contacts),
            ("POST", [c, "new"], self._create_contact),
            ("POST", [c, "batch", "new"], self._batch_new_contacts),
            ("PATCH", [c, "batch", "edit"], self._batch_edit_contacts),
            ("PUT", [c, "batch", "edit"], self._batch_edit_contacts),
            ("DELETE", [c, "batch", "delete"], self._batch_delete_contacts),
            ("GET", [c, "*"], self._get_contact),
            ("PATCH", [c, "*", "edit"], self._edit_contact),
            ("PUT", [c, "*", "edit"], self._edit_contact),
            ("DELETE", [c, "*", "delete"], self._delete_contact),
            ("POST", [c, "*", "dnc", "*", "add"], self._dnc_add),
            ("POST", [c, "*", "dnc", "*", "remove"], self._dnc_remove),
            ("GET", [c, "*", "segments"], self._contact_segments),
            ("GET", [co], self._list_companies),
            ("GET", [co, "*"], self._get_company),
            ("POST", [co, "new"], self._create_company),
            ("POST", [co, "batch", "new"], self._batch_new_companies),
            ("PATCH", [co, "batch", "edit"], self._batch_edit_companies),
            ("PUT", [co, "batch", "edit"], self._batch_edit_companies),
            ("PATCH", [co, "*", "edit"], self._edit_company),
            ("DELETE", [co, "*", "delete"], self._delete_company),
            ("POST", [co, "*", "contact", "*", "add"], self._company_contact_add),
            ("POST", [co, "*", "contact", "*", "remove"], self._company_contact_remove),
            ("GET", [s], self._list_segments),
            ("GET", [s, "*"], self._get_segment),
            ("POST", [s, "new"], self._create_segment),
            ("DELETE", [s, "*", "delete"], self._delete_segment),
            ("POST", [s, "*", "contact", "*", "add"], self._segment_contact_add),
            ("POST", [s, "*", "contact", "*", "remove"], self._segment_contact_remove),
            ("POST", [s, "*", "contacts", "add"], self._segment_contacts_add),
            ("GET", [k], self._list_campaigns),
            ("GET", [k, "*"], self._get_campaign),
            ("GET", [k, "*", "contacts"], self._campaign_contacts),
            ("POST", [k, "*", "contact", "*", "add"], self._campaign_contact_add),
            ("POST", [k, "*", "contact", "*", "remove"], self._campaign_contact_remove),
            ("GET", ["emails"], self._list_emails),
            ("GET", ["stats"], self._stats_tables),
            ("GET", ["stats", "*"], self._stats_rows),
        )

    # -- list helpers ----------------------------------------------------------------------
    def _paging(self, request) -> tuple[int, int] | FakeResponse:
        try:
            start = int(self.last(request.query, "start", 0))
            limit = int(self.last(request.query, "limit", DEFAULT_LIMIT))
        except ValueError:
            return _errors(400, "start and limit must be integers")
        return max(0, start), max(0, limit)

    def _listing(self, request, rows: list[dict], key: str, to_json) -> FakeResponse:
        paging = self._paging(request)
        if isinstance(paging, FakeResponse):
            return paging
        start, limit = paging
        order = self.last(request.query, "orderBy", "id")
        desc = (self.last(request.query, "orderByDir", "asc") or "asc").lower() == "desc"

        def sort_key(row):
            value = row.get(order)
            if value is None and isinstance(row.get("values"), dict):
                value = row["values"].get(order)
            if order == "date_modified":
                value = row.get("dateModified")
            return (value is None, value if value is not None else 0, row["id"])

        try:
            rows = sorted(rows, key=sort_key, reverse=desc)
        except TypeError:
            rows = sorted(rows, key=lambda r: r["id"], reverse=desc)
        page = rows[start : start + limit] if limit else rows[start:]
        return FakeResponse(200, {"total": str(len(rows)), key: _keyed([to_json(r) for r in page])})

    def _search(self, rows: list[dict], text: str | None) -> list[dict] | FakeResponse:
        if not text:
            return rows
        command, sep, value = text.partition(":")
        if not sep:
            needle = text.lower()
            return [r for r in rows if any(needle in str(v).lower() for v in r["values"].values())]
        if command == "segment":
            segment = next((s for s in self.segments.values() if s["alias"] == value), None)
            return [r for r in rows if segment and segment["id"] in r.get("segments", ())]
        if command == "email":
            return [r for r in rows if str(r["values"].get("email") or "").lower() == value.lower()]
        if command == "ids":
            wanted = {int(v) for v in value.split(",") if v.strip().isdigit()}
            return [r for r in rows if r["id"] in wanted]
        if command == "tag":
            return [r for r in rows if value in r.get("tags", ())]
        if command in ("companyname", "name"):
            return [
                r for r in rows if str(r["values"].get("companyname") or r.get("name")) == value
            ]
        return _errors(400, f"Unknown search command {command}")

    def _where(self, request) -> list[tuple[str, str, str | None]] | FakeResponse:
        found: dict[int, dict] = {}
        for key, values in request.query.items():
            match = re.fullmatch(r"where\[(\d+)\]\[(col|expr|val)\]", key)
            if match:
                found.setdefault(int(match.group(1)), {})[match.group(2)] = values[-1]
        out = []
        for index in sorted(found):
            item = found[index]
            if "col" not in item or "expr" not in item:
                return _errors(400, "where needs col and expr")
            out.append((item["col"], item["expr"], item.get("val")))
        return out

    def _column(self, contact: dict, col: str):
        if col == "id":
            return contact["id"]
        if col == "points":
            return contact["points"]
        if col in ("date_modified", "date_added", "date_identified"):
            at = contact["dateModified"] if col == "date_modified" else contact["dateAdded"]
            return _mysql(at)
        if col in self.fields and self.fields[col]["object"] == "lead":
            return contact["values"].get(col)
        raise KeyError(col)

    @staticmethod
    def _compare(value, expr: str, target: str | None) -> bool:
        if expr == "isNull":
            return value in (None, "")
        if expr == "isNotNull":
            return value not in (None, "")
        if expr in ("in", "notIn"):
            wanted = target if isinstance(target, frozenset) else _comma_set(target)
            inside = value is not None and str(value) in wanted
            return inside if expr == "in" else not inside
        if expr in ("like", "notLike"):
            pattern = re.escape(target or "").replace("%", ".*").replace("_", ".")
            hit = value is not None and re.fullmatch(pattern, str(value), re.IGNORECASE) is not None
            return hit if expr == "like" else not hit
        if value is None:
            return expr == "neq"
        left, right = value, target
        if isinstance(value, (int, float)):
            try:
                right = float(target)
            except (TypeError, ValueError):
                return False
        else:
            left = str(value)
        return {
            "eq": left == right,
            "neq": left != right,
            "lt": left < right,
            "lte": left <= right,
            "gt": left > right,
            "gte": left >= right,
        }[expr]

    # -- fields ----------------------------------------------------------------------------
    def _list_fields(self, request, body):
        return FakeResponse(200, {str(f["id"]): f for f in self._lead_fields().values()})

    def _list_object_fields(self, request, body, obj):
        """``GET /fields/contact|company`` (Mautic's fields API): ``{"total", "fields"}``."""
        if obj not in ("contact", "company"):
            return _errors(404, "Requested URL not found.")
        kind = "lead" if obj == "contact" else "company"
        rows = [{**f, "object": kind} for f in self.fields.values() if f["object"] == kind]
        return FakeResponse(200, {"total": len(rows), "fields": rows})

    def _new_field(self, request, body, obj):
        if obj not in ("contact", "company"):
            return _errors(404, "Requested URL not found.")
        if not isinstance(body, dict) or not body.get("label"):
            return _errors(400, "label: A value is required.", {"label": ["A value is required."]})
        alias = body.get("alias") or re.sub(r"[^a-z0-9]+", "_", body["label"].lower()).strip("_")
        alias = re.sub(r"[^a-z0-9_]", "", str(alias).lower())
        if alias in self.fields:
            alias = f"{alias}{self._field_seq + 1}"  # Mautic makes a taken alias unique
        item = self._add_field(
            "lead" if obj == "contact" else "company",
            alias,
            body["label"],
            body.get("type") or "text",
        )
        return FakeResponse(201, {"field": item})

    # -- contacts --------------------------------------------------------------------------
    def _list_contacts(self, request, body):
        rows = list(self.contacts.values())
        rows = self._search(rows, self.last(request.query, "search"))
        if isinstance(rows, FakeResponse):
            return rows
        where = self._where(request)
        if isinstance(where, FakeResponse):
            return where
        for col, expr, val in where:
            if expr not in (
                "eq",
                "neq",
                "lt",
                "lte",
                "gt",
                "gte",
                "like",
                "notLike",
                "in",
                "notIn",
                "isNull",
                "isNotNull",
            ):
                return _errors(400, f"{expr} is not a valid expression")
            try:
                if expr in ("in", "notIn"):
                    val = _comma_set(val)  # noqa: PLW2901 - parsed once, not per row
                if expr == "in" and col in self.fields and self.fields[col]["object"] == "lead":
                    rows = [r for r in rows if str(r["values"].get(col)) in val]  # fast path
                    continue
                rows = [r for r in rows if self._compare(self._column(r, col), expr, val)]
            except KeyError:
                return _errors(400, f"{col} is not an allowed column")
        return self._listing(request, rows, "contacts", self.contact_json)

    def _find(self, table: dict, raw_id) -> dict | None:
        return table.get(int(raw_id)) if str(raw_id).isdigit() else None

    def _get_contact(self, request, body, contact_id):
        contact = self._find(self.contacts, contact_id)
        if contact is None:
            return _errors(404, "Item was not found.")
        return FakeResponse(200, {"contact": self.contact_json(contact)})

    def _validate_contact(self, values) -> dict | None:
        if not isinstance(values, dict):
            return {"contact": ["This value should be of type array."]}
        email = values.get("email")
        if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", str(email)):
            return {"email": ["A valid email is required."]}
        return None

    def _upsert_new(self, values: dict) -> tuple[int, dict]:
        """(status, contact) of ``/contacts/new``: the unique identifier (email) may match."""
        email = values.get("email")
        if email:
            wanted = str(email).lower()
            match = [
                self.contacts[cid]
                for cid in self._by_email.get(wanted, ())
                if cid in self.contacts
                and str(self.contacts[cid]["values"].get("email") or "").lower() == wanted
            ]
            if match:
                contact = min(match, key=lambda c: c["id"])
                self._apply_values(contact, values)
                return 200, contact
        return 201, self._new_contact(values)

    def _create_contact(self, request, body):
        invalid = self._validate_contact(body)
        if invalid:
            return _errors(400, "Validation failed", invalid)
        status, contact = self._upsert_new(body)
        return FakeResponse(status, {"contact": self.contact_json(contact)})

    def _batch_payload(self, body) -> list | FakeResponse:
        if not isinstance(body, list):
            return _errors(400, "Request body must be an array of entities.")
        if len(body) > self.batch_max:
            return _errors(400, f"A max of {self.batch_max} entities are supported at a time.")
        return body

    @staticmethod
    def _batch_answer(key: str, done: dict, codes: dict, errors: dict, count: int, *, status=200):
        answer = {key: _by_index(done, count), "statusCodes": _by_index(codes, count)}
        if errors:
            answer["errors"] = {str(k): v for k, v in sorted(errors.items())}
        return FakeResponse(status, answer)

    def _batch_new(self, what, body, invalid_of, make):
        """``POST /<what>/batch/new``: each item validated by ``invalid_of`` (its field errors)
        and made by ``make`` (``(status, entity json)``); a bad item fails alone."""
        items = self._batch_payload(body)
        if isinstance(items, FakeResponse):
            return items
        done, codes, errors = {}, {}, {}
        for index, values in enumerate(items):
            invalid = invalid_of(values)
            if invalid:
                codes[index] = 400
                errors[index] = {
                    "code": 400,
                    "message": "Validation failed",
                    "details": invalid,
                    "type": None,
                }
                continue
            codes[index], done[index] = make(values)
        return self._batch_answer(what, done, codes, errors, len(items), status=201)

    def _batch_new_contacts(self, request, body):
        def make(values):
            status, contact = self._upsert_new(values)
            return status, self.contact_json(contact)

        return self._batch_new("contacts", body, self._validate_contact, make)

    def _batch_edit_contacts(self, request, body):
        items = self._batch_payload(body)
        if isinstance(items, FakeResponse):
            return items
        done, codes, errors = {}, {}, {}
        for index, values in enumerate(items):
            contact = (
                self._find(self.contacts, values.get("id")) if isinstance(values, dict) else None
            )
            if contact is None:
                if request.method == "PUT" and isinstance(values, dict):
                    contact = self._new_contact({k: v for k, v in values.items() if k != "id"})
                    codes[index], done[index] = 201, self.contact_json(contact)
                    continue
                codes[index] = 404
                errors[index] = {
                    "code": 404,
                    "message": "Item was not found.",
                    "details": [],
                    "type": None,
                }
                continue
            invalid = self._validate_contact(values)
            if invalid:
                codes[index] = 400
                errors[index] = {
                    "code": 400,
                    "message": "Validation failed",
                    "details": invalid,
                    "type": None,
                }
                continue
            self._apply_values(
                contact, {k: v for k, v in values.items() if k != "id"}, request.method == "PUT"
            )
            codes[index], done[index] = 200, self.contact_json(contact)
        return self._batch_answer("contacts", done, codes, errors, len(items))

    def _edit_contact(self, request, body, contact_id):
        contact = self._find(self.contacts, contact_id)
        invalid = self._validate_contact(body or {})
        if invalid:
            return _errors(400, "Validation failed", invalid)
        if contact is None:
            if request.method == "PUT":
                contact = self._new_contact(body or {})
                return FakeResponse(201, {"contact": self.contact_json(contact)})
            return _errors(404, "Item was not found.")
        self._apply_values(contact, body or {}, request.method == "PUT")
        return FakeResponse(200, {"contact": self.contact_json(contact)})

    def _delete_contact(self, request, body, contact_id):
        contact = self._find(self.contacts, contact_id)
        if contact is None:
            return _errors(404, "Item was not found.")
        del self.contacts[contact["id"]]
        data = self.contact_json(contact)
        data["id"] = None
        return FakeResponse(200, {"contact": data})

    def _batch_delete_contacts(self, request, body):
        raw = self.last(request.query, "ids", "")
        ids = [int(v) for v in raw.split(",") if v.strip().isdigit()]
        if not ids:
            return _errors(400, "ids is required")
        if len(ids) > self.batch_max:
            return _errors(400, f"A max of {self.batch_max} entities are supported at a time.")
        done, codes, errors = {}, {}, {}
        for index, contact_id in enumerate(ids):
            contact = self.contacts.pop(contact_id, None)
            if contact is None:
                codes[index] = 404
                errors[index] = {
                    "code": 404,
                    "message": "Item was not found.",
                    "details": [],
                    "type": None,
                }
                continue
            data = self.contact_json(contact)
            data["id"], data["deletedId"] = None, contact_id
            codes[index], done[index] = 200, data
        return self._batch_answer("contacts", done, codes, errors, len(ids))

    def _dnc_add(self, request, body, contact_id, channel):
        contact = self._find(self.contacts, contact_id)
        if contact is None:
            return _errors(404, "Item was not found.")
        body = body if isinstance(body, dict) else {}
        try:
            reason = int(body.get("reason", 3))
        except (TypeError, ValueError):
            reason = 3
        contact["dnc"][channel] = {"reason": reason, "comments": body.get("comments") or ""}
        contact["dateModified"] = self._at()
        return FakeResponse(200, {"contact": self.contact_json(contact)})

    def _dnc_remove(self, request, body, contact_id, channel):
        contact = self._find(self.contacts, contact_id)
        if contact is None:
            return _errors(404, "Item was not found.")
        contact["dnc"].pop(channel, None)
        contact["dateModified"] = self._at()
        return FakeResponse(200, {"contact": self.contact_json(contact)})

    def _contact_segments(self, request, body, contact_id):
        contact = self._find(self.contacts, contact_id)
        if contact is None:
            return _errors(404, "Item was not found.")
        rows = [self.segments[s] for s in sorted(contact["segments"]) if s in self.segments]
        return FakeResponse(200, {"total": len(rows), "lists": _keyed(rows)})

    # -- companies -------------------------------------------------------------------------
    def _list_companies(self, request, body):
        rows = [{**c, "name": c["values"].get("companyname")} for c in self.companies.values()]
        rows = self._search(rows, self.last(request.query, "search"))
        if isinstance(rows, FakeResponse):
            return rows
        where = self._where(request)
        if isinstance(where, FakeResponse):
            return where
        company_fields = {a for a, f in self.fields.items() if f["object"] == "company"}
        for col, expr, val in where:
            if col != "id" and col not in company_fields:
                return _errors(400, f"{col} is not an allowed column")
            target = _comma_set(val) if expr in ("in", "notIn") else val
            rows = [
                r
                for r in rows
                if self._compare(r["id"] if col == "id" else r["values"].get(col), expr, target)
            ]
        return self._listing(
            request, rows, "companies", lambda r: self.company_json(self.companies[r["id"]])
        )

    def _get_company(self, request, body, company_id):
        company = self._find(self.companies, company_id)
        if company is None:
            return _errors(404, "Item was not found.")
        return FakeResponse(200, {"company": self.company_json(company)})

    @staticmethod
    def _company_invalid(values) -> dict | None:
        if not isinstance(values, dict):
            return {"company": ["This value should be of type array."]}
        if not values.get("companyname"):
            return {"companyname": ["A value is required."]}
        return None

    def _create_company(self, request, body):
        invalid = self._company_invalid(body)
        if invalid:
            return _errors(400, "Validation failed", invalid)
        return FakeResponse(201, {"company": self.company_json(self._new_company(body))})

    def _batch_new_companies(self, request, body):
        def make(values):
            return 201, self.company_json(self._new_company(values))

        return self._batch_new("companies", body, self._company_invalid, make)

    def _batch_edit_companies(self, request, body):
        items = self._batch_payload(body)
        if isinstance(items, FakeResponse):
            return items
        done, codes, errors = {}, {}, {}
        for index, values in enumerate(items):
            company = (
                self._find(self.companies, values.get("id")) if isinstance(values, dict) else None
            )
            if company is None:
                codes[index] = 404
                errors[index] = {
                    "code": 404,
                    "message": "Item was not found.",
                    "details": [],
                    "type": None,
                }
                continue
            self._apply_company(company, values)
            codes[index], done[index] = 200, self.company_json(company)
        return self._batch_answer("companies", done, codes, errors, len(items))

    def _edit_company(self, request, body, company_id):
        company = self._find(self.companies, company_id)
        if company is None:
            return _errors(404, "Item was not found.")
        self._apply_company(company, body or {})
        return FakeResponse(200, {"company": self.company_json(company)})

    def _delete_company(self, request, body, company_id):
        company = self._find(self.companies, company_id)
        if company is None:
            return _errors(404, "Item was not found.")
        del self.companies[company["id"]]
        for contact in self.contacts.values():
            contact["companies"].discard(company["id"])
        data = self.company_json(company)
        data["id"] = None
        return FakeResponse(200, {"company": data})

    def _company_contact_add(self, request, body, company_id, contact_id):
        company = self._find(self.companies, company_id)
        contact = self._find(self.contacts, contact_id)
        if company is None or contact is None:
            return _errors(404, "Item was not found.")
        contact["companies"].add(company["id"])
        contact["values"]["company"] = company["values"].get("companyname")
        return FakeResponse(200, {"success": 1})

    def _company_contact_remove(self, request, body, company_id, contact_id):
        company = self._find(self.companies, company_id)
        contact = self._find(self.contacts, contact_id)
        if company is None or contact is None:
            return _errors(404, "Item was not found.")
        contact["companies"].discard(company["id"])
        return FakeResponse(200, {"success": 1})

    # -- segments --------------------------------------------------------------------------
    def _segment_json(self, segment: dict) -> dict:
        return dict(segment)

    def _list_segments(self, request, body):
        rows = list(self.segments.values())
        return self._listing(request, rows, "lists", self._segment_json)

    def _get_segment(self, request, body, segment_id):
        segment = self._find(self.segments, segment_id)
        if segment is None:
            return _errors(404, "Item was not found.")
        return FakeResponse(200, {"list": self._segment_json(segment)})

    def _create_segment(self, request, body):
        if not isinstance(body, dict) or not body.get("name"):
            return _errors(400, "name: A value is required.", {"name": ["A value is required."]})
        alias = body.get("alias")
        if alias and any(s["alias"] == alias for s in self.segments.values()):
            alias = f"{alias}{self._seq['segment'] + 1}"
        return FakeResponse(
            201, {"list": self._segment_json(self._new_segment(body["name"], alias))}
        )

    def _delete_segment(self, request, body, segment_id):
        segment = self._find(self.segments, segment_id)
        if segment is None:
            return _errors(404, "Item was not found.")
        del self.segments[segment["id"]]
        for contact in self.contacts.values():
            contact["segments"].discard(segment["id"])
        return FakeResponse(200, {"list": {**segment, "id": None}})

    def _segment_contact_add(self, request, body, segment_id, contact_id):
        segment = self._find(self.segments, segment_id)
        contact = self._find(self.contacts, contact_id)
        if segment is None or contact is None:
            return _errors(404, "Item was not found.")
        contact["segments"].add(segment["id"])
        return FakeResponse(200, {"success": 1})

    def _segment_contact_remove(self, request, body, segment_id, contact_id):
        segment = self._find(self.segments, segment_id)
        contact = self._find(self.contacts, contact_id)
        if segment is None or contact is None:
            return _errors(404, "Item was not found.")
        contact["segments"].discard(segment["id"])
        return FakeResponse(200, {"success": 1})

    def _segment_contacts_add(self, request, body, segment_id):
        segment = self._find(self.segments, segment_id)
        if segment is None:
            return _errors(404, "Item was not found.")
        ids = None
        if isinstance(body, dict):
            ids = body.get("ids", body.get("ids[]"))
        if not isinstance(ids, list) or not ids:
            return _errors(400, "ids is required")
        details = {}
        for raw in ids:
            contact = self._find(self.contacts, raw)
            if contact is None:
                details[str(raw)] = {"success": False}
                continue
            contact["segments"].add(segment["id"])
            details[str(contact["id"])] = {"success": True}
        return FakeResponse(200, {"success": 1, "details": details})

    # -- campaigns and e-mails -------------------------------------------------------------
    def _list_campaigns(self, request, body):
        return self._listing(request, list(self.campaigns.values()), "campaigns", dict)

    def _get_campaign(self, request, body, campaign_id):
        campaign = self._find(self.campaigns, campaign_id)
        if campaign is None:
            return _errors(404, "Item was not found.")
        return FakeResponse(200, {"campaign": dict(campaign)})

    def _campaign_contacts(self, request, body, campaign_id):
        campaign = self._find(self.campaigns, campaign_id)
        if campaign is None:
            return _errors(404, "Item was not found.")
        paging = self._paging(request)
        if isinstance(paging, FakeResponse):
            return paging
        start, limit = paging
        rows = [
            {"lead_id": str(c["id"]), "manually_removed": "0", "manually_added": "1"}
            for c in sorted(self.contacts.values(), key=lambda c: c["id"])
            if campaign["id"] in c["campaigns"]
        ]
        page = rows[start : start + limit] if limit else rows[start:]
        return FakeResponse(200, {"total": str(len(rows)), "contacts": page})

    def _campaign_contact_add(self, request, body, campaign_id, contact_id):
        campaign = self._find(self.campaigns, campaign_id)
        contact = self._find(self.contacts, contact_id)
        if campaign is None or contact is None:
            return _errors(404, "Item was not found.")
        contact["campaigns"].add(campaign["id"])
        return FakeResponse(200, {"success": 1})

    def _campaign_contact_remove(self, request, body, campaign_id, contact_id):
        campaign = self._find(self.campaigns, campaign_id)
        contact = self._find(self.contacts, contact_id)
        if campaign is None or contact is None:
            return _errors(404, "Item was not found.")
        contact["campaigns"].discard(campaign["id"])
        return FakeResponse(200, {"success": 1})

    def _list_emails(self, request, body):
        return self._listing(request, list(self.emails.values()), "emails", dict)

    # -- Stats API -------------------------------------------------------------------------
    def _stats_tables_served(self) -> dict[str, list[dict]]:
        return {"channel_url_trackables": self.trackables}

    def _stats_refused(self) -> FakeResponse | None:
        if self.stats_allowed:
            return None
        return _errors(403, "You do not have access to the requested area/action.")

    def _stats_tables(self, request, body):
        return self._stats_refused() or FakeResponse(
            200, {"availableTables": sorted(self._stats_tables_served()), "stats": []}
        )

    def _stats_rows(self, request, body, table):
        refused = self._stats_refused()
        if refused:
            return refused
        rows = self._stats_tables_served().get(table)
        if rows is None:
            return _errors(404, "Item was not found.")
        columns = ("redirect_id", "channel", "channel_id", "hits", "unique_hits")
        paging = self._paging(request)
        if isinstance(paging, FakeResponse):
            return paging
        start, limit = paging
        where = self._where(request)
        if isinstance(where, FakeResponse):
            return where
        for col, _expr, _val in where:
            if col not in columns:
                return _errors(400, f"{col} is not a column of {table}")
        found = [
            row
            for row in rows
            if all(self._compare(row[col], expr, val) for col, expr, val in where)
        ]
        order: dict[int, dict] = {}
        for key, values in request.query.items():
            match = re.fullmatch(r"order\[(\d+)\]\[(col|dir)\]", key)
            if match:
                order.setdefault(int(match.group(1)), {})[match.group(2)] = values[-1]
        for index in sorted(order, reverse=True):  # the first order[] sorts last: it wins
            col = order[index].get("col")
            if col not in columns:
                return _errors(400, f"{col} is not a column of {table}")
            desc = (order[index].get("dir") or "asc").lower() == "desc"
            found.sort(key=lambda row, col=col: (row[col] is None, row[col]), reverse=desc)
        page = found[start : start + limit] if limit else found[start:]
        return FakeResponse(
            200,
            {"stats": [{k: None if v is None else str(v) for k, v in row.items()} for row in page]},
        )

    # -- webhooks --------------------------------------------------------------------------
    def add_webhook(self, url: str, events, secret: str | None = None) -> dict:
        with self._lock:
            hook = {"url": url, "events": tuple(events), "secret": secret or secrets.token_hex(16)}
            self.webhooks.append(hook)
            return hook

    @staticmethod
    def sign(body: bytes, secret: str) -> str:
        return base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()

    def delivery(self, events: dict[str, list[dict]], secret: str) -> tuple[dict[str, str], bytes]:
        """(headers, raw body) of a delivery of ``{event_type: [payload, ...]}``."""
        body = json.dumps(events).encode()
        return (
            {
                "Content-Type": "application/json",
                "X-Origin-Base-URL": self.site or self.url,
                SIGNATURE_HEADER: self.sign(body, secret),
            },
            body,
        )

    def deliver(self, event_type: str, payloads: list[dict]) -> list[int]:
        """Send ``payloads`` of ``event_type`` to every webhook that asked for it (immediate
        mode: one request per webhook); the HTTP statuses."""
        statuses = []
        for hook in list(self.webhooks):
            if event_type not in hook["events"]:
                continue
            headers, body = self.delivery({event_type: payloads}, hook["secret"])
            try:
                status = requests.post(
                    hook["url"], data=body, headers=headers, timeout=15
                ).status_code
            except requests.RequestException:
                status = 0
            self.sent.append(
                {"url": hook["url"], "headers": headers, "body": body, "status": status}
            )
            statuses.append(status)
        return statuses

    def _contact_payload(self, contact: dict) -> dict:
        data = self.contact_json(contact)
        return {
            "id": data["id"],
            "points": data["points"],
            "fields": {"core": data["fields"]["core"], "all": data["fields"]["all"]},
            "doNotContact": data["doNotContact"],
        }

    def add_points(self, contact_id: int, points: int) -> list[int]:
        with self._lock:
            contact = self.contacts[contact_id]
            old = contact["points"]
            contact["points"] = old + points
            contact["dateModified"] = self._at()
            payload = {
                "contact": self._contact_payload(contact),
                "points": {"old_points": old, "new_points": contact["points"]},
                "timestamp": _iso(self._at()),
            }
        return self.deliver("mautic.lead_points_change", [payload])

    def unsubscribe(self, contact_id: int, channel: str = "email") -> list[int]:
        """The contact unsubscribes (a DNC with reason 1) and the event goes out."""
        with self._lock:
            contact = self.contacts[contact_id]
            contact["dnc"][channel] = {"reason": 1, "comments": "User unsubscribed."}
            contact["dateModified"] = self._at()
            payload = {
                "contact": self._contact_payload(contact),
                "channel": channel,
                "old_status": "contactable",
                "new_status": "unsubscribed",
                "timestamp": _iso(self._at()),
            }
        return self.deliver("mautic.lead_channel_subscription_changed", [payload])

    def update_contact(self, contact_id: int, **values) -> list[int]:
        with self._lock:
            contact = self.contacts[contact_id]
            self._apply_values(contact, values)
            payload = {"contact": self._contact_payload(contact), "timestamp": _iso(self._at())}
        return self.deliver("mautic.lead_post_save_update", [payload])

    def set_dnc(self, contact_id: int, reason: int | None, channel: str = "email") -> list[int]:
        """The contact's ``channel`` closed with ``reason`` (1 unsubscribed, 2 bounced, 3 manual)
        or opened again (None), told by a contact-updated event (the contact with its list)."""
        with self._lock:
            contact = self.contacts[contact_id]
            if reason is None:
                contact["dnc"].pop(channel, None)
            else:
                contact["dnc"][channel] = {"reason": int(reason), "comments": ""}
            contact["dateModified"] = self._at()
            payload = {"contact": self._contact_payload(contact), "timestamp": _iso(self._at())}
        return self.deliver("mautic.lead_post_save_update", [payload])

    def delete_contact(self, contact_id: int) -> list[int]:
        """The marketer deletes the contact: the contact-deleted event names it by the event's
        ``id`` (the contact object comes without one)."""
        with self._lock:
            contact = self.contacts.pop(contact_id)
            data = self._contact_payload(contact)
            data["id"] = None
            payload = {"id": contact_id, "contact": data, "timestamp": _iso(self._at())}
        return self.deliver("mautic.lead_post_delete", [payload])
