# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Clockify on the connector kit: the workspace and its region (the key goes to that host
only), the mapping tables, the pull (detailed report, page by page, through the kit's sync
runs) and the webhook inbox (new, updated, deleted entries); the entries become timesheets
idempotently by entry id, and a change after the period was locked becomes a correction."""

import json
import logging
from collections import defaultdict
from datetime import datetime, time, timedelta, timezone

import psycopg2
import pytz
from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import SQL, mute_logger
from odoo.tools.misc import format_date

from odoo.addons.fincycle_base.models.fincycle_webhook_registration import WebhookApi

from fincycle.http import ProviderError
from fincycle.timesheets import clockify as ck
from fincycle.timesheets import reminders as rm

from .fincycle_sync_run import KIND

_logger = logging.getLogger(__name__)

PROVIDER = "clockify"
REGION_SELECTION = [
    (ck.GLOBAL, "Global (api.clockify.me)"),
    ("euc1", "EU - Germany (euc1)"),
    ("use2", "USA (use2)"),
    ("euw2", "UK (euw2)"),
    ("apse2", "Australia (apse2)"),
]
# A resumed pull whose window began longer ago than this starts afresh.
STALE_CURSOR = timedelta(hours=6)
HOURS_EPSILON = 1e-6
# The widest window a pull reads (the report's 366 days, less the margins of request_range).
MAX_DAYS_BACK = ck.MAX_REPORT_DAYS - 6


def _now():
    """UTC now, naive like Odoo's datetimes, to the microsecond (seen stamps and sweeps)."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


class FincycleIntegration(models.Model):
    _inherit = "fincycle.integration"

    provider = fields.Selection(
        selection_add=[(PROVIDER, "Clockify")], ondelete={PROVIDER: "cascade"}
    )
    clockify_workspace_id = fields.Char(
        "Clockify Workspace ID",
        copy=False,
        help="Empty: the active workspace of the key's user, filled in by Test Connection.",
    )
    clockify_region = fields.Selection(
        REGION_SELECTION,
        default=ck.GLOBAL,
        help="Where the workspace's data lives (data residency). The API key is only ever "
        "sent to that region's host.",
    )
    clockify_reports_url = fields.Char(
        "Clockify Reports API",
        compute="_compute_clockify_reports_url",
        store=True,
        readonly=False,
        help="The Reports API of the region; only a system administrator can set another one.",
    )
    clockify_has_api_key = fields.Boolean("API Key Entered", compute="_compute_clockify_has_key")
    clockify_category_source = fields.Selection(
        [
            (ck.SOURCE_BILLABLE, "Billable flag"),
            (ck.SOURCE_TAGS, "Tags"),
            (ck.SOURCE_PROJECT, "Project"),
        ],
        "Category From",
        default=ck.SOURCE_BILLABLE,
        help="Billable flag: billable entries are FACTURABLE, others INTERNE. Tags: a tag "
        "named FACTURABLE, FORFAIT or INTERNE (or given a category in the mapping). Project: "
        "the category set on the project's mapping. Whatever the source, a billable entry on "
        "a project marked FORFAIT is FORFAIT.",
    )
    clockify_days_back = fields.Integer(
        "Days Re-read",
        default=35,
        help="Each pull reads the entries of these last days again: changes and deletions "
        "made in Clockify within them are followed.",
    )
    clockify_default_project_id = fields.Many2one(
        "project.project",
        "Project for Entries Without One",
        check_company=True,
        domain="[('allow_timesheets', '=', True)]",
    )
    clockify_webhook_tokens = fields.Char(
        groups="base.group_system",
        copy=False,
        help="The tokens Clockify signs the other webhooks with (one per event).",
    )
    clockify_reminder = fields.Selection(
        [("none", "No Reminder"), ("activity", "Activity"), ("email", "E-mail")],
        "Reminder of Days Without Time",
        default="none",
        help="The morning after a working day (their calendar, leaves taken out) on which a "
        "mapped employee booked no time, one reminder: an activity for their user (an e-mail "
        "when they have none), or an e-mail to their work address. Never more than one a day.",
    )
    clockify_reminder_hour = fields.Integer(
        "Reminder Hour",
        default=7,
        help="From this hour (the employee's time zone) the reminder of the day before goes out.",
    )
    clockify_mapping_ids = fields.One2many("clockify.mapping", "integration_id")
    clockify_unmapped_count = fields.Integer("Unmapped", compute="_compute_clockify_unmapped")

    @api.depends("provider", "environment", "clockify_region")
    def _compute_base_url(self):
        return super()._compute_base_url()

    @api.depends("provider", "clockify_region")
    def _compute_clockify_reports_url(self):
        for account in self:
            if account.provider == PROVIDER:
                account.clockify_reports_url = ck.hosts(account.clockify_region)[1]
            elif not account.clockify_reports_url:
                account.clockify_reports_url = False

    @api.depends("api_key")
    def _compute_clockify_has_key(self):
        for account in self:
            account.clockify_has_api_key = bool(account.sudo().api_key)

    def _compute_clockify_unmapped(self):
        counts = dict(
            self.env["clockify.mapping"]._read_group(
                [("integration_id", "in", self.ids), ("is_mapped", "=", False)],
                ["integration_id"],
                ["__count"],
            )
        )
        for account in self:
            account.clockify_unmapped_count = counts.get(account, 0)

    # -- kit hooks ---------------------------------------------------------------------------
    def _fincycle_default_base_url(self):
        if self.provider != PROVIDER:
            return super()._fincycle_default_base_url()
        return ck.hosts(self.clockify_region)[0]

    def _fincycle_endpoint_fields(self):
        return [*super()._fincycle_endpoint_fields(), "clockify_reports_url"]

    def _fincycle_official_endpoint(self, field_name):
        if field_name == "clockify_reports_url":
            return ck.hosts(self.clockify_region)[1] if self.provider == PROVIDER else False
        return super()._fincycle_official_endpoint(field_name)

    def _fincycle_uses_generic_credentials(self):
        return self.provider != PROVIDER and super()._fincycle_uses_generic_credentials()

    def _fincycle_webhook_scheme(self):
        if self.provider != PROVIDER:
            return super()._fincycle_webhook_scheme()
        return ck.ClockifyScheme()

    def _fincycle_webhook_cache_fields(self):
        return (*super()._fincycle_webhook_cache_fields(), "clockify_webhook_tokens")

    def _fincycle_webhook_secrets(self):
        secrets = super()._fincycle_webhook_secrets()
        if self.provider == PROVIDER:
            secrets += (self.sudo().clockify_webhook_tokens or "").split()
        return secrets

    def _fincycle_webhook_event_info(self, payload, body, headers):
        if self.provider != PROVIDER:
            return super()._fincycle_webhook_event_info(payload, body, headers)
        event_type = (headers.get(ck.EVENT_TYPE_HEADER) or "").strip()[:128]
        return ck.event_key(event_type, payload, body)[:255], event_type or False

    def _fincycle_webhook_api(self):
        if self.provider != PROVIDER:
            return super()._fincycle_webhook_api()
        client = self._clockify_client()
        workspace = self._clockify_workspace()

        def create(url):
            hooks = [client.create_webhook(workspace, url, event) for event in ck.ENTRY_EVENTS]
            self.sudo().clockify_webhook_tokens = " ".join(h["authToken"] for h in hooks[1:])
            return ",".join(h["id"] for h in hooks), hooks[0]["authToken"]

        def delete(remote_id):
            for hook_id in (remote_id or "").split(","):
                try:
                    client.delete_webhook(workspace, hook_id)
                except ProviderError as exc:
                    if exc.status != 404:
                        raise

        return WebhookApi(
            create=create,
            delete=delete,
            list=lambda: [(h.get("id"), h.get("url")) for h in client.webhooks(workspace)],
        )

    def _fincycle_check_connection(self):
        if self.provider != PROVIDER:
            return super()._fincycle_check_connection()
        client = self._clockify_client()
        user = client.current_user()
        workspaces = {w.get("id"): w.get("name") for w in client.workspaces()}
        if not self.clockify_workspace_id:
            self.clockify_workspace_id = user.get("activeWorkspace") or next(iter(workspaces), "")
        if self.clockify_workspace_id not in workspaces:
            raise UserError(
                self.env._(
                    "The key of %(user)s cannot read workspace %(workspace)s.",
                    user=user.get("email") or user.get("name"),
                    workspace=self.clockify_workspace_id,
                )
            )
        return self.env._(
            "Clockify answered for %(user)s, workspace %(workspace)s.",
            user=user.get("email") or user.get("name"),
            workspace=workspaces[self.clockify_workspace_id],
        )

    def _fincycle_process_webhook_event(self, event):
        if self.provider != PROVIDER:
            return super()._fincycle_process_webhook_event(event)
        parsed = ck.parse_event(event.event_type, event._fincycle_payload())
        if parsed.action == ck.IGNORE:
            return self.env._("Nothing to do for this event.")
        # Book what Clockify says now, not what the event said (it may be stale): a deleted
        # entry answers 404.
        try:
            raw = self._clockify_client().time_entry(self._clockify_workspace(), parsed.entry_id)
        except ProviderError as exc:
            if exc.status != 404:
                raise
            raw = None
        if raw is None:
            counts = self._clockify_forget([parsed.entry_id])
        else:
            counts = self._clockify_apply([raw], _now())
        return self._clockify_counts_text(counts)

    def _fincycle_feeds(self):
        feeds = super()._fincycle_feeds()
        mine = self.filtered(lambda a: a.provider == PROVIDER)
        if not mine:
            return feeds
        done = (
            self.env["fincycle.sync.run"]
            .sudo()
            ._read_group(
                [("integration_id", "in", mine.ids), ("kind", "=", KIND), ("state", "=", "done")],
                ["integration_id"],
                ["finished_at:max"],
            )
        )
        last = {account.id: when for account, when in done}
        for account in mine:
            feeds.setdefault(account.id, []).append(
                {"name": self.env._("Timesheets"), "last_success": last.get(account.id)}
            )
        return feeds

    def _fincycle_health(self, feeds):
        health, reason = super()._fincycle_health(feeds)
        if self.provider != PROVIDER or health != "ok":
            return health, reason
        waiting = self.env["clockify.mapping"].search_count(
            [
                ("integration_id", "=", self.id),
                ("kind", "in", ("user", "project")),
                ("is_mapped", "=", False),
                ("archived", "=", False),
            ]
        )
        if waiting:
            return "warning", self.env._(
                "%(count)s Clockify user(s) or project(s) not mapped: their time is not booked.",
                count=waiting,
            )
        return health, reason

    # -- the client --------------------------------------------------------------------------
    def _clockify_client(self):
        self.ensure_one()
        key = self.sudo().api_key
        if not key:
            raise UserError(
                self.env._("A system administrator must enter the Clockify API key first.")
            )
        session = self._fincycle_http_session(self._clockify_http_policy())
        return ck.ClockifyClient(session, key, self.base_url, self.clockify_reports_url)

    def _clockify_http_policy(self):
        """The kit's policy (None: its default); tests make it quick."""
        return None

    def _clockify_workspace(self):
        if not self.clockify_workspace_id:
            raise UserError(self.env._("Enter the Clockify workspace ID (or test the connection)."))
        return self.clockify_workspace_id

    # -- mapping -----------------------------------------------------------------------------
    def action_clockify_refresh_mappings(self):
        """List the workspace's users, clients, projects and tags; suggest what each is in
        Odoo (same e-mail, then same name) where nobody chose yet."""
        self.ensure_one()
        client = self._clockify_client()
        workspace = self._clockify_workspace()
        listed = {
            "user": client.users(workspace),
            "client": client.clients(workspace),
            "project": client.projects(workspace),
            "tag": client.tags(workspace),
        }
        Mapping = self.env["clockify.mapping"]
        existing = {(m.kind, m.clockify_id): m for m in self.clockify_mapping_ids}
        for kind, items in listed.items():
            for item in items:
                if not item.get("id"):
                    continue
                vals = {
                    "name": item.get("name"),
                    "archived": bool(item.get("archived")),
                }
                if kind == "user":
                    vals["email"] = item.get("email")
                    vals["time_zone"] = (item.get("settings") or {}).get("timeZone")
                if kind == "project":
                    vals["clockify_client_id"] = item.get("clientId") or False
                row = existing.get((kind, item["id"]))
                if row:
                    row.write(vals)
                else:
                    Mapping.create(
                        {**vals, "integration_id": self.id, "kind": kind, "clockify_id": item["id"]}
                    )
        self.invalidate_recordset(["clockify_mapping_ids"])
        self.clockify_mapping_ids.filtered(lambda m: not m.is_mapped)._clockify_suggest()
        return self.action_clockify_open_mappings()

    def action_clockify_open_mappings(self, unmapped=False):
        self.ensure_one()
        action = self.env["ir.actions.actions"]._for_xml_id(
            "hr_timesheet_clockify_fincycle.action_clockify_mapping"
        )
        action["domain"] = [("integration_id", "=", self.id)]
        action["context"] = {"search_default_unmapped": 1 if unmapped else 0}
        return action

    def action_clockify_open_unmapped(self):
        return self.action_clockify_open_mappings(unmapped=True)

    def _clockify_maps(self):
        """What the mapping says, as plain dicts for the apply loop."""
        users, projects, clients = {}, {}, {}
        tag_categories, project_categories = {}, {}
        for row in self.clockify_mapping_ids:
            if row.kind == "user" and row.employee_id:
                users[row.clockify_id] = (
                    row.employee_id.id,
                    row.time_zone or row.employee_id.tz or self.company_id.partner_id.tz,
                )
            elif row.kind == "project":
                if row.project_id:
                    projects[row.clockify_id] = row.project_id.id
                if row.category:
                    project_categories[row.clockify_id] = row.category
            elif row.kind == "client" and row.partner_id:
                clients[row.clockify_id] = row.partner_id.id
            elif row.kind == "tag" and row.category:
                tag_categories[row.clockify_id] = row.category
        rules = ck.CategoryRules(
            source=self.clockify_category_source or ck.SOURCE_BILLABLE,
            tag_categories=tag_categories,
            project_categories=project_categories,
        )
        return users, projects, clients, rules

    # -- locks -------------------------------------------------------------------------------
    def _clockify_lock_date(self):
        company = self.company_id
        dates = [d for d in (company.fiscalyear_lock_date, company.hard_lock_date) if d]
        return max(dates) if dates else None

    @staticmethod
    def _clockify_line_locked(line_vals, lock_date):
        """A timesheet of a locked period (the company's lock date) or validated (the
        ``validated`` flag of timesheet validation, when installed)."""
        if lock_date and line_vals["date"] <= lock_date:
            return True
        return bool(line_vals.get("validated"))

    # -- applying entries --------------------------------------------------------------------
    def _clockify_apply(self, rows, seen_at):
        """Book ``rows`` (Clockify time entries of any shape): create, update, correct.
        Returns counts ``{created, updated, skipped, failed}``; every entry read is marked
        seen (it exists in Clockify) whatever became of it."""
        self.ensure_one()
        users, projects, _clients, rules = self._clockify_maps()
        default_project = self.clockify_default_project_id.id
        counts = dict.fromkeys(("created", "updated", "skipped", "failed"), 0)
        wanted = {}
        seen = []
        for raw in rows:
            try:
                entry = ck.read_entry(raw)
            except ck.ClockifyDataError as exc:
                counts["failed"] += 1
                _logger.info("Clockify account %s: entry not read (%s)", self.id, exc.code)
                continue
            seen.append(entry.id)
            user = users.get(entry.user_id)
            project_id = projects.get(entry.project_id or "") or default_project
            if not user or not project_id:
                counts["skipped"] += 1  # unmapped: booked by a pull once mapped
                continue
            values = ck.timesheet_values(entry, user[1] or "UTC", rules)
            if isinstance(values, ck.Skipped):
                counts["skipped"] += 1
                continue
            wanted[entry.id] = self._clockify_line_vals(values, user[0], project_id)
        Line = self.env["account.analytic.line"].sudo().with_company(self.company_id)
        existing = (
            {
                line["clockify_entry_id"]: line
                for line in Line.search_read(
                    [
                        ("company_id", "=", self.company_id.id),
                        ("clockify_entry_id", "in", list(wanted)),
                    ],
                    ["clockify_entry_id", "clockify_fingerprint", "date"]
                    + (["validated"] if "validated" in Line._fields else []),
                )
            }
            if wanted
            else {}
        )
        lock_date = self._clockify_lock_date()
        to_create = []
        for entry_id, vals in wanted.items():
            line = existing.get(entry_id)
            if line is None:
                # stamped here to the microsecond (the column keeps them): no UPDATE after
                new = dict(vals, clockify_seen_at=seen_at)
                if self._clockify_line_locked(vals, lock_date):
                    # New in a locked period: booked on the first open day
                    new["date"] = self._clockify_open_date(lock_date)
                to_create.append(new)
            elif line["clockify_fingerprint"] == vals["clockify_fingerprint"]:
                continue
            elif self._clockify_line_locked(line, lock_date) or self._clockify_line_locked(
                vals, lock_date
            ):
                counts["created"] += self._clockify_correct(Line.browse(line["id"]), vals)
            else:
                Line.browse(line["id"]).write(vals)
                counts["updated"] += 1
        if to_create:
            Line._clockify_create(to_create)
            counts["created"] += len(to_create)
        created = {vals["clockify_entry_id"] for vals in to_create}
        self._clockify_mark_seen([e for e in seen if e not in created], seen_at)
        return counts

    def _clockify_line_vals(self, values, employee_id, project_id):
        return {
            "clockify_entry_id": values.entry_id,
            "clockify_integration_id": self.id,
            "clockify_category": values.category,
            # the mapping (employee, project) is part of what the line shows
            "clockify_fingerprint": f"{values.fingerprint}:{employee_id}:{project_id}",
            "employee_id": employee_id,
            "project_id": project_id,
            "date": values.date,
            "unit_amount": values.hours,
            "name": values.name,
            "company_id": self.company_id.id,
        }

    def _clockify_mark_seen(self, entry_ids, seen_at):
        if not entry_ids:
            return
        # A technical stamp, set in SQL: a locked timesheet is not "written", and the
        # microseconds the ORM would drop are kept (the sweep compares with them).
        self.env.flush_all()
        self.env.cr.execute(
            SQL(
                "UPDATE account_analytic_line SET clockify_seen_at = %s "
                "WHERE company_id = %s AND clockify_entry_id = ANY(%s)",
                seen_at,
                self.company_id.id,
                list(entry_ids),
            )
        )
        self.env["account.analytic.line"].invalidate_model(["clockify_seen_at"])

    def _clockify_open_date(self, lock_date):
        today = fields.Date.context_today(self)
        if lock_date and today <= lock_date:
            return lock_date + timedelta(days=1)
        return today

    def _clockify_correct(self, original, vals):
        """Correction lines (dated in the open period) that bring the hours of ``original``
        plus its former corrections to what Clockify says now (``vals``; None: deleted),
        per employee, project and category. Returns how many lines were made."""
        Line = original.browse().with_company(self.company_id)
        now = defaultdict(float)
        for line in original | original.clockify_correction_ids:
            key = (line.employee_id.id, line.project_id.id, line.clockify_category)
            now[key] += line.unit_amount
        target = defaultdict(float)
        if vals:
            key = (vals["employee_id"], vals["project_id"], vals["clockify_category"])
            target[key] = vals["unit_amount"]
        day = self._clockify_open_date(self._clockify_lock_date())
        made = []
        for key in sorted(set(now) | set(target), key=str):
            delta = target[key] - now[key]
            if abs(delta) < HOURS_EPSILON:
                continue
            employee_id, project_id, category = key
            made.append(
                {
                    "clockify_correction_of_id": original.id,
                    "clockify_integration_id": self.id,
                    "clockify_category": category,
                    "employee_id": employee_id,
                    "project_id": project_id,
                    "company_id": self.company_id.id,
                    "date": day,
                    "unit_amount": delta,
                    "name": self.env._(
                        "Correction of %(date)s (period locked): %(name)s",
                        date=original.date,
                        name=(vals or {}).get("name") or original.name,
                    ),
                }
            )
        if made:
            Line._clockify_create(made)
        return len(made)

    def _clockify_forget(self, entry_ids):
        """Entries deleted in Clockify: their timesheets go, or are reversed by a correction
        when their period is locked."""
        counts = dict.fromkeys(("created", "updated", "skipped", "failed"), 0)
        Line = self.env["account.analytic.line"].sudo().with_company(self.company_id)
        lines = Line.search(
            [("company_id", "=", self.company_id.id), ("clockify_entry_id", "in", list(entry_ids))]
        )
        lock_date = self._clockify_lock_date()
        removable = Line.browse()
        for line in lines:
            validated = line._fields.get("validated") and line["validated"]
            locked = self._clockify_line_locked(
                {"date": line.date, "validated": validated}, lock_date
            )
            if locked or line.clockify_correction_ids:
                counts["created"] += self._clockify_correct(line, None)
            else:
                removable |= line
        counts["updated"] += len(removable)
        removable.unlink()
        return counts

    def _clockify_counts_text(self, counts):
        return self.env._(
            "%(created)s timesheet(s) created, %(updated)s updated or removed, %(skipped)s "
            "waiting (running, unmapped or not work), %(failed)s unreadable.",
            **counts,
        )

    # -- the pull ----------------------------------------------------------------------------
    def _clockify_pull(self, page_size=ck.REPORT_PAGE_SIZE):
        """Read the last ``clockify_days_back`` days through the detailed report, page by
        page (a kit sync run, resumable); once every page is read, timesheets of entries no
        longer in Clockify go (or are corrected when locked)."""
        self.ensure_one()
        client = self._clockify_client()
        workspace = self._clockify_workspace()

        def step(run, cursor):
            state = json.loads(cursor) if cursor else None
            now = _now()
            if state and now - datetime.fromisoformat(state["began"]) > STALE_CURSOR:
                state = None
            if not state:
                date_from, date_to = ck.pull_window(
                    fields.Date.context_today(self), min(self.clockify_days_back, MAX_DAYS_BACK)
                )
                state = {
                    "from": date_from.isoformat(),
                    "to": date_to.isoformat(),
                    "page": 1,
                    "began": now.isoformat(),
                }
            date_from = fields.Date.to_date(state["from"])
            date_to = fields.Date.to_date(state["to"])
            start, end = ck.request_range(date_from, date_to)
            rows = client.detailed_report_page(
                workspace, start, end, state["page"], page_size=page_size
            )
            began = datetime.fromisoformat(state["began"])
            counts = self._clockify_apply(rows, began)
            finished = len(rows) < page_size
            if finished:
                swept = self._clockify_sweep(client, date_from, date_to, began)
                counts["created"] += swept["created"]
                counts["updated"] += swept["updated"]
            return {
                **counts,
                "cursor": "" if finished else json.dumps({**state, "page": state["page"] + 1}),
                "finished": finished,
            }

        return self._fincycle_sync(KIND, step)

    def _clockify_sweep(self, client, date_from, date_to, began):
        """Timesheets of the window whose entry the complete pull did not find (seen before
        the pull began, to the microsecond: an entry booked by a webhook meanwhile stays).

        Each is asked for by id before it goes: an entry deleted while the report was read
        moves the following ones a row back, and one of them may have slipped between two
        pages unread; only a 404 removes a timesheet."""
        self.env.flush_all()
        self.env.cr.execute(
            SQL(
                "SELECT clockify_entry_id FROM account_analytic_line "
                "WHERE clockify_integration_id = %s AND clockify_entry_id IS NOT NULL "
                "AND date >= %s AND date < %s "
                "AND (clockify_seen_at IS NULL OR clockify_seen_at < %s)",
                self.id,
                date_from,
                date_to,
                began,
            )
        )
        unseen = [row[0] for row in self.env.cr.fetchall()]
        gone, still = [], []
        workspace = self._clockify_workspace()
        for entry_id in unseen:
            try:
                still.append(client.time_entry(workspace, entry_id))
            except ProviderError as exc:
                if exc.status != 404:
                    raise
                gone.append(entry_id)
        counts = self._clockify_apply(still, _now()) if still else {"created": 0, "updated": 0}
        if gone:
            forgotten = self._clockify_forget(gone)
            counts = {k: counts[k] + forgotten[k] for k in ("created", "updated")}
        return counts

    @api.model
    def _cron_clockify_pull(self):
        accounts = self.search(
            [
                ("provider", "=", PROVIDER),
                ("state", "!=", "disabled"),
                ("clockify_workspace_id", "!=", False),
            ]
        )
        for account in accounts:
            if not account.sudo().api_key:
                continue
            account.with_company(account.company_id)._clockify_pull()

    def action_clockify_pull(self):
        for account in self:
            run = account.with_company(account.company_id)._clockify_pull()
            if run.state == "failed":
                raise UserError(run.error)
        return True

    # -- reminders of days without time ------------------------------------------------------
    @api.model
    def _cron_clockify_remind(self, now=None):
        """Each hour: employees whose yesterday (in their time zone, once past the reminder
        hour) was a working day without time get their one reminder."""
        now = now or datetime.now(timezone.utc)
        accounts = self.search(
            [
                ("provider", "=", PROVIDER),
                ("state", "!=", "disabled"),
                ("clockify_reminder", "!=", "none"),
            ]
        )
        for account in accounts:
            account.with_company(account.company_id)._clockify_remind(now)

    def _clockify_remind(self, now):
        self.ensure_one()
        employees = self.clockify_mapping_ids.filtered(
            lambda m: m.kind == "user" and not m.archived
        ).employee_id.filtered("active")
        Reminder = self.env["clockify.reminder"].sudo()
        people, facts = [], {}
        for employee in employees:
            tz = pytz.timezone(employee.tz or self.company_id.partner_id.tz or "UTC")
            local = now.astimezone(tz)
            if local.hour < self.clockify_reminder_hour:
                continue
            day = rm.day_to_check(local)
            channel = self.clockify_reminder
            if channel == "activity" and not employee.user_id:
                channel = "email"
            facts[employee.id] = (employee, day, channel)
            people.append(
                rm.Person(
                    employee.id,
                    working=self._clockify_working_day(employee, day, tz),
                    hours=self._clockify_hours_booked(employee, day),
                    reminded=bool(
                        Reminder.search_count(
                            [("employee_id", "=", employee.id), ("day", "=", day)], limit=1
                        )
                    ),
                    reachable=bool(
                        employee.user_id if channel == "activity" else employee.work_email
                    ),
                )
            )
        for key in rm.due(people):
            employee, day, channel = facts[key]
            try:
                with self.env.cr.savepoint(), mute_logger("odoo.sql_db"):
                    Reminder.create(
                        {
                            "employee_id": employee.id,
                            "company_id": self.company_id.id,
                            "integration_id": self.id,
                            "day": day,
                            "channel": channel,
                        }
                    )
            except psycopg2.IntegrityError:
                continue  # another run reminded them meanwhile
            self._clockify_send_reminder(employee, day, channel)

    @staticmethod
    def _clockify_working_day(employee, day, tz):
        calendar = employee.resource_calendar_id
        if not calendar or not employee.resource_id:
            return False
        start = tz.localize(datetime.combine(day, time.min))
        end = tz.localize(datetime.combine(day + timedelta(days=1), time.min))
        intervals = calendar._work_intervals_batch(start, end, resources=employee.resource_id)
        return bool(list(intervals[employee.resource_id.id]))

    def _clockify_hours_booked(self, employee, day):
        groups = (
            self.env["account.analytic.line"]
            .sudo()
            ._read_group(
                [
                    ("employee_id", "=", employee.id),
                    ("date", "=", day),
                    ("project_id", "!=", False),
                ],
                [],
                ["unit_amount:sum"],
            )
        )
        return groups[0][0] if groups else 0.0

    def _clockify_send_reminder(self, employee, day, channel):
        lang = (
            employee.user_id.lang
            or employee.work_contact_id.lang
            or self.company_id.partner_id.lang
        )
        account = self.with_context(lang=lang)
        when = format_date(account.env, day, lang_code=lang)
        summary = account.env._("No time booked on %(day)s", day=when)
        note = account.env._(
            "Nothing was booked on %(day)s, a working day. Please enter your time in Clockify.",
            day=when,
        )
        if channel == "activity":
            employee.sudo().activity_schedule(
                "mail.mail_activity_data_todo",
                date_deadline=fields.Date.context_today(self),
                summary=summary,
                note=note,
                user_id=employee.user_id.id,
            )
            return
        self.env["mail.mail"].sudo().create(
            {
                "subject": summary,
                "body_html": Markup("<p>%s</p>") % note,
                "email_to": employee.work_email,
                "email_from": self.company_id.email_formatted or self.env.user.email_formatted,
                "auto_delete": True,
            }
        )
