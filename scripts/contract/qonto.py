#!/usr/bin/env python3
# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Contract check of the Qonto client (fincycle.banking.qonto) against the Qonto document.

Starts the fake Qonto (fincycle.testing.fake_qonto, which follows
shared/reference/apis/qonto.md) on 127.0.0.1 and drives every HTTP call the real client makes —
OAuth authorise/code/refresh, organization and accounts, transactions over several pages, one
transaction, webhook subscriptions create/list (more than 100, paged)/delete, and the 401, 403,
404, 422, 429 and 5xx paths — checking each answer's shape against the document and what the
client makes of it.  One line per HTTP exchange: ``<METHOD> <path>: ok|FAIL <why>``; last line
``contract qonto: <N> calls, <F> failed``; exit status 1 if any failed.

Usage: .venv/bin/python scripts/contract/qonto.py
"""

from __future__ import annotations

import logging
import sys
from urllib.parse import parse_qs, urlsplit

import requests
from contractlib import (
    CURRENCY,
    NON_EMPTY,
    NUMBER,
    TIMESTAMP,
    Contract,
    Expect,
    Recorder,
    expect_all,
    header,
    one_of,
    query,
)

from fincycle.banking import qonto
from fincycle.http import (
    AuthError,
    BreakerRegistry,
    HttpPolicy,
    ProviderError,
    RateLimitedError,
    make_session,
)
from fincycle.testing.fake_qonto import FakeQonto

REDIRECT = "https://erp.example.com/fincycle/qonto/callback"
HOOK = "https://erp.example.com/fincycle/webhook/qonto/1"
IBAN = "FR7616958000010000000000123"
EXTERNAL_IBAN = "DE89370400440532013000"
TRANSACTIONS = 250  # three pages of 100
SUBSCRIPTIONS = 120  # two pages of 100
POLICY = HttpPolicy(max_attempts=3, backoff_initial=0.01, backoff_max=0.05, backoff_jitter=0.0)

# -- the document's shapes (qonto.md) ------------------------------------------------------------
ERRORS = {"errors": [{"code": NON_EMPTY, "detail": str, "source?": dict}]}
OAUTH_ERROR = {"error": NON_EMPTY, "error_description?": str}
TOKEN_SET = {
    "access_token": NON_EMPTY,
    "token_type": one_of("bearer", "Bearer"),
    "expires_in": int,
    "refresh_token": NON_EMPTY,  # we ask for offline_access
    "scope?": str,
}
BANK_ACCOUNT = {
    "id": NON_EMPTY,
    "slug": str,
    "iban": NON_EMPTY,
    "bic": str,
    "currency": CURRENCY,
    "name": str,
    "main": bool,
    "status": str,
    "balance": NUMBER,
    "balance_cents": int,
    "authorized_balance": NUMBER,
    "authorized_balance_cents": int,
    "updated_at": TIMESTAMP,
    "is_external_account": bool,
}
ORGANIZATION = {
    "organization": {
        "id": NON_EMPTY,
        "slug": str,
        "legal_name": str,
        "bank_accounts": [BANK_ACCOUNT],
    }
}
OPTIONAL_TIMESTAMP = (TIMESTAMP, None)
OPTIONAL_NUMBER = (NUMBER, None)
TRANSACTION = {
    "id": NON_EMPTY,
    "transaction_id": NON_EMPTY,
    "amount": NUMBER,
    "amount_cents": int,
    "currency": CURRENCY,
    "local_amount": NUMBER,
    "local_amount_cents": int,
    "local_currency": CURRENCY,
    "side": one_of("credit", "debit"),
    "operation_type": str,
    "status": one_of("pending", "completed", "declined"),
    "label": str,
    "clean_counterparty_name": (str, None),
    "reference": (str, None),
    "note": (str, None),
    "settled_at": OPTIONAL_TIMESTAMP,
    "emitted_at": TIMESTAMP,
    "created_at": TIMESTAMP,
    "updated_at": TIMESTAMP,
    "settled_balance": OPTIONAL_NUMBER,
    "settled_balance_cents": (int, None),
    "vat_amount": OPTIONAL_NUMBER,
    "vat_amount_cents": (int, None),
    "vat_rate": OPTIONAL_NUMBER,
    "attachment_ids": [str],
    "attachment_required": bool,
    "attachment_lost": bool,
    "label_ids": [str],
    "initiator_id": (str, None),
    "card_last_digits": (str, None),
    "category": str,
    "cashflow_category?": ({"name": str}, None),
    "cashflow_subcategory?": ({"name": str}, None),
    "subject_type": str,
    "bank_account_id": NON_EMPTY,
    "is_external_transaction": bool,
}
META = {
    "current_page": int,
    "next_page": (int, None),
    "prev_page": (int, None),
    "total_pages": int,
    "total_count": int,
    "per_page": int,
}
TRANSACTIONS_PAGE = {"transactions": [TRANSACTION], "meta": META}
SUBSCRIPTION = {
    "id": NON_EMPTY,
    "organization_id": NON_EMPTY,
    "membership_id": NON_EMPTY,
    "callback_url": NON_EMPTY,
    "types": [str],
    "description?": (str, None),
    "created_at": TIMESTAMP,
    "updated_at": TIMESTAMP,
}
CREATED_SUBSCRIPTION = {"webhook_subscription": {**SUBSCRIPTION, "secret": NON_EMPTY}}
SUBSCRIPTION_LIST = {"subscriptions": [{**SUBSCRIPTION, "!secret": None}], "meta": META}


def _fails(condition: bool, why: str) -> list[str]:
    return [] if condition else [why]


def _page(number: int):
    return query("page", str(number))


def _retry_after(exchange):
    return header("Retry-After", lambda v: v is not None and v.strip().isdigit(), "missing")(
        exchange
    )


class Run:
    """The fake, the recorder, and the clients the steps share."""

    def __init__(self, fake: FakeQonto):
        self.fake = fake
        self.recorder = Recorder()
        self.sleeps: list[float] = []
        self.contract = Contract("qonto", self.recorder)
        self.tokens: qonto.TokenSet | None = None

    def session(self):
        return self.recorder.attach(
            make_session(
                POLICY,
                provider="qonto",
                breaker_key="qonto:contract",
                breakers=BreakerRegistry(),
                sleep=self.sleeps.append,
                allowed_origins=[self.fake.url],  # the client talks to the fake only
            )
        )

    def oauth(self, client_secret: str | None = None) -> qonto.QontoOAuth:
        return qonto.QontoOAuth(
            self.session(),
            self.fake.url,
            self.fake.client_id,
            client_secret or self.fake.client_secret,
            clock=self.fake.now,
        )

    def bearer_client(self) -> qonto.QontoClient:
        def refresh() -> bool:
            self.tokens = self.oauth().refresh(self.tokens.refresh_token)
            return True

        return qonto.QontoClient(
            self.session(),
            self.fake.url,
            lambda: f"Bearer {self.tokens.access_token}",
            on_unauthorized=refresh,
        )

    def key_client(self) -> qonto.QontoClient:
        header_value = qonto.api_key_authorization(self.fake.login, self.fake.secret_key)
        return qonto.QontoClient(self.session(), self.fake.url, lambda: header_value)


def _seed(fake: FakeQonto) -> dict:
    account = fake.add_bank_account(iban=IBAN, balance="1000.00")
    fake.add_bank_account(iban=EXTERNAL_IBAN, name="Other bank", external=True)
    for index in range(TRANSACTIONS):
        status = ("completed", "completed", "pending", "declined")[index % 4]
        side = "debit" if index % 3 else "credit"
        fake.add_transaction(
            f"{index % 90 + 1}.{index % 100:02d}",
            side,
            status=status,
            label=f"Counterparty {index % 17}",
            reference=f"INV-{index}",
            subject_type="Transfer" if side == "debit" else "Income",
            fraction=index % 5 != 0,
            bank_account_id=account["id"],
        )
    return account


def check_oauth(run: Run) -> None:
    c = run.contract
    helper = run.oauth()
    verifier, challenge = qonto.pkce_pair()
    state = "contract-state"
    url = helper.authorize_url(REDIRECT, state, code_challenge=challenge)
    browser = run.recorder.attach(requests.Session())

    def consent():  # what the user's browser does with the URL
        return browser.get(url, allow_redirects=False, timeout=5)

    def redirected(answer) -> list[str]:
        location = answer.headers.get("Location", "")
        params = parse_qs(urlsplit(location).query)
        return _fails(location.startswith(REDIRECT), f"redirects to {location!r}") + _fails(
            params.get("state") == [state] and bool(params.get("code")), "no code or state back"
        )

    answer = c.call(
        "authorize_url → consent page",
        consent,
        [Expect("GET", qonto.AUTHORIZE_PATH, 302)],
        then=redirected,
    )
    code = parse_qs(urlsplit(answer.headers["Location"]).query)["code"][0] if answer else ""

    def tokens_ok(tokens) -> list[str]:
        return _fails(tokens.expires_in == 3600, f"expires_in {tokens.expires_in}") + _fails(
            bool(tokens.refresh_token), "no refresh token"
        )

    run.tokens = c.call(
        "exchange_code",
        lambda: helper.exchange_code(code, REDIRECT, code_verifier=verifier),
        [Expect("POST", qonto.TOKEN_PATH, 200, TOKEN_SET)],
        then=tokens_ok,
    )
    c.call(
        "exchange_code again: a code is single use",
        lambda: helper.exchange_code(code, REDIRECT, code_verifier=verifier),
        [Expect("POST", qonto.TOKEN_PATH, 400, OAUTH_ERROR)],
        raises=qonto.AuthorizationCodeError,
    )
    old_refresh = run.tokens.refresh_token if run.tokens else ""

    def rotated(tokens) -> list[str]:
        return _fails(tokens.refresh_token != old_refresh, "the refresh token did not rotate")

    run.tokens = (
        c.call(
            "refresh",
            lambda: helper.refresh(old_refresh),
            [Expect("POST", qonto.TOKEN_PATH, 200, TOKEN_SET)],
            then=rotated,
        )
        or run.tokens
    )
    c.call(
        "refresh with a wrong client secret",
        lambda: run.oauth("not-the-secret").refresh(run.tokens.refresh_token),
        [Expect("POST", qonto.TOKEN_PATH, 401, OAUTH_ERROR)],
        raises=AuthError,
        then=lambda exc: _fails(not isinstance(exc, qonto.ConsentError), "taken for a consent"),
    )


def check_reads(run: Run, account: dict) -> None:
    c = run.contract
    keyed = run.key_client()
    c.call(
        "organization (API key, external accounts)",
        keyed.organization,
        [
            Expect(
                "GET",
                "/v2/organization",
                200,
                ORGANIZATION,
                query("include_external_accounts", "true"),
            )
        ],
        then=lambda org: _fails(len(org["bank_accounts"]) == 2, "external account missing"),
    )
    c.call(
        "bank_accounts",
        lambda: keyed.bank_accounts(include_external_accounts=False),
        [Expect("GET", "/v2/organization", 200, ORGANIZATION)],
        then=lambda accounts: _fails(len(accounts) == 1, f"{len(accounts)} accounts"),
    )
    c.call(
        "find_bank_account by IBAN (external)",
        lambda: keyed.find_bank_account(iban=EXTERNAL_IBAN),
        [Expect("GET", "/v2/organization", 200, ORGANIZATION)],
        then=lambda found: _fails(bool(found) and found["is_external_account"], "not found"),
    )
    client = run.bearer_client()
    pages = -(-TRANSACTIONS // qonto.MAX_PER_PAGE)

    def every_transaction(found) -> list[str]:
        batch = qonto.split_transactions(found)
        return (
            _fails(len({t["id"] for t in found}) == TRANSACTIONS, f"{len(found)} transactions")
            + _fails(not batch.problems, f"unbookable: {batch.problems[:2]}")
            + _fails(bool(batch.lines and batch.pending and batch.skipped), "a status is missing")
        )

    found = c.call(
        "iter_transactions (OAuth, every status, several pages)",
        lambda: list(client.iter_transactions(bank_account_id=account["id"])),
        [
            Expect(
                "GET",
                "/v2/transactions",
                200,
                TRANSACTIONS_PAGE,
                expect_all(_page(n), query("sort_by", "updated_at:asc"), query("per_page", "100")),
                label=f"/v2/transactions?page={n}",
            )
            for n in range(1, pages + 1)
        ],
        then=every_transaction,
    )
    one = (found or [{}])[0].get("id", "none")
    c.call(
        "transaction by uuid",
        lambda: client.transaction(one),
        [Expect("GET", "/v2/transactions/{id}", 200, {"transaction": TRANSACTION})],
        then=lambda tx: _fails(tx["id"] == one, "another transaction"),
    )
    c.call(
        "transaction that does not exist",
        lambda: client.transaction("00000000-0000-0000-0000-000000000000"),
        [Expect("GET", "/v2/transactions/{id}", 404, ERRORS)],
        raises=ProviderError,
        then=lambda exc: _fails(exc.status == 404, f"status {exc.status}"),
    )


def check_webhooks(run: Run) -> None:
    c, fake = run.contract, run.fake
    client = run.bearer_client()
    created = c.call(
        "create_webhook_subscription",
        lambda: client.create_webhook_subscription(HOOK, description="Odoo contract"),
        [Expect("POST", "/v2/webhook_subscriptions", 201, CREATED_SUBSCRIPTION)],
        then=lambda sub: (
            _fails(32 <= len(sub["secret"]) <= 128, "secret length")
            + _fails(sub["types"] == [qonto.TRANSACTIONS_EVENT_TYPE], f"types {sub['types']}")
        ),
    )
    for number in range(SUBSCRIPTIONS - 1):
        fake.subscribe(f"{HOOK}/{number}")
    pages = -(-SUBSCRIPTIONS // qonto.MAX_PER_PAGE)
    c.call(
        "webhook_subscriptions (more than 100: every page)",
        client.webhook_subscriptions,
        [
            Expect(
                "GET",
                "/v2/webhook_subscriptions",
                200,
                SUBSCRIPTION_LIST,
                expect_all(_page(n), query("per_page", "100")),
                label=f"/v2/webhook_subscriptions?page={n}",
            )
            for n in range(1, pages + 1)
        ],
        then=lambda subs: (
            _fails(len({s["id"] for s in subs}) == SUBSCRIPTIONS, f"{len(subs)} read")
            + _fails(bool(created) and created["id"] in {s["id"] for s in subs}, "ours missing")
        ),
    )
    sub_id = created["id"] if created else "none"
    c.call(
        "delete_webhook_subscription",
        lambda: client.delete_webhook_subscription(sub_id),
        [Expect("DELETE", "/v2/webhook_subscriptions/{id}", 204)],
    )
    c.call(
        "delete_webhook_subscription again",
        lambda: client.delete_webhook_subscription(sub_id),
        [Expect("DELETE", "/v2/webhook_subscriptions/{id}", 404, ERRORS)],
        raises=ProviderError,
    )
    c.call(
        "create_webhook_subscription with a short secret",
        lambda: client.create_webhook_subscription(HOOK, secret="too-short"),  # noqa: S106
        [Expect("POST", "/v2/webhook_subscriptions", 422, ERRORS)],
        raises=ProviderError,
        then=lambda exc: _fails(exc.status == 422, f"status {exc.status}"),
    )
    c.call(
        "create_webhook_subscription with an API key (OAuth only)",
        lambda: run.key_client().create_webhook_subscription(HOOK),
        [Expect("POST", "/v2/webhook_subscriptions", 403, ERRORS)],
        raises=AuthError,
        then=lambda exc: _fails(exc.status == 403, f"status {exc.status}"),
    )


def check_failures(run: Run) -> None:
    c, fake = run.contract, run.fake
    client = run.bearer_client()
    org = "/v2/organization"
    fake.expire_access_tokens()
    c.call(
        "expired access token: refresh once, ask again",
        client.organization,
        [
            Expect("GET", org, 401, ERRORS),
            Expect("POST", qonto.TOKEN_PATH, 200, TOKEN_SET),
            Expect("GET", org, 200, ORGANIZATION),
        ],
    )
    run.sleeps.clear()
    fake.rate_limit_next(1, retry_after="1")
    c.call(
        "429 with Retry-After: waited, retried",
        client.organization,
        [Expect("GET", org, 429, ERRORS, _retry_after), Expect("GET", org, 200, ORGANIZATION)],
        then=lambda _org: _fails(run.sleeps == [1.0], f"slept {run.sleeps}"),
    )
    fake.rate_limit_next(1, retry_after="3600")
    c.call(
        "429 with a long Retry-After: given back to the caller",
        client.organization,
        [Expect("GET", org, 429, ERRORS, _retry_after)],
        raises=RateLimitedError,
        then=lambda exc: _fails(exc.retry_after == 3600, f"retry_after {exc.retry_after}"),
    )
    fake.fail_next(1, status=503)
    c.call(
        "503 on a read: retried",
        client.organization,
        [Expect("GET", org, 503, ERRORS), Expect("GET", org, 200, ORGANIZATION)],
    )
    fake.fail_next(1, status=500, path="/v2/webhook_subscriptions")
    c.call(
        "500 on a create: not sent twice",
        lambda: client.create_webhook_subscription(HOOK),
        [Expect("POST", "/v2/webhook_subscriptions", 500, ERRORS)],
        raises=ProviderError,
        then=lambda exc: _fails(exc.retriable, "a 5xx should be retriable later"),
    )
    refresh_token = run.tokens.refresh_token
    fake.revoke_consent()
    c.call(
        "refresh after the consent was revoked",
        lambda: run.oauth().refresh(refresh_token),
        [Expect("POST", qonto.TOKEN_PATH, 400, OAUTH_ERROR)],
        raises=qonto.ConsentError,
    )


def main(argv: list[str] | None = None, out=print) -> int:
    del argv  # no options
    with FakeQonto(redirect_uris=[REDIRECT]) as fake:
        run = Run(fake)
        account = _seed(fake)
        check_oauth(run)
        check_reads(run, account)
        check_webhooks(run)
        check_failures(run)
        return run.contract.print(out)


if __name__ == "__main__":
    logging.basicConfig(level=logging.ERROR)  # the expected 4xx/5xx are not news here
    sys.exit(main(sys.argv[1:]))
