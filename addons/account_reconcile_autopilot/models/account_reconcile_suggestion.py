# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import format_list

from .evidence import (
    confidence,
    explain_evidence,
    format_confidence,
)


class AccountReconcileSuggestion(models.Model):
    """One candidate of the matcher for one bank line: what it would reconcile, how sure it
    is and why. Accepted ones are reconciled; rejected ones are never proposed again."""

    _name = "account.reconcile.suggestion"
    _description = "Reconciliation Suggestion"
    _order = "statement_line_id, rank, id"
    _check_company_auto = True

    statement_line_id = fields.Many2one(
        "account.bank.statement.line", required=True, ondelete="cascade", index=True
    )
    company_id = fields.Many2one(
        related="statement_line_id.company_id", store=True, index=True, precompute=True
    )
    journal_id = fields.Many2one(related="statement_line_id.journal_id", store=True)
    line_date = fields.Date(related="statement_line_id.date", string="Bank Date")
    line_amount = fields.Monetary(
        related="statement_line_id.amount", currency_field="line_currency_id"
    )
    line_currency_id = fields.Many2one(related="statement_line_id.currency_id")
    line_label = fields.Char(related="statement_line_id.payment_ref", string="Bank Label")
    move_line_ids = fields.Many2many(
        "account.move.line", string="Journal Items", check_company=True
    )
    move_ids = fields.Many2many("account.move", string="Documents", compute="_compute_move_ids")
    partner_id = fields.Many2one("res.partner", compute="_compute_partner_id", store=True)
    items_key = fields.Char(
        required=True, index=True, help="The matched journal items, sorted: the reject memory."
    )
    rank = fields.Integer(default=1)
    score = fields.Float(digits=(3, 3))
    score_percent = fields.Float("Confidence (%)", compute="_compute_score_percent")
    confidence = fields.Float(compute="_compute_score_percent", help="The score in whole percents.")
    kind = fields.Selection(
        [
            ("full", "Full payment"),
            ("partial", "Partial payment"),
            ("multi", "Several documents"),
            ("overpayment", "Overpayment"),
            ("writeoff", "With write-off"),
        ]
    )
    difference = fields.Float(help="Bank amount minus what is applied, in the bank currency.")
    allocations = fields.Json(help="Amount applied per journal item, in the item currency.")
    evidence_data = fields.Json(
        "Evidence (technical)", help="The matcher's evidence as codes, parameters and weights."
    )
    evidence = fields.Text("Why", compute="_compute_evidence")
    evidence_summary = fields.Char("Main Reasons", compute="_compute_evidence")
    evidence_html = fields.Html("Explanation", compute="_compute_evidence", sanitize=False)
    state = fields.Selection(
        [
            ("proposed", "To Review"),
            ("accepted", "Accepted"),
            ("auto", "Auto-Reconciled"),
            ("rejected", "Rejected"),
            ("undone", "Undone"),
            ("outdated", "Outdated"),
        ],
        default="proposed",
        required=True,
        index=True,
    )

    @api.depends("move_line_ids")
    def _compute_move_ids(self):
        for suggestion in self:
            suggestion.move_ids = suggestion.move_line_ids.move_id

    @api.depends("move_line_ids")
    def _compute_partner_id(self):
        for suggestion in self:
            partners = suggestion.move_line_ids.partner_id.commercial_partner_id
            suggestion.partner_id = partners[:1] if len(partners) == 1 else False

    @api.depends("evidence_data")
    @api.depends_context("lang")
    def _compute_evidence(self):
        for suggestion in self:
            (
                suggestion.evidence,
                suggestion.evidence_summary,
                suggestion.evidence_html,
            ) = explain_evidence(suggestion.env, suggestion.evidence_data)

    @api.depends("score")
    def _compute_score_percent(self):
        for suggestion in self:
            suggestion.score_percent = suggestion.score * 100
            suggestion.confidence = confidence(suggestion.score)

    @api.model
    def _items_key(self, move_line_ids):
        return ",".join(str(i) for i in sorted(move_line_ids))

    def action_accept(self):
        for suggestion in self:
            if suggestion.state != "proposed":
                raise UserError(self.env._("Only suggestions to review can be accepted."))
            line = suggestion.statement_line_id
            if line.is_reconciled:
                raise UserError(
                    self.env._("Bank line %(line)s is already reconciled.", line=line.display_name)
                )
            line._autopilot_reconcile(suggestion, automatic=False)
        return True

    def action_reject(self):
        for suggestion in self.filtered(lambda s: s.state == "proposed"):
            suggestion.state = "rejected"
            line = suggestion.statement_line_id
            line.move_id.message_post(
                body=self.env._(
                    "Suggestion rejected by %(user)s: %(documents)s (confidence "
                    "%(confidence)s). It will not be proposed again.",
                    user=self.env.user.name,
                    documents=format_list(self.env, suggestion.move_ids.mapped("name")),
                    confidence=format_confidence(self.env, suggestion.score),
                )
            )
            line._autopilot_show_next_suggestion()
            if not line.autopilot_suggestion_ids.filtered(lambda s: s.state == "proposed"):
                line.autopilot_state = "unmatched"
        return True

    def action_open_statement_line(self):
        self.ensure_one()
        return self.statement_line_id._autopilot_open_reconcile_form()
