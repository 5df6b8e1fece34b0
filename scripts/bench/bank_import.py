#!/usr/bin/env python3
# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Bank-feed import benchmark, end to end, in one run on one fresh database.

The fake Revolut server (fincycle.testing.fake_revolut, contract-enforcing) serves N
transactions (default 10,000) of one account; they are imported into one journal and timed
against the floor and the alternatives:

  1. our import: a scheduled Revolut pull (paging, mapping, dedup, statements, balance check)
  2. the floor: a bare ORM ``account.bank.statement.line.create`` of the same lines
  3. the same lines as a camt.053 file through the OCA importer (with the Fincycle id guard)
  4. the whole batch received again (all duplicates)
  5. webhook → statement line latency (p50/p95) with a real Odoo server, idle, cron thread on

Usage: .venv/bin/python scripts/bench/bank_import.py [--lines 10000] [--webhooks 20] [--keep-db]
"""

import argparse
import base64
import os
import random
import statistics
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from xml.sax.saxutils import escape

import benchlib
import requests
from benchlib import PY, ROOT, say

ISSUER = "bench.fincycle.test"
IBAN = "LT603250000000000001"
CAMT_IBAN = "CH5604835012345678009"


def fill_fake(fake, account_id, count):
    start = datetime.now(timezone.utc) - timedelta(days=20)
    rng = random.Random(42)
    names = [fake.add_counterparty(f"Customer {n}", iban=None) for n in range(50)]
    step = timedelta(days=19) / count
    for n in range(count):
        amount = round(rng.uniform(-900, 1500), 2) or 1.0
        fake.add_transaction(
            account_id,
            amount,
            created_at=start + step * n,
            reference=f"INV/2026/{n:05d}",
            counterparty=names[n % len(names)],
        )


def timed_pull(provider, since):
    """Seconds a scheduled pull of the provider's feed from ``since`` takes, committed."""
    provider.write({"last_successful_run": since, "next_run": datetime.now()})
    started = time.perf_counter()
    provider.with_context(scheduled=True, tracking_disable=True)._pull(
        since, datetime.now() + timedelta(seconds=5)
    )
    provider.env.flush_all()
    provider.env.cr.commit()
    return time.perf_counter() - started


def camt_file(lines, currency):
    entries = []
    for n, line in enumerate(lines):
        amount = abs(line["amount"])
        sign = "CRDT" if line["amount"] > 0 else "DBIT"
        day = line["date"].strftime("%Y-%m-%d")
        entries.append(
            f"""<Ntry><Amt Ccy="{currency}">{amount:.2f}</Amt><CdtDbtInd>{sign}</CdtDbtInd>
<Sts>BOOK</Sts><BookgDt><Dt>{day}</Dt></BookgDt><ValDt><Dt>{day}</Dt></ValDt>
<AcctSvcrRef>BENCH{n:07d}</AcctSvcrRef><BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd>
<SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd><NtryDtls><TxDtls><Refs>
<AcctSvcrRef>BENCH{n:07d}</AcctSvcrRef><EndToEndId>E2E{n:07d}</EndToEndId></Refs>
<AmtDtls><TxAmt><Amt Ccy="{currency}">{amount:.2f}</Amt></TxAmt></AmtDtls>
<RltdPties><Dbtr><Nm>{escape(line.get("partner_name") or "x")}</Nm></Dbtr></RltdPties>
<RmtInf><Ustrd>{escape(line["payment_ref"])}</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>"""
        )
    total = sum(line["amount"] for line in lines)
    first = min(line["date"] for line in lines).strftime("%Y-%m-%d")
    last = max(line["date"] for line in lines).strftime("%Y-%m-%d")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>
<GrpHdr><MsgId>BENCH</MsgId><CreDtTm>{last}T23:00:00</CreDtTm></GrpHdr>
<Stmt><Id>BENCH-1</Id><CreDtTm>{last}T23:00:00</CreDtTm>
<FrToDt><FrDtTm>{first}T00:00:00</FrDtTm><ToDtTm>{last}T23:59:59</ToDtTm></FrToDt>
<Acct><Id><IBAN>{CAMT_IBAN}</IBAN></Id><Ccy>{currency}</Ccy></Acct>
<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="{currency}">0.00</Amt>
<CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>{first}</Dt></Dt></Bal>
<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="{currency}">{abs(total):.2f}</Amt>
<CdtDbtInd>{"CRDT" if total >= 0 else "DBIT"}</CdtDbtInd><Dt><Dt>{last}</Dt></Dt></Bal>
{"".join(entries)}</Stmt></BkToCstmrStmt></Document>""".encode()


def bank_journal(env, company, name, code, iban=None):
    vals = {"name": name, "code": code, "type": "bank", "company_id": company.id}
    if iban:
        vals["bank_account_id"] = (
            env["res.partner.bank"]
            .create({"acc_number": iban, "partner_id": company.partner_id.id})
            .id
        )
    return env["account.journal"].create(vals)


def count_lines(env, journal):
    return env["account.bank.statement.line"].search_count([("journal_id", "=", journal.id)])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lines", type=int, default=10_000)
    parser.add_argument("--webhooks", type=int, default=20)
    parser.add_argument("--db", default=f"fincycle_bench_{os.getpid()}")
    parser.add_argument("--keep-db", action="store_true")
    parser.add_argument(
        "--with-autopilot",
        action="store_true",
        help="install the reconciliation autopilot too (the cost of the whole suite on import)",
    )
    parser.add_argument("--profile", action="store_true", help="cProfile our import (step 1)")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    os.chdir(ROOT)
    from fincycle.testing.fake_revolut import FakeRevolut  # noqa: PLC0415

    modules = "account_statement_import_online_revolut,account_statement_import_file_fincycle"
    if args.with_autopilot:
        modules += ",account_reconcile_autopilot"
    benchlib.create_database(args.db, modules)
    env, cr = benchlib.odoo_env(args.db)
    results = {}
    fake = FakeRevolut(client_id="bench-client", issuer=ISSUER, require_https_webhooks=False)
    fake.start()
    server = None
    try:
        env["ir.config_parameter"].set_param("web.base.url", f"https://{ISSUER}")
        company = env.ref("base.main_company")
        eur = fake.add_account("EUR", balance=0, iban=IBAN)
        say(f"fake Revolut: filling {args.lines} transactions")
        fill_fake(fake, eur["id"], args.lines)

        integration = benchlib.connected_revolut_integration(env, fake, company, "bench-client")
        journal = bank_journal(env, company, "Revolut EUR bench", "RBEN", IBAN)
        company_currency = company.currency_id.name
        if company_currency != "EUR":
            journal.currency_id = env.ref("base.EUR")
            env.ref("base.EUR").active = True
        provider = env["online.bank.statement.provider"].create(
            {"journal_id": journal.id, "service": "revolut",
             "fincycle_integration_id": integration.id,
             "fincycle_remote_account_id": eur["id"], "interval_type": "minutes",
             "interval_number": 15, "tz": "UTC"}
        )  # fmt: skip
        cr.commit()

        # 1. our import
        since = datetime.now() - timedelta(days=21)
        profiler = None
        if args.profile:
            import cProfile  # noqa: PLC0415

            profiler = cProfile.Profile()
            profiler.enable()
        ours = timed_pull(provider, since)
        if profiler:
            import pstats  # noqa: PLC0415

            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(45)
        booked = count_lines(env, journal)
        if provider.fincycle_last_failure_message:
            say(f"pull failed: {provider.fincycle_last_failure_message}")
        results["ours"] = booked / ours
        say(f"1. our import: {booked} lines in {ours:.1f} s = {booked / ours:.1f} lines/s; "
            f"balance check {provider.fincycle_balance_state}")  # fmt: skip

        # the same lines, as plain values, for the floor and the camt file
        lines = env["account.bank.statement.line"].search_read(
            [("journal_id", "=", journal.id)],
            [
                "date",
                "amount",
                "payment_ref",
                "partner_name",
                "account_number",
                "narration",
                "raw_data",
                "unique_import_id",
                "transaction_type",
            ],
            order="date, id",
        )
        for line in lines:
            line.pop("id")

        # 2. the floor: bare ORM create of the same lines in another journal
        floor_journal = bank_journal(env, company, "Floor bench", "FLOR")
        if company_currency != "EUR":
            floor_journal.currency_id = env.ref("base.EUR")
        cr.commit()
        vals_list = [
            dict(
                line,
                journal_id=floor_journal.id,
                unique_import_id="floor-" + line["unique_import_id"],
            )
            for line in lines
        ]
        started = time.perf_counter()
        env["account.bank.statement.line"].with_context(tracking_disable=True).create(vals_list)
        env.flush_all()
        cr.commit()
        floor = time.perf_counter() - started
        results["floor"] = len(lines) / floor
        say(f"2. bare ORM create: {len(lines)} lines in {floor:.1f} s = "
            f"{len(lines) / floor:.1f} lines/s")  # fmt: skip

        # 3. the same lines as camt.053 through the OCA importer
        camt_journal = bank_journal(env, company, "camt bench", "CAMT", CAMT_IBAN)
        if company_currency != "EUR":
            camt_journal.currency_id = env.ref("base.EUR")
        cr.commit()
        data = camt_file(lines, "EUR")
        wizard = env["account.statement.import"].create(
            {"statement_file": base64.b64encode(data), "statement_filename": "bench.xml"}
        )
        started = time.perf_counter()
        wizard.with_context(journal_id=camt_journal.id).import_file_button()
        env.flush_all()
        cr.commit()
        camt = time.perf_counter() - started
        camt_count = count_lines(env, camt_journal)
        results["camt"] = camt_count / camt
        say(f"3. OCA camt importer: {camt_count} lines in {camt:.1f} s = "
            f"{camt_count / camt:.1f} lines/s")  # fmt: skip

        # 4. the whole batch again: all duplicates
        again = timed_pull(provider, since)
        added = count_lines(env, journal) - booked
        results["dupes"] = args.lines / again
        say(f"4. re-delivery of {args.lines}: {added} added, {again:.2f} s = "
            f"{args.lines / again:.0f} lines/s (fetch + recognise)")  # fmt: skip

        # 5. webhook latency against a real server
        integration.action_fincycle_webhook_register()
        cr.commit()
        port = benchlib.free_port()
        say(f"5. starting Odoo on 127.0.0.1:{port} (1 cron thread) for webhook latency")
        server = subprocess.Popen(
            [PY, "-m", "odoo", "-c", "odoo.conf", "-d", args.db, f"--db-filter=^{args.db}$",
             "--http-interface=127.0.0.1", f"--http-port={port}", "--max-cron-threads=1",
             "--workers=0", "--log-level=warn"],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if requests.get(base + "/web/login", timeout=2).status_code == 200:
                    break
            except requests.RequestException:
                time.sleep(0.5)
        time.sleep(3)  # let the cron thread start listening
        latencies = []
        for n in range(args.webhooks):
            tx = fake.add_transaction(eur["id"], 10 + n, reference=f"HOOK-{n}")
            url, body, headers = fake.webhook_delivery("TransactionCreated", tx)
            path = url.split(ISSUER, 1)[1]
            started = time.perf_counter()
            response = requests.post(base + path, data=body, headers=headers, timeout=10)
            if response.status_code != 200:
                say(f"   webhook {n}: HTTP {response.status_code} {response.text[:200]}")
                continue
            while time.perf_counter() - started < 60:
                cr.execute(
                    "SELECT 1 FROM account_bank_statement_line WHERE unique_import_id LIKE %s",
                    [f"%{tx['id']}%"],
                )
                if cr.fetchone():
                    latencies.append(time.perf_counter() - started)
                    break
                cr.commit()  # a fresh snapshot for the next look
                time.sleep(0.05)
            else:
                say(f"   webhook {n}: no line after 60 s")
            time.sleep(0.5)
        if latencies:
            latencies.sort()
            p95 = latencies[min(len(latencies) - 1, round(0.95 * len(latencies)) - 1)]
            results["p95"] = p95
            say(f"5. webhook → line: {len(latencies)}/{args.webhooks} booked, "
                f"p50 {statistics.median(latencies):.2f} s, p95 {p95:.2f} s")  # fmt: skip
    finally:
        if server:
            server.terminate()
            server.wait(timeout=30)
        fake.stop()
        cr.close()
        import odoo.sql_db  # noqa: PLC0415

        odoo.sql_db.close_all()
        if not args.keep_db:
            subprocess.run(["dropdb", "--if-exists", args.db], check=False)

    print()
    print(f"lines: {args.lines}")
    print(f"our import            {results.get('ours', 0):8.1f} lines/s")
    print(f"bare ORM create       {results.get('floor', 0):8.1f} lines/s  (the floor)")
    print(f"OCA camt importer     {results.get('camt', 0):8.1f} lines/s")
    if results.get("floor"):
        print(f"our overhead on ORM   {100 * (results['floor'] / results['ours'] - 1):+8.1f} %")
    print(f"re-delivery (dupes)   {results.get('dupes', 0):8.0f} lines/s")
    if "p95" in results:
        print(f"webhook → line p95    {results['p95']:8.2f} s")


if __name__ == "__main__":
    main()
