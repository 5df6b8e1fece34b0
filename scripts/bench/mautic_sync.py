#!/usr/bin/env python3
# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Mautic contact sync benchmark: N partners (default 50,000) pushed through the real client
(fincycle.marketing.mautic) to the contract-following fake Mautic (fincycle.testing.fake_mautic,
served by a process of its own, as Mautic is another machine), OAuth2 client credentials.

  1. first sync: every partner, in batches of 200 keyed by odoo_partner_id (one where[] lookup
     and one batch/new per 200)
  2. incremental sync: 1% of the partners changed; only those are sent (what changed since the
     last run, as the connector finds them by write date), their stored Mautic ids known
  3. replay of the incremental sync: the same partners again, nothing created

Prints exactly::

    first sync <X> contacts/s (<C> API calls)
    incremental <S> s (<C> API calls)
    replay created <N> contacts

and the fake's total contact count.  This measures the connector's pure core and the wire (the
Odoo add-on reads partners and stores ids around it); the goal is batches, never one call per
contact: calls = about 2 N / 200.

With ``--odoo DB`` the same is measured through the add-on (marketing_mautic_fincycle must be
installed in DB): N customers of a bench company are created, the connection's sync run pushes
them page by page (links written, checkpoints), then 1% are changed and pushed, then the push is
replayed.  Everything is rolled back at the end (nothing stays in DB).

Usage: .venv/bin/python scripts/bench/mautic_sync.py [--partners 50000] [--changed 0.01]
       .venv/bin/python scripts/bench/mautic_sync.py --odoo h_mautic [--partners 50000]
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import sys
import time

from fincycle.http import BreakerRegistry, HttpPolicy, make_session
from fincycle.marketing import mautic as mt

COUNTRIES = (("CH", "Switzerland", "fr_CH"), ("FR", "France", "fr_FR"), ("DE", "Germany", "de_DE"))


def say(text):
    print(f"[bench] {text}", flush=True)


def serve_fake(conn):
    """In a process of its own: a fake Mautic with the partner field, served until told to
    stop.  Sends ``(url, client_id, client_secret)`` once ready; then answers "calls" (the
    API requests so far, token requests apart) and "stop" (the contact count)."""
    from fincycle.testing.fake_mautic import FakeMautic  # noqa: PLC0415

    with FakeMautic() as fake:
        fake.add_field(mt.PARTNER_FIELD, mt.PARTNER_FIELD_LABEL)
        conn.send((fake.url, fake.client_id, fake.client_secret))
        while (order := conn.recv()) != "stop":
            if order == "calls":
                conn.send(sum(1 for r in list(fake.requests) if r.path.startswith("/api/")))
        conn.send(len(fake.contacts))


def partner(pid: int, version: int = 0) -> mt.ContactData:
    code, country, locale = COUNTRIES[pid % len(COUNTRIES)]
    phone = {"CH": "044 668 18 %02d", "FR": "01 42 68 53 %02d", "DE": "030 1234 56%02d"}[code]
    return mt.ContactData(
        pid,
        {
            "firstname": f"First{pid}",
            "lastname": f"Last{pid}" + (f" v{version}" if version else ""),
            "email": f"partner{pid}@example.com",
            "phone": mt.phone_e164(phone % (pid % 100), code),
            "country": country,
            "preferred_locale": locale,
            "company": f"Company {pid // 7}",
        },
        ("odoo", f"odoo-company-{pid % 5 + 1}"),
    )


def api_calls(conn) -> int:
    conn.send("calls")
    return conn.recv()


def bench_odoo(args, conn, url, client_id, secret) -> int:
    """The same through the add-on's sync runs, in DB, rolled back at the end."""
    import benchlib  # noqa: PLC0415 - scripts/bench on the path when run as a script

    env, cr = benchlib.odoo_env(args.db)
    try:
        company = env["res.company"].create({"name": "Mautic Bench"})
        swiss = env.ref("base.ch")
        say(f"creating {args.partners} customers")
        partners = env["res.partner"]
        for start in range(0, args.partners, 5000):
            partners |= env["res.partner"].create(
                [
                    {
                        "name": f"First{i} Last{i}",
                        "email": f"partner{i}@example.com",
                        "phone": f"044 668 {i % 100:02d} {i % 97:02d}",
                        "country_id": swiss.id,
                        "company_id": company.id,
                        "customer_rank": 1,
                    }
                    for i in range(start, min(start + 5000, args.partners))
                ]
            )
        account = env["fincycle.integration"].create(
            {"name": "Mautic bench", "provider": "mautic", "company_id": company.id}
        )
        account.base_url = url
        account.write({"api_key": client_id, "api_secret": secret, "state": "connected"})
        env.flush_all()

        before = api_calls(conn)
        started = time.perf_counter()
        run = account._mautic_sync_contacts()
        elapsed = time.perf_counter() - started
        first_calls = api_calls(conn) - before
        assert run.state == "done", run.error
        assert run.created_count == args.partners, (run.created_count, run.failed_count)

        # 1% changed since: the rest last written a day ago (one transaction holds them all)
        changed = partners.browse(
            random.Random(7).sample(partners.ids, max(1, int(args.partners * args.changed)))
        )
        env.flush_all()
        cr.execute(
            "UPDATE res_partner SET write_date = write_date - interval '1 day' WHERE id IN %s",
            [tuple(partners.ids)],
        )
        env.invalidate_all()
        for partner in changed:
            partner.name = partner.name + " Changed"
        env.flush_all()
        cr.execute(
            "UPDATE res_partner SET write_date = now() at time zone 'utc' WHERE id IN %s",
            [tuple(changed.ids)],
        )
        env.invalidate_all()
        before = api_calls(conn)
        started = time.perf_counter()
        run = account._mautic_sync_contacts()
        incremental_s = time.perf_counter() - started
        incremental_calls = api_calls(conn) - before
        assert run.state == "done" and run.updated_count == len(changed), run.error

        before = api_calls(conn)
        run = account._mautic_sync_contacts()
        replay_calls = api_calls(conn) - before
        created = run.created_count + run.updated_count
    finally:
        cr.rollback()
        cr.close()
    conn.send("stop")
    total = conn.recv()
    print(f"first sync {args.partners / elapsed:.0f} contacts/s ({first_calls} API calls)")
    print(f"incremental {incremental_s:.2f} s ({incremental_calls} API calls)")
    print(f"replay created {created} contacts ({replay_calls} API calls)")
    say(f"{len(changed)} changed partners; the fake holds {total} contacts")
    return 0 if created == 0 and total == args.partners else 1


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--partners", type=int, default=50_000)
    parser.add_argument("--changed", type=float, default=0.01)
    parser.add_argument("--odoo", dest="db", help="measure through the add-on in this database")
    args = parser.parse_args(argv)

    ours, theirs = multiprocessing.Pipe()
    server = multiprocessing.Process(target=serve_fake, args=(theirs,), daemon=True)
    server.start()
    url, client_id, secret = ours.recv()
    if args.db:
        return bench_odoo(args, ours, url, client_id, secret)
    session = make_session(
        HttpPolicy(read_timeout=120),
        provider="mautic",
        breakers=BreakerRegistry(),
        allowed_origins=mt.session_origins(url),
    )
    client = mt.MauticClient(session, url, mt.ClientCredentials(client_id, secret))
    client.ensure_partner_field()

    say(f"preparing {args.partners} partners")
    contacts = [partner(pid) for pid in range(1, args.partners + 1)]

    before = client.calls
    started = time.perf_counter()
    first = client.upsert_contacts(contacts)
    elapsed = time.perf_counter() - started
    first_calls = client.calls - before
    assert not first.failed, list(first.failed.items())[:3]
    assert len(first.ids) == args.partners

    changed_ids = random.Random(7).sample(
        range(1, args.partners + 1), max(1, int(args.partners * args.changed))
    )
    changed = [partner(pid, version=1) for pid in sorted(changed_ids)]
    known = {pid: first.ids[pid] for pid in changed_ids}
    before = client.calls
    started = time.perf_counter()
    incremental = client.upsert_contacts(changed, known=known)
    incremental_s = time.perf_counter() - started
    incremental_calls = client.calls - before
    assert set(incremental.status.values()) == {mt.STATUS_UPDATED}, incremental.failed

    replay = client.upsert_contacts(changed)  # ids lost: found again by odoo_partner_id
    created = sum(1 for s in replay.status.values() if s == mt.STATUS_CREATED)

    ours.send("stop")
    total = ours.recv()
    server.join(10)

    print(f"first sync {args.partners / elapsed:.0f} contacts/s ({first_calls} API calls)")
    print(f"incremental {incremental_s:.2f} s ({incremental_calls} API calls)")
    print(f"replay created {created} contacts")
    say(f"{len(changed)} changed partners; the fake holds {total} contacts")
    return 0 if created == 0 and total == args.partners else 1


if __name__ == "__main__":
    sys.exit(main())
