#!/usr/bin/env python3
# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Contract check of the Revolut Business client (fincycle.banking.revolut) against the document.

Starts the fake Revolut (fincycle.testing.fake_revolut, which follows
shared/reference/apis/revolut-business.md) on 127.0.0.1 and drives every HTTP call the real
client makes — consent page, code exchange and refresh with a signed client assertion, accounts,
one account, bank details, transactions over several pages, one transaction, counterparty,
webhooks v2 create/list/get/rotate/delete, and the 400/401/404/429/5xx paths — checking each
answer's shape against the document and what the client makes of it.  One line per HTTP
exchange: ``<METHOD> <path>: ok|FAIL <why>``; last line ``contract revolut: <N> calls, <F>
failed``; exit status 1 if any failed.

Usage: .venv/bin/python scripts/contract/revolut.py
"""

from __future__ import annotations

import logging
import sys
import time
from datetime import datetime, timedelta, timezone
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
    starts_with,
)

from fincycle.banking import revolut
from fincycle.http import (
    AuthError,
    BreakerRegistry,
    HttpPolicy,
    ProviderError,
    RateLimitedError,
    make_session,
)
from fincycle.testing.fake_revolut import FakeRevolut

CLIENT_ID = "contract-client-id"
REDIRECT = "https://erp.example.com/fincycle/revolut/callback"
ISSUER = revolut.issuer_from_redirect_uri(REDIRECT)
HOOK = "https://erp.example.com/fincycle/webhook/revolut/1"
IBAN = "LT603250000000000001"
TRANSACTIONS = 250
PAGE = 100  # three pages
V1, V2 = "/api/1.0", "/api/2.0"
T0 = datetime(2025, 3, 1, 8, 0, tzinfo=timezone.utc)
POLICY = HttpPolicy(max_attempts=3, backoff_initial=0.01, backoff_max=0.05, backoff_jitter=0.0)

# -- the document's shapes (revolut-business.md) -------------------------------------------------
ERROR = {"code": int, "message": NON_EMPTY, "error_id?": str}
UNAUTHORIZED = {"message": NON_EMPTY}
OAUTH_ERROR = {"error": NON_EMPTY, "error_description?": str}
TOKEN_SET = {
    "access_token": NON_EMPTY,
    "token_type": one_of("bearer", "Bearer"),
    "expires_in": int,
    "refresh_token": NON_EMPTY,
}
REFRESHED = {**{k: v for k, v in TOKEN_SET.items() if k != "refresh_token"}, "!refresh_token": None}
ACCOUNT = {
    "id": NON_EMPTY,
    "name": str,
    "balance": NUMBER,
    "currency": CURRENCY,
    "state": one_of("active", "inactive"),
    "public": bool,
    "created_at": TIMESTAMP,
    "updated_at": TIMESTAMP,
}
BANK_DETAILS = {
    "iban?": str,
    "bic?": (str, None),
    "account_no?": str,
    "sort_code?": str,
    "routing_number?": str,
    "beneficiary?": str,
    "beneficiary_address?": dict,
    "bank_country?": str,
    "pooled?": bool,
    "unique_reference?": str,
    "schemes?": [str],
    "estimated_time?": dict,
}
TYPES = (
    "atm card_payment card_refund card_chargeback card_credit charge charge_refund exchange "
    "transfer loan fee refund topup topup_return tax tax_refund rev_payment"
).split()
STATES = ("created", "pending", "completed", "declined", "failed", "reverted")
LEG = {
    "leg_id": NON_EMPTY,
    "amount": NUMBER,
    "currency": CURRENCY,
    "account_id": NON_EMPTY,
    "fee?": NUMBER,
    "bill_amount?": NUMBER,
    "bill_currency?": CURRENCY,
    "counterparty?": {"account_type?": one_of("self", "revolut", "external"), "id?": str},
    "description?": str,
    "balance?": NUMBER,
}
TRANSACTION = {
    "id": NON_EMPTY,
    "type": one_of(*TYPES),
    "state": one_of(*STATES),
    "created_at": TIMESTAMP,
    "updated_at": TIMESTAMP,
    "completed_at?": (TIMESTAMP, None),
    "reason_code?": (str, None),
    "request_id?": str,
    "reference?": str,
    "merchant?": dict,
    "card?": dict,
    "legs": [LEG],
}
COUNTERPARTY = {
    "id": NON_EMPTY,
    "name": NON_EMPTY,
    "accounts?": [{"id": NON_EMPTY, "iban?": (str, None), "account_no?": (str, None)}],
}
WEBHOOK = {"id": NON_EMPTY, "url": starts_with("https://"), "events": [str]}
WEBHOOK_WITH_SECRET = {**WEBHOOK, "signing_secret": starts_with("wsk_")}
WEBHOOK_LISTED = {**WEBHOOK, "!signing_secret": None}


def _fails(condition: bool, why: str) -> list[str]:
    return [] if condition else [why]


def _retry_after(exchange):
    return header("Retry-After", lambda v: v is not None and v.strip().isdigit(), "missing")(
        exchange
    )


class Run:
    """The fake, the recorder, the key pair and the client the steps share."""

    def __init__(self, fake: FakeRevolut, private_pem: str, other_pem: str):
        self.fake = fake
        self.private_pem = private_pem
        self.other_pem = other_pem
        self.recorder = Recorder()
        self.sleeps: list[float] = []
        self.contract = Contract("revolut", self.recorder)
        self.access = self.refresh_token = ""
        self.client = revolut.RevolutClient(
            self.session(),
            fake.api_url,
            token_getter=lambda: self.access,
            token_refresher=self.refresh,
        )

    def session(self):
        return self.recorder.attach(
            make_session(
                POLICY,
                provider="revolut",
                breaker_key="revolut:contract",
                breakers=BreakerRegistry(),
                sleep=self.sleeps.append,
                allowed_origins=[self.fake.url],  # the client talks to the fake only
            )
        )

    def assertion(self, private_pem: str | None = None, now: float | None = None) -> str:
        return revolut.client_assertion(CLIENT_ID, ISSUER, private_pem or self.private_pem, now=now)

    def refresh(self) -> str:
        self.access = self.client.refresh(self.refresh_token, self.assertion()).access_token
        return self.access


def _seed(fake: FakeRevolut) -> tuple[dict, dict]:
    account = fake.add_account("EUR", balance=5000, iban=IBAN)
    fake.add_account("USD", balance=100)
    counterparty = fake.add_counterparty("Acme SARL", iban="FR7630006000011234567890189")
    for index in range(TRANSACTIONS):
        state = ("completed", "completed", "pending", "declined")[index % 4]
        fake.add_transaction(
            account["id"],
            (index % 50 + 1) * (1 if index % 3 == 0 else -1),
            state=state,
            created_at=T0 + timedelta(minutes=index // 2),  # pairs share an instant
            reference=f"INV-{index}",
            counterparty=counterparty if index % 5 == 0 else None,
            reason_code="insufficient_balance" if state == "declined" else None,
        )
    return account, counterparty


def check_oauth(run: Run) -> None:
    c, fake, client = run.contract, run.fake, run.client
    url = revolut.consent_url(fake.consent_base, CLIENT_ID, REDIRECT)
    browser = run.recorder.attach(requests.Session())

    def redirected(answer) -> list[str]:
        location = answer.headers.get("Location", "")
        code = parse_qs(urlsplit(location).query).get("code", [""])[0]
        return _fails(location.startswith(REDIRECT), f"redirects to {location!r}") + _fails(
            code.startswith(("oa_sand_", "oa_prod_")), f"code {code!r}"
        )

    answer = run.contract.call(
        "consent_url → consent page",
        lambda: browser.get(url, allow_redirects=False, timeout=5),
        [Expect("GET", "/app-confirm", 302)],
        then=redirected,
    )
    code = parse_qs(urlsplit(answer.headers["Location"]).query)["code"][0] if answer else ""
    token = f"{V1}/auth/token"
    tokens = c.call(
        "exchange_code",
        lambda: client.exchange_code(code, run.assertion()),
        [Expect("POST", token, 200, TOKEN_SET)],
        then=lambda t: _fails(t.expires_in == 2399, f"expires_in {t.expires_in}"),
    )
    if tokens:
        run.access, run.refresh_token = tokens.access_token, tokens.refresh_token
    c.call(
        "exchange_code again: a code is single use",
        lambda: client.exchange_code(code, run.assertion()),
        [Expect("POST", token, 400, OAUTH_ERROR)],
        raises=revolut.AuthorizationCodeError,
    )
    old_access = run.access
    c.call(
        "refresh (the refresh token is kept)",
        run.refresh,
        [Expect("POST", token, 200, REFRESHED)],
        then=lambda access: _fails(access != old_access, "same access token"),
    )
    c.call(
        "refresh signed with another key",
        lambda: client.refresh(run.refresh_token, run.assertion(run.other_pem)),
        [Expect("POST", token, 401, OAUTH_ERROR)],
        raises=revolut.ClientAssertionError,
    )
    c.call(
        "refresh with an expired client assertion",
        lambda: client.refresh(run.refresh_token, run.assertion(now=time.time() - 3600)),
        [Expect("POST", token, 400, OAUTH_ERROR)],
        raises=revolut.ClientAssertionError,
        then=lambda exc: _fails("clock" in exc.message, "does not point at the clock"),
    )


def check_reads(run: Run, account: dict, counterparty: dict) -> None:
    c, client = run.contract, run.client
    c.call(
        "accounts",
        client.accounts,
        [Expect("GET", f"{V1}/accounts", 200, [ACCOUNT])],
        then=lambda accounts: _fails(len(accounts) == 2, f"{len(accounts)} accounts"),
    )
    c.call(
        "account",
        lambda: client.account(account["id"]),
        [Expect("GET", f"{V1}/accounts/{{id}}", 200, ACCOUNT)],
    )
    c.call(
        "bank_details",
        lambda: client.bank_details(account["id"]),
        [Expect("GET", f"{V1}/accounts/{{id}}/bank-details", 200, [BANK_DETAILS])],
        then=lambda details: _fails(details and details[0].get("iban") == IBAN, "no IBAN"),
    )
    pages = TRANSACTIONS // PAGE + 1

    def every_transaction(found) -> list[str]:
        lines = skipped = 0
        for tx in found:
            result = revolut.leg_lines(tx, account["id"])
            lines += len(result.lines)
            skipped += sum(1 for _tid, why in result.skipped if not why.startswith("declined"))
        return _fails(len({t["id"] for t in found}) == TRANSACTIONS, f"{len(found)} read") + (
            _fails(lines > 0 and not skipped, f"{lines} lines, {skipped} unreadable")
        )

    until = T0 + timedelta(days=1)
    found = c.call(
        "iter_transactions (several pages, backwards by created_at)",
        lambda: list(client.iter_transactions(T0, until, account_id=account["id"], count=PAGE)),
        [
            Expect(
                "GET",
                f"{V1}/transactions",
                200,
                [TRANSACTION],
                expect_all(
                    query("count", str(PAGE)),
                    query("from", revolut.format_timestamp(T0)),
                    query("account", account["id"]),
                    *([query("to", revolut.format_timestamp(until))] if n == 1 else []),
                ),
                label=f"{V1}/transactions (page {n})",
            )
            for n in range(1, pages + 1)
        ],
        then=every_transaction,
    )
    one = (found or [{}])[0].get("id", "none")
    c.call(
        "transaction",
        lambda: client.transaction(one),
        [Expect("GET", f"{V1}/transaction/{{id}}", 200, TRANSACTION)],
    )
    c.call(
        "counterparty",
        lambda: client.counterparty(counterparty["id"]),
        [Expect("GET", f"{V1}/counterparty/{{id}}", 200, COUNTERPARTY)],
        then=lambda cp: _fails(cp["name"] == "Acme SARL", "another counterparty"),
    )
    c.call(
        "counterparty that does not exist",
        lambda: client.counterparty("00000000-0000-0000-0000-000000000000"),
        [Expect("GET", f"{V1}/counterparty/{{id}}", 404, ERROR)],
        raises=ProviderError,
        then=lambda exc: _fails(exc.status == 404, f"status {exc.status}"),
    )


def check_webhooks(run: Run) -> None:
    c, client = run.contract, run.client
    hooks = f"{V2}/webhooks"
    created = c.call(
        "create_webhook",
        lambda: client.create_webhook(HOOK),
        [Expect("POST", hooks, 201, WEBHOOK_WITH_SECRET)],
        then=lambda hook: _fails(
            hook["events"] == list(revolut.DEFAULT_EVENTS), f"events {hook['events']}"
        ),
    )
    hook_id = created["id"] if created else "none"
    c.call(
        "list_webhooks",
        client.list_webhooks,
        [Expect("GET", hooks, 200, [WEBHOOK_LISTED])],
        then=lambda listed: _fails([h["id"] for h in listed] == [hook_id], "ours missing"),
    )
    c.call(
        "get_webhook",
        lambda: client.get_webhook(hook_id),
        [Expect("GET", f"{hooks}/{{id}}", 200, WEBHOOK_WITH_SECRET)],
    )
    old_secret = created["signing_secret"] if created else ""
    c.call(
        "rotate_webhook_secret",
        lambda: client.rotate_webhook_secret(hook_id, "PT1H"),
        [Expect("POST", f"{hooks}/{{id}}/rotate-signing-secret", 200, WEBHOOK_WITH_SECRET)],
        then=lambda hook: _fails(hook["signing_secret"] != old_secret, "secret not rotated"),
    )
    c.call(
        "delete_webhook",
        lambda: client.delete_webhook(hook_id),
        [Expect("DELETE", f"{hooks}/{{id}}", 204)],
    )
    c.call(
        "delete_webhook again",
        lambda: client.delete_webhook(hook_id),
        [Expect("DELETE", f"{hooks}/{{id}}", 404, ERROR)],
        raises=ProviderError,
        then=lambda exc: _fails(exc.provider_code == "3040", f"code {exc.provider_code}"),
    )
    c.call(
        "create_webhook with an http:// URL",
        lambda: client.create_webhook(HOOK.replace("https://", "http://")),
        [Expect("POST", hooks, 400, ERROR)],
        raises=ProviderError,
    )


def check_failures(run: Run) -> None:
    c, fake, client = run.contract, run.fake, run.client
    accounts, token = f"{V1}/accounts", f"{V1}/auth/token"
    fake.expire_all_tokens()
    c.call(
        "expired access token: refresh once, ask again",
        client.accounts,
        [
            Expect("GET", accounts, 401, UNAUTHORIZED),
            Expect("POST", token, 200, REFRESHED),
            Expect("GET", accounts, 200, [ACCOUNT]),
        ],
    )
    run.sleeps.clear()
    fake.rate_limit_next(1, retry_after="2")
    c.call(
        "429 with Retry-After: waited, retried",
        client.accounts,
        [
            Expect("GET", accounts, 429, ERROR, _retry_after),
            Expect("GET", accounts, 200, [ACCOUNT]),
        ],
        then=lambda _accounts: _fails(run.sleeps == [2.0], f"slept {run.sleeps}"),
    )
    fake.rate_limit_next(1, retry_after="600")
    c.call(
        "429 with a long Retry-After: given back to the caller",
        client.accounts,
        [Expect("GET", accounts, 429, ERROR, _retry_after)],
        raises=RateLimitedError,
        then=lambda exc: _fails(exc.provider_code == "3162", f"code {exc.provider_code}"),
    )
    fake.fail_next(1, status=503)
    c.call(
        "503 on a read: retried",
        client.accounts,
        [Expect("GET", accounts, 503, ERROR), Expect("GET", accounts, 200, [ACCOUNT])],
    )
    fake.fail_next(1, status=500)
    c.call(
        "500 on a create: not sent twice",
        lambda: client.create_webhook(HOOK),
        [Expect("POST", f"{V2}/webhooks", 500, ERROR)],
        raises=ProviderError,
        then=lambda exc: _fails(exc.retriable, "a 5xx should be retriable later"),
    )
    fake.revoke_consent()
    c.call(
        "refresh after the consent was revoked",
        run.refresh,
        [Expect("POST", token, 400, OAUTH_ERROR)],
        raises=revolut.ConsentRevokedError,
        then=lambda exc: _fails(isinstance(exc, AuthError), "not an AuthError"),
    )


def main(argv: list[str] | None = None, out=print) -> int:
    del argv  # no options
    private_pem, certificate = revolut.generate_key_pair("Fincycle contract")
    other_pem, _other_certificate = revolut.generate_key_pair("Somebody else")
    fake = FakeRevolut(
        client_id=CLIENT_ID, issuer=ISSUER, certificate_pem=certificate, redirect_uri=REDIRECT
    )
    with fake:
        run = Run(fake, private_pem, other_pem)
        account, counterparty = _seed(fake)
        check_oauth(run)
        check_reads(run, account, counterparty)
        check_webhooks(run)
        check_failures(run)
        return run.contract.print(out)


if __name__ == "__main__":
    logging.basicConfig(level=logging.ERROR)  # the expected 4xx/5xx are not news here
    sys.exit(main(sys.argv[1:]))
