"""DocuSeal API: templates, submissions from a template or from a PDF, submitters (resend),
the completed-events polling endpoints, signed-file downloads from their expiring links, edition
detection, and webhook verification and parsing into normalized events.

Contract: shared/reference/apis/docuseal.md (what the doc marks M/L and what this code assumes:
``fincycle/signing/README.md``).  Pure Python (no Odoo): the add-on stores the key and calls
this; HTTP behaviour (timeouts, 429/5xx retries honouring Retry-After, breaker, typed errors, the
key masked in every message, only the configured hosts) comes from the ``fincycle.http`` session
it is given (``session_origins()`` says which origins it must allow).

Why not the ``docuseal`` package from PyPI: it has no retries, no Retry-After, no host
allow-list, raw socket errors, and its convenient API is a process-global singleton whose key
and URL every company of a multi-company Odoo would share (doc §6).  This client is ours.

What this module decides is said in codes (``DocusealError.code``, ``STATUS_*``, ``EVENT_*``,
``EDITION_*``); the add-on words them for the user.
"""

from __future__ import annotations

import base64
import hashlib
import ipaddress
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import quote, urlsplit

from fincycle.http import (
    AuthError,
    BadResponseError,
    CodedError,
    FincycleHttpError,
    ProviderError,
    RateLimitedError,
    TransportError,
    origin,
    parse_retry_after,
)
from fincycle.timeutil import format_time, time_parser
from fincycle.webhooks.schemes import (
    DocusealHmacScheme,
    DocusealSharedSecretScheme,
    SignatureScheme,
    Verdict,
    _header,
    _secrets,
)

# -- hosts (docuseal.md §1) ---------------------------------------------------------------------
CLOUD = "cloud"
CLOUD_EU = "cloud_eu"
SELF_HOSTED = "self_hosted"
DEPLOYMENTS = (CLOUD, CLOUD_EU, SELF_HOSTED)
CLOUD_API = "https://api.docuseal.com"
CLOUD_EU_API = "https://api.docuseal.eu"
# Where the cloud's signed file links point (the app host, ``/file/<signed id>/<name>``; not in
# the doc: read in the open-source code, see README).  Self-hosted: the installation's own host.
CLOUD_FILE_ORIGINS = {
    CLOUD_API: ("https://docuseal.com",),
    CLOUD_EU_API: ("https://docuseal.eu",),
}
AUTH_HEADER = "X-Auth-Token"

# -- paging and limits (§2) ---------------------------------------------------------------------
DEFAULT_LIMIT = 10
MAX_LIMIT = 100
MAX_PAGES = 10_000  # a runaway pagination stops here instead of looping forever
FILE_LINK_MINUTES = 40  # signed file links expire (download at once)
MAX_DOWNLOAD_BYTES = 50 * 1024 * 1024  # a signed PDF or an audit log; more is refused

# -- statuses (§3) ------------------------------------------------------------------------------
SUBMITTER_STATUSES = ("awaiting", "sent", "opened", "completed", "declined")
SUBMISSION_STATUSES = ("pending", "completed", "declined", "expired")
ORDER_PRESERVED = "preserved"
ORDER_RANDOM = "random"

# Normalized status of an event (what the connector's request record becomes).
STATUS_CREATED = "created"
STATUS_OPENED = "opened"
STATUS_STARTED = "started"
STATUS_COMPLETED = "completed"  # a submitter signed (form.completed) or all did
STATUS_DECLINED = "declined"
STATUS_EXPIRED = "expired"
STATUS_ARCHIVED = "archived"

# -- webhooks (§4) ------------------------------------------------------------------------------
SIGNATURE_HEADER = "X-Docuseal-Signature"
FORM_VIEWED = "form.viewed"
FORM_STARTED = "form.started"
FORM_COMPLETED = "form.completed"
FORM_DECLINED = "form.declined"
SUBMISSION_CREATED = "submission.created"
SUBMISSION_COMPLETED = "submission.completed"
SUBMISSION_EXPIRED = "submission.expired"
SUBMISSION_ARCHIVED = "submission.archived"
TEMPLATE_CREATED = "template.created"
TEMPLATE_UPDATED = "template.updated"
TEMPLATE_ARCHIVED = "template.archived"
FORM_EVENTS = (FORM_VIEWED, FORM_STARTED, FORM_COMPLETED, FORM_DECLINED)
SUBMISSION_EVENTS = (
    SUBMISSION_CREATED,
    SUBMISSION_COMPLETED,
    SUBMISSION_EXPIRED,
    SUBMISSION_ARCHIVED,
)
TEMPLATE_EVENTS = (TEMPLATE_CREATED, TEMPLATE_UPDATED, TEMPLATE_ARCHIVED)
EVENTS = (*FORM_EVENTS, *SUBMISSION_EVENTS, *TEMPLATE_EVENTS)
# What to tick in DocuSeal's "Settings → Webhooks" for the connector.
CONNECTOR_EVENTS = (*FORM_EVENTS, SUBMISSION_COMPLETED, SUBMISSION_EXPIRED, SUBMISSION_ARCHIVED)
EVENT_STATUS = {
    FORM_VIEWED: STATUS_OPENED,
    FORM_STARTED: STATUS_STARTED,
    FORM_COMPLETED: STATUS_COMPLETED,
    FORM_DECLINED: STATUS_DECLINED,
    SUBMISSION_CREATED: STATUS_CREATED,
    SUBMISSION_COMPLETED: STATUS_COMPLETED,
    SUBMISSION_EXPIRED: STATUS_EXPIRED,
    SUBMISSION_ARCHIVED: STATUS_ARCHIVED,
}
# The record's own time of the transition: the same in a webhook, its retries, and the
# polling endpoints, so the inbox sees one event (None: the delivery's timestamp).
_EVENT_TIME_KEY = {
    FORM_COMPLETED: "completed_at",
    FORM_DECLINED: "declined_at",
    SUBMISSION_CREATED: "created_at",
    SUBMISSION_COMPLETED: "completed_at",
    SUBMISSION_EXPIRED: "expire_at",
    SUBMISSION_ARCHIVED: "archived_at",
}

# -- signature levels (§5) ----------------------------------------------------------------------
LEVEL_SIMPLE = "simple"
LEVEL_ADVANCED = "advanced"
LEVEL_QUALIFIED = "qualified"

# -- editions (§2 "Availability") ---------------------------------------------------------------
EDITION_CLOUD = "cloud"  # api.docuseal.com / .eu: every route
EDITION_PRO = "pro"  # self-hosted with the paid routes (create from PDF answers)
EDITION_COMMUNITY = "community"  # self-hosted open-source build: no /submissions/pdf

# -- error codes --------------------------------------------------------------------------------
NO_KEY = "no_key"
AUTH = "auth"
WRONG_KEY_MODE = "wrong_key_mode"  # a testing key on production data or the reverse (§1, M)
NOT_FOUND = "not_found"
INVALID = "invalid"  # 422: validation ("Template not found", unknown role...)
REJECTED = "rejected"  # another 4xx
RATE_LIMITED = "rate_limited"
SERVER = "server"
TRANSPORT = "transport"
BAD_RESPONSE = "bad_response"
EDITION_LACKS_PDF = "edition_lacks_pdf"
FILE_LINK_EXPIRED = "file_link_expired"  # fetch the submission again for fresh links
FILE_TOO_LARGE = "file_too_large"
FOREIGN_FILE_HOST = "foreign_file_host"
BAD_URL = "bad_url"
# Codes of DocusealBadResponse (its ``detail``).
NOT_AN_OBJECT = "not_an_object"
NOT_A_LIST = "not_a_list"
MISSING_KEY = "missing_key"
PAGING_STALLED = "paging_stalled"
TOO_MANY_PAGES = "too_many_pages"
# Codes of DocusealEventError.
NO_EVENT_TYPE = "no_event_type"
NO_DATA = "no_data"
NO_ID = "no_id"
BAD_TIME = "bad_time"


# -- errors -------------------------------------------------------------------------------------


class DocusealError(CodedError):
    """Base of the client's errors: ``code`` (one of the codes above) and ``kind`` (the family:
    auth, not_found, rate_limited, server, bad_response, edition_lacks_feature, invalid,
    transport, file).  Each class is also the matching ``fincycle.http`` error."""


class DocusealAuthError(DocusealError, AuthError):
    kind = AUTH


class DocusealNotFound(DocusealError, ProviderError):
    kind = NOT_FOUND


class DocusealInvalid(DocusealError, ProviderError):
    kind = INVALID


class DocusealRateLimited(DocusealError, RateLimitedError):
    kind = RATE_LIMITED


class DocusealServerError(DocusealError, ProviderError):
    kind = SERVER


class DocusealTransportError(DocusealError, TransportError):
    kind = TRANSPORT


class DocusealBadResponse(DocusealError, BadResponseError):
    kind = BAD_RESPONSE


class DocusealEditionError(DocusealError, ProviderError):
    """The DocuSeal edition has no such route (community self-hosted: 404)."""

    kind = "edition_lacks_feature"

    @property
    def retriable(self) -> bool:  # type: ignore[override]
        return False


class DocusealFileError(DocusealError, ProviderError):
    """A signed-file download refused: link expired, too large, or not on a DocuSeal host."""

    kind = "file"

    @property
    def retriable(self) -> bool:  # type: ignore[override]
        return self.code == FILE_LINK_EXPIRED  # after fetching the submission again


class DocusealEventError(ValueError):
    """A webhook or polled event that cannot be read; ``code`` says what is missing."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code


def _translate(exc: FincycleHttpError) -> FincycleHttpError:
    """The DocuSeal error of a ``fincycle.http`` error (others pass through: circuit open,
    host not allowed)."""
    if isinstance(exc, DocusealError):
        return exc
    kwargs = {"status": exc.status, "provider_code": exc.provider_code}
    if isinstance(exc, AuthError):
        text = exc.message.lower()
        code = (
            WRONG_KEY_MODE if ("testing api key" in text or "production api key" in text) else AUTH
        )
        new: FincycleHttpError = DocusealAuthError(code, exc.message, **kwargs)
    elif isinstance(exc, RateLimitedError):
        new = DocusealRateLimited(RATE_LIMITED, exc.message, retry_after=exc.retry_after, **kwargs)
    elif isinstance(exc, TransportError):
        new = DocusealTransportError(TRANSPORT, exc.message, **kwargs)
    elif isinstance(exc, BadResponseError):
        new = DocusealBadResponse(BAD_RESPONSE, exc.message, **kwargs)
    elif isinstance(exc, ProviderError):
        status = exc.status or 0
        if status == 404:
            new = DocusealNotFound(NOT_FOUND, exc.message, **kwargs)
        elif status == 422:
            new = DocusealInvalid(INVALID, exc.message, **kwargs)
        elif status >= 500:
            new = DocusealServerError(SERVER, exc.message, **kwargs)
        else:
            new = DocusealInvalid(REJECTED, exc.message, **kwargs)
    else:
        return exc
    new.response = getattr(exc, "response", None)  # type: ignore[attr-defined]
    return new


def _bad(detail: str, message: str) -> DocusealBadResponse:
    return DocusealBadResponse(BAD_RESPONSE, f"DocuSeal: {message}", detail=detail)


# -- hosts --------------------------------------------------------------------------------------


def _is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def api_base(deployment: str = CLOUD, url: str | None = None) -> str:
    """The API base of a deployment: the global or EU cloud, or a self-hosted installation
    (``https://sign.example.ch`` or ``https://sign.example.ch/api``: routes live under
    ``/api``).  A self-hosted address must be https (plain http only on the loopback: tests)."""
    if deployment == CLOUD:
        return CLOUD_API
    if deployment == CLOUD_EU:
        return CLOUD_EU_API
    if deployment != SELF_HOSTED:
        raise ValueError(f"{BAD_URL}: unknown deployment {deployment!r}")
    parts = urlsplit((url or "").strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{BAD_URL}: a self-hosted DocuSeal needs its https address")
    if parts.scheme != "https" and not _is_loopback(parts.hostname):
        raise ValueError(f"{BAD_URL}: a self-hosted DocuSeal address must be https")
    if parts.query or parts.fragment or parts.username or parts.password:
        raise ValueError(f"{BAD_URL}: no query, fragment or credentials in the address")
    path = parts.path.rstrip("/")
    if not path.endswith("/api"):
        path += "/api"
    return f"{origin(url)}{path}"


def deployment_of(base_url: str) -> str:
    base = base_url.rstrip("/")
    if base == CLOUD_API:
        return CLOUD
    if base == CLOUD_EU_API:
        return CLOUD_EU
    return SELF_HOSTED


def file_origins(base_url: str, extra: Iterable[str] = ()) -> tuple[str, ...]:
    """Origins a signed-file link may point to: the API's own origin, the cloud's app host,
    and ``extra`` (a self-hosted installation's storage host, when an administrator set one)."""
    base = base_url.rstrip("/")
    found = [origin(base), *CLOUD_FILE_ORIGINS.get(base, ())]
    found += [origin(e) for e in extra if origin(e)]
    return tuple(dict.fromkeys(o for o in found if o))


def session_origins(base_url: str, extra_file_origins: Iterable[str] = ()) -> tuple[str, ...]:
    """What ``make_session(allowed_origins=...)`` needs for this client.  The API key is only
    ever sent to the API base; file links are fetched without it."""
    return file_origins(base_url, extra_file_origins)


# -- times --------------------------------------------------------------------------------------


parse_time = time_parser(DocusealEventError)


def _time(raw: dict, key: str) -> datetime | None:
    try:
        return parse_time(raw.get(key))
    except DocusealEventError:
        return None


def _int(value) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None


def _str(value) -> str | None:
    return None if value is None or value == "" else str(value)


# -- documents sent for signature ---------------------------------------------------------------
# A document Odoo sends itself (document mode): a PDF, told by its content (the file starts with
# the "%PDF-" header, as the fake's ``/submissions/pdf`` requires; readers that tolerate bytes
# before it are not counted on), never by its name or declared type.  DocuSeal's own limit
# is not published (L); 20 MB keeps the base64 body of one call reasonable.
PDF_MAX_BYTES = 20 * 1024 * 1024
PDF_EMPTY = "pdf_empty"
PDF_TOO_LARGE = "pdf_too_large"
PDF_NOT_PDF = "pdf_not_pdf"


def pdf_problem(data: bytes | None, size: int | None = None, max_bytes: int = PDF_MAX_BYTES):
    """None when ``data`` is a PDF of at most ``max_bytes``; else PDF_EMPTY, PDF_TOO_LARGE or
    PDF_NOT_PDF.  ``size`` (the stored size) lets a huge file be refused before it is read:
    pass ``data=None`` with it."""
    if size is not None and size > max_bytes:
        return PDF_TOO_LARGE
    if data is None:
        return PDF_EMPTY if not size else None
    if not data:
        return PDF_EMPTY
    if len(data) > max_bytes:
        return PDF_TOO_LARGE
    if not bytes(data[:5]) == b"%PDF-":
        return PDF_NOT_PDF
    return None


# -- records ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Document:
    name: str
    url: str


@dataclass(frozen=True)
class TemplateField:
    name: str
    type: str
    role: str | None
    required: bool = False
    method: str | None = None  # verification fields: "qes" or "aes"


@dataclass(frozen=True)
class Template:
    id: int
    name: str
    slug: str | None = None
    external_id: str | None = None
    folder_name: str | None = None
    roles: tuple[str, ...] = ()
    fields: tuple[TemplateField, ...] = ()
    archived_at: datetime | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def signature_level(self) -> str:
        """LEVEL_* the template asks for: an identity ``verification`` field with method
        ``qes`` (the default) is qualified, ``aes`` advanced; none: simple (§5, M)."""
        methods = {f.method or "qes" for f in self.fields if f.type == "verification"}
        if "qes" in methods:
            return LEVEL_QUALIFIED
        if "aes" in methods:
            return LEVEL_ADVANCED
        return LEVEL_SIMPLE


@dataclass(frozen=True)
class Submitter:
    """One signatory of a submission (API object, or the ``data`` of a ``form.*`` event)."""

    id: int
    submission_id: int | None = None
    uuid: str | None = None
    slug: str | None = None
    email: str | None = None
    name: str | None = None
    phone: str | None = None
    role: str | None = None
    status: str | None = None
    external_id: str | None = None
    metadata: Mapping = field(default_factory=dict)
    values: tuple[tuple[str, object], ...] = ()
    documents: tuple[Document, ...] = ()
    embed_src: str | None = None
    ip: str | None = None
    ua: str | None = None
    decline_reason: str | None = None
    sent_at: datetime | None = None
    opened_at: datetime | None = None
    completed_at: datetime | None = None
    declined_at: datetime | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class SubmissionEvent:
    """One line of a submission's own event log (``submission_events``)."""

    id: int | None
    submitter_id: int | None
    event_type: str
    at: datetime | None
    data: Mapping = field(default_factory=dict)


@dataclass(frozen=True)
class Submission:
    id: int
    status: str | None = None
    name: str | None = None
    slug: str | None = None
    source: str | None = None
    submitters_order: str | None = None
    submitters: tuple[Submitter, ...] = ()
    documents: tuple[Document, ...] = ()
    audit_log_url: str | None = None
    combined_document_url: str | None = None
    template_id: int | None = None
    template_name: str | None = None
    events: tuple[SubmissionEvent, ...] = ()
    metadata: Mapping = field(default_factory=dict)
    expire_at: datetime | None = None
    archived_at: datetime | None = None
    completed_at: datetime | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class Created:
    """What creating a submission returned: its id and its submitters (with ``embed_src``)."""

    submission_id: int
    submitters: tuple[Submitter, ...]
    expire_at: datetime | None = None


@dataclass(frozen=True)
class Page:
    items: tuple
    next: int | None
    prev: int | None
    count: int


@dataclass(frozen=True)
class Downloaded:
    content: bytes
    sha256: str
    content_type: str | None
    size: int


@dataclass(frozen=True)
class Edition:
    edition: str  # EDITION_*
    pdf_submissions: bool  # POST /submissions/pdf (document mode)


@dataclass(frozen=True)
class SubmitterSpec:
    """One submitter of a new submission (§3).  ``role`` must be one of the template's roles
    (document mode: the role named in the PDF's text tags)."""

    role: str
    email: str
    name: str | None = None
    phone: str | None = None
    external_id: str | None = None
    metadata: Mapping | None = None
    values: Mapping | None = None
    send_email: bool | None = None
    order: int | None = None
    completed_redirect_url: str | None = None

    def payload(self) -> dict:
        body: dict = {"role": self.role, "email": self.email}
        for key in (
            "name",
            "phone",
            "external_id",
            "send_email",
            "order",
            "completed_redirect_url",
        ):
            value = getattr(self, key)
            if value is not None:
                body[key] = value
        if self.metadata:
            body["metadata"] = dict(self.metadata)
        if self.values:
            body["values"] = dict(self.values)
        return body


# -- reading API objects ------------------------------------------------------------------------


def _object(raw, what: str) -> dict:
    if not isinstance(raw, dict):
        raise _bad(NOT_AN_OBJECT, f"{what} is not an object")
    if _int(raw.get("id")) is None:
        raise _bad(MISSING_KEY, f"{what} has no id")
    return raw


def _documents(raw) -> tuple[Document, ...]:
    found = []
    for item in raw or ():
        if isinstance(item, dict) and item.get("url"):
            found.append(Document(str(item.get("name") or item.get("filename") or ""), item["url"]))
    return tuple(found)


def _values(raw) -> tuple[tuple[str, object], ...]:
    if isinstance(raw, dict):
        return tuple((str(k), v) for k, v in raw.items())
    return tuple(
        (str(item.get("field") or item.get("name") or ""), item.get("value"))
        for item in raw or ()
        if isinstance(item, dict)
    )


def read_template(raw) -> Template:
    raw = _object(raw, "template")
    roles = tuple(
        str(s["name"]) for s in raw.get("submitters") or () if isinstance(s, dict) and s.get("name")
    )
    uuid_role = {
        s.get("uuid"): str(s.get("name"))
        for s in raw.get("submitters") or ()
        if isinstance(s, dict)
    }
    fields = []
    for item in raw.get("fields") or ():
        if not isinstance(item, dict):
            continue
        prefs = item.get("preferences") if isinstance(item.get("preferences"), dict) else {}
        fields.append(
            TemplateField(
                name=str(item.get("name") or ""),
                type=str(item.get("type") or ""),
                role=uuid_role.get(item.get("submitter_uuid")) or _str(item.get("role")),
                required=bool(item.get("required")),
                method=_str(prefs.get("method")),
            )
        )
    return Template(
        id=int(raw["id"]),
        name=str(raw.get("name") or ""),
        slug=_str(raw.get("slug")),
        external_id=_str(raw.get("external_id")),
        folder_name=_str(raw.get("folder_name")),
        roles=roles,
        fields=tuple(fields),
        archived_at=_time(raw, "archived_at"),
        created_at=_time(raw, "created_at"),
        updated_at=_time(raw, "updated_at"),
    )


def read_submitter(raw) -> Submitter:
    raw = _object(raw, "submitter")
    metadata = raw.get("metadata") if isinstance(raw.get("metadata"), dict) else {}
    submission = raw.get("submission") if isinstance(raw.get("submission"), dict) else {}
    return Submitter(
        id=int(raw["id"]),
        submission_id=_int(raw.get("submission_id")) or _int(submission.get("id")),
        uuid=_str(raw.get("uuid")),
        slug=_str(raw.get("slug")),
        email=_str(raw.get("email")),
        name=_str(raw.get("name")),
        phone=_str(raw.get("phone")),
        role=_str(raw.get("role")),
        status=_str(raw.get("status")),
        external_id=_str(raw.get("external_id")),
        metadata=metadata,
        values=_values(raw.get("values")),
        documents=_documents(raw.get("documents")),
        embed_src=_str(raw.get("embed_src")),
        ip=_str(raw.get("ip")),
        ua=_str(raw.get("ua")),
        decline_reason=_str(raw.get("decline_reason")),
        sent_at=_time(raw, "sent_at"),
        opened_at=_time(raw, "opened_at"),
        completed_at=_time(raw, "completed_at"),
        declined_at=_time(raw, "declined_at"),
        created_at=_time(raw, "created_at"),
        updated_at=_time(raw, "updated_at"),
    )


def read_submission(raw) -> Submission:
    raw = _object(raw, "submission")
    template = raw.get("template") if isinstance(raw.get("template"), dict) else {}
    submitters = tuple(
        read_submitter({"submission_id": raw["id"], **s})
        for s in raw.get("submitters") or ()
        if isinstance(s, dict) and _int(s.get("id")) is not None
    )
    events = tuple(
        SubmissionEvent(
            id=_int(e.get("id")),
            submitter_id=_int(e.get("submitter_id")),
            event_type=str(e.get("event_type") or ""),
            at=_time(e, "event_timestamp"),
            data=e.get("data") if isinstance(e.get("data"), dict) else {},
        )
        for e in raw.get("submission_events") or ()
        if isinstance(e, dict)
    )
    return Submission(
        id=int(raw["id"]),
        status=_str(raw.get("status")),
        name=_str(raw.get("name")),
        slug=_str(raw.get("slug")),
        source=_str(raw.get("source")),
        submitters_order=_str(raw.get("submitters_order")),
        submitters=submitters,
        documents=_documents(raw.get("documents")),
        audit_log_url=_str(raw.get("audit_log_url")),
        combined_document_url=_str(raw.get("combined_document_url")),
        template_id=_int(template.get("id")) or _int(raw.get("template_id")),
        template_name=_str(template.get("name")),
        events=events,
        metadata=raw.get("metadata") if isinstance(raw.get("metadata"), dict) else {},
        expire_at=_time(raw, "expire_at"),
        archived_at=_time(raw, "archived_at"),
        completed_at=_time(raw, "completed_at"),
        created_at=_time(raw, "created_at"),
        updated_at=_time(raw, "updated_at"),
    )


def _page(body, reader, what: str) -> Page:
    if not isinstance(body, dict) or not isinstance(body.get("data"), list):
        raise _bad(MISSING_KEY, f"{what}: no 'data' list")
    pagination = body.get("pagination") if isinstance(body.get("pagination"), dict) else {}
    items = tuple(reader(item) for item in body["data"])
    return Page(
        items=items,
        next=_int(pagination.get("next")),
        prev=_int(pagination.get("prev")),
        count=_int(pagination.get("count")) or len(items),
    )


# -- webhook events -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Signatory:
    """Who signed (or declined) and the audit data DocuSeal gives about it."""

    submitter_id: int
    email: str | None
    name: str | None
    role: str | None
    status: str | None
    external_id: str | None = None
    phone: str | None = None
    ip: str | None = None
    user_agent: str | None = None
    decline_reason: str | None = None
    opened_at: datetime | None = None
    completed_at: datetime | None = None
    declined_at: datetime | None = None
    metadata: Mapping = field(default_factory=dict)
    documents: tuple[Document, ...] = ()


@dataclass(frozen=True)
class Event:
    """A webhook delivery or a polled event, normalized.

    ``key`` is stable across DocuSeal's retries of one delivery and equal for the webhook and
    the polling endpoint's item of the same completion: the inbox's idempotence key.
    ``status`` is STATUS_* (None for events the connector ignores: ``relevant`` False)."""

    key: str
    event_type: str
    status: str | None
    timestamp: datetime | None
    submission_id: int | None
    submitter_id: int | None = None
    submission_status: str | None = None
    template_id: int | None = None
    signatories: tuple[Signatory, ...] = ()
    documents: tuple[Document, ...] = ()
    audit_log_url: str | None = None
    combined_document_url: str | None = None
    expire_at: datetime | None = None
    archived_at: datetime | None = None
    completed_at: datetime | None = None

    @property
    def relevant(self) -> bool:
        return self.status is not None

    @property
    def signatory(self) -> Signatory | None:
        """The submitter a ``form.*`` event is about (the first one otherwise)."""
        return self.signatories[0] if self.signatories else None


def _signatory(sub: Submitter) -> Signatory:
    return Signatory(
        submitter_id=sub.id,
        email=sub.email,
        name=sub.name,
        role=sub.role,
        status=sub.status,
        external_id=sub.external_id,
        phone=sub.phone,
        ip=sub.ip,
        user_agent=sub.ua,
        decline_reason=sub.decline_reason,
        opened_at=sub.opened_at,
        completed_at=sub.completed_at,
        declined_at=sub.declined_at,
        metadata=sub.metadata,
        documents=sub.documents,
    )


def _key_time(value) -> str:
    try:
        parsed = parse_time(value)
    except DocusealEventError:
        return str(value)[:40]
    return parsed.isoformat(timespec="milliseconds") if parsed else ""


def parse_event(payload) -> Event:
    """The normalized event of a webhook body or of one item of the events endpoints
    (``{"event_type", "timestamp", "data"}``); DocusealEventError when it cannot be read.
    Unknown event types come back with ``status`` None (not ``relevant``)."""
    if not isinstance(payload, dict):
        raise DocusealEventError(NOT_AN_OBJECT, type(payload).__name__)
    event_type = payload.get("event_type")
    if not isinstance(event_type, str) or not event_type.strip():
        raise DocusealEventError(NO_EVENT_TYPE)
    event_type = event_type.strip()
    data = payload.get("data")
    if not isinstance(data, dict):
        raise DocusealEventError(NO_DATA, event_type)
    record_id = _int(data.get("id"))
    if record_id is None:
        raise DocusealEventError(NO_ID, event_type)
    timestamp = parse_time(payload.get("timestamp"))
    time_key = _EVENT_TIME_KEY.get(event_type)
    when = _key_time(data.get(time_key)) if time_key else ""
    key = f"{event_type}:{record_id}:{when or _key_time(payload.get('timestamp'))}"[:255]
    status = EVENT_STATUS.get(event_type)
    if event_type.startswith("form.") and status:
        try:
            sub = read_submitter(data)
        except DocusealBadResponse as exc:
            raise DocusealEventError(exc.detail or NO_DATA, event_type) from None
        submission = data.get("submission") if isinstance(data.get("submission"), dict) else {}
        template = data.get("template") if isinstance(data.get("template"), dict) else {}
        return Event(
            key=key,
            event_type=event_type,
            status=status,
            timestamp=timestamp,
            submission_id=sub.submission_id,
            submitter_id=sub.id,
            submission_status=_str(submission.get("status")),
            template_id=_int(template.get("id")),
            signatories=(_signatory(sub),),
            documents=sub.documents,
            audit_log_url=_str(data.get("audit_log_url")) or _str(submission.get("audit_log_url")),
            combined_document_url=_str(submission.get("combined_document_url")),
            completed_at=sub.completed_at,
        )
    if event_type.startswith("submission.") and status:
        try:
            sub_rec = read_submission(data)
        except DocusealBadResponse as exc:
            raise DocusealEventError(exc.detail or NO_DATA, event_type) from None
        return Event(
            key=key,
            event_type=event_type,
            status=status,
            timestamp=timestamp,
            submission_id=sub_rec.id,
            submission_status=sub_rec.status,
            template_id=sub_rec.template_id,
            signatories=tuple(_signatory(s) for s in sub_rec.submitters),
            documents=sub_rec.documents,
            audit_log_url=sub_rec.audit_log_url,
            combined_document_url=sub_rec.combined_document_url,
            expire_at=sub_rec.expire_at,
            archived_at=sub_rec.archived_at,
            completed_at=sub_rec.completed_at,
        )
    return Event(
        key=key, event_type=event_type, status=None, timestamp=timestamp, submission_id=None
    )


def event_info(payload, body: bytes) -> tuple[str, str | None]:
    """(inbox key, event type) of a delivery; never raises (a body it cannot read gets the
    body's digest as key)."""
    try:
        event = parse_event(payload)
    except DocusealEventError:
        event_type = payload.get("event_type") if isinstance(payload, dict) else None
        digest = hashlib.sha256(body).hexdigest()
        return f"sha256:{digest}", (str(event_type)[:128] if event_type else None)
    return event.key, event.event_type


# -- webhook verification -----------------------------------------------------------------------


@dataclass(frozen=True)
class WebhookSecrets:
    """The secrets of the connection's DocuSeal webhook(s): the HMAC signing secrets
    (``whsec_...``, used as shown) and the values of the custom secret header."""

    hmac: tuple[str, ...] = ()
    header: tuple[str, ...] = ()


class DocusealWebhookScheme(SignatureScheme):
    """Both of DocuSeal's webhook authentications (§4).

    * ``X-Docuseal-Signature: <unix s>.<hex HMAC-SHA256("<unix s>.<raw body>")>`` with the
      webhook's signing secret, within ``tolerance`` (5 min) of now;
    * the custom secret header (``header_name``, chosen in DocuSeal's "Webhook security"
      dialog), its value compared in constant time; no timestamp (duplicates: the inbox key).

    An HMAC signature, when a signing secret is configured and the header carries one, decides
    alone (a stale or wrong one is refused even if the custom header matches: a replay).
    Otherwise the custom header decides, unless ``require_hmac``.  ``secret`` is a
    ``WebhookSecrets``, or a string / list of strings each tried in both roles."""

    name = "docuseal"
    signature_header = SIGNATURE_HEADER

    def __init__(
        self,
        header_name: str | None = None,
        *,
        require_hmac: bool = False,
        tolerance: float | None = None,
    ):
        super().__init__(tolerance)
        self.header_name = (header_name or "").strip() or None
        self.require_hmac = require_hmac
        self._hmac = DocusealHmacScheme(tolerance=self.tolerance)
        self._header = DocusealSharedSecretScheme(self.header_name or "X-Unset", self.tolerance)

    @staticmethod
    def _split(secret) -> WebhookSecrets:
        if isinstance(secret, WebhookSecrets):
            return secret
        both = tuple(_secrets(secret))
        return WebhookSecrets(hmac=both, header=both)

    @staticmethod
    def _is_hmac(value: str) -> bool:
        return re.fullmatch(r"\d{1,16}\.[0-9a-fA-F]{64}", value.strip()) is not None

    def verify(self, headers, body, secret, now=None) -> Verdict:
        secrets = self._split(secret)
        hmac_secrets = [s for s in secrets.hmac if s]
        header_secrets = [s for s in secrets.header if s]
        if not hmac_secrets and not (header_secrets and self.header_name):
            return Verdict(False, "no signing secret configured")
        signature = _header(headers, SIGNATURE_HEADER) or ""
        if hmac_secrets and signature and self._is_hmac(signature):
            return self._hmac.verify(headers, body, hmac_secrets, now)
        if self.require_hmac:
            if not signature:
                return Verdict(False, f"missing {SIGNATURE_HEADER} header")
            return Verdict(False, f"malformed {SIGNATURE_HEADER} header")
        if header_secrets and self.header_name:
            verdict = self._header.verify(headers, body, header_secrets, now)
            if verdict.ok:
                return Verdict(True, "valid secret header (no timestamp: duplicates by event key)")
            return verdict
        if not signature:
            return Verdict(False, f"missing {SIGNATURE_HEADER} header")
        return Verdict(False, f"malformed {SIGNATURE_HEADER} header")

    def sign(self, body, secret, timestamp=None) -> dict[str, str]:
        """The HMAC header (the fake's and the tests' sender side)."""
        return self._hmac.sign(body, secret, timestamp)

    @property
    def headers_to_keep(self):
        if self.header_name and self.header_name.lower() == SIGNATURE_HEADER.lower():
            return ()  # the custom header *is* the secret under that name
        return (SIGNATURE_HEADER,)


# -- API client ---------------------------------------------------------------------------------


def _segment(value) -> str:
    """An id from outside as one path segment, never a path ("../templates" would walk)."""
    if value is None or value == "" or isinstance(value, bool):
        raise ValueError("an id is required")
    return quote(str(value), safe="")


def _limit(limit: int) -> int:
    if not 1 <= int(limit) <= MAX_LIMIT:
        raise ValueError(f"limit must be between 1 and {MAX_LIMIT}")
    return int(limit)


def _message(subject: str | None, body: str | None) -> dict | None:
    if not subject and not body:
        return None
    message = {}
    if subject:
        message["subject"] = subject
    if body:
        message["body"] = body
    return message


class DocusealClient:
    """DocuSeal API with one key (``X-Auth-Token``) on one session that may only reach the
    installation's hosts (``session_origins(base_url)``)."""

    def __init__(
        self,
        session,
        api_key: str,
        base_url: str = CLOUD_API,
        *,
        extra_file_origins: Iterable[str] = (),
        max_download_bytes: int = MAX_DOWNLOAD_BYTES,
    ):
        if not api_key or not str(api_key).strip():
            raise DocusealAuthError(NO_KEY, "DocuSeal: an API key is needed (Settings → API)")
        self.session = session
        self.api_key = str(api_key).strip()
        if hasattr(session, "add_secret"):
            session.add_secret(self.api_key)
        self.base_url = base_url.rstrip("/")
        self.deployment = deployment_of(self.base_url)
        self.file_origins = file_origins(self.base_url, extra_file_origins)
        self.max_download_bytes = max_download_bytes

    # -- plumbing ---------------------------------------------------------------------------
    def _call(self, method: str, path: str, **kwargs):
        headers = {AUTH_HEADER: self.api_key, "Accept": "application/json"}
        try:
            return self.session.json(method, self.base_url + path, headers=headers, **kwargs)
        except FincycleHttpError as exc:
            raise _translate(exc) from None

    def _get(self, path: str, params=None):
        return self._call("GET", path, params=_params(params))

    def _pages(self, fetch, limit: int) -> Iterator:
        """Every item of a list ordered by id descending: call again with ``after = next``
        (the server applies it as "id < after") until a page is empty or short (§2)."""
        after = None
        for _ in range(MAX_PAGES):
            page = fetch(after)
            yield from page.items
            if not page.items or page.next is None or len(page.items) < limit:
                return
            if after is not None and page.next >= after:
                raise _bad(PAGING_STALLED, f"paging went back from {after} to {page.next}")
            after = page.next
        raise _bad(TOO_MANY_PAGES, f"more than {MAX_PAGES} pages")

    # -- templates --------------------------------------------------------------------------
    def list_templates(
        self,
        *,
        limit: int = DEFAULT_LIMIT,
        after: int | None = None,
        before: int | None = None,
        q: str | None = None,
        external_id: str | None = None,
        folder: str | None = None,
        archived: bool | None = None,
    ) -> Page:
        body = self._get(
            "/templates",
            {
                "limit": _limit(limit),
                "after": after,
                "before": before,
                "q": q,
                "external_id": external_id,
                "folder": folder,
                "archived": archived,
            },
        )
        return _page(body, read_template, "GET /templates")

    def templates(self, *, page_size: int = MAX_LIMIT, **filters) -> Iterator[Template]:
        """Every template (newest first), page after page."""
        return self._pages(
            lambda after: self.list_templates(limit=page_size, after=after, **filters), page_size
        )

    def get_template(self, template_id: int) -> Template:
        return read_template(self._get(f"/templates/{_segment(template_id)}"))

    # -- submissions ------------------------------------------------------------------------
    def _submission_body(
        self,
        submitters: Iterable[SubmitterSpec],
        *,
        order: str,
        send_email: bool,
        subject: str | None,
        message: str | None,
        expire_at: datetime | None,
        name: str | None,
        completed_redirect_url: str | None,
    ) -> dict:
        specs = list(submitters)
        if not specs:
            raise ValueError("at least one submitter is required")
        if order not in (ORDER_PRESERVED, ORDER_RANDOM):
            raise ValueError(f"order must be {ORDER_PRESERVED!r} or {ORDER_RANDOM!r}")
        body: dict = {
            "send_email": bool(send_email),
            "order": order,
            "submitters": [s.payload() for s in specs],
        }
        if expire_at is not None:
            body["expire_at"] = format_time(expire_at)
        if name:
            body["name"] = name
        if completed_redirect_url:
            body["completed_redirect_url"] = completed_redirect_url
        msg = _message(subject, message)
        if msg:
            body["message"] = msg
        return body

    def create_submission(
        self,
        template_id: int,
        submitters: Iterable[SubmitterSpec],
        *,
        order: str = ORDER_PRESERVED,
        send_email: bool = True,
        subject: str | None = None,
        message: str | None = None,
        expire_at: datetime | None = None,
        name: str | None = None,
        completed_redirect_url: str | None = None,
    ) -> Created:
        """A submission from a template (``POST /submissions``, answered with the array of
        its submitters).  Not retried after a 5xx or a timeout (it may have been created):
        look it up by the submitters' ``external_id`` (``list_submitters``) before sending
        again."""
        body = self._submission_body(
            submitters,
            order=order,
            send_email=send_email,
            subject=subject,
            message=message,
            expire_at=expire_at,
            name=name,
            completed_redirect_url=completed_redirect_url,
        )
        body["template_id"] = int(template_id)
        answer = self._call("POST", "/submissions", json=body)
        if isinstance(answer, dict) and isinstance(answer.get("submitters"), list):
            answer = answer["submitters"]  # the /submissions/init shape
        if not isinstance(answer, list) or not answer:
            raise _bad(NOT_A_LIST, "POST /submissions: not a list of submitters")
        subs = tuple(read_submitter(s) for s in answer)
        ids = {s.submission_id for s in subs}
        if len(ids) != 1 or None in ids:
            raise _bad(MISSING_KEY, "POST /submissions: submitters of no or several submissions")
        return Created(submission_id=ids.pop(), submitters=subs)

    def create_submission_from_pdf(
        self,
        documents: Iterable[tuple[str, bytes]],
        submitters: Iterable[SubmitterSpec],
        *,
        name: str | None = None,
        order: str = ORDER_PRESERVED,
        send_email: bool = True,
        subject: str | None = None,
        message: str | None = None,
        expire_at: datetime | None = None,
        completed_redirect_url: str | None = None,
    ) -> Created:
        """A one-off submission from PDF documents (``POST /submissions/pdf``; the fields come
        from the PDFs' ``{{Field;role=...;type=signature}}`` text tags).  The community edition
        has no such route: DocusealEditionError ``edition_lacks_pdf``."""
        body = self._submission_body(
            submitters,
            order=order,
            send_email=send_email,
            subject=subject,
            message=message,
            expire_at=expire_at,
            name=name,
            completed_redirect_url=completed_redirect_url,
        )
        docs = [
            {"name": doc_name, "file": base64.b64encode(content).decode()}
            for doc_name, content in documents
        ]
        if not docs:
            raise ValueError("at least one document is required")
        body["documents"] = docs
        answer = self._pdf_call(body)
        sub = read_submission(answer)
        return Created(submission_id=sub.id, submitters=sub.submitters, expire_at=sub.expire_at)

    def _pdf_call(self, body):
        try:
            return self._call("POST", "/submissions/pdf", json=body)
        except DocusealNotFound as exc:
            raise DocusealEditionError(
                EDITION_LACKS_PDF,
                "DocuSeal: this edition cannot create a submission from a PDF "
                "(POST /submissions/pdf → 404)",
                status=404,
            ) from exc

    def get_submission(self, submission_id: int) -> Submission:
        return read_submission(self._get(f"/submissions/{_segment(submission_id)}"))

    def list_submissions(
        self,
        *,
        limit: int = DEFAULT_LIMIT,
        after: int | None = None,
        before: int | None = None,
        status: str | None = None,
        template_id: int | None = None,
        q: str | None = None,
        archived: bool | None = None,
    ) -> Page:
        if status is not None and status not in SUBMISSION_STATUSES:
            raise ValueError(f"status must be one of {', '.join(SUBMISSION_STATUSES)}")
        body = self._get(
            "/submissions",
            {
                "limit": _limit(limit),
                "after": after,
                "before": before,
                "status": status,
                "template_id": template_id,
                "q": q,
                "archived": archived,
            },
        )
        return _page(body, read_submission, "GET /submissions")

    def submissions(self, *, page_size: int = MAX_LIMIT, **filters) -> Iterator[Submission]:
        """Every submission matching ``filters`` (newest first), page after page."""
        return self._pages(
            lambda after: self.list_submissions(limit=page_size, after=after, **filters), page_size
        )

    def submission_documents(self, submission_id: int) -> tuple[Document, ...]:
        body = self._get(f"/submissions/{_segment(submission_id)}/documents")
        if not isinstance(body, dict) or not isinstance(body.get("documents"), list):
            raise _bad(MISSING_KEY, "GET /submissions/{id}/documents: no 'documents' list")
        return _documents(body["documents"])

    def update_submission(
        self, submission_id: int, *, expire_at: datetime | None = None, name: str | None = None
    ) -> Submission:
        """Move the expiry date or rename (``PUT /submissions/{id}``; in the routes, not in
        openapi.json)."""
        body: dict = {}
        if expire_at is not None:
            body["expire_at"] = format_time(expire_at)
        if name is not None:
            body["name"] = name
        if not body:
            raise ValueError("nothing to update")
        return read_submission(
            self._call("PUT", f"/submissions/{_segment(submission_id)}", json=body)
        )

    def archive_submission(self, submission_id: int) -> datetime | None:
        """Cancel: archive the submission (a ``submission.archived`` webhook follows);
        the archive time."""
        body = self._call("DELETE", f"/submissions/{_segment(submission_id)}")
        if not isinstance(body, dict) or _int(body.get("id")) is None:
            raise _bad(NOT_AN_OBJECT, "DELETE /submissions/{id}: no id")
        return _time(body, "archived_at")

    # -- submitters -------------------------------------------------------------------------
    def get_submitter(self, submitter_id: int) -> Submitter:
        return read_submitter(self._get(f"/submitters/{_segment(submitter_id)}"))

    def list_submitters(
        self,
        *,
        submission_id: int | None = None,
        external_id: str | None = None,
        q: str | None = None,
        limit: int = DEFAULT_LIMIT,
        after: int | None = None,
        before: int | None = None,
    ) -> Page:
        body = self._get(
            "/submitters",
            {
                "submission_id": submission_id,
                "external_id": external_id,
                "q": q,
                "limit": _limit(limit),
                "after": after,
                "before": before,
            },
        )
        return _page(body, read_submitter, "GET /submitters")

    def update_submitter(
        self,
        submitter_id: int,
        *,
        send_email: bool | None = None,
        email: str | None = None,
        name: str | None = None,
        phone: str | None = None,
        metadata: Mapping | None = None,
        subject: str | None = None,
        message: str | None = None,
    ) -> Submitter:
        """Change a submitter; ``send_email=True`` sends the invitation again (resend)."""
        body: dict = {}
        for key, value in (("email", email), ("name", name), ("phone", phone)):
            if value is not None:
                body[key] = value
        if send_email is not None:
            body["send_email"] = bool(send_email)
        if metadata is not None:
            body["metadata"] = dict(metadata)
        msg = _message(subject, message)
        if msg:
            body["message"] = msg
        if not body:
            raise ValueError("nothing to update")
        return read_submitter(self._call("PUT", f"/submitters/{_segment(submitter_id)}", json=body))

    def resend(self, submitter_id: int, **kwargs) -> Submitter:
        return self.update_submitter(submitter_id, send_email=True, **kwargs)

    # -- completed events (polling fallback) ------------------------------------------------
    def _events(self, kind: str, after: int | None, before: int | None, limit: int) -> Page:
        body = self._get(
            f"/events/{kind}/completed",
            {"limit": _limit(limit), "after": after, "before": before},
        )
        return _page(body, parse_event_item, f"GET /events/{kind}/completed")

    def form_completed_events(
        self, *, after: int | None = None, before: int | None = None, limit: int = DEFAULT_LIMIT
    ) -> Page:
        """One page of ``form.completed`` events, newest first; ``after``/``before`` are unix
        seconds of ``completed_at`` (``after=T``: completed before T; ``before=T``: at or
        after T+1 s)."""
        return self._events("form", after, before, limit)

    def submission_completed_events(
        self, *, after: int | None = None, before: int | None = None, limit: int = DEFAULT_LIMIT
    ) -> Page:
        return self._events("submission", after, before, limit)

    def completed_since(
        self, since: datetime | int | None, *, kind: str = "submission", limit: int = MAX_LIMIT
    ) -> list[Event]:
        """Every completion at or after ``since`` (unix seconds or a datetime; None: all),
        oldest first, each once.  Asks ``before = since - 1`` (the server adds one second, and
        truncates to the second, so the last seen second is read again: duplicates are removed
        by key) and walks older pages with ``after = next + 1`` (the same second may hold more
        rows than a page: those are read again, never skipped)."""
        if kind not in ("form", "submission"):
            raise ValueError("kind is 'form' or 'submission'")
        fetch = self.form_completed_events if kind == "form" else self.submission_completed_events
        if isinstance(since, datetime):
            since = int(since.timestamp())
        before = None if since is None else max(0, int(since) - 1)
        seen: dict[str, Event] = {}
        after = None
        for _ in range(MAX_PAGES):
            page = fetch(after=after, before=before, limit=limit)
            new = [e for e in page.items if e.key not in seen]
            seen.update((e.key, e) for e in page.items)
            if len(page.items) < limit or page.next is None:
                break
            if not new:  # a whole page inside one second: step past it
                after = page.next
            else:
                after = page.next + 1
        else:
            raise _bad(TOO_MANY_PAGES, f"more than {MAX_PAGES} pages of events")
        return sorted(seen.values(), key=lambda e: (e.completed_at or e.timestamp or _EPOCH, e.key))

    # -- signed files -----------------------------------------------------------------------
    def check_file_url(self, url: str) -> str:
        """``url`` if it is a link on one of the installation's file hosts; else
        DocusealFileError ``foreign_file_host`` (the URL came in a payload: hostile input)."""
        found = origin(url or "")
        if not found or found not in self.file_origins:
            raise DocusealFileError(
                FOREIGN_FILE_HOST,
                f"DocuSeal: a file link to {found or 'an address that is not http(s)'} "
                "is not on the DocuSeal host",
            )
        parts = urlsplit(url)
        if parts.username or parts.password:
            raise DocusealFileError(FOREIGN_FILE_HOST, "DocuSeal: a file link with credentials")
        return url

    def download(self, url: str, *, max_bytes: int | None = None) -> Downloaded:
        """The bytes of a signed document or audit log from its expiring link (no API key is
        sent).  DocusealFileError: ``foreign_file_host``, ``file_link_expired`` (403/404: get
        the submission again for fresh links), ``file_too_large``."""
        url = self.check_file_url(url)
        limit = self.max_download_bytes if max_bytes is None else max_bytes
        try:
            response = self.session.request(
                "GET", url, headers={"Accept": "*/*"}, stream=True, raise_for_status=False
            )
        except FincycleHttpError as exc:
            raise _translate(exc) from None
        try:
            status = response.status_code
            if status in (401, 403, 404, 410):
                raise DocusealFileError(
                    FILE_LINK_EXPIRED,
                    f"DocuSeal: the file link answered HTTP {status} (expired or revoked)",
                    status=status,
                )
            if status == 429:
                raise DocusealRateLimited(
                    RATE_LIMITED,
                    "DocuSeal: the file link answered HTTP 429",
                    status=status,
                    retry_after=parse_retry_after(response.headers.get("Retry-After")),
                )
            if status >= 300:  # a redirect is not followed: the link must be the file itself
                error = (DocusealServerError if status >= 500 else DocusealInvalid)(
                    SERVER if status >= 500 else REJECTED,
                    f"DocuSeal: the file link answered HTTP {status}",
                    status=status,
                )
                raise error
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > limit:
                raise DocusealFileError(
                    FILE_TOO_LARGE, f"DocuSeal: the file is larger than {limit} bytes"
                )
            chunks, size = [], 0
            try:
                for chunk in response.iter_content(64 * 1024):
                    size += len(chunk)
                    if size > limit:
                        raise DocusealFileError(
                            FILE_TOO_LARGE, f"DocuSeal: the file is larger than {limit} bytes"
                        )
                    chunks.append(chunk)
            except OSError as exc:  # connection broken mid-body
                raise DocusealTransportError(
                    TRANSPORT, f"DocuSeal: file download broken ({type(exc).__name__})"
                ) from None
        finally:
            response.close()
        content = b"".join(chunks)
        return Downloaded(
            content=content,
            sha256=hashlib.sha256(content).hexdigest(),
            content_type=response.headers.get("Content-Type"),
            size=len(content),
        )

    # -- edition ----------------------------------------------------------------------------
    def detect_edition(self) -> Edition:
        """Which routes the installation has.  The cloud has all.  A self-hosted one is asked
        once for a template (the key and the address work), then sent an empty
        ``POST /submissions/pdf`` (nothing to create: no document, no submitter): 404 means
        the community edition, a validation answer (4xx) means the route exists."""
        if self.deployment in (CLOUD, CLOUD_EU):
            return Edition(EDITION_CLOUD, True)
        self.list_templates(limit=1)
        try:
            self._pdf_call({"documents": [], "submitters": []})
        except DocusealEditionError:
            return Edition(EDITION_COMMUNITY, False)
        except DocusealInvalid:
            return Edition(EDITION_PRO, True)
        # 2xx on an empty body is not what the doc says a server does.
        raise _bad(NOT_AN_OBJECT, "POST /submissions/pdf accepted an empty submission")


_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def parse_event_item(raw) -> Event:
    """An item of the events endpoints (the webhook shape); DocusealBadResponse if unreadable."""
    try:
        return parse_event(raw)
    except DocusealEventError as exc:
        raise _bad(exc.code, f"event item: {exc}") from None


def _params(params) -> list[tuple[str, str]] | None:
    """Query parameters without the unset ones; booleans lower-case, as Rails reads them."""
    if not params:
        return None
    found = []
    for key, value in params.items():
        if value is None:
            continue
        text = ("true" if value else "false") if isinstance(value, bool) else str(value)
        found.append((key, text))
    return found
