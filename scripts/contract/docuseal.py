#!/usr/bin/env python3
# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Contract check of the DocuSeal connector against a DocuSeal account.

Drives, through the real client (fincycle.signing.docuseal.DocusealClient), every API call the
connector makes, with harmless inputs, and checks each answer against the document
(shared/reference/apis/docuseal.md):

  GET    /templates                    pages of 5 (descending id, ``after``), at most 3
  GET    /templates/{id}               the first one read (id 0, 404, if none)
  POST   /submissions                  from the first template with roles: one submitter per
                                       role at --signer-email, ``send_email: false``, expiring
                                       tomorrow; archived at the end of the check
  GET    /submissions/{id}, /submissions/{id}/documents, GET /submissions (pages of 5,
                                       then ``after=<id + 1>``: the one made, "id < after")
  GET    /submitters/{id}, GET /submitters?submission_id=
  PUT    /submitters/{id}              a rename; with --send-emails the invitation is sent
                                       again (the connector's "resend")
  PUT    /submissions/{id}             the expiry moved one day
  DELETE /submissions/{id}             archive (the connector's "cancel")
  POST   /submissions/pdf              a one-page PDF with a signature text tag (archived at
                                       once); 404 on the community edition, which is a valid
                                       answer (the connector then offers template mode only)
  GET    /templates + POST /submissions/pdf (empty)   edition detection, self-hosted only
  GET    /events/form/completed, /events/submission/completed   pages of 5, and the polling
                                       walk of the last 30 days
  GET    <file link>                   the signed document and audit log of the newest
                                       completed submission, if there is one (optional)
  GET    /submissions/0, /templates with a wrong key   the documented 404 and 401

--base-url is the API base: https://api.docuseal.com, https://api.docuseal.eu, or a self-hosted
https://<host>/api.  --token is the API key (sent as X-Auth-Token; never printed).  Without
--base-url the check runs against the contract-following fake (fincycle.testing.fake_docuseal),
``--fake-edition community`` to see the community edition.  One line per HTTP exchange:
``<METHOD> <path> <status> OK`` or ``... ERROR: <why>``; exit status 1 if a call the connector
depends on failed.

Usage:
  .venv/bin/python scripts/contract/docuseal.py --base-url https://api.docuseal.eu \\
      --token '<API key>' --signer-email you@your-company.ch
  .venv/bin/python scripts/contract/docuseal.py            # against the fake
"""

from __future__ import annotations

import logging
import sys
from datetime import datetime, timedelta, timezone
from itertools import islice
from urllib.parse import urlsplit

import contractlib as cl
from contractlib import (
    INTEGER,
    NON_EMPTY,
    TIMESTAMP,
    Contract,
    Expect,
    fails,
    one_of,
)

from fincycle.signing import docuseal as ds
from fincycle.testing.fake_docuseal import FakeDocuseal

# -- the document's shapes (docuseal.md §2-§4, openapi.json) ----------------------------------------
ERROR = {"error": NON_EMPTY}
WHEN = (TIMESTAMP, None)
PAGINATION = {"count": INTEGER, "next": (INTEGER, None), "prev": (INTEGER, None)}
DOCUMENT = {"name": str, "url": NON_EMPTY}
TEMPLATE = {
    "id": INTEGER,
    "name": str,
    "slug": str,
    "submitters": [{"name": str, "uuid": str}],
    "fields": list,
    "external_id": (str, None),
    "folder_name?": (str, None),
    "archived_at?": WHEN,
    "created_at": TIMESTAMP,
    "updated_at": TIMESTAMP,
}
SUBMITTER_STATUS = one_of(*ds.SUBMITTER_STATUSES)
SUBMITTER = {
    "id": INTEGER,
    "submission_id": INTEGER,
    "uuid": str,
    "email": (str, None),
    "slug": NON_EMPTY,
    "status": SUBMITTER_STATUS,
    "role": str,
    "name": (str, None),
    "phone": (str, None),
    "external_id": (str, None),
    "metadata": dict,
    "sent_at": WHEN,
    "opened_at": WHEN,
    "completed_at": WHEN,
    "declined_at": WHEN,
    "created_at": TIMESTAMP,
    "updated_at": TIMESTAMP,
}
CREATED_SUBMITTER = {**SUBMITTER, "values": list, "preferences": dict, "embed_src": NON_EMPTY}
SUBMISSION_ROW = {
    "id": INTEGER,
    "slug": str,
    "source": str,
    "submitters_order": one_of(ds.ORDER_PRESERVED, ds.ORDER_RANDOM),
    "status": one_of(*ds.SUBMISSION_STATUSES),
    "audit_log_url": (str, None),
    "completed_at": WHEN,
    "created_at": TIMESTAMP,
    "updated_at": TIMESTAMP,
    "archived_at?": WHEN,
    "expire_at?": WHEN,
    "submitters": [{"id": INTEGER, "status": SUBMITTER_STATUS, "role?": str}],
}
SUBMISSION = {
    **SUBMISSION_ROW,
    "combined_document_url": (str, None),
    "documents": [DOCUMENT],
    "submission_events": [{"id": INTEGER, "event_type": str, "event_timestamp": TIMESTAMP}],
    "submitters": [SUBMITTER],
}
FORM_DATA = {
    "id": INTEGER,
    "submission_id": INTEGER,
    "email": (str, None),
    "status": one_of("completed"),
    "completed_at": TIMESTAMP,
    "documents": [DOCUMENT],
    "audit_log_url": (str, None),
    "submission": {"id": INTEGER, "status": str},
}
FORM_EVENT = {"event_type": one_of("form.completed"), "timestamp": TIMESTAMP, "data": FORM_DATA}
SUBMISSION_EVENT = {
    "event_type": one_of("submission.completed"),
    "timestamp": TIMESTAMP,
    "data": {**SUBMISSION_ROW, "status": one_of("completed"), "completed_at": TIMESTAMP},
}
ARCHIVED = {"id": INTEGER, "archived_at": WHEN}
WRONG_KEY = "fincycle-contract-check-not-a-key"


class EitherRoute(Expect):
    """A client call that sends requests to several routes (edition detection)."""

    def __init__(self, method_routes: tuple[tuple[str, str], ...], status):
        super().__init__(method_routes[0][0], method_routes[0][1], status)
        self.alternatives = [Expect(m, r, status) for m, r in method_routes]

    def matches(self, exchange) -> bool:
        return any(e.matches(exchange) for e in self.alternatives)


def one_page_pdf(text: str) -> bytes:
    """A valid one-page PDF whose text layer holds ``text`` (a DocuSeal text tag)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n".encode()
    out += f"startxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _options(parser) -> None:
    parser.add_argument(
        "--signer-email",
        default="contract-check@example.com",
        help="the address of the submission made (no email is sent unless --send-emails)",
    )
    parser.add_argument(
        "--send-emails",
        action="store_true",
        help="resend the invitation of the submission made (the connector's resend)",
    )
    parser.add_argument(
        "--file-origin",
        action="append",
        default=[],
        help="an extra host signed-file links may point to (a self-hosted storage host)",
    )
    parser.add_argument(
        "--fake-edition",
        default="cloud",
        choices=("cloud", "pro", "community"),
        help="without --base-url: the edition the fake plays",
    )


def check_templates(c: Contract, client: ds.DocusealClient, p: str) -> list[ds.Template]:
    found = c.call(
        lambda: list(islice(client.templates(page_size=cl.PAGE), cl.PAGE * cl.PAGES)),
        Expect(
            "GET",
            f"{p}/templates",
            200,
            {"data": [TEMPLATE], "pagination": PAGINATION},
            (cl.query("limit", str(cl.PAGE)),),
        ),
        then=lambda items: fails(
            [t.id for t in items] == sorted((t.id for t in items), reverse=True),
            "templates not by descending id",
        ),
    )
    if found:
        first = found[0]
        c.call(
            lambda: client.get_template(first.id),
            Expect("GET", f"{p}/templates/{{id}}", 200, TEMPLATE),
            then=lambda t: fails(t.id == first.id and t.roles == first.roles, "another template"),
        )
    else:
        c.call(
            lambda: client.get_template(0),
            Expect("GET", f"{p}/templates/{{id}}", 404),
            raises=ds.DocusealNotFound,
        )
    return found or []


def check_submission(c: Contract, client: ds.DocusealClient, p: str, templates) -> None:
    template = next((t for t in templates if t.roles), None)
    one = f"{p}/submissions/{{id}}"
    if template is None:
        for method, route in (("POST", f"{p}/submissions"), ("DELETE", one)):
            c.not_sent(Expect(method, route), "no template with roles to send", required=False)
        return
    local, _, domain = c.args.signer_email.partition("@")
    specs = [
        ds.SubmitterSpec(
            role,
            c.args.signer_email if i == 0 else f"{local}+{i}@{domain}",
            "Contract Check",
            external_id=f"fincycle-contract-check-{i}",
            metadata={"fincycle": "contract-check"},
        )
        for i, role in enumerate(template.roles)
    ]
    tomorrow = datetime.now(timezone.utc).replace(microsecond=0) + timedelta(days=1)
    created = c.call(
        lambda: client.create_submission(
            template.id,
            specs,
            send_email=False,
            expire_at=tomorrow,
            name="Fincycle contract check",
            subject="Fincycle contract check",
            message="Nothing to sign: {{submitter.link}}",
        ),
        Expect("POST", f"{p}/submissions", 200, [CREATED_SUBMITTER]),
        then=lambda made: fails(
            [s.role for s in made.submitters] == list(template.roles), "submitters' roles differ"
        ),
    )
    if not created:
        c.not_sent(Expect("DELETE", one), "the submission was not created")
        return
    sid, submitter = created.submission_id, created.submitters[0]
    c.call(
        lambda: client.get_submission(sid),
        Expect("GET", one, 200, SUBMISSION),
        then=lambda s: fails(s.id == sid and s.status == "pending", f"not the pending {sid}"),
    )
    c.call(
        lambda: list(islice(client.submissions(page_size=cl.PAGE), cl.PAGE * cl.PAGES)),
        Expect(
            "GET",
            f"{p}/submissions",
            200,
            {"data": [SUBMISSION_ROW], "pagination": PAGINATION},
            (cl.query("limit", str(cl.PAGE)),),
        ),
        then=lambda rows: fails(sid in [s.id for s in rows], "the new submission is not listed"),
    )
    # ``after=X`` is "id < X" (the code; openapi.json says "greater than"): sid itself.
    c.call(
        lambda: client.list_submissions(limit=1, after=sid + 1),
        Expect(
            "GET",
            f"{p}/submissions",
            200,
            {"data": [SUBMISSION_ROW], "pagination": PAGINATION},
            (cl.query("after", str(sid + 1)),),
        ),
        then=lambda page: fails(
            [s.id for s in page.items] == [sid], "after=X is not applied as id < X"
        ),
    )
    c.call(
        lambda: client.submission_documents(sid),
        Expect("GET", f"{one}/documents", 200, {"id": INTEGER, "documents": [DOCUMENT]}),
    )
    c.call(
        lambda: client.get_submitter(submitter.id),
        Expect("GET", f"{p}/submitters/{{id}}", 200, SUBMITTER),
        then=lambda s: fails(s.id == submitter.id and s.submission_id == sid, "another one"),
    )
    c.call(
        lambda: client.list_submitters(submission_id=sid),
        Expect(
            "GET",
            f"{p}/submitters",
            200,
            {"data": [SUBMITTER], "pagination": PAGINATION},
            (cl.query("submission_id", str(sid)),),
        ),
        then=lambda page: fails(
            {s.id for s in page.items} == {s.id for s in created.submitters}, "other submitters"
        ),
    )
    if c.args.send_emails:
        c.call(
            lambda: client.resend(submitter.id, subject="Fincycle contract check"),
            Expect("PUT", f"{p}/submitters/{{id}}", 200, CREATED_SUBMITTER),
            then=lambda s: fails(s.sent_at is not None, "the invitation was not sent"),
        )
    else:
        c.call(
            lambda: client.update_submitter(submitter.id, name="Contract Check (renamed)"),
            Expect("PUT", f"{p}/submitters/{{id}}", 200, CREATED_SUBMITTER),
            then=lambda s: fails(s.name == "Contract Check (renamed)", "the name did not change"),
        )
    later = tomorrow + timedelta(days=1)
    c.call(
        lambda: client.update_submission(sid, expire_at=later),
        Expect("PUT", one, 200, SUBMISSION_ROW),
        then=lambda s: fails(s.expire_at == later, f"expire_at {s.expire_at}, not {later}"),
    )
    c.call(
        lambda: client.archive_submission(sid),
        Expect("DELETE", one, 200, ARCHIVED),
        then=lambda when: fails(when is not None, "no archived_at"),
    )


def check_pdf(c: Contract, client: ds.DocusealClient, p: str) -> None:
    def send():
        try:
            return client.create_submission_from_pdf(
                [("Fincycle contract check.pdf", pdf)],
                [ds.SubmitterSpec("First Party", c.args.signer_email, "Contract Check")],
                name="Fincycle contract check (PDF)",
                send_email=False,
            )
        except ds.DocusealEditionError as exc:
            return exc  # the community edition: a documented answer

    def judged(result) -> list[str]:
        if isinstance(result, ds.DocusealEditionError):
            return fails(result.code == ds.EDITION_LACKS_PDF, f"code {result.code}")
        return fails(bool(result.submitters[0].embed_src), "no embed_src")

    pdf = one_page_pdf("{{Signature;role=First Party;type=signature}}")
    made = c.call(
        send,
        Expect("POST", f"{p}/submissions/pdf", (200, 404), None),
        then=judged,
    )
    if isinstance(made, ds.Created):
        c.call(
            lambda: client.archive_submission(made.submission_id),
            Expect("DELETE", f"{p}/submissions/{{id}}", 200, ARCHIVED),
        )
    if client.deployment == ds.SELF_HOSTED:
        c.call(
            client.detect_edition,
            EitherRoute(
                (("GET", f"{p}/templates"), ("POST", f"{p}/submissions/pdf")), (200, 404, 422)
            ),
            then=lambda e: fails(
                e.edition in (ds.EDITION_PRO, ds.EDITION_COMMUNITY)
                and e.pdf_submissions == (not isinstance(made, ds.DocusealEditionError)),
                f"edition {e} but POST /submissions/pdf said otherwise",
            ),
        )
    else:
        edition = client.detect_edition()  # the cloud has every route: nothing is sent
        assert edition.edition == ds.EDITION_CLOUD


def check_events(c: Contract, client: ds.DocusealClient, p: str) -> None:
    paged = (cl.query("limit", str(cl.PAGE)),)
    forms = c.call(
        lambda: client.form_completed_events(limit=cl.PAGE),
        Expect(
            "GET",
            f"{p}/events/form/completed",
            200,
            {"data": [FORM_EVENT], "pagination": PAGINATION},
            paged,
        ),
    )
    c.call(
        lambda: client.submission_completed_events(limit=cl.PAGE),
        Expect(
            "GET",
            f"{p}/events/submission/completed",
            200,
            {"data": [SUBMISSION_EVENT], "pagination": PAGINATION},
            paged,
        ),
    )
    since = datetime.now(timezone.utc) - timedelta(days=cl.DAYS)
    found = c.call(
        lambda: client.completed_since(since, limit=cl.PAGE),
        Expect(
            "GET",
            f"{p}/events/submission/completed",
            200,
            {"data": [SUBMISSION_EVENT], "pagination": PAGINATION},
            (cl.query("before", str(int(since.timestamp()) - 1)),),
        ),
        then=lambda events: fails(
            len({e.key for e in events}) == len(events), "an event came back twice"
        ),
    )
    newest = next((e for e in reversed(found or []) if e.documents), None)
    if newest is None and forms and forms.items:
        newest = next((e for e in forms.items if e.documents), None)
    if newest is None:
        c.not_sent(Expect("GET", "/file/{id}/{name}"), "no completed submission", required=False)
        return
    for url in (newest.documents[0].url, newest.audit_log_url):
        if not url:
            continue
        c.call(
            lambda url=url: client.download(url),
            Expect("GET", "/".join(urlsplit(url).path.split("/")[:-2]) + "/{id}/{name}"),
            then=lambda d: fails(d.content.startswith(b"%PDF"), "not a PDF"),
            required=False,
        )


def check_refusals(c: Contract, client: ds.DocusealClient, p: str, session) -> None:
    c.call(
        lambda: client.get_submission(0),
        Expect("GET", f"{p}/submissions/{{id}}", 404),
        raises=ds.DocusealNotFound,
    )
    wrong = ds.DocusealClient(session, WRONG_KEY, client.base_url)
    c.call(
        lambda: wrong.list_templates(limit=1),
        Expect("GET", f"{p}/templates", 401, ERROR),
        raises=ds.DocusealAuthError,
        then=lambda exc: fails(exc.code == ds.AUTH, f"code {exc.code}"),
    )


def _mask_file_links(response, *args, **kwargs):
    """A signed file link is a credential for 40 minutes: its signed id is not printed."""
    parts = urlsplit(response.request.url)
    segments = parts.path.split("/")
    if len(segments) >= 4 and segments[-3] == "file":
        segments[-2] = "{signed}"
        response.request.url = parts._replace(path="/".join(segments)).geturl()
    return response


def drive(c: Contract) -> None:
    url = c.args.base_url.rstrip("/")
    if ds.deployment_of(url) == ds.SELF_HOSTED:
        url = ds.api_base(ds.SELF_HOSTED, url)  # ValueError → a usage error
    session = c.session("docuseal", *ds.session_origins(url, c.args.file_origin))
    session.hooks["response"].insert(0, _mask_file_links)
    client = ds.DocusealClient(session, c.args.token, url, extra_file_origins=c.args.file_origin)
    p = urlsplit(url).path.rstrip("/")
    templates = check_templates(c, client, p)
    check_submission(c, client, p, templates)
    check_pdf(c, client, p)
    check_events(c, client, p)
    check_refusals(c, client, p, session)


def against_the_fake(argv: list[str]) -> int:
    """No --base-url: run against the fake, with templates and signed submissions."""
    edition = "cloud"
    if "--fake-edition" in argv[:-1]:
        edition = argv[argv.index("--fake-edition") + 1]
    with FakeDocuseal(
        edition=edition if edition in ("cloud", "pro", "community") else "cloud"
    ) as fake:
        for index in range(7):
            fake.add_template(f"Quote {index}", ["Customer", "Company"])
        fake.add_template("General terms (CGV)", ["Customer"], verification="aes")
        quote = next(iter(fake.templates))
        for index in range(3):
            submission = fake.add_submission(
                quote, [("Customer", f"customer{index}@example.com"), ("Company", "ceo@example.ch")]
            )
            for submitter_id in submission["submitter_ids"]:
                fake.sign(submitter_id)
            fake.advance(60)
        return cl.main(
            "docuseal",
            __doc__,
            drive,
            ["--base-url", fake.api_url, "--token", fake.api_key, "--send-emails", *argv],
            options=_options,
        )


if __name__ == "__main__":
    if not any(a == "--base-url" or a.startswith("--base-url=") for a in sys.argv[1:]):
        logging.basicConfig(level=logging.ERROR)
        sys.exit(against_the_fake(sys.argv[1:]))
    cl.run("docuseal", __doc__, drive, _options)
