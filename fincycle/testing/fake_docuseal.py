"""A fake DocuSeal that follows the contract (shared/reference/apis/docuseal.md), not the
client.

``FakeDocuseal`` is a ``FakeProvider`` (127.0.0.1, own thread, ``.url``, ``.calls()``, the clock
and the failure switches) laid out like a self-hosted installation: the API under ``/api``
(``api_url``), signed file links under ``/file/<signed id>/<name>`` on the same host.  Its
unscripted routes are answered from an in-memory account:

* ``X-Auth-Token`` must be the production or the testing key (none or another → 401
  ``{"error": "Not authenticated"}``); a record of the other mode → 403 ``{"error": "Submission
  N not found using testing API key; ..."}`` (§1);
* ``GET /templates``, ``/submissions``, ``/submitters``: ``{"data", "pagination": {count, next,
  prev}}``, ordered by id descending, ``limit`` default 10 (at most 100), ``after=X`` → id < X,
  ``before=X`` → id > X; ``next`` is the last row's id (null only on an empty page) (§2);
* ``GET /templates/{id}``, ``POST /submissions`` (→ array of submitters), ``POST
  /submissions/init``, ``POST /submissions/pdf`` (cloud and pro only: ``edition="community"``
  answers 404 with Rails' HTML page), ``GET /submissions/{id}`` (documents and audit log when
  completed), ``GET /submissions/{id}/documents``, ``PUT /submissions/{id}``, ``DELETE
  /submissions/{id}`` (archive, ``submission.archived`` webhook), ``GET|PUT /submitters/{id}``
  (``send_email: true`` sends the invitation again);
* ``GET /events/form/completed`` and ``/events/submission/completed``: the webhook shape,
  newest first by ``completed_at``, ``after``/``before`` in unix seconds;
* file links expire ``file_link_minutes`` (40) after they were handed out: then 403
  ``{"error": "Not authorized"}``; a forged link → 404;
* 422 ``{"error": ...}`` for validation ("Template not found", unknown role, bad JSON);
* webhooks (``add_webhook``): both authentications — the ``X-Docuseal-Signature`` HMAC with a
  ``whsec_`` secret (``hmac=False``: an older version that does not send it) and an optional
  custom secret header; deliveries ``{"event_type", "timestamp", "data"}`` with ``User-Agent:
  DocuSeal.com Webhook``; a failed delivery is kept and ``retry_failed()`` sends it again
  (same body timestamp, fresh signature);
* the signer's side: ``view``, ``start_form``, ``sign``, ``decline``, ``expire`` move a
  submission on and send the webhooks;
* the switches answer 429 ``{"error": "Too many requests"}`` (with ``Retry-After``) or 5xx.

No Odoo import.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
import threading
from datetime import datetime, timedelta, timezone
from urllib.parse import quote

import requests

from fincycle.webhooks.schemes import DocusealHmacScheme

from .fake_server import FakeProvider, FakeResponse, RecordedRequest

WEBHOOK_EVENTS = (
    "form.viewed",
    "form.started",
    "form.completed",
    "form.declined",
    "submission.created",
    "submission.completed",
    "submission.expired",
    "submission.archived",
    "template.created",
    "template.updated",
    "template.archived",
)
DEFAULT_WEBHOOK_EVENTS = ("form.viewed", "form.started", "form.completed", "form.declined")
USER_AGENT = "DocuSeal.com Webhook"
DEFAULT_LIMIT = 10
MAX_LIMIT = 100
RAILS_404 = "<!DOCTYPE html><html><body><h1>The page you were looking for doesn't exist.</h1>"
PRODUCTION = "production"
TESTING = "testing"


def _error(status: int, message: str) -> FakeResponse:
    return FakeResponse(status, {"error": message})


def _iso(value: datetime | None) -> str | None:
    """Rails' JSON time: milliseconds and ``Z``."""
    if value is None:
        return None
    return value.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def fake_pdf(text: str) -> bytes:
    return b"%PDF-1.7\n% fake DocuSeal document\n" + text.encode() + b"\n%%EOF\n"


class FakeDocuseal(FakeProvider):
    """``with FakeDocuseal() as ds: t = ds.add_template("Quote", ["Customer", "Company"])``."""

    api_key: str = "fake-docuseal-production-key-0123456789"
    testing_api_key: str = "fake-docuseal-testing-key-9876543210"
    edition: str = "cloud"  # "cloud", "pro" (self-hosted, paid) or "community"
    file_link_minutes: int = 40
    file_links_expire: bool = True
    default_fail_status = 500

    def reset(self) -> None:
        with self._lock:
            super().reset()
            self._ids = {"template": 1000, "submission": 500, "submitter": 2000, "event": 1}
            self.templates: dict[int, dict] = {}
            self.submissions: dict[int, dict] = {}
            self.submitters: dict[int, dict] = {}
            self.blobs: dict[str, tuple[str, bytes]] = {}  # uuid → (filename, content)
            self.links: dict[str, tuple[str, float | None]] = {}  # signed id → (uuid, expiry)
            self.webhooks: list[dict] = []
            self.sent: list[
                dict
            ] = []  # every delivery attempt: {url, event_type, headers, body, status}
            self.failed: list[dict] = []  # deliveries answered ≥ 400 or not at all
            self.emails: list[tuple[int, str]] = []  # (submitter id, address) invitations sent
            self._threads: list[threading.Thread] = []

    @property
    def api_url(self) -> str:
        return self.url + "/api"

    # -- data ------------------------------------------------------------------------------
    def _next(self, kind: str) -> int:
        self._ids[kind] += 1
        return self._ids[kind]

    def _at(self) -> datetime:
        return datetime.fromtimestamp(self.now(), timezone.utc)

    def add_template(
        self,
        name: str,
        roles: list[str] | tuple[str, ...] = ("First Party",),
        *,
        external_id: str | None = None,
        folder_name: str = "Default",
        verification: str | None = None,
        mode: str = PRODUCTION,
    ) -> dict:
        """A template with one signature field per role (``verification``: an identity
        verification field ``qes``/``aes`` for the first role)."""
        with self._lock:
            now = _iso(self._at())
            submitters = [{"name": r, "uuid": secrets.token_hex(8)} for r in roles]
            fields = [
                {
                    "uuid": secrets.token_hex(8),
                    "submitter_uuid": s["uuid"],
                    "name": f"{s['name']} signature",
                    "type": "signature",
                    "required": True,
                    "preferences": {},
                    "areas": [],
                }
                for s in submitters
            ]
            if verification:
                fields.append(
                    {
                        "uuid": secrets.token_hex(8),
                        "submitter_uuid": submitters[0]["uuid"],
                        "name": "Identity",
                        "type": "verification",
                        "required": True,
                        "preferences": {"method": verification},
                        "areas": [],
                    }
                )
            template = {
                "id": self._next("template"),
                "slug": secrets.token_urlsafe(10),
                "name": name,
                "preferences": {},
                "schema": [{"attachment_uuid": secrets.token_hex(8), "name": name}],
                "fields": fields,
                "submitters": submitters,
                "author_id": 1,
                "archived_at": None,
                "created_at": now,
                "updated_at": now,
                "source": "native",
                "external_id": external_id,
                "folder_id": 1,
                "folder_name": folder_name,
                "shared_link": False,
                "author": {
                    "id": 1,
                    "first_name": "Admin",
                    "last_name": "Fake",
                    "email": "admin@example.com",
                },
                "documents": [],
                "_mode": mode,
            }
            self.templates[template["id"]] = template
            return template

    def add_submission(
        self,
        template_id: int,
        submitters: list[tuple[str, str]],
        *,
        order: str = "preserved",
        send_email: bool = False,
        mode: str = PRODUCTION,
    ) -> dict:
        """A submission made in DocuSeal's UI: ``submitters`` are (role, email) pairs."""
        with self._lock:
            body = {"order": order, "send_email": send_email}
            submission = self._new_submission(self.templates[template_id], body, "invite", mode)
            for position, (role, email) in enumerate(submitters):
                self._new_submitter(submission, {"role": role, "email": email}, position)
            self._invite(submission)
            return submission

    def _new_submission(self, template: dict | None, body: dict, source: str, mode: str) -> dict:
        now = self._at()
        order = body.get("submitters_order") or body.get("order") or "preserved"
        expire = body.get("expire_at")
        submission = {
            "id": self._next("submission"),
            "name": body.get("name") or (template or {}).get("name") or "Document",
            "slug": secrets.token_urlsafe(10),
            "source": source,
            "submitters_order": order,
            "expire_at": expire,
            "archived_at": None,
            "completed_at": None,
            "created_at": _iso(now),
            "updated_at": _iso(now),
            "variables": body.get("variables") or {},
            "template_id": template["id"] if template else None,
            "template_name": (template or {}).get("name") or body.get("name") or "Document",
            "events": [],
            "submitter_ids": [],
            "documents": [],  # blob uuids of the signed documents
            "audit_log": None,  # blob uuid
            "_mode": mode,
            "_send_email": body.get("send_email") not in (False, "false"),
            "_message": body.get("message"),
        }
        self.submissions[submission["id"]] = submission
        return submission

    def _new_submitter(self, submission: dict, spec: dict, position: int) -> dict:
        now = self._at()
        submitter = {
            "id": self._next("submitter"),
            "submission_id": submission["id"],
            "uuid": secrets.token_hex(16),
            "email": spec.get("email"),
            "slug": secrets.token_urlsafe(10),
            "sent_at": None,
            "opened_at": None,
            "completed_at": None,
            "declined_at": None,
            "created_at": _iso(now),
            "updated_at": _iso(now),
            "name": spec.get("name"),
            "phone": spec.get("phone"),
            "external_id": spec.get("external_id"),
            "metadata": spec.get("metadata") or {},
            "values": spec.get("values") or {},
            "preferences": {
                "send_email": spec.get("send_email", submission["_send_email"]) is not False,
                "send_sms": bool(spec.get("send_sms")),
            },
            "role": spec["role"],
            "ua": None,
            "ip": None,
            "decline_reason": None,
            "documents": [],
            "_position": position,
        }
        self.submitters[submitter["id"]] = submitter
        submission["submitter_ids"].append(submitter["id"])
        return submitter

    def _invite(self, submission: dict) -> None:
        """Email the submitters whose turn it is (preserved: the first who has not signed;
        random: everybody)."""
        pending = [
            self.submitters[i]
            for i in submission["submitter_ids"]
            if not self.submitters[i]["completed_at"]
        ]
        if submission["submitters_order"] == "preserved":
            pending = pending[:1]
        for sub in pending:
            if sub["preferences"]["send_email"] and not sub["sent_at"] and sub["email"]:
                sub["sent_at"] = _iso(self._at())
                self.emails.append((sub["id"], sub["email"]))

    # -- links -----------------------------------------------------------------------------
    def _blob(self, filename: str, content: bytes) -> str:
        uuid = secrets.token_hex(16)
        self.blobs[uuid] = (filename, content)
        return uuid

    def file_url(self, uuid: str) -> str:
        """A signed link to a stored file, valid ``file_link_minutes`` from now."""
        signed = secrets.token_urlsafe(24)
        expiry = self.now() + self.file_link_minutes * 60 if self.file_links_expire else None
        self.links[signed] = (uuid, expiry)
        return f"{self.url}/file/{signed}/{quote(self.blobs[uuid][0])}"

    # -- serialisation ---------------------------------------------------------------------
    @staticmethod
    def _status_of_submitter(sub: dict) -> str:
        if sub["completed_at"]:
            return "completed"
        if sub["declined_at"]:
            return "declined"
        if sub["opened_at"]:
            return "opened"
        if sub["sent_at"]:
            return "sent"
        return "awaiting"

    def _status_of_submission(self, submission: dict) -> str:
        if submission["completed_at"]:
            return "completed"
        if any(self.submitters[i]["declined_at"] for i in submission["submitter_ids"]):
            return "declined"
        expire = submission["expire_at"]
        if expire and datetime.fromisoformat(expire.replace("Z", "+00:00")) <= self._at():
            return "expired"
        return "pending"

    def _submitter_json(self, sub: dict, *, embed: bool = False, webhook: bool = False) -> dict:
        body = {k: v for k, v in sub.items() if not k.startswith("_")}
        body["status"] = self._status_of_submitter(sub)
        body["values"] = [{"field": k, "value": v} for k, v in sub["values"].items()]
        body["documents"] = [
            {"name": self.blobs[u][0].rsplit(".", 1)[0], "url": self.file_url(u)}
            for u in sub["documents"]
        ]
        if embed:
            body["embed_src"] = f"{self.url}/s/{sub['slug']}"
        if not webhook:
            for key in ("ua", "ip", "decline_reason"):
                body.pop(key, None)
        return body

    def _submission_json(self, submission: dict, *, full: bool = True) -> dict:
        completed = bool(submission["completed_at"])
        body = {
            k: submission[k]
            for k in (
                "id",
                "name",
                "slug",
                "source",
                "submitters_order",
                "expire_at",
                "archived_at",
                "completed_at",
                "created_at",
                "updated_at",
                "variables",
            )
        }
        body["status"] = self._status_of_submission(submission)
        body["audit_log_url"] = (
            self.file_url(submission["audit_log"])
            if completed and submission["audit_log"]
            else None
        )
        body["combined_document_url"] = None
        body["submitters"] = [
            self._submitter_json(self.submitters[i]) for i in submission["submitter_ids"]
        ]
        template = self.templates.get(submission["template_id"])
        body["template"] = {
            "id": submission["template_id"],
            "name": submission["template_name"],
            "external_id": (template or {}).get("external_id"),
            "folder_name": (template or {}).get("folder_name", "Default"),
            "created_at": (template or {}).get("created_at", submission["created_at"]),
            "updated_at": (template or {}).get("updated_at", submission["created_at"]),
        }
        body["created_by_user"] = {
            "id": 1,
            "first_name": "Admin",
            "last_name": "Fake",
            "email": "admin@example.com",
        }
        if full:
            body["submission_events"] = list(submission["events"])
            body["documents"] = (
                [
                    {"name": self.blobs[u][0].rsplit(".", 1)[0], "url": self.file_url(u)}
                    for u in submission["documents"]
                ]
                if completed
                else []
            )
            body["metadata"] = {}
        return body

    def _form_webhook_data(self, sub: dict) -> dict:
        """``form.*`` data: the submitter with audit data, its submission and template (§4)."""
        submission = self.submissions[sub["submission_id"]]
        body = self._submitter_json(sub, webhook=True)
        body["audit_log_url"] = (
            self.file_url(submission["audit_log"]) if submission["audit_log"] else None
        )
        body["submission_url"] = f"{self.url}/e/{submission['slug']}"
        body["template"] = {
            "id": submission["template_id"],
            "name": submission["template_name"],
            "external_id": None,
            "folder_name": "Default",
            "created_at": submission["created_at"],
            "updated_at": submission["created_at"],
        }
        body["submission"] = {
            "id": submission["id"],
            "audit_log_url": body["audit_log_url"],
            "combined_document_url": None,
            "status": self._status_of_submission(submission),
            "url": body["submission_url"],
            "variables": submission["variables"],
            "created_at": submission["created_at"],
        }
        return body

    # -- webhooks --------------------------------------------------------------------------
    def add_webhook(
        self,
        url: str,
        events: tuple[str, ...] | list[str] = DEFAULT_WEBHOOK_EVENTS,
        *,
        secret_header: tuple[str, str] | None = None,
        hmac: bool = True,
    ) -> dict:
        """A webhook URL as set in Settings → Webhooks; its ``hmac_secret`` is what the
        "HMAC signing secret" dialog shows (``hmac=False``: an older version that sends none)."""
        unknown = set(events) - set(WEBHOOK_EVENTS)
        if unknown:
            raise ValueError(f"unknown events {sorted(unknown)}")
        with self._lock:
            hook = {
                "url": url,
                "events": tuple(events),
                "secret": dict([secret_header]) if secret_header else {},
                "hmac_secret": "whsec_" + base64.b64encode(secrets.token_bytes(24)).decode(),
                "hmac": hmac,
            }
            self.webhooks.append(hook)
            return hook

    def delivery(
        self, hook: dict, event_type: str, data: dict, timestamp: datetime | None = None
    ) -> tuple[dict[str, str], bytes]:
        """(headers, body) of one delivery as DocuSeal sends it (send_webhook_request.rb):
        the custom header merged first; the HMAC added unless a custom header took its name."""
        body = json.dumps(
            {"event_type": event_type, "timestamp": _iso(timestamp or self._at()), "data": data}
        ).encode()
        headers = {"Content-Type": "application/json", "User-Agent": USER_AGENT}
        headers.update(hook["secret"])
        taken = any(k.lower() == "x-docuseal-signature" for k in hook["secret"])
        if hook["hmac"] and not taken:
            headers.update(DocusealHmacScheme().sign(body, hook["hmac_secret"], self.now()))
        return headers, body

    def _emit(self, event_type: str, data_of) -> list[dict]:
        """The deliveries of an event to every webhook that listens to it (built now, under
        the lock; sent by ``_send`` outside it)."""
        at = self._at()
        out = []
        for hook in self.webhooks:
            if event_type in hook["events"]:
                out.append({"hook": hook, "event_type": event_type, "data": data_of(), "at": at})
        return out

    def _send(self, deliveries: list[dict], timeout: float = 10) -> list[int]:
        statuses = []
        for item in deliveries:
            with self._lock:
                headers, body = self.delivery(
                    item["hook"], item["event_type"], item["data"], item["at"]
                )
            try:
                status = requests.post(
                    item["hook"]["url"], data=body, headers=headers, timeout=timeout
                ).status_code
            except requests.RequestException:
                status = 0
            record = {**item, "headers": headers, "body": body, "status": status}
            with self._lock:
                self.sent.append(record)
                if not 200 <= status < 400:
                    self.failed.append(item)
            statuses.append(status)
        return statuses

    def _send_later(self, deliveries: list[dict]) -> None:
        """Deliveries of an API call, sent after the answer (DocuSeal queues a job)."""
        if deliveries:
            thread = threading.Thread(target=self._send, args=(deliveries,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def flush(self, timeout: float = 30) -> None:
        """Wait until the deliveries sent in the background have been sent."""
        while self._threads:
            self._threads.pop().join(timeout)

    def retry_failed(self) -> list[int]:
        """Send the failed deliveries again (DocuSeal's retry: same event time, new signature)."""
        with self._lock:
            again, self.failed = self.failed, []
        return self._send(again)

    # -- the signer's side -----------------------------------------------------------------
    def view(self, submitter_id: int) -> list[int]:
        with self._lock:
            sub = self.submitters[submitter_id]
            sub["opened_at"] = sub["opened_at"] or _iso(self._at())
            self._event(sub, "view_form")
            out = self._emit("form.viewed", lambda: self._form_webhook_data(sub))
        return self._send(out)

    def start_form(self, submitter_id: int) -> list[int]:
        with self._lock:
            sub = self.submitters[submitter_id]
            sub["opened_at"] = sub["opened_at"] or _iso(self._at())
            self._event(sub, "start_form")
            out = self._emit("form.started", lambda: self._form_webhook_data(sub))
        return self._send(out)

    def sign(
        self,
        submitter_id: int,
        *,
        ip: str = "203.0.113.7",
        ua: str = "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0",
    ) -> list[int]:
        """The submitter signs; the last one completes the submission (documents and audit
        log generated, ``form.completed`` then ``submission.completed``)."""
        with self._lock:
            sub = self.submitters[submitter_id]
            submission = self.submissions[sub["submission_id"]]
            if sub["completed_at"] or sub["declined_at"]:
                raise ValueError("this submitter is done")
            now = _iso(self._at())
            sub.update(opened_at=sub["opened_at"] or now, completed_at=now, ip=ip, ua=ua)
            sub["updated_at"] = now
            name = submission["name"]
            sub["documents"] = [
                self._blob(f"{name}.pdf", fake_pdf(f"{name} signed by {sub['email']} at {now}"))
            ]
            self._event(sub, "complete_form", {"ip": ip, "ua": ua})
            everyone = all(self.submitters[i]["completed_at"] for i in submission["submitter_ids"])
            if everyone:
                submission["completed_at"] = now
                submission["documents"] = list(sub["documents"])
                submission["audit_log"] = self._blob(
                    f"{name} - Audit Log.pdf",
                    fake_pdf(f"audit log of submission {submission['id']}"),
                )
            else:
                self._invite(submission)
            out = self._emit("form.completed", lambda: self._form_webhook_data(sub))
            if everyone:
                out += self._emit("submission.completed", lambda: self._submission_json(submission))
        return self._send(out)

    def decline(self, submitter_id: int, reason: str = "The price is too high") -> list[int]:
        with self._lock:
            sub = self.submitters[submitter_id]
            now = _iso(self._at())
            sub.update(declined_at=now, decline_reason=reason, updated_at=now)
            sub["opened_at"] = sub["opened_at"] or now
            self._event(sub, "decline_form", {"reason": reason})
            out = self._emit("form.declined", lambda: self._form_webhook_data(sub))
        return self._send(out)

    def expire(self, submission_id: int) -> list[int]:
        """The expiry date passes (set to now if there was none): ``submission.expired``."""
        with self._lock:
            submission = self.submissions[submission_id]
            submission["expire_at"] = _iso(self._at() - timedelta(seconds=1))
            out = self._emit("submission.expired", lambda: self._submission_json(submission))
        return self._send(out)

    def _event(self, sub: dict, event_type: str, data: dict | None = None) -> None:
        submission = self.submissions[sub["submission_id"]]
        submission["events"].append(
            {
                "id": self._next("event"),
                "submitter_id": sub["id"],
                "event_type": event_type,
                "event_timestamp": _iso(self._at()),
                "data": data or {},
            }
        )

    # -- failures --------------------------------------------------------------------------
    def _rate_limited(self) -> FakeResponse:
        return _error(429, "Too many requests")

    def _server_error(self, status: int) -> FakeResponse:
        return FakeResponse(
            status, "<html><body>We're sorry, but something went wrong.</body></html>"
        )

    # -- routing ---------------------------------------------------------------------------
    def _route(self, request: RecordedRequest) -> FakeResponse:
        path = request.path.rstrip("/")
        if path.startswith("/file/"):
            return self._file(path)
        if not path.startswith("/api/"):
            return FakeResponse(404, RAILS_404, {"Content-Type": "text/html"})
        token = self.header(request, "X-Auth-Token")
        if token == self.api_key:
            mode = PRODUCTION
        elif token == self.testing_api_key:
            mode = TESTING
        else:
            return _error(401, "Not authenticated")
        parts = path[len("/api/") :].split("/")
        found = self.match_route(self._routes(), request.method, parts)
        if not found:
            return FakeResponse(404, RAILS_404, {"Content-Type": "text/html"})
        (_verb, _pattern, handler), args = found
        body = None
        if request.method in ("POST", "PUT"):
            try:
                body = self.json_body(request, b"{}")
            except ValueError as exc:
                return _error(422, f"JSON parse error: {exc}")
            if not isinstance(body, dict):
                return _error(422, "JSON parse error: the body must be an object")
        return handler(request, mode, body, *args)

    def _routes(self):
        return (
            ("GET", ["templates"], self._list_templates),
            ("GET", ["templates", "*"], self._get_template),
            ("GET", ["submissions"], self._list_submissions),
            ("POST", ["submissions"], self._create),
            ("POST", ["submissions", "init"], self._create_init),
            ("POST", ["submissions", "pdf"], self._create_pdf),
            ("GET", ["submissions", "*"], self._get_submission),
            ("GET", ["submissions", "*", "documents"], self._submission_documents),
            ("PUT", ["submissions", "*"], self._update_submission),
            ("DELETE", ["submissions", "*"], self._archive),
            ("GET", ["submitters"], self._list_submitters),
            ("GET", ["submitters", "*"], self._get_submitter),
            ("PUT", ["submitters", "*"], self._update_submitter),
            ("GET", ["events", "form", "*"], self._form_events),
            ("GET", ["events", "submission", "*"], self._submission_events),
        )

    def _paginate(
        self, request, rows: list[dict], key="id"
    ) -> tuple[list[dict], FakeResponse | None]:
        """Rows by ``key`` descending, ``limit`` (≤ 100), ``after`` (<) and ``before`` (>)."""
        try:
            limit = int(self.last(request.query, "limit", DEFAULT_LIMIT))
            after = self.last(request.query, "after")
            before = self.last(request.query, "before")
            after = int(after) if after not in (None, "") else None
            before = int(before) if before not in (None, "") else None
        except ValueError:
            return [], _error(422, "limit, after and before must be integers")
        rows = sorted(rows, key=lambda r: r[key], reverse=True)
        if after is not None:
            rows = [r for r in rows if r[key] < after]
        if before is not None:
            rows = [r for r in rows if r[key] > before]
        return rows[: max(0, min(limit, MAX_LIMIT))], None

    @staticmethod
    def _listing(rows: list[dict], data: list[dict], key="id") -> FakeResponse:
        return FakeResponse(
            200,
            {
                "data": data,
                "pagination": {
                    "count": len(rows),
                    "next": rows[-1][key] if rows else None,
                    "prev": rows[0][key] if rows else None,
                },
            },
        )

    def _own(self, record: dict | None, mode: str, what: str) -> FakeResponse | None:
        """404 for no record, 403 for a record of the other key mode (§1)."""
        if record is None:
            return _error(404, "Not found")
        if record["_mode"] != mode:
            other = "production" if mode == TESTING else "testing"
            return _error(
                403,
                f"{what} {record['id']} not found using {mode} API key; Use {other} API key "
                f"to access {other} {what.lower()}s.",
            )
        return None

    @staticmethod
    def _id(text: str) -> int | None:
        return int(text) if text.isdigit() else None

    def _flag(self, request, name: str) -> bool | None:
        value = self.last(request.query, name)
        return None if value is None else value in ("true", "1")

    # templates
    def _list_templates(self, request, mode, body):
        rows = [t for t in self.templates.values() if t["_mode"] == mode]
        archived = self._flag(request, "archived")
        rows = [t for t in rows if bool(t["archived_at"]) == bool(archived)]
        q = (self.last(request.query, "q") or "").lower()
        if q:
            rows = [t for t in rows if q in t["name"].lower()]
        external_id = self.last(request.query, "external_id")
        if external_id:
            rows = [t for t in rows if t["external_id"] == external_id]
        folder = self.last(request.query, "folder")
        if folder:
            rows = [t for t in rows if t["folder_name"] == folder]
        page, error = self._paginate(request, rows)
        if error:
            return error
        return self._listing(page, [self._public(t) for t in page])

    @staticmethod
    def _public(record: dict) -> dict:
        return {k: v for k, v in record.items() if not k.startswith("_")}

    def _get_template(self, request, mode, body, template_id):
        template = self.templates.get(self._id(template_id) or -1)
        return self._own(template, mode, "Template") or FakeResponse(200, self._public(template))

    # submissions
    def _validate_submitters(self, body, roles: list[str] | None) -> FakeResponse | None:
        specs = body.get("submitters")
        if not isinstance(specs, list) or not specs:
            return _error(422, "submitters is required")
        for spec in specs:
            if not isinstance(spec, dict):
                return _error(422, "submitters must be objects")
            if not spec.get("email") and not spec.get("phone"):
                return _error(422, "email is required")
            if roles is not None and spec.get("role") not in roles:
                return _error(422, f"Role not found: {spec.get('role')}")
        order = body.get("order") or body.get("submitters_order")
        if order not in (None, "preserved", "random"):
            return _error(422, "order must be preserved or random")
        expire = body.get("expire_at")
        if expire is not None:
            try:
                datetime.fromisoformat(str(expire).replace("Z", "+00:00"))
            except ValueError:
                return _error(422, "expire_at is invalid")
        return None

    def _create_common(self, request, mode, body) -> list[dict] | FakeResponse:
        raw_id = body.get("template_id")
        template_id = int(raw_id) if str(raw_id).isdigit() else -1  # Rails reads "12" as 12
        template = self.templates.get(template_id)
        if template is None or template["_mode"] != mode:
            return _error(422, "Template not found")
        if template["archived_at"]:
            return _error(422, "Template has been archived")
        roles = [s["name"] for s in template["submitters"]]
        invalid = self._validate_submitters(body, roles)
        if invalid:
            return invalid
        submission = self._new_submission(template, body, "api", mode)
        subs = [self._new_submitter(submission, s, i) for i, s in enumerate(body["submitters"])]
        self._invite(submission)
        self._send_later(
            self._emit("submission.created", lambda: self._submission_json(submission))
        )
        return subs

    def _create(self, request, mode, body):
        subs = self._create_common(request, mode, body)
        if isinstance(subs, FakeResponse):
            return subs
        return FakeResponse(200, [self._submitter_json(s, embed=True) for s in subs])

    def _create_init(self, request, mode, body):
        subs = self._create_common(request, mode, body)
        if isinstance(subs, FakeResponse):
            return subs
        submission = self.submissions[subs[0]["submission_id"]]
        return FakeResponse(
            200,
            {
                "id": submission["id"],
                "submitters": [self._submitter_json(s, embed=True) for s in subs],
                "expire_at": submission["expire_at"],
                "created_at": submission["created_at"],
            },
        )

    def _create_pdf(self, request, mode, body):
        if self.edition == "community":
            return FakeResponse(404, RAILS_404, {"Content-Type": "text/html"})
        documents = body.get("documents")
        if not isinstance(documents, list) or not documents:
            return _error(422, "documents is required")
        for doc in documents:
            if not isinstance(doc, dict) or not doc.get("name") or not doc.get("file"):
                return _error(422, "documents need a name and a file")
            try:
                content = base64.b64decode(doc["file"], validate=True)
            except (binascii.Error, ValueError):
                return _error(422, "Unable to download file: not base64")
            if not content.startswith(b"%PDF"):
                return _error(422, "Invalid PDF file")
        invalid = self._validate_submitters(body, None)
        if invalid:
            return invalid
        submission = self._new_submission(None, body, "api", mode)
        for i, spec in enumerate(body["submitters"]):
            self._new_submitter(submission, {"role": f"Party {i + 1}", **spec}, i)
        self._invite(submission)
        answer = self._submission_json(submission)
        for item, sub_id in zip(answer["submitters"], submission["submitter_ids"], strict=True):
            item["embed_src"] = f"{self.url}/s/{self.submitters[sub_id]['slug']}"
        return FakeResponse(200, answer)

    def _list_submissions(self, request, mode, body):
        rows = [s for s in self.submissions.values() if s["_mode"] == mode]
        archived = self._flag(request, "archived")
        if archived is not None:
            rows = [s for s in rows if bool(s["archived_at"]) == archived]
        status = self.last(request.query, "status")
        if status:
            rows = [s for s in rows if self._status_of_submission(s) == status]
        template_id = self.last(request.query, "template_id")
        if template_id:
            rows = [s for s in rows if str(s["template_id"]) == template_id]
        page, error = self._paginate(request, rows)
        if error:
            return error
        return self._listing(page, [self._submission_json(s, full=False) for s in page])

    def _get_submission(self, request, mode, body, submission_id):
        submission = self.submissions.get(self._id(submission_id) or -1)
        return self._own(submission, mode, "Submission") or FakeResponse(
            200, self._submission_json(submission)
        )

    def _submission_documents(self, request, mode, body, submission_id):
        submission = self.submissions.get(self._id(submission_id) or -1)
        refused = self._own(submission, mode, "Submission")
        if refused:
            return refused
        docs = []
        for sub_id in submission["submitter_ids"]:
            for uuid in self.submitters[sub_id]["documents"]:
                docs.append(
                    {"name": self.blobs[uuid][0].rsplit(".", 1)[0], "url": self.file_url(uuid)}
                )
        return FakeResponse(200, {"id": submission["id"], "documents": docs})

    def _update_submission(self, request, mode, body, submission_id):
        submission = self.submissions.get(self._id(submission_id) or -1)
        refused = self._own(submission, mode, "Submission")
        if refused:
            return refused
        if "expire_at" in body:
            submission["expire_at"] = body["expire_at"] or None
        if "name" in body:
            submission["name"] = body["name"]
        submission["updated_at"] = _iso(self._at())
        out = []
        if body.get("archived") in (True, "true") and not submission["archived_at"]:
            submission["archived_at"] = _iso(self._at())
            out = self._emit("submission.archived", lambda: self._submission_json(submission))
        self._send_later(out)
        return FakeResponse(200, self._submission_json(submission, full=False))

    def _archive(self, request, mode, body, submission_id):
        submission = self.submissions.get(self._id(submission_id) or -1)
        refused = self._own(submission, mode, "Submission")
        if refused:
            return refused
        if self.last(request.query, "permanently") in ("true", True):
            del self.submissions[submission["id"]]
            return FakeResponse(200, {"id": submission["id"], "archived_at": None})
        submission["archived_at"] = _iso(self._at())
        self._send_later(
            self._emit("submission.archived", lambda: self._submission_json(submission))
        )
        return FakeResponse(200, {"id": submission["id"], "archived_at": submission["archived_at"]})

    # submitters
    def _submitter_mode(self, sub: dict) -> dict:
        return {"id": sub["id"], "_mode": self.submissions[sub["submission_id"]]["_mode"]}

    def _list_submitters(self, request, mode, body):
        rows = [
            s
            for s in self.submitters.values()
            if self.submissions.get(s["submission_id"], {}).get("_mode") == mode
        ]
        submission_id = self.last(request.query, "submission_id")
        if submission_id:
            rows = [s for s in rows if str(s["submission_id"]) == submission_id]
        external_id = self.last(request.query, "external_id")
        if external_id:
            rows = [s for s in rows if s["external_id"] == external_id]
        page, error = self._paginate(request, rows)
        if error:
            return error
        data = []
        for sub in page:
            item = self._submitter_json(sub)
            item["submission_events"] = [
                e
                for e in self.submissions[sub["submission_id"]]["events"]
                if e["submitter_id"] == sub["id"]
            ]
            data.append(item)
        return self._listing(page, data)

    def _get_submitter(self, request, mode, body, submitter_id):
        sub = self.submitters.get(self._id(submitter_id) or -1)
        refused = self._own(sub and self._submitter_mode(sub), mode, "Submitter")
        if refused:
            return refused
        item = self._submitter_json(sub)
        submission = self.submissions[sub["submission_id"]]
        item["template"] = {
            "id": submission["template_id"],
            "name": submission["template_name"],
            "created_at": submission["created_at"],
            "updated_at": submission["created_at"],
        }
        item["submission_events"] = [
            e for e in submission["events"] if e["submitter_id"] == sub["id"]
        ]
        return FakeResponse(200, item)

    def _update_submitter(self, request, mode, body, submitter_id):
        sub = self.submitters.get(self._id(submitter_id) or -1)
        refused = self._own(sub and self._submitter_mode(sub), mode, "Submitter")
        if refused:
            return refused
        for key in ("email", "name", "phone", "external_id"):
            if key in body:
                sub[key] = body[key]
        if isinstance(body.get("metadata"), dict):
            sub["metadata"] = body["metadata"]
        if isinstance(body.get("values"), dict):
            sub["values"].update(body["values"])
        sub["updated_at"] = _iso(self._at())
        if body.get("send_email") in (True, "true") and not sub["completed_at"] and sub["email"]:
            sub["sent_at"] = _iso(self._at())
            self.emails.append((sub["id"], sub["email"]))
        return FakeResponse(200, self._submitter_json(sub, embed=True))

    # events
    def _event_page(self, request, rows: list[dict], kind: str, data_of) -> FakeResponse:
        """Newest first by completed_at; ``after=T`` → completed before T, ``before=T`` →
        completed at or after T + 1 s; ``next``/``prev``: unix seconds of the last/first row."""
        try:
            limit = int(self.last(request.query, "limit", DEFAULT_LIMIT))
            after = self.last(request.query, "after")
            before = self.last(request.query, "before")
            after = int(after) if after not in (None, "") else None
            before = int(before) if before not in (None, "") else None
        except ValueError:
            return _error(422, "limit, after and before must be integers")

        def at(row):
            return datetime.fromisoformat(row["completed_at"].replace("Z", "+00:00")).timestamp()

        rows = sorted(rows, key=lambda r: (at(r), r["id"]), reverse=True)
        if after is not None:
            rows = [r for r in rows if at(r) < after]
        if before is not None:
            rows = [r for r in rows if at(r) >= before + 1]
        rows = rows[: max(0, min(limit, MAX_LIMIT))]
        return FakeResponse(
            200,
            {
                "data": [
                    {
                        "event_type": f"{kind}.completed",
                        "timestamp": r["completed_at"],
                        "data": data_of(r),
                    }
                    for r in rows
                ],
                "pagination": {
                    "count": len(rows),
                    "next": int(at(rows[-1])) if rows else None,
                    "prev": int(at(rows[0])) if rows else None,
                },
            },
        )

    def _form_events(self, request, mode, body, event_type):
        rows = [
            s
            for s in self.submitters.values()
            if s["completed_at"] and self.submissions[s["submission_id"]]["_mode"] == mode
        ]
        return self._event_page(request, rows, "form", self._form_webhook_data)

    def _submission_events(self, request, mode, body, event_type):
        rows = [
            s
            for s in self.submissions.values()
            if s["completed_at"] and s["_mode"] == mode and not s["archived_at"]
        ]
        return self._event_page(request, rows, "submission", self._submission_json)

    # files
    def _file(self, path: str) -> FakeResponse:
        parts = path.split("/")
        if len(parts) < 4:
            return FakeResponse(404, None)
        link = self.links.get(parts[2])
        if link is None or link[0] not in self.blobs:
            return FakeResponse(404, None)
        uuid, expiry = link
        if expiry is not None and self.now() > expiry:
            return _error(403, "Not authorized")
        filename, content = self.blobs[uuid]
        content_type = (
            "application/pdf" if filename.endswith(".pdf") else "application/octet-stream"
        )
        return FakeResponse(200, content, {"Content-Type": content_type})
