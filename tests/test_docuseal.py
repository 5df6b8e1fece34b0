"""The DocuSeal client (fincycle.signing.docuseal) against the fake that follows DocuSeal's
document (fincycle.testing.fake_docuseal): every call, paging by descending id with ``after``,
429 and 5xx, auth, the community edition's missing route, expiring file links and the file
host check, and both webhook authentications with the event parsing."""

import hashlib
import json
import logging
import re
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from fincycle import timeutil
from fincycle.http import HttpPolicy
from fincycle.signing import docuseal as ds
from fincycle.testing.fake_docuseal import FakeDocuseal
from fincycle.testing.fake_server import FakeResponse, FakeServer
from fincycle.timesheets import clockify


@pytest.fixture(scope="module")
def server():
    with FakeDocuseal() as fake:
        yield fake


@pytest.fixture
def fake(server):
    server.reset()
    server.edition = "cloud"
    server.file_links_expire = True
    return server


@pytest.fixture
def base(fake):
    return ds.api_base(ds.SELF_HOSTED, fake.url)


@pytest.fixture
def client(fake, base, make_fast_session):
    return make_client(fake, base, make_fast_session)


def make_client(fake, base, make_fast_session, key=None, policy=None, **kwargs):
    key = key or fake.api_key
    extra = {"policy": policy} if policy else {}
    session = make_fast_session(
        "docuseal",
        allowed_origins=ds.session_origins(base, kwargs.get("extra_file_origins", ())),
        secrets=[key],
        **extra,
    )
    return ds.DocusealClient(session, key, base, **kwargs)


@pytest.fixture
def quote(fake):
    return fake.add_template("Quote", ["Customer", "Company"], external_id="sale.quote")


@pytest.fixture
def receiver():
    """Where the fake sends its webhooks: answers 200 and records each delivery."""
    with FakeServer() as srv:
        srv.add("POST", "/hook", FakeResponse(200, {"ok": True}))
        yield srv


def signers():
    return [
        ds.SubmitterSpec(
            "Customer",
            "jane@example.com",
            "Jane Doe",
            external_id="res.partner,42",
            metadata={"odoo_model": "sale.order", "odoo_id": 7},
            values={"Quote number": "S00042"},
        ),
        ds.SubmitterSpec("Company", "boss@example.ch", "Max Muster"),
    ]


def api_calls(fake, method=None, suffix=None):
    return [
        r
        for r in fake.calls(method)
        if r.path.startswith("/api/") and (suffix is None or r.path.endswith(suffix))
    ]


# -- hosts --------------------------------------------------------------------------------------


def test_hosts_of_each_deployment():
    assert ds.api_base(ds.CLOUD) == "https://api.docuseal.com"
    assert ds.api_base(ds.CLOUD_EU) == "https://api.docuseal.eu"
    assert ds.api_base(ds.SELF_HOSTED, "https://Sign.Example.ch/") == "https://sign.example.ch/api"
    assert ds.api_base(ds.SELF_HOSTED, "https://sign.example.ch/api") == (
        "https://sign.example.ch/api"
    )
    assert ds.api_base(ds.SELF_HOSTED, "http://127.0.0.1:8080") == "http://127.0.0.1:8080/api"
    for bad in ("http://sign.example.ch", "ftp://x", "", "https://u:p@sign.example.ch", None):
        with pytest.raises(ValueError, match="bad_url"):
            ds.api_base(ds.SELF_HOSTED, bad)
    with pytest.raises(ValueError, match="bad_url"):
        ds.api_base("mars")


def test_the_session_may_reach_the_api_and_its_file_host_only():
    assert ds.session_origins(ds.CLOUD_API) == ("https://api.docuseal.com", "https://docuseal.com")
    assert ds.session_origins(ds.CLOUD_EU_API) == ("https://api.docuseal.eu", "https://docuseal.eu")
    assert ds.session_origins("https://sign.example.ch/api", ["https://s3.example.ch/bucket"]) == (
        "https://sign.example.ch",
        "https://s3.example.ch",
    )


def test_no_key_is_refused_before_any_call(fake, base, make_fast_session):
    with pytest.raises(ds.DocusealAuthError) as caught:
        make_client(fake, base, make_fast_session, key="  ")
    assert caught.value.code == ds.NO_KEY


# -- templates and paging -----------------------------------------------------------------------


def test_templates_page_by_descending_id_with_after(fake, client):
    made = [fake.add_template(f"T{i}", ["Customer"])["id"] for i in range(25)]
    found = list(client.templates(page_size=10))
    assert [t.id for t in found] == sorted(made, reverse=True)
    calls = api_calls(fake, "GET", "/templates")
    assert len(calls) == 3  # 10, 10, then 5 (short: the end)
    assert "after" not in calls[0].query
    assert calls[1].query["after"] == [str(found[9].id)]
    assert calls[2].query["after"] == [str(found[19].id)]
    assert all(c.query["limit"] == ["10"] for c in calls)


def test_paging_ends_on_the_empty_page_when_the_last_one_is_full(fake, client):
    for i in range(20):
        fake.add_template(f"T{i}")
    assert len(list(client.templates(page_size=10))) == 20
    assert len(api_calls(fake, "GET", "/templates")) == 3  # next is only null on an empty page


def test_one_page_and_its_cursor(fake, client):
    ids = [fake.add_template(f"T{i}")["id"] for i in range(3)]
    page = client.list_templates(limit=2)
    assert [t.id for t in page.items] == [ids[2], ids[1]]
    assert (page.next, page.prev, page.count) == (ids[1], ids[2], 2)
    older = client.list_templates(limit=2, after=page.next)
    assert [t.id for t in older.items] == [ids[0]]
    with pytest.raises(ValueError):
        client.list_templates(limit=101)


def test_paging_that_goes_back_is_stopped(fake, client):
    page = {"data": [{"id": 5, "name": "x"}], "pagination": {"count": 1, "next": 5, "prev": 5}}
    fake.add("GET", "/api/templates", FakeResponse(200, page))
    with pytest.raises(ds.DocusealBadResponse) as caught:
        list(client.templates(page_size=1))
    assert caught.value.detail == ds.PAGING_STALLED


def test_template_roles_fields_and_signature_level(fake, client, quote):
    template = client.get_template(quote["id"])
    assert template.roles == ("Customer", "Company")
    assert template.external_id == "sale.quote"
    assert template.signature_level == ds.LEVEL_SIMPLE
    qes = fake.add_template("Contract QES", ["Customer"], verification="qes")
    aes = fake.add_template("Contract AES", ["Customer"], verification="aes")
    assert client.get_template(qes["id"]).signature_level == ds.LEVEL_QUALIFIED
    assert client.get_template(aes["id"]).signature_level == ds.LEVEL_ADVANCED
    assert [f.role for f in client.get_template(aes["id"]).fields] == ["Customer", "Customer"]


def test_unknown_template_is_not_found(client):
    with pytest.raises(ds.DocusealNotFound) as caught:
        client.get_template(99999)
    assert (caught.value.code, caught.value.status) == (ds.NOT_FOUND, 404)


def test_an_id_from_outside_stays_one_path_segment(fake, client):
    with pytest.raises(ds.DocusealNotFound):
        client.get_submission("../templates")
    assert api_calls(fake)[-1].path == "/api/submissions/..%2Ftemplates"
    with pytest.raises(ValueError):
        client.get_submission("")


# -- submissions ----------------------------------------------------------------------------------


def test_create_from_a_template_sends_the_documented_body(fake, client, quote):
    expire = datetime(2026, 12, 31, 23, 59, tzinfo=timezone.utc)
    created = client.create_submission(
        quote["id"],
        signers(),
        subject="Please sign quote S00042",
        message="Hello, sign here: {{submitter.link}}",
        expire_at=expire,
        name="S00042",
    )
    sent = api_calls(fake, "POST", "/submissions")[-1].json()
    assert sent["template_id"] == quote["id"]
    assert sent["order"] == "preserved" and sent["send_email"] is True
    assert sent["expire_at"] == "2026-12-31T23:59:00Z"
    assert sent["message"] == {
        "subject": "Please sign quote S00042",
        "body": "Hello, sign here: {{submitter.link}}",
    }
    assert sent["submitters"][0] == {
        "role": "Customer",
        "email": "jane@example.com",
        "name": "Jane Doe",
        "external_id": "res.partner,42",
        "metadata": {"odoo_model": "sale.order", "odoo_id": 7},
        "values": {"Quote number": "S00042"},
    }
    assert created.submission_id in fake.submissions
    assert [s.role for s in created.submitters] == ["Customer", "Company"]
    assert created.submitters[0].embed_src.endswith("/s/" + created.submitters[0].slug)
    # preserved: only the first signer is invited; the second when the first has signed
    assert [s.status for s in created.submitters] == ["sent", "awaiting"]
    assert fake.emails == [(created.submitters[0].id, "jane@example.com")]


def test_random_order_invites_everybody_and_no_email_invites_nobody(fake, client, quote):
    client.create_submission(quote["id"], signers(), order=ds.ORDER_RANDOM)
    assert len(fake.emails) == 2
    fake.emails.clear()
    created = client.create_submission(quote["id"], signers(), send_email=False)
    assert fake.emails == [] and {s.status for s in created.submitters} == {"awaiting"}
    with pytest.raises(ValueError):
        client.create_submission(quote["id"], signers(), order="parallel")
    with pytest.raises(ValueError):
        client.create_submission(quote["id"], [])


def test_a_role_the_template_lacks_is_a_validation_error(client, quote):
    with pytest.raises(ds.DocusealInvalid) as caught:
        client.create_submission(quote["id"], [ds.SubmitterSpec("Witness", "w@example.com")])
    assert (caught.value.code, caught.value.status) == (ds.INVALID, 422)
    assert "Role not found" in caught.value.message
    with pytest.raises(ds.DocusealInvalid, match="Template not found"):
        client.create_submission(424242, signers())


def test_create_is_not_sent_twice_after_a_5xx_but_is_after_a_429(fake, client, quote, sleeps):
    fake.fail_next(1, 500, path="/api/submissions")
    with pytest.raises(ds.DocusealServerError) as caught:
        client.create_submission(quote["id"], signers())
    assert caught.value.code == ds.SERVER and caught.value.retriable
    assert len(api_calls(fake, "POST", "/submissions")) == 1  # it may exist: look it up
    assert not fake.submissions
    fake.rate_limit_next(1, "1", path="/api/submissions")
    client.create_submission(quote["id"], signers())
    assert len(api_calls(fake, "POST", "/submissions")) == 3
    assert sleeps == [1.0]
    assert len(fake.submissions) == 1


def test_a_lost_create_is_found_by_the_submitters_external_id(fake, client, quote):
    created = client.create_submission(quote["id"], signers())
    page = client.list_submitters(external_id="res.partner,42")
    assert [s.submission_id for s in page.items] == [created.submission_id]
    assert api_calls(fake, "GET", "/submitters")[-1].query["external_id"] == ["res.partner,42"]


def test_create_from_a_pdf_on_an_edition_that_has_it(fake, client):
    created = client.create_submission_from_pdf(
        [("S00042.pdf", b"%PDF-1.7 {{Signature;role=Customer;type=signature}} %%EOF")],
        [ds.SubmitterSpec("Customer", "jane@example.com")],
        name="S00042",
        expire_at=datetime(2027, 1, 31, tzinfo=timezone.utc),
    )
    sent = api_calls(fake, "POST", "/submissions/pdf")[-1].json()
    assert sent["documents"][0]["name"] == "S00042.pdf"
    assert sent["documents"][0]["file"].startswith("JVBERi0")  # base64 of %PDF
    assert created.submission_id in fake.submissions
    assert created.expire_at == datetime(2027, 1, 31, tzinfo=timezone.utc)
    assert created.submitters[0].embed_src
    with pytest.raises(ValueError):
        client.create_submission_from_pdf([], [ds.SubmitterSpec("Customer", "j@example.com")])


def test_the_community_edition_lacks_create_from_pdf(fake, client):
    fake.edition = "community"
    with pytest.raises(ds.DocusealEditionError) as caught:
        client.create_submission_from_pdf(
            [("q.pdf", b"%PDF-1.7")], [ds.SubmitterSpec("Customer", "jane@example.com")]
        )
    assert caught.value.code == ds.EDITION_LACKS_PDF
    assert caught.value.kind == "edition_lacks_feature" and not caught.value.retriable
    assert ds.DocusealClient.detect_edition(client) == ds.Edition(ds.EDITION_COMMUNITY, False)
    assert not fake.submissions


def test_edition_detection(fake, client, make_fast_session):
    assert client.detect_edition() == ds.Edition(ds.EDITION_PRO, True)
    assert not fake.submissions  # the probe creates nothing
    cloud = ds.DocusealClient(make_fast_session("docuseal"), "k", ds.CLOUD_EU_API)
    assert cloud.detect_edition() == ds.Edition(ds.EDITION_CLOUD, True)  # nothing sent


def test_submission_lifecycle_get_list_documents_update_archive(fake, client, quote):
    first = client.create_submission(quote["id"], signers())
    second = client.create_submission(quote["id"], signers())
    for sub in first.submitters:
        fake.sign(sub.id)
    done = client.get_submission(first.submission_id)
    assert done.status == "completed" and done.completed_at
    assert done.template_id == quote["id"] and done.template_name == "Quote"
    assert [d.name for d in done.documents] == ["Quote"]
    assert done.audit_log_url and "/file/" in done.audit_log_url
    assert {e.event_type for e in done.events} == {"complete_form"}
    assert [s.id for s in client.submissions(status="completed")] == [first.submission_id]
    assert [s.id for s in client.submissions()] == [second.submission_id, first.submission_id]
    assert api_calls(fake, "GET", "/submissions")[-2].query["status"] == ["completed"]
    assert len(client.submission_documents(first.submission_id)) == 2  # one per signer
    assert client.submission_documents(second.submission_id) == ()
    later = datetime(2027, 3, 1, 12, tzinfo=timezone.utc)
    assert client.update_submission(second.submission_id, expire_at=later).expire_at == later
    archived = client.archive_submission(second.submission_id)
    assert archived and fake.submissions[second.submission_id]["archived_at"]
    assert [s.id for s in client.submissions(archived=True)] == [second.submission_id]
    with pytest.raises(ValueError):
        client.update_submission(second.submission_id)
    with pytest.raises(ValueError):
        client.list_submissions(status="signed")


def test_submitters_get_and_resend(fake, client, quote):
    created = client.create_submission(quote["id"], signers(), send_email=False)
    customer = created.submitters[0]
    got = client.get_submitter(customer.id)
    assert (got.email, got.role, got.status) == ("jane@example.com", "Customer", "awaiting")
    assert got.metadata == {"odoo_model": "sale.order", "odoo_id": 7}
    resent = client.resend(customer.id, subject="Reminder", message="Please sign")
    assert api_calls(fake, "PUT", f"/submitters/{customer.id}")[-1].json() == {
        "send_email": True,
        "message": {"subject": "Reminder", "body": "Please sign"},
    }
    assert resent.status == "sent" and fake.emails == [(customer.id, "jane@example.com")]
    moved = client.update_submitter(customer.id, email="jane.doe@example.com")
    assert moved.email == "jane.doe@example.com"
    page = client.list_submitters(submission_id=created.submission_id)
    assert {s.id for s in page.items} == {s.id for s in created.submitters}
    with pytest.raises(ValueError):
        client.update_submitter(customer.id)


# -- HTTP policy --------------------------------------------------------------------------------


def test_429_is_retried_after_retry_after(fake, client, sleeps):
    fake.add_template("T")
    fake.rate_limit_next(2, "2")
    assert len(client.list_templates().items) == 1
    assert sleeps == [2.0, 2.0]
    assert len(api_calls(fake, "GET", "/templates")) == 3


def test_429_beyond_the_retries_says_when_to_come_back(fake, client):
    fake.rate_limit_next(5, "7")
    with pytest.raises(ds.DocusealRateLimited) as caught:
        client.list_templates()
    assert caught.value.code == ds.RATE_LIMITED and caught.value.retry_after == 7.0
    assert "Too many requests" in caught.value.message


def test_a_long_retry_after_is_not_slept_through(fake, base, make_fast_session, sleeps):
    client = make_client(fake, base, make_fast_session, policy=HttpPolicy(max_retry_after=5))
    fake.rate_limit_next(1, "600")
    with pytest.raises(ds.DocusealRateLimited) as caught:
        client.list_templates()
    assert caught.value.retry_after == 600.0 and sleeps == []


def test_5xx_on_a_read_is_retried_then_reported(fake, client):
    fake.add_template("T")
    fake.fail_next(2, 502)
    assert len(client.list_templates().items) == 1
    fake.fail_next(3, 503)
    with pytest.raises(ds.DocusealServerError) as caught:
        client.list_templates()
    assert (caught.value.code, caught.value.status) == (ds.SERVER, 503)


def test_a_wrong_key_is_an_auth_error_and_is_never_logged(fake, base, make_fast_session, caplog):
    client = make_client(fake, base, make_fast_session, key="wrong-key-1234567890")
    with caplog.at_level(logging.DEBUG):
        with pytest.raises(ds.DocusealAuthError) as caught:
            client.list_templates()
    assert (caught.value.code, caught.value.status) == (ds.AUTH, 401)
    assert "Not authenticated" in caught.value.message
    assert "wrong-key-1234567890" not in caplog.text + caught.value.message
    assert api_calls(fake)[-1].headers["X-Auth-Token"] == "wrong-key-1234567890"


def test_the_testing_key_on_production_data_says_so(fake, base, make_fast_session, quote):
    production = make_client(fake, base, make_fast_session)
    created = production.create_submission(quote["id"], signers())
    testing = make_client(fake, base, make_fast_session, key=fake.testing_api_key)
    with pytest.raises(ds.DocusealAuthError) as caught:
        testing.get_submission(created.submission_id)
    assert (caught.value.code, caught.value.status) == (ds.WRONG_KEY_MODE, 403)
    assert testing.list_templates().items == ()


def test_answers_that_leave_the_contract(fake, client):
    fake.once("GET", "/api/templates", FakeResponse(200, "<html>proxy</html>"))
    with pytest.raises(ds.DocusealBadResponse):
        client.list_templates()
    fake.once("GET", "/api/templates", FakeResponse(200, {"templates": []}))
    with pytest.raises(ds.DocusealBadResponse) as caught:
        client.list_templates()
    assert caught.value.detail == ds.MISSING_KEY
    fake.once("GET", "/api/submissions/1", FakeResponse(200, {"name": "no id"}))
    with pytest.raises(ds.DocusealBadResponse):
        client.get_submission(1)
    fake.once("POST", "/api/submissions", FakeResponse(200, {"id": 3}))
    with pytest.raises(ds.DocusealBadResponse):
        client.create_submission(1, signers())


def test_an_unreachable_host_is_a_transport_error(make_fast_session):
    base = "http://127.0.0.1:9/api"
    session = make_fast_session("docuseal", allowed_origins=ds.session_origins(base))
    client = ds.DocusealClient(session, "key-abcdef", base)
    with pytest.raises(ds.DocusealTransportError) as caught:
        client.list_templates()
    assert caught.value.code == ds.TRANSPORT and caught.value.retriable


# -- signed files ---------------------------------------------------------------------------------


def completed(fake, client, quote):
    created = client.create_submission(quote["id"], signers())
    for sub in created.submitters:
        fake.sign(sub.id)
    return client.get_submission(created.submission_id)


def test_signed_document_and_audit_log_download_without_the_key(fake, client, quote):
    done = completed(fake, client, quote)
    document = client.download(done.documents[0].url)
    audit = client.download(done.audit_log_url)
    assert document.content.startswith(b"%PDF") and b"signed by" in document.content
    assert b"audit log" in audit.content
    assert document.content_type == "application/pdf" and document.size == len(document.content)
    assert document.sha256 == hashlib.sha256(document.content).hexdigest()
    file_requests = [r for r in fake.requests if r.path.startswith("/file/")]
    assert len(file_requests) == 2
    assert all("X-Auth-Token" not in r.headers for r in file_requests)


def test_a_link_older_than_40_minutes_has_expired(fake, client, quote):
    done = completed(fake, client, quote)
    fake.advance(39 * 60)
    assert client.download(done.documents[0].url).size
    fake.advance(2 * 60)
    with pytest.raises(ds.DocusealFileError) as caught:
        client.download(done.documents[0].url)
    assert (caught.value.code, caught.value.status) == (ds.FILE_LINK_EXPIRED, 403)
    assert caught.value.retriable  # fetch the submission again: fresh links
    fresh = client.get_submission(done.id)
    assert client.download(fresh.documents[0].url).size


def test_a_forged_link_is_refused(fake, client):
    with pytest.raises(ds.DocusealFileError) as caught:
        client.download(f"{fake.url}/file/forged/Quote.pdf")
    assert (caught.value.code, caught.value.status) == (ds.FILE_LINK_EXPIRED, 404)


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.example.com/file/x/Quote.pdf",
        "http://127.0.0.2:{port}/file/x/Quote.pdf",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "",
        "http://user:pw@127.0.0.1:{port}/file/x/Quote.pdf",
    ],
)
def test_a_link_off_the_docuseal_host_is_never_fetched(fake, client, url):
    port = fake.url.rsplit(":", 1)[1]
    with pytest.raises(ds.DocusealFileError) as caught:
        client.download(url.format(port=port))
    assert caught.value.code == ds.FOREIGN_FILE_HOST
    assert fake.requests == []


def test_a_storage_host_an_administrator_added_is_allowed(fake, base, make_fast_session):
    with FakeServer() as storage:
        storage.add("GET", "/bucket/q.pdf", FakeResponse(200, b"%PDF-1.7 stored"))
        client = make_client(
            fake, base, make_fast_session, extra_file_origins=[storage.url + "/bucket"]
        )
        assert client.download(storage.url + "/bucket/q.pdf").content == b"%PDF-1.7 stored"


def test_a_file_larger_than_the_limit_is_refused(fake, client, quote):
    done = completed(fake, client, quote)
    with pytest.raises(ds.DocusealFileError) as caught:
        client.download(done.documents[0].url, max_bytes=20)
    assert caught.value.code == ds.FILE_TOO_LARGE


def test_a_file_link_answering_5xx_is_retried_429_and_redirects_are_reported(
    fake, client, quote, sleeps
):
    done = completed(fake, client, quote)
    url = done.documents[0].url
    path = urlsplit(url).path
    fake.fail_next(1, 502, path=path)
    assert client.download(url).content.startswith(b"%PDF")
    assert len([r for r in fake.requests if r.path == path]) == 2
    fake.rate_limit_next(3, "9", path=path)
    with pytest.raises(ds.DocusealRateLimited) as caught:
        client.download(url)
    assert caught.value.retry_after == 9.0
    fake.once("GET", path, FakeResponse(302, None, {"Location": "https://evil.example.com/x"}))
    with pytest.raises(ds.DocusealInvalid) as caught:
        client.download(url)
    assert (caught.value.code, caught.value.status) == (ds.REJECTED, 302)


# -- polling fallback ---------------------------------------------------------------------------


def test_completed_events_page_newest_first_with_unix_cursors(fake, client, quote):
    first = completed(fake, client, quote)
    fake.advance(60)
    second = completed(fake, client, quote)
    page = client.submission_completed_events(limit=1)
    assert [e.submission_id for e in page.items] == [second.id]
    assert page.next == int(second.completed_at.timestamp())
    older = client.submission_completed_events(limit=1, after=page.next)
    assert [e.submission_id for e in older.items] == [first.id]
    forms = client.form_completed_events(limit=10)
    assert {e.submitter_id for e in forms.items} == {
        s.id for s in (*first.submitters, *second.submitters)
    }
    assert all(e.signatory.ip == "203.0.113.7" for e in forms.items)


def test_completed_since_reads_every_completion_once(fake, client, quote):
    done = []
    for _ in range(5):
        done.append(completed(fake, client, quote))
        fake.advance(30)
    since = done[1].completed_at
    events = client.completed_since(since, limit=2)
    assert [e.submission_id for e in events] == [d.id for d in done[1:]]
    sent = api_calls(fake, "GET", "/events/submission/completed")
    assert all(r.query["before"] == [str(int(since.timestamp()) - 1)] for r in sent)
    assert len({e.key for e in events}) == 4
    assert [e.submission_id for e in client.completed_since(None, limit=100)] == [
        d.id for d in done
    ]
    forms = client.completed_since(since, kind="form", limit=3)
    assert len(forms) == 8 and all(e.event_type == ds.FORM_COMPLETED for e in forms)


def test_a_second_cut_by_a_page_boundary_is_read_again_not_skipped(
    fake, client, quote, monkeypatch
):
    second = 1_800_000_000
    monkeypatch.setattr(fake, "now", lambda: second + 0.25)  # the fake's clock stands still
    older = [completed(fake, client, quote) for _ in range(2)]
    monkeypatch.setattr(fake, "now", lambda: second + 30.5)
    newer = [completed(fake, client, quote) for _ in range(2)]
    # page 1 = both newer and one older; ``after=next`` alone would skip the other older one
    events = client.completed_since(None, limit=3)
    assert sorted(e.submission_id for e in events) == sorted(d.id for d in older + newer)
    cursors = [r.query.get("after") for r in api_calls(fake, "GET", "/events/submission/completed")]
    assert cursors == [None, [str(second + 1)]]


# -- webhooks: authenticity ---------------------------------------------------------------------


def deliveries(receiver):
    return [(r.headers, r.body) for r in receiver.calls("POST", "/hook")]


def test_hmac_deliveries_verify_and_tampering_or_replay_does_not(fake, client, quote, receiver):
    hook = fake.add_webhook(receiver.url + "/hook", ds.CONNECTOR_EVENTS)
    assert hook["hmac_secret"].startswith("whsec_")
    created = client.create_submission(quote["id"], signers())
    assert fake.view(created.submitters[0].id) == [200]
    headers, body = deliveries(receiver)[-1]
    assert headers["User-Agent"] == "DocuSeal.com Webhook"
    scheme = ds.DocusealWebhookScheme()
    now = fake.now()
    ok = scheme.verify(headers, body, hook["hmac_secret"], now=now)
    assert ok.ok and abs(ok.timestamp - now) < 5
    assert not scheme.verify(headers, body + b" ", hook["hmac_secret"], now=now).ok
    assert not scheme.verify(headers, body, "whsec_other", now=now).ok
    signed_at = ok.timestamp  # whole seconds: the window is counted from it
    replayed = scheme.verify(headers, body, hook["hmac_secret"], now=signed_at + 301)
    assert not replayed.ok and "replay window" in replayed.reason
    assert scheme.verify(headers, body, hook["hmac_secret"], now=signed_at + 299).ok
    early = scheme.verify(headers, body, hook["hmac_secret"], now=signed_at - 301)
    assert not early.ok
    assert scheme.headers_to_keep == (ds.SIGNATURE_HEADER,)


def test_custom_secret_header_of_an_older_docuseal(fake, client, quote, receiver):
    fake.add_webhook(
        receiver.url + "/hook", secret_header=("X-Odoo-Token", "s3cr3t-value-42"), hmac=False
    )
    created = client.create_submission(quote["id"], signers())
    fake.view(created.submitters[0].id)
    headers, body = deliveries(receiver)[-1]
    assert ds.SIGNATURE_HEADER not in headers
    scheme = ds.DocusealWebhookScheme("X-Odoo-Token")
    secrets = ds.WebhookSecrets(hmac=("whsec_abc",), header=("s3cr3t-value-42",))
    assert scheme.verify(headers, body, secrets).ok
    assert scheme.verify(headers, body, ["s3cr3t-value-42"]).ok  # a plain list: both roles
    assert not scheme.verify(headers, body, ds.WebhookSecrets(header=("other",))).ok
    assert not scheme.verify({**headers, "X-Odoo-Token": "guess"}, body, secrets).ok
    assert scheme.headers_to_keep == (ds.SIGNATURE_HEADER,)  # never the custom header
    strict = ds.DocusealWebhookScheme("X-Odoo-Token", require_hmac=True)
    assert not strict.verify(headers, body, secrets).ok
    assert not ds.DocusealWebhookScheme().verify(headers, body, secrets).ok  # no header name


def test_both_schemes_sent_together_the_hmac_decides(fake, client, quote, receiver):
    hook = fake.add_webhook(receiver.url + "/hook", secret_header=("X-Odoo-Token", "tok-123456"))
    created = client.create_submission(quote["id"], signers())
    fake.view(created.submitters[0].id)
    headers, body = deliveries(receiver)[-1]
    scheme = ds.DocusealWebhookScheme("X-Odoo-Token")
    secrets = ds.WebhookSecrets(hmac=(hook["hmac_secret"],), header=("tok-123456",))
    assert scheme.verify(headers, body, secrets, now=fake.now()).ok
    # a replay an hour later: the custom header still matches, the HMAC's time does not
    assert not scheme.verify(headers, body, secrets, now=fake.now() + 3600).ok
    # a secret header alone (no HMAC secret stored yet) is accepted
    assert scheme.verify(headers, body, ds.WebhookSecrets(header=("tok-123456",))).ok
    # the header secret is not an HMAC key when the roles are given apart
    assert not scheme.verify(
        headers, body, ds.WebhookSecrets(hmac=("tok-123456",)), now=fake.now()
    ).ok


def test_a_custom_header_named_like_the_signature_replaces_it(fake, client, quote, receiver):
    fake.add_webhook(receiver.url + "/hook", secret_header=("X-Docuseal-Signature", "plain-tok-9"))
    created = client.create_submission(quote["id"], signers())
    fake.view(created.submitters[0].id)
    headers, body = deliveries(receiver)[-1]
    assert headers["X-Docuseal-Signature"] == "plain-tok-9"
    scheme = ds.DocusealWebhookScheme("X-Docuseal-Signature")
    assert scheme.verify(headers, body, ["plain-tok-9"]).ok
    assert scheme.headers_to_keep == ()


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"X-Docuseal-Signature": "nodot"},
        {"X-Docuseal-Signature": "12a.ff"},
        {"X-Docuseal-Signature": "9" * 400 + "." + "a" * 64},
        {"X-Docuseal-Signature": "1700000000." + "z" * 64},
    ],
    ids=["missing", "nodot", "bad-ts", "huge-ts", "not-hex"],
)
def test_malformed_signature_headers_are_refused(headers):
    verdict = ds.DocusealWebhookScheme().verify(headers, b"{}", "whsec_x", now=1700000000)
    assert not verdict.ok and verdict.reason


def test_no_secret_configured_refuses_everything():
    scheme = ds.DocusealWebhookScheme("X-Odoo-Token")
    headers = ds.DocusealWebhookScheme().sign(b"{}", "whsec_x", 1700000000)
    assert scheme.verify(headers, b"{}", [], now=1700000000).reason == (
        "no signing secret configured"
    )
    assert not scheme.verify(headers, b"{}", None, now=1700000000).ok


# -- webhooks: events ---------------------------------------------------------------------------


def events_of(receiver):
    return [ds.parse_event(json.loads(body)) for _h, body in deliveries(receiver)]


def test_a_signature_journey_as_events(fake, client, quote, receiver):
    fake.add_webhook(receiver.url + "/hook", ds.CONNECTOR_EVENTS)
    created = client.create_submission(quote["id"], signers())
    customer, company = created.submitters
    fake.view(customer.id)
    fake.start_form(customer.id)
    fake.sign(customer.id, ip="198.51.100.4", ua="Firefox")
    fake.sign(company.id)
    events = events_of(receiver)
    assert [e.event_type for e in events] == [
        "form.viewed",
        "form.started",
        "form.completed",
        "form.completed",
        "submission.completed",
    ]
    assert [e.status for e in events] == [
        "opened",
        "started",
        "completed",
        "completed",
        "completed",
    ]
    signed = events[2]
    assert (signed.submission_id, signed.submitter_id) == (created.submission_id, customer.id)
    who = signed.signatory
    assert (who.email, who.name, who.role) == ("jane@example.com", "Jane Doe", "Customer")
    assert (who.ip, who.user_agent, who.external_id) == (
        "198.51.100.4",
        "Firefox",
        "res.partner,42",
    )
    assert who.completed_at and who.metadata["odoo_id"] == 7
    assert signed.documents and signed.submission_status == "pending"
    last = events[4]
    assert last.submission_status == "completed" and last.audit_log_url
    assert [s.role for s in last.signatories] == ["Customer", "Company"]
    assert last.completed_at and last.documents
    assert len({e.key for e in events}) == 5


def test_declined_expired_and_archived(fake, client, quote, receiver):
    fake.add_webhook(receiver.url + "/hook", ds.CONNECTOR_EVENTS)
    one = client.create_submission(quote["id"], signers())
    fake.decline(one.submitters[0].id, "Prix trop élevé")
    two = client.create_submission(quote["id"], signers())
    fake.expire(two.submission_id)
    three = client.create_submission(quote["id"], signers())
    fake.add_webhook(receiver.url + "/hook", ["submission.archived"])
    client.archive_submission(three.submission_id)
    fake.flush()  # the archive webhook is sent in the background, like DocuSeal's job
    events = events_of(receiver)
    by_type = {e.event_type: e for e in events}
    declined = by_type["form.declined"]
    assert declined.status == ds.STATUS_DECLINED
    assert declined.signatory.decline_reason == "Prix trop élevé"
    assert declined.submission_status == "declined"
    expired = by_type["submission.expired"]
    assert (expired.status, expired.submission_id) == (ds.STATUS_EXPIRED, two.submission_id)
    assert expired.expire_at and expired.submission_status == "expired"
    archived = by_type["submission.archived"]
    assert (archived.status, archived.submission_id) == (ds.STATUS_ARCHIVED, three.submission_id)
    assert archived.archived_at


def test_a_retried_delivery_and_the_polled_completion_share_one_key(fake, client, quote, receiver):
    fake.add_webhook(receiver.url + "/hook", ds.CONNECTOR_EVENTS)
    receiver.routes.clear()
    receiver.add("POST", "/hook", FakeResponse(500, "down"), FakeResponse(200, {}))
    created = client.create_submission(quote["id"], [signers()[0]])
    fake.advance(5)
    fake.sign(created.submitters[0].id)  # form.completed → 500, submission.completed → 200
    fake.advance(120)
    assert fake.retry_failed() == [200]
    (h1, b1), _completed, (h2, b2) = deliveries(receiver)
    assert h1["X-Docuseal-Signature"] != h2["X-Docuseal-Signature"]  # signed again, later
    first, again = ds.parse_event(json.loads(b1)), ds.parse_event(json.loads(b2))
    assert first.key == again.key
    polled = client.form_completed_events().items[0]
    assert polled.key == first.key
    assert ds.event_info(json.loads(b1), b1) == (first.key, "form.completed")


def test_other_events_are_not_relevant():
    event = ds.parse_event(
        {"event_type": "template.updated", "timestamp": "2026-05-06T12:00:00Z", "data": {"id": 3}}
    )
    assert (
        not event.relevant and event.status is None and event.key.startswith("template.updated:3:")
    )


@pytest.mark.parametrize(
    ("payload", "code"),
    [
        ([], ds.NOT_AN_OBJECT),
        ("text", ds.NOT_AN_OBJECT),
        ({}, ds.NO_EVENT_TYPE),
        ({"event_type": "", "data": {"id": 1}}, ds.NO_EVENT_TYPE),
        ({"event_type": 7, "data": {"id": 1}}, ds.NO_EVENT_TYPE),
        ({"event_type": "form.completed"}, ds.NO_DATA),
        ({"event_type": "form.completed", "data": []}, ds.NO_DATA),
        ({"event_type": "form.completed", "data": {"email": "x"}}, ds.NO_ID),
        ({"event_type": "form.completed", "data": {"id": True}}, ds.NO_ID),
        (
            {"event_type": "form.completed", "timestamp": "yesterday", "data": {"id": 1}},
            ds.BAD_TIME,
        ),
    ],
)
def test_malformed_event_bodies(payload, code):
    with pytest.raises(ds.DocusealEventError) as caught:
        ds.parse_event(payload)
    assert caught.value.code == code


def test_event_info_never_raises():
    body = b'{"event_type": "form.completed", "data": "x"}'
    key, event_type = ds.event_info(json.loads(body), body)
    assert key.startswith("sha256:") and event_type == "form.completed"
    assert ds.event_info(None, b"null")[1] is None


def test_times_are_read_as_utc():
    assert ds.parse_time("2026-05-06T12:00:00.123Z") == datetime(
        2026, 5, 6, 12, 0, 0, 123000, tzinfo=timezone.utc
    )
    assert ds.parse_time("2026-05-06T14:00:00+02:00") == datetime(
        2026, 5, 6, 12, tzinfo=timezone.utc
    )
    assert ds.parse_time(None) is None
    assert ds.format_time(datetime(2026, 5, 6, 14, tzinfo=timezone(timedelta(hours=2)))) == (
        "2026-05-06T12:00:00Z"
    )


def test_time_helpers_are_shared_with_clockify():
    assert ds.format_time is timeutil.format_time is clockify.format_time
    assert ds.parse_time("2026-05-06T12:00:00.123456789Z") == timeutil.parse_time(
        "2026-05-06T12:00:00.123456Z"
    )
    with pytest.raises(timeutil.TimeFormatError) as caught:
        timeutil.parse_time("yesterday")
    assert caught.value.code == timeutil.BAD_TIME
    with pytest.raises(ds.DocusealEventError):
        ds.parse_time("yesterday")
    with pytest.raises(clockify.ClockifyDataError):
        clockify.parse_time("yesterday")


# -- the contract script --------------------------------------------------------------------------

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "contract" / "docuseal.py"
LINE = re.compile(r"^(GET|POST|PUT|PATCH|DELETE) /\S* (\d{3}|-) (OK|ERROR( \(optional\))?: .+)$")
CALLS = {
    ("GET", "/api/templates"),
    ("GET", "/api/templates/{id}"),
    ("POST", "/api/submissions"),
    ("POST", "/api/submissions/pdf"),
    ("GET", "/api/submissions"),
    ("GET", "/api/submissions/{id}"),
    ("GET", "/api/submissions/{id}/documents"),
    ("PUT", "/api/submissions/{id}"),
    ("DELETE", "/api/submissions/{id}"),
    ("GET", "/api/submitters"),
    ("GET", "/api/submitters/{id}"),
    ("PUT", "/api/submitters/{id}"),
    ("GET", "/api/events/form/completed"),
    ("GET", "/api/events/submission/completed"),
    ("GET", "/file/{signed}/{name}"),
}
NO_HTTP = {"check_file_url"}  # called by download


def run_script(*args):
    done = subprocess.run(
        [sys.executable, SCRIPT, *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return done.returncode, done.stdout.splitlines(), done.stderr


def script_routes(lines):
    found = set()
    for line in lines:
        method, path = line.split()[:2]
        path = re.sub(r"/\d+(?=/|$)", "/{id}", path)
        path = re.sub(r"^/file/\{signed\}/.+$", "/file/{signed}/{name}", path)
        found.add((method, path))
    return found


@pytest.mark.parametrize("edition", ["cloud", "community"])
def test_the_contract_script_is_green_against_the_fake(edition):
    status, lines, summary = run_script("--fake-edition", edition)
    failed = [line for line in lines if " ERROR" in line]
    assert not failed, "\n".join(failed)
    assert status == 0, summary
    assert all(LINE.match(line) for line in lines), lines
    assert f"contract docuseal: {len(lines)} calls, 0 failed" in summary
    assert script_routes(lines) >= CALLS
    expected_pdf = (
        "POST /api/submissions/pdf 404 OK"
        if edition == "community"
        else ("POST /api/submissions/pdf 200 OK")
    )
    assert expected_pdf in lines
    assert not any("/file/" in line and "{signed}" not in line for line in lines)
    source = SCRIPT.read_text()
    public = {
        name
        for name, member in vars(ds.DocusealClient).items()
        if not name.startswith("_") and callable(member)
    }
    missing = [m for m in public - NO_HTTP if not re.search(rf"\.{m}\b", source)]
    assert not missing, f"public calls the contract script does not drive: {missing}"


def test_the_contract_script_notices_a_server_that_leaves_the_document(fake, quote):
    fake.add_submission(quote["id"], [("Customer", "a@example.com"), ("Company", "b@example.ch")])
    broken = dict(fake.templates[quote["id"]])
    del broken["slug"]
    page = {"data": [broken], "pagination": {"count": 1, "next": None, "prev": quote["id"]}}
    fake.add("GET", "/api/templates", FakeResponse(200, page))
    status, lines, summary = run_script("--base-url", fake.url, "--token", fake.api_key)
    assert status == 1
    assert any(
        line.startswith("GET /api/templates 200 ERROR") and "slug missing" in line for line in lines
    ), lines
    assert fake.api_key not in "\n".join(lines) + summary
    assert not any(
        s["archived_at"] is None for s in fake.submissions.values() if s["source"] == "api"
    )


def test_the_contract_script_refuses_a_plain_http_address():
    status, _lines, err = run_script("--base-url", "http://sign.example.ch", "--token", "x-12345")
    assert status == 2 and "https" in err


# -- documents sent for signature -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "size", "code"),
    [
        (b"%PDF-1.7\n%%EOF", None, None),
        (b"\xef\xbb\xbf  %PDF-1.4\n", None, ds.PDF_NOT_PDF),  # the file starts with it
        (b"", None, ds.PDF_EMPTY),
        (None, 0, ds.PDF_EMPTY),
        (b"\x89PNG\r\n\x1a\n", None, ds.PDF_NOT_PDF),
        (b"x" * 2000 + b"%PDF-1.4", None, ds.PDF_NOT_PDF),
        (b"<html>%PDF-</html>"[:5], None, ds.PDF_NOT_PDF),
        (None, ds.PDF_MAX_BYTES + 1, ds.PDF_TOO_LARGE),
        (b"%PDF-" + b"0" * 100, None, None),
    ],
)
def test_pdf_problem_reads_the_content_not_the_name(data, size, code):
    assert ds.pdf_problem(data, size) == code


def test_pdf_problem_limit():
    assert ds.pdf_problem(b"%PDF-" + b"0" * 100, max_bytes=50) == ds.PDF_TOO_LARGE
