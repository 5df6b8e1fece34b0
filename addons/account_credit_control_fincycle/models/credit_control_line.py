# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class CreditControlLine(models.Model):
    _inherit = "credit.control.line"

    disputed_amount = fields.Float(
        readonly=True,
        help="Part of the invoice under an open dispute: left out of the amount reminded and "
        "stated on the reminder.",
    )
    send_error = fields.Text(string="Sending error", readonly=True, copy=False)

    @api.model
    def _prepare_from_move_line(
        self, move_line, level, controlling_date, open_amount, default_lines_vals
    ):
        data = super()._prepare_from_move_line(
            move_line, level, controlling_date, open_amount, default_lines_vals
        )
        partial = self.env.context.get("fincycle_partial_disputed")
        if partial is None:
            partial = move_line._fincycle_partial_disputed()
        disputed = partial.get(move_line.id, 0.0)
        if disputed:
            data["disputed_amount"] = disputed
            data["balance_due"] = max(open_amount - disputed, 0.0)
        return data

    @api.model
    def create_or_update_from_mv_lines(self, lines, level, controlling_date, company, **kwargs):
        """OCA's creation, with the partly disputed amounts of ``lines`` read at once."""
        partial = lines._fincycle_partial_disputed()
        this = self.with_context(fincycle_partial_disputed=partial)
        return super(CreditControlLine, this).create_or_update_from_mv_lines(
            lines, level, controlling_date, company, **kwargs
        )

    def write(self, vals):
        """A reminder marked sent (its e-mail gone, its letter printed, or done by hand) is
        dated that day, as OCA leaves its reminder date empty (kept when already given)."""
        if vals.get("state") != "sent" or vals.get("date_sent"):
            return super().write(vals)
        undated = self.filtered(lambda line: line.state != "sent" and not line.date_sent)
        result = super().write(vals)
        if undated:
            today = fields.Date.context_today(self)
            super(CreditControlLine, undated).write({"date_sent": today})
        return result

    def action_open_dispute(self):
        self.ensure_one()
        return self.env["account.dispute"]._fincycle_action_new(
            partner=self.partner_id, invoices=self.invoice_id
        )
