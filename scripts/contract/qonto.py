#!/usr/bin/env python3
# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Contract check of the Qonto connector against a Qonto Business API.

Drives, through the real client (fincycle.banking.qonto.QontoClient and QontoOAuth), every API
call the connector makes, with harmless inputs, and checks each answer against the document
(shared/reference/apis/qonto.md):

  GET    /v2/organization   with and without the external accounts, and to find an account
  GET    /v2/transactions   the first account's updates of the last 30 days, pages of 5, at
                            most 3
  GET    /v2/transactions/{id}   the first one read (an unknown id, 404, if there is none)
  POST   /oauth2/token      (on --oauth-url) a code and a refresh token nobody issued, for a
                            client that does not exist: refused with an OAuth error
  GET    /v2/webhook_subscriptions, POST and DELETE (twice: then 404) /v2/webhook_subscriptions
                            a subscription to --webhook-url, deleted at once; needs OAuth: with
                            an API key these calls are optional (the connector then asks for OAuth)

--token is the Authorization the connector sends: ``<login>:<secret key>`` (API key) or an
OAuth access token (``Bearer`` added if missing).  One line per HTTP exchange:
``<METHOD> <path> <status> OK`` or ``... ERROR: <why>``; exit status 1 if a call the connector
depends on failed.

Usage:
  .venv/bin/python scripts/contract/qonto.py --base-url https://thirdparty.qonto.com \\
      --token 'acme-1234:<secret key>'
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from itertools import islice

import contractlib as cl
from contractlib import CURRENCY, NON_EMPTY, NUMBER, TIMESTAMP, Contract, Expect, fails, one_of

from fincycle.banking import qonto
from fincycle.http import AuthError, ProviderError

OAUTH_FOR = {qonto.PRODUCTION_API: qonto.PRODUCTION_OAUTH, qonto.SANDBOX_API: qonto.SANDBOX_OAUTH}

# -- the document's shapes (qonto.md) ------------------------------------------------------------
ERRORS = {"errors": [{"code": NON_EMPTY, "detail": str, "source?": dict}]}
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
    "settled_at": (TIMESTAMP, None),
    "emitted_at": TIMESTAMP,
    "created_at": TIMESTAMP,
    "updated_at": TIMESTAMP,
    "settled_balance": (NUMBER, None),
    "settled_balance_cents": (int, None),
    "vat_amount": (NUMBER, None),
    "vat_amount_cents": (int, None),
    "vat_rate": (NUMBER, None),
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


def _options(parser) -> None:
    parser.add_argument(
        "--oauth-url",
        help="the OAuth server (default: Qonto's for the production or sandbox API, else the "
        "base URL)",
    )
    parser.add_argument("--staging-token", help="X-Qonto-Staging-Token (sandbox)")
    cl.webhook_and_client_options("the callback URL of the subscription made")(parser)


def _authorization(token: str) -> str:
    if token.startswith("Bearer ") or ":" in token:
        return token
    return f"Bearer {token}"


def check_reads(c: Contract, client: qonto.QontoClient) -> None:
    org = "/v2/organization"
    organization = c.call(
        client.organization,
        Expect("GET", org, 200, ORGANIZATION, (cl.query("include_external_accounts", "true"),)),
    )
    accounts = c.call(
        lambda: client.bank_accounts(include_external_accounts=False),
        Expect("GET", org, 200, ORGANIZATION, (cl.query("include_external_accounts", "false"),)),
        then=lambda found: fails(
            not any(a.get("is_external_account") for a in found), "an external account listed"
        ),
    )
    account_id = ((accounts or (organization or {}).get("bank_accounts") or [{}])[0]).get("id")
    account_id = account_id or cl.NIL_ID
    c.call(
        lambda: client.find_bank_account(bank_account_id=account_id),
        Expect("GET", org, 200, ORGANIZATION),
        then=lambda found: fails(bool(found), f"account {account_id} not found"),
    )
    since = datetime.now(timezone.utc) - timedelta(days=cl.DAYS)

    def bookable(found) -> list[str]:
        batch = qonto.split_transactions(found)
        return fails(
            not batch.problems, f"transactions the connector cannot book: {batch.problems[:3]}"
        )

    found = c.call(
        lambda: list(
            islice(
                client.iter_transactions(
                    bank_account_id=account_id, updated_from=since, per_page=cl.PAGE
                ),
                cl.PAGE * cl.PAGES,
            )
        ),
        Expect(
            "GET",
            "/v2/transactions",
            200,
            {"transactions": [TRANSACTION], "meta": META},
            (cl.query("sort_by", "updated_at:asc"), cl.query("per_page", str(cl.PAGE))),
        ),
        then=bookable,
    )
    cl.check_by_id(
        c,
        client.transaction,
        found[0]["id"] if found else None,
        path="/v2/transactions/{id}",
        shape={"transaction": TRANSACTION},
        error=ERRORS,
        what="transaction",
    )


def check_token_endpoint(c: Contract, oauth_url: str) -> None:
    helper = qonto.QontoOAuth(
        c.session("qonto-oauth", oauth_url),
        oauth_url,
        c.args.client_id,
        "not-a-client-secret",  # a harmless wrong value
        staging_token=c.args.staging_token,
    )
    token = Expect("POST", qonto.TOKEN_PATH, (400, 401), cl.OAUTH_ERROR)
    nobody = "nobody-issued-this"
    c.call(lambda: helper.exchange_code(nobody, c.args.webhook_url), token, raises=AuthError)
    c.call(lambda: helper.refresh(nobody), token, raises=AuthError)


def check_webhooks(c: Contract, client: qonto.QontoClient, required: bool) -> None:
    path, one = "/v2/webhook_subscriptions", "/v2/webhook_subscriptions/{id}"
    url = c.args.webhook_url
    c.call(
        client.webhook_subscriptions,
        Expect(
            "GET",
            path,
            200,
            {"subscriptions": [{**SUBSCRIPTION, "!secret": None}], "meta": META},
            (cl.query("per_page", str(qonto.MAX_PER_PAGE)),),
        ),
        required=required,
    )
    created = c.call(
        lambda: client.create_webhook_subscription(url, description="Fincycle contract check"),
        Expect(
            "POST",
            path,
            (200, 201),
            {"webhook_subscription": {**SUBSCRIPTION, "secret": NON_EMPTY}},
        ),
        then=lambda sub: (
            fails(32 <= len(sub["secret"]) <= 128, "secret length")
            + fails(sub["types"] == [qonto.TRANSACTIONS_EVENT_TYPE], f"types {sub['types']}")
        ),
        required=required,
    )
    if not created:
        c.not_sent(
            Expect("DELETE", one, 204), "the subscription was not created", required=required
        )
        return
    c.call(
        lambda: client.delete_webhook_subscription(created["id"]),
        Expect("DELETE", one, (200, 204)),
        required=required,
    )
    c.call(
        lambda: client.delete_webhook_subscription(created["id"]),
        Expect("DELETE", one, 404, ERRORS),
        raises=ProviderError,
        required=required,
    )


def drive(c: Contract) -> None:
    base = c.args.base_url.rstrip("/")
    oauth_url = (c.args.oauth_url or OAUTH_FOR.get(base, base)).rstrip("/")
    authorization = _authorization(c.args.token)
    client = qonto.QontoClient(
        c.session("qonto", base), base, lambda: authorization, staging_token=c.args.staging_token
    )
    check_reads(c, client)
    check_token_endpoint(c, oauth_url)
    # Subscriptions need OAuth (qonto.md §5): with an API key the connector asks for OAuth.
    check_webhooks(c, client, required=authorization.startswith("Bearer "))


if __name__ == "__main__":
    cl.run("qonto", __doc__, drive, _options)
