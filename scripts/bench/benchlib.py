# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Pieces the benchmark scripts share (they run Odoo in-process)."""

import socket
import subprocess
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PY = str(ROOT / ".venv" / "bin" / "python")


def say(text):
    print(f"[bench] {text}", flush=True)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def create_database(db, modules):
    """A fresh database ``db`` with ``modules`` (comma-separated) installed; fails loudly."""
    say(f"creating database {db} with {modules}")
    subprocess.run(["dropdb", "--if-exists", db], check=False)
    started = time.monotonic()
    subprocess.run(
        [PY, "-m", "odoo", "-c", "odoo.conf", "-d", db, "-i", modules,
         "--stop-after-init", "--log-level=warn"],
        cwd=ROOT,
        check=True,
    )  # fmt: skip
    say(f"install took {time.monotonic() - started:.0f} s")


def odoo_env(db):
    """A superuser environment on ``db`` and its cursor (the caller commits or rolls back)."""
    import odoo  # noqa: PLC0415 - Odoo is configured first
    from odoo.modules.registry import Registry  # noqa: PLC0415
    from odoo.tools import config  # noqa: PLC0415

    config.parse_config(["-c", str(ROOT / "odoo.conf"), "-d", db, "--log-level=warn"])
    registry = Registry(db)
    cr = registry.cursor()
    return odoo.api.Environment(cr, odoo.SUPERUSER_ID, {}), cr


def connected_revolut_integration(env, fake, company, client_id, name="Revolut bench"):
    """A Revolut connection of ``company`` authorised against ``fake`` the way Connect would
    leave it: key pair generated, certificate uploaded, tokens issued."""
    integration = env["fincycle.integration"].create(
        {
            "name": name,
            "provider": "revolut",
            "company_id": company.id,
            "environment": "sandbox",
            "revolut_client_id": client_id,
        }
    )
    integration.base_url = fake.api_url
    integration.action_revolut_generate_keys()
    fake.certificate_pem = integration.revolut_certificate
    tokens = fake.issue_tokens()
    integration.write(
        {
            "access_token": tokens["access_token"],
            "refresh_token": tokens["refresh_token"],
            "token_expires_at": datetime.now() + timedelta(minutes=40),
            "state": "connected",
        }
    )
    return integration
