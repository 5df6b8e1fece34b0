# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import logging

from odoo import api, fields, models

from fincycle.http import redact

_logger = logging.getLogger(__name__)

COUNTERS = ("created_count", "updated_count", "skipped_count", "failed_count")


class FincycleSyncRun(models.Model):
    """One synchronisation pass of an integration account (a pull of transactions, a contact
    export…). Connectors call ``_checkpoint`` after every page: the cursor and counts are
    committed (inside a cron), so a crash loses at most one page and the next run resumes."""

    _name = "fincycle.sync.run"
    _description = "Fincycle Sync Run"
    _order = "started_at desc, id desc"
    _rec_name = "display_name"

    integration_id = fields.Many2one(
        "fincycle.integration", required=True, ondelete="cascade", index=True, readonly=True
    )
    company_id = fields.Many2one(related="integration_id.company_id", store=True, index=True)
    provider = fields.Selection(related="integration_id.provider", store=True)
    kind = fields.Char(
        required=True, readonly=True, help="What is synchronised, e.g. transactions."
    )
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

    @api.depends("integration_id.name", "kind", "started_at")
    def _compute_display_name(self):
        for run in self:
            run.display_name = f"{run.integration_id.name} / {run.kind} / {run.started_at or ''}"

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

    def _finish(self, error=None):
        """Close the run; record success or the error on the integration account too."""
        self.ensure_one()
        if error:
            clean = redact(error, self.integration_id._fincycle_secret_values())
            self.write({"state": "failed", "finished_at": fields.Datetime.now(), "error": clean})
            self.integration_id._fincycle_record_error(
                self.env._("%(kind)s sync failed: %(error)s", kind=self.kind, error=clean)
            )
        else:
            self.write({"state": "done", "finished_at": fields.Datetime.now()})
            self.integration_id._fincycle_record_success()
