# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""``disputes.py --odoo``: the sample replies delivered end to end through Odoo's mail gateway.

A fresh database gets ``account_credit_control_fincycle``; for every sample, the customer
(its sender's address), the invoice (its number, amount and currency, in one company per
invoice-number prefix) and the e-mail it answers: the invoice e-mail posted on the invoice, or
a reminder of the level answered (a ``credit.control.communication`` of that level). The
reply's ``In-Reply-To`` / ``References`` are pointed at that e-mail's Message-Id and the raw
message goes through ``mail.thread.message_process``: threading, the sender check, the reader
and the dispute logic all run. What the gateway recorded (``account.dispute.reply``) is
scored as ``disputes.py`` scores the pure reader.
"""

import email
import os
import re
import subprocess
import sys
from datetime import date
from decimal import Decimal
from email.header import decode_header, make_header
from email.utils import parseaddr
from pathlib import Path

from fincycle.collections.replies import ReplyReading

ROOT = Path(__file__).resolve().parents[2]
MODULE = "account_credit_control_fincycle"
HEADER_RE = re.compile(rb"^(In-Reply-To|References):[^\n]*\n(?:[ \t][^\n]*\n)*", re.I | re.M)
INVOICE_DATE = date(2025, 9, 1)
DUE_DATE = date(2025, 10, 1)
REMINDER_DATE = date(2025, 11, 12)


def _header(msg, name):
    value = msg.get(name)
    if value is None:
        return ""
    try:
        return str(make_header(decode_header(str(value))))
    except Exception:  # a broken encoded word: the raw value
        return str(value)


def _rethread(raw, message_id):
    """``raw`` answering ``message_id``: its In-Reply-To / References replaced (or added)."""
    raw = raw.replace(b"\r\n", b"\n")
    head, sep, body = raw.partition(b"\n\n")
    head = HEADER_RE.sub(b"", head + b"\n").rstrip(b"\n")
    refs = message_id.encode()
    head += b"\nIn-Reply-To: " + refs + b"\nReferences: " + refs
    return head + sep + body


class OdooGateway:
    """A fresh database and the threads the samples answer; ``read`` delivers one reply."""

    def __init__(self, config, db, out=print):
        self.config = config
        self.db = db
        self.out = out
        self.companies = {}
        self.threads = {}  # sample id -> (invoice, mail.message answered)
        self.threaded = self.delivered = 0
        self.states = {}

    # --- database ---------------------------------------------------------------------------
    def create_database(self):
        import odoo  # noqa: PLC0415 - only the --odoo mode needs Odoo
        from odoo.service import db as db_service  # noqa: PLC0415
        from odoo.tools import config  # noqa: PLC0415

        os.chdir(ROOT)  # the configuration's paths are relative to the project root
        config.parse_config(["-c", self.config, "-d", self.db, "--log-level=warn"])
        if db_service.exp_db_exist(self.db):
            db_service.exp_drop(self.db)
        self.out(f"# creating database {self.db} with {MODULE} (a minute or two)")
        subprocess.run(
            [
                sys.executable,
                "-m",
                "odoo",
                "-c",
                self.config,
                "-d",
                self.db,
                "-i",
                MODULE,
                "--without-demo=all",
                "--stop-after-init",
                "--log-level=warn",
            ],
            check=True,
            cwd=ROOT,
        )
        registry = odoo.modules.registry.Registry(self.db)
        self.cr = registry.cursor()
        self.env = odoo.api.Environment(self.cr, odoo.SUPERUSER_ID, {"tracking_disable": True})

    def close(self):
        self.cr.rollback()
        self.cr.close()

    # --- threads ------------------------------------------------------------------------------
    def _company(self, item):
        from odoo.addons.fincycle_base.tests.common import (  # noqa: PLC0415
            make_accounting_company,
        )

        prefix = re.match(r"[A-Za-z]*", item["invoice_number"]).group(0) or "X"
        key = (item["company_country"], prefix)
        if key not in self.companies:
            env = self.env
            currency = item["invoice_currency"]
            env.ref(f"base.{currency}").active = True
            company = make_accounting_company(env, f"Bench {prefix} {key[0]}", currency)
            country = env.ref(f"base.{key[0].lower()}")
            company.write({"country_id": country.id, "account_fiscal_country_id": country.id})
            company._fincycle_ensure_credit_policy()
            env.user.company_ids |= company
            self.companies[key] = company
        return self.companies[key]

    def _customer(self, raw):
        msg = email.message_from_bytes(raw)
        name, address = parseaddr(_header(msg, "From"))
        partners = self.env["res.partner"].search([("email_normalized", "=", address.lower())])
        if partners:
            return partners[:1]
        return self.env["res.partner"].create(
            {"name": name or address, "email": address, "is_company": True, "lang": False}
        )

    def prepare(self, folder, manifest):
        """Create every sample's customer, invoice and answered e-mail."""
        for item in manifest:
            self._prepare_item(item, (Path(folder) / "emails" / f"{item['id']}.eml").read_bytes())

    def _prepare_item(self, item, raw):
        company = self._company(item)
        customer = self._customer(raw)
        env = self.env
        move = (
            env["account.move"]
            .with_company(company)
            .create(
                {
                    "move_type": "out_invoice",
                    "partner_id": customer.id,
                    "invoice_date": INVOICE_DATE,
                    "invoice_date_due": DUE_DATE,
                    "currency_id": env.ref(f"base.{item['invoice_currency']}").id,
                    "invoice_line_ids": [
                        (
                            0,
                            0,
                            {
                                "name": "Services",
                                "quantity": 1,
                                "price_unit": item["invoice_amount"],
                                "tax_ids": [],
                            },
                        )
                    ],
                }
            )
        )
        taken = env["account.move"].search_count(
            [("name", "=", item["invoice_number"]), ("company_id", "=", company.id)]
        )
        if not taken:  # else the journal's own number (the text still names the sample's)
            move.name = item["invoice_number"]
        move.action_post()
        stage = item.get("reply_to") or "invoice"
        if stage == "invoice":
            answered = move.message_post(
                body=f"Invoice {move.name}",
                subject=f"Invoice {move.name}",
                message_type="comment",
                subtype_xmlid="mail.mt_comment",
            )
        else:
            level_number = int(stage.rsplit("_", 1)[-1])
            policy = company.credit_policy_id
            level = policy.level_ids.filtered(lambda lvl, n=level_number: lvl.level == n)
            receivable = move.line_ids.filtered(
                lambda aml: aml.account_id.account_type == "asset_receivable"
            )
            lines = env["credit.control.line"].create_or_update_from_mv_lines(
                receivable, level, REMINDER_DATE, company, check_tolerance=False
            )
            lines.write({"state": "sent"})
            comm = env["credit.control.communication"]._generate_comm_from_credit_lines(lines)
            answered = comm.message_post(
                body=f"{level.name}: {move.name}",
                subject=level.name,
                message_type="comment",
                subtype_xmlid="mail.mt_comment",
            )
        self.threads[item["id"]] = (move, answered)

    # --- delivery -----------------------------------------------------------------------------
    def read(self, item, raw, _context):
        """Deliver the reply through the gateway; the reading the gateway recorded."""
        if item["id"] not in self.threads:  # the manifest grew since prepare()
            self._prepare_item(item, raw)
        move, answered = self.threads[item["id"]]
        raw = _rethread(raw, answered.message_id)
        message_id = _header(email.message_from_bytes(raw), "Message-ID").strip()
        self.delivered += 1
        try:
            self.env["mail.thread"].sudo().message_process(None, raw)
        except Exception as error:
            self.out(f"# {item['id']}: not delivered: {error}")
            return ReplyReading(category="other", evidence=[f"not delivered: {error}"])
        posted = self.env["mail.message"].search([("message_id", "=", message_id)], limit=1)
        if (posted.model, posted.res_id) == ("account.move", move.id):
            self.threaded += 1
        record = self.env["account.dispute.reply"].search(
            [("message_id", "=", message_id)], limit=1
        )
        self.states[record.state or "none"] = self.states.get(record.state or "none", 0) + 1
        if not record or record.category is False:
            return ReplyReading(category="other", evidence=[f"not read ({record.state})"])
        return ReplyReading(
            category=record.category,
            pause_dunning=record.pause_dunning,
            urgency=record.urgency or 1,
            disputed_amount=(
                Decimal(str(record.disputed_amount)) if record.disputed_amount else None
            ),
            promised_date=record.promised_date or None,
            evidence=(record.evidence or "").splitlines(),
        )

    def report(self):
        self.out(f"threaded to its invoice {self.threaded}/{self.delivered}")
        states = ", ".join(f"{k} {v}" for k, v in sorted(self.states.items()))
        self.out(f"gateway states: {states}")
