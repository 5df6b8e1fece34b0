# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import logging

from markupsafe import Markup

from odoo import api, models
from odoo.fields import Domain
from odoo.tools import format_date

_logger = logging.getLogger(__name__)

# Context keys of a month-end run: the sale order lines it invoices (the others of the
# order stay for Odoo's invoicing by hand) and the period, shown on the invoice lines.
TIME_LINES = "fincycle_time_invoice_line_ids"
TIME_PERIOD = "fincycle_time_invoice_period"


class SaleOrder(models.Model):
    _inherit = "sale.order"

    # ---------------------------------------------------------------- what is due
    @api.model
    def _time_invoice_line_domain(self, company):
        """The confirmed sale order lines of ``company`` invoiced on the timesheets'
        hours (service invoiced on delivered quantity, tracked by timesheets)."""
        return Domain(
            [
                ("company_id", "=", company.id),
                ("state", "=", "sale"),
                ("is_downpayment", "=", False),
                ("display_type", "=", False),
                ("product_id.type", "=", "service"),
                ("product_id.invoice_policy", "=", "delivery"),
                ("product_id.service_type", "=", "timesheet"),
            ]
        )

    @api.model
    def _time_invoice_hours(self, sale_lines, start, end):
        """{sale order line id: hours} of the timesheets on ``sale_lines`` not invoiced
        yet (Odoo's own rule: no invoice, a cancelled or a reversed one), dated from
        ``start`` (None: any earlier date) to ``end``."""
        Line = self.env["account.analytic.line"].sudo()
        domain = Domain(
            self.env["account.move.line"]._timesheet_domain_get_invoiced_lines(sale_lines)
        )
        if start:
            domain &= Domain("date", ">=", start)
        domain &= Domain("date", "<=", end)
        return {
            sale_line.id: hours
            for sale_line, hours in Line._read_group(domain, ["so_line"], ["unit_amount:sum"])
        }

    # ---------------------------------------------------------------- invoicing
    def _time_invoice_create(self, sale_lines, start, end):
        """The invoices (one per order) of the hours delivered on ``sale_lines`` (of these
        orders) from ``start`` to ``end``, through Odoo's own invoicing: the wizard's
        quantities of the period, then ``_create_invoices`` with the period that links
        the timesheets."""
        sale_lines._recompute_qty_to_invoice(start, end)
        moves = self.with_context(
            **{
                TIME_LINES: tuple(sale_lines.ids),
                TIME_PERIOD: (start, end),
                "timesheet_start_date": start,
                "timesheet_end_date": end,
                "raise_if_nothing_to_invoice": False,
            }
        )._create_invoices(grouped=True, final=False)
        if moves and "work_end_date" in moves._fields:
            moves.work_end_date = end
        return moves

    def _get_invoiceable_lines(self, final=False):
        lines = super()._get_invoiceable_lines(final=final)
        only = self.env.context.get(TIME_LINES)
        if only is not None:
            lines = lines.filtered(lambda line: line.id in only)
        return lines

    @api.model
    def _time_invoice_submit(self, moves):
        """Post the ``moves`` no approval rule holds, request the approval of the others
        (they stay in draft in the managers' queue); never approves. Returns
        ``{move id: "posted" or "waiting"}`` (as the contracts' run does)."""
        held = moves.filtered(lambda m: m.need_validation)
        for move in held:
            move.with_company(move.company_id).request_validation()
        free = moves - held
        if free:
            free.with_company(free.company_id[:1]).action_post()
        return {move.id: "waiting" if move in held else "posted" for move in moves}

    def _time_invoice_record_failure(self, exc, summary, intro, move=None):
        """Say on the order (note, and a to-do for its salesperson) what failed and why;
        returns the error text."""
        self.ensure_one()
        error = str(exc.args[0] if getattr(exc, "args", None) else repr(exc))
        _logger.error("Month-end time invoicing of %s (id=%s): %s", self.name, self.id, error)
        link = move._get_html_link(title=move.display_name) if move else ""
        body = Markup("<p>%s %s</p><pre>%s</pre>") % (intro, link, error)
        self.message_post(body=body, subtype_xmlid="mail.mt_note")
        self.activity_schedule(
            "mail.mail_activity_data_todo",
            summary=summary,
            note=body,
            user_id=(self.user_id or self.env.user).id,
        )
        return error

    @api.model
    def _time_invoice_period_label(self, start, end):
        return self.env._(
            "Time from %(start)s to %(end)s",
            start=format_date(self.env, start),
            end=format_date(self.env, end),
        )


class SaleOrderLine(models.Model):
    _inherit = "sale.order.line"

    def _prepare_invoice_line(self, **optional_values):
        values = super()._prepare_invoice_line(**optional_values)
        period = self.env.context.get(TIME_PERIOD)
        if period and not self.display_type:
            label = self.order_id._time_invoice_period_label(*period)
            values["name"] = f"{values.get('name') or self.name}\n{label}"
        return values
