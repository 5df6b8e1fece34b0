#!/usr/bin/env python3
# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Contract check of the Mautic connector against a Mautic installation.

Drives, through the real client (fincycle.marketing.mautic.MauticClient), every API call the
connector makes, with harmless inputs, and checks each answer against the document
(shared/reference/apis/mautic.md):

  POST   /oauth/v2/token               client credentials (--auth client_credentials)
  GET    /api/contacts/list/fields     the odoo_partner_id field; if missing,
  POST   /api/fields/contact/new       it is created (optional: not in the document)
  GET    /api/contacts                 a page of 5, pages of 5 (at most 3), the last 30 days by
                                       where[date_modified gte], where[odoo_partner_id in]
  POST   /api/contacts/batch/new       one contact (--email, odoo_partner_id 0), then
  PATCH  /api/contacts/batch/edit      edited by its key; GET /api/contacts/{id},
  PATCH  /api/contacts/{id}/edit, POST /api/contacts/{id}/dnc/email/add and /remove
  GET    /api/fields/company          the odoo_company_id field; if missing,
  POST   /api/fields/company/new      it is created (optional: not in the document);
                                       the odoo_lead_id contact field likewise
  GET    /api/companies (also where[odoo_company_id in]), POST /api/companies/batch/new,
         PATCH /api/companies/batch/edit,
  POST   /api/companies/{id}/contact/{id}/add, DELETE /api/companies/{id}/delete
  GET    /api/segments, POST /api/segments/new, POST /api/segments/{id}/contacts/add,
         GET /api/contacts?search=segment:<alias>, POST /api/segments/{id}/contact/{id}/remove,
         DELETE /api/segments/{id}/delete
  GET    /api/campaigns, GET /api/campaigns/{id}/contacts; with --campaign ID the contact is
         added to and removed from that campaign (a campaign may send e-mails: never by default)
  GET    /api/emails                   sent and read counts
  GET    /api/stats/channel_url_trackables   the e-mails' clicks (Stats API, developer.mautic.org
                                       "Stats": where[channel eq email], paged by start/limit;
                                       optional: the connector does without when refused)
  DELETE /api/contacts/batch/delete    the contact made
  GET    /api/contacts/0, a wrong password or client secret   the documented 404 and 401/400

--base-url is the installation's address (https://mautic.example.ch; the API is under /api).
--token is ``user:password`` (--auth basic) or ``client_id:client_secret`` (--auth
client_credentials, the default); it is never printed.  Without --base-url the check runs
against the contract-following fake (fincycle.testing.fake_mautic), ``--fake-auth basic`` to
use Basic auth.  One line per HTTP exchange: ``<METHOD> <path> <status> OK`` or ``... ERROR:
<why>``; exit status 1 if a call the connector depends on failed.

Usage:
  .venv/bin/python scripts/contract/mautic.py --base-url https://mautic.example.ch \\
      --token '<client id>:<client secret>'
  .venv/bin/python scripts/contract/mautic.py            # against the fake
"""

from __future__ import annotations

import logging
import secrets
import sys
from datetime import datetime, timedelta, timezone
from itertools import islice
from urllib.parse import urlsplit

import contractlib as cl
from contractlib import INTEGER, NON_EMPTY, OAUTH_ERROR, TIMESTAMP, Check, Contract, Expect, fails

from fincycle.marketing import mautic as mt
from fincycle.testing.fake_mautic import FakeMautic

PROBE_PARTNER = 0  # an id no Odoo partner has

# -- the document's shapes (mautic.md §1-§5) --------------------------------------------------------
ERRORS = {"errors": [{"code": INTEGER, "message": NON_EMPTY, "details?": (dict, list)}]}
TOTAL = (INTEGER, Check("a numeric string", lambda v: isinstance(v, str) and v.isdigit()))
TOKEN = {
    "access_token": NON_EMPTY,
    "expires_in": INTEGER,
    "token_type": Check("bearer", lambda v: isinstance(v, str) and v.lower() == "bearer"),
}
FIELD = {"id": INTEGER, "alias": NON_EMPTY, "label": str, "type": str}
CONTACT = {
    "id": INTEGER,
    "dateAdded?": (TIMESTAMP, None),
    "dateModified": (TIMESTAMP, None),
    "points": INTEGER,
    "fields": {"all": dict},
    "tags": list,
    "doNotContact?": list,
}
COMPANY = {"id": INTEGER, "fields": {"all": dict}}
SEGMENT = {"id": INTEGER, "name": str, "alias": str, "isPublished": bool}
CAMPAIGN = {"id": INTEGER, "name": str, "isPublished": bool}
EMAIL = {"id": INTEGER, "name": str, "sentCount?": INTEGER, "readCount?": INTEGER}
NUMBER = (INTEGER, Check("a numeric string", lambda v: isinstance(v, str) and v.isdigit()))
TRACKABLE = {
    "channel": str,
    "channel_id": NUMBER,
    "hits": (NUMBER, None),
    "unique_hits": (NUMBER, None),
    "redirect_id?": (NUMBER, None),
}
SUCCESS = {"success": (cl.one_of(1, True, "1"))}
BATCH = {"statusCodes?": (list, dict)}


def listing(key: str, shape) -> tuple[dict, tuple]:
    """(shape, checks) of a list answer: ``{"total", key: {"<id>": item}}`` (``[]`` if empty)."""

    def keyed(exchange) -> list[str]:
        body = exchange.body
        items = body.get(key) if isinstance(body, dict) else None
        if items == []:
            return []
        if not isinstance(items, dict):
            return [f"$.{key} is not an object keyed by id"]
        found = []
        for item_id, item in items.items():
            found += cl.problems(item, shape, f"$.{key}[{item_id}]")
            if isinstance(item, dict) and str(item.get("id")) != item_id:
                found.append(f"$.{key}[{item_id}] holds id {item.get('id')!r}")
        return found

    return {"total": TOTAL, key: (dict, list)}, (keyed,)


def batch(key: str, shape) -> tuple[dict, tuple]:
    """(shape, checks) of a batch answer: items by index (an array, or an object keyed by index
    when some failed)."""

    def items(exchange) -> list[str]:
        body = exchange.body
        raw = body.get(key) if isinstance(body, dict) else None
        values = (
            raw
            if isinstance(raw, list)
            else (raw or {}).values()
            if isinstance(raw, dict)
            else None
        )
        if values is None:
            return [f"$.{key} missing"]
        return [p for i, v in enumerate(values) for p in cl.problems(v, shape, f"$.{key}[{i}]")]

    return {**BATCH, key: (list, dict)}, (items,)


def expect_list(method, route, key, shape, *checks, status=200) -> Expect:
    body, keyed = listing(key, shape)
    return Expect(method, route, status, body, (*keyed, *checks))


def expect_batch(method, route, key, shape, status) -> Expect:
    body, items = batch(key, shape)
    return Expect(method, route, status, body, items)


class Steps(Expect):
    """A client call that sends requests to several routes, each with its own expectation."""

    def __init__(self, *alternatives: Expect):
        statuses = tuple(sorted({s for a in alternatives for s in a.statuses}))
        first = alternatives[0]
        super().__init__(first.method, first.route, statuses, None, (self._check,))
        self.alternatives = alternatives

    def matches(self, exchange) -> bool:
        return any(a.matches(exchange) for a in self.alternatives)

    def _check(self, exchange) -> list[str]:
        alternative = next(a for a in self.alternatives if a.matches(exchange))
        if exchange.status not in alternative.statuses:
            wanted = " or ".join(map(str, alternative.statuses))
            return [f"expected HTTP {wanted} ({exchange.body!r:.200})"]
        found = cl.problems(exchange.body, alternative.shape) if alternative.shape else []
        for check in alternative.checks:
            found += check(exchange)
        return found


def _options(parser) -> None:
    parser.add_argument(
        "--auth",
        default=mt.AUTH_CLIENT_CREDENTIALS,
        choices=mt.AUTH_MODES,
        help="client_credentials (--token client_id:client_secret) or basic (user:password)",
    )
    parser.add_argument(
        "--email",
        default=None,
        help="the address of the contact made and deleted (default: a random @example.com one)",
    )
    parser.add_argument(
        "--campaign",
        type=int,
        default=None,
        help="a campaign id the contact made is added to and removed from (it may send e-mails)",
    )
    parser.add_argument(
        "--fake-auth",
        default=mt.AUTH_CLIENT_CREDENTIALS,
        choices=mt.AUTH_MODES,
        help="without --base-url: the auth mode used against the fake",
    )


def check_auth(c: Contract, client: mt.MauticClient, p: str) -> None:
    if client.oauth is None:
        return
    c.call(
        lambda: client.access_token(force=True),
        Expect("POST", f"{p}/oauth/v2/token", 200, TOKEN),
        then=lambda token: fails(bool(token) and client.token_expires_at, "no token kept"),
    )


def check_fields(c: Contract, client: mt.MauticClient, a: str) -> None:
    def fields(exchange) -> list[str]:
        body = exchange.body
        items = body.values() if isinstance(body, dict) else body
        if not isinstance(items, (list, type({}.values()))):
            return ["$ is neither an object nor a list of fields"]
        return [p for i, f in enumerate(items) for p in cl.problems(f, FIELD, f"$[{i}]")]

    listed = Expect("GET", f"{a}/contacts/list/fields", 200, None, (fields,))
    found = c.call(
        client.contact_fields,
        listed,
        then=lambda f: fails("email" in f, "no email field"),
    )
    if found is not None and mt.PARTNER_FIELD not in found:
        c.call(
            lambda: client.create_field("contact", mt.PARTNER_FIELD, mt.PARTNER_FIELD_LABEL),
            Expect("POST", f"{a}/fields/contact/new", (200, 201), {"field": FIELD}),
            then=lambda f: fails(f.alias == mt.PARTNER_FIELD, f"alias {f.alias}"),
            required=False,
        )
    c.call(
        client.ensure_partner_field,
        listed,
        then=lambda created: fails(created is False, "the field is still missing"),
    )
    if found is not None and mt.LEAD_FIELD not in found:  # CRM leads' key (optional)
        c.call(
            client.ensure_lead_field,
            Steps(listed, Expect("POST", f"{a}/fields/contact/new", (200, 201), {"field": FIELD})),
            then=lambda created: fails(created is True, "odoo_lead_id was not created"),
            required=False,
        )
        c.call(
            lambda: client.ensure_contact_field(mt.LEAD_FIELD, mt.LEAD_FIELD_LABEL),
            listed,
            then=lambda created: fails(created is False, "odoo_lead_id is still missing"),
            required=False,
        )

    def company_fields(exchange) -> list[str]:
        body = exchange.body
        raw = body.get("fields") if isinstance(body, dict) and "fields" in body else body
        items = raw.values() if isinstance(raw, dict) else raw
        if not isinstance(items, (list, type({}.values()))):
            return ["$.fields is neither an object nor a list of fields"]
        return [p for i, f in enumerate(items) for p in cl.problems(f, FIELD, f"$.fields[{i}]")]

    companies = Expect("GET", f"{a}/fields/company", 200, None, (company_fields,))
    found = c.call(
        client.company_fields,
        companies,
        then=lambda f: fails("companyname" in f, "no companyname field"),
        required=False,
    )
    if found is not None and mt.COMPANY_FIELD not in found:
        c.call(
            lambda: client.create_field("company", mt.COMPANY_FIELD, mt.COMPANY_FIELD_LABEL),
            Expect("POST", f"{a}/fields/company/new", (200, 201), {"field": FIELD}),
            then=lambda f: fails(f.alias == mt.COMPANY_FIELD, f"alias {f.alias}"),
            required=False,
        )
    if found is not None:
        c.call(
            client.ensure_company_field,
            companies,
            then=lambda created: fails(created is False, "odoo_company_id is still missing"),
        )


def check_reads(c: Contract, client: mt.MauticClient, a: str) -> None:
    limit = (cl.query("limit", str(cl.PAGE)),)
    c.call(
        lambda: client.list_contacts(limit=cl.PAGE),
        expect_list("GET", f"{a}/contacts", "contacts", CONTACT, *limit),
    )
    c.call(
        lambda: list(islice(client.contacts(page_size=cl.PAGE), cl.PAGE * cl.PAGES)),
        expect_list("GET", f"{a}/contacts", "contacts", CONTACT, *limit),
    )
    since = datetime.now(timezone.utc) - timedelta(days=cl.DAYS)
    c.call(
        lambda: list(islice(client.modified_since(since, page_size=cl.PAGE), cl.PAGE * cl.PAGES)),
        expect_list(
            "GET",
            f"{a}/contacts",
            "contacts",
            CONTACT,
            cl.query("where[0][col]", "date_modified"),
            cl.query("where[0][val]", mt.format_time(since)),
        ),
        then=lambda found: fails(
            all(x.date_modified is None or x.date_modified >= since for x in found),
            "a contact changed before the date asked",
        ),
    )


def check_contact(c: Contract, client: mt.MauticClient, a: str, email: str) -> int | None:
    """Make the probe contact, find it by its key, edit it; its Mautic id."""
    probe = mt.ContactData(
        PROBE_PARTNER,
        {"firstname": "Fincycle", "lastname": "Check", "email": email},
        ("fincycle-check",),
    )
    made = c.call(
        lambda: client.upsert_contacts([probe]),
        Steps(
            expect_list("GET", f"{a}/contacts", "contacts", CONTACT),
            expect_batch("POST", f"{a}/contacts/batch/new", "contacts", CONTACT, (200, 201)),
        ),
        then=lambda r: fails(
            r.status.get(PROBE_PARTNER) in (mt.STATUS_CREATED, mt.STATUS_MATCHED)
            or r.status.get(PROBE_PARTNER) == mt.STATUS_UPDATED,
            f"status {r.status} {r.failed}",
        ),
    )
    contact_id = made.ids.get(PROBE_PARTNER) if made else None
    if contact_id is None:
        for route in ("/contacts/{id}", "/contacts/batch/edit", "/contacts/{id}/edit"):
            c.not_sent(Expect("GET", a + route), "no contact was made")
        return None
    c.call(
        lambda: client.find_by_partner([PROBE_PARTNER]),
        expect_list("GET", f"{a}/contacts", "contacts", CONTACT, cl.query("where[0][expr]", "in")),
        then=lambda found: fails(
            found.get(PROBE_PARTNER) is not None and found[PROBE_PARTNER].id == contact_id,
            "the contact is not found by odoo_partner_id",
        ),
    )
    c.call(
        lambda: client.find_by_key(mt.LEAD_FIELD, [PROBE_PARTNER]),
        expect_list(
            "GET", f"{a}/contacts", "contacts", CONTACT, cl.query("where[0][col]", mt.LEAD_FIELD)
        ),
        then=lambda found: fails(
            PROBE_PARTNER not in found, "a partner's contact is found by odoo_lead_id"
        ),
        required=False,
    )
    renamed = mt.ContactData(PROBE_PARTNER, {"firstname": "Fincycle (edited)", "email": email})
    c.call(
        lambda: client.upsert_contacts([renamed], known={PROBE_PARTNER: contact_id}),
        expect_batch("PATCH", f"{a}/contacts/batch/edit", "contacts", CONTACT, 200),
        then=lambda r: fails(r.status.get(PROBE_PARTNER) == mt.STATUS_UPDATED, f"{r.status}"),
    )
    c.call(
        lambda: client.get_contact(contact_id),
        Expect("GET", f"{a}/contacts/{{id}}", 200, {"contact": CONTACT}),
        then=lambda got: fails(
            got.partner_id == PROBE_PARTNER and got.fields.get("firstname") == "Fincycle (edited)",
            "the edit or the key did not stick",
        ),
    )
    c.call(
        lambda: client.edit_contact(contact_id, {"city": "Bern"}),
        Expect("PATCH", f"{a}/contacts/{{id}}/edit", 200, {"contact": CONTACT}),
        then=lambda got: fails(got.fields.get("city") == "Bern", "city not changed"),
    )
    c.call(
        lambda: client.add_dnc(contact_id, comments="Fincycle contract check"),
        Expect("POST", f"{a}/contacts/{{id}}/dnc/email/add", 200),
        then=lambda got: fails(got is None or got.blocked(), "no do-not-contact on the contact"),
    )
    c.call(
        lambda: client.remove_dnc(contact_id),
        Expect("POST", f"{a}/contacts/{{id}}/dnc/email/remove", 200),
        then=lambda got: fails(got is None or not got.blocked(), "do-not-contact still there"),
    )
    return contact_id


def check_companies(c: Contract, client: mt.MauticClient, a: str, contact_id: int | None):
    body, keyed = listing("companies", COMPANY)
    c.call(
        lambda: list(islice(client.list_companies(page_size=cl.PAGE), cl.PAGE)),
        Expect("GET", f"{a}/companies", 200, body, (*keyed, cl.query("limit", str(cl.PAGE)))),
    )
    company = mt.CompanyData(PROBE_PARTNER, {"companyname": "Fincycle contract check"})
    by_key = expect_list(
        "GET",
        f"{a}/companies",
        "companies",
        COMPANY,
        cl.query("where[0][col]", mt.COMPANY_FIELD),
        cl.query("where[0][expr]", "in"),
    )
    made = c.call(
        lambda: client.upsert_companies([company]),
        Steps(
            by_key,
            expect_batch("POST", f"{a}/companies/batch/new", "companies", COMPANY, (200, 201)),
        ),
        then=lambda r: fails(
            r.status.get(PROBE_PARTNER) in (mt.STATUS_CREATED, mt.STATUS_UPDATED), f"{r.status}"
        ),
    )
    company_id = made.ids.get(PROBE_PARTNER) if made else None
    if company_id is None:
        c.not_sent(Expect("PATCH", f"{a}/companies/batch/edit"), "no company was made")
        return
    c.call(
        lambda: client.find_companies_by_partner([PROBE_PARTNER]),
        by_key,
        then=lambda found: fails(
            found.get(PROBE_PARTNER) == company_id,
            "the company is not found by odoo_company_id (a replay would make a second one)",
        ),
    )
    c.call(
        lambda: client.upsert_companies([company], known={PROBE_PARTNER: company_id}),
        expect_batch("PATCH", f"{a}/companies/batch/edit", "companies", COMPANY, 200),
        then=lambda r: fails(r.status.get(PROBE_PARTNER) == mt.STATUS_UPDATED, f"{r.status}"),
    )
    if contact_id is not None:
        c.call(
            lambda: client.add_company_contact(company_id, contact_id),
            Expect("POST", f"{a}/companies/{{id}}/contact/{{id}}/add", 200, SUCCESS),
        )
        c.call(
            lambda: client.remove_company_contact(company_id, contact_id),
            Expect("POST", f"{a}/companies/{{id}}/contact/{{id}}/remove", 200, SUCCESS),
        )
    c.call(
        lambda: client.delete_company(company_id),
        Expect("DELETE", f"{a}/companies/{{id}}/delete", 200),
    )


def check_segments(c: Contract, client: mt.MauticClient, a: str, contact_id: int | None):
    c.call(client.segments, expect_list("GET", f"{a}/segments", "lists", SEGMENT))
    alias = f"fincycle-check-{secrets.token_hex(4)}"
    segment = c.call(
        lambda: client.create_segment("Fincycle contract check", alias),
        Expect("POST", f"{a}/segments/new", (200, 201), {"list": SEGMENT}),
    )
    if segment is None:
        c.not_sent(Expect("POST", f"{a}/segments/{{id}}/contacts/add"), "no segment was made")
        return
    if contact_id is not None:
        c.call(
            lambda: client.add_segment_contacts(segment.id, [contact_id]),
            Expect("POST", f"{a}/segments/{{id}}/contacts/add", 200, {**SUCCESS, "details?": dict}),
            then=lambda refused: fails(not refused, f"not added: {refused}"),
        )
        c.call(
            lambda: client.segment_members(segment.alias or alias),
            expect_list(
                "GET",
                f"{a}/contacts",
                "contacts",
                CONTACT,
                cl.query("search", f"segment:{segment.alias or alias}"),
            ),
            then=lambda count: fails(count == 1, f"{count} members, not 1"),
        )
        c.call(
            lambda: client.remove_segment_contacts(segment.id, [contact_id]),
            Expect("POST", f"{a}/segments/{{id}}/contact/{{id}}/remove", 200, SUCCESS),
            then=lambda refused: fails(not refused, f"not removed: {refused}"),
        )
    c.call(
        lambda: client.delete_segment(segment.id),
        Expect("DELETE", f"{a}/segments/{{id}}/delete", 200),
    )


def check_campaigns(c: Contract, client: mt.MauticClient, a: str, contact_id: int | None):
    found = c.call(client.campaigns, expect_list("GET", f"{a}/campaigns", "campaigns", CAMPAIGN))
    members = Expect(
        "GET",
        f"{a}/campaigns/{{id}}/contacts",
        200,
        {"total": TOTAL, "contacts": (list, dict)},
    )
    campaign = c.args.campaign or (min(found) if found else None)
    if campaign is None:
        c.not_sent(members, "no campaign in this Mautic", required=False)
        return
    c.call(lambda: client.campaign_members(campaign), members)
    add = Expect("POST", f"{a}/campaigns/{{id}}/contact/{{id}}/add", 200, SUCCESS)
    if c.args.campaign is None or contact_id is None:
        c.not_sent(add, "no --campaign given (a campaign may send e-mails)", required=False)
        return
    before = client.campaign_members(campaign)
    c.call(lambda: client.add_campaign_contact(campaign, contact_id), add)
    c.call(
        lambda: client.campaign_members(campaign),
        members,
        then=lambda count: fails(count == before + 1, f"{count} members after the add"),
    )
    c.call(
        lambda: client.remove_campaign_contact(campaign, contact_id),
        Expect("POST", f"{a}/campaigns/{{id}}/contact/{{id}}/remove", 200, SUCCESS),
    )


def check_stats(c: Contract, client: mt.MauticClient, a: str) -> None:
    c.call(client.email_stats, expect_list("GET", f"{a}/emails", "emails", EMAIL))
    c.call(
        client.email_clicks,
        Expect(
            "GET",
            f"{a}/stats/{mt.STATS_CLICKS_TABLE}",
            200,
            {"stats": [TRACKABLE]},
            (
                cl.query("where[0][col]", "channel"),
                cl.query("where[0][expr]", "eq"),
                cl.query("where[0][val]", mt.CHANNEL_EMAIL),
            ),
        ),
        then=lambda clicks: fails(
            all(v.clicks >= v.unique_clicks >= 0 for v in clicks.values()),
            f"clicks {clicks}",
        ),
        required=False,
    )


def check_cleanup(c: Contract, client: mt.MauticClient, a: str, contact_id: int | None):
    if contact_id is None:
        return
    c.call(
        lambda: client.delete_contacts([contact_id]),
        Expect(
            "DELETE", f"{a}/contacts/batch/delete", 200, None, (cl.query("ids", str(contact_id)),)
        ),
        then=lambda gone: fails(gone == {contact_id}, f"deleted {gone}"),
    )


def check_refusals(c: Contract, client: mt.MauticClient, a: str, p: str, *, session, user: str):
    c.call(
        lambda: client.get_contact(0),
        Expect("GET", f"{a}/contacts/{{id}}", 404, ERRORS),
        raises=mt.MauticNotFound,
    )
    wrong_secret = "fincycle-contract-check-wrong"  # noqa: S105 - refused on purpose
    if client.oauth is None:
        wrong = mt.MauticClient(session, client.site, mt.BasicAuth(user, wrong_secret))
        c.call(
            wrong.contact_fields,
            Expect("GET", f"{a}/contacts/list/fields", 401, ERRORS),
            raises=mt.MauticAuthError,
            then=lambda exc: fails(exc.code == mt.AUTH, f"code {exc.code}"),
        )
    else:
        wrong = mt.MauticClient(session, client.site, mt.ClientCredentials(user, wrong_secret))
        c.call(
            lambda: wrong.access_token(force=True),
            Expect("POST", f"{p}/oauth/v2/token", (400, 401), OAUTH_ERROR),
            raises=mt.MauticAuthError,
            then=lambda exc: fails(exc.code == mt.TOKEN_REFUSED, f"code {exc.code}"),
        )


def drive(c: Contract) -> None:
    site = mt.site_url(c.args.base_url)  # ValueError → a usage error
    user, sep, secret = c.args.token.partition(":")
    if not (sep and user and secret):
        raise ValueError("--token is user:password or client_id:client_secret")
    if c.args.auth == mt.AUTH_BASIC:
        auth: mt.BasicAuth | mt.ClientCredentials = mt.BasicAuth(user, secret)
    else:
        auth = mt.ClientCredentials(user, secret)
    session = c.session("mautic", site)
    client = mt.MauticClient(session, site, auth)
    p = urlsplit(site).path.rstrip("/")
    a = p + "/api"
    email = c.args.email or f"fincycle-check-{secrets.token_hex(4)}@example.com"
    check_auth(c, client, p)
    check_fields(c, client, a)
    check_reads(c, client, a)
    contact_id = check_contact(c, client, a, email)
    check_companies(c, client, a, contact_id)
    check_segments(c, client, a, contact_id)
    check_campaigns(c, client, a, contact_id)
    check_stats(c, client, a)
    check_cleanup(c, client, a, contact_id)
    check_refusals(c, client, a, p, session=session, user=user)


def against_the_fake(argv: list[str]) -> int:
    """No --base-url: run against the fake, with contacts, a campaign and e-mails."""
    auth = mt.AUTH_CLIENT_CREDENTIALS
    if "--fake-auth" in argv[:-1]:
        auth = argv[argv.index("--fake-auth") + 1]
    with FakeMautic() as fake:
        for index in range(12):
            fake.add_contact(email=f"lead{index}@example.com", firstname=f"Lead {index}")
        campaign = fake.add_campaign("Quote sent")
        email = fake.add_email("Your quote", sent=40, read=22)
        fake.add_trackable(email["id"], hits=9, unique_hits=6)
        token = (
            f"{fake.username}:{fake.password}"
            if auth == mt.AUTH_BASIC
            else f"{fake.client_id}:{fake.client_secret}"
        )
        return cl.main(
            "mautic",
            __doc__,
            drive,
            [
                "--base-url",
                fake.url,
                "--token",
                token,
                "--auth",
                auth if auth in mt.AUTH_MODES else mt.AUTH_CLIENT_CREDENTIALS,
                "--campaign",
                str(campaign["id"]),
                *argv,
            ],
            options=_options,
        )


if __name__ == "__main__":
    if not any(a == "--base-url" or a.startswith("--base-url=") for a in sys.argv[1:]):
        logging.basicConfig(level=logging.ERROR)
        sys.exit(against_the_fake(sys.argv[1:]))
    cl.run("mautic", __doc__, drive, _options)
