# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import logging

from markupsafe import Markup, escape

from odoo import api, fields, models, modules
from odoo.exceptions import UserError

_logger = logging.getLogger(__name__)

BATCH_SIZE = 50


class _RollbackOnError:
    def __init__(self, cr):
        self.cr = cr

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.cr.rollback()
        return False


class CreditControlRun(models.Model):
    _inherit = "credit.control.run"

    fincycle_auto = fields.Boolean(string="Daily run", readonly=True, copy=False)
    held_line_count = fields.Integer(string="Held back", readonly=True, copy=False)
    error_count = fields.Integer(string="Failed", readonly=True, copy=False)

    @api.model
    def _check_run_date(self, controlling_date):
        """OCA's check, with the credit lines of the run's company only: OCA compares with
        every company's lines, so a company already on tomorrow's date (UTC+9) would stop the
        run of a company still on today's (Europe/Zurich)."""
        company = self.env.company
        run = self.search(
            [("date", ">", controlling_date), ("company_id", "=", company.id)],
            order="date DESC",
            limit=1,
        )
        if run:
            raise UserError(
                self.env._("A run has already been executed more recently (%s)", run.date)
            )
        line = self.env["credit.control.line"].search(
            [("date", ">", controlling_date), ("company_id", "=", company.id)],
            order="date DESC",
            limit=1,
        )
        if line:
            raise UserError(
                self.env._(
                    "A credit control line more recent than %(controlling_date)s exists at "
                    "%(lines_date)s",
                    controlling_date=controlling_date,
                    lines_date=line.date,
                )
            )

    def _generate_credit_lines(self):
        """OCA's generation; the report also lists the invoices a pause rule held back."""
        paused = {}
        generated = super(CreditControlRun, self.with_context(fincycle_paused=paused))
        generated = generated._generate_credit_lines()
        if paused:
            self.write(
                {
                    "report": (self.report or Markup()) + self._fincycle_paused_report(paused),
                    "held_line_count": len(paused),
                }
            )
        return generated

    def _fincycle_paused_report(self, paused):
        # Stored as text: written in the company's language, not the cron user's (English).
        env = self.with_context(lang=self.company_id.partner_id.lang or self.env.lang).env
        labels = {
            "no_dunning": env._("customer marked 'no reminders'"),
            "dispute": env._("open dispute"),
            "promise": env._("payment promised"),
            "bank_pending": env._("a payment waits in the bank; activity to check it"),
        }
        items = Markup()
        aml_model = env["account.move.line"].sudo()
        for line_id, (level, code, record) in sorted(paused.items()):
            aml = aml_model.browse(line_id)
            what = record.display_name
            if record._name == "res.partner" and record.no_dunning_reason:
                what = f"{what}: {record.no_dunning_reason}"
            items += Markup("<li>%s (%s): %s — %s</li>") % (
                aml.move_id.name,
                level.with_env(env).name,
                labels.get(code, code),
                what,
            )
        title = escape(env._("%(count)s invoice(s) not reminded today:", count=len(paused)))
        return Markup("<p>%s</p><ul>%s</ul>") % (title, items)

    # ------------------------------------------------------------------------------------------
    # The daily run
    # ------------------------------------------------------------------------------------------
    @api.model
    def _cron_fincycle_daily_reminders(self, now=None):
        """Hourly: each company whose local time has reached its reminder hour and that has
        not run today gets its run: lines generated, then sent in batches. One company or
        one customer failing never stops the others."""
        now = now or fields.Datetime.now()
        companies = self.env["res.company"].sudo().search([("dunning_auto", "=", True)])
        for company in companies:
            local = company._fincycle_local_now(now)
            if local.hour < company.dunning_hour:
                continue
            if company.dunning_last_run_date and company.dunning_last_run_date >= local.date():
                continue
            try:
                with self._fincycle_guard():
                    self.with_company(company)._fincycle_run_company(company, local.date())
            except Exception:
                _logger.exception("Daily reminders: the run of %s failed", company.name)
            self._fincycle_commit()

    @api.model
    def _fincycle_guard(self):
        """Isolate one company's run: a savepoint in tests; outside, the run commits its
        batches (a savepoint would not survive the commit), so a failure rolls back to the
        last committed batch."""
        if modules.module.current_test:
            return self.env.cr.savepoint()
        return _RollbackOnError(self.env.cr)

    @api.model
    def _fincycle_commit(self, processed=0, remaining=None):
        if modules.module.current_test:
            return
        self.env["ir.cron"]._commit_progress(processed, remaining=remaining)

    @api.model
    def _fincycle_run_company(self, company, date):
        """Create, generate and send the run of ``company`` for its local ``date``."""
        company._fincycle_ensure_credit_policy()
        policies = self.env["credit.control.policy"].search(
            [("company_id", "in", [company.id, False]), ("do_nothing", "=", False)]
        )
        company.dunning_last_run_date = date
        if not company.credit_policy_id or not policies:
            _logger.info("Daily reminders: %s has no credit control policy", company.name)
            return self.browse()
        run = self.create(
            {
                "date": date,
                "company_id": company.id,
                "policy_ids": [(6, 0, policies.ids)],
                "fincycle_auto": True,
            }
        )
        run.generate_credit_lines()
        run.set_to_ready_lines()
        run._fincycle_send_lines()
        return run

    def _fincycle_send_lines(self, batch_size=BATCH_SIZE):
        """Send the run's ready lines, one communication per customer, level and currency,
        in batches; a failing communication marks its lines in error and the others go on."""
        self.ensure_one()
        lines = self.line_ids.filtered(lambda line: line.state == "to_be_sent")
        comms = self.env["credit.control.communication"]._generate_comm_from_credit_lines(lines)
        errors = 0
        total = len(comms)
        for start in range(0, total, batch_size):
            batch = comms[start : start + batch_size]
            for comm in batch:
                try:
                    with self.env.cr.savepoint():
                        comm._fincycle_send()
                except Exception as error:
                    errors += 1
                    comm._fincycle_log_failure(error)
            _logger.info(
                "Daily reminders %s: %s/%s communications done",
                self.company_id.name,
                min(start + batch_size, total),
                total,
            )
            self._fincycle_commit(len(batch), remaining=max(total - start - batch_size, 0))
        if errors:
            self.error_count = errors
        return comms
