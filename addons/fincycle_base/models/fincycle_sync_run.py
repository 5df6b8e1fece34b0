# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import logging
from datetime import timedelta

from odoo import api, fields, models

from fincycle.http import redact

_logger = logging.getLogger(__name__)

COUNTERS = ("created_count", "updated_count", "skipped_count", "failed_count")
# Finished runs are kept this long (the last one of each source and kind always).
KEEP_DAYS = 90


class FincycleSyncRun(models.Model):
    """One synchronisation pass (a pull of transactions, a scheduled bank statement pull, a
    contact export…) of a connection, or of any other source a module names in ``source``
    (the bank feeds of providers without a Fincycle connection, for example). Connectors call
    ``_checkpoint`` after every page: the cursor and counts are committed (inside a cron), so a
    crash loses at most one page and the next run resumes."""

    _name = "fincycle.sync.run"
    _description = "Fincycle Sync Run"
    _order = "started_at desc, id desc"
    _rec_name = "display_name"

    integration_id = fields.Many2one(
        "fincycle.integration", ondelete="cascade", index=True, readonly=True
    )
    company_id = fields.Many2one(
        "res.company",
        compute="_compute_company_id",
        store=True,
        precompute=True,
        index=True,
        readonly=True,
    )
    provider = fields.Selection(related="integration_id.provider", store=True)
    source = fields.Char(
        readonly=True, help="What was synchronised: the connection, or the bank journal fed."
    )
    kind = fields.Char(
        required=True, readonly=True, help="What is synchronised, e.g. transactions."
    )
    kind_name = fields.Char(compute="_compute_kind_name")
    state = fields.Selection(
        [
            ("running", "Running"),
            ("done", "Done"),
            ("failed", "Failed"),
            ("interrupted", "Interrupted"),
        ],
        default="running",
        required=True,
        readonly=True,
        index=True,
    )
    started_at = fields.Datetime(default=fields.Datetime.now, required=True, readonly=True)
    finished_at = fields.Datetime(readonly=True)
    duration = fields.Float("Duration (s)", compute="_compute_duration")
    created_count = fields.Integer("Created", readonly=True)
    updated_count = fields.Integer("Updated", readonly=True)
    skipped_count = fields.Integer("Skipped", readonly=True)
    failed_count = fields.Integer("Failed", readonly=True)
    progress_done = fields.Integer(readonly=True)
    progress_total = fields.Integer(readonly=True)
    progress = fields.Float(
        compute="_compute_progress", help="Percent done, when the total is known."
    )
    cursor = fields.Char(
        "Checkpoint",
        readonly=True,
        help="Where the next run starts (provider cursor, date or page), saved after each page.",
    )
    error = fields.Text(readonly=True)
    resumed_from_id = fields.Many2one("fincycle.sync.run", readonly=True)

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if not vals.get("source") and vals.get("integration_id"):
                vals["source"] = (
                    self.env["fincycle.integration"].browse(vals["integration_id"]).name
                )
        return super().create(vals_list)

    @api.depends("integration_id.company_id")
    def _compute_company_id(self):
        """The connection's company; modules that run sync runs for other sources extend it."""
        for run in self:
            run.company_id = run.integration_id.company_id or run.company_id

    @api.model
    def _kind_names(self):
        """Kind → its name for the user; modules add the kinds they run."""
        return {"transactions": self.env._("Transactions")}

    @api.depends("kind")
    def _compute_kind_name(self):
        names = self._kind_names()
        for run in self:
            run.kind_name = names.get(run.kind, run.kind)

    @api.depends("integration_id.name", "source", "kind", "started_at")
    def _compute_display_name(self):
        for run in self:
            source = run.source or run.integration_id.name
            run.display_name = f"{source} / {run.kind_name} / {run.started_at or ''}"

    @api.depends("started_at", "finished_at")
    def _compute_duration(self):
        now = fields.Datetime.now()
        for run in self:
            end = run.finished_at or now
            run.duration = (end - run.started_at).total_seconds() if run.started_at else 0.0

    @api.depends("progress_done", "progress_total", "state")
    def _compute_progress(self):
        for run in self:
            if run.state == "done":
                run.progress = 100.0
            elif run.progress_total:
                run.progress = min(100.0, 100.0 * run.progress_done / run.progress_total)
            else:
                run.progress = 0.0

    def _checkpoint(self, cursor=None, done=None, total=None, **counts):
        """Record a page: new cursor, counter increments (created=…, updated=…), progress.

        In a cron it commits (ir.cron._commit_progress), which also shows the progress in the
        scheduler. Returns the seconds the cron may still run (inf outside a cron)."""
        self.ensure_one()
        vals = {}
        for key, value in counts.items():
            name = f"{key}_count"
            if name not in COUNTERS:
                raise ValueError(f"unknown counter {key}")
            vals[name] = self[name] + int(value or 0)
        if cursor is not None:
            vals["cursor"] = cursor
        if done is not None:
            vals["progress_done"] = done
        if total is not None:
            vals["progress_total"] = total
        self.write(vals)
        if self.env.context.get("cron_id"):
            processed = sum(int(v or 0) for v in counts.values())
            remaining = max(0, (total or 0) - (done or 0)) if total is not None else None
            return self.env["ir.cron"]._commit_progress(processed, remaining=remaining)
        return float("inf")

    @api.model
    def _open(self, kind, domain, values):
        """Open a run of ``kind`` for the source that ``domain`` finds the runs of, created
        with ``values``; it resumes from the last run's checkpoint.

        A run still marked running was cut short (worker killed, server restart): it is marked
        interrupted and the new run starts from its cursor (``resumed_from_id``)."""
        Run = self.sudo()
        previous = Run.search([*domain, ("kind", "=", kind)], order="id desc", limit=1)
        if previous.state == "running":
            previous.write(
                {
                    "state": "interrupted",
                    "finished_at": fields.Datetime.now(),
                    "error": self.env._(
                        "Interrupted before it finished; the next run resumed from its checkpoint."
                    ),
                }
            )
        return Run.create(
            {
                **values,
                "kind": kind,
                "cursor": previous.cursor,
                "resumed_from_id": previous.id
                if previous.state in ("interrupted", "failed")
                else False,
            }
        )

    def _finish(self, error=None, record=True):
        """Close the run; with ``record``, record success or the error on the connection too
        (a caller that records them itself passes False)."""
        self.ensure_one()
        integration = self.integration_id
        if error:
            if integration:
                error = redact(error, integration._fincycle_secret_values())
            self.write({"state": "failed", "finished_at": fields.Datetime.now(), "error": error})
            if record and integration:
                integration._fincycle_record_error(
                    self.env._("%(kind)s sync failed: %(error)s", kind=self.kind, error=error)
                )
        else:
            self.write({"state": "done", "finished_at": fields.Datetime.now()})
            if record and integration:
                integration._fincycle_record_success()

    @api.model
    def _source_fields(self):
        """The fields that tell one source's runs from another's (modules extend it)."""
        return ["integration_id", "source", "kind"]

    @api.autovacuum
    def _gc_old_runs(self):
        """Finished runs older than ``KEEP_DAYS`` go, except the last of each source and kind
        (the next run resumes from its checkpoint)."""
        Run = self.sudo()
        last = Run._read_group([], Run._source_fields(), ["id:max"])
        old = Run.search(
            [
                ("state", "!=", "running"),
                ("started_at", "<", fields.Datetime.now() - timedelta(days=KEEP_DAYS)),
                ("id", "not in", [group[-1] for group in last]),
            ]
        )
        old.unlink()
