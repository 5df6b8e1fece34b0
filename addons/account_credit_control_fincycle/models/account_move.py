# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from odoo import fields, models

from .account_dispute import OPEN_STATES
from .account_move_line import PAUSE_REASONS


class AccountMove(models.Model):
    _inherit = "account.move"

    dispute_ids = fields.Many2many(
        "account.dispute",
        "account_dispute_move_rel",
        "move_id",
        "dispute_id",
        string="Disputes",
        copy=False,
        readonly=True,
    )
    dispute_count = fields.Integer(compute="_compute_dispute_count")
    dunning_resume_date = fields.Date(
        string="Reminders resumed on",
        copy=False,
        readonly=True,
        help="Set when a dispute on this invoice is closed: the next reminder level is counted "
        "from this date.",
    )
    dunning_pause_reason = fields.Selection(
        PAUSE_REASONS,
        string="Reminders on hold",
        compute="_compute_dunning_pause_reason",
        groups="base.group_user",  # reads the reminder queue: employees only
        help="Why the daily reminder run leaves this invoice out today.",
    )

    def _compute_dispute_count(self):
        for move in self:
            move.dispute_count = len(move.sudo().dispute_ids)

    def _compute_dunning_pause_reason(self):
        receivables = self.line_ids.filtered(
            lambda aml: aml.account_id.account_type == "asset_receivable" and not aml.reconciled
        )
        reasons = receivables._fincycle_dunning_pause_reasons() if receivables else {}
        for move in self:
            codes = [
                reasons[aml.id][0]
                for aml in receivables
                if aml.move_id == move and aml.id in reasons
            ]
            move.dunning_pause_reason = codes[0] if codes else False

    def _fincycle_open_disputes(self):
        return self.sudo().dispute_ids.filtered(lambda d: d.state in OPEN_STATES and d.is_dispute)

    def action_open_dispute(self):
        invoices = self.filtered(lambda m: m.move_type in ("out_invoice", "out_refund"))
        return self.env["account.dispute"]._fincycle_action_new(invoices=invoices)

    def action_view_disputes(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "account_credit_control_fincycle.action_account_dispute"
        )
        action["domain"] = [("invoice_ids", "in", self.ids)]
        action["context"] = {
            "default_invoice_ids": [(6, 0, self.ids)],
            "default_partner_id": self.commercial_partner_id.id,
        }
        return action

    def _fincycle_policy(self):
        self.ensure_one()
        return (
            self.sudo().credit_policy_id
            or self.commercial_partner_id.sudo().credit_policy_id
            or self.company_id.sudo().credit_policy_id
        )

    def _fincycle_next_reminder_date(self):
        """The earliest date the next reminder level can go out (None if no level is left)."""
        self.ensure_one()
        policy = self._fincycle_policy()
        if not policy or policy.do_nothing or not self.invoice_date_due:
            return None
        done = (
            self.sudo()
            .credit_control_line_ids.filtered(
                lambda line: line.state not in ("draft", "ignored") and not line.manually_overridden
            )
            .sorted("id")
        )
        last = done[-1:] if done else None
        levels = policy.level_ids.sorted("level")
        next_levels = levels.filtered(lambda lvl: not last or lvl.level > last.level)
        if not next_levels:
            return None
        level = next_levels[0]
        if level.computation_mode == "previous_date" and last:
            base = last.date + timedelta(days=level.delay_days)
        else:
            base = self.invoice_date_due + timedelta(days=level.delay_days)
        candidates = [base]
        gap = level._fincycle_gap_days()
        if self.dunning_resume_date:
            candidates.append(self.dunning_resume_date + timedelta(days=gap))
        if last and policy.fincycle_managed:
            candidates.append(last.date + timedelta(days=gap))
        return max(candidates)

    def _fincycle_ask_to_check_payment(self, st_line):
        """Instead of a reminder: an activity to check the waiting bank line (only once)."""
        activity_type = self.env.ref("account_credit_control_fincycle.mail_activity_check_payment")
        for move in self.sudo():
            if move.activity_ids.filtered(lambda a: a.activity_type_id == activity_type):
                continue
            controller = (
                move.commercial_partner_id.payment_responsible_id
                or move.company_id._fincycle_controller()
            )
            note = self.env._(
                "No reminder sent: a bank payment of %(amount)s from %(payer)s on %(date)s "
                "(%(label)s) waits to be reconciled. Reconcile it with this invoice, or tell "
                "the customer it is not for this invoice.",
                amount=st_line.currency_id.format(st_line.amount),
                payer=st_line.partner_id.display_name or st_line.partner_name or "?",
                date=fields.Date.to_string(st_line.date),
                label=st_line.payment_ref or "",
            )
            move.activity_schedule(
                activity_type_id=activity_type.id,
                note=note,
                user_id=controller.id,
            )
