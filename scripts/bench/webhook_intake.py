#!/usr/bin/env python3
# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Webhook intake benchmark: signed deliveries against Odoo's own floor, in one run.

On a fresh database (fincycle_base + the Revolut and Qonto connectors, one connection each with
a known signing secret, each connection mapped to a journal of a fake provider that knows every
transaction sent), an Odoo server with ``--workers`` HTTP workers and no cron thread is loaded
on loopback only, ``--concurrency`` clients at a time, for ``--duration`` seconds each, in
alternating slices of ``--slice`` seconds (so both meet the same background load):

  1. the floor: ``GET /web/health`` (Odoo's cheapest route that still opens the database);
  2. the intake: validly signed Revolut and Qonto events with unique ids, plus a share of
     replays (an already acknowledged event sent again, freshly signed, as providers retry)
     and of races (a new event sent by two clients at once).

Then it counts in the database what was stored, duplicated and lost (an event acknowledged
with a 2xx that has no live row), reads the server's own per-request figures (SQL queries and
time) from its access log, and checks that no webhook token reached the log. Last, the server
is restarted with one cron worker and the drain rate of the (healthy) queue is measured.

Usage: .venv/bin/python scripts/bench/webhook_intake.py [--duration 30] [--concurrency 16]
       [--workers 2] [--replays 0.1] [--drain-seconds 60] [--db NAME] [--port P] [--keep-db]
"""

import argparse
import http.client
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter

import benchlib
import psycopg2
from benchlib import PY, ROOT, say

MODULES = (
    "fincycle_base,account_statement_import_online_revolut,"
    "account_statement_import_online_qonto_fincycle"
)
ISSUER = "bench.fincycle.test"
REVOLUT_SECRET = "wsk_bench_" + "r" * 32
QONTO_SECRET = "qonto-bench-" + "q" * 32
QONTO_ACCOUNT = "0193f2aa-0000-7000-8000-0000000000b1"
QONTO_IBAN = "FR7616958000010000000000123"
REVOLUT_IBAN = "LT603250000000000001"
# One access-log line of Odoo: "POST /path HTTP/1.0" 200 - <queries> <sql s> <other s>
ACCESS_LINE = re.compile(
    r'"(?:\x1b\[[\d;]*m)*(?P<method>GET|POST) (?P<path>\S+) HTTP/[\d.]+(?:\x1b\[[\d;]*m)*" '
    r"(?P<status>\d{3}) \S+ "
    r"(?P<queries>\d+) (?P<sql>[\d.]+) (?P<other>[\d.]+)"
)


def bank_journal(env, company, name, code, iban):
    bank = env["res.partner.bank"].create({"acc_number": iban, "partner_id": company.partner_id.id})
    journal = env["account.journal"].create(
        {
            "name": name,
            "code": code,
            "type": "bank",
            "company_id": company.id,
            "bank_account_id": bank.id,
        }
    )
    if company.currency_id.name != "EUR":
        env.ref("base.EUR").active = True
        journal.currency_id = env.ref("base.EUR")
    return journal


def setup_connections(env, revolut_fake, qonto_fake, transactions):
    """One Revolut and one Qonto connection of the main company, each mapped to a journal,
    with known signing secrets; ``transactions`` transactions per provider in the fakes."""
    env["ir.config_parameter"].set_param("web.base.url", f"https://{ISSUER}")
    company = env.ref("base.main_company")
    Provider = env["online.bank.statement.provider"]

    revolut = benchlib.connected_revolut_integration(env, revolut_fake, company, "bench-client")
    eur = revolut_fake.add_account("EUR", balance=0, iban=REVOLUT_IBAN)
    journal = bank_journal(env, company, "Revolut EUR", "RBEN", REVOLUT_IBAN)
    Provider.create(
        {"journal_id": journal.id, "service": "revolut", "fincycle_integration_id": revolut.id,
         "fincycle_remote_account_id": eur["id"], "interval_type": "days",
         "interval_number": 1, "tz": "UTC"}
    )  # fmt: skip

    qonto = env["fincycle.integration"].create(
        {
            "name": "Qonto bench",
            "provider": "qonto",
            "company_id": company.id,
            "base_url": qonto_fake.url,
            "qonto_oauth_base_url": qonto_fake.url,
            "qonto_auth_mode": "api_key",
            "state": "connected",
        }
    )
    qonto.write({"api_key": qonto_fake.login, "api_secret": qonto_fake.secret_key})
    qonto_fake.add_bank_account(account_id=QONTO_ACCOUNT, iban=QONTO_IBAN, balance="1000.00")
    journal = bank_journal(env, company, "Qonto EUR", "QBEN", QONTO_IBAN)
    Provider.create(
        {"journal_id": journal.id, "service": "qonto", "fincycle_integration_id": qonto.id,
         "fincycle_remote_account_id": QONTO_ACCOUNT, "interval_type": "days",
         "interval_number": 1, "tz": "UTC"}
    )  # fmt: skip
    revolut.write({"webhook_secret": REVOLUT_SECRET})
    qonto.write({"webhook_secret": QONTO_SECRET})

    rng = random.Random(7)
    revolut_txs = [
        revolut_fake.add_transaction(
            eur["id"], round(rng.uniform(1, 900), 2), reference=f"REV/{n:05d}"
        )
        for n in range(transactions)
    ]
    qonto_txs = [
        qonto_fake.add_transaction(
            f"{rng.uniform(1, 900):.2f}", bank_account_id=QONTO_ACCOUNT, reference=f"QON/{n:05d}"
        )
        for n in range(transactions)
    ]
    return {
        "revolut": (revolut.id, revolut.webhook_token, revolut_txs),
        "qonto": (qonto.id, qonto.webhook_token, qonto_txs),
    }


class EventSource:
    """Unique signed events, alternating Revolut and Qonto, and replays of acknowledged ones.

    Keys are (provider, external id) as the connectors compute them."""

    def __init__(self, connections, replay_share, *, first=0, stop=None, seed=11, race_share=0.0):
        from fincycle.webhooks import QontoScheme, RevolutScheme  # noqa: PLC0415

        self.schemes = {"revolut": (RevolutScheme(), REVOLUT_SECRET),
                        "qonto": (QontoScheme(), QONTO_SECRET)}  # fmt: skip
        self.connections = connections
        self.replay_share = replay_share
        self.race_share = race_share  # new events sent twice at once (two clients)
        self.racing = []
        self.rng = random.Random(seed)
        self.lock = threading.Lock()
        self.next_index = {"revolut": first, "qonto": first}
        self.stop = stop
        self.turn = 0
        self.acknowledged = []  # (provider, key, body) answered 2xx at least once
        self.exhausted = False

    def _new(self, provider):
        _id, _token, txs = self.connections[provider]
        index = self.next_index[provider]
        if index >= (self.stop or len(txs)):
            self.exhausted = True
            return None
        self.next_index[provider] = index + 1
        return (provider, *self.bodies[provider][index], False)

    def prepare(self):
        """Every (key, body) this source can send, built before the clock runs."""
        self.bodies = {}
        for provider, (_id, _token, txs) in self.connections.items():
            first, stop = self.next_index[provider], self.stop or len(txs)
            bodies = self.bodies[provider] = {}
            for index in range(first, stop):
                tx = txs[index]
                if provider == "revolut":
                    key = f"TransactionCreated:{tx['id']}"
                    body = {
                        "event": "TransactionCreated",
                        "timestamp": tx["created_at"],
                        "data": tx,
                    }
                else:
                    key = str(uuid.UUID(int=self.rng.getrandbits(128)))
                    body = {
                        "id": key,
                        "type": "v1/transactions",
                        "data": {"event": "created", **tx},
                    }
                bodies[index] = (key, json.dumps(body).encode())
        return self

    def next(self):
        with self.lock:
            if self.racing:  # the twin of an event just handed to another client
                return self.racing.pop()
            if self.acknowledged and self.rng.random() < self.replay_share:
                provider, key, body = self.rng.choice(self.acknowledged)
                return provider, key, body, True
            self.turn += 1
            item = self._new("revolut" if self.turn % 2 else "qonto")
            if item and self.rng.random() < self.race_share:
                self.racing.append((*item[:3], True))
            return item

    def make(self):
        """The next request and what it carries, or None when no unique event is left."""
        item = self.next()
        return None if item is None else (self.request(item), item)

    def request(self, item):
        provider, _key, body, _replay = item
        scheme, secret = self.schemes[provider]
        headers = {"Content-Type": "application/json", **scheme.sign(body, secret)}
        path = f"/fincycle/webhook/{provider}/{self.connections[provider][1]}"
        return "POST", path, body, headers

    def acknowledge(self, item, status, _data=None):
        provider, key, body, replay = item
        if 200 <= status < 300 and not replay:
            with self.lock:
                self.acknowledged.append((provider, key, body))


def run_load(port, concurrency, duration, max_requests, make, *, done=None):
    """``concurrency`` threads send requests from ``make()`` (None = stop) for ``duration``
    seconds; one connection per request (Odoo answers HTTP/1.0). Returns (results, seconds)."""
    results = []
    lock = threading.Lock()
    stop_at = time.monotonic() + duration
    count = [0]

    def worker():
        while time.monotonic() < stop_at:
            with lock:
                if count[0] >= max_requests:
                    return
                count[0] += 1
            item = make()
            if item is None:
                return
            method, path, body, headers = item[0]
            started = time.perf_counter()
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                conn.request(method, path, body=body, headers=headers)
                response = conn.getresponse()
                data = response.read()
                status = response.status
                conn.close()
            except OSError as exc:
                status, data = 0, str(exc).encode()
            elapsed = time.perf_counter() - started
            with lock:
                results.append((elapsed, status, data))
            if done:
                done(item[1], status, data)

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(concurrency)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, time.perf_counter() - started


def percentile(values, share):
    ordered = sorted(values)
    if not ordered:
        return 0.0
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def start_server(db, port, *, gevent_port, workers, cron_threads, logfile, conf="odoo.conf"):
    server = subprocess.Popen(
        # ``-d`` alone (no --db-filter): each request finds its database in the configured
        # list instead of listing PostgreSQL's databases on a new connection (5-7 ms a
        # request on this machine, the same for both routes, so it would flatter the ratio).
        [PY, "-m", "odoo", "-c", conf, "-d", db,
         "--http-interface=127.0.0.1", f"--http-port={port}", f"--gevent-port={gevent_port}",
         f"--workers={workers}", f"--max-cron-threads={cron_threads}", "--log-level=info",
         f"--logfile={logfile}"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/web/health")
            if conn.getresponse().status == 200:
                return server
        except OSError:
            time.sleep(0.5)
    server.terminate()
    raise RuntimeError("the Odoo server did not answer within 120 s")


def stop_server(server):
    if server and server.poll() is None:
        server.terminate()
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def server_figures(logfile, path_prefix, method):
    """Mean server time (ms) and SQL queries per request, from Odoo's access-log lines."""
    times, queries = [], []
    with open(logfile, encoding="utf-8", errors="replace") as handle:
        for line in handle:
            match = ACCESS_LINE.search(line)
            if match and match["method"] == method and match["path"].startswith(path_prefix):
                times.append(1000 * (float(match["sql"]) + float(match["other"])))
                queries.append(int(match["queries"]))
    if not times:
        return None
    return statistics.mean(times), statistics.mean(queries), len(times)


def count_events(db, integration_ids):
    with psycopg2.connect(dbname=db) as conn, conn.cursor() as cr:
        cr.execute(
            """SELECT integration_id, external_id, state, count(*)
                 FROM fincycle_webhook_event WHERE integration_id = ANY(%s)
                GROUP BY integration_id, external_id, state""",
            [list(integration_ids)],
        )
        rows = cr.fetchall()
    conn.close()
    return rows


def pending_count(db):
    with psycopg2.connect(dbname=db) as conn, conn.cursor() as cr:
        cr.execute(
            "SELECT state, count(*) FROM fincycle_webhook_event GROUP BY state",
        )
        counts = dict(cr.fetchall())
    conn.close()
    return counts


class CpuMeter:
    """CPU seconds used by the Odoo server (all its processes), the database's PostgreSQL
    backends and this process (the load generator), between ``start`` and ``stop``."""

    def __init__(self, server, db):
        self.server, self.db = server, db
        self.totals = Counter()

    def _sample(self):
        import psutil  # noqa: PLC0415 - an Odoo dependency

        def cpu(processes):
            total = 0.0
            for process in processes:
                try:
                    times = process.cpu_times()
                    total += times.user + times.system
                except psutil.Error:
                    pass
            return total

        root = psutil.Process(self.server.pid)
        with psycopg2.connect(dbname=self.db) as conn, conn.cursor() as cr:
            cr.execute(
                "SELECT pid FROM pg_stat_activity WHERE datname = %s AND pid != pg_backend_pid()",
                [self.db],
            )
            pids = [pid for (pid,) in cr.fetchall()]
        conn.close()
        backends = []
        for pid in pids:
            try:
                backends.append(psutil.Process(pid))
            except psutil.Error:
                pass  # a backend that just closed
        return {
            "server": cpu([root, *root.children(recursive=True)]),
            "postgres": cpu(backends),
            "client": cpu([psutil.Process()]),
        }

    def measure(self, phase, func):
        before = self._sample()
        result = func()
        after = self._sample()
        for part, value in after.items():
            self.totals[(phase, part)] += value - before[part]
        return result


def queue_failing_retries(env, cr, count):
    """Settle the healthy backlog and queue ``count`` due retries of a connection whose
    provider cannot be reached (a closed local port); returns the connection."""
    say(f"fairness: {count} due retries of a connection whose provider cannot be reached")
    cr.execute(
        "UPDATE fincycle_webhook_event SET state = 'processed' WHERE state IN ('received', 'failed')"
    )
    broken = env["fincycle.integration"].create(
        {
            "name": "Qonto unreachable",
            "provider": "qonto",
            "environment": "sandbox",
            "company_id": env.ref("base.main_company").id,
            "base_url": f"http://127.0.0.1:{benchlib.free_port()}",
            "qonto_auth_mode": "api_key",
            "state": "connected",
        }
    )
    broken.write({"api_key": "bench-login", "api_secret": "bench-secret"})
    env.flush_all()
    cr.execute(
        """INSERT INTO fincycle_webhook_event
               (integration_id, company_id, provider, external_id, event_type, received_at,
                body, body_encoding, signature_valid, state, attempts, next_attempt_at,
                last_error)
           SELECT %(id)s, %(company)s, 'qonto', 'unreachable-' || n, 'v1/transactions',
                  now() at time zone 'utc' - interval '1 hour',
                  '{"id": "unreachable-' || n || '", "type": "v1/transactions", '
                  || '"data": {"event": "created", "id": "' || gen_random_uuid() || '"}}',
                  'utf-8', true, 'failed', 2, now() at time zone 'utc' - interval '1 minute',
                  'provider unreachable'
             FROM generate_series(1, %(count)s) n""",
        {"id": broken.id, "company": broken.company_id.id, "count": count},
    )
    cr.commit()
    return broken


def fairness(cr, db, port, source, *, wait):
    """With the server just restarted and its cron at work on the failing retries, send 40
    new events to the healthy connections: seconds until all are processed (None if not
    within ``wait``), and the attempts made on the failing connection meanwhile."""
    wake_cron(db)
    time.sleep(3)  # the cron is at work on the retries
    results, _seconds = run_load(port, 4, 60, 40, source.make, done=source.acknowledge)
    sent_at = time.monotonic()
    ids = [json.loads(r[2]).get("event") for r in results if r[1] == 200]
    done_in = None
    while time.monotonic() - sent_at < wait:
        cr.execute(
            "SELECT count(*) FROM fincycle_webhook_event WHERE id = ANY(%s) AND state = 'processed'",
            [ids],
        )
        done = cr.fetchone()[0]
        cr.commit()
        if done == len(ids):
            done_in = time.monotonic() - sent_at
            break
        time.sleep(0.5)
    cr.execute(
        """SELECT coalesce(sum(attempts - 2), 0) FROM fincycle_webhook_event e
             JOIN fincycle_integration i ON i.id = e.integration_id
            WHERE i.name = 'Qonto unreachable'"""
    )
    attempts = cr.fetchone()[0]
    cr.commit()
    return {"sent": len(ids), "done_in": done_in, "attempts": attempts}


def wake_cron(db):
    """What Odoo's ``ir.cron._notifydb`` sends: wake the cron workers for ``db``."""
    conn = psycopg2.connect(dbname="postgres")
    conn.autocommit = True
    with conn.cursor() as cr:
        cr.execute("SELECT pg_notify('cron_trigger', %s)", [db])
    conn.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--duration", type=float, default=30.0, help="seconds per load phase")
    parser.add_argument("--slice", type=float, default=5.0, help="seconds per alternation")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--replays", type=float, default=0.1, help="share of replays")
    parser.add_argument(
        "--races", type=float, default=0.02, help="share of new events sent twice at once"
    )
    parser.add_argument("--max-events", type=int, default=24_000, help="unique events at most")
    parser.add_argument("--drain-seconds", type=float, default=60.0)
    parser.add_argument("--retries", type=int, default=300, help="§4: due failing retries")
    parser.add_argument("--fairness-seconds", type=float, default=120.0)
    parser.add_argument("--db", default=f"fincycle_bench_intake_{os.getpid()}")
    parser.add_argument("--port", type=int, default=0, help="HTTP port (default: a free one)")
    parser.add_argument("--gevent-port", type=int, default=0)
    parser.add_argument(
        "--odoo-route",
        action="store_true",
        help="deliveries through Odoo's route (fincycle_webhook_fast_path = False)",
    )
    parser.add_argument("--keep-db", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    os.chdir(ROOT)
    from fincycle.testing.fake_qonto import FakeQonto  # noqa: PLC0415
    from fincycle.testing.fake_revolut import FakeRevolut  # noqa: PLC0415

    port = args.port or benchlib.free_port()
    gevent_port = args.gevent_port or benchlib.free_port()
    benchlib.create_database(args.db, MODULES)
    revolut_fake = FakeRevolut(
        client_id="bench-client", issuer=ISSUER, require_https_webhooks=False
    )
    qonto_fake = FakeQonto()
    revolut_fake.start()
    qonto_fake.start()
    env, cr = benchlib.odoo_env(args.db)
    logdir = tempfile.mkdtemp(prefix="fincycle-intake-")
    conf = str(ROOT / "odoo.conf")
    if args.odoo_route:
        conf = os.path.join(logdir, "odoo.conf")
        with open(ROOT / "odoo.conf", encoding="utf-8") as source_conf:
            text = source_conf.read()
        text = re.sub(r"(?m)^addons_path\s*=\s*addons\s*$", f"addons_path = {ROOT}/addons", text)
        with open(conf, "w", encoding="utf-8") as handle:
            handle.write(text.rstrip("\n") + "\nfincycle_webhook_fast_path = False\n")
    server = None
    figures = {}
    try:
        per_provider = args.max_events // 2
        say(f"fakes: {per_provider} transactions per provider; one connection per provider")
        connections = setup_connections(env, revolut_fake, qonto_fake, per_provider)
        cr.commit()
        tokens = [token for _id, token, _txs in connections.values()]
        integration_ids = [id_ for id_, _token, _txs in connections.values()]

        logfile = os.path.join(logdir, "intake.log")
        say(f"starting Odoo on 127.0.0.1:{port}, {args.workers} workers, no cron, log {logfile}")
        server = start_server(
            args.db,
            port,
            gevent_port=gevent_port,
            workers=args.workers,
            cron_threads=0,
            logfile=logfile,
            conf=conf,
        )
        # per provider: the last 40 transactions warm the route up, the 20 before them are the
        # new events of the fairness phase, the run sends the others
        source = EventSource(
            connections, args.replays, stop=per_provider - 60, race_share=args.races
        ).prepare()
        warm = EventSource(connections, 0.0, first=per_provider - 40, seed=99).prepare()
        late = EventSource(
            connections, 0.0, first=per_provider - 60, stop=per_provider - 40, seed=98
        ).prepare()
        health = ("GET", "/web/health", None, {})

        def health_request():
            return health, None

        say("warming up both routes (every worker loads the registry)")
        run_load(port, args.concurrency, 3, 10**9, health_request)
        run_load(port, args.concurrency, 3, 64, warm.make, done=warm.acknowledge)
        warm_keys = {(p, k) for p, k, _b in warm.acknowledged}
        with open(logfile, "a", encoding="utf-8") as handle:
            handle.write("---- measured run starts here ----\n")
        mark = os.path.getsize(logfile)

        # Floor and intake alternate in short slices, so both meet the same background load.
        slices = max(1, round(args.duration / args.slice))
        say(f"floor (GET /web/health) and intake (signed events, {args.replays:.0%} replays), "
            f"concurrency {args.concurrency}, {slices} x {args.duration / slices:.0f} s each")  # fmt: skip
        floor, floor_seconds, intake, intake_seconds = [], 0.0, [], 0.0
        meter = CpuMeter(server, args.db)
        for _slice in range(slices):
            results, seconds = meter.measure(
                "floor",
                lambda: run_load(
                    port, args.concurrency, args.duration / slices, 10**9, health_request
                ),
            )
            floor += results
            floor_seconds += seconds
            results, seconds = meter.measure(
                "intake",
                lambda: run_load(
                    port,
                    args.concurrency,
                    args.duration / slices,
                    args.max_events,
                    source.make,
                    done=source.acknowledge,
                ),
            )
            intake += results
            intake_seconds += seconds
        if source.exhausted:
            say("warning: every prepared transaction was sent; raise --max-events")
        time.sleep(1)  # the last access-log lines

        # figures from the client
        floor_ok = [r for r in floor if r[1] == 200]
        intake_ok = [r for r in intake if 200 <= r[1] < 300]
        statuses = Counter(r[1] for r in intake)
        figures["floor"] = len(floor_ok) / floor_seconds
        figures["intake"] = len(intake_ok) / intake_seconds
        figures["floor_lat"] = [r[0] for r in floor_ok]
        figures["intake_lat"] = [r[0] for r in intake_ok]
        for phase, results in (("floor", floor), ("intake", intake)):
            figures[f"cpu_{phase}"] = {
                part: 1000 * meter.totals[(phase, part)] / max(len(results), 1)
                for part in ("server", "postgres", "client")
            }
        figures["errors"] = sum(n for status, n in statuses.items() if not 200 <= status < 300)
        answers = Counter(json.loads(r[2]).get("status") for r in intake_ok)

        # figures from the server's access log (only the measured run)
        measured_log = os.path.join(logdir, "measured.log")
        with open(logfile, "rb") as full, open(measured_log, "wb") as part:
            full.seek(mark)
            part.write(full.read())
        figures["server_event"] = server_figures(measured_log, "/fincycle/webhook/", "POST")
        figures["server_health"] = server_figures(measured_log, "/web/health", "GET")
        with open(logfile, encoding="utf-8", errors="replace") as handle:
            figures["token_lines"] = sum(1 for line in handle if any(t in line for t in tokens))
        with open(measured_log, encoding="utf-8", errors="replace") as handle:
            lines = handle.readlines()
        figures["error_lines"] = sum(1 for line in lines if " ERROR " in line)
        figures["retried"] = sum(
            1
            for line in lines
            if "tries left, try again" in line or "retrying a webhook delivery" in line
        )

        # what the database holds
        live, duplicate_rows, rejected_rows = Counter(), 0, 0
        names = {id_: name for name, (id_, _t, _x) in connections.items()}
        for integration_id, external_id, state, count in count_events(args.db, integration_ids):
            if state == "duplicate":
                duplicate_rows += count
            elif state == "rejected":
                rejected_rows += count
            else:
                live[(names[integration_id], external_id)] += count
        acknowledged = {(p, k) for p, k, _b in source.acknowledged}
        figures["sent_unique"] = len(acknowledged)
        figures["stored"] = sum(1 for key in acknowledged if live.get(key))
        figures["lost"] = sum(1 for key in acknowledged if not live.get(key))
        figures["duplicated"] = sum(n - 1 for n in live.values() if n > 1)
        figures["unexpected"] = sum(1 for key in live if key not in acknowledged | warm_keys)
        figures["replays"] = answers.get("duplicate", 0)
        figures["duplicate_rows"] = duplicate_rows
        figures["rejected_rows"] = rejected_rows
        stop_server(server)

        # §4: the drain rate of a healthy queue (every event books one statement line)
        drain_log = os.path.join(logdir, "drain.log")
        say(f"drain: restarting Odoo with one cron worker for at most {args.drain_seconds:.0f} s")
        before = pending_count(args.db)
        queued = before.get("received", 0) + before.get("failed", 0)
        server = start_server(
            args.db,
            port,
            gevent_port=gevent_port,
            workers=args.workers,
            cron_threads=1,
            logfile=drain_log,
            conf=conf,
        )
        started = time.monotonic()
        first_done_at = None
        processed_start = before.get("processed", 0)
        counts = before
        while time.monotonic() - started < args.drain_seconds:
            if first_done_at is None:
                wake_cron(args.db)  # a fresh cron worker first sleeps up to a minute
            time.sleep(1)
            counts = pending_count(args.db)
            done = counts.get("processed", 0) - processed_start
            if done and first_done_at is None:
                first_done_at = time.monotonic()
            if counts.get("received", 0) + counts.get("failed", 0) == 0:
                break
        drained_seconds = time.monotonic() - (first_done_at or started)
        done = counts.get("processed", 0) - processed_start
        figures["drain"] = 60 * done / drained_seconds if done else 0.0
        figures["drain_done"] = done
        figures["drain_queued"] = queued
        figures["drain_failed"] = counts.get("failed", 0) + counts.get("dead", 0)
        figures["drain_seconds"] = drained_seconds

        # §4: after a restart, new events of healthy connections behind the due retries of a
        # failing one
        stop_server(server)
        cr.commit()  # a fresh snapshot
        queue_failing_retries(env, cr, args.retries)
        server = start_server(
            args.db, port, gevent_port=gevent_port, workers=args.workers, cron_threads=1,
            logfile=os.path.join(logdir, "fairness.log"), conf=conf,
        )  # fmt: skip
        figures["fairness"] = fairness(cr, args.db, port, late, wait=args.fairness_seconds)
        figures["fairness"]["retries"] = args.retries
    finally:
        stop_server(server)
        revolut_fake.stop()
        qonto_fake.stop()
        cr.close()
        import odoo.sql_db  # noqa: PLC0415

        odoo.sql_db.close_all()
        if not args.keep_db:
            subprocess.run(["dropdb", "--if-exists", args.db], check=False)
            say(f"dropped {args.db}")

    print()
    ratio = figures["intake"] / figures["floor"] if figures["floor"] else 0.0
    print(f"intake {figures['intake']:.1f} req/s, floor {figures['floor']:.1f} req/s")
    print(f"ratio {ratio:.2f}")
    for name in ("intake", "floor"):
        lat = figures[f"{name}_lat"]
        print(f"{name} p50 {1000 * percentile(lat, 0.5):.0f} ms, "
              f"p99 {1000 * percentile(lat, 0.99):.0f} ms")  # fmt: skip
    print(f"lost {figures['lost']}, duplicated {figures['duplicated']}")
    print(f"stored {figures['stored']} of {figures['sent_unique']} acknowledged unique events, "
          f"{figures['replays']} replays answered duplicate, {figures['errors']} non-2xx answers, "
          f"{figures['unexpected']} unexpected live events")  # fmt: skip
    for label, key in (("event", "server_event"), ("health", "server_health")):
        if figures.get(key):
            ms, queries, n = figures[key]
            print(f"server time per {label} {ms:.1f} ms, {queries:.1f} SQL queries ({n} requests)")
    for phase in ("intake", "floor"):
        cpu = figures[f"cpu_{phase}"]
        print(f"cpu per {phase} request: server {cpu['server']:.2f} ms, "
              f"postgres {cpu['postgres']:.2f} ms, load generator {cpu['client']:.2f} ms")  # fmt: skip
    print(f"token in log {figures['token_lines']} lines")
    print(f"ERROR lines in log {figures['error_lines']}, "
          f"requests retried after a concurrency error {figures['retried']}")  # fmt: skip
    fair = figures["fairness"]
    if not fair["sent"]:
        waited = "- none could be sent"
    elif fair["done_in"] is None:
        waited = f"NOT within {args.fairness_seconds:.0f} s"
    else:
        waited = f"in {fair['done_in']:.1f} s"
    print(f"new events behind {fair['retries']} due failing retries: {fair['sent']} processed "
          f"{waited} ({fair['attempts']} attempts on the failing connection meanwhile)")  # fmt: skip
    print(f"drain {figures['drain']:.0f} events/min ({figures['drain_done']} of "
          f"{figures['drain_queued']} queued in {figures['drain_seconds']:.0f} s, "
          f"{figures['drain_failed']} failed)")  # fmt: skip


if __name__ == "__main__":
    main()
