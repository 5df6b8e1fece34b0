# Copyright 2026 Fincycle
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Customer payment risk per company, recomputed nightly from the pure core's scoring.

One record per (commercial partner, company): a customer of two companies of the group pays
each of them in its own way, and a company's users must not see how the customer pays the
others (record rule on the company). A company-dependent field on res.partner would hold one
number per company too, but not the factors, the date of computation nor a rule per record.
"""

import logging
from collections import defaultdict
from datetime import timedelta

from markupsafe import Markup

from odoo import api, fields, models, modules
from odoo.exceptions import UserError
from odoo.tools import SQL, format_amount

from fincycle.collections.risk import WINDOW_DAYS, InvoiceRecord, compute_risk

from .account_dispute import OPEN_STATES

_logger = logging.getLogger(__name__)

RISK_BATCH = 500
# Invoices older than this (by due date) and settled do not matter any more.
HISTORY_DAYS = WINDOW_DAYS + 30


class FincyclePartnerRisk(models.Model):
    _name = "fincycle.partner.risk"
    _description = "Customer Payment Risk"
    _order = "score desc, id"
    _rec_name = "partner_id"
    _check_company_auto = True

    partner_id = fields.Many2one(
        "res.partner",
        string="Customer",
        required=True,
        index=True,
        ondelete="cascade",
        domain="[('is_company', '=', True)]",
    )
    company_id = fields.Many2one("res.company", required=True, index=True, ondelete="cascade")
    currency_id = fields.Many2one(related="company_id.currency_id")
    score = fields.Integer(string="Risk", aggregator="avg", help="0 pays on time, 100 worst.")
    is_high = fields.Boolean(
        string="Above threshold", compute="_compute_is_high", search="_search_is_high"
    )
    factors = fields.Json(
        string="Factor data", readonly=True, help="The scoring's factors: code, value, points."
    )
    factors_html = fields.Html(string="Factors", compute="_compute_factors_html", sanitize=False)
    avg_days_late = fields.Float(string="Days late (avg)", digits=(16, 1))
    trend_days_late = fields.Float(string="Trend (days)", digits=(16, 1))
    reminded_share = fields.Float(string="Second reminders (%)", digits=(16, 1))
    invoice_count = fields.Integer(string="Invoices (12 months)")
    open_amount = fields.Monetary()
    overdue_amount = fields.Monetary()
    disputed_amount = fields.Monetary()
    dispute_count = fields.Integer(string="Disputes (12 months)")
    computed_at = fields.Datetime(readonly=True)

    _partner_company_uniq = models.Constraint(
        "unique(partner_id, company_id)", "One risk per customer and company."
    )

    @api.depends("score", "company_id.risk_threshold")
    def _compute_is_high(self):
        for risk in self:
            risk.is_high = risk.score >= risk.company_id.risk_threshold > 0

    def _search_is_high(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise UserError(self.env._("Unsupported search on the risk threshold."))
        self.env.cr.execute(
            SQL(
                "SELECT r.id FROM fincycle_partner_risk r JOIN res_company c "
                "ON c.id = r.company_id WHERE c.risk_threshold > 0 "
                "AND r.score >= c.risk_threshold"
            )
        )
        ids = [row[0] for row in self.env.cr.fetchall()]
        positive = (operator == "=") == value
        return [("id", "in" if positive else "not in", ids)]

    def _factor_labels(self):
        return {
            "avg_days_late": self.env._("Days late, average (12 months)"),
            "trend_days_late": self.env._("Days late, trend (last 6 months vs before)"),
            "reminded_share": self.env._("Invoices reminded twice or more"),
            "overdue_ratio": self.env._("Overdue amount / billed (12 months)"),
            "disputed_ratio": self.env._("Disputed amount / billed (12 months)"),
            "disputes_12m": self.env._("Disputes opened (12 months)"),
            "invoice_count": self.env._("Invoices due (12 months)"),
            "open_amount": self.env._("Open amount"),
            "overdue_amount": self.env._("Overdue amount"),
            "disputed_amount": self.env._("Disputed amount"),
        }

    @api.depends("factors")
    def _compute_factors_html(self):
        labels = self._factor_labels()
        money = {"open_amount", "overdue_amount", "disputed_amount"}
        shares = {"reminded_share", "overdue_ratio", "disputed_ratio"}
        for risk in self:
            rows = Markup()
            for factor in risk.factors or []:
                code, value = factor.get("code"), factor.get("value") or 0
                if code in money:
                    shown = format_amount(self.env, value, risk.currency_id)
                elif code in shares:
                    shown = f"{value * 100:.0f} %"
                else:
                    shown = f"{value:g}"
                points = factor.get("points") or 0
                rows += Markup(
                    "<tr><td>%s</td><td class='text-end'>%s</td><td class='text-end'>%s</td></tr>"
                ) % (
                    labels.get(code, code),
                    shown,
                    f"+{points:g}" if points else "",
                )
            risk.factors_html = (
                Markup(
                    "<table class='table table-sm o_fincycle_risk_factors'><thead><tr><th>%s</th>"
                    "<th class='text-end'>%s</th><th class='text-end'>%s</th></tr></thead>"
                    "<tbody>%s</tbody></table>"
                )
                % (self.env._("Factor"), self.env._("Value"), self.env._("Points"), rows)
                if rows
                else False
            )

    @api.model
    def _fincycle_document_risk(self, pairs):
        """``[(score, above threshold)]`` for each ``(commercial partner, company)`` of
        ``pairs``, in order (0 and False without a risk record or with a threshold of 0).

        For the warning on a customer document (an invoice, a quote): read as superuser, since
        the user may read the document without reading the risks; the company is the
        document's, so the user learns the score of that document's company only.
        """
        pairs = list(pairs)
        risks = self.sudo().search(
            [
                ("partner_id", "in", list({partner.id for partner, _company in pairs})),
                ("company_id", "in", list({company.id for _partner, company in pairs})),
            ]
        )
        by_key = {(risk.partner_id.id, risk.company_id.id): risk.score for risk in risks}
        result = []
        for partner, company in pairs:
            score = by_key.get((partner.id, company.id), 0)
            threshold = company.risk_threshold
            result.append((score, bool(threshold > 0 and score >= threshold)))
        return result

    # ------------------------------------------------------------------------------------------
    # Nightly computation
    # ------------------------------------------------------------------------------------------
    @api.model
    def _cron_fincycle_recompute(self, batch_size=RISK_BATCH):
        """Nightly: every company's customers, in batches of ``batch_size`` (committed)."""
        for company in self.env["res.company"].sudo().search([]):  # pylint: disable=no-search-all
            try:
                with self.env["credit.control.run"]._fincycle_guard():
                    self.sudo().with_company(company)._fincycle_recompute_company(
                        company, batch_size=batch_size
                    )
            except Exception:
                _logger.exception("Customer risk: the computation for %s failed", company.name)

    @api.model
    def _fincycle_recompute_company(self, company, today=None, batch_size=RISK_BATCH):
        today = today or company._fincycle_today()
        partner_ids = self._fincycle_customers(company, today)
        total = len(partner_ids)
        risks = self.browse()
        for start in range(0, total, batch_size):
            batch = partner_ids[start : start + batch_size]
            risks |= self._fincycle_score_batch(company, batch, today)
            _logger.info(
                "Customer risk %s: %s/%s customers",
                company.name,
                min(start + batch_size, total),
                total,
            )
            self._fincycle_commit(len(batch), max(total - start - batch_size, 0))
        return risks

    @api.model
    def _fincycle_commit(self, processed, remaining):
        if modules.module.current_test:
            return
        self.env["ir.cron"]._commit_progress(processed, remaining=remaining)

    @api.model
    def _fincycle_customers(self, company, today):
        """Commercial partners with a customer invoice of ``company`` still open or due in the
        history window, and those already scored (their score may fall back to 0)."""
        groups = self.env["account.move"]._read_group(
            [
                ("company_id", "=", company.id),
                ("move_type", "=", "out_invoice"),
                ("state", "=", "posted"),
                "|",
                ("invoice_date_due", ">=", today - timedelta(days=HISTORY_DAYS)),
                ("amount_residual", "!=", 0),
            ],
            ["commercial_partner_id"],
        )
        ids = {partner.id for (partner,) in groups}
        ids |= set(self.search([("company_id", "=", company.id)]).partner_id.ids)
        return sorted(ids)

    @api.model
    def _fincycle_score_batch(self, company, partner_ids, today):
        records = self._fincycle_history(company, partner_ids, today)
        existing = {
            risk.partner_id.id: risk
            for risk in self.search(
                [("company_id", "=", company.id), ("partner_id", "in", partner_ids)]
            )
        }
        now = fields.Datetime.now()
        to_create = []
        result = self.browse()
        for partner_id in partner_ids:
            invoices, dispute_dates = records.get(partner_id, ([], []))
            scored = compute_risk(invoices, today, dispute_dates=dispute_dates)
            vals = self._fincycle_vals(scored)
            vals["computed_at"] = now
            risk = existing.get(partner_id)
            if risk:
                risk.write(vals)
                result |= risk
            else:
                to_create.append({**vals, "partner_id": partner_id, "company_id": company.id})
        created = self.create(to_create)
        result |= created
        if created:
            lines = self.env["credit.control.line"].search(
                [
                    ("company_id", "=", company.id),
                    ("partner_id.commercial_partner_id", "in", created.partner_id.ids),
                ]
            )
            lines._compute_risk_id()
        return result

    @api.model
    def _fincycle_vals(self, scored):
        values = {f.code: f.value for f in scored.factors}
        return {
            "score": scored.score,
            "factors": scored.as_dict()["factors"],
            "avg_days_late": values["avg_days_late"],
            "trend_days_late": values["trend_days_late"],
            "reminded_share": values["reminded_share"] * 100,
            "invoice_count": values["invoice_count"],
            "open_amount": values["open_amount"],
            "overdue_amount": values["overdue_amount"],
            "disputed_amount": values["disputed_amount"],
            "dispute_count": values["disputes_12m"],
        }

    @api.model
    def _fincycle_history(self, company, partner_ids, today):
        """``{partner_id: ([InvoiceRecord], [dispute opening dates])}`` for ``company``."""
        moves = (
            self.env["account.move"]
            .sudo()
            .search_read(
                [
                    ("company_id", "=", company.id),
                    ("move_type", "=", "out_invoice"),
                    ("state", "=", "posted"),
                    ("commercial_partner_id", "in", partner_ids),
                    ("payment_state", "!=", "reversed"),
                    "|",
                    ("invoice_date_due", ">=", today - timedelta(days=HISTORY_DAYS)),
                    ("amount_residual", "!=", 0),
                ],
                [
                    "commercial_partner_id",
                    "invoice_date_due",
                    "amount_total",
                    "amount_total_signed",
                    "amount_residual",
                    "amount_residual_signed",
                    "payment_state",
                ],
                load=None,
            )
        )
        move_ids = [move["id"] for move in moves]
        paid_dates = self._fincycle_paid_dates(move_ids)
        levels = {
            invoice.id: level
            for invoice, level in self.env["credit.control.line"]
            .sudo()
            ._read_group([("invoice_id", "in", move_ids)], ["invoice_id"], ["level:max"])
        }
        disputes = (
            self.env["account.dispute"]
            .sudo()
            .search(
                [
                    ("company_id", "=", company.id),
                    ("commercial_partner_id", "in", partner_ids),
                    ("is_dispute", "=", True),
                    "|",
                    ("state", "in", OPEN_STATES),
                    ("date_opened", ">=", today - timedelta(days=WINDOW_DAYS)),
                ]
            )
        )
        residual = {move["id"]: move["amount_residual"] for move in moves}
        disputed, invoice_dispute_dates, partner_dispute_dates = self._fincycle_disputed(
            disputes, residual
        )
        result = defaultdict(lambda: ([], []))
        for partner_id, dates in partner_dispute_dates.items():
            result[partner_id][1].extend(dates)
        for move in moves:
            rate = (
                move["amount_total_signed"] / move["amount_total"] if move["amount_total"] else 1.0
            )
            settled = move["payment_state"] in ("paid", "in_payment")
            due = move["invoice_date_due"]
            paid = (paid_dates.get(move["id"]) or due) if settled else None
            result[move["commercial_partner_id"]][0].append(
                InvoiceRecord(
                    due_date=due,
                    paid_date=paid,
                    amount=move["amount_total"],
                    amount_company=move["amount_total_signed"],
                    open_amount_company=0.0 if settled else move["amount_residual_signed"],
                    max_level=levels.get(move["id"], 0),
                    disputed_amount=disputed.get(move["id"], 0.0) * rate,
                    dispute_dates=tuple(invoice_dispute_dates.get(move["id"], ())),
                )
            )
        return result

    @api.model
    def _fincycle_paid_dates(self, move_ids):
        """The date each invoice was fully paid: its last reconciliation's date."""
        if not move_ids:
            return {}
        self.env.cr.execute(
            SQL(
                "SELECT aml.move_id, MAX(apr.max_date) FROM account_partial_reconcile apr "
                "JOIN account_move_line aml ON aml.id = apr.debit_move_id "
                "WHERE aml.move_id IN %s GROUP BY aml.move_id",
                tuple(move_ids),
            )
        )
        return dict(self.env.cr.fetchall())

    @api.model
    def _fincycle_disputed(self, disputes, residual):
        """Open disputed amount per invoice (invoice currency: the dispute's amount spread over
        its invoices in order, else their whole residual) and the opening dates."""
        disputed = defaultdict(float)
        per_invoice = defaultdict(list)
        per_partner = defaultdict(list)
        for dispute in disputes:
            per_partner[dispute.commercial_partner_id.id].append(dispute.date_opened)
            for invoice in dispute.invoice_ids:
                per_invoice[invoice.id].append(dispute.date_opened)
            if dispute.state not in OPEN_STATES:
                continue
            left = dispute.disputed_amount or None
            for invoice in dispute.invoice_ids.sorted("id"):
                due = residual.get(invoice.id, 0.0)
                part = due if left is None else min(due, left)
                disputed[invoice.id] += max(part, 0.0)
                if left is not None:
                    left -= part
                    if left <= 0:
                        break
        return disputed, per_invoice, per_partner


class ResCompany(models.Model):
    _inherit = "res.company"  # pylint: disable=consider-merging-classes-inherited

    risk_threshold = fields.Integer(
        string="Customer risk threshold",
        default=70,
        help="From this score (0-100) a customer's new quotes and invoices show a warning "
        "(0: never).",
    )
    risk_block = fields.Boolean(
        string="Block above the risk threshold",
        help="Only accounting managers (and sales managers, for quotes) can confirm a new quote "
        "or invoice for a customer at or above the threshold; the others see why.",
    )


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"  # pylint: disable=consider-merging-classes-inherited

    risk_threshold = fields.Integer(related="company_id.risk_threshold", readonly=False)
    risk_block = fields.Boolean(related="company_id.risk_block", readonly=False)


class ResPartner(models.Model):
    _inherit = "res.partner"  # pylint: disable=consider-merging-classes-inherited

    risk_ids = fields.One2many(
        "fincycle.partner.risk", "partner_id", string="Payment risk per company"
    )
    risk_score = fields.Integer(
        string="Payment risk",
        compute="_compute_risk_score",
        help="The customer's payment risk (0-100) for the current company, recomputed nightly.",
    )
    risk_factors_html = fields.Html(string="Risk factors", compute="_compute_risk_score")
    risk_computed_at = fields.Datetime(compute="_compute_risk_score")

    @api.depends_context("company")
    def _compute_risk_score(self):
        Risk = self.env["fincycle.partner.risk"]
        if not Risk.has_access("read"):
            self.risk_score = 0
            self.risk_factors_html = False
            self.risk_computed_at = False
            return
        risks = Risk.search(
            [
                ("partner_id", "in", self.commercial_partner_id.ids),
                ("company_id", "=", self.env.company.id),
            ]
        )
        by_partner = {risk.partner_id.id: risk for risk in risks}
        for partner in self:
            risk = by_partner.get(partner.commercial_partner_id.id)
            partner.risk_score = risk.score if risk else 0
            partner.risk_factors_html = risk.factors_html if risk else False
            partner.risk_computed_at = risk.computed_at if risk else False


class CreditControlLine(models.Model):
    _inherit = "credit.control.line"  # pylint: disable=consider-merging-classes-inherited

    risk_id = fields.Many2one(
        "fincycle.partner.risk",
        compute="_compute_risk_id",
        store=True,
        index="btree_not_null",
        readonly=True,
    )
    risk_score = fields.Integer(
        string="Customer risk", related="risk_id.score", store=True, aggregator="max"
    )

    @api.depends("partner_id", "company_id")
    def _compute_risk_id(self):
        keys = {(line.partner_id.commercial_partner_id.id, line.company_id.id) for line in self}
        risks = (
            self.env["fincycle.partner.risk"]
            .sudo()
            .search(
                [
                    ("partner_id", "in", [key[0] for key in keys]),
                    ("company_id", "in", [key[1] for key in keys]),
                ]
            )
        )
        by_key = {(risk.partner_id.id, risk.company_id.id): risk for risk in risks}
        for line in self:
            line.risk_id = by_key.get(
                (line.partner_id.commercial_partner_id.id, line.company_id.id)
            )


class AccountMove(models.Model):
    _inherit = "account.move"  # pylint: disable=consider-merging-classes-inherited

    # the company's judgement of its customer: not for the customer's own portal eyes
    partner_risk_score = fields.Integer(
        string="Customer risk",
        compute="_compute_partner_risk_score",
        groups="account.group_account_invoice",
    )
    partner_risk_warning = fields.Boolean(
        compute="_compute_partner_risk_score", groups="account.group_account_invoice"
    )

    @api.depends("commercial_partner_id", "company_id", "move_type")
    def _compute_partner_risk_score(self):
        scores = self.env["fincycle.partner.risk"]._fincycle_document_risk(
            [(move.commercial_partner_id, move.company_id) for move in self]
        )
        for move, (score, above) in zip(self, scores, strict=True):
            move.partner_risk_score = score
            move.partner_risk_warning = move.move_type == "out_invoice" and above

    def _post(self, soft=True):
        blocked = self.filtered(
            lambda move: move.sudo().partner_risk_warning and move.company_id.risk_block
        )
        if (
            blocked
            and not self.env.su
            and not self.env.user.has_group("account.group_account_manager")
        ):
            move = blocked[0]
            raise UserError(
                self.env._(
                    "%(customer)s has a payment risk of %(score)s (threshold %(threshold)s): "
                    "an accounting manager must confirm this invoice.",
                    customer=move.commercial_partner_id.display_name,
                    score=move.sudo().partner_risk_score,
                    threshold=move.company_id.risk_threshold,
                )
            )
        return super()._post(soft=soft)
