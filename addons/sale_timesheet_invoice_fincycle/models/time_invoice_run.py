# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import logging
import time
from collections import defaultdict
from datetime import timedelta

from odoo import Command, api, fields, models
from odoo.exceptions import AccessError
from odoo.tools import format_amount, format_date

from fincycle.timesheets import month_end

_logger = logging.getLogger(__name__)

MANAGER = "account.group_account_manager"


class TimesheetInvoiceRun(models.Model):
    """What one month-end time invoicing run did in one company: the month it invoiced,
    the invoices it created, how many were posted, how many wait for an approval, which
    sale orders failed (and why)."""

    _name = "timesheet.invoice.run"
    _inherit = "fincycle.invoice.run.mixin"
    _description = "Month-End Time Invoicing Run"

    period_start = fields.Date("From", required=True, readonly=True)
    period_end = fields.Date("To", required=True, readonly=True, index=True)
    trigger = fields.Selection(
        [("cron", "Scheduled"), ("manual", "By hand")], required=True, readonly=True
    )
    user_id = fields.Many2one("res.users", "Run By", readonly=True)
    invoiced = fields.Boolean(
        "Month Invoiced",
        readonly=True,
        help="The run looked for the month's hours to invoice; a run that only posted "
        "invoices approved since an earlier run did not.",
    )
    duration = fields.Float("Duration (s)", readonly=True, digits=(16, 2))
    move_ids = fields.Many2many(relation="timesheet_invoice_run_move_rel")
    failed_order_ids = fields.Many2many(
        "sale.order",
        "timesheet_invoice_run_failed_order_rel",
        "run_id",
        "order_id",
        string="Sale Orders That Failed",
        readonly=True,
        help="Sale orders whose invoice was not created, or created but neither posted "
        "nor sent for approval. Each has a note and a to-do saying why.",
    )
    not_created_count = fields.Integer(
        "Not Created",
        readonly=True,
        help="Sale orders whose invoice could not be created: the next day's run tries again.",
    )

    def _compute_display_name(self):
        for run in self:
            run.display_name = self.env._(
                "Time invoicing of %(month)s, %(company)s",
                month=run.period_start.strftime("%m/%Y") if run.period_start else "",
                company=run.company_id.name or "",
            )

    # ------------------------------------------------------------------ entry points
    @api.model
    def _cron_month_end(self):
        """Every day: each company whose month-end working day has come invoices the
        previous month once (again the next days only when an order's invoice could not
        be created); every day, the invoices approved since an earlier run are posted."""
        today = fields.Date.context_today(self)
        companies = self.env["res.company"].sudo().search([("time_invoice_enabled", "=", True)])
        runs = self.browse()
        for company in companies:
            period = company._time_invoice_period(today)
            invoice = bool(period) and not self._period_done(company, period)
            approved = self._approved_drafts(company)
            if not invoice and not approved:
                continue
            start, end = period or month_end.previous_month(today)
            try:
                with self.env.cr.savepoint():
                    runs |= self.with_company(company)._run(
                        company, start, end, trigger="cron", invoice=invoice
                    )
            except Exception:  # pylint: disable=broad-except
                # the other companies go on; this one is tried again the next day
                _logger.exception("Month-end time invoicing of %s failed", company.name)
        return runs

    def action_run_month_end(self):
        """Invoicing > Configuration: run the month-end invoicing of the previous month for
        the current company now (managers only). A month already invoiced gets nothing new."""
        if not self.env.user.has_group(MANAGER):
            raise AccessError(
                self.env._("Only accounting managers may run the month-end time invoicing.")
            )
        company = self.env.company
        start, end = month_end.previous_month(fields.Date.context_today(self))
        run = self.with_company(company)._run(company, start, end, trigger="manual", invoice=True)
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": run.id,
            "views": [(False, "form")],
            "target": "current",
        }

    @api.model
    def _period_done(self, company, period):
        return bool(
            self.sudo().search_count(
                [
                    ("company_id", "=", company.id),
                    ("period_start", "=", period[0]),
                    ("invoiced", "=", True),
                    ("not_created_count", "=", 0),
                ],
                limit=1,
            )
        )

    @api.model
    def _approved_drafts(self, company):
        """The invoices an earlier run sent for approval, approved since and still in
        draft: the run posts them."""
        drafts = (
            self.env["account.move"]
            .sudo()
            .search(
                [
                    ("company_id", "=", company.id),
                    ("state", "=", "draft"),
                    ("time_invoice_run_ids", "!=", False),
                    ("review_ids", "!=", False),
                ]
            )
        )
        return drafts.filtered(lambda m: m.validation_status == "validated")

    # ------------------------------------------------------------------ the run
    @api.model
    def _run(self, company, start, end, trigger, invoice=True):
        """Invoice the hours of ``company`` from ``start`` to ``end`` (``invoice``), one
        invoice per sale order, each order in its own savepoint; post the approved drafts
        of earlier runs; post or send for approval the new invoices; log it all."""
        if company not in self.env.user.company_ids and not (
            self.env.su or self.env.user._is_superuser()
        ):
            raise AccessError(self.env._("You cannot invoice the time of %s.", company.name))
        env_user = self.env.user
        self = self.sudo().with_company(company)  # noqa: PLW0642 - the run acts for the company
        clock = time.monotonic()
        run = self.create(
            {
                "company_id": company.id,
                "period_start": start,
                "period_end": end,
                "trigger": trigger,
                "user_id": env_user.id,
                "invoiced": invoice,
                "date_start": fields.Datetime.now(),
            }
        )
        lines, failed, not_created = [], self.env["sale.order"], self.env["sale.order"]
        created = self.env["account.move"]
        if invoice:
            created, not_created, lines = self._invoice_orders(company, start, end)
            failed |= not_created
            run.move_ids = [Command.set(created.ids)]
        counts = defaultdict(int)
        for move in self._approved_drafts(company).sorted("id"):
            outcome, line, order = self._post_approved(move)
            counts[outcome] += 1
            lines.append(line)
            failed |= order
        for outcome, line, order in self._submit_all(created.sorted("id")):
            counts[outcome] += 1
            lines.append(line)
            failed |= order
        if invoice:
            lines.extend(self._older_hours_lines(company, start))
        run.write(
            {
                "date_end": fields.Datetime.now(),
                "duration": time.monotonic() - clock,
                "created_count": len(created),
                "posted_count": counts["posted"],
                "waiting_count": counts["waiting"],
                "approved_count": counts["approved"],
                "failed_count": len(not_created) + counts["failed"],
                "not_created_count": len(not_created),
                "failed_order_ids": [Command.set(failed.ids)],
                "detail": "\n".join(lines) or self.env._("Nothing to invoice."),
            }
        )
        log = _logger.warning if run.failed_count else _logger.info
        log(
            "Month-end time invoicing of %s to %s in %s: %d created, %d posted, "
            "%d waiting for approval, %d posted after approval, %d failed in %.2f s",
            start,
            end,
            company.name,
            run.created_count,
            run.posted_count,
            run.waiting_count,
            run.approved_count,
            run.failed_count,
            run.duration,
        )
        return run.with_env(self.env(user=env_user, su=False))

    def _invoice_orders(self, company, start, end):
        """One invoice per sale order with hours to invoice in the period: all orders at
        once, and when that fails, order by order so that one failing order never stops
        the others. Returns the invoices, the orders that failed and the summary lines of
        the failures."""
        SaleOrder = self.env["sale.order"]
        SaleLine = self.env["sale.order.line"]
        sale_lines = SaleLine.search(SaleOrder._time_invoice_line_domain(company))
        hours = SaleOrder._time_invoice_hours(sale_lines, start, end)
        by_order = defaultdict(lambda: SaleLine)
        for sale_line in SaleLine.browse(sorted(hours)):
            by_order[sale_line.order_id] |= sale_line
        orders = SaleOrder.browse(sorted(order.id for order in by_order))
        created, failed, lines = self.env["account.move"], SaleOrder, []
        if not orders:
            return created, failed, lines
        try:
            with self.env.cr.savepoint():
                return (
                    orders._time_invoice_create(SaleLine.union(*by_order.values()), start, end),
                    failed,
                    lines,
                )
        except Exception:  # pylint: disable=broad-except
            _logger.info("Month-end time invoicing in %s: one order at a time", company.name)
        for order in orders:
            try:
                with self.env.cr.savepoint():
                    moves = order._time_invoice_create(by_order[order], start, end)
            except Exception as exc:  # pylint: disable=broad-except
                error = order._time_invoice_record_failure(
                    exc,
                    self.env._("Month-end invoice not created"),
                    self.env._(
                        "The month-end invoice of the time from %(start)s to %(end)s could "
                        "not be created; the next day's run tries again:",
                        start=format_date(self.env, start),
                        end=format_date(self.env, end),
                    ),
                )
                failed |= order
                lines.append(
                    self.env._(
                        "%(order)s: no invoice created (%(error)s)",
                        order=order.name,
                        error=error,
                    )
                )
                continue
            created |= moves
        return created, failed, lines

    def _submit_all(self, moves):
        """Post or send for approval ``moves``: all at once, and when that fails, one by
        one. Yields (outcome, summary line, failed order) per invoice."""
        outcomes = None
        if moves:
            try:
                with self.env.cr.savepoint():
                    outcomes = self.env["sale.order"]._time_invoice_submit(moves)
            except Exception:  # pylint: disable=broad-except
                _logger.info("Month-end time invoicing: posting one invoice at a time")
        for move in moves:
            if outcomes is None:
                yield self._submit(move)
            else:
                yield self._outcome(move, outcomes[move.id])

    def _submit(self, move):
        order = move.line_ids.sale_line_ids.order_id[:1]
        try:
            with self.env.cr.savepoint():
                outcome = order._time_invoice_submit(move)[move.id]
        except Exception as exc:  # pylint: disable=broad-except
            error = order._time_invoice_record_failure(
                exc,
                self.env._("Month-end invoice not posted"),
                self.env._(
                    "This month-end invoice stays in draft, neither posted nor sent for "
                    "approval; correct it, then post it or request its approval:"
                ),
                move=move,
            )
            return (
                "failed",
                self.env._(
                    "%(order)s: %(invoice)s stays in draft, neither posted nor sent for "
                    "approval (%(error)s)",
                    order=order.name,
                    invoice=move.display_name,
                    error=error,
                ),
                order,
            )
        return self._outcome(move, outcome)

    def _outcome(self, move, outcome):
        order = move.line_ids.sale_line_ids.order_id[:1]
        amount = format_amount(self.env, move.amount_total, move.currency_id)
        if outcome == "waiting":
            line = self.env._(
                "%(order)s: %(invoice)s (%(amount)s) waits for approval: %(rules)s",
                order=order.name,
                invoice=move.display_name,
                amount=amount,
                rules=move.tier_reason or "",
            )
        else:
            line = self.env._(
                "%(order)s: %(invoice)s (%(amount)s) posted",
                order=order.name,
                invoice=move.display_name,
                amount=amount,
            )
        return outcome, line, order.browse()

    def _post_approved(self, move):
        order = move.line_ids.sale_line_ids.order_id[:1]
        try:
            with self.env.cr.savepoint():
                move.with_company(move.company_id).action_post()
        except Exception as exc:  # pylint: disable=broad-except
            error = order._time_invoice_record_failure(
                exc,
                self.env._("Month-end invoice not posted"),
                self.env._("This approved month-end invoice stays in draft:"),
                move=move,
            )
            return (
                "failed",
                self.env._(
                    "%(order)s: %(invoice)s, approved, stays in draft (%(error)s)",
                    order=order.name,
                    invoice=move.display_name,
                    error=error,
                ),
                order,
            )
        return (
            "approved",
            self.env._(
                "%(order)s: %(invoice)s (%(amount)s) posted after its approval",
                order=order.name,
                invoice=move.display_name,
                amount=format_amount(self.env, move.amount_total, move.currency_id),
            ),
            order.browse(),
        )

    def _older_hours_lines(self, company, start):
        """Hours dated before the period, never invoiced: no month-end run invoices them
        (each invoices its month), so they are named for an invoice by hand."""
        SaleOrder = self.env["sale.order"]
        sale_lines = self.env["sale.order.line"].search(
            SaleOrder._time_invoice_line_domain(company)
        )
        older = SaleOrder._time_invoice_hours(sale_lines, None, start - timedelta(days=1))
        per_order = defaultdict(float)
        for sale_line in self.env["sale.order.line"].browse(list(older)):
            per_order[sale_line.order_id] += older[sale_line.id]
        return [
            self.env._(
                "%(order)s: %(hours)s h dated before %(start)s are not invoiced yet: "
                "invoice them from the order (Create Invoice).",
                order=order.name,
                hours=f"{hours:.2f}",
                start=format_date(self.env, start),
            )
            for order, hours in sorted(per_order.items(), key=lambda kv: kv[0].id)
            if hours > 0
        ]
