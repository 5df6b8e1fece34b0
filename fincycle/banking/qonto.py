"""Qonto Business API v2: API key or OAuth 2.0 (rotating refresh tokens), organization and bank
accounts (external ones included), transactions read incrementally by ``updated_at``, webhook
subscriptions, and the mapping of one transaction to statement-line values.

Contract: shared/reference/apis/qonto.md.  Pure Python (no Odoo): the Odoo module stores the
secrets and calls this; HTTP behaviour (timeouts, 429/5xx retries honouring Retry-After, breaker,
typed errors, redaction) comes from the ``fincycle.http`` session it is given.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import re
import secrets
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation
from urllib.parse import quote

from fincycle.http import AuthError, BadResponseError, ProviderError, oauth

from .timestamps import DATE_TIME, parse_utc

_logger = logging.getLogger(__name__)

PRODUCTION_API = "https://thirdparty.qonto.com"
SANDBOX_API = "https://thirdparty-sandbox.staging.qonto.co"
PRODUCTION_OAUTH = "https://oauth.qonto.com"
SANDBOX_OAUTH = "https://oauth-sandbox.staging.qonto.co"
AUTHORIZE_PATH = "/oauth2/auth"
# Qonto documents the token endpoint in two forms: https://oauth.qonto.com/oauth2/token (the
# OAuth guide's "Token endpoint" and "Refresh token endpoint" pages, and the "Create or refresh
# tokens" reference page's OpenAPI block, ``post /oauth2/token``) and .../v2/oauth2/token (one
# copy of that same reference page).  We call the form without /v2: it is the one every guide
# page and the OpenAPI description agree on, the one qontoctl uses, and the OAuth server's other
# paths (/oauth2/auth, /oauth2/revoke) have no /v2 either — /v2 is the version prefix of the API
# host (thirdparty.qonto.com/v2/...), not of the OAuth host.  Contract: qonto.md §1.
TOKEN_PATH = "/oauth2/token"  # noqa: S105 - a URL path, not a secret
STAGING_HEADER = "X-Qonto-Staging-Token"

# organization.read covers organization, bank accounts and transactions; offline_access is what
# gets a refresh token; webhook lets us subscribe to v1/transactions.
DEFAULT_SCOPES = ("organization.read", "offline_access", "webhook")
TRANSACTIONS_EVENT_TYPE = "v1/transactions"
ALL_STATUSES = ("pending", "completed", "declined")
MAX_PER_PAGE = 100
ACCESS_TOKEN_LIFETIME = 3600  # documented; used when an answer omits expires_in
REFRESH_TOKEN_LIFETIME = timedelta(days=90)
MAX_PAGES = 100_000  # a runaway pagination stops here instead of looping forever
# The list of webhook subscriptions answers {"subscriptions": [...], "meta": {...}}; answers
# under "webhook_subscriptions" (what early clients assumed) are still read.
SUBSCRIPTION_LIST_KEYS = ("subscriptions", "webhook_subscriptions")

# Codes of QontoResponseError (the add-on words them for the user).
MISSING_KEY = "missing_key"
NOT_A_LIST = "not_a_list"
NOT_AN_OBJECT = "not_an_object"
BAD_META = "bad_meta"
PAGE_PARAM_IGNORED = "page_param_ignored"
PAGING_STALLED = "paging_stalled"
TOO_MANY_PAGES = "too_many_pages"

# Statuses that never become a booked movement.  "reversed" is named by Qonto's MCP server only.
SKIPPED_STATUSES = {
    "declined": "declined by Qonto, never booked",
    "reversed": "reversed by Qonto, never booked",
}


# -- errors ------------------------------------------------------------------------------------


class QontoDataError(ValueError):
    """A transaction Qonto sent cannot be read (missing or malformed field)."""


class ConsentError(oauth.ConsentLostError):
    """Qonto refused the refresh token: the consent expired (90 days) or was revoked.
    An administrator must connect again; retrying does not help."""


class AuthorizationCodeError(AuthError):
    """Qonto refused the authorisation code (valid 10 minutes, single use)."""


class QontoResponseError(BadResponseError):
    """A 2xx answer that is not what the contract promises; ``code`` says what is wrong
    (MISSING_KEY, NOT_A_LIST, NOT_AN_OBJECT, BAD_META, PAGE_PARAM_IGNORED, PAGING_STALLED,
    TOO_MANY_PAGES) and ``message`` says it in English for logs."""

    def __init__(self, code: str, message: str, **kwargs):
        super().__init__(message, **kwargs)
        self.code = code


# -- small helpers -----------------------------------------------------------------------------


def api_base_url(environment: str) -> str:
    return SANDBOX_API if environment == "sandbox" else PRODUCTION_API


def oauth_base_url(environment: str) -> str:
    return SANDBOX_OAUTH if environment == "sandbox" else PRODUCTION_OAUTH


def api_key_authorization(login: str | None, secret_key: str | None) -> str:
    """The API-key ``Authorization`` value: ``<login>:<secret key>``, no scheme, no base64."""
    login = (login or "").strip()
    secret_key = (secret_key or "").strip()
    if not login or not secret_key:
        raise AuthError(
            "Qonto API key mode needs the organization login (e.g. acme-1234) and the secret "
            "key, both shown in Qonto under Settings → Integrations & Partnerships → API key."
        )
    if ":" in login:
        raise AuthError(
            "The Qonto login contains a colon: enter the login and the secret key in their own "
            "fields, not the pair 'login:secret'."
        )
    if login.lower().startswith(("basic ", "bearer ")):
        raise AuthError("Enter the bare Qonto login, without 'Basic' or 'Bearer'.")
    return f"{login}:{secret_key}"


def parse_timestamp(value: str | datetime | None) -> datetime | None:
    """An aware UTC datetime from Qonto's ISO-8601 text, with or without fraction (any number of
    digits, truncated to microseconds), ``Z`` or an offset; None for empty values."""
    if value is None or value == "":
        return None
    try:
        return parse_utc(value, DATE_TIME)
    except ValueError as exc:
        raise QontoDataError(str(exc)) from None


def format_timestamp(value: datetime) -> str:
    """``2025-01-01T00:00:00.000Z`` (naive values are taken as UTC)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    value = value.astimezone(timezone.utc)
    return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"


def _snake(name: str) -> str:
    """``DirectDebit`` → ``direct_debit`` (subject_type is CamelCase, the nested key is not)."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _decimal(value, what: str) -> Decimal:
    if value is None or isinstance(value, bool):
        raise QontoDataError(f"no {what}")
    try:
        result = Decimal(str(value))
    except (InvalidOperation, ValueError):
        raise QontoDataError(f"unreadable {what} {value!r}") from None
    if not result.is_finite():
        raise QontoDataError(f"unreadable {what} {value!r}")
    return result


def _sign(tx: dict) -> int:
    side = tx.get("side")
    if side == "credit":
        return 1
    if side == "debit":
        return -1
    raise QontoDataError(f"unknown side {side!r} (expected credit or debit)")


def transaction_ref(tx: dict) -> str:
    """What identifies a transaction to a person and in unique ids (OCA used transaction_id)."""
    return str(tx.get("transaction_id") or tx.get("id") or "?")


def counterparty_account(tx: dict) -> tuple[str | None, str | None]:
    """(account number, bank identifier) of the counterparty, from the object named after
    ``subject_type`` (``transfer``, ``income``, ``direct_debit`` …), else from any nested object
    that carries ``counterparty_account_number``."""
    candidates = []
    subject = tx.get("subject_type")
    if isinstance(subject, str) and subject:
        for key in (subject, _snake(subject), subject.lower()):
            if isinstance(tx.get(key), dict):
                candidates.append(tx[key])
    candidates += [
        value
        for value in tx.values()
        if isinstance(value, dict) and "counterparty_account_number" in value
    ]
    for details in candidates:
        number = details.get("counterparty_account_number")
        if number:
            number = re.sub(r"\s+", "", str(number)).upper()
            bic = details.get("counterparty_bank_identifier")
            return number, (str(bic).strip() if bic else None)
    return None, None


def _narration(tx: dict) -> str | None:
    parts = []
    if tx.get("note"):
        parts.append(str(tx["note"]).strip())
    details = []
    if tx.get("operation_type"):
        details.append(f"Operation: {tx['operation_type']}")
    if tx.get("category"):
        details.append(f"Category: {tx['category']}")
    for key in ("cashflow_category", "cashflow_subcategory"):
        value = tx.get(key)
        if isinstance(value, dict) and value.get("name"):
            details.append(f"{key.replace('_', ' ').capitalize()}: {value['name']}")
    if tx.get("card_last_digits"):
        details.append(f"Card ending {tx['card_last_digits']}")
    if tx.get("is_external_transaction"):
        details.append("External account")
    if details:
        parts.append(" · ".join(details))
    return "\n".join(parts) or None


def transaction_line(tx: dict) -> dict | None:
    """Statement-line values of a **completed** transaction; None for any other status.

    ``unique_import_id`` is Qonto's ``transaction_id`` like the OCA module, so journals that
    were fed by it do not book the same movement twice.  The private ``_fincycle_*`` keys are
    read (and removed) by the Fincycle booking step.  Raises QontoDataError when a completed
    transaction lacks what booking needs."""
    if not isinstance(tx, dict):
        raise QontoDataError(f"not a transaction object: {type(tx).__name__}")
    if tx.get("status") != "completed":
        return None
    uid = tx.get("transaction_id") or tx.get("id")
    if not uid:
        raise QontoDataError("no transaction_id")
    sign = _sign(tx)
    amount = _decimal(tx.get("amount"), "amount")
    date = parse_timestamp(tx.get("settled_at"))
    if date is None:
        raise QontoDataError("completed but no settled_at")
    currency = tx.get("currency")
    if not currency:
        raise QontoDataError("no currency")
    label = (tx.get("label") or "").strip()
    reference = (tx.get("reference") or "").strip()
    number, _bic = counterparty_account(tx)
    vals = {
        "unique_import_id": str(uid),
        "date": date,
        "amount": float(abs(amount) * sign),
        "payment_ref": " - ".join(x for x in (label, reference) if x) or "/",
        "ref": reference or None,
        "partner_name": (tx.get("clean_counterparty_name") or "").strip() or label or None,
        "account_number": number,
        "narration": _narration(tx),
        "transaction_type": tx.get("operation_type") or None,
        "raw_data": json.dumps(tx, sort_keys=True, ensure_ascii=False, default=str),
        "_fincycle_currency": str(currency).upper(),
    }
    local_currency = tx.get("local_currency")
    if local_currency and str(local_currency).upper() != vals["_fincycle_currency"]:
        local_amount = tx.get("local_amount")
        if local_amount is not None:
            vals["_fincycle_foreign_currency"] = str(local_currency).upper()
            vals["amount_currency"] = float(abs(_decimal(local_amount, "local_amount")) * sign)
    if tx.get("settled_balance") is not None:
        vals["_fincycle_balance_after"] = float(_decimal(tx["settled_balance"], "settled_balance"))
    return {k: v for k, v in vals.items() if v is not None}


@dataclass
class TransactionBatch:
    """A list of transactions sorted out: ``lines`` to book, ``pending`` (not booked until
    completed: {id, transaction_id, amount (signed), created_at, label}), ``skipped``
    (transaction_id, status, reason), and ``problems`` (sentences for the chatter)."""

    lines: list[dict] = field(default_factory=list)
    pending: list[dict] = field(default_factory=list)
    skipped: list[tuple[str, str, str]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def split_transactions(transactions: Iterable[dict]) -> TransactionBatch:
    """Completed → line; pending → pending list; declined/reversed → skipped with the reason;
    an unreadable or unknown-status transaction → a problem (the others go on)."""
    batch = TransactionBatch()
    for tx in transactions:
        ref = transaction_ref(tx) if isinstance(tx, dict) else "?"
        status = tx.get("status") if isinstance(tx, dict) else None
        try:
            if status == "completed":
                batch.lines.append(transaction_line(tx))
            elif status == "pending":
                created = parse_timestamp(tx.get("created_at")) or parse_timestamp(
                    tx.get("emitted_at")
                )
                batch.pending.append(
                    {
                        "id": tx.get("id"),
                        "transaction_id": tx.get("transaction_id"),
                        "amount": float(abs(_decimal(tx.get("amount"), "amount")) * _sign(tx)),
                        "created_at": created,
                        "label": tx.get("label"),
                    }
                )
            elif status in SKIPPED_STATUSES:
                batch.skipped.append((ref, status, SKIPPED_STATUSES[status]))
            else:
                batch.problems.append(f"{ref}: unknown status {status!r}, not booked")
        except QontoDataError as exc:
            batch.problems.append(f"{ref}: {exc}, not booked")
    return batch


def pkce_pair() -> tuple[str, str]:
    """(code_verifier, S256 code_challenge) for the authorisation request."""
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
    return verifier, challenge.rstrip(b"=").decode()


# -- OAuth -------------------------------------------------------------------------------------


class QontoOAuth(oauth.OAuthClient):
    """Qonto's OAuth server on the kit's OAuth client: the client authenticates with its
    secret, PKCE on top; in the sandbox the staging header goes with the token requests too.
    Qonto rotates the refresh token (the old one works 60 s more): store a new one at once."""

    def __init__(
        self,
        session,
        oauth_base_url: str,
        client_id: str,
        client_secret: str,
        *,
        staging_token: str | None = None,
        scopes: Iterable[str] = DEFAULT_SCOPES,
    ):
        if not client_id or not client_secret:
            raise AuthError(
                "Qonto OAuth needs the Client ID and Client Secret of the application registered "
                "in Qonto's developer portal."
            )
        base = oauth_base_url.rstrip("/")
        super().__init__(
            session,
            base + AUTHORIZE_PATH,
            base + TOKEN_PATH,
            oauth.ClientSecret(client_id, client_secret),
            scopes=scopes,
            provider="Qonto",
            default_expires_in=ACCESS_TOKEN_LIFETIME,
            headers={STAGING_HEADER: staging_token} if staging_token else None,
        )

    def refresh(self, refresh_token):
        if not refresh_token:
            raise ConsentError(
                "No Qonto refresh token is stored: connect to Qonto (OAuth) first.", status=None
            )
        # Safe to retry on 5xx: the old refresh token stays valid 60 s after a rotation whose
        # answer we may have lost.
        return super().refresh(refresh_token)

    def _refused(self, exc, grant_type):
        if not isinstance(exc, ProviderError):
            return None
        if grant_type == "authorization_code" and exc.provider_code in (
            "invalid_grant",
            "invalid_request",
        ):
            return AuthorizationCodeError(
                "Qonto refused the authorisation code (valid 10 minutes, usable once): "
                f"start the connection again. ({exc.message})",
                status=exc.status,
                provider_code=exc.provider_code,
            )
        if grant_type == "refresh_token" and exc.provider_code == "invalid_grant":
            return ConsentError(
                "Qonto no longer accepts this connection's refresh token (the consent "
                "expired after 90 days or was revoked in Qonto): an administrator must "
                f"click 'Connect with Qonto' again. ({exc.message})",
                status=exc.status,
                provider_code=exc.provider_code,
            )
        return None


# -- API client --------------------------------------------------------------------------------


class QontoClient:
    """Qonto Business API v2.

    ``auth_header_getter()`` returns the ``Authorization`` value for each call (API key pair or
    ``Bearer <token>``); on a 401, ``on_unauthorized()`` is called once (refresh the token) and
    the call is repeated if it returns True."""

    def __init__(
        self,
        session,
        base_url: str,
        auth_header_getter: Callable[[], str],
        on_unauthorized: Callable[[], bool] | None = None,
        staging_token: str | None = None,
    ):
        base = (base_url or PRODUCTION_API).rstrip("/")
        if base.endswith("/v2"):  # tolerate the OCA-style endpoint
            base = base[:-3]
        self.session = session
        self.base_url = base
        self.auth_header_getter = auth_header_getter
        self.on_unauthorized = on_unauthorized
        self.staging_token = staging_token
        # The pagination doc says "page", OCA and Qonto's MCP send "current_page": we send
        # "page" and switch for good if the server does not move to the page asked for.
        self.page_param = "page"

    # -- plumbing --------------------------------------------------------------------------
    def _headers(self) -> dict[str, str]:
        headers = {"Authorization": self.auth_header_getter(), "Accept": "application/json"}
        if self.staging_token:
            headers[STAGING_HEADER] = self.staging_token
        return headers

    def _call(self, method: str, path: str, **kwargs):
        url = self.base_url + path
        retried = False
        while True:
            try:
                return self.session.json(method, url, headers=self._headers(), **kwargs)
            except AuthError as exc:
                # One new token and one more try; a second 401 is final (Qonto throttles
                # clients that collect 401s).
                if exc.status != 401 or retried or not self.on_unauthorized:
                    raise
                if not self.on_unauthorized():
                    raise
                retried = True

    @staticmethod
    def _unwrap(body, key: str, path: str):
        if not isinstance(body, dict) or key not in body:
            raise QontoResponseError(MISSING_KEY, f"Qonto {path} answered without '{key}'.")
        return body[key]

    def _pages(
        self, path: str, keys: tuple[str, ...], params: list, *, objects_with_id: bool = False
    ) -> Iterator:
        """Every item of a paginated list, page after page, each once (by id).

        Reads ``{<key>: [...], "meta": {...}}`` with the first of ``keys`` present (or a bare
        list: one page) and follows ``meta.next_page`` until it is null.  A page that does not
        move on (next_page not after the current page) raises PAGING_STALLED instead of
        looping.  ``objects_with_id``: every item must be an object with an ``id``."""
        seen: set[str] = set()
        page = 1
        for _guard in range(MAX_PAGES):
            items, meta = self._page(path, keys, params, page, seen)
            for item in items:
                if objects_with_id and not (isinstance(item, dict) and item.get("id")):
                    raise QontoResponseError(
                        NOT_AN_OBJECT,
                        f"Qonto {path}: an item of '{keys[0]}' is not an object with an id.",
                    )
                key = _item_key(item)
                if key and key in seen:
                    continue
                if key:
                    seen.add(key)
                yield item
            following = _next_page(meta, page, path)
            if following is None or not items:
                return
            page = following
        raise QontoResponseError(
            TOO_MANY_PAGES, f"Qonto {path}: more than {MAX_PAGES} pages, stopped."
        )

    def _page(self, path: str, keys: tuple[str, ...], params: list, page: int, seen: set):
        body = self._call("GET", path, params=[*params, (self.page_param, str(page))])
        items = _list_of(body, keys, path)
        meta = body.get("meta") if isinstance(body, dict) else None
        if meta is None:
            meta = {}
        elif not isinstance(meta, dict):
            raise QontoResponseError(BAD_META, f"Qonto {path}: 'meta' is not an object.")
        if page > 1 and _ignored_page(meta, page, items, seen):
            if self.page_param != "page":
                raise QontoResponseError(
                    PAGE_PARAM_IGNORED,
                    f"Qonto {path} answered page {meta.get('current_page')} when asked for "
                    f"page {page}, with 'page' and with 'current_page'.",
                )
            _logger.info("Qonto ignored 'page'; paging with 'current_page' from now on")
            self.page_param = "current_page"
            return self._page(path, keys, params, page, seen)
        return items, meta

    # -- organization / accounts ------------------------------------------------------------
    def organization(self, include_external_accounts: bool = True) -> dict:
        path = "/v2/organization"
        body = self._call(
            "GET",
            path,
            params={"include_external_accounts": "true" if include_external_accounts else "false"},
        )
        organization = self._unwrap(body, "organization", path)
        if not isinstance(organization, dict):
            raise BadResponseError(f"Qonto {path}: 'organization' is not an object.")
        accounts = organization.get("bank_accounts")
        if accounts is None:
            organization["bank_accounts"] = []
        elif not isinstance(accounts, list):
            raise BadResponseError(f"Qonto {path}: 'bank_accounts' is not a list.")
        return organization

    def bank_accounts(self, include_external_accounts: bool = True) -> list[dict]:
        return self.organization(include_external_accounts)["bank_accounts"]

    def find_bank_account(
        self, bank_account_id: str | None = None, iban: str | None = None
    ) -> dict | None:
        wanted = _clean_iban(iban)
        for account in self.bank_accounts(include_external_accounts=True):
            if bank_account_id and account.get("id") == bank_account_id:
                return account
            if wanted and _clean_iban(account.get("iban")) == wanted:
                return account
        return None

    # -- transactions -----------------------------------------------------------------------
    def iter_transactions(
        self,
        bank_account_id: str | None = None,
        iban: str | None = None,
        *,
        updated_from: datetime | None = None,
        updated_to: datetime | None = None,
        statuses: Iterable[str] = ALL_STATUSES,
        per_page: int = MAX_PER_PAGE,
    ) -> Iterator[dict]:
        """Every transaction of one account updated in the window, oldest update first, each
        once (by id) even if it moves between pages while we read.

        The account is chosen by ``bank_account_id`` or, for accounts Qonto lists as external
        (OCA #921), by ``iban``."""
        if not bank_account_id and not iban:
            raise ValueError("iter_transactions needs bank_account_id or iban")
        if not 1 <= per_page <= MAX_PER_PAGE:
            raise ValueError(f"per_page must be between 1 and {MAX_PER_PAGE}")
        params: list[tuple[str, str]] = []
        if bank_account_id:
            params.append(("bank_account_id", bank_account_id))
        else:
            params.append(("iban", _clean_iban(iban)))
        params += [("status[]", s) for s in statuses]
        if updated_from:
            params.append(("updated_at_from", format_timestamp(updated_from)))
        if updated_to:
            params.append(("updated_at_to", format_timestamp(updated_to)))
        params += [("sort_by", "updated_at:asc"), ("per_page", str(per_page))]
        yield from self._pages("/v2/transactions", ("transactions",), params)

    def transaction(self, transaction_uuid: str) -> dict:
        """One transaction by its uuid (``id``, not ``transaction_id``)."""
        if not transaction_uuid:
            raise ValueError("transaction needs the transaction's id")
        path = f"/v2/transactions/{quote(str(transaction_uuid), safe='')}"
        transaction = self._unwrap(self._call("GET", path), "transaction", path)
        if not isinstance(transaction, dict):
            raise BadResponseError(f"Qonto {path}: 'transaction' is not an object.")
        return transaction

    # -- webhooks ---------------------------------------------------------------------------
    def webhook_subscriptions(self) -> list[dict]:
        """Every webhook subscription of the organization, all pages read (Qonto answers
        ``{"subscriptions": [...], "meta": {...}}``, at most 100 a page)."""
        params = [("per_page", str(MAX_PER_PAGE))]
        return list(
            self._pages(
                "/v2/webhook_subscriptions", SUBSCRIPTION_LIST_KEYS, params, objects_with_id=True
            )
        )

    def create_webhook_subscription(
        self,
        callback_url: str,
        event_type: str = TRANSACTIONS_EVENT_TYPE,
        secret: str | None = None,
        description: str | None = None,
    ) -> dict:
        """One subscription for one event type (the guide's rule); returns it with ``secret``."""
        payload = {"callback_url": callback_url, "types": [event_type]}
        if secret:
            payload["secret"] = secret
        if description:
            payload["description"] = description[:255]
        body = self._call("POST", "/v2/webhook_subscriptions", json=payload, idempotent=False)
        # The contract wraps it in "webhook_subscription"; qontoctl saw it unwrapped: read both.
        subscription = body.get("webhook_subscription", body) if isinstance(body, dict) else None
        if not isinstance(subscription, dict) or not subscription.get("id"):
            raise BadResponseError("Qonto created a webhook subscription but sent no id.")
        return subscription

    def delete_webhook_subscription(self, subscription_id: str) -> None:
        self._call("DELETE", f"/v2/webhook_subscriptions/{quote(str(subscription_id), safe='')}")


def _clean_iban(value) -> str:
    return re.sub(r"\s+", "", str(value or "")).upper()


def _item_key(item) -> str:
    if not isinstance(item, dict):
        return ""
    return str(item.get("id") or item.get("transaction_id") or "")


def _list_of(body, keys: tuple[str, ...], path: str) -> list:
    """The items of one page: under the first of ``keys`` the answer has, or the answer itself
    when it is a bare list."""
    if isinstance(body, list):
        return body
    key = next((k for k in keys if isinstance(body, dict) and k in body), None)
    if key is None:
        raise QontoResponseError(MISSING_KEY, f"Qonto {path} answered without '{keys[0]}'.")
    if not isinstance(body[key], list):
        raise QontoResponseError(NOT_A_LIST, f"Qonto {path}: '{key}' is not a list.")
    return body[key]


def _ignored_page(meta: dict, page: int, items: list, seen: set) -> bool:
    """True when the server answered another page than the one asked for."""
    current = meta.get("current_page")
    if current is not None:
        try:
            return int(current) != page
        except (TypeError, ValueError):
            return False
    # No meta to tell: a page made only of items already read is page 1 again.
    keys = [_item_key(item) for item in items]
    return bool(keys) and all(k and k in seen for k in keys)


def _next_page(meta: dict, page: int, path: str) -> int | None:
    """The page to ask for after ``page``, None after the last one."""
    if "next_page" in meta:
        following = meta.get("next_page")
        if following in (None, "", 0):  # pages count from 1: 0 and "" name none
            return None
        try:
            following = int(following)
        except (TypeError, ValueError):
            raise QontoResponseError(
                BAD_META, f"Qonto {path}: unreadable meta.next_page {following!r}."
            ) from None
        if following <= page:
            raise QontoResponseError(
                PAGING_STALLED,
                f"Qonto {path}: the server's paging does not advance (page {page} names page "
                f"{following} as the next one); stopped instead of reading it again.",
            )
        return following
    total = meta.get("total_pages")
    try:
        return page + 1 if total is not None and page < int(total) else None
    except (TypeError, ValueError):
        raise QontoResponseError(
            BAD_META, f"Qonto {path}: unreadable meta.total_pages {total!r}."
        ) from None
