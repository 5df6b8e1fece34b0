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

Usage: .venv/bin/python scripts/bench/mautic_sync.py [--partners 50000] [--changed 0.01]
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
    stop.  Sends ``(url, client_id, client_secret)`` once ready, then the contact count."""
    from fincycle.testing.fake_mautic import FakeMautic  # noqa: PLC0415

    with FakeMautic() as fake:
        fake.add_field(mt.PARTNER_FIELD, mt.PARTNER_FIELD_LABEL)
        conn.send((fake.url, fake.client_id, fake.client_secret))
        conn.recv()  # stop
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


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--partners", type=int, default=50_000)
    parser.add_argument("--changed", type=float, default=0.01)
    args = parser.parse_args(argv)

    ours, theirs = multiprocessing.Pipe()
    server = multiprocessing.Process(target=serve_fake, args=(theirs,), daemon=True)
    server.start()
    url, client_id, secret = ours.recv()
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
