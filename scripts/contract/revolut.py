#!/usr/bin/env python3
# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Contract check of the Revolut Business connector against a Revolut Business API.

Drives, through the real clients (fincycle.banking.revolut.RevolutClient and RevolutOAuth),
every API call the connector makes, with harmless inputs, and checks each answer against the document
(shared/reference/apis/revolut-business.md):

  GET    /accounts, /accounts/{id}, /accounts/{id}/bank-details   mapping, balance check
  GET    /transactions       the last 30 days of the first account, pages of 5, at most 3
  GET    /transaction/{id}   the newest one read (an unknown id, 404, if there is none)
  GET    /counterparty/{id}  of a transaction read (an unknown id, 404, if there is none)
  POST   /auth/token         a code and a refresh token nobody issued, signed with a
                             throwaway key: refused with an OAuth error the client reads
  POST   /api/2.0/webhooks, DELETE /api/2.0/webhooks/{id} (twice: then 404)
                             a webhook to --webhook-url, deleted at once
  GET    /api/2.0/webhooks[/{id}], POST .../rotate-signing-secret   optional: the client
                             has them, the connector does not depend on them

One line per HTTP exchange: ``<METHOD> <path> <status> OK`` or ``... ERROR: <why>``; exit
status 1 if a call the connector depends on failed.

Usage:
  .venv/bin/python scripts/contract/revolut.py \\
      --base-url https://sandbox-b2b.revolut.com/api/1.0 --token <access token>
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from itertools import islice

import contractlib as cl
from contractlib import CURRENCY, NON_EMPTY, NUMBER, TIMESTAMP, Contract, Expect, fails, one_of

from fincycle.banking import revolut
from fincycle.http import AuthError, ProviderError

# -- the document's shapes (revolut-business.md) -------------------------------------------------
ERROR = {"code": int, "message": NON_EMPTY, "error_id?": str}
ACCOUNT = {
    "id": NON_EMPTY,
    "name?": str,
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
WEBHOOK = {"id": NON_EMPTY, "url": cl.starts_with("https://"), "events": [str]}
WEBHOOK_WITH_SECRET = {**WEBHOOK, "signing_secret": cl.starts_with("wsk_")}
WEBHOOK_LISTED = {**WEBHOOK, "!signing_secret": None}


_options = cl.webhook_and_client_options("the HTTPS URL of the webhook made and deleted")


def _readable(transactions, account_id: str) -> list[str]:
    """Every transaction read gives statement lines or a documented reason to skip it."""
    unreadable = []
    for tx in transactions:
        for tx_id, why in revolut.leg_lines(tx, account_id).skipped:
            if not why.startswith(("declined", "failed", "reverted before")):
                unreadable.append(f"{tx_id}: {why}")
    return fails(not unreadable, f"transactions the connector cannot book: {unreadable[:3]}")


def _counterparty_id(transactions) -> str | None:
    for tx in transactions:
        for leg in tx.get("legs") or []:
            counterparty = leg.get("counterparty") or {}
            if counterparty.get("id") and counterparty.get("account_type") != "self":
                return counterparty["id"]
    return None


def check_reads(c: Contract, client: revolut.RevolutClient) -> None:
    v1 = "/api/1.0"
    accounts = c.call(client.accounts, Expect("GET", f"{v1}/accounts", 200, [ACCOUNT]))
    account_id = (accounts or [{}])[0].get("id") or cl.NIL_ID
    c.call(lambda: client.account(account_id), Expect("GET", f"{v1}/accounts/{{id}}", 200, ACCOUNT))
    c.call(
        lambda: client.bank_details(account_id),
        Expect("GET", f"{v1}/accounts/{{id}}/bank-details", 200, [BANK_DETAILS]),
    )
    since = datetime.now(timezone.utc) - timedelta(days=cl.DAYS)
    found = c.call(
        lambda: list(
            islice(
                client.iter_transactions(since, account_id=account_id, count=cl.PAGE),
                cl.PAGE * cl.PAGES,
            )
        ),
        Expect(
            "GET",
            f"{v1}/transactions",
            200,
            [TRANSACTION],
            (cl.query("count", str(cl.PAGE)), cl.query("account", account_id)),
        ),
        then=lambda txs: _readable(txs, account_id),
    )
    found = found or []
    cl.check_by_id(
        c,
        client.transaction,
        found[0]["id"] if found else None,
        path=f"{v1}/transaction/{{id}}",
        shape=TRANSACTION,
        error=ERROR,
        what="transaction",
    )
    # Without one (a deleted counterparty), the connector books the line without its details.
    cl.check_by_id(
        c,
        client.counterparty,
        _counterparty_id(found),
        path=f"{v1}/counterparty/{{id}}",
        shape=COUNTERPARTY,
        error=ERROR,
        what="counterparty",
    )


def check_token_endpoint(c: Contract, client: revolut.RevolutClient) -> None:
    private_pem, _certificate = revolut.generate_key_pair("Fincycle contract check")
    issuer = revolut.issuer_from_redirect_uri(c.args.webhook_url)

    def assertion() -> str:
        return revolut.client_assertion(c.args.client_id, issuer, private_pem)

    oauth = revolut.RevolutOAuth(client.session, client.base_url, c.args.client_id, assertion)
    token = Expect("POST", "/api/1.0/auth/token", (400, 401), cl.OAUTH_ERROR)
    c.call(lambda: oauth.exchange_code("oa_nobody_issued_this"), token, raises=AuthError)
    c.call(lambda: oauth.refresh("oa_nobody_issued_this"), token, raises=AuthError)


def check_webhooks(c: Contract, client: revolut.RevolutClient) -> None:
    hooks = "/api/2.0/webhooks"
    url = c.args.webhook_url
    created = c.call(
        lambda: client.create_webhook(url),
        Expect("POST", hooks, 201, WEBHOOK_WITH_SECRET),
        then=lambda hook: (
            fails(hook["url"] == url, f"url {hook['url']!r}")
            + fails(hook["events"] == list(revolut.DEFAULT_EVENTS), f"events {hook['events']}")
        ),
    )
    one = f"{hooks}/{{id}}"
    if not created:
        for expect in (Expect("GET", hooks), Expect("GET", one), Expect("DELETE", one, 204)):
            c.not_sent(expect, "the webhook was not created", required=expect.method == "DELETE")
        return
    hook_id = created["id"]
    try:
        c.call(
            client.list_webhooks,
            Expect("GET", hooks, 200, [WEBHOOK_LISTED]),
            then=lambda listed: fails(hook_id in {h.get("id") for h in listed}, "ours missing"),
            required=False,
        )
        c.call(
            lambda: client.get_webhook(hook_id),
            Expect("GET", one, 200, WEBHOOK_WITH_SECRET),
            required=False,
        )
        c.call(
            lambda: client.rotate_webhook_secret(hook_id, "PT1H"),
            Expect("POST", f"{one}/rotate-signing-secret", 200, WEBHOOK_WITH_SECRET),
            then=lambda hook: fails(
                hook["signing_secret"] != created["signing_secret"], "secret not rotated"
            ),
            required=False,
        )
    finally:
        c.call(lambda: client.delete_webhook(hook_id), Expect("DELETE", one, 204))
    c.call(
        lambda: client.delete_webhook(hook_id),
        Expect("DELETE", one, 404, ERROR),
        raises=ProviderError,
    )


def drive(c: Contract) -> None:
    session = c.session("revolut", c.args.base_url)
    client = revolut.RevolutClient(session, c.args.base_url, token_getter=lambda: c.args.token)
    check_reads(c, client)
    check_token_endpoint(c, client)
    check_webhooks(c, client)


if __name__ == "__main__":
    cl.run("revolut", __doc__, drive, _options)
