"""Mautic REST API (v5/v6 classic ``/api``): Basic or OAuth2 client-credentials auth (token cached
and asked again before it expires, or once after a 401), contacts in batches of at most 200 keyed
by the ``odoo_partner_id`` custom field (created if missing), ``where[]`` lists, companies,
segment and campaign membership, do-not-contact, segment/campaign/e-mail statistics (an e-mail's
clicks from the Stats API), and webhook verification and parsing.

Contract: shared/reference/apis/mautic.md (what the doc leaves open and what this code assumes:
``fincycle/marketing/README.md``).  Pure Python (no Odoo): the add-on stores the credentials and
calls this; HTTP behaviour (timeouts, 429/5xx retries honouring Retry-After, breaker, typed
errors, secrets masked, only the installation's host) comes from the ``fincycle.http`` session
it is given (``session_origins()`` says which origin it must allow).

What this module decides is said in codes (``MauticError.code``, ``STATUS_*``, ``EVENT_*``); the
add-on words them for the user.
"""

from __future__ import annotations

import base64
import hashlib
import ipaddress
import json
import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import quote, urlsplit

import phonenumbers

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
from fincycle.http.oauth import ClientSecret, OAuthClient, TokenSet
from fincycle.webhooks.schemes import MauticScheme, Verdict

# -- auth (mautic.md §1) ------------------------------------------------------------------------
AUTH_BASIC = "basic"
AUTH_CLIENT_CREDENTIALS = "client_credentials"
AUTH_MODES = (AUTH_CLIENT_CREDENTIALS, AUTH_BASIC)
TOKEN_PATH = "/oauth/v2/token"  # noqa: S105 (a path)
DEFAULT_TOKEN_LIFETIME = 3600  # api_oauth2_access_token_lifetime: 60 min
TOKEN_MARGIN = 60.0  # a token this close to its end is asked again before use

# -- limits (§2, §3) ----------------------------------------------------------------------------
BATCH_MAX = 200  # api_batch_max_limit
PAGE_MAX = 200  # what we ask a list page for
INT_MAX = 2**31 - 1  # Mautic's ids, points and counts are 32-bit (as Odoo's Integer columns)
MAX_PAGES = 10_000  # a runaway pagination stops here instead of looping forever
LIMITER_WINDOW = 3600.0  # the optional rate limiter counts calls per hour
WHERE_EXPRS = (
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
)

# Mautic's Stats API (developer.mautic.org, "Stats"): ``GET /stats/<table>`` answers the rows of
# a statistics table, ``{"stats": [{column: "value", ...}]}``, paged by start/limit (no total).
STATS_CLICKS_TABLE = "channel_url_trackables"  # channel, channel_id, redirect_id, hits, unique_hits
STATS_PAGE = 100  # rows asked per page (a page shorter than this is the last)

# -- fields -------------------------------------------------------------------------------------
PARTNER_FIELD = "odoo_partner_id"  # on contacts: the Odoo partner's id (the key, never the e-mail)
PARTNER_FIELD_LABEL = "Odoo partner ID"
COMPANY_FIELD = "odoo_company_id"  # on companies (Mautic field aliases are unique across objects)
COMPANY_FIELD_LABEL = "Odoo company ID"
LEAD_FIELD = "odoo_lead_id"  # on contacts made from a CRM lead without a partner (the lead's id)
LEAD_FIELD_LABEL = "Odoo lead ID"
MAUTIC_DATETIME = "%Y-%m-%d %H:%M:%S"  # how where[] compares date columns (UTC)

# -- do not contact (§4) ------------------------------------------------------------------------
CHANNEL_EMAIL = "email"
CHANNEL_SMS = "sms"
DNC_CONTACTABLE = 0  # no do-not-contact on the channel
DNC_UNSUBSCRIBED = 1
DNC_BOUNCED = 2
DNC_MANUAL = 3
# a subscription-changed event's ``new_status`` as the reason Mautic codes it
DNC_STATUSES = {
    "contactable": DNC_CONTACTABLE,
    "unsubscribed": DNC_UNSUBSCRIBED,
    "bounced": DNC_BOUNCED,
    "manual": DNC_MANUAL,
}

# -- webhooks (§7) ------------------------------------------------------------------------------
SIGNATURE_HEADER = "Webhook-Signature"
EVENT_CONTACT_NEW = "mautic.lead_post_save_new"
EVENT_CONTACT_UPDATE = "mautic.lead_post_save_update"
EVENT_POINTS = "mautic.lead_points_change"
EVENT_CONTACT_DELETE = "mautic.lead_post_delete"
EVENT_SUBSCRIPTION = "mautic.lead_channel_subscription_changed"
EVENT_COMPANY_CHANGE = "mautic.lead_company_change"
EVENT_COMPANY_SAVE = "mautic.company_post_save"
EVENT_COMPANY_DELETE = "mautic.company_post_delete"
EVENT_EMAIL_SEND = "mautic.email_on_send"
EVENT_EMAIL_OPEN = "mautic.email_on_open"
EVENT_FORM = "mautic.form_on_submit"
EVENT_PAGE_HIT = "mautic.page_on_hit"
EVENT_SMS_SEND = "mautic.sms_on_send"
EVENTS = (
    EVENT_CONTACT_NEW,
    EVENT_CONTACT_UPDATE,
    EVENT_POINTS,
    EVENT_CONTACT_DELETE,
    EVENT_SUBSCRIPTION,
    EVENT_COMPANY_CHANGE,
    EVENT_COMPANY_SAVE,
    EVENT_COMPANY_DELETE,
    EVENT_EMAIL_SEND,
    EVENT_EMAIL_OPEN,
    EVENT_FORM,
    EVENT_PAGE_HIT,
    EVENT_SMS_SEND,
)
# What to tick in Mautic's Settings → Webhooks for the connector.
CONNECTOR_EVENTS = (EVENT_CONTACT_UPDATE, EVENT_POINTS, EVENT_CONTACT_DELETE, EVENT_SUBSCRIPTION)
# Payloads carry their event time; the signature has none.  Deliveries are retried an hour
# apart (webhook_retry_delay) and queued mode waits for a cron: a day covers both.  A replay
# inside the window is caught by the inbox's key (the digest of the signed body).
REPLAY_WINDOW = 24 * 3600.0

# -- error codes --------------------------------------------------------------------------------
NO_CREDENTIALS = "no_credentials"
BAD_URL = "bad_url"
AUTH = "auth"  # 401: wrong user/password, unknown or expired token
FORBIDDEN = "forbidden"  # 403: the user's role lacks the permission
API_DISABLED = "api_disabled"  # 403: Configuration → API Settings → API enabled is off
TOKEN_REFUSED = "token_refused"  # noqa: S105 - the token endpoint refused the client
NOT_FOUND = "not_found"
INVALID = "invalid"  # 400/422: validation (``details`` names the fields)
BATCH_TOO_LARGE = "batch_too_large"  # more than api_batch_max_limit items (never sent by us)
RATE_LIMITED = "rate_limited"  # a 429 with a short Retry-After, still refused after retries
HOURLY_LIMIT = "hourly_limit"  # the limiter's "N API calls per hour" spent: wait for the window
SERVER = "server"
TRANSPORT = "transport"
BAD_RESPONSE = "bad_response"
# Codes of MauticBadResponse (its ``detail``).
NOT_AN_OBJECT = "not_an_object"
MISSING_KEY = "missing_key"
TOO_MANY_PAGES = "too_many_pages"
# Per-item outcome of a batch.
STATUS_CREATED = "created"
STATUS_UPDATED = "updated"
STATUS_MATCHED = "matched"  # batch/new answered an existing contact (Mautic's unique fields)
STATUS_FAILED = "failed"
STATUS_GONE = "gone"  # a known contact deleted in Mautic, not made again (recreate=False)
# Codes of a webhook that cannot be read.
NO_EVENTS = "no_events"
BAD_TIME = "bad_time"
# Why a phone number is not sent.
PHONE_INVALID = "phone_invalid"

_LIMITER_TEXT = re.compile(r"rate limit of (\d+) API calls per hour", re.IGNORECASE)
_ALIAS = re.compile(r"[a-z][a-z0-9_]{0,190}")


# -- errors -------------------------------------------------------------------------------------


class MauticError(CodedError):
    """Base of the client's errors: ``code`` (one of the codes above), ``kind`` (the family),
    ``details`` (field → messages of a validation error), ``limit`` (calls per hour of the
    limiter, when it answered).  Each class is also the matching ``fincycle.http`` error."""

    def __init__(
        self,
        code: str,
        message: str,
        *,
        details: Mapping | None = None,
        limit: int | None = None,
        **kwargs,
    ):
        super().__init__(code, message, **kwargs)
        self.details = dict(details or {})
        self.limit = limit


class MauticAuthError(MauticError, AuthError):
    kind = AUTH


class MauticNotFound(MauticError, ProviderError):
    kind = NOT_FOUND


class MauticInvalid(MauticError, ProviderError):
    kind = INVALID


class MauticRateLimited(MauticError, RateLimitedError):
    kind = RATE_LIMITED


class MauticServerError(MauticError, ProviderError):
    kind = SERVER


class MauticTransportError(MauticError, TransportError):
    kind = TRANSPORT


class MauticBadResponse(MauticError, BadResponseError):
    kind = BAD_RESPONSE


class MauticEventError(ValueError):
    """A webhook body that cannot be read; ``code`` says what is missing."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code


def _body(exc: FincycleHttpError):
    response = getattr(exc, "response", None)
    if response is None:
        return None
    try:
        return response.json()
    except ValueError:
        return None


def _details(body) -> dict:
    """``details`` of the first error of Mautic's ``{"errors": [...]}`` body, when an object."""
    if isinstance(body, dict) and isinstance(body.get("errors"), list) and body["errors"]:
        first = body["errors"][0]
        if isinstance(first, dict) and isinstance(first.get("details"), dict):
            return first["details"]
    return {}


def _translate(exc: FincycleHttpError) -> FincycleHttpError:
    """The Mautic error of a ``fincycle.http`` error (others pass through: circuit open, host
    not allowed)."""
    if isinstance(exc, MauticError):
        return exc
    kwargs = {"status": exc.status, "provider_code": exc.provider_code}
    text = exc.message.lower()
    if isinstance(exc, AuthError):
        if exc.status == 403 and "api disabled" in text:
            code = API_DISABLED
        else:
            code = FORBIDDEN if exc.status == 403 else AUTH
        new: FincycleHttpError = MauticAuthError(code, exc.message, **kwargs)
    elif isinstance(exc, RateLimitedError):
        found = _LIMITER_TEXT.search(exc.message)
        new = MauticRateLimited(
            HOURLY_LIMIT if found else RATE_LIMITED,
            exc.message,
            retry_after=exc.retry_after,
            limit=int(found.group(1)) if found else None,
            **kwargs,
        )
    elif isinstance(exc, TransportError):
        new = MauticTransportError(TRANSPORT, exc.message, **kwargs)
    elif isinstance(exc, BadResponseError):
        new = MauticBadResponse(BAD_RESPONSE, exc.message, **kwargs)
    elif isinstance(exc, ProviderError):
        status = exc.status or 0
        if status == 404:
            new = MauticNotFound(NOT_FOUND, exc.message, **kwargs)
        elif status >= 500:
            new = MauticServerError(SERVER, exc.message, **kwargs)
        else:
            code = BATCH_TOO_LARGE if "max of" in text and "at a time" in text else INVALID
            new = MauticInvalid(code, exc.message, details=_details(_body(exc)), **kwargs)
    else:
        return exc
    new.response = getattr(exc, "response", None)  # type: ignore[attr-defined]
    return new


def _bad(detail: str, message: str) -> MauticBadResponse:
    return MauticBadResponse(BAD_RESPONSE, f"Mautic: {message}", detail=detail)


# -- hosts --------------------------------------------------------------------------------------


def _is_loopback(host: str | None) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host or "").is_loopback
    except ValueError:
        return False


def site_url(url: str | None) -> str:
    """The Mautic installation's address (``https://mautic.example.ch``, optionally in a sub
    folder), without ``/api``: https only (plain http on the loopback: tests).  ValueError
    ``bad_url`` otherwise."""
    parts = urlsplit((url or "").strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"{BAD_URL}: Mautic needs its https address")
    if parts.scheme != "https" and not _is_loopback(parts.hostname):
        raise ValueError(f"{BAD_URL}: the Mautic address must be https")
    if parts.query or parts.fragment or parts.username or parts.password:
        raise ValueError(f"{BAD_URL}: no query, fragment or credentials in the address")
    path = parts.path.rstrip("/")
    if path.endswith("/api"):
        path = path[: -len("/api")]
    return f"{origin(url)}{path}"


def session_origins(url: str) -> tuple[str, ...]:
    """What ``make_session(allowed_origins=...)`` needs: the installation's origin only (the
    API and the token endpoint live there)."""
    return (origin(site_url(url)),)


# -- values -------------------------------------------------------------------------------------


def phone_e164(number: str | None, region: str | None = None) -> str | None:
    """``number`` in E.164 (``+41446681800``), read in ``region`` (ISO country code of the
    partner) when it has no international prefix; None when it is empty or not a possible
    number (the caller records PHONE_INVALID and sends no phone)."""
    if not number or not str(number).strip():
        return None
    try:
        parsed = phonenumbers.parse(str(number), (region or "").upper() or None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def format_time(value: datetime) -> str:
    """``YYYY-MM-DD HH:MM:SS`` in UTC (naive values are UTC): how Mautic stores and compares its
    date columns in ``where[]``."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc).strftime(MAUTIC_DATETIME)


def parse_time(value) -> datetime | None:
    """An aware UTC datetime from Mautic's ISO 8601 (``2025-03-01T10:00:00+00:00``) or
    ``YYYY-MM-DD HH:MM:SS`` (UTC); None when empty or unreadable."""
    if value in (None, ""):
        return None
    try:
        parsed = datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=timezone.utc)
        # year 1 east of Greenwich or 9999 west of it has no UTC time
        return parsed.astimezone(timezone.utc)
    except (ValueError, OverflowError):
        return None


def _int(value) -> int | None:
    """An id from Mautic: 12, "12", 12.0 or "12.0" (a custom number field); else None."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        text = value.strip()
        if text.isdigit():
            return int(text)
        if re.fullmatch(r"\d+\.0*", text):
            return int(text.split(".")[0])
    return None


def _bounded(value, low: int = -INT_MAX - 1) -> int | None:
    """``_int(value)`` when it lies between ``low`` and INT_MAX, else None: Mautic's ids,
    points and counts are 32-bit, a number beyond is not Mautic's (nor fits Odoo's Integer)."""
    number = _int(value)
    return number if number is not None and low <= number <= INT_MAX else None


def _segment(value) -> str:
    """An id from outside as one path segment, never a path."""
    if value is None or value == "" or isinstance(value, bool):
        raise ValueError("an id is required")
    return quote(str(value), safe="")


def chunks(items: Iterable, size: int = BATCH_MAX) -> Iterator[list]:
    """``items`` cut in lists of at most ``size``."""
    if not 1 <= size <= BATCH_MAX:
        raise ValueError(f"a batch holds 1 to {BATCH_MAX} items")
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def entities(body, key: str, what: str) -> dict[int, dict]:
    """The items of a list answer (``{"total", key: {"<id>": {...}}}``) by id.  Mautic sends an
    empty list as ``[]`` (a PHP empty array) and a batch whose items all succeeded as an array:
    both are read."""
    if not isinstance(body, dict):
        raise _bad(NOT_AN_OBJECT, f"{what} is not an object")
    raw = body.get(key)
    if raw is None:
        raise _bad(MISSING_KEY, f"{what}: no {key!r}")
    items = raw.values() if isinstance(raw, dict) else raw
    if not isinstance(items, (list, type({}.values()))):
        raise _bad(NOT_AN_OBJECT, f"{what}: {key!r} is neither an object nor a list")
    found = {}
    for item in items:
        if isinstance(item, dict) and _int(item.get("id")) is not None:
            found[_int(item["id"])] = item
    return found


def total(body) -> int:
    """``total`` of a list answer (an int or a numeric string)."""
    value = _int(body.get("total")) if isinstance(body, dict) else None
    if value is None:
        raise _bad(MISSING_KEY, "a list answer without a numeric total")
    return value


# -- records ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Where:
    """One ``where[]`` condition: ``col`` (a column or field alias), ``expr`` (WHERE_EXPRS),
    ``val`` (a list for in/notIn, sent as a comma list; none for isNull/isNotNull)."""

    col: str
    expr: str
    val: object = None

    def params(self, index: int) -> list[tuple[str, str]]:
        if self.expr not in WHERE_EXPRS:
            raise ValueError(f"where expr must be one of {', '.join(WHERE_EXPRS)}")
        if not _ALIAS.fullmatch(self.col):
            raise ValueError("a where column is a lower-case alias")
        out = [(f"where[{index}][col]", self.col), (f"where[{index}][expr]", self.expr)]
        if self.expr in ("isNull", "isNotNull"):
            return out
        value = self.val
        if isinstance(value, datetime):
            value = format_time(value)
        elif isinstance(value, (list, tuple, set, frozenset)):
            value = ",".join(str(v) for v in value)
        out.append((f"where[{index}][val]", str(value)))
        return out


@dataclass(frozen=True)
class DoNotContact:
    channel: str
    reason: int | None
    comments: str | None = None


@dataclass(frozen=True)
class Contact:
    id: int
    partner_id: int | None  # the odoo_partner_id field
    email: str | None
    fields: Mapping  # fields.all (flat alias → value)
    points: int = 0
    tags: tuple[str, ...] = ()
    do_not_contact: tuple[DoNotContact, ...] = ()
    date_modified: datetime | None = None

    def blocked(self, channel: str = CHANNEL_EMAIL) -> bool:
        return any(d.channel == channel for d in self.do_not_contact)


def _dnc_entries(raw) -> tuple[DoNotContact, ...]:
    """A contact's ``doNotContact`` list (entries that are not objects are left out)."""
    items = raw if isinstance(raw, (list, tuple)) else ()
    return tuple(
        DoNotContact(str(d.get("channel") or ""), _int(d.get("reason")), d.get("comments"))
        for d in items
        if isinstance(d, dict)
    )


def read_contact(raw) -> Contact:
    if not isinstance(raw, dict) or _int(raw.get("id")) is None:
        raise _bad(MISSING_KEY, "a contact without id")
    fields_ = raw.get("fields") if isinstance(raw.get("fields"), dict) else {}
    flat = fields_.get("all") if isinstance(fields_.get("all"), dict) else {}
    tags = tuple(
        str(t.get("tag") if isinstance(t, dict) else t)
        for t in raw.get("tags") or ()
        if (t.get("tag") if isinstance(t, dict) else t)
    )
    dnc = _dnc_entries(raw.get("doNotContact"))
    return Contact(
        id=_int(raw["id"]),
        partner_id=_int(flat.get(PARTNER_FIELD)),
        email=flat.get("email") or None,
        fields=flat,
        points=_int(raw.get("points")) or 0,
        tags=tags,
        do_not_contact=dnc,
        date_modified=parse_time(raw.get("dateModified")),
    )


@dataclass(frozen=True)
class ContactData:
    """One Odoo partner as a Mautic contact: ``fields`` are field aliases (``firstname``,
    ``lastname``, ``email``, ``phone``, ``mobile``, ``company``, ``country``,
    ``preferred_locale``, ...); ``tags`` (a leading ``-`` removes one).  ``key_field`` is the
    custom field that keys the contact: ``odoo_partner_id``, or ``odoo_lead_id`` for a CRM lead
    that has no partner yet (``partner_id`` then holds the lead's id)."""

    partner_id: int  # the value of ``key_field``: a partner id, or a lead id with LEAD_FIELD
    fields: Mapping = field(default_factory=dict)
    tags: tuple[str, ...] = ()
    key_field: str = PARTNER_FIELD

    def payload(self) -> dict:
        body = {k: v for k, v in self.fields.items() if k not in ("id", self.key_field)}
        body[self.key_field] = str(self.partner_id)
        if self.tags:
            body["tags"] = list(self.tags)
        return body

    def digest(self) -> str:
        """A fingerprint of what is sent: an unchanged partner need not be sent again."""
        text = json.dumps(self.payload(), sort_keys=True, default=str)
        return hashlib.sha256(text.encode()).hexdigest()


@dataclass(frozen=True)
class CompanyData:
    """One Odoo company partner as a Mautic company (``companyname`` is required)."""

    partner_id: int
    fields: Mapping = field(default_factory=dict)

    def payload(self) -> dict:
        body = {k: v for k, v in self.fields.items() if k not in ("id", COMPANY_FIELD)}
        if not body.get("companyname"):
            raise ValueError("companyname is required")
        body[COMPANY_FIELD] = str(self.partner_id)
        return body


@dataclass
class BatchResult:
    """What a sync of contacts or companies did: Mautic id per Odoo partner id, the status of
    each, the failures (partner id → (code, detail)) and the API calls used."""

    ids: dict[int, int] = field(default_factory=dict)
    status: dict[int, str] = field(default_factory=dict)
    failed: dict[int, tuple[str, str]] = field(default_factory=dict)
    calls: int = 0

    def merge(self, other: BatchResult) -> None:
        self.ids.update(other.ids)
        self.status.update(other.status)
        self.failed.update(other.failed)
        self.calls += other.calls


@dataclass(frozen=True)
class Segment:
    id: int
    name: str
    alias: str | None
    published: bool = True


@dataclass(frozen=True)
class Campaign:
    id: int
    name: str
    published: bool = True


@dataclass(frozen=True)
class EmailStats:
    id: int
    name: str
    sent: int | None
    read: int | None


@dataclass(frozen=True)
class EmailClicks:
    """The clicks on the tracked links of one Mautic e-mail: ``clicks`` (every click) and
    ``unique_clicks`` (one per contact and link), summed over its links."""

    id: int
    clicks: int = 0
    unique_clicks: int = 0


@dataclass(frozen=True)
class FieldInfo:
    id: int | None
    alias: str
    label: str | None = None
    type: str | None = None


# -- auth ---------------------------------------------------------------------------------------


class BasicAuth:
    """HTTP Basic with a Mautic user (needs "Enable HTTP basic auth" in the API settings)."""

    mode = AUTH_BASIC

    def __init__(self, username: str, password: str):
        if not username or not password:
            raise MauticAuthError(NO_CREDENTIALS, "Mautic: a user name and a password are needed")
        self.username, self.password = username, password
        self.value = "Basic " + base64.b64encode(f"{username}:{password}".encode()).decode()

    def secrets(self) -> list[str]:
        return [self.password, self.value.split(" ", 1)[1]]


class ClientCredentials:
    """OAuth2 client credentials (Settings → API Credentials, OAuth 2)."""

    mode = AUTH_CLIENT_CREDENTIALS

    def __init__(self, client_id: str, client_secret: str):
        if not client_id or not client_secret:
            raise MauticAuthError(NO_CREDENTIALS, "Mautic: a client id and a secret are needed")
        self.client_id, self.client_secret = client_id, client_secret

    def secrets(self) -> list[str]:
        return [self.client_secret]


class MauticOAuth(OAuthClient):
    """The kit's OAuth client with the grant Mautic offers machines: client credentials (no
    refresh token: ask again)."""

    def client_credentials(self) -> TokenSet:
        return self._token({"grant_type": "client_credentials"}, idempotent=True)

    def _refused(self, exc, grant_type):
        if grant_type == "client_credentials" and (exc.status or 0) in (400, 401, 403):
            return MauticAuthError(
                TOKEN_REFUSED,
                f"Mautic refused the client id or secret ({exc.message})",
                status=exc.status,
                provider_code=exc.provider_code,
            )
        return super()._refused(exc, grant_type)


# -- webhooks -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class WebhookEvent:
    """One payload of a delivery (a delivery holds arrays per event type)."""

    event_type: str
    contact_id: int | None
    partner_id: int | None
    timestamp: datetime | None
    email: str | None = None
    points_old: int | None = None
    points_new: int | None = None
    channel: str | None = None  # subscription change: the channel ...
    subscribed: bool | None = None  # ... and its new state (False: unsubscribed / DNC)
    raw: Mapping = field(default_factory=dict)
    points: int | None = None  # the contact's score its payload carries (``contact.points``)
    # the contact's do-not-contact list, None when the payload does not carry one
    do_not_contact: tuple[DoNotContact, ...] | None = None

    def dnc_reason(self, channel: str = CHANNEL_EMAIL) -> int | None:
        """The contact's state on ``channel`` as Mautic codes it: DNC_CONTACTABLE (0), or the
        reason of its do-not-contact (DNC_UNSUBSCRIBED, DNC_BOUNCED, DNC_MANUAL, or another
        code Mautic may add); None when the event does not say."""
        if self.event_type == EVENT_SUBSCRIPTION:
            if self.channel != channel:
                return None
            status = self.raw.get("new_status") if isinstance(self.raw, Mapping) else None
            return DNC_STATUSES.get(str(status).lower()) if status is not None else None
        if self.do_not_contact is None:
            return None
        for entry in self.do_not_contact:
            if entry.channel == channel:
                return entry.reason if entry.reason is not None else DNC_MANUAL
        return DNC_CONTACTABLE


def _contact_fields(contact: Mapping) -> dict:
    """Flat alias → value of a webhook's contact (``fields.all`` or ``fields.<group>.<alias>``)."""
    fields_ = contact.get("fields") if isinstance(contact.get("fields"), dict) else {}
    if isinstance(fields_.get("all"), dict):
        return dict(fields_["all"])
    flat = {}
    for group in fields_.values():
        if not isinstance(group, dict):
            continue
        for alias, item in group.items():
            flat[alias] = item.get("value") if isinstance(item, dict) else item
    return flat


def _subscription(payload: Mapping) -> tuple[str | None, bool | None]:
    """(channel, subscribed) of a ``lead_channel_subscription_changed`` payload
    (``channel``, ``old_status``/``new_status`` in contactable/unsubscribed/bounced/manual)."""
    channel = payload.get("channel")
    status = payload.get("new_status")
    if status is None:
        return (str(channel) if channel else None), None
    return (str(channel) if channel else None), str(status).lower() == "contactable"


def parse_webhook(payload) -> list[WebhookEvent]:
    """Every event of a delivery (``{"<event type>": [payload, ...], ...}``), in order.
    MauticEventError ``no_events`` when the body holds none."""
    if not isinstance(payload, dict):
        raise MauticEventError(NO_EVENTS, "the body is not an object")
    found = []
    for event_type, items in payload.items():
        if not str(event_type).startswith("mautic.") or not isinstance(items, list):
            continue
        for item in items:
            if not isinstance(item, dict):
                continue
            contact = item.get("contact") if isinstance(item.get("contact"), dict) else {}
            if not contact and isinstance(item.get("lead"), dict):
                contact = item["lead"]
            flat = _contact_fields(contact)
            points = item.get("points") if isinstance(item.get("points"), dict) else {}
            channel, subscribed = _subscription(item)
            contact_id = _bounded(contact.get("id"), 1)
            if event_type == EVENT_CONTACT_DELETE:
                # the deleted contact comes without its id: the event's ``id`` says it
                contact_id = (
                    _bounded(item.get("id"), 1)
                    or _bounded(contact.get("deletedId"), 1)
                    or contact_id
                )
            dnc = contact.get("doNotContact")
            found.append(
                WebhookEvent(
                    event_type=str(event_type),
                    contact_id=contact_id,
                    partner_id=_int(flat.get(PARTNER_FIELD)),
                    timestamp=parse_time(item.get("timestamp")),
                    email=flat.get("email") or None,
                    points_old=_bounded(points.get("old_points")),
                    points_new=_bounded(points.get("new_points")),
                    channel=channel,
                    subscribed=subscribed,
                    raw=item,
                    points=_bounded(contact.get("points")),
                    do_not_contact=_dnc_entries(dnc) if isinstance(dnc, list) else None,
                )
            )
    if not found:
        raise MauticEventError(NO_EVENTS, "no mautic.* event array")
    return found


def event_info(payload, body: bytes) -> tuple[str, str | None]:
    """(inbox key, event type) of a delivery; never raises.  The key is the digest of the signed
    body: a redelivery of the same events is one inbox entry (Mautic signs no id)."""
    key = "sha256:" + hashlib.sha256(body).hexdigest()
    types = (
        sorted(k for k in payload if str(k).startswith("mautic."))
        if isinstance(payload, dict)
        else []
    )
    return key, (",".join(types)[:128] or None)


class MauticWebhookScheme(MauticScheme):
    """Mautic's ``Webhook-Signature`` (base64 HMAC-SHA256 of the raw body, constant-time) and,
    since the signature holds no time, a replay window on the payloads' own ``timestamp``
    (they are inside the signed body): a delivery whose newest event is older than
    ``tolerance`` (REPLAY_WINDOW) is refused; a replay inside it has the same inbox key."""

    tolerance = REPLAY_WINDOW

    def verify(self, headers, body, secret, now=None) -> Verdict:
        verdict = super().verify(headers, body, secret, now)
        if not verdict.ok:
            return verdict
        try:
            events = parse_webhook(json.loads(body))
        except (ValueError, RecursionError, MauticEventError):  # "[[[[…": deeper than the stack
            return Verdict(True, "valid signature (no event time to check)")
        times = [e.timestamp.timestamp() for e in events if e.timestamp is not None]
        if events and len(times) < len(events):
            # every payload has its timestamp (the contract): without one, an old signed body
            # could be replayed once the inbox has forgotten it
            return Verdict(False, "an event without its timestamp: replay cannot be ruled out")
        if not times:
            return Verdict(True, "valid signature (no event time to check)")
        newest = max(times)
        stale = self._check_window(newest, now)
        if stale is not None:
            return stale
        return Verdict(True, "valid signature", newest)


# -- API client ---------------------------------------------------------------------------------


class MauticClient:
    """Mautic's classic ``/api`` on one session that may only reach the installation's origin
    (``session_origins(url)``), with ``BasicAuth`` or ``ClientCredentials``.

    OAuth2: the access token is kept (``token``/``token_expires_at`` to start from a stored
    one, ``on_token(token, expires_at)`` told of each new one), asked again ``TOKEN_MARGIN``
    seconds before it ends by ``clock``, and once after a 401 (revoked, or a shorter lifetime
    than announced)."""

    def __init__(
        self,
        session,
        url: str,
        auth: BasicAuth | ClientCredentials,
        *,
        token: str | None = None,
        token_expires_at: float | None = None,
        on_token: Callable[[str, float], None] | None = None,
        clock: Callable[[], float] = time.time,
    ):
        self.session = session
        self.site = site_url(url)
        self.base_url = self.site + "/api"
        self.auth = auth
        self.clock = clock
        self.on_token = on_token
        self.token, self.token_expires_at = token, token_expires_at
        self.calls = 0  # API calls made (a call the session retried counts once): the figures
        for secret in auth.secrets():
            self._add_secret(secret)
        self._add_secret(token)
        self.oauth = None
        if isinstance(auth, ClientCredentials):
            self.oauth = MauticOAuth(
                session,
                self.site + "/oauth/v2/authorize",
                self.site + TOKEN_PATH,
                ClientSecret(auth.client_id, auth.client_secret),
                provider="Mautic",
                default_expires_in=DEFAULT_TOKEN_LIFETIME,
            )
        hooks = getattr(session, "hooks", None)
        if hooks is not None and _limiter_retry_after not in hooks["response"]:
            hooks["response"].insert(0, _limiter_retry_after)

    def _add_secret(self, value) -> None:
        if value and hasattr(self.session, "add_secret"):
            self.session.add_secret(value)

    # -- auth -------------------------------------------------------------------------------
    def access_token(self, *, force: bool = False) -> str:
        """The OAuth2 access token, asked for when missing, near its end, or ``force``."""
        if self.oauth is None:
            raise ValueError("Basic auth has no token")
        fresh = (
            self.token
            and self.token_expires_at is not None
            and self.clock() < self.token_expires_at - TOKEN_MARGIN
        )
        if fresh and not force:
            return self.token
        try:
            tokens = self.oauth.client_credentials()
        except FincycleHttpError as exc:
            raise _translate(exc) from None
        self.token = tokens.access_token
        self.token_expires_at = self.clock() + tokens.expires_in
        if self.on_token:
            self.on_token(self.token, self.token_expires_at)
        return self.token

    def _authorization(self, force: bool = False) -> str:
        if isinstance(self.auth, BasicAuth):
            return self.auth.value
        return "Bearer " + self.access_token(force=force)

    # -- plumbing ---------------------------------------------------------------------------
    def _call(self, method: str, path: str, *, params=None, json=None, idempotent=None):
        url = self.base_url + path
        for attempt in (0, 1):
            headers = {"Authorization": self._authorization(force=attempt == 1)}
            headers["Accept"] = "application/json"
            try:
                body = self.session.json(
                    method, url, headers=headers, params=params, json=json, idempotent=idempotent
                )
                self.calls += 1
                return body
            except FincycleHttpError as exc:
                self.calls += 1
                if exc.status == 401 and self.oauth is not None and attempt == 0:
                    continue  # the token was refused: one new token, one more try
                raise _translate(exc) from None
        raise AssertionError("unreachable")

    def _list(self, path: str, key: str, params: list[tuple[str, str]]) -> tuple[int, dict]:
        body = self._call("GET", path, params=params)
        return total(body), entities(body, key, f"GET {path}")

    def _pages(
        self, path: str, key: str, params: list[tuple[str, str]], page_size: int
    ) -> Iterator[dict]:
        """Every item of a list, ``page_size`` at a time by ``start``, in id order."""
        if not 1 <= page_size <= PAGE_MAX:
            raise ValueError(f"page_size must be between 1 and {PAGE_MAX}")
        start = 0
        for _ in range(MAX_PAGES):
            count, items = self._list(
                path,
                key,
                [
                    *params,
                    ("start", str(start)),
                    ("limit", str(page_size)),
                    ("orderBy", "id"),
                    ("orderByDir", "asc"),
                ],
            )
            for item_id in sorted(items):
                yield items[item_id]
            start += len(items)
            if not items or len(items) < page_size or start >= count:
                return
        raise _bad(TOO_MANY_PAGES, f"more than {MAX_PAGES} pages")

    # -- fields -----------------------------------------------------------------------------
    def contact_fields(self) -> dict[str, FieldInfo]:
        """The contact fields by alias (``GET /contacts/list/fields``)."""
        body = self._call("GET", "/contacts/list/fields")
        items = body.values() if isinstance(body, dict) else body
        if not isinstance(items, (list, type({}.values()))):
            raise _bad(NOT_AN_OBJECT, "GET /contacts/list/fields is neither an object nor a list")
        found = {}
        for item in items:
            if isinstance(item, dict) and item.get("alias"):
                found[str(item["alias"])] = FieldInfo(
                    _int(item.get("id")), str(item["alias"]), item.get("label"), item.get("type")
                )
        return found

    def create_field(self, obj: str, alias: str, label: str, field_type: str = "text") -> FieldInfo:
        """A custom field on ``obj`` ("contact" or "company"): ``POST /fields/{obj}/new`` (Mautic's
        fields API; not in the contract document, see README)."""
        if obj not in ("contact", "company"):
            raise ValueError("obj is contact or company")
        if not _ALIAS.fullmatch(alias):
            raise ValueError("an alias is lower-case letters, digits and _")
        body = self._call(
            "POST",
            f"/fields/{obj}/new",
            json={
                "label": label,
                "alias": alias,
                "type": field_type,
                "group": "core",
                "isPublished": True,
                "isListable": True,
            },
            idempotent=False,
        )
        raw = body.get("field") if isinstance(body, dict) else None
        if not isinstance(raw, dict) or not raw.get("alias"):
            raise _bad(MISSING_KEY, f"POST /fields/{obj}/new: no field")
        return FieldInfo(_int(raw.get("id")), str(raw["alias"]), raw.get("label"), raw.get("type"))

    def ensure_contact_field(self, alias: str, label: str, field_type: str = "text") -> bool:
        """Make sure contacts have the custom field ``alias``; True if it was created now."""
        if alias in self.contact_fields():
            return False
        self.create_field("contact", alias, label, field_type)
        return True

    def ensure_partner_field(self) -> bool:
        """Make sure contacts have the ``odoo_partner_id`` field; True if it was created now."""
        return self.ensure_contact_field(PARTNER_FIELD, PARTNER_FIELD_LABEL)

    def ensure_lead_field(self) -> bool:
        """Make sure contacts have the ``odoo_lead_id`` field; True if it was created now."""
        return self.ensure_contact_field(LEAD_FIELD, LEAD_FIELD_LABEL)

    def company_fields(self) -> dict[str, FieldInfo]:
        """The company fields by alias (``GET /fields/company``: Mautic's fields API, beyond the
        contract like the creation of a field; see README)."""
        body = self._call("GET", "/fields/company")
        raw = body.get("fields") if isinstance(body, dict) and "fields" in body else body
        items = raw.values() if isinstance(raw, dict) else raw
        if not isinstance(items, (list, type({}.values()))):
            raise _bad(NOT_AN_OBJECT, "GET /fields/company is neither an object nor a list")
        found = {}
        for item in items:
            if isinstance(item, dict) and item.get("alias"):
                if item.get("object") not in (None, "company"):
                    continue
                found[str(item["alias"])] = FieldInfo(
                    _int(item.get("id")), str(item["alias"]), item.get("label"), item.get("type")
                )
        return found

    def ensure_company_field(self) -> bool:
        """Make sure companies have the ``odoo_company_id`` field; True if it was created now.
        Without it Mautic drops the key and a company could only be found by its stored id."""
        if COMPANY_FIELD in self.company_fields():
            return False
        self.create_field("company", COMPANY_FIELD, COMPANY_FIELD_LABEL)
        return True

    # -- contacts ---------------------------------------------------------------------------
    def list_contacts(
        self,
        where: Iterable[Where] = (),
        *,
        search: str | None = None,
        start: int = 0,
        limit: int = 30,
        order_by: str = "id",
        order_dir: str = "asc",
    ) -> tuple[int, dict[int, Contact]]:
        """One page of contacts: (total, contacts by id)."""
        if order_dir not in ("asc", "desc"):
            raise ValueError("order_dir is asc or desc")
        params = [p for i, w in enumerate(where) for p in w.params(i)]
        if search:
            params.append(("search", search))
        params += [
            ("start", str(int(start))),
            ("limit", str(int(limit))),
            ("orderBy", order_by),
            ("orderByDir", order_dir),
        ]
        count, items = self._list("/contacts", "contacts", params)
        return count, {cid: read_contact(raw) for cid, raw in items.items()}

    def contacts(
        self, where: Iterable[Where] = (), *, search: str | None = None, page_size: int = PAGE_MAX
    ) -> Iterator[Contact]:
        """Every contact matching, page after page (id order)."""
        params = [p for i, w in enumerate(where) for p in w.params(i)]
        if search:
            params.append(("search", search))
        for raw in self._pages("/contacts", "contacts", params, page_size):
            yield read_contact(raw)

    def modified_since(self, since: datetime, *, page_size: int = PAGE_MAX) -> Iterator[Contact]:
        """Contacts changed in Mautic at or after ``since`` (``where date_modified gte``)."""
        return self.contacts([Where("date_modified", "gte", since)], page_size=page_size)

    def get_contact(self, contact_id: int) -> Contact:
        body = self._call("GET", f"/contacts/{_segment(contact_id)}")
        if not isinstance(body, dict) or not isinstance(body.get("contact"), dict):
            raise _bad(MISSING_KEY, "GET /contacts/{id}: no contact")
        return read_contact(body["contact"])

    def find_by_partner(self, partner_ids: Iterable[int]) -> dict[int, Contact]:
        """Contacts whose ``odoo_partner_id`` is one of ``partner_ids``, by partner id (one list
        call per 200 ids).  Two contacts for one partner: the oldest (lowest id) wins."""
        return self.find_by_key(PARTNER_FIELD, partner_ids)

    def find_by_key(self, key_field: str, values: Iterable[int]) -> dict[int, Contact]:
        """Contacts whose custom field ``key_field`` (``odoo_partner_id``, ``odoo_lead_id``)
        is one of ``values``, by value (one list call per 200).  Two contacts for one key: the
        oldest (lowest id) wins."""
        found: dict[int, Contact] = {}
        for batch in chunks(sorted({int(p) for p in values})):
            where = [Where(key_field, "in", batch)]
            for contact in self.contacts(where, page_size=PAGE_MAX):
                key = _int(contact.fields.get(key_field))
                if key is not None and key not in found:
                    found[key] = contact
        return found

    def _batch(self, method: str, path: str, key: str, items: list[dict]) -> list:
        """One batch call → per item (status code, entity or None, error text or None), in the
        order sent.  Mautic keys its answer by the item's index: an array when all succeeded,
        an object when some failed."""
        if len(items) > BATCH_MAX:
            raise MauticInvalid(BATCH_TOO_LARGE, f"Mautic: {len(items)} items > {BATCH_MAX}")
        body = self._call(method, path, json=items, idempotent=method != "POST")
        if not isinstance(body, dict):
            raise _bad(NOT_AN_OBJECT, f"{method} {path} is not an object")

        def by_index(raw) -> dict[int, object]:
            if isinstance(raw, list):
                return dict(enumerate(raw))
            if isinstance(raw, dict):
                return {_int(k): v for k, v in raw.items() if _int(k) is not None}
            return {}

        done = by_index(body.get(key))
        codes = by_index(body.get("statusCodes"))
        errors = by_index(body.get("errors"))
        out = []
        for index in range(len(items)):
            entity = done.get(index)
            code = _int(codes.get(index))
            if isinstance(entity, dict) and _int(entity.get("id")) is not None:
                out.append((code or 200, entity, None))
                continue
            error = errors.get(index)
            text = error.get("message") if isinstance(error, dict) else None
            status = _int(error.get("code")) if isinstance(error, dict) else None
            out.append((status or code or 400, None, str(text or "no entity returned")[:200]))
        return out

    def upsert_contacts(
        self,
        contacts: Iterable[ContactData],
        known: Mapping[int, int] | None = None,
        *,
        recreate: bool = True,
    ) -> BatchResult:
        """Create or update contacts keyed by ``odoo_partner_id``, 200 per call.

        ``known``: partner id → Mautic contact id the caller stored.  Partners it does not know
        are looked up by the field first (a sync that crashed after Mautic answered is replayed
        without a second contact); known ones are edited (``PATCH /contacts/batch/edit``), a
        known contact gone from Mautic is created again (with ``recreate=False`` it is left
        deleted: STATUS_GONE, no id); the rest are created (``POST /contacts/batch/new``).
        Call ``ensure_partner_field`` once before."""
        known = dict(known or {})
        contacts = list(contacts)
        keys = {c.key_field for c in contacts}
        if len(keys) > 1:
            raise ValueError("one key field per call (partners and leads apart)")
        key_field = keys.pop() if keys else PARTNER_FIELD
        start_calls = self.calls
        result = BatchResult()
        for batch in chunks(contacts):
            unknown = [c.partner_id for c in batch if c.partner_id not in known]
            if unknown:
                for partner_id, contact in self.find_by_key(key_field, unknown).items():
                    known[partner_id] = contact.id
            self._upsert_batch(
                "contacts", batch, known, result, matched_on_200=True, recreate=recreate
            )
        result.calls = self.calls - start_calls
        return result

    def _upsert_batch(self, what, batch, known, result, *, matched_on_200=False, recreate=True):
        """One batch of ``what`` (contacts, companies) into ``result``: the ``known`` ones
        edited (``PATCH /<what>/batch/edit``; one gone from Mautic is made again), the others
        made (``POST /<what>/batch/new``; for contacts, Mautic's 200 instead of 201 means it
        matched an existing contact)."""
        by_partner = {item.partner_id: item for item in batch}
        edits = [p for p in by_partner if p in known]
        news = [p for p in by_partner if p not in known]
        if edits:
            answers = self._batch(
                "PATCH",
                f"/{what}/batch/edit",
                what,
                [{"id": known[p], **by_partner[p].payload()} for p in edits],
            )
            for partner_id, (status, entity, error) in zip(edits, answers, strict=True):
                if entity is not None:
                    result.ids[partner_id] = _int(entity["id"])
                    result.status[partner_id] = STATUS_UPDATED
                elif status == 404 and recreate:
                    news.append(partner_id)  # deleted in Mautic: made again
                elif status == 404:
                    result.status[partner_id] = STATUS_GONE
                else:
                    result.failed[partner_id] = (INVALID, error or "")
                    result.status[partner_id] = STATUS_FAILED
        if news:
            answers = self._batch(
                "POST", f"/{what}/batch/new", what, [by_partner[p].payload() for p in news]
            )
            for partner_id, (status, entity, error) in zip(news, answers, strict=True):
                if entity is None:
                    result.failed[partner_id] = (INVALID, error or "")
                    result.status[partner_id] = STATUS_FAILED
                    continue
                result.ids[partner_id] = _int(entity["id"])
                matched = matched_on_200 and status != 201
                result.status[partner_id] = STATUS_MATCHED if matched else STATUS_CREATED

    def edit_contact(self, contact_id: int, values: Mapping) -> Contact:
        """``PATCH /contacts/{id}/edit`` (partial update; 404 if gone)."""
        body = self._call("PATCH", f"/contacts/{_segment(contact_id)}/edit", json=dict(values))
        if not isinstance(body, dict) or not isinstance(body.get("contact"), dict):
            raise _bad(MISSING_KEY, "PATCH /contacts/{id}/edit: no contact")
        return read_contact(body["contact"])

    def delete_contacts(self, contact_ids: Iterable[int]) -> set[int]:
        """``DELETE /contacts/batch/delete?ids=...`` 200 at a time; the ids Mautic deleted."""
        gone: set[int] = set()
        for batch in chunks(sorted({int(c) for c in contact_ids})):
            body = self._call(
                "DELETE",
                "/contacts/batch/delete",
                params=[("ids", ",".join(map(str, batch)))],
            )
            if isinstance(body, dict) and body.get("contacts") is not None:
                raw = body["contacts"]
                items = raw.values() if isinstance(raw, dict) else raw
                for item in items or ():
                    # a deleted entity comes back without id, or with the id it had
                    cid = (
                        (_int(item.get("id")) or _int(item.get("deletedId")))
                        if isinstance(item, dict)
                        else None
                    )
                    if cid:
                        gone.add(cid)
                if not gone.intersection(batch):
                    gone.update(batch)  # answers without ids: Mautic deleted what it found
        return gone

    def merge_plan(self, survivor: int | None, loser: int | None) -> tuple[str, int | None]:
        """What to do in Mautic when Odoo merged partner ``loser`` into ``survivor`` (their
        Mautic contact ids, None if none), the contract having no merge call: ("rekey", loser)
        give the loser's contact the survivor's key; ("delete", loser) drop the duplicate;
        ("none", None) nothing to do.  Never two contacts for one partner."""
        if loser is None:
            return "none", None
        if survivor is None:
            return "rekey", loser
        return "delete", loser

    # -- do not contact ---------------------------------------------------------------------
    def add_dnc(
        self,
        contact_id: int,
        channel: str = CHANNEL_EMAIL,
        *,
        reason: int = DNC_MANUAL,
        comments: str | None = None,
    ) -> Contact | None:
        """``POST /contacts/{id}/dnc/{channel}/add``; the contact if Mautic sends it back."""
        body = {"reason": int(reason)}
        if comments:
            body["comments"] = comments
        answer = self._call(
            "POST",
            f"/contacts/{_segment(contact_id)}/dnc/{_segment(channel)}/add",
            json=body,
            idempotent=True,  # adding a DNC twice keeps one
        )
        return _maybe_contact(answer)

    def remove_dnc(self, contact_id: int, channel: str = CHANNEL_EMAIL) -> Contact | None:
        answer = self._call(
            "POST",
            f"/contacts/{_segment(contact_id)}/dnc/{_segment(channel)}/remove",
            idempotent=True,
        )
        return _maybe_contact(answer)

    # -- companies --------------------------------------------------------------------------
    def list_companies(
        self, *, search: str | None = None, page_size: int = PAGE_MAX
    ) -> Iterator[dict]:
        params = [("search", search)] if search else []
        return self._pages("/companies", "companies", params, page_size)

    def upsert_companies(
        self, companies: Iterable[CompanyData], known: Mapping[int, int] | None = None
    ) -> BatchResult:
        """Companies keyed by ``odoo_company_id`` (the Odoo partner id; call
        ``ensure_company_field`` once before): the Mautic id the caller stored (``known``) is
        edited in ``PATCH /companies/batch/edit`` (a gone one is made again); partners it does
        not know are looked up by the field first (a push that crashed after Mautic answered is
        replayed without a second company), the others made in ``POST /companies/batch/new``;
        200 per call.  Never matched by name."""
        known = dict(known or {})
        start_calls = self.calls
        result = BatchResult()
        for batch in chunks(companies):
            unknown = [c.partner_id for c in batch if c.partner_id not in known]
            if unknown:
                for partner_id, company_id in self.find_companies_by_partner(unknown).items():
                    known[partner_id] = company_id
            self._upsert_batch("companies", batch, known, result)
        result.calls = self.calls - start_calls
        return result

    def find_companies_by_partner(self, partner_ids: Iterable[int]) -> dict[int, int]:
        """Mautic company ids whose ``odoo_company_id`` is one of ``partner_ids``, by partner id
        (``GET /companies`` with ``where[]``, one call per 200 ids; Mautic's list controller
        reads ``where[]`` for every entity, the contract shows it for contacts).  Two companies
        for one partner: the oldest (lowest id) wins."""
        found: dict[int, int] = {}
        for batch in chunks(sorted({int(p) for p in partner_ids})):
            params = Where(COMPANY_FIELD, "in", batch).params(0)
            for raw in self._pages("/companies", "companies", params, PAGE_MAX):
                fields_ = raw.get("fields") if isinstance(raw.get("fields"), dict) else {}
                flat = fields_.get("all") if isinstance(fields_.get("all"), dict) else {}
                key = _int(flat.get(COMPANY_FIELD))
                company_id = _int(raw.get("id"))
                if key is not None and company_id is not None and key not in found:
                    found[key] = company_id
        return found

    def delete_company(self, company_id: int) -> None:
        """``DELETE /companies/{id}/delete`` (a company merged or deleted in Odoo)."""
        self._call("DELETE", f"/companies/{_segment(company_id)}/delete")

    def add_company_contact(self, company_id: int, contact_id: int) -> bool:
        body = self._call(
            "POST",
            f"/companies/{_segment(company_id)}/contact/{_segment(contact_id)}/add",
            idempotent=True,
        )
        return _success(body)

    def remove_company_contact(self, company_id: int, contact_id: int) -> bool:
        """``POST /companies/{id}/contact/{cid}/remove`` (the contact left that company)."""
        body = self._call(
            "POST",
            f"/companies/{_segment(company_id)}/contact/{_segment(contact_id)}/remove",
            idempotent=True,
        )
        return _success(body)

    # -- segments ---------------------------------------------------------------------------
    def segments(self) -> dict[int, Segment]:
        found = {}
        for raw in self._pages("/segments", "lists", [], PAGE_MAX):
            found[_int(raw["id"])] = Segment(
                _int(raw["id"]),
                str(raw.get("name") or ""),
                raw.get("alias") or None,
                bool(raw.get("isPublished", True)),
            )
        return found

    def create_segment(self, name: str, alias: str | None = None) -> Segment:
        """``POST /segments/new``: a segment without filters (membership is pushed by Odoo)."""
        body = {"name": name, "isPublished": True, "isGlobal": False}
        if alias:
            body["alias"] = alias
        answer = self._call("POST", "/segments/new", json=body, idempotent=False)
        raw = answer.get("list") if isinstance(answer, dict) else None
        if not isinstance(raw, dict) or _int(raw.get("id")) is None:
            raise _bad(MISSING_KEY, "POST /segments/new: no list")
        return Segment(_int(raw["id"]), str(raw.get("name") or name), raw.get("alias") or alias)

    def delete_segment(self, segment_id: int) -> None:
        """``DELETE /segments/{id}/delete``."""
        self._call("DELETE", f"/segments/{_segment(segment_id)}/delete")

    def add_segment_contacts(self, segment_id: int, contact_ids: Iterable[int]) -> set[int]:
        """``POST /segments/{id}/contacts/add`` with ``ids`` 200 at a time; the ids Mautic did
        not add (its ``details`` says ``success: false``)."""
        refused: set[int] = set()
        for batch in chunks(sorted({int(c) for c in contact_ids})):
            body = self._call(
                "POST",
                f"/segments/{_segment(segment_id)}/contacts/add",
                json={"ids": batch},
                idempotent=True,  # membership is a set
            )
            details = body.get("details") if isinstance(body, dict) else None
            if not _success(body) and not isinstance(details, dict):
                refused.update(batch)
                continue
            for key, item in (details or {}).items():
                if isinstance(item, dict) and not item.get("success") and _int(key) is not None:
                    refused.add(_int(key))
        return refused

    def remove_segment_contacts(self, segment_id: int, contact_ids: Iterable[int]) -> set[int]:
        """``POST /segments/{sid}/contact/{cid}/remove`` for each (the contract documents no
        batch removal); the ids Mautic did not remove."""
        refused = set()
        for contact_id in sorted({int(c) for c in contact_ids}):
            try:
                body = self._call(
                    "POST",
                    f"/segments/{_segment(segment_id)}/contact/{_segment(contact_id)}/remove",
                    idempotent=True,
                )
            except MauticNotFound:
                continue  # the contact is gone: it is in no segment
            if not _success(body):
                refused.add(contact_id)
        return refused

    def segment_members(self, alias: str) -> int:
        """How many contacts a segment holds (``GET /contacts?search=segment:<alias>``)."""
        if not alias or not re.fullmatch(r"[\w-]+", alias):
            raise ValueError("a segment alias is needed")
        count, _items = self.list_contacts(search=f"segment:{alias}", limit=1)
        return count

    # -- campaigns --------------------------------------------------------------------------
    def campaigns(self) -> dict[int, Campaign]:
        found = {}
        for raw in self._pages("/campaigns", "campaigns", [], PAGE_MAX):
            found[_int(raw["id"])] = Campaign(
                _int(raw["id"]), str(raw.get("name") or ""), bool(raw.get("isPublished", True))
            )
        return found

    def add_campaign_contact(self, campaign_id: int, contact_id: int) -> bool:
        """``POST /campaigns/{id}/contact/{cid}/add`` (a member already stays one)."""
        body = self._call(
            "POST",
            f"/campaigns/{_segment(campaign_id)}/contact/{_segment(contact_id)}/add",
            idempotent=True,
        )
        return _success(body)

    def remove_campaign_contact(self, campaign_id: int, contact_id: int) -> bool:
        body = self._call(
            "POST",
            f"/campaigns/{_segment(campaign_id)}/contact/{_segment(contact_id)}/remove",
            idempotent=True,
        )
        return _success(body)

    def campaign_members(self, campaign_id: int) -> int:
        """How many contacts a campaign holds (``GET /campaigns/{id}/contacts``, ``total``)."""
        body = self._call(
            "GET",
            f"/campaigns/{_segment(campaign_id)}/contacts",
            params=[("start", "0"), ("limit", "1")],
        )
        return total(body)

    def email_stats(self) -> dict[int, EmailStats]:
        """Sent and read counts per e-mail (``GET /emails``; ``sentCount``/``readCount`` of
        Mautic's e-mail entity, not in the contract: None when absent)."""
        found = {}
        for raw in self._pages("/emails", "emails", [], PAGE_MAX):
            found[_int(raw["id"])] = EmailStats(
                _int(raw["id"]),
                str(raw.get("name") or ""),
                _bounded(raw.get("sentCount"), 0),
                _bounded(raw.get("readCount"), 0),
            )
        return found

    def email_clicks(
        self, email_id: int | None = None, *, page_size: int = STATS_PAGE
    ) -> dict[int, EmailClicks]:
        """Clicks per e-mail id from Mautic's Stats API: the ``channel_url_trackables`` rows of
        channel ``email`` (and ``channel_id`` = ``email_id`` when given), their ``hits`` and
        ``unique_hits`` summed per ``channel_id``; ``page_size`` rows a call until a shorter
        page.  An e-mail without a tracked link has no entry.  A Mautic user without the
        statistics permission gets a 403 (``FORBIDDEN``) like any other call."""
        where = [Where("channel", "eq", CHANNEL_EMAIL)]
        if email_id is not None:
            wanted = _int(email_id)
            if wanted is None:
                raise ValueError("an e-mail id is a number")
            where.append(Where("channel_id", "eq", wanted))
        sums: dict[int, list[int]] = {}
        for row in self._stat_rows(STATS_CLICKS_TABLE, where, page_size=page_size):
            if str(row.get("channel") or "") != CHANNEL_EMAIL:
                continue  # the filter was not applied: not an e-mail's link
            channel_id = _int(row.get("channel_id"))
            if channel_id is None or (email_id is not None and channel_id != _int(email_id)):
                continue
            counts = sums.setdefault(channel_id, [0, 0])
            counts[0] += _count(row.get("hits"))
            counts[1] += _count(row.get("unique_hits"))
        # a sum past the 32-bit range stops at its largest (no column holds more)
        return {
            key: EmailClicks(key, *(min(count, INT_MAX) for count in counts))
            for key, counts in sums.items()
        }

    def _stat_rows(
        self, table: str, where: Iterable[Where], *, page_size: int = STATS_PAGE
    ) -> Iterator[dict]:
        """Every row of a statistics table matching ``where`` (``GET /stats/<table>``), in a
        stable order (``order[]`` by ``channel_id`` then ``redirect_id``)."""
        if not 1 <= page_size <= PAGE_MAX:
            raise ValueError(f"page_size must be between 1 and {PAGE_MAX}")
        if not _ALIAS.fullmatch(table):
            raise ValueError("a statistics table is a lower-case name")
        params = [pair for index, cond in enumerate(where) for pair in cond.params(index)]
        for index, col in enumerate(("channel_id", "redirect_id")):
            params += [(f"order[{index}][col]", col), (f"order[{index}][dir]", "asc")]
        path = f"/stats/{table}"
        start = 0
        for _ in range(MAX_PAGES):
            body = self._call(
                "GET",
                path,
                params=[*params, ("start", str(start)), ("limit", str(page_size))],
            )
            sent, rows = _stat_page(body, f"GET {path}")
            yield from rows
            start += sent
            if sent < page_size:
                return
        raise _bad(TOO_MANY_PAGES, f"more than {MAX_PAGES} pages")


def _count(value) -> int:
    """A count from a statistics row ("12", 12, "12.0"); missing, negative, beyond 32 bits or
    not a number: 0."""
    return _bounded(value, 0) or 0


def _stat_page(body, what: str) -> tuple[int, list[dict]]:
    """(how many rows Mautic sent, those that are objects) of a Stats API answer
    (``{"stats": [...]}``; an object keyed by index read too)."""
    if not isinstance(body, dict):
        raise _bad(NOT_AN_OBJECT, f"{what} is not an object")
    raw = body.get("stats")
    if raw is None:
        raise _bad(MISSING_KEY, f"{what}: no 'stats'")
    if isinstance(raw, dict):
        raw = list(raw.values())
    if not isinstance(raw, list):
        raise _bad(NOT_AN_OBJECT, f"{what}: 'stats' is neither a list nor an object")
    return len(raw), [row for row in raw if isinstance(row, dict)]


def _success(body) -> bool:
    return isinstance(body, dict) and body.get("success") in (True, 1, "1", "true")


def _maybe_contact(body) -> Contact | None:
    if isinstance(body, dict) and isinstance(body.get("contact"), dict):
        return read_contact(body["contact"])
    return None


def _limiter_retry_after(response, *args, **kwargs):
    """A session response hook: the limiter's 429 says "N API calls per hour" and may carry
    ``X-RateLimit-Reset`` but no Retry-After; it gets one (until the reset, else the hour), so
    the kit's policy hands the wait to the caller instead of retrying an hour's budget away."""
    if response.status_code != 429 or response.headers.get("Retry-After"):
        return response
    reset = response.headers.get("X-RateLimit-Reset")
    wait = None
    if reset and reset.strip().isdigit():
        value = float(reset)
        wait = value - time.time() if value > 10**9 else value  # a unix time, or seconds
    if wait is None:
        try:
            text = response.text
        except (ValueError, RuntimeError):
            text = ""
        if _LIMITER_TEXT.search(text or ""):
            wait = LIMITER_WINDOW
    if wait is not None:
        response.headers["Retry-After"] = str(int(max(1.0, wait)))
    return response


__all__ = [
    "AUTH_BASIC",
    "AUTH_CLIENT_CREDENTIALS",
    "BATCH_MAX",
    "BasicAuth",
    "BatchResult",
    "ClientCredentials",
    "CompanyData",
    "Contact",
    "ContactData",
    "MauticClient",
    "MauticError",
    "MauticWebhookScheme",
    "Where",
    "event_info",
    "parse_retry_after",
    "parse_webhook",
    "phone_e164",
    "session_origins",
    "site_url",
]
