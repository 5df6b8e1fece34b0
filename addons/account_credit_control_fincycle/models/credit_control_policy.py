# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class CreditControlPolicy(models.Model):
    _inherit = "credit.control.policy"

    fincycle_managed = fields.Boolean(
        string="Space levels evenly",
        help="A level is never sent sooner than its gap after the previous level (e.g. 15 days "
        "for 15/30/45), even when the previous one went out late.",
    )


class CreditControlPolicyLevel(models.Model):
    _inherit = "credit.control.policy.level"

    currency_id = fields.Many2one(related="policy_id.company_id.currency_id")
    attach_invoice_pdf = fields.Boolean(
        string="Attach the invoices",
        help="Attach each reminded invoice's PDF (with its Swiss QR-bill when printed) to the "
        "e-mail.",
    )
    also_letter = fields.Boolean(
        string="Also as a letter",
        help="Besides the e-mail, print the reminder as a PDF letter on the communication.",
    )
    controller_activity = fields.Boolean(
        string="Activity for the credit controller",
        help="Schedule an activity for the customer's follow-up responsible (or the company's "
        "credit controller) when this level is sent.",
    )
    fee_amount = fields.Monetary(
        string="Reminder fee",
        currency_field="currency_id",
        help="A fee claimed by this reminder, shown as a line of it (never added silently).",
    )
    fee_product_id = fields.Many2one(
        "product.product",
        string="Fee product",
        help="Optional: its name labels the fee and it is used if you invoice the fee.",
    )
    fee_label = fields.Char(translate=True, help="Label of the fee line on the reminder.")
    late_interest_rate = fields.Float(
        string="Late-payment interest (% per year)",
        digits=(16, 2),
        help="Penalties for late payment counted from the due date, shown on the reminder "
        "(France: at least three times the legal interest rate; usually the ECB rate + 10 "
        "points, art. L441-10 Code de commerce).",
    )
    recovery_indemnity = fields.Monetary(
        string="Recovery indemnity per invoice",
        currency_field="currency_id",
        help="Fixed indemnity for recovery costs per overdue invoice (France: 40 EUR, art. "
        "L441-10 and D441-5 Code de commerce), shown on the reminder.",
    )

    def get_level_lines(self, controlling_date, lines):
        """OCA's lines due for this level, minus those a pause rule holds back (dispute,
        promise, 'no reminders' customer, payment waiting in the bank). Only lines that would
        be reminded today are checked, so the run's report lists what was really held."""
        matching = super().get_level_lines(controlling_date, lines)
        reasons = matching._fincycle_dunning_pause_reasons(controlling_date)
        if not reasons:
            return matching
        held = matching.browse(list(reasons))
        collected = self.env.context.get("fincycle_paused")
        if collected is not None:
            collected.update({line_id: (self, *reason) for line_id, reason in reasons.items()})
        for line in held:
            code, record = reasons[line.id]
            if code == "bank_pending":
                line.move_id._fincycle_ask_to_check_payment(record)
        return matching - held

    def _fincycle_gap_days(self):
        """Days between the previous level and this one."""
        self.ensure_one()
        if self.computation_mode == "previous_date":
            return self.delay_days
        previous = self._previous_level()
        if previous and previous.computation_mode != "previous_date":
            return max(self.delay_days - previous.delay_days, 0)
        return self.delay_days

    def _get_sql_level_part(self):
        """OCA's condition on the previous level, and: after a dispute closes, the level waits
        its gap counted from the day reminders resumed; on evenly spaced policies, also from
        the previous level actually sent. (Added here rather than to the date boundary, whose
        exact SQL OCA's tests compare.)"""
        sql = super()._get_sql_level_part()
        # gap is an integer from the level: no user text reaches the SQL
        gap = int(self._fincycle_gap_days())
        resume = (
            "COALESCE((SELECT am.dunning_resume_date FROM account_move am"  # noqa: S608
            f" WHERE am.id = mv_line.move_id) + {gap}, date(%(controlling_date)s))"
            " <= date(%(controlling_date)s)"
        )
        sql = f"{sql} AND {resume}"
        if self.policy_id.fincycle_managed:
            sql += (
                f" AND (cr_line.id IS NULL OR (cr_line.date + {gap}) <= date(%(controlling_date)s))"
            )
        return sql
