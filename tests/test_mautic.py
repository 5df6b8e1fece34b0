"""The Mautic client (fincycle.marketing.mautic) against the fake that follows Mautic's document
(fincycle.testing.fake_mautic): both auth modes and the token's life, batches of at most 200
split by the client, the upsert keyed by ``odoo_partner_id`` (a replay changes nothing, a
crash is replayed without a second contact), ``where[]``, segments, campaigns, do-not-contact,
companies, statistics, 429 (Retry-After and the hourly limiter), 5xx, bad bodies, and the
webhook signature with its replay window."""

import base64
import json
from datetime import datetime, timedelta, timezone

import pytest
import requests

from fincycle.http import HttpPolicy
from fincycle.marketing import mautic as m
from fincycle.testing.fake_mautic import FakeMautic
from fincycle.testing.fake_server import FakeResponse, FakeServer


@pytest.fixture(scope="module")
def server():
    with FakeMautic() as fake:
        yield fake


@pytest.fixture
def fake(server):
    server.reset()
    server.rate_limit = 0
    server.basic_enabled = True
    server.api_enabled = True
    server.stats_allowed = True
    server.token_lifetime = 3600
    return server


def make_client(fake, make_fast_session, auth=None, **kwargs):
    auth = auth or m.ClientCredentials(fake.client_id, fake.client_secret)
    policy = kwargs.pop("policy", None)
    extra = {"policy": policy} if policy else {}
    session = make_fast_session("mautic", allowed_origins=m.session_origins(fake.url), **extra)
    return m.MauticClient(session, fake.url, auth, **kwargs)


@pytest.fixture
def client(fake, make_fast_session):
    return make_client(fake, make_fast_session)


@pytest.fixture
def basic(fake, make_fast_session):
    return make_client(fake, make_fast_session, m.BasicAuth(fake.username, fake.password))


def people(first, last, **extra):
    return [
        m.ContactData(
            pid,
            {
                "firstname": f"First{pid}",
                "lastname": f"Last{pid}",
                "email": f"p{pid}@example.com",
                **extra,
            },
            ("odoo",),
        )
        for pid in range(first, last + 1)
    ]


def api(fake, method=None, path=None):
    return [r for r in fake.calls(method, path) if r.path.startswith("/api/")]


def snapshot(fake):
    return {
        cid: (dict(c["values"]), list(c["tags"]), c["dateAdded"])
        for cid, c in fake.contacts.items()
    }


# -- hosts and values ---------------------------------------------------------------------------


def test_the_address_is_https_and_the_session_reaches_that_origin_only():
    assert m.site_url("https://Mautic.Example.ch/") == "https://mautic.example.ch"
    assert m.site_url("https://example.ch/mautic/api") == "https://example.ch/mautic"
    assert m.site_url("http://127.0.0.1:8080") == "http://127.0.0.1:8080"
    assert m.session_origins("https://example.ch/mautic") == ("https://example.ch",)
    for bad in (
        "http://mautic.example.ch",
        "ftp://x",
        "",
        None,
        "https://u:p@x.ch",
        "https://x.ch?a=1",
    ):
        with pytest.raises(ValueError, match="bad_url"):
            m.site_url(bad)


def test_phones_go_out_in_e164_read_in_the_partners_country():
    assert m.phone_e164("044 668 18 00", "CH") == "+41446681800"
    assert m.phone_e164("+33 1 42 68 53 00", "CH") == "+33142685300"
    assert m.phone_e164("0041 44 668 18 00", "ch") == "+41446681800"
    assert m.phone_e164("01 42 68 53 00", "FR") == "+33142685300"
    for bad in ("", None, "   ", "12", "not a phone", "044 668 18 00"):  # the last: no country
        assert m.phone_e164(bad, None if bad == "044 668 18 00" else "CH") is None


def test_where_conditions_are_sent_as_mautic_reads_them():
    since = datetime(2025, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=1)))
    assert m.Where("date_modified", "gte", since).params(0) == [
        ("where[0][col]", "date_modified"),
        ("where[0][expr]", "gte"),
        ("where[0][val]", "2025-01-02 02:04:05"),
    ]
    assert m.Where("odoo_partner_id", "in", [3, 1]).params(1)[-1] == ("where[1][val]", "3,1")
    assert m.Where("email", "isNull").params(0) == [
        ("where[0][col]", "email"),
        ("where[0][expr]", "isNull"),
    ]
    with pytest.raises(ValueError):
        m.Where("email", "between", 1).params(0)
    with pytest.raises(ValueError):
        m.Where("email; drop", "eq", 1).params(0)


def test_batches_hold_at_most_200():
    assert [len(b) for b in m.chunks(range(450))] == [200, 200, 50]
    assert list(m.chunks([])) == []
    with pytest.raises(ValueError):
        list(m.chunks(range(3), 201))


# -- auth ---------------------------------------------------------------------------------------


def test_basic_auth_sends_the_user_and_password(fake, basic):
    assert basic.contact_fields()["email"].type == "email"
    [call] = api(fake)
    expected = base64.b64encode(f"{fake.username}:{fake.password}".encode()).decode()
    assert fake.header(call, "Authorization") == f"Basic {expected}"
    assert not fake.calls("POST", "/oauth/v2/token")


def test_basic_auth_refused_is_an_auth_code_without_the_password(fake, make_fast_session):
    wrong = make_client(fake, make_fast_session, m.BasicAuth(fake.username, "not-the-password"))
    with pytest.raises(m.MauticAuthError) as caught:
        wrong.contact_fields()
    assert caught.value.code == m.AUTH and caught.value.status == 401
    assert "not-the-password" not in str(caught.value)
    fake.basic_enabled = False  # "Enable HTTP basic auth" off: the right password is refused too
    right = make_client(fake, make_fast_session, m.BasicAuth(fake.username, fake.password))
    with pytest.raises(m.MauticAuthError, match="authorization denied"):
        right.contact_fields()


def test_missing_credentials_are_refused_before_anything_is_sent():
    for make in (lambda: m.BasicAuth("", "x"), lambda: m.ClientCredentials("id", "")):
        with pytest.raises(m.MauticAuthError) as caught:
            make()
        assert caught.value.code == m.NO_CREDENTIALS


def test_client_credentials_token_is_asked_once_and_cached(fake, make_fast_session):
    told = []
    client = make_client(fake, make_fast_session, on_token=lambda t, at: told.append((t, at)))
    client.contact_fields()
    client.segments()
    client.campaigns()
    [token_call] = fake.calls("POST", "/oauth/v2/token")
    form = fake.form(token_call)
    assert form == {
        "grant_type": "client_credentials",
        "client_id": fake.client_id,
        "client_secret": fake.client_secret,
    }
    assert [t for t, _at in told] == [client.token]
    assert all(fake.header(c, "Authorization") == f"Bearer {client.token}" for c in api(fake))
    assert client.token_expires_at == pytest.approx(told[0][1])


def test_a_token_near_its_end_is_asked_again_before_use(fake, make_fast_session):
    client = make_client(fake, make_fast_session, clock=fake.now)
    client.contact_fields()
    fake.advance(fake.token_lifetime - m.TOKEN_MARGIN + 1)  # still valid for Mautic, nearly out
    client.contact_fields()
    assert len(fake.calls("POST", "/oauth/v2/token")) == 2
    assert len(api(fake)) == 2  # no call was refused first


def test_an_expired_token_is_replaced_once_after_a_401(fake, make_fast_session):
    client = make_client(fake, make_fast_session)  # the client's clock does not move
    client.contact_fields()
    fake.advance(fake.token_lifetime + 1)  # Mautic's does: the cached token expired
    assert "email" in client.contact_fields()
    statuses = [r.path for r in fake.requests]
    assert statuses.count("/oauth/v2/token") == 2
    assert len(api(fake, "GET", "/api/contacts/list/fields")) == 3  # ok, 401, ok


def test_a_token_refused_twice_is_an_auth_error(fake, make_fast_session):
    fake.token_lifetime = 0  # every token Mautic gives is already out
    client = make_client(fake, make_fast_session)
    with pytest.raises(m.MauticAuthError) as caught:
        client.contact_fields()
    assert caught.value.code == m.AUTH
    assert len(fake.calls("POST", "/oauth/v2/token")) == 2  # one new token, one more try


def test_a_stored_token_is_used_without_asking(fake, make_fast_session):
    token = fake.issue_token()
    client = make_client(fake, make_fast_session, token=token, token_expires_at=fake.now() + 3000)
    client.contact_fields()
    assert not fake.calls("POST", "/oauth/v2/token")


def test_wrong_client_secret_is_token_refused_and_masked(fake, make_fast_session):
    secret = "wrong-secret-0123456789"
    client = make_client(fake, make_fast_session, m.ClientCredentials(fake.client_id, secret))
    with pytest.raises(m.MauticAuthError) as caught:
        client.contact_fields()
    assert caught.value.code == m.TOKEN_REFUSED
    assert caught.value.provider_code == "invalid_client"
    assert secret not in str(caught.value)
    assert not api(fake)


def test_permission_and_api_switch_are_told_apart(fake, client):
    fake.once(
        "GET",
        "/api/segments",
        FakeResponse(
            403,
            {
                "errors": [
                    {
                        "code": 403,
                        "message": "You do not have access to the requested area/action.",
                        "details": [],
                    }
                ]
            },
        ),
    )
    with pytest.raises(m.MauticAuthError) as caught:
        client.segments()
    assert caught.value.code == m.FORBIDDEN
    fake.api_enabled = False
    with pytest.raises(m.MauticAuthError) as caught:
        client.segments()
    assert caught.value.code == m.API_DISABLED


# -- fields and contacts ------------------------------------------------------------------------


def test_the_partner_field_is_created_if_missing_and_only_once(fake, client):
    assert m.PARTNER_FIELD not in client.contact_fields()
    assert client.ensure_partner_field() is True
    assert client.ensure_partner_field() is False
    [created] = api(fake, "POST", "/api/fields/contact/new")
    assert created.json()["alias"] == m.PARTNER_FIELD
    assert fake.fields[m.PARTNER_FIELD]["object"] == "lead"


def test_without_the_field_mautic_drops_the_key_so_the_upsert_cannot_find_its_contacts(
    fake, client
):
    client.upsert_contacts(people(1, 3))
    assert all(m.PARTNER_FIELD not in c["values"] for c in fake.contacts.values())
    client.ensure_partner_field()
    client.upsert_contacts(people(1, 3))
    # Mautic matched them by e-mail (its unique identifier): still three, now keyed
    assert len(fake.contacts) == 3
    assert sorted(c["values"][m.PARTNER_FIELD] for c in fake.contacts.values()) == ["1", "2", "3"]


def test_upsert_splits_in_batches_of_200_and_keys_every_contact(fake, client):
    client.ensure_partner_field()
    result = client.upsert_contacts(people(1, 450, phone=m.phone_e164("044 668 18 00", "CH")))
    sizes = [len(r.json()) for r in api(fake, "POST", "/api/contacts/batch/new")]
    assert sizes == [200, 200, 50]
    assert len(api(fake, "GET", "/api/contacts")) == 3  # one lookup per batch
    assert result.calls == 6 and not result.failed
    assert set(result.status.values()) == {m.STATUS_CREATED}
    assert len(fake.contacts) == 450
    contact = fake.contacts[result.ids[42]]
    assert contact["values"][m.PARTNER_FIELD] == "42"
    assert contact["values"]["phone"] == "+41446681800"
    assert contact["tags"] == ["odoo"]


def test_a_replay_changes_nothing(fake, client):
    client.ensure_partner_field()
    first = client.upsert_contacts(people(1, 250))
    before = snapshot(fake)
    again = client.upsert_contacts(people(1, 250), known=first.ids)
    assert again.ids == first.ids
    assert set(again.status.values()) == {m.STATUS_UPDATED}
    assert snapshot(fake) == before
    assert len(api(fake, "POST", "/api/contacts/batch/new")) == 2  # the first run's only
    assert len(api(fake, "PATCH", "/api/contacts/batch/edit")) == 2
    assert len(api(fake, "GET", "/api/contacts")) == 2  # known ids need no lookup


def test_a_sync_that_lost_its_ids_is_replayed_without_a_second_contact(fake, client):
    client.ensure_partner_field()
    first = client.upsert_contacts(people(1, 5))
    changed = [
        m.ContactData(p, {"firstname": "Renamed", "email": f"new{p}@example.com"})
        for p in range(1, 6)
    ]
    again = client.upsert_contacts(changed)  # the ids were never stored (crash)
    assert again.ids == first.ids
    assert len(fake.contacts) == 5
    assert {c["values"]["firstname"] for c in fake.contacts.values()} == {"Renamed"}
    lookup = api(fake, "GET", "/api/contacts")[-1]
    assert lookup.query["where[0][col]"] == [m.PARTNER_FIELD]
    assert lookup.query["where[0][expr]"] == ["in"]
    assert lookup.query["where[0][val]"] == ["1,2,3,4,5"]


def test_the_key_is_the_partner_not_the_email(fake, client):
    client.ensure_partner_field()
    lead = fake.add_contact(email="shared@example.com", firstname="Form lead")
    result = client.upsert_contacts(
        [m.ContactData(7, {"email": "shared@example.com", "firstname": "Jane"})]
    )
    # Mautic's unique identifier matched the form lead: the client says so, it now holds the key
    assert result.status[7] == m.STATUS_MATCHED and result.ids[7] == lead["id"]
    assert fake.contacts[lead["id"]]["values"][m.PARTNER_FIELD] == "7"
    # a partner found by its key keeps its contact when its e-mail changes
    client.upsert_contacts([m.ContactData(7, {"email": "jane@new.example.com"})])
    assert len(fake.contacts) == 1


def test_a_contact_deleted_in_mautic_is_made_again(fake, client):
    client.ensure_partner_field()
    first = client.upsert_contacts(people(1, 3))
    del fake.contacts[first.ids[2]]
    again = client.upsert_contacts(people(1, 3), known=first.ids)
    assert again.status == {1: m.STATUS_UPDATED, 3: m.STATUS_UPDATED, 2: m.STATUS_CREATED}
    assert again.ids[2] != first.ids[2] and len(fake.contacts) == 3


def test_a_contact_deleted_in_mautic_can_be_left_deleted(fake, client):
    """A contact the marketer deleted (GDPR) is not made again behind their back."""
    client.ensure_partner_field()
    first = client.upsert_contacts(people(1, 3))
    del fake.contacts[first.ids[2]]
    again = client.upsert_contacts(people(1, 3), known=first.ids, recreate=False)
    assert again.status == {1: m.STATUS_UPDATED, 3: m.STATUS_UPDATED, 2: m.STATUS_GONE}
    assert 2 not in again.ids and 2 not in again.failed and len(fake.contacts) == 2


def test_one_bad_item_fails_alone(fake, client):
    client.ensure_partner_field()
    batch = people(1, 3)
    batch[1] = m.ContactData(2, {"email": "not an e-mail"})
    result = client.upsert_contacts(batch)
    assert result.status == {1: m.STATUS_CREATED, 2: m.STATUS_FAILED, 3: m.STATUS_CREATED}
    assert result.failed[2][0] == m.INVALID
    assert len(fake.contacts) == 2


def test_more_than_200_items_are_never_sent(fake, client):
    with pytest.raises(m.MauticInvalid) as caught:
        client._batch("POST", "/contacts/batch/new", "contacts", [{}] * 201)
    assert caught.value.code == m.BATCH_TOO_LARGE
    assert not api(fake)
    # and Mautic would refuse them
    token = fake.issue_token()
    answer = requests.post(
        fake.api_url + "/contacts/batch/new",
        json=[{"email": f"x{i}@example.com"} for i in range(201)],
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    assert answer.status_code == 400
    assert "max of 200" in answer.json()["errors"][0]["message"]


def test_lists_page_by_start_in_id_order_and_filter_with_where(fake, client):
    client.ensure_partner_field()
    client.upsert_contacts(people(1, 12))
    found = list(client.contacts([m.Where("lastname", "like", "Last1%")], page_size=2))
    assert [c.partner_id for c in found] == [1, 10, 11, 12]
    assert [r.query["start"] for r in api(fake, "GET", "/api/contacts")[-2:]] == [["0"], ["2"]]
    total, page = client.list_contacts(limit=5, start=10)
    assert total == 12 and sorted(page) == [11, 12]
    assert isinstance(page[11], m.Contact) and page[11].tags == ("odoo",)
    assert client.list_contacts([m.Where("email", "eq", "nobody@example.com")]) == (0, {})


def test_incremental_reads_use_date_modified(fake, client):
    client.ensure_partner_field()
    client.upsert_contacts(people(1, 3))
    fake.advance(3600)
    since = datetime.fromtimestamp(fake.now(), timezone.utc)
    fake.update_contact(2, firstname="Changed")
    changed = list(client.modified_since(since))
    assert [c.id for c in changed] == [2]
    call = api(fake, "GET", "/api/contacts")[-1]
    assert call.query["where[0][col]"] == ["date_modified"]
    assert call.query["where[0][val]"] == [m.format_time(since)]


def test_get_edit_and_delete_contacts(fake, client):
    client.ensure_partner_field()
    result = client.upsert_contacts(people(1, 250))
    contact = client.get_contact(result.ids[1])
    assert contact.partner_id == 1 and contact.email == "p1@example.com"
    assert client.edit_contact(result.ids[1], {"city": "Bern"}).fields["city"] == "Bern"
    with pytest.raises(m.MauticNotFound):
        client.get_contact(999999)
    with pytest.raises(m.MauticNotFound):
        client.edit_contact(999999, {"city": "Bern"})
    gone = client.delete_contacts(result.ids.values())
    assert gone == set(result.ids.values()) and not fake.contacts
    assert len(api(fake, "DELETE", "/api/contacts/batch/delete")) == 2


def test_merge_never_leaves_two_contacts_for_one_partner(fake, client):
    assert client.merge_plan(None, None) == ("none", None)
    assert client.merge_plan(None, 5) == ("rekey", 5)
    assert client.merge_plan(4, 5) == ("delete", 5)
    assert client.merge_plan(4, None) == ("none", None)


def test_do_not_contact_both_ways(fake, client):
    client.ensure_partner_field()
    cid = client.upsert_contacts(people(1, 1)).ids[1]
    contact = client.add_dnc(cid, reason=m.DNC_MANUAL, comments="asked by phone")
    assert contact.blocked() and contact.do_not_contact[0].reason == m.DNC_MANUAL
    assert not client.remove_dnc(cid).blocked()
    fake.unsubscribe(cid)
    assert client.get_contact(cid).blocked(m.CHANNEL_EMAIL)
    with pytest.raises(m.MauticNotFound):
        client.add_dnc(999999)


# -- companies, segments, campaigns, statistics -------------------------------------------------


def test_companies_are_made_then_edited_and_linked(fake, client):
    client.ensure_company_field()
    first = client.upsert_companies([m.CompanyData(10, {"companyname": "ACME SA"})])
    assert first.status == {10: m.STATUS_CREATED}
    again = client.upsert_companies(
        [m.CompanyData(10, {"companyname": "ACME AG"})], known=first.ids
    )
    assert again.status == {10: m.STATUS_UPDATED} and len(fake.companies) == 1
    assert fake.companies[first.ids[10]]["values"]["companyname"] == "ACME AG"
    contact = fake.add_contact(email="a@acme.ch")
    assert client.add_company_contact(first.ids[10], contact["id"]) is True
    assert fake.contacts[contact["id"]]["companies"] == {first.ids[10]}
    assert client.remove_company_contact(first.ids[10], contact["id"]) is True
    assert fake.contacts[contact["id"]]["companies"] == set()
    assert client.add_company_contact(first.ids[10], contact["id"]) is True
    assert [c["id"] for c in client.list_companies()] == [first.ids[10]]
    client.delete_company(first.ids[10])
    assert not fake.companies
    with pytest.raises(ValueError, match="companyname"):
        m.CompanyData(1, {}).payload()


def test_the_company_field_is_created_if_missing_and_only_once(fake, client):
    assert m.COMPANY_FIELD not in client.company_fields()
    assert "companyname" in client.company_fields()
    assert client.ensure_company_field() is True
    assert client.ensure_company_field() is False
    [created] = api(fake, "POST", "/api/fields/company/new")
    assert created.json()["alias"] == m.COMPANY_FIELD
    assert fake.fields[m.COMPANY_FIELD]["object"] == "company"
    # a contact field is not a company field (aliases are unique across objects)
    client.ensure_partner_field()
    assert m.PARTNER_FIELD not in client.company_fields()


def test_companies_are_keyed_by_the_odoo_id_never_by_name(fake, client):
    client.ensure_company_field()
    # a company of the same name made by hand in Mautic is not taken
    by_hand = fake.add_company(companyname="ACME SA")
    first = client.upsert_companies([m.CompanyData(10, {"companyname": "ACME SA"})])
    assert first.status == {10: m.STATUS_CREATED} and first.ids[10] != by_hand["id"]
    assert fake.companies[first.ids[10]]["values"][m.COMPANY_FIELD] == "10"
    # the ids were lost (a crash after Mautic answered): found again by the key, not made twice
    again = client.upsert_companies([m.CompanyData(10, {"companyname": "ACME AG"})])
    assert again.status == {10: m.STATUS_UPDATED} and again.ids == first.ids
    assert len(fake.companies) == 2
    lookup = api(fake, "GET", "/api/companies")[-1]
    assert lookup.query["where[0][col]"] == [m.COMPANY_FIELD]
    assert lookup.query["where[0][val]"] == ["10"]
    assert client.find_companies_by_partner([10, 11]) == {10: first.ids[10]}
    # known ids need no lookup
    calls = len(api(fake, "GET", "/api/companies"))
    client.upsert_companies([m.CompanyData(10, {"companyname": "ACME AG"})], known=first.ids)
    assert len(api(fake, "GET", "/api/companies")) == calls


def test_leads_are_keyed_by_their_own_field(fake, client):
    client.ensure_partner_field()
    assert client.ensure_lead_field() is True and client.ensure_lead_field() is False
    partner = client.upsert_contacts([m.ContactData(7, {"email": "p7@example.com"})])
    lead = m.ContactData(7, {"email": "lead7@example.com"}, key_field=m.LEAD_FIELD)
    assert m.PARTNER_FIELD not in lead.payload() and lead.payload()[m.LEAD_FIELD] == "7"
    made = client.upsert_contacts([lead])
    # lead 7 is not partner 7: a contact of its own
    assert made.status == {7: m.STATUS_CREATED} and made.ids[7] != partner.ids[7]
    assert fake.contacts[made.ids[7]]["values"][m.LEAD_FIELD] == "7"
    lookup = api(fake, "GET", "/api/contacts")[-1]
    assert lookup.query["where[0][col]"] == [m.LEAD_FIELD]
    # replayed without its id: found by its key
    again = client.upsert_contacts(
        [
            m.ContactData(
                7, {"email": "lead7@example.com", "firstname": "Lea"}, key_field=m.LEAD_FIELD
            )
        ]
    )
    assert again.ids == made.ids and len(fake.contacts) == 2
    assert client.find_by_key(m.LEAD_FIELD, [7, 8]) == {7: client.get_contact(made.ids[7])}
    with pytest.raises(ValueError, match="one key field"):
        client.upsert_contacts([lead, m.ContactData(8, {"email": "p8@example.com"})])


def test_segment_membership_goes_in_batches(fake, client):
    contacts = [fake.add_contact(email=f"s{i}@example.com")["id"] for i in range(250)]
    segment = client.create_segment("Clients", "clients")
    assert client.segments()[segment.id].alias == "clients"
    refused = client.add_segment_contacts(segment.id, [*contacts, 999999])
    assert refused == {999999}
    calls = api(fake, "POST", f"/api/segments/{segment.id}/contacts/add")
    assert [len(c.json()["ids"]) for c in calls] == [200, 51]
    assert client.segment_members("clients") == 250
    assert client.remove_segment_contacts(segment.id, [*contacts[:3], 999999]) == set()
    assert client.segment_members("clients") == 247
    client.delete_segment(segment.id)
    assert not fake.segments


def test_campaign_membership_and_statistics(fake, client):
    campaign = fake.add_campaign("Quote sent")
    contact = fake.add_contact(email="q@example.com")
    assert client.campaigns()[campaign["id"]].name == "Quote sent"
    assert client.add_campaign_contact(campaign["id"], contact["id"]) is True
    assert client.add_campaign_contact(campaign["id"], contact["id"]) is True  # stays one
    assert client.campaign_members(campaign["id"]) == 1
    assert client.remove_campaign_contact(campaign["id"], contact["id"]) is True
    assert client.campaign_members(campaign["id"]) == 0
    email = fake.add_email("Your quote", sent=12, read=5)
    assert client.email_stats()[email["id"]] == m.EmailStats(email["id"], "Your quote", 12, 5)


def test_email_clicks_are_the_hits_of_the_emails_links_read_page_by_page(fake, client):
    quote = fake.add_email("Your quote", sent=12, read=5)
    welcome = fake.add_email("Welcome", sent=3, read=1)
    fake.add_trackable(quote["id"], hits=7, unique_hits=4)
    fake.add_trackable(quote["id"], hits=2, unique_hits=2)
    fake.add_trackable(quote["id"], hits=1, unique_hits=1)
    fake.add_trackable(welcome["id"], hits=5, unique_hits=3)
    fake.add_trackable(quote["id"], hits=50, unique_hits=40, channel="page")  # a page's link
    fake.add_email("No link")
    assert client.email_clicks(page_size=2) == {
        quote["id"]: m.EmailClicks(quote["id"], 10, 7),
        welcome["id"]: m.EmailClicks(welcome["id"], 5, 3),
    }
    calls = api(fake, "GET", "/api/stats/channel_url_trackables")
    assert [c.query["start"] for c in calls] == [["0"], ["2"], ["4"]]  # 2, 2, then 0 < 2: done
    first = calls[0].query
    assert (first["where[0][col]"], first["where[0][expr]"], first["where[0][val]"]) == (
        ["channel"],
        ["eq"],
        ["email"],
    )
    assert first["limit"] == ["2"] and first["order[0][col]"] == ["channel_id"]
    # one e-mail: channel_id eq its id
    assert client.email_clicks(welcome["id"]) == {welcome["id"]: m.EmailClicks(welcome["id"], 5, 3)}
    last = api(fake, "GET", "/api/stats/channel_url_trackables")[-1].query
    assert (last["where[1][col]"], last["where[1][expr]"], last["where[1][val]"]) == (
        ["channel_id"],
        ["eq"],
        [str(welcome["id"])],
    )
    assert client.email_clicks(999) == {}
    with pytest.raises(ValueError):
        client.email_clicks("1; DROP")
    with pytest.raises(ValueError):
        client.email_clicks(page_size=0)


def test_email_clicks_read_missing_and_odd_values_as_zero(fake, client):
    rows = [
        {"channel": "email", "channel_id": "3", "hits": "4", "unique_hits": "2"},
        {"channel": "email", "channel_id": "3", "hits": None, "unique_hits": "n/a"},
        {"channel": "email", "channel_id": "3", "hits": "-5", "unique_hits": "1.0"},
        {"channel": "email", "channel_id": "3"},
        {"channel": "email", "channel_id": "x", "hits": "9"},  # no e-mail id: left out
        {"channel": "sms", "channel_id": "3", "hits": "9"},  # the filter not applied
        "not a row",
    ]
    fake.once("GET", "/api/stats/channel_url_trackables", FakeResponse(200, {"stats": rows}))
    assert client.email_clicks() == {3: m.EmailClicks(3, 4, 3)}
    # an object keyed by index is read too; an empty answer is no click
    fake.once(
        "GET",
        "/api/stats/channel_url_trackables",
        FakeResponse(200, {"stats": {"0": rows[0]}}),
    )
    assert client.email_clicks() == {3: m.EmailClicks(3, 4, 2)}
    assert client.email_clicks() == {}


def test_email_clicks_errors_are_the_clients(fake, client, sleeps):
    for body, detail in (({"total": 1}, m.MISSING_KEY), ({"stats": "x"}, m.NOT_AN_OBJECT)):
        fake.once("GET", "/api/stats/channel_url_trackables", FakeResponse(200, body))
        with pytest.raises(m.MauticBadResponse) as caught:
            client.email_clicks()
        assert caught.value.detail == detail
    fake.stats_allowed = False
    with pytest.raises(m.MauticAuthError) as caught:
        client.email_clicks()
    assert caught.value.code == m.FORBIDDEN and caught.value.status == 403
    fake.stats_allowed = True
    with pytest.raises(m.MauticNotFound):
        list(client._stat_rows("no_such_table", []))
    fake.fail_next(5, 500)
    with pytest.raises(m.MauticServerError):
        client.email_clicks()


def test_the_fake_stats_api_lists_its_tables_and_checks_columns(fake, client):
    assert client._call("GET", "/stats")["availableTables"] == ["channel_url_trackables"]
    with pytest.raises(m.MauticInvalid):
        list(client._stat_rows("channel_url_trackables", [m.Where("secret", "eq", 1)]))


# -- failures -----------------------------------------------------------------------------------


def test_a_429_with_retry_after_is_waited_and_retried(fake, client, sleeps):
    client.contact_fields()
    fake.rate_limit_next(1, "2")
    assert client.segments() == {}
    assert sleeps == [2.0]


def test_the_hourly_limiter_hands_the_wait_back_without_spending_the_budget(fake, basic, sleeps):
    fake.rate_limit = 3
    for _ in range(3):
        basic.segments()
    with pytest.raises(m.MauticRateLimited) as caught:
        basic.segments()
    error = caught.value
    assert error.code == m.HOURLY_LIMIT and error.limit == 3 and error.retriable
    assert 3500 <= error.retry_after <= 3600
    assert len(api(fake)) == 4 and sleeps == []  # no retry burnt on a spent hour
    fake.advance(3600)
    assert basic.segments() == {}


def test_the_limiters_body_alone_means_the_hour(fake, basic, sleeps):
    fake.once(
        "GET",
        "/api/segments",
        FakeResponse(
            429,
            {
                "errors": [
                    {
                        "code": 429,
                        "message": "You exceeded the rate limit of 50 API calls per hour.",
                        "details": [],
                    }
                ]
            },
        ),
    )
    with pytest.raises(m.MauticRateLimited) as caught:
        basic.segments()
    assert caught.value.retry_after == m.LIMITER_WINDOW and caught.value.limit == 50


def test_5xx_is_retried_on_reads_and_reported_as_a_server_code(fake, client, sleeps):
    client.contact_fields()
    fake.fail_next(1, 503)
    assert client.segments() == {}
    fake.fail_next(5, 500)
    with pytest.raises(m.MauticServerError) as caught:
        client.segments()
    assert caught.value.code == m.SERVER and caught.value.retriable
    assert "Looks like" in caught.value.message


def test_a_create_batch_is_not_sent_twice_on_a_5xx(fake, client):
    client.ensure_partner_field()
    fake.fail_next(1, 502, path="/api/contacts/batch/new")
    with pytest.raises(m.MauticServerError):
        client.upsert_contacts(people(1, 2))
    assert len(api(fake, "POST", "/api/contacts/batch/new")) == 1
    assert client.upsert_contacts(people(1, 2)).status == {1: "created", 2: "created"}


def test_a_body_that_is_not_json_or_not_the_shape_is_bad_response(fake, client):
    client.contact_fields()
    fake.once("GET", "/api/segments", FakeResponse(200, "<html>maintenance</html>"))
    with pytest.raises(m.MauticBadResponse) as caught:
        client.segments()
    assert caught.value.code == m.BAD_RESPONSE
    fake.once("GET", "/api/segments", FakeResponse(200, {"total": 1}))
    with pytest.raises(m.MauticBadResponse) as caught:
        client.segments()
    assert caught.value.detail == m.MISSING_KEY
    fake.once("GET", "/api/segments", FakeResponse(200, {"total": "x", "lists": []}))
    with pytest.raises(m.MauticBadResponse):
        client.segments()


def test_a_validation_error_names_its_fields(fake, client):
    with pytest.raises(m.MauticInvalid) as caught:
        client.create_segment("")
    assert caught.value.code == m.INVALID and caught.value.status == 400
    assert caught.value.details == {"name": ["A value is required."]}


def test_ids_from_outside_stay_one_path_segment(fake, client):
    with pytest.raises(m.MauticNotFound):
        client.get_contact("../segments")
    assert api(fake)[-1].path == "/api/contacts/..%2Fsegments"


# -- webhooks -----------------------------------------------------------------------------------


SECRET = "mautic-webhook-secret"


@pytest.fixture
def receiver():
    with FakeServer() as srv:
        srv.add("POST", "/hook", FakeResponse(200, {"ok": True}))
        yield srv


def test_a_real_delivery_verifies_and_parses(fake, receiver):
    fake.add_field(m.PARTNER_FIELD)
    contact = fake.add_contact(email="jane@example.com", odoo_partner_id="42", points=40)
    fake.add_webhook(receiver.url + "/hook", m.CONNECTOR_EVENTS, SECRET)
    assert fake.add_points(contact["id"], 15) == [200]
    assert fake.unsubscribe(contact["id"]) == [200]
    scheme = m.MauticWebhookScheme()
    events = []
    for delivery in receiver.calls("POST", "/hook"):
        verdict = scheme.verify(delivery.headers, delivery.body, SECRET)
        assert verdict.ok, verdict.reason
        events += m.parse_webhook(json.loads(delivery.body))
    points, unsubscribed = events
    assert points.event_type == m.EVENT_POINTS and points.partner_id == 42
    assert (points.points_old, points.points_new) == (40, 55)
    assert points.contact_id == contact["id"] and points.email == "jane@example.com"
    assert unsubscribed.event_type == m.EVENT_SUBSCRIPTION
    assert (unsubscribed.channel, unsubscribed.subscribed) == ("email", False)


def test_contact_updated_and_deleted_deliveries_parse(fake, receiver):
    fake.add_field(m.PARTNER_FIELD)
    contact = fake.add_contact(email="jane@example.com", odoo_partner_id="42", points=40)
    fake.add_webhook(receiver.url + "/hook", m.CONNECTOR_EVENTS, SECRET)
    assert fake.set_dnc(contact["id"], m.DNC_BOUNCED) == [200]
    assert fake.set_dnc(contact["id"], None) == [200]
    assert fake.delete_contact(contact["id"]) == [200]
    scheme = m.MauticWebhookScheme()
    events = []
    for delivery in receiver.calls("POST", "/hook"):
        assert scheme.verify(delivery.headers, delivery.body, SECRET).ok
        events += m.parse_webhook(json.loads(delivery.body))
    bounced, reopened, deleted = events
    assert bounced.event_type == reopened.event_type == m.EVENT_CONTACT_UPDATE
    assert (bounced.contact_id, bounced.points) == (contact["id"], 40)
    assert bounced.dnc_reason() == m.DNC_BOUNCED and bounced.dnc_reason("sms") == 0
    assert reopened.dnc_reason() == m.DNC_CONTACTABLE
    assert deleted.event_type == m.EVENT_CONTACT_DELETE
    assert deleted.contact_id == contact["id"]  # from the event's id: the contact has none


def test_a_payload_that_does_not_say_leaves_the_do_not_contact_unknown():
    at = "2026-01-01T00:00:00+00:00"
    [no_list, odd, manual, sub, other] = m.parse_webhook(
        {
            m.EVENT_CONTACT_UPDATE: [
                {"contact": {"id": 5, "points": "x"}, "timestamp": at},
                {"contact": {"id": 5, "doNotContact": "x"}, "timestamp": at},
                {"contact": {"id": 5, "doNotContact": [{"channel": "email"}, 3]}, "timestamp": at},
            ],
            m.EVENT_SUBSCRIPTION: [
                {"contact": {"id": 5}, "channel": "email", "new_status": "Bounced"},
                {"contact": {"id": 5}, "channel": "email", "new_status": "whatever"},
            ],
        }
    )
    assert no_list.dnc_reason() is None and no_list.points is None
    assert odd.dnc_reason() is None
    assert manual.dnc_reason() == m.DNC_MANUAL  # an entry without reason: not ours to read
    assert sub.dnc_reason() == m.DNC_BOUNCED and sub.dnc_reason("sms") is None
    assert other.dnc_reason() is None
    [deleted] = m.parse_webhook({m.EVENT_CONTACT_DELETE: [{"id": "x", "contact": {"id": None}}]})
    assert deleted.contact_id is None


def test_numbers_no_integer_column_holds_are_not_read_from_a_webhook():
    """Mautic's ids and points are 32-bit: a larger (or negative) id and points beyond that
    range are not Mautic's, read as absent (never stored, never compared)."""
    at = "2026-01-01T00:00:00+00:00"
    big = 2**31
    [huge_points, huge_score, low_score, huge_id, negative_id, listed_id, ok] = m.parse_webhook(
        {
            m.EVENT_POINTS: [
                {"contact": {"id": 5}, "points": {"old_points": 1, "new_points": big}},
                {"contact": {"id": 5, "points": 10**15}, "timestamp": at},
                {"contact": {"id": 5, "points": -big - 1}, "timestamp": at},
                {"contact": {"id": big}, "timestamp": at},
                {"contact": {"id": -5}, "timestamp": at},
                {"contact": {"id": [5]}, "timestamp": at},
                {"contact": {"id": "5", "points": -12}, "points": {"old_points": -3}},
            ]
        }
    )
    assert (huge_points.points_old, huge_points.points_new) == (1, None)
    assert huge_score.points is None and low_score.points is None
    assert huge_id.contact_id is None and negative_id.contact_id is None
    assert listed_id.contact_id is None
    assert (ok.contact_id, ok.points, ok.points_old) == (5, -12, -3)  # Mautic allows below 0
    [deleted] = m.parse_webhook({m.EVENT_CONTACT_DELETE: [{"id": 10**12, "timestamp": at}]})
    assert deleted.contact_id is None


def test_a_time_at_the_edge_of_the_calendar_is_unreadable_not_an_error(fake):
    """A signed delivery whose time cannot be brought to UTC (year 1 east of Greenwich, year
    9999 west of it) is read as having no time, never raises (the verifier refuses it)."""
    for text in ("0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00"):
        assert m.parse_time(text) is None
        payload = {"contact": {"id": 47}, "points": {"new_points": 3}, "timestamp": text}
        [event] = m.parse_webhook({m.EVENT_POINTS: [payload]})
        assert event.timestamp is None
        headers, body = fake.delivery({m.EVENT_POINTS: [payload]}, SECRET)
        assert not m.MauticWebhookScheme().verify(headers, body, SECRET).ok


def test_a_signed_body_nested_deeper_than_the_stack_is_verified_not_raised(fake):
    body = b"[" * 100_000 + b"]" * 100_000
    headers = {m.SIGNATURE_HEADER: fake.sign(body, SECRET)}
    verdict = m.MauticWebhookScheme().verify(headers, body, SECRET)
    assert verdict.ok and verdict.timestamp is None  # nothing in it: nothing to replay
    assert not m.MauticWebhookScheme().verify(headers, body, "another-secret").ok


def test_statistics_beyond_32_bits_are_not_counts(fake, client):
    email = fake.add_email("Big", sent=10**12, read=-5)
    assert client.email_stats()[email["id"]] == m.EmailStats(email["id"], "Big", None, None)
    rows = [
        {"channel": "email", "channel_id": "3", "hits": 2**31 - 10, "unique_hits": 10**13},
        {"channel": "email", "channel_id": "3", "hits": 2**31 - 10, "unique_hits": 4},
    ]
    fake.once("GET", "/api/stats/channel_url_trackables", FakeResponse(200, {"stats": rows}))
    # a value beyond the range is no count; a sum beyond it stops at the largest
    assert client.email_clicks() == {3: m.EmailClicks(3, 2**31 - 1, 4)}


def _delivery(fake, when=None, secret=SECRET):
    when = when or datetime.now(timezone.utc)
    payload = {
        "contact": {
            "id": 47,
            "fields": {"core": {"email": {"value": "jane@example.com"}}},
            "points": 25,
        },
        "points": {"old_points": 15, "new_points": 25},
        "timestamp": when.isoformat(),
    }
    return fake.delivery({m.EVENT_POINTS: [payload]}, secret)


def test_webhook_signature_good_bad_and_missing(fake):
    scheme = m.MauticWebhookScheme()
    headers, body = _delivery(fake)
    assert scheme.verify(headers, body, SECRET).ok
    assert scheme.verify(headers, body, ["old-secret", SECRET]).ok  # during a rotation
    assert not scheme.verify(headers, body, "another-secret").ok
    assert not scheme.verify(headers, body.replace(b"25", b"99"), SECRET).ok
    assert not scheme.verify({}, body, SECRET).ok
    assert not scheme.verify(headers, body, None).ok
    hexed = dict(headers, **{m.SIGNATURE_HEADER: "ab" * 32})  # hex is not Mautic's encoding
    assert not scheme.verify(hexed, body, SECRET).ok


def test_a_replayed_delivery_is_one_inbox_entry_and_an_old_one_is_refused(fake):
    scheme = m.MauticWebhookScheme()
    _headers, body = _delivery(fake)
    first = m.event_info(json.loads(body), body)
    assert first == m.event_info(json.loads(body), body)  # the same key: the inbox keeps one
    assert first[1] == m.EVENT_POINTS
    old_headers, old_body = _delivery(fake, datetime.now(timezone.utc) - timedelta(days=2))
    verdict = scheme.verify(old_headers, old_body, SECRET)
    assert not verdict.ok and "replay window" in verdict.reason
    assert m.event_info(json.loads(old_body), old_body)[0] != first[0]


def test_a_signed_event_without_its_timestamp_is_refused(fake):
    """Every payload has its timestamp (the contract): one without could be an old body
    replayed once the inbox has forgotten it."""
    payload = {"contact": {"id": 47, "points": 25}, "points": {"old_points": 15, "new_points": 25}}
    headers, body = fake.delivery({m.EVENT_POINTS: [payload]}, SECRET)
    verdict = m.MauticWebhookScheme().verify(headers, body, SECRET)
    assert not verdict.ok and "timestamp" in verdict.reason


def test_a_delivery_that_holds_no_event_is_refused_by_the_parser():
    for bad in ({}, [], {"other": []}, {m.EVENT_POINTS: "x"}):
        with pytest.raises(m.MauticEventError):
            m.parse_webhook(bad)
    assert m.event_info("not a dict", b"x")[1] is None


def test_retries_policy_is_the_kits(fake, make_fast_session, sleeps):
    client = make_client(
        fake,
        make_fast_session,
        m.BasicAuth(fake.username, fake.password),
        policy=HttpPolicy(max_attempts=2, backoff_initial=0.01, backoff_max=0.01, backoff_jitter=0),
    )
    fake.fail_next(2, 500)
    with pytest.raises(m.MauticServerError):
        client.segments()
    assert len(api(fake)) == 2
