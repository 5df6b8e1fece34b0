"""A fake Revolut Business API that enforces the contract (shared/reference/apis/revolut-business.md).

``FakeRevolut`` is a ``FakeProvider`` (127.0.0.1, own thread, ``.url``, ``.calls()``, ``.add()``
to script a route by hand, the clock and the failure switches) whose unscripted routes are
answered from an in-memory model:

* OAuth: a consent page that redirects with a code, ``POST /api/1.0/auth/token`` that verifies
  the client assertion (RS256 signature against the uploaded certificate, ``aud``, ``iss``,
  ``sub``, integer ``exp`` not past), single-use codes valid 120 s, refresh tokens that can be
  revoked, access tokens that expire and are invalidated by a refresh;
* every API call needs a live bearer token, else 401 ``{"message": "The request should be
  authorized."}``;
* accounts, bank details, counterparties, transactions (``from`` inclusive, ``to`` exclusive,
  ``account``, ``count`` ≤ 1000, ``state``, ``type``; newest first), webhooks v2;
* switches: answer 429 (code 3162, Retry-After) or a 5xx to the next N calls;
* ``paging = "ignore_to"``: a mis-behaving server that does not honour ``to`` and answers the
  newest page every time (what a contract mock once did; the client must stop, not loop).

Transactions are kept sorted by ``created_at`` and sliced with bisect, so 10,000 of them are
served as fast as 10.  No Odoo import: usable from pure and Odoo tests alike.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
import time
import uuid
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from datetime import datetime, timedelta, timezone
from decimal import Decimal

import jwt
from cryptography import x509

from fincycle.banking.revolut import ASSERTION_TYPE, AUDIENCE, format_timestamp, parse_timestamp

from .fake_server import FakeProvider, FakeResponse, RecordedRequest, oauth_error

V1 = "/api/1.0"
V2 = "/api/2.0"
UNAUTHORIZED = {"message": "The request should be authorized."}
WEBHOOK_EVENTS = (
    "TransactionCreated",
    "TransactionStateChanged",
    "PayoutLinkCreated",
    "PayoutLinkStateChanged",
)
MAX_WEBHOOKS = 10
NOT_FOUND_CODE = 3004  # Revolut's code for a missing resource is not documented; webhooks: 3040
_DURATION = re.compile(r"^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$")


def sign_webhook(
    body: bytes, secret: str | Iterable[str], timestamp_ms: int | None = None
) -> dict[str, str]:
    """Headers Revolut sends with a webhook: ``Revolut-Request-Timestamp`` (ms) and
    ``Revolut-Signature`` (one ``v1=`` per live secret, comma-separated during a rotation).
    Same recipe as ``fincycle.webhooks.RevolutScheme`` (computed here from an exact ms value)."""
    ts = str(int(time.time() * 1000) if timestamp_ms is None else int(timestamp_ms))
    message = b"v1." + ts.encode() + b"." + body
    keys = [secret] if isinstance(secret, str) else list(secret)
    signatures = [
        "v1=" + hmac.new(k.encode(), message, hashlib.sha256).hexdigest() for k in keys if k
    ]
    return {"Revolut-Request-Timestamp": ts, "Revolut-Signature": ",".join(signatures)}


def _money(value) -> float:
    return float(Decimal(str(value)))


def _error(status: int, code: int, message: str) -> FakeResponse:
    return FakeResponse(status, {"code": code, "message": message})


class FakeRevolut(FakeProvider):
    """``with FakeRevolut(client_id=..., issuer=..., certificate_pem=cert) as rev: ...``;
    the v1 base is ``rev.api_url`` (= ``rev.url + "/api/1.0"``)."""

    # Configuration: the defaults; ``FakeRevolut(client_id=...)`` overrides them.
    client_id: str = "fake-client-id"
    issuer: str = "erp.example.com"
    certificate_pem: str | None = None
    redirect_uri: str | None = None
    access_token_lifetime: int = 2399
    code_lifetime: int = 120
    require_https_webhooks: bool = True
    token_prefix: str = "oa_sand_"  # noqa: S105 - a prefix, not a secret

    def reset(self) -> None:
        """Forget all data, tokens, switches, scripted routes and recorded calls (keeps the
        configuration and the running server: one server per test class, reset per test)."""
        with self._lock:
            super().reset()
            self.codes: dict[str, float] = {}  # code → expiry (unix s)
            self.refresh_tokens: dict[str, bool] = {}  # refresh token → revoked
            self.access_tokens: dict[str, tuple[float, str]] = {}  # token → (expiry, refresh)
            self.assertions: list[dict] = []  # claims of every accepted client assertion
            self.accounts: dict[str, dict] = {}
            self.bank_details: dict[str, list[dict]] = {}
            self.counterparties: dict[str, dict] = {}
            self.webhooks: dict[str, dict] = {}
            self.failed_events: dict[str, list[dict]] = {}
            self._balances: dict[str, Decimal] = {}
            self._keys: list[tuple[datetime, int]] = []  # sorted (created_at, sequence)
            self._txs: list[dict] = []  # same order as _keys
            self._by_id: dict[str, dict] = {}
            self._seq = 0
            self._last_auto: datetime | None = None
            self.paging = "contract"  # or "ignore_to" (see the module docstring)

    # -- addresses -------------------------------------------------------------------------
    @property
    def api_url(self) -> str:
        return self.url + V1

    @property
    def api_v2_url(self) -> str:
        return self.url + V2

    @property
    def consent_base(self) -> str:
        return self.url + "/app-confirm"

    # -- OAuth state -----------------------------------------------------------------------
    def issue_code(self) -> str:
        """What the consent page does after the administrator approves."""
        code = self.token_prefix + secrets.token_urlsafe(24)
        with self._lock:
            self.codes[code] = self.now() + self.code_lifetime
        return code

    def issue_tokens(self) -> dict:
        """A fresh refresh/access token pair without the OAuth dance (for API tests)."""
        with self._lock:
            refresh = self.token_prefix + secrets.token_urlsafe(32)
            self.refresh_tokens[refresh] = False
            return {**self._new_access(refresh), "refresh_token": refresh}

    def _new_access(self, refresh: str) -> dict:
        for token, (_expiry, owner) in list(self.access_tokens.items()):
            if owner == refresh:  # a refresh invalidates the previous access token
                del self.access_tokens[token]
        access = self.token_prefix + secrets.token_urlsafe(32)
        self.access_tokens[access] = (self.now() + self.access_token_lifetime, refresh)
        return {
            "access_token": access,
            "token_type": "bearer",
            "expires_in": self.access_token_lifetime,
        }

    def expire_all_tokens(self) -> None:
        """Every access token issued so far expires now (refresh tokens still work)."""
        with self._lock:
            self.access_tokens = {
                t: (self.now() - 1, owner) for t, (_e, owner) in self.access_tokens.items()
            }

    def revoke_consent(self, refresh_token: str | None = None) -> None:
        """The administrator removed the API access (or the 90 days ran out): refresh tokens
        are refused with invalid_grant and their access tokens stop working."""
        with self._lock:
            for token in list(self.refresh_tokens):
                if refresh_token is None or token == refresh_token:
                    self.refresh_tokens[token] = True
            self.access_tokens = {
                t: v for t, v in self.access_tokens.items() if not self.refresh_tokens.get(v[1])
            }

    # -- data ------------------------------------------------------------------------------
    def add_account(
        self,
        currency: str = "EUR",
        *,
        name: str | None = None,
        balance=0,
        account_id: str | None = None,
        iban: str | None = None,
        bic: str | None = "REVOLT21",
        state: str = "active",
    ) -> dict:
        account_id = account_id or str(uuid.uuid4())
        stamp = format_timestamp(datetime.fromtimestamp(self.now(), timezone.utc))
        with self._lock:
            self._balances[account_id] = Decimal(str(balance))
            account = {
                "id": account_id,
                "name": name or f"{currency} account",
                "balance": _money(balance),
                "currency": currency,
                "state": state,
                "public": False,
                "created_at": stamp,
                "updated_at": stamp,
            }
            self.accounts[account_id] = account
            details = []
            if iban:
                details.append(
                    {
                        "iban": iban,
                        "bic": bic,
                        "beneficiary": "Fincycle Demo",
                        "beneficiary_address": {"country": iban[:2]},
                        "bank_country": "LT",
                        "pooled": False,
                        "schemes": ["sepa"],
                        "estimated_time": {"unit": "days", "max": 1},
                    }
                )
            self.bank_details[account_id] = details
        return account

    def add_counterparty(
        self,
        name: str,
        *,
        iban: str | None = None,
        bic: str | None = None,
        currency: str = "EUR",
        bank_country: str | None = None,
        counterparty_id: str | None = None,
        profile_type: str = "business",
    ) -> dict:
        stamp = format_timestamp(datetime.fromtimestamp(self.now(), timezone.utc))
        counterparty = {
            "id": counterparty_id or str(uuid.uuid4()),
            "name": name,
            "state": "created",
            "profile_type": profile_type,
            "created_at": stamp,
            "updated_at": stamp,
            "accounts": [
                {
                    "id": str(uuid.uuid4()),
                    "name": name,
                    "type": "external",
                    "currency": currency,
                    "iban": iban,
                    "bic": bic,
                    "bank_country": bank_country or (iban[:2] if iban else None),
                }
            ],
        }
        with self._lock:
            self.counterparties[counterparty["id"]] = counterparty
        return counterparty

    def _auto_created_at(self) -> datetime:
        moment = datetime.fromtimestamp(self.now(), timezone.utc)
        if self._last_auto is not None and moment <= self._last_auto:
            moment = self._last_auto + timedelta(microseconds=1)
        self._last_auto = moment
        return moment

    def _book(self, tx: dict) -> None:
        """Apply completed legs to the account balances: the leg's ``balance`` is the balance
        after its amount and its fee (Revolut charges the fee on top of the amount)."""
        for leg in tx.get("legs") or []:
            account_id = leg.get("account_id")
            if account_id not in self._balances or "balance" in leg:
                continue
            self._balances[account_id] += Decimal(str(leg.get("amount") or 0)) - Decimal(
                str(leg.get("fee") or 0)
            )
            leg["balance"] = _money(self._balances[account_id])
            self.accounts[account_id]["balance"] = leg["balance"]

    def _store(self, tx: dict) -> dict:
        created = parse_timestamp(tx["created_at"])
        key = (created, self._seq)
        self._seq += 1
        index = bisect_right(self._keys, key)
        self._keys.insert(index, key)
        self._txs.insert(index, tx)
        self._by_id.setdefault(tx["id"], tx)
        return tx

    def add_transaction(
        self,
        account_id: str,
        amount,
        *,
        currency: str | None = None,
        type: str = "transfer",  # the contract's field name
        description: str | None = None,
        counterparty: dict | None = None,
        fee=None,
        bill_amount=None,
        bill_currency: str | None = None,
        **fields,
    ) -> dict:
        """One single-leg transaction on an own account; ``counterparty`` is a dict from
        ``add_counterparty`` (or a leg counterparty dict as is).  The transaction's own
        fields (``state``, ``created_at``, ``reference``, ``merchant``...) are those of
        ``add_raw_transaction``; ``created_at`` defaults to the fake's now (strictly
        increasing)."""
        if account_id not in self.accounts:
            raise KeyError(f"unknown account {account_id}: add_account() first")
        currency = currency or self.accounts[account_id]["currency"]
        leg: dict = {
            "leg_id": str(uuid.uuid4()),
            "account_id": account_id,
            "amount": _money(amount),
            "currency": currency,
        }
        if fee is not None:
            leg["fee"] = _money(fee)
        if bill_amount is not None:
            leg["bill_amount"] = _money(bill_amount)
            leg["bill_currency"] = bill_currency or currency
        if counterparty is not None:
            if "accounts" in counterparty:  # a counterparty object: reference it as a leg does
                leg["counterparty"] = {
                    "account_type": "external",
                    "id": counterparty["id"],
                    "account_id": counterparty["accounts"][0]["id"],
                }
                name = counterparty["name"]
                description = description or (
                    f"Payment from {name}" if Decimal(str(amount)) > 0 else f"To {name}"
                )
            else:
                leg["counterparty"] = dict(counterparty)
        if description is not None:
            leg["description"] = description
        return self.add_raw_transaction([leg], type=type, **fields)

    def add_exchange(
        self,
        from_account_id: str,
        to_account_id: str,
        from_amount,
        to_amount=None,
        *,
        type: str = "exchange",
        **kwargs,
    ) -> dict:
        """Money moved between two own accounts: one leg on each (amounts positive here)."""
        legs = []
        for account_id, amount in (
            (from_account_id, -Decimal(str(from_amount))),
            (to_account_id, Decimal(str(to_amount if to_amount is not None else from_amount))),
        ):
            other = to_account_id if account_id == from_account_id else from_account_id
            legs.append(
                {
                    "leg_id": str(uuid.uuid4()),
                    "account_id": account_id,
                    "amount": _money(amount),
                    "currency": self.accounts[account_id]["currency"],
                    "counterparty": {"account_type": "self", "account_id": other},
                    "description": (
                        f"Exchanged to {self.accounts[to_account_id]['currency']}"
                        if amount < 0
                        else f"Exchanged from {self.accounts[from_account_id]['currency']}"
                    ),
                }
            )
        return self.add_raw_transaction(legs, type=type, **kwargs)

    def add_raw_transaction(
        self,
        legs: list[dict],
        *,
        type: str = "transfer",
        state: str = "completed",
        created_at: datetime | str | None = None,
        completed_at: datetime | str | None = None,
        reference: str | None = None,
        merchant: dict | None = None,
        card: dict | None = None,
        request_id: str | None = None,
        reason_code: str | None = None,
        transaction_id: str | None = None,
    ) -> dict:
        with self._lock:
            created = self._auto_created_at() if created_at is None else parse_timestamp(created_at)
            stamp = format_timestamp(created)
            tx: dict = {
                "id": transaction_id or str(uuid.uuid4()),
                "type": type,
                "state": state,
                "created_at": stamp,
                "updated_at": stamp,
                "legs": legs,
            }
            if state in ("completed", "reverted"):
                tx["completed_at"] = (
                    format_timestamp(parse_timestamp(completed_at)) if completed_at else stamp
                )
            for name, value in (
                ("reference", reference),
                ("merchant", merchant),
                ("card", card),
                ("request_id", request_id),
                ("reason_code", reason_code),
            ):
                if value is not None:
                    tx[name] = value
            if state == "completed":
                self._book(tx)
            return self._store(tx)

    def load_transactions(self, transactions: Iterable[dict]) -> int:
        """Serve transactions verbatim (e.g. a sample file); accounts named by their legs are
        created on the fly.  Sorted once: use this for large sets."""
        with self._lock:
            count = 0
            for tx in transactions:
                for leg in tx.get("legs") or []:
                    if leg.get("account_id") and leg["account_id"] not in self.accounts:
                        self.add_account(leg.get("currency") or "EUR", account_id=leg["account_id"])
                key = (parse_timestamp(tx["created_at"]), self._seq)
                self._seq += 1
                self._keys.append(key)
                self._txs.append(tx)
                self._by_id.setdefault(tx["id"], tx)
                count += 1
            order = sorted(range(len(self._keys)), key=self._keys.__getitem__)
            self._keys = [self._keys[i] for i in order]
            self._txs = [self._txs[i] for i in order]
            return count

    def set_state(self, transaction_id: str, state: str, reason_code: str | None = None) -> dict:
        """Move a transaction to another state (as the sandbox simulation endpoint does) and
        return the ``TransactionStateChanged`` event data."""
        with self._lock:
            tx = self._by_id[transaction_id]
            old = tx["state"]
            stamp = format_timestamp(self._auto_created_at())
            tx["state"], tx["updated_at"] = state, stamp
            if reason_code:
                tx["reason_code"] = reason_code
            if state == "completed" and old != "completed":
                tx["completed_at"] = stamp
                self._book(tx)
            elif state == "reverted" and old == "completed":
                # The money comes back; the fee is not refunded (as leg_lines books it).
                for leg in tx.get("legs") or []:
                    if leg.get("account_id") in self._balances:
                        self._balances[leg["account_id"]] -= Decimal(str(leg.get("amount") or 0))
                        self.accounts[leg["account_id"]]["balance"] = _money(
                            self._balances[leg["account_id"]]
                        )
            data = {"id": tx["id"], "old_state": old, "new_state": state}
            if tx.get("request_id"):
                data["request_id"] = tx["request_id"]
            return data

    def transactions(self) -> list[dict]:
        """Everything stored, newest first."""
        with self._lock:
            return list(reversed(self._txs))

    # -- webhooks --------------------------------------------------------------------------
    def webhook_secrets(self, webhook_id: str) -> list[str]:
        """The secrets Revolut signs with now: the current one and those still rotating out."""
        hook = self.webhooks[webhook_id]
        now = self.now()
        live = [s for s, until in hook["_previous"] if until > now]
        return [hook["signing_secret"], *live]

    def webhook_delivery(
        self,
        event: str,
        data: dict,
        webhook_id: str | None = None,
        timestamp_ms: int | None = None,
    ) -> tuple[str, bytes, dict[str, str]]:
        """``(url, body, headers)`` of the delivery Revolut would POST for ``event``; send it
        with any HTTP client (Odoo tests: ``self.url_open``)."""
        with self._lock:
            if webhook_id is None:
                webhook_id = self.sole(self.webhooks, "webhooks registered")
            hook = self.webhooks[webhook_id]
            if timestamp_ms is None:
                timestamp_ms = int(self.now() * 1000)
            stamp = datetime.fromtimestamp(timestamp_ms / 1000, timezone.utc)
            body = json.dumps(
                {"event": event, "timestamp": format_timestamp(stamp), "data": data}
            ).encode()
            headers = {"Content-Type": "application/json"}
            headers.update(sign_webhook(body, self.webhook_secrets(webhook_id), timestamp_ms))
            return hook["url"], body, headers

    # -- HTTP ------------------------------------------------------------------------------
    def _rate_limited(self) -> FakeResponse:
        return _error(429, 3162, "Too many requests")

    def _server_error(self, status: int) -> FakeResponse:
        return _error(status, 9000, "Something went wrong")

    def _bad_parameter(self, name: str, detail: str) -> FakeResponse:
        return _error(400, 2101, detail)

    def _route(self, request: RecordedRequest) -> FakeResponse:
        method, path = request.method, request.path.rstrip("/")
        if path == "/app-confirm" and method == "GET":
            return self._consent(request)
        if path == V1 + "/auth/token":
            if method != "POST":
                return _error(405, 2101, "Method not allowed")
            return self._token(request)
        if not (path.startswith(V1 + "/") or path.startswith(V2 + "/")):
            return _error(404, NOT_FOUND_CODE, f"No such endpoint {path}")
        if not self._authorised(request):
            return FakeResponse(401, dict(UNAUTHORIZED))
        version, sub = path[: len(V1)], path[len(V1) :]
        parts = [p for p in sub.split("/") if p]
        table = self._v1_routes() if version == V1 else self._v2_routes()
        found = self.match_route(table, method, parts)
        if found:
            (_verb, _pattern, handler), args = found
            return handler(request, *args)
        return _error(404, NOT_FOUND_CODE, f"No such endpoint {method} {path}")

    def _v1_routes(self):
        return (
            ("GET", ["accounts"], self._get_accounts),
            ("GET", ["accounts", "*"], self._get_account),
            ("GET", ["accounts", "*", "bank-details"], self._get_bank_details),
            ("GET", ["transactions"], self._get_transactions),
            ("GET", ["transaction", "*"], self._get_transaction),
            ("GET", ["counterparties"], self._get_counterparties),
            ("GET", ["counterparty", "*"], self._get_counterparty),
            ("DELETE", ["counterparty", "*"], self._delete_counterparty),
        )

    def _v2_routes(self):
        return (
            ("POST", ["webhooks"], self._create_webhook),
            ("GET", ["webhooks"], self._list_webhooks),
            ("GET", ["webhooks", "*"], self._get_webhook),
            ("PATCH", ["webhooks", "*"], self._patch_webhook),
            ("DELETE", ["webhooks", "*"], self._delete_webhook),
            ("POST", ["webhooks", "*", "rotate-signing-secret"], self._rotate_webhook),
            ("GET", ["webhooks", "*", "failed-events"], self._failed_events),
        )

    # -- OAuth endpoints -------------------------------------------------------------------
    def _redirect_refused(self, redirect_uri: str) -> str | None:
        if self.redirect_uri is not None and redirect_uri != self.redirect_uri:
            return "redirect_uri does not match the one set for this client"
        return None

    def _consent(self, request: RecordedRequest) -> FakeResponse:
        query = self._authorization_request(request)
        if isinstance(query, FakeResponse):
            return query
        answer = {"code": self.issue_code()}
        if query.get("state"):
            # An OAuth 2.0 authorization endpoint sends the request's state back with the code
            # (RFC 6749 4.1.2). Revolut's page does not say so; to check on its sandbox.
            answer["state"] = query["state"]
        return self.redirect_back(query["redirect_uri"], answer)

    def _check_assertion(self, assertion: str) -> FakeResponse | None:
        if not self.certificate_pem:
            return oauth_error(401, "invalid_client", "No certificate uploaded for this client")
        try:
            public_key = x509.load_pem_x509_certificate(self.certificate_pem.encode()).public_key()
            header = jwt.get_unverified_header(assertion)
        except (ValueError, jwt.PyJWTError):
            return oauth_error(400, "invalid_request", "client_assertion is not a JWT")
        if header.get("alg") != "RS256":
            return oauth_error(401, "invalid_client", "client_assertion must be signed RS256")
        try:
            claims = jwt.decode(
                assertion,
                public_key,
                algorithms=["RS256"],
                audience=AUDIENCE,
                options={"verify_exp": False, "verify_iat": False, "require": ["exp"]},
            )
        except jwt.InvalidSignatureError:
            return oauth_error(
                401, "invalid_client", "Invalid client assertion signature for this certificate"
            )
        except (jwt.InvalidAudienceError, jwt.MissingRequiredClaimError) as exc:
            return oauth_error(401, "invalid_client", f"Invalid client assertion: {exc}")
        except jwt.PyJWTError as exc:
            return oauth_error(400, "invalid_request", f"Malformed client assertion: {exc}")
        exp = claims.get("exp")
        if not isinstance(exp, int) or isinstance(exp, bool):
            return oauth_error(400, "invalid_request", "exp must be an integer (unix seconds)")
        if exp < self.now():
            when = datetime.fromtimestamp(exp, timezone.utc).strftime("%a %b %d %H:%M:%S UTC %Y")
            return oauth_error(400, "invalid_request", f"The Token has expired on {when}.")
        if claims.get("iss") != self.issuer:
            return oauth_error(
                401, "invalid_client", "Invalid issuer: must be the redirect URI domain"
            )
        if claims.get("sub") != self.client_id:
            return oauth_error(401, "invalid_client", "Unknown client_id in the assertion")
        self.assertions.append(claims)
        return None

    def _token(self, request: RecordedRequest) -> FakeResponse:
        form = self.form(request)
        if form is None:
            return oauth_error(
                400, "invalid_request", "Content-Type must be application/x-www-form-urlencoded"
            )
        if form.get("client_assertion_type") != ASSERTION_TYPE:
            return oauth_error(400, "invalid_request", "Invalid client_assertion_type")
        if not form.get("client_assertion"):
            return oauth_error(400, "invalid_request", "client_assertion is required")
        if form.get("client_id") and form["client_id"] != self.client_id:
            return oauth_error(401, "invalid_client", "Unknown client_id")
        refused = self._check_assertion(form["client_assertion"])
        if refused is not None:
            return refused
        grant = form.get("grant_type")
        if grant == "authorization_code":
            expiry = self.codes.pop(form.get("code") or "", None)  # single use, even if expired
            if expiry is None:
                return oauth_error(400, "invalid_grant", "Invalid or already used code")
            if expiry < self.now():
                return oauth_error(400, "invalid_grant", "The authorisation code has expired")
            return FakeResponse(200, self.issue_tokens())
        if grant == "refresh_token":
            refresh = form.get("refresh_token") or ""
            if refresh not in self.refresh_tokens:
                return oauth_error(400, "invalid_grant", "Invalid refresh token")
            if self.refresh_tokens[refresh]:
                return oauth_error(400, "invalid_grant", "The refresh token has been revoked")
            return FakeResponse(200, self._new_access(refresh))
        return oauth_error(400, "unsupported_grant_type", f"Unsupported grant_type {grant!r}")

    def _authorised(self, request: RecordedRequest) -> bool:
        scheme, token = self.authorization(request)
        if scheme.lower() != "bearer" or not token:
            return False
        entry = self.access_tokens.get(token.strip())
        return entry is not None and entry[0] > self.now()

    # -- v1 resources ----------------------------------------------------------------------
    def _get_accounts(self, request):
        return FakeResponse(200, list(self.accounts.values()))

    def _get_account(self, request, account_id):
        if account_id not in self.accounts:
            return _error(404, NOT_FOUND_CODE, "Account not found")
        return FakeResponse(200, self.accounts[account_id])

    def _get_bank_details(self, request, account_id):
        if account_id not in self.accounts:
            return _error(404, NOT_FOUND_CODE, "Account not found")
        return FakeResponse(200, self.bank_details.get(account_id, []))

    def _get_transactions(self, request):
        query = request.query
        count = self.int_param(query, "count", 100, 1, 1000)
        if isinstance(count, FakeResponse):
            return count
        bounds = {}
        for name in ("from", "to"):
            raw = self.last(query, name)
            if raw is None:
                continue
            try:
                bounds[name] = parse_timestamp(raw)
            except ValueError:
                return _error(400, 2101, f"Invalid {name}: {raw!r}")
        if "request_id" in query and "from" not in bounds:
            return _error(400, 3000, "from is required when request_id is given")
        to = bounds.get("to") or datetime.fromtimestamp(self.now(), timezone.utc)
        if self.paging == "ignore_to":
            to = datetime.fromtimestamp(self.now(), timezone.utc)
        low = bisect_left(self._keys, (bounds["from"], -1)) if "from" in bounds else 0
        high = bisect_left(self._keys, (to, -1))
        account = self.last(query, "account")
        states = set(query.get("state") or [])
        tx_type = self.last(query, "type")
        request_id = self.last(query, "request_id")
        page = []
        for index in range(high - 1, low - 1, -1):
            tx = self._txs[index]
            if states and tx.get("state") not in states:
                continue
            if tx_type and tx.get("type") != tx_type:
                continue
            if request_id and tx.get("request_id") != request_id:
                continue
            if account and not any(
                leg.get("account_id") == account for leg in tx.get("legs") or []
            ):
                continue
            page.append(tx)
            if len(page) >= count:
                break
        return FakeResponse(200, page)

    def _get_transaction(self, request, transaction_id):
        tx = self._by_id.get(transaction_id)
        if tx is None:
            return _error(404, NOT_FOUND_CODE, "Transaction not found")
        return FakeResponse(200, tx)

    def _get_counterparties(self, request):
        limit = self.int_param(request.query, "limit", 100, 1, 1000)
        if isinstance(limit, FakeResponse):
            return limit
        name = self.last(request.query, "name", "").lower()
        found = [
            c for c in reversed(list(self.counterparties.values())) if name in c["name"].lower()
        ]
        return FakeResponse(200, found[:limit])

    def _get_counterparty(self, request, counterparty_id):
        if counterparty_id not in self.counterparties:
            return _error(404, NOT_FOUND_CODE, "Counterparty not found")
        return FakeResponse(200, self.counterparties[counterparty_id])

    def _delete_counterparty(self, request, counterparty_id):
        if self.counterparties.pop(counterparty_id, None) is None:
            return _error(404, NOT_FOUND_CODE, "Counterparty not found")
        return FakeResponse(204)

    # -- v2 webhooks -----------------------------------------------------------------------
    def _json_body(self, request) -> dict | FakeResponse:
        try:
            body = self.json_body(request, b"{}")
        except ValueError:
            return _error(400, 2101, "The body is not JSON")
        return body if isinstance(body, dict) else _error(400, 2101, "The body must be an object")

    def _check_hook_fields(self, body: dict) -> FakeResponse | None:
        if "url" in body:
            url = body["url"]
            if not isinstance(url, str) or not url:
                return _error(400, 3000, "url is required")
            if self.require_https_webhooks and not url.startswith("https://"):
                return _error(400, 2101, "url must be an HTTPS URL")
        if "events" in body:
            events = body["events"]
            if not isinstance(events, list) or not set(events) <= set(WEBHOOK_EVENTS):
                return _error(400, 2101, f"events must be a list of {', '.join(WEBHOOK_EVENTS)}")
        return None

    @staticmethod
    def _public(hook: dict, with_secret: bool) -> dict:
        out = {k: v for k, v in hook.items() if not k.startswith("_")}
        if not with_secret:
            out.pop("signing_secret", None)
        return out

    def _create_webhook(self, request):
        body = self._json_body(request)
        if isinstance(body, FakeResponse):
            return body
        if "url" not in body:
            return _error(400, 3000, "url is required")
        refused = self._check_hook_fields(body)
        if refused is not None:
            return refused
        if len(self.webhooks) >= MAX_WEBHOOKS:
            return _error(422, 3352, f"A business can have at most {MAX_WEBHOOKS} webhooks")
        hook = {
            "id": str(uuid.uuid4()),
            "url": body["url"],
            "events": list(body.get("events") or WEBHOOK_EVENTS[:2]),
            "signing_secret": "wsk_" + secrets.token_hex(16),
            "_previous": [],
        }
        self.webhooks[hook["id"]] = hook
        self.failed_events[hook["id"]] = []
        return FakeResponse(201, self._public(hook, True))

    def _list_webhooks(self, request):
        return FakeResponse(200, [self._public(h, False) for h in self.webhooks.values()])

    def _hook(self, webhook_id) -> dict | FakeResponse:
        hook = self.webhooks.get(webhook_id)
        return hook if hook is not None else _error(404, 3040, "Webhook not found")

    def _get_webhook(self, request, webhook_id):
        hook = self._hook(webhook_id)
        return (
            hook if isinstance(hook, FakeResponse) else FakeResponse(200, self._public(hook, True))
        )

    def _hook_and_body(self, request, webhook_id) -> tuple[dict, dict] | FakeResponse:
        """The webhook and the request's JSON object, or the error answer for either."""
        hook = self._hook(webhook_id)
        if isinstance(hook, FakeResponse):
            return hook
        body = self._json_body(request)
        return body if isinstance(body, FakeResponse) else (hook, body)

    def _patch_webhook(self, request, webhook_id):
        found = self._hook_and_body(request, webhook_id)
        if isinstance(found, FakeResponse):
            return found
        hook, body = found
        refused = self._check_hook_fields(body)
        if refused is not None:
            return refused
        hook.update({k: body[k] for k in ("url", "events") if k in body})
        return FakeResponse(200, self._public(hook, False))

    def _delete_webhook(self, request, webhook_id):
        if self.webhooks.pop(webhook_id, None) is None:
            return _error(404, 3040, "Webhook not found")
        return FakeResponse(204)

    def _rotate_webhook(self, request, webhook_id):
        found = self._hook_and_body(request, webhook_id)
        if isinstance(found, FakeResponse):
            return found
        hook, body = found
        period = body.get("expiration_period")
        keep = 0
        if period:
            match = _DURATION.match(str(period)) if period != "P" else None
            if not match:
                return _error(400, 2101, "expiration_period must be an ISO-8601 duration")
            days, hours, minutes, seconds = (int(g or 0) for g in match.groups())
            keep = days * 86400 + hours * 3600 + minutes * 60 + seconds
            if keep > 7 * 86400:
                return _error(400, 2101, "expiration_period must be at most P7D")
        if keep:
            hook["_previous"].append((hook["signing_secret"], self.now() + keep))
        hook["signing_secret"] = "wsk_" + secrets.token_hex(16)
        return FakeResponse(200, self._public(hook, True))

    def _failed_events(self, request, webhook_id):
        hook = self._hook(webhook_id)
        if isinstance(hook, FakeResponse):
            return hook
        return FakeResponse(200, list(self.failed_events.get(webhook_id, [])))
