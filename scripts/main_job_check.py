#!/usr/bin/env python3
"""The README's main job, the way a new user runs it: ``scripts/run.sh`` on a fresh database.

Starts ``scripts/run.sh`` (which builds the demo database outside the test runner, exactly as a
user's first run does, then serves it) on a free port, waits for ``/web/login``, signs in over
JSON-RPC with every login that run.sh prints and opens the web client with each, stops the
server, runs the browser tours (``addons/*/tests/test_*tour*.py``) on that demo database as the
demo users (screenshots under ``$FINCYCLE_SCREENSHOTS``, default ``/tmp/<database>-screens``),
checks how ``scripts/lib/demo_db.sh`` judges complete and half-built databases, then drops the
database.  Prints one line per check and ends with ``N passed, M failed`` (each tour counts);
exit 1 on any failure.  Run by scripts/test.sh (so by CI).

    .venv/bin/python scripts/main_job_check.py [--keep] [--no-tours]
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
BUILD_TIMEOUT = 900  # seconds: the demo build takes 1-3 minutes on 2 cores
LOGIN_LINE = re.compile(r"^\[run\]\s+(?:logins:)?\s*(\S+) / (\S+)\s")


class Checks:
    def __init__(self):
        self.passed = self.failed = 0

    def check(self, ok: bool, what: str, detail: str = "") -> bool:
        if ok:
            self.passed += 1
            print(f"[main job] ok    {what}")
        else:
            self.failed += 1
            print(f"[main job] FAIL  {what}{': ' + detail if detail else ''}")
        return ok


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def shell_state(db: str) -> str:
    """What scripts/lib/demo_db.sh says of ``db`` (the function run.sh decides with)."""
    script = f'ROOT="{ROOT}"; PY="{sys.executable}"; . scripts/lib/demo_db.sh; demo_db_state "$1"'
    out = subprocess.run(
        ["bash", "-c", script, "state", db], cwd=ROOT, capture_output=True, text=True, check=False
    )
    return out.stdout.strip()


def psql(db: str, sql: str) -> None:
    subprocess.run(["psql", "-d", db, "-qc", sql], check=True, capture_output=True)


def drop(db: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "odoo", "db", "--config", "odoo.conf", "drop", db],
        cwd=ROOT,
        capture_output=True,
        check=False,
    )
    subprocess.run(["dropdb", "--if-exists", db], capture_output=True, check=False)


def wait_for_login_page(server: subprocess.Popen, base: str, log: Path) -> tuple[bool, str]:
    deadline = time.monotonic() + BUILD_TIMEOUT
    while time.monotonic() < deadline:
        if server.poll() is not None:
            tail = "\n".join(log.read_text(errors="replace").splitlines()[-15:])
            return False, f"scripts/run.sh exited with {server.returncode}:\n{tail}"
        try:
            response = requests.get(f"{base}/web/login", timeout=5)
            if response.status_code == 200:
                return True, ""
        except requests.RequestException:
            pass
        time.sleep(2)
    return False, f"no answer within {BUILD_TIMEOUT} s"


def sign_in(base: str, db: str, login: str, password: str) -> tuple[bool, str]:
    """JSON-RPC authentication, then the web client with that session."""
    session = requests.Session()
    answer = session.post(
        f"{base}/web/session/authenticate",
        json={
            "jsonrpc": "2.0",
            "method": "call",
            "params": {"db": db, "login": login, "password": password},
        },
        timeout=60,
    ).json()
    result = answer.get("result") or {}
    if not result.get("uid"):
        error = (answer.get("error") or {}).get("data", {}).get("message") or answer
        return False, f"authentication refused: {str(error)[:200]}"
    if not result.get("is_internal_user", True):  # a portal user: her invoices online
        portal = session.get(f"{base}/my/invoices", timeout=60)
        if portal.status_code != 200 or "/my/invoices/" not in portal.text:
            return False, f"portal invoices answered HTTP {portal.status_code}, none listed"
        return True, f"uid {result['uid']}, portal with invoices"
    client = session.get(f"{base}/odoo", timeout=60)
    if client.status_code != 200 or "odoo.__session_info__" not in client.text:
        return False, f"web client answered HTTP {client.status_code}"
    return True, f"uid {result['uid']}"


def run_tours(db: str, checks: Checks) -> None:
    """The browser tours on the demo database, with pytest-odoo as scripts/test.sh runs tests."""
    tours = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob("addons/*/tests/test_*tour*.py"))
    if not tours:
        return
    screens = os.environ.get("FINCYCLE_SCREENSHOTS") or f"{tempfile.gettempdir()}/{db}-screens"
    config = Path(tempfile.mkstemp(prefix="fincycle-tours-", suffix=".conf")[1])
    text = (ROOT / "odoo.conf").read_text()
    config.write_text(re.sub(r"(?m)^http_port\s*=.*$", f"http_port = {free_port()}", text))
    log = Path(tempfile.gettempdir()) / f"{db}-tours.log"
    print(
        f"[main job] tours: {len(tours)} files as the demo users (log: {log}, screens: {screens})"
    )
    started = time.monotonic()
    with log.open("w") as out:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-p",
                "odoo",
                "-o",
                "addopts=",
                "--import-mode=importlib",
                "-p",
                "no:cacheprovider",
                "-rfEs",
                f"--odoo-database={db}",
                f"--odoo-config={config}",
                "--odoo-http",
                *tours,
            ],
            cwd=ROOT,
            env={**os.environ, "FINCYCLE_SCREENSHOTS": screens},
            stdout=out,
            stderr=subprocess.STDOUT,
            check=False,
        )
    config.unlink(missing_ok=True)
    output = log.read_text(errors="replace")
    for line in output.splitlines():
        match = re.match(r"^(PASSED|FAILED|ERROR|SKIPPED)\S* (\S+)", line)
        if match and match.group(1) != "PASSED":
            print(f"[main job] {match.group(1)} {match.group(2)}")
    summary = re.findall(
        r"(\d+) (passed|failed|errors?)", output.splitlines()[-1] if output else ""
    )
    counts = {kind.rstrip("s"): int(n) for n, kind in summary}
    checks.passed += counts.get("passed", 0)
    failed = counts.get("failed", 0) + counts.get("error", 0)
    checks.failed += failed
    if not summary:
        checks.check(False, "tours printed no summary", f"see {log}")
    else:
        print(
            f"[main job] tours: {counts.get('passed', 0)} passed, {failed} failed "
            f"({time.monotonic() - started:.0f} s)"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument("--no-tours", action="store_true", help="skip the browser tours")
    args = parser.parse_args()
    checks = Checks()
    db = f"fincycle_mainjob_{int(time.time())}_{os.getpid()}"
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = Path(tempfile.gettempdir()) / f"{db}.log"
    env = {**os.environ, "FINCYCLE_DB": db, "FINCYCLE_PORT": str(port)}
    started = time.monotonic()
    print(f"[main job] scripts/run.sh with FINCYCLE_DB={db} FINCYCLE_PORT={port} (log: {log})")
    with log.open("w") as out:
        server = subprocess.Popen(  # its own process group: stopped as a whole below
            ["scripts/run.sh"],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        up, why = wait_for_login_page(server, base, log)
        checks.check(up, f"/web/login answers 200 ({time.monotonic() - started:.0f} s)", why)
        logins = [m.groups() for m in map(LOGIN_LINE.match, log.read_text().splitlines()) if m]
        checks.check(len(logins) >= 4, f"run.sh names {len(logins)} demo logins")
        if up:
            for login, password in logins:
                ok, detail = sign_in(base, db, login, password)
                checks.check(ok, f"{login} signs in and opens the web client or portal", detail)
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait()
    if up and not args.no_tours:
        run_tours(db, checks)
    # How run.sh judges databases: complete, half-built (rebuilt), a demo built before
    # fincycle_demo (rebuilt), or not a demo (refused).
    state = shell_state(db)
    checks.check(state == "ready", "the built database is judged complete", state)
    if state == "ready":
        psql(db, "UPDATE ir_module_module SET state = 'to upgrade' WHERE name = 'fincycle'")
        state = shell_state(db)
        checks.check(state == "incomplete", "a half-installed database is rebuilt", state)
        psql(db, "UPDATE ir_module_module SET state = 'installed' WHERE name = 'fincycle'")
        # What a demo database built before fincycle_demo looks like: the records belong to the
        # suite, fincycle_demo is not installed.
        psql(db, "UPDATE ir_module_module SET state = 'uninstalled' WHERE name = 'fincycle_demo'")
        psql(db, "UPDATE ir_model_data SET module = 'fincycle' WHERE module = 'fincycle_demo'")
        state = shell_state(db)
        checks.check(state == "outdated", "a demo built before fincycle_demo is rebuilt", state)
        psql(db, "UPDATE ir_model_data SET module = 'fincycle_demo' WHERE module = 'fincycle'")
        psql(db, "UPDATE ir_module_module SET state = 'installed' WHERE name = 'fincycle_demo'")
        psql(db, "DELETE FROM ir_model_data WHERE module = 'fincycle_demo' AND name LIKE 'user_%'")
        state = shell_state(db)
        checks.check(state == "nodemo", "a database without the demo is refused", state)
    empty = f"{db}_empty"
    subprocess.run(["createdb", empty], check=True)
    state = shell_state(empty)
    checks.check(state == "incomplete", "an empty database is rebuilt", state)
    drop(empty)
    if not args.keep:
        drop(db)
    print(f"[main job] done in {time.monotonic() - started:.0f} s")
    print(f"{checks.passed} passed, {checks.failed} failed")
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())
