"""A fake Qonto Business API that enforces the contract (shared/reference/apis/qonto.md).

``FakeQonto`` is a ``FakeProvider`` (127.0.0.1, own thread, ``.url``, ``.calls()``, the clock
and the failure switches) whose unscripted routes are answered from an in-memory model:

* API key: ``Authorization: <login>:<secret key>`` exactly (``Basic …``, base64 or a wrong pair
  → 401); OAuth: ``Bearer <access token>`` that expires (1 h) and needs the endpoint's scope;
  more than ``max_401_per_hour`` 401 answers within an hour → 429 for everyone;
* OAuth server: ``GET /oauth2/auth`` (redirects back with a code valid 10 minutes, single use,
  PKCE checked when a challenge was sent) and ``POST /oauth2/token`` (form-encoded; codes and
  refresh tokens; refresh tokens **rotate**: the old one keeps working 60 s, then
  ``invalid_grant``; revoked consent → ``invalid_grant``);
* ``/v2/organization`` (external accounts only with ``include_external_accounts=true``),
  ``/v2/bank_accounts[/{id}]``, ``/v2/transactions`` (``bank_account_id`` or ``iban``,
  ``status[]`` (default completed only), ``updated_at_*``/``settled_at_*``/``emitted_at_*``,
  ``side``, ``sort_by``, ``per_page`` 1 to 100, ``page`` *or* ``current_page`` depending on
  ``paging``, ``meta`` block), ``/v2/transactions/{id}``, ``/v2/webhook_subscriptions`` (one type
  per subscription, secret 32 to 128 characters or generated; the list answers
  ``{"subscriptions": [...], "meta": {...}}`` paged like the transactions);
* errors as ``{"errors": [{"code", "detail"}]}``; switches answer 429 (with Retry-After) or 5xx
  to the next calls, optionally only on one path and after a number of good calls.

Filtered transaction lists are cached until the data changes, so paging through 10,000
transactions costs one filter and sort.  No Odoo import.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import time
import uuid
from collections.abc import Iterable
from datetime import datetime, timedelta, timezone
from decimal import Decimal

from fincycle.banking.qonto import format_timestamp, parse_timestamp
from fincycle.webhooks import QontoScheme

from .fake_server import FakeProvider, FakeResponse, RecordedRequest, oauth_error

STATUSES = ("pending", "completed", "declined")
SORT_FIELDS = ("settled_at", "updated_at", "emitted_at")
WEBHOOK_TYPES = (
    "v1/transactions",
    "v1/accounts",
    "v1/organizations",
    "v1/memberships",
    "v1/consent-revocations",
    "v1/cards",
)
SCOPE_FOR = {"organization": "organization.read", "webhook": "webhook"}


def _error(status: int, code: str, detail: str, **source) -> FakeResponse:
    error = {"code": code, "detail": detail}
    if source:
        error["source"] = source
    return FakeResponse(status, {"errors": [error]})


class FakeQonto(FakeProvider):
    """``with FakeQonto() as q: q.add_bank_account(...); q.add_transaction(...)``.

    Point clients at ``q.url`` (API) and ``q.url`` (OAuth: ``/oauth2/...``)."""

    # Configuration: the defaults; ``FakeQonto(paging="current_page")`` overrides them.
    login: str = "acme-1234"
    secret_key: str = "fake-secret-key-0123456789"  # noqa: S105 - test value
    client_id: str = "fake-qonto-client"
    client_secret: str = "fake-qonto-client-secret"  # noqa: S105 - test value
    redirect_uris: tuple[str, ...] = ()  # the registered ones; none: any is accepted
    paging: str = "page"
    staging_token: str | None = None
    webhooks_require_oauth: bool = True
    access_token_lifetime: int = 3600
    code_lifetime: int = 600
    refresh_grace: int = 60
    refresh_lifetime: int = 90 * 86400
    max_401_per_hour: int = 200

    def reset(self) -> None:
        """Forget data, tokens, switches, scripted routes and recorded calls (one server per
        test class, reset per test)."""
        with self._lock:
            super().reset()
            self.consent_answer = "approve"
            self.organization = {
                "id": str(uuid.uuid4()),
                "slug": self.login,
                "legal_name": "ACME SAS",
            }
            self.accounts: dict[str, dict] = {}
            self.codes: dict[str, dict] = {}
            self.refresh_tokens: dict[str, dict] = {}
            self.access_tokens: dict[str, dict] = {}
            self.subscriptions: dict[str, dict] = {}
            self._txs: dict[str, dict] = {}
            self._order: list[str] = []
            self._index: dict[str, int] = {}
            self._stamps: dict[str, dict] = {}
            self._version = 0
            self._cache: dict[tuple, list[str]] = {}
            self._seq = 0
            self._clock_data = datetime(2025, 5, 1, 8, 0, tzinfo=timezone.utc)
            self._unauthorized: list[float] = []

    # -- OAuth state -----------------------------------------------------------------------
    def issue_code(
        self,
        redirect_uri: str,
        scopes: Iterable[str] = ("organization.read", "offline_access", "webhook"),
        code_challenge: str | None = None,
    ) -> str:
        """What the consent page does once the user approves."""
        code = "qoc_" + secrets.token_urlsafe(24)
        with self._lock:
            self.codes[code] = {
                "expires": self.now() + self.code_lifetime,
                "redirect_uri": redirect_uri,
                "scopes": list(scopes),
                "challenge": code_challenge,
                "used": False,
            }
        return code

    def issue_tokens(
        self, scopes: Iterable[str] = ("organization.read", "offline_access", "webhook")
    ) -> dict:
        """A token pair without the OAuth dance."""
        with self._lock:
            return self._new_pair(list(scopes))

    def _new_pair(self, scopes: list[str]) -> dict:
        access = "qoa_" + secrets.token_urlsafe(32)
        self.access_tokens[access] = {
            "expires": self.now() + self.access_token_lifetime,
            "scopes": scopes,
            "revoked": False,
        }
        answer = {
            "access_token": access,
            "token_type": "bearer",
            "expires_in": self.access_token_lifetime,
            "scope": " ".join(scopes),
        }
        if "offline_access" in scopes:
            refresh = "qor_" + secrets.token_urlsafe(32)
            self.refresh_tokens[refresh] = {
                "expires": self.now() + self.refresh_lifetime,
                "scopes": scopes,
                "rotated_at": None,
                "revoked": False,
            }
            answer["refresh_token"] = refresh
        return answer

    def expire_access_tokens(self) -> None:
        """Every access token issued so far expires now (refresh tokens still work)."""
        with self._lock:
            for record in self.access_tokens.values():
                record["expires"] = self.now() - 1

    def revoke_consent(self) -> None:
        """The user revoked the app in Qonto (or the 90 days ran out)."""
        with self._lock:
            for record in (*self.refresh_tokens.values(), *self.access_tokens.values()):
                record["revoked"] = True

    # -- data ------------------------------------------------------------------------------
    def add_bank_account(
        self,
        *,
        iban: str = "FR7616958000010000000000123",
        currency: str = "EUR",
        name: str = "Main",
        balance: float | str = 0,
        external: bool = False,
        account_id: str | None = None,
    ) -> dict:
        with self._lock:
            account_id = account_id or str(uuid.uuid4())
            number = len(self.accounts) + 1
            account = {
                "id": account_id,
                "slug": f"{self.login}-bank-account-{number}",
                "iban": iban,
                "bic": "QNTOFRP1XXX",
                "currency": currency,
                "name": name,
                "main": not self.accounts,
                "status": "active",
                "balance": float(Decimal(str(balance))),
                "balance_cents": int(Decimal(str(balance)) * 100),
                "authorized_balance": float(Decimal(str(balance))),
                "authorized_balance_cents": int(Decimal(str(balance)) * 100),
                "updated_at": format_timestamp(self._data_now()),
                "is_external_account": external,
            }
            self.accounts[account_id] = account
            return account

    def _data_now(self) -> datetime:
        return self._clock_data

    def _tick(self, at: datetime | None) -> datetime:
        if at is not None:
            return parse_timestamp(at)
        self._clock_data += timedelta(minutes=1)
        return self._clock_data

    def _account(self, bank_account_id: str | None) -> dict:
        if bank_account_id:
            return self.accounts[bank_account_id]
        if len(self.accounts) != 1:
            raise ValueError(f"{len(self.accounts)} bank accounts: name one")
        return next(iter(self.accounts.values()))

    def _move_balance(self, account: dict, tx: dict) -> None:
        signed = Decimal(str(tx["amount"])) * (1 if tx["side"] == "credit" else -1)
        balance = Decimal(str(account["balance"])) + signed
        account["balance"] = float(balance)
        account["balance_cents"] = int(balance * 100)
        account["authorized_balance"] = account["balance"]
        account["authorized_balance_cents"] = account["balance_cents"]
        tx["settled_balance"] = float(balance)
        tx["settled_balance_cents"] = int(balance * 100)

    def add_transaction(
        self,
        amount: float | str = "10.00",
        side: str = "credit",
        *,
        bank_account_id: str | None = None,
        status: str = "completed",
        label: str = "ACME Client",
        reference: str | None = "INV-1",
        at: datetime | str | None = None,
        counterparty_iban: str | None = "FR7630006000011234567890189",
        subject_type: str = "Income",
        operation_type: str | None = None,
        currency: str | None = None,
        local_currency: str | None = None,
        local_amount: float | str | None = None,
        fraction: bool = True,
        **extra,
    ) -> dict:
        """Store a transaction the way Qonto would show it; completed ones move the account
        balance and carry ``settled_balance``.  ``at`` is its time (default: one minute after the
        previous one); ``fraction=False`` writes timestamps without milliseconds."""
        with self._lock:
            account = self._account(bank_account_id)
            when = self._tick(at)
            self._seq += 1
            tx_uuid = str(uuid.uuid4())
            amount_dec = abs(Decimal(str(amount)))
            stamp = self._fmt(when, fraction)
            tx = {
                "id": tx_uuid,
                "transaction_id": f"{self.login}-transaction-{self._seq}",
                "amount": float(amount_dec),
                "amount_cents": int(amount_dec * 100),
                "currency": currency or account["currency"],
                "local_amount": float(abs(Decimal(str(local_amount))))
                if local_amount is not None
                else float(amount_dec),
                "local_amount_cents": int(abs(Decimal(str(local_amount or amount_dec))) * 100),
                "local_currency": local_currency or currency or account["currency"],
                "side": side,
                "operation_type": operation_type or _snake(subject_type),
                "status": status,
                "label": label,
                "clean_counterparty_name": label,
                "reference": reference,
                "note": None,
                "settled_at": stamp if status == "completed" else None,
                "emitted_at": stamp,
                "created_at": stamp,
                "updated_at": stamp,
                "settled_balance": None,
                "settled_balance_cents": None,
                "vat_amount": None,
                "vat_amount_cents": None,
                "vat_rate": None,
                "attachment_ids": [],
                "attachment_required": False,
                "attachment_lost": False,
                "label_ids": [],
                "initiator_id": None,
                "card_last_digits": None,
                "category": "other_income" if side == "credit" else "other_expense",
                "subject_type": subject_type,
                "bank_account_id": account["id"],
                "is_external_transaction": account["is_external_account"],
            }
            if counterparty_iban:
                tx[_snake(subject_type)] = {
                    "counterparty_account_number": counterparty_iban,
                    "counterparty_account_number_format": "IBAN",
                    "counterparty_bank_identifier": None,
                    "counterparty_bank_identifier_format": None,
                }
            tx.update(extra)
            if status == "completed":
                self._move_balance(account, tx)
            self._store(tx)
            return json.loads(json.dumps(tx))

    def load_transactions(
        self, transactions: Iterable[dict], bank_account_id: str | None = None
    ) -> int:
        """Store transactions as given (e.g. the sample file), on ``bank_account_id`` if given."""
        count = 0
        with self._lock:
            for raw in transactions:
                tx = json.loads(json.dumps(raw))
                if bank_account_id:
                    tx["bank_account_id"] = bank_account_id
                tx.setdefault("id", str(uuid.uuid4()))
                tx.setdefault("updated_at", tx.get("settled_at") or tx.get("emitted_at"))
                self._store(tx)
                count += 1
        return count

    def generate(self, count: int, **kwargs) -> None:
        """``count`` completed credits of 1.00 to 99.99 one minute apart (benchmarks)."""
        for index in range(count):
            self.add_transaction(
                amount=f"{index % 99 + 1}.{index % 100:02d}",
                label=f"Client {index % 37}",
                reference=f"INV-{index}",
                **kwargs,
            )

    def set_status(self, tx_uuid: str, status: str, at: datetime | str | None = None) -> dict:
        """Move a transaction to ``status`` (pending → completed books it, with settled_at)."""
        with self._lock:
            tx = self._txs[tx_uuid]
            when = self._tick(at)
            if status == "completed" and tx["status"] != "completed":
                tx["settled_at"] = self._fmt(when, True)
                self._move_balance(self.accounts[tx["bank_account_id"]], tx)
            tx["status"] = status
            tx["updated_at"] = self._fmt(when, True)
            self._store(tx)
            return json.loads(json.dumps(tx))

    def update_transaction(self, tx_uuid: str, at: datetime | str | None = None, **changes):
        with self._lock:
            tx = self._txs[tx_uuid]
            tx.update(changes)
            tx["updated_at"] = self._fmt(self._tick(at), True)
            self._store(tx)
            return json.loads(json.dumps(tx))

    def transactions(self) -> list[dict]:
        with self._lock:
            return [json.loads(json.dumps(self._txs[i])) for i in self._order]

    @staticmethod
    def _fmt(when: datetime, fraction: bool) -> str:
        text = format_timestamp(when)
        return text if fraction else text[:19] + "Z"

    def _store(self, tx: dict) -> None:
        if tx["id"] not in self._txs:
            self._index[tx["id"]] = len(self._order)
            self._order.append(tx["id"])
        self._txs[tx["id"]] = tx
        self._stamps[tx["id"]] = {
            name: parse_timestamp(tx.get(name)) for name in ("updated_at", *SORT_FIELDS)
        }
        self._version += 1

    # -- webhooks --------------------------------------------------------------------------
    def subscribe(
        self, callback_url: str, secret: str | None = None, event_type: str = "v1/transactions"
    ) -> dict:
        """A subscription as if created through the API (tests that skip the OAuth setup)."""
        with self._lock:
            stamp = format_timestamp(datetime.fromtimestamp(self.now(), timezone.utc))
            subscription = {
                "id": str(uuid.uuid4()),
                "organization_id": self.organization["id"],
                "membership_id": str(uuid.uuid4()),
                "callback_url": callback_url,
                "types": [event_type],
                "secret": secret or secrets.token_hex(32),
                "description": None,
                "created_at": stamp,
                "updated_at": stamp,
            }
            self.subscriptions[subscription["id"]] = subscription
            return dict(subscription)

    def webhook_delivery(
        self,
        tx_uuid: str,
        event: str = "created",
        *,
        subscription_id: str | None = None,
        event_id: str | None = None,
        timestamp: float | None = None,
        data: dict | None = None,
    ) -> tuple[str, bytes, dict[str, str]]:
        """``(callback_url, body, headers)`` of the ``v1/transactions`` delivery Qonto would
        POST; send it with any HTTP client (Odoo tests: ``self.url_open``)."""
        with self._lock:
            if subscription_id is None:
                subscription_id = self.sole(self.subscriptions, "subscriptions")
            subscription = self.subscriptions[subscription_id]
            payload = {
                "id": event_id or str(uuid.uuid4()),
                "subscription_id": subscription_id,
                "organization_id": self.organization["id"],
                "membership_id": subscription["membership_id"],
                "type": "v1/transactions",
                "created_at": format_timestamp(datetime.now(timezone.utc))[:19] + "Z",
                "data": {
                    "event": event,
                    **(data if data is not None else self._txs[tx_uuid]),
                },
            }
            body = json.dumps(payload).encode()
            headers = {"Content-Type": "application/json"}
            headers.update(
                QontoScheme().sign(body, subscription["secret"], timestamp=timestamp or time.time())
            )
            return subscription["callback_url"], body, headers

    # -- HTTP ------------------------------------------------------------------------------
    def _rate_limited(self) -> FakeResponse:
        return _error(429, "too_many_requests", "Rate limit exceeded")

    def _server_error(self, status: int) -> FakeResponse:
        return _error(status, "internal_server_error", "Something went wrong")

    def _bad_parameter(self, name: str, detail: str) -> FakeResponse:
        return _error(422, "invalid_parameter", detail, parameter=name)

    def _route(self, request: RecordedRequest) -> FakeResponse:
        method, path = request.method, request.path.rstrip("/")
        if path == "/oauth2/auth":
            return self._authorize(request) if method == "GET" else _error(405, "x", "GET only")
        if path == "/oauth2/token":
            return self._token(request) if method == "POST" else _error(405, "x", "POST only")
        if not path.startswith("/v2/"):
            return _error(404, "not_found", f"No such endpoint {path}")
        parts = [p for p in path[len("/v2/") :].split("/") if p]
        found = self.match_route(self._api_routes(), method, parts)
        if found:
            (_verb, _pattern, scope, handler), args = found
            return self._authorise(request, scope) or handler(request, *args)
        return _error(404, "not_found", f"No such endpoint {method} {path}")

    def _api_routes(self):
        org, hook = "organization", "webhook"
        return (
            ("GET", ["organization"], org, self._get_organization),
            ("GET", ["bank_accounts"], org, self._get_bank_accounts),
            ("GET", ["bank_accounts", "*"], org, self._get_bank_account),
            ("GET", ["transactions"], org, self._get_transactions),
            ("GET", ["transactions", "*"], org, self._get_transaction),
            ("POST", ["webhook_subscriptions"], hook, self._create_subscription),
            ("GET", ["webhook_subscriptions"], hook, self._list_subscriptions),
            ("GET", ["webhook_subscriptions", "*"], hook, self._get_subscription),
            ("DELETE", ["webhook_subscriptions", "*"], hook, self._delete_subscription),
        )

    def _unauthorised(self, detail: str) -> FakeResponse:
        now = self.now()
        self._unauthorized = [t for t in self._unauthorized if t > now - 3600] + [now]
        return _error(401, "unauthorized", detail)

    def _authorise(self, request: RecordedRequest, scope: str) -> FakeResponse | None:
        now = self.now()
        if len([t for t in self._unauthorized if t > now - 3600]) > self.max_401_per_hour:
            return FakeResponse(
                429,
                {"errors": [{"code": "too_many_requests", "detail": "Too many 401 answers"}]},
                {"Retry-After": "3600"},
            )
        if (
            self.staging_token
            and self.header(request, "X-Qonto-Staging-Token") != self.staging_token
        ):
            return _error(403, "forbidden", "Missing or invalid X-Qonto-Staging-Token")
        value = self.header(request, "Authorization")
        if not value:
            return self._unauthorised("Missing Authorization header")
        if value.startswith("Bearer "):
            record = self.access_tokens.get(value[len("Bearer ") :])
            if not record or record["revoked"]:
                return self._unauthorised("Invalid access token")
            if record["expires"] <= now:
                return self._unauthorised("The access token expired")
            if SCOPE_FOR[scope] not in record["scopes"]:
                return _error(403, "forbidden", f"Scope {SCOPE_FOR[scope]} required")
            return None
        if value.lower().startswith("basic "):
            return self._unauthorised("Authorization must be '<login>:<secret key>', not Basic")
        if value != f"{self.login}:{self.secret_key}":
            return self._unauthorised("Invalid login or secret key")
        if scope == "webhook" and self.webhooks_require_oauth:
            return _error(403, "forbidden", "Webhook subscriptions need OAuth (scope webhook)")
        return None

    # -- OAuth endpoints -------------------------------------------------------------------
    def _redirect_refused(self, redirect_uri: str) -> str | None:
        if self.redirect_uris and redirect_uri not in self.redirect_uris:
            return "redirect_uri is not registered for this client"
        return None

    def _authorize(self, request: RecordedRequest) -> FakeResponse:
        query = self._authorization_request(request)
        if isinstance(query, FakeResponse):
            return query
        redirect_uri = query["redirect_uri"]
        scopes = (query.get("scope") or "").split()
        answer = {"state": query.get("state", "")}
        if self.consent_answer == "approve":
            if query.get("code_challenge") and query.get("code_challenge_method") != "S256":
                return FakeResponse(400, "code_challenge_method must be S256")
            answer["code"] = self.issue_code(redirect_uri, scopes, query.get("code_challenge"))
        else:
            answer.update(error="access_denied", error_description="The user denied access")
        return self.redirect_back(redirect_uri, answer)

    def _token(self, request: RecordedRequest) -> FakeResponse:
        form = self.form(request)
        if form is None:
            return oauth_error(400, "invalid_request", "The body must be form-encoded")
        client_id, client_secret = form.get("client_id"), form.get("client_secret")
        scheme, credentials = self.authorization(request)
        if scheme.lower() == "basic":
            client_id, _sep, client_secret = base64.b64decode(credentials).decode().partition(":")
        if client_id != self.client_id or client_secret != self.client_secret:
            return oauth_error(401, "invalid_client", "Client authentication failed")
        grant = form.get("grant_type")
        now = self.now()
        if grant == "authorization_code":
            record = self.codes.get(form.get("code") or "")
            if not record or record["used"] or record["expires"] <= now:
                return oauth_error(400, "invalid_grant", "The authorization code is invalid")
            if form.get("redirect_uri") != record["redirect_uri"]:
                return oauth_error(400, "invalid_grant", "redirect_uri does not match")
            if record["challenge"]:
                verifier = form.get("code_verifier") or ""
                digest = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
                if digest.rstrip(b"=").decode() != record["challenge"]:
                    return oauth_error(400, "invalid_grant", "PKCE verification failed")
            record["used"] = True
            return FakeResponse(200, self._new_pair(record["scopes"]))
        if grant == "refresh_token":
            token = form.get("refresh_token") or ""
            record = self.refresh_tokens.get(token)
            if not record or record["revoked"] or record["expires"] <= now:
                return oauth_error(400, "invalid_grant", "The refresh token is invalid")
            if record["rotated_at"] is not None and now - record["rotated_at"] > self.refresh_grace:
                return oauth_error(400, "invalid_grant", "The refresh token was already used")
            if record["rotated_at"] is None:
                record["rotated_at"] = now
            return FakeResponse(200, self._new_pair(record["scopes"]))
        return oauth_error(400, "unsupported_grant_type", f"grant_type {grant!r}")

    # -- API endpoints ---------------------------------------------------------------------
    def _public_accounts(self, include_external: bool) -> list[dict]:
        return [
            dict(a)
            for a in self.accounts.values()
            if include_external or not a["is_external_account"]
        ]

    def _get_organization(self, request):
        flag = self.last(request.query, "include_external_accounts", "false")
        if flag not in ("true", "false"):
            return _error(
                422, "invalid_parameter", "must be true or false", parameter="include_external"
            )
        return FakeResponse(
            200,
            {
                "organization": {
                    **self.organization,
                    "bank_accounts": self._public_accounts(flag == "true"),
                }
            },
        )

    def _get_bank_accounts(self, request):
        accounts = self._public_accounts(True)
        return FakeResponse(200, {"bank_accounts": accounts, "meta": _meta(1, 100, len(accounts))})

    def _get_bank_account(self, request, account_id):
        account = self.accounts.get(account_id)
        if not account:
            return _error(404, "not_found", "Bank account not found")
        return FakeResponse(200, {"bank_account": dict(account)})

    def _account_of(self, query) -> dict | FakeResponse:
        account = None
        if query.get("bank_account_id"):
            account = self.accounts.get(self.last(query, "bank_account_id"))
        elif query.get("iban"):
            wanted = self.last(query, "iban").replace(" ", "").upper()
            account = next(
                (a for a in self.accounts.values() if a["iban"].replace(" ", "") == wanted), None
            )
        else:
            return _error(
                422, "invalid_parameter", "bank_account_id or iban is required", parameter="iban"
            )
        return account or _error(404, "not_found", "Bank account not found")

    @staticmethod
    def _bounds(query) -> list | FakeResponse:
        bounds = []
        for name in SORT_FIELDS:
            for suffix, op in (("_from", "ge"), ("_to", "le")):
                key = name + suffix
                if key not in query:
                    continue
                text = query[key][-1]
                try:
                    value = parse_timestamp(text) if "T" in text else None
                except ValueError:
                    value = None
                if value is None:
                    return _error(
                        422, "invalid_parameter", f"{key} must be ISO 8601", parameter=key
                    )
                bounds.append((name, op, value))
        return bounds

    def _get_transactions(self, request):
        query = request.query
        checks = [
            self._account_of(query),
            self.int_param(query, "per_page", 100, 1, 100),
            self.int_param(query, self.paging, 1, 1, 10**9),
            self._bounds(query),
        ]
        for check in checks:
            if isinstance(check, FakeResponse):
                return check
        account, per_page, page, bounds = checks
        statuses = tuple(query.get("status[]") or ["completed"])
        unknown = [s for s in statuses if s not in STATUSES]
        if unknown:
            return _error(422, "invalid_parameter", f"unknown status {unknown[0]}")
        side = self.last(query, "side")
        if side not in (None, "credit", "debit"):
            return _error(422, "invalid_parameter", "side must be credit or debit")
        sort_by = self.last(query, "sort_by", "settled_at:desc")
        sort_field, _sep, direction = sort_by.partition(":")
        if sort_field not in SORT_FIELDS or direction not in ("asc", "desc"):
            return _error(422, "invalid_parameter", f"sort_by {sort_by!r}", parameter="sort_by")
        key = (self._version, account["id"], statuses, tuple(bounds), side, sort_by)
        ids = self._cache.get(key)
        if ids is None:
            ids = [
                i
                for i in self._order
                if self._txs[i].get("bank_account_id") == account["id"]
                and self._txs[i].get("status") in statuses
                and (side is None or self._txs[i].get("side") == side)
                and all(self._within(i, *bound) for bound in bounds)
            ]
            missing = datetime.min.replace(tzinfo=timezone.utc)
            ids.sort(
                key=lambda i: (self._stamps[i].get(sort_field) or missing, self._index[i]),
                reverse=direction == "desc",
            )
            self._cache = {key: ids}
        chunk = self.page_of(ids, page, per_page)
        return FakeResponse(
            200,
            {
                "transactions": [self._txs[i] for i in chunk],
                "meta": _meta(page, per_page, len(ids)),
            },
        )

    def _within(self, tx_uuid, name, op, value) -> bool:
        stamp = self._stamps[tx_uuid].get(name)
        if stamp is None:  # pending rows have no settled_at: excluded by its filters
            return False
        return stamp >= value if op == "ge" else stamp <= value

    def _get_transaction(self, request, tx_uuid):
        tx = self._txs.get(tx_uuid)
        if not tx or tx.get("bank_account_id") not in self.accounts:
            return _error(404, "not_found", "Transaction not found")
        return FakeResponse(200, {"transaction": tx})

    def _create_subscription(self, request):
        try:
            body = self.json_body(request)
        except ValueError:
            return _error(400, "bad_request", "The body is not JSON")
        if not isinstance(body, dict):
            return _error(422, "invalid_parameter", "The body must be an object")
        url = body.get("callback_url")
        if not isinstance(url, str) or not url.startswith(("https://", "http://")):
            return _error(422, "invalid_parameter", "callback_url is required", pointer="url")
        types = body.get("types")
        if not isinstance(types, list) or len(types) != 1 or types[0] not in WEBHOOK_TYPES:
            return _error(
                422,
                "invalid_parameter",
                "types must list exactly one known event type",
                pointer="/types",
            )
        secret = body.get("secret")
        if secret is not None and (not isinstance(secret, str) or not 32 <= len(secret) <= 128):
            return _error(422, "invalid_parameter", "secret must be 32 to 128 characters")
        subscription = self.subscribe(url, secret, types[0])
        subscription["description"] = self.subscriptions[subscription["id"]]["description"] = (
            body.get("description")
        )
        return FakeResponse(201, {"webhook_subscription": dict(subscription)})

    def _list_subscriptions(self, request):
        """``{"subscriptions": [...], "meta": {...}}``, paginated like every Qonto list (page
        parameter per ``paging``, ``per_page`` 1 to 100, default 100); no secrets."""
        query = request.query
        per_page = self.int_param(query, "per_page", 100, 1, 100)
        if isinstance(per_page, FakeResponse):
            return per_page
        page = self.int_param(query, self.paging, 1, 1, 10**9)
        if isinstance(page, FakeResponse):
            return page
        every = [{k: v for k, v in s.items() if k != "secret"} for s in self.subscriptions.values()]
        chunk = self.page_of(every, page, per_page)
        return FakeResponse(
            200, {"subscriptions": chunk, "meta": _meta(page, per_page, len(every))}
        )

    def _get_subscription(self, request, subscription_id):
        subscription = self.subscriptions.get(subscription_id)
        if not subscription:
            return _error(404, "not_found", "Webhook subscription not found")
        return FakeResponse(
            200, {"webhook_subscription": {k: v for k, v in subscription.items() if k != "secret"}}
        )

    def _delete_subscription(self, request, subscription_id):
        if self.subscriptions.pop(subscription_id, None) is None:
            return _error(404, "not_found", "Webhook subscription not found")
        return FakeResponse(204)


def _meta(page: int, per_page: int, total: int) -> dict:
    """The ``meta`` block of a Qonto list page (qonto.md §4)."""
    total_pages = max(1, -(-total // per_page))
    return {
        "current_page": page,
        "next_page": page + 1 if page < total_pages else None,
        "prev_page": page - 1 if page > 1 else None,
        "total_pages": total_pages,
        "total_count": total,
        "per_page": per_page,
    }


def _snake(name: str) -> str:
    out = []
    for index, char in enumerate(name):
        if char.isupper() and index:
            out.append("_")
        out.append(char.lower())
    return "".join(out)
